"""A negated expectation kept: "Lassen rechnet damit, dass vor Ende Oktober eine neue Regierung gebildet wird" may not
cite "Er erwarte nicht, dass vor Ende Oktober eine neue Regierung gebildet werde".

German (French, Spanish) puts a verb of expecting or believing in a clause of its own before "dass" ("que", "à ce
que"): "Er erwarte nicht, dass ...", "Il ne pense pas que ...", "No cree que ...". polarity.py reads the two clauses
apart, and the negated one ("Er erwarte nicht") shares no word with a restatement through another verb of expecting
("rechnet damit", "geht davon aus", "glaubt"), so the negation dropped built. Read here: a passage's clause of
expecting (any of these verbs) before "dass"/"que", with its negation or without, and what is expected after it. A
sentence that expects the same (two words of four letters or more shared with what the passage expects, or all of a
shorter one's), through any verb of expecting, is refused where the polarities of the two differ: the negation
dropped ("rechnet damit" of "erwarte nicht") or added. A negation moved into what is expected ("erwartet, dass keine
neue Regierung gebildet wird") keeps the passage's sense and is not read (tests/test_newuser_105.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts, unquoted
from .locale import base_language
from .sentences import inside, markers_blanked

# a verb of expecting or believing, in any person and tense, and the conjunction its clause ends in
_EXPECTING = {
    "de": (r"erwart\w*|rechne\w*|glaub\w*|vermut\w*|prognostiz\w*|geh(?:e|t|en)\s+(?:\w+\s+){0,3}?davon\s+aus"
           r"|ging(?:en)?\s+(?:\w+\s+){0,3}?davon\s+aus|halte?n?t?\s+es\s+für\s+wahrscheinlich|hielt\s+es\s+für"
           r"\s+wahrscheinlich", r",\s*dass(?!\w)"),
    "fr": (r"attend\w*|pens\w*|croi\w*|cru|prévoi\w*|prévu|escompt\w*|table\w*\s+sur",
           r"(?:,\s*)?(?:à\s+ce\s+)?(?:que(?!\w)|qu['’])"),
    "es": (r"esper\w*|cree\w*|creí\w*|crey\w*|prevé\w*|prevén|prevei\w*|previ\w*|cuenta\w*\s+con|contab\w*\s+con",
           r"(?:,\s*)?(?:con\s+)?que(?!\w)"),
}
_NEGATION = {"de": r"nicht|kein\w*|nie|niemals", "fr": r"ne|n['’]|pas|jamais", "es": r"no|nunca|jamás"}
# the verb, then (within a few words of its clause, no punctuation between) the conjunction: read from each verb, so
# a passage is scanned once and each verb's reach is bounded
_VERB = {code: patterns.compile(rf"(?<![\w'’])(?:{verbs})(?!\w)", re.IGNORECASE) for code, (verbs, _) in _EXPECTING.items()}
_THAT = {code: patterns.compile(rf"[^.;:!?,]{{0,60}}?\s*{that}", re.IGNORECASE) for code, (_, that) in _EXPECTING.items()}
_CLAUSE_START = patterns.compile(r"[.;:!?,][^.;:!?,]*$")
_NEGATING = {code: patterns.compile(rf"(?<![\w'’])(?:{words})(?!\w)", re.IGNORECASE)
             for code, words in _NEGATION.items()}
_WORD = patterns.compile(r"[^\W\d_]{4,}")
_NOT_CONTENT = frozenset({"dass", "eine", "einen", "einem", "einer", "wird", "werde", "werden", "würde", "sein", "sei",
                          "soit", "sera", "serait", "dans", "avec", "pour", "avant", "este", "esta", "para", "antes",
                          "sobre", "bien", "noch", "auch", "bereits"})
_PREFIX = 5
_RESTATES = 2


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _expectations(text: str, code: str) -> tuple[tuple[bool, frozenset[str], str], ...]:
    """Return each expectation text gives: whether its clause of expecting is negated, the content words of what is
    expected (negated there or not), and the clause of expecting as written."""
    found = []
    for verb, main, expected in _clauses(text, code):
        if _NEGATING[code].search(expected):
            continue  # "erwartet, dass keine ... gebildet wird": a negation moved into what is expected, or two
        found.append((bool(_NEGATING[code].search(main)), _content(expected), " ".join(main.split())))
    return tuple(found)


def _clauses(text: str, code: str) -> list[tuple[int, str, str]]:
    """Return each clause of expecting in text before its "dass" ("que"): where its verb starts, the clause as written
    (from its start to the conjunction), and what is expected (to the sentence's end)."""
    found, reached = [], 0
    for verb in _VERB[code].finditer(text):
        if verb.start() < reached:
            continue
        that = _THAT[code].match(text, verb.end())
        if that is None:
            continue
        before = _CLAUSE_START.search(text, max(0, verb.start() - 120), verb.start())
        start = before.start() + 1 if before else max(0, verb.start() - 120)
        end = next((at for at in range(that.end(), min(len(text), that.end() + 400)) if text[at] in ".;:!?"),
                   min(len(text), that.end() + 400))
        found.append((verb.start(), text[start:that.end()], text[that.end():end]))
        reached = that.end()
    return found


def _content(text: str) -> frozenset[str]:
    """Return the first five letters of text's words of four letters or more, folded, but for the commonest."""
    return frozenset(word.casefold()[:_PREFIX] for word in _WORD.findall(text) if word.casefold() not in _NOT_CONTENT)


def turned_expectations(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a sentence expects what its cited passage expects, with the passage's negation of the
    expecting dropped or one added."""
    code = base_language(language or "en")
    if code not in _VERB:
        return []
    theirs = [found for passage in passages for found in _expectations(passage.text, code)]
    if not theirs:
        return []  # most passages expect nothing before "dass"
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for at, main, expected in _clauses(spoken, code):
        if inside(quoted, at) or _NEGATING[code].search(expected):
            continue
        negated, words = bool(_NEGATING[code].search(main)), _content(expected)
        same = [(their_negated, shown) for their_negated, their_words, shown in theirs
                if len(words & their_words) >= min(_RESTATES, len(words) or 1)]
        if not same or any(their_negated == negated for their_negated, _ in same):
            continue
        shown = same[0][1]
        told = "adds a negation to" if negated else "drops the negation of"
        return [Finding(offset, f"this sentence {told} its cited passage's expectation ('{shown}'): {clipped(text)}",
                        "keep the source's negation, or cite a passage that says this")]
    return _denied_told_as_fact(spoken, text, theirs, code, offset)


# what keeps a sentence from telling the expected as fact: a negation, a doubt or a hedge of its own ("kaum", "erst
# nach", "peu probable", "difícilmente")
_KEPT_OPEN = {"de": r"kaum|erst|frühestens|unwahrscheinlich|zweifel\w*|bezweifel\w*|wohl|voraussichtlich|vermutlich",
              "fr": r"guère|peu\s+probable|improbable|doute\w*|probablement",
              "es": r"difícilmente|improbable|duda\w*|probablemente"}
_KEPT_OPEN_RE = {code: patterns.compile(rf"(?<![\w'’])(?:{words})(?!\w)", re.IGNORECASE) for code, words in _KEPT_OPEN.items()}
_TOLD_AS_FACT = 3  # words of what is expected a sentence restates, at least (all of a shorter one's)


def _denied_told_as_fact(spoken: str, text: str, theirs, code: str, offset: int) -> list[Finding]:
    """Return a finding when a sentence with no verb of expecting and no negation tells as a fact what a cited passage
    expects not to happen: "Vor Ende Oktober wird eine neue Regierung gebildet" of "Er erwarte nicht, dass vor Ende
    Oktober eine neue Regierung gebildet werde" (unread, built: tests/test_factcheck_145.py)."""
    denied = [(their_words, shown) for negated, their_words, shown in theirs if negated]
    if not denied or _VERB[code].search(spoken) or _NEGATING[code].search(spoken) or _KEPT_OPEN_RE[code].search(spoken):
        return []
    words = _content(unquoted(spoken))
    shown = next((shown for their_words, shown in denied
                  if len(words & their_words) >= min(_TOLD_AS_FACT, len(their_words) or 1)
                  and len(words & their_words) * 3 >= len(their_words) * 2), None)
    if shown is None:
        return []
    return [Finding(offset, f"this sentence tells as a fact what its cited passage expects not to happen ('{shown}'): "
                            f"{clipped(text)}",
                    "say who expects it and keep the source's negation, or cite a passage that says this")]

