"""A prose link whose address Python cannot even split: a bracketed host that is no IP address.

`urlsplit("http://[^monday]")` raises ValueError (Python checks a bracketed host since 3.11.4), and the build stopped
with a traceback where markdown-it asked whether the link was safe (found by test_property's random markdown). Such
an address is now one error naming the file and line, as any address no browser can follow is
(explainer/prose.py `url_parts`), and the site is left as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import build_ok, edit, error_lines, rebuild_fails

BRIEFING = "content/flood/briefing.yaml"
SENTENCE = "and again on Tuesday[^tuesday]."
NO_ADDRESS = "is no address a browser can follow"


@pytest.mark.parametrize("link, address, line", [
    ("See [the map](http://[^monday]).", "http://[^monday]", 3),
    ("See [the map](https://[::1x]/a).", "https://[::1x]/a", 3),
    ("See <http://[zz]/a>.", "http://[zz]/a", 3),
    ("See [the map][m].\n\n  [m]: https://[zz]/x", "https://[zz]/x", 5),
])
def test_a_web_link_no_browser_can_follow_is_one_error_at_its_line(built_minimal: Path, link: str, address: str,
                                                                   line: int):
    good = build_ok(built_minimal)
    edit(built_minimal / BRIEFING, SENTENCE, f"{SENTENCE} {link}")
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert len(lines) == 1, lines  # named once, not also as a link of another scheme
    assert lines[0].startswith(f"content/flood/briefing.yaml:{line}: `summary`: a link's address '{address}' "
                               f"{NO_ADDRESS}"), lines


def test_another_schemes_link_no_browser_can_follow_is_refused_as_another_scheme(built_minimal: Path):
    good = build_ok(built_minimal)
    edit(built_minimal / BRIEFING, SENTENCE, f"{SENTENCE} See [the map](ftp://[zz]/a).")
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert lines == ["content/flood/briefing.yaml:3: `summary`: a link to 'ftp://[zz]/a' would show as its markdown, "
                     "not as a link: only a web address (http, https), mailto or a page of the site is linked (link to "
                     "http(s) or a relative page)"], lines


@pytest.mark.parametrize("link, href", [("[the map](http://[::1]/a)", "http://[::1]/a"),
                                        ("[the map](https://[2001:db8::7]:8443/a)", "https://[2001:db8::7]:8443/a")])
def test_a_link_to_a_bracketed_ip_address_builds(built_minimal: Path, link: str, href: str):
    """The twins: a bracketed host that is an IPv6 address splits, and links as written."""
    edit(built_minimal / BRIEFING, SENTENCE, f"{SENTENCE} See {link}.")
    result = run_build(built_minimal)
    assert result.code == 0, result.err[-800:]
    assert f'href="{href}"' in (built_minimal / "site/flood/index.html").read_text(encoding="utf-8")
