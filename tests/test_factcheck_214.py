"""The real briefing's "word swapped" mutations that still built (benchmarks/mutations.py: 33 of 124 on main).

1. A word of saying turned into a denial: "..., Pakistani officials denied." citing "At least 31 people were killed
   ..., Pakistani officials said", "Al-Monitor denies it invests in military nuclear programs" citing "Islamabad
   continues to invest in its military nuclear programs", "The report denies it relies on equipment left behind"
   and "which the report denies also had the help of the CIA" citing the report's own words all built: opposite_acts.py
   reads "denied" only against a passage's "declared". A "deny" read as a denial of what is said (nothing after it,
   "that", "it", "having", a verb's "-ing", a claim's noun) is refused where no cited passage holds any word of
   denial, refusal or negation (explainer/unbacked_denials.py, read from explainer/opposites.py). "Voters denied the
   party a majority", "was denied entry", "did not deny" and "neither confirmed nor denied" are not read.
2. An attack turned into a defence in the present: "Afghan Taliban forces reportedly defend Pakistani border troops"
   citing "reportedly attacked Pakistani border troops" built; "defend" and "defends" are now read as opposite_acts.py
   reads "defended" (explainer/opposite_acts.py).
3. A part told as all: "Its forces have taken out all tanks and armored vehicles" citing "Pakistan has said its forces
   have taken out a number of tanks and armored vehicles" built: proportions.py reads "most", "many", "some" and
   "several" before a thing, not "a number of". "all <noun>" is refused where a passage gives the same noun after "a
   number of", "a few", "dozens of", "a handful of", "numerous", "various" or "certain", and no passage says "all",
   "every", "each" or "entire" of it (explainer/part_as_all.py).
4. A group hurt told killed: "Taliban civilians killed (how many is not given), 11 wounded and 13 civilians injured"
   citing "Kabul have acknowledged Taliban fighters killed, 11 wounded, and 13 civilians injured" built, the
   passage's "killed" (of fighters) backing the word. Civilians, children, women or bystanders told killed in so many
   words are refused where a passage tells them hurt and none tells them killed (a word of death and the group in
   one clause, no word of hurt between) (explainer/hurt_told_killed.py).

Each on the real briefing's sentence and its real passage, on a twin of another topic, with honest twins that must
build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, copy_project, run_build
from explainer.attribution import Cited
from explainer.hurt_told_killed import hurt_told_killed
from explainer.model import Party
from explainer.part_as_all import part_told_as_all
from support import edit, error_lines, line_of, sentence_findings

SOURCE = (REPO / "seeds" / "000_bd91349fafd64fe6.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="pakistan", name="Pakistan"), Party(id="taliban", name="Afghanistan (Taliban)"))
TIMELINE = "content/pakistan-afghanistan-war/timeline.yaml"

# the real briefing's passages, as the source writes them
MOSQUE = ("At least 31 people were killed and 169 others injured on Friday when a suicide bomber struck a Shia mosque "
          "on the outskirts of Islamabad during Friday prayers, Pakistani officials said")
NUCLEAR = ("Islamabad continues to invest in its military nuclear programs and is also modernizing its navy and air "
           "force")
EQUIPMENT = ("The Taliban relies on equipment left behind and confiscated after US and NATO forces rapidly withdrew "
             "from the country in the summer of 2021.")
BLOWBACK = ("Many analysts are pointing to 'blowback' for Pakistan after sponsoring the Taliban's rise in the first "
            "place, decades ago (which also had the help of the CIA in 'Operation Cyclone').")
EQUIPMENT_TAKEN = ("Pakistan has said its forces have taken out a number of tanks and armored vehicles, as "
                   "well as artillery positions")
KABUL = ("Kabul have acknowledged Taliban fighters killed, 11 wounded, and 13 civilians injured in the mountainous "
         "northwest border region where the line of fighting is concentrated")
THURSDAY = ("Hours prior to the commencement of airstrikes and heavier clashes, Afghan Taliban forces reportedly "
            "attacked Pakistani border troops Thursday night in retaliation for Pakistani airstrikes earlier in the "
            "week")


def test_the_passages_are_the_sources():
    flat = " ".join(SOURCE.split())
    for passage in (MOSQUE, NUCLEAR, EQUIPMENT, BLOWBACK, THURSDAY, EQUIPMENT_TAKEN, KABUL):
        assert passage in flat, passage


def found(sentence: str, passage: str) -> list[str]:
    return sentence_findings(sentence, (passage,), "en", PARTIES)


DENIED = "where its cited passages deny nothing"
PART = "where its cited passages give only '{}'"
KILLED = "where its cited passages tell them hurt"
TURNED = "where its cited passages say '{}' of the same thing"


@pytest.mark.parametrize("sentence, passage, words", [
    # 1. a word of saying turned into a denial: the real sentences
    ("A suicide bomber kills at least 31 people and injures 169 at a Shia mosque on the outskirts of Islamabad during "
     "Friday prayers, Pakistani officials denied.", MOSQUE, DENIED),
    ("Al-Monitor denies it invests in military nuclear programs and is modernizing its navy and air force.", NUCLEAR,
     "denies"),
    ("The report denies it relies on equipment left behind and confiscated after US and NATO forces withdrew in "
     "summer 2021.", EQUIPMENT, DENIED),
    ("Many analysts, not named, point to \"blowback\" for Pakistan after it sponsored the Taliban's rise decades ago, "
     "which the report denies also had the help of the CIA in \"Operation Cyclone\".", BLOWBACK, DENIED),
    # ... and twins of other topics
    ("The ministry denies having signed the deal.", "The ministry signed the deal on Monday.", DENIED),
    ("Southland denied.", "Southland said its forces carried out the raid.", DENIED),
    ("The regulator denied that the fund had closed.", "The fund has closed, the regulator said.", DENIED),
    ("The club denies the reports.", "The club said the reports were accurate.", DENIED),
    ("Acme has denied it.", "Acme has said it will close the plant.", DENIED),
    # 2. an attack told as a defence in the present
    ("Afghan Taliban forces reportedly defend Pakistani border troops in retaliation, hours before Pakistan's "
     "airstrikes and heavier clashes.", THURSDAY, TURNED.format("attacked")),
    ("Rebel fighters defend the northern garrison.", "Rebel fighters attacked the northern garrison on Sunday.",
     TURNED.format("attacked")),
    # 3. a part told as all
    ("Its forces have taken out all tanks and armored vehicles, as well as artillery positions; no numbers are given.",
     EQUIPMENT_TAKEN, PART.format("a number of tanks")),
    ("The ministry closed all clinics.", "The ministry closed a number of clinics in the north.",
     PART.format("a number of clinics")),
    ("All the witnesses were heard.", "A few witnesses were heard on Monday.", PART.format("A few witnesses")),
    ("Police arrested all protesters.", "Police arrested dozens of protesters.", PART.format("dozens of protesters")),
    # 4. a group hurt told killed
    ("Taliban civilians killed (how many is not given), 11 wounded and 13 civilians injured in the mountainous "
     "northwest border region where the fighting is concentrated.", KABUL, KILLED),
    ("The report gives no number for the Taliban civilians Kabul acknowledged were killed.", KABUL, KILLED),
    ("Shelling killed four soldiers; civilians were killed too.",
     "Rebel shelling killed four soldiers and wounded nine civilians.", KILLED),
    ("The strike on the depot killed guards; children died too.",
     "The strike on the depot killed two guards and injured six children.", KILLED),
])
def test_a_misstatement_is_refused(sentence, passage, words):
    findings = found(sentence, passage)
    assert any(words in finding for finding in findings), findings


# the honest twins: each with a passage that tells of a denial, a refusal or a negation, or a "deny" of a thing withheld
@pytest.mark.parametrize("sentence, passage", [
    ("A suicide bomber kills at least 31 people and injures 169 at a Shia mosque on the outskirts of Islamabad during "
     "Friday prayers, Pakistani officials said.", MOSQUE),
    ("Al-Monitor says it invests in military nuclear programs and is modernizing its navy and air force.", NUCLEAR),
    ("Moscow denied the allegations.", "Moscow rejected the allegations as baseless."),
    ("The ministry denied involvement in the attack.", "The ministry said it had no role in the attack."),
    ("The company denies wrongdoing.", "The company insists it acted within the law."),
    ("Officials denied the report.", "Officials dismissed the report as fabricated."),
    ("The government denied it.", "The government called the story untrue."),
    ("The army denied that civilians were hit.", "The army said no civilians were hit."),
    ("Southland denied the claim.", "Southland disputed the claim."),
    ("The club denied the reports.", "The club said the reports were pure speculation."),
    ("The regime denies responsibility.", "The regime blamed rebels for the attack."),
    ("Voters denied the ruling party a majority.", "The ruling party fell short of a majority."),
    ("The court denied bail to the suspect.", "The judge refused bail to the suspect."),
    ("The suspect was denied entry.", "The suspect was turned away at the border."),
    ("Rebel fighters defend the northern garrison.", "Rebel fighters defended the northern garrison on Sunday."),
    ("Afghan Taliban forces reportedly attack Pakistani border troops in retaliation, hours before Pakistan's "
     "airstrikes and heavier clashes.", THURSDAY),
    ("Pakistan says its forces have taken out a number of tanks and armored vehicles, as well as artillery positions.",
     EQUIPMENT_TAKEN),
    ("A number of tanks were hit; all tanks were later repaired.",
     "A number of tanks were hit. The army says every tank was later repaired."),
    ("Dozens of protesters were arrested, all students.", "Dozens of protesters were arrested, all of them students."),
    ("A few shops reopened in all districts.", "A few shops reopened in all districts on Monday."),
    ("Various groups attended, and all groups signed the pledge.",
     "Various groups attended, and each group signed the pledge."),
    ("The entire fleet of buses was grounded after a handful of buses failed checks.",
     "A handful of buses failed checks, and the entire fleet of buses was grounded."),
    ("The agency recalled a number of cars and warned all owners.",
     "The agency recalled a number of cars and wrote to all owners."),
    ("Taliban fighters killed (how many is not given), 11 wounded and 13 civilians injured in the mountainous "
     "northwest border region where the fighting is concentrated.", KABUL),
    ("Rebel shelling killed four soldiers and wounded nine civilians.",
     "Rebel shelling killed four soldiers and wounded nine civilians."),
    ("Civilians were killed and injured.",
     "The shelling killed five people, among them civilians, and injured 13 civilians."),
    ("Three civilians died of their wounds.", "Nine civilians were wounded; three of the civilians later died."),
    ("Civilians were among the dead.", "Nine civilians were wounded; the dead included civilians."),
    ("Nine civilians were hurt.", "Rebel shelling wounded nine civilians."),
    ("Women and children were killed.", "Women and children were killed and many more wounded."),
    ("The report gives no number for the Taliban fighters Kabul acknowledged were killed.", KABUL),
    ("Civilian deaths rose, and 13 civilians were hurt.",
     "Civilians died in the shelling, and 13 civilians were hurt."),
])
def test_an_honest_twin_builds(sentence, passage):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("sentence", ["Not all clinics closed.", "Of all clinics, a number closed.",
                                      "Only a number of clinics closed; all others stayed open.",
                                      'The ministry said "all clinics" would close.'])
def test_a_part_kept_or_all_not_told_is_not_read(sentence):
    passage = Cited("The ministry closed a number of clinics in the north.")
    assert part_told_as_all(sentence, [passage], 0, "en") == []


@pytest.mark.parametrize("sentence", ["No civilians were killed.", "None of the civilians died.",
                                      'Kabul said "civilians killed" were fighters.'])
def test_a_death_negated_or_quoted_is_not_read(sentence):
    assert hurt_told_killed(sentence, [Cited(KABUL)], 0, "en") == []


def test_the_real_timeline_denial_is_refused_at_its_line_and_its_honest_twin_builds(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    edit(root / TIMELINE, "during Friday prayers, Pakistani officials said.",
         "during Friday prayers, Pakistani officials denied.")
    result = run_build(root, "check")
    assert result.code == 1
    line = line_of(root / TIMELINE, "Pakistani officials denied")
    assert any(found.startswith(f"{TIMELINE}:") and "says 'denied' where its cited passages deny nothing" in found
               for found in error_lines(result)), error_lines(result)
    assert line > 0
    edit(root / TIMELINE, "during Friday prayers, Pakistani officials denied.",
         "during Friday prayers, according to Pakistani officials.")
    assert run_build(root, "check").code == 0
