"""The lock file a killed build process left beside the site is removed once the preview has killed it, and only then:
never one another process holds, nor a link standing where it goes (explainer/sitelock.clear_unheld_lock).

The preview stops its build process with SIGTERM and kills it after a grace of two seconds; on a loaded machine a
build could overrun it mid-write, and `.site.lock` was left beside the site after the preview had stopped
(test_attack_46's Ctrl-C twice failed so in a fresh-clone run beside other test runs).
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

from explainer.sitelock import clear_unheld_lock


def test_a_lock_file_no_one_holds_is_removed(tmp_path: Path):
    lock = tmp_path / ".site.lock"
    lock.write_text("12345\n")
    clear_unheld_lock(tmp_path / "site")
    assert not lock.exists()


def test_a_lock_file_another_process_holds_is_left(tmp_path: Path):
    lock = tmp_path / ".site.lock"
    lock.write_text("")
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, os, sys\n"
        f"fd = os.open({str(lock)!r}, os.O_RDONLY)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "print('held', flush=True)\n"
        "sys.stdin.read()\n")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"  # the event itself, no sleep
        clear_unheld_lock(tmp_path / "site")
        assert lock.exists()
    finally:
        holder.communicate("")
    clear_unheld_lock(tmp_path / "site")
    assert not lock.exists()


def test_a_link_where_the_lock_goes_is_left_as_it_is(tmp_path: Path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me")
    (tmp_path / ".site.lock").symlink_to(target)
    clear_unheld_lock(tmp_path / "site")
    assert (tmp_path / ".site.lock").is_symlink() and target.read_text() == "keep me"


def test_no_lock_file_is_nothing_to_do(tmp_path: Path):
    clear_unheld_lock(tmp_path / "site")
    assert os.listdir(tmp_path) == []


def test_the_lock_held_in_this_process_by_a_build_is_left(tmp_path: Path):
    """A build of this process holds its lock by its own descriptor: another descriptor's flock fails, so it stays."""
    lock = tmp_path / ".site.lock"
    lock.write_text("")
    fd = os.open(lock, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        clear_unheld_lock(tmp_path / "site")
        assert lock.exists()
    finally:
        os.close(fd)
