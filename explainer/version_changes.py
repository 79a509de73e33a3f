"""What a publisher's revision changed in a document: the paragraphs it reworded, added or removed, each reworded one word
by word, for the newer version's page (its reader could reach the earlier text, but not see where the two differ)."""

from __future__ import annotations

from .views import VersionChange

# A changed paragraph sharing fewer of its words with the one in its place is a paragraph removed and one added: shown as
# a rewording, two unrelated sentences read as one struck through word by word.
SAME_PARAGRAPH = 0.5


def version_changes(older, newer) -> tuple[VersionChange, ...]:
    """Return the paragraphs of `newer` (a SourceText) reworded, added or removed from `older`, in the newer order."""
    import difflib  # only a build with a revised source pays for it (test_realspeed2)

    before, after = _paragraph_words(older), _paragraph_words(newer)
    changes: list[VersionChange] = []
    matcher = difflib.SequenceMatcher(None, [" ".join(words) for words in before],
                                      [" ".join(words) for words in after], autojunk=False)
    for how, first, last, start, end in matcher.get_opcodes():
        if how != "equal":
            changes.extend(_changed(before[first:last], after[start:end]))
    return tuple(changes)


def _paragraph_words(text) -> list[tuple[str, ...]]:
    """Return the words of each paragraph of a source: lines wrapped elsewhere, or spaced otherwise, are no change."""
    return [tuple(text.text[start:end].split()) for start, end in text.paragraphs]


def _changed(removed: list[tuple[str, ...]], added: list[tuple[str, ...]]) -> list[VersionChange]:
    """Return a run of paragraphs replaced by another: those in the same place reworded where alike, the rest removed
    and added."""
    changes = []
    for older, newer in zip(removed, added):
        pieces = _word_pieces(older, newer)
        kept = sum(len(words.split()) for how, words in pieces if how == "same")
        if kept >= SAME_PARAGRAPH * max(len(older), len(newer)):
            changes.append(VersionChange("reworded", pieces))
        else:
            changes += [_whole("removed", older), _whole("added", newer)]
    shared = min(len(removed), len(added))
    changes += [_whole("removed", words) for words in removed[shared:]]
    changes += [_whole("added", words) for words in added[shared:]]
    return changes


def _whole(kind: str, words: tuple[str, ...]) -> VersionChange:
    """Return a paragraph removed or added whole: its kind says so, and its words are not marked each again."""
    return VersionChange(kind, (("paragraph", " ".join(words)),))


def _word_pieces(older: tuple[str, ...], newer: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Return a reworded paragraph as runs of words: "same", "removed" from the older or "added" in the newer."""
    import difflib

    pieces = []
    for how, first, last, start, end in difflib.SequenceMatcher(None, older, newer, autojunk=False).get_opcodes():
        if how == "equal":
            pieces.append(("same", " ".join(older[first:last])))
            continue
        if last > first:
            pieces.append(("removed", " ".join(older[first:last])))
        if end > start:
            pieces.append(("added", " ".join(newer[start:end])))
    return tuple(pieces)
