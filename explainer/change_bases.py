"""A change told by its share of a base, the level it reaches given beside it: "Mayor Daniel Okafor unveiled the $312
million spending plan on Monday. The plan would increase spending by 2.1% compared with this year's budget of $305.6
million" gives a change from $305.6 million to $312 million.

"The budget would grow by $6.4 million" citing that paragraph was refused ("figure "$6.4 million" is not in the
passages"): a budget reporter's plain arithmetic. A percentage said as a change's size ("would increase spending by
2.1%", "cut ... by 3%") with its base right after it ("compared with", "from", "over" and a figure) gives a change
from that base to a figure of the same passage, in the base's unit, whose change from it rounds to the percentage at
its decimals (312 is 2.09% above 305.6: "2.1%"). Two levels that fit no percentage given are no change's ends, and
change_sizes.py still takes only their difference, the way they go: "$7.4 million" and "would shrink by $6.4 million"
are refused (tests/test_newuser_80.py).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from . import patterns
from .numbers import Quantity, is_year, mentions_in

# the size's word right before the percentage: "would increase spending by", "cut the deficit by", "a rise of"
_SIZE_BEFORE = patterns.compile(
    r"(?<!\w)(?:(?:increas|decreas|ris|rais|grow|grew|cut|reduc|fall|fell|lower|boost|trim|expand|shrink|shrank)\w*"
    r"(?:\s+[^\W\d_][\w'’-]*){0,3}\s+by|(?:increase|rise|cut|reduction|fall|drop|decrease)\s+of)\s+$", re.IGNORECASE)
# the base right after it: "compared with this year's budget of", "from", "over last year's"
_BASE_AFTER = patterns.compile(r"\s+(?:compared\s+(?:with|to)|from|over|on)(?:\s+[^\W\d_][\w'’-]*){0,5}?(?:\s+of)?\s+$",
                               re.IGNORECASE)
_BEFORE = 60  # characters before a percentage that its word of change stands in
_NEAREST = 8  # figures either side of a change's base read for the level it reaches: a passage's thousands, not each


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every figure of every sentence citing it
def ends_by_base(text: str, language: str = "") -> tuple[tuple[Quantity, Quantity], ...]:
    """Return the start and the level reached of each change text tells by a percentage of its base, the level
    reached given elsewhere in text as a figure whose change from the base rounds to that percentage."""
    if "%" not in text:
        return ()  # most passages give no percentage: found without reading their figures
    mentions = [m for m in mentions_in(text, language) if m.kind == "figure" and not is_year(m.text)]
    pairs = []
    for at, (share, base) in enumerate(zip(mentions, mentions[1:])):
        percent = next((q.value for q in share.quantities if q.unit == "%"), None)
        if percent is None or not _SIZE_BEFORE.search(text, max(0, share.start - _BEFORE), share.start) \
                or not _BASE_AFTER.fullmatch(text, share.end, base.start):
            continue
        near = [m for m in mentions[max(0, at - _NEAREST):at + _NEAREST] if m is not base and m is not share]
        pairs.extend((start, reached) for start in base.quantities if start.value > 0
                     for reached in _levels_reached(start, percent, near))
    return tuple(pairs)


def _levels_reached(start: Quantity, percent: Decimal, mentions) -> list[Quantity]:
    """Return the figures of `mentions` in the unit of `start` whose change from it rounds to `percent`."""
    return [reached for mention in mentions for reached in mention.quantities
            if reached.unit == start.unit and _rounds_to(reached.value, start.value, percent)]


def _rounds_to(reached: Decimal, start: Decimal, percent: Decimal) -> bool:
    """Say whether the change from `start` to `reached`, as a percentage of `start`, rounds to `percent` at its
    decimals (2.09% to "2.1%")."""
    step = Decimal(1).scaleb(min(0, percent.as_tuple().exponent))
    change = abs(reached - start) * 100 / start
    return reached != start and abs(change - percent) <= step / 2

