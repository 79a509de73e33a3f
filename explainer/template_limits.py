"""How large a value a template's `*` and `**` may make: the sandbox limits what a template reaches, not what it
allocates, and `{{ "x" * 10**10 }}`, `{{ [0] * 10**9 }}` or `{{ 9 ** 10**9 }}` asked for gigabytes in one expression,
until the machine swapped (a build has no time limit; the preview's 30 s came too late for the memory)."""

from __future__ import annotations

import contextlib
import operator
import signal
import threading

import jinja2

# A page is a few hundred KB: a rule of dashes or a padded cell is far below these.
MAX_REPEATED_ITEMS = 1_000_000  # characters of a string, items of a list, `*` may make
MAX_NUMBER_BITS = 100_000  # some 30,000 digits: `*` and `**` of whole numbers


class TooLarge(jinja2.TemplateRuntimeError):
    """A template's `*` or `**` would make a value past the limits above."""


def multiplied(left, right):
    """Return left * right, refused if it repeats a sequence or makes a whole number past the limits."""
    for sequence, times in ((left, right), (right, left)):
        if isinstance(sequence, (str, list, tuple)) and isinstance(times, int) and not isinstance(times, bool):
            if len(sequence) * times > MAX_REPEATED_ITEMS:
                raise TooLarge(f"'*' would make {_kind(sequence)} of {len(sequence) * times:,} "
                               f"{'characters' if isinstance(sequence, str) else 'items'}, past the "
                               f"{MAX_REPEATED_ITEMS:,} a template may make")
    if _whole(left) and _whole(right) and left.bit_length() + right.bit_length() > MAX_NUMBER_BITS:
        raise TooLarge(f"'*' would make a number of over {MAX_NUMBER_BITS:,} bits")
    return operator.mul(left, right)


def powered(left, right):
    """Return left ** right, refused if it makes a whole number past the limit."""
    if _whole(left) and _whole(right) and right > 0 and abs(left) > 1 and left.bit_length() * right > MAX_NUMBER_BITS:
        raise TooLarge(f"'**' would make a number of some {left.bit_length() * right:,} bits, past the "
                       f"{MAX_NUMBER_BITS:,} a template may make")
    return operator.pow(left, right)


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _kind(sequence) -> str:
    return "a string" if isinstance(sequence, str) else "a list" if isinstance(sequence, list) else "a tuple"


BINOPS = {"*": multiplied, "**": powered}


# CPU seconds one page's template may take to render: the real microsite's largest takes a few hundredths.
# `{% for i in range(10**9) %}` or a `|join` of one ran until stopped in a command-line build.
PAGE_CPU_LIMIT_S = 30


class TooLong(jinja2.TemplateRuntimeError):
    """A page's template rendered past PAGE_CPU_LIMIT_S of CPU time."""


@contextlib.contextmanager
def cpu_limit(seconds: float):
    """Raise TooLong where a template is when this process has spent `seconds` of CPU time in the block.

    A profiling timer (CPU time, not wall time: a loaded machine's build is slow, not stopped) signals the main
    thread; elsewhere (a thread of the preview server, whose own time limit stops a build) nothing is limited."""
    if threading.current_thread() is not threading.main_thread() or signal.getitimer(signal.ITIMER_PROF)[0]:
        yield  # not the main thread, or a profiler's timer is running: leave it be
        return

    def stop(signum, frame):
        raise TooLong(f"the page took over {seconds:g} s of CPU time to render")

    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL if previous is None else previous)
