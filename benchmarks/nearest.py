"""Time `nearest_passages` (and the difflib scan it replaces) on large generated inputs.

    python benchmarks/nearest.py [--old]

The source is ~8 MB of deterministic pseudo-English (Zipf-like word frequencies, so common
words are common and rare words rare); the quotes are taken from it with a few words
changed, so the right answer is known and checked. `--old` also times
`anchor.closest_passage` on a 1 MB source, the figure the new search replaces.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from explainer.finder import nearest_passages  # noqa: E402

SOURCE_BYTES = 8_000_000


def source_text(size: int, seed: int = 7) -> str:
    """Return about `size` characters of sentences and paragraphs made of a skewed vocabulary."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(2, 10))) for _ in range(30_000)})
    rng.shuffle(vocabulary)
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    sentences, length = [], 0
    while length < size:
        words = rng.choices(vocabulary, weights, k=rng.randint(8, 30))
        sentence = " ".join(words).capitalize() + rng.choice([".", ".", ".", "?", "!"])
        sentences.append(sentence + ("\n\n" if rng.random() < 0.1 else " "))
        length += len(sentences[-1])
    return "".join(sentences)


def quote_from(text: str, words: int, seed: int) -> tuple[str, int]:
    """Return `words` words from the middle of `text` with every 40th word changed, and where they start."""
    rng = random.Random(seed)
    start = text.index(" ", rng.randrange(len(text) // 3, 2 * len(text) // 3)) + 1
    taken = text[start:].split(None, words)[:words]
    changed = [word if n % 40 != 20 else "changed" for n, word in enumerate(taken)]
    return " ".join(changed), start


def timed(text: str, quote: str, expected: int, label: str) -> float:
    """Run one search, check it found the passage, print and return the seconds taken."""
    began = time.perf_counter()
    found = nearest_passages(text, quote)
    seconds = time.perf_counter() - began
    ok = bool(found) and abs(found[0].start - expected) < 40
    print(f"{label}: {seconds:.3f} s, best score {found[0].score if found else '-'}, "
          f"{'right passage' if ok else 'WRONG PASSAGE'}")
    return seconds


def main() -> None:
    """Print the timings."""
    text = source_text(SOURCE_BYTES)
    print(f"source: {len(text.encode()) / 1e6:.1f} MB, {len(text.split()):,} words")
    quote, start = quote_from(text, 400, 1)
    timed(text, quote, start, f"400-word quote ({len(quote):,} chars)")
    quote, start = quote_from(text, 10_000, 2)
    quote = quote[:60_000]
    timed(text, quote, start, f"60 KB quote ({len(quote):,} chars)")
    quote, start = quote_from(text, 6, 3)
    timed(text, quote, start, "6-word quote")
    if "--old" in sys.argv:
        from explainer.anchor import closest_passage
        from explainer.model import Source
        from explainer.sources import SourceText

        small = source_text(1_000_000)
        quote, start = quote_from(small, 400, 1)
        began = time.perf_counter()
        closest_passage(SourceText(Source(id="s", file="", title="", publisher="", date="unknown"), small), quote)
        print(f"old closest_passage, 1 MB source, 400-word quote: {time.perf_counter() - began:.3f} s")


if __name__ == "__main__":
    main()
