"""The Content-Type the preview serves a site's file with, and the sandbox a document a browser would run is kept in.

The type came from `mimetypes.guess_type`, which reads the machine's own tables (/etc/mime.types, and on Windows the
registry, where an installed editor often makes `.js` `text/plain` and `.css` another type): with the preview's
`X-Content-Type-Options: nosniff`, a browser then refuses the site's scripts and styles, or takes a file for another
kind. The type is now Python's own table's, the same on every machine, with the web's kinds it lacks.

An SVG, an XML file or an XHTML page of static/ (a chart from another site, a logo sent in) runs its scripts when
opened in a tab, in the preview's origin: there they could read every unpublished briefing and the error page's
excerpts of the project's files, and send them away. Such a document is served sandboxed (`Content-Security-Policy:
sandbox`: no script, an origin of its own); shown in a page (`<img>`), it runs none anyway and shows as before.
An HTML page of static/ (an interactive map exported from another tool) is no page the build made, with the site's
Content-Security-Policy: it keeps its scripts, in an origin of its own (`sandbox allow-scripts`).
"""

from __future__ import annotations

import mimetypes

# Python's table alone (no machine's file is read into an instance made so), with the web's kinds 3.11's lacks.
_TABLE = mimetypes.MimeTypes()
for _suffix, _kind in ((".woff", "font/woff"), (".woff2", "font/woff2"), (".webp", "image/webp"),
                       (".xhtml", "application/xhtml+xml"), (".mjs", "text/javascript"),
                       (".js", "text/javascript")):  # RFC 9239: 3.11 says application/javascript, which also runs
    _TABLE.add_type(_kind, _suffix)

SANDBOXED = "sandbox"  # no allow-scripts, no allow-same-origin: nothing runs, and nothing of the preview is reachable
OWN_ORIGIN = "sandbox allow-scripts"  # its scripts run, but reach nothing of the preview's origin
STATIC = "static"  # static/'s folder in site/, a name no briefing may take (load.RESERVED_SLUGS)


def served_type(name: str) -> str:
    """Return the Content-Type of a site's file named `name`, the same on every machine."""
    kind, encoding = _TABLE.guess_type(name, strict=False)
    if kind is None or encoding is not None:  # `notes.svg.gz` is no SVG a browser reads as such
        return "application/octet-stream"
    return kind


def runs_as_document(kind: str) -> bool:
    """Say whether a browser opening a file of `kind` in a tab would run scripts it holds, other than the site's own
    pages (text/html, which carry the site's Content-Security-Policy): SVG, XML and XHTML run theirs."""
    essence = kind.split(";", 1)[0].strip().lower()
    return essence.endswith(("/xml", "+xml"))


def sandbox_for(parts: list[str], kind: str) -> str | None:
    """Return the Content-Security-Policy that keeps the site's file at `parts`, of `kind`, from reaching the preview's
    origin, or None for the build's own pages and for files no browser runs as a document (styles, scripts, images
    shown in a page, a PDF, whose viewer a sandbox would block)."""
    if runs_as_document(kind):
        return SANDBOXED
    if parts[0] == STATIC and kind.split(";", 1)[0].strip().lower() == "text/html":
        return OWN_ORIGIN
    return None
