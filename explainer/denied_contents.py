"""What a denial denies kept to the accusation it points at: "Southland rejects the allegation that it dumps steel"
citing "Northland accuses Southland of subsidising its steelmakers, a charge Southland rejects" is refused.

A denial a passage gives by pointing back ("a charge Southland rejects", "ce que dément Southland", "lo que niega
Southland") denies the accusation before it (pointed_denials.py). A sentence telling of that denier's denial and
spelling out what is denied ("rejects the allegation that ...", "denies that ...", "denies dumping ...", French
"rejette l'accusation de ...", "nie que ...", "nie subventionner ...", Spanish "rechaza la acusación de que ...",
"niega que ...", "niega subvencionar ...") must deny what the source has the accuser say: where half or more of its
content words (four letters or more, compared by their first five letters) are nowhere in the cited passages, it
invents the accusation. A paraphrase keeping most of the accusation's words builds. English, French and Spanish are
read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .clauses import content_words
from .pointed_denials import _SMALL, _THAT, _VERBS, _denial_subjects, _language, _may_point, pointed_denials

_NOUNS = {"en": r"claims?|charges?|allegations?|accusations?|assertions?|suggestions?",
          "fr": r"accusations?|allégations?|affirmations?|reproches?",
          "es": r"acusaci[oó]n(?:es)?|afirmaci[oó]n(?:es)?|denuncias?|alegaci[oó]n(?:es)?"}
_DETERMINERS = {"en": r"(?:(?:the|these|those|such|this|any|all|[\w-]+['’]s|[\w-]+s['’])\s+){1,2}",
                "fr": r"(?:l['’]\s*|(?:les|cette|ces|toute|toutes)\s+)",
                "es": r"(?:(?:la|las|esta|estas|tal|tales|toda|todas)\s+)"}
_OF = {"en": r"(?:that|of)", "fr": r"(?:de|d['’]|que|qu['’]|selon\s+laquelle)", "es": r"(?:de\s+que|de|según\s+la\s+cual)"}
_THAT_ALONE = {"en": r"that", "fr": r"(?:que|qu['’])", "es": r"que"}
# what is denied as a verb of its own: "denies dumping", "nie subventionner", "niega subvencionar"
_VERB_FORM = {"en": r"[^\W\d_]+ing", "fr": r"[^\W\d_]+(?:er|ir|re)", "es": r"[^\W\d_]+(?:ar|er|ir)"}
_WHAT = r"(?P<what>[^.;:!?,]+)"
# words naming no part of what is denied: pronouns, auxiliaries, and light verbs ("gives aid to its steelmakers")
_PRONOUNS = frozenset({"elle", "elles", "ellos", "ellas", "ello", "lui", "leur", "leurs", "suyo", "suya", "itself",
                       "themselves", "would", "could", "avait", "había", "habría", "aurait", "give", "gives", "gave",
                       "giving", "make", "makes", "made", "making", "provide", "provides", "provided", "providing",
                       "lets", "allows", "allowed", "allowing", "helps", "helped", "helping", "offers", "offered",
                       "offering", "donne", "donné", "accorde", "accordé", "fournit", "fourni", "aide", "aidé", "donner",
                       "accorder", "fournir", "aider", "otorga", "otorgó", "otorgar", "ayuda", "ayudó", "ayudar",
                       "concede", "concedió", "conceder"})


def _compiled(code: str) -> re.Pattern:
    """Return the pattern of a language's denial spelling out what it denies, its words in group `what`."""
    verb = _VERBS[code]
    return patterns.compile(rf"(?<!\w)(?:{verb})\s+(?:{_DETERMINERS[code]}(?:{_NOUNS[code]})\s+{_OF[code]}\s*"
                            rf"|{_THAT_ALONE[code]}\s*|(?=(?:{_VERB_FORM[code]})(?!\w))){_WHAT}", re.IGNORECASE)


_SPELLED_OUT = {code: _compiled(code) for code in _NOUNS}


def invented_accusation(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text has a pointing denial's denier deny what no cited passage accuses it of."""
    code = _language(language)
    pattern = _SPELLED_OUT.get(code)
    if pattern is None or not _may_point(text):
        return []
    denials = [(passage, denial) for passage in passages
               for denial in pointed_denials(passage.text, passage.language or language)]
    subjects = [subject for subject, _ in _denial_subjects(text, code) if subject] if denials else []
    if not subjects:
        return []
    told = [_stems(content_words(found.group("what"), _SMALL | _PRONOUNS)) for found in pattern.finditer(text)]
    known = _stems(frozenset(word for passage in passages for word in content_words(passage.text, _SMALL)))
    for words, found in zip(told, pattern.finditer(text)):
        missing = words - known
        if not missing or 2 * len(missing) < len(words):
            continue
        for passage, denial in denials:
            if any(subject & denial.denier for subject in subjects):
                what = " ".join(found.group("what").split())
                return [Finding(offset, f"this sentence has {denial.who} deny what its cited passage does not accuse "
                                        f"it of ('{what}'): {clipped(text)}",
                                f"tell what the source has {denial.by} accuse {denial.who} of "
                                f"('{_accused_of(denial, code)}'), or cite the passage that makes this accusation")]
    return []


def _accused_of(denial, code: str) -> str:
    """Return the words of the accusation a pointing denial denies, as its spelled-out form gives them."""
    return denial.spelled.split(f" {denial.by} {_THAT[code]} ", 1)[-1].rstrip(". ")


def _stems(words: frozenset[str]) -> frozenset[str]:
    """Return words by their first five letters: "subsidising" is a form of "subsidises"."""
    return frozenset(word[:5] for word in words)
