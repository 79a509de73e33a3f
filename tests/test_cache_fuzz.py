"""Randomized sequences of edits: after every step an incremental build (reusing .cache/ and the last site)
gives exactly what a clean build gives -- the same files and bytes, or the same problems.

Each sequence is drawn from a seeded generator: a failure prints the seed and the steps taken, and
`python tests/test_cache_fuzz.py SEED STEPS [SEEDS]` replays (or hunts with) it outside pytest.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import runpy
import shutil
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from explainer import filedigests  # noqa: E402
from explainer.parallel import WORKERS_ENV  # noqa: E402
from explainer.problems import ContentError  # noqa: E402
from test_incremental import built, clean_build  # noqa: E402
from test_microsite import MICROSITE, microsite  # noqa: E402

WORDS = ("reportedly", "again", "openly", "later", "firmly", "also")
SETTLED = -3600 * 10**9  # as tests/test_filedigests.py's `settled`: fresh files count as settled


# --- reading and writing the project --------------------------------------------------------------

def load_yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def dump_yaml(path: Path, data) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=4096), encoding="utf-8")


def briefings(root: Path) -> list[Path]:
    return sorted(p for p in (root / "content").iterdir() if p.is_dir() and (p / "briefing.yaml").exists())


def citing_file(rng, root: Path):
    """Return a file holding a `citations:` map, chosen at random, with its YAML."""
    path = rng.choice(citing_files(root))
    return path, load_yaml(path)


def citing_files(root: Path) -> list[Path]:
    """Files holding a `citations:` map: each briefing.yaml and site.yaml."""
    return [b / "briefing.yaml" for b in briefings(root)] + [root / "content" / "site.yaml"]


def source_files(root: Path) -> dict[str, Path]:
    return {s["id"]: root / "seeds" / s["file"] for s in load_yaml(root / "content" / "sources.yaml")["sources"]}


def sentences(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 20 and ":" not in s]


def record_sha(root: Path, seed: Path, before: str) -> None:
    sources = root / "content" / "sources.yaml"
    text = sources.read_text(encoding="utf-8")
    sources.write_text(text.replace(before, hashlib.sha256(seed.read_bytes()).hexdigest()), encoding="utf-8")


# --- edits: each takes (rng, root) and returns what it did, or None when it does not apply ----------

def edit_claim(rng, root):
    claims = [b / "claims.yaml" for b in briefings(root) if (b / "claims.yaml").exists()]
    if not claims:
        return None
    path = rng.choice(claims)
    data = load_yaml(path)
    claim = rng.choice([c for topic in data["topics"] for c in topic["claims"]])
    words = claim["says"].split(" ")
    words.insert(rng.randrange(1, len(words)), rng.choice(WORDS))
    claim["says"] = " ".join(words)
    dump_yaml(path, data)
    return f"claim words {path.parent.name}: {claim['says']!r}"


def edit_summary(rng, root):
    path = rng.choice([b / "briefing.yaml" for b in briefings(root)] or [None])
    if path is None:
        return None
    data = load_yaml(path)
    data["summary"] = f"{rng.choice(WORDS).capitalize()}, {data['summary'][0].lower()}{data['summary'][1:]}"
    dump_yaml(path, data)
    return f"summary {path.parent.name}"


def edit_quote(rng, root):
    path, data = citing_file(rng, root)
    if not data.get("citations"):
        return None
    seeds = source_files(root)
    name = rng.choice(sorted(data["citations"]))
    citation = data["citations"][name]
    if rng.random() < 0.3:
        citation["source"] = rng.choice(sorted(seeds))
    seed = seeds.get(citation["source"])
    if seed is None or not seed.exists() or not sentences(seed):
        return None
    citation["quote"] = rng.choice(sentences(seed))
    dump_yaml(path, data)
    return f"quote {path.parent.name}/{name} <- {citation['source']}: {citation['quote'][:40]!r}"


def add_citation(rng, root):
    path, data = citing_file(rng, root)
    seeds = source_files(root)
    source = rng.choice(sorted(seeds))
    if not seeds[source].exists() or not sentences(seeds[source]):
        return None
    name = f"c{rng.randrange(1000)}"
    data.setdefault("citations", {})[name] = {"source": source, "quote": rng.choice(sentences(seeds[source]))}
    field = "summary" if "summary" in data else "about"
    data[field] = data[field].rstrip() + f" It was noted{rng.choice(['', ' again'])}[^{name}]."
    dump_yaml(path, data)
    return f"add citation {path.parent.name}/{name} <- {source}"


def remove_citation(rng, root):
    path, data = citing_file(rng, root)
    if not data.get("citations"):
        return None
    name = rng.choice(sorted(data["citations"]))
    del data["citations"][name]
    marker = f"[^{name}]"
    field = "summary" if "summary" in data else "about"
    data[field] = data[field].replace(marker, "")
    dump_yaml(path, data)
    for other in sorted(path.parent.glob("*.yaml")):  # the lists citing it (one left empty is a problem)
        if path.name == "briefing.yaml" and other != path:
            text = other.read_text(encoding="utf-8")
            other.write_text(text.replace(f", {name}]", "]").replace(f"[{name}, ", "[").replace(f"[{name}]", "[]"),
                             encoding="utf-8")
    return f"remove citation {path.parent.name}/{name}"


def edit_header(rng, root):
    path = rng.choice([b / "briefing.yaml" for b in briefings(root)] or [None])
    if path is None:
        return None
    data = load_yaml(path)
    what = rng.choice(["title", "status", "update"])
    if what == "title":
        data["title"] = data["title"] + rng.choice([" (again)", "!", " today"])
    elif what == "status":
        data["status"] = "archived" if data.get("status") == "live" else "live"
    else:
        data.setdefault("updates", []).append({"date": f"2026-06-{rng.randrange(10, 28)}", "kind": "update",
                                               "text": "More was learned."})
    dump_yaml(path, data)
    return f"header {what} {path.parent.name}"


def toggle_caveat(rng, root):
    path = rng.choice([b for b in briefings(root)] or [None])
    if path is None:
        return None
    data = load_yaml(path / "briefing.yaml")
    caveats = path / "caveats.yaml"
    if caveats.exists() and rng.random() < 0.3:
        caveats.unlink()
        return f"caveat removed {path.name}"
    if not data.get("citations"):
        return None
    kind = "single-source"
    if caveats.exists():
        kind = "single-source" if "kind: opinion" in caveats.read_text(encoding="utf-8") else "opinion"
    name = rng.choice(sorted(data["citations"]))
    caveats.write_text(f"caveats:\n  - kind: {kind}\n    text: The view is the source's own.\n    cite: [{name}]\n",
                       encoding="utf-8")
    return f"caveat {kind} {path.name}/{name}"


def edit_site(rng, root):
    path = root / "content" / "site.yaml"
    data = load_yaml(path)
    what = rng.choice(["about", "title", "description"])
    data[what] = data[what].rstrip() + rng.choice([" Truly.", " Indeed.", " So it is."])
    dump_yaml(path, data)
    return f"site {what}"


def edit_seed(rng, root, *, record=True, same_size=False):
    seeds = source_files(root)
    name = rng.choice(sorted(seeds))
    seed = seeds[name]
    if not seed.exists():
        return None
    before_bytes = seed.read_bytes()
    before = hashlib.sha256(before_bytes).hexdigest()
    stat = seed.stat()
    text = before_bytes.decode("utf-8")
    if same_size:  # one letter for another, times set back: only the change time tells
        spots = [m.start() for m in re.finditer(r"(?<= )[a-z](?=[a-z]+ )", text)]
        if not spots:
            return None
        at = rng.choice(spots)
        text = text[:at] + ("x" if text[at] != "x" else "y") + text[at + 1:]
    else:
        parts = text.split("\n\n")
        at = rng.randrange(1, len(parts) + 1)
        parts.insert(at, rng.choice(["The weather was mild that week.", "Nobody else was asked about it."]))
        text = "\n\n".join(parts)
    seed.write_bytes(text.encode("utf-8"))
    if same_size:
        os.utime(seed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    if record:
        sources = root / "content" / "sources.yaml"
        sstat = sources.stat()
        record_sha(root, seed, before)
        if same_size:
            os.utime(sources, ns=(sstat.st_atime_ns, sstat.st_mtime_ns))
    return f"seed {name}{' same-size' if same_size else ''}{'' if record else ' (sha not recorded)'}"


def delete_seed(rng, root):
    """Delete a source's file from seeds/ (its entry stays): a problem until the last good inputs are back."""
    seeds = sorted((root / "seeds").iterdir())
    if not seeds:
        return None
    gone = rng.choice(seeds)
    gone.unlink()
    return f"delete seed {gone.name}"


def add_source(rng, root):
    number = rng.randrange(1000)
    text = f"The ferry number {number} runs hourly from the north quay. The quay was rebuilt in spring.\n".encode()
    name = f"ferry{number}"
    if (root / "seeds" / f"{name}.txt").exists():
        return None
    (root / "seeds" / f"{name}.txt").write_bytes(text)
    path = root / "content" / "sources.yaml"
    data = load_yaml(path)
    data["sources"].insert(rng.randrange(len(data["sources"]) + 1), {
        "id": name, "file": f"{name}.txt", "title": f"Ferry notice {number} (fictional)",
        "publisher": "Eastmere ferries", "date": "2026-05-01", "sha256": hashlib.sha256(text).hexdigest()})
    dump_yaml(path, data)
    return f"add source {name}"


def delete_briefing(rng, root):
    found = briefings(root)
    if len(found) < 2:
        return None
    gone = rng.choice(found)
    shutil.rmtree(gone)
    return f"delete briefing {gone.name}"


def restore_briefing(rng, root):
    missing = [p for p in sorted((MICROSITE / "content").iterdir())
               if p.is_dir() and not (root / "content" / p.name).exists()]
    if not missing:
        return None
    back = rng.choice(missing)
    shutil.copytree(back, root / "content" / back.name)
    return f"restore briefing {back.name}"


def move_briefing(rng, root):
    """Rename a briefing's folder, or copy it under a new name: the same bytes, shown by another path."""
    found = briefings(root)
    if not found:
        return None
    old = rng.choice(found)
    new = root / "content" / f"{old.name.split('--')[0]}--{rng.randrange(100)}"
    if new.exists():
        return None
    (shutil.copytree if rng.random() < 0.5 else shutil.move)(old, new)
    return f"{'copy' if old.exists() else 'rename'} briefing {old.name} -> {new.name}"


def break_quote(rng, root):
    """Make a quote that anchors nowhere (a problem naming its file and line)."""
    path, data = citing_file(rng, root)
    if not data.get("citations"):
        return None
    name = rng.choice(sorted(data["citations"]))
    data["citations"][name]["quote"] = "Nobody ever wrote these words in any source at all."
    dump_yaml(path, data)
    return f"break quote {path.parent.name}/{name}"


def edit_source_entry(rng, root):
    """Change a source's shown metadata in sources.yaml, or the name of its file (bytes kept)."""
    path = root / "content" / "sources.yaml"
    data = load_yaml(path)
    source = rng.choice(data["sources"])
    what = rng.choice(["title", "publisher", "date", "url", "file", "order"])
    if what == "file":
        old = root / "seeds" / source["file"]
        if not old.exists():
            return None
        source["file"] = f"{old.stem}-{rng.randrange(100)}.txt"
        if (root / "seeds" / source["file"]).exists():
            return None
        old.rename(root / "seeds" / source["file"])
    elif what == "order":
        rng.shuffle(data["sources"])
    elif what == "date":
        source["date"] = f"2026-04-{rng.randrange(10, 28)}"
    elif what == "url":
        source["url"] = f"https://example.org/{rng.randrange(100)}"
    else:
        source[what] = str(source.get(what, "")) + " (revised)"
    dump_yaml(path, data)
    return f"source entry {source['id']} {what}"


def leaves(data, path=()):
    """Yield (path, value) for every string or number in YAML data."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from leaves(value, (*path, key))
    elif isinstance(data, list):
        for at, value in enumerate(data):
            yield from leaves(value, (*path, at))
    elif isinstance(data, (str, int, float)) and not isinstance(data, bool):
        yield path, data


def edit_any_field(rng, root):
    """Change one field of any content file: a word added, another field's value of the same name, or gone."""
    files = sorted((root / "content").rglob("*.yaml"))
    path = rng.choice(files)
    data = load_yaml(path)
    found = list(leaves(data))
    if not found:
        return None
    where, value = rng.choice(found)
    others = [v for p, v in leaves(data) if p[-1] == where[-1] and v != value]
    how = rng.choice(["word", "word", "other", "drop"])
    parent = data
    for step in where[:-1]:
        parent = parent[step]
    if how == "drop" and isinstance(parent, dict):
        del parent[where[-1]]
    elif how == "other" and others:
        parent[where[-1]] = rng.choice(others)
    elif isinstance(value, str):
        parent[where[-1]] = value + " " + rng.choice(WORDS)
    else:
        return None
    dump_yaml(path, data)
    return f"field {path.relative_to(root)} {'.'.join(map(str, where))} ({how})"


def edit_locale(rng, root):
    """Give the project its own locale (or change or drop it): one label, or how figures are written."""
    language = rng.choice(["en", "fr"])
    path = root / "locales" / f"{language}.yaml"
    if path.exists() and rng.random() < 0.25:
        path.unlink()
        return f"locale {language} dropped"
    builtin = Path(__file__).resolve().parent.parent / "explainer" / "locales" / f"{language}.yaml"
    data = load_yaml(path if path.exists() else builtin)
    key = rng.choice(["notes", "summary", "live", "thousands", "skip", "back_to_reference"])
    data[key] = {"thousands": rng.choice([",", " ", "."])}.get(key, f"{data[key]} ({rng.randrange(10)})")
    path.parent.mkdir(exist_ok=True)
    dump_yaml(path, data)
    return f"locale {language} {key}={data[key]!r}"


def edit_language(rng, root):
    """Set a briefing's language (fr is read with its own locale), or the site's."""
    path, data = citing_file(rng, root)
    data["language"] = rng.choice(["en", "fr", "en-GB"])
    dump_yaml(path, data)
    return f"language {path.parent.name} {data['language']}"


def edit_template(rng, root):
    templates = sorted(p for p in (root / "templates").rglob("*.html"))
    path = rng.choice(templates)
    text = path.read_text(encoding="utf-8")
    spots = [m.end() for m in re.finditer(r'class="', text)]
    if spots and rng.random() < 0.6:
        at = rng.choice(spots)
        text = text[:at] + f"z{rng.randrange(100)} " + text[at:]
    else:
        text += f"<!-- {rng.randrange(1000)} -->\n"
    path.write_text(text, encoding="utf-8")
    return f"template {path.relative_to(root)}"


def delete_cached(rng, root):
    folder = rng.choice([".cache/views", ".cache/plans", ".cache/anchors", ".cache", "site"])
    files = sorted(p for p in (root / folder).rglob("*") if p.is_file() and p.name != ".explainer-site"
                   ) if (root / folder).exists() else []
    if not files:
        return None
    for path in rng.sample(files, rng.randint(1, min(3, len(files)))):
        path.unlink()
    return f"delete files in {folder}"


def tamper_site(rng, root):
    """Overwrite a built page with other bytes of the same size, its modification time set back."""
    files = sorted(p for p in (root / "site").rglob("*") if p.is_file() and p.name != ".explainer-site"
                   ) if (root / "site").exists() else []
    if not files:
        return None
    path = rng.choice(files)
    before = path.stat()
    data = path.read_bytes()
    if rng.random() < 0.5:
        path.unlink()  # as an editor saving aside and renaming does; else written through the file's links
    path.write_bytes(bytes(len(data)) if rng.random() < 0.5 else data[::-1])
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    return f"tamper {path.relative_to(root)}"


def truncate_cached(rng, root):
    files = sorted(p for p in (root / ".cache").rglob("*") if p.is_file()) if (root / ".cache").exists() else []
    if not files:
        return None
    path = rng.choice(files)
    data = path.read_bytes()
    path.write_bytes(data[:rng.randrange(len(data))] if data else b"x")
    return f"truncate {path.relative_to(root)}"


EDITS = {
    "claim": edit_claim, "summary": edit_summary, "quote": edit_quote, "add citation": add_citation,
    "remove citation": remove_citation, "header": edit_header, "caveat": toggle_caveat, "site": edit_site,
    "seed": edit_seed, "seed same size": lambda rng, root: edit_seed(rng, root, same_size=True),
    "seed unrecorded": lambda rng, root: edit_seed(rng, root, record=False), "add source": add_source, "delete seed": delete_seed,
    "delete briefing": delete_briefing, "restore briefing": restore_briefing, "template": edit_template, "locale": edit_locale, "language": edit_language, "any field": edit_any_field, "source entry": edit_source_entry,
    "move briefing": move_briefing, "break quote": break_quote,
    "delete cached": delete_cached, "truncate cached": truncate_cached, "tamper site": tamper_site, "nothing": lambda rng, root: "nothing",
}


# --- the property ------------------------------------------------------------------------------------

def outcome(make) -> tuple[str, object]:
    try:
        return "site", make()
    except ContentError as error:
        return "error", str(error)


def describe(incremental, clean) -> str:
    if incremental[0] != clean[0] or incremental[0] == "error":
        return f"incremental: {str(incremental[1])[:600]}\nclean: {str(clean[1])[:600]}"
    a, b = incremental[1], clean[1]
    differ = sorted(p for p in set(a) | set(b) if a.get(p) != b.get(p))
    return f"differing files: {differ[:10]}"


def check(root: Path, seed: int, done: list[str]) -> bool:
    """Build incrementally and cleanly; fail unless both give the same; return whether they failed."""
    incremental = outcome(lambda: built(root))
    clean = outcome(lambda: clean_build(root))
    if incremental != clean:
        raise AssertionError(f"seed {seed}: incremental build differs from a clean one after\n  "
                             + "\n  ".join(done) + "\n" + describe(incremental, clean))
    return incremental[0] == "error"


def copy_inputs(origin: Path, target: Path) -> None:
    """Make target's inputs (content, seeds, templates, locales) those of origin."""
    for part in ("content", "seeds", "templates", "locales"):
        shutil.rmtree(target / part, ignore_errors=True)
        if (origin / part).exists():
            shutil.copytree(origin / part, target / part)


def run_sequence(root: Path, seed: int, steps: int) -> list[str]:
    """Apply `steps` random edits to the project at `root`, checking each build; return what was done."""
    rng = random.Random(seed)
    done: list[str] = []
    kept, workers_before = filedigests.RACY_NS, os.environ.get(WORKERS_ENV)
    try:
        filedigests.RACY_NS = rng.choice([kept, SETTLED])
        done.append(f"settled={filedigests.RACY_NS == SETTLED}")
        good = root.parent / "last-good"
        incremental_error = check(root, seed, done)
        copy_inputs(root, good)
        for _ in range(steps):
            if rng.random() < 0.15:
                filedigests.RACY_NS = kept if filedigests.RACY_NS == SETTLED else SETTLED
                done.append(f"settled={filedigests.RACY_NS == SETTLED}")
            if rng.random() < 0.15:  # worker processes, whatever the number of items, or none
                workers = rng.choice(["1", "2", "3"])
                os.environ[WORKERS_ENV] = workers
                done.append(f"{WORKERS_ENV}={workers}")
            if incremental_error and rng.random() < 0.5:  # back to the inputs of the last good build
                copy_inputs(good, root)
                done.append("restore the last good inputs")
                incremental_error = False
                check(root, seed, done)
                continue
            kind = rng.choice(sorted(EDITS))
            try:
                what = EDITS[kind](rng, root)
            except (KeyError, TypeError, AttributeError, IndexError, ValueError, OSError, yaml.YAMLError) as error:
                what = f"{kind}: gave up on content it could not read ({type(error).__name__})"  # still checked
            if what is None:
                continue
            done.append(what)
            incremental_error = check(root, seed, done)
            if not incremental_error:
                copy_inputs(root, good)
    finally:
        filedigests.RACY_NS = kept
        os.environ.pop(WORKERS_ENV, None) if workers_before is None else os.environ.update({WORKERS_ENV: workers_before})
    return done


@pytest.mark.parametrize("seed", [1, 2])
def test_a_short_random_sequence_of_edits_builds_as_a_clean_build_would(seed: int, tmp_path: Path):
    run_sequence(microsite(tmp_path / "project"), seed, steps=5)


def test_the_command_line_replays_a_seed_and_says_how_it_went(monkeypatch, capsys):
    # Run as `python tests/test_cache_fuzz.py 3 2` runs it, in this process: a fresh one cost more than the replay.
    monkeypatch.setattr(sys, "argv", [str(Path(__file__)), "3", "2"])
    monkeypatch.setattr(sys, "path", list(sys.path))  # the script puts tests/ first
    with pytest.raises(SystemExit) as done:
        runpy.run_path(str(Path(__file__)), run_name="__main__")
    out, err = capsys.readouterr()
    assert done.value.code == 0 and out.strip().endswith("seed 3: ok"), out + err


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(100, 102))
def test_a_long_random_sequence_of_edits_builds_as_a_clean_build_would(seed: int, tmp_path: Path):
    run_sequence(microsite(tmp_path / "project"), seed, steps=20)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [200])
def test_a_random_sequence_of_edits_to_a_synthetic_microsite_builds_as_a_clean_build_would(seed: int, tmp_path: Path):
    run_sequence(synth(tmp_path / "project"), seed, steps=10)


def synth(target: Path) -> Path:
    from test_synth import load_synth
    return load_synth().generate(target, briefings=4, sources=30, citations=80, big_sources=0)


if __name__ == "__main__":  # python tests/test_cache_fuzz.py FIRST_SEED STEPS [SEEDS [synth]]
    import tempfile
    first, steps = int(sys.argv[1]), int(sys.argv[2])
    make = synth if sys.argv[4:] == ["synth"] else microsite
    failed = 0
    for seed in range(first, first + (int(sys.argv[3]) if len(sys.argv) > 3 else 1)):
        with tempfile.TemporaryDirectory() as folder:
            try:
                run_sequence(make(Path(folder) / "project"), seed, steps)
            except AssertionError as error:
                print(error, flush=True)
                failed += 1
            else:
                print(f"seed {seed}: ok", flush=True)
    sys.exit(1 if failed else 0)
