"""A running cost not told whole in French, Spanish and German: "Le nettoyage a coûté 14 millions de dollars" may not
cite "Le nettoyage a coûté jusqu'ici 14 millions de dollars et se poursuit", nor "La limpieza costó ..." "La limpieza
ha costado hasta ahora ...", nor "Die Reinigung kostete ..." (or "hat ... gekostet") "Die Reinigung hat bisher ...
gekostet".

final_tolls.py reads English ("cost" of "has so far cost"). Here a sentence tells a cost in the plain past or present
with its figure (French "a coûté", "coûte", "coûta", "a dépensé", "le coût ... s'élève à"; Spanish "costó", "cuesta",
"gastó", "el coste ... ascendió a", "fue de"; German "kostete", "kostet", "hat ... gekostet", "gab ... aus", "die
Kosten ... betrugen", "beliefen sich auf") and no word of time keeping it open ("jusqu'ici", "à ce jour", "hasta
ahora", "hasta la fecha", "bisher", "bislang"; not "déjà", "ya", "bereits", which tell a sum spent, no count
kept open: "wie viel Geld bereits ausgegeben wurde", tests/test_newuser_86.py); it is refused where a cited passage's sentence of a cost keeps it open
by such a word and shares a word of four letters or more with the sentence, and no cited passage tells the cost
plainly itself. Spanish "ha costado" is "has cost", which English builds too, and is built (tests/test_factcheck_120.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences

_ABOUT = r"(?:(?:environ|près\s+de|plus\s+de|quelque|unos|unas|alrededor\s+de|casi|más\s+de|rund|etwa|fast|knapp" \
         r"|mehr\s+als|über|ungefähr)\s+)?"
_PLAIN = {
    "fr": patterns.compile(
        rf"(?<!\w)(?:a\s+coûté|ont\s+coûté|coûte|coûtent|coûta|a\s+dépensé|ont\s+dépensé|dépensa"
        rf"|coût\s+(?:[\w'’-]+\s+){{0,4}}?(?:s['’]élève\s+à|s['’]est\s+élevé\s+à|a\s+été\s+de|était\s+de|est\s+de))"
        rf"\s+{_ABOUT}(?=\d)", re.IGNORECASE),
    "es": patterns.compile(
        rf"(?<!\w)(?<!ha\s)(?<!han\s)(?:costó|costaron|cuesta|cuestan|gastó|gastaron"
        rf"|cost[eo]\s+(?:[\w'’-]+\s+){{0,4}}?(?:ascendió\s+a|asciende\s+a|fue\s+de|es\s+de))\s+{_ABOUT}(?=\d)",
        re.IGNORECASE),
    "de": patterns.compile(
        rf"(?<!\w)(?:kostete|kosteten|kostet|gab|gaben|hat|haben|Kosten\s+(?:[\w'’-]+\s+){{0,4}}?"
        rf"(?:betrugen|betragen|beliefen\s+sich\s+auf|belaufen\s+sich\s+auf))\s+(?:[\w'’-]+\s+){{0,4}}?{_ABOUT}"
        rf"(?=\d)", re.IGNORECASE),
}
# German's "hat ... 14 Millionen Dollar gekostet", "gab ... aus": its verb closes the clause
_GERMAN_CLOSES = patterns.compile(r"(?<!\w)(?:gekostet|ausgegeben|aus)(?!\w)", re.IGNORECASE)
_OPEN = {
    "fr": patterns.compile(r"(?<!\w)(?:jusqu['’]ici|jusqu['’]à\s+présent|jusqu['’]à\s+maintenant|à\s+ce\s+jour"
                           r"|pour\s+l['’]instant|pour\s+le\s+moment)(?!\w)", re.IGNORECASE),
    "es": patterns.compile(r"(?<!\w)(?:hasta\s+ahora|hasta\s+la\s+fecha|hasta\s+el\s+momento|por\s+ahora|de\s+momento"
                           r")(?!\w)", re.IGNORECASE),
    "de": patterns.compile(r"(?<!\w)(?:bisher|bislang|bis\s+jetzt|bis\s+dato|vorerst)(?!\w)",
                           re.IGNORECASE),
}
_COSTED = {
    "fr": patterns.compile(r"(?<!\w)(?:coût\w*|dépens\w*|facture)(?!\w)", re.IGNORECASE),
    "es": patterns.compile(r"(?<!\w)(?:cost\w*|cuest\w*|gast\w*|factura)(?!\w)", re.IGNORECASE),
    "de": patterns.compile(r"(?:kost\w*|ausgegeben|ausgaben|rechnung)(?!\w)", re.IGNORECASE),
}
_GATE = {"fr": ("coût", "dépens"), "es": ("cost", "cuest", "gast"), "de": ("kost", "Kost", "gab", "ausgegeben")}
_NOT_CONTENT = frozenset({"millions", "millones", "millionen", "dollars", "dólares", "dollar", "euros", "euro",
                          "coûté", "costó", "kostete", "gekostet", "jusqu'ici", "hasta", "ahora", "bisher", "pour",
                          "para", "dass", "sich"})


def running_cost_as_whole(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a French, Spanish or German sentence tells whole a cost its cited passages keep open."""
    language = language.split("-")[0].lower()
    if language not in _PLAIN or not any(gate in text for gate in _GATE[language]):
        return []  # most sentences tell no cost: found by a plain search
    spoken = markers_blanked(text)
    told = _told(spoken, language)
    if told is None or _OPEN[language].search(spoken) or any(
            _told(passage.text, language) is not None and not _open_costs(passage.text, language) for passage in passages):
        return []  # no cost told, or kept open, or a passage tells it plainly
    words = content_words(spoken, _NOT_CONTENT)
    for passage in passages:
        for opened, sentence_words in _open_costs(passage.text, language):
            if words & sentence_words:
                return [Finding(offset, f"this sentence gives a count as final ('{told}') where its cited passages "
                                        f"give it as still open ('{opened}'): {clipped(text)}",
                                "keep the count open as the source does (\"jusqu'ici\", \"hasta ahora\", \"bisher\"), "
                                "or cite a passage that gives it as final")]
    return []


def _told(text: str, language: str) -> str | None:
    """Return the words a text tells a cost plainly by, with its figure, or None."""
    quoted = quoted_parts(text)
    for match in _PLAIN[language].finditer(text):
        if inside(quoted, match.start()):
            continue
        shown = " ".join(match.group().split())
        if language == "de" and match.group().split()[0].casefold() in ("hat", "haben", "gab", "gaben"):
            closing = _GERMAN_CLOSES.search(text, match.end(), match.end() + 60)
            if closing is None:
                continue  # "hat 14 Millionen Einwohner": no cost
            shown = f"{match.group().split()[0]} ... {closing.group()}"
        return shown
    return None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _open_costs(text: str, language: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each cost a passage's sentence keeps open, by its word of time as written, with the sentence's content
    words."""
    if not _OPEN[language].search(text):
        return ()
    return tuple((" ".join(opened.group().split()), content_words(sentence.text, _NOT_CONTENT))
                 for sentence in split_sentences(text, language) if _COSTED[language].search(sentence.text)
                 for opened in [_OPEN[language].search(sentence.text)] if opened)
