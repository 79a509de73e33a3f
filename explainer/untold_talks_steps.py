"""Steps of a dispute's offers and talks that no cited passage tells: an offer told as raised, an invitation told as
accepted, a breakdown of talks moved to another weekday.

Over a dock strike (tests/fixtures/factcheck_203), each built:

1. "Alder Terminals has raised its offer to 4.5%" citing "Alder Terminals has offered 4.5%": a raise needs an earlier
   offer. A sentence telling an offer or bid raised ("raised", "increased", "improved", "sweetened", "upped" its offer)
   is refused where a cited passage names an offer and none tells it changed ("raised", "increased", "improved",
   "revised", "new", "higher", "earlier", "previous", "first", "from ... to", ...) nor names two figures in a sentence
   of its offer ("offered 3% in May and 4% in June").
2. "Both sides have accepted the mediator's invitation" citing "has invited both sides to talks on Thursday": an
   acceptance no passage gives. A sentence telling an invitation accepted ("accepted the invitation", "agreed to
   attend the talks"), with no negation before it ("has not accepted", "has yet to accept" build), is refused where a
   cited passage gives an invitation and none tells anyone accepting, agreeing, attending or taking part. Only
   invitations are read: "The union has not accepted the 4.5% offer" and any acceptance of an offer are not.
3. "Talks ... collapsed late on Tuesday" citing "... began a 48-hour strike on Tuesday after talks ... broke down late
   on Monday": dated_acts.py reads an act by its own verb, and "collapsed" is not "broke". A sentence dating a breakdown
   of talks ("collapsed", "broke down", "broke off", "fell apart", "failed", "stalled") to a weekday is refused where
   the cited passages date a breakdown only to other weekdays, and no talks stopped otherwise ("suspended",
   "adjourned") to this one. Other dates (a day of a month) are not read here.

English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_WORDS = ("offer", "bid", "invit", "accept", "agree", "collaps", "broke", "fell", "fail", "stall")

# 1. An offer or bid told as raised
_RAISED_OFFER = patterns.compile(
    r"(?<!\w)(?:raised|raises|increased|increases|improved|improves|sweetened|sweetens|upped|ups|lifted|lifts)\s+"
    r"(?:its|their|the|his|her)\s+(?:pay\s+|wage\s+|salary\s+)?(?:offer|bid)(?!\w)", re.IGNORECASE)
_OFFER = patterns.compile(r"(?<!\w)(?:offer\w*|bid)(?!\w)", re.IGNORECASE)
_CHANGED_OFFER = patterns.compile(
    r"(?<!\w)(?:rais\w*|increas\w*|improv\w*|revis\w*|sweeten\w*|upp?ed|lift\w*|new|newer|higher|better|earlier"
    r"|previous\w*|prior|first|initial\w*|original\w*|latest|fresh|another|second|third|up\s+from|from\s+[^.;]{1,40}?"
    r"\s+to)(?!\w)", re.IGNORECASE)

_FIGURE = patterns.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE = patterns.compile(r"(?<=[.!?])\s+")

# 2. An invitation told as accepted, and whether a passage tells anyone accepting one
_ACCEPTED = patterns.compile(
    r"(?<!\w)(?:(?:accepted|accepts|taken\s+up|took\s+up|takes\s+up)\s+(?:(?:the|an|its|their|this|that"
    r"|[\w’']+['’]s?)\s+){0,3}(?:invitation|invite)|agreed\s+to\s+(?:attend|join|take\s+part\s+in)\s+"
    r"(?:the\s+)?(?:talks|meeting|negotiations))(?!\w)", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|yet\s+to|n['’]t|neither|nor|no\s+longer|whether|if)\s+"
                                   r"(?:\w+\s+){0,3}$", re.IGNORECASE)
_INVITED = patterns.compile(r"(?<!\w)invit\w*(?!\w)", re.IGNORECASE)
_ANSWERED = patterns.compile(r"(?<!\w)(?:accept\w*|agree\w*|attend\w*|join\w*|take\s+part|took\s+part|taking\s+part"
                             r"|confirm\w*|declin\w*|refus\w*|reject\w*|turn\w*\s+down|will\s+(?:be\s+)?(?:there"
                             r"|go|come))(?!\w)", re.IGNORECASE)

# 3. A breakdown of talks dated to a weekday
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_BREAKDOWN_DATED = patterns.compile(
    r"(?<!\w)(?:collapsed|broke\s+down|broke\s+off|broken\s+down|broken\s+off|fell\s+apart|failed|stalled|foundered"
    r"|ended\s+without\s+(?:a\s+)?(?:deal|agreement))(?:\s+(?:late|early|again|finally|abruptly|suddenly))?\s+on\s+"
    r"(?P<day>"
    + _WEEKDAYS + r")(?!\w)")
# Talks stopped by other words on a weekday, which a sentence may tell as their collapse
_TALKS_STOPPED = patterns.compile(
    r"(?<!\w)(?:suspended|ended|adjourned|halted|paused|abandoned|called\s+off)(?:\s+(?:late|early|again|finally"
    r"|abruptly|suddenly))?\s+on\s+(?P<day>" + _WEEKDAYS + r")(?!\w)")
_TALKS = patterns.compile(r"(?<!\w)(?:talks|negotiations)(?!\w)", re.IGNORECASE)


def untold_talks_steps(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for an offer told as raised, an invitation told as accepted, or a breakdown of talks dated
    to another weekday, where no cited passage tells it."""
    if not in_english(language) or not passages:
        return []
    lowered = text.lower()
    if not any(word in lowered for word in _WORDS):
        return []  # most sentences name no offer, invitation or breakdown: found by substring searches
    spoken = unquoted(markers_blanked(text))
    said = [unquoted(passage.text) for passage in passages]
    return (_raised_offer(text, spoken, said, offset) or _accepted_invitation(text, spoken, said, offset)
            or _breakdown_moved(text, spoken, said, offset))


def _raised_offer(text: str, spoken: str, said: list[str], offset: int) -> list[Finding]:
    """Return a finding for an offer told as raised where a passage names an offer and none tells one changed."""
    raised = _RAISED_OFFER.search(spoken)
    if raised is None or _negated(spoken, raised.start()) or not any(_OFFER.search(passage) for passage in said):
        return []
    if any(_CHANGED_OFFER.search(passage) for passage in said) or any(map(_two_offered_figures, said)):
        return []  # "offered 3% in May and 4% in June": an earlier offer told by its figure
    return [Finding(offset + raised.start(), f"this sentence tells an offer as raised ('{raised.group()}') where its "
                                             f"cited passages give no earlier offer: {clipped(text)}",
                    "say what was offered, as the source does, or cite the passage that gives the earlier offer")]


def _two_offered_figures(passage: str) -> bool:
    """Say whether a sentence of the passage naming an offer holds two figures or more, each an offer perhaps."""
    return any(len(set(_FIGURE.findall(sentence))) >= 2 for sentence in _SENTENCE.split(passage)
               if _OFFER.search(sentence))


def _accepted_invitation(text: str, spoken: str, said: list[str], offset: int) -> list[Finding]:
    """Return a finding for an invitation told as accepted where a passage gives it and none tells it answered."""
    accepted = _ACCEPTED.search(spoken)
    if accepted is None or _negated(spoken, accepted.start()):
        return []
    if not any(_INVITED.search(passage) for passage in said) or any(_ANSWERED.search(p) for p in said):
        return []
    return [Finding(offset + accepted.start(), f"this sentence tells an invitation as accepted ('{accepted.group()}') "
                                               f"where its cited passages give it only as made: {clipped(text)}",
                    "say who invited whom, as the source does, or cite a passage that tells the invitation accepted")]


def _negated(spoken: str, at: int) -> bool:
    """Say whether a negation, or a question ("whether"), stands a few words before `at`: "has not accepted"."""
    return bool(_NEGATED_BEFORE.search(spoken[max(0, at - 48):at]))


def _breakdown_moved(text: str, spoken: str, said: list[str], offset: int) -> list[Finding]:
    """Return a finding for a breakdown of talks dated to a weekday where the passages date one to other days only."""
    dated = _BREAKDOWN_DATED.search(spoken)
    if dated is None or not _TALKS.search(spoken):
        return []
    found = [breakdown for passage in said if _TALKS.search(passage)
             for breakdown in _BREAKDOWN_DATED.finditer(passage)]
    days = {breakdown.group("day") for breakdown in found}
    if not days or dated.group("day") in days or any(
            ended.group("day") == dated.group("day") for passage in said for ended in _TALKS_STOPPED.finditer(passage)):
        return []  # "The talks collapsed on Monday" of "were suspended on Monday after they broke down on Sunday"
    if dated.group().split()[0] in {breakdown.group().split()[0] for breakdown in found}:
        return []  # the same verb, dated_acts.py's to read ("broke down late on Tuesday" of "... on Monday")
    return [Finding(offset + dated.start("day"), f"this sentence dates the breakdown of talks to "
                                                 f"'{dated.group('day')}', where its cited passages date it to "
                                                 f"'{sorted(days)[0]}': {clipped(text)}",
                    "give the day the source gives, or cite the passage that dates the breakdown to this one")]
