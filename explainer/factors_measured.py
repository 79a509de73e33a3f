"""A multiplier is not a measure: "The river rose by 3 times" may not cite "The river rose by 3 metres".

The figure check reads "3 times", "3-fold", "3x" and "twice" as the bare figures 3 and 2, which a passage's "3 metres"
or "2%" backed: a rise of 3 metres told as a tripling. A factor a change is by ("rose by 3 times", "grew three-fold",
"rose threefold", "increased 3x", "fell twice"; "a threefold rise"; French "a augmenté de 3 fois", Spanish "aumentó 3
veces", German "stieg um das 3-fache") is refused where its cited passages give its number only as a measure in a unit
("3 metres", "3%", "$3", "3 degrees") and never as a factor or a bare count ("3 times", "tripled", "3 villages").
A factor in words the figure check does not read ("threefold", "three-fold") must stand in a passage as a factor, a
number or the ratio of two levels it gives ("widened from 2 kilometres to 5" is no threefold widening). A factor that
compares ("twice the 2% target", "three times as many") is the ratio checks' (computed.py) to read; figures in
quotation marks are not read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .level_ratios import fits_a_ratio
from .numbers import mentions_in, unit_after
from .sentences import inside, markers_blanked

_SPELLED = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "twenty": 20, "hundred": 100}
_WORD = "|".join(_SPELLED)
# "3 times", "3.5 times", "3-fold", "3fold", "three-fold", "threefold", "3x", "twice", "thrice" and their French,
# Spanish and German forms after digits ("das 3-fache", "3fach")
_FACTOR = patterns.compile(
    rf"(?<![\w.,-])(?:(?P<digits>\d+(?:\.\d+)?)(?:\s+(?:times|fois|veces|mal)|\s*-?\s*(?:fold|fach|fache|fachen)|-mal|x)"
    rf"|(?P<word>{_WORD})(?:\s+times|-?fold))(?![\w-])|(?<![\w-])(?P<twice>twice|thrice)(?![\w-])", re.IGNORECASE)
# A change the factor is the size of, right before it ("rose by 3 times", "grew threefold", "a augmenté de 3 fois",
# "aumentó 3 veces", "stieg um das 3-fache") or after it ("a threefold rise", "a 3-fold increase")
_CHANGE_BEFORE = patterns.compile(
    r"(?<![\w-])(?:ros[e]|risen|rises?|rising|grew|grown|grows?|growing|increased|increases?|increasing|jumped|jumps?"
    r"|climbed|climbs?|soared|surged|swelled|fell|fallen|falls?|dropped|drops?|decreased|declined|shrank|multiplied"
    r"|widened|extended|expanded|enlarged|broadened|raised|lifted|boosted|cut|reduced|lowered|narrowed"
    r"|went\s+up|gone\s+up|augment[ée]e?s?|a\s+augment[ée]|aument[óo]|aumentaron|aumentado|multiplic[óo]"
    r"|stieg|gestiegen|steigt|wuchs|gewachsen)(?:\s+(?:by|de|en|um))?(?:\s+(?:about|around|roughly|nearly|almost"
    r"|more\s+than|over|some|das|el))?\s+$", re.IGNORECASE)
_CHANGE_AFTER = patterns.compile(r"\s+(?:rise|increase|jump|growth|surge|fall|drop|decrease|decline)(?!\w)",
                                 re.IGNORECASE)
# What a passage gives as a factor for the same number besides _FACTOR's forms: a change by a multiple
_MULTIPLE_VERBS = patterns.compile(r"(?<![\w-])(?P<verb>doubl|tripl|trebl|quadrupl|quintupl)(?:e|ed|es|ing)(?!\w)",
                                   re.IGNORECASE)
_VERB_FACTORS = {"doubl": 2, "tripl": 3, "trebl": 3, "quadrupl": 4, "quintupl": 5}
_MAY_SAY = ("times", "fold", "twice", "thrice")  # or a digit: "3 fois", "3x", "3-fache"


def factors_as_measures(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a factor of text whose number its passages give only as a measure in a unit."""
    folded = text.casefold()
    if not any(word in folded for word in _MAY_SAY) and not any(character.isdigit() for character in folded):
        return []  # most sentences say no factor
    spoken = markers_blanked(text)
    said = [match for match in _FACTOR.finditer(spoken) if not inside(quoted_parts(spoken), match.start())
            and (_CHANGE_BEFORE.search(spoken, max(0, match.start() - 40), match.start())
                 or _CHANGE_AFTER.match(spoken, match.end()))]
    for match in said:
        value = _value(match)
        if match["word"] and _unbacked(value, passages):
            shown = " ".join(match.group().split())
            return [Finding(offset + match.start(), f'change "{shown}" is not in the passages it cites: {clipped(text)}',
                            "give the source's own figure for the change, or cite the passage that says it")]
        measured = measured_only(value, passages)
        if measured:
            shown = " ".join(match.group().split())
            return [Finding(offset + match.start(),
                            f"this sentence gives {_plain(value)} as a multiple ('{shown}') where its cited passages "
                            f"give it as a measure ('{measured}'): {clipped(text)}",
                            "give the change in the source's unit, or cite a passage that gives the multiple")]
    return []


def _value(match: re.Match) -> Decimal:
    """Return the number a factor says: 3 for "3 times", "threefold" and "thrice"."""
    if match["digits"]:
        return Decimal(match["digits"])
    if match["word"]:
        return Decimal(_SPELLED[match["word"].casefold()])
    return Decimal(2 if match["twice"].casefold() == "twice" else 3)


def _unbacked(value: Decimal, passages: list[Cited]) -> bool:
    """Say whether no passage gives a factor in words ("threefold", which the figure check does not read) as a factor,
    a number or the ratio of two levels ("from 2 kilometres to 5": 2.5, no threefold)."""
    return not any(_value(match) == value for p in passages for match in _FACTOR.finditer(p.text)) and not any(
        _VERB_FACTORS[match["verb"].casefold()] == value for p in passages for match in _MULTIPLE_VERBS.finditer(p.text)) \
        and not any(quantity.value == value for p in passages for mention in mentions_in(p.text, p.language)
                    for quantity in mention.quantities) \
        and not fits_a_ratio(value, None, tuple((p.text, p.language) for p in passages))


def measured_only(value: Decimal, passages: list[Cited]) -> str:
    """Return how a passage gives `value` in a unit ("3 metres"), where every passage giving it gives it so; else
    ""."""
    measured = ""
    for passage in passages:
        text = passage.text
        if any(_value(match) == value for match in _FACTOR.finditer(text)) or any(
                _VERB_FACTORS[match["verb"].casefold()] == value for match in _MULTIPLE_VERBS.finditer(text)):
            return ""  # the passage gives the factor itself
        for mention in mentions_in(text, passage.language):
            if mention.kind != "figure" or not any(quantity.value == value for quantity in mention.quantities):
                continue
            unit = unit_after(text, mention.start, mention.end)
            if unit is None and not any(quantity.unit for quantity in mention.quantities):
                return ""  # a bare count: "3 villages"
            measured = measured or _as_given(text, mention)
    return measured


def _as_given(text: str, mention) -> str:
    """Return a measured figure as its passage writes it, with the unit word after it: "3 metres", "$3", "3%"."""
    word = _UNIT_WORD.match(text, mention.end) if mention.text[-1:].isdigit() else None
    return mention.text + (word.group() if word else "")


_UNIT_WORD = patterns.compile(r"[ \u00a0]?[^\W\d_][\w/-]*")


def _plain(value: Decimal) -> str:
    return f"{value.normalize():f}"
