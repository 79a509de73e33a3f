"""A count kept on its side: a figure the unions or organisers give (French "la CGT, qui revendique 12 000
manifestants", Spanish "los sindicatos, que cifran en 12.000", German "nach Angaben der Veranstalter ... 3.000") may
not be told as the authorities' (the police's, the prefecture's, a ministry's), nor theirs as the unions'.

"Selon la préfecture, 12 000 personnes ont manifesté." built citing "la CGT, qui revendique 12 000 manifestants, et la
préfecture, qui en compte 8 000": the prefecture is named in the passage's sentence, and a union's name ("CGT") is no
giver according_to.py reads; so did "Según la policía, 12.000 ..." of "Los sindicatos, que cifran en 12.000 ...", and
"Am Samstag demonstrierten, wie die Polizei mitteilte, 3.000 Menschen." of "Nach Angaben der Veranstalter
demonstrierten am Samstag 3.000 Menschen, die Polizei sprach von 1.800." A figure's giver, in the sentence and in a
passage, is the one named right after it ("12 000 selon la CGT", "3.000 Menschen, wie die Polizei mitteilte",
"revendiqués par la CGT", "les 12 000 que la CGT avait annoncés"), else the nearest named before it with no figure between: after "selon", "según", "laut",
"nach Angaben", or as the subject of a verb of counting or claiming, its relative clause's too ("la CGT, qui
revendique", "los sindicatos, que cifran en", "Verdi sprach von", "wie die Polizei mitteilte"). A giver is of a side
by its noun: the unions (a union's name: CGT, CCOO, Verdi, ...) and the organisers, or the authorities. A sentence
giving a figure to one side ("selon", "según", "laut", "nach Angaben", "wie ... mitteilte"; one told by its verb of
counting is swapped_givers.py's) is refused where every cited sentence holding that figure gives it to the other,
naming the sentence's giver nowhere but as another figure's giver or in a clause contesting it ("qui conteste les
chiffres de la préfecture"). French, Spanish and German are read; English is
according_to.py's and verb_givers.py's (tests/test_factcheck_180.py).
"""

from __future__ import annotations

import re

from . import patterns
from .according_to import figure_given_to_another_giver
from .attribution import Cited, Finding, clipped, unquoted
from .counts_by_giver import counts_given_to_another
from .locale import base_language
from .numbers import mentions_in
from .same_givers import UNION_NAMES, bare_word, same_giver
from .sentences import markers_blanked, split_sentences

_LANGUAGES = ("fr", "es", "de")
_ARTICLE = r"(?:(?:les|le|la|los|las|el|der|die|das|des|den|dem)\s+|l['’]\s*)"
_WHO = r"(?P<who>[^\W\d_][\w-]*)"
# a count's verb: French, Spanish, German ("revendique", "en compte", "cifran en", "sprach von", "mitteilte")
_VERB = (r"(?:(?:a|ont|avait|avaient)\s+)?(?:en\s+)?(?:revendiqu|compt|dénombr|recens|avan[cç]|annon[cç]|chiffr|évoqu)"
         r"\w*|(?:parl|fai)\w*\s+(?:de|d['’]|état)|(?:(?:ha|han|había|habían)\s+)?(?:cifr|contabiliz|reivindic|cuent"
         r"|calcul|estim|anunci)\w*|contó|contaron|contaba|contaban|habl\w*\s+de|(?:zählte|sprach|sprachen|bezifferte|nannte|meldete|schätzte)\w*")
# a Spanish name going on after its first word: capitalised words and "de", "del" between them ("Sindicato de
# Estibadores del Puerto de Valdemar", "Autoridad Portuaria"), read case-sensitively
_NAME_GOES_ON = r"(?-i:(?:\s+(?:(?:de|del|de\s+la)\s+)?[A-ZÁÉÍÓÚÑ][^\W\d_]+){0,6})"
# a Spanish verb of saying whose clause gives the figure as what there is: "afirma que hay 14.000", "asegura que son"
_SAYS_THERE_ARE = (r"(?:afirm|asegur|sostien|sostuv|dic|dij)\w*\s+que\s+(?:hay|había|hubo|son|eran)"
                   r"(?:\s+(?:ya|unos|unas|más\s+de|casi|cerca\s+de))?(?=\s+\d)")
_SAID = r"(?:mitteilte|mitteilten|sagte|sagten|angab|angaben|berichtete|berichteten|meldete|meldeten|erklärte|erklärten" \
        r"|schätzte|schätzten|zählte|zählten)"
_NAMED = patterns.compile(
    # "selon la CGT", "según los sindicatos", "nach Angaben der Veranstalter", "laut Polizei"
    r"(?<![\w'’])(?:selon|d['’]\s*après|según|de\s+acuerdo\s+con|laut|nach\s+(?:eigenen\s+)?(?:Angaben|Schätzung(?:en)?"
    r"|Zählung(?:en)?)(?:\s+(?:von|vom))?)\s+" + _ARTICLE + r"?" + _WHO
    # "wie die Polizei mitteilte"
    + r"|(?<!\w)wie\s+" + _ARTICLE + _WHO.replace("who", "as_told") + r"(?:\s+[^\W\d_]+){0,2}\s+" + _SAID + r"(?!\w)"
    # "la CGT, qui revendique", "los sindicatos, que cifran en", "Verdi sprach von", "la préfecture, qui en compte";
    # a Spanish name of several words and a pronoun standing for the things counted before the verb: "La Autoridad
    # Portuaria los cifra en 9.500", "El Sindicato de Estibadores del Puerto de Valdemar afirma que hay 14.000"
    + r"|(?:(?<![\w'’])" + _ARTICLE + r"|(?<![\w'’])(?=(?-i:[A-ZÀ-Ý])))" + _WHO.replace("who", "subject")
    + _NAME_GOES_ON + r"(?:\s*,\s*(?:qui|que|die|der)\s+|\s+)(?:(?:los|las|lo|les)\s+)?(?:" + _VERB
    + r"|" + _SAYS_THERE_ARE + r")(?!\w)"
    # a passive's: "revendiqués par la CGT", "cifrados por los sindicatos"
    + r"|(?:revendiqu|annonc|avancé|compté|recensé|dénombré|cifrad|contabilizad|anunciad|reivindicad)\w*\s+(?:par|por)\s+"
    + _ARTICLE + r"?" + _WHO.replace("who", "agent")
    # a relative clause right after a figure's noun: "les 12 000 que la CGT avait annoncés", "los 12.000 que los
    # sindicatos habían anunciado"
    + r"|(?<!\w)(?:que|qu['’])\s*" + _ARTICLE + r"?" + _WHO.replace("who", "relative")
    + r"\s+(?:(?:avait|avaient|a|ont|había|habían|ha|han)\s+)?(?:annonc|revendiqu|avancé|compté|recensé|dénombré"
      r"|anunciad|reivindicad|cifrad|contabilizad|contad)\w*"
    # Spanish's relative clause with its subject after the verb: "la cifra de 14.000 contenedores que difunde el
    # sindicato", "los 12.000 que dan los organizadores"
    + r"|(?<!\w)que\s+(?:difunde|difunden|difundía|da|dan|daba|daban|maneja|manejan|cuenta|cuentan|cifra|cifran|calcula|calculan|estima"
      r"|estiman|reivindica|reivindican|anuncia|anuncian)(?!\w)\s+" + _ARTICLE + _WHO.replace("who", "inverted"),
    re.IGNORECASE)
_NEAR = patterns.compile(r"\s*(?:[^\W\d_]+\s+){0,2}")  # a figure's noun: "12 000 manifestants que ..."
_GATE = patterns.compile(r"selon|après|según|acuerdo|laut|Angaben|Schätzung|Zählung|wie\s|qui\s|que\s|par\s|por\s"
                         r"|sprach|zählte|bezifferte|nannte|meldete|revendiqu|compt|dénombr|recens|cifr|contabiliz"
                         r"|reivindic|habl", re.IGNORECASE)
_AFTER_FIGURE = 60  # characters from a figure to the giver named after it ("12 000 manifestants, selon la CGT")
_BREAK = patterns.compile(r"[;:.!?]|\d")  # a giver is no figure's across another figure or a clause's end
# The two sides, by a noun's first letters (a union's name is of the unions': same_givers.py)
_PROTEST = ("syndic", "intersyndic", "sindic", "intersindic", "gewerkschaft", "organisateur", "organizador",
            "veranstalter", "organisator", "convocante", "collectif", "colectivo", "confédération", "confederación")
_AUTHORITY = ("police", "policí", "policia", "polizei", "préfe", "prefe", "minist", "gouvern", "gobiern", "regierung",
              "mairie", "ayuntamiento", "autorit", "autoridad", "behörde", "gendarm", "delegación", "guardia",
              "innenminist", "senat", "präfektur")
_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
# a clause contesting or accusing another, up to its end: "qui conteste les chiffres de la préfecture", ", acusan a la
# policía de rebajar la cifra"
_OPPOSED = patterns.compile(r"(?:(?<!\w)(?:qui|que|die|der)|,)\s+(?:contest|dénon|accus|critiqu|acus|critic|denunci|rechaz"
                            r"|kritisier|bestreit|bestritt|wirft|warf)[^,;.]*"
                            # and a Spanish subject refusing the figure: "La Autoridad Portuaria no reconoce la cifra de
                            # 14.000 contenedores que difunde el sindicato" gives the authority no 14.000
                            r"|(?<![\w'’])" + _ARTICLE + r"?[^\W\d_][\w-]*" + _NAME_GOES_ON
                            + r"\s+(?:no\s+(?:reconoce|reconocen|acepta|aceptan|da\s+por\s+buena)|rechaza|rechazan"
                              r"|niega|niegan|cuestiona|cuestionan|discute|discuten)(?!\w)", re.IGNORECASE)
_HINT = "give each figure to whoever the source gives it to"


def count_told_as_other_side(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a figure to one side (the unions or organisers, or the authorities) that
    every cited sentence holding it gives to the other."""
    if base_language(language or "en") not in _LANGUAGES or not passages or not _GATE.search(text):
        return []
    spoken = unquoted(markers_blanked(text))
    # a sentence's giver after "selon", "según", "laut", "wie ... mitteilte": one told by its verb of counting ("La CGT a
    # compté ...") is swapped_givers.py's and verb_givers.py's to read
    for value, giver in _figure_givers(spoken, language, subjects=_one_giver(spoken)):
        side = side_of(giver)
        if side and not _names_side(spoken, _other(side)) and _given_other_side_only(value, giver, side, passages,
                                                                                     language):
            if (figure_given_to_another_giver(text, passages, offset, language)
                    or counts_given_to_another(text, passages, offset, language)):
                return []  # according_to.py or counts_by_giver.py names it already: one finding a sentence
            theirs = _their_giver(value, passages, language)
            return [Finding(offset, f"this sentence gives its figure to '{giver}', where its cited passages give it "
                                    f"to '{theirs[0]}', of the other side ({clipped(theirs[1], 120)}): "
                                    f"{clipped(text)}", _HINT)]
    return []


def side_of(word: str) -> str:
    """Return "protest" for the unions (a union's name) and organisers, "authority" for the police, prefecture,
    ministry or government, "" for any other giver."""
    word = bare_word(word)
    if word in UNION_NAMES or word.startswith(_PROTEST):
        return "protest"
    return "authority" if word.startswith(_AUTHORITY) else ""


def _given_other_side_only(value, giver: str, side: str, passages: list[Cited], language: str) -> bool:
    """Say whether every cited sentence holding `value` gives it to a giver of the other side, and names `giver`
    nowhere but as another figure's giver."""
    found = False
    for passage in passages:
        for sentence in split_sentences(passage.text, passage.language or language):
            values = {q.value for m in _figures(sentence.text, passage.language or language) for q in m.quantities}
            if value not in values:
                continue
            given = _figure_givers(sentence.text, passage.language or language)
            theirs = [who for figure, who in given if figure == value]
            if not theirs or any(side_of(who) != _other(side) for who in theirs):
                return False  # a figure given as fact, by the same side, or by a giver of no side
            # a giver counting something else of its own gives no figure here: "y dice que el sindicato cuenta
            # contenedores vacíos" names the union as the one counting, not as backing the authority's 9.500
            others = {bare_word(who) for figure, who in given if figure != value} | _counters(sentence.text)
            named = {bare_word(word) for word in _WORD.findall(_opposed_blanked(sentence.text))}
            if any(same_giver(giver, word) for word in named - others):
                return False  # the sentence's giver named otherwise ("un chiffre confirmé par la préfecture")
            found = True
    return found


def _names_side(text: str, side: str) -> bool:
    """Say whether text names a giver of `side` anywhere: "Según la Autoridad Portuaria, la cifra sindical de 14.000
    ..." gives the union's figure as the union's, which the authority speaks of."""
    return any(side_of(word) == side for word in _WORD.findall(text))


def _one_giver(text: str) -> bool:
    """Say whether a sentence names one giver only: its verb of counting or claiming then names it ("El sindicato
    cifra en 9.500 ...", "La Autoridad Portuaria afirma que hay 14.000 ..."); a sentence naming two givers, each with
    its count, is swapped_givers.py's to read."""
    return len({bare_word(_who(match)) for match in _NAMED.finditer(text)}) == 1


def _counters(text: str) -> set[str]:
    """Return the givers a sentence names as the subject of a verb of counting or claiming."""
    return {bare_word(match["subject"]) for match in _NAMED.finditer(text) if match["subject"]}


def _opposed_blanked(text: str) -> str:
    """Return text with the clauses blanked that contest or accuse someone ("la CGT, qui conteste les chiffres de la
    préfecture"): who is contested there gives no figure."""
    return _OPPOSED.sub(" ", text)


def _their_giver(value, passages: list[Cited], language: str) -> tuple[str, str]:
    """Return the passages' giver of `value` and the sentence giving it."""
    for passage in passages:
        for sentence in split_sentences(passage.text, passage.language or language):
            for figure, who in _figure_givers(sentence.text, passage.language or language):
                if figure == value:
                    return who, sentence.text
    return "", ""


def _other(side: str) -> str:
    return "authority" if side == "protest" else "protest"


def _figures(text: str, language: str) -> list:
    return [mention for mention in mentions_in(text, language) if mention.kind == "figure" and mention.quantities]


def _figure_givers(text: str, language: str, subjects: bool = True) -> list[tuple[object, str]]:
    """Return (value, giver) for each figure of text a giver is named for: right after it, else before it with no
    figure or clause's end between (`subjects`: a verb of counting's subject too, "la CGT, qui revendique")."""
    if not _GATE.search(text):
        return []
    named = [(match.start(), match.end(), _who(match), _follows(match)) for match in _NAMED.finditer(text)
             if subjects or not match["subject"]]
    found = []
    for figure in _figures(text, language):
        # a subject after a figure opens a clause of its own ("3.000 Menschen, die Polizei sprach von 1.800")
        after = next((who for start, end, who, follows in named if follows
                      and figure.end <= start <= figure.end + _AFTER_FIGURE
                      and not _BREAK.search(text, figure.end, start)
                      and (follows != "relative" or _NEAR.fullmatch(text, figure.end, start))), None)
        before = next((who for start, end, who, _ in reversed(named) if end <= figure.start
                       and not _BREAK.search(text, end, figure.start)), None)
        if after or before:
            found.append((figure.quantities[0].value, after or before))
    return found


def _who(match: re.Match) -> str:
    return next(match[group] for group in ("who", "as_told", "subject", "agent", "relative", "inverted")
                if match[group])


def _follows(match: re.Match) -> str:
    """Return how a giver may follow its figure: "" where it may not (a subject opens a clause of its own), "relative"
    right after the figure's noun ("12 000 manifestants que la CGT ..."), else "yes"."""
    return "" if match["subject"] else "relative" if match["relative"] or match["inverted"] else "yes"
