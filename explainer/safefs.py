"""Read the project's files only when they are what they seem: regular files inside the project.

A name in content/, seeds/, static/ or templates/ may be a link to /dev/zero or
/proc/self/environ, a named pipe that blocks the first read for ever, a folder, or a file
too big to hold. Each is refused with a Problem before a byte is read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import NamedTuple

from .problems import Problem, display_path, printable

# Opening never follows a last-step link (we open the resolved path) and never waits for a
# pipe's writer; O_NONBLOCK changes nothing for the regular files we go on to read.
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))
NOT_REGULAR_HINT = "replace it with an ordinary file"
LINK_HINT = "replace the link with a copy of the file"
FOLDER_LINK_HINT = "replace the link with a copy of the folder"
# Where Python reads file names as ASCII (LANG=C with its UTF-8 coercion and mode off), "crué.txt" was a traceback.
_UNNAMABLE_HINT = "run the command in a UTF-8 locale, as in LANG=C.UTF-8, or rename the file with ASCII letters"


# Folders nested in an input folder: no project needs as many, and past Python's recursion limit (1,000) a file
# there (static/d/d/.../x.css) ended every later build in a RecursionError, as the writer walked its folders.
MAX_FOLDER_DEPTH = 64
DEEP_HINT = "move what it holds up, nearer the top, or remove the nested folders"


class FileRefused(Exception):
    """A file the build will not read, and why: `problems` (one each), `problem` the first."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems
        self.problem = problems[0]

    @property
    def message(self) -> str:
        """What is wrong with the (first) file, said of it: 'is not a regular file: it is a named pipe'."""
        return self.problem.message

    @property
    def hint(self) -> str:
        return self.problem.hint

    @property
    def missing(self) -> bool:
        """Whether the file simply does not exist."""
        return self.problem.message == "does not exist"


def refuse(shown: str, message: str, hint: str) -> FileRefused:
    """Return the exception refusing one file."""
    return FileRefused([Problem(shown, 0, message, hint)])


def refuse_link_out(folder: Path, root: Path, shown: str) -> None:
    """Raise FileRefused if `folder` is, or is reached by, a link leading out of `root`; say nothing if it is missing."""
    try:
        _inside(folder, root, shown)
    except OSError:
        pass  # missing or unreadable: reading it says so


# What to do with a file past its size limit, where it can be split: a seed into two sources, a template into those
# it includes. A file that cannot be (a locale, a content file, a static file) names its own (tests/test_attack_41.py).
SPLIT_IT = "split it into smaller files"


def read_regular(path: Path, root: Path, limit: int, shown: str, too_large: str = SPLIT_IT) -> bytes:
    """Return the bytes of `path`, a regular file of at most `limit` bytes inside `root`, or raise FileRefused
    (past the limit, with `too_large` as its hint)."""
    return read_regular_with_status(path, root, limit, shown, too_large)[0]


def read_regular_with_status(path: Path, root: Path, limit: int, shown: str,
                             too_large: str = SPLIT_IT) -> tuple[bytes, os.stat_result]:
    """Return read_regular's bytes and the file's status taken before they were read (for its signature)."""
    try:
        descriptor = _open_regular(path, root, shown)
    except OSError as error:
        raise _folder_in_the_way(path, root) or _unreadable(error, shown) from None
    except UnicodeEncodeError as error:
        raise refuse(shown, f"cannot be opened: {_no_such_letter(error)}", _UNNAMABLE_HINT) from None
    try:
        opened = os.fstat(descriptor)  # the file itself, whatever happened to the name since
        _check_regular(opened, shown)
        _check_size(opened.st_size, limit, shown, too_large)
        raw = _read_bounded(descriptor, opened.st_size, limit, shown, too_large)
        # Written to while read (a download or an editor still saving): its bytes were taken as the file's, and a seed's
        # new digest asked for `accept-source` of a file half-written (tests/test_attack_44.py).
        if _changed(opened, os.fstat(descriptor)) or len(raw) != opened.st_size:
            raise changed_while_read(shown)
        return raw, opened
    except OSError as error:
        raise _unreadable(error, shown) from None
    finally:
        os.close(descriptor)


def _open_regular(path: Path, root: Path, shown: str) -> int:
    """Return a descriptor of `path`, a regular file inside `root`, opened without following a link out.

    Each step is opened from the descriptor of the one before, never by name from the top: a
    folder swapped for a link between the check and the open cannot lead the open elsewhere. A
    link is followed only once resolved to a path inside `root`, which is then opened the same way.
    """
    name, top = os.fspath(path), os.fspath(root).rstrip(os.sep)
    if name.startswith(top + os.sep) and ".." not in (steps := name[len(top) + 1:].split(os.sep)):
        try:
            return _open_beneath(top, steps, shown)
        except OSError as error:
            if error.errno not in (errno.ELOOP, errno.ENOTDIR):  # a link on the way (ENOTDIR: to a folder)
                raise
    real = _inside(path, root, shown)[0]  # FileRefused if a link leads out
    real_root = os.path.realpath(top)
    return _open_beneath(real_root, os.path.relpath(real, real_root).split(os.sep), shown)


def _open_beneath(top: str, steps: list[str], shown: str) -> int:
    """Open top/steps... one step at a time, each from its folder's descriptor; ELOOP at any link."""
    folder = os.open(top, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for step in steps[:-1]:
            inner = os.open(step, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=folder)
            os.close(folder)
            folder = inner
        found = os.stat(steps[-1], dir_fd=folder, follow_symlinks=False)
        if stat.S_ISLNK(found.st_mode):
            raise OSError(errno.ELOOP, "a link")
        _check_regular(found, shown)  # before opening: opening a device can itself do something
        return os.open(steps[-1], _OPEN_FLAGS, dir_fd=folder)
    finally:
        os.close(folder)


def _no_such_letter(error: UnicodeEncodeError) -> str:
    """Say which letter of a file name the system's file-name encoding cannot write."""
    return (f"this system's locale writes file names in {error.encoding}, which has no "
            f"\"{printable(error.object[error.start:error.start + 1])}\"")


def left_out(name: str) -> bool:
    """Whether an input folder's entry is no input: a dot-file, or an editor's backup (`style.css~`) or autosave
    (`#style.css#`), which an editor leaves beside the file being edited and would otherwise be published or refused."""
    return name.startswith((".", "#")) or name.endswith("~")


def regular_files(folder: Path, root: Path) -> list[Path]:
    """Return every regular file under `folder`, sorted, leftovers (`left_out`) left out; raise FileRefused for any
    other entry."""
    return [Path(name) for name in sorted(only_regular_files(folder, root), key=lambda name: name.split(os.sep))]


def names_under(folder: Path, paths: list) -> list[str]:
    """Return the names of `paths` (Paths or strings, all under `folder`) relative to it, parts apart with "/": what
    `relative_to(folder).as_posix()` gives, cut from the string (a Path made and compared per file was most of the
    time a small build spent checking templates/)."""
    top = os.path.join(os.fspath(folder), "")
    return [name[len(top):].replace(os.sep, "/") if name.startswith(top) else Path(name).relative_to(folder).as_posix()
            for name in map(os.fspath, paths)]


def only_regular_files(folder: Path, root: Path) -> list[str]:
    """Raise FileRefused unless every entry under `folder` (leftovers, `left_out`, left out) is a regular file, or a folder
    or link inside `root`; return the regular files' names, unsorted.

    A link is followed only while it stays inside `root`; a folder reached twice (a link
    loop) is walked once. Names are returned as found under `folder`, links unresolved.
    An entry that is no link, in a folder found inside `root`, is inside too: what the listing
    says it is is enough, with no call to the system per file (a content folder has hundreds).
    """
    found: list[str] = []
    problems: list[Problem] = []
    seen: set[tuple[int, int]] = set()
    # (folder, its identity as its folder's listing gave it, or None where it is not known to be inside root)
    pending: list[tuple[str, tuple[int, int] | None]] = [(os.fspath(folder), None)]
    top_depth = os.fspath(folder).count(os.sep)
    while pending:
        current, listed = pending.pop()
        if current.count(os.sep) - top_depth > MAX_FOLDER_DEPTH:
            problems.append(Problem(_shown(current, root), 0, f"is a folder nested more than {MAX_FOLDER_DEPTH} deep",
                                    DEEP_HINT))
            continue
        try:
            descriptor = _open_folder(current, listed, root)
        except FileRefused as error:
            problems += error.problems
            continue
        except OSError as error:
            if listed is not None and error.errno in (errno.ELOOP, errno.ENOTDIR):  # a folder when listed, now not:
                _sort_link(current, root, found, pending, problems)  # taken as it now is, a link out refused as any other
            else:
                problems += _folder_unreadable(error, current, root, listed is not None).problems
            continue
        try:
            status = os.fstat(descriptor)
            if (status.st_dev, status.st_ino) in seen:
                continue
            seen.add((status.st_dev, status.st_ino))
            _sort_entries(descriptor, current, status.st_dev, root, found, pending, problems)
        except OSError as error:
            problems += _folder_unreadable(error, current, root, listed is not None).problems
        finally:
            os.close(descriptor)
    if problems:
        raise FileRefused(sorted(problems))
    return found


def _open_folder(current: str, listed: tuple[int, int] | None, root: Path) -> int:
    """Return a descriptor of the folder at `current`: the one its folder's listing named (`listed`), or else the one
    found inside `root`; FileRefused if a link leads out, OSError (ELOOP, ENOTDIR) if it is a folder no longer.

    Listed by its descriptor, the folder listed is the one checked: listed by name after a check, a folder swapped for
    a link to a folder out of the project in between had that folder's files listed (tests/test_attack_43.py).
    """
    if listed is None:
        name, checked = _inside(Path(current), root, _shown(current, root))
        expected = (checked.st_dev, checked.st_ino)
    else:
        name, expected = current, listed
    descriptor = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    opened = os.fstat(descriptor)
    if (opened.st_dev, opened.st_ino) == expected:
        return descriptor
    os.close(descriptor)
    if listed is None:  # what was checked was replaced since, by a folder elsewhere
        raise replaced_while_read(_shown(current, root))
    # A mount point, or a folder on the way replaced since the listing: looked at again as a folder not yet listed.
    return _open_folder(current, None, root)


class ListedEntry(NamedTuple):
    """An entry of a folder listed through its descriptor, answering as an `os.DirEntry` does (never following a
    link) from the status taken while the folder was open: a DirEntry of a descriptor's listing asks that descriptor,
    closed once listed, and one of a listing by name goes through the name again."""

    name: str
    path: str
    status: os.stat_result | None  # None: gone between the listing and its look at the entry
    leads_to_folder: bool = False  # a folder, or a link to one (followed through the folder's descriptor)

    def is_symlink(self) -> bool:
        return self.status is not None and stat.S_ISLNK(self.status.st_mode)

    def is_file(self, *, follow_symlinks: bool = False) -> bool:
        return not follow_symlinks and self.status is not None and stat.S_ISREG(self.status.st_mode)

    def is_dir(self, *, follow_symlinks: bool = False) -> bool:
        return not follow_symlinks and self.status is not None and stat.S_ISDIR(self.status.st_mode)

    def stat(self, *, follow_symlinks: bool = False) -> os.stat_result:
        if self.status is None or follow_symlinks:
            raise FileNotFoundError(errno.ENOENT, "gone since the folder was listed", self.path)
        return self.status


def folder_entries(folder: Path, root: Path) -> dict[str, ListedEntry]:
    """Return every entry of `folder` by name (leftovers, `left_out`, too: the caller leaves them out), its status
    taken through the descriptor of the folder checked; FileRefused if it is, or is reached by, a link leading out of
    `root`, or was replaced while looked at; OSError if it cannot be listed (missing, say: see `unlisted`).

    Listed through the descriptor of the folder checked, never by name after a check: content/, a briefing's folder
    and seeds/ were listed by name once checked, and a folder swapped for a link out of the project in between had
    the names of the folder it led to listed, read as briefings and offered in hints ("did you mean 'secret.txt'?
    seeds/ holds it"; tests/test_attack_44.py, tests/test_attack_45.py)."""
    current = os.fspath(folder)
    try:
        descriptor = _open_folder(current, None, root)
    except OSError as error:
        if error.errno not in (errno.ELOOP, errno.ENOTDIR):
            raise
        descriptor = _open_folder(current, None, root)  # a link since the check: checked again, refused if it leads out
    try:
        with os.scandir(descriptor) as listing:
            return {entry.name: ListedEntry(entry.name, os.path.join(current, entry.name), _status(entry),
                                            _leads_to_folder(entry)) for entry in listing}
    finally:
        os.close(descriptor)


def unlisted(error: OSError, folder: Path, root: Path) -> FileRefused:
    """Return the refusal of a folder found by the build that `folder_entries` could not list: gone since, it was
    removed."""
    return _folder_unreadable(error, os.fspath(folder), root, True)


def names_in_folder(top: str, steps: tuple[str, ...] = ()) -> list[str]:
    """Return the names in the folder top/steps..., listed through its descriptor, `top` and each step opened without
    following a link (OSError, ELOOP or ENOTDIR, at one): for the build's own folders, .cache/'s and site/'s.

    Listed by name, one swapped for a link out of the project after its check (`.cache/templates` after the look at
    it, a folder of site/) had the names of the folder it led to listed (tests/test_attack_46.py)."""
    folder = os.open(top, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        for step in steps:
            inner = os.open(step, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=folder)
            os.close(folder)
            folder = inner
        return os.listdir(folder)
    finally:
        os.close(folder)


def status_in_folder(top: str, steps: tuple[str, ...]) -> os.stat_result:
    """Return the status of the entry top/steps..., not following a link at it, `top` and each folder on the way
    opened without following one (OSError, ELOOP or ENOTDIR, at one): for the build's own site/.

    `os.lstat` by name follows a link anywhere on the way but the last step: a folder of site/ swapped for a link out
    of the project had the file it led to taken for the site's own page (tests/test_attack_47.py)."""
    folder = os.open(top, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        for step in steps[:-1]:
            inner = os.open(step, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=folder)
            os.close(folder)
            folder = inner
        return os.stat(steps[-1], dir_fd=folder, follow_symlinks=False)
    finally:
        os.close(folder)


def _leads_to_folder(entry: os.DirEntry) -> bool:
    """Say whether a listed entry is a folder or a link to one (False if it is gone since the listing)."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _status(entry: os.DirEntry) -> os.stat_result | None:
    """Return a listed entry's status, not following a link, or None if it is gone since the listing."""
    try:
        return entry.stat(follow_symlinks=False)
    except FileNotFoundError:
        return None


def _sort_entries(descriptor: int, current: str, device: int, root: Path, found: list, pending: list,
                  problems: list) -> None:
    """Add each entry of the folder open at `descriptor` (named `current`) to found, pending or problems."""
    with os.scandir(descriptor) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    for entry in entries:  # the descriptor is still open: an entry's kind may be asked of it
        if left_out(entry.name):
            continue
        path = os.path.join(current, entry.name)
        try:
            if entry.is_symlink():
                _sort_link(path, root, found, pending, problems)
            elif entry.is_dir(follow_symlinks=False):
                pending.append((path, (device, entry.inode())))
            elif entry.is_file(follow_symlinks=False):
                found.append(path)
            else:
                problems.append(Problem(_shown(path, root), 0, "is not a regular file: it is "
                                        f"{kind_of(entry.stat(follow_symlinks=False).st_mode)}", NOT_REGULAR_HINT))
        except OSError as error:  # gone since the listing, or unreadable
            problems += _listed_unreadable(error, _shown(path, root)).problems


def _shown(name: str, root: Path) -> str:
    return display_path(Path(name), root)


def _folder_unreadable(error: OSError, folder: str, root: Path, listed: bool) -> FileRefused:
    """Return the refusal of a folder the walk could not list: one found in a listing and gone since is named as it
    now is, removed, not as a folder ("claims.yaml/: does not exist (check the name, or create it)")."""
    if listed and error.errno in (errno.ENOENT, errno.ENOTDIR):
        return removed_while_read(_shown(folder, root))
    return _unreadable(error, _shown(folder, root) + "/")


def _listed_unreadable(error: OSError, shown: str) -> FileRefused:
    """Return the refusal of an entry a listing found and the build could not look at: gone since, it was removed."""
    return removed_while_read(shown) if error.errno == errno.ENOENT else _unreadable(error, shown)


def removed_while_read(shown: str) -> FileRefused:
    """Return the refusal of a file or folder a listing found and the build no longer finds: nothing to create."""
    return refuse(shown, "was removed while the build read it", "run the build again")


def changed_while_read(shown: str) -> FileRefused:
    """Return the refusal of a file written to while the build read it: what was read is no version of it."""
    return refuse(shown, "was changed while the build read it", "run the build again once it is saved")


def _changed(before: os.stat_result, after: os.stat_result) -> bool:
    """Say whether a file's status shows it written to between `before` and `after` (its size or its time)."""
    return (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns)


def replaced_while_read(shown: str) -> FileRefused:
    """Return the refusal of a folder found inside the project and another by the time the build listed it."""
    return refuse(shown, "was replaced while the build read it", "run the build again")


def _sort_found(name: str, mode: int, root: Path, files: list, folders: list, problems: list) -> None:
    """Add what stands at `name` to files or folders (to walk, inside root), or a Problem saying what it is."""
    if stat.S_ISREG(mode):
        files.append(name)
    elif stat.S_ISDIR(mode):
        folders.append((name, None))  # a link to a folder: looked at again when walked (see _open_folder)
    else:
        problems.append(Problem(_shown(name, root), 0, f"is not a regular file: it is {kind_of(mode)}", NOT_REGULAR_HINT))


def _sort_link(name: str, root: Path, files: list, folders: list, problems: list) -> None:
    """Add a link's name to files or folders (to walk, inside root), or a Problem saying why it is neither."""
    shown = _shown(name, root)
    try:
        info = os.stat(_inside(Path(name), root, shown)[0])
    except FileRefused as error:
        problems += error.problems
        return
    except OSError as error:
        problems += _link_unreadable(error, name, shown).problems
        return
    _sort_found(name, info.st_mode, root, files, folders, problems)


def _link_unreadable(error: OSError, name: str, shown: str) -> FileRefused:
    """Return the refusal of a link whose target could not be looked at (one leading nowhere named with its target)."""
    if error.errno != errno.ENOENT:
        return _unreadable(error, shown)
    return leading_nowhere(name, shown) or removed_while_read(shown)  # no link: it was removed since the listing


def leading_nowhere(name: str | Path, shown: str) -> FileRefused | None:
    """Return the refusal of a link at `name` that leads to nothing, naming its target, or None if no link stands there:
    it was "does not exist (check the name, or create it)" of a name the folder's listing shows."""
    try:
        target = os.readlink(name)
    except OSError:
        return None
    return refuse(shown, f"is a link to '{printable(target)}', which does not exist",
                  "point the link at the file it stands for, or remove it")


def _inside(path: Path, root: Path, shown: str) -> tuple[str, os.stat_result]:
    """Return a name to open `path` by and what it is (not following a last link), or raise FileRefused.

    FileRefused when a link takes it out of `root`; OSError when it cannot be looked at.
    """
    name, top = os.fspath(path), os.fspath(root).rstrip(os.sep)
    steps = name[len(top) + 1:].split(os.sep) if name.startswith(top + os.sep) else [".."]
    link = name
    if ".." not in steps:
        # The usual case, one lstat per step below root (pathlib would cost more than them):
        # no step is a link, so the file is inside.
        current = top
        for step in steps:
            current = os.path.join(current, step)
            found = os.lstat(current)
            if stat.S_ISLNK(found.st_mode):
                link = current
                break
        else:
            return current, found
    real = os.path.realpath(name, strict=True)  # OSError for a missing file or a link loop
    real_root = os.path.realpath(top)
    if os.path.commonpath([real, real_root]) != real_root:
        raise _link_out(link, name, top, shown, os.path.isdir(real))
    if hidden := _hidden_step(real, real_root):
        raise _link_into_hidden(link, name, top, shown, hidden)
    if built := _built_site_on(real, real_root):
        raise _link_into_site(link, name, top, shown, built)
    if real == real_root:  # it holds the site too, which each build would publish inside the next
        raise _link_into_site(link, name, top, shown, ".")
    return real, os.lstat(real)


def _hidden_step(real: str, real_root: str) -> str:
    """Return the first step of `real` below `real_root` that no input folder is read from (`left_out`: `.git`,
    `.cache`, `.env`), or "".

    Such a folder is no input, yet a link to it is: `static/ci.txt` linked to `../.git/config`, a pull request's
    one line, published the token `actions/checkout` keeps there (`http.extraheader`), and `static/repo` linked to
    `../.git` a private repository's whole history."""
    steps = os.path.relpath(real, real_root).split(os.sep)
    return next((step for step in steps if left_out(step)), "") if steps != ["."] else ""


def _built_site_on(real: str, real_root: str) -> str:
    """Return the folder on the way from `real_root` to `real` that a build made (it holds the site's marker), or "".

    A site read back as input is published inside the next one: `static/out` linked to `../site` nested each build's
    site in the last's, and a template linked to a page of it made every build's pages depend on the one before."""
    from .write import MARKER  # imported here: write.py imports seal, which imports this module

    current = real_root
    for step in os.path.relpath(real, real_root).split(os.sep):
        current = os.path.join(current, step)
        if os.path.isdir(current) and os.path.lexists(os.path.join(current, MARKER)):
            return os.path.relpath(current, real_root)
    return ""


def _link_into_site(link: str, name: str, top: str, shown: str, site: str) -> FileRefused:
    """Return the refusal of a path a link leads into a site a build made (see _built_site_on)."""
    where = "is a link" if link == name else f"is reached through '{os.path.relpath(link, top)}', a link"
    if site == ".":
        return refuse(shown, f"{where} leading to the project folder itself, which holds the site a build made",
                      "replace the link with a copy of what it should lead to")
    return refuse(shown, f"{where} leading into '{printable(site)}', a site a build made, which the build would read "
                  "back into the next", "replace the link with a copy of what it leads to")


def _link_into_hidden(link: str, name: str, top: str, shown: str, hidden: str) -> FileRefused:
    """Return the refusal of a path a link leads into a hidden part of the project (see _hidden_step)."""
    where = "is a link" if link == name else f"is reached through '{os.path.relpath(link, top)}', a link"
    return refuse(shown, f"{where} leading into '{printable(hidden)}', which no build reads or publishes",
                  "replace the link with a copy of what the site should show, outside hidden folders")


def _link_out(link: str, name: str, top: str, shown: str, is_folder: bool) -> FileRefused:
    """Return the refusal of a path a link leads out of the project: the path itself, or a folder it is in (a
    `content/` linked to a folder elsewhere), named as the link to replace."""
    if link == name:
        return refuse(shown, "is a link leading out of the project folder", FOLDER_LINK_HINT if is_folder else LINK_HINT)
    through = os.path.relpath(link, top)
    return refuse(shown, f"is reached through '{through}', a link leading out of the project folder", FOLDER_LINK_HINT)


def _check_regular(info: os.stat_result, shown: str) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise refuse(shown, f"is not a regular file: it is {kind_of(info.st_mode)}", NOT_REGULAR_HINT)


def not_a_folder(path: Path) -> str:
    """Return what stands at `path` where a folder goes ('a file', 'a named pipe'...), or "" for a folder or nothing.

    A pipe or a file named `content` was "content folder not found", and `seeds` one was to have its permissions
    checked.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:  # nothing there (a link that leads nowhere too): the folder is missing
        return ""
    return "" if stat.S_ISDIR(mode) else "a file" if stat.S_ISREG(mode) else kind_of(mode)


def kind_of(mode: int) -> str:
    """Say what a file that is not a regular file is: 'a named pipe', 'a folder'..."""
    return next((name for test, name in _KINDS if test(mode)), "not a file")


def _check_size(size: int, limit: int, shown: str, too_large: str) -> None:
    if size > limit:
        raise refuse(shown, f"is {size:,} bytes, over the limit of {limit:,}", too_large)


def _read_bounded(descriptor: int, size: int, limit: int, shown: str, too_large: str) -> bytes:
    """Return the file's bytes, reading at most limit + 1 of them (it may have grown since fstat)."""
    chunks = [os.read(descriptor, size + 1)]
    total = len(chunks[0])
    while chunks[-1] and total <= limit:
        chunks.append(os.read(descriptor, min(1 << 16, limit + 1 - total)))  # os.read allocates all it is asked for
        total += len(chunks[-1])
    _check_size(total, limit, shown, too_large)
    return b"".join(chunks)


def _folder_in_the_way(path: Path, root: Path) -> FileRefused | None:
    """Return the refusal naming what stands where a folder of `path` goes (a pipe at content/), if anything does.

    It was "content/sources.yaml: cannot be read: Not a directory (check the file's permissions)".
    """
    for folder in reversed(path.parents):
        if folder.is_relative_to(root) and folder != root and (kind := not_a_folder(folder)):
            return refuse(_shown(os.fspath(folder), root), f"is {kind}, not a folder", "replace it with the folder")
    return None


def _unreadable(error: OSError, shown: str) -> FileRefused:
    """Return the refusal for a file the system would not let us read."""
    if error.errno == errno.ENOENT:
        return refuse(shown, "does not exist", "check the name, or create it")
    if error.errno == errno.ELOOP:
        return refuse(shown, "is a link that leads round in a loop", LINK_HINT)
    reason = error.strerror or str(error)
    hint = "check the folder's permissions" if shown.endswith("/") else "check the file's permissions"
    if error.errno == errno.ENAMETOOLONG:  # folders nested thousands deep: no permission would let it be read
        hint = "the path is longer than the system takes: move what is nested there out, or nearer the top"
    return refuse(shown, f"cannot be read: {reason}", hint)
