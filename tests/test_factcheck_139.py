"""A hundred-and-thirty-ninth fact-check: the merger decision of tests/fixtures/newuser_103 misstated eight ways.

Each misstatement built, citing the passage named: a ban told as a clearance on conditions, and a clearance on
conditions told as one without (explainer/clearances.py); a merged share that "would have" been told as held
(counterfactual_figures.py); an earlier case's fine told as this one's, for another reason, or laid on the other
company (penalty_occasions.py); a power the tribunal "can" use told as used, over the second of two joined verbs
(conjoined_possibilities.py); the commission's powers given to the tribunal (powers_given.py); a cap told as a freeze
(caps_as_freezes.py); a response turned, "opposed" for "welcomed" (opposites.py) and "too long" for "too short"
(turned_excess.py); and the union's 600 at the head offices moved to the stores (figure_places.py). An honest sentence
was refused: "The two companies must cap the prices ..." read "two" as a limit, "cap" a verb (limits.py).

Each sentence is checked in-process against its cited passage, as `check` does; every refusal has an honest twin.
"""

from __future__ import annotations

import pytest

from support import findings_in_language
from test_newuser_103 import (BLOCKED, CAP, CLEARED, FINE, NEXT, RESPONSE, SHARES, UNION, found)

SHOPPERS = "The consumer group Shoppers' Voice welcomed the price cap but said three years was too short."

REFUSED = {
    "ban-as-clearance": ("The commission cleared the combination of the home-delivery businesses on conditions.",
                         BLOCKED, "tells as cleared"),
    "ban-as-approval": ("The commission approved the combination of MarlowDirect and Fennick Express.", BLOCKED,
                        "tells as cleared"),
    "without-conditions": ("The commission cleared the merger without conditions.", CLEARED, "without conditions"),
    "with-no-conditions": ("The £2.4 billion merger was cleared with no conditions.", CLEARED, "without conditions"),
    "would-have-held": ("The merged company holds 35 per cent of the grocery market.", SHARES, "would have been"),
    "would-have-held-past": ("The merged company held 35 per cent of the grocery market.", SHARES,
                             "would have been"),
    "fine-this-case": ("The commission fined Marlow £12.5 million in this case.", FINE, "another case"),
    "fine-this-decision": ("Marlow was fined £12.5 million as part of the decision.", FINE, "another case"),
    "fine-for-merger": ("The commission fined Marlow £12.5 million for the merger.", FINE, "a reason"),
    "fine-for-delivery": ("The commission fined Marlow £12.5 million for combining home-delivery businesses.", FINE,
                          "a reason"),
    "fine-other-company": ("The commission fined Fennick £12.5 million in 2023.", FINE, "names Fennick"),
    "power-used": ("The tribunal sent the decision back to the commission.", RESPONSE, "tells as done"),
    "power-used-has": ("The tribunal has sent the decision back.", RESPONSE, "tells as done"),
    "power-given": ("The tribunal can block or clear a merger.", NEXT, "to the tribunal"),
    "power-given-may": ("The tribunal may impose conditions.", NEXT, "to the tribunal"),
    "freeze": ("The prices of the 300 products are frozen for three years.", CAP, "frozen"),
    "freeze-verb": ("The two companies must freeze the prices of 300 everyday products.", CLEARED, "frozen"),
    "opposed": ("Shoppers' Voice opposed the price cap.", SHOPPERS, "'opposed'"),
    "too-long": ("Shoppers' Voice said three years was too long.", SHOPPERS, "too long"),
    "place-moved": ("The union said 600 jobs could be lost at the stores.", UNION, "at the stores"),
}

BUILT = {
    "ban-kept": ("The commission blocked the combination of the home-delivery businesses.", BLOCKED),
    "ban-negated": ("The commission did not clear the combination of the home-delivery businesses.", BLOCKED),
    "conditions-kept": ("The commission cleared the merger on conditions.", CLEARED),
    "conditions-named": ("The commission cleared the merger on condition that the companies sell 48 supermarkets.",
                         CLEARED),
    "would-have-kept": ("The merged company would have held 35 per cent of the grocery market.", SHARES),
    "held-kept": ("Marlow holds 21 per cent of the grocery market.", SHARES),
    "fine-kept": ("In 2023 the commission fined Marlow £12.5 million.", FINE),
    "fine-reason-kept": ("The commission fined Marlow £12.5 million for buying 14 convenience stores.", FINE),
    "fine-reason-paraphrased": ("Marlow was fined £12.5 million for buying convenience stores without telling the "
                                "commission.", FINE),
    "power-kept": ("The tribunal can send the decision back to the commission.", RESPONSE),
    "power-kept-quash": ("The tribunal can quash the commission's decision or send it back.", RESPONSE),
    "holder-kept": ("The commission can block or clear a merger.", NEXT),
    "holder-kept-challenge": ("The companies may challenge the decision before the tribunal.", NEXT),
    "cap-kept": ("The prices of the 300 products are capped for three years.", CAP),
    "cap-rise": ("Prices of the 300 products may rise no faster than the consumer price index.", CAP),
    "welcomed-kept": ("Shoppers' Voice welcomed the price cap.", SHOPPERS),
    "too-short-kept": ("Shoppers' Voice said three years was too short.", SHOPPERS),
    "place-kept": ("The union said 600 jobs could be lost at the head offices.", UNION),
    "place-whole": ("The union said up to 2,500 jobs could be lost across the merged company.", UNION),
    # a count of the parties before "cap" the verb is no limit (limits.py)
    "two-companies-cap": ("The two companies must cap the prices of 300 everyday products for three years.", CLEARED),
    "two-companies-limit": ("The two companies will limit price rises on 300 everyday products.", CLEARED),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_the_misstatements_are_refused(name: str):
    sentence, passage, expected = REFUSED[name]
    findings = found(sentence, passage)
    assert any(expected in finding for finding in findings), findings


@pytest.mark.parametrize("name", sorted(BUILT))
def test_the_honest_twins_build(name: str):
    sentence, passage = BUILT[name]
    assert found(sentence, passage) == []


@pytest.mark.parametrize("language, sentence, passage, expected", [
    ("fr", "La commission a autorisé la fusion sans conditions.",
     "La commission a autorisé la fusion sous conditions.", "without conditions"),
    ("es", "La comisión autorizó la fusión sin condiciones.",
     "La comisión autorizó la fusión con condiciones.", "without conditions"),
    ("de", "Die Kommission hat die Fusion ohne Auflagen genehmigt.",
     "Die Kommission hat die Fusion unter Auflagen genehmigt.", "without conditions"),
    ("fr", "La commission a autorisé la fusion des services de livraison.",
     "La commission a interdit la fusion des services de livraison.", "tells as cleared"),
    ("es", "El grupo dijo que tres años era demasiado largo.",
     "El grupo dijo que tres años era demasiado corto.", "too largo"),
    ("de", "Die Gruppe sagte, drei Jahre seien zu lang.", "Die Gruppe sagte, drei Jahre seien zu kurz.", "too lang"),
    ("fr", "Les prix des 300 produits sont gelés pendant trois ans.",
     "Les prix des 300 produits sont plafonnés pendant trois ans.", "frozen"),
    ("es", "La empresa fusionada tiene el 35 por ciento del mercado.",
     "La empresa fusionada habría tenido el 35 por ciento del mercado.", "would have been"),
    ("de", "Das fusionierte Unternehmen hält 35 Prozent des Marktes.",
     "Das fusionierte Unternehmen hätte 35 Prozent des Marktes gehalten.", "would have been"),
])
def test_the_same_misstatements_in_french_spanish_and_german(language: str, sentence: str, passage: str,
                                                              expected: str):
    assert any(expected in finding for finding in findings_in_language(language, sentence, passage))


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "La commission a autorisé la fusion sous conditions.", "La commission a autorisé la fusion sous conditions."),
    ("es", "El grupo dijo que tres años era demasiado corto.", "El grupo dijo que tres años era demasiado corto."),
    ("de", "Die Preise der 300 Produkte werden drei Jahre lang gedeckelt.",
     "Die Preise der 300 Grundprodukte werden für drei Jahre gedeckelt."),
    ("es", "La empresa fusionada habría tenido el 35 por ciento del mercado.",
     "La empresa fusionada habría tenido el 35 por ciento del mercado."),
])
def test_their_honest_twins_build_in_french_spanish_and_german(language: str, sentence: str, passage: str):
    assert findings_in_language(language, sentence, passage) == []
