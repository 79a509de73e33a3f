"""A German figure kept in its own words: "Für eine Mehrheit sind 51 Sitze erforderlich" may not cite "Für eine Mehrheit
sind 55 Sitze erforderlich. ... Eine Koalition aus NSD und Grüner Liste käme auf 51 Sitze" (tests/fixtures/newuser_116):
each figure stands in the passage, one put in the other's words.

A German sentence whose words, its figures aside, run word for word within one sentence of a cited passage, five words
or more, is refused where a figure of it differs from the passage's figure in the same place, the passage gives the
sentence's figure elsewhere, and the passage's figure is no rounding of it ("31 Prozent" of "31,4 Prozent" builds).
Any other word, a "rund" or a "mehr als", makes it another sentence, read by the other checks; a part told as the whole
or a share as the turnout, or a level swapped with the one before it ("lag bei 61,8 Prozent, nach 58,9 Prozent"), is
or a figure the passage sets aside ("28 Sitze anstelle von 27"), is named by its own check alone
(tests/test_factcheck_193.py, test_factcheck_156.py, test_factcheck_155.py, test_factcheck_149.py).
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .sentences import markers_blanked
from .level_sides import levels_swapped
from .numbers import mentions_in
from .set_aside_figures import set_aside
from .subset_figures import part_told_as_whole
from .turnouts import turnout_as_share

_TOKEN = patterns.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_FIGURE = patterns.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE = patterns.compile(r"(?:[^.!?;]|(?<=\d)\.(?=\s*[A-ZÄÖÜa-zäöü\d]))+")
_RUN = 5  # words and figures the sentence's run holds at least


def figure_in_other_words(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence puts a figure of its passage in the words the passage gives another."""
    if (language or "").split("-")[0].lower() != "de" or not any(c.isdigit() for c in text):
        return []
    mine = _tokens(unquoted(markers_blanked(text)))
    if len(mine) < _RUN:
        return []
    found = _slot_moved(text, mine, passages, offset)
    # a part told as the whole, a share as the turnout, a level and the one before it swapped: each named once, by the
    # check that says how (factcheck_156, factcheck_155)
    if found and any(check(text, passages, 0, language) for check in (part_told_as_whole, turnout_as_share,
                                                                       levels_swapped)):
        return []
    # a figure the passage sets aside, "28 Sitze anstelle von 27": named by attribution's check (factcheck_149)
    if found and any(set_aside(mention.quantities, text, passages) for mention in mentions_in(text, language)
                     if mention.kind == "figure"):
        return []
    return found


def _slot_moved(text: str, mine: tuple[str, ...], passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where `mine`, text's words and figures, runs within a passage's sentence with another figure."""
    for passage in passages:
        given = {value for value in map(_value, _FIGURE.findall(passage.text))}
        for theirs, written in _sentences(passage.text):
            slot = _moved_slot(mine, theirs, given)
            if slot is not None:
                told, their = slot
                return [Finding(offset + max(text.find(told), 0),
                                f"this sentence gives {told} in the words its cited passage gives {their} "
                                f"({clipped(written)}): {clipped(text)}",
                                "give the figure the source gives in these words, or cite the passage that gives "
                                "this one")]
    return []


def _moved_slot(mine: tuple[str, ...], theirs: tuple[str, ...], given: set[float]) -> tuple[str, str] | None:
    """Return (the sentence's figure, the passage's) where `mine` runs word for word within `theirs`, its figures
    aside, and one figure differs from the passage's there, as no rounding of it, while the passage gives it too."""
    shape = tuple("#" if _FIGURE.fullmatch(token) else token.casefold() for token in mine)
    for start in range(len(theirs) - len(mine) + 1):
        window = theirs[start:start + len(mine)]
        if tuple("#" if _FIGURE.fullmatch(token) else token.casefold() for token in window) != shape:
            continue
        for told, their in zip(mine, window):
            if _FIGURE.fullmatch(told) and told != their and _value(told) in given and not _rounded(told, their):
                return told, their
    return None


def _rounded(told: str, their: str) -> bool:
    """Say whether a figure is the other rounded: "31" of "31,4"."""
    decimals = len(told.replace(".", ",").partition(",")[2])
    return round(_value(their), decimals) == _value(told) or _value(told) == _value(their)


def _value(figure: str) -> float:
    """Return a German figure's value: "31,4" is 31.4, "2.310" is 2310."""
    if "," in figure:
        return float(figure.replace(".", "").replace(",", "."))
    return float(figure.replace(".", "")) if figure.count(".") and len(figure.rpartition(".")[2]) == 3 else float(
        figure)


def _tokens(text: str) -> tuple[str, ...]:
    """Return the words and figures of a text."""
    return tuple(_TOKEN.findall(text))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _sentences(text: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Return each sentence of a passage as its words and figures, and as written."""
    return tuple((_tokens(sentence.group()), " ".join(sentence.group().split()))
                 for sentence in _SENTENCE.finditer(text))
