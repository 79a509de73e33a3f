"""A dissent's argument kept to the dissent: "The panel said Chirpline had given up the point" may not cite "Judge
Ellison dissented. She argued that Chirpline had given up the point."

dissents.py refuses "the majority" saying what a passage tells only after a dissent, where the passages name no
majority; told of "the panel", "the court" or a judge of the majority ("Judge Tanaka said ..."), or beside a passage
that names the majority elsewhere, the dissent's words built as the ruling's. A passage tells a dissent's words in
its sentence naming a judge dissenting ("Ellison dissented", "in her dissent") and the next one whose subject is that
judge ("She argued that ...", "Ellison wrote ..."). A sentence whose speaker is the majority, the panel, the court or
a judge its passages tell in the majority, and whose words after its verb of saying (or after "according to the
majority,", "in the panel's view,") share three words of four letters or more (all of fewer) with a dissent's, is
refused where no other sentence of its passages shares as many. English text is read (tests/test_factcheck_101.py,
tests/test_factcheck_103.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .clauses import content_words
from .dissents import _DISSENTING, _MAJORITY, _judges
from .sentences import split_sentences

_SAYING = (r"said|says|argued|argues|wrote|writes|found|finds|held|holds|ruled|rules|concluded|concludes|reasoned"
           r"|contended|contends|agreed|agrees|noted|notes|added|stated|maintained|insisted|believed")
_SAID = patterns.compile(rf"(?<![\w-])(?P<verb>{_SAYING})(?:\s+that)?\s+(?P<words>.+)", re.IGNORECASE | re.DOTALL)
# "According to the majority, ...", "In the panel's view, ...": a speaker named before the words, no verb of saying
_ACCORDING = patterns.compile(r"\W*(?:(?:according\s+to|in\s+the\s+(?:view|words|opinion)\s+of)\s+"
                              r"(?P<speaker>[^,]{1,80}?)"
                              r"|in\s+(?P<owner>[^,]{1,80}?)['’]s?\s+(?:view|words|opinion|reasoning))\s*,\s*"
                              r"(?P<words>.+)", re.IGNORECASE | re.DOTALL)
_RULING = patterns.compile(r"(?<![\w-])(?:majority|panel|court|judges|ruling|opinion)(?![\w-])", re.IGNORECASE)
_HER_DISSENT = patterns.compile(r"(?<![\w-])(?:in\s+(?:her|his|the|a)\s+dissent|dissent(?:ing)?\s+opinion)(?![\w-])",
                                re.IGNORECASE)
_THE_DISSENTER = patterns.compile(r"^\W*(?:she|he|the\s+dissent|the\s+dissenting\s+judge)(?![\w-])", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "would", "should", "could", "argued", "wrote", "found",
                          "dissented", "dissent", "majority", "judge"})
_LEAST = 3


def dissent_given_to_majority(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives the majority (the panel, the court, a judge of it) a dissent's words."""
    if not in_english(language) or not any("dissent" in passage.text for passage in passages):
        return []  # most passages tell of no dissent
    said = _ACCORDING.match(text) or _SAID.search(text)
    if said is None:
        return []
    theirs = " ".join(passage.text for passage in passages)
    dissenting, majority = _judges(_DISSENTING, theirs), _judges(_MAJORITY, theirs)
    speaker = (said["speaker"] or said["owner"]) if "owner" in said.re.groupindex else text[:said.start()]
    if "dissent" in speaker.casefold() or any(judge in speaker for judge in dissenting) or not (
            _RULING.search(speaker) or any(judge in speaker for judge in majority)):
        return []
    words = content_words(said["words"], _NOT_CONTENT)
    least = min(_LEAST, len(words))
    if not least:
        return []
    statements = _statements(theirs)  # "She argued ..." may open the passage after "Ellison dissented."
    told = [each for each, sentence in statements if len(words & sentence) >= least]
    if told and not any(len(words & sentence) >= least for each, sentence in statements if not each):
        return [Finding(offset, f"this sentence gives to the majority what its cited passages tell of the dissent "
                                f"({', '.join(sorted(dissenting)) or 'the dissenting judge'}): {clipped(text)}",
                        "keep the majority's ruling and the dissent to the judges the source gives them")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # passages are read by every sentence citing them
def _statements(text: str) -> tuple[tuple[bool, frozenset[str]], ...]:
    """Return each sentence of passages' text, whether it tells a dissent's words, and its content words."""
    found, after_dissent = [], frozenset()
    for sentence in split_sentences(text, "en"):
        dissenting = _judges(_DISSENTING, sentence.text)
        dissent = bool(dissenting or _HER_DISSENT.search(sentence.text) or (after_dissent and (
            _THE_DISSENTER.search(sentence.text) or any(re.match(rf"\W*(?:Judge\s+)?(?:\w+\s+)?{re.escape(judge)}\b",
                                                                 sentence.text) for judge in after_dissent))))
        found.append((dissent, content_words(sentence.text, _NOT_CONTENT)))
        after_dissent = dissenting or (after_dissent if dissent else frozenset())
    return tuple(found)
