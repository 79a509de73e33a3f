"""A short verb denied with a tail of cause, told done: "prices will rise because of the deal" of "prices would not rise
as a result".

polarity.py reads what a negation denies as its first word of five letters or more: in "prices would not rise as a
result" that is "result", a word of the tail that says why, not of what is denied; "Kellett says prices will rise
because of the deal" holds no "result" and built. A negative clause whose short verb right after its negation ("rise",
"fall", "grow", "cut", "go") is followed only by a tail of cause ("as a result", "as a consequence", "in
consequence", "because of it", "as a result of the deal") restates a positive clause that holds that verb in a form
of its own and a word of four letters or more of what comes before the negation (its subject: "prices", "jobs"),
whatever its modal ("will", "would") and whatever cause it names. "Prices will fall" of it keeps its own verb and
builds.
"""

from __future__ import annotations

import re

from . import patterns

_TAIL = (r"(?:as\s+a\s+(?:direct\s+)?(?:result|consequence)(?:\s+of\s+[^.;,]*)?|in\s+consequence"
         r"|because\s+of\s+(?:it|this|that|the\s+[\w-]+)|(?:thanks|due|owing)\s+to\s+(?:it|this|that|the\s+[\w-]+))")
_DENIED = patterns.compile(rf"(?:(?<!\w)(?:not|never)|n['’]t)\s+(?P<verb>[a-z]{{2,4}})\s+{_TAIL}\s*[.;,]?\s*$",
                           re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
_PREFIX = 5
# short verbs whose past shares no letters with them
_PASTS = {"go": ("went", "gone", "goes"), "rise": ("rose", "risen"), "fall": ("fell", "fallen"), "grow": ("grew", "grown"), "lose": ("lost",),
          "shut": ("shut",), "cut": ("cut",), "pay": ("paid",), "sell": ("sold",), "hold": ("held",),
          "keep": ("kept",), "come": ("came",), "take": ("took", "taken"), "give": ("gave", "given")}
_EMPTY = frozenset({"their", "there", "which", "would", "could", "should", "about", "that", "this", "said", "says",
                    "will", "with", "they", "them", "then", "also", "were", "have", "been", "shall", "must", "might"})


def denied_verb_before_cause(negative: str) -> str:
    """Return the short verb a negative clause denies with only a tail of cause after it ("rise" of "prices would not
    rise as a result"), or ""."""
    denied = _DENIED.search(negative)
    return denied["verb"].casefold() if denied else ""


def cause_tail_dropped(negative: str, positive: str) -> bool:
    """Say whether a positive clause tells the deed a negative clause denies with a tail of cause: its short verb in a
    form of its own, and a word of its subject."""
    denied = _DENIED.search(negative)
    if not denied:
        return False
    verb = denied["verb"].casefold()
    words = [word.casefold() for word in _WORD.findall(positive)]
    if not any(_a_form_of(word, verb) for word in words):
        return False
    return bool(_named(negative[:denied.start()]) & _named(positive))


def _named(text: str) -> frozenset[str]:
    """Return the first five letters of a text's words of four letters or more that name something ("jobs")."""
    return frozenset(word.casefold()[:_PREFIX] for word in _WORD.findall(text)
                     if len(word) >= 4 and word.casefold() not in _EMPTY)


def _a_form_of(word: str, verb: str) -> bool:
    if word == verb or word in _PASTS.get(verb, ()):
        return True
    rest = word[len(verb):] if word.startswith(verb) else word[len(verb) - 1:] if (
        verb.endswith("e") and word.startswith(verb[:-1])) else None
    return rest in ("s", "es", "ed", "d", "ing") or (rest is not None and rest[:1] == verb[-1:]
                                                     and rest[1:] in ("ed", "ing"))
