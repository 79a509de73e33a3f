"""Generate a synthetic microsite of a chosen size, deterministically, for benchmarks.

`generate(root, briefings=100, sources=4000, citations=20000)` writes seeds/ (plain-paragraph
documents of about 4 KB, plus `big_sources` of about 1 MB), content/site.yaml, the shared
library content/sources.yaml (every source with the SHA-256 of its bytes) and one folder per
briefing, content/briefing-NNN/, whose files cite the library; it copies the repository's
templates/ and static/, so that `python build.py --root ROOT` builds it cleanly.

Every sentence of every source carries a word made up for it alone, followed by a figure
("with 4,200 people", "with between 30 and 75 people"), and every quote spans both, so each
quote occurs exactly once in its source, anchors without a prefix, and states the figure that
comparisons and claims citing it give. Editor prose states no number, date or quoted phrase,
and never words a claim as fact, so the attribution checks pass.
Citation n quotes source n mod S, and each briefing takes a consecutive run of citations, so
a source is cited by several briefings (about C / S of them) and its page links back to each.

    python benchmarks/synth.py ROOT [--briefings 100] [--sources 4000] [--citations 20000]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import hashlib
import json
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SMALL_BYTES = 4 * 1024
BIG_BYTES = 1024 * 1024
PARTIES = (("north", "Northern Alliance"), ("south", "Southern Federation"))
# Every source sentence gives someone's words ("The ministry said that ..."), which no claim may mark `reported` (the
# source's own report: explainer/claim_status.py), so that third status is a claim too (six, as the draws were).
STATUSES = ("claim", "acknowledged", "claim", "assessment", "denied", "ruling")
# "more than" and "fewer than" a plain figure are refused (comparisons._misbounded): "at least" and "about" in their
# places keep the list's length, and so every draw after it
BOUNDS = ("exact", "about", "at least", "at least", "up to", "about", "planned", "and counting")
MEASURES = ("People killed", "People displaced", "People detained")  # the passages count "people": a measure names what they count
LOG_KINDS = ("update", "clarification", "correction")
FIRST_DAY = datetime.date(2025, 1, 1)

_CONSONANTS = "bdfgklmnprstvz"
_SYLLABLES = tuple(c + v for c in _CONSONANTS for v in "aeiou")
_TOKEN_SPACE = len(_SYLLABLES) ** 4
_TOKEN_STRIDE = 1_234_567  # coprime with the token space: consecutive tokens look unrelated

# Editor prose is made of these words too, so they hold no spelled number ("two") and no word that
# asserts a claim as fact ("confirmed"): the attribution checks would refuse either in prose. Nor an armed service
# ("the army"): prose names its subject at random, and institutions.py refuses a service its passages do not name.
SUBJECTS = ("the ministry", "a local official", "the border commander", "the council", "an aid worker",
            "the spokesman", "a senior diplomat", "the regional governor", "a police chief", "the envoy",
            "residents", "the militia", "observers", "the delegation", "a trade union", "the committee")
VERBS = ("said", "reported", "denied", "stated", "warned", "announced", "suggested", "insisted",
         "acknowledged", "claimed", "estimated", "noted", "argued", "recalled", "predicted", "disputed")
# Editor prose vouches for nothing its passages only report: "acknowledged" owns as true what a passage may give as
# "announced" (vouching_verbs.py refuses it), so prose says "noted" instead (as many choices: the random draws,
# and so the rest of the microsite, stay as they were); "denied" tells a denial its passages may not hold
# (unbacked_denials.py refuses it), so prose says "stated". Both say whose word it is (attribution.says_whose_word):
# "commented" and "remarked" did not, and a passage's "insisted that ..." was refused as worded as fact.
# a passage's "X disputed that ...", "denied", "rejected": no admission (not "the disputed harvest", a thing)
_DISPUTING = re.compile(r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)\b(?:disput|denied|denies|reject|contest|challeng|refut|rebut)\w*")
PROSE_VERBS = tuple({"acknowledged": "noted", "denied": "stated"}.get(verb, verb) for verb in VERBS)
# At most one thing of each kind of kinds.py ("hospital", "checkpoint"): a sentence would swap the one its passage gives.
NOUNS = ("convoy", "ceasefire", "depot", "harvest", "crossing", "election", "shipment", "agreement",
         "curfew", "granary", "airstrip", "pipeline", "village", "garrison", "hospital", "railway",
         "border post", "refugee camp", "water supply", "supply route", "district", "negotiation")
# No two words of opposites.py's pairs ("eastern", "western"): a sentence would turn the one its passage gives.
# No word of an act that counts people ("damaged": measure_acts.py reads "People displaced" of "the damaged depot ...
# with 620 people" as another act's figure), as many words as before: the random draws stay as they were.
ADJECTIVES = ("northern", "guarded", "disputed", "temporary", "remote", "crowded", "abandoned", "new",
              "contested", "fragile", "rebuilt", "closed", "main", "outer", "upper", "small")
LINKS = ("near", "beyond", "around", "after", "before", "despite", "during", "along", "within", "towards")
# No day of the week: prose may name one only if a passage it cites does.
TIMES = ("on the first day", "overnight", "last week", "early in the day", "by the evening", "in March",
         "days later", "at dawn", "this morning", "since the spring", "at the weekend", "late at night")
# Editor prose dates nothing its passages do not: a month named alone is a date ("in March" citing a passage that names
# no month is refused), so prose says "at the time" where a source's sentence says "in March" (as many choices: the
# random draws, and so the rest of the microsite, stay as they were).
PROSE_TIMES = tuple("at the time" if time == "in March" else time for time in TIMES)


def token(number: int) -> str:
    """Return the made-up word for `number`: four syllables, capitalised, unique per number."""
    value = (number * _TOKEN_STRIDE) % _TOKEN_SPACE
    parts = []
    for _ in range(4):
        value, index = divmod(value, len(_SYLLABLES))
        parts.append(_SYLLABLES[index])
    return "".join(parts).capitalize()


def figure_of(rng: random.Random) -> tuple[int, int | None]:
    """Return a figure for a source sentence: a number, or one range in four (low, high)."""
    low = rng.randint(2, 99) * 10 ** rng.randint(0, 3)
    return (low, low + rng.randint(1, 50) * 10 ** rng.randint(0, 2)) if rng.randrange(4) == 0 else (low, None)


def figure_words(figure: tuple[int, int | None]) -> tuple[str, ...]:
    """Return the words stating a figure: "with 4,200 people" or "with between 30 and 75 people"."""
    low, high = figure
    return ("with", f"{low:,}", "people") if high is None else ("with", "between", f"{low:,}", "and", f"{high:,}",
                                                               "people")


def sentence_words(rng: random.Random, unique: str, stated: tuple[str, ...] = (),
                   times: tuple[str, ...] = TIMES, verbs: tuple[str, ...] = VERBS) -> list[str]:
    """Return the words of one varied sentence carrying the word `unique` (then `stated`), ending in a full stop."""
    words = [*rng.choice(SUBJECTS).split(), rng.choice(verbs), "that", "the", rng.choice(ADJECTIVES),
             *rng.choice(NOUNS).split(), rng.choice(LINKS), unique, *stated]
    for _ in range(rng.randrange(3)):
        words += [rng.choice(("and", "while", "as", "but")), "the", rng.choice(ADJECTIVES), *rng.choice(NOUNS).split(),
                  rng.choice(LINKS), "the", *rng.choice(NOUNS).split()]
    words += rng.choice(times).split()
    words[0] = words[0].capitalize()
    words[-1] += "."
    return words


@dataclass(frozen=True)
class Cited:
    """One citation to write: its key, source id and quote, and the figure the quote states."""

    key: str
    source: str
    quote: str
    value: int
    to: int | None = None


@dataclass
class Document:
    """One generated source: its id, file name, and its sentences as word lists."""

    id: str
    file: str
    sentences: list[list[str]] = field(default_factory=list)
    unique_at: list[int] = field(default_factory=list)  # index of each sentence's made-up word
    figures: list[tuple[int, int | None]] = field(default_factory=list)  # the figure after that word

    def text(self, rng: random.Random) -> str:
        """Return the document as paragraphs of four to nine sentences, one paragraph per line."""
        paragraphs, index = [], 0
        while index < len(self.sentences):
            size = rng.randint(4, 9)
            paragraphs.append(" ".join(" ".join(words) for words in self.sentences[index:index + size]))
            index += size
        return "\n\n".join(paragraphs) + "\n"


def write_document(rng: random.Random, doc: Document, target_bytes: int, min_sentences: int, counter: list[int]) -> str:
    """Fill `doc` with sentences until it holds `target_bytes` and `min_sentences`; return its text."""
    size = 0
    while size < target_bytes or len(doc.sentences) < min_sentences:
        unique, figure = token(counter[0]), figure_of(rng)
        counter[0] += 1
        words = sentence_words(rng, unique, figure_words(figure))
        doc.sentences.append(words)
        doc.unique_at.append(words.index(unique))
        doc.figures.append(figure)
        size += sum(len(w) + 1 for w in words) + 1
    return doc.text(rng)


def quote_of(rng: random.Random, doc: Document, sentence: int) -> Cited:
    """Return a citation, not yet keyed, of 5 to 10 words of one sentence spanning its made-up word and figure."""
    words, at, figure = doc.sentences[sentence], doc.unique_at[sentence], doc.figures[sentence]
    end = at + 1 + len(figure_words(figure))
    length = min(max(rng.randint(5, 10), end - at), len(words))
    first = rng.randint(max(0, end - length), min(at, len(words) - length))
    return Cited("", doc.id, " ".join(words[first:first + length]), *figure)


def prose(rng: random.Random, keys: list[str]) -> str:
    """Return one sentence of editor prose, stating no number nor a repetition ("again": its passages tell none),
    ending in citation markers for `keys`."""
    words = sentence_words(rng, rng.choice(("reportedly", "quietly", "openly", "firmly")), times=PROSE_TIMES,
                           verbs=PROSE_VERBS)
    return " ".join(words)[:-1] + "".join(f"[^{key}]" for key in keys) + "."


def q(text: str) -> str:
    """Return `text` as a YAML double-quoted scalar."""
    return json.dumps(text, ensure_ascii=False)


def citations_block(cited: list[Cited]) -> list[str]:
    """Return the `citations:` mapping of a content file."""
    lines = ["citations:"]
    for c in cited:
        lines += [f"  {c.key}:", f"    source: {c.source}", f"    quote: {q(c.quote)}"]
    return lines


def pairs(cited: list[Cited]) -> list[list[Cited]]:
    """Return the citations two by two (the last group may hold one)."""
    return [cited[i:i + 2] for i in range(0, len(cited), 2)]


def background_yaml(rng: random.Random, cited: list[Cited]) -> str:
    """Return background.yaml: sections of ten paragraphs, each citing one or two passages."""
    lines = ["sections:"]
    groups = pairs(cited)
    for number, start in enumerate(range(0, len(groups), 10), 1):
        lines += [f"  - id: section-{number}", f"    title: Background part {letters(number)}", "    body: |"]
        for index, group in enumerate(groups[start:start + 10]):
            if index:
                lines.append("")
            lines.append("      " + prose(rng, [c.key for c in group]))
    return "\n".join(lines + citations_block(cited)) + "\n"


def letters(number: int) -> str:
    """Return 'a', 'b', ... 'z', 'aa' for 1, 2, ...: a label stating no figure (a `when` may state only what it cites)."""
    label = ""
    while number:
        number, rest = divmod(number - 1, 26)
        label = chr(ord("a") + rest) + label
    return label


def timeline_yaml(rng: random.Random, cited: list[Cited], shared: list[str]) -> str:
    """Return timeline.yaml: events citing one passage inline and one more in `cite`; the first also `shared`."""
    lines = ["events:"]
    for number, group in enumerate(pairs(cited), 1):
        keys = [c.key for c in group] + (shared if number == 1 else [])
        lines += [f"  - when: Stage {letters(number)}", f"    what: {q(prose(rng, keys[:1]))}", f"    cite: [{', '.join(keys)}]"]
    return "\n".join(lines + citations_block(cited)) + "\n"


def speakers(index: int) -> tuple[str, list[str]]:
    """Return the claimant and party ids of claim `index`: one side, the other, both jointly, or no party."""
    north, south = PARTIES[0][0], PARTIES[1][0]
    return (("Spokesman", [north]), ("Spokesman", [south]), ("Joint statement", [north, south]),
            ("An analyst", []))[index % 4]


def claim_figure_lines(index: int, stated: Cited) -> list[str]:
    """Return the `figures:` of claim `index`: the figure its first passage states, or one not given."""
    if index % 3 == 2:
        return []
    lines = ["        figures:", f"          - measure: {MEASURES[index % len(MEASURES)]}"]
    if index % 5 == 4:
        return lines  # the claim names the measure but gives no number
    lines += [f"            value: {stated.value}"]
    lines += [f"            to: {stated.to}"] if stated.to is not None else []
    lines += [f"            bound: {BOUNDS[index % len(BOUNDS)]}", "            unit: people"]
    return lines


def claims_yaml(rng: random.Random, cited: list[Cited]) -> str:
    """Return claims.yaml: topics of ten claims by one, both or no party, most with figures they dispute."""
    lines = ["topics:"]
    groups = pairs(cited)
    for number, start in enumerate(range(0, len(groups), 10), 1):
        lines += [f"  - id: topic-{number}", f"    title: Topic {letters(number)}", "    claims:"]
        for index, group in enumerate(groups[start:start + 10]):
            keys = [c.key for c in group]
            status = STATUSES[index % len(STATUSES)]
            # a party admits nothing a cited passage disputes or denies (explainer/disputed_acknowledgements.py)
            if status == "acknowledged" and any(_DISPUTING.search(c.quote) for c in group):
                status = "claim"
            # a ruling is a court's: a spokesman's claim marked so is refused (explainer/ruling_status.py)
            claimant, parties = ("The court", []) if status == "ruling" else speakers(index)
            lines += [f"      - claimant: {claimant} {letters(number)}{letters(index + 1)}"]
            lines += [f"        parties: [{', '.join(parties)}]"] if parties else []
            lines += [f"        says: {q(prose(rng, keys[:1]))}", *claim_figure_lines(index, group[0])]
            lines += [f"        status: {status}", f"        cite: [{', '.join(keys)}]"]
    return "\n".join(lines + citations_block(cited)) + "\n"


def quotes_yaml(rng: random.Random, cited: list[Cited]) -> str:
    """Return quotes.yaml: each quote is one citation; every other one cites its context too."""
    lines, context = ["quotes:"], []
    for group in pairs(cited):
        said = group[0]
        lines += [f"  - id: {said.key}", f"    speaker: Speaker {said.key}", "    role: not given",
                  f"    words: {q(said.quote)}", f"    source: {said.source}"]
        if len(group) == 2:
            lines.append(f"    context: {q(prose(rng, [group[1].key]))}")
            context.append(group[1])
    return "\n".join(lines + (citations_block(context) if context else [])) + "\n"


def amount(stated: Cited, bound: str) -> str:
    """Return one party's figure in a comparison row: the figure its passage states, as a flow mapping."""
    to = f", to: {stated.to}" if stated.to is not None else ""
    return f"{{value: {stated.value}{to}, bound: {bound}, cite: [{stated.key}]}}"


def comparisons_yaml(cited: list[Cited]) -> str:
    """Return comparisons.yaml: a table with an attribution, a row both parties give and a note (three citations)."""
    attribution, first, second = cited
    (north, _), (south, _) = PARTIES
    lines = ["comparisons:", "  - id: strength", "    title: Strength, as the almanac gives it",
             f"    attribution: Figures as laid out by a synthetic almanac[^{attribution.key}].",
             "    rows:", "      - measure: Active personnel", "        unit: personnel", "        values:",
             f"          {north}: {amount(first, 'exact')}", f"          {south}: {amount(second, 'about')}",
             "    ratio_of: [Active personnel]", "    notes_title: Equipment",
             "    notes:", f"      - {{party: {north}, topic: equipment, text: The almanac lists rebuilt convoys., "
             f"cite: [{first.key}]}}"]
    return "\n".join(lines + citations_block(cited)) + "\n"


def caveats_yaml(cited: list[Cited]) -> str:
    """Return caveats.yaml: one uncited caveat and one opinion citing its passage."""
    lines = ["caveats:", "  - kind: single-source", "    text: Every document here is synthetic.",
             "  - kind: opinion", f"    text: One passage is the source's own view[^{cited[0].key}].",
             f"    cite: [{cited[0].key}]"]
    return "\n".join(lines + citations_block(cited)) + "\n"




def write_library(rng: random.Random, docs: list[Document], total: int, seeds: Path) -> tuple[list[Cited], dict[str, str]]:
    """Write every document; return `total` citations spread round-robin over them, and each one's SHA-256."""
    per_doc = [total // len(docs) + (1 if i < total % len(docs) else 0) for i in range(len(docs))]
    chosen: dict[int, list[Cited]] = {}
    digests: dict[str, str] = {}
    counter = [0]
    for index, (doc, count) in enumerate(zip(docs, per_doc)):
        target = BIG_BYTES if doc.id.startswith("big-") else SMALL_BYTES
        data = write_document(rng, doc, target, count, counter).encode("utf-8")
        (seeds / doc.file).write_bytes(data)
        digests[doc.id] = hashlib.sha256(data).hexdigest()
        step = len(doc.sentences) // max(count, 1)
        chosen[index] = [quote_of(rng, doc, n * step + rng.randrange(step)) for n in range(count)]
        doc.sentences.clear()  # the text is written; keep memory flat for large projects
        doc.figures.clear()
    cited = [dataclasses.replace(chosen[n % len(docs)][n // len(docs)], key=f"c{n:06d}") for n in range(total)]
    return cited, digests


def sources_yaml(docs: list[Document], digests: dict[str, str]) -> str:
    """Return content/sources.yaml: every document once, with the SHA-256 of its bytes."""
    lines = ["sources:"]
    for index, doc in enumerate(docs):
        lines += [f"  - id: {doc.id}", f"    file: {doc.file}", f"    title: Synthetic document {doc.id}",
                  f"    publisher: {('Daily Courier', 'Regional Wire', 'unknown')[index % 3]}"]
        lines += [f"    author: Reporter {index % 11}"] if index % 2 else []
        lines += [f"    date: {'unknown' if index % 7 == 0 else f'2026-02-{index % 28 + 1:02d}'}"]
        lines += [f"    url: https://example.org/documents/{doc.id}"] if index % 5 == 0 else []
        lines += ["    retrieved: 2026-03-01", "    language: en", f"    sha256: {digests[doc.id]}"]
    return "\n".join(lines) + "\n"


def site_yaml() -> str:
    """Return content/site.yaml."""
    return "\n".join(["title: Synthetic briefings", "description: Generated briefings for benchmarks.",
                      "language: en", "about: >-", "  Every briefing and every document here is generated; "
                      "each quote is found in exactly one place of its source."]) + "\n"


def updates_block(number: int) -> list[str]:
    """Return the `updates:` log of briefing `number`: one to three entries, oldest first (their parts lettered: a
    log entry's figure must stand in a source the briefing cites, and "part 1" is none)."""
    first = FIRST_DAY + datetime.timedelta(days=number * 3 % 360)
    lines = ["updates:"]
    for index in range(1 + number % 3):
        kind = LOG_KINDS[index]
        lines += [f"  - date: {first + datetime.timedelta(days=index * 5)}", f"    kind: {kind}",
                  f"    text: {'First published.' if index == 0 else f'Revised part {letters(index)}.'}"]
        lines += ["    wrong: A figure was given as 5 instead of 50."] if kind == "correction" else []
    return lines


def briefing_yaml(rng: random.Random, number: int, cited: list[Cited]) -> str:
    """Return briefing.yaml: title, summary citing `cited`, two parties and the log of updates."""
    title = f"Synthetic briefing {letters(number)}: the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    lines = [f"title: {q(title)}", f"summary: {q(prose(rng, [c.key for c in cited]))}",
             f"status: {'archived' if number % 10 == 0 else 'live'}", "language: en", "parties:"]
    lines += [f"  - {{id: {pid}, name: {name} {letters(number)}}}" for pid, name in PARTIES]
    lines += updates_block(number)
    return "\n".join(lines + citations_block(cited)) + "\n"


def split_citations(cited: list[Cited]) -> dict[str, list[Cited]]:
    """Return one briefing's citations by content file: a few fixed ones, the rest shared by four files."""
    parts: dict[str, list[Cited]] = {"briefing": cited[:1]}
    rest = cited[1:]
    if len(rest) >= 12:
        parts["comparisons"], parts["caveats"], rest = rest[:3], rest[3:4], rest[4:]
    kinds = ("background", "timeline", "claims", "quotes")
    bounds = [len(rest) * i // len(kinds) for i in range(len(kinds) + 1)]
    for kind, start, end in zip(kinds, bounds, bounds[1:]):
        if end > start:
            parts[kind] = rest[start:end]
    return parts


def write_briefing(rng: random.Random, folder: Path, number: int, cited: list[Cited]) -> None:
    """Write one briefing folder; its timeline also cites the key defined in its briefing.yaml."""
    parts = split_citations(cited)
    shared = [parts["briefing"][0].key]
    writers = {
        "briefing": lambda c: briefing_yaml(rng, number, c),
        "background": lambda c: background_yaml(rng, c),
        "timeline": lambda c: timeline_yaml(rng, c, shared),
        "comparisons": comparisons_yaml,
        "claims": lambda c: claims_yaml(rng, c),
        "quotes": lambda c: quotes_yaml(rng, c),
        "caveats": caveats_yaml,
    }
    folder.mkdir()
    for kind, write in writers.items():
        if kind in parts:
            (folder / f"{kind}.yaml").write_text(write(parts[kind]), encoding="utf-8")


def slug(number: int) -> str:
    """Return the folder name of briefing `number` (counted from 1)."""
    return f"briefing-{number:03d}"


def generate(root: Path, briefings: int = 100, sources: int = 4000, citations: int = 20000, big_sources: int = 3,
             seed: int = 1) -> Path:
    """Write a complete synthetic microsite into `root` (new or empty) and return it."""
    if sources + big_sources < 1 or briefings < 1 or citations < briefings:
        raise ValueError("a microsite needs a source, a briefing, and a citation per briefing at least")
    root = Path(root)
    if root.exists() and any(root.iterdir()):
        raise FileExistsError(f"{root} is not empty; generate into a new folder")
    rng = random.Random(seed)
    seeds, content = root / "seeds", root / "content"
    seeds.mkdir(parents=True)
    content.mkdir()
    docs = [Document(f"s{n:05d}", f"s{n:05d}.txt") for n in range(1, sources + 1)]
    docs += [Document(f"big-{n}", f"big-{n}.txt") for n in range(1, big_sources + 1)]
    cited, digests = write_library(rng, docs, citations, seeds)
    (content / "site.yaml").write_text(site_yaml(), encoding="utf-8")
    (content / "sources.yaml").write_text(sources_yaml(docs, digests), encoding="utf-8")
    bounds = [citations * i // briefings for i in range(briefings + 1)]
    for number, (start, end) in enumerate(zip(bounds, bounds[1:]), 1):
        write_briefing(rng, content / slug(number), number, cited[start:end])
    for part in ("templates", "static"):
        shutil.copytree(REPO / part, root / part)
    return root


def main(argv: list[str] | None = None) -> int:
    """Generate a microsite from the command line."""
    parser = argparse.ArgumentParser(description="Write a synthetic microsite for benchmarks.")
    parser.add_argument("root", type=Path, help="new or empty folder to write the project into")
    parser.add_argument("--briefings", type=int, default=100, help="briefing folders (default 100)")
    parser.add_argument("--sources", type=int, default=4000, help="library documents of about 4 KB (default 4000)")
    parser.add_argument("--citations", type=int, default=20000, help="citations in all briefings (default 20000)")
    parser.add_argument("--big-sources", type=int, default=3, help="extra documents of about 1 MB (default 3)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    generate(args.root, args.briefings, args.sources, args.citations, args.big_sources, args.seed)
    print(f"wrote {args.root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
