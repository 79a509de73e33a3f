"""The command line: `build` (default), `check`, `serve`, `schema`. Only this module exits."""

from __future__ import annotations

import argparse
import gc
import re
import sys
from pathlib import Path

from . import warmup
from .problems import ContentError
from .project import Project
from .write import OutputError


def base_url(text: str) -> str:
    """Return a --base-url value if it is an http(s) address (or empty), else refuse it."""
    from .model import URL_PATTERN

    if text and not re.match(URL_PATTERN, text):
        raise argparse.ArgumentTypeError(f"{text!r} is not an http:// or https:// address")
    return text


class Parser(argparse.ArgumentParser):
    """Argument errors are bad input like any other: one line, exit code 1."""

    def error(self, message: str):
        self.exit(1, f"error: {message} (see python build.py --help)\n")


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Return the parsed command line."""
    parser = Parser(prog="build.py", description="Build the cited briefing into site/.")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="project folder holding content/, seeds/ and templates/ (default: this project)")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    build = commands.add_parser("build", help="validate, anchor and write site/ (the default)")
    check = commands.add_parser("check", help="validate and anchor without writing; report coverage")
    check.add_argument("--uncited", action="store_true", help="list the source sentences no citation covers yet")
    serve = commands.add_parser("serve", help="build, serve site/ and rebuild on every change")
    serve.add_argument("--port", type=int, default=8000, help="port to serve on; the next free one if taken (default 8000)")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, this machine only)")
    serve.add_argument("--open", action="store_true", help="open the briefing in a browser")
    commands.add_parser("schema", help="write JSON Schemas of the content files to schema/")
    for sub in (parser, build, serve):
        sub.add_argument("--out", type=Path, default=argparse.SUPPRESS, help="output folder (default: ROOT/site)")
        sub.add_argument("--base-url", default=argparse.SUPPRESS, type=base_url,
                         help="public address of the site, used for canonical links and the sitemap")
        sub.add_argument("--jobs", type=int, default=argparse.SUPPRESS,
                         help="processes to use, this one included; the others render source pages "
                              "(default: one per core for large projects)")
    return parser.parse_args(argv)


def project_from(args: argparse.Namespace):
    """Return the Project the arguments describe."""
    return Project.at(args.root.resolve(), getattr(args, "out", None), base_url=getattr(args, "base_url", None),
                      jobs=getattr(args, "jobs", 0))


def report_problems(error: ContentError) -> None:
    """Print every problem, one line each, then a count."""
    for problem in error.problems:
        print(f"error: {problem}", file=sys.stderr)
    count = len(error.problems)
    print(f"{count} problem{'s' if count != 1 else ''}; site/ was not changed.", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    command = args.command or "build"
    try:
        if command == "serve":
            from .serve import serve

            return serve(project_from(args), args.host, args.port, args.open)
        if command == "schema":
            from .schema import write_schemas

            for path in write_schemas(args.root.resolve()):
                print(f"wrote {path}")
            return 0
        # A build makes millions of long-lived objects and almost no cyclic garbage, so the
        # collector's passes over them free nothing; at 4,000 sources they were 40% of the CPU
        # time, with the same peak memory without them. The process ends right after anyway.
        gc.disable()
        project = project_from(args)
        warmup.start(project.templates, project.cache)  # before the pipeline's imports, which it overlaps
        if command == "check":
            from .coverage import run_check

            print(run_check(project, args.uncited))
            return 0
        from .pipeline import build

        report = build(project)
        print(f"built {project.out}: {report.written} files written, {report.unchanged} unchanged")
        return 0
    except ContentError as error:
        report_problems(error)
    except OutputError as error:
        print(f"error: {error}", file=sys.stderr)
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
        return 130
    return 1
