"""A condition is not an event: a sentence may not tell as done what its cited passages give only as the condition
of something else.

"The tribunal has upheld the commission's findings" may not cite "If the tribunal upholds the commission's findings,
it becomes much harder ... to argue it did nothing wrong": the source weighs what would follow from a ruling not yet
made. conditions.py keeps what a condition governs from being told as fact; this reads the condition itself. A
condition opening with "if", "once", "as soon as", "provided (that)", "in the event that" or "assuming that"
(conditions.py finds it) whose verb is a present ("upholds", "approves", "wins") is told done by that verb's past
("upheld", "has approved", "won") in a sentence sharing two of the condition's words of four letters or more, unless
the sentence keeps a condition or a modal of its own ("if", "whether", "would", "could", "may", ...), negates the verb,
or a cited passage tells it done outside its condition (tests/test_newuser_108.py); a participle after "any" (or
"whatever", "whichever") and its noun tells none done ("Any vote ordered by the judges", factcheck_208). English text
is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import WORD, content_words
from .conditions import passage_conditions
from .possible_done import english_past, infinitive_at
from .sentences import folded_word, markers_blanked

_OPENINGS = frozenset({"if", "only if", "once", "as soon as", "provided", "provided that", "in the event that",
                       "assuming that"})
_OPENS = patterns.compile(r"(?<!\w)(?:if|once|as\s+soon\s+as|provided|in\s+the\s+event|assuming)(?!\w)", re.IGNORECASE)
_KEPT = patterns.compile(r"(?<!\w)(?:if|unless|whether|once|should|would|could|may|might|can|will|provided|condition"
                         r"|conditional|depends|depending|hypothetical\w*|possib\w+)(?!\w)", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t)(?:\W+\w+){0,1}\W*$", re.IGNORECASE)
# a present's -s, never a plural's or a word's own ("this", "news", "access"): after a subject, not an article
_NOT_VERBS = frozenset({"this", "news", "access", "process", "business", "less", "unless", "address", "was", "has",
                        "is", "does", "its", "his", "hers", "thus", "always", "series", "means", "towards", "as"})
# A participle after "any" and its noun tells no deed done, whichever it is: "Any vote ordered by the judges is to be
# held within 60 days" of "If the court orders a new vote ..." (factcheck_208)
_ANY_BEFORE = patterns.compile(r"(?<!\w)(?:any|whatever|whichever)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "of", "for", "to", "in", "on"})
_RESTATES = 2
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "would", "could", "might", "still"})


def conditions_told_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells done the event a cited passage gives only as a condition ("If the tribunal
    upholds ...")."""
    if not in_english(language) or not any(_OPENS.search(passage.text) for passage in passages):
        return []
    spoken = unquoted(markers_blanked(text))
    if _KEPT.search(spoken):
        return []
    words = content_words(spoken, _NOT_CONTENT)
    for passage in passages:
        for condition in passage_conditions(passage.text, language):
            if condition.word not in _OPENINGS:
                continue
            shared = words & content_words(condition.condition, _NOT_CONTENT)
            for verb in _present_verbs(condition.condition):
                done = _done_in(spoken, english_past(verb))
                if done is None or len(shared - {folded_word(done)}) < _RESTATES:
                    continue
                if any(_done_in(_without(other.text, condition.condition), english_past(verb)) for other in passages):
                    continue  # a passage tells it done itself
                return [Finding(offset, f"this sentence tells as done ('{done}') what its cited passages give only "
                                        f"as a condition ('{condition.condition}'): {clipped(text)}",
                                "keep the condition ('if ...'), or cite a passage that says it happened")]
    return []


def _present_verbs(condition: str) -> list[str]:
    """Return the plain verbs of a condition's presents ("upholds": "uphold"; "approves": "approve"), after a word
    that is no article."""
    found, before = [], ""
    for written in WORD.findall(condition):
        word = written.casefold()
        if (word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word not in _NOT_VERBS
                and before not in _ARTICLES and word.isalpha()):
            found.extend(dict.fromkeys((word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)))
        before = word
    return found


def _done_in(text: str, past: re.Pattern | None) -> str | None:
    """Return the first form of text telling a verb done, not negated nor after "to"/"will", or None."""
    if past is None:
        return None
    for match in past.finditer(text):
        if not _NEGATED_BEFORE.search(text, max(0, match.start() - 16), match.start()) \
                and not infinitive_at(text, match.start()) \
                and not _ANY_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            return match.group()
    return None


def _without(text: str, condition: str) -> str:
    """Return a passage with its condition's words blanked (spacing aside)."""
    flat = " ".join(text.split())
    return flat.replace(condition, " " * len(condition))
