"""A limit's side kept, in a verb or a word: "Die Emissionen überschritten den Grenzwert" may not cite "Die Emissionen
der Anlage blieben unter dem Grenzwert", while "überschritten den Grenzwert nicht" restates it.

A verb of exceeding ("exceeded", "überschritten", "ont dépassé", "superaron") or a word of above ("above", "über dem",
"au-dessus de", "por encima de") puts a thing over a limit; a word of below ("below", "within", "unter", "sous", "por
debajo de") under it, and a verb of falling short of it ("unterschritten") too ("la limite supérieure", "under the
plan" and "diskutierte über den Grenzwert" say no side). Read where it stands
within a few words of a limit's noun (limit, ceiling, threshold, target; Grenzwert, Obergrenze; limite, seuil,
plafond; límite, umbral, tope). A clause negated says the other side: "did not exceed the limit" is "stayed below it",
which polarity.py reads as no negation added (`kept_by_negation`); a clause not negated, on the other side of the same
limit from every cited passage's sentence that shares another of its words and names that limit, and on its side in
none, is refused (`turned_limit_sides`). English, German, French and Spanish text is read; figures beside a target are
target_sides.py's (tests/test_factcheck_129.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .locale import base_language
from .sentences import markers_blanked, split_sentences

_ABOVE = {
    "en": r"exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|breach(?:es|ed|ing)?|overshot|overshoots?|above",
    # "über dem Grenzwert", a place; "über den Grenzwert" is as often what is spoken of ("diskutierte über")
    "de": r"überschr[ie]\w*|überst[ie]\w*|über\s+(?:dem|der)|oberhalb",
    # "supérieur à la limite"; "la limite supérieure" is a limit's name, no side
    "fr": r"dépass\w*|excéd\w*|au-dessus|au\s+dessus|supérieure?s?\s+(?:à|au|aux)",
    "es": r"super(?:a|an|ó|aron|ado|ada|ar|aba|aban|e|en)|exced\w*|sobrepas\w*|rebas\w*|(?:por\s+)?encima"
          r"|superior(?:es)?\s+al?",
}
_BELOW = {
    "en": r"below|beneath|within",  # "under the plan, the cap ...": no side
    "de": r"unter|unterhalb|innerhalb|unterschr[ie]\w*",
    "fr": r"sous|en\s+dessous|en-dessous|en\s+deçà|inférieure?s?\s+(?:à|au|aux)",
    "es": r"(?:por\s+)?debajo|dentro|inferior(?:es)?\s+al?",
}
_LIMITS = {
    "en": r"limits?|caps?|ceilings?|thresholds?|targets?|maximums?",
    "de": r"grenzwert\w*|obergrenze\w*|grenze|höchstwert\w*|schwellenwert\w*|zielwert\w*",
    "fr": r"limites?|seuils?|plafonds?|objectifs?|normes?",
    "es": r"límites?|umbral(?:es)?|techos?|topes?|objetivos?",
}
_NEGATIONS = {
    "en": r"not|never|n['’]t|no",
    "de": r"nicht|nie|niemals|kein\w*",
    "fr": r"pas|jamais|ne|n['’]",
    "es": r"no|nunca",
}
_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
_VERB = patterns.compile(r"exceed|surpass|breach|overshoot|overshot", re.IGNORECASE)  # English's verbs of exceeding
_NEAR = 5  # words between a side's word and its limit's noun: "überschritten den zulässigen Grenzwert"


# each language's patterns of above, below, a limit and a negation, compiled once
_READ = {language: tuple(patterns.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
                         for words in (_ABOVE[language], _BELOW[language], _LIMITS[language], _NEGATIONS[language]))
         for language in _LIMITS}


def _sides(text: str, language: str) -> list[tuple[str, bool, bool, str]]:
    """Return each limit text names with a side: (its noun, True above or False below, negated, the side's word)."""
    language = base_language(language or "en")
    read = _READ.get(language)
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


def _content(text: str) -> set[str]:
    return {word.group().casefold() for word in _WORD.finditer(text) if len(word.group()) >= 5}


def kept_by_negation(negative: str, positive: str, language: str = "") -> bool:
    """Say whether a negative clause puts a thing on one side of a limit ("überschritten den Grenzwert nicht") that a
    positive clause puts on the other ("blieben unter dem Grenzwert"): the same, no negation added or dropped."""
    theirs = {(noun, side) for noun, side, negated, _ in _sides(positive, language) if not negated}
    return any((noun, not side) in theirs for noun, side, negated, _ in _sides(negative, language) if negated)


def turned_limit_sides(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text puts a thing on the other side of a limit from its cited passages, unnegated."""
    if base_language(language or "en") not in _LIMITS:
        return []
    spoken = markers_blanked(text)
    mine = [(noun, side, word) for noun, side, negated, word in _sides(spoken, language) if not negated]
    if not mine:
        return []  # most sentences name no limit
    own = _content(spoken)
    theirs: dict[tuple[str, bool], str] = {}
    for passage in passages:
        for sentence in split_sentences(passage.text, passage.language or language):
            if len(own & _content(sentence.text)) < 2:  # the limit's noun and another word: the same thing measured
                continue
            for noun, side, negated, word in _sides(sentence.text, passage.language or language):
                theirs.setdefault((noun, side != negated), word)
    for noun, side, word in mine:
        other = theirs.get((noun, not side))
        if other and language.startswith("en") and not _VERB.match(word) and not _VERB.match(other):
            continue  # "above" of "below": opposites.py's pair, named once
        if (noun, side) not in theirs and other:
            return [Finding(offset, f"this sentence says '{word}' where its cited passages say '{other}' of the same "
                                    f"limit ('{noun}'): {clipped(text)}",
                            "keep the side of the limit the source gives, or cite the words that say what this says")]
    return []
