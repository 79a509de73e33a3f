"""The next stage kept to come: a sentence may not tell as reached a body or court its passages give as the next one.

"The bill passed the Senate" citing "The bill passed the House and now goes to the Senate" (or "heads to", "will be
voted on by", "is expected to reach"), and "The case reached the Supreme Court" citing "The case will be appealed to
the Supreme Court", take the bill or the case one stage further than the source. A passage gives a body as the next
stage after "goes to", "heads to", "is heading for", "is going to", "is on its way to", "moves to", "will go before", "will be voted on by", "is expected to reach", "will
be appealed to", "awaits a vote in" and the like; a sentence tells it reached where a past deed stands right before
its name ("passed", "cleared", "reached", "went before", "was approved by", "was appealed to") or right after it ("the
Senate approved", "the Supreme Court ruled"). It is refused where no cited passage tells that body's stage as
reached itself. Negated deeds ("has not reached") and words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked
from .wordset import may_hold

# A body or court, named as a name ("the Senate", "the Supreme Court", "Parliament") or by the few common words that
# name a chamber or court without one ("the upper house", "a higher court").
_BODY = (r"(?P<body>(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*"
         r"|(?:upper|lower|full)\s+(?:house|chamber)|(?:a\s+)?higher\s+court|appeals?\s+court|court\s+of\s+appeals?))")
# a party on its way to a court has not been before it: "are heading for the High Court", "is going to the courts"
_NEXT = (r"(?:(?:now|next|then)\s+)?(?:goes|heads|moves|passes)\s+to|heads\s+for"
         r"|(?:(?:is|are|was|were)\s+)?(?:heading|headed|going|bound)\s+(?:for|to)"
         r"|(?:is|are|was|were)\s+on\s+(?:its|their|the)\s+way\s+to|will\s+(?:go|head)\s+for"
         r"|(?:will|(?:is|are)\s+(?:expected|due|set|likely|scheduled)\s+to)\s+(?:(?:go|head|move|pass)\s+to"
         r"|reach|go\s+before|come\s+before|be\s+(?:voted\s+on|considered|debated|taken\s+up|heard|reviewed"
         r"|appealed|referred|sent)\s+(?:by|in|to|before))"
         r"|(?:awaits|faces)\s+(?:a\s+)?(?:vote|approval|ruling|hearing)\s+(?:in|by|from|of|before)")
_NEXT_BODY = patterns.compile(r"(?<![\w-])(?i:" + _NEXT + r")\s+" + _BODY)
_DONE = (r"passed|cleared|reached|went\s+(?:to|before|through)|came\s+before|got\s+through"
         r"|won\s+(?:approval|backing|a\s+vote)\s+(?:in|from|of)"
         r"|(?:was|were|been|has\s+been|have\s+been)\s+(?:approved|passed|backed|adopted|ratified|endorsed|upheld"
         r"|heard|voted\s+(?:on|through)|appealed|referred|taken\s+up|considered|debated)\s+(?:by|in|to|before)"
         r"|approved\s+by|backed\s+by|passed\s+by|adopted\s+by")
_DONE_BEFORE = patterns.compile(r"(?<![\w-])(?i:" + _DONE + r")\s+" + _BODY)
_DONE_AFTER = patterns.compile(
    _BODY + r"\s+(?:(?:has|have)\s+)?(?:passed|approved|backed|adopted|ratified|endorsed|upheld|heard|ruled|voted"
            r"|rejected|overturned|cleared|agreed|signed\s+off|struck\s+down|threw\s+out|dismissed)(?![\w-])")
_NEGATED = patterns.compile(r"(?<![\w-])(?:not|never|n['’]t|yet\s+to|no\s+longer)(?:\s+\w+)?\s*$", re.IGNORECASE)
# The words a sentence telling a stage reached holds one of, looked up before any pattern runs.
_DONE_WORDS = frozenset({"passed", "cleared", "reached", "went", "came", "got", "won", "approved", "backed", "adopted",
                         "ratified", "endorsed", "upheld", "heard", "voted", "appealed", "referred", "taken",
                         "considered", "debated", "ruled", "rejected", "overturned", "agreed", "signed", "struck",
                         "threw", "dismissed"})
_NEXT_WORDS = frozenset({"heading", "headed", "going", "bound", "way",
                         "goes", "heads", "moves", "passes", "will", "expected", "due", "set", "likely", "scheduled",
                         "awaits", "faces"})
_NOT_CONTENT = frozenset({"the", "of"})


def next_stage_as_reached(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as reached a body or court that its passages give only as the next stage."""
    if not in_english(language) or not may_hold(text, _DONE_WORDS):
        return []  # most sentences tell no stage reached
    nexts = [found for passage in passages if may_hold(passage.text, _NEXT_WORDS)
             for found in _next_bodies(passage.text)]
    if not nexts:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for told, body in _reached(spoken):
        if inside(quoted, told.start()):
            continue
        for words, said in nexts:
            if words <= body and not any(words <= reached for passage in passages
                                         for reached in _reached_bodies(passage.text)):
                return [Finding(offset, f"this sentence tells as reached ('{' '.join(told.group().split())}') a "
                                        f"stage its cited passages give as the next one ('{said}'): {clipped(text)}",
                                "say the stage the source says was reached, and the next as still to come, or cite a "
                                "passage that says this")]
    return []


def _reached(text: str) -> list[tuple[re.Match, frozenset[str]]]:
    """Return each place text tells a body's stage reached, with the body's words; negated ones left out."""
    found = [*_DONE_BEFORE.finditer(text), *_DONE_AFTER.finditer(text)]
    return [(match, _body_words(match.group("body"))) for match in found
            if not _NEGATED.search(text, max(0, match.start() - 20), match.start())]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _next_bodies(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """Return each body a passage gives as the next stage: its words, and the words giving it, as written."""
    return tuple((words, " ".join(match.group().split())) for match in _NEXT_BODY.finditer(text)
                 if (words := _body_words(match.group("body"))))


@functools.lru_cache(maxsize=1 << 12)
def _reached_bodies(text: str) -> tuple[frozenset[str], ...]:
    """Return the words of each body a passage tells reached."""
    return tuple(body for _, body in _reached(text))


def _body_words(body: str) -> frozenset[str]:
    """Return the words naming a body, folded ("the Supreme Court": "supreme", "court")."""
    return content_words(body, _NOT_CONTENT)
