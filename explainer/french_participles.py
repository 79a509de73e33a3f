"""A French participle in -é read as its verb: "voté", "votée", "votés", "votées" are "voter", whose first five letters
are those of "votera" and "voteront". Compared by their first five letters, "Le budget sera voté en décembre" held no
word of "Le conseil votera le budget" ("voté" is four letters, "signé" is not "signe"), and backed no sentence of the
future it states in the passive (tests/test_factcheck_192.py)."""

from __future__ import annotations

from . import patterns

_PARTICIPLE = patterns.compile(r"^(?P<stem>[^\W\d_]{3,}?)(?:é|ée|és|ées)$")


def as_infinitive(word: str) -> str:
    """Return a French participle in -é as its infinitive in -er ("votée": "voter"); any other word as it is."""
    found = _PARTICIPLE.match(word)
    return found["stem"] + "er" if found else word
