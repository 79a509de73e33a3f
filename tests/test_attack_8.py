"""Round eight of attacks on files, signals and sockets: what the preview prints of a hostile request, a briefing
folder renamed while its page is open, and `new` given a title the build would refuse.

The server tests run a real `build.py serve` on a private copy of the project and a free port, and wait on
what it prints or serves, never on a fixed sleep.
"""

from __future__ import annotations

import shutil
import socket

from explainer.moves import follow
from test_serve import BRIEFING_PAGE, SLUG, SOON, page, browser, serving, wait_for_live_reload  # noqa: F401 (fixtures)
from test_serve_attack import get, port_of


def send_raw(url: str, request: bytes) -> bytes:
    """Send `request` to the server as bytes and return the start of its answer."""
    with socket.create_connection(("127.0.0.1", port_of(url)), timeout=10) as connection:
        connection.sendall(request)
        return connection.recv(100)


def test_a_request_lines_control_characters_reach_the_terminal_escaped(project):
    # A URL that is not UTF-8 after unquoting makes tornado warn, quoting the request line as sent:
    # here with the terminal's 8-bit CSI and OSC controls (OSC 52 writes the clipboard in some terminals).
    hostile = b"GET /%c0%ae\x9b31mFORGED\x9d52;c;cHduZWQ=\x9c HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    with serving(project) as server:
        assert send_raw(server.url, hostile).startswith(b"HTTP/1.1 400 ")
        server.wait_until(lambda: "FORGED" in server.output, "the server warns about the request")
        warning = next(line for line in server.lines if "FORGED" in line)
        assert "\x9b" not in warning and "\x9d" not in warning and "\x9c" not in warning
        assert "\\x9b31mFORGED\\x9d52;c;cHduZWQ=\\x9c" in warning


# --- a briefing folder renamed while its page is open ------------------------------------------

def test_the_open_page_of_a_renamed_briefing_follows_it_to_its_new_address(project, page):
    with serving(project) as server:
        page.goto(server.url + BRIEFING_PAGE + "#notes")
        wait_for_live_reload(page, server)
        title = page.locator("h1").first.inner_text()
        (project / "content" / SLUG).rename(project / "content" / "border-war")  # as `mv` and `git mv` do
        page.wait_for_url(server.url + "border-war/#notes", timeout=SOON * 1000)
        assert page.locator("h1").first.inner_text() == title
        assert server.alive(), server.output


def served_at(server, old: str) -> tuple[int, str]:
    """Return the status of a request for `old` and where it was sent."""
    status, headers, _ = get(server.url, old)
    return status, headers.get("Location", "")


def test_a_renamed_briefings_old_addresses_lead_to_its_latest_name_until_the_name_is_taken_again(project):
    content = project / "content"
    with serving(project) as server:
        def rebuilt(folder: str) -> None:
            server.wait_until(lambda: get(server.url, f"/{folder}/")[0] == 200, f"{folder}/ is built")

        (content / SLUG).rename(content / "border-war")
        rebuilt("border-war")
        assert served_at(server, f"/{SLUG}/") == (302, "/border-war/")
        assert served_at(server, f"/{SLUG}/data/briefing.json") == (302, "/border-war/data/briefing.json")
        assert served_at(server, f"/{SLUG}") == (302, "/border-war")  # then, as any folder, to its `/`
        (content / "border-war").rename(content / "war-2026")  # renamed again: every old name leads to the latest
        rebuilt("war-2026")
        assert served_at(server, f"/{SLUG}/") == (302, "/war-2026/")
        assert served_at(server, "/border-war/") == (302, "/war-2026/")
        assert get(server.url, "/never-a-briefing/")[0] == 404
        shutil.copytree(content / "war-2026", content / "border-war")  # a briefing of that name again: its own page
        rebuilt("border-war")
        assert get(server.url, "/border-war/")[0] == 200
        shutil.rmtree(content / "border-war")
        server.wait_until(lambda: get(server.url, "/border-war/")[0] == 404, "border-war/ is gone")
        assert served_at(server, f"/{SLUG}/") == (302, "/war-2026/")


def test_a_renamed_folder_is_followed_only_from_a_name_that_went_to_one_that_came():
    before = {"a": (1, 10), "b": (1, 11), "c": (1, 12)}
    # b and c swapped names: both addresses still stand; a copied to d and deleted is no rename (another inode).
    assert follow({}, before, {"b": (1, 12), "c": (1, 11), "d": (1, 13)}) == {}
    assert follow({}, before, {"b": (1, 11), "c": (1, 12), "e": (1, 10)}) == {"a": "e"}
    # a briefing renamed to e, then deleted: its old address leads nowhere
    assert follow({"a": "e"}, {"e": (1, 10)}, {}) == {}
