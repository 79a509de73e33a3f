"""The command line: `build` (default), `check`, `serve`, `new`, `changes`, `accept-source`, `schema`.

Only this module exits.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from types import SimpleNamespace

from . import environment
from .file_size_limit import room_or_limit
from .problems import ContentError, Problem, cut_middle, printable
from .project import Project
from .output_name import check_output_name
from .stops import first_stop_only
from .cache_links import check_cache_link
from .hung_inputs import answered_within, check_inputs_answer
from .write import (OutputError, check_cache_location, check_output_beside_shell, check_output_location,
                    check_output_outside_cache)


def parse_args(argv: list[str], default_root: Path | None = None) -> Arguments:
    """Return the parsed command line; `--root` defaults to `default_root`, else the current folder."""
    root = default_root or Path.cwd()
    plain = _plain_build(argv)
    if plain is not None:  # making the parser took 8 ms of a cold build's CPU, more than parsing these needs
        return Arguments(**{"root": root, "command": None, **plain})
    from argparse import Namespace  # loaded with the parser (see explainer/arguments.py)

    # The default is handed in as a value already there (argparse keeps it unless --root is given): the
    # parser itself is the same for every call.
    return Arguments(**vars(_parser().parse_args(argv, Namespace(root=root))))


class Arguments(SimpleNamespace):
    """A parsed command line, read by the parser or not: equal to the Namespace the parser makes of it, as one
    Namespace is to another with the same values (a plain build's is made without importing argparse)."""

    def __eq__(self, other):
        argparse = sys.modules.get("argparse")  # a Namespace exists only once argparse is imported
        if isinstance(other, SimpleNamespace) or (argparse is not None and isinstance(other, argparse.Namespace)):
            return vars(self) == vars(other)
        return NotImplemented

    __hash__ = None


_PLAIN_OPTIONS = {"--root": "root", "--out": "out"}  # options of a plain build whose value is taken as a Path


def _plain_build(argv: list[str]) -> dict[str, Path] | None:
    """Return the options of a plain build written as the parser reads them at once (`python build.py`, or with
    `--root DIR` and `--out DIR`, each once, their values not starting with "-"), by name; None for anything
    else, which the parser reads (tests/test_realspeed6.py compares the two)."""
    if len(argv) % 2:
        return None
    found = {}
    for option, value in zip(argv[::2], argv[1::2]):
        name = _PLAIN_OPTIONS.get(option)
        if name is None or name in found or value.startswith("-") or not value.strip():
            return None  # an empty value is the parser's to refuse
        found[name] = Path(value)
    return found


@functools.cache  # made once per process: 4 ms of CPU, as much as a check of a small project (the tests run thousands)
def _parser():
    """Return the command line's parser."""
    from .arguments import make_parser  # argparse and gettext, for a command line _plain_build does not read

    return make_parser()


def project_from(args: Arguments) -> Project:
    """Return the Project the arguments describe."""
    return Project.at(args.root.resolve(), named_folder(getattr(args, "out", None)),
                      base_url=getattr(args, "base_url", None))


def named_folder(out: Path | None) -> Path | None:
    """Return `--out` as typed, or, where its last part names no folder (`.`, `sub/..`), the folder it leads to: the
    lock goes beside the folder, named after it (`--out .` ended every build in a ValueError traceback)."""
    return Path(os.path.realpath(out)) if out is not None and out.name in ("", "..") else out


class OutputLost(Exception):
    """The standard output would not take what we printed: its reader went away, or its disk is full."""

    def __init__(self, error: OSError):
        super().__init__(error.strerror or str(error))
        self.error = error


def tell(text: str, end: str = "\n") -> None:
    """Print `text` on the standard output at once; raise OutputLost if it cannot be written."""
    try:
        print(text, end=end, flush=True)
    except (OSError, ValueError) as error:  # ValueError: the stream was closed
        raise OutputLost(error if isinstance(error, OSError) else OSError(str(error))) from None


def silence_output() -> None:
    """Send what is left of the standard output to /dev/null, so that the interpreter's last flush cannot fail."""
    try:
        nowhere = os.open(os.devnull, os.O_WRONLY | os.O_CLOEXEC)
        try:
            os.dup2(nowhere, sys.stdout.fileno())
        finally:
            os.close(nowhere)
    except (OSError, ValueError, AttributeError):  # no standard output at all: nothing to flush
        pass


def escape_what_the_output_cannot_show() -> None:
    """Print characters the standard output's encoding lacks as escapes, as the error stream does: a Latin-1
    terminal's `cite` stopped at a `’` blaming a full disk (`\\u2019` reads back as one in a quote's YAML)."""
    try:
        sys.stdout.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError):  # not a text stream of its own (replaced, or closed)
        pass


def github_annotation(problem: Problem) -> str:
    """Return a problem as a GitHub workflow command that annotates the YAML line."""
    def escape(text: str, properties: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if properties else text

    where = f"file={escape(problem.file, True)}" + (f",line={problem.line}" if problem.line else "")
    message = f"{problem.message} ({problem.hint})" if problem.hint else problem.message
    return f"::error {where}::{escape(cut_middle(message))}"


def report_problems(error: ContentError, style: str = "text") -> None:
    """Print every problem, one line each, then a count."""
    for problem in error.problems:
        print(github_annotation(problem) if style == "github" else f"error: {problem}", file=sys.stderr)
    count = error.count
    print(f"{count:,} problem{'s' if count != 1 else ''}; site/ was not changed.", file=sys.stderr)


def run(args: Arguments, bare_root: Path | None = None) -> int:
    """Run the command the arguments name; return the exit code. `bare_root` is the project a plain `python build.py`
    builds (the script's folder), for the hints that tell which command to run next."""
    command = args.command or "build"
    environment.check()
    if not args.root.is_dir():  # a file is named as one: "not found" sent the editor looking for what was there
        what = "is a file, not a project folder" if args.root.exists() else "project folder not found"
        raise OutputError(f"{args.root}: {what} (pass --root with the folder holding content/, seeds/ and templates/)")
    if command == "schema":
        from .schema import write_schemas
        from .sitelock import stops_raised

        with stops_raised():  # a SIGTERM or a hangup left a draft beside the schemas, as it did in `new`
            written = write_schemas(args.root.resolve())
        for path in written:
            tell(f"wrote {printable(str(path))}")
        return 0
    project = project_from(args)
    check_cache_location(project.cache)
    # leading outside the project: to a folder of one's own only; looked at in a thread (a cache disk may hang)
    answered_within(lambda: check_cache_link(project.cache), printable(str(project.cache)))
    if command in ("build", "serve"):
        check_output_location(project.out, [project.content, project.seeds, project.templates, project.static,
                                            project.locales])
        check_output_outside_cache(project.out, project.cache)
        check_output_beside_shell(project.out)
        check_output_name(project.out)
    if command == "serve":
        from .gc_pause import no_collection

        with no_collection():  # what importing makes lives as long as the server: passes over it free nothing
            from .serve import serve

        return serve(project, args.host, args.port, args.open)
    if command == "changes" and (unread := _unread_by_changes(project)):
        return unread
    if command in ("new", "changes", "accept-source", "cite"):
        from . import editing
        from .sitelock import stops_raised

        # Stopped by their default action, SIGTERM and a hangup left `new`'s and accept-source's drafts in content/
        # (`.SLUG.PID.new/`, `.sources.yaml.PID.new`), out of the build's sight but not of git's: undone, as Ctrl-C is.
        with stops_raised():
            return editing.run(command, project, args, bare_root or Path.cwd())
    from .gc_pause import no_collection
    from .sitelock import stops_raised

    # stops_raised: a SIGTERM or a hangup while the build read or rendered ended it where it stood, leaving the pages
    # its workers had written beside the site and unsaved all it had checked; now each ends it as Ctrl-C does.
    with no_collection(), stops_raised():
        check_inputs_answer(project.root)  # a folder on a hung mount: named in one line, not waited on for good
        if command == "check":
            from .coverage import run_check

            tell(run_check(project, args.uncited))
            return 0
        from .pipeline import build

        report = build(project)
    for path in report.foreign:
        print(f"warning: {printable(project.out.name)}/{printable(path)} was not made by build.py; left in place",
              file=sys.stderr)
    for line in report.stuck:
        print(f"warning: {printable(line)}: a failed build's leftover beside {printable(project.out.name)}/ cannot be "
              "deleted; the build goes on without it (delete it yourself: see what holds it with lsattr, or ls -l)",
              file=sys.stderr)
    tell(f"built {printable(str(project.out))}: {report.written} files written, {report.unchanged} unchanged")
    return 0


# The modules of the packages pyproject.toml depends on, by the name an import of them names.
_DEPENDENCIES = frozenset({"jinja2", "markdown_it", "yaml", "livereload", "watchfiles", "markupsafe", "tornado"})


def _unread_by_changes(project: Project) -> int:
    """Print what of the working tree `changes` could not read, one line each, and return 1; return 0 if it reads
    it all (explainer/changes_inputs.py): what it could not read, it reported as removed."""
    from .changes_inputs import unread_inputs

    unread = unread_inputs(project)
    for problem in unread:
        print(f"error: {problem}", file=sys.stderr)
    if unread:
        count = f"{len(unread):,} file{'s' if len(unread) != 1 else ''} or folder{'s' if len(unread) != 1 else ''}"
        print(f"changes compared nothing: it cannot read {count} of the working tree, and would report what they "
              "hold as removed (fix them, then run changes again)", file=sys.stderr)
    return 1 if unread else 0


def main(argv: list[str] | None = None, default_root: Path | None = None) -> int:
    """Run one command; return the process exit code.

    `build.py` passes its own folder as `default_root`: the project is where the script is,
    wherever it is run from and wherever the package is installed.
    """
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv, default_root)
    except OutputLost as lost:  # --help or a usage line, on a full disk
        report_lost_output(lost)
        return 1
    except KeyboardInterrupt:  # Ctrl-C as the program starts, as below: it ended in a traceback
        print("stopped", file=sys.stderr)
        return 130
    escape_what_the_output_cannot_show()
    try:
        with first_stop_only():
            return run(args, default_root)
    except ContentError as error:
        report_problems(error, getattr(args, "format", "text"))
    except (OutputError, environment.SettingError) as error:
        print(f"error: {printable(str(error))}", file=sys.stderr)
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
        return 130
    except ModuleNotFoundError as missing:
        if missing.name not in _DEPENDENCIES:
            raise
        # Some are imported only when first needed (markdown at the first paragraph that is not plain prose): a
        # Python without them, the environment not activated, fails half-way through a build.
        print(f"error: this Python ({printable(sys.executable)}) lacks the package {printable(str(missing.name))} "
              "that build.py needs (activate the environment the package was installed in, `. .venv/bin/activate`, "
              "or install it there: `pip install -e REPO`)", file=sys.stderr)
    except OutputLost as lost:
        report_lost_output(lost)
    return 1


def report_lost_output(lost: OutputLost) -> None:
    """Say on the error stream that the standard output would not take what we printed, unless its reader left."""
    silence_output()
    if not isinstance(lost.error, BrokenPipeError):  # the reader went away (`| head`): nothing left to say
        room = room_or_limit(lost.error, "free some space")
        print(f"error: cannot write the output: {lost} ({room}, or send the output elsewhere)",
              file=sys.stderr)
