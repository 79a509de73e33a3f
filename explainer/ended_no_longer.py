"""A "no longer" backed by a passage telling the thing ended or replaced: "The Authority no longer has a deadline of
14 December 2026" citing "The statutory deadline for the Authority's final report was 14 December 2026. The Authority
has extended the deadline by eight weeks, to 8 February 2027", and "The council no longer puts the decline at 22
percent" citing "Updated figures ... put the spawning stock's decline at 26 percent ..., more than the 22 percent the
council gave in its December advice".

polarity.py reads "no longer" as the "no" it holds: the clause was a negation added to the passage's "was 14 December
2026" (tests/test_factcheck_194.py). It is backed where a sentence of a cited passage tells the end or replacement of
what it negates: a word of ending ("extended", "lifted", "revised", "replaced", "updated", "scrapped", ...), not
negated nor told as only possible ("has not been extended", "could be lifted"), in a sentence that holds a content
word (five letters or more) of the words after "no longer" ("deadline", "decline"), or, where they give a date or a
figure, of the words in lower case before it ("The deadline is no longer 14 December 2026"). A passage giving the
thing as still so ("The Authority has a deadline of 14 December 2026") keeps the "no longer" refused.

`still_so_of_no_longer` reads the other way: a passage's "The fund still exists" is what "The fund no longer exists"
denies, though the two share one long word and a short subject ("fund"), which polarity.py left unread and the
negation added built (tests/test_factcheck_197.py). A clause restates it where "still" stands right before the word
after "no longer" (in a form of its own: "exists", "exist") and every word of three letters or more before "no longer"
(its subject) stands before "still", not in the past ("still existed in 2019", "was still running": what was so then).
A word of ending reads "wound up", "closed", "dissolved", "disbanded", "liquidated" too. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .sentences import sentence_of

_NO_LONGER = patterns.compile(r"(?<!\w)no\s+longer\s+(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
# Another negation in the clause: "no longer has no deadline" is not read
_OTHER_NEGATION = patterns.compile(r"(?<!\w)(?:not|never|none|nobody|nothing|cannot|without|\w+n['’]t)(?!\w)"
                                   r"|(?<!\w)no(?!\s+longer)(?!\w)", re.IGNORECASE)
# What tells a thing ended or replaced by another: its deadline extended, its estimate revised, the ban lifted
_ENDED = patterns.compile(
    r"(?<!\w)(?:extended|lifted|scrapped|dropped|revised|replaced|superseded|withdrawn|withdrew|abandoned|ended"
    r"|cancel(?:l)?ed|updated|postponed|pushed\s+back|brought\s+forward|removed|revoked|rescinded|repealed|changed"
    r"|amended|corrected|abolished|overturned|reversed|wound\s+up|closed|dissolved|disbanded|liquidated)(?!\w)",
    re.IGNORECASE)
# A negation or a possibility a few words before the word of ending: "has not been extended", "could be lifted"
_NOT_DONE_BEFORE = patterns.compile(
    r"(?<!\w)(?:not|never|no|n['’]t|may|might|could|would|will|should|can|shall|must|plans?|planned|proposed|wants?"
    r"|asked|refused|declined)(?:\s+[\w'’]+){0,2}\s+$", re.IGNORECASE)
_SHORTEST = 5  # letters of a content word: "deadline", "decline"; not "has", "the", "at"
_PREFIX = 5  # a word in any form: "deadline" and "deadlines"
_NOT_CONTENT = frozenset({"there", "their", "which", "being", "about", "other", "these", "those", "still", "every",
                          "percent", "would", "could", "should"})


def ended_in_passages(clause: str, passages: list[str]) -> bool:
    """Say whether a clause denies by "no longer" alone what a sentence of one of `passages` tells ended or replaced:
    a word of ending, told as done, beside a content word of what "no longer" negates."""
    found = _NO_LONGER.search(clause)
    if not found or _OTHER_NEGATION.search(clause):
        return False
    negated = {word.casefold()[:_PREFIX] for word in _content_words(found["rest"])}
    if re.search(r"\d", found["rest"]):  # "The deadline is no longer 14 December 2026": what is dated, before it
        negated |= {word[:_PREFIX] for word in _content_words(clause[:found.start()]) if word.islower()}
    return bool(negated) and any(_ended_beside(passage, negated) for passage in passages)


def _ended_beside(passage: str, negated: set[str]) -> bool:
    """Say whether a sentence of a passage holds a word of ending, told as done, and one of the `negated` words."""
    for ended in _ENDED.finditer(passage):
        if _NOT_DONE_BEFORE.search(passage, max(0, ended.start() - 40), ended.start()):
            continue
        if negated & {word.casefold()[:_PREFIX] for word in _content_words(sentence_of(passage, ended.start()))}:
            return True
    return False


def _content_words(text: str) -> list[str]:
    """Return text's words of five letters or more, folded but where written with a capital ("Authority")."""
    return [word for word in (word.replace("’", "'") for word in re.findall(r"[^\W\d_]+", text))
            if len(word) >= _SHORTEST and word.casefold() not in _NOT_CONTENT]


_NO_LONGER_VERB = patterns.compile(r"(?<!\w)no\s+longer\s+(?P<verb>[^\W\d_]{3,})", re.IGNORECASE)
_STILL_VERB = patterns.compile(r"(?<!\w)still\s+(?P<verb>[^\W\d_]{3,})", re.IGNORECASE)
_PAST_BEFORE = patterns.compile(r"(?<!\w)(?:was|were|had)\s+$", re.IGNORECASE)
_NOT_SUBJECT = frozenset({"the", "its", "their", "his", "her", "this", "that", "these", "those", "and", "but", "said",
                          "says", "now"})


def still_so_of_no_longer(negative: str, positive: str) -> bool:
    """Say whether a positive clause tells "still" what a clause denies by "no longer": "The fund still exists" of "The
    fund no longer exists" (the verb's form aside, the subject's words all before "still")."""
    denied = _NO_LONGER_VERB.search(negative)
    kept = _STILL_VERB.search(positive) if denied else None
    if not kept or not _same_stem(denied["verb"], kept["verb"]) or _PAST_BEFORE.search(positive, 0, kept.start()) \
            or (kept["verb"].casefold().endswith("ed") and not denied["verb"].casefold().endswith("ed")):
        return False  # "The fund still existed in 2019" (or "was still running") says nothing of now
    subject = _words(negative[:denied.start()]) - _NOT_SUBJECT
    return bool(subject) and subject <= _words(positive[:kept.start()])


def _same_stem(word: str, other: str) -> bool:
    """Say whether two words are forms of one ("exists", "exist"; "operates", "operated")."""
    word, other = word.casefold(), other.casefold()
    stem = min(len(word), len(other)) - 2
    return word == other or (stem >= 3 and word[:stem] == other[:stem])


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"[^\W\d_]+", text) if len(word) >= 3}
