"""A regulator's ruling kept as given: a ban not told as a clearance, a clearance on conditions not told as one without.

"The commission cleared the combination of the home-delivery businesses on conditions" may not cite "The commission
blocked one part of the deal outright. Marlow and Fennick may not combine their home-delivery businesses": a sentence
telling something cleared, approved or authorised (French "autorisé", "approuvé", "validé"; Spanish "autorizó",
"aprobó"; German "genehmigt", "freigegeben") is refused where no cited passage clears anything and one sharing a word of
four letters or more with it (beside the ruling's own words) blocks, prohibits, bans or vetoes ("interdit",
"prohibió", "untersagt"). And "cleared the merger without
conditions" may not cite "cleared the merger ... on condition that the two companies sell 48 supermarkets": a sentence
saying "without conditions" or "with no conditions" ("sans condition(s)", "sin condiciones", "ohne Auflagen",
"bedingungslos") is refused where a cited passage sets conditions ("on condition that", "subject to conditions",
"sous conditions", "con condiciones", "unter Auflagen") and none says there are none (tests/test_factcheck_139.py).
A negated clearance ("did not clear"), a way cleared ("cleared the way"), one cleared of a charge or on appeal, and words
in quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .locale import base_language
from .clauses import content_words
from .sentences import markers_blanked

_CLEARED = {
    # a regulator's words, not "allowed" or "permitted", which another check reads against a ban (turned deeds)
    "en": r"clear(?:s|ed|ing)?|approv(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)"
          r"|waved\s+through|green[\s-]lit",
    "fr": r"autoris\w+|approuv\w+|valid(?:é|ée|és|ées|e|ent|er)",
    "es": r"autoriz\w+|aprob\w+|aprueba\w*",
    "de": r"genehmig\w+|freigegeben|gibt\s+\w+\s+frei|gab\s+\w+\s+frei",
}
_NOT_BEFORE = {"en": r"(?:not|n['’]t|never)\s+(?:\w+\s+)?$", "fr": r"(?:pas|jamais)\s+$|n['’]\w+\s+pas\s+$",
               "es": r"no\s+(?:\w+\s+)?$", "de": r"nicht\s+$"}
_BLOCKED = {
    "en": r"block(?:s|ed|ing)|prohibit(?:s|ed|ing)|prohibition|ban(?:s|ned|ning)?|barr(?:ed|ing)|veto(?:es|ed|ing)?"
          r"|refus(?:ed|es)\s+to\s+(?:clear|approve|allow)",
    "fr": r"bloqu\w+|interdi\w+|opposé\s+son\s+veto|refusé\s+d['’]autoriser",
    "es": r"bloque\w+|bloqueó|prohib\w+|vet\w+",
    "de": r"untersag\w+|verbot\w*|verboten|blockier\w+",
}
_NONE = {
    "en": r"without\s+(?:any\s+)?conditions|with\s+no\s+conditions|no\s+strings\s+attached|free\s+of\s+conditions",
    "fr": r"sans\s+(?:aucune\s+)?conditions?|inconditionnel\w*",
    "es": r"sin\s+(?:ninguna\s+)?condici\w+|incondicional\w*",
    "de": r"ohne\s+(?:jede\s+)?(?:Auflagen|Bedingungen)|bedingungslos|auflagenfrei",
}
_SET = {
    "en": r"on\s+conditions?|on\s+condition\s+that|subject\s+to\s+(?:\w+\s+)?conditions|conditional\s+on"
          r"|under\s+the\s+conditions|with\s+conditions",
    "fr": r"sous\s+conditions?|à\s+condition\s+que|sous\s+réserve|avec\s+conditions",
    "es": r"con\s+condiciones|a\s+condición\s+de|bajo\s+condiciones|condicionad\w+",
    "de": r"(?:unter|mit)\s+Auflagen|unter\s+der\s+Bedingung|unter\s+Bedingungen",
}


def _compiled(words: dict[str, str]) -> dict[str, re.Pattern]:
    """Return each language's words as one pattern of whole words."""
    return {language: patterns.compile(rf"(?<!\w)(?:{each})(?!\w)", re.IGNORECASE) for language, each in words.items()}


_CLEARS, _BLOCKS, _NONE_SET, _SETS = (_compiled(_CLEARED), _compiled(_BLOCKED), _compiled(_NONE), _compiled(_SET))
# "cleared the way for", "cleared of doping", "cleared on appeal", "hopes to be cleared": no regulator's clearance
_NOT_A_CLEARANCE = patterns.compile(r"\s+(?:the\s+way|of\b|on\s+appeal)", re.IGNORECASE)
_TO_BE = patterns.compile(r"\bto\s+be\s+$|\bbeen\s+$", re.IGNORECASE)
_RULING_WORDS = frozenset({"commission", "regulator", "authority", "cleared", "blocked", "approved", "outright",
                           "decision", "ruling"})
_NOTS = {language: patterns.compile(words, re.IGNORECASE) for language, words in _NOT_BEFORE.items()}


def turned_clearances(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells cleared what its passages block, or without conditions what they clear on
    conditions."""
    read = base_language(language or "en")
    if read not in _CLEARS or not passages:
        return []
    own = unquoted(markers_blanked(text))
    said = [passage.text for passage in passages]
    if _NONE_SET[read].search(own) and any(_SETS[read].search(one) for one in said) \
            and not any(_NONE_SET[read].search(one) for one in said):
        return [Finding(offset, f"this sentence says 'without conditions' where its cited passages set conditions: "
                                f"{clipped(text)}", "keep the conditions the source gives, or cite the passage that says "
                                                    "there are none")]
    if _cleared(own, read) and not any(_CLEARS[read].search(one) for one in said) \
            and _blocks_the_same(own, said, read) and not _BLOCKS[read].search(own):
        return [Finding(offset, f"this sentence tells as cleared what its cited passages block: {clipped(text)}",
                        "say what the source says was blocked, or cite the passage that says it was cleared")]
    return []


def _cleared(text: str, language: str) -> bool:
    """Say whether text tells something cleared, not negated, nor a way cleared or a person cleared of a charge."""
    return any(not _NOTS[language].search(text[max(0, match.start() - 24):match.start()])
               and not (language == "en" and (_NOT_A_CLEARANCE.match(text, match.end())
                                              or _TO_BE.search(text[max(0, match.start() - 12):match.start()])))
               for match in _CLEARS[language].finditer(text))


def _blocks_the_same(own: str, said: list[str], language: str) -> bool:
    """Say whether a passage blocking something shares a word of four letters or more with own."""
    words = content_words(own, _RULING_WORDS)
    return any(_BLOCKS[language].search(one) and words & content_words(one, _RULING_WORDS) for one in said)
