"""A labour dispute's events no cited passage tells: a strike's span, its end, a threat, a legal verdict, a
consequence; talks held, walked out of, ended with or without a deal; a refusal.

"About 2,400 dockworkers began a 48-hour strike on Tuesday after talks broke down" was cited by sentences that kept
every name, figure and date and told another event: "began an indefinite (a week-long) strike" (a span changed),
"ended a 48-hour strike" (begun told as ended), "threatened a 48-hour strike" (done told as threatened), "began an
illegal strike" (a legal verdict), "..., closing the port" (a consequence), "after the operator walked out of talks"
(a doer given to a breakdown). "A mediator has invited both sides to talks on Thursday" was cited by "Talks ... ended
without a deal" or "produced a deal" (an outcome of talks still to come), "A mediator held talks" (an invitation told as
talks held) and "..., which the union has refused" (a refusal no passage gives).

Each event below is read in a sentence by its words around a labour action (a strike, walkout, lockout, stoppage,
work-to-rule, industrial action) or talks, and refused where no cited passage holds a word that tells the same event
in any form: "open-ended" or "until further notice" backs "indefinite"; "two-day" or "48 hours" backs "48-hour";
"called off" or "returned to work" backs "ended"; "could", "if" or "warned" backs "threatened"; "shut" or "halted"
backs "closing"; "broke down" or "failed" backs "ended without a deal"; "met" or "broke down" backs "held talks";
"rejected" or "an insult" backs "refused". An event told as possible, to come, near or denied ("could end the
strike", "will hold talks", "did not refuse") tells none; words in quotation marks are the quotation checks'. A strike
of arms ("air strikes", "drone strikes") is no labour action. English text is read (tests/test_factcheck_205.py).
"""

from __future__ import annotations

import functools
import re
from typing import Callable

from . import patterns, wordset
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .unbacked_deeds import _MAYBE, _NEAR, _backs, _passage_text, _words_before

# a labour action, not one of arms ("air strikes", "drone strike", "strike on", "strike against")
_ARMS = r"(?<!air )(?<!airs )(?<!drone )(?<!missile )(?<!military )(?<!retaliatory )(?<!precision )(?<!aerial )(?<!rocket )(?<!artillery )(?<!cross-border )(?<!targeted )(?<!further )"
_ACTION = (rf"(?:{_ARMS}strikes?|walk-?outs?|lock-?outs?|stoppages?|work[- ]to[- ]rule|go[- ]slows?|industrial\s+action"
           r"|overtime\s+ban)")
# words that make a bare "strike" a labour action: without one in the sentence or its passages, it may be of arms
_LABOUR = patterns.compile(r"\b(?:unions?|(?:dock|steel|car|rail|farm)?workers?|staff|employees?|pay|wages?|picket\w*"
                           r"|industrial|labou?r|nurses|teachers|doctors|drivers|miners|members|ballot\w*|employers?"
                           r"|walk-?outs?|downed\s+tools|stoppages?)\b", re.IGNORECASE)
_BARE_STRIKE = patterns.compile(r"\bstrikes?\b(?!.*\b(?:walk-?outs?|lock-?outs?|stoppages?)\b)", re.IGNORECASE)
_TALKS = r"(?:talks|negotiations|mediation|pay\s+talks|wage\s+talks)"
_FEW = r"(?:[\w%'’-]+\s+){0,3}?"  # up to three words between ("a 48-hour", "their planned")
# the words that may stand between a verb and its talks: "held fresh pay talks", "walked out of the latest talks" (not
# "walked out on Monday after talks", "held firm in talks")
_MODS = (r"(?:(?:the|a|an|its|their|his|her|fresh|new|further|more|direct|pay|wage|contract|peace|formal|informal"
         r"|emergency|crisis|urgent|separate|latest|final|first|second|third|two|three|round|rounds|of|\w+-\w+)\s+){0,4}")
_NUMBER = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14, "twenty-four": 24, "half": 0.5}
_HOURS = {"hour": 1, "day": 24, "week": 168, "month": 720}
_COUNT = r"(?:\d+(?:\.\d+)?|an|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty-four|half)"
_SPAN_WORD = rf"(?:(?P<count>{_COUNT})[- ](?P<unit>hour|day|week|month)(?:[- ]long)?|(?P<long>hour|day|week|month)[- ]long)"
_INDEFINITE = r"(?:indefinite|open[- ]ended|unlimited)"
# a span told of an action: "a 48-hour strike", "an indefinite walkout", "a week-long stoppage"
_SPAN_TOLD = patterns.compile(rf"\b(?:{_SPAN_WORD}|(?P<indefinite>{_INDEFINITE}))\s+{_FEW}{_ACTION}\b", re.IGNORECASE)
# a span a passage gives, anywhere: "48-hour", "for 48 hours", "two days", "a week", "week-long"
_SPAN_GIVEN = patterns.compile(rf"\b(?:(?P<count>{_COUNT})[- ](?P<unit>hour|day|week|month)s?\b|(?P<long>hour|day|week|month)"
                               r"[- ]long)", re.IGNORECASE)
_HALF = patterns.compile(r"\bhalf\s+an?\s+", re.IGNORECASE)  # "half a day" is a "half-day"
_INDEFINITE_BACKS = ("indefinite", "open ended", "unlimited", "until further notice", "no end date", "all out",
                     "without end", "no time limit", "no end in sight")

# a legal verdict on an action: "an illegal strike", "the walkout was unlawful"
_VERDICT = patterns.compile(rf"\b(?:(?P<word>illegal|unlawful|lawful|legal)\s+{_FEW}{_ACTION}\b"
                            rf"|{_ACTION}\s+{_FEW}(?:is|was|were|are|has\s+been|had\s+been)\s+(?:\w+\s+)?"
                            r"(?P<after>illegal|unlawful|lawful|legal)\b)", re.IGNORECASE)
_ILLEGAL_BACKS = ("illegal", "unlawful", "not legal", "not lawful", "breach", "violat", "against the law", "banned",
                  "outlaw", "prohibit", "injunction", "contraven", "unauthori")
_LEGAL_BACKS = ("legal", "lawful", "within the law", "authori", "sanctioned", "ballot")

# an action told as ended: "ended the strike", "called off its walkout", "the strike ended"
_ENDED = patterns.compile(rf"\b(?:(?:ended|ends|ending|called\s+off|calls\s+off|calling\s+off|suspended|suspends"
                          rf"|halted|abandoned|lifted|lifts|cancelled|canceled|scrapped)\s+{_FEW}{_ACTION}\b"
                          rf"|{_ACTION}\s+(?:ended|was\s+called\s+off|were\s+called\s+off|was\s+suspended|was\s+lifted"
                          r"|is\s+over|was\s+over|has\s+ended|had\s+ended|came\s+to\s+an\s+end)\b)", re.IGNORECASE)
_ENDED_BACKS = ("end", "called off", "call off", "calls off", "calling off", "suspend", "halt", "abandon", "lift",
                "cancel", "scrap", "return to work", "returned to work", "returning to work", "back to work", "over ",
                "finish", "conclud", "settl", "deal ", "agreement", "agreed", "resum", "went back")

# an action told as threatened: "threatened a 48-hour strike", "threatened to extend the strike"
_THREATENED = patterns.compile(rf"\b(?:threaten(?:ed|s|ing)?|warned\s+of|warns\s+of|warning\s+of)\s+{_FEW}{_ACTION}\b",
                               re.IGNORECASE)
_THREAT_BACKS = ("threat", "warn", "could", "would", "may ", "might", "if ", "unless", "ballot", "vote", "plan",
                 "ultimatum", "deadline", "notice", "prepared to", "ready to", "will ", "vow", "pledg")

# a consequence of an action told: "..., closing the port", "shutting down operations"
_CONSEQUENCE = patterns.compile(r"\b(?:closing|closed|shutting|shut|halting|halted|paralys\w*|paralyz\w*|crippl\w*)"
                                r"\s+(?:down\s+)?(?:the|a|an|its|their|all|most|much)\s+\w+"
                                r"|\b(?:to|at)\s+a\s+standstill\b", re.IGNORECASE)
_ACTION_TOLD = patterns.compile(rf"\b{_ACTION}\b|\bwalk(?:ed|s|ing)?\s+out\b|\bdown(?:ed|ing)?\s+tools\b",
                                re.IGNORECASE)
_CONSEQUENCE_BACKS = ("clos", "shut", "halt", "paraly", "crippl", "standstill", "idle", "suspend", "block",
                      "ground to", "grind to", "closure")

# talks left by a party: "the operator walked out of pay talks", "broke off negotiations"
_LEFT_TALKS = patterns.compile(rf"\b(?:walk(?:ed|s|ing)?\s+out\s+(?:of|on|from)|pull(?:ed|s|ing)?\s+out\s+of"
                               rf"|withdr(?:ew|awn|aws|awing)\s+from|quit|quits|abandon(?:ed|s|ing)?|broke\s+off"
                               rf"|break(?:s|ing)?\s+off|stormed\s+out\s+of)\s+{_MODS}{_TALKS}\b", re.IGNORECASE)
_LEFT_BACKS = ("walk out", "walked out", "walks out", "walking out", "walkout", "left the", "left talks", "quit",
               "pulled out", "pull out", "withdr", "abandon", "broke off", "broken off", "break off", "stormed out",
               "exit")

# talks ended with a deal: "produced a deal", "reached an agreement", "ended in a deal"
_DEAL = r"(?:deal|agreement|settlement|accord|breakthrough)"
_DEAL_MADE = patterns.compile(rf"\b(?:reach(?:ed|es|ing)?|struck|clinch\w*|seal(?:ed|s|ing)|produc(?:ed|es|ing|e)"
                              rf"|yield(?:ed|s|ing)?|hammer(?:ed|s|ing)?\s+out|brokered|secur(?:ed|es|ing)"
                              rf"|ended\s+(?:in|with))\s+(?:a|an|the)?\s*{_FEW}{_DEAL}\b", re.IGNORECASE)
_DEAL_BACKS = ("deal", "agreement", "agreed", "accord", "settle", "breakthrough", "accept", "pact", "signed")
# talks ended without one: "ended without a deal", "failed to reach an agreement"
_NO_DEAL = patterns.compile(rf"\b(?:(?:ended|ending|ends|broke\s+up|finished|concluded|closed)\s+{_FEW}"
                            rf"(?:without|with\s+no|in\s+no)\s+(?:a\s+|an\s+|any\s+)?{_DEAL}"
                            rf"|fail(?:ed|s|ing)?\s+to\s+(?:reach|produce|yield|agree|secure|strike)\b"
                            rf"|no\s+{_DEAL}\s+was\s+(?:reached|struck|agreed))", re.IGNORECASE)
_NO_DEAL_BACKS = ("without a deal", "without an agreement", "without agreement", "without a breakthrough",
                  "without progress", "no deal", "no agreement", "no breakthrough", "no progress", "broke down",
                  "broken down", "break down", "breakdown", "collaps", "fail", "deadlock", "stalemate", "impasse",
                  "stalled", "broke up", "ended without") + _DEAL_BACKS  # a deal told, turned: with_without.py's
# talks told as held: "held talks with both sides", "talks were held", "talks took place"
_HELD = patterns.compile(rf"\b(?:(?:held|holding|hosted|hosting|chaired|chairing)\s+{_MODS}{_TALKS}"
                         rf"|{_TALKS}\s+(?:were|was)\s+held|{_TALKS}\s+took\s+place)\b", re.IGNORECASE)
_HELD_BACKS = ("held", "hold", "took place", "met ", "meeting", "sat down", "host", "chair", "broke down",
               "broken down", "collaps", "stalled", "resum", "ended", "failed", "after talks", "in talks",
               "during talks", "round of talks", "talks continued", "talks with", "negotiated")
# a refusal of talks or an invitation: "refused talks", "..., which the union has refused" (of an offer or a proposal,
# which polarity.py and opposite_deeds.py read against the passages' "opposed", "called final", ...: not read here)
_REFUSAL_VERB = r"(?:refus\w*|reject\w*|turn(?:ed|s|ing)?\s+down|boycott\w*|snubb?\w*|spurn\w*|rebuff\w*|declin\w*)"
_REFUSED = patterns.compile(rf"\b{_REFUSAL_VERB}\s+(?:(?:the|a|an|its|their|this|that|all|any)\s+)?{_FEW}"
                            rf"(?:{_TALKS}|invitations?|mediation|mediator|meeting)\b"
                            rf"|\bwhich\s+(?:the\s+)?(?:\w+\s+){{0,2}}?(?:has\s+|have\s+|had\s+)?(?:since\s+)?"
                            r"(?:refused|rejected|declined|turned\s+down|boycotted|snubbed|spurned|rebuffed)\b",
                            re.IGNORECASE)
_REFUSAL_BACKS = ("refus", "reject", "declin", "turn down", "turned down", "turns down", "rebuff", "spurn", "snub",
                  "boycott", "dismiss", "insult", "not accept", "won t", "will not", "would not", "unacceptable",
                  "ruled out", "rule out", "voted against", "voted down", "walked out", "insufficient",
                  "not enough", "inadequate", "derisory", "no to ")
# A boycott told by its absence: "The union stayed away from the meeting in protest", "did not attend", "shunned"
_BOYCOTT_BACKS = _REFUSAL_BACKS + ("stayed away", "stay away", "stays away", "staying away", "kept away", "keep away",
                                   "stayed out of", "did not attend", "didn t attend", "not attend", "failed to attend",
                                   "absent", "shun", "skipped", "sat out", "sit out", "did not take part",
                                   "didn t take part", "not to take part", "not take part", "empty chair")

# A negation, or a verb of denial, a word or two before the event: "did not end", "denied refusing"
_NOT = patterns.compile(r" (?:not|never|no|t|without|nor|den(?:y|ies|ied|ying))(?: [a-z]+){0,2}$")

_EVENTS = ((_VERDICT, None), (_ENDED, _ENDED_BACKS), (_THREATENED, _THREAT_BACKS), (_LEFT_TALKS, _LEFT_BACKS),
           (_DEAL_MADE, _DEAL_BACKS), (_NO_DEAL, _NO_DEAL_BACKS), (_HELD, _HELD_BACKS), (_REFUSED, _REFUSAL_BACKS))


# What every match of a pattern a finding comes from holds, in any case: _ACTION's words ("strike", "walk", "lock",
# "stoppage", "work", "slow", "industrial", "overtime"), "tools" (downed tools), the talks' words (_TALKS, _REFUSED's
# "invitation", "mediator", "meeting", "which"), a deal's (_DEAL) and "fail" (_NO_DEAL). A sentence holding none tells
# no event: it was read by ten patterns and a cached closure made for it (tests/test_speed_5.py holds the gate to them).
_EVENT_FRAGMENTS = ("strike", "walk", "lock", "stoppage", "work", "slow", "industrial", "overtime", "tools", "talks",
                    "negotiation", "mediat", "invitation", "meeting", "which", "deal", "agreement", "settlement",
                    "accord", "breakthrough", "fail")


def unbacked_labour_events(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for the first event of a labour dispute (module docstring) that text tells and no cited
    passage gives in any form."""
    if not in_english(language) or not passages or not wordset.may_contain(text, _EVENT_FRAGMENTS):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    read = [_passage_text(passage.text) for passage in passages]

    @functools.cache
    def labour() -> bool:  # read only for a bare "strike": most sentences tell none
        return bool(_LABOUR.search(spoken) or any(_LABOUR.search(passage.text) for passage in passages))

    for told, backs in _EVENTS:
        for match in told.finditer(spoken):
            if _BARE_STRIKE.search(match.group()) and not labour():
                continue  # "ended its strikes" of a war: no labour action
            if _told_as_done(spoken, quoted, match) and not any(_backs(passage, _backs_of(match, backs))
                                                                 for passage in read):
                return _unbacked(text, match.group(), offset)
    if (action := _ACTION_TOLD.search(spoken)) and (not _BARE_STRIKE.search(action.group()) or labour()):
        for match in _CONSEQUENCE.finditer(spoken):
            if _told_as_done(spoken, quoted, match) and not any(_backs(passage, _CONSEQUENCE_BACKS)
                                                                 for passage in read):
                return _unbacked(text, match.group(), offset)
    return _unbacked_span(text, spoken, quoted, passages, offset, labour)


def _told_as_done(spoken: str, quoted: list, match: re.Match) -> bool:
    """Say whether an event at `match` is told as done: outside quotation marks, not possible, near or denied."""
    before = _words_before(spoken, match.start())
    return not (inside(quoted, match.start()) or _NEAR.search(before) or _MAYBE.search(before)
                or _NOT.search(before))


def _backs_of(match: re.Match, backs: tuple[str, ...] | None) -> tuple[str, ...]:
    """Return the words a passage gives the event at `match` by: a verdict's, a boycott's (absence too), or `backs`."""
    if backs is None:
        return _verdict_backs(match)
    return _BOYCOTT_BACKS if backs is _REFUSAL_BACKS and "boycott" in match.group().lower() else backs


def _verdict_backs(match: re.Match) -> tuple[str, ...]:
    """Return the words a passage gives a verdict of `match` by: illegal, or legal."""
    word = (match.group("word") or match.group("after")).lower()
    return _ILLEGAL_BACKS if word in ("illegal", "unlawful") else _LEGAL_BACKS


def _unbacked_span(text: str, spoken: str, quoted: list, passages: list[Cited], offset: int,
                   labour: Callable[[], bool]) -> list[Finding]:
    """Return a finding for the first span of an action ("a 48-hour strike") no cited passage gives in any form."""
    for match in _SPAN_TOLD.finditer(spoken):
        if inside(quoted, match.start()) or (_BARE_STRIKE.search(match.group()) and not labour()):
            continue
        if match.group("indefinite"):
            if not any(_backs(_passage_text(passage.text), _INDEFINITE_BACKS) for passage in passages):
                return _unbacked(text, match.group(), offset)
            continue
        hours = _hours(match)
        if hours is not None and not any(_hours(given) == hours for passage in passages
                                         for given in _SPAN_GIVEN.finditer(_HALF.sub("half-", passage.text))):
            return _unbacked(text, match.group(), offset)
    return []


def _hours(match: re.Match) -> float | None:
    """Return the hours a span (of _SPAN_TOLD or _SPAN_GIVEN) lasts: "48-hour" 48, "two-day" 48, "week-long" 168."""
    if match.group("long"):
        return _HOURS[match.group("long").lower()]
    count = match.group("count").lower()
    number = _NUMBER.get(count) if not count[0].isdigit() else float(count)
    return None if number is None else number * _HOURS[match.group("unit").lower()]


def _unbacked(text: str, shown: str, offset: int) -> list[Finding]:
    """Return the finding for an event (as `shown`) no cited passage gives."""
    shown = " ".join(shown.split())
    return [Finding(offset, f"this sentence tells an event of the dispute ('{shown}') that no passage it cites gives, "
                            f"in those words or others for the same event: {clipped(text)}",
                    "tell what the source says happened, in its words, or cite a passage that says it")]
