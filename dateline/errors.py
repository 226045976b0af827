"""Exceptions raised by dateline.

The tree::

    DatelineError
     ├── InputError          an article or input file cannot be read or is invalid
     │    └── DocumentError  one document in a batch is invalid (carries its location)
     ├── LexiconError        a data file under dateline/data (or a user's) is malformed
     ├── PipelineError       the spaCy pipeline cannot be loaded or run
     ├── StoreError          the store cannot be opened, migrated or written
     ├── NotFoundError       a document or entity asked for is not in the store
     └── MissingExtraError   an optional dependency is not installed

The library never prints or exits; the CLI catches DatelineError in one place and prints
one ``Error: ...`` line (exit code 1; see ``dateline/cli/app.py``).
"""

from __future__ import annotations

__all__ = [
    "DatelineError",
    "DocumentError",
    "InputError",
    "LexiconError",
    "MissingExtraError",
    "NotFoundError",
    "PipelineError",
    "StoreError",
]


class DatelineError(Exception):
    """Base class of every error dateline raises on purpose."""


class InputError(DatelineError):
    """An input (file, line, page, stdin) cannot be read or is not a valid article."""

    def __init__(self, message: str, *, input: str | None = None, location: str | None = None) -> None:
        self.input = input
        self.location = location
        where = input or ""
        if location:
            where = f"{where} ({location})" if where else location
        super().__init__(f"{where}: {message}" if where else message)
        self.reason = message


class DocumentError(InputError):
    """One document of a batch is invalid; the batch goes on without it."""


class LexiconError(DatelineError):
    """A lexicon or rule file is malformed; the message names the file and the entry."""


class PipelineError(DatelineError):
    """The spaCy pipeline cannot be loaded or fails on a document."""


class StoreError(DatelineError):
    """The store cannot be opened, migrated or written."""


class NotFoundError(DatelineError):
    """A document, entity or other record asked for does not exist."""


class MissingExtraError(DatelineError):
    """An optional dependency is missing; the message says which extra to install."""

    def __init__(self, extra: str, module: str) -> None:
        super().__init__(f"this needs the '{extra}' extra ({module} is not installed): pip install 'dateline[{extra}]'")
        self.extra = extra
