"""The dev server under load while the content keeps changing (about 6 s on a quiet machine, loopback only).

200 keep-alive clients fetch pages for LOAD_SECONDS, and on until the reloads have shown
MIN_MARKERS different saves (a rebuild under this load can take over a second), while one thread saves
content/pakistan-afghanistan-war/briefing.yaml every 20-80 ms (seeded), each save with a new
marker word in the title, and one websocket client plays the open briefing page: on every reload
message it fetches that page again.

What is asserted:
- every response is whole: its body is exactly Content-Length bytes (none cut short);
- no response is a 5xx (every save is valid content, saved as editors do, by renaming);
- the page behind each reload shows a marker no older than the one before (never goes back);
- the reloads showed at least three different markers (enough rebuilds under load to compare);
- after the last save, a reload arrives whose page shows the last save's marker (the last save
  reached the page; saves made within one rebuild's time are built together, so each earlier
  save is covered by a later reload showing its marker or a newer one).
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import random
import re
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

from deadlines import waited
from test_serve import BRIEFING_PAGE, SLUG, serving

CLIENTS = 200
LOAD_SECONDS = 3.0  # some 60 saves and 20 reloads under load; longer adds time, not cases
MIN_MARKERS = 3  # different saves the reloads must show before the saves stop (enough rebuilds to compare)
GIVE_UP_S = 60.0  # past LOAD_SECONDS, how long the saves go on waiting for MIN_MARKERS: a deadline, not a pace
SAVE_GAP_MS = (20, 80)
PATHS = ("/", f"/{BRIEFING_PAGE}", "/static/style.css", "/sources/report.html", f"/{SLUG}/data/briefing.json",
         "/data/briefings.json", "/404.html")
MARKER = re.compile(r"Load probe ([a-j]+) ")
# The marker is written in letters: a title may state no figure that the briefing's passages do not give.
AS_LETTERS, AS_DIGITS = str.maketrans("0123456789", "abcdefghij"), str.maketrans("abcdefghij", "0123456789")


def save_title(root: Path, n: int) -> None:
    """Save briefing.yaml with marker `n` in its title, atomically as editors do."""
    path = root / "content" / SLUG / "briefing.yaml"
    text = re.sub(r"(?m)^title: .*$", f"title: Load probe {str(n).translate(AS_LETTERS)} word", path.read_text(encoding="utf-8"), count=1)
    scratch = root / f".save-{n}.tmp"
    scratch.write_text(text, encoding="utf-8")
    os.replace(scratch, path)


class Tally:
    """What the clients saw."""

    def __init__(self):
        self.lock = threading.Lock()
        self.responses = self.truncated = self.server_errors = 0
        self.other: list[str] = []

    def add(self, status: int, length: int, body: bytes, path: str) -> None:
        with self.lock:
            self.responses += 1
            self.truncated += len(body) != length
            self.server_errors += status >= 500
            if status != 200:
                self.other.append(f"{status} {path}")


def fetch_until(port: int, stop: threading.Event, tally: Tally, seed: int) -> None:
    """Fetch pages over one keep-alive connection until `stop` is set."""
    order = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        while not stop.is_set():
            path = order.choice(PATHS)
            connection.request("GET", path)
            response = connection.getresponse()
            try:
                body = response.read()
            except http.client.IncompleteRead as error:
                body = error.partial
                connection.close()
            tally.add(response.status, int(response.getheader("Content-Length", "-1")), body, path)
    finally:
        connection.close()


def marker_of(page: str) -> int:
    found = MARKER.search(page)
    return int(found.group(1).translate(AS_DIGITS)) if found else -1


class OpenPage:
    """A websocket client that, like an open page at `path` below the server's `url`, fetches it again on
    every reload."""

    def __init__(self, url: str, path: str):
        self.url = url
        self.path = path
        self.seen: list[tuple[float, int]] = []  # (when the reload came, the marker on the page then)
        self.saw = threading.Condition()  # notified on each page fetched after a reload
        self.ready = threading.Event()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_until_complete, args=(self.listen(),), daemon=True)
        self.thread.start()

    async def listen(self) -> None:
        origin = self.url.rstrip("/")
        self.socket = await websocket_connect(HTTPRequest(self.url.replace("http://", "ws://") + "livereload",
                                                          headers={"Origin": origin}))
        await self.socket.write_message(json.dumps({"command": "hello",
                                                    "protocols": ["http://livereload.com/protocols/official-7"]}))
        await self.socket.read_message()
        await self.socket.write_message(json.dumps({"command": "info", "url": self.url + self.path}))
        self.ready.set()
        while (message := await self.socket.read_message()) is not None:
            if json.loads(message).get("command") == "reload":
                when = time.monotonic()
                page = await asyncio.to_thread(self.page)
                with self.saw:
                    self.seen.append((when, marker_of(page)))
                    self.saw.notify_all()

    def page(self) -> str:
        port = urlsplit(self.url).port
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.request("GET", "/" + self.path)
            return connection.getresponse().read().decode("utf-8")
        finally:
            connection.close()

    def markers(self) -> set[int]:
        """Return the markers the pages fetched after reloads showed so far."""
        with self.saw:
            return {marker for _, marker in self.seen}

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.socket.close)
        self.thread.join(timeout=10)


@pytest.mark.slow
def test_200_clients_and_a_save_every_20_to_80_ms(project):
    save_title(project, 0)
    with serving(project) as server:
        port = urlsplit(server.url).port
        page = OpenPage(server.url, BRIEFING_PAGE)
        assert waited(page.ready.wait, 15), "the websocket client did not connect"  # 15 s of running time
        stop, tally = threading.Event(), Tally()
        clients = [threading.Thread(target=fetch_until, args=(port, stop, tally, n), daemon=True)
                   for n in range(CLIENTS)]
        for client in clients:
            client.start()
        gaps = random.Random(20240607)
        saves: list[float] = []
        ends = time.monotonic() + LOAD_SECONDS
        gives_up = ends + GIVE_UP_S
        # A fixed time alone gave a loaded machine two rebuilds (each took over a second under this
        # load): the saves go on until the reloads have shown enough of them to compare.
        while time.monotonic() < ends or (len(page.markers()) < MIN_MARKERS and time.monotonic() < gives_up):
            save_title(project, len(saves) + 1)
            saves.append(time.monotonic())
            stop.wait(gaps.uniform(*SAVE_GAP_MS) / 1000)
        stop.set()
        for client in clients:
            client.join(timeout=30)
        last, last_saved = len(saves), saves[-1]
        with page.saw:
            shown = waited(lambda step: page.saw.wait_for(
                lambda: any(when > last_saved and marker == last for when, marker in page.seen), step), 15)
        assert shown, f"no reload showed save {last}; last seen {page.seen[-3:]}"
        page.close()
        assert server.alive(), server.output
    print(f"\n{tally.responses} responses, {len(saves)} saves, {len(page.seen)} reloads")
    assert not any(client.is_alive() for client in clients)
    assert tally.truncated == 0, f"{tally.truncated} of {tally.responses} responses were cut short"
    assert tally.server_errors == 0, tally.other[:10]
    assert tally.responses > CLIENTS
    markers = [marker for _, marker in page.seen]
    assert markers == sorted(markers), f"a reload showed an older page: {markers}"
    assert len(set(markers)) >= MIN_MARKERS, f"too few rebuilds under load to compare: {markers}"
    assert "Traceback" not in server.output
