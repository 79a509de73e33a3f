"""Corrected figures told as current, one reading for every language (explainer/corrected_as_current.py, replacing
french_corrections.py and spanish_corrections.py; English's stays revised.py's, which it calls):

1. French earlier words that name themselves wrong, as English's "incorrectly said": "L'Ostrelande applique un droit
   de 16 %" citing "La dépêche du 3 mars indiquait par erreur que le droit ostrelandais était de 16 %. Il est de 18 %."
   built (only "nous indiquions que" after a notice's word was read); Spanish "publicó por error que" alike. Where
   the correction names who said it ("Le ministre a affirmé à tort que"), a past verb of saying keeps the figure as
   said then ("Le ministre a affirmé que le chômage était de 8 %"), as English's "said" does; the newsroom's own
   earlier words are kept only by a word of time or error.
2. French "Il fallait lire", as English's "The correct figure is" and Spanish "La cifra correcta es": "Le droit est
   de 16 %" citing "Rectificatif : dans notre édition d'hier, le droit était de 16 %. Il fallait lire 18 %." built.
3. A figure corrected from one to another, as English's "corrected ... from X to Y": "L'accident a fait 16 morts"
   citing "L'agence a corrigé son bilan de 16 à 18 morts" built, and "Murieron 274 personas" citing "el ministerio
   corrigió el balance de 274 a 331 muertos".
4. A count beside the corrected figure is not named wrong: "Los 1.200 trabajadores reclaman una subida del 6 %"
   citing "una versión anterior ... decía que 1.200 trabajadores reclamaban una subida del 8 %. La cifra correcta es
   del 6 %" was refused (the clause's first figure was taken as the wrong one), and "Les 1 250 salariés demandent une
   hausse de 6 %" of "nous indiquions que 1 250 salariés demandaient une hausse de 8 %. Ils demandent une hausse de
   6 %" (every figure of the clause was): only those of a unit the correction gives again are.
5. An Italian table: "Il sindacato chiede un aumento dell'8 per cento" citing "in una precedente versione di questo
   articolo si affermava che il sindacato chiedeva un aumento dell'8 per cento. Il sindacato chiede un aumento del 6
   per cento." built; so did "indicava per errore che", "La cifra corretta è" and "ha corretto ... da 274 a 331".
6. A German table alike: "Die Gewerkschaft fordert 8 Prozent mehr Lohn" citing "In einer früheren Version dieses
   Artikels hieß es, die Gewerkschaft fordere 8 Prozent mehr Lohn. Sie fordert 6 Prozent." built; so did
   "berichtete fälschlicherweise", "Die richtige Zahl ist" and "korrigierte ... von 274 auf 331".
7. A French briefing's summary is refused by the build, naming its file and line; the honest twin builds.
8. A "correct figure" that is someone's word, or that gives no figure, corrects nothing: "La patronal cifra en 9.500
   los afectados" citing "La patronal cifra en 9.500 los afectados. Según el sindicato, la cifra real es de 14.000."
   was refused on main (a dispute told as a correction), and "Le gouvernement évoque 9 500 personnes concernées"
   citing "... Le chiffre exact est inconnu." would have been; the figure corrected is the last of the sentence
   before "La cifra correcta es", its correction the first after it in its own sentence. Nor does an earlier version
   of a bill: "El proyecto de ley fijaba el impuesto en el 8 %" citing "La versión anterior del proyecto de ley decía
   que el impuesto sería del 8 %" was refused on main; only a version of the report itself ("de esta información",
   "dieses Artikels", "di questo articolo") names its figure wrong.
9. An item cited as a whole (a claim, a table cell) is read in French too, as it was in English and Spanish: "Le droit
   ostrelandais est de 16 %" of the note in 1 built as an item.

Each with honest twins that must build (other verbs, word orders, the earlier figure kept as earlier or named wrong).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import (REPO, deal_project, error_lines, findings_in_language, found_in_language, item_findings,
                     read_as_project_locale)

WRONG = "name wrong"

SAID_WRONGLY_FR = "La dépêche du 3 mars indiquait par erreur que le droit ostrelandais était de 16 %. Il est de 18 %."
SAID_WRONGLY_ES = ("La crónica publicó por error que el sindicato reclamaba una subida del 8 %. Reclama una subida del "
                   "6 %.")
LIRE = "Rectificatif : dans notre édition d'hier, le droit était de 16 %. Il fallait lire 18 %."
MINISTRE = "Le ministre a affirmé à tort que le chômage était de 8 %. Il est de 9 %, selon l'Insee."
MINISTRO = "El ministro dijo erróneamente que el paro era del 8 %. Es del 9 %."
MINISTRO_IT = ("Il ministro ha affermato erroneamente che la disoccupazione era all'8 per cento. È al 9 per "
               "cento.")
FASSUNG = ("Korrektur: In einer früheren Version dieses Artikels hieß es, die Gewerkschaft fordere 8 Prozent mehr "
           "Lohn. Sie fordert 6 Prozent.")
FAELSCHLICH = "Die Zeitung berichtete fälschlicherweise, das Werk habe 1.200 Beschäftigte. Es sind 1.400."
RICHTIG = "Die Zahl von 274 Toten war falsch. Die richtige Zahl ist 331."
KORRIGIERT = "Das Ministerium korrigierte die Zahl der Toten von 274 auf 331."
MINISTER = "Der Minister sagte fälschlich, die Arbeitslosigkeit liege bei 8 Prozent. Sie liegt bei 9 Prozent."
CORRIGE_FR = "L'agence a corrigé son bilan de 16 à 18 morts."
CORRIGE_ES = "Corrección: el ministerio corrigió el balance de 274 a 331 muertos."
BESIDE_ES = ("Corrección: una versión anterior de esta información decía que 1.200 trabajadores reclamaban una subida "
             "del 8 %. La cifra correcta es del 6 %.")
BESIDE_FR = ("Rectificatif : dans une version précédente de cet article, nous indiquions que 1 250 salariés "
             "demandaient une hausse de 8 %. Ils demandent une hausse de 6 %.")
VERSIONE = ("Rettifica: in una precedente versione di questo articolo si affermava che il sindacato chiedeva un "
            "aumento dell'8 per cento. Il sindacato chiede un aumento del 6 per cento.")
PER_ERRORE = "L'articolo indicava per errore che i dipendenti erano 1.200. Sono 1.400."
CORRETTA = "Il numero di 274 vittime era sbagliato. La cifra corretta è 331."
CORRETTO = "Il ministero ha corretto il bilancio da 274 a 331 morti."


def found(language: str, sentence: str, passage: str) -> list[str]:
    """Return the findings of one sentence citing one passage, read as a build reads the language."""
    if language == "it":  # no built-in locale: read as the fixture writing Italian reads it
        return found_in_language(language, sentence, passage)
    return findings_in_language(language, sentence, passage)


# 1-3, 5. Refused: the figure a correction names wrong, stated as current
@pytest.mark.parametrize("language, passage, sentence", [
    ("fr", SAID_WRONGLY_FR, "Le droit ostrelandais est de 16 %."),
    ("fr", SAID_WRONGLY_FR, "L'Ostrelande applique un droit de 16 %."),
    ("es", SAID_WRONGLY_ES, "El sindicato reclama una subida del 8 %."),
    ("es", SAID_WRONGLY_ES, "El sindicato pide un aumento del 8 %."),
    ("fr", MINISTRE, "Le chômage est de 8 %."),
    ("es", MINISTRO, "El paro es del 8 %."),
    ("es", MINISTRO, "Según el ministro, el paro es del 8 %."),
    ("it", MINISTRO_IT, "La disoccupazione è all'8 per cento."),
    ("fr", LIRE, "Le droit est de 16 %."),
    ("fr", LIRE, "L'Ostrelande applique un droit de 16 %."),
    ("fr", CORRIGE_FR, "L'accident a fait 16 morts."),
    ("es", CORRIGE_ES, "Murieron 274 personas."),
    ("es", CORRIGE_ES, "El accidente causó 274 muertos."),
    ("it", VERSIONE, "Il sindacato chiede un aumento dell'8 per cento."),
    ("it", VERSIONE, "L'aumento chiesto è dell'8 per cento."),
    ("it", PER_ERRORE, "L'azienda ha 1.200 dipendenti."),
    ("it", CORRETTA, "Sono morte 274 persone."),
    ("it", CORRETTO, "Il bilancio è di 274 morti."),
    ("de", FASSUNG, "Die Gewerkschaft fordert 8 Prozent mehr Lohn."),
    ("de", FASSUNG, "Die Forderung liegt bei 8 Prozent."),
    ("de", FAELSCHLICH, "Im Werk arbeiten 1.200 Menschen."),
    ("de", RICHTIG, "Es gab 274 Tote."),
    ("de", KORRIGIERT, "Die Zahl der Toten liegt bei 274."),
    ("de", MINISTER, "Die Arbeitslosigkeit liegt bei 8 Prozent."),
])
def test_a_figure_a_correction_names_wrong_is_refused(language: str, passage: str, sentence: str):
    assert any(WRONG in finding for finding in found(language, passage=passage, sentence=sentence)), sentence


# Their honest twins: the corrected figure, the earlier one kept as earlier or named wrong
@pytest.mark.parametrize("language, passage, sentence", [
    ("fr", SAID_WRONGLY_FR, "Le droit ostrelandais est de 18 %."),
    ("fr", SAID_WRONGLY_FR, "L'Ostrelande taxe les pièces à 18 %."),
    ("fr", SAID_WRONGLY_FR, "Le droit atteint 18 %, et non 16 %."),
    ("fr", SAID_WRONGLY_FR, "La dépêche avait d'abord indiqué 16 %."),
    ("fr", SAID_WRONGLY_FR, "Par erreur, la dépêche donnait 16 % ; le droit est de 18 %."),
    ("fr", SAID_WRONGLY_FR, "Le taux de 16 % publié le 3 mars était erroné."),
    ("fr", SAID_WRONGLY_FR, "Le droit est de 18 % (et non de 16 %)."),
    ("es", SAID_WRONGLY_ES, "El sindicato reclama una subida del 6 %."),
    ("es", SAID_WRONGLY_ES, "El sindicato pide un 6 %, no un 8 %."),
    ("es", SAID_WRONGLY_ES, "La crónica atribuyó erróneamente al sindicato un 8 %."),
    ("es", SAID_WRONGLY_ES, "Inicialmente se publicó un 8 %."),
    ("es", SAID_WRONGLY_ES, "El sindicato reclama un 6 %, en lugar del 8 % publicado."),
    ("fr", MINISTRE, "Le ministre a affirmé que le chômage était de 8 %."),
    ("fr", MINISTRE, "Le chômage atteint 9 %."),
    ("es", MINISTRO, "El ministro dijo que el paro era del 8 %."),
    ("es", MINISTRO, "El ministro habló de un paro del 8 %."),
    ("it", MINISTRO_IT, "Il ministro ha affermato che la disoccupazione era all'8 per cento."),
    ("fr", LIRE, "Le droit est de 18 %."),
    ("fr", LIRE, "Le droit atteint 18 %, pas 16 %."),
    ("fr", LIRE, "Le droit est de 18 % ; l'édition d'hier donnait 16 % par erreur."),
    ("fr", CORRIGE_FR, "L'accident a fait 18 morts."),
    ("fr", CORRIGE_FR, "Dans un premier temps, l'agence a annoncé 16 morts."),
    ("fr", CORRIGE_FR, "Au départ, le bilan était de 16 morts."),
    ("fr", CORRIGE_FR, "Le bilan est passé de 16 à 18 morts."),
    ("fr", CORRIGE_FR, "18 personnes ont perdu la vie."),
    ("es", CORRIGE_ES, "Murieron 331 personas."),
    ("es", CORRIGE_ES, "El ministerio corrigió el balance hasta 331 muertos."),
    ("es", CORRIGE_ES, "El ministerio dio primero 274 muertos y luego 331."),
    ("es", CORRIGE_ES, "En un primer momento se habló de 274 muertos."),
    ("it", VERSIONE, "Il sindacato reclama il 6 per cento."),
    ("it", VERSIONE, "Il sindacato chiede il 6 per cento, non l'8 per cento."),
    ("it", VERSIONE, "Una versione precedente dell'articolo indicava l'8 per cento."),
    ("it", VERSIONE, "Inizialmente era stato riportato un aumento dell'8 per cento."),
    ("it", VERSIONE, "L'articolo aveva attribuito per errore al sindacato una richiesta dell'8 per cento."),
    ("it", VERSIONE, "Il sindacato chiede il 6 per cento invece dell'8 per cento."),
    ("it", VERSIONE, "La cifra dell'8 per cento era sbagliata."),
    ("it", PER_ERRORE, "L'azienda conta 1.400 dipendenti."),
    ("it", PER_ERRORE, "L'azienda ha 1.400 dipendenti, non 1.200."),
    ("it", PER_ERRORE, "In un primo momento si era parlato di 1.200 dipendenti."),
    ("it", CORRETTA, "Le vittime sono 331, non 274."),
    ("it", CORRETTO, "Il bilancio è passato da 274 a 331 morti."),
    ("it", CORRETTO, "Dapprima il ministero ha parlato di 274 morti."),
    ("it", CORRETTO, "Il ministero conta ora 331 morti."),
    ("de", FASSUNG, "Die Gewerkschaft fordert 6 Prozent mehr Lohn."),
    ("de", FASSUNG, "Die Gewerkschaft verlangt 6 Prozent, nicht 8 Prozent."),
    ("de", FASSUNG, "Eine frühere Version des Artikels nannte 8 Prozent."),
    ("de", FASSUNG, "Zunächst war von 8 Prozent die Rede."),
    ("de", FASSUNG, "Die Gewerkschaft fordert 6 statt 8 Prozent."),
    ("de", FASSUNG, "Ursprünglich wurden 8 Prozent gemeldet."),
    ("de", FAELSCHLICH, "Das Werk hat 1.400 Beschäftigte, nicht 1.200."),
    ("de", FAELSCHLICH, "Die Zeitung hatte 1.200 Beschäftigte genannt."),
    ("de", RICHTIG, "Es gab 331 Tote, nicht 274."),
    ("de", KORRIGIERT, "Die Zahl der Toten stieg von 274 auf 331."),
    ("de", KORRIGIERT, "Das Ministerium nannte zunächst 274 Tote."),
    ("de", KORRIGIERT, "Inzwischen zählt das Ministerium 331 Tote."),
    ("de", MINISTER, "Der Minister sagte, die Arbeitslosigkeit liege bei 8 Prozent."),
])
def test_a_correction_kept_builds(language: str, passage: str, sentence: str):
    assert found(language, sentence, passage) == [], sentence


# 4. A count beside the corrected figure is not named wrong
@pytest.mark.parametrize("language, passage, sentence", [
    ("es", BESIDE_ES, "Los 1.200 trabajadores reclaman una subida del 6 %."),
    ("es", BESIDE_ES, "La plantilla de 1.200 trabajadores pide un 6 %."),
    ("fr", BESIDE_FR, "Les 1 250 salariés demandent une hausse de 6 %."),
    ("fr", BESIDE_FR, "1 250 salariés réclament une augmentation de 6 %."),
])
def test_a_count_beside_the_corrected_figure_builds(language: str, passage: str, sentence: str):
    assert found(language, sentence, passage) == [], sentence


@pytest.mark.parametrize("language, passage, sentence", [
    ("es", BESIDE_ES, "Los 1.200 trabajadores reclaman una subida del 8 %."),
    ("fr", BESIDE_FR, "Les 1 250 salariés réclament 8 %."),
])
def test_the_corrected_figure_beside_a_count_stays_refused(language: str, passage: str, sentence: str):
    assert any(WRONG in finding or "names it wrong" in finding for finding in found(language, sentence, passage)), \
        sentence


def test_a_newsroom_s_earlier_words_without_a_correction_are_not_read_in_italian():
    """Neither a notice nor "per errore": a paper's earlier words restated name nothing wrong."""
    passage = "Ieri l'articolo indicava che i dipendenti erano 1.200. Sono ancora 1.200."
    assert found("it", "L'azienda ha 1.200 dipendenti.", passage) == []


# 7. The build refuses it, naming the file and line
def test_the_build_names_the_line_of_a_corrected_figure(tmp_path: Path):
    root = deal_project(tmp_path, "L'Ostrelande applique un droit de 16 %.", SAID_WRONGLY_FR, SAID_WRONGLY_FR,
                        language="fr")
    result = run_build(root, "check")
    assert result.code == 1 and any("briefing.yaml:3:" in line and "16 %" in line and WRONG in line
                                    for line in error_lines(result)), result.err
    summary = root / "content" / "deal" / "briefing.yaml"
    summary.write_text(summary.read_text(encoding="utf-8").replace("droit de 16 %", "droit de 18 %"), encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 0, result.err


# 9. An item cited as a whole
@pytest.mark.parametrize("text, refused", [
    ("Le droit ostrelandais est de 16 %.", True),
    ("Le droit ostrelandais est de 18 %.", False),
    ("Le droit ostrelandais est de 18 %, et non de 16 % comme l'indiquait la dépêche.", False),
])
def test_an_item_cited_whole_is_read_in_french(text: str, refused: bool):
    read_as_project_locale(REPO, "fr")
    assert any(WRONG in finding for finding in item_findings(text, (SAID_WRONGLY_FR,), "fr", ())) == refused, text


# 8. No correction: a dispute, or no figure given
@pytest.mark.parametrize("language, passage, sentence", [
    ("es", "La patronal cifra en 9.500 los afectados. Según el sindicato, la cifra real es de 14.000.",
     "La patronal cifra en 9.500 los afectados."),
    ("es", "La patronal cifra en 9.500 los afectados. Según el sindicato, la cifra real es de 14.000.",
     "Según la patronal, hay 9.500 afectados."),
    ("fr", "Le gouvernement évoque 9 500 personnes concernées. Le chiffre exact est inconnu.",
     "Le gouvernement évoque 9 500 personnes concernées."),
    ("fr", "Le gouvernement évoque 9 500 personnes concernées. Le chiffre exact est inconnu.",
     "Selon le gouvernement, 9 500 personnes sont concernées."),
    ("de", "Die Regierung spricht von 9.500 Betroffenen. Richtig ist, dass die Zahl steigt.",
     "Laut Regierung gibt es 9.500 Betroffene."),
    ("it", "Il governo parla di 9.500 persone coinvolte. Secondo i sindacati, la cifra esatta è 14.000.",
     "Il governo parla di 9.500 persone coinvolte."),
    ("es", "La versión anterior del proyecto de ley decía que el impuesto sería del 8 %. El texto aprobado lo fija en "
           "el 6 %.", "El proyecto de ley fijaba el impuesto en el 8 %."),
    ("es", "La versión anterior del proyecto de ley decía que el impuesto sería del 8 %. El texto aprobado lo fija en "
           "el 6 %.", "El primer borrador preveía un impuesto del 8 %."),
])
def test_a_dispute_or_an_unknown_figure_corrects_nothing(language: str, passage: str, sentence: str):
    assert found(language, sentence, passage) == [], sentence


def test_the_correct_figure_after_a_colon_still_corrects():
    passage = "Die Zeitung nannte 1.200 Beschäftigte. Richtig ist: 1.400."
    assert any(WRONG in finding for finding in found("de", "Das Werk hat 1.200 Beschäftigte.", passage))
