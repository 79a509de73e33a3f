"""A reader in Chromium, round sixteen: a keyboard reader tabbing onto the letter of a note marked as their way back,
or onto a link back from the passage arrived at, saw no focus ring (the state's own outline won over it); the ring
of a note arrived at stood 1.7:1 against the light page, a chart's range extension under 2.2:1; a French briefing's
title on the English feed page, and an English site's title on a French briefing, were read in the wrong voice.
The contrasts are computed from static/style.css itself; the browser test loads two pages."""

from __future__ import annotations

import re

import pytest

from browser_support import serve
from conftest import REPO, copy_templates, copy_tree, run_build

STYLE = (REPO / "static" / "style.css").read_text(encoding="utf-8")


def palette(scheme: str) -> dict[str, str]:
    """Return the stylesheet's colour variables in `scheme` ("light" or "dark"), as a screen shows them."""
    light, dark = STYLE.split("@media screen and (prefers-color-scheme:dark)", 1)
    colours = dict(re.findall(r"--([\w-]+):(#[0-9a-fA-F]{3,8})\b", light))
    if scheme == "dark":
        colours.update(re.findall(r"--([\w-]+):(#[0-9a-fA-F]{3,8})\b", dark.split("}}", 1)[0]))
    return colours


def luminance(colour: str) -> float:
    """Return a #rgb or #rrggbb colour's relative luminance (WCAG 2)."""
    digits = colour[1:]
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    channels = [int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    """Return the WCAG contrast ratio of two colours."""
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def declarations(selector: str) -> str:
    """Return the declarations of the stylesheet's rule for exactly `selector`."""
    found = re.search(re.escape(selector) + r"\{([^}]*)\}", STYLE)
    assert found, selector
    return found.group(1)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_ring_of_a_note_arrived_at_stands_out_from_the_page(scheme):
    """A note arrived at (and a marker come back to) is tinted and ringed; in light colours the tint stood 1.2:1
    against the page and the ring, in --target, 1.7:1: for a reader with low vision the note looked like any other.
    The ring is now in the accent, 7:1 in light colours (WCAG 1.4.11 asks 3:1 of what shows a state)."""
    colours = palette(scheme)
    ring = re.search(r"outline:\S+ solid var\(--([\w-]+)\)", declarations("li:target,.ref:target"))
    assert ring, "the note arrived at keeps its ring"
    assert contrast(colours[ring.group(1)], colours["bg"]) >= 3, ring.group(1)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_charts_range_extension_is_lined_in_a_colour_that_stands_out(scheme):
    """A figure given as a range ("12 to 15 stores") is a bar and its lighter extension, 45% of the party's colour:
    1.8 to 2.2:1 against the light page, 2.4 to 3:1 against the dark one, so the range's far end all but vanished.
    The extension is now lined in the party's own colour, each of which stands 3:1 or more in both schemes."""
    colours = palette(scheme)
    range_rule = declarations(".chart .range")
    assert "stroke:var(--party)" in range_rule and re.search(r"stroke-width:[1-9]", range_rule)
    parties = [name for name in colours if re.fullmatch(r"p\d", name)]
    assert len(parties) == 8
    for party in parties:
        assert contrast(colours[party], colours["bg"]) >= 3, party


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_text_colour_keeps_its_contrast_on_every_ground_it_is_set_on(scheme):
    """What held, computed for both schemes: the page's text colours on the page, a panel (the summary, a claim card)
    and a cited passage's tint, the arrival's dark text on its strong fill, each badge on the page; and the focus ring
    against the page, a panel and a tint (WCAG 1.4.3 asks 4.5:1 of text, 1.4.11 3:1 of a focus ring)."""
    colours = palette(scheme)
    # What each ground holds: no muted or accent words on a tint (a row arrived at darkens its muted ones)
    grounds = {"bg": ("fg", "muted", "link", "accent"), "panel": ("fg", "muted", "link", "accent"), "mark": ("fg", "link")}
    for ground, texts in grounds.items():
        for text in texts:
            assert contrast(colours[text], colours[ground]) >= 4.5, (text, ground)
        assert contrast(colours["focus"], colours[ground]) >= 3, ground
    assert contrast(colours["target-fg"], colours["target"]) >= 4.5
    for badge in ("s-claim", "s-ack", "s-denied", "s-assess", "s-reported"):
        assert contrast(colours[badge], colours["bg"]) >= 4.5, badge
    assert contrast(colours["bg"], colours["s-ruling"]) >= 4.5


def test_the_feed_page_marks_a_briefing_title_in_another_language(fixture_site):
    """The English business site's feed page headed an entry "Update: La fusion de la Laiterie du Nord ...", all of
    it in the page's English: a screen reader read the French title in an English voice. The title is now marked
    French, the entry's kind still the page's; an English briefing's heading is as it was."""
    page = (fixture_site("merger") / "feed.html").read_text(encoding="utf-8")
    headings = re.findall(r"<h2>(.*?)</h2>", page)
    assert ('<h2>Update: <span lang="fr">La fusion de la Laiterie du Nord et de la Fromagerie Belval</span> — '
            '<span lang="fr">') in page  # and its first words, French too (test_reader_21.py)
    assert "Update: The Northmart and Valefresh merger — First published." in headings
    assert all("<span" not in heading for heading in headings if "Northmart" in heading)


def test_a_briefing_in_another_language_marks_the_sites_title_in_the_sites(fixture_site):
    """A French briefing on the English business site opens with the site's name, "Lakeport business explained",
    a link home, on a page marked French: read with French sounds. It is now marked English; on the site's own
    English briefing, and on an Arabic site's Arabic briefing, it needs no mark."""
    merger = fixture_site("merger")
    french = (merger / "fusion-laiteries" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr" dir="ltr">' in french
    assert '<p class="kicker"><a href="../" lang="en" dir="ltr">Lakeport business explained</a>' in french
    english = (merger / "grocer-merger" / "index.html").read_text(encoding="utf-8")
    assert '<p class="kicker"><a href="../">Lakeport business explained</a>' in english
    arabic = (fixture_site("rtl") / "bus-routes" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<p class="kicker"><a href="\.\./">[^<]+</a>', arabic)


def test_each_sources_link_to_its_original_is_named_with_its_title(tmp_path):
    """Under the caveats a briefing lists its sources, each with "Read the original" where it has an address: the
    grain duties briefing, the sources of its library given addresses, held two links named alike and leading apart
    in a screen reader's list of links. Each is now named with its source's title too, its visible words first."""
    project = copy_tree(REPO / "tests" / "fixtures" / "newuser_22", tmp_path / "project")
    library = project / "content" / "sources.yaml"
    lines = library.read_text(encoding="utf-8").splitlines(keepends=True)
    library.write_text("".join(line + (f"    url: https://news.example/{index}\n" if line.startswith("    date:") else "")
                               for index, line in enumerate(lines)), encoding="utf-8")
    copy_templates(project)
    copy_tree(REPO / "static", project / "static")
    assert run_build(project).code == 0
    page = (project / "site" / "grain-duties" / "index.html").read_text(encoding="utf-8")
    originals = re.findall(r'<a href="(https://news\.example/\d+)" rel="noopener noreferrer" aria-label="([^"]*)">'
                           r'([^<]*)</a>', page)
    assert len(originals) == 2 and len({href for href, _, _ in originals}) == 2
    assert len({name for _, name, _ in originals}) == 2
    for _, name, words in originals:
        assert name.startswith(words) and name != words  # its visible words first (WCAG 2.5.3), then its title
    assert any(name.endswith("Сообщение агентства «Равнина», 2 марта 2026 года") for _, name, _ in originals)


def test_each_download_is_linked_with_its_type_and_size(real_site, fixture_site):
    """The footer's downloads said their format but not their size: the real briefing's JSON is 54 kB, a tenth of a
    megabyte on a metered phone connection, fetched unawares. Each link now gives its size, as the file built has it
    (in kB of 1,000 bytes, rounded, 1 at least), and its type for the browser; so does the home page's index. A
    project's own locale written before `download_size` was added (the Russian grain duties one) still builds: its
    links give no size."""
    page = (real_site / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="(data/[^"]+)" type="([^"]+)">[^<]*\((JSON|CSV)\), (\d+) kB</a>', page)
    assert [(path, kind) for path, kind, _, _ in links] == [
        ("data/briefing.json", "application/json"), ("data/comparisons.csv", "text/csv"),
        ("data/claims.csv", "text/csv")]
    for path, _, _, size in links:
        built = (real_site / "pakistan-afghanistan-war" / path).stat().st_size
        assert int(size) == max(1, round(built / 1000)), path
    assert int(links[0][3]) > 40  # the JSON holds every passage
    home = (real_site / "index.html").read_text(encoding="utf-8")
    index_size = (real_site / "data" / "briefings.json").stat().st_size
    assert (f'<a href="data/briefings.json" type="application/json">index of briefings (JSON), '
            f'{max(1, round(index_size / 1000))} kB</a>') in home
    french = (fixture_site("merger") / "fusion-laiteries" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'type="application/json">dossier et citations \(JSON\), \d+\u00a0ko</a>', french)
    russian = (fixture_site("newuser_22") / "grain-duties" / "index.html").read_text(encoding="utf-8")
    assert '<a href="data/briefing.json" type="application/json">материал и цитаты (JSON)</a>' in russian


# The focused element's outline, as drawn: style, width, colour.
OUTLINE = "() => { const style = getComputedStyle(document.activeElement); " \
          "return [style.outlineStyle, style.outlineWidth, style.outlineColor]; }"


def tab_to(page, selector: str) -> None:
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.browser
@pytest.mark.parametrize("forced", ["none", "active"])
def test_the_focus_ring_shows_over_a_letter_marked_current_and_a_link_back_from_the_arrival(tab, real_site,
                                                                                            forced):
    """Back at note 1 from its timeline marker, its letter "b" is marked current with an accent outline; a keyboard
    reader tabbing onto it saw that same outline, moved 2px out: the focus ring lost to the state's. So did a link
    back from the passage arrived at on the source page, outlined in forced colours. The focus ring now wins
    everywhere (doubled in forced colours, where both are solid lines of system colours)."""
    with serve(real_site) as url:
        page, traffic = tab(url + "pakistan-afghanistan-war/index.html",
                            viewport={"width": 390, "height": 640}, forced_colors=forced)
        page.locator("#cite-timeline-airstrikes").click()
        current = ".backlink[aria-current]"
        page.wait_for_selector(current)  # marked by the page's script once the note is arrived at, not at the click
        unfocused = page.eval_on_selector(current, "link => { const style = getComputedStyle(link); "
                                                   "return [style.outlineStyle, style.outlineWidth, style.outlineColor]; }")
        page.locator("li:target .backlink").first.focus()
        tab_to(page, current)
        assert page.evaluate("document.activeElement.matches(':focus-visible')")
        focused = page.evaluate(OUTLINE)
        assert focused != unfocused and focused[0] != "none"
        if forced == "none":
            assert focused[:2] == ["solid", "3px"] and unfocused[:2] == ["solid", "2px"]
        else:
            assert focused[0] == "double" and unfocused[0] == "solid"
        page.goto(url + "sources/report.html#passage-17-118", wait_until="load")
        tab_to(page, "mark:target + .backlinks > .backlink")
        arrival = page.evaluate(OUTLINE)
        assert arrival[0] == ("solid" if forced == "none" else "double")  # "solid" in forced colours unfocused too
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors
