"""A quoted judgement kept to whom it was said of: 'The judge said Okafor was "not credible"' may not cite '... the
newspaper's main witness, a former agent named in court as Mr Lewis Pryor, was "not credible"'.

A court report quotes the words a judge gives each person ("not credible", "careless"); a sentence giving those words
to a party of the briefing stands on every word of its passage but says it of another. A sentence that names a party
right before "was", "is", "had been" (or "found Okafor", "called Okafor") and then a passage's quoted words
(with their quotation marks or without: 'Okafor had been careless' of 'Okafor had been "careless"') is refused where
no sentence of a cited passage holding those words names that party (by `owners.party_words`), nor, where that
sentence holds "he", "she", "his", "they" or another such pronoun, the sentence before it. English text is read; a
quoted word of three letters or fewer, or a quote of more than six words, is not (a quoted statement, whose speaker
speakers.py reads)
(tests/test_newuser_134.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import double_quoted, folded_word, markers_blanked, sentence_of

# the verb giving a trait to the name before it: "Okafor was", "the paper had been", "found Okafor", "called Okafor"
_GIVEN = patterns.compile(r"(?P<name>[\w'’-]+)\s+(?:(?:was|is|were|are|had\s+been|has\s+been|have\s+been|remained"
                          r"|seemed|appeared)\s+(?:\w+ly\s+|also\s+)?(?:found\s+)?(?:to\s+be\s+|as\s+)?)"
                          r"|(?:found|called|described|deemed|judged|considered)\s+(?P<object>[\w'’-]+)\s+"
                          r"(?:to\s+be\s+|as\s+)?",
                          re.IGNORECASE)
_PRONOUN = patterns.compile(r"(?<!\w)(?:he|she|it|they|him|her|them|his|its|their)(?!\w)", re.IGNORECASE)
_MARKS = "\"“”«»'‘’"


def trait_given_to_another(text: str, passages: list[Cited], offset: int, language: str,
                           parties: tuple) -> list[Finding]:
    """Return a finding when text gives a passage's quoted words ("not credible") to a party that no sentence of the
    passages holding them names."""
    if not parties or not in_english(language):
        return []
    traits = {trait for passage in passages if any(mark in passage.text for mark in '"“')
              for trait in _quoted_traits(passage.text)}
    if not traits:
        return []  # most passages quote no short words: found without reading the sentence
    spoken = markers_blanked(text)
    for trait in traits:
        for given in _given(spoken, trait):
            party = _party(given, parties)
            if not party:
                continue
            holders = [sentence for passage in passages for sentence in _holding(passage.text, trait)]
            if holders and not any(_names(sentence, party, parties) for sentence in holders):
                shown = clipped(" ".join(holders[0][1].split()), 120)
                return [Finding(offset, f"this sentence gives \"{trait}\" to {given} where its cited passages give "
                                        f"it to another ({shown}): {clipped(text)}",
                                "give the words to whom the source gives them, or, where the passage names "
                                "that party otherwise, add that name to the party's aliases")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _quoted_traits(text: str) -> tuple[str, ...]:
    """Return the short quoted words of a passage (two to six words, or one of four letters or more), as written."""
    found = []
    for start, end in double_quoted(text):
        words = text[start:end].strip(_MARKS + " ,.;:")
        count = len(words.split())
        if 1 <= count <= 6 and (count > 1 or len(words) >= 4) and re.fullmatch(r"[\w'’ -]+", words):
            found.append(words)
    return tuple(found)


def _given(text: str, trait: str) -> list[str]:
    """Return the names text gives `trait` to by a verb right before it ("Okafor was "careless"")."""
    after = rf"[{_MARKS}]?{re.escape(trait)}(?!\w)"
    names = []
    for match in _GIVEN.finditer(text):
        if re.match(after, text[match.end():], re.IGNORECASE):
            names.append(match["name"] or match["object"])
    return names


def _holding(text: str, trait: str) -> list[tuple[str, str]]:
    """Return each sentence of a passage holding `trait`, with the sentence before it: (before, sentence)."""
    found = []
    for match in re.finditer(rf"(?<!\w){re.escape(trait)}(?!\w)", text, re.IGNORECASE):
        sentence = sentence_of(text, match.start())
        start = text.find(sentence)
        found.append((sentence_of(text, max(0, start - 2)) if start > 1 else "", sentence))
    return found


def _names(holder: tuple[str, str], party: str, parties: tuple) -> bool:
    """Say whether a passage's sentence names the party, or says it of a pronoun after a sentence naming it."""
    before, sentence = holder
    return _named_in(sentence, party, parties) or bool(_PRONOUN.search(sentence) and _named_in(before, party, parties))


def _named_in(sentence: str, party: str, parties: tuple) -> bool:
    words = {folded_word(word.removesuffix("'s").removesuffix("’s")) for word in re.findall(r"[\w'’-]+", sentence)}
    return any(words & party_words for id_, party_words in parties if id_ == party)


def _party(name: str, parties: tuple) -> str:
    """Return the id of the one party a word names ("" if none or more than one)."""
    word = folded_word(name.removesuffix("'s").removesuffix("’s"))
    named = {party for party, party_words in parties if word in party_words}
    return next(iter(named)) if len(named) == 1 else ""
