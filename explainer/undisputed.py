"""What a passage says was not disputed, told as disputed: "Ellison disputed the majority's finding on liability" may
not cite "She did not dispute the majority's finding on liability."

polarity.py reads "dispute" and "contest" as negating by their meaning, and leaves what they negate unread: "did not
dispute" is then two negations against the sentence's one, and neither was compared, so the sentence built. A passage
gives a thing as not disputed where "not", "n't" or "never" stands right before "dispute", "contest" or "challenge"
(in any form), or a subject that negates opens its clause ("Neither side disputes", "No one contests"). A sentence telling it disputed (the verb, no negation in the three words before it) is refused where
such a passage shares a word of five letters or more with it after the verb, and no cited passage tells the verb
without a negation. English text is read (tests/test_newuser_69.py). The other way round, a sentence telling not
disputed ("a figure Norvania does not dispute") what every cited passage telling the verb tells disputed, two long
words shared either side of it, is refused too (tests/test_newuser_101.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english

_VERB = patterns.compile(r"(?<![\w-])(?:disput|contest|challeng)(?:e|es|ed|ing)?(?!\w)", re.IGNORECASE)
_NOT_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no\s+longer|n['’]t)(?:\s+[\w'’]+){0,2}\s+$", re.IGNORECASE)
# ... or a subject that negates it, opening its clause: "Neither side disputes that total", "Neither Norlandia nor the
# Isles disputes it", "No one disputes", "Nobody contests" ("Norlandia disputes that total" of it built: newuser_83)
_NEGATED_SUBJECT_BEFORE = patterns.compile(r"(?:^|[.;:,!?]\s*|(?<!\w)(?:and|but|that|while)\s+)"
                                           r"(?:neither|nobody|no\s+one|none|no)(?:\s+[\w'’]+){0,5}\s+$",
                                           re.IGNORECASE)
_LONG = patterns.compile(r"[^\W\d_]{5,}")
_FOLLOWING = 80  # characters after the verb its object is read in


def disputed_for_undisputed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells disputed what every cited passage telling the verb tells as not disputed."""
    lowered = text.lower()
    if not in_english(language) or not ("disput" in lowered or "contest" in lowered or "challeng" in lowered):
        return []  # most sentences tell no dispute
    told = [match for match in _VERB.finditer(text) if not _negated(text, match.start())]
    if not told:
        return _undisputed_for_disputed(text, passages, offset)
    negated, plain = [], False
    for passage in passages:
        for match in _VERB.finditer(passage.text):
            if _negated(passage.text, match.start()):
                negated.append((passage.text, match))
            else:
                plain = True
    if plain or not negated:
        return []
    for match in told:
        own = _after(text, match.end())
        for passage, theirs in negated:
            if own & _after(passage, theirs.end()):
                start = (_NOT_BEFORE.search(passage, max(0, theirs.start() - 40), theirs.start())
                         or _NEGATED_SUBJECT_BEFORE.search(passage, max(0, theirs.start() - 60), theirs.start()))
                shown = " ".join(passage[start.start() if start else theirs.start():theirs.end()].split()).lstrip(
                    ".;:,!? ")  # the clause's opening mark, before a negating subject
                return [Finding(offset, f"this sentence says '{match.group()}' where its cited passages say "
                                        f"'{shown}': {clipped(text)}",
                                "keep the source's negation: say what was not disputed as not disputed")]
    return []


def _undisputed_for_disputed(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where text tells not disputed what every cited passage telling the verb tells disputed: "a
    figure Norvania does not dispute" of "a figure the Norvanian government disputes" (newuser_101). A relative
    clause names what is disputed before its verb, so the words either side of it are compared."""
    told = [match for match in _VERB.finditer(text) if _negated(text, match.start())]
    theirs = [(passage.text, match) for passage in passages for match in _VERB.finditer(passage.text)]
    if not told or not theirs or any(_negated(passage, match.start()) for passage, match in theirs):
        return []
    for match in told:
        own = _around(text, match)
        for passage, found in theirs:
            if len(own & _around(passage, found)) >= 2:
                negation = _NOT_BEFORE.search(text, max(0, match.start() - 40), match.start())
                shown = " ".join(text[negation.start() if negation else match.start():match.end()].split())
                return [Finding(offset, f"this sentence says '{shown}' where its cited passages say "
                                        f"'{found.group()}': {clipped(text)}",
                                "keep the source's stance: say what was disputed as disputed")]
    return []


def _around(text: str, match: re.Match) -> set[str]:
    """Return the long words either side of a verb, folded."""
    return ({word.casefold() for word in _LONG.findall(text[max(0, match.start() - _FOLLOWING):match.start()])}
            | _after(text, match.end()))


def _negated(text: str, at: int) -> bool:
    """Say whether a negation stands in the three words before `at`, or a negating subject opens its clause."""
    return bool(_NOT_BEFORE.search(text, max(0, at - 40), at)
                or _NEGATED_SUBJECT_BEFORE.search(text, max(0, at - 60), at))


def _after(text: str, end: int) -> set[str]:
    """Return the long words of the words after a verb, folded."""
    return {word.casefold() for word in _LONG.findall(text[end:end + _FOLLOWING])}
