"""Who said it, and steps of the talks no passage tells, in the dock strike (tests/fixtures/factcheck_203: Port Alder's
48-hour strike, the union's 9% demand, Alder Terminals' 4.5% offer, a government mediator's invitation to talks).

1. Honest but refused: "Alder Terminals says 4.5% is the most the business can bear" citing the pay paragraph
   ("Alder Terminals has offered 4.5%, which it says is "the most the business can bear". Union leader Ruth Okafor
   said the offer was ...") was refused as Okafor's words: "which it says" named no speaker, so the next sentence's
   was taken. A relative clause's saying ("which it says", "which it calls", "which it describes as", "what it calls")
   is now its clause subject's (explainer/relative_speakers.py, read by speakers.py).
2. The operator's words given to the union: "..., which the union says is 'the most the business can bear'" citing
   the same paragraph built; now refused by the same reading.
3. The operator's words given to the union by a common noun: "The union said profits would fall" citing "Alder
   Terminals reported a profit ... The company said profits would fall this year ..." built, "the company" being no
   party's word. A passage's "The company said" ("The firm says", ...) is read as the business the sentence before
   opens on (explainer/company_noun_speakers.py, read by speakers.py); a union or a person there is never read so.
4. An offer told as raised: "Alder Terminals has raised its offer to 4.5%" citing "Alder Terminals has offered 4.5%",
   where no passage gives an earlier offer (explainer/untold_talks_steps.py).
5. An invitation told as accepted: "Both sides have accepted the mediator's invitation" citing "has invited both sides
   to talks on Thursday"; "has not accepted", "has yet to accept" and an offer not accepted build (same module).
6. A breakdown of talks moved to another weekday by another verb: "Talks with the operator collapsed late on Tuesday"
   citing "... after talks with the port operator, Alder Terminals, broke down late on Monday" (dated_acts.py reads an
   act by its own verb: "collapsed" is not "broke"; same module).

Each with honest paraphrases that must build, over this fixture and newuser_118, newuser_119 and newuser_122.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, error_lines, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "factcheck_203"
BRIEFING = "port-strike"
REPORT = (FIXTURE / "seeds" / "strike.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="union", name="Dockworkers' Union"), Party(id="operator", name="Alder Terminals"))
PASSAGES = {
    "PAY": paragraph(REPORT, "has offered 4.5%"),
    "GAP": "The Dockworkers' Union is demanding a pay rise of 9% this year. Alder Terminals has offered 4.5%",
    "MEDIATOR": "A government mediator, Paul Hennessy, has invited both sides to talks on Thursday.",
    "PROFIT": paragraph(REPORT, "profit of"),
    "WALKOUT": paragraph(REPORT, "About 2,400"),
}
WORDS_OF = "gives the words to"
RAISED = "tells an offer as raised"
ACCEPTED = "tells an invitation as accepted"
MOVED = "dates the breakdown of talks"


def found(key: str, sentence: str) -> list[str]:
    """Return the build's findings of an English sentence citing the report's passage `key`."""
    read_as_project_locale(REPO, "en")
    return sentence_findings(sentence, (PASSAGES[key],), "en", PARTIES)


MISSTATED = [
    # 2
    ("PAY", "Alder Terminals has offered 4.5%, which the union says is \"the most the business can bear\".", WORDS_OF),
    ("PAY", "The union says 4.5% is the most the business can bear.", WORDS_OF),
    # 3
    ("PROFIT", "The union said profits would fall.", WORDS_OF),
    ("PROFIT", "The Dockworkers' Union said profits would fall this year because of lower trade volumes.", WORDS_OF),
    # 4
    ("GAP", "Alder Terminals has raised its offer to 4.5%.", RAISED),
    ("GAP", "The operator has improved its pay offer to 4.5%.", RAISED),
    # 5
    ("MEDIATOR", "Both sides have accepted the mediator's invitation.", ACCEPTED),
    ("MEDIATOR", "The union has agreed to attend the talks on Thursday.", ACCEPTED),
    # 6
    ("WALKOUT", "Talks with the operator collapsed late on Tuesday.", MOVED),
    ("WALKOUT", "Pay talks fell apart on Sunday.", MOVED),
]


@pytest.mark.parametrize("key, sentence, words", MISSTATED)
def test_a_speaker_or_step_misstated_is_refused(key: str, sentence: str, words: str):
    assert any(words in finding for finding in found(key, sentence)), (sentence, found(key, sentence))


HONEST = [
    # 1: the operator's own words, however told
    ("PAY", "Alder Terminals says 4.5% is the most the business can bear."),
    ("PAY", "Alder Terminals has offered 4.5%, which it calls \"the most the business can bear\"."),
    ("PAY", "The operator has offered 4.5%, which it describes as the most the business can bear."),
    ("PAY", "The operator has offered what it calls \"the most the business can bear\": 4.5%."),
    ("PAY", "Alder Terminals said 4.5% was the most the business could bear."),
    ("PAY", "According to Alder Terminals, 4.5% is the most the business can bear."),
    ("PAY", "The operator insists 4.5% is the most the business can bear."),
    ("PAY", "Alder Terminals, which has offered 4.5%, says that is the most the business can bear."),
    ("PAY", "The Dockworkers' Union wants 9%, while Alder Terminals says 4.5% is the most the business can bear."),
    ("PAY", "Ruth Okafor said the offer was \"an insult to people who kept the port open through the pandemic\"."),
    ("PAY", "Okafor said the 4.5% offer was an insult."),
    ("PAY", "The operator has offered 4.5%, which the union called an insult."),
    ("PAY", "Alder Terminals has offered 4.5%, which Ruth Okafor described as an insult."),
    # 3
    ("PROFIT", "The company said profits would fall this year."),
    # 4
    ("GAP", "Alder Terminals has offered 4.5%."),
    ("GAP", "The union wants 9%; the operator has offered 4.5%."),
    ("GAP", "The operator has not raised its offer."),
    ("GAP", "The union wants Alder Terminals to raise its offer."),
    ("GAP", "Alder Terminals has put 4.5% on the table."),
    # 5
    ("GAP", "The union has not accepted the 4.5% offer."),
    ("GAP", "The union has refused to accept the 4.5% offer."),
    ("MEDIATOR", "Neither side has yet accepted the mediator's invitation."),
    ("MEDIATOR", "It is not known whether both sides have accepted the invitation."),
    ("MEDIATOR", "The union and Alder Terminals have been invited to talks on Thursday."),
    ("MEDIATOR", "Both sides have been asked to attend talks on Thursday."),
    # 6
    ("WALKOUT", "Talks collapsed late on Monday, and dockworkers walked out on Tuesday."),
    ("WALKOUT", "Pay talks with Alder Terminals collapsed on Monday."),
    ("WALKOUT", "Talks fell apart on Monday; the strike began on Tuesday."),
    ("WALKOUT", "The strike began on Tuesday, a day after talks broke down."),
    ("WALKOUT", "About 2,400 dockworkers began a 48-hour strike on Tuesday after talks with Alder Terminals collapsed."),
]


@pytest.mark.parametrize("key, sentence", HONEST)
def test_an_honest_paraphrase_builds(key: str, sentence: str):
    assert not found(key, sentence), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The offer was raised to 4.5% from 3%.", "Alder Terminals raised its offer from 3% to 4.5% on Monday."),
    ("The operator has raised its offer to 4.5%.", "Alder Terminals has made a new offer of 4.5%, up from 3%."),
    ("Both sides have accepted the mediator's invitation.", "Both sides said they would attend the talks."),
    ("The union accepted the invitation to talks.", "The union has agreed to join talks called by the mediator."),
    ("Talks collapsed on Monday.", "Talks broke down on Monday."),
    ("Alder Terminals raised its offer to 4%.", "Alder Terminals offered 3% in May and 4% in June."),
    ("Acme Foods increased its bid to £2 billion.", "Acme Foods made an improved bid of £2 billion on Monday."),
    ("The union has accepted the invitation to talks on Thursday.",
     "The union, invited to talks on Thursday, confirmed it would attend."),
    ("The talks collapsed on Monday.", "The talks were suspended on Monday after they broke down late on Sunday."),
    ("Acme Foods says the cuts will save £20 million a year.",
     "Acme Foods has cut 300 jobs, which it says will save £20 million a year. The union said the cuts were "
     "unnecessary."),
    ("Acme said it had no plans to close the plant.",
     "Acme Foods cut 300 jobs in May. The firm said it had no plans to close the plant."),
    ("The union is seeking 9%, which it says is needed to make up for inflation.",
     "The union is seeking a one-year rise of 9%, which it says is needed to make up for inflation."),
    ("Halden Biologics says it reported every case in the trial.",
     "Halden Biologics denies this. The company says it reported every case in the trial, though six were reported "
     "late."),
])
def test_other_honest_sentences_build(sentence: str, passage: str):
    read_as_project_locale(REPO, "en")
    parties = PARTIES + (Party(id="halden", name="Halden Biologics"), Party(id="acme", name="Acme Foods"))
    assert not sentence_findings(sentence, (passage,), "en", parties), sentence


@pytest.mark.parametrize("summary, words", [
    ("The union said profits would fall this year.", WORDS_OF),
    ("Alder Terminals has raised its offer to 4.5%.", RAISED),
])
def test_the_build_names_the_line(tmp_path: Path, summary: str, words: str):
    desk = _with_summary(tmp_path, summary)
    result = run_build(desk, "check")
    assert result.code == 1 and any(line.startswith(f"content/{BRIEFING}/briefing.yaml:") and words in line
                                    for line in error_lines(result)), result.err


def test_the_honest_twin_builds(tmp_path: Path):
    desk = _with_summary(tmp_path, "The company said profits would fall this year.")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def _with_summary(tmp_path: Path, summary: str) -> Path:
    """Return a copy of the dock briefing with `summary` after its summary's second sentence, citing the offer, or
    the claims' profits passage where it names profits (a sentence alone, "The company said profits would fall ...":
    "The company" is read by the sentence before it in its paragraph)."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    briefing = desk / "content" / BRIEFING / "briefing.yaml"
    edit(briefing, "The union wants a 9% rise this year; the operator has offered 4.5%.[^gap]",
         "The union wants a 9% rise this year; the operator has offered 4.5%.[^gap]\n"
         f"  {summary}[^{'profits' if 'profits' in summary else 'gap'}]")
    return desk
