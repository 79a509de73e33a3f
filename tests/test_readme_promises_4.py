"""README promises that no other test held (a fourth audit, of the sentences added since commit 41ce51c: the Commands
section's examples, Russian figures, bound words kept in a sentence's own words, reporting words, Japanese locale
words, pages in Japanese and Chinese, and a wide table's row headers): each test quotes the promise it holds and
builds a small project (or runs a real command) to show the code keeps it."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from browser_support import serve, site_tree
from conftest import REPO, copy_project, run_build
from support import deal_project, error_lines, refused_with
from test_readme_promises_3 import assert_refused, checked

# --- The Commands section's examples, as written, on a copy of the repository ---------------------------------------


def readme_section(title: str) -> str:
    """Return the README's section under the heading `title`, to the next heading."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index(f"\n{title}\n")
    end = text.find("\n#", start + len(title) + 2)
    return text[start:end]


def shell_lines(section: str) -> list[str]:
    """Return the `python build.py ...` lines of a section's ```sh blocks, without `$ ` or a trailing comment."""
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    lines = [line.removeprefix("$ ").split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith("python build.py")]


def test_the_new_example_works_as_written_on_the_repository(tmp_path: Path):
    # "python build.py new water-prices --title "Why water costs more" --source ...
    #  python build.py            # builds at once: the new briefing is on the home page"
    # It named `courier`, a source of the test fixtures only: on the repository it stopped with "no source 'courier'".
    root = copy_project(tmp_path / "project")
    commands = shell_lines(readme_section("### Starting a briefing: `new`"))
    assert len(commands) == 2 and commands[0].startswith("python build.py new "), commands
    for command in commands:
        result = run_build(root, *shlex.split(command)[2:])
        assert result.code == 0, f"{command}: {result.err}"
    slug = shlex.split(commands[0])[3]
    assert f'href="{slug}/"' in (root / "site" / "index.html").read_text(encoding="utf-8")


def test_the_cite_example_prints_what_the_readme_shows(tmp_path: Path):
    # "$ python build.py cite report "launched airstrikes across Afghanistan"
    #  source: report
    #  quote: "launched airstrikes across Afghanistan""
    section = readme_section("### Citing: `cite`")
    block = re.search(r"```sh\n\$ (python build.py cite .*?)\n(.*?)```", section, re.S)
    result = run_build(copy_project(tmp_path / "project"), *shlex.split(block.group(1))[2:])
    assert result.code == 0, result.err
    assert result.out == block.group(2), result.out


# --- Russian figures: scales, currencies and percent words ----------------------------------------------------------

RUSSIAN = ("Отчёт\n\nПрибыль составила 14,8 млрд рублей.\n\nПроголосовали 248 тыс. избирателей.\n\n"
           "Цены выросли на 5 процентов.\n\nЭкспорт составил 3,2 млрд долларов.\n")
PROFIT = "Прибыль составила 14,8 млрд рублей"
VOTERS = "Проголосовали 248 тыс. избирателей"
PRICES = "Цены выросли на 5 процентов"
EXPORTS = "Экспорт составил 3,2 млрд долларов"
RU_MONTHS = "months: [января, февраля, марта, апреля, мая, июня, июля, августа, сентября, октября, ноября, декабря]"


def russian_project(tmp_path: Path, summary: str, quote: str) -> Path:
    """Return a project in Russian: locales/ru.yaml holds en.yaml's labels with Russian months and a decimal comma."""
    root = deal_project(tmp_path, summary, quote, RUSSIAN, "ru")
    labels = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    labels = labels.replace('decimal: "."', 'decimal: ","').replace('thousands: ","', 'thousands: " "')
    labels = re.sub(r"months: \[January[^\]]*\]", RU_MONTHS, labels)
    (root / "locales").mkdir()
    (root / "locales" / "ru.yaml").write_text(labels, encoding="utf-8")
    return root


@pytest.mark.parametrize("summary, quote, wrong", [
    # "Russian "тыс.", "млн", "млрд" (each in its declined forms), with their currencies (... "рублей")"
    ("Прибыль составила 14,8 млн рублей.", PROFIT, 'figure "14,8 млн" is not in the passages'),
    ("Прибыль составила 14,8 млрд долларов.", PROFIT, 'figure "14,8 млрд" is given in dollars'),
    ("Экспорт составил 3,2 млрд рублей.", EXPORTS, 'figure "3,2 млрд" is given in roubles'),
    ("Проголосовали 284 тыс. избирателей.", VOTERS, 'figure "284 тыс" is not in the passages'),
    # "(and, in any text, ... Russian `процентов` ...)" a percentage, not a count
    ("Цены выросли на 5 млн.", PRICES, 'figure "5 млн" is not in the passages'),
])
def test_a_russian_figure_changed_in_scale_currency_or_unit_is_refused(tmp_path: Path, summary, quote, wrong):
    refused_with(russian_project(tmp_path, summary, quote), "briefing.yaml:3:", wrong)


@pytest.mark.parametrize("summary, quote", [
    ("Прибыль составила 14 800 млн рублей.", PROFIT),
    ("Прибыль составила 14,8 миллиарда рублей.", PROFIT),
    ("Проголосовали 248 000 избирателей.", VOTERS),
    ("Проголосовали 248 тысяч избирателей.", VOTERS),
    ("Цены выросли на 5 %.", PRICES),
])
def test_a_russian_figure_written_another_way_builds(tmp_path: Path, summary, quote):
    result = run_build(russian_project(tmp_path, summary, quote), "check")
    assert result.code == 0, result.err


def test_russian_and_ukrainian_percent_words_and_a_fullwidth_sign_are_percentages_in_any_text(tmp_path: Path):
    # "(and, in any text, ... Ukrainian `відсотка`, Russian `процентов`, and a fullwidth `％`)"
    for i, written in enumerate(["Prices rose 5 процентов.", "Prices rose 5 відсотка.", "Prices rose 5％."]):
        assert checked(tmp_path / f"as-percent-{i}", "Prices rose 5%.", written) == []
        assert_refused(checked(tmp_path / f"as-count-{i}", "Prices rose 5 million.", written), "is not in the passages")


# --- A spelled ordinal that ranks an occasion ------------------------------------------------------------------------

@pytest.mark.parametrize("source, summary", [
    # "a spelled ordinal wherever it ranks an occasion: `the second time`, `a third time`, ..., `second year in a row`"
    ("The union struck a second time.", "The union struck a third time."),
    ("Prices rose for a second year in a row.", "Prices rose for a third year in a row."),
])
def test_a_changed_rank_of_an_occasion_is_refused(tmp_path: Path, source, summary):
    assert_refused(checked(tmp_path, source, summary), "is not in the passages")


# --- Date bounds kept in a sentence's own words --------------------------------------------------------------------

@pytest.mark.parametrize("source, summary", [
    # "A sentence keeps a floor in its own words too with "takes effect", "comes into force", "starting",
    # "beginning", "effective" or "as of""
    ("Tariffs will apply from 3 March 2026.", "The rule comes into force on 3 March 2026."),
    ("Tariffs will apply from 3 March 2026.", "Tariffs apply beginning 3 March 2026."),
    ("Tariffs will apply from 3 March 2026.", "Tariffs are effective 3 March 2026."),
    # "A sentence keeps a ceiling in its own words too with "through", "up to", "ends", "expires", "lapses" or
    # "runs out""
    ("The ceasefire will hold until 3 March 2026.", "The ceasefire holds up to 3 March 2026."),
    ("The ceasefire will hold until 3 March 2026.", "The ceasefire ends on 3 March 2026."),
    ("The ceasefire will hold until 3 March 2026.", "The ceasefire lapses on 3 March 2026."),
    ("The ceasefire will hold until 3 March 2026.", "The ceasefire runs out on 3 March 2026."),
])
def test_a_bound_kept_in_the_sentences_own_words_builds(tmp_path: Path, source, summary):
    assert checked(tmp_path, source, summary) == []


@pytest.mark.parametrize("source, summary, message", [
    # ""in March" citing "by March" or "by 3 March 2026" is refused"
    ("The vote will be held by 3 March 2026.", "The vote will be held in March.",
     'date "March" leaves out the bound of "by 3 March 2026"'),
    # ""tariffs will apply until 3 March" or "in May" citing "will apply from 3 March" ... is refused"
    ("Tariffs will apply from 3 March 2026.", "Tariffs will apply in March.",
     'date "March" leaves out the bound of "from 3 March 2026"'),
])
def test_a_month_alone_keeps_the_bound_of_a_full_date(tmp_path: Path, source, summary, message):
    assert_refused(checked(tmp_path, source, summary), message)


def test_may_is_a_month_only_after_a_word_that_dates(tmp_path: Path):
    # "a month named alone ... ("by March", "by mid-May", "d'ici mars"; "May" only after a word that dates)"
    assert checked(tmp_path, "Talks could end by March.", "Talks may end by March.") == []


# --- Reporting words -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, source, summary", [
    # "Reporting words, besides those above: "replied", "responded", "retorted", "countered", "wrote", "tweeted" and
    # "posted" where it posts somewhere ("posted on X", "posted online", "posted a video"; ...)"
    ("en", "Dev Okafor responded that the strike would continue.", "Lina Dorr said the strike would continue."),
    ("en", "Dev Okafor countered that the strike would continue.", "Lina Dorr countered that the strike would continue."),
    ("en", "Dev Okafor tweeted that the strike would continue.", "Lina Dorr tweeted that the strike would continue."),
    ("en", "Dev Okafor posted a video saying the strike would continue.", "Lina Dorr said the strike would continue."),
    ("en", "Dev Okafor posted online that the strike would continue.", "Lina Dorr said the strike would continue."),
    # "French reporting words are read as English ones are ("Jean Dupont a déclaré", "affirme", "selon Jean Dupont")"
    ("fr", "Jean Dupont affirme que l'accord est mort.", "Marie Lenoir affirme que l'accord est mort."),
])
def test_every_listed_reporting_word_names_its_speaker(tmp_path: Path, language, source, summary):
    assert_refused(checked(tmp_path, source, summary, language), "this sentence gives the words to",
                   "but its cited passages give them to")


# --- Japanese: a project locale's words glued to what follows them -------------------------------------------------

JA_SOURCE = "報告\n\n伝えられるところでは株価は8.3%下げた。\n"
JA_REPORTED = "伝えられるところでは株価は8.3%下げた"


def japanese_locale_project(tmp_path: Path, summary: str, words: str) -> Path:
    """Return a Japanese site citing JA_REPORTED, whose project locale is en.yaml's labels and `words`."""
    root = deal_project(tmp_path, summary, JA_REPORTED, JA_SOURCE, "ja")
    labels = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    (root / "locales").mkdir()
    (root / "locales" / "ja.yaml").write_text(labels + words, encoding="utf-8")
    return root


def test_a_japanese_locales_hedges_and_according_to_are_read_glued_to_the_words_after_them(tmp_path: Path):
    # "A project locale (`locales/ja.yaml` ...) may list words of these scripts under the keys below, and they are
    # read glued to what follows them: ..., `hedges`, `according_to: [によると]`."
    hedges = "hedges: [伝えられるところでは]\n"
    refused_with(japanese_locale_project(tmp_path / "a", "株価は8.3%下げた。", hedges),
                 "briefing.yaml:3:", "the source gives this only as '伝えられるところでは', but it is worded as fact")
    attributed = "会社によると株価は8.3%下げた。"
    refused_with(japanese_locale_project(tmp_path / "b", attributed, hedges), "briefing.yaml:3:", "worded as fact")
    result = run_build(japanese_locale_project(tmp_path / "c", attributed, hedges + "according_to: [によると]\n"),
                       "check")
    assert result.code == 0, result.err


# --- Pages in Japanese and Chinese ----------------------------------------------------------------------------------

JA_REPORT = "報告\n\nフッ化水素の輸出額は約4800億円だった。韓国政府は「極めて遺憾である」と述べた。\n"
JA_EXPORTS = "フッ化水素の輸出額は約4800億円だった"
JA_FILES = {"comparisons.yaml": """comparisons:
  - id: exports
    title: 輸出額
    parties: [harbor]
    rows:
      - measure: フッ化水素
        unit: 億円
        values:
          harbor: {value: 4800, bound: about, cite: [a]}
""", "quotes.yaml": """quotes:
  - id: regret
    source: report
    words: 極めて遺憾である
    speaker: 韓国政府
    role: not given
    context: 韓国政府は「極めて遺憾である」と述べた。[^b]
citations:
  b:
    source: report
    quote: 韓国政府は「極めて遺憾である」と述べた
"""}


def cjk_site(folder: Path, language: str) -> Path:
    """Build a site in `language` (a project locale of en.yaml's labels) with a table whose measure is in Japanese
    and a quote; return its site/ folder."""
    root = deal_project(folder, f"{JA_EXPORTS}。", JA_EXPORTS, JA_REPORT, language, files=JA_FILES)
    (root / "locales").mkdir()
    (root / "locales" / f"{language}.yaml").write_bytes((REPO / "explainer" / "locales" / "en.yaml").read_bytes())
    result = run_build(root)
    assert result.code == 0, result.err
    return root / "site"


def test_a_rows_id_keeps_the_measures_own_letters(tmp_path: Path):
    # "its ids of rows (`#row-exports-フッ化水素`) keep the measure's own letters"
    page = (cjk_site(tmp_path, "ja") / "deal" / "index.html").read_text(encoding="utf-8")
    assert '<tr id="row-exports-フッ化水素"' in page and 'href="#row-exports-フッ化水素"' in page


# --- A comparison table wider than the screen ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def site_url(fixture_site, tmp_path_factory):
    """The merger fixture microsite (a three-column table wider than a 320 px screen) and a site in Japanese and one
    in Chinese, built and served."""
    work = tmp_path_factory.mktemp("promises4")
    sites = {"merger": fixture_site("merger"),
             "ja": cjk_site(work / "ja", "ja"), "zh": cjk_site(work / "zh", "zh")}
    with serve(site_tree(work / "www", sites)) as url:
        yield url


@pytest.mark.parametrize("language, marks", [("ja", '"「" "」" "『" "』"'), ("zh", '"“" "”" "‘" "’"')])
def test_a_quote_on_a_page_in_japanese_or_chinese_is_shown_between_its_languages_marks(tab, site_url, language,
                                                                                        marks):
    # "a quote is shown between `「 」` on a page in `ja` or Traditional Chinese ..., and between CLDR's `“ ”` in
    # Simplified Chinese (`zh`, `zh-Hans`)"
    page, _ = tab(site_url + f"{language}/deal/index.html")
    assert page.evaluate("getComputedStyle(document.querySelector('#quotes q')).quotes") == marks


@pytest.mark.parametrize("java_script", [True, False])
def test_a_wide_tables_row_headers_stay_in_view_as_it_scrolls(tab, site_url, java_script):
    # "A comparison table wider than the screen keeps its row headers in view as it scrolls"
    page, _ = tab(site_url + "merger/grocer-merger/index.html",
                  viewport={"width": 320, "height": 700}, java_script_enabled=java_script)
    where = page.evaluate("""() => {
        const box = document.querySelector('#table-chains .table-scroll');
        const left = () => [...box.querySelectorAll('th[scope=row]')].map(th => th.getBoundingClientRect().left);
        const before = left(), boxLeft = box.getBoundingClientRect().left;
        box.scrollLeft = box.scrollWidth;
        return {wide: box.scrollWidth > box.clientWidth, scrolled: box.scrollLeft, boxLeft, before, after: left()};
    }""")
    assert where["wide"] and where["scrolled"] > 0 and where["before"], where
    assert all(abs(after - where["boxLeft"]) <= 1 for after in where["after"]), where


# --- Quotation marks the checks do not pair, refused on their line ---------------------------------------------------

LIE = "The minister called it a lie."


@pytest.mark.parametrize("marks", ["\u275d\u275e", "\u201b\u2019", "\u301d\u301e", "''''"])
def test_quotation_marks_the_checks_do_not_pair_are_refused(tmp_path: Path, marks: str):
    # "quotation marks the checks do not pair (`❝ ❞`, `‛ ’`, `〝 〞`, `''...''`; ...)" are refused with their line
    opening, closing = marks[:len(marks) // 2], marks[len(marks) // 2:]
    lines = checked(tmp_path, LIE, f"The minister called it {opening}a lie{closing}.")
    assert lines and lines[0].startswith("content/deal/briefing.yaml:3: "), lines
    assert "is not allowed" in lines[0] or "are not allowed" in lines[0], lines


@pytest.mark.parametrize("summary, line", [
    ("summary: |\n  The minister spoke.\n  He called it ''a lie''.[^a]\n", 4),  # a literal block
    ("summary: >\n  The minister spoke.\n  He called it ''a lie''.[^a]\n", 4),  # a folded block, joined into one line
    ("summary: The minister spoke.\n  He called it ''a lie''.[^a]\n", 3),  # plain text continued on the line below
    ('summary: "The minister spoke.\n  He called it \'\'a lie\'\'.[^a]"\n', 3),  # quoted text continued
])
def test_doubled_apostrophes_are_named_on_the_line_they_are_written_on(tmp_path: Path, summary: str, line: int):
    # "The line is the one the sentence, marker or word at fault is written on, also in text that YAML joins into one
    # line (a `>` block, or plain or quoted text continued on the lines below)": doubled apostrophes were named on
    # the line of `summary:` itself.
    root = deal_project(tmp_path, "The minister called it a lie.", LIE, f"Report\n\n{LIE}\n")
    briefing = root / "content" / "deal" / "briefing.yaml"
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(re.sub(r"summary: \|\n  .*\n", lambda _: summary, text), encoding="utf-8")
    lines = error_lines(run_build(root, "check"))
    assert lines == [f"content/deal/briefing.yaml:{line}: two apostrophes or backticks used as a quotation mark are not "
                     "allowed (quote with \" or \u201c \u201d: the checks read no quotation between doubled marks)"], lines


# --- Japanese and Chinese: sentence ends, percentages, currencies and a month's date ---------------------------------

JA_FIGURES = ("報告\n\n株価は前日比8.3パーセント下げた。\n\n輸出額は3150ドルだった。\n\n輸入額は3150円だった。\n\n"
              "協議は2026年3月に開かれる。\n")


@pytest.mark.parametrize("stop", ["！", "？"])
def test_a_sentence_ends_at_a_japanese_exclamation_or_question_mark_without_a_space(tmp_path: Path, stop: str):
    # "A sentence ends at `。`, `！` or `？` with or without a space after it"
    quote = "株価は前日比8.3パーセント下げた"
    root = deal_project(tmp_path, f"株価は前日比8.3%下げた{stop}協議は開かれる。", quote, JA_FIGURES)
    refused_with(root, "briefing.yaml:3:", f'sentence states "8.3%" but cites nothing: "株価は前日比8.3%下げた{stop}"')


@pytest.mark.parametrize("summary, quote, wrong", [
    # "with `%`, `％` or `パーセント` a percentage"
    ("株価は前日比8.3円下げた。", "株価は前日比8.3パーセント下げた", 'figure "8.3" is not in the passages'),
    # "`円`, `ドル`, `ユーロ`, `ウォン`, `元` after it its currency"
    ("輸出額は3150ユーロだった。", "輸出額は3150ドルだった", '"3150" is given in euros'),
    ("輸入額は3150元だった。", "輸入額は3150円だった", '"3150" is given in yuan'),
    # "`2026年3月5日`, `3月18日` and `2026年3月` are dates (day, month and year must agree)"
    ("協議は2026年4月に開かれる。", "協議は2026年3月に開かれる", 'date "2026年4月" is not in the passages'),
    ("協議は2025年3月に開かれる。", "協議は2026年3月に開かれる", 'date "2025年3月" is not in the passages'),
])
def test_a_japanese_percentage_currency_or_month_changed_is_refused(tmp_path: Path, summary, quote, wrong):
    refused_with(deal_project(tmp_path, summary, quote, JA_FIGURES), "briefing.yaml:3:", wrong)
    fixed = deal_project(tmp_path / "as-the-source", quote + "。", quote, JA_FIGURES)
    assert run_build(fixed, "check").code == 0


def test_a_japanese_percent_word_is_a_percent_sign(tmp_path: Path):
    quote = "株価は前日比8.3パーセント下げた"
    result = run_build(deal_project(tmp_path, "株価は前日比8.3%下げた。", quote, JA_FIGURES), "check")
    assert result.code == 0, result.err
