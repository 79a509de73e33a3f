"""Negations kept, in Swahili: "Tume ilikubali madai hayo" citing "Tume ya Uchaguzi haikubali madai hayo" built.

Swahili negates a verb with a prefix glued before its subject's: "ha" ("hawakukubali" they did not accept,
"haikubali" it does not accept, "hakuhudhuria" he did not attend, "hawajathibitisha" they have not yet confirmed,
"hatakubali" he will not accept), its tense then "ku" (past), "ja" (not yet), "ta" (future) or none (present, which
ends the verb in "i": "hawapendi" for "wanapenda"); the affirmative has the subject's prefix and its own tense ("wali",
"ina", "ame", "ata"). "hakuna" (there is none) denies "kuna", and "si" the copula "ni" ("si ndogo", "ni ndogo").
polarity.py reads a negation as a word of its own, so none of these was read. Here each verb's stem is taken from its
prefixes, the negated and the affirmative ones, and a sentence holding a verb only one way where its passages hold it
only the other way is refused. Not read: a negation by another verb ("alikataa" for "hakukubali"), a relative's
"-si-" ("asiyekubali") and an infinitive's "kuto-" ("kutokubali").
"""

from __future__ import annotations

from .attribution import Cited, Finding
from . import patterns

_WORD = patterns.compile(r"[^\W\d_]+")
# The subject's prefix of each noun class and person ("a" and "u" of a person merge into "ha" and "hu" negated).
_SUBJECTS = ("", "a", "wa", "i", "zi", "u", "ki", "vi", "li", "ya", "tu", "m", "mu", "ku", "pa", "ni")
_NEGATED_TENSES = ("", "ku", "ja", "ta")
_TENSES = ("li", "na", "me", "ta", "ki", "ka", "nge", "ngali", "a")
_SHORTEST = 4  # a stem's letters at least: "anza", "tiwa", "sema" (shorter ones are as often other words' ends)
_LONGEST = 60  # a word read at most: longer is no Swahili word
_EXISTING = {"hakuna": "kuna", "hapana": "pana", "hamna": "mna"}  # "there is none" for "there is"
_COPULAS = {"si": "ni", "sio": "ni", "siyo": "ni"}


def _stem(rest: str) -> str:
    """Return a verb's stem as compared: its last vowel "i" read as "a" (the negated present's "hawapendi")."""
    return rest[:-1] + "a" if rest.endswith("i") else rest


def _negated_stems(word: str) -> set[str]:
    """Return the stems a word negated with "ha" may hold ("haikubali" gives "kubala"); none for another word."""
    if not word.startswith("ha") or len(word) > _LONGEST:
        return set()
    return {_stem(word[2 + len(subject) + len(tense):]) for subject in _SUBJECTS for tense in _NEGATED_TENSES
            if word.startswith(subject + tense, 2) and len(word) - 2 - len(subject) - len(tense) >= _SHORTEST}


def _affirmed_stems(word: str) -> set[str]:
    """Return the stems an affirmative verb may hold ("ilikubali", "inakubali" give "kubala")."""
    if word.startswith("ha") or len(word) > _LONGEST:
        return set()
    return {_stem(word[len(subject) + len(tense):]) for subject in _SUBJECTS if subject for tense in _TENSES
            if word.startswith(subject + tense) and len(word) - len(subject) - len(tense) >= _SHORTEST}


def _forms(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """Return the negated and the affirmative forms text holds, each by its stem, with the words as written."""
    words = _WORD.findall(text)
    lowered = [word.casefold() for word in words]
    negated, affirmed = {}, {}
    for at, word in enumerate(lowered):
        if word in _EXISTING:
            negated.setdefault(_EXISTING[word], words[at])
        elif word in _EXISTING.values():
            affirmed.setdefault(word, words[at])
        elif word in _COPULAS or word == "ni":
            if at + 1 < len(lowered) and len(lowered[at + 1]) >= _SHORTEST:
                pair = f"ni {lowered[at + 1]}"
                (negated if word != "ni" else affirmed).setdefault(pair, f"{words[at]} {words[at + 1]}")
        for stem in _negated_stems(word):
            negated.setdefault(stem, words[at])
        for stem in _affirmed_stems(word):
            affirmed.setdefault(stem, words[at])
    return negated, affirmed


def flipped(text: str, read: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text (`read`: its own words, markers and quotations blanked) holds a verb one way that
    every passage it cites holding it holds the other way."""
    my_negated, my_affirmed = _forms(read)
    theirs = [_forms(passage.text) for passage in passages]
    their_negated = {stem: word for negated, _ in theirs for stem, word in negated.items()}
    their_affirmed = {stem: word for _, affirmed in theirs for stem, word in affirmed.items()}
    for stem, word in sorted(my_affirmed.items()):
        if stem in their_negated and stem not in their_affirmed and stem not in my_negated:
            return [_finding(offset, text, "drops the negation of", their_negated[stem])]
    for stem, word in sorted(my_negated.items()):
        if stem in their_affirmed and stem not in their_negated and stem not in my_affirmed:
            return [_finding(offset, text, "adds a negation to", their_affirmed[stem])]
    return []


_MARKER = patterns.compile(r"\[\^[^\]]*\]")


def _finding(offset: int, text: str, what: str, word: str) -> Finding:
    shown = " ".join(_MARKER.sub("", text).split())[:160]
    return Finding(offset, f"this sentence {what} '{word}' as its cited passage gives it: \"{shown}\"",
                   "keep the source's negation (or its absence), or cite the words that say what this says")
