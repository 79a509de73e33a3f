"""A figure the source sets aside, told as the figure: "Allo sciopero hanno aderito circa 1.250 lavoratori" may not
cite "hanno aderito allo sciopero circa 980 lavoratori, e non 1.250 come indicato dal sindacato", nor "Lo sciopero è
durato 72 ore" cite "è stato sospeso dopo 48 ore, invece delle 72 proclamate" (tests/test_newuser_99.py: the corrected
figure of a follow-up told as the earlier report gave it built, as 1.250 stands in the passage).

A passage sets a figure aside where it follows another figure and a few words, then "instead of", "rather than",
"not" (set off by a comma or "and"), Italian "invece di" (del, delle, ...), "anziché", "e non", Portuguese "em vez de",
"ao invés de", "e não", French "au lieu de", "et non", Spanish "en lugar de", "en vez de", "y no", German "statt",
"anstatt", "und nicht". A sentence stating such a figure, backed by no passage that gives it otherwise, is refused
unless it sets it aside as well, or gives the figure the passage keeps beside it ("Il sindacato aveva indicato 1.250
aderenti, ma ne hanno aderito 980"): it then tells both.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import Mention, find_mentions, mentions_in
from .sentences import markers_blanked

# What stands between the kept figure and the one set aside: up to four words (its unit, "lavoratori", "ore"), then
# the words that set it aside, then an article or a qualifier ("invece delle 72", "e non circa 1.250").
_SET_ASIDE = patterns.compile(
    r"^(?:\s*[^\W\d_][\w'’-]*){0,4}\s*(?:,\s*|\s+)(?:(?:and|e|et|y|und)\s+)?"
    r"(?:instead\s+of|rather\s+than|not|invece\s+d(?:i|el|ello|ella|ei|egli|elle|ell['’])|anziché"
    r"|non|em\s+vez\s+d[eoa]s?|ao\s+invés\s+d[eoa]s?|não|au\s+lieu\s+d(?:e|es|u)|plutôt\s+que|pas"
    r"|en\s+lugar\s+del?|en\s+vez\s+del?|no|statt|anstatt|anstelle\s+von|nicht)"
    r"(?:\s+(?:the|il|lo|la|i|gli|le|l['’]|dei|delle|os|as|o|a|les|le|la|el|los|las|der|die|das|den"
    r"|about|around|circa|cerca\s+de|environ|etwa|rund))?\s*$", re.IGNORECASE)
_MOST_BETWEEN = 80  # characters between the two figures: the pair is one phrase


def set_aside_told(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each figure of text, at `offset`, that every cited passage stating it sets aside for
    another ("980, e non 1.250"), where text neither sets it aside too nor gives the figure kept."""
    own = find_mentions(markers_blanked(text), language, prose=True)
    if not own:
        return []
    kept_by: dict[frozenset, set] = {}  # a figure set aside -> the figures kept beside it
    plain: set[frozenset] = set()  # figures some passage gives as its own
    for passage in passages:
        mentions = mentions_in(passage.text, passage.language)
        aside = _pairs(passage.text, mentions)
        for at, mention in enumerate(mentions):
            if at in aside:
                kept_by.setdefault(_values(mention), set()).add(_values(mentions[aside[at]]))
            else:
                plain.add(_values(mention))
    if not kept_by:
        return []
    own_aside = _pairs(text, own)
    stated = {_values(mention) for mention in own}
    findings = []
    for at, mention in enumerate(own):
        values = _values(mention)
        kept = kept_by.get(values)
        if not kept or values in plain or at in own_aside or stated & kept:
            continue
        findings.append(Finding(offset + mention.start, f'figure "{mention.text}" is the one its cited passages set '
                                                        f"aside for another: {clipped(text)}",
                                "give the figure the source keeps, or say it was set aside as the source does; or cite "
                                "a passage that gives this figure as its own"))
    return findings


def _pairs(text: str, mentions) -> dict[int, int]:
    """Return, for each mention text sets aside, the index of the mention kept before it."""
    return {at: at - 1 for at in range(1, len(mentions))
            if mentions[at].start - mentions[at - 1].end <= _MOST_BETWEEN
            and _SET_ASIDE.match(text[mentions[at - 1].end:mentions[at].start])}


def _values(mention: Mention) -> frozenset:
    """Return a mention's values, units aside: "1.250" and "1,250 workers" are one figure."""
    return frozenset(quantity.value for quantity in mention.quantities)
