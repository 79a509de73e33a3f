"""A difference kept the right way round between its two sides: "Ardania may land 8,000 tonnes more cod than
Veskland" may not cite "Veskland may land 38,000 tonnes of cod this year and Ardania 30,000 tonnes".

computed.py lets a sentence give the difference of two figures of its passages where it says it compares ("more",
"fewer", "larger", ... "than"); which side has the more, it did not read, so the difference told the wrong way round
built. Here a sentence's "X ... N [unit] more (fewer, larger, smaller, higher, lower, less) [what] than Y" is read
with its two sides: X a name before the figure in its clause, Y the name after "than". A passage gives a side its
figure where the first figure after the side's name comes before the other side's name ("Veskland may land 38,000
tonnes ... and Ardania 30,000 tonnes", "Veskland's 38,000 tonnes against Ardania's 30,000"). The sentence is refused
where its passages give X and Y two figures N apart the other way round, and none gives them two N apart its way.
English text is read; words in quotation marks are not (tests/test_factcheck_102.py).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .numbers import find_mentions, mentions_in
from .sentences import inside, markers_blanked

_MORE, _LESS = ("more", "larger", "bigger", "higher", "greater"), ("fewer", "less", "smaller", "lower")
# after the figure: up to three words of its unit, the way, up to three words of what it counts, "than", the other side
_AFTER = patterns.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}?\s+(?P<way>" + "|".join((*_MORE, *_LESS)) +
                          r")(?:\s+[^\W\d_][\w'’-]*){0,3}?\s+than\s+(?:the\s+|that\s+of\s+|those\s+of\s+)?"
                          r"(?P<other>(?-i:[A-Z])[\w-]+)", re.IGNORECASE)
_NAME = patterns.compile(r"(?<![\w'’-])[A-Z][\w-]+")
_CLAUSE = patterns.compile(r"[;,:]|\s(?:and|but|while|whereas)\s")
_NOT_NAMES = frozenset({"The", "A", "An", "In", "On", "At", "By", "Under", "Over", "After", "Before", "Since", "This",
                        "That", "These", "Those", "It", "Its", "Their", "But", "And", "While", "With", "For", "From",
                        "As", "Last", "Next", "According", "Both", "Each"})


def turned_difference_sides(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives one side a difference more (or less) than another that its passages give
    the other way round."""
    if not in_english(language) or " than " not in text:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for mention in find_mentions(spoken, language, prose=True):
        said = _AFTER.match(spoken, mention.end) if mention.kind == "figure" else None
        if said is None or inside(quoted, mention.start):
            continue
        first = _subject(spoken, mention.start)
        second = said["other"].removesuffix("'s")
        if not first or first == second:
            continue
        more_pairs, less_pairs = _sides_apart(first, second, {q.value for q in mention.quantities}, passages,
                                              language)
        kept, turned = (more_pairs, less_pairs) if said["way"].casefold() in _MORE else (less_pairs, more_pairs)
        if turned and not kept:
            mine, theirs = turned[0]
            return [Finding(offset + mention.start,
                            f"this sentence gives {first} {mention.text} {said['way'].lower()} than {second}, but its "
                            f"cited passages give {first} {_shown(mine)} and {second} {_shown(theirs)}: "
                            f"{clipped(text)}",
                            "give the difference the right way round, as the source's figures have it")]
    return []


def _sides_apart(first: str, second: str, wanted: set, passages: list[Cited], language: str):
    """Return the pairs of figures the passages give `first` and `second` a wanted difference apart: those where the
    first is the more, and those where it is the less."""
    more_pairs, less_pairs = [], []
    for passage in passages:
        own = _figures_of(passage.text, passage.language or language, first, second)
        theirs = _figures_of(passage.text, passage.language or language, second, first)
        for mine in own:
            for other in theirs:
                if abs(mine - other) in wanted:
                    (more_pairs if mine > other else less_pairs).append((mine, other))
    return more_pairs, less_pairs


@functools.lru_cache(maxsize=1 << 10)
def _figures_of(text: str, language: str, side: str, other: str) -> tuple[Decimal, ...]:
    """Return the figures a text gives `side`: the first after each of its names, before the other side's name."""
    if side not in text:
        return ()
    mentions = [m for m in mentions_in(text, language) if m.kind == "figure"]
    found = []
    for named in re.finditer(rf"(?<![\w-]){re.escape(side)}(?![\w-])", text):
        stop = text.find(other, named.end())
        after = next((m for m in mentions if m.start >= named.end()), None)
        if after and (stop < 0 or after.start < stop) and after.start - named.end() <= 80:
            found += [q.value for q in after.quantities]
    return tuple(found)


def _subject(text: str, start: int) -> str:
    """Return the first name in the clause before a figure: "Ardania" of "Ardania may land 8,000 tonnes"."""
    begin = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    return next((name.group().removesuffix("'s") for name in _NAME.finditer(text, begin, start)
                 if name.group() not in _NOT_NAMES), "")


def _shown(value: Decimal) -> str:
    """Return a figure as a message shows it: "38,000"."""
    return f"{value:,}"
