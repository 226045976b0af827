"""The extraction stages.

Each stage is a pure function of the document, its parsed spaCy ``Doc`` and the records of the
stages before it; it returns typed contract records (see :mod:`dateline.model`) and does no I/O.
:mod:`dateline.pipeline` runs them in order:

    entities -> times -> attribution (with factuality) -> facts
"""
