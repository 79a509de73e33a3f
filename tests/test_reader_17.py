"""A reader of pages in other languages than English, round seventeen: a Japanese briefing put a Latin ". " after
its labels and ASCII brackets around its asides ("単一の出典. 工事", "総事業費 (億円)"), a space after its full-width
colons, and wrote "2月16日 2026年2月16日" (so did French, "18 mars 18 mars 2026", and Turkish); an Urdu page
numbered its notes 1, 2, 3 beside dates in ۱, ۲, ۳; the feed page named a French summary's link in one language,
its English "(Update: ..., 12 May 2026)" read with French sounds. The pages are built from the fixtures, read as
HTML; one browser test reads what Chromium makes of them."""

from __future__ import annotations

import html
import re
import shutil

import pytest

from browser_support import serve
from conftest import REPO, run_build
from test_topics import build_fixture

from explainer.locale import load_locales
from explainer.plan import says_day
from explainer.prose import parse_prose, render_prose

FIXTURES = REPO / "tests" / "fixtures"
STYLE = (REPO / "static" / "style.css").read_text(encoding="utf-8")
HIDDEN = r'<span class="visually-hidden">(?:<span[^>]*>[^<]*</span>|[^<])*</span>'


def seen(markup: str) -> str:
    """Return the words of some markup as a sighted reader sees them: tags, and words for screen readers, dropped."""
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(HIDDEN, "", markup)))


def read(site, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def body(page: str) -> str:
    """Return a page's body without its scripts."""
    return re.sub(r"<script.*?</script>", "", page[page.index("<body>"):], flags=re.S)


def test_a_japanese_briefing_ends_its_labels_and_brackets_its_asides_in_japanese(fixture_site):
    """The Japanese briefing read "単一の出典. 工事の進捗", "訂正. 総事業費", "宮里和子 (沖浜県知事). 知事は", "総事業費
    (億円)" and "防衛省 (国) は 約9,300 (2026年2月14日)". It now ends a label with "。", brackets an aside in "（）"
    and puts no space between, as the locale's writing system does (its locale, written before these words were
    added, names none of them)."""
    page = read(fixture_site("newuser_26"), "kitaura-base/index.html")
    assert "<strong>単一の出典。</strong>工事の進捗" in page
    assert "<strong>訂正。</strong>総事業費の見通しは約1兆200億円に引き上げられた。<span class=\"wrong\">誤り：総事業費を" in page
    assert "</a>。発行元：沖浜日報。発行日：2026年2月14日。</li>" in page
    assert '<strong id="speaker-governor">宮里和子</strong>（沖浜県知事）。知事は' in page
    assert 'aria-label="総事業費（億円）">総事業費<span class="unit">（億円）</span>' in page
    assert "<b>約9,300</b> 総事業費<span class=\"unit\">（億円）</span>" in page
    assert ('</strong><a href="#claim-cost-1">防衛省（国）は約9,300（2026年2月14日）</a>；'
            '<a href="#claim-cost-government-revised">防衛省（国）は約10,200（2026年3月2日）</a>。最新の') in page
    assert "<figcaption>総事業費の見積もり（単位：億円）。単位ごとに" in page
    assert 'aria-label="参照箇所1aに戻る（わかっていること）"' in page
    assert 'aria-label="この箇所へのリンク：防衛省（費用、2026年2月14日）"' in page


def test_a_japanese_paragraph_written_a_sentence_a_line_reads_without_spaces_between_them(fixture_site):
    """The Japanese summary, one sentence a line of a `>` block, showed "発表した。[1] 国は": YAML joins the lines
    with a space, which Japanese writing has none of (Chromium does not drop it, as CSS asks). The break goes, after a
    marker too; the home page's and the link previews' description read as one run."""
    site = fixture_site("newuser_26")
    page = read(site, "kitaura-base/index.html")
    summary = page.split('<h2 id="summary-title">わかっていること</h2>\n')[1].split("</p>")[0]
    assert re.search(r'発表した。<a [^>]*>\[1\]</a>国は2月20日', summary) and "\n" not in summary
    assert '<meta name="description" content="沖浜県の宮里和子知事は2026年2月14日、北浦沖の埋め立て工事の設計変更を承認しないと' \
           '発表した。国は2月20日' in page
    cite = lambda key, env: f'<a class="ref" href="#{key}">[1]</a>'  # noqa: E731
    assert render_prose(parse_prose("It rose.[^a]\nIt fell."), cite) == '<p>It rose.<a class="ref" href="#a">[1]</a>\nIt fell.</p>\n'
    assert render_prose(parse_prose("上がった。[^a]\n下がった。\n　A社は"), cite) == (
        '<p>上がった。<a class="ref" href="#a">[1]</a>下がった。　A社は</p>\n')  # a full-width space as typed


@pytest.mark.parametrize("path", ["index.html", "kitaura-base/index.html", "feed.html", "404.html",
                                  "sources/report1.html"])
def test_no_page_of_a_japanese_site_puts_latin_punctuation_or_a_space_between_its_words(fixture_site, path):
    """Every page of the Japanese site, as seen and as a screen reader names its links: no Latin full stop after a
    Japanese word, no ASCII bracket, and no space after a full-width colon ("誤り： 総事業費", "データ： 解説")."""
    page = body(read(fixture_site("newuser_26"), path))
    words = [seen(text) for text in re.findall(r">([^<]+)<", page)] + re.findall(r'aria-label="([^"]*)"', page)
    cjk = "\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef"
    for text in words:
        assert not re.search(f"[{cjk}]\\. ?|[()]|[：、。] ", text), text
    assert not re.search("[：。] <", page.replace("\n", ""))  # a space between a label and what follows it


def test_a_timeline_events_day_and_month_are_given_once_in_any_language(fixture_site):
    """Where an event's `when` gives its day and month without the year ("2月16日", "18 mars", "5 Nisan"), the page
    wrote the whole date after it: "2月16日 2026年2月16日". The `when` is now the <time> itself, as a whole date was."""
    cases = {"newuser_26": ("kitaura-base", "2026-02-16", "2月16日"), "newuser15-lait": ("lait-ouest", "2026-03-18",
             "18 mars"), "newuser_25": ("karacam-secimi", "2026-04-05", "5 Nisan")}
    for name, (slug, date, when) in cases.items():
        page = read(fixture_site(name), f"{slug}/index.html")
        assert f'<p class="when"><strong><time datetime="{date}">{when}</time></strong></p>' in page
        assert len(re.findall(f'<time datetime="{date}">', page.split('id="timeline"')[1].split("</section>")[0])) == 1


@pytest.fixture(scope="module")
def locales():
    found = {}
    for name in ("newuser_26", "newuser_25", "newuser_22"):
        labels, problems = load_locales(FIXTURES / name)
        assert not problems
        found.update(labels)
    return found


@pytest.mark.parametrize("language, when, date, says", [
    ("ja", "2月16日", "2026-02-16", True),
    ("ja", "12月16日", "2026-02-16", False),  # another month that ends alike
    ("ja", "2月26日", "2026-02-16", False),
    ("fr", "le 18 mars", "2026-03-18", True),
    ("fr", "1er mars", "2026-03-01", True),
    ("fr", "le 18 mai", "2026-03-18", False),
    ("en", "Marching on 18", "2026-03-18", False),  # a month's name only inside a longer word
    ("tr", "3 Nisan Cuma", "2026-04-03", True),
    ("tr", "13 Nisan", "2026-04-03", False),
    ("ru", "2 марта", "2026-03-02", True),  # a declined form of the month
    ("en", "Thursday night", "2026-02-26", False),
])
def test_a_when_says_its_day_only_where_it_names_that_day_and_its_month(locales, language, when, date, says):
    assert says_day(when, date, locales[language]) is says


def test_an_urdu_page_numbers_its_notes_and_lists_in_its_own_digits(fixture_site):
    """The Urdu locale writes figures and dates in ۰ to ۹, but its markers read "[1]" and "حاشیہ 1", its notes, log
    and briefings were listed 1, 2, 3, and a source page counted "13" passages cited; its labels ended with a Latin
    ".", where Urdu writes "۔". All are now in Urdu's own, the lists by the CSS counter style of its digits."""
    site = fixture_site("newuser_24")
    slug = next(path.parent.name for path in site.glob("*/index.html") if path.parent.name not in ("sources",))
    page = read(site, f"{slug}/index.html")
    assert '<html lang="ur" dir="rtl" class="digits-persian">' in page
    assert 'class="ref" aria-label="حاشیہ ۱">[۱]</a>' in page and not re.search(r'class="ref"[^>]*>\[[0-9]', page)
    assert 'aria-label="حوالہ ۱ پر واپس"' in page
    assert "<strong>غیر تصدیق شدہ اعداد۔</strong> " in page
    assert "حوالہ دیے گئے اقتباسات: ۱۳</p>" in read(site, "sources/report-0310.html")
    assert "«سندھ اور پنجاب میں پانی کی تقسیم کا تنازع» میں حاشیہ ۱ پر واپس" in read(site, "sources/report-0310.html")
    assert ":where(.digits-persian) ol{list-style-type:persian}" in STYLE
    english = read(fixture_site("merger"), "index.html")
    assert english.startswith('<!doctype html>\n<html lang="en" dir="ltr">\n')  # 0 to 9: no counter style named


def test_the_feed_page_names_each_link_in_the_languages_of_its_parts(fixture_site):
    """The English site's feed page named a French summary's link "L'Autorité ouvre une enquête. (Update: La fusion
    ..., 12 May 2026)" in one aria-label marked French: its English words read with French sounds (or, unmarked, the
    French ones with English sounds). The link's words are now its name, the summary and the title each marked French,
    "Update" and the date in the page's English, the part that tells it apart for screen readers alone."""
    page = read(fixture_site("merger"), "feed.html")
    assert ('<p><a href="fusion-laiteries/#update-2026-05-12-1"><span lang="fr">L&#39;Autorité ouvre une enquête.'
            '</span><span class="visually-hidden"> (Update: <span lang="fr">La fusion de la Laiterie du Nord et de la '
            'Fromagerie Belval</span>, 12 May 2026)</span></a></p>') in page
    assert 'href="grocer-merger/#update-2026-05-05-1">Added the commission&#39;s ruling.<span class="visually-hidden">' \
           ' (Update: The Northmart and Valefresh merger, 5 May 2026)</span></a>' in page  # its own language: no mark
    assert "aria-label" not in page.split('<ol class="feed-entries">')[1].split("</ol>")[0]  # the entries' links
    japanese = read(fixture_site("newuser_26"), "feed.html")
    assert ('>誤り：総事業費を約9300億円と現在の見通しとして記していた。訂正後：総事業費の見通しは約1兆200億円に引き上げられた。'
            '<span class="visually-hidden">（訂正：北浦沖埋め立てを巡る沖浜県と国の対立、2026年3月2日）</span></a>') in japanese


def test_a_corrections_link_on_the_home_page_marks_its_briefings_title_with_its_language(fixture_site):
    """The home page named a correction's link "Correction (title)" in one aria-label, the title unmarked: a French
    or Arabic briefing's title on an English home page was read in English. The title is now in the link's words,
    for screen readers alone, marked with the briefing's language."""
    page = read(fixture_site("newuser_26"), "index.html")
    assert ('<a href="kitaura-base/#update-2026-03-02-2">訂正<span class="visually-hidden">（<span lang="ja">'
            '北浦沖埋め立てを巡る沖浜県と国の対立</span>）</span></a>') in page
    assert 'aria-label="訂正' not in page


def test_a_project_locale_names_its_own_punctuation_and_a_wrong_one_is_one_line(tmp_path):
    """A locale may give its own `full_stop`, `space` and `brackets` (a Japanese desk preferring "［］" for its
    asides); brackets that are not an opening and a closing one are refused with the file, the line and what to
    write, in a locale or a briefing's `labels`."""
    root = build_fixture("newuser_26", tmp_path / "desk").parent
    locale = root / "locales" / "ja.yaml"
    locale.write_text(locale.read_text(encoding="utf-8") + 'brackets: "［］"\n', encoding="utf-8")
    assert run_build(root).code == 0
    assert '総事業費<span class="unit">［億円］</span>' in read(root / "site", "kitaura-base/index.html")
    locale.write_text(locale.read_text(encoding="utf-8").replace('brackets: "［］"', 'brackets: "("'), encoding="utf-8")
    result = run_build(root)
    line = locale.read_text(encoding="utf-8").splitlines().index('brackets: "("') + 1
    assert result.code == 1 and "Traceback" not in result.err
    assert (f"locales/ja.yaml:{line}: label 'brackets' has the wrong shape (write the opening and the closing bracket, "
            'as "()" or "（）")') in result.err
    shutil.copy(FIXTURES / "newuser_26" / "locales" / "ja.yaml", locale)
    briefing = root / "content" / "kitaura-base" / "briefing.yaml"
    text = briefing.read_text(encoding="utf-8")
    assert "\nlabels:" not in text
    briefing.write_text(text + "labels:\n  brackets: \"<<<\"\n", encoding="utf-8")
    result = run_build(root)
    assert result.code == 1 and "`labels`: label 'brackets' has the wrong shape" in result.err


def test_a_notes_topic_is_capitalised_as_its_language_does_and_the_rest_left_as_written(locales):
    """Jinja's `capitalize` lowered all but the first letter ("NATO bases" became "Nato bases") and knew no Turkish:
    "ilçe" became "Ilçe", where Turkish writes "İlçe"."""
    assert locales["tr"].capitalised("ilçe sınırı") == "İlçe sınırı"
    assert locales["ja"].capitalised("iPS細胞") == "IPS細胞"
    assert locales["en"].capitalised("NATO bases in iraq") == "NATO bases in iraq"
    assert "| capitalize" not in (REPO / "templates" / "_comparisons.html").read_text(encoding="utf-8")


def test_quotation_marks_and_italics_follow_the_language_of_the_words(fixture_site):
    """A quotation was marked “…” in German, Spanish, Arabic and Urdu alike, and slanted in Japanese and Arabic,
    scripts that have no italics (the browser slants their letters). The marks are now CLDR's for each language, and
    a quotation in those scripts stands upright."""
    assert ':lang(de) q{quotes:"\\201E" "\\201C" "\\201A" "\\2018"}' in STYLE
    assert ':lang(es) q{quotes:"\\00AB" "\\00BB" "\\201C" "\\201D"}' in STYLE
    assert ':lang(ar) q,:lang(ur) q,:lang(fa) q{quotes:"\\201D" "\\201C" "\\2019" "\\2018"}' in STYLE
    assert re.search(r":is\(q,blockquote\):is\([^)]*:lang\(ja\)[^{]*:lang\(ar\)[^{]*\{font-style:normal\}", STYLE)


@pytest.mark.browser
@pytest.mark.slow  # seconds: started early, so no worker runs it alone at the end
def test_a_reader_in_chromium_meets_the_japanese_and_french_pages_as_written(tab, fixture_site):
    """In Chromium, at a phone's 360 px and a desktop's 1280 px: no page of the Japanese site is wider than the
    screen; a quotation in it stands upright in 「」; the feed page's links are named by their words, the part that
    tells them apart unseen (one pixel) and marked French where it is. One tab, the one the browser tests in a row
    keep, goes from page to page at each width in turn, as a reader does (a fresh browser context for each page was
    half the test's time)."""
    japanese, merger = fixture_site("newuser_26"), fixture_site("merger")
    page, traffic = tab("about:blank", viewport={"width": 320, "height": 640})
    with serve(japanese) as japanese_url:  # at the server's root, where 404.html's addresses lead
        for width in (360, 1280):
            page.set_viewport_size({"width": width, "height": 800})
            for path in ("index.html", "kitaura-base/index.html", "feed.html", "sources/report1.html", "404.html"):
                page.goto(japanese_url + path, wait_until="load")
                assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), (width, path)
                if path == "kitaura-base/index.html":
                    quote = page.eval_on_selector("#quote-governor q", "q => [getComputedStyle(q).fontStyle, "
                                                  "getComputedStyle(q).quotes]")
                    assert quote == ["normal", '"「" "」" "『" "』"']
                assert not traffic.failed and not traffic.console_errors, (width, path)
    with serve(merger) as merger_url:
        page.set_viewport_size({"width": 360, "height": 800})
        page.goto(merger_url + "feed.html", wait_until="load")
        link = page.locator('a[href="fusion-laiteries/#update-2026-05-12-1"]')
        assert link.get_attribute("aria-label") is None
        name = page.evaluate("link => link.textContent", link.element_handle())
        assert name == ("L'Autorité ouvre une enquête. (Update: La fusion de la Laiterie du Nord et de la Fromagerie "
                        "Belval, 12 May 2026)")
        assert page.get_by_role("link", name=name).count() == 1  # Chromium's accessible name: the words, hidden too
        hidden = link.locator(".visually-hidden")
        box = hidden.bounding_box()
        assert box is not None and box["width"] <= 1 and box["height"] <= 1
        assert hidden.locator("span").get_attribute("lang") == "fr"
        assert not traffic.failed and not traffic.console_errors
