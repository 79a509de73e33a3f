"""What was asked for and not given not told as received: "The club received the valuer's full report in October" may
not cite "the club had asked for the valuer's full report in October but had received only a two-page summary".

A passage's request followed by "but" and what came instead, something less ("asked for the full report but received
only a summary", "requested the files but was given just two pages", "sought a meeting but got only a letter"), says
the thing asked for did not come: every word of it stands in the source, so no figure or word check saw it told as
received. A sentence is refused where it tells something received, given, sent or obtained, holds two words of four
letters or more of what was asked for (each of them, where it has fewer), none of what came instead, and none of
"asked", "requested", "sought", "only", "just", "not", "never", "but"; and no cited passage tells that thing received
outside such a clause. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import content_words
from .sentences import markers_blanked
from .wordset import may_hold

_GOT = r"received|receives|got|gets|obtained|given|sent|shown|handed"
# "asked for X but (had) received only Y": the request, what it was for, and what came instead, to the clause's end
_ASKED_BUT = patterns.compile(
    r"(?<![\w-])(?:asked\s+for|asks\s+for|requested|requests|sought|seeks|wanted|demanded|applied\s+for)\s+"
    r"(?P<asked>[^,.;:!?]{3,120}?)\s+but\s+(?:(?:had|has|have|was|were|been|it|they|he|she|we|instead)\s+){0,3}"
    rf"(?:(?:only|just|merely)\s+)?(?:{_GOT})\s+(?P<instead>[^,.;:!?]{{1,120}})", re.IGNORECASE)
_LESS = patterns.compile(r"(?<!\w)(?:only|just|merely|instead)(?!\w)", re.IGNORECASE)
_TOLD_GOT = patterns.compile(rf"(?<![\w-])(?:{_GOT}|received|was\s+provided\s+with|saw)(?![\w-])", re.IGNORECASE)
_KEPT = patterns.compile(r"(?<![\w-])(?:ask\w*|request\w*|sought|seek\w*|wanted|demand\w*|only|just|merely|not|never"
                         r"|no|n['’]t|but|instead|partial|summary)(?![\w-])", re.IGNORECASE)
_GOT_WORDS = frozenset({"received", "receives", "got", "gets", "obtained", "given", "sent", "shown", "handed",
                        "provided", "saw"})
_ASKED_WORDS = frozenset({"asked", "asks", "requested", "requests", "sought", "seeks", "wanted", "demanded", "applied"})
_NOT_CONTENT = frozenset({"that", "this", "with", "from", "their", "they", "them", "have", "been", "which", "what"})
_LEAST = 2


class _Refused(NamedTuple):
    """A thing a passage gives as asked for and not given: its words as written, its content words, and what came
    instead's."""

    shown: str
    asked: frozenset[str]
    instead: frozenset[str]


def asked_told_as_received(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells received what its cited passages give as asked for but not given."""
    if not in_english(language) or not may_hold(text, _GOT_WORDS):
        return []  # most sentences tell nothing received
    refused = [each for passage in passages for each in _refused_in(passage.text)]
    if not refused:
        return []
    spoken = unquoted(markers_blanked(text))
    told = _TOLD_GOT.search(spoken)
    if told is None or _KEPT.search(spoken):
        return []
    words = content_words(spoken, _NOT_CONTENT)
    for each in refused:
        shared = words & each.asked
        if len(shared) >= min(_LEAST, len(each.asked)) and shared and not words & each.instead and not any(
                _told_elsewhere(passage.text, each.asked) for passage in passages):
            return [Finding(offset + told.start(), f"this sentence tells as received ('{told.group()}') what its cited "
                                                   f"passages give as asked for and not given ('{each.shown}'): "
                                                   f"{clipped(text)}",
                            "say it was asked for, and what came instead, as the source does")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _refused_in(text: str) -> tuple[_Refused, ...]:
    """Return what a passage gives as asked for but not given (something less came instead)."""
    if not may_hold(text, _ASKED_WORDS):
        return ()
    return tuple(_Refused(" ".join(match.group().split()), content_words(match["asked"], _NOT_CONTENT),
                          content_words(match["instead"], _NOT_CONTENT))
                 for match in _ASKED_BUT.finditer(unquoted(text))
                 if _LESS.search(match.string, match.end("asked"), match.end()))  # something less came instead


def _told_elsewhere(text: str, asked: frozenset[str]) -> bool:
    """Say whether a passage, its requests blanked, tells received what was asked for itself."""
    rest = _ASKED_BUT.sub(lambda match: " " * len(match.group()), unquoted(text))
    return any(len(content_words(rest[max(0, told.start() - 80):told.end() + 80], _NOT_CONTENT) & asked)
               >= min(_LEAST, len(asked)) for told in _TOLD_GOT.finditer(rest))
