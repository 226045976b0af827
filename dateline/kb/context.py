"""Context vectors: what the words around an entity's mentions are about (spaCy word vectors).

numpy is imported inside the functions: only resolution computes vectors, and the knowledge-base
commands that read the store (``entities``, ``timeline``, ...) would pay ~0.07 s to import it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc

__all__ = ["centroid", "context_vector", "cosine", "from_bytes", "to_bytes", "weighted_centroid"]

Vector: TypeAlias = "np.ndarray"


def context_vector(doc: Doc, spans: Sequence[tuple[int, int]], *, window: int) -> Vector | None:
    """The mean word vector of the content words within ``window`` tokens of the character ``spans``.

    The words of the spans themselves are left out, so two namesakes are compared by what is said
    around them, not by their shared name. None when no word around has a vector.
    """
    starts = [token.idx for token in doc]
    inside: set[int] = set()
    chosen: set[int] = set()
    for start, end in spans:
        first = max(bisect.bisect_right(starts, start) - 1, 0)
        last = max(bisect.bisect_left(starts, end) - 1, first)
        inside.update(range(first, last + 1))
        chosen.update(range(max(first - window, 0), min(last + window + 1, len(doc))))
    vectors = [
        doc[i].vector
        for i in sorted(chosen - inside)
        if doc[i].has_vector and doc[i].is_alpha and not doc[i].is_stop
    ]
    if not vectors:
        return None
    import numpy as np

    mean = np.asarray(vectors, dtype=np.float32).mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return (mean / norm).astype(np.float32) if norm else None


def cosine(left: Vector | None, right: Vector | None) -> float | None:
    """Cosine similarity of two unit vectors, None when either is missing."""
    if left is None or right is None:
        return None
    import numpy as np

    return float(np.dot(left, right))


def centroid(current: Vector | None, weight: int, added: Vector | None) -> Vector | None:
    """The unit mean direction of ``weight`` vectors summarised by ``current`` plus one more."""
    if added is None:
        return current
    if current is None:
        return added
    import numpy as np

    total = current * weight + added
    norm = float(np.linalg.norm(total))
    return (total / norm).astype(np.float32) if norm else current


def to_bytes(vector: Vector | None) -> bytes | None:
    """A vector as stored in the database."""
    import numpy as np

    return None if vector is None else vector.astype(np.float32).tobytes()


def from_bytes(data: bytes | None) -> Vector | None:
    """A vector read back from the database."""
    import numpy as np

    return None if data is None else np.frombuffer(data, dtype=np.float32)


def weighted_centroid(one: Vector | None, one_weight: int, other: Vector | None, other_weight: int) -> Vector | None:
    """The unit mean direction of two centroids, of ``one_weight`` and ``other_weight`` vectors each."""
    if one is None or other is None:
        return other if one is None else one
    import numpy as np

    total = one * one_weight + other * other_weight
    norm = float(np.linalg.norm(total))
    return (total / norm).astype(np.float32) if norm else one
