"""The browser tests' Chromium runs without the parts of its unseen window that cost CPU on every page it loads (the
preloaded omnibox popup, a WebUI page in a renderer of its own, in Chromium 149; 150 no longer preloads it), and still
without every feature playwright turns off.
"""

from __future__ import annotations

import os
import re

import pytest

from browser_support import CHROMIUM, UNSEEN_WINDOW_FEATURES, launched_chromium, playwright_disabled_features
from cpu_time import child_pids

pytestmark = pytest.mark.browser


def browser_command_line() -> list[str]:
    """Return the arguments of the Chromium browser process this process started last (through playwright's
    driver): one closed just before may not have ended yet."""
    pending, found = [os.getpid()], []
    while pending:
        pid = pending.pop()
        pending += child_pids(pid)
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline, open(f"/proc/{pid}/stat", "rb") as stat:
                arguments = cmdline.read().decode().split("\0")
                started = int(stat.read().rsplit(b")", 1)[1].split()[19])  # its start time, in clock ticks
        except OSError:
            continue
        if arguments[0].endswith("/chromium") and not any(a.startswith("--type=") for a in arguments):
            found.append((started, pid, arguments))
    assert found
    return max(found)[2]


def turned_off(arguments: list[str]) -> set[str]:
    """Return the features Chromium turns off: those of the last --disable-features, the only one it reads."""
    lists = [argument.removeprefix("--disable-features=") for argument in arguments
             if argument.startswith("--disable-features=")]
    return set(filter(None, lists[-1].split(","))) if lists else set()


def window_pages(browser) -> list[str]:
    """Return the pages of the window's own (its WebUI), once a page of a site is open in it."""
    browser.new_page().set_content("<p>A page loads as before.</p>")
    session = browser.new_browser_cdp_session()
    try:
        return [target["url"] for target in session.send("Target.getTargets")["targetInfos"]
                if target["type"] == "browser_ui"]
    finally:
        session.detach()


def test_our_chromium_turns_off_what_playwright_does_and_the_unseen_windows_omnibox_popup():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:  # playwright's own launch, as it is without our list
        plain = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            playwrights_own = turned_off(browser_command_line())
            plain_window = window_pages(plain)
        finally:
            plain.close()
    read = playwright_disabled_features()
    running = launched_chromium("this test reads the flags the browser tests launch Chromium with")
    ours = next(running)
    try:
        if read is None:  # a playwright whose driver keeps its list otherwise: its own list stands, whole
            assert turned_off(browser_command_line()) == playwrights_own
            return
        assert playwrights_own == set(read)  # the list we read is the one playwright gives
        assert turned_off(browser_command_line()) == playwrights_own | set(UNSEEN_WINDOW_FEATURES)
        # Chromium 149 preloaded the omnibox popup in the plain window, and the features turn it off; Chromium 150
        # preloads none. Either way our window holds no WebUI page of its own.
        assert all(re.match(r"chrome://omnibox-popup", url) for url in plain_window)
        assert window_pages(ours) == []
        assert ours.contexts[0].pages[0].text_content("p") == "A page loads as before."
    finally:
        running.close()
