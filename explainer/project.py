"""Where a microsite's inputs live and where its site goes (kept light: the command line needs it first)."""

from __future__ import annotations

from pathlib import Path

from .records import record


@record
class Project:
    """Where a briefing's inputs live and where its site goes."""

    root: Path
    out: Path
    base_url: str | None = None  # overrides site.yaml's base_url when given

    @classmethod
    def at(cls, root: Path, out: Path | None = None, **options) -> "Project":
        """Return the project rooted at `root`, writing to root/site unless told otherwise."""
        return cls(root=root, out=out if out is not None else root / "site", **options)

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def static(self) -> Path:
        return self.root / "static"

    @property
    def locales(self) -> Path:
        """The project's own locale files (optional): locales/."""
        return self.root / "locales"

    @property
    def cache(self) -> Path:
        """Where results are kept between builds for reuse (never part of the site): .cache/."""
        return self.root / ".cache"
