"""The cold build's speed mechanisms of round four, each compared with the plain way it replaces."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from conftest import REPO
from explainer.export import _editor_fields, editor_fields_of
from explainer.load import load_site_content
from test_parallel import in_a_new_process

# Each worker waits at its first page until the other has one too: a worker that started late under load would
# otherwise find every share taken, and one writer alone proves nothing of two.
WRITE_ASIDE_IN_WORKERS = """
import json, multiprocessing, os
from explainer.aside import write_aside
from explainer.parallel import map_items
both_working, started = multiprocessing.Barrier(2), []
def write(page):
    if not started:
        started.append(page)
        both_working.wait(timeout=100)
    return os.getpid(), page, write_aside({folder!r}, page, page.encode())
pages = [f"sources/s{{number}}.html" for number in range(200)]
made = map_items(write, pages)
print(json.dumps([[pid, page, path] for pid, page, (path, _) in made]))
"""


def plain_editor_fields(value) -> dict:
    """Return a content object's editor fields the plain way: its dataclass fields asked for each object."""
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value) if not f.metadata.get("internal")}


def content_objects(value, found: list) -> list:
    """Return every content dataclass object in `value`, at any depth, in the order JSON meets them."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        found.append(value)
        value = [getattr(value, f.name) for f in dataclasses.fields(value)]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        for item in value:
            content_objects(item, found)
    return found


def test_the_downloads_name_each_content_objects_fields_as_the_plain_way_does():
    content, problems = load_site_content(REPO, REPO / "content")
    assert problems == []
    objects = content_objects([file.data for briefing in content.briefings for file in briefing.in_page_order()], [])
    kinds = {type(value) for value in objects}
    assert len(kinds) >= 8  # claims, citations, events, parties, ... of the real briefing
    assert [_editor_fields(value) for value in objects] == [plain_editor_fields(value) for value in objects]
    assert all("line" not in editor_fields_of(kind)[0] for kind in kinds)  # where an editor wrote it is no field


def test_anything_else_is_refused_as_json_refused_it():
    @dataclasses.dataclass
    class One:
        only: int

    assert _editor_fields(One(3)) == {"only": 3}  # a single field's value comes as itself, not its letters
    for value in (object(), One, {1, 2}):
        with pytest.raises(TypeError, match="cannot write .* as JSON"):
            _editor_fields(value)


def test_each_render_worker_writes_its_pages_into_a_folder_no_other_writes_into(tmp_path):
    made = json.loads(in_a_new_process(WRITE_ASIDE_IN_WORKERS.format(folder=str(tmp_path)), 2))
    writers: dict[Path, set[int]] = {}
    for pid, page, path in made:
        assert Path(path).read_bytes() == page.encode() and path.endswith(page)
        writers.setdefault(Path(path).parent, set()).add(pid)
    assert len({pid for pid, _, _ in made}) == 2  # two workers wrote pages of one site folder, sources/
    assert all(len(pids) == 1 for pids in writers.values())  # each into a folder of its own
