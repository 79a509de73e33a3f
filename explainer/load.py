"""Load stage: read every content file and convert it into the content model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import model
from .problems import Problem, display_path
from .validate import convert_file
from .yamlsafe import YamlProblem, load_yaml

REQUIRED_KINDS = ("briefing",)


@dataclass(frozen=True)
class ContentFile:
    """One converted content file and the path editors know it by."""

    kind: str
    shown: str
    data: object


@dataclass(frozen=True)
class Content:
    """Every content file of the briefing, by kind."""

    files: dict[str, ContentFile]

    @property
    def briefing(self) -> model.BriefingFile:
        """Return content/briefing.yaml's content."""
        return self.files["briefing"].data

    def get(self, kind: str):
        """Return the content of one kind of file, or None when the briefing has none."""
        found = self.files.get(kind)
        return found.data if found else None

    def in_page_order(self) -> list[ContentFile]:
        """Return the files in the order their sections appear on the page."""
        return [self.files[kind] for kind in model.FILE_KINDS if kind in self.files]


def content_paths(content_dir: Path) -> list[Path]:
    """Return the content files to load, sorted."""
    return sorted(p for p in content_dir.iterdir() if p.suffix in (".yaml", ".yml") and not p.name.startswith("."))


def load_content(root: Path, content_dir: Path, cache=None) -> tuple[Content | None, list[Problem]]:
    """Return the content of the files that could be read (None if briefing.yaml could not) and every problem."""
    problems: list[Problem] = []
    files: dict[str, ContentFile] = {}
    if not content_dir.is_dir():
        return None, [Problem(display_path(content_dir, root), 0, "content folder not found",
                              "run the build from the project folder, or pass --content")]
    for path in content_paths(content_dir):
        shown = display_path(path, root)
        kind = path.stem
        if kind not in model.FILE_KINDS:
            problems.append(Problem(shown, 0, f"unknown content file '{path.name}'",
                                    f"name it one of: {', '.join(k + '.yaml' for k in model.FILE_KINDS)}"))
            continue
        if kind in files:
            problems.append(Problem(shown, 0, f"'{kind}' content is also in {files[kind].shown}", "keep one of the two files"))
            continue
        cls = model.FILE_KINDS[kind]
        data, found = (cache.content_file(path, lambda: load_one(path, shown, cls)) if cache
                       else load_one(path, shown, cls))
        problems.extend(found)
        if data is not None:
            files[kind] = ContentFile(kind, shown, data)
    for kind in REQUIRED_KINDS:
        if kind not in files and not any(p.file.endswith(f"/{kind}.yaml") for p in problems):
            problems.append(Problem(display_path(content_dir / f"{kind}.yaml", root), 0, "required file is missing",
                                    "create it; see the README's content model"))
    # Without briefing.yaml nothing can be checked further; without another file, the rest still can.
    return (Content(files) if "briefing" in files else None), problems


def load_one(path: Path, shown: str, cls: type):
    """Return (content object or None, problems) for one file."""
    try:
        tree = load_yaml(path, shown)
    except YamlProblem as error:
        return None, [error.problem]
    except OSError as error:
        return None, [Problem(shown, 0, f"cannot be read: {error.strerror}", "check the file's permissions")]
    return convert_file(tree, cls, shown)
