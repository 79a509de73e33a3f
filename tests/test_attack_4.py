"""Attacks, fourth round: a .cache/ planted by someone else, and what is left to try with files,
signals and sockets."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import urllib.error
from pathlib import Path

import pytest

from conftest import REPO, tree_digest
from explainer import beside_code, compiled_templates, filedigests, seal, write
from support import build_ok, edit, minimal_project
from test_serve import fetch, free_port, wait_for_end, wait_until

# Run as the attacker, with a key folder of their own: seal every file of the victim's .cache/ again, each
# holding a pickle that leaves a mark when loaded (after Jinja's magic for a compiled template, whose
# checksum Jinja unpickles).
PLANT = """
import builtins, pickle, sys
from pathlib import Path
import jinja2.bccache
from explainer.seal import write_sealed

class Mark:
    def __reduce__(self):
        return builtins.exec, ("open(%r, 'w').close()" % sys.argv[2],)

cache = Path(sys.argv[1])
for path in sorted(cache.rglob("*")):
    if path.is_file() and "spare-site" not in path.parts:
        magic = jinja2.bccache.bc_magic if "templates" in path.parts else b""
        write_sealed(path, magic + pickle.dumps(Mark()))
"""


def test_a_cache_sealed_by_anyone_else_runs_nothing_and_publishes_nothing(built_minimal: Path, tmp_path: Path,
                                                                          monkeypatch):
    monkeypatch.setattr(filedigests, "RACY_NS", -3600 * 10**9)  # every file counts as edited long ago
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # so compiled templates are kept in .cache/ too
    # and none are found beside our bytecode, where an earlier run with bytecode on may have kept them
    monkeypatch.setattr(beside_code, "folder", lambda: tmp_path / "no-bytecode")
    compiled_templates.forget_in_process()  # as a new process, with no .cache/, which writes every kind there
    shutil.rmtree(built_minimal / ".cache")
    good_site = build_ok(built_minimal)  # so its digests are kept too
    mark = tmp_path / "code-ran"
    attacker = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "attacker"), "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", PLANT, str(built_minimal / ".cache"), str(mark)], env=attacker, check=True)
    kinds = {path.parent.name for path in (built_minimal / ".cache").rglob("*") if path.is_file()}
    every_kind = {"templates", "content", "anchors", "plans", "views", "findings", "pages", "digests"}
    assert every_kind <= kinds

    assert build_ok(built_minimal) == good_site
    assert not mark.exists(), "a planted cache file ran code in the build"


@pytest.fixture
def keys(tmp_path: Path, monkeypatch) -> Path:
    """The user's key folder, in a folder of the test's own (the key is looked for afresh)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    return tmp_path / "home-cache" / "explainer"


def fresh_key() -> bytes:
    return seal.user_key.__wrapped__()


def test_the_key_is_made_once_private_and_then_kept(keys: Path):
    first = fresh_key()
    assert stat.S_IMODE(os.stat(keys).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(keys / "seal.key").st_mode) == 0o600
    assert fresh_key() == first and len(first) == seal.KEY_BYTES
    assert os.listdir(keys) == ["seal.key"]


@pytest.mark.parametrize("case", ["readable by others", "a link", "too short"])
def test_a_key_others_could_read_or_have_written_is_replaced(keys: Path, tmp_path: Path, case: str):
    keys.mkdir(parents=True, mode=0o700)
    known = b"k" * seal.KEY_BYTES
    if case == "a link":
        (tmp_path / "theirs").write_bytes(known)
        os.chmod(tmp_path / "theirs", 0o600)
        (keys / "seal.key").symlink_to(tmp_path / "theirs")
    else:
        (keys / "seal.key").write_bytes(known if case == "readable by others" else b"k")
        os.chmod(keys / "seal.key", 0o644 if case == "readable by others" else 0o600)
    made = fresh_key()
    assert made != known and len(made) == seal.KEY_BYTES
    assert (keys / "seal.key").read_bytes() == made and not (keys / "seal.key").is_symlink()
    if case == "a link":
        assert (tmp_path / "theirs").read_bytes() == known  # never written through


def test_a_key_folder_others_can_write_is_not_used(keys: Path):
    keys.mkdir(parents=True)
    os.chmod(keys, 0o777)
    made = fresh_key()
    assert len(made) == seal.KEY_BYTES and fresh_key() != made  # one per process, never kept there
    assert os.listdir(keys) == []


def test_a_payload_sealed_under_another_key_is_not_read():
    payload = b"kept"
    assert seal.unsealed(seal.sealed(payload)) == payload
    assert seal.unsealed(seal.sealed(payload, b"another key")) == b""
    assert seal.unsealed(seal.sealed(payload, b"another key"), b"another key") == payload


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
def test_a_site_file_swapped_for_a_link_to_another_users_file_is_written_anew(built_minimal: Path, tmp_path: Path):
    page = built_minimal / "site" / "flood" / "index.html"
    theirs = tmp_path / "theirs.html"  # same bytes, so the build would keep it: its owner could change it after
    theirs.write_bytes(page.read_bytes())
    os.chmod(theirs, 0o644)
    os.chown(theirs, 65534, 65534)
    page.unlink()
    os.link(theirs, page)
    build_ok(built_minimal)
    assert not os.path.samefile(page, theirs)
    assert page.stat().st_uid == os.geteuid() and page.read_bytes() == theirs.read_bytes()


def test_a_site_file_swapped_between_its_check_and_its_link_is_written_anew(built_minimal: Path, tmp_path: Path,
                                                                            monkeypatch):
    good_site = tree_digest(built_minimal / "site")
    page = built_minimal / "site" / "flood" / "index.html"
    planted = tmp_path / "planted.html"
    planted.write_bytes(page.read_bytes().replace(b"The flood", b"PLANTED!!"))
    os.chmod(planted, 0o644)
    checked = write._holds

    def swapped_once_checked(fd, name, *rest):
        held = checked(fd, name, *rest)
        if name == "index.html" and planted.exists():
            os.replace(planted, page)  # the very moment between reading the file and linking it
        return held

    monkeypatch.setattr(write, "_holds", swapped_once_checked)
    assert build_ok(built_minimal) == good_site


def answers(url: str) -> bool:
    """Say whether the server at `url` serves its home page (False while it is not listening yet)."""
    try:
        return fetch(url)[0] == 200
    except urllib.error.URLError:
        return False


def test_a_preview_whose_output_is_gone_keeps_serving_and_stops_cleanly(tmp_path: Path):
    """`serve | head`, a log on a full disk: the first line printed raised in the callback printing it,
    which never marked the server ready, and every rebuild's report and the final "stopped" raised again."""
    project = minimal_project(tmp_path / "project")
    reader, writer = os.pipe()
    os.close(reader)  # whoever read the server's output is gone before its first line
    url = f"http://127.0.0.1:{free_port()}/"
    errors = (tmp_path / "stderr").open("w+")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen([sys.executable, str(REPO / "build.py"), "--root", str(project), "serve",
                               "--port", url.rsplit(":", 1)[1].strip("/")], stdout=writer, stderr=errors, env=env)
    os.close(writer)
    try:
        wait_until(lambda: server.poll() is not None or answers(url), "the server served")
        edit(project / "content" / "flood" / "briefing.yaml", "title: The flood", "title: Saved with nobody reading")
        wait_until(lambda: server.poll() is not None or "Saved with nobody reading" in fetch(url + "flood/")[1],
                   "the save was built")
        assert server.poll() is None, "the server died"
        server.send_signal(signal.SIGTERM)
        assert wait_for_end(server, 15) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    errors.seek(0)
    assert "Traceback" not in errors.read()
