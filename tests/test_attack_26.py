"""Round twenty-six of attacks on files, signals and sockets: costs at the limits, round two.

Round 25 looked for a quote only in the blocks of a long seed holding all of its words, but a quote made only of
words every block holds ("of the town") was still looked for through all of them, its prefix's words unused: 1,000
citations of it prefixed by a rare "gauge N" in a seed of 4 MB took 2.1 s of CPU (10,000, 36 s; a 32 MiB seed,
minutes), now 0.3 s; a prefix and quote made only of common words took 3.2 s, and a quote of common words in an order
the seed never has 1.5 s, now 0.7 and 0.6 s, the blocks learning which words stand side by side (medians of 5
interleaved pairs, load 12-16, cutting the blocks included). Work is counted, as in round 25, in characters looked
through, not timed.

The preview's sockets: a file was read whole into memory and held until its client took it in, so clients that stop
reading held a copy each (30 asking for a video of 30 MB, 900 MB; the cap of 1,024 connections, gigabytes): a large
file is now sent a piece at a time. What held, tried in this round and left without a test of its own: `%2e%2e`,
`..%2f`, `..%5c`, a backslash, `//`, `%252e`, fullwidth dots (404), overlong UTF-8 `%c0%ae` and NUL (400); Host
names `localhost.`, `127.0.0.1.evil.com`, `evil` between two good requests of a pipeline (403), two Host headers or
one with `@` or a space (400); pipelined requests answered in order, a large file's included; `Range` and
`If-None-Match` on pages are ignored (200, whole; no ETag is made); `Transfer-Encoding` with `Content-Length` (400)."""

from __future__ import annotations

import random
import socket

import pytest

from test_attack_25 import FILLER, CountingText, assert_anchored_as_every_occurrence_would, source_of
from test_serve import serving
from test_serve_attack import get, port_of

from explainer import anchor, word_blocks
from explainer.anchor import NormalisedSource, anchor_quote
from explainer.model import Source
from explainer.sources import SourceText

SEED = 1_500_000
CITED = {  # quote, prefix (N: the citation's number), what anchoring says
    "rare prefix": ("of the town", "gauge N", ""),
    "common prefix": ("of the town", "rose over the town", "is in source 'big' but not with that prefix/suffix"),
    "common words in a new order": ("the town rose over the bank", "", "is not in source 'big'"),
}


def looked_through_to_anchor(quotes: int, quote: str, prefix: str) -> tuple[int, int]:
    """Return how many characters anchoring the first half and then the second half of `quotes` citations of `quote`
    (after `prefix`) looked through in a seed of 1.5 MB ending in "gauge N of the town" for every N. One seed serves
    both halves, as in test_attack_25.py."""
    tail = "".join(f"The river rose over gauge {number} of the town.\n" for number in range(quotes))
    source = source_of(FILLER * (SEED // len(FILLER)) + "\n" + tail)
    CountingText.looked = 0
    halves = []
    for number in range(quotes):
        found = anchor_quote(source, quote, prefix.replace("N", str(number)), nearest=False)
        assert (found.passage is not None) == (prefix == "gauge N"), found
        if number + 1 == quotes // 2:
            halves.append(CountingText.looked)
    return halves[0], CountingText.looked - halves[0]


@pytest.mark.parametrize("case", CITED)
def test_quotes_of_words_every_block_holds_grow_with_the_citations_not_with_them_times_the_seed(case: str):
    """The 250 citations beyond the first 250 each looked through the whole seed (375 MB); now their prefix's words,
    or the pairs of words side by side, pass over the blocks that cannot hold them: under a tenth of that."""
    quote, prefix, said = CITED[case]
    first, more = looked_through_to_anchor(500, quote, prefix)
    assert first > 0 and more < 250 * SEED // 10, more
    source = source_of(FILLER * 100)
    assert said in anchor_quote(source, quote, prefix.replace("N", "1"), nearest=False).message


def test_a_quote_looked_for_among_blocks_and_pairs_anchors_as_looked_for_through_the_whole_seed(monkeypatch):
    """Whatever the text, the quote and its prefix (common words, words cut at either end, punctuation, digits,
    underscores, Japanese, Arabic), a source whose blocks know their words and pairs anchors (or refuses, in the same
    words) as one looked through whole."""
    monkeypatch.setattr(anchor, "INDEX_AFTER_LOOKS", 0)
    monkeypatch.setattr(anchor, "INDEXED_FROM_CHARS", 0)
    monkeypatch.setattr(word_blocks, "BLOCK_CHARS", 8 * 1024)  # many blocks, many edges between them
    monkeypatch.setattr(word_blocks, "WIDE_LOOKS_BEFORE_PAIRS", 0)
    rng = random.Random(26)
    words = ["river", "rose", "3", "metres", "on", "the", "town's", "snake_case", "(bank)", "“said”", "極めて",
             "遺憾", "بانک", "مرکزی", "rise", "ise", "Gauge-7", "--", "a", "of", "town"]
    text = " ".join((rng.choice(words) if number % 11 else f"gauge{number}") + rng.choice(["", "", ",", ".", "\n"])
                    for number in range(20_000))
    plain = NormalisedSource(SourceText(Source(id="s", file="", title="", publisher="", date="unknown"), text))
    blocked = NormalisedSource(SourceText(Source(id="s", file="", title="", publisher="", date="unknown"), text))
    for number in range(240):
        start = rng.randrange(len(text) - 200)
        quote, prefix = text[start:start + rng.randrange(1, 60)], text[max(0, start - rng.randrange(1, 30)):start]
        if number % 3 == 0:
            quote = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 5)))
        if number % 4 == 0:
            prefix = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 4)))
        plain.looks = 0  # never cut into blocks
        expected = anchor_quote(plain, quote, prefix, nearest=False)
        assert anchor_quote(blocked, quote, prefix, nearest=False) == expected, (quote, prefix)
        assert_anchored_as_every_occurrence_would(plain, quote, prefix, expected)
    assert blocked.blocks is not None and blocked.blocks.pairs is not None
    for start in blocked.blocks.starts[1:]:  # a prefix in one block and its quote in the next
        quote, prefix = blocked.text[start + 1:start + 20], blocked.text[start - 25:start + 1]
        plain.looks = 0
        expected = anchor_quote(plain, quote, prefix, nearest=False)
        assert anchor_quote(blocked, quote, prefix, nearest=False) == expected, (quote, prefix)


LARGE = 32 * 1024 * 1024  # a video as large as static/ may hold
STALLED = 8


def resident_bytes(pid: int) -> int:
    """Return the memory a process holds (its resident set)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))


def test_clients_that_stop_reading_a_large_file_hold_a_piece_of_it_each_not_all_of_it(project):
    """A file was read whole and held until its client took it in or was closed a minute later: 30 connections asking
    for a video of 30 MB and reading none of it held 900 MB of the preview's memory (1,024 connections, gigabytes).
    Now a large file is sent a piece at a time, each once the last has gone."""
    with serving(project) as server:
        with (project / "site" / "big.bin").open("wb") as sparse:
            sparse.truncate(LARGE)
        before = resident_bytes(server.process.pid)
        stalled = []
        try:
            for _ in range(STALLED):
                client = socket.socket()
                stalled.append(client)
                client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                client.connect(("127.0.0.1", port_of(server.url)))
                client.sendall(b"GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                assert client.recv(12) == b"HTTP/1.1 200"  # the server has started to answer: what it holds, it holds
            grown = resident_bytes(server.process.pid) - before
        finally:
            for client in stalled:
                client.close()
        assert grown < STALLED * LARGE // 4, grown
        status, headers, body = get(server.url, "/big.bin")  # a client that reads gets it whole
        assert (status, headers["Content-Length"], body) == (200, str(LARGE), bytes(LARGE))
        assert "Traceback" not in server.output
