"""No stance invented: "Northland denied the report" may not cite "Northland did not comment on the report".

A sentence gives a stance by "denied", "rejected", "welcomed", "accepted", "condemned", "dismissed", "praised",
"criticised", "endorsed", "disputed", "refuted", "applauded", "hailed", "confirmed", "acknowledged", "admitted" or
"conceded" (any tense). It is refused where a passage gives no response ("did not comment", "declined to comment", "has
not responded", "could not be reached", "has yet to react", "would not confirm", "did not deny", ...) in a sentence
sharing a word of four letters or more with what the stance is on (the words after it: "the report"), and none of its
passages, nor the source's sentences holding them, uses any of those stance words unnegated: a silence told as a
denial, or as a welcome, and "did not deny" told as "confirmed". A negated stance ("has not rejected", "would not
confirm") is none, but a denial denied ("did not deny", "has not disputed") hints at an assent, and is refused alike
where no passage withholds a stance itself (tests/test_factcheck_132.py); words in quotation marks are not read.
English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .invented_verdicts import invented_verdicts
from .sentences import inside, markers_blanked
from .wordset import may_hold

_STANCE_WORDS = frozenset({
    "deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting", "welcome", "welcomes",
    "welcomed", "welcoming", "accept", "accepts", "accepted", "accepting", "condemn", "condemns", "condemned",
    "condemning", "dismiss", "dismisses", "dismissed", "dismissing", "praise", "praises", "praised", "praising",
    "criticise", "criticises", "criticised", "criticising", "criticize", "criticizes", "criticized", "criticizing",
    "endorse", "endorses", "endorsed", "endorsing", "dispute", "disputes", "disputed", "disputing", "refute",
    "refutes", "refuted", "refuting", "applaud", "applauds", "applauded", "applauding", "hail", "hails", "hailed",
    "hailing", "confirm", "confirms", "confirmed", "confirming", "acknowledge", "acknowledges", "acknowledged",
    "acknowledging", "admit", "admits", "admitted", "admitting", "concede", "concedes", "conceded", "conceding"})
# a denial's words: negated ("did not deny", "has not disputed") they hint at an assent a silence never gave
# (not "reject": "has not rejected the report" of a silence tells no more than it, tests/test_factcheck_57.py)
_DENIALS = frozenset({"deny", "denies", "denied", "denying", "dispute", "disputes", "disputed", "disputing", "refute",
                      "refutes", "refuted", "refuting"})
_NOT_BEFORE = patterns.compile(r"(?<!\w)(?:(?:did|does|do|has|have|had|would|could|will|is|was|were)\s+not|\w+n['’]t"
                               r"|not|never)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_STANCE = patterns.compile(r"(?<![\w-])(?:" + "|".join(patterns.longest_first(_STANCE_WORDS)) + r")(?![\w-])",
                           re.IGNORECASE)
# any stance in a passage, in any form ("denial", "rejection", "welcoming", "criticism"): the source gives a response
_ANY_STANCE = patterns.compile(r"(?<!\w)(?:den(?:y|ies|ied|ying|ials?)|reject\w*|welcom\w*|accept\w*|condemn\w*"
                               r"|dismiss\w*|prais\w*|critici\w*|endors\w*|disput\w*|refut\w*|applau\w*"
                               r"|hail(?:s|ed|ing)?|confirm\w*|acknowledg\w*|admi(?:t|ts|tted|tting|ssion)|conced\w*)"
                               r"(?!\w)", re.IGNORECASE)
_VERB_OF_SILENCE = (r"(?:comment(?:ed)?|respond(?:ed)?|repl(?:y|ied)|react(?:ed)?|answer(?:ed)?|address(?:ed)?"
                    r"|say\s+anything)")
_SILENT = patterns.compile(
    r"(?<!\w)(?:(?:did|does|do|has|have|had|would|could|will)(?:\s+not|n['’]t)\s+"
    rf"(?:yet\s+|immediately\s+|publicly\s+)?{_VERB_OF_SILENCE}"
    rf"|(?:declined|refused)\s+(?:to\s+|a\s+request\s+to\s+)?{_VERB_OF_SILENCE}"
    rf"|(?:has|have|had)\s+yet\s+to\s+{_VERB_OF_SILENCE}|no\s+(?:immediate\s+)?(?:comment|response|reaction|reply)"
    r"|made\s+no\s+(?:comment|statement)|not\s+available\s+for\s+comment|could\s+not\s+be\s+reached"
    r"|(?:remained|kept|stayed|was|were|been)\s+silent"
    # a stance withheld is no response either: "would not confirm", "did not deny", "neither confirmed nor denied"
    r"|(?:(?:did|does|do|has|have|had|would|could|will)(?:\s+not|n['’]t)|declined\s+to|refused\s+to|neither)\s+"
    r"(?:confirm|deny)\w*)(?!\w)", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:not|n['’]t|never|neither|nor|no|without|refused\s+to|declined\s+to|yet\s+to)"
                            r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "comment", "commented", "respond", "responded",
                          *_STANCE_WORDS})


def invented_stances(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a stance ("denied", "welcomed") where the passages it restates give no
    response and no stance."""
    verdicts = invented_verdicts(text, passages, offset, language)
    if verdicts:
        return verdicts  # a judgement no one in the passages gives (factcheck_203)
    if not in_english(language) or not passages or not may_hold(text, _STANCE_WORDS):
        return []  # most sentences give no stance: found by a set lookup
    silent = [(passage, found) for passage in passages for found in (_SILENT.search(passage.text),) if found]
    if not silent or any(_stanced(passage.text) or _stanced(passage.holding) for passage in passages):
        return []  # a passage gives a response, or none says there was none
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    withheld = any(_withheld(passage.text) for passage in passages)
    for stance in _STANCE.finditer(spoken):
        shown = _shown(spoken, stance, withheld)
        if not shown or inside(quoted, stance.start()):
            continue
        # what the stance is on ("the report") is what the passage's sentence of silence is about
        on = content_words(spoken[stance.end():], _NOT_CONTENT)
        none = next((found.group() for passage, found in silent
                     if on & content_words(_sentence_of(passage.text, found.start()), _NOT_CONTENT)), None)
        if none:
            return [Finding(offset + stance.start(), f"this sentence says '{shown}' where its cited passages "
                                                     f"give no response ('{' '.join(none.split())}'): {clipped(text)}",
                            "say there was no response, as the source does, or cite the passage that gives this one")]
    return []


def _shown(spoken: str, stance: re.Match, withheld: bool) -> str:
    """Return a stance as a finding shows it: its word, or with its negation a denial denied ("did not deny": of
    "declined to comment" it hints at an assent; of a passage's own "did not deny", `withheld`, it restates it); ""
    for another stance negated ("has not rejected", "would not confirm")."""
    if not _NEGATED.search(spoken, max(0, stance.start() - 40), stance.start()):
        return stance.group()
    denied = _NOT_BEFORE.search(spoken, max(0, stance.start() - 40), stance.start())
    if withheld or denied is None or stance.group().casefold() not in _DENIALS:
        return ""
    return " ".join(spoken[denied.start():stance.end()].split())


_STOP = patterns.compile(r"[;!?]|\.(?!\d)")


def _stanced(text: str) -> bool:
    """Say whether text gives a stance: a stance word no negation stands before ("denied", not "did not deny")."""
    return any(not _NEGATED.search(text, max(0, found.start() - 40), found.start())
               for found in _ANY_STANCE.finditer(text))


def _withheld(text: str) -> bool:
    """Say whether text gives a stance withheld: a stance word with a negation before it ("did not deny")."""
    return any(_NEGATED.search(text, max(0, found.start() - 40), found.start()) for found in _ANY_STANCE.finditer(text))


def _sentence_of(text: str, at: int) -> str:
    """Return the passage's sentence around `at` (to its stops and semicolons either side)."""
    start = max((stop.end() for stop in _STOP.finditer(text, 0, at)), default=0)
    end = _STOP.search(text, at)
    return text[start:end.start() if end else len(text)]
