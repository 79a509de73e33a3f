"""Corrected figures not told as current: a sentence (an item cited whole, a log entry) may not state, as current, a
figure a correction its cited passages give names wrong. One reading for every language, each language's words in a
table of its own (`_TABLES`: French, Spanish, Italian, German, Portuguese); English's is revised.py's
(`corrected_in_passages`), whose correction notes share one pattern with its revisions and with a later report's
(`revised_later`), and which this module calls, so that cite.py calls one check. (tests/test_corrected_figures.py;
the name corrected_figures.py was taken: that module reads a figure the briefing's own log corrects. Portuguese's
table replaced portuguese_corrections.py: tests/test_corrected_portuguese.py, tests/test_newuser_120.py.)

A passage names a figure wrong by
- its own earlier words, then the correction: "Rectificatif : ... nous indiquions que le droit ... était passé de 5 %
  à 16 %. Il est passé de 5 % à 18 %" (tests/test_newuser_117.py), "una versión anterior de esta información decía
  que el sindicato reclamaba una subida del 8 %" (tests/test_newuser_114.py), "la dépêche indiquait par erreur que
  ...", "la crónica atribuyó erróneamente ...", "in una precedente versione ... si affermava che", "hieß es", "Uma
  versão anterior desta reportagem informou que", "A reportagem também informou que" (after a note's word,
  "Correção"), "informou por engano que": the
  figures of that clause which the sentence after it does not give again, and which are of a unit that sentence gives
  (the first of the clause where it gives no figure), years aside; a version is the report's own ("de esta
  información", "dieses Artikels"), not a bill's ("la versión anterior del proyecto de ley");
- "X. La cifra correcta es (del) Y", "X. Il fallait lire Y", "X. La cifra corretta è Y", "X. O número correto é Y",
  "onde se lia X, leia-se Y": X the last figure of the sentence before or of its own, Y the first after in its own
  (none given, "est inconnu", or someone's word, "Según el sindicato, la cifra real es", corrects nothing);
- a figure corrected from one to another: "a corrigé son bilan de 16 à 18 morts", "rectificó la cifra del 8 % al 6 %",
  "corrigiu o balanço de 274 para 331".
In Portuguese a date's day is read as a figure of its month ("19 de outubro"): a correction names a date wrong by it.
A sentence stating such a figure (not in quotation marks), without the figure the correction gives instead, is refused
unless it keeps it as the earlier one or names it wrong ("initialement", "par erreur", "una versión anterior", "en
lugar de", "inizialmente", "em vez de", ...), or names it wrong just before it ("et non 16 %", "no del 8 %", "non l'8",
"e não 1.420").
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import NamedTuple, Pattern

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .numbers import Mention, Quantity, find_mentions, read_by_language
from .revised import corrected_in_passages


class _Words(NamedTuple):
    """A language's words for a correction: in its passages, and in a sentence keeping the figure as the wrong one."""

    gate: tuple[str, ...]  # one of them is in every passage naming a figure wrong (looked for before any pattern)
    notice: Pattern | None  # a correction's word `said_then` needs in its passage ("rectificatif"); None: none
    said_then: Pattern  # the earlier words: the clause after them, to its end, gives the wrong figures
    said_wrongly: Pattern  # earlier words naming themselves wrong ("indiquait par erreur que"): no notice needed
    correct_is: Pattern  # "la cifra correcta es": the last figure before it is wrong, the first after it right
    corrected_from: Pattern  # "corrigé ... de X à Y": `old` wrong, `new` right
    as_then: Pattern  # a sentence keeping the figure as the earlier one, or naming it wrong
    denied_before: Pattern  # just before a figure: names it wrong ("et non", "no del")
    said: Pattern  # a past verb of saying: keeps a figure as said then where a correction names someone who said it
    according: Pattern  # "según", "selon": a "correct figure" that is someone's word, a dispute, no correction
    hint: str  # words the message offers for the earlier figure
    days: bool = False  # a date's day is read as a figure ("19 de outubro"): a correction may name a date wrong


def _compiled(pattern: str) -> Pattern:
    return patterns.compile(pattern, re.IGNORECASE)


# the rest of a clause, after the words giving the wrong figures, to its end; then the correction's clause
_CLAUSE = r"(?P<wrong>(?:[^.;]|[.,](?=\d))+)[.;]?\s*(?P<right>(?:[^.;]|[.,](?=\d))*)"

# an aside set off by commas after a version's words: "una versión anterior de esta información, publicada ayer, decía"
_ASIDE = r"(?:\s*,[^,.;]{1,60},)?"

_FRENCH = _Words(
    gate=("version", "rectifi", "erratum", "contrairement", "erreur", "tort", "exact", "correct", "corrig"),
    notice=_compiled(r"(?<!\w)(?:versions?\s+précédentes?|première\s+version|rectificatif|erratum"
                     r"|contrairement\s+à\s+ce\s+que)(?!\w)"),
    # an adverb may stand between the auxiliary and its participle: "Nous avions également écrit que" (newuser_125)
    said_then=_compiled(r"(?<!\w)nous\s+(?:(?:avions|avons)\s+(?:aussi\s+|également\s+|par\s+erreur\s+|à\s+tort\s+)?)?"
                        r"(?:indiquions|écrivions|affirmions|annoncions|donnions"
                        r"|indiqué|écrit|affirmé|annoncé|donné)(?:\s+(?:aussi|également|par\s+erreur|à\s+tort))?"
                        r"\s+qu(?:e\s|['’])" + _CLAUSE),
    said_wrongly=_compiled(r"(?<!\w)(?:indiquait|écrivait|affirmait|annonçait|donnait|a\s+indiqué|a\s+écrit"
                           r"|a\s+affirmé|a\s+annoncé|avait\s+indiqué|avait\s+écrit|avait\s+annoncé)"
                           r"\s+(?:par\s+erreur|à\s+tort|erronément)\s+(?:qu(?:e\s|['’]))?" + _CLAUSE),
    correct_is=_compiled(r"(?<!\w)(?:le\s+)?(?:bon\s+chiffre|chiffre\s+(?:exact|correct)|montant\s+(?:exact|correct)"
                         r"|taux\s+(?:exact|correct))\s+est(?!\w)|(?<!\w)il\s+fallait\s+lire(?!\w)"),
    corrected_from=_compiled(r"(?<!\w)(?:a\s+|avons\s+|ont\s+)?(?:corrigé|rectifié)(?!\w)[^.;\d]{0,60}?(?<!\w)"
                             r"(?:de|du|des)\s+(?P<old>\d[\d\s\u00a0\u202f,]*(?:\s*%)?)[^.;\d]{0,20}?(?<!\w)(?:à|en)\s+"
                             r"(?P<new>\d[\d\s\u00a0\u202f,]*)"),
    as_then=_compiled(r"(?<!\w)(?:initialement|initiale?s?|d['’]abord|à\s+tort|par\s+erreur|précédemment|auparavant"
                      r"|premi(?:er|ère)s?\s+versions?|versions?\s+précédentes?|indiquions|écrivions|affirmions"
                      r"|annoncions|rectifi\w*|corrig\w*|erron\w*|inexact\w*|au\s+lieu\s+de|au\s+départ|avait|avaient"
                      r"|dans\s+un\s+premier\s+temps)(?!\w)"),
    denied_before=_compiled(r"(?<!\w)(?:non|pas|au\s+lieu\s+de|plutôt\s+que)(?:\s+(?:de|à|des|du|les|le|la))?\s+$"),
    said=_compiled(r"(?<!\w)(?:a|avait|ont|avaient)\s+(?:affirmé|déclaré|dit|indiqué|annoncé|assuré|parlé|évoqué)(?!\w)"
                   r"|(?<!\w)(?:affirmait|déclarait|disait|indiquait|annonçait|assurait)(?!\w)"),
    according=_compiled(r"(?<!\w)(?:selon|d['’]après|pour\s+(?:le|la|les)\s)"),
    hint="\"initialement\", \"une première version indiquait\"")

_SPANISH = _Words(
    gate=("versión", "correct", "exact", "real", "error", "errónea", "equivocada", "rectific", "corrig"),
    notice=None,
    said_then=_compiled(r"(?<!\w)(?:una|la)\s+versión\s+(?:anterior|previa|inicial|original)"
                        r"(?:\s+de\s+(?:esta|este|la|el)\s+(?:información|artículo|noticia|crónica|nota|texto"
                        r"|reportaje|despacho))?" + _ASIDE
                        + r"\s*(?:decía|afirmaba|indicaba|daba|señalaba|atribuía|situaba|cifraba|recogía)(?!\w)"
                        + _CLAUSE),
    said_wrongly=_compiled(r"(?<!\w)(?:decía|afirmaba|indicaba|daba|señalaba|atribuía|atribuyó|situaba|cifraba|recogía"
                           r"|publicó|informó|indicó|afirmó|señaló|dijo|situó|cifró)\s+(?:por\s+error|erróneamente"
                           r"|equivocadamente)(?!\w)" + _CLAUSE),
    correct_is=_compiled(r"(?<!\w)(?:la\s+)?(?:cifra|dato|porcentaje)\s+(?:correct[oa]|exact[oa]|real)\s+es(?!\w)"),
    corrected_from=_compiled(r"(?<!\w)(?:corrigió|corrigieron|rectificó|rectificaron|ha\s+corregido"
                             r"|ha\s+rectificado)(?!\w)[^.;\d]{0,60}?(?<!\w)(?:de|del|de\s+la)\s+"
                             r"(?P<old>\d[\d.,]*(?:\s*%)?)[^.;\d]{0,20}?(?<!\w)(?:a|al|a\s+la|hasta)\s+"
                             r"(?P<new>\d[\d.,]*)"),
    as_then=_compiled(r"(?<!\w)(?:anterior|previa|inicial|inicialmente|originalmente|antes|primero|al\s+principio"
                      r"|en\s+un\s+primer\s+momento|había|habían|por\s+error|erróne\w*"
                      r"|equivocad\w*|incorrect\w*|corregid\w*|corrigió|corrección|rectific\w*|versión"
                      r"|no\s+(?:el|la|del|de\s+la|de)|en\s+lugar\s+de\w*|en\s+vez\s+de\w*)(?!\w)"),
    denied_before=_compiled(r"(?<!\w)(?:no|en\s+lugar\s+de|en\s+vez\s+de)(?:\s+(?:el|la|los|las|del|de|un|una))?\s+$"),
    said=_compiled(r"(?<!\w)(?:dijo|dijeron|afirmó|afirmaron|declaró|declararon|aseguró|indicó|señaló|anunció|habló"
                   r"|decía|afirmaba|aseguraba|ha\s+dicho|ha\s+afirmado|ha\s+declarado|ha\s+hablado)(?!\w)"),
    according=_compiled(r"(?<!\w)(?:según|de\s+acuerdo\s+con|para\s+(?:el|la|los|las)\s)"),
    hint="\"una versión anterior decía\", \"inicialmente\"")

_ITALIAN = _Words(
    gate=("versione", "rettific", "errat", "corrett", "esatt", "errore", "erroneamente"),
    notice=None,
    said_then=_compiled(r"(?<!\w)(?:una|la|nella|in\s+una)\s+(?:precedente\s+versione|versione\s+precedente)"
                        r"(?:\s+(?:di|del|della|dello)\s+(?:questo\s+|questa\s+|quest['’])?(?:articolo|notizia|pezzo"
                        r"|testo|servizio|lancio))?" + _ASIDE
                        + r"\s*(?:si\s+)?(?:affermava|indicava|riportava|scriveva|diceva|dava|attribuiva)(?!\w)"
                        + _CLAUSE),
    said_wrongly=_compiled(r"(?<!\w)(?:abbiamo\s+|aveva\s+|ha\s+)?(?:scritto|indicato|riportato|affermato|attribuito"
                           r"|scriveva|indicava|riportava|affermava|attribuiva)\s+(?:per\s+errore|erroneamente)(?!\w)"
                           + _CLAUSE),
    correct_is=_compiled(r"(?<!\w)(?:la\s+|il\s+)?(?:cifra|dato|percentuale)\s+(?:corrett[oa]|esatt[oa])\s+è(?!\w)"),
    corrected_from=_compiled(r"(?<!\w)(?:ha\s+|hanno\s+)?(?:corretto|rettificato|corresse|rettificò)(?!\w)"
                             r"[^.;\d]{0,60}?(?<!\w)(?:da|dal|dallo|dalla|dall['’])\s*(?P<old>\d[\d.,]*(?:\s*%)?)"
                             r"[^.;\d]{0,20}?"
                             r"(?<!\w)(?:a|al|alla|ai|agli|all['’])\s*(?P<new>\d[\d.,]*)"),
    as_then=_compiled(r"(?<!\w)(?:inizialmente|in\s+un\s+primo\s+momento|all['’]inizio|dapprima|precedente"
                      r"|precedentemente|per\s+errore|erroneamente|errat\w*|sbagliat\w*|rettific\w*"
                      r"|corrett[oa]\s+(?:da|in|a)|versione|anziché|invece\s+d\w*|aveva|avevano"
                      r"|non\s+(?:il|la|lo|l['’]|del|della|dello|di|un|una))(?!\w)"),
    denied_before=_compiled(r"(?<!\w)(?:non|anziché|invece\s+d\w*)"
                            r"(?:\s+(?:il|la|lo|l['’]|del|della|dei|un|una))?\s*$"),
    said=_compiled(r"(?<!\w)(?:(?:ha|hanno)\s+(?:affermato|detto|dichiarato|indicato|annunciato|parlato|sostenuto)"
                   r"|disse|affermò|dichiarò|diceva|affermava|sosteneva)(?!\w)"),
    according=_compiled(r"(?<!\w)(?:secondo|stando\s+a|per\s+(?:il|la|i|le|lo|l['’]))"),
    hint="\"inizialmente\", \"una versione precedente indicava\"")

_GERMAN = _Words(
    gate=("version", "fassung", "richtig", "korrekt", "fälschlich", "irrtümlich", "korrigiert", "berichtigt"),
    notice=None,
    said_then=_compiled(r"(?<!\w)(?:in\s+)?(?:einer|der)\s+(?:früheren|vorherigen|ersten|ursprünglichen)\s+"
                        r"(?:Version|Fassung)(?:\s+(?:dieses|dieser|des|der)\s+(?:Artikels|Textes|Berichts|Beitrags"
                        r"|Meldung|Nachricht))?" + _ASIDE + r"\s*(?:hieß\s+es|stand|schrieben\s+wir|berichteten\s+wir"
                        r"|war\s+von)(?!\w)"
                        + _CLAUSE),
    said_wrongly=_compiled(r"(?<!\w)(?:sagte|erklärte|berichtete|schrieb|meldete|nannte|hieß\s+es|gab|hatte|haben"
                           r"|hatten|hat)\s+(?:[^\W\d]+\s+){0,3}?(?:fälschlich(?:erweise)?|irrtümlich(?:erweise)?)"
                           r"(?!\w)" + _CLAUSE),
    correct_is=_compiled(r"(?<!\w)(?:die\s+|der\s+)?(?:richtige|korrekte)\s+(?:Zahl|Wert|Anteil|Betrag)"
                         r"\s+(?:ist|lautet)(?!\w)|(?<!\w)richtig\s+ist(?!\w)"),
    corrected_from=_compiled(r"(?<!\w)(?:korrigierte|korrigierten|berichtigte|berichtigten|korrigiert|berichtigt)"
                             r"(?!\w)[^.;\d]{0,60}?(?<!\w)von\s+(?P<old>\d[\d.,]*(?:\s*%)?)[^.;\d]{0,20}?(?<!\w)auf\s+"
                             r"(?P<new>\d[\d.,]*)"),
    as_then=_compiled(r"(?<!\w)(?:zunächst|ursprünglich|anfangs|zuerst|zuvor|vorher|früher\w*|fälschlich\w*"
                      r"|irrtümlich\w*|falsch\w*|korrigiert\w*|berichtigt\w*|Version|Fassung|hatte|hatten|statt"
                      r"|anstatt|anstelle)(?!\w)"),
    denied_before=_compiled(r"(?<!\w)(?:nicht|statt|anstatt|anstelle\s+von)"
                            r"(?:\s+(?:der|die|das|den|dem|von|bei))?\s+$"),
    said=_compiled(r"(?<!\w)(?:sagte|sagten|erklärte|erklärten|nannte|nannten|sprach|sprachen|behauptete"
                   r"|hat\s+(?:[^\W\d]+\s+){0,4}?(?:gesagt|erklärt|genannt|gesprochen|behauptet))(?!\w)"),
    according=_compiled(r"(?<!\w)(?:laut|nach\s+Angaben|zufolge|so\s+(?:die|der|das))(?!\w)"),
    hint="\"zunächst\", \"eine frühere Version nannte\"")

_PORTUGUESE = _Words(
    gate=("versão", "correç", "corrig", "corret", "exat", "erro", "incorreta", "engano", "leia-se", "retific"),
    # a note's own words: "Correção:", not "correção monetária", nor "erroneamente" of a party's deed
    notice=_compiled(r"(?<!\w)(?:versão\s+(?:anterior|original|inicial|prévia)|errata(?!\w)"
                     r"|(?:correção|retificação)\s*[:,—–-])"),
    said_then=_compiled(r"(?<!\w)(?:(?:uma|a|numa|na|em\s+uma)\s+versão\s+(?:anterior|original|inicial|prévia)"
                        r"(?:\s+(?:desta|deste|da|do)\s+(?:reportagem|matéria|notícia|texto|artigo|nota|publicação))?"
                        r"|(?:a|esta|o|este)\s+(?:reportagem|matéria|notícia|texto|artigo))" + _ASIDE
                        + r"\s*(?:também\s+)?(?:informou|informava|dizia|disse|publicou|afirmou|noticiou|indicava"
                        r"|indicou|trazia|atribuía|atribuiu)(?!\w)" + _CLAUSE),
    said_wrongly=_compiled(r"(?<!\w)(?:informou|informava|dizia|disse|publicou|afirmou|noticiou|indicava|indicou"
                           r"|atribuiu|atribuía|escreveu|escrevemos|informamos|publicamos)\s*,?\s+(?:erroneamente"
                           r"|incorretamente|equivocadamente|por\s+engano)(?!\w),?" + _CLAUSE),
    correct_is=_compiled(r"(?<!\w)(?:o\s+|a\s+)?(?:número|valor|dado|percentual|cifra|total|data)"
                         r"\s+(?:corret[oa]|exat[oa]|cert[oa])\s+(?:é|são)(?!\w)|(?<!\w)leia-se(?!\w)"),
    corrected_from=_compiled(r"(?<!\w)(?:corrigiu|corrigiram|retificou|retificaram|corrigimos|retificamos"
                             r"|(?:foi|foram)\s+(?:corrigid|retificad)[oa]s?)(?!\w)[^.;\d]{0,60}?(?<!\w)"
                             r"(?:de|do|da|dos|das)\s+(?P<old>\d[\d.,]*(?:\s*%)?)[^.;\d]{0,20}?(?<!\w)"
                             r"(?:para|a|ao|à)\s+(?P<new>\d[\d.,]*)"),
    as_then=_compiled(r"(?<!\w)(?:inicialmente|anteriormente|antes|primeiro|a\s+princípio|no\s+início|originalmente"
                      r"|inicia(?:l|is)|origina(?:l|is)|anterior(?:es)?"
                      r"|por\s+engano|erroneamente|incorretamente|equivocadamente|errad[oa]s?|incorret[oa]s?"
                      r"|equivocad[oa]s?|corrig\w*|correção|retific\w*|versão|informara|informou|havia|haviam"
                      r"|em\s+vez\s+de|ao\s+invés\s+de|no\s+lugar\s+de)(?!\w)"),
    denied_before=_compiled(r"(?<!\w)(?:não|em\s+vez\s+de|ao\s+invés\s+de|no\s+lugar\s+de)"
                            r"(?:\s+(?:o|a|os|as|do|da|dos|das|de|em|no|na|nos|nas))?\s+$"),
    said=_compiled(r"(?<!\w)(?:disse|disseram|afirmou|afirmaram|declarou|declararam|anunciou|garantiu|assegurou"
                   r"|falou|dizia|afirmava|(?:tinha|havia)\s+(?:dito|afirmado|declarado))(?!\w)"),
    according=_compiled(r"(?<!\w)(?:segundo|conforme|de\s+acordo\s+com|para\s+(?:o|a|os|as)\s)"),
    hint="\"inicialmente\", \"uma versão anterior informou\"",
    days=True)

_TABLES = {"fr": _FRENCH, "es": _SPANISH, "it": _ITALIAN, "de": _GERMAN, "pt": _PORTUGUESE}


class _Correction(NamedTuple):
    """The figures a correction names wrong, those it gives instead, and its words."""

    wrong: frozenset
    right: frozenset
    shown: str
    spoken: bool = True  # of someone who said it, not the newsroom's own earlier words ("nous indiquions que")


def corrected_told_as_current(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text states, as current, a figure a correction its cited passages give names wrong: in
    English by revised.py's corrected_in_passages (which reads a revision turned, and a running count told final in
    French, Spanish and German too), in a language of `_TABLES` by its words."""
    return corrected_in_passages(text, passages, offset, language) + _told_as_current(text, passages, offset, language)


def _told_as_current(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding where text, in a language of `_TABLES`, states a figure its passages' correction names
    wrong."""
    words = _TABLES.get(language.split("-")[0].lower())
    if words is None or not any(character.isdigit() for character in text):
        return []  # most sentences state no figure
    base = language.split("-")[0].lower()
    corrections = [correction for passage in passages
                   if (passage.language or language).split("-")[0].lower() == base
                   for correction in _corrections_in(passage.text, base)]
    if words.said.search(text):  # "Le ministre a affirmé que ... 8 %" of "a affirmé à tort que": his word then
        corrections = [correction for correction in corrections if not correction.spoken]
    if not corrections or words.as_then.search(text):
        return []
    stated = _stated(text, words)
    for correction in corrections:
        told = next((shown for quantity, shown in stated.items() if quantity in correction.wrong), None)
        if told and not correction.right & stated.keys():
            return [Finding(offset, f"this sentence states {told} as current, but its cited passages name it as an "
                                    f"earlier figure they name wrong (their correction names it wrong: "
                                    f"'{correction.shown}'): {clipped(text)}",
                            f"give the corrected figure, or say it was the earlier one ({words.hint})")]
    return []


def _stated(text: str, words: _Words) -> dict[Quantity, str]:
    """Return the figures text states outside quotation marks and not named wrong just before, as written."""
    quoted = quoted_parts(text)
    return {quantity: text[mention.start:mention.end] for mention in _figures(text, words)
            if not any(start <= mention.start < end for start, end in quoted)
            and not words.denied_before.search(text[max(0, mention.start - 20):mention.start])
            for quantity in mention.quantities}


def _figures(text: str, words: _Words) -> list:
    """Return text's figures read as its language writes numbers, years aside ("en 2024" corrects nothing)."""
    language = next(code for code, table in _TABLES.items() if table is words)
    mentions = find_mentions(text, language)
    days = [day for mention in mentions if words.days and mention.kind == "date" for day in _day(mention)]
    return sorted(days + [mention for mention in mentions if mention.kind == "figure" and mention.quantities
                          and not any(_is_year(quantity) for quantity in mention.quantities)],
                  key=lambda mention: mention.start)


_DAY = patterns.compile(r"\d{1,2}(?!\d)")  # a date's day, written first: "19 de outubro"


def _day(date: Mention) -> list[Mention]:
    """Return a date's day as a figure whose unit is its month's day ("19" of "19 de outubro"), so that a correction
    naming a date wrong names that day, no other figure "19" nor "19 de novembro"; none where the date opens with no
    day ("outubro de 2026")."""
    day = _DAY.match(date.text)
    if not day:
        return []
    month = next((quantity.value for quantity in date.quantities if quantity.unit == "month"), "")
    return [Mention(date.start, date.start + day.end(), day.group(), "figure",
                    (Quantity(Decimal(day.group()), f"day of month {month}"),))]


def _is_year(quantity: Quantity) -> bool:
    return not quantity.unit and quantity.value == quantity.value.to_integral_value() and 1800 <= quantity.value < 2100


@read_by_language  # its figures are read as the locale writes them: emptied when a locale changes
@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _corrections_in(text: str, language: str) -> tuple[_Correction, ...]:
    """Return each correction a passage in `language` gives: the figures it names wrong and those it gives instead."""
    words = _TABLES[language]
    folded = text.casefold()
    if not any(gate in folded for gate in words.gate):
        return ()  # most passages correct nothing
    found = []
    for clause in words.said_wrongly.finditer(text):
        found += _clause_corrected(clause, words, spoken=True)
    if words.notice is None or words.notice.search(text):
        for clause in words.said_then.finditer(text):
            found += _clause_corrected(clause, words, spoken=False)
    figures = _figures(text, words)
    for correct in words.correct_is.finditer(text):
        found += _correct_is(text, correct, figures, words)
    for corrected in words.corrected_from.finditer(text):
        old, new = (_quantities(corrected[name], words) for name in ("old", "new"))
        if old and new and not old & new:
            found.append(_Correction(old, new, " ".join(corrected.group().split())))
    return tuple(found)


_STOP = patterns.compile(r"[.;!?](?!\d)")  # a sentence's or a clause's end, not a figure's point


def _correct_is(text: str, correct: re.Match, figures: list, words: _Words) -> list[_Correction]:
    """Return the correction "X. La cifra correcta es Y" gives: X the last figure of the sentence before or of its
    own, Y the first after it in its own sentence. None where its sentence gives no figure ("Le chiffre exact est
    inconnu") or gives it as someone's word ("Según el sindicato, la cifra real es de 14.000": a dispute)."""
    stops = [stop.start() for stop in _STOP.finditer(text)]
    opening = max((stop for stop in stops if stop < correct.start()), default=-1)
    earlier = max((stop for stop in stops if stop < opening), default=-1)
    ending = min((stop for stop in stops if stop >= correct.end()), default=len(text))
    if words.according.search(text, opening + 1, correct.start()):
        return []
    after = [mention for mention in figures if correct.end() <= mention.start < ending]
    before = [mention for mention in figures if earlier < mention.start and mention.end <= correct.start()]
    if not after or not before:
        return []
    return [_Correction(frozenset(before[-1].quantities), frozenset(after[0].quantities),
                        " ".join(correct.group().split()))]


def _clause_corrected(clause: re.Match, words: _Words, spoken: bool) -> list[_Correction]:
    """Return the correction of one clause of earlier words: its figures the clause after it does not give again and
    of a unit that clause gives (its first figure where that clause gives none)."""
    said = [quantity for mention in _figures(clause["wrong"], words) for quantity in mention.quantities]
    again = {quantity for mention in _figures(clause["right"], words) for quantity in mention.quantities}
    if not said:
        return []
    new = frozenset(again - set(said))
    units = {quantity.unit for quantity in new}
    wrong = frozenset(quantity for quantity in said if quantity not in again and quantity.unit in units) if new \
        else frozenset(said[:1])
    if not wrong:
        return []
    shown = " ".join(clause.group()[:clause.end("wrong") - clause.start()].split())
    return [_Correction(wrong, new, shown, spoken)]


def _quantities(written: str, words: _Words) -> frozenset:
    """Return the quantities a figure written alone states ("16", "8 %")."""
    return frozenset(quantity for mention in _figures(written.strip(), words) for quantity in mention.quantities)
