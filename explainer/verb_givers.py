"""A count's giver named as the subject of a verb of counting or claiming: "L'intersyndicale a revendiqué pour sa part
3,5 millions de manifestants", "Le cabinet Occurrence ... a dénombré 57 000 manifestants".

according_to.py holds a figure to the giver a passage names after "selon", "según", "laut" or "according to", and
read no giver named by a verb: "Selon le ministère de l'Intérieur, 3,5 millions de personnes ont manifesté" built
citing "1,08 million ... selon le ministère de l'Intérieur. L'intersyndicale a revendiqué pour sa part 3,5 millions",
the unions' count told as the ministry's, as the ministry is named in the passage. A clause opening with its subject
(a common noun after an article, up to four more words, and an aside between commas) and going on with a verb that
gives a count as its subject's own (French "a revendiqué", "a dénombré", "a compté", "a recensé", "annonce", "fait
état de", "avançait"; Spanish "reivindicó", "contabilizó", "cifró", "habló de"; German "zählte", "sprach von",
"bezifferte"; English "claimed", "counted", "tallied") names that subject as the giver, matched with the groups
according_to.py reads (tests/test_newuser_109.py).
"""

from __future__ import annotations

import re

from . import patterns
from .numbers import mentions_in
from .sentences import folded_word, split_sentences

_VERBS = (r"(?:a|ont|avait|avaient)\s+(?:revendiqué|dénombré|compté|recensé|avancé|chiffré|annoncé|fait\s+état"
          r"|(?:affirmé|assuré|dit|déclaré)\s+(?:compter|avoir\s+compté|recenser|avoir\s+recensé))"
          r"|revendiqu(?:e|ent|ait|aient)|dénombr(?:e|ent|ait)|recens(?:e|ent|ait)|avan(?:ce|cent|çait|çaient)"
          r"|annon(?:ce|cent|çait)|fai(?:t|sait|saient)\s+état|chiffr(?:e|ent|ait)"
          r"|reivindic(?:a|ó|aba)|contabiliz(?:a|ó|aba)|cifr(?:a|ó|aba)|habl(?:a|ó)\s+de"
          r"|(?:ha|han)\s+(?:contabilizado|cifrado|reivindicado)"
          r"|zählte|zählten|sprach\s+von|sprachen\s+von|bezifferte|bezifferten|reklamierte|reklamierten"
          r"|claimed|counted|tallied")
# anchored at the clause's start (its sentence's, or after "tandis que", "while", ...), so read once per clause
_SUBJECT = patterns.compile(
    r"(?:^\s*|(?<=\s)(?:tandis\s+que|alors\s+que|while|whereas|mientras\s+que|während)\s+)"
    r"(?:(?P<article>les|le|la|the|los|las|el|der|die|das)\s+|(?P<elided>l['’])\s*)(?P<own>(?!))?"
    r"(?P<who>[^\W\d_][\w-]*)(?P<next>\s+[^\W\d_][\w-]*)?(?:\s+[^\W\d_][\w'’-]*){0,3}"
    r"(?:\s*,[^.;:!?,]{1,120},)?\s+(?:" + _VERBS + r")(?!\w)", re.IGNORECASE)
_GATE = patterns.compile(r"(?<!\w)(?:" + _VERBS + r")(?!\w)", re.IGNORECASE)
_ELIDED = patterns.compile(r"^(?:l|d|qu)['’]")
_CLAUSE_OPENING = patterns.compile(r"(?<=\s)(?:tandis|alors|while|whereas|mientras|während)\s", re.IGNORECASE)


# A figure's giver named in a relative clause after it: "not the 27,800 tonnes Norland cites", "fewer than the 150 the
# association had announced" give the figure to Norland, to the association (tests/test_factcheck_174.py)
_RELATIVE_VERBS = (r"(?:had\s+|has\s+|have\s+)?(?:cites|cited|cite|announced|announces|claimed|claims|claim|counted"
                   r"|counts|reported|reports|gave|gives|estimated|estimates|forecast|expected|predicted)")
_RELATIVE = patterns.compile(
    r"(?<!\w)the\s+(?P<figure>\d[\d,.]*(?:\s+(?:percent|per\s+cent|million|billion|tonnes|tons|boats|people))?)"
    r"\s+(?:that\s+|which\s+)?(?:(?P<article>the)\s+)?(?P<own>(?!))?(?P<who>[^\W\d_][\w-]*)"
    r"(?P<next>\s+(?!(?:had|has|have)\s)[^\W\d_][\w-]*)?\s+" + _RELATIVE_VERBS + r"(?!\w)", re.IGNORECASE)
_RELATIVE_GATE = patterns.compile(r"(?<!\w)" + _RELATIVE_VERBS + r"(?!\w)", re.IGNORECASE)


def names_by_verb(text: str) -> bool:
    """Say whether text holds a verb of counting or claiming, which may name a giver (before or after its figure)."""
    return _GATE.search(text) is not None or _RELATIVE_GATE.search(text) is not None


def relative_givers(text: str) -> list[re.Match]:
    """Return the givers text names in a relative clause right after a figure ("the 150 the association had
    announced"), in according_to.py's groups (`who`, `next`, `own`, `article`) and the figure's (`figure`)."""
    return list(_RELATIVE.finditer(text)) if _RELATIVE_GATE.search(text) else []


def others_givers_blanked(text: str, figures: frozenset, language: str = "") -> str:
    """Return text with each relative clause blanked that names the giver of a figure not among `figures`: "drew about
    120 boats, according to the harbour authority, fewer than the 150 the association had announced" names the
    association as no giver of 120."""
    for giver in reversed(relative_givers(text)):
        if not figures & figures_of(giver["figure"], language):
            text = text[:giver.start()] + " " * (giver.end() - giver.start()) + text[giver.end():]
    return text


def verb_givers(text: str) -> list[re.Match]:
    """Return the givers a sentence names as the subject of a verb of counting or claiming, in according_to.py's
    groups (`who`, `next`, `own`, `article`)."""
    if not _GATE.search(text):
        return []
    starts = [0] + [match.start() for match in _CLAUSE_OPENING.finditer(text)]
    found = (_SUBJECT.match(text, start) for start in starts)
    return [match for match in found if match]


def claims_figure(names: frozenset[str], figures: frozenset, passage: str, language: str = "") -> bool:
    """Say whether a sentence of a passage names a speaker of naming words `names` as the subject of a verb of
    counting or claiming and gives one of `figures`: "Selon l'intersyndicale, 3,5 millions de personnes ont
    manifesté" citing "L'intersyndicale a revendiqué 3,5 millions de manifestants" gives the union's count to the
    union, though the passage names no one by a verb of saying (tests/test_factcheck_162.py)."""
    if not figures or not names_by_verb(passage):
        return False
    names = frozenset(_ELIDED.sub("", name) for name in names)  # "l'intersyndicale" is named "intersyndicale" here
    for sentence in split_sentences(passage, language):
        givers = verb_givers(sentence.text) + [giver for giver in relative_givers(sentence.text)
                                               if figures & figures_of(giver["figure"], language)]
        if any(_giver_words(giver) & names for giver in givers) and figures & figures_of(sentence.text, language):
            return True
    return False


def _giver_words(giver: re.Match) -> frozenset[str]:
    return frozenset(folded_word(word) for word in (giver["who"], (giver["next"] or "").strip()) if word)


def figures_of(text: str, language: str = "") -> frozenset:
    """Return the values of the figures text gives."""
    return frozenset(quantity.value for mention in mentions_in(text, language) if mention.kind == "figure"
                     for quantity in mention.quantities)
