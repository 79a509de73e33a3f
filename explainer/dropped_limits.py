"""A limit kept: a word that bounds how far a claim holds may not be dropped, nor turned into its whole.

"The ceasefire has held since March" citing "The ceasefire has largely held since March" drops the source's bound
on what it claims; "Northland fully complied" citing "Northland partly complied" turns it to its whole. A passage's
limiting word ("largely", "mostly", "partly", "partially", "briefly", "temporarily", "in part") right before a word,
or "in part", "partly" or "partially" up to two words after it ("complied in part", "lifted the ban partially"),
binds that word; so does "largely", "mostly" or "partly" between a verb and a place ("lies mostly on Marenia's side"
binds "lies": "lies entirely on Marenia's side" was built, tests/test_newuser_131.py), a whole right after the word
("entirely") being no limit of it. A sentence using the bound word is refused where no limiting word stands near it (two words before,
three after), its other words restate the passage's sentence (two of its words of four letters or more, all of a
shorter sentence's), and no cited passage uses the word unbound. Negated words and words in quotation marks are not
read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold

_LIMITS = r"largely|mostly|partly|partially|briefly|temporarily|in\s+part|only\s+partly|only\s+partially"
_LIMIT_WORDS = frozenset({"largely", "mostly", "partly", "partially", "briefly", "temporarily", "part"})
_WHOLES = r"fully|completely|entirely|wholly|totally|in\s+full"
_BOUND_BEFORE = patterns.compile(rf"(?<![\w-])(?P<limit>{_LIMITS})\s+(?P<word>[^\W\d_][\w'’-]*)", re.IGNORECASE)
_BOUND_AFTER = patterns.compile(r"(?<![\w-])(?P<word>[^\W\d_][\w'’-]*)(?:\s+[\w'’-]+){0,2}?\s+"
                                r"(?P<limit>in\s+part|partly|partially)(?![\w-])", re.IGNORECASE)
# a limit between a verb and the place it tells binds the verb: "lies mostly on Marenia's side" (newuser_131)
_BOUND_VERB = patterns.compile(r"(?<![\w-])(?P<word>[^\W\d_][\w'’-]*)\s+(?P<limit>largely|mostly|partly)\s+"
                               r"(?P<place>on|in|within|inside|outside|off|at)(?![\w-])", re.IGNORECASE)
# a whole after the word is no limit of it ("lies entirely on"), unless negated ("has held, though not entirely")
_WHOLE_AFTER = patterns.compile(rf"^\W*(?:{_WHOLES})(?![\w-])", re.IGNORECASE)
_MOST_OF = patterns.compile(r"(?<![\w-])(?:most|much|(?:the\s+)?bulk|(?:the\s+)?majority|(?:the\s+)?greater\s+part"
                            r"|(?:nearly|almost)\s+all|part|some)\s+of(?![\w-])[^,;:.]*$", re.IGNORECASE)
_NEAR = patterns.compile(rf"(?<![\w-])(?:{_LIMITS}|{_WHOLES}|almost|nearly|mainly|chiefly|predominantly"
                         r"|half|some|most|many|several|not\s+all)(?![\w-])", re.IGNORECASE)
# "part of" the subject, with no comma before the bound word: "The dam, part of the city's defences, collapsed" is no
# part that collapsed
_PART_OF = patterns.compile(r"(?<![\w-])part\s+of(?![\w-])[^,;:]*$", re.IGNORECASE)
_WHOLE_BEFORE = patterns.compile(rf"(?<![\w-])(?:{_WHOLES})\s+$", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|without)(?:\W+\w+){0,1}\W*$", re.IGNORECASE)
# Words a limit binds that say nothing of their own ("mostly in the north": "in"), and auxiliaries it may stand after
_NOT_BOUND = frozenset({"in", "on", "at", "by", "to", "of", "for", "from", "with", "the", "a", "an", "because", "due",
                        "as", "and", "or", "but", "that", "this", "it", "its", "their", "been", "be", "is", "are",
                        "was", "were", "has", "have", "had", "over", "after", "before", "during", "through"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "largely", "mostly", "partly", "partially", "briefly",
                          "temporarily", "fully", "completely", "entirely", "wholly", "totally", "full", "part",
                          "only"})


def dropped_limits(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text uses unbound (or made whole) a word a passage restating it binds by a limit."""
    if not in_english(language):
        return []
    bound = [found for passage in passages for found in _bound(passage.text)]
    if not bound:
        return []  # most passages bind nothing: read once for every sentence citing them
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    words = None
    for limit, shown, word, theirs, place in bound:
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", spoken, re.IGNORECASE):
            before = spoken[max(0, match.start() - 40):match.start()]
            if (inside(quoted, match.start()) or _NEGATED_BEFORE.search(before) or place and not re.match(
                    rf"\s+(?:[\w'’-]+\s+)?{place}(?![\w-])", spoken[match.end():], re.IGNORECASE)  # "lies ... on"
                    or _limited_near(spoken, match) or any(_unbound(passage.text, word) for passage in passages)):
                continue
            words = content_words(spoken, _NOT_CONTENT | {word}) if words is None else words
            if not words or len(words & theirs) < min(2, len(words)):
                continue
            whole = _WHOLE_BEFORE.search(before)
            message = (f"this sentence says '{' '.join(whole.group().split())} {match.group()}' where its cited "
                       f"passages say '{shown}'" if whole else f"this sentence drops its cited passages' '{limit}' "
                                                                f"('{shown}')")
            return [Finding(offset, f"{message}: {clipped(text)}",
                            f"keep the source's '{limit}', or cite a passage that says this")]
    return []


def _limited_near(text: str, match: re.Match) -> bool:
    """Say whether a bound word stands near a limit of its own: two words before it, three after (a whole word right
    before it is no limit); or "part of" its subject ("Part of the dam collapsed", "the dam, part of which
    collapsed") for a passage's "partially collapsed"."""
    if _PART_OF.search(text, max(0, match.start() - 40), match.start()):
        return True
    before = " ".join(re.findall(r"[\w'’-]+", text[max(0, match.start() - 40):match.start()])[-2:])
    after = " ".join(re.findall(r"[\w'’-]+", text[match.end():match.end() + 40])[:3])
    if _MOST_OF.search(text, max(0, match.start() - 60), match.start()):
        return True  # "Most of the Halder field lies on ..." of "lies mostly on": the limit in the subject
    if _WHOLE_AFTER.search(text[match.end():match.end() + 40]):
        return False  # "lies entirely on" of "lies mostly on": the whole said right after the word
    return bool(_NEAR.search(after) or (_NEAR.search(before) and not _WHOLE_BEFORE.search(before + " ")))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _bound(text: str) -> tuple[tuple[str, str, str, frozenset[str], str], ...]:
    """Return each word a passage binds by a limit: the limit and the words binding it as written, the word folded,
    its sentence's content words, and the place word after a bound verb ("on" of "lies mostly on"; else "")."""
    if not may_hold(text, _LIMIT_WORDS):
        return ()
    found = []
    for sentence in split_sentences(text, "en"):
        for pattern in (_BOUND_BEFORE, _BOUND_AFTER, _BOUND_VERB):
            for match in pattern.finditer(sentence.text):
                word = match.group("word").casefold()
                if word in _NOT_BOUND or word in _LIMIT_WORDS or _NEGATED_BEFORE.search(
                        sentence.text, max(0, match.start() - 20), match.start()):
                    continue
                found.append((" ".join(match.group("limit").split()), " ".join(match.group().split()), word,
                              content_words(sentence.text, _NOT_CONTENT | {word}),
                              match["place"].casefold() if "place" in pattern.groupindex else ""))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _unbound(text: str, word: str) -> bool:
    """Say whether a passage uses the word with no limit near it."""
    return any(not _limited_near(text, match)
               for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE))
