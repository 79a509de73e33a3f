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
from .open_quotations import within_open_quotation
from .party_word import party_word_as_fact
from .sentences import split_sentences
from .speaker_figures import figure_of_another_speaker
from .speakers import misattributed, parties_of, speakers_in

# "It says", or after one opening adverb "Now it says" (a quotation going on: "... Now it says Taliban-ruled Afghanistan
# is providing sanctuary ...", factcheck_227)
_PRONOUN_SAYS = patterns.compile(
    r"(?:(?:Now|Today|Yet|Still|But|And|Instead|Meanwhile),?\s+(?=(?:it|they)\s)|(?=It\s|They\s))"
    r"(?P<pronoun>[Ii]t|[Tt]hey)\s+(?:also\s+|now\s+)?(?=(?:said|says|say|claims|claimed|claim|argues|argued|argue|insists|insisted"
    r"|estimates|estimated|estimate|reckons|reckoned|puts|put|counts|counted)\b)")
_OTHER_HEAD = patterns.compile(r"(?<!\w)(?:of|by|for|from|with)(?!\w)|['’]s?(?!\w)")


def with_pronoun_speakers(passage: Cited, parties: tuple) -> Cited:
    """Return `passage` with "It says" opening a sentence named by the party the sentence before opens on."""
    if not any(pronoun in passage.text for pronoun in ("It ", "They ", " it ", " they ")):
        return passage  # most passages hold no pronoun: found by str searches
    sentences = split_sentences(passage.text, passage.language)
    text = passage.text
    for index in range(len(sentences) - 1, -1, -1):
        found = _PRONOUN_SAYS.match(text, sentences[index].start)
        if not found:
            continue
        subject = _party_subject(within_open_quotation(sentences[index - 1].text if index else sentence_before(passage)),
                                 parties)
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
