"""Rebuild the golden output of the fixture microsite: `python tests/regenerate_golden.py`.

Review the diff it makes (git diff tests/golden) like any code change: it is every byte a
reader of the fixture microsite would get.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "microsite"
GOLDEN = REPO / "tests" / "golden" / "microsite"


def build_fixture(target: Path) -> Path:
    """Build the fixture microsite with the real templates and assets; return its site folder."""
    shutil.copytree(FIXTURE, target)
    shutil.copytree(REPO / "templates", target / "templates")
    shutil.copytree(REPO / "static", target / "static")
    subprocess.run([sys.executable, str(REPO / "build.py"), "--root", str(target)], check=True,
                   capture_output=True)
    return target / "site"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = build_fixture(Path(folder) / "project")
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(site, GOLDEN, ignore=shutil.ignore_patterns(".explainer-site"))
    print(f"wrote {GOLDEN.relative_to(REPO)}")


if __name__ == "__main__":
    main()
