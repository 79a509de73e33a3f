"""Misstatements a sixth fact-check found the build letting through, each a gap the README listed: a speaker named
with a reporting verb the build did not read ("replied", "wrote", "posted on X") or as the subject of a verb after
"and" ("Dorr rejected the offer and said"); a date's bound in the words "as soon as" or "from" dropped or turned;
and a quote of a quote (the source has Okafor quoting Ostrom; the briefing gives the words as Okafor's own). Each is
checked both ways: the misstatement is refused with its file, line and what is wrong; the source's wording and
honest paraphrases build."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import Sentence, SentencesChecked, error_lines
from test_factcheck_5 import ALPHA_BETA, checked
from test_factcheck_7 import assert_outcome, fixture_root  # noqa: F401 (a fixture)


@pytest.fixture(scope="module")
def sentences(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked), as `checked`
    checks them alone."""
    return SentencesChecked(fixture_root, [Sentence(given, written, ALPHA_BETA)
                                           for given, written, _ in SPEAKERS + DATE_BOUNDS + QUOTES_OF_QUOTES])


# --- 1. reporting verbs not read before, and the subject of one after "and" ---------------------------------------

SPEAKERS = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ('"We will respond to the harbour closure," said Dev Okafor.',
     '"We will respond to the harbour closure," replied Lina Dorr.',
     "this sentence gives the words to Lina Dorr, but its cited passages give them to Dev Okafor"),
    ('"We will respond to the harbour closure," replied Dev Okafor.',
     "Beta's government said it would respond to the harbour closure.",
     "gives the words to Beta's government, but its cited passages give them to Dev Okafor"),
    ("Dev Okafor wrote that the harbour strike would continue.",
     "Lina Dorr wrote that the harbour strike would continue.", "gives the words to Lina Dorr"),
    ("Dev Okafor posted on X that the harbour strike would continue.",
     "Lina Dorr said the harbour strike would continue.", "give them to Dev Okafor"),
    ('"The harbour stays shut," retorted Dev Okafor.', '"The harbour stays shut," retorted Lina Dorr.',
     "gives the words to Lina Dorr"),
    ("Dev Okafor said the harbour strike would continue.",
     "Lina Dorr rejected the offer and said the harbour strike would continue.",
     "gives the words to Lina Dorr, but its cited passages give them to Dev Okafor"),
    ("Alpha's government said the harbour strike would continue.",
     "Beta's government rejected the offer and later said the harbour strike would continue.",
     "gives the words to Beta's government"),
    ("Dev Okafor rejected the offer and said the harbour strike would continue.",
     "Lina Dorr said the harbour strike would continue.", "give them to Dev Okafor"),
    ('"We will respond to the harbour closure," Dev Okafor told reporters.',
     '"We will respond to the harbour closure," Lina Dorr told reporters.', "gives the words to Lina Dorr"),
    # honest: the speaker the source names, with the source's verb or another
    ('"We will respond to the harbour closure," replied Dev Okafor.',
     'Dev Okafor replied: "We will respond to the harbour closure."', "ok"),
    ('"We will respond to the harbour closure," replied Dev Okafor.',
     '"We will respond to the harbour closure," said Okafor.', "ok"),
    ("Dev Okafor wrote that the harbour strike would continue.",
     "Okafor said the harbour strike would continue.", "ok"),
    ("Dev Okafor said the harbour strike would continue.",
     "Okafor rejected the offer and said the harbour strike would continue.", "ok"),
    ("Dev Okafor said the harbour strike would continue.",
     "Okafor rejected Alpha's offer and said the harbour strike would continue.", "ok"),
    ("Dev Okafor said the harbour strike would continue.",
     "The union rejected the offer and said the harbour strike would continue.", "ok"),  # names no one: not read
    ("Dev Okafor said Alpha and Beta would meet at the harbour.",
     "Okafor said Alpha and Beta would meet at the harbour.", "ok"),
    # "posted" names a speaker only where it posts somewhere ("on X", "online"), not troops posted on a wall
    ("Alpha's troops posted on the harbour wall were attacked, Dev Okafor said.",
     "Alpha's troops posted on the harbour wall were attacked, Okafor said.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", SPEAKERS, ids=[w[:50] for _, w, _ in SPEAKERS])
def test_a_speaker_of_more_reporting_verbs_and_after_and_is_read(sentences, given, written, outcome):
    assert_outcome(sentences(given, written, ALPHA_BETA), outcome)


# --- 2. "as soon as" and "from" ---------------------------------------------------------------------------------

DATE_BOUNDS = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ("The vote could be held as soon as 3 March 2026.", "The vote could be held on 3 March 2026.",
     'date "3 March 2026" leaves out the bound of "as soon as 3 March 2026" in the passages this sentence cites'),
    ("The vote could be held as soon as 3 March 2026.", "The vote could be held by 3 March 2026.",
     'date "3 March 2026" turns the other way the bound of "as soon as 3 March 2026"'),
    ("The vote could be held as soon as March.", "The vote will be held in March.",
     'date "March" leaves out the bound of "as soon as March"'),
    ("Tariffs will apply from 3 March 2026.", "Tariffs will apply until 3 March 2026.",
     'date "3 March 2026" turns the other way the bound of "from 3 March 2026"'),
    ("Tariffs will apply from 3 March 2026.", "Tariffs must be paid by 3 March 2026.",
     'turns the other way the bound of "from 3 March 2026"'),
    ("Tariffs will apply from May.", "Tariffs will apply in May.", 'date "May" leaves out the bound of "from May"'),
    # honest: the bound kept in the source's words or others
    ("The vote could be held as soon as 3 March 2026.", "The vote could be held as early as 3 March 2026.", "ok"),
    ("The vote could be held as soon as 3 March 2026.", "The vote could come no earlier than 3 March 2026.", "ok"),
    ("The vote will be held no earlier than 3 March 2026.", "The vote could come as soon as 3 March 2026.", "ok"),
    ("Tariffs will apply from 3 March 2026.", "Tariffs will apply from 3 March 2026.", "ok"),
    ("Tariffs will apply from 3 March 2026.", "From 3 March 2026, tariffs will apply.", "ok"),
    ("Tariffs will apply from 3 March 2026.", "Tariffs take effect on 3 March 2026.", "ok"),
    ("Tariffs will apply from 3 March 2026.", "Tariffs will apply starting 3 March 2026.", "ok"),
    ("Tariffs will apply from 3 March 2026.", "Tariffs will apply as of 3 March 2026.", "ok"),
    # "from" of the past, or starting a span, bounds nothing
    ("The ban will run from March to May.", "The ban will start in March and end in May.", "ok"),
    ("Officials cited a report from March.", "Officials cited a report in March.", "ok"),
    ("Prices rose sharply from 2019, the report said.", "Prices rose sharply in 2019.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", DATE_BOUNDS, ids=[w[:50] for _, w, _ in DATE_BOUNDS])
def test_as_soon_as_and_from_are_kept(sentences, given, written, outcome):
    assert_outcome(sentences(given, written, ALPHA_BETA), outcome)


# --- 3. a quote of a quote --------------------------------------------------------------------------------------

NESTED = [
    'Dev Okafor said Karl Ostrom had told him the port "will never reopen".',
    'Dev Okafor said: "Karl Ostrom told me the port will never reopen."',
    '"Karl Ostrom told me the port will never reopen," said Dev Okafor.',
]
QUOTES_OF_QUOTES = [
    *[(given, 'Dev Okafor said the port "will never reopen".',
       'this sentence gives the words "will never reopen" to Dev Okafor, but its cited passages give them to Karl '
       "Ostrom, whom Dev Okafor quotes") for given in NESTED],
    (NESTED[0], 'Okafor said the port "will never reopen".', "give them to Karl Ostrom, whom Okafor quotes"),
    ("Alpha's envoy Dev Okafor said Beta's envoy Karl Ostrom had told him the port \"will never reopen\".",
     "Alpha's envoy said the port \"will never reopen\".",
     "give them to Beta's envoy Karl Ostrom, whom Alpha's envoy quotes"),
    # another speaker of the same sentence, who quotes no one: the words given to the wrong one of two
    ("Alpha's army said Beta's forces had attacked; Beta's government said the claim was \"a lie\".",
     "Alpha's army said the claim was \"a lie\".",
     'gives the words "a lie" to Alpha\'s army, but its cited passages give them to Beta\'s government, not to '
     "Alpha's army"),
    # honest: the words given to whom the source gives them, or the nesting kept
    *[(given, 'Karl Ostrom said the port "will never reopen".', "ok") for given in NESTED],
    *[(given, 'Okafor said Ostrom had told him the port "will never reopen".', "ok") for given in NESTED],
    (NESTED[0], 'According to Okafor, Ostrom said the port "will never reopen".', "ok"),
    ('Dev Okafor said the port "will never reopen".', 'Okafor said the port "will never reopen".', "ok"),
    # words after a clause break are not plainly the inner speaker's: Okafor's own here
    ('Dev Okafor said: "Karl Ostrom told me nothing, and the port will never reopen."',
     'Dev Okafor said the port "will never reopen".', "ok"),
    ("Alpha's army said Beta's forces had attacked; Beta's government said the claim was \"a lie\".",
     "Beta's government said the claim was \"a lie\".", "ok"),
    # whom a pronoun or an unnamed voice is is not guessed: "he told" is Okafor's own, "a minister" no one named
    ('Dev Okafor said he had told the union the port "will never reopen".',
     'Dev Okafor said the port "will never reopen".', "ok"),
]


@pytest.mark.parametrize("given, written, outcome", QUOTES_OF_QUOTES, ids=[f"{g[:30]}|{w[:40]}" for g, w, _ in
                                                                            QUOTES_OF_QUOTES])
def test_a_quote_of_a_quote_is_given_to_whom_the_source_gives_it(sentences, given, written, outcome):
    assert_outcome(sentences(given, written, ALPHA_BETA), outcome)


def test_a_quote_of_a_quote_in_an_item_is_read(fixture_root: Path):
    # A timeline event cited as a whole: its second sentence gives Ostrom's words to Okafor.
    checked(fixture_root, NESTED[0], "Dev Okafor spoke at the harbour.")
    (fixture_root / "content" / "flood" / "timeline.yaml").write_text(
        "events:\n  - when: At the harbour\n    what: >-\n      Okafor spoke at the harbour. Okafor said the port\n"
        '      "will never reopen".\n    cite: [q]\n', encoding="utf-8")
    try:
        lines = error_lines(run_build(fixture_root, "check"))
    finally:
        (fixture_root / "content" / "flood" / "timeline.yaml").unlink()
    assert any(line.startswith("content/flood/timeline.yaml:5: `what`: this sentence gives the words \"will never "
                               "reopen\" to Okafor, but its cited passages give them to Karl Ostrom") for line in lines), lines


@pytest.mark.parametrize("given, speaker, outcome", [
    (NESTED[0], "Dev Okafor", "`speaker`: the source gives these words to Karl Ostrom, whom Dev Okafor quotes, not to "
                              "Dev Okafor (name the speaker as the source does"),
    (NESTED[1], "Dev Okafor", "`speaker`: the source gives these words to Karl Ostrom, whom Dev Okafor quotes"),
    (NESTED[2], "Okafor", "`speaker`: the source gives these words to Karl Ostrom, whom Okafor quotes"),
    (NESTED[0], "Karl Ostrom", "ok"),
    (NESTED[2], "Karl Ostrom", "ok"),
    ('Dev Okafor said the port "will never reopen".', "Dev Okafor", "ok"),
])
def test_a_quotes_speaker_is_not_the_one_who_quotes_its_words(fixture_root: Path, given, speaker, outcome):
    checked(fixture_root, given, "Okafor spoke at the harbour.")
    (fixture_root / "content" / "flood" / "quotes.yaml").write_text(
        f"quotes:\n  - id: port\n    speaker: {speaker}\n    role: not given\n    words: will never reopen\n"
        "    source: flood\n    context: Said at the harbour.\n", encoding="utf-8")
    try:
        result = run_build(fixture_root, "check")
    finally:
        (fixture_root / "content" / "flood" / "quotes.yaml").unlink()
    assert "Traceback" not in result.err
    if outcome == "ok":
        assert result.code == 0, result.err
    else:
        assert result.code == 1
        assert any(line.startswith(f"content/flood/quotes.yaml:3: {outcome}") for line in error_lines(result)), \
            error_lines(result)
