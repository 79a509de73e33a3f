"""The words of the preview's own pages (the error page, "no page here", "the project folder is gone"), in the
site's language where its locale has them.

They are read apart from the build (in the server, after each build), and never fail: the error page shows exactly
when the content (site.yaml or a locale included) is broken, so what cannot be read gives English, or the words the
server had, never an error of its own.
"""

from __future__ import annotations

import functools
import html
from pathlib import Path

from markupsafe import Markup

from .locale import PREVIEW_LABELS, Labels, base_language, built_in_english, load_locales
from .safefs import FileRefused, read_regular
from .yamlsafe import CONTENT_TOO_LARGE, MAX_FILE_BYTES, YamlMap, YamlProblem, decode_text, parse_yaml


def english() -> Labels:
    """Return the built-in English labels, which have every preview label."""
    return Labels(built_in_english(), "en")


def preview_labels(root: Path) -> Labels | None:
    """Return the labels the preview's pages speak: the site's language (site.yaml's `language`, "en" when it sets
    none), tagged as the site is ("pt-BR"), where its locale has every preview label, else English, as a project
    locale need not translate the preview. None where site.yaml cannot be read or parsed (the caller keeps what it
    had: a typo in site.yaml does not turn the page English)."""
    language = site_language(root)
    if language is None:
        return None
    try:
        locales, _ = load_locales(root)  # a project locale with problems leaves the built-in one of its language
    except OSError:  # the folder went while it was read
        return english()
    labels = locales.get(base_language(language))
    if labels is None or not all(isinstance(labels.get(key), str) for key in PREVIEW_LABELS):
        return english()
    return labels.in_language(language)


def site_language(root: Path) -> str | None:
    """Return site.yaml's `language` ("en" when it sets none), or None where the file cannot be read or parsed."""
    path = root / "content" / "site.yaml"
    try:
        raw = read_regular(path, root, MAX_FILE_BYTES, "content/site.yaml", CONTENT_TOO_LARGE)
    except (FileRefused, OSError):
        return None
    return _language_in(raw)


@functools.lru_cache(maxsize=2)  # one project's site.yaml (up to 8 MiB), read again after every build
def _language_in(raw: bytes) -> str | None:
    try:
        tree = parse_yaml(decode_text(raw, "content/site.yaml"), "content/site.yaml")
    except (YamlProblem, ValueError):
        return None
    if not isinstance(tree, YamlMap):
        return None
    language = tree.get("language", "en")
    return language.strip() if isinstance(language, str) and language.strip() else "en"


def with_code(labels: Labels, key: str, **values: str) -> Markup:
    """Return a label with each {placeholder} filled in as <code>, escaped (a folder's path, an address); on a
    right-to-left page the code runs left to right, so that a path's slashes and colons stay where they are."""
    code = Markup('<code dir="ltr">{}</code>') if labels.direction == "rtl" else Markup("<code>{}</code>")
    # Quotes are left as they are: the label is an element's text, never an attribute's ("the folder's new place").
    return Markup(html.escape(labels[key], quote=False)).format(**{name: code.format(value) for name, value in values.items()})
