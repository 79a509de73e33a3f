"""Find the readings the sentence checks make again: calls of our functions given the same arguments as an earlier call
while one text is checked, and the time those repeats take.

    python benchmarks/check_replay.py record ROOT CALLS           # once: the checks a cold `check` runs
    python benchmarks/repeated_readings.py CALLS [--window 8] [--every 1] [--top 30]

Each recorded check call (explainer/checked.py's KeptFindings.run: a sentence's `_reworded`, an item's
`_reworded_item`, a field's `_stated`...) is replayed under a profile hook that keys every call of a function of
explainer/ by its code and arguments. A call is a repeat when an earlier call with that key ran during the same check
call ("within") or during one of the `window` check calls before it, which a build runs on the same field's text
("across"). A check call given the same arguments as an earlier one is left out: a plan runs it once
(KeptFindings), though the recording keeps each time it was asked for. A repeat's time is its own and its callees', counted for the outermost repeat only, so nothing is
counted twice; calls an lru_cache answers never reach Python and are not counted (they are already shared).
The hook slows every call, so the shares it prints are of the hooked replay's time: a ranking, not a forecast.

checkshape16 used it to weigh a per-sentence memo of shared readings (a table is in its report): on the synthetic
microsite the repeats were 3 % of the checks' time within a check call and 4 % within a window of 8, too little
for a memo's own cost to be repaid.
"""

from __future__ import annotations

import argparse
import inspect
import pickle
import sys
import time
from collections import Counter, deque
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

_VARARGS = inspect.CO_VARARGS
_UNNAMED = ("<genexpr>", "<listcomp>", "<dictcomp>", "<setcomp>", "<lambda>")  # keyed by an iterator or by nothing
# A pattern compiled at its first use (explainer/patterns.py) is made once a process, not read again from a text.
_NO_READINGS = ("/explainer/patterns.py",)


class Repeats:
    """What the hooked replay found: calls and repeats by function, and the outermost repeats' seconds."""

    def __init__(self, window: int):
        self.calls: Counter = Counter()
        self.within: Counter = Counter()
        self.across: Counter = Counter()
        self.seconds: Counter = Counter()
        self.earlier: deque[set] = deque(maxlen=window)  # the keys of the last `window` check calls
        self.keys: set = set()
        self.stack: list = []
        self.repeating = 0  # repeats open on the stack: a repeat inside one is not counted again
        self.skipped = 0  # check calls given what an earlier one was, which no build runs again

    def hook(self, frame, event, arg) -> None:
        if event == "call":
            self.stack.append(self._called(frame))
        elif event == "return" and self.stack:
            opened = self.stack.pop()
            if opened is not None and opened[2]:
                self.repeating -= 1
                if self.repeating == 0:
                    self.seconds[opened[0]] += time.perf_counter() - opened[1]

    def _called(self, frame):
        code = frame.f_code
        if "explainer" not in code.co_filename or code.co_name in _UNNAMED or code.co_freevars \
                or code.co_filename.endswith(_NO_READINGS):
            return None  # a closure (cite.py's `each`) is no reading of its arguments alone, and a hook sees no more
        named = frame.f_locals
        given = code.co_argcount + code.co_kwonlyargcount + bool(code.co_flags & _VARARGS)
        key = (code, tuple(_key_part(named.get(name)) for name in code.co_varnames[:given]))
        name = f"{Path(code.co_filename).name}:{code.co_firstlineno} {code.co_name}"
        self.calls[name] += 1
        repeat = key in self.keys
        if repeat:
            self.within[name] += 1
        elif any(key in keys for keys in self.earlier):
            self.across[name] += 1
            repeat = True
        else:
            self.keys.add(key)
        if not repeat:
            return name, 0.0, False
        self.repeating += 1
        return name, time.perf_counter(), True

    def next_call(self) -> None:
        """Start the keys of the next check call, keeping this one's for the window."""
        self.earlier.append(self.keys)
        self.keys, self.stack, self.repeating = set(), [], 0


def _key_part(value):
    """Return an argument as a key: itself if it hashes, else its identity (a list given to two calls is one)."""
    try:
        hash(value)
    except Exception:  # a record being made: its fields are not set yet
        return ("id", id(value))
    return value


def repeated_readings(calls, window: int = 8) -> tuple[Repeats, float]:
    """Replay the recorded calls under the hook; return what it found and the hooked replay's seconds."""
    from explainer import numbers
    from explainer.gc_pause import no_collection

    found = Repeats(window)
    reading = None
    ran = set()
    start = time.perf_counter()
    with no_collection():
        for key, check, args, _ in calls:
            same = (key, check, tuple(map(_key_part, args)))
            if same in ran:
                found.skipped += 1  # a plan runs a check once per arguments (KeptFindings): the recording has each ask
                continue
            ran.add(same)
            if key != reading:
                numbers.read_as_locales(dict(key))
                reading = key
            sys.setprofile(found.hook)
            try:
                check(*args)
            finally:
                sys.setprofile(None)
            found.next_call()
    return found, time.perf_counter() - start


def table(found: Repeats, seconds: float, top: int) -> str:
    """Return the functions whose repeats took most time, with their calls and repeats, as lines of text."""
    repeated = sum(found.seconds.values())
    lines = [f"hooked replay {seconds:.2f} s; outermost repeats {repeated:.2f} s ({100 * repeated / seconds:.1f} %); "
             f"{found.skipped} check calls left out as a build's plan runs them once",
             f"{'repeat s':>9} {'%':>5} {'calls':>8} {'within':>7} {'across':>7}  function"]
    for name, spent in found.seconds.most_common(top):
        lines.append(f"{spent:9.3f} {100 * spent / seconds:5.1f} {found.calls[name]:8d} {found.within[name]:7d} "
                     f"{found.across[name]:7d}  {name}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("calls", type=Path)
    parser.add_argument("--window", type=int, default=8, help="check calls before this one whose keys count")
    parser.add_argument("--every", type=int, default=1, help="replay every Nth call only (the window then spans more)")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    with open(args.calls, "rb") as kept:
        calls = pickle.load(kept)[::args.every]
    found, seconds = repeated_readings(calls, args.window)
    print(table(found, seconds, args.top))


if __name__ == "__main__":
    main()
