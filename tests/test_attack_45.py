"""Round forty-five of attacks on files, signals and sockets: round 44's leftovers, and what held.

seeds/ was listed by name once checked (explainer/sources.py), and content/ by name for the preview's renamed
briefings (explainer/moves.py): a folder swapped for a link to a folder out of the project in between had that
folder's names listed, and a seed was then read through the link, from the folder out of the project. Both are now
listed through the descriptor of the folder checked (explainer/safefs.py `folder_entries`), and a seed is opened from
the project folder, seeds/ a step that is never followed as a link out: the link is refused in the one line it gets
standing there from the start. The preview's walk of its watched folders listed each by name too: a folder swapped for
a link to / after its folder's listing had the whole disk watched; each is now opened without following a link, and
listed through its descriptor (explainer/serve.py `folders_inside`), and an input folder linked out of the project,
which the build refuses, is watched no more (content/ linked to / was walked whole: `watched_folders`).

An `--out` that differs from an input folder (content/, seeds/, templates/, static/, locales/) or .cache/ only in
letter case or in an accent composed or decomposed names the same folder on macOS's and Windows' disks: `--out
Content/site` built the site into content/ there. It is refused as the folder itself is, saying why
(explainer/write.py `folded`).

A source's controls that the checks read as spaces (a vertical tab, U+001C to U+001F, NEL U+0085) anchor a quote,
and its footnote showed them raw on the briefing's page, a parse error to every reader's HTML parser, where the
source's page writes them as escapes (`\\x85`): the footnote now writes them so too (explainer/visible_controls.py).

What held, tried in this round: control characters (U+0001, ESC, a form feed, DEL, NEL, U+FFFE, U+10FFFF), lone
surrogates (`"\\ud800"`) and direction controls (U+202E, U+2066 to U+2069) in a briefing's title, a source's title,
a claimant or site.yaml's title, written raw or as escapes, are refused with their line (direction controls are
refused, not isolated), so none reaches the home page, a `<title>`, the feed or the downloads; the feed of a title in
a right-to-left script parses as XML; a CSV cell opening with `=`, `+`, `-`, `@` or a tab gets a leading `'`, as
OWASP advises; a seed that is a named pipe, a socket or a device (a character device made where the tests run as
root); the live-reload socket sent a frame announcing 100 MB, or 100 MB in fragments (closed at 64 KiB, the server's
memory unchanged), and 1,000 live-reload sockets opened and held (half the cap kept, pages still served).

Each test waits on the event itself (a process's end, an answer), never on a sleep.
"""

from __future__ import annotations

import base64
import csv
import io
import os
import socket
import struct
import unicodedata
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from conftest import run_build
from explainer.moves import briefing_folders
from explainer.write import OutputError, check_output_location, check_output_outside_cache
from support import build_ok, edit, error_lines, minimal_project, rebuild_fails
from test_attack_42 import _after_listing
from test_attack_43 import _swap
from test_serve import serving
from test_serve_attack import get, open_files, port_of

SEEDS_LINK_OUT = "seeds: is a link leading out of the project folder (replace the link with a copy of the folder)"
SEED_THROUGH_LINK = ("content/sources.yaml:3: source 'flood': seeds/flood.txt is reached through 'seeds', a link "
                     "leading out of the project folder (replace the link with a copy of the folder)")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return minimal_project(tmp_path / "project")


# --- seeds/ and content/ swapped for a link out between their check and their listing, or their reading ----------------

def _seeds_elsewhere(project: Path, tmp_path: Path) -> Path:
    """Return a folder out of the project holding the seed's very bytes and a file whose name no project file has."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "flood.txt").write_bytes((project / "seeds/flood.txt").read_bytes())
    (elsewhere / "secret-name.txt").write_text("Not the project's.\n", encoding="utf-8")
    return elsewhere


def _after_the_check(monkeypatch, folder: Path, change) -> None:
    """Run `change` once the build has looked at `folder` itself (`os.lstat`, as the check of a link out does): what
    another process does between the build's check of a folder and its listing, made certain."""
    real_lstat, done = os.lstat, []

    def lstat(path, *args, **kwargs):
        found = real_lstat(path, *args, **kwargs)
        if not done and os.fspath(path) == os.fspath(folder):
            done.append(True)
            change()
        return found

    monkeypatch.setattr(os, "lstat", lstat)


def test_seeds_swapped_for_a_link_out_after_its_check_is_refused_as_that_link(project: Path, tmp_path: Path,
                                                                               monkeypatch):
    """The swap made between the check of seeds/ and its listing: the folder out of the project was listed and its
    `flood.txt` read as the source, the check passing on a file out of the project. Now the link is refused in the
    line it gets standing there from the start, and nothing of the folder it leads to is named."""
    _after_the_check(monkeypatch, project / "seeds", _swap(project / "seeds", _seeds_elsewhere(project, tmp_path)))
    result = run_build(project, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert SEEDS_LINK_OUT in error_lines(result), result.err[-1500:]
    assert "secret" not in result.err


def test_seeds_swapped_for_a_link_out_after_its_listing_is_not_read_through(project: Path, tmp_path: Path,
                                                                             monkeypatch):
    """The swap made between the listing of seeds/ and the reading of its seed: the seed was read by name, through
    the link, from the folder out of the project. Now it is opened from the project folder, and the link is named."""
    _after_listing(monkeypatch, project / "seeds", 1, _swap(project / "seeds", _seeds_elsewhere(project, tmp_path)))
    result = run_build(project, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert SEED_THROUGH_LINK in error_lines(result), result.err[-1500:]


def test_seeds_swapped_for_a_link_inside_the_project_is_read_as_one_there_from_the_start(project: Path,
                                                                                          monkeypatch):
    """The honest twin: seeds/ swapped for a link to a copy of it inside the project builds, read through the link,
    at either moment."""
    shared = project / "library"
    shared.mkdir()
    (shared / "flood.txt").write_bytes((project / "seeds/flood.txt").read_bytes())
    _after_the_check(monkeypatch, project / "seeds", _swap(project / "seeds", Path("library")))
    result = run_build(project)
    assert result.code == 0, result.err[-1500:]
    assert (project / "site/sources/flood.html").is_file()


def test_a_missing_seeds_hint_names_no_file_of_a_folder_out_of_the_project(project: Path, tmp_path: Path,
                                                                          monkeypatch):
    """A source's file missing offered the closest name seeds/ holds: with seeds/ swapped for a link out, a name from
    the folder out of the project ("did you mean 'flood-secret.txt'?")."""
    edit(project / "content/sources.yaml", "file: flood.txt", "file: flood-secrets.txt")
    elsewhere = _seeds_elsewhere(project, tmp_path)
    (elsewhere / "flood-secret.txt").write_text("Not the project's.\n", encoding="utf-8")
    _after_the_check(monkeypatch, project / "seeds", _swap(project / "seeds", elsewhere))
    result = run_build(project, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert "secret.txt" not in result.err and SEEDS_LINK_OUT in error_lines(result), result.err[-1500:]


def test_the_previews_renamed_briefings_are_never_read_through_a_content_link_out(project: Path, tmp_path: Path,
                                                                                 monkeypatch):
    """The preview's list of briefing folders (to follow a folder renamed with its page open) listed content/ by
    name: linked out, or swapped for a link out after its check, the folders it led to were taken for briefings."""
    content = project / "content"
    assert set(briefing_folders(content)) == {"flood"}
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "secret-briefing").mkdir(parents=True)
    _after_the_check(monkeypatch, content, _swap(content, elsewhere))
    assert briefing_folders(content) == {}
    monkeypatch.undo()
    assert briefing_folders(content) == {}  # a link out there from the start
    (project / "content").unlink()
    (project / "content-kept").rename(project / "shared")
    content.symlink_to("shared", target_is_directory=True)
    assert set(briefing_folders(content)) == {"flood"}  # the honest twin: linked inside the project


def test_the_previews_watch_never_enters_a_folder_swapped_for_a_link_as_it_walks(project: Path, tmp_path: Path,
                                                                                  monkeypatch):
    """The preview's walk of the watched folders (each folder given to the watcher alone) listed each by name: one
    swapped for a link out after its folder's listing had the folder it led to walked, every folder in it watched
    (linked to /, the whole disk). Now it is passed over, as a link there from the start is."""
    from explainer.serve import folders_inside

    (project / "content/flood/notes").mkdir()
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "secret-folder/deeper").mkdir(parents=True)
    watched = {project / "content": (os.stat(project / "content").st_dev, os.stat(project / "content").st_ino)}
    assert str(project / "content/flood/notes") in folders_inside(watched)  # the honest twin
    _after_listing(monkeypatch, project / "content/flood", 1, _swap(project / "content/flood/notes", elsewhere))
    found = folders_inside(watched)
    assert str(project / "content/flood") in found and not [path for path in found if "secret" in path], found


def test_the_previews_watch_walks_a_watched_folder_linked_inside_the_project(project: Path):
    """The honest twin: content/ itself a link to a folder inside the project is walked, as the build reads it."""
    from explainer.project import Project
    from explainer.serve import folders_inside, watched_folders

    (project / "content").rename(project / "shared")
    (project / "content").symlink_to("shared", target_is_directory=True)
    found = folders_inside(watched_folders(Project.at(project)))
    assert [str(project / "content"), str(project / "content/flood")] == found[:2], found


def test_the_preview_watches_nothing_of_a_content_folder_linked_out_of_the_project(project: Path, tmp_path: Path):
    """The build refuses content/ linked out of the project; the preview watched it all the same, every folder in it
    (content/ linked to / had the whole disk watched, each folder a watch of the user's). Now it is passed over, and
    the other folders watched."""
    from explainer.project import Project
    from explainer.serve import folders_inside, watched_folders

    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "secret-folder/deeper").mkdir(parents=True)
    (project / "content").rename(project / "content-kept")
    (project / "content").symlink_to(elsewhere, target_is_directory=True)
    found = folders_inside(watched_folders(Project.at(project)))
    assert str(project / "seeds") in found and not [path for path in found if "content" in path], found


# --- an --out naming an input folder but for letter case or an accent's form -------------------------------------------

INPUTS = ("content", "seeds", "templates", "static", "locales")
HINT = "(choose an --out outside content/, seeds/, templates/, static/ and locales/)"
ALIKE = "but for letter case or accents, which a disk of macOS or Windows reads as the same name"


def test_folding_reads_names_as_a_case_insensitive_disk_does():
    """The comparison itself: letters in one case, an accent composed or decomposed read alike, others kept apart."""
    from explainer.write import folded  # here: the tree before this round has none, and its other tests still run

    assert folded(Path("/p/Content/Site")) == folded(Path("/p/content/site")) == Path("/p/content/site")
    assert folded(Path(unicodedata.normalize("NFD", "/p/Café"))) == folded(Path("/p/CAFÉ"))
    assert folded(Path("/p/contents")) != folded(Path("/p/content"))
    assert folded(Path("/p/content")) != folded(Path("/p/cоntent"))  # a Cyrillic о is another name on every disk


@pytest.mark.parametrize("out, how, name", [
    ("Content", "is", "content/"),
    ("CONTENT/site", "is inside", "content/"),
    ("Seeds/site", "is inside", "seeds/"),
    ("Templates", "is", "templates/"),
    ("STATIC/out", "is inside", "static/"),
    ("Locales", "is", "locales/"),
])
def test_an_output_folder_naming_an_input_but_for_case_is_refused(tmp_path: Path, out: str, how: str, name: str):
    """`--out Content/site` on macOS or Windows built into content/, whose next build read the site's files as a
    briefing's; it passed, as `Content` is not `content` by the letter."""
    root = tmp_path / "project"
    for folder in INPUTS:
        (root / folder).mkdir(parents=True)
    with pytest.raises(OutputError) as error:
        check_output_location(root / out, [root / folder for folder in INPUTS])
    assert str(error.value) == f"{root / out}: output folder {how} the input folder {name} {ALIKE} {HINT}"


def test_an_output_folder_holding_the_project_but_for_case_or_an_accent_is_refused(tmp_path: Path):
    """The project folder itself, named with its accent decomposed (as macOS may store it) and in capitals: it
    holds every input folder."""
    root = tmp_path / unicodedata.normalize("NFC", "projet-café")
    (root / "content").mkdir(parents=True)
    out = tmp_path / unicodedata.normalize("NFD", "PROJET-CAFÉ")
    with pytest.raises(OutputError) as error:
        check_output_location(out, [root / "content"])
    assert str(error.value) == (f"{out}: output folder holds the input folder content/ {ALIKE} (choose an --out "
                                "outside content/)")


def test_an_output_folder_in_the_cache_but_for_case_is_refused(tmp_path: Path):
    root = tmp_path / "project"
    (root / ".cache").mkdir(parents=True)
    with pytest.raises(OutputError) as error:
        check_output_outside_cache(root / ".CACHE" / "spare-site", root / ".cache")
    assert "output folder is inside .cache/, where the build keeps what it reuses" in str(error.value)


@pytest.mark.parametrize("out", ["site", "Site", "content-site", "Contents", "static-site"])
def test_an_output_folder_named_otherwise_is_built_into(tmp_path: Path, out: str):
    """The honest twins: names that stay apart from every input on any disk (`Site` is no input's name)."""
    root = tmp_path / "project"
    for folder in INPUTS:
        (root / folder).mkdir(parents=True)
    check_output_location(root / out, [root / folder for folder in INPUTS])


def test_the_command_line_refuses_an_out_naming_content_but_for_case(project: Path):
    """Through the front door: one line, the site untouched, nothing made in content/."""
    good = build_ok(project)
    out = project / "Content" / "site"
    assert error_lines(rebuild_fails(project, good, "build", "--out", str(out))) == [
        f"{out}: output folder is inside the input folder content/ {ALIKE} {HINT}"]
    assert sorted(path.name for path in (project / "content").iterdir()) == ["flood", "site.yaml", "sources.yaml"]
    assert not (project / "Content").exists()


# --- a source's controls read as spaces, in its footnote --------------------------------------------------------------

def _seed_with(project: Path, character: str) -> None:
    """Put `character` after "Beta" in the seed (in a cited passage) and record its digest."""
    import hashlib

    seed = project / "seeds/flood.txt"
    text = seed.read_text(encoding="utf-8").replace("Beta said", f"Beta{character} said")
    seed.write_text(text, encoding="utf-8")
    edit(project / "content/sources.yaml", "c6fab57b02c1ca096b35c49ca5211e1c5220e3f8b44519385d54d7d81a944ee8",
         hashlib.sha256(text.encode()).hexdigest())


@pytest.mark.parametrize("character", ["\x0b", "\x1c", "\x1f", "\x85"])
def test_a_control_the_checks_read_as_a_space_is_an_escape_in_its_footnote(project: Path, character: str):
    """The quote "Beta said ..." anchors at the source's `Beta<VT> said` (a space to the checks), and its footnote
    showed the control raw, a parse error in the reader's browser; the source's page wrote it as `\\x0b` already."""
    _seed_with(project, character)
    result = run_build(project)
    assert result.code == 0, result.err[-1500:]
    page = (project / "site/flood/index.html").read_text(encoding="utf-8")
    escape = f"\\x{ord(character):02x}"
    assert character not in page and f"<q>Beta{escape} said the river rose by 5 metres.</q>" in page
    assert f"Beta{escape} said" in (project / "site/sources/flood.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("character", ["\t", "\u00a0", "\x0c"])
def test_a_space_an_html_page_may_hold_is_left_as_it_is_in_a_footnote(project: Path, character: str):
    """The honest twins: a tab, a no-break space and a form feed are whitespace to HTML, and stay as stored."""
    _seed_with(project, character)
    result = run_build(project)
    assert result.code == 0, result.err[-1500:]
    assert f"<q>Beta{character} said" in (project / "site/flood/index.html").read_text(encoding="utf-8")


# --- what held -------------------------------------------------------------------------------------------------------

REFUSED_IN_TEXT = ["\\x01", "\\e", "\\f", "\\x7f", "\\x85", "\\ufffe", "\\U0010ffff", "\\ud800", "\\ud83d\\ude00",
                   "\\u202e", "\\u2066", "\\u2067", "\\u2068", "\\u2069"]
PLACES = {
    "a briefing's title": ("content/flood/briefing.yaml", "title: The flood", "title: \"The {} flood\""),
    "a source's title": ("content/sources.yaml", "title: Flood report", "title: \"Flood {} report\""),
    "a claimant": ("content/flood/claims.yaml", "claimant: Alpha", "claimant: \"Al{}pha\""),
    "the site's title": ("content/site.yaml", "title: Test briefings", "title: \"Test {} briefings\""),
}


@pytest.mark.parametrize("escape", REFUSED_IN_TEXT)
@pytest.mark.parametrize("place", sorted(PLACES))
def test_a_control_surrogate_or_direction_control_in_text_is_refused_escaped_or_raw(project: Path, place: str,
                                                                                   escape: str):
    """Held: none reaches the home page, a `<title>`, the feed (which XML would refuse) or the downloads; a
    direction control is refused, not isolated, and its line named."""
    path, old, new = PLACES[place]
    edit(project / path, old, new.format(escape))
    told = error_lines(run_build(project, "check"))
    assert len(told) == 1 and told[0].startswith(f"{path}:"), told
    assert "is not allowed" in told[0] or "does not write a character" in told[0], told
    if escape.startswith("\\u2"):  # a direction control written raw
        edit(project / path, new.format(escape), new.format(escape.encode().decode("unicode_escape")))
        told = error_lines(run_build(project, "check"))
        assert len(told) == 1 and "is not allowed" in told[0], told


def test_a_right_to_left_title_builds_and_its_feed_is_well_formed_xml(project: Path):
    """Held, the honest twin: a title in Arabic, whose direction the page gives it (`dir`), no control needed."""
    edit(project / "content/flood/briefing.yaml", "title: The flood", "title: فيضان النهر The flood")
    result = run_build(project)
    assert result.code == 0, result.err[-1500:]
    feed = ElementTree.parse(project / "site/feed.xml").getroot()
    assert "فيضان النهر" in ElementTree.tostring(feed, encoding="unicode")
    assert "فيضان النهر" in (project / "site/index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\\t="])
def test_a_csv_cell_opening_a_formula_gets_a_leading_apostrophe(project: Path, start: str):
    """Held: a claim's words starting as a formula are written as text (OWASP's advice), `'=SUM(A) ...`; a tab
    before it is gone, as the text's spaces around it are."""
    claims = project / "content/flood/claims.yaml"
    edit(claims, "says: The river rose by 3 metres.", f'says: "{start}SUM(A) The river rose by 3 metres."')
    result = run_build(project)
    assert result.code == 0, result.err[-1500:]
    text = (project / "site/flood/data/claims.csv").read_text(encoding="utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row if "SUM(A)" in cell]
    written = start.replace("\\t", "")
    assert cells == [f"'{written}SUM(A) The river rose by 3 metres."], cells


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize("device", [(1, 3), (1, 5)], ids=["like /dev/null", "like /dev/zero"])
def test_a_seed_that_is_a_device_is_refused_unopened(project: Path, device: tuple[int, int]):
    """Held: a character device standing where a seed goes is named as one, never opened nor read."""
    import stat

    seed = project / "seeds/flood.txt"
    seed.unlink()
    os.mknod(seed, stat.S_IFCHR | 0o644, os.makedev(*device))
    result = run_build(project, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == ["content/sources.yaml:3: source 'flood': seeds/flood.txt is not a regular file: it "
                                   "is a device (replace it with an ordinary file)"]


def test_a_seed_that_is_a_named_pipe_is_refused_without_waiting_for_a_writer(project: Path):
    """Held: a named pipe, which blocks the first read until a writer comes, is named at once."""
    seed = project / "seeds/flood.txt"
    seed.unlink()
    os.mkfifo(seed)
    result = run_build(project, "check")
    assert error_lines(result) == ["content/sources.yaml:3: source 'flood': seeds/flood.txt is not a regular file: it "
                                   "is a named pipe (replace it with an ordinary file)"]


def _reload_socket(port: int) -> socket.socket:
    """Return a raw live-reload socket, upgraded as a page of the preview opens one."""
    connection = socket.create_connection(("127.0.0.1", port), timeout=20)
    key = base64.b64encode(os.urandom(16)).decode()
    connection.sendall(f"GET /livereload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                       f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                       f"Origin: http://127.0.0.1:{port}\r\n\r\n".encode())
    answer = b""
    while b"\r\n\r\n" not in answer:
        answer += connection.recv(4096)
    assert answer.startswith(b"HTTP/1.1 101"), answer
    return connection


def _frame_head(opcode: int, length: int, last: bool = True) -> bytes:
    """Return a masked client frame's head announcing `length` bytes (the mask: four zero bytes)."""
    first = (0x80 if last else 0) | opcode
    size = (struct.pack("!BB", first, 0x80 | length) if length < 126 else
            struct.pack("!BBH", first, 0x80 | 126, length) if length < 65536 else
            struct.pack("!BBQ", first, 0x80 | 127, length))
    return size + b"\0\0\0\0"


def _sent_until_closed(connection: socket.socket, pieces) -> int:
    """Send each piece until the server closes the connection; return how many bytes went."""
    sent = 0
    try:
        for piece in pieces:
            connection.sendall(piece)
            sent += len(piece)
    except OSError:
        pass
    return sent


def _resident_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def test_the_reload_socket_closes_on_a_100_mb_frame_or_fragments_and_1000_sockets_held(project: Path):
    """Held: a frame announcing 100 MB, and 100 MB sent as fragments of 60 KB, are each closed past the 64 KiB a
    message may hold (the bytes sent are the socket buffers'), the server's memory as it was; 1,000 sockets opened
    and held keep to half the cap on connections, and pages are still served."""
    with serving(project) as server:
        port, pid = port_of(server.url), server.process.pid
        before = _resident_kib(pid)
        with _reload_socket(port) as connection:
            connection.sendall(_frame_head(1, 100 * 1024 * 1024))
            assert _sent_until_closed(connection, (b"x" * 65536 for _ in range(1600))) < 20 * 1024 * 1024
        with _reload_socket(port) as connection:
            fragments = (_frame_head(0 if number else 1, 60_000, last=False) + b"x" * 60_000 for number in range(1750))
            assert _sent_until_closed(connection, fragments) < 20 * 1024 * 1024
        assert _resident_kib(pid) < before + 32 * 1024
        files = open_files(pid)
        held = [_reload_socket(port) for _ in range(1000)]
        try:
            assert open_files(pid) <= files + 520  # MAX_SOCKETS, half of the cap of 1,024, and a few
            assert get(server.url, "/flood/")[0] == 200
        finally:
            for connection in held:
                connection.close()
        assert get(server.url, "/flood/")[0] == 200
        assert server.alive() and "Traceback" not in server.output, server.output[-2000:]
