"""A throwaway Hugo site of the same pages, so a benchmark run can time Hugo beside our build.

`write_site(root, seeds)` turns every plain-text document of a synthetic project's seeds/ (the
4 KB ones; the 1 MB ones are left out) into one markdown page under content/sources/, with a
title in its front matter and a minimal layout that puts the page's HTML inside a small frame
linking a stylesheet, about as much markup around the text as our source pages have.

    python benchmarks/hugo.py ROOT SEEDS   # then: hugo --source ROOT --destination OUT
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

CONFIG = """baseURL = "https://example.org/"
title = "Synthetic sources"
languageCode = "en"
disableKinds = ["taxonomy", "term"]
"""
LAYOUTS = {
    "_default/baseof.html": '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                            '<title>{{ .Title }}</title>\n<link rel="stylesheet" href="{{ "style.css" | relURL }}">\n'
                            '</head>\n<body>\n{{ block "main" . }}{{ end }}\n</body>\n</html>\n',
    "_default/single.html": '{{ define "main" }}<main>\n<h1>{{ .Title }}</h1>\n{{ .Content }}\n</main>{{ end }}\n',
    "_default/list.html": '{{ define "main" }}<ul>\n{{ range .Pages }}<li><a href="{{ .RelPermalink }}">'
                          '{{ .Title }}</a></li>\n{{ end }}</ul>{{ end }}\n',
}


def write_site(root: Path, seeds: Path) -> int:
    """Write a Hugo site into `root` (replacing it) with one page per 4 KB seed; return the page count."""
    shutil.rmtree(root, ignore_errors=True)
    pages = root / "content" / "sources"
    pages.mkdir(parents=True)
    (root / "config.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in LAYOUTS.items():
        (root / "layouts" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "layouts" / name).write_text(text, encoding="utf-8")
    (root / "static").mkdir()
    (root / "static" / "style.css").write_text("body { max-width: 40em; margin: auto; }\n", encoding="utf-8")
    count = 0
    for seed in sorted(seeds.glob("s*.txt")):
        front = f'---\ntitle: "Synthetic document {seed.stem}"\ndate: 2026-02-01\n---\n\n'
        (pages / f"{seed.stem}.md").write_text(front + seed.read_text(encoding="utf-8"), encoding="utf-8")
        count += 1
    return count


def command(hugo: str, root: Path, out: Path) -> list[str]:
    """Return the command line of a quiet Hugo build of `root` into `out`, with its cache inside `root`."""
    return [hugo, "--quiet", "--noBuildLock", "--source", str(root), "--destination", str(out),
            "--cacheDir", str(root / ".hugo-cache")]


if __name__ == "__main__":
    print(f"wrote {write_site(Path(sys.argv[1]), Path(sys.argv[2]))} pages")
