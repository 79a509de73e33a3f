"""Plant misstatements in a copy of the synthetic microsite (benchmarks/synth.py), so that the sentence checks find
many things: a replay of its checks (benchmarks/check_replay.py) then compares two versions of the code on texts
that hold findings, where the synthetic microsite's honest prose holds none.

    python benchmarks/plant.py SYNTH_ROOT PLANTED_ROOT [--every 3]

Of every `every` sentences of the briefings' prose that cite passages, one is replaced by a misworded copy of a
sentence appended to its first source (a figure, a date, a direction, a party, a negation, a hedge, a speaker... of
the sentences below changed), and cites that sentence as well as its own passages; the next one by its own passage's
sentence with a figure, a range, a time, a speaker or a quantity changed. The sources appended to get their new
SHA-256 in sources.yaml, so the planted microsite anchors and reaches the sentence checks. Deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
from pathlib import Path

# Sentences appended to sources, each with what a misworded copy changes in it. {place} is a word made up for the
# sentence (so its quote is unique); {party} and {other} the briefing's two parties.
RICH = (
    ("Prices at {place} rose 5% in March to 1,200 tonnes, officials said.", (("rose", "fell"), ("March", "April"))),
    ("The {party} said 40 fighters were killed near {place} on Monday.", (("{party}", "{other}"),)),
    ("The army did not withdraw from {place}, according to the ministry.", (("did not withdraw", "withdrew"),)),
    ("Unemployment at {place} fell to 4.2% in April, the lowest level since 2019.", (("fell", "rose"),)),
    ("Exports from {place} doubled to 3,400 tonnes last year.", (("doubled", "tripled"), ("last year", "yesterday"))),
    ("If talks fail, the ministry may close the border at {place}.", (("If talks fail, the ministry may", "The ministry will"),)),
    ("The court ruled that the strike at {place} was illegal.", (("was illegal", "was legal"),)),
    ("At {place}, 2.1% of patients on Corvalin and 1.9% on placebo died.", (("2.1%", "x"), ("1.9%", "2.1%"), ("x", "1.9%"))),
    ("The {party} won 31% at {place}, ahead of the {other}.", (("ahead of", "behind"),)),
    ("The ceasefire at {place} is expected to hold until June 2026, the envoy said.",
     (("is expected to hold", "will hold"), (", the envoy said", ""))),
    ("Dozens of people were reportedly injured at {place} on Tuesday.", (("reportedly ", ""), ("Dozens", "Hundreds"))),
    ("The plan aims to build 5,000 homes at {place} by 2028.", (("aims to build", "has built"),)),
    ("Officials at {place} estimated that about 40 people were killed.", (("about 40", "400"),)),
    ("The ministry denied that troops had entered {place}.", (("denied", "confirmed"),)),
    ("The harvest at {place} was the largest in a decade.", (("largest", "smallest"),)),
    ("Inflation at {place} remained unchanged at 3% in the second quarter.", (("remained unchanged at", "rose to"),)),
    ("Between 2020 and 2024 the number of schools at {place} grew from 1,200 to 3,400.", (("grew", "fell"),)),
    ("The {party} accused the {other} of shelling {place} on 12 March 2026.", (("{party} accused the {other}", "{other} accused the {party}"),)),
    ("Talks at {place} were mediated by Qatar and Egypt, the first since 2021.", (("the first", "the only talks"),)),
    ("The governor of {place} was not elected, the commission said.", (("was not elected", "was elected"),)),
    ("Half of the 600 residents of {place} have left, the agency estimates.", (("Half", "Most"), (", the agency estimates", ""))),
    ("The bridge at {place} reopened on 3 April, two weeks after the strike.", (("two weeks after", "two days before"),)),
    ("About 12,000 people live in {place}, according to the 2021 census.", (("About 12,000", "12,000"),)),
    ("The {party} says it controls {place}; the {other} disputes this.", (("; the {other} disputes this", ""),)),
)
# Changes to a prose sentence copied from its own passage: the first that applies is made.
OWN = (
    (re.compile(r"between ([\d,]+) and ([\d,]+)"), lambda m: f"between {m[2]} and {m[1]}"),
    (re.compile(r"with (\d)"), lambda m: f"with {int(m[1]) % 9 + 1}"),
    (re.compile(r"\b(this morning|last week|late at night|at dawn|by the evening)\b"), lambda m: "yesterday"),
    (re.compile(r"\bin March\b"), lambda m: "in April"),
    (re.compile(r"^(The|A) (\w+)"), lambda m: "The ministry" if m[2] != "ministry" else "The council"),
)
_SYLLABLES = tuple(c + v for c in "bdfgklmnprstvz" for v in "aeiou")
_PROSE = re.compile(r'^(?P<lead>\s*(?:[a-z_]+: "|- |\s))(?P<text>[A-Z][^"\[\n:]*?)(?P<markers>(?:\[\^c\d+\])+)\.'
                    r'(?P<tail>"?)$', re.M)
_CITATION = re.compile(r'^  (c\d+):\n    source: (\S+)\n    quote: "([^"\n]*)"', re.M)


def _place(number: int) -> str:
    """Return a made-up capitalised word for `number`, of letters alone (a digit in it would read as a figure)."""
    letters = ""
    for _ in range(4):
        number, syllable = divmod(number, len(_SYLLABLES))
        letters += _SYLLABLES[syllable]
    return "Plant" + letters


def _sentence_around(text: str, quote: str) -> str | None:
    """Return the source's sentence holding quote, when the quote stands in one sentence."""
    at = text.find(quote)
    if at < 0:
        return None
    stop = text.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
    end = text.find(". ", at + len(quote))
    end = len(text) if end < 0 else end
    sentence = text[start:end].rstrip(".\n")
    return sentence if "\n" not in sentence and quote in sentence else None


class Planter:
    """Rewrites one briefing's prose, appending the sentences it cites to the sources."""

    def __init__(self, root: Path, every: int):
        self.root, self.every, self.count = root, every, 0
        self.files = {}  # source id -> seed file name
        for block in (root / "content" / "sources.yaml").read_text().split("  - id: ")[1:]:
            self.files[block.split("\n", 1)[0]] = re.search(r"file: (\S+)", block)[1]
        self.appended: dict[str, list[str]] = {}

    def seed_text(self, source: str) -> str:
        return (self.root / "seeds" / self.files[source]).read_text(encoding="utf-8")

    def briefing(self, folder: Path) -> None:
        """Plant misstatements in every YAML file of one briefing."""
        files = sorted(folder.glob("*.yaml"))
        texts = {path: path.read_text(encoding="utf-8") for path in files}
        citations = {key: (source, quote) for text in texts.values() for key, source, quote in _CITATION.findall(text)}
        parties = re.findall(r"name: ([^}]+)\}", texts[folder / "briefing.yaml"])
        for path, text in texts.items():
            new_citations = []
            text = _PROSE.sub(lambda line: self.planted(line, citations, parties, new_citations), text)
            path.write_text(text + "".join(new_citations), encoding="utf-8")

    def planted(self, line: re.Match, citations: dict, parties: list[str], new_citations: list[str]) -> str:
        self.count += 1
        turn = self.count % self.every
        first = re.search(r"c\d+", line["markers"])[0]
        source, quote = citations.get(first, (None, None))
        if source is None or turn > 1 or not self.files.get(source, "").startswith("s"):
            return line[0]
        if turn == 0:
            sentence = self.rich_sentence(source, parties)
            if sentence is None:
                return line[0]
            original, misworded = sentence
            key = f"p{self.count:06d}"
            new_citations.append(f'  {key}:\n    source: {source}\n    quote: "{original}"\n')
            return f'{line["lead"]}{misworded}[^{key}]{line["markers"]}.{line["tail"]}'
        own = _sentence_around(self.seed_text(source), quote)
        for pattern, change in OWN:
            if own and pattern.search(own):
                return f'{line["lead"]}{pattern.sub(change, own, count=1)}{line["markers"]}.{line["tail"]}'
        return line[0]

    def rich_sentence(self, source: str, parties: list[str]) -> tuple[str, str] | None:
        """Return a sentence appended to the source (without its stop) and its misworded copy."""
        if len(parties) < 2:
            return None
        template, changes = RICH[self.count // self.every % len(RICH)]
        fill = {"place": _place(self.count), "party": parties[0], "other": parties[1]}
        original = template.format(**fill)
        misworded = template
        for old, new in changes:
            misworded = misworded.replace(old, new)
        self.appended.setdefault(source, []).append(original)
        return original.rstrip("."), misworded.format(**fill).rstrip(".")

    def finish(self) -> None:
        """Append the planted sentences to their sources and record the sources' new SHA-256."""
        hashes = {}
        for source, sentences in self.appended.items():
            path = self.root / "seeds" / self.files[source]
            data = (self.seed_text(source).rstrip("\n") + "\n\n" + " ".join(sentences) + "\n").encode()
            path.write_bytes(data)
            hashes[source] = hashlib.sha256(data).hexdigest()
        library = self.root / "content" / "sources.yaml"
        blocks = library.read_text().split("  - id: ")
        for index, block in enumerate(blocks[1:], 1):
            source = block.split("\n", 1)[0]
            if source in hashes:
                blocks[index] = re.sub(r"sha256: \w+", f"sha256: {hashes[source]}", block)
        library.write_text("  - id: ".join(blocks))


def plant(synth: Path, planted: Path, every: int = 3) -> int:
    """Copy the synthetic microsite and plant misstatements in the copy; return how many sentences were changed."""
    shutil.rmtree(planted, ignore_errors=True)
    shutil.copytree(synth, planted, ignore=shutil.ignore_patterns(".cache", "site"))
    planter = Planter(planted, every)
    for folder in sorted(path for path in (planted / "content").iterdir() if path.is_dir()):
        planter.briefing(folder)
    planter.finish()
    return planter.count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("synth", type=Path)
    parser.add_argument("planted", type=Path)
    parser.add_argument("--every", type=int, default=3)
    args = parser.parse_args()
    count = plant(args.synth, args.planted, args.every)
    print(f"planted in {args.planted}: of {count} cited prose sentences, about {2 * count // args.every} changed")


if __name__ == "__main__":
    main()
