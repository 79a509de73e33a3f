"""A level kept on its side of a minimum or maximum: "The flow was above the treaty minimum" may not cite "found the
river's flow at the border below the minimum set by the treaty".

comparatives.py reads "above" and "below" only before a figure or after a level's verb ("was below"), so a passage's
"found the flow ... below the minimum" was no comparison, and "exceeded the minimum" none of its words. A side of a
bound ("above", "over", "exceeded", "more than", "beyond", "met" against "below", "under", "short of", "less than",
"missed"; negated, "never fell below", it is the other side) said of a bound of a kind (a minimum or floor; a maximum,
ceiling, cap or limit; a threshold; a target) is refused where the passages give the same kind of bound, of a
subject the sentence shares a word with, only on the other side. French ("au-dessus du minimum", "en dessous du
plafond", "inférieur au seuil", "dépasse la limite"), Spanish ("por encima del mínimo", "por debajo del máximo",
"superó el límite") and German ("über dem Mindestwert", "unter der Obergrenze", "überschritt den Grenzwert") are read
alike. Words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

_ABOVE = (r"above|over|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|topped|beyond|in\s+excess\s+of|(?:more|higher|greater)"
          r"\s+than|met|meets?|meeting"
          r"|au-dessus\s+(?:du|de\s+la|des)|sup[ée]rieure?s?\s+(?:au|à\s+la|aux)|d[ée]pass(?:e|é|ée|ait|ant|ent|er)"
          r"|por\s+encima\s+(?:del|de\s+la)|superiore?s?\s+(?:al|a\s+la)|super(?:ó|a|aba|aron|an|ado|ar)"
          # not "über den": as often what is spoken of ("diskutierte über den Grenzwert", limit_sides.py)
          r"|über\s+(?:dem|der)|oberhalb\s+(?:des|der)|überschr(?:itt|itten|eitet|eiten)")
_BELOW = (r"below|under|beneath|short\s+of|(?:less|lower|fewer)\s+than|miss(?:ed|es)?"
          r"|en\s+dessous\s+(?:du|de\s+la|des)|en\s+deçà\s+(?:du|de\s+la|des)|inf[ée]rieure?s?\s+(?:au|à\s+la|aux)"
          r"|por\s+debajo\s+(?:del|de\s+la)|inferiore?s?\s+(?:al|a\s+la)"
          r"|unter\s+(?:dem|der|den)|unterhalb\s+(?:des|der)|unterschr(?:itt|itten|eitet|eiten)")
# Each bound's kind by its word: a German compound by its first part ("Mindestabfluss", "Höchstwert")
_KINDS = {"minimum": "minimum", "minima": "minimum", "floor": "minimum", "plancher": "minimum", "mínimo": "minimum",
          "mindest": "minimum", "untergrenze": "minimum",
          "maximum": "maximum", "maxima": "maximum", "ceiling": "maximum", "cap": "maximum", "limit": "maximum",
          "plafond": "maximum", "limite": "maximum", "máximo": "maximum", "tope": "maximum", "límite": "maximum",
          "höchst": "maximum", "obergrenze": "maximum", "grenzwert": "maximum",
          "threshold": "threshold", "seuil": "threshold", "umbral": "threshold", "schwelle": "threshold",
          "target": "target", "objectif": "target", "objetivo": "target", "zielwert": "target"}
# a figure a level is told against ("below the 280 cubic metres per second that the treaty requires") is a bound of
# its own: "above the 280" may not cite it
_BOUND = (r"\d[\d,]*(?:\.\d+)?|minim(?:um|a)|floor|maxim(?:um|a)|ceiling|cap|limit|threshold|target|plancher|plafond|limite|seuil"
          r"|objectif|m[íi]nimo|m[áa]ximo|tope|l[íi]mite|umbral|objetivo|(?:mindest|höchst)\w*|untergrenze|obergrenze"
          r"|grenzwert\w*|schwelle\w*|zielwert\w*")
# between the side and the bound, a few words that name it ("the treaty's", "the two countries' legal"), no other
# phrase ("over the past year the minimum" is a period): no preposition or article after the first
_BETWEEN = r"(?:(?:the|a|an|its|their|this|that|le|la|el|los|las|dem|der|den|die|das)\s+)?" \
           r"(?:(?!(?:the|a|an|of|in|on|at|for|to|by|past|last|next|year|years|week|month|day|de|du|en)\s)[\w'’-]+\s+){0,3}?"
_SIDE = patterns.compile(rf"(?<![\w-])(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW}))\s+{_BETWEEN}(?P<bound>{_BOUND})s?"
                         r"(?![\w-])", re.IGNORECASE)
# a negation a few words before the side turns it: "never fell below the minimum" is at or above it
_NEGATED = patterns.compile(r"(?<![\w-])(?:not|never|n['’]t|no\s+longer|nicht|nie|kein\w*|no|nunca|jamais|pas)\s+"
                            r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_NEGATED_WITHIN = patterns.compile(r"(?<![\w-])(?:pas|nicht|not)(?![\w-])", re.IGNORECASE)
_NOT_AFTER = patterns.compile(r"\s+(?:nicht|nie)(?![\w-])", re.IGNORECASE)
# a figure named as a known level: "above the 280", "below the 5%", "exceeded the $4 million"
_FIGURE_BOUND = patterns.compile(r"(?:above|over|below|under|beneath|exceed(?:ed|s|ing)?)\s+the\s+[$£€]?", re.IGNORECASE)
_FIGURE_SIDE = patterns.compile(r"(?<![\w-])(?:above|below|over|under|beneath|exceed\w*)\s+the\s")
_WORDS = patterns.compile(r"[^\W\d_]{4,}")
_NOT_SUBJECT = frozenset({"that", "this", "said", "says", "found", "with", "from", "have", "were", "been", "will",
                          "would", "could", "which", "their", "there", "they", "also", "still", "remained", "stayed",
                          "treaty", "legal", "level", "levels"})
# where the words a side is told of start, read back from it: its sentence ("The flow was 272 cubic metres per second,
# above the 280" tells it of the flow), or the clause after "but", "while", "whereas"
_CLAUSE_START = patterns.compile(r"[;:!?()]|\.(?!\d)|(?<!\w)(?:but|while|whereas|although)(?!\w)", re.IGNORECASE)
_MAY_SAY = ("minim", "floor", "maxim", "ceiling", "cap", "limit", "threshold", "target", "plancher", "plafond", "seuil",
            "objectif", "mínimo", "máximo", "tope", "límite", "umbral", "objetivo", "mindest", "höchst", "grenze",
            "grenzwert", "schwelle", "zielwert")


class _Side(NamedTuple):
    """A side of a bound said in text: above (True) or below, its kind, the words before it and as written."""

    above: bool
    kind: str
    subject: frozenset[str]
    shown: str
    start: int


def turned_bound_sides(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text puts a level on the other side of a bound than its passages do (see the module)."""
    folded = text.casefold()
    if not any(word in folded for word in _MAY_SAY) and not (
            any(character.isdigit() for character in folded) and _FIGURE_SIDE.search(folded)):
        return []  # most sentences name no bound
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    said = [side for side in _sides(spoken) if not inside(quoted, side.start)]
    theirs = [side for passage in passages for side in _sides(passage.text)] if said else []
    for side in said:
        same = [their for their in theirs if their.kind == side.kind and their.subject & side.subject]
        if same and not any(their.above == side.above for their in same):
            return [Finding(offset + side.start, f"this sentence says '{side.shown}' where its cited passages say "
                                                 f"'{same[0].shown}': {clipped(text)}",
                            "keep the level on the side of the bound the source gives, or cite the passage that "
                            "says this")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _sides(text: str) -> tuple[_Side, ...]:
    """Return each side of a bound text says, with the words of its clause before it."""
    found = []
    for match in _SIDE.finditer(text):
        bound = match["bound"].casefold()
        if bound[:1].isdigit() and not _FIGURE_BOUND.fullmatch(text, match.start(), match.start("bound")):
            continue  # "more than 300", "above 5%": a figure's qualifier, the figure checks' to read
        kind = f"figure {bound.replace(',', '')}" if bound[:1].isdigit() else _KINDS.get(bound) or _KINDS.get(bound.rstrip("s")) or next(
            (kind for stem, kind in _KINDS.items() if bound.startswith(stem)), None)
        if kind is None:
            continue
        above = bool(match["above"])
        if match["above"] and match["above"].casefold().startswith("me") and kind == "maximum":
            continue  # "met the limit" says nothing of a side of a cap
        if (_NEGATED.search(text, max(0, match.start() - 30), match.start())
                or _NEGATED_WITHIN.search(match.group()) or _NOT_AFTER.match(text, match.end())):
            above = not above  # "ne dépasse pas le plafond", "überschritt den Grenzwert nicht"
        clause = max([max(0, match.start() - 120)] + [start.end() for start in _CLAUSE_START.finditer(
            text, max(0, match.start() - 120), match.start())])
        subject = frozenset(word.casefold() for word in _WORDS.findall(text, clause, match.start())) - _NOT_SUBJECT
        found.append(_Side(above, kind, subject, " ".join(match.group().split()), match.start()))
    return tuple(found)
