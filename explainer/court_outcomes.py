"""A case's outcome not told where a party only goes to court: "The club won its case" may not cite "The club will
take the case to the High Court".

court_recourse.py refuses a court's act told as done ("The court quashed the decision") of a party's recourse to a
court; a winner or loser names no court and passed it: "won its case", "lost its appeal", "lost in court",
"succeeded in court", "prevailed at the High Court", "was defeated in court". Here such an outcome, told as done, is
refused where a cited passage gives a party's recourse ("will seek a judicial review", "plans to appeal", "will take
the case to the High Court") or a trial still to come ("A full trial is scheduled to begin"), and none tells a
court's act, a ruling or an outcome itself. French ("a gagné son procès", "a obtenu gain de cause", "a été
débouté"), Spanish ("ganó el juicio", "perdió su recurso", "ganó en los tribunales") and German ("gewann den Prozess", "hat die Klage verloren", "setzte sich vor Gericht durch", "unterlag
vor Gericht") are read alike. An outcome negated, hoped for or put to come in its clause ("could win its case", "if
the club wins its appeal", "n'a pas gagné", "no ganó", "gewann den Prozess nicht") and words in quotation marks are
not read (tests/test_factcheck_132.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .court_recourse import court_act_told, going_to_court
from .locale import base_language
from .sentences import inside, markers_blanked

_CASE_EN = (r"(?:[\w'’-]+\s+){0,2}?(?:case|appeal|lawsuit|suit|claim|challenge|judicial\s+review|court\s+(?:case"
            r"|battle|fight|challenge)|legal\s+(?:battle|fight|challenge|case|action))")
_OUTCOMES = {
    "en": r"(?:(?:has|have|had)\s+(?:now\s+|finally\s+)?)?(?:won|lost|wins|loses)\s+(?:its|their|his|her|the|a)\s+"
          rf"{_CASE_EN}(?![\w-])"
          r"|(?:(?:has|have|had)\s+)?(?:won|lost|wins|loses|succeeded|succeeds|failed|fails|prevailed|prevails)\s+"
          r"(?:in|at|before)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:court|courts|tribunal)(?![\w-])"
          r"|(?:was|were|has\s+been|have\s+been)\s+(?:successful|unsuccessful|vindicated|defeated)\s+in\s+court",
    "fr": r"(?:a|ont|avait|avaient)\s+(?:gagné|perdu|remporté)\s+(?:son|sa|leur|le|la|l['’])\s*(?:procès|recours"
          r"|affaire|appel|bataille\s+judiciaire)|(?:a|ont|avait|avaient)\s+(?:obtenu|eu)\s+gain\s+de\s+cause"
          r"|(?:a|ont)\s+été\s+déboutée?s?|(?:a|ont)\s+(?:gagné|perdu)\s+en\s+justice|(?:gagne|perd)\s+son\s+procès"
          # won on appeal, or before the court appealed to: "a gagné en appel devant le Conseil d'État" of "a annoncé
          # avoir fait appel" (newuser_125)
          r"|(?:a|ont|avait|avaient)\s+(?:gagné|perdu)\s+(?:en\s+appel|en\s+cassation|devant\s+(?:le|la|les)\s+"
          r"(?:Conseil\s+d['’]État|tribunal|cour|juge|justice))",
    "es": r"(?:ganó|perdió|ganaron|perdieron|(?:ha|han|había)\s+(?:ganado|perdido))\s+(?:(?:el|su|la)\s+(?:juicio"
          r"|caso|pleito|demanda|recurso|apelación|litigio|batalla\s+judicial)|(?:en|ante)\s+(?:los\s+|el\s+|la\s+)?"
          r"(?:tribunales|tribunal|justicia|juzgado))",
    "de": r"(?:gewann|verlor|gewannen|verloren|gewinnt|verliert)\s+(?:den|die|das|seinen|seine|sein|ihren|ihre|ihr)\s+"
          r"(?:Prozess|Rechtsstreit|Verfahren|Klage|Berufung)"
          r"|(?:hat|haben|hatte|hatten)\s+(?:den|die|das|seinen|seine|sein|ihren|ihre|ihr)\s+(?:Prozess|Rechtsstreit"
          r"|Verfahren|Klage|Berufung)\s+(?:gewonnen|verloren)"
          r"|(?:setzte|setzten|setzt)\s+sich\s+vor\s+(?:dem\s+)?(?:\w+\s+)?Gericht\s+durch"
          r"|(?:unterlag|unterlagen|scheiterte|scheiterten|siegte|siegten)\s+vor\s+(?:dem\s+)?(?:\w+\s+)?Gericht",
}
_OUTCOME = {language: patterns.compile(rf"(?<![\w-])(?P<outcome>{words})(?![\w-])", re.IGNORECASE)
            for language, words in _OUTCOMES.items()}
# an outcome negated, hoped for, or put to come or in doubt, in its clause before it (or, in German, anywhere in it)
_NOT_TOLD = {
    "en": r"not|never|n['’]t|no|if|unless|whether|once|until|before|could|would|may|might|will|shall|should|must|can"
          r"|to|hopes?|hoped|expects?|expected|likely|chance|chances|bid|seeks?|sought",
    "fr": r"ne|n['’]|pas|jamais|si|s['’]|pourrait|pourraient|espère|espèrent|compte|veut|va|vont|avant|que|qu['’]",
    "es": r"no|nunca|si|podría|podrían|espera|esperan|quiere|va|van|antes|que|hasta",
    "de": r"nicht|nie|kein|keine|ob|wenn|falls|könnte|könnten|würde|würden|wird|werden|hofft|hoffen|will|wollen|bevor"
          r"|dass",
}
_NOT_TOLD_IN = {language: patterns.compile(rf"(?<![\w'’-])(?:{words})(?![\w-])|n['’]t(?!\w)", re.IGNORECASE)
                for language, words in _NOT_TOLD.items()}
# a trial or hearing still to come is a case not yet heard as well: "A full trial is scheduled to begin on 14 September"
_PENDING = {"en": patterns.compile(r"(?<![\w-])(?:trial|hearing)\s+(?:is|was|has\s+been)\s+(?:scheduled|set|due"
                                   r"|expected)(?![\w-])", re.IGNORECASE)}
_CLAUSE_BREAK = patterns.compile(r"[,;:.!?]")


def case_told_decided(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                      named: tuple[Finding, ...] | list[Finding] = ()) -> list[Finding]:
    """Return a finding when text tells a case won or lost where its cited passages give only a party's recourse to
    a court, and none a court's act, a ruling or an outcome; none where a finding `named` quotes the outcome."""
    reading = base_language(language or "en")
    if reading not in _OUTCOME or not passages:
        return []
    spoken = markers_blanked(text)
    told = next((match for match in _OUTCOME[reading].finditer(spoken) if _told(spoken, match, reading)), None)
    if told is None:
        return []
    recourse = next(filter(None, (going_to_court(passage.text, passage.language or language)
                                  or _pending_trial(passage.text, reading) for passage in passages)), "")
    if not recourse or any(court_act_told(passage.text, passage.language or language)
                           or _OUTCOME[reading].search(passage.text) for passage in passages):
        return []
    shown = " ".join(told["outcome"].split())
    if any(f"'{shown}" in finding.message for finding in named):
        return []
    return [Finding(offset + told.start(), f"this sentence tells a case as decided ('{shown}') where its cited "
                                           f"passages give it only as going to a court ('{recourse}'): "
                                           f"{clipped(text)}",
                    "tell what the party asked, plans or filed, as the source does, or cite a passage that gives "
                    "the court's decision")]


def _pending_trial(text: str, reading: str) -> str:
    """Return the words by which a passage puts a trial or hearing to come, as written; "" where it puts none."""
    found = _PENDING[reading].search(text) if reading in _PENDING else None
    return " ".join(found.group().split()) if found else ""


def _told(spoken: str, match: re.Match, reading: str) -> bool:
    """Say whether an outcome matched is told as done: outside quotation marks, and nothing in its clause before it
    (in German, in all of its clause) negates it, hopes for it or puts it to come."""
    if inside(quoted_parts(spoken), match.start()):
        return False
    start = max((stop.end() for stop in _CLAUSE_BREAK.finditer(spoken, 0, match.start())), default=0)
    end = len(spoken) if reading != "de" else (
        stop.start() if (stop := _CLAUSE_BREAK.search(spoken, match.end())) else len(spoken))
    return not _NOT_TOLD_IN[reading].search(spoken, start, match.start() if reading != "de" else end)
