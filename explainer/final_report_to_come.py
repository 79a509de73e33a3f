"""A final report still to come, not told as delivered: "Le groupe spécial a remis son rapport final" may not cite "a
remis son rapport intérimaire ... le rapport final est attendu en juin 2026".

An interim report is no final one, and a final report a passage gives as expected is not out: "a remis son rapport
final" and "Le rapport final a été publié en juin 2026" citing the passage above built (tests/fixtures/newuser_117). A
French sentence is refused where it tells a final report ("rapport final", "rapport définitif") delivered in the past
("a remis", "a publié", "a rendu", "a présenté", "a transmis" ... before it; "a été publié", "a été remis" ... after
it), unnegated, and a cited passage gives the final report only as to come ("le rapport final est attendu", "est
prévu", "sera remis", "doit être publié", "devrait être rendu") while none tells one delivered. The future, the
expected and the negated ("sera publié en juin", "est attendu en juin", "n'a pas encore été publié") keep it to come.
French text is read (tests/test_factcheck_188.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

_FINAL = r"rapport\s+(?:final|définitif)"
_DONE = r"(?:remis|rendu|publié|présenté|transmis|adopté|communiqué|déposé|diffusé)"
# a final report told delivered: "a remis son rapport final", "le rapport final a été publié"
_TOLD_DONE = patterns.compile(
    rf"(?<![\w'’])(?:a|ont|avait|avaient)\s+(?:déjà\s+|finalement\s+|enfin\s+)?{_DONE}\s+(?:son|le|leur|ce|un|sa)\s+"
    rf"{_FINAL}(?!\w)|(?<!\w){_FINAL}(?:\s+[^\W\d_][\w'’-]*){{0,4}}?\s+(?<![\w'’])(?:a|avait)\s+(?:déjà\s+|finalement\s+"
    rf"|enfin\s+)?été\s+{_DONE}e?(?!\w)|(?<!\w){_FINAL}\s+(?:est|a\s+été)\s+(?:paru|sorti|rendu\s+public)(?!\w)",
    re.IGNORECASE)
# a final report given as to come: "le rapport final est attendu en juin", "sera remis", "doit être publié"
_TO_COME = patterns.compile(
    rf"(?<!\w){_FINAL}\s+(?:n['’]est\s+)?(?:est|sont|sera|doit\s+être|devrait\s+être|n['’]est)\s+(?:(?:attendu|prévu)"
    rf"|{_DONE})(?!\w)|(?<!\w)(?:attendre|attend)\s+(?:le|son|leur)\s+{_FINAL}(?!\w)", re.IGNORECASE)
# a negation before the deed in its clause: "n'a pas encore été publié", "n'a toujours pas remis"
_NEGATED = patterns.compile(r"(?<!\w)(?:ne|n['’]|pas|jamais|aucun\w*)(?!\w)[^.;:,!?]{0,30}$", re.IGNORECASE)


def final_report_told_out(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a French sentence tells delivered a final report its cited passages give only as to
    come."""
    if (language or "").split("-")[0].lower() != "fr" or "rapport" not in text:
        return []
    coming = next((match for passage in passages if "rapport" in passage.text
                   for match in _TO_COME.finditer(passage.text)), None)
    if coming is None or any(_told_done(passage.text) for passage in passages):
        return []  # most passages give no final report to come: found without reading the sentence
    told = _told_done(text)
    if told is None:
        return []
    shown = " ".join(coming.group().split())
    return [Finding(offset, f"this sentence tells the final report delivered ('{' '.join(told.group().split())}') "
                            f"where its cited passages give it as still to come ('{shown}'): {clipped(text)}",
                    f"keep the final report to come ('{shown}'), or cite a passage that gives it delivered")]


def _told_done(text: str) -> re.Match | None:
    """Return where text tells a final report delivered, outside quotation marks and unnegated in its clause."""
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    return next((match for match in _TOLD_DONE.finditer(spoken) if not inside(quoted, match.start())
                 and not _NEGATED.search(spoken, max(0, match.start() - 30), match.start())
                 and not _NEGATED.search(match.group())), None)
