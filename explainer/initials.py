"""A name's initials are the name: "The regulator fined BP" may cite "British Petroleum was fined", and "the CAT" name
"the Competition Appeal Tribunal".

A word of two to six capitals (a possessive's "'s" aside) names what a passage spells out where it is the initials
of capitalised words the passage writes in a row ("British Petroleum": BP; "Competition and Markets Authority": CMA,
its "and", "of", "for", "the" left out or kept), no other: "fined BT" of "British Petroleum" still names one the
passage does not (tests/test_factcheck_144.py). The passage's words are walked once, in order. A party's name gives
its initials too (initials_of, owners.py's party words): "The WTO said" names the World Trade Organization where a
speaker or a doer is compared, "The WTA said" no one (tests/test_factcheck_154.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns

_WORD = patterns.compile(r"[^\W\d_][\w'’&-]*")
# the small words a name's run of capitals may hold ("Competition and Markets Authority"), in the languages read
_JOINING = frozenset({"and", "of", "for", "the", "on", "&", "de", "du", "des", "la", "le", "et", "del", "y", "und",
                      "für", "der"})
_MOST = 6


def named_by_initials(word: str, text: str) -> bool:
    """Say whether `word` is the initials of capitalised words text writes in a row."""
    bare = re.sub(r"['’]s?$", "", word)
    if not 2 <= len(bare) <= _MOST or not bare.isalpha() or not bare.isupper():
        return False
    return bare in _initials(text)


@functools.lru_cache(maxsize=1 << 10)  # read once per passage
def _initials(text: str) -> frozenset[str]:
    """Return the initials of every run, up to _MOST capitalised words long, of capitalised words text writes in a
    row: with its joining words' initials and without."""
    found: set[str] = set()
    run: list[str] = []  # the run's words, joining words among them
    end = 0
    for match in _WORD.finditer(text):
        token = match.group()
        if run and text[end:match.start()].strip():
            run = []  # anything but spaces between ends a run: "Marlow, Fennick" are two names, "In 2019 British" none
        end = match.end()
        if token[0].isupper():
            run.append(token)
            _add_endings(run, found)
        elif token.casefold() in _JOINING and run:
            run.append(token)
        else:
            run = []
    return frozenset(found)


def _add_endings(run: list[str], found: set[str]) -> None:
    """Add the initials of each stretch of the run ending at its last word, up to _MOST capitalised words, with and
    without its joining words."""
    capitals = 0
    for start in range(len(run) - 1, max(-1, len(run) - 1 - 3 * _MOST), -1):  # joining words bounded too
        if run[start][0].isupper():
            capitals += 1
            if capitals > _MOST:
                break
            if capitals >= 2:
                words = run[start:]
                found.add("".join(word[0] for word in words if word[0].isupper()).upper())
                found.add("".join(word[0] for word in words).upper())


# Initials that spell a common word name no party: "ITS" of "Irish Tax Service" would be every "its" of a text
_COMMON_WORDS = frozenset({"its", "the", "and", "for", "now", "not", "but", "was", "are", "has", "had", "can", "may",
                           "who", "all", "one", "new", "any", "our", "out", "how", "her", "his", "him", "was", "les",
                           "des", "une", "der", "die", "das", "den", "dem", "los", "las", "del", "con", "por", "sur",
                           "par", "und", "ein", "mit", "bei", "von", "aus", "que", "qui", "est", "son", "ses", "sus",
                           "una", "uno", "also", "that", "this", "with", "from", "will", "were", "they", "some"})


def initials_of(name: str) -> frozenset[str]:
    """Return the initials of a name of two to _MOST capitalised words ("World Trade Organization": "WTO"), with its
    joining words' and without, but any that spell a common word."""
    words = [match.group() for match in _WORD.finditer(name)]
    capitals = [word for word in words if word[0].isupper()]
    if not 2 <= len(capitals) <= _MOST or any(not word[0].isupper() and word.casefold() not in _JOINING
                                              for word in words):
        return frozenset()
    found = {"".join(word[0] for word in capitals).upper(), "".join(word[0] for word in words).upper()}
    return frozenset(initials for initials in found if initials.casefold() not in _COMMON_WORDS)
