"""A court's act not told where a party only goes to court: a sentence may not tell a court's ruling as made where
its cited passages give only a party's recourse to one.

"The court quashed the council's decision" citing "We will ask the court to quash a decision that was taken without
proper consultation" built: unsettled.py reads "ask the court to quash" told as "quashed", but only where the sentence
restates two words of the passage's clause, and this one shares only "decision". Here the court itself is what the
two share: a passage gives a party's request of a court ("ask the court to", "applied to the High Court"), its
claim, appeal or challenge sought, filed or planned ("will seek a judicial review", "plans to appeal", "has filed a
claim", "sued"), or the case taken to court ("will take the case to the High Court", "heading for the High Court"),
and the sentence tells a court (a judge, a tribunal, the justices) acting: "quashed", "overturned", "struck down",
"annulled", "set aside", "blocked", "ruled against", "sided with", "upheld", "dismissed", ... (or "was quashed by the
court"). It is refused where no cited passage tells a court's act or a ruling itself (its recourse blanked: "ask the
court to quash" quashes nothing). French, Spanish and German are read alike ("Le tribunal a annulé la décision" citing
"Nous demanderons au tribunal d'annuler"; "El tribunal anuló" citing "pediremos al tribunal que anule"; "Das Gericht
hob die Entscheidung auf" citing "Wir werden das Gericht bitten"). A court's act negated, possible, asked for or to
come ("has not ruled", "could quash", "if the court quashes", "will ask the court to quash") and words in quotation
marks are not read, and an act a check run before it names already ("blocked" of "ask the court to block":
unsettled.py; "The High Court ruled" of "heading for the High Court": next_stages.py) is left to it, named once.
going_to_court and court_act_told give unbacked_deeds.py a court's ruling named by its noun
("Reacting to the ruling.") to read the same way (tests/test_factcheck_123.py).
A new trial (a retrial, a rehearing) a passage gives only as a party's to ask for ("Halvorsen may accept the reduced
award or ask for a new trial"), beside whatever else its court did, is not one a court ordered: "The court ordered a new
trial on damages" (or "granted", "Judge Marsh ordered a retrial") is refused where no cited passage gives one ordered
or granted (tests/test_factcheck_173.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple, Sequence

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_GAP = r"(?:[\w'’-]+\s+)"  # a word and the space after it


class Court(NamedTuple):
    """A language's words: a court's act told as done (a court before its verb), a party's recourse to a court, a
    ruling a passage tells (its noun, or any deed of a court's: "the court reduced the award"), and the words that may
    tell a court at all (looked for before any pattern)."""

    acted: re.Pattern
    recourse: re.Pattern
    ruled: re.Pattern
    courts: re.Pattern


def _court_acted(court: str, gap_not: str, before: str, acts: str, passive: str = "") -> re.Pattern:
    """Return the pattern of a court acting: the court, up to four words none of which negates, doubts or puts it to
    come, an auxiliary, then the act; or, where given, the act told in the passive."""
    gap = rf"(?:(?!(?:{gap_not})(?![\w'’-]))[\w'’-]+\s+)"
    told = rf"(?<![\w-]){court}(?:['’]s)?\s+{gap}{{0,4}}?(?:{before}\s+)?(?P<act>{acts})"
    return patterns.compile(rf"(?:{told}{'|' + passive if passive else ''})(?![\w-])", re.IGNORECASE)


def _words(alternatives: str) -> re.Pattern:
    """Return the pattern of any of `alternatives` as whole words, in any case."""
    return patterns.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_COURT_EN = r"(?:court|courts|judge|judges|justices|tribunal|tribunals|magistrates?|jury|juries|bench|appeals\s+panel)"
_ACTS_EN = (r"quashed|overturned|overruled|struck\s+down|annulled|set\s+aside|blocked|halted|stopped|ruled|found"
            r"|sided\s+with|upheld|dismissed|rejected|threw\s+out|thrown\s+out|granted|ordered|reversed|voided"
            r"|invalidated|declared|backed|cleared|awarded|barred|suspended|froze|frozen|revoked|cancell?ed|lifted"
            r"|handed\s+down|decided|refused|denied|convicted|acquitted|sentenced|fined|agreed\s+with"
            r"|came\s+down\s+on")
# acts only a court does to a decision, told in the passive without it: "The council's decision was quashed"
_ONLY_COURTS_EN = r"(?:quashed|overturned|struck\s+down|annulled|set\s+aside)"
_NOT_ACTING_EN = (r"not|never|n['’]t|no|yet|could|would|may|might|will|shall|should|must|can|cannot|to|if|whether"
                  r"|unless|asked|urged|due|expected|likely|set|poised|about|after|when|because|since|while|which|who"
                  r"|whom|that|and|but|or|where|than")
_COURT_FR = r"(?:tribunal|cour|juges?|jury|magistrats?|juridiction|Conseil\s+d['’]État)"
_ACTS_FR = (r"(?:annul|cass|infirm|invalid|bloqu|rejet|déb?out|tranch|statu|jug|condamn|ordonn|confirm|valid|décid"
            r"|censur|retoqu|estim)(?:é|ée|és|ées|a|èrent)|suspendu|suspendit|interdit|donné\s+raison"
            # a permit a court put back: "Le Conseil d'État a rétabli l'autorisation" of "a fait appel" (newuser_125)
            r"|donna\s+raison|rétablie?s?|rétablit")
_NOT_ACTING_FR = (r"ne|n['’]\w*|pas|jamais|va|vont|pourrait|pourraient|devrait|devraient|doit|doivent|peut|peuvent"
                  r"|pour|de|d['’]\w*|si|à|qui|que|qu['’]\w*|et|mais|après|quand")
_COURT_ES = r"(?:tribunal|corte|juez|jueza|jueces|jurado|magistrad[oa]s?|sala|Supremo)"
_ACTS_ES = (r"(?:anul|revoc|suspendi|bloque|fall|desestim|rechaz|conden|orden|confirm|invalid|paraliz|fren|tumb"
            r"|dictamin|sentenci|decidi)(?:ó|ado|ada|ados|adas|ido|ida)|revocó|dio\s+la\s+razón"
            r"|dejó\s+sin\s+efecto|dado\s+la\s+razón|dejado\s+sin\s+efecto")
_NOT_ACTING_ES = (r"no|nunca|va|van|podría|podrían|debería|deberían|debe|deben|puede|pueden|para|si|aún|todavía|que"
                  r"|a|y|pero|quien|cuando|tras|después")
_COURT_DE = r"(?:Gericht|Gerichtshof|Verwaltungsgericht|Landgericht|Kammer|Richter(?:in)?|Richtern|Geschworenen)"
_ACTS_DE = (r"hob|kippte|stoppte|untersagte|verwarf|entschied|urteilte|wies|verurteilte|annullierte|erklärte|gab"
            r"|bestätigte|aufgehoben|gekippt|gestoppt|untersagt|verworfen|entschieden|geurteilt|abgewiesen|verurteilt"
            r"|annulliert|bestätigt|recht\s+gegeben")
_NOT_ACTING_DE = (r"nicht|nie|kein|keine|noch|wird|werden|soll|sollen|sollte|könnte|könnten|würde|würden|muss"
                  r"|müssen|kann|zu|ob|wenn|falls|bitten|gebeten|und|aber|dass|nachdem|als")

_LANGUAGES = {
    "en": Court(
        _court_acted(_COURT_EN, _NOT_ACTING_EN, r"(?:has|have|had)", _ACTS_EN,
                     rf"(?:was|were|(?:has|have|had)\s+been)\s+(?:(?P<done_by>{_ACTS_EN})\s+by\s+(?:the\s+|a\s+"
                     rf"|an\s+)?{_GAP}{{0,2}}?{_COURT_EN}|(?P<done>{_ONLY_COURTS_EN})(?!\s+by(?![\w-])))"),
        _words(r"(?:ask|asks|asked|asking|urge|urged|urging|petition|petitioned|petitioning|appl(?:y|ies|ied|ying)"
               rf"\s+to)\s+(?:the\s+|a\s+|an\s+)?{_GAP}{{0,2}}?{_COURT_EN}(?:\s+to\s+[a-z]+)?"
               r"|(?:seek|seeks|sought|seeking|apply\s+for|applied\s+for|applying\s+for|file|files|filed|filing|lodge"
               r"|lodged|lodges|lodging|launch|launched|launches|launching|bring|brings|brought|bringing|issue"
               rf"|issued)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?{_GAP}{{0,2}}?(?:judicial\s+review|injunction"
               r"|appeal|lawsuit|legal\s+(?:challenge|action|claim|proceedings)|claim|suit|court\s+(?:action|order"
               r"|case|challenge)|challenge|petition|proceedings)"
               rf"|(?:take|takes|took|taken|taking)\s+{_GAP}{{0,3}}?to\s+(?:the\s+)?{_GAP}{{0,2}}?{_COURT_EN}"
               r"|(?:go|goes|going|went|gone|head|heads|headed|heading)\s+(?:to|for)\s+(?:the\s+)?"
               rf"{_GAP}{{0,2}}?{_COURT_EN}"
               r"|(?:will|would|to|could|may|might|shall)\s+(?:\w+\s+)?appeal|appealed|appealing|appeals\s+against"
               r"|(?-i:sue)|sues|sued|suing"),
        _words(rf"ruled|rulings?|verdicts?|judge?ments?|injunction|sided\s+with|upheld"
               rf"|{_COURT_EN}\s+(?:has\s+|have\s+|had\s+)?[a-z]+ed"),
        _words(rf"{_COURT_EN}|{_ONLY_COURTS_EN}")),
    "fr": Court(
        _court_acted(_COURT_FR, _NOT_ACTING_FR, r"(?:a|ont|avait|avaient|l['’]a|les\s+a)", _ACTS_FR),
        _words(r"(?:demander|demandera|demanderons|demanderont|demandons|demande|demandent|demandé|demandait)"
               rf"\s+(?:au|à\s+la|aux)\s+{_GAP}{{0,1}}?{_COURT_FR}"
               rf"|(?:saisir|saisira|saisiront|saisirons|saisi|saisit)\s+(?:le|la|les|l['’])\s*(?:justice|{_COURT_FR})"
               r"|(?:faire|fera|feront|ferons|fait|faisons)\s+appel|interjeter\s+appel"
               r"|(?:déposer|déposera|déposeront|déposerons|déposé|intenter|intentera|intenté|porter|portera|porté)\s+"
               r"(?:un|une|l['’]|le|la|son|leur)\s*(?:recours|plainte|action|affaire|requête|appel)"
               r"|(?:attaquer|attaquera|attaqué|contester|contestera|contesté)\s+(?:\w+\s+){0,3}?en\s+justice"),
        _words(r"jugements?|arrêts?\s+(?:du|de\s+la|rendu)|verdicts?|a\s+statué|a\s+tranché"),
        _words(_COURT_FR)),
    "es": Court(
        _court_acted(_COURT_ES, _NOT_ACTING_ES, r"(?:ha|han|había|habían)", _ACTS_ES),
        _words(r"(?:pedir|pediremos|pedirá|pedirán|pide|piden|pidió|pidieron|pedido|solicitar|solicitará"
               rf"|solicitaremos|solicitó|solicitado)\s+(?:al|a\s+la|a\s+los)\s+{_GAP}{{0,1}}?{_COURT_ES}"
               r"|recurrir|recurrirá|recurrirán|recurriremos|recurrió|recurrido|apelar|apelará|apelarán|apelaremos"
               r"|apeló|apelado|(?:presentar|presentará|presentarán|presentaremos|presentó|presentado|interponer"
               r"|interpondrá|interpondremos|interpuso|interpuesto)\s+(?:un|una|el|la)\s+(?:recurso|demanda|querella"
               r"|apelación)|(?:llevar|llevará|llevarán|llevaremos|llevó|llevado)\s+(?:\w+\s+){0,2}?(?:a\s+los\s+"
               rf"tribunales|ante\s+(?:el|la)\s+{_COURT_ES})|demandar|demandará|demandarán|demandaremos|demandó"),
        _words(r"sentencias?|fallo|veredictos?|falló|dictaminó"),
        _words(_COURT_ES)),
    "de": Court(
        _court_acted(_COURT_DE, _NOT_ACTING_DE, r"(?:hat|haben|hatte|hatten)", _ACTS_DE),
        _words(rf"{_COURT_DE}\s+(?:zu\s+)?(?:bitten|anrufen|einschalten)"
               rf"|(?:bat|baten|bittet|bitten|rief|riefen|ruft|rufen)\s+(?:das|den|die)\s+{_COURT_DE}"
               r"|Klage\s+(?:\w+\s+){0,3}?(?:einreichen|erheben|eingereicht|erhoben)|(?:reicht|reichte|reichten"
               r"|erhebt|erhob|erhoben)\s+(?:\w+\s+){0,2}?Klage|klagen|klagt|klagte|verklagen|verklagt|verklagte"
               r"|(?:Berufung|Beschwerde|Revision|Einspruch|Rechtsmittel)\s+(?:\w+\s+){0,2}?(?:einlegen|eingelegt)"
               r"|(?:legt|legte|legten)\s+(?:\w+\s+){0,2}?(?:Berufung|Beschwerde|Revision|Einspruch)"
               r"|vor\s+(?:das\s+|ein\s+)?Gericht\s+(?:ziehen|gehen|bringen)|(?:zog|zogen|zieht|ziehen)\s+vor\s+"
               r"(?:das\s+)?Gericht|anfechten|angefochten|beantragen|beantragt|beantragte"),
        _words(r"Urteils?|Urteile|Entscheidung\s+des\s+Gerichts|Beschluss\s+des\s+Gerichts"),
        _words(_COURT_DE)),
}
# a court's act put to come or in doubt just before its court: "if the court quashes", "whether a judge overturned"
_NOT_TOLD_BEFORE = {
    "en": patterns.compile(r"(?<![\w-])(?:not|never|no|if|unless|whether|once|until|before|could|would|may|might"
                           r"|will|should|asking|asked|ask|urged|urging)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$",
                           re.IGNORECASE),
    "fr": patterns.compile(r"(?<![\w-])(?:si|que|qu['’]|aucun|aucune|avant\s+que)\s*(?:le\s+|la\s+|l['’])?$",
                           re.IGNORECASE),
    "es": patterns.compile(r"(?<![\w-])(?:si|que|ningún|ninguna|antes\s+de\s+que)\s+(?:el\s+|la\s+)?$",
                           re.IGNORECASE),
    "de": patterns.compile(r"(?<![\w-])(?:ob|wenn|falls|dass|kein|keine|bevor)\s+(?:das\s+|der\s+|die\s+)?$",
                           re.IGNORECASE),
}


def _court_of(language: str) -> tuple[str, Court] | None:
    """Return the language a text in `language` is read in, with its words; None for one not read."""
    code = "en" if in_english(language) else language.split("-")[0].lower()
    return (code, _LANGUAGES[code]) if code in _LANGUAGES else None


# What a party asks a court for, and a court orders or grants: "a new trial", "a retrial", "a rehearing" (factcheck173)
_REMEDY = r"(?:new\s+trial|retrial|re-trial|rehearing|re-hearing)"
# a remedy asked for: "ask for a new trial", "may seek a new trial", "moved for a retrial", "asked the court to set
# aside the verdict or to order a new trial"
_ASKED_FOR = patterns.compile(
    r"(?<![\w-])(?:(?:ask|asks|asked|asking|move|moves|moved|moving|appl(?:y|ies|ied|ying)|call(?:s|ed|ing)?"
    r"|push(?:es|ed|ing)?|press(?:es|ed|ing)?|petition(?:s|ed|ing)?)\s+(?:(?:the|a)\s+(?:[\w-]+\s+){0,2}?"
    rf"{_COURT_EN}\s+)?(?:to\s+(?:[\w'’-]+\s+){{1,5}}?or\s+)?(?:for|to\s+order|to\s+grant)"
    r"|(?:seek|seeks|sought|seeking|request|requests|requested|requesting|demand|demands|demanded|demanding))\s+"
    rf"(?:a\s+|an\s+|the\s+)?{_REMEDY}(?![\w-])", re.IGNORECASE)
# a court told ordering or granting it: "The court ordered a new trial", "Judge Marsh granted Halvorsen a retrial"
_ORDERED = _court_acted(_COURT_EN, _NOT_ACTING_EN, r"(?:has|have|had)", r"ordered|granted|allowed|awarded")
_REMEDY_AFTER = patterns.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:a\s+|an\s+|the\s+)?{_REMEDY}(?![\w-])",
                                 re.IGNORECASE)
_REMEDY_DONE = patterns.compile(rf"(?<![\w-]){_REMEDY}\s+(?:was|were|has\s+been|had\s+been)\s+(?:ordered|granted)"
                                r"(?![\w-])", re.IGNORECASE)
_REMEDY_GIVEN = patterns.compile(rf"(?<![\w-])(?:ordered|granted|allowed|awarded)(?:\s+[\w'’-]+){{0,2}}?\s+"
                                 rf"(?:a\s+|an\s+|the\s+)?{_REMEDY}(?![\w-])", re.IGNORECASE)


def _asked_remedy_told_ordered(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a court ordering or granting a new trial (a retrial, a rehearing) its cited
    passages give only as a party's to ask for ("may ... ask for a new trial"), and none gives it ordered."""
    if not in_english(language) or not passages or not any("trial" in passage.text or "hearing" in passage.text
                                                            for passage in passages):
        return []  # most passages ask for no new trial
    asked = next((match.group() for passage in passages for match in _ASKED_FOR.finditer(passage.text)), "")
    if not asked:
        return []
    spoken = markers_blanked(text)
    told = next((match for match in _ORDERED.finditer(spoken) if _REMEDY_AFTER.match(spoken, match.end())
                 and _told(spoken, match, "en")), None)
    if told is None or any(_REMEDY_GIVEN.search(own) or _REMEDY_DONE.search(own) for own in
                           (_ASKED_FOR.sub(" ", passage.text) for passage in passages)):
        return []
    shown = " ".join((told.group() + _REMEDY_AFTER.match(spoken, told.end()).group()).split())
    return [Finding(offset + told.start(), f"this sentence tells as ordered by a court ('{shown}') what its cited "
                                           f"passages give only as a party's to ask for ('{' '.join(asked.split())}'): "
                                           f"{clipped(text)}",
                    "tell what the party may ask or asked for, as the source does, or cite a passage that gives the "
                    "court's order")]


def court_act_told_done(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                        named: Sequence[Finding] = ()) -> list[Finding]:
    """Return a finding when text tells a court's act as done where its cited passages give only a party's recourse
    to a court, and none tells a court's act or a ruling, nor a finding already `named` quotes the act; or a new
    trial ordered that its cited passages give only as a party's to ask for."""
    found = _recourse_told_done(text, passages, offset, language, named)
    if found or not _COURT_WORD.search(text):
        return found
    return [finding for finding in _asked_remedy_told_ordered(text, passages, offset, language)
            if not any(_quoting(word).search(each.message) for each in named for word in ("ordered", "granted"))]


_COURT_WORD = _words(_COURT_EN)


def _recourse_told_done(text: str, passages: list[Cited], offset: int, language: str,
                        named: Sequence[Finding]) -> list[Finding]:
    """Return court_act_told_done's finding of a court's act told where a party only goes to court."""
    read = _court_of(language)
    if read is None or not passages or not read[1].courts.search(text):
        return []  # most sentences name no court
    code, court = read
    spoken = markers_blanked(text)
    told = next((match for match in court.acted.finditer(spoken) if _told(spoken, match, code)), None)
    if told is None:
        return []
    recourse = next(filter(None, (going_to_court(passage.text, passage.language or language)
                                  for passage in passages)), "")
    if not recourse or any(court_act_told(passage.text, passage.language or language) for passage in passages):
        return []
    act = " ".join(next(filter(None, (told["act"], told["done_by"] if "done_by" in court.acted.groupindex else None,
                                      told["done"] if "done" in court.acted.groupindex else None))).split())
    if any(_quoting(act).search(finding.message) for finding in named):
        return []  # named once, by the check that reads the passage's own words: "blocked" of "ask the court to block"
    shown = " ".join(told.group().split())
    return [Finding(offset + told.start(), f"this sentence tells as done a court's act ('{shown}') where its cited "
                                           f"passages give only a party's recourse to a court ('{recourse}'): "
                                           f"{clipped(text)}",
                    "tell what the party asked, plans or filed, as the source does, or cite a passage that gives "
                    "the court's act")]


@functools.lru_cache(maxsize=1 << 8)
def _quoting(act: str) -> re.Pattern:
    """Return the pattern of a finding's quoted words holding the act ("('The High Court ruled')" holds "ruled")."""
    return re.compile(rf"\('[^']*(?<![\w-]){re.escape(act)}(?![\w-])[^']*'\)", re.IGNORECASE)


def _told(spoken: str, match: re.Match, code: str) -> bool:
    """Say whether a court's act matched is told as done: outside quotation marks, with no negation, doubt or
    condition just before its court."""
    if inside(quoted_parts(spoken), match.start()):
        return False
    return not _NOT_TOLD_BEFORE[code].search(spoken, max(0, match.start() - 30), match.start())


def going_to_court(text: str, language: str = "") -> str:
    """Return the words by which a passage gives a party's recourse to a court ("ask the court to quash", "plans to
    appeal"), as written; "" where it gives none."""
    return next(iter(_recourses(text, language)), "")


def case_not_yet_heard(text: str, language: str = "") -> str:
    """Return the words by which a passage takes a case to a court that has not yet heard it ("ask the court to",
    "will seek a judicial review"), as written; "" where it gives none, or only an appeal, which a ruling comes
    before ("Reacting to the ruling" may cite "plans to appeal")."""
    return next((found for found in _recourses(text, language) if not _APPEAL.search(found)), "")


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _recourses(text: str, language: str) -> tuple[str, ...]:
    """Return each place a passage gives a party's recourse to a court, as written."""
    read = _court_of(language)
    return tuple(" ".join(found.group().split()) for found in read[1].recourse.finditer(text)) if read else ()


_APPEAL = patterns.compile(r"appe|apel|recurr|Berufung|Revision|Beschwerde|Einspruch|Rechtsmittel|anfecht|angefocht",
                           re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)
def court_act_told(text: str, language: str = "") -> bool:
    """Say whether a passage tells a court's act or a ruling, its recourse to a court left out ("ask the court to
    quash" quashes nothing)."""
    read = _court_of(language)
    if read is None:
        return False
    own = read[1].recourse.sub(lambda match: " " * len(match.group()), text)
    return bool(read[1].acted.search(own) or read[1].ruled.search(own))
