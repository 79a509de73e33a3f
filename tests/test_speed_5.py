"""The per-sentence checks' hot spots, round two: each cut by a cheap exact gate or a cheap check run first, no finding
changed (benchmarks/results.md's notes give the times).

1. labour_events.unbacked_labour_events ran ten patterns, and made a cached closure, on every English sentence. Every
   match a finding comes from holds one of `_EVENT_FRAGMENTS` in any case ("strike", "walk", "talks", "deal", ...):
   a sentence holding none ("The ministry said that the remote depot near Verimuvo held 5,500 people.") is read by
   none of them. "The union ended its 48-hour strike." of "began a 48-hour strike" is still refused, "began a 48-hour
   strike on Tuesday" still builds, and "ended the ſtrike" (a long s, which a pattern read in any case takes for "s")
   still reaches the patterns.
2. fractions_said.misstated_level_multiples let every sentence with an " as " read its passages' two levels (their
   ratios) before it looked for a fraction "as many": the fraction ("half as many", "se redujeron a la mitad") is now
   looked for first, and a sentence without one ("as the council said") reads no passage. "There were half as many
   applications." of "fell from 100 to 80" is still refused, of "from 100 to 50" still builds.
3. inverted_conditions._whether_or_not searched every sentence for "whether or not", "even after", "until", ... in
   eight languages: every match of those patterns in ASCII text holds one of `_TURNED_OR_UNTIL` as a whole word, and a
   sentence holding none is read by neither. "Kestria will keep its dairy duties even after the steel tariff is
   lifted." of "until the steel tariff was lifted" is still refused; "... until Norvania lifts the steel tariff." builds.

Each gate is held to its patterns on many texts: the fixtures' sources, the lines of the tests of its module, and the
sentences below; wherever the gate says no, no pattern finds anything.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from explainer import fractions_said, inverted_conditions, labour_events, wordset
from explainer.attribution import Cited
from explainer.sentences import markers_blanked

TESTS = Path(__file__).parent

SENTENCES = (
    "The ministry said that the remote depot near Verimuvo held 5,500 people on the first day.",
    "A police chief insisted that the crowded crossing after Zepumagu held 79,000 people.",
    "The union ended its 48-hour strike.",
    "About 2,400 dockworkers began a 48-hour strike on Tuesday after talks broke down.",
    "The union ended the ſtrike on Monday.",
    "THE UNION CALLED OFF ITS WALK-OUT.",
    "Workers downed tools at noon.",
    "Talks ended without a deal.",
    "A mediator held talks on Thursday.",
    "The operator walked out of pay talks.",
    "The offer, which the union has refused, stands.",
    "They reached adeal on Friday.",
    "The go-slow was illegal.",
    "An overtime ban began.",
    "Talks failed to produce anything.",
    "There were half as many applications.",
    "There were a third as many applications as in 2020.",
    "Las solicitudes se redujeron a la mitad.",
    "Los casos cayeron a casi la mitad.",
    "As the council said, the bridge will stay open.",
    "Kestria will keep its dairy duties even after the steel tariff is lifted.",
    "Kestria will keep its dairy duties until the ruling is published.",
    "Kestria will keep its dairy duties whether or not the tariff is lifted.",
    "La prohibición seguirá aunque el tribunal falle en contra.",
    "Die Zölle bleiben, auch wenn der Streit endet.",
    "Die Zölle bleiben unabhängig vom Urteil.",
    "Les droits resteront même si le tarif est levé.",
    "Les droits resteront jusqu'à ce que le tarif soit levé.",
    "The ban stays, regardless of the ruling[^a].",
    "It holds, o no, whatever comes.",
    "Even so, the levy stays.",
    "",
    "No one was hurt.",
)


def _texts(*modules: str) -> list[str]:
    """Return many texts: the sentences above, every line of the fixtures' sources, and every line of the tests that
    name one of `modules` (their sentences and passages)."""
    texts = list(SENTENCES)
    for source in sorted(TESTS.glob("fixtures/*/seeds/*")):
        if source.is_file():
            texts += source.read_text(encoding="utf-8", errors="replace").splitlines()
    for test in sorted(TESTS.glob("test_*.py")):
        written = test.read_text(encoding="utf-8")
        if any(module in written for module in modules):
            texts += written.splitlines()
    return texts


def _gate_holds(gate, found_by, texts: list[str]) -> tuple[int, int]:
    """Assert that wherever `gate` says no, no pattern of `found_by` finds anything in the words a text says; return
    how many texts it let through and how many it stopped."""
    through = stopped = 0
    for text in texts:
        if gate(text):
            through += 1
            continue
        stopped += 1
        spoken = markers_blanked(text)
        assert not any(pattern.search(spoken) for pattern in found_by), text
    return through, stopped


# 1. the labour events' gate
_LABOUR_PATTERNS = (*(told for told, _ in labour_events._EVENTS), labour_events._ACTION_TOLD, labour_events._SPAN_TOLD)


def test_the_labour_events_gate_stops_only_texts_in_which_no_event_pattern_finds_anything():
    through, stopped = _gate_holds(lambda text: wordset.may_contain(text, labour_events._EVENT_FRAGMENTS),
                                   _LABOUR_PATTERNS, _texts("labour_events", "strike"))
    assert through > 1000 and stopped > 1000


def test_the_labour_events_gate_lets_through_every_sentence_an_event_pattern_reads():
    for text in SENTENCES:
        if any(pattern.search(markers_blanked(text)) for pattern in _LABOUR_PATTERNS):
            assert wordset.may_contain(text, labour_events._EVENT_FRAGMENTS), text
    assert wordset.may_contain("The union ended the ſtrike on Monday.", labour_events._EVENT_FRAGMENTS)
    assert not wordset.may_contain(SENTENCES[0], labour_events._EVENT_FRAGMENTS)


BEGAN = Cited("About 2,400 dockworkers at Port Alder began a 48-hour strike on Tuesday after talks with the port "
              "operator broke down", "en")


@pytest.mark.parametrize("sentence", ["The union ended its 48-hour strike.", "The union ended the ſtrike on Monday.",
                                      "The dockworkers began an indefinite strike on Tuesday.",
                                      "The dockworkers threatened a 48-hour strike."])
def test_a_labour_event_no_passage_gives_is_still_refused(sentence):
    assert labour_events.unbacked_labour_events(sentence, [BEGAN], 0, "en")


@pytest.mark.parametrize("sentence", ["About 2,400 dockworkers began a 48-hour strike on Tuesday.",
                                      "Dockworkers at Port Alder walked off the job for two days on Tuesday.",
                                      "The dockworkers' two-day stoppage began on Tuesday.",
                                      "On Tuesday some 2,400 dockworkers started a 48-hour strike.",
                                      "The ministry said that the remote depot near Verimuvo held 5,500 people.",
                                      "Port Alder's dockworkers have been on strike since Tuesday.",
                                      "A strike of 48 hours began at Port Alder.",
                                      "Talks with the port operator broke down on Tuesday.",
                                      "The strike, which began on Tuesday, is to last 48 hours.",
                                      "After talks failed, 2,400 dockworkers began a 48-hour strike."])
def test_an_honest_sentence_of_the_strike_still_builds(sentence):
    assert labour_events.unbacked_labour_events(sentence, [BEGAN], 0, "en") == []


# 2. a fraction "as many" looked for before the passages' levels
def test_a_sentence_without_a_fraction_as_many_reads_no_passage(monkeypatch):
    def unread(*args):
        raise AssertionError("the passages' levels were read")

    monkeypatch.setattr(fractions_said, "level_ratios", unread)
    monkeypatch.setattr(fractions_said, "_ratios_besides", unread)
    passages = [Cited("Applications fell from 100 to 80.", "en")]
    for sentence in ("As the council said, applications fell.", "Applications fell as expected, from 100 to 80.",
                     "Twice as many applied.", "Fewer applied, as in 2020.", "La mitad de los casos."):
        assert fractions_said.misstated_level_multiples(sentence, passages) == [], sentence


@pytest.mark.parametrize("sentence, passage, found", [
    ("There were half as many applications.", "Applications fell from 100 to 80.", True),
    ("There were half as many applications.", "Applications fell from 100 to 50.", False),
    ("There were nearly half as many applications.", "Applications fell from 100 to 45.", False),
    ("There were a third as many applications.", "Applications fell from 90 to 30.", False),
    ("Las solicitudes se redujeron a la mitad.", "Las solicitudes bajaron de 100 a 80.", True),
    ("Las solicitudes se redujeron a la mitad.", "Las solicitudes bajaron de 100 a 50.", False),
])
def test_a_fraction_as_many_is_still_held_to_the_levels(sentence, passage, found):
    language = "es" if "solicitudes" in sentence else "en"
    assert bool(fractions_said.misstated_level_multiples(sentence, [Cited(passage, language)])) is found


# 3. the turned conditions' gate
_CONDITION_PATTERNS = (inverted_conditions._TURNED, inverted_conditions._UNTIL)


def test_the_turned_conditions_gate_stops_only_texts_in_which_neither_pattern_finds_anything():
    through, stopped = _gate_holds(lambda text: wordset.may_hold(text, inverted_conditions._TURNED_OR_UNTIL),
                                   _CONDITION_PATTERNS, _texts("inverted_conditions", "condition_turned", "until"))
    assert through > 1000 and stopped > 1000


def test_every_ascii_alternative_of_the_turned_conditions_holds_a_word_of_the_gate():
    # each alternative of _TURNED and _UNTIL that ASCII text can match, as its words: one of them is in the gate
    for pattern in _CONDITION_PATTERNS:
        body = pattern.pattern.split("(?:", 1)[1].split(")(?!\\w)", 1)[0]
        for alternative in re.split(r"\|(?![^()]*\))", body):
            words = set(re.findall(r"[a-z]+", re.sub(r"\\s\+|\(\?:|\)\??|\[[^]]*\]", " ", alternative)))
            if alternative.isascii():
                assert words & inverted_conditions._TURNED_OR_UNTIL, alternative


REYES = Cited("Kestria's economy minister, Tomas Reyes, welcomed the ruling and said Kestria would keep its dairy "
              "duties until the steel tariff was lifted", "en")


def test_a_condition_turned_is_still_refused():
    for sentence in ("Kestria will keep its dairy duties even after the steel tariff is lifted.",
                     "Kestria will keep its dairy duties until the ruling is published."):
        assert inverted_conditions._whether_or_not(sentence, [REYES], 0), sentence


@pytest.mark.parametrize("sentence", ["Kestria will keep its dairy duties until Norvania lifts the steel tariff.",
                                      "Reyes said the dairy duties stay until the steel tariff is lifted.",
                                      "Kestria's dairy duties stay in place while the steel tariff lasts.",
                                      "Reyes welcomed the ruling.",
                                      "Once the steel tariff is lifted, Kestria will drop its dairy duties, Reyes "
                                      "said.",
                                      "The dairy duties will remain as long as the steel tariff does, Reyes said."])
def test_a_condition_kept_still_builds(sentence):
    assert inverted_conditions._whether_or_not(sentence, [REYES], 0) == []
