"""A new user's briefing on a pharmaceutical patent lawsuit (tests/fixtures/newuser_81: a court halts Vantor
Generics' copy of the heart drug Cardivex until a patent trial, Halden Pharmaceuticals its maker), written from the
README alone, and what a fact-checker found reading it.

Honest wording that was refused, now built:
- "Vantor's shares drop 17%" citing "Vantor's shares fell 17 per cent on Wednesday, while Halden's rose 6 per cent":
  a weekday was read as the name the figure belongs to, nearer than "Vantor's" (moved_figures.py: a day names none);
- "whether it can be sold is for the courts to decide" citing "a matter for the courts, not for the regulator", and
  "Vantor has 30 days to decide whether to appeal": a decision left to someone or still open is none taken
  (decisions.py), while one left to another than the passage leaves it to is refused;
- "The judge wrote that Vantor had raised ..." citing "Judge Castell wrote that ...": a judge named with her title
  may be called "the judge" (speakers.py).
Misstatements that built, now refused:
- "Vantor priced its copy at $365" citing "... $142 ..., about 61 per cent below the $365 that Halden charges": a
  figure whose owner a relative clause right after it names is bound to it (moved_figures.py);
- "Halden has said it will reverse the price cut" citing "The company has not said whether it will reverse the cut":
  an open act is matched by what it acts on too, where the passage names the actor by a common noun
  (open_decisions.py);
- "Vantor's chief executive said patients would pay less" citing '"Patients will pay more ...," said Vantor's chief
  executive': the speaker before "said" is no term of the comparison (comparatives.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_81"
PARTIES = (Party(id="halden", name="Halden Pharmaceuticals", short_name="Halden", role="patent holder"),
           Party(id="vantor", name="Vantor Generics", short_name="Vantor", role="generic maker"),
           Party(id="court", name="District Court for the Northern District", role="court"),
           Party(id="agency", name="Health Products Regulatory Agency", short_name="the agency", role="regulator"))

SHARES = "Vantor's shares fell 17 per cent on Wednesday, while Halden's rose 6 per cent."
COURTS = ("The Health Products Regulatory Agency, which approved Vantor's generic in December, said in a statement that "
          "the court's order did not affect the product's approval. \"The generic product remains approved as safe and "
          "effective,\" the agency said. \"Whether it can be sold is a matter for the courts, not for the regulator.\"")
NOTICE = ("The case is Halden Pharmaceuticals v. Vantor Generics, No. 25-cv-04418. Vantor has 30 days to file a notice "
          "of appeal.")
TRIAL = ("The ruling does not decide whether the patent is valid. A full trial is scheduled to begin on 14 September, "
         "and Judge Castell wrote that Vantor had raised \"serious questions\" about the patent that the trial would "
         "have to resolve.")
COUNSEL = ("\"This decision protects the innovation that brought Cardivex to patients,\" said Halden's general counsel, "
           "Robert Ilves. \"Vantor chose to launch at risk, and it must now bear the consequences of that choice.\"")
PRICES = ("Vantor launched its generic version on 2 February at a list price of $142 for a month's supply, about 61 per "
          "cent below the $365 that Halden charges for the branded drug. Within eight weeks the generic had taken "
          "roughly a quarter of new prescriptions, according to the market research firm PharmaTrack.")
CUT = ("Halden cut the list price of Cardivex by 8 per cent in January, a move analysts saw as an attempt to blunt the "
       "generic's arrival. The company has not said whether it will reverse the cut.")
PAY = ("Vantor said it strongly disagreed with the ruling and was considering an appeal to the Court of Appeals for the "
       "Federal Circuit. \"Patients will pay more because of this order,\" said Vantor's chief executive, Anita Desai. "
       "\"The coating patent is an attempt to extend a monopoly that should have ended years ago.\"")
LOSSES = ("The two sides disagree sharply about how much money is at stake. Halden says it lost $180 million in sales in "
          "the first two months after the generic launch. Vantor disputes that figure, saying Halden's sales fell by no "
          "more than $70 million and that much of the decline reflected a price cut Halden itself made in January.")
BOND = ("The court ordered Halden to post a bond of $250 million to cover Vantor's losses should the injunction later "
        "prove to have been wrongly granted. Vantor had asked for a bond of at least $600 million.")
ANALYST = ("Priya Natarajan, a pharmaceutical analyst at Caldwell Research, said the ruling was a setback for Vantor but "
           "not a decisive one. \"Preliminary injunctions in drug patent cases are overturned more often than people "
           "think,\" she said. \"I would put Vantor's chances on appeal at somewhere between 30 and 40 per cent.\"")
INJUNCTION = ("Judge Miriam Castell of the District Court for the Northern District granted Halden's request for a "
              "preliminary injunction, finding that the company was likely to show that Vantor's tablets infringe a "
              "patent covering the drug's slow-release coating. The patent, No. 9,414,207, expires in March 2031.")

HONEST = {
    "shares-after-a-clause": ("The court grants Halden a preliminary injunction; Vantor's shares drop 17%.", SHARES),
    "shares-day-of-ruling": ("Shares in Vantor fell by 17 per cent on the day of the ruling, and Halden's gained 6 per "
                             "cent.", SHARES),
    "for-the-courts-to-decide": ("Whether it can be sold is for the courts to decide.", COURTS),
    "up-to-the-courts": ("It is up to the courts to decide whether the generic can be sold.", COURTS),
    "left-to-the-courts": ("The agency left it to the courts to decide whether the generic can be sold.", COURTS),
    "decide-whether": ("Vantor has 30 days to decide whether to appeal.", NOTICE),
    "the-judge-wrote": ("The judge wrote that Vantor had raised \"serious questions\" about the patent.", TRIAL),
    "the-judge-said": ("The judge said Vantor had raised serious questions about the patent.", TRIAL),
    "each-price-its-owner": ("Vantor's copy was priced at $142, about 61% below Halden's $365.", PRICES),
    "prices-against": ("Vantor priced its copy at $142 a month, against $365 for Cardivex.", PRICES),
    "still-open": ("Halden has not said whether it will reverse the price cut.", CUT),
    "unclear-whether": ("It is unclear whether Halden will reverse the price cut.", CUT),
    "reported-more": ("Vantor's chief executive said patients would pay more because of the order.", PAY),
    "counsel-said": ("Halden's general counsel, Robert Ilves, said Vantor chose to launch at risk.", COUNSEL),
}

MISSTATED = {
    "shares-to-halden": ("Halden's shares dropped 17%.", SHARES, "names Halden where its cited passages name Vantor"),
    "shares-fell-6": ("Vantor's shares fell 6 per cent on Wednesday.", SHARES, "given as a fall"),
    "for-the-regulator-to-decide": ("Whether it can be sold is for the regulator to decide.", COURTS,
                                    "leaves the decision to 'the regulator' where its cited passages leave it to no "
                                    "one so named"),
    "courts-decided": ("The courts decided that it can be sold.", COURTS, "gives a decision ('decided')"),
    "decided-to-appeal": ("Vantor has decided whether to appeal.", NOTICE, "gives a decision ('decided')"),
    "judge-given-counsels-words": ("The judge said Vantor chose to launch at risk.", COUNSEL,
                                   "gives the words to The judge"),
    "price-to-vantor": ("Vantor priced its copy at $365 a month.", PRICES,
                        "gives 'Vantor' $365, a figure its cited passage gives 'Halden'"),
    "price-to-halden": ("Halden charges $142 for the branded drug.", PRICES,
                        "gives 'Halden' $142, a figure its cited passage gives 'Vantor'"),
    "said-it-will-reverse": ("Halden has said it will reverse the price cut.", CUT,
                             "tells as decided ('will reverse')"),
    "plans-to-reverse": ("Halden plans to reverse the January cut.", CUT, "tells as decided ('plans to reverse')"),
    "reversed": ("Halden reversed the price cut.", CUT, "tells as decided ('reversed')"),
    "reported-less": ("Vantor's chief executive said patients would pay less because of the order.", PAY,
                      "says 'less' where its cited passages say 'more'"),
    "desai-said-less": ("Desai said patients will pay less because of the order.", PAY,
                        "says 'less' where its cited passages say 'more'"),
    # the rest built before too: a fact-checker's list, kept refused
    "wrong-discount": ("The generic sold for about 70% less than the branded drug.", PRICES, 'figure "70%" is not in'),
    "wrong-launch-date": ("Vantor launched its generic on 2 March.", PRICES, 'date "2 March" is not in'),
    "half-for-quarter": ("The generic took about half of new prescriptions within eight weeks.", PRICES,
                         'says "about half"'),
    "loss-to-vantor": ("Vantor says Halden lost $180 million in sales in the first two months.", LOSSES,
                       "gives the words to Vantor"),
    "claim-as-fact": ("Halden lost $180 million in sales in the first two months after the generic launch.", LOSSES,
                      "states as fact what its cited passages give only as the word of Halden"),
    "cap-as-floor": ("Halden's sales fell by at least $70 million, Vantor says.", LOSSES,
                     'contradicts "no more than $70 million"'),
    "concedes": ("Vantor concedes that Halden lost $180 million.", LOSSES, "concedes"),
    "validity-decided": ("The court ruled that the patent is valid.", TRIAL, "does not decide"),
    "quote-altered": ("Judge Castell wrote that Vantor had raised \"grave questions\" about the patent.", TRIAL,
                      'quoted words "grave questions" are not in'),
    "bond-to-vantor": ("The court ordered Vantor to post a bond of $250 million.", BOND,
                       "names Vantor where its cited passages name Halden"),
    "bound-dropped": ("Vantor had asked for a bond of $600 million.", BOND, 'leaves out the qualifier of "at least'),
    "appeal-decided": ("Vantor has decided to appeal the ruling.", PAY, "tells as decided ('has decided to appeal')"),
    "negation-dropped": ("Natarajan said the ruling was a decisive setback for Vantor.", ANALYST,
                         "drops the negation"),
    "range-moved": ("Natarajan puts Vantor's chances on appeal at 40% to 50%.", ANALYST, 'figure "50%" is not in'),
    "likely-as-fact": ("The judge found that Vantor's tablets infringe the patent.", INJUNCTION,
                       "states as fact what its cited passages give only as probable or possible ('likely'"),
    "granted-denied": ("The judge denied Halden's request for a preliminary injunction.", INJUNCTION,
                       "says 'denied' where its cited passages say 'granted'"),
    "expiry-year": ("The patent expires in March 2032.", INJUNCTION, 'date "March 2032" is not in'),
    "rise-for-cut": ("Halden raised the list price of Cardivex by 8 per cent in January.", CUT, "given as a rise"),
}


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage, in English, of the lawsuit briefing's parties."""
    return sentence_findings(sentence, (passage,), "en", PARTIES, published="2026-04-09")


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, said: str):
    findings = found(sentence, passage)
    assert any(said in finding for finding in findings), findings


def test_the_briefing_builds(tmp_path: Path):
    """The lawsuit briefing builds: each side's figure of the lost sales, a weekday dated from the report's date, the
    regulator leaving the sale to the courts, quotes of both sides and the analyst, caveats and a corrected bond."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "cardivex-patent" / "index.html").read_text(encoding="utf-8")
    for words in ("for the courts to decide", "Vantor's shares drop 17%", "Patients will pay more because of this order",
                  "$250 million", "The figures disagree"):
        assert words in page, words
