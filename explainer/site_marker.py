"""What stands where a site's `.explainer-site` manifest goes, when it is not the file a build writes.

A build replaces an output folder only if its manifest is a regular file (write.check_output_folder). A pipe, a
socket, a folder or a link put there (`ln -s /etc/passwd site/.explainer-site`, an archive unpacked over the site)
was refused as a folder with "no .explainer-site file", which the editor could see was there: the line now says what
stands there, and that the folder is left as it is. The line is printed escaped, as every OutputError is.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .safefs import kind_of


def marker_kind(marker: Path) -> str:
    """Return what stands at `marker` if it is there but no regular file ('a named pipe', 'a link to /etc/passwd'),
    else ""."""
    try:
        mode = os.lstat(marker).st_mode
    except OSError:
        return ""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISLNK(mode):
        try:
            return f"a link to {os.readlink(marker)}"
        except OSError:
            return "a link"
    return kind_of(mode)


def not_a_marker(out: Path, name: str) -> str:
    """Return the one line refusing output folder `out`, whose manifest `name` is no regular file, or "" if it is one
    or is missing."""
    kind = marker_kind(out / name)
    if not kind:
        return ""
    return (f"{out}: {name} there is {kind}, not the list of files a build writes, so the folder is "
            "not known to be one this tool made (refusing to delete it; choose an empty or new --out folder)")
