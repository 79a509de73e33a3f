"""Compile the templates in a second process while this one loads the content.

Compiling templates is about a quarter of a cold build of a small briefing. Jinja keeps
compiled templates in its bytecode cache (.cache/templates, keyed by template source). A
forked child fills that cache while the parent imports the rest of the pipeline and loads,
validates and anchors the content; the parent then loads compiled code instead of compiling.
The child changes nothing but the cache, so the site is the same with or without it, and any
problem it meets (a template syntax error, say) is left for the parent to meet and report.
"""

from __future__ import annotations

import os
from pathlib import Path

_child: int | None = None


def start(templates_dir: Path, cache_dir: Path) -> None:
    """Begin compiling every template into the cache in a child process, where that is possible."""
    global _child
    if _child is not None or not hasattr(os, "fork") or not templates_dir.is_dir():
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # a read-only checkout: the parent compiles, as without a cache
    pid = os.fork()
    if pid == 0:  # the child: never return into the caller's code
        try:
            _compile_all(templates_dir, cache_dir)
        finally:
            os._exit(0)
    _child = pid


def finish() -> None:
    """Wait for the compiling child, if there is one (called before templates are first loaded)."""
    global _child
    if _child is None:
        return
    try:
        os.waitpid(_child, 0)
    except ChildProcessError:
        pass
    _child = None


def _compile_all(templates_dir: Path, cache_dir: Path) -> None:
    from .render import make_environment

    env = make_environment(templates_dir, cache_dir)
    for name in env.list_templates():
        try:
            env.get_template(name)  # compiles it and stores the result in the cache
        except Exception:  # noqa: BLE001 - the parent meets the same error and reports it properly
            pass
