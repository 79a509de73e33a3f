"""A twenty-sixth fact-check: a party's word told as fact. "The strikes killed 40 militants" citing "According to
Pakistani officials, the strikes killed 40 militants" (or "Pakistani officials said ...", "..., Pakistani officials
said", "The Taliban said ...") built: the briefing stated one side's claim as its own finding. A sentence (or an item
cited as a whole) restating what every passage it cites gives only as the word of a party of the briefing must say
whose word it is. Honest wordings build: the attribution kept in other words ("Pakistan said", "according to
Islamabad", "Pakistani officials put the toll at 40", "Pakistan's military claimed"), or in an earlier clause of the
sentence; a second passage stating it as fact; a neutral body's word ("the UN said") dropped; a quotation; a claim,
whose claimant names whose word it is."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import run_build
from support import TWO_PARTIES, assert_summary_outcome, error_lines, minimal_project


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its sources and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck26") / "project")


def checked(root: Path, passages: list, summary: str, language: str = "en", timeline: str = "",
            claim: str = "") -> list[str]:
    """In a minimal project at `root`, make each passage a source of its own (or, as a pair, a source and the words of
    it cited), cited as [^p0], [^p1], ...; cite them
    all from a one-line summary (and a `timeline` event's `what`, or a `claim`'s `says`, citing them as a whole, where
    given); return `check`'s error lines ([] when it builds)."""
    entries, citations = [], []
    for n, passage in enumerate(passages):
        text, quote = passage if isinstance(passage, tuple) else (passage, passage)
        (root / "seeds" / f"p{n}.txt").write_text(text + "\n", encoding="utf-8")
        entries.append(f"  - id: p{n}\n    file: p{n}.txt\n    title: Report {n}\n    publisher: unknown\n"
                       f"    date: unknown\n    language: {language}\n"
                       f"    sha256: {hashlib.sha256((text + chr(10)).encode()).hexdigest()}\n")
        citations.append(f"  p{n}:\n    source: p{n}\n    quote: {json.dumps(quote)}\n")
    (root / "content" / "sources.yaml").write_text("sources:\n" + "".join(entries), encoding="utf-8")
    folder = root / "content" / "flood"
    for name in ("claims.yaml", "comparisons.yaml", "timeline.yaml"):
        (folder / name).unlink(missing_ok=True)
    keys = "".join(f"[^p{n}]" for n in range(len(passages)))
    cite = ", ".join(f"p{n}" for n in range(len(passages)))
    if timeline:
        (folder / "timeline.yaml").write_text(
            f"events:\n  - when: Recently\n    what: {json.dumps(timeline)}\n    cite: [{cite}]\n", encoding="utf-8")
    if claim:
        (folder / "claims.yaml").write_text(
            f"topics:\n  - id: toll\n    title: The toll\n    claims:\n      - claimant: Pakistani officials\n"
            f"        parties: [pakistan]\n        says: {json.dumps(claim)}\n        status: claim\n"
            f"        cite: [{cite}]\n", encoding="utf-8")
    (folder / "briefing.yaml").write_text(
        f"title: The strikes\nsummary: |\n  {summary}{keys}\nlanguage: {language}\nupdates:\n  - date: 2026-03-03\n"
        f"    kind: update\n    text: First published.\nparties:\n{TWO_PARTIES}citations:\n{''.join(citations)}",
        encoding="utf-8")
    result = run_build(root, "check")
    assert "Traceback" not in result.err
    return error_lines(result) if result.code else []


OFFICIALS = "According to Pakistani officials, the strikes killed 40 militants."
SAID = "Pakistani officials said the strikes killed 40 militants."
TOLD = "The strikes killed 40 militants, Pakistani officials said."
TALIBAN = "The Taliban said the strikes killed 40 civilians, including women and children."
MOSQUE = ("Thirty-one people were killed when a suicide bomber struck a mosque on the outskirts of Islamabad, "
          "Pakistani officials said, in one of the capital's deadliest attacks in over a decade.")
WORD = "this sentence states as fact what its cited passages give only as the word of"

MISSTATED = [
    # (the passages, the briefing's sentence, what the error says)
    ([OFFICIALS], "The strikes killed 40 militants.",
     f"{WORD} Pakistani officials: \"The strikes killed 40 militants.\" (say whose word it is, as the source does "
     "('according to Pakistani officials'), or cite a passage that states it)"),
    ([SAID], "The strikes killed 40 militants.", WORD),
    ([TOLD], "The strikes killed 40 militants.", WORD),
    ([TALIBAN], "The strikes killed 40 civilians, including women and children.", f"{WORD} the Taliban"),
    (["Islamabad says the strikes destroyed 12 militant hideouts in Khost."],
     "The strikes destroyed 12 militant hideouts in Khost.", WORD),
    (["According to Pakistan's military, the strikes killed 40 militants."], "The strikes killed 40 militants.", WORD),
    (["Pakistan's army announced that the strikes killed 40 militants."], "The strikes killed 40 militants.", WORD),
    (["A Taliban spokesman told reporters the strikes killed 40 civilians."], "The strikes killed 40 civilians.", WORD),
    (["Afghanistan's defence ministry stated that the strikes killed 40 civilians."],
     "Pakistani strikes killed 40 civilians.", WORD),
    (["Pakistan's figures show the strikes killed 40 militants."], "The strikes killed 40 militants.", WORD),
    # only the words the party's "said" covers, cited without it: the source's sentence still gives them as its word
    ([(TOLD, "The strikes killed 40 militants")], "The strikes killed 40 militants.", f"{WORD} Pakistani officials"),
    (["Pakistan launched strikes on Friday, and the Taliban said the strikes killed 40 civilians."],
     "The strikes killed 40 civilians.", f"{WORD} the Taliban"),
    (["The strikes killed 40 militants, Pakistani officials said, but the Taliban said the dead were civilians."],
     "The strikes killed 40 militants.", f"{WORD} Pakistani officials"),
    # a party's officials named doing something else say nobody's word
    ([SAID], "Pakistani officials visited the site; the strikes killed 40 militants.", f"{WORD} Pakistani officials"),
    # a party's army as whose strikes they are, not whose word
    ([SAID], "The Pakistani army's strikes killed 40 militants.", f"{WORD} Pakistani officials"),
    # a party's word of what it did itself: its word all the same (a council no party of the briefing's is not read)
    (["Islamabad said on Monday that it approved the levy."], "Islamabad approved the levy on Monday.",
     f"{WORD} Islamabad"),
    # a party's "said" set off by commas covers the clause before it, not the outlet's words after it
    ([MOSQUE], "Thirty-one people were killed when a suicide bomber struck a mosque on the outskirts of Islamabad.",
     f"{WORD} Pakistani officials"),
    # the sentence before keeps "said", this one does not; named by the party whose words it restates most
    ([SAID, TALIBAN], "Pakistan said its strikes hit camps. The strikes killed 40 civilians, including women and "
     "children.", f"{WORD} the Taliban"),
]

IN_LANGUAGES = [
    # (the language, the passage, the briefing's sentence, what the error says or "ok")
    ("fr", "Selon les autorités pakistanaises, les frappes ont tué 40 militants.", "Les frappes ont tué 40 militants.",
     WORD),
    ("fr", "Le Pakistan a déclaré que les frappes avaient tué 40 militants.", "Les frappes avaient tué 40 militants.",
     WORD),
    ("de", "Laut Islamabad töteten die Angriffe 40 Kämpfer.", "Die Angriffe töteten 40 Kämpfer.", WORD),
    ("de", "Nach Angaben der pakistanischen Armee töteten die Angriffe 40 Kämpfer.", "Die Angriffe töteten 40 Kämpfer.",
     WORD),
    ("es", "Según Islamabad, los ataques mataron a 40 milicianos.", "Los ataques mataron a 40 milicianos.", WORD),
    ("es", "El gobierno de Kabul afirmó que los ataques mataron a 40 civiles.", "Los ataques mataron a 40 civiles.",
     WORD),
    # honest: whose word it is, kept
    ("fr", "Selon les autorités pakistanaises, les frappes ont tué 40 militants.",
     "Selon Islamabad, les frappes ont tué 40 militants.", "ok"),
    ("de", "Laut Islamabad töteten die Angriffe 40 Kämpfer.", "Laut Pakistan töteten die Angriffe 40 Kämpfer.", "ok"),
    ("es", "Según Islamabad, los ataques mataron a 40 milicianos.",
     "Islamabad afirmó que los ataques mataron a 40 milicianos.", "ok"),
    ("fr", "Selon l'ONU, les frappes ont tué 40 civils.", "Les frappes ont tué 40 civils.", "ok"),
    ("fr", "Le Pakistan a annoncé que les frappes avaient tué 40 militants.",
     "Le Pakistan annonce que les frappes ont tué 40 militants.", "ok"),
]

HONEST = [
    # the outlet's own words after a party's "said" set off by commas (test_factcheck_23's mosque passage)
    ([MOSQUE], "The mosque bombing was one of the capital's deadliest attacks in over a decade."),
    ([SAID], "Pakistan said the strikes killed 40 militants."),
    ([SAID], "According to Islamabad, the strikes killed 40 militants."),
    ([SAID], "Pakistani officials put the toll of the strikes at 40 militants."),
    ([SAID], "Pakistan's military claimed the strikes killed 40 militants."),
    ([TOLD], "The strikes killed 40 militants, Pakistan says."),
    (["Pakistani officials said the strikes hit camps and killed 40 militants."],
     "Pakistan said its strikes hit camps and killed 40 militants."),
    ([SAID, "Hospital records show the strikes killed 40 militants."], "The strikes killed 40 militants."),
    (["The UN said the strikes killed 40 civilians."], "The strikes killed 40 civilians."),
    (["Reuters reported that the strikes killed 40 civilians."], "The strikes killed 40 civilians."),
    (["A court ruled that the strikes killed 40 civilians."], "The strikes killed 40 civilians."),
    ([SAID], 'Islamabad\'s toll: "the strikes killed 40 militants".'),
    (["Officials said the strikes killed 40 militants."], "The strikes killed 40 militants."),
    (["The strikes killed 40 militants near the border."], "The strikes killed 40 militants."),
    (["Pakistan launched strikes that killed 40 militants, hospital officials said."],
     "Pakistan launched strikes that killed 40 militants."),
    (["Pakistan launched strikes on Friday, and the Taliban said the strikes killed 40 civilians."],
     "Pakistan launched strikes on Friday."),
    (["The UN and Pakistani officials said the strikes killed 40 militants."], "The strikes killed 40 militants."),
    ([SAID], 'The strikes, in Islamabad\'s words, "killed 40 militants".'),
    ([SAID], "Islamabad's figures put the toll of the strikes at 40 militants."),
    ([SAID], "Pakistan puts the toll of the strikes at 40 militants."),
    ([SAID], "The strikes killed 40 militants, by its own account."),
    (["The council said on Monday that it approved the levy."], "The council approved the levy on Monday."),
]


@pytest.mark.parametrize("passages,summary,outcome", MISSTATED, ids=[s[:50] for _, s, _ in MISSTATED])
def test_a_partys_word_told_as_fact_is_refused(fixture_root, passages, summary, outcome):
    assert_summary_outcome(checked(fixture_root, passages, summary), outcome)


@pytest.mark.parametrize("passages,summary", HONEST, ids=[s[:50] for _, s in HONEST])
def test_a_partys_word_kept_as_theirs_builds(fixture_root, passages, summary):
    assert checked(fixture_root, passages, summary) == []


@pytest.mark.parametrize("language,passage,summary,outcome", IN_LANGUAGES, ids=[f"{l} {s[:40]}" for l, _, s, _ in IN_LANGUAGES])
def test_a_partys_word_told_as_fact_in_french_german_spanish(fixture_root, language, passage, summary, outcome):
    assert_summary_outcome(checked(fixture_root, [passage], summary, language), outcome)


def test_a_timeline_event_telling_a_partys_word_as_fact_is_refused(fixture_root):
    lines = checked(fixture_root, [SAID], "Pakistan said the strikes killed 40 militants.",
                    timeline="Pakistani strikes hit camps. The strikes killed 40 militants.")
    assert [line for line in lines if "timeline.yaml" in line] == [
        "content/flood/timeline.yaml:3: `what`: " + WORD + " Pakistani officials: \"The strikes killed 40 militants.\" "
        "(say whose word it is, as the source does ('according to Pakistani officials'), or cite a passage that "
        "states it)"], lines


def test_a_claim_names_whose_word_it_is(fixture_root):
    assert checked(fixture_root, [SAID], "Pakistan said the strikes killed 40 militants.",
                   claim="The strikes killed 40 militants.") == []
