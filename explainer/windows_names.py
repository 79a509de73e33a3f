"""Names a checkout on Windows cannot hold: a device's (`con`, `nul`, `aux`, `prn`, `com1`, `lpt1`, with any extension,
`nul.txt` too), one ending in a dot or a space, or one holding `<>:"|?*` or a control character.

Git for Windows refuses to check out a path holding one ("error: invalid path 'content/con/briefing.yaml'"), and the
checkout then stops: a pull request adding `content/aux/` or `seeds/nul.txt` left every Windows editor's clone of the
repository without its files. The build ran on Linux, which holds such names, and published them without a word.
The rules are those git (`is_valid_win32_path`) and Python 3.13 (`ntpath.isreserved`) follow.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from .problems import Problem

_DEVICES = frozenset({"con", "prn", "aux", "nul", "conin$", "conout$"}
                     | {f"{port}{digit}" for port in ("com", "lpt") for digit in "123456789\u00b9\u00b2\u00b3"})
_REFUSED_CHARACTERS = frozenset('<>:"|?*' + "".join(map(chr, range(1, 32))))  # a newline, a tab, an escape too


def folded_name(name: str) -> str:
    """Return a name (or path) as a disk that ignores letter case compares it: letters folded, accents composed.

    macOS's and Windows' disks hold one file for `Content` and `content` (macOS for `café` composed or decomposed too).
    Windows' compare names in upper case, where the Turkish dotless `ı` is `I` and the long `ſ` is `S`: casefold()
    keeps `ı`, lower() both, and `--out statıc/site` built into static/ there, `ſeeds.txt` beside `seeds.txt` was one
    file (tests/test_attack_47.py); `ß` and `ﬁ` fold to `ss` and `fi`, as macOS's do."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold().replace("\u0131", "i"))


def refused_on_windows(name: str) -> str:
    """Return why Windows cannot hold `name`, one step of a path, as a clause ("" if it can)."""
    if name[-1:] in (".", " ") and name not in (".", ".."):
        return f"the name '{name}' ends in {'a dot' if name[-1] == '.' else 'a space'}, which Windows drops"
    if held := sorted(_REFUSED_CHARACTERS.intersection(name)):
        return f"the name '{name}' holds {' and '.join(held)}, which Windows does not allow in a file's name"
    device = name.partition(".")[0].rstrip(" ")
    if device.casefold() in _DEVICES:
        return f"'{device}' is the name Windows keeps for a device (as con, nul, aux, prn, com1 and lpt1 are)"
    return ""


def refused_path(path: str) -> str:
    """Return why Windows cannot hold the relative path `path` (steps apart with "/"), as a clause ("" if it can)."""
    for name in path.split("/"):
        # A cheap test first, passing over almost every name as it is: refused_on_windows says why.
        if (name[-1:] in (".", " ") or not _REFUSED_CHARACTERS.isdisjoint(name)
                or name.partition(".")[0].rstrip(" ").casefold() in _DEVICES) and (why := refused_on_windows(name)):
            return why
    return ""


CHECKOUT_FAILS = "and git on Windows will not check it out: a clone there is left without any files"


def refused_names(top: str, names: Iterable[str], hint: str = "rename it") -> list[Problem]:
    """Return a problem for each of `names` (paths under the folder shown as `top`) that a checkout on Windows
    cannot hold."""
    return [Problem(f"{top}/{name}", 0, f"{why}, {CHECKOUT_FAILS}", hint)
            for name in names if (why := refused_path(name))]


def refused_seeds(content) -> list[Problem]:
    """Return a problem for each source of the library (a SiteContent's) whose file in seeds/ a checkout on Windows
    cannot hold."""
    return [Problem(content.library.shown, source.line_of("file"),
                    f"source '{source.id}': {why} (seeds/{source.file}), {CHECKOUT_FAILS}",
                    "rename the file in seeds/, and its `file:` here")
            for source in content.sources if (why := refused_path(source.file))]
