"""An attempt, or a thing stopped before it got there, told by a clause that denies the outcome of each: "According to
Tarar, none of the drones reached their targets" citing "Tarar said Pakistani Taliban militants attempted to deploy
drones against targets within Pakistan, but air defense systems intercepted them", or "... all the drones were
intercepted before they reached their targets".

polarity.py reads "none of the drones reached their targets" as denying the drones (its first long word), and a clause
holding "drones" and "targets" as restating it: the attempt was read as the drones reaching their targets, and the
sentence refused as a negation added (tests/test_factcheck_194.py). A positive clause tells no outcome where it holds
a word of attempting ("attempted", "tried", "sought") and not the verb the negated subject is denied ("reached"), or
where that verb follows "before" after a verb of stopping ("intercepted ... before they reached"). "The drones reached
their targets" still restates it. English text is read.
"""

from __future__ import annotations

import re

from . import patterns

_ATTEMPT = patterns.compile(r"(?<!\w)(?:attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|s(?:ought|eek|eeks|eeking)"
                            r"|aim(?:s|ed|ing)?)\s+to(?!\w)", re.IGNORECASE)
_STOPPED_BEFORE = patterns.compile(
    r"(?<!\w)(?:intercept(?:s|ed)?|stopp?(?:s|ed)?|shot\s+down|downed|destroy(?:s|ed)|halt(?:s|ed)|block(?:s|ed)"
    r"|caught|neutrali[sz]ed|repelled)(?:\s+[\w'’]+){0,3}\s+before(?!\w)", re.IGNORECASE)
_PREFIX = 5  # "reached" and "reach" alike
# what stands between a subject and its verb: "None of the drones has ever reached"
_BETWEEN = frozenset({"has", "have", "had", "was", "were", "is", "are", "ever", "yet", "been", "actually"})


def short_of_outcome(negative: str, subject: str, positive: str) -> bool:
    """Say whether a positive clause tells an attempt, or a stop before it, rather than done the verb a negative
    clause denies of its negated subject (`subject`, its first long word: "reached" after "drones" in "none of the
    drones reached their targets")."""
    verb = _verb_after(negative, subject)
    if len(verb) < 3:
        return False
    stem = verb[:_PREFIX]
    stopped = _STOPPED_BEFORE.search(positive)
    told = positive[:stopped.end()] if stopped else positive  # what follows "before" is what did not happen
    if any(word.casefold().startswith(stem) for word in re.findall(r"[^\W\d_]+", told)):
        return False
    return bool(stopped) or _ATTEMPT.search(positive) is not None


def _verb_after(clause: str, subject: str) -> str:
    """Return the word after a clause's subject (casefolded), past auxiliaries and adverbs: its verb, or ""."""
    words = [word.casefold() for word in re.findall(r"[^\W\d_]+", clause)]
    at = next((at for at, word in enumerate(words) if word.startswith(subject[:_PREFIX])), None)
    after = [word for word in words[at + 1:] if word not in _BETWEEN] if at is not None else []
    return after[0] if after else ""
