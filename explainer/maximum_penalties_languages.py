"""A penalty not told as its bound's maximum in French, Spanish and German: "Meridian a reçu l'amende maximale" may
not cite "Le régulateur a infligé à Meridian une amende de 4 % de son chiffre d'affaires. La loi prévoit des amendes
allant jusqu'à 10 %", nor "la multa máxima" "una multa del 4 % ... multas de hasta el 10 %", nor "die Höchststrafe"
"eine Strafe von 4 % ... Strafen bis zu 10 %".

maximum_penalties.py reads English. Here a sentence tells a penalty as its maximum by a penalty's noun with the
maximum's adjective ("l'amende maximale", "la peine maximale", "la multa máxima", "la sanción máxima"), the maximum
named ("le maximum prévu", "el máximo permitido", "das gesetzliche Maximum") or German's compounds ("Höchststrafe",
"Höchstbußgeld", "höchstmögliche Strafe"). It is refused where a cited passage gives a bound with a figure ("jusqu'à
10 %", "un maximum de", "plafonnée à"; "hasta el 10 %", "un máximo de"; "bis zu 10 Prozent", "höchstens") and, in a
sentence naming a penalty, another figure than the bound's. A sentence with a figure of its own is the figure
checks'; one that keeps the penalty below ("inférieure au maximum", "por debajo del máximo", "unter dem Höchstmaß") or
negates is not read; nor are words in quotation marks (tests/test_factcheck_120.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, quoted_parts
from .maximum_penalties import maximum_finding
from .sentences import inside, markers_blanked, split_sentences

_TOLD = {
    "fr": patterns.compile(
        r"(?<!\w)(?:(?:amende|peine|pénalité|sanction)s?\s+(?:maximale|maximum|la\s+plus\s+(?:élevée|lourde)"
        r"(?:\s+possible)?)s?|(?:le|au)\s+maximum\s+(?:prévu|autorisé|permis|légal|possible)|(?:le|au)\s+plafond"
        r"\s+(?:légal|prévu|autorisé)|la\s+plus\s+(?:élevée|lourde)\s+(?:possible|prévue|autorisée|permise))(?!\w)",
        re.IGNORECASE),
    "es": patterns.compile(
        r"(?<!\w)(?:(?:multa|pena|sanción|sanciones|multas|penas)\s+(?:máximas?|más\s+altas?(?:\s+posibles?)?)"
        r"|(?:el|al)\s+máximo\s+(?:permitido|legal|posible|previsto)|la\s+más\s+alta\s+(?:posible|permitida|prevista))"
        r"(?!\w)", re.IGNORECASE),
    "de": patterns.compile(
        r"(?<!\w)(?:höchst(?:straf|bußgeld|buße|maß|satz|betrag)\w*|höchstmögliche\w*\s+(?:strafe|bußgeld|buße)\w*"
        r"|gesetzliche\w*\s+(?:maximum|höchstmaß)|maximale\w*\s+(?:strafe|bußgeld|buße)\w*|(?:das|dem)\s+maximum)(?!\w)",
        re.IGNORECASE),
}
_GATE = {"fr": ("maxim", "plus élevée", "plus lourde", "plafond"), "es": ("máxim", "más alta"),
         "de": ("öchst", "aximum", "aximal")}
# the sentence keeps the penalty below the maximum, or negates: not read
_BELOW = {
    "fr": patterns.compile(r"(?<!\w)(?:inférieur\w*|en\s+dessous|en-dessous|loin\s+d[ue]|moins|ne|n['’]|pas|sous)(?!\w)",
                           re.IGNORECASE),
    "es": patterns.compile(r"(?<!\w)(?:por\s+debajo|inferior\w*|lejos\s+del?|menos|no|sin)(?!\w)", re.IGNORECASE),
    "de": patterns.compile(r"(?<!\w)(?:unter|unterhalb|weit\s+von|weniger|nicht|kein\w*)(?!\w)", re.IGNORECASE),
}
_FIGURE = r"(?P<figure>\d+(?:[.,]\d+)?)"
_BOUND = {
    "fr": patterns.compile(rf"(?<!\w)(?:jusqu['’]\s*(?:à|au|aux)|un\s+maximum\s+de|plafonnée?s?\s+à|au\s+plus)\s+(?:\w+\s+)?"
                           rf"{_FIGURE}", re.IGNORECASE),
    "es": patterns.compile(rf"(?<!\w)(?:hasta|un\s+máximo\s+de|con\s+un\s+tope\s+de|como\s+máximo)\s+(?:\w+\s+)?{_FIGURE}",
                           re.IGNORECASE),
    "de": patterns.compile(rf"(?<!\w)(?:bis\s+zu|höchstens|maximal|ein\s+Höchstbetrag\s+von)\s+(?:\w+\s+)?{_FIGURE}",
                           re.IGNORECASE),
}
_PENALTY = {
    "fr": patterns.compile(r"(?<!\w)(?:amende|pénalité|sanction|condamn|infligé)\w*", re.IGNORECASE),
    "es": patterns.compile(r"(?<!\w)(?:multa|multó|sanci|penaliz|condena)\w*", re.IGNORECASE),
    "de": patterns.compile(r"(?:strafe|bußgeld|buße|verhängt|verurteilt)\w*", re.IGNORECASE),
}
_NUMBER = patterns.compile(r"(?<![\w.,])(?P<figure>\d+(?:[.,]\d+)?)(?:\s*%|\s+(?:Prozent|por\s+ciento|pour\s+cent)|(?!\w))")


def told_as_maximum_in_languages(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a French, Spanish or German sentence tells a penalty as its bound's maximum where a cited
    passage gives the penalty another figure than the bound's."""
    language = language.split("-")[0].lower()
    if language not in _TOLD or not any(gate in text for gate in _GATE[language]) or any(c.isdigit() for c in text):
        return []  # most sentences call nothing a maximum: found by a plain search
    spoken = markers_blanked(text)
    told = next((match for match in _TOLD[language].finditer(spoken) if not inside(quoted_parts(spoken), match.start())),
                None)
    if told is None or _BELOW[language].search(spoken):
        return []
    for passage in passages:
        for fined, bound in _fined_below_bound(passage.text, language):
            return [maximum_finding(text, offset, told.group(), fined, bound)]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _fined_below_bound(text: str, language: str) -> tuple[tuple[str, str], ...]:
    """Return a passage's figure of a penalty and its bound, as written, where a sentence naming a penalty gives a
    figure no bound of the passage gives: none where it gives no bound or no other figure."""
    if not any(c.isdigit() for c in text):
        return ()
    bounds = {_plain(match["figure"]): " ".join(match.group().split()) + _unit(text, match.end())
              for match in _BOUND[language].finditer(text)}
    if not bounds:
        return ()
    for sentence in split_sentences(text, language):
        if not _PENALTY[language].search(sentence.text):
            continue
        bound_spans = [match.span("figure") for match in _BOUND[language].finditer(sentence.text)]
        for number in _NUMBER.finditer(sentence.text):
            if (number.span("figure") not in bound_spans and _plain(number["figure"]) not in bounds
                    and not _a_year(number["figure"])):
                return ((" ".join(number.group().split()), next(iter(bounds.values()))),)
    return ()


def _unit(text: str, at: int) -> str:
    """Return the unit right after a bound's figure as written (" %", " Prozent"), or ""."""
    found = _UNIT.match(text, at)
    return found.group() if found else ""


_UNIT = patterns.compile(r"\s*%|\s+(?:Prozent|por\s+ciento|pour\s+cent)(?!\w)")


def _plain(figure: str) -> str:
    """Return a figure with a decimal point for a decimal comma."""
    return figure.replace(",", ".")


def _a_year(figure: str) -> bool:
    """Say whether a figure is a year's ("2024"): no penalty's."""
    return len(figure) == 4 and figure.isdigit() and figure[:2] in ("19", "20")
