"""Round eleven of attacks on files, signals and sockets: environment variables holding no number (a traceback, or a
process forked per page), `changes` on a full temporary disk (a bare "[Errno 28]"), and a preview shared on the network
that answered any Host name, so a page using DNS rebinding could read drafts and error pages from the editor's browser.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import run_build, run_build_process
from support import edit, fill_up, rebuild_fails, tree_digest
from test_serve import fetch_as_host, serving
from test_serve_attack import open_socket, port_of, refused


@pytest.mark.parametrize("name, value, wanted", [
    ("EXPLAINER_WORKERS", "²", "a whole number from 1 to 1,024"),  # str.isdigit() says yes, int() a traceback
    ("EXPLAINER_WORKERS", "-1", "a whole number from 1 to 1,024"),  # silently one per core
    ("EXPLAINER_WORKERS", "1000000000", "a whole number from 1 to 1,024"),  # a process per page
    ("EXPLAINER_SERVE_TIME_LIMIT", "nan", "a number of seconds above 0"),  # no preview build was ever stopped
    ("EXPLAINER_SERVE_POLL_AFTER_CHANGE", "0", "a number of seconds above 0"),  # the preview never slept
])
def test_an_environment_setting_that_is_no_number_in_its_range_is_one_line(built_minimal: Path, monkeypatch,
                                                                           name: str, value: str, wanted: str):
    monkeypatch.setenv(name, value)
    result = rebuild_fails(built_minimal, tree_digest(built_minimal / "site"))
    assert result.err == f"error: {name}={value} is not {wanted} (set it to one, or unset it for the default)\n"


@pytest.mark.parametrize("name", ["EXPLAINER_SERVE_HEADER_TIMEOUT", "EXPLAINER_SERVE_MAX_CONNECTIONS"])
def test_the_preview_given_a_setting_that_is_no_number_says_so_in_one_line(built_minimal: Path, name: str,
                                                                           monkeypatch):
    """Read as serve.py was imported, they ended the preview with a traceback before it printed anything."""
    monkeypatch.setenv(name, "abc")
    result = run_build_process(built_minimal, "serve", "--port", "1", timeout=60)
    assert result.code == 1 and "Traceback" not in result.err, result.err
    assert result.err.startswith(f"error: {name}=abc is not a ")


def test_changes_with_a_full_temporary_disk_names_the_folder_and_what_to_do(built_minimal: Path, tmp_path: Path,
                                                                            monkeypatch):
    git = ["git", "-C", str(built_minimal), "-c", "user.name=a", "-c", "user.email=a@b"]
    subprocess.run(["git", "init", "-q", str(built_minimal)], check=True)
    subprocess.run([*git, "add", "content", "seeds"], check=True)
    subprocess.run([*git, "commit", "-qm", "a"], check=True)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(temporary)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        fill_up(temporary)
        filler = temporary / "filler"
        os.truncate(filler, filler.stat().st_size - 4096)  # room for tempfile's probe of the folder, not for a commit
        monkeypatch.setenv("TMPDIR", str(temporary))
        result = run_build_process(built_minimal, "changes", "--since", "HEAD")
        assert (result.code, result.err) == (
            1, f"error: {temporary}: cannot unpack commit HEAD in this temporary folder: No space left on device (make "
               "room there, or set TMPDIR to a folder with room, then run changes again)\n")
        assert [path.name for path in temporary.iterdir()] == ["filler"]  # its half-unpacked folder is gone
    finally:
        subprocess.run(["umount", str(temporary)], check=True)


def test_a_preview_shared_on_the_network_answers_only_addresses_and_this_machines_names(project: Path):
    """Shared with --host 0.0.0.0 it answered any Host: a page of rebound.example, its name rebound to this machine,
    read the drafts and the error pages (with lines of the files) in the editor's own browser, and opened the
    live-reload socket. Vite and webpack-dev-server refuse such names too."""
    async def sockets(url: str) -> int:
        port = port_of(url)
        (await open_socket(url, f"http://127.0.0.1:{port}", host=f"127.0.0.1:{port}")).close()
        return await refused(url, f"http://rebound.example:{port}", host=f"rebound.example:{port}")

    with serving(project, options=("--host", "0.0.0.0")) as server:
        assert fetch_as_host(server.url, "rebound.example")[0] == 403
        assert asyncio.run(sockets(server.url)) == 403
        for name in ("127.0.0.1", "192.0.2.7", "[::1]", "localhost", socket.gethostname(), f"{socket.gethostname()}.local"):
            assert fetch_as_host(server.url, name)[0] == 200, name


def test_a_cache_on_a_read_only_disk_stops_no_build(built_minimal: Path, tmp_path: Path):
    """The spare site in a .cache/ that could not be emptied (a read-only disk, as another user's .cache/ is to us)
    stopped every build with "site: cannot write: Read-only file system", the site's disk being writable."""
    edit(built_minimal / "content" / "flood" / "briefing.yaml", "title: The flood", "title: The flood, again")
    assert run_build(built_minimal).code == 0  # the site replaced is kept as .cache/spare-site
    cache = built_minimal / ".cache"
    assert (cache / "spare-site").is_dir()
    shutil.copytree(cache, tmp_path / "cache", symlinks=True)
    shutil.rmtree(cache)
    cache.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(cache)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        shutil.copytree(tmp_path / "cache", cache, symlinks=True, dirs_exist_ok=True)
        subprocess.run(["mount", "-o", "remount,ro", str(cache)], check=True)
        edit(built_minimal / "content" / "flood" / "briefing.yaml", "title: The flood, again", "title: The flood, still")
        result = run_build(built_minimal)
        assert (result.code, result.err) == (0, ""), result.err
        assert "<h1>The flood, still</h1>" in (built_minimal / "site" / "flood" / "index.html").read_text()
    finally:
        subprocess.run(["umount", str(cache)], check=True)


def test_cite_on_a_terminal_whose_encoding_lacks_a_character_prints_it_as_an_escape_yaml_reads(project: Path,
                                                                                               monkeypatch):
    """A Latin-1 terminal's `cite` stopped at the source's `’`: "cannot write the output: 'latin-1' codec can't
    encode character '\\u2019' ... (free some space, or send the output elsewhere)"."""
    monkeypatch.setenv("PYTHONIOENCODING", "latin-1")
    result = run_build_process(project, "cite", "report", "Pakistan’s Information Minister")
    assert (result.code, result.err) == (0, "")
    quote = next(line for line in result.out.splitlines() if line.startswith("quote: "))
    assert quote == 'quote: "Pakistan\\u2019s Information Minister"'
    assert yaml.safe_load(quote) == {"quote": "Pakistan’s Information Minister"}


@pytest.mark.parametrize("inside", ["site", "a/b/site"])
def test_an_output_folder_inside_a_file_is_named_as_such(built_minimal: Path, inside: str):
    """It said "cannot write: File exists (check the output folder and build again)", and the folder was not it."""
    (built_minimal / "notes").write_text("")
    result = run_build(built_minimal, "--out", str(built_minimal / "notes" / inside))
    assert (result.code, result.err) == (1, f"error: {built_minimal / 'notes' / inside}: output path is inside "
                                            f"{built_minimal / 'notes'}, which is not a folder (choose another --out)\n")


def test_an_output_folder_that_is_a_mount_point_is_named_with_what_to_do(built_minimal: Path):
    """A site/ mounted (a container's volume, a CI cache) stopped every build: "cannot write: Device or resource busy
    (check the output folder and build again)", as a new site is switched in whole, beside it."""
    site = built_minimal / "site"
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(site)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        result = rebuild_fails(built_minimal, tree_digest(site))
        assert result.err == (f"error: {site}: output folder is a mount point, which a build cannot switch a new site "
                              f"into (choose an --out inside it, {site / 'site'}, or mount the folder holding it)\n")
        assert run_build(built_minimal, "--out", str(site / "site")).code == 0
    finally:
        subprocess.run(["umount", str(site)], check=True)


def test_a_user_without_a_home_folder_keeps_no_key_in_the_current_folder(tmp_path: Path, monkeypatch):
    """With no $HOME and no entry in the password database (a container run as a bare user id), `~` was taken as
    a folder of that name in the current one: a key a project brought there (a tarball keeps its 0600) unsealed the
    project's own .cache/, pickles that run code as they load."""
    import pwd

    from explainer import seal

    def no_entry(uid):
        raise KeyError(f"getpwuid(): uid not found: {uid}")

    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    brought = tmp_path / "project" / "~" / ".cache" / "explainer"
    brought.mkdir(parents=True, mode=0o700)
    (brought / "seal.key").write_bytes(b"k" * seal.KEY_BYTES)
    os.chmod(brought / "seal.key", 0o600)
    monkeypatch.chdir(tmp_path / "project")
    assert seal.user_key.__wrapped__() not in (b"k" * seal.KEY_BYTES, seal.user_key.__wrapped__())  # one per process
    monkeypatch.chdir(tmp_path)
    seal.user_key.__wrapped__()
    assert not (tmp_path / "~").exists()
