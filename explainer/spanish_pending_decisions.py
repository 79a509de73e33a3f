"""What a Spanish source gives as still to be decided, told as decided: a proclamation to come told as made, and a
body's pending decision told as taken (newuser_132: both built, as no figure or negation of the passage was dropped).

A proclamation told as made: "El Consejo proclamó vencedora a Ibáñez" or "Ibáñez es la nueva presidenta" may not cite
"El organismo proclamará al ganador en un plazo de diez días" nor "resultados preliminares". leads.py refuses a win
told of a lead ("Ibáñez ganó"), but not an electoral body's proclamation nor a candidate called president-elect. A
sentence tells a proclamation made by a verb of proclaiming in a past or present perfect ("proclamó", "ha
proclamado", "fue proclamada", "se proclamó"), or by "es la presidenta electa", ", presidente electo,", "es la nueva
presidenta". It is refused where no cited passage tells one made and one tells it to come ("proclamará", "será
proclamado", "debe proclamar", "no ha proclamado"), gives the results as preliminary, provisional or partial, or
says its candidate did not claim the win ("no se declaró vencedora").

A decision told as taken: "El Consejo ha aceptado el recuento" or "El Consejo rechazó la petición" may not cite "El
Consejo no ha decidido todavía si acepta la petición". A passage gives a decision as pending where a body "no ha
decidido si ...", "aún no ha resuelto si ...". A sentence naming that body (the word before "no ha decidido",
"Consejo") and, later in its clause, a verb of granting or refusing in the indicative ("acepta", "aceptó", "ha
aceptado", "aprobó", "concede", "autorizó", "ordenó", "rechazó", "denegó") tells the decision taken, and is refused
where no cited passage tells it taken by that verb; another's verb ("Ferrer rechaza el resultado") is not the body's.

A proclamation or verb after "no", "ni", "nadie", "ningún" or "si" in its clause ("aún no ha proclamado", "ningún
candidato había sido proclamado", "debe decidir si acepta o rechaza") tells none made, and words in quotation marks are not read. Only Spanish is
read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted

# words earlier in a clause that tell nothing made or taken in it: a negation, or a condition or question
_UNTAKEN_BEFORE = frozenset({"no", "ni", "nunca", "jamás", "nadie", "ningún", "ninguno", "ninguna", "tampoco", "si"})
_WORD = patterns.compile(r"[^\W\d_]+")
_CLAUSE_END = patterns.compile(r"[,;:.!?]")
# a proclamation made: a verb of proclaiming in the past, or a president-elect named
_MADE = patterns.compile(
    r"(?:(?<![^\W\d_])(?:proclamó|proclamaron|(?:ha|han|había|habían|hubo)\s+proclamado"
    r"|(?:fue|fueron|ha\s+sido|han\s+sido|había\s+sido|resultó|resultaron|quedó|quedaron)\s+proclamad[oa]s?"
    r"|se\s+(?:ha\s+|han\s+)?(?:proclamó|proclamaron|proclamado)"
    # called president-elect, or the new president: "es la presidenta electa", "Ibáñez, presidenta electa", not
    # "proclamará al presidente electo"
    r"|(?:es|fue)\s+(?:la\s+|el\s+)?president[ea]\s+elect[oa]|(?:es|fue)\s+(?:la|el)\s+(?:nueva|nuevo)\s+president[ea])"
    r"|,\s+(?:la\s+|el\s+)?president[ea]\s+elect[oa])(?![^\W\d_])",
    re.IGNORECASE)
# a proclamation to come, or a count not final: what a passage says where none is made yet
_TO_COME = patterns.compile(
    r"(?<![^\W\d_])(?:proclamará|proclamarán|(?:será|serán)\s+proclamad[oa]s?"
    r"|(?:va|van|debe|deben|deberá|deberán|tiene\s+que|tendrá\s+que)\s+(?:a\s+)?proclamar"
    r"|(?:no|aún\s+no|todavía\s+no)\s+(?:ha|han)\s+(?:sido\s+)?proclamad[oa]s?"
    r"|(?:resultados?|recuento|escrutinio|conteo)\s+(?:preliminar|preliminares|provisional|provisionales|parcial"
    r"|parciales)|no\s+se\s+(?:ha\s+)?(?:declaró|declarado|proclamó|proclamado)\s+(?:vencedor|vencedora|ganador"
    r"|ganadora))(?![^\W\d_])", re.IGNORECASE)


def _proclamation_told_made(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when Spanish text, at `offset`, tells a proclamation made that its cited passages give only
    as to come, or of results they give as preliminary."""
    if "proclam" not in text.casefold() and "president" not in text.casefold():
        return []  # most sentences tell no proclamation: found without reading their passages
    made = next((match for match in _MADE.finditer(unquoted(text)) if not _untaken(text, match.start())), None)
    if made is None or any(_MADE.search(unquoted(passage.text)) for passage in passages):
        return []
    pending = next((found for passage in passages if (found := _TO_COME.search(unquoted(passage.text)))), None)
    if pending is None:
        return []
    return [Finding(offset, f"this sentence tells a proclamation as made ('{' '.join(made.group().split())}'), but "
                            f"its cited passages give none made, only '{' '.join(pending.group().split())}': "
                            f"{clipped(text)}",
                    "say it is to come, as the source does ('proclamará ...'), or cite a passage that gives the "
                    "proclamation")]


# a body's decision pending: "El Consejo no ha decidido todavía si acepta ...", its body's word before it
_PENDING = patterns.compile(
    r"(?P<who>[^\W\d_]+)\s+(?:(?:aún|todavía)\s+)?no\s+(?:ha|han)\s+(?:decidido|resuelto|determinado)"
    r"(?:\s+(?:aún|todavía))?\s+si(?![^\W\d_])", re.IGNORECASE)
# a verb of granting or refusing in the indicative, its stem first ("acept" of "aceptó"), its subjunctive left out
_TAKEN = patterns.compile(
    r"(?<![^\W\d_])(?:(?:ha|han|había|habían)\s+)?(?P<stem>acept|autoriz|rechaz|orden|aprob|aprueb|conced|concedi|admit"
    r"|acced|accedi|deneg|denieg)(?:a|an|ó|aron|ará|arán|ado|e|en|ió|ieron|erá|erán|irá|irán)(?![^\W\d_])",
    re.IGNORECASE)
# the present subjunctives "-e"/"-en" of the "-ar" verbs, and the indicative "-a"/"-an" of the "-er"/"-ir" ones
_AR_STEMS = frozenset({"acept", "autoriz", "rechaz", "orden", "aprob", "aprueb", "deneg", "denieg"})


def _decision_told_taken(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when Spanish text, at `offset`, tells as taken by a body a decision its cited passages give
    that body as not having taken."""
    pending = [(match["who"].casefold(), match.group()) for passage in passages
               for match in _PENDING.finditer(unquoted(passage.text))]
    if not pending:
        return []  # most passages leave no decision pending: found without reading the sentence
    own = unquoted(text)
    for taken in _TAKEN.finditer(own):
        if not _indicative(taken) or _untaken(own, taken.start()):
            continue
        named = {word.casefold() for word in _WORD.findall(_CLAUSE_END.split(own[:taken.start()])[-1])}
        given = next((words for who, words in pending if who in named), None)
        if given and not any(_stated(taken["stem"], passage.text) for passage in passages):
            return [Finding(offset, f"this sentence tells a decision as taken ('{' '.join(taken.group().split())}') "
                                    f"where its cited passages give it as pending ('{' '.join(given.split())}'): "
                                    f"{clipped(text)}",
                            "say it is still to be decided, as the source does ('no ha decidido si ...'), or cite a "
                            "passage that gives the decision")]
    return []


def _indicative(taken: re.Match) -> bool:
    """Say whether a verb of granting or refusing is in the indicative: not an "-ar" verb's "acepte", "acepten", nor
    an "-er"/"-ir" verb's "conceda" (which the pattern does not end on)."""
    ending = taken.group()[taken.end("stem") - taken.start():].casefold()
    return not (taken["stem"].casefold() in _AR_STEMS and ending in ("e", "en"))


def _untaken(text: str, at: int) -> bool:
    """Say whether a verb at `at` is negated or in a condition or question: "no", "ni", "nadie", "ningún" or "si"
    earlier in its clause, up to four words before it."""
    clause = _CLAUSE_END.split(text[:at])[-1]
    return any(word.casefold() in _UNTAKEN_BEFORE for word in _WORD.findall(clause)[-4:])


def _stated(stem: str, passage: str) -> bool:
    """Say whether a passage tells the decision taken by a verb of the same stem, not after "si" nor negated."""
    own = unquoted(passage)
    return any(match["stem"].casefold() == stem.casefold() and _indicative(match) and not _untaken(own, match.start())
               for match in _TAKEN.finditer(own))


def pending_told_decided(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when Spanish text, at `offset`, tells a proclamation made or a body's decision taken that its
    cited passages give as still to come."""
    if not language.lower().startswith("es"):
        return []
    return (_proclamation_told_made(text, passages, offset, language)
            or _decision_told_taken(text, passages, offset, language))
