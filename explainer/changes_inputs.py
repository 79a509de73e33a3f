"""What of the working tree `changes --since` cannot read, named before it reports.

`changes` compares what it reads of the working tree with a commit, problems tolerated, and what it could not read it
took for gone: a briefing.yaml that is a named pipe or of 1 GB, a YAML error in it, `content/` a pipe or a link out
of the project, each reported "flood: briefing removed", and a seed that is a pipe, of 1 GB or linked out of
`seeds/`, "citation ... no longer anchors", exit code 0, told to an editor writing the log entry. A file or folder
that held something and could not be read is now named, one line each, as the build names it, and nothing reported.
Problems that leave what was read whole (a stray file, a misquote, a source edited since it was accepted) are
the report's to tell, as before.

The commit compared with is read so too: a content file of the commit that did not parse was taken for absent, and
its briefing reported as added ("flood: briefing added") when it was only broken then. What of it cannot be read is
named, as at that commit, and nothing compared (`unread_at_commit`); its seeds too, as the working tree's are: a seed
the build could not read then (over the size limit, a link out of `seeds/`) had its citations reported as changed.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath

from . import model
from .load import load_site_content
from .problems import Problem
from .project import Project
from .sources import _missing as missing_message, read_sources


def unread_inputs(project: Project) -> list[Problem]:
    """Return the problems of the working tree's content files and seeds that `changes` would take for removed."""
    content, problems = load_site_content(project.root, project.content)
    if content is None:
        return problems or [Problem("content", 0, "cannot be read", "run `python build.py check`: it says why")]
    unread = [problem for problem in problems if _lost(problem, content, project.root)]
    texts, source_problems = read_sources(project.seeds, content.sources, content.library.shown)
    if any(source.id not in texts and source.file for source in content.sources):
        unread += [problem for problem in source_problems if not _edited_only(problem)]
    return unread


def unread_at_commit(root: Path) -> list[Problem]:
    """Return the problems of the content files of a commit unpacked at `root` that `changes` would take for absent.

    Only files the commit holds count: a commit from before a briefing, or before the project, has none of its
    files, and all it lacks is rightly reported as added."""
    content_dir = root / "content"
    if not content_dir.is_dir() or content_dir.is_symlink():
        return []
    content, problems = load_site_content(root, content_dir)
    if content is not None:
        problems = [problem for problem in problems if _lost(problem, content, root)]
        problems += _unread_seeds(root / "seeds", content)
    return [problem for problem in problems if _held_by_commit(root, problem)]


def _unread_seeds(seeds: Path, content) -> list[Problem]:
    """Return the problems of the seeds that could not be read at all (a link out, a pipe, over the size limit):
    their citations were reported as no longer anchoring, or as added, when only the seed was unread then."""
    texts, problems = read_sources(seeds, content.sources, content.library.shown)
    if not any(source.id not in texts and source.file for source in content.sources):
        return []
    absent = {missing_message(source) for source in content.sources}  # not in the commit: its citations rightly added
    return [problem for problem in problems if not _edited_only(problem) and problem.message not in absent]


def _held_by_commit(root: Path, problem: Problem) -> bool:
    """Say whether `problem` names a file or folder the commit holds (not one it lacks, as a missing sources.yaml)."""
    path = root / problem.file.rstrip("/")
    return problem.file not in ("", "content") and (path.is_symlink() or path.exists())


def _lost(problem: Problem, content, root: Path) -> bool:
    """Say whether `problem` is of a briefing's folder or content file whose content was not read at all."""
    parts = PurePosixPath(problem.file.rstrip("/")).parts
    if len(parts) < 2 or parts[0] != "content":
        return False
    briefing = next((b for b in content.briefings if b.slug == parts[1]), None)
    if len(parts) == 2:  # the folder itself: a link out, a pipe, unreadable; a file there is a stray, or site.yaml's
        return briefing is None and not _regular_file(root / problem.file)
    kind = PurePosixPath(parts[2]).stem
    if len(parts) != 3 or kind not in model.FILE_KINDS or PurePosixPath(parts[2]).suffix not in (".yaml", ".yml"):
        return False  # a stray file, or nested deeper: nothing of the briefing
    return briefing is None or briefing.get(kind) is None


def _regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _edited_only(problem: Problem) -> bool:
    """A seed read whole whose bytes are not those accepted: `changes` reports it as `source edited`."""
    return "accept-source" in problem.hint
