"""Who left cases out, kept: "The Agency's analysis, which excludes 23 late cases, gives 68%" may not cite "The
Agency's own analysis, which counts 23 cases that the company excluded as late reports, gives 68%".

A passage gives two parties opposite parts where one counts (includes) a number of things that the other excluded
(left out, omitted, dropped): "X ... counts 23 cases that Y excluded". A sentence is refused where it gives the
excluding of that number to the counting party (the party named nearest before its verb of excluding, twelve words
at most) and not to the one that excluded them. English text is read; quoted words are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import folded_word, markers_blanked

_EXCLUDED = r"(?:excluded|excludes|excluding|exclude|left\s+out|leaves\s+out|leaving\s+out|omitted|omits|dropped|drops)"
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_COUNTED = patterns.compile(rf"(?<!\w)(?:counts|counted|counting|includes|included|including)\s+(?:the\s+)?"
                            rf"(?P<figure>{_NUMBER})\s+(?:[^\W\d_]+\s+){{0,3}}?(?:that|which)\s+"
                            rf"(?P<excluder>(?:[\w'’-]+\s+){{1,3}}?)(?:had\s+|has\s+)?{_EXCLUDED}(?!\w)",
                            re.IGNORECASE)
_TOLD = patterns.compile(rf"(?<!\w){_EXCLUDED}\s+(?:the\s+|all\s+)?(?P<figure>{_NUMBER})(?![\d,.]\d)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
_BEFORE_WORDS = 12


def exclusion_given_to_counter(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                               parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where text gives the excluding of a number of things to the party its passages say counts
    them."""
    if not in_english(language) or not parties or not passages or not re.search(r"xclud|omit|left out|leaves out|drop",
                                                                                  text):
        return []
    own = unquoted(markers_blanked(text))
    for told in _TOLD.finditer(own):
        doer = _nearest_party(own[:told.start()], parties)
        figure = told["figure"].replace(",", "")
        for passage in passages:
            for counted in _COUNTED.finditer(passage.text):
                if counted["figure"].replace(",", "") != figure:
                    continue
                counter = _nearest_party(passage.text[:counted.start()], parties)
                excluder = _nearest_party(counted["excluder"], parties)
                if _doer_named_before_same_verb(own, told, counted.group(), parties):
                    continue  # "The Agency excluded 23" of "the company excluded": the doer swapped, named once
                    #           by the check of a deed's doer
                if doer and doer == counter and excluder and excluder != counter:
                    return [Finding(offset + told.start(), f"this sentence gives '{told.group()}' to the party that "
                                                           f"its cited passages say counts them (another excluded "
                                                           f"them): {clipped(text)}",
                                    "give the excluding to the party the source gives it, or say who counts them")]
    return []


def _doer_named_before_same_verb(text: str, told: re.Match, counted: str, parties: tuple) -> bool:
    """Say whether text names a party right before the very verb its passage gives the excluder ("The Agency
    excluded" of "that the company excluded")."""
    verb = told.group().split()[0].casefold()
    before = _WORD.findall(text[:told.start()])[-1:]
    return (bool(re.search(rf"(?<!\w){verb}(?!\w)", counted, re.IGNORECASE))
            and bool(before) and bool(_nearest_party(before[0], parties)))


def _nearest_party(text: str, parties: tuple) -> str:
    """Return the id of the party named nearest the end of text (twelve words back at most) by a word that names one
    party only, or ""."""
    for word in reversed(_WORD.findall(text)[-_BEFORE_WORDS:]):
        folded = re.sub(r"['’]s?$", "", folded_word(word))
        named = [party for party, names in parties if folded in names]
        if len(named) == 1:
            return named[0]
    return ""
