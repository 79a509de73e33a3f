"""What the preview server keeps between builds, so that a rebuild redoes only what an edit affects.

A build from the command line has no cache and does everything; the server passes one
BuildCache to every build. Each entry is keyed by everything its result depends on, so a
cached result is always the one a fresh build would compute.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable


def file_signature(path: Path) -> tuple[int, int]:
    """Return (size, modification time in ns): what changes when an editor saves a file."""
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


class BuildCache:
    """Results of the last build, reused while their inputs are unchanged."""

    def __init__(self):
        self._content: dict[Path, tuple[bytes, tuple]] = {}
        self._sources: dict[Path, tuple[tuple[int, int], object, object]] = {}
        # (source id, text) -> NormalisedSource, and (source id, text, quote, prefix, suffix) -> Anchoring
        self.normalised: dict[tuple, object] = {}
        self._pages: dict[tuple, bytes] = {}

    def content_file(self, path: Path, load: Callable[[], tuple]) -> tuple:
        """Return load()'s result for a content file, reused while the file's bytes are the same."""
        raw = path.read_bytes()
        kept = self._content.get(path)
        if kept is not None and kept[0] == raw:
            return kept[1]
        result = load()
        self._content[path] = (raw, result)
        return result

    def source_text(self, path: Path, source, read: Callable[[], object]):
        """Return read()'s SourceText, reused while the file and its metadata object are unchanged."""
        signature = file_signature(path)
        kept = self._sources.get(path)
        if kept is not None and kept[0] == signature and kept[1] is source:
            return kept[2]
        result = read()
        self._sources[path] = (signature, source, result)
        return result

    def keep_only(self, texts) -> None:
        """Forget normalised forms and anchorings of source texts no longer in use."""
        alive = {(text.source.id, text.text) for text in texts}
        self.normalised = {key: value for key, value in self.normalised.items() if key[:2] in alive}

    def page(self, key: tuple) -> bytes | None:
        """Return a page rendered from exactly these inputs before, if any."""
        return self._pages.get(key)

    def keep_pages(self, pages: dict[tuple, bytes]) -> None:
        """Remember this build's pages (and only these)."""
        self._pages = pages


def templates_signature(templates_dir: Path) -> tuple:
    """Return a value that changes whenever any template changes."""
    return tuple(sorted((p.relative_to(templates_dir).as_posix(), *file_signature(p))
                        for p in templates_dir.rglob("*") if p.is_file()))
