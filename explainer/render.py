"""Render stage: strict, autoescaped Jinja templates turn views into page bytes."""

from __future__ import annotations

import hashlib
import io
import marshal
import os
import pickle
import sys
import traceback
from pathlib import Path

import jinja2
import jinja2.bccache

from . import beside_code
from .problems import Problem, display_path
from .seal import read_sealed, write_sealed

MAX_COMPILED_BYTES = 64 * 1024 * 1024
MAX_KEPT_IN_PROCESS = 256
# How every environment reads and compiles a template: part of where compiled code is kept beside ours.
OPTIONS = dict(undefined=jinja2.StrictUndefined, autoescape=True, trim_blocks=True, lstrip_blocks=True,
               keep_trailing_newline=True, auto_reload=False,
               optimized=False)  # its constant folding changes no output and costs a fifth of compiling

# Compiled templates by (name key, source checksum), for the rest of this process: a process that builds
# many times (the preview's build process, the tests) reads or compiles each template source once.
# Code objects are never changed, and every environment is made alike (make_environment).
_compiled: dict[tuple[str, str], object] = {}


def make_environment(templates_dir: Path, cache_dir: Path | None = None) -> jinja2.Environment:
    """Return the Jinja environment: undefined names and bad syntax fail the build.

    Compiled templates are cached in `cache_dir` (keyed by template source), which saves
    most of a small build's time after the first run.
    """
    return jinja2.Environment(loader=TemplatesAsRead(templates_dir),
                              bytecode_cache=_bytecode_cache(cache_dir), **OPTIONS)


class TemplatesAsRead(jinja2.FileSystemLoader):
    """Reads each template's source once for the environment's life (one build), and gives that from then on.

    The pages are keyed by every template's source as read when the build began (memo.templates_digest), and
    Jinja read each file again when a page first used it: a template saved in between was rendered into pages kept
    under the older source's key, and saved back as it was (an undo, a checkout), left those pages in the site.
    Forked workers, each reading the files anew, could also make one site from two versions of a template.
    """

    def __init__(self, searchpath: Path):
        super().__init__(searchpath)
        self.read: dict[str, tuple[str, str | None, object]] = {}

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, object]:
        if template not in self.read:
            source, filename, _ = super().get_source(environment, template)
            self.read[template] = (source, filename, lambda: True)
        return self.read[template]


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept by template name, so that a project moved or copied elsewhere keeps them.

    Jinja keys them by the template's absolute path as well; either way an entry is used only if
    the source it was compiled from has the same checksum as the template's source now. An entry
    is read only if it is a plain file (a pipe there would block for ever), and one that does not
    load is compiled again, never an error. What the project's .cache/ lacks is looked for beside
    our bytecode, where every project of this installation keeps what it compiled (see beside_code).
    """

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return hashlib.sha1(name.encode("utf-8")).hexdigest()

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        path = Path(self._get_cache_filename(bucket))
        kept = _compiled.get((bucket.key, bucket.checksum))
        if kept is not None:
            bucket.code = kept
            if not os.path.lexists(path):  # this project's .cache/ still gets it, for its next process
                write_sealed(path, bucket.bytecode_to_string())
            return
        # Sealed: a damaged file's code could crash the interpreter when run, past any except.
        if (_load_compiled(bucket, read_sealed(path, path.parent, MAX_COMPILED_BYTES))
                or _load_compiled(bucket, beside_code.read(_installed_name(path), MAX_COMPILED_BYTES))):
            _keep_in_process(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        _keep_in_process(bucket)
        path, compiled = Path(self._get_cache_filename(bucket)), bucket.bytecode_to_string()
        write_sealed(path, compiled)
        beside_code.write(_installed_name(path), compiled)


def _installed_name(path: Path) -> str:
    """Return the name beside our bytecode of the compiled template kept at `path` in a project's .cache/: in a
    folder named for this Python, this Jinja and OPTIONS, which all go into what a template compiles to."""
    made_by = hashlib.sha256(repr(sorted(OPTIONS.items())).encode()).hexdigest()[:16]
    return f"templates.{sys.implementation.cache_tag}-jinja{jinja2.__version__}-{made_by}/{path.name}"


def _load_compiled(bucket: jinja2.bccache.Bucket, data: bytes) -> bool:
    """Load the bucket's code from a kept file's bytes, in Jinja's format (its magic, the checksum of the source, the
    code); return whether they held code compiled from this source."""
    magic = jinja2.bccache.bc_magic
    if not data.startswith(magic):
        return False  # none yet, not a plain file, damaged, or written by another version: compile the template
    stream = io.BytesIO(data)
    stream.seek(len(magic))
    try:
        if pickle.load(stream) != bucket.checksum:
            return False  # compiled from another source of the same name
        # marshal.loads, not Jinja's marshal.load of a stream, which reads the code in small pieces: 10 times slower
        bucket.code = marshal.loads(memoryview(data)[stream.tell():])
    except Exception:  # damaged in a way the seal does not see
        bucket.reset()
    return bucket.code is not None


def _keep_in_process(bucket: jinja2.bccache.Bucket) -> None:
    if len(_compiled) >= MAX_KEPT_IN_PROCESS:  # templates edited for hours in the preview
        _compiled.clear()
    _compiled[(bucket.key, bucket.checksum)] = bucket.code


def _bytecode_cache(cache_dir: Path | None) -> jinja2.BytecodeCache | None:
    if cache_dir is None:
        return None
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only checkout builds fine, only slower
    if cache_dir.is_symlink() or cache_dir.parent.is_symlink():
        return None  # compiled code is trusted: it is kept only in the project's own .cache/, never through a link
    return CompiledTemplates(str(cache_dir))


def template_problem(error: Exception, templates_dir: Path, root: Path) -> Problem:
    """Return a Problem naming the template file and line behind a Jinja failure."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        shown = display_path(Path(error.filename), root) if error.filename else f"templates/{error.name}"
        return Problem(shown, error.lineno or 0, f"template syntax error: {error.message}", "fix the template")
    if isinstance(error, jinja2.TemplateNotFound):
        return Problem(display_path(templates_dir, root), 0, f"template '{error.name}' not found",
                       "restore it or fix the name that includes it")
    frame = _template_frame(error, templates_dir)
    shown, line = (display_path(Path(frame.filename), root), frame.lineno) if frame else (display_path(templates_dir, root), 0)
    return Problem(shown, line, f"template error: {error}", "check the variable names the template uses")


def _template_frame(error: Exception, templates_dir: Path):
    """Return the innermost traceback frame inside a template file, if any."""
    base = str(templates_dir.resolve())
    frames = [f for f in traceback.extract_tb(error.__traceback__) if str(Path(f.filename).resolve()).startswith(base)]
    return frames[-1] if frames else None
