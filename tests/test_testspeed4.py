"""The test suite's own speed mechanisms: one Chromium for the browser tests in a row (closed before any other test), a
tab kept for each set of context options and handed on as a fresh one, the fixture microsites built once per test
process, and the order that starts the long tests first."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

import browser_support
from browser_support import KeptChromium, serve
from conftest import KEPT_CHROMIUM, longest_first, pytest_runtest_teardown


class Item(SimpleNamespace):
    """A collected test as the ordering reads it: its name and its markers."""

    def get_closest_marker(self, name: str):
        return name if name in self.markers else None


def collected(count: int, prefix: str, *markers: str) -> list[Item]:
    return [Item(name=f"{prefix}{n}", markers=set(markers)) for n in range(count)]


def names(items: list[Item]) -> list[str]:
    return [item.name for item in items]


def test_each_workers_first_run_starts_with_its_browser_tests_in_a_row_slow_ones_first_then_its_slow_tests():
    items = (collected(20, "plain") + collected(3, "browser", "browser") + collected(2, "slow", "slow")
             + collected(2, "slow-browser", "browser", "slow") + collected(20, "more"))
    order = longest_first(items, workers=2)
    assert sorted(names(order)) == sorted(names(items))
    first_run = len(items) // 2 // 4  # 5: what xdist hands each of two workers first
    assert names(order[:first_run]) == ["slow-browser0", "browser0", "browser2", "slow0", "plain0"]
    assert names(order[first_run:2 * first_run]) == ["slow-browser1", "browser1", "slow1", "plain1", "plain2"]
    assert names(order[2 * first_run:]) == [f"plain{n}" for n in range(3, 20)] + [f"more{n}" for n in range(20)]


def test_a_share_longer_than_a_first_run_is_handed_out_next_and_one_process_runs_browser_then_slow_tests_first():
    items = collected(9, "browser", "browser") + collected(3, "plain") + collected(1, "slow", "slow")
    order = longest_first(items, workers=2)
    first_run = 2  # at least two each, as xdist reckons it
    assert names(order[:2 * first_run]) == ["browser0", "browser2", "browser1", "browser3"]
    assert names(order[2 * first_run:]) == ["browser4", "browser6", "browser8", "browser5", "browser7", "slow0",
                                            "plain0", "plain1", "plain2"]
    assert names(longest_first(items, workers=1)) == names(items[:9] + items[12:] + items[9:12])


class Recorder:
    closed = 0

    def close(self) -> None:
        self.closed += 1


@pytest.mark.parametrize("next_fixtures, closes", [
    (["chromium", "kept_chromium", "site_url"], 0),  # the next test shares it
    (["chromium", "site_url"], 1),  # a module's own Chromium: a second playwright would fail to start
    (["tmp_path"], 1),
    (None, 1)])  # the last test
def test_the_kept_chromium_is_closed_after_the_last_browser_test_in_a_row(next_fixtures, closes):
    kept = Recorder()
    item = SimpleNamespace(config=SimpleNamespace(stash={KEPT_CHROMIUM: kept}))
    nextitem = None if next_fixtures is None else SimpleNamespace(fixturenames=next_fixtures)
    pytest_runtest_teardown(item, nextitem)
    assert kept.closed == closes


@pytest.mark.parametrize("ci, outcome", [("true", pytest.fail.Exception), ("", pytest.skip.Exception)])
def test_without_chromium_the_kept_one_fails_in_ci_and_skips_elsewhere(monkeypatch, tmp_path, ci, outcome):
    monkeypatch.setattr(browser_support, "CHROMIUM", str(tmp_path / "no-chromium"))
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="no-chromium is not installed"):
        KeptChromium().browser("the browser tests drive Debian's Chromium")


# A page that leaves behind what a tab may keep from one test to the next: sessionStorage, a script's state, a hovered
# element at the top left, and what it says of its media and width.
LEAVING = """<!doctype html><title>t</title><style>body, p { margin: 0 } p { height: 100px }</style><p id="top">top</p>
<script>sessionStorage.setItem("left", (sessionStorage.getItem("left") || "") + "x"); window.ran = (window.ran || 0) + 1
</script>"""
STATE = """() => [sessionStorage.getItem("left"), window.ran, innerWidth, matchMedia("print").matches,
    matchMedia("(prefers-color-scheme: dark)").matches, matchMedia("(forced-colors: active)").matches,
    document.querySelectorAll("p:hover").length]"""


@pytest.mark.browser
def test_a_kept_tab_is_handed_to_the_next_test_as_a_fresh_one_would_be(tmp_path, kept_chromium):
    """What a test did in its tab (media, width, storage, listeners, the mouse) is gone for the next test that asks for
    a tab with the same context options; one with other options, or whose context a test closed, is another tab. It
    uses the test process's KeptChromium, already running among the browser tests in a row (a launch of its own was
    a second of the suite's time); conftest.py closes it after the row."""
    (tmp_path / "page.html").write_text(LEAVING)
    kept = kept_chromium
    why = "the browser tests drive Debian's Chromium"
    if True:
        with serve(tmp_path) as url:
            page, traffic = kept.tab(why, url + "page.html", viewport={"width": 320, "height": 640})
            fresh = page.evaluate(STATE)
            assert fresh == ["x", 1, 320, False, False, False, 0]
            page.emulate_media(media="print", color_scheme="dark", forced_colors="active")
            page.set_viewport_size({"width": 900, "height": 640})
            page.mouse.move(5, 50)
            assert page.evaluate(STATE) == ["x", 1, 900, True, True, True, 1]
            assert kept.is_kept(page.context)
            heard = len(traffic.requests)
            again, _ = kept.tab(why, url + "page.html#top", viewport={"width": 320, "height": 640})  # only a #fragment
            assert again is page and again.evaluate(STATE) == fresh
            assert len(traffic.requests) == heard, "the last test's listeners heard the next test's page"
            dark, _ = kept.tab(why, url + "page.html", viewport={"width": 320, "height": 640}, color_scheme="dark")
            assert dark is not page and dark.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
            dark.emulate_media(color_scheme="light")
            assert kept.tab(why, url + "page.html", viewport={"width": 320, "height": 640}, color_scheme="dark")[0] \
                .evaluate("matchMedia('(prefers-color-scheme: dark)').matches"), "its context's scheme, not light"
            page.context.close()
            anew, _ = kept.tab(why, url + "page.html", viewport={"width": 320, "height": 640})
            assert anew is not page and anew.evaluate(STATE) == fresh


async def nothing() -> str:
    return "ran"


@pytest.mark.browser  # after the kept-tab test: its own Chromium closes the kept one, which the next test relaunches
def test_the_kept_chromium_is_launched_once_relaunched_after_a_crash_and_closed_for_an_event_loop_of_a_test():
    kept = KeptChromium()
    try:
        first = kept.browser("the browser tests drive Debian's Chromium")
        assert kept.browser("the browser tests drive Debian's Chromium") is first
        waiting = nothing()
        with pytest.raises(RuntimeError, match="running event loop"):  # why it is closed before other tests
            asyncio.run(waiting)
        waiting.close()
        first.close()  # as a crash leaves it: disconnected
        again = kept.browser("the browser tests drive Debian's Chromium")
        assert again is not first and again.is_connected()
        assert again.new_page().evaluate("1 + 1") == 2
    finally:
        kept.close()
    assert asyncio.run(nothing()) == "ran"
    kept.close()  # closing what is closed does nothing


def test_a_fixture_microsite_is_built_once_per_test_process(fixture_site):
    site = fixture_site("merger")
    assert fixture_site("merger") is site and (site / "grocer-merger" / "index.html").is_file()
    assert fixture_site("rtl") != site and (fixture_site("rtl") / "bus-routes" / "index.html").is_file()
