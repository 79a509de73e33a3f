"""A new user's briefing on a court ruling (tests/fixtures/newuser_77: a dam's expansion blocked, a water authority
against an alliance of fishing groups), written from the README alone, and what a fact-checker found reading it.

Honest wording that was refused, now built:
- a passage of two speakers, the second after ", though": "State officials estimate that demand will exceed supply by
  2030 ..., though the alliance disputes that forecast, saying it ignores savings from leak repairs." gives the words
  after "saying" to the alliance (participle_speakers.py reads a clause opening with "though" or "although", and
  speaker_turns.py ends the officials' turn there); a claim of the alliance's citing it, its `parties: [alliance]`,
  builds (speakers.wrong_column reads a listed party speaking by its common noun, "the alliance").
Misstatements that built, now refused:
- the officials' forecast given to the alliance, and the alliance's words to the officials (speaker_turns.py, a party
  named by its common noun a speaker of its own: side_speakers.py);
- "The ruling is a defeat for the Riverkeepers Alliance" citing "a victory for the Riverkeepers Alliance"
  (opposites.py: victory or win and defeat, loss, setback or blow);
- "The expansion would double the reservoir's capacity" citing "increase the reservoir's capacity by about 40 per
  cent": a multiple's bare verb after a modal or "to" ("would double", "plans to halve") is read as "doubled" is
  (attribution.unbacked_multiples).
A figure in feet where the source gives metres was told "is given in foots": now "feet".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_77"
PARTIES = (Party(id="authority", name="State water authority", short_name="the authority", role="defendant"),
           Party(id="alliance", name="Riverkeepers Alliance", short_name="the alliance", role="plaintiff"),
           Party(id="court", name="District Court", role="court"))

FORECAST = ("State officials estimate that the region's demand for water will exceed supply by 2030 if no new capacity "
            "is built, though the alliance disputes that forecast, saying it ignores savings from leak repairs.")
VICTORY = ("Judge Helen Okafor of the District Court ordered the authority to carry out a new environmental review "
           "before any construction begins. The ruling is a victory for the Riverkeepers Alliance, a coalition of "
           "fishing and conservation groups that sued the authority in June 2025.")
CAPACITY = ("The expansion would raise the dam by 12 metres and increase the reservoir's capacity by about 40 per cent, "
            "to 310 million cubic metres.")
EMISSIONS = "The city plans to cut emissions by 30% by 2030."

HONEST = {
    "second-speaker-says": ("The alliance says the forecast ignores savings from leak repairs.", FORECAST),
    "second-speaker-disputes": ("The Riverkeepers Alliance disputes the forecast, saying it ignores savings from leak "
                                "repairs.", FORECAST),
    "although": ("The alliance says the forecast ignores savings from leak repairs.",
                 FORECAST.replace(", though", ", although")),
    "first-speaker": ("State officials expect demand to exceed supply by 2030 if no new capacity is built.", FORECAST),
    "victory": ("The ruling is a victory for the Riverkeepers Alliance.", VICTORY),
    "capacity": ("The dam would be raised by 12 metres and the reservoir's capacity would grow by about 40%.", CAPACITY),
    "double-backed": ("The plan would double the capacity.", "The plan would increase the capacity by 100%."),
    "halve-backed": ("The city plans to halve emissions by 2030.", "The city plans to cut emissions by 50% by 2030."),
    "double-backed-by-word": ("The firm aims to double output by 2030.", "The firm aims to double output by 2030."),
    "double-adjective": ("Critics said it was a double standard.", "Critics said it was a double standard."),
    "double-blow": ("It would be a double blow to the town.", "It would be a double blow to the town."),
}

MISSTATED = {
    "forecast-to-alliance": ("The alliance says demand will exceed supply by 2030 unless new capacity is built.",
                             FORECAST, "gives the words to the alliance, but its cited passage gives them to State "
                                       "officials"),
    "alliance-words-to-officials": ("State officials say the forecast ignores savings from leak repairs.", FORECAST,
                                    "gives the words to State officials, but its cited passage gives them to the "
                                    "alliance"),
    "defeat": ("The ruling is a defeat for the Riverkeepers Alliance.", VICTORY, "says 'defeat' where its cited passages "
                                                                             "say 'victory'"),
    "setback": ("The ruling is a setback for the Riverkeepers Alliance.", VICTORY, "says 'setback' where its cited "
                                                                                "passages say 'victory'"),
    "would-double": ("The expansion would double the reservoir's capacity.", CAPACITY, 'change "double" is not in'),
    "plans-to-halve": ("The city plans to halve emissions by 2030.", EMISSIONS, 'change "halve" is not in'),
    "could-triple-of-no-base": ("Damages could triple if the judge finds the infringement wilful.",
                                "The damages could rise to up to $360 million if the judge finds that the infringement "
                                "was wilful", 'change "triple" is not in'),
    "feet": ("The dam would be raised by 12 feet.", CAPACITY, 'figure "12" is given in feet, which'),
}


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage, in English, of the ruling briefing's parties."""
    return sentence_findings(sentence, (passage,), "en", PARTIES, published="2026-03-14")


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, said: str):
    findings = found(sentence, passage)
    assert any(said in finding for finding in findings), findings


def test_the_briefing_builds(tmp_path: Path):
    """The ruling briefing builds: a claim of the alliance's citing the officials' forecast and its answer, a
    comparison of what each side says is at stake, a weekday dated from the report's date, quotes and caveats."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "dam-ruling" / "index.html").read_text(encoding="utf-8")
    for words in ("The forecast ignores savings from leak repairs.", "Riverkeepers Alliance", "450,000",
                  "treated the environmental review as a formality"):
        assert words in page, words

