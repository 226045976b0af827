"""Opening a database: URLs and paths, SQLite settings, migrations to the current schema."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError, SQLAlchemyError

from dateline.errors import MissingExtraError, StoreError
from dateline.store.migrations import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["database_url", "open_engine", "relative_url_hint", "upgrade_schema"]


def database_url(target: str) -> str:
    """An SQLAlchemy URL for ``target``: a URL as it is, anything else as the path of an SQLite file."""
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser()}"


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def relative_url_hint(target: str, path: Path) -> str:
    """Why a URL's folder may be missing: ``sqlite:///tmp/x.db`` names ``tmp/x.db`` under the current folder."""
    if "://" not in target or path.is_absolute():
        return ""
    return f" (a path after sqlite:/// is relative to the current folder; an absolute one takes four slashes: sqlite:////{path})"


def open_engine(target: str) -> Engine:
    """Create the engine for a store, with foreign keys and WAL on SQLite."""
    url = database_url(target)
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise StoreError(f"{target}: not a database URL or path ({error})") from error
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = Path(parsed.database).expanduser()
        if path.is_dir():
            raise StoreError(f"{target}: is a folder, not a database file")
        folder = path.resolve().parent
        if not folder.is_dir():
            raise StoreError(f"{target}: folder {folder} does not exist{relative_url_hint(target, path)}")
    try:
        engine = create_engine(url, future=True)
    except ModuleNotFoundError as error:
        raise MissingExtraError("postgres", error.name or "psycopg") from error
    except (ArgumentError, SQLAlchemyError) as error:
        raise StoreError(f"{target}: cannot open ({error})") from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("dateline.store") / "migrations"))
    return config


def upgrade_schema(engine: Engine) -> None:
    """Bring the database to the current schema (Alembic ``upgrade head``), only if it is behind.

    A store already at :data:`SCHEMA_HEAD` is told by one query, without loading Alembic and its
    scripts (0.10 s CPU on every store command); any other answer takes Alembic's path below.
    """
    try:
        with engine.connect() as connection:
            if _stored_revisions(connection) == [SCHEMA_HEAD]:
                return
    except OperationalError as error:
        raise StoreError(f"{_shown(engine)}: cannot open the database ({error.orig})") from error
    except DatabaseError as error:  # e.g. --db naming a file that is not an SQLite database
        raise StoreError(f"{_shown(engine)}: cannot open the database ({error.orig})") from error
    _upgrade_with_alembic(engine)


def _stored_revisions(connection: Connection) -> list[str] | None:
    """The revisions in Alembic's version table, None when it cannot be read (a new store has none)."""
    try:
        return [row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")]
    except DBAPIError:  # no such table; Alembic's path below finds out and says what is wrong
        return None


def _upgrade_with_alembic(engine: Engine) -> None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    try:
        with engine.begin() as connection:
            if MigrationContext.configure(connection).get_current_revision() == head:
                return  # the usual case, which takes no lock: a store on a read-only file opens as before
            _lock_schema(connection)
            current = MigrationContext.configure(connection).get_current_revision()
            if current == head:
                return
            if current is not None and not _known_revision(config, current):
                raise StoreError(
                    f"the database is at schema revision {current}, newer than this dateline knows ({head}): "
                    "upgrade dateline"
                )
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as error:
        raise StoreError(f"{_shown(engine)}: cannot open the database ({error.orig})") from error
    except DatabaseError as error:  # e.g. --db naming a file that is not an SQLite database
        raise StoreError(f"{_shown(engine)}: cannot open the database ({error.orig})") from error


def _lock_schema(connection: Connection) -> None:
    """Let one process at a time read and upgrade the schema: two ingests started together on a new
    store both found it empty, and the second to create its tables failed ("table documents already
    exists"). The other waits for the lock (SQLite's busy timeout), then finds the schema current."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # the driver would not begin before DDL
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7283501)")  # any number of dateline's own


def _shown(engine: Engine) -> str:
    """The store as the user named it: the file of an SQLite store, else the URL without its password."""
    if engine.dialect.name == "sqlite" and engine.url.database:
        return engine.url.database
    return engine.url.render_as_string(hide_password=True)


def _known_revision(config: object, revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError
    from alembic.util import CommandError

    try:
        ScriptDirectory.from_config(config).get_revision(revision)  # type: ignore[arg-type]
    except (CommandError, RevisionError):  # Alembic wraps an unknown revision in a CommandError
        return False
    return True


def table_names(engine: Engine) -> list[str]:
    """The tables present in the database (for checks and tests)."""
    return sorted(inspect(engine).get_table_names())
