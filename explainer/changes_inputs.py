"""What of the working tree `changes --since` cannot read, named before it reports.

`changes` compares what it reads of the working tree with a commit, problems tolerated, and what it could not read it
took for gone: a briefing.yaml that is a named pipe or of 1 GB, a YAML error in it, `content/` a pipe or a link out
of the project, each reported "flood: briefing removed", and a seed that is a pipe, of 1 GB or linked out of
`seeds/`, "citation ... no longer anchors", exit code 0, told to an editor writing the log entry. A file or folder
that held something and could not be read is now named, one line each, as the build names it, and nothing reported.
Problems that leave what was read whole (a stray file, a misquote, a source edited since it was accepted) are
the report's to tell, as before.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from . import model
from .load import load_site_content
from .problems import Problem
from .project import Project
from .sources import read_sources


def unread_inputs(project: Project) -> list[Problem]:
    """Return the problems of the working tree's content files and seeds that `changes` would take for removed."""
    content, problems = load_site_content(project.root, project.content)
    if content is None:
        return problems or [Problem("content", 0, "cannot be read", "run `python build.py check`: it says why")]
    unread = [problem for problem in problems if _lost(problem, content)]
    texts, source_problems = read_sources(project.seeds, content.sources, content.library.shown)
    if any(source.id not in texts and source.file for source in content.sources):
        unread += [problem for problem in source_problems if not _edited_only(problem)]
    return unread


def _lost(problem: Problem, content) -> bool:
    """Say whether `problem` is of a briefing's folder or content file whose content was not read at all."""
    parts = PurePosixPath(problem.file.rstrip("/")).parts
    if len(parts) < 2 or parts[0] != "content":
        return False
    briefing = next((b for b in content.briefings if b.slug == parts[1]), None)
    if len(parts) == 2:  # the folder itself: a link out, a pipe, unreadable
        return briefing is None
    kind = PurePosixPath(parts[2]).stem
    if len(parts) != 3 or kind not in model.FILE_KINDS or PurePosixPath(parts[2]).suffix not in (".yaml", ".yml"):
        return False  # a stray file, or nested deeper: nothing of the briefing
    return briefing is None or briefing.get(kind) is None


def _edited_only(problem: Problem) -> bool:
    """A seed read whole whose bytes are not those accepted: `changes` reports it as `source edited`."""
    return "accept-source" in problem.hint
