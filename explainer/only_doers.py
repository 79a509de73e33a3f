"""A doer a leading "Only" limits kept to itself: "The team was fined" may not cite "Only the captain was fined, the
league said."

whole_for_only.py reads a limit after what it limits ("on damages only"); a passage that opens a sentence or clause
with "Only" and its doer ("Only the captain was fined", "Only Northland voted against") tells that no one else did it,
and a sentence giving the act to another or a whole ("The team was fined", "The whole team was fined") built with
every word a passage's. A sentence is refused where its clause holds the passage's verb (in a form of its own:
"fined", "fines"), names none of the limited doer's words, keeps no limit of its own ("only", "alone", "just",
"sole") and negates nothing, and no cited passage tells the act of another without "Only". The doer is up to four
words after "Only" before a past verb or participle (an "-ed" or "-en" form, or a common irregular one), not a
figure or a time ("Only 40 of the workers", "Only then", "Only after"), which other checks read. Words in quotation
marks are not read. English text is read (tests/test_factcheck_103.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_IRREGULAR = r"won|lost|paid|sold|made|held|left|got|went|kept|sent|took|gave|came|ran|met|led|told|said|spoke|shot"
_DOER = r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?"
_ONLY = patterns.compile(
    rf"(?:^|(?<=[.;:!?])|(?<=[.;:!?][\"'”’])|(?<=,))\s*[\"“'‘]?only\s+(?P<doer>{_DOER})\s+"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|has|have|had|would\s+be)\s+)?"
    rf"(?P<verb>[a-z]{{2,}}(?:ed|en)|{_IRREGULAR})(?![\w-])", re.IGNORECASE)
# what opens a phrase of time, condition or count after "Only", no doer: "Only then", "Only 40 of the workers"
_NOT_DOER = frozenset({"then", "after", "before", "when", "if", "once", "now", "recently", "later", "in", "on", "at",
                       "by", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "some", "few", "half", "about", "around", "since", "until", "by", "with", "through", "where",
                       "because", "so", "to", "for", "just", "those", "these", "this", "that", "partly"})
_DOER_ASIDE = frozenset({"the", "its", "their", "his", "her"})
_KEPT = patterns.compile(r"(?<![\w-])(?:only|alone|solely|just|sole|single|except|but\s+not|other\s+than|no\s+one"
                         r"|nobody|not|no|never|n['’]t|none)(?![\w-])", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[,;:]|\s(?:and|but|while|whereas)\s")
_WORD = patterns.compile(r"[A-Za-z][\w'’-]*")


def only_doer_widened(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives an act a cited passage limits to its doer by a leading "Only" to another."""
    if not in_english(language) or not passages or not any("nly " in passage.text for passage in passages):
        return []  # most passages limit no doer: found by a str search
    limited = [found for passage in passages for found in _limited(passage.text)]
    if not limited:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for doer, verb, said in limited:
        for clause_start, clause in _clauses(spoken):
            at = _verb_at(clause, verb)
            if at < 0 or inside(quoted, clause_start + at) or _KEPT.search(clause):
                continue
            words = _words(clause)
            if doer & words or len(words - {verb}) < 1 or _told_of_another(verb, doer, passages):
                continue
            return [Finding(offset, f"this sentence gives to others what its cited passages limit to one ('{said}'): "
                                    f"{clipped(text)}",
                            "keep the source's limit (only who it names did it), or cite a passage that tells the "
                            "others did it too")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _limited(text: str) -> tuple[tuple[frozenset[str], str, str], ...]:
    """Return each doer a passage limits by a leading "Only": its words, its verb folded, the words as written."""
    if "nly " not in text:
        return ()
    found = []
    for match in _ONLY.finditer(text):
        first = match["doer"].split()[0].casefold()
        if first in _NOT_DOER or first[:1].isdigit():
            continue
        found.append((_words(match["doer"]) - _DOER_ASIDE, _stem(match["verb"]),
                      " ".join(match.group().strip(" \"“'‘").split())))
    return tuple(found)


def _clauses(text: str) -> list[tuple[int, str]]:
    """Return a text's clauses, each with where it starts."""
    found, start = [], 0
    for end in [m.start() for m in _CLAUSE_END.finditer(text)] + [len(text)]:
        found.append((start, text[start:end]))
        start = end
    return found


def _verb_at(clause: str, verb: str) -> int:
    """Return where a verb's past, participle or "-ing" form (by its stem) stands in a clause, or -1: "fined" of
    "fined", not the noun "fine"."""
    for match in _WORD.finditer(clause):
        word = match.group().casefold()
        if _stem(word) == verb and (word.endswith(("ed", "en", "ing")) or re.fullmatch(_IRREGULAR, word)):
            return match.start()
    return -1


def _stem(word: str) -> str:
    """Return a verb's stem: "fined", "fines", "fine" as "fin"; "voted" as "vot"."""
    word = word.casefold()
    for ending in ("ing", "ed", "es", "en", "e", "s", "d"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def _words(text: str) -> frozenset[str]:
    """Return a text's words folded, a possessive's "'s" and a plural's "s" dropped."""
    return frozenset(re.sub(r"(?:['’]s?|s)$", "", word.casefold()) for word in _WORD.findall(text)) - {""}


@functools.lru_cache(maxsize=1 << 10)
def _told_of_another_in(text: str, verb: str, doer: frozenset[str]) -> bool:
    """Say whether a passage's clause holds the verb with no "Only" and none of the doer's words."""
    for _, clause in _clauses(text):
        if _verb_at(clause, verb) >= 0 and "only" not in clause.casefold() and not doer & _words(clause):
            return True
    return False


def _told_of_another(verb: str, doer: frozenset[str], passages: list[Cited]) -> bool:
    """Say whether a cited passage tells the act of another than the limited doer, without "Only"."""
    return any(_told_of_another_in(passage.text, verb, doer) for passage in passages)
