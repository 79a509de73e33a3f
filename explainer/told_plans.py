"""A plan told as its planner's: "Corvane plans to close the Lyon plant in 2027" says whose plan it is.

A sentence naming a party as the subject of a verb of planning or expecting ("plans to", "intends to", "aims to",
"expects to", "hopes to"; Italian "prevede di", "conta di", "intende", "pensa di", "si propone di"; French "prévoit de",
"compte", "projette de"; Spanish "prevé", "cuenta con", "planea"; German "plant", "will", "beabsichtigt") gives what
follows as that party's plan, not as a certain fact: it is that party's word. So it restates honestly a party's own
release ("The Lyon plant is expected to close in 2027", a `statement_of` source), or a passage giving the party's word
("Corvane said it expects the plant to close in 2027"), where the planner is that party; another party named so
("Brightwell plans to close ...") still takes the word from its author (party_word.py), and a sentence naming no planner
("The Lyon plant will close in 2027") still drops the hedge. Weighing a step is no plan of it: "Vantor envisage de faire
appel" of "Vantor a dit qu'il envisageait de faire appel" stays refused (tests/test_factcheck_113.py), and so does a
plan of a step against another, an appeal or a suit, whose outcome is not the planner's to give (stated_intentions.py):
"Vantor planea recurrir" of "Vantor dijo que planeaba recurrir" (tests/test_newuser_87.py). Words in quotation marks are
another's, and are not read (tests/test_factcheck_172.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import quoted_parts
from .sentences import inside, markers_blanked

# The subject before the verb: up to four words of its clause ("Corvane", "The company", "Corvane Chemicals now").
_SUBJECT = r"(?P<subject>(?:[^\W\d_][\w'’.-]*\s+){1,4}?)"
_ADVERB = r"(?:(?:still|now|also|already|currently|ora|anche|già|désormais|aussi|toujours|también|ahora|ya)\s+)?"
# An infinitive after a verb of intending that takes one bare: "intende chiudere", "compte fermer", "pretende cerrar"
# (not "compte entre 300 et 400 salariés", "cuenta con 300 empleados", which count)
_ROMANCE_INFINITIVE = r"(?!(?:entre|contre|autre|notre|votre|outre|ser|mayor|menor|por)\b)[^\W\d_]{2,}(?:are|ere|ire|er|ir|re|ar)(?!\w)"
_PLANNING = {
    "en": r"(?:plans?|intends?|aims?|hopes?|expects?|(?:is|are)\s+(?:planning|intending|aiming|hoping|expecting))"
          r"\s+to\s+(?:not\s+)?[a-z]",
    "it": r"(?:prevedono|prevede|conta|contano|progetta|progettano|punta|puntano)\s+(?:di|a|ad)\s"
          r"|(?:ha|hanno)\s+in\s+programma\s+di\s"
          # "La società pensa di riaprire", "si propone di riaprire", "ha intenzione di" (factcheck_181)
          r"|(?:pensa|pensano|si\s+propone|si\s+propongono|(?:ha|hanno)\s+intenzione)\s+di\s"
          rf"|(?:intende|intendono)\s+{_ROMANCE_INFINITIVE}",
    "fr": r"(?:prévoit|prévoient|projette|projettent)\s+(?:de\s|d['’])|(?:vise|visent)\s+à\s"
          rf"|(?:compte|comptent|entend|entendent|espère|espèrent)\s+(?:ne\s+pas\s+)?{_ROMANCE_INFINITIVE}",
    "es": r"(?:prevé|prevén|tiene\s+previsto|tienen\s+previsto)\s"
          rf"|(?:cuenta|cuentan)\s+con\s+{_ROMANCE_INFINITIVE}"
          rf"|(?:planea|planean|pretende|pretenden|espera|esperan)\s+(?:no\s+)?{_ROMANCE_INFINITIVE}",
    "de": r"(?:plant|planen|will|wollen|beabsichtigt|beabsichtigen|hofft|hoffen|erwartet|erwarten"
          r"|rechnet\s+damit|rechnen\s+damit)(?!\w)",
}
_PATTERNS = {language: patterns.compile(_SUBJECT + _ADVERB + rf"(?P<verb>{verbs})", re.IGNORECASE)
             for language, verbs in _PLANNING.items()}
# German puts its subject after the verb where a clause opens on another word: "2027 will Corvane das Werk schließen".
_GERMAN_INVERTED = patterns.compile(r"(?<!\w)(?:plant|planen|will|wollen|beabsichtigt|beabsichtigen)\s+"
                                    r"(?P<subject>(?:[A-ZÄÖÜ][\w'’.-]*\s+){1,3})")
# A step against another, whose outcome is not the planner's own to give (stated_intentions.py's recourse): "Vantor
# planea recurrir" of "Vantor dijo que planeaba recurrir" stays its word (tests/test_newuser_87.py).
_RECOURSE = patterns.compile(
    r"(?<!\w)(?:appeal|sue|challenge|contest|fight|litigat|petition|complain|protest|oppose|block|boycott|retaliat"
    r"|recurr|apel|demand|impugn|ricorr|ricors|appell|contest|attaqu|plainte|saisir|klag|Klage|anfecht|Berufung"
    r"|Beschwerde|Einspruch|Revision)", re.IGNORECASE)
_CLAUSE_REST = patterns.compile(r"[^,;:.!?]{0,80}")
_GATES = ("to ", " di ", " a ", "programma", "intend", " de ", " d'", " d’", " à ", "compte", "entend", "espère",
          "prev", " con ", "planea", "pretend", "espera", "plan", "will", "woll", "beabsicht", "hoff", "erwart",
          "rechne")


def _read_in(language: str) -> tuple[str, ...]:
    """Return the languages whose verbs of planning are read in text of `language`: English everywhere, German only
    in German text ("the Lyon plant", "will" are English words), the others in their own or unknown text."""
    language = language.split("-")[0].lower()
    if language in ("it", "fr", "es", "de"):
        return ("en", language)
    return ("en",) if language else ("en", "it", "fr", "es")


@functools.lru_cache(maxsize=1 << 12)  # a sentence is read by party_word.py and dropped_hedge alike
def planners(text: str, language: str = "") -> tuple[str, ...]:
    """Return the subjects text names with a verb of planning or expecting, outside quotation marks: "Corvane" of
    "Corvane plans to close the Lyon plant"."""
    if not any(gate in text for gate in _GATES):
        return ()  # most sentences tell no plan
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    found = [match["subject"].strip() for read in _read_in(language) for match in _PATTERNS[read].finditer(spoken)
             if not inside(quoted, match.start("verb")) and not _recourse_after(spoken, match.start("verb"))]
    if "de" in _read_in(language) and language:
        found += [match["subject"].strip() for match in _GERMAN_INVERTED.finditer(spoken)
                  if not inside(quoted, match.start()) and not _recourse_after(spoken, match.start())]
    return tuple(found)


def _recourse_after(text: str, at: int) -> bool:
    """Say whether the clause from a verb of planning at `at` tells a step against another: an appeal, a suit."""
    rest = _CLAUSE_REST.match(text, at)
    return bool(_RECOURSE.search(rest.group() if rest else ""))


# A passage giving a named speaker's word: "Corvane said ...", "Corvane ha detto che ...", "selon Corvane, ...".
_SAYING = (r"said|says|told|stated|announced|added|ha\s+detto|hanno\s+detto|ha\s+dichiarato|ha\s+affermato"
           r"|ha\s+annunciato|dice|a\s+dit|a\s+déclaré|a\s+affirmé|a\s+annoncé|a\s+indiqué|dijo|afirmó|declaró"
           r"|anunció|aseguró|sagte|erklärte|teilte")
_ACCORDING = r"according\s+to|secondo|selon|d['’]après|según|laut"


def speaks_in(name: str, passage: str) -> bool:
    """Say whether a passage gives the word of the speaker `name` (a word of its name, as written): "Corvane" of
    "Corvane said it expects the plant to close"."""
    named = re.escape(name)
    return bool(re.search(rf"(?<!\w){named}(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_SAYING})(?!\w)"
                          rf"|(?:{_ACCORDING})\s+(?:[\w'’-]+\s+){{0,2}}?{named}(?!\w)", passage, re.IGNORECASE))
