"""A penalty imposed is no penalty paid: a sentence may not tell as paid a fine, damages or a settlement its cited
passages give only as imposed, agreed or still owed.

"Crestmoor has paid the £18.4 million fine" citing "the commission fined Crestmoor £18.4 million ... Crestmoor has
appealed" tells a payment the source never reports (a fine under appeal is often not yet due). A sentence telling a
payment done ("paid", "has paid", "was paid"; French "a payé", "a réglé", "a versé"; Spanish "pagó", "ha pagado",
"abonó"; German "gezahlt", "bezahlt", "beglichen", "zahlte"), of a penalty or sum ("fine", "penalty", "damages",
"settlement", a court's "judgment" or "award", an amount; "amende", "multa", "Bußgeld", ...), sharing a word of four letters or more with a passage
that names a penalty, is refused where no cited passage tells a payment done itself. A payment still to come ("to be
paid", "will be paid", "doit être payée", "muss gezahlt werden"), negated ("has not paid", "n'a pas payé", "no
pagó", "nicht gezahlt", "Nobody has paid") or in quotation marks tells none, in the sentence or in a passage (tests/test_newuser_108.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .no_one_subjects import verb_of_no_one
from .sentences import markers_blanked

_DONE = patterns.compile(
    r"(?<!\w)(?:paid|payée?s?|réglée?s?|versée?s?|acquittée?s?"
    r"|pagó|pagaron|pagad[oa]s?|abonó|abonaron|abonad[oa]s?"
    r"|gezahlt|bezahlt|beglichen|zahlte|zahlten|bezahlte|bezahlten|beglich)(?!\w)", re.IGNORECASE)
# a payment still to come or owed: "to be paid", "must be paid", "doit être payée", "ser pagada"
_TO_COME_BEFORE = patterns.compile(r"(?<!\w)(?:be|being|être|ser|sea|será|serán)\s+$", re.IGNORECASE)
_TO_COME_AFTER = patterns.compile(r"\s+(?:werden|zu\s+werden|wird)(?!\w)", re.IGNORECASE)
# "has not paid", "n'a pas payé", "no pagó", "nicht gezahlt", "has yet to be paid"
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|pas|jamais|no|nunca|nicht|nie)"
                                   r"(?:\W+\w+){0,2}\W*$", re.IGNORECASE)
# a penalty or a sum owed, in any of the languages read
_PENALTY = patterns.compile(
    r"(?<!\w)(?:fine[ds]?|penalt(?:y|ies)|damages|compensation|settlement|ordered\s+to\s+pay|payable"
    r"|judgments?|awards?"  # a court's money judgment: "has paid the judgment" of "has not paid the judgment" 
    r"|amendes?|sanctions?|pénalités?|indemnités?|indemnisation|dommages|transaction"
    r"|multas?|sanci(?:ón|ones)|indemnizaci(?:ón|ones)|daños|acuerdo"
    r"|Bußgeld\w*|Geldbuße\w*|Geldstrafe\w*|Strafzahlung\w*|Entschädigung\w*|Schadenersatz\w*|Vergleich\w*)(?!\w)",
    re.IGNORECASE)
_SUM = patterns.compile(r"[£$€¥]\s?\d|\d\s?(?:[£$€]|pounds|dollars|euros|livres|libras|Pfund|Euro)(?!\w)",
                        re.IGNORECASE)
_NOT_CONTENT = frozenset({"paid", "fine", "fined", "fines", "penalty", "that", "this", "with", "have", "been", "from",
                          "million", "billion", "settlement", "damages", "amende", "multa", "millions",
                          "millones", "millionen", "pfund", "pounds", "libras", "livres"})
_NEAR = 24  # characters before a payment word read for a negation or a "be"


def penalties_told_paid(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells paid a penalty or sum its cited passages give as imposed or owed, never as
    paid."""
    if not any(_PENALTY.search(passage.text) for passage in passages):
        return []
    spoken = unquoted(markers_blanked(text))
    done = _paid(spoken)
    if done is None or not (_PENALTY.search(spoken) or _SUM.search(spoken)):
        return []
    words = content_words(spoken, _NOT_CONTENT)
    named = [passage for passage in passages if _PENALTY.search(passage.text)
             and words & content_words(passage.text, _NOT_CONTENT)]
    if not named or any(_paid(unquoted(passage.text)) is not None for passage in passages):
        return []
    return [Finding(offset, f"this sentence tells as paid ('{done}') what its cited passages give only as imposed or "
                            f"owed: {clipped(text)}",
                    "say it was imposed or agreed, as the source does, or cite a passage that says it was paid")]


def _paid(text: str) -> str | None:
    """Return the first word of text telling a payment done, or None."""
    for match in _DONE.finditer(text):
        before = text[max(0, match.start() - _NEAR):match.start()]
        if _TO_COME_BEFORE.search(before) or _NEGATED_BEFORE.search(before) \
                or _TO_COME_AFTER.match(text, match.end()) or verb_of_no_one(text, match.start()):
            continue  # ... or "Nobody has paid the judgment yet" (no_one_subjects.py)
        return match.group()
    return None
