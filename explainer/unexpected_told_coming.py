"""An outcome its source does not expect not told as coming: "the merger will lead to compulsory redundancies in their
stores" may not cite "We do not expect the merger to lead to compulsory redundancies in our stores".

A cited passage saying "do not expect X to <verb> <words>" ("does not expect", "did not expect", "don't expect") gives
a verb and the words after it up to a comma or "although", "but", "though", "while". A sentence is refused where it
tells that verb coming ("will lead", "would lead", "is expected to lead", "expects ... to lead", "is set to lead") with
a word of four letters or more of those words after it, and has no negation of its own ("not", "no", "never", "n't",
"without", "nor"); unless a cited passage tells that verb coming itself. Words in quotation marks are not read.
English text is read (tests/test_factcheck_183.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_NOT_EXPECTED = patterns.compile(r"(?<!\w)(?:(?:do|does|did)\s+not|(?:do|does|did)n['’]t)\s+expect\s+"
                                 r"(?:[\w'’-]+\s+){1,4}?to\s+(?P<verb>[a-z]{3,})(?P<rest>[^.;:,!?]*)", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"(?<!\w)(?:although|though|but|while|whereas)(?!\w)", re.IGNORECASE)
_COMING = r"(?:will|would|(?:is|are)\s+(?:expected|set|going|likely)\s+to|expects?\s+(?:[\w'’-]+\s+){1,4}?to)"
_NEGATED = patterns.compile(r"(?<!\w)(?:not|no|never|nor|without|n['’]t)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{4,}")


def unexpected_told_coming(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text tells as coming what a cited passage says its speaker does not expect."""
    if not in_english(language):
        return []
    unexpected = [(found["verb"].casefold(), _words(found["rest"]), " ".join(found.group()[:found.end("verb")
                                                                                         - found.start()].split()))
                  for passage in passages for found in _NOT_EXPECTED.finditer(passage.text)]
    if not unexpected:
        return []  # most passages expect nothing not to happen: found without reading the sentence
    spoken = markers_blanked(text)
    if _NEGATED.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    for verb, words, shown in unexpected:
        for told in re.finditer(rf"(?<!\w){_COMING}\s+{re.escape(verb)}(?!\w)", spoken, re.IGNORECASE):
            if inside(quoted, told.start()) or not _words(spoken[told.end():]) & words:
                continue
            if any(re.search(rf"(?<!\w){_COMING}\s+{re.escape(verb)}(?!\w)", _NOT_EXPECTED.sub(" ", passage.text),
                             re.IGNORECASE) for passage in passages):
                continue  # a passage tells it coming itself
            return [Finding(offset, f"this sentence tells as coming ('{' '.join(told.group().split())}') what its "
                                    f"cited passages say is not expected ('{shown}'): {clipped(text)}",
                            "keep the source's words (it does not expect it), or cite a passage that says it will")]
    return []


def _words(text: str) -> frozenset[str]:
    """Return the words of four letters or more of a clause, folded, up to its "although" or "but"."""
    end = _CLAUSE_END.search(text)
    return frozenset(word.casefold() for word in _WORD.findall(text[:end.start()] if end else text))
