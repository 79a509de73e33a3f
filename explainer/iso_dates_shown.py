"""An ISO date an editor wrote in plain words shown to readers (an event's `date_basis`: "the Thursday before the
report, dated Friday 2026-02-27"), written as the page writes its dates ("27 February 2026", "27 février 2026") in a
<time> that keeps the ISO form for machines: the page showed "2026-02-27" in the middle of an English sentence, and
on a French or Arabic page alike. A date that is no calendar day ("2026-02-31") is left as written.
"""

from __future__ import annotations

import datetime

from markupsafe import Markup, escape

from . import patterns

# A whole ISO day, not part of a longer number or code ("REF-2026-02-27-1" stays as written)
_ISO_DAY = patterns.compile(r"(?<![\w-])(\d{4}-\d{2}-\d{2})(?![\w-])")


def iso_dates_shown(text: str, labels) -> Markup:
    """Return `text` escaped, each ISO day in it in the page's language within a <time datetime>."""
    if "-" not in text:  # cheap: no date without a hyphen
        return escape(text)
    shown, end = [], 0
    for match in _ISO_DAY.finditer(text):
        iso = match.group(1)
        try:
            datetime.date.fromisoformat(iso)
        except ValueError:
            continue
        shown.append(escape(text[end:match.start()]))
        shown.append(Markup('<time datetime="{}">{}</time>').format(iso, labels.date(iso)))
        end = match.end()
    shown.append(escape(text[end:]))
    return Markup("").join(shown)
