"""Write stage: the only code that touches the output folder.

Every build stages the whole new site in a folder beside the output folder, hard-linking the
files that did not change from the current site and writing the others, then exchanges the two
folders in one atomic step: a reader, a crash or a signal sees the complete old site or the
complete new one, never a mix. The current site is only ever read (without following links),
so nothing is written or deleted through a link placed in it.

The marker file lists what the build wrote. Anything else found in the site was put there by
someone else: it is carried over unchanged and reported, never deleted. A lock beside the
output folder makes concurrent builds take turns.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from dataclasses import replace
from pathlib import Path
from typing import Callable, NamedTuple

from . import patterns
from .file_size_limit import RAISE_THE_LIMIT
from .filedigests import FileDigests, signature
from .records import record
from .removal import remove_tree
from .site_marker import not_a_marker
from .windows_names import folded_name
from .sitelock import LockRefused, folder_locked, locked_beside, stops_deferred, stops_raised

MARKER = ".explainer-site"
MANIFEST_HEADER = b"# Made by build.py, which rewrites or deletes only the files listed below; anything else here is kept.\n"
_OLD_LEFTOVER = patterns.compile(r"\..+\.new-\d+")  # a temporary file of the in-place writer this module replaced
_HINTS = {
    errno.ENOSPC: "free some space and build again",
    errno.EDQUOT: "free some space and build again",
    errno.EROFS: "the disk is read-only; choose an --out on a writable disk",
    errno.EACCES: "check the permissions of the output folder and of the folder holding it",
    errno.EPERM: "check the permissions of the output folder and of the folder holding it",
    errno.EMFILE: "raise the limit on open files (ulimit -n) and build again",
    errno.ENFILE: "the system is out of open files; close some programs and build again",
    errno.EFBIG: RAISE_THE_LIMIT + " and build again",  # the process's limit, not the disk's room
    # Each name was checked: a path over the system's 4,096 bytes, static/'s deepest file under a long --out path.
    errno.ENAMETOOLONG: "a file's path there is longer than the system takes; choose an --out of a shorter path, "
                        "or shorten the deepest names in static/",
}
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2
# A published site is readable by everyone, whatever the umask of the build: the same input gives
# the same tree, file modes included (a site built under umask 077 was unreadable to a web server).
FILE_MODE = 0o644
FOLDER_MODE = 0o755
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # the list of a site's files: at 4,000 sources (4,414 files), 92 KB
COPY_CHUNK = 1024 * 1024  # bytes copied at a time of a file that cannot be hard-linked
MAX_CARRIED_DEPTH = 100  # folders nested in one someone else put in the site: no site needs as many
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


class OutputError(Exception):
    """The output folder cannot be safely replaced."""


class Kept(NamedTuple):
    """A file a build makes exactly as the last one did: linked from the current site, never read beforehand.

    The writer links the current file if it still has `size` bytes whose SHA-256 is `digest`, and
    calls `make` only if it does not (gone, or changed by hand). A file new in this build that a
    build or its workers wrote beside the site (explainer/aside.py) is a Kept too, with `aside`, its path and inode:
    moved into the new site if it is still that file, else made again.
    """

    size: int
    digest: str
    make: Callable[[], bytes]
    aside: tuple[str, int] | None = None

    def held_by(self, data: bytes) -> bool:
        """Say whether `data` is exactly the file's bytes."""
        return len(data) == self.size and hashlib.sha256(data).hexdigest() == self.digest


@record
class WriteReport:
    """How many files a build wrote anew, kept as they were, and which entries it found but did not make."""

    written: int
    unchanged: int
    foreign: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()  # the site's files written anew or removed, sorted
    stuck: tuple[str, ...] = ()  # leftovers of builds beside the site that could not be deleted: name, why


def check_output_folder(out: Path) -> None:
    """Raise OutputError unless `out` is missing, empty, or a site this tool made."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise OutputError(f"{out}: output path is not a plain folder (refusing to replace it; choose another --out)")
    holder = next(folder for folder in out.absolute().parents if os.path.lexists(folder))  # at worst, /
    if not holder.is_dir():  # it said "cannot write: File exists"
        raise OutputError(f"{out}: output path is inside {holder}, which is not a folder (choose another --out)")
    if os.path.ismount(out):  # a new site is switched in whole, beside it: "cannot write: Device or resource busy"
        raise OutputError(f"{out}: output folder is a mount point, which a build cannot switch a new site into "
                          f"(choose an --out inside it, {out / 'site'}, or mount the folder holding it)")
    if out.is_dir() and any(out.iterdir()) and not _is_regular(out / MARKER):
        if refused := not_a_marker(out, MARKER):
            raise OutputError(refused)
        raise OutputError(f"{out}: folder was not made by this tool (no {MARKER} file); "
                          "refusing to delete it, choose an empty or new --out folder")


def check_output_location(out: Path, inputs: list[Path]) -> None:
    """Raise OutputError if `out` is, lies inside, or holds one of the input folders."""
    target = _real(out)
    names = [f"{folder.name}/" for folder in inputs]
    listed = f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else "".join(names)
    hint = f"choose an --out outside {listed}"
    for folder, name in zip(inputs, names):
        source = _real(folder)
        if how := _relation(target, source):
            raise OutputError(f"{out}: output folder {how} the input folder {name} ({hint})")
        if how := _relation(folded(target), folded(source)):
            raise OutputError(f"{out}: output folder {how} the input folder {name} but for letter case or accents, "
                              f"which a disk of macOS or Windows reads as the same name ({hint})")


def _relation(target: Path, source: Path) -> str:
    """Say how the output folder `target` stands to the input folder `source`: "is", "is inside", "holds" or ""."""
    return ("is" if target == source else "is inside" if source in target.parents
            else "holds" if target in source.parents else "")


def folded(path: Path) -> Path:
    """Return `path` as a disk that ignores letter case compares it (windows_names.folded_name): `--out Content/site`
    on macOS or Windows built into content/, each build's pages then read as a briefing's files
    (tests/test_attack_45.py). A Linux disk holds two, but the project is for checkouts on all three."""
    return Path(folded_name(os.fspath(path)))


def _real(path: Path) -> Path:
    """Return the path `path` leads to, as far as its links lead: a loop of links (`site` a link to itself) is left
    for the writer to name, where Path.resolve ended the build in a traceback ("RuntimeError: Symlink loop")."""
    return Path(os.path.realpath(path))


def check_cache_location(cache: Path) -> None:
    """Raise OutputError if `cache` (.cache/) is a link leading to its project's folder or into a folder of it that
    is not hidden (content/, static/, site/...).

    `.cache/` may be a link, to a faster disk say, and a repository can hold one (git ignores the folder, not a link of
    its name): one to `.` had the build keep `content/all.pack` among the editors' files, and every later build failed
    on it; one to `static` published what the build keeps (`static/views/*.pickle`)."""
    if not os.path.islink(cache):
        return
    kept, root = _real(cache), _real(cache.parent)
    if kept != root and root not in kept.parents:
        return  # elsewhere, or a folder holding the project (test_attack_13): nothing of the project's is touched
    step = kept.relative_to(root).parts[0] if kept != root else ""
    if step.startswith("."):
        return  # a hidden folder of its own (.fast/cache), which no build reads
    where = f"into '{step}', a folder of the project" if step else "to the project folder itself"
    raise OutputError(f"{cache}: is a link leading {where}, where the build would keep its files among "
                      "the project's (remove the link, and the build makes .cache/ as a folder of its own)")


def check_output_outside_cache(out: Path, cache: Path) -> None:
    """Raise OutputError if `out` is, or lies inside, the build's own .cache/.

    `--out .cache/spare-site` failed with "cannot write: No such file or directory" one build in two: the site the
    build replaces is kept there, so the output was taken as the folder to stage the next site in.
    """
    target, kept, root = _real(out), _real(cache), _real(cache.parent)
    if kept == root or kept in root.parents:  # a .cache/ linked to a folder holding the project is no store to keep to
        return
    if (how := _relation(target, kept) or _relation(folded(target), folded(kept))) in ("is", "is inside"):
        where = f"{cache.name}/" if how == "is" else f"inside {cache.name}/"
        raise OutputError(f"{out}: output folder is {where}, where the build keeps what it reuses (choose an --out "
                          "outside it)")


def check_output_beside_shell(out: Path) -> None:
    """Raise OutputError if `out` is, or holds, the current folder: the build replaces its output folder whole, so
    the shell it ran from was left in the folder replaced (kept as .cache/spare-site/, where the next build stages:
    `--out .` again was then refused as inside .cache/)."""
    try:
        here = _real(Path(os.getcwd()))
    except OSError:  # the current folder is gone: nothing stands in it
        return
    target = _real(out)
    if target == here or target in here.parents:
        where = "is the current folder" if target == here else "holds the current folder"
        raise OutputError(f"{out}: output folder {where}, which the build replaces whole, leaving this shell in the "
                          "folder replaced (run the build from a folder outside it)")


def write_site(out: Path, files: dict[str, bytes | Kept], digests: FileDigests | None = None,
               spare: Path | None = None) -> WriteReport:
    """Make `out` hold exactly `files` (relative POSIX path -> bytes or Kept) plus what others put; all or nothing.

    With `digests`, a kept file whose signature is unchanged since the last build linked it is
    linked again without being read; the files found unchanged are recorded for the next build.

    With `spare` (a folder in .cache/ on the same disk), the site this build replaces is kept
    there, and the next build stages in it: a file unchanged over both builds is there already,
    the very file the current site holds, so it is neither linked nor its link removed again.
    """
    _check_names(files)
    shown, out = out, out.absolute()
    with stops_raised():
        try:
            check_output_folder(shown)  # before the lock, so a folder we refuse gets nothing beside it
            out.parent.mkdir(parents=True, exist_ok=True)
            with locked_beside(out, shown), stops_deferred():
                check_output_folder(shown)  # again: the build we waited for may have changed it
                stuck = _clear_leftovers(out)
                report, unchanged = _replace(out, shown, files, digests, spare)
                if digests is not None:
                    _record_unchanged(out, unchanged, digests)
                return replace(report, stuck=stuck + report.stuck)
        except LockRefused as error:
            raise OutputError(str(error)) from None
        except OSError as error:
            raise OutputError(_cannot_write(shown, error)) from error


def _check_names(files: dict[str, bytes]) -> None:
    """Raise ValueError for a path that could leave the site or break the manifest (a bug upstream)."""
    for relative in files:
        wrapped = f"/{relative}/"  # an empty, "." or ".." part shows as "//", "/./" or "/../"
        if relative == MARKER or "\n" in relative or "//" in wrapped or "/./" in wrapped or "/../" in wrapped:
            raise ValueError(f"unsafe site path {relative!r}")


def _cannot_write(shown: Path, error: OSError) -> str:
    """Return the one-line message for a failed write: the folder, the system's reason, what to do."""
    reason = os.strerror(error.errno) if error.errno else str(error)
    return f"{shown}: cannot write: {reason} ({_HINTS.get(error.errno, 'check the output folder and build again')})"


def _clear_leftovers(out: Path) -> tuple[str, ...]:
    """Delete what killed or failed builds left beside `out`, first putting back a site a kill left moved aside;
    return a line for each that cannot be deleted, left there (it stopped every later build, for good)."""
    leftover = re.compile(rf"\.{re.escape(out.name)}\.(stage|new|old|lock|aside)-\d+")
    with os.scandir(out.parent) as entries:
        found = sorted((match.group(1), entry.name) for entry in entries if (match := leftover.fullmatch(entry.name)))
    stuck = []
    for kind, name in found:
        path = out.parent / name
        # Only the two-rename fallback (and the writer before it) moves the site aside; a kill
        # between its renames leaves the complete old site here and none at `out`.
        if kind == "old" and not os.path.lexists(out) and path.is_dir() and not path.is_symlink():
            os.rename(path, out)
        elif kind == "aside" and folder_locked(os.fspath(path)):
            continue  # a build rendering now writes its pages there
        else:
            try:
                _delete(path)
            except OSError as error:  # a file made immutable (chattr +i), another user's folder in a shared site
                stuck.append(f"{name}: {error.strerror or error} ({error.filename or name})")
    return tuple(stuck)


def _replace(out: Path, shown: Path, files: dict[str, bytes | Kept], digests: FileDigests | None,
             spare: Path | None) -> tuple[WriteReport, dict[str, tuple[bytes | Kept, os.stat_result]]]:
    """Stage the new site beside `out`, switch it in, and keep the site it replaced as the spare (or delete it);
    also return the files found unchanged, with their status then."""
    staging = out.parent / f".{out.name}.stage-{os.getpid()}"
    manifest = MANIFEST_HEADER + b"".join(f"{name}\n".encode() for name in sorted(files))
    files = {**files, MARKER: manifest}
    existed = os.path.lexists(out)
    retired, kept = staging, False
    if spare is not None and os.path.islink(spare.parent):  # a linked .cache/: a folder of the user's there was taken
        spare = None  # for the spare and emptied, so nothing is kept through it
    stuck: tuple[str, ...] = ()
    try:
        reused = existed and spare is not None and _take_spare(spare, staging)
        try:
            stage = _staged(staging, shown, files, digests, out, existed, reused)
        except OSError as error:
            if not reused:
                raise
            # The spare held what cannot be deleted (a file made immutable): set aside, and staged afresh. It
            # failed the build, which left it beside the site for the next build to name.
            stuck = _set_aside(staging, out, error)
            stage = _staged(staging, shown, files, digests, out, existed, False)
        retired = _switch(staging, out, existed)
        kept = existed and spare is not None and _keep_spare(retired, spare)
    finally:
        if not kept:
            _remove_tree(retired, ignore_errors=True)  # a clean-up that fails must not hide the first error
    changed = (set(stage.files) - stage.done - {MARKER}) | set(stage.dropped)
    # A file found unchanged is recorded again unless its record vouched for it and no link moved its
    # change time since (the spare held it). The spare's own files count: one held and left unrecorded
    # (written moments before) was otherwise read again by every build.
    recorded = stage.done - (stage.held & stage.vouched)
    return WriteReport(stage.written, stage.unchanged, tuple(sorted(stage.foreign)), tuple(sorted(changed)), stuck), \
        {relative: (stage.files[relative], stage.checked[relative]) for relative in recorded}


def _staged(staging: Path, shown: Path, files: dict[str, bytes | Kept], digests: FileDigests | None, out: Path,
            existed: bool, reused: bool) -> _Stage:
    """Return the new site staged at `staging`: in the spare already moved there if `reused`, else in a new folder."""
    if not reused:
        os.mkdir(staging)
    os.chmod(staging, FOLDER_MODE)
    stage = _Stage(staging, shown, files, digests, os.fspath(out), reused)
    if existed:
        stage.carry_over(out)
    stage.write_the_rest()
    if reused:
        stage.prune()
    stage.check_links()
    return stage


def _set_aside(staging: Path, out: Path, error: OSError) -> tuple[str, ...]:
    """Delete a spare that staging failed in, or move what is left of it beside `out` as a leftover that the next
    build tries again to delete; return a line for it, as _clear_leftovers does, or none."""
    _remove_tree(staging, ignore_errors=True)
    if not os.path.lexists(staging):
        return ()
    aside = out.parent / f".{out.name}.new-{os.getpid()}"
    os.rename(staging, aside)
    where = str(error.filename or aside.name)
    if where.startswith(f"{staging}/"):
        where = where[len(f"{staging}/"):]
    return (f"{aside.name}: {error.strerror or error} ({where})",)


def _take_spare(spare: Path, staging: Path) -> bool:
    """Move the spare to `staging` if it is a folder of ours; remove anything else found there. Say whether it was taken.

    Its entries are checked one by one as the stage goes (a folder that is a link is replaced,
    never entered; a file counts only as the very file the current site holds): anything may
    have been put there since.
    """
    try:
        status = os.lstat(spare)
    except OSError:
        return False
    if stat.S_ISDIR(status.st_mode) and status.st_uid == os.geteuid():
        try:
            os.rename(spare, staging)
            return True
        except OSError:  # another disk than the site's: a spare cannot be kept there
            pass
    try:
        _delete(spare)
    except OSError:  # a read-only disk, another user's .cache/: it stopped the build, naming the site; unused, it stays
        pass
    return False


def _keep_spare(retired: Path, spare: Path) -> bool:
    """Move the site just replaced to `spare`, for the next build to stage in; False if it cannot be kept there."""
    try:
        spare.parent.mkdir(parents=True, exist_ok=True)
        os.rename(retired, spare)
        return True
    except OSError:  # another disk, or a spare another build put back meanwhile
        return False


def _record_unchanged(out: Path, unchanged: dict[str, tuple[bytes | Kept, os.stat_result]], digests: FileDigests) -> None:
    """Record the signature of each file found unchanged, taken now that it is in the site (a link made or
    removed changes a file's change time), if it is still the file whose bytes were checked."""
    for relative, (data, checked) in sorted(unchanged.items()):
        try:
            status = os.stat(f"{out}/{relative}", follow_symlinks=False)
        except OSError:
            continue
        # Our links moved its change time, and so would an edit made meanwhile: its modification time
        # tells an edit (`cp -p` sets another file's) from none.
        if signature(status)[:5] == signature(checked)[:5]:
            digests.record(f"{out}/{relative}", status, _digest(data))


def _size(data: bytes | Kept) -> int:
    return data.size if isinstance(data, Kept) else len(data)


def _digest(data: bytes | Kept) -> str:
    return data.digest if isinstance(data, Kept) else hashlib.sha256(data).hexdigest()


def _switch(staging: Path, out: Path, existed: bool) -> Path:
    """Put the staged tree at `out` in one step; return where the tree it replaced now is."""
    if not existed:
        os.rename(staging, out)
        return staging
    try:
        _exchange(staging, out)
        return staging
    except OSError as error:
        if error.errno not in (errno.ENOSYS, errno.EINVAL):
            raise
    # No RENAME_EXCHANGE here (not Linux, or a file system without it): two renames, with a
    # moment between them when `out` is missing. A kill there is repaired by the next run.
    retired = out.parent / f".{out.name}.old-{os.getpid()}"
    os.rename(out, retired)
    try:
        os.rename(staging, out)
    except BaseException:
        os.rename(retired, out)
        raise
    return retired


def _exchange(first: Path, second: Path) -> None:
    """Swap two paths atomically with Linux's renameat2(RENAME_EXCHANGE); OSError(ENOSYS) where missing."""
    import ctypes  # here, not above: a first build, with no site to swap, never pays for importing it

    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        raise OSError(errno.ENOSYS, os.strerror(errno.ENOSYS))
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(second))


class _Stage:
    """A new site being built in a staging folder, from the new files and what the current site holds."""

    def __init__(self, root: Path, shown: Path, files: dict[str, bytes | Kept], digests: FileDigests | None = None,
                 out: str = "", reused: bool = False):
        self.root, self.shown, self.files = str(root), shown, files
        self.digests, self.out = digests, out  # digests of the current site's files, by their paths under `out`
        self.reused = reused  # the root is the spare: it holds an older site, whose every entry is checked
        self.uid = os.geteuid()
        self.listed: dict[str, list[tuple[str, bool]]] = {}  # the spare's folders as listed: (name, is a folder)
        self.folders = _folders_of(files)
        self.made: set[str] = set()
        self.done: set[str] = set()  # files linked unchanged from the current site
        self.held: set[str] = set()  # those of them the spare held already: the same file, not linked again
        self.vouched: set[str] = set()  # those of them a recorded digest vouched for, unread
        self.carried: set[str] = set()  # entries this tool did not make, carried over
        self.links: list[str] = []  # the links among them, at any depth in a folder carried over
        self.checked: dict[str, os.stat_result] = {}  # their status when their bytes were found unchanged
        self.ours: set[str] | None = None  # what the current site's manifest lists; None: all of it is ours
        self.ours_folders: set[str] = set()
        self.foreign: list[str] = []
        self.dropped: list[str] = []  # files of ours in the current site that the new one no longer has
        self.written = self.unchanged = 0
        for folder in sorted(self.folders):
            self.make_folder(folder)

    def make_folder(self, relative: str) -> None:
        """Create a folder of the staged tree (and its parents) once."""
        if relative and relative not in self.made:
            self.make_folder(os.path.dirname(relative))
            path = f"{self.root}/{relative}"
            found = self._found(path)
            if found is not None and stat.S_ISDIR(found.st_mode):
                if stat.S_IMODE(found.st_mode) != FOLDER_MODE:
                    os.chmod(path, FOLDER_MODE)
            else:
                if found is not None:
                    os.unlink(path)  # a file or a link where the folder goes: never followed
                os.mkdir(path)
                os.chmod(path, FOLDER_MODE)
            self.made.add(relative)

    def _found(self, path: str) -> os.stat_result | None:
        """Return what the spare holds at `path` (never following a link), or None."""
        if not self.reused:
            return None
        try:
            return os.lstat(path)
        except FileNotFoundError:
            return None

    def clear(self, path: str) -> None:
        """Remove what the spare holds at `path`, so that a new entry can be made there."""
        found = self._found(path)
        if found is None:
            return
        if stat.S_ISDIR(found.st_mode):
            _remove_tree(path)  # never follows a link inside
        else:
            os.unlink(path)

    def carry_over(self, out: Path) -> None:
        """Link unchanged files of the site at `out` and copy over entries this tool did not make."""
        fd = os.open(out, _DIR_FLAGS)
        try:
            self.ours = _read_manifest(fd, self.shown)
            self.ours_folders = _folders_of(self.ours or ())
            self.visit(fd, "")
        finally:
            os.close(fd)

    def visit(self, fd: int, folder: str) -> None:
        """Take what the new site needs from one folder of the current site, opened as `fd`."""
        with os.scandir(fd) as scan:
            entries = sorted(scan, key=lambda e: e.name)
        spared = self.spare_files(folder)
        for entry in entries:
            relative = f"{folder}{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                self.visit_folder(fd, entry.name, relative)
            elif self.is_ours(relative):
                if relative in self.files and entry.is_file(follow_symlinks=False):
                    self.link_if_unchanged(fd, entry.name, relative, spared.get(entry.name))
                elif relative not in self.files and relative != MARKER:
                    self.dropped.append(relative)
            else:
                self.carry_foreign(fd, entry.name, relative)

    def visit_folder(self, fd: int, name: str, relative: str) -> None:
        """Look inside a folder that holds our files; carry over a folder that does not."""
        if relative in self.folders or (self.ours is not None and relative in self.ours_folders):
            inner = os.open(name, _DIR_FLAGS, dir_fd=fd)
            try:
                self.visit(inner, f"{relative}/")
            finally:
                os.close(inner)
        elif self.ours is not None:  # a folder, even at a path where we once wrote a file, is someone else's
            self.carry_foreign(fd, name, relative)

    def is_ours(self, relative: str) -> bool:
        """Say whether a file in the current site was written by this tool."""
        # A file or link where one of our folders was counts as ours: it goes, and is never followed.
        return self.ours is None or relative in self.ours or relative in self.ours_folders or \
            relative == MARKER or _OLD_LEFTOVER.fullmatch(os.path.basename(relative)) is not None

    def spare_files(self, folder: str) -> dict[str, tuple[int, int]]:
        """Return the device and inode of each regular file the spare holds in `folder` (of the new site), by name,
        from one listing of the folder rather than a call to the system per file; keep the listing for `prune`."""
        if not self.reused or (folder and folder[:-1] not in self.made):
            return {}
        fd = os.open(f"{self.root}/{folder}", _DIR_FLAGS)  # made or checked a folder by make_folder, never a link
        try:
            device = os.fstat(fd).st_dev  # a file's, as it is no mount point: only the system's owner can make one
            with os.scandir(fd) as scan:
                entries = [(entry.name, entry.is_dir(follow_symlinks=False),
                            entry.is_file(follow_symlinks=False) and entry.inode()) for entry in scan]
        finally:
            os.close(fd)
        self.listed[folder] = [(name, is_folder) for name, is_folder, _ in entries]
        return {name: (device, inode) for name, _, inode in entries if inode}

    def link_if_unchanged(self, fd: int, name: str, relative: str, spared: tuple[int, int] | None = None) -> None:
        """Hard-link the current file into the staged tree if it holds exactly the new bytes; `spared` is the
        device and inode of the regular file the spare holds there, if any."""
        try:
            status = os.stat(name, dir_fd=fd, follow_symlinks=False)
        except OSError:
            return
        if status.st_uid != self.uid:
            return  # another's file (a hard link to one of theirs) could change once published: written anew
        vouched = self.vouched_for(status, relative)
        if vouched or _holds(fd, name, self.files[relative], status):
            target = f"{self.root}/{relative}"
            if spared == (status.st_dev, status.st_ino):
                self.held.add(relative)  # the spare has this very file: nothing to link
            else:
                self.clear(target)
                _link_or_copy(fd, name, target)
                if not _same_file(os.lstat(target), status):
                    os.unlink(target)  # the name was given another file after it was checked: written anew
                    return
            self.done.add(relative)
            if vouched:
                self.vouched.add(relative)
            self.checked[relative] = status
            self.unchanged += 1

    def vouched_for(self, status: os.stat_result, relative: str) -> bool:
        """Say whether the digest recorded when the current file (`status`) was linked vouches for it holding
        the new bytes."""
        data = self.files[relative]
        if self.digests is None:
            return False
        if not (stat.S_ISREG(status.st_mode) and status.st_size == _size(data) and stat.S_IMODE(status.st_mode) == FILE_MODE):
            return False
        known = self.digests.known(f"{self.out}/{relative}", status)
        return known is not None and known == _digest(data)

    def carry_foreign(self, fd: int, name: str, relative: str) -> None:
        """Carry an entry this tool did not make into the staged tree; refuse one in the new site's way."""
        parts = relative.split("/")
        if relative in self.files or relative in self.folders or \
                any("/".join(parts[:i]) in self.files for i in range(1, len(parts))):
            raise OutputError(f"{self.shown}: {relative} was not made by this tool and the build now writes there "
                              f"(move it out of {self.shown}, then build again)")
        self.make_folder(os.path.dirname(relative))
        target = f"{self.root}/{relative}"
        self.clear(target)
        _carry(fd, name, target, f"{self.shown}/{relative}", self.links, relative)
        self.foreign.append(relative)
        self.carried.add(relative)

    def check_links(self) -> None:
        """Raise OutputError for a link carried over that leads out of the new site, followed as it now stands.

        Publishing follows links: GitHub Pages' upload-pages-artifact archives the site with `tar --dereference`,
        so a link to `~/.ssh/id_ed25519` put in the site would have had the key itself published.
        """
        root = os.path.realpath(self.root)
        for relative in sorted(self.links):
            led_to = os.path.realpath(f"{self.root}/{relative}")
            if led_to != root and not led_to.startswith(f"{root}/"):
                name = self.shown.name
                raise OutputError(f"{self.shown}/{relative}: is a link leading out of {name}/ (to "
                                  f"{os.readlink(f'{self.root}/{relative}')}), and a deploy would publish what it leads "
                                  f"to: uploading {name}/ follows links (move the link out of {name}/, or put a copy "
                                  "of what is to be published in its place, then build again)")

    def write_the_rest(self) -> None:
        """Write every new file that was not linked unchanged, the manifest last."""
        for relative in sorted(self.files, key=lambda p: (p == MARKER, p)):
            if relative not in self.done:
                data = self.files[relative]
                target = f"{self.root}/{relative}"
                self.clear(target)
                if not (isinstance(data, Kept) and data.aside and _moved_in(data, target)):
                    _write_new(target, data.make() if isinstance(data, Kept) else data)
                self.written += 1

    def prune(self, folder: str = "") -> None:
        """Remove from a reused spare whatever the new site does not have (the older site's other files).

        A folder listed while the current site's was visited is not listed again: every entry made in it since is
        the new site's (a file written or linked, a folder made, an entry carried over), so is kept either way.
        """
        entries = self.listed.get(folder)
        if entries is None:
            fd = os.open(os.path.join(self.root, folder) if folder else self.root, _DIR_FLAGS)
            try:
                with os.scandir(fd) as scan:
                    entries = [(entry.name, entry.is_dir(follow_symlinks=False)) for entry in scan]
            finally:
                os.close(fd)
        for name, is_folder in entries:
            relative = f"{folder}{name}"
            if relative in self.carried or relative in self.files:  # the new site's: written, linked or held by now
                continue
            if is_folder and relative in self.folders:
                self.prune(f"{relative}/")
            else:
                self.clear(f"{self.root}/{relative}")


def _folders_of(paths) -> set[str]:
    """Return every folder that holds one of the relative `paths`, at any depth."""
    folders: set[str] = set()
    for path in paths:
        end = path.rfind("/")
        while end > 0 and path[:end] not in folders:  # a folder found already has its parents too
            folders.add(path[:end])
            end = path.rfind("/", 0, end)
    return folders


def _read_manifest(fd: int, shown: Path) -> set[str] | None:
    """Return the paths the site's marker lists, or None for a marker from before manifests (all ours). A marker
    larger than any build writes is refused unread: one of 20 GB (a sparse file, no room on the disk) was read
    whole into memory by every build, which the system then killed."""
    try:
        marker = os.open(MARKER, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=fd)
    except FileNotFoundError:
        return None  # an empty folder: check_output_folder let nothing else through
    with open(marker, "rb") as file:
        if (size := os.fstat(file.fileno()).st_size) > MAX_MANIFEST_BYTES:
            raise OutputError(f"{shown}/{MARKER}: is {size:,} bytes, more than the list of a site's files any build "
                              f"writes ({MAX_MANIFEST_BYTES:,} at most), so it was not written by build.py (move "
                              f"what you put in {shown.name}/ elsewhere, delete the folder, and build again)")
        text = file.read(MAX_MANIFEST_BYTES + 1)
    if not text.startswith(MANIFEST_HEADER):
        return None
    return set(text[len(MANIFEST_HEADER):].decode("utf-8", errors="surrogateescape").splitlines())


def _same_file(found: os.stat_result, checked: os.stat_result) -> bool:
    return (found.st_dev, found.st_ino) == (checked.st_dev, checked.st_ino)


def _holds(fd: int, name: str, data: bytes | Kept, checked: os.stat_result) -> bool:
    """Say whether `name` in the folder `fd` is still the file `checked` (a regular file, not a link), holding
    exactly `data`."""
    size = _size(data)
    try:
        file_fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=fd)
    except OSError:
        return False
    try:
        status = os.fstat(file_fd)
        if not stat.S_ISREG(status.st_mode) or status.st_size != size or stat.S_IMODE(status.st_mode) != FILE_MODE \
                or not _same_file(status, checked):
            return False
        held = bytearray()
        while len(held) <= size:  # one read more than the size: a file that grew meanwhile differs
            chunk = os.read(file_fd, size + 1 - len(held))
            if not chunk:
                break
            held += chunk
        return data.held_by(held) if isinstance(data, Kept) else held == data
    finally:
        os.close(file_fd)


def _link_or_copy(fd: int, name: str, target: str) -> None:
    """Hard-link `name` from the folder `fd` to `target`, copying where a link is not possible."""
    try:
        os.link(name, target, src_dir_fd=fd, follow_symlinks=False)
    except OSError as error:
        if error.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK):
            raise
        source = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=fd)
        try:
            _copy_new(source, target)
        finally:
            os.close(source)


def _copy_new(source: int, target: str) -> None:
    """Create the file `target` (which must not exist) as a copy of the open file `source`, its mode included, a
    piece at a time and leaving its holes holes: one of 20 GB, a sparse file, was read whole into memory."""
    status = os.fstat(source)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        os.fchmod(fd, stat.S_IMODE(status.st_mode))
        for start, end in _data_ranges(source, status.st_size):
            while start < end:
                chunk = os.pread(source, min(COPY_CHUNK, end - start), start)
                if not chunk:  # the file shrank meanwhile
                    break
                view = memoryview(chunk)
                while view:
                    written = os.pwrite(fd, view, start)
                    view, start = view[written:], start + written
        os.ftruncate(fd, status.st_size)
    finally:
        os.close(fd)


def _data_ranges(fd: int, size: int):
    """Yield (start, end) of each stretch of the open file `fd` that holds data, not a hole (the whole file where
    the file system cannot tell)."""
    offset = 0
    while offset < size:
        try:
            start = os.lseek(fd, offset, os.SEEK_DATA)
            end = os.lseek(fd, start, os.SEEK_HOLE)
        except OSError as error:
            if error.errno == errno.ENXIO:  # nothing but a hole from `offset` on
                return
            yield offset, size
            return
        end = min(end, size) if end > start else size  # a file changed meanwhile: copied to its end
        yield start, end
        offset = end


def _carry(fd: int, name: str, target: str, shown: str, links: list[str], relative: str, depth: int = 0) -> None:
    """Recreate the entry `name` of the folder `fd` at `target`: files linked, links as links (each listed in `links`
    by its path in the site, `relative`), folders whole (up to MAX_CARRIED_DEPTH deep: one nested 1,000 deep ended
    every build in a RecursionError)."""
    if depth > MAX_CARRIED_DEPTH:
        top = shown.split("/")[:-depth]
        raise OutputError(f"{'/'.join(top)}: holds folders nested more than {MAX_CARRIED_DEPTH} deep, which the build "
                          "does not carry into the new site (move it out of the output folder, then build again)")
    status = os.stat(name, dir_fd=fd, follow_symlinks=False)
    if stat.S_ISLNK(status.st_mode):
        os.symlink(os.readlink(name, dir_fd=fd), target)
        links.append(relative)
    elif stat.S_ISREG(status.st_mode):
        _link_or_copy(fd, name, target)
    elif stat.S_ISDIR(status.st_mode):
        os.mkdir(target, 0o700)
        inner = os.open(name, _DIR_FLAGS, dir_fd=fd)
        try:
            for entry in sorted(os.listdir(inner)):
                _carry(inner, entry, os.path.join(target, entry), f"{shown}/{entry}", links, f"{relative}/{entry}",
                       depth + 1)
        finally:
            os.close(inner)
        os.chmod(target, stat.S_IMODE(status.st_mode))  # only now: a read-only folder must first be filled
    else:
        raise OutputError(f"{shown}: cannot carry over a special file (a pipe, socket or device) into the new site "
                          "(move it out of the output folder, then build again)")


def _moved_in(data: Kept, target: str) -> bool:
    """Move the file a worker wrote aside to `target`; say whether it is there, the very file written with `data`'s
    size and mode (a file put in its place meanwhile, or one gone, is made again)."""
    path, inode = data.aside
    try:
        os.rename(path, target)
        found = os.lstat(target)
    except FileNotFoundError:
        return False
    if stat.S_ISREG(found.st_mode) and found.st_ino == inode and found.st_size == data.size \
            and stat.S_IMODE(found.st_mode) == FILE_MODE and found.st_uid == os.geteuid():
        return True
    _delete(Path(target))
    return False


def _write_new(path: str, data: bytes, mode: int = FILE_MODE) -> int:
    """Create the file `path` (which must not exist) holding `data`, with exactly `mode` (not masked by the umask);
    return its inode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        os.fchmod(fd, mode)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        return os.fstat(fd).st_ino
    finally:
        os.close(fd)


def _delete(path: Path) -> None:
    """Delete a leftover file, link or folder without following links."""
    if path.is_dir() and not path.is_symlink():
        _remove_tree(path)
    else:
        _unlink(path)


def _remove_tree(path: Path | str, ignore_errors: bool = False) -> None:
    """Delete a folder of ours (a stage, a site replaced, the spare or a folder in it), following no link, at any
    depth (explainer/removal.py)."""
    remove_tree(path, ignore_errors)


def _unlink(path: Path) -> None:
    """Delete a file or link that may already be gone."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _is_regular(path: Path) -> bool:
    """Say whether `path` is a regular file, not following a link."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
