"""The real microsite's start-up, round 5: what a cold `python build.py` does that it need not."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO

# Run in a process of its own: what the collector holds here depends on the tests run before.
PAUSED_BUILD = """
import gc, json, sys
sys.path.insert(0, {repo!r})
from explainer.gc_pause import no_collection

if {frozen!r}:
    frozen_before = [object() for _ in range(10)]
    gc.freeze()
kept = gc.get_freeze_count()
with no_collection():
    made = [[index] for index in range(50_000)]  # a build's long-lived objects
    cycle = [[]]
    cycle[0].append(cycle)  # and a little cyclic garbage
    del cycle
    paused = not gc.isenabled()
after = gc.get_count()
made_old = any(item is made[-1] for item in gc.get_objects(generation=2))
print(json.dumps({{"paused": paused, "enabled": gc.isenabled(), "count": after[0], "made_old": made_old,
                  "frozen_kept": gc.get_freeze_count() == kept, "freed": gc.collect()}}))
"""


def paused_build(frozen: bool) -> dict:
    """Return what a process sees of the collector around a block run in no_collection()."""
    done = subprocess.run([sys.executable, "-c", PAUSED_BUILD.format(repo=str(REPO), frozen=frozen)],
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def test_what_a_paused_collector_saw_made_is_counted_old_without_a_collection():
    # Enabled again as it was, the collector started a pass over all the build made at its next allocation:
    # 9 to 20 ms of CPU at the end of the real microsite's build. Now the build's objects wait in the oldest generation.
    seen = paused_build(frozen=False)
    assert seen["paused"] and seen["enabled"]
    assert seen["count"] < 100, "the young generation's count starts afresh: no pass is due"
    assert seen["made_old"]
    assert seen["freed"] >= 2, "cyclic garbage made during the pause is still freed by a full pass"


def test_objects_someone_froze_stay_frozen():
    # Moving everything back from the permanent generation would undo another's gc.freeze() (a pre-forking server's,
    # say): then the pause ends as it did before, and nothing is moved.
    seen = paused_build(frozen=True)
    assert seen["paused"] and seen["enabled"] and seen["frozen_kept"]
    assert not seen["made_old"]


def test_a_bare_build_parses_as_the_parser_would_without_making_it(tmp_path, monkeypatch):
    # `python build.py` has nothing to parse: making the parser (eight commands, gettext looked up for each of
    # their texts) was 8 ms of a cold build's CPU. What it gives is what the parser gives.
    import argparse

    from explainer import cli

    parsed = cli._parser().parse_args([], argparse.Namespace(root=tmp_path))
    cli._parser.cache_clear()
    assert cli.parse_args([], default_root=tmp_path) == parsed
    assert cli._parser.cache_info().currsize == 0, "the parser was made for an empty command line"
    monkeypatch.chdir(tmp_path)
    assert cli.parse_args([]) == parsed
    assert cli.parse_args(["build"], default_root=tmp_path).command == "build"  # anything given is parsed


def pack_files(path) -> list[str]:
    return sorted(file.name for file in path.glob("*.pack"))


def test_a_small_pack_is_one_file_and_a_large_one_is_split_into_shards(tmp_path):
    # The real microsite's first build wrote 30 pack files of a few KB, one entry each: one file per pack now.
    from explainer.memo import SHARDS, PackMemo

    path = tmp_path / "plans"
    small = PackMemo(path)
    small.make_missing([(f"key-{index}", index) for index in range(10)], lambda item: item * 2)
    small.save()
    assert pack_files(path) == ["all.pack"]
    assert {key: PackMemo(path).get(key) for key in ("key-0", "key-9")} == {"key-0": 0, "key-9": 18}
    grown = PackMemo(path)
    keys = [f"more-{index}" for index in range(SHARDS * 4)]
    grown.make_missing([(key, key) for key in keys], lambda item: item.upper())
    grown.save()
    assert "all.pack" not in pack_files(path) and len(pack_files(path)) == SHARDS  # once written, the file goes
    kept = PackMemo(path)
    assert all(kept.get(key) == key.upper() for key in keys)
    kept.used = {key: kept.used[key] for key in keys[:3]}  # the next build uses three of them: small again
    kept.pickled = {key: kept.pickled[key] for key in keys[:3]}
    kept.save()
    assert pack_files(path) == ["all.pack"]
    assert [PackMemo(path).get(key) for key in keys[:4]] == ["MORE-0", "MORE-1", "MORE-2", None]


def test_a_large_entry_keeps_a_pack_in_shards(tmp_path, monkeypatch):
    from explainer import memo

    monkeypatch.setattr(memo, "ONE_FILE_BYTES", 1000)
    path = tmp_path / "views"
    pack = memo.PackMemo(path)
    pack.put("big", "x" * 2000)
    pack.put("small", "y")
    pack.save()
    assert pack_files(path) == sorted({f"{memo.shard_of('big'):x}.pack", f"{memo.shard_of('small'):x}.pack"})
    assert memo.PackMemo(path).get("big") == "x" * 2000


def test_a_build_stopped_between_the_two_layouts_loses_no_entry(tmp_path):
    # Written whole, aside then renamed, before the other layout's files go: a build stopped in between leaves both,
    # each entry right for its key, and the next save leaves one layout.
    import pickle

    from explainer.memo import PackMemo, shard_of
    from explainer.seal import write_sealed

    path = tmp_path / "content"
    write_sealed(path / "all.pack", pickle.dumps({"one": pickle.dumps(1), "two": pickle.dumps(2)}))
    write_sealed(path / f"{shard_of('three'):x}.pack", pickle.dumps({"three": pickle.dumps(3)}))
    both = PackMemo(path)
    assert [both.get(key) for key in ("one", "two", "three")] == [1, 2, 3]
    both.save()
    assert pack_files(path) == ["all.pack"]
    assert [PackMemo(path).get(key) for key in ("one", "two", "three")] == [1, 2, 3]


def test_the_real_microsites_first_build_writes_one_file_per_pack(tmp_path):
    from conftest import copy_project, run_build

    root = copy_project(tmp_path / "project", checked=False)
    assert run_build(root).code == 0
    for pack in ("content", "anchors", "plans", "findings", "pages"):
        assert pack_files(root / ".cache" / pack) == ["all.pack"], pack
