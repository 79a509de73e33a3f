"""Stray files: what `content/` holds beside site.yaml, sources.yaml and the briefings' folders.

A folder can hold any number of them (an unpacked archive, a script gone wrong), so each kind of
stray file (by its suffix) is one problem naming its first file and counting the rest, up to a cap
of kinds, and the kinds past it are one problem more: the output stays a few lines, whatever the count.
"""

from __future__ import annotations

import os
from pathlib import Path

from .problems import Problem, display_path

MAX_KINDS_LISTED = 10
HINT = "content/ holds site.yaml, sources.yaml and one folder per briefing"
MANY_HINT = HINT + ": move them out of content/ or delete them"
# A briefing's folder is read only for its own YAML files: `claims.YAML` or `drafts/claims.yaml` would be passed over.
BRIEFING_HINT = ("a briefing's folder holds only its own .yaml files (briefing.yaml, claims.yaml, ...), none in a "
                 "subfolder: rename or move it there, or out of content/")
BRIEFING_MANY_HINT = BRIEFING_HINT.replace("rename or move it", "rename or move them")


def stray_file_problems(names: list[str], content_dir: Path, root: Path, hint: str = HINT,
                        many_hint: str = MANY_HINT) -> list[Problem]:
    """Return one problem per kind of stray file among `names` (sorted), up to MAX_KINDS_LISTED, then one counting the
    rest; `hint` (`many_hint` for more than one) says what the folder holds and what to do."""
    kinds: dict[str, list[str]] = {}
    for name in names:
        kinds.setdefault(os.path.splitext(name)[1], []).append(name)
    listed = sorted(kinds.items())
    problems = [_kind_problem(suffix, found, content_dir, root, hint, many_hint) for suffix, found in listed[:MAX_KINDS_LISTED]]
    rest = listed[MAX_KINDS_LISTED:]
    if rest:
        count = sum(len(found) for _, found in rest)
        problems.append(Problem(display_path(content_dir / rest[0][1][0], root), 0,
                                f"and {count:,} more unknown content files, of {len(rest):,} other kinds, not listed",
                                many_hint))
    return problems


def _kind_problem(suffix: str, found: list[str], content_dir: Path, root: Path, hint: str, many_hint: str) -> Problem:
    """Return the problem naming the first stray file of one kind, and how many more there are."""
    first = found[0]
    shown = display_path(content_dir / first, root)
    if len(found) == 1:
        return Problem(shown, 0, f"unknown content file '{first}'", hint)
    kind = f"'*{suffix}'" if suffix else "suffixless"
    more = len(found) - 1
    return Problem(shown, 0, f"unknown content file '{first}', and {more:,} more {kind} file{'s' if more > 1 else ''}",
                   many_hint)
