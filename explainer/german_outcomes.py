"""A German outcome told the other way round: a request a court turned down told as granted, a strike that goes on
told as ended (tests/test_newuser_123.py).

1. "Das Landesarbeitsgericht hat den Streik untersagt" may not cite "Das Landesarbeitsgericht wies den Eilantrag des
   Unternehmens ab, den Ausstand zu untersagen": the passage's deed ("zu untersagen") is only what was asked, in a
   sentence whose verb turns the asking down ("wies ... ab", "abgewiesen", "abgelehnt", "zurückgewiesen"). A sentence
   telling that deed done ("untersagt", "untersagte", "verboten" of "zu verbieten", its forms as german_plans.py
   reads them) is refused where it keeps no negation, modal or request of its own and no cited passage tells it done.
2. "Der Streik der GSV ist beendet" may not cite "Der Streik ... geht weiter": a passage saying a strike ("Streik",
   "Ausstand", "Arbeitskampf") goes on ("geht weiter", "läuft weiter", "dauert an", "wird fortgesetzt") is refused
   to a sentence telling it over ("ist beendet", "wurde beendet", "hat ... beendet", "endete", "ist vorbei", "ist zu
   Ende") that keeps no negation, modal or condition, where no cited passage tells a strike over itself.

3. A question left open told as settled (german_open_questions.py) and a demand made told as given up
   (german_dropped_demands.py), read here too (tests/test_factcheck_219.py); so is a decision still to come told
   as taken (german_pending_decisions.py, tests/test_newuser_133.py), and a court's interim stop told as lasting
   (german_interim_stops.py, tests/test_newuser_141.py).

Not read: a request turned down in one sentence and named in another ("beantragt, den Streik zu stoppen. Das Gericht
wies den Antrag ab"), other deeds that go on ("Die Verhandlungen laufen weiter").
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .german_dropped_demands import demand_told_dropped
from .german_interim_stops import interim_stop_told_lasting
from .german_open_questions import open_question_told_settled
from .german_pending_decisions import decision_told_taken
from .german_plans import _KEPT as KEPT, _forms as done_forms
from .sentences import inside, markers_blanked

_SENTENCE = patterns.compile(r"[^.!?]+")
# a refusal of what was asked: "wies den Eilantrag ... ab", "hat den Antrag abgewiesen", "lehnte es ab"
_TURNED_DOWN = patterns.compile(r"(?<!\w)(?:wies|wiesen|lehnte|lehnten|lehnt|weist)(?!\w)[^,]*?\s(?:ab|zurück)(?!\w)"
                                r"|(?<!\w)(?:abgewiesen|abgelehnt|zurückgewiesen|verworfen)(?!\w)")
_ASKED = patterns.compile(r"(?<!\w)zu\s+(?P<verb>[a-zäöüß]{5,}(?:en|ern|eln))(?!\w)")
_WORD = patterns.compile(r"[^\W\d_]+")
# what keeps a deed undone in the sentence itself, beside german_plans' words: a wish ("hätte", "wäre") or a request
_UNDONE = frozenset({"hätte", "hätten", "wäre", "wären", "beantragt", "beantragte", "beantragten", "verlangt",
                     "verlangte", "forderte", "forderten", "gefordert", "wollte", "wollten", "antrag", "eilantrag",
                     "ziel"}) | KEPT
_STRIKE = r"(?:Streik|Ausstand|Arbeitskampf|Warnstreik)\w*"
_GOES_ON = patterns.compile(rf"(?<!\w){_STRIKE}[^.!?]*?(?<!\w)(?:geht|gehen|ging|läuft|laufen|lief|dauert|dauern)"
                            rf"\s+(?:weiter|an)(?!\w)|(?<!\w){_STRIKE}[^.!?]*?(?<!\w)(?:weiterlaufen|weitergehen"
                            rf"|fortgesetzt)(?!\w)")
# told over anywhere in a passage (which then tells it over itself)
_OVER_ANYWHERE = patterns.compile(
    rf"(?<!\w){_STRIKE}[^.!?]*?(?<!\w)(?:(?:ist|sind|war|waren|wurde|wurden)\s+(?:[^\W\d_]+\s+){{0,3}}(?:beendet"
    rf"|vorbei|zu\s+Ende)|endete|endeten|beendete|beendeten)(?!\w)"
    rf"|(?<!\w)(?:hat|haben|hatte|hatten)\s+[^.!?]*?{_STRIKE}[^.!?]*?(?<!\w)beendet(?!\w)")
# told over in the sentence: the strike its subject, opening it ("Der Streik der GSV ist beendet", not "Der
# Rechtsstreit um den Streik ist beendet"), or the object right after its verb ("hat den Streik ... beendet",
# "beendete den Ausstand"), in one clause
_OBJECT = rf"(?:den|ihren|seinen|diesen)\s+(?:[a-zäöü][\w-]*\s+)?{_STRIKE}"
_OVER = patterns.compile(
    rf"^\W*(?:(?:Der|Die|Das|Ihr|Sein|Dieser)\s+)?(?:[a-zäöü][\w-]*\s+)?{_STRIKE}[^.!?,;]*?(?<!\w)"
    rf"(?:(?:ist|sind|war|waren|wurde|wurden)\s+(?:[^\W\d_]+\s+){{0,3}}(?:beendet|vorbei|zu\s+Ende)|endete"
    rf"|endeten)(?!\w)"
    rf"|(?<!\w)(?:hat|haben|hatte|hatten)\s+{_OBJECT}[^.!?,;]*?(?<!\w)beendet(?!\w)"
    rf"|(?<!\w)(?:beendete|beendeten)\s+{_OBJECT}")


def outcome_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence tells a request its passages give as turned down as granted, or a
    strike they give as going on as over, an open question as settled, or a demand made as dropped."""
    if (language or "").split("-")[0].lower() != "de":
        return []
    found = (open_question_told_settled(text, passages, offset, language)
             or demand_told_dropped(text, passages, offset, language)
             or decision_told_taken(text, passages, offset, language)  # a review told as cleared (newuser_133)
             or interim_stop_told_lasting(text, passages, offset, language))  # 'gestoppt' of 'vorläufig' (141)
    if found:
        return found
    for clause in markers_blanked(text).split(";"):  # "...abgewiesen, den Streik zu untersagen; der Streik ist beendet"
        words = {word.casefold() for word in _WORD.findall(clause)}
        if words & _UNDONE:
            continue
        found = _request_granted(clause, text, passages, offset) or _strike_ended(clause.strip(), text, passages, offset)
        if found:
            return found
    return []


def _request_granted(spoken: str, text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where the sentence tells done a deed its passages give only as asked and turned down."""
    asked = [(verb, sentence.group()) for passage in passages for sentence in _SENTENCE.finditer(passage.text)
             if _TURNED_DOWN.search(sentence.group()) for verb in _ASKED.finditer(sentence.group())]
    quoted = quoted_parts(spoken)
    for verb, sentence in asked:
        told = _done(spoken, verb["verb"])
        if told is None or inside(quoted, told.start()):
            continue
        if any(_done(passage.text, verb["verb"]) for passage in passages):
            continue  # a passage tells it done itself
        shown = " ".join(sentence.split())
        return [Finding(offset, f"this sentence tells as done ('{told.group()}') what its cited passages give only as "
                                f"asked and turned down ('{_cut(shown)}'): {clipped(text)}",
                        "say the request was turned down, or cite a passage that says it was granted")]
    return []


def _done(text: str, infinitive: str) -> re.Match | None:
    """Return the first form of a deed told done in text (not its infinitive, nor one after "zu"), or None."""
    pattern, _ = done_forms(infinitive)
    for match in pattern.finditer(text):
        word = match.group()
        if word[0].isupper() or (word.endswith("en") and not word.endswith("ten")):
            continue  # a noun, or an infinitive
        if text[max(0, match.start() - 3):match.start()] == "zu ":
            continue
        return match
    return None


def _strike_ended(spoken: str, text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where the sentence tells over a strike its passages say goes on."""
    told = _OVER.search(spoken)
    if told is None or inside(quoted_parts(spoken), told.start()):
        return []
    going = next((found for passage in passages for found in _GOES_ON.finditer(passage.text)), None)
    if going is None or any(_OVER_ANYWHERE.search(passage.text) for passage in passages):
        return []
    return [Finding(offset, f"this sentence tells as over a strike its cited passages say goes on "
                            f"('{_cut(' '.join(going.group().split()))}'): {clipped(text)}",
                    "say the strike goes on, or cite a passage that says it ended")]


def _cut(words: str, limit: int = 100) -> str:
    """Return a passage's words shown in a message, cut to `limit` characters."""
    return words if len(words) <= limit else words[:limit - 1].rstrip() + "…"
