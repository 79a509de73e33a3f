"""The environment variables the build and the preview read, every one a number, checked here before any work.

A value that is no number in its range was a traceback (`EXPLAINER_WORKERS=²`, `EXPLAINER_SERVE_HEADER_TIMEOUT=abc`)
or silently taken for another (`EXPLAINER_WORKERS=-1` for one per core, `=1000000000` for a process per page):
now it is one line naming the variable and what to do.
"""

from __future__ import annotations

import math
import os

from .core_files import no_core_files
from .problems import printable

WORKERS = "EXPLAINER_WORKERS"  # how many processes a build may use; 1 keeps it in the build's own
MAX_CONNECTIONS = "EXPLAINER_SERVE_MAX_CONNECTIONS"  # the preview's cap on open connections (the tests set less)
HEADER_TIMEOUT = "EXPLAINER_SERVE_HEADER_TIMEOUT"  # seconds a request's headers may take
SEND_TIME_LIMIT = "EXPLAINER_SERVE_SEND_TIME_LIMIT"  # seconds a response may take to be taken in
TIME_LIMIT = "EXPLAINER_SERVE_TIME_LIMIT"  # seconds a preview build may run
POLL_AFTER_CHANGE = "EXPLAINER_SERVE_POLL_AFTER_CHANGE"  # seconds the preview polls after a change before it sleeps
STOPPED_LIMIT = "EXPLAINER_SERVE_STOPPED_LIMIT"  # seconds the preview's build process may stay stopped alone

MOST_WORKERS = 1024  # far past any machine's cores: more is a typo, and forked one process per page of a large site
WHOLE_NUMBERS = {WORKERS: MOST_WORKERS, MAX_CONNECTIONS: 1_000_000}  # each from 1 to this
# The system's timers (setitimer, a thread's wait) take no more than some 292 years, and a build's time limit of 1e300
# seconds ended every preview build in an OverflowError traceback; a day is past any wait meant.
MOST_SECONDS = 86_400
SECONDS = (HEADER_TIMEOUT, SEND_TIME_LIMIT, TIME_LIMIT, POLL_AFTER_CHANGE, STOPPED_LIMIT)


class SettingError(ValueError):
    """An environment variable holds a value the build cannot use."""


def check() -> None:
    """Raise SettingError naming the first of our variables set to a value that is not one it takes; first, as this is
    where every command starts, set the process's core limit to 0 (core_files.py)."""
    no_core_files()
    for name in sorted(WHOLE_NUMBERS) + sorted(SECONDS):
        number_from(name, None)


def number_from(name: str, default: float | None) -> float | None:
    """Return the number variable `name` holds (an int for a whole-number setting), or `default` where it is
    unset or empty; raise SettingError where it holds anything else."""
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    if name in WHOLE_NUMBERS:
        if text.isascii() and text.isdigit() and 1 <= int(text) <= WHOLE_NUMBERS[name]:
            return int(text)
        wanted = f"a whole number from 1 to {WHOLE_NUMBERS[name]:,}"
    else:
        try:
            seconds = float(text)
        except ValueError:
            seconds = math.nan
        if math.isfinite(seconds) and 0 < seconds <= MOST_SECONDS:
            return seconds
        if math.isfinite(seconds) and seconds > MOST_SECONDS:  # 1e300 ended each preview build in a traceback
            raise SettingError(f"{name}={printable(text)} is more than the {MOST_SECONDS:,} seconds (a day) it may "
                               "be (set it to fewer, or unset it for the default)")
        wanted = "a number of seconds above 0"
    raise SettingError(f"{name}={printable(text)} is not {wanted} (set it to one, or unset it for the default)")
