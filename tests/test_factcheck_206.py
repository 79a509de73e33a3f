"""The real briefing's mutations that still built (benchmarks/mutations.py: 175 of 434 on main, 154 now).

1. An honest place refused: "Pakistan's airstrikes hit targets in the Afghan capital, Kabul" citing "Overnight, Pakistan
   launched airstrikes across Afghanistan, including targets in the capital of Kabul" was refused, places.py reading
   "Afghan" as a place the passages do not name. A one-word place standing as an adjective before a lowercase noun
   ("the Afghan capital"), beginning as a place the passages name does ("Afghanistan"), names that place
   (explainer/places.py); "in the Iranian capital" and "in the Pakistani capital" stay refused.
2. An act turned into its opposite: "Pakistan halts airstrikes across Afghanistan" citing "Pakistan launched
   airstrikes across Afghanistan", "Khawaja Asif had denied an 'all-out war'" citing "declared an 'all-out war'",
   "Islamabad clears Afghanistan of sheltering ..." citing "accuses Afghanistan of sheltering ...", "after it opposed
   the Taliban's rise" citing "after sponsoring the Taliban's rise", "Afghan Taliban forces reportedly defended
   Pakistani border troops" citing "attacked", "air defense systems missed them" citing "intercepted them", "74
   Taliban posts were spared" citing "were destroyed" all built. A table of opposite acts (explainer/opposite_acts.py,
   read from explainer/opposites.py) refuses a verb of one side where a passage says the other of the same thing by
   the same doer and no passage says this one.
3. A span stretched: "attack Pakistani border troops ..., days before Pakistan's airstrikes" citing "Hours prior to
   the commencement of airstrikes" built; a span given by its unit alone is refused where a passage gives a smaller
   unit the same way round of the same thing (explainer/span_units.py).
4. A party swapped inside a name: "sheltering Tehrik-i-Taliban Afghanistan (TTP) militants" (and "Tehrik-i-Pakistani
   Pakistan") citing "Tehrik-i-Taliban Pakistan" built; a name of several words that is a passage's with one party's
   word swapped for another party's is refused (explainer/swapped_names.py).

Each with honest twins that must build: paraphrases of the real sentences citing their real passages, and of the
newuser_119 and newuser_122 fixtures' and other sources' sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, copy_project, run_build
from explainer.model import Party
from support import edit, error_lines, line_of, sentence_findings

SOURCE = (REPO / "seeds" / "000_bd91349fafd64fe6.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="pakistan", name="Pakistan"), Party(id="taliban", name="Afghanistan (Taliban)"))
TIMELINE = "content/pakistan-afghanistan-war/timeline.yaml"

# the real briefing's passages, as the source writes them
AIRSTRIKES = ("Overnight, Pakistan launched airstrikes across Afghanistan, including targets in the capital of Kabul, "
              "soon after which Pakistan's Defense Minister Khawaja Asif by Friday morning declared an \"all-out war\" "
              "between the two countries.")
THURSDAY = ("Hours prior to the commencement of airstrikes and heavier clashes, Afghan Taliban forces reportedly "
            "attacked Pakistani border troops Thursday night in retaliation for Pakistani airstrikes earlier in the week")
SHELTER = ("Islamabad accuses Afghanistan of sheltering Tehrik-i-Taliban Pakistan (TTP) militants who carry out "
           "cross-border attacks.")
BLOWBACK = ("Many analysts are pointing to 'blowback' for Pakistan after sponsoring the Taliban's rise in the first "
            "place, decades ago (which also had the help of the CIA in 'Operation Cyclone').")
TARAR = ("Pakistan’s Information Minister Attaullah Tarar said Pakistani Taliban militants attempted to deploy drones "
         "against targets within Pakistan, but air defense systems intercepted them and no casualties were reported")
PAKISTAN_TOLL = ("A Pakistani military spokesman has said that 274 Taliban fighters have been killed and more than 400 "
                 "injured by Pakistani strikes, adding that 74 Taliban posts were destroyed and 18 captured - and "
                 "counting")
DRONES = ("Taliban authorities said their forces carried out drone strikes against military targets inside Pakistan as "
          "clashes between the two countries continued, according to statements from the defense ministry and a "
          "government spokesperson on Friday")
HAKIM = ('Sky News\' Yalda Hakim points out that "Pakistan spent decades backing and sheltering the Afghan Taliban - its '
         'defense minister acknowledged that to me on camera.')
# newuser_119's and newuser_122's sources
LICENCE = ("The National Medicines Agency has suspended the marketing licence of Corvexa, the respiratory syncytial "
           "virus vaccine made by Halden Biologics, for three months from 12 March 2027. The licence has been "
           "suspended, not revoked.")
RAIL_YARD = ("homes on the former Eastbrook rail yard, which Mr Pryce supported and Ms Marsh opposed.")
RESULT = "The election officer, Janet Okafor, declared the result at 11.40 p.m."


def test_the_passages_are_the_sources():
    flat = " ".join(SOURCE.split())
    for passage in (AIRSTRIKES, THURSDAY, SHELTER, BLOWBACK, TARAR, PAKISTAN_TOLL, DRONES, HAKIM):
        assert passage.replace("'", '"') in flat.replace("'", '"'), passage
    for fixture, passage in (("newuser_119", LICENCE), ("newuser_122", RAIL_YARD), ("newuser_122", RESULT)):
        seeds = " ".join(path.read_text(encoding="utf-8") for path in (REPO / "tests" / "fixtures" / fixture /
                                                                        "seeds").iterdir())
        assert passage in " ".join(seeds.split()), passage


def found(sentence: str, passage: str) -> list[str]:
    return sentence_findings(sentence, (passage,), "en", PARTIES)


PLACE = "names 'Afghan'"
TURNED = "where its cited passages say '{}' of the same thing"
SPAN = "where its cited passages say 'Hours prior to'"
NAMED = "where its cited passages name 'Tehrik-i-Taliban Pakistan'"


@pytest.mark.parametrize("sentence, passage, words", [
    # 2. an act turned
    ("Overnight, Pakistan halted airstrikes across Afghanistan, including on Kabul.", AIRSTRIKES,
     TURNED.format("launched")),
    ("Pakistan halts airstrikes across Afghanistan, including on Kabul.", AIRSTRIKES, TURNED.format("launched")),
    ("By Friday morning its Defense Minister, Khawaja Asif, had denied an \"all-out war\".", AIRSTRIKES,
     TURNED.format("declared")),
    ("By Friday morning, Defense Minister Khawaja Asif denies an \"all-out war\".", AIRSTRIKES,
     TURNED.format("declared")),
    ("Islamabad clears Afghanistan of sheltering Tehrik-i-Taliban Pakistan (TTP) militants who carry out cross-border "
     "attacks.", SHELTER, TURNED.format("accuses")),
    ("Many analysts point to \"blowback\" for Pakistan after it opposed the Taliban's rise decades ago.", BLOWBACK,
     TURNED.format("sponsoring")),
    ("For Pakistan, after opposing the Taliban's rise decades ago.", BLOWBACK, TURNED.format("sponsoring")),
    ("Hours before the airstrikes, Afghan Taliban forces had reportedly defended Pakistani border troops.", THURSDAY,
     TURNED.format("attacked")),
    ("Pakistani Taliban militants attempted to deploy drones against targets within Pakistan, but air defense systems "
     "missed them.", TARAR, TURNED.format("intercepted")),
    ("Pakistani strikes have killed 274 Taliban fighters; 74 Taliban posts were spared and 18 captured.", PAKISTAN_TOLL,
     TURNED.format("destroyed")),
    # 3. a span stretched
    ("Afghan Taliban forces reportedly attack Pakistani border troops in retaliation, days before Pakistan's "
     "airstrikes and heavier clashes.", THURSDAY, SPAN),
    ("Afghan Taliban forces reportedly attacked Pakistani border troops months ahead of the airstrikes.", THURSDAY,
     SPAN),
    # 4. a party swapped inside a name
    ("Islamabad accuses Afghanistan of sheltering Tehrik-i-Taliban Afghanistan (TTP) militants who carry out "
     "cross-border attacks.", SHELTER, NAMED),
    ("Islamabad accuses Afghanistan of sheltering Tehrik-i-Pakistani Pakistan (TTP) militants.", SHELTER, NAMED),
    # 1. a place's adjective of a place the passages do not name stays refused
    ("Pakistan's airstrikes hit targets in the Iranian capital, Tehran.", AIRSTRIKES, "names 'Iranian'"),
    ("Pakistan's airstrikes hit targets in the Pakistani capital.", AIRSTRIKES, "names 'Pakistani'"),
])
def test_a_misstatement_of_the_real_sentences_is_refused(sentence, passage, words):
    findings = found(sentence, passage)
    assert any(words in finding for finding in findings), findings


# the honest twins: paraphrases of the real briefing's sentences citing their real passages, and of others
@pytest.mark.parametrize("sentence, passage", [
    # 1. the place's adjective
    ("Pakistan's airstrikes hit targets in the Afghan capital, Kabul.", AIRSTRIKES),
    ("Overnight, Pakistan launched airstrikes that hit targets in the Afghan capital, Kabul.", AIRSTRIKES),
    ("Pakistan began airstrikes across Afghanistan overnight, hitting targets in the Afghan capital, Kabul.",
     AIRSTRIKES),
    ("Overnight, Pakistan bombed sites in the Afghan capital.", AIRSTRIKES),
    ("Pakistan struck targets in Kabul, the Afghan capital.", AIRSTRIKES),
    # 2. an act told in another verb of its side, or by another doer
    ("Overnight, Pakistan started airstrikes on Afghanistan, including the Afghan capital.", AIRSTRIKES),
    ("Pakistan's Defense Minister Khawaja Asif announced an \"all-out war\" by Friday morning.", AIRSTRIKES),
    ("Pakistan's defense minister proclaimed an \"all-out war\" after airstrikes that hit the Afghan capital.",
     AIRSTRIKES),
    ("Islamabad accused Kabul of harbouring Tehrik-i-Taliban Pakistan militants.", SHELTER),
    ("Pakistan sponsored the Taliban's rise decades ago, with the CIA's help in Operation Cyclone, many analysts say.",
     BLOWBACK),
    ("Tarar said air defense systems intercepted the drones and no casualties were reported.", TARAR),
    ("Pakistani air defenses shot down the drones, Tarar said; no casualties were reported.", TARAR),
    ("Pakistan says its strikes destroyed 74 Taliban posts and captured 18.", PAKISTAN_TOLL),
    ("Taliban authorities said their forces launched drone strikes on military targets inside Pakistan on Friday.",
     DRONES),
    ("Taliban authorities said their forces began drone strikes inside Pakistan as clashes continued.", DRONES),
    ("Hakim says Pakistan backed and sheltered the Afghan Taliban for decades.", HAKIM),
    ("The Agency halted sales of Corvexa's vaccine.", LICENCE),
    ("Mr Pryce backed the Eastbrook plan, which Ms Marsh opposed.", RAIL_YARD),
    ("The election officer declared the result at 11.40 p.m.", RESULT),
    ("The company resumed production on Monday.", "The company halted production on Friday and restarted it on "
                                                  "Monday."),
    ("The auditor cleared the company of fraud.", "Officials accused the company of hiding losses; an auditor later "
                                                  "cleared the company of fraud."),
    ("Critics attacked the plan.", "Ministers defended the plan against its critics."),
    ("Soldiers defended the convoy.", "Rebels attacked the convoy."),
    ("The rebels missed the deadline.", "The rebels intercepted the convoy but missed the deadline for talks."),
    # 3. a span in the passages' unit, a bound, a smaller unit or a figure
    ("Hours before the airstrikes began, Afghan Taliban forces reportedly attacked Pakistani border troops.", THURSDAY),
    ("Afghan Taliban forces reportedly attacked Pakistani border troops on Thursday night, hours ahead of the "
     "airstrikes.", THURSDAY),
    ("Taliban forces reportedly attacked Pakistani border troops in the hours before Pakistan's airstrikes.", THURSDAY),
    ("Within days of the vote, the government resigned.", "Within hours of the vote, the government resigned."),
    ("Years later, the court cleared him.", "Decades later, the court cleared him."),
    ("Storms hit the coast weeks after the drought ended.", "Storms hit the coast months after the drought ended."),
    ("The deal was signed hours before the deadline.", "The deal was signed 10 hours before the deadline."),
    ("Talks resumed on Monday, days after the strike ended.", "Talks started again on Monday, three days after the "
                                                              "strike was called off."),
    # 4. the name as the passage gives it, or in another spelling
    ("Islamabad accuses Afghanistan of sheltering Tehrik-i-Taliban Pakistan militants.", SHELTER),
    ("Islamabad accuses Afghanistan of sheltering Tehrik-e-Taliban Pakistan militants.", SHELTER),
    ("Islamabad accuses Kabul of sheltering the Pakistani Taliban (TTP).", SHELTER),
])
def test_an_honest_paraphrase_builds(sentence, passage):
    assert found(sentence, passage) == []


def test_the_real_timeline_turned_is_refused_at_its_line_and_its_honest_twin_builds(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    edit(root / TIMELINE, "what: Pakistan launches airstrikes across Afghanistan, including on Kabul.",
         "what: Pakistan halts airstrikes across Afghanistan, including on Kabul.")
    result = run_build(root, "check")
    assert result.code == 1
    line = line_of(root / TIMELINE, "Pakistan halts airstrikes")
    assert any(found.startswith(f"{TIMELINE}:{line}: ") and "says 'halts' where its cited passages say 'launched'"
               in found for found in error_lines(result)), error_lines(result)
    edit(root / TIMELINE, "what: Pakistan halts airstrikes across Afghanistan, including on Kabul.",
         "what: Pakistan launches airstrikes across Afghanistan, hitting targets in the Afghan capital, Kabul.")
    assert run_build(root, "check").code == 0
