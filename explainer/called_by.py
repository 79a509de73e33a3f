"""Names kept to who gave them: "Pakistan called the talks a failure" citing "Afghan officials called the talks a
failure, while Pakistan said they had made progress" names a speaker the passage names, and gives it the other's
words.

A name given is a verb of naming ("called", "calls", "described", "branded", "labelled", "dubbed", "termed") with a
speaker before it, as speakers.py reads a subject. A passage's such verb restates the sentence's where the words
after the two (to the clause's end) share two content words of four letters or more ("the talks a failure"). The
sentence is refused where a passage restates its words so and none of those that do gives them to its speaker (a
word of its name in common, in any form, or the same party of the briefing). A sentence naming no speaker, or a
passage restating none of its words, is not read; nor are words in quotation marks. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .owners import is_named
from .sentences import inside, markers_blanked
from .speakers import naming_words, parties_of, reporting_subjects, shown
from .wordset import may_hold

_CALLED = patterns.compile(r"(?:called|calls|described|describes|branded|brands|labell?ed|labels|dubbed|dubs|termed"
                           r"|terms)(?!\w)", re.IGNORECASE)
_HOLDS = frozenset({"called", "calls", "described", "describes", "branded", "brands", "labelled", "labeled", "labels",
                    "dubbed", "dubs", "termed", "terms"})  # each of _CALLED's matches, looked up in the text's words
# A naming verb's -s form is a plural noun too: "scam calls since the breach", "the terms of the deal". A verb of
# naming has an object after it; a preposition, a conjunction, a verb or the clause's end there makes it the noun
# (newuser_130: "Maureen Dales said she had received scam calls since the breach" was read as her naming something).
_NOUN_FORMS = frozenset({"calls", "terms", "labels", "brands"})
_NO_OBJECT_AFTER = patterns.compile(
    r"\s*(?:[,;:.!?)]|$|(?:since|from|to|for|about|on|in|at|with|by|over|after|before|during|of|and|or|but|were|are"
    r"|was|is|have|has|had|that|which|who|went|came|made|kept|continued|rose|fell)(?!\w))", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[,;:.!?()\"“”]|\s[-–—]\s|(?<!\w)(?:while|whereas|but|and\s+said)(?!\w)",
                               re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "also", "into", "called", "calls", "described", "describes", "branded", "labelled", "labeled",
                          "dubbed", "termed", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                          "sunday", "today", "yesterday"})


def called_by_another(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                      parties: tuple = ()) -> list[Finding]:
    """Return a finding when text gives a name ("called the talks a failure") to a speaker where every cited passage
    that gives those words gives them to another."""
    if not may_hold(text, _HOLDS) or not in_english(language):
        return []  # most sentences name nothing so: found by a plain search
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for at, words, names in _namings(spoken, parties):
        if not names or inside(quoted, at):
            continue
        said = _words_after(spoken, at)
        theirs = [(their_words, their_names) for passage in passages
                  for their_at, their_words, their_names in _namings(passage.text, parties)
                  if len(said & _words_after(passage.text, their_at)) >= 2]
        if theirs and not any(_same_speaker(names, their_names, parties) for _, their_names in theirs):
            return [Finding(offset + at, f"this sentence gives the words to {shown(words)}, but its cited passages "
                                         f"give them to {shown(theirs[0][0])}: {clipped(text)}",
                            "name the speaker the source names, or cite the passage that gives the words to this one")]
    return []


def _namings(text: str, parties: tuple) -> list[tuple[int, str, frozenset[str]]]:
    """Return each verb of naming in text with the words naming its subject and their naming words."""
    return [(at, words, naming_words(words, parties) or names) for at, words, names in reporting_subjects(text)
            if (called := _CALLED.match(text, at)) and not _a_plural_noun(text, called)]


def _a_plural_noun(text: str, called: re.Match) -> bool:
    """Say whether a naming verb's -s form ("calls") is the plural noun: no object follows it."""
    return called.group().casefold() in _NOUN_FORMS and _NO_OBJECT_AFTER.match(text, called.end()) is not None


def _words_after(text: str, at: int) -> frozenset[str]:
    """Return the content words after a verb of naming, to its clause's end: the name it gives."""
    start = text.find(" ", at)
    end = _CLAUSE_END.search(text, start if start >= 0 else len(text))
    return content_words(text[start:end.start() if end else len(text)], _NOT_CONTENT) if start >= 0 else frozenset()


def _same_speaker(names: frozenset[str], others: frozenset[str], parties: tuple) -> bool:
    """Say whether two speakers' naming words name the same one: a word in common, in any form, or a party."""
    return (any(is_named(name, others) for name in names) or any(is_named(name, names) for name in others)
            or bool(parties_of(names, parties) & parties_of(others, parties)))
