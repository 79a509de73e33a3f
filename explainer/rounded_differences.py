"""A difference of rounded figures told as exact: "The number told to leave rose by 6,500." may not cite "About 11,000
residents have now been told to leave their homes, up from about 4,500 on Monday".

A change's size or a gap the build reckons from two figures of the passages (change_sizes.py, computed.py) is as
precise as they are: of "about 11,000" and "about 4,500" it is "about 6,500" (or "some", "roughly", German "etwa",
French "environ"), never a bare "6,500", which says the source counted it. A figure told with no hedge is refused where
only two figures of which one at least the passages give hedged ("about", "nearly") make it; two they give plainly
("11,000, up from 4,500") back it as before (tests/test_factcheck_131.py). So is a change in per cent reckoned from
them: "rose by 144%" (or "144% higher") of "roughly 6,100 ..., up from about 2,500" is "about 144%"
(tests/test_factcheck_136.py), and a multiple of them, "2.4 times last year's", is "about 2.4 times"
(tests/test_factcheck_141.py).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from . import patterns
from .numbers import PERCENTAGE_POINT, mentions_in
from .qualifiers import qualifier_of

_TIMES = patterns.compile(r"\s+times(?!\w)", re.IGNORECASE)  # a multiple, read by computed.py: no difference
_MOST_READ = 400  # figures of the passages read: a difference is sought by lookup, once per figure
_ROUNDING = ("about", "nearly")  # a qualifier's kinds that say a figure is rounded
_MOST_PAIRED = 40  # figures of the passages paired for a change in per cent (as computed.py pairs them)


def rounded_ends(quantities, sentence: str, start: int, end: int, passages, language: str) -> tuple[str, str] | None:
    """Return the two figures of the passages, as written, that the unhedged figure at `start`..`end` of sentence is the
    difference of, where one of them at least is rounded and no two plain ones make it; else None."""
    if qualifier_of(sentence, start, end, language) is not None or _TIMES.match(sentence, end) \
            or sentence[start:end].casefold() == "twice":
        return None  # "about 6,500", "more than 6,000": hedged or bounded, read by the checks of qualifiers
    wanted = {q.value for q in quantities if q.unit in ("", "%", PERCENTAGE_POINT) and q.value > 0}
    if not wanted:
        return None
    plain, rounded = _figures(passages)
    if any(value + size in plain for size in wanted for value in plain):
        return None
    every = {**plain, **rounded}
    return next(((every[value + size], every[value]) for size in sorted(wanted) for value in sorted(every)
                 if value + size in every), None)


def rounded_share_ends(quantities, sentence: str, start: int, end: int, passages,
                       language: str) -> tuple[str, str] | None:
    """Return the two figures of the passages, as written (the higher first), that the unhedged percentage at
    `start`..`end` of sentence is the change between (as a share of either), where one of them at least is rounded and
    no two plain ones make it; else None."""
    # a share of two rounded ends is as rough as they are: 6,100 / 2,500 - 1 = 144%, but 6,050 / 2,549 = 137%
    wanted = [q.value for q in quantities if q.unit == "%" and q.value > 0]
    if not wanted or qualifier_of(sentence, start, end, language) is not None:
        return None
    plain, rounded = _figures(passages)
    every = {**plain, **rounded}
    values = sorted(value for value in every if value > 0)[:_MOST_PAIRED]
    fitting = [(low, high) for index, low in enumerate(values) for high in values[index + 1:]
               if any(_share_fits(value, low, high) for value in wanted)]
    if not fitting or any(low in plain and high in plain for low, high in fitting):
        return None
    low, high = fitting[0]
    return every[high], every[low]


def rounded_multiple_ends(quantities, sentence: str, start: int, end: int, passages,
                          language: str) -> tuple[str, str] | None:
    """Return the two figures of the passages, as written (the higher first), whose ratio the unhedged multiple at
    `start`..`end` of sentence ("2.4 times") is, rounded to its decimals, where one of them at least is rounded and no
    two plain ones make it; else None."""
    # a multiple of two rounded ends is as rough as a change in per cent of them: "2.4 times last year's" of "roughly
    # 6,100 ..., up from about 2,500" is "about 2.4 times" (tests/test_factcheck_141.py)
    wanted = [q.value for q in quantities if not q.unit and q.value > 0]
    if not wanted or not _TIMES.match(sentence, end) or not sentence[start:end][:1].isdigit() \
            or qualifier_of(sentence, start, end, language) is not None:
        return None
    plain, rounded = _figures(passages)
    every = {**plain, **rounded}
    values = sorted(value for value in every if value > 0)[:_MOST_PAIRED]
    fitting = [(low, high) for index, low in enumerate(values) for high in values[index + 1:]
               if any(abs(high / low - value) <= Decimal(5).scaleb(value.as_tuple().exponent - 1) for value in wanted)]
    if not fitting or any(low in plain and high in plain for low, high in fitting):
        return None
    low, high = fitting[0]
    return every[high], every[low]


def _share_fits(value: Decimal, low: Decimal, high: Decimal) -> bool:
    """Say whether a percentage, to its last decimal, is how far apart two figures are as a share of either."""
    half = Decimal(5).scaleb(value.as_tuple().exponent - 1)
    return any(abs((high - low) * 100 / base - value) <= half for base in (low, high))


def _figures(passages) -> tuple[dict[Decimal, str], dict[Decimal, str]]:
    """Return the passages' figures each as written, those given plainly at least once apart from those only rounded."""
    plain: dict[Decimal, str] = {}
    rounded: dict[Decimal, str] = {}
    for passage in passages:
        for value, written, hedged in _passage_figures(passage.text, passage.language):
            (rounded if hedged else plain).setdefault(value, written)
    return plain, {value: written for value, written in rounded.items() if value not in plain}


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _passage_figures(text: str, language: str) -> tuple[tuple[Decimal, str, bool], ...]:
    """Return each figure of text: its value, as written (with its hedge), and whether it is hedged."""
    found = []
    for mention in [m for m in mentions_in(text, language) if m.kind == "figure"][:_MOST_READ]:
        qualifier = qualifier_of(text, mention.start, mention.end, language)
        hedged = qualifier is not None and qualifier.kind in _ROUNDING
        found += [(q.value, qualifier.words if hedged else mention.text, hedged) for q in mention.quantities]
    return tuple(found)
