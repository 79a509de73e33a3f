"""A seventy-seventh fact-check: the real briefing read against its source, word by word; a speaker's stance kept.

The briefing on the Pakistan–Afghanistan war was read sentence by sentence, cell by cell and note by note against the
passages it cites (/work/notes45/factcheck77.md): nothing in it misstates its source. Its own sentences were then
turned the ways an editor might misstate them, and one shape built: "Pakistan spent decades backing and sheltering
the Afghan Taliban, its defense minister denied." citing "... - its defense minister acknowledged that to me on
camera". polarity.py reads "denied" as a negation only of what follows it, and "disputed", "refuted" and "dismissed"
not at all. explainer/turned_stances.py now refuses a sentence that has a speaker deny what its cited passages have
the same speaker admit, or admit what they have it deny; a sentence keeping the stance, in the source's words or
others of its kind, a negated or passive verb, or another speaker's stance builds.

A second shape built: "The Taliban has announced plans to cut its armed forces to 200,000 personnel." citing "...
announced plans to expand its armed forces to 200,000 personnel": direction.py read "cut", "reduced" and "shrink"
before a level as a fall, but "expand" as no way at all. It now reads "expand" before "to" or "by" a figure as a rise.

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="pakistan", name="Pakistan"), Party(id="taliban", name="Afghanistan (Taliban)"))

# the real briefing's passages (seeds/000_bd91349fafd64fe6.txt)
HAKIM = ("Pakistan spent decades backing and sheltering the Afghan Taliban - its defense minister acknowledged that "
         "to me on camera")
KABUL = ("Kabul have acknowledged Taliban fighters killed, 11 wounded, and 13 civilians injured in the mountainous "
         "northwest border region where the line of fighting is concentrated")
SHELLED = "Kabul disputed reports that its forces shelled the border village."
SCHOOL = "The ministry admitted that the strike hit a school."

MISSTATED = {
    "closing-denied": ("Pakistan spent decades backing and sheltering the Afghan Taliban, its defense minister denied.",
                       HAKIM, "denied", "admitted", "acknowledged"),
    "disputed-that": ("Pakistan's defense minister disputed that Pakistan spent decades backing the Afghan Taliban.",
                      HAKIM, "denied", "admitted", "acknowledged"),
    "rejected-the-claim": ("Pakistan's defense minister rejected the claim that Pakistan spent decades backing the "
                           "Afghan Taliban.", HAKIM, "denied", "admitted", "acknowledged"),
    "dismissed-reports": ("The ministry dismissed reports that the strike hit a school.", SCHOOL, "denied",
                          "admitted", "admitted"),
    "refuted": ("The army refuted that its shells hit the hospital.",
                "The army conceded that its shells hit the hospital.", "denied", "admitted", "conceded"),
    "admitted-for-disputed": ("Kabul acknowledged that its forces shelled the border village.", SHELLED, "admitted",
                              "denied", "disputed"),
    "closing-admitted": ("Its forces shelled the border village, Kabul admitted.", SHELLED, "admitted", "denied",
                         "disputed"),
    "confirmed-for-refuted": ("Police confirmed that the suspect fled the country.",
                              "Police refuted reports that the suspect fled the country.", "admitted", "denied",
                              "refuted"),
}


@pytest.mark.parametrize("sentence, passage, told, given, theirs", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_stance_turned_is_refused(sentence: str, passage: str, told: str, given: str, theirs: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence tells as {told} (")
               and f"what its cited passages give as {given} ('{theirs}')" in message for message in found), found


HONEST = {
    "same-words": ("Pakistan spent decades backing and sheltering the Afghan Taliban, its defense minister "
                   "acknowledged.", (HAKIM,)),
    "paraphrase": ("Pakistan's defense minister admitted that Pakistan spent decades backing the Afghan Taliban.",
                   (HAKIM,)),
    "briefing-caveat": ("The report gives no number for the Taliban fighters Kabul acknowledged were killed.", (KABUL,)),
    "denial-kept-in-other-words": ("Kabul rejected claims that its forces shelled the border village.", (SHELLED,)),
    "negated": ("The ministry has not denied that the strike hit a school.", (SCHOOL,)),
    "another-speakers-stance": ("Kabul denied that its forces shelled the border village.",
                                ("Islamabad confirmed that Kabul's forces shelled the border village.",
                                 "Kabul denied that its forces shelled the border village.")),
    "passive": ("The company's permit to drill was denied.",
                ("The company acknowledged that its permit to drill had lapsed.",)),
    "each-speaker-its-own": ("The army denied that the strike hit a school.",
                             ("The ministry admitted that the strike hit a school, while the army denied it.",)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_a_stance_kept_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []


# the real briefing's passage (comparisons.yaml's taliban-expansion)
EXPANSION = ("The strength of the Afghan Taliban's military is thinner, with only 172,000 active personnel. The group "
             "has, however, announced plans to expand its armed forces to 200,000 personnel")
TURNED_WAYS = {
    "cut-for-expand": ("The Taliban has announced plans to cut its armed forces to 200,000 personnel.", EXPANSION,
                       "200,000", "fall", "rise"),
    "reduce-for-expand": ("The Taliban has announced plans to reduce its armed forces to 200,000 personnel.",
                          EXPANSION, "200,000", "fall", "rise"),
    "expanded-for-cut": ("The council expanded the bus network by 12 routes.",
                         "The council cut the bus network by 12 routes.", "12", "rise", "fall"),
}


@pytest.mark.parametrize("sentence, passage, figure, told, given", TURNED_WAYS.values(), ids=TURNED_WAYS.keys())
def test_an_expansion_turned_is_refused(sentence: str, passage: str, figure: str, told: str, given: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f'figure "{figure}" is given as a {told}, but the passages this cites give it as a '
                                  f"{given}") for message in found), found


KEPT_WAYS = {
    "same-words": ("The Taliban has announced plans to expand its armed forces to 200,000 personnel.", EXPANSION),
    "grow": ("The Taliban has announced plans to grow its armed forces to 200,000 personnel.", EXPANSION),
    "increase": ("The Taliban plans to increase its armed forces to 200,000 personnel.", EXPANSION),
    "plain-level": ("The council expanded the bus network to 40 routes.", "The bus network now has 40 routes."),
}


@pytest.mark.parametrize("sentence, passage", KEPT_WAYS.values(), ids=KEPT_WAYS.keys())
def test_an_expansion_kept_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
