"""A change slowed is still that change: a rise that slowed may not be told as a fall, nor a fall that slowed as a rise.

"Northland's economy shrank" citing "Northland's economy grew more slowly", and "Unemployment fell" citing "The
rise in unemployment slowed", turn a rate into a way: what grows more slowly still grows. A passage gives a slowed
change by a verb of rise or fall with its pace after it ("grew more slowly", "rose at a slower pace", "fell less
sharply") or by a noun of one with a slowing after it ("the rise in unemployment slowed", "export growth eased") or
before it ("slower growth"). A sentence's clause giving the other way ("shrank", "fell", "rose") is refused where its
words before that verb (its subject) share a word with the passage's clause, names and possessors left out, and no
cited passage gives the sentence's way plainly. Negated words, words in quotation marks and a sentence that tells a
pace itself ("growth slowed") are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold

_RISE_VERBS = ("rose|risen|rise|rises|rising|grew|grown|grow|grows|growing|increased|increases|increasing|climbed"
               "|climbs|climbing|gained|gains|expanded|expands|expanding")
_FALL_VERBS = ("fell|fallen|fall|falls|falling|declined|declines|declining|dropped|drops|dropping|decreased"
               "|decreases|decreasing|shrank|shrunk|shrinks|shrinking|contracted|contracts|contracting")
_RISE_NOUNS = "rise|rises|growth|increase|increases|gains|climb|expansion"
_FALL_NOUNS = "fall|falls|decline|declines|drop|drops|decrease|decreases|contraction|slide|slump"
_PACE_AFTER = (r"(?:more\s+slowly|less\s+(?:quickly|rapidly|sharply|steeply|fast|strongly)"
               r"|at\s+(?:a|the)\s+(?:slower|slowest|more\s+modest|weaker|reduced)\s+(?:pace|rate))")
_SLOWING_AFTER = (r"(?:(?:has|had|have)\s+)?(?:slowed|slows|slowing|decelerated|decelerates|moderated|moderates"
                  r"|eased|eases|cooled|cools)")
_SLOWING_BEFORE = r"(?:slower|slowing|weaker|more\s+modest)"
_GAP = r"(?:\s+[\w'’-]+){0,5}?\s+"  # a few words between: "grew by 1.2% more slowly", "the rise in unemployment"


def _slowed(verbs: str, nouns: str) -> re.Pattern:
    """Return the pattern of a change of these verbs and nouns told as slowed."""
    return patterns.compile(rf"(?<![\w-])(?:(?:{verbs}){_GAP}{_PACE_AFTER}|(?:{nouns}){_GAP}{_SLOWING_AFTER}"
                            rf"|{_SLOWING_BEFORE}\s+(?:{nouns}))(?![\w-])", re.IGNORECASE)


_SLOWED = {"rise": _slowed(_RISE_VERBS, _RISE_NOUNS), "fall": _slowed(_FALL_VERBS, _FALL_NOUNS)}
_WAY = {"rise": patterns.compile(rf"(?<![\w-])(?:{_RISE_VERBS})(?![\w-])", re.IGNORECASE),
        "fall": patterns.compile(rf"(?<![\w-])(?:{_FALL_VERBS})(?![\w-])", re.IGNORECASE)}
_OTHER = {"rise": "fall", "fall": "rise"}
_WORDS = frozenset(w for group in (_RISE_VERBS, _FALL_VERBS) for w in group.split("|"))
_SLOW_WORDS = frozenset({"slowed", "slows", "slowing", "slower", "slowly", "decelerated", "moderated", "cooled",
                         "pace", "rate"})
_CLAUSE_BREAK = patterns.compile(r"[,;:.!?]|\s(?:and|but|while|whereas)\s", re.IGNORECASE)
_RATE_NOUN = patterns.compile(rf"(?<![\w-])(?:{_RISE_NOUNS}|{_FALL_NOUNS}|inflation|pace|rate|rates)(?![\w-])",
                              re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t)(?:\W+\w+){0,1}\W*$", re.IGNORECASE)
_SUBJECT_WORD = patterns.compile(r"(?<![\w'’])([^\W\d_]{4,})(?!['’]s)(?![\w'’])")
_NOT_SUBJECT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "last", "year", "month", "week", "quarter", "since",
                          "than", "after", "more", "less", "over", "growth", "rise", "fall", "decline", "increase",
                          "sharply", "slightly", "steadily"}) | _WORDS | _SLOW_WORDS


def slowed_as_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a change the other way from a passage's slowed change of the same thing."""
    if not in_english(language) or not may_hold(text, _WORDS):
        return []  # most sentences give no change
    if not any(_slowed_changes(passage.text, way) for passage in passages for way in _SLOWED):
        return []  # no passage tells a change slowed: read once for every sentence citing it
    spoken = markers_blanked(text)
    if _SLOWED["rise"].search(spoken) or _SLOWED["fall"].search(spoken) or _mentions_pace(spoken):
        return []  # the sentence tells a pace itself
    quoted = quoted_parts(spoken)
    for way in ("rise", "fall"):
        for match in _WAY[way].finditer(spoken):
            if inside(quoted, match.start()) or _NEGATED_BEFORE.search(spoken, max(0, match.start() - 20),
                                                                        match.start()):
                continue
            before = spoken[_clause_start(spoken, match.start()):match.start()]
            if _RATE_NOUN.search(before):
                continue  # "growth fell", "inflation fell": a rate's own change, as "growth slowed" is
            subject = _subject_words(before)
            if not subject or any(way in _plain_ways(passage.text) for passage in passages):
                continue
            for passage in passages:
                for shown, words in _slowed_changes(passage.text, _OTHER[way]):
                    if subject & words:
                        return [Finding(offset, f"this sentence says '{match.group()}' where its cited passages "
                                                f"say the {_OTHER[way]} only slowed ('{shown}'): {clipped(text)}",
                                        f"keep the source's way and pace ('{shown}'), or cite a passage that says "
                                        "this")]
    return []


def _clause_start(text: str, at: int) -> int:
    """Return where the clause holding `at` starts."""
    return max((match.end() for match in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)


def _mentions_pace(text: str) -> bool:
    """Say whether text names a pace ("slowed", "more slowly")."""
    return bool(_SLOW_WORDS & {word.casefold() for word in re.findall(r"[A-Za-z]+", text)})


def _stem(word: str) -> str:
    """Return a word's first five letters, folded: "exports" and "export" are one."""
    return word.casefold()[:5]


def _subject_words(text: str) -> frozenset[str]:
    """Return the stems of text's words of four letters or more that may name what changes: not names (a capital
    inside the text) nor possessors ("Northland's")."""
    return frozenset(_stem(match.group(1)) for match in _SUBJECT_WORD.finditer(text)
                     if match.group(1).casefold() not in _NOT_SUBJECT
                     and (match.group(1)[0].islower() or not text[:match.start()].strip()))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _slowed_changes(text: str, way: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each change of `way` a passage tells as slowed, as written, with its clause's subject stems."""
    if not may_hold(text, _WORDS | {"growth", "rise", "decline", "fall", "increase", "slower", "slowing"}):
        return ()
    found = []
    for sentence in split_sentences(text, "en"):
        for match in _SLOWED[way].finditer(sentence.text):
            start = _clause_start(sentence.text, match.start())
            end = _CLAUSE_BREAK.search(sentence.text, match.end())
            clause = sentence.text[start:end.start() if end else len(sentence.text)]
            found.append((" ".join(match.group().split()), _subject_words(clause)))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _plain_ways(text: str) -> frozenset[str]:
    """Return the ways of change a passage gives plainly: a verb of rise or fall not told as slowed."""
    slowed = [match.span() for pattern in _SLOWED.values() for match in pattern.finditer(text)]
    return frozenset(way for way, pattern in _WAY.items() for match in pattern.finditer(text)
                     if not any(start <= match.start() < end for start, end in slowed)
                     and not _NEGATED_BEFORE.search(text, max(0, match.start() - 20), match.start()))
