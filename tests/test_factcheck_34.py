"""A thirty-fourth fact-check: the misstatements last session's notes left building, each with two more of its kind on
an election or a lawsuit, and honest rewordings of each that must still build.

- A figure's period changed: "5% in the third quarter" or "in Q3" citing "5% in the first half" (explainer/rates.py
  now reads a half-year, "in the first half", "in H1", and "in Q3" as periods); "the first half of the year" was
  refused as the fraction "half" (explainer/fractions_said.py: a first or second half is a period).
- A figure a passage quotes turned: "Khan said exports rose by 12%" citing 'Khan said: "Exports fell by 12%"'
  (explainer/direction.py reads a passage's quoted words for their direction, as it reads the rest).
- "Most posts" read from counts: "41 posts out of 94", "41 of Pakistan's 94 posts", "Of the 94 posts on the border,
  41" (explainer/proportions.py reads each as a counted part of its whole).
- A Persian speaker who is no party swapped: "به گفتهٔ پلیس" (the police) citing "به گفتهٔ برگزارکنندگان" (the
  organisers) (explainer/persian_speakers.py holds a speaker's words to the passage's).
- Urdu number words: "چار سو" (400) citing "۳۰۰" (explainer/spelled_languages.py reads a count before "سو" or a scale).

Each sentence is checked in-process against one cited passage, as `check` does, in one project made once.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import TWO_PARTIES, minimal_project, one_sentence_loaded


FIXTURES = Path(__file__).parent / "fixtures"
UR_PARTIES = ("  - id: pakistan\n    name: Pakistan\n    aliases: [پاکستان]\n"
              "  - id: afghanistan\n    name: Afghanistan\n    aliases: [افغانستان]\n")
FA_PARTIES = "  - id: sepehr\n    name: بانک سپهر\n    short_name: سپهر\n  - id: negin\n    name: بانک نگین\n"


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    """One minimal project with the Urdu and Persian locales of earlier rounds, rewritten by each case."""
    project = minimal_project(tmp_path_factory.mktemp("factcheck34") / "project")
    (project / "locales").mkdir()
    for language, fixture in (("ur", "newuser_24"), ("fa", "newuser_30")):
        shutil.copy(FIXTURES / fixture / "locales" / f"{language}.yaml", project / "locales" / f"{language}.yaml")
    return project


def problems(root: Path, source: str, summary: str, language: str = "en", parties: str = TWO_PARTIES) -> list[str]:
    """Make the source one sentence, cite it whole from a one-sentence summary, and return what `check` reports."""
    return one_sentence_loaded(root, source, summary, parties, language)


def assert_refused(found: list[str], error: str) -> None:
    assert any(line.startswith("content/flood/briefing.yaml:3: `summary`: ") and error in line for line in found), found


PERIODS = [
    ("Exports rose 5% in the first half.", "Exports rose 5% in the third quarter.",
     'figure "5%" is given per quarter, but the passages this sentence cites give it per another period ("5% in the '
     'first half")'),
    ("Revenue for the year was £14.8bn, up 3.4% year on year; Q3 sales were flat.", "Revenue rose 3.4% in Q3.",
     'figure "3.4%" is given per quarter, but the passages this sentence cites give it per another period ("3.4% year '
     'on year")'),
    ("Exports rose 5% in the third quarter.", "Exports rose 5% in the first half.",
     'figure "5%" is given per half-year, but the passages this sentence cites give it per another period'),
    ("Donations to the campaign reached $2m in the first half.",
     "Donations to the campaign reached $2m in the second quarter.", 'figure "$2m" is given per quarter'),
    ("The firm paid $3m in legal fees in the first half of 2025.", "The firm paid $3m in legal fees in Q3.",
     'figure "$3m" is given per quarter, but the passages this sentence cites give it per another period ("$3m in '
     'legal fees in the first half of 2025")'),
]
QUOTED = [
    ('Khan said: "Exports fell by 12% last year."', "Khan said exports rose by 12% last year.",
     'figure "12%" is given as a rise, but the passages this cites give it as a fall'),
    ('The minister said exports "fell by 12%" last year.', "The minister said exports rose by 12% last year.",
     'figure "12%" is given as a rise'),
    ('The commission said turnout "fell 6%" from the last election.',
     "The commission said turnout rose 6% from the last election.", 'figure "6%" is given as a rise'),
    ('The company said in its filing that sales "dropped 9%" after the recall.',
     "The company said in its filing that sales grew 9% after the recall.", 'figure "9%" is given as a rise'),
]
COUNTED = [
    ("Of the 94 posts on the border, 41 were captured.", "Most of the posts on the border were captured.",
     "this sentence says 'Most of the posts' where its cited passages say '41 of the 94'"),
    ("The Taliban captured 41 posts out of 94.", "The Taliban captured most posts.",
     "this sentence says 'most posts' where its cited passages say '41 of the 94'"),
    ("The Taliban captured 41 of Pakistan's 94 posts.", "The Taliban captured most of Pakistan's posts.",
     "this sentence says 'most of Pakistan's posts' where its cited passages say '41 of the 94'"),
    ("The party won 41 of the assembly's 94 seats.", "The party won most of the assembly's seats.",
     "where its cited passages say '41 of the 94'"),
    ("The court upheld 12 of the plaintiffs' 30 claims.", "The court upheld most of the plaintiffs' claims.",
     "where its cited passages say '12 of the 30'"),
]


@pytest.mark.parametrize("source, summary, error", PERIODS + QUOTED + COUNTED,
                         ids=["third-quarter-for-first-half", "q3-for-year-on-year", "first-half-for-third-quarter",
                              "election-second-quarter", "lawsuit-q3",
                              "quote-fell-told-rose", "quoted-words-turned", "election-turnout", "lawsuit-filing",
                              "of-the-94-posts-41", "posts-out-of-94", "of-pakistans-94", "election-seats",
                              "lawsuit-claims"])
def test_an_english_misstatement_is_refused(root: Path, source: str, summary: str, error: str):
    assert_refused(problems(root, source, summary), error)


@pytest.mark.parametrize("source, summary", [
    ("Exports rose 5% in the first half.", "Exports rose 5% in the first half of the year."),
    ("Exports rose 5% in the first half.", "Exports rose 5% in H1."),
    ("Exports rose 5% in the third quarter.", "Exports rose 5% in Q3."),
    ("The firm's profit fell 8% in the first half of 2025, it said.", "The firm's profit fell 8% in the first half of 2025."),
    ('Khan said: "Exports fell by 12% last year."', "Exports fell 12% last year, Khan said."),
    ('Khan said: "Exports fell by 12% last year."', 'Khan said exports "fell by 12%" last year.'),
    ('The commission said turnout "fell 6%" from the last election.',
     "Turnout fell 6% from the last election, the commission said."),
    ("The Taliban captured 41 posts out of 94.", "The Taliban captured 41 of the 94 posts."),
    ("Of the 94 posts on the border, 41 were captured.", "Fewer than half of the posts on the border were captured."),
    ("The party won 61 of the assembly's 94 seats.", "The party won most of the assembly's seats."),
    ("The court upheld 12 claims out of 30.", "The court upheld 12 of the 30 claims."),
], ids=["first-half-of-the-year", "h1", "q3-for-third-quarter", "first-half-of-2025", "quote-restated",
        "quote-kept", "turnout-restated", "counts-restated", "fewer-than-half", "a-counted-majority",
        "claims-restated"])
def test_an_honest_english_rewording_builds(root: Path, source: str, summary: str):
    assert problems(root, source, summary) == []


def test_a_quoted_fall_turned_in_french_is_refused(root: Path):
    parties = "  - id: a\n    name: Alpha\n  - id: b\n    name: Beta\n"
    said = "Le ministre a déclaré : « Les exportations ont baissé de 12 % l'an dernier. »"
    assert_refused(problems(root, said, "Le ministre a déclaré que les exportations ont augmenté de 12 % l'an dernier.",
                            "fr", parties), 'figure "12 %" is given as a rise')
    assert problems(root, said, "Le ministre a déclaré que les exportations ont baissé de 12 % l'an dernier.", "fr",
                    parties) == []


@pytest.mark.parametrize("source, summary, speaker, theirs", [
    ("به گفتهٔ برگزارکنندگان، حدود ۲ هزار نفر در تجمع شرکت کردند.",
     "به گفتهٔ پلیس، حدود ۲ هزار نفر در تجمع شرکت کردند.", "پلیس", "برگزارکنندگان"),
    ("سخنگوی سندیکا گفت که ۴ هزار کارمند در خطر هستند.", "سخنگوی پلیس گفت که ۴ هزار کارمند در خطر هستند.",
     "سخنگوی پلیس", "سخنگوی سندیکا"),
    ("به گفتهٔ کمیسیون انتخابات، مشارکت ۴۱ درصد بود.", "به گفتهٔ نامزد مخالف، مشارکت ۴۱ درصد بود.",
     "نامزد مخالف", "کمیسیون انتخابات"),
    ("به گفتهٔ دادستان، متهم ۳ میلیارد تومان رشوه گرفته است.",
     "به گفتهٔ وکیل متهم، متهم ۳ میلیارد تومان رشوه گرفته است.", "وکیل متهم", "دادستان"),
], ids=["police-for-organisers", "spokesman-of-another", "election-candidate-for-commission",
        "lawsuit-defence-for-prosecutor"])
def test_a_persian_speaker_who_is_no_party_swapped_is_refused(root: Path, source: str, summary: str, speaker: str,
                                                               theirs: str):
    assert_refused(problems(root, source, summary, "fa", FA_PARTIES),
                   f"this sentence gives the words to {speaker}, but its cited passages give them to {theirs}")


@pytest.mark.parametrize("source, summary", [
    ("به گفتهٔ سندیکا، دست‌کم ۴ هزار کارمند در خطر هستند.", "به گفته سندیکا، دست‌کم ۴ هزار کارمند در خطر هستند."),
    ("به گفتهٔ سندیکا، دست‌کم ۴ هزار کارمند در خطر هستند.", "سخنگوی سندیکا گفت دست‌کم ۴ هزار کارمند در خطر هستند."),
    ("به گفتهٔ سندیکای کارکنان، دست‌کم ۴ هزار کارمند در خطر هستند.", "به گفتهٔ سندیکا، دست‌کم ۴ هزار کارمند در خطر هستند."),
    ("به گفتهٔ کمیسیون انتخابات، مشارکت ۴۱ درصد بود.", "کمیسیون انتخابات اعلام کرد مشارکت ۴۱ درصد بود."),
    ("به گفتهٔ این نهاد، بانک باید نسبت کفایت سرمایه را به ۱۰ درصد برساند.",
     "به گفتهٔ بانک مرکزی، بانک باید نسبت کفایت سرمایه را به ۱۰ درصد برساند."),
], ids=["without-hamza", "its-spokesman", "ezafe", "commission-announced", "this-body-named-before"])
def test_a_persian_speaker_kept_builds(root: Path, source: str, summary: str):
    assert problems(root, source, summary, "fa", FA_PARTIES) == []


@pytest.mark.parametrize("source, summary, figure", [
    ("سیلاب میں ۳۰۰ مکانات تباہ ہو گئے۔", "سیلاب میں چار سو مکانات تباہ ہو گئے۔", "چار سو"),
    ("انتخابات میں دو لاکھ ووٹ ڈالے گئے۔", "انتخابات میں تین لاکھ ووٹ ڈالے گئے۔", "تین لاکھ"),
    ("عدالت نے پانچ سو درخواستیں مسترد کر دیں۔", "عدالت نے چھ سو درخواستیں مسترد کر دیں۔", "چھ سو"),
], ids=["houses-400-for-300", "election-votes", "lawsuit-petitions"])
def test_urdu_number_words_misstated_are_refused(root: Path, source: str, summary: str, figure: str):
    assert_refused(problems(root, source, summary, "ur", UR_PARTIES),
                   f'figure "{figure}" is not in the passages this sentence cites')


@pytest.mark.parametrize("source, summary", [
    ("سیلاب میں ۳۰۰ مکانات تباہ ہو گئے۔", "سیلاب میں تین سو مکانات تباہ ہو گئے۔"),
    ("سیلاب میں تین سو مکانات تباہ ہو گئے۔", "سیلاب میں ۳۰۰ مکانات تباہ ہو گئے۔"),
    ("انتخابات میں دو لاکھ ووٹ ڈالے گئے۔", "انتخابات میں ۲ لاکھ ووٹ ڈالے گئے۔"),
    ("عدالت نے پانچ سو درخواستیں مسترد کر دیں۔", "عدالت نے ۵۰۰ درخواستیں مسترد کر دیں۔"),
    ("وہ نو سال سے جیل میں ہیں اور دو بچوں کے والد ہیں۔", "وہ نو سال سے جیل میں ہیں اور دو بچوں کے والد ہیں۔"),
], ids=["words-for-digits", "digits-for-words", "lakh-in-digits", "petitions-in-digits", "a-word-alone-unread"])
def test_urdu_number_words_restated_build(root: Path, source: str, summary: str):
    assert problems(root, source, summary, "ur", UR_PARTIES) == []
