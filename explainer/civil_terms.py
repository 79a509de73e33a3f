"""A civil case kept civil: a finding of liability not told as a guilty verdict, damages not told as a fine.

"Corvane was found guilty of infringing two patents" citing "a jury found Corvane liable for infringing two patents",
or "Corvane was fined $120 million" citing "the jury ordered Corvane to pay $120 million in damages", built: every
figure and word stands, and a company that lost a civil suit reads as convicted of a crime, or punished by the state
where it owes the other side. A sentence is refused where it gives a guilty verdict ("found guilty", "guilty of",
"pleaded guilty") and its cited passages give a finding of liability ("liable", "liability") and no guilt; or where it
gives a fine ("fined", "a $120 million fine") and its passages give damages ("damages", "compensation", "ordered to
pay") and no fine or penalty. French, Spanish and German are read alike ("reconnu coupable", "amende" for "reconnu
responsable", "dommages et intérêts"; "declarada culpable", "multada" for "declarada responsable", "daños y
perjuicios"; "schuldig gesprochen", "Geldstrafe" for "haftbar", "Schadenersatz"). Words in quotation marks are not
read (tests/test_factcheck_85.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .fine_figures import fined_amount, fines_the_amount
from .sentences import inside, markers_blanked

# what may tell a guilty verdict or a fine, looked for as text before any pattern
_MAY_CONVICT = ("guilty", "coupable", "culpable", "schuldig")
_MAY_FINE = ("fine", "amende", "multa", "multó", "geldstrafe", "bußgeld", "bussgeld", "geldbuße", "geldbusse")
_GUILTY = patterns.compile(
    r"(?<![\w-])(?:(?:found|held|declared|judged|adjudged|ruled)\s+(?:\w+\s+){0,3}?guilty|guilty\s+(?:of|on|verdicts?"
    r"|pleas?)|pleaded\s+guilty|(?:reconnue?s?|déclarée?s?|jugée?s?)\s+coupables?|(?:declarad[oa]s?|hallad[oa]s?"
    r"|encontrad[oa]s?)\s+culpables?|schuldig\s+gesprochen|für\s+schuldig|schuldig\s+befunden)(?![\w-])",
    re.IGNORECASE)
_LIABLE = patterns.compile(
    r"(?<![\w-])(?:liable|liability|(?:reconnue?s?|déclarée?s?|tenue?s?)\s+(?:pour\s+)?responsables?|(?:declarad[oa]s?"
    r"|hallad[oa]s?)\s+responsables?|haftbar|haftet|Haftung)(?![\w-])", re.IGNORECASE)
# a fine, not "a fine line" nor "fine print": "fined", "fines of", "a $120 million fine", "amende", "multa"
_FINE = patterns.compile(
    r"(?<![\w-])(?:fined|fines?(?=\s+(?:of|totall?ing|worth|amounting)\s)|(?:a|an|the|its|their|his|her|record|hefty"
    r"|heavy|million|billion|\d[\d.,]*(?:m|bn|k)?)\s+fines?(?!\s+(?:line|print|art|wine|tun|details?|margins?|balance))"
    r"|amendes?|multad[oa]s?|multas?|multó|Geldstrafen?|Bu(?:ß|ss)geld\w*|Geldbu(?:ß|ss)en?)(?![\w-])", re.IGNORECASE)
# what the passages may give in a fine's place or beside it: a penalty of any name backs a fine
_PENALTY = patterns.compile(r"(?<![\w-])(?:penalt(?:y|ies)|pénalités?|sanci(?:ón|ones)|sanctions?\s+pécuniaires?"
                            r"|Strafe\w*)(?![\w-])", re.IGNORECASE)
_DAMAGES = patterns.compile(
    r"(?<![\w-])(?:damages|compensation|ordered\s+(?:\w+\s+){0,3}?to\s+pay|dommages[\s-]+(?:et[\s-]+)?intérêts"
    r"|indemnités?|daños\s+y\s+perjuicios|indemnizaci(?:ón|ones)|Schadens?ersatz\w*|Entschädigung\w*)(?![\w-])",
    re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|non|no|nicht|pas)\s+(?:\w+\s+)?$", re.IGNORECASE)


def civil_told_as_criminal(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells a guilty verdict or a fine where its passages give only a finding of
    liability or damages."""
    folded = text.casefold()
    found = []
    if any(word in folded for word in _MAY_CONVICT):
        found += _guilty_for_liable(text, passages, offset)
    if any(word in folded for word in _MAY_FINE):
        found += _fine_for_damages(text, passages, offset, language)
    return found


def _guilty_for_liable(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where text gives a guilty verdict and its passages only a finding of liability."""
    guilty = _said(markers_blanked(text), _GUILTY)
    if guilty is None or any(_GUILTY.search(passage.text) for passage in passages):
        return []
    liable = next((match.group() for passage in passages for match in [_LIABLE.search(passage.text)] if match), None)
    if liable is None:
        return []
    return [Finding(offset, f"this sentence says '{guilty}', a criminal verdict, where its cited passages give a civil "
                            f"finding ('{' '.join(liable.split())}'): {clipped(text)}",
                    "keep the finding as the source gives it (\"found liable\"), or cite a passage that gives a "
                    "guilty verdict")]


def _fine_for_damages(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding where text gives a fine and its passages only damages."""
    spoken = markers_blanked(text)
    fine = _said(spoken, _FINE)
    if fine is None:
        return []
    amount = next((fined_amount(spoken, match, language) for match in _FINE.finditer(spoken)), frozenset())
    if any(fines_the_amount(amount, p.text, _FINE, p.language or language)
           or fines_the_amount(amount, p.text, _PENALTY, p.language or language) for p in passages):
        return []  # a fine of another figure ("fined Corvane 15 million euros") backs no fine of $120 million
    damages = next((match.group() for passage in passages for match in [_DAMAGES.search(passage.text)] if match), None)
    if damages is None:
        return []
    return [Finding(offset, f"this sentence says '{fine}' where its cited passages give damages "
                            f"('{' '.join(damages.split())}'): a fine is a penalty, damages are owed to the other side: "
                            f"{clipped(text)}",
                    "say what the source says (\"ordered to pay ... in damages\"), or cite a passage that gives a "
                    "fine")]


def _said(text: str, pattern: re.Pattern) -> str | None:
    """Return the first words `pattern` finds in text outside quotation marks and not negated."""
    quoted = quoted_parts(text)
    return next((" ".join(match.group().split()) for match in pattern.finditer(text)
                 if not inside(quoted, match.start()) and not _NEGATED_BEFORE.search(text, 0, match.start())), None)
