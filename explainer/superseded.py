"""A document its publisher revised, both versions kept: the older one names the newer in `superseded_by`, and each
version's page leads to the other, saying which is newer and when it was published (a reader of the old text was not
told that a later version corrected it; a reader of the new one could not find the earlier wording older notes quote)."""

from __future__ import annotations

from .footnotes import source_href
from .hints import closest
from .locale import Labels, foreign
from .problems import Problem
from .views import OtherVersion, Versions

# What a project's own locale written before these labels says instead (they are optional there: added later).
ENGLISH_LABELS = {"superseded_by": "Superseded by:", "replaces": "Replaces:", "a_newer_version": "a newer version",
                  "an_earlier_version": "an earlier version"}


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


def source_versions(sources, labels: Labels) -> dict[str, Versions]:
    """Return, by source id, the versions its page leads to: the one replacing it and, oldest first, those it
    replaces; a source of one version alone has none."""
    by_id = _by_id(sources)
    revised = sorted((source for source in by_id.values() if source.superseded_by in by_id
                      and source.superseded_by != source.id), key=lambda source: (source.date, source.id))
    versions: dict[str, Versions] = {}
    for older in revised:
        newer = by_id[older.superseded_by]
        versions[older.id] = versions.get(older.id, Versions())._replace(
            superseded_by=_version(newer, "superseded_by", "a_newer_version", labels))
        replaced = versions.get(newer.id, Versions())
        versions[newer.id] = replaced._replace(
            replaces=(*replaced.replaces, _version(older, "replaces", "an_earlier_version", labels)))
    return versions


def _version(source, label: str, which: str, labels: Labels) -> OtherVersion:
    """Return the link to `source` from another version's page, named by `label` and saying `which` version it is."""
    return OtherVersion(_said(labels, label), source.title, source_href(source.id).removeprefix("sources/"),
                        _said(labels, which), labels.date(source.date), foreign(source.language, labels.language))


def _said(labels: Labels, key: str) -> str:
    """Return a label of these, or English's where a project's own locale, written before it, has none."""
    return labels.get(key, ENGLISH_LABELS[key])


def _by_id(sources) -> dict:
    """Return each source by its id, the first entry of an id being the source, as in the build."""
    by_id = {}
    for source in sources:
        by_id.setdefault(source.id, source)
    return by_id
