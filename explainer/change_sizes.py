"""A change's size reckoned from its two ends: "rose by 15 percentage points" of a passage's "from 10% to 25%".

"Analysts said the average tariff would rise by 9 percentage points" citing "the average tariff ... would rise to 18%
from 9%", and "Steel imports rose by $1.1bn" citing "$4.2bn last year, up from $3.1bn", were refused ("figure "9" is
not in the passages"): a trade reporter's plain arithmetic. A figure given as a change's size (a word of rise or fall
right before it, "rose by", "an increase of", "up", "cut") may be the difference of the two ends of a change a cited
passage gives ("from A to B", "to B from A", "B, up from A"), in the same unit, or in percentage points of two
percentages; never a percentage of them ("rose by 15%" of "from 10% to 25%" is refused as before), and a difference of
figures the passage does not give as one change's ends is not read so (tests/test_newuser_46.py).
"""

from __future__ import annotations

import functools
import re

from . import change_sizes_german, change_sizes_romance, patterns
from .change_ends_told import told_change
from .change_owners import others_ends
from .numbers import PERCENTAGE_POINT, Quantity, mentions_in

# a change's size right after its word: "rose by", "an increase of", "up", "cut ... by about"
_SIZE_BEFORE = patterns.compile(
    r"(?<!\w)(?:(?:rose|rise|rises|risen|rising|grew|grow|grows|increased?|increases|jumped|jump|jumps|climbed|climb"
    r"|gained|gain|fell|fall|falls|fallen|dropped|drop|drops|declined?|declines|decreased?|decreases|shrank|slid"
    r"|eased|eases?|slowed|slows?|slipped|slips?|edged\s+(?:up|down)"
    r"|raised?|raises|lowered|lower|cut|cuts|reduced?|reduces)(?:\s+by)?|(?:an?\s+)?(?:increase|rise|jump|gain|drop"
    r"|fall|decline|decrease|cut|reduction)\s+of|by|up|down)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+"
    r"|around\s+)?$", re.IGNORECASE)
_POINTS_AFTER = patterns.compile(r"\s*(?:percentage\s+)?points?(?!\w)", re.IGNORECASE)
_MAY_CHANGE = ("from", "up", "down")  # a passage's change between two ends, looked for as text


def change_of_ends(quantities: tuple[Quantity, ...], sentence: str, start: int, end: int, passages) -> bool:
    """Say whether the figure at `start`..`end` of sentence is given as a change's size that is the difference of the
    two ends of a change a passage gives, in its unit (percentage points of two percentages)."""
    said = _SIZE_BEFORE.search(sentence, max(0, start - 40), start)
    if not said:  # German's "um drei Stunden sinken" of "von 38 auf 35": change_sizes_german.py; Spanish's and French's
        return (change_sizes_german.change_of_ends(quantities, sentence, start, end, passages)  # "subir en 4 euros"
                or change_sizes_romance.change_of_ends(quantities, sentence, start, end, passages))
    way = _way_of(said.group())
    points = bool(_POINTS_AFTER.match(sentence, end))
    wanted = {q.value for q in quantities if q.unit in ("", PERCENTAGE_POINT)}
    if not wanted:
        return False
    unit = "%" if points else ""
    others = others_ends(sentence, start, end, passages)  # Veskland's ends are no change of Ardania's: change_owners
    return any(abs(reached.value - start_level.value) in wanted and way in (None, reached.value > start_level.value)
               and start_level.value not in others and reached.value not in others
               for passage in passages if any(word in passage.text.casefold() for word in _MAY_CHANGE)
               for start_level, reached in change_ends_of(passage.text, passage.language)
               if start_level.unit == reached.unit == unit) \
        or (not points and told_change(quantities, sentence, end, way, passages, others))  # change_ends_told.py


_FALLING = patterns.compile(r"(?<!\w)(?:f[ae]ll\w*|drop\w*|declin\w*|decreas\w*|shrank|slid|lower\w*|cuts?|reduc\w*"
                            r"|eas(?:e|es|ed|ing)|slow\w*|slip\w*"
                            r"|down)(?!\w)", re.IGNORECASE)
_RISING = patterns.compile(r"(?<!\w)(?:ris\w*|rose|grew|grow\w*|increas\w*|jump\w*|climb\w*|gain\w*|raise\w*|up)(?!\w)",
                           re.IGNORECASE)


def _way_of(words: str) -> bool | None:
    """Return True where words give a rise, False a fall, None neither ("by" alone)."""
    return False if _FALLING.search(words) else True if _RISING.search(words) else None


@functools.lru_cache(maxsize=1 << 10)
def change_ends_of(text: str, language: str = "") -> tuple[tuple[Quantity, Quantity], ...]:
    """Return the starting level and the level reached of each change text gives as "from A to B", "to B from A" or
    "B, up (down) from A" (change_ends.py, direction.py read which)."""
    from .direction import levels_reached, levels_started  # direction.py reads attribution.py, which reads this
    mentions = [m for m in mentions_in(text, language) if m.kind == "figure"]
    reached, started = levels_reached(text, language), levels_started(text, language)
    pairs = []
    for first, second in zip(mentions, mentions[1:]):
        between = text[first.end:second.start].casefold()
        if "from" not in between and len(between) > 40:
            continue
        for a in first.quantities:
            for b in second.quantities:
                if a.unit != b.unit:
                    continue
                if a in started and b in reached and "to" in between.split():  # "from A to B"
                    pairs.append((a, b))
                elif a in reached and (b in started or re.search(r"\b(?:up|down)\s+from\s*$", between)):
                    pairs.append((b, a))  # "to B from A", "B, up from A"
    return tuple(pairs)
