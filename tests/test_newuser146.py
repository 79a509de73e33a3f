"""A new user's English briefing of a supermarket takeover (tests/fixtures/newuser146: Harwell Foods' £3.2 billion
bid for Brightmart, "a premium of 38%"; the Competition and Markets Board's inquiry, Harwell's offer of 95 stores "not
sufficient at this stage", up to 150 sales weighed; Unite Retail's "as many as 6,000 jobs", which Harwell denies;
Brightmart's sales down 6.2%, Harwell's up 3.4%; Calder Investors "would vote in favour" on 12 May, the Fair Value
Alliance says the price "undervalued" the company), written from the README alone, from a report written for it,
made with `python build.py new --source report` in a project of its own, with every content file.

Of 44 misstatements tried against the briefing (one edit of one sentence each, run through `check`), 12 built before
this work; now 4 build (LEFTOVER). The 27 honest sentences of the briefing build; two first drafts were refused,
rightly (a denial citing a passage that does not name Harwell; a `when` of "29 September" for "by 29 September").
Fixed, each with a twin on another topic and honest sentences near it that still build:

1. A premium told as a discount (premium_sides.py): "Harwell will pay 245 pence a share, 38% less than Brightmart's
   price" (or "a discount of 38%", "38% below") citing "a premium of 38% to the price before the bid" built; twin: an
   investment trust's "discount of 12%" told as "12% above" or "a 12% premium".
2. A verdict of enough turned in a synonym (sufficiency_turned.py): "the regulator says that is enough" (or
   "adequate") citing "the offer was "not sufficient at this stage"" built, polarity.py reading only the same word;
   twins: a union's "inadequate" pay offer told as "enough", engineers' "sufficient" flood wall told as "inadequate".
3. A voter's side turned, or the advice on a vote (voter_sides.py): "Calder Investors says it will vote against the
   deal" citing "Calder Investors ... said it would vote in favour" built, and "The Fair Value Alliance has urged
   investors to back it" of "urged investors to reject it"; twins: "The Liberals will vote against the housing bill"
   of "the Liberals will vote for it", the Tenants' Union's advice to "accept" told as to "oppose".
4. A price judged overvalued for undervalued (opposites.py's pairs, every form): "says the price overvalues
   Brightmart" citing "said the price undervalued the company" built; twin: Moreton Bank's "overvalued" shares.

LEFTOVER (misstatements still built, sentence <- passage):
- "The combined group would hold 27% of the grocery market." <- "..., according to figures from the research firm
  Kantar Lens": a non-party's attribution dropped.
- "The Fair Value Alliance, which holds 11% of the shares" <- Calder Investors' 11% (a figure moved to a non-party).
- "sales fell 6.2% in the month to January" <- "in the year to January" (a period changed).
- "The regulator makes its final decision." (timeline, when "by 29 September") <- "A final decision is expected".
- Also found with sentence_findings: "The CMB last blocked a supermarket merger in 2019, when it cleared the
  combination" <- "when it stopped the combination"; "Okafor said the company was unsure (or certain) the deal would
  be cleared" <- "confident"; "The CMB found that the merger would substantially lessen competition" <- "may be
  expected to result in a substantial lessening"; "Calder Investors has voted in favour" <- "said it would vote in
  favour" (an intention told as done, before the 12 May meeting).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser146"
REPORT = (FIXTURE / "seeds" / "merger_report.txt").read_text(encoding="utf-8")
BRIEFING = "grocery-merger"
PARTIES = (
    Party(id="harwell", name="Harwell Foods", short_name="Harwell", role="buyer"),
    Party(id="brightmart", name="Brightmart", role="target"),
    Party(id="cmb", name="Competition and Markets Board", short_name="CMB", role="regulator",
          aliases=("the regulator", "the board")),
    Party(id="union", name="Unite Retail", role="union"),
)
TERMS = "a premium of 38%"
OFFER = "not sufficient at this stage"
VOTE = "said it would vote in favour"
TRUST = "Shares in the Ashby Growth Trust trade at a discount of 12% to the value of its assets, the board said."
FLATS = "New flats in the district sell at a 15% premium over older homes, the agency found."
PAY = "The nurses' union said the 3% pay offer was inadequate and would not stop staff leaving."
WALL = "Engineers judged the new flood wall sufficient to protect the town for 50 years."
BILL = ("The Greens said they would vote against the housing bill on Thursday, while the Liberals will vote for it. "
        "The bill needs 88 votes to pass.")
UNION_VOTE = "Members of the Dockers' Union voted to accept the pay deal by a large margin, the union said."
TENANTS = "After two days of talks, the Tenants' Union urged its members to accept the landlord's offer of a 4% cap."
SHARES = "Analysts at Moreton Bank said the Kestrel Air shares were overvalued after the 40% rise."


def found(passage: str, sentence: str) -> list[str]:
    """Return the findings of a sentence citing the report's paragraph holding `passage`, or `passage` itself."""
    cited = paragraph(REPORT, passage) if passage in REPORT else passage
    return sentence_findings(sentence, (cited,), "en", PARTIES, published="2026-04-14")


def test_the_briefing_builds(tmp_path: Path):
    """The whole briefing builds, with its correction, table, claims and quotes on the page."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / BRIEFING / "index.html").read_text(encoding="utf-8").split())
    for words in ("offered to sell 95 stores", "59 stores", "38% more than", "vote in favour",
                  "as many as 6,000 jobs", "we will not walk away from it", "undervalues Brightmart"):
        assert words in page, words


@pytest.mark.parametrize("file, old, new, message", [
    ("background.yaml", "38% more than", "38% less than", "this sentence gives 38% as below what it is reckoned on"),
    ("briefing.yaml", "says that is not enough", "says that is enough", "this sentence judges it enough"),
    ("background.yaml", "says it will vote in favour.", "says it will vote against the deal.",
     "against ('vote against'), where its cited passages put them for"),
    ("background.yaml", "urged investors to reject it", "urged investors to back it",
     "this sentence puts Alliance, Fair, Value for ('urged investors to back')"),
    ("background.yaml", "the price undervalues Brightmart", "the price overvalues Brightmart",
     "this sentence says 'overvalues' where its cited passages say 'undervalued'"),
])
def test_each_fixed_misstatement_is_refused_on_its_line(tmp_path: Path, file: str, old: str, new: str, message: str):
    """Through the front door: one edit of one sentence of the briefing, refused by `check`."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / file, old, new)
    result = run_build(desk, "check")
    assert result.code == 1 and message in result.err, result.err


MISSTATEMENTS = [  # each fix's misstatements and twins: all but two (a "reject" added) built before
    (TERMS, "Harwell will pay 245 pence a share, 38% less than the price before the bid."),
    (TERMS, "Harwell will pay 245 pence a share, a discount of 38% to the price before the bid."),
    (TERMS, "Harwell will pay 245 pence a share, 38% below the price before the bid."),
    (TRUST, "Ashby Growth Trust shares trade 12% above the value of its assets."),
    (TRUST, "Ashby Growth Trust shares trade at a 12% premium to its assets."),
    (FLATS, "New flats sell for 15% less than older homes, the agency found."),
    (OFFER, "The regulator said the offer was enough."),
    (OFFER, "The regulator said the offer was adequate."),
    (PAY, "The union said the 3% pay offer was enough."),
    (PAY, "The union said the 3% pay offer was sufficient."),
    (WALL, "Engineers judged the flood wall inadequate for 50 years."),
    (WALL, "Engineers found the flood wall not enough to protect the town for 50 years."),
    (VOTE, "Calder Investors, which holds 11% of the shares, said it would vote against the deal."),
    (BILL, "The Liberals will vote against the housing bill."),
    (UNION_VOTE, "Members of the Dockers' Union voted to reject the pay deal."),
    (VOTE, "The Fair Value Alliance says the price overvalues Brightmart."),
    (VOTE, "The Fair Value Alliance has urged investors to back it."),
    (TENANTS, "The Tenants' Union has urged members to oppose the offer."),
    (TENANTS, "The Tenants' Union urged members to reject it."),
    (SHARES, "Moreton Bank analysts said Kestrel Air shares were undervalued after the 40% rise."),
]


@pytest.mark.parametrize("passage, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(passage: str, sentence: str):
    assert found(passage, sentence), sentence


HONEST = [  # the briefing's own wordings and honest neighbours of each fix, which must build
    (TERMS, "Harwell will pay 245 pence a share, 38% more than the price before the bid."),
    (TERMS, "Harwell will pay 245 pence a share, a 38% premium to the price before the bid."),
    ("Harwell shares rose 2.1%", "Brightmart shares fell 1.5% to 231 pence, below the offer price."),
    (TRUST, "Ashby Growth Trust shares trade 12% below the value of its assets, the board said."),
    (TRUST, "The board said Ashby Growth Trust shares are 12% cheaper than its assets."),
    (FLATS, "New flats sell for 15% more than older homes, the agency found."),
    (FLATS, "New flats sell at a premium of about 15% over older homes, the agency found."),
    (OFFER, "The regulator said the offer was not enough."),
    (OFFER, "The regulator said the offer was insufficient."),
    (OFFER, "The regulator said the offer fell short."),
    (OFFER, "The regulator said the offer was not yet sufficient."),
    (PAY, "The union said the 3% pay offer was not enough."),
    (PAY, "The union said the 3% pay offer fell short."),
    (WALL, "Engineers judged the flood wall adequate to protect the town for 50 years."),
    (WALL, "Engineers judged the flood wall enough to protect the town for 50 years."),
    (VOTE, "Calder Investors said it would vote in favour of the deal."),
    (VOTE, "Brightmart's largest investor, Calder Investors, will vote for the takeover."),
    (VOTE, "Shareholders will vote on the deal on 12 May."),
    (BILL, "The Greens said they would vote against the housing bill, and the Liberals will vote for it."),
    (BILL, "The Greens said they would not vote for the housing bill."),
    (BILL, "The Liberals will vote in favour of the housing bill."),
    (UNION_VOTE, "Members of the Dockers' Union voted to accept the pay deal, the union said."),
    (VOTE, "The Fair Value Alliance says the price undervalues Brightmart."),
    (VOTE, "The Fair Value Alliance has urged investors to reject it."),
    (VOTE, "The Fair Value Alliance urged investors to vote against the deal."),
    (TENANTS, "The Tenants' Union urged its members to accept the 4% cap."),
    (TENANTS, "The Tenants' Union urged members to vote for the offer."),
    (SHARES, "Moreton Bank analysts said Kestrel Air shares were overvalued after the 40% rise."),
]


@pytest.mark.parametrize("passage, sentence", HONEST)
def test_each_honest_sentence_builds(passage: str, sentence: str):
    assert found(passage, sentence) == [], sentence
