"""An Italian deed only not ruled out told as certain: "Una parte della produzione sarà trasferita in Slovacchia" (or
"L'azienda trasferirà una parte della produzione") may not cite "Bertolazzi non ha escluso che una parte della
produzione possa essere trasferita ... in Slovacchia" (tests/test_factcheck_222.py). forecasts.py reads English,
French, Spanish and German "did not rule out"; Italian's "non ha escluso che" before a "possa" was read as no hedge.

Read where an Italian passage's "non ha (hanno, aveva) escluso che" (or "non esclude che") is followed, in its
sentence, by the words of a deed; a sentence's clause that puts that deed in the future ("sarà trasferita",
"trasferirà"), sharing two of its words (their first five letters), and keeps no hedge of its own anywhere
("potrebbe", "possa", "forse", "non esclude", a conditional in "-rebbe") and is no condition ("se ... sarà"), is
refused. A cited passage telling the deed as certain backs it. Quoted words are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .sentences import markers_blanked

# "non ha escluso che", "non hanno escluso", "non esclude che": what follows, to the sentence's end, is only possible
_NOT_RULED_OUT = patterns.compile(
    r"(?<!\w)non\s+(?:(?:ha|hanno|aveva|avevano)\s+(?:mai\s+)?esclus[oaie]|esclude|escludono|escluse|esclusero)"
    r"(?:\s+che)?(?P<deed>[^.;!?]*)", re.IGNORECASE)
# the future of a sentence: "sarà", "trasferirà", "chiuderanno" (not "potrà", which keeps the doubt)
_FUTURE = patterns.compile(r"(?<![\w-])[a-zàèéìòù]+r(?:à|anno)(?!\w)", re.IGNORECASE)
_NOT_FUTURE = frozenset({"potrà", "potranno"})
# a sentence's own hedge keeps the deed possible
_HEDGE = patterns.compile(
    r"(?<!\w)(?:potrebbe|potrebbero|potrà|potranno|possa|possano|forse|possibil\w*|eventual\w*|probabil\w*"
    r"|ipotesi|esclu\w*|\w+rebbe|\w+rebbero)(?!\w)", re.IGNORECASE)
# a condition's future states nothing certain: "se la sospensione sarà confermata"
_CONDITION = patterns.compile(r"\s*(?:se|qualora|nel\s+caso\s+in\s+cui|quando|finché|prima\s+che)(?!\w)",
                             re.IGNORECASE)
_CLAUSE = patterns.compile(r"[,;:()]|\s(?:ma|mentre|però)\s", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{4,}")
_SHARED = 2  # words of a deed a clause restates


def told_certain(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when Italian text tells in the future, with no hedge, a deed its cited passages only did not
    rule out."""
    if language[:2].lower() != "it" or not any("esclu" in passage.text for passage in passages):
        return []  # most passages rule nothing out: found by one search each
    deeds = [_stems(found["deed"]) for passage in passages for found in _NOT_RULED_OUT.finditer(passage.text)]
    if not deeds:
        return []
    spoken = unquoted(markers_blanked(text))
    if _HEDGE.search(spoken):
        return []  # "Se la sospensione sarà confermata, la Regione potrebbe ...": the sentence keeps a doubt
    for clause in _CLAUSE.split(spoken):
        future = [found for found in _FUTURE.finditer(clause) if found.group().casefold() not in _NOT_FUTURE]
        if not future or _CONDITION.match(clause):
            continue
        said = _stems(clause)
        if any(len(said & deed) >= _SHARED for deed in deeds) and not _told_certain_elsewhere(said, passages):
            return [Finding(offset + max(0, spoken.find(clause.strip())),
                            f"the source only does not rule this out ('non ha escluso che'), but it is worded as "
                            f"certain ('{future[0].group()}'): {clipped(text)}",
                            "keep the source's doubt (\"non ha escluso che ... possa\", \"potrebbe\") and say whose it "
                            "is, or cite a passage that states it as certain")]
    return []


def _stems(text: str) -> frozenset[str]:
    """Return the first five letters of text's words of four letters or more, folded."""
    return frozenset(word.casefold()[:5] for word in _WORD.findall(text))


def _told_certain_elsewhere(said: frozenset[str], passages: list[Cited]) -> bool:
    """Say whether a cited passage's sentence, outside a not ruling out and with no hedge, tells the same deed."""
    for passage in passages:
        for sentence in re.split(r"(?<=[.;!?])\s+", _NOT_RULED_OUT.sub(" ", passage.text)):
            if not _HEDGE.search(sentence) and len(said & _stems(sentence)) >= _SHARED + 1 and _FUTURE.search(sentence):
                return True
    return False
