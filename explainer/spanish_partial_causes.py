"""A Spanish cause given in part may not be told as the whole cause.

"La Junta calcula que los municipios han perdido cerca del 18 % de su población por el deterioro del río" citing "...
han perdido cerca del 18 % de su población desde el año 2000, en parte por el deterioro del río" drops the source's
"en parte": the decline is put down wholly to one of its causes. It was refused only because "calcula" was not read
as saying whose word a sentence gives; with es.yaml's `according_to` listing "calcula", this reads it (tests/
test_factcheck_209.py). A passage's "en parte por", "en parte debido a", "en parte a causa de" or "parcialmente por"
binds the cause's first word after its article; a sentence giving "por" (or "debido a", "a causa de") and that word
with no "en parte", "parcialmente", "entre otras", "también" or "sobre todo" within a few words before it is refused,
unless a cited passage gives the same cause whole. Spanish text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import markers_blanked

_CAUSE = r"(?:por|debido\s+al?|a\s+causa\s+del?)"
_ARTICLE = r"(?:(?:el|la|los|las|un|una|unos|unas|su|sus)\s+)?"
_PARTIAL_CAUSE = patterns.compile(rf"(?<![^\W\d_])(?:en\s+parte|parcialmente)\s+(?:{_CAUSE}\s+)?(?:del?\s+|al\s+)?"
                                  rf"{_ARTICLE}(?P<cause>[^\W\d_]{{4,}})", re.IGNORECASE)
_PARTIAL_NEAR = patterns.compile(r"(?<![^\W\d_])(?:en\s+parte|parcialmente|entre\s+otr[ao]s|también|sobre\s+todo"
                                 r"|en\s+buena\s+parte|en\s+gran\s+parte|principalmente)(?![^\W\d_])", re.IGNORECASE)


def partial_cause_told_whole(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a Spanish sentence gives as a cause, whole, what its cited passages give only in part."""
    if not language.lower().startswith("es") or not any("parte" in p.text or "parcial" in p.text for p in passages):
        return []
    spoken = markers_blanked(text)
    for cause, shown in _partial_causes(passages):
        for match in re.finditer(rf"(?<![^\W\d_]){_CAUSE}\s+(?:del?\s+|al\s+)?{_ARTICLE}{re.escape(cause)}"
                                 r"(?![^\W\d_])", spoken, re.IGNORECASE):
            if _PARTIAL_NEAR.search(spoken, max(0, match.start() - 30), match.start()) or _whole_elsewhere(
                    passages, cause):
                continue
            return [Finding(offset, f"this sentence gives as the whole cause what its cited passages give only in part "
                                    f"('{shown}'): {clipped(text)}",
                            "keep the source's 'en parte', or cite a passage that gives this cause whole")]
    return []


def _partial_causes(passages: list[Cited]) -> list[tuple[str, str]]:
    """Return each cause a passage gives in part: its first word and the words as the passage shows them."""
    return [(match.group("cause"), " ".join(match.group().split())) for passage in passages
            for match in _PARTIAL_CAUSE.finditer(passage.text)]


def _whole_elsewhere(passages: list[Cited], cause: str) -> bool:
    """Say whether a cited passage also gives the cause with no partial word before it."""
    for passage in passages:
        for match in re.finditer(rf"(?<![^\W\d_]){_CAUSE}\s+(?:del?\s+|al\s+)?{_ARTICLE}{re.escape(cause)}"
                                 r"(?![^\W\d_])", passage.text, re.IGNORECASE):
            if not _PARTIAL_NEAR.search(passage.text, max(0, match.start() - 30), match.start()):
                return True
    return False
