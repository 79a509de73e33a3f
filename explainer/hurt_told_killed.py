"""Victims hurt not told killed: "Taliban civilians killed (how many is not given), 11 wounded and 13 civilians injured"
may not cite "Kabul have acknowledged Taliban fighters killed, 11 wounded, and 13 civilians injured".

A passage may give one group killed and another hurt; a sentence moving the group hurt among the dead ("civilians"
for "fighters") kept every word of the passage and built (benchmarks/mutations.py, factcheck214). Here a sentence
telling civilians, children, women or bystanders killed in so many words ("civilians killed", "civilians were
killed", "the civilians Kabul acknowledged were killed", "civilians died", "civilian deaths", "killed civilians",
"killing 13 civilians") is refused where a cited passage tells that group hurt ("13 civilians injured", "wounded
nine civilians") and no cited passage tells it killed: a word of death ("killed", "dead", "died", "deaths",
"lives") and the group in one clause with no word of hurt between them ("killed five people, among them civilians"
tells it; "fighters killed, 11 wounded, and 13 civilians injured" does not). A sentence's negated death ("no
civilians were killed", "none of the civilians") and words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_GROUP = r"(?:civilians?|children|child|women|bystanders?)"
_DEATH = r"(?:killed|killing|kills|dead|died|dies|deaths?|lives|fatalities)"
_HURT = r"(?:injured|injuring|injures|injuries|wounded|wounding|wounds|hurt)"
_COUNT = r"(?:\d[\d,]*|\w+)\s+"
# a reporting clause between a group and its verb: "the civilians Kabul acknowledged were killed"
_SAYER = (r"(?:(?:that|who|whom)\s+)?(?:it|they|he|she|(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})\s+"
          r"(?:acknowledged|acknowledges|said|says|confirmed|confirms|reported|reports|admitted|admits)\s+")
# a sentence's group told killed in so many words
_TOLD_KILLED = patterns.compile(
    rf"(?<![\w'’-])(?P<group>{_GROUP})\s+(?:{_SAYER})?(?:(?:were|was|have\s+been|had\s+been|being)\s+)?"
    rf"(?:killed|died|dead)"
    rf"(?![\w'’-])|(?<![\w'’-])civilian\s+deaths(?![\w'’-])"
    rf"|(?<![\w'’-])(?:killed|killing|kills)\s+(?:{_COUNT})?(?P<object>{_GROUP})(?![\w'’-])", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<![\w'’-])(?:no|not|none|never|nor|without|n['’]t)(?![\w'’-])", re.IGNORECASE)
# a passage's group told hurt: the group, then a word of hurt, or a word of hurt, then the group, in a few words
_TOLD_HURT = patterns.compile(
    rf"(?<![\w'’-]){_GROUP}\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?{_HURT}(?![\w'’-])"
    rf"|(?<![\w'’-]){_HURT}\s+(?:{_COUNT})?(?:other\s+)?{_GROUP}(?![\w'’-])", re.IGNORECASE)
_CLAUSES = patterns.compile(r"[.;:!?]\s|\n")
_WORDS = patterns.compile(r"[\w'’-]+")


def hurt_told_killed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a group killed that a cited passage tells only hurt."""
    if not passages or not in_english(language):
        return []
    spoken = markers_blanked(text)
    told = [match for match in _TOLD_KILLED.finditer(spoken) if not inside(quoted_parts(spoken), match.start())
            and not _NEGATED.search(_words_before(spoken, match.start()) + " " + match.group())]
    if not told:
        return []  # most sentences tell no group killed
    theirs = [passage.text for passage in passages]
    hurt = [found for passage in theirs for found in _TOLD_HURT.finditer(passage)]
    if not hurt or any(_told_killed_in(passage) for passage in theirs):
        return []
    return [Finding(offset + told[0].start(), f"this sentence tells '{told[0].group()}' where its cited passages "
                                              f"tell them hurt ('{hurt[0].group()}'), not killed: {clipped(text)}",
                    "keep who was killed and who was hurt as the source gives them")]


def _words_before(text: str, at: int) -> str:
    """Return the three words of text's clause before `at`: "no civilians", "none of the civilians" negate the death,
    "gives no number for the Taliban civilians" does not."""
    starts = [match.end() for match in _CLAUSES.finditer(text, 0, at)]
    return " ".join(_WORDS.findall(text[starts[-1] if starts else 0:at])[-3:])


def _told_killed_in(passage: str) -> bool:
    """Say whether a passage tells a group killed: a word of death and the group in one clause, no word of hurt
    between them."""
    for clause in _CLAUSES.split(passage):
        words = [word.casefold() for word in _WORDS.findall(clause)]
        groups = [at for at, word in enumerate(words) if re.fullmatch(_GROUP, word)]
        deaths = [at for at, word in enumerate(words) if re.fullmatch(_DEATH, word)]
        for group in groups:
            for death in deaths:
                between = words[min(group, death) + 1:max(group, death)]
                if not any(re.fullmatch(_HURT, word) for word in between):
                    return True
    return False
