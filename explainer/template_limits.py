"""How large a value a template's `*` and `**` may make: the sandbox limits what a template reaches, not what it
allocates, and `{{ "x" * 10**10 }}`, `{{ [0] * 10**9 }}` or `{{ 9 ** 10**9 }}` asked for gigabytes in one expression,
until the machine swapped (a build has no time limit; the preview's 30 s came too late for the memory)."""

from __future__ import annotations

import contextlib
import inspect
import operator
import os
import resource
import signal
import sys
import threading
from collections.abc import Generator

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

# Numbers a template's `range` may count: the templates loop over briefings, sources and rows, and a loop of
# `{{ i }}` over a million took 5 s. `{% for i in range(10**9) %}{{ i }}{% endfor %}` ran for 100 s until the memory
# ran out, and named no line.
MAX_RANGE_ITEMS = 1_000_000


def counted_range(*args) -> range:
    """Return Python's range(*args), refused as TooLarge (at the template's line) past MAX_RANGE_ITEMS numbers."""
    numbers = range(*args)
    try:
        count = f"{len(numbers):,}" if len(numbers) > MAX_RANGE_ITEMS else ""
    except OverflowError:  # more than a whole number of the machine's can count
        count = f"over {sys.maxsize:,}"
    if count:
        raise TooLarge(f"range would count {count} numbers, past the {MAX_RANGE_ITEMS:,} a template may loop over")
    return numbers


# Characters one page may hold. The `*` check, the memory and the CPU limits left a template free to write a page of
# 300 MB (`"x"|center(3 * 10**8)`, `"%300000000s"|format(...)`, a `join`, a loop writing a line 10**6 times), and
# every page including it the same: a site of gigabytes, each page more than the preview serves (256 MiB). A page
# shows at most one seed (32 MiB): six times that is its source page with every character escaped (`"` is `&#34;`).
MAX_PAGE_CHARACTERS = 6 * 32 * 1024 ** 2


def rendered_page(template: jinja2.Template, context: dict) -> str:
    """Return `template` rendered with `context`, stopped as TooLarge where the template is once the page passes
    MAX_PAGE_CHARACTERS, before it makes the rest."""
    limit = MAX_PAGE_CHARACTERS
    pieces = template.generate(**context)
    made: list[str] = []
    joined: list[str] = []
    size = 0
    try:
        for piece in pieces:
            made.append(piece)
            size += len(piece)
            if size > limit:
                raise TooLarge(f"the page would hold over {limit:,} characters, past what a page may hold")
            if len(made) == PIECES_JOINED:
                # A loop's pieces are short (`{{ i }}`: a number), and a string of a few characters takes some 60
                # bytes: 20 million of them filled the 2 GiB before the page reached its limit (round 49).
                joined.append("".join(made))
                made.clear()
    except (TooLarge, TooLong, MemoryError) as error:
        made.clear()  # the error's traceback keeps this frame: what the page made is let go before it is named
        joined.clear()
        if pieces.gi_frame is None:  # raised in the template, which named its line
            raise
        # Raised here, between two of its pieces (a CPU-time signal can land here too): raised again in the
        # template where it stands, in the template it includes if it is writing one, so the error names that line.
        again = out_of_memory(error) if isinstance(error, MemoryError) else type(error)(*error.args)
        inner = writing(pieces)
        if inner is pieces:
            pieces.throw(again.with_traceback(None))
        try:
            inner.throw(again.with_traceback(None))
        except BaseException:  # an included template's own generator: its line told as Jinja tells it, not Python's
            template.environment.handle_exception()
        raise
    except BaseException:
        made.clear()
        joined.clear()
        raise
    joined.append("".join(made))
    return "".join(joined)


PIECES_JOINED = 4096  # pieces of a page joined into one string as it is rendered


class CapturedOutput(list):
    """The pieces a template writes into a value, not the page (`{% set x %}...{% endset %}`, a macro's output, a
    `{% call %}` or `{% filter %}` block's), refused as TooLarge where it writes once they hold more characters than a
    page may: a page is counted as it is written, but these were made whole first, and `{% set x %}{% for i in
    range(999999) %}{{ "y" * 1000 }}{% endfor %}{% endset %}` grew to gigabytes before the memory limit stopped it."""

    __slots__ = ("size",)

    def __init__(self):
        super().__init__()
        self.size = 0

    def append(self, piece) -> None:
        self.size += len(piece)
        if self.size > MAX_PAGE_CHARACTERS:
            self.clear()  # let go of what it holds before the error is named
            raise TooLarge(f"a value the template writes would hold over {MAX_PAGE_CHARACTERS:,} characters, past "
                           "what a page may hold")
        super().append(piece)

    def extend(self, pieces) -> None:
        for piece in pieces:
            self.append(piece)


# Steps all the loops of one page's templates may take together (its includes, macros and imports too): a range
# counts at most a million numbers, but `{% for a in range(999999) %}{% for b in range(999999) %}` nests two, and ran
# until the 30 s of CPU time stopped it. The real microsite's pages take a few thousand; ten million take a few seconds
# (some 2 s of plain steps, 10 s where each step's body is a test: the CPU limit bounds what a body costs).
MAX_LOOP_STEPS = 10_000_000


# Steps a call counts for: a recursive loop's `loop(children)` costs some 13 µs, fifty steps of a plain loop, and a
# macro's (or `caller()`'s) 5 to 9 µs. `{% for x in [1, 2] recursive %}{% if loop.depth < 60 %}{{ loop([1, 2]) }}`,
# counted two steps a call, or a macro calling itself twice, counted none, ran until the 30 s of CPU time (round 51's
# leftover); counted so, either is stopped within 3 s. A page's macros are counted less: the source page calls one for
# each word a revision changed.
RECURSIVE_CALL_STEPS = 50
MACRO_CALL_STEPS = 20


class LoopSteps:
    """The loop steps a page's templates have taken, counted as each loop takes its next item."""

    def __init__(self):
        self.taken = 0

    def called(self, steps: int) -> None:
        """Count a call of a macro or a recursive loop as `steps`, refused as TooLong (at the call's line) past
        MAX_LOOP_STEPS for the page."""
        self.taken += steps
        if self.taken > MAX_LOOP_STEPS:
            raise TooLong(f"the page's loops and calls would take over {MAX_LOOP_STEPS:,} steps (a call of a macro "
                          f"counting {MACRO_CALL_STEPS}, of a recursive loop {RECURSIVE_CALL_STEPS}), past what a "
                          "page may take")

    def stepped(self, items):
        """Yield the items of a loop, refused as TooLong (at the loop's line) past MAX_LOOP_STEPS for the page."""
        for item in items:
            self.taken += 1
            if self.taken > MAX_LOOP_STEPS:
                raise TooLong(f"the page's loops would take over {MAX_LOOP_STEPS:,} steps, past what a page may take")
            yield item


def writing(pieces: Generator) -> Generator:
    """Return the innermost template's generator `pieces` is waiting on: itself, or one it includes or calls a block
    of. Jinja writes an include as `gen = template.root_render_func(...)`, then `for event in gen: yield event`: a
    stop thrown into the including template named the `{% include %}` line, not the line of the included file that
    made the page too large."""
    while True:
        inner = pieces.gi_yieldfrom
        if not isinstance(inner, Generator) and pieces.gi_frame is not None:
            inner = pieces.gi_frame.f_locals.get("gen")
        if not isinstance(inner, Generator) or inspect.getgeneratorstate(inner) != inspect.GEN_SUSPENDED:
            return pieces
        pieces = inner


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


# Memory the rendering of a build's pages may take beyond what the build holds when it starts: the real microsite's
# pages take a few MB, the synthetic one's 4,000 some 100. A template's filters and methods make large values the
# checks of `*` cannot see (`{{ "x"|center(10**10) }}`, `"x".ljust(...)`, `range(10**9)|join`, a string doubled in a
# loop), and one the system gave (it lends more than it has) filled the memory until the machine swapped; past
# this the allocation fails, and the page's template is named.
RENDER_MEMORY_BYTES = 2 * 1024 ** 3


@contextlib.contextmanager
def memory_limit(extra: int):
    """Have the process's allocations fail (MemoryError) past `extra` bytes more address space than it holds now,
    for the block; where the system says nothing of it (no /proc) or sets a lower limit already, leave it be. The
    limit is the process's, as a build's work is one thread's (parallel.py), and forked workers inherit it."""
    held = _address_space()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = None if held is None else held + extra
    if hard != resource.RLIM_INFINITY and wanted is not None:
        wanted = min(wanted, hard)
    if wanted is None or (soft != resource.RLIM_INFINITY and soft <= wanted):
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int | None:
    """Return the bytes of address space this process holds, or None where the system does not say (no Linux)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def out_of_memory(error: MemoryError) -> TooLarge:
    """Return the TooLarge a template's MemoryError is reported as, raised where the template was."""
    limit = (f"{RENDER_MEMORY_BYTES / 1024 ** 3:g} GiB" if RENDER_MEMORY_BYTES >= 1024 ** 3
             else f"{RENDER_MEMORY_BYTES / 1024 ** 2:g} MiB")
    return TooLarge(f"the page took over {limit} of memory to render, or more than the machine had"
                    ).with_traceback(error.__traceback__)
