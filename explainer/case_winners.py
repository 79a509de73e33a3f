"""A case's winner kept: a party a court found liable not told as having won, the party it found for not as having lost.

"Corvane won the case" citing "a jury found Corvane Technologies liable for infringing two patents held by Brightwell",
or "Brightwell lost the case" citing it, built: no figure or quoted word to check, and the verdict is turned round. A
sentence telling a party won ("won the case", "won its lawsuit", "prevailed") is refused where a cited passage gives
that party the loss ("found Corvane liable", "Corvane was found liable", "ordered Corvane to pay", "ruled against
Corvane") and none gives it the win ("ruled in Corvane's favour", "cleared Corvane", "Corvane won"); a sentence
telling a party lost ("lost the case") is refused where the passages give it the win, or the loss to another party
and none to it; a court's ruling a sentence tells for or against a party ("ruled against Corvane", "found Corvane
liable", "ruled in Corvane's favour") is read as its win or loss. A party is read by the words that name it
(`owners.party_words`). English, French, Spanish and German text is read ("a gagné son procès", "ganó el juicio",
"gewann den Prozess": explainer/court_languages.py); words in quotation marks are not (tests/test_factcheck_85.py,
tests/test_factcheck_87.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .court_languages import Outcomes, outcomes_of
from .sentences import folded_word, inside, markers_blanked

_CASE = r"(?:the|its|their|a|this|her|his)\s+(?:[\w-]+\s+){0,2}?(?:case|lawsuit|suit|trial|dispute)"
# a party's win or loss a sentence tells: "Corvane won the case", "Brightwell has prevailed"
_TOLD = patterns.compile(rf"([\w'’-]+)\s+(?:has\s+|have\s+|had\s+)?(?:(won|lost)\s+{_CASE}|(prevailed))(?!\w)",
                         re.IGNORECASE)
_NAME = r"((?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
_LOST = patterns.compile(rf"(?:found|held|ruled)\s+{_NAME}\s+liable|ordered\s+{_NAME}\s+to\s+pay|ruled\s+against\s+"
                         rf"{_NAME}|{_NAME}\s+(?:was|were|is|are)\s+(?:found|held)\s+liable|{_NAME}\s+lost\s+{_CASE}",
                         re.IGNORECASE)
_WON = patterns.compile(rf"in\s+{_NAME}['’]s?\s+favou?r|in\s+favou?r\s+of\s+{_NAME}|cleared\s+{_NAME}|{_NAME}\s+"
                        rf"(?:won\s+{_CASE}|prevailed)", re.IGNORECASE)

# a court's finding for or against a party a sentence tells (factcheck_87): "the court ruled against Corvane" citing
# "ruled in Corvane's favour", "the jury found Brightwell liable" citing "found Corvane liable"
_RULED_FOR = patterns.compile(r"(?:ruled|found|decided)\s+(?:in\s+([\w'’-]+?)['’]s?\s+favou?r|in\s+favou?r\s+of\s+"
                              r"(?:the\s+)?([\w'’-]+)|for\s+(?!the\s)([A-Z][\w'’-]+))", re.IGNORECASE)
_RULED_AGAINST = patterns.compile(r"(?:ruled|found|decided)\s+against\s+(?:the\s+)?([\w'’-]+)|found\s+([\w'’-]+)\s+"
                                  r"(?:[\w'’-]+\s+)?liable|([\w'’-]+)\s+(?:was|were|is)\s+(?:found|held)\s+liable",
                                  re.IGNORECASE)


def winner_turned(text: str, passages: list[Cited], offset: int, language: str, parties: tuple) -> list[Finding]:
    """Return a finding where text tells a party won a case its passages give it as lost, or lost one they give it
    as won."""
    folded = text.casefold()
    outcomes = None if in_english(language) else outcomes_of(language)  # French, Spanish, German: court_languages.py
    if not parties or (outcomes is None and not in_english(language)) or not any(
            word in folded for word in (outcomes.may_tell if outcomes else ("won", "lost", "prevail", "ruled", "found",
                                                                            "decided", "liable"))):
        return []  # most sentences tell no case's end: found without reading their passages
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    told = [(match, _party(next(name for name in match.groups() if name), parties), won)
            for match, won in _told(spoken, outcomes)
            if not inside(quoted, match.start())]
    told = [(match, party, won) for match, party, won in told if party]
    if not told:
        return []
    losers = _named(passages, outcomes.lost if outcomes else _LOST, parties)
    winners = _named(passages, outcomes.won if outcomes else _WON, parties)
    for match, party, won in told:
        if won and party in losers and party not in winners:
            return [_finding(offset, text, match.group())]
        if not won and party not in losers and (party in winners or losers):
            return [_finding(offset, text, match.group())]
    return []


def _told(text: str, outcomes: Outcomes | None) -> list[tuple[re.Match, bool]]:
    """Return each win (True) or loss (False) of a party text tells, in English or in the language of `outcomes`."""
    if outcomes:
        return sorted([(match, True) for match in outcomes.told_won.finditer(text)]
                      + [(match, False) for match in outcomes.told_lost.finditer(text)],
                      key=lambda told: told[0].start())
    return sorted([(match, match.group(2) is None or match.group(2).casefold() == "won") for match in _TOLD.finditer(text)]
                  + [(match, True) for match in _RULED_FOR.finditer(text)]
                  + [(match, False) for match in _RULED_AGAINST.finditer(text)], key=lambda told: told[0].start())


def _finding(offset: int, text: str, told: str) -> Finding:
    """Return the finding of a case's end told the other way round."""
    said = " ".join(told.split())
    return Finding(offset, f"this sentence says '{said}' where its cited passages tell the case the other way round: "
                           f"{clipped(text)}",
                   "tell the outcome as the source does (\"was found liable\", \"was ordered to pay\"), or cite a "
                   "passage that gives it")


def _named(passages: list[Cited], pattern: re.Pattern, parties: tuple) -> frozenset[str]:
    """Return the ids of the parties `pattern` names in the passages."""
    return frozenset(party for passage in passages for match in pattern.finditer(passage.text)
                     for name in match.groups() if name for party in [_party(name, parties)] if party)


def _party(name: str, parties: tuple) -> str:
    """Return the id of the party words of `name` name ("" if none or more than one)."""
    words = {folded_word(word.removesuffix("'s").removesuffix("’s").rstrip("'’")) for word in name.split()}
    named = {party for party, party_words in parties if words & party_words}
    return next(iter(named)) if len(named) == 1 else ""
