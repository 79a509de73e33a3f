"""A case's legal status kept: a ruling the passages give as not final, and an appeal they give as pending or only
planned, may not be told as final, decided or filed.

"The ruling is final" citing "the order is not a final judgment" (or "an interim ruling", "can be appealed",
"subject to appeal"; French "n'est pas définitive", "susceptible d'appel"; German "nicht rechtskräftig") ends a case
the source leaves open. "Meridian lost its appeal" (or "the appeal was dismissed", "the Court of Appeal upheld ...",
"overturned on appeal"; French "a perdu son appel", "l'appel a été rejeté") citing "Meridian's appeal is pending" (or
"has appealed", "filed an appeal"; "a fait appel", "en cours d'examen") gives an outcome no passage gives. "Meridian
appealed" (or "filed an appeal"; "a fait appel") citing "Meridian said it will appeal" (or "plans to", "vowed to";
"va faire appel") tells as done what is only announced. Each is refused where no cited passage says it itself (a
final ruling, an appeal's outcome, an appeal filed), words in quotation marks and negated ones aside ("is not final",
"has not appealed"). A ruling is read as final only by words that say so ("is final", "a final ruling", "cannot be
appealed", "est définitive", "rechtskräftig"), in a sentence saying nothing of a future ("a final ruling is expected
in May" is no such claim), sharing a word of four letters or more with the passage's sentence that says otherwise.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .doubt_as_illegality import doubt_told_as_illegality
from .part_suspended_as_whole import part_suspended_as_whole
from .sentences import inside, markers_blanked, sentence_of
from .suspended_as_revoked import suspension_told_as_revoked
from .weighed_acts import appeal_heard

_RULED = r"(?:ruling|judg(?:e)?ment|decision|order|verdict|award|injunction|sentence)s?"
# Spanish: "es firme", "sentencia firme", "suspendió definitivamente", "con carácter definitivo", "no cabe recurso";
# unread, "El auto del Supremo es firme" citing "El auto no resuelve el fondo del pleito y no es firme" built, and so
# did "suspendió definitivamente el envío" citing "la suspensión cautelar del envío" (tests/test_newuser_107.py).
_FINAL_ES = (r"(?:es|son|era|eran|fue|será|serán|queda|quedó|ha\s+quedado|ya\s+es)\s+(?:ya\s+)?(?:firmes?"
             r"|definitiv[oa]s?)|(?:sentencia|auto|resolución|fallo|decisión|suspensión|anulación)(?:es)?\s+(?:firmes?"
             r"|definitiv[oa]s?)|definitivamente|con\s+carácter\s+definitivo|no\s+(?:cabe|admite)\s+(?:ningún\s+)?recurso")
# A ruling called final: "is final", "became final", "a final ruling", "cannot be appealed"; French "est définitive",
# "décision définitive", "ne peut plus faire l'objet d'un appel"; German "rechtskräftig", "unanfechtbar".
_FINAL = patterns.compile(
    rf"(?<!\w)(?:(?:is|was|are|were|be|been|became|becomes|become|now|as)\s+(?:now\s+|already\s+)?"
    rf"(?:final|definitive|unappealable)|final\s+{_RULED}|(?:cannot|can\s+no\s+longer)\s+be\s+appealed"
    rf"|(?:est|était|sont|étaient|devenue?s?|devient|rendue?s?)\s+(?:désormais\s+)?(?:définiti(?:f|ve|fs|ves)"
    rf"|irrévocables?)|(?:décision|jugement|arrêt|condamnation|ordonnance)s?\s+(?:définiti(?:f|ve|fs|ves)"
    rf"|irrévocables?)|ne\s+peut\s+plus\s+faire\s+l['’]objet\s+d['’]un\s+(?:appel|recours)|(?<!nicht\s)"
    rf"(?:rechtskräftig\w*|unanfechtbar\w*)|{_FINAL_ES})(?!\w)", re.IGNORECASE)
# A ruling the source leaves open: "not (yet) final", "an interim ruling", "can be appealed", "subject to appeal";
# French "n'est pas définitive", "provisoire", "susceptible d'appel"; German "nicht rechtskräftig", "anfechtbar".
_NOT_FINAL = patterns.compile(
    rf"(?<!\w)(?:not\s+(?:yet\s+)?(?:a\s+|the\s+)?(?:final|definitive|binding)|non-?final"
    rf"|(?:interim|preliminary|provisional|temporary)\s+{_RULED}|(?:can|could|may|might)\s+(?:still\s+)?be"
    rf"\s+(?:appealed|challenged)|(?:subject|open)\s+to\s+(?:an?\s+)?appeal|(?<!un)appealable|pending\s+(?:an?\s+)?"
    rf"appeal|under\s+appeal|pas\s+(?:encore\s+)?(?:une\s+décision\s+)?définiti\w*|(?:décision|jugement|ordonnance"
    rf"|mesure)s?\s+provisoires?|susceptibles?\s+d['’](?:appel|un\s+recours)|peut\s+(?:encore\s+)?faire\s+l['’]objet"
    rf"\s+d['’]un\s+(?:appel|recours)|nicht\s+(?:\w+\s+)?rechtskräftig\w*|(?<!un)anfechtbar\w*"
    # Spanish: "no es firme", "tampoco es firme", "cabe recurso", "suspensión cautelar", "de forma provisional"
    rf"|(?:no|tampoco)\s+(?:es|son|era|eran|será)\s+(?:todavía\s+|aún\s+)?(?:firmes?|definitiv[oa]s?)"
    rf"|(?<!no\s)(?:cabe|admite)\s+recurso|recurrible|(?:suspensión|suspensiones|medidas?|auto)\s+"
    rf"(?:cautelar(?:es)?|provisional(?:es)?)|de\s+forma\s+(?:cautelar|provisional)|cautelarmente)(?!\w)",
    re.IGNORECASE)
_POSSESSOR = r"(?:(?:\w+['’]s|its|his|her|their|the|an?|son|sa|leur|l['’])\s*)?(?:(?!to\s|for\s)[\w-]+\s+)?"
# An appeal's outcome: "lost its appeal", "dismissed Meridian's appeal", "the appeal was rejected", "overturned on
# appeal", "the Court of Appeal upheld"; French "a perdu son appel", "gagné en appel", "l'appel a été rejeté".
_DECIDED = patterns.compile(
    rf"(?<!\w)(?:(?:won|lost|wins|loses|dismissed|dismisses|rejected|rejects|upheld|upholds|allowed|allows|granted"
    rf"|grants|denied|denies|refused|refuses|threw\s+out|throws\s+out|turned\s+down|overturned|quashed)\s+{_POSSESSOR}"
    rf"appeal(?!s?\s+court)|appeals?\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|is\s+)?(?:also\s+|then\s+|later\s+)?"
    rf"(?:dismissed|rejected|upheld|allowed|granted|denied|refused|thrown\s+out|turned\s+down|successful"
    rf"|unsuccessful|failed|succeeded)|(?:won|lost|overturned|reversed|upheld|affirmed|set\s+aside|struck\s+down"
    rf"|quashed)\s+on\s+appeal|(?:appeals?\s+court|court\s+of\s+appeals?|appellate\s+court)\s+(?:has\s+)?"
    rf"(?:ruled|decided|found|dismissed|rejected|upheld|overturned|quashed|reversed|affirmed|sided|threw\s+out"
    rf"|struck\s+down|set\s+aside)|(?:a|ont)\s+(?:perdu|gagné|remporté)\s+{_POSSESSOR}appel|(?:gagné|perdu)\s+en\s+"
    rf"appel|appel\s+a\s+été\s+(?:rejeté|accueilli|écarté)|(?:a|ont)\s+(?:rejeté|accueilli)\s+{_POSSESSOR}appel"
    rf"|cour\s+d['’]appel\s+(?:a|l['’]a)\s+(?:\w+\s+)?(?:confirmé|infirmé|annulé|rejeté|condamné|relaxé|débouté)"
    # Spanish: "desestimó el recurso", "confirmó la sentencia" (of a ruling appealed: "El Tribunal Supremo confirmó la
    # sentencia" citing "la ha recurrido ante el Tribunal Supremo, que aún no ha fijado fecha" built, newuser_107)
    rf"|(?:desestim|rechaz|estim|admiti)(?:ó|aron)\s+(?:el\s+|los\s+|su\s+)?recursos?|recursos?\s+(?:[\w]+\s+){{0,3}}?(?:fue|ha\s+sido"
    rf"|fueron|han\s+sido)\s+(?:desestimad|rechazad|estimad)[oa]s?|(?:confirm|ratific|aval|revoc|tumb)(?:ó|aron)"
    rf"\s+(?:la|el)\s+(?:sentencia|fallo|auto|resolución)|(?:gan|perd)(?:ó|ió|aron|ieron)\s+(?:el|su)\s+recurso)"
    rf"(?!\w)", re.IGNORECASE)
_NOT_AN_APPEAL_TO = r"(?!\s+(?:for|to\s+(?:the\s+)?(?:public|people|voters|residents|supporters|citizens)))"
# Spanish and Dutch appeals filed and announced, and French ones weighed (tests/test_factcheck_125.py): "recurrió la
# sentencia" citing "piensa recurrir la sentencia" (or "tiene previsto", "va a", "recurrirá"), "ging in hoger beroep"
# or "is in hoger beroep gegaan" citing "gaat in hoger beroep" (a plan, in the present: "wil in hoger beroep gaan" is
# possible_done.py's), "a fait appel" citing "envisage de faire appel", built. Spanish "recurrir a" is to resort to,
# unless a court follows ("recurrió al Supremo").
_TO_A_COURT = r"(?!\s+al?\s+(?!(?:la\s+)?(?:justicia|Supremo|Tribunal|tribunales|Audiencia|Constitucional|Corte)))"
_AN_APPEAL_ES = rf"(?:recurrir{_TO_A_COURT}|apelar|presentar\s+(?:un\s+)?recurso|interponer\s+(?:un\s+)?recurso)"
_FILED_ES = (rf"(?:recurri(?:ó|eron){_TO_A_COURT}|(?:ha|han|había|habían)\s+(?:recurrido{_TO_A_COURT}|apelado"
             r"|presentado\s+(?:un\s+)?recurso|interpuesto\s+(?:un\s+)?recurso)|apel(?:ó|aron)"
             r"|(?:presentó|presentaron|interpuso|interpusieron)\s+(?:un\s+)?recurso)")
_PLANNED_ES = (rf"(?:(?:piensa|piensan|planea|planean|pretende|pretenden|quiere|quieren|va\s+a|van\s+a|estudia|estudian"
               rf"|prevé|prevén|baraja|barajan|contempla|contemplan|se\s+propone|se\s+proponen|anunció\s+que\s+va\s+a"
               rf"|tiene(?:n)?\s+(?:previsto|pensado|intención\s+de))\s+{_AN_APPEAL_ES}|recurrir(?:ía|ían)"
               rf"{_TO_A_COURT}|apelar(?:ía|ían)|presentar(?:ía|ían)\s+(?:un\s+)?recurso)")  # "recurrirá": future_as_past.py
_BEROEP = r"in\s+(?:hoger\s+)?beroep"
_NL_WORD = r"(?:(?!(?:niet|geen|nooit)\s)[\w'’-]+\s+)"  # a word between, no negation: "is niet in hoger beroep gegaan"
_FILED_NL = (rf"(?:(?:is|zijn|was|waren)\s+{_NL_WORD}{{0,3}}?{_BEROEP}\s+gegaan|{_BEROEP}\s+(?:is|zijn|was"
             rf"|waren)\s+gegaan|(?:ging|gingen)\s+{_NL_WORD}{{0,3}}?{_BEROEP}|(?:heeft|hebben|had|hadden)\s+"
             rf"{_NL_WORD}{{0,4}}?(?:hoger\s+)?beroep\s+(?:ingesteld|aangetekend)|(?:stelde|stelden|tekende"
             rf"|tekenden)\s+{_NL_WORD}{{0,4}}?(?:hoger\s+)?beroep\s+(?:in|aan))")
_PLANNED_NL = (rf"(?:(?:gaat|gaan)\s+{_NL_WORD}{{0,3}}?{_BEROEP}(?!\s+(?:is|zijn|was|waren)\s+gegaan)"
               rf"|(?:zal|zullen)\s+{_NL_WORD}{{0,4}}?{_BEROEP}\s+gaan|(?:overweegt|overwegen|beraadt|beraden)"
               rf"\s+(?:zich\s+)?{_NL_WORD}{{0,3}}?(?:op\s+)?(?:hoger\s+)?beroep)")
_PLANNED_FR = (r"(?:va|vont|compte|comptent|entend|entendent|envisage(?:nt)?(?:\s+d['’]|\s+de)?|pourrait|pourraient"
               r"|devrait|devraient|veut|veulent|souhaite(?:nt)?|prévoi(?:t|ent)\s+de|menace(?:nt)?\s+de"
               r"|a\s+l['’]intention\s+de|ont\s+l['’]intention\s+de|s['’]apprête(?:nt)?\s+à"
               # an intention announced: "a annoncé lundi son intention de faire appel" (newuser_125)
               r"|(?:son|sa|leur)\s+intention\s+de|(?:sa|leur)\s+volonté\s+de)")
# An appeal filed: "has appealed", "filed an appeal", "is appealing"; French "a fait appel", "a interjeté appel".
_FILED = patterns.compile(
    rf"(?<!\w)(?:(?<!to\s)(?<!will\s)(?<!would\s)appealed{_NOT_AN_APPEAL_TO}|(?:filed|lodged|launched|submitted|brought)"
    rf"\s+{_POSSESSOR}appeal|appeals?\s+(?:was|has\s+been|had\s+been)\s+(?:filed|lodged|launched|submitted)"
    rf"|(?:is|are)\s+appealing{_NOT_AN_APPEAL_TO}|(?:a|ont)\s+(?:fait|interjeté)\s+appel|a\s+déposé\s+(?:un\s+)?"
    rf"(?:recours|appel)|{_FILED_ES}|{_FILED_NL})(?!\w)", re.IGNORECASE)
# An appeal under way: filed, or heard or awaited; French "en cours (d'examen)", "pendant".
_PENDING = patterns.compile(
    r"(?<!\w)(?:pending|awaiting|yet\s+to\s+(?:rule|decide|hear)|will\s+(?:be\s+)?hear|hearing|en\s+cours"
    # heard, not decided: "The appeals court ruled on Okafor's appeal" cited "heard Okafor's appeal on Monday"
    r"|heard\s+(?:[\w'’]+\s+){0,3}?(?:appeal|arguments?)|appeals?\s+(?:was|were|is|has\s+been)\s+heard"
    r"|pendant|examinera)(?!\w)", re.IGNORECASE)
# An appeal announced or weighed, not (yet) filed: "will appeal", "plans to appeal", "vowed to appeal"; French "va
# faire appel", "fera appel", "ferait appel" (reported: "a indiqué que l'agence ferait appel", newuser_84), "compte faire
# appel".
_PLANNED = patterns.compile(
    rf"(?<!\w)(?:(?:will|would|shall|may|might|could|to)\s+(?:\w+\s+)?appeal{_NOT_AN_APPEAL_TO}|considering\s+an\s+"
    rf"appeal|{_PLANNED_FR}\s+(?:faire|interjeter)\s+appel|fer(?:a|ont|ait|aient)\s+appel|{_PLANNED_ES}"
    rf"|{_PLANNED_NL})(?!\w)", re.IGNORECASE)  # "ferait appel", as "would appeal"
_MAY_BE_READ = ("final", "définiti", "irrévocable", "rechtskräftig", "anfechtbar", "appe", "apel", "recurri",
                "recurso", "beroep", "firme", "definitiv", "confirm", "ratific", "aval", "revoc", "tumb")  # looked for as text
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|no|never|n['’]t|nor|yet\s+to|pas|ne|n['’]|nicht|kein\w*|nunca|niet"
                                   r"|tampoco|ni"
                                   r"|geen|nooit)"
                                   r"(?:\W+\w+){0,2}\W*$", re.IGNORECASE)
_FUTURE = patterns.compile(r"(?<!\w)(?:will|would|expected|due|awaits?|awaiting|pending|until|before|sera|attendue?"
                           r"|wird|soll)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"final", "that", "this", "with", "have", "been", "from", "they", "them", "their", "there",
                          "were", "said", "says", "also", "into", "ruling", "cannot", "appealed", "appeal", "appeals",
                          "still", "subject", "could", "might", "longer", "interim", "preliminary", "provisional",
                          "définitive", "définitif", "n'est", "pas", "encore", "dans", "pour", "avec", "nicht",
                          "noch", "rechtskräftig", "firme", "firmes", "definitivo", "definitiva", "definitivamente",
                          "cautelar", "recurso", "tampoco", "cabe", "forma"})


class Told(NamedTuple):
    """Words that tell a case's status, where they are (in the sentence) and as written."""

    at: int
    shown: str


def changed_status(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text calls final a ruling its passages leave open, or tells as decided or filed an
    appeal its passages give as pending or only planned; or revokes what they suspend, suspends a whole norm they
    suspend a part of, or calls illegal what they only doubt the legality of (tests/test_factcheck_216.py)."""
    scope = (suspension_told_as_revoked(text, passages, offset, language)
             or part_suspended_as_whole(text, passages, offset, language)
             or doubt_told_as_illegality(text, passages, offset, language))
    if scope:
        return scope
    folded = text.casefold()
    if not any(word in folded for word in _MAY_BE_READ):
        return []  # most sentences speak of no ruling's status: found without reading their passages
    spoken = markers_blanked(text)
    texts = [passage.text for passage in passages]
    found = _called_final(spoken, texts) or _appeal_decided(spoken, texts) or _appeal_filed(spoken, texts)
    if found is None:
        return []
    message, hint = found
    return [Finding(offset, f"{message}: {clipped(text)}", hint)]


def _called_final(text: str, passages: list[str]) -> tuple[str, str] | None:
    """Return what to say where text calls a ruling final that a passage sharing a word with it leaves open, and
    none calls final."""
    own = _told(text, _FINAL)
    if not own or _FUTURE.search(text) or any(_told(passage, _FINAL) for passage in passages):
        return None
    words = content_words(text, _NOT_CONTENT)
    for passage in passages:
        for match in _NOT_FINAL.finditer(passage):
            if words & content_words(sentence_of(passage, match.start()), _NOT_CONTENT):
                return (f"this sentence calls final ('{own[0].shown}') what its cited passages leave open "
                        f"('{' '.join(match.group().split())}')",
                        "keep the ruling's status as the source gives it, or cite a passage that says it is final")
    return None


def _appeal_decided(text: str, passages: list[str]) -> tuple[str, str] | None:
    """Return what to say where text gives an appeal's outcome that passages giving it as pending or filed do not."""
    own = _told(text, _DECIDED)
    if not own or any(_told(passage, _DECIDED) for passage in passages):
        return None
    under_way = next((told for passage in passages if _may_tell_an_appeal(passage)
                      for told in (*_told(passage, _FILED), *_told(passage, _PENDING), *_told(passage, _PLANNED))),
                     None)
    if under_way is None:
        return None
    return (f"this sentence tells as decided ('{own[0].shown}') an appeal its cited passages give as under way or "
            f"announced ('{under_way.shown}')",
            "keep the appeal as the source gives it, or cite a passage that gives its outcome")


def _appeal_filed(text: str, passages: list[str]) -> tuple[str, str] | None:
    """Return what to say where text tells as filed an appeal its passages give only as announced."""
    own = _told(text, _FILED)
    if not own or any(_told(passage, _FILED) or _told(passage, _DECIDED) for passage in passages):
        return None
    planned = next((told for passage in passages for told in _told(passage, _PLANNED)
                    if not _PENDING.search(passage) and not appeal_heard(passage, told.at)), None)  # a court's to hear
    if planned is None:
        return None
    return (f"this sentence tells as filed ('{own[0].shown}') an appeal its cited passages give only as announced "
            f"('{planned.shown}')", "keep it as announced, or cite a passage that says the appeal was filed")


def _may_tell_an_appeal(passage: str) -> bool:
    """Say whether a passage speaks of an appeal: "pending" alone, with no appeal, is another matter."""
    return bool(re.search(r"appe(?:al|l)|apela|recur|beroep", passage, re.IGNORECASE))


def _told(text: str, pattern: re.Pattern) -> list[Told]:
    """Return where `pattern` tells a status in text, outside quotation marks and not negated just before."""
    quoted = quoted_parts(text)
    return [Told(match.start(), " ".join(match.group().split())) for match in pattern.finditer(text)
            if not inside(quoted, match.start())
            and not _NEGATED_BEFORE.search(text, max(0, match.start() - 30), match.start())]
