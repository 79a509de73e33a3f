"""Numbered claims, counts and charges kept to what was said of each: "The jury found that Brightwell had infringed
claim 7" may not cite "the jury found that Brightwell had infringed claims 1 and 4 ... had not infringed claim 7".

A verdict names items by number ("claims 1 and 4", "count 3", "charges 2, 5 and 6") and says a deed of some and its
negation of others; the figure check finds each number in the passage, and the negation check finds a "not" there
too, so an item moved from one side to the other built. A sentence's numbered item is read with the verb right before
its noun ("infringed claims 1 and 4", "guilty on count 3"), by its first five letters, and whether a word denying it
stands in the few words before the verb ("not", "never", "cleared ... of", "acquitted ... of"). It is refused where
the cited passages tell that verb of that number only with the other polarity. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_ITEMS = patterns.compile(
    r"(?<![\w-])(?P<verb>[A-Za-z]+)\s+(?:(?:on|of)\s+)?(?:claims?|counts?|charges?)\s+"
    r"(?P<numbers>\d{1,3}(?:\s*(?:,|and|or|,\s*and)\s*\d{1,3})*)(?!\d)(?![.,]\d)", re.IGNORECASE)
_NUMBER = patterns.compile(r"\d{1,3}")
# a word denying what follows within a few words: "had not infringed", "cleared Brightwell of infringing"
_DENIED = patterns.compile(r"(?<![\w-])(?:not|never|no|n['’]t|neither|nor|without|cleared|acquitted|denied|rejected"
                           r"|dismissed)(?![\w-])", re.IGNORECASE)
_SENTENCE_END = patterns.compile(r"[.!?;]\s")  # a denial is read in the item's own sentence only
_REACH = 5  # words before the verb a denial is read in
_STEM = 5
_NOT_VERBS = frozenset({"the", "its", "his", "her", "their", "these", "those", "both", "and", "or", "patent", "all"})


def moved_items(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a verb of a numbered item with the polarity its passages never give it."""
    if not in_english(language) or not passages:
        return []
    spoken = markers_blanked(text)
    mine = _told(spoken, quoted_parts(spoken))
    if not mine:
        return []
    theirs = {told for passage in passages for told in _told(passage.text, [])}
    for verb, number, denied, shown in sorted(mine):  # the first item named first, run after run
        given = {was_denied for stem, item, was_denied, _ in theirs if stem == verb and item == number}
        if given and denied not in given:
            said = "denies" if denied else "tells"
            return [Finding(offset, f"this sentence {said} '{shown}' of {number}, which its cited passages tell "
                                    f"{'only as done' if denied else 'only as not done'}: {clipped(text)}",
                            "keep each numbered item on the side the source gives it, or cite the passage that does")]
    return []


def _told(text: str, quoted: list) -> set[tuple[str, str, bool, str]]:
    """Return (verb stem, number, denied, verb as written) for each numbered item text tells a verb of."""
    found = set()
    for match in _ITEMS.finditer(text):
        verb = match["verb"]
        if inside(quoted, match.start()) or verb.casefold() in _NOT_VERBS or len(verb) < 4:
            continue
        before = _SENTENCE_END.split(text[max(0, match.start() - 80):match.start()])[-1].split()[-_REACH:]
        denied = any(_DENIED.fullmatch(word.strip(",;:")) or word.casefold().endswith(("n't", "n’t"))
                     for word in before)
        stem = verb.casefold()[:_STEM]
        found.update((stem, number, denied, verb) for number in _NUMBER.findall(match["numbers"]))
    return found
