"""A difference of rounded figures told as exact: "The number told to leave rose by 6,500." may not cite "About 11,000
residents have now been told to leave their homes, up from about 4,500 on Monday".

A change's size or a gap the build reckons from two figures of the passages (change_sizes.py, computed.py) is as
precise as they are: of "about 11,000" and "about 4,500" it is "about 6,500" (or "some", "roughly", German "etwa",
French "environ"), never a bare "6,500", which says the source counted it. A figure told with no hedge is refused where
only two figures of which one at least the passages give hedged ("about", "nearly") make it; two they give plainly
("11,000, up from 4,500") back it as before (tests/test_factcheck_131.py).
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
