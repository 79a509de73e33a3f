"""A deed a passage denies in a relative clause is not told done by its subject: "La confederación ha confirmado que el
60 % ... no alcanza el buen estado" may not cite "el 60 % ... no alcanza el buen estado ecológico, una cifra que la
confederación no ha confirmado".

polarity.py reads the sentence as one clause, negative by its own "no alcanza", and so never sets its "ha confirmado"
against the passage's "no ha confirmado". Here a passage's relative clause set off by a comma, ", una cifra que
<subject> no (ha) <verb>" ("dijo que ... no levantará" is what was said, not read; French
"que la confédération n'a pas confirmé", Portuguese "que a confederação não confirmou") is refused where the sentence
gives the same subject's word (its last word, or the first of two: "la confederación" of "la Confederación
Hidrográfica"), two words before at most, before the same verb (its first letters) unnegated, and no
cited passage gives that subject and verb unnegated. Spanish, French and Portuguese text is read
(tests/test_factcheck_157.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .locale import base_language
from .sentences import markers_blanked

# the relative clause, set off by a comma and opened by its antecedent's article or pronoun (", una cifra que", ",
# algo que", ", un chiffre que": not "dijo que", whose "que" opens what was said), its subject (one or two words
# after an article) and its negated verb
_ANTECEDENT = (r",\s+(?:una?|unos|unas|el|la|los|las|lo|algo|une|le|les|ce|quelque\s+chose|o|a|os|as|um|uma)"
               r"(?:\s+[^\W\d_]+){0,2}?\s+")
_DENIED = {
    "es": _ANTECEDENT + r"que\s+(?:(?:el|la|los|las)\s+)?(?P<subject>[^\W\d_]{4,}(?:\s+[^\W\d_]{4,})?)\s+no\s+"
          r"(?:(?:lo|la|los|las|le|les)\s+)?(?:(?:ha|han|había|habían|habría)\s+)?(?P<verb>[^\W\d_]{5,})",
    "fr": _ANTECEDENT + r"que\s+(?:(?:le|la|les)\s+|l['’])?(?P<subject>[^\W\d_]{4,}(?:\s+[^\W\d_]{4,})?)\s+n['’]\s*"
          r"(?:(?:l['’]|les\s+)\s*)?(?:a|ont|avait|avaient)\s+(?:pas|jamais)\s+(?P<verb>[^\W\d_]{5,})"
          r"|" + _ANTECEDENT + r"que\s+(?:(?:le|la|les)\s+|l['’])?(?P<subject2>[^\W\d_]{4,}(?:\s+[^\W\d_]{4,})?)\s+ne\s+"
          r"(?:(?:l['’]|les\s+)\s*)?(?P<verb2>[^\W\d_]{5,})\s+(?:pas|jamais)",
    "pt": _ANTECEDENT + r"que\s+(?:(?:o|a|os|as)\s+)?(?P<subject>[^\W\d_]{4,}(?:\s+[^\W\d_]{4,})?)\s+não\s+"
          r"(?:(?:o|a|os|as)\s+)?(?:(?:tem|têm|tinha|tinham)\s+)?(?P<verb>[^\W\d_]{5,})",
}
_DENIED_IN = {language: patterns.compile(pattern, re.IGNORECASE) for language, pattern in _DENIED.items()}
_NEGATION = {"es": r"no|nunca|jamás|tampoco", "fr": r"ne|n['’]|pas|jamais", "pt": r"não|nunca|jamais"}
_STEM = 5  # "confirm" of "confirmado", "confirmó", "confirma"


def denied_in_relative_clause(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells unnegated what a cited passage's relative clause denies of the same subject."""
    language = base_language(language)
    denied = _DENIED_IN.get(language)
    if denied is None or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    for passage in passages:
        for found in denied.finditer(passage.text):
            # its last word, and the first of two: "Confederación" of "la Confederación Hidrográfica" (a noun
            # before its adjective), which a sentence names as "la confederación" (tests/test_factcheck_161.py)
            named = (found["subject"] or found.groupdict().get("subject2") or "").split()
            verb = found["verb"] or found.groupdict().get("verb2") or ""
            stem = verb.casefold()[:max(_STEM, len(verb) - 3)]
            subject, told = next(((word, match) for word in dict.fromkeys([named[-1], named[0]])
                                  if (match := _told(spoken, word, stem, language))), (named[-1], None))
            if told and not any(_told(unquoted(other.text), subject, stem, language) for other in passages):
                return [Finding(offset + told.start(), f"this sentence drops the negation of its cited passage "
                                                       f"('{' '.join(found.group().lstrip(', ').split())}'): {clipped(text)}",
                                "keep the source's negation, or cite a passage that says this")]
    return []


def _told(text: str, subject: str, stem: str, language: str) -> re.Match | None:
    """Return where text gives `subject`'s word before a verb of `stem`, two words between at most, unnegated."""
    negation = _NEGATION[language]
    pattern = (rf"(?<!\w){re.escape(subject)}[\s,]+(?:(?!(?:{negation})(?!\w)|n['’])[\w'’]+[\s,]+){{0,3}}?"
               rf"{re.escape(stem)}\w*")
    return re.search(pattern, text, re.IGNORECASE)
