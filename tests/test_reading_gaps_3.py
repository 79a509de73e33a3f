"""Words the checks used to pass over: counts in words ("once" against a source's "twice", "for the third time"
against its "second"), a future stated as certain ("will save") where the source only expects it, Arabic
superlatives written without hamza ("الاكبر"), and, outside the checks, the letters of an Arabic footnote's
backlinks and the placeholders `new` writes into a briefing of a site in another language. Each check is made both
ways: the source's own wording builds, the reworded sentence is refused with its file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import run_build
from support import edit, refused_with
from test_newuser_ar_fr import AR_SOURCE, AR_SUMMARY, FR_SOURCE
from test_newuser_ar_fr import project as ar_project
from test_reading_gaps import english_project, german_project

from explainer import numbers
from explainer.footnotes import letter_for
from explainer.forecasts import certainties_in, expectations_in


@pytest.fixture(autouse=True)
def _reading_reset():
    yield
    numbers.read_as_locales({})  # the in-process builds left the project's reading set


def builds(root: Path) -> None:
    result = run_build(root, "check")
    assert result.code == 0, result.err


# --- 1. counts in words -----------------------------------------------------------------------------------

COUNTS = [
    # (the source's count, the sentence's count, the figure the error names, or "ok")
    ("twice", "once", 'figure "once"'),
    ("once", "twice", 'figure "twice"'),
    ("twice", "three times", 'figure "three"'),
    ("three times", "twice", 'figure "twice"'),
    ("thrice", "twice", 'figure "twice"'),
    ("for the second time", "for the third time", 'figure "third"'),
    ("for the third time", "for the second time", 'figure "second"'),
    ("once", "once", "ok"),
    ("only once", "once", "ok"),
    ("twice", "twice", "ok"),
    ("thrice", "three times", "ok"),
    ("for the second time", "for the second time", "ok"),
    ("for the second time", "for the 2nd time", "ok"),
    ("twice", "for the second time", "ok"),
]


def builds_or_refused(root: Path, outcome: str, *refusal: str) -> None:
    """Check that the briefing builds when `outcome` is "ok", else that its line 4 is refused with `refusal`."""
    if outcome == "ok":
        builds(root)
    else:
        refused_with(root, "content/q/briefing.yaml:4:", *refusal)


@pytest.mark.parametrize("given, written, outcome", COUNTS, ids=[f"{g}->{w}" for g, w, _ in COUNTS])
def test_a_count_in_words_must_be_the_sources(tmp_path: Path, given: str, written: str, outcome: str):
    root = english_project(tmp_path / "p", f"The central bank raised its rate {given}, in March.",
                           f"The central bank raised its rate {written}, in March.[^q]")
    builds_or_refused(root, outcome, outcome, "is not in the passages")


@pytest.mark.parametrize("text", [
    "Once the deal closes, prices rise.", "It was once the largest port.", "They left at once.",
    "It happened more than once.", "It happened at least once.", "Once again, prices rose.",
    "The once-mighty port.", "It was second only to Karachi.", "The first step was a second opinion.",
])
def test_once_and_ordinals_that_count_no_occasion_state_nothing(text: str):
    assert numbers.find_mentions(text, "en", prose=True) == []


@pytest.mark.parametrize("text, value", [
    ("The rate rose once.", 1), ("It rose only once in May.", 1), ("It rose once a year.", 1),
    ("It rose once in 2025.", 1), ("It rose for the first time since May.", 1),
])
def test_once_that_counts_states_one(text: str, value: int):
    [mention] = [m for m in numbers.find_mentions(text, "en", prose=True) if m.quantities[0].value < 1000]
    assert mention.quantities[0].value == value


# --- 3. Arabic superlatives written without hamza -----------------------------------------------------------

def arabic_project(tmp_path: Path, source_words: str = "", summary_words: str = "") -> Path:
    """The Arabic editor's project of test_newuser_ar_fr, with `source_words` after the source's "بنسبة ٤٥٪" and
    `summary_words` after the summary's."""
    source = AR_SOURCE.replace("بنسبة ٤٥٪", f"بنسبة ٤٥٪{source_words}")
    return ar_project(tmp_path, "ar", source, AR_SUMMARY.replace("بنسبة ٤٥٪", f"بنسبة ٤٥٪{summary_words}"), {
        "raise": source.splitlines()[2], "profits": source.splitlines()[4],
        "rejected": "وهو ما رفضه مجلس المزارعين في بيان صدر يوم الجمعة 13/03/2026"})


@pytest.mark.parametrize("written", ["، وهي الزيادة الاكبر", "، وهي اكبر زيادة", "، وهي الزيادة الاسوا",
                                     "، وهي الزيادة الأكبر"])
def test_an_arabic_superlative_without_hamza_the_source_does_not_use_is_refused(tmp_path: Path, written: str):
    root = arabic_project(tmp_path, summary_words=written)
    named = next(word for word in written.split() if word.startswith(("ال", "ا")) and word != "الزيادة")
    refused_with(root, "content/news/briefing.yaml:4:", f'superlative "{named}"', "no passage it cites uses it")


@pytest.mark.parametrize("given, written", [
    ("، وهي الزيادة الأكبر", "، وهي الزيادة الاكبر"),
    ("، وهي الزيادة الاكبر", "، وهي الزيادة الأكبر"),
    ("، وهي أكبر زيادة", "، وهي اكبر زيادة"),
    ("، وهي الزيادة الاكبر", "، وهي الزيادة الاكبر"),
])
def test_an_arabic_superlative_backed_with_or_without_hamza_builds(tmp_path: Path, given: str, written: str):
    builds(arabic_project(tmp_path, given, written))


def test_a_hamzaless_superlative_keeps_the_sources_one_of(tmp_path: Path):
    root = arabic_project(tmp_path, "، وهي من أكبر الزيادات", "، وهي اكبر زيادة")
    refused_with(root, "content/news/briefing.yaml:4:", 'the passages it cites give it only as "one of"')


# --- 4. the letters of a footnote's backlinks ---------------------------------------------------------------

BACKLINK = re.compile(r'<a class="backlink" href="#([^"]+)" aria-label="([^"]*)">([^<]*)</a>')


def backlinks(root: Path, slug: str) -> list[tuple[str, str, str]]:
    """Build the site; return the (target, label, text) of every backlink of the briefing's notes."""
    result = run_build(root)
    assert result.code == 0, result.err
    return BACKLINK.findall((root / "site" / slug / "index.html").read_text(encoding="utf-8"))


def test_an_arabic_briefings_backlinks_are_lettered_in_arabic(tmp_path: Path):
    root = arabic_project(tmp_path)
    summary = root / "content" / "news" / "briefing.yaml"
    edit(summary, "[^rejected] ", "[^rejected] وأعلن المجلس رفضه في بيان.[^rejected] ")
    lettered = [(label, text) for _, label, text in backlinks(root, "news") if text]
    assert [text for _, text in lettered] == ["أ", "ب"]
    # each named with the section it leads back to, both the summary (tests/test_reader_15.py)
    assert [label for label, _ in lettered] == ["عودة إلى الإحالة 2أ (ما نعرفه)", "عودة إلى الإحالة 2ب (ما نعرفه)"]


def test_an_english_briefings_backlinks_keep_latin_letters(tmp_path: Path):
    root = english_project(tmp_path / "p", "The central bank raised its rate twice, in March.",
                           "The central bank raised its rate twice, in March.[^q] It did so twice.[^q]")
    assert [text for _, _, text in backlinks(root, "q")] == ["a", "b"]


@pytest.mark.parametrize("index, language, letters", [
    (0, "ar", "أ"), (4, "ar", "هـ"), (27, "ar", "غ"), (28, "ar", "أأ"), (29, "ar-EG", "أب"),
    (0, "en", "a"), (25, "fr", "z"), (26, "", "aa"),
])
def test_backlink_letters_follow_the_pages_alphabet(index: int, language: str, letters: str):
    assert letter_for(index, language) == letters


# --- 5. `new` writes its placeholders in the site's language ------------------------------------------------

def new_briefing_in(root: Path, language: str, source: str) -> dict:
    """Make the site's language `language`, run `new` quoting library source `source`; return the briefing written."""
    with (root / "content" / "site.yaml").open("a", encoding="utf-8") as site:
        site.write(f"language: {language}\n")
    result = run_build(root, "new", "started", "--title", "نزاع المياه" if language == "ar" else "Le port",
                       "--source", source)
    assert result.code == 0, result.err
    return yaml.safe_load((root / "content" / "started" / "briefing.yaml").read_text(encoding="utf-8"))


def placeholders(written: dict) -> list[str]:
    """Return the words `new` wrote for the editor to replace: the summary, the parties' names, the log entry."""
    return [written["summary"], *(party["name"] for party in written["parties"]), written["updates"][0]["text"]]


def test_new_writes_an_arabic_sites_placeholders_in_arabic_and_the_briefing_builds(tmp_path: Path):
    root = arabic_project(tmp_path)
    written = new_briefing_in(root, "ar", "news")
    assert "language" not in written  # the source's language is the site's
    assert placeholders(written) == ["استبدل بهذه الجملة ما نعرفه، وأحِل كل معلومة إلى مصدرها هكذا.[^first]\n",
                                     "الطرف الأول", "الطرف الثاني", "نُشر أول مرة."]
    assert not any(re.search("[A-Za-z]{2}", text.replace("[^first]", "")) for text in placeholders(written))
    result = run_build(root)
    assert result.code == 0, result.err
    assert "استبدل بهذه الجملة" in (root / "site" / "started" / "index.html").read_text(encoding="utf-8")


def test_new_writes_a_french_sites_placeholders_in_french(tmp_path: Path):
    root = ar_project(tmp_path, "fr", FR_SOURCE, "Selon la CGT, la direction aurait supprimé 85 postes en 2025.[^jobs]",
                      {"jobs": FR_SOURCE.splitlines()[2]})
    assert placeholders(new_briefing_in(root, "fr", "news"))[1:] == ["Première partie", "Seconde partie",
                                                                     "Première publication."]
    builds(root)


def test_new_falls_back_to_the_built_in_placeholders_where_a_project_locale_has_none(tmp_path: Path):
    # A German locale written before the placeholders were labels still loads, and `new` writes the built-in
    # German ones (English's for a language not built in).
    root = german_project(tmp_path / "p", "Bei dem Unglück starben 40 Menschen.",
                          "Bei dem Unglück starben 40 Menschen.[^q]")
    locale = root / "locales" / "de.yaml"
    locale.write_text("".join(line for line in locale.read_text(encoding="utf-8").splitlines(keepends=True)
                              if not line.startswith("new_")), encoding="utf-8")
    written = new_briefing_in(root, "de", "q")
    assert placeholders(written)[1:3] == ["Erste Seite", "Zweite Seite"]
    builds(root)


# --- 2. a forecast stated as certain ------------------------------------------------------------------------

FORECASTS = [
    # (the source's words, the sentence's, "ok" or the hedge the error names)
    ("is expected to save", "will save", "expected"),
    ("is projected to save", "will save", "projected"),
    ("is forecast to save", "will save", "forecast"),
    ("could save", "will save", "could"),
    ("may save", "will save", "may"),
    ("is likely to save", "is going to save", "likely"),
    ("is expected to save", "won't fail to save", "expected"),
    ("is expected to save", "is expected to save", "ok"),
    ("is expected to save", "could save", "ok"),
    ("could save", "may save", "ok"),
    ("is forecast to save", "will, analysts forecast, save", "ok"),
    ("will save", "will save", "ok"),
    ("saved", "saved", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", FORECASTS, ids=[f"{g}->{w}" for g, w, _ in FORECASTS])
def test_a_forecast_is_not_stated_as_certain(tmp_path: Path, given: str, written: str, outcome: str):
    root = english_project(tmp_path / "p", f"The merger {given} $2 billion a year.",
                           f"The merger {written} $2 billion a year.[^q]")
    builds_or_refused(root, outcome, f"the source gives this only as expected ('{outcome}')",
                      "but it is worded as certain", f"keep the source's hedge ('{outcome}')")


QUOTING = 'The merger is expected to save $2 billion a year; its chairman called it "a deal that will pay for itself".'


@pytest.mark.parametrize("written", [
    "The company says the merger will save $2 billion a year.[^q]",  # whose forecast it is
    'The chairman called it "a deal that will pay for itself".[^q]',  # his words, quoted
])
def test_a_forecast_attributed_or_quoted_may_say_will(tmp_path: Path, written: str):
    builds(english_project(tmp_path / "p", QUOTING, written))


def test_a_will_the_source_only_quotes_does_not_make_its_forecast_certain(tmp_path: Path):
    root = english_project(tmp_path / "p", QUOTING, "The merger will save $2 billion a year.[^q]")
    refused_with(root, "content/q/briefing.yaml:4:", "the source gives this only as expected ('expected')")


@pytest.mark.parametrize("written", [
    "Analysts disagree on what the merger will save.[^q]",  # a future asked about
    "It is unclear whether the merger will save more.[^q]",
    "The merger reflects the will of the shareholders.[^q]",  # a noun, no future
    "In May the merger saved $2 billion.[^q]",
])
def test_will_as_a_noun_and_may_as_a_month_state_no_forecast(tmp_path: Path, written: str):
    source = "In May the merger, which could save more, saved $2 billion and reflects the will of the shareholders."
    builds(english_project(tmp_path / "p", source, written))


def test_a_forecast_in_an_item_cited_as_a_whole_is_kept(tmp_path: Path):
    root = english_project(tmp_path / "p", "The merger is expected to save $2 billion a year.",
                           "The merger is expected to save $2 billion a year.[^q]")
    caveats = root / "content" / "q" / "caveats.yaml"
    caveats.write_text("caveats:\n  - kind: unverified\n    text: The merger will save $2 billion a year.\n"
                       "    cite: [q]\n", encoding="utf-8")
    refused_with(root, "content/q/caveats.yaml:3:", "the source gives this only as expected ('expected')")
    edit(caveats, "will save", "is expected to save")
    builds(root)


def test_a_french_forecast_is_not_stated_as_certain(tmp_path: Path):
    source = "Fusion\n\nLa fusion devrait permettre d'économiser 2 milliards d'euros par an.\n"
    root = ar_project(tmp_path, "fr", source, "La fusion permettra d'économiser 2 milliards d'euros par an.[^m]",
                      {"m": source.splitlines()[2]})
    refused_with(root, "content/news/briefing.yaml:4:", "the source gives this only as expected ('devrait')",
                 "('permettra')")
    edit(root / "content" / "news" / "briefing.yaml", "La fusion permettra", "La fusion va permettre")
    refused_with(root, "content/news/briefing.yaml:4:", "('va permettre')")
    edit(root / "content" / "news" / "briefing.yaml", "La fusion va permettre", "La fusion devrait permettre")
    builds(root)


def test_an_arabic_forecast_is_not_stated_as_certain(tmp_path: Path):
    source = "الاندماج\n\nمن المتوقع أن يوفر الاندماج ملياري دولار سنويًا.\n"
    root = ar_project(tmp_path, "ar", source, "سوف يوفر الاندماج ملياري دولار سنويًا.[^m]", {"m": source.splitlines()[2]})
    refused_with(root, "content/news/briefing.yaml:4:", "the source gives this only as expected ('المتوقع')",
                 "('سوف')")
    edit(root / "content" / "news" / "briefing.yaml", "سوف يوفر", "من المتوقع أن يوفر")
    builds(root)


GERMAN_FORECAST_WORDS = "expected: [voraussichtlich, dürfte, könnte]\nwill: [wird, werden]\n"


def test_a_german_forecast_is_not_stated_as_certain_where_the_locale_lists_the_words(tmp_path: Path):
    root = german_project(tmp_path / "p", "Die Fusion dürfte 2 Milliarden Euro sparen.",
                          "Die Fusion wird 2 Milliarden Euro sparen.[^q]", words=GERMAN_FORECAST_WORDS)
    refused_with(root, "content/q/briefing.yaml:4:", "the source gives this only as expected ('dürfte')", "('wird')")
    edit(root / "content" / "q" / "briefing.yaml", "Die Fusion wird 2 Milliarden Euro sparen.",
         "Die Fusion dürfte 2 Milliarden Euro sparen.")
    builds(root)


def test_without_the_locales_words_a_german_forecast_passes_the_documented_limit(tmp_path: Path):
    builds(german_project(tmp_path / "p", "Die Fusion dürfte 2 Milliarden Euro sparen.",
                          "Die Fusion wird 2 Milliarden Euro sparen.[^q]", words=""))


@pytest.mark.parametrize("text, language, certain", [
    ("La fusion permettra d'économiser.", "fr", ["permettra"]),
    ("Les ports seront fermés et il va falloir attendre.", "fr", ["seront", "va falloir"]),
    ("Le ministre déclara que l'opéra, extra, était au front.", "fr", []),  # a passé simple, words ending so
    ("The camera crews were at the front.", "en", []),
    ("It will close; it won't reopen; it is going to move.", "en", ["will", "won't", "is going to"]),
    ("It reflects the will of the people and political will.", "en", []),
    ("سوف يوفر الاندماج ولن يخسر أحد.", "ar", ["سوف", "ولن"]),
])
def test_the_words_that_state_a_future_as_certain(text: str, language: str, certain: list[str]):
    assert [words for _, words in certainties_in(text, language)] == certain


@pytest.mark.parametrize("text, expected", [
    ("Its military might grew and the army might win.", ["might"]),
    ("Residents could not leave; prices may rise in May.", ["may"]),
    ("قد يوفر الاندماج المال، وقد أعلنت الشركة ذلك.", ["قد"]),  # "قد" before the past says "has"
])
def test_the_words_that_give_a_future_only_as_expected(text: str, expected: list[str]):
    assert list(expectations_in(text)) == expected
