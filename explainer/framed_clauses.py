"""A clause a passage frames as not meant or not known not told as fact: "Acme admitted fault" may not cite "The
settlement does not mean that Acme admitted fault", nor "It is unclear whether Acme admitted fault".

polarity.py reads "not" as negating the clause it stands in, and a sentence restating "Acme admitted fault" names
nothing before the frame's "not" ("the settlement"), so it built; and "unclear whether" negates nothing. A passage's
clause after a frame that tells it neither done nor not done ("does not mean (that)", "does not imply", "is not an
admission that", "it is unclear (not clear, uncertain, unknown, not known) whether (if)", "asked (questioned)
whether", "there is no evidence (proof, indication, sign) that") is no fact. A sentence restating that clause (two of
its words of four letters or more, or all of a short sentence's) is refused where it keeps no frame word of its own
("mean", "unclear", "whether", "evidence", ...) and no cited passage states the clause plainly; that holds for a
sentence telling it undone too ("Acme did not admit fault": the source says no such thing). English text is read;
words in quotation marks are not.
A "whether" clause opening a sentence ("Whether Acme admitted fault remains disputed")
is framed too: asked, never told.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import clause_end, content_words, restated_unplainly
from .sentences import markers_blanked

_FRAME = patterns.compile(
    r"(?<!\w)(?:(?:does|do|did|would|will)\s+not|(?:doesn|don|didn|wouldn|won)['’]t)\s+(?:necessarily\s+)?"
    r"(?:mean|imply|signal|indicate)\s+(?:that\s+)?"
    r"|(?<!\w)(?:is|was)\s+not\s+an\s+admission\s+(?:that|of)\s+"
    r"|(?<!\w)(?:unclear|not\s+clear|uncertain|unknown|not\s+known|not\s+yet\s+known|undecided)\s+(?:whether|if)\s+"
    r"|(?<!\w)(?:asked|questioned|wondered|asks|questions)\s+whether\s+"
    r"|(?<!\w)(?:no|little)\s+(?:evidence|proof|indication|sign)\s+that\s+"
    # a "whether" clause opening a sentence is its subject, asked, never told: "Whether Acme admitted fault remains
    # disputed"
    r"|(?:^|(?<=[.!?;:]))\s*whether\s+", re.IGNORECASE)
_FRAME_WORDS = ("mean", "impl", "signal", "indicat", "admission", "unclear", "clear", "uncertain", "unknown", "known",
                "whether", "evidence", "proof", "sign")
# A sentence's own frame: it keeps the source's doubt or denial
_KEPT = patterns.compile(
    r"(?<!\w)(?:mean|means|meant|imply|implies|implied|signal\w*|indicat\w*|admission|unclear|clear|uncertain\w*"
    r"|unknown|known|whether|if|evidence|proof|sign|signs|open\s+question|question\w*|asked|may|might|could"
    r"|possibl[ey]|perhaps|likely|unlikely|denied|denies|deny|undecided|unproven|unestablished|allege\w*|disputed?"
    r"|contested|unresolved)(?!\w)",
    re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r"[;:.!?()\"“”—–]|,|(?<!\w)(?:but|while|whereas|although|though)(?!\w)",
                                 re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "which", "when", "does", "mean", "means", "whether",
                          "unclear", "clear", "evidence", "known", "unknown", "would", "will"})
_RESTATES = 2


def framed_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text states as fact a clause its cited passages give only after a frame that tells it
    neither done nor undone, and no passage states it plainly."""
    if not in_english(language) or not passages:
        return []
    framed = [found for passage in passages for found in _framed(passage.text)]
    if not framed:
        return []  # most passages frame nothing (read once each): found without reading the sentence's words
    spoken = unquoted(markers_blanked(text))
    if _KEPT.search(spoken):
        return []  # the sentence keeps a frame of its own
    words = content_words(spoken, _NOT_CONTENT, names_of_three=True)
    least = min(_RESTATES, len(words)) or _RESTATES
    found = restated_unplainly(words, framed, passages, _plain_clauses, least)
    if found is None:
        return []
    frame, clause = found
    return [Finding(offset, f"this sentence states as fact what its cited passages give only after '{frame}' "
                            f"('{clause}'): {clipped(text)}",
                    f"keep the source's '{frame}', or cite a passage that states it plainly")]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _framed(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return each frame of a passage, the clause it frames, and that clause's content words."""
    folded = text.lower()
    if not any(word in folded for word in _FRAME_WORDS):
        return ()
    text = unquoted(text)
    found = []
    for match in _FRAME.finditer(text):
        clause = text[match.end():clause_end(text, match.end(), _CLAUSE_BREAK)]
        words = content_words(clause, _NOT_CONTENT, names_of_three=True)
        if words:
            found.append((" ".join(match.group().split()), " ".join(clause.split()), words))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _plain_clauses(text: str) -> tuple[frozenset[str], ...]:
    """Return the content words of each clause of a passage that holds no frame."""
    return tuple(content_words(clause, _NOT_CONTENT, names_of_three=True) for clause in _CLAUSE_BREAK.split(text)
                 if clause.strip() and not _FRAME.search(clause))
