"""A document its publisher revised, both versions kept: the older one names the newer in `superseded_by`, and its page
says so, leading to the newer (a reader of the old text was not told that a later version corrected it)."""

from __future__ import annotations

from .footnotes import source_href
from .hints import closest
from .locale import Labels, foreign
from .problems import Problem
from .views import NewerVersion

# What a project's own locale written before this label says instead (it is optional there: the label was added later).
ENGLISH_LABEL = "Superseded by:"


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
        elif " ".join(newer.title.split()).casefold() == " ".join(source.title.split()).casefold():
            # The notes name a source by its title alone: a reader could not tell which version a passage is from.
            problems.append(Problem(shown, line, f"source '{source.id}' and '{newer.id}', the version superseding it, "
                                    f"have one title, '{source.title}': a note names its source by title alone, and "
                                    "readers could not tell which version it quotes",
                                    "add what sets it apart to the newer version's `title`: ', corrected' and its date"))
    return problems


def newer_versions(sources, labels: Labels) -> dict[str, NewerVersion]:
    """Return, by the id of each source superseded, the link its page gives to the version that replaces it."""
    by_id = _by_id(sources)
    label = labels.get("superseded_by", ENGLISH_LABEL)
    return {source.id: NewerVersion(label, by_id[source.superseded_by].title,
                                    source_href(source.superseded_by).removeprefix("sources/"),
                                    labels.date(by_id[source.superseded_by].date),
                                    foreign(by_id[source.superseded_by].language, labels.language))
            for source in sources if source.superseded_by in by_id and source.superseded_by != source.id}


def _by_id(sources) -> dict:
    """Return each source by its id, the first entry of an id being the source, as in the build."""
    by_id = {}
    for source in sources:
        by_id.setdefault(source.id, source)
    return by_id
