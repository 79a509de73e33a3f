"""The structured fields a reader sees, checked as strictly as prose, in the debt briefing (tests/fixtures/newuser_93:
the government of Marvela, a committee of its bondholders and the IMF as lender).

Each edit below built, and is refused now on its line by a general rule; its honest twin builds:
- a claim's `channel` naming a kind no cited passage tells ("court filing" of "told reporters": channel_kinds.py);
- a party's `role` that keeps it off the sides ("court", "mediator") where neither its names nor any passage the
  briefing cites tells it so (party_roles.py);
- a row's `measure` naming what another row of its table measures ("Cut in interest rate" over the face-value cut's
  cells: measure_words.py);
- a log entry's words read as a sentence is, against every passage the briefing cites ("The bondholders agreed to a
  45 percent cut" of "proposed that bondholders accept a cut of 45 percent": cite.checked_log_text);
- an event's `date` giving a day where `when` and its passages give only the month (day_given.py);
- a claimant's party and role read from the source's other mention of the person, where the cited passage names
  them alone ("Mr Okafor said") (claimant_mentions.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from explainer.attribution import Cited
from support import checked_fixture_project, edit, error_lines
from test_newuser_93 import FIXTURE  # the debt briefing's fixture

FOLDER = "content/marvela-debt"
MORAVEC = "      - claimant: Ilse Moravec, the finance minister\n        parties: [government]\n        says: The country"
OKAFOR_SUES = ("      - claimant: Daniel Okafor, the committee's chair\n        parties: [committee]\n"
               "        says: The committee")


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the debt project, checked once, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def checked_after(desk: Path, *edits: tuple[str, str, str]) -> list[str]:
    """Make edits (file, old, new) to the debt briefing and return `check`'s error lines ([] when it builds)."""
    for file, old, new in edits:
        edit(desk / FOLDER / file, old, new)
    result = run_build(desk, "check")
    assert "Traceback" not in result.err
    return error_lines(result) if result.code else []


def assert_outcome(errors: list[str], refused: str | None) -> None:
    """Assert the edit builds (`refused` None) or is refused by one error line starting with `refused`."""
    if refused is None:
        assert errors == [], errors
    else:
        assert any(line.startswith(refused) for line in errors), errors


@pytest.mark.parametrize("channel, refused", [
    ("court filing", "content/marvela-debt/claims.yaml:8: `channel`: 'court filing' says it was made in a court "
                     "filing, but neither its cited passages nor their source tell one (they give it as 'told "
                     "reporters')"),
    ("in a letter to the fund", "content/marvela-debt/claims.yaml:8: `channel`: 'in a letter to the fund' says it was "
                                "made in a letter"),
    ("interview", "content/marvela-debt/claims.yaml:8: `channel`: 'interview' says it was made in an interview"),
    ("a speech to parliament", "content/marvela-debt/claims.yaml:8: `channel`: 'a speech to parliament' says it was "
                               "made in a speech"),
    ("remarks to reporters", None),
    ("told reporters", None),
    ("press conference", None),
    ("statement", None),
])
def test_a_channel_no_passage_tells_is_refused(desk: Path, channel: str, refused: str | None):
    """A claim's channel naming a kind (a court filing, a letter, an interview, a speech) its passage never tells
    ("Finance Minister Ilse Moravec told reporters that ...") is refused; one it tells, or a plain "statement", builds."""
    errors = checked_after(desk, ("claims.yaml", MORAVEC, MORAVEC.replace(
        "        says:", f"        channel: {channel}\n        says:")))
    assert_outcome(errors, refused)


@pytest.mark.parametrize("channel, passage, language, kind", [
    ("dépôt au tribunal", "La ministre a déclaré aux journalistes que le pays ne peut pas payer.", "fr",
     "a court filing"),
    ("carta al fondo", "La ministra dijo a los periodistas que el país no puede pagar más.", "es", "a letter"),
    ("Pressekonferenz", "Die Ministerin schrieb in einem Brief an den Fonds, das Land könne nicht zahlen.", "de",
     "a press conference"),
    ("conférence de presse", "La ministre a déclaré lors d'une conférence de presse que le pays ne peut pas payer.",
     "fr", ""),
    ("carta al fondo", "En una carta al fondo, la ministra escribió que el país no puede pagar más.", "es", ""),
    ("Brief an den Fonds", "Die Ministerin schrieb in einem Brief an den Fonds, das Land könne nicht zahlen.", "de",
     ""),
])
def test_a_channel_is_read_in_french_spanish_and_german(channel: str, passage: str, language: str, kind: str):
    """The kinds of channel, and the words telling them, are read in French, Spanish and German too."""
    from explainer.channel_kinds import unbacked_channel  # new with this test: imported here, so the rest run before

    assert unbacked_channel(channel, [Cited(passage, language, passage)])[0] == kind


@pytest.mark.parametrize("party, role, refused", [
    ("lender", "court", "content/marvela-debt/briefing.yaml:22: `role`: calls The International Monetary Fund "
                        "'court', but neither its names nor any source the briefing cites tells it so ('court')"),
    ("lender", "mediator", "content/marvela-debt/briefing.yaml:22: `role`: calls The International Monetary Fund "
                           "'mediator'"),
    ("lender", "arbitrator", "content/marvela-debt/briefing.yaml:22: `role`: calls The International Monetary "
                             "Fund 'arbitrator'"),
    ("side", "tribunal", "content/marvela-debt/briefing.yaml:17: `role`: calls The bondholder committee 'tribunal'"),
    ("lender", "side", None),
    ("lender", "lender of last resort", None),
    ("lender", "analyst and lender", None),
])
def test_a_role_the_sources_never_give_is_refused(desk: Path, party: str, role: str, refused: str | None):
    """A role that keeps a party off the sides (a court, a mediator) must be told by its names or a source the briefing
    cites: the IMF's "lender" is ("approved a loan"), and a side's or an analyst's role is not read."""
    old = "    role: lender" if party == "lender" else "    role: side\n    aliases: [\"the committee\""
    errors = checked_after(desk, ("briefing.yaml", old, old.replace(f"role: {party}", f"role: {role}")))
    assert_outcome(errors, refused)


@pytest.mark.parametrize("old, measure, refused", [
    ("Cut in face value", "Cut in interest rate",
     "content/marvela-debt/comparisons.yaml:7: `measure`: 'Cut in interest rate' names 'interest', which no passage "
     "its figures cite holds, while the row 'Interest rate' cites 'with the remaining debt repaid over 20 years at "
     "an interest rate of 3.5 percent.'"),
    ("Cut in face value", "Lower interest rate", "content/marvela-debt/comparisons.yaml:7: `measure`: 'Lower "
                                                 "interest rate' names 'interest'"),
    ("Repayment period", "Face value repaid", "content/marvela-debt/comparisons.yaml:12: `measure`: 'Face value "
                                              "repaid' names 'Face'"),
    ("Cut in face value", "Face-value cut", None),
    ("Cut in face value", "Reduction in face value", None),
    ("Cut in face value", "Proposed haircut", None),
    ("Interest rate", "Interest rate on the remaining debt", None),
])
def test_a_measure_naming_another_rows_is_refused(desk: Path, old: str, measure: str, refused: str | None):
    """A measure naming what another row's passage measures, and none of its own cells' passages, is refused; an
    honest paraphrase the source never uses builds."""
    errors = checked_after(desk, ("comparisons.yaml", f"measure: {old}\n", f"measure: {measure}\n"))
    assert_outcome(errors, refused)


@pytest.mark.parametrize("old, text, refused", [
    ("First published.", "The bondholders agreed to a 45 percent cut.",
     "content/marvela-debt/briefing.yaml:27: `text`: this sentence tells 45 percent as accepted ('agreed to') where "
     "its cited passages give it only as offered"),
    ("First published.", "First published. Marvela and the bondholders reached a deal.",
     "content/marvela-debt/briefing.yaml:27: `text`: this sentence tells an agreement reached ('reached a deal')"),
    ("The defaulted bonds are worth $12.4 billion.", "The committee has sued Marvela in New York.",
     "content/marvela-debt/briefing.yaml:30: `text`: this sentence tells as decided or done ('sued')"),
    ("First published.", "The government proposes a 45 percent cut.", None),
    ("First published.", "First published. The talks ended without a deal.", None),
    ("The defaulted bonds are worth $12.4 billion.", "The committee would consider suing Marvela in New York.", None),
])
def test_a_log_entry_is_read_as_a_sentence_is(desk: Path, old: str, text: str, refused: str | None):
    """What a log entry says now (the home page's and the feed's "What it says now") is held to the passages the
    briefing cites as a sentence is: an offer told as accepted, a deal told reached, a lawsuit weighed told filed."""
    errors = checked_after(desk, ("briefing.yaml", f'text: "{old}"', f'text: "{text}"'))
    assert_outcome(errors, refused)


JUNE = '  - when: "June"\n'


@pytest.mark.parametrize("old, new, refused", [
    (JUNE, JUNE + "    date: 2026-06-01\n    date_basis: the loan's approval in June\n",
     "content/marvela-debt/timeline.yaml:7: `date`: 2026-06-01 gives a day, but `when` ('June') and the passages "
     "the event cites give only the month ('June')"),
    (JUNE, '  - when: "early June"\n    date: 2026-06-03\n    date_basis: the loan was approved in June\n',
     "content/marvela-debt/timeline.yaml:7: `date`: 2026-06-03 gives a day"),
    ('  - when: "9 December"\n', '  - when: "December"\n    date: 2026-12-09\n    date_basis: the month given\n',
     None),
    (JUNE, JUNE, None),
])
def test_a_date_more_precise_than_its_passages_is_refused(desk: Path, old: str, new: str, refused: str | None):
    """A day no source gives, where `when` names only the month, is refused; a day a cited passage gives ("9
    December") builds, and so does the month alone."""
    errors = checked_after(desk, ("timeline.yaml", old, new))
    assert_outcome(errors, refused)


@pytest.mark.parametrize("claimant, parties, refused", [
    ("Daniel Okafor, the IMF's chair", "imf", "content/marvela-debt/claims.yaml:21: `claimant`: names IMF, but the "
                                              "cited passages name this speaker with The bondholder committee"),
    ("Daniel Okafor, the committee's lawyer", "committee", "content/marvela-debt/claims.yaml:21: `claimant`: calls "
                                                           "Daniel Okafor 'the committee's lawyer', but the cited "
                                                           "passages call them 'Its chair'"),
    ("Daniel Okafor, chair of the bondholder committee", "committee", None),
    ("Daniel Okafor, the committee's chair", "committee", None),
])
def test_a_claimants_role_is_read_from_the_sources_other_mention(desk: Path, claimant: str, parties: str,
                                                                  refused: str | None):
    """The lawsuit claim cites "Mr Okafor said ..." alone; his post ("Its chair, Daniel Okafor", the committee's)
    stands in another sentence of the source, and is read now: the IMF's chair under the IMF's column built."""
    errors = checked_after(desk, ("claims.yaml", OKAFOR_SUES, OKAFOR_SUES.replace(
        "Daniel Okafor, the committee's chair", claimant).replace("[committee]", f"[{parties}]")))
    assert_outcome(errors, refused)
