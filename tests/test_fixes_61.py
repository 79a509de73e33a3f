"""Four faults found by new users and fact-checkers and left because they were in shared code.

1. "two million and five million" was read as one figure, 7 million (explainer/numbers.py joined "and" after a scale
   word to any number after it): "Beta raised five million dollars." citing "Alpha and Beta raised two million and
   five million dollars respectively" was refused, and "Alpha raised seven million dollars." built. Figures listed
   before the one unit they share and told "respectively" are each given in it: "Alpha raised two million dollars."
   citing it was refused as given in dollars (explainer/numbers.py, units_given).
2. `python build.py new` quoted a source's heading lines run together ("Krajowa Agencja Wód Raport"), a heading cut
   mid-name ("MEDICINES EVALUATION BOARD OF") or a PDF's page header as the new briefing's opening passage: it now
   quotes the first sentence of running prose (explainer/running_prose.py).
3. "About 25% of the residents said ..." gave the words to "About 25%" (explainer/speakers.py): the residents say
   them, and "Alpha said ..." citing it is refused naming the residents.
4. "The company says Velomira cut the risk by 22%." citing the chief executive's words quoted in the company's own
   press release (`statement_of`) was refused as the chief executive's, not the company's (explainer/unnamed_speakers.py);
   an outside expert the release quotes still speaks for no one but themself.

Sentences are checked in-process against their cited passages, as `check` does; `new` is run as the command line is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from explainer.scaffold import first_quote
from explainer.sources import library_text
from support import fixture_project, sentence_findings

PARTIES = (Party(id="alpha", name="Alpha", short_name="Alpha", role="side"),
           Party(id="beta", name="Beta", short_name="Beta", role="side"))
RESPECTIVELY = "Alpha and Beta raised two million and five million dollars respectively."


def findings(sentence: str, passage: str) -> list[str]:
    return sentence_findings(sentence, (passage,), "en", PARTIES)


# 1. Two figures joined by "and" after a scale word, and one figure so joined.

BUILT_FIGURES = {
    "the second of two figures": ("Beta raised five million dollars.", RESPECTIVELY),
    "the first, in the unit the list shares": ("Alpha raised two million dollars.", RESPECTIVELY),
    "the first in digits": ("Alpha raised 2 million dollars.",
                            "Alpha and Beta raised 2 million and 5 million dollars respectively."),
    "the middle of three": ("Beta raised 3 dollars.", "Alpha, Beta and Gamma raised 2, 3 and 5 dollars respectively."),
    "two thousand and five thousand": ("Beta paid five thousand dollars.",
                                       "Alpha and Beta paid two thousand and five thousand dollars respectively."),
    "two hundred and three hundred": ("Beta sent three hundred soldiers.",
                                      "Alpha and Beta sent two hundred and three hundred soldiers respectively."),
    "a scale and a smaller number": ("Alpha raised 2,500,000 dollars.",
                                     "Alpha raised two million five hundred thousand dollars."),
    "a hundred and its tens": ("Alpha raised 120 dollars.", "Alpha raised one hundred and twenty dollars."),
    "a hundred's count before its scale": ("Alpha raised 250,000 dollars.",
                                           "Alpha raised two hundred and fifty thousand dollars."),
    "a hundred and a count of thousands": ("Alpha counted 102,000 votes.",
                                           "Alpha counted one hundred and two thousand votes."),
    "a million and its thousands": ("Alpha raised 1,200,000 dollars.",
                                    "Alpha raised one million and two hundred thousand dollars."),
}


@pytest.mark.parametrize("sentence, passage", BUILT_FIGURES.values(), ids=BUILT_FIGURES.keys())
def test_a_figure_the_passage_states_builds(sentence: str, passage: str):
    assert findings(sentence, passage) == []


REFUSED_FIGURES = {
    "the two figures added": ("Alpha raised seven million dollars.", RESPECTIVELY, "seven million"),
    "two thousand and five thousand added": ("Beta paid seven thousand dollars.",
                                             "Alpha and Beta paid two thousand and five thousand dollars "
                                             "respectively.", "seven thousand"),
    "the sum a joined reading made": ("Alpha raised 7 million dollars.", RESPECTIVELY, "7 million"),
}


@pytest.mark.parametrize("sentence, passage, figure", REFUSED_FIGURES.values(), ids=REFUSED_FIGURES.keys())
def test_the_sum_of_two_figures_is_no_figure_of_the_passage(sentence: str, passage: str, figure: str):
    assert any(finding.startswith(f'figure "{figure}" is not in the passages this sentence cites')
               for finding in findings(sentence, passage)), findings(sentence, passage)


def test_a_listed_figure_in_another_unit_is_still_refused():
    assert any(finding.startswith('figure "2" is given in euros') and finding.endswith("they give it in dollars")
               for finding in findings("Alpha raised 2 euros.", "Alpha and Beta raised 2 and 5 dollars respectively."))


# 2. `new` quotes running prose.

HEADED = {
    "a heading's lines run together": (
        "Krajowa Agencja Wód\nRaport nr 7/2026 w sprawie przepływów na rzece Srebrnej poniżej zbiornika Modrzewie\n"
        "Warszawa, 2 marca 2026 r.\n\n1. Przedmiot raportu\n\nRaport dotyczy sporu między Górnym Powiatem a Dolnym "
        "Powiatem o wodę ze Srebrnej.\n", "Raport dotyczy sporu między"),
    "a heading in capitals": (
        "MEDICINES EVALUATION BOARD OF NORLAND\n\nPublic Assessment Report: Velomira (olvesirant)\n\n1. Decision\n\n"
        "1.1 The Board has refused the application for a marketing authorisation for Velomira.\n",
        "The Board has refused"),
    "a page's header": (
        "Harbour Authority - Annual Report 2025 - Page 1\nThe port handled 4.2 million tonnes of cargo in 2025, the\n"
        "authority said, its busiest year since the new quay opened in 2019.\n\n"
        "Harbour Authority - Annual Report 2025 - Page 2\nDredging of the outer channel is to start in May.\n",
        "The port handled 4.2"),
    "a headline and its subtitle": (
        "Gazeta Nadrzeczna\n\nSpór o wodę ze Srebrnej trafił do sądu. Wyrok w kwietniu\n\nTomasz Zieliński\n\n"
        "Wojewódzki Sąd Administracyjny rozpatrywał w czwartek skargę Dolnego Powiatu.\n",
        "Wojewódzki Sąd Administracyjny rozpatrywał"),
    "a title block in capitals": (
        "PORT HALDEN ELECTIONS OFFICE\nOfficial Results Bulletin No. 4 - Mayoral Election\nIssued 12 March 2027\n\n"
        "No candidate won more than half of the valid votes cast. Under the city charter the two\n"
        "leading candidates go forward to a runoff.\n", "No candidate won more"),
}


def library(root: Path, text: str) -> Path:
    """Write a project's library of one source holding `text`, its digest still TODO (as `new` may read it)."""
    (root / "content").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "seeds" / "report.txt").write_text(text, encoding="utf-8")
    (root / "content" / "sources.yaml").write_text(
        "sources:\n  - id: report\n    file: report.txt\n    title: The report\n    publisher: unknown\n"
        "    date: unknown\n    sha256: TODO\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("text, opening", HEADED.values(), ids=HEADED.keys())
def test_new_quotes_the_first_sentence_of_running_prose(tmp_path: Path, text: str, opening: str):
    assert first_quote(library_text(library(tmp_path, text), "report"), "", "en") == opening


def test_new_passes_over_an_opening_given_only_as_reported(tmp_path: Path):
    """Its placeholder summary, citing "The company reportedly raised", would be refused as dropping the hedge."""
    root = library(tmp_path, "Harbour Authority\n\nThe company reportedly raised prices by 45% on Thursday.\n\n"
                             "The council rejected the increase on Friday.\n")
    assert first_quote(library_text(root, "report"), "", "en") == "The council rejected the"


def test_new_still_quotes_a_source_of_headings_alone(tmp_path: Path):
    assert first_quote(library_text(library(tmp_path, "ANNUAL REPORT 2025\n\nHarbour Authority\n"), "report"),
                       "", "en") == "ANNUAL REPORT 2025"


def test_new_writes_the_press_release_opening_not_its_heading(tmp_path: Path):
    """The drug-approval fixture's sources open with a board's name in capitals and "PRESS RELEASE"."""
    root = fixture_project(REPO / "tests" / "fixtures" / "newuser_42", tmp_path / "project")
    for source, quote in (("assessment", "The Board has refused"), ("release", "Brennick Therapeutics today announced")):
        result = run_build(root, "new", f"from-{source}", "--title", "Velomira", "--source", source)
        assert result.code == 0, result.err
        written = (root / "content" / f"from-{source}" / "briefing.yaml").read_text(encoding="utf-8")
        assert f"quote: {quote}\n" in written or f'quote: "{quote}"\n' in written, written


# 3. A share of a group says what the group says.

SAID_BY_A_SHARE = "About 25% of the residents said the plant should close."


def test_a_share_of_a_group_is_not_named_as_the_speaker():
    found = findings("Alpha said the plant should close.", SAID_BY_A_SHARE)
    assert found == ["this sentence gives the words to Alpha, but its cited passages give them to the residents"]


GROUP_SAID = {
    "the share": (SAID_BY_A_SHARE, SAID_BY_A_SHARE),
    "the group": ("The residents said the plant should close.", SAID_BY_A_SHARE),
    "a party the passage also names": ("Alpha said the plant should close.",
                                       "About 25% of the residents said the plant should close, Alpha said."),
}


@pytest.mark.parametrize("sentence, passage", GROUP_SAID.values(), ids=GROUP_SAID.keys())
def test_the_group_or_the_share_saying_it_builds(sentence: str, passage: str):
    assert findings(sentence, passage) == []


def test_a_share_of_a_partys_people_speaks_for_that_party():
    found = findings("Alpha said the plant should close.", "Two of Beta's ministers said the plant should close.")
    assert found == ["this sentence gives the words to Alpha, but its cited passages give them to Beta's ministers"]


# 4. A press release speaks for its author through its own officers.

BRENNICK = "Brennick Therapeutics"
DRUG_PARTIES = (Party(id="brennick", name=BRENNICK, short_name="Brennick", role="drug maker"),
                Party(id="board", name="Medicines Evaluation Board of Norland", short_name="The Board",
                      role="regulator"))
CHIEF_EXECUTIVE = ("\"We are deeply disappointed. Velomira cut the risk of heart attack, stroke or cardiovascular death "
                   "by 22% in a large, rigorous trial,\" said Dr Anna Reyes, Chief Executive Officer of Brennick "
                   "Therapeutics.")
MEDICAL_OFFICER = "\"Velomira cut the risk by 22%,\" said Dr Tomas Lind, Brennick's Chief Medical Officer."
OUTSIDE_EXPERT = ("\"The data are convincing, and Velomira cut the risk by 22%,\" said Professor Jane Doe of Kellport "
                  "University.")


def statement_findings(sentence: str, passage: str) -> list[str]:
    """Return the sentence checks' findings of a sentence citing a passage of Brennick's own press release."""
    from explainer.attribution import Cited, check_prose
    from explainer.checked import Passages
    from explainer.cite import _reworded
    from explainer.owners import party_words

    cited = [Cited(passage, "en", passage, "", BRENNICK)]
    words = tuple((party.id, party_words(party, "en")) for party in DRUG_PARTIES)
    found = (check_prose(sentence + "[^k]", lambda key: cited, "en", 2)
             + _reworded(sentence, Passages(cited), 0, "en", Passages(), words))
    return [finding.message for finding in found]


@pytest.mark.parametrize("passage", [CHIEF_EXECUTIVE, MEDICAL_OFFICER], ids=["chief-executive", "medical-officer"])
def test_the_company_says_what_its_own_officer_says_in_its_release(passage: str):
    assert statement_findings("The company says Velomira cut the risk by 22%.", passage) == []


def test_an_outside_expert_quoted_in_the_release_is_not_the_company():
    assert statement_findings("The company says Velomira cut the risk by 22%.", OUTSIDE_EXPERT) == [
        "this sentence gives the words to 'the company', but its cited passages give them to Jane Doe: \"The company "
        "says Velomira cut the risk by 22%.\""]


def test_another_party_is_still_not_the_releases_voice():
    assert statement_findings("The Board says Velomira cut the risk by 22%.", CHIEF_EXECUTIVE) == [
        "this sentence gives the words to The Board, but its cited passages give them to Anna Reyes"]
