"""A German giver's own reckoning told as fact: "Die Mieten sind seit 2019 um 31 Prozent gestiegen" may not cite "Der
Mieterverein kritisierte die Entscheidung. Nach seinen Berechnungen sind die Angebotsmieten um 31 Prozent seit 2019
gestiegen".

"Nach seinen Berechnungen", "nach ihren Schätzungen", "nach eigenen Berechnungen" (a possessive, no name after it)
give the clause to the subject of the sentence before, whom no speaker check read: the locale's "nach Angaben" wants
a name after it, and the figure built as the author's fact (tests/test_factcheck_248.py). A sentence is refused where
it restates such a clause (a figure of it, not a year, and a word of five letters or more besides), says nobody's word
(no "laut", "zufolge", "nach", "sagt", "berechnet", "schätzt", "Angaben", a colon or a quotation mark), names no word of
the giver (nor a word its name starts with, "Bauern" of "Bauernverband"), and no other cited clause gives the
figure.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import markers_blanked, split_sentences

# a possessive's reckoning: whose it is the sentence before names ("Nach seinen Berechnungen sind ...")
_OWN = patterns.compile(
    r"(?<!\w)nach\s+(?:seinen|ihren|seiner|ihrer|eigenen|eigener)\s+(?:Berechnungen|Berechnung|Rechnung|Schätzungen"
    r"|Schätzung|Zählungen|Zählung|Erhebungen|Erhebung|Auswertungen|Auswertung|Daten)(?!\w)", re.IGNORECASE)
# a sentence that says whose word it tells, in any form: left to the speaker checks
_SAYS_WHOSE = patterns.compile(
    r"(?<!\w)(?:laut|zufolge|nach|gemäß|sagt\w*|gesagt|erklärt\w*|berechnet\w*|rechne\w*|gerechnet|errechnet|schätzt\w*|geschätzt"
    r"|beziffert\w*|teilt\w*|mitgeteilt|meint\w*|behaupt\w*|Angaben|Berechnung\w*|Schätzung\w*|kommt|kommen|kam|kamen"
    r"|spricht|sprach|zählt\w*|gezählt)(?!\w)|[:\"„“”»«]", re.IGNORECASE)
_FIGURE = patterns.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")
_YEAR = patterns.compile(r"(?:19|20)\d\d")
_LONG_WORD = patterns.compile(r"[^\W\d_]{5,}")
# the giver: the capitalised words that open the sentence before, past its article ("Der Mieterverein Elmsbrück")
_SUBJECT = patterns.compile(r"^\W*(?:(?:Der|Die|Das|Den|Dem)\s+)?(?P<who>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){0,2})")
_NOT_CONTENT = frozenset({"prozent", "millionen", "milliarden", "seit", "jahr", "jahren", "euro"})


def reckoning_told_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence tells as fact a clause its passages give as a giver's own reckoning."""
    if language.split("-")[0].lower() != "de" or not any("nach" in p.text.casefold() for p in passages):
        return []
    reckoned = [each for passage in passages for each in _reckonings(passage.text)]
    if not reckoned:
        return []
    spoken = markers_blanked(text)
    if _SAYS_WHOSE.search(spoken):
        return []
    figures = _figures(spoken)
    words = {word.casefold() for word in _LONG_WORD.findall(spoken)} - _NOT_CONTENT
    others = [sentence for passage in passages for sentence in _sentences(passage.text) if not _OWN.search(sentence)]
    for giver, sentence in reckoned:
        shared = figures & _figures(sentence)
        if not shared or not words & {word.casefold() for word in _LONG_WORD.findall(sentence)}:
            continue
        if giver and any(_names(spoken, part) for part in giver.split()):
            continue  # "Der Mieterverein kommt auf 31 Prozent": its giver named
        if any(shared & _figures(other) for other in others):
            continue  # another clause gives the figure, as fact or as another's: the speaker checks read it
        whose = giver or "the subject of the sentence before"
        return [Finding(offset, f"this sentence states as fact what its cited passages give only as the reckoning of "
                                f"{whose} ('{' '.join(_OWN.search(sentence).group().split())}'): {clipped(text)}",
                        f"say whose reckoning it is, as the source does ('laut {whose}'), or cite a passage that "
                        "states it")]
    return []


def _reckonings(text: str) -> list[tuple[str, str]]:
    """Return each sentence of a passage told as a possessive's reckoning, with its giver (the sentence before's
    subject, or "" where none is read)."""
    sentences = _sentences(text)
    found = []
    for at, sentence in enumerate(sentences):
        if _OWN.search(sentence):
            before = _SUBJECT.match(sentences[at - 1]) if at else None
            found.append((before["who"] if before else "", sentence))
    return found


def _sentences(text: str) -> list[str]:
    """Return the sentences of a German passage, as text."""
    return [sentence.text for sentence in split_sentences(text, "de")]


def _figures(text: str) -> frozenset[str]:
    """Return the figures of text as written, but years."""
    return frozenset(figure for figure in _FIGURE.findall(text) if not _YEAR.fullmatch(figure))


def _names(text: str, word: str) -> bool:
    """Say whether text holds a word of a giver's name, in any case ending ("Mietervereins" of "Mieterverein"), or
    a word its name starts with ("Bauern" of "Bauernverband")."""
    name = word.casefold()
    return len(word) >= 4 and any(found.startswith(name[:max(4, len(name) - 2)]) or name.startswith(found)
                                  for found in (each.casefold() for each in _LONG_WORD.findall(text)))
