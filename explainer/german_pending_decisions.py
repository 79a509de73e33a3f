"""A German decision its passages give as still pending told as taken: a review told as cleared or blocked, a vote to
come told as held (tests/test_newuser_133.py).

"Das Bundeskartellamt hat die Fusion genehmigt" (or "untersagt", "freigegeben", "hat seine Prüfung abgeschlossen")
may not cite "Das Bundeskartellamt prüft den Zusammenschluss. Eine Entscheidung ist noch nicht gefallen.", nor "Die
Mitgliederversammlung hat der Fusion zugestimmt" (or "stimmte ... ab") "Endgültig entscheiden muss jedoch die
Mitgliederversammlung ..., die am 14. Mai über die Fusion abstimmt.". A sentence tells a decision taken by a
participle after its auxiliary in one clause ("hat ... genehmigt", "wurde ... untersagt", "ist beschlossen") or a
verb in the past ("genehmigte", "stimmte ... zu", "gab ... frei"); it is refused where
- it keeps no negation, condition, question, modal or future of its own ("noch nicht", "ob", "falls", "könnte",
  "wird"), nor quotes it;
- a sentence of a cited passage names its decider (a capitalised word of five letters or more the two share, or one
  a compound of the other: "Kartellamt" of "Bundeskartellamt") as reviewing or about to vote ("prüft", "Prüfung",
  "abstimmt", "Abstimmung", "entscheiden muss", "noch nicht gefallen");
- and no sentence of a cited passage sharing such a word tells a decision taken itself, in the past or present ("Die Vorstände ... haben dem
  Vorhaben bereits zugestimmt" backs "Die Vorstände haben die Fusion gebilligt").
Words naming the deal rather than a decider ("Fusion", "Zusammenschluss", "Vorhaben", "Bank") tie nothing.

An outcome told in the present ("Das Kartellamt lehnt die Fusion in 3 von 11 Landkreisen ab", "verbietet", "stimmt
der Fusion zu") is refused alike, where a passage's verb ("prüft", "abstimmt", "entscheiden muss"), not a noun ("vor der
Abstimmung"), leaves it to come: German writes what is to come so too, but the passages leave the outcome open.

Not read: a decision with no decider named ("Die Fusion ist beschlossen"), a forecast told as done.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

_PARTICIPLES = (r"genehmigt|freigegeben|untersagt|verboten|gebilligt|abgelehnt|gestoppt|blockiert|beschlossen"
                r"|zugestimmt|abgestimmt|entschieden|abgeschlossen|abgesegnet|durchgewinkt")
_AUX = r"hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden"
# the words of one clause: a date's stop ("am 14. Mai") ends none
_IN_CLAUSE = r"(?:[^,;:.!?]|(?<=\d)\.)*?"
_TAKEN = patterns.compile(
    rf"(?<!\w)(?:{_AUX})(?!\w){_IN_CLAUSE}(?<!\w)(?P<participle>{_PARTICIPLES})(?!\w)"
    r"|(?<!\w)(?:genehmigte|genehmigten|untersagte|untersagten|billigte|billigten|verbot|verboten|blockierte"
    r"|blockierten|beschloss|beschlossen|entschied|entschieden)(?!\w)"
    rf"|(?<!\w)(?:stimmte|stimmten|gab|gaben|lehnte|lehnten|segnete|segneten)(?!\w){_IN_CLAUSE}\s(?:zu|ab|frei)(?!\w)")
# and an outcome in the present, which German also writes for what is to come but which the passages leave open
# either way: "Das Kartellamt lehnt die Fusion in 3 von 11 Landkreisen ab", "verbietet", "stimmt ... zu"; not a
# neutral "entscheidet" or "stimmt ... ab", which a vote to come is told by
_TAKEN_NOW = patterns.compile(
    r"(?<!\w)(?:genehmigt|genehmigen|untersagt|untersagen|verbietet|verbieten|billigt|billigen|blockiert|blockieren"
    r"|stoppt|stoppen)(?!\w)"
    rf"|(?<!\w)(?:lehnt|lehnen|stimmt|stimmen|gibt|geben|segnet|segnen)(?!\w){_IN_CLAUSE}\s(?:zu|frei|ab)(?!\w)")
# what keeps a decision untaken in the sentence itself
_KEPT = frozenset({"nicht", "kein", "keine", "keinen", "noch", "ob", "falls", "wenn", "sollte", "sollten", "könnte",
                   "könnten", "dürfte", "dürften", "würde", "würden", "wird", "werden", "soll", "will", "wollen",
                   "muss", "müssen", "erwartet", "erwarten", "voraussichtlich", "bevor", "sobald", "nie", "niemals"})
_PENDING = patterns.compile(r"(?<!\w)(?:prüft|prüfen|prüfe|Prüfung|abstimmt|abstimmen|Abstimmung|entscheiden\s+muss"
                            r"|entscheiden\s+müssen|noch\s+nicht\s+(?:gefallen|entschieden|abgeschlossen))(?!\w)")
# words naming the deal decided on, no decider
_DEAL = frozenset({"fusion", "zusammenschluss", "vorhaben", "bank", "banken", "übernahme", "entscheidung", "prüfung",
                   "abstimmung", "plan", "pläne"})
_WORD = patterns.compile(r"[^\W\d_]+")
_SENTENCE = patterns.compile(r"[^.!?]+[.!?]*")


def decision_told_taken(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence tells taken a decision its cited passages give its decider as still
    reviewing or about to vote on."""
    if (language or "").split("-")[0].lower() != "de" or not passages:
        return []
    spoken = markers_blanked(text)
    now = None if _TAKEN.search(spoken) else _outcome_now(spoken)
    told = _TAKEN.search(spoken) or now
    if told is None or inside(quoted_parts(spoken), told.start()):
        return []
    if {word.casefold() for word in _WORD.findall(spoken)} & _KEPT:
        return []
    deciders = _deciders(spoken)
    if not deciders:
        return []
    pending = None
    for passage in passages:
        for sentence in _SENTENCE.findall(passage.text):
            if not _ties(deciders, _deciders(sentence)):
                continue
            if _TAKEN.search(sentence) or _outcome_now(sentence):
                return []  # a passage tells a decision of theirs taken itself ("lehnt die Fusion ab")
            found = _PENDING.search(sentence)
            if found and (now is None or not found.group()[0].isupper()):  # an outcome now: "prüft", no "Prüfung"
                pending = pending or found
    if pending is None:
        return []
    return [Finding(offset, f"this sentence tells as taken ('{' '.join(told.group().split())}') a decision its cited "
                            f"passages give as still to come ('{pending.group()}'): {clipped(text)}",
                    "say the decision is still to come, or cite a passage that says it was taken")]


def _outcome_now(spoken: str) -> re.Match | None:
    """Return an outcome a sentence tells in the present, or None: "stimmt ... ab" is a vote, no outcome."""
    told = _TAKEN_NOW.search(spoken)
    if told is None or (told.group().split()[0].casefold() in {"stimmt", "stimmen"} and told.group().endswith("ab")):
        return None
    return told


def _deciders(text: str) -> set[str]:
    """Return text's capitalised words of five letters or more, folded, but those naming the deal."""
    return {word.casefold() for word in _WORD.findall(text) if len(word) >= 5 and word[0].isupper()} - _DEAL


def _ties(ours: set[str], theirs: set[str]) -> bool:
    """Say whether two sets of capitalised words share one, or one a compound ending or starting with the other
    ("bundeskartellamt" and "kartellamt", "mitgliederversammlung" and "mitglieder")."""
    return any(a == b or a.endswith(b) or b.endswith(a) or a.startswith(b) or b.startswith(a)
               for a in ours for b in theirs)
