"""A reader of the trade briefing (tests/fixtures/newuser_32), round nineteen: "The figures disagree. Rise in
electric car prices: The Calvanian Consumers' Council gives about 7 ...; The Government of Calvania gives up to 2"
where the claims say 7% and 2%, so no reader could tell what was compared (nor in Chinese, Persian and Hindi: "辆",
"هزار میلیارد تومان", "हेक्टेयर" dropped). The line now names the measure with its unit as the cards do, and
each figure exactly as its card gives it; figures of one measure in different units are neither called
disagreeing nor revised. A screen reader heard a column's heading "Calvania imposes the duties" as a statement,
with every cell of a comparison table's column, and two notes' links alike, "Link to this: goods". The pages
are built from the fixtures and read as HTML."""

from __future__ import annotations

import html
import re

from markupsafe import Markup

from conftest import REPO
from explainer.locale import load_locales
from explainer.model import Party
from explainer.reports import mark_revisions
from explainer.topics import _disagreements
from explainer.views import ClaimView, FigureText

HIDDEN = r'<span class="visually-hidden">[^<]*</span>'


def read(site, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def disagreements(page: str) -> list[str]:
    """Return the "figures disagree" lines of a page as a reader reads them."""
    return [html.unescape(re.sub(r"<[^>]+>", "", line)) for line in re.findall(r'<p class="disagree">.*?</p>', page)]


def cards(page: str) -> list[str]:
    """Return the figures of the claims' cards as shown in bold: "about 7"."""
    return [html.unescape(figure) for figure in re.findall(r"<li(?: class=\"absent\")?><b>([^<]*)</b>", page)]


def test_the_trade_briefing_says_what_its_disagreeing_figures_count(fixture_site):
    page = read(fixture_site("newuser_32"), "steel-dispute/index.html")
    assert disagreements(page) == [
        "The figures disagree. Rise in electric car prices (%): The Government of Calvania gives up to 2 (12 February "
        "2026); The Calvanian Consumers' Council (Others quoted) gives about 7 (4 June 2026). The latest report, of 4 "
        "June 2026, gives about 7."]  # in the cards' order since tests/test_reader_28.py
    # each figure as its claim's card gives it, which a fact-checker reads against the cited passage
    assert {"about 7", "up to 2"} <= set(cards(page))


def test_other_languages_name_the_unit_in_their_own_brackets_and_digits(fixture_site):
    chinese = disagreements(read(fixture_site("newuser_28"), "ev-tariffs/index.html"))
    assert [line.split("：")[0] for line in chinese] == ["各方数字不一致。电动汽车出口减少（辆）"]
    assert "给出约15,000（2026年3月20日）" in chinese[0]
    persian = disagreements(read(fixture_site("newuser_30"), "bank-merger/index.html"))
    assert persian[0].startswith("ارقام با هم نمی‌خوانند. دارایی‌های بانک ادغام‌شده (هزار میلیارد تومان): ")
    assert "می‌گوید ۸۵۰ (۱۴ فوریه ۲۰۲۶)؛ بانک سپهر می‌گوید ۷۹۰" in persian[0]
    # a measure without a unit stands as it did
    assert persian[1].startswith("ارقام با هم نمی‌خوانند. شرکت‌کنندگان: ")
    hindi = disagreements(read(fixture_site("newuser_29"), "mahanadi-water/index.html"))
    assert hindi[0].startswith("आंकड़े अलग-अलग हैं। प्रभावित क्षेत्र (हेक्टेयर): ओडिशा का जल संसाधन विभाग")
    assert "के अनुसार लगभग 2,50,000 (14 फरवरी 2026)" in hindi[0]


def claim(claim_id: str, party: Party, date: str, *figures: FigureText) -> ClaimView:
    return ClaimView(claim_id, party.name, party, (party,), "statement", Markup(""), "claim", "Claim", "", figures,
                     (), (), date)


ENGLISH = load_locales(REPO)[0]["en"]
COUNCIL, GOVERNMENT = Party(id="council", name="Consumers' Council"), Party(id="government", name="Government")


def test_figures_of_one_measure_in_other_units_are_not_said_to_disagree():
    """7 (%) and 2,100 ($) of one rise in prices may both be true; so may 1.5 (million tonnes) and 1,500,000
    (tonnes): the line said they disagreed."""
    claims = [claim("effects-1", COUNCIL, "2026-06-04", FigureText("Rise in prices", "about 7", unit="%"),
                    FigureText("Quota", "1.5", unit="million tonnes")),
              claim("effects-2", GOVERNMENT, "2026-06-04", FigureText("rise in  prices", "2,100", unit="$"),
                    FigureText("Quota", "1,500,000", unit="tonnes"))]
    assert _disagreements(claims, ENGLISH) == ()
    # the same unit, however spaced and cased, is one unit: those figures disagree
    claims[1] = claim("effects-2", GOVERNMENT, "2026-06-04", FigureText("rise in  prices", "up to 2", unit=" % "))
    [found] = _disagreements(claims, ENGLISH)
    assert (found.measure, found.entries) == ("Rise in prices (%)", (("Consumers' Council", "about 7", "", "effects-1"),
                                                                     ("Government", "up to 2", "", "effects-2")))


def test_a_later_figure_in_another_unit_revises_nothing():
    """A party's 1,500,000 (tonnes) of February was marked "revised to 1.5" by its 1.5 (million tonnes) of June."""
    older = claim("quota-1", GOVERNMENT, "2026-02-12", FigureText("Quota", "1,500,000", unit="tonnes"))
    later = claim("quota-2", GOVERNMENT, "2026-06-04", FigureText("Quota", "1.5", unit="million tonnes"))
    assert [figure.revised for c in mark_revisions([older, later], ENGLISH) for figure in c.figures] == [None, None]
    later = claim("quota-2", GOVERNMENT, "2026-06-04", FigureText("Quota", "1,400,000", unit="Tonnes"))
    assert mark_revisions([older, later], ENGLISH)[0].figures[0].revised.text == "1,400,000"


def test_a_screen_reader_hears_a_partys_role_apart_from_its_name(fixture_site):
    page = read(fixture_site("newuser_32"), "steel-dispute/index.html")
    heard = [html.unescape(re.sub(r"<[^>]+>", "", cell))
             for cell in re.findall(r'<th scope="col"[^>]*>(.*?)</th>', page)]
    assert heard == ["Measure", "Calvania (imposes the duties)", "Doravia (exporter, retaliates)"]
    assert '<h4>Calvania <span class="role"><span class="visually-hidden">(</span>imposes the duties' in page
    # a sighted reader sees the role in its outline, unbracketed
    assert [re.sub(HIDDEN, "", role) for role in re.findall(r'<span class="role">((?:<span class="visually-hidden">[^<]*</span>|[^<])*)</span>', page)][:2] == [
        "imposes the duties", "exporter, retaliates"]


def test_two_parties_notes_on_one_topic_have_links_named_apart(fixture_site):
    page = read(fixture_site("newuser_32"), "steel-dispute/index.html")
    names = re.findall(r'href="#remark-[^"]+" aria-label="([^"]+)"', page)
    assert names == ["Link to this: goods (Calvania)", "Link to this: goods (Doravia)"]
