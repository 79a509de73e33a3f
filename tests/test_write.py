"""The write stage: a rebuild touches only what changed, keeps what others put in the site, and never follows a link."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import tree_digest
from explainer.write import MANIFEST_HEADER, MARKER, OutputError, check_output_location, write_site
from fault_runner import snapshot

FIRST = {"index.html": b"<p>one</p>", "sources/a.html": b"a", "sources/b.html": b"b", "data/x.json": b"{}"}
OLD_MARKER_TEXT = b"Made by build.py; this whole folder is replaced on every build.\n"


def stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Return (inode, modification time) of every file under a folder."""
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def fresh(tmp_path: Path, files: dict[str, bytes]) -> dict[str, str]:
    """Return the snapshot of `files` written into a new folder."""
    out = tmp_path / f"fresh-{len(os.listdir(tmp_path))}"
    write_site(out, files)
    return snapshot(out)


def test_a_rebuild_rewrites_only_changed_files_and_removes_stale_ones(tmp_path: Path):
    out = tmp_path / "site"
    report = write_site(out, FIRST)
    assert (report.written, report.unchanged, report.foreign) == (len(FIRST) + 1, 0, ())  # and the marker
    before = stamps(out)
    second = {**FIRST, "index.html": b"<p>two</p>", "sources/c.html": b"c"}
    del second["data/x.json"]
    report = write_site(out, second)
    assert (report.written, report.unchanged, report.foreign) == (3, 2, ())  # index, c and the manifest; a and b kept
    assert report.changed == ("data/x.json", "index.html", "sources/c.html")  # what the preview server reports
    assert snapshot(out) == fresh(tmp_path, second)
    after = stamps(out)
    assert sorted(name for name in after if after[name] == before.get(name)) == ["sources/a.html", "sources/b.html"]
    assert sorted(os.listdir(tmp_path)) == ["fresh-1", "site"], "nothing is left beside the site"


def test_an_unchanged_rebuild_writes_nothing(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, FIRST)
    before = stamps(out)
    report = write_site(out, FIRST)
    assert (report.written, report.unchanged, report.changed) == (0, len(FIRST) + 1, ())
    assert stamps(out) == before


def modes(folder: Path) -> dict[str, int]:
    """Return the permission bits of the folder and of everything under it."""
    return {p.relative_to(folder).as_posix(): p.stat().st_mode & 0o7777 for p in [folder, *folder.rglob("*")]}


@pytest.mark.parametrize("umask", [0o077, 0o002])
def test_the_site_is_readable_by_all_with_the_same_modes_whatever_the_umask(tmp_path: Path, umask: int):
    out = tmp_path / "site"
    previous = os.umask(umask)
    try:
        write_site(out, FIRST)
        (out / "index.html").chmod(0o600)  # a file of ours, same bytes, made private by hand
        report = write_site(out, {**FIRST, "sources/c.html": b"c"})
    finally:
        os.umask(previous)
    assert "index.html" in report.changed or report.written >= 3
    found = modes(out)
    assert {path: mode for path, mode in found.items() if mode != (0o755 if (out / path).is_dir() else 0o644)} == {}


def test_the_marker_lists_what_the_build_wrote_in_a_fixed_order(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, dict(reversed(FIRST.items())))
    assert (out / MARKER).read_bytes() == MANIFEST_HEADER + b"data/x.json\nindex.html\nsources/a.html\nsources/b.html\n"
    assert MANIFEST_HEADER == (b"# Made by build.py, which rewrites or deletes only the files listed below; "
                               b"anything else here is kept.\n")


def test_files_others_put_in_the_site_are_kept_and_named(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, FIRST)
    (out / "CNAME").write_text("briefing.example.org")
    (out / "sources" / "notes.txt").write_text("mine")
    (out / ".well-known" / "keys").mkdir(parents=True)
    (out / ".well-known" / "keys" / "a.pub").write_text("key")
    second = {"index.html": b"<p>two</p>", "sources/a.html": b"a"}
    report = write_site(out, second)
    assert report.foreign == (".well-known", "CNAME", "sources/notes.txt")
    assert (out / "CNAME").read_text() == "briefing.example.org"
    assert (out / "sources" / "notes.txt").read_text() == "mine"
    assert (out / ".well-known" / "keys" / "a.pub").read_text() == "key"
    assert not (out / "sources" / "b.html").exists() and not (out / "data").exists()
    assert b"CNAME" not in (out / MARKER).read_bytes(), "a file the build did not write must not become ours"
    report = write_site(out, FIRST)  # their files stay theirs on every later build
    assert report.foreign == (".well-known", "CNAME", "sources/notes.txt")


def test_a_file_others_put_where_the_build_now_writes_is_refused(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, FIRST)
    (out / "about.html").write_text("by hand")
    before = snapshot(out)
    with pytest.raises(OutputError) as error:
        write_site(out, {**FIRST, "about.html": b"generated"})
    assert str(error.value) == (f"{out}: about.html was not made by this tool and the build now writes there "
                                f"(move it out of {out}, then build again)")
    assert snapshot(out) == before
    assert sorted(os.listdir(tmp_path)) == ["site"]


def test_a_file_the_build_wrote_and_someone_edited_is_rewritten(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, FIRST)
    (out / "index.html").write_text("edited by hand")
    report = write_site(out, FIRST)
    assert (report.written, report.foreign) == (1, ())
    assert (out / "index.html").read_bytes() == FIRST["index.html"]


def test_a_site_from_before_manifests_is_all_ours(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, FIRST)
    (out / MARKER).write_bytes(OLD_MARKER_TEXT)
    (out / "old" / "page.html").parent.mkdir()
    (out / "old" / "page.html").write_text("from an older build")
    (out / "sources" / ".a.html.new-123").write_text("a temporary file of the writer before this one")
    report = write_site(out, FIRST)
    assert report.foreign == ()
    assert snapshot(out) == fresh(tmp_path, FIRST)


def test_a_link_others_put_in_the_site_is_kept_as_a_link_and_never_followed(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, FIRST)
    os.symlink("a.html", out / "sources" / "alias.html")
    os.symlink("../sources", out / "data" / "folder-link")
    os.symlink("missing", out / "dangling")
    report = write_site(out, {**FIRST, "index.html": b"<p>two</p>"})
    assert report.foreign == ("dangling", "data/folder-link", "sources/alias.html")
    assert os.readlink(out / "sources" / "alias.html") == "a.html"
    assert os.readlink(out / "data" / "folder-link") == "../sources"
    assert os.readlink(out / "dangling") == "missing"


def test_a_link_others_put_in_the_site_leading_out_of_it_is_refused_and_never_followed(tmp_path: Path):
    """A deploy follows links (upload-pages-artifact archives with `tar --dereference`): one leading out of the site
    would publish what it leads to (tests/test_attack_20.py)."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    out = tmp_path / "site"
    write_site(out, FIRST)
    os.symlink(outside / "secret.txt", out / "secret-link")
    before, kept = snapshot(outside), snapshot(out)
    with pytest.raises(OutputError, match="secret-link: is a link leading out of site/"):
        write_site(out, {**FIRST, "index.html": b"<p>two</p>"})
    assert snapshot(outside) == before and snapshot(out) == kept


def test_an_output_path_that_is_a_link_is_refused(tmp_path: Path):
    target = tmp_path / "target"
    write_site(target, FIRST)
    before = snapshot(target)
    out = tmp_path / "site"
    os.symlink(target, out)
    with pytest.raises(OutputError) as error:
        write_site(out, {**FIRST, "index.html": b"<p>two</p>"})
    assert str(error.value) == f"{out}: output path is not a plain folder (refusing to replace it; choose another --out)"
    assert snapshot(target) == before and os.readlink(out) == str(target)


def test_a_folder_in_the_site_replaced_by_a_link_is_never_written_through(tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "a.html").write_text("not the site's")
    (outside / "keep.txt").write_text("keep")
    out = tmp_path / "site"
    write_site(out, FIRST)
    for page in (out / "sources").iterdir():
        page.unlink()
    (out / "sources").rmdir()
    os.symlink(outside, out / "sources")
    before = snapshot(outside)
    second = {**FIRST, "sources/a.html": b"new a", "sources/c.html": b"c"}
    write_site(out, second)
    assert snapshot(outside) == before
    assert snapshot(out) == fresh(tmp_path, second)


def test_a_file_that_becomes_a_folder_and_back(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, {"data": b"a file", "index.html": b"i"})
    files = {"data/briefing.json": b"{}", "index.html": b"i"}
    write_site(out, files)
    assert snapshot(out) == fresh(tmp_path, files)
    write_site(out, {"data": b"a file again", "index.html": b"i"})
    assert (out / "data").read_bytes() == b"a file again"


def test_a_folder_the_tool_did_not_make_is_never_touched(tmp_path: Path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("precious")
    with pytest.raises(OutputError) as error:
        write_site(out, FIRST)
    assert str(error.value) == (f"{out}: folder was not made by this tool (no {MARKER} file); "
                                "refusing to delete it, choose an empty or new --out folder")
    assert os.listdir(out) == ["notes.txt"]
    assert sorted(os.listdir(tmp_path)) == ["mine"]


def test_leftovers_of_killed_builds_are_removed(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, FIRST)
    for name in (".site.stage-1", ".site.old-2", ".site.new-3"):
        (tmp_path / name / "sources").mkdir(parents=True)
        (tmp_path / name / "sources" / "a.html").write_text("half")
    (tmp_path / ".site.new-4").write_text("a temporary file")
    (tmp_path / ".site.lock").write_text("5\n")
    (tmp_path / ".site.stage-x").write_text("not ours: the name does not end in a process id")
    write_site(out, FIRST)
    assert sorted(os.listdir(tmp_path)) == [".site.stage-x", "site"]


def test_a_site_a_killed_build_moved_aside_is_put_back(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, FIRST)
    os.rename(out, tmp_path / ".site.old-123")  # where the two-rename switch leaves it if killed half-way
    report = write_site(out, FIRST)
    assert (report.written, report.unchanged, report.changed) == (0, len(FIRST) + 1, ())
    assert sorted(os.listdir(tmp_path)) == ["site"]


def test_missing_parent_folders_are_made(tmp_path: Path):
    out = tmp_path / "build" / "public" / "site"
    write_site(out, FIRST)
    assert tree_digest(out).keys() == {*FIRST, MARKER}


INPUTS = ("content", "seeds", "templates", "static")
HINT = "(choose an --out outside content/, seeds/, templates/ and static/)"


@pytest.mark.parametrize("out, problem", [
    ("static/site", "output folder is inside the input folder static/"),
    ("content/a/b", "output folder is inside the input folder content/"),
    ("templates", "output folder is the input folder templates/"),
    (".", "output folder holds the input folder content/"),
    ("site", None),
    ("../elsewhere", None),
    ("static-site", None),
])
def test_an_output_folder_must_lie_outside_the_inputs(tmp_path: Path, out: str, problem: str | None):
    root = tmp_path / "project"
    inputs = [root / name for name in INPUTS]
    for folder in inputs:
        folder.mkdir(parents=True)
    given = root / out
    if problem is None:
        check_output_location(given, inputs)
        return
    with pytest.raises(OutputError) as error:
        check_output_location(given, inputs)
    assert str(error.value) == f"{given}: {problem} {HINT}"


def test_an_output_folder_reached_through_a_link_is_checked_where_it_leads(tmp_path: Path):
    root = tmp_path / "project"
    (root / "static").mkdir(parents=True)
    os.symlink(root / "static", tmp_path / "alias")
    with pytest.raises(OutputError) as error:
        check_output_location(tmp_path / "alias" / "site", [root / "static"])
    assert str(error.value) == (f"{tmp_path / 'alias' / 'site'}: output folder is inside the input folder static/ "
                                "(choose an --out outside static/)")
