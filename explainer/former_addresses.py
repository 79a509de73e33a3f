"""A renamed briefing's former addresses (site.yaml's `moved`): each leads to the briefing, and its feed keeps ids.

A folder renamed took its page's address with it: links and bookmarks to the old one found no page, and every entry
of its log came again as a new one to feed readers, whose ids are made from the briefing's folder name.
"""

from __future__ import annotations

from .crosscheck import MAX_NAME_BYTES
from .hints import closest
from .load import RESERVED_SLUGS, SiteContent
from .problems import Problem
from .windows_names import refused_on_windows


def former_address_problems(content: SiteContent) -> list[Problem]:
    """Return a problem for each `moved` line naming no folder name (one of the site's own, or too long for a file
    system), a briefing's own folder, or no briefing."""
    settings, shown = content.settings, content.site.shown
    slugs = sorted(briefing.slug for briefing in content.briefings)
    problems = []
    for old, new in settings.moved.items():
        line = settings.lines.get(f"moved.{old}", settings.line_of("moved"))
        if old in RESERVED_SLUGS:  # the shape of a name was checked with the file's: lowercase letters, digits, hyphens
            problems.append(Problem(shown, line, f"moved: '{old}' is a folder of the site's own, never a briefing's",
                                    "write the briefing folder's former name"))
        elif why := refused_on_windows(old):  # its page, OLD/index.html, is a folder Windows cannot hold
            problems.append(Problem(shown, line, f"moved: {why}, and a site built or copied on Windows cannot hold "
                                    f"its page ({old}/index.html)", "write the briefing folder's former name"))
        elif len(old) > MAX_NAME_BYTES:  # its page, OLD/index.html, failed the build as written, naming the site
            problems.append(Problem(shown, line, f"moved: a former name of {len(old):,} characters, more than the "
                                    f"{MAX_NAME_BYTES} bytes a file system takes for a folder's name, is no "
                                    "briefing folder's former name", "write the briefing folder's former name"))
        elif old in slugs:
            problems.append(Problem(shown, line, f"moved: '{old}' is the folder of a briefing (content/{old}/), "
                                    "whose address it is", "remove this line, or rename that folder"))
        elif new not in slugs:
            hint = closest(new, slugs)
            problems.append(Problem(shown, line, f"moved: '{old}' leads to '{new}', no briefing's folder",
                                    f"write the folder's name now{f': did you mean {hint!r}?' if hint else ''}"))
    return problems


def first_names(moved: dict[str, str]) -> dict[str, str]:
    """Return each renamed briefing's first folder name (the first of its former names listed), by its name now:
    what its feed entries' ids are made from."""
    first: dict[str, str] = {}
    for old, new in moved.items():
        first.setdefault(new, old)
    return first
