"""A German silence told as a comment: "Das Land hat sich zu dem Fall geäußert" may not cite "Das Land hat sich zu dem
Fall bisher nicht geäußert".

"sich äußern" (to comment) and "Stellung nehmen" are verbs of saying, whose clause polarity.py leaves to the speaker
checks; a passage's "hat sich nicht geäußert" names no words a decline check could give another, and the negation
dropped built (tests/test_factcheck_248.py). A sentence is refused where it tells one has commented ("hat sich
geäußert", "äußerte sich", "nahm Stellung", "hat Stellung genommen"), keeping no negation ("nicht", "nie", "kein",
"noch nicht") nor a question ("ob") of its own, and every cited passage that tells such a comment tells it negated,
of a clause sharing a noun with the sentence ("Land"). An infinitive ("will sich äußern") is a plan, not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import markers_blanked

# a comment told done: "hat sich ... geäußert", "äußerte sich", "nahm ... Stellung", "hat ... Stellung genommen"
_COMMENTED = patterns.compile(r"(?<!\w)(?:geäu(?:ß|ss)ert|äu(?:ß|ss)ert(?:e|en)?|Stellung\s+genommen"
                              r"|(?:nahm|nahmen|nimmt)\s+(?:\w+\s+){0,6}?Stellung)(?!\w)", re.IGNORECASE)
# a negation or a question in the same clause, before or after the verb ("äußerte sich nicht", "noch nicht geäußert")
_NEGATION = patterns.compile(r"(?<!\w)(?:nicht|nie|niemals|kein\w*|weder|ob|bislang\s+nicht)(?!\w)", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[.;:!?]|,\s*(?:aber|doch|während|und)?\s*")
# German's nouns, capitalised; the sentence's first word is read too, as it opens on its article most often
_NOUN = patterns.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{2,}(?![\w-])")
_NOT_NOUNS = frozenset({"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Zu", "Zum",
                        "Zur", "Bisher", "Bislang", "Noch", "Stellung", "Auch", "Nach", "Laut", "Wie"})


def comment_told_of_silence(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence tells a comment its cited passages tell only as not made."""
    if language.split("-")[0].lower() != "de" or not _COMMENTED.search(text):
        return []
    spoken = markers_blanked(text)
    told = [clause for clause in _clauses(spoken) if _COMMENTED.search(clause) and not _NEGATION.search(clause)]
    if not told:
        return []
    theirs = [clause for passage in passages for clause in _clauses(passage.text) if _COMMENTED.search(clause)]
    if not theirs or any(not _NEGATION.search(clause) for clause in theirs):
        return []  # no passage tells of a comment, or one tells it made: another check's, or backed
    for clause in told:
        nouns = _nouns(clause)
        silent = next((their for their in theirs if nouns & _nouns(their)), None)
        if silent is not None:
            verb = _COMMENTED.search(clause).group()
            return [Finding(offset, f"this sentence tells a comment made ('{verb}') where its cited passages tell it "
                                    f"as not made ({clipped(silent.strip())}): {clipped(text)}",
                            "say it has not commented, as the source does, or cite a passage telling the comment")]
    return []


def _clauses(text: str) -> list[str]:
    """Return text's clauses, split at a sentence's end, a semicolon or a comma."""
    return [clause for clause in _CLAUSE_END.split(text) if clause.strip()]


def _nouns(clause: str) -> frozenset[str]:
    """Return the nouns of a German clause, folded, but articles and adverbs that open it."""
    return frozenset(word.casefold() for word in _NOUN.findall(clause) if word not in _NOT_NOUNS)
