"""An end kept as an end: a state a passage ends may not be told as going on, nor what it gives as going on as over.

"The border remains closed" (or "is still closed", "has been closed since February") citing "The border was closed
in February and reopened in March" keeps a state the source ends; so does "The strike is still going on" citing "the
strike ended on Tuesday". The other way, "The strike ended on Tuesday" citing "The strike entered its second week on
Tuesday", or "Southland's president resigned" citing "Southland's president survived a vote to remove him", ends
what the source gives as going on. Kinds of state and the words that end them: closed or shut / reopened; detained,
held or jailed / released or freed; in place or in force / lifted, scrapped or repealed; halted or suspended /
resumed; going on, ongoing or under way / ended, called off or over; in office / resigned, stepped down or ousted
(against "survived", "remains in office"); talks or a process told as failed (collapsed, broke down, fell apart,
failed, was abandoned or called off) against a round to come ("will resume", "set to continue", "adjourned until
Monday"): "The talks collapsed" citing "The talks will resume next week" tells an end the source does not. A state is told as going on by "remains", "still", "continues" or "has
been ... since". Each is refused where the passage's words before the end (or the going on) and the sentence's words
before its own share a word of four letters or more ("border", "strike"), and no cited passage says what the sentence
does itself. Negated sentences and words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .records import record
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold


@record
class _Kind:
    """A kind of state: the words telling it, those ending it, and those telling it goes on against an end."""

    state: re.Pattern
    end: re.Pattern
    going_on: re.Pattern | None  # what a passage says of it against a sentence's end; None: not read that way


def _words(alternatives: str) -> re.Pattern:
    """Return a pattern of whole words, spaces read as any run of spaces."""
    spaced = alternatives.replace(" ", r"\s+")
    return patterns.compile(rf"(?<![\w-])(?:{spaced})(?![\w-])", re.IGNORECASE)


_GOING_ON = "going on|ongoing|under way|underway|in progress|continues|continuing"
_KINDS = (
    _Kind(_words("closed|shut|sealed"), _words("reopened|reopens|re-opened"), None),
    _Kind(_words("detained|jailed|imprisoned|in custody|behind bars"), _words("released|freed|set free"), None),
    _Kind(_words("in place|in force|in effect"), _words("lifted|scrapped|repealed|revoked"), None),
    _Kind(_words("halted|suspended|paused"), _words("resumed|resumes|restarted"), None),
    _Kind(_words(_GOING_ON),
          _words("ended|ends|came to an end|called off|(?:is|was|were|are) over|concluded"),
          _words("entered (?:its|their|a|the)|continued|continues|goes on|went on|dragged on|is in its|was in its")),
    _Kind(_words("in office|in power|in post"),
          _words("resigned|resigns|stepped down|steps down|quit|ousted|toppled|(?:was|were|been) removed"),
          _words("survived|survives|remains in office|remained in office|stays in office|stayed in office"
                 "|refused to resign|refuses to resign|clung to power")),
    # talks or a process told as failed where the source gives a next round: "collapsed" for "will resume next week"
    _Kind(_words("adjourned|in recess"),
          _words("collapsed|broke down|broken down|fell apart|fell through|failed(?! to)|(?:was|were|been) abandoned"
                 "|(?:was|were|been) called off|ended|came to an end"),
          _words("(?:will|would|to|set to|due to|expected to) (?:resume|continue|reconvene|go on)|(?:was|were|been|is|are)"
                 " adjourned (?:until|till|to)|adjourned (?:until|till)|(?:will|would) meet again|next round")),
)
_STILL = _words("remains|remain|still|continues to be|continue to be|to this day|" + _GOING_ON)
_SINCE = _words("(?:has|have) been")
_SINCE_AFTER = _words("since|ever since")
_NEGATED = _words("not|no longer|never|n['’]t|no")
# A sentence's words that may open either reading (a state and a word keeping it, or an end): looked up before
# any pattern runs.
_STILL_WORDS = frozenset({"remains", "remain", "still", "continues", "continue", "continuing", "ongoing", "going",
                          "way", "underway", "progress", "since"})
_STATE_WORDS = frozenset({"closed", "shut", "sealed", "detained", "jailed", "imprisoned", "custody", "bars", "place",
                          "force", "effect", "halted", "suspended", "paused", "going", "ongoing", "way", "underway",
                          "progress", "continues", "continuing", "office", "power", "post"})
_END_WORDS = frozenset({"ended", "ends", "end", "off", "over", "concluded", "resigned", "resigns", "stepped", "steps",
                        "quit", "ousted", "toppled", "removed", "collapsed", "broke", "broken", "apart", "through",
                        "failed", "abandoned"})
_UNTIL = _words("until|till|before")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "remains", "remain", "still", "continues", "continue",
                          "since", "ever", "going", "ongoing", "place", "force", "effect", "office", "power",
                          "closed", "detained", "jailed", "imprisoned", "custody", "behind", "bars", "halted",
                          "suspended", "paused", "sealed", "progress", "underway", "continuing", "today"})


def ended_states(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as going on a state a passage restating it ends, or as over what a passage
    gives as going on."""
    if not in_english(language) or not ((may_hold(text, _STATE_WORDS) and may_hold(text, _STILL_WORDS))
                                        or may_hold(text, _END_WORDS)):
        return []  # most sentences say neither
    spoken = markers_blanked(text)
    if _NEGATED.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    for kind in _KINDS:
        found = _kept_going(spoken, quoted, kind, passages) or _ended(spoken, quoted, kind, passages)
        if found:
            told, theirs, clause = found
            return [Finding(offset, f"this sentence tells {told}: '{theirs}' ('{clause}'): {clipped(text)}",
                            "say what the source says of it now, or cite a passage that says this")]
    return []


def _kept_going(spoken: str, quoted: list, kind: _Kind, passages: list[Cited]) -> tuple[str, str, str] | None:
    """Return what the sentence tells as going on, the passage's end of it and that passage's sentence, where the
    sentence tells as going on what a passage ends."""
    state = _told_going_on(spoken, kind)
    if state is None or inside(quoted, state.start()) or kind.end.search(spoken):
        return None
    if any(_told_going_on(passage.text, kind) for passage in passages):
        return None  # a passage says so itself: "the border remains closed"
    subject = content_words(spoken[:state.start()], _NOT_CONTENT)
    for passage, sentence, end in _found(passages, kind.end):
        if kind.state.search(sentence[end.end():]):
            continue  # ended, then begun again: "reopened in March and closed again in May"
        if subject & content_words(sentence[:end.start()], _NOT_CONTENT):
            return (f"as going on ('{' '.join(state.group().split())}') what its cited passages end", " ".join(end.group().split()),
                    " ".join(sentence.split()))
    return None


def _told_going_on(text: str, kind: _Kind) -> re.Match | None:
    """Return the word of text telling its state as going on now ("remains closed", "is still going on", "has been
    closed since"), or None."""
    state = kind.state.search(text)
    if state is None:
        return None
    before = text[max(0, state.start() - 30):state.start()]
    if (_STILL.search(before) or _STILL.match(state.group())
            or (_SINCE.search(before) and _SINCE_AFTER.search(text, state.end()))):
        return state
    return None


def _ended(spoken: str, quoted: list, kind: _Kind, passages: list[Cited]) -> tuple[str, str, str] | None:
    """Return what the sentence tells as over, the passage's going on and that passage's sentence, where the
    sentence tells as over what a passage gives as going on."""
    if kind.going_on is None:
        return None
    end = kind.end.search(spoken)
    if end is None or inside(quoted, end.start()) or kind.going_on.search(spoken):
        return None
    if any(kind.end.search(passage.text) for passage in passages):
        return None  # a passage tells the end itself
    subject = content_words(spoken[:end.start()], _NOT_CONTENT)
    for passage, sentence, going in _found(passages, kind.going_on):
        if _UNTIL.search(sentence, going.end()):
            continue  # "continued until the ceasefire": its end is told
        if subject & content_words(sentence[:going.start()], _NOT_CONTENT):
            return (f"as over ('{' '.join(end.group().split())}') what its cited passages give as going on", " ".join(going.group().split()),
                    " ".join(sentence.split()))
    return None


def _found(passages: list[Cited], pattern: re.Pattern):
    """Yield each passage, its sentence and the match of `pattern` in it, for every match in the passages."""
    for passage in passages:
        if not pattern.search(passage.text):
            continue
        for sentence in split_sentences(passage.text, "en"):
            for match in pattern.finditer(sentence.text):
                yield passage, sentence.text, match
