"""Whom a passage's "The company said" names: the business the sentence before it opens on.

"The union said profits would fall" citing "Alder Terminals reported a profit of £212 million last year, ... The
company said profits would fall this year because of lower trade volumes." built: "the company" is no word of either
party, so the passage named no speaker and the union's saying was read against none. Here a passage sentence opening
"The company said" ("The firm says", "The group", "The operator", ...) is read with its noun replaced by the subject
the sentence before it (in the passage, or in its paragraph) opens on, where that subject names exactly one party, by
its own words alone (no person), and that party is no union, ministry, council or other body a business noun cannot
stand for. Anything else leaves the passage as it was.
"""

from __future__ import annotations

from typing import Callable

from . import patterns
from .attribution import Cited
from .sentences import split_sentences

# The naming words of each party a subject names, and whether it names anyone else too (a person, another body)
PartiesNamed = Callable[[str], tuple[tuple[frozenset[str], ...], bool]]
# A business named by its common noun, opening a sentence that says something
# (after an opening phrase set off by a comma: "In a statement, the company said")
_BUSINESS_SAYS = patterns.compile(
    r"(?:(?:In|On|At|Later)\b[^,.;:!?\"“”]{0,40},\s+)?"
    r"(?P<noun>[Tt]he\s+(?:company|firm|group|business|operator|employer|carrier|airline|insurer|lender|retailer))\s+"
    r"(?=(?:said|says|added|argued|argues|insisted|insists|warned|warns|told|claimed|claims|expects|expected)\b)")
# Past tenses of no "-ed": "Pakistan spent decades backing ..." opens on Pakistan, not "Pakistan spent" (factcheck_227)
IRREGULAR_PASTS = ("spent", "made", "took", "gave", "kept", "held", "sent", "began", "won", "lost", "told", "left",
                   "brought", "built", "paid", "ran", "sold", "fought", "became", "came", "went", "saw", "knew", "thought")
# The subject opening a sentence, up to its verb: "Alder Terminals reported", "Alder Terminals has offered" (read
# by pronoun_speakers.py too)
OPENING_SUBJECT = patterns.compile(
    r"(?P<subject>(?:[^\s.;:!?\"“”,]+\s+){1,6}?)(?:has|have|had|is|are|was|were|will|would|can|could|[a-z]\w*ed"
    r"|[a-z]\w*s|%s)(?=\s)" % "|".join(IRREGULAR_PASTS))
# Bodies no business noun stands for
_NO_BUSINESS = frozenset({"union", "unions", "association", "federation", "confederation", "council", "ministry",
                          "government", "department", "authority", "court", "police", "agency", "committee",
                          "league", "party", "commission", "board", "alliance", "campaign", "society", "congress"})


def with_company_named(passage: Cited, parties_named: PartiesNamed) -> Cited:
    """Return `passage` with "The company said" opening a sentence named by the party the sentence before opens on;
    `parties_named(subject)` gives the naming words of each party a subject names, and whether it names a person too."""
    if "he " not in passage.text or not _BUSINESS_SAYS.search(passage.text):
        return passage  # most passages name no business by its noun: found by one search
    sentences = split_sentences(passage.text, passage.language)
    text = passage.text
    for index in range(len(sentences) - 1, -1, -1):
        sentence = sentences[index]
        found = _BUSINESS_SAYS.match(text, sentence.start)
        if not found:
            continue
        before = sentences[index - 1].text if index else sentence_before(passage)
        subject = _party_subject(before, parties_named)
        if subject:
            text = text[:found.start("noun")] + subject + text[found.end("noun"):]
    return passage if text == passage.text else passage._replace(text=text)


def sentence_before(passage: Cited) -> str:
    """Return the sentence of the passage's paragraph just before the passage, or ""."""
    at = passage.paragraph.find(passage.text.strip()[:60]) if passage.paragraph else -1
    before = split_sentences(passage.paragraph[:at], passage.language) if at > 0 else []
    return before[-1].text if before else ""


def _party_subject(sentence: str, parties_named: PartiesNamed) -> str:
    """Return the subject a sentence opens on where it names one business party and no person, else ""."""
    subject = OPENING_SUBJECT.match(sentence.strip())
    words = " ".join(subject.group("subject").split()) if subject else ""
    if not words:
        return ""
    named, in_person = parties_named(words)
    if len(named) != 1 or in_person or not _NO_BUSINESS.isdisjoint(next(iter(named))):
        return ""
    return words
