"""A holder's stake kept where a passage lists holders with their stakes, the verb of owning written once.

"Zeta, which owns 12% of Bolt, opposes the deal" citing "Ayr Capital owns 20% of Bolt, Zeta Capital 12% and Kell
Partners 5%" was refused as giving Bolt the 12% the passage gives "Capital", where it gives Bolt 20%
(moved_figures.py): the passage's "of Bolt" is every listed holder's. Here a sentence's "<holder>(, which|who) owns
(holds, controls, has) N% of <company>" keeps its figure where a cited passage's sentence says "owns" (or "holds",
"controls", "has", a "stake", "holders", "shareholders"), names the company, and lists the holder's first name word
right before N% (up to three words between: "Zeta Capital 12%", "Zeta, with 12%"). A passage giving N% to another
holder is refused as before (tests/test_factcheck_243.py). English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .sentences import split_sentences

_STAKE = patterns.compile(
    r"(?P<holder>[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3},?\s+(?:which|who|that\s+)?\s*(?:now\s+|already\s+)?"
    r"(?:owns|holds|controls|has|owned|held|controlled|had)\s+(?:a\s+stake\s+of\s+|about\s+|around\s+|some\s+)?"
    r"(?P<figure>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)\s+(?:stake\s+)?(?:of|in)\s+(?:the\s+)?"
    r"(?P<company>[A-Z][\w'’-]*)")
_OWNING = patterns.compile(r"(?<!\w)(?:owns?|holds?|controls?|has|stakes?|holders?|shareholders?|owners?)(?!\w)",
                           re.IGNORECASE)


def stake_of_listed_holder(text: str, passages: list, language: str = "") -> bool:
    """Say whether a sentence's "<holder>, which owns N% of <company>" is a stake a cited passage's sentence lists
    for that holder in a run of holders of that company."""
    if "%" not in text and "cent" not in text:
        return False
    return any(_listed(held.text, stake["holder"], stake["figure"], stake["company"])
               for stake in _STAKE.finditer(text) for passage in passages
               for held in split_sentences(passage.text, language))


def _listed(sentence: str, holder: str, figure: str, company: str) -> bool:
    """Say whether a passage's sentence of owning `company` lists `holder` right before `figure` per cent."""
    if not _OWNING.search(sentence) or not re.search(rf"(?<!\w){re.escape(company)}(?!\w)", sentence):
        return False
    listed = rf"(?<![\w'’-]){re.escape(holder)}(?:[\s,]+[\w'’()-]+){{0,3}}?[\s,(]+" \
             rf"{re.escape(figure)}\s?(?:%|per\s?cent|percent)"
    return re.search(listed, sentence) is not None
