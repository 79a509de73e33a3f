"""Dutch quotations given to another speaker: "Minister Dijkstra noemde het plan 'een onteigening in slow motion'"
citing "LTO-voorzitter Harm Veenstra noemde het plan "een onteigening in slow motion"" (tests/test_factcheck_246.py).
The speaker of a quotation is the name before a verb of saying that opens its sentence ("Veenstra noemde", "Dijkstra
zei"), the name after one that follows the quotation ('", zei Veenstra', dutch_speakers.py) or after "volgens".
Where the sentence's quotation of three words or more stands in a passage's sentence, and the capitalised words of the
two speakers ("Minister", "Dijkstra"; "LTO", "Harm", "Veenstra", a hyphened word split) share none, the words are
given to another speaker. A sentence or passage with no speaker read so is left to speakers.py.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .dutch_speakers import before_dutch_verb, name_after_saying
from .sentences import split_sentences

_QUOTE = patterns.compile(r"[\"“”„'‘’](?P<words>[^\"“”„‘’]{8,}?)[\"“”‘’']", re.IGNORECASE)
_SAYING = r"(?:noemde|noemt|noemden|noemen|zei|zegt|zeiden|zeggen|sprak\s+van|spreekt\s+van|verklaarde|verklaart|" \
          r"stelde|stelt|riep|schreef|twitterde)"
_OPENING = patterns.compile(rf"^\s*(?P<who>(?:[\w'-]+\s+){{1,4}}?){_SAYING}\b", re.IGNORECASE)
_AFTER = patterns.compile(rf"[\"”’']\s*,?\s*{_SAYING}\s+(?P<who>[^.;:!?\"“”]+)", re.IGNORECASE)
_VOLGENS = patterns.compile(r"\bvolgens\s+(?P<who>[^,;:.!?\"“”]+)", re.IGNORECASE)
_NO_NAMES = frozenset({"de", "het", "een", "volgens", "dat", "die", "dit"})


def _names(words: str) -> frozenset[str]:
    """Return the capitalised words of a speaker, a hyphened word split ("LTO-voorzitter" gives "lto")."""
    return frozenset(part.casefold() for part in re.split(r"[\s-]+", words)
                     if part[:1].isupper() and part.casefold() not in _NO_NAMES)


def _speaker(sentence: str) -> frozenset[str]:
    """Return the capitalised words of who a Dutch sentence says speaks its quotation, or none."""
    if (opening := _OPENING.match(_QUOTE.sub(" ", sentence))) and _names(opening["who"]):
        return _names(opening["who"])
    if after := _AFTER.search(sentence):
        return _names(name_after_saying(after["who"]))
    if volgens := _VOLGENS.search(_QUOTE.sub(" ", sentence)):
        return _names(before_dutch_verb(volgens["who"]))
    return frozenset()


def _flat(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def quotation_given_to_another(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Dutch sentence gives a passage's quotation to another speaker than the passage's."""
    if not language.startswith("nl"):
        return []
    quoted = [_flat(match["words"]) for match in _QUOTE.finditer(text) if len(match["words"].split()) >= 3]
    mine = _speaker(text) if quoted else frozenset()
    if not mine:
        return []
    for passage in passages:
        for sentence in split_sentences(passage.text, "nl"):
            if any(words in _flat(sentence.text) for words in quoted):
                theirs = _speaker(sentence.text)
                if theirs and not mine & theirs:
                    return [Finding(offset, f"this sentence gives quoted words to another speaker than its cited "
                                            f"passage does ({clipped(sentence.text, 90)}): "
                                            f"{clipped(text)}",
                                    "give the words to who said them, as the source does")]
    return []
