"""A document a turn quotes, kept its own: "Its annual report says, and I quote, "storm overflow discharges fell by 12
percent ..."" gives the quoted words to the report, not to the MP reading it out.

A hearing's questioner reads from documents ("Your own board minutes from November say, and I quote, ..."). With the
turn's label read ("Q (MS ADEYEMI):"), "The company's annual report says discharges fell by 12 percent" was refused
as giving Adeyemi's words to the report, while "Adeyemi said storm overflow discharges fell by 12 percent" built
(tests/test_newuser_98.py). A passage quoting a document, its noun ("report", "minutes", "letter", "statement",
"memo", ...) the subject of "says", "states" or "reads" with the quotation right after, gives those words to the
document: its turn's label names no speaker of them, and a speaker naming that document ("The company's annual
report says") is backed by it (speakers.py); a sentence giving words of the quotation to a speaker that names no
document is refused.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped

_DOCUMENTS = (r"report|reports|minutes|letter|statement|document|memo|memorandum|e-?mail|submission|accounts|plan"
              r"|review|briefing|website|filing|notice|press\s+release|guidance|policy|strategy|note|notes")
_QUOTED_DOCUMENT = patterns.compile(
    rf"(?P<document>(?:[\w'’-]+[ \t]+){{0,5}}?(?:{_DOCUMENTS}))(?:[ \t]+from[ \t]+\w+)?[ \t]+"
    r"(?:says|said|say|states|stated|state|reads|read|notes|noted|puts\s+it)(?:,?\s+and\s+I\s+quote,|\s*:|,)?\s*[\"“]"
    r"(?P<words>[^\"“”]{8,})[\"”]", re.IGNORECASE)
_DOCUMENT_NAMED = patterns.compile(rf"(?<!\w)(?:{_DOCUMENTS})(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{4,}|\d+(?:[.,]\d+)*")


def quoted_document(text: str):
    """Return the match of a document text quotes ("Its annual report says, and I quote, "...""), or None."""
    if '"' not in text and "“" not in text:
        return None  # most passages quote nothing
    return _QUOTED_DOCUMENT.search(text)


def names_quoted_document(speaker: str, passages: list[Cited]) -> bool:
    """Say whether a sentence's speaker ("The company's annual report") is a document a cited passage quotes ("Its
    annual report says, and I quote, ..."), by its noun."""
    own = {noun.casefold() for noun in _DOCUMENT_NAMED.findall(speaker)}
    return bool(own) and any((quoting := quoted_document(passage.text)) is not None and own & {
        noun.casefold() for noun in _DOCUMENT_NAMED.findall(quoting["document"])} for passage in passages)


def document_given_to_speaker(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                              parties: tuple = ()) -> list[Finding]:
    """Return a finding where a sentence gives a named speaker ("Adeyemi said") words a cited passage quotes from a
    document, naming no document itself."""
    if not passages or _DOCUMENT_NAMED.search(text):
        return []  # "the annual report says": the document is named as the speaker
    from .speakers import speakers_in  # speakers.py reads quoted_document: imported when first asked
    named = speakers_in(text, parties)
    if not named:
        return []
    mine = {word.casefold()[:5] for word in _WORD.findall(text[named[0][0]:])}
    for passage in passages:
        quoting = quoted_document(passage.text)
        if quoting is None:
            continue
        theirs = {word.casefold()[:5] for word in _WORD.findall(quoting["words"])}
        if len(mine & theirs) >= 3 and len(mine & theirs) * 2 >= len(mine) - 2:
            return [Finding(offset + named[0][0], f"this sentence gives the words to {' '.join(named[0][1].split())}, "
                                                  f"but its cited passage quotes them from a document "
                                                  f"('{' '.join(quoting['document'].split())}'): {clipped(text)}",
                            "say whose document it is, as the source does ('... annual report says'), or cite the "
                            "speaker's own words")]
    return []
