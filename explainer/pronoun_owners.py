"""Whose sentence of the source "It says that 212 of the flats have black mould and that the company ignored repair
requests" is: the party the sentence before it opens on ("The Harrowgate Tenants' Association filed its claim ..."),
not the party named in the words it reports.

held_figures.py keeps a table's figure to the party whose source sentence alone names it, and read that sentence's
"the company" (the defendant's alias, inside what the association says) as its owner: 212 in the association's own
column was refused as the company's (tests/test_newuser142.py). A sentence opening "It says" ("They claim", "Now it
estimates": pronoun_subjects.py) is owned by the party the sentence before opens on, where that subject names one party
of the briefing; where it names none, the sentence is no named party's. English text is read.
"""

from __future__ import annotations

from typing import Callable

from .attribution import Cited
from .pronoun_subjects import PRONOUN_SAYS_AFTER_ADVERB, with_pronoun_named
from .speakers import names_one_party

Parties = tuple[tuple[str, frozenset[str]], ...]
Owner = Callable[[str, Parties], frozenset]


def pronoun_speaker_owner(passage: Cited, sentence: str, parties: Parties, owner: Owner) -> frozenset | None:
    """Return the owner of the source's `sentence` holding `passage` where it opens on "It says": `owner` of the
    subject the sentence before opens on, or none; None where the sentence opens otherwise."""
    if "t " not in sentence[:12]:  # "It ", "it ", "They ": most sentences open otherwise (a str test first)
        return None
    found = PRONOUN_SAYS_AFTER_ADVERB.match(sentence)
    if not found:
        return None
    named = with_pronoun_named(passage._replace(text=sentence), lambda words: names_one_party(words, parties),
                               PRONOUN_SAYS_AFTER_ADVERB)
    if named.text == sentence:
        return frozenset()  # "it" stands for no party the sentence before names: the words reported own nothing
    subject = named.text[found.start("pronoun"):len(named.text) - len(sentence) + found.end("pronoun")]
    return owner(subject, parties)
