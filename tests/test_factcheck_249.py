"""New users' misstatements that still built (tests/test_newuser_138.py's and tests/test_newuser_139.py's leftovers):

1. An instruction given read as a reporting word: "At least 340 households were told to boil water" citing "The Leff
   Valley Residents' Association says at least 340 households were told to boil water ... it has not been
   independently verified" built, its passive "told" taken for whose word it states (attribution.says_who_reports);
   a passive "told to" and a verb is an instruction received (explainer/told_instructions.py).
2. An irregular future told done: "The court heard the case in March" citing "The court will hear the case in March"
   built, "hear" taken to make "heared" (explainer/future_as_past.py: "heard", "held", "upheld", "sought", "found",
   ...; "will hold", which scheduled.py does not read, is read).
3. A penalty sought told as imposed with its own verb: "Orell was banned for four years" citing "The agency ... sought
   a four-year ban" (and "imposed a ban of two years") built (explainer/penalties_sought.py, asked by
   awards_as_sought.py).
4. A plain denial worded without "no": "The tribunal cleared Orell of any fault" and "she was not at fault" citing "the
   panel found that she bore no significant fault or negligence" built (explainer/denials_in_other_words.py, asked
   by unfound_denials.py).

Each with twins on another topic, and honest paraphrases that must build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, error_lines, paragraph, sentence_findings

SPILL = (REPO / "tests" / "fixtures" / "newuser_138" / "seeds" / "spill.txt").read_text(encoding="utf-8")
ORELL = (REPO / "tests" / "fixtures" / "newuser_139" / "seeds" / "orell.txt").read_text(encoding="utf-8")
HOUSE = paragraph(SPILL, "at least 340")
SOUGHT = paragraph(ORELL, "sought a four-year ban")
TRIB = paragraph(ORELL, "imposed a ban of two years")
APPEAL = paragraph(ORELL, "will hear the case in March")
PARTIES = (Party(id="orell", name="Dana Orell", short_name="Orell", aliases=("the sprinter",)),
           Party(id="agency", name="National anti-doping agency", short_name="The agency", aliases=("the agency",)),
           Party(id="tribunal", name="Tribunal of the national sports federation", short_name="The tribunal",
                 aliases=("the tribunal", "the panel")),
           Party(id="court", name="Sports arbitration court", short_name="The court", aliases=("the court",)))

UNVERIFIED = "has not been independently verified"
STILL_TO_COME = "still to come"
SOUGHT_AS_IMPOSED = "only as sought or possible"
WIDENED = "where its cited passages say only"

# other topics
EVACUATED = ("The council says about 200 residents were told to leave their homes. The figure has not been "
             "independently verified.")
COMMITTEE = "The committee will hear evidence from the minister in May."
HEARING = "The court will hold a hearing on the appeal in March."
MARSH = "The club asked the league to suspend Marsh for six months. The disciplinary panel suspended him for three matches."
HALE = ("Prosecutors asked for Hale to be disqualified from driving for three years; the magistrates disqualified him "
        "for 18 months.")
SIGNALS = "Investigators found no major fault in the signalling system."
HOSPITAL = "The inquiry found that the hospital bore no significant blame for the deaths."


def found(sentence: str, *passages: str) -> list[str]:
    return sentence_findings(sentence, passages, "en", PARTIES, published="2026-11-18")


@pytest.mark.parametrize("sentence, passages, words", [
    # 1. "were told to" + a verb is an instruction, no one's word
    ("At least 340 households were told to boil water.", (HOUSE,), UNVERIFIED),
    ("About 200 residents were told to leave their homes.", (EVACUATED,), UNVERIFIED),
    ("About 200 residents had been told not to return.", (EVACUATED,), UNVERIFIED),
    # 2. an irregular future told done
    ("The court heard the case in March.", (APPEAL,), STILL_TO_COME),
    ("The committee heard evidence from the minister in May.", (COMMITTEE,), STILL_TO_COME),
    ("The court held a hearing on the appeal in March.", (HEARING,), STILL_TO_COME),
    # 3. a penalty sought told as imposed with its own verb
    ("Orell was banned for four years.", (SOUGHT, TRIB), SOUGHT_AS_IMPOSED),
    ("The tribunal banned Orell for four years.", (SOUGHT, TRIB), SOUGHT_AS_IMPOSED),
    ("Marsh was suspended for six months.", (MARSH,), SOUGHT_AS_IMPOSED),
    ("Hale was disqualified from driving for three years.", (HALE,), SOUGHT_AS_IMPOSED),
    # 4. a plain denial worded without "no"
    ("The tribunal cleared Orell of any fault.", (TRIB,), WIDENED),
    ("The panel found she was not at fault.", (TRIB,), WIDENED),
    ("The signalling system was not at fault, investigators found.", (SIGNALS,), WIDENED),
    ("The inquiry absolved the hospital of all blame.", (HOSPITAL,), WIDENED),
])
def test_misstatement_is_refused(sentence, passages, words):
    assert any(words in line for line in found(sentence, *passages)), found(sentence, *passages)


def test_a_denial_worded_without_no_is_quoted_as_written():
    """The message quotes the sentence's own words, not the "no" they are read as."""
    lines = found("The tribunal cleared Orell of any fault.", TRIB)
    assert any("'cleared Orell of any fault'" in line and '"The tribunal cleared Orell of any fault."' in line
               for line in lines), lines


@pytest.mark.parametrize("sentence, passages", [
    # 1. the association's word kept, or the instruction told as it was given
    ("The association says at least 340 households were told to boil water.", (HOUSE,)),
    ("At least 340 households were told to boil water, the association says.", (HOUSE,)),
    ("According to the association, at least 340 households were told to boil water.", (HOUSE,)),
    ("The council says about 200 residents were told to leave their homes.", (EVACUATED,)),
    # 2. still to come, or done where the source says so
    ("The court will hear the case in March.", (APPEAL,)),
    ("The case is due to be heard in March.", (APPEAL,)),
    ("The court has not heard the case yet.", (APPEAL,)),
    ("The committee is to hear evidence from the minister in May.", (COMMITTEE,)),
    ("The court heard the first appeal in 2023 and will hear this one in March.",
     ("The court heard the first appeal in 2023. It will hear this one in March.",)),
    # 3. the penalty kept as sought, possible or denied; or the one imposed
    ("Orell was banned for two years.", (SOUGHT, TRIB)),
    ("The agency sought to have Orell banned for four years.", (SOUGHT, TRIB)),
    ("The agency wants Orell banned for four years.", (SOUGHT, APPEAL)),
    ("Orell could be banned for four years if the court sides with the agency.", (APPEAL,)),
    ("Orell faces being banned for four years.", (APPEAL,)),
    ("Orell was not banned for four years.", (SOUGHT, TRIB)),
    ("The agency asked for Orell to be banned for four years.", (SOUGHT,)),
    ("Marsh was suspended for three matches.", (MARSH,)),
    ("The club wanted Marsh suspended for six months.", (MARSH,)),
    ("Hale was disqualified for 18 months.", (HALE,)),
    ("Prosecutors wanted Hale disqualified from driving for three years.", (HALE,)),
    ("Keller was banned for four years.",
     ("The federation sought a four-year ban, and the panel agreed, banning Keller for four years.",)),
    ("Operations at the mine were suspended for two weeks.", ("The owner asked for a two-week delay.",)),
    # 4. the denial kept narrow, negated, or backed plainly
    ("The panel found that she bore no significant fault or negligence.", (TRIB,)),
    ("The tribunal did not clear Orell of all fault.", (TRIB,)),
    ("The tribunal stopped short of clearing Orell of any fault.", (TRIB,)),
    ("The tribunal did not find Orell free of any fault.", (TRIB,)),
    ("A finding that she was not at fault would have cleared her of any ban.", (TRIB,)),
    ("Investigators found the signalling system was not at fault.",
     ("Investigators found no fault in the signalling system.",)),
    ("Orell says she was not at fault.",
     ("Orell insists she was not at fault. The panel found that she bore no significant fault.",)),
    ("The inquiry found the hospital bore no significant blame.", (HOSPITAL,)),
])
def test_honest_paraphrase_builds(sentence, passages):
    assert found(sentence, *passages) == []


def test_the_ban_sought_told_as_imposed_is_refused_on_its_line_in_the_doping_briefing(tmp_path: Path):
    """Through the front door: the summary's sentence on the tribunal's ban, told as the agency's four years."""
    desk = checked_fixture_project(REPO / "tests" / "fixtures" / "newuser_139", tmp_path / "desk")
    assert run_build(desk, "check").code == 0
    edit(desk / "content" / "orell-doping" / "briefing.yaml",
         "The anti-doping agency sought a four-year ban, but a tribunal imposed\n  two years, finding",
         "Orell was banned for four years, the tribunal\n  finding")
    result = run_build(desk, "check")
    assert result.code == 1, result.err
    assert any(line.startswith("content/orell-doping/briefing.yaml:5: ") and SOUGHT_AS_IMPOSED in line
               for line in error_lines(result)), result.err


def test_the_hearing_to_come_told_as_heard_is_refused_on_its_line_in_the_doping_briefing(tmp_path: Path):
    """Through the front door: the summary's appeal, to be heard in March, told as heard."""
    desk = checked_fixture_project(REPO / "tests" / "fixtures" / "newuser_139", tmp_path / "desk")
    edit(desk / "content" / "orell-doping" / "briefing.yaml", "which will hear the case in March and has not ruled",
         "which heard the case in March")
    result = run_build(desk, "check")
    assert result.code == 1, result.err
    assert any(line.startswith("content/orell-doping/briefing.yaml:") and "'heard'" in line
               for line in error_lines(result)), result.err
