"""accept-source holds the library file while it reads and replaces it.

Two accept-source run at once each read content/sources.yaml, then renamed their copy over it: the second lost the
first's record, or wrote its digest at a line the first had moved (the line numbers came from its own reading).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import yaml
from conftest import REPO, run_build
from deadlines import Deadline
from support import minimal_project
from zygote import zygotes

SOON = 15.0  # seconds of running time (see Deadline) for what takes well under one


def _waiting_on_a_lock(pid: int) -> bool:
    """Say whether process `pid` waits for a lock (/proc/locks lists a blocked request as "-> FLOCK ...")."""
    return any("->" in line and line.split("->")[1].split()[3] == str(pid)
               for line in Path("/proc/locks").read_text().splitlines())


def test_accept_source_waits_for_another_and_writes_where_the_other_left_the_line(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    library, seed = root / "content" / "sources.yaml", root / "seeds" / "flood.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nThe river fell by morning.\n", encoding="utf-8")
    new_sha = hashlib.sha256(seed.read_bytes()).hexdigest()
    holder = os.open(library, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # as another accept-source holds it while it writes
    try:
        process = zygotes().popen([sys.executable, str(REPO / "build.py"), "--root", str(root), "accept-source",
                                   "flood"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = Deadline(SOON)
        while not _waiting_on_a_lock(process.pid):  # the event itself, read where the kernel lists it
            assert process.poll() is None, f"accept-source did not wait for the lock: {process.communicate()}"
            assert not deadline.passed(), "accept-source never asked for the lock"
            time.sleep(0.01)
        # The other run replaces the file whole, a line longer above the source's entry.
        other = "# sources of the flood briefing\n" + library.read_text(encoding="utf-8")
        draft = library.with_name(".sources.yaml.other")
        draft.write_text(other, encoding="utf-8")
        os.replace(draft, library)
    finally:
        os.close(holder)
    out, err = process.communicate(timeout=60)
    waited = f"waiting for another accept-source (pid {os.getpid()}) recording a SHA-256 in content/sources.yaml\n"
    assert (process.returncode, err) == (0, waited), out
    old_sha = yaml.safe_load(other)["sources"][0]["sha256"]
    assert library.read_text(encoding="utf-8") == other.replace(f"sha256: {old_sha}\n", f"sha256: {new_sha}\n")
    assert run_build(root).code == 0


def test_accept_source_on_a_library_that_is_a_link_records_in_the_file_it_leads_to(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    library, seed = root / "content" / "sources.yaml", root / "seeds" / "flood.txt"
    kept = root / "library.yaml"  # a link within the project
    library.rename(kept)
    library.symlink_to(kept)
    seed.write_text(seed.read_text(encoding="utf-8") + "\nThe river fell by morning.\n", encoding="utf-8")
    accepted = run_build(root, "accept-source", "flood")
    assert (accepted.code, accepted.err) == (0, "")
    assert library.is_symlink()
    assert yaml.safe_load(kept.read_text(encoding="utf-8"))["sources"][0]["sha256"] == \
        hashlib.sha256(seed.read_bytes()).hexdigest()
