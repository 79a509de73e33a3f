"""A referral kept: a plan the source says a body referred to someone else to decide may not be told as rejected,
blocked or vetoed by it.

"The scrutiny committee rejected the plan" (or "voted by seven votes to two to reject the plan", "blocked the
closure", "threw out the proposal", "said the referral was a rejection of the plan") citing "The health scrutiny
committee ... voted by seven votes to two to refer the plan to the health secretary" tells a decision the source says
the body left to another. Refused where the sentence rejects a plan (proposal, closure, move, scheme,
recommendation) in words no cited passage uses as done, and a cited passage refers a plan to another ("refer",
"referred", "referral"). A passage's own "reject" read only negated ("A referral is not a rejection") or as a
possibility ("may accept the plan, reject it or ...") backs nothing; a plain one ("rejected the plan and referred
it") backs the sentence. A sentence's rejection negated ("did not reject", "rather than rejecting", "stopped short
of rejecting"), told as a possibility ("may", "could", "whether", "if") and words in quotation marks are not read.
English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_REJECTED = patterns.compile(
    r"(?<![\w-])(?:reject(?:ed|s|ing)?|rejections?|block(?:ed|s|ing)?|veto(?:ed|es|ing)?|overturn(?:ed|s|ing)?"
    r"|(?:threw|thrown|throw|throws|throwing)\s+out|(?:turned|turns|turn|turning)\s+down"
    r"|(?:voted|votes|vote|voting)\s+(?:down|against))(?![\w-])", re.IGNORECASE)
_PLAN = patterns.compile(r"(?<![\w-])(?:plans?|proposals?|closure|move|scheme|recommendations?)(?![\w-])",
                         re.IGNORECASE)
_REFERRED = patterns.compile(r"(?<![\w-])refer(?:s|red|ring|rals?)?(?![\w-])", re.IGNORECASE)
# the words before a rejection that leave it undone: negated, or only possible
_UNDONE_BEFORE = patterns.compile(
    r"(?<![\w-])(?:not|never|n['’]t|no|nor|without|rather\s+than|instead\s+of|short\s+of|unlike|may|might|could|can"
    r"|would|should|whether|if|unless|power\s+to|right\s+to|free\s+to|able\s+to)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)
# "may accept the plan, reject it or ...": one of a list of possibilities a modal opens
_ONE_OF_CHOICES = patterns.compile(r"(?<![\w-])(?:may|might|could|can)\s+[^.;]{0,40}$", re.IGNORECASE)


def referral_told_as_rejection(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a plan rejected or blocked that its cited passages give as referred to
    another to decide, in words none of them uses as done."""
    if not in_english(language) or not passages:
        return []
    own = unquoted(markers_blanked(text))
    if not _REJECTED.search(own) or not _PLAN.search(own):
        return []
    referral = next((m for p in passages if _PLAN.search(p.text) for m in [_REFERRED.search(p.text)] if m), None)
    if referral is None or any(_rejects_as_done(p.text) for p in passages):
        return []
    rejection = _rejection_as_done(own)
    if rejection is None:
        return []
    return [Finding(offset, f"this sentence tells a rejection ('{rejection.group()}') where its cited passages give a "
                            f"referral ('{referral.group()}') to someone else to decide: {clipped(text)}",
                    "say what the source says (the plan was referred), or cite the passage that says it was rejected")]


def _rejection_as_done(text: str) -> re.Match | None:
    """Return the first rejection of text told as done: not negated, not a mere possibility."""
    return next((m for m in _REJECTED.finditer(text)
                 if not _UNDONE_BEFORE.search(text[:m.start()]) and not _ONE_OF_CHOICES.search(text[:m.start()])),
                None)


def _rejects_as_done(passage: str) -> bool:
    """Say whether a passage itself tells a rejection as done ("rejected the plan and referred it")."""
    return _rejection_as_done(passage) is not None
