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


class Lingering:
    """The connections answered 431, each read and dropped until its client closes it or LINGER_S pass."""

    def __init__(self):
        self.open: set[socket.socket] = set()

    def answering(self, stream) -> None:
        """Have `stream`'s close, when tornado closes it for a request too long to read, answer 431 first."""
        close = stream.close

        def close_answering(exc_info=False) -> None:
            error = exc_info[1] if isinstance(exc_info, tuple) else exc_info
            if isinstance(error, UnsatisfiableReadError) and stream.socket is not None:
                self.answer(stream.socket)
            close(exc_info=exc_info)

        stream.close = close_answering

    def answer(self, connection: socket.socket) -> None:
        """Send the 431 answer on a copy of `connection` (tornado closes its own) and keep the copy a moment."""
        if len(self.open) >= LINGERING:
            _send(connection)
            return
        try:
            kept = connection.dup()
        except OSError:
            return
        kept.setblocking(False)
        if not _send(kept):
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


def _send(connection: socket.socket) -> bool:
    """Send the answer and end the writing side; say whether it went (a send buffer holds its few hundred bytes)."""
    try:
        connection.send(ANSWER)
        connection.shutdown(socket.SHUT_WR)
        return True
    except OSError:
        return False
