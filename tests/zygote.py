"""`python build.py ARGS` for the tests, started as a fork of one process that imported the build already.

    process = zygotes().popen([sys.executable, str(BUILD), "--root", root, "serve"], stdout=PIPE, text=True)

returns a subprocess.Popen whose process was forked from a zygote: a Python that imported jinja2,
markdown_it, yaml, our package (and, for `serve`, tornado, livereload and watchfiles) once, as
build.py imports them. A fresh interpreter paid 0.2 to 0.3 s of CPU for that before doing anything,
and the tests start some 120 of them (70 preview servers). The run is a real process: its own pid,
the signals sent to it, its process group (or session, with start_new_session), exit code or
signal, stdin, stdout and stderr as `python build.py ARGS` started by the caller would have them:
argv, cwd, environment, umask, resource limits, ignored and blocked signals are the caller's at
the call, sent with the file descriptors over a Unix socket (SCM_RIGHTS). What a fresh interpreter
fixes at its start (PYTHON* variables, the locale, TZ) cannot change in a fork: each different
set of them gets a zygote of its own, started with them. Tests whose subject is the start itself
(import-time behaviour, --help, start-up messages, a fresh install, another build.py) start real
processes. tests/test_testspeed28.py compares the two.

    done = zygotes().run([sys.executable, "-c", CODE, *ARGS], capture_output=True, text=True, cwd=REPO)

runs CODE as `python -c CODE ARGS` does (sys.argv, a `__main__` of its own, imports from the working folder), in a
fork of the same zygote: a test's own small program around the build (one that stops itself at a chosen point, or
reads the memory it took), which would otherwise pay an interpreter's start and the build's imports each time.
tests/test_testspeed29.py compares the two.

    python tests/zygote.py FD MODULE[,MODULE...]

is the zygote: it imports the modules and forks a run for each request on the socket FD.
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUILD = REPO / "build.py"
ZYGOTE = Path(__file__).resolve()
# What build.py imports before main() runs, and what its commands import when they start (under the same pause of
# the collector, explainer/gc_pause.py): `serve` the preview server's modules, the others the pipeline.
PRELOADED = {"serve": ("explainer.cli", "explainer.process_exit", "explainer.serve"),
             "build": ("explainer.cli", "explainer.process_exit", "explainer.pipeline")}
# What an interpreter reads from its environment only as it starts (flags, stdio, hash seed, locale, time zone).
STARTUP_NAMES = ("LANG", "LANGUAGE", "TZ")
STARTUP_PREFIXES = ("PYTHON", "LC_")
# What explainer/serve.py reads as it is imported (its limits; the other modules read theirs as they run): a run given
# any of them imports the server itself, from a zygote that did not (a zygote for each value was one a server).
IMPORT_TIME_PREFIX = "EXPLAINER_SERVE_"
# The zygote's command line is padded to this many bytes: a run writes its own over it, where the system shows a
# process's command line (/proc/PID/cmdline, which explainer/previews.py reads to tell a preview server).
COMMAND_LINE_ROOM = 4096


# --- the caller's side ---------------------------------------------------------------------------------------------

class Zygotes:
    """The zygotes of one test process, one for each set of start-up variables and of modules, started on first use."""

    def __init__(self):
        self.started: dict[tuple, Zygote] = {}
        self.lock = threading.Lock()
        # Seconds of CPU of the runs waited for so far: not this process's children's (the zygote's), and the tests'
        # CPU counts them as theirs (tests/cpu_time.py), as a subprocess.run's once it ended
        self.ended_cpu = 0.0

    def popen(self, args, **options) -> ZygotePopen:
        """Start `args` ([sys.executable, BUILD, ...]) as subprocess.Popen(args, **options) would; return its handle.

        Beyond Popen's options: `rlimits` ({resource.RLIMIT_*: (soft, hard)}) and `signals` ({signum: SIG_IGN or
        SIG_DFL}), what a preexec_fn would set in the child before it runs Python."""
        return ZygotePopen(self, args, **options)

    def run(self, args, *, input=None, capture_output=False, timeout=None, check=False,
            **options) -> subprocess.CompletedProcess:
        """Run `args` as subprocess.run(args, **options) does, started from a zygote."""
        if input is not None:
            options["stdin"] = subprocess.PIPE
        if capture_output:
            options["stdout"] = options["stderr"] = subprocess.PIPE
        with self.popen(args, **options) as process:
            try:
                out, err = process.communicate(input, timeout=timeout)
            except subprocess.TimeoutExpired as expired:
                process.kill()
                process.wait()
                expired.stdout, expired.stderr = process.communicate()
                raise
            except BaseException:
                process.kill()
                raise
        done = subprocess.CompletedProcess(process.args, process.returncode, out, err)
        if check:
            done.check_returncode()
        return done

    def zygote_for(self, env: dict[str, str], modules: tuple[str, ...]) -> Zygote:
        """Return the zygote for runs in `env` that import `modules`, starting it if there is none yet."""
        key = (tuple(sorted(startup_variables(env).items())), modules)
        with self.lock:
            if key not in self.started:
                self.started[key] = Zygote(env, modules)
            return self.started[key]

    def pids(self) -> set[int]:
        """Return the process ids of the zygotes running."""
        with self.lock:
            return {zygote.process.pid for zygote in self.started.values()}

    def close(self) -> None:
        """End the zygotes, once the runs they started have ended (not waiting for a run left running)."""
        with self.lock:
            zygotes, self.started = list(self.started.values()), {}
        for zygote in zygotes:
            zygote.close()


def startup_variables(env: dict[str, str]) -> dict[str, str]:
    """Return the variables of `env` that a Python reads only as it starts."""
    return {name: value for name, value in env.items() if name in STARTUP_NAMES or name.startswith(STARTUP_PREFIXES)}


class Zygote:
    """One zygote process, started with `env`, that imported `modules`."""

    def __init__(self, env: dict[str, str], modules: tuple[str, ...]):
        self.control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        with theirs:
            # In the caller's process group, as a run started by the caller is; its own output goes nowhere.
            command = [sys.executable, str(ZYGOTE), str(theirs.fileno()), ",".join(modules)]
            command.append(" " * (COMMAND_LINE_ROOM - len("\0".join(command))))
            self.process = subprocess.Popen(command,
                                            pass_fds=[theirs.fileno()], env=env, stdin=subprocess.DEVNULL,
                                            stdout=subprocess.DEVNULL)

    def start(self, request: dict, fds: list[int]) -> None:
        """Send one request, with the run's stdin, stdout, stderr and status pipe."""
        socket.send_fds(self.control, [json.dumps(request).encode()], fds)

    def close(self) -> None:
        self.control.close()  # the zygote ends at the end of its socket, once its runs have
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass  # a run left running, as a real process would be: not ours to kill


@functools.cache  # one set of zygotes per test process, ended as it exits
def zygotes() -> Zygotes:
    """Return this process's zygotes."""
    started = Zygotes()
    atexit.register(started.close)
    return started


class ZygotePopen(subprocess.Popen):
    """A subprocess.Popen whose process a zygote forked: Popen's own pipes, communicate, wait and signals, with the
    process's start and its wait status coming from the zygote."""

    def __init__(self, zygotes: Zygotes, args, *, rlimits: dict | None = None, signals: dict | None = None,
                 **options):
        self._zygotes, self._rlimits, self._signals = zygotes, rlimits or {}, signals or {}
        self._status, self._said = -1, b""
        super().__init__(args, **options)

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env, startupinfo, creationflags,
                       shell, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, restore_signals, gid, gids, uid,
                       umask, start_new_session, process_group):
        """Have a zygote fork the run (Popen's own _execute_child forks and execs); raise as Popen does if it cannot
        start in `cwd`."""
        args = [os.fspath(arg) for arg in args]
        if not started_as_zygotes_start(args) or executable or preexec_fn or pass_fds or shell or not close_fds \
                or (gid, gids, uid) != (None, None, None) or not restore_signals:
            raise ValueError(f"a zygote starts `{sys.executable} {BUILD} ...` or `{sys.executable} -c CODE ...` with "
                             f"Popen's plain options only: {args}")
        env = dict(os.environ if env is None else env)
        read_on_import = any(name.startswith(IMPORT_TIME_PREFIX) for name in env)
        preloaded = PRELOADED["serve" if "serve" in args[2:] and not read_on_import else "build"]
        reading, writing = os.pipe()
        self._status = reading
        try:
            request = {"argv": args[1:], "cwd": None if cwd is None else os.fspath(cwd), "env": env,
                       "umask": umask if umask >= 0 else current_umask(), "new_session": start_new_session,
                       "process_group": process_group if process_group is not None and process_group >= 0 else None,
                       "group": os.getpgrp(), "signals": inherited_signals(self._signals),
                       "blocked": sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])),
                       "rlimits": current_rlimits(self._rlimits)}
            fds = [p2cread if p2cread != -1 else 0, c2pwrite if c2pwrite != -1 else 1,
                   errwrite if errwrite != -1 else 2, writing]
            self._zygotes.zygote_for(env, preloaded).start(request, fds)
        finally:
            os.close(writing)
            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)
        self.pid = int(self._next("pid").split()[1])
        self._child_created = True
        started = self._next("started", "error")
        if started.startswith("error"):
            self.wait()
            number = int(started.split()[1])
            raise OSError(number, os.strerror(number), cwd)

    def _next(self, *kinds: str) -> str:
        """Return the next line of the run's status pipe that starts with one of `kinds`, waiting for it."""
        while True:
            for line in self._said.split(b"\n")[:-1]:
                if line.decode().startswith(kinds):
                    self._said = self._said.replace(line + b"\n", b"", 1)
                    return line.decode()
            chunk = os.read(self._status, 256)
            if not chunk:
                raise ChildProcessError(f"the zygote's minder of process {self.pid} ended without saying how it ended")
            self._said += chunk

    def _waitpid(self, pid: int, options: int) -> tuple[int, int]:
        """Return (pid, wait status) as os.waitpid does, from what the minder said on the status pipe."""
        if self._status == -1:
            raise ChildProcessError(pid)
        if options & os.WNOHANG and b"ended" not in self._said:
            os.set_blocking(self._status, False)
            try:
                self._said += os.read(self._status, 256)
            except BlockingIOError:
                pass
            finally:
                os.set_blocking(self._status, True)
            if b"ended" not in self._said:
                return 0, 0
        _, status, cpu = self._next("ended").split()
        os.close(self._status)
        self._status = -1
        self._zygotes.ended_cpu += float(cpu)
        return pid, int(status)

    def _internal_poll(self, _deadstate=None, **unused):
        return super()._internal_poll(_deadstate, _waitpid=self._waitpid)

    def _try_wait(self, wait_flags):
        return self._waitpid(self.pid, wait_flags)


def started_as_zygotes_start(args: list[str]) -> bool:
    """Whether `args` is `python build.py ...` or `python -c CODE ...`, what a zygote runs."""
    return args[:2] == [sys.executable, str(BUILD)] or (args[:2] == [sys.executable, "-c"] and len(args) > 2)


def current_umask() -> int:
    """Return this process's umask, read without changing it (os.umask would, for a moment, for every thread)."""
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1], 8) for line in status if line.startswith("Umask:"))


def inherited_signals(chosen: dict) -> dict[str, str]:
    """Return {signal number: "ignore"} for each signal this process ignores or `chosen` ignores, as an exec keeps
    them, and "default" for each `chosen` sets back to default."""
    found = {}
    for signum in signal.valid_signals():
        try:
            if signal.getsignal(signum) == signal.SIG_IGN:
                found[str(int(signum))] = "ignore"
        except (OSError, ValueError):
            continue
    for signum, handler in chosen.items():
        found[str(int(signum))] = "ignore" if handler == signal.SIG_IGN else "default"
    return found


def current_rlimits(chosen: dict) -> dict[str, list[int]]:
    """Return this process's resource limits, as a child inherits them, with `chosen` in place of its own."""
    limits = {}
    for name in dir(resource):
        if name.startswith("RLIMIT_"):
            number = getattr(resource, name)
            limits[str(number)] = list(chosen.get(number, resource.getrlimit(number)))
    return limits


# --- the zygote's side ---------------------------------------------------------------------------------------------

def serve_requests(control: socket.socket) -> None:
    """Fork a minder for each request on `control` until it is closed; then wait for the minders.

    A request is a JSON message with four file descriptors: the run's stdin, stdout and stderr,
    and a pipe on which the minder says the run's pid and then its wait status. Nothing is done
    here before a fork but the imports: no thread, no output, no handler, no held signal.
    """
    while True:
        reap(os.WNOHANG)
        message, fds, _, _ = socket.recv_fds(control, 1 << 20, 4)
        if not message:
            reap(0)  # the runs' CPU is counted, as their caller's children's, once the caller waits for this process
            return
        if os.fork() == 0:
            os.close(control.detach())
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
    """Fork the run, say its pid on `status`, wait for it and say how it ended."""
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # a stop meant for the run's group is not for us
        signal.signal(signum, signal.SIG_IGN)
    run = os.fork()
    if run == 0:
        os._exit(start_run(request, stdin, stdout, stderr, status))
    for fd in (stdin, stdout, stderr):
        os.close(fd)
    os.write(status, f"pid {run}\n".encode())
    _, ended, usage = os.wait4(run, 0)  # its CPU with that of the processes it waited for, as a caller's children's
    os.write(status, f"ended {ended} {usage.ru_utime + usage.ru_stime:.6f}\n".encode())
    return 0


def start_run(request: dict, stdin: int, stdout: int, stderr: int, status: int) -> int:
    """Make this process what `python build.py ARGS` started by the caller would be, then run build.py."""
    try:
        if request["new_session"]:
            os.setsid()
        elif request["process_group"] is not None:
            os.setpgid(0, request["process_group"])
        elif os.getpgrp() != request["group"]:
            os.setpgid(0, request["group"])
        for target, fd in enumerate((stdin, stdout, stderr)):
            os.dup2(fd, target)
        if request["cwd"] is not None:
            os.chdir(request["cwd"])
    except OSError as error:
        os.write(status, f"error {error.errno}\n".encode())
        return 255
    show_command_line([sys.executable, *request["argv"]])  # before the caller hears it started, as after an exec
    os.write(status, b"started\n")
    os.closerange(3, resource.getrlimit(resource.RLIMIT_NOFILE)[0])  # as close_fds=True: nothing of the zygote's
    os.umask(request["umask"])
    for number, (soft, hard) in request["rlimits"].items():
        if resource.getrlimit(int(number)) != (soft, hard):
            resource.setrlimit(int(number), (soft, hard))
    signals_as_at_start(request["signals"])
    signal.pthread_sigmask(signal.SIG_SETMASK, request["blocked"])
    stdio_as_at_start()
    os.environ.clear()
    os.environ.update(request["env"])
    return run_script(request["argv"])


def stdio_as_at_start() -> None:
    """Make sys.stdin, stdout and stderr anew on descriptors 0, 1 and 2, as an interpreter makes them as it starts
    (Python/pylifecycle.c, create_stdio): the zygote's own were made for what its descriptors were, /dev/null (a
    file: seekable, which a pipe is not), with the encodings its environment, the same as the run's, chose."""
    import io

    buffered = not sys.__stdout__.write_through  # PYTHONUNBUFFERED, which the zygote was started with too
    made = []
    for fd, kept, name in ((0, sys.__stdin__, "<stdin>"), (1, sys.__stdout__, "<stdout>"), (2, sys.__stderr__, "<stderr>")):
        writing = fd > 0
        buffer = io.open(fd, "wb" if writing else "rb", -1 if buffered or not writing else 0, closefd=False)
        raw = buffer.raw if hasattr(buffer, "raw") else buffer
        raw.name = name
        stream = io.TextIOWrapper(buffer, kept.encoding, kept.errors, "\n",
                                  line_buffering=buffered and (raw.isatty() or fd == 2), write_through=not buffered)
        stream.mode = "w" if writing else "r"
        made.append(stream)
    sys.stdin, sys.stdout, sys.stderr = sys.__stdin__, sys.__stdout__, sys.__stderr__ = made


def signals_as_at_start(inherited: dict[str, str]) -> None:
    """Set every signal's handling as a fresh interpreter has it: ignored where its caller ignored it, else as Python
    sets it (Ctrl-C raises KeyboardInterrupt; SIGPIPE and SIGXFSZ ignored), else the default."""
    for signum in signal.valid_signals():
        if signum in (signal.SIGKILL, signal.SIGSTOP):
            continue
        if inherited.get(str(int(signum))) == "ignore" or signum in (signal.SIGPIPE, signal.SIGXFSZ):
            handler = signal.SIG_IGN
        elif signum == signal.SIGINT:
            handler = signal.default_int_handler
        else:
            handler = signal.SIG_DFL
        try:
            if signal.getsignal(signum) != handler:
                signal.signal(signum, handler)
        except (OSError, ValueError):
            continue


def run_script(argv: list[str]) -> int:
    """Run the script argv[0] as `python SCRIPT ARGS` does (or the code argv[1] as `python -c CODE ARGS` does), and end
    as its interpreter would; return the exit code where it does not end by a signal."""
    import runpy

    code_given = argv[0] == "-c"
    script = "<string>" if code_given else argv[0]
    sys.argv = ["-c", *argv[2:]] if code_given else list(argv)
    sys.orig_argv = [sys.executable, *argv]
    sys.path[0] = "" if code_given else os.path.dirname(os.path.realpath(script))  # -c imports from the working folder
    if "multiprocessing.process" in sys.modules:  # where `spawn` finds a relative main script from: set on import
        sys.modules["multiprocessing.process"].ORIGINAL_DIR = os.path.abspath(os.getcwd())
    stopped = False
    try:
        if code_given:
            exec(compile(argv[1], script, "exec"), vars(new_main_module()))
        else:
            runpy.run_path(script, run_name="__main__")
        code = 0
    except SystemExit as exit:
        code = exit_code(exit.code)
    except BaseException as error:
        traceback_from = error.__traceback__
        while traceback_from is not None and traceback_from.tb_frame.f_code.co_filename != script:
            traceback_from = traceback_from.tb_next  # as the interpreter prints it: from the script down
        error.with_traceback(traceback_from or error.__traceback__)  # the hook prints the error's own traceback
        sys.excepthook(type(error), error, error.__traceback__)
        stopped, code = isinstance(error, KeyboardInterrupt), 1
    threading._shutdown()  # what an interpreter does as it ends: wait for threads, atexit, flush
    import atexit

    atexit._run_exitfuncs()
    code = flushed(code)
    if stopped:  # an interpreter a KeyboardInterrupt ended ends by SIGINT, as the shell expects
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    return code


def new_main_module():
    """Put an empty `__main__` in sys.modules, as an interpreter runs `-c CODE` in (the zygote's own is this file)."""
    import builtins
    import types

    main = types.ModuleType("__main__")
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    return main


def show_command_line(argv: list[str]) -> None:
    """Have the system show `argv` as this process's command line, written where the zygote's was (as setproctitle
    does), the rest of that room zeroed; cut short where it is longer than the room."""
    with open("/proc/self/stat", "rb") as stat:
        fields = stat.read().rsplit(b")", 1)[1].split()
    start, end = int(fields[45]), int(fields[46])  # arg_start and arg_end: fields 48 and 49 of stat(5)
    shown = b"\0".join(os.fsencode(arg) for arg in argv)[:end - start - 1]
    with open("/proc/self/mem", "r+b", buffering=0) as memory:
        memory.seek(start)
        memory.write(shown + b"\0" * (end - start - len(shown)))


def exit_code(code) -> int:
    """Return the exit code of SystemExit(code), printing a code that is no number as the interpreter does."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def flushed(code: int) -> int:
    """Flush stdout and stderr as an ending interpreter does; return `code`, or 120 if either would not flush."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None or stream.closed:
            continue
        try:
            stream.flush()
        except Exception as error:
            if stream is sys.stdout:
                print(f"Exception ignored in: {stream!r}\n{type(error).__name__}: {error}", file=sys.stderr)
            code = 120
    return code


def preload(modules: list[str]) -> None:
    """Import `modules` as build.py and its commands import them, with the collector paused."""
    import importlib

    from explainer.gc_pause import no_collection

    for module in modules:
        with no_collection():
            try:
                importlib.import_module(module)
            except Exception:  # a value the module refuses as it is imported (EXPLAINER_SERVE_*): left to each run,
                pass           # which imports it again and fails as a fresh process does


if __name__ == "__main__":
    sys.path[0] = os.path.dirname(os.path.realpath(BUILD))  # where `python build.py` imports our package from
    preload(sys.argv[2].split(","))
    serve_requests(socket.socket(fileno=int(sys.argv[1])))
