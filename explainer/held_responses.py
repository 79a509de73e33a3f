"""What the preview holds, in all, of the responses its clients have not taken in yet: bounded, the oldest dropped.

A page under 1 MiB is written whole to its connection; what the system does not take at once, the server holds until
the client reads it. A client that stops reading held a whole page, and 1,024 of them (the cap on connections) up to
a gigabyte, for the minute a response may take (pages over 1 MiB are sent a piece at a time, each piece held so).
Each response's bytes not yet taken are now counted in all, and past MAX_HELD_BYTES the connections that have held
theirs longest are closed, oldest first, before a new one is held: a browser reads what it asked for at once, so
the one dropped is one that stalled, never the page being fetched.
"""

from __future__ import annotations

from typing import Callable, Hashable

MAX_HELD_BYTES = 32 * 1024 * 1024  # some thirty pages under 1 MiB unread, or 128 pieces of a large file


class HeldResponses:
    """The bytes each connection's response holds until taken in, oldest first, and their total."""

    def __init__(self, limit: int = MAX_HELD_BYTES):
        self.limit = limit
        self.held: dict[Hashable, tuple[int, Callable[[], None]]] = {}  # by connection: its bytes, how to close it
        self.total = 0
        self.dropped = 0  # connections closed to make room, in all (for the tests and the curious)

    def hold(self, connection: Hashable, size: int, close: Callable[[], None]) -> None:
        """Count `size` bytes `connection` is to hold until taken in (in place of what it held), first closing the
        connections that have held theirs longest while the total would pass the limit."""
        self.release(connection)
        while self.held and self.total + size > self.limit:
            oldest = next(iter(self.held))
            self.dropped += 1
            self.release(oldest)[1]()
        self.held[connection] = (size, close)
        self.total += size

    def release(self, connection: Hashable) -> tuple[int, Callable[[], None]]:
        """Forget what `connection` held (taken in, or closed); return it, (0, a no-op) if it held nothing."""
        size, close = self.held.pop(connection, (0, _nothing))
        self.total -= size
        return size, close


def _nothing() -> None:
    return None
