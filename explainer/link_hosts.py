"""A prose link whose address reads as one site and leads to another, held to what a source's link is held to.

A reviewer reads a link's target in the YAML to know where it leads: `[Reuters](https://reuters.com@evil.example/)`
led to evil.example (before '@' stands a user name), `https://reuters.com∕world.evil.example/` to a site of
evil.example's (markdown-it writes its host as `reuters.xn--comworld-0f7d.evil.example`), and
`https://reuters.com%2eevil.example/` to reuters.com.evil.example (`tests/test_attack_35.py`).
"""

from __future__ import annotations

import html
import re

from . import patterns
from .prose import ParsedProse, is_safe_url, markdown, url_parts
from .site_address import address_problem

# A link's address as the YAML writes it: an inline link's destination, an autolink, a reference's definition.
# markdown-it hands the page an address already read (another script's full stop, "reuters.com。evil.example", made
# '.'), so the address a reviewer reads is looked at here too.
_WRITTEN = patterns.compile(r"\]\(\s*<?(https?://[^\s()<>]+)|<(https?://[^\s<>]+)>"
                            r"|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?(https?://[^\s<>]+)", re.IGNORECASE | re.MULTILINE)
_ESCAPED = patterns.compile(r"\\([!-/:-@\[-`{-~])")  # a markdown escape, "\_", which the address does not hold


def misleading_links(parsed: ParsedProse, text: str = "") -> list[tuple[int, str]]:
    """Return (line, what is wrong) for each web link of markdown prose (`text`, as written) whose address leads
    elsewhere than it reads."""
    found = _written_wrong(text) if "http" in text else []
    for token in parsed.tokens:
        for child in token.children or () if token.type == "inline" else ():
            if child.type == "link_open":
                href = str(child.attrGet("href") or "")
                parts = url_parts(href)
                if parts is not None and parts.scheme.lower() in ("http", "https"):
                    # As written first where markdown-it wrote the host otherwise (as punycode, or a backslash as
                    # %5C), then as the page links it; most links it left as they were (decoding costs 0.2 ms).
                    written = href if "xn--" not in parts.netloc and "%" not in parts.netloc else \
                        markdown().normalizeLinkText(href)
                    wrong = address_problem(written) or (written != href and address_problem(href))
                    line = token.map[0] if token.map else 0
                    said = wrong.partition(", and every page")[0] if wrong else ""
                    if said and not any(said == seen for _, seen in found):  # named once: where the YAML writes it
                        found.append((line, said))
    return sorted(found)


def _written_wrong(text: str) -> list[tuple[int, str]]:
    """Return (line, what is wrong) for each web address of a link as `text` writes it that leads elsewhere than it
    reads."""
    found = []
    for match in _WRITTEN.finditer(text):
        address = _ESCAPED.sub(r"\1", next(group for group in match.groups() if group))
        wrong = address_problem(address)
        if wrong:
            found.append((text.count("\n", 0, match.start()), wrong.partition(", and every page")[0]))
    return found


# A link's destination as the YAML writes it, of any scheme: markdown-it links none but http(s), mailto and the
# site's own pages, and showed `[the report](javascript:alert(1))` as its markdown, published with no word said.
_DESTINATION = patterns.compile(r"\]\(\s*<?([^\s<>()]+)|<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>"
                                r"|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s<>]+)", re.MULTILINE)


def unlinked_addresses(text: str) -> list[tuple[int, str]]:
    """Return (line, address) for each link `text` writes whose address markdown-it refuses to link (a scheme
    other than http, https and mailto: `javascript:`, `data:`, `file:`), so that the page would show its markdown."""
    if ":" not in text and "](" not in text:
        return []
    found = []
    for match in _DESTINATION.finditer(text):
        address = next(group for group in match.groups() if group)
        # As markdown-it reads it: a character reference decoded ("&#106;avascript:", "javascript&#58;" showed as their
        # markdown unsaid, round 68), as an escape is.
        written = html.unescape(_ESCAPED.sub(r"\1", address)) if "&" in address else _ESCAPED.sub(r"\1", address)
        # a web address no browser can follow ("http://[^monday]") is named once, by misleading_links
        unreadable_web = url_parts(written) is None and written.lower().startswith(("http:", "https:"))
        # A scheme's, or none but another host's ("//example.org/map", which the page showed as its markdown too)
        if (":" in written or written.startswith("//")) and not is_safe_url(written) and not unreadable_web:
            found.append((text.count("\n", 0, match.start()), address))
    return found
