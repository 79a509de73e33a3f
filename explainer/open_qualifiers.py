"""A finding's qualifier kept where the source leaves it: "wilful", "deliberate", "fraudulent" not added to a finding.

"The jury found Corvane liable for wilful infringement" citing "The jury found Corvane liable for infringement; the
judge will decide whether it was wilful" built: every figure and word stands, and the question the source leaves open
(and on which treble damages hang) reads as settled. The words that turn a wrong into a graver one are read: "wilful"
("willful", "wilfully"), "deliberate" ("deliberately"; not the jury's "to deliberate"), "intentional", "knowingly",
"fraudulent", "reckless", "malicious"; French "délibéré", "intentionnel", "sciemment", "frauduleux"; Spanish
"deliberado", "intencional", "a sabiendas", "fraudulento", "doloso"; German "vorsätzlich", "absichtlich",
"wissentlich", "betrügerisch". A sentence giving one as fact (not negated, not in quotation marks, not in a clause of
its own that keeps it open or someone's word: "whether", "if", "may", "alleged", "Brightwell says") is refused where no
cited passage gives it as fact: where the passages leave it open ("whether it was wilful", "if the judge finds that
the infringement was wilful", "could be found wilful", "alleges wilful infringement") or do not give it at all
(tests/test_factcheck_88.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

# what may hold a qualifier, looked for in the folded text before any pattern
_MAY_HOLD = ("wilful", "willful", "deliberat", "intention", "knowingly", "fraudul", "reckless", "malicious", "délibér",
             "sciemment", "frauduleu", "deliberad", "intencional", "sabiendas", "fraudulent", "dolos", "vorsätzlich",
             "absichtlich", "wissentlich", "betrügerisch")
# each qualifier's forms, keyed by the word a message names
_FORMS = {
    "wilful": r"wil?lful(?:ly|ness)?",
    "deliberate": r"deliberate(?:ly)?(?!\s+(?:on|over|about|for|until|before)(?!\w))",
    "intentional": r"intentional(?:ly)?",
    "knowingly": r"knowingly",
    "fraudulent": r"fraudulent(?:ly)?",
    "reckless": r"reckless(?:ly|ness)?",
    "malicious": r"malicious(?:ly)?",
    "délibéré": r"délibéré(?:e|s|es|ment)?",
    "intentionnel": r"intentionnel(?:le|s|les|lement)?",
    "sciemment": r"sciemment",
    "frauduleux": r"frauduleu(?:x|se|ses|sement)",
    "deliberado": r"deliberad(?:o|a|os|as|amente)",
    "intencional": r"intencional(?:es|mente)?|intencionad(?:o|a|os|as|amente)",
    "a sabiendas": r"a\s+sabiendas",
    "fraudulento": r"fraudulent(?:o|a|os|as|amente)",
    "doloso": r"dolos(?:o|a|os|as|amente)",
    "vorsätzlich": r"vorsätzlich\w*",
    "absichtlich": r"absichtlich\w*",
    "wissentlich": r"wissentlich\w*",
    "betrügerisch": r"betrügerisch\w*",
}
_KEYS = list(_FORMS)
_QUALIFIER = patterns.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<q{index}>{form})" for index, form in
                                                          enumerate(_FORMS.values())) + r")(?![\w-])", re.IGNORECASE)
# "to deliberate", "the jury will deliberate": the verb, no qualifier
_VERB_BEFORE = patterns.compile(r"(?<!\w)(?:to|will|would|shall|could|may|might|must|jury|jurors|they|judges)\s+$",
                                re.IGNORECASE)
# what keeps a qualifier open, or someone's word, in the clause before it: "whether it was wilful", "if the judge finds
# that the infringement was wilful", "could be found wilful", "Brightwell alleges wilful infringement"
_OPEN = patterns.compile(
    r"(?<![\w-])(?:whether|if|unless|could|may|might|would|should|can|possibly|potentially|alleg\w*|claim\w*"
    r"|accus\w*|argu\w*|contend\w*|assert\w*|sought|seek\w*|ask\w*|says?|saying|said|stat(?:es|ed|ing)|insist\w*|deny|denies|denied|question|decide\w*"
    r"|determin\w*|weigh\w*|consider\w*|suspect\w*|si|s['’]il|ob|falls|wenn|könnte\w*|pourrait|podría)(?![\w-])",
    re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<![\w-])(?:not|never|no|nor|n['’]t|neither|pas|ni|nicht|kein\w*|ningún|ninguna)"
                            r"(?:\s+[\w'’-]+){0,3}\s+$", re.IGNORECASE)
_CLAUSE_START = patterns.compile(r"[.;:!?]\s|,\s+(?:but|and|while|whereas|mais|pero|aber)\s")
_REACH = 90  # characters before a qualifier its clause's opening words may stand within


def qualifier_added(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a finding a qualifier ("wilful") that its cited passages leave open or do
    not give."""
    folded = text.casefold()
    if not passages or not any(word in folded for word in _MAY_HOLD):
        return []  # most sentences hold no such word: found without a pattern
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for match in _QUALIFIER.finditer(spoken):
        if inside(quoted, match.start()) or not _as_fact(spoken, match):
            continue
        key = _key(match)
        given = [found for passage in passages for found in _QUALIFIER.finditer(passage.text) if _key(found) == key]
        if any(_as_fact(passage.text, found) for passage in passages for found in _QUALIFIER.finditer(passage.text)
               if _key(found) == key):
            continue
        word = " ".join(match.group().split())
        if given:
            passage_text = next(p.text for p in passages for found in _QUALIFIER.finditer(p.text) if _key(found) == key)
            return [Finding(offset, f"this sentence gives '{word}' as fact where its cited passages leave it open "
                                    f"({_open_words(passage_text, given[0])}): {clipped(text)}",
                            "keep it open as the source does (\"whether it was wilful\"), or drop the word; or cite a "
                            "passage that gives it as found")]
        return [Finding(offset, f"this sentence calls it '{word}', which its cited passages do not say: {clipped(text)}",
                        "drop the word, or cite a passage that gives it")]
    return []


def _key(match: re.Match) -> str:
    """Return the qualifier a match names, by its group."""
    return _KEYS[int(match.lastgroup[1:])]


def _as_fact(text: str, match: re.Match) -> bool:
    """Say whether text gives the qualifier at `match` as fact: not a verb ("to deliberate"), not negated, and no word
    in its clause before it keeping it open or someone's word."""
    before = _clause_before(text, match.start())
    if match.group().casefold() == "deliberate" and _VERB_BEFORE.search(before):
        return False
    return not _NEGATED.search(before) and not _OPEN.search(before)


def _clause_before(text: str, at: int) -> str:
    """Return the words of text before position `at` in its clause, at most _REACH characters of them."""
    start = max(0, at - _REACH)
    for stop in _CLAUSE_START.finditer(text, start, at):
        start = stop.end()
    return text[start:at]


def _open_words(text: str, match: re.Match) -> str:
    """Return how a passage keeps a qualifier open, as a message quotes it: its clause up to the qualifier."""
    before = _clause_before(text, match.start())
    openings = list(_OPEN.finditer(before)) or list(_NEGATED.finditer(before))
    start = openings[-1].start() if openings else 0  # the nearest: "if the judge finds ...", not "could rise ..."
    return "'" + " ".join((before[start:] + match.group()).split()) + "'"
