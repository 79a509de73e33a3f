"""The reloads a live-reload socket has not taken in, counted so that one that never reads is closed, not fed.

Each build that changes the site sends every open page's socket a reload message. A socket whose client never read
(any local process may open one as a page does) yet answered the pings with pongs of its own accord, which tornado
takes as the answer, stayed open for good: once the system's buffers were full, every later reload stayed in the
server's memory, one more per save for each such socket (up to half the cap on connections). A page reads its
reloads at once; the system's buffers take thousands before the server holds one back, so a socket past
MAX_UNSENT_RELOADS is one that does not read: it is closed, its file and its messages freed at once (livereload's
client, if a page's, opens a new one and is told of any build it missed).
"""

from __future__ import annotations

from asyncio import Future

MAX_UNSENT_RELOADS = 64  # messages sent to a socket that the system has not yet taken from the server


def is_backed_up(waiter) -> bool:
    """Say whether `waiter` holds more reloads it has not taken in than a reading page ever does."""
    return getattr(waiter, "unsent_reloads", 0) >= MAX_UNSENT_RELOADS


def count_until_sent(waiter, sent: Future | None) -> None:
    """Count one more reload held for `waiter` until `sent` (write_message's future) is done."""
    if sent is None:
        return
    waiter.unsent_reloads = getattr(waiter, "unsent_reloads", 0) + 1
    sent.add_done_callback(lambda done: _taken(waiter, done))


def _taken(waiter, done: Future) -> None:
    waiter.unsent_reloads -= 1
    if not done.cancelled():
        done.exception()  # a socket closed meanwhile: its error is expected, not "never retrieved" at exit


def close_at_once(waiter) -> None:
    """Close `waiter`'s connection now: close() would wait up to 5 s for the client's answer, which it never reads."""
    connection = getattr(waiter, "ws_connection", None)
    if connection is not None and connection.stream is not None:
        connection.stream.close()
    else:
        waiter.close()
