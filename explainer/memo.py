"""Incremental builds: what made each result, kept on disk in .cache/, so a rebuild redoes only what changed.

One mechanism for the command line and the preview server alike. A key is never written by
hand: a content file's key is its bytes (and the code that reads it); a page's key is the
pickled context its template received, or the arguments of the function making that context,
plus every template's source and our code. A result is reused only when its key matches, so a
wrong or missing dependency cannot serve a stale result. Entries a build did not use are
dropped when it saves.

A page's bytes are not copied into the cache: the index records the size and digest of the
bytes the page had, and a page whose key matches is passed to the writer as `Kept`, which
links the last built site's file only if it still has exactly those bytes (a file gone or
changed by hand is made again).
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import io
import marshal
import mmap
import os
import pickle
import stat
import time
import zlib
from pathlib import Path
from typing import Callable, NamedTuple, TypeVar

import jinja2

from . import beside_code, template_limits
from .aside import write_aside
from .filedigests import RACY_NS, signature
from .folder_chain import FolderChain
from .parallel import in_worker, map_items
from .problems import ContentError, Problem
from .render import SiteBound
from .safefs import left_out, names_in_folder, status_in_folder
from .seal import cache_folder, is_aside, read_sealed, remove_left_aside, remove_sealed, seal_of, write_sealed
from .write import Kept

PACKAGE = Path(__file__).resolve().parent
MAX_PACK_BYTES = 2 * 1024 * 1024 * 1024
SHARDS = 64  # a rebuild that changes one entry rewrites 1/64 of a pack (at 4,000 sources, 19 MB in five)
# A pack with fewer entries than shards, under this size, is one file (ALL): its shards would hold an entry each, and
# the real microsite's first build made 30 files of a few KB for its five packs, a tenth of its saves' CPU and most of
# their wall time. Rewriting all of it costs less than making a file.
ONE_FILE_BYTES = 1024 * 1024
ALL = -1  # the shard number of a pack's one file, which holds entries of every shard
Item = TypeVar("Item")


@functools.cache  # one reading of the package per process, however many stages ask
def code_digest() -> str:
    """Return a digest of this package's code and locales: a new version never reuses an old result.

    Kept beside our bytecode (beside_code.py) under the files' signatures, as Python keeps bytecode under its
    source's size and time: reading and hashing the 120 files was 2 ms of every process's start, their signatures
    are a tenth of that. A file written since has another signature (its change time moves, whatever its size)."""
    paths = code_files(PACKAGE)
    signatures = code_signature(paths)
    try:
        kept_signature, digest = marshal.loads(beside_code.read(KEPT_CODE_DIGEST, 1024 * 1024))
    except (EOFError, ValueError, TypeError):  # none kept yet, or from another marshal
        kept_signature, digest = None, None
    if kept_signature != signatures or not isinstance(digest, str):
        digest = files_digest(paths)
        settled = time.time_ns() - RACY_NS  # a file saved moments ago may change again within its clock tick
        if all(status[4] < settled and status[5] < settled for _, status in signatures):
            beside_code.write(KEPT_CODE_DIGEST, marshal.dumps((signatures, digest)))
    return digest


KEPT_CODE_DIGEST = "code-digest.marshal"


def code_files(package: Path) -> list[str]:
    """Return the paths of the files code_digest() covers, in the order of the Paths globs `*.py` and
    `locales/*.yaml` give (which compiled their patterns, and made and compared 120 Paths, in every process)."""
    found = []
    for parts, suffix in (((), ".py"), (("locales",), ".yaml")):
        try:
            with os.scandir(os.path.join(package, *parts)) as entries:
                found += [((*parts, entry.name), entry.path) for entry in entries
                          if entry.name.endswith(suffix) and not entry.name.startswith(".")]
        except (FileNotFoundError, NotADirectoryError):  # as a glob of a folder that is not there: nothing
            continue
    return [path for _, path in sorted(found)]


def code_signature(paths: list[str]) -> tuple:
    """Return each file's path and stat signature (filedigests.signature: as the build's inputs are known
    unread): what tells one version of our code from another."""
    return tuple((path, signature(os.stat(path))) for path in paths)


def files_digest(paths: list[str]) -> str:
    """Return the digest of files' names and bytes: code_digest() made the plain way."""
    digest = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as file:
            digest.update(os.path.basename(path).encode() + b"\0" + file.read())
    return digest.hexdigest()


def digest_of(*parts) -> str:
    """Return the hex digest of values (text, numbers, tuples, views, content objects) by what they hold.

    The pickler's memo is off ("fast" mode): with it, the bytes would depend on which equal
    values happen to be one object (a value just built, or one read back from the cache).
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(parts)
    return hashlib.sha256(buffer.getbuffer()).hexdigest()


class Saves:
    """What a build keeps in .cache/ for the next one (packs, file digests): each saved when it is added, or, for
    a build that writes a site, once the new site is in place (`run`), so that no page waits for it. Either way a
    part is saved exactly when its stage is done, as each shard and digest file is replaced whole, aside then
    renamed: a build stopped before `run` leaves the cache of the build before it, whose every entry is still right
    for its key."""

    def __init__(self, deferred: bool = False):
        self.deferred = deferred
        self.pending: list = []

    def add(self, *parts) -> None:
        """Save each of `parts` (anything with a `save()`), now or on `run`."""
        if self.deferred:
            self.pending += parts
            return
        for part in parts:
            part.save()

    def run(self) -> None:
        """Save what was added, in the order it was."""
        pending, self.pending = self.pending, []
        for part in pending:
            part.save()


class Deferred:
    """A value kept pickled until it is first used: a kept plan that most rebuilds never look at.

    It pickles as its own pickled bytes (made once), so the pack or worker result holding it
    unpickles without it.
    """

    def __init__(self, value=None, pickled: bytes | None = None):
        self._value, self._pickled = value, pickled

    def get(self):
        """Return the value, unpickling it on the first call."""
        if self._value is None:
            self._value = pickle.loads(self._pickled)
        return self._value

    def __reduce__(self):
        if self._pickled is None:
            self._pickled = pickle.dumps(self._value, protocol=pickle.HIGHEST_PROTOCOL)
        return Deferred, (None, self._pickled)


class Blobs:
    """Large values by key, each pickled with its key in a file of its own in one folder of .cache/, sealed: a build
    reads only those it asks for. For a briefing's planned page (about 200 KB at 200 citations),
    which a rebuild reads only for the pages it makes again; in a pack, every build would read
    them all. Files a build did not ask for or keep are deleted when it saves.
    """

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.used: set[str] = set()

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.pickle"

    def put(self, key: str, value: Deferred) -> None:
        """Keep `value` under `key` (written now, aside then renamed: a killed build leaves no half file)."""
        self.used.add(key)
        if self.folder is None:
            return
        write_sealed(self._path(key), pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))

    def lazy(self, key: str, remake: Callable[[], object]) -> Deferred:
        """Return the value kept under `key`, read on first use; made again by `remake` if its file is gone or damaged."""
        self.used.add(key)
        return _Stored(lambda: self._read(key), remake)

    def _read(self, key: str):
        if self.folder is None:
            return _UNREADABLE
        found = _unpickled(read_sealed(self._path(key), self.folder.parent, MAX_PACK_BYTES))  # never through a link
        # The seal says this user's build wrote the bytes, not under which name: a file renamed to another key's (in a
        # folder a group shares, say) gave a briefing's page its text before an edit. So the file names its key.
        if isinstance(found, tuple) and len(found) == 2 and found[0] == key and isinstance(found[1], Deferred):
            return found[1]
        return _UNREADABLE

    def save(self) -> None:
        """Delete the files of values this build neither asked for nor kept (and leftovers of killed builds): only
        files of our names, in the folder itself, never through a link (one there emptied the folder it led to)."""
        if self.folder is None:
            return
        with cache_folder(self.folder) as folder:
            if folder is None:  # none yet, or a link
                return
            for name in os.listdir(folder):
                if _is_blob_name(name) and name.removesuffix(".pickle") not in self.used:
                    try:
                        os.unlink(name, dir_fd=folder)
                    except OSError:
                        pass


def _is_blob_name(name: str) -> bool:
    """Say whether `name` is one Blobs gives a file: a key's, or one written aside by write_sealed."""
    return name.endswith(".pickle") or name.startswith(".") and ".pickle." in name


class _Stored(Deferred):
    """A Deferred whose pickled value is in a file of Blobs, read on first use."""

    def __init__(self, read: Callable[[], object], remake: Callable[[], object]):
        super().__init__()
        self._read, self._remake = read, remake

    def get(self):
        if self._value is None and self._pickled is None:
            found = self._read()
            if found is _UNREADABLE:
                self._value = self._remake()
            else:
                self._pickled = found._pickled
        return super().get()

    def __reduce__(self):
        return Deferred, (self.get(),)


class PackMemo:
    """Values by key, each pickled on its own, in one folder of .cache/ split by key into SHARDS files (or one, while
    it is small).

    A build unpickles only the values it asks for and pickles only the new ones. A shard is
    written whole (aside, then renamed: a killed build leaves the old one) only when an entry
    of it was added or dropped, so an edit that changes one entry rewrites a 64th of the
    pack, not all of it (the plans of 100 briefings are 21 MB). Shards are independent: a build
    killed between two renames leaves entries that are each still right for their keys.
    Entries a build did not use are dropped.
    """

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.kept: dict[str, bytes] = {}
        self.read_before: dict[int, dict[str, tuple[bytes, object]]] = {}  # see _SHARDS_READ
        self.left_aside: list[str] = []  # files a build stopped as it saved was writing (see _shards_present)
        self.files = self._shards_present()  # one file (ALL) or shards; both only where a build was stopped between
        for shard in self.files:
            self.kept.update(self._read(shard))
        self.used: dict[str, object] = {}
        self.pickled: dict[str, bytes | None] = {}  # what `save` writes: a value's bytes, or None if not pickled yet

    def _shards_present(self) -> list[int]:
        """Return the shards that have a file: one listing, rather than an open for each missing one."""
        try:  # through the folder's descriptor: a pack folder that is a link is neither read nor listed
            names = set(names_in_folder(os.fspath(self.folder))) if self.folder is not None else set()
        except OSError:  # none yet, a link, or unreadable: nothing kept
            return []
        self.left_aside = [name for name in names if is_aside(name)]  # from the same listing: no call more per build
        return [shard for shard in (ALL, *range(SHARDS)) if _file_name(shard) in names]

    def _shard_file(self, shard: int) -> Path:
        return self.folder / _file_name(shard)

    def _read(self, shard: int) -> dict[str, bytes]:
        if self.folder is None:
            return {}
        path = self._shard_file(shard)
        status = seal_of(path)  # before reading: a file replaced meanwhile is read again next time
        seen = _SHARDS_READ.get(path)
        if status is not None and seen is not None and seen[0] == status:
            self.read_before[shard] = seen[2]
            return seen[1]
        # From .cache/ itself: a pack folder that is a link is not followed.
        kept = _unpickled(read_sealed(path, self.folder.parent, MAX_PACK_BYTES))
        if not isinstance(kept, dict):  # none yet, unreadable, or one from another version
            kept = {}
        entries = {key: value for key, value in kept.items()
                   if isinstance(key, str) and (shard == ALL or shard_of(key) == shard)}
        if status is not None:
            if len(_SHARDS_READ) >= MAX_SHARDS_READ:
                _SHARDS_READ.clear()
            _SHARDS_READ[path] = (status, entries, self.read_before.setdefault(shard, {}))
        return entries

    def _value_of(self, key: str, pickled: bytes):
        """Return what an entry's bytes unpickle to, unpickled once in this process for a shard it read."""
        values = self.read_before.get(shard_of(key), self.read_before.get(ALL))  # the bytes say if it is the same
        seen = values.get(key) if values is not None else None
        if seen is not None and seen[0] is pickled:
            return seen[1]
        found = _unpickled(pickled)
        if values is not None and found is not _UNREADABLE:
            values[key] = (pickled, found)
        return found

    def get(self, key: str):
        """Return the value kept under `key`, or None."""
        found = self.used.get(key)
        if found is None and isinstance(self.kept.get(key), bytes):
            found = self._value_of(key, self.kept[key])
            if found is _UNREADABLE:
                return None  # kept by another version of our code, or damaged: make it again
            self.used[key] = found
            self.pickled[key] = self.kept[key]
        return found

    def get_or_make(self, key: str, make: Callable[[], object]):
        """Return the value kept under `key`, or make(), kept under it for the next build."""
        found = self.get(key)
        if found is None:
            found = make()
            self.put(key, found)
        return found

    def keep(self, key: str) -> bool:
        """Keep the entry under `key` for the next build as it is, without unpickling it; return whether one is kept."""
        if isinstance(self.kept.get(key), bytes) and key not in self.pickled:
            self.pickled[key] = self.kept[key]
        return key in self.pickled

    def put(self, key: str, value) -> None:
        """Keep `value` under `key` for the next build."""
        if self.get(key) == value:
            return  # kept already, as it is: nothing to write
        self.used[key] = value
        self.pickled[key] = None

    def make_missing(self, wanted: list[tuple[str, Item]], make: Callable[[Item], object]) -> None:
        """Make the value of each (key, item) not kept yet, as make(item): in worker processes when there are many.

        A value made in a worker is pickled there, once: those bytes bring it back and are what
        `save` writes. A value made in this process stays as it is until `save` pickles it.
        """
        def made_here_or_pickled(pair: tuple[str, Item]) -> tuple[object, bytes | None]:
            value = make(pair[1])
            return (None, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) if in_worker() else (value, None)

        missing = [(key, item) for key, item in wanted if self.get(key) is None]
        for (key, _), (value, pickled) in zip(missing, map_items(made_here_or_pickled, missing)):
            self.used[key] = pickle.loads(pickled) if pickled is not None else value
            self.pickled[key] = pickled

    def save(self) -> None:
        """Write each shard that gained, lost or changed an entry in this build, or the pack's one file; leave the
        others as they are. A file of the other layout goes once the new one is written."""
        if self.folder is None:
            return
        changed = {shard_of(key) for key, pickled in self.pickled.items()
                   if pickled is None or pickled is not self.kept.get(key)}  # made, or made again
        changed |= {shard_of(key) for key in self.kept.keys() - self.pickled.keys()}  # entries dropped
        entries = {key: pickled or pickle.dumps(self.used[key], protocol=pickle.HIGHEST_PROTOCOL)
                   for key, pickled in sorted(self.pickled.items())}
        if len(entries) < SHARDS and sum(map(len, entries.values())) < ONE_FILE_BYTES:
            self._save_in_one_file(entries, changed)
        else:
            self._save_in_shards(entries, changed)
        self.kept, self.pickled = entries, dict(entries)
        remove_left_aside(self.folder, self.left_aside)
        self.left_aside = []

    def _save_in_one_file(self, entries: dict[str, bytes], changed: set[int]) -> None:
        """Write the pack's one file if an entry changed or it was in shards (removed once it is written)."""
        if changed or self.files not in ([ALL], []):
            self._write(ALL, entries)
            self._remove([shard for shard in self.files if shard != ALL])
            self.files = [ALL] if entries else []

    def _save_in_shards(self, entries: dict[str, bytes], changed: set[int]) -> None:
        """Write each changed shard; every shard, if the pack was in one file (removed once they are written)."""
        if ALL in self.files:
            changed |= {shard_of(key) for key in entries} | set(self.files) - {ALL}
        by_shard: dict[int, dict[str, bytes]] = {shard: {} for shard in changed}
        for key, value in entries.items():
            by_shard.get(shard_of(key), {})[key] = value
        for shard in sorted(changed):
            self._write(shard, by_shard[shard])
        self._remove([ALL] if ALL in self.files else [])
        written = {shard for shard, held in by_shard.items() if held}
        self.files = sorted(set(self.files) - {ALL} - changed | written)

    def _write(self, shard: int, entries: dict[str, bytes]) -> None:
        """Replace one shard's file with `entries` (deleted when there are none)."""
        path = self._shard_file(shard)
        if entries:
            write_sealed(path, pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))
            return
        remove_sealed(path)  # a read-only checkout builds fine, only without reuse next time

    def _remove(self, shards: list[int]) -> None:
        for shard in shards:
            remove_sealed(self._shard_file(shard))


# Each shard file this process read, by path: the seal_of it had, its entries, and the values of those
# that a build unpickled. A process that builds more than once (the preview's build process) reads
# again only the shards a build replaced (at 4,000 sources, 28 ms of a 600 ms rebuild), and unpickles
# an entry once (the library's 4,000 sources, 28 ms more). Neither entries nor values are ever changed:
# nothing a build is given from the cache is changed in place.
_SHARDS_READ: dict[Path, tuple[tuple, dict[str, bytes], dict[str, tuple[bytes, object]]]] = {}
MAX_SHARDS_READ = 1024


_UNREADABLE = object()


def _file_name(shard: int) -> str:
    return "all.pack" if shard == ALL else f"{shard:x}.pack"


def _unpickled(data: bytes):
    """Return what a cache's bytes unpickle to, or _UNREADABLE.

    Damaged bytes (a disk error, a file cut short or overwritten) make the unpickler raise almost
    anything, OverflowError, KeyError, MemoryError among them, not only UnpicklingError: a cache is
    only a shortcut, so whatever it raises means building that part again, never a traceback."""
    try:
        return pickle.loads(data)
    except Exception:
        return _UNREADABLE


@functools.lru_cache(maxsize=1 << 16)  # a save places every entry of the pack: 4,400 pages at 4,000 sources
def shard_of(key: str) -> int:
    """Return the shard of a pack that holds `key`: the same in every process (unlike hash())."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % SHARDS


def templates_digest(env: jinja2.Environment) -> str:
    """Return a digest of every template's source: any template a page could load is part of its key.

    Every template, not just the ones a page names: an include whose name is computed at render
    time could load any of them, and a template edit is rare enough to re-render everything.
    """
    return digest_of(tuple(found for name in sorted(env.list_templates()) if (found := _named_source(env, name))))


def _named_source(env: jinja2.Environment, name: str) -> tuple[str, str] | None:
    """Return a template's name and source, or None for an editor's leftover that cannot be read as one.

    Emacs keeps `.#base.html`, a link that leads nowhere, while base.html has unsaved changes: Jinja
    lists it, and reading it stopped every build with "template '.#base.html' not found".
    """
    try:
        return name, env.loader.get_source(env, name)[0]
    except (jinja2.TemplateNotFound, OSError, UnicodeDecodeError):
        if any(left_out(part) for part in name.split("/")):
            return None
        raise


class Page(NamedTuple):
    """A page to render: template `template` with the context `context(*args)` returns (made where it is rendered).

    Without `args`, the page's key is its context, made and pickled whole. With `args`, the key
    is the arguments: `context` must then be a module-level function (no closure), so that they
    and our code are all it reads. For pages many and cheap to key but dear to plan (source pages).
    """

    path: str
    template: str
    context: Callable[..., dict]
    args: tuple | None = None


class Made(NamedTuple):
    """A file made by a function of ours from `inputs` (everything it reads), not by a template."""

    path: str
    inputs: tuple
    make: Callable[[], bytes]


class Group(NamedTuple):
    """Pages made together: the jobs `jobs(*args)` returns, a module-level function of its arguments alone.

    The group's key is its arguments (large values standing in by their keys, at any depth): while
    it is unchanged, so is every page's, and the pages are kept without being keyed one by one.
    For thousands of pages that an edit rarely touches (the source pages after a claim's edit).
    """

    name: str
    jobs: Callable[..., list[Page | Made]]
    args: tuple


MIN_FILES_FOR_LOCKED_COUNT = 64  # open files a process may have for SharedCount to take one of them


def _files_allowed() -> int:
    """Return how many files this process may have open (its soft limit), or a large number where none is known."""
    try:
        import resource
        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):
        return 1 << 20
    return soft if soft != resource.RLIM_INFINITY else 1 << 20


class SharedCount:
    """A count forked processes add to together, each add whole: added unlocked, one process's add overwrote another's,
    and three adding 100,000 times counted some 200,000 (the site's bound, counted as its pages are made, was a
    third low). The lock is the system's on the count's file (lockf), each process's own, let go if it dies."""

    def __init__(self):
        self.file = None
        # In memory; where the system has none, or the process may open few files (the count's would be one the
        # writer needs: a build under `ulimit -n 12` failed to write), adds are unlocked (the bound is exact once made).
        if hasattr(os, "memfd_create") and _files_allowed() >= MIN_FILES_FOR_LOCKED_COUNT:
            self.file = open(os.memfd_create("site-bytes", os.MFD_CLOEXEC), "r+b", buffering=0)
            self.file.truncate(8)
        self.bytes = mmap.mmap(-1 if self.file is None else self.file.fileno(), 8)

    def add(self, size: int) -> int:
        """Add `size` to the count; return the count."""
        if self.file is not None:
            fcntl.lockf(self.file, fcntl.LOCK_EX)
        try:
            total = int.from_bytes(self.bytes, "little") + size
            self.bytes[:] = total.to_bytes(8, "little")
        finally:
            if self.file is not None:
                fcntl.lockf(self.file, fcntl.LOCK_UN)
        return total

    def __int__(self) -> int:
        return int.from_bytes(self.bytes, "little")


class PageMemo:
    """Makes the site's pages and files, keeping from the last built site any whose key is unchanged."""

    def __init__(self, env: jinja2.Environment, index: Path | None, site: Path,
                 explain: Callable[[Exception], Problem], aside: Path | None = None, bound: SiteBound | None = None):
        self.env = env
        self.site = site  # where the last build wrote: a kept page must still be there
        self.aside = aside  # where a worker writes the pages it makes (explainer/aside.py), if anywhere
        self.explain = explain  # a template failure as a problem, named where the traceback is (in a worker)
        self.code = code_digest()  # templates call our code too (a marker's markup, dates)
        self.templates = templates_digest(env)
        self.index = PackMemo(index)
        self.stand_ins: dict[int, tuple[object, object]] = {}
        self.recorded: dict[str, tuple[str, str, int]] = {}  # each file's key, digest and size, by site path
        self.written: dict[str, int] = {}  # bytes of the pages made or kept, by template ("" for other files)
        # The site's bound, checked as each page is made: checked once all were, a site of pages each just under a
        # page's limit was made whole first (gigabytes, minutes). The bytes made so far are counted in memory the
        # forked workers share, this process's own by template beside them.
        self.bound = bound
        self.running = SharedCount()
        self.made_here: dict[str, int] = {}

    def stand_in(self, value, key) -> None:
        """Let `key`, everything `value` was made from (or its digest), stand for it in the keys of pages given it.

        For the large values many pages share or that were keyed already (a briefing is kept
        under the digest of all it was made from, a source's text by its entry's and bytes'):
        pickling them whole for every page would cost more than the rendering it saves. The
        value is kept, so its id stays its own.
        """
        self.stand_ins[id(value)] = (value, key)

    def make_all(self, jobs: list[Page | Made], groups: list[Group] = ()) -> dict[str, bytes | Kept]:
        """Return every job's file by site path, in job order, then each group's: the pages spread over the cores
        (explainer/parallel.py).

        A file whose key is in the index is not made but `Kept`: the writer links the last built
        one. A job keyed without its context is looked up here: only the others go to the workers.
        A group whose key is in the index, every page of it still in the site, is kept whole.
        """
        kept_groups: dict[str, bytes | Kept] = {}
        made_groups: list[tuple[str, list[Page | Made]]] = []
        for group in groups:
            key = self._group_key(group)
            kept = self._group_kept(key, group)
            if kept is not None:
                kept_groups.update(kept)
            else:
                made_groups.append((key, group.jobs(*group.args)))
        files = self._make_jobs(jobs + [job for _, members in made_groups for job in members])
        for key, members in made_groups:
            self.index.put(key, tuple((job.path, *self.recorded[job.path]) for job in members))
        return {**files, **kept_groups}

    def _group_key(self, group: Group) -> str:
        """Return the digest of a group's function and arguments (stand-ins by their keys), the templates, our code."""
        buffer = io.BytesIO()
        pickler = _StandInPickler(buffer, self.stand_ins)
        pickler.dump((self.code, "group", group.name, self.templates, _function_name(group.jobs), group.args))
        return hashlib.sha256(buffer.getbuffer()).hexdigest()

    def _group_kept(self, key: str, group: Group) -> dict[str, Kept] | None:
        """Return a kept group's pages as Kept (each page's own entry kept too), or None if it must be made."""
        members = self.index.get(key)
        if not isinstance(members, tuple) or not self._all_in_site([path for path, _, _, _ in members]):
            return None
        jobs_by_path = functools.cache(lambda: {job.path: job for job in group.jobs(*group.args)})
        kept = {}
        for path, page_key, digest, size in members:
            self.index.keep(page_key)  # for the build that makes the group again after an edit: its pages' keys
            self.recorded[path] = (page_key, digest, size)
            self.written[""] = self.written.get("", 0) + size
            self._add_to_site("", size)
            kept[path] = Kept(size, digest, lambda path=path: self._made(jobs_by_path()[path], None))
        return kept

    def _make_jobs(self, jobs: list[Page | Made]) -> dict[str, bytes | Kept]:
        """Return make_all's files for jobs keyed one by one."""
        done: dict[str, tuple[bytes | None, str, tuple[str, int]]] = {}
        to_make: list[tuple[Page | Made, str | None]] = []
        look_up = bool(self.index.kept)  # a first build has nothing to look up: its workers make the keys
        # The folders of the last page looked for kept open: a page beside it costs one call to the system, not five
        # (tests/test_attack_48.py); all closed before the workers are forked.
        with FolderChain(os.fspath(self.site)) as folders:
            for job in jobs:
                key = self._key(job) if look_up and not _keyed_by_context(job) else None
                made = None if key is None else self._made_before(key, job.path, folders)
                if made is None:
                    to_make.append((job, key))
                else:
                    done[job.path] = (None, key, made)
                    self._add_to_site(job.template if isinstance(job, Page) else "", made[1])
        with template_limits.memory_limit(template_limits.RENDER_MEMORY_BYTES):
            made_now = map_items(self._make, to_make)
        for path, page, key, made in made_now:
            done[path] = (page, key, made)
        files: dict[str, bytes | Kept] = {}
        for job in jobs:
            page, key, (digest, size) = done[job.path]
            self.index.put(key, (digest, size))  # recorded here: a worker's own memo dies with it
            self.recorded[job.path] = (key, digest, size)
            template = job.template if isinstance(job, Page) else ""
            self.written[template] = self.written.get(template, 0) + size
            files[job.path] = page if isinstance(page, bytes) else \
                Kept(size, digest, lambda job=job: self._made(job, None), page)
        return files

    def render(self, path: str, name: str, **context) -> bytes | Kept:
        """Return the page at site path `path`: template `name` rendered with `context` (UTF-8 bytes), or Kept."""
        return self.make_all([Page(path, name, lambda: context)])[path]

    def _key(self, job: Page | Made, context: dict | None = None) -> str:
        """Return the digest of everything `job` is made from: its context or arguments, the templates, our code."""
        if isinstance(job, Made):
            inputs = job.inputs
        elif job.args is None:
            inputs = (self.templates, job.template,
                      [(name, self._standing(value)) for name, value in sorted(context.items())])
        else:
            inputs = (self.templates, job.template, _function_name(job.context),
                      [self._standing(arg) for arg in job.args])
        return digest_of(self.code, job.path, inputs)

    def _standing(self, value):
        """Return what stands for `value` in a key: its stand-in's key, or the value itself."""
        return ("stand-in", self.stand_ins[id(value)][1]) if id(value) in self.stand_ins else value

    def _make(self, item: tuple[Page | Made, str | None]
              ) -> tuple[str, bytes | tuple[str, int] | None, str, tuple[str, int]]:
        """Return (path, bytes or None if kept, key, (digest, size) of the bytes) of a job; given a folder aside, the
        path and inode of the file it wrote the bytes to instead of the bytes.

        `item` is the job and its key, or None if it is to be made here (in a worker).
        """
        job, key = item
        context = job.context() if _keyed_by_context(job) else None
        if key is None:  # not looked up yet (a job given its key was, by make_all)
            key = self._key(job, context)
            made = self._made_before(key, job.path)  # in a worker this marks nothing kept: make_all records it
            if made is not None:
                return job.path, None, key, made
        page = self._made(job, context)
        made = (hashlib.sha256(page).hexdigest(), len(page))
        self._add_to_site(job.template if isinstance(job, Page) else "", len(page))
        # Written aside here too, not only in the workers: the pages this process makes were held as bytes until the
        # writer wrote them (explainer/aside.py).
        if self.aside is not None:
            try:
                return job.path, write_aside(self.aside, job.path, page), key, made
            except OSError:  # a full or read-only disk: the writer meets it too, and names it in one line
                pass
        return job.path, page, key, made

    def _add_to_site(self, template: str, size: int) -> None:
        """Count a page of `size` bytes made or kept with `template` into the site; raise ContentError once the site
        holds more than its bound."""
        total = self.running.add(size)
        self.made_here[template] = self.made_here.get(template, 0) + size
        if self.bound is not None and (problems := self.bound.problems(self.made_here, total)):
            raise ContentError(problems)

    def _made_before(self, key: str, path: str, folders: FolderChain | None = None) -> tuple[str, int] | None:
        """Return the digest and size of the file made under `key` by a build, if it is still in the site.

        Only its size is looked at here (the writer checks its bytes): a site deleted or built
        into another folder is made again, in the workers, not file by file as the writer finds it missing.
        """
        made = self.index.get(key)
        if not (isinstance(made, tuple) and len(made) == 2):
            return None
        return made if self._in_site(path, made[1], folders) else None

    def _in_site(self, path: str, size: int, folders: FolderChain | None = None) -> bool:
        """Say whether the last built site has a regular file of `size` bytes at `path` (the writer checks its bytes),
        looked for through `folders` if given (its folders kept open from one page to the next)."""
        steps = tuple(path.split("/"))
        try:  # each folder on the way opened without following a link: one swapped in leads the look nowhere else
            found = folders.status(steps) if folders is not None else status_in_folder(os.fspath(self.site), steps)
        except OSError:
            return False
        return stat.S_ISREG(found.st_mode) and found.st_size == size

    def _all_in_site(self, paths: list[str]) -> bool:
        """Say whether the last built site has an entry at each of `paths`: one listing per folder, not a call to
        the system per page (a group's thousands of source pages share a folder). A page there but changed is
        the writer's to find, as `Kept`; this only tells a site that lost the group's pages (deleted, or
        another --out), whose pages are best made together, in the workers."""
        names: dict[str, set[str]] = {}
        for path in paths:
            folder, _, name = path.rpartition("/")
            if folder not in names:
                try:  # each step opened without following a link: one swapped in leads the listing nowhere else
                    steps = tuple(folder.split("/")) if folder else ()
                    names[folder] = set(names_in_folder(os.fspath(self.site), steps))
                except OSError:
                    return False
            if name not in names[folder]:
                return False
        return True

    def _made(self, job: Page | Made, context: dict | None) -> bytes:
        """Return a job's bytes: made by its function, or its template rendered with its context."""
        try:
            if isinstance(job, Made):
                return job.make()
            if context is None:
                context = job.context(*job.args) if job.args is not None else job.context()
            template = self.env.get_template(job.template)
        except jinja2.TemplateError as error:
            raise ContentError([self.explain(error)]) from None
        try:
            with template_limits.cpu_limit(template_limits.PAGE_CPU_LIMIT_S):
                page = template_limits.rendered_page(template, context)
            return page.encode("utf-8")
        except MemoryError as error:  # past template_limits.memory_limit, or the machine's
            raise ContentError([self.explain(template_limits.out_of_memory(error))]) from None
        except Exception as error:  # an expression of the template failed (`{% for a, b in pairs %}` on a list), or Jinja
            raise ContentError([self.explain(error)]) from None


class _StandInPickler(pickle.Pickler):
    """digest_of's pickler, with each value that has a stand-in written as its key, wherever it is nested."""

    def __init__(self, buffer: io.BytesIO, stand_ins: dict[int, tuple[object, object]]):
        super().__init__(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        self.fast = True  # as in digest_of: the bytes must not depend on which equal values are one object
        self.stand_ins = stand_ins

    def persistent_id(self, value):
        found = self.stand_ins.get(id(value))
        return ("stand-in", found[1]) if found is not None else None


def _keyed_by_context(job: Page | Made) -> bool:
    return isinstance(job, Page) and job.args is None


def _function_name(function: Callable) -> str:
    """Return a module-level function's full name; refuse a closure or lambda, whose captured values no key holds."""
    if getattr(function, "__closure__", None) or "<" in function.__qualname__:
        raise TypeError(f"{function.__qualname__}: a page keyed by its arguments needs a module-level function")
    return f"{function.__module__}.{function.__qualname__}"
