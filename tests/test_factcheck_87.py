"""An eighty-seventh fact-check: a lawsuit briefing's leftovers, and its legal checks in French, Spanish and German
(the wire report of tests/test_factcheck_85.py, a patent verdict between Corvane Technologies and Brightwell Software).

Honest wordings the legal checks refused build: a motion to dismiss "thrown out" where the passage "rejected" it
(explainer/polarity.py read a negation dropped), and what "the court heard ... and found" told as the court's finding
(explainer/speakers.py read "The court heard evidence for two weeks" as a speaker). Misstatements that built are
refused: a fine told with the damages' figure where the passages fine another figure (explainer/fine_figures.py); what
a court heard told as ruled, a motion to dismiss as the dismissal, the jury's deed as the judge's and a party found
liable as the winner, in French, Spanish and German (explainer/court_languages.py); a verdict told as a guilty plea
and an acquittal as charges dropped (explainer/plea_or_verdict.py); an appeals court's ruling given to the Supreme
Court (explainer/court_levels.py); an order "upheld" told as "lifted" (explainer/outcomes.py); a court's ruling for a
party told as against it (explainer/case_winners.py). Each has honest neighbours that build.

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="corvane", name="Corvane Technologies", short_name="Corvane", role="defendant"),
           Party(id="brightwell", name="Brightwell Software", short_name="Brightwell", role="plaintiff"))

# passages of the wire report (tests/fixtures/factcheck_85), and others of its kind
VERDICT = ("A federal jury in Delaware on Tuesday found Corvane Technologies liable for infringing two patents held by "
           "rival Brightwell Software and ordered it to pay $120 million in damages")
FINE = ("In a separate case, the European Commission fined Corvane 15 million euros in June for failing to disclose "
        "security flaws in its routers to customers in time")
DISMISS = "Judge Okafor rejected Corvane's motion to dismiss the case."
FOUND = "The court heard evidence for two weeks and found that Corvane had infringed the patents."
APPEAL = "Corvane said it would appeal."
HEARD_FR = "Le tribunal a entendu que deux anciens ingénieurs de Brightwell avaient rejoint Corvane en 2021."
HEARD_ES = "El tribunal escuchó que dos antiguos ingenieros de Brightwell se unieron a Corvane en 2021."
HEARD_DE = "Das Gericht hörte, dass zwei frühere Ingenieure von Brightwell 2021 zu Corvane wechselten."
MOTION_FR = "Le juge a rejeté la requête en irrecevabilité de Corvane l'an dernier."
MOTION_ES = "El juez desestimó la moción de Corvane para desestimar la demanda el año pasado."
MOTION_DE = "Der Richter wies den Antrag von Corvane auf Abweisung der Klage im vergangenen Jahr ab."
JURY_FR = "Le jury a ordonné à Corvane de verser 120 millions de dollars de dommages et intérêts à Brightwell."
JURY_ES = "El jurado ordenó a Corvane pagar 120 millones de dólares en daños y perjuicios a Brightwell."
JURY_DE = "Die Geschworenen verurteilten Corvane zur Zahlung von 120 Millionen Dollar Schadenersatz an Brightwell."
LIABLE_FR = "Le jury a reconnu Corvane responsable de contrefaçon et l'a condamné à verser 120 millions de dollars."
LIABLE_ES = "Un jurado declaró a Corvane responsable de infringir dos patentes de Brightwell."
UPHELD = "The appeals court upheld the injunction barring Corvane from selling its routers."
GUILTY = "Corvane was found guilty of bribery."
ACQUITTED = "Corvane's chief executive was acquitted of fraud."
APPEALS_COURT = "An appeals court overturned the earlier ruling."
FAVOUR = "The court ruled in Corvane's favour."

RULED = "what its cited passages give only as heard in court"
DISMISSED = "where its cited passages give only a bid to dismiss it"
FINED = "where its cited passages give damages"
TURNED = "where its cited passages tell the case the other way round"

MISSTATED = {
    "fined-with-a-fine-elsewhere": ("Corvane was fined $120 million.", (VERDICT, FINE), FINED),
    "a-fine-with-a-fine-elsewhere": ("Corvane must pay a $120 million fine.", (VERDICT, FINE), FINED),
    "lost-for-would-appeal": ("Corvane lost its appeal.", (APPEAL,),
                              "this sentence tells as decided ('lost its appeal') an appeal its cited passages give "
                              "as under way or announced ('would appeal')"),
    "granted-for-rejected": ("The judge granted Corvane's motion to dismiss the case.", (DISMISS,),
                             "this sentence drops the negation of its cited passage"),
    "threw-out-the-case": ("The judge threw out the case.", (DISMISS,), DISMISSED),
    # French, Spanish, German
    "juge-fr": ("Le tribunal a jugé que deux anciens ingénieurs de Brightwell avaient rejoint Corvane en 2021.",
                (HEARD_FR,), RULED),
    "fallo-es": ("El tribunal falló que dos antiguos ingenieros de Brightwell se unieron a Corvane en 2021.",
                 (HEARD_ES,), RULED),
    "entschied-de": ("Das Gericht entschied, dass zwei frühere Ingenieure von Brightwell 2021 zu Corvane wechselten.",
                     (HEARD_DE,), RULED),
    "plainte-rejetee-fr": ("Le juge a rejeté la plainte de Brightwell l'an dernier.", (MOTION_FR,), DISMISSED),
    "affaire-classee-fr": ("Le juge a classé l'affaire l'an dernier.", (MOTION_FR,), DISMISSED),
    "demanda-desestimada-es": ("El juez desestimó la demanda el año pasado.", (MOTION_ES,), DISMISSED),
    "klage-abgewiesen-de": ("Der Richter wies die Klage im vergangenen Jahr ab.", (MOTION_DE,), DISMISSED),
    "juge-pour-jury-fr": ("Le juge a ordonné à Corvane de verser 120 millions de dollars de dommages et intérêts.",
                          (JURY_FR,), "this sentence gives 'ordonné' to the judge where its cited passages give it to "
                                      "the jury"),
    "juez-por-jurado-es": ("El juez ordenó a Corvane pagar 120 millones de dólares en daños y perjuicios.", (JURY_ES,),
                           "this sentence gives 'ordenó' to the judge where its cited passages give it to the jury"),
    "richter-fuer-geschworene-de": ("Der Richter verurteilte Corvane zur Zahlung von 120 Millionen Dollar "
                                    "Schadenersatz.", (JURY_DE,),
                                    "this sentence gives 'verurteilte' to the judge where its cited passages give it "
                                    "to the jury"),
    "gagne-fr": ("Corvane a gagné son procès.", (LIABLE_FR,), TURNED),
    "gano-es": ("Corvane ganó el juicio.", (LIABLE_ES,), TURNED),
    "gewann-de": ("Corvane gewann den Prozess.", (JURY_DE,), TURNED),
    "perdio-es": ("Brightwell perdió el juicio.", (LIABLE_ES,), TURNED),
    # probed in this round
    "lifted-for-upheld": ("The appeals court lifted the injunction barring Corvane from selling its routers.",
                          (UPHELD,), "this sentence says 'lifted' where its cited passages say 'upheld'"),
    "pleaded-for-found-guilty": ("Corvane pleaded guilty to bribery.", (GUILTY,),
                                 "this sentence tells as a guilty plea ('pleaded guilty') what its cited passages give "
                                 "as a verdict of guilt ('found guilty')"),
    "plaide-coupable-fr": ("Corvane a plaidé coupable de corruption.", ("Corvane a été reconnu coupable de corruption.",),
                           "this sentence tells as a guilty plea"),
    "dropped-for-acquitted": ("The charges against Corvane's chief executive were dropped.", (ACQUITTED,),
                              "this sentence tells as charges dropped"),
    "prosecutors-dropped": ("Prosecutors dropped the fraud charges against Corvane's chief executive.", (ACQUITTED,),
                            "what its cited passages give as an acquittal at trial ('acquitted')"),
    "supreme-for-appeals": ("The Supreme Court overturned the earlier ruling.", (APPEALS_COURT,),
                            "this sentence names the top court ('Supreme Court') where its cited passages name an "
                            "appeals court ('appeals court')"),
    "appeals-for-district": ("An appeals court found Corvane liable.",
                             ("A district court in Delaware found Corvane liable.",),
                             "this sentence names an appeals court"),
    "cour-de-cassation-fr": ("La Cour de cassation a annulé le jugement.", ("La cour d'appel a annulé le jugement.",),
                             "this sentence names the top court"),
    "ruled-against-for-favour": ("The court ruled against Corvane.", (FAVOUR,),
                                 "this sentence says 'ruled against Corvane' " + TURNED),
    "found-liable-for-favour": ("The jury found Corvane liable.", ("The jury ruled in favour of Corvane.",), TURNED),
    "permanent-for-preliminary": ("The judge granted a permanent injunction.",
                                  ("The judge granted a preliminary injunction.",),
                                  "this sentence says 'permanent' where its cited passages say 'preliminary'"),
    # a subject read to its first verb still speaks alone: "The union met on Monday and said" is the union's word
    "judge-for-union": ("The judge said Corvane had copied the source code.",
                        ("The union met on Monday and said Corvane had copied the source code.",),
                        "this sentence gives the words to The judge, but its cited passages give them to The union"),
    "court-for-lawyer": ("The court found that Corvane had copied the source code.",
                         ("The court heard evidence for two weeks, and Brightwell's lawyer argued that Corvane had "
                          "copied the source code.",), RULED),
    "verfahren-eingestellt-de": ("Das Gericht stellte das Verfahren ein.",
                                 ("Das Gericht lehnte den Antrag von Corvane auf Einstellung des Verfahrens ab.",),
                                 DISMISSED),
    "caso-archivado-es": ("El juez archivó el caso.", ("El juez rechazó la petición de Corvane para archivar el caso.",),
                          DISMISSED),
}


@pytest.mark.parametrize("case", MISSTATED)
def test_a_misstated_ruling_is_refused(case: str):
    sentence, passages, expected = MISSTATED[case]
    found = sentence_findings(sentence, passages, _language(case), PARTIES)
    assert any(expected in message for message in found), found


HONEST = {
    "threw-out-bid": ("The judge threw out Corvane's bid to dismiss the case.", (DISMISS,)),
    "tossed-out-motion": ("Judge Okafor tossed out Corvane's motion to dismiss the case.", (DISMISS,)),
    "rejected-kept": ("Judge Okafor rejected Corvane's motion to dismiss the case.", (DISMISS,)),
    "court-found": ("The court found that Corvane had infringed the patents.", (FOUND,)),
    "court-heard-and-found": ("The court heard evidence for two weeks and found that Corvane had infringed the "
                              "patents.", (FOUND,)),
    "said-would-appeal": ("Corvane said it would appeal.", (APPEAL,)),
    "ordered-to-pay-with-a-fine-elsewhere": ("Corvane was ordered to pay $120 million in damages.", (VERDICT, FINE)),
    "the-commissions-fine-beside-damages": ("The European Commission fined Corvane 15 million euros.", (VERDICT, FINE)),
    "fined-no-figure": ("Corvane was fined in June.", (VERDICT, FINE)),
    "entendu-fr": ("Le tribunal a entendu que deux anciens ingénieurs de Brightwell avaient rejoint Corvane en 2021.",
                   (HEARD_FR,)),
    "escucho-es": ("El tribunal escuchó que dos antiguos ingenieros de Brightwell se unieron a Corvane en 2021.",
                   (HEARD_ES,)),
    "hoerte-de": ("Das Gericht hörte, dass zwei frühere Ingenieure von Brightwell 2021 zu Corvane wechselten.",
                  (HEARD_DE,)),
    "juge-et-entendu-fr": ("Le tribunal a jugé que le brevet était valide.",
                           ("Après avoir entendu trois experts, le tribunal a jugé que le brevet était valide.",)),
    "requete-rejetee-fr": ("Le juge a rejeté la requête en irrecevabilité de Corvane l'an dernier.", (MOTION_FR,)),
    "mocion-desestimada-es": ("El juez desestimó la moción de Corvane el año pasado.", (MOTION_ES,)),
    "antrag-abgewiesen-de": ("Der Richter wies den Antrag von Corvane auf Abweisung der Klage ab.", (MOTION_DE,)),
    "klage-abgewiesen-de": ("Das Gericht wies die Klage ab.", ("Das Gericht wies die Klage von Brightwell ab.",)),
    "jury-fr": ("Le jury a ordonné à Corvane de verser 120 millions de dollars de dommages et intérêts.", (JURY_FR,)),
    "jurado-es": ("El jurado ordenó a Corvane pagar 120 millones de dólares en daños y perjuicios.", (JURY_ES,)),
    "geschworene-de": ("Die Geschworenen verurteilten Corvane zur Zahlung von 120 Millionen Dollar Schadenersatz.",
                       (JURY_DE,)),
    "brightwell-gagne-fr": ("Brightwell a gagné son procès.", (LIABLE_FR,)),
    "brightwell-gano-es": ("Brightwell ganó el juicio.", (LIABLE_ES,)),
    "corvane-perdio-es": ("Corvane perdió el juicio.", (LIABLE_ES,)),
    "brightwell-gewann-de": ("Brightwell gewann den Prozess.", (JURY_DE,)),
    "upheld-kept": ("The appeals court kept the injunction in place.", (UPHELD,)),
    "found-guilty-kept": ("Corvane was convicted of bribery.", (GUILTY,)),
    "pleaded-guilty-kept": ("Corvane pleaded guilty to bribery.", ("Corvane pleaded guilty to bribery in 2019.",)),
    "pleaded-and-convicted": ("Corvane pleaded guilty to bribery.",
                              ("Corvane was convicted of bribery after it pleaded guilty.",)),
    "acquitted-kept": ("Corvane's chief executive was found not guilty of fraud.", (ACQUITTED,)),
    "dropped-kept": ("Prosecutors dropped the charges against Corvane's chief executive.",
                     ("Prosecutors dropped the fraud charges against Corvane's chief executive.",)),
    "appeals-court-kept": ("The appeals court overturned the earlier ruling.", (APPEALS_COURT,)),
    "court-of-appeals": ("The appeals court overturned an earlier ruling.",
                         ("In 2024 the US Court of Appeals for the Federal Circuit overturned an earlier ruling.",)),
    "supreme-court-named": ("Corvane said it may take the case to the Supreme Court.",
                            ("An appeals court overturned the ruling, and Corvane said it may take the case to the "
                             "Supreme Court.",)),
    "lower-court": ("The appeals court overturned a lower court's ruling.",
                    ("The appeals court overturned the district court's ruling.",)),
    "ruled-for-kept": ("The court ruled in favour of Corvane.", (FAVOUR,)),
    "ruled-against-brightwell": ("The court ruled against Brightwell.", (FAVOUR,)),
    "found-liable-kept": ("The jury found Corvane liable.", (VERDICT,)),
    "preliminary-kept": ("The judge granted a preliminary injunction.", ("The judge granted a preliminary injunction.",)),
    "interim-for-preliminary": ("The judge granted an interim injunction.",
                                ("The judge granted a preliminary injunction.",)),
    "union-rejected-and-said": ("The union rejected the offer and said it would strike.",
                                ("The union rejected the offer and said it would strike.",)),
    "officials-met-and-said": ("Officials met on Monday and said the talks would resume.",
                               ("Officials met on Monday and said the talks would resume.",)),
    "request-dismissed": ("The judge dismissed Corvane's request.", ("The judge rejected Corvane's request.",)),
    "claims-thrown-out": ("The court threw out Brightwell's claims.", ("The court rejected Brightwell's claims.",)),
    "the-fine-in-euros": ("Corvane was fined €15m.", (VERDICT, FINE)),
    "stellte-fest-de": ("Das Gericht stellte fest, dass Corvane die Patente verletzt hatte.",
                        ("Das Gericht hörte zwei Wochen lang Zeugen und stellte fest, dass Corvane die Patente verletzt "
                         "hatte.",)),
    "concluyo-es": ("El tribunal concluyó que Corvane había infringido las patentes.",
                    ("El tribunal escuchó a los testigos y concluyó que Corvane había infringido las patentes.",)),
    "festival-jury-de": ("Die Jury vergab den Preis an einen Film von Brightwell.",
                         ("Die Richter vergaben den Preis an einen Film von Brightwell.",)),
    "pleaded-not-guilty": ("Corvane pleaded not guilty.",
                           ("Corvane pleaded not guilty and was later found guilty of bribery.",)),
}


@pytest.mark.parametrize("case", HONEST)
def test_an_honest_wording_of_the_ruling_builds(case: str):
    sentence, passages = HONEST[case]
    assert sentence_findings(sentence, passages, _language(case), PARTIES) == []


def _language(case: str) -> str:
    """Return the language of a case, named at the end of its id ("juge-fr"); English where none is."""
    return next((language for language in ("fr", "es", "de") if case.endswith(f"-{language}")), "en")
