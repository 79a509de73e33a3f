"""A deed a passage gives only as planned, told as not yet done, in French or Spanish: no negation added.

"La confederación no ha ampliado todavía el trasvase" citing "La confederación estudia ampliar el trasvase", and "Le
gouvernement n'a pas encore relevé le plafond" citing "Le gouvernement envisage de relever le plafond", were refused
by polarity.py as a negation added: a plan not yet carried out is not yet done, which is what "not yet" says. Read so
where the negative clause says "not yet" ("pas encore", "toujours pas", "todavía no", "aún no", "no ... todavía"), the
passage's clause gives a verb of planning, studying or intending before the deed's infinitive ("estudia ampliar",
"envisage de relever", "prevé cerrar", "compte fermer", "va a cerrar"), and the negative clause holds a form of that
infinitive (its stem of four letters or more: "ampli" of "ampliar", "relev" of "relever") and no form of the verb of
planning, which it would deny: "n'envisage pas encore de relever" and "todavía no estudia ampliar" citing the plan
stay refused, and so does a sentence with no "not yet" ("no ampliará el trasvase"). A company's steps ("estudia
vender la unidad") are open_steps.py's; English is read by polarity.py's `_yet_to_come` (a deed to come, "will").
"""

from __future__ import annotations

import re

from . import patterns
from .sentences import folded_word

_NOT_YET = {
    "fr": patterns.compile(r"(?<!\w)(?:pas\s+encore|toujours\s+pas)(?!\w)", re.IGNORECASE),
    "es": patterns.compile(r"(?<!\w)(?:(?:aún|todavía)\s+no|no(?:\s+[^\W\d_]+){1,4}?\s+(?:aún|todavía))(?!\w)",
                           re.IGNORECASE),
}
# a verb of planning, studying or intending, the words that may stand before its infinitive, and the infinitive
_PLANNED = {
    "fr": patterns.compile(
        r"(?<!\w)(?P<plan>envisag\w*|étudi\w*|prévoi\w*|projett?\w*|compt\w*|souhait\w*|veu[tl]\w*|voul\w*"
        r"|entend\w*|s['’]\s*apprêt\w*|réfléchi\w*|pens\w*|esp[èée]r\w*|(?:a|ont|avait|avaient)\s+l['’]\s*intention"
        r"|(?:a|ont)\s+(?:prévu|décidé|annoncé)|va|vont|doit|doivent|devrait|devraient)"
        r"\s+(?:(?:de|d['’]|à|la\s+possibilité\s+de|l['’]idée\s+de|le\s+projet\s+de)\s*)?"
        r"(?P<deed>[^\W\d_]+(?:er|ir|re))(?!\w)", re.IGNORECASE),
    "es": patterns.compile(
        r"(?<!\w)(?P<plan>estudi\w*|plane\w*|prevé|prevén|preveía|preveían|proyect\w*|se\s+plante\w*|consider\w*"
        r"|pretend\w*|quier\w*|quiso|quisieron|(?:tiene|tienen|tenía|tenían)\s+(?:previsto|intención\s+de)|busca\w*"
        r"|piens\w*|esper\w*|baraj\w*|contempl\w*|evalú\w*|analiz\w*|sopes\w*|va\s+a|van\s+a|iba\s+a|iban\s+a|decidió"
        r"|decidieron|ha\s+decidido|han\s+decidido|anunció|anunciaron)"
        r"\s+(?:(?:la\s+posibilidad\s+de|la\s+idea\s+de|el\s+proyecto\s+de)\s+)?"
        r"(?P<deed>[^\W\d_]+(?:ar|er|ir))(?!\w)", re.IGNORECASE),
}
_ENDINGS = {"fr": ("er", "ir", "re"), "es": ("ar", "er", "ir")}
_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_STEM = 4  # "ferm" of "fermer", "cerr" of "cerrar": shorter stems ("sub" of "subir") compare nothing
_PLAN_STEM = 5  # "envis" of "envisage", "estud" of "estudia"


def not_yet_of_plan(negative: str, positive: str, language: str = "") -> bool:
    """Say whether a negative clause says a deed is not yet done that a positive clause gives only as planned, and
    denies no word of the plan itself."""
    code = (language or "").split("-")[0].lower()
    not_yet, planned = _NOT_YET.get(code), _PLANNED.get(code)
    if not_yet is None or not not_yet.search(negative):
        return False
    words = [_unelided(folded_word(word)) for word in _WORD.findall(negative)]
    return any(_done_of(match, words, code) for match in planned.finditer(positive))


def _done_of(plan: re.Match, words: list[str], code: str) -> bool:
    """Say whether a clause's words hold a form of a plan's infinitive and none of its verb of planning."""
    deed = folded_word(plan["deed"])
    stem = next(deed[:-len(ending)] for ending in _ENDINGS[code] if deed.endswith(ending))
    if len(stem) < _STEM:
        return False
    planning = _planning_word(plan["plan"])
    return any(word.startswith(stem) for word in words) and not any(
        word.startswith(planning) if len(planning) == _PLAN_STEM else word == planning for word in words)


# the auxiliaries and pronouns a verb of planning may open with: "a l'intention", "tiene previsto", "se plantea"
_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "tiene", "tienen", "tenía", "tenían", "ha", "han", "se"})


def _planning_word(plan: str) -> str:
    """Return the first five letters of a plan's verb ("envis", "previ" of "tiene previsto", "intention" cut), or the
    whole of a short one ("va", "doit")."""
    words = [_unelided(folded_word(word)) for word in _WORD.findall(plan)]
    word = next((word for word in words if word not in _AUXILIARIES), words[-1])
    return word[:_PLAN_STEM]


def _unelided(word: str) -> str:
    """Return a word without a French elided "n'", "s'", "l'" or "d'" before it ("n'envisage" as "envisage")."""
    return word[2:] if word[:2] in ("n'", "s'", "l'", "d'") and len(word) > 2 else word
