"""A thing its source says none of has been done not told as done: "they have agreed the sale of 92 stores" may not cite
"no sale has been agreed", nor "A buyer has been approved for the stores" "no buyer has been approved".

A cited passage saying "no <thing> has (yet) been <done>" ("no sale has been agreed", "no buyer has yet been
approved") gives a thing and a participle. A sentence is refused where it tells that participle of that thing done:
actively before it ("have agreed the sale", "approved a buyer") or passively after it ("a buyer has been approved",
"the sale was agreed"), with no negation ("not", "no", "never", "yet to", "none", "nor", "without") and no condition
("if", "once", "when", "until", "unless", "whether", "before") in the sentence, nor a modal or "to" right before the
participle ("would need to be approved"); unless a cited passage tells it done itself. Words in quotation marks are
not read. English text is read (tests/test_factcheck_183.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_NONE_DONE = patterns.compile(r"(?<![\w-])no\s+(?P<thing>[a-z]{3,})\s+(?:has|have|had|was|were)\s+"
                              r"(?:yet\s+|so\s+far\s+|still\s+)?been\s+(?P<done>[a-z]{3,}(?:ed|ld|ght|wn|id|de))"
                              r"(?![\w-])", re.IGNORECASE)
_KEPT_OPEN = patterns.compile(r"(?<![\w-])(?:not|no|never|none|nor|neither|without|n['’]t|yet\s+to|if|once|when"
                              r"|until|unless|whether|before)(?![\w-])", re.IGNORECASE)
_MODAL_BEFORE = patterns.compile(r"(?<![\w-])(?:to|will|would|could|can|may|might|must|should|shall)\s+(?:be\s+)?$",
                                 re.IGNORECASE)


def none_done_told_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells done a thing a cited passage says none of has been done."""
    if not in_english(language):
        return []
    said = {(found["thing"].casefold(), found["done"].casefold(), " ".join(found.group().split()))
            for passage in passages for found in _NONE_DONE.finditer(passage.text)}
    if not said:
        return []  # most passages say no such thing: found without reading the sentence
    spoken = markers_blanked(text)
    if _KEPT_OPEN.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    for thing, done, shown in sorted(said):
        told = _told_done(spoken, thing, done)
        if told is None or inside(quoted, told.start()):
            continue
        if any(_told_done(passage.text, thing, done) and not _NONE_DONE.search(passage.text) for passage in passages):
            continue  # a passage tells it done itself
        words = " ".join(told.group().split())
        return [Finding(offset, f"this sentence tells as done ('{words}') what its cited passages say is not "
                                f"('{shown}'): {clipped(text)}",
                        f"keep the source's words ('{shown}'), or cite a passage that says it was done")]
    return []


def _told_done(text: str, thing: str, done: str) -> re.Match | None:
    """Return where text tells `done` of `thing` done, actively ("agreed the sale") or passively ("a buyer has been
    approved"), with no modal or "to" before the participle; or None."""
    things = rf"{re.escape(thing)}(?:s|es)?"
    for found in re.finditer(
            rf"(?<![\w-]){re.escape(done)}\s+(?:(?:a|an|the|its|their|our|his|her|any)\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"{things}(?![\w-])|(?<![\w-]){things}\s+(?:[\w'’-]+\s+){{0,3}}?(?:has|have|had|was|were)\s+"
            rf"(?:now\s+|already\s+)?(?:been\s+)?{re.escape(done)}(?![\w-])", text, re.IGNORECASE):
        verb = found.group().casefold().startswith(done)
        if not (verb and _MODAL_BEFORE.search(text, max(0, found.start() - 20), found.start())):
            return found
    return None
