"""Round fifteen of attacks on files, signals and sockets: a library entry copied and its id left as it was, which the
checks read as the later entry (the citations of the first "not in source", both entries' files "changed since
their SHA-256 was recorded", six false errors beside the true one, and `accept-source` acting on the later entry); a
mistyped source id in a library of thousands, answered with every id in one line of 60 KB; a key, marker or file name
of 200 KB quoted whole in its error line; two sources whose files' names differ only in letter case, which a checkout
on macOS or Windows holds as one file (the build there said one "changed since its SHA-256 was recorded"), and two
assets in static/ so named; `cite` printing a citation the build refuses when the words held a control a document
converted from a PDF or a terminal holds (`quote: "delta\\u0085 epsilon"`: "control character U+0085 in a quoted value
is not allowed"), and `new` quoting a first sentence that held one; `accept-source` waiting without a word for
another that holds the library (stopped with Ctrl-Z in another terminal, it was waited for for ever), and recording
a digest in a library entry written in flow style (`- {id: flood, ..., sha256: ...}`), which cut off the `}` and
every field after the digest, leaving the library unreadable (and so did a digest on the line below its key).

Each test waits on the event itself (a line printed, a process's end), never on a sleep.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import selectors
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import edit, error_lines, rebuild_fails, tree_digest
from zygote import zygotes

SOURCES = "content/sources.yaml"


def add_source(root: Path, source_id: str, file: str, text: str) -> None:
    """Add a seed holding `text` and a library entry for it, its digest recorded."""
    (root / "seeds" / file).write_text(text, encoding="utf-8")
    with (root / SOURCES).open("a", encoding="utf-8") as library:
        library.write(f"  - id: {source_id}\n    file: {file}\n    title: {file}\n    publisher: unknown\n"
                      f"    date: unknown\n    sha256: {hashlib.sha256(text.encode()).hexdigest()}\n")


def test_a_source_id_used_twice_is_one_problem_and_no_command_picks_an_entry(built_minimal: Path):
    """An editor adding a source copies an entry and forgets its id: the checks read the citations of the first in
    the later one's document and said both documents had changed since their digests were recorded, which they
    had not, telling the editor to run accept-source; accept-source and cite acted on the later entry."""
    root, good = built_minimal, tree_digest(built_minimal / "site")
    add_source(root, "flood", "other.txt", "Another report, on another river.\n")
    library = (root / SOURCES).read_bytes()
    assert error_lines(rebuild_fails(root, good)) == [
        "content/sources.yaml:8: source id 'flood' is used twice (first on line 2) (give each one its own)"]
    told = ("content/sources.yaml:8: source id 'flood' is used twice (first on line 2) (give each one its own, then "
            "run the command again)")
    for command in (["accept-source", "flood"], ["accept-source", "--force", "flood"], ["cite", "flood", "river"]):
        result = run_build(root, *command)
        assert (result.code, error_lines(result)) == (1, [told]), command
    assert (root / SOURCES).read_bytes() == library, "no entry's digest was written"


def test_two_seeds_named_alike_but_for_letter_case_are_refused_as_one_file_elsewhere(built_minimal: Path):
    """Two sources' files, flood.txt and FLOOD.txt, built on Linux; a colleague's checkout on macOS or Windows holds
    one file for both names, and there one source read the other's document (a "changed" digest, or a wrong page)."""
    root, good = built_minimal, tree_digest(built_minimal / "site")
    add_source(root, "flood-copy", "FLOOD.txt", "Another report of the flood.\n")
    assert error_lines(rebuild_fails(root, good)) == [
        "content/sources.yaml:9: source 'flood-copy': file 'FLOOD.txt' differs from 'flood.txt' (source 'flood', line 3) "
        "only in letter case, and a checkout on macOS or Windows holds one file for both (rename one of the two "
        "files, and its `file:` here)"]


def test_two_assets_named_alike_but_for_letter_case_are_refused(built_minimal: Path):
    """static/Logo.svg beside static/logo.svg: one file on macOS or Windows, so a page there showed the other."""
    root, good = built_minimal, tree_digest(built_minimal / "site")
    (root / "static" / "Favicon.svg").write_bytes((root / "static" / "favicon.svg").read_bytes())
    assert error_lines(rebuild_fails(root, good)) == [
        "static/favicon.svg: the name differs from static/Favicon.svg's only in letter case, and a checkout on macOS "
        "or Windows holds one file for both (rename one of the two files)"]


def test_cite_writes_a_control_read_as_spacing_as_a_space_and_names_one_no_quote_may_hold(built_minimal: Path):
    """A source holding NEL or a form feed where a space goes, or a soft hyphen inside a word (as text taken from a PDF
    does): `cite` wrote each as an escape, and the build refused the citation pasted as it was told ("control character
    U+0085 in a quoted value is not allowed ... write the text itself"), though a space anchors on NEL, and no quote
    may hold the soft hyphen."""
    root = built_minimal
    seed = root / "seeds" / "flood.txt"
    seed.write_text(seed.read_text() + "Gamma delta\x85 epsilon\x0c zeta.\nTheta sig\xadma tau.\n")
    assert run_build(root, "accept-source", "--force", "flood").code == 0
    cited = run_build(root, "cite", "flood", "delta epsilon zeta")
    assert (cited.code, cited.out) == (0, 'source: flood\nquote: "delta epsilon zeta"\n')
    pasted = "".join(f"    {line}\n" for line in cited.out.splitlines())
    edit(root / "content/flood/briefing.yaml", "citations:\n", f"citations:\n  nel:\n{pasted}")
    edit(root / "content/flood/briefing.yaml", "on Monday[^monday]", "on Monday[^monday][^nel]")
    assert run_build(root, "check").code == 0, "the citation cite printed is one the build takes"
    refused = run_build(root, "cite", "flood", "sigma")
    assert (refused.code, error_lines(refused)) == (1, [
        "seeds/flood.txt: the words on line 5 hold invisible character U+00AD (SOFT HYPHEN) next to a letter or digit "
        "(quote the words before it or after it, or remove it from the document and run accept-source)"])


def test_new_quotes_the_first_sentence_a_citation_may_hold(built_minimal: Path):
    """A source whose first sentence holds a soft hyphen: `new` quoted it and refused its own briefing ("invisible
    character U+00AD ... (delete it ...; nothing was written)", naming a line of a file it had not written)."""
    root = built_minimal
    seed = root / "seeds" / "flood.txt"
    seed.write_text("Gamma sig\xadma delta is calm.\n" + seed.read_text())
    assert run_build(root, "accept-source", "--force", "flood").code == 0
    made = run_build(root, "new", "--title", "Calm", "calm")
    assert (made.code, made.err) == (0, "")
    assert 'quote: "Alpha said the river"' in (root / "content/calm/briefing.yaml").read_text()
    assert run_build(root, "check").code == 0


@pytest.mark.parametrize("recorded", ["sha256: c6fab57b02c1ca096b35c49ca5211e1c5220e3f8b44519385d54d7d81a944ee8, ", ""])
def test_accept_source_writes_a_flow_style_entrys_digest_inside_its_braces(built_minimal: Path, recorded: str):
    """`- {id: flood, file: flood.txt, ...}` is YAML as good as the block style: accept-source rewrote the rest of its
    line from `sha256:` on, dropping the fields after it and the closing brace; or added a line outside the braces."""
    root = built_minimal
    library = root / SOURCES
    library.write_text("sources:\n  - {id: flood, file: flood.txt, " + recorded + "title: Flood report,\n"
                       "     publisher: unknown, date: unknown}  # the flood\n", encoding="utf-8")
    seed = root / "seeds" / "flood.txt"
    seed.write_text(seed.read_text() + "The mayor spoke again.\n")
    digest = hashlib.sha256(seed.read_bytes()).hexdigest()
    accepted = run_build(root, "accept-source", "flood")
    assert (accepted.code, accepted.err) == (0, "")
    assert library.read_text(encoding="utf-8") == (f"sources:\n  - {{id: flood, file: flood.txt, sha256: {digest}, "
                                                   "title: Flood report,\n     publisher: unknown, date: unknown}  "
                                                   "# the flood\n")
    assert run_build(root, "check").code == 0


def test_accept_source_replaces_a_digest_written_on_the_line_below_its_key(built_minimal: Path):
    """`sha256:` with its value on the next line is one plain value to YAML: accept-source wrote the new digest onto
    the key's line (`sha256:5e48...`, no space) and left the old one below it, an unreadable library."""
    root = built_minimal
    library = root / SOURCES
    old = "c6fab57b02c1ca096b35c49ca5211e1c5220e3f8b44519385d54d7d81a944ee8"
    edit(library, f"    sha256: {old}\n", f"    sha256:\n      {old}\n")
    seed = root / "seeds" / "flood.txt"
    seed.write_text(seed.read_text() + "The mayor spoke again.\n")
    before = library.read_text(encoding="utf-8")
    assert run_build(root, "accept-source", "flood").code == 0
    assert library.read_text(encoding="utf-8") == before.replace(old, hashlib.sha256(seed.read_bytes()).hexdigest())
    assert run_build(root, "check").code == 0


def test_an_unknown_source_id_in_a_large_library_names_the_closest_and_counts_the_rest(built_minimal: Path):
    """A library of 4,000 sources answered a mistyped id with all 4,000 ids in one line of 60 KB."""
    root, good = built_minimal, tree_digest(built_minimal / "site")
    for number in range(12):
        add_source(root, f"report-{number:02d}", f"report-{number:02d}.txt", f"Report {number} says the river is calm.\n")
    edit(root / "content/flood/briefing.yaml", "  monday:\n    source: flood", "  monday:\n    source: reprot-07")
    listed = ("flood, report-00, report-01, report-02, report-03, report-04, report-05, report-06, report-07, "
              "report-08 and 3 more")
    assert error_lines(rebuild_fails(root, good)) == [
        "content/flood/briefing.yaml:19: citation 'monday': unknown source 'reprot-07' (did you mean 'report-07'? or "
        f"use one of the ids in content/sources.yaml: {listed})"]
    result = run_build(root, "cite", "zzz", "river")
    assert (result.code, error_lines(result)) == (1, [f"content/sources.yaml: no source 'zzz' (use one of: {listed})"])


def test_a_value_quoted_whole_in_an_error_is_cut_in_its_middle(built_minimal: Path):
    """A cite key, a citation marker or a file name of 200 KB was quoted whole: one line of 200 KB, which pushed
    every other problem out of the terminal. The line keeps its start and its end, which say what and what to do."""
    root, good = built_minimal, tree_digest(built_minimal / "site")
    library = (root / SOURCES).read_text(encoding="utf-8")
    edit(root / SOURCES, "file: flood.txt", "file: ../" + "y" * 200_000)
    [line] = error_lines(rebuild_fails(root, good))
    assert len(line) <= 1000 and "…(199,227 characters not shown)…" in line
    assert line.startswith("content/sources.yaml:3: source 'flood': file '../yyy")
    assert line.endswith("' is outside seeds/ (name a file inside seeds/, without '..' or a leading '/')")
    (root / SOURCES).write_text(library, encoding="utf-8")
    key = "a" + "x" * 999  # a key's limit (tests/test_attack_43.py): one past it is refused unquoted
    edit(root / "content/flood/claims.yaml", "cite: [alpha-rise]", f"cite: [alpha-rise, {key}]")
    lines = error_lines(rebuild_fails(root, good))
    assert max(len(line) for line in lines) <= 1000
    [line] = [line for line in lines if "`cite` entry" in line]
    assert line.startswith(f"content/flood/claims.yaml:11: `cite` entry '{key[:40]}")
    assert "…(240 characters not shown)…" in line
    assert line.endswith("' names no citation of this briefing (define it under `citations:` in any file of this "
                         "briefing)")
    annotations = [line for line in run_build(root, "check", "--format", "github").err.splitlines()
                   if line.startswith("::error file=content/flood/claims.yaml,line=11::`cite` entry")]
    assert len(annotations) == 1 and len(annotations[0]) < 1100 and "characters not shown" in annotations[0]


def test_accept_source_waiting_for_the_library_says_whom_it_waits_for(built_minimal: Path):
    """A second accept-source waited for the library's lock in silence: with the first stopped (Ctrl-Z) in another
    terminal, the editor saw a command that never ended and never said why."""
    root = built_minimal
    seed = root / "seeds" / "flood.txt"
    seed.write_text(seed.read_text() + "The mayor spoke again.\n")
    holder = os.open(root / SOURCES, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # as an accept-source holds it while it checks and records
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    with zygotes().popen([sys.executable, str(REPO / "build.py"), "--root", str(root), "accept-source", "flood"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as waiting:
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(waiting.stderr, selectors.EVENT_READ)
                assert selector.select(timeout=60), "accept-source said nothing while it waited"
            assert waiting.stderr.readline() == (f"waiting for another accept-source (pid {os.getpid()}) recording a "
                                                 "SHA-256 in content/sources.yaml\n")
        finally:
            os.close(holder)  # and the lock with it: the waiting one goes on
        out, err = waiting.communicate(timeout=120)
    assert (waiting.returncode, err) == (0, ""), err
    assert out.startswith("recorded sha256 ")
    assert hashlib.sha256(seed.read_bytes()).hexdigest() in (root / SOURCES).read_text()
