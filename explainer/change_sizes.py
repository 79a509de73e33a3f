"""A change's size reckoned from its two ends: "rose by 15 percentage points" of a passage's "from 10% to 25%".

"Analysts said the average tariff would rise by 9 percentage points" citing "the average tariff ... would rise to 18%
from 9%", and "Steel imports rose by $1.1bn" citing "$4.2bn last year, up from $3.1bn", were refused ("figure "9" is
not in the passages"): a trade reporter's plain arithmetic. A figure given as a change's size (a word of rise or fall
right before it, "rose by", "an increase of", "up", "cut") may be the difference of the two ends of a change a cited
passage gives ("from A to B", "to B from A", "B, up from A", "about B residents have now been told to leave their
homes, up from about A"), in the same unit, or in percentage points of two
percentages; never a percentage of them ("rose by 15%" of "from 10% to 25%" is refused as before), and a difference of
figures the passage does not give as one change's ends is not read so (tests/test_newuser_46.py).
"""

from __future__ import annotations

import functools
import re

from . import change_sizes_german, change_sizes_romance, patterns
from .change_bases import ends_by_base
from .change_ends_told import told_change
from .change_owners import others_ends
from .compared_ends import compared_ends
from .level_ratios import TO_BEFORE
from .levels_apart import levels_apart
from .relative_changes import changes_of, fits
from .numbers import PERCENTAGE_POINT, Quantity, is_year, mentions_in

# a change's size right after its word: "rose by", "an increase of", "up", "cut ... by about"
_SIZE_BEFORE = patterns.compile(
    r"(?<!\w)(?:(?:rose|rise|rises|risen|rising|grew|grow|grows|increased?|increases|jumped|jump|jumps|climbed|climb"
    r"|gained|gain|fell|fall|falls|fallen|dropped|drop|drops|declined?|declines|decreased?|decreases|shrank|shrinks?"
    # a count lost or gained: "Labour has lost nine seats" of "won 17 seats, down from 26" (tests/test_counts_lost.py)
    r"|lost|lose|loses|losing|gains|gaining"
    r"|shrunk|slid"
    r"|eased|eases?|slowed|slows?|slipped|slips?|edged\s+(?:up|down)"
    r"|raised?|raises|lowered|lower|cut|cuts|reduced?|reduces)(?:\s+by)?|(?:an?\s+)?(?:increase|rise|jump|gain|drop"
    r"|fall|decline|decrease|cut|reduction)\s+of|by|up|down)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+"
    r"|around\s+)?$", re.IGNORECASE)
# the same size given again after its percentage: "would grow by 2.1%, or $6.4 million", "up 4 per cent, or 900"
# (or its noun after it: "a 2.1% increase, or $6.4 million")
_SIZE_THEN_OR = patterns.compile(
    r"(?:" + _SIZE_BEFORE.pattern[:-1] + r"\d[\d.,]*\s*(?:%|per\s*cent|percent|pc)|(?<!\w)an?\s+\d[\d.,]*\s*(?:%|per\s*cent"
    r"|percent|pc)\s+(?:increase|rise|jump|gain|drop|fall|decline|decrease|cut|reduction))\s*,?\s+or\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?$", re.IGNORECASE)
_POINTS_AFTER = patterns.compile(r"\s*(?:percentage\s+)?points?(?!\w)", re.IGNORECASE)
# a passage's change between two ends, looked for as text; two levels set side by side: compared_ends.py
_MAY_CHANGE = ("from", "up", "down", "compared", "against", "versus", "vs")


def change_of_ends(quantities: tuple[Quantity, ...], sentence: str, start: int, end: int, passages) -> bool:
    """Say whether the figure at `start`..`end` of sentence is given as a change's size that is the difference of the
    two ends of a change a passage gives, in its unit (percentage points of two percentages)."""
    if any(q.unit == "%" or (not q.unit and 0 < q.value < 1) for q in quantities) \
            and _relative_size(quantities, sentence, start, end, passages):
        return True  # "rose by 53%" of "to 312 from 204": relative_changes.py
    if any(q.unit == "%" for q in quantities) and (
            change_sizes_german.relative_change_of_ends(quantities, sentence, start, end, passages)
            or change_sizes_romance.relative_change_of_ends(quantities, sentence, start, end, passages)):
        return True  # "stieg um etwa 144 %", "a augmenté d'environ 144 %": read as English's (factcheck_141)
    said = _SIZE_BEFORE.search(sentence, max(0, start - 40), start) \
        or _SIZE_THEN_OR.search(sentence, max(0, start - 80), start)  # its share's word is the figure's too
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
               for passage in passages for start_level, reached in _ends_given(passage)
               if start_level.unit == reached.unit == unit) \
        or (not points and told_change(quantities, sentence, end, way, passages, others)) \
        or levels_apart(wanted, unit, sentence, _way_of(sentence[max(0, start - 40):start]) if way is None else way,
                        passages, others)  # each end in a sentence of its own: levels_apart.py


def _ends_given(passage) -> tuple[tuple[Quantity, Quantity], ...]:
    """Return the start and the level reached of each change a passage gives: by its two ends, or by a percentage of
    its base with the level it reaches beside it (change_bases.py)."""
    ends = (change_ends_of(passage.text, passage.language)
            if any(word in passage.text.casefold() for word in _MAY_CHANGE) else ())
    return ends + ends_by_base(passage.text, passage.language)


# a share a change is by, right before its figure: "rose by 53%", "cut ... by about a third", "an increase of 33%"
_SHARE_BEFORE = patterns.compile(r"(?<!\w)(?:by|up|down|(?:increase|rise|jump|gain|drop|fall|decline|decrease|cut"
                                 r"|reduction)\s+of|rose|rises|risen|grew|grows|grown|increased|fell|falls|fallen"
                                 r"|dropped|declined|decreased|jumped|climbed|slipped|slid|shrank|shrinks?|shrunk"
                                 r"|gained)\s+"
                                 r"(?:(?P<qualifier>about|some|roughly|around|approximately|nearly|almost|just\s+under"
                                 r"|more\s+than|just\s+over|over|less\s+than|under)\s+)?$",
                                 re.IGNORECASE)
# a change's share said before its noun: "a 144% rise", "an about 59% fall", "a 20 per cent drop"
_A_BEFORE = patterns.compile(r"(?<!\w)an?\s+(?:(?P<qualifier>about|some|roughly|around|approximately|nearly|almost"
                             r"|just\s+under|more\s+than|just\s+over|over|less\s+than|under)\s+)?$", re.IGNORECASE)
_CHANGE_NOUN_AFTER = patterns.compile(r"\s*(?:per\s*cent|percent)?[\s-]+(?P<noun>rise|increase|jump|gain|surge|climb"
                                      r"|growth|drop|fall|decline|decrease|cut|reduction|slump)(?!\w)", re.IGNORECASE)
_SHARE_QUALIFIERS = {"about": "about", "some": "about", "roughly": "about", "around": "about", "approximately": "about",
                     "nearly": "nearly", "almost": "nearly", "just under": "nearly", "more than": "more",
                     "just over": "more", "over": "more", "less than": "less", "under": "less"}
_WAY_BEFORE = 80  # characters before a change's size read for its verb: "cut the risk of a second heart attack by"


def _relative_size(quantities: tuple[Quantity, ...], sentence: str, start: int, end: int, passages) -> bool:
    """Say whether a percentage at `start` of sentence (or a fraction in words, "two-fifths"), given as a change's size,
    is the share of its start of a change a passage gives by its two ends, the way it goes (relative_changes.py)."""
    said = _SHARE_BEFORE.search(sentence, max(0, start - 40), start)
    noun = _CHANGE_NOUN_AFTER.match(sentence, end) if said is None else None
    if noun is not None:  # "saw a 144% rise", "a roughly 59% drop": the share before its noun (factcheck_141)
        said = _A_BEFORE.search(sentence, max(0, start - 40), start)
    if said is None:
        return False
    qualifier = _SHARE_QUALIFIERS.get(" ".join((said["qualifier"] or "").lower().split()), "")
    way = _way_of(noun["noun"] if noun else sentence[max(0, start - _WAY_BEFORE):said.end()])
    in_words = any(character.isalpha() for character in sentence[start:end])
    shares = [(q.value, True) for q in quantities if q.unit == "%"] + [
        (q.value * 100, False) for q in quantities if in_words and not q.unit and 0 < q.value < 1]
    others = others_ends(sentence, start, end, passages)  # another side's change backs none of this one's
    return any(fits(value, qualifier, change.percent, exact) and way in (None, change.rising)
               and change.start not in others and change.reached not in others
               for value, exact in shares for change in relative_changes_given(passages))


def relative_changes_given(passages) -> list:
    """Return each change the passages give by its two ends, with its size as a share of its start."""
    return [change for passage in passages if any(word in passage.text.casefold() for word in _MAY_CHANGE)
            for change in changes_of(change_ends_of(passage.text, passage.language))]


_FALLING = patterns.compile(r"(?<!\w)(?:f[ae]ll\w*|drop\w*|declin\w*|decreas\w*|shrank|shrink\w*|shrunk|slid|lower\w*"
                            r"|lost|lose|loses|losing"
                            r"|cuts?|reduc\w*"
                            r"|eas(?:e|es|ed|ing)|slow\w*|slip\w*"
                            r"|down)(?!\w)", re.IGNORECASE)
_RISING = patterns.compile(r"(?<!\w)(?:ris\w*|rose|grew|grow\w*|increas\w*|jump\w*|climb\w*|gain\w*|raise\w*|up)(?!\w)",
                           re.IGNORECASE)


def _way_of(words: str) -> bool | None:
    """Return True where words give a rise, False a fall, None neither ("by" alone)."""
    return False if _FALLING.search(words) else True if _RISING.search(words) else None


_IN_BEFORE = patterns.compile(r"(?<!\w)in\s+$", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 10)
def change_ends_of(text: str, language: str = "") -> tuple[tuple[Quantity, Quantity], ...]:
    """Return the starting level and the level reached of each change text gives as "from A to B", "to B from A" or
    "B, up (down) from A" (change_ends.py, direction.py read which)."""
    from .direction import levels_reached, levels_started  # direction.py reads attribution.py, which reads this
    # "from 1.2 million in 2000 to 1.8 million in 2020": a year after "in" dates an end, no end itself
    mentions = [m for m in mentions_in(text, language) if m.kind == "figure"
                and not (is_year(text[m.start:m.end]) and _IN_BEFORE.search(text, max(0, m.start - 4), m.start))]
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
                elif _LONG_UP_FROM.fullmatch(between):
                    # "about 11,000 residents have now been told to leave their homes, up from about 4,500": more
                    # words of what it counts than direction.py reads a level by, and a start hedged (factcheck_129)
                    pairs.append((b, a))
                elif between.strip() == "from" and TO_BEFORE.search(text, max(0, first.start - 4), first.start):
                    pairs.append((b, a))  # "raised tariffs on steel from Southland to 25% from 10%": no verb near
                elif (ends := compared_ends(text, first, second, between, a, b)) is not None:
                    pairs.append(ends)  # "$5.1 billion in 2025, compared with $4.8 billion in 2024" (compared_ends.py)
                elif (hedged := _HEDGED_FROM.search(text, max(0, first.start - 24), first.start)) \
                        and _HEDGED_TO.fullmatch(between) and (hedged["hedge"] or _HEDGED_TO.fullmatch(between)["hedge"]) \
                        and _way_of(text[max(0, hedged.start() - 60):hedged.start()]) is not None:
                    # "rose from about 2,500 last year to roughly 6,100 now": hedged ends are a change's ends still,
                    # which direction.py reads of plain ones only (tests/test_factcheck_141.py)
                    pairs.append((a, b))
                elif _DATED_ENDS.fullmatch(between) and _FROM_OR_TO.search(text, max(0, first.start - 6), first.start):
                    # "from A in 2000 to B in 2020" (direction.py reads no level dated so), "to B in 2020 from A"
                    pairs.append((a, b) if between.split()[-1] == "to" else (b, a))
    return tuple(pairs)


# what stands between a level reached and its start told after it: "11,000| residents have now been told to leave
# their homes, up from about |4,500" (a clause of words, no figure, then the start, hedged or not)
_LONG_UP_FROM = patterns.compile(r"(?:\s+[^\W\d][\w'’-]*){0,12},\s+(?:up|down)\s+from\s+(?:(?:about|around|roughly|some"
                                 r"|approximately|nearly|almost)\s+)?")
_ROUGHLY = r"(?:about|around|roughly|some|approximately|nearly|almost)"
# "from about 2,500 last year to roughly 6,100": a change's hedged ends, a few words of when between them
_HEDGED_FROM = patterns.compile(rf"(?<!\w)from\s+(?:(?P<hedge>{_ROUGHLY})\s+)?$", re.IGNORECASE)
_HEDGED_TO = patterns.compile(rf"(?:\s+[^\W\d][\w'’-]*){{0,3}}\s+to\s+(?:(?P<hedge>{_ROUGHLY})\s+)?", re.IGNORECASE)
# the words between a change's two ends, each dated: "1.2 million| in 2000 to |1.8 million", after "from" (or "to")
_DATED_ENDS = patterns.compile(r"\s+in\s+(?:19|20)\d\d,?\s+(?:to|from)\s+")
_FROM_OR_TO = patterns.compile(r"(?<!\w)(?:from|to)\s+$", re.IGNORECASE)
