"""A threat or an offer kept as such: "Southland will impose tariffs on Northland goods" may not cite "Southland
threatened to impose tariffs on Northland goods", nor "Southland will cut steel exports" "Southland offered to cut
steel exports".

A threat says what a party may do; "will" says what it is going to do. possible_done.py refuses a threat told as
done ("imposed"); this module refuses it told as certain to come: "will", "is going to", "is set to" before the
verb the passage gives after "threatened to" ("threatens to", "is threatening to"), in a clause sharing two of the
passage's sentence's words of four letters or more, where the sentence keeps no threat of its own ("threat",
"warned") and no cited passage says it will be done. An offer is read alike: "offered to", "offers to",
"volunteered to", "proposed to", "is willing to", "is ready to", "is prepared to", and so is a request of the one who
would do it ("Northland urged Southland to cut exports": "asked", "called on", "pressed", "invited") (factcheck_113);
a sentence keeping an offer or a request of its own ("has offered to", "willing", "at Northland's request") keeps
it. Words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of

# An offer is a move the other side may take up or not, no more certain to come than a threat (factcheck_113)
# and so is a request of another ("Northland urged Southland to cut exports": Southland may refuse)
_THREAT = patterns.compile(r"(?<!\w)(?:(?P<threat>threatened|threatens|threatening|threaten)|offered|offers|offering"
                           r"|volunteered|volunteers|proposed|proposes|(?:is|are|was|were)\s+(?:also\s+)?(?:willing"
                           r"|ready|prepared)|(?P<ask>(?:asked|asks|urged|urges|requested|requests|pressed|presses"
                           r"|called\s+on|calls\s+on|called\s+upon|appealed\s+to|invited|invites|encouraged)\s+"
                           r"(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}))\s+to\s+"
                           r"(?P<verb>[a-z]{3,})(?!\w)", re.IGNORECASE)
_GATE = ("threat", "offer", "volunteer", "propos", "willing", "ready", "prepared", "ask", "urge", "request", "press",
         "called", "calls", "appeal", "invite", "encourag")
_CERTAIN = r"(?<!\w)(?:will|(?:is|are)\s+(?:going|set)\s+to|['’]ll)\s+(?:also\s+|now\s+|soon\s+)?{verb}(?!\w)"
_KEPT = patterns.compile(r"(?<!\w)(?:threat\w*|warn\w*|may|might|could|would|if|unless|offer\w*|volunteer\w*"
                         r"|propos\w*|willing|ready|prepared)(?!\w)", re.IGNORECASE)
# a request kept: "At Northland's request, Southland will cut exports" (read only against a request: "press" and
# "calls" keep no threat)
_ASK_KEPT = patterns.compile(r"(?<!\w)(?:ask\w*|urg\w*|request\w*|press\w*|call\w*|appeal\w*|invit\w*"
                             r"|encourag\w*)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "threatened", "threatens", "threatening", "going",
                          "offered", "offers", "offering", "volunteered", "volunteers", "proposed", "proposes", "willing",
                          "ready", "prepared"})
_RESTATES = 2
_KINDS = {"threatened": "threat", "offered": "offer", "asked of another": "request"}


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _threats(text: str) -> tuple[tuple[str, str, frozenset[str], str], ...]:
    """Return each threat or offer of a passage: the verb threatened or offered, the words as written, its
    sentence's content words, and which of the two it is."""
    folded = text.casefold()
    if not any(gate in folded for gate in _GATE):
        return ()
    found = []
    for match in _THREAT.finditer(text):
        sentence = sentence_of(text, match.start())
        found.append((match["verb"].casefold(), " ".join(match.group().split()),
                      content_words(sentence, _NOT_CONTENT | {match["verb"].casefold()}),
                      "threatened" if match["threat"] else "asked of another" if match["ask"] else "offered"))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 8)  # one pattern for each verb threatened, not one for each sentence read
def _certain(verb: str) -> re.Pattern:
    """Return the pattern of a verb told as certain to come ("will impose", "is set to impose")."""
    return re.compile(_CERTAIN.format(verb=re.escape(verb)), re.IGNORECASE)


def threat_as_certain(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as certain to come what its cited passages give only as threatened or
    offered."""
    if not in_english(language):
        return []
    threats = [threat for passage in passages for threat in _threats(passage.text)]
    if not threats:
        return []  # most passages threaten nothing: found without reading the sentence
    spoken = markers_blanked(text)
    if _KEPT.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    asked_kept = _ASK_KEPT.search(spoken) is not None
    for verb, shown, theirs, kind in threats:
        if asked_kept and kind == "asked of another":
            continue
        certain = _certain(verb)
        told = next((match for match in certain.finditer(spoken) if not inside(quoted, match.start())), None)
        if told is None or len(words & theirs) < _RESTATES:
            continue
        if any(certain.search(passage.text) for passage in passages):
            continue  # a passage says it will be done
        return [Finding(offset, f"this sentence tells as certain ('{' '.join(told.group().split())}') what its cited "
                                f"passages give only as {kind} ('{shown}'): {clipped(text)}",
                        f"keep the {_KINDS[kind]} as the source gives it ('{shown}'), "
                        "or cite a passage that says it will be done")]
    return []
