"""Whom a passage's "It says" names: the party the sentence before it opens on.

"The trust says the Elmsford unit delivers about 1,400 babies a year" and "The Elmsford unit delivered 1,400 babies
last year" citing "The trust says the Elmsford unit delivers about 1,150 babies a year ... The campaign group Save
Elmsford Births disputes that figure. It says the unit delivered 1,400 babies last year" built (newuser_128): "It"
names no speaker, so the campaign's figure was read as nobody's, neither given to the trust nor told as fact. Here an
English passage sentence opening "It says" ("It said", "They say", "It estimates", ...) is read with its pronoun
replaced by the subject the sentence before it (in the passage, or in its paragraph) opens on, where that subject
names exactly one party of the briefing and no person, and holds no "of", "by" or possessive (whose head may be
another thing: "The report by the trust"). The passages so read are checked again for a party's word told as fact
(party_word.py) and a figure given to another party's speaker (speaker_figures.py). Anything else is left as it was.
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, in_english
from .company_noun_speakers import OPENING_SUBJECT, sentence_before
from .party_word import party_word_as_fact
from .sentences import split_sentences
from .speaker_figures import figure_of_another_speaker
from .speakers import parties_of, speakers_in

_PRONOUN_SAYS = patterns.compile(
    r"(?P<pronoun>It|They)\s+(?:also\s+)?(?=(?:said|says|say|claims|claimed|claim|argues|argued|argue|insists|insisted"
    r"|estimates|estimated|estimate|reckons|reckoned|puts|put|counts|counted)\b)")
_OTHER_HEAD = patterns.compile(r"(?<!\w)(?:of|by|for|from|with)(?!\w)|['’]s?(?!\w)")


def with_pronoun_speakers(passage: Cited, parties: tuple) -> Cited:
    """Return `passage` with "It says" opening a sentence named by the party the sentence before opens on."""
    if "It " not in passage.text and "They " not in passage.text:
        return passage  # most passages open no sentence on a pronoun: found by two str searches
    sentences = split_sentences(passage.text, passage.language)
    text = passage.text
    for index in range(len(sentences) - 1, -1, -1):
        found = _PRONOUN_SAYS.match(text, sentences[index].start)
        if not found:
            continue
        subject = _party_subject(sentences[index - 1].text if index else sentence_before(passage), parties)
        if subject:
            text = text[:found.start("pronoun")] + subject + text[found.end("pronoun"):]
    return passage if text == passage.text else passage._replace(text=text)


def _party_subject(sentence: str, parties: tuple) -> str:
    """Return the subject a sentence opens on where it names one party and no person, else ""."""
    subject = OPENING_SUBJECT.match(sentence.strip())
    words = " ".join(subject.group("subject").split()) if subject else ""
    if not words or _OTHER_HEAD.search(words):
        return ""
    said = speakers_in(f"{words} said", parties)  # read as a speaker: "The campaign", "Save Elmsford Births"
    names = said[0][2] if len(said) == 1 else frozenset()
    own = parties_of(names, parties)
    return words if len(own) == 1 and all(parties_of(frozenset({name}), parties) for name in names) else ""


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
