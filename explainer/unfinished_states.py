"""A process still to come is not complete: "The count is complete" may not cite "About 48,000 postal ballots have
still to be counted".

A sentence telling a state of completion ("is complete", "are finished", "was over", "is done", "has been completed",
"have finished counting") is refused where a cited passage's sentence gives what it is said of as still to come or
under way ("have still to be counted", "has yet to be completed", "remains to be done", "are still being counted",
"not yet finished", "is still under way", "in progress", "ongoing"), sharing two of its words (all of one word's), by
their first five letters ("count" of "counted"), and no cited passage tells it complete itself. The words read are
those of the sentence's clause but the state ("The count", "counting" of "have finished counting"). Negated,
possible or future states ("is not yet complete", "will be complete"), a state kept to part of it ("complete in 40
of the 41 districts") and words in quotation marks are not read. English text is read (tests/test_factcheck_112.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold

_STATE = r"complete|completed|finished|over|done|concluded|ended"
# "is complete", "have been completed", "has now finished (counting)": a state told reached; "over" and "done" only
# ending their clause, as "over 60%" and "done by hand" tell none, and none kept to a part ("in 40 districts")
_COMPLETE = patterns.compile(
    rf"(?<![\w-])(?:(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:now\s+|fully\s+|all\s+)?(?P<state>{_STATE})"
    r"|(?:has|have|had)\s+(?:now\s+|already\s+)?(?P<verb>finished|completed|concluded|ended))(?![\w-])"
    r"(?!(?<=over|done)\s*[^\s.,;:!?])(?!\s+(?:in|for|except|but|save|at|on\s+(?:the|all|some|most|\d))(?!\w))",
    re.IGNORECASE)
# a passage's process still to come or under way
_UNFINISHED = patterns.compile(
    r"(?<![\w-])(?:(?:still|yet)\s+to\s+(?:be\s+)?[a-z]+|remain(?:s|ed|ing)?\s+to\s+be\s+[a-z]+"
    r"|(?:is|are|was|were)\s+still\s+(?:being\s+[a-z]+|[a-z]+ing)|not\s+yet\s+(?:been\s+)?[a-z]+"
    r"|(?:still\s+)?(?:under\s*way|in\s+progress|ongoing|going\s+on))(?![\w-])", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no\s+longer|n['’]t|yet|if|unless|whether|once|until|when"
                                   r"|before)(?:\W+\w+){0,1}\W*$", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[,;:.!?]")
_WORDS = frozenset({"complete", "completed", "finished", "over", "done", "concluded", "ended"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "still", "being", "under", "progress", "ongoing", "going",
                          "remain", "remains", "remained", "remaining", "about", "some", "more", "than", "now", "fully",
                          "already", "complete", "completed", "finished", "over", "done", "concluded", "ended", "yet"})
_PREFIX = 5


def unfinished_as_complete(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as complete what a cited passage gives as still to come or under way."""
    if not in_english(language) or not may_hold(text, _WORDS):
        return []  # most sentences tell nothing complete
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    told = next((match for match in _COMPLETE.finditer(spoken) if not inside(quoted, match.start())
                 and not _NEGATED_BEFORE.search(spoken, max(0, match.start() - 24), match.start())), None)
    if told is None or any(_told_complete(passage.text) for passage in passages):
        return []
    words = _stems(_clause_around(spoken, told.start(), told.end()))
    for passage in passages:
        for shown, theirs in _unfinished(passage.text):
            if words and len(words & theirs) >= min(2, len(words)):
                return [Finding(offset, f"this sentence tells as complete ('{' '.join(told.group().split())}') what "
                                        f"its cited passages give as still to come ('{shown}'): {clipped(text)}",
                                "keep it unfinished as the source does, or cite a passage that says it is complete")]
    return []


def _clause_around(text: str, start: int, end: int) -> str:
    """Return the words of the clause around text[start:end], but those: its subject and what follows the state."""
    before = max((stop.end() for stop in _CLAUSE_END.finditer(text, 0, start)), default=0)
    after = _CLAUSE_END.search(text, end)
    return f"{text[before:start]} {text[end:after.start() if after else len(text)]}"


def _stems(text: str) -> frozenset[str]:
    """Return the first five letters of text's content words: "count" of "counted"."""
    return frozenset(word[:_PREFIX] for word in content_words(text, _NOT_CONTENT))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _told_complete(text: str) -> bool:
    """Say whether a passage tells something complete itself ("the count was completed on Friday")."""
    return any(not _NEGATED_BEFORE.search(text, max(0, match.start() - 24), match.start())
               for match in _COMPLETE.finditer(text))


@functools.lru_cache(maxsize=1 << 12)
def _unfinished(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each place a passage gives a process as still to come or under way, as written, with its sentence's
    content words (their first five letters)."""
    if not _UNFINISHED.search(text):
        return ()
    return tuple((" ".join(match.group().split()), _stems(sentence.text))
                 for sentence in split_sentences(text, "en") for match in _UNFINISHED.finditer(sentence.text)
                 if not _NEGATED_BEFORE.search(sentence.text, max(0, match.start() - 16), match.start()))
