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
from .pronoun_subjects import with_pronoun_named
from .speaker_figures import figure_of_another_speaker
from .speakers import names_one_party


def with_pronoun_speakers(passage: Cited, parties: tuple) -> Cited:
    """Return `passage` with "It says" opening a sentence named by the party the sentence before opens on
    (pronoun_subjects.py)."""
    return with_pronoun_named(passage, lambda subject: names_one_party(subject, parties))


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
            or figure_of_another_speaker(text, named, offset, parties, language))
