"""Source integrity: a source file can never change silently under its citations.

Each source's SHA-256 is recorded in content/sources.yaml. When a file's bytes no longer
match, the build stops and says, citation by citation, whether each still anchors, moved
(compared with the last good build's data), or vanished; `accept-source` records the new hash.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .problems import Problem
from .project import Project


def changed_sources(library, texts: dict) -> dict[str, str]:
    """Return {source id: new sha256} for every readable source whose bytes differ from the recorded hash."""
    return {source.id: texts[source.id].sha256 for source in library
            if source.id in texts and texts[source.id].sha256 != source.sha256}


def last_built_passages(out: Path, slug: str) -> dict[str, tuple[int, int]]:
    """Return {citation key: (start, end)} from the last good build of a briefing, if it is there."""
    try:
        data = json.loads((out / slug / "data" / "briefing.json").read_text(encoding="utf-8"))
        return {row["key"]: (row["start"], row["end"]) for row in data["anchored_citations"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def integrity_problems(project: Project, library_file, changed: dict[str, str],
                       briefings: list[tuple]) -> list[Problem]:
    """Return one problem per changed source and one per citation of it, saying what became of it.

    `briefings` holds (content, definitions, anchored passages, key) for every briefing.
    """
    problems = []
    for source in library_file.data.sources:
        if source.id in changed and not source.sha256:
            problems.append(Problem(library_file.shown, source.line_of("file"),
                                    f"source '{source.id}': no SHA-256 recorded for seeds/{source.file}",
                                    f"run `python build.py accept-source {source.id}` to record it"))
        elif source.id in changed:
            problems.append(Problem(library_file.shown, source.line_of("sha256"),
                                    f"source '{source.id}': seeds/{source.file} has changed since its SHA-256 "
                                    "was recorded", f"check each citation of it listed here, then run "
                                    f"`python build.py accept-source {source.id}`"))
    for content, definitions, anchored, _ in briefings:
        before = last_built_passages(project.out, content.slug)
        for key, (file, citation) in sorted(definitions.items()):
            if citation.source in changed and key in anchored and _recorded(library_file, citation.source):
                problems.append(Problem(file.shown, citation.line_of("quote"),
                                        f"citation '{key}' of changed source '{citation.source}': "
                                        f"{_fate(anchored[key], before.get(key))}", "nothing to do if that is right"))
    return problems


def _fate(passage, before: tuple[int, int] | None) -> str:
    """Say where a citation that still anchors is now, compared with the last build."""
    if before is None:
        return f"still anchors, at characters {passage.start}-{passage.end}"
    if before == (passage.start, passage.end):
        return "still anchors, at the same place"
    return f"still anchors, but moved from characters {before[0]}-{before[1]} to {passage.start}-{passage.end}"


def accept_source(project: Project, source_id: str) -> str:
    """Record a source file's current SHA-256 in content/sources.yaml; return what was done.

    Only the one value is rewritten (or added after `file:`), so the editor's file keeps its
    comments, order and formatting.
    """
    from .sources import library_text

    path = project.content / "sources.yaml"
    text = library_text(project.root, source_id)
    source, digest = text.source, text.sha256
    lines = path.read_text(encoding="utf-8").split("\n")
    if "sha256" in source.lines:
        index = source.line_of("sha256") - 1
        lines[index] = re.sub(r"(sha256:\s*).*", lambda m: m.group(1) + digest, lines[index], count=1)
    else:
        index = source.line_of("file") - 1
        indent = re.match(r"\s*(- )?", lines[index]).end()
        lines.insert(index + 1, " " * indent + f"sha256: {digest}")
    path.write_text("\n".join(lines), encoding="utf-8")
    return f"recorded sha256 {digest} for source '{source_id}' (seeds/{source.file}) in content/sources.yaml"


def _recorded(library_file, source_id: str) -> bool:
    """Say whether a source had a hash recorded (a first hash needs no per-citation report)."""
    return any(source.id == source_id and source.sha256 for source in library_file.data.sources)
