"""Outcomes a body may still reach kept open: a sentence may not tell as done or decided one of the outcomes its cited
passages list as still possible.

"The Authority has blocked the merger", "has cleared the merger subject to remedies" and "has decided to block the
merger", citing "The Authority may still clear the merger, clear it subject to remedies, or block it", built:
possible_done.py reads a modal right before its verb ("may block"), and this list's verbs stand after "may still" and
after its commas and "or". A sentence is refused where it tells one of the list's verbs done (its past: "blocked",
"cleared") or decided ("decided to block", "chose to"), unnegated and with no possibility of its own ("may", "could",
"whether", "possible", "option"), sharing a word of four letters or more besides the verb with the passage's sentence,
and no cited passage tells that verb done itself. English text is read (tests/test_newuser_115.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .possible_done import english_past_source
from .sentences import inside, markers_blanked, sentence_of

# a modal, an adverb after it ("may still"), its first verb, then the rest of its sentence
_OPEN = patterns.compile(r"(?<!\w)(?:may|might|could|can)\s+(?:still|yet|also|now|either|then)\s+(?P<verb>[a-z]{3,})"
                         r"(?P<rest>[^.;:!?]*)", re.IGNORECASE)
# each further verb of the list: after a comma or "or", before "it", "them", "the", "its" or "their"
_FURTHER = patterns.compile(r"(?:,\s*(?:or\s+)?|\s+or\s+)(?P<verb>[a-z]{3,})\s+(?:it|them|the|its|their)(?!\w)",
                            re.IGNORECASE)
_KEPT = patterns.compile(r"(?<!\w)(?:may|might|could|can|whether|possible|possibly|option|options|yet\s+to|not|never"
                         r"|no|n['’]t|still\s+to|would)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"still", "that", "this", "with", "from", "have", "been", "their", "there", "which", "decided",
                          "subject"})


def open_outcome_told_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells done or decided an outcome its cited passages list as still possible."""
    if (language or "en").split("-")[0].lower() != "en":
        return []
    listed = [(verb, " ".join(match.group().split()), passage.text, match.start())
              for passage in passages for match in _OPEN.finditer(passage.text)
              for verb in _verbs(match)]
    if not listed:
        return []  # most passages list no open outcomes: found without reading the sentence
    spoken = markers_blanked(text)
    if _KEPT.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    for verb, shown, passage, at in listed:
        told = re.search(rf"{english_past_source(verb)}|(?<!\w)(?:decided|chose|agreed|voted|resolved)\s+to\s+"
                         rf"{re.escape(verb)}(?!\w)", spoken, re.IGNORECASE)
        if told is None or inside(quoted, told.start()):
            continue
        if not content_words(spoken, _NOT_CONTENT | {verb}) & content_words(sentence_of(passage, at),
                                                                             _NOT_CONTENT | {verb}):
            continue
        if any(re.search(english_past_source(verb), each.text, re.IGNORECASE) for each in passages):
            continue  # a passage tells it done itself
        return [Finding(offset, f"this sentence tells as done ('{told.group()}') what its cited passages give only as "
                                f"one outcome still possible ('{shown}'): {clipped(text)}",
                        f"keep the source's words ('{shown}'), or cite a passage that says it was done")]
    return []


def _verbs(match: re.Match) -> tuple[str, ...]:
    """Return the verbs of an open list: its first, and each after a comma or "or" before "it" or "the"."""
    return (match["verb"].casefold(), *(further["verb"].casefold() for further in _FURTHER.finditer(match["rest"])))
