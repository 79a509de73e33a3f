"""A "no other" subject kept: "Another airline carried more than 10% of passengers" may not cite "No other airline
carried more than 10% of passengers on either route", nor "A rival airline has said it would use the slots" cite
"no rival airline has yet said it would use the slots".

A passage's subject opened by "no" ("no other airline", "no rival airline", "no airline") before its verb (a past,
"carried", or after an auxiliary, "has yet said") is told by a sentence opened by "another", "a", "an", "one", "some"
or "other" and the same noun (a plural's "s" aside) before the same verb (in any tense: "said", "says"), followed by
the same two words as in the passage ("more than", "it would"). It is refused where no cited passage tells that
subject's act without "no", and the sentence negates nothing ("no", "not", "never", "none") and tells no condition
or wait before the subject ("if", "until", "unless", "whether", "once", "before"). Words after the verb that differ
("Other airlines carried at most 10%") build: only the source's own words told without their "no" are read. English
text is read; words in quotation marks are not (factcheck_195).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_AUXILIARY = r"(?:has|have|had|will|would|could|can|did|does|do|was|were|is|are)"
_IRREGULAR_PAST = frozenset({"said", "made", "took", "gave", "won", "held", "sold", "bought", "told", "paid", "flew",
                             "came", "went", "got", "left", "saw", "set", "put", "found", "kept", "ran", "met", "sent",
                             "spent", "lost", "brought", "chose", "offered", "agreed"})
_NONE = patterns.compile(
    rf"(?<!\w)no\s+(?P<kind>(?:other|rival|single|further|new)\s+)?(?P<noun>[a-z]{{3,}})\s+(?P<aux>{_AUXILIARY}\s+)?"
    r"(?:yet\s+|so\s+far\s+|ever\s+|since\s+|actually\s+)?(?P<verb>[a-z]{3,})\s+(?P<after>[^.;:!?]{3,})",
    re.IGNORECASE)
_SOME = patterns.compile(
    r"(?<![\w'’])(?P<opening>another|an?|one|some|other|several)\s+(?:(?:other|rival|more|single|further|new)\s+)?"
    rf"(?P<noun>(?!{_AUXILIARY}\s)[a-z]{{3,}})\s+(?:{_AUXILIARY}\s+)?(?:already\s+|now\s+|also\s+)?(?P<verb>[a-z]{{3,}})\s+"
    r"(?P<after>[^.;:!?]{3,})", re.IGNORECASE)
_NEGATING = patterns.compile(r"(?<!\w)(?:no|not|never|none|nobody|neither|nor)(?!\w)|n['’]t(?!\w)", re.IGNORECASE)
_WAITING = patterns.compile(r"(?<!\w)(?:if|until|unless|whether|once|before|when)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_WORD = patterns.compile(r"[a-z0-9%]+(?:['’][a-z]+)?", re.IGNORECASE)
_SAY = frozenset({"say", "says", "said", "saying"})


def no_other_dropped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells as done by some NOUN what its cited passages say no NOUN did."""
    if not in_english(language) or not any(" no " in f" {passage.text.casefold()} " for passage in passages):
        return []  # most passages say no "no": found by one substring search each
    spoken = unquoted(markers_blanked(text))
    if _NEGATING.search(spoken):
        return []  # the sentence keeps a negation of its own: polarity.py reads which
    nones = [none for passage in passages if in_english(passage.language) for none in _NONE.finditer(passage.text)
             if none["aux"] or _is_past(none["verb"])]
    if not nones:
        return []
    for some in _SOME.finditer(spoken):
        if _WAITING.search(spoken, 0, some.start()):
            continue  # "until a rival airline says it would use the slots": not told done
        for none in nones:
            if (_noun(some["noun"]) in _nouns(none) and _verb(some["verb"]) == _verb(none["verb"])
                    and _opening(some["after"]) == _opening(none["after"])
                    and not _told_without_no(some, passages)):
                subject = " ".join(spoken[some.start():some.end("noun")].split())
                return [Finding(offset + some.start(), f"this sentence tells as done by '{subject}' what its cited "
                                                       f"passages say no {none['noun']} did "
                                                       f"('{' '.join(none.group().split())[:90]}'): {clipped(text)}",
                                "keep the source's 'no', or cite a passage that tells who did it")]
    return []


def _nouns(none: re.Match) -> frozenset[str]:
    """Return the nouns a "no" subject names: "no rival airline" an airline, and a rival ("A rival has said")."""
    kind = (none["kind"] or "").strip().casefold()
    return frozenset({_noun(none["noun"])} | ({kind} if kind and kind != "other" else set()))


def _is_past(verb: str) -> bool:
    """Say whether a word is a verb's past ("carried", "said"), as a subject opened by "no" is told by."""
    return verb.casefold().endswith("ed") or verb.casefold() in _IRREGULAR_PAST


def _noun(word: str) -> str:
    """Return a noun without a plural's "s": "airlines" as "airline"."""
    word = word.casefold()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _verb(word: str) -> str:
    """Return a verb's stem as its tenses share it: "carried", "carries", "carry" as "carr"; "said" as "say"."""
    word = word.casefold()
    if word in _SAY:
        return "say"
    for ending in ("ied", "ies", "ed", "es", "s", "y"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def _opening(after: str) -> tuple[str, ...]:
    """Return the first two words after a verb ("more than", "it would"), "yet" aside."""
    return tuple(word.casefold() for word in _WORD.findall(after) if word.casefold() != "yet")[:2]


def _told_without_no(some: re.Match, passages: list[Cited]) -> bool:
    """Say whether a passage tells the act itself, by a subject not opened by "no"."""
    for passage in passages:
        for theirs in _SOME.finditer(passage.text):
            if (_noun(theirs["noun"]) == _noun(some["noun"]) and _verb(theirs["verb"]) == _verb(some["verb"])
                    and not _NEGATING.search(passage.text, max(0, theirs.start() - 12), theirs.end("verb"))):
                return True
    return False
