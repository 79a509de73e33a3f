"""A reporting verb whose subject is a pronoun inside a clause ("... filed a complaint with the Electoral Commission
over what it calls misleading leaflets", "leaflets it calls misleading") is said by that pronoun, not by the words
before it: "the Electoral Commission over what it" was read as the speaker, so a claim citing the sentence before
was refused as the commission's words (tests/test_newuser148.py). Whom the pronoun stands for is not guessed."""

from __future__ import annotations

from . import patterns

# lower case only: "Mr He said" names a person
_PRONOUN_LAST = patterns.compile(r"(?<=\S)\s+(it|he|she|they|we)$")


def pronoun_alone(subject: str) -> str:
    """Return a subject ending with a personal pronoun after other words as that pronoun alone; else the subject."""
    if not subject.endswith(("it", "he", "she", "they", "we")):  # the cheap test first
        return subject
    found = _PRONOUN_LAST.search(subject)
    return found.group(1) if found else subject
