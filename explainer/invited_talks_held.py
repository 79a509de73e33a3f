"""Talks invited to are no talks held: "A government mediator brought both sides together for talks on Thursday" may
not cite "A government mediator has invited both sides to talks on Thursday".

talk_stages.py reads exploratory talks and negotiations; plain English "talks" (or a meeting) that a passage gives
only as invited to, offered or proposed ("has invited both sides to talks", "offered talks", "proposed a meeting")
were told as held and built: every date and name stood (tests/test_factcheck_203.py). A sentence telling talks or a
meeting held ("held talks", "brought both sides together for talks", "met for talks", "sat down for talks", "talks
took place", "talks were held", "hosted talks") is refused where every cited passage sentence naming talks or a
meeting gives them as invited, offered or proposed. A sentence keeping them to come ("will hold talks", "are due to
meet"), negated ("have not met"), keeping the invitation ("invited ... to talks") and words in quotation marks are not
read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked, sentence_of
from .wordset import may_hold

_WORDS = frozenset({"talks", "meeting", "met", "meet", "negotiations", "summit"})
_TALKS = r"(?:talks|negotiations|a\s+meeting|meetings|a\s+summit)"
# talks told as held: "held talks", "brought both sides together for talks", "met for talks", "talks took place"
_HELD = patterns.compile(
    rf"(?<![\w-])(?:held|hosted|convened|chaired|opened|began|started)\s+(?:\w+\s+){{0,2}}?{_TALKS}(?![\w-])"
    rf"|(?<![\w-])(?:brought|got|sat)\s+(?:[\w'’]+\s+){{0,3}}?(?:together|down)\s+(?:for|to|in)\s+{_TALKS}(?![\w-])"
    rf"|(?<![\w-])(?:met|sat\s+down|came\s+together)\s+(?:[\w'’]+\s+){{0,3}}?(?:for|in|at)\s+{_TALKS}(?![\w-])"
    rf"|(?<![\w-])(?:talks|negotiations|meeting|summit)\s+(?:\w+\s+){{0,4}}?(?:took\s+place|were\s+held|was\s+held"
    rf"|have\s+been\s+held|has\s+been\s+held|went\s+ahead|began|started|opened)(?![\w-])"
    rf"|(?<![\w-])(?:held|hosted)\s+(?:[\w'’]+\s+){{0,4}}?(?:meeting|summit)(?![\w-])",
    re.IGNORECASE)
# talks kept as an invitation, an offer or to come, in the sentence or the passage's sentence naming them
_INVITED = patterns.compile(
    r"(?<![\w-])(?:invit\w*|offer\w*|propos\w*|call\w*\s+for|urg\w*|ask\w*|suggest\w*|ready|willing|open\s+to"
    r"|will|would|could|may|might|due|expected|set|planned|plans?|scheduled|to\s+be|if|whether|not|never|no|n['’]t"
    r"|yet)(?![\w-])", re.IGNORECASE)
_NAMED = patterns.compile(r"(?<![\w-])(?:talks|negotiations|meetings?|summit)(?![\w-])", re.IGNORECASE)
_INVITATION = patterns.compile(r"(?<![\w-])(?:invit\w*|offer\w*|propos\w*)(?![\w-])", re.IGNORECASE)


def invited_talks_told_held(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells talks or a meeting held that every cited passage gives only as invited to,
    offered or proposed."""
    if not in_english(language) or not passages or not may_hold(text, _WORDS):
        return []  # most sentences name no talks: found by a set lookup
    spoken = unquoted(markers_blanked(text))
    held = _HELD.search(spoken)
    if held is None or _INVITED.search(spoken):
        return []
    invited = ""
    for passage in passages:
        said = unquoted(passage.text)
        for named in _NAMED.finditer(said):
            sentence = sentence_of(said, named.start())
            offered = _INVITATION.search(sentence)
            if offered is None:
                return []  # talks a passage gives without an invitation: held, or told otherwise
            invited = invited or offered.group()
    if not invited:
        return []
    return [Finding(offset + held.start(), f"this sentence tells talks as held ('{' '.join(held.group().split())}') "
                                           f"where its cited passages give them only as invited or offered "
                                           f"('{invited}'): {clipped(text)}",
                    "say who invited whom to the talks, as the source does, or cite a passage that gives them held")]
