"""A new user's English briefing from a long document of their own, where every honest sentence must build: an appeal
court's 2-1 ruling cutting a privacy class action's $725 million award to $410 million (tests/fixtures/newuser_69/: a
court reporter's ~1,600 words, with a dissent, each side's quotations, a regulator's settlement and a correction of the
date the ruling was filed), briefed in every kind of content following only the README.

What the new editor met, and what now reads it:
- "The panel split 2-1: the decision was not unanimous" was refused as telling a unanimity no passage gives: a
  negated "unanimous" is backed by a split with a vote against, or a dissent (explainer/split_decisions.py).
- "the dissenting judge would have kept the whole award" citing "the full $725 million award" was refused as a part
  made the whole: "$725 million" is an amount, no count of awards, and "full" says all (proportions.py).
- "The class action was filed in August 2022 by users represented by Harlow Finch" citing that sentence and the next,
  "The plaintiffs alleged that ...", was refused as dropping 'alleged': a sentence restating a passage's plain
  sentence rather than its hedged one keeps no hedge (explainer/hedged_sentences.py).
- 1200 in the plaintiffs' column citing "the plaintiffs had asked for $1.2 billion" was refused as naming only
  Chirpline: a party named "The plaintiffs" is named so in lowercase, as an alias of one noun is, and "told" gives a
  figure as "said" does (alias_names.py).
- "she added that the plaintiffs will ask ..." citing "... that the court reduced the award ..." and "the
  commission's investigation" citing "its own investigation of Chirpline" were refused as parties swapped: "that"
  holds no party's place, nor does a party after "of" a noun another owns (swapped.py).
- "If the district court finds the later users did not consent either, it may restore part of the award" was refused
  as the court's word told as fact: a speaker in a condition gives no word (party_word.py).

And the misstatements of the same source that built: a dissent given to a judge of the majority, or to "the
majority" (explainer/dissents.py); the date a correction takes back, "filed on Tuesday, June 9" citing "not on
Tuesday, June 9" (explainer/corrected_dates.py); "disputed" for "did not dispute" (explainer/undisputed.py); "reversed
the verdict" for "reversed it in part" (whole_outcomes.py); "must pay $725 million", "upheld the $725 million award"
and "cut by $315 million, to $725 million" citing "from $725 million to $410 million" (start_levels.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, item_findings, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_69"

PARTIES = (Party(id="plaintiffs", name="The plaintiffs", short_name="Plaintiffs", role="class of Chirpline users",
                 aliases=("Harlow Finch", "Priya Raman", "Raman")),
           Party(id="chirpline", name="Chirpline Inc.", short_name="Chirpline", role="social-media company",
                 aliases=("Evan Marsh", "Marsh")),
           Party(id="fdpc", name="Federal Data Protection Commission", short_name="The commission", role="regulator",
                 aliases=("Helen Adeyemi", "Adeyemi", "the regulator")),
           Party(id="court", name="Court of Appeals for the Fourteenth Circuit", short_name="The appeals court",
                 role="court", aliases=("the panel", "the majority", "Robert Tanaka", "Judge Tanaka", "Tanaka")))

LEDE = ("A federal appeals court on Monday upheld a jury's finding that the social-media company Chirpline Inc. "
        "unlawfully shared the personal data of about 87 million users with advertisers, but cut the damages the company "
        "must pay from $725 million to $410 million.")
SPLIT = ("In a 2-1 decision, a three-judge panel of the Court of Appeals for the Fourteenth Circuit affirmed the jury's "
         "verdict on liability and upheld the class of users certified by the trial court.")
PART = "The ruling upheld the verdict in part and reversed it in part."
OVERTURNED = ("It overturned the part of the award that covered users who had joined the platform after Chirpline "
              "rewrote its privacy policy in March 2021, and it remanded that question to the district court.")
DISSENT = "Judge Margaret Ellison dissented. She would have upheld the full $725 million award."
JUDGES = "Judge Robert Tanaka wrote the opinion for the majority, joined by Judge Luis Ferreira."
REHEAR = "Chirpline has 30 days to ask the full court to rehear the case."
FILED = ("Correction: An earlier version of this article misstated the date on which the ruling was filed. It was filed "
         "on Monday, June 8, 2026, not on Tuesday, June 9.")
CASE = ("The case, In re Chirpline User Privacy Litigation, was brought in August 2022 by a group of users represented "
        "by the law firm Harlow Finch LLP. The plaintiffs alleged that between 2018 and 2021 Chirpline passed users' "
        "location histories and contact lists to 41 advertising partners without their consent.")
JURY = ("After a four-week trial in Brookhaven, a jury found in March 2025 that Chirpline had violated the state's "
        "Consumer Data Protection Act and awarded $725 million in statutory damages.")
ASKED = ("At trial, the plaintiffs had asked for $1.2 billion. Chirpline argued that damages, if any were owed, should "
         "not exceed $60 million, because most users had suffered no financial loss.")
CONSENT = ("Chirpline argued throughout the case that users had agreed to the data sharing when they accepted its 2019 "
           "privacy policy. The jury rejected that argument, and so did the appeals court.")
BURIED = ("The panel found that the policy's language on sharing with advertisers was \"buried and ambiguous\" and that "
          "the jury was entitled to find it did not inform users.")
ERRED = ("\"The district court erred in treating every member of the class alike,\" Judge Tanaka wrote. The majority "
         "cut the award to $410 million and sent the question of the later users back to the district court.")
LATER = ("About 12 million of the 87 million class members opened their accounts after March 2021, when Chirpline "
         "added a separate consent screen for advertising data.")
ELLISON = ("She argued that Chirpline had never raised the March 2021 consent screen at trial and had therefore given "
           "up the point.")
RAMAN = ("\"Today's ruling confirms that Chirpline broke the law and broke faith with 87 million people,\" Raman said in "
         "a statement. \"We are disappointed that the court reduced the award, and we will ask the district court to "
         "restore it in full.\"")
NO_REHEAR = "Raman said the plaintiffs would not seek a rehearing before the full court."
MARSH = ("\"We continue to believe that our users consented to the sharing described in our privacy policy,\" Marsh said. "
         "\"We have never sold our users' data, and we never will.\"")
SETTLED = ("The commission settled its own investigation of Chirpline in October 2024. Under that settlement, Chirpline "
           "paid a $95 million civil penalty and agreed to an independent audit of its data practices every two years "
           "until 2034. It did not admit wrongdoing.")
BRIEF = ("The Federal Data Protection Commission, which regulates how companies handle consumer data, was not a party to "
         "the lawsuit. It filed a brief supporting the plaintiffs on the question of consent.")
EARNED = ("Lawyers for the plaintiffs told the panel that Chirpline had earned at least $300 million from the advertising "
          "partnerships at issue. Chirpline disputed that figure and said the partnerships earned less than $90 million "
          "in total.")
PER_USER = ("The reduced award works out to roughly $4.70 for each member of the class, before legal fees, according to "
            "a calculation in the plaintiffs' filing.")
PAY = "Payments to class members are not expected before 2027, the plaintiffs' lawyers said."
FEES = ("She said the firm would ask the district court for fees of up to 25 percent of the final award, as the class "
        "notice had said.")
QURESHI = ("Qureshi said the panel's 2-1 split made a rehearing by the full court more likely than usual, but she "
           "cautioned that such petitions are rarely granted.")
SHARES = "The company's shares rose 3 percent in after-hours trading on Monday."
RESTORE = "If that court finds that the later users did not consent either, it may restore part of the award."

NOT_DISPUTED = "She did not dispute the majority's finding on liability."

HONEST = {
    # a negated unanimity, backed by the split or the dissent
    "not-unanimous": ("The decision was not unanimous.", (SPLIT,)),
    "wasnt-unanimous": ("The ruling wasn't unanimous: one judge dissented.", (SPLIT, DISSENT)),
    "split-2-1": ("The panel split 2-1: the decision was not unanimous, and the dissenting judge would have kept the "
                  "whole award.", (SPLIT, DISSENT)),
    "seven-to-two": ("The vote was not unanimous.", ("The board approved the plan by seven votes to two.",)),
    # an amount is no count of things
    "whole-award": ("The dissenting judge would have kept the whole award.", (DISSENT,)),
    "entire-award": ("Ellison would have upheld the entire $725 million award.", (DISSENT,)),
    # a passage's plain sentence restated beside its hedged one
    "filed-by": ("The class action was filed in August 2022 by users represented by Harlow Finch LLP.", (CASE,)),
    "users-sued": ("Users represented by Harlow Finch sued Chirpline in August 2022.", (CASE,)),
    "alleged-kept": ("The plaintiffs alleged that Chirpline passed users' location histories to 41 advertising "
                     "partners.", (CASE,)),
    # "that" and an owned noun hold no party's place
    "added-that": ("She added that the plaintiffs will ask the district court to restore the award in full.", (RAMAN,)),
    "said-that": ("Raman said that the plaintiffs would ask for the award to be restored in full.", (RAMAN,)),
    "commissions-investigation": ("The commission's investigation ended in a settlement in October 2024, with a $95 "
                                  "million civil penalty.", (SETTLED,)),
    # a speaker in a condition
    "if-court-finds": ("If the district court finds the later users did not consent either, it may restore part of "
                       "the award.", (RESTORE,)),
    # the honest neighbours of each misstatement below
    "in-part": ("The verdict was upheld in part and reversed in part.", (PART,)),
    "ellison-dissented": ("It was a 2-1 decision, with Judge Ellison in dissent.", (SPLIT, DISSENT)),
    "tanaka-majority": ("Tanaka wrote for the majority, joined by Ferreira.", (JUDGES, DISSENT)),
    "dissenting-would-have": ("Ellison, dissenting, would have kept the whole award.", (DISSENT,)),
    "would-have-725": ("Ellison would have upheld the $725 million award.", (LEDE, DISSENT)),
    "majority-cut": ("The majority cut the award to $410 million.", (ERRED, DISSENT)),
    "filed-june-8": ("The ruling was filed on Monday, June 8, 2026.", (FILED,)),
    "june-8-not-9": ("The ruling was filed on June 8, not June 9.", (FILED,)),
    "earlier-version": ("An earlier version of the article gave the filing date as June 9.", (FILED,)),
    "did-not-dispute": ("Ellison did not contest the liability finding.", (NOT_DISPUTED,)),
    "disputed-figure": ("Chirpline disputed the plaintiffs' figure.", (EARNED,)),
    "cut-725-to-410": ("The damages were cut from 725 million dollars to 410 million dollars.", (LEDE,)),
    "315-less": ("The new award is $315 million less than the jury's.", (LEDE,)),
    "must-pay-410": ("Chirpline must now pay $410 million.", (LEDE,)),
    "upheld-410": ("The appeals court upheld a $410 million award.", (LEDE,)),
    "according-to-filing": ("According to the plaintiffs' filing, the reduced award is roughly $4.70 for each class "
                            "member.", (PER_USER,)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []


MISSTATED = {
    "unanimous": ("The decision was unanimous.", (SPLIT,), "this sentence tells a deed ('unanimous')"),
    "not-unanimous-unbacked": ("The decision was not unanimous.", (JUDGES,), "this sentence tells a deed ('unanimous')"),
    "reversed-whole": ("The ruling reversed the verdict.", (PART,), "this sentence tells as whole ('reversed')"),
    "tanaka-dissented": ("Judge Tanaka dissented.", (JUDGES, DISSENT),
                         "this sentence tells Tanaka as dissenting where its cited passages tell Tanaka in the majority"),
    "ferreira-dissented": ("Judge Ferreira dissented.", (JUDGES, DISSENT),
                           "this sentence tells Ferreira as dissenting where its cited passages tell Ferreira in the "
                           "majority"),
    "ellison-majority": ("Judge Ellison wrote the opinion for the majority.", (JUDGES, DISSENT),
                         "this sentence tells Ellison as in the majority where its cited passages tell Ellison "
                         "dissenting"),
    "majority-would-have": ("The majority would have upheld the full $725 million award.", (DISSENT,),
                            "this sentence gives to the majority what its cited passages tell of the dissent (Ellison)"),
    "filed-june-9": ("The ruling was filed on Tuesday, June 9, 2026.", (FILED,),
                     "this sentence gives 'June 9' where its cited passages say 'not on Tuesday, June 9'"),
    "filed-9-june": ("The ruling was filed on 9 June 2026.", (FILED,),
                     "this sentence gives '9 June' where its cited passages say 'not on Tuesday, June 9'"),
    "disputed": ("Ellison disputed the majority's finding on liability.", (NOT_DISPUTED,),
                 "this sentence says 'disputed' where its cited passages say 'not dispute'"),
    "challenged": ("Ellison challenged the finding on liability.", (NOT_DISPUTED,),
                   "this sentence says 'challenged' where its cited passages say 'not dispute'"),
    "must-pay-725": ("Chirpline must pay $725 million.", (LEDE,),
                     "this sentence gives $725 million as a level reached ('must pay $725 million')"),
    "upheld-725": ("The appeals court upheld the $725 million award.", (LEDE, DISSENT),
                   "this sentence gives $725 million as a level reached ('upheld the $725 million')"),
    "cut-by-to-725": ("The court cut the award by $315 million, to $725 million.", (LEDE,),
                      "this sentence gives $725 million as a level reached"),
    "cut-to-725": ("The damages were cut to $725 million.", (LEDE,),
                   "this sentence gives $725 million as a level reached"),
    "overturned-verdict": ("The appeals court overturned the jury's verdict.", (LEDE,), ""),
    "cut-to-310": ("The damages were cut from $725 million to $310 million.", (LEDE,), 'figure "$310 million"'),
    "60-days": ("Chirpline has 60 days to ask the full court to rehear the case.", (REHEAR,), 'figure "60"'),
    "not-a-party": ("The commission was a party to the lawsuit.", (BRIEF,), "this sentence drops the negation"),
    "plaintiffs-argued-consent": ("The plaintiffs argued that users had agreed to the data sharing when they accepted "
                                  "the 2019 privacy policy.", (CONSENT,), ""),
    "court-found-allegation": ("The court found that Chirpline passed users' location histories to 41 advertising "
                               "partners without consent.", (CASE,), ""),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    found = sentence_findings(sentence, passages, "en", PARTIES)
    assert found and any(finding.startswith(message) for finding in found), found


def test_an_item_restating_a_plain_sentence_keeps_no_hedge():
    """An item cited as a whole (a timeline entry) is read as a sentence is: "Users represented by Harlow Finch sue
    Chirpline" restates the passage's plain sentence; the allegation itself keeps its hedge."""
    assert item_findings("Users represented by Harlow Finch sue Chirpline.", (CASE,), "en", PARTIES) == []
    found = item_findings("Chirpline passed users' location histories and contact lists to 41 advertising partners.",
                          (CASE,), "en", PARTIES)
    assert any("only as 'alleged'" in finding for finding in found), found


def test_the_briefing_builds(tmp_path: Path):
    """The whole briefing builds: its background, timeline, tables, claims, quotes, caveats and a log with a
    correction, the sentences the editor wrote first (the split, the whole award, the lowercase plaintiffs) kept."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "chirpline-appeal" / "index.html").read_text(encoding="utf-8")
    for words in ("the decision was not unanimous", "would have kept the whole award", "$315 million less",
                  "725 million dollars", "Users represented by Harlow Finch sue Chirpline."):
        assert words in page, words
