"""A template's bytes as text: UTF-8, its byte-order mark left out, or the Problem of a file that is not or that holds
a control character.

A template saved in another encoding (Latin-1, Windows-1252, UTF-16 as Notepad and PowerShell save) ended every build
in a UnicodeDecodeError traceback naming no file, and every save the preview built in the same; a byte-order mark,
which content files may start with, was put in the middle of every page including the template (U+FEFF, unseen); and
a control character pasted into one (a NUL, an ESC, a form feed from a PDF) reached every page made with it: a form
feed in feed.xml made the feed unreadable XML, published without a word.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .problems import Problem
from .disguise import char_name
from .yamlsafe import NONCHARACTERS, refused_kind, wide_encoding

_HINT = "save the template as UTF-8"
# What no page may hold: C0 and C1 controls but tab and newline (a NUL, an escape sequence written into the page; a form
# feed in feed.xml made the feed unreadable XML), and noncharacters (XML may not hold U+FFFF either).
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{NONCHARACTERS}]")
_ENVIRONMENT = os.path.join("jinja2", "environment.py")


def template_text(raw: bytes, shown: str) -> str | Problem:
    """Return a template's text (`raw`, read from the file shown as `shown`), its line ends as Jinja reads them, or
    the Problem of bytes not UTF-8 or of a control character."""
    # Without its byte-order mark, UTF-16 decodes as UTF-8 (a NUL after each letter): looked for only where one is.
    if (b"\x00" in raw[:64] or raw[:2] in (b"\xff\xfe", b"\xfe\xff")) and (wide := wide_encoding(raw)):
        return Problem(shown, 1, f"the template is written in {wide}, not UTF-8", _HINT)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return Problem(shown, line, f"byte 0x{raw[error.start]:02x} is not valid UTF-8", _HINT)
    if "\r" in text:  # as Jinja reads line ends, and a CR is no control to refuse
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if found := _CONTROL.search(text):
        char = found.group()
        return Problem(shown, text.count("\n", 0, found.start()) + 1, f"{refused_kind(char)} {char_name(char)} is "
                       "not allowed: every page made with the template would hold it", "delete it; it is invisible in "
                       "most editors")
    return text


# Jinja's steps from a template's text to its code, each with the template's name (or file) at hand.
_READING_STEPS = frozenset({"_tokenize", "_parse", "_generate", "_compile"})


def template_being_read(error: BaseException, templates_dir: Path) -> str | None:
    """Return the name of the template Jinja was reading (lexing, parsing, compiling) when `error` was raised, or None.

    Braces nested thousands deep, or a template of hundreds of thousands of expressions, ran out of stack or of memory
    as an including template first used it: the error named the line of the `{% include %}`, with "fix the expression
    on that line", not the file to fix.
    """
    found, tb = None, error.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_code.co_name in _READING_STEPS and frame.f_code.co_filename.endswith(_ENVIRONMENT):
            name, filename = frame.f_locals.get("name"), frame.f_locals.get("filename")
            if isinstance(name, str):
                found = name
            elif isinstance(filename, str) and Path(filename).is_relative_to(templates_dir):
                found = Path(filename).relative_to(templates_dir).as_posix()
        tb = tb.tb_next
    return found
