"""A fact-checker's swapped parties in the real briefing (benchmarks/mutations.py, kinds "party swapped" and "deed
to the other side"): a party put where the cited passage names the other one, in the passage's own words around it
(explainer/party_in_same_words.py).

1. A quotation's subject swapped: 'That Afghanistan is "experiencing some serious blowback" is the outlet's own
   conclusion' (caveats.yaml) and 'Quoted after the report's own view that Afghanistan faces "some serious
   blowback"' (quotes.yaml `context`) citing "Overall, Pakistan is experiencing some serious blowback for its
   years-long policies" built; so did 'the Pakistani "can still inflict pain through acts of terrorism"' citing
   "however, the Taliban can still inflict pain through acts of terrorism".
2. A speaker or doer swapped in the passage's words: "Pakistani authorities say their forces carried out drone
   strikes inside Pakistan" (timeline.yaml, after Asif's declaration, citing two passages) citing "Taliban
   authorities said their forces carried out drone strikes ..." (where it stands alone speakers.py names the
   speaker swapped, and this check leaves it to it), "Afghanistan's accusation against Israel and India" citing
   "Pakistan points the finger at Israel and India", "the Pakistani fighters Kabul acknowledged were killed" citing
   "Taliban fighters killed".
3. The same in a fictional trade dispute and a local election: "Northland is "facing serious losses"" citing
   "Southland is facing serious losses"; "Southland officials say their customs agents seized the shipments" citing
   "Northland officials said ..."; "The Greens' candidates "lost every ward they contested"" citing "Labour's
   candidates lost every ward they contested".

4. The accuser told as the one not replying: "Islamabad accuses Afghanistan of sheltering militants; the report gives
   no reply from Islamabad" citing "Islamabad accuses Afghanistan of sheltering ..." built (background.yaml);
   "Northland accuses Southland ...; no response from Northland" likewise (explainer/silent_accuser.py).

Honest twins build: the same words beside the same party, the two parties named together ("between Southland and
Northland"), a party named as the speaker of words the passage gives beside the other ("Afghanistan says civilians
were killed" of "Pakistani strikes killed civilians, according to Afghanistan"), a passive turned active ("Southland
was hit by tariffs imposed by Northland" of "Northland imposed tariffs that hit Southland hard").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import copy_project, run_build
from explainer.model import Party
from support import (TWO_PARTIES, Sentence, SentencesChecked, assert_summary_outcome, edit, error_lines, item_findings,
                     line_of, minimal_project)

TRADE = "  - id: north\n    name: Northland\n  - id: south\n    name: Southland\n"
VOTE = "  - id: labour\n    name: Labour\n  - id: greens\n    name: Green Party\n    short_name: Greens\n"
BESIDE = "beside the same words"
SPEAKER = "but its cited passages give them to"  # speakers.py names a speaker swapped, once
SILENT = "the accuser, where its cited passages have"
TTP = ("Islamabad accuses Afghanistan of sheltering Tehrik-i-Taliban Pakistan (TTP) militants who carry out "
       "cross-border attacks.")
DUMPING = "Northland accuses Southland of dumping cheap steel on world markets."
BLOWBACK = "Overall, Pakistan is experiencing some serious blowback for its years-long policies."
PAIN = ("It remains that Pakistan's army has total force domination; however, the Taliban can still inflict pain "
        "through acts of terrorism.")

CASES = [
    # 1. a quotation's subject swapped, and its honest twins
    (BLOWBACK, 'The report says Afghanistan is "experiencing some serious blowback".', TWO_PARTIES, BESIDE),
    (BLOWBACK, 'The report says Pakistan is "experiencing some serious blowback".', TWO_PARTIES, "ok"),
    (BLOWBACK, 'In the report\'s view, Pakistan faces "some serious blowback" for its policies.', TWO_PARTIES, "ok"),
    (PAIN, 'The report says Pakistan "can still inflict pain through acts of terrorism".', TWO_PARTIES, BESIDE),
    (PAIN, 'The report says the Taliban "can still inflict pain", though Pakistan\'s army dominates.', TWO_PARTIES,
     "ok"),
    # 2. a speaker or doer swapped in the passage's words
    ("Taliban authorities said their forces carried out drone strikes against military targets inside Pakistan.",
     "Pakistani authorities say their forces carried out drone strikes on military targets.", TWO_PARTIES, SPEAKER),
    ("Taliban authorities said their forces carried out drone strikes against military targets inside Pakistan.",
     "Afghan authorities say their forces carried out drone strikes inside Pakistan.", TWO_PARTIES, "ok"),
    ("As is typical, Pakistan points the finger at Israel and India for fomenting instability in the region.",
     "The report calls Afghanistan's accusation against Israel and India typical.", TWO_PARTIES, BESIDE),
    ("As is typical, Pakistan points the finger at Israel and India for fomenting instability in the region.",
     "The report calls Pakistan's accusation against Israel and India typical.", TWO_PARTIES, "ok"),
    ("Pakistani strikes killed civilians, according to Afghanistan.",
     "Afghanistan says civilians were killed in the strikes.", TWO_PARTIES, "ok"),
    ("Pakistani strikes killed civilians, Afghan officials said.",
     "Afghan officials said civilians were killed in the strikes.", TWO_PARTIES, "ok"),
    # 3. a fictional trade dispute and a local election
    ("The report says Southland is facing serious losses from the dispute.",
     'Northland is "facing serious losses" from the dispute, the report says.', TRADE, BESIDE),
    ("The report says Southland is facing serious losses from the dispute, while Northland has gained market share.",
     'Southland is "facing serious losses" from the dispute, the report says.', TRADE, "ok"),
    ("Northland officials said their customs agents seized the shipments at the border.",
     "Southland officials say their customs agents seized the shipments at the border.", TRADE, SPEAKER),
    ("Northland officials said their customs agents seized the shipments at the border.",
     "Customs agents of Northland seized the shipments at the border, its officials say.", TRADE, "ok"),
    ("Labour's candidates lost every ward they contested in the north.",
     'The Greens\' candidates "lost every ward they contested" in the north.', VOTE, "passages name Labour"),
    ("Overall, Labour is facing a serious backlash from voters in the suburbs.",
     'The report says the Greens are "facing a serious backlash from voters".', VOTE, BESIDE),
    ("Overall, Labour is facing a serious backlash from voters in the suburbs.",
     'The report says Labour is "facing a serious backlash" in the suburbs.', VOTE, "ok"),
    ("Labour's candidates lost every ward they contested in the north.",
     "In the north, Labour lost every ward its candidates contested.", VOTE, "ok"),
    ("Northland imposed tariffs that hit Southland hard.", "Southland was hit by tariffs imposed by Northland.", TRADE,
     "ok"),
    ("Talks between Northland and Southland broke down on Tuesday.",
     "The talks between Southland and Northland broke down on Tuesday.", TRADE, "ok"),
    ("Exports from Southland and Northland both fell sharply in March.",
     "Exports from Northland and Southland both fell sharply in March.", TRADE, "ok"),
    ("Northland was accused by Southland of dumping cheap steel on world markets.",
     "Southland accused Northland of dumping cheap steel.", TRADE, "ok"),
    ("After Southland's duties took effect, Northland's steel exports collapsed.",
     "Northland's steel exports collapsed after Southland's duties took effect.", TRADE, "ok"),
    ("Southland's negotiators stayed at the table, but Northland's negotiators walked out of the talks.",
     "Northland's negotiators walked out of the talks; Southland's stayed.", TRADE, "ok"),
    ("Labour lost six seats, while the Greens won 14, their best result.",
     "The Greens won 14 seats, their best result, while Labour lost six.", VOTE, "ok"),
    ("Labour's housing plan will not deliver, the Greens say.",
     'The Greens say Labour\'s housing plan "will not deliver".', VOTE, "ok"),
    ("Labour lost control of the council to the Greens after twelve years in charge.",
     "The Greens took the council from Labour after twelve years.", VOTE, "ok"),
    # 4. the accuser told as the one giving no reply
    (TTP, "Islamabad accuses Afghanistan of sheltering militants; the report gives no reply from Islamabad.",
     TWO_PARTIES, SILENT),
    (TTP, "Islamabad accuses Afghanistan of sheltering militants; the report gives no reply from Kabul.", TWO_PARTIES,
     "ok"),
    (TTP, "Islamabad accuses Afghanistan of sheltering militants; the report gives no reply from Afghanistan.",
     TWO_PARTIES, "ok"),
    (DUMPING, "Northland accuses Southland of dumping cheap steel, but there is no response from Northland.", TRADE,
     SILENT),
    (DUMPING, "Northland accuses Southland of dumping cheap steel; the report gives no response from Southland.",
     TRADE, "ok"),
    (DUMPING, "Northland accused Southland of dumping cheap steel, and there was no comment from Southland.", TRADE,
     "ok"),
    (DUMPING, "No reply from Southland is given after Northland accused it of dumping cheap steel.", TRADE, "ok"),
    ("The Greens blamed Labour for the housing shortage.",
     "The Greens blamed Labour for the housing shortage; there was no answer from Labour.", VOTE, "ok"),
    ("The Greens blamed Labour for the housing shortage.",
     "The Greens blamed Labour for the housing shortage; there was no answer from the Greens.", VOTE, SILENT),
]


@pytest.fixture(scope="module")
def sentences(tmp_path_factory) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    root = minimal_project(tmp_path_factory.mktemp("factcheck241") / "project")
    return SentencesChecked(root, [Sentence(passage, sentence, parties) for passage, sentence, parties, _ in CASES])


@pytest.mark.parametrize("passage, sentence, parties, outcome", CASES,
                         ids=[f"{number}-{case[3][:6]}" for number, case in enumerate(CASES)])
def test_a_party_beside_the_other_partys_words_is_refused(sentences, passage, sentence, parties, outcome):
    assert_summary_outcome(sentences(passage, sentence, parties), outcome)


REAL = (Party(id="pakistan", name="Pakistan", role="side"), Party(id="taliban", name="Afghanistan (Taliban)",
                                                                  role="side"))
DRONES = ("Taliban authorities said their forces carried out drone strikes against military targets inside Pakistan "
          "as clashes between the two countries continued")


@pytest.mark.parametrize("text, outcome", [
    ("On Friday, Pakistani authorities say their forces carried out drone strikes inside Pakistan.", SPEAKER),
    ("On Friday, Taliban authorities say their forces carried out drone strikes inside Pakistan.", "ok"),
    ("On Friday, the Taliban say their forces struck military targets inside Pakistan.", "ok"),
])
def test_an_item_cited_whole_is_read_alike(text, outcome):
    found = item_findings(text, (DRONES,), "en", REAL)
    assert (found == []) if outcome == "ok" else any(outcome in message for message in found), found


def test_the_real_briefing_is_refused_at_its_lines_and_builds_as_written(tmp_path: Path):
    """Through the front door: the caveat's, the quote context's and the timeline's party swapped, and the
    background's silent party given to the accuser; then the files as written build."""
    root = copy_project(tmp_path / "project")
    folder = root / "content" / "pakistan-afghanistan-war"
    written = {name: (folder / name).read_text(encoding="utf-8") for name in ("caveats.yaml", "quotes.yaml",
                                                                              "timeline.yaml", "background.yaml")}
    edit(folder / "caveats.yaml", 'That Pakistan is "experiencing', 'That Afghanistan is "experiencing')
    edit(folder / "quotes.yaml", "own view that Pakistan faces", "own view that Afghanistan faces")
    edit(folder / "timeline.yaml", "Taliban\n      authorities say", "Pakistani\n      authorities say")
    edit(folder / "background.yaml", "no reply from Kabul", "no reply from Islamabad")
    lines = error_lines(run_build(root, "check"))
    line = line_of(folder / "background.yaml", "no reply from Islamabad")
    assert any(found.startswith(f"content/pakistan-afghanistan-war/background.yaml:{line}: ") and SILENT in found
               for found in lines), lines
    for name, words in (("caveats.yaml", 'That Afghanistan is "experiencing'),
                        ("quotes.yaml", "own view that Afghanistan faces"), ("timeline.yaml", "on Friday, Pakistani")):
        line = line_of(folder / name, words)
        assert any(found.startswith(f"content/pakistan-afghanistan-war/{name}:{line}: ") and BESIDE in found
                   for found in lines), (name, line, lines)
    for name, text in written.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert run_build(root, "check").code == 0
