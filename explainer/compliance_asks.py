"""A call to comply kept as one: "the panel asked Norvania to scrap the measure" may not cite "asked Norvania to
bring the measure into line with its obligations" (tests/test_factcheck_142.py).

A body asking a party to bring a measure into line ("into line with", "into conformity", "into compliance", "comply
with"; French "mettre en conformité", "se conformer"; Spanish "poner en conformidad", "ajustar a"; German "in
Einklang bringen", "anpassen") leaves it the choice of how: the measure may stay, changed. A sentence telling the
measure's end ("scrap", "withdraw", "repeal", "abolish", "lift", "remove", "drop", "revoke", "end", "rescind";
"supprimer", "retirer", "abroger", "lever"; "eliminar", "retirar", "derogar", "levantar", "suprimir"; "aufheben",
"abschaffen", "zurücknehmen", "zurückziehen", "streichen") is refused where a cited passage asks for compliance in a
sentence sharing a word of four letters or more with it, and no cited passage tells any such end itself. An end
negated in its clause ("need not scrap") and words in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .locale import base_language
from .sentences import markers_blanked, split_sentences

_ENDED = {
    "en": r"scrap(?:s|ped|ping)?|withdr(?:aw|aws|ew|awn|awing)|repeal\w*|abolish\w*|lift(?:s|ed|ing)?|remov(?:e|es|ed"
          r"|ing)|drop(?:s|ped|ping)?|revok(?:e|es|ed|ing)|rescind\w*|dismantl\w*|eliminat\w*|ditch\w*"
          r"|end(?:s|ed|ing)?(?=\s+(?:the|its|their|this|that|these|those)\s)"
          r"|do\s+away\s+with|get\s+rid\s+of",
    "fr": r"supprim\w*|retir\w*|abrog\w*|lev(?:er|é|ée|és|ées|ent|ant)|l[èe]ve|démantel\w*|élimin\w*|mettre\s+fin",
    "es": r"elimin\w*|retir\w*|derog\w*|levant\w*|suprim\w*|desmantel\w*|abol\w*|poner\s+fin",
    "de": r"auf(?:zu)?heb\w*|aufgehoben|ab(?:zu)?schaff\w*|abgeschafft|zurück(?:zu)?(?:nehm|zieh)\w*|zurückgenommen"
          r"|zurückgezogen|(?:zu\s+)?streich\w*|gestrichen|(?:zu\s+)?beseitig\w*",
}
_COMPLY = {
    "en": r"into\s+(?:line|conformity|compliance)|compl(?:y|ies|ied|ying)\s+with|conform\w*\s+(?:to|with)",
    "fr": r"en\s+conformité|(?:se\s+)?conform(?:er|e|ent)\s+(?:à|aux)|mettre\s+en\s+accord",
    "es": r"en\s+conformidad|conformidad\s+con|ajust\w*\s+a|adecu\w*\s+a|cumplir\s+con",
    "de": r"in\s+Einklang|einklang\w*|anpass\w*|angepasst|konform",
}
_NEGATED = {"en": r"(?:not|never|n['’]t|cannot|no\s+need\s+to)\s+(?:\w+\s+){0,3}$", "fr": r"(?:ne|n['’])\s*(?:\w+\s+){0,2}$",
            "es": r"(?:no|nunca)\s+(?:\w+\s+)?$", "de": r"(?:nicht|nie|kein\w*)\s+(?:\w+\s+)?$"}
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "would", "line", "obligations", "asked", "called",
                          "told", "ordered"})
_READ = {language: (patterns.compile(rf"(?<![\w-])(?:{_ENDED[language]})(?![\w-])", re.IGNORECASE),
                    patterns.compile(rf"(?<![\w-])(?:{_COMPLY[language]})(?![\w-])", re.IGNORECASE),
                    patterns.compile(_NEGATED[language], re.IGNORECASE))
         for language in _ENDED}
_SHARED = 2


def compliance_told_as_ended(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text ends a measure ("scrap the measure") its cited passages only ask to be brought into
    line."""
    read = _READ.get(base_language(language) if language else "en")
    if read is None or not passages:
        return []
    ended, complied, negated = read
    spoken = unquoted(markers_blanked(text))
    said = next((match for match in ended.finditer(spoken)
                 if not negated.search(spoken, max(0, match.start() - 40), match.start())), None)
    if said is None or complied.search(spoken):
        return []  # most sentences end nothing; one that asks for compliance too keeps it
    language = language or "en"
    asked = [found for passage in passages for found in _asked(passage.text, language)]
    if not asked or any(_ends(passage.text, language) for passage in passages):
        return []
    words = content_words(spoken, _NOT_CONTENT)
    shown = next((shown for shown, theirs in asked if len(words & theirs) >= _SHARED), None)
    if shown is None:
        return []
    return [Finding(offset, f"this sentence ends a measure ('{' '.join(said.group().split())}') its cited passages "
                            f"only ask to be brought into line ('{shown}'): {clipped(text)}",
                    f"keep the source's words ('{shown}'), or cite a passage that says the measure must go")]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _ends(text: str, language: str) -> bool:
    """Say whether a passage tells any measure's end, unquoted."""
    return _READ[base_language(language)][0].search(unquoted(text)) is not None


@functools.lru_cache(maxsize=1 << 12)
def _asked(text: str, language: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each call to comply a passage tells, as written, with its sentence's content words."""
    complied = _READ[base_language(language)][1]
    if not complied.search(text):
        return ()
    found = []
    for sentence in split_sentences(text, language):
        spoken = unquoted(sentence.text)
        match = complied.search(spoken)
        if match:
            found.append((" ".join(match.group().split()), content_words(spoken, _NOT_CONTENT)))
    return tuple(found)
