"""The JSON file of a learned model: its settings first, then one weight per line, so that diffs stay readable."""

from __future__ import annotations

import json
from collections.abc import Mapping

__all__ = ["dump_weights"]


def dump_weights(settings: Mapping[str, object], weights: Mapping[str, float], *, made_by: str) -> str:
    """The JSON text of a learned model's ``settings`` and ``weights`` (sorted by feature), naming what made it."""
    lines = ["{", f'  "_comment": {json.dumps(f"Learned by {made_by}; do not edit by hand.")},']
    lines.extend(f"  {json.dumps(key)}: {json.dumps(value)}," for key, value in settings.items())
    lines.append('  "weights": {')
    lines.append(",\n".join(f"    {json.dumps(name)}: {weight}" for name, weight in sorted(weights.items())))
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"
