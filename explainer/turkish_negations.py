"""Negations kept, in Turkish: "talebin kabul edildiğini bildirdi" citing "talebin kabul edilmediğini bildirdi" built.

Turkish negates a verb inside the word, with "-me"/"-ma" after its stem ("edil|me|diğini", "rastlan|ma|dığını",
"düzenle|me|yeceğini"), "-m" before the present's "-iyor" ("et|m|iyor" for "ed|iyor", "durdur|m|uyor") and "-mez"/"-maz"
for the aorist's "-er"/"-ar"/"-ir" ("et|mez" for "ed|er"); polarity.py reads a negation as a word of its own, so none
of these was read. Here a word of a sentence is compared with the words of its passages with that negation taken out,
in the letters vowel harmony and a stem's last consonant change ("ol|ma|dığı" for "ol|duğu", "et|me|diğini" for
"et|tiğini"): a sentence holding a verb only one way where its passages hold it only the other way is refused. A
negation in other words ("kimse yaralanmadı" for "kimsenin yaralanmadığı") is read as any other verb is; one told by
another verb ("reddetti" for "kabul etmedi") is not read.
"""

from __future__ import annotations

from .attribution import Cited, Finding
from . import patterns

_WORD = patterns.compile(r"[^\W\d_]+")
# Vowel harmony and a stem's last consonant before a suffix: the letters a negation's removal may change.
_HARMONY = str.maketrans({"ı": "I", "i": "I", "u": "I", "ü": "I", "a": "A", "e": "A", "t": "d", "ğ": "k"})
_VOWELS = frozenset("aeıioöuü")
_SHORTEST = 4  # a positive form's letters at least: "oldu", "etti"
# Letters of a word read at most (the longest in dictionaries has 70): each "m" of a word gave a form as long as the
# word, so a "word" of 50 KB ("mamama...", a passage's encoded data) gave 25,000 forms of 50 KB each, 1.2 GB.
_LONGEST = 100
# What may follow the negation "-me"/"-ma": the past and participles ("-dı", "-dığı"), the future's "y", the reported
# past ("-mış"), a conditional ("-se"), the infinitive's and gerunds' never ("-mek" is no negation: "almak").
_AFTER_NEGATION = frozenset("dyms")


def _fold(word: str) -> str:
    return word.replace("I", "ı").replace("İ", "i").lower().translate(_HARMONY)


def _positives(word: str) -> set[str]:
    """Return the folded forms of a word with a negation taken out: "edilmediğini" gives "edildiğini" folded;
    none where it holds none, nor where the word is longer than any Turkish word (`_LONGEST`)."""
    if len(word) > _LONGEST:
        return set()
    lowered = word.replace("I", "ı").replace("İ", "i").lower()
    found = set()
    for at in range(2, len(lowered) - 2):
        if lowered[at] != "m":
            continue
        rest = lowered[at + 1:]
        if rest[0] in "ae" and rest[1:2] and rest[1] in _AFTER_NEGATION and not rest[1:].startswith(("mak", "mek")):
            found.add(lowered[:at] + rest[1:])  # "edil|me|diğini", "düzenle|me|yeceğini"
        if rest[0] in "ıiuü" and rest[1:3] == "yo":
            found.add(lowered[:at] + rest)  # "et|m|iyor" for "ed|iyor"
            if lowered[at - 1] in _VOWELS:
                found.add(lowered[:at - 1] + rest)  # "bekle|m|iyor" for "bekl|iyor"
        if rest[:2] in ("ez", "az"):
            found.update(lowered[:at] + aorist + rest[2:] for aorist in ("er", "ar", "ir", "ır", "ur", "ür"))
    return {_fold(form) for form in found if len(form) >= _SHORTEST}


def _negatives(words: list[str]) -> dict[str, str]:
    """Return the folded positive form of every negated word of `words`, with the word as written."""
    return {positive: word for word in words for positive in _positives(word)}


def flipped(text: str, read: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text (`read`: its own words, markers and quotations blanked) holds a verb one way that
    every passage it cites holding it holds the other way."""
    mine = _WORD.findall(read)
    theirs = [word for passage in passages for word in _WORD.findall(passage.text)]
    my_folded, their_folded = {_fold(word) for word in mine}, {_fold(word) for word in theirs}
    for positive, negated in sorted(_negatives(theirs).items()):
        if positive in my_folded and positive not in their_folded and _fold(negated) not in my_folded:
            return [_finding(offset, text, "drops the negation of", negated)]
    for positive, negated in sorted(_negatives(mine).items()):
        if positive in their_folded and _fold(negated) not in their_folded:
            return [_finding(offset, text, "adds a negation to", negated)]
    return []


_MARKER = patterns.compile(r"\[\^[^\]]*\]")


def _finding(offset: int, text: str, what: str, word: str) -> Finding:
    shown = " ".join(_MARKER.sub("", text).split())[:160]
    return Finding(offset, f"this sentence {what} '{word}' as its cited passage gives it: \"{shown}\"",
                   "keep the source's negation (or its absence), or cite the words that say what this says")
