"""Who referred to whom kept: "The health secretary has referred the plan to the committee" may not cite "the
committee voted ... to refer the plan to the health secretary" (newuser_128).

swapped.py reads the briefing's parties only, and the health secretary is none: the two ends of a referral turned
built. Here an English sentence's referral ("X referred the plan to Y", "X has referred ...", "X voted to refer ...",
passive "the plan was referred to Y by X") is read by the head noun of who refers (the word right before the verb,
past "has", "will", "voted ... to" and the like) and of whom it goes to (the last word of the words after "to"). It is
refused where a cited passage's sentence refers something to the sentence's referrer ("... to the health secretary")
and names the sentence's taker before its own verb ("The health scrutiny committee ... voted ... to refer"), but not
the sentence's referrer there: the two ends swapped. A referral named by its noun ("the committee's referral") is
not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import split_sentences

# "refer the plan to the health secretary", "referred it back to the board": a thing of up to four words (none in a
# passive: "was referred to the board"), then "to"
_REFERRAL = patterns.compile(
    r"(?<![\w-])(?P<verb>refer(?:s|red|ring)?)\s+(?:[\w'’-]+\s+){0,4}?(?:back\s+)?to\s+(?:the\s+)?"
    r"(?P<taker>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?)(?=\s*(?:[.,;:!?)]|$|\s(?:for|on|over|after|by|in|and|but"
    r"|which|who|because|as|with|last|this|next|earlier)\b))", re.IGNORECASE)
_BY = patterns.compile(r"\s+by\s+(?:the\s+)?(?P<giver>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?)"
                       r"(?=\s*(?:[.,;:!?)]|$|\s(?:for|on|over|after|in|and|but|which|who|because|last)\b))",
                       re.IGNORECASE)
_PASSIVE = patterns.compile(r"(?<!\w)(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# what stands between who refers and the verb: "has", "will now", "voted by seven votes to two to"
_BETWEEN = patterns.compile(r"(?:\s+(?:has|have|had|will|would|could|may|might|must|should|then|later|now|also|formally"
                            r"|unanimously|today|yesterday|not|never|(?:voted|decided|agreed|chose|moved)\b[^.;:!?]{0,40}?"
                            r"\bto))*\s*$", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
_PREFIX = 5  # "committee", "committee's": one word by its first letters


def referral_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text's referral goes from whom a cited passage's goes to, and to whom it comes from."""
    if "refer" not in text.lower() or not in_english(language):
        return []  # most sentences refer nothing: found by one str search
    theirs = [(_head(found["taker"]), sentence.text[:found.start()].lower())
              for passage in passages if "refer" in passage.text.lower()
              for sentence in split_sentences(passage.text, passage.language or language)
              for found in _REFERRAL.finditer(sentence.text)]
    for found in _REFERRAL.finditer(text):
        giver, taker = _giver(text, found), _head(found["taker"])
        if not giver or _alike(giver, taker) or any(  # a passage refers it so too ("who referred it back to ...")
                _alike(taker, their_taker) and _named(before, giver) for their_taker, before in theirs):
            continue
        for their_taker, before in theirs:
            if (_alike(giver, their_taker) and not _alike(taker, their_taker) and _named(before, taker)
                    and not _named(before, giver)):
                return [Finding(offset + found.start(), f"this sentence has '{giver}' refer it to '{taker}' where "
                                                        f"its cited passages have '{taker}' refer it to "
                                                        f"'{their_taker}': {clipped(text)}",
                                "keep who referred it and to whom as the source gives them, or cite the passage "
                                "that says this")]
    return []


def _giver(text: str, found: re.Match) -> str:
    """Return the head noun of who refers: after "by" in a passive, else the word before the verb and its helpers."""
    before = text[:found.start()]
    if _PASSIVE.search(before):
        by = _BY.match(text, found.end())
        return _head(by["giver"]) if by else ""
    words = _WORD.findall(before[:_BETWEEN.search(before).start()])
    return words[-1].lower() if words else ""


def _head(words: str) -> str:
    """Return the last word of a noun's words, folded: "health secretary" -> "secretary"."""
    found = _WORD.findall(words)
    return found[-1].lower() if found else ""


def _alike(one: str, other: str) -> bool:
    return one[:_PREFIX] == other[:_PREFIX] if min(len(one), len(other)) >= _PREFIX else one == other


def _named(text: str, head: str) -> bool:
    """Say whether (lowercase) text names a noun with this head, in any form sharing its first letters."""
    return any(_alike(word, head) for word in _WORD.findall(text))
