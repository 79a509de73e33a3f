"""A thing kept on its side of a bound (a minimum or floor; a maximum, ceiling, cap or limit; a threshold; a target),
as its cited passages put it, read two ways (the two were written apart at once, as bound_sides.py and limit_sides.py):

1. A side said of a subject (`turned_bound_sides`): "The flow was above the treaty minimum" may not cite "found the
river's flow at the border below the minimum set by the treaty". comparatives.py reads "above" and "below" only before
a figure or after a level's verb ("was below"), so a passage's "found the flow ... below the minimum" was no
comparison, and "exceeded the minimum" none of its words. A side of a bound ("above", "over", "exceeded", "more than",
"beyond", "met" against "below", "under", "short of", "less than", "missed"; negated, "never fell below", it is the
other side) said of a bound of a kind is refused where the passages give the same kind of bound, of a subject the
sentence shares a word with, only on the other side. French ("au-dessus du minimum", "en dessous du plafond",
"inférieur au seuil", "dépasse la limite"), Spanish ("por encima del mínimo", "por debajo del máximo", "superó el
límite") and German ("über dem Mindestwert", "unter der Obergrenze", "überschritt den Grenzwert") are read alike.
Words in quotation marks are not (tests/test_factcheck_124.py).

2. A side said in a verb or a word near a limit's noun (`turned_limit_sides`, and `kept_by_negation` for
polarity.py): "Die Emissionen überschritten den Grenzwert" may not cite "Die Emissionen der Anlage blieben unter dem
Grenzwert", while "überschritten den Grenzwert nicht" restates it. A verb of exceeding ("exceeded", "überschritten",
"ont dépassé", "superaron") or a word of above ("above", "über dem", "au-dessus de", "por encima de") puts a thing
over a limit; a word of below ("below", "within", "unter", "sous", "por debajo de") under it, and a verb of falling
short of it ("unterschritten") too ("la limite supérieure", "under the plan" and "diskutierte über den Grenzwert" say
no side). Read where it stands within a few words of a limit's noun (limit, ceiling, threshold, target; Grenzwert,
Obergrenze; limite, seuil, plafond; límite, umbral, tope). A clause negated says the other side: "did not exceed the
limit" is "stayed below it", which polarity.py reads as no negation added; a clause not negated, on the other side of
the same limit from every cited passage's sentence that shares another of its words and names that limit, and on its
side in none, is refused. English, German, French and Spanish text is read; figures beside a target are
target_sides.py's (tests/test_factcheck_129.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .limit_levels import level_beyond_stated_limit
from .locale import base_language
from .sentences import inside, markers_blanked, split_sentences

_ABOVE = (r"above|over|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|topped|beyond|in\s+excess\s+of|(?:more|higher|greater)"
          r"\s+than|met|meets?|meeting"
          r"|au-dessus\s+(?:du|de\s+la|des)|sup[ée]rieure?s?\s+(?:au|à\s+la|aux)|d[ée]pass(?:e|é|ée|ait|ant|ent|er)"
          r"|por\s+encima\s+(?:del|de\s+la)|superiore?s?\s+(?:al|a\s+la)|super(?:ó|a|aba|aron|an|ado|ar)"
          # not "über den": as often what is spoken of ("diskutierte über den Grenzwert", as below)
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
_LEVEL = patterns.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?")  # a level a clause gives before its side
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
    figures: frozenset[str] = frozenset()


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
        same = [their for their in theirs if their.kind == side.kind and their.subject & side.subject
                and not _other_levels(side, their)]
        if same and not any(their.above == side.above for their in same):
            return [Finding(offset + side.start, f"this sentence says '{side.shown}' where its cited passages say "
                                                 f"'{same[0].shown}': {clipped(text)}",
                            "keep the level on the side of the bound the source gives, or cite the passage that "
                            "says this")]
    return level_beyond_stated_limit(text, passages, offset, language)  # newuser_126: 0.42 "below" a 0.13 limit


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
        figures = _levels(text[clause:match.start()])
        found.append(_Side(above, kind, subject, " ".join(match.group().split()), match.start(), figures))
    return tuple(found)


def _other_levels(side: _Side, theirs: _Side) -> bool:
    """Whether two sides are told of levels each clause gives as figures, none of them the same: "0.42 milligrams per
    litre ..., above the legal limit" is no other side of "a second sample ... contained 0.02 milligrams per litre,
    well below the limit", the units their only shared words (newuser_126)."""
    return bool(side.figures and theirs.figures and not side.figures & theirs.figures)


# The second reading: a side near a limit's noun, language by language (see the module)
_NEAR_ABOVE = {
    "en": r"exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|breach(?:es|ed|ing)?|overshot|overshoots?|above",
    # "über dem Grenzwert", a place; "über den Grenzwert" is as often what is spoken of ("diskutierte über")
    "de": r"überschr[ie]\w*|überst[ie]\w*|über\s+(?:dem|der)|oberhalb",
    # "supérieur à la limite"; "la limite supérieure" is a limit's name, no side
    "fr": r"dépass\w*|excéd\w*|au-dessus|au\s+dessus|supérieure?s?\s+(?:à|au|aux)",
    "es": r"super(?:a|an|ó|aron|ado|ada|ar|aba|aban|e|en)|exced\w*|sobrepas\w*|rebas\w*|(?:por\s+)?encima"
          r"|superior(?:es)?\s+al?",
}
_NEAR_BELOW = {
    "en": r"below|beneath|within",  # "under the plan, the cap ...": no side
    "de": r"unter|unterhalb|innerhalb|unterschr[ie]\w*",
    "fr": r"sous|en\s+dessous|en-dessous|en\s+deçà|inférieure?s?\s+(?:à|au|aux)",
    "es": r"(?:por\s+)?debajo|dentro|inferior(?:es)?\s+al?",
}
_NEAR_LIMITS = {
    "en": r"limits?|caps?|ceilings?|thresholds?|targets?|maximums?",
    "de": r"grenzwert\w*|obergrenze\w*|grenze|höchstwert\w*|schwellenwert\w*|zielwert\w*",
    "fr": r"limites?|seuils?|plafonds?|objectifs?|normes?",
    "es": r"límites?|umbral(?:es)?|techos?|topes?|objetivos?",
}
_NEAR_NEGATIONS = {
    "en": r"not|never|n['’]t|no",
    "de": r"nicht|nie|niemals|kein\w*",
    "fr": r"pas|jamais|ne|n['’]",
    "es": r"no|nunca",
}
_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
_EXCEEDING = patterns.compile(r"exceed|surpass|breach|overshoot|overshot", re.IGNORECASE)  # English's verbs of exceeding
_NEAR = 5  # words between a side's word and its limit's noun: "überschritten den zulässigen Grenzwert"


# each language's patterns of above, below, a limit and a negation, compiled once
_NEAR_READ = {language: tuple(patterns.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
                              for words in (_NEAR_ABOVE[language], _NEAR_BELOW[language], _NEAR_LIMITS[language],
                                            _NEAR_NEGATIONS[language]))
              for language in _NEAR_LIMITS}


def _limits_near(text: str, language: str) -> list[tuple[str, bool, bool, str]]:
    """Return each limit text names with a side: (its noun, True above or False below, negated, the side's word)."""
    language = base_language(language or "en")
    read = _NEAR_READ.get(language)
    if read is None:
        return []
    above, below, limit, negation = read
    found = []
    for noun in limit.finditer(text):
        near = text[_start_back(text, noun.start()):_end_on(text, noun.end())]
        if language.startswith("en") and any(character.isdigit() for character in near):
            continue  # "above the bank's 2% target": a figure's side, target_sides.py's
        sides = [(True, match.group()) for match in above.finditer(near)] \
            + [(False, match.group()) for match in below.finditer(near)]
        if len({side for side, _ in sides}) == 1:  # both sides ("from above to below the limit") say neither
            found.append((noun.group().casefold(), sides[0][0], bool(negation.search(near)), sides[0][1]))
    return found


def _start_back(text: str, at: int) -> int:
    """Return where the _NEAR words before `at` start."""
    words = list(_WORD.finditer(text, max(0, at - 80), at))
    return words[-_NEAR].start() if len(words) >= _NEAR else max(0, at - 80)


def _end_on(text: str, at: int) -> int:
    """Return where the three words after `at` end (a German verb put last: "den Grenzwert überschritten")."""
    words = list(_WORD.finditer(text, at, min(len(text), at + 60)))[:3]
    return words[-1].end() if words else at


def _levels(text: str) -> frozenset[str]:
    """Return the figures text gives, the levels it may tell a side of a limit of."""
    return frozenset(figure.replace(",", "") for figure in _LEVEL.findall(text))


def _content(text: str) -> set[str]:
    return {word.group().casefold() for word in _WORD.finditer(text) if len(word.group()) >= 5}


def kept_by_negation(negative: str, positive: str, language: str = "") -> bool:
    """Say whether a negative clause puts a thing on one side of a limit ("überschritten den Grenzwert nicht") that a
    positive clause puts on the other ("blieben unter dem Grenzwert"): the same, no negation added or dropped."""
    theirs = {(noun, side) for noun, side, negated, _ in _limits_near(positive, language) if not negated}
    return any((noun, not side) in theirs for noun, side, negated, _ in _limits_near(negative, language) if negated)


def turned_limit_sides(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text puts a thing on the other side of a limit from its cited passages, unnegated."""
    if base_language(language or "en") not in _NEAR_LIMITS:
        return []
    spoken = markers_blanked(text)
    mine = [(noun, side, word) for noun, side, negated, word in _limits_near(spoken, language) if not negated]
    if not mine:
        return []  # most sentences name no limit
    own = _content(spoken)
    levels = _levels(spoken)
    theirs: dict[tuple[str, bool], str] = {}
    for passage in passages:
        for sentence in split_sentences(passage.text, passage.language or language):
            if len(own & _content(sentence.text)) < 2:  # the limit's noun and another word: the same thing measured
                continue
            if levels and _levels(sentence.text) and not levels & _levels(sentence.text):
                continue  # another level measured: 0.42 "exceeded the legal limit", 0.02 "below the limit"
            for noun, side, negated, word in _limits_near(sentence.text, passage.language or language):
                theirs.setdefault((noun, side != negated), word)
    for noun, side, word in mine:
        other = theirs.get((noun, not side))
        if other and language.startswith("en") and not _EXCEEDING.match(word) and not _EXCEEDING.match(other):
            continue  # "above" of "below": opposites.py's pair, named once
        if (noun, side) not in theirs and other:
            return [Finding(offset, f"this sentence says '{word}' where its cited passages say '{other}' of the same "
                                    f"limit ('{noun}'): {clipped(text)}",
                            "keep the side of the limit the source gives, or cite the words that say what this says")]
    return []
