"""Provisions kept: a section, clause or rule cited with its sub-parts must be the one the passages name.

"The exclusion in § 3(c)" citing "the exclusion in § 3(b)" keeps every figure (the 3 is a label, which numbers.py
reads) and names another provision. A provision's number with its bracketed sub-parts ("3(b)", "12(b)(6)",
"6(1)(a)") after a label ("§", "section", "clause", "Article", "Rule", "paragraph", "¶") must stand in a cited
passage, after any label or none, its letters in either case: "section 3(b)" may cite "§ 3(b)", and "§ 3(b)"
may cite "§ 3(b)(ii)", a part of it.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .sentences import inside, split_sentences

_LABEL = (r"(?:§§?|¶¶?|(?i:sections?|subsections?|sec\.|clauses?|articles?|art\.|rules?|paragraphs?|para\.|regulations?"
          r"|schedules?))")
_PARTS = r"(?:[ \u00a0]?\([0-9A-Za-z]{1,5}\))+"
_PROVISION = patterns.compile(rf"(?<![\w.]){_LABEL}[ \u00a0]*(?P<number>\d+[A-Za-z]?)(?P<parts>{_PARTS})")
# a provision by its number alone, and what its clause says of it (swapped_provisions); French, Spanish and German
# labels too ("l'article 12", "el artículo 14", "Artikel 4")
_BARE_LABEL = (r"(?:§§?|(?i:sections?|clauses?|articles?|art\.|rules?|paragraphs?|regulations?|schedules?|artículos?"
               r"|artikels?|abschnitts?|absatz|absätze))")
_BARE = patterns.compile(rf"(?<![\w.]){_BARE_LABEL}[ \u00a0]*(?P<number>\d+[A-Za-z]?)(?![\w(])")
_CLAUSE_END = patterns.compile(r";|,\s+(?:and|but|while|whereas)\s")
# words that say nothing of what a provision is about: its label, the verbs any provision takes
_NOT_CONTENT = frozenset({"article", "articles", "section", "sections", "clause", "clauses", "rule", "rules",
                          "paragraph", "paragraphs", "regulation", "regulations", "schedule", "schedules", "artículo",
                          "artikel", "under", "treaty", "says", "that", "this", "which", "with", "from", "into", "sets",
                          "requires", "provides", "their", "they", "each", "other", "also"})
_NUMBERED = patterns.compile(rf"(?<![\w.])(?P<number>\d+[A-Za-z]?)(?P<parts>{_PARTS})")


def unnamed_provisions(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding for the first provision with sub-parts text names ("§ 3(c)") outside quotation marks that
    no cited passage names."""
    if "(" not in text:
        return []  # most sentences name no provision: found by one search
    quoted = quoted_parts(text)
    for provision in _PROVISION.finditer(text):
        if inside(quoted, provision.start()):
            continue  # quoted words are checked verbatim
        key = _key(provision)
        if not any(named.startswith(key) for passage in passages for named in _named_in(passage.text)):
            return [Finding(offset + provision.start(),
                            f'provision "{provision.group()}" is not named in the passages cited here',
                            "cite the passage that names it, or correct it to the source's")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _named_in(passage: str) -> frozenset[str]:
    """Return the numbers with sub-parts a passage names ("3(b)"), with or without a label."""
    return frozenset(_key(numbered) for numbered in _NUMBERED.finditer(passage))


def _key(match: re.Match) -> str:
    """Return a provision's number and sub-parts as compared: no spaces, letters folded."""
    return (match["number"] + re.sub(r"\s", "", match["parts"])).casefold()


def swapped_provisions(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text's one provision ("Article 12") says what its passages give another provision of
    the same kind ("Article 14 sets the minimum flow"), sharing no more words with what they give this one."""
    if not any(ch.isdigit() for ch in text):
        return []
    pieces, at = [], 0
    for start, end in quoted_parts(text):  # quoted words are checked verbatim
        pieces += [text[at:start], " " * (end - start)]
        at = end
    spoken = "".join(pieces) + text[at:]
    told = list(_BARE.finditer(spoken))
    if len({_kind(match) for match in told}) != 1 or len({match["number"].casefold() for match in told}) != 1:
        return []  # none, or two provisions compared: not read
    kind, number = _kind(told[0]), told[0]["number"].casefold()
    words = content_words(_BARE.sub(" ", spoken), _NOT_CONTENT)
    given: dict[str, int] = {}
    for passage in passages:
        for (their_kind, their_number), clause in _provision_clauses(passage.text, passage.language):
            if their_kind == kind:
                shared = len(words & clause[0])
                given[their_number] = max(given.get(their_number, 0), shared)
    if number not in given:
        return []  # a provision no passage names is unnamed_provisions' (with sub-parts) or no one's
    other = max((n for n in given if n != number), key=lambda n: (given[n], n), default=None)
    if other is None or given[other] < 2 or given[other] <= given[number]:
        return []
    return [Finding(offset + told[0].start(),
                    f"this sentence gives '{told[0].group()}' what its cited passages give {kind} {other}: "
                    f"{clipped(text)}",
                    "name the provision the source names for it")]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _provision_clauses(text: str, language: str) -> tuple[tuple[tuple[str, str], tuple[frozenset[str]]], ...]:
    """Return each provision a passage names alone in a clause, by kind and number, with its clause's content words."""
    found = []
    for sentence in split_sentences(text, language):
        cuts = [sentence.start, *(m.end() for m in _CLAUSE_END.finditer(text, sentence.start, sentence.end)),
                sentence.end]
        for begin, end in zip(cuts, cuts[1:]):
            named = list(_BARE.finditer(text, begin, end))
            if len({(_kind(m), m["number"].casefold()) for m in named}) == 1:
                words = content_words(_BARE.sub(" ", text[begin:end]), _NOT_CONTENT)
                found.append(((_kind(named[0]), named[0]["number"].casefold()), (words,)))
    return tuple(found)


def _kind(match: re.Match) -> str:
    """Return a provision's label as compared: "Articles" and "artículo" are one kind, "§" a section."""
    label = match.group()[:match.start("number") - match.start()].strip().casefold().rstrip(".")
    if label.startswith(("§", "sec", "abschnitt")):
        return "section"
    if label.startswith(("art",)):
        return "article"
    if label.startswith(("para", "absatz", "absätze")):
        return "paragraph"
    return label.rstrip("s")
