"""A German figure of an offer given to a demand, or of a demand to an offer (tests/test_factcheck_219.py).

"Die Gewerkschaft fordert 9,5 Prozent mehr Lohn bei einer Laufzeit von 30 Monaten" may not cite "Die Gewerkschaft
fordert 9,5 Prozent ... bei einer Laufzeit von zwölf Monaten. ... Die Nordbahn bietet bisher 4,8 Prozent ... bei
einer Laufzeit von 30 Monaten": the 30 months are the offer's. A passage's sentence is a demand's where its verb
demands ("fordert", "verlangt", "forderte", ...) and an offer's where its verb offers ("bietet", "bot",
"angeboten", ...), not both. A sentence's clause (cut at ",", ";", "und", "sowie"; one without such a verb keeps the
verb of the clause before, unless it opens with a subject of its own: "die Nordbahn 4,8 Prozent") is refused where its verb is of one kind and it gives a figure (in digits, or a number
word up to twelve: "zwölf" is 12) that its passages give only in sentences of the other kind, in none of its own and
in no other sentence. A clause naming the other kind too ("fordert, das Angebot von 4,8 Prozent zu verbessern") or
setting figures against each other ("mehr als", "statt") is not read, nor are words in quotation marks.

Not read: who makes the demand or the offer (party_figures.py reads parties), nouns alone ("Das Angebot liegt bei
4,8 Prozent").
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .sentences import markers_blanked

_DEMANDS = frozenset({"fordert", "fordern", "forderte", "forderten", "gefordert", "verlangt", "verlangen", "verlangte",
                      "verlangten"})
_OFFERS = frozenset({"bietet", "bieten", "bot", "boten", "angeboten", "anbietet", "anbieten", "offeriert",
                     "offerierte"})
# words naming the other kind, or a comparison, which keep a clause from being read
_NAMING = frozenset({"angebot", "angebots", "angebotes", "forderung", "forderungen", "gebotenen", "angebotenen",
                     "geforderten", "verlangten", "vorschlag", "als", "statt", "anstatt", "gegenüber", "anstelle"})
_NUMBER_WORDS = {"zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6", "sieben": "7", "acht": "8",
                 "neun": "9", "zehn": "10", "elf": "11", "zwölf": "12"}
_TOKEN = patterns.compile(r"\d[\d.]*(?:,\d+)?|[^\W\d_]+")
_SENTENCE = patterns.compile(r"(?:[^.!?]|(?<=\d)\.(?=\d))+")
# a clause opening with a subject of its own, its verb left out: "die GSV 9,5 Prozent, die Nordbahn 4,8 Prozent"
_NEW_SUBJECT = patterns.compile(r"\s*(?:(?:der|die|das|den|dem|ihr|sein)\s+)?[A-ZÄÖÜ][\w-]*\s+(?:[^\W\d_]+\s+)?\d")
_CLAUSE_BREAK = patterns.compile(r";|(?<!\d),|,(?!\d)|\s(?:und|sowie)\s")


def offer_figure_given_to_demand(text: str, passages: list[Cited], offset: int = 0,
                                 language: str = "") -> list[Finding]:
    """Return a finding where a German sentence gives a demand a figure its passages give only an offer, or the
    other way round."""
    if (language or "").split("-")[0].lower() != "de" or not passages:
        return []
    kinds: dict[str, set[str]] = {}  # figure -> the kinds of passage sentences giving it ("" for neither)
    for passage in passages:
        for sentence in _SENTENCE.findall(passage.text):
            kind = _kind(_words(sentence))
            for figure in _figures(sentence):
                kinds.setdefault(figure, set()).add(kind)
    if not any(kind for given in kinds.values() for kind in given):
        return []
    for kind, figure in _told(unquoted(markers_blanked(text))):
        given = kinds.get(figure, set())
        other = "offer" if kind == "demand" else "demand"
        if given == {other}:
            return [Finding(offset, f"this sentence gives a {kind} the figure {figure} its cited passages give only "
                                    f"an {other}: {clipped(text)}" if other == "offer" else
                            f"this sentence gives an {kind} the figure {figure} its cited passages give only a "
                            f"{other}: {clipped(text)}",
                            f"give the {kind} its own figure, or cite a passage that gives it {figure}")]
    return []


def _told(spoken: str) -> list[tuple[str, str]]:
    """Return the (kind, figure) pairs of a sentence's clauses whose verb demands or offers, outside quotes."""
    told, kind, start = [], "", 0
    for end in [cut.start() for cut in _CLAUSE_BREAK.finditer(spoken)] + [len(spoken)]:
        clause = spoken[start:end]
        words = _words(clause)
        kind = _kind(words) or ("" if _NEW_SUBJECT.match(clause) else kind)
        if kind and not (words & _NAMING) and not (words & (_OFFERS if kind == "demand" else _DEMANDS)):
            told += [(kind, figure) for figure in _figures(clause)]
        elif words & _NAMING:
            kind = ""  # a clause naming the other kind: the clauses after it tell of that one
        start = end + 1
    return told


def _kind(words: set[str]) -> str:
    """Return "demand" or "offer" for words with a verb of one kind only, else ""."""
    demands, offers = bool(words & _DEMANDS), bool(words & _OFFERS)
    return "demand" if demands and not offers else "offer" if offers and not demands else ""


def _words(text: str) -> set[str]:
    return {token.casefold() for token in _TOKEN.findall(text) if not token[0].isdigit()}


def _figures(text: str) -> list[str]:
    """Return text's figures, number words up to twelve as digits."""
    return [token if token[0].isdigit() else _NUMBER_WORDS[token.casefold()] for token in _TOKEN.findall(text)
            if token[0].isdigit() or token.casefold() in _NUMBER_WORDS]
