"""A plain denial worded without "no": "cleared Orell of any fault", "she was not at fault" deny fault as plainly as
"she bore no fault".

widened_denials.py refuses "no fault" where the cited passages deny only "no significant fault", but reads a denial
only as "no" before its noun: "The tribunal cleared Orell of any fault" and "she was not at fault" citing "the panel
found that she bore no significant fault or negligence" built (tests/test_newuser_139.py's leftover). Here "not at
fault", "cleared (her) of (any, all) fault", "absolved of", "free of any" and "exonerated of" are rewritten, at the
offsets they have, as the "no" of a plain denial of the noun after them ("no     fault"), in a sentence and in its
passages alike (a passage's own "not at fault" backs the sentence's), and widened_denials.py is asked of that
(unfound_denials.py asks). A denial the words before it negate or leave open ("did not clear her of all fault",
"stopped short of clearing", "could be cleared of") is left as written. English text is read
(tests/test_factcheck_249.py).
"""

from __future__ import annotations

import re

from . import patterns

# "was | not at | fault", "cleared Orell | of any | fault", "absolved her | of all | blame", "free | of any | fault"
_WORDED = patterns.compile(
    r"(?<![\w'’-])(?:(?P<not_at>not\s+at\s+)(?=fault(?![\w'’-]))"
    r"|(?:cleared|absolved|exonerated)(?:\s+(?!of(?![\w'’-]))[\w'’-]+){0,3}?\s+(?P<of>of\s+(?:any\s+|all\s+)?)"
    r"(?=[a-z]{4,}(?![\w'’-]))"
    r"|free\s+(?P<free_of>of\s+(?:any\s+|all\s+))(?=[a-z]{4,}(?![\w'’-])))", re.IGNORECASE)
# the words before it in its clause negate it or leave it open: "did not clear her of all fault"
_LEFT_OPEN = patterns.compile(
    r"(?<![\w'’-])(?:not|never|n['’]t|no|short|if|unless|whether|could|would|might|may|can|should|will|to|sought"
    r"|seeks?|asked|wants?|hopes?|hoped)(?![\w'’-])[^.;:!?]*$", re.IGNORECASE)


def denials_as_no(text: str) -> str:
    """Return text with each plain denial worded without "no" written as "no" and spaces before its noun, every
    offset kept."""
    if not _may_deny(text):
        return text
    return _WORDED.sub(lambda found: _as_no(found, text), text)


def _may_deny(text: str) -> bool:
    folded = text.casefold()
    return "fault" in folded or "clear" in folded or "absolv" in folded or "exonerat" in folded or "free of" in folded


def _as_no(found: re.Match, text: str) -> str:
    """Return the match with its denying words as "no" and spaces, unless the words before it negate it or leave it
    open ("not at fault" itself is the negation: only what comes before its "not" is read)."""
    group = next(name for name in ("not_at", "of", "free_of") if found[name])
    if _LEFT_OPEN.search(text, max(0, found.start() - 60), found.start()):
        return found.group()
    start, end = found.span(group)
    width = end - start
    return found.group()[:start - found.start()] + "no" + " " * (width - 2) + found.group()[end - found.start():]
