"""The preview's warnings from its libraries (tornado's about a bad request): each told up to a burst, then counted.

Any page the editor's browser opens may ask the preview for addresses (an image's `src` is not held back by the
same-origin rule), and tornado warns of each bad one with the request line as sent: `/%ff` followed by 60 KB printed
a line of 60 KB, and a page asking for it in a loop thousands a minute, pushing a build's errors out of sight. Each
line is cut as an error line is (explainer/problems.py's `cut_middle`), and past a burst the warnings are counted,
a line a second, as the malformed live-reload messages are (explainer/ignored_messages.py).
"""

from __future__ import annotations

import threading
import time
from typing import Callable

from .ignored_messages import BURST, REFILL_S


class ToldInBursts:
    """Tells the terminal each warning, or, past the burst, how many came since the last line."""

    def __init__(self, say: Callable[[str], None], later: Callable[[float, Callable[[], None]], object],
                 clock: Callable[[], float] = time.monotonic):
        self.say, self.later, self.clock = say, later, clock
        self.allowance, self.checked = float(BURST), clock()
        self.untold = 0  # warnings since the last line, to be counted in the next
        self.counting = False  # a count is due within REFILL_S
        self.lock = threading.Lock()  # a library may warn from a thread of its own

    def tell(self, lines: list[str]) -> None:
        """Tell one warning, its `lines` together (a traceback's stay with its message), or count it."""
        with self.lock:
            now = self.clock()
            self.allowance = min(float(BURST), self.allowance + (now - self.checked) / REFILL_S)
            self.checked = now
            if self.allowance >= 1 and not self.counting:
                self.allowance -= 1
                told = True
            else:
                told, self.untold = False, self.untold + 1
                start, self.counting = not self.counting, True
        if told:
            for line in lines:
                self.say(line)
        elif start:
            self.later(REFILL_S, self._count)

    def _count(self) -> None:
        with self.lock:
            untold, self.untold, self.counting = self.untold, 0, False
        self.say(f"warning: {untold:,} more warning{'s' if untold > 1 else ''} of the server not shown "
                 "(a page or program is sending it bad requests)")
