"""A link not told as a cause: "Heavy use of the app causes poorer sleep" may not cite "heavy use of the app was
linked to poorer sleep ..., though the authors cautioned it did not show cause and effect".

A study's "linked to", "associated with", "correlated with", "linked X to Y" or "a link between" says two things go together, not that
one brings about the other. A sentence giving a cause (causes.py reads "because of", "due to", "caused", "led to",
"results in", ...) between two things a cited passage only links, a word of each side of the cause among that
passage sentence's words, is refused where no cited passage gives a cause in words of its own: a cause word the
passage negates ("did not show cause and effect", "no evidence that it causes", "a causal link has not been
established") gives none. A sentence that hedges or negates its cause ("may cause", "could lead to", "no evidence that
... causes", "whether ... causes") makes no claim of one. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited
from .clauses import content_words
from .sentences import split_sentences

_LINK = patterns.compile(r"(?<!\w)(?:(?:linked|associated|correlated)\s+(?:to|with)|correlat(?:es|ing)\s+with"
                         # the active "officials linked 12 deaths to the storm", "associated heavy use with poor sleep"
                         r"|(?:linked|links|associated|associates)\s+(?:[\w'’-]+\s+){1,6}?(?:to|with)"
                         r"|(?:a|the|any|no|strong|weak|clear)\s+(?:\w+\s+)?(?:link|links|association|correlation)"
                         r"\s+(?:between|with|to))(?!\w)", re.IGNORECASE)
# A cause a passage gives in its own words (narrower than causes.py's: "over", "so" and "amid" give none between
# two things a study links)
_GIVEN_CAUSE = patterns.compile(r"(?<!\w)(?:because|due\s+to|owing\s+to|caus\w+|led\s+to|leads?\s+to|leading\s+to"
                                r"|result(?:s|ed|ing)?\s+in|as\s+a\s+result|trigger\w*|driv(?:e|es|en|ing)|drove"
                                r"|contribut\w+\s+to|responsible\s+for|effects?\s+of|impact\s+of)(?!\w)",
                                re.IGNORECASE)
# A cause word negated or left open: "did not show cause and effect", "no evidence that it causes", "whether"
_OPEN_BEFORE = patterns.compile(r"(?<!\w)(?:not|no|n['’]t|never|cannot|without|whether|if|unclear|unknown|may|might"
                                r"|could|can|possibly|possible|potential|potentially|little)(?!\w)", re.IGNORECASE)
_OPEN_AFTER = patterns.compile(r"\s+(?:\w+\s+){0,3}?(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?"
                               r"(?:established|shown|proven|proved|demonstrated|found)(?!\w)", re.IGNORECASE)
_BEFORE = 40  # characters before a cause word read for what leaves it open
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "among", "study", "found", "finds", "researchers",
                          "linked", "associated", "correlated", "link", "links", "causes", "caused", "cause",
                          "leads", "lead", "because"})


def link_only(spoken: str, cause: re.Match, passages: list[Cited]) -> str | None:
    """Return the words with which a cited passage only links the two things a sentence's cause (`cause`, in its
    words `spoken`) joins ("linked to"), where no passage gives a cause; None where the sentence's cause stands."""
    if _left_open(spoken, cause.start(), cause.end()) or not any(_LINK.search(p.text) for p in passages):
        return None
    if any(not _left_open(p.text, m.start(), m.end()) for p in passages for m in _GIVEN_CAUSE.finditer(p.text)):
        return None  # a passage gives a cause in words of its own
    before = content_words(spoken[:cause.start()], _NOT_CONTENT)
    after = content_words(spoken[cause.end():], _NOT_CONTENT)
    for passage in passages:
        for sentence in split_sentences(passage.text):
            link = _LINK.search(sentence.text)
            if link is not None:
                words = content_words(sentence.text, _NOT_CONTENT)
                if before & words and after & words:
                    return " ".join(link.group().split())
    return None


def _left_open(text: str, start: int, end: int) -> bool:
    """Say whether the cause word at text[start:end] is negated, hedged or left open by the words just before it
    ("did not show cause", "may cause", "whether it causes") or after it ("a causal link has not been established")."""
    return (_OPEN_BEFORE.search(text, max(0, start - _BEFORE), start) is not None
            or _OPEN_AFTER.match(text, end) is not None)
