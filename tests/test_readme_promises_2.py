"""README promises that no other test held (a second audit, section by section): each test quotes the promise it
holds, and fails if the behaviour (or the file it rests on) breaks."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import REPO, run_build
from support import build_ok, edit, error_lines, rebuild_fails

README = (REPO / "README.md").read_text(encoding="utf-8")


# --- The two commands the README starts with ---------------------------------------------------------------

def test_the_readme_opens_with_the_build_and_the_test_command_and_ci_runs_the_second():
    # Project rule: "the README starts with two commands that work on a fresh machine"; the second "needs Debian's
    # chromium and a Java runtime; .ci/run installs both".
    title, rest = README.split("\n", 1)
    assert title.startswith("# ")
    block = re.match(r"\s*```sh\n(.*?)```", rest, re.S)
    assert block, "the README's first lines after its title are a sh block"
    commands = [line for line in block.group(1).splitlines() if line and not line.startswith("#")]
    assert commands == [
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e . && python build.py",
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && python -m pytest"]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"apt-get install .*\bchromium\b.*\bdefault-jre-headless\b", ci)
    assert "pip install -q -e '.[test]'" in ci
    assert ci.rstrip().splitlines()[-1] == "python -m pytest"


def third_party_imports(files: list[Path]) -> set[str]:
    """Return the top-level names of the modules `files` import that are neither the standard library nor ours."""
    names = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"explainer"}


def installed_with(requirements: list[str]) -> set[str]:
    """Return the normalised names of the distributions `requirements` install here, with what they require in turn."""
    found, todo = set(), [Requirement(r) for r in requirements]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in found or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        found.add(name)
        todo += [Requirement(r) for r in importlib.metadata.requires(name) or []]
    return found


def test_a_fresh_install_brings_every_library_the_build_imports():
    # "pip install -e . && python build.py" on a fresh machine: every library our code imports must come with
    # the project's declared dependencies (or with what they require), not happen to be installed here.
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    installed = installed_with(declared)
    distributions = importlib.metadata.packages_distributions()
    imported = third_party_imports(sorted((REPO / "explainer").glob("*.py")) + [REPO / "build.py"])
    assert {"jinja2", "yaml", "markdown_it"} <= imported  # the scan sees the imports
    missing = {module: distributions.get(module) for module in imported
               if not {canonicalize_name(d) for d in distributions.get(module, [])} & installed}
    assert missing == {}, "imported but not installed by `pip install -e .`"


# --- Layout ------------------------------------------------------------------------------------------------

def test_the_site_the_cache_and_the_screenshots_are_git_ignored():
    # "site/ the build's output (git-ignored)", ".cache/ what builds reuse (git-ignored; safe to delete)",
    # "full-page screenshots ... to `tests/screenshots/` (not committed)"
    paths = ["site/index.html", ".cache/content/00.pack", "tests/screenshots/briefing-390.png"]
    done = subprocess.run(["git", "-C", str(REPO), "check-ignore", "--no-index", *paths],
                          capture_output=True, text=True)
    assert done.stdout.split() == paths, done.stderr
    kept = subprocess.run(["git", "-C", str(REPO), "check-ignore", "--no-index", "content/site.yaml", "seeds/x.txt"],
                          capture_output=True, text=True)
    assert kept.stdout == ""


# --- briefing.yaml -----------------------------------------------------------------------------------------

def test_a_briefing_with_fewer_than_two_parties_is_refused_with_its_line(built_minimal: Path):
    # "Required: `title`, `summary` ..., `parties` (at least two: ...)"
    good = build_ok(built_minimal)
    edit(built_minimal / "content" / "flood" / "briefing.yaml", "  - id: beta\n    name: Beta\n", "")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        "content/flood/briefing.yaml:13: parties: needs at least 2 items, found 1 "
        "(The sides compared, in the order they are shown. Add 1 more item.)"]


# --- What changed: `changes --since` ---------------------------------------------------------------------------

def test_changes_starts_with_the_commit_it_compares_with_then_one_line_per_change(tmp_path: Path):
    # "$ python build.py changes --since HEAD~1 / changes since HEAD~1: / harbour-strike: figure 'Strikers'
    # (The port authority): 800 -> 900 / council-vote: no content changes"
    from test_microsite import committed_microsite

    root = committed_microsite(tmp_path / "project")
    edit(root / "content" / "harbour-strike" / "claims.yaml", "{measure: Strikers, value: 800}",
         "{measure: Strikers, value: 900}")
    result = run_build(root, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "changes since HEAD:"
    assert "harbour-strike: figure 'Strikers' (The port authority): 800 -> 900" in lines[1:]
    assert "council-vote: no content changes" in lines[1:]


# --- How a build runs --------------------------------------------------------------------------------------

def test_every_module_the_readme_names_is_a_module_of_the_package():
    # "Modules, one job each: `load` (...), `yamlsafe` and `safefs` (...), ..."
    modules_md = (REPO / "docs" / "modules.md").read_text(encoding="utf-8")  # the README links the list there
    listing = modules_md[modules_md.index("Modules, one job each:", modules_md.index("\n")):]
    named = set(re.findall(r"`([a-z_]+)`", listing)) - {"check"}  # `coverage` (`check`): the command it serves
    assert len(named) > 40
    modules = {path.stem for path in (REPO / "explainer").glob("*.py")}
    assert sorted(named - modules) == []
    assert sorted(modules - named - {"__init__", "__main__"}) == [], "every module is named, with its job"


# --- Live preview ------------------------------------------------------------------------------------------

def test_a_live_reload_socket_that_stops_answering_pings_for_20_s_is_closed():
    # "live-reload sockets count too, and one that stops answering pings for 20 s is closed"
    from explainer.serve import make_app

    settings = make_app(None, "127.0.0.1", 8000).settings
    assert settings["websocket_ping_interval"] == 20
    assert settings["websocket_ping_timeout"] == 20
