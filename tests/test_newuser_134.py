"""A new user's English briefing of a defamation trial (tests/fixtures/newuser_134: the footballer Danny Okafor's
libel claim against the Daily Courier over an article saying he had "fixed" a match; Mrs Justice Harrow, sitting
without a jury, found it defamatory and awarded £150,000, "less than the £400,000 Okafor had sought"; the paper "is
considering an appeal" and has 21 days to lodge one; its main witness "not credible", Okafor "careless" in some
messages; costs "estimated at more than £1m" to be decided at a later hearing; a quote from each side, the players'
union's statement, and the sum sought corrected from £300,000 at the report's end), written from the README alone
with its own commands (`accept-source`, `new --source`), from one court report of its own. Every content file is
used, and the log holds an update and a correction.

Fixed (each refused, or built, otherwise on main):

1. A bare "to lodge an appeal" read as an appeal told as decided: "The Courier may lodge an appeal within 21 days"
   and "The Daily Courier has 21 days to lodge an appeal" citing "... is considering an appeal. Under the court's
   rules, the paper has 21 days ... to lodge one" were refused (open_decisions.py: "lodge", "file", "launch" bare
   only after a word of deciding, "will lodge"; "lodged", "files", "is lodging" as before).
2. A passage's quoted judgement given to a party it is not said of: 'The judge said Okafor was "not credible"' and
   'The judge called Okafor "not credible"' citing '... the newspaper's main witness, a former agent named in court
   as Mr Lewis Pryor, was "not credible"', and 'The judge said the Daily Courier had been careless' citing 'She said
   Okafor had been "careless" in some messages' (quoted_traits.py).
3. The sum sought told as awarded: "Okafor was awarded the £400,000 he had sought", "Okafor received the £400,000 he
   had asked for" citing "awarded Okafor £150,000 in damages, less than the £400,000 Okafor had sought" (sum_acts.py:
   an award right before a sum its next words call sought); and, a false refusal, "Instead of the £400,000 he had
   sought, Okafor received £150,000" was refused as £150,000 claimed (a claim of an earlier sum governs no award).
4. Costs to be decided at a later hearing told as decided: "The question of legal costs has been decided", "Costs
   were decided at a later hearing", "The judge has decided who should pay the costs" citing "The question of legal
   costs will be decided at a later hearing", and "The Daily Courier will pay the costs" (or "must pay", "has been
   ordered to pay") citing it (decided_later.py).

What misled the editor, or was refused although honest (worked round in the fixture, not fixed: not this work's
modules):

5. "Mrs Justice Harrow ruled the article defamatory", "Okafor won his libel claim against the Daily Courier" and every
   other plain telling of the verdict citing "... ruled on Thursday that an article accusing him of having "fixed" a
   match was defamatory" is refused as someone's word ('accusing') told as fact (attribution.dropped_attribution
   reads the article's accusation, a participle of its subject, as the passage's hedge). The fixture keeps "accusing"
   in each sentence citing it.
6. "The Daily Courier has 21 days to lodge an appeal" citing the paragraph "The Daily Courier said it ... is
   considering an appeal. Under the court's rules, the paper has 21 days ..." is refused as the Courier's word told as
   fact (party_word.py reads the whole passage as said); the fixture cites the reporter's sentence on its own.
7. "Who pays the costs ... has not been decided" and "The paper has not yet lodged an appeal" citing "will be decided
   at a later hearing" and "It has not yet done so" are refused as a negation added (polarity.py).
8. A quote's context "Speaking outside the court." citing "Speaking outside the court, Okafor said he was relieved."
   is refused as Okafor's word told as fact (party_word.py); the fixture writes "Okafor said he was relieved, ...".
9. "In 2023, Sam Keller was awarded £90,000 against the Daily Courier" (a misstatement: "a different newspaper") is
   refused as a figure "given Daily", a rate: the name's "Daily" read as a period (figure_periods.py).

LEFTOVER, misstatements that still build (passage by its key in PASSAGES):

  1. Okafor was awarded £150,000, the damages he had sought. (DAMAGES: awarded told as sought, no second sum)
  2. Okafor received all the damages he asked for. (DAMAGES)
  3. The judge said the newspaper's main witness was credible. (PRYOR: "not" dropped outside quotation marks)
  4. The judge said Okafor had been careful in his messages. (CARELESS: "careless" turned)
  5. The judge said Okafor had been reckless in his messages. (CARELESS: "careless" worsened)
  6. The judge cleared Okafor of every criticism. (CARELESS: "did not clear")
  7. The Courier is liable for the costs. (COSTS: who pays told as settled, in words other than "will pay")
  8. The loser, the Daily Courier, pays the costs. (COSTS)
  9. The paper has 21 days from the date of the costs hearing to lodge an appeal. (APPEAL: the 21 days moved)
  10. The paper had 21 days to lodge an appeal and did not do so. (APPEAL: the time told as run out)
  11. The Daily Courier said it was pleased by the ruling. (APPEAL: "disappointed" turned)
  12. Okafor said he had fixed a game. (OKAFOR: "never" dropped, no quotation marks)
  13. Okafor has sometimes denied wrongdoing. (DENIED: "always")
  14. The article claimed that Okafor had agreed to be sent off. (ARTICLE: "booked")
  15. The article claimed Okafor had agreed to be booked in a cup match. (ARTICLE: "a league match")
  16. The judge said the allegation was serious but true. (JUDGE: "false")
  17. Okafor joined Castlefield United for a record fee last summer. (LAWYER: "on a free transfer")
  18. The judge said Okafor was "careless" in all his messages is refused, but "careless in his messages" (no "all")
      builds, dropping "some". (CARELESS)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_134"
BRIEFING = Path("content") / "okafor-libel"
PARTIES = (
    Party(id="okafor", name="Danny Okafor", short_name="Okafor", role="claimant"),
    Party(id="courier", name="Daily Courier", short_name="Courier", role="defendant",
          aliases=("the paper", "the newspaper")),
    Party(id="court", name="High Court", role="court", aliases=("Mrs Justice Harrow", "the judge")),
)
REPORT = (FIXTURE / "seeds" / "okafor-ruling.txt").read_text(encoding="utf-8")

# the report's paragraphs, by words each holds
PASSAGES = {key: paragraph(REPORT, words) for key, words in {
    "WON": "has won his libel", "DAMAGES": "Mrs Justice Harrow awarded", "ARTICLE": "The article, published",
    "DENIED": "Okafor, 29", "PRYOR": "In her judgment", "CARELESS": "The judge did not clear",
    "JUDGE": "The defendant has not shown", "APPEAL": "considering an appeal", "OKAFOR": "Speaking outside the court",
    "COSTS": "The question of legal costs", "LAWYER": "Okafor's lawyer"}.items()}


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a sentence citing one paragraph of the report, as a build of the fixture reads it."""
    return sentence_findings(sentence, (PASSAGES[key],), "en", PARTIES, published="2026-06-12")


def test_the_briefing_builds(tmp_path: Path):
    """The briefing builds: the verdict, the damages against the sum sought, the appeal under consideration, the
    costs to come, each side's quote, and the correction."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "okafor-libel" / "index.html").read_text(encoding="utf-8").split())
    for words in ('href="../sources/ruling.html#passage-', "£150,000", "less than the £400,000 Okafor had sought",
                  "The Daily Courier said it is considering an appeal",
                  "The paper has 21 days from the judgment to lodge one, and has not yet done so",
                  "estimated at more than £1m, will be decided at a later hearing", "not credible", "careless",
                  "We stand by our journalism", "I never fixed a game in my life",
                  "serious accusations need serious evidence", "We said Okafor had sought £300,000 in damages."):
        assert words in page, words


def test_the_appeal_told_as_lodged_is_refused_in_the_briefing(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "briefing.yaml", "The paper has 21 days from the judgment to lodge one, and has not yet "
         "done so.[^appeal-days]", "The paper has lodged an appeal.[^appeal]")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:8: `summary`: this sentence tells as filed ('lodged an appeal')" \
        in result.err, result.err


def test_not_credible_given_to_okafor_is_refused_in_the_claims(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "claims.yaml", "The Daily Courier's main witness, Lewis Pryor, was \\\"not credible\\\".",
         "Okafor was \\\"not credible\\\".")
    result = run_build(desk, "check")
    assert result.code == 1 and "claims.yaml:9: `says`: this sentence gives \"not credible\" to Okafor where its " \
        "cited passages give it to another" in result.err, result.err


def test_costs_told_as_decided_are_refused_in_the_caveats(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "caveats.yaml", "will be decided at a later hearing.[^costs-later]",
         "have been decided at a hearing.[^costs-later]")
    result = run_build(desk, "check")
    assert result.code == 1 and "caveats.yaml:8: `text`: this sentence tells as decided ('have been decided')" \
        in result.err, result.err


REFUSED = [
    # 1: the appeal told as decided or lodged, still refused
    ("APPEAL", "The Daily Courier has lodged an appeal."),
    ("APPEAL", "The Daily Courier will lodge an appeal."),
    ("APPEAL", "The Daily Courier is lodging an appeal."),
    ("APPEAL", "The Daily Courier files an appeal."),
    ("APPEAL", "The Daily Courier said it would file an appeal."),
    ("APPEAL", "The paper has lodged its appeal within 21 days."),
    # 2: a quoted judgement given to another party
    ("PRYOR", 'Mrs Justice Harrow said Okafor was "not credible".'),
    ("PRYOR", 'The judge found that Okafor was "not credible".'),
    ("PRYOR", 'The judge found Okafor "not credible".'),
    ("PRYOR", "The judge said Okafor was not credible."),
    ("PRYOR", 'The judge called Okafor "not credible".'),
    ("CARELESS", 'The judge said the newspaper had been "careless".'),
    ("CARELESS", "The judge said the Daily Courier had been careless."),
    # 3: the sum sought told as awarded
    ("DAMAGES", "Okafor was awarded the £400,000 he had sought."),
    ("DAMAGES", "The judge awarded Okafor the £400,000 he had sought."),
    ("DAMAGES", "Okafor won the full £400,000 he had sought."),
    ("DAMAGES", "Okafor received the £400,000 he had asked for."),
    # 4: costs told as decided
    ("COSTS", "The question of legal costs was decided at the hearing."),
    ("COSTS", "The judge has decided who should pay the costs."),
    ("COSTS", "Costs were decided at a later hearing."),
    ("COSTS", "The question of legal costs has now been settled."),
    ("COSTS", "Legal costs, estimated at more than £1m, were resolved at a later hearing."),
    ("COSTS", "The Daily Courier will pay the costs, estimated at more than £1m."),
    ("COSTS", "The Daily Courier must pay the costs."),
    ("COSTS", "The Daily Courier has been ordered to pay the legal costs."),
]


@pytest.mark.parametrize("key, sentence", REFUSED)
def test_each_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


ALREADY_REFUSED = [  # the task's misstatements main refused already, kept so
    ("DAMAGES", "Mrs Justice Harrow awarded Okafor £400,000 in damages."),
    ("DAMAGES", "Okafor sought £150,000 in damages."),
    ("DAMAGES", "The jury awarded Okafor £150,000 in damages."),
    ("DAMAGES", "The Daily Courier was awarded £150,000 in damages."),
    ("PRYOR", 'The judge said the paper\'s main witness was "credible".'),
    ("CARELESS", 'The judge said Okafor had been "careless" in all his messages.'),
    ("COSTS", "Costs in the case are estimated at £1m."),
    ("COSTS", "Costs in the case are £1m."),
    ("APPEAL", "The Daily Courier said it will appeal."),
    ("APPEAL", "The paper has 21 weeks from the date of the judgment to lodge one."),
    ("WON", "The Daily Courier has won a libel claim against Okafor."),
]


@pytest.mark.parametrize("key, sentence", ALREADY_REFUSED)
def test_each_misstatement_main_refused_is_still_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


HONEST = [
    # 1: a bare "to lodge" decides nothing
    ("APPEAL", "The Courier may lodge an appeal within 21 days of the judgment."),
    ("APPEAL", "The paper has 21 days from the judgment to lodge an appeal."),
    ("APPEAL", "The paper could lodge an appeal within 21 days."),
    ("APPEAL", "If the paper decides to appeal, it must lodge one within 21 days."),
    ("APPEAL", "The paper has until 21 days after the judgment to lodge an appeal."),
    # 2: a quoted judgement given to whom the passage gives it
    ("PRYOR", 'The judge said the paper\'s main witness was "not credible".'),
    ("PRYOR", 'The judge said Pryor was "not credible".'),
    ("PRYOR", 'Mr Pryor, the newspaper\'s main witness, was "not credible", the judge said.'),
    ("PRYOR", 'The judge found the Courier\'s witness "not credible".'),
    ("PRYOR", 'The paper\'s star witness was, the judge found, "not credible".'),
    ("CARELESS", 'The judge said Okafor had been "careless" in some messages.'),
    ("CARELESS", "The judge said Okafor was careless in some of his messages."),
    ("CARELESS", 'Okafor had been "careless" in some messages, the judge said.'),
    ("CARELESS", 'The judge found Okafor "careless" in some messages to a former teammate.'),
    ("CARELESS", 'In some messages, the judge said, Okafor had been "careless".'),
    ("CARELESS", 'Okafor was, in the judge\'s words, "careless" in some messages.'),
    ("CARELESS", 'The judge described Okafor as "careless" in some messages.'),
    ("CARELESS", 'Okafor, the judge said, had been "careless".'),
    # 3: the sum sought and the sum awarded kept apart
    ("DAMAGES", "Okafor was awarded £150,000 of the £400,000 he had sought."),
    ("DAMAGES", "Okafor was awarded £150,000, less than the £400,000 he had sought."),
    ("DAMAGES", "Okafor won his case but not the £400,000 he had sought."),
    ("DAMAGES", "Okafor got £150,000 rather than the £400,000 he had sought."),
    ("DAMAGES", "Okafor had sought £400,000 in damages and was awarded £150,000."),
    ("DAMAGES", "Instead of the £400,000 he had sought, Okafor received £150,000."),
    ("DAMAGES", "Rather than the £400,000 Okafor had sought, the judge awarded £150,000."),
    ("DAMAGES", "Okafor, who had sought £400,000, was awarded £150,000."),
    ("DAMAGES", "The £150,000 awarded is less than the £400,000 Okafor had sought."),
    ("DAMAGES", "Okafor never received the £400,000 he had sought."),
    # 4: costs still to be decided
    ("COSTS", "The question of legal costs will be decided at a later hearing."),
    ("COSTS", "Who pays the costs will be decided later."),
    ("COSTS", "The costs question is still to be decided."),
    ("COSTS", "A later hearing will decide the costs."),
    ("COSTS", "The judge will decide costs at a later hearing."),
    ("COSTS", "The costs, estimated at more than £1m, are yet to be decided."),
    ("COSTS", "The question of legal costs has yet to be decided."),
    ("COSTS", "Legal costs remain to be decided at a later hearing."),
    ("COSTS", "The costs have not yet been determined."),
    ("COSTS", "Once legal costs have been decided at a later hearing, the case will end."),
    ("COSTS", "The case ends when legal costs have been decided."),
    ("COSTS", "Costs in the case are estimated at more than £1m and will be settled later."),
    ("COSTS", "The Daily Courier could have to pay the costs, estimated at more than £1m."),
    ("COSTS", "The judge will decide who must pay the costs."),
    ("COSTS", "A later hearing will decide whether the Daily Courier has to pay the costs."),
    ("COSTS", "The Daily Courier may have to pay the costs."),
    ("COSTS", "If it loses the costs hearing, the Daily Courier will pay the costs."),
    ("COSTS", "Who will pay the costs will be decided at a later hearing."),
]


@pytest.mark.parametrize("key, sentence", HONEST)
def test_each_honest_paraphrase_builds(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


OTHER_PASSAGES = [  # quoted_traits.py and decided_later.py on passages of other shapes
    ('Okafor gave evidence for two days. He was "evasive" at times, the judge said.',
     'Okafor was "evasive" at times, the judge said.'),
    ('The judge criticised Okafor. His messages were "careless", she said.',
     'Okafor was "careless" in his messages, the judge said.'),
    ('Mrs Justice Harrow called the Courier\'s reporting "reckless".', 'The judge said the Courier was "reckless".'),
    ('Okafor told the court he had been "naive".', 'Okafor was "naive", he told the court.'),
    ('The union\'s chief executive said Okafor was "a role model".', 'Okafor is "a role model", the union said.'),
    ('Okafor said the paper was "not interested in the truth".',
     'Okafor says the newspaper was "not interested in the truth".'),
    ("The High Court ruled on Thursday. The question of legal costs will be decided at a later hearing.",
     "The case was decided on Thursday; costs will be decided later."),
    ("The High Court ruled on Thursday. The question of legal costs will be decided at a later hearing.",
     "The case was decided on Thursday, but costs will be decided later."),
]


@pytest.mark.parametrize("passage, sentence", OTHER_PASSAGES)
def test_honest_sentences_of_other_passages_build(passage: str, sentence: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES, published="2026-06-12") == [], sentence
