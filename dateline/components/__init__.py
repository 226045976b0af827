"""dateline's spaCy components (registered in :mod:`dateline.factories`).

- :mod:`dateline.components.patterns`: names from ``entity_patterns.yaml`` (outlets, regions).
- :mod:`dateline.components.context`: entities found by context from ``entity_context.yaml``
  (work titles, outlets whose names are common words).
"""
