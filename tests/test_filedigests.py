"""A rebuild does not read again a seed, content file or kept page whose stat signature is unchanged,
and still sees every edit: a file's change time moves with its bytes, whatever is done to its
modification time."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from explainer import filedigests, safefs, sources, write
from explainer.filedigests import FileDigests
from explainer.model import Source
from explainer.problems import ContentError
from explainer.sources import SourceText
from test_incremental import built, clean_build, replace_in
from test_microsite import microsite

SEED = "seeds/council-minutes.txt"
BRIEFING = "content/council-vote/briefing.yaml"


@pytest.fixture
def settled(monkeypatch):
    """Count every file as edited long before the build (in a test, all were written moments ago)."""
    monkeypatch.setattr(filedigests, "RACY_NS", -3600 * 10**9)


@pytest.fixture
def unsettled(monkeypatch):
    """Count every file as edited moments before the build, however long the test took to get to it.

    With the real RACY_NS (2 s), a file copied into the project more than 2 s before the build is
    settled: under load, a worker's first copy of the templates (compiling them) took that long.
    """
    monkeypatch.setattr(filedigests, "RACY_NS", 3600 * 10**9)


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """Record every project file read in full (by the name it is shown by) and every site page compared."""
    seen: list[str] = []
    read_bounded, holds = safefs._read_bounded, write._holds
    monkeypatch.setattr(safefs, "_read_bounded", lambda fd, size, limit, shown, *rest: seen.append(shown) or
                        read_bounded(fd, size, limit, shown, *rest))
    monkeypatch.setattr(write, "_holds", lambda fd, name, *rest: seen.append(f"site:{name}") or holds(fd, name, *rest))
    return seen


def same_size_edit(path: Path, old: str, new: str) -> None:
    """Replace `old` with `new` (as long) and set the modification time back: only the change time tells."""
    assert len(old) == len(new)
    before = path.stat()
    replace_in(path, old, new)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns


def test_a_rebuild_reads_no_unchanged_seed_content_file_or_kept_page(tmp_path: Path, settled, reads):
    root = microsite(tmp_path / "project")
    first = built(root)
    assert any(name.startswith("seeds/") for name in reads) and any(name.startswith("content/") for name in reads)
    built(root)  # the pages written by the first build are compared once, then remembered as they are linked
    reads.clear()
    assert built(root) == first
    assert not [name for name in reads if name.startswith(("seeds/", "content/", "site:"))], reads


def test_pages_the_spare_holds_are_remembered_once_settled(tmp_path: Path, monkeypatch, reads):
    """Builds moments apart remember no page; once the spare holds every page (the same file as the site),
    a settled build must still remember them: none was ever recorded again, and every build read them all."""
    root = microsite(tmp_path / "project")
    monkeypatch.setattr(filedigests, "RACY_NS", 3600 * 10**9)
    for _ in range(3):  # written, then linked into a new stage, then held by the spare: none remembered
        first = built(root)
    monkeypatch.setattr(filedigests, "RACY_NS", -3600 * 10**9)
    built(root)  # settled now: the pages are compared once more, and remembered
    for _ in range(2):  # and stay remembered, though a page the spare holds and a record vouches for is not recorded anew
        reads.clear()
        assert built(root) == first
        assert not [name for name in reads if name.startswith("site:")], reads


def test_without_a_settled_file_every_one_is_read_as_before(tmp_path: Path, unsettled, reads):
    root = microsite(tmp_path / "project")
    built(root)  # every file was written moments ago: none is remembered
    reads.clear()
    built(root)
    assert SEED in reads and BRIEFING in reads and any(name.startswith("site:") for name in reads)


def test_a_seed_edited_to_the_same_size_and_modification_time_is_still_read(tmp_path: Path, settled):
    root = microsite(tmp_path / "project")
    built(root)
    built(root)
    seed = root / SEED
    before = hashlib.sha256(seed.read_bytes()).hexdigest()
    same_size_edit(seed, "The council also discussed", "The council then discussed")
    replace_in(root / "content" / "sources.yaml", before, hashlib.sha256(seed.read_bytes()).hexdigest())
    after = built(root)
    assert "The council then discussed" in after["sources/minutes.html"].decode()
    assert after == clean_build(root)


def test_a_content_file_edited_to_the_same_size_and_modification_time_is_still_read(tmp_path: Path, settled):
    root = microsite(tmp_path / "project")
    built(root)
    built(root)
    same_size_edit(root / BRIEFING, "title: The harbour levy vote", "title: The harbour levy poll")
    after = built(root)
    assert "The harbour levy poll" in after["council-vote/index.html"].decode()
    assert after == clean_build(root)


def test_a_kept_page_changed_by_hand_to_the_same_size_and_time_is_written_again(tmp_path: Path, settled):
    root = microsite(tmp_path / "project")
    first = built(root)
    built(root)
    built(root)  # the pages are now linked without being read
    page = root / "site" / "council-vote" / "index.html"
    before = page.stat()
    page.write_bytes(bytes(before.st_size))
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert built(root) == first


def test_a_source_read_late_must_still_have_the_bytes_it_was_known_by(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(sources, "_TEXTS", {})  # a process that has read no source yet
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds" / "report.txt"
    seed.write_text("The levy passed.\n", encoding="utf-8")
    source = Source(id="report", file="report.txt", title="Report", publisher="Courier", date="2026-05-01")
    known = hashlib.sha256(seed.read_bytes()).hexdigest()
    seed.write_text("The levy failed.\n", encoding="utf-8")
    with pytest.raises(ContentError, match="seeds/report.txt: changed while the site was being built"):
        SourceText(source, None, known, seed, tmp_path / "seeds").text


def test_a_process_reads_a_sources_bytes_once_per_digest(tmp_path: Path, monkeypatch):
    """The preview's build process reads again only the sources that changed: a text is kept by its digest,
    so what a build is given is always the text of the digest the source is known by."""
    monkeypatch.setattr(sources, "_TEXTS", {})
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds" / "report.txt"
    seed.write_text("The levy passed.\n", encoding="utf-8")
    source = Source(id="report", file="report.txt", title="Report", publisher="Courier", date="2026-05-01")
    known = hashlib.sha256(seed.read_bytes()).hexdigest()
    assert SourceText(source, None, known, seed, tmp_path / "seeds").text == "The levy passed.\n"
    seed.unlink()  # not read again: the text is the one its digest stands for
    assert SourceText(source, None, known, seed, tmp_path / "seeds").text == "The levy passed.\n"
    seed.write_text("The levy failed.\n", encoding="utf-8")
    changed = hashlib.sha256(seed.read_bytes()).hexdigest()
    assert SourceText(source, None, changed, seed, tmp_path / "seeds").text == "The levy failed.\n"
    read, problems = sources.read_sources(tmp_path / "seeds", [source], "content/sources.yaml")
    assert not problems and set(sources._TEXTS) == {changed}, "only the texts of the last build's sources are kept"


def test_a_file_edited_moments_before_a_build_is_not_remembered(tmp_path: Path):
    fresh, old = tmp_path / "fresh.txt", tmp_path / "old.txt"
    fresh.write_text("a", encoding="utf-8")
    old.write_text("b", encoding="utf-8")
    hour_ago = time.time_ns() - 3600 * 10**9
    os.utime(old, ns=(hour_ago, hour_ago))  # modified an hour ago, changed (by utime) just now
    inputs, site = FileDigests(tmp_path / "inputs"), FileDigests(tmp_path / "site", relinked=True)
    for digests in (inputs, site):
        for path in (fresh, old):
            digests.record(str(path), path.stat(), "digest")
    assert inputs.now == {}  # an input is trusted only once both its times are settled
    assert list(site.now) == [str(old)]  # a file linked anew each build: its modification time is what tells
    site.save()
    assert FileDigests(tmp_path / "site", relinked=True).known(str(old), old.stat()) == "digest"
    old.write_text("c", encoding="utf-8")
    assert FileDigests(tmp_path / "site", relinked=True).known(str(old), old.stat()) is None


def test_damaged_or_foreign_digests_are_a_miss(tmp_path: Path, settled):
    root = microsite(tmp_path / "project")
    first = built(root)
    built(root)
    kept = sorted((root / ".cache" / "digests").iterdir())
    assert [path.name for path in kept] == ["content", "seeds", "site"]
    for path in kept:
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    assert built(root) == first == clean_build(root)
