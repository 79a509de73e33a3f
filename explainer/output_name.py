"""An output folder's name with room beside it for what a build keeps there (`.NAME.stage-PID`, `.NAME.lock` ...).

A folder named in 241 to 255 bytes is a folder a file system takes, and `--out` so named was built into every time
up to the write, which then failed on the name of the stage beside it: "cannot write: File name too long (check the
output folder and build again)", in every build and preview save, whatever was checked.
"""

from __future__ import annotations

import os
from pathlib import Path

from .write import OutputError

MAX_NAME_BYTES = 255  # what Linux, macOS and Windows file systems take for one name
# The longest name a build gives what it keeps beside the site: its pages aside, `.NAME.aside-PID`, under Linux's
# largest process id (2**22, 7 digits).
_BESIDE = len(".") + len(".aside-") + len(str(2 ** 22))
MAX_OUT_NAME_BYTES = MAX_NAME_BYTES - _BESIDE


def check_output_name(out: Path) -> None:
    """Raise OutputError if `out`'s name leaves no room for the names of the files a build keeps beside it."""
    size = len(os.fsencode(out.name))
    if size > MAX_OUT_NAME_BYTES:
        raise OutputError(f"{out}: output folder's name of {size} bytes leaves no room beside it for the build's "
                          f"own, '.NAME.stage-PID' and the like, within the {MAX_NAME_BYTES} bytes a file system "
                          f"takes for a name (name the folder in {MAX_OUT_NAME_BYTES} bytes at most)")
