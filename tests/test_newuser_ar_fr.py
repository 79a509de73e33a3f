"""An Arabic and a French briefing, as a newsroom editor writes each from a source in the same language.

Arabic newsrooms write numeric dates day first, as French ones do: "13/03/2026" is 13 March 2026, so a day changed
in one ("12/03/2026") is refused rather than read as three figures the passage happens to hold. An Arabic source's
"أفادت التقارير" (reportedly) and "زعم" (alleged) are hedges a sentence must keep, as "reportedly" is in English.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest
from conftest import run_build
from support import edit, minimal_project, refused_with

from explainer import numbers

AR_SOURCE = ("نزاع المياه بين شركة النهر ومجلس المزارعين\n\n"
             "أفادت التقارير أن شركة النهر رفعت أسعار مياه الري بنسبة ٤٥٪ اعتبارًا من الخميس ١٢ مارس ٢٠٢٦، وهو ما رفضه "
             "مجلس المزارعين في بيان صدر يوم الجمعة 13/03/2026.\n\n"
             "وزعم المجلس أن الشركة حققت أرباحًا تصل إلى ٨ ملايين دينار في العام نفسه.\n")
AR_SUMMARY = ("أفادت التقارير أن شركة النهر رفعت أسعار مياه الري بنسبة ٤٥٪ اعتبارًا من الخميس ١٢ مارس ٢٠٢٦.[^raise] "
              "ورفض مجلس المزارعين الزيادة في بيان يوم الجمعة 13/03/2026.[^rejected] "
              "وزعم المجلس أن الشركة حققت أرباحًا تصل إلى ٨ ملايين دينار.[^profits]")


def project(tmp_path: Path, language: str, source: str, summary: str, quotes: dict[str, str]) -> Path:
    """Return a minimal project holding `source` (seeds/news.txt, in `language`) and a briefing 'news' in
    `language` whose summary, on line 4 of its briefing.yaml, cites `quotes` (key: words)."""
    root = minimal_project(tmp_path / "project")
    (root / "seeds" / "news.txt").write_text(source, encoding="utf-8")
    with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write(f"  - id: news\n    file: news.txt\n    title: {source.splitlines()[0]}\n    publisher: unknown\n"
                      f"    date: unknown\n    language: {language}\n"
                      f"    sha256: {hashlib.sha256(source.encode()).hexdigest()}\n")
    (root / "content" / "news").mkdir()
    citations = "".join(f"  {key}:\n    source: news\n    quote: {words}\n" for key, words in quotes.items())
    (root / "content" / "news" / "briefing.yaml").write_text(
        f"title: {source.splitlines()[0]}\nlanguage: {language}\nsummary: |\n  {summary}\nupdates:\n"
        "  - date: 2026-03-16\n    kind: update\n    text: Publié.\nparties:\n  - id: a\n    name: A\n  - id: b\n"
        f"    name: B\ncitations:\n{citations}", encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def english_reading_after():
    """Leave the reading of figures as English has it: the in-process builds set their languages'."""
    yield
    numbers.read_as_locales({})


@pytest.fixture
def arabic(tmp_path: Path) -> Path:
    """The Arabic editor's project; its summary cites the source's first paragraph."""
    return project(tmp_path, "ar", AR_SOURCE, AR_SUMMARY, {
        "raise": AR_SOURCE.splitlines()[2], "profits": AR_SOURCE.splitlines()[4],
        "rejected": "وهو ما رفضه مجلس المزارعين في بيان صدر يوم الجمعة 13/03/2026"})


def summary_reads(root: Path, old: str, new: str) -> None:
    edit(root / "content" / "news" / "briefing.yaml", old, new)


def test_an_arabic_numeric_date_is_read_day_first(arabic: Path):
    # "03/12/2026" (3 December) was three figures, 03, 12 and 2026, each of which the passage holds.
    summary_reads(arabic, "يوم الجمعة 13/03/2026.", "صدر في 03/12/2026.")
    refused_with(arabic, "content/news/briefing.yaml:4:", 'date "03/12/2026" is not in the passages')
    summary_reads(arabic, "صدر في 03/12/2026.", "صدر في 13/03/2026.")
    assert run_build(arabic, "check").code == 0


@pytest.mark.parametrize("old, new", [
    ("الجمعة 13/03/2026.[^rejected]", "الجمعة 12/03/2026.[^raise]"),  # 12 March 2026: the passage's Thursday
    ("الخميس ١٢ مارس ٢٠٢٦.", "الخميس ١٣ مارس ٢٠٢٦."),  # 13 March 2026 is the passage's Friday
])
def test_a_weekday_written_beside_a_date_it_is_not_is_refused(arabic: Path, old: str, new: str):
    # The passage holds both days and both dates, but no Friday 12 March: the calendar says which goes with which.
    summary_reads(arabic, old, new)
    refused_with(arabic, "content/news/briefing.yaml:4:", "is not the day of the week of")


@pytest.mark.parametrize("old, new, given", [
    ("أفادت التقارير أن شركة النهر رفعت", "رفعت شركة النهر", "أفادت التقارير"),
    ("وزعم المجلس أن الشركة حققت", "وحققت الشركة", "وزعم"),
])
def test_an_arabic_hedge_dropped_is_refused(arabic: Path, old: str, new: str, given: str):
    summary_reads(arabic, old, new)
    refused_with(arabic, "content/news/briefing.yaml:4:", f"the source gives this only as '{given}'")


@pytest.mark.parametrize("old, new", [
    ("أفادت التقارير أن شركة النهر رفعت", "بحسب التقارير، رفعت شركة النهر"),
    ("أفادت التقارير أن شركة النهر رفعت", "قال مجلس المزارعين إن شركة النهر رفعت"),
    ("أفادت التقارير أن شركة النهر رفعت", "تفيد تقارير بأن شركة النهر رفعت"),
    ("وزعم المجلس أن الشركة حققت", "ويقول المجلس إن الشركة حققت"),
    ("وزعم المجلس أن الشركة حققت", "وبحسب المجلس، حققت الشركة"),
])
def test_an_arabic_hedge_kept_or_reworded_builds(arabic: Path, old: str, new: str):
    summary_reads(arabic, old, new)
    result = run_build(arabic, "check")
    assert result.code == 0, result.err


FR_SOURCE = ("Conflit social au port de Brest\n\n"
             "Le syndicat CGT affirme que la direction aurait supprimé 85 postes en 2025, ce que celle-ci dément.\n\n"
             "Sans la digue, le port aurait pu perdre 1 200 conteneurs le jeudi 12 mars 2026.\n")


@pytest.fixture
def french(tmp_path: Path) -> Path:
    """The French editor's project; its summary cites both paragraphs of the source."""
    return project(tmp_path, "fr", FR_SOURCE,
                   "Selon la CGT, la direction aurait supprimé 85 postes en 2025.[^jobs] "
                   "Sans la digue, 1 200 conteneurs étaient menacés le jeudi 12 mars 2026.[^dike]",
                   {"jobs": FR_SOURCE.splitlines()[2], "dike": FR_SOURCE.splitlines()[4]})


@pytest.mark.parametrize("language", ["arabic", "french"])
def test_the_briefing_as_its_source_says_it_builds(request, language: str):
    result = run_build(request.getfixturevalue(language), "check")
    assert result.code == 0, result.err


def test_a_french_conditional_of_reported_speech_dropped_is_refused(french: Path):
    # "aurait supprimé" is French's "reportedly cut": "a supprimé" states the union's claim as fact.
    summary_reads(french, "Selon la CGT, la direction aurait supprimé", "La direction a supprimé")
    refused_with(french, "content/news/briefing.yaml:4:", "the source gives this only as 'aurait'")


@pytest.mark.parametrize("new, outcome", [
    ("وهي أكبر زيادة على الإطلاق", 'superlative "أكبر": no passage it cites uses it'),
    ("وهي الزيادة الأكبر", 'superlative "الأكبر": no passage it cites uses it'),
    ("في خطوة غير مسبوقة", 'superlative "غير مسبوقة": no passage it cites uses it'),
    ("وهي زيادة أكبر من زيادة العام الماضي", "ok"),   # a comparative ranks nothing
])
def test_an_arabic_superlative_the_source_does_not_use_is_refused(arabic: Path, new: str, outcome: str):
    summary_reads(arabic, "بنسبة ٤٥٪ اعتبارًا", f"بنسبة ٤٥٪، {new}، اعتبارًا")
    if outcome == "ok":
        result = run_build(arabic, "check")
        assert result.code == 0, result.err
    else:
        refused_with(arabic, "content/news/briefing.yaml:4:", outcome)


def test_an_arabic_superlative_keeps_the_sources_one_of(tmp_path: Path):
    source = AR_SOURCE.replace("بنسبة ٤٥٪", "بنسبة ٤٥٪، وهي من أكبر الزيادات")
    root = project(tmp_path, "ar", source, AR_SUMMARY.replace("بنسبة ٤٥٪", "بنسبة ٤٥٪، وهي أكبر زيادة"), {
        "raise": source.splitlines()[2], "profits": source.splitlines()[4],
        "rejected": "وهو ما رفضه مجلس المزارعين في بيان صدر يوم الجمعة 13/03/2026"})
    refused_with(root, "content/news/briefing.yaml:4:", 'the passages it cites give it only as "one of"')
    summary_reads(root, "وهي أكبر زيادة", "وهي من أكبر الزيادات")
    result = run_build(root, "check")
    assert result.code == 0, result.err


CLAIMS = ("topics:\n  - id: money\n    title: المال\n    claims:\n      - claimant: المجلس\n        parties: [b]\n"
          "        says: {says}\n        status: claim\n        cite: [rejected]\n")


@pytest.mark.parametrize("says, outcome", [
    ("ثبت أن المجلس رفض الزيادة يوم الجمعة 13/03/2026.", "asserts"),
    ("من المؤكد أن المجلس رفض الزيادة يوم الجمعة 13/03/2026.", "asserts"),
    ("رفض المجلس الزيادة يوم الجمعة 13/03/2026، وهو أمر غير مؤكد.", "ok"),
    ("قال المجلس إنه ثبت أنه رفض الزيادة يوم الجمعة 13/03/2026.", "ok"),
])
def test_an_arabic_claim_worded_as_established_fact_is_refused(arabic: Path, says: str, outcome: str):
    # A party's word ("status: claim") worded as proven: "ثبت" (proved), "من المؤكد" (it is certain).
    (arabic / "content" / "news" / "claims.yaml").write_text(CLAIMS.format(says=says), encoding="utf-8")
    if outcome == "ok":
        result = run_build(arabic, "check")
        assert result.code == 0, result.err
    else:
        refused_with(arabic, "content/news/claims.yaml:7:", "as fact")


def test_the_hint_to_hedge_a_rounded_arabic_figure_names_an_arabic_hedge(tmp_path: Path):
    # 'as in "about ٣٠"' told an Arabic editor to write an English word in an Arabic sentence.
    source = AR_SOURCE.replace("بنسبة ٤٥٪", "بنسبة ٤٥٪ خلال ٣١ ساعة")
    root = project(tmp_path, "ar", source, AR_SUMMARY.replace("بنسبة ٤٥٪", "بنسبة ٤٥٪ خلال ٣٠ ساعة"), {
        "raise": source.splitlines()[2], "profits": source.splitlines()[4],
        "rejected": "وهو ما رفضه مجلس المزارعين في بيان صدر يوم الجمعة 13/03/2026"})
    refused_with(root, "content/news/briefing.yaml:4:", 'as in "نحو ٣٠"')


def test_a_project_of_ones_own_without_templates_is_told_to_copy_them(arabic: Path):
    # The README's "a project of your own with a copy of build.py" built nothing: "template 'index.html' not found
    # (restore it or fix the name that includes it)" named no folder to copy.
    shutil.rmtree(arabic / "templates")
    result = run_build(arabic)
    assert result.code == 1
    assert "templates: the folder is missing" in result.err, result.err
    assert "copy the templates/ folder of the explainer's repository into the project" in result.err, result.err


@pytest.mark.parametrize("language, shown", [("ar", "الناشر: غير مذكور"), ("fr", "Éditeur\u00a0: non précisé")])
def test_a_sources_unknown_publisher_and_dates_are_shown_in_the_pages_language(request, language: str, shown: str):
    # "الناشر: unknown" on an Arabic page: `unknown` is the content's English word for what the source does not say.
    root = request.getfixturevalue({"ar": "arabic", "fr": "french"}[language])
    (root / "content" / "site.yaml").write_text(f"title: T\ndescription: D\nlanguage: {language}\n", encoding="utf-8")
    result = run_build(root)
    assert result.code == 0, result.err
    dates = re.search(r'<p class="dates">.*?</p>', (root / "site" / "sources" / "news.html").read_text(encoding="utf-8"))
    assert shown in dates.group() and "unknown" not in dates.group(), dates.group()


def test_an_arabic_numeric_date_in_arabic_indic_digits_is_read_day_first(tmp_path: Path):
    # "٠٣/١٢/٢٠٢٦" (3 December) was three figures, ٠٣, ١٢ and ٢٠٢٦, each of which the passage holds.
    source = AR_SOURCE.replace("يوم الجمعة 13/03/2026", "يوم الجمعة ١٣/٠٣/٢٠٢٦ بعد ٣ أيام و١٢ ساعة")
    rejected = "وهو ما رفضه مجلس المزارعين في بيان صدر يوم الجمعة ١٣/٠٣/٢٠٢٦ بعد ٣ أيام و١٢ ساعة"
    root = project(tmp_path, "ar", source, AR_SUMMARY.replace("يوم الجمعة 13/03/2026", "صدر في ٠٣/١٢/٢٠٢٦"), {
        "raise": source.splitlines()[2], "profits": source.splitlines()[4], "rejected": rejected})
    refused_with(root, "content/news/briefing.yaml:4:", 'date "٠٣/١٢/٢٠٢٦" is not in the passages')
    summary_reads(root, "صدر في ٠٣/١٢/٢٠٢٦", "صدر يوم الجمعة 13/03/2026")
    result = run_build(root, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("old, new, outcome", [
    ("يوم الجمعة 13/03/2026.", "ليلة الجمعة 13/03/2026.", 'time "ليلة الجمعة" is not in the passages'),
    ("يوم الجمعة 13/03/2026.", "مساء الجمعة 13/03/2026.", 'time "مساء الجمعة" is not in the passages'),
])
def test_an_arabic_part_of_the_day_the_source_does_not_give_is_refused(arabic: Path, old: str, new: str, outcome: str):
    # "ليلة الجمعة" (Friday night) citing "يوم الجمعة" (on Friday) passed, as "Thursday night" citing "Thursday" does not.
    summary_reads(arabic, old, new)
    refused_with(arabic, "content/news/briefing.yaml:4:", outcome)


def test_a_french_part_of_the_day_the_source_does_not_give_is_refused(french: Path):
    summary_reads(french, "le jeudi 12 mars 2026.", "le jeudi soir 12 mars 2026.")
    refused_with(french, "content/news/briefing.yaml:4:", 'time "jeudi soir" is not in the passages')


def test_a_part_of_the_day_the_source_gives_builds(tmp_path: Path):
    source = FR_SOURCE.replace("le jeudi 12 mars", "le jeudi soir 12 mars")
    root = project(tmp_path, "fr", source, "Selon la CGT, la direction aurait supprimé 85 postes en 2025.[^jobs] "
                   "Sans la digue, 1 200 conteneurs étaient menacés le jeudi soir 12 mars 2026.[^dike]",
                   {"jobs": source.splitlines()[2], "dike": source.splitlines()[4]})
    result = run_build(root, "check")
    assert result.code == 0, result.err
