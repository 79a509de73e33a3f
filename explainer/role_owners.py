"""Whose officer a person is, kept: "Helen Okafor is the director of Dunmore Stores" may not cite "Shoppers' Voice
... said ... '...,' said its director, Helen Okafor".

roles.py compares the roles a sentence and a passage give a name between commas; a role told as a fact ("NAME is the
ROLE of OWNER", "NAME is OWNER's ROLE") was not read, nor an owner a passage gives by a possessive pronoun ("its
director, Helen Okafor"), whose antecedent is the party the passage names last before it (outside quotation marks;
where that sentence names two parties, either may be meant, and nothing is read). Here the sentence's owner and the passage's, each one of the briefing's parties, must be the same party where the
passage gives the same person (by their last name) a role with the same head noun. A role's owner that is no party
("the director of the group"), or a passage giving the person no such role, is not read. English text is read.
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .speakers import naming_words, parties_of

_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
_ROLE = r"(?P<role>(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*))"
_OWNER = r"(?P<owner>[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&-]*){0,4})"
_IS = r"\s+(?:is|was|has\s+been|serves\s+as)\s+"
# "Helen Okafor is the director of Dunmore Stores", "Helen Okafor is Dunmore Stores' director"
_TOLD = (patterns.compile(_NAME + _IS + r"(?:the\s+|a\s+|an\s+)?" + _ROLE + r"\s+of\s+(?:the\s+)?" + _OWNER),
         patterns.compile(_NAME + _IS + _OWNER + r"['’]s?\s+" + _ROLE + r"(?!\s+of\s)(?=\s*[.,;]|\s*$)"))
# a passage's "its director, Helen Okafor", "Helen Okafor, its director,"; an owner it names ("Raj Mehta, chief
# executive of Dunmore Stores") is swapped_parties' to compare, named once
_PRONOUN = r"(?P<pronoun>[Ii]ts|[Tt]heir)"
_GIVEN = (patterns.compile(r"(?<!\w)" + _PRONOUN + r"\s+" + _ROLE + r",\s+" + _NAME),
          patterns.compile(_NAME + r",\s+" + _PRONOUN + r"\s+" + _ROLE + r"(?=\s*[,.;])"))
_RUN = patterns.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’-]*)*")


def owner_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                  parties: tuple = ()) -> list[Finding]:
    """Return a finding where text tells a person the officer of one party ("is the director of Dunmore Stores")
    where a cited passage gives them the same role of another ("its director", after Shoppers' Voice)."""
    if not parties or not in_english(language) or (" is " not in text and " was " not in text
                                                   and " has been " not in text and " serves " not in text):
        return []
    spoken = markers_blanked(text)
    for pattern in _TOLD:
        for told in pattern.finditer(spoken):
            mine = _party(told["owner"], parties)
            if not mine:
                continue
            for passage in passages:
                theirs, written = _owner_given(passage.text, told["name"].split()[-1], told["noun"], parties)
                if theirs and theirs != mine:
                    return [Finding(offset + told.start(), f"this sentence makes {told['name']} the {told['role']} "
                                                           f"of {told['owner']}, but its cited passages give them "
                                                           f"that role of {written}: {clipped(text)}",
                                    "give the person the owner the source gives (a possessive's 'its' is the party "
                                    "named before it), or cite the passage that gives this one")]
    return []


def _party(words: str, parties: tuple) -> str:
    """Return the one party whose naming words name `words`, or ""."""
    found = parties_of(naming_words(words, parties), parties)
    return next(iter(found)) if len(found) == 1 else ""


def _owner_given(passage: str, surname: str, noun: str, parties: tuple) -> tuple[str, str]:
    """Return the party whose `noun` (a role's head: "director") the passage calls the person `surname` by a
    possessive pronoun ("its director"), and its name as the passage writes it; or ("", "")."""
    if surname not in passage:
        return "", ""
    quoted = quoted_parts(passage)
    for pattern in _GIVEN:
        for given in pattern.finditer(passage):
            if given["name"].split()[-1] != surname or given["noun"] != noun or inside(quoted, given.start()):
                continue
            return _antecedent(passage, given.start(), quoted, parties)
    return "", ""


def _antecedent(passage: str, end: int, quoted: list[tuple[int, int]], parties: tuple) -> tuple[str, str]:
    """Return the party the passage names last before `end`, outside quotation marks (whom "its" stands for), and
    its name as written; or ("", "")."""
    named = [(party, run.group(), run.start()) for run in _RUN.finditer(passage, 0, end)
             if not inside(quoted, run.start()) and (party := _party(run.group(), parties))]
    if not named:
        return "", ""
    party, written, at = named[-1]
    opening = max(passage.rfind(stop, 0, at) for stop in (". ", "; ", "\n"))
    if any(other != party for other, _, start in named if start > opening):
        return "", ""  # "Dunmore welcomed the report by Shoppers' Voice. Its chief executive, ...": either's
    return party, written

