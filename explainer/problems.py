"""Problems are values: every stage collects them, the command line prints them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input, located as precisely as we can."""

    file: str
    line: int
    message: str
    hint: str = ""
    column: int = 0

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class ContentError(Exception):
    """Raised once by the pipeline with every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems), key=_reading_order)
        super().__init__("\n".join(str(p) for p in self.problems))


def _reading_order(problem: Problem) -> tuple:
    return (problem.file, problem.line, problem.column, problem.message, problem.hint)


def display_path(path: Path, root: Path) -> str:
    """Return `path` relative to the project root, as editors see it."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
