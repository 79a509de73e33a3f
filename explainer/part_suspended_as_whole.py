"""A part's suspension kept to the part: "El Supremo ha suspendido el Real Decreto 212/2026" may not cite "El Tribunal
Supremo ha suspendido de forma cautelar el artículo 4 del Real Decreto 212/2026 ... El resto del decreto ... sigue en
vigor".

A court that suspends one article of a decree leaves the rest in force; a sentence suspending the decree tells the
reader all of it is stopped (tests/test_factcheck_216.py). A sentence whose verb of suspending takes a whole norm as
its object ("ha suspendido (cautelarmente) el Real Decreto", "la suspensión del decreto", "el decreto ha sido
suspendido"; "has suspended the decree", "a suspendu le décret") is refused where a cited passage suspends only a part
of that norm ("el artículo 4 del Real Decreto", "article 4 of the decree", "l'article 4 du décret"), and no cited
passage suspends the whole itself. A sentence naming a part ("el artículo 4 del decreto", "parte del decreto",
"parcialmente") puts the part between the verb and the norm and is not read; nor is a suspension negated just before
("no ha suspendido el decreto"), nor words in quotation marks. Spanish, English and French are read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .locale import base_language
from .sentences import markers_blanked

_NORM = {"es": r"(?:real\s+)?(?:decreto(?:-ley)?|ley|reglamento|orden|ordenanza|norma)",
         "en": r"(?:decree|law|act|regulation|order|ordinance|rule)",
         "fr": r"(?:décret|loi|arrêté|règlement|ordonnance)"}
_SUSPEND = {"es": r"suspend\w*|suspensión(?:\s+cautelar)?", "en": r"suspend(?:s|ed|ing)?|suspension",
            "fr": r"suspen(?:d|du|due|dus|dues|dre|dait|dent|sion)"}
# a manner word between a verb and its object: "ha suspendido cautelarmente el", "suspended temporarily the"
_MANNER = {"es": r"(?:(?:cautelarmente|temporalmente|provisionalmente|de\s+forma\s+(?:cautelar|temporal|provisional)"
                 r"|de\s+manera\s+(?:cautelar|temporal|provisional))\s+)?",
           "en": r"(?:(?:temporarily|provisionally)\s+)?", "fr": r"(?:(?:provisoirement|temporairement)\s+)?"}
_WHOLE_OBJECT = {"es": r"(?:del|de\s+la|el|la)\s+", "en": r"(?:of\s+)?(?:the|its|this)\s+",
                 "fr": r"(?:du|de\s+la|de\s+l['’]|le|la|l['’])\s*"}
# the norm suspended as a subject: "el Real Decreto ha sido suspendido", "the decree was suspended", "le décret a été
# suspendu" (not "del decreto ha sido suspendido": a part of it is the subject)
_PASSIVE = {"es": r"(?<!del\s)(?<!de\sla\s)(?<![\w-])(?:el|la)\s+{norm}(?:\s+[\d/.]+)?\s+(?:ha\s+sido|fue|queda|quedó"
                  r"|ha\s+quedado|está|quedaba|estaba)\s+suspendid[oa]",
            "en": r"(?<!of\s)(?<![\w-])the\s+{norm}(?:\s+[\d/.]+)?\s+(?:has\s+been|was|is|had\s+been|remains)\s+"
                  r"suspended",
            "fr": r"(?<!du\s)(?<!de\sla\s)(?<![\w-])(?:le|la)\s+{norm}(?:\s+[\d/.]+)?\s+(?:a\s+été|est|était|fut)\s+"
                  r"suspendue?"}
_PART = {"es": r"(?:artículos?|apartados?|disposici(?:ón|ones)|preceptos?|capítulos?|anexos?)\s+[^.;:]{0,30}?"
               r"(?:del|de\s+la)\s+{norm}",
         "en": r"(?:articles?|sections?|clauses?|paragraphs?|provisions?|chapters?|annex(?:es)?)\s+[^.;:]{0,30}?"
               r"of\s+the\s+{norm}",
         "fr": r"(?:articles?|alinéas?|dispositions?|chapitres?|annexes?)\s+[^.;:]{0,30}?(?:du|de\s+la|de\s+l['’])\s*"
               r"{norm}"}
# a sentence naming a part anywhere tells no whole: "El Real Decreto ha sido suspendido en parte", "the decree was
# partly suspended", "solo su artículo 4"
_NAMES_A_PART = patterns.compile(r"(?<![\w-])(?:parcial\w*|en\s+parte|partial\w*|partly|in\s+part|partiel\w*"
                                 r"|en\s+partie|artículos?|apartados?|articles?|sections?|clauses?|provisions?|preceptos?"
                                 r"|disposici\w+|dispositions?|alinéas?)(?![\w-])", re.IGNORECASE)
_NEGATED = {"es": r"(?<![\w-])(?:no|nunca|sin)\s+(?:\w+\s+){0,2}$", "en": r"(?<![\w-])(?:not|never|without)\s+(?:\w+\s+)"
                                                                           r"{0,2}$|n['’]t\s+(?:\w+\s+){0,2}$",
            "fr": r"(?<![\w'’-])(?:ne|n['’]|sans)\s*(?:\w+\s+){0,2}$"}


def _compiled(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    norm = _NORM[language]
    passive, part_of = _PASSIVE[language].replace("{norm}", norm), _PART[language].replace("{norm}", norm)
    whole = patterns.compile(rf"(?<![\w-])(?:{_SUSPEND[language]})\s+{_MANNER[language]}{_WHOLE_OBJECT[language]}"
                             rf"{norm}(?![\w-])(?!['’]s)|{passive}", re.IGNORECASE)
    part = patterns.compile(rf"(?<![\w-])(?:{_SUSPEND[language]})(?![\w-])[^.;:]{{0,60}}?"
                            rf"(?<![\w-]){part_of}(?![\w-])", re.IGNORECASE)
    return whole, part, patterns.compile(_NEGATED[language], re.IGNORECASE)


_READ = {language: _compiled(language) for language in _NORM}


def part_suspended_as_whole(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text suspends a whole norm its cited passages suspend only a part of."""
    read = _READ.get(base_language(language) if language else "en")
    if read is None or not passages or "suspen" not in text.casefold():
        return []  # most sentences suspend nothing: found without reading their passages
    whole, part, negated = read
    spoken = unquoted(markers_blanked(text))
    said = next((match for match in whole.finditer(spoken)
                 if not negated.search(spoken, max(0, match.start() - 30), match.start())), None)
    if said is None or _NAMES_A_PART.search(spoken) or any(whole.search(unquoted(passage.text)) for passage in passages):
        return []
    shown = next((" ".join(match.group().split()) for passage in passages for match in part.finditer(passage.text)),
                 None)
    if shown is None:
        return []
    return [Finding(offset, f"this sentence suspends the whole ('{' '.join(said.group().split())}') where its cited "
                            f"passages suspend only a part of it ('{shown}'): {clipped(text)}",
                    "name the part suspended as the source does, or cite a passage that suspends the whole")]
