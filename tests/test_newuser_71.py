"""German and Spanish new users: what still builds or is refused (leftovers of newuser70, and a farmers' protest).

A German desk covering a rail strike and a farmers' protest, and a Spanish one covering a strike and the same
protest, found:
- "Die Bahn wirft der GDL vor, die Verhandlungen abgebrochen zu haben." citing "... ohne Not abgebrochen zu haben"
  was refused as a negation dropped: "ohne Not", "ohne Vorwarnung", "without warning", "sin previo aviso" say how a
  deed was done (explainer/manner_without.py); "without consulting" still negates.
- A threat told as done built: "Die GDL streikt ab Montag unbefristet." citing "Die GDL droht mit einem unbefristeten
  Streik ab Montag" (explainer/threats_languages.py: "droht mit", "drohte, ... zu", "amenaza con", "menace de").
- "alle Fernzüge" citing "rund 80 Prozent der Fernzüge" built (explainer/proportions_languages.py: a share in
  digits is a part; "toda la plantilla", "die gesamte").
- "Die GDL hat den Streik beendet." citing "Die GDL will den Streik beenden, falls ..." built: a German plan told
  done, its verb's forms read from the infinitive's stem (explainer/german_plans.py).
- "Die GDL weitet den Streik ab Freitag aus." citing "Sofern die Bahn bis Freitag kein Angebot vorlegt, ..." built:
  a weekday shared kept the condition (explainer/when_words.py).
- "El 80 % de la plantilla secundó la huelga, según la consejería." citing "Según el sindicato, el 80 % ..." built:
  the wrong giver of a figure (explainer/according_to.py: "según", "laut", "nach Angaben", "selon", "according to").
- "Der Bauernverband lehnt die Streichung ... ab." citing "protestiert gegen die Streichung" was refused as a
  negation added (explainer/protest_verbs.py).

Each sentence is checked in-process against its cited passage, in its language's built-in locale, as `check` does.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from explainer import numbers
from support import findings_in_language as findings, item_findings, read_as_project_locale


@pytest.fixture(autouse=True)
def no_locale_after():
    """Leave text read with no locale after each case, as conftest's reset does before it."""
    yield
    numbers.read_as_locales({})



OHNE_NOT = "Die Bahn wirft der GDL vor, die Verhandlungen ohne Not abgebrochen zu haben."
DROHT = "Die GDL droht mit einem unbefristeten Streik ab Montag."
FERNZUEGE = "Laut Bahn fallen rund 80 Prozent der Fernzüge aus."
BEENDEN = "Die GDL will den Streik beenden, falls die Bahn ein neues Angebot vorlegt."
SOFERN = "Sofern die Bahn bis Freitag kein Angebot vorlegt, weitet die GDL den Streik aus."
SEGUN = "Según el sindicato, el 80 % de la plantilla secundó la huelga."
POLIZEI = "Rund 10.000 Traktoren sind nach Angaben der Polizei am Montag nach Berlin gefahren."
TRAKTOREN = "Nach Angaben der Polizei kamen rund 10.000 Traktoren nach Berlin."
AGRARDIESEL = "Der Bauernverband protestiert gegen die Streichung der Subventionen für Agrardiesel."
RUKWIED = ("Bauernpräsident Joachim Rukwied droht mit weiteren Protesten, falls die Regierung an den Kürzungen "
           "festhält.")
ABSCHAFFEN = "Die Bundesregierung will die Steuervergünstigung für Agrardiesel schrittweise bis 2026 abschaffen."
BETRIEB = ("Nach Angaben des Bauernverbands kostet die Streichung einen durchschnittlichen Betrieb rund 5.000 Euro im "
           "Jahr.")
VORWARNUNG = "Die Landwirte blockierten ohne Vorwarnung mehrere Autobahnauffahrten."
COAG = "Según la organización agraria COAG, unos 10.000 tractores cortaron las carreteras de acceso a Madrid."
GASOLEO = "Los agricultores protestan contra la retirada de las ayudas al gasóleo agrícola."
AMENAZA = "La organización amenaza con nuevas movilizaciones si el Gobierno no rectifica."
QUIERE = "El Gobierno quiere eliminar la bonificación del gasóleo agrícola en 2026."
ENCUESTA = "La mayoría de los agricultores apoyan las protestas, según una encuesta."
AVISO = "Los agricultores cortaron sin previo aviso varias autovías."

THREATENED = "what its cited passages give only as threatened"
POSSIBLE = "what its cited passages give only as possible"
CONDITION = "the source gives this only on a condition"
GIVER = "this sentence gives its figure to"

MISSTATED = {
    "droht-mit": ("de", "Die GDL streikt ab Montag unbefristet.", DROHT,
                  "this sentence tells as done ('streikt') what its cited passages give only as threatened ('droht "
                  "mit einem unbefristeten Streik')"),
    "drohte-zu": ("de", "Die GDL streikt ab Montag unbefristet.", "Die GDL drohte, ab Montag unbefristet zu streiken.",
                  THREATENED),
    "amenaza-con": ("es", "El sindicato convoca una huelga indefinida desde el lunes.",
                    "El sindicato amenaza con una huelga indefinida desde el lunes.", THREATENED),
    "menace-de": ("fr", "Le syndicat fait grève dès lundi dans les dépôts.",
                  "Le syndicat menace de faire grève dès lundi dans les dépôts.", THREATENED),
    "alle-80-prozent": ("de", "Laut Bahn fallen alle Fernzüge aus.", FERNZUEGE,
                        "this sentence says 'alle Fernzüge' where its cited passages say '80 Prozent der Fernzüge'"),
    "todos-60": ("es", "Todos los vuelos fueron cancelados el martes.",
                 "El 60 % de los vuelos fueron cancelados el martes.", "where its cited passages say '60 % de los"),
    "toda-la-plantilla": ("es", "Toda la plantilla secundó la huelga.", "El 80 % de la plantilla secundó la huelga.",
                          "this sentence says 'Toda la plantilla'"),
    "tous-70": ("fr", "Tous les trains ont été supprimés mardi.", "70 % des trains ont été supprimés mardi.",
                "where its cited passages say '70 % des trains'"),
    "will-beenden": ("de", "Die GDL hat den Streik beendet.", BEENDEN,
                     "this sentence tells as done ('beendet') what its cited passages give only as possible ('will "
                     "den Streik beenden')"),
    "plant-auszuweiten": ("de", "Die GDL hat den Streik auf den Güterverkehr ausgeweitet.",
                          "Die GDL plant, den Streik auf den Güterverkehr auszuweiten.", POSSIBLE),
    "koennten-streiken": ("de", "Die Lokführer streiken ab Montag.", "Die Lokführer könnten ab Montag streiken.",
                          POSSIBLE),
    "will-abschaffen": ("de", "Die Regierung schafft die Steuervergünstigung für Agrardiesel ab.", ABSCHAFFEN,
                        "this sentence tells as done ('schafft')"),
    "sofern-freitag": ("de", "Die GDL weitet den Streik ab Freitag aus.", SOFERN,
                       "the source gives this only on a condition ('Sofern die Bahn bis Freitag kein Angebot "
                       "vorlegt')"),
    "falls-maerz": ("de", "Die GDL weitet den Streik am 12. März aus.",
                    "Falls die Bahn bis zum 12. März kein Angebot vorlegt, weitet die GDL den Streik aus.",
                    "the source gives this only on a condition ('Falls die Bahn bis zum 12. März kein Angebot "
                    "vorlegt')"),
    "segun-consejeria": ("es", "El 80 % de la plantilla secundó la huelga, según la consejería.", SEGUN,
                         "this sentence gives its figure to 'consejería', where its cited passages give it to "
                         "'sindicato'"),
    "laut-bauernverband": ("de", "Laut Bauernverband kamen rund 10.000 Traktoren nach Berlin.", TRAKTOREN,
                           "this sentence gives its figure to 'Bauernverband', where its cited passages give it to "
                           "'Polizei'"),
    "selon-prefecture": ("fr", "80 % du personnel a suivi la grève, selon la préfecture.",
                         "Selon le syndicat, 80 % du personnel a suivi la grève.", GIVER),
    "according-to": ("en", "About 80% of staff joined the strike, according to the ministry.",
                     "According to the union, about 80% of staff joined the strike.", GIVER),
    "amenazan-cortar": ("es", "Los agricultores cortan el lunes la autovía.",
                        "Los agricultores amenazan con cortar el lunes la autovía.",
                        "this sentence tells as done ('cortan') what its cited passages give only as threatened "
                        "('amenazan con cortar')"),
    "wird-raeumen": ("de", "Die Polizei hat die Blockaden geräumt.", "Die Polizei wird die Blockaden räumen.",
                     "this sentence tells as done ('geräumt') what its cited passages give only as to come ('wird die "
                     "Blockaden räumen')"),
    "kann-kuerzen": ("de", "Die Regierung kürzte die Subventionen.", "Die Regierung kann die Subventionen kürzen.",
                     "this sentence tells as done ('kürzte')"),
    "without-consulting": ("en", "The ministry consulted the unions.",
                           "The ministry acted without consulting the unions.",
                           "this sentence drops the negation of its cited passage ('without consulting the unions')"),
}


@pytest.mark.parametrize("language, sentence, passage, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(language: str, sentence: str, passage: str, message: str):
    found = findings(language, sentence, passage)
    assert any(message in each for each in found), found


def test_a_refusal_names_the_sentence_and_what_to_do():
    """The finding is one line: what the sentence does wrong, the sentence itself, and (in the hint) what to do."""
    from explainer.threats_languages import threat_told_done_in_languages
    from explainer.attribution import Cited

    found = threat_told_done_in_languages("Die GDL streikt ab Montag unbefristet.", [Cited(DROHT, "de")], 7, "de")
    assert [(f.offset, f.message, f.hint) for f in found] == [
        (7, "this sentence tells as done ('streikt') what its cited passages give only as threatened ('droht mit "
            "einem unbefristeten Streik'): \"Die GDL streikt ab Montag unbefristet.\"",
         "keep the threat as the source gives it ('droht mit', 'amenaza con', 'menace de'), or cite a passage that "
         "says it was done")]


HONEST = {
    # a manner of a deed done: "ohne Not", "nicht ohne Grund", "without warning", "sans préavis", "sin previo aviso"
    "ohne-not-dropped": ("de", "Die Bahn wirft der GDL vor, die Verhandlungen abgebrochen zu haben.", OHNE_NOT),
    "ohne-not-kept": ("de", OHNE_NOT, OHNE_NOT),
    "nicht-ohne-grund": ("de", "Die Bahn hat abgesagt.", "Die Bahn hat nicht ohne Grund abgesagt."),
    "nicht-ohne-grund-kept": ("de", "Die Bahn hat nicht ohne Grund abgesagt.", "Die Bahn hat nicht ohne Grund abgesagt."),
    "without-warning": ("en", "The union walked out.", "The union walked out without warning."),
    "sans-preavis": ("fr", "Les contrôleurs ont cessé le travail.", "Les contrôleurs ont cessé le travail sans préavis."),
    "sin-previo-aviso": ("es", "Los controladores abandonaron sus puestos.",
                         "Los controladores abandonaron sus puestos sin previo aviso."),
    # a threat kept
    "gedroht": ("de", "Die GDL hat mit einem unbefristeten Streik ab Montag gedroht.", DROHT),
    "droht-ab-montag": ("de", "Die GDL droht ab Montag mit einem unbefristeten Streik.", DROHT),
    "amenaza-kept": ("es", "El sindicato amenaza con ir a la huelga indefinida desde el lunes.",
                     "El sindicato amenaza con una huelga indefinida desde el lunes."),
    "menace-kept": ("fr", "Le syndicat menace de faire grève dès lundi.",
                    "Le syndicat menace de faire grève dès lundi dans les dépôts."),
    # a share kept
    "80-prozent-kept": ("de", FERNZUEGE, FERNZUEGE),
    "die-meisten": ("de", "Laut Bahn fallen die meisten Fernzüge aus.", FERNZUEGE),
    "segun-kept": ("es", "El 80 % de la plantilla secundó la huelga, según el sindicato.", SEGUN),
    # a plan kept, or told done where the passage tells it
    "will-beenden-kept": ("de", "Die GDL will den Streik beenden, sofern die Bahn ein neues Angebot vorlegt.", BEENDEN),
    "beendet-backed": ("de", "Die GDL hat den Streik beendet.",
                       "Die GDL hat den Streik beendet, will ihn aber im März fortsetzen."),
    # a condition kept
    "falls-kept": ("de", "Falls die Bahn bis Freitag kein Angebot vorlegt, weitet die GDL den Streik aus.", SOFERN),
    "ohne-angebot-kept": ("de", "Ohne neues Angebot bis Freitag weitet die GDL den Streik aus.", SOFERN),
    # German tells what will be in the present; a modal of the sentence's own keeps the possibility
    "wird-entscheiden": ("de", "Das Gericht entscheidet am Freitag über die Klage.",
                         "Das Gericht wird am Freitag über die Klage entscheiden."),
    "werden-demonstrieren": ("de", "Die Landwirte demonstrieren am Montag in Berlin.",
                             "Am Montag werden Tausende Landwirte in Berlin demonstrieren."),
    "darf": ("de", "Die GDL darf ab Montag streiken.", "Die GDL kann ab Montag streiken, sagt Weselsky."),
    "ob-offen": ("de", "Ob das Unternehmen Beschwerde einlegt, ist offen.",
                 "Das Unternehmen kann Beschwerde beim Landesarbeitsgericht einlegen."),
    "verhandelten-backed": ("de", "Beide Seiten verhandelten am Dienstag zehn Stunden.",
                            "Die Bahn will mit der GDL weiter verhandeln. Am Dienstag verhandelten beide Seiten zehn "
                            "Stunden."),
    "amenazan-kept": ("es", "Los agricultores amenazan con cortar el lunes la autovía.",
                      "Los agricultores amenazan con cortar el lunes la autovía."),
    # the giver kept, in other words
    "laut-polizei": ("de", "Laut Polizei kamen rund 10.000 Traktoren nach Berlin.", TRAKTOREN),
}

# A farmers' protest, German and Spanish, paraphrased as a desk writes it.
FARMERS = {
    "traktoren-laut": ("de", "Laut Polizei fuhren rund 10.000 Traktoren nach Berlin.", POLIZEI),
    "traktoren-so": ("de", "Etwa 10.000 Traktoren fuhren am Montag nach Berlin, so die Polizei.", POLIZEI),
    "polizeiangaben": ("de", "Nach Polizeiangaben rollten am Montag rund 10.000 Traktoren nach Berlin.", POLIZEI),
    "polizei-zaehlte": ("de", "Die Polizei zählte am Montag rund 10.000 Traktoren auf dem Weg nach Berlin.", POLIZEI),
    "wehrt-sich": ("de", "Der Bauernverband wehrt sich gegen die Streichung der Agrardiesel-Subventionen.", AGRARDIESEL),
    "lehnt-ab": ("de", "Der Bauernverband lehnt die Streichung der Agrardiesel-Subventionen ab.", AGRARDIESEL),
    "wendet-sich": ("de", "Der Bauernverband wendet sich gegen den Wegfall der Subventionen für Agrardiesel.",
                    AGRARDIESEL),
    "rukwied-droht": ("de", "Rukwied droht mit weiteren Protesten, falls die Regierung an den Kürzungen festhält.",
                      RUKWIED),
    "rukwied-sollte": ("de", "Rukwied kündigte weitere Proteste an, sollte die Regierung an den Kürzungen festhalten.",
                       RUKWIED),
    "will-abschaffen-kept": ("de", "Die Bundesregierung will die Vergünstigung für Agrardiesel bis 2026 schrittweise "
                                   "abschaffen.", ABSCHAFFEN),
    "soll-wegfallen": ("de", "Die Steuervergünstigung für Agrardiesel soll bis 2026 schrittweise wegfallen.",
                       ABSCHAFFEN),
    "plant-abzuschaffen": ("de", "Die Regierung plant, die Steuervergünstigung für Agrardiesel bis 2026 schrittweise "
                                 "abzuschaffen.", ABSCHAFFEN),
    "betrieb-laut": ("de", "Laut Bauernverband kostet die Streichung einen durchschnittlichen Betrieb rund 5.000 Euro "
                           "pro Jahr.", BETRIEB),
    "beziffert": ("de", "Der Bauernverband beziffert die Kosten für einen durchschnittlichen Betrieb auf rund 5.000 "
                        "Euro im Jahr.", BETRIEB),
    "blockierten": ("de", "Die Landwirte blockierten mehrere Autobahnauffahrten.", VORWARNUNG),
    "ohne-vorwarnung": ("de", "Ohne Vorwarnung blockierten Landwirte mehrere Autobahnauffahrten.", VORWARNUNG),
    "blockiert-perfekt": ("de", "Die Landwirte haben mehrere Autobahnauffahrten blockiert.", VORWARNUNG),
    "segun-coag": ("es", "Unos 10.000 tractores cortaron los accesos a Madrid, según COAG.", COAG),
    "segun-coag-first": ("es", "Según COAG, alrededor de 10.000 tractores bloquearon las carreteras de acceso a Madrid.",
                         COAG),
    "cifra": ("es", "COAG cifra en unos 10.000 los tractores que cortaron los accesos a Madrid.", COAG),
    "se-manifiestan": ("es", "Los agricultores se manifiestan contra la retirada de las ayudas al gasóleo agrícola.",
                       GASOLEO),
    "rechazan": ("es", "Los agricultores rechazan la retirada de las ayudas al gasóleo agrícola.", GASOLEO),
    "amenaza-mas": ("es", "La organización amenaza con más movilizaciones si el Gobierno no rectifica.", AMENAZA),
    "advierte": ("es", "Si el Gobierno no rectifica, habrá nuevas movilizaciones, advierte la organización.", AMENAZA),
    "pretende": ("es", "El Gobierno pretende eliminar en 2026 la bonificación del gasóleo agrícola.", QUIERE),
    "encuesta": ("es", "Según una encuesta, la mayoría de los agricultores apoya las protestas.", ENCUESTA),
    "cortaron": ("es", "Los agricultores cortaron varias autovías.", AVISO),
    "sin-previo-aviso-kept": ("es", "Sin previo aviso, los agricultores cortaron varias autovías.", AVISO),
}


@pytest.mark.parametrize("language, sentence, passage", [*HONEST.values(), *FARMERS.values()],
                         ids=[*HONEST.keys(), *FARMERS.keys()])
def test_an_honest_wording_builds(language: str, sentence: str, passage: str):
    assert findings(language, sentence, passage) == []


ITEMS = {
    "threat": ("de", "Die Lokführer sind verärgert. Die GDL streikt ab Montag unbefristet.", DROHT, THREATENED),
    "plan": ("de", "Die Verhandlungen laufen. Die GDL hat den Streik beendet.", BEENDEN, POSSIBLE),
    "giver": ("es", "La huelga continúa. El 80 % de la plantilla secundó la huelga, según la consejería.", SEGUN,
              GIVER),
    "share": ("es", "La huelga continúa. Toda la plantilla secundó la huelga.",
              "El 80 % de la plantilla secundó la huelga.", "this sentence says 'Toda la plantilla'"),
}


@pytest.mark.parametrize("language, text, passage, message", ITEMS.values(), ids=ITEMS.keys())
def test_an_item_cited_as_whole_is_read_sentence_by_sentence(language: str, text: str, passage: str, message: str):
    """A timeline event or a claim cited as a whole is read as a summary's sentence is."""
    read_as_project_locale(REPO, language)
    found = item_findings(text, (passage,), language, ())
    assert any(message in each for each in found), found
    assert item_findings(text.split(". ")[0] + ".", (passage,), language, ()) == []
