"""The preview's lines about malformed live-reload messages: one a message up to a burst, then a count a second.

Any local process may open the live-reload socket and send it junk. One line per message let it flood the editor's
terminal (a hundred thousand lines a minute), pushing a build's errors out of sight; none would hide that something
talks to the socket at all.
"""

from __future__ import annotations

import time
from typing import Callable

BURST = 20  # lines told one by one before counting; a page's client sends none, the tests' markers a few
REFILL_S = 1.0  # seconds for one more line to be told on its own, and between two counts of those not told


class IgnoredMessages:
    """Tells the terminal of each malformed message, or, past the burst, of how many came since the last line."""

    def __init__(self, say: Callable[[str], None], later: Callable[[float, Callable[[], None]], object],
                 clock: Callable[[], float] = time.monotonic):
        self.say, self.later, self.clock = say, later, clock
        self.allowance, self.checked = float(BURST), clock()
        self.untold = 0  # messages since the last line, to be counted in the next
        self.counting = False  # a count is due within REFILL_S

    def ignored(self, size: int) -> None:
        """Take in one malformed message of `size` bytes."""
        now = self.clock()
        self.allowance = min(float(BURST), self.allowance + (now - self.checked) / REFILL_S)
        self.checked = now
        if self.allowance >= 1 and not self.counting:
            self.allowance -= 1
            self.say(f"ignored a malformed livereload message ({size} bytes) from a page")
            return
        self.untold += 1
        if not self.counting:
            self.counting = True
            self.later(REFILL_S, self._count)

    def _count(self) -> None:
        self.counting = False
        self.say(f"ignored {self.untold:,} more malformed livereload message{'s' if self.untold > 1 else ''} "
                 "from pages")
        self.untold = 0
