"""Who accused whom: "Norlandia accused the Isles of fishing first" may not cite "He ... accused Norlandia of
'fishing first and negotiating later'".

An accusation has two sides, and told the wrong way round it stands on every word of its passage. The speaker check
reads whose words an accusation is only where a passage names its accuser, and a pronoun ("He said ... and accused
Norlandia of") names none; the one accused is named, though, right after the verb. A sentence's accusation ("A
accused B of ...", "accuses", "has accused", "is accusing"; a passive, "B was accused by A of ...", "B stands
accused of ..."; French "A accuse B de", "a accusé"; Spanish "A acusó a B de", "acusa"; German "A beschuldigt B",
"wirft B ... vor") is read against each cited passage's accusation of the same thing (its words after "of" share one of
four letters or more with the sentence's, or either gives none): it is refused where its accuser is a party those
passages give only as accused ("this sentence has Norlandia accuse ..., but its cited passages have Norlandia
accused"), or where its accused is a party and every such passage accuses another party. A passage's accuser is the
name right before its verb, where it names one. Words in quotation marks are the accusation's, read as its words.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import folded_word, markers_blanked
from .speakers import parties_of

# A name: up to four capitalised words, after an article ("the Isles", "la Norlandia", "den Inseln")
_NAME = (r"(?:(?:(?:the|The|la|La|le|Le|les|Les|l['’]|L['’]|el|El|los|Los|las|Las|die|Die|der|Der|den|Den|dem"
         r"|Dem)\s*)?"
         r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
         # or a party's lowercase noun after "the" ("accused the ministry of": newuser_95, the accused read as no one)
         r"|(?:the|The)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?=\s+of(?!\w)|\s*[.;!?]|\s*$))")
_AUXILIARY = (r"(?:(?:has|have|had|also|again|repeatedly|publicly|openly|then|later|previously|now|a|ont|avait|ha|han"
              r"|había|hat|haben|hatte|auch|erneut)\s+)*")
# (a verb may open its sentence, its accuser named before: "Acusó a Norlandia de ...")
_ACTIVE = patterns.compile(
    rf"(?:(?P<accuser>{_NAME})\s+{_AUXILIARY})?(?<!\w)(?:(?i:accused|accuses|accuse|accusing|(?:is|are|was|were)\s+"
    # a participle ending its sentence tells whom, not of what: a quote's context, "Accusing the finance ministry."
    rf"accusing)\s+(?P<en>{_NAME})(?:\s+of|(?=\s*[.;!?]|\s*$))|(?i:accuse|accusent|accusé|accusait|accusaient)\s+(?P<fr>{_NAME})\s+(?:de|d['’])"
    rf"|(?i:acusa|acusan|acusó|acusaron|acusado|acusaba|acusaban)\s+a\s+(?P<es>{_NAME})\s+de"
    rf"|(?i:beschuldigt|beschuldigte|beschuldigten|wirft|werfen|warf|warfen|vorgeworfen)\s+(?P<de>{_NAME}))"
    r"(?P<what>[^.;!?]*)")
_PASSIVE = patterns.compile(
    rf"(?P<accused>{_NAME})\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|stands|stand|stood)\s+accused\s+"
    rf"(?:by\s+(?P<accuser>{_NAME})\s+)?of(?P<what>[^.;!?]*)")
_GATE = ("accus", "Accus", "acus", "Acus", "beschuldig", "wirft", "werfen", "warf", "vorgeworfen")
_WORD = patterns.compile(r"[^\W\d_]{4,}")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "which", "also", "being", "avoir", "être", "haber", "sido"})


class Accusation(NamedTuple):
    """An accusation read: its accuser's and the accused's parties (either may be none), and its content words."""

    accuser: frozenset[str]
    accused: frozenset[str]
    words: frozenset[str]
    accused_shown: str
    accuser_shown: str


def accusation_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                       parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text gives an accusation's accuser to the party its passages accuse, or accuses a party
    where they accuse another."""
    if len(parties) < 2 or not any(gate in text for gate in _GATE):
        return []  # most sentences accuse no one: found by substring searches
    theirs = [each for passage in passages for each in _accusations(passage.text, parties)]
    if not theirs:
        return []
    for own in _accusations(markers_blanked(text), parties):
        same = [each for each in theirs if not own.words or not each.words or own.words & each.words]
        if not same or any(own.accuser & each.accuser and own.accused & each.accused for each in same):
            continue  # the passages accuse no one of this, or one of them tells it as the sentence does
        accused_there = next((each for each in same if own.accuser & each.accused), None)
        if accused_there is not None and not any(own.accuser & each.accuser for each in same):
            return [Finding(offset, f"this sentence has {own.accuser_shown} accuse {own.accused_shown or 'another'}, "
                                    f"but its cited passages have {accused_there.accused_shown} accused: "
                                    f"{clipped(text)}",
                            "tell who accused whom as the source does, or cite a passage that gives this accusation")]
        if own.accused and all(each.accused and not each.accused & own.accused for each in same):
            return [Finding(offset, f"this sentence has {own.accused_shown} accused where its cited passages accuse "
                                    f"{same[0].accused_shown}: {clipped(text)}",
                            "tell who accused whom as the source does, or cite a passage that gives this accusation")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _accusations(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[Accusation, ...]:
    """Return the accusations of text whose accuser or accused is a party of the briefing."""
    if not any(gate in text for gate in _GATE):
        return ()
    found = []
    for match in (*_ACTIVE.finditer(text), *_PASSIVE.finditer(text)):
        accused = match["accused"] if "accused" in match.re.groupindex else next(
            name for name in (match["en"], match["fr"], match["es"], match["de"]) if name)
        read = Accusation(_named(match["accuser"] or "", parties), _named(accused, parties),
                          _content(match["what"], parties), _shown(accused), _shown(match["accuser"] or ""))
        if read.accuser or read.accused:
            found.append(read)
    return tuple(found)


def _named(name: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a name's capitalised words name."""
    words = name.split()
    lowercase = len(words) > 1 and words[0].casefold() == "the" and words[1][0].islower()  # "the ministry"
    return parties_of(frozenset(folded_word(word) for word in words[1 if lowercase else 0:]
                                if lowercase or word[0].isupper()), parties)


def _shown(name: str) -> str:
    """Return a name as a sentence's middle writes it: "the Isles", its article lowercase."""
    return re.sub(r"^(The|La|Le|Les|El|Los|Las|Die|Der|Den|Dem)(?=\s)", lambda m: m.group().lower(), name.strip())


def _content(words: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the words of four letters or more of what an accusation accuses of, folded, party words aside."""
    named = frozenset().union(*(own for _, own in parties))
    return frozenset(word for word in (folded_word(found) for found in _WORD.findall(words))
                     if word not in _NOT_CONTENT and word not in named)
