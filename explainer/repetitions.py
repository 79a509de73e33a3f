"""No repetition added: "Northland again closed the border" may not cite "Northland closed the border".

A sentence tells a repetition by "again", "once more", "anew", "afresh", "repeatedly", by "resumed", "renewed" or
"restarted", or by a verb made with "re-" that says "again" ("reopened", "reimposed", "recaptured", "re-elected",
"re-closed"). It is refused where a passage restates it (two more words of four letters or more in common, not
figures, days or months; a verb made with "re" told there without it: "opened" for "reopened") and none of its
passages, nor the source's sentences holding them, says it happened before in any words: "again", "second", "twice",
"another", "previously", "earlier", "already", "also", "back", "since", "before", "latest", "as it had", a pause or
a closing ("halted", "lull", "suspended", "closed": not the sentence's own act), or the sentence's own word. "For a
second time" is the figure checks' ("second" is a figure). Words in quotation marks are not read. English text is
read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import folded_word, inside, markers_blanked
from .wordset import may_hold

# verbs whose "re" says "again" (not "returned", "resigned", "released", "reformed", "recovered": other words)
_AGAIN_VERBS = ("open", "impose", "instate", "introduce", "take", "took", "taken", "capture", "build", "built", "elect",
                "enter", "appear", "appoint", "affirm", "assert", "convene", "deploy", "ignite", "occupy", "issue",
                "launch", "submit", "establish", "arrest", "invade", "install", "assemble", "start", "sume", "new",
                "unite", "arm", "route", "negotiate", "run", "ran", "schedule", "write", "wrote", "try", "tried",
                "emerge", "surface", "activate", "classify", "nationalise", "nationalize", "draw", "drew", "join")
_ENDING_FORMS = ("", "s", "es", "ed", "d", "ing", "n")
_ENDINGS = r"(?:s|es|ed|d|ing|n)?"
_MARKER = patterns.compile(
    r"(?<![\w-])(?P<word>again|once\s+more|anew|afresh|repeatedly|repeated"
    rf"|re-?(?P<base>{'|'.join(sorted(_AGAIN_VERBS, key=len, reverse=True))}){_ENDINGS}"
    r"|re-(?P<hyphened>[a-z]{3,}))(?![\w-])", re.IGNORECASE)
# a run of letters every match of _MARKER holds ("again", "re" of "re-closed", each form of "reopened"): looked up
# in the sentence's words before the pattern runs
_TRIGGERS = frozenset({"again", "once", "anew", "afresh", "re", "repeatedly", "repeated",
                       *(f"re{verb}{ending}" for verb in _AGAIN_VERBS for ending in _ENDING_FORMS)})
_BEFORE = patterns.compile(
    r"(?<![\w-])(?:again|once|anew|afresh|second|third|fourth|fifth|twice|times|another|previous(?:ly)?|prior|earlier"
    r"|already|also|back|returned|return|returns|since|repeat\w*|resum\w*|renew\w*|restart\w*|re-[a-z]+|before"
    r"|formerly|former|originally|still|continu\w*|latest|recurr\w*"
    # "as it had in 2024", "as they did last year", "as in 2019": it was done before
    r"|as\s+(?:it|they|he|she|we)\s+(?:had|did|has|have)|(?:as|like)\s+in\s+\d{4})(?!\w)", re.IGNORECASE)
# a pause or a closing the act followed says it happened before ("reopened" citing "opened it, closed since May"),
# unless the sentence restates that very word ("again closed" citing "closed")
_PAUSED = patterns.compile(r"(?<![\w-])(?:halt\w*|paus\w*|lull|break|suspen\w*|stopp\w*|interrupt\w*|ceasefire|truce"
                           r"|clos(?:ed|ure|ures)|shut)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "again", "more", "once", "anew", "afresh"})
# a day or a date is when, not what was done: "heard the parties again on March 10" does not restate "Hearings were
# held ... on March 9 and 10" (the act's own words are compared)
_WHEN = frozenset({"january", "february", "march", "april", "june", "july", "august", "september", "october",
                   "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday", "week", "month", "year", "today", "yesterday"})

_RESTATES = 2


def added_repetitions(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says something happened again where the passages it restates tell it once."""
    if not in_english(language) or not passages or not may_hold(text, _TRIGGERS):
        return []  # most sentences tell no repetition: found by a set lookup
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for marker in _MARKER.finditer(spoken):
        if inside(quoted, marker.start()) or _owned(marker, passages):
            continue
        act = _unprefixed(marker.group()) if marker["base"] or marker["hyphened"] else ""
        telling = [passage for passage in passages if _tells(passage.text, act)]
        own = _act_words(spoken[:marker.start()] + spoken[marker.end():]) if telling else frozenset()
        if not any(len(own & _act_words(passage.text)) >= _RESTATES for passage in telling):
            continue  # no passage tells the act: "the rebuilt village" citing one that builds nothing
        if any(_says_before(passage.text) or _says_before(passage.holding) or _paused(passage.text, spoken)
               or _paused(passage.holding, spoken) for passage in passages):
            return []  # a passage says it happened before, or may
        return [Finding(offset + marker.start(), f"this sentence says '{' '.join(marker.group().split())}' where "
                                                 f"its cited passages do not say it happened before: {clipped(text)}",
                        "tell it once, as the source does, or cite a passage that says it happened before")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _says_before(text: str) -> bool:
    """Say whether a passage (or the source's sentence holding it) says in any words that something happened
    before."""
    return _BEFORE.search(text) is not None


def _paused(passage: str, spoken: str) -> bool:
    """Say whether a passage tells a pause or a closing that the sentence does not restate as its own act."""
    return any(folded_word(found.group()) not in folded_word(spoken) for found in _PAUSED.finditer(passage))


def _owned(marker: re.Match, passages: list[Cited]) -> bool:
    """Say whether a passage uses the marker's word itself (any form of "reopened")."""
    stem = folded_word(marker.group())[:6]
    return any(stem in folded_word(passage.text) for passage in passages)


def _act_words(text: str) -> frozenset[str]:
    """Return the content words of text that tell what was done: no figure, day or month."""
    return frozenset(word for word in content_words(text, _NOT_CONTENT) if word.isalpha() and word not in _WHEN)


def _tells(passage: str, act: str) -> bool:
    """Say whether a passage tells the act a verb made with "re" repeats ("opened" for "reopened": the first five
    letters of a word); any passage, for a repetition told by "again" or "resumed"."""
    if not act or act.casefold().startswith(("sum", "new", "start")):
        return True
    stem = act.casefold()[:5]
    return stem in passage.casefold() and any(word.startswith(stem) for word in content_words(passage, _NOT_CONTENT))


def _unprefixed(word: str) -> str:
    """Return a verb made with "re" without it: "reopened" as "opened", "re-closed" as "closed"."""
    return re.sub(r"^re-?", "", word, flags=re.IGNORECASE)
