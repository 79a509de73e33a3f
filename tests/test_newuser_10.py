"""A developing story edited over days, as the README says: a follow-up report arrives, the briefing follows it.

The follow-up (tests/fixtures/newuser_10/followup.txt) revises both sides' counts: Pakistan's of Taliban dead from 274
to 331, the Taliban's of Pakistani dead from 55 to 23. An editor adding the revised counts as new claims beside the old
ones saw the old figure stand on its card with nothing saying it had been revised: "The figures disagree" was written
only where two parties' columns differed, never where one party gave two numbers. And `changes --since` listed the
claims and quotes of the day, but none of its new timeline events, though it is there to help write the log entry.
"""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

from conftest import copy_project, run_build

FOLLOWUP = Path(__file__).parent / "fixtures" / "newuser_10" / "followup.txt"
SLUG = "pakistan-afghanistan-war"

REVISED_CLAIMS = """      - claimant: Pakistan's military, revising its count
        parties: [pakistan]
        says: >-
          Pakistan's military revised its count of Taliban fighters killed to 331, up from 274.
        figures:
          - measure: Taliban fighters killed
            value: 331
        status: claim
        cite: [pakistan-revised]
      - claimant: The Taliban's defense ministry
        parties: [taliban]
        says: 23 Pakistani soldiers had been killed, not the 55 its spokesman gave.
        figures:
          - measure: Pakistani soldiers killed
            value: 23
        status: claim
        cite: [taliban-revised]
"""
REVISED_CITATIONS = """citations:
  pakistan-revised:
    source: followup
    quote: Pakistan's military revised its count of Taliban fighters killed to 331, up from the 274
  taliban-revised:
    source: followup
    quote: The Taliban's defense ministry said 23 Pakistani soldiers had been killed, not the 55 its spokesman gave
"""
CEASEFIRE_EVENT = """  - when: Sunday
    date: 2026-03-01
    date_basis: the Sunday before the follow-up report, dated Monday 2026-03-02.
    what: Taliban government spokesman Zabihullah Mujahid offers an immediate ceasefire.
    cite: [ceasefire-offer]
citations:
  ceasefire-offer:
    source: followup
    quote: On Sunday, Taliban government spokesman Zabihullah Mujahid offered an immediate ceasefire
"""
SOURCE_ENTRY = """  - id: followup
    file: 001_followup.txt
    title: Follow-up report on the Pakistan–Afghanistan war, 2 March 2026
    publisher: unknown
    author: unknown
    date: 2026-03-02
    retrieved: unknown
    language: en
    sha256: TODO
"""


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), "-c", "user.name=Editor", "-c", "user.email=editor@example.org",
                    *args], check=True, capture_output=True)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _second_day(tmp_path: Path) -> Path:
    """Return the real project in git (day one committed), with the follow-up accepted and the briefing updated."""
    root = copy_project(tmp_path / "desk")
    (root / ".gitignore").write_text(".cache/\nsite/\n", encoding="utf-8")
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "day one")
    (root / "seeds" / "001_followup.txt").write_bytes(FOLLOWUP.read_bytes())
    with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as library:
        library.write(SOURCE_ENTRY)
    accepted = run_build(root, "accept-source", "followup")
    assert accepted.code == 0, accepted.err
    briefing = root / "content" / SLUG
    _edit(briefing / "claims.yaml", "  - id: equipment\n", REVISED_CLAIMS + "  - id: equipment\n")
    _edit(briefing / "claims.yaml", "citations:\n", REVISED_CITATIONS)
    _edit(briefing / "timeline.yaml", "citations:\n", CEASEFIRE_EVENT)
    return root


def _disagreements(page: str) -> list[str]:
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", found)).split())
            for found in re.findall(r'<p class="disagree">(.*?)</p>', page, re.S)]


def test_a_party_revising_its_own_figure_is_shown_as_figures_that_disagree(tmp_path: Path):
    root = _second_day(tmp_path)
    built = run_build(root)
    assert built.code == 0, built.err
    found = _disagreements((root / "site" / SLUG / "index.html").read_text(encoding="utf-8"))
    assert ("The figures disagree. Taliban fighters killed: A Pakistani military spokesman gives 274 (27 February "
            "2026); Pakistan's military, revising its count gives 331 (2 March 2026). The latest report, of 2 March "
            "2026, gives 331.") in found
    assert ("The figures disagree. Pakistani soldiers killed: The Taliban (Afghanistan (Taliban)) gives 55 (27 "
            "February 2026); The Taliban's defense ministry (Afghanistan (Taliban)) gives 23 (2 March 2026). The "
            "latest report, of 2 March 2026, gives 23.") in found


def test_one_claim_alone_in_its_column_disagrees_with_nobody(tmp_path: Path):
    root = copy_project(tmp_path / "desk")
    built = run_build(root)
    assert built.code == 0, built.err
    found = _disagreements((root / "site" / SLUG / "index.html").read_text(encoding="utf-8"))
    # The real briefing: Kabul's 11 wounded against Pakistan's more than 400, and nothing more.
    assert [line.split(":")[0] for line in found] == ["The figures disagree. Taliban fighters wounded"]


def test_changes_lists_the_timeline_events_of_the_day(tmp_path: Path):
    root = _second_day(tmp_path)
    result = run_build(root, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    assert (f"{SLUG}: event added: Sunday: Taliban government spokesman Zabihullah Mujahid offers an immediate "
            "ceasefire.") in result.out.splitlines()
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "day two")
    _edit(root / "content" / SLUG / "timeline.yaml", CEASEFIRE_EVENT, "citations:\n")
    removed = run_build(root, "changes", "--since", "HEAD")
    assert (f"{SLUG}: event removed: Sunday: Taliban government spokesman Zabihullah Mujahid offers an immediate "
            "ceasefire.") in removed.out.splitlines(), removed.out


def test_changes_names_a_source_whose_document_was_edited(tmp_path: Path):
    root = _second_day(tmp_path)
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "day two")
    # Day three: the publisher corrects the follow-up; the editor stores its new text and accepts it.
    seed = root / "seeds" / "001_followup.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nCorrection, 3 March: an earlier version misspelt a name.\n",
                    encoding="utf-8")
    assert run_build(root, "accept-source", "followup").code == 0
    result = run_build(root, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    assert result.out.splitlines()[:2] == [
        "changes since HEAD:",
        "source edited: followup (Follow-up report on the Pakistan–Afghanistan war, 2 March 2026)"]
    # The same text again is no edit.
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "day three")
    assert "source edited" not in run_build(root, "changes", "--since", "HEAD").out


def _card(page: str, anchor: str) -> str:
    """Return a claim card's markup: from its anchor to the next card's."""
    start = page.index(f'id="{anchor}"')
    end = page.find('class="claim" id="claim-', start)
    return page[start:end if end > 0 else start + 3000]


def test_a_claim_inserted_with_an_id_leaves_the_links_of_the_claims_after_it(tmp_path: Path):
    # Kabul's acknowledgement was #claim-casualties-3 on day one; readers shared that link.
    root = _second_day(tmp_path)
    claims = root / "content" / SLUG / "claims.yaml"
    _edit(claims, "      - claimant: Pakistan's military, revising its count\n",
          "      - id: pakistan-revised\n        claimant: Pakistan's military, revising its count\n")
    _edit(claims, "      - claimant: The Taliban's defense ministry\n",
          "      - id: taliban-revised\n        claimant: The Taliban's defense ministry\n")
    built = run_build(root)
    assert built.code == 0, built.err
    page = (root / "site" / SLUG / "index.html").read_text(encoding="utf-8")
    assert sorted(re.findall(r'id="(claim-casualties-[^"]+)"', page)) == [
        "claim-casualties-1", "claim-casualties-2", "claim-casualties-3", "claim-casualties-pakistan-revised",
        "claim-casualties-taliban-revised"]
    assert "Kabul" in _card(page, "claim-casualties-3")
    assert "331" in _card(page, "claim-casualties-pakistan-revised")
    rows = (root / "site" / SLUG / "data" / "claims.csv").read_text(encoding="utf-8-sig").splitlines()
    assert any(row.startswith("casualties,casualties-taliban-revised,") for row in rows)


def test_two_claims_at_one_anchor_are_refused(tmp_path: Path):
    root = _second_day(tmp_path)
    claims = root / "content" / SLUG / "claims.yaml"
    _edit(claims, "      - claimant: The Taliban's defense ministry\n",
          "      - id: '2'\n        claimant: The Taliban's defense ministry\n")
    result = run_build(root, "check")
    assert result.code == 1
    line = claims.read_text(encoding="utf-8").splitlines().index("      - id: '2'") + 1
    assert (f"error: content/{SLUG}/claims.yaml:{line}: claim anchor '#claim-casualties-2' is used twice in topic "
            "'casualties' (first on line 24) (give the claim an `id` of its own, one that is not a number)"
            ) in result.err.splitlines(), result.err
