"""A hundred-and-forty-fourth fact-check: the merger decision of tests/fixtures/newuser_103 misstated three ways, and
two honest sentences refused.

Each misstatement built, citing the passage named: a completion the source bars until a buyer is approved told as
done, and stores the companies must sell told as sold (possible_done.py: "may not complete until", "must be sold";
a passage's "None of the stores has yet been sold" no longer backs "have been sold"); the union's 600 at the head
offices moved "in the stores" (figure_places.py read only "at the"). Two honest sentences were refused: the sum of
Marlow's 21 per cent and Fennick's 14 per cent, held together, read as the "would have held" 35 per cent, while
"38 per cent", 21 and another's 17, built (named_sums.py); and "fined BP" of "British Petroleum was fined", the
initials read as a name the passage does not write (initials.py).

Each sentence is checked in-process against its cited passage, as `check` does; every refusal has an honest twin.
"""

from __future__ import annotations

import pytest

from support import findings_in_language
from test_newuser_103 import CONDITIONS, SHARES, STAFF, UNION, found

SIX = ("Under the conditions, the 48 stores must be sold within six months of the merger completing, to one or more "
       "buyers the commission approves.")
OFFER = "The offer cannot be accepted until the shareholders have voted on it."
PLANT = "The plant will not reopen until repairs are finished."
PAY_GAP = "Companies with more than 250 staff have to publish their pay gap."
REPORT = "The report shall be laid before Parliament within three months."
FINED = "In 2019 British Petroleum was fined £4 million by the regulator for misreporting its emissions."
RBS = "In 2022 the Financial Conduct Authority fined the Royal Bank of Scotland £2 million for late filings."

REFUSED = {
    # a completion barred until a condition is met, told as done
    "completed-perfect": ("The merger has completed.", CONDITIONS, "on a condition not yet met"),
    "completed-passive": ("The merger was completed.", CONDITIONS, "on a condition not yet met"),
    "complete-state": ("The merger is complete.", CONDITIONS, "'is complete'"),
    "complete-now": ("The merger is now complete.", CONDITIONS, "on a condition not yet met"),
    "completed-past": ("The merger completed once a buyer for the first 20 stores was approved.", CONDITIONS,
                       "'may not complete until'"),
    "accepted-cannot": ("The offer has been accepted.", OFFER, "'cannot be accepted until'"),
    "reopened-will-not": ("The plant has reopened.", PLANT, "'will not reopen until'"),
    # an obligation told as done
    "sold-perfect": ("The 48 stores have been sold to buyers the commission approved.", SIX, "as required"),
    "sold-passive": ("The 48 stores were sold within six months.", SIX, "'must be sold'"),
    "sold-active": ("The companies sold the 48 stores to buyers the commission approved.", SIX, "as required"),
    "sold-beside-none-sold": ("The 48 stores have been sold to buyers the commission approved.", CONDITIONS,
                              "as required"),
    "kept-must": ("The buyers kept their staff on the same terms.", STAFF, "'must keep'"),
    "published-have-to": ("Companies with more than 250 staff published their pay gap.", PAY_GAP, "'have to publish'"),
    "laid-shall": ("The report was laid before Parliament within three months.", REPORT, "'shall be laid'"),
    # a wrong sum of named holders' figures (21 + 17, not 21 + 14)
    "sum-wrong": ("Together Marlow and Fennick hold 38 per cent of the market.", SHARES, "which make 35"),
    "sum-wrong-combined": ("Marlow and Fennick have a combined 38 per cent of the grocery market.", SHARES,
                           "which make 35"),
    "sum-wrong-between": ("Between them Orchard and Bexley hold 45 per cent.", SHARES, "which make 41"),
    # the merged company's share still "would have been"
    "merged-holds": ("The merged company holds 35 per cent of the grocery market.", SHARES, "would have been"),
    # initials of no name the passage writes
    "initials-other": ("The regulator fined BT.", FINED, "names BT as fined"),
    "initials-other-joined": ("The regulator fined RBA £2 million.", RBS, "names RBA as fined"),
    # the union's figure moved to another place, "in" as "at"
    "place-in": ("600 jobs could be lost in the stores.", UNION, "at the stores"),
    "place-in-said": ("The union said 600 jobs could be lost in the stores.", UNION, "at the stores"),
    "place-within": ("600 jobs could go within the stores.", UNION, "at the stores"),
}

BUILT = {
    "complete-barred": ("The merger may not complete until a buyer for the first 20 stores has been approved.",
                        CONDITIONS),
    "complete-cannot": ("The merger cannot complete until a buyer for the first 20 stores is approved.", CONDITIONS),
    "complete-not": ("The merger has not completed.", CONDITIONS),
    "accepted-not-yet": ("The offer has not yet been accepted.", OFFER),
    "accepted-before": ("The offer cannot be accepted before the vote.", OFFER),
    "sold-must": ("The 48 stores must be sold within six months of the merger completing.", SIX),
    "sold-to-be": ("The 48 stores are to be sold within six months.", SIX),
    "sold-have-to": ("The 48 stores have to be sold within six months.", SIX),
    "sold-required": ("The companies are required to sell the 48 stores.", SIX),
    "sold-future": ("The 48 stores will be sold to buyers the commission approves.", SIX),
    "sold-none": ("None of the 48 stores has been sold yet.", CONDITIONS),
    "sold-not": ("The 48 stores have not been sold.", CONDITIONS),
    "kept-must": ("The buyers must keep their staff on the same terms for at least 12 months.", STAFF),
    "published-must": ("Companies with more than 250 staff must publish their pay gap.", PAY_GAP),
    "sum-together": ("Together Marlow and Fennick hold 35 per cent of the market.", SHARES),
    "sum-together-after": ("Marlow and Fennick together hold 35 per cent of the grocery market.", SHARES),
    "sum-combined": ("Marlow and Fennick have a combined 35 per cent of the market.", SHARES),
    "sum-between": ("Between them Orchard and Bexley hold 41 per cent.", SHARES),
    "sum-would-have": ("Together Marlow and Fennick would have held 35 per cent.", SHARES),
    "initials": ("The regulator fined BP.", FINED),
    "initials-possessive": ("The regulator fined BP's trading arm.", FINED),
    "initials-spelled": ("The regulator fined British Petroleum.", FINED),
    "initials-joined": ("The regulator fined RBS £2 million for late filings.", RBS),
    "place-at": ("600 jobs could be lost at the head offices.", UNION),
    "place-in-kept": ("600 jobs could be lost in the head offices.", UNION),
    "place-whole-in": ("Up to 2,500 jobs could be lost in the merged company.", UNION),
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
    ("fr", "Le syndicat dit que 600 emplois pourraient disparaître dans les magasins.",
     "Le syndicat dit que 2 500 emplois pourraient disparaître, dont 600 aux sièges sociaux, et craint pour les "
     "magasins.", "at the magasins"),
    ("fr", "Ensemble, Marlow et Fennick détiennent 38 % du marché.",
     "Marlow détient 21 % du marché et Fennick 14 %. Bexley détient 17 %.", "which make 35"),
    ("es", "Juntos, Marlow y Fennick tienen el 38 por ciento del mercado.",
     "Marlow tiene el 21 por ciento del mercado y Fennick el 14 por ciento. Bexley tiene el 17 por ciento.",
     "which make 35"),
    ("de", "Zusammen halten Marlow und Fennick 38 Prozent des Marktes.",
     "Marlow hält 21 Prozent des Marktes und Fennick 14 Prozent. Bexley hält 17 Prozent.", "which make 35"),
])
def test_the_same_misstatements_in_french_spanish_and_german(language: str, sentence: str, passage: str,
                                                              expected: str):
    findings = findings_in_language(language, sentence, passage)
    assert any(expected in finding for finding in findings), findings


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "Le syndicat dit que 600 emplois pourraient disparaître dans les sièges sociaux.",
     "Le syndicat dit que 2 500 emplois pourraient disparaître, dont 600 aux sièges sociaux, et craint pour les "
     "magasins."),
    ("fr", "Marlow et Fennick détiennent au total 35 % du marché.",
     "Marlow détient 21 % du marché et Fennick 14 %. Bexley détient 17 %."),
    ("es", "Juntos, Marlow y Fennick tienen el 35 por ciento del mercado.",
     "Marlow tiene el 21 por ciento del mercado y Fennick el 14 por ciento. Bexley tiene el 17 por ciento."),
    ("de", "Zusammen halten Marlow und Fennick 35 Prozent des Marktes.",
     "Marlow hält 21 Prozent des Marktes und Fennick 14 Prozent. Bexley hält 17 Prozent."),
])
def test_their_honest_twins_build_in_french_spanish_and_german(language: str, sentence: str, passage: str):
    assert findings_in_language(language, sentence, passage) == []
