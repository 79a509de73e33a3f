"""A trial's whole kept: "The trial enrolled 7,100 adults" may not cite "The trial enrolled 14,200 adults aged 60 and
over: 7,100 received the vaccine and 7,100 received a placebo".

A passage gives a trial's (or study's) whole where "trial" or "study" is the subject of "enrolled", "recruited",
"included" or "involved" and a figure follows ("The trial enrolled 14,200 adults"); the other figures of its sentence
count parts of it. A sentence giving the trial (or study) a figure after such a verb is refused where a cited passage
gives the trial another whole and that figure only as a part of it, and the clause around the figure names no part
("in each arm", "per arm", "to the vaccine", "half of them"). English text is read; quoted words are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked, split_sentences

_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_WHOLE = patterns.compile(rf"(?<![\w-])(?:trial|study)\s+(?:has\s+|had\s+)?(?:enrolled|enrols|enrolls|recruited"
                          rf"|recruits|included|includes|involved|involves)\s+(?:a\s+total\s+of\s+|some\s+|about\s+)?"
                          rf"(?P<figure>{_NUMBER})(?![\d,.]\d)", re.IGNORECASE)
_FIGURE = patterns.compile(rf"(?<![\w.,])(?:{_NUMBER})(?![\d,.]\d)")
_CLAUSE_END = patterns.compile(r"[,;:.!?()]|\s(?:and|but|who|which|of\s+whom)\s")
# a part named in the clause: "in each arm", "per arm", "given the vaccine", "half of them", "in the placebo group"
_PART = patterns.compile(r"(?<!\w)(?:each|per|arms?|groups?|half|vaccine|placebo|drug|treatment|control|received"
                         r"|given|cohort)(?!\w)", re.IGNORECASE)


def part_told_as_trial_whole(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a trial as a whole a figure its cited passages give only to a part of it."""
    if not in_english(language) or not passages or ("trial" not in text and "study" not in text):
        return []
    own = unquoted(markers_blanked(text))
    for told in _WHOLE.finditer(own):
        end = _CLAUSE_END.search(own, told.end())
        if _PART.search(own, told.end(), end.start() if end else len(own)):
            continue  # "enrolled 7,100 adults in each arm"
        figure = told["figure"].replace(",", "")
        wholes, parts = _read(passages)
        if wholes and figure not in wholes and figure in parts:
            whole = next(iter(sorted(wholes)))
            message = (f"this sentence gives {told['figure']} as the whole trial's, but its cited passages give the "
                       f"trial {int(whole):,} and {told['figure']} as a part of it: {clipped(text)}")
            return [Finding(offset + told.start("figure"), message,
                            "give the trial's whole as the source does, or name the part the figure counts")]
    return []


def _read(passages: list[Cited]) -> tuple[frozenset[str], frozenset[str]]:
    """Return the figures the passages give as a trial's whole, and the other figures of the sentences giving one."""
    wholes, parts = set(), set()
    for passage in passages:
        for sentence in split_sentences(passage.text, passage.language or "en"):
            found = [match["figure"].replace(",", "") for match in _WHOLE.finditer(sentence.text)]
            if not found:
                continue
            wholes.update(found)
            parts.update(match.group().replace(",", "") for match in _FIGURE.finditer(sentence.text))
    return frozenset(wholes), frozenset(parts - wholes)
