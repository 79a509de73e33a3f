"""A side's deed put in the other side's land: "The Taliban return to power in Pakistan" may not cite "Since the
Taliban returned to power in 2021, relations between Afghanistan and Pakistan ... have shifted".

places.py leaves a place that names a party of the briefing to the checks of parties swapped, which count names: the
passage above names Pakistan, so the swap built. A sentence's place after "in", "inside" or "within" naming a party
("in Pakistan") is read where its clause before it names another party as the doer ("The Taliban"). It is refused
where a clause of a cited passage tells the same deed (two of the sentence clause's lowercase words of four letters
or more, by their first four letters, or its one such word) of that doer, and no such clause names the place's party:
the source tells the deed in no place ("in 2021"), or in another. A deed told in its doer's own land ("return to
power in Afghanistan" of the Taliban) is not read; nor is a clause naming both sides before the place. English text is
read; words in quotation marks are not.
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .party_figures import party_of
from .sentences import inside, markers_blanked

_PLACED = patterns.compile(r"(?<![\w-])(?:in|inside|within)\s+(?P<place>[A-Z][\w-]+)(?![\w'’-])")
_CLAUSE_END = patterns.compile(r"[,;:.!?()\[\]—–\"“”]")
_NAME = patterns.compile(r"(?<![\w'’])[A-Z][\w'’-]+")
_LOWER = patterns.compile(r"(?<![\w'’-])[a-z][a-z-]{3,}")
_COMMON = frozenset("""would could should where which that this these those with from have been were will said says
their there they them also into about after before more than when what such other some over only then both each
while being made make does done told tell just very most much many even still here upon under since""".split())


def deeds_placed_in_other_side(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                               parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text puts one party's deed in another party's place where no cited clause telling the
    deed names that place's party."""
    if len(parties) < 2 or not in_english(language) or not _PLACED.search(text):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for placed in _PLACED.finditer(spoken):
        where = party_of(placed["place"], parties)
        if not where or inside(quoted, placed.start()):
            continue
        clause = _CLAUSE_END.split(spoken[:placed.start()])[-1]
        doers = frozenset().union(*(party_of(name.group(), parties) for name in _NAME.finditer(clause)))
        stems = frozenset(word.group()[:4] for word in _LOWER.finditer(clause) if word.group() not in _COMMON)
        if not doers or doers & where or not stems:
            continue
        telling = [told for passage in passages for told in _clauses(passage.text, parties)
                   if told[1] & doers and len(stems & told[2]) >= min(2, len(stems))]
        if not telling or any(names & where for _, names, _ in telling):
            continue
        return [Finding(offset, f"this sentence puts what it tells in {placed['place']}, where its cited passages "
                                f"tell it ('{telling[0][0]}') in no place of that side: {clipped(text)}",
                        "say where it happened only as the source does, or cite a passage that says it")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _clauses(text: str, parties) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Return a passage's clauses, each with the parties it names and its lowercase words' first four letters."""
    return tuple((" ".join(clause.split()),
                  frozenset().union(*(party_of(name.group(), parties) for name in _NAME.finditer(clause))),
                  frozenset(word.group()[:4] for word in _LOWER.finditer(clause)))
                 for clause in _CLAUSE_END.split(text) if clause.strip())
