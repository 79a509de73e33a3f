"""The preview server's start (issue 14): its first build process is forked before the server has threads."""

from __future__ import annotations

from pathlib import Path

from test_serve import fetch, serving


def children(pid: int) -> list[int]:
    """Return the pids of a process's children."""
    return [int(child) for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()]


def test_the_preview_server_starts_one_process_beside_itself_its_build_process(built_minimal):
    # Spawned, the build process also brought multiprocessing's resource tracker, a third Python for every server
    # (0.15 CPU-s of each start with the spawn itself), although a build shares no semaphore or memory with it.
    with serving(built_minimal) as server:
        assert fetch(server.url)[0] == 200
        found = children(server.process.pid)
        assert len(found) == 1, [Path(f"/proc/{child}/cmdline").read_bytes() for child in found]
        assert b"resource_tracker" not in Path(f"/proc/{found[0]}/cmdline").read_bytes()
