"""A blame each side lays on the other told as one side's deed: "Kestrel started it" citing "Each government blames
the other for starting it" built (factcheck247).

A passage's mutual blame is "each (side) blames/accuses the other for/of <deed>ing" or "(they) blame/accuse each
other (one another) for/of <deed>ing". A sentence that names a party of the briefing and, a few words after it, does
that deed ("started", "starts", "starting" of "starting") tells as fact what each side only says of the other. It is
refused unless it says whose word it states (attribution.says_whose_word: "says", "blames", "accuses", "according
to"), negates the deed, or a cited passage itself tells that party doing the deed outside the blame. English text is
read; a deed in another form ("began" of "starting", "broke" of "breaking") is not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, says_whose_word

_MUTUAL = patterns.compile(
    r"(?<!\w)(?:(?:each|both)\s+(?:[\w'’-]+\s+){0,2}?(?:blames?|blamed|accuses|accused|accuse)\s+the\s+other"
    r"|(?:blames?|blamed|accuses|accused|accuse)\s+(?:each\s+other|one\s+another))"
    r"\s+(?:for|of)\s+(?P<deed>[^\W\d_]{3,}?)ing(?!\w)", re.IGNORECASE)
# A sentence asking who did it, or saying it is not known: "It is unclear whether Kestrel started it"; not the
# adjective "the disputed Saren river".
_OPEN_QUESTION = patterns.compile(r"(?<!\w)(?:whether|if|unclear|unknown|uncertain"
                                  r"|(?:is|are|was|were|remains?)\s+disputed"
                                  r"|in\s+dispute|question|not\s+known"
                                  r"|could\s+not\s+(?:establish|say|confirm|verify))(?!\w)", re.IGNORECASE)
# Another clause saying whose word the deed is: "Kestrel started it; Valdoria says so".
_SAYS_SO = patterns.compile(r"(?<!\w)(?:says?|said|claims?|claimed|insists?|insisted|alleges?|alleged)\s+"
                            r"(?:so|as\s+much)(?!\w)", re.IGNORECASE)
_NEGATION = patterns.compile(r"(?<!\w)(?:not|never|no)(?!\w)|n['’]t(?!\w)", re.IGNORECASE)
_POSSESSIVE = patterns.compile(r"['’]s?$")
_WORDS_BETWEEN = 4  # "Kestrel's troops started", "Kestrel forces had first started"


def blame_told_as_deed(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                       parties: tuple = ()) -> list[Finding]:
    """Return a finding when text tells a party doing a deed its cited passages give only as each side's blame of
    the other."""
    if not parties or not in_english(language) or _SAYS_SO.search(text):
        return []
    deeds = {m["deed"].casefold() for p in passages if "other" in p.text or "another" in p.text
             for m in _MUTUAL.finditer(p.text)}
    for deed in deeds:
        for name in _party_names(parties):
            done = _done_by(text, name, deed)
            if done and _told_as_fact(text, done) and not _told_by_a_passage(passages, name, deed):
                party = _POSSESSIVE.sub("", done["party"])
                return [Finding(offset + done.start(),
                                f"this sentence tells as fact that {party} did the {deed}ing its cited passages give "
                                f"only as a blame each side lays on the other: {clipped(text)}",
                                'say whose word it is ("each government blames the other for ...", "X says Y ..."), '
                                "or cite a passage that tells it as fact")]
    return []


def _told_as_fact(text: str, done: re.Match) -> bool:
    """Say whether the deed found is told as fact: not negated, nor in a clause saying whose word it is or asking."""
    return not _NEGATION.search(done.group()) and not _whose_or_open(_clause_of(text, done.start()))


def _told_by_a_passage(passages: list[Cited], name: str, deed: str) -> bool:
    """Say whether a cited passage, outside its mutual blame, tells the party doing the deed itself."""
    return any(_done_by(_MUTUAL.sub(" ", p.text), name, deed) for p in passages)


def _clause_of(text: str, at: int) -> str:
    """Return the part of text between semicolons that holds `at`: "Kestrel started it" of "Fighting broke out along
    the disputed river; Kestrel started it" ("disputed" there says no one's word of the deed)."""
    return text[text.rfind(";", 0, at) + 1:(text.find(";", at) + 1 or len(text) + 1) - 1]


def _whose_or_open(clause: str) -> bool:
    """Say whether a clause says whose word it states, or leaves the deed an open question."""
    return says_whose_word(clause) or bool(_OPEN_QUESTION.search(clause))


def _party_names(parties: tuple) -> list[str]:
    """Return the naming words of the briefing's parties, of four letters or more (a demonym begins with one)."""
    return [word for _, names in parties for word in names if len(word) >= 4]


def _done_by(text: str, name: str, deed: str) -> re.Match | None:
    """Return where text names a party (or its demonym, "Valdorian") as the subject of `deed`: the name right before
    it, or with a few words of its forces or tense between ("Kestrel's troops had started"); not a party joined to
    another or after a preposition ("between Valdoria and Kestrel started", "Valdoria and Kestrel started talks")."""
    found = re.search(rf"(?<!\w)(?P<party>{re.escape(name)}[\w'’]*)"
                      rf"(?P<between>(?:\s+[\w'’-]+){{0,{_WORDS_BETWEEN}}}?)"
                      rf"\s+{re.escape(deed)}(?:e?d|e?s|ing|e)?(?!\w)", text, re.IGNORECASE)
    if found is None or re.search(r"(?<!\w)(?:and|or|between|of|with|against|by|from|to|on|in|at)\s+$",
                                  text[:found.start()], re.IGNORECASE):
        return None
    between = {word.casefold() for word in found["between"].split()}
    return found if between <= _SUBJECT_WORDS else None


# Words that may stand between a party's name and its deed: its forces, a tense, "first".
_SUBJECT_WORDS = frozenset({"troops", "forces", "army", "soldiers", "military", "government", "side", "first",
                            "had", "has", "have", "been", "is", "are", "was", "were", "did", "actually", "really"})
