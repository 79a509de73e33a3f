"""A step told as not yet done, or as still to come, where a passage gives it the other way: no negation dropped or
added.

Two readings polarity.py made of Portuguese (tests/test_factcheck_199.py, tests/fixtures/newuser_120):

- "O valor devido a cada trabalhador ainda não foi apurado" citing "O valor ... será apurado na fase de liquidação" was
  refused as a negation added: what will be reckoned is not yet reckoned. Read so where the negative clause says "not
  yet" ("ainda não", "todavía no", "aún no", "pas encore") before its verb and the positive one gives the same verb
  (its first four letters: "apur") as to come ("será apurado", "vai apurar", "apurará", "se calculará", "sera
  calculé"). "O valor já foi apurado" and "O valor não será apurado" (no "not yet") stay refused.
- "A empresa recorreu, e o TRT-15 ainda vai julgar o recurso" (or "A decisão só se tornará definitiva depois do
  julgamento do recurso") citing "O recurso ainda não tem data para ser julgado" was refused as a negation dropped:
  a hearing with no date yet is still to come, which is what those say. Read so where the negative clause denies a
  date for a step ("não tem data para ser julgado", "sem data para", "no date has been set for the hearing", "no
  tiene fecha para") and the positive one gives the same step as to come: in the future, or after "depois do",
  "após o", "antes do", "até o", "after", "before", "until", "pending", "aguarda", and with no day of its own. "O
  TRT-15 já julgou o recurso" and "O TRT-15 julgará o recurso em 20 de outubro" stay refused.
"""

from __future__ import annotations

import re

from . import patterns
from .sentences import folded_word

_STEM = 4  # "apur" of "apurado" and "apurar", "julg" of "julgado", "julgar" and "julgamento"

_NOT_YET = patterns.compile(
    r"(?<!\w)(?:ainda\s+não|todavía\s+no|aún\s+no|not\s+yet|pas\s+encore)\s+(?:se\s+)?"
    r"(?:(?:foi|foram|é|são|está|estão|tem|têm|teve|tinha|havia|ha|han|había|habían|sido|été|be|been)\s+)*"
    r"(?P<verb>[^\W\d_]+)", re.IGNORECASE)
_UNDATED = patterns.compile(
    r"(?<!\w)(?:(?:não|no)\s+(?:tem|têm|tiene|tienen|há|hay)\s+|sem\s+|sin\s+)(?:data|fecha)\s+"
    r"(?:(?:marcada|definida|prevista|fixada|fijada|prevista)\s+)?para\s+(?:(?:ser|o|a|el|la)\s+)?(?P<verb>[^\W\d_]+)"
    r"|(?<!\w)no\s+date\s+(?:(?:has|have)\s+(?:yet\s+)?been\s+|is\s+|was\s+)?(?:set\s+|fixed\s+|given\s+)?for\s+"
    r"(?:the\s+|its\s+|a\s+)?(?P<noun>[^\W\d_]+)", re.IGNORECASE)
# a step to come: a future's auxiliary before the verb, a future's ending, or a preposition of time before its noun
_TO_COME = patterns.compile(
    r"(?<!\w)(?:será|serão|vai|vão|irá|irão|há\s+de|deverá|deverão|va\s+a|van\s+a|sera|seront|va|vont|will|would"
    r"|(?:is|are)\s+(?:due|expected|set)\s+to)\s+(?:(?:ainda|ser|se|être|be|first|then|only)\s+)*(?P<verb>[^\W\d_]+)"
    r"|(?<!\w)(?:depois|antes|após|até|after|before|until|pending|awaiting|awaits|después|antes|hasta|tras|aguarda"
    r"|aguardam|aguardando|espera|esperan)\s+(?:(?:d[oa]s?|o|a|os|as|de|del|el|la|the|its|a)\s+)*"
    r"(?P<noun>[^\W\d_]+)"
    r"|(?<!\w)(?P<future>[^\W\d_]+(?:rá|rão|ará|erá|irá|arán|erán|irán))(?!\w)", re.IGNORECASE)

# a day given for the step the passage gives none: "O TRT-15 julgará o recurso em 20 de outubro" of "ainda não tem
# data para ser julgado" drops the negation (tests/test_newuser_120.py)
_DATED = patterns.compile(
    r"(?<![\w-])\d|(?<!\w)(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    r"|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|amanhã|mañana|tomorrow|today|hoje|hoy)(?!\w)", re.IGNORECASE)


def _stems(pattern: re.Pattern, text: str) -> set[str]:
    return {folded_word(match.group(name))[:_STEM] for match in pattern.finditer(text)
            for name in match.groupdict() if match.group(name)}


def step_to_come(negative: str, positive: str) -> bool:
    """Say whether a negative clause tells a step as not yet done ("ainda não foi apurado") or with no date yet ("não
    tem data para ser julgado"), and a positive one gives that same step as still to come ("será apurado", "ainda vai
    julgar", "depois do julgamento")."""
    denied = _stems(_NOT_YET, negative) | (set() if _DATED.search(positive) else _stems(_UNDATED, negative))
    return bool(denied) and bool(denied & _stems(_TO_COME, positive))
