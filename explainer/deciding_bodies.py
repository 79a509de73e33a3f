"""The body that decided kept: "The WTO's appeals body ruled" may not cite "A World Trade Organization dispute panel
ruled".

An organisation decides through one of its bodies (a panel or its appeals body, a chamber of a court or the court in
full, a committee or the board), and a sentence giving the ruling to another keeps every other word: the ruling
reads as one that may not be appealed, or as another body's vote. A deciding body is a body's noun ("panel", "body",
"chamber", "court", "board", "committee", "commission", "council", "tribunal", "bench", "jury"; French "groupe
spécial", "organe", "chambre", "cour", "conseil", "comité", ...; Spanish "grupo especial", "órgano", "sala",
"tribunal", "junta", ...; German "Panel", "Gremium", "Kammer", "Gericht", "Ausschuss", "Vorstand", "Rat", ... and a
compound ending in one: "Berufungsgremium") in the words before a verb of deciding in its clause ("ruled", "found",
"decided", "rejected"; "a statué", "dictaminó", "entschied"): the first one that owns nothing ("the court's appeals
chamber" is the chamber), where no word between them leaves the decision unmade or to come ("has not yet ruled",
"will decide"). A sentence's deciding body is refused where its cited passages give a deciding body and
none of them has its noun, or where the sentence sets it above another of its noun ("appeals", "appellate", "Grand",
"full", "plenary"; "d'appel", "grande"; "de apelación", "pleno"; "Berufungs-", "Große") and no passage's body is
so set: "an appeals panel" of "a dispute panel", "the Grand Chamber" of "a chamber". A bare
"body" names no particular one ("a WTO body ruled" of its panel), and an appeals court is court_levels.py's. Words in
quotation marks are not read (tests/test_factcheck_134.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .locale import base_language
from .sentences import inside, markers_blanked

_BODIES = {
    "en": r"panels?|bod(?:y|ies)|chambers?|courts?|boards?|committees?|subcommittees?|commissions?|councils?"
          r"|tribunals?|benches|bench|jury|juries|divisions?",
    "fr": r"groupe\s+spécial|groupes\s+spéciaux|organe|chambre|cour|conseil|comité|commission|tribunal|jury|collège",
    "es": r"grupo\s+especial|órgano|sala|tribunal|corte|junta|comité|comisión|consejo|jurado|panel",
    "de": r"\w*(?:panel|gremium|kammer|gericht|ausschuss|vorstand|rat|kommission|senat)",
}
_DECIDES = {
    "en": r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:ruled|rules|found|finds|decided|decides|concluded|concludes"
          r"|determined|held|upheld|overturned|rejected|rejects|dismissed|dismisses|sided|struck\s+down|threw\s+out"
          r"|ordered|orders|voted|votes|approved|approves|backed)",
    "fr": r"(?:a|ont|avait)\s+(?:\w+\s+)?(?:statué|jugé|estimé|conclu|décidé|tranché|rejeté|confirmé|annulé|constaté"
          r"|ordonné|donné\s+raison)|statue|juge|estime|conclut|décide|tranche|rejette|constate|ordonne",
    "es": r"(?:ha|han|había)\s+(?:\w+\s+)?(?:dictaminado|fallado|resuelto|decidido|concluido|determinado|rechazado"
          r"|confirmado|anulado|ordenado|estimado)|dictaminó|falló|resolvió|decidió|concluyó|determinó|rechazó|confirmó"
          r"|anuló|ordenó|estimó|dictamina|falla|resuelve|decide|concluye|rechaza",
    "de": r"entschied|entscheidet|urteilte|urteilt|befand|befindet|stellte\s+fest|wies|bestätigte|hob|kam\s+zu"
          r"|(?:hat|hatte|haben)\s+(?:\w+\s+){0,6}?(?:entschieden|geurteilt|befunden|festgestellt)",
}
# the words that set a body above another of its noun: an appeals body, a court's Grand Chamber or full bench
_APPEALS = {"en": r"appeals?|appellate|grand|full|plenary|en\s+banc", "fr": r"d['’]\s*appel|grande|plénière",
            "es": r"de\s+apelaci[oó]n(?:es)?|gran|plen[oa]", "de": r"berufungs\w*|revisions\w*|gro(?:ß|ss)e\w*"}
# the words a deciding body is read in: up to eight before the verb (within REACH characters), within its clause
REACH = 120
_CLAUSE_END = patterns.compile(r"[.,;:!?()\"“”]")
_BREAK = r"(?:that|which|who|and|but|while|after|when|because|que|qui|et|mais|dass|und|aber|y|pero)"
# a decision not made, or still to come, between the body and its verb: "has not yet ruled", "will rule"; no body of
# such a clause decided anything (pending_rulings.py reads a ruling to come told as made)
_UNDECIDED = {"en": r"not|n['’]t|never|yet|will|would|to|may|might|could|should|can|cannot|due|expected|likely|set",
              "fr": r"ne|n['’]|pas|jamais|va|vont|doit|doivent|devrait|pourrait|encore",
              "es": r"no|nunca|va|van|debe|deben|debería|podría|aún|todavía",
              "de": r"nicht|nie|kein\w*|wird|werden|soll|sollen|könnte|noch"}
_COURT = frozenset({"court", "cour", "tribunal", "corte", "gericht"})  # an appeals court is court_levels.py's
_GENERIC = frozenset({"body", "organe", "órgano"})  # "a WTO body" names none of them


class Body(NamedTuple):
    """A deciding body: its noun (singular, folded), whether it is an appeals body, and the words as written."""

    noun: str
    appeals: bool
    shown: str


def _read(language: str):
    """Return the patterns a language's deciding bodies are read by, or None where it is not read."""
    language = base_language(language) if language else "en"
    return _PATTERNS.get(language)


_PATTERNS = {
    language: (patterns.compile(rf"(?<![\w'’-])(?:{_DECIDES[language]})(?![\w-])", re.IGNORECASE),
               patterns.compile(rf"(?<![\w-])(?P<noun>{_BODIES[language]})(?P<owns>['’]s?)?(?![\w-])",
                                re.IGNORECASE),
               patterns.compile(rf"(?<![\w'’-])(?:{_APPEALS[language]})(?![\w-])", re.IGNORECASE),
               patterns.compile(rf"(?<![\w'’-]){_BREAK}(?![\w'’-])", re.IGNORECASE),
               patterns.compile(rf"(?<![\w'’-])(?:{_UNDECIDED[language]})(?![\w-])", re.IGNORECASE))
    for language in _BODIES}


def body_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a decision to a body of another noun than its cited passages' deciding
    bodies, or to an appeals body where theirs is none."""
    read = _read(language)
    if read is None or not passages:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    own = [body for body, at in _deciding(spoken, language) if not inside(quoted, at)]
    if not own:
        return []  # most sentences give no body a decision: found by one search
    theirs = [body for passage in passages for body, _ in _deciding(passage.text, passage.language or language)]
    if not theirs:
        return []
    for body in own:
        same = [other for other in theirs if other.noun == body.noun]
        if body.noun in _GENERIC and not body.appeals:
            continue
        if not same and body.noun not in _GENERIC:
            return [_finding(text, offset, body, theirs[0])]
        if body.appeals and body.noun not in _COURT and not any(other.appeals for other in same or theirs):
            return [_finding(text, offset, body, (same or theirs)[0])]
    return []


def _finding(text: str, offset: int, body: Body, other: Body) -> Finding:
    """Return the finding of a decision given to another body."""
    return Finding(offset, f"this sentence gives the decision to '{body.shown}' where its cited passages give "
                           f"it to '{other.shown}': {clipped(text)}",
                   "name the body that decided as the source does, or cite a passage that gives the decision to this "
                   "one")


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _deciding(text: str, language: str) -> tuple[tuple[Body, int], ...]:
    """Return each deciding body text names, with where it stands."""
    read = _read(language)
    if read is None:
        return ()
    decides, body, appeals, breaks, undecided = read
    found = []
    for match in decides.finditer(text):
        before = text[max(0, match.start() - REACH):match.start()]
        start = max((cut.end() for pattern in (_CLAUSE_END, breaks) for cut in pattern.finditer(before)), default=0)
        start = max(start, _eighth_word_back(before))  # the clause's words only: "found that the appeals body ..."
        owner = next((named for named in body.finditer(before, start) if not named["owns"]), None)
        if owner is None:
            continue
        if undecided.search(text, match.start() - len(before) + owner.end(), match.end()):
            continue  # "has not yet ruled", "is due to rule": no decision made
        noun = _singular(" ".join(owner["noun"].casefold().split()), language)
        shown = " ".join(before[start:].split())
        at = match.start() - len(before) + owner.start()
        found.append((Body(noun, appeals.search(before, start) is not None, shown), at))
    return tuple(found)


def _eighth_word_back(before: str) -> int:
    """Return where the eighth word before the end of `before` starts (0 where there are fewer)."""
    starts = [word.start() for word in _WORD.finditer(before)]
    return starts[-8] if len(starts) >= 8 else 0


_WORD = patterns.compile(r"\S+")


def _singular(noun: str, language: str) -> str:
    """Return a body's noun singular, and a German compound as its last part ("Berufungsgremium" is a "gremium")."""
    if language.startswith("de"):
        return next((part for part in ("panel", "gremium", "kammer", "gericht", "ausschuss", "vorstand",
                                       "kommission", "senat", "rat") if noun.endswith(part)), noun)
    irregular = {"bodies": "body", "benches": "bench", "juries": "jury", "groupes spéciaux": "groupe spécial"}
    if noun in irregular:
        return irregular[noun]
    return noun[:-1] if noun.endswith("s") and language.startswith("en") else noun
