"""British and American spellings read as one where the checks compare a sentence's words with a passage's
(explainer/spelling.py): "Pakistan's defence minister, Khawaja Asif," citing the report's "Pakistan's Defense
Minister Khawaja Asif" was refused as a role swapped ("calls Asif 'Pakistan's defence minister' where its cited
passages call them 'Defense Minister'"), as a British newsroom writes it. A role really swapped is still refused in
either spelling."""

from __future__ import annotations

import pytest

from explainer.model import Party
from explainer.spelling import american
from support import sentence_findings

PARTIES = (Party(id="pakistan", name="Pakistan"), Party(id="taliban", name="Afghanistan (Taliban)"))
ASIF = ("Overnight, Pakistan launched airstrikes across Afghanistan, soon after which Pakistan's Defense Minister "
        "Khawaja Asif by Friday morning declared an \"all-out war\" between the two countries.")
BRITISH = ("The Labour Party's defence spokesman, Ruth Vale, said the centre would organise the talks.")


@pytest.mark.parametrize("british, us", [
    ("defence", "defense"), ("offences", "offenses"), ("armoured", "armored"), ("labourers", "laborers"),
    ("harbour", "harbor"), ("centre", "center"), ("organised", "organized"), ("recognises", "recognizes"),
    ("analysed", "analyzed"), ("programmes", "programs"), ("judgement", "judgment")])
def test_a_british_spelling_reads_as_the_american(british: str, us: str):
    assert american(british) == american(us) == us


@pytest.mark.parametrize("word", ["fence", "four", "hour", "organism", "realistic", "emphasis", "promise", "television",
                                  "tour", "licensee", "our"])
def test_other_words_keep_their_letters(word: str):
    assert american(word) == word


@pytest.mark.parametrize("sentence, passage", [
    ("Khawaja Asif, Pakistan's defence minister, declared an \"all-out war\" by Friday morning.", ASIF),
    ("Pakistan's defence minister, Khawaja Asif, declared an \"all-out war\".", ASIF),
    ("Defence Minister Khawaja Asif declared an \"all-out war\".", ASIF),
    ("Asif, the defence minister, declared an \"all-out war\".", ASIF),
    ("Ruth Vale, the Labor Party's defense spokesman, said the center would organize the talks.", BRITISH),
])
def test_a_role_in_the_other_spelling_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


@pytest.mark.parametrize("sentence, passage, role", [
    ("Asif, the foreign minister, declared an \"all-out war\".", ASIF, "'the foreign minister'"),
    ("Ruth Vale, the Labour Party's foreign affairs spokesman, said the centre would organise the talks.", BRITISH,
     "'the Labour Party's foreign affairs spokesman'"),
])
def test_a_role_swapped_is_refused_in_either_spelling(sentence: str, passage: str, role: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(role in message for message in found), found
