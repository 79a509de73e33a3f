"""Round nineteen of attacks on files, signals and sockets: folders nested 1,500 deep. Beside `site/` (named as a
killed build's leftover) or in `.cache/spare-site/`, one ended every later build in a RecursionError, for good
(shutil.rmtree calls itself once per level); put in `site/` by someone else, it ended the build in a RecursionError as
it was carried over; in `seeds/` it stopped the preview's watching for good ("restart the server", which met it
again). Nested past what the system can name, it was to be fixed by "check the folder's permissions". And two files
of `static/` named alike but for an accent stored composed or decomposed ("café.css"), which a checkout on macOS holds
as one file, were both published.
Each test waits on the event itself (a process's end, a page served), never on a sleep.
"""

from __future__ import annotations

import array
import fcntl
import os
import shutil
import sys
import unicodedata
from pathlib import Path

import pytest

from conftest import run_build, tree_digest
from explainer.error_page import excerpt
from explainer.problems import Problem
from support import error_lines, rebuild_fails
from test_serve import BRIEFING_PAGE, page_shows, serving, set_title

DEEP = 1_500  # levels: past Python's recursion limit of 1,000, within what a path can name (3,000 characters)


@pytest.fixture(autouse=True)
def deleted_at_the_end(tmp_path: Path):
    """Delete the test's folder as it ends: pytest deletes old ones with shutil.rmtree, which the folders nested
    here would end in a RecursionError, in every later test run of this user on this machine."""
    yield
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))  # a frame a level, and these are 2,100 deep at most
    try:
        shutil.rmtree(tmp_path, ignore_errors=True)
    finally:
        sys.setrecursionlimit(limit)


def nest(folder: Path, levels: int, name: str = "d") -> None:
    """Make `levels` folders `name`, each in the one before, inside `folder` (made too); a file in the deepest."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(levels):  # each from its parent's handle: no path grows past what the system can name
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
        os.close(os.open("page.html", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd))
    finally:
        os.close(fd)


def built(root: Path) -> None:
    result = run_build(root)
    assert result.code == 0 and "Traceback" not in result.err, result.err[-2000:]


# --- folders nested deep where the build deletes -----------------------------------------------------------------

@pytest.mark.parametrize("planted", [".site.stage-99999", ".site.old-99999", ".cache/spare-site/older"])
def test_a_folder_nested_past_the_recursion_limit_where_the_build_deletes_is_deleted(built_minimal: Path,
                                                                                     planted: str):
    """A leftover beside site/ (a stage or a site moved aside) is deleted by the next build, and the spare's folders
    the new site lacks by the build that stages in it: one nested 1,500 deep ended every build in a traceback."""
    root = built_minimal
    nest(root / planted, DEEP)
    built(root)
    assert not os.path.lexists(root / planted)
    assert not list(root.glob(".site.*"))
    built(root)  # and the next one too


def test_a_site_folder_put_read_only_deep_inside_is_still_deleted_with_its_spare(built_minimal: Path):
    root = built_minimal
    spare = root / ".cache" / "spare-site" / "older"
    nest(spare, 3)
    for folder in (spare / "d" / "d", spare / "d"):
        folder.chmod(0o555)
    built(root)
    assert not os.path.lexists(spare)


# --- a leftover that cannot be deleted --------------------------------------------------------------------------

FS_IOC_GETFLAGS, FS_IOC_SETFLAGS, FS_IMMUTABLE_FL = 0x80086601, 0x40086602, 0x10  # linux/fs.h: what chattr +i sets


def set_immutable(path: Path, on: bool) -> None:
    """Make the file at `path` one nobody may delete or change, or undo that (as `chattr +i` / `-i`)."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        flags = array.array("i", [0])
        fcntl.ioctl(fd, FS_IOC_GETFLAGS, flags, True)
        flags[0] = flags[0] | FS_IMMUTABLE_FL if on else flags[0] & ~FS_IMMUTABLE_FL
        fcntl.ioctl(fd, FS_IOC_SETFLAGS, flags)
    finally:
        os.close(fd)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a file immutable needs root (CAP_LINUX_IMMUTABLE)")
def test_a_leftover_beside_the_site_that_cannot_be_deleted_is_named_and_stops_no_build(built_minimal: Path):
    """A failed build's stage holding a file that may not be deleted (made immutable; in a shared site, another
    user's folder) stopped every later build, for good, with "check the permissions of the output folder"."""
    root = built_minimal
    leftover = root / ".site.stage-99999"
    leftover.mkdir()
    (leftover / "index.html").write_text("half a page", encoding="utf-8")
    set_immutable(leftover / "index.html", True)
    try:
        for _ in range(2):
            result = run_build(root)
            assert result.code == 0, result.err
            assert result.err.splitlines()[0] == (
                "warning: .site.stage-99999: Operation not permitted (index.html): a failed build's leftover beside "
                "site/ cannot be deleted; the build goes on without it (delete it yourself: see what holds it with "
                "lsattr, or ls -l)")
    finally:
        set_immutable(leftover / "index.html", False)  # or no one could delete the test's folder
    built(root)
    assert not os.path.lexists(leftover)


# --- a folder nested deep that someone put in site/ --------------------------------------------------------------

def test_a_folder_nested_past_the_recursion_limit_in_the_site_is_refused_in_one_line(built_minimal: Path,
                                                                                    tmp_path: Path):
    root = built_minimal
    site = root / "site"
    good = tree_digest(site)
    nest(site / "archive", DEEP)
    result = run_build(root)
    assert result.code == 1 and "Traceback" not in result.err, result.err[-2000:]
    assert error_lines(result) == [f"{site}/archive: holds folders nested more than 100 deep, which the build does "
                                   "not carry into the new site (move it out of the output folder, then build again)"]
    (site / "archive").rename(tmp_path / "archive")  # out of the way of tree_digest, which cannot walk it either
    assert tree_digest(site) == good
    assert not list(root.glob(".site.*")), "a half-written site was left behind"
    built(root)  # moved out, as the error says, the next build goes on


def test_a_folder_nested_100_deep_in_the_site_is_still_carried_over(built_minimal: Path):
    root = built_minimal
    nest(root / "site" / "archive", 99)  # archive/ and 99 below it: 100 levels of folders
    result = run_build(root)
    assert result.code == 0, result.err
    assert "warning: site/archive was not made by build.py; left in place" in result.err
    assert (root / "site" / "archive" / ("d/" * 99) / "page.html").is_file()


# --- the lock beside the site ------------------------------------------------------------------------------------

def test_a_lock_file_hard_linked_to_a_content_file_leaves_that_file_as_it_was(built_minimal: Path):
    """A lock file left by a killed build is taken over, and the build's process id written into it: one that is a
    hard link to content/flood/claims.yaml (an unpacked archive or a `cp -al` copy can hold one) had the editor's
    file replaced by a number."""
    root = built_minimal
    claims = root / "content" / "flood" / "claims.yaml"
    before = claims.read_bytes()
    os.link(claims, root / ".site.lock")
    built(root)
    assert claims.read_bytes() == before
    assert claims.stat().st_nlink == 1 and not os.path.lexists(root / ".site.lock")


def test_a_lock_file_a_build_killed_as_it_made_it_left_under_two_names_stops_no_build(built_minimal: Path):
    """Killed between linking its lock file into place and removing the draft's name, a build leaves one file with
    two names: taken out of the way as a hard link, it is no error."""
    root = built_minimal
    (root / ".site.lock-99999").write_text("99999\n", encoding="utf-8")
    os.link(root / ".site.lock-99999", root / ".site.lock")
    built(root)
    assert not list(root.glob(".site.*"))


# --- the site's list of its files -------------------------------------------------------------------------------

def test_a_site_marker_larger_than_any_build_writes_is_refused_unread(built_minimal: Path):
    """A marker of 20 GB (a sparse file: no room on any disk) was read whole into memory by every build, which the
    system then killed without a word; 100 MB shows it, read in a second."""
    root = built_minimal
    marker = root / "site" / ".explainer-site"
    with marker.open("r+b") as file:
        file.truncate(100_000_000)
    good = tree_digest(root / "site")
    assert error_lines(rebuild_fails(root, good)) == [
        f"{root}/site/.explainer-site: is 100,000,000 bytes, more than the list of a site's files any build writes "
        "(67,108,864 at most), so it was not written by build.py (move what you put in site/ elsewhere, delete the "
        "folder, and build again)"]


# --- folders nested past what a path can name --------------------------------------------------------------------

def test_a_folder_nested_past_what_a_path_can_name_is_not_told_to_check_permissions(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    nest(root / "static" / "fonts", 20, "f" * 250)  # 5,000 characters: past PATH_MAX, 20 folders deep
    [line] = error_lines(rebuild_fails(root, good))
    assert line.startswith("static/fonts/fffff")
    assert line.endswith(": cannot be read: File name too long (the path is longer than the system takes: move what "
                         "is nested there out, or nearer the top)")


@pytest.mark.parametrize("folder", ["static", "templates"])  # content/ and locales/ are refused so too
def test_an_input_folder_nested_past_the_recursion_limit_is_refused_in_one_line(built_minimal: Path, folder: str):
    """A file in static/ nested 1,500 deep was published, and every later build ended in a RecursionError as the
    writer walked the site's folders; in templates/, Jinja's listing of them ended the build so (os.walk)."""
    root = built_minimal
    good = tree_digest(root / "site")
    nest(root / folder / "fonts", DEEP)
    lines = error_lines(rebuild_fails(root, good))
    assert f"{folder}/fonts{'/d' * 64}: is a folder nested more than 64 deep (move what it holds up, nearer the top, " \
           "or remove the nested folders)" in lines


# --- the preview's watching --------------------------------------------------------------------------------------

@pytest.mark.slow  # a preview server: seconds
def test_a_folder_nested_past_the_recursion_limit_in_seeds_never_stops_the_preview_watching(project: Path):
    nest(project / "seeds" / "archive", DEEP)  # the build reads only the seeds sources.yaml names: it builds
    with serving(project) as server:
        set_title(project, "title: Still watched")
        server.wait_until(page_shows(server, "Still watched", BRIEFING_PAGE), "the save was built")
        assert "watching for changes stopped" not in server.output
        assert "Traceback" not in server.output


# --- the preview's error page -----------------------------------------------------------------------------------

def test_the_error_pages_excerpt_shows_no_line_of_a_file_swapped_for_a_link_out_of_the_project(built_minimal: Path,
                                                                                             tmp_path: Path):
    """The build reads a content file once, safely; the error page read the file its problem names again, following
    a link: swapped meanwhile for a link to ~/.ssh/id_rsa, it showed the key's first lines, to anyone reaching a
    preview shared on the network."""
    root = built_minimal
    key = tmp_path / "id_rsa"
    key.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAE\n", encoding="utf-8")
    claims = root / "content" / "flood" / "claims.yaml"
    problem = Problem("content/flood/claims.yaml", 2, "the key is unknown", "fix it")
    assert [line.number for line in excerpt(root, problem)][:2] == [1, 2]  # the file itself is shown
    claims.unlink()
    claims.symlink_to(key)
    assert excerpt(root, problem) == ()


# --- names one file on macOS -------------------------------------------------------------------------------------

def test_two_static_files_named_alike_but_for_a_decomposed_accent_are_refused(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    (root / "static" / unicodedata.normalize("NFC", "café.css")).write_text("a { color: red }", encoding="utf-8")
    (root / "static" / unicodedata.normalize("NFD", "café.css")).write_text("a { color: blue }", encoding="utf-8")
    assert error_lines(rebuild_fails(root, good)) == [
        "static/caf\u00e9.css: the name differs from static/cafe\\u0301.css's only in how an accent is stored (composed "
        "or decomposed), and a checkout on macOS holds one file for both (rename one of the two files)"]


def test_two_templates_named_alike_but_for_letter_case_are_refused(built_minimal: Path):
    """A `Base.html` beside `base.html` (added in a pull request, say) is the one a checkout on macOS or Windows
    keeps in place of both, and the editor's pages are made from it there, unlike the site's."""
    root = built_minimal
    good = tree_digest(root / "site")
    (root / "templates" / "Base.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    assert error_lines(rebuild_fails(root, good)) == [
        "templates/base.html: the name differs from templates/Base.html's only in letter case, and a checkout on macOS "
        "or Windows holds one file for both (rename one of the two files)"]


def test_a_static_file_with_a_decomposed_accent_alone_is_published(built_minimal: Path):
    root = built_minimal
    name = unicodedata.normalize("NFD", "café.css")
    (root / "static" / name).write_text("a { color: blue }", encoding="utf-8")
    built(root)
    assert (root / "site" / "static" / name).read_text(encoding="utf-8") == "a { color: blue }"
