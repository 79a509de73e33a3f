"""Round fourteen of attacks on files, signals and sockets: a source's escape sequences and other controls, written
raw into its page (a parse error in every reader's browser, and the text after ESC shown as nothing); a seed of one
8 MB line, printed whole by `check --uncited`; `--host 0` printed as a link no browser opens; malformed live-reload
messages, each a line in the editor's terminal; commands livereload ignores, each kept for the socket's life; a commit
holding a huge file, held whole in memory (twice) by `changes --since`. (test_attack_12's second Ctrl-C and
test_attack_13's stops now start their process with the signal ignored, as tests run in the background do.)

Each test waits on the event itself (a process's end, a line printed, an answer), never on a sleep.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.serve import page_url
from test_serve import fetch, serving
from test_serve_attack import open_socket
from zygote import zygotes

# What no HTML page may hold: C0 controls but tab, line feed, form feed and carriage return; DEL; C1 controls.
HTML_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def test_a_sources_controls_show_on_its_page_as_escapes_and_its_digest_stays(built_minimal: Path):
    """A document saved from a terminal or a web page holds ESC, BEL and C1 codes: its page held them raw."""
    seed = built_minimal / "seeds" / "flood.txt"
    seed.write_text(seed.read_text() + "Gamma wrote \x1b]0;pwned\x07 and \x1b[8mhidden\x1b[0m text,\x85 \x9b\x7f then\f"
                    "went on.\n")
    assert run_build(built_minimal, "accept-source", "flood", "--force").code == 0
    assert run_build(built_minimal).code == 0
    page = (built_minimal / "site" / "sources" / "flood.html").read_text()
    assert HTML_CONTROLS.search(page) is None
    assert "Gamma wrote \\x1b]0;pwned\\x07 and \\x1b[8mhidden\\x1b[0m text,\\x85 \\x9b\\x7f then\fwent on." in page
    library = (built_minimal / "content" / "sources.yaml").read_text()
    assert hashlib.sha256(seed.read_bytes()).hexdigest() in library, "the seed is as stored, its digest too"


def test_check_uncited_cuts_a_sentence_as_long_as_a_whole_document(built_minimal: Path):
    """A document of one line with no sentence's end in it (a table or a log converted to text, 8 MB) was listed by
    `check --uncited` as one sentence, printed whole: one line of 8 MB in the editor's terminal."""
    seed = built_minimal / "seeds" / "flood.txt"
    seed.write_text(seed.read_text() + "word " * 20_000 + "\n")
    assert run_build(built_minimal, "accept-source", "flood", "--force").code == 0
    result = run_build(built_minimal, "check", "--uncited")
    assert result.code == 0 and max(len(line) for line in result.out.splitlines()) < 500
    last = result.out.splitlines()[-1]  # the source's last sentence, "The river rose again on Tuesday." and the rest
    assert last == f"  seeds/flood.txt:3: {('The river rose again on Tuesday. ' + 'word ' * 80)[:400]}… (100,032 characters)"


def test_a_flood_of_malformed_live_reload_messages_prints_a_few_lines_and_a_count(built_minimal: Path):
    """Each malformed message printed its own line: a local process sending junk to the socket flooded the editor's
    terminal, pushing the build's errors out of sight. Served with `--host 0` (every address, as 0.0.0.0), its link
    was `http://0:PORT/`, which no browser opens as this machine."""
    sent = 1000

    async def flood(url: str) -> None:
        connection = await open_socket(url, url.rstrip("/"))
        for number in range(sent):
            await connection.write_message(f"junk {number}")
        connection.close()

    def told() -> tuple[int, int]:
        """Return how many messages the server told of one by one, and how many it counted."""
        lines = server.output.splitlines()
        counted = sum(int(found.group(1).replace(",", "")) for line in lines
                      if (found := re.search(r"ignored ([\d,]+) more malformed livereload messages?", line)))
        return sum("ignored a malformed livereload message" in line for line in lines), counted

    with serving(built_minimal, options=("--host", "0")) as server:
        assert server.url.startswith("http://127.0.0.1:"), server.output
        asyncio.run(flood(server.url))
        server.wait_until(lambda: sum(told()) == sent, "every message is told of or counted")
        assert fetch(server.url)[0] == 200
    one_by_one, _ = told()
    assert 1 <= one_by_one <= 100, server.output
    assert "Traceback" not in server.output


@pytest.mark.parametrize("host, link", [("0", "http://127.0.0.1:8000/"), ("0.0", "http://127.0.0.1:8000/"),
                                        ("::0", "http://[::1]:8000/"), ("[0:0::0]", "http://[::1]:8000/"),
                                        ("0.0.0.1", "http://0.0.0.1:8000/"), ("127.1", "http://127.1:8000/")])
def test_a_host_naming_every_address_is_linked_as_this_machines_loopback(host: str, link: str):
    assert page_url(host, 8000) == link


# `changes` in a process of its own, which says how much memory it took at most (in MiB). Its own: VmHWM, not
# ru_maxrss, which Linux carries over from the process that started it (a test worker of 160 MiB, late in a run).
_CHANGES_MEMORY = """
import re, sys
from explainer.cli import main
code = main(sys.argv[1:])
most = re.search(r"^VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read(), re.M)
print(code, int(most.group(1)) // 1024, file=sys.stderr)
"""


def test_changes_since_a_commit_holding_a_huge_file_reads_none_of_it(built_minimal: Path):
    """`changes --since` held the commit's whole archive in memory, twice: a blob of 10 GB of zeros (10 MB in a
    repository anyone may have pushed to) took 20 GB before anything was unpacked; here 64 MiB took 160 MiB."""
    (built_minimal / "seeds" / "bulk.txt").touch()
    os.truncate(built_minimal / "seeds" / "bulk.txt", 64 * 1024 * 1024)
    git = ["git", "-C", str(built_minimal), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    for step in (["init", "-q"], ["add", "content", "seeds"], ["commit", "-qm", "a huge file"]):
        subprocess.run([*git, *step], check=True)
    done = zygotes().run([sys.executable, "-c", _CHANGES_MEMORY, "--root", str(built_minimal), "changes", "--since",
                          "HEAD"], capture_output=True, text=True, cwd=REPO, timeout=120)
    code, most = done.stderr.split()[-2:]
    assert (code, done.stdout) == ("0", "changes since HEAD:\nflood: no content changes\n"), done.stderr
    # The command alone holds about 50 MiB here; holding the file's bytes even once would pass 114.
    assert int(most) < 100, "the file's bytes were never held"


def resident_mib(pid: int) -> int:
    """Return the memory a process holds now, in MiB (VmRSS)."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"^VmRSS:\s+(\d+) kB", status, re.M).group(1)) // 1024


def test_a_live_reload_socket_keeps_no_command_it_does_not_answer(built_minimal: Path):
    """Each command a socket sent was kept as said, to answer hello and info once: 500 commands of 60 KB that
    livereload ignores, all different, held 30 MB of the preview's memory for as long as the socket stayed open."""
    async def commands(url: str) -> None:
        connection = await open_socket(url, url.rstrip("/"))
        for number in range(500):
            await connection.write_message(json.dumps({"command": f"{number:06d}" + "x" * 60_000}))
        await connection.write_message(json.dumps({"command": "hello"}))
        assert json.loads(await connection.read_message())["command"] == "hello", "all before it was taken in"
        assert resident_mib(server.process.pid) - before < 15
        connection.close()

    with serving(built_minimal) as server:
        before = resident_mib(server.process.pid)
        asyncio.run(commands(server.url))
    assert "Traceback" not in server.output
