"""That a build or preview that crashes writes no core file: its process's own core limit is set to 0 as it starts.

Where core dumps are on (`ulimit -c unlimited`, as some shells and CI images set, the kernel's pattern a plain
`core`), a build ended by SIGQUIT (Ctrl-\\), SIGABRT or SIGSEGV wrote its whole memory to a file `core` in the folder it
ran in: a project's folder, often a repository's, where `git add -A` commits it. A Python process's memory holds what
it read (unpublished sources, drafts) and its environment (tokens a CI job sets). The soft limit is lowered, the hard
one left as it was: a user debugging a crash raises it again in a shell of their own, as a process may.
"""

from __future__ import annotations


def no_core_files() -> None:
    """Set this process's soft core-file limit to 0 (its children, the build's workers, inherit it); where the system
    has no such limit or refuses, leave it as it is."""
    try:
        import resource
    except ImportError:  # Windows: no core files to speak of
        return
    try:
        hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    except (OSError, ValueError):  # a sandbox refusing the call: nothing the build can do about it
        pass
