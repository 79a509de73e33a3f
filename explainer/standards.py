"""A standard is no speaker: "according to the law", "according to the rules", "according to plan" say how a thing
was done, not whose word it is.

"Corvane copied Brightwell's code according to the law" citing "Brightwell alleges that Corvane copied its source code"
built: "according" was read as saying whose word the sentence states, so the allegation was told as fact with a
standard in the speaker's place. And a passage's "the forms were filled in according to the law" read as someone's
word, which a sentence dropping it might be refused for. A standard after "according to" (a law, rules, regulations,
a plan, a schedule, a contract, the constitution; English "according to (the) law", French "selon la loi", Spanish
"según la ley", German "laut Gesetz", Swahili "kwa mujibu wa sheria" or "kulingana na sheria") is blanked before
the checks look for a reporting word, so it neither says whose word a sentence states nor passes anyone's on; a
speaker after the same words ("according to Brightwell", "kwa mujibu wa Tume") still does
(tests/test_factcheck_88.py).
"""

from __future__ import annotations

import re

from . import patterns

# what may open a standard, looked for as text before the pattern: every phrase below holds one
_MAY_HOLD = ("ccording", "CCORDING", "mujibu", "MUJIBU", "lingana", "selon", "Selon", "según", "Según", "laut", "Laut")
_STANDARD = patterns.compile(
    r"(?<!\w)(?:"
    # "according to the law", "according to federal law", "according to the rules", "according to plan"
    r"according\s+to\s+(?:(?:the|its|their|this|that|these|those)\s+)?(?:[^\W\d_]+\s+){0,2}?"
    r"(?:law|laws|rules?|regulations?|statutes?|constitution|bylaws|guidelines|procedures?|protocols?|contract"
    r"|treaty|terms|timetable|schedule|plan|plans|script|custom|tradition|the\s+book)"
    r"(?!\w|\s+(?:firms?|schools?|professors?|experts?|enforcement|officers?|officials?|society|departments?"
    r"|committees?|offices?|makers?|lords?|students?|review|journal|cent(?:re|er)s?|commissions?|bod(?:y|ies)|groups?"
    r"|analysts?|scholars?|lecturers?|clinic)(?!\w))"
    # Swahili "kwa mujibu wa sheria", "kulingana na kanuni", "kwa mujibu wa mpango"
    r"|(?:kwa\s+mujibu\s+wa|kulingana\s+na)\s+(?:sheria|kanuni|taratibu|utaratibu|katiba|mpango|ratiba|mkataba"
    r"|makubaliano)(?!\w)"
    # French "selon la loi", Spanish "según la ley", German "laut Gesetz"
    r"|selon\s+(?:la\s+|les\s+|le\s+)?(?:loi|lois|règles?|règlement|procédure|plan|calendrier|contrat|constitution)"
    r"(?!\w)|según\s+(?:la\s+|las\s+|el\s+|lo\s+)?(?:ley|leyes|normas?|reglas?|reglamento|plan|previsto|contrato"
    r"|constitución|calendario)(?!\w)"
    r"|laut\s+(?:dem\s+|der\s+)?(?:Gesetz|Vertrag|Plan|Satzung|Verfassung|Vorschrift|Regeln)(?!\w)"
    r")", re.IGNORECASE)


def standards_blanked(text: str) -> str:
    """Return text with each standard after "according to" ("according to the law", "kwa mujibu wa sheria")
    blanked: spaces as long as it, every offset kept."""
    if not any(word in text for word in _MAY_HOLD):
        return text
    return _STANDARD.sub(lambda match: " " * len(match.group()), text)
