"""The command line's stops (Ctrl-C, SIGTERM, a hangup): the first ends the process, the others are ignored.

A second Ctrl-C pressed while the first was being handled ended the process in a traceback as it printed
"stopped", or could cut short the `finally` blocks undoing a half-done build. Once a stop is under way it runs to
its end (a moment: the build's workers are killed, not waited for); SIGKILL still ends it at once.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

STOPS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)  # SIGHUP: the terminal or SSH session was closed


def ignore_further_stops() -> None:
    """Have every later stop ignored: this process is stopping already."""
    for signum in STOPS:
        signal.signal(signum, _stopping_already)


def _stopping_already(signum: int, frame) -> None:
    """Ignore a stop, in Python rather than by SIG_IGN: two stops at once (Ctrl-C and a SIGTERM) are both taken in
    before the first one's handler runs, and Python printed the second, found ignored, as a traceback ("OSError:
    Signal 15 ignored due to race condition") over "stopped"."""


def _first_ctrl_c(signum: int, frame) -> None:
    ignore_further_stops()
    raise KeyboardInterrupt


@contextmanager
def first_stop_only() -> Iterator[None]:
    """Within the block, have Ctrl-C raise KeyboardInterrupt once and the stops after it ignored.

    Left as it is where Ctrl-C is handled otherwise (ignored, as in a shell's background job) or off the main
    thread; restored at the end of a block no stop ended, so a caller in the same process gets its own back.
    """
    if threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    signal.signal(signal.SIGINT, _first_ctrl_c)
    try:
        yield
    finally:
        if signal.getsignal(signal.SIGINT) is _first_ctrl_c:
            signal.signal(signal.SIGINT, signal.default_int_handler)
