"""`check` made cheaper without changing what it reports: what it reads, and shortcuts proven against the plain way."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import run_build
from explainer.coverage import kept_sentences
from explainer.memo import PackMemo
from explainer.pipeline import load
from explainer.project import Project
from explainer.sources import SourceText
from support import minimal_project, project_with_a_note_no_fragment_singles_out

_UNPICKLED: list[tuple[str, str]] = []
_LISTENING: list[bool] = []


def _classes_unpickled(event: str, args: tuple) -> None:
    if _LISTENING and event == "pickle.find_class":
        _UNPICKLED.append(args)


sys.addaudithook(_classes_unpickled)  # audit hooks stay for the process: it records only while a test listens


def test_check_reports_a_briefings_notes_without_unpickling_its_page(tmp_path: Path):
    """A kept page (200 KB a briefing at 200 citations) is read only to be rendered: `check` counts the notes and
    names those without a Text Fragment from the small outline the source pages read."""
    root = project_with_a_note_no_fragment_singles_out(tmp_path / "p")
    first = run_build(root, "check")
    _LISTENING.append(True)
    try:
        again = run_build(root, "check")  # every plan kept: its page would come from .cache/views/
    finally:
        _LISTENING.clear()
    assert again == first and again.code == 0, again.err
    assert again.out.splitlines()[:2] == [
        "flood: 4 citations anchored to 4 passages, 4 notes",
        "flood: note 2 links to the original of 'flood' without a text fragment (no fragment singles out its passage)"]
    assert ("explainer.views", "BriefingPage") not in _UNPICKLED
    assert ("explainer.views", "Outline") in _UNPICKLED  # what it read instead



def test_check_keeps_each_sources_sentences_by_its_digest_and_never_reads_it_again_to_count_them(tmp_path: Path):
    """The share of each source's sentences that `check` reports is counted from its sentences kept by the SHA-256
    of its file: a check after an edit reads and splits only the sources that changed, and reports as before."""
    root = minimal_project(tmp_path / "p")
    first = run_build(root, "check")
    again = run_build(root, "check")
    assert again == first and again.code == 0, again.err
    assert "source flood: 4 passages cited across all briefings, 3 of 5 sentences (60%)" in again.out.splitlines()
    read = load(Project.at(root)).sources["flood"]
    unread = SourceText(read.source, None, read.sha256, tmp_path / "gone.txt", tmp_path)  # its text: unreadable
    assert kept_sentences(unread, PackMemo(root / ".cache" / "sentences")) == read.sentences
    uncited = run_build(root, "check", "--uncited")  # the sentences themselves: from the text
    assert uncited.code == 0 and "  seeds/flood.txt:" in uncited.out, uncited.out
