"""A hundred-and-thirty-eighth fact-check: plans and presents told as done, in French, Dutch, Italian and Portuguese.

Built, misstating their passage, now refused:
- a French present told as a fact: "La société ferme l'usine." citing "La société envisage de fermer l'usine."
  ("prévoit de", "projette de"; "ferment", "choisit"), and its passive state, "L'usine est fermée"; a plan weighed,
  "songe à", "réfléchit à", "menace de", "n'exclut pas de", "a décidé de", "a annoncé son intention de", and a
  conditional, "fermerait" (reported: "a dit qu'elle fermerait"), told done (possible_done.py);
- a Dutch plan, "gepland voor 2027", "staat gepland", "het geplande windpark", told begun, built or opened ("De bouw
  van het windpark is begonnen", "Het windpark wordt gebouwd", "is in gebruik genomen"), and a present passive with a
  time to come, "wordt in 2027 geopend", told done ("is geopend", "werd geopend") (dutch_verbs.py);
- Italian, read nowhere: "prevede di", "intende", "valuta di", "sta per", "vuole", "minaccia di", "potrebbe" (a
  pronoun glued on: "prevede di dimettersi", told "si è dimesso"), and a future or conditional in one word
  ("chiuderà"), told done ("ha chiuso", "è stato chiuso", "chiuse") or, but a future's, as a fact ("chiude")
  (italian_verbs.py);
- Portuguese plans and near futures, "pretende", "vai", "irá", "planeja", "tenciona", "tem a intenção de", "está
  prestes a", and a future or conditional in one word ("fechará", "fecharia"), told done ("fechou", "foi fechada") or,
  but a future's, as a fact ("fecha") (possible_done.py).
Each has its honest twin, which builds: the plan kept, a present with its time to come ("La société ferme l'usine en
2027", "le projet recule l'âge légal ... d'ici à 2030"), a negated act, or a passage that tells it done itself.
Dutch, Italian and Portuguese are read as tests/fixtures/newuser_89's, newuser_99's and newuser_21's locales write them.
"""

from __future__ import annotations

import functools

import pytest

from support import LOCALE_PROJECTS, found_in_language

HOORNDIJK = (LOCALE_PROJECTS["nl"] / "seeds" / "windpark-hoorndijk.txt").read_text(encoding="utf-8")
ZITTING = next(line for line in HOORNDIJK.splitlines() if "het geplande windpark De Lange Akker" in line)
DONE = "tells as done ('{}') what its cited passages give only {} ('{}')"


found = functools.partial(found_in_language, published="2026-11-18")  # read as a build reads its language


MISSTATED = {
    # 1. French plans told done, or as a fact in the present
    "fr-ferme-envisage": ("fr", "La société ferme l'usine.", "La société envisage de fermer l'usine.",
                          DONE.format("ferme", "as to come", "envisage de fermer")),
    "fr-a-ferme-envisage": ("fr", "La société a fermé l'usine.", "La société envisage de fermer l'usine.",
                            DONE.format("a fermé", "as to come", "envisage de fermer")),
    "fr-ferme-prevoit": ("fr", "La société ferme l'usine.", "La société prévoit de fermer l'usine.",
                         DONE.format("ferme", "as to come", "prévoit de fermer")),
    "fr-ferme-projette": ("fr", "La société ferme l'usine.", "La société projette de fermer l'usine.",
                          DONE.format("ferme", "as to come", "projette de fermer")),
    "fr-ferme-its-month-dropped": ("fr", "La société ferme l'usine.", "La société prévoit de fermer l'usine en mai.",
                                   DONE.format("ferme", "as to come", "prévoit de fermer")),
    "fr-songe": ("fr", "La société a fermé l'usine.", "La société songe à fermer l'usine.",
                 DONE.format("a fermé", "as to come", "songe à fermer")),
    "fr-ferment": ("fr", "Les sociétés ferment leurs usines de Lyon.",
                   "Les sociétés envisagent de fermer leurs usines de Lyon.",
                   DONE.format("ferment", "as to come", "envisagent de fermer")),
    "fr-est-fermee": ("fr", "L'usine de Lyon est fermée.", "La société envisage de fermer l'usine de Lyon.",
                      DONE.format("est fermée", "as to come", "envisage de fermer")),
    "fr-choisit": ("fr", "La société choisit un repreneur pour l'usine.",
                   "La société envisage de choisir un repreneur pour l'usine.",
                   DONE.format("choisit", "as to come", "envisage de choisir")),
    "fr-fermerait": ("fr", "La société a fermé l'usine de Lyon.",
                     "La société fermerait l'usine de Lyon, selon les syndicats.",
                     DONE.format("a fermé", "as possible", "fermerait")),
    "fr-a-dit-fermerait": ("fr", "La société a fermé l'usine de Lyon.",
                           "Selon les syndicats, la direction a dit qu'elle fermerait l'usine de Lyon.",
                           DONE.format("a fermé", "as possible", "fermerait")),
    "fr-intention-annoncee": ("fr", "La société a fermé l'usine de Lyon.",
                              "La société a annoncé son intention de fermer l'usine de Lyon.",
                              DONE.format("a fermé", "as to come", "a annoncé son intention de fermer")),
    "fr-a-decide": ("fr", "La société a fermé l'usine de Lyon.", "La société a décidé de fermer l'usine de Lyon.",
                    DONE.format("a fermé", "as to come", "a décidé de fermer")),
    "fr-n-exclut-pas": ("fr", "La société a fermé l'usine de Lyon.",
                        "La société n'exclut pas de fermer l'usine de Lyon.",
                        DONE.format("a fermé", "as possible", "n'exclut pas de fermer")),
    "fr-menace": ("fr", "Les syndicats ont bloqué le site.", "Les syndicats menacent de bloquer le site.",
                  DONE.format("ont bloqué", "as to come", "menacent de bloquer")),
    # 2. Dutch plans told begun or done
    "nl-begonnen-gepland": ("nl", "De bouw van het windpark is begonnen.",
                            "De bouw van het windpark is gepland voor 2027.",
                            DONE.format("begonnen", "as to come", "gepland voor 2027")),
    "nl-wordt-gebouwd-gepland": ("nl", "Het windpark wordt gebouwd.", "Het windpark is gepland voor 2027.",
                                 DONE.format("gebouwd", "as to come", "gepland voor 2027")),
    "nl-in-gebruik-genomen": ("nl", "Het windpark is in gebruik genomen.", "Het windpark is gepland voor 2027.",
                              DONE.format("in gebruik genomen", "as to come", "gepland voor 2027")),
    "nl-gestart-staat-gepland": ("nl", "De bouw van het windpark is gestart.",
                                 "De bouw van het windpark staat gepland voor 2027.",
                                 DONE.format("gestart", "as to come", "gepland voor 2027")),
    "nl-geplande-hoorndijk": ("nl", "Het windpark De Lange Akker wordt gebouwd.", ZITTING,
                              DONE.format("gebouwd", "as to come", "geplande")),
    "nl-is-geopend": ("nl", "Het park is geopend.", "Het park wordt in 2027 geopend.",
                      DONE.format("geopend", "as to come", "wordt in 2027 geopend")),
    "nl-werd-geopend": ("nl", "Het park werd geopend.", "Het park wordt in 2027 geopend.",
                        DONE.format("geopend", "as to come", "wordt in 2027 geopend")),
    "nl-werd-in-2027-geopend": ("nl", "Het windpark werd in 2027 geopend.", "Het windpark wordt in 2027 geopend.",
                                DONE.format("geopend", "as to come", "wordt in 2027 geopend")),
    "nl-gesloten-volgend-jaar": ("nl", "De fabriek werd gesloten.", "De fabriek wordt volgend jaar gesloten.",
                                 DONE.format("gesloten", "as to come", "wordt volgend jaar gesloten")),
    "nl-aangelegd": ("nl", "De rondweg is aangelegd.", "De rondweg wordt in 2027 aangelegd.",
                     DONE.format("aangelegd", "as to come", "wordt in 2027 aangelegd")),
    # 3. Italian plans, possibilities and futures told done
    "it-ha-chiuso-prevede": ("it", "L'azienda ha chiuso lo stabilimento.",
                             "L'azienda prevede di chiudere lo stabilimento.",
                             DONE.format("chiuso", "as to come", "prevede di chiudere")),
    "it-chiude-prevede": ("it", "L'azienda chiude lo stabilimento.", "L'azienda prevede di chiudere lo stabilimento.",
                          DONE.format("chiude", "as to come", "prevede di chiudere")),
    "it-intende": ("it", "L'azienda ha chiuso lo stabilimento.", "L'azienda intende chiudere lo stabilimento.",
                   DONE.format("chiuso", "as to come", "intende chiudere")),
    "it-valuta": ("it", "L'azienda ha chiuso lo stabilimento.", "L'azienda valuta di chiudere lo stabilimento.",
                  DONE.format("chiuso", "as to come", "valuta di chiudere")),
    "it-potrebbe": ("it", "L'azienda ha chiuso lo stabilimento di Torino.",
                    "L'azienda potrebbe chiudere lo stabilimento di Torino.",
                    DONE.format("chiuso", "as possible", "potrebbe chiudere")),
    "it-e-stato-chiuso": ("it", "Lo stabilimento di Torino è stato chiuso.",
                          "L'azienda prevede di chiudere lo stabilimento di Torino.",
                          DONE.format("chiuso", "as to come", "prevede di chiudere")),
    "it-chiuse": ("it", "L'azienda chiuse lo stabilimento di Torino.",
                  "L'azienda intende chiudere lo stabilimento di Torino.",
                  DONE.format("chiuse", "as to come", "intende chiudere")),
    "it-sta-per": ("it", "Il governo ha firmato l'accordo con i sindacati.",
                   "Il governo sta per firmare l'accordo con i sindacati.",
                   DONE.format("firmato", "as to come", "sta per firmare")),
    "it-firma-vuole": ("it", "Il governo firma l'accordo con i sindacati.",
                       "Il governo vuole firmare l'accordo con i sindacati.",
                       DONE.format("firma", "as to come", "vuole firmare")),
    "it-ridotto": ("it", "Il governo ha ridotto le tasse sulle imprese.",
                   "Il governo intende ridurre le tasse sulle imprese.",
                   DONE.format("ridotto", "as to come", "intende ridurre")),
    "it-minaccia": ("it", "Il governo ha sospeso i lavori del ponte.",
                    "Il governo minaccia di sospendere i lavori del ponte.",
                    DONE.format("sospeso", "as to come", "minaccia di sospendere")),
    "it-dimettersi": ("it", "Il ministro si è dimesso dall'incarico.", "Il ministro prevede di dimettersi dall'incarico.",
                      DONE.format("dimesso", "as to come", "prevede di dimettersi")),
    "it-chiudera": ("it", "L'azienda ha chiuso lo stabilimento di Torino.",
                    "L'azienda chiuderà lo stabilimento di Torino.", DONE.format("chiuso", "as to come", "chiuderà")),
    # 4. Portuguese plans and futures told done
    "pt-pretende": ("pt", "A empresa fechou a fábrica.", "A empresa pretende fechar a fábrica.",
                    DONE.format("fechou", "as to come", "pretende fechar")),
    "pt-vai": ("pt", "A empresa fechou a fábrica.", "A empresa vai fechar a fábrica.",
               DONE.format("fechou", "as to come", "vai fechar")),
    "pt-planeja": ("pt", "A empresa fechou a fábrica.", "A empresa planeja fechar a fábrica.",
                   DONE.format("fechou", "as to come", "planeja fechar")),
    "pt-fecha-pretende": ("pt", "A empresa fecha a fábrica de Setúbal.",
                          "A empresa pretende fechar a fábrica de Setúbal.",
                          DONE.format("fecha", "as to come", "pretende fechar")),
    "pt-fecha-its-month-dropped": ("pt", "A empresa fecha a fábrica.", "A empresa pretende fechar a fábrica em maio.",
                                   DONE.format("fecha", "as to come", "pretende fechar")),
    "pt-foi-fechada": ("pt", "A fábrica de Setúbal foi fechada.", "A empresa vai fechar a fábrica de Setúbal.",
                       DONE.format("fechada", "as to come", "vai fechar")),
    "pt-intencao": ("pt", "A empresa fechou a fábrica de Setúbal.",
                    "A empresa tem a intenção de fechar a fábrica de Setúbal.",
                    DONE.format("fechou", "as to come", "tem a intenção de fechar")),
    "pt-prestes": ("pt", "A empresa fechou a fábrica de Setúbal.",
                   "A empresa está prestes a fechar a fábrica de Setúbal.",
                   DONE.format("fechou", "as to come", "está prestes a fechar")),
    "pt-tenciona": ("pt", "O governo aprovou a reforma.", "O governo tenciona aprovar a reforma.",
                    DONE.format("aprovou", "as to come", "tenciona aprovar")),
    "pt-ira": ("pt", "O governo aprovou a reforma.", "O governo irá aprovar a reforma.",
               DONE.format("aprovou", "as to come", "irá aprovar")),
    "pt-fechara": ("pt", "A empresa fechou a fábrica de Setúbal.", "A empresa fechará a fábrica de Setúbal.",
                   DONE.format("fechou", "as to come", "fechará")),
    "pt-fecharia": ("pt", "A empresa fechou a fábrica de Setúbal.",
                    "A empresa fecharia a fábrica de Setúbal, segundo o sindicato.",
                    DONE.format("fechou", "as possible", "fecharia")),
}

HONEST = {
    "fr-envisage": ("fr", "La société envisage de fermer l'usine.", "La société envisage de fermer l'usine."),
    "fr-ferme-done": ("fr", "La société ferme l'usine.", "La société ferme l'usine."),
    "fr-songe": ("fr", "La société songe à fermer l'usine de Lyon.", "La société songe à fermer l'usine de Lyon."),
    "fr-n-envisage-pas": ("fr", "La société n'envisage pas de fermer l'usine de Lyon.",
                          "La société n'envisage pas de fermer l'usine de Lyon."),
    "fr-with-its-year": ("fr", "La société ferme l'usine de Lyon en 2027.",
                         "La société prévoit de fermer l'usine de Lyon en 2027."),
    "fr-d-ici": ("fr", "Le projet recule l'âge légal de deux ans d'ici à 2030.",
                 "Le projet de loi prévoit de reculer l'âge légal de deux ans d'ici à 2030."),
    "fr-on-its-day": ("fr", "La société publie son rapport le 30 avril.",
                      "La société doit publier son rapport le 30 avril."),
    "fr-in-its-month": ("fr", "La société ferme l'usine en mai.", "La société prévoit de fermer l'usine en mai."),
    "fr-negated": ("fr", "La société n'a pas fermé l'usine de Lyon.", "La société envisage de fermer l'usine de Lyon."),
    "fr-la-ferme": ("fr", "La ferme de Lyon a été vendue.", "La société envisage de fermer la ferme de Lyon."),
    "fr-a-decide": ("fr", "La société a décidé de fermer l'usine de Lyon.",
                    "La société a décidé de fermer l'usine de Lyon."),
    "fr-entre-no-verb": ("fr", "Le traité de Rabat entre la France et le Maroc a été publié.",
                         "Le traité de Rabat pourrait entrer en vigueur en mai."),
    "nl-gepland": ("nl", "Het park is gepland voor 2027.", "Het park is gepland voor 2027."),
    "nl-wordt-in-2027": ("nl", "Het park wordt in 2027 geopend.", "Het park wordt in 2027 geopend."),
    "nl-volgend-jaar": ("nl", "De rondweg wordt volgend jaar aangelegd.", "De rondweg wordt in 2027 aangelegd."),
    "nl-nog-niet": ("nl", "De bouw van het windpark is nog niet begonnen.",
                    "De bouw van het windpark is gepland voor 2027."),
    "nl-being-built": ("nl", "Het windpark wordt gebouwd.", "Het windpark wordt gebouwd."),
    "nl-begun-and-planned": ("nl", "De bouw van het windpark begon in 2024.",
                             "De bouw van het windpark begon in 2024 en de opening is gepland voor 2027."),
    "nl-geplande-kept": ("nl", "De gemeente weigerde de vergunning voor het windpark.",
                         "De gemeente weigerde de vergunning voor het geplande windpark."),
    "it-prevede": ("it", "L'azienda prevede di chiudere lo stabilimento.",
                   "L'azienda prevede di chiudere lo stabilimento."),
    "it-intende-of-prevede": ("it", "L'azienda intende chiudere lo stabilimento di Torino.",
                              "L'azienda prevede di chiudere lo stabilimento di Torino."),
    "it-dimettersi": ("it", "Il ministro prevede di dimettersi dall'incarico.",
                      "Il ministro prevede di dimettersi dall'incarico."),
    "it-done": ("it", "L'azienda ha chiuso lo stabilimento di Torino.",
                "L'azienda ha chiuso lo stabilimento di Torino."),
    "it-non": ("it", "L'azienda non ha chiuso lo stabilimento di Torino.",
               "L'azienda prevede di chiudere lo stabilimento di Torino."),
    "it-entro": ("it", "Il governo firma l'accordo entro il 2027.",
                 "Il governo prevede di firmare l'accordo entro il 2027."),
    "it-on-its-day": ("it", "Il governo firma l'accordo il 3 marzo.",
                      "Il governo prevede di firmare l'accordo il 3 marzo."),
    "it-la-firma": ("it", "La firma dell'accordo con i sindacati è attesa.",
                    "Il governo vuole firmare l'accordo con i sindacati."),
    "it-future-told-present": ("it", "Senza un accordo, entra in vigore l'aumento del 6,8 %.",
                               "Se non ci sarà un accordo, l'aumento del 6,8 % entrerà in vigore il 1° aprile 2026."),
    "it-chiudera": ("it", "L'azienda chiuderà lo stabilimento di Torino.",
                    "L'azienda chiuderà lo stabilimento di Torino."),
    "pt-pretende": ("pt", "A empresa pretende fechar a fábrica.", "A empresa pretende fechar a fábrica."),
    "pt-nao": ("pt", "A empresa não fechou a fábrica de Setúbal.", "A empresa pretende fechar a fábrica de Setúbal."),
    "pt-with-its-year": ("pt", "A empresa fecha a fábrica de Setúbal em 2027.",
                         "A empresa pretende fechar a fábrica de Setúbal em 2027."),
    "pt-in-its-month": ("pt", "A empresa fecha a fábrica em maio.", "A empresa pretende fechar a fábrica em maio."),
    "pt-vai-a": ("pt", "O ministro vai a Bruxelas.", "O ministro vai a Bruxelas."),
    "pt-done-and-to-come": ("pt", "A empresa fechou a fábrica de Setúbal.",
                            "A empresa fechou a fábrica de Setúbal e pretende fechar outra."),
    "pt-fechara": ("pt", "A empresa fechará a fábrica de Setúbal.", "A empresa fechará a fábrica de Setúbal."),
    "es-future-its-own": ("es", "El ayuntamiento recurrirá la sentencia.", "El ayuntamiento recurrirá la sentencia."),
}


@pytest.mark.parametrize("case", sorted(MISSTATED))
def test_a_plan_or_present_told_as_done_is_refused(case):
    language, sentence, passage, expected = MISSTATED[case]
    findings = found(language, sentence, passage)
    assert any(expected in finding for finding in findings), findings


@pytest.mark.parametrize("case", sorted(HONEST))
def test_its_honest_twin_builds(case):
    language, sentence, passage = HONEST[case]
    assert found(language, sentence, passage) == []


def test_a_spanish_future_stays_future_as_past_s():
    """A Spanish future's ending is a Portuguese one's ("recurrirá"): in Spanish it is future_as_past.py's, its message
    as it was (tests/test_factcheck_125.py)."""
    findings = found("es", "El ayuntamiento ha recurrido la sentencia.", "El ayuntamiento recurrirá la sentencia.")
    assert len(findings) == 1 and "give as still to come" in findings[0], findings
