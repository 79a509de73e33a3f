"""A newsroom's Japanese trade-dispute briefing, written by a new user as the README sets a project up.

Japanese (and Chinese) glue figures to the words around them and put no space between words or after a
sentence's 。. The checks read a figure only where a word ends, so "約4800億円" stated nothing: "4800万円"
(10^4, not 10^8) or "5年" citing "3年8カ月" built. A paragraph was one sentence, so a figure's citation could
stand sentences away; 「」 was refused everywhere, even in a locale's labels; and a quote had to run to the next
punctuation mark, as a whole clause was one "word" ("極めて遺憾" of "極めて遺憾であり" was refused).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, run_build
from support import deal_project, edit, refused_with

REPORT = ("日本と韓国の半導体材料をめぐる貿易摩擦、再燃\n\n"
          "経済産業省は2026年3月5日、韓国向けの半導体材料3品目について、輸出管理を厳格化すると発表した。"
          "韓国政府は同日、「極めて遺憾であり、あらゆる対抗措置を検討する」との声明を出した。\n\n"
          "2025年の韓国向け輸出額は合計で約4800億円だった。\n\n"
          "ステラケミファの株価は一時、前日比8.3%安の3150円まで下げた。\n\n"
          "規制が1年続いた場合、韓国の半導体生産額が最大で1兆2000億ウォン減少すると試算している。\n\n"
          "協議は3月18日にジュネーブで開かれる見通しだ。前回の紛争は解決までに3年8カ月かかった。\n\n"
          "品目　　　　　　　2025年輸出額\n合計　　　　　　　約4800億円\n")

ANNOUNCED = "経済産業省は2026年3月5日、韓国向けの半導体材料3品目について、輸出管理を厳格化すると発表した"
EXPORTS = "2025年の韓国向け輸出額は合計で約4800億円だった"
SHARES = "前日比8.3%安の3150円まで下げた"
OUTPUT = "韓国の半導体生産額が最大で1兆2000億ウォン減少する"
TALKS = "協議は3月18日にジュネーブで開かれる見通しだ"
LAST_TIME = "前回の紛争は解決までに3年8カ月かかった"
REGRET = "極めて遺憾であり"


def japanese_project(tmp_path: Path, summary: str, quote: str) -> Path:
    """Return support.deal_project with the Japanese report as its source."""
    return deal_project(tmp_path, summary, quote, REPORT)


@pytest.mark.parametrize("summary, quote, wrong", [
    ("韓国向け輸出額は約4800万円だった。", EXPORTS, 'figure "4800万"'),
    ("韓国向け輸出額は約48兆円だった。", EXPORTS, 'figure "48兆"'),
    ("韓国向け輸出額は2024年に約4800億円だった。", EXPORTS, 'figure "2024"'),
    ("生産額は最大で1兆3000億ウォン減少する。", OUTPUT, 'figure "1兆3000億"'),
    ("前回の紛争は解決までに5年かかった。", LAST_TIME, 'figure "5"'),
    ("経済産業省は2026年5月3日に発表した。", ANNOUNCED, 'date "2026年5月3日"'),
    ("経済産業省は2025年3月5日に発表した。", ANNOUNCED, 'date "2025年3月5日"'),
    ("協議は3月8日に開かれる見通しだ。", TALKS, 'date "3月8日"'),
    ("株価は3150ドルまで下げた。", SHARES, '"3150" is given in dollars'),
])
def test_a_figure_or_date_glued_to_japanese_words_is_checked(tmp_path: Path, summary: str, quote: str, wrong: str):
    refused_with(japanese_project(tmp_path, summary, quote), "briefing.yaml:3:", wrong)


@pytest.mark.parametrize("summary, quote", [
    ("韓国向け輸出額は約4800億円だった。", EXPORTS),
    ("韓国向け輸出額は約4,800億円だった。", EXPORTS),
    ("生産額は最大で1.2兆ウォン減少する。", OUTPUT),
    ("株価は8.3％安の3,150円まで下げた。", SHARES),
    ("経済産業省は3月5日に発表した。", ANNOUNCED),
    ("協議は3月18日に開かれる見通しだ。", TALKS),
    ("前回の紛争は解決までに3年8カ月かかった。", LAST_TIME),
])
def test_the_figures_and_dates_the_source_gives_build(tmp_path: Path, summary: str, quote: str):
    result = run_build(japanese_project(tmp_path, summary, quote), "check")
    assert result.code == 0, result.err


def test_a_sentence_ends_at_a_japanese_full_stop_without_a_space(tmp_path: Path):
    root = japanese_project(tmp_path, "韓国向け輸出額は約4800億円だった。韓国政府は遺憾だとした。", EXPORTS)
    refused_with(root, "briefing.yaml:3:", 'sentence states "4800億" but cites nothing: "韓国向け輸出額は約4800億円だった。"')
    edit(root / "content" / "deal" / "briefing.yaml", "だった。韓国", "だった。[^a]韓国")
    assert run_build(root, "check").code == 0


def test_words_in_corner_brackets_are_checked_against_the_source(tmp_path: Path):
    root = japanese_project(tmp_path, "韓国政府は「極めて残念」だとした。", REGRET)
    refused_with(root, "briefing.yaml:3:", 'quoted words "極めて残念" are not in the passages')
    edit(root / "content" / "deal" / "briefing.yaml", "「極めて残念」", "『極めて遺憾』")
    assert run_build(root, "check").code == 0, run_build(root, "check").err
    edit(root / "content" / "deal" / "briefing.yaml", "『極めて遺憾』", "「極めて遺憾")
    refused_with(root, "briefing.yaml:3:", "a quotation mark opened here is never closed")


def test_a_citation_may_start_and_end_between_any_two_japanese_characters(tmp_path: Path):
    root = japanese_project(tmp_path, "韓国政府は「極めて遺憾」だとした。", "極めて遺憾")
    result = run_build(root, "check")
    assert result.code == 0, result.err
    edit(root / "content" / "deal" / "briefing.yaml", 'quote: "極めて遺憾"', 'quote: "800億円だった"')
    refused_with(root, "briefing.yaml:", "quote", "800億円だった")  # never inside a figure: 4800


def test_cite_singles_out_repeated_japanese_words_with_a_few_characters(tmp_path: Path):
    root = japanese_project(tmp_path, "韓国向け輸出額は約4800億円だった。", EXPORTS)
    result = run_build(root, "cite", "report", "4800億円")
    assert result.code == 0, result.err
    contexts = [line for line in result.out.splitlines() if line.startswith(("prefix:", "suffix:"))]
    assert len(contexts) == 2 and all(len(line) < 20 for line in contexts), result.out


def test_a_japanese_locale_may_write_corner_brackets(tmp_path: Path):
    root = japanese_project(tmp_path, "韓国政府は「極めて遺憾」だとした。", REGRET)
    labels = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    (root / "locales").mkdir()
    (root / "locales" / "ja.yaml").write_text(labels.replace("“not given”", "「記載なし」"), encoding="utf-8")
    edit(root / "content" / "site.yaml", "language: en", "language: ja")
    result = run_build(root)
    assert result.code == 0, result.err
    assert 'lang="ja"' in (root / "site" / "deal" / "index.html").read_text(encoding="utf-8")


COMPARISON = """comparisons:
  - id: exports
    title: 韓国向け輸出額
    parties: [harbor]
    rows:
      - measure: 合計
        unit: {unit}
        values:
          harbor: {{value: {value}, bound: about, cite: [a]}}
"""


@pytest.mark.parametrize("unit, value, wrong", [
    ("億円", 4900, "figure 4900 (合計) is not in the passages"),
    ("万円", 4800, "figure 4800 (合計) is not in the passages"),
    ("億ドル", 4800, "is given in dollars"),
])
def test_a_comparison_in_a_japanese_unit_reads_its_scale_and_currency(tmp_path: Path, unit: str, value: int, wrong: str):
    table = {"comparisons.yaml": COMPARISON.format(unit=unit, value=value)}
    root = deal_project(tmp_path, "韓国向け輸出額は約4800億円だった。", EXPORTS, REPORT, files=table)
    refused_with(root, "comparisons.yaml:9:", wrong)
    edit(root / "content" / "deal" / "comparisons.yaml", f"unit: {unit}", "unit: 億円")
    edit(root / "content" / "deal" / "comparisons.yaml", f"value: {value}", "value: 4800")
    assert run_build(root, "check").code == 0, run_build(root, "check").err


def test_new_quotes_one_japanese_sentence_and_logs_first_publication_with_its_stop(tmp_path: Path):
    root = japanese_project(tmp_path, "韓国向け輸出額は約4800億円だった。", EXPORTS)
    labels = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    (root / "locales").mkdir()
    (root / "locales" / "ja.yaml").write_text(labels.replace("first_published: First published",
                                                             "first_published: 初出"), encoding="utf-8")
    edit(root / "content" / "site.yaml", "language: en", "language: ja")
    result = run_build(root, "new", "exports", "--title", "輸出額は約4800億円", "--source", "report")
    assert result.code == 0, result.err
    written = (root / "content" / "exports" / "briefing.yaml").read_text(encoding="utf-8")
    assert 'quote: "2025年の韓国向け輸出額は合計で約4800億円だった。"' in written, written
    assert 'text: "初出。"' in written, written
    assert run_build(root, "check").code == 0


# A Ukrainian election briefing: a locale of the project's own, as the README's Languages section writes one.
VYBORY = ("Місцеві вибори у Львові\n\n"
          "Олена Коваль перемогла у другому турі виборів, що відбувся в неділю, 29 березня 2026 року. "
          "Вона отримала 54,3 % голосів.\n\n"
          "Усього проголосували 248 тис. виборців.\n\n"
          "Бюджет міста на 2026 рік становить 14,8 млрд гривень.\n")
SUNDAY = "що відбувся в неділю, 29 березня 2026 року"
VOTES = "Вона отримала 54,3 % голосів"
TURNOUT = "Усього проголосували 248 тис. виборців"
BUDGET = "Бюджет міста на 2026 рік становить 14,8 млрд гривень"
UK_WEEKDAYS = "weekdays: [понеділок, вівторок, середа/середу, четвер, пʼятниця/пʼятницю, субота/суботу, неділя/неділю]\n"


def ukrainian_project(tmp_path: Path, summary: str, quote: str, weekdays: str = UK_WEEKDAYS,
                      source: str = VYBORY) -> Path:
    """Return a project in Ukrainian (locales/uk.yaml: en.yaml's labels, Ukrainian months and decimal comma)."""
    root = deal_project(tmp_path, summary, quote, source, "uk")
    labels = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    labels = labels.replace('decimal: "."', 'decimal: ","').replace('thousands: ","', 'thousands: " "').replace(
        "months: [January, February, March, April, May, June, July, August, September, October, November, December]",
        "months: [січня, лютого, березня, квітня, травня, червня, липня, серпня, вересня, жовтня, листопада, грудня]")
    (root / "locales").mkdir()
    (root / "locales" / "uk.yaml").write_text(labels + weekdays, encoding="utf-8")
    return root


@pytest.mark.parametrize("summary, quote, wrong", [
    ("Бюджет міста становить 14,8 млн гривень.", BUDGET, 'figure "14,8 млн" is not in the passages'),
    ("Бюджет міста становить 14,8 млрд доларів.", BUDGET, 'figure "14,8 млрд" is given in dollars'),
    ("Проголосували 284 тис. виборців.", TURNOUT, 'figure "284 тис" is not in the passages'),
    ("Коваль отримала 45,3 відсотка голосів.", VOTES, 'figure "45,3 відсотка" is not in the passages'),
    ("Другий тур відбувся в суботу, 29 березня 2026 року.", SUNDAY, 'day "суботу" is not in the passages'),
])
def test_a_ukrainian_misstatement_is_refused(tmp_path: Path, summary: str, quote: str, wrong: str):
    refused_with(ukrainian_project(tmp_path, summary, quote), "briefing.yaml:3:", wrong)


@pytest.mark.parametrize("summary, quote", [
    ("Бюджет міста становить 14,8 млрд гривень.", BUDGET),
    ("Проголосували 248 000 виборців.", TURNOUT),
    ("Коваль отримала 54,3 відсотка голосів.", VOTES),
    ("Другий тур відбувся в неділю, 29 березня 2026 року.", SUNDAY),
])
def test_ukrainian_figures_written_another_way_build(tmp_path: Path, summary: str, quote: str):
    result = run_build(ukrainian_project(tmp_path, summary, quote), "check")
    assert result.code == 0, result.err


def test_a_timeline_weekday_in_a_declined_form_must_be_its_dates(tmp_path: Path):
    timeline = ("events:\n  - when: у суботу, 29 березня 2026 року\n    date: 2026-03-29\n"
                "    what: Другий тур.\n    cite: [a]\n")
    root = ukrainian_project(tmp_path, "Другий тур відбувся 29 березня 2026 року.", SUNDAY)
    (root / "content" / "deal" / "timeline.yaml").write_text(timeline, encoding="utf-8")
    refused_with(root, "timeline.yaml:3:", "is a Sunday, but `when` names Saturday ('суботу')")


def test_an_empty_form_of_a_weekday_is_named_in_the_locale(tmp_path: Path):
    root = ukrainian_project(tmp_path, "Бюджет міста становить 14,8 млрд гривень.", BUDGET,
                             weekdays=UK_WEEKDAYS.replace("субота/суботу", "субота/"))
    refused_with(root, "locales/uk.yaml:", "must not hold an empty form of a day")


@pytest.mark.parametrize("language, source, when", [
    ("en", "The new council first meets on Thursday, 9 April.\n", "Thursday, 9 April"),
    ("uk", "Перше засідання ради заплановане на четвер, 9 квітня.\n", "четвер, 9 квітня"),
])
def test_a_when_naming_its_day_and_month_beside_a_weekday_is_not_a_weekday_alone(
        tmp_path: Path, language: str, source: str, when: str):
    # It was refused as "`when` names only a weekday", being more than a week after the report's date.
    quote = source.strip().rstrip(".")
    timeline = (f"events:\n  - when: {when}\n    date: 2026-04-09\n    date_basis: the report's year, 2026\n"
                "    what: The council meets.\n    cite: [a]\n")
    root = (ukrainian_project(tmp_path, "Рада збереться 9 квітня.", quote, source=source) if language == "uk" else
            deal_project(tmp_path, "The council meets on 9 April.", quote, source))
    (root / "content" / "deal" / "timeline.yaml").write_text(timeline, encoding="utf-8")
    edit(root / "content" / "sources.yaml", "date: unknown", "date: 2026-03-30")
    result = run_build(root, "check")
    assert result.code == 0, result.err
    edit(root / "content" / "deal" / "timeline.yaml", "date: 2026-04-09", "date: 2026-04-16")
    refused_with(root, "timeline.yaml:3:", "is not the date `when` states")


JA_WORDS = ("weekdays: [月曜日, 火曜日, 水曜日, 木曜日, 金曜日, 土曜日, 日曜日]\n"
            "approximately: [約]\nat_least: [少なくとも]\nup_to: [最大で]\n")


def japanese_locale_project(tmp_path: Path, summary: str, quote: str, source: str = REPORT) -> Path:
    """Return a Japanese site whose project locale lists weekdays and qualifiers, each glued to what follows."""
    root = deal_project(tmp_path, summary, quote, source, "ja")
    labels = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    (root / "locales").mkdir()
    (root / "locales" / "ja.yaml").write_text(labels + JA_WORDS, encoding="utf-8")
    return root


@pytest.mark.parametrize("summary, quote, wrong", [
    ("韓国向け輸出額は4800億円だった。", EXPORTS, 'figure "4800億" leaves out the qualifier of "約4800億"'),
    ("生産額が1兆2000億ウォン減少する。", OUTPUT, 'leaves out the qualifier of "最大で1兆2000億"'),
    ("生産額が少なくとも1兆2000億ウォン減少する。", OUTPUT, 'contradicts "最大で1兆2000億"'),
    ("協議は木曜日に開かれる見通しだ。", "協議は3月18日（水曜日）にジュネーブで開かれる見通しだ", 'day "木曜日" is not in the passages'),
])
def test_a_japanese_locales_words_are_read_glued_to_the_figure_or_word_after_them(
        tmp_path: Path, summary: str, quote: str, wrong: str):
    source = REPORT.replace("3月18日に", "3月18日（水曜日）に")
    refused_with(japanese_locale_project(tmp_path, summary, quote, source), "briefing.yaml:3:", wrong)


def test_a_timeline_weekday_glued_to_the_next_word_is_read(tmp_path: Path):
    timeline = "events:\n  - when: 2026年3月18日木曜日午後\n    date: 2026-03-18\n    what: 協議。\n    cite: [a]\n"
    source = REPORT.replace("3月18日に", "2026年3月18日木曜日午後に")
    quote = "協議は2026年3月18日木曜日午後にジュネーブで開かれる見通しだ"
    root = japanese_locale_project(tmp_path, "協議は2026年3月18日に開かれる見通しだ。", quote, source)
    (root / "content" / "deal" / "timeline.yaml").write_text(timeline, encoding="utf-8")
    refused_with(root, "timeline.yaml:3:", "is a Wednesday, but `when` names Thursday ('木曜日')")


CHINESE = "中美贸易摩擦\n\n商务部表示，2025年对美出口额达1万亿元，同比增长3.5%。\n"


@pytest.mark.parametrize("summary, builds", [
    ("2025年对美出口额达1万元。", False),  # 万亿 is 10^12: read as 万 alone, this built
    ("2025年对美出口额达1亿元。", False),
    ("2025年对美出口额达10000亿元。", True),
    ("2025年对美出口额达1万亿元。", True),
])
def test_a_chinese_figure_of_two_scales_is_their_product(tmp_path: Path, summary: str, builds: bool):
    root = deal_project(tmp_path, summary, "2025年对美出口额达1万亿元", CHINESE)
    result = run_build(root, "check")
    assert (result.code == 0) == builds, result.err


def test_a_bound_in_japanese_stands_against_its_figure(tmp_path: Path):
    table = {"comparisons.yaml": COMPARISON.format(unit="億円", value=4800)}
    root = deal_project(tmp_path, "韓国向け輸出額は約4800億円だった。", EXPORTS, REPORT, "ja", files=table)
    labels = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    (root / "locales").mkdir()
    (root / "locales" / "ja.yaml").write_text(labels.replace("bound_about: about", "bound_about: 約"), encoding="utf-8")
    result = run_build(root)
    assert result.code == 0, result.err
    page = (root / "site" / "deal" / "index.html").read_text(encoding="utf-8")
    assert "約4,800" in page and "約 4,800" not in page


def test_a_line_break_inside_a_japanese_quotation_is_no_space(tmp_path: Path):
    # Refused as "quoted words "極めて 遺憾" are not in the passages", though only spacing differed.
    root = japanese_project(tmp_path, "韓国政府は「極めて\n  遺憾」だとした。", REGRET)
    result = run_build(root, "check")
    assert result.code == 0, result.err
    edit(root / "content" / "deal" / "briefing.yaml", "極めて\n  遺憾", "極めて\n  残念")
    refused_with(root, "briefing.yaml:3:", 'quoted words "極めて 残念" are not in the passages')


def test_a_citation_anchors_across_a_hard_wrapped_line_of_a_japanese_source(tmp_path: Path):
    source = REPORT.replace("2025年の韓国向け輸出額は", "2025年の韓国向け\n輸出額は")
    root = deal_project(tmp_path, "韓国向け輸出額は約4800億円だった。", EXPORTS, source)
    result = run_build(root)
    assert result.code == 0, result.err
    page = (root / "site" / "sources" / "report.html").read_text(encoding="utf-8")
    assert "2025年の韓国向け\n輸出額は合計で約4800億円だった" in page


FULLWIDTH = "報告\n\n韓国はＷＴＯに提訴した。輸出額は約４８００億円だった。\n"


def test_a_source_in_fullwidth_letters_is_quoted_in_ascii(tmp_path: Path):
    # Its "ＷＴＯ" could not be quoted at all: typed so, the build refuses a fullwidth letter; typed "WTO", it did
    # not anchor, and cite printed the fullwidth letters the build then refused.
    root = deal_project(tmp_path, "韓国は「WTOに提訴」した。", "韓国はWTOに提訴した", FULLWIDTH)
    result = run_build(root, "check")
    assert result.code == 0, result.err
    cited = run_build(root, "cite", "report", "ＷＴＯに提訴")
    assert 'quote: "WTOに提訴"' in cited.out, cited.out + cited.err
    edit(root / "content" / "deal" / "briefing.yaml", "「WTOに提訴」", "「WHOに提訴」")
    refused_with(root, "briefing.yaml:3:", 'quoted words "WHOに提訴" are not in the passages')


def test_a_cyrillic_sources_sentences_end_before_a_cyrillic_capital(tmp_path: Path):
    # The next sentence had to open with A-Z: a Ukrainian paragraph was one sentence, so `new` quoted a table's
    # row for a title's figure, and `check` counted 10 sentences in a source of 17.
    source = ("Вибори\n\n"
              "Кандидатка перемогла у другому турі, що відбувся в неділю, 29 березня 2026 року, і вийшла до мерії "
              "разом із командою та прихильниками. За даними комісії, вона отримала 54,3 % голосів.\n\n"
              "Кандидат     Другий тур\nКоваль       54,3 %\n")
    root = ukrainian_project(tmp_path, "Вона отримала 54,3 % голосів.", "вона отримала 54,3 % голосів", source=source)
    result = run_build(root, "new", "koval", "--title", "Коваль отримала 54,3 відсотка", "--source", "report")
    assert result.code == 0, result.err
    written = (root / "content" / "koval" / "briefing.yaml").read_text(encoding="utf-8")
    assert 'quote: "За даними комісії, вона отримала 54,3 %"' in written, written
