"""The command line's parser: every command and option of `python build.py`, and how a bad one is refused.

Imported only for a command line that cli.parse_args does not read at once (a plain build's needs neither argparse
nor gettext, which it loads: 2 ms of a cold build's start).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path


def base_url(text: str) -> str:
    """Return a --base-url value if it is an http(s) address without a query or fragment (or empty), else refuse it.
    A control or direction character was published in every page's links (a control made the Atom feed unreadable
    XML): content refuses them as it reads YAML, and so does this."""
    from .model import BASE_URL_PATTERN, URL_PATTERN
    from .problems import printable

    if text and printable(text) != text:
        raise argparse.ArgumentTypeError(f"'{printable(text)}' holds a control or direction character: type the "
                                         "address again")
    if text and not re.fullmatch(URL_PATTERN.strip("^$"), text):
        raise argparse.ArgumentTypeError(f"{text!r} is not an http:// or https:// address")
    if text and not re.fullmatch(BASE_URL_PATTERN.strip("^$"), text):
        raise argparse.ArgumentTypeError(f"{text!r} is not an http:// or https:// address without a query (?) or "
                                         "fragment (#): each page's address is it with the page's path added")
    from .site_address import address_problem
    if wrong := address_problem(text):  # user@, a backslash, a bad port or bracket: read as one site, leads to another
        raise argparse.ArgumentTypeError(wrong)
    return text


def host_address(text: str) -> str:
    """Return a --host value unless it is empty: an empty address listens on every network the machine is on, so
    `--host "$HOST"` with the variable unset shared the drafts with the whole network (with only a warning). An IPv6
    address in brackets is returned without them."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty address serves every network this machine is on (is a shell "
                                         "variable unset?): leave --host out to serve this machine only, or write "
                                         "--host 0.0.0.0 to share the preview")
    # An IPv6 address in the brackets an address bar shows (`[::1]`, `[::]`) was "cannot listen on [::]:8000: Name or
    # service not known": the brackets belong to a URL, not to the address itself (tests/test_attack_67.py).
    if text.startswith("[") and text.endswith("]") and ":" in text:
        return text[1:-1]
    return text


def _folder(text: str, what_to_do: str) -> Path:
    """Return a folder option's value as a Path unless it is empty, which Python reads as the current folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty folder name stands for the current folder (is a shell variable "
                                         f"unset?): {what_to_do}")
    return Path(text)


def root_folder(text: str) -> Path:
    """Return a --root value: `check --root "$PROJECT"`, the variable unset, checked whatever project the shell
    stood in, and said ok."""
    return _folder(text, "leave --root out for the folder of the build.py you run, or write --root . for the "
                         "current folder")


def out_folder(text: str) -> Path:
    """Return an --out value: `--out "$OUT"`, the variable unset, built into the folder the shell stood in."""
    return _folder(text, "leave --out out to build into the project's site/, or name the folder to build into")


def port_number(text: str) -> int:
    """Return a --port value if it is a TCP port number, else refuse it."""
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number between 1 and 65535")
    return int(text)


class Parser(argparse.ArgumentParser):
    """Argument errors are bad input like any other: one line, exit code 1."""

    def parse_known_args(self, args=None, namespace=None):
        self.given = list(args or ())
        return super().parse_known_args(args, namespace)

    def error(self, message: str):
        # `new -rf --title X`: the slug, starting with "-", was taken for an option, and the error said "the
        # following arguments are required: slug", of a slug the user had typed.
        dashed = [arg for arg in getattr(self, "given", ()) if arg.startswith("-") and arg != "--"
                  and not self._is_option(arg.partition("=")[0])]
        if dashed and message.endswith("required: slug"):
            self.exit(1, f"error: '{dashed[0]}' cannot be a briefing's folder name: a slug cannot start with '-' "
                         "(use lowercase letters, digits and hyphens, starting with a letter or digit)\n")
        self.exit(1, f"error: {message} (see python build.py --help)\n")

    def _is_option(self, arg: str) -> bool:
        """Say whether `arg` names one of this parser's options, or abbreviates a long one as argparse allows."""
        options = self._option_string_actions
        return arg in options or (arg.startswith("--") and any(option.startswith(arg) for option in options))

    def _print_message(self, message: str, file=None) -> None:
        """Print help at once; argparse's own ignores a failed write, so `--help` on a full disk said nothing and
        exited 0. Errors go to the error stream as argparse sends them: there is nowhere else to say it failed."""
        if message and file is sys.stdout:
            from .cli import tell

            tell(message, end="")
        else:
            super()._print_message(message, file)


def make_parser() -> Parser:
    """Return the command line's parser."""
    parser = Parser(prog="build.py", description="Build the microsite of cited briefings into site/.")
    parser.add_argument("--root", type=root_folder, default=argparse.SUPPRESS,
                        help="project folder holding content/, seeds/ and templates/ "
                             "(default: the folder of the build.py you run)")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    build = commands.add_parser("build", help="validate, anchor and write site/ (the default)")
    check = commands.add_parser("check", help="validate and anchor without writing; report per briefing and source")
    check.add_argument("--uncited", action="store_true", help="list the source sentences no citation covers yet")
    serve = commands.add_parser("serve", help="build, serve site/ and rebuild on every change")
    serve.add_argument("--port", type=port_number, default=8000, help="port to serve on; the next free one if taken (default 8000)")
    serve.add_argument("--host", type=host_address, default="127.0.0.1", help="address to bind (default 127.0.0.1, this machine only)")
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
        sub.add_argument("--out", type=out_folder, default=argparse.SUPPRESS, help="output folder (default: ROOT/site)")
        sub.add_argument("--base-url", default=argparse.SUPPRESS, type=base_url,
                         help="public address of the site, used for canonical links, the feed and the sitemap")
    for sub in commands.choices.values():  # also after the command, where a user types options: `check --root DIR`
        sub.add_argument("--root", type=root_folder, default=argparse.SUPPRESS, help="project folder (see above)")
    return parser
