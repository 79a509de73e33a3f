"""A clause whose subject names no one negates its verb as "not" does: "Nobody ordered the companies to freeze
prices" gives no order, "No one has bought any of the stores yet" tells no sale, and "Nobody expects a final ruling
before early 2027" says a ruling is not expected before then (the passage's "is not expected before early 2027").

The subject opens its clause (a sentence's start, after a stop, a comma, ", and", ", but", "that" or "said": "So
far, nobody has"): "nobody", "no one", "nothing", "none of ...", "neither of ...", "neither ... nor ...", or "no" and
a noun or two ("No regulator ordered"; not "no longer", "no doubt", "no matter"). `verb_of_no_one` reads a verb right
after it (an auxiliary or an adverb between: "has yet", "has ever"), so "Nobody doubts the Authority ordered it" is no
negated order; `in_clause_of_no_one` any word of its clause up to eleven words on ("expects a final ruling before"),
never past "that" ("Nobody doubts that the ruling came before 2027"). An object naming no one ("The Authority ordered
no one to leave") negates nothing, nor does a subject after an opening phrase without a comma ("In 2025 nobody
ordered it" is read as an order). English text is read.
"""

from __future__ import annotations

import re

from . import patterns

_OPENING = (r"(?:^|(?<=[.;:!?]\s)|(?<=[.;:!?][\"”’)]\s)|(?<=,\s)|(?<=,\sand\s)|(?<=,\sbut\s)|(?<=\bthat\s)|(?<=\bsaid\s)"
            r"|(?<=\bsays\s))")
_WORD = r"[^\W\d_][\w'’-]*"
_NO_ONE = (rf"(?:nobody|no[\s-]one|nothing|none(?:\s+of\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?"
           rf"|neither\s+of\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+"
           rf"|neither\s+(?:[\w'’-]+\s+){{1,4}}?nor\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+"
           rf"|no\s+(?!(?:longer|doubt|matter|sooner|less|more|later|earlier)\b)(?:{_WORD}\s+)?{_WORD})")
# what stands between such a subject and its verb: "has", "has yet", "has ever", "was formally"
_BETWEEN = r"(?:\s+(?:has|have|had|is|was|were|did|does|do|ever|yet|so\s+far|been|being|be|[^\W\d_]+ly))*"
_VERB_AFTER = patterns.compile(rf"{_OPENING}{_NO_ONE}{_BETWEEN}\s+$", re.IGNORECASE)
# words of a clause between its no-one subject and the word read: "expects a final ruling before", "expects the panel
# to rule on the merits of the dispute before" (ten: read as eight at most, it was a "before" turned, factcheck_194)
_WORDS = 11
_IN_CLAUSE = patterns.compile(rf"{_OPENING}{_NO_ONE}(?:\s+(?!that\b){_WORD}){{0,{_WORDS}}}\s+$",
                              re.IGNORECASE)
_REACH = 160  # characters read before the word: a subject and its clause's words up to it


def verb_of_no_one(text: str, at: int) -> bool:
    """Say whether the verb at `at` in text has a subject that names no one right before it ("Nobody ordered",
    "None of the regulators has ordered", "Neither the Authority nor the government ordered")."""
    return _VERB_AFTER.search(text, max(0, at - _REACH), at) is not None


def in_clause_of_no_one(text: str, at: int) -> bool:
    """Say whether the word at `at` in text stands in a clause a subject naming no one opens, a few words before it
    ("Nobody expects a final ruling before early 2027")."""
    return _IN_CLAUSE.search(text, max(0, at - _REACH), at) is not None


# A clause opening with a person named as no one ("Nobody has paid the fine", "No one was injured"), and the words of
# what it denies: a clause telling anyone did it ("Crestmoor paid the fine", "Three people were injured") restates it
# with its negation dropped. Read as negating a word of five letters or more after it, polarity.py found none in "has
# paid the fine", and "injured" alone shared no second word with "Three people were injured": both built.
_PERSON_NONE_OPENS = patterns.compile(r"\s*(?:nobody|no[\s-]one)\s+(?P<deed>[^\W\d_][\w\s'’-]*)$", re.IGNORECASE)
_NOT_DEED = frozenset({"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "did", "does", "do",
                       "ever", "yet", "far", "the", "a", "an", "any", "of", "to", "in", "on", "at", "for", "by", "its",
                       "their", "his", "her", "this", "that", "with", "from", "so", "since", "then", "now", "also"})


def deed_of_no_one(clause: str) -> tuple[str, ...]:
    """Return the words (three letters or more, casefolded, auxiliaries and articles left out) of what a clause
    opening with "nobody" or "no one" denies of anyone ("paid", "fine" of "Nobody has paid the fine"), or () where
    it opens otherwise or holds nothing but words."""
    opens = _PERSON_NONE_OPENS.match(clause)
    if not opens:
        return ()
    words = (word.casefold().replace("’", "'") for word in re.findall(r"[^\W\d_][\w'’-]*", opens["deed"]))
    return tuple(word for word in words if len(word) >= 3 and word not in _NOT_DEED)
