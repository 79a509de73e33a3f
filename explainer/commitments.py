"""Agreements, promises, attempts and talks kept as such: a sentence may not tell as done what the passages it cites
give only as agreed, promised, tried or still being negotiated.

"Pakistan bought 40 drones from Turkey" citing "Pakistan agreed to buy 40 drones from Turkey" (or "promised to",
"pledged to", "vowed to", "attempted to", "tried to", "sought to") reports an act the source says has not yet
happened; so does "Pakistan agreed (signed, reached, struck, sealed, concluded, negotiated) a ceasefire with Kabul"
citing "Pakistan is negotiating a ceasefire with Kabul", and "Kabul closed the crossing" citing "Kabul is considering
closing the crossing" ("weighing", "mulling", "discussing whether to close"). The act is told done by its verb's
past ("bought", "withdrew") in a sentence sharing two of the passage's sentence's words of four letters or more. It
is refused where no cited passage tells that act done itself, and the sentence keeps no such word of its own
("agreed to", "talks", "will", "would", "plan", "considered", ...); words in quotation marks and negated acts ("did not
buy") are not read. English text is read (`possible_done.py` reads "may", "plans to", "offered to").

A proposal, a vote or a move towards an act is no act either: "Northland banned the party" citing "Northland proposed
to ban the party" ("voted to", "moved to") is refused as the others are; a vote's own act ("voted to approve the
budget", "to reject", "to adopt") is done by the vote, and a sentence keeping "proposed", "vote" or "moved to" keeps it
undone.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .possible_done import english_past, english_past_source, infinitive_at
from .sentences import inside, markers_blanked, sentence_of

_HEADS = {"agreed": "agreed", "promised": "promised", "pledged": "promised", "vowed": "promised",
          "attempted": "tried", "tried": "tried", "sought": "tried", "proposed": "proposed", "proposes": "proposed",
          "voted": "voted for", "votes": "voted for", "moved": "begun", "moves": "begun"}
# What a vote does itself: "voted to approve the budget" approved it
_VOTED_ACTS = frozenset({"approve", "adopt", "pass", "accept", "reject", "endorse", "ratify", "elect", "confirm",
                         "back", "support", "oppose", "keep", "retain", "remain", "stay", "censure", "condemn",
                         "amend", "extend", "renew", "admit", "expel", "appoint", "authorise", "authorize"})
# "agreed to buy", "has pledged to withdraw"; not "agreed to the deal" (no verb after "to")
_UNDONE = patterns.compile(
    r"(?<!\w)(?P<head>agreed|promised|pledged|vowed|attempted|tried|sought|proposed|proposes|voted|votes|moved"
    r"|moves)\s+to\s+"
    r"(?P<verb>(?!(?:the|its|their|his|her|this|that|these|those|all|any|some|a|an|be|not|have|terms|talks)\b)"
    r"[a-z]{3,})(?!\w)"
    r"|(?<!\w)(?:is|are|was|were)\s+(?:still\s+)?(?P<talks>negotiating)(?!\w)"
    # "is considering closing", "are weighing whether to close"
    r"|(?<!\w)(?:is|are|was|were)\s+(?:still\s+|also\s+)?(?P<weighing>considering|weighing|mulling|discussing|debating"
    r"|exploring|studying)\s+(?:(?P<gerund>[a-z]{3,}ing)|whether\s+to\s+(?P<whether>[a-z]{3,}))(?!\w)", re.IGNORECASE)
# What talks under way are told done by: "agreed a ceasefire", "has negotiated", "signed", "reached a deal", "formed a
# coalition".
_TALKS_DONE = patterns.compile(r"(?<!\w)(?:negotiated|agreed|reached|signed|struck|sealed|concluded|clinched"
                               r"|formed)(?!\w)", re.IGNORECASE)
# A sentence's own word keeping the act undone: talks still under way, or (of an agreement, promise or attempt) the
# source's own word.
# (and a future of "to be": "Fresco Markets is to be bought for £2.1bn" of "agreed to buy", tests/test_relation_before_name.py)
_STILL = (r"negotiating|negotiations?|talks|will|would|plans?|planned|intends?|(?-i:may)|might|could"
          r"|(?:is|are|was|were)\s+(?:due\s+|set\s+|going\s+)?to\s+be")
_KEPT_TALKS = patterns.compile(rf"(?<!\w)(?:{_STILL})(?!\w)", re.IGNORECASE)
_KEPT = patterns.compile(rf"(?<!\w)(?:(?:agreed|agreement|promised?|pledged?|vowed|vows?|attempt(?:ed|s)?|tried|trying"
                         rf"|sought|seeking|bid|efforts?)\s+to|consider\w*|weigh\w*|mull\w*|discuss\w*|debat\w*"
                         rf"|explor\w*"
                         rf"|{_STILL})(?!\w)", re.IGNORECASE)
# A proposal, a vote or a move kept: "proposed", "a proposal", "voted", "moved to"
_KEPT_STEP = patterns.compile(r"(?<!\w)(?:propos\w*|vot(?:e|ed|es|ing)|(?:moved?|moves)\s+to)(?!\w)", re.IGNORECASE)
_STEPS = frozenset({"proposed", "voted for", "begun"})
# A verb inside a condition is not told done: "unlikely to block the deal if a rival took the slots" (factcheck_195)
_CONDITION_BEFORE = patterns.compile(r"(?<!\w)(?:if|unless|whether|provided(?:\s+that)?|providing|in\s+case)"
                                     r"(?:\s+[\w'’-]+){0,6}\s+$", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t)(?:\W+\w+){0,1}\W*$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "would", "agreed", "promised", "pledged", "vowed",
                          "attempted", "tried", "sought", "negotiating", "still", "proposed", "proposes", "voted", "votes",
                          "moved", "moves", "considering", "weighing",
                          "mulling", "discussing", "debating", "exploring", "studying", "whether"})
_MAY_HOLD = ("agreed", "promised", "pledged", "vowed", "attempted", "tried", "sought", "propose", "voted", "votes",
             "moved", "moves", "negotiating", "considering",
             "weighing", "mulling", "discussing", "debating", "exploring", "studying")
_RESTATES = 2
# A purchase told done by its deal's end: "completed the purchase", "closed its $2 billion takeover"
_COMPLETED = (r"(?:completed|closed|finali[sz]ed)\s+(?:the|its|their|a)\s+(?:[\w$.,-]+\s+){0,2}?(?:purchase|acquisition"
              r"|takeover|deal|buyout|merger)")
# Other verbs an act is told done by: drones "attempted to deploy" told as "launched"
_ALSO_DONE = {"deploy": ("launched", "used", "flew", "fired"), "attack": ("struck", "hit", "targeted"),
              "buy": ("purchased", "acquired", _COMPLETED), "acquire": ("bought", "purchased", _COMPLETED),
              "withdraw": ("pulled", "removed"), "seize": ("captured", "took"),
              "capture": ("seized", "took"), "launch": ("deployed", "fired")}


class Undone(NamedTuple):
    """An act a passage gives as agreed, promised, tried or under negotiation: its words as written, what it is,
    the forms that tell it done, the words of its sentence."""

    shown: str
    kind: str
    done: re.Pattern
    words: frozenset[str]


def told_as_carried_out(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as done an act its cited passages give only as agreed, promised, tried or
    under negotiation."""
    undone = [found for passage in passages for found in _undone(passage.text)]
    if not undone:
        return []  # most passages hold none (read once each): found without reading the sentence
    spoken = markers_blanked(text)
    kept_commitment, kept_talks = bool(_KEPT.search(spoken)), bool(_KEPT_TALKS.search(spoken))
    if kept_commitment and kept_talks:
        return []
    kept_step = kept_commitment or bool(_KEPT_STEP.search(spoken))
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    for act in undone:
        if (kept_talks if act.kind == "still being negotiated" else kept_step if act.kind in _STEPS
                else kept_commitment):
            continue
        done = next((match for match in act.done.finditer(spoken) if not inside(quoted, match.start())
                     and not _NEGATED_BEFORE.search(spoken, max(0, match.start() - 20), match.start())
                     and not _CONDITION_BEFORE.search(spoken, max(0, match.start() - 60), match.start())
                     # "offered to cut steel exports": a past that is its plain verb ("cut"), after "to", is none
                     and not infinitive_at(spoken, match.start())), None)
        if done is None or len(words & act.words) < _RESTATES:
            continue
        if any(act.done.search(_without_undone(passage.text)) for passage in passages):
            continue  # a passage tells it done itself ("agreed to withdraw and withdrew on Monday")
        return [Finding(offset, f"this sentence tells as done ('{done.group()}') what its cited passages give only as "
                                f"{act.kind} ('{act.shown}'): {clipped(text)}",
                        f"keep the source's words ('{act.shown}'), or cite a passage that says it was done")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _undone(text: str) -> tuple[Undone, ...]:
    """Return the acts a passage gives as agreed, promised, tried or under negotiation."""
    folded = text.casefold()
    if not any(word in folded for word in _MAY_HOLD):
        return ()
    found = []
    for match in _UNDONE.finditer(text):
        if match["weighing"]:
            kind, verb = "under consideration", (match["gerund"] or match["whether"]).casefold()
            done = _gerund_past(verb) if match["gerund"] else english_past(verb)
        elif match["head"] and match["head"].casefold() in ("voted", "votes") and match["verb"].casefold() in _VOTED_ACTS:
            continue  # the vote did it: "voted to approve the budget"
        else:
            kind = "still being negotiated" if match["talks"] else _HEADS[match["head"].casefold()]
            done = _TALKS_DONE if match["talks"] else _past(match["verb"].casefold())
            verb = (match["talks"] or match["verb"]).casefold()
        found.append(Undone(" ".join(match.group().split()), kind, done,
                            content_words(sentence_of(text, match.start()), _NOT_CONTENT | {verb})))
    return tuple(found)


def _past(verb: str) -> re.Pattern:
    """Return the pattern of a verb's past and of the verbs that tell the same act done ("deploy": "deployed",
    "launched")."""
    if verb not in _ALSO_DONE:
        return english_past(verb)
    return re.compile(rf"{english_past_source(verb)}|(?<!\w)(?:{'|'.join(_ALSO_DONE[verb])})(?!\w)", re.IGNORECASE)


def _gerund_past(gerund: str) -> re.Pattern:
    """Return the pattern of the past of the verb a gerund is ("closing": "closed"; "stopping": "stopped")."""
    stem = gerund[:-3]
    stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    forms = [english_past_source(one) for one in sorted(stems)]
    return re.compile("|".join(forms), re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)
def _without_undone(text: str) -> str:
    """Return a passage with its agreements, promises and talks blanked: "agreed to buy" tells nothing bought."""
    return _UNDONE.sub(lambda m: " " * len(m.group()), text)
