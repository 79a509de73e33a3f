"""An edited source lists only the citations that now anchor elsewhere: on other words, or on another occurrence of
their words. One that an edit above it only shifted still anchors where it did: counted, not listed, though the
build still stops until `accept-source` records the source's new SHA-256."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import run_build, tree_digest
from support import edit, error_lines
from test_microsite import microsite

MINUTES = "seeds/council-minutes.txt"
COMPANY = "The bridge company said the repairs would cost less than 2 million crowns."
CHANGED = ("content/sources.yaml:17: source 'minutes': seeds/council-minutes.txt has changed since its SHA-256 was "
           "recorded; {} (")
SUMMARY = CHANGED + "check the citations listed, then run `python build.py accept-source minutes`)"
NONE_LISTED = CHANGED + "no citation to check: if the edit is as you meant, run `python build.py accept-source minutes`)"


def built(root: Path) -> dict[str, str]:
    """Build the project, which must succeed; return its site's digest."""
    result = run_build(root)
    assert result.code == 0, result.err
    return tree_digest(root / "site")


def anchored(root: Path, slug: str) -> dict[str, dict]:
    """Return the last build's anchored citations of a briefing, by key."""
    data = json.loads((root / "site" / slug / "data" / "briefing.json").read_text(encoding="utf-8"))
    return {row["key"]: row for row in data["anchored_citations"]}


def twice_quoted(root: Path) -> Path:
    """Make the minutes hold the bridge company's words twice, the citation 'company' picking the second by its
    prefix; accept that text and build."""
    edit(root / MINUTES, f"{COMPANY}\n", f"{COMPANY}\n\nLater the council heard: {COMPANY}\n")
    edit(root / "content" / "bridge-dispute" / "briefing.yaml", f"    quote: {COMPANY}\n",
         f"    quote: {COMPANY}\n    prefix: 'the council heard:'\n")
    assert run_build(root, "accept-source", "minutes").code == 0
    built(root)
    return root


def test_an_edit_above_every_citation_lists_none_but_still_stops_the_build(tmp_path: Path):
    root = microsite(tmp_path / "project")
    good = built(root)
    before = anchored(root, "bridge-dispute")
    assert before["company"]["occurrence"] == 1
    edit(root / MINUTES, "a council that does not exist", "a council which does not exist")  # the byline, line 1
    for command in ((), ("check",)):
        result = run_build(root, *command)
        assert result.code == 1
        assert error_lines(result) == [NONE_LISTED.format("3 citations still anchor where they did")]
    assert tree_digest(root / "site") == good
    accepted = run_build(root, "accept-source", "minutes")
    assert accepted.code == 0, accepted.err
    built(root)
    after = anchored(root, "bridge-dispute")
    assert after["company"]["start"] == before["company"]["start"] + 1
    assert after["company"]["occurrence"] == before["company"]["occurrence"]


def test_an_edit_making_a_citation_anchor_on_another_occurrence_lists_exactly_that_one(tmp_path: Path):
    root = twice_quoted(microsite(tmp_path / "project"))
    good = tree_digest(root / "site")
    assert anchored(root, "bridge-dispute")["company"]["occurrence"] == 2
    # The words 'the council heard:' now stand before the first occurrence, and no longer before the second.
    edit(root / MINUTES, f"crowns. {COMPANY}", f"crowns. Then the council heard: {COMPANY}")
    edit(root / MINUTES, "Later the council heard:", "Later the council was told:")
    result = run_build(root)
    assert result.code == 1 and tree_digest(root / "site") == good
    assert error_lines(result) == [
        "content/bridge-dispute/briefing.yaml:27: citation 'company' of changed source 'minutes' moved: it now anchors "
        "on line 5 of seeds/council-minutes.txt, on occurrence 1 of its words in the source, where the last build "
        "anchored it on occurrence 2 (check that it still quotes the passage you meant)",
        SUMMARY.format("2 citations still anchor where they did, 1 citation moved (listed)")]


def test_an_edit_above_a_later_occurrence_keeps_it_unlisted(tmp_path: Path):
    root = twice_quoted(microsite(tmp_path / "project"))
    edit(root / MINUTES, "Later the council heard:", "Later on, the council heard:")  # only shifts the second
    result = run_build(root)
    assert error_lines(result) == [NONE_LISTED.format("3 citations still anchor where they did")]


def test_a_citation_on_other_characters_of_the_same_words_is_listed_with_the_difference(tmp_path: Path):
    root = microsite(tmp_path / "project")
    built(root)
    edit(root / MINUTES, "The engineers' report", "The engineers\u2019 report")  # a typographic apostrophe
    lines = error_lines(run_build(root))
    assert len(lines) == 2 and lines[1] == SUMMARY.format("2 citations still anchor where they did, "
                                                          "1 citation moved (listed)")
    assert lines[0].startswith("content/bridge-dispute/briefing.yaml:24: citation 'engineers' of changed source "
                               "'minutes' moved: it now anchors on line 5 of seeds/council-minutes.txt, on other "
                               "characters than at the last build: differs only in spacing or quote marks (check")


def test_a_last_build_that_recorded_only_offsets_is_compared_by_them(tmp_path: Path):
    root = microsite(tmp_path / "project")
    built(root)
    path = root / "site" / "bridge-dispute" / "data" / "briefing.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for row in data["anchored_citations"]:
        del row["occurrence"]
    path.write_text(json.dumps(data), encoding="utf-8")
    edit(root / MINUTES, "a council that does not exist", "a council which does not exist")
    lines = error_lines(run_build(root))
    assert lines[0] == ("content/bridge-dispute/briefing.yaml:24: citation 'engineers' of changed source 'minutes' "
                        "moved: it now anchors on line 5 of seeds/council-minutes.txt, 1 character later than at the "
                        "last build (check that it still quotes the passage you meant)")
    assert lines[-1] == SUMMARY.format("1 citation still anchors where it did, 2 citations moved (listed)")


def commit_all(root: Path, message: str) -> None:
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    if not (root / ".git").exists():
        subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", message], check=True)


def test_changes_since_tells_a_shifted_passage_from_one_on_another_occurrence(tmp_path: Path):
    root = twice_quoted(microsite(tmp_path / "project"))
    commit_all(root, "twice quoted")
    edit(root / MINUTES, "a council that does not exist", "a council which does not exist")
    assert run_build(root, "accept-source", "minutes").code == 0
    assert run_build(root, "changes", "--since", "HEAD").out.splitlines()[1:] == [
        "source edited: minutes (Eastmere council minutes (fictional))",  # the document, not the briefings
        "bridge-dispute: no content changes", "council-vote: no content changes",
        "harbour-strike: no content changes"]
    built(root)
    commit_all(root, "byline")
    edit(root / MINUTES, f"crowns. {COMPANY}", f"crowns. Then the council heard: {COMPANY}")
    edit(root / MINUTES, "Later the council heard:", "Later the council was told:")
    assert run_build(root, "accept-source", "minutes").code == 0  # every citation still anchors: recorded
    assert run_build(root, "changes", "--since", "HEAD").out.splitlines()[1:] == [
        "source edited: minutes (Eastmere council minutes (fictional))",
        "bridge-dispute: citations of 'minutes' now anchor on another occurrence of the same words: company",
        "council-vote: no content changes", "harbour-strike: no content changes"]
    built(root)
    assert anchored(root, "bridge-dispute")["company"]["occurrence"] == 1


def test_accept_source_still_refuses_while_a_citation_no_longer_anchors(tmp_path: Path):
    root = microsite(tmp_path / "project")
    good = built(root)
    edit(root / MINUTES, "The engineers' report said", "The engineers said")
    sources = (root / "content" / "sources.yaml").read_bytes()
    refused = run_build(root, "accept-source", "minutes")
    assert refused.code == 1
    assert error_lines(refused)[-1].startswith("content/sources.yaml:12: the new SHA-256 of source 'minutes' was not "
                                               "recorded: 1 citation of it no longer anchors (")
    assert (root / "content" / "sources.yaml").read_bytes() == sources
    assert run_build(root).code == 1 and tree_digest(root / "site") == good
