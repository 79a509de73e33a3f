"""What the report gives, and what it does not: the real briefing's sentences about its source, negated or turned
(benchmarks/mutations.py), now refused, with honest twins that must build:

1. A doubled negation before "given" or "named" (explainer/given_without_figures.py): "...; no numbers are not given"
   citing "its forces have taken out a number of tanks", "Taliban fighters killed (how many is not not given)", and
   "where and how is not not given", built: a negation undone says the source gives it.
2. "(how many is given)" of what the passages count with no figure (explainer/given_without_figures.py): "Taliban
   fighters killed (how many is given), 11 wounded ..." citing "Kabul have acknowledged Taliban fighters killed, 11
   wounded, and 13 civilians injured ...", a "not" dropped, built beside the passage's other figures.
3. One in a role said to be named that the passages never name (explainer/given_without_figures.py): "Many
   analysts, named, point to ..." citing "Many analysts are pointing to 'blowback' ...", "its perpetrator is named"
   citing "... when a suicide bomber struck a Shia mosque ...", "the minister is named" citing "... its defense
   minister acknowledged that to me on camera", built.
4. Figures denied that the passages give (explainer/denied_sayings.py): "Each side has not given figures for the
   other side's losses" citing "A Pakistani military spokesman has said that 274 Taliban fighters have been killed
   ..." and "The Taliban for its part has said that 55 Pakistani soldiers were killed ...", a "not" added, built.
5. Whose words they are, or when they were said, said given where the passages give none
   (explainer/given_without_figures.py): "reports (whose is given) of drone usage" citing "there have been reports of
   drone usage against Pakistan positions", "who said it, and when, is given" citing "Pakistan points the finger at
   Israel and India ...", "when she said it is given" citing "Overall, Pakistan is experiencing ...", built.
6. A claim's plain `channel` and `evidence` fields read as prose is for 1 and 3 (one check call in cite.py's
   checked_text): "channel: on camera to Yalda Hakim; the minister is named, the date not given" and "evidence: none
   given; who said it, and when, is not not given" built, as polarity.py reads prose only.

Each with a twin of another topic, and honest twins ("no numbers are given", "how many is not given", "the minister
is not named", "Neither side has given figures for civilian deaths", "gives no figures for its own losses").
"""

from __future__ import annotations

import shutil

import pytest

from conftest import REPO, run_build
from support import error_lines, found_in_language, minimal_project, sentence_findings

SOURCE = (REPO / "seeds" / "000_bd91349fafd64fe6.txt").read_text(encoding="utf-8")


def passage(opening: str, end: str) -> str:
    """Return the real source's words from `opening` through `end`."""
    start = SOURCE.index(opening)
    return SOURCE[start:SOURCE.index(end, start) + len(end)]


KABUL = passage("Kabul have acknowledged", "is concentrated")
TANKS = passage("Pakistan has said its forces", "artillery positions")
SPONSORED = passage("Many analysts are pointing", "decades ago")
MOSQUE = passage("At least 31 people were killed", "Pakistani officials said")
HAKIM = passage("Sky News' Yalda Hakim", "real time.")
TARAR = passage("Pakistan’s Information Minister", "no casualties were reported")
ASIF = passage("Overnight, Pakistan launched", "two countries")
SPOKESMAN = passage("A Pakistani military spokesman", "and counting")
TALIBAN = passage("The Taliban for its part", "19 posts seized")
ISOLATION = passage("The Taliban's international isolation", "Pakistan positions")
FINGER = passage("Pakistan points the finger", "in the region")
INTRO = passage("Overall, Pakistan is experiencing", "years-long policies")
DRONES = passage("Taliban authorities said", "on Friday")
RUMOUR = "There were rumours of a coup in the capital."

FLOOD = "Officials said homes were flooded when the river burst its banks, and 3 people drowned."
MARKET = "A gunman opened fire at a market in Lagos, killing 12 people."
NAMED_GUNMAN = "Police named the gunman as Ali Reza, 34, who opened fire at a market in Lagos, killing 12 people."
STRIKE = "The union said 300 members walked out, and the company said 40 stores closed."
CLASH = "Police said 12 protesters were injured, while organisers said 3 officers were hurt and 2 vans destroyed."
DOCK = "Dock workers walked out on Monday, the union's spokesman, Ruth Okafor, said."

REFUSED = [
    # 1
    ("Its forces have taken out a number of tanks and armored vehicles, as well as artillery positions; no numbers "
     "are not given.", (TANKS,)),
    ("Taliban fighters killed (how many is not not given), 11 wounded and 13 civilians injured.", (KABUL,)),
    ("Declared by Friday morning, after the overnight airstrikes; where and how is not not given.", (ASIF,)),
    ("Dock workers walked out on Monday; who counted them is not not given.", (DOCK,)),
    ("Homes were flooded; no figures are not given.", ("Officials said homes were flooded.",)),
    # 2
    ("Taliban fighters killed (how many is given), 11 wounded and 13 civilians injured in the mountainous northwest "
     "border region where the fighting is concentrated.", (KABUL,)),
    ("Homes were flooded (how many is given), and 3 people drowned.", (FLOOD,)),
    # 3
    ("Many analysts, named, point to \"blowback\" for Pakistan after it sponsored the Taliban's rise decades ago.",
     (SPONSORED,)),
    ("The Islamabad mosque bombing is dated only \"on Friday\", and its perpetrator is named.", (MOSQUE,)),
    ("The defense minister acknowledged it on camera to Yalda Hakim; the minister is named.", (HAKIM,)),
    ("A gunman killed 12 people at a market in Lagos; the gunman is named.", (MARKET,)),
    ("Officials, named, said homes were flooded.", (FLOOD,)),
    # 4
    ("Each side has not given figures for the other side's losses, and neither side's figures are verified in the "
     "report.", (SPOKESMAN, TALIBAN)),
    ("The Taliban has not given figures for Pakistani losses.", (TALIBAN,)),
    ("The report gives no number for the Taliban fighters Kabul acknowledged were wounded.", (KABUL,)),
    ("Each side has not given figures for the other side's losses.", (CLASH,)),
    ("The police have not given figures for injured protesters.", (CLASH,)),
    ("Each side has not given figures, and neither side's figures are checked.", (STRIKE,)),
    # 5
    ("Isolation means it cannot modernize its military, but there have been reports (whose is given) of drone usage "
     "against Pakistan positions.", (ISOLATION,)),
    ("none given; who said it, and when, is given", (FINGER,)),
    ("Quoted after the report's own view that Pakistan faces serious blowback; when she said it is given.", (INTRO,)),
    ("Rumours of a coup (whose is given) spread.", (RUMOUR,)),
]

HONEST = [
    # 1
    ("Its forces have taken out a number of tanks and armored vehicles, as well as artillery positions; no numbers "
     "are given.", (TANKS,)),
    ("Declared by Friday morning, after the overnight airstrikes; where and how is not given.", (ASIF,)),
    ("It is not known how many homes were flooded; no numbers are given.", (FLOOD,)),
    ("Who counted is not given, nor is a date.", (FLOOD,)),
    # 2
    ("Taliban fighters killed (how many is not given), 11 wounded and 13 civilians injured.", (KABUL,)),
    ("Taliban fighters killed, though the report does not say how many.", (KABUL,)),
    ("Kabul acknowledged fighters killed (how many is not stated), 11 wounded and 13 civilians injured.", (KABUL,)),
    ("Pakistan says 274 Taliban fighters were killed (how many is given: 274).", (SPOKESMAN,)),
    ("274 Taliban fighters were killed, the spokesman says; how many is given, but not who counted.", (SPOKESMAN,)),
    ("Three people drowned (how many is given).", (FLOOD,)),
    # 3
    ("Many analysts, not named, point to \"blowback\" for Pakistan after it sponsored the Taliban's rise decades ago.",
     (SPONSORED,)),
    ("Many analysts, unnamed, point to blowback for Pakistan.", (SPONSORED,)),
    ("Many analysts, none of them named, point to blowback for Pakistan.", (SPONSORED,)),
    ("No analyst is named.", (SPONSORED,)),
    ("The Islamabad mosque bombing is dated only \"on Friday\", and its perpetrator is not named.", (MOSQUE,)),
    ("A suicide bomber killed at least 31 people; the bomber is not named and no group has claimed it.", (MOSQUE,)),
    ("The bomber was never named.", (MOSQUE,)),
    ("Neither the perpetrator nor his group is named.", (MOSQUE,)),
    ("on camera to Yalda Hakim; the minister is not named, the date not given", (HAKIM,)),
    ("The minister, Attaullah Tarar, is named.", (TARAR,)),
    ("The Information Minister is named as Attaullah Tarar.", (TARAR,)),
    ("Pakistan's Defense Minister declared an \"all-out war\"; the minister is named.", (ASIF,)),
    ("The union's spokesman is named.", (DOCK,)),
    ("The gunman is named as Ali Reza.", (NAMED_GUNMAN,)),
    ("The gunman has been named.", (NAMED_GUNMAN,)),
    ("Officials, not named, said homes were flooded.", (FLOOD,)),
    # 4
    ("Each side has given figures for the other side's losses, and neither side's figures are verified in the "
     "report.", (SPOKESMAN, TALIBAN)),
    ("The report gives no number for the Taliban fighters Kabul acknowledged were killed.", (KABUL,)),
    ("Neither side has given figures for civilian deaths.", (SPOKESMAN, TALIBAN)),
    ("Each side has not given figures for civilian deaths.", (SPOKESMAN, TALIBAN)),
    ("Pakistan has not given figures for its own losses.", (SPOKESMAN,)),
    ("The Taliban gives no figures for its losses.", (SPOKESMAN, TALIBAN)),
    ("Pakistan gives no figures for the tanks it says it took out.", (TANKS,)),
    ("Kabul has not given figures for the fighters it lost.", (KABUL,)),
    ("The report gives no figures for the wounded.", (TALIBAN,)),
    ("The report gives no figures of its own; each side's are its word.", (SPOKESMAN, TALIBAN)),
    ("The company has not given figures for members who walked out.", (STRIKE,)),
    ("The union gives no figures for stores closed.", (STRIKE,)),
    ("The union has not given figures for the other side's losses.", (STRIKE,)),
    ("The police have not given figures for injured officers.", (CLASH,)),
    ("Organisers have not released figures for injured protesters.", (CLASH,)),
    ("Police did not give numbers for the officers hurt.", (CLASH,)),
    ("The report gives no numbers for arrests.", (CLASH,)),
    # 5
    ("Isolation means it cannot modernize its military, but there have been reports (whose is not given) of drone "
     "usage against Pakistan positions.", (ISOLATION,)),
    ("none given; who said it, and when, is not given", (FINGER,)),
    ("Rumours of a coup (whose is not given) spread.", (RUMOUR,)),
    ("Taliban authorities carried out drone strikes; who said so is given, and when.", (DRONES,)),
    ("Drone strikes were claimed; when they said it is given.", (DRONES,)),
    ("Neither whose it is nor when is given.", (RUMOUR,)),
    ("Hakim points this out; who said it is given.", (HAKIM,)),
]


def findings(sentence: str, cited: tuple[str, ...]) -> list[str]:
    """Return what the build's sentence checks say of an English sentence citing `cited`."""
    if len(cited) == 1:
        return found_in_language("en", sentence, cited[0])
    return sentence_findings(sentence, cited, "en", ())


@pytest.mark.parametrize("sentence, cited", REFUSED)
def test_what_the_passages_do_not_give_said_given_is_refused(sentence: str, cited: tuple[str, ...]):
    assert findings(sentence, cited), sentence


@pytest.mark.parametrize("sentence, cited", HONEST)
def test_an_honest_twin_builds(sentence: str, cited: tuple[str, ...]):
    assert not findings(sentence, cited), sentence


def real_project(target):
    """Copy the real project (its content, seeds, templates and static files) into `target`."""
    for part in ("content", "seeds", "templates", "static"):
        shutil.copytree(REPO / part, target / part)
    return target


CLAIMS = "content/pakistan-afghanistan-war/claims.yaml"


@pytest.mark.parametrize("old, new, told", [
    ("the minister is not named, the date not given", "the minister is named, the date not given",
     "`channel`: this field says 'minister is named'"),
    ("who said it, and when, is not given", "who said it, and when, is not not given",
     "`evidence`: this field says 'is not not given'"),
])
def test_a_claims_channel_or_evidence_saying_it_is_given_is_refused(tmp_path, old: str, new: str, told: str):
    root = real_project(tmp_path / "project")
    claims = root / CLAIMS
    claims.write_text(claims.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    lines = error_lines(run_build(root, "check"))
    assert any(CLAIMS in line and told in line for line in lines), lines


def test_the_real_claims_build(tmp_path):
    result = run_build(real_project(tmp_path / "project"), "check")
    assert result.code == 0, result.err


def minimal_with_evidence(target, evidence: str):
    """Copy the minimal project into `target`, with its first claim's evidence `evidence`."""
    root = minimal_project(target)
    claims = root / "content" / "flood" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("        status: claim\n        cite: [alpha-rise]",
                                   f"        status: claim\n        evidence: {evidence}\n        cite: [alpha-rise]", 1),
                      encoding="utf-8")
    return root


def test_a_twins_doubled_negation_in_evidence_is_refused(tmp_path):
    root = minimal_with_evidence(tmp_path / "project", "none given; who measured it is not not given")
    lines = error_lines(run_build(root, "check"))
    assert any("claims.yaml" in line and "'is not not given'" in line for line in lines), lines


def test_a_twins_honest_evidence_builds(tmp_path):
    root = minimal_with_evidence(tmp_path / "project", "none given; who measured it is not given")
    result = run_build(root, "check")
    assert result.code == 0, result.err
