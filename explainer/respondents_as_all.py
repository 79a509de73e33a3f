"""Respondents kept: a share the source gives of those who responded to a consultation or survey may not be told as a
share of all the residents, people or voters.

"71% of residents opposed the plan" (or "71% of Elmsford's residents", "71% of local people", "71 per cent of the
town's voters", and in words, "Most residents oppose the plan", "a majority of local people", "seven in ten voters",
where the sentence shares a word with the passage's, "oppose") citing "Of those who responded, 71% opposed the plan"
tells of a whole population what the source counts among the few who answered (a consultation's respondents, who are
no sample of the area). Refused where the sentence gives a percentage "of" residents, people, the public, the
population, voters, locals, households or inhabitants, without saying they responded ("who responded", "responding",
"who took part", "surveyed", "polled", "asked"), and the cited passage's sentence giving that percentage counts
respondents ("those who responded", "respondents", "responses", "took part", "surveyed", "polled") and no such whole.
Words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_NUMBER = r"(?P<number>\d+(?:[.,]\d+)?)"
_PERCENT = rf"{_NUMBER}\s*(?:%|per\s*cent|percent)"
_WHOLE = (r"(?:residents|people|public|population|voters|locals|inhabitants|households|townspeople|citizens"
          r"|electorate|community)")
# "71% of residents", "71% of Elmsford's residents", "71% of the town's voters", "71% of local people"
_SHARE_OF_WHOLE = patterns.compile(
    rf"(?<![\w.,]){_PERCENT}\s+of\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+['’]s?\s+)?(?:[\w-]+\s+)?{_WHOLE}(?![\w-])",
    re.IGNORECASE)
# words saying the share counts only those who answered
_RESPONDED = patterns.compile(
    r"(?<![\w-])(?:respond\w*|respons\w*|took\s+part|taking\s+part|take\s+part|replied|replying|answered|answering"
    r"|surveyed|polled|asked|questioned|interviewed|sampled|participants?|participat\w*)(?![\w-])", re.IGNORECASE)
# a share in words: "Most residents oppose the plan", "a majority of local people", "seven in ten voters"
_MOST_OF_WHOLE = patterns.compile(
    r"(?<![\w-])(?:most|(?:a|the)\s+majority\s+of|(?:nearly\s+|almost\s+)?(?:three|seven)[\s-]"
    rf"(?:quarters|in[\s-](?:four|ten))(?:\s+of)?)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+['’]s?\s+)?(?:[\w-]+\s+)?"
    rf"{_WHOLE}(?![\w-])", re.IGNORECASE)
_CONTENT_WORD = patterns.compile(r"[A-Za-z]{5,}")
_PASSAGE_PERCENT = patterns.compile(rf"(?<![\w.,]){_PERCENT}", re.IGNORECASE)
_SENTENCE_END = patterns.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")
_WHOLE_WORD = patterns.compile(rf"(?<![\w-]){_WHOLE}(?![\w-])", re.IGNORECASE)


def respondents_told_as_all(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a share of residents (people, voters, ...) that its cited passages give only
    of those who responded."""
    if not in_english(language) or not passages:
        return []
    own = unquoted(markers_blanked(text))
    share = _SHARE_OF_WHOLE.search(own) or _MOST_OF_WHOLE.search(own)
    if share is None or _RESPONDED.search(own):
        return []
    sentences = [sentence for p in passages for sentence in _SENTENCE_END.split(p.text)]
    if share.re == _SHARE_OF_WHOLE:
        number = _value(share.group("number"))
        counted = [s for s in sentences
                   if any(_value(m.group("number")) == number for m in _PASSAGE_PERCENT.finditer(s))]
    else:  # a share in words backs on any percentage of a sentence sharing a word of the sentence's ("oppose")
        counted = [s for s in sentences if _PASSAGE_PERCENT.search(s) and _shares_a_word(own, s)]
    if not counted or not all(_RESPONDED.search(s) and not _WHOLE_WORD.search(s) for s in counted):
        return []
    respondents = _RESPONDED.search(counted[0]).group()
    return [Finding(offset, f"this sentence gives a share of all ('{share.group()}') that its cited passages give "
                            f"only of those who answered ('{respondents}'): {clipped(text)}",
                    "say whose share it is as the source does (of those who responded), or cite the passage that "
                    "gives it of everyone")]


def _shares_a_word(text: str, sentence: str) -> bool:
    """Say whether text shares a word of five letters or more, read by its first five ("oppose", "opposed"), with
    what the sentence's first percentage says, up to its clause's end ("71% opposed the plan"), not who says it."""
    percentage = _PASSAGE_PERCENT.search(sentence)
    said = re.split(r"[,;:.]", sentence[percentage.end():], maxsplit=1)[0]
    stems = {word.lower()[:5] for word in _CONTENT_WORD.findall(said)} - {"their", "which", "those", "about"}
    return any(word.lower()[:5] in stems for word in _CONTENT_WORD.findall(text))


def _value(number: str) -> float:
    """Return a percentage's number as a value ("71", "71.5", "71,5")."""
    return float(number.replace(",", "."))
