"""A new user's English briefing of a referendum lowering Kestria's voting age to 16 (tests/fixtures/newuser148: the
Yes side's "52.4% of the valid votes", turnout "61.8%" nationally and "49.1%" in Harrow Valley, the No campaign Keep
It at 18 demanding "a full recount in Harrow Valley, where the Yes side won by 1,214 votes", its complaint to the
Electoral Commission, which "has not found any evidence so far of irregularities", each campaign's spending and
denials), written from the README alone in a project of its own, from a 699-word report written for it.

The briefing's 19 sentences: 2 honest ones refused before this work, both fixed (1, 2); of 16 honest near wordings
below, 1 is refused (LEFTOVER). Of 44 misstatements tried through `check` (one edit of one sentence each, fixes 1 and
2 in place so the briefing builds), 24 built; 5 of them are refused now (fixes 3 and 4), 19 build: 3 by design (a
claim's `says` without "Ferrant claims", its claimant saying whose word it is; a non-party's "according to" dropped;
a table's figure moved between two parties one passage names) and 16 (LEFTOVER). Fixed:

1. A figure inside a party's own name (party_name_figures.py, read by cite.py): the claimant "Douglas Ferrant,
   chair of Keep It at 18" was refused as "18" stood in no passage it cited; so was "Charter 77 signatories
   pledged ...". The parties' names, short names and aliases as written are no figure; "Keep It at 19" still is.
2. A pronoun subject inside a clause (clause_pronoun_speakers.py, read by speakers.py): "filed a formal complaint
   with the Electoral Commission over what it calls misleading leaflets" gave "it calls" to "the Electoral
   Commission over what it", so Ferrant's claim cited beside it was refused as the commission's words.
3. A referendum's Yes and No sides swapped (yes_no_sides.py, read by swapped_names.py): "The No campaign denies that
   any of its leaflets was misleading" of "The Yes campaign, Sixteen Counts, denied ...", "where the No side won by
   1,214 votes", "with the No side taking 52.4%" built, as "Yes" and "No" are too short to name a party.
4. No evidence told as none (absence_of_evidence.py, read by cite.py): "The commission says there were no
   irregularities in the count" of "has not found any evidence so far of irregularities in the count" built.

LEFTOVER (misstatements still built, sentence <- passage):
- "The change needs no amending law" <- "Parliament must still pass an amending law" (a negation added with "no").
- "which the government will introduce in April" <- "which the government says it will introduce" (a non-party's
  word; by design, as "according to Tallis Research" dropped is).
- "The No campaign has won a recount" <- "has demanded a full recount" (a demand told as won).
- "complained ... about the No side's leaflets" <- leaflets the source gives no side ("what it calls misleading").
- Timeline "the Yes campaign demands a recount" citing only "Its chair, Douglas Ferrant, said on Sunday" (the
  passage names no side; the timeline cites too little, which no check sees).
- "Turnout ... fell in Marrow to 49.1%" in the caveat's long sentence (a short one is refused by swapped_names).
- "year-olds will be able to vote" <- "would be able to vote" after "If that law passes" (the sentence keeps its
  "If parliament passes"; fine) and a quote's context "the result would not change" <- "was unlikely to change".
- Honest, refused: "The commission says it has found no evidence of irregularities in the count" citing the
  paragraph whose "A commission spokesperson, Helen Marsh, said the commission ..." gives the words to Marsh (a
  spokesperson's words are not read as her body's; the briefing's claim cites the quote alone, and builds).
- A quote's `role` given the other campaign ("director of Keep It at 18" for Sixteen Counts' Amara Osei, "chair of
  Sixteen Counts" for Ferrant): "Its chair" is read from the sentence before, whose subject "The No campaign, Keep It
  at 18" names no one party, as both parties' words hold "campaign" and "No" is too short (claimant_party.subject_of).
  Before fix 1 the first was refused only by its "18".
- "The change takes effect at once, without an amending law" <- "must still pass an amending law"; "has won a
  complaint" <- "filed a formal complaint"; "has found no evidence" <- "... so far" (a hedge of time dropped).
- A caveat's "The government is considering" (or "has launched") <- "is reported to be considering ... officials
  have not confirmed" (an `unverified` caveat's hedge dropped).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from explainer.speakers import speakers_in
from support import (checked_fixture_project, edit, minimal_project, one_sentence_checked, paragraph,
                     sentence_findings)

FIXTURE = REPO / "tests" / "fixtures" / "newuser148"
REPORT = (FIXTURE / "seeds" / "referendum.txt").read_text(encoding="utf-8")
PARTIES = (
    Party(id="yes-campaign", name="Sixteen Counts", role="Yes campaign", aliases=("the Yes campaign", "the Yes side")),
    Party(id="no-campaign", name="Keep It at 18", role="No campaign", aliases=("the No campaign", "the No side")),
    Party(id="commission", name="Electoral Commission", short_name="Commission", role="regulator"),
)
CAMPS = (  # a twin on another topic: a city's referendum on a stadium
    Party(id="for", name="Build It Now", role="Yes camp", aliases=("the Yes camp",)),
    Party(id="against", name="Dunmore Green", role="No camp", aliases=("the No camp",)),
)
STADIUM = "The Yes camp took 58% of the vote in Dunmore, the council said, and the No camp conceded on Monday."
AUDIT = "Auditors at Brenton Bank found no evidence of fraud in the lending unit, the bank said on Monday."
RESULT, RECOUNT, DENIED, MARSH = ("The Yes side won 52.4%", "has demanded a full recount", "denied that any leaflet",
                                  "has not found any evidence so far")
SLUG = "voting-age-referendum"


def found(words: str, sentence: str) -> list[str]:
    """Return the findings of a sentence citing the report's paragraph that holds `words`."""
    return sentence_findings(sentence, (paragraph(REPORT, words),), "en", PARTIES, published="2026-03-09")


def test_the_briefing_builds(tmp_path: Path):
    """The whole briefing builds (fixes 1 and 2: the claimant "chair of Keep It at 18" beside "what it calls")."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / SLUG / "index.html").read_text(encoding="utf-8").split())
    for words in ("Douglas Ferrant, chair of Keep It at 18", "52.4", "1,214 votes", "Updates and corrections",
                  "no evidence so far of irregularities", "rushed and badly supervised"):
        assert words in page, words


@pytest.mark.parametrize("number, refused", [("77", False), ("78", True)])
def test_a_party_name_with_a_figure_is_no_figure_but_another_figure_is(tmp_path: Path, number: str, refused: bool):
    """Fix 1's twin: "Charter 77 signatories pledged ..." citing "Its signatories pledged ..." builds, the name's 77
    standing in another passage of the briefing; "Charter 78" is still a figure to back."""
    root = minimal_project(tmp_path / "desk")
    parties = "  - id: charter\n    name: Charter 77\n  - id: ministry\n    name: Ministry of Culture\n"
    source = "Charter 77 met the Ministry of Culture on Friday. Its signatories pledged to publish 40 files."
    assert one_sentence_checked(root, source, "Charter 77 met the Ministry of Culture on Friday.", parties,
                                quote="Charter 77 met the Ministry of Culture on Friday.") == []
    briefing = root / "content" / "flood" / "briefing.yaml"
    edit(briefing, "Friday.[^q]", f"Friday.[^q] Charter {number} signatories pledged to publish 40 files.[^p]")
    briefing.write_text(briefing.read_text(encoding="utf-8") + "  p:\n    source: flood\n"
                        "    quote: Its signatories pledged to publish 40 files.\n", encoding="utf-8")
    result = run_build(root, "check")
    assert (result.code == 1 and f'figure "{number}"' in result.err) if refused else result.code == 0, result.err


def test_the_party_name_with_a_figure_in_a_claim_is_refused_when_changed(tmp_path: Path):
    """Through the front door: "chair of Keep It at 19" is not the party's name, and 19 stands in no passage."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / "claims.yaml", "  - claimant: Douglas Ferrant, chair of Keep It at 18\n",
         "  - claimant: Douglas Ferrant, chair of Keep It at 19\n")
    result = run_build(desk, "check")
    assert result.code == 1 and 'claims.yaml:6: `claimant`: figure "19"' in result.err, result.err


@pytest.mark.parametrize("text, speaker", [
    ("The campaign filed a complaint with the Electoral Commission over what it calls misleading leaflets.", None),
    ("The union complained to the Labour Board about leaflets it calls misleading.", None),
    ("Ferrant complained to Marsh about what he called bias.", None),
    ("The Labour Board said the leaflets were misleading.", "The Labour Board"),
    ("The mayor, Ana Ruiz, said it was late.", "The mayor Ana Ruiz"),
])
def test_a_pronoun_inside_a_clause_is_its_own_speaker(text: str, speaker: str | None):
    """Fix 2 and its twins: "over what it calls" gives no words to the noun before "what"."""
    assert [words for _, words, _ in speakers_in(text)] == ([speaker] if speaker else [])


def test_the_summary_giving_the_no_side_the_yes_share_is_refused(tmp_path: Path):
    """Through the front door (fix 3)."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / "briefing.yaml", "with the Yes side taking 52.4%", "with the No side taking 52.4%")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:4: `summary`: this sentence gives the No side what its cited " \
                                "passages give the Yes side ('52.4')" in result.err, result.err


def test_the_claim_telling_no_irregularities_is_refused(tmp_path: Path):
    """Through the front door (fix 4), in a claim's `says`."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / "claims.yaml", "The commission says it has found no evidence so far",
         "The commission says there were no irregularities")
    result = run_build(desk, "check")
    assert result.code == 1 and "this sentence says there was none ('no irregularities')" in result.err, result.err


BUILT_BEFORE = [  # misstatements that built before this work (fixes 3 and 4), each with a twin
    (RECOUNT, "Ferrant demanded a full recount in Harrow Valley, where the No side won by 1,214 votes."),
    (RECOUNT, "The Yes campaign has demanded a full recount in Harrow Valley."),
    (DENIED, "The No campaign denies that any of its leaflets was misleading."),
    (MARSH, "Helen Marsh says there were no irregularities in the count."),
    (MARSH, "There were no irregularities in the count, Helen Marsh said."),
]
TWINS = [  # (passage, parties, sentence)
    (STADIUM, CAMPS, "The No camp took 58% of the vote in Dunmore, the council said."),
    (STADIUM, CAMPS, "In Dunmore, the council said, 58% voted for the No camp."),
    (STADIUM, CAMPS, "The Yes camp conceded on Monday."),
    (AUDIT, CAMPS, "There was no fraud in the lending unit, the bank said."),
    (AUDIT, CAMPS, "The lending unit was free of fraud, the bank said on Monday."),
]
MISSTATEMENTS = BUILT_BEFORE + [  # and some refused already, kept refused
    (RESULT, "The No side took 52.4% of the valid votes cast on Saturday."),
    (RESULT, "The Yes side won 54.2% of the valid votes cast in Saturday's referendum."),
    (RESULT, "The Yes side won 47.6% of the valid votes cast in Saturday's referendum."),
    (MARSH, "The commission says it has found evidence of irregularities in the count."),
    (DENIED, "The Yes campaign admits that its leaflets were misleading."),
]


@pytest.mark.parametrize("words, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(words: str, sentence: str):
    assert found(words, sentence), sentence


@pytest.mark.parametrize("passage, parties, sentence", TWINS)
def test_each_twin_is_refused(passage: str, parties: tuple, sentence: str):
    assert sentence_findings(sentence, (passage,), "en", parties), sentence


HONEST = [  # the briefing's own restatements and near wordings, which must build
    (RESULT, "The Yes side won 52.4% of the valid votes, against 47.6% for the No side."),
    (RESULT, "The No side took 47.6% of the valid votes."),
    (RESULT, "Yes voters outnumbered No voters by about 146,000."),
    (RESULT, "The No side lost by about 146,000 votes."),
    (RECOUNT, "Keep It at 18 has demanded a recount in Harrow Valley, where the Yes side won by 1,214 votes."),
    (RECOUNT, "The No campaign wants a full recount in Harrow Valley, which the Yes side won by 1,214 votes."),
    (DENIED, "The Yes campaign denies that any of its leaflets was misleading."),
    (DENIED, "Sixteen Counts denied that any leaflet was misleading."),
    (MARSH, "Helen Marsh says the commission has found no evidence of irregularities in the count."),
    (MARSH, "So far the commission has seen no sign of irregularities in the count."),
    (MARSH, "The commission has not found any evidence of irregularities in the count so far."),
]
HONEST_TWINS = [
    (STADIUM, CAMPS, "The Yes camp took 58% of the vote in Dunmore, the council said."),
    (STADIUM, CAMPS, "In Dunmore, the council said, 58% voted for the Yes camp."),
    (STADIUM, CAMPS, "The No camp conceded on Monday."),
    (AUDIT, CAMPS, "The bank said auditors found no evidence of fraud in the lending unit."),
    (AUDIT, CAMPS, "No evidence of fraud was found in the lending unit, the bank said."),
]


@pytest.mark.parametrize("words, sentence", HONEST)
def test_each_honest_sentence_builds(words: str, sentence: str):
    assert not found(words, sentence), sentence


@pytest.mark.parametrize("passage, parties, sentence", HONEST_TWINS)
def test_each_honest_twin_builds(passage: str, parties: tuple, sentence: str):
    assert not sentence_findings(sentence, (passage,), "en", parties), sentence
