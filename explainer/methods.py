"""The preview's answer to a request of a method it does not serve: 405 with `Allow`, or 501 for one it does not know.

tornado answered "405 Method Not Allowed" to every method but GET and HEAD, without the `Allow` header RFC 9110 asks of
a 405 (15.5.6), and so to one HTTP does not define: `BREW`, or `get` (methods are case-sensitive, so `get` is not GET).
A method the server does not know is "501 Not Implemented" (RFC 9110, 15.6.2): a client then knows the method itself,
not this resource, is at fault. Now HTTP's own methods (RFC 9110's eight and PATCH, RFC 5789) are answered 405 with
`Allow: GET, HEAD`, any other 501, on every address the preview serves, after the request's body is read as its
Content-Length says, so the connection stays usable (tests/test_attack_43.py).
"""

from __future__ import annotations

from tornado import httputil, web

SERVED = ("GET", "HEAD")
KNOWN = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"})


class MethodRefused(web.RequestHandler):
    """Answers a request of a method not SERVED: 405 with `Allow` for one of HTTP's, 501 for any other."""

    def initialize(self) -> None:
        self.SUPPORTED_METHODS = (self.request.method,)  # tornado's own check would answer 405 to every method

    def prepare(self) -> None:
        raise web.HTTPError(405 if self.request.method in KNOWN else 501)

    def write_error(self, status_code: int, **kwargs) -> None:
        if status_code == 405:
            self.set_header("Allow", ", ".join(SERVED))
        super().write_error(status_code, **kwargs)


class MethodsChecked(web.Application):
    """tornado's application, handing a request of a method not SERVED to `refused` (a MethodRefused) before routing."""

    def __init__(self, handlers: list, refused: type[MethodRefused], **settings) -> None:
        super().__init__(handlers, **settings)
        self.refused = refused

    def find_handler(self, request: httputil.HTTPServerRequest, **kwargs) -> web._HandlerDelegate:
        if request.method in SERVED:
            return super().find_handler(request, **kwargs)
        return self.get_handler_delegate(request, self.refused)
