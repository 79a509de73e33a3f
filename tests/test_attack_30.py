"""Round thirty of attacks on files, signals and sockets: the editors' commands run on files someone else wrote.

`accept-source` added a digest on the line after the `file:` key whatever stood below it: a file name written on the
next line (`file:` then the name, or `file: >-`) was cut off from its key, the library then reading `file` empty and
the digest joined to the name; an entry written `-   file: ...` got its digest at column 4, outside the entry; and
a digest written as a block value (`sha256: >-`) was replaced up to the next field, which joined the digest's line
(`sha256: 8ace... title: News report`), and a placeholder written `sha256: |` then `TODO` was read as part of the
file's name. Each left an editor's library that no longer built. A project locale's `new_comment` holding a line
break (`"...\\nlabels:\\n comparisons: Hacked\\n#"`) wrote a key of its own into every briefing `new` made, and a
seed opening on a "word" of 5,000 letters had `new` quote it and refuse its own briefing. `cite` named every line of
words a seed held on 200,000 (a comment line of 1.5 MB). `changes` printed a passage's words as its seed holds them,
vertical tab, form feed and NEL included, which the anchoring reads as spaces, and `--since` as typed (a commit
found by the words of its message, `:/...`, may hold an OSC 8 link); a project in a folder of a repository could not
be compared at all ("current working directory is untracked"); the hidden drafts of a `new`, `accept-source`
or `schema` killed outright (SIGKILL) stayed in content/ for ever; and a repository git refuses as another user's was "git
rev-parse: <TAB>git config --global --add safe.directory ... (name a commit of this repository)".

What held, tried in this round and left without a test of its own: `new` with a title holding quotes, `\\`, `#`,
`!!python/object`, a newline or U+2028 (quoted, or refused as the build refuses it: nothing written); `content/`
linked out of the project (refused by `new` and `accept-source` as by the build); `--since` starting with `-`
(`--upload-pack=...`, `-c core.pager=...`; refused) or holding `$(...)` (no shell runs it); `core.fsmonitor`,
`core.pager`, `diff.external`, `tar.tar.command`, `core.hooksPath` and `core.sshCommand` in `.git/config` (none
runs: `changes` runs rev-parse, ls-tree and archive alone, into a pipe); `cite`, `check`, `new` and `accept-source`
on a sparse seed of 2 GB or a named pipe (one line at once, nothing read) and `cite` on a seed of one 21 MB line
(under a second of CPU). Left as it is, in the README: `git archive` runs the smudge filters `.git/config` names for
the files a committed `.gitattributes` marks, as a checkout does.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, copy_tree, run_build
from support import edit

from explainer.load import parse_file
from explainer.model import BriefingFile

SOURCES = "content/sources.yaml"
ENTRY_REST = "    title: Flood report\n    publisher: unknown\n    date: unknown\n"


def _edited_seed(root: Path) -> str:
    """Add a sentence to the minimal project's seed; return its new digest."""
    seed = root / "seeds" / "flood.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "The mayor spoke again.\n", encoding="utf-8")
    return hashlib.sha256(seed.read_bytes()).hexdigest()


@pytest.mark.parametrize("entry, expected", [
    ("  - id: flood\n    file:\n      flood.txt\n" + ENTRY_REST,
     "  - id: flood\n    file:\n      flood.txt\n    sha256: {digest}\n" + ENTRY_REST),
    ("  - id: flood\n    file: >-\n      flood.txt\n\n" + ENTRY_REST,
     "  - id: flood\n    file: >-\n      flood.txt\n    sha256: {digest}\n\n" + ENTRY_REST),
    ("  -   file: flood.txt\n      id: flood\n" + ENTRY_REST.replace("    ", "      "),
     "  -   file: flood.txt\n      sha256: {digest}\n      id: flood\n" + ENTRY_REST.replace("    ", "      ")),
    ("  - id: flood\n    file: flood.txt\n    sha256: >-\n      " + "0" * 64 + "\n" + ENTRY_REST,
     "  - id: flood\n    file: flood.txt\n    sha256: {digest}\n" + ENTRY_REST),
    ("  - id: flood\n    file: flood.txt\n    sha256: |-\n      " + "0" * 64 + "\n\n" + ENTRY_REST,
     "  - id: flood\n    file: flood.txt\n    sha256: {digest}\n\n" + ENTRY_REST),
    ("  - id: flood\n    file: flood.txt\n    sha256: |\n      TODO\n" + ENTRY_REST,
     "  - id: flood\n    file: flood.txt\n    sha256: {digest}\n" + ENTRY_REST),
], ids=["name-below-key", "folded-name", "dash-then-spaces", "folded-digest", "literal-digest", "placeholder-block"])
def test_accept_source_records_a_digest_without_changing_anything_else_the_library_says(built_minimal: Path,
                                                                                      entry: str, expected: str):
    """Each layout is YAML as good as `file: flood.txt` on one line; accept-source cut the name off from its key,
    wrote the digest outside the entry, or ate the field after a block value: a library that no longer built. A
    placeholder written as a block (`sha256: |` then `TODO`) left its `TODO` to `file`: "file 'seeds/flood.txt\\nTODO'
    does not exist"."""
    root = built_minimal
    (root / SOURCES).write_text("sources:\n" + entry, encoding="utf-8")
    digest = _edited_seed(root)
    accepted = run_build(root, "accept-source", "flood")
    assert (accepted.code, accepted.err) == (0, "")
    assert (root / SOURCES).read_text(encoding="utf-8") == "sources:\n" + expected.format(digest=digest)
    assert run_build(root, "check").code == 0


def test_an_edit_of_the_library_that_changes_anything_but_the_digest_is_never_written():
    """The last guard before accept-source replaces the editor's file: its edit, read back, must say what the file said
    with the one digest changed; the two edits the old code made of a block value are each refused."""
    from explainer.integrity import _reads_as_before  # here: the code before this round has none

    before = "sources:\n  - id: flood\n    file: flood.txt\n    sha256: >-\n      " + "0" * 64 + "\n" + ENTRY_REST
    digest = "a" * 64
    good = before.replace(">-\n      " + "0" * 64, digest)
    swallowed = before.replace(">-\n      " + "0" * 64 + "\n", digest)  # the old code's: `title` joined the digest
    assert _reads_as_before(before, good, "flood", digest)
    assert not _reads_as_before(before, swallowed, "flood", digest)
    assert not _reads_as_before(before, good.replace("date: unknown", "date: 2026-01-01"), "flood", digest)
    assert not _reads_as_before(before, good + "  - id: other\n    file: other.txt\n", "flood", digest)


def test_a_locales_comment_holding_a_line_break_is_written_as_comment_lines_only(built_minimal: Path):
    """`new` wrote a project locale's `new_comment` after `# `, line breaks and all: the lines after the first were
    YAML, so a locale (a contributor's file) put a key of its own, here the briefing's labels, into every briefing
    an editor started."""
    root = built_minimal
    english = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    (root / "locales").mkdir()
    (root / "locales" / "en.yaml").write_text(english, encoding="utf-8")
    edit(root / "locales" / "en.yaml", next(line for line in english.split("\n") if line.startswith("new_comment:")),
         'new_comment: "Start here.\\nlabels:\\n  comparisons: Hacked\\n#"')
    assert run_build(root, "check").code == 0, "the locale itself is one the build takes"
    made = run_build(root, "new", "calm", "--title", "The calm")
    assert (made.code, made.err) == (0, "")
    written = (root / "content" / "calm" / "briefing.yaml").read_text(encoding="utf-8")
    assert written.split("\n")[1:6] == ["# Start here.", "# labels:", "# comparisons: Hacked", "# #",
                                        'title: "The calm"']
    briefing, problems = parse_file(written.encode(), "content/calm/briefing.yaml", BriefingFile)
    assert problems == [] and briefing.labels == {}


def test_new_passes_over_a_first_sentence_longer_than_a_quote_may_be(built_minimal: Path):
    """A document opening on a run of thousands of letters (a table or a hash a converter wrote as one word) had
    `new` quote it and refuse its own briefing: "citations.first.quote: is 5,020 characters long ... (quote only the
    words the statement rests on; nothing was written)", for a file the editor never saw."""
    root = built_minimal
    seed = root / "seeds" / "flood.txt"
    seed.write_text("Alpha" + "x" * 5000 + " said so. " + seed.read_text(encoding="utf-8"), encoding="utf-8")
    assert run_build(root, "accept-source", "flood", "--force").code == 0
    made = run_build(root, "new", "calm", "--title", "The calm")
    assert (made.code, made.err) == (0, "")
    assert '    quote: "Alpha said the river"\n' in (root / "content" / "calm" / "briefing.yaml").read_text()
    assert run_build(root, "check").code == 0


def test_cite_names_the_first_twenty_lines_of_words_found_on_many_and_counts_the_rest(built_minimal: Path):
    """Words a seed held on 200,000 lines were listed on every one of them: `cite`'s first line was a comment of
    1.5 MB (its citations were already cut to the first ten)."""
    root = built_minimal
    (root / "seeds" / "flood.txt").write_text("".join(f"Line {n} says the river rose.\n" for n in range(1, 51)),
                                             encoding="utf-8")
    cited = run_build(root, "cite", "flood", "the river rose")
    assert cited.code == 0
    assert cited.out.split("\n")[0] == (
        "# the words occur 50 times in seeds/flood.txt (on lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, "
        "16, 17, 18, 19, 20 and 30 more): one citation for each below; paste the one you mean")


def _ended_pid() -> int:
    """Return the process id of a process that has ended (and been waited for)."""
    ended = subprocess.Popen(["true"])
    ended.wait()
    return ended.pid


def test_drafts_a_killed_command_left_are_removed_by_the_next_and_a_running_ones_kept(built_minimal: Path):
    """SIGKILL gives `new`, `accept-source` and `schema` no chance to remove their hidden drafts:
    `.sources.yaml.PID.new` and `.SLUG.PID.new/` stayed in content/ for ever (and `.briefing.json.PID.new` in
    schema/), for `git status` to show and `git add -A` to commit."""
    root, content = built_minimal, built_minimal / "content"
    dead, running = _ended_pid(), os.getppid()
    (content / f".sources.yaml.{dead}.new").write_text("sources:\n  - id: fl", encoding="utf-8")
    (content / f".sources.yaml.{running}.new").write_text("sources:\n", encoding="utf-8")
    (content / f".calm.{dead}.new").mkdir()
    (content / f".calm.{dead}.new" / "briefing.yaml").write_text("title: Th", encoding="utf-8")
    (root / "schema").mkdir()
    (root / "schema" / f".briefing.json.{dead}.new").write_text("{", encoding="utf-8")
    _edited_seed(root)
    assert run_build(root, "accept-source", "flood", "--force").code == 0
    assert run_build(root, "new", "calm", "--title", "The calm").code == 0
    assert run_build(root, "schema").code == 0
    assert sorted(path.name for path in content.iterdir() if path.name.startswith(".")) == [
        f".sources.yaml.{running}.new"]
    assert not [path.name for path in (root / "schema").iterdir() if path.name.startswith(".")]


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), "-c", "user.name=a", "-c", "user.email=a@b", *args], check=True,
                   capture_output=True)


def test_changes_prints_a_passage_on_one_line_and_a_typed_commit_name_escaped(built_minimal: Path):
    """A seed's vertical tab, form feed and NEL, which the anchoring reads as spaces, reached the terminal as
    themselves in `changes`' "citation added" line; and `--since` was echoed as typed: a commit named by the words of
    its message (`:/...`) may hold an escape sequence."""
    root = built_minimal
    seed = root / "seeds" / "flood.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("The mayor called it", "The mayor\x0bcalled\x0cit\x85"),
                    encoding="utf-8")
    assert run_build(root, "accept-source", "flood").code == 0
    _git(root, "init", "-q")
    _git(root, "add", "content", "seeds")
    _git(root, "commit", "-qm", "seed \x1b]8;;https://evil.example/\x07")
    edit(root / "content" / "flood" / "briefing.yaml", "and again on Tuesday[^tuesday].",
         "and again on Tuesday[^tuesday][^mayor].")
    with (root / "content" / "flood" / "briefing.yaml").open("a", encoding="utf-8") as briefing:
        briefing.write("  mayor:\n    source: flood\n    quote: The mayor called it\n")
    changes = run_build(root, "changes", "--since", ":/seed \x1b]8;;https")
    assert (changes.code, changes.err) == (0, "")
    assert changes.out.split("\n") == ["changes since :/seed \\x1b]8;;https:",
                                       "flood: citation added: 'mayor' (flood): The mayor called it", ""]


@pytest.mark.parametrize("folder", ["notes", " notes", "caf\udce9"])  # the last: the bytes `caf\xe9`, not UTF-8
def test_changes_compares_a_project_in_a_folder_of_the_repository(built_minimal: Path, tmp_path: Path, folder: str):
    """A newsroom's repository holding the project in a folder of its own: `changes` read the commit's tree of the
    folder (`HEAD:notes/`), where git looked for the folder again, "current working directory is untracked" (any
    folder); a folder's name not UTF-8 was "'utf-8' codec can't decode byte 0xe9"."""
    repository = tmp_path / "repository"
    root = copy_tree(built_minimal, repository / folder)
    _git(repository, "init", "-q")
    _git(repository, "add", "-A")
    _git(repository, "commit", "-qm", "a")
    edit(root / "content" / "flood" / "briefing.yaml", "title: The flood", "title: The great flood")
    changes = run_build(root, "changes", "--since", "HEAD")
    assert (changes.code, changes.err) == (0, "")
    assert changes.out == "changes since HEAD:\nflood: title: The flood -> The great flood\n"


def test_changes_in_a_repository_of_another_user_says_why_git_refuses_it(built_minimal: Path):
    """git reads no repository another user owns (its `.git/config` could run commands as you): `changes` said
    "git rev-parse: \\tgit config --global --add safe.directory ... (name a commit of this repository)"."""
    root = built_minimal
    _git(root, "init", "-q")
    os.chown(root / ".git", 65534, 65534)  # `nobody`: the tests run as root, as the other-user tests of files_faults
    refused = run_build(root, "changes", "--since", "HEAD")
    assert (refused.code, refused.out) == (1, "")
    assert refused.err == (f"error: {root}: git will not read this repository: it belongs to another user, whose "
                           "settings in it (.git/config) could run commands as you (run changes as the repository's "
                           "owner; or, if you trust them, mark it safe: git config --global --add safe.directory "
                           f"{root})\n")
