"""Superlatives of one sense for an amount: "Canal Wharf ward had the smallest share of voters turning out" may cite
"The lowest was in Canal Wharf ward, at 29.5%".

unbacked_superlatives (attribution.py) refuses a superlative no cited passage uses, reading "biggest" and "largest"
as one. Of an amount (a share, a rate, a number, a turnout, ...) "smallest", "lowest" and "fewest" rank alike, and so
do "largest", "biggest", "greatest" and "highest": an honest sentence saying one where its passage says another was
refused. A finding that no passage uses the sentence's superlative is dropped where an amount's noun follows it
within three words ("the smallest share", "the highest turnout") or stands before it ("Turnout was smallest"), and a
cited passage uses another of its sense of an amount (before such a noun, in a sentence giving a figure, or standing
for a noun said before: "The lowest was in ...") in a sentence sharing a word of four letters or more with it and
naming every name it capitalises past its first word ("Canal Wharf"). Of things, not amounts, the senses differ ("the
lowest bridge" is no "smallest bridge"): those stay refused. A passage putting a thing "ahead of the (current) market
leader" backs its "largest", "biggest" (tests/test_factcheck_184.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding
from .sentences import markers_blanked, split_sentences

_SENSES = ({"smallest", "lowest", "fewest"}, {"largest", "biggest", "greatest", "highest"})
_AMOUNT_NOUNS = (r"share|shares|proportion|percentage|number|numbers|rate|rates|turnout|count|total|amount|level"
                 r"|levels|figure|majority|margin|fraction|score|tally")
# an amount's noun right after the superlative, up to two words between: "the smallest share", "the lowest voter turnout"
_OF_AN_AMOUNT = patterns.compile(rf"(?:\s+[\w'’-]+){{0,2}}?\s+(?:{_AMOUNT_NOUNS})(?![\w-])", re.IGNORECASE)
# or before it, its verb between: "Turnout was smallest in Canal Wharf ward", "the share of voters was lowest"
_AN_AMOUNT_BEFORE = patterns.compile(rf"(?<![\w-])(?:{_AMOUNT_NOUNS})(?:\s+of\s+[\w'’-]+)?\s+(?:was|is|were|are)\s+$",
                                     re.IGNORECASE)
_UNUSED = patterns.compile(r'superlative "(?P<word>[A-Za-z]+)": no passage it cites uses it')
_WORD = patterns.compile(r"[A-Za-z]+")


def without_same_sense_superlatives(findings: list[Finding], text: str, passages: list[Cited],
                                    offset: int = 0) -> list[Finding]:
    """Return unbacked_superlatives' findings but those of a superlative of an amount whose sense a cited passage
    gives in another word ("smallest share" of "the lowest ..., at 29.5%")."""
    if not findings:
        return findings
    spoken = markers_blanked(text)
    return [finding for finding in findings if not _said_alike(finding, spoken, passages, offset)]


def _said_alike(finding: Finding, text: str, passages: list[Cited], offset: int) -> bool:
    """Say whether a finding's superlative ranks an amount a passage ranks by another word of its sense."""
    unused = _UNUSED.match(finding.message)
    if not unused:
        return False
    word = unused["word"].casefold()
    sense = next((sense for sense in _SENSES if word in sense), None)
    at = finding.offset - offset
    if word in _SENSES[1] and text[at:at + len(word)].casefold() == word and _ahead_of_the_leader(text, passages):
        return True
    if sense is None or text[at:at + len(word)].casefold() != word or not (
            _OF_AN_AMOUNT.match(text, at + len(word)) or _AN_AMOUNT_BEFORE.search(text[max(0, at - 40):at])):
        return False
    others = sense - {word}
    own = _long_words(text) - sense
    names = _names(text)
    return any(own & _long_words(sentence.text) and names <= _long_words(sentence.text) | _names(sentence.text)
               and _ranks_an_amount(sentence.text, others)
               for passage in passages for sentence in split_sentences(passage.text))


def _names(text: str) -> frozenset[str]:
    """Return the words text capitalises past its first, folded: the places or bodies it ranks ("Canal Wharf"), which a
    passage's sentence must name too ("The highest turnout was in Abbeyfield ward" ranks no Canal Wharf ward)."""
    return frozenset(word.casefold() for word in _WORD.findall(text)[1:] if word[:1].isupper())


# the first place told by passing the first: "a 35.2% share of grocery sales, ahead of the current market leader"
_AHEAD_OF_THE_LEADER = patterns.compile(r"(?<!\w)(?:ahead\s+of|overtaking|overtake|overtakes|overtook|surpassing|surpass"
                                        r"|surpasses|surpassed)\s+the\s+(?:current\s+|present\s+)?(?:market\s+)?leader"
                                        r"(?!\w)", re.IGNORECASE)


def _ahead_of_the_leader(text: str, passages: list[Cited]) -> bool:
    """Say whether a passage's sentence sharing a word with text puts something ahead of the leader: the largest."""
    own = _long_words(text) - _SENSES[1]
    return any(_AHEAD_OF_THE_LEADER.search(sentence.text) and own & _long_words(sentence.text)
               for passage in passages for sentence in split_sentences(passage.text))


def _ranks_an_amount(sentence: str, sense: set[str]) -> bool:
    """Say whether a passage's sentence ranks an amount by a superlative of `sense`: one before an amount's noun
    ("the lowest turnout"), in a sentence giving a figure, or standing for a noun said before ("The lowest was in
    Canal Wharf ward")."""
    for found in _WORD.finditer(sentence):
        if found.group().casefold() in sense and (_OF_AN_AMOUNT.match(sentence, found.end())
                                                  or _STANDS_ALONE.match(sentence, found.end())
                                                  or re.search(r"\d", sentence)):
            return True
    return False


# a superlative with no noun of its own after it: "The lowest was in", "the highest, at 53.8%"
_STANDS_ALONE = patterns.compile(r"\s*(?:[,;:.]|$|(?:was|is|were|are|came|being|of|in|at)(?![\w-]))", re.IGNORECASE)


def _long_words(text: str) -> frozenset[str]:
    """Return text's words of four letters or more, folded: what two sentences about one thing share."""
    return frozenset(word.casefold() for word in _WORD.findall(text) if len(word) >= 4)
