"""A request whose target is a whole address (`GET http://127.0.0.1:8000/ HTTP/1.1`) answered as for its path.

RFC 9112 (3.2.2) has a server take a target in absolute form, as a client sends one to a proxy (and some command-line
tools and scripts send it to any server): tornado took the whole address for the path, which no route starts with, and
answered 404 to a page that is there. Now a target naming the preview itself (`http`, one of the host names the
preview answers to, its own port) is read as its path and query; any other (another host or port, `https`, a user
name, an address that does not parse) is answered 400, as is one whose Host header names another site than the
target does (a page rebound to the preview's address cannot send either form, but nothing is served on a guess). An
HTTP/1.0 request without a Host takes the target's, where it was refused as "Host missing".
"""

from __future__ import annotations

from typing import Callable
from urllib.parse import urlsplit

from tornado import httputil


def is_absolute_form(target: str) -> bool:
    """Say whether a request's target is a whole address (`scheme://...`), not a path (`/...`) or `*`."""
    scheme, sep, _ = target.partition("://")
    return bool(sep) and scheme.isascii() and scheme.isalpha()


def taken_as_path(request: httputil.HTTPServerRequest, own_host: Callable[[str], bool], port: int) -> bool:
    """Read an absolute-form target naming this server as its path and query, in place; False if it names another
    (or does not parse), for a 400. `own_host` says whether a host name is one the server answers to."""
    try:
        target = urlsplit(request.uri)
        target_port = target.port if target.port is not None else 80
    except ValueError:  # a port that is no number, a bracket left open
        return False
    name = (target.hostname or "").lower()
    if target.scheme.lower() != "http" or "@" in target.netloc or not name or not own_host(name) \
            or target_port != port or not own_host(request.host_name):
        return False
    if "Host" not in request.headers:  # HTTP/1.0 may leave it out: the target names the host (RFC 9112, 3.2.2)
        request.headers["Host"] = request.host = target.netloc
    request.path = target.path or "/"
    request.query = target.query
    request.uri = request.path + (f"?{target.query}" if target.query else "")
    return True
