"""Incremental builds: results kept on disk in .cache/, keyed by a digest of exactly what made them.

One mechanism for the command line and the preview server alike. A key is never written by
hand: a content file's key is its bytes (and the code that reads it); a page's key is the
pickled context the template received plus the source of every template. A
result is reused only when its key matches, so a wrong or missing dependency cannot serve a
stale result; an entry not used by a build is deleted after it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import jinja2

PACKAGE = Path(__file__).resolve().parent


def code_digest() -> str:
    """Return a digest of this package's code and locales: a new version never reuses an old result."""
    digest = hashlib.sha256()
    for path in sorted([*PACKAGE.glob("*.py"), *PACKAGE.glob("locales/*.yaml")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class DiskMemo:
    """Values by key in one folder of .cache/; what a build did not use is pruned after it."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.used: set[str] = set()
        try:
            if folder is not None:
                folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            self.folder = None  # a read-only checkout builds fine, only without reuse

    def get(self, key: str):
        """Return the value kept under `key`, or None."""
        self.used.add(key)
        if self.folder is None:
            return None
        try:
            with open(self.folder / key, "rb") as file:
                return pickle.load(file)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            return None

    def put(self, key: str, value) -> None:
        """Keep `value` under `key` (written aside, then renamed: a killed build leaves no half entry)."""
        self.used.add(key)
        if self.folder is None:
            return
        temporary = self.folder / f".{key}.{os.getpid()}"
        try:
            with open(temporary, "wb") as file:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.folder / key)
        except OSError:
            temporary.unlink(missing_ok=True)

    def prune(self) -> None:
        """Delete every entry this build did not use, and any leftover of a killed build."""
        if self.folder is None:
            return
        try:
            for entry in os.scandir(self.folder):
                if entry.name not in self.used:
                    os.unlink(entry.path)
        except OSError:
            pass


def digest_of(*parts) -> str:
    """Return the hex digest of values that pickle deterministically (text, numbers, tuples, views)."""
    return hashlib.sha256(pickle.dumps(parts, protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()


def templates_digest(env: jinja2.Environment) -> str:
    """Return a digest of every template's source: any template a page could load is part of its key.

    Every template, not just the ones a page names: an include whose name is computed at render
    time could load any of them, and a template edit is rare enough to re-render everything.
    """
    return digest_of(tuple((name, env.loader.get_source(env, name)[0]) for name in sorted(env.list_templates())))


class PageMemo:
    """Renders pages, reusing the bytes of any page whose template and context are unchanged."""

    def __init__(self, env: jinja2.Environment, folder: Path | None):
        self.env = env
        self.code = code_digest()  # templates call our code too (a marker's markup, dates)
        self.memo = DiskMemo(folder)
        self.templates = templates_digest(env)
        self.rendered = self.reused = 0

    def render(self, name: str, **context) -> bytes:
        """Return a template rendered with `context` as UTF-8 bytes."""
        key = digest_of(self.code, self.templates, name, sorted(context.items()))
        page = self.memo.get(key)
        if page is None:
            page = self.env.get_template(name).render(**context).encode("utf-8")
            self.memo.put(key, page)
            self.rendered += 1
        else:
            self.reused += 1
        return page
