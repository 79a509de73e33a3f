"""Speakers misread, each an honest sentence refused as words given to someone the passage gives none:

1. A participle after a preposition's object read as a speaker's verb: "According to Halden, the vaccine is 82%
   effective" citing "The company reported an efficacy of 82% against RSV disease confirmed in hospital" was refused as
   the words of "RSV disease", and a claim of Halden's citing the statement's "Corvexa was 82% effective against RSV
   disease confirmed in hospital" as the words of "Corvexa" (tests/fixtures/newuser_119). A participle of saying
   after the object of a preposition, followed by a preposition and no "that", now describes that noun
   (explainer/object_participles.py); "a spokesman for the ministry confirmed to Reuters" keeps its speaker.
2. A negated verb of saying in a relative clause: "The group says at least 14 people have reported nerve damage, a
   figure the Agency has not confirmed" citing "The group says at least 14 people ... The Agency has not confirmed this
   figure" was refused as words given to the Agency; "a figure the Agency has not confirmed" gives it none
   (explainer/unsaid_relatives.py). With a semicolon ("...; the Agency has not confirmed this figure") each clause now
   holds the passage sentence it restates (held_speakers.py).
3. A Portuguese pronoun read as a name: a quote's `speaker: Mariana Teixeira Lopes` of the ruling's "Ela afirmou ainda
   que ..." was refused as the words of "Ela" (tests/fixtures/newuser_120), and "Mariana Teixeira Lopes afirmou que
   ..." citing it; "Ela", "Ele", "Elas", "Eles" name no one (speakers.py), and the speaker is the one the sentence
   before names (held_speakers.with_antecedent): "A Rota Certa afirmou ..." citing it stays refused.

Each with honest twins that must build, and misstatements kept refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.attribution import Cited
from explainer.checked import Passages
from explainer.owners import party_words
from support import checked_fixture_project, edit, error_lines, read_as_project_locale
from test_newuser_115 import J5, J6, N4 as DUNMORE, N7 as STRAUSS, found as found_115
from test_newuser_118 import JOBS, N2 as UNION, N6 as NAIR, REM, found as found_118
from test_newuser_119 import EFF, N2, N4 as DENIES, N8 as DOSES, S2, S4, SOV, found
from test_newuser_120 import FIXTURE as FIXTURE_120, PARTIES as PARTIES_120, S as RULING, found as found_pt

FIXTURE_119 = REPO / "tests" / "fixtures" / "newuser_119"
GROUP = "its cited passages give them to The group"


# 1. A participle after a preposition's object is no speaker's verb
@pytest.mark.parametrize("sentence, cited", [
    ("According to Halden, the vaccine is 82% effective.", EFF),
    ("According to the company, the vaccine's efficacy against RSV disease confirmed in hospital is 82%.", EFF),
    ("The company reported an efficacy of 82% against RSV disease confirmed in hospital.", EFF),
    ("Halden reported an efficacy of 82%; the Agency's own analysis gives 68%.", EFF),
    ("According to Halden, the vaccine is 82% effective.", S2),
    ("Halden says the vaccine was 82% effective against RSV disease confirmed in hospital.", S2),
    ("According to Halden, Corvexa was 82% effective in a trial of 14,200 adults.", S2),
])
def test_a_participle_after_an_object_names_no_speaker(sentence: str, cited: tuple[str, str]):
    assert found(sentence, cited) == []


def test_the_words_given_to_another_stay_refused():
    """Halden's statement's 82% given to the Alliance is still refused."""
    findings = found("According to the Alliance, the vaccine is 82% effective.", S2)
    assert any("are the statement of Halden Biologics" in message for message in findings), findings


def test_a_spokesman_for_a_body_keeps_speaking():
    """"A spokesman for the ministry confirmed to Reuters ..." is the spokesman's word: a person's preposition."""
    from explainer.object_participles import describes_an_object

    for text in ("A spokesman for Halden confirmed to Reuters the figure of 82%.",
                 "Officials at the Agency confirmed on Friday that the licence was suspended.",
                 "The head of the Agency confirmed in a statement the figure of 68%."):
        at = text.index("confirmed")
        assert not describes_an_object(text, at, at + len("confirmed")), text
    text = "an efficacy of 82% against RSV disease confirmed in hospital"
    at = text.index("confirmed")
    assert describes_an_object(text, at, at + len("confirmed"))


def test_a_claim_citing_disease_confirmed_in_hospital_builds(tmp_path: Path):
    """A claim of Halden's citing "Corvexa was 82% effective against RSV disease confirmed in hospital ..." (or the
    review's "The company reported an efficacy of 82% against RSV disease confirmed in hospital") builds."""
    desk = checked_fixture_project(FIXTURE_119, tmp_path / "desk")
    claims = desk / "content" / "vaccine-licence" / "claims.yaml"
    claim = ("      - claimant: {who}\n        parties: [{party}]\n        channel: statement\n"
             "        says: Corvexa was 82% effective against RSV disease in the CORA-3 trial.\n"
             "        status: claim\n        cite: [{cite}]\n")
    edit(claims, "  - id: safety\n", "  - id: efficacy-82\n    title: The company's efficacy figure\n    claims:\n"
         + claim.format(who="Halden Biologics", party="halden", cite="halden-82")
         + claim.format(who="Halden Biologics", party="halden", cite="review-82") + "  - id: safety\n")
    edit(claims, "citations:\n", "citations:\n  halden-82:\n    source: statement\n    quote: Corvexa was 82% effective "
         "against RSV disease confirmed in hospital in a trial of 14,200 adults\n  review-82:\n    source: review\n"
         "    quote: The company reported an efficacy of 82% against RSV disease confirmed in hospital\n")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


# 2. A negated verb of saying in a relative clause gives its subject no words
@pytest.mark.parametrize("sentence", [
    "The Alliance says at least 14 people have reported nerve damage, a figure the Agency has not confirmed.",
    "The group says at least 14 people have reported nerve damage, a figure the Agency has not confirmed.",
    "At least 14 people have reported nerve damage, the group says, a figure the Agency has not confirmed.",
    "The Alliance says at least 14 people have reported nerve damage after vaccination; the Agency has not confirmed "
    "this figure.",
])
def test_a_figure_the_agency_has_not_confirmed_builds(sentence: str):
    assert found(sentence, N2) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The Panel says at least 14 people have reported nerve damage, a figure the Agency has not confirmed.",
     "gives the words to The Panel, but " + GROUP),
    ("Halden says at least 14 people have reported nerve damage, a figure the Agency has not confirmed.",
     "gives the words to Halden, but " + GROUP),
    ("The Agency says at least 14 people have reported nerve damage.", "gives the words to The Agency, but " + GROUP),
    ("The Alliance says at least 14 people have reported nerve damage, a figure the Agency has confirmed.",
     "drops the negation"),
])
def test_a_figure_given_to_another_stays_refused(sentence: str, expected: str):
    findings = found(sentence, N2)
    assert any(expected in message for message in findings), findings


def test_a_relative_clause_is_read_narrowly():
    """Only a relative clause's negated verb gives no words: a main clause's still does."""
    from explainer.unsaid_relatives import negated_in_relative

    def negated(text: str) -> bool:
        return negated_in_relative(text, text.index("confirmed"))

    assert negated("The group says 14, a figure the Agency has not confirmed.")
    assert negated("The group says 14, an estimate which the National Medicines Agency has not yet confirmed.")
    assert not negated("The Agency has not confirmed this figure.")
    assert not negated("The group says 14. The National Medicines Agency has not confirmed it.")
    assert not negated("The group says 14, a figure the Agency has confirmed.")


# Honest paraphrases with reporting verbs and participles over the other fixtures: they build as before
@pytest.mark.parametrize("found_in, sentence, cited", [
    (found_115, "Clare Whitcombe, chief executive of Harlow Foods, said the offer the companies have made is "
                "substantial.", J5),
    (found_115, "Tom Ashdown said only 31 of the 92 stores offered for sale are Brightmart stores.", J6),
    (found_115, "Raj Mehta called the offer to sell 92 stores far too small.", DUNMORE),
    (found_115, "Analysts said the Authority was unlikely to approve Dunmore as a buyer where it is already strong.",
     DUNMORE),
    (found_115, "Lena Strauss said the Authority rarely blocks a merger outright once stores have been offered for "
                "sale.", STRAUSS),
    (found_118, "The union says the merger could cost up to 600 jobs, a figure Corran has not accepted.", UNION),
    (found_118, "The Regional Pilots' Association has told the Authority the merger could cost up to 600 jobs, an "
                "estimate the Authority has not assessed.", JOBS),
    (found_118, "Priya Nair, an aviation analyst, said the Lisle route is the hard part.", NAIR),
    (found_118, "Corran offered on 2 November 2026 to give up 14 daily slot pairs at Eastport, an offer the Authority "
                "has not accepted.", REM),
    (found, "Halden says six serious adverse events were reported late.", S4),
    (found, "Pharmacies have returned about 41,000 doses from the recalled batches, the Agency said.", DOSES),
    (found, "Dr Ingrid Sovik said the licence was suspended as a precaution.", SOV),
    (found, "Halden denies that it hid cases and says it reported every case in the trial.", DENIES),
])
def test_honest_paraphrases_build(found_in, sentence: str, cited: tuple[str, str]):
    assert found_in(sentence, cited) == []


# 3. A Portuguese pronoun is no name; the speaker is the one the sentence before names
ELA = ("s", 'Ela afirmou ainda que "a existência de banco de horas não pode servir para apagar horas que nunca foram '
            'registradas".')
WORDS = "o banco de horas não pode servir para apagar horas que nunca foram registradas."


@pytest.mark.parametrize("sentence", [f"Mariana Teixeira Lopes afirmou que {WORDS}",
                                      f"Segundo Mariana Teixeira Lopes, {WORDS}",
                                      f"A juíza Mariana Teixeira Lopes afirmou que {WORDS}",
                                      f"A juíza afirmou que {WORDS}"])
def test_ela_is_no_speakers_name(sentence: str):
    assert found_pt(sentence, ELA) == []


def _found_after(sentence: str, paragraph: str) -> list[str]:
    """Return the findings of a Portuguese sentence citing the last sentence of `paragraph`, read with the paragraph
    round it as a build reads a cited passage."""
    from explainer.cite import _reworded

    read_as_project_locale(FIXTURE_120, "pt")
    text = paragraph[paragraph.index("Ela "):]
    cited = [Cited(text, "pt", text, paragraph)]
    named = tuple((party.id, party_words(party, "pt")) for party in PARTIES_120)
    return [finding.message for finding in _reworded(sentence, Passages(cited), 0, "pt", Passages(), named, ())]


NAMED_BEFORE = ("A juíza Mariana Teixeira Lopes afirmou que o tempo de conferência é tempo de trabalho efetivo. "
                f"Ela afirmou ainda que {WORDS}")


@pytest.mark.parametrize("sentence, expected", [
    (f"Mariana Teixeira Lopes afirmou que {WORDS}", ""),
    (f"A juíza afirmou que {WORDS}", ""),
    (f"A Rota Certa afirmou que {WORDS}", "gives the words to A Rota Certa, but its cited passages give them to juíza"),
    (f"O sindicato afirmou que {WORDS}", "gives the words to O sindicato, but its cited passages give them to juíza"),
])
def test_the_pronoun_speaks_for_the_one_named_before(sentence: str, expected: str):
    findings = _found_after(sentence, NAMED_BEFORE)
    assert findings == [] if not expected else any(expected in message for message in findings), findings


def test_a_quote_of_ela_builds_with_the_judge_as_speaker(tmp_path: Path):
    """The quote's `context` citing only the sentence before ("Na fundamentação, a juíza escreveu que") builds with
    `speaker: Mariana Teixeira Lopes` (refused as the words of "Ela"); given to the union's president, it is not."""
    desk = checked_fixture_project(FIXTURE_120, tmp_path / "desk")
    quotes = desk / "content" / "horas-extras-rota-certa" / "quotes.yaml"
    edit(quotes, "[^fundamentacao][^condenacao]", "[^fundamentacao]")
    assert "Ela afirmou ainda que" in RULING
    result = run_build(desk, "check")
    assert result.code == 0, result.err
    edit(quotes, "    speaker: Mariana Teixeira Lopes\n", "    speaker: Cláudia Regina Moura\n")
    result = run_build(desk, "check")
    assert result.code != 0 and any("Cláudia Regina Moura" in line for line in error_lines(result)), result.err
