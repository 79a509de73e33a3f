"""A cause the source leaves open, told as known: "The hospital said the solvent caused nausea and headaches in 15
people" may not cite "A hospital spokesman said it could not say whether the symptoms were caused by the solvent",
nor "The regulator said the leak caused the fish deaths" cite "The regulator said it had not yet confirmed the cause of
the deaths" (tests/test_newuser_138.py). causes.py lets any cause word of a passage back a sentence's cause, and these
passages hold one ("caused", "cause"), though only to say the cause is not known.

A passage leaves a cause open where its cause word ("caused", "cause", "because", "due to", "blame", ...) comes after
"whether", "unclear", "unknown", "yet to", or a "not" or "no" shortly before "say", "know", "confirm", "establish",
"determine", "clear" or "tell", in one sentence. A sentence is refused where it gives a cause by such a word, itself
leaves nothing open (no "whether", "not", "no", "may", "might", "could", "possibly", "unclear", "suspected", "if",
"investigat..."), shares a content word with the open clause (the solvent, the deaths), and every cause word of its
cited passages is such an open one: a passage stating a cause anywhere lets causes.py judge it. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked

_CAUSE_WORD = patterns.compile(r"(?<!\w)(?:caus\w*|because|due\s+to|owing\s+to|as\s+a\s+result\s+of|led\s+to"
                               r"|blam\w*|to\s+blame|responsible\s+for)(?!\w)", re.IGNORECASE)
# what leaves a cause open before its word, in the passage's sentence
_OPEN = patterns.compile(r"(?<!\w)(?:whether|unclear|unknown|yet\s+to|(?:not|no|n['’]t|never)(?:\s+\w+){0,3}?\s+"
                         r"(?:say|said|know|known|confirm\w*|establish\w*|determin\w*|clear|tell|told|identif\w*)"
                         r"|no\s+(?:\w+\s+)?(?:evidence|proof|sign))(?!\w)", re.IGNORECASE)
# what leaves the sentence's own cause open, or says it is not known
_HEDGED = patterns.compile(r"(?<!\w)(?:whether|if|not|no|n['’]t|never|neither|nor|may|might|could|can|possibl\w*"
                           r"|perhaps|probabl\w*|likely|unlikely|unclear|unknown|uncertain|suspect\w*|investigat\w*"
                           r"|yet|question\w*|believ\w*|think\w*|thought|suggest\w*|alleg\w*|appear\w*|seem\w*)(?!\w)",
                           re.IGNORECASE)
_STOP = patterns.compile(r"[.;!?](?:\s|$)")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "after", "before", "then", "later", "since", "caused",
                          "cause", "causes", "because", "blamed", "blame", "which", "what", "when", "could", "would",
                          "whether", "confirmed", "confirm", "spokesman", "spokesperson", "spokeswoman"})


def open_cause_told_known(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a cause its cited passages give only as not known."""
    if not in_english(language) or not passages:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    cause = next((match for match in _CAUSE_WORD.finditer(spoken) if not inside(quoted, match.start())), None)
    if cause is None or _HEDGED.search(spoken):
        return []
    open_clauses = []
    for passage in passages:
        for sentence in _sentences(passage.text):
            for word in _CAUSE_WORD.finditer(sentence):
                opener = _last_open(sentence[:word.start()])
                if opener is None:
                    return []  # a cause the passage states: causes.py's to judge
                open_clauses.append(sentence[opener:])
    shared = content_words(spoken, _NOT_CONTENT)
    clause = next((clause for clause in open_clauses if content_words(clause, _NOT_CONTENT) & shared), None)
    if clause is None:
        return []
    return [Finding(offset, f"this sentence gives a cause ('{' '.join(cause.group().split())}') that its cited "
                            f"passages leave open ({clipped(clause.strip(), 90)}): {clipped(text)}",
                    "say, as the source does, that the cause is not known, or cite a passage that gives it")]


def _sentences(text: str) -> list[str]:
    """Return a passage's sentences, each with its stop."""
    found, start = [], 0
    for stop in _STOP.finditer(text):
        found.append(text[start:stop.end()])
        start = stop.end()
    return found + [text[start:]] if text[start:].strip() else found


def _last_open(before: str) -> int | None:
    """Return where the last opener of a cause stands in the words before it, or None."""
    last = None
    for match in _OPEN.finditer(before):
        last = match.start()
    return last
