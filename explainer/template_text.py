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

from . import patterns
from .line_ends import line_of_offset
from .problems import Problem
from .disguise import char_name
from .yamlsafe import refused_kind, wide_encoding

_HINT = "save the template as UTF-8"
# What no page may hold, as UTF-8 bytes: C0 and C1 controls but tab and line ends (a NUL, an escape sequence written
# into the page; a form feed in feed.xml made the feed unreadable XML), and noncharacters (XML may not hold U+FFFF).
_REFUSED = patterns.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xef\xb7[\x90-\xaf]|\xef\xbf[\xbe\xbf]"
                      rb"|[\xf0-\xf4][\x8f\x9f\xaf\xbf]\xbf[\xbe\xbf]")
# Every byte but those _REFUSED starts with: a template holding none of them (most are ASCII) is passed at once, as
# a regular expression took 8 ms of each build for the 33 KB of templates/ (0.03 ms so).
_PLAIN = bytes(byte for byte in range(256)
               if not _REFUSED.match(bytes([byte])) and byte not in b"\xc2\xef\xf0\xf1\xf2\xf3\xf4")
_ENVIRONMENT = os.path.join("jinja2", "environment.py")


def template_text(raw: bytes, shown: str) -> str | Problem:
    """Return a template's text (`raw`, read from the file shown as `shown`), or the Problem of bytes not UTF-8 or of a
    control character."""
    # Without its byte-order mark, UTF-16 decodes as UTF-8 (a NUL after each letter): looked for only where one is.
    if (b"\x00" in raw[:64] or raw[:2] in (b"\xff\xfe", b"\xfe\xff")) and (wide := wide_encoding(raw)):
        return Problem(shown, 1, f"the template is written in {wide}, not UTF-8", _HINT)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = line_of_offset(raw, error.start)
        return Problem(shown, line, f"byte 0x{raw[error.start]:02x} is not valid UTF-8", _HINT)
    if (found := _first_refused(raw)) is not None:
        char = found.group().decode("utf-8")
        return Problem(shown, line_of_offset(raw, found.start()), f"{refused_kind(char)} {char_name(char)} is "
                       "not allowed: every page made with the template would hold it", "delete it; it is invisible in "
                       "most editors")
    return text


def _first_refused(raw: bytes) -> re.Match | None:
    """Return the match of the first character _REFUSED finds in `raw`, valid UTF-8, or None."""
    leads = raw.translate(None, _PLAIN)
    if not leads.strip(b"\xc2"):  # none, or only letters of Latin-1 ("\xc2\xa0", a no-break space), read one by one
        at = raw.find(b"\xc2")
        while at != -1:
            if raw[at + 1] < 0xa0:
                return _REFUSED.match(raw, at)
            at = raw.find(b"\xc2", at + 2)
        return None
    return _REFUSED.search(raw)


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
