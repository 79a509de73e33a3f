"""The preview's answer to a request whose line and headers pass what tornado reads of them (64 KB): a 431 status.

tornado closed such a connection without a word: a 1 MB query string (a page's script, a pasted link) was "connection
reset" in the browser, no status and nothing to say why. Now it is answered "431 Request Header Fields Too Large"
with a short page, and the connection is closed gracefully: the rest of what the client sends is read and dropped for
a moment (at most LINGER_S seconds and LINGER_BYTES bytes, at most LINGERING connections at once), as closing a
socket with unread bytes resets it and the client loses the answer with them (tests/test_attack_39.py).
"""

from __future__ import annotations

import asyncio
import socket

from tornado.iostream import UnsatisfiableReadError

LINGER_S = 2.0
LINGER_BYTES = 4 << 20
LINGERING = 16
_PAGE = (b"431: the request's address or headers are too long for the preview (over 64 KB); open a shorter "
         b"address.\n")
ANSWER = (b"HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/plain; charset=utf-8\r\n"
          b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(_PAGE) + _PAGE)
# A chunked body's size line past the 64 bytes tornado reads of one (`ffff...`, or an extension of 70 KB) ends the read
# as headers past theirs do: it was answered 431, "the request's address or headers are too long", of a request whose
# headers were whole; a malformed body is a 400, as tornado answers a size that is no hex number
# (tests/test_attack_46.py).
_BODY_PAGE = b"400: the request's body is malformed: a chunk's size line runs past 64 bytes.\n"
BODY_ANSWER = (b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\n"
               b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(_BODY_PAGE) + _BODY_PAGE)


class Lingering:
    """The connections answered 431, each read and dropped until its client closes it or LINGER_S pass."""

    def __init__(self):
        self.open: set[socket.socket] = set()
        self.in_body: set = set()  # the streams whose request's headers are read: a read too long is in its body

    def answering(self, stream) -> None:
        """Have `stream`'s close, when tornado closes it for a request too long to read, answer 431 first (400 if the
        line too long was a chunk's size line, in the body)."""
        close = stream.close

        def close_answering(exc_info=False) -> None:
            error = exc_info[1] if isinstance(exc_info, tuple) else exc_info
            if isinstance(error, UnsatisfiableReadError) and stream.socket is not None:
                self.answer(stream.socket, BODY_ANSWER if stream in self.in_body else ANSWER)
            self.in_body.discard(stream)
            close(exc_info=exc_info)

        stream.close = close_answering

    def reading_body(self, stream, body: bool) -> None:
        """Note whether `stream`'s request is past its headers (True) or starting, its headers to read (False)."""
        if body:
            self.in_body.add(stream)
        else:
            self.in_body.discard(stream)

    def answer(self, connection: socket.socket, answer: bytes = ANSWER) -> None:
        """Send `answer` on a copy of `connection` (tornado closes its own) and keep the copy a moment."""
        if len(self.open) >= LINGERING:
            _send(connection, answer)
            return
        try:
            kept = connection.dup()
        except OSError:
            return
        kept.setblocking(False)
        if not _send(kept, answer):
            kept.close()
            return
        self.open.add(kept)
        loop = asyncio.get_running_loop()
        received = [0]

        def drop() -> None:
            try:
                chunk = kept.recv(65536)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                chunk = b""
            received[0] += len(chunk)
            if not chunk or received[0] > LINGER_BYTES:
                self.done(kept)

        loop.add_reader(kept.fileno(), drop)
        loop.call_later(LINGER_S, self.done, kept)

    def done(self, kept: socket.socket) -> None:
        """Stop reading `kept` and close it (once)."""
        if kept in self.open:
            self.open.discard(kept)
            asyncio.get_running_loop().remove_reader(kept.fileno())
            kept.close()


def _send(connection: socket.socket, answer: bytes) -> bool:
    """Send `answer` and end the writing side; say whether it went (a send buffer holds its few hundred bytes)."""
    try:
        connection.send(answer)
        connection.shutdown(socket.SHUT_WR)
        return True
    except OSError:
        return False
