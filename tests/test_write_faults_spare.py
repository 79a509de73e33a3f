"""The write stage's kill sweeps on the spare's path: a build that stages in the spare kept by an earlier
build, killed at every step, from taking the spare to putting the site it replaced back as the spare.

The template (spared_template) is a site of some seventy files built twice with a spare: its
spare is the earlier site, sharing the unchanged files with the site (the same inodes), holding
stale files where the new site writes, a folder where the old site has a file, and links put there
by hand that lead out of the project. Each kill is checked as tests/test_write_faults.py
checks one (the site is the complete old or new site, byte for byte), and also: the spare is the
earlier site, none (taken), or the old site (kept back); nothing else under the test's folder
changed (the project's other files, the rest of .cache/, a folder the spare's links lead to).

After a kill, the next builds run on a copy of what it left: the same site again must give the new
site byte for byte, nothing beside it, and a spare that is exactly the site it replaced; other
content (the old site's), with the half-made stage the kill left moved to where the spare goes,
must give what a build without a spare makes of it: no stale file of the spare is published.

Steps covered (the build has 189 steps; its switch is step 186): SIGKILL at every step (the kill
sweep forks the build at each step, as test_write_faults's does). The next builds, on a copy of
what each kill left, only at a deterministic sample: after the first step, every STRUCTURAL step
(making a folder, the renames and the switch: taking the spare, the switch, making .cache/,
keeping the old site back) and the step after it, and every NEXT_EVERY-th step (16 steps, each
followed by both builds; the half-made stage is put as the spare at 12 of them). SIGINT, which is
held from the lock to the end of the write so that every step under the lock ends alike, at every
step up to the first under the lock, around the switch and the keeping back, the last step and
every INT_EVERY-th step between, each followed by the next build (16 steps). Without
RENAME_EXCHANGE, SIGKILL at each of the last 7 steps (the switch's two renames among them), each
followed by both builds. The three take some 2 s here (a machine busy with other work: 4 s).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from explainer.write import write_site
from fault_runner import link_copy, not_ours, site, spare_of, tree_digest
from test_write_faults import Runners

NEXT_EVERY = 32  # the kill sweep's next builds: after the STRUCTURAL steps and the one after each, and every 32nd
INT_EVERY = 60  # SIGINT's steps between the lock and the switch: one in 60
PROJECT_FILES = [".cache", "notes.txt", "site"]  # what the project holds beside the site once a build is done


@pytest.fixture(scope="module")
def runner():
    runners = Runners()
    yield runners
    runners.close()


@pytest.fixture(scope="module")
def memory() -> Path:
    """A temporary folder in memory (/dev/shm) where there is one, as test_write_faults's sweeps use."""
    folder = Path(tempfile.mkdtemp(prefix="write-faults-spare-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None))
    yield folder
    shutil.rmtree(folder)


def spared_template(root: Path) -> Path:
    """Make ROOT: a project whose site is 'old', its spare 'earlier' (see the module's docstring); return the site."""
    out = root / "project" / "site"
    spare = spare_of(out)
    write_site(out, site("earlier"), spare=spare)
    write_site(out, site("old"), spare=spare)
    assert (out / "sources" / "s006.html").stat().st_ino == (spare / "sources" / "s006.html").stat().st_ino
    (out / "CNAME").write_text("briefing.example.org")  # someone else's, carried into every new site
    (out / ".well-known").mkdir()
    (out / ".well-known" / "security.txt").write_text("Contact: mailto:a@example.org")
    os.symlink("index.html", out / "latest.html")
    (root / "project" / "notes.txt").write_text("the project's own file")  # what no build may touch
    (root / "project" / ".cache" / "patterns.pickle").write_bytes(b"another cache entry")
    (root / "elsewhere").mkdir()
    (root / "elsewhere" / "precious.html").write_bytes(b"outside the project")
    # Links put in the spare, leading to ROOT/elsewhere from where a build looks at them: the stage
    # beside the site (project/.site.stage-PID/), where the spare is moved before anything in it is used.
    (spare / "data").unlink()
    os.symlink("../../elsewhere", spare / "data")  # where the new site's folder goes
    os.symlink("../../elsewhere/precious.html", spare / "planted.html")  # where the new site has nothing
    os.symlink("../../../elsewhere/precious.html", spare / "sources" / "s060.html")  # where it writes a new page
    return out


@dataclass(frozen=True)
class Trees:
    """Digests of the trees a build from the template may leave or make."""

    old: str  # the template's site
    earlier: str  # the template's spare
    new: str  # the new site, as a build without a spare makes it from the old
    other_over_old: str  # the 'old' content built without a spare over the old site
    other_over_new: str  # ... and over the new site
    rest: str  # everything under ROOT that no build may touch


@pytest.fixture(scope="module")
def template(memory: Path) -> Path:
    return spared_template(memory / "template")


@pytest.fixture(scope="module")
def trees(template: Path, memory: Path) -> Trees:
    plain = memory / "plain"
    plain.mkdir()

    def built(name: str, *variants: str) -> str:
        out = plain / name
        link_copy(os.fspath(template), os.fspath(out))  # hard links: no build writes a file in place
        for variant in variants:
            write_site(out, site(variant))
        return tree_digest(out)

    return Trees(old=tree_digest(template), earlier=tree_digest(spare_of(template)), new=built("new", "new"),
                 other_over_old=built("old", "old"), other_over_new=built("new-old", "new", "old"),
                 rest=tree_digest(template.parent.parent, not_ours))


def sweep(runner: Runners, template: Path, work: Path, signal: str, steps: str, every: int,
          *options: str) -> list[dict]:
    """Run the runner's spare sweep; return its JSON lines."""
    child = runner.start(template, "new", "spare-sweep", signal, str(work), steps, str(every), "old", *options)
    stdout, stderr = child.communicate(timeout=300)
    assert child.returncode == 0, stderr[-2000:]
    return [json.loads(line) for line in stdout.splitlines()]


def check_template(trees: Trees, template: Path) -> None:
    """Check that the sweep's builds, on hard-linked copies of the template, changed none of its files in place."""
    assert (tree_digest(template), tree_digest(spare_of(template)), tree_digest(template.parent.parent, not_ours)) == \
        (trees.old, trees.earlier, trees.rest)


def check_next(trees: Trees, killed: dict, result: dict) -> None:
    """Check what a next build made of what a kill left."""
    step = result["step"]
    assert result["error"] is None, f"step {step}: the next build failed: {result['error']}"
    assert result["beside"] == PROJECT_FILES, f"step {step}: the next build left {result['beside']} beside the site"
    assert result["rest"] == trees.rest, f"step {step}: the next build changed what is not the site's"
    assert result["spare"] == killed["site"], f"step {step}: the spare is not the site the next build replaced"
    if result["next"] == "again":
        assert result["site"] == trees.new, f"step {step}: the next build did not give the new site"
    else:
        expected = trees.other_over_old if killed["site"] == trees.old else trees.other_over_new
        assert result["site"] == expected, (f"step {step}: other content, built on the spare the kill left "
                                            f"{'(its half-made stage) ' if result['placed'] else ''}"
                                            "is not what a build without a spare makes")


@pytest.mark.slow
def test_a_build_with_a_spare_killed_at_any_step_leaves_the_old_or_the_new_site(trees: Trees, runner: Runners,
                                                                              template: Path, memory: Path):
    results = sweep(runner, template, memory / "kill", "KILL", "all", NEXT_EVERY)
    done = results[-1]
    kills = [r for r in results if "kind" in r]
    nexts = [r for r in results if "next" in r]
    assert [r["step"] for r in kills] == list(range(1, done["done"] + 1)), "not every step was killed"
    assert len(kills) + len(nexts) + 1 == len(results)
    assert done["renames"] == [r["step"] for r in kills if r["kind"] == "rename"]
    assert len(done["renames"]) == 2, "a build with a spare renames twice (takes it, keeps the old site back)"
    [take, keep], switch = done["renames"], done["switch"]
    assert take < switch < keep
    for result in kills:
        step = result["step"]
        assert result["killed"], f"step {step}: the build was not stopped"
        assert result["site"] == (trees.old if step <= switch else trees.new), \
            f"step {step}: the site is not the complete {'old' if step <= switch else 'new'} site"
        spare, name = ((trees.earlier, "the earlier site") if step <= take else
                       (None, "none (taken)") if step <= keep else (trees.old, "the old site"))
        assert result["spare"] == spare, f"step {step}: the spare is not {name}"
        assert result["rest"] == trees.rest, f"step {step}: the build changed what is not the site's"
        # What SIGKILL leaves beside the site (the stage, the lock) is the next build's to clear: check_next.
        assert all(name.startswith(".site.") for name in set(result["beside"]) - set(PROJECT_FILES))
    by_step = {r["step"]: r for r in kills}
    for result in nexts:
        check_next(trees, by_step[result["step"]], result)
    followed = {r["step"] for r in nexts}
    for step in (1, take, take + 1, switch, keep - 1, keep):  # taking the spare, the switch, .cache made, kept back
        assert step in followed, f"step {step} was not followed by the next builds"
    assert sum(r["placed"] for r in nexts) >= len(range(take, keep)) // NEXT_EVERY, "half-made stages put as the spare"
    assert len(followed) >= len(kills) // NEXT_EVERY
    check_template(trees, template)


def count(runner: Runners, template: Path, memory: Path, *options: str) -> dict:
    """Return the steps of the build from the template: {"done": how many, "switch": its step, "renames": theirs}."""
    [counted] = sweep(runner, template, memory / "-".join(["count", *options]), "KILL", "none", 1, *options)
    return counted


@pytest.mark.slow
def test_a_build_with_a_spare_stopped_by_ctrl_c_leaves_the_old_or_the_new_site(trees: Trees, runner: Runners,
                                                                             template: Path, memory: Path):
    counted = count(runner, template, memory)
    [take, keep], switch, last = counted["renames"], counted["switch"], counted["done"]
    # Every step up to the first under the lock, those around the spare's renames and the switch, the last
    # (dropping the lock), and a stride between: under the lock every step is held, so they end alike.
    steps = sorted(set(range(1, take + 2)) | {s for c in (switch, keep) for s in range(c - 1, c + 2)} | {last} |
                   set(range(take, switch, INT_EVERY)))
    results = sweep(runner, template, memory / "int", "INT", ",".join(map(str, steps)), 1)
    kills = [r for r in results if "next" not in r]
    assert [r["step"] for r in kills] == steps
    for result in kills:
        step = result["step"]
        assert result["killed"], f"step {step}: the build was not stopped"
        # Ctrl-C is held from the lock to the end of the write: the build then finishes, the spare kept back.
        assert result["site"] in ({trees.old if step <= switch else trees.new} | {trees.new}), \
            f"step {step}: the site is not a complete old or new site"
        spare = trees.earlier if result["site"] == trees.old else trees.old
        assert result["spare"] == spare, f"step {step}: the spare is neither untouched nor the old site kept back"
        assert result["rest"] == trees.rest, f"step {step}: the build changed what is not the site's"
        # Stopped while taking or dropping the lock, outside the held stretch, a build may leave the lock
        # file or its draft (harmless: the next build clears them, as it clears what SIGKILL leaves); never a stage.
        left = set(result["beside"]) - set(PROJECT_FILES)
        assert all(name.startswith(".site.lock") for name in left), f"step {step}: the stop left {sorted(left)}"
    assert {r["site"] for r in kills} == {trees.old, trees.new}, "Ctrl-C was sent both before and after the lock"
    nexts = [r for r in results if "next" in r]
    assert [r["step"] for r in nexts] == steps
    by_step = {r["step"]: r for r in kills}
    for result in nexts:
        check_next(trees, by_step[result["step"]], result)
    check_template(trees, template)


def test_without_rename_exchange_a_kill_between_the_renames_with_a_spare_is_repaired(trees: Trees, runner: Runners,
                                                                                      template: Path, memory: Path):
    """Where the switch is two renames, a kill between them leaves no site, the old one moved aside, and the
    stage made in the spare beside it: the next build puts the old site back, then replaces it."""
    counted = count(runner, template, memory, "without-exchange")
    switch, last = counted["switch"], counted["done"]
    steps = list(range(switch - 1, last + 1))  # before the switch, its two renames, .cache, keeping back, the lock
    results = sweep(runner, template, memory / "without", "KILL", ",".join(map(str, steps)), 1, "without-exchange")
    kills = [r for r in results if "kind" in r]
    done = results[-1]
    assert [r["step"] for r in kills] == steps == list(range(switch - 1, done["done"] + 1))
    take, aside, into, keep = done["renames"]
    assert take < switch < aside < into < keep
    moved_aside = 0
    for result in kills:
        step = result["step"]
        assert result["killed"] and result["rest"] == trees.rest
        if step == into:  # between the two renames
            assert result["site"] is None and any(n.startswith(".site.old-") for n in result["beside"])
            moved_aside += 1
        else:
            assert result["site"] == (trees.old if step <= aside else trees.new), f"step {step}"
        assert result["spare"] == (None if step <= keep else trees.old), f"step {step}"
    assert moved_aside == 1
    by_step = {r["step"]: {**r, "site": r["site"] or trees.old} for r in kills}  # the old site, put back
    nexts = [r for r in results if "next" in r]
    assert sorted({r["step"] for r in nexts}) == steps
    for result in nexts:
        check_next(trees, by_step[result["step"]], result)
    check_template(trees, template)
