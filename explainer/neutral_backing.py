"""A lender, mediator, court or analyst kept off the sides: "The IMF backs the government's offer" may not cite the
fund's analysis that "a cut of at least 35 percent" is needed.

A briefing's party whose `role` makes it no side (neutral_parties.backs_no_side: a lender, mediator, court, regulator
or analyst) is told as taking one where a sentence has it (its name, or a thing of its, "the IMF's analysis", before
the verb) back, support, side with, endorse or favour a side (a side's name after the verb: "the government's
offer"), or a side's thing "backed by" it. It is refused where no cited passage, nor the source's sentence holding
it, says anyone backs, supports, sides with or endorses anything: a finding told as a side taken. A backing denied
("does not back") is none; words in quotation marks are not read. English, French, Spanish and German are read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .locale import base_language
from .owners import is_named
from .sentences import folded_word, inside, markers_blanked

_VERBS = {
    "en": r"backs|backed|backing|supports|supported|supporting|sides\s+with|sided\s+with|siding\s+with|endorses"
          r"|endorsed|endorsing|favou?rs|favou?red|favou?ring|(?:takes|took|taken|taking)\s+the\s+side\s+of"
          r"|(?:stands|stood|standing)\s+behind|(?:throws|threw|thrown|throwing)\s+its\s+weight\s+behind"
          r"|(?:aligns|aligned|aligning)\s+(?:itself\s+)?with"
          # "is on the government's side", "stood on the side of the committee": a side's name follows "on"
          r"|(?:is|are|was|were|be|been|being|remains|remained|stands|stood|sits|sat)\s+(?:firmly\s+|squarely\s+"
          r"|clearly\s+|now\s+)?on(?=\s+the\s+side\s+of\s|\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?['’]s?\s+side(?!\w))",
    "fr": r"soutient|soutiennent|soutenu|soutenait|appuie|appuient|appuyé|approuve|approuvé"
          r"|(?:se\s+range|s['’]est\s+rangée?|prend|a\s+pris)\s+(?:du\s+côté|parti\s+pour)"
          r"|(?:est|sont|était|étaient|reste)\s+(?:\w+\s+)?du\s+côté",
    "es": r"respalda|respaldan|respaldó|respaldado|apoya|apoyan|apoyó|apoyado|avala|avaló"
          r"|(?:se\s+pone|se\s+puso|se\s+ha\s+puesto|está|están|estaba|estuvo)\s+(?:del\s+lado|de\s+parte)",
    "de": r"unterstützt|unterstützte|unterstützen|befürwortet|befürwortete|(?:stellt|stellte)\s+sich\s+hinter"
          r"|(?:steht|stand)\s+hinter|(?:steht|stand|stellt\s+sich|stellte\s+sich)\s+auf\s+(?:die|der)\s+Seite",
}
_BACKING = {language: patterns.compile(rf"(?<!\w)(?:{verbs})(?!\w)", re.IGNORECASE)
            for language, verbs in _VERBS.items()}
# a thing "backed by" a body: the body after "by", the thing before
_BY = {"en": patterns.compile(r"\s+by\s+", re.IGNORECASE), "fr": patterns.compile(r"\s+par\s+", re.IGNORECASE),
       "es": patterns.compile(r"\s+por\s+", re.IGNORECASE), "de": patterns.compile(r"\s+von\s+", re.IGNORECASE)}
# a backing denied: before the verb ("does not back", "ne soutient", "no respalda"), or after it ("backs neither side",
# German's at the clause's end, "unterstützt das Angebot der Regierung nicht")
_NEVER = patterns.compile(r"(?!)")
_NEGATED = {"en": patterns.compile(r"(?:not|never|n['’]t|no\s+longer)\s+(?:\w+\s+)?$", re.IGNORECASE),
            "fr": patterns.compile(r"(?:ne|n['’])\s*(?:\w+\s+)?$", re.IGNORECASE),
            "es": patterns.compile(r"(?:no|nunca)\s+(?:\w+\s+)?$", re.IGNORECASE), "de": _NEVER}
_NEGATED_AFTER = {"en": patterns.compile(r"^\s+(?:neither|no|none)(?!\w)", re.IGNORECASE),
                  "fr": patterns.compile(r"^\s+(?:pas|jamais|aucun)(?!\w)", re.IGNORECASE), "es": _NEVER,
                  "de": patterns.compile(r"(?<!\w)(?:nicht|keine[mnrs]?)(?!\w)", re.IGNORECASE)}
# any backing a passage tells, in any form ("support", "the backing of", "sided", "endorsement", "appui", "apoyo")
_ANY_BACKING = patterns.compile(
    r"(?<!\w)(?:back(?:s|ed|ing)|support\w*|sid(?:es|ed|ing)\s+with|side\s+with|took\s+sides?|endors\w*|favou?r\w*"
    r"|soutien\w*|soutenu\w*|appu[iy]\w*|approuv\w*|respald\w*|apoy\w*|aval\w*|unterstütz\w*|befürwort\w*"
    r"|(?:stellt|stellte)\s+sich\s+hinter)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CLAUSE_END = patterns.compile(r"[,;:.!?]|\s(?:and|but|while|whereas|et|mais|y|pero|und|aber)\s")


def neutral_told_backing(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                         parties: tuple = (), neutral: tuple[str, ...] = ()) -> list[Finding]:
    """Return a finding when text has a party that backs no side (`neutral`, by id) back a side of `parties` where
    no cited passage tells anyone backing anything."""
    reading = base_language(language or "en")
    if not neutral or reading not in _BACKING:
        return []
    spoken = markers_blanked(text)
    backing = _BACKING[reading].search(spoken)
    if (backing is None or inside(quoted_parts(spoken), backing.start())
            or _NEGATED[reading].search(spoken, max(0, backing.start() - 24), backing.start())
):
        return []
    before = spoken[_clause_start(spoken, backing.start()):backing.start()]
    after = spoken[backing.end():_clause_end(spoken, backing.end())]
    if _NEGATED_AFTER[reading].search(after):
        return []
    agent = _BY[reading].match(after)
    backer, backed = (after[agent.end():], before) if agent else (before, after)
    named = named_parties(backer, parties)
    if not named or not set(named) <= set(neutral) or not set(named_parties(backed, parties)) - set(neutral):
        return []
    if any(_ANY_BACKING.search(passage.text) or _ANY_BACKING.search(passage.holding) for passage in passages):
        return []  # a passage tells a backing: whose is the other checks'
    who = named[min(named)]
    return [Finding(offset + backing.start(), f"this sentence has {who}, a party of no side, take one "
                                              f"('{' '.join(backing.group().split())}') where no cited passage says it "
                                              f"backs, supports or sides with anyone: {clipped(text)}",
                    "tell what it found or said, as the source does, or cite a passage that says it took a side")]


def _clause_start(text: str, at: int) -> int:
    """Return where the clause ending at `at` starts: after its last comma, semicolon or stop."""
    return max((stop.end() for stop in _CLAUSE_END.finditer(text, 0, at)), default=0)


def _clause_end(text: str, at: int) -> int:
    """Return where the clause going on from `at` ends."""
    stop = _CLAUSE_END.search(text, at)
    return stop.start() if stop else len(text)


def named_parties(words: str, parties: tuple) -> dict[str, str]:
    """Return {id: its word as written} for the parties a run of words names (a word of theirs, or an acronym in
    capitals: "the IMF's")."""
    found: dict[str, str] = {}
    for match in _WORD.finditer(words):
        bare = re.sub(r"['’]s?$", "", match.group())
        folded = folded_word(bare)
        for party, naming in parties:
            if bare in naming or (len(folded) >= 3 and is_named(folded, naming)):
                found.setdefault(party, ("the " if bare.isupper() or bare.islower() else "") + bare)
    return found
