"""Turning what the user names (files, folders, globs, ``-`` for stdin) into a stream of documents."""

from __future__ import annotations

import glob
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.errors import DocumentError
from dateline.ingest.readers import read_html, read_json, read_jsonl, read_text
from dateline.model import Document

__all__ = ["ARTICLE_SUFFIXES", "InputItem", "expand_paths", "iter_documents", "read_path", "read_stream"]

#: File suffixes picked up when a folder is given.
ARTICLE_SUFFIXES = {
    ".txt": "text", ".text": "text", ".jsonl": "jsonl", ".json": "json", ".html": "html", ".htm": "html"
}

#: What the stream gives: a document, or the error that kept one input from becoming a document.
InputItem = Document | DocumentError


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named by ``paths``: files as given, folders walked (article suffixes, sorted), globs expanded.

    ``-`` stands for standard input. A name that gives no file (missing, a folder without article
    files, a glob that matches nothing) is passed on as it is, so that reading it reports it: a run
    over nothing said "0 ingested, 0 failed" and exited 0.
    """
    for name in paths:
        if name == "-":
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        elif not path.exists() and glob.has_magic(name):
            found = sorted(glob.glob(name, recursive=True))
        else:
            found = [name]
        yield from found or [name]


def _format_of(name: str, head: bytes) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return ARTICLE_SUFFIXES[suffix]
    start = head.lstrip()[:1]
    if start == b"{":
        # A line of "{" alone opens an object spread over lines (`dateline show ID | dateline ingest -`),
        # which read as JSON Lines gave one "malformed JSON" error per line; no JSON line is "{" alone.
        return "json" if head.lstrip().split(b"\n", 1)[0].strip() == b"{" else "jsonl"
    if re.match(rb"\[\s*\{", head.lstrip()):  # an array of objects; "[Updated] ..." is text
        return "json"
    if start == b"<":
        return "html"
    return "text"


def read_stream(stream: BinaryIO, *, input: str, format: str | None = None) -> Iterator[InputItem]:
    """Documents from an open binary stream; JSON Lines are read line by line."""
    head = stream.peek(512)[:512] if hasattr(stream, "peek") else b""
    kind = format or _format_of(input, head)
    try:
        if kind == "jsonl":
            yield from read_jsonl(stream, input=input)
        elif kind == "json":
            yield from read_json(stream.read(), input=input)
        elif kind == "html":
            yield read_html(stream.read(), input=input)
        else:
            yield read_text(stream.read(), input=input)
    except DocumentError as error:
        yield error


def read_path(name: str, *, format: str | None = None) -> Iterator[InputItem]:
    """Documents from one file (or ``-``, standard input)."""
    if name == "-":
        yield from read_stream(sys.stdin.buffer, input="<stdin>", format=format)
        return
    path = Path(name)
    if not path.exists():
        yield DocumentError("no file matches this pattern" if glob.has_magic(name) else "no such file", input=name)
        return
    if path.is_dir():
        yield DocumentError("is a folder with no article files", input=name)
        return
    try:
        with path.open("rb") as stream:
            yield from read_stream(stream, input=name, format=format)
    except OSError as error:
        yield DocumentError(f"cannot read: {error.strerror}", input=name)


def iter_documents(paths: Iterable[str], *, format: str | None = None) -> Iterator[InputItem]:
    """Every document of every input named by ``paths``, streamed, with errors in place of bad ones."""
    for name in expand_paths(paths):
        yield from read_path(name, format=format)
