"""The command line: `build` (default), `check`, `serve`, `new`, `changes`, `accept-source`, `schema`.

Only this module exits.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import sys
from pathlib import Path

from . import environment
from .problems import ContentError, Problem, printable
from .project import Project
from .stops import first_stop_only
from .write import OutputError, check_output_location, check_output_outside_cache


def base_url(text: str) -> str:
    """Return a --base-url value if it is an http(s) address (or empty), else refuse it."""
    from .model import URL_PATTERN

    if text and not re.fullmatch(URL_PATTERN.strip("^$"), text):
        raise argparse.ArgumentTypeError(f"{text!r} is not an http:// or https:// address")
    return text


def port_number(text: str) -> int:
    """Return a --port value if it is a TCP port number, else refuse it."""
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number between 1 and 65535")
    return int(text)


class Parser(argparse.ArgumentParser):
    """Argument errors are bad input like any other: one line, exit code 1."""

    def error(self, message: str):
        self.exit(1, f"error: {message} (see python build.py --help)\n")


def parse_args(argv: list[str], default_root: Path | None = None) -> argparse.Namespace:
    """Return the parsed command line; `--root` defaults to `default_root`, else the current folder."""
    # The default is handed in as a value already there (argparse keeps it unless --root is given): the
    # parser itself is the same for every call.
    given = argparse.Namespace(root=default_root or Path.cwd())
    if not argv:  # `python build.py`: nothing to parse, and making the parser took 8 ms of a cold build's CPU
        given.command = None
        return given
    return _parser().parse_args(argv, given)


@functools.cache  # made once per process: 4 ms of CPU, as much as a check of a small project (the tests run thousands)
def _parser() -> Parser:
    """Return the command line's parser."""
    parser = Parser(prog="build.py", description="Build the microsite of cited briefings into site/.")
    parser.add_argument("--root", type=Path, default=argparse.SUPPRESS,
                        help="project folder holding content/, seeds/ and templates/ "
                             "(default: the folder of the build.py you run)")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    build = commands.add_parser("build", help="validate, anchor and write site/ (the default)")
    check = commands.add_parser("check", help="validate and anchor without writing; report per briefing and source")
    check.add_argument("--uncited", action="store_true", help="list the source sentences no citation covers yet")
    serve = commands.add_parser("serve", help="build, serve site/ and rebuild on every change")
    serve.add_argument("--port", type=port_number, default=8000, help="port to serve on; the next free one if taken (default 8000)")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, this machine only)")
    serve.add_argument("--open", action="store_true", help="open the briefing in a browser")
    new = commands.add_parser("new", help="start a new briefing folder content/SLUG/ that builds as it is")
    new.add_argument("slug", help="the briefing's folder name and address: lowercase letters, digits, hyphens")
    new.add_argument("--title", required=True, help="the briefing's headline")
    new.add_argument("--source", default="", help="id of the library source its first citation quotes "
                                                   "(default: the first in content/sources.yaml)")
    changes = commands.add_parser("changes", help="list what changed in each briefing since a git commit")
    changes.add_argument("--since", required=True, help="a git commit, branch or tag, e.g. HEAD~3 or main")
    accept = commands.add_parser("accept-source", help="record a source file's new SHA-256 once its citations are checked")
    accept.add_argument("source_id", help="the source's id in content/sources.yaml")
    accept.add_argument("--force", action="store_true",
                        help="record the hash even while citations of the source no longer anchor")
    cite = commands.add_parser("cite", help="find words in a source and print a citation ready to paste")
    cite.add_argument("source_id", help="the source's id in content/sources.yaml")
    cite.add_argument("words", help="the words to find (spacing, case and quote styles are forgiven)")
    commands.add_parser("schema", help="write JSON Schemas of the content files to schema/")
    for sub in (build, check):
        sub.add_argument("--format", choices=("text", "github"), default="text",
                         help="how to print problems: text, or github (workflow annotations on the YAML lines)")
    for sub in (parser, build, serve):
        sub.add_argument("--out", type=Path, default=argparse.SUPPRESS, help="output folder (default: ROOT/site)")
        sub.add_argument("--base-url", default=argparse.SUPPRESS, type=base_url,
                         help="public address of the site, used for canonical links, the feed and the sitemap")
    for sub in commands.choices.values():  # also after the command, where a user types options: `check --root DIR`
        sub.add_argument("--root", type=Path, default=argparse.SUPPRESS, help="project folder (see above)")
    return parser


def project_from(args: argparse.Namespace) -> Project:
    """Return the Project the arguments describe."""
    return Project.at(args.root.resolve(), getattr(args, "out", None), base_url=getattr(args, "base_url", None))


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
    return f"::error {where}::{escape(message)}"


def report_problems(error: ContentError, style: str = "text") -> None:
    """Print every problem, one line each, then a count."""
    for problem in error.problems:
        print(github_annotation(problem) if style == "github" else f"error: {problem}", file=sys.stderr)
    count = error.count
    print(f"{count:,} problem{'s' if count != 1 else ''}; site/ was not changed.", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Run the command the arguments name; return the exit code."""
    command = args.command or "build"
    environment.check()
    if not args.root.is_dir():
        raise OutputError(f"{args.root}: project folder not found (pass --root with the folder "
                          "holding content/, seeds/ and templates/)")
    if command == "schema":
        from .schema import write_schemas
        from .sitelock import stops_raised

        with stops_raised():  # a SIGTERM or a hangup left a draft beside the schemas, as it did in `new`
            written = write_schemas(args.root.resolve())
        for path in written:
            tell(f"wrote {printable(str(path))}")
        return 0
    project = project_from(args)
    if command in ("build", "serve"):
        check_output_location(project.out, [project.content, project.seeds, project.templates, project.static,
                                            project.locales])
        check_output_outside_cache(project.out, project.cache)
    if command == "serve":
        from .serve import serve

        return serve(project, args.host, args.port, args.open)
    if command in ("new", "changes", "accept-source", "cite"):
        from . import editing
        from .sitelock import stops_raised

        # Stopped by their default action, SIGTERM and a hangup left `new`'s and accept-source's drafts in content/
        # (`.SLUG.PID.new/`, `.sources.yaml.PID.new`), out of the build's sight but not of git's: undone, as Ctrl-C is.
        with stops_raised():
            return editing.run(command, project, args)
    from .gc_pause import no_collection

    with no_collection():
        if command == "check":
            from .coverage import run_check

            tell(run_check(project, args.uncited))
            return 0
        from .pipeline import build

        report = build(project)
    for path in report.foreign:
        print(f"warning: {printable(project.out.name)}/{printable(path)} was not made by build.py; left in place",
              file=sys.stderr)
    tell(f"built {printable(str(project.out))}: {report.written} files written, {report.unchanged} unchanged")
    return 0


# The modules of the packages pyproject.toml depends on, by the name an import of them names.
_DEPENDENCIES = frozenset({"jinja2", "markdown_it", "yaml", "livereload", "watchfiles", "markupsafe", "tornado"})


def main(argv: list[str] | None = None, default_root: Path | None = None) -> int:
    """Run one command; return the process exit code.

    `build.py` passes its own folder as `default_root`: the project is where the script is,
    wherever it is run from and wherever the package is installed.
    """
    args = parse_args(sys.argv[1:] if argv is None else argv, default_root)
    escape_what_the_output_cannot_show()
    try:
        with first_stop_only():
            return run(args)
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
        silence_output()
        if not isinstance(lost.error, BrokenPipeError):  # the reader went away (`| head`): nothing left to say
            print(f"error: cannot write the output: {lost} (free some space, or send the output elsewhere)",
                  file=sys.stderr)
    return 1
