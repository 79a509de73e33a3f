"""Compiled templates: one store, kept where Python keeps our bytecode, else in the project's .cache/.

Compiling the real project's 17 templates cost 0.12 s, a third of what its first build did beyond importing our
code. What a template compiles to depends only on its source, this Python, this Jinja and how environments are made,
so it is kept, by the template's name and used only while its source has the same checksum:
- for the rest of the process (the preview's build process and the tests build many times), and
- in one folder: beside our bytecode (`explainer/__pycache__/templates.*/`), where every project of this
  installation finds it, as trusted as our code (sealed under seal.BESIDE_CODE, whose seal only catches damage);
  or, where Python keeps no bytecode there (PYTHONDONTWRITEBYTECODE, an installation this user cannot write), in
  the project's own `.cache/templates/`, sealed under the user's key like the rest of `.cache/` and never trusted
  otherwise, never through a link; what is kept beside our bytecode is then still read, never written, as Python
  reads the bytecode it may not write.
A kept file that is not a plain file, is damaged or does not load is only a miss: the template is compiled again.
"""

from __future__ import annotations

import functools
import hashlib
import io
import marshal
import os
import pickle
import sys
import types
from pathlib import Path

import jinja2
import jinja2.bccache

from . import beside_code, compiled_pruning
from .safefs import names_in_folder
from .seal import BESIDE_CODE, is_aside, read_sealed, remove_left_aside, write_sealed

MAX_COMPILED_BYTES = 64 * 1024 * 1024
MAX_KEPT_IN_PROCESS = 256

# Code by (name key, source checksum), for the rest of this process: code objects are never changed.
_in_process: dict[tuple[str, str], object] = {}


def store(project_cache: Path | None, options: dict) -> CompiledTemplates | None:
    """Return the store for environments made with `options` building the project whose cache folder is
    `project_cache`; None (every template compiled) without one, or where neither place can be written."""
    if project_cache is None:
        return None
    made_by = hashlib.sha256(repr(sorted(options.items())).encode()).hexdigest()[:16]
    beside = None if beside_code.folder() is None else (
        beside_code.folder() / f"templates.{sys.implementation.cache_tag}-jinja{jinja2.__version__}-{made_by}")
    if beside_code.writable():
        return CompiledTemplates(beside, BESIDE_CODE)
    if project_cache.parent.is_symlink():
        return None  # .cache/ is read and written only as the project's own folder, never through a link
    try:
        project_cache.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only checkout builds fine, only slower
    # What is kept beside our bytecode is still read, as Python reads bytecode it may not write: a cold build with
    # PYTHONDONTWRITEBYTECODE compiled every template (0.05 s of the real project's 0.3 s).
    if project_cache.is_symlink():
        return None
    try:  # what a build stopped as it kept a compiled template left, listed through .cache/'s own folders, never a link
        names = names_in_folder(os.fspath(project_cache.parent), (project_cache.name,))
        remove_left_aside(project_cache, [name for name in names if is_aside(name)])
    except OSError:  # unreadable, or made a link since the look above: it is only space
        pass
    return CompiledTemplates(project_cache, None, beside)


class CompiledTemplates(jinja2.BytecodeCache):
    """Jinja's bytecode cache over the process's code and one folder of sealed files, one per template name (not
    its path, as Jinja keys them: a project moved or copied elsewhere keeps them) and way of compiling it."""

    def __init__(self, folder: Path, key: bytes | None, beside: Path | None = None):
        self.folder, self.key = folder, key  # key None: the user's own
        self.beside = beside  # with the project's own folder: the folder beside our bytecode, read first, never written

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None,
                   source: str) -> jinja2.bccache.Bucket:
        """Jinja's bucket, keyed by the template's name and by how `environment` compiles: code an older, unsandboxed
        build kept in a project's .cache/ for the same name and source skipped the sandbox's check at every call."""
        key = hashlib.sha1(f"{compiled_by(environment)}\0{name}".encode("utf-8")).hexdigest()
        bucket = jinja2.bccache.Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        path = self.folder / bucket.key
        kept = _in_process.get((bucket.key, bucket.checksum))
        if kept is not None:
            bucket.code = kept
            if not os.path.lexists(path):  # this folder still gets it, for the next process
                self.dump_bytecode(bucket)
            return
        # Sealed: a damaged file's code could crash the interpreter when run, past any except.
        if self.beside is not None and loaded(bucket, read_sealed(self.beside / bucket.key, self.beside,
                                                                  MAX_COMPILED_BYTES, BESIDE_CODE)):
            _keep_in_process(bucket)
        elif loaded(bucket, read_sealed(path, self.folder, MAX_COMPILED_BYTES, self.key)):
            _keep_in_process(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        _keep_in_process(bucket)
        data = bucket.bytecode_to_string()
        if len(data) <= MAX_COMPILED_BYTES:  # past it, never read back: a template compiled to 300 MB was kept anyway
            write_sealed(self.folder / bucket.key, data, self.key)
            compiled_pruning.pruned_once(self.folder)  # those of older code or names piled up for good


def compiled_by(environment: jinja2.Environment) -> str:
    """Return what, beside a template's source, decides the code `environment` compiles it to: its class (a sandbox
    compiles every call and intercepted operator through itself), its operators, options and syntax, this Python and
    this Jinja."""
    return repr((type(environment).__module__, type(environment).__qualname__, environment.sandboxed,
                 sorted(getattr(environment, "intercepted_binops", ())),
                 sorted(getattr(environment, "intercepted_unops", ())),
                 environment.optimized, environment.is_async, repr(environment.autoescape), repr(environment.finalize),
                 environment.trim_blocks, environment.lstrip_blocks, environment.keep_trailing_newline,
                 environment.newline_sequence, sorted(environment.extensions), environment.block_start_string,
                 environment.block_end_string, environment.variable_start_string, environment.variable_end_string,
                 environment.comment_start_string, environment.comment_end_string,
                 environment.line_statement_prefix, environment.line_comment_prefix,
                 generated_by(type(environment), environment.code_generator_class), sys.implementation.cache_tag,
                 jinja2.__version__))


@functools.cache
def generated_by(*classes: type) -> str:
    """Return a digest of the code of the modules (not Jinja's: its version is keyed) defining `classes`, their bases,
    and the classes and functions they hold (render.Bounded writes the code, render.Sandbox's `captured`,
    `concatenated`, `shown` are what it calls): keyed by the generator's class name alone, a change to the code it
    writes that kept the name reused templates compiled before it, a bound silently missing from them. Once a
    process, as Python reads its modules once."""
    modules = set()
    for cls in classes:
        for base in cls.__mro__:
            modules.add(base.__module__)
            modules.update(getattr(held, "__module__", None) for held in vars(base).values()
                           if isinstance(held, (type, staticmethod, types.FunctionType)))
    digest = hashlib.sha256()
    for name in sorted(filter(None, modules)):
        if name.split(".")[0] in ("jinja2", "builtins", "markupsafe"):
            continue
        file = getattr(sys.modules.get(name), "__file__", None)
        digest.update(f"{name}\0".encode())
        try:
            digest.update(Path(file).read_bytes() if file else b"")
        except OSError:  # gone since it was imported: its name only, as before
            pass
    return digest.hexdigest()[:16]


def loaded(bucket: jinja2.bccache.Bucket, data: bytes) -> bool:
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


def forget_in_process() -> None:
    """Forget what this process compiled or read, as a new process would have."""
    _in_process.clear()


def _keep_in_process(bucket: jinja2.bccache.Bucket) -> None:
    if len(_in_process) >= MAX_KEPT_IN_PROCESS:  # templates edited for hours in the preview
        _in_process.clear()
    _in_process[(bucket.key, bucket.checksum)] = bucket.code
