"""A rejection told by its noun backs the rejection told by its verb.

"L'Assemblée rejette la motion de censure" citing "Le projet de loi ... a été adopté en première lecture à l'Assemblée
nationale, après le rejet, mardi 17 mars, de la motion de censure" was refused as a negation added
(tests/test_factcheck_231.py): polarity.py reads "rejette" as a negation, and the passage's "le rejet ... de la motion"
negates nothing it reads. A sentence's clause rejecting a thing by a verb ("rejette", "a rejeté", "rejected",
"rechazó") is told by a passage's sentence naming its rejection by the noun ("le rejet de", "the rejection of", "el
rechazo de") followed, within a few words (a date set off by commas), by "de", "of" or "del" and the thing's word,
where the noun is not itself denied ("sans le rejet", "not the rejection") and the sentence's subject is named in the
passage's sentence. French, English and Spanish are read.
"""

from __future__ import annotations

import re

from . import patterns

_VERB = patterns.compile(r"(?<![\w'’-])(?:rejett?(?:e|es|ent|é|ée|és|ées|ait|aient)|reject(?:s|ed)?"
                         r"|rechaz(?:a|an|ó|aron|ado|ada|ados|adas))(?![\w'’-])", re.IGNORECASE)
# the noun, then up to 60 letters (a date or place set off by commas) and "de"/"of" with its article
_NOUN = patterns.compile(r"(?<![\w'’-])(?:rejet|rejection|rechazo)(?![\w'’-])(?P<gap>[^.;:!?]{0,60}?)"
                         r"(?<![\w'’-])(?:de|du|des|d['’]|of|del)\s*(?:(?:la|le|les|l['’]|the|its|their|el|los|las)\s*)?"
                         r"(?P<thing>[^\W\d_]+)", re.IGNORECASE)
_DENIED_BEFORE = patterns.compile(r"(?<![\w'’-])(?:pas|sans|ni|non|not|no|without|nor|sin|ningún)\s+(?:\w+\s+){0,2}$",
                                  re.IGNORECASE)
_PREFIX = 5
_POSSESSOR = patterns.compile(r"(?P<owner>[^\W\d_]+)['’]s?\s+$")


def rejection_told_by_noun(clause: str, predicate: str, subject: frozenset[str], sentence: str,
                           words_of) -> bool:
    """Say whether a sentence's `clause` rejecting its `predicate` (the thing, its first five letters) by a verb is
    told by a passage's `sentence` naming that rejection by its noun, and whose words (`words_of`: a text's content
    words, by their first five letters) hold the clause's `subject`."""
    if not predicate or not _VERB.search(clause) or not subject <= words_of(sentence):
        return False
    return any(match["thing"].casefold()[:_PREFIX] == predicate[:_PREFIX].casefold()
               and not _DENIED_BEFORE.search(sentence[:match.start()])
               and _owned_by_subject(sentence[:match.start()], subject, words_of)
               for match in _NOUN.finditer(sentence))


def _owned_by_subject(before: str, subject: frozenset[str], words_of) -> bool:
    """Say whether a rejection noun's possessor, if any ("the board's rejection"), is among the clause's subject words:
    "The union rejected the offer" is not told by "the board's rejection of the offer"."""
    owner = _POSSESSOR.search(before)
    return owner is None or bool(words_of(owner["owner"]) & subject) or (
        len(owner["owner"]) < _PREFIX and owner["owner"].casefold() in {word.casefold() for word in subject})
