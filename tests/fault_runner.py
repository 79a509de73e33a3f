"""A child process for the write stage's fault tests, and the sites they write.

    python tests/fault_runner.py OUT VARIANT MODE [ARGS...]

writes the made-up site VARIANT into OUT with every step that changes the disk counted (opening a
file for writing, writing, linking, making or removing a folder, renaming, and the switch), and:

    run                     just writes it
    count                   prints the steps as JSON: {"steps": n, "switch": k} (steps are numbered from 1)
    kill SIGNAL N [without-exchange]
                            sends itself SIGNAL (KILL or INT) just before step N; without-exchange
                            makes the switch fail as on a file system without RENAME_EXCHANGE
    fail ERRNO KIND N THEN  makes the Nth step of KIND (write, open, ..., or any) fail with ERRNO,
                            and every later step fail with THEN (or succeed, if THEN is ok)
    hold N                  before step N prints "paused" and waits for a line on stdin
    race                    prints "ready" and waits for a line on stdin before it starts
    sweep SIGNAL WORK FIRST LAST
                            OUT is then a finished old site: for every step N from FIRST to LAST, a
                            child forked from this process (so each starts at once) writes VARIANT
                            into a copy of OUT under WORK, sending itself SIGNAL just before step N;
                            prints a JSON line per step: how the child ended and what it left.
                            For KILL the children are forked from one build as it reaches each
                            step (see sweep_kill): the same process state, without writing the
                            steps before N again for every N
    spare-sweep SIGNAL WORK STEPS EVERY OTHER [without-exchange]
                            the same with a spare, at STEPS (all, none or a list "3,8,20"): OUT is
                            ROOT/project/site of a finished site whose spare is in
                            ROOT/project/.cache/spare-site; kills are followed by the next builds
                            (VARIANT again, and with KILL also OTHER), on copies (see sweep_spare)

An OutputError is printed as the command line prints it: `error: MESSAGE` on stderr, exit code 1.

    python tests/fault_runner.py --zygote FD

starts each of these runs as a fork of itself instead, on request (see zygote): the tests start some
sixty runs, and a fresh interpreter importing the writer cost more than most runs.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil  # before the os functions are wrapped: it checks them for dir_fd support on import
import signal
import socket
import sys
import traceback
from pathlib import Path
from typing import Callable

COUNTED = ("open", "write", "link", "symlink", "mkdir", "rename", "replace", "unlink", "rmdir")
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT


PAGES = 60  # enough for every kind of step many times over (some fifty writes); the sweeps cost PAGES squared


def site(variant: str) -> dict[str, bytes]:
    """Return the files of a made-up site: 'old', or 'new' (most pages changed), or 'a' and 'b' (two versions of new),
    or 'earlier' (the site before old, which the spare sweeps keep as the spare).

    From old to new, six pages go, six come, nine stay as they were and the others change; a file
    becomes a folder. In 'new' the nine, the stylesheet and the home page (which changed) are Kept.
    """
    if variant == "earlier":  # before old: most pages as in old, others and the stylesheet not, a folder for old's file
        pages = {f"sources/s{i:03}.html": f"<p>source {i}, {'first' if i < 30 and i != 10 else 'earliest'} version</p>"
                 .encode() * 20 for i in range(PAGES)}
        return {"index.html": b"<h1>earlier</h1>", "style.css": b"body {color: red}",
                "feed/index.xml": b"<feed>stale</feed>", "data": b"a file where a folder goes",
                "gone.html": b"only in the earlier site", **pages}
    if variant == "old":
        pages = {f"sources/s{i:03}.html": f"<p>source {i}, first version</p>".encode() * 20 for i in range(PAGES)}
        return {"index.html": b"<h1>old</h1>", "style.css": b"body {}", "feed": b"a file that becomes a folder",
                "data/briefing.json": b"{}", **pages}
    if variant in ("new", "a", "b"):
        pages = {f"sources/s{i:03}.html": f"<p>source {i}, {'first' if i < 15 else 'second'} version</p>".encode() * 20
                 for i in range(6, PAGES + 6)}
        extra = {"a": {"only-a.html": b"a"}, "b": {"sources/s001.html": b"b"}}.get(variant, {})
        files = {"index.html": f"<h1>{variant}</h1>".encode(), "style.css": b"body {}", "feed/index.xml": b"<feed/>",
                 "data/briefing.json": b'{"v": 2}', **pages, **extra}
        if variant == "new":  # as a rebuild passes them: what the last build made is Kept, made only if not there
            for path in ["index.html", "style.css", *(f"sources/s{i:03}.html" for i in range(6, 15))]:
                files[path] = kept(files[path])
        return files
    raise ValueError(variant)


def kept(data: bytes):
    """Return `data` as a rebuild passes a file it made before: its size and digest, and how to make it."""
    from explainer.write import Kept

    return Kept(len(data), hashlib.sha256(data).hexdigest(), lambda: data)


def snapshot(folder: Path, skipped: Callable[[str], bool] | None = None) -> dict[str, str]:
    """Return {relative path: what is there} for everything under `folder` but what `skipped` says, following no link."""
    found: dict[str, str] = {}
    _scan(os.fspath(folder), "", found, skipped)
    return dict(sorted(found.items()))


def _scan(folder: str, prefix: str, found: dict[str, str], skipped: Callable[[str], bool] | None) -> None:
    """Add what is under `folder` to `found`, each path prefixed (one lstat per entry: the sweeps call this 400 times)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            relative = prefix + entry.name
            if skipped is not None and skipped(relative):
                continue
            if entry.is_symlink():
                found[relative] = f"link to {os.readlink(entry.path)}"
            elif entry.is_dir(follow_symlinks=False):
                found[relative] = "folder"
                _scan(entry.path, relative + "/", found, skipped)
            else:
                found[relative] = _file_summary(entry.path)


def _file_summary(path: str) -> str:
    """Return "file MODE SHA-256" for the file at `path` (os calls, not open(): half the system calls)."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        digest = hashlib.sha256()
        while chunk := os.read(fd, 1 << 20):
            digest.update(chunk)
        return f"file {oct(os.fstat(fd).st_mode & 0o777)} {digest.hexdigest()}"
    finally:
        os.close(fd)


class Steps:
    """Counts the steps that change the disk and acts on the one it is told to."""

    def __init__(self, mode: str, args: list[str]):
        self.mode, self.args = mode, args
        self.count, self.switch, self.failing = 0, 0, None
        self.kind = ""  # the kind of the step being counted
        self.seen: dict[str, int] = {}
        self.before: Callable[[int], None] | None = None  # called with each step's number, before the step

    def step(self, kind: str) -> None:
        """Count one step of `kind`, then kill, fail or pause as the mode says."""
        self.count += 1
        self.kind = kind
        self.seen[kind] = self.seen.get(kind, 0) + 1
        if kind == "switch":
            self.switch = self.count
        if self.before is not None:
            self.before(self.count)
        if self.mode == "kill" and self.count == int(self.args[1]):
            os.kill(os.getpid(), getattr(signal, f"SIG{self.args[0]}"))
            checkpoint()
        if self.mode == "kill" and self.args[2:] == ["without-exchange"] and kind == "switch":
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        elif self.mode == "fail":
            self.fail(kind)
        elif self.mode == "hold" and self.count == int(self.args[0]):
            print("paused", flush=True)
            sys.stdin.readline()

    def fail(self, kind: str) -> None:
        """Raise the injected error at its step, and the follow-up error on every step after it."""
        code, fault_kind, number, then = self.args
        if self.failing is not None:
            raise OSError(self.failing, os.strerror(self.failing))
        if self.count == int(number) if fault_kind == "any" else kind == fault_kind and self.seen[kind] == int(number):
            self.failing = None if then == "ok" else getattr(errno, then)
            raise OSError(getattr(errno, code), os.strerror(getattr(errno, code)))


def checkpoint() -> None:
    """Do nothing; calling it lets Python run a pending signal handler before the step happens."""


def wrap(steps: Steps) -> None:
    """Make the os functions that change the disk count their calls, and count the switch."""
    for name in COUNTED:
        real = getattr(os, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            if _name != "open" or (len(args) > 1 and args[1] & WRITE_FLAGS):
                steps.step(_name)
            return _real(*args, **kwargs)

        setattr(os, name, counted)

    def audit(event: str, args: tuple) -> None:
        if event == "ctypes.dlsym" and args[1] == "renameat2":  # looked up just before it is called
            steps.step("switch")

    sys.addaudithook(audit)


def link_copy(source: str, target: str) -> None:
    """Copy the folder `source` to `target`, files as hard links and links as links (copytree's work, with fewer calls)."""
    os.mkdir(target)
    with os.scandir(source) as entries:
        for entry in entries:
            path = os.path.join(target, entry.name)
            if entry.is_symlink():
                os.symlink(os.readlink(entry.path), path)
            elif entry.is_dir(follow_symlinks=False):
                link_copy(entry.path, path)
            else:
                os.link(entry.path, path)


def remove(folder: str) -> None:
    """Delete `folder` and everything in it, following no link (rmtree's work, with fewer calls)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                remove(entry.path)
            else:
                os.unlink(entry.path)
    os.rmdir(folder)


def sweep(template: Path, variant: str, signal_name: str, work: Path, first: int, last: int) -> None:
    """Kill a build at each step from first to last, each in a forked child; print what each left."""
    from explainer.write import write_site

    files = site(variant)
    if signal_name == "KILL":
        sweep_kill(template, files, work, first, last)
        return
    for number in range(first, last + 1):
        parent = work / str(number)
        parent.mkdir(parents=True)
        out = parent / "site"
        link_copy(os.fspath(template), os.fspath(out))  # hard links: no build writes a file in place
        child = os.fork()
        if child == 0:
            code = 0
            try:
                wrap(Steps("kill", [signal_name, str(number)]))
                write_site(out, files)
            except BaseException:  # the signal's KeyboardInterrupt, once the writer has cleaned up
                code = 130
            os._exit(code)
        _, status = os.waitpid(child, 0)
        report(number, status, out)
        remove(os.fspath(parent))


def sweep_kill(template: Path, files: dict[str, bytes], work: Path, first: int, last: int) -> None:
    """Kill a build with SIGKILL just before each step from first to last; print what each left.

    SIGKILL runs no code of the build: what a build killed just before step N leaves is the disk as
    that build had it just before step N. So one build writes, in a child, and just before each of
    these steps forks a copy of itself, the build as it is at that step, which is killed there; it
    reports what the kill left before it goes on. The steps before N are not written again for each N.
    """
    from explainer.write import write_site

    work.mkdir(parents=True)
    out = work / "site"
    link_copy(os.fspath(template), os.fspath(out))  # hard links: no build writes a file in place

    def kill_a_copy(number: int) -> None:
        if first <= number <= last:
            copy = os.fork()
            if copy == 0:
                os.kill(os.getpid(), signal.SIGKILL)
            _, status = os.waitpid(copy, 0)
            report(number, status, out)

    build = os.fork()
    if build == 0:
        steps = Steps("run", [])
        steps.before = kill_a_copy
        wrap(steps)
        write_site(out, files)
        os._exit(0)
    _, status = os.waitpid(build, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, f"the build that was copied failed: {status}"
    remove(os.fspath(work))


def report(number: int, status: int, out: Path) -> None:
    """Print one step's JSON line: whether the build was stopped, the digest of the site it left, what is beside it."""
    left = json.dumps(snapshot(out), sort_keys=True).encode()
    print(json.dumps({"step": number, "killed": os.WIFSIGNALED(status) or os.WEXITSTATUS(status) == 130,
                      "site": hashlib.sha256(left).hexdigest(), "beside": sorted(os.listdir(out.parent))}),
          flush=True)


# The spare sweeps (tests/test_write_faults_spare.py) work on copies of a template folder ROOT:
# ROOT/project/site is the site, ROOT/project/.cache/spare-site its spare (as build.py keeps it),
# and everything else under ROOT is what no build may touch.
STRUCTURAL = ("rename", "switch", "mkdir", "rmdir")  # the steps that take, switch and keep back the spare


def spare_of(out: Path) -> Path:
    """Return the spare of the site `out`, where build.py keeps it: .cache/spare-site beside it."""
    return out.parent / ".cache" / "spare-site"


def tree_digest(folder: Path, skipped: Callable[[str], bool] | None = None) -> str | None:
    """Return the digest of what is under `folder` (as report() gives a site's), or None if it is not a folder."""
    if folder.is_symlink() or not folder.is_dir():
        return None
    return hashlib.sha256(json.dumps(snapshot(folder, skipped), sort_keys=True).encode()).hexdigest()


def not_ours(relative: str) -> bool:
    """Say whether a path under ROOT is the site, its spare or what a build puts beside the site (not the rest)."""
    return relative in ("project/site", "project/.cache/spare-site") or relative.startswith("project/.site.")


def spare_state(root: Path) -> dict:
    """Return what is at ROOT: digests of the site and of the spare (None where there is none), what is beside
    the site, and the digest of everything else under ROOT."""
    out = root / "project" / "site"
    return {"site": tree_digest(out), "spare": tree_digest(spare_of(out)), "beside": sorted(os.listdir(out.parent)),
            "rest": tree_digest(root, not_ours)}


def copy_as_left(source: str, target: str) -> None:
    """Copy ROOT as a kill left it (see link_copy), but for the lock files beside the site, copied by content:
    the build that goes on after each step of a KILL sweep still holds them locked."""
    link_copy(source, target)
    beside = os.path.join(target, "project")
    for name in os.listdir(beside):
        path = os.path.join(beside, name)
        if name.startswith(".site.lock") and os.path.isfile(path) and not os.path.islink(path):
            with open(path, "rb") as file:
                data = file.read()
            os.unlink(path)
            with open(path, "wb") as file:
                file.write(data)


def next_builds(left: Path, number: int, builds: dict[str, dict], scratch: Path) -> None:
    """Run the builds that follow a kill that left ROOT `left`, each on a copy in a forked child; print what each made.

    `builds` names the content of each: "again", the site the killed build was writing; "other", other
    content, built after putting the stage the kill left (the spare half made into a site), if it
    left one, where the spare goes.
    """
    for name, files in builds.items():
        child = os.fork()
        if child == 0:
            code = 0
            try:
                from explainer.write import write_site

                copy_as_left(os.fspath(left), os.fspath(scratch))
                out = scratch / "project" / "site"
                stages = [n for n in os.listdir(out.parent) if n.startswith(".site.stage-")]
                placed = name == "other" and len(stages) == 1
                if placed:
                    if os.path.lexists(spare_of(out)):
                        remove(os.fspath(spare_of(out)))
                    os.rename(out.parent / stages[0], spare_of(out))
                try:
                    write_site(out, files, spare=spare_of(out))
                    error = None
                except Exception as failure:  # reported, for the test to show
                    error = f"{type(failure).__name__}: {failure}"
                print(json.dumps({"step": number, "next": name, "placed": placed, "error": error,
                                  **spare_state(scratch)}), flush=True)
                remove(os.fspath(scratch))
            except BaseException:
                traceback.print_exc()
                code = 1
            os._exit(code)
        _, status = os.waitpid(child, 0)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, f"step {number}: the next build's child failed"


def sweep_spare(template: Path, variant: str, signal_name: str, work: Path, chosen: str, every: int,
                other: str, without_exchange: bool = False) -> None:
    """Kill a build with a spare at the chosen steps ("all", or numbers "3,8,20"); print what each kill left,
    and what the next builds make of it after the first step, every `every`-th, each STRUCTURAL one
    and the one after it.

    `template` is ROOT/project/site. With KILL, one build goes on as sweep_kill's does, and it ends
    by printing {"done": its steps, "switch": the switch's step, "renames": the renames' steps} (so
    KILL with the steps "none" just counts them); with INT, each step's build is a child of its own,
    from a fresh copy of ROOT, followed by the next build of the same site at every `every`-th step
    and each of the first ten. `without_exchange` (KILL only) makes every switch, the next builds' too,
    fail as on a file system without RENAME_EXCHANGE.
    """
    from explainer.write import write_site

    root = template.parent.parent
    files = site(variant)
    work.mkdir(parents=True)
    if signal_name == "KILL":
        left = work / "run"
        link_copy(os.fspath(root), os.fspath(left))
        out = left / "project" / "site"
        # In "kill" mode, step 0: never killed here, but the switch fails as the option says.
        steps = Steps("kill", ["KILL", "0", "without-exchange"]) if without_exchange else Steps("run", [])
        renames, kinds = [], [""]

        def kill_a_copy(number: int) -> None:
            kinds.append(steps.kind)
            if steps.kind == "rename":
                renames.append(number)
            if chosen != "all" and str(number) not in chosen.split(","):
                return
            copy = os.fork()
            if copy == 0:
                os.kill(os.getpid(), signal.SIGKILL)
            _, status = os.waitpid(copy, 0)
            kind, steps.before = steps.kind, None  # the next builds' steps (in children) are not swept
            print(json.dumps({"step": number, "kind": kind, "killed": os.WIFSIGNALED(status), **spare_state(left)}),
                  flush=True)
            if number % every == 0 or number == 1 or kind in STRUCTURAL or kinds[number - 1] in STRUCTURAL:
                next_builds(left, number, {"again": files, "other": site(other)}, work / "next")
            steps.before = kill_a_copy

        build = os.fork()
        if build == 0:
            steps.before = kill_a_copy
            wrap(steps)
            write_site(out, files, spare=spare_of(out))
            steps.before = None
            print(json.dumps({"done": steps.count, "switch": steps.switch, "renames": renames}), flush=True)
            os._exit(0)
        _, status = os.waitpid(build, 0)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, f"the build that was copied failed: {status}"
        remove(os.fspath(work))
        return
    for number in (int(n) for n in chosen.split(",")):
        left = work / str(number)
        link_copy(os.fspath(root), os.fspath(left))
        out = left / "project" / "site"
        child = os.fork()
        if child == 0:
            code = 0
            try:
                wrap(Steps("kill", [signal_name, str(number)]))
                write_site(out, files, spare=spare_of(out))
            except BaseException:  # the signal's KeyboardInterrupt, once the writer has cleaned up
                code = 130
            os._exit(code)
        _, status = os.waitpid(child, 0)
        killed = os.WIFSIGNALED(status) or os.WEXITSTATUS(status) == 130
        print(json.dumps({"step": number, "killed": killed, **spare_state(left)}), flush=True)
        if number % every == 0 or number <= 10:
            next_builds(left, number, {"again": files}, work / "next")
        remove(os.fspath(left))
    remove(os.fspath(work))


def main(argv: list[str]) -> int:
    """Write the site as the arguments say; return the exit code."""
    out, variant, mode, args = Path(argv[0]), argv[1], argv[2], argv[3:]
    from explainer.write import OutputError, write_site

    if mode == "sweep":
        sweep(out, variant, args[0], Path(args[1]), int(args[2]), int(args[3]))
        return 0
    if mode == "spare-sweep":
        without_exchange = args[5:] == ["without-exchange"]
        sweep_spare(out, variant, args[0], Path(args[1]), args[2], int(args[3]), args[4], without_exchange)
        return 0

    steps = Steps(mode, args)
    if mode == "race":
        print("ready", flush=True)
        sys.stdin.readline()
    files = site(variant)
    wrap(steps)
    try:
        report = write_site(out, files)
    except OutputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if mode == "count":
        print(json.dumps({"steps": steps.count, "switch": steps.switch}))
    else:
        print(json.dumps({"written": report.written, "unchanged": report.unchanged, "foreign": report.foreign}))
    return 0


def zygote(control: socket.socket) -> None:
    """Start a run for each request on `control`, forked from this process, until `control` is closed.

    A request is a JSON message {"argv": [...], "cwd": ...} with four file descriptors: the run's
    stdin, stdout and stderr, and a pipe on which it says its pid, then how it ended (a wait status).
    A minder, forked from here, forks the run, says its pid, waits for it and says how it ended; the
    run itself is a child that runs main() as `python fault_runner.py ARGS...` would, with the
    writer already imported. Nothing else is done here before a fork: no thread, no output, no
    wrapped function, no held signal.
    """
    import explainer.write  # noqa: F401  (what main imports, imported once for every run)

    while True:
        reap(os.WNOHANG)
        message, fds, _, _ = socket.recv_fds(control, 1 << 16, 4)
        if not message:
            reap(0)  # each minder ends with its run: the runs' CPU time is counted as this process's children's
            return
        minder = os.fork()
        if minder == 0:
            control.close()
            os._exit(mind(json.loads(message), *fds))
        for fd in fds:
            os.close(fd)


def reap(options: int) -> None:
    """Wait for the minders that have ended (all of them, without os.WNOHANG)."""
    while True:
        try:
            if os.waitpid(-1, options)[0] == 0:
                return
        except ChildProcessError:
            return


def mind(request: dict, stdin: int, stdout: int, stderr: int, status: int) -> int:
    """Fork the requested run, say its pid on `status`, wait for it and say how it ended."""
    run = os.fork()
    if run == 0:
        os.close(status)
        for target, fd in enumerate((stdin, stdout, stderr)):
            os.dup2(fd, target)
            os.close(fd)
        if request["cwd"] is not None:
            os.chdir(request["cwd"])
        os._exit(run_as_main(request["argv"]))
    for fd in (stdin, stdout, stderr):
        os.close(fd)
    os.write(status, f"{run}\n".encode())
    _, ended = os.waitpid(run, 0)
    os.write(status, f"{ended}\n".encode())
    return 0


def run_as_main(argv: list[str]) -> int:
    """Run main(argv) and return the exit code, ending as `sys.exit(main(argv))` ends an interpreter."""
    try:
        code = main(argv)
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else 0 if exit.code is None else 1
        if not isinstance(exit.code, (int, type(None))):
            print(exit.code, file=sys.stderr)
    except KeyboardInterrupt:  # the interpreter prints it, then ends by the signal, as SIGINT's default does
        traceback.print_exc()
        sys.stdout.flush()
        sys.stderr.flush()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
        code = 130
    except BaseException:
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def ctrl_c_as_at_a_terminal() -> None:
    """Have SIGINT raise KeyboardInterrupt, as in a Python started at a terminal.

    A shell that runs the tests in the background (`pytest &`, or a CI step run so) starts them
    with SIGINT ignored; every process they start inherits that, and Python then leaves it
    ignored: a run sending itself SIGINT would never be stopped by it.
    """
    signal.signal(signal.SIGINT, signal.default_int_handler)


if __name__ == "__main__":
    ctrl_c_as_at_a_terminal()  # before any fork: the zygote's runs and the sweeps' children inherit it
    if sys.argv[1:2] == ["--zygote"]:
        zygote(socket.socket(fileno=int(sys.argv[2])))
        sys.exit(0)
    sys.exit(main(sys.argv[1:]))
