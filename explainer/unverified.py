"""A source's "could not be independently verified" or "has not been peer reviewed" kept: a hedge of several words.

"Rebels seized the airport on Tuesday." citing "Rebels seized the airport on Tuesday, though this could not be
independently verified." built, and so did "The vaccine was 71% effective ..." citing "... according to preliminary
data that has not been peer reviewed": attribution.py's hedges are single words ("reportedly", "unverified"). A
passage saying its words could not be verified, confirmed or corroborated, or have not been peer reviewed, gives them
only as reported, as "reportedly" does (attribution._hedges_in reads these), and a sentence keeps the hedge with such
words of its own ("which could not be verified", "not yet peer-reviewed"; "a preprint", a paper not yet peer reviewed:
tests/test_newuser_72.py), as it does with a reporting word.
A passive's subject says what is unverified: "this", "which", "the claim", "the figures", "the death toll" (or no
subject) hedge the words the passage gives; "the date has not been confirmed", "his whereabouts could not be
confirmed" leave the rest of the passage as it stands ("Talks are expected next week" builds). English text is read; a
confirmation ("has been confirmed") is no hedge.
"""

from __future__ import annotations

import re

from . import patterns

_NEGATED_AUXILIARY = (r"(?:(?:could|can|has|have|had|was|were|is|are|would|will)\s+not|cannot"
                      r"|(?:could|can|has|have|had|was|were|is|are|would)n['’]t|won['’]t)")
_CHECKED = r"(?:verified|confirmed|corroborated|peer[-\s]?reviewed)"
_CHECK = r"(?:verify|confirm|corroborate)"
_UNVERIFIED = patterns.compile(
    rf"(?<!\w)(?:{_NEGATED_AUXILIARY}\s+(?:(?:yet|immediately|independently|been|be)\s+){{0,4}}{_CHECKED}"
    rf"|{_NEGATED_AUXILIARY}\s+(?:(?:independently|immediately|yet)\s+)?{_CHECK}"
    rf"|(?:unable|not\s+able)\s+to\s+(?:(?:independently|immediately)\s+)?{_CHECK}"
    rf"|not\s+(?:yet\s+)?peer[-\s]?reviewed)(?!\w)", re.IGNORECASE)
_STEMS = ("verif", "confirm", "corroborat", "review")
_PREPRINT = frozenset({"preprint", "preprints"})  # "pre-print" is read as its two words: "print" says nothing
_PASSIVE = patterns.compile(rf"{_CHECKED}$", re.IGNORECASE)
_SUBJECT_START = patterns.compile(r"[.,;:!?()—–]|(?<!\w)(?:though|although|but|while|whereas|and)(?!\w)", re.IGNORECASE)
_NEGATIONS = frozenset({"not", "neither", "nor", "no", "nobody", "never", "unable", "cannot"})
_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = patterns.compile(r"[.!?]\s+")
_ESTIMATE_OPENING = patterns.compile(r"\s*(?:the|this|that|its|their)\s+estimates?\s+(?!of\s)", re.IGNORECASE)
_ESTIMATED_FIGURE = patterns.compile(
    r"(?<!\w)estimated\s+(?:to\s+[a-z]+(?:\s+worth)?|at)\s+(?:[a-z]+\s+){0,2}?[$£€]?\d", re.IGNORECASE)
# A subject that is the passage's own words, or a claim of them: what it says is unverified is what it gives
_GIVEN_WORDS = frozenset({"this", "that", "which", "it", "these", "those", "they", "them", "the", "a", "an", "its",
                          "their", "his", "her", "such", "either", "neither", "none", "of", "any", "all", "both",
                          "independently", "yet", "immediately", "so", "far", "as"})
_CLAIM_NOUNS = frozenset({"claim", "claims", "report", "reports", "account", "accounts", "figure", "figures", "number",
                          "numbers", "toll", "tolls", "information", "allegation", "allegations", "statement",
                          "statements", "details", "death", "casualty", "casualties", "data", "findings", "results",
                          "study", "assertion", "assertions", "version", "footage", "video", "videos", "images",
                          "photos", "photographs", "reporting", "estimate", "estimates", "count"})


def unverified(text: str) -> list[re.Match]:
    """Return the places where text says its words could not be verified or have not been peer reviewed."""
    folded = text.lower()
    if "not" not in folded and "n't" not in folded and "n’t" not in folded and "unable" not in folded:
        return []  # most text says no such thing: found without the pattern
    if not any(stem in folded for stem in _STEMS):
        return []
    return [match for match in _UNVERIFIED.finditer(text)
            if not _PASSIVE.search(match.group()) or _given(_subject(text, match.start()))
            and not _estimate_given_as_such(text, match.start())]


def keeps_unverified(text: str) -> bool:
    """Say whether a sentence keeps such a hedge in words of its own: the passage's ("could not be verified"), or a
    word of checking with a negation ("Neither side's figures could be independently verified")."""
    folded = text.lower()
    if not any(stem in folded for stem in _STEMS) and "preprint" not in folded and "checked" not in folded:
        return False  # most sentences hold no word of checking: found by plain searches
    if unverified(text):
        return True
    words = set(_WORD.findall(folded))
    if words & _PREPRINT:
        return True  # a preprint is a paper not yet peer reviewed: "posted online as a preprint" (newuser_72)
    if "unchecked" in words or "checked" in words and words & _NEGATIONS:
        return True  # "The transcript has not been checked against the broadcast" for "Unverified" (newuser_96)
    return any(word.startswith(_STEMS) for word in words) and bool(words & _NEGATIONS)


def _estimate_given_as_such(text: str, at: int) -> bool:
    """Say whether a passive at `at` says an estimate is unconfirmed ("The estimate comes from a 2019 survey ... and
    has not been confirmed") in text giving its figure as estimated ("estimated to hold 1.2 trillion cubic feet"):
    the estimate word keeps that hedge (estimated_holdings.py), and the text's other words stand as given ("About 80
    per cent of the field's surface area falls within Marenian waters" was refused: tests/test_newuser_131.py)."""
    start = max((match.end() for match in _SENTENCE_END.finditer(text, 0, at)), default=0)
    return bool(_ESTIMATE_OPENING.match(text, start) and _ESTIMATED_FIGURE.search(text))


def _subject(text: str, at: int) -> list[str]:
    """Return the words of the clause before a passive's auxiliary at `at`: its subject ("the date")."""
    start = max((match.end() for match in _SUBJECT_START.finditer(text, 0, at)), default=0)
    return [word.lower() for word in _WORD.findall(text, start, at)]


def _given(subject: list[str]) -> bool:
    """Say whether a passive's subject is the passage's own words or a claim of them, not a thing of its own."""
    return all(word in _GIVEN_WORDS for word in subject) or any(word in _CLAIM_NOUNS for word in subject)
