"""The web interface (the ``web`` extra): a REST API and server-rendered pages over a store.

>>> from dateline.store import Store
>>> from dateline.web import create_app
>>> create_app(Store("sqlite:///:memory:")).title
'dateline'
"""

from dateline.web.app import DEFAULT_MAX_BODY, create_app
from dateline.web.server import check_address, is_loopback, running_server, serve

__all__ = ["DEFAULT_MAX_BODY", "check_address", "create_app", "is_loopback", "running_server", "serve"]
