"""A fact-checker's words swapped and attributions dropped in the real briefing (benchmarks/mutations.py, kinds "word
swapped" and "hedge or attribution dropped"), each refused now, with honest twins that must build:

1. A capture told as a loss: "74 Taliban posts were destroyed and 18 lost" citing "74 Taliban posts were destroyed and
   18 captured", "55 Pakistani soldiers were killed and 19 posts lost" citing "... 19 posts seized", and a claim's
   measure "Taliban posts lost" / "Posts lost" for those figures: "lost" as a participle tells what one side took as
   what it lost. "The Taliban lost 18 posts" (a verb naming the loser) is not read (explainer/deed_antonyms.py).
2. A deed turned into its opposite: "Taliban posts spared" citing "74 Taliban posts were destroyed"; "drones ... were
   missed" citing "air defense systems intercepted them" (explainer/deed_antonyms.py; a claim's measure through
   explainer/measure_acts.py).
3. An attribution dropped from a paragraph the source introduces as another's: "it invests in military nuclear
   programs" citing "Islamabad continues to invest in its military nuclear programs ...", whose paragraph follows
   "regional publication Al-Monitor lays out the following:" (explainer/introduced_sayings.py).

Each also on another topic (a fictional trade dispute, a court case).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_build
from support import error_lines, minimal_project

PARTIES = "  - id: alpha\n    name: Alpha\n  - id: beta\n    name: Beta\n"
OPENING = "The dispute began in March."


def _write(root: Path, source: str, quote: str, timeline: str = "", measure: str = "", value: int | None = None,
           says: str = "", claimant: str = "Alpha") -> None:
    """Write a project whose source is OPENING then `source`, its summary OPENING, and a timeline entry `timeline`
    or a claim (`says`, with a figure `measure` of `value`) citing `quote`."""
    text = f"{OPENING}\n\n{source}\n"
    (root / "seeds" / "flood.txt").write_text(text, encoding="utf-8")
    import hashlib
    (root / "content" / "sources.yaml").write_text(
        f"sources:\n  - id: flood\n    file: flood.txt\n    title: Flood report\n    publisher: unknown\n"
        f"    date: unknown\n    sha256: {hashlib.sha256(text.encode()).hexdigest()}\n", encoding="utf-8")
    folder = root / "content" / "flood"
    for name in ("claims.yaml", "comparisons.yaml", "timeline.yaml"):
        (folder / name).unlink(missing_ok=True)
    (folder / "briefing.yaml").write_text(
        f"title: The flood\nsummary: |\n  {OPENING}[^o]\nlanguage: en\nupdates:\n  - date: 2026-03-03\n"
        f"    kind: update\n    text: First published.\nparties:\n{PARTIES}citations:\n  o:\n    source: flood\n"
        f"    quote: {json.dumps(OPENING)}\n", encoding="utf-8")
    citation = f"citations:\n  t:\n    source: flood\n    quote: {json.dumps(quote)}\n"
    if timeline:
        (folder / "timeline.yaml").write_text(
            f"events:\n  - when: Not dated in the report\n    what: {json.dumps(timeline)}\n    cite: [t]\n"
            + citation, encoding="utf-8")
    if says:
        figure = (f"        figures:\n          - measure: {json.dumps(measure)}\n"
                  + (f"            value: {value}\n" if value is not None else "")) if measure else ""
        (folder / "claims.yaml").write_text(
            f"topics:\n  - id: losses\n    title: Losses\n    claims:\n      - claimant: {claimant}\n"
            f"        parties: [alpha]\n        says: {json.dumps(says)}\n{figure}        status: claim\n"
            f"        cite: [t]\n" + citation, encoding="utf-8")


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return minimal_project(tmp_path_factory.mktemp("factcheck244") / "project")


def _lines(root: Path, **case) -> list[str]:
    _write(root, **case)
    result = run_build(root, "check")
    assert "Traceback" not in result.err
    return error_lines(result) if result.code else []


TOLL = ("A Pakistani military spokesman has said that 274 Taliban fighters have been killed and more than 400 injured "
        "by Pakistani strikes, adding that 74 Taliban posts were destroyed and 18 captured - and counting.")
SEIZED = "The Taliban for its part has said that 55 Pakistani soldiers were killed and 19 posts seized."
TRADE = "Customs officials said 40 containers of Bordurian cheese were seized at the port and 12 were destroyed."
TARAR = ("Pakistan's Information Minister Attaullah Tarar said Pakistani Taliban militants attempted to deploy drones "
         "against targets within Pakistan, but air defense systems intercepted them and no casualties were reported.")
COURT = "The court heard that the bailiffs seized 30 vehicles from the firm and destroyed its ledgers."
DEEDS = "this sentence says '{}' where its cited passages say '{}'"

TIMELINE_CASES = [
    # 1. a capture told as a loss
    (TOLL, "Pakistan says 74 Taliban posts were destroyed and 18 lost.", DEEDS.format("lost", "captured")),
    (SEIZED, "The Taliban say 55 Pakistani soldiers were killed and 19 posts lost.", DEEDS.format("lost", "seized")),
    (TRADE, "Customs officials say 40 containers of Bordurian cheese were lost at the port.",
     DEEDS.format("lost", "seized")),
    (COURT, "The court heard that 30 of the firm's vehicles were lost.", DEEDS.format("lost", "seized")),
    (COURT, "The court heard that 30 of the firm's vehicles were lost to the bailiffs.", "ok"),
    (TOLL, "A Pakistani military spokesman says Taliban posts were lost to Pakistani forces.", "ok"),
    # 2. a deed turned into its opposite
    (TARAR, "Pakistan's Information Minister says drones that Pakistani Taliban militants attempted to deploy were "
            "missed.", DEEDS.format("missed", "intercepted")),
    (COURT, "The court heard that the bailiffs seized 30 vehicles from the firm and its ledgers were spared.",
     DEEDS.format("spared", "destroyed")),
    # honest twins: the source's words, other verbs, the loser named by an active verb, other word orders
    (TOLL, "Pakistan says 74 Taliban posts were destroyed and 18 captured.", "ok"),
    (TOLL, "Pakistan says 74 Taliban posts were destroyed and 18 more were captured.", "ok"),
    (TOLL, "The Taliban have lost posts to capture and destruction, a Pakistani military spokesman says.", "ok"),
    (TOLL, "No Taliban post hit was spared: Pakistan says 74 were destroyed and 18 captured.", "ok"),
    (SEIZED, "The Taliban say Pakistan lost 55 soldiers and 19 posts.", "ok"),
    (SEIZED, "The Taliban say they seized 19 posts; Pakistan has not said how many it lost.", "ok"),
    (TARAR, "Tarar says air defenses intercepted the drones, none of which hit their targets.", "ok"),
    (SEIZED, "The Taliban say they seized 19 posts and killed 55 Pakistani soldiers.", "ok"),
    (SEIZED, "The Taliban claim 19 posts were captured and 55 Pakistani soldiers killed.", "ok"),
    (TRADE, "Customs officials say they seized 40 containers of Bordurian cheese and destroyed 12.", "ok"),
    (TRADE, "Bordurian exporters lost 40 containers of cheese to seizure at the port, customs officials say.", "ok"),
    (COURT, "According to the court, bailiffs took 30 of the firm's vehicles and destroyed its ledgers.", "ok"),
    (TARAR, "Pakistan's Information Minister says air defenses intercepted drones the Pakistani Taliban attempted "
            "to deploy.", "ok"),
    (TARAR, "Pakistan's Information Minister says drones that Pakistani Taliban militants attempted to deploy were "
            "shot down, with no casualties reported.", "ok"),
    (TARAR, "Tarar says air defense systems stopped the drones and no casualties were reported.", "ok"),
]


@pytest.mark.parametrize("source, sentence, expected", TIMELINE_CASES,
                         ids=[f"{case[1][:50]}" for case in TIMELINE_CASES])
def test_deed_told_as_the_source_tells_it(root, source, sentence, expected):
    found = _lines(root, source=source, quote=source, timeline=sentence)
    if expected == "ok":
        assert found == []
    else:
        assert any(expected in line for line in found), found


MEASURES = "`measure`: '{}' gives {} as '{}' where the claim's passages give it as '{}'"
CLAIM_CASES = [
    (TOLL, "74 Taliban posts were destroyed and 18 captured.", "Taliban posts lost", 18,
     "'lost' where the claim's passages give it as 'captured'"),
    (SEIZED, "55 Pakistani soldiers were killed and 19 posts seized.", "Posts lost", 19,
     "'lost' where the claim's passages give it as 'seized'"),
    (TOLL, "74 Taliban posts were destroyed and 18 captured.", "Taliban posts spared", 74,
     "'spared' where the claim's passages give it as 'destroyed'"),
    (TRADE, "40 containers of Bordurian cheese were seized at the port.", "Containers lost", 40,
     "'lost' where the claim's passages give it as 'seized'"),
    (TOLL, "74 Taliban posts were destroyed and 18 captured.", "Taliban posts captured", 18, "ok"),
    (SEIZED, "55 Pakistani soldiers were killed and 19 posts seized.", "Posts seized", 19, "ok"),
    (SEIZED, "55 Pakistani soldiers were killed and 19 posts seized.", "Posts taken", 19, "ok"),
    (TRADE, "40 containers of Bordurian cheese were seized at the port.", "Containers seized", 40, "ok"),
]


@pytest.mark.parametrize("source, says, measure, value, expected", CLAIM_CASES,
                         ids=[f"{case[2]} {case[3]}" for case in CLAIM_CASES])
def test_claim_measure_keeps_the_deed(root, source, says, measure, value, expected):
    claimant = {TOLL: "A Pakistani military spokesman", SEIZED: "The Taliban"}.get(source, "Customs officials")
    found = _lines(root, source=source, quote=source, says=says, measure=measure, value=value, claimant=claimant)
    if expected == "ok":
        assert found == []
    else:
        assert any(expected in line for line in found), found


AL_MONITOR = ("As for how the warring sides compare, regional publication Al-Monitor lays out the following:\n\n"
              "Pakistan's armed forces benefit from good recruitment and retention, bolstered by equipment from its "
              "main defense partner China. Islamabad continues to invest in its military nuclear programs and is "
              "also modernizing its navy and air force.")
NUCLEAR = ("Islamabad continues to invest in its military nuclear programs and is also modernizing its navy and air "
           "force")
RURITANIA = ("On the tariffs, the trade monitor Tradewatch sets out the following:\n\n"
             "Borduria's cheese exporters depend heavily on Ruritanian buyers, who absorb most of their shipments.")
BUYERS = "Borduria's cheese exporters depend heavily on Ruritanian buyers, who absorb most of their shipments."
UNATTRIBUTED = "this sentence tells as plain fact what the source gives as another's"

SAYING_CASES = [
    (AL_MONITOR, NUCLEAR, "Pakistan invests in military nuclear programs and is modernizing its navy and air force.",
     UNATTRIBUTED),
    (RURITANIA, BUYERS, "Borduria's cheese exporters depend heavily on Ruritanian buyers.", UNATTRIBUTED),
    (AL_MONITOR, NUCLEAR, "Al-Monitor says Pakistan invests in military nuclear programs and is modernizing its navy "
                          "and air force.", "ok"),
    (AL_MONITOR, NUCLEAR, "According to Al-Monitor, Pakistan invests in military nuclear programs.", "ok"),
    (AL_MONITOR, NUCLEAR, "Pakistan, Al-Monitor writes, invests in military nuclear programs.", "ok"),
    (AL_MONITOR, NUCLEAR, "The regional publication the report quotes has Pakistan investing in military nuclear "
                          "programs.", "ok"),
    (AL_MONITOR, NUCLEAR, "In Al-Monitor's account, Pakistan invests in military nuclear programs.", "ok"),
    (RURITANIA, BUYERS, "Tradewatch finds Borduria's cheese exporters depend heavily on Ruritanian buyers.", "ok"),
    (RURITANIA, BUYERS, "Borduria's cheese exporters depend heavily on Ruritanian buyers, the trade monitor says.",
     "ok"),
]


@pytest.mark.parametrize("source, quote, sentence, expected", SAYING_CASES,
                         ids=[f"{case[2][:50]}" for case in SAYING_CASES])
def test_introduced_saying_keeps_its_sayer(root, source, quote, sentence, expected):
    found = _lines(root, source=source, quote=quote, timeline=sentence)
    if expected == "ok":
        assert found == []
    else:
        assert any(expected in line for line in found), found


def test_claimant_says_an_introduced_paragraph_as_its_own(root):
    """A claim's words are its claimant's: they need not name whose they are."""
    assert _lines(root, source=AL_MONITOR, quote=NUCLEAR,
                  says="Pakistan invests in military nuclear programs and is modernizing its navy and air force.") == []
