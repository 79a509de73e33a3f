"""The preview's answer to a request that asks before sending its body (`Expect: 100-continue`): refused at once.

tornado answers "100 Continue" to every such request before reading its body, and only then refuses a body past the
preview's MAX_BODY_BYTES with a 400: curl, told to continue, sent the megabytes the server then dropped unread. A body
announced past the limit is now answered "413 Content Too Large" instead of "100 Continue", and an expectation other
than 100-continue "417 Expectation Failed", as HTTP/1.1 asks (RFC 9110, 10.1.1): each before a byte of the body is
sent, the connection closed after the answer (tests/test_attack_40.py). A request within the limit is served as before.

A chunked body (`Transfer-Encoding: chunked`) announces no length: tornado told it to continue, then either refused it
with a bare 400 once its first chunk passed the limit, or, with no chunk sent, waited 5 s and closed the connection
unanswered. It is now answered "411 Length Required" at once (tests/test_attack_41.py): the preview takes no body it
cannot measure before it is sent. A chunked body sent without asking is read as before, up to the limit.
"""

from __future__ import annotations

from tornado import httputil

_ANSWERS = {
    413: ("Content Too Large", "413: the preview takes no request body of over {limit:,} bytes; send none.\n"),
    411: ("Length Required", "411: the preview takes a request body only of a given Content-Length, of at most "
                             "{limit:,} bytes; send none.\n"),
    417: ("Expectation Failed", "417: the preview meets no expectation but 100-continue; leave the Expect header "
                                "out.\n"),
}


def refusal(headers: httputil.HTTPHeaders, limit: int) -> int | None:
    """Return the status refusing a request before its body is sent, or None (as for nearly every request)."""
    expect = headers.get("Expect")
    if expect is None:  # the cheap gate: browsers never send one
        return None
    if expect.strip().lower() != "100-continue":
        return 417
    if "Transfer-Encoding" in headers:  # its length is known only once sent: refused unread, as one past the limit
        return 411
    length = headers.get("Content-Length", "").strip()
    return 413 if length.isdigit() and len(length) < 30 and int(length) > limit else None


class Expectant(httputil.HTTPMessageDelegate):
    """A request's delegate that answers a refused expectation itself, and hands any other request on."""

    def __init__(self, delegate: httputil.HTTPMessageDelegate, connection: httputil.HTTPConnection, limit: int,
                 on_headers=None):
        self.delegate, self.connection, self.limit = delegate, connection, limit
        self.on_headers = on_headers  # told once the request's headers are read (see too_long_request)
        self.refused = False

    def headers_received(self, start_line, headers: httputil.HTTPHeaders):
        if self.on_headers is not None:
            self.on_headers()
        status = refusal(headers, self.limit)
        if status is None:
            return self.delegate.headers_received(start_line, headers)
        self.refused = True
        for name in ("Content-Length", "Transfer-Encoding"):  # tornado reads no body: the answer ends the connection
            if name in headers:
                del headers[name]
        reason, page = _ANSWERS[status]
        body = page.format(limit=self.limit).encode()
        answer = httputil.HTTPHeaders({"Content-Type": "text/plain; charset=utf-8", "Content-Length": str(len(body)),
                                       "Connection": "close"})
        self.connection.write_headers(httputil.ResponseStartLine("HTTP/1.1", status, reason), answer, body)
        self.connection.finish()  # written before tornado would say "100 Continue", which it then leaves out
        return None

    def data_received(self, chunk: bytes):
        return None if self.refused else self.delegate.data_received(chunk)

    def finish(self) -> None:
        if not self.refused:
            self.delegate.finish()

    def on_connection_close(self) -> None:
        if not self.refused:
            self.delegate.on_connection_close()
