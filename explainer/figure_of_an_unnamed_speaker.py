"""A figure kept from a speaker the passages never name: "The Alliance said the efficacy was 82%" may not cite "The
company reported an efficacy of 82% ... The Agency's own analysis ... gives an efficacy of 68%".

estimate_owners.py refuses a figure said by a party that the passages give figures of its own ("The Agency said ...
82%" of the Agency's 68%); a party they never name at all was given the company's figure and the sentence built
(tests/test_factcheck_216.py). A sentence where a party "said", "says", "told", "stated", "claimed" or "announced" a
percentage, the words said naming no other party, is refused where the cited passages give that percentage after
another party's verb of reporting ("The company reported", "Halden's analysis gives") and none of them names the
speaking party by any of its naming words. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
# estimate_owners.py's reading of owners and of what a party said, shared so both read a sentence alike
from .estimate_owners import _OWNER_IN_PASSAGE, _owned_figures, _said_figures
from .sentences import folded_word, markers_blanked, split_sentences

_WORD = patterns.compile(r"[^\W\d_]+")


def figure_given_an_unnamed_speaker(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                                    parties: tuple = ()) -> list[Finding]:
    """Return a finding where text has a party say a figure its cited passages give only as another party's, and
    never name the party saying it."""
    if not parties or not in_english(language) or not passages or "%" not in text and "per" not in text:
        return []
    said = _said_figures(unquoted(markers_blanked(text)), parties)
    if not said:
        return []  # most sentences have no party say a percentage: found without reading their passages
    given: dict[tuple[str, bool], set[str]] = {}
    for passage in passages:
        for sentence in split_sentences(passage.text):
            for owner, figure, _, _ in _owned_figures(sentence.text, parties, _OWNER_IN_PASSAGE, in_sentence=False):
                given.setdefault(figure, set()).add(owner)
    written = {folded_word(word) for passage in passages for word in _WORD.findall(passage.text)}
    naming = dict(parties)
    for party, figure, shown, _ in said:
        others = given.get(figure, set())
        if others and party not in others and not _named(naming.get(party, frozenset()), written):
            return [Finding(offset, f"this sentence gives {shown} as said by {party}, but its cited passages give it "
                                    f"as {sorted(others)[0]}'s and never name {party}: {clipped(text)}",
                            "give the figure to the party the source gives it to, or cite the passage where the "
                            "speaker says it")]
    return []


def _named(words: frozenset[str], written: set[str]) -> bool:
    """Say whether a passage's words name a party by any of its naming words (each word of one of several words)."""
    return any(part in written for word in words for part in word.split() if len(part) >= 4)
