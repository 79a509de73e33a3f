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
English text is read (tests/test_factcheck_161.py). The finder may be named by a shorter or longer form of the name
its passage gives ("The European Commission found no evidence" of "The Commission said it had found none"), and in
the passive ("No evidence was found by the Commission that ...", which names it): tests/test_factcheck_168.py.
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
    """Say whether text opens on `finder` telling it found no evidence (its article aside), or tells none found by
    it in the passive ("No evidence was found by the Commission that ..."), the finder named in full or in part (a
    shorter or longer form of its name), and a cited passage has that finder say it found none: the sentence says
    whose finding it is."""
    key = _key(finder)
    if not key or "no " not in text.casefold():
        return False
    wanted = _not_found_by(" ".join(_ARTICLE.sub("", " ".join(text.split())).split()), finder)
    if wanted is None:
        return False
    said = re.compile(rf"(?<!\w){re.escape(key)}\s+{_SAYS}(?:it|they)\s+{_NONE_FOUND}", re.IGNORECASE)
    # what was not found is what the finder said it did not find: "... sold location data" of "sold user data" is not
    return any(wanted <= _stems(_key(passage.text)[found.end():]) for passage in passages
               for found in said.finditer(_key(passage.text)))


_NAME = r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,5}?"
# a finding of none told as its finder's: "The European Commission has found no evidence that ..."
_TOLD_ACTIVE = patterns.compile(rf"(?P<name>{_NAME})\s+{_NONE_FOUND}", re.IGNORECASE)
# ... or in the passive, its finder named: "No evidence (of fraud) was found by the Commission (that ...)"
_TOLD_PASSIVE = patterns.compile(r"no\s+(?:evidence|proof|signs?|indications?|traces?)"
                                 r"(?P<what>\s+(?:of|that)\s+[^,;:]*?)?"
                                 r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:so\s+far\s+)?found\s+by\s+"
                                 rf"(?:the\s+)?(?P<name>{_NAME})(?=\s+(?:that|of|to|in|on|for)\s|\s*[,.;]|\s*$)",
                                 re.IGNORECASE)


def _not_found_by(text: str, finder: str) -> frozenset[str] | None:
    """Return the stems of what text tells `finder` found none of, where it opens on a name of the finder's and
    tells it found none, or tells none found by it; None where it tells neither."""
    for pattern in (_TOLD_ACTIVE, _TOLD_PASSIVE):
        told = pattern.match(text)
        if told and same_body(told["name"], finder):
            return _stems(_key(f"{told['what'] or ''} {text[told.end():]}" if pattern is _TOLD_PASSIVE
                               else text[told.end():]))
    return None


def same_body(named: str, finder: str) -> bool:
    """Say whether `named` (as a sentence writes it) names `finder` (as a passage does): the same words, its last
    ones alone ("the Commission" of "the European Commission"), or capitalised words before them ("the European
    Commission" of "the Commission"); their articles aside."""
    written, given = _key(named).split(), _key(finder).split()
    if not written or not given:
        return False
    if given[-len(written):] == written:
        return True  # the same name, or its last words
    extra = _ARTICLE.sub("", " ".join(named.split())).split()[:len(written) - len(given)]
    return written[-len(given):] == given and all(word[:1].isupper() for word in extra)


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
