"""The live preview as an editor uses it all day: saves written in pieces, fixes, the same mistake saved twice.

Each test runs a real `build.py serve` on a private copy of the project and waits on what it
prints (each build prints a line), never on a timer.
"""

from __future__ import annotations

import time

import pytest

from test_serve import BRIEFING_PAGE, BROKEN_TITLE, SLUG, fetch, page_shows, serving, set_title

from explainer import serve

WRITER_PAUSE_S = 0.04  # a slow in-place save: the file truncated, its text written a moment later


def briefing(root):
    return root / "content" / SLUG / "briefing.yaml"


def failed_lines(server) -> list[str]:
    return [line for line in server.lines if ": failed with " in line]


def test_a_save_written_in_pieces_never_shows_the_half_written_file(project):
    """An editor that truncates the file and then writes it (or a sync tool, or a checkout of several
    files) was built in between: the empty file's error page and its problems were shown, then the site."""
    path = briefing(project)
    text = path.read_text(encoding="utf-8").replace("title: ", "title: Written in two pieces # ", 1)
    with serving(project) as server:
        started = time.monotonic()
        with path.open("w", encoding="utf-8") as file:  # truncates: the watcher sees an empty file
            file.flush()
            time.sleep(WRITER_PAUSE_S)  # the writer's own pace, not a wait on the server
            file.write(text)
        if time.monotonic() - started > serve.FAILURE_SETTLE_S / 2:
            pytest.skip("the writer itself was held up longer than the server waits for a save to settle")
        server.wait_until(page_shows(server, "Written in two pieces", BRIEFING_PAGE), "the whole save is served")
        assert failed_lines(server) == [], server.output


def test_a_mistake_still_shows_once_the_files_are_quiet(project):
    with serving(project) as server:
        set_title(project, BROKEN_TITLE)
        server.wait_until(lambda: failed_lines(server), "the failure is reported")
        status, body = fetch(server.url + BRIEFING_PAGE)
        assert status == 500 and f"content/{SLUG}/briefing.yaml:2:" in body


def test_a_fix_that_brings_back_the_last_good_site_says_it_is_fixed(project):
    """The fix changes no file of the last good build: "no change" alone read as if the save were not taken in."""
    path = briefing(project)
    good = path.read_text(encoding="utf-8")
    with serving(project) as server:
        set_title(project, BROKEN_TITLE)
        server.wait_until(lambda: failed_lines(server), "the failure is reported")
        path.write_text(good, encoding="utf-8")
        server.wait_until(lambda: any(": fixed; the site is as it was before the error" in line
                                      for line in server.lines), "the server says the site is back")
        assert fetch(server.url + BRIEFING_PAGE)[0] == 200
        assert not server.lines[-1].endswith("no change"), server.output


def test_the_same_problems_saved_again_are_not_listed_again(project):
    path = briefing(project)
    with serving(project) as server:
        set_title(project, BROKEN_TITLE)
        server.wait_until(lambda: failed_lines(server), "the failure is reported")
        path.write_bytes(path.read_bytes())  # saved again, unchanged
        server.wait_until(lambda: any("still failing with the same 1 problem, shown in the browser" in line
                                      for line in server.lines), "the second build is reported")
        errors = [line for line in server.lines if line.startswith("error: ")]
        assert len(errors) == 1 and errors[0].startswith(f"error: content/{SLUG}/briefing.yaml:2: "), server.output
        assert fetch(server.url + BRIEFING_PAGE)[0] == 500
