"""A part kept a part without a figure: "The judges ruled that the award was too high" may not cite "Two of the three
judges ruled that the award was too high".

wholes_as_parts.py refuses a sentence giving the whole's figure as the count ("Three judges ruled"); a sentence with no
figure at all gave the whole by its noun: "the judges", "all the judges", doing what the passage says of a part only.
The body they make up acts by its majority: "The panel ruled" or "The board approved" of "two of the three judges" or
"five of the seven directors" is its decision, and builds. A passage counts a part where a figure is followed by "of the"
(or "out of") and another figure and the thing counted ("two of the three judges"); a sentence naming that thing after
"the", "all" or "both" (not after "of": "a majority of the judges", "two of the judges"), or a body of such members,
with no figure and no part's word ("most", "some", "majority"), is refused where it restates what the passage says of
the part (two of its words of four letters or more) and no cited passage's sentence restating it says it of the thing
counted as a whole. English text is read (tests/test_factcheck_105.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences
from .wholes_as_parts import _ANY_FIGURE, _NOT_CONTENT, _PART_OF, _SMALL_WORDS

# the bodies a count of people makes up: "the panel ruled" of "two of the three judges" is its majority's decision
_BODIES = ("panel", "bench", "jury", "board", "committee", "council", "commission")
_PART_WORDS = frozenset({"most", "some", "majority", "minority", "several", "few", "many", "part", "half", "split",
                         "divided", "dissent", "dissented", "dissenting", "unanimously", "unanimous"})
_THING = patterns.compile(r"^\s*(?:[a-z'’-]+\s+)?(?P<thing>[a-z]{3,}s)(?!\w)", re.IGNORECASE)


def unnamed_part(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells of the whole ("the judges", "the panel") what a passage restating it says of a
    part counted of it ("two of the three judges"), with no figure of its own."""
    if not in_english(language) or not passages or " of " not in " ".join(passage.text for passage in passages):
        return []  # a str search: most passages count no part
    folded = text.casefold()
    if any(char.isdigit() for char in text) or not _SMALL_WORDS.isdisjoint(folded.split()):
        return []  # a figure of its own: wholes_as_parts.py reads it
    counted = [found for passage in passages if in_english(passage.language or language)
               for found in _counted(passage.text)]
    if not counted or not _PART_WORDS.isdisjoint(re.findall(r"[a-z]+", folded)):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    for shown, thing, theirs in counted:
        named = _named(spoken, thing)
        if named is None or inside(quoted, named.start()):
            continue
        told = words - {thing, *_BODIES}
        if len(told & theirs) >= min(2, len(told)) and told and not any(
                _told_of_whole(passage.text, thing, told) for passage in passages):
            return [Finding(offset + named.start(),
                            f"this sentence tells of {named.group().strip()!r} what its cited passages tell of a part "
                            f"only ('{shown}'): {clipped(text)}",
                            "give the part the source counts ('two of the three ...'), or cite a passage that tells "
                            "it of them all")]
    return []


@functools.lru_cache(maxsize=1 << 12)
def _named_pattern(thing: str) -> re.Pattern:
    """Return the pattern of a sentence naming the thing counted as a whole ("the judges", "the panel")."""
    return re.compile(rf"(?<![\w'’-])(?:all\s+(?:the\s+|of\s+the\s+)?|both\s+|the\s+)(?:[\w'’-]+\s+)?"
                      rf"{re.escape(thing)}(?!\w)", re.IGNORECASE)


def _named(text: str, thing: str) -> re.Match | None:
    """Return where a sentence names the thing counted as a whole, not after "of" ("a majority of the judges")."""
    for match in _named_pattern(thing).finditer(text):
        if not re.search(r"(?<!\w)of\s+$", text[max(0, match.start() - 4):match.start()], re.IGNORECASE):
            return match
    return None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _counted(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return each part a passage's sentences count of a whole: as written, the thing counted ("judges"), and the
    content words of what its sentence says of the part."""
    if " of " not in text:
        return ()
    found = []
    for sentence in split_sentences(text, "en"):
        for match in _PART_OF.finditer(sentence.text):
            thing = _THING.match(sentence.text[match.end():])
            if thing:
                rest = sentence.text[match.end() + thing.end():]
                found.append((" ".join((match.group() + sentence.text[match.end():match.end() + thing.end()]).split()),
                              thing["thing"].casefold(), content_words(_ANY_FIGURE.sub(" ", rest), _NOT_CONTENT)))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _told_of_whole(text: str, thing: str, words: frozenset[str]) -> bool:
    """Say whether a passage's sentence restating `words` tells them of the thing counted as a whole, with no part."""
    for sentence in split_sentences(text, "en"):
        if (len(words & content_words(sentence.text, _NOT_CONTENT)) >= min(2, len(words))
                and not _PART_OF.search(sentence.text) and _named(sentence.text, thing)):
            return True
    return False
