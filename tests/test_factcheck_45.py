"""A forty-fifth fact-check: misstatements the new user's lawsuit briefing of round 35 still built
(tests/test_newuser_35.py), each with one more of the same shape on another topic, and honest wordings of each that
must still build.

- A sum claimed told as awarded: "The court awarded the city $41.2 million for a new treatment plant" citing "That sum
  comprised $41.2 million for a new treatment plant, ...", whose sentence before in the order says "The plaintiffs
  claimed damages of $64.5 million" (explainer/sum_acts.py reads what was done with each amount: claimed or sought,
  awarded or granted; a sum broken down takes the act of the sum before it, read in the source's paragraph).
- A total told as one party's: "The court awarded the city $19.2 million" citing "The Court awards the Association
  $1.3 million ... The total award is therefore $19.2 million" (explainer/total_shares.py: a sum given to one party,
  named as the act's object, its subject or after "to", where the passages give it as a total).
- A case told as won in full that the passages do not grant whole (explainer/partial_outcomes.py): on a finding of
  liability alone ("won its lawsuit against Corvane in full" citing "the Court finds Corvane liable"), beside relief
  declined ("declines to award the cost of a new treatment plant") or a claim left undecided ("does not decide the
  plaintiffs' claim ... severed"), or where the sum awarded is smaller than the sum claimed.

Each sentence is checked in-process against its cited passage, as `check` does, with the source's paragraph around
the passage where the case gives one.
"""

from __future__ import annotations

import pytest


PARTS = ("That sum comprised $41.2 million for a new treatment plant, $15.8 million for replacement wells and pipework, "
         "and $7.5 million for the costs of the Association's members")
DAMAGES = ("4. The plaintiffs claimed damages of $64.5 million. " + PARTS + ", including bottled water and household "
           "filters.")
BUSES = "That sum comprised $8 million for new buses and $4 million for roof repairs."
BUDGET = ("The school board requested $12 million from the state for the coming year. " + BUSES + " The state granted "
          "$6 million.")
GRANTED = "The state granted $6 million."
AWARD = ("The Court awards the Association $1.3 million for its members' documented costs. The total award is "
         "therefore $19.2 million.")
CLAIMED = "The plaintiffs claimed damages of $64.5 million."
TOTAL = AWARD + " Claims for a further $6.2 million of members' costs were not supported by receipts and are dismissed."
SCHOOLS = "The ministry granted the three schools a total of €900,000 for new laboratories."
FARMS = "The insurer paid the two farms $2.4 million in total after the floods."
LIABLE = ("Having considered the evidence and the parties' written submissions, the Court finds Corvane liable in nuisance "
          "and in negligence for the contamination of the Elm Creek wellfield.")
DAMP = "The tribunal found the landlord liable for the damp in all 40 flats."
PLANT = ("The Court awards the City $17.9 million, being the reasonable cost of granular activated carbon treatment at "
         "the six affected wells over 20 years. The Court declines to award the cost of a new treatment plant, which the "
         "evidence showed would also treat contamination from other sources.")
SEVERED = ("The Court does not decide the plaintiffs' claim for the medical monitoring of residents. That claim is severed "
           "and will be heard separately.")
REQUESTED = "The school board requested $12 million from the state. The state granted $6 million."
ASKED = "The plaintiffs asked the court to award them $64.5 million."
WAGES = "The union demanded that the company pay $5 million in back wages."


def _parties() -> tuple:
    """Return the lawsuit briefing's parties."""
    from explainer.model import Party

    return (Party(id="corvane", name="Corvane Chemicals, Inc.", short_name="Corvane", role="defendant"),
            Party(id="city", name="City of Bransford", short_name="The city", role="plaintiff"),
            Party(id="association", name="Elm Creek Residents' Association", short_name="The association",
                  role="plaintiff"),
            Party(id="court", name="Superior Court of Halloran County", short_name="The court", role="court"))


PARTIES = _parties()


def findings(sentence: str, passage: str, paragraph: str = "") -> list[str]:
    """Return what the build's sentence checks say of one sentence of the lawsuit briefing citing one passage, read
    in the source's `paragraph` around it ("" where not known), as test_factcheck_43.findings does."""
    from explainer.attribution import Cited, check_prose
    from explainer.checked import Passages
    from explainer.cite import _reworded
    from explainer.owners import party_words

    cited = [Cited(passage, "en", "", paragraph)]
    words = tuple((party.id, party_words(party, "en")) for party in PARTIES)
    found = (check_prose(sentence + "[^k]", lambda key: cited, "en", 2)
             + _reworded(sentence, Passages(cited), 0, "en", Passages(), words))
    return [finding.message for finding in found]


CLAIMED_AS_AWARDED = "this sentence gives $41.2 million as awarded ('awarded') where its cited passages give it as claimed"
MISSTATED = {
    "awarded-the-city-a-claimed-sum": ("The court awarded the city $41.2 million for a new treatment plant.", PARTS,
                                       DAMAGES, CLAIMED_AS_AWARDED + " ('claimed')"),
    "awarded-with-the-claim-cited": ("The court awarded the city $41.2 million for a new treatment plant.",
                                     CLAIMED + " " + PARTS + ".", "", CLAIMED_AS_AWARDED),
    "association-awarded-a-claimed-sum": ("The association was awarded $7.5 million for its members' costs.", PARTS,
                                          DAMAGES, "this sentence gives $7.5 million as awarded ('awarded') where its "
                                                   "cited passages give it as claimed ('claimed')"),
    "granted-a-requested-sum": ("The state granted the board $8 million for new buses.", BUSES, BUDGET,
                                "this sentence gives $8 million as awarded ('granted') where its cited passages give "
                                "it as claimed ('requested')"),
    "sought-an-awarded-sum": ("The plaintiffs sought $19.2 million.", AWARD, "",
                              "this sentence gives $19.2 million as claimed ('sought') where its cited passages give it "
                              "as awarded ('award')"),
    "awarded-what-was-asked-for": ("The court awarded the plaintiffs $64.5 million.", ASKED, "",
                                   "this sentence gives $64.5 million as awarded ('awarded') where its cited passages "
                                   "give it as claimed ('asked')"),
    "paid-what-was-demanded": ("The company paid the union $5 million in back wages.", WAGES, "",
                               "this sentence gives $5 million as awarded ('paid') where its cited passages give it as "
                               "claimed ('demanded')"),
    # a total told as one party's
    "city-awarded-the-total": ("The court awarded the city $19.2 million.", AWARD, TOTAL,
                               "this sentence gives $19.2 million to the city alone where its cited passages give it "
                               "as a total ('total')"),
    "association-won-the-total": ("The association won $19.2 million.", AWARD, "",
                                  "this sentence gives $19.2 million to The association alone"),
    "the-total-to-the-city": ("The court awarded $19.2 million to the city.", AWARD, "",
                              "this sentence gives $19.2 million to the city alone"),
    "one-school-granted-the-total": ("The ministry granted Westbrook School €900,000.", SCHOOLS, "",
                                     "this sentence gives €900,000 to Westbrook School alone where its cited passages "
                                     "give it as a total ('total')"),
    "one-farm-paid-the-total": ("Hollin Farm was paid $2.4 million by the insurer.", FARMS, "",
                                "this sentence gives $2.4 million to Hollin Farm alone where its cited passages give "
                                "it as a total ('in total')"),
    # a case told as won in full
    "won-in-full-on-liability": ("The city won its lawsuit against Corvane in full.", LIABLE, "",
                                 "this sentence says 'won its lawsuit against Corvane in full' where its cited passages "
                                 "decide only liability ('Having considered the evidence"),
    "tenants-won-in-full-on-liability": ("The tenants won their case in full.", DAMP, "",
                                         "this sentence says 'won their case in full' where its cited passages decide "
                                         "only liability ('The tribunal found the landlord liable for the damp in all "
                                         "40 flats.'), no relief"),
    "won-in-full-beside-relief-declined": ("The city won its case in full.", PLANT, "",
                                           "where its cited passages refuse part of it ('The Court declines to award "
                                           "the cost of a new treatment plant"),
    "won-in-full-beside-a-claim-undecided": ("The plaintiffs won their case in full.", SEVERED, "",
                                             "where its cited passages leave part of it undecided ('The Court does not "
                                             "decide the plaintiffs' claim for the medical monitoring of residents.')"),
    "won-in-full-on-a-smaller-award": ("The plaintiffs won their claim in full.", CLAIMED + " " + AWARD, "",
                                       "this sentence says 'won their claim in full' where its cited passages award "
                                       "$19.2 million of the $64.5 million sought"),
    "request-granted-in-full": ("The state granted the board's request in full.", REQUESTED, "",
                                "where its cited passages award $6 million of the $12 million sought"),
}


@pytest.mark.parametrize("sentence, passage, paragraph, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, paragraph: str, named: str):
    found = findings(sentence, passage, paragraph)
    assert any(named in message for message in found), found


HONEST = {
    "sought-the-claimed-sum": ("The city sought $41.2 million for a new treatment plant.", PARTS, DAMAGES),
    "claimed-the-members-costs": ("The plaintiffs claimed $7.5 million for their members' costs.", PARTS, DAMAGES),
    "asked-for-buses": ("The board asked for $8 million for new buses.", BUSES, BUDGET),
    "granted-what-was-granted": ("The state granted the board $6 million.", GRANTED, BUDGET),
    "awarded-of-the-claimed": ("The court awarded $19.2 million of the $64.5 million the plaintiffs claimed.",
                               CLAIMED + " " + AWARD, ""),
    "did-not-award": ("The court did not award the $41.2 million the city sought for a new treatment plant.", PARTS,
                      DAMAGES),
    "awarded-what-was-sought": ("The court awarded the city $5 million.",
                                "The court awarded the full $5 million the city had sought.", ""),
    "sought-what-was-asked-for": ("The plaintiffs sought $64.5 million.", ASKED, ""),
    "demanded-what-was-demanded": ("The union demanded $5 million in back wages.", WAGES, ""),
    # a total kept whole
    "plaintiffs-together": ("The court awarded the plaintiffs $19.2 million together.", AWARD, TOTAL),
    "city-and-association": ("The court awarded the city and the association $19.2 million in all.", AWARD, TOTAL),
    "the-total-award": ("The total award was $19.2 million.", AWARD, TOTAL),
    "in-all-no-one": ("In all, the court awarded $19.2m.", AWARD, ""),
    "the-associations-own": ("The association was awarded $1.3 million for its members' documented costs.", AWARD,
                             TOTAL),
    "schools-between-them": ("The ministry granted the three schools €900,000 between them.", SCHOOLS, ""),
    "one-farm-paid-its-own": ("The insurer paid Hollin Farm $2.4 million.",
                              "The insurer paid Hollin Farm $2.4 million, its largest payout of the year.", ""),
    "paid-out-the-total": ("The insurer paid out $2.4 million after the floods.", FARMS, ""),
    "awarded-to-cover-the-cost": ("The court awarded $19.2 million to cover the cost of treatment.", AWARD, ""),
    "one-partys-own-total": ("The court awarded Bransford $17.9 million.", "Bransford's total award was $17.9 million.",
                             ""),
    # what was won, as the source gives it
    "found-liable": ("The court found Corvane liable for the contamination of the wellfield.", LIABLE, ""),
    "won-liability": ("The plaintiffs won their case against Corvane on liability.", LIABLE, ""),
    "won-in-full-what-was-sought": ("The city won its claim in full.",
                                    "The city claimed $5 million. The court awarded the full $5 million the city had "
                                    "sought.", ""),
    "liable-and-awarded-in-full": ("The tenants won their case in full.",
                                   "The tribunal found the landlord liable for the damp and awarded the tenants "
                                   "£40,000, all they had asked for.", ""),
    "declined-relief-told": ("The court declined to award the cost of a new treatment plant.", PLANT, ""),
}


@pytest.mark.parametrize("sentence, passage, paragraph", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str, paragraph: str):
    assert findings(sentence, passage, paragraph) == []
