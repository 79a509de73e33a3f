"""Negations kept, in Hindi: "न्यायाधिकरण ने यह मांग स्वीकार की" citing "... स्वीकार नहीं की" built.

Hindi negates with "नहीं" (or "न", "ना") right before its verb, after the object or the noun of a compound verb
("पानी नहीं लिया", "स्वीकार नहीं की"); polarity.py reads a negation and the words after it, as English puts them,
and `\\w` cut every Hindi word at its vowel signs, so none was read. Here the content word before the negation (and
the one right after it, where the verb carries content) is read as negated, and every other content word as given;
a sentence that gives a word only one way where every passage it cites gives it only the other way is refused
(stem_comparisons.py, as Korean and Japanese are). Auxiliaries and postpositions ("है", "की", "के लिए") carry no
content. A quotation is another's words, which that comparison leaves unread: one cut right before the negation
that follows its words ('बैराज “ओडिशा का पानी रोकने के लिए” हैं' of "... रोकने के लिए नहीं") is refused by
`cut_before_negation`, as cut_negations.py refuses one cut after a negation before its words. Not read: "मत", as
often the noun "vote" as "don't"; a negation by another verb ("इनकार किया").
"""

from __future__ import annotations

import re

from . import devanagari, patterns
from .attribution import Cited, Finding, quoted_parts
from .stem_comparisons import flipped_stems

_NEGATIONS = frozenset({"नहीं", "नही", "न", "ना"})
# Postpositions, auxiliaries, pronouns and particles: what stands between a negation and the word it negates.
_NO_CONTENT = devanagari.spelled({
    "है", "हैं", "था", "थी", "थे", "हो", "होगा", "होगी", "होंगे", "हुआ", "हुई", "हुए", "की", "किया", "कि", "कर",
    "करेगा", "करेगी", "करेंगे", "गया", "गई", "गए", "जाएगा", "जाएगी", "जाएंगे", "रहा", "रही", "रहे", "सकता", "सकती",
    "सकते", "पाया", "पाई", "ने", "को", "से", "में", "पर", "का", "के", "लिए", "और", "या", "यह", "वह", "ये", "वे",
    "इस", "उस", "भी", "तो", "ही", "एक", "कोई", "कुछ", "अपने", "अपनी", "अपना", "हम", "हमने", "उन्होंने", "अब",
    "अभी", "फिलहाल", "तक"})


_QUOTE_MARKS = patterns.compile("[\"“”‘’'«»]")


def _content(word: str) -> bool:
    return word not in _NO_CONTENT and word not in _NEGATIONS


def polarities(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the content words text gives without a negation, and those a negation next to them negates."""
    found = list(devanagari.WORD.finditer(text))
    words = [devanagari.folded(word.group()) for word in found]
    negated = set()
    for at, word in enumerate(words):
        if word not in _NEGATIONS:
            continue
        # not past a quotation: what "“…” नहीं" negates is the quoted words, which are another's and left unread
        before = next((i for i in range(at - 1, max(-1, at - 4), -1) if _content(words[i])), None)
        if before is not None and _QUOTE_MARKS.search(text, found[before].end(), found[at].start()):
            before = None
        if before is not None:
            negated.add(before)
        if at + 1 < len(words) and _content(words[at + 1]):
            negated.add(at + 1)
    given = {word for at, word in enumerate(words) if _content(word) and at not in negated}
    return frozenset(given), frozenset(words[at] for at in negated)


def flipped(text: str, read: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text (`read`: its own words, markers and quotations blanked) gives a word one way that
    every passage it cites holding it gives the other way."""
    return flipped_stems(polarities, text, read, passages, offset)


_NEGATION_AFTER = patterns.compile(r"[\s\"'”’]*(?:" + "|".join(sorted(_NEGATIONS, key=len, reverse=True))
                                   + rf")(?![\w{devanagari.MARKS}])")
_MARKER = patterns.compile(r"\[\^[^\]]*\]")
_KEPT_AFTER = 16  # characters after a quotation where the sentence may keep the negation ('“...” नहीं हैं')


def cut_before_negation(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding when text quotes Hindi words that every cited passage giving them gives right before a
    negation ("नहीं"), and the sentence keeps none, inside the quotation or just after it."""
    for start, end in quoted_parts(text)[:8]:
        words = devanagari.WORD.findall(text, start, end)
        if not words or _negates(text[start:min(len(text), end + _KEPT_AFTER)]):
            continue
        quoted = re.compile(r"\W+".join(re.escape(word) for word in words) + rf"(?![\w{devanagari.MARKS}])")
        after = [_NEGATION_AFTER.match(passage.text, found.end())
                 for passage in passages for found in quoted.finditer(passage.text)]
        if after and all(after):
            shown = " ".join(_MARKER.sub("", text).split())[:160]
            return [Finding(offset + start, f"this quotation leaves out the '{after[0].group().strip()}' its cited "
                                            f"passages give after it: \"{shown}\"",
                            "keep the source's negation, inside the quotation marks or just after them")]
    return []


def _negates(text: str) -> bool:
    return any(word in _NEGATIONS for word in devanagari.WORD.findall(text))
