"""A saying denied of one whom the source introduces as the speaker of the paragraph it cites: "Al-Monitor does not
say it invests in military nuclear programs" citing "Islamabad continues to invest in its military nuclear programs
...", whose paragraph follows the source's line "regional publication Al-Monitor lays out the following:".

denied_sayings.py refuses "X does not say ..." where a cited passage sentence tells X saying it: by a verb of saying
naming X in that sentence. A source that introduces a quoted paragraph with a line of its own ending in a colon ("Al-
Monitor lays out the following:") names its speaker there, a paragraph before the passage, which the passage's
words never hold; a "not" added before "says" or "cites" built (factcheck242). Here each sentence of a cited passage
whose paragraph follows such a line (a verb of saying or "the following" in it) is read as told in that line's
words, and denied_sayings.py asks of it what it asks of any passage sentence: the same words, plainly, and by the
sayer the sentence names. English only; passages no line introduces are denied_sayings.py's alone.

A sentence telling such a passage sentence must say whose it is, as the line does: "it invests in military nuclear
programs" citing it, with "Al-Monitor says" dropped, told the publication's view as the briefing's (factcheck_244).
A sentence sharing three words or more with an introduced passage sentence is refused where it names neither the
line's speaker (a capitalised word of the line) nor anyone's saying ("says", "cites", "according to", "the report",
"reportedly", ...). A claim's words and a caveat's (`by_claimant`) are their claimant's or about the sources, and
are not read so.
"""

from __future__ import annotations

import re
from typing import Callable

from . import patterns
from .attribution import Finding, in_english, unquoted
from .denied_sayings import denied_saying_told
from .sentences import markers_blanked

_INTRODUCING = patterns.compile(r"(?<!\w)(?:the\s+following|as\s+follows|lays?\s+out|says?|said|writes?|wrote|notes?"
                                r"|noted|reports?|reported|puts?\s+it|explains?|explained|states?|stated)(?!\w)",
                                re.IGNORECASE)
_SENTENCE = patterns.compile(r"[^.!?]+[.!?]*")
_WORD = patterns.compile(r"[^\W_]+")
_UNREAD = frozenset({"about", "after", "their", "there", "these", "those", "which", "where", "while", "would",
                     "could", "should", "other"})


def introduced_passages(texts: Callable[[str], str] | None, anchored: list) -> tuple[str, ...]:
    """Return each sentence of the anchored passages (cite.py's Passage: source id, start, end, text) whose paragraph
    follows a line of the source introducing it ("Al-Monitor lays out the following:"), that line before it."""
    told = []
    for passage in anchored:
        if passage is None or texts is None:
            continue
        introduction = _introduction(texts(passage.source_id) or "", passage.start)
        if introduction:
            told += [f"{introduction} {sentence.group().strip()}" for sentence in _SENTENCE.finditer(passage.text)
                     if sentence.group().strip()]
    return tuple(told)


def introduced_saying_denied(text: str, introduced: tuple[str, ...], language: str = "",
                             by_claimant: bool = False) -> list[Finding]:
    """Return the finding of a sentence denying that one says what a passage sentence, introduced as theirs, tells,
    or telling it without saying whose it is (but in a claim's or a caveat's words, `by_claimant`); [] where it does
    neither or no cited passage is introduced."""
    if not introduced or not in_english(language):
        return []
    unattributed = introduced_saying_unattributed(text, introduced, language, by_claimant)
    if unattributed:
        return unattributed
    denied = denied_saying_told(unquoted(markers_blanked(text)), list(introduced), _words_of)
    if denied is None:
        return []
    introduction, _, said = denied[1].partition(": ")
    return [Finding(denied[0], f"this sentence denies a saying the source gives as its sayer's, after \"{introduction}:\": "
                               f"\"{said[:160]}\"",
                    "drop the \"not\", or cite the words the sayer does not say")]


# words telling that someone says what follows: a verb of saying, "according to", "the report", "reportedly"
_ATTRIBUTED = patterns.compile(
    r"(?<!\w)(?:says?|said|saying|cites?|cited|citing|notes?|noted|writes?|wrote|reports?|reported|reportedly"
    r"|according|lays?\s+out|laid\s+out|lists?|listed|describes?|described|credits?|credited|claims?|claimed"
    r"|quotes?|quoted|quoting|adds?|added|puts?\s+it|tells?|told|argues?|argued|points?\s+(?:out|to)|states?"
    r"|stated|counts?|view|views|account|assessment|words|per|source|sources|publication|attributes?|attributed"
    r"|explains?|explained|mentions?|mentioned|calls?|called|estimates?|estimated|believes?|thinks?|insists?"
    r"|sees?|gives?|given|as\s+(?:laid|set)\s+out)(?!\w)", re.IGNORECASE)
_NAME = patterns.compile(r"(?<![\w-])[A-Z][\w’'-]*[\w]")
_FEWEST_SHARED = 3  # words of five letters or more a sentence shares with the passage sentence it tells


def introduced_saying_unattributed(text: str, introduced: tuple[str, ...], language: str = "",
                                   by_claimant: bool = False) -> list[Finding]:
    """Return the finding of a sentence telling a passage sentence introduced as another's ("Al-Monitor lays out the
    following:") without saying whose it is; [] where it names the speaker or a saying, or tells no such sentence."""
    if not introduced or by_claimant or not in_english(language):
        return []
    read = unquoted(markers_blanked(text))
    if _ATTRIBUTED.search(read):
        return []
    own = _words_of(read)
    for told in introduced:
        introduction, _, said = told.partition(": ")
        speakers = {name.casefold() for name in _NAME.findall(introduction)
                    if name.casefold() not in ("as", "for", "the", "in", "on")}
        if any(name.casefold() in speakers for name in _NAME.findall(read)):
            return []
        if len(own & _words_of(said)) >= _FEWEST_SHARED:
            return [Finding(0, f"this sentence tells as plain fact what the source gives as another's, after "
                               f"\"{introduction}:\": \"{said[:160]}\"",
                            "say whose words these are (\"Al-Monitor says ...\"), as the source does")]
    return []


def _introduction(source: str, start: int) -> str:
    """Return the source's line introducing the paragraph holding source[start]: the paragraph before it, where it
    ends in a colon and says who lays out or says what follows; or ""."""
    opening = source.rfind("\n\n", 0, start)
    if opening < 0:
        return ""
    before = source.rfind("\n\n", 0, opening)
    line = source[before + 2 if before >= 0 else 0:opening].strip()
    if not line.endswith(":") or "\n" in line or not _INTRODUCING.search(line):
        return ""
    return " ".join(line.split())


def _words_of(text: str) -> frozenset[str]:
    """Return the first five letters of text's words of five letters or more, folded: its words in any form."""
    return frozenset(word.casefold()[:5] for word in _WORD.findall(text)
                     if len(word) >= 5 and word.casefold() not in _UNREAD)
