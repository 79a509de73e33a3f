"""Deeds by degree: each kind of deed one ordered list, weakest first, with every form of each verb.

A sentence's deed of a higher rung for a passage's of a lower one raises it ("Southland expelled two diplomats"
citing "Southland summoned two diplomats"); the lower for the higher is a softening, and builds. opposites.py reads
the pairs `RAISED` gives, with its guards (negated words, quoted words, a passage using the word too). A case's
stages (arrested, charged, convicted) are stages.py's ladder, not repeated here.
"""

from __future__ import annotations

from itertools import combinations

# Each scale: its rungs, weakest first; each rung the words that tell it, every form of each verb. Forms that are
# also common nouns or adjectives are left out: "close" (near), "fire" and "fires" (a blaze), "sign" and "signs" (a
# mark of), "initial" (first), "surrounding" (nearby), "abandoned" (empty), "closing" (last), "damages" (a sum).
SCALES: tuple[tuple[tuple[str, ...], ...], ...] = (
    # harm to a thing
    (("damaged",), ("destroyed", "destroy", "destroys", "destroying", "demolished", "collapsed", "collapses", "razed",
                     "flattened")),
    # harm to people
    (("wounded", "injured"), ("killed",)),
    # a case's first step ("arrested" for "questioned"; charges and verdicts are stages.py's)
    (("questioned",), ("arrested",)),
    # a limit on a thing
    (("restricted", "restricts", "restricting", "restrictions", "curbed", "curbs", "curbing"),
     ("banned", "ban", "bans", "banning", "closed", "closes", "shut", "shuts", "shutting")),
    # a limit taken off
    (("eased", "eases", "easing", "relaxed", "relaxes", "relaxing", "loosened", "loosens", "loosening"),
     ("lifted", "lift", "lifts", "lifting", "scrapped", "scraps", "scrapping")),
    # a diplomat's rebuke
    (("summoned", "summon", "summons", "summoning"), ("expelled", "expel", "expels", "expelling", "expulsion",
                                                     "expulsions")),
    # an agreement's steps
    (("initialled", "initialed", "initialling", "initialing"), ("signed", "signing"),
     ("ratified", "ratify", "ratifies", "ratifying", "ratification")),
    # an event stopped ("cancelled" for "suspended" is outcomes.py's, named there once)
    (("postponed", "postpone", "postpones", "postponing", "postponement", "delayed", "paused"),
     ("cancelled", "canceled", "cancel", "cancels", "cancelling", "canceling", "cancellation", "called off",
      "scrapped")),
    # an official removed
    (("suspended", "suspension"), ("fired", "sacked", "dismissed", "ousted")),
    # a regulator's or a court's penalty ("fined" for "warned": newuser probes of a merger)
    (("warned", "cautioned"), ("reprimanded", "censured"), ("fined", "fines", "fining")),
    # a call told as a demand or an order: "ordered Southland to cut exports" for "urged Southland to", "required" for
    # "asked", "demanded" for "suggested" (factcheck_113). "demands" (a list of them), "proposed" (the proposed plant),
    # "directed" (a film) and "pressed" (pressed ahead) are too often another word to be read.
    (("suggested", "suggests", "suggesting"),
     ("asked", "asks", "asking", "urged", "urges", "urging", "requested", "called on", "calls on", "called upon",
      "appealed to", "implored", "encouraged", "encourages"),
     ("demanded",),
     ("ordered", "ordering", "required", "requires", "requiring", "instructed", "instructs", "commanded",
      "compelled", "forced")),
    # an offer told as a promise: "Southland promised to cut steel exports" for "offered to cut" (factcheck_113)
    (("offered to", "offers to", "offering to", "volunteered to"),
     ("promised", "promises", "pledged", "pledges", "vowed", "vows", "committed to", "commits to", "undertook to",
      "guaranteed", "guarantees")),
    # a place taken
    (("surrounded", "surrounds", "encircled", "encircles", "encircling", "besieged"),
     ("seized", "seize", "seizes", "seizing", "captured", "captures", "capturing")),
)

# A word of a scale in another sense, read by the words after it: "fired two rockets at", "rockets were fired from"
NOT_AFTER = {"fired": r"(?:\s+\w+){0,2}?\s+(?:at|upon|into|back|from|off|shots?|rounds?|rockets?|missiles?|shells?"
                      r"|salvos?|volleys?|artillery|mortars?|drones?|weapons?|guns?|bullets?|warning|tear\s+gas)(?!\w)"}


def _raised(scales) -> frozenset[tuple[str, str]]:
    """Return every pair (a higher rung's word, a lower rung's word) of the scales, each read one way only."""
    return frozenset((stronger, weaker) for scale in scales for lower, higher in combinations(scale, 2)
                     for weaker in lower for stronger in higher)


def _as_strong(scales) -> dict[str, frozenset[str]]:
    """Return each word of the scales with the words of its rung and the rungs above it: a passage using one backs
    the word."""
    strong: dict[str, frozenset[str]] = {}
    for scale in scales:
        for rung, words in enumerate(scale):
            above = frozenset(word for higher in scale[rung:] for word in higher)
            for word in words:
                strong[word] = strong.get(word, frozenset()) | above
    return strong


RAISED = _raised(SCALES)
AS_STRONG = _as_strong(SCALES)
