"""A figure kept with whoever the source says gives it: "El 80 % de la plantilla secundó la huelga, según la
consejería." may not cite "Según el sindicato, el 80 % de la plantilla secundó la huelga."

counts_by_giver.py reads a passage that sets two givers' counts side by side; speaker_figures.py one that gives a
speaker another figure; and a briefing's parties (owners.py) name whose words they are. A passage giving its figure
to one giver alone ("según el sindicato", "laut GDL", "nach Angaben der Bahn", "selon le syndicat", "according to the
union"), cited by a sentence giving that figure to another ("según la consejería"), was read by none of them where
the briefing names no such party. Now a sentence giving a figure to one giver after Spanish "según" ("de acuerdo
con"), German "laut" ("nach Angaben", "nach Schätzung"), French "selon" ("d'après") or English "according to" is
refused where a cited passage's sentence gives that figure to another giver that way, and no cited sentence holding
the figure names the sentence's giver (its first word, by a word alike: same_givers.py). Givers named by a verb of saying
("die GDL sagt, ...") are not read here (tests/test_newuser_71.py); those named by a verb of counting or claiming
("L'intersyndicale a revendiqué 3,5 millions") are, by verb_givers.py (tests/test_newuser_109.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .figure_of_an_unnamed_speaker import figure_given_an_unnamed_speaker
from .offer_givers import offer_given_to_a_body
from .giver_bodies import counts_for
from .numbers import mentions_in
from .pronoun_givers import is_pronoun_giver
from .same_givers import names_giver
from .verb_givers import names_by_verb, others_givers_blanked, verb_givers
from .sentences import split_sentences

# an article, or a possessive whose giver is the speaker's own ("selon ses calculs"), which names no one here
_ARTICLE = (r"(?:(?P<own>sus|su|nuestros|nuestras|nuestro|nuestra|ses|nos|leurs|leur|son|sa|seinen|seiner|seine|ihren"
            r"|ihrer|ihre|unseren|unserer|unsere|its|their|our|his|her)\s+"
            r"|(?P<article>los|las|el|la|der|die|des|dem|den|les|le|the|os|as|o|a)\s+|(?P<elided>l['’])\s*)?")
_GIVER = patterns.compile(
    r"(?<![\w'’])(?:según|de\s+acuerdo\s+con|laut|nach\s+(?:eigenen\s+)?(?:Angaben|Schätzungen?|Zählungen?"
    r"|Berechnungen|Darstellung)(?:\s+(?:von|vom))?|selon|d['’]\s*après|according\s+to"
    # a passive's counter: "comptés par la CGT", "counted by the union" (counted_by.py)
    r"|(?:compt|recens|dénombr|chiffr)(?:é|ée|és|ées)\s+par|(?:counted|tallied|estimated|recorded)\s+by"
    r"|(?:contad|contabilizad|registrad|estimad)(?:o|a|os|as)\s+por"
    # Portuguese "segundo o sindicato", "de acordo com a empresa", "conforme a prefeitura": not the ordinal's "o
    # segundo turno", "em segundo lugar", nor "segundo semestre" (an article or a name after it)
    r"|(?<!\bo\s)(?<!\bno\s)(?<!\bna\s)(?<!\bdo\s)(?<!\bda\s)(?<!\bem\s)(?<!\bpelo\s)(?<!\bpela\s)(?<!\ba\s)"
    r"segundo(?=\s+(?:os?|as?|(?-i:[A-ZÁÉÍÓÚ]))\s)|de\s+acordo\s+com|conforme(?=\s+(?:os?|as?)\s))\s+" + _ARTICLE
    # "le ministère de l'Intérieur", not "le ministère de l'"
    + r"(?P<who>[^\W\d_][\w-]*(?:\s+(?:de\s+l|d)['’]\s*[^\W\d_][\w-]*"
    r"|\s+(?:de\s+la|de|del|der|des|von|vom|of\s+the|of)\s+[^\W\d_][\w-]*)?)"
    r"(?P<next>\s+[^\W\d_]+)?", re.IGNORECASE)
# Portuguese "Para a empresa, ..." opening a sentence gives it to the company, as "Según la empresa, ..." does: only an
# article and one to four words before the comma ("Para recorrer, a empresa ..." names no one); a singular article
# only: "Para os trabalhadores, ..." is as often whom it is for as whose view
_FOR_GIVER = patterns.compile(r"^\W*(?-i:Para)\s+(?P<own>)(?P<elided>)(?P<article>o|a)\s+(?P<who>[^\W\d_][\w-]*"
                              r"(?:\s+(?:de|do|da|dos|das)\s+[^\W\d_][\w-]*)?)(?P<next>\s+[^\W\d_]+)?\s*,",
                              re.IGNORECASE)
_GATE = ("egundo", "cordo com", "onforme",
         "egún", "cuerdo con", "aut ", "Angaben", "Schätzung", "Zählung", "Berechnung", "Darstellung", "elon", "après",
         "ccording", "par ", "by ", "por ")
_WORD = patterns.compile(r"[^\W\d_][\w-]*")
_NOT_NAMES = frozenset({"propio", "propia", "eigenen", "eigener", "propre", "own"})
# what gives a figure without being anyone: "according to provisional results", "según una encuesta"
_NO_ONE = frozenset({"results", "figures", "data", "estimates", "estimate", "polls", "poll", "survey", "surveys",
                     "sources", "source", "reports", "report", "media", "count", "counts", "records",
                     "resultados", "datos", "cifras", "estimaciones", "encuesta", "encuestas", "fuentes", "medios",
                     "sondeo", "sondeos", "recuento", "registros", "ergebnisse", "zahlen", "daten", "schätzungen",
                     "umfrage", "umfragen", "quellen", "medien", "berichten", "hochrechnungen", "résultats", "chiffres",
                     "données", "estimations", "sondage", "sondages", "médias", "comptage", "décompte", "calculs",
                     "cálculos", "berechnungen", "calculations", "dados", "números", "estimativas", "pesquisa",
                     "pesquisas", "levantamento", "relatório", "reportagem", "registros", "documentos"})
# A German giver named without an article is a common noun by its head ("Laut Bauernverband", "laut Polizei"); one
# with another head may be a name ("Laut Pakistan", "laut Islamabad"), which an alias or a person may give too.
_GERMAN_HEADS = ("verband", "verbände", "polizei", "ministerium", "gewerkschaft", "regierung", "behörde", "amt",
                 "bahn", "konzern", "unternehmen", "veranstalter", "organisatoren", "stadt", "kammer", "kommission",
                 "gericht", "feuerwehr", "verwaltung", "vorstand", "senat", "bund", "rat", "ministerin", "minister")
# A giver named by a kind of body alone ("nach Angaben der Behörde", "according to the agency") may be the body a
# sentence names ("des Bundeskartellamts"): no other giver to hold the figure to (tests/test_german_2.py)
_KINDS = frozenset({"behörde", "amt", "authority", "autorité", "autoridad", "agency", "agence", "agencia",
                    "company", "entreprise", "empresa", "unternehmen", "konzern", "firm", "firma", "group", "groupe",
                    "grupo", "gruppe", "organisation", "organization", "organización", "body", "institution",
                    "institución", "officials", "responsables", "funcionarios", "beamte", "entidade", "órgão",
                    "instituição", "organização", "companhia", "associação", "agência"})


def _givers(text: str) -> list[re.Match]:
    """Return the givers text names after "según", "laut", "selon", "according to", ..., or as the subject of a verb
    of counting or claiming ("L'intersyndicale a revendiqué", verb_givers.py)."""
    return ((list(_GIVER.finditer(text)) if any(gate in text for gate in _GATE) else [])
            + ([] if "Para" not in text else list(_FOR_GIVER.finditer(text))) + verb_givers(text))


def _names_givers(text: str) -> bool:
    """Say whether text may name a giver, by "selon", "según", ... or by a verb of counting (verb_givers.py)."""
    return any(gate in text for gate in _GATE) or names_by_verb(text) or ("Para" in text
                                                                          and bool(_FOR_GIVER.search(text)))


def _first(giver: re.Match) -> str:
    """Return the giver's first word that names it by a common noun ("consejería" of "la consejería de Sanidad",
    "Bauernverband" of "Laut Bauernverband"), or "" where it names it otherwise: by a name, which an alias or a
    person's may stand for ("Según Amyts", "Selon Islamabad"), or as no one ("according to provisional results")."""
    words = [word for word in _WORD.findall(giver["who"] + (giver["next"] or "")) if word.casefold() not in _NOT_NAMES]
    if giver["own"] or not words or any(word.casefold() in _NO_ONE for word in words[:2]):
        return ""
    first = words[0]
    if first.islower():
        return "" if is_pronoun_giver(first) else first  # "Selon elle": the sentence before names her
    german = first[0].isupper() and (giver["article"] in ("der", "die", "des", "dem", "den")
                                     or first.casefold().endswith(_GERMAN_HEADS))
    return first if german and not first.isupper() else ""


def _figures(text: str, language: str) -> frozenset:
    return frozenset(q.value for m in mentions_in(text, language) if m.kind == "figure" for q in m.quantities)


def figure_given_to_another_giver(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                                  parties: tuple = ()) -> list[Finding]:
    """Return a finding when text gives a figure to one giver ("según la consejería") that a cited passage gives to
    another ("según el sindicato"), and no cited sentence with the figure names the sentence's giver (same_givers.py:
    by a word alike, the unions' confederation, or one of the briefing's `parties`); or where text has a party say a
    figure the passages give as another's and never name the party (figure_of_an_unnamed_speaker.py), or a public body
    an offer they give without naming it (offer_givers.py)."""
    unnamed = (figure_given_an_unnamed_speaker(text, passages, offset, language, parties)
               or offer_given_to_a_body(text, passages, offset, language, parties))
    if unnamed:
        return unnamed
    givers = _givers(text)
    if len(givers) != 1 or not (own := _first(givers[0])):
        return []
    if not any(_names_givers(passage.text) for passage in passages):
        return []  # no cited passage names a giver so: found without reading figures
    figures = _figures(text, language)
    if not figures:
        return []
    other = None
    for passage in passages:
        if not _names_givers(passage.text):
            continue
        for sentence in split_sentences(passage.text, passage.language or language):
            if not figures & _figures(sentence.text, passage.language or language):
                continue
            # a giver the sentence names of another figure is none of this one's (verb_givers.py: "the 150 the
            # association had announced")
            words = {word.casefold() for word in _WORD.findall(others_givers_blanked(sentence.text, figures,
                                                                                     passage.language or language))}
            # whole words: "inter" opens "interpellations" and "intérieur" as well as "intersyndicale" (factcheck_169)
            if names_giver(own, words, parties) or counts_for(own.casefold(), words):
                return []  # a cited sentence with the figure names the sentence's giver, or the body it counts for
            theirs = [giver for giver in _givers(sentence.text) if _first(giver)]
            if any(_first(giver).casefold() in _KINDS for giver in theirs):
                return []  # "der Behörde": a kind of body, which the sentence's may be
            if theirs and other is None:
                other = (theirs[0], sentence.text)
    if other is None:
        return []
    giver, sentence = other
    return [Finding(offset, f"this sentence gives its figure to '{givers[0]['who'].strip()}', where its cited passages "
                            f"give it to '{giver['who'].strip()}' ({clipped(sentence, 120)}): {clipped(text)}",
                    "give each figure to whoever the source gives it to")]
