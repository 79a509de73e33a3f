"""Golden output: the fixture microsite builds to exactly the committed tree under tests/golden/.

A template or markup change shows here as a diff; regenerate with `python tests/regenerate_golden.py`
and review the change to tests/golden/ like code.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
from pathlib import Path

import pytest

from regenerate_golden import GOLDEN, build_fixture


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return build_fixture(tmp_path_factory.mktemp("golden") / "project")


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".explainer-site"}


def test_the_build_is_the_golden_tree(built: Path):
    expected, actual = files_of(GOLDEN), files_of(built)
    assert sorted(actual) == sorted(expected), "files differ: run python tests/regenerate_golden.py and review"
    for path, data in expected.items():
        if actual[path] != data:
            diff = "".join(difflib.unified_diff(data.decode(errors="replace").splitlines(True),
                                                actual[path].decode(errors="replace").splitlines(True),
                                                f"golden/{path}", f"built/{path}", n=2))
            pytest.fail(f"{path} differs from the golden output "
                        f"(run python tests/regenerate_golden.py and review):\n{diff[:4000]}")


def test_the_golden_downloads_parse():
    index = json.loads((GOLDEN / "data" / "briefings.json").read_text(encoding="utf-8"))
    for row in index["briefings"]:
        data = json.loads((GOLDEN / row["data"]).read_text(encoding="utf-8"))
        assert data["slug"] == row["slug"]
        for name in ("comparisons.csv", "claims.csv"):
            rows = list(csv.DictReader(io.StringIO((GOLDEN / row["slug"] / "data" / name).read_text(encoding="utf-8-sig"))))
            assert all(set(r) >= {"value", "value_to", "bound"} for r in rows)
