"""A role's name kept: "A government mediator, Ruth Okafor, has invited both sides" may not cite "A government
mediator, Paul Hennessy, has invited both sides".

swapped_names.py refuses a name no cited source holds, or one after two lowercase words a passage has before another
name; a person the source names elsewhere, set beside a role the passage gives to someone else after a comma, built
(tests/test_factcheck_203.py: Ruth Okafor is the union's leader in the report). A person is named beside a role in
apposition ("a government mediator, Paul Hennessy,", "Paul Hennessy, the mediator,") or before the name ("Union
leader Ruth Okafor", "Mediator Paul Hennessy"). A sentence's role word (mediator, leader, minister, spokesman, ...)
with a name of two or more capitalised words is refused where a cited passage gives that role word a name of
another surname, and none gives it the sentence's ("Mr Hennessy", "Hennessy" back "Paul Hennessy"); a person a
passage names without a role read here ("Ruth Okafor said") may hold it, and is not read. Words in
quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked
from .wordset import may_hold

_ROLES = ("mediator", "arbitrator", "conciliator", "negotiator", "leader", "minister", "secretary", "spokesman",
          "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "president", "director", "executive",
          "chief", "judge", "mayor", "governor", "envoy", "official", "economist", "analyst", "commissioner",
          "organiser", "organizer", "founder", "owner", "manager", "head", "lawyer", "prosecutor", "inspector")
_ROLE_WORDS = frozenset(_ROLES) | frozenset(role.capitalize() for role in _ROLES)
_ROLE = rf"(?P<role>(?i:{'|'.join(_ROLES)}))"  # a role in any case, a name capitalised
_PERSON = r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})"
# "mediator, Paul Hennessy," / "Union leader Ruth Okafor" / "Paul Hennessy, the mediator" / "Paul Hennessy, a
# government mediator"
_APPOSED = patterns.compile(
    rf"(?<![\w-]){_ROLE},\s+{_PERSON}(?=,|\s+(?:has|have|had|said|says|is|was|who)(?![\w-]))"  # a role, a name
    rf"|(?<![\w-]){_ROLE.replace('role', 'role2')}\s+(?P<name2>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,2}})(?![\w'’-])"
    rf"|(?P<name3>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,2}}),\s+(?:the|a|an|its|their|his|her)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_ROLE.replace('role', 'role3')}(?=[,.;]|\s+(?:of|for|at|in|who|has|said)(?![\w-]))")
_NOT_NAMES = frozenset({"the", "a", "an", "its", "their", "his", "her", "on", "in", "at", "of", "and", "but", "who",
                        "has", "said", "says"})


def names_apposed_to_another(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text names beside a role a person whom no cited passage names beside it, where a passage
    names another person there."""
    if not in_english(language) or not passages or not may_hold(text, frozenset(_ROLES)):
        return []  # most sentences name no role: found by a set lookup
    spoken = unquoted(markers_blanked(text))
    told = _pairs(spoken)
    if not told:
        return []
    said = [unquoted(passage.text) for passage in passages]
    given = [pair for text_said in said for pair in _pairs(text_said)]
    for role, name, at in told:
        others = [other for other_role, other, _ in given if other_role == role]
        if not others or any(_same_person(name, other) for other in others) or _named_without_role(name, said, given):
            continue
        return [Finding(offset + at, f"this sentence names {name} as the {role}, where its cited passages name "
                                     f"{others[0]} so: {clipped(text)}",
                        f"name the {role} the source names, or cite a passage that names {name} so")]
    return []


def _pairs(text: str) -> list[tuple[str, str, int]]:
    """Return each role word of text with the name set beside it, and where the name stands."""
    found = []
    for match in _APPOSED.finditer(text):
        role = (match["role"] or match["role2"] or match["role3"]).casefold()
        group = "name" if match["name"] else "name2" if match["name2"] else "name3"
        name = _trimmed(match[group])
        if name and not (group == "name2" and not match.group()[0].isalpha()):
            found.append((role, name, match.start(group)))
    return found


def _named_without_role(name: str, said: list[str], given: list[tuple[str, str, int]]) -> bool:
    """Say whether a cited passage names the person but no role beside them: their role there is not read."""
    surname = re.compile(rf"(?<![\w-]){re.escape(name.split()[-1])}(?![\w-])")
    return (any(surname.search(text_said) for text_said in said)
            and not any(_same_person(name, other) for _, other, _ in given))


def _trimmed(name: str) -> str:
    """Return a name without words that are no name's ("The", "On"), or "" where none is left or it is one word
    of a role ("Union")."""
    words = [re.sub(r"['’]s?$", "", word) for word in name.split()  # "Tomas Keller's government": Keller
             if word.casefold() not in _NOT_NAMES and word not in _ROLE_WORDS]
    return " ".join(words) if words else ""


def _same_person(name: str, other: str) -> bool:
    """Say whether two names share a surname ("Mr Hennessy" of "Paul Hennessy")."""
    return name.split()[-1].casefold() == other.split()[-1].casefold()
