"""A speaker's stance kept: what the source has a speaker admit may not be told as denied, nor the other way round.

"Pakistan spent decades backing the Afghan Taliban, its defense minister denied." citing "Pakistan spent decades
backing and sheltering the Afghan Taliban - its defense minister acknowledged that to me on camera" built: polarity.py
reads "denied" as a negation of what follows it, and a reporting verb that closes the sentence has nothing after it;
"disputed", "refuted" and "dismissed" it does not read at all ("The ministry disputed that the strike hit a school"
citing "The ministry admitted that the strike hit a school" built too).

A sentence's verb of denying ("denied", "disputed", "refuted", "rejected", "dismissed") or of admitting
("acknowledged", "admitted", "conceded", "confirmed", "confessed", "accepted", "endorsed"), in any tense, is refused where a cited passage's
sentence gives the other kind's verb, its speaker (the words before the verb in its clause: "its defense minister",
"the ministry", or an appositive just before it: appositive_speakers.py) shares a word with the sentence's, and
the two sentences share two more words of four letters or more (all of a short sentence's, newuser145);
unless a cited passage's sentence sharing those words uses the sentence's own kind in any form ("a denial"). A negated
verb ("has not denied", "declined to confirm"), a passive one ("the request was denied"), one after "to", words in
quotation marks and a sentence using both kinds are not read. English text is read, and French and Spanish
(their words in stances_languages.py).
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from . import patterns, stances_languages
from .appositive_speakers import appositive_speaker
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .pointed_denials import pointed_denials
from .sentences import inside, markers_blanked, sentence_of
from .wordset import may_hold

_DENYING = frozenset({"deny", "denies", "denied", "denying", "dispute", "disputes", "disputed", "disputing", "refute",
                      "refutes", "refuted", "refuting", "reject", "rejects", "rejected", "rejecting", "dismiss",
                      "dismisses", "dismissed", "dismissing"})
_ADMITTING = frozenset({"acknowledge", "acknowledges", "acknowledged", "acknowledging", "admit", "admits", "admitted",
                        "admitting", "concede", "concedes", "conceded", "conceding", "confirm", "confirms",
                        "confirmed", "confirming", "confess", "confesses", "confessed", "confessing",
                        # a figure or a claim accepted or endorsed, of one "disputed" (newuser_101)
                        "accept", "accepts", "accepted", "accepting", "endorse", "endorses", "endorsed", "endorsing"})
_STANCE = patterns.compile(r"(?<![\w-])(?:" + "|".join(patterns.longest_first(_DENYING | _ADMITTING)) + r")(?![\w-])",
                           re.IGNORECASE)
# any form of either kind in a passage ("its denial", "an admission"): the source gives that stance itself
_ANY = {True: patterns.compile(r"(?<!\w)(?:den(?:y|ies|ied|ying|ials?)|disput\w*|refut\w*|reject\w*|dismiss\w*)(?!\w)",
                               re.IGNORECASE),
        False: patterns.compile(r"(?<!\w)(?:acknowledg\w*|admi(?:t|ts|tted|tting|ssions?)|conce(?:de|des|ded|ding"
                                r"|ssions?)|confirm\w*|confess\w*|accept\w*|endors\w*)(?!\w)", re.IGNORECASE)}
# what makes a verb no stance taken: a negation, a passive, an infinitive ("asked Kabul to confirm")
_NOT_TAKEN = patterns.compile(r"(?<!\w)(?:not|n['’]t|never|neither|nor|no|without|refused|declined|failed|yet|to|is|are"
                              r"|was|were|be|been|being)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# where a clause starts: the speaker of a closing "..., the ministry denied" is the words after the comma
_CLAUSE_START = patterns.compile(r"[,;:(\u2013\u2014]|\s-\s|\bthat\b")
_SPEAKER_WORDS = 4
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "which", "when", "what", "would", "could", "claims",
                          "claim", "reports", "report", "reported", *_DENYING, *_ADMITTING})




class _Words(NamedTuple):
    """A language's words of stances: its verbs of each kind, their pattern, any form of each kind, what makes a verb
    no stance taken, where a clause starts, and the words that are no content."""

    denying: frozenset[str]
    stances: frozenset[str]
    pattern: re.Pattern
    any: dict[bool, re.Pattern]
    not_taken: re.Pattern
    clause_start: re.Pattern
    not_content: frozenset[str]
    code: str

    def may_take(self, text: str) -> bool:
        """Say whether text may hold a verb of either kind: False only where it surely holds none."""
        return may_hold(text, self.stances) if self.code == "en" else stances_languages.may_take(text, self.code)


def _other_language(code: str) -> _Words:
    """Return the words of stances of French or Spanish (stances_languages.py)."""
    denying, admitting = stances_languages.DENYING[code], stances_languages.ADMITTING[code]
    return _Words(denying, denying | admitting, stances_languages.stance_pattern(code),
                  {kind: patterns.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
                   for kind, words in stances_languages.ANY[code].items()},
                  patterns.compile(stances_languages.NOT_TAKEN[code], re.IGNORECASE),
                  patterns.compile(stances_languages.CLAUSE_START[code], re.IGNORECASE),
                  _NOT_CONTENT | denying | admitting | stances_languages.NOT_CONTENT, code)


_LANGUAGES = {"en": _Words(_DENYING, _DENYING | _ADMITTING, _STANCE, _ANY, _NOT_TAKEN, _CLAUSE_START, _NOT_CONTENT, "en"),
              **{code: _other_language(code) for code in stances_languages.DENYING}}


class _Stance(NamedTuple):
    """A verb of denying or admitting taken by a speaker, in a sentence."""

    shown: str
    denying: bool
    speaker: frozenset[str]  # the words before it in its clause
    words: frozenset[str]  # the sentence's words around it


def turned_stances(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text has a speaker deny what its cited passages have it admit, or admit what they
    have it deny."""
    code = (language or "en").split("-")[0].lower()
    words = _LANGUAGES.get(code)
    if words is None or not passages or not words.may_take(text):
        return []  # most sentences take no stance: found by a set lookup
    own = list(_stances(markers_blanked(text), words))
    if len({stance.denying for stance in own}) != 1:
        return []  # no stance, or both kinds: whose is which is not read here
    for stance in own:
        theirs = [found for passage in passages for found in _stances(_with_denials(passage, language), words)]
        turned = next((found for found in theirs if found.denying != stance.denying and found.speaker & stance.speaker
                       and _restates(stance.words - stance.speaker, found.words - found.speaker)
                       and not _deeds_turned(stance.shown, found.shown)), None)
        if turned is None or _kept(stance, passages, words):
            continue
        told, given = ("denied", "admitted") if stance.denying else ("admitted", "denied")
        return [Finding(offset, f"this sentence tells as {told} ('{stance.shown}') what its cited passages give as "
                                f"{given} ('{turned.shown}'): {clipped(text)}",
                        f"keep the speaker's stance as the source gives it ('{turned.shown}'), or cite a passage in "
                        f"which it is {told}")]
    return []


def _restates(own: frozenset[str], theirs: frozenset[str]) -> bool:
    """Say whether a sentence's words besides its speaker's are a passage's: two of them shared, or all of a short
    sentence's ("La STAV confirme ce chiffre" of "La STAV conteste ce chiffre" shares its one word, newuser145)."""
    shared = own & theirs
    return len(shared) >= 2 or bool(shared) and shared == own


# "accepted" of "rejected" or "dismissed" is a deed turned, which opposite_deeds.py names (factcheck_120); "accepts" of
# "disputes" or "denies" is a stance turned, named here (newuser_101)
_ACCEPTING = frozenset({"accept", "accepts", "accepted", "accepting", "endorse", "endorses", "endorsed", "endorsing"})
_REJECTING = frozenset({"reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing"})


def _deeds_turned(own: str, theirs: str) -> bool:
    """Say whether two verbs are an acceptance and a rejection, a deed's opposites rather than stances."""
    pair = {own.casefold(), theirs.casefold()}
    return bool(pair & _ACCEPTING and pair & _REJECTING)


def _stances(text: str, words: _Words = _LANGUAGES["en"]) -> Iterator[_Stance]:
    """Yield the stances text's verbs of denying and admitting take, outside quotation marks."""
    if not words.may_take(text):
        return
    quoted = quoted_parts(text)
    for verb in words.pattern.finditer(text):
        if inside(quoted, verb.start()) or words.not_taken.search(text, max(0, verb.start() - 40), verb.start()):
            continue
        before = text[max(0, verb.start() - 80):verb.start()]
        start = max((found.end() for found in words.clause_start.finditer(before)), default=0)
        named = before[start:] if before[start:].strip() else appositive_speaker(text, verb.start())
        speaker = content_words(" ".join(named.split()[-_SPEAKER_WORDS:]), words.not_content, names_of_three=True)
        around = content_words(sentence_of(text, verb.start()), words.not_content, names_of_three=True)
        if words.pattern is not _STANCE:  # French, Spanish: "ce que dément Southland"; "subventionner" as "-ne"
            speaker = stances_languages.stems(speaker or content_words(
                stances_languages.speaker_after(text, verb.end()), words.not_content, names_of_three=True))
            around = stances_languages.stems(around)
        yield _Stance(" ".join(text[verb.start():verb.end()].split()), verb.group().lower() in words.denying,
                      speaker, around)


def _with_denials(passage: Cited, language: str) -> str:
    """Return a passage's text with each denial it gives by pointing back spelled out ("Southland lo niega" after an
    accusation: "Southland niega la acusación de Northland que ..."), as pointed_denials.py reads it."""
    denials = pointed_denials(passage.text, passage.language or language)
    return " ".join((passage.text, *(denial.spelled for denial in denials))) if denials else passage.text


def _kept(stance: _Stance, passages: list[Cited], words: _Words) -> bool:
    """Say whether a cited passage's sentence sharing two of the stance's words gives the stance's own kind."""
    own = stance.words - stance.speaker
    stemmed = stances_languages.stems if words.pattern is not _STANCE else frozenset
    return any(_restates(own, stemmed(content_words(sentence_of(passage.text, found.start()), words.not_content,
                                                    names_of_three=True)))
               for passage in passages for found in words.any[stance.denying].finditer(passage.text))
