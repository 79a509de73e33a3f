"""What `changes --since` refuses before git is run: a revision no commit can be named by.

A revision of 200 KB or more was "error: [Errno 7] Argument list too long: 'git'" (1 MB took 1.4 s of CPU to say
so), one holding a NUL was "error: embedded null byte", and one holding a line break, `HEAD` then
`--output=/tmp/x` (a variable holding two lines), was told of by git's second line alone, "git archive:
--output=/tmp/x", read as an option git had been given (tests/test_attack_39.py).
"""

from __future__ import annotations

from .problems import printable

MAX_REVISION_CHARS = 1_024  # a branch's name, a commit's 40 or 64 hex digits, `main~3`, `v1.2^{commit}`: far less


def refused_revision(ref: str) -> str:
    """Return why `ref` names no commit git could be asked for, or "" where git is to say. A commit named by the words
    of its message (`:/words`) may hold any character but NUL: an escape sequence, a line break."""
    if len(ref) > MAX_REVISION_CHARS:
        return (f"--since is {len(ref):,} characters long, and no commit is named by more than {MAX_REVISION_CHARS:,} "
                "(name a commit, branch or tag)")
    if "\x00" in ref or (not ref.startswith(":/") and ("\n" in ref or "\r" in ref)):
        kind = "a NUL" if "\x00" in ref else "a line break"
        return (f"--since '{printable(ref)}' holds {kind}, which no commit's name holds (name a commit, branch or tag; "
                "or a commit by the words of its message, :/words)")
    return ""
