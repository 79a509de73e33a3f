"""Negations kept, in Swahili: "Tume ilikubali madai hayo" citing "Tume ya Uchaguzi haikubali madai hayo" built.

Swahili negates a verb with a prefix glued before its subject's: "ha" ("hawakukubali" they did not accept,
"haikubali" it does not accept, "hakuhudhuria" he did not attend, "hawajathibitisha" they have not yet confirmed,
"hatakubali" he will not accept), its tense then "ku" (past), "ja" (not yet), "ta" (future) or none (present, which
ends the verb in "i": "hawapendi" for "wanapenda"); the affirmative has the subject's prefix and its own tense ("wali",
"ina", "ame", "ata"). "hakuna" (there is none) denies "kuna", and "si" the copula "ni" ("si ndogo", "ni ndogo").
polarity.py reads a negation as a word of its own, so none of these was read. Here each verb's stem is taken from its
prefixes, the negated and the affirmative ones, and a sentence holding a verb only one way where its passages hold it
only the other way is refused. A relative negates with "-si-" after its subject and before its relative's mark
("asiyekubali" who does not accept, "wasiokubali", "isiyotarajiwa"), an infinitive with "kuto-" ("kutokubali" not to
accept, against "kukubali"): both read since tests/test_newuser_59.py. A verb to come ("ataiwasilisha", she will
submit it) does not back one told as done ("aliwasilisha") where the passage says it was not done ("hakuwasilisha").
A negation by another verb ("alikataa", refused, for "hakukubali") is swahili_opposites.py's.
"""

from __future__ import annotations

import functools

from .attribution import Cited, Finding
from . import patterns

_WORD = patterns.compile(r"[^\W\d_]+")
# The subject's prefix of each noun class and person ("a" and "u" of a person merge into "ha" and "hu" negated).
_SUBJECTS = ("", "a", "wa", "i", "zi", "u", "ki", "vi", "li", "ya", "tu", "m", "mu", "ku", "pa", "ni")
_NEGATED_TENSES = ("", "ku", "ja", "ta")
_TENSES = ("li", "na", "me", "ta", "ki", "ka", "nge", "ngali", "a")
# An object's prefix after the tense: "a-ta-i-wasilisha" (she will submit it), "ha-ku-i-wasilisha".
_OBJECTS = ("", "m", "mw", "wa", "i", "zi", "u", "ki", "vi", "li", "ya", "ku", "tu", "ni", "ji")
_SHORTEST = 4  # a stem's letters at least: "anza", "tiwa", "sema" (shorter ones are as often other words' ends)
_LONGEST = 60  # a word read at most: longer is no Swahili word
_EXISTING = {"hakuna": "kuna", "hapana": "pana", "hamna": "mna"}  # "there is none" for "there is"
_COPULAS = {"si": "ni", "sio": "ni", "siyo": "ni"}


# The prefixes' tables, some 12,000 strings, are made at a Swahili text's first reading, not at every start.
_RELATIVES = ("ye", "o", "yo", "zo", "cho", "vyo", "lo", "po", "ko", "mo")


@functools.cache
def negated_prefixes() -> frozenset[str]:
    """Return what a negated verb holds after its "ha": subject, negated tense and object ("wa-ku-", "i-ta-m")."""
    return frozenset(subject + tense + object for subject in _SUBJECTS for tense in _NEGATED_TENSES
                     for object in _OBJECTS)


@functools.cache
def negated_relatives() -> frozenset[str]:
    """Return a relative's negated prefixes: its subject, "si", its relative's mark ("a-si-ye-", "wa-si-o-")."""
    return frozenset(subject + "si" + relative + object for subject in _SUBJECTS if subject
                     for relative in _RELATIVES for object in _OBJECTS)


@functools.cache
def affirmed_prefixes() -> frozenset[str]:
    """Return an affirmative verb's prefixes: subject, tense and object ("i-li-", "a-ta-i-"), and an infinitive's."""
    return frozenset(subject + tense + object for subject in _SUBJECTS if subject for tense in _TENSES
                     for object in _OBJECTS) | frozenset("ku" + object for object in _OBJECTS)


@functools.cache
def affirmed_relatives() -> frozenset[str]:
    """Return an affirmative relative verb's prefixes: subject, tense, relative's mark, object ("i-li-yo-")."""
    return frozenset(subject + tense + relative + object for subject in _SUBJECTS if subject
                     for tense in ("li", "na", "ta") for relative in _RELATIVES for object in _OBJECTS)


@functools.cache
def future_prefixes() -> frozenset[str]:
    """Return the prefixes of a verb to come: subject, "ta", object ("a-ta-i-")."""
    return frozenset(subject + "ta" + object for subject in _SUBJECTS if subject for object in _OBJECTS)


@functools.cache
def prefix_longest() -> int:
    """Return a word's letters read as its prefix at most."""
    return max(map(len, negated_prefixes() | affirmed_prefixes() | negated_relatives()))


def stem(rest: str) -> str:
    """Return a verb's stem as compared: its last vowel "i" read as "a" (the negated present's "hawapendi")."""
    return rest[:-1] + "a" if rest.endswith("i") else rest


def _negated_stems(word: str) -> set[str]:
    """Return the stems a negated word may hold ("haikubali", "asiyekubali", "kutokubali" give "kubala"); none for
    another word."""
    if len(word) > _LONGEST:
        return set()
    if word.startswith("kuto"):
        return {stem(word[at:]) for at in range(4, len(word) - _SHORTEST + 1) if word[4:at] in _OBJECTS}
    if "si" in word[1:4]:
        relatives = negated_relatives()
        return {stem(word[at:]) for at in range(4, min(len(word) - _SHORTEST, prefix_longest()) + 1)
                if word[:at] in relatives}
    if not word.startswith("ha"):
        return set()
    prefixes = negated_prefixes()
    return {stem(word[at:]) for at in range(2, min(len(word) - _SHORTEST, prefix_longest() + 2) + 1)
            if word[2:at] in prefixes}


def _affirmed_stems(word: str) -> set[str]:
    """Return the stems an affirmative verb may hold ("ilikubali", "inakubali", "kukubali" give "kubala")."""
    if word.startswith(("ha", "kuto")) or len(word) > _LONGEST:
        return set()
    prefixes = affirmed_prefixes()
    return {stem(word[at:]) for at in range(1, min(len(word) - _SHORTEST, prefix_longest()) + 1)
            if word[:at] in prefixes}


def _relative_stems(word: str) -> frozenset[str]:
    """Return the stems an affirmative relative verb may hold ("iliyopangwa" gives "pangwa")."""
    relatives = affirmed_relatives()
    return frozenset(stem(word[at:]) for at in range(3, min(len(word) - _SHORTEST, prefix_longest()) + 1)
                     if word[:at] in relatives)


@functools.lru_cache(maxsize=1 << 12)
def _to_come(word: str) -> bool:
    """Say whether an affirmative verb is only one to come: its every prefix a future's ("ataiwasilisha")."""
    affirmed, future = affirmed_prefixes(), future_prefixes()
    prefixes = [word[:at] for at in range(1, min(len(word) - _SHORTEST, prefix_longest()) + 1) if word[:at] in affirmed]
    return bool(prefixes) and all(prefix in future for prefix in prefixes)


@functools.lru_cache(maxsize=1 << 14)  # a passage is read by every sentence citing it
def forms(text: str) -> tuple[list[tuple[str, frozenset[str]]], list[tuple[str, frozenset[str]]]]:
    """Return the negated and the affirmative words text holds, each as written with the stems it may hold."""
    words = _WORD.findall(text)
    lowered = [word.casefold() for word in words]
    negated, affirmed = [], []
    for at, word in enumerate(lowered):
        if word in _EXISTING:
            negated.append((words[at], frozenset({_EXISTING[word]})))
            # "hakuna tarehe mpya iliyopangwa" (no new date was set): the relative's verb is denied too
            negated.extend((words[at], stems) for stems in map(_relative_stems, lowered[at + 1:at + 4]) if stems)
        elif word in _EXISTING.values():
            affirmed.append((words[at], frozenset({word})))
        elif (word in _COPULAS or word == "ni") and at + 1 < len(lowered) and len(lowered[at + 1]) >= _SHORTEST:
            pair = (f"{words[at]} {words[at + 1]}", frozenset({f"ni {lowered[at + 1]}"}))
            (affirmed if word == "ni" else negated).append(pair)
        if stems := _negated_stems(word):
            negated.append((words[at], frozenset(stems)))
        if stems := _affirmed_stems(word):
            affirmed.append((words[at], frozenset(stems)))
    return negated, affirmed


def flipped(text: str, read: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text (`read`: its own words, markers and quotations blanked) holds a verb one way that
    every passage it cites holding it holds the other way: a word of it none of whose stems the passages hold its way,
    one of which they hold the other way."""
    my_negated, my_affirmed = forms(read)
    theirs = [forms(passage.text) for passage in passages]
    their_negated = [form for negated, _ in theirs for form in negated]
    their_affirmed = [form for _, affirmed in theirs for form in affirmed]
    for mine, other_way, same_way, what in ((my_affirmed, their_negated, their_affirmed, "drops the negation of"),
                                            (my_negated, their_affirmed, their_negated, "adds a negation to")):
        held = frozenset().union(*(stems for _, stems in same_way))
        # a verb told as done is held only by one done: "ataiwasilisha" (she will submit it) backs no "aliwasilisha"
        done = held if mine is my_negated else frozenset().union(
            *(stems for word, stems in same_way if not _to_come(word.casefold())))
        for mine_word, stems in mine:
            backed = held if mine is my_negated or _to_come(mine_word.casefold()) else done
            if not stems & backed and (word := next((word for word, its in other_way if its & stems), "")):
                return [_finding(offset, text, what, word)]
    return []


_MARKER = patterns.compile(r"\[\^[^\]]*\]")


def _finding(offset: int, text: str, what: str, word: str) -> Finding:
    shown = " ".join(_MARKER.sub("", text).split())[:160]
    return Finding(offset, f"this sentence {what} '{word}' as its cited passage gives it: \"{shown}\"",
                   "keep the source's negation (or its absence), or cite the words that say what this says")
