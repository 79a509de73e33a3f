"""What a build keeps in .cache/ for the next: kept values come back, new ones are made once, a bad pack is ignored.

The packs hold each content file's model, each briefing's anchored passages and each
briefing's plan; an edit to one briefing makes new entries for that briefing only.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
from pathlib import Path


from conftest import pack_entries, run_build, run_build_process, tree_digest
from explainer.memo import SHARDS, PackMemo, shard_of
from explainer.seal import sealed


def shard_file(pack: Path, key: str) -> Path:
    return pack / f"{shard_of(key):x}.pack"


def test_a_pack_gives_back_what_a_build_kept_and_drops_what_the_next_did_not_use(tmp_path: Path):
    path = tmp_path / "plans"
    first = PackMemo(path)
    first.put("a", {"value": 1})
    first.make_missing([("b", 2), ("c", 3)], lambda item: item * 10)
    first.save()
    second = PackMemo(path)
    assert second.get("a") == {"value": 1} and second.get("b") == 20
    second.save()  # "c" was not asked for: dropped
    assert set(pack_entries(path)) == {"a", "b"}
    assert PackMemo(path).get("c") is None


def test_saving_rewrites_only_the_shards_whose_entries_changed(tmp_path: Path):
    path = tmp_path / "plans"
    first = PackMemo(path)
    keys = [f"key-{index}" for index in range(1000)]
    first.make_missing([(key, key) for key in keys], lambda item: item.upper())
    first.save()
    assert len(list(path.glob("*.pack"))) == SHARDS  # 1,000 keys fill every shard
    before = {file.name: os.stat(file).st_ino for file in path.glob("*.pack")}
    second = PackMemo(path)
    second.make_missing([(key, key) for key in keys[1:]] + [("new", "new")], lambda item: item.upper())
    second.save()
    after = {file.name: os.stat(file).st_ino for file in path.glob("*.pack")}
    rewritten = {name for name in after if after[name] != before.get(name)}
    assert rewritten == {shard_file(path, "key-0").name, shard_file(path, "new").name}
    assert pack_entries(path) == {**{key: key.upper() for key in keys[1:]}, "new": "NEW"}


def test_a_process_reads_again_only_the_shards_a_build_replaced(tmp_path: Path, monkeypatch):
    from explainer import memo
    from explainer.seal import write_sealed

    monkeypatch.setattr(memo, "_SHARDS_READ", {})  # as a new process
    real, read = memo.read_sealed, []
    monkeypatch.setattr(memo, "read_sealed", lambda path, *rest: read.append(path.name) or real(path, *rest))
    path = tmp_path / "plans"
    keys = [f"key-{index}" for index in range(1000)]
    first = PackMemo(path)
    first.make_missing([(key, key) for key in keys], lambda item: item.upper())
    first.save()
    assert read == []  # none yet
    assert PackMemo(path).get("key-7") == "KEY-7" and len(read) == SHARDS  # each read once
    read.clear()
    second = PackMemo(path)
    assert second.get("key-7") == "KEY-7" and read == []  # none replaced since: nothing read again
    second.make_missing([(key, key) for key in keys] + [("new", "new")], lambda item: item.upper())
    second.save()
    read.clear()
    assert PackMemo(path).get("new") == "NEW" and read == [shard_file(path, "new").name]
    # A shard replaced by another process, or written in place, is read again.
    shard = shard_file(path, "key-7")
    write_sealed(shard, pickle.dumps({"key-7": pickle.dumps("THEIRS")}))
    assert PackMemo(path).get("key-7") == "THEIRS"
    with open(shard, "r+b") as file:
        file.write(sealed(pickle.dumps({"key-7": pickle.dumps("INPLACE")})))
        file.truncate()
    assert PackMemo(path).get("key-7") == "INPLACE"


def test_a_process_unpickles_an_entry_of_a_shard_it_read_once(tmp_path: Path, monkeypatch):
    from explainer import memo

    monkeypatch.setattr(memo, "_SHARDS_READ", {})  # as a new process
    path = tmp_path / "plans"
    first = PackMemo(path)
    first.put("a", ["value"])
    first.save()
    one, two = PackMemo(path).get("a"), PackMemo(path).get("a")
    assert one == ["value"] and one is two  # the second build is given what the first unpickled
    third = PackMemo(path)
    third.put("a", ["another value"])
    third.save()
    assert PackMemo(path).get("a") == ["another value"]  # its shard replaced: read and unpickled again


def test_make_missing_makes_only_what_is_not_kept(tmp_path: Path):
    path = tmp_path / "anchors"
    memo = PackMemo(path)
    memo.make_missing([("one", 1)], lambda item: item)
    memo.save()
    made = []
    again = PackMemo(path)
    again.make_missing([("one", 1), ("two", 2)], lambda item: made.append(item) or item)
    assert made == [2]
    assert again.get("one") == 1 and again.get("two") == 2


def test_a_shard_that_is_garbage_a_folder_a_pipe_or_a_link_out_is_ignored(tmp_path: Path):
    cache = tmp_path / "cache"
    planted = {"anything": pickle.dumps("planted")}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shard_file(elsewhere, "anything").write_bytes(sealed(pickle.dumps(planted)))
    assert PackMemo(elsewhere).get("anything") == "planted"
    packs = {name: cache / name for name in ("garbage", "folder", "pipe", "link", "linked-pack")}
    for pack in packs.values():
        pack.mkdir(parents=True)
    shard_file(packs["garbage"], "anything").write_bytes(b"\x80\x05not a pickle")
    shard_file(packs["folder"], "anything").mkdir()
    os.mkfifo(shard_file(packs["pipe"], "anything"))  # opening it for reading would wait for a writer forever
    shard_file(packs["link"], "anything").symlink_to(shard_file(elsewhere, "anything"))
    packs["linked-pack"].rmdir()
    packs["linked-pack"].symlink_to(elsewhere)  # the pack folder itself a link out
    for pack in packs.values():
        assert PackMemo(pack).get("anything") is None, pack.name


def test_an_entry_that_no_longer_unpickles_is_made_again_and_replaced(tmp_path: Path):
    path = tmp_path / "content"
    path.mkdir()
    shard_file(path, "key").write_bytes(sealed(pickle.dumps({"key": b"\x80\x05broken"})))
    memo = PackMemo(path)
    memo.make_missing([("key", 7)], lambda item: item)
    assert memo.get("key") == 7
    memo.save()
    assert PackMemo(path).get("key") == 7


_DAMAGED = [
    b"\x80\x05\x95\xff\xff\xff\xff\xff\xff\xff\xff",  # a frame longer than any: OverflowError
    b"c_operator\ngetitem\n(}S'x'\ntR.",  # a call that raises KeyError
    b"c_operator\ntruediv\n(I1\nI0\ntR.",  # ZeroDivisionError
]


def test_damaged_bytes_that_raise_anything_are_a_cache_miss(tmp_path: Path):
    """Damaged bytes make the unpickler raise almost anything (OverflowError, KeyError, what a call raises), not
    only UnpicklingError: in a shard or in one entry, the value is made again, never a traceback."""
    for index, damaged in enumerate(_DAMAGED):
        whole, entry = tmp_path / f"whole-{index}", tmp_path / f"entry-{index}"
        whole.mkdir()
        entry.mkdir()
        shard_file(whole, "key").write_bytes(sealed(damaged))
        shard_file(entry, "key").write_bytes(sealed(pickle.dumps({"key": damaged})))
        for path in (whole, entry):
            memo = PackMemo(path)
            assert memo.get("key") is None, (path.name, damaged)
            memo.make_missing([("key", 7)], lambda item: item)
            memo.save()
            assert PackMemo(path).get("key") == 7


def test_a_pack_changed_by_a_flipped_bit_is_not_read(tmp_path: Path):
    """A damaged shard may still unpickle, to a wrong value: its digest no longer matches, so it is a miss."""
    path = tmp_path / "plans"
    memo = PackMemo(path)
    memo.put("key", "value 1234")
    memo.save()
    [shard] = path.glob("*.pack")
    data = shard.read_bytes()
    at = data.index(b"1234")
    shard.write_bytes(data[:at] + b"9" + data[at + 1:])  # still a pickle, now of "value 9234"
    assert PackMemo(path).get("key") is None


def test_an_edit_to_one_briefing_anchors_and_plans_that_briefing_only(tmp_path: Path):
    from test_synth import load_synth

    root = load_synth().generate(tmp_path / "project", briefings=4, sources=30, citations=80, big_sources=0)
    assert run_build(root).code == 0
    before = {name: set(pack_entries(root / ".cache" / name)) for name in ("anchors", "plans")}
    claims = root / "content" / "briefing-002" / "claims.yaml"
    claims.write_text(claims.read_text().replace('says: "', 'says: "Edited. ', 1))
    assert run_build(root).code == 0
    # One briefing's entries replaced: its plan; its passages, citation definitions and cross-file checks.
    for name, keys in before.items():
        after = set(pack_entries(root / ".cache" / name))
        replaced = {"anchors": 3, "plans": 1}[name]
        assert len(after - keys) == replaced and len(keys - after) == replaced, name


def test_a_process_folds_each_source_once_while_its_bytes_are_unchanged(tmp_path: Path, monkeypatch):
    """The preview's build process folds (and reads) again only the sources an edit changed."""
    from explainer import anchor, sources
    from test_synth import load_synth

    monkeypatch.setattr(anchor, "_FOLDED", {})
    monkeypatch.setattr(sources, "_TEXTS", {})
    root = load_synth().generate(tmp_path / "project", briefings=2, sources=6, citations=12, big_sources=0)
    assert run_build(root).code == 0
    fold, folded = anchor.fold_with_offsets, []
    monkeypatch.setattr(anchor, "fold_with_offsets", lambda text: folded.append(text) or fold(text))
    claims = root / "content" / "briefing-002" / "claims.yaml"
    claims.write_text(claims.read_text().replace('says: "', 'says: "Edited. ', 1))
    anchored = []
    monkeypatch.setattr(anchor.SourceIndex, "anchor", lambda index, citation: anchored.append(citation) or
                        anchor.anchor_quote(index.normalised(citation.source), citation.quote, citation.prefix,
                                            citation.suffix))
    assert run_build(root).code == 0
    assert anchored and not folded, "the edited briefing was anchored again, in sources folded by the first build"
    assert len(sources._TEXTS) == len(anchor._FOLDED) == 6


def test_a_build_with_broken_packs_gives_the_same_site_as_a_clean_one(tmp_path: Path):
    from test_synth import load_synth

    root = load_synth().generate(tmp_path / "project", briefings=3, sources=20, citations=60, big_sources=0)
    assert run_build(root).code == 0
    clean = tree_digest(root / "site")
    for pack in (root / ".cache").glob("*/*.pack"):
        pack.write_bytes(pack.read_bytes()[: len(pack.read_bytes()) // 2])  # as a full disk or a crash leaves it
    shutil.rmtree(root / "site")
    result = run_build(root)
    assert result.code == 0, result.err
    assert tree_digest(root / "site") == clean


def test_a_pipe_in_place_of_any_cache_file_does_not_stop_a_build(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # compiled templates kept in .cache/ too (compiled_templates)
    from test_synth import load_synth

    root = load_synth().generate(tmp_path / "project", briefings=2, sources=10, citations=20, big_sources=0)
    assert run_build(root).code == 0
    kept = [path for path in (root / ".cache").rglob("*") if path.is_file()]
    assert any(path.parent.name == "templates" for path in kept)  # compiled templates too
    for path in kept:
        path.unlink()
        os.mkfifo(path)  # opening one to read would wait for a writer forever
    result = run_build_process(root, timeout=60)
    assert result.code == 0, result.err
