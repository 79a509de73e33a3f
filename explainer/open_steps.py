"""A company's step the source leaves open, told as done in French, Spanish or German, and the honest "not yet" of it
in any of the four languages.

business_steps.py reads English: "Corvane sold its router unit" citing "Corvane is exploring a sale of its router unit"
is refused. Its French, Spanish and German twins built: "Brightwell a racheté Corvane" citing "Les propriétaires de
Corvane ont mis l'entreprise en vente", "Corvane ha vendido la unidad" citing "Corvane estudia vender la unidad",
"Brightwell hat Corvane übernommen" citing "Corvane steht zum Verkauf" (a sale offered, planned, explored, bid for or
in talks, told as done: sold, bought, taken over, merged, listed), and "Les autorités ont approuvé l'accord" citing
"L'accord est soumis à l'approbation des autorités" (a deal subject to approval told as approved). Each is refused
where the sentence negates nothing and hedges nothing, shares two words (one, where it has only one) with the
passage's sentence giving the step, and no cited passage tells such an outcome itself.

The other way round, a sentence saying the step is not yet done ("Corvane has not yet sold the unit", "n'a pas encore
vendu", "todavía no ha vendido", "hat noch nicht verkauft") agrees with a passage leaving it open: polarity.py no
longer reads it as a negation added (`not_yet_of_open_step`), unless the sentence denies the very step the passage
gives ("has not yet explored a sale" citing "is exploring a sale").
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked
from .wordset import may_contain


class Step(NamedTuple):
    """A kind of open step in a language: what it is called in a message, the words giving it open, those telling it
    done, and the fragments one of those holds (looked for before any pattern)."""

    name: str
    process: re.Pattern
    outcome: re.Pattern
    fragments: tuple[str, ...]
    shared: int = 2  # words the sentence must share with the passage's sentence giving the step, if it has as many


class Reading(NamedTuple):
    """A language's open steps, the words that make a sentence tell no outcome (a negation, a hedge, a part) and the
    words of four letters or more that name nothing a step is of."""

    steps: tuple[Step, ...]
    untold: re.Pattern
    not_content: frozenset[str]


def _words(alternatives: str) -> re.Pattern:
    """Return a pattern of whole words, spaces read as any run of spaces."""
    spaced = alternatives.replace(" ", r"\s+")
    return patterns.compile(rf"(?<![\w-])(?:{spaced})(?![\w-])", re.IGNORECASE)


_OFFERED = "a sale offered, planned, explored or bid for"
_APPROVAL = "subject to approval"
_W = r"[\w'’-]+"  # a word
_A = r"(?:l['’]\s*|la |une |des |un |le |du )"  # a French article
_APPROVALS_FR = r"(?:approbation|autorisation|feu vert|aval|accord)"
_APPROVALS_ES = r"(?:aprobación|autorización|visto bueno|luz verde|aval)"

_OFFERED_FR = _words(
    rf"(?:mis|mise|met|mettent|mettre) (?:{_W} ){{0,3}}?en vente|(?:est|sont|était) (?:à vendre|en vente)"
    r"|(?:envisage|envisagent|étudie|étudient|examine|examinent|explore|explorent|prévoit|prévoient|projette"
    r"|projettent|souhaite|souhaitent|veut|veulent|prépare|préparent|compte|comptent|pourrait|pourraient"
    rf"|a l['’]intention|ont l['’]intention) (?:de |d['’]\s*|sa |son |leur |{_A})?(?:{_W} ){{0,2}}?"
    r"(?:vendre|vente|céder|cession|racheter|rachat|acheter|achat|acquérir|acquisition|fusionner|fusion"
    r"|s['’]\s*introduire"
    r"|introduction|coter|cotation)|candidats?|enchérisseurs?|repreneurs? potentiels?|offre (?:de rachat|publique)"
    rf"|(?:a|ont) (?:fait|déposé|présenté|soumis|remis) (?:une|son|leur) (?:{_W} )?offre"
    r"|en (?:négociations?|discussions?|pourparlers)|négocie|négocient")
_DONE_FR = _words(
    rf"(?:a|ont|avait|avaient) (?:{_W} )?(?:vendu|cédé|racheté|acheté|acquis|repris|absorbé|fusionné|finalisé"
    rf"|bouclé|pris le contrôle)|(?:a|ont|avait|avaient) été (?:{_W} )?(?:vendue?s?|cédée?s?|rachetée?s?"
    rf"|achetée?s?|acquise?s?|reprise?s?|absorbée?s?)|(?:est|sont) (?:{_W} )?(?:entrée?s?|introduite?s?) en bourse"
    r"|(?:a|ont) fait (?:son|leur) (?:entrée|introduction) en bourse"
    rf"|(?:vente|cession|fusion|rachat|acquisition) (?:{_W} ){{0,3}}?(?:a|ont) été"
    r" (?:finalisée?|conclue?|bouclée?)")
_AWAITED_FR = _words(
    rf"soumise?s? (?:à|au|aux) {_A}?(?:{_W} ){{0,2}}?{_APPROVALS_FR}"
    rf"|sous réserve (?:de |d['’]\s*|du |des ){_A}?(?:{_W} ){{0,2}}?{_APPROVALS_FR}"
    rf"|en attente (?:de |d['’]\s*|du ){_A}?(?:{_W} ){{0,2}}?{_APPROVALS_FR}"
    r"|doit encore être (?:approuvée?|autorisée?|validée?)")
_APPROVED_FR = _words(
    rf"(?:a|ont|avait|avaient) (?:{_W} )?(?:approuvé|autorisé|validé|avalisé|entériné)"
    rf"|(?:a|ont) été (?:{_W} )?(?:approuvée?s?|autorisée?s?|validée?s?|avalisée?s?|entérinée?s?)"
    rf"|(?:a|ont) (?:obtenu|reçu|donné) (?:le |l['’]\s*|son |leur )(?:{_W} )?{_APPROVALS_FR}")

_OFFERED_ES = _words(
    rf"(?:puesto|puso|pone|ponen|pusieron|poner) (?:{_W} ){{0,3}}?(?:a la|en) venta"
    r"|(?:está|están|estaba|sale|salen|salió) (?:a la|en) venta"
    r"|(?:estudia|estudian|planea|planean|prevé|prevén|proyecta|proyectan|considera|consideran|evalúa|evalúan"
    r"|analiza|analizan|sopesa|sopesan|explora|exploran|quiere|quieren|pretende|pretenden|busca|buscan|se plantea"
    r"|se plantean|tiene previsto|tienen previsto|prepara|preparan|podría|podrían) (?:la |una |su |el |un )?"
    rf"(?:{_W} ){{0,2}}?(?:vender|venta|fusionarse|fusionar|fusión|comprar|compra|adquirir|adquisición"
    r"|salir a bolsa|salida a bolsa|cotizar)|postor(?:es)?|ofertas? (?:por|de compra|pública)"
    rf"|(?:ha|han) (?:presentado|hecho|lanzado) (?:una|su) (?:{_W} )?oferta"
    r"|en (?:negociaciones|conversaciones)|negocia|negocian")
_DONE_ES = _words(
    rf"(?:ha|han|había|habían) (?:{_W} )?(?:vendido|comprado|adquirido|absorbido|fusionado|completado"
    r"|cerrado la (?:compra|venta|adquisición|fusión))"
    rf"|(?:fue|fueron|ha sido|han sido|había sido) (?:{_W} )?(?:vendid[oa]s?|comprad[oa]s?|adquirid[oa]s?"
    r"|absorbid[oa]s?)|vendió|vendieron|compró|compraron|adquirió|adquirieron|absorbió|absorbieron"
    r"|se (?:ha |han )?fusion(?:ó|aron|ado)|(?:salió|salieron|ha salido|han salido) a bolsa"
    r"|(?:cerró|cerraron) la (?:compra|venta|adquisición|fusión)")
_AWAITED_ES = _words(
    rf"sujet[oa]s? a (?:la |una |el )?(?:{_W} ){{0,2}}?{_APPROVALS_ES}"
    rf"|pendientes? de (?:la |el )?(?:{_W} ){{0,2}}?{_APPROVALS_ES}"
    rf"|(?:a la|en) espera de (?:la |el )?(?:{_W} ){{0,2}}?{_APPROVALS_ES}"
    rf"|(?:requiere|requieren|necesita|necesitan) (?:la |el )?(?:{_W} ){{0,2}}?{_APPROVALS_ES}")
_APPROVED_ES = _words(
    r"aprob(?:ó|aron)|autoriz(?:ó|aron)|avaló|avalaron"
    rf"|(?:ha|han|había|habían) (?:{_W} )?(?:aprobado|autorizado|avalado|dado (?:su |el )?(?:visto bueno|luz verde"
    rf"|aval))|(?:fue|fueron|ha sido|han sido|está|están) (?:{_W} )?(?:aprobad[oa]s?|autorizad[oa]s?)"
    rf"|(?:recibió|obtuvo|recibieron|obtuvieron|ha recibido|ha obtenido) (?:la |el )?(?:{_W} )?{_APPROVALS_ES}"
    r"|(?:dio|dieron) (?:su |el )?(?:visto bueno|luz verde|aval)")

_OFFERED_DE = _words(
    rf"(?:steht|stehen|stand|standen) (?:{_W} ){{0,2}}?zum Verkauf|zum Verkauf (?:gestellt|angeboten)"
    r"|(?:prüft|prüfen|erwägt|erwägen|plant|planen|sondiert|sondieren|bereitet|bereiten|strebt|streben|will|wollen"
    rf"|denkt|denken|könnte|könnten) (?:{_W} ){{0,3}}?(?:Verkauf\w*|Fusion|Übernahme|Börsengang|Kauf|Abspaltung"
    r"|Zusammenschluss|verkaufen|fusionieren|übernehmen|kaufen|an die Börse)|Bieter\w*|Kaufinteressent\w*"
    rf"|Interessenten|Übernahmeangebot\w*|Kaufangebot\w*|(?:ein|sein|ihr) (?:{_W} )?Angebot (?:für|abgegeben"
    r"|vorgelegt)|in (?:Verhandlungen|Gesprächen)|verhandelt|verhandeln")
_DONE_DE = _words(
    r"verkauft|verkaufte|verkauften|übernommen|übernahm|übernahmen|gekauft|kaufte|kauften|erworben|erwarb|erwarben"
    rf"|fusioniert|fusionierte|fusionierten|an die Börse gegangen|(?:ging|gingen) (?:{_W} )?an die Börse"
    rf"|abgespalten|(?:Verkauf|Fusion|Übernahme|Kauf) (?:{_W} ){{0,3}}?abgeschlossen")
_AWAITED_DE = _words(
    rf"unter (?:dem )?(?:{_W} )?Vorbehalt|vorbehaltlich|(?:Genehmigung|Zustimmung|Freigabe) (?:{_W} ){{0,3}}?"
    rf"(?:steht|stehen) (?:{_W} ){{0,2}}?aus|(?:bedarf|bedürfen) (?:{_W} ){{0,3}}?(?:Genehmigung|Zustimmung"
    rf"|Freigabe)|(?:wartet|warten) (?:{_W} ){{0,2}}?auf (?:die )?(?:{_W} )?(?:Genehmigung|Zustimmung|Freigabe)"
    r"|genehmigungspflichtig")
_APPROVED_DE = _words(
    r"genehmigt|genehmigte|genehmigten|gebilligt|billigte|billigten|freigegeben|zugestimmt|grünes Licht|abgesegnet"
    rf"|(?:erhielt|erhielten|bekam|bekamen) (?:{_W} ){{0,2}}?(?:Genehmigung|Zustimmung|Freigabe)")

READINGS = {
    "fr": Reading(
        (Step(_OFFERED, _OFFERED_FR, _DONE_FR, ("vendu", "cédé", "rachet", "achet", "acquis", "repris", "absorb",
                                                "fusionn", "finalis", "boucl", "contrôle", "bourse", "conclu")),
         Step(_APPROVAL, _AWAITED_FR, _APPROVED_FR,
              ("approuv", "autoris", "valid", "avalis", "entérin", "feu vert", "aval"), 1)),
        patterns.compile(r"(?<![\w-])(?:(?:ne|pas|jamais|aucune?|pourrai\w*|pourra\w*|devrai\w*|devra\w*|si|avant"
                         r"|sans|partiellement|en\s+partie)(?![\w-])|n['’])", re.IGNORECASE),
        frozenset({"dans", "avec", "pour", "leur", "leurs", "cette", "sont", "était", "être", "avait", "avaient",
                   "selon", "entre", "après", "depuis", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi",
                   "dimanche"})),
    "es": Reading(
        (Step(_OFFERED, _OFFERED_ES, _DONE_ES, ("vend", "compr", "adquir", "absorb", "fusion", "bolsa", "complet",
                                                "cerr")),
         Step(_APPROVAL, _AWAITED_ES, _APPROVED_ES, ("aprob", "autoriz", "aval", "visto bueno", "luz verde"), 1)),
        _words("no|nunca|jamás|podría\\w*|podrá\\w*|debería\\w*|deberá\\w*|si|antes|sin|parcialmente|en parte"),
        frozenset({"para", "como", "este", "esta", "estos", "estas", "sobre", "entre", "desde", "según", "tras",
                   "había", "habían", "está", "están", "fue", "fueron", "lunes", "martes", "miércoles", "jueves",
                   "viernes", "sábado", "domingo"})),
    "de": Reading(
        (Step(_OFFERED, _OFFERED_DE, _DONE_DE, ("verkauft", "übern", "kauft", "erw", "fusionier", "börse",
                                                "abgespalten", "abgeschlossen")),
         Step(_APPROVAL, _AWAITED_DE, _APPROVED_DE, ("genehmigt", "billig", "freigegeben", "zugestimmt",
                                                     "grünes licht", "abgesegnet", "erhielt", "bekam"), 1)),
        _words("nicht|kein\\w*|nie|niemals|könnte\\w*|dürfte\\w*|würde\\w*|wird|werden|soll\\w*|wenn|falls|ob|bevor"
               "|ohne|teilweise|zum Teil"),
        frozenset({"einen", "einer", "eine", "einem", "dass", "sich", "durch", "nach", "über", "oder", "noch", "auch",
                   "sein", "seine", "ihre", "ihren", "nicht", "wurde", "wurden", "worden", "haben", "hatte", "hatten",
                   "unter", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"})),
}
_CONTENT = patterns.compile(r"[^\W\d_]{4,}")
_SENTENCE_END = patterns.compile(r"[.;!?](?:\s|$)")


def reading_of(language: str) -> Reading | None:
    """Return the open steps of a language read here, or None (English, read by business_steps.py, or one not read)."""
    return READINGS.get(language.split("-")[0].lower()) if language else None


def steps_in_languages(text: str, passages: Sequence[Cited], offset: int = 0, language: str = "",
                       named: Sequence[Finding] = ()) -> list[Finding]:
    """Return a finding when French, Spanish or German text tells as done a step its passages give open (a sale
    offered, planned, explored or bid for; a deal subject to approval), where none of `named` quotes its outcome."""
    reading = reading_of(language)
    if reading is None or not any(may_contain(text, step.fragments) for step in reading.steps):
        return []
    spoken = markers_blanked(text)
    if reading.untold.search(spoken):
        return []  # "n'a pas encore vendu", "podría vender", "wird übernommen": no outcome told
    for step in reading.steps:
        told = _told(spoken, step)
        if told is None or any(f"'{told.group().casefold()}" in finding.message.casefold() for finding in named):
            continue
        if any(_tells_outcome(passage.text, step, reading) for passage in passages):
            continue
        words = _content(spoken, reading) - _content(told.group(), reading)
        needed = min(step.shared, len(words))
        for passage in passages:
            for match in step.process.finditer(passage.text):
                theirs = _content(_sentence_of(passage.text, match), reading) - _content(match.group(), reading)
                if needed and len(words & theirs) >= needed:
                    return [_finding(text, offset, told.group(), match.group(), step)]
    return []


def _told(spoken: str, step: Step) -> re.Match | None:
    """Return the first outcome of a step that text tells outside quotation marks; None if there is none."""
    quoted = None
    for match in step.outcome.finditer(spoken):
        quoted = quoted_parts(spoken) if quoted is None else quoted
        if not inside(quoted, match.start()):
            return match
    return None


def _tells_outcome(text: str, step: Step, reading: Reading) -> bool:
    """Say whether a passage tells an outcome of a step in a sentence negating and hedging nothing."""
    return any(not reading.untold.search(_sentence_of(text, match)) for match in step.outcome.finditer(text))


def _sentence_of(text: str, match: re.Match) -> str:
    """Return the sentence of text holding a match."""
    starts = [found.end() for found in _SENTENCE_END.finditer(text, 0, match.start())]
    end = _SENTENCE_END.search(text, match.end())
    return text[starts[-1] if starts else 0:end.start() if end else len(text)]


def _content(text: str, reading: Reading) -> frozenset[str]:
    """Return the words of four letters or more of text that may name what a step is of, folded."""
    return frozenset(word.casefold() for word in _CONTENT.findall(text)) - reading.not_content


def _finding(text: str, offset: int, told: str, shown: str, step: Step) -> Finding:
    """Return the finding of a step told as done, as process_outcomes.py words one."""
    told, shown = " ".join(told.split()), " ".join(shown.split())
    return Finding(offset, f"this sentence tells as an outcome ('{told}') what its cited passages give only as "
                           f"{step.name} ('{shown}'): {clipped(text)}",
                   f"say where it stands, as the source does ('{shown}'), or cite a passage that gives the outcome")


# "not yet", "pas encore", "todavía no", "noch nicht": a step said to be still to come
_NOT_YET = {
    "en": patterns.compile(r"(?<!\w)(?:not|n['’]t|never)(?:\s+[\w'’-]+){0,6}?\s+yet(?!\w)|(?<!\w)yet\s+to(?!\w)",
                           re.IGNORECASE),
    "fr": patterns.compile(r"(?<!\w)(?:pas\s+encore|toujours\s+pas)(?!\w)", re.IGNORECASE),
    "es": patterns.compile(r"(?<!\w)(?:(?:aún|todavía)\s+no|no(?:\s+[\w-]+){1,5}?\s+(?:aún|todavía)"
                           r"|siguen?\s+sin)(?!\w)",
                           re.IGNORECASE),
    "de": patterns.compile(r"(?<!\w)(?:noch\s+(?:nicht|kein\w*)|(?:bislang|bisher)\s+(?:nicht|kein\w*))(?!\w)",
                           re.IGNORECASE),
}
# what the "not yet" denies: a deal's step done (sold, bought, merged, listed, approved, a buyer found)
_DONE = {
    "en": ("sold", "sell", "bought", "buy", "acquire", "merge", "list", "float", "close", "complete", "finalis",
           "finaliz", "approv", "clear", "taken over", "take over", "agree", "sign", "decide", "buyer", "struck",
           "seal", "accept", "public"),
    "fr": ("vend", "cédé", "céder", "rachet", "achet", "acqui", "repris", "reprendre", "fusionn", "finalis",
           "conclu", "boucl", "bourse", "approuv", "autoris", "valid", "acheteur", "repreneur", "décidé", "accept",
           "signé"),
    "es": ("vend", "compr", "adquir", "fusion", "bolsa", "complet", "cerr", "aprob", "autoriz", "decidid", "acept",
           "firmad"),
    "de": ("verkauf", "übernom", "übernehm", "kauf", "erwor", "fusion", "börse", "abgeschlossen", "genehmig",
           "gebilligt", "freigegeben", "zugestimmt", "entschieden", "angenommen", "unterzeichnet", "käufer"),
}
# a step the source leaves open, in English (business_steps.py and process_outcomes.py read the rest of the family)
_OPEN_EN = patterns.compile(
    r"(?<![\w-])(?:exploring|explores?|considering|considers?|weighing|weighs|mulling|studying|plans?\s+to|planning"
    r"|intends?\s+to|hopes?\s+to|aims?\s+to|wants?\s+to|preparing\s+to|prepares\s+to|expects?\s+to|(?:is|are)\s+(?:set"
    r"|due|looking)\s+to|up\s+for\s+sale|on\s+the\s+block|bidders?|bid\s+for|(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:bid"
    r"|offer)|in\s+(?:[\w-]+\s+){0,2}?talks|talks\s+to|negotiat\w+|subject\s+to|pending|awaiting|awaits"
    r"|(?:needs?|requires?)\s+(?:[\w-]+\s+){0,2}?(?:approval|clearance|consent))(?![\w-])", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")


def not_yet_of_open_step(negative: str, positive: str, language: str = "") -> bool:
    """Say whether a negative clause says a deal's step is not yet done ("Corvane has not yet sold the unit") where a
    positive clause of a passage leaves that step open ("Corvane is exploring a sale of the unit"), and denies no word
    of the open step itself ("has not yet explored a sale")."""
    code = language.split("-")[0].lower() if language else "en"
    not_yet = _NOT_YET.get(code)
    if not_yet is None or not not_yet.search(negative):
        return False
    if not any(fragment in negative.casefold() for fragment in _DONE[code]):
        return False
    reading = READINGS.get(code)
    opens = [match.group() for match in _OPEN_EN.finditer(positive)] if reading is None else [
        match.group() for step in reading.steps for match in step.process.finditer(positive)]
    denied = {_stem(word) for word in _WORD.findall(negative.casefold())}
    return any(_stem(_WORD.findall(found.casefold())[0]) not in denied for found in opens)


def _stem(word: str) -> str:
    """Return a word's first five letters, a German participle's "ge" left out ("geprüft" as "prüft")."""
    return (word[2:] if word.startswith("ge") and len(word) > 6 else word)[:5]
