"""No change kept as none: "The limit was unchanged" is no "The limit rose" or "The deadline was extended".

A passage gives no change by "unchanged" or "unaltered" ("was left unchanged", "remained unchanged"), "held steady",
"stayed the same" or "remained the same"; a sentence tells a change by "rose", "fell", "increased", "decreased",
"grew", "dropped", "was raised", "was lowered", "was cut", "was reduced", "was extended", "was shortened" (in any
form: "raised", "extends"). It is refused where the sentence shares a word of four letters or more with what the
passage's clause says is unchanged (the words before "unchanged") and another with the rest of that clause, and no
cited passage tells that change itself. A negated change ("was not raised") and words in quotation marks are not
read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import clause_end, clause_start, content_words
from .wordset import may_hold

_NO_CHANGE = patterns.compile(r"(?<!\w)(?:unchanged|unaltered|held\s+steady|(?:stayed|remained)\s+the\s+same)(?!\w)",
                              re.IGNORECASE)
_NO_CHANGE_WORDS = frozenset({"unchanged", "unaltered", "held", "stayed", "remained"})  # _NO_CHANGE's first words
_CHANGE = patterns.compile(
    r"(?<!\w)(?:rose|risen|rises|increased|increases|decreased|decreases|grew|grown|grows|dropped|drops"
    r"|fell|fallen|falls|raised|raises|lowered|lowers|cut|cuts|reduced|reduces|extended|extends|shortened|shortens)"
    r"(?!\w)", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|n['’]t)\s+(?:been\s+)?$", re.IGNORECASE)
_BREAKS = patterns.compile(r"[,;:!?.]|(?<!\w)(?:and|but|while|whereas)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "unchanged", "unaltered", "held", "steady", "stayed",
                          "remained", "same", "left", "kept"})
_RESTATES = 2


def changed_unchanged(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a change of what a passage restating it gives as unchanged."""
    if not in_english(language) or not any(
            may_hold(passage.text, _NO_CHANGE_WORDS) and _NO_CHANGE.search(passage.text) for passage in passages):
        return []
    quoted = quoted_parts(text)
    for change in _CHANGE.finditer(text):
        if (any(start <= change.start() < end for start, end in quoted)
                or _NEGATED_BEFORE.search(text, max(0, change.start() - 20), change.start())):
            continue
        stem = change.group().casefold()[:4]
        told = [(passage.text, other) for passage in passages for other in _CHANGE.finditer(passage.text)
                if other.group().casefold()[:4] == stem]
        words = content_words(_told_changed(text, change), _NOT_CONTENT) - {change.group().casefold()}
        for passage in passages:
            for same in _NO_CHANGE.finditer(passage.text):
                start = clause_start(passage.text, same.start(), _BREAKS)
                clause = passage.text[start:clause_end(passage.text, same.end(), _BREAKS)]
                subject = content_words(passage.text[start:same.start()], _NOT_CONTENT)
                if (words & subject and len(words & content_words(clause, _NOT_CONTENT)) >= _RESTATES
                        and not _told_of(told, words & subject)):
                    return [Finding(offset, f"this sentence says '{change.group()}' where its cited passages say "
                                            f"'{' '.join(same.group().split())}' ('{' '.join(clause.split())}'): "
                                            f"{clipped(text)}",
                                    "keep it unchanged, as the source does, or cite a passage that gives the change")]
    return []


def _told_changed(text: str, change: re.Match) -> str:
    """Return the words a change is told of: its own clause where the sentence keeps something else unchanged ("cut
    the lost-profits award and left the $53 million royalty unchanged", newuser_112), else the whole sentence."""
    if not _NO_CHANGE.search(text):
        return text
    return text[clause_start(text, change.start(), _BREAKS):clause_end(text, change.end(), _BREAKS)]


# words of amount, which name no one thing: "$53 million" kept unchanged, "$161 million" reduced
_AMOUNTS = frozenset({"million", "billion", "trillion", "thousand", "percent", "cent"})


def _told_of(told: list[tuple[str, re.Match]], kept: frozenset[str]) -> bool:
    """Say whether a passage tells the sentence's change of what it says is unchanged: a clause of its own change
    holding a word of the kept thing the sentence names; any, where they share only amounts. "The court reduced the
    lost-profits award ... The reasonable royalty of $53 million was left unchanged" tells no reduced royalty
    (newuser_112)."""
    named = {word for word in kept if word not in _AMOUNTS}
    return bool(told) and (not named or any(
        named & content_words(text[clause_start(text, other.start(), _BREAKS):clause_end(text, other.end(), _BREAKS)],
                              _NOT_CONTENT) for text, other in told))
