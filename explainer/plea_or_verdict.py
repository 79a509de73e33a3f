"""How a criminal case ended, kept: a guilty verdict not told as a guilty plea, an acquittal not told as charges
dropped.

"Corvane pleaded guilty to bribery" citing "Corvane was found guilty of bribery" built: the guilt stands, and a
defendant who fought the charge and lost at trial reads as having admitted it. "The charges against Okafor were
dropped" citing "Okafor was acquitted" built too: a case a jury heard and decided reads as one the prosecutors gave
up before trial ("acquitted" told for "dropped" is refused already, as a deed no passage gives). A sentence is refused
where it gives a guilty plea ("pleaded guilty", "plead guilty"; French "a plaidé coupable", Spanish "se declaró
culpable", German "bekannte sich schuldig") and its cited passages give a verdict of guilt ("found guilty",
"convicted", "reconnu coupable", "declarado culpable", "schuldig gesprochen") and no plea; or where it gives charges
dropped ("dropped the charges", "charges were dropped", "withdrew the charges"; "abandonné les poursuites", "retiró
los cargos", "ließ die Anklage fallen") and its passages give an acquittal ("acquitted", "found not guilty",
"acquitté", "absuelto", "freigesprochen") and no charge dropped. Negated words and words in quotation marks are not
read (tests/test_factcheck_87.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

# what may tell a plea or charges dropped, looked for as text before any pattern
_MAY_PLEAD = ("plead", "pled", "plaid", "culpable", "schuldig")
_MAY_DROP = ("drop", "withdr", "abandon", "retir", "fallen", "eingestellt")
_PLEA = patterns.compile(
    r"(?<![\w-])(?:(?:pleaded|pleads|plead|pled|pleading)\s+guilty|guilty\s+pleas?|(?:a|ont|avait)\s+plaidé\s+coupable"
    r"|plaide\s+coupable|se\s+(?:declaró|declararon|declara|ha\s+declarado)\s+culpables?|bekannte\w*\s+sich\s+"
    r"(?:[\w-]+\s+){0,3}?schuldig|hat\s+sich\s+(?:[\w-]+\s+){0,3}?schuldig\s+bekannt)(?![\w-])", re.IGNORECASE)
# a plea of any kind, or an admission, in the passages: what backs a sentence's plea
_ANY_PLEA = patterns.compile(r"(?<![\w-])(?:plead\w*|pled|pleas?|admitted|admits|confess\w*|plaid\w*|aveux?"
                             r"|declaró\s+culpable|confes\w*|bekannte\w*|Geständnis\w*|gestand\w*)(?![\w-])",
                             re.IGNORECASE)
_GUILTY_VERDICT = patterns.compile(
    r"(?<![\w-])(?:(?:found|held|declared|adjudged)\s+(?:[\w'’-]+\s+){0,3}?guilty|guilty\s+verdicts?|convicted"
    r"|(?:reconnue?s?|déclarée?s?)\s+coupables?|(?:declarad[oa]s?|hallad[oa]s?)\s+culpables?|schuldig\s+gesprochen"
    r"|für\s+schuldig\s+befunden)(?![\w-])", re.IGNORECASE)
_DROPPED = patterns.compile(
    r"(?<![\w-])(?:(?:dropped|drops|drop|withdrew|withdrawn|withdraws)\s+(?:[\w'’-]+\s+){0,4}?charges?|charges?\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:dropped|withdrawn)|(?:abandonné|abandonne)"
    r"\s+(?:les\s+)?(?:poursuites|charges)|(?:poursuites|charges)\s+(?:ont\s+été\s+)?abandonnées|retir(?:ó|aron|ado|ados"
    r"|ó)\s+(?:[\w-]+\s+){0,2}?cargos|cargos\s+(?:fueron\s+)?retirados|(?:ließ|ließen)\s+(?:[\w-]+\s+){0,3}?Anklage\s+"
    r"(?:[\w-]+\s+){0,3}?fallen|Anklage\s+(?:[\w-]+\s+){0,3}?fallen\s*gelassen|Verfahren\s+(?:[\w-]+\s+){0,3}?"
    r"eingestellt)(?![\w-])", re.IGNORECASE)
_ACQUITTED = patterns.compile(r"(?<![\w-])(?:acquitt\w+|acquit|acquits|found\s+(?:[\w'’-]+\s+){0,3}?not\s+guilty"
                              r"|not\s+guilty\s+verdicts?|acquitté\w*|absuelt[oa]s?|absolvi\w*|freigesprochen"
                              r"|Freispruch)(?![\w-])", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|no|nicht|pas|nunca)\s+(?:\w+\s+)?$", re.IGNORECASE)


def plea_or_verdict_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells a guilty plea its passages give as a verdict, or charges dropped they give
    as an acquittal."""
    folded = text.casefold()
    found = []
    if any(word in folded for word in _MAY_PLEAD):
        found += _turned(text, passages, offset, _PLEA, _ANY_PLEA, _GUILTY_VERDICT,
                         ("a guilty plea", "a verdict of guilt"),
                         "tell the verdict as the source does (\"was found guilty\"), or cite a passage that gives "
                         "the plea")
    if any(word in folded for word in _MAY_DROP):
        found += _turned(text, passages, offset, _DROPPED, _DROPPED, _ACQUITTED,
                         ("charges dropped", "an acquittal at trial"),
                         "tell the acquittal as the source does (\"was acquitted\"), or cite a passage that gives "
                         "the charges dropped")
    return found


def _turned(text: str, passages: list[Cited], offset: int, told: re.Pattern, backing: re.Pattern,
            other: re.Pattern, kinds: tuple[str, str], hint: str) -> list[Finding]:
    """Return a finding where text says what `told` reads and its passages give only what `other` reads."""
    said = _said(markers_blanked(text), told)
    if said is None or any(backing.search(passage.text) for passage in passages):
        return []
    given = next((match.group() for passage in passages for match in [other.search(passage.text)] if match), None)
    if given is None:
        return []
    return [Finding(offset, f"this sentence tells as {kinds[0]} ('{said}') what its cited passages give as {kinds[1]} "
                            f"('{' '.join(given.split())}'): {clipped(text)}", hint)]


def _said(text: str, pattern: re.Pattern) -> str | None:
    """Return the first words `pattern` finds in text outside quotation marks and not negated."""
    quoted = quoted_parts(text)
    return next((" ".join(match.group().split()) for match in pattern.finditer(text)
                 if not inside(quoted, match.start()) and not _NEGATED_BEFORE.search(text, 0, match.start())), None)
