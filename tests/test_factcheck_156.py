"""A hundred-and-fifty-sixth fact-check: shares and instalments.

Refused, where each built:
- a ballot's backing told as its turnout, and the turnout as the backing: "71% backed the strike." or "Support for
  the strike was 71%." citing "84% backed the strike, on a turnout of 71%."; "The turnout was 84 per cent." citing
  "Members backed the strike by 84 per cent on a turnout of 71 per cent."; French "La participation a atteint 84 %."
  of "84 % ont voté pour la grève, avec une participation de 71 %.", Spanish "La participación fue del 84 %." of
  "El 84 % apoyó la huelga, con una participación del 71 %.", German "Die Wahlbeteiligung lag bei 84 %." of "84 %
  stimmten dem Streik zu, bei einer Wahlbeteiligung von 71 %." (turnouts.py, read by elections.py);
- a part of a list of parts told as the whole: "Pakistan has 70,000 active personnel." citing "660,000 active
  personnel, of whom 560,000 are in the army, 70,000 in the air force and 30,000 in the navy" (each figure of the
  list after "of whom" is a part: subset_figures.py).
Built, where it was refused: "The first instalment, 2.5%, comes in March; the second, 2%, in October." citing "Staff
get a 2.5% rise in March and a further 2% in October." (a clause with no figure after a figure set off by commas,
"comes in March", is that figure's clause's, not the next one's: moved_figures.py).
And one wrong figure is one finding: a part told as the whole ("employs 14,000" of "21,000, de las cuales 14.000",
"davon 14.000", "8,000 people, including 3,000 engineers"), a share told as the turnout, and instalments' figures
swapped between their months are each named once, by the check that says how.
Each has its honest twin, which builds.
"""

from __future__ import annotations

import pytest

from support import Sentence, SentencesChecked, minimal_project
from test_factcheck_143 import found  # a sentence in a language citing one passage, read as its locale writes it

STRIKE = "84% backed the strike, on a turnout of 71%."
VOTED_TO = "84% of members voted to strike, on a turnout of 71%."
MEMBERS = "Members backed the strike by 84 per cent on a turnout of 71 per cent."
GREVE = "84 % ont voté pour la grève, avec une participation de 71 %."
HUELGA = "El 84 % apoyó la huelga, con una participación del 71 %."
STREIK = "84 % stimmten dem Streik zu, bei einer Wahlbeteiligung von 71 %."
RISES = "Staff get a 2.5% rise in March and a further 2% in October."
SUBIDAS = "Una subida del 2,5 % en marzo y otra del 2 % en octubre."
FORCES = ("Pakistan has 660,000 active personnel, of whom 560,000 are in the army, 70,000 in the air force and "
          "30,000 in the navy.")
EFFECTIFS = "L'armée compte 21 000 personnes, dont 14 000 soldats et 5 000 réservistes."

TURNOUT = "where its cited passages give it as the turnout"
SHARE = "where its cited passages give it as a share of the vote"
PART = "only for a part"

REFUSED = {
    "backed-for-turnout": ("en", "71% backed the strike.", STRIKE, TURNOUT),
    "support-for-turnout": ("en", "Support for the strike was 71%.", STRIKE, TURNOUT),
    "in-favour-for-turnout": ("en", "71% of members voted in favour of the strike.", STRIKE, TURNOUT),
    "voted-to-for-turnout": ("en", "71% of members voted to strike.", VOTED_TO, TURNOUT),
    "backed-by-for-turnout": ("en", "Members backed the strike by 71 per cent.", MEMBERS, TURNOUT),
    "supported-by-for-turnout": ("en", "The strike was supported by 71% of members.", STRIKE, TURNOUT),
    "turnout-for-backed-by": ("en", "The turnout was 84 per cent.", MEMBERS, SHARE),
    "turnout-for-backed": ("en", "Turnout stood at 84%.", STRIKE, SHARE),
    "fr-participation": ("fr", "La participation a atteint 84 %.", GREVE, SHARE),
    "fr-voted-for": ("fr", "71 % ont voté pour la grève.", GREVE, TURNOUT),
    "fr-approved": ("fr", "La grève a été approuvée à 71 %.", GREVE, TURNOUT),
    "es-participacion": ("es", "La participación fue del 84 %.", HUELGA, SHARE),
    "es-apoyo": ("es", "El 71 % apoyó la huelga.", HUELGA, TURNOUT),
    "es-apoyo-noun": ("es", "El apoyo a la huelga fue del 71 %.", HUELGA, TURNOUT),
    "de-wahlbeteiligung": ("de", "Die Wahlbeteiligung lag bei 84 %.", STREIK, SHARE),
    "de-stimmten-zu": ("de", "71 % stimmten dem Streik zu.", STREIK, TURNOUT),
    "de-zustimmung": ("de", "Die Zustimmung lag bei 71 %.", STREIK, TURNOUT),
    "list-second-part": ("en", "Pakistan has 70,000 active personnel.", FORCES, PART),
    "list-last-part": ("en", "Pakistan has 30,000 active personnel.", FORCES, PART),
    "list-first-part": ("en", "Pakistan has 560,000 active personnel.", FORCES, PART),
    "list-fr-et": ("fr", "L'armée compte 5 000 personnes.", EFFECTIFS, PART),
    "months-swapped": ("en", "The first instalment, 2%, comes in March; the second, 2.5%, in October.", RISES,
                       "gives 2% to March"),
    "months-swapped-es": ("es", "El primer tramo, del 2 %, llega en marzo; el segundo, del 2,5 %, en octubre.",
                          SUBIDAS, "to March"),
}

BUILT = {
    "backed": ("en", "84% backed the strike.", STRIKE),
    "support": ("en", "Support for the strike was 84%.", STRIKE),
    "in-favour": ("en", "84% of members voted in favour of the strike.", STRIKE),
    "voted-to": ("en", "84% of members voted to strike.", VOTED_TO),
    "turnout": ("en", "Turnout was 71%.", STRIKE),
    "backed-by": ("en", "Members backed the strike by 84 per cent.", MEMBERS),
    "turnout-of-members": ("en", "The turnout was 71 per cent.", MEMBERS),
    "fr-participation": ("fr", "La participation a atteint 71 %.", GREVE),
    "fr-voted-for": ("fr", "84 % ont voté pour la grève.", GREVE),
    "es-participacion": ("es", "La participación fue del 71 %.", HUELGA),
    "es-apoyo": ("es", "El 84 % apoyó la huelga.", HUELGA),
    "de-wahlbeteiligung": ("de", "Die Wahlbeteiligung lag bei 71 %.", STREIK),
    "de-stimmten-zu": ("de", "84 % stimmten dem Streik zu.", STREIK),
    "fr-approved": ("fr", "La grève a été approuvée à 84 %.", GREVE),
    "es-apoyo-noun": ("es", "El apoyo a la huelga fue del 84 %.", HUELGA),
    "de-zustimmung": ("de", "Die Zustimmung lag bei 84 %.", STREIK),
    "months-in-turn": ("en", "The first instalment, 2.5%, comes in March; the second, 2%, in October.", RISES),
    "months-in-turn-and": ("en", "The first instalment, 2.5%, comes in March and the second, 2%, in October.", RISES),
    "months-in-turn-es": ("es", "El primer tramo, del 2,5 %, llega en marzo; el segundo, del 2 %, en octubre.",
                          SUBIDAS),
    "list-whole": ("en", "Pakistan has 660,000 active personnel.", FORCES),
    "list-part-named": ("en", "Pakistan's air force has 70,000 personnel.", FORCES),
    "list-last-named": ("en", "The navy has 30,000 personnel.", FORCES),
    "list-fr-named": ("fr", "L'armée compte 5 000 réservistes.", EFFECTIFS),
    "after-the-list": ("en", "The operator runs 300 trains a day.",
                       "The operator employs 21,000 people, of whom 14,000 are union members, and runs 300 trains a "
                       "day."),
}

# one wrong figure, named once: by the check that says how it was moved
ONCE = {
    "part-es": ("es", "La operadora emplea a 14.000 personas.",
                "La operadora emplea a 21.000 personas, de las cuales 14.000 están afiliadas al sindicato.", PART),
    "part-de": ("de", "Der Betreiber beschäftigt 14.000 Menschen.",
                "Der Betreiber beschäftigt 21.000 Menschen, davon 14.000 Gewerkschaftsmitglieder.", PART),
    "part-en": ("en", "The company employs 3,000 people.",
                "The company employs 8,000 people, including 3,000 engineers.", PART),
    "share-de": ("de", "71 % stimmten dem Streik zu.", STREIK, TURNOUT),
    "turnout-de": ("de", "Die Wahlbeteiligung lag bei 84 %.", STREIK, SHARE),
    "months-swapped": ("en", "The first instalment, 2%, comes in March; the second, 2.5%, in October.", RISES,
                       "gives 2% to March"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_the_misstatements_are_refused(name: str):
    language, sentence, passage, expected = REFUSED[name]
    findings = found(language, sentence, passage)
    assert any(expected in finding for finding in findings), findings


@pytest.mark.parametrize("name", sorted(BUILT))
def test_the_honest_twins_build(name: str):
    language, sentence, passage = BUILT[name]
    assert found(language, sentence, passage) == []


@pytest.mark.parametrize("name", sorted(ONCE))
def test_one_wrong_figure_is_one_finding(name: str):
    language, sentence, passage, expected = ONCE[name]
    findings = found(language, sentence, passage)
    assert len(findings) == 1 and expected in findings[0], findings


# Through the front door: a briefing's summary checked by `check`, one case of each fix and its twin.
CHECKED = {
    "backed-for-turnout": (STRIKE, "71% backed the strike.", TURNOUT),
    "backed": (STRIKE, "84% backed the strike.", None),
    "list-part": (FORCES, "Pakistan has 70,000 active personnel.", PART),
    "list-part-named": (FORCES, "Pakistan's air force has 70,000 personnel.", None),
    "months-in-turn": (RISES, "The first instalment, 2.5%, comes in March; the second, 2%, in October.", None),
    "months-swapped": (RISES, "The first instalment, 2%, comes in March; the second, 2.5%, in October.",
                       "gives 2% to March"),
}


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    root = minimal_project(tmp_path_factory.mktemp("factcheck156") / "project")
    return SentencesChecked(root, [Sentence(source, summary) for source, summary, _ in CHECKED.values()])


@pytest.mark.parametrize("name", sorted(CHECKED))
def test_check_builds_or_names_the_figure_once(checked: SentencesChecked, name: str):
    source, summary, expected = CHECKED[name]
    errors = checked(source, summary)
    if expected is None:
        assert errors == []
    else:
        assert len(errors) == 1 and expected in errors[0], errors

