"""Mutate the real briefing's sentences as a careless or biased editor would, and tell which mutations still build.

    python benchmarks/mutations.py [--root ROOT] [--built] [--kind KIND]

A fact-checker changes one thing in a sentence and expects the build to refuse it. This script runs `check` on a
copy of the project once, in this process, keeping every sentence check's call (as benchmarks/check_replay.py
records them); then, for each sentence, claim, note and field a check was given, it makes each mutation below of
its text and runs again, in this process, every check call that read that text (and the prose checks of the
paragraph holding it; a claim figure's measure with its value too, as explainer/topics.py reads them). A mutation is refused when any of them finds something; it built otherwise.

Mutations: a number changed, a party swapped for the other (one mention, or every mention: a deed given to the
other side), a negation added or dropped, a hedge or attribution dropped, a weekday or time moved, a superlative
added, "killed" for "wounded", "civilians" for "fighters", "all" for "some", a quoted word changed, "denied" for
"confirmed". It prints the counts and, with --built, every mutation that built. This is a measuring tool, not a
test: a built mutation that says the same thing is no miss, which only a reader can judge.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Iterator, NamedTuple

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from check_replay import checks_run  # noqa: E402

MARKER = re.compile(r"\[\^[^\]]+\]")


class Mutation(NamedTuple):
    """One change of one text: its kind, the text, the words changed and what they became."""

    kind: str
    text: str
    old: str
    new: str
    start: int

    def applied(self) -> str:
        return self.text[:self.start] + self.new + self.text[self.start + len(self.old):]


def recorded_calls(root: Path) -> list:
    """Run `check` on a copy of `root` in this process; return each sentence check's (locales, check, args, found)."""
    copy = Path(tempfile.mkdtemp(prefix="mutations-")) / "project"
    for part in ("content", "seeds", "templates", "static"):
        shutil.copytree(root / part, copy / part)
    try:
        code, calls = checks_run(copy)  # as benchmarks/check_replay.py records them
    finally:
        shutil.rmtree(copy.parent, ignore_errors=True)
    if code:
        sys.exit("the project does not build as it is: nothing to mutate")
    return calls


# --- the mutations: each yields (old, new, start) for a text -------------------------------------------------------

SWAPS = [("Pakistani", "Afghan"), ("Afghan", "Pakistani"), ("Pakistan", "Afghanistan"), ("Afghanistan", "Pakistan"),
         ("Islamabad", "Kabul"), ("Kabul", "Islamabad"), ("Taliban", "Pakistani")]
WORD_SWAPS = {
    "killed": ["wounded"], "killing": ["wounding"], "kills": ["wounds"], "wounded": ["killed"], "injured": ["killed"],
    "injures": ["kills"], "civilians": ["fighters"], "fighters": ["civilians"], "soldiers": ["civilians"],
    "some": ["all"], "many": ["all"], "several": ["all"], "most": ["all"], "a number of": ["all"],
    "confirmed": ["denied"], "acknowledged": ["denied"], "says": ["denies"], "said": ["denied"], "say": ["deny"],
    "accuses": ["clears"], "declared": ["denied"], "declares": ["denies"], "intercepted": ["missed"],
    "destroyed": ["spared"], "captured": ["lost"], "seized": ["lost"], "before": ["after"], "after": ["before"],
    "earlier": ["later"], "Friday": ["Thursday"], "Thursday": ["Wednesday"], "Overnight": ["On Monday"],
    "summer": ["winter"], "decades": ["years"], "hours": ["days"], "weeks": ["months"], "first": ["second"],
    "more than": ["fewer than"], "at least": ["at most"], "sponsored": ["opposed"], "sponsoring": ["opposing"],
    "attacked": ["defended"], "attack": ["defend"], "launched": ["halted"], "launches": ["halts"],
}
DROPS = ["reportedly ", "allegedly ", ", Pakistani officials said", "as many analysts put it; ", "Al-Monitor says ",
         "The report says ", "according to ", "more than ", "at least ", "(whose is not given) ", "say their forces",
         "Al-Monitor cites ", "the report's own view", "Many analysts, not named, point to ", "Pakistan now says "]
NEGATIONS_DROPPED = [" not ", " no ", "never ", "cannot ", " neither ", "No "]
VERBS_NEGATED = {" is ": " is not ", " are ": " are not ", " was ": " was not ", " were ": " were not ",
                 " has ": " has not ", " have ": " have not ", " had ": " had not ", " launched ": " did not launch ",
                 " says ": " does not say ", " attacked ": " did not attack ", " kills ": " does not kill ",
                 " cites ": " does not cite ", " invests ": " does not invest ", " relies ": " does not rely "}
SUPERLATIVES = [(r"\bairstrikes\b", "the heaviest airstrikes ever"), (r"\ba Shia mosque\b", "the largest Shia mosque"),
                (r"\bescalation\b", "deadliest escalation"), (r"\bdrone strikes\b", "the largest drone strikes"),
                (r"\bclashes\b", "the worst clashes"), (r"\bequipment\b", "the most modern equipment")]


def numbers_changed(text: str) -> Iterator[tuple[str, str, int]]:
    for match in re.finditer(r"\d[\d,]*", text):
        digits = match.group().rstrip(",")
        if len(digits.replace(",", "")) == 4 and digits.startswith("20"):
            new = str(int(digits) - 1)  # a year moved
        else:
            new = f"{int(digits.replace(',', '')) + (1 if len(digits) < 3 else 10):,}"
        yield digits, new, match.start()


def words_swapped(pairs) -> Callable[[str], Iterator[tuple[str, str, int]]]:
    def swapped(text: str) -> Iterator[tuple[str, str, int]]:
        for old, new in pairs:
            for match in re.finditer(rf"\b{re.escape(old)}\b", text):
                yield old, new, match.start()
                break  # the first mention of each
    return swapped


def sides_swapped_throughout(text: str) -> Iterator[tuple[str, str, int]]:
    """Every Pakistan/Afghanistan mention for the other's: the deed given to the other side."""
    table = {"Pakistani": "Afghan", "Afghan": "Pakistani", "Pakistan": "Afghanistan", "Afghanistan": "Pakistan",
             "Islamabad": "Kabul", "Kabul": "Islamabad", "Taliban": "Pakistani"}
    pattern = re.compile(r"\b(" + "|".join(sorted(table, key=len, reverse=True)) + r")\b")
    swapped = pattern.sub(lambda match: table[match.group()], text)
    if swapped != text and len(pattern.findall(text)) > 1:
        yield text, swapped, 0


def dropped(words) -> Callable[[str], Iterator[tuple[str, str, int]]]:
    def drop(text: str) -> Iterator[tuple[str, str, int]]:
        for word in words:
            if (at := text.find(word)) >= 0:
                yield word, " " if word.startswith(" ") and word.endswith(" ") else "", at
    return drop


def replaced(table: dict[str, str]) -> Callable[[str], Iterator[tuple[str, str, int]]]:
    def replace(text: str) -> Iterator[tuple[str, str, int]]:
        for old, new in table.items():
            if (at := text.find(old)) >= 0:
                yield old, new, at
    return replace


def superlatives_added(text: str) -> Iterator[tuple[str, str, int]]:
    for pattern, new in SUPERLATIVES:
        if match := re.search(pattern, text):
            yield match.group(), new, match.start()


def quoted_word_changed(text: str) -> Iterator[tuple[str, str, int]]:
    for match in re.finditer(r'"([^"]{3,})"', text):
        words = list(re.finditer(r"[A-Za-z]{4,}", match.group(1)))
        if words:
            word = words[-1]
            yield word.group(), "total" if word.group() != "total" else "whole", match.start(1) + word.start()


MUTATORS: dict[str, Callable[[str], Iterator[tuple[str, str, int]]]] = {
    "number": numbers_changed,
    "party swapped": words_swapped(SWAPS),
    "deed to the other side": sides_swapped_throughout,
    "negation added": replaced(VERBS_NEGATED),
    "negation dropped": dropped(NEGATIONS_DROPPED),
    "hedge or attribution dropped": dropped(DROPS),
    "word swapped": words_swapped(list((old, new) for old, news in WORD_SWAPS.items() for new in news)),
    "superlative added": superlatives_added,
    "quoted word changed": quoted_word_changed,
}


def mutations_of(text: str) -> Iterator[Mutation]:
    plain = MARKER.sub("", text)
    if len(plain.split()) < 2:
        return  # a lone label ("Kabul", "Friday") is checked with its item
    for kind, mutate in MUTATORS.items():
        for old, new, start in mutate(text):
            if old != new and not _in_marker(text, start):
                yield Mutation(kind, text, old, new, start)


def _in_marker(text: str, at: int) -> bool:
    return any(marker.start() <= at < marker.end() for marker in MARKER.finditer(text))


# --- running the checks again ------------------------------------------------------------------------------------

def unit_pattern(text: str) -> re.Pattern:
    """A text's words with any footnote marker where it has one: the paragraph checks read the keys, the sentence
    checks masked ones."""
    pieces = [re.escape(piece) for piece in MARKER.split(text)]
    return re.compile(r"\[\^[^\]]+\]".join(pieces))


def refusals(mutation: Mutation, all_calls: list, measures: dict[str, list]) -> list[str]:
    """Return what the checks that read the mutated text find of it now."""
    from explainer import numbers
    from explainer.measure_acts import measure_counted_otherwise

    found = []
    changed = mutation.applied()
    pattern = unit_pattern(mutation.text)
    for key, check, args, _ in all_calls:
        text = args[0] if args and isinstance(args[0], str) else None
        if text is None:
            continue
        if text == mutation.text:
            new_text = changed
        elif text != mutation.text and (match := pattern.search(text)):
            inner = unit_pattern(mutation.text[:mutation.start]).match(text, match.start())
            at = inner.end() if inner else -1
            if at < 0 or not text.startswith(mutation.old, at):
                continue
            new_text = text[:at] + mutation.new + text[at + len(mutation.old):]
        elif new_text := _within(text, mutation):
            pass  # a sentence of the mutated paragraph, checked alone too
        else:
            continue
        numbers.read_as_locales(dict(key))
        found.extend(str(getattr(finding, "message", finding)) for finding in check(new_text, *args[1:]))
        if check.__name__ == "_stated" and text in measures:  # a claim figure's measure, read with its value
            found.extend(f"measure: {swapped}" for value in measures[text]
                         if (swapped := measure_counted_otherwise(new_text, value, list(args[1]), args[2])))
    return found


def _within(text: str, mutation: Mutation) -> str:
    """Return `text`, a part of the mutated text holding the mutation, with it made; "" where it is no such part."""
    if len(text) >= len(mutation.text) or not text.rstrip().endswith((".", "]")):
        return ""  # a label within a sentence ("Taliban fighters killed") is checked as a label, not as the sentence
    match = unit_pattern(text).search(mutation.text)
    if not match or not match.start() <= mutation.start <= match.end() - len(mutation.old):
        return ""
    at = mutation.start - match.start()
    changed = match.group()[:at] + mutation.new + match.group()[at + len(mutation.old):]
    keys = iter(MARKER.findall(text))  # the part's own markers (masked, or its keys), in order
    return MARKER.sub(lambda _: next(keys), changed)


def claim_measures(root: Path) -> dict[str, list]:
    """Return each claim figure's measure with the values it is given (topics.py checks them together)."""
    import yaml

    measures = defaultdict(list)
    for path in (root / "content").glob("*/claims.yaml"):
        for topic in yaml.safe_load(path.read_text(encoding="utf-8")).get("topics", []):
            for claim in topic.get("claims", []):
                for figure in claim.get("figures", []):
                    measures[figure["measure"]].append(figure.get("value"))
    return measures


UPDATE_CHECKS = {"offers_told_accepted", "agreement_told_reached", "weighed_told_as_decided",
                 "final_told_of_earlier_stage", "_headed", "corrected_told_as_current"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=REPO)
    parser.add_argument("--built", action="store_true", help="print every mutation that built")
    parser.add_argument("--kind", default="", help="only mutations of this kind")
    args = parser.parse_args()
    from explainer.gc_pause import no_collection

    calls = recorded_calls(args.root)
    measures = claim_measures(args.root)
    calls_by_text = defaultdict(list)
    for call in calls:
        if call[2] and isinstance(call[2][0], str):
            calls_by_text[call[2][0]].append(call)
    made, built = Counter(), Counter()
    seen = set()
    with no_collection():
        for text, its_calls in calls_by_text.items():
            if all(call[1].__name__ in UPDATE_CHECKS for call in its_calls):
                continue  # an update's text, no sentence a reader checks against the source
            for mutation in mutations_of(text):
                if args.kind and mutation.kind != args.kind:
                    continue
                shown = MARKER.sub("", mutation.applied())
                if (mutation.kind, shown) in seen:
                    continue
                seen.add((mutation.kind, shown))
                made[mutation.kind] += 1
                if not refusals(mutation, calls, measures):
                    built[mutation.kind] += 1
                    if args.built:
                        print(f"BUILT [{mutation.kind}] {mutation.old!r} -> {mutation.new!r}: "
                              f"{MARKER.sub('', mutation.applied())[:220]!r}")
    for kind in MUTATORS:
        print(f"{kind:30} {made[kind]:4} made, {made[kind] - built[kind]:4} refused, {built[kind]:4} built")
    total, total_built = sum(made.values()), sum(built.values())
    print(f"{'all':30} {total:4} made, {total - total_built:4} refused, {total_built:4} built")


if __name__ == "__main__":
    main()
