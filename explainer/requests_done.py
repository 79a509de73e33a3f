"""A request is not what it asks for: "A recount was held" may not cite "National requested a recount".

A passage that gives an event only as asked for ("requested a recount", "called for an inquiry", "sought a review",
"a recount was requested", "a request for an audit") has not told it happened. A sentence telling that event as
held ("was held", "was conducted", "was carried out", "took place", "held a recount"), as going on ("the recount is
under way", "is being held"), as granted ("agreed to a recount", "ordered an inquiry", "was approved") or as having
found something ("a recount confirmed the result", "the inquiry found") is refused where no cited passage gives it held, done or
decided ("held", "conducted", "ordered", "granted", "agreed to", "completed", "found", "showed"). The events read are
those a request is made for: a recount, an inquiry, an investigation, a review, an audit, a hearing, a vote, a
referendum, a run-off, a debate, a meeting, a probe. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked
from .wordset import may_hold

_EVENTS = ("recount", "inquiry", "enquiry", "investigation", "review", "audit", "hearing", "vote", "referendum",
           "run-off", "runoff", "debate", "meeting", "probe", "inspection", "retrial")
_EVENT_WORDS = frozenset({"recount", "inquiry", "enquiry", "investigation", "review", "audit", "hearing", "vote",
                          "referendum", "run", "runoff", "debate", "meeting", "probe", "inspection", "retrial"})


def _event(name: str = "event") -> str:
    """Return the pattern of an event, in the group `name` (each alternative of a pattern has its own)."""
    return rf"(?P<{name}>{'|'.join(re.escape(event) for event in _EVENTS)})"


_ARTICLE = r"(?:an?|the|its|their|fresh|full|new|partial|manual|independent|public|formal|judicial)\s+"
_ASKED = patterns.compile(
    r"(?<![\w-])(?:requested|requests|request\s+for|asked\s+for|asks\s+for|called\s+for|calls\s+for|demanded"
    r"|demands|sought|seeks|petitioned\s+for|applied\s+for|filed\s+for|pushed\s+for|urged)\s+(?:\w+\s+){0,2}?"
    rf"{_event()}(?!\w)", re.IGNORECASE)
_ASKED_AFTER = patterns.compile(
    rf"(?<![\w-]){_event()}\s+(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:formally\s+)?(?:requested|sought"
    rf"|demanded|called\s+for|asked\s+for)(?!\w)"
    rf"|(?<![\w-]){_event('event2')}\s+(?:request|petition|application|bid)(?!\w)",
    re.IGNORECASE)
# what the event is of, between it and its verb: "an audit of the ballots was carried out", "the recount itself"
_OF_WHAT = r"(?:\s+(?:of|into|on|in)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?\w+|\s+\w+)?"
_DONE_VERBS = (r"held|conducted|carried\s+out|completed|performed|finished|concluded|took\s+place|went\s+ahead"
               r"|confirmed|showed|shows|found|finds|upheld|overturned|reversed|changed|gave|began|started|opened")
# a request granted: "agreed to a recount", "ordered an inquiry", "a recount was approved"
_DECIDED = r"ordered|granted|approved|agreed\s+to|accepted|authori[sz]ed"
# an event going on: "the recount is under way", "is being held", "is in progress"
_GOING_ON = (r"(?:is|are)\s+(?:now\s+)?(?:under\s*way|in\s+progress|ongoing|being\s+(?:held|conducted|carried\s+out)"
             r"|taking\s+place)")
_TOLD_DONE = patterns.compile(
    rf"(?<![\w-])(?:held|conducted|carried\s+out|completed|performed|finished|began|started|opened|{_DECIDED})\s+"
    rf"(?:{_ARTICLE})*(?:\w+\s+)?{_event()}(?!\w)"
    rf"|(?<![\w-]){_event('event2')}{_OF_WHAT}\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|has\s+|had\s+)?"
    rf"(?:{_DONE_VERBS})"
    rf"|(?<![\w-]){_event('event3')}{_OF_WHAT}\s+(?:{_GOING_ON}|(?:was|were|has\s+been|had\s+been)\s+(?:{_DECIDED}))"
    r"(?!\w)", re.IGNORECASE)
_TOLD_AS = (("granted", patterns.compile(rf"(?<![\w-])(?:{_DECIDED})(?!\w)", re.IGNORECASE)),
            ("under way", patterns.compile(_GOING_ON, re.IGNORECASE)))
# a passage that gives the event held, done or decided backs a sentence telling it done
_GIVEN_DONE = patterns.compile(
    rf"(?<![\w-])(?:held|conducted|carried\s+out|completed|performed|ordered|granted|approved|agreed\s+to|accepted"
    rf"|began|started|opened|launched|announced)\s+(?:{_ARTICLE})*(?:[\w'’]+\s+){{0,4}}?{_event()}(?!\w)"
    rf"|(?<![\w-]){_event('event2')}{_OF_WHAT}\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|has\s+|had\s+|is\s+)?"
    rf"(?:{_DONE_VERBS}|ordered|granted|approved|accepted|launched|announced|under\s+way|underway|in\s+progress"
    r"|being\s+held|taking\s+place)(?!\w)",
    re.IGNORECASE)
_NOT_BEFORE = patterns.compile(r"(?<![\w-])(?:not|never|no|n['’]t|yet\s+to|if|whether|until|before|would|could"
                               r"|may|might|will|to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def requests_told_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as held or done an event its cited passages give only as requested."""
    if not in_english(language) or not passages or not may_hold(text, _EVENT_WORDS):
        return []  # most sentences name no such event: found by a set lookup
    spoken = unquoted(markers_blanked(text))
    done = next((found for found in _TOLD_DONE.finditer(spoken)
                 if not _NOT_BEFORE.search(spoken, max(0, found.start() - 24), found.start())), None)
    if done is None:
        return []
    event = _folded(done)
    asked = ""
    for passage in passages:
        said = unquoted(passage.text)
        if any(_folded(found) == event for found in _GIVEN_DONE.finditer(said)):
            return []
        found = next((found for pattern in (_ASKED, _ASKED_AFTER) for found in pattern.finditer(said)
                      if _folded(found) == event), None)
        asked = asked or (" ".join(found.group().split()) if found else "")
    if not asked:
        return []
    told = next((said for said, pattern in _TOLD_AS if pattern.search(done.group())), "done")
    return [Finding(offset + done.start(), f"this sentence tells the {event} as {told} ('{' '.join(done.group().split())}"
                                           f"') where its cited passages give it only as requested ('{asked}'): "
                                           f"{clipped(text)}",
                    f"say the {event} was requested, as the source does, or cite a passage that gives it held")]


def _folded(found: re.Match) -> str:
    """Return the name of the event a match holds as compared: "Run-off" and "runoff" are one, "enquiry" is an
    "inquiry"."""
    folded = (found["event"] or found.groupdict().get("event2") or found.groupdict().get("event3") or ""
              ).casefold().replace("-", "")
    return "inquiry" if folded == "enquiry" else folded
