"""A prose link whose address reads as one site and leads to another, held to what a source's link is held to.

A reviewer reads a link's target in the YAML to know where it leads: `[Reuters](https://reuters.com@evil.example/)`
led to evil.example (before '@' stands a user name), `https://reuters.com∕world.evil.example/` to a site of
evil.example's (markdown-it writes its host as `reuters.xn--comworld-0f7d.evil.example`), and
`https://reuters.com%2eevil.example/` to reuters.com.evil.example (`tests/test_attack_35.py`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .prose import ParsedProse, markdown
from .site_address import address_problem


def misleading_links(parsed: ParsedProse) -> list[tuple[int, str]]:
    """Return (line, what is wrong) for each web link of markdown prose whose address leads elsewhere than it reads."""
    found = []
    for token in parsed.tokens:
        for child in token.children or () if token.type == "inline" else ():
            if child.type == "link_open":
                href = str(child.attrGet("href") or "")
                parts = urlsplit(href)
                if parts.scheme.lower() in ("http", "https"):
                    # As written first where markdown-it wrote the host otherwise (as punycode, or a backslash as
                    # %5C), then as the page links it; most links it left as they were (decoding costs 0.2 ms).
                    written = href if "xn--" not in parts.netloc and "%" not in parts.netloc else \
                        markdown().normalizeLinkText(href)
                    wrong = address_problem(written) or (written != href and address_problem(href))
                    if wrong:
                        found.append((token.map[0] if token.map else 0, wrong.partition(", and every page")[0]))
    return found
