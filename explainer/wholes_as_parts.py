"""A whole kept a whole: "About 87 million of the class members opened their accounts after March 2021" may not cite
"About 12 million of the 87 million class members opened their accounts after March 2021".

Every figure of such a sentence stands in its passage, and every word: the count is the whole's, told as the part the
source counts. A passage counts a part of a whole where a figure is followed by "of the" (or "out of") and another
figure ("12 million of the 87 million class members", "three out of five judges"). A sentence giving the whole's figure
as its own count (not after "of", "out of", "among" or "all") is refused where it restates that passage's sentence (two
of the words of four letters or more it says of the part, figures and the things counted aside), gives no part's figure,
and no cited passage's sentence restating it gives that figure otherwise than as a whole. Words in quotation marks are
not read. English text is read, a count in digits or in words, "three judges" of "two of the three judges"
(tests/test_factcheck_101.py, tests/test_factcheck_103.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences

_SMALL = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_FIGURE = (rf"(?:\d[\d,.]*(?:\s*(?:million|billion|thousand|m|bn|k)(?![\w-]))?(?:\s*%|\s+per\s?cent)?|{_SMALL})")
_PART_OF = patterns.compile(rf"(?<![\w.,-])(?P<part>{_FIGURE})\s+(?:\w+\s+)?(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+)?"
                            rf"(?P<whole>{_FIGURE})(?![\w-])", re.IGNORECASE)
# A count's word, which the gate finds among a sentence's words ("Three judges ruled"): as its digits, "3 judges"
_SMALL_DIGITS = {word: str(at) for at, word in enumerate(_SMALL.split("|"), 1)}
_SMALL_WORDS = frozenset(_SMALL_DIGITS)
_ANY_FIGURE = patterns.compile(rf"(?<![\w.,-]){_FIGURE}(?![\w-])", re.IGNORECASE)
_WHOLE_BEFORE = patterns.compile(r"(?<!\w)(?:of|out\s+of|among|all|total\s+of|whole|entire)(?:\s+(?:the|its|their))?"
                                 r"\s+$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "about", "some", "roughly", "nearly", "around", "almost",
                          "million", "billion", "thousand", "percent"})


def whole_as_part(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives as its count the whole of which a passage restating it counts a part."""
    if not in_english(language) or not passages or not (any(char.isdigit() for char in text) or (
            not _SMALL_WORDS.isdisjoint(text.casefold().split()))):
        return []  # a sentence with no figure, in digits or a small count's word ("three judges"), gives no whole
    counted = [found for passage in passages for found in _parts_of(passage.text)]
    if not counted:
        return []  # most passages count no part of a whole: read once for every sentence citing them
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    figures = [match for match in _ANY_FIGURE.finditer(spoken) if not inside(quoted, match.start())]
    given = frozenset(_figure(match.group()) for match in figures)
    words = content_words(_ANY_FIGURE.sub(" ", spoken), _NOT_CONTENT)
    for match in figures:
        figure = _figure(match.group())
        if _WHOLE_BEFORE.search(spoken, max(0, match.start() - 24), match.start()):
            continue  # "12 million of the 87 million": the sentence gives it as the whole
        for shown, part, whole, theirs in counted:
            if (figure == whole and part not in given and len(words & theirs) >= min(2, len(words))
                    and not any(_told_otherwise(passage.text, figure, words) for passage in passages)):
                return [Finding(offset, f"this sentence gives the whole ('{match.group()}') as the count its cited "
                                        f"passages give a part of ('{shown}'): {clipped(text)}",
                                "give the part the source counts, and of what whole, or cite a passage that gives "
                                "this count")]
    return []


def _figure(written: str) -> str:
    """Return a figure as compared: lowercased, its spaces and thousands' commas dropped, "m" as "million", a small
    count's word as its digits ("three" as "3")."""
    folded = re.sub(r"[\s,]", "", written.casefold()).replace("percent", "%")
    folded = _SMALL_DIGITS.get(folded, folded)
    return re.sub(r"(?<=\d)m$", "million", re.sub(r"(?<=\d)bn$", "billion", folded))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _parts_of(text: str) -> tuple[tuple[str, str, str, frozenset[str]], ...]:
    """Return each part a passage's sentences count of a whole: as written, the part's and the whole's figures, and
    the content words of what its sentence says of the part, but its figures."""
    if " of " not in text:
        return ()
    return tuple((" ".join(match.group().split()), _figure(match["part"]), _figure(match["whole"]),
                  content_words(_ANY_FIGURE.sub(" ", _THINGS.sub("", sentence.text[match.end():], 1)), _NOT_CONTENT))
                 for sentence in split_sentences(text, "en") for match in _PART_OF.finditer(sentence.text))


# the thing counted, right after the whole's figure ("class" of "87 million class members"): what the
# sentence says of the part is the rest
_THINGS = patterns.compile(r"^\s*[\w'’-]+")


@functools.lru_cache(maxsize=1 << 12)
def _told_otherwise(text: str, figure: str, words: frozenset[str]) -> bool:
    """Say whether a passage's sentence restating `words` gives the figure otherwise than as a whole."""
    for sentence in split_sentences(text, "en"):
        if len(words & content_words(_ANY_FIGURE.sub(" ", sentence.text), _NOT_CONTENT)) < min(2, len(words)):
            continue
        for match in _ANY_FIGURE.finditer(sentence.text):
            if (_figure(match.group()) == figure
                    and not _WHOLE_BEFORE.search(sentence.text, max(0, match.start() - 24), match.start())):
                return True
    return False
