"""A government department's brief is no party's name: "Health" of "the Department of Health" does not name the
Wendale Valley Health Trust.

A party is named by any word of its name (owners.party_words), so "The health secretary may accept the plan, reject it
or ask for an independent review" citing "..., the Department of Health said" was refused as a party's word told as
fact, "Health" a word of the health trust's and the council's health scrutiny committee's names. As ministry_briefs.py
reads "le ministre du Travail", the word right after a department's or office's title and its preposition
("Department of Health", "Department for Education", "Office for National Statistics", "Secretary of State for
Health") names what the body is for: where it is a word of a party whose own words name no such body, it names no
party (tests/test_factcheck_239.py). "The Wendale Valley Health Trust said" still names the trust.
"""

from __future__ import annotations


from . import patterns
from .owners import is_named
from .sentences import folded_word

_TITLES = ("department", "departments", "office", "secretary", "secretaries", "secretariat")
_BRIEF = patterns.compile(r"(?<!\w)(?P<title>Department|Office|Secretary\s+of\s+State|Secretariat)\s+(?:of\s+the|of|for)"
                          r"\s+(?P<brief>[A-Z][\w-]*)")


def without_department_briefs(words: str, names: frozenset[str], parties: tuple[tuple[str, frozenset[str]], ...]
                              ) -> frozenset[str]:
    """Return a speaker's naming words but a department's brief that is a word of a party naming no department:
    "health" of "the Department of Health", where the Wendale Valley Health Trust is a party."""
    if "Department" not in words and "Office" not in words and "Secret" not in words:
        return names  # most speakers are named by no department: three searches
    briefs = {folded_word(match["brief"]) for match in _BRIEF.finditer(words)}
    dropped = {name for name in names & briefs
               if any(is_named(name, own) and not _names_a_department(own) for _, own in parties)}
    return names - dropped


def _names_a_department(own: frozenset[str]) -> bool:
    """Say whether a party's words name a department or office ("department" of "Department of Health")."""
    return any(word in _TITLES for word in own)
