"""Whom a passage's "It says" names: the party the sentence before it opens on.

"The trust says the Elmsford unit delivers about 1,400 babies a year" and "The Elmsford unit delivered 1,400 babies
last year" citing "The trust says the Elmsford unit delivers about 1,150 babies a year ... The campaign group Save
Elmsford Births disputes that figure. It says the unit delivered 1,400 babies last year" built (newuser_128): "It"
names no speaker, so the campaign's figure was read as nobody's, neither given to the trust nor told as fact. Here an
English passage sentence opening "It says" ("It said", "They say", "It estimates", ...) is read with its pronoun
replaced by the subject the sentence before it (in the passage, or in its paragraph) opens on, where that subject
names exactly one party of the briefing and no person, and holds no "of", "by" or possessive (whose head may be
another thing: "The report by the trust"): pronoun_subjects.py, which speakers.py reads too. The passages so read are
checked again for a party's word told as fact (party_word.py) and a figure given to another party's speaker
(speaker_figures.py). Anything else is left as it was.
"""

from __future__ import annotations

from .attribution import Cited, Finding, in_english
from .party_word import party_word_as_fact
from .pronoun_subjects import PRONOUN_SAYS_AFTER_ADVERB, with_pronoun_named
from .speaker_figures import figure_of_another_speaker
from .sentences import split_sentences
from .speakers import misattributed, names_one_party, parties_of, speakers_in


def with_pronoun_speakers(passage: Cited, parties: tuple) -> Cited:
    """Return `passage` with "It says" opening a sentence named by the party the sentence before opens on
    (pronoun_subjects.py)."""
    return with_pronoun_named(passage, lambda subject: names_one_party(subject, parties), PRONOUN_SAYS_AFTER_ADVERB)


def pronoun_speakers_misread(text: str, passages: list[Cited], offset: int = 0, parties: tuple = (),
                             language: str = "") -> list[Finding]:
    """Return what party_word.py and speaker_figures.py find of text once its passages' "It says" name their
    party; nothing where no passage opens a sentence so."""
    if not parties or not in_english(language):
        return []
    named = [with_pronoun_speakers(passage, parties) for passage in passages]
    if all(new is old for new, old in zip(named, passages)):
        return []
    return (party_word_as_fact(text, named, offset, parties, language)
            or figure_of_another_speaker(text, named, offset, parties, language)
            or _given_to_another(text, passages, named, offset, parties))


def pronoun_speakers_misread_in_item(text: str, passages: list[Cited], language: str = "",
                                     parties: tuple = ()) -> list[Finding]:
    """Return, for an item cited as a whole (a claim's words), the speakers it names that its passages' "It says"
    do not name once read ("Afghanistan now says ..." of "Now it says ..." after "Pakistan spent ..."): whose word
    it is, the claimant's card aside (factcheck_227)."""
    if not parties or not in_english(language):
        return []
    named = [with_pronoun_speakers(passage, parties) for passage in passages]
    if all(new is old for new, old in zip(named, passages)):
        return []
    return [finding for sentence in split_sentences(text, language)
            for finding in _given_to_another(sentence.text, passages, named, sentence.start, parties)]


def _given_to_another(text: str, passages: list[Cited], named: list[Cited], offset: int,
                      parties: tuple) -> list[Finding]:
    """Return misattributed's findings of text against the passages whose "It says" now names its party, where the
    passages as written give none: the speaker the sentence names is of another party than the pronoun's."""
    if not _names_parties_only(text, parties) or misattributed(text, passages, offset, parties):
        return []  # a person the passage's paragraph may name ("Hakim says"), or named already by the passages
    return misattributed(text, named, offset, parties)


def _names_parties_only(text: str, parties: tuple) -> bool:
    """Say whether every speaker the sentence names is a party of the briefing by its own words ("Afghanistan now
    says", "Pakistani officials"), no person or other body: the one the pronoun's party may stand against."""
    named = speakers_in(text, parties)
    return bool(named) and all(names and all(parties_of(frozenset({name}), parties) for name in names)
                               for _, _, names in named)
