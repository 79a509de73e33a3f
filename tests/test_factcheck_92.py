"""A ninety-second fact-check: a company's step told as further along than its source gives, beyond English, and the
honest "not yet" that must build.

What built and is now refused, each beside honest rewordings that build:
- a company put up for sale, with a buyer among the bidders, told as bought: "Brightwell bought Corvane" citing
  "Corvane's owners have put the company up for sale and Brightwell is among the bidders" (business_steps.py read
  "was taken over" and "completed its takeover", not the active "bought" or "acquired");
- a deal subject to approval told as approved: "Regulators approved the deal" citing "The deal is subject to
  regulatory approval" (business_steps.py's "subject to approval");
- the same in French, Spanish and German, which business_steps.py did not read: "Brightwell a racheté Corvane" citing
  "a mis l'entreprise en vente", "Corvane ha vendido la unidad" citing "estudia vender la unidad", "Brightwell hat
  Corvane übernommen" citing "steht zum Verkauf", a merger planned told as done, a listing planned told as made, an
  approval awaited told as given (explainer/open_steps.py).
Honest, refused before: a "not yet" of the step the passage leaves open ("Corvane and Brightwell have not yet merged"
citing "plan to merge", "Die Sparte ist noch nicht verkauft" citing "prüft einen Verkauf der Sparte", "El acuerdo aún
no ha sido aprobado" citing "está sujeto a la aprobación") was read as a negation added (polarity.py); a "not yet" of
the open step itself ("has not yet explored a sale" citing "is exploring a sale") is still refused, and so, now, is a
French "pas encore" of a step the passage tells done ("n'a pas encore vendu" citing "a vendu": polarity.py read
"encore" as what the negation denies).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="corvane", name="Corvane Technologies", short_name="Corvane", role="defendant"),
           Party(id="brightwell", name="Brightwell Software", short_name="Brightwell", role="plaintiff"))

SALE = "Corvane's owners have put the company up for sale and Brightwell is among the bidders."
EXPLORING = "Corvane is exploring a sale of the unit."
PLAN_MERGE = "Corvane and Brightwell plan to merge."
PLAN_LIST = "Corvane plans to list its shares in New York."
SUBJECT_TO = "The deal is subject to regulatory approval."
SALE_FR = "Les propriétaires de Corvane ont mis l'entreprise en vente et Brightwell fait partie des candidats."
EXPLORING_FR = "Corvane envisage de vendre l'unité."
MERGE_FR = "Corvane et Brightwell envisagent de fusionner."
LIST_FR = "Corvane prévoit de s'introduire en Bourse."
SUBJECT_TO_FR = "L'accord est soumis à l'approbation des autorités."
SALE_ES = "Los propietarios de Corvane han puesto la empresa a la venta y Brightwell está entre los postores."
EXPLORING_ES = "Corvane estudia vender la unidad."
MERGE_ES = "Corvane y Brightwell planean fusionarse."
LIST_ES = "Corvane planea salir a bolsa."
SUBJECT_TO_ES = "El acuerdo está sujeto a la aprobación de los reguladores."
SALE_DE = "Corvane steht zum Verkauf, und Brightwell gehört zu den Bietern."
EXPLORING_DE = "Corvane prüft einen Verkauf der Sparte."
MERGE_DE = "Corvane und Brightwell planen eine Fusion."
LIST_DE = "Corvane plant einen Börsengang."
SUBJECT_TO_DE = "Die Übernahme steht unter dem Vorbehalt der behördlichen Genehmigung."

OFFERED = "what its cited passages give only as a sale offered, planned, explored or bid for"
ANNOUNCED = "what its cited passages give only as announced, planned or explored"
APPROVAL = "what its cited passages give only as subject to approval"

MISSTATED = {
    "bought-for-up-for-sale": ("en", "Brightwell bought Corvane.", (SALE,),
                               f"this sentence tells as an outcome ('bought') {ANNOUNCED} ('put the company up for "
                               "sale')"),
    "acquired-for-up-for-sale": ("en", "Brightwell acquired Corvane.", (SALE,),
                                 f"this sentence tells as an outcome ('acquired') {ANNOUNCED}"),
    "taken-over-for-up-for-sale": ("en", "Corvane was taken over by Brightwell.", (SALE,),
                                   f"this sentence tells as an outcome ('was taken over') {ANNOUNCED}"),
    "completed-takeover-for-up-for-sale": ("en", "Brightwell completed its takeover of Corvane.", (SALE,),
                                           f"this sentence tells as an outcome ('completed its takeover') {ANNOUNCED}"),
    "sold-for-exploring": ("en", "Corvane has sold the unit.", (EXPLORING,),
                           f"this sentence tells as an outcome ('sold') {ANNOUNCED} ('exploring a sale')"),
    # a plan told as done is named by possible_done.py, before this check
    "merged-for-plan": ("en", "Corvane and Brightwell have merged.", (PLAN_MERGE,),
                        "this sentence tells as done ('merged') what its cited passages give only as possible ('plan "
                        "to merge')"),
    "listed-for-plans-to-list": ("en", "Corvane listed its shares in New York.", (PLAN_LIST,),
                                 "this sentence tells as done ('listed') what its cited passages give only as "
                                 "possible"),
    "approved-for-subject-to": ("en", "Regulators approved the deal.", (SUBJECT_TO,),
                                f"this sentence tells as an outcome ('approved') {APPROVAL} ('subject to regulatory "
                                "approval')"),
    "approved-by-for-subject-to": ("en", "The deal was approved by regulators.", (SUBJECT_TO,),
                                   f"this sentence tells as an outcome ('approved') {APPROVAL}"),
    "cleared-for-pending": ("en", "Regulators cleared the merger.", ("The merger is pending antitrust clearance.",),
                            f"this sentence tells as an outcome ('cleared') {APPROVAL} ('pending antitrust "
                            "clearance')"),
    "racheté-for-en-vente": ("fr", "Brightwell a racheté Corvane.", (SALE_FR,),
                             f"this sentence tells as an outcome ('a racheté') {OFFERED} ('mis l'entreprise en "
                             "vente')"),
    "été-racheté-for-en-vente": ("fr", "Corvane a été racheté par Brightwell.", (SALE_FR,),
                                 f"this sentence tells as an outcome ('a été racheté') {OFFERED}"),
    "vendu-for-envisage": ("fr", "Corvane a vendu l'unité.", (EXPLORING_FR,),
                           f"this sentence tells as an outcome ('a vendu') {OFFERED} ('envisage de vendre')"),
    "fusionné-for-envisagent": ("fr", "Corvane a fusionné avec Brightwell.", (MERGE_FR,),
                                f"this sentence tells as an outcome ('a fusionné') {OFFERED}"),
    "entrée-en-bourse-for-prévoit": ("fr", "Corvane a fait son entrée en Bourse.", (LIST_FR,),
                                     f"this sentence tells as an outcome ('a fait son entrée en Bourse') {OFFERED}"),
    "contrôle-for-offre": ("fr", "Brightwell a pris le contrôle de Corvane.",
                           ("Brightwell a déposé une offre pour Corvane.",),
                           f"this sentence tells as an outcome ('a pris le contrôle') {OFFERED} ('a déposé une "
                           "offre')"),
    "approuvé-for-soumis": ("fr", "Les autorités ont approuvé l'accord.", (SUBJECT_TO_FR,),
                            f"this sentence tells as an outcome ('ont approuvé') {APPROVAL} ('soumis à "
                            "l'approbation')"),
    "feu-vert-for-soumise": ("fr", "Les autorités ont donné leur feu vert à la fusion.",
                             ("La fusion est soumise au feu vert des autorités.",),
                             f"this sentence tells as an outcome ('ont donné leur feu vert') {APPROVAL}"),
    "comprado-for-a-la-venta": ("es", "Brightwell ha comprado Corvane.", (SALE_ES,),
                                f"this sentence tells as an outcome ('ha comprado') {OFFERED} ('puesto la empresa a "
                                "la venta')"),
    "comprada-por-for-a-la-venta": ("es", "Corvane fue comprada por Brightwell.", (SALE_ES,),
                                    f"this sentence tells as an outcome ('fue comprada') {OFFERED}"),
    "vendido-for-estudia": ("es", "Corvane ha vendido la unidad.", (EXPLORING_ES,),
                            f"this sentence tells as an outcome ('ha vendido') {OFFERED} ('estudia vender')"),
    "fusionó-for-planean": ("es", "Corvane se fusionó con Brightwell.", (MERGE_ES,),
                            f"this sentence tells as an outcome ('se fusionó') {OFFERED}"),
    "salió-a-bolsa-for-planea": ("es", "Corvane salió a bolsa.", (LIST_ES,),
                                 f"this sentence tells as an outcome ('salió a bolsa') {OFFERED}"),
    "adquirió-for-oferta": ("es", "Brightwell adquirió Corvane.",
                            ("Brightwell ha presentado una oferta por Corvane.",),
                            f"this sentence tells as an outcome ('adquirió') {OFFERED}"),
    "aprobaron-for-sujeto": ("es", "Los reguladores aprobaron el acuerdo.", (SUBJECT_TO_ES,),
                             f"this sentence tells as an outcome ('aprobaron') {APPROVAL} ('sujeto a la "
                             "aprobación')"),
    "übernommen-for-zum-verkauf": ("de", "Brightwell hat Corvane übernommen.", (SALE_DE,),
                                   f"this sentence tells as an outcome ('übernommen') {OFFERED} ('steht zum "
                                   "Verkauf')"),
    "wurde-übernommen-for-zum-verkauf": ("de", "Corvane wurde von Brightwell übernommen.", (SALE_DE,),
                                         f"this sentence tells as an outcome ('übernommen') {OFFERED}"),
    "verkauft-for-prüft": ("de", "Corvane hat die Sparte verkauft.", (EXPLORING_DE,),
                           f"this sentence tells as an outcome ('verkauft') {OFFERED} ('prüft einen Verkauf')"),
    "fusioniert-for-planen": ("de", "Corvane hat mit Brightwell fusioniert.", (MERGE_DE,),
                              f"this sentence tells as an outcome ('fusioniert') {OFFERED}"),
    "börse-for-börsengang": ("de", "Corvane ist an die Börse gegangen.", (LIST_DE,),
                             f"this sentence tells as an outcome ('an die Börse gegangen') {OFFERED}"),
    "gekauft-for-angebot": ("de", "Brightwell hat Corvane gekauft.",
                            ("Brightwell hat ein Übernahmeangebot für Corvane vorgelegt.",),
                            f"this sentence tells as an outcome ('gekauft') {OFFERED} ('Übernahmeangebot')"),
    "genehmigt-for-vorbehalt": ("de", "Die Behörden haben die Übernahme genehmigt.", (SUBJECT_TO_DE,),
                                f"this sentence tells as an outcome ('genehmigt') {APPROVAL} ('unter dem "
                                "Vorbehalt')"),
}


@pytest.mark.parametrize("language, sentence, passages, expected", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_step_told_as_further_along_is_refused(language: str, sentence: str, passages: tuple[str, ...],
                                                 expected: str):
    found = sentence_findings(sentence, passages, language, PARTIES)
    assert any(message.startswith(expected) for message in found), found


NEGATION_ADDED = {
    # the "not yet" of the open step itself, or of a step the passage tells done
    "not-yet-explored": ("en", "Corvane has not yet explored a sale of the unit.", (EXPLORING,)),
    "not-yet-agreed": ("en", "Corvane has not yet agreed to sell the unit.", ("Corvane agreed to sell the unit.",)),
    "noch-nicht-verkauft-for-verkauft": ("de", "Corvane hat die Sparte noch nicht verkauft.",
                                         ("Corvane hat die Sparte verkauft.",)),
    "todavía-no-for-vendido": ("es", "Corvane todavía no ha vendido la unidad.", ("Corvane ha vendido la unidad.",)),
    # "encore" of "pas encore" was read as what the negation denies: any French "not yet" built
    "pas-encore-for-a-vendu": ("fr", "Corvane n'a pas encore vendu l'unité.", ("Corvane a vendu l'unité.",)),
    "pas-encore-for-a-signé": ("fr", "Le gouvernement n'a pas encore signé l'accord.",
                               ("Le gouvernement a signé l'accord mardi.",)),
}


@pytest.mark.parametrize("language, sentence, passages", NEGATION_ADDED.values(), ids=NEGATION_ADDED.keys())
def test_a_not_yet_the_source_does_not_leave_open_is_refused(language: str, sentence: str, passages: tuple[str, ...]):
    found = sentence_findings(sentence, passages, language, PARTIES)
    assert any(message.startswith("this sentence adds a negation to its cited passage") for message in found), found


HONEST = {
    "among-the-bidders": ("en", "Brightwell is among the bidders for Corvane.", (SALE,)),
    "put-up-for-sale": ("en", "Corvane's owners have put the company up for sale.", (SALE,)),
    "not-yet-been-sold": ("en", "Corvane has not yet been sold.", (EXPLORING,)),
    "not-yet-sold-the-unit": ("en", "Corvane has not yet sold the unit.", (EXPLORING,)),
    "yet-to-sell": ("en", "Corvane has yet to sell the unit.", (EXPLORING,)),
    "not-yet-merged": ("en", "Corvane and Brightwell have not yet merged.", (PLAN_MERGE,)),
    "not-yet-listed": ("en", "Corvane has not yet listed its shares.", (PLAN_LIST,)),
    "not-yet-approved": ("en", "The deal has not yet been approved.", (SUBJECT_TO,)),
    "still-needs-approval": ("en", "The deal still needs regulatory approval.", (SUBJECT_TO,)),
    "approved-told-too": ("en", "Regulators approved the deal.",
                          (SUBJECT_TO, "Regulators approved the deal on Friday.")),
    "bought-years-ago": ("en", "Brightwell bought Corvane in 2021.",
                         ("Brightwell, which bought Corvane in 2021, is exploring a sale of the unit.",)),
    "candidats": ("fr", "Brightwell fait partie des candidats au rachat de Corvane.", (SALE_FR,)),
    "pas-encore-vendu": ("fr", "Corvane n'a pas encore vendu l'unité.", (EXPLORING_FR,)),
    "étudie-la-vente": ("fr", "Corvane étudie la vente de l'unité.", (EXPLORING_FR,)),
    "pas-encore-fusionné": ("fr", "Corvane et Brightwell n'ont pas encore fusionné.", (MERGE_FR,)),
    "pas-encore-en-bourse": ("fr", "Corvane n'est pas encore entrée en Bourse.", (LIST_FR,)),
    "pas-encore-approuvé": ("fr", "L'accord n'a pas encore été approuvé.", (SUBJECT_TO_FR,)),
    "pas-encore-signé-for-doit-encore": ("fr", "Le gouvernement n'a pas encore signé l'accord.",
                                         ("Le gouvernement doit encore signer l'accord.",)),
    "racheté-en-2021": ("fr", "Brightwell a racheté Corvane en 2021.",
                        ("Brightwell, qui a racheté Corvane en 2021, envisage de vendre l'unité.",)),
    "postores": ("es", "Brightwell está entre los postores por Corvane.", (SALE_ES,)),
    "todavía-no-vendido": ("es", "Corvane todavía no ha vendido la unidad.", (EXPLORING_ES,)),
    "aún-no-vendido": ("es", "Corvane aún no ha vendido la unidad.", (EXPLORING_ES,)),
    "podría-vender": ("es", "Corvane podría vender la unidad.", (EXPLORING_ES,)),
    "todavía-no-fusionado": ("es", "Corvane y Brightwell todavía no se han fusionado.", (MERGE_ES,)),
    "aún-no-aprobado": ("es", "El acuerdo aún no ha sido aprobado.", (SUBJECT_TO_ES,)),
    "pendiente-same-words": ("es", "La fusión está pendiente de la aprobación de los reguladores.",
                             ("La fusión está pendiente de la aprobación de los reguladores.",)),
    "bietern": ("de", "Brightwell gehört zu den Bietern für Corvane.", (SALE_DE,)),
    "noch-nicht-verkauft": ("de", "Corvane hat die Sparte noch nicht verkauft.", (EXPLORING_DE,)),
    "ist-noch-nicht-verkauft": ("de", "Die Sparte ist noch nicht verkauft.", (EXPLORING_DE,)),
    "prüft-den-verkauf": ("de", "Corvane prüft den Verkauf der Sparte.", (EXPLORING_DE,)),
    "noch-nicht-an-der-börse": ("de", "Corvane ist noch nicht an die Börse gegangen.", (LIST_DE,)),
    "noch-nicht-genehmigt": ("de", "Die Übernahme ist noch nicht genehmigt.", (SUBJECT_TO_DE,)),
    "soll-verkauft-werden": ("de", "Corvane soll an Brightwell verkauft werden.", (SALE_DE,)),
}


@pytest.mark.parametrize("language, sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_a_step_kept_where_the_source_leaves_it_builds(language: str, sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, language, PARTIES) == []
