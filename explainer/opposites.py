"""A word not turned into its opposite: "drone strikes against civilian targets" may not cite "against military
targets", nor "a Sunni mosque" "a Shia mosque", nor "slowly withdrew" "rapidly withdrew".

A sentence's word of a pair of opposites (civilian and military, Sunni and Shia, rapidly or quickly and slowly,
central and outskirts, north and south, east and west and their "-ern" forms, the compass's corners
(northwest and northeast or southwest, ...), undisputed for disputed (one way only), temporary and permanent, public and
private, domestic and foreign, offensive and defensive, voluntary and mandatory or compulsory, legal and illegal,
armed and unarmed, urban and rural, majority and minority) is refused where no cited passage uses it and a passage's
sentence sharing two more of its words of four letters or more uses its opposite. English text is read; words in
quotation marks, negated words ("not military"), words of a name ("Northern Alliance") and a word whose opposite the
sentence also uses ("from the eastern to the western districts") are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold

_PAIRS = (("civilian", "military"), ("sunni", "shia"), ("rapidly", "slowly"), ("quickly", "slowly"),
          ("central", "outskirts"), ("north", "south"), ("east", "west"), ("northern", "southern"),
          ("eastern", "western"), ("temporary", "permanent"), ("public", "private"), ("domestic", "foreign"),
          ("offensive", "defensive"), ("voluntary", "mandatory"), ("voluntary", "compulsory"), ("legal", "illegal"),
          ("armed", "unarmed"), ("urban", "rural"), ("majority", "minority"),
          # the compass's corners: "the northeast border region" for "the northwest" (factcheck27)
          ("northwest", "northeast"), ("southwest", "southeast"), ("northwest", "southwest"),
          ("northeast", "southeast"),
          ("northwestern", "northeastern"), ("southwestern", "southeastern"), ("northwestern", "southwestern"),
          ("northeastern", "southeastern"))
# Read one way only: a sentence's "undisputed" for a passage's "disputed". A sentence's "disputed", common in prose
# (the synthetic microsite's every eighth sentence), would open the check for a rare turn.
_ONE_WAY = (("undisputed", "disputed"),)
_OPPOSITES: dict[str, frozenset[str]] = {}
for _one, _other in _PAIRS:
    _OPPOSITES[_one] = _OPPOSITES.get(_one, frozenset()) | {_other}
    _OPPOSITES[_other] = _OPPOSITES.get(_other, frozenset()) | {_one}
for _one, _other in _ONE_WAY:
    _OPPOSITES[_one] = _OPPOSITES.get(_one, frozenset()) | {_other}
_WORDS = frozenset(_OPPOSITES)
_READ = sorted({*_OPPOSITES, *(other for _, other in _ONE_WAY)}, key=len, reverse=True)  # what passages are read for
_WORD = patterns.compile(rf"(?<![\w-])(?:{'|'.join(_READ)})(?![\w-])", re.IGNORECASE)
# A word of a name ("Northern Alliance", "South Korea"): parties swapped are swapped.py's
_NAMED = patterns.compile(r"[A-Z]\w*\s+[A-Z]")
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|no|never|n['’]t|non)\W+$", re.IGNORECASE)
_RESTATES = 2
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "when", "which"}) | frozenset(_OPPOSITES)


def turned_opposites(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text uses a word whose opposite a passage restating it uses, and no passage uses it."""
    if not in_english(language) or not may_hold(text, _WORDS):
        return []  # most sentences hold no such word: found by a lookup of their words
    spoken = markers_blanked(text)
    own = list(_WORD.finditer(spoken))
    quoted = quoted_parts(spoken)
    said = {match.group().casefold() for match in own}
    for match in own:
        word = match.group().casefold()
        if word not in _OPPOSITES or said & _OPPOSITES[word]:
            continue  # "the western market ... the eastern airstrip": both sides named, each its own
        if (inside(quoted, match.start()) or _NEGATED_BEFORE.search(spoken, max(0, match.start() - 8), match.start())
                or _NAMED.match(spoken, match.start())):
            continue
        if any(word in _used(passage.text) for passage in passages):
            continue  # a passage uses the word itself
        uses = [(opposite, theirs) for passage in passages for opposite, theirs in _uses(passage.text)
                if opposite.casefold() in _OPPOSITES[word]]
        if not uses:
            continue
        words = content_words(spoken, _NOT_CONTENT)
        for opposite, theirs in uses:
            if len(theirs & words) >= _RESTATES:
                return [Finding(offset, f"this sentence says '{match.group()}' where its cited passages say "
                                        f"'{opposite}': {clipped(text)}",
                                "keep the source's word, or cite a passage that says this one")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _used(text: str) -> frozenset[str]:
    """Return the words of the pairs a passage uses."""
    return frozenset(match.group().casefold() for match in _WORD.finditer(text))


@functools.lru_cache(maxsize=1 << 12)
def _uses(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each word of the pairs a passage uses, as written, with its sentence's content words."""
    if not _used(text):
        return ()
    return tuple((match.group(), content_words(sentence.text, _NOT_CONTENT)) for sentence in split_sentences(text, "en")
                 for match in _WORD.finditer(sentence.text))
