"""A speaker's role swapped in an appositive: "Khawaja Asif, the foreign minister," citing "Khawaja Asif, the defence
minister,", or "Harbor's chairman, Peter Vance," citing "Grainline's chairman, Peter Vance,".

An appositive gives a name its role between commas, after the name ("Asif, the defence minister,") or before it
("Pakistan's defence minister, Khawaja Asif,"), opening with "the", "a", "an", a possessive word ("its", "their") or
an owner ("Harbor's"); a title before a name gives one too ("Defence Minister Khawaja Asif": up to three capitalised
words and a title noun, "Minister", "President", "General", ...). Where a passage the sentence cites gives the same
name (its last word) a role so, and the sentence's role holds a word the passage's does not while the passage's
holds one the sentence nowhere says (past
words of no one in particular: "the country's", "the company's"), the role was swapped, and it is refused. A role
that adds to the source's ("Pakistan's defence minister" for "the defence minister") or says it by another owner's
common noun builds. English text is read.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .clauses import WORD
from .sentences import folded_word

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_OPENS = r"(?:the|a|an|its|his|her|their|[A-Z][\w-]*['’]s)"
_ROLE = _OPENS + r"\s+(?:[\w'’-]+\s+){0,4}?[a-z][\w-]*"
_AFTER_NAME = patterns.compile(r"(?<![\w'’-])(?P<name>" + _NAME + r"),\s+(?P<role>" + _ROLE + r")\s*,")
_BEFORE_NAME = patterns.compile(r"(?<![\w'’-])(?P<role>" + _ROLE.replace(r"(?:the|a|an|", r"(?:(?<!\w)[Tt]he|")
                                + r"),\s+(?P<name>" + _NAME + r")(?=\s*[,(]|\s+(?:said|says|told|added|warned))")
# A title written before a name: "Defence Minister Khawaja Asif", "Army Chief General Asim Munir"
_TITLE_NOUNS = ("Minister", "President", "Secretary", "General", "Governor", "Ambassador", "Chairman", "Chairwoman",
                "Senator", "Judge", "Justice", "Mayor", "Commander", "Spokesman", "Spokeswoman", "Spokesperson",
                "Envoy", "Director", "Chancellor", "Chief", "Premier", "Admiral", "Colonel", "Adviser", "Advisor")
_TITLE_NOUN = "(?:" + "|".join(_TITLE_NOUNS) + ")"
# ... or written small, as much news writes it, and ending in a word the capitalised list lacks: "Foreign Office head
# Khawaja Asif", "Taliban spokesman Zabihullah Mujahid", "defence minister Khawaja Asif" (a word or two before it)
_SMALL_TITLE_NOUN = "(?:" + "|".join(sorted({noun.lower() for noun in _TITLE_NOUNS} - {"general", "judge", "justice"}
                                            | {"head", "leader", "official", "negotiator", "aide"})) + ")"
_TITLE = (r"(?:[A-Z][\w-]*\s+){0,3}" + _TITLE_NOUN + r"|(?:[A-Z][\w-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}"
          + _SMALL_TITLE_NOUN)
_TITLED = patterns.compile(r"(?<![\w'’-])(?P<role>" + _TITLE + r")\s+(?P<name>(?!" + _TITLE_NOUN + r"(?!\w))"
                           + _NAME + r")")
_MAY_GIVE = patterns.compile(r",\s+(?:the|a|an|its|his|her|their|[A-Z][\w-]*['’]s)\s|['’]s\s[^,]{2,40},\s+[A-Z]"
                             r"|(?<!\w)(?:" + _TITLE_NOUN + "|" + _SMALL_TITLE_NOUN + r")\s+[A-Z]")
# Owners that name no one in particular: "the country's defence minister" may restate "Pakistan's"
_GENERIC = frozenset({"the", "a", "an", "its", "his", "her", "their", "country", "nation", "company", "firm",
                      "group", "government", "party", "state", "city", "union", "council", "ministry", "army",
                      "then", "former", "current", "new", "acting", "deputy", "senior", "top", "chief", "own"})
_NOT_A_NAME = frozenset({"The", "A", "An", "But", "And", "In", "On", "At", "By", "For", "Its", "His", "Her", "Their",
                         "Meanwhile", "However", "Earlier", "Later", "On", "After", "Before", "When", "While"})
# A role is a noun phrase: words that tell of a clause ("On Friday, the envoy met the minister,") make it none
_NOT_IN_ROLE = frozenset({"said", "says", "told", "met", "is", "was", "were", "are", "has", "had", "have", "will",
                          "would", "and", "who", "which", "that", "when", "after", "before", "with"})
_DATES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "today", "yesterday", "tomorrow"})
_MOST = 16  # appositives a text is read for


class Apposed(NamedTuple):
    """A name given a role between commas: its last word, folded, and the role's words."""

    name: str
    words: frozenset[str]
    role: str  # as written


def swapped_roles(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text gives a name another role, between commas, than a cited passage does."""
    if not in_english(language) or not _MAY_GIVE.search(text):
        return []  # most sentences give no role between commas: found without reading their passages
    own = _apposed(text)
    if not own:
        return []
    said = {folded_word(word) for word in WORD.findall(text)}
    for passage in passages:
        if not in_english(passage.language) or not _MAY_GIVE.search(passage.text):
            continue
        for theirs in _apposed(passage.text):
            for mine in own:
                if (mine.name == theirs.name and mine.words - theirs.words
                        and theirs.words - said - _GENERIC):
                    return [Finding(offset, f"this sentence calls {mine.name.title()} '{mine.role}' where its cited "
                                            f"passages call them '{theirs.role}': {clipped(text)}",
                                    "give the role the source gives, or cite the passage that gives this one")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _title_alone(role: str) -> str:
    """Return a title before a name without the words of the clause before it ("defence minister" of "said defence
    minister")."""
    words = role.split()
    cut = max((at + 1 for at, word in enumerate(words[:-1]) if word.casefold() in _NOT_IN_ROLE | _TITLE_OPENERS),
              default=0)
    return " ".join(words[cut:])


_TITLE_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "by", "of", "to", "for", "from", "in", "on",
                            "at", "as", "says", "announced", "added", "warned", "then"})


def _apposed(text: str) -> tuple[Apposed, ...]:
    found = []
    for pattern in (_AFTER_NAME, _BEFORE_NAME, _TITLED):
        for match in pattern.finditer(text):
            names = match["name"].split()
            role = " ".join(match["role"].split())
            if pattern is _TITLED:  # "said defence minister Asif": the title is what follows a clause's words
                role = _title_alone(role)
            if (len(found) < _MOST and not any(word in _NOT_A_NAME or word.casefold() in _DATES for word in names)
                    and not any(word.casefold() in _NOT_IN_ROLE for word in role.split())):
                found.append(Apposed(folded_word(re.sub(r"['’]s$", "", names[-1])),
                                     frozenset(folded_word(re.sub(r"['’]s$", "", word)) for word in WORD.findall(role))
                                     - _GENERIC, role))
    return tuple(found)
