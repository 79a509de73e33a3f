"""A new user's developing story (tests/fixtures/newuser_92: a newsroom editor's three agency reports of 9, 12 and 15
March 2026 on a fire at a chemical plant in Harwick and the dispute between its operator, Velmar Chemicals, and the
regional government of Eastmarch over the evacuation and its cause), briefed from report 1 whole, then updated from
the follow-ups as "A developing story" says: the toll raised, the zone widened then narrowed, the operator's chlorine
figure "revised from 1.2 tonnes to 3.4 tonnes", a claim withdrawn, and the third report's correction of the second.

What the editor met, and what now reads it:
- "..., the regional government said" citing "Brandt said investigators were examining ..." was refused as words
  given to "the government", though the editor listed "the regional government" and "Brandt" as the same party's
  names: a body a sentence names by a party's words speaks for that party's own people (unnamed_speakers.py).
- "Velmar says 1.2 tonnes of chlorine were stored" built beside the follow-up's "revised its figure ... from 1.2
  tonnes to 3.4 tonnes": a unit (or currency sign, per cent) between "from X" and "to Y" hid the revision
  (revised.py).
- "The fire service says 41 people have been treated in hospital" (and "..., the fire service said") built beside the
  correction "An earlier version of this report, published on 12 March, said that 41 people had been treated": words
  set off by commas after "this report" hid the note, and the wrong figure is the report's own, which no speaker the
  sentence names gave: only a word of time keeps it ("initially", "first") (revised.py).
- `changes --since` told a revised figure kept beside the older one ("keep what was said then, and add what is said
  now") as "figure 'Chlorine stored' (Velmar Chemicals): 1.2 -> 3.4", and a second figure of the same measure and
  claimant added to another claim not at all: each figure is now compared, and one added beside another is "figure
  added" (changes.py).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_92"
PARTIES = (Party(id="velmar", name="Velmar Chemicals", short_name="Velmar", role="operator",
                 aliases=("the company", "Martin Hale", "Hale")),
           Party(id="eastmarch", name="Regional government of Eastmarch", short_name="Eastmarch",
                 role="regional government", aliases=("the regional government", "the region", "Sofia Brandt",
                                                      "Brandt")),
           Party(id="fire-service", name="Eastmarch fire service", short_name="The fire service",
                 role="emergency service", aliases=("the fire service", "Daniel Okafor", "Okafor")))

ALARM = ("Brandt said investigators were examining a report that staff had disabled a smoke alarm in the storage hall "
         "in February.")
ALARM_HALE = ALARM.replace("Brandt said", "Hale said")
ALARM_OKAFOR = ALARM.replace("Brandt said", "Okafor said")
TOLD = "Investigators are examining a report that staff disabled a smoke alarm in the storage hall in February"
REVISED = ("Velmar Chemicals revised its figure for the chlorine stored at the plant from 1.2 tonnes to 3.4 tonnes on "
           "Wednesday, saying a second storage tank had been left out of its first count \"in error\".")
HOSPITAL = "The fire service said 41 people had now been treated in hospital, most of them for breathing problems."
CORRECTION = ("Correction: An earlier version of this report, published on 12 March, said that 41 people had been "
              "treated in hospital. The fire service's figure was 31.")
PRICE = "The firm revised its ticket price from $5 to $7 in May."
FORECAST = "The bank revised its growth forecast from 2 per cent to 1.5 per cent on Monday."

HONEST = {
    "region-by-its-minister": (f"{TOLD}, the regional government said.", (ALARM,)),
    "region-said-after": (f"{TOLD}, said the regional government.", (ALARM,)),
    "region-said-before": ("The regional government said investigators are examining a report that staff disabled a "
                           "smoke alarm in February.", (ALARM,)),
    "according-to-region": (f"According to the regional government, i{TOLD[1:]}.", (ALARM,)),
    "company-by-its-chief": (f"{TOLD}, the company said.", (ALARM_HALE,)),
    "first-figure-as-first": ("Velmar first said 1.2 tonnes of chlorine were stored at the plant.", (REVISED,)),
    "new-figure-now": ("Velmar now says 3.4 tonnes of chlorine were stored at the plant.", (REVISED,)),
    "revision-told": ("Velmar revised its figure from 1.2 tonnes to 3.4 tonnes.", (REVISED,)),
    "old-price-with-new": ("Tickets cost $5 before the firm raised the price to $7.", (PRICE,)),
    "wrong-figure-as-initial": ("The agency initially reported 41 people treated in hospital.", (HOSPITAL, CORRECTION)),
    "wrong-figure-with-right": ("The agency first reported that 41 people had been treated in hospital; the fire "
                                "service's figure was 31.", (HOSPITAL, CORRECTION)),
    "right-figure": ("The fire service's figure for people treated in hospital is 31.", (CORRECTION,)),
}
MISSTATED = {
    "region-given-the-companys": (f"{TOLD}, the regional government said.", (ALARM_HALE,),
                                  "this sentence gives the words to the regional government, but its cited passages "
                                  "give them to Hale"),
    "region-given-the-fire-services": (f"{TOLD}, the regional government said.", (ALARM_OKAFOR,),
                                       "but its cited passages give them to Okafor"),
    "company-given-the-regions": (f"{TOLD}, the company said.", (ALARM,),
                                  "this sentence gives the words to the company, but its cited passages give them to "
                                  "Brandt"),
    "revised-figure-as-current": ("Velmar says 1.2 tonnes of chlorine were stored at the plant.", (REVISED,),
                                  "this sentence states 1.2 as current, but its cited passages name it as revised or "
                                  "wrong ('revised its figure for the chlorine stored at the plant from 1.2 tonnes to "
                                  "3.4')"),
    "revised-figure-said-after": ("The plant stored 1.2 tonnes of chlorine, Velmar says.", (REVISED,),
                                  "states 1.2 as current"),
    "revised-price": ("The ticket price is $5, the firm says.", (PRICE,), "states 5 as current"),
    "revised-per-cent": ("Growth is 2 per cent, the bank says.", (FORECAST,), "states 2 as current"),
    "corrected-figure-says": ("The fire service says 41 people have been treated in hospital.", (HOSPITAL, CORRECTION),
                              "this sentence states 41 as current, but its cited passages name it as revised or wrong "
                              "('earlier version of this report, published on 12 March, said that 41')"),
    "corrected-figure-given-a-speaker": ("41 people were treated in hospital, the fire service said.",
                                         (HOSPITAL, CORRECTION), "states 41 as current"),
    "corrected-figure-as-fact": ("At least 41 people were treated in hospital.", (CORRECTION,),
                                 "states 41 as current"),
}


def found(sentence: str, passages: tuple[str, ...]) -> list[str]:
    """Return the findings of a sentence citing passages of a report of 15 March 2026, of the fire's parties."""
    return sentence_findings(sentence, passages, "en", PARTIES, published="2026-03-15")


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages: tuple[str, ...]):
    assert found(sentence, passages) == []


@pytest.mark.parametrize("sentence, passages, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], said: str):
    findings = found(sentence, passages)
    assert any(said in finding for finding in findings), findings


def test_the_developing_story_builds(tmp_path: Path):
    """The briefing of three reports builds: the toll raised, the zone widened and narrowed, the chlorine figure
    marked revised, and the log's correction of the hospital figure on the page and in the feed."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "harwick-fire" / "index.html").read_text(encoding="utf-8").split())
    for words in ("revised to at least 5 by the report of 12 March 2026", "from 1.2 tonnes to 3.4 tonnes",
                  "We said 41 people had been treated in hospital."):
        assert words in page, words
    feed = (desk / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "What was wrong: We said 41 people had been treated in hospital." in feed


def _git(desk: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.org", *args], cwd=desk, check=True,
                   capture_output=True)


def test_changes_tell_a_figure_added_beside_another_of_its_measure(tmp_path: Path):
    """A follow-up's figure added as a claim of its own beside the older one of the same claimant and measure is
    "figure added", not the older one changed; one added to another claim is told too; one edited is "old -> new"."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    _git(desk, "init", "-q")
    _git(desk, "add", "content", "seeds")
    _git(desk, "commit", "-qm", "three reports")
    claims = desk / "content" / "harwick-fire" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    text = text.replace("          - {measure: Chlorine stored, value: 3.4, unit: tonnes}\n",
                        "          - {measure: Chlorine stored, value: 3.4, unit: tonnes}\n"
                        "          - {measure: Tanks counted, value: 2}\n")
    claims.write_text(text + "      - id: hospital-again\n        claimant: Eastmarch fire service\n"
                             "        parties: [fire-service]\n        says: 31 people were treated in hospital.\n"
                             "        figures:\n          - {measure: People treated in hospital, value: 31}\n"
                             "        status: claim\n        cite: [hospital-3]\n", encoding="utf-8")
    result = run_build(desk, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    assert "figure added: 'People treated in hospital' (Eastmarch fire service): 31" in result.out, result.out
    assert "figure added: 'Tanks counted' (Velmar Chemicals): 2" in result.out, result.out
    assert "->" not in result.out.replace("changes since", ""), result.out
    claims.write_text(claims.read_text(encoding="utf-8").replace("value: 3.4, unit", "value: 3.5, unit"),
                      encoding="utf-8")
    result = run_build(desk, "changes", "--since", "HEAD")
    assert "figure 'Chlorine stored' (Velmar Chemicals): 3.4 -> 3.5" in result.out, result.out
