"""An act the source says holds whatever another decides, told as hanging on that decision: "The annulment will be
lifted if the court shortens the ban" may not cite "The annulment stands whatever the court decides on the length of
the ban" (newuser_139).

inverted_conditions.py reads the other way round (a condition the source sets, told as "whether or not"). Here a
cited sentence says its act holds "whatever", "regardless of", "irrespective of", "no matter what" or "whether or
not" something happens; a sentence of ours setting a condition ("if", "unless", "only once", "provided that",
"depends on", "subject to", "hinges on") is refused where its condition shares a word of four letters or more with
what the passage says does not matter ("the court decides": "court") and its other words share one with the act
the passage says holds ("annulment"), and no cited passage sets such a condition itself. A sentence keeping the
source's word ("even if", "regardless", "whatever") sets no condition. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .clauses import content_words
from .sentences import markers_blanked, split_sentences

# What the source says does not matter, to the end of its clause
_REGARDLESS = patterns.compile(r"(?<!\w)(?:whatever|regardless\s+of|irrespective\s+of|no\s+matter\s+(?:what|whether"
                               r"|how|who|which)|whether\s+or\s+not)(?!\w)(?P<moot>[^,;:.!?]{3,160})", re.IGNORECASE)
# A condition set on an act, to the end of its clause ("as if", "even if", "what if" set none)
_CONDITION = patterns.compile(
    r"(?<!\w)(?<!\beven\s)(?<!\bas\s)(?<!\bwhat\s)(?:if|unless|only\s+(?:once|when|after)|provided\s+(?:that\s+)?"
    r"|depend(?:s|ed|ing)?\s+on|subject\s+to|conditional\s+on|hinges?\s+on|hinged\s+on|contingent\s+on)(?!\w)"
    r"(?P<condition>[^,;:.!?]{3,160})", re.IGNORECASE)
# The source's own word kept: the sentence tells no condition the passage denies
_KEPT = patterns.compile(r"(?<!\w)(?:whatever|regardless|irrespective|no\s+matter|whether\s+or\s+not|even\s+if"
                         r"|either\s+way|in\s+any\s+case)(?!\w)", re.IGNORECASE)
# Words of four letters or more that tell no act and no decider
_NOT_CONTENT = frozenset({"that", "this", "with", "from", "will", "would", "could", "should", "have", "been", "there",
                          "their", "they", "them", "what", "whether", "which", "when", "once", "only", "does", "were",
                          "being", "depends", "depend", "depending", "subject", "hinges", "provided", "unless",
                          "whatever", "regardless", "irrespective", "matter"})
_CHEAP = ("if", "unless", "only", "provided", "depend", "subject", "conditional", "hinge", "contingent")
_HINT = "say, as the source does, that it holds whatever happens, or cite a passage that sets this condition"


def regardless_told_conditional(text: str, passages: list[Cited], offset: int = 0,
                                language: str = "") -> list[Finding]:
    """Return a finding when text sets a condition on an act that a cited passage says holds regardless of it."""
    folded = text.casefold()
    if not passages or not in_english(language) or not any(word in folded for word in _CHEAP):
        return []  # most sentences set no condition: found before any passage is read
    spoken = markers_blanked(text)
    condition = _CONDITION.search(spoken)
    if condition is None or _KEPT.search(spoken):
        return []
    set_on = _words(condition["condition"], _NOT_CONTENT)
    act = _words(spoken[:condition.start()] + " " + spoken[condition.end():], _NOT_CONTENT)
    if not set_on or not act:
        return []
    if any(set_on & words for passage in passages for words in _conditions(passage.text)):
        return []  # a cited passage sets such a condition itself
    for passage in passages:
        for sentence, moot, holds in _regardless(passage.text):
            if set_on & moot and act & holds:
                return [Finding(offset + condition.start(),
                                f"this sentence sets a condition ('{' '.join(condition.group().split())}') on what "
                                f"its cited passages say holds regardless ('{sentence}'): {clipped(text)}", _HINT)]
    return []


def _words(text: str, not_content: frozenset[str]) -> frozenset[str]:
    """Return text's content words, a possessive's "'s" off: "the union's ballot" names the union."""
    return frozenset(word[:-2] if word.endswith("'s") else word for word in content_words(text, not_content))


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _regardless(text: str) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Return each sentence of a passage saying an act holds regardless of something, as written, with the words of
    what does not matter and those of the rest of the sentence (the act)."""
    if not _REGARDLESS.search(text):
        return ()
    found = []
    for sentence in split_sentences(text, "en"):
        for match in _REGARDLESS.finditer(sentence.text):
            moot = _words(match["moot"], _NOT_CONTENT)
            rest = sentence.text[:match.start()] + " " + sentence.text[match.end():]
            found.append((" ".join(sentence.text.split()), moot, _words(rest, _NOT_CONTENT) - moot))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 10)
def _conditions(text: str) -> tuple[frozenset[str], ...]:
    """Return the words of each condition a passage sets on an act."""
    return tuple(_words(match["condition"], _NOT_CONTENT) for match in _CONDITION.finditer(text)
                 if not _KEPT.search(text, max(0, match.start() - 12), match.start() + 2))
