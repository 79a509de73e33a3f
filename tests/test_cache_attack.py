"""Attacks on the incremental build: whatever is done to the inputs, the cache or the site between
(or during) builds, a rebuild publishes what a clean build of the same inputs gives, or stops with
the clean build's one-line problems."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from explainer import filedigests, pipeline, sources, write
from explainer.problems import ContentError
from test_incremental import built, clean_build
from test_microsite import microsite


@pytest.fixture
def settled(monkeypatch):
    """Count every file as edited long before the build (in a test, all were written moments ago)."""
    monkeypatch.setattr(filedigests, "RACY_NS", -3600 * 10**9)


def outcome(build, root: Path) -> dict[str, bytes] | str:
    """Return the site a build gives, or the problems it stops with."""
    try:
        return build(root)
    except ContentError as error:
        return str(error)


def test_a_seed_found_usable_by_other_code_is_checked_again(tmp_path: Path, settled, monkeypatch):
    root = microsite(tmp_path / "project")
    built(root)
    built(root)  # every seed is now known by its digest, unread
    # A new version that refuses more in a seed (here: any "E") has another code digest.
    monkeypatch.setattr(sources, "_DIRECTION_OVERRIDE", re.compile("[\u202d\u202eE]"))
    code = pipeline.code_digest() + "-next"
    monkeypatch.setattr(pipeline, "code_digest", lambda: code)
    after = outcome(built, root)
    assert isinstance(after, str) and "seeds/council-minutes.txt:1: the document contains" in after
    assert after == outcome(clean_build, root)


def test_a_kept_page_copied_over_with_cp_p_while_the_build_writes_is_written_again(tmp_path: Path, settled,
                                                                                   monkeypatch):
    root = microsite(tmp_path / "project")
    built(root)
    built(root)
    first = built(root)  # the pages are now linked without being read
    page = "council-vote/index.html"
    other = tmp_path / "other.html"  # as long as the page, with another page's (older) modification time
    other.write_bytes(first[page].replace(b"levy", b"LEVY"))
    hour_ago = time.time_ns() - 3600 * 10**9
    os.utime(other, ns=(hour_ago, hour_ago))
    switch = write._switch

    def copied_over_first(staging: Path, out: Path, existed: bool) -> Path:
        shutil.copy2(other, staging / page)  # `cp -p`: in place, its time set back to the copied file's
        return switch(staging, out, existed)

    monkeypatch.setattr(write, "_switch", copied_over_first)
    built(root)
    monkeypatch.setattr(write, "_switch", switch)
    assert built(root) == first == clean_build(root)


def test_a_seeds_folder_moved_out_of_the_project_and_linked_back_is_refused(tmp_path: Path, settled):
    root = microsite(tmp_path / "project")
    built(root)
    built(root)  # every seed is now known by its signature, which moving the folder leaves as it is
    (root / "seeds").rename(tmp_path / "elsewhere")
    (root / "seeds").symlink_to(tmp_path / "elsewhere")
    expected = "seeds: is a link leading out of the project folder (replace the link with a copy of the folder)"
    assert outcome(built, root) == expected == outcome(clean_build, root)
