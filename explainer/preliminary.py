"""A preliminary finding not told as the ruling: a body's preliminary (interim, draft, provisional) report, or a ruling
its passages give as still to come, may not be told as a ruling given.

"The WTO panel ruled on March 10 that the duty broke WTO rules" (or "the panel's final ruling found", "issued its
ruling", "the verdict") citing "A WTO panel issued a preliminary report on March 10, which found that the duty was
inconsistent with WTO rules ... the panel's final ruling is expected in June" built: every word and date stands, and
a confidential first view becomes the decision a trade dispute waits for. It is refused where a cited passage sharing a
word with the sentence gives a preliminary finding or a ruling to come ("is expected to rule", "yet to rule", "final
ruling is expected"), no cited passage tells a ruling given, and the sentence keeps no "preliminary" of its own ("in a
preliminary ruling, the panel found" builds; "the final ruling is expected in June" tells none given). French, Spanish
and German are read alike ("a statué", "rapport préliminaire"; "dictaminó", "informe preliminar"; "entschied",
"vorläufiger Bericht"). Words in quotation marks are not read (tests/test_newuser_46.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked

# what may tell a ruling given, looked for as text before any pattern
_MAY_RULE = ("ruled", "ruling", "verdict", "judgment", "judgement", "statué", "tranché", "dictaminó", "falló", "fallo",
             "entschied", "urteil")
_RULING = r"(?:ruling|verdict|judge?ment|decision|determination)"
# a ruling told as given: "ruled", "issued its ruling", "the final ruling found", "in its ruling"
_GIVEN = patterns.compile(
    rf"(?<!\w)(?:(?:has|have|had)\s+)?ruled(?!\s+out)|(?:issued|handed\s+down|delivered|published|gave|announced)\s+"
    rf"(?:its|a|the|their)\s+(?:final\s+)?{_RULING}|(?:final\s+)?{_RULING}\s+(?:found|held|said|concluded|stated"
    rf"|determined|declared)|in\s+(?:its|the|a)\s+(?:final\s+)?ruling|(?:a|ont)\s+(?:statué|tranché)"
    rf"|dictaminó|falló|(?:entschied|urteilte)(?!\s+noch)", re.IGNORECASE)
# a finding given as preliminary, or a ruling as still to come
_PRELIMINARY = patterns.compile(
    r"(?<!\w)(?:(?:preliminary|interim|draft|provisional|initial)\s+(?:report|ruling|findings?|decision|opinion"
    r"|determination|view|conclusions?)|(?:is|are)\s+(?:expected|due|scheduled|set)\s+to\s+rule|(?:yet|due)\s+to\s+rule"
    # a reported or hypothetical future as well, an adverb or two between: "a judge would first decide whether"
    r"|(?:will|would)\s+(?:(?:now|later|then|also|first|next|soon|\w+ly)\s+){0,2}(?:rule(?!\s+out)|decide)"
    r"|(?:final\s+)?(?:ruling|verdict|decision|judge?ment)\s+(?:is|was|are)\s+(?:now\s+)?(?:expected"
    r"|due)|rapport\s+(?:préliminaire|intermédiaire|provisoire)|conclusions\s+préliminaires|informe\s+(?:preliminar"
    r"|provisional)|vorläufige[nrs]?\s+(?:Bericht|Entscheidung|Feststellungen))(?!\w)", re.IGNORECASE)
# a sentence keeping the finding preliminary
_KEPT = patterns.compile(r"(?<!\w)(?:preliminary|interim|draft|provisional|initial|préliminaire|intermédiaire"
                         r"|provisoire|preliminar|vorläufig\w*)(?!\w)", re.IGNORECASE)
# a ruling told as not given: "has not yet ruled", "has never ruled"
_NOT_GIVEN = patterns.compile(r"(?<!\w)(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?ruled(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"ruled", "ruling", "report", "final", "found", "that", "which", "issued", "preliminary",
                          "expected", "their", "there", "this", "with", "from", "were", "have", "been"})


def preliminary_as_ruling(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells as a ruling given what its passages give only as a preliminary finding or
    a ruling to come."""
    folded = text.casefold()
    if not any(word in folded for word in _MAY_RULE):
        return []  # most sentences tell no ruling: found without reading their passages
    spoken = markers_blanked(text)
    given = _first(_NOT_GIVEN.sub(" ", spoken), _GIVEN)
    if given is None or _KEPT.search(spoken) or any(_first(_unqualified(p.text), _GIVEN) for p in passages):
        return []
    words = content_words(spoken, _NOT_CONTENT)
    for passage in passages:
        for match in _PRELIMINARY.finditer(passage.text):
            if words & content_words(passage.text, _NOT_CONTENT):
                said = " ".join(match.group().split())
                return [Finding(offset, f"this sentence tells as a ruling given ('{given}') what its cited passages "
                                        f"give only as preliminary or still to come ('{said}'): {clipped(text)}",
                                "keep the finding as the source gives it (\"in a preliminary report\", \"is expected "
                                "to rule\"), or cite a passage that gives the ruling")]
    return []


def _first(text: str, pattern: re.Pattern) -> str | None:
    """Return the first words `pattern` finds in text outside quotation marks."""
    quoted = quoted_parts(text)
    return next((" ".join(match.group().split()) for match in pattern.finditer(text)
                 if not inside(quoted, match.start())), None)


def _unqualified(text: str) -> str:
    """Return a passage without its preliminary findings ("a preliminary ruling found"), which give no ruling."""
    return _PRELIMINARY.sub(" ", text)
