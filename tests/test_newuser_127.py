"""A new user's English briefing of a city's licensing dispute with a ride-hailing company (tests/fixtures/newuser_127:
Harwick City Council's licensing committee refusing to renew Rydo's operator's licence over 31 safety complaints,
Rydo's appeal to the magistrates' court, the licence going on while it is heard, 3,800 drivers and 140,000 riders,
the company's "fewer than 0.01% of trips", a drivers' union split between the two, a first hearing on 14 July 2026,
a figure corrected at the end), written from the README's first sections alone, from a news report of 935 words
they wrote, made with `python build.py new --source`. Every content file is used: background, timeline,
comparisons, claims, quotes, caveats and a log with an update and a correction.

Fixed, each with its sentence and passage:

1. An operator's power refused to the operator named (a false refusal): "Rydo can keep operating while its appeal is
   heard" citing "Under the ... Act, an operator may keep working while its appeal is heard. Rydo's licence therefore
   continues ..." was refused as giving the power to Rydo that the passage gives "to the operator": a power given to
   one of a kind ("an operator", "a licensee", "any applicant"), in a sentence not naming the sentence's holder, is
   each one's, when the sentence writes its holder as a name (explainer/powers_given.py). "The court can keep
   working ..." stays refused.
2. A licence refused renewal, or going on while an appeal is heard, told as revoked, suspended or ended: "Harwick City
   Council revoked Rydo's licence" (or "suspended", "cancelled", "withdrew", "stripped Rydo of its licence") citing
   "the licensing committee ... refused to renew the private hire operator's licence of Rydo"; "Rydo's licence has
   ended" (or "has been revoked", "has expired", "is no longer valid", "Rydo has lost its licence") citing "Rydo's
   licence therefore continues until the court rules"; "Rydo must stop operating while its appeal is heard" (or
   "cannot operate until the court rules") citing "an operator may keep working while its appeal is heard"
   (explainer/licence_kept.py). "If the magistrates uphold the refusal, Rydo will have to stop taking bookings"
   builds.
3. A body the source gives as split, or without a formal position, told as backing one side: "The Independent
   Drivers' Union backs Rydo's appeal" (or "backs the council's decision", "has sided with Rydo") citing "The Harwick
   branch of the Independent Drivers' Union ... is split on the decision"; "The union has formally backed the
   appeal" citing "We support the appeal being heard ... The union has not taken a formal position on the appeal"
   (explainer/split_backing.py). "The union supports the appeal being heard" builds.

What misled the new user (the build was right each time, but the README did not say it first): a timeline `date` of
a year alone ("2019") is refused (only YYYY-MM-DD or YYYY-MM; left without a date); a comparison figure of complaints
"against Rydo drivers" put in the council's column (the council counted them) is refused as "names Rydo, never Harwick
City Council"; a comparisons note "Rydo would accept reasonable conditions" under Rydo's own column must still say
"Rydo said"; a paraphrase of "many members backed ... but feared for their income if the licence was lost" that kept
only the first half is refused for dropping the condition.

LEFTOVER (misstatements still built, honest sentences still refused), sentence then passage:

- "Fewer than 0.01% of trips taken in Harwick led to a complaint." citing "In a statement, the company said that
  fewer than 0.01% of trips taken in Harwick had led to a complaint of any kind": the company's figure told as fact
  builds (attribution.py, not mine).
- "The council says Rydo has around 140,000 regular riders in the city." citing "About 3,800 drivers work through
  Rydo's app in Harwick, and the company says it has around 140,000 regular riders": the company's figure given to
  the council builds (according_to.py / figure_speakers.py, not mine).
- "Harwick City Council refused to renew Rydo's licence over 31 complaints made in the past year." citing "... 31
  safety complaints made against its drivers over the past two years": the period changed builds.
- "Of the 31 complaints, nine concerned assaults on passengers." citing "nine concerned drivers who were not the
  person licensed for the vehicle, and the rest concerned assaults": a figure moved to another item builds
  (moved_figures.py, not mine).
- "Rydo said that fewer than 0.1% of trips ... had led to a complaint." citing "fewer than 0.01%": builds (true as a
  bound, yet ten times the company's figure).
- "Tom Ashcroft said the court had seen that Rydo fixed the problems the council raised." citing "we are confident
  the court will see that we have fixed the problems": a hope told as done builds.
- "Tom Ashcroft, Rydo's general manager for Scotland, said the company was confident." citing "Tom Ashcroft, Rydo's
  general manager for the north of England, said": an office changed in prose builds.
- "Rydo has operated in Harwick since 2021." citing "Rydo has operated in Harwick since 2019 and was last granted a
  licence in May 2021": a year moved within the passage builds.
- "The union has formally backed the appeal." as a claim's `says` (the claim's words, checked as an item) builds:
  parts 2 and 3 read the sentences of prose (summary, background, timeline, caveats), not claims' or notes' items,
  whose checks are in cite.py's `_reworded_item`.
- Honest, refused: "Many of the union's members backed the council's stand on safety." citing "many members backed
  the council's stand on safety but feared for their income if the licence was lost": the condition of the second
  verb is read as the first's (conditions*.py, not mine).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, findings_in_language, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_127"
SLUG = "rydo-licence"
REPORT = (FIXTURE / "seeds" / "report.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="council", name="Harwick City Council", short_name="the council", role="licensing authority",
                 aliases=("the licensing committee", "Harwick council")),
           Party(id="rydo", name="Rydo", role="ride-hailing operator"),
           Party(id="union", name="Independent Drivers' Union", short_name="the union", aliases=("the Harwick branch",)))
PASSAGES = {key: paragraph(REPORT, words) for key, words in {
    "REFUSED": "refused to renew the private hire", "ACT": "Miscellaneous Provisions", "UNION": "is split on the decision",
    "SHARMA": "Some of our members", "VOTE": "voted five to two", "PERCENT": "fewer than 0.01%",
    "SPOKES": "could neither confirm", "COMPL": "received 31 complaints", "SCALE": "About 3,800", "NEXT": "If the magistrates",
    "SINCE": "since 2019", "ELSE": "Bramford", "CORR": "Correction:", "COLE": "watched closely",
    "NANDA": "Our first duty"}.items()}


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a sentence of the briefing citing one paragraph of the report."""
    return sentence_findings(sentence, (PASSAGES[key],), "en", PARTIES, published="2026-05-12")


def test_the_briefing_builds_and_shows_what_a_reader_reads(tmp_path: Path):
    """The briefing builds: its summary, the honest "Rydo can keep operating" of part 1, the claims, the quotes, the
    log's correction and the notes leading to the report's highlighted passages are on the page."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / SLUG / "index.html").read_text(encoding="utf-8").split())
    for words in ("refused to renew Rydo", "31 safety complaints", "14 July 2026", "Rydo can keep operating while its "
                  "appeal is heard", "0.01", "Our first duty is to the people", "What was wrong",
                  "We said there were 13 complaints of dangerous driving.", 'href="../sources/report.html#passage-',
                  "Independent Drivers"):
        assert words in page, words


@pytest.mark.parametrize("old, new, told", [
    ("Harwick City Council's licensing committee refused to renew Rydo's operator's licence",
     "Harwick City Council's licensing committee revoked Rydo's operator's licence", "tells a licence as ended"),
    ("Rydo has appealed to Harwick Magistrates' Court, and its\n  licence continues until the court rules.",
     "Rydo has appealed to Harwick Magistrates' Court, and its\n  licence has ended.", "tells a licence as ended"),
])
def test_a_licence_told_as_ended_in_the_summary_is_refused_on_its_line(tmp_path: Path, old: str, new: str, told: str):
    """Through the front door: the summary's refusal to renew, or its licence going on, told as ended."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / "briefing.yaml", old, new)
    result = run_build(desk, "check")
    assert result.code == 1 and f"content/{SLUG}/briefing.yaml:" in result.err and told in result.err, result.err


def test_a_split_union_told_as_backing_a_side_is_refused_in_the_background(tmp_path: Path):
    """Through the front door: a background sentence citing "The union has not taken a formal position on the appeal"
    tells the union as backing the appeal."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / "background.yaml", "did not give a figure for riders.[^riders]",
         "did not give a figure for riders.[^riders] The union has formally backed the appeal.[^formal]")
    result = run_build(desk, "check")
    assert result.code == 1 and f"content/{SLUG}/background.yaml:" in result.err and "back a side" in result.err, \
        result.err


@pytest.mark.parametrize("sentence", [
    "Rydo can keep operating while its appeal is heard.",
    "Rydo may keep working while the appeal is heard.",
    "Rydo is able to keep working until the court rules.",
    "Under the Act, Rydo can keep working during its appeal.",
    "While the appeal is heard, Rydo may keep working.",
])
def test_one_of_a_kind_s_power_is_the_named_one_s(sentence: str):
    """Part 1: "an operator may keep working while its appeal is heard" is Rydo's power too."""
    assert found("ACT", sentence) == []


def test_a_power_given_to_another_named_kind_stays_refused():
    assert any("gives the power to 'keep'" in finding
               for finding in found("ACT", "The court can keep working while its appeal is heard."))


@pytest.mark.parametrize("key, sentence", [
    ("REFUSED", "Harwick City Council revoked Rydo's licence."),
    ("REFUSED", "Harwick City Council suspended Rydo's licence."),
    ("REFUSED", "The council cancelled Rydo's licence on Monday."),
    ("REFUSED", "Harwick stripped Rydo of its licence."),
    ("REFUSED", "The licensing committee withdrew Rydo's licence."),
    ("REFUSED", "Rydo's licence was revoked after 31 complaints."),
    ("ACT", "Rydo's licence has ended and its cars are off the city's roads."),
    ("ACT", "Rydo's licence has been revoked."),
    ("ACT", "Rydo's licence has expired."),
    ("ACT", "Rydo's licence is no longer valid."),
    ("ACT", "Rydo has lost its licence."),
])
def test_a_licence_told_as_revoked_or_ended_is_refused(key: str, sentence: str):
    """Part 2."""
    assert any("tells a licence as ended" in finding for finding in found(key, sentence)), found(key, sentence)


@pytest.mark.parametrize("sentence", [
    "Rydo must stop operating while its appeal is heard.",
    "Rydo cannot operate until the court rules.",
    "Rydo will have to stop taking bookings until the hearing.",
    "Rydo has to cease trading pending the appeal.",
])
def test_an_operator_kept_working_told_as_stopped_is_refused(sentence: str):
    """Part 2: "may keep working while its appeal is heard" told as stopped meanwhile."""
    assert any("stops the operator" in finding for finding in found("ACT", sentence)), found("ACT", sentence)


@pytest.mark.parametrize("sentence", [
    "Rydo does not have to stop operating while its appeal is heard.",
    "Rydo need not stop working while the appeal is heard.",
    "If the magistrates uphold the refusal, Rydo will have to stop taking bookings.",
    "Rydo would have to stop accepting bookings in Harwick if the magistrates uphold the decision.",
    "Rydo's cars will remain on the roads while the appeal is heard.",
])
def test_an_operator_kept_working_or_stopped_on_a_condition_builds(sentence: str):
    assert sentence_findings(sentence, (PASSAGES["ACT"], PASSAGES["NEXT"]), "en", PARTIES) == []


@pytest.mark.parametrize("key, sentence", [
    ("UNION", "The Independent Drivers' Union backs Rydo's appeal."),
    ("UNION", "The Independent Drivers' Union backs the council's decision."),
    ("UNION", "The union has sided with Rydo."),
    ("UNION", "The drivers' union supports the council."),
    ("UNION", "The Harwick branch backs the council's decision."),
    ("SHARMA", "The union has formally backed the appeal."),
    ("SHARMA", "The union supports Rydo's appeal."),
    ("SHARMA", "The union opposes the appeal."),
])
def test_a_split_body_told_as_backing_a_side_is_refused(key: str, sentence: str):
    """Part 3."""
    assert any("back a side" in finding for finding in found(key, sentence)), found(key, sentence)


MISSTATEMENTS = [
    ("REFUSED", "Harwick City Council refused to renew Rydo's licence over 13 safety complaints."),
    ("ACT", "Rydo's licence ended on Monday."),
    ("ACT", "The magistrates have listed a first hearing for 14 June 2026."),
    ("ACT", "The magistrates have listed a first hearing for 17 July 2026."),
    ("ACT", "Rydo has won its appeal."),
    ("ACT", "The court has upheld Rydo's appeal."),
    ("PERCENT", "The council said that fewer than 0.01% of trips taken in Harwick had led to a complaint."),
    ("PERCENT", "Rydo said that 0.01% of trips taken in Harwick had led to a complaint."),
    ("SPOKES", "The council confirmed the company's percentage."),
    ("SPOKES", "The council disputed the company's percentage."),
    ("SHARMA", "Mr Sharma said all of the union's members welcome a tougher line on safety."),
    ("COMPL", "The council received 31 complaints, of which 13 concerned dangerous driving."),
    ("COMPL", "The council received 31 complaints between April 2025 and March 2026."),
    ("VOTE", "The committee voted seven to two against renewal."),
    ("VOTE", "The committee voted unanimously against renewal."),
    ("VOTE", "The committee voted five to two in favour of renewal."),
    ("SCALE", "About 3,800 drivers and 140,000 riders use Rydo in Harwick."),
    ("SCALE", "About 38,000 drivers work through Rydo's app in Harwick."),
    ("COLE", "Dr Helen Cole said the outcome will be watched closely by licensing authorities."),
    ("NEXT", "Rydo will have to stop accepting bookings in Harwick."),
    ("NANDA", 'Councillor Priya Nandakumar said: "Our first duty is to the people who use these cars late at night."'),
    ("SINCE", "Rydo was last granted a licence in May 2021, for three years."),
    ("ELSE", "In 2023, Bramford council refused to renew a licence and the company lost its appeal."),
    ("ELSE", "In Eastleigh Vale, a refusal in 2024 was overturned by the magistrates."),
    ("CORR", "The council received 13 complaints of dangerous driving."),
]


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_the_build_already_refused_stays_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


@pytest.mark.parametrize("key, sentence", [
    ("REFUSED", "Harwick's licensing committee declined to renew Rydo's licence after hearing of 31 safety complaints."),
    ("REFUSED", "The council will not renew Rydo's licence, citing 31 safety complaints against its drivers."),
    ("REFUSED", "Rydo's licence was not renewed by the council's licensing committee on Monday."),
    ("REFUSED", "The council did not revoke Rydo's licence; it refused to renew it."),
    ("REFUSED", "The council refused to renew, rather than revoked, Rydo's licence."),
    ("ACT", "Rydo's cars will stay on Harwick's roads until the court rules."),
    ("ACT", "The licence remains in force until the magistrates rule."),
    ("ACT", "Rydo's licence has not ended: it continues while the appeal is heard."),
    ("ACT", "Rydo's licence has not been revoked."),
    ("ACT", "Rydo keeps its licence until the court rules."),
    ("ACT", "The appeal has not yet been decided; a first hearing is set for 14 July 2026."),
    ("SINCE", "Rydo's licence was due to expire on 31 May 2026."),
    ("PERCENT", "According to Rydo, under 0.01% of trips in Harwick led to a complaint of any kind."),
    ("SPOKES", "The council could neither confirm nor dispute the company's percentage."),
    ("UNION", "The union is divided over the decision."),
    ("UNION", "The union, which represents about 900 Rydo drivers, is divided."),
    ("SHARMA", "The union has taken no formal position on the appeal."),
    ("SHARMA", "The union supports the appeal being heard."),
    ("SHARMA", "The union supports the council's right to hold this company to account."),
    ("SHARMA", "Mr Sharma said the union supported the appeal being heard."),
    ("SHARMA", "The union has not formally backed either side."),
    ("SHARMA", "The union backs neither side formally."),
    ("SHARMA", "Some members support a tougher line on safety."),
    ("COMPL", "Twelve of the 31 complaints alleged dangerous driving."),
    ("VOTE", "The committee voted 5-2 against renewing the licence."),
    ("NEXT", "If the magistrates uphold the refusal, Rydo would have to stop taking bookings in Harwick."),
    ("ELSE", "Bramford's refusal in 2023 was overturned on appeal after the operator agreed to 14 conditions."),
])
def test_the_honest_twins_build(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("sentence, passage", [
    ("The regulator revoked the firm's licence in March.", "The regulator revoked the firm's licence in March; the "
     "firm said it would not renew its appeal."),
    ("The licence, which the council refused to renew, expires on 31 May 2026.", "The council refused to renew the "
     "licence. That licence was due to expire on 31 May 2026."),
    ("The union's leaders back the strike.", "The union is split. Its leaders back the strike."),
    ("The union backs the strike.", "The union backs the strike, while the party is divided."),
])
def test_the_rules_read_only_what_they_name(sentence: str, passage: str):
    """A passage saying the word itself, a licence's own end date, another subject split: each builds."""
    assert findings_in_language("en", sentence, passage) == []
