"""A body's finding of none, told as its own: "The Commission found no evidence that the company sold user data"
citing "The Commission said it had found no evidence that the company sold user data".

own_deeds.py (any speaker) and party_word.py (a party of the briefing) refuse a deed a passage gives only as its
doer's own word ("The army said it had captured the city") told as done. A finding of no evidence is no such deed:
the sentence that names its finder ("The Commission found no evidence", "has found no sign", "saw no proof") says
whose finding it is, as "according to the Commission" would, and claims no more than the finder said. Here such a
sentence is let through where it opens on the speaker a passage gives the words to, and that passage has the speaker
say it found none ("said it had found no evidence", "says they have seen no evidence"). An absence told as fact
("The company did not sell user data") is unestablished.py's; one told as no one's finding ("No evidence was found
that ...", which speakers.py reads as a report, "found that") is refused there as the speaker's word told as fact.
English text is read (tests/test_factcheck_161.py).
"""

from __future__ import annotations

import re

from . import patterns

# a finding of none: "found no evidence", "has so far seen no sign", "uncovered no proof"
_NONE_FOUND = (r"(?:(?:has|have|had)\s+)?(?:(?:so\s+far|yet|also|still)\s+)?(?:found|seen|saw|uncovered|identified"
               r"|detected)\s+no\s+(?:evidence|proof|signs?|indications?|traces?)(?!\w)")
_SAYS = r"(?:said|says|say|stated|states|announced|reported|told\s+(?:\w+\s+){1,2}?)\s*(?:that\s+)?"
_ARTICLE = patterns.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def finding_of_none_kept(text: str, finder: str, passages) -> bool:
    """Say whether text opens on `finder` telling it found no evidence (its article aside), and a cited passage has
    that finder say it found none: the sentence says whose finding it is."""
    key = _key(finder)
    if not key or "no " not in text:
        return False
    told = re.match(rf"(?:the\s+)?{re.escape(key)}\s+{_NONE_FOUND}", _key(text), re.IGNORECASE)
    if told is None:
        return False
    said = re.compile(rf"(?<!\w){re.escape(key)}\s+{_SAYS}(?:it|they)\s+{_NONE_FOUND}", re.IGNORECASE)
    # what was not found is what the finder said it did not find: "... sold location data" of "sold user data" is not
    wanted = _stems(_key(text)[told.end():])
    return any(wanted <= _stems(_key(passage.text)[found.end():]) for passage in passages
               for found in said.finditer(_key(passage.text)))


# a finding of none in the passive, naming no finder: "No evidence was found that", "no sign has been found of"
_UNOWNED = patterns.compile(r"(?<!\w)no\s+(?:evidence|proof|signs?|indications?|traces?)\s+(?:was|were|has\s+been"
                            r"|have\s+been|had\s+been)\s+(?:so\s+far\s+)?found(?![\w,]*\s+by\s)(?!\w)", re.IGNORECASE)


def finding_of_none_unowned(text: str) -> bool:
    """Say whether text tells a finding of none in the passive, naming no finder ("No evidence was found that ..."):
    read as a report of its own by speakers.py ("found that"), it gave a speaker's finding to no one, as fact."""
    return "found" in text and _UNOWNED.search(text) is not None


def finding_of_none_said(deed: str) -> bool:
    """Say whether a deed a speaker tells of itself is a finding of none ("had found no evidence that ...")."""
    return re.match(_NONE_FOUND, deed.strip(), re.IGNORECASE) is not None


def _stems(words: str) -> frozenset[str]:
    """Return the first four letters of words of four letters or more: "user" of "users'", "sold" of "sold"."""
    return frozenset(word[:4] for word in re.findall(r"[^\W\d_]{4,}", words))


def _key(words: str) -> str:
    """Return words folded, their spaces one each and an opening article aside: "commission" of "The Commission"."""
    return " ".join(_ARTICLE.sub("", " ".join(words.split())).casefold().split())
