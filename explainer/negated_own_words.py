"""A negation added before the source's own words, quoted: 'That Pakistan is not "experiencing some serious blowback"
is the outlet's own conclusion' citing "Overall, Pakistan is experiencing some serious blowback".

polarity.py leaves words in quotation marks unread, and negated_quotes.py reads a speaker's words a passage quotes: a
sentence quoting the passage's own words (no quotation marks in the passage) after "is not" built (factcheck213).
Refused where a sentence's "is not", "are not", "was not" or "were not" stands right before a quotation whose words
a cited passage gives, word for word, with no negation in them or just before them, and a word of four letters or
more of the sentence's subject (the words before the verb, to their clause's start) stands in the passage just before
them ("Pakistan is experiencing", "Acts of terror ... have become almost a regular occurrence" of "terror attacks are
not "almost a regular occurrence""), and the quotation ends its clause. A quotation the passage gives negated builds,
and so does one whose subject the passage does not name before it ('The war is not "all-out"' of 'Asif declared an
"all-out war"'), or one the clause goes on to narrow ('is not "thinner" in every respect').
"""

from __future__ import annotations

import re

from . import patterns

# the quotation ends its clause ('is not "a success", the union said'), or its "That" clause ('... is the outlet's
# view'): 'is not "thinner" in every respect' negates less than the words
_NEGATED_QUOTE = patterns.compile(r"(?<!\w)(?:is|are|was|were)\s+not\s+[\"“‘](?P<quote>[^\"“”‘’]{3,})"
                                  r"[\"”’]"
                                  r"(?=\s*(?:[,.;:)!?]|$|(?:is|was|are|were)\s))", re.IGNORECASE)
_CLAUSE_START = patterns.compile(r"[,;:(\"“”]|(?<!\w)(?:that|which|who|and|but|while|whether)(?!\w)", re.IGNORECASE)
_NEGATION = patterns.compile(r"(?<!\w)(?:not|no|never|nor|neither|without|hardly)(?!\w)|n['’]t(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
_READ_BEFORE = 80  # characters before the quoted words in which the passage names the subject
_NEGATION_BEFORE = 24  # characters before them that may hold the passage's own negation


def negated_own_words(text: str, passages: list[str]) -> tuple[int, str] | None:
    """Return where a sentence negates words a cited passage gives of the same subject with no negation, and those
    words; None where it negates none so."""
    for negated in _NEGATED_QUOTE.finditer(text):
        quote = " ".join(negated["quote"].split())
        if _NEGATION.search(quote):
            continue
        subject = _subject_words(text[:negated.start()])
        if not subject:
            continue
        for passage in passages:
            flat = " ".join(passage.split())
            for given in re.finditer(re.escape(quote), flat, re.IGNORECASE):
                if _NEGATION.search(flat, max(0, given.start() - _NEGATION_BEFORE), given.start()):
                    continue
                before = {word.casefold()[:5] for word in _WORD.findall(flat[max(0, given.start() - _READ_BEFORE):
                                                                              given.start()])}
                if subject & before:
                    return negated.start(), quote
    return None


def _subject_words(before: str) -> frozenset[str]:
    """Return the first five letters of the words of four letters or more before a verb, to their clause's start."""
    starts = [match.end() for match in _CLAUSE_START.finditer(before)]
    return frozenset(word.casefold()[:5] for word in _WORD.findall(before[max(starts, default=0):]) if len(word) >= 4)
