"""What to do when a write passes the process's limit on file size (`ulimit -f`, systemd's `LimitFSIZE=`), not the
disk's room.

Past that limit the system refuses the write with EFBIG, "File too large", on a disk with room to spare: the build
said to "check the output folder", and `new`, `schema`, `accept-source` and a command's redirected output to "make
room on the disk" or "free some space", which changed nothing.
"""

from __future__ import annotations

import errno

RAISE_THE_LIMIT = "raise the limit on file size (ulimit -f)"


def room_or_limit(error: OSError, room: str) -> str:
    """Return `room`, what makes room on the disk, or for a write past the file size limit what raises that."""
    return RAISE_THE_LIMIT if getattr(error, "errno", None) == errno.EFBIG else room
