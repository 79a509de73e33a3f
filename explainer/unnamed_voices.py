"""A voice of its own that names no one: "The group says that prices could rise ..." is no longer the words of the
speaker a sentence before it names ('"...," said its director, Helen Okafor.').

held_speakers.py reads a passage sentence naming no speaker with the sentences before it back to one that does, as a
pronoun's words ("It says ...") are its antecedent's. A sentence whose reporting word has a subject of its own, a
common noun after "the" or "this" ("The group says", "the company added", "This body warned"), speaks for whoever
that noun is, which may be no speaker named before: "Shoppers' Voice says prices could rise by up to 6%" citing
the paragraph was refused as Helen Okafor's words (tests/test_factcheck_181.py). Such a sentence ends the turn
before it, and the passage is read whole. English text is read.
"""

from __future__ import annotations

from . import patterns

_VERBS = (r"says|said|say|argues|argued|adds|added|warns|warned|claims|claimed|estimates|estimated|believes"
          r"|believed|insists|insisted|maintains|maintained|contends|contended|notes|noted|told|tells")
# "The group says", "the company also said", "This body warned"; not "It says" (a pronoun's antecedent speaks)
_UNNAMED_VOICE = patterns.compile(
    rf"(?:^|(?<=[,;:]\s))\s*(?:[Tt]he|[Tt]his)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+(?:also\s+)?(?:{_VERBS})(?!\w)")


def speaks_unnamed(sentence: str) -> bool:
    """Say whether a sentence's reporting word has a common noun of its own for its subject ("The group says")."""
    return _UNNAMED_VOICE.search(sentence) is not None


def unnamed_voice(sentence: str) -> str:
    """Return the subject of a sentence's reporting word where it is a common noun of its own ("The group"), or ""."""
    found = _UNNAMED_VOICE.search(sentence)
    if found is None:
        return ""
    words = found.group().split()[:-1]
    return " ".join(words[:-1] if words[-1] == "also" else words)
