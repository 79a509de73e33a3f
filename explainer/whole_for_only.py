"""A limit kept: "The panel sent the whole case back" may not cite "remanded the case for a new trial on damages only".

dropped_limits.py reads a passage's "largely", "partly" or "in part", and whole_outcomes.py an outcome given in part;
a passage that limits what it tells by "only" ("on damages only", "only on damages", "solely for", "limited to") was
read by neither, and a sentence that made the thing whole ("the whole case", "the entire award", "all of the claims",
"the case in its entirety") built with every name kept. A sentence is refused where it tells a thing whole that a
cited passage's clause names before such a limit, restating it (sharing another word of four letters or more), keeps
no limit of its own ("only", "partly", "limited", the limit's own word: "a new trial on damages") and no cited passage
tells that thing whole. Words in quotation marks are not read. English text is read (tests/test_factcheck_101.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences

_THING = r"[^\W\d_][\w'’-]*"
_LIMIT = patterns.compile(
    rf"(?<![\w-])(?:(?:on|for|in|to|of|over)\s+(?:the\s+)?(?P<a>{_THING}(?:\s+{_THING})?)\s+(?:only|alone)"
    rf"|(?:only|solely|exclusively)\s+(?:on|for|in|to|over|as\s+to)\s+(?:the\s+)?(?P<b>{_THING})"
    rf"|(?:limited|confined|restricted)\s+to\s+(?:the\s+)?(?P<c>{_THING}))(?![\w-])", re.IGNORECASE)
_WHOLE = patterns.compile(rf"(?<![\w-])(?:(?:the\s+|its\s+|their\s+)?(?:whole|entire|full|complete)\s+(?P<a>{_THING})"
                          rf"|all\s+(?:of\s+)?the\s+(?P<b>{_THING})|(?P<c>{_THING})\s+in\s+(?:full|its\s+entirety))"
                          r"(?![\w-])", re.IGNORECASE)
_KEPT = patterns.compile(r"(?<![\w-])(?:only|solely|exclusively|alone|limited|confined|restricted|partly|partially"
                         r"|partial|in\s+part|part\s+of)(?![\w-])", re.IGNORECASE)
_GATE = ("only", "alone", "solely", "exclusively", "limited", "confined", "restricted")
_WHOLE_WORDS = ("whole", "entire", "full", "complete", "all ")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "whole", "entire", "full", "complete", "only", "alone",
                          "solely", "entirety"})


def whole_for_only(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells whole a thing a passage restating it names only under a limit ("only")."""
    lowered = text.lower()
    if not any(word in lowered for word in _WHOLE_WORDS) or not in_english(language) or not passages:
        return []  # most sentences tell nothing whole: found by a str search
    limited = [found for passage in passages for found in _limited(passage.text)]
    if not limited:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    if _KEPT.search(spoken):
        return []  # the sentence keeps a limit of its own
    words = content_words(spoken, _NOT_CONTENT)
    for whole in _WHOLE.finditer(spoken):
        thing = _folded(whole["a"] or whole["b"] or whole["c"])
        if inside(quoted, whole.start()) or any(_told_whole(passage.text, thing) for passage in passages):
            continue
        for limit, part, things, theirs in limited:
            if (thing in things and not any(word.startswith(part) for word in words)
                    and len((words - {thing}) & theirs) >= 1):
                return [Finding(offset, f"this sentence tells as whole ('{' '.join(whole.group().split())}') what its "
                                        f"cited passages limit ('{limit}'): {clipped(text)}",
                                f"keep the source's limit ('{limit}'), or cite a passage that tells the whole")]
    return []


def _folded(word: str) -> str:
    """Return a word lowercased, a plural as its singular ("claims" as "claim")."""
    word = word.casefold()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _limited(text: str) -> tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]:
    """Return each limit of a passage's sentences: as written, the limit's own word, the things its clause names
    before it (folded), and its clause's content words."""
    lowered = text.lower()
    if not any(word in lowered for word in _GATE):
        return ()
    found = []
    for sentence in split_sentences(text, "en"):
        for match in _LIMIT.finditer(sentence.text):
            part = (match["a"] or match["b"] or match["c"]).split()[-1].casefold()
            # the limit's clause: "The budget covers roads only; the council approved it" limits no approval
            start = max(sentence.text.rfind(mark, 0, match.start()) for mark in ",;:") + 1
            clause = sentence.text[start:match.end()]
            named = frozenset(_folded(word) for word in re.findall(_THING, clause[:match.start() - start]))
            found.append((" ".join(match.group().split()), part[:5], named, content_words(clause, _NOT_CONTENT)))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _told_whole(text: str, thing: str) -> bool:
    """Say whether a passage tells a thing whole itself ("the whole case")."""
    return any(_folded(match["a"] or match["b"] or match["c"]) == thing for match in _WHOLE.finditer(text))
