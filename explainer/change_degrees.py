"""A change's degree kept: a slight change may not be told as a sharp one, nor a sharp one as slight.

"Turnout rose sharply" citing "Turnout was 38.2%, slightly higher than the 36.9% recorded at the last election in 2022"
built (tests/test_factcheck_238.py): the direction was the passage's, and no check read how far it went. An English
sentence telling a change's degree beside a word of its direction, within two words ("rose sharply", "sharply
higher", "a steep fall", "fell dramatically"; or a verb that holds both: "soared", "plunged"; "edged up") is refused
where no cited passage tells a degree of that side, a cited passage's clause tells one of the other side beside a
direction ("slightly higher", "rose marginally"), and that clause shares a word of four letters or more with the
sentence's clause telling the degree (its subject: "turnout"). A passage giving both degrees, of one thing or of
two, backs either; words in quotation marks are not read, nor a negated degree ("did not rise sharply").
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked

_DIRECTION = (r"(?:rose|rise|rises|rising|risen|grew|grow|grows|growing|grown|increase[ds]?|increasing|fell|fall|falls"
              r"|falling|fallen|dropped|drop|drops|dropping|declined?|declines|declining|decreased?|decreases"
              r"|climbed|climb|climbs|gained|gain|gains|higher|lower|up|down|more|less|fewer|upward|downward)")
_SHARP_WORD = (r"(?:sharply|steeply|dramatically|substantially|significantly|markedly|considerably|rapidly|sharp|steep"
               r"|dramatic|substantial|significant|marked|considerable|rapid|much|far)")
_SLIGHT_WORD = r"(?:slightly|marginally|modestly|a\s+little|a\s+bit|slight|marginal|modest|small)"
_NEAR = r"(?:\s+[\w'’-]+){0,2}?\s+"


def _degree(words: str, verbs: str) -> re.Pattern:
    """Return a pattern of a degree's word within two words of a direction's, either way round, or of a verb holding
    both."""
    return patterns.compile(rf"(?<![\w'’-])(?:{words}{_NEAR}{_DIRECTION}|{_DIRECTION}{_NEAR}{words}|{verbs})"
                            r"(?![\w'’-])", re.IGNORECASE)


_SHARP = _degree(_SHARP_WORD, r"soar\w*|surg(?:e|es|ed|ing)|plung\w*|plummet\w*|slump\w*|skyrocket\w*|doubled"
                              r"|tripled|halved")
_SLIGHT = _degree(_SLIGHT_WORD, r"edg(?:e|es|ed|ing)\s+(?:up|down|higher|lower|upward|downward)|inch(?:ed|es|ing)?\s+"
                                r"(?:up|down|higher|lower)|ticked\s+(?:up|down)")
_NEGATED_BEFORE = patterns.compile(r"(?<![\w'’-])(?:not|never|n['’]t|nor)(?:\s+[\w'’-]+)?\s+$", re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r"[;!?]|\.(?!\d)|,\s+(?:and|but|while|whereas|although|though)(?!\w)"
                                 r"|\s(?:but|while|whereas)\s", re.IGNORECASE)
_NOT_SHARED = frozenset({"rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "higher", "lower",
                         "sharply", "slightly", "than", "from", "with", "that", "this", "were", "which", "recorded",
                         "increase", "increased", "decline", "declined", "dropped", "marginally", "steeply"})
_MAY_TELL = ("sharp", "steep", "dramatic", "substantial", "significant", "marked", "considerabl", "rapid", "much",
             "far", "soar", "surg", "plung", "plummet", "slump", "skyrocket", "slight", "marginal", "modest", "little",
             "bit", "small", "edg", "inch", "ticked", "doubled", "tripled", "halved")


def degree_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a change as sharp (or slight) whose cited passages tell it only slight (or
    sharp)."""
    folded = text.casefold()
    if not in_english(language) or not passages or not any(word in folded for word in _MAY_TELL):
        return []  # most sentences tell no change's degree
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for own, other, told_as, given_as in ((_SHARP, _SLIGHT, "sharp", "slight"), (_SLIGHT, _SHARP, "slight", "sharp")):
        told = _told(spoken, own, quoted)
        if told is None or _told(spoken, other, quoted) is not None:
            continue  # none told; or both ("fell sharply after a slight rise"): which is which is not plain
        if any(_told(passage.text, own) for passage in passages):
            continue  # a passage tells that degree itself
        mine = content_words(_clause_of(spoken, told.start()), _NOT_SHARED)  # its own clause's subject
        for passage in passages:
            theirs = _told(passage.text, other)
            if theirs is not None and mine & content_words(_clause_of(passage.text, theirs.start()), _NOT_SHARED):
                return [Finding(offset, f"this sentence tells as {told_as} ('{' '.join(told.group().split())}') a "
                                        f"change its cited passages give as {given_as} "
                                        f"('{' '.join(theirs.group().split())}'): {clipped(text)}",
                                "keep the source's degree of the change, or cite a passage that gives this one")]
    return []


def _told(text: str, pattern: re.Pattern, quoted=()) -> re.Match | None:
    """Return the first degree of `pattern` in text, not quoted nor negated; or None."""
    return next((match for match in pattern.finditer(text) if not inside(quoted, match.start())
                 and not _NEGATED_BEFORE.search(text, max(0, match.start() - 20), match.start())), None)


def _clause_of(text: str, at: int) -> str:
    """Return the clause of text holding position `at`."""
    start = max((stop.end() for stop in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    end = next((stop.start() for stop in _CLAUSE_BREAK.finditer(text, at)), len(text))
    return text[start:end]
