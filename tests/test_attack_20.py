"""Round twenty of attacks on files, signals and sockets. A link put in `site/` leading out of it was carried into the
new site with a warning, and a GitHub Pages deploy (upload-pages-artifact archives with `tar --dereference`) would have
published what it led to: a `~/.ssh` key, `/etc/passwd`. `locales/EN.yaml` beside `locales/en.yaml`, one file on macOS
and Windows, was read as a language of its own. A file in `site/` that cannot be hard-linked was copied by reading it
whole into memory: one of 8 GB (a sparse file, a few blocks on disk) ended the build in a MemoryError.
Each test waits on the event itself (a process's end), never on a sleep.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_build, tree_digest
from support import edit, error_lines, fixture_project, rebuild_fails
from test_attack_19 import set_immutable
from zygote import zygotes


def built(root: Path, *args: str) -> str:
    result = run_build(root, *args)
    assert result.code == 0 and "Traceback" not in result.err, result.err[-2000:]
    return result.err


# --- a link in site/ leading out of it -------------------------------------------------------------------------

def plant_secret(tmp_path: Path) -> Path:
    secret = tmp_path / "home" / ".ssh" / "id_ed25519"
    secret.parent.mkdir(parents=True)
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n", encoding="utf-8")
    return secret


@pytest.mark.parametrize("where, leads_to", [
    ("key.txt", "SECRET"),  # by its absolute path
    ("sources/key.txt", "../../../home/.ssh/id_ed25519"),  # by a relative one climbing out
    ("extra/deeper/keys", "../../../../home/.ssh"),  # a folder of links someone put in the site, and a folder led to
    ("here/key.txt", "../loop/../../home/.ssh/id_ed25519"),  # through a link inside the site that leads to it whole
])
def test_a_link_in_the_site_leading_out_of_it_is_refused_in_one_line(built_minimal: Path, tmp_path: Path,
                                                                     where: str, leads_to: str):
    """Uploading site/ follows links: what a link leading out of it names is what a deploy would publish."""
    root = built_minimal
    secret = plant_secret(tmp_path)
    leads_to = str(secret) if leads_to == "SECRET" else leads_to
    site = root / "site"
    (site / "loop").symlink_to(".")  # leads to the site itself: kept
    (site / where).parent.mkdir(parents=True, exist_ok=True)
    (site / where).symlink_to(leads_to)
    good = tree_digest(site)
    assert error_lines(rebuild_fails(root, good)) == [
        f"{site}/{where}: is a link leading out of site/ (to {leads_to}), and a deploy would publish what it leads to: "
        "uploading site/ follows links (move the link out of site/, or put a copy of what is to be published in its "
        "place, then build again)"]
    assert os.readlink(site / where) == leads_to


def test_links_in_the_site_leading_into_it_are_still_carried_over(built_minimal: Path):
    """What editors rely on stays: a link to a page of the site, a folder of links, one to nothing in it yet."""
    root = built_minimal
    site = root / "site"
    (site / "latest").symlink_to("index.html")
    (site / "extra").mkdir()
    (site / "extra" / "home.html").symlink_to("../index.html")
    (site / "soon.html").symlink_to("not-yet.html")
    err = built(root)
    assert "extra was not made by build.py" in err and "latest was not made by build.py" in err
    assert [os.readlink(site / name) for name in ("latest", "extra/home.html", "soon.html")] == [
        "index.html", "../index.html", "not-yet.html"]
    assert (site / "extra" / "home.html").read_bytes() == (site / "index.html").read_bytes()


# --- locale files named alike --------------------------------------------------------------------------------

@pytest.mark.parametrize("twin", ["EN.yaml", "En.yaml"])
def test_a_locale_named_as_another_but_for_letter_case_is_refused(built_minimal: Path, twin: str):
    """macOS and Windows hold one file for `EN.yaml` and `en.yaml`: which one's words the pages had depended on the
    checkout, and on Linux `EN.yaml` was read as a language of its own."""
    root = built_minimal
    locales = root / "locales"
    locales.mkdir(exist_ok=True)
    english = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    (locales / "en.yaml").write_text(english, encoding="utf-8")
    (locales / twin).write_text(english.replace("Sources", "Quellen"), encoding="utf-8")
    good = tree_digest(root / "site")
    assert error_lines(rebuild_fails(root, good)) == [
        f"locales/en.yaml: the name differs from locales/{twin}'s only in letter case (or in how an accent is stored), "
        "and a checkout on macOS or Windows holds one file for both (rename or delete one of the two files)"]


# --- a file in site/ that cannot be hard-linked ---------------------------------------------------------------

SPARSE = 8 * 1024 ** 3  # bytes: 8 GB long, a few kilobytes on disk
# The file's hard link refused (as across disks, or where the system protects another user's file): it is copied.
UNLINKABLE = """
import errno, os, resource, sys
from explainer import cli
resource.setrlimit(resource.RLIMIT_AS, (2 * 1024 ** 3, resource.RLIM_INFINITY))
link = os.link
def refused(source, *args, **kwargs):
    if str(source).endswith(".bin"):
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))
    return link(source, *args, **kwargs)
os.link = refused
sys.exit(cli.main(["--root", sys.argv[1]]))
"""


def test_a_huge_sparse_file_in_the_site_that_cannot_be_linked_is_copied_a_piece_at_a_time(built_minimal: Path):
    """It was read whole into memory: a MemoryError here, where the process may use 2 GB, the system's killer on a
    machine with less memory than the file's length. It is copied with its holes left holes."""
    root = built_minimal
    big = root / "site" / "archive.bin"
    with big.open("wb") as file:
        file.write(b"head")
        file.seek(SPARSE - 4)
        file.write(b"tail")
    dense = os.urandom(3 * 1024 ** 2 + 5)  # over three of the pieces copied at a time, and a part of one
    (root / "site" / "dense.bin").write_bytes(dense)
    try:
        done = zygotes().run([sys.executable, "-c", UNLINKABLE, str(root)], capture_output=True, text=True,
                             timeout=300, cwd=REPO)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
        copied = os.stat(big)
        assert copied.st_size == SPARSE and copied.st_blocks * 512 < 1024 ** 2
        with big.open("rb") as file:
            assert file.read(4) == b"head"
            file.seek(SPARSE - 4)
            assert file.read() == b"tail"
        assert (root / "site" / "dense.bin").read_bytes() == dense
    finally:
        for path in (big, root / ".cache" / "spare-site" / "archive.bin"):
            if path.exists():
                path.unlink()


# --- a spare holding a file that cannot be deleted ------------------------------------------------------------

@pytest.mark.skipif(os.geteuid() != 0, reason="making a file immutable needs root (CAP_LINUX_IMMUTABLE)")
@pytest.mark.parametrize("planted", ["gone.html", "sources/gone.html"])
def test_a_spare_holding_a_file_that_cannot_be_deleted_fails_no_build(built_minimal: Path, planted: str):
    """The build staging in the spare failed ("cannot write: Operation not permitted") and left it beside site/ as a
    stage, which the next build named and went on without: every such spare cost a failed build."""
    root = built_minimal
    built(root)  # a second build, so that the spare holds the first one's site
    stuck = root / ".cache" / "spare-site" / planted
    assert stuck.parent.is_dir()
    stuck.write_text("an older page", encoding="utf-8")
    set_immutable(stuck, True)
    try:
        err = built(root)
        assert re.fullmatch(r"warning: \.site\.new-\d+: Operation not permitted \(" + planted + "\\): a failed build's "
                            r"leftover beside site/ cannot be deleted; the build goes on without it \(delete it "
                            r"yourself: see what holds it with lsattr, or ls -l\)", err.splitlines()[0]), err
        assert not list(root.glob(".site.stage-*"))
        built(root)
    finally:
        for path in root.glob(f"**/{Path(planted).name}"):
            set_immutable(path, False)  # or no one could delete the test's folder
    built(root)
    assert not list(root.glob(".site.*")) and not list(root.glob(f"**/{Path(planted).name}"))


# --- Urdu's and Turkish's readings of text made to backtrack ----------------------------------------------------

# Each reading runs on 200 KB in a process that may use 2 GB and is cut short after a minute: milliseconds now; the
# Urdu ones took minutes (13 seconds for 50 KB, four times that for each doubling), and the Turkish one held a form
# as long as the word for each "m" in it: 13 GB for "madmadmad..." at 200 KB.
READ_200_KB = """
import resource, sys
from explainer import turkish_negations, urdu_speakers
from explainer.attribution import Cited
resource.setrlimit(resource.RLIMIT_AS, (2 * 1024 ** 3, resource.RLIM_INFINITY))
text = {text}
print({call})
"""


@pytest.mark.parametrize("text, call, printed", [
    ('"بات" + " " * 200_000', "urdu_speakers.may_name_a_speaker(text)", "False"),  # each space began a run to the end
    ('"بات" + " \\t" * 100_000 + "نے"', "urdu_speakers.may_name_a_speaker(text)", "False"),
    ('"علی نے کہا " * 18_000', "len(urdu_speakers.urdu_speakers(text))", "18000"),  # each scanned from the start
    ('"mad" * 67_000', "turkish_negations.flipped(text, text, [Cited('kabul edilmediğini')])", "[]"),
], ids=["spaces", "spaces and tabs", "many speakers in one clause", "a word of 200 KB"])
def test_urdu_and_turkish_readings_of_200_kb_end_at_once(text: str, call: str, printed: str):
    done = zygotes().run([sys.executable, "-c", READ_200_KB.format(text=text, call=call)], capture_output=True,
                         text=True, timeout=60, cwd=REPO)
    assert (done.returncode, done.stdout.strip()) == (0, printed), done.stderr[-2000:]


# --- a locale's digits -----------------------------------------------------------------------------------------

URDU = REPO / "tests" / "fixtures" / "newuser_24"
WRONG_SHAPE = ("locales/ur.yaml:6: label 'digits' has the wrong shape (write the ten digits, zero first, as the language "
               "writes them: \"۰۱۲۳۴۵۶۷۸۹\")")


@pytest.mark.parametrize("digits, refused", [
    ("𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", WRONG_SHAPE),  # 0 to 9 in mathematical bold: every figure and date of the pages was written so
    ("０１２３４５６７８９", WRONG_SHAPE),  # fullwidth
    ("۰" * 10, WRONG_SHAPE),  # held already, as do the rows below
    ("۰۱۲۳۴۵۶۷۸۹" * 1_000, WRONG_SHAPE),
    ("\u202e۰۱۲۳۴۵۶۷۸۹", "locales/ur.yaml:6: invisible control character U+202E (RIGHT-TO-LEFT OVERRIDE) is not allowed "
                         "(delete it; it is invisible in most editors)"),
], ids=["mathematical bold", "fullwidth", "ten zeros", "10,000 characters", "a right-to-left override"])
def test_a_locales_digits_that_are_not_its_scripts_own_ten_are_refused(tmp_path: Path, digits: str, refused: str):
    root = fixture_project(URDU, tmp_path / "desk")
    edit(root / "locales" / "ur.yaml", 'digits: "۰۱۲۳۴۵۶۷۸۹"', f'digits: "{digits}"')
    result = run_build(root, "check")
    assert (result.code, error_lines(result)) == (1, [refused]), result.err


@pytest.mark.parametrize("digits", [
    "۰۱۲۳۴۵۶۷۸۹" * 1_000,  # ended the build in a traceback ("the first two maketrans arguments must have equal length")
    "۰۱۲۳۴۵۶۷۹۸",  # 8 and 9 swapped: every 8 of the pages shown as 9, where a passage gave the figure "۰۱۲۳۴۵۶۷۹۸"
    "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗",
], ids=["10,000 characters", "8 and 9 swapped", "mathematical bold"])
def test_a_briefings_own_digits_are_checked_as_a_locales_are(tmp_path: Path, digits: str):
    """A briefing's `labels` may replace its locale's, `digits` too where the locale has them; they were not checked."""
    root = fixture_project(URDU, tmp_path / "desk")
    briefing = root / "content" / "sindh-punjab-water" / "briefing.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8") + f'labels:\n  digits: "{digits}"\n', encoding="utf-8")
    result = run_build(root, "check")
    # (a label of 10,000 characters is refused for its length first, as every label value past 300 is: attack42)
    wrong_shape = ("content/sindh-punjab-water/briefing.yaml:47: `labels`: label 'digits' has the wrong shape (write the "
                   "ten digits, zero first, as the language writes them: \"۰۱۲۳۴۵۶۷۸۹\")")
    too_long = ("content/sindh-punjab-water/briefing.yaml:47: labels.digits: is 10,000 characters long, past the 300 it "
                "may hold, as a heading, shown above what it heads (shorten it; what more there is to say belongs in the "
                "text below it)")
    assert (result.code, "Traceback" in result.err, error_lines(result)) == (1, False, [
        too_long if len(digits) > 300 else wrong_shape]), result.err[-2000:]
