"""A comparison said beside a figure kept to the figure its passages give what it is compared with: "Wages rose 5%,
faster than prices" may not cite "Wages rose 5%, while prices rose 7%".

A sentence compares its figure with a thing where a comparative and "than" follow the figure (and up to two words of
what it counts) after a comma ("5%, faster than prices", "300,000 troops, more than Southland"; without the comma, "5%
more than prices" gives the difference, and is not read). Greater are "faster", "quicker", "more", "higher", "greater",
"larger", "bigger", "steeper", "sharper"; smaller are "slower", "less", "lower", "smaller", "fewer". What it is compared
with is the first word after "than" (past an article). A passage gives that thing a figure where the word is followed,
up to three words between and no comma, by a figure of the sentence's unit ("prices rose 7%", "prices rose by 7%"),
unless its words change the other way from the sentence's (a fall beside a rise). A sentence is refused where its
passages give that thing figures and every one goes against its comparative: 5% is not "faster than" 7%. English text
is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .direction import FALL_WORDS, RISE_WORDS
from .numbers import Mention, find_mentions, is_year, mentions_in
from .sentences import markers_blanked

_GREATER = ("faster", "quicker", "more", "higher", "greater", "larger", "bigger", "steeper", "sharper")
_SMALLER = ("slower", "less", "lower", "smaller", "fewer")
_COMPARED = patterns.compile(r",\s+(?:(?:much|far|slightly|even|still|a\s+little|a\s+bit)\s+)?(?P<way>"
                             + "|".join((*_GREATER, *_SMALLER)) + r")\s+than\s+(?:(?:the|a|an)\s+)?"
                             r"(?!(?:the|a|an)\s)(?P<other>[^\W\d_][\w'’-]*)", re.IGNORECASE)
_THAN = patterns.compile(r"(?<!\w)than(?!\w)", re.IGNORECASE)
_BETWEEN = patterns.compile(r"(?:\s+[^\W\d_]+){0,3}\s+")  # "prices rose by 7%": words only, no comma or figure
_WORD = patterns.compile(r"[^\W\d_]+")
_COUNTED = patterns.compile(r"(?:\s+[^\W\d_]+){0,2}")  # what the figure counts: "300,000 troops, more than"


def compared_against_passages(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says its figure is greater (or smaller) than a thing its passages give a figure
    that the sentence's is not greater (or smaller) than."""
    if not in_english(language) or "than" not in text or not _THAN.search(text):
        return []
    spoken = unquoted(markers_blanked(text))
    for said in _COMPARED.finditer(spoken):
        own = next((m for m in reversed(find_mentions(spoken, language, prose=True)) if m.end <= said.start()
                    and len(m.quantities) == 1 and not is_year(m.text)  # "0.6% in 2026, lower than the 1.1%"
                    and _COUNTED.fullmatch(spoken, m.end, said.start())), None)
        if own is None:
            continue
        rising = _way_of(spoken[:own.start])
        theirs = [their for passage in passages if in_english(passage.language or language)
                  for their in _figures_of(said["other"], passage.text, language, rising)
                  if their.quantities[0].unit == own.quantities[0].unit]
        greater = said["way"].casefold() in _GREATER
        value = abs(own.quantities[0].value)
        if theirs and all((value > abs(their.quantities[0].value)) != greater
                          and value != abs(their.quantities[0].value) for their in theirs):
            return [Finding(offset, f"this sentence gives {own.text} as '{' '.join(said.group()[1:].split())}' where "
                                    f"its cited passages give {said['other']} {theirs[0].text}: {clipped(text)}",
                            "compare the figures as the source gives them, or cite the passage that says this")]
    return []


def _figures_of(thing: str, text: str, language: str, rising: bool | None) -> list[Mention]:
    """Return the figures text gives right after the word `thing` ("prices rose 7%"), but for a change the other way
    from `rising` (True a rise, False a fall, None neither)."""
    found = []
    for word in re.finditer(rf"(?<![\w-]){re.escape(thing)}(?![\w-])", text, re.IGNORECASE):
        figure = next((m for m in mentions_in(text, language) if m.start > word.end() and len(m.quantities) == 1
                       and _BETWEEN.fullmatch(text, word.end(), m.start)), None)
        if figure is not None and (rising is None or _way_of(text[word.end():figure.start]) in (None, rising)):
            found.append(figure)
    return found


def _way_of(words: str) -> bool | None:
    """Return True where words say only a rise, False only a fall, None neither or both."""
    said = {word.casefold() for word in _WORD.findall(words)}
    rise, fall = bool(said & RISE_WORDS), bool(said & FALL_WORDS)
    return None if rise == fall else rise
