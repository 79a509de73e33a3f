"""A stop (Ctrl-C, SIGTERM) while the folder of pages written aside is made or removed leaves nothing beside the site.

test_attack_48's dozen stops left `.site.aside-PID` once in a CI run: a stop between making the folder and the block
that removes it, or during its removal, ended the process with the folder in place (aside.py now makes and removes it
with stops held, and takes a stop only inside the block).
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from explainer import aside


def _ctrl_c() -> None:
    """Send Ctrl-C to this thread, the main one: a build process has no other, where a test runner's worker has
    (execnet's), which a stop sent to the whole process may reach while the main thread holds it."""
    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)


def _stopped_after(real):
    """Return `real` wrapped to send this process Ctrl-C once it has done its work."""
    def wrapped(*args, **kwargs):
        done = real(*args, **kwargs)
        _ctrl_c()
        return done
    return wrapped


def _stopped_before(real):
    """Return `real` wrapped to send this process Ctrl-C as it starts its work."""
    def wrapped(*args, **kwargs):
        _ctrl_c()
        return real(*args, **kwargs)
    return wrapped


def _nothing_beside(site: Path) -> list[str]:
    return sorted(name for name in os.listdir(site.parent) if name.startswith(".site"))


def test_a_stop_as_the_folder_is_made_leaves_nothing(tmp_path: Path, monkeypatch):
    site = tmp_path / "site"
    monkeypatch.setattr(aside.os, "mkdir", _stopped_after(os.mkdir))
    with pytest.raises(KeyboardInterrupt):
        with aside.pages_aside(site) as folder:
            assert folder is None or folder.is_dir()  # the stop comes here, inside the block, at the latest
    assert _nothing_beside(site) == []


def test_a_stop_as_the_folder_is_removed_leaves_nothing(tmp_path: Path, monkeypatch):
    site = tmp_path / "site"
    with pytest.raises(KeyboardInterrupt):
        with aside.pages_aside(site) as folder:
            aside.write_aside(folder, "a/index.html", b"<p>page</p>")
            monkeypatch.setattr(aside, "_remove_tree", _stopped_before(aside._remove_tree))
    assert _nothing_beside(site) == []


def test_the_twin_a_build_unstopped_leaves_nothing_and_wrote_its_page(tmp_path: Path):
    site = tmp_path / "site"
    with aside.pages_aside(site) as folder:
        path, _ = aside.write_aside(folder, "a/index.html", b"<p>page</p>")
        assert Path(path).read_bytes() == b"<p>page</p>"
    assert _nothing_beside(site) == []
