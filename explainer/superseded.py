"""A document its publisher revised, both versions kept: the older one names the newer in `superseded_by`, and each
version's page leads to the other, saying which is newer and when it was published (a reader of the old text was not
told that a later version corrected it; a reader of the new one could not find the earlier wording older notes quote)."""

from __future__ import annotations

from .footnotes import source_href
from .hints import closest
from .locale import Labels, foreign
from .problems import Problem
from .version_changes import version_changes
from .views import OtherVersion, Versions


def check_superseded(shown: str, sources) -> list[Problem]:
    """Return a problem for each `superseded_by` naming no other source of the library, one published before it, or
    one of the same title."""
    by_id = _by_id(sources)
    problems = []
    for source in sources:
        newer = by_id.get(source.superseded_by)
        line = source.line_of("superseded_by")
        if not source.superseded_by:
            continue
        if source.superseded_by == source.id:
            problems.append(Problem(shown, line, f"source '{source.id}' is `superseded_by` itself",
                                    "name the id of the source holding the newer version, or remove the line"))
        elif newer is None:
            guess = closest(source.superseded_by, sorted(by_id))
            problems.append(Problem(shown, line, f"source '{source.id}': `superseded_by` names '{source.superseded_by}'"
                                    ", no source of the library", "list the newer version as a source of its own "
                                    "first" + (f": did you mean '{guess}'?" if guess else "")))
        elif "unknown" not in (source.date, newer.date) and newer.date < source.date:
            problems.append(Problem(shown, line, f"source '{source.id}' (published {source.date}) is `superseded_by` "
                                    f"'{newer.id}', published before it ({newer.date})",
                                    "name the later version here, or correct either `date`"))
        elif newer.superseded_by == source.id:
            # Each page would call the other the newer version, and each lead to the other as replacing it.
            problems.append(Problem(shown, line, f"source '{source.id}' is `superseded_by` '{newer.id}', which is "
                                    f"`superseded_by` '{source.id}' in turn: each page would call the other the newer "
                                    "version", "keep `superseded_by` on the earlier version's entry only"))
        elif " ".join(newer.title.split()).casefold() == " ".join(source.title.split()).casefold():
            # The notes name a source by its title alone: a reader could not tell which version a passage is from.
            problems.append(Problem(shown, line, f"source '{source.id}' and '{newer.id}', the version superseding it, "
                                    f"have one title, '{source.title}': a note names its source by title alone, and "
                                    "readers could not tell which version it quotes",
                                    "add what sets it apart to the newer version's `title`: ', corrected' and its date"))
    return problems


def source_versions(texts, labels: Labels) -> dict[str, Versions]:
    """Return, by source id, the versions its page leads to (`texts` being every SourceText of the library): the one
    replacing it and, oldest first, those it replaces, each with what the revision changed; a source of one version
    alone has none."""
    by_id = _by_id(texts, lambda text: text.source.id)
    revised = sorted((text for text in by_id.values() if text.source.superseded_by in by_id
                      and text.source.superseded_by != text.source.id),
                     key=lambda text: (text.source.date, text.source.id))
    versions: dict[str, Versions] = {}
    for older in revised:
        newer = by_id[older.source.superseded_by]
        versions[older.source.id] = versions.get(older.source.id, Versions())._replace(
            superseded_by=_version(newer.source, "superseded_by", "a_newer_version", labels))
        replaced = versions.get(newer.source.id, Versions())
        earlier = _version(older.source, "replaces", "an_earlier_version", labels)._replace(
            changes=version_changes(older, newer))
        versions[newer.source.id] = replaced._replace(replaces=(*replaced.replaces, earlier))
    return versions


def _version(source, label: str, which: str, labels: Labels) -> OtherVersion:
    """Return the link to `source` from another version's page, named by `label` and saying `which` version it is."""
    return OtherVersion(labels[label], source.title, source_href(source.id).removeprefix("sources/"),
                        labels[which], labels.date(source.date), foreign(source.language, labels.language))


def _by_id(items, id_of=lambda source: source.id) -> dict:
    """Return each source (or its text) by its id, the first entry of an id being the source, as in the build."""
    by_id = {}
    for item in items:
        by_id.setdefault(id_of(item), item)
    return by_id
