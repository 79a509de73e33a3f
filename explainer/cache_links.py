"""Which folder a `.cache` link may lead to outside its project: one the build may fill with its own folders.

`.cache/` may be a link, to a faster disk say, and a repository can commit one (git ignores the folder `.cache/`,
not a link of that name). One leading to `/dev`, `/proc/self`, `/sys` or `/` had the build make its cache folders
there (`/content`, `/dev/pages`...), as whoever ran it, root included. A link leading outside the project is now
refused where it leads to a folder of the kernel's (proc, sysfs, the devices), to a system folder (`/`, `/usr`,
`/etc`...), to the user's home or a folder holding it, or to one the user does not own or cannot write. A link to a
folder of one's own on another disk builds as before, as do one leading nowhere yet and one to a file (`/dev/null`):
the build makes nothing through them. Links into the project are write.py's `check_cache_location`.

A link to a folder of one's own that also holds other files (`~/Documents`, a shared scratch folder) is refused too,
unless the folder holds only what a build keeps there: its cleanup deletes the `*.pickle` files in `views/` that it
did not write, so a user's `views/notes.pickle` there was lost, and a later version's cleanup might reach further.
An empty folder, or one a build filled, builds as before. A folder holding the project builds as it did (round 13).

A file is taken for the cache's own by what it holds, not only by its name: every file a build keeps in its folders
starts with the seal (seal.py) stating the length of what follows, and one written aside by a build killed as it wrote
holds the start of one at most. A user's `views/<hex>.pickle` (a name any file may have) is named as no file of the
build's, and the link refused.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from . import patterns
from .seal import _CHECK, _SEAL, seal_of
from .problems import printable
from .write import OutputError

# Folders of the system: no cache of a project's belongs in them or below them.
SYSTEM_FOLDERS = ("/bin", "/boot", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/sbin", "/usr")
KERNEL_FOLDERS = ("/proc", "/sys", "/dev")  # each the top of a file system the kernel makes up

# What a build keeps in .cache/ (pipeline.py, coverage.py, previews.py): folders of these names, and the preview's
# notices; in each folder, files named by a key or a shard, a digest list's name, or one of those written aside.
CACHE_FOLDERS = frozenset({"anchors", "content", "digests", "findings", "pages", "plans", "sentences", "templates",
                           "views"})
# Folders left alone through a link: the site a build replaced, in a .cache/ moved there (never used through a link),
# and a disk's own at its top (a link to a disk kept for the cache).
LEFT_ALONE = frozenset({"spare-site", "lost+found"})
SYSTEM_LEFTOVERS = frozenset({".DS_Store"})  # made by a file manager that looked at the folder
TOP_FILE = patterns.compile(r"\.?preview-[0-9a-f]{16}(\.[0-9]+)?|(content|pages|plans)\.pickle")  # older builds' too
CACHE_FILE = patterns.compile(r"\.?(all|[0-9a-f]+|[0-9a-f]+\.(pack|pickle)|all\.pack|content|seeds|site|sentences)"
                              r"(\.[0-9a-f.]+)?")
MAX_LOOKED_AT = 100_000  # names read before a folder counts as holding others' (a cache holds far fewer)


def check_cache_link(cache: Path) -> None:
    """Raise OutputError if `cache` (.cache) is a link leading outside its project to a folder the build must not
    make its own folders in, naming the link and what to do."""
    if not os.path.islink(cache):
        return
    try:
        info = os.stat(cache)
        target = Path(os.path.realpath(cache))
        root = Path(os.path.realpath(cache.parent))
    except (OSError, ValueError):  # leading nowhere, or a loop: nothing is made through it
        return
    if not stat.S_ISDIR(info.st_mode) or target == root or root in target.parents:
        return  # a file (/dev/null): nothing is made in it; inside the project: check_cache_location's
    why = why_no_cache_folder(target, info)
    if why:
        raise OutputError(f"{cache}: is a link leading to {target}, {why}, where the build would make its own folders "
                          "(remove the link, and the build makes .cache/ as a folder of its own, or link it to an "
                          "empty folder of yours)")
    stranger = holds_others_files(target, root)
    if stranger:
        raise OutputError(f"{cache}: is a link leading to {target}, a folder also holding {stranger}, which is no "
                          "file the build keeps and a cleanup of its cache could delete (link .cache to an empty "
                          "folder of its own, or remove the link)")


def why_no_cache_folder(target: Path, info: os.stat_result) -> str:
    """Say why the folder `target` (whose stat is `info`) may not hold a project's cache, or "" if it may."""
    if _on_kernel_file_system(info):
        return "a folder of the kernel's"
    if str(target) == os.sep or any(target == Path(folder) or Path(folder) in target.parents
                                     for folder in SYSTEM_FOLDERS):
        return "a folder of the system"
    home = _home()
    if home is not None and (target == home or target in home.parents):
        return "your home folder" if target == home else "a folder holding your home folder"
    if info.st_uid != os.geteuid():
        return "a folder another user owns"
    if not os.access(target, os.W_OK):
        return "a folder you cannot write"
    return ""


def holds_others_files(target: Path, root: Path) -> str:
    """Say which entry of the folder `target` is no file a build keeps (naming it), or "" if it holds only those.
    A folder holding the project `root` is passed: round 13 keeps it building."""
    if target in root.parents:
        return ""
    try:
        stranger = _foreign_entry(os.fspath(target), top=True)
    except OSError:
        return ""  # unreadable: the build's own writes there fail and say so
    if stranger is None:
        return ""
    return f"'{printable(stranger)}'"


def _foreign_entry(folder: str, top: bool) -> str | None:
    """Return the path (from `folder`) of the first entry that is not a build's, or None; one level into ours."""
    with os.scandir(folder) as entries:
        for count, entry in enumerate(entries):
            if count >= MAX_LOOKED_AT:
                return entry.name
            if top and entry.name in LEFT_ALONE and entry.is_dir(follow_symlinks=False) or entry.name in SYSTEM_LEFTOVERS:
                continue  # no file of the user's that a cleanup of ours would reach
            if top and entry.name in CACHE_FOLDERS and entry.is_dir(follow_symlinks=False):
                inside = _foreign_entry(entry.path, top=False)
                if inside is not None:
                    return f"{entry.name}/{inside}"
            elif not (entry.is_file(follow_symlinks=False) and _ours(entry.name, top)
                      and (top or _sealed_by_a_build(entry.path, aside=entry.name.startswith(".")))):
                return entry.name + ("/" if entry.is_dir(follow_symlinks=False) else "")
    return None


def _sealed_by_a_build(path: str, aside: bool) -> bool:
    """Say whether the file at `path` holds what a build writes in a cache folder: the seal, then as many bytes as it
    states; for one written `aside` (`.NAME.PID.RANDOM`), what a build killed as it wrote leaves, the seal's start."""
    look = seal_of(Path(path))
    if look is None:
        return False
    size, head = look[2], look[5]
    whole = len(_SEAL) + _CHECK.size  # the seal and the length and digest it states
    if aside and (_SEAL.startswith(head) or head.startswith(_SEAL) and len(head) < whole):
        return True  # cut short within its seal
    if not head.startswith(_SEAL) or len(head) < whole:
        return False
    length = _CHECK.unpack_from(head, len(_SEAL))[0]
    return size == whole + length or aside and size < whole + length


def _ours(name: str, top: bool) -> bool:
    """Say whether a file named `name` is one a build keeps: a preview's notice at the top, a kept file below."""
    return bool((TOP_FILE if top else CACHE_FILE).fullmatch(name))


def _on_kernel_file_system(info: os.stat_result) -> bool:
    """Say whether `info` is of a file on /proc, /sys or /dev (each where it is a file system of its own)."""
    try:
        top = os.stat(os.sep).st_dev
    except OSError:
        return False
    for folder in KERNEL_FOLDERS:
        try:
            device = os.stat(folder).st_dev
        except OSError:
            continue
        if device != top and device == info.st_dev:
            return True
    return False


def _home() -> Path | None:
    """Return the user's home folder, resolved, or None if there is none to name."""
    home = os.path.expanduser("~")
    if home in ("~", "", os.sep):
        return None
    try:
        return Path(os.path.realpath(home))
    except (OSError, ValueError):
        return None
