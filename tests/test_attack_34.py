"""Round thirty-four of attacks on files, signals and sockets: a site address that reads as one site and leads to
another, or to none.

The site's address (site.yaml's `base_url`, or `--base-url`) is in every page's canonical link and Open Graph address,
the feed's id and links, the sitemap and robots.txt. Its pattern let through `https://example.org@evil.example/`, which
a reviewer reads as example.org and a browser follows to evil.example (before `@` stands a user name), and
`https://evil.example\\.example.org/` (a browser reads `\\` as `/`); `https://user:secret@example.org/` published its
password in every page; `https://example.org:99999/`, `https://[::1/` and `https:///` built a feed no reader follows.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from conftest import run_build
from support import edit, error_lines

from explainer.arguments import base_url

MISLEADING = [
    ("https://example.org@evil.example/", "leads to 'evil.example'"),
    ("https://editor:s3cret@example.org/briefings/", "user name or password"),
    ("https://example.org:443@evil.example/", "leads to 'evil.example'"),
    ("https://evil.example\\.example.org/", "backslash"),
    ("http://example.org\\@evil.example/", "backslash"),
    ("https://example.org:99999/", "port out of range"),
    ("https://example.org:http/", "port could not be cast"),
    ("https://example.org:0/", "port 0"),
    ("https://[::1/", "invalid ipv6"),
    ("https:///briefings/", "names no host"),
]

HONEST = [
    "https://example.org/briefings/",
    "https://example.org",
    "http://localhost:8000/",
    "https://example.org:8443/desk/",
    "https://[2001:db8::1]/",
    "https://[2001:db8::1]:8443/",
    "https://example.org/news%20desk/",
    "https://bücher.example/",
    "https://example.org/~desk/@team/",  # an @ in the path names no user
    "",
    "https://example.org:/",  # an empty port is the scheme's
]


@pytest.mark.parametrize("url, told", MISLEADING, ids=[url for url, _ in MISLEADING])
def test_an_address_leading_elsewhere_than_it_reads_is_refused_on_the_command_line(url: str, told: str):
    with pytest.raises(argparse.ArgumentTypeError) as refused:
        base_url(url)
    assert told in str(refused.value).lower()
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize("url", HONEST)
def test_an_honest_address_is_taken(url: str):
    assert base_url(url) == url


def test_site_yaml_address_with_a_user_name_is_refused_at_its_line(built_minimal: Path):
    """A pull request's `base_url: https://example.org@evil.example/` sent every canonical and feed link elsewhere."""
    site = built_minimal / "content" / "site.yaml"
    text = site.read_text(encoding="utf-8")
    site.write_text(text + "base_url: https://example.org@evil.example/\n", encoding="utf-8")
    line = len(text.splitlines()) + 1
    result = run_build(built_minimal, "check")
    assert result.code == 1, result.err
    assert error_lines(result) == [
        f"content/site.yaml:{line}: base_url: 'https://example.org@evil.example/' holds a user name or password "
        "(before '@'): the address leads to 'evil.example', and every page would publish what stands before it "
        "(write the address the site is published at, e.g. https://example.org/briefings/)"]
    edit(site, "https://example.org@evil.example/", "https://example.org/briefings/")
    result = run_build(built_minimal, "check")
    assert result.code == 0, result.err


def test_a_sources_link_with_a_user_name_is_refused_at_its_line_and_an_at_in_its_path_builds(built_minimal: Path):
    """`url: https://reuters.com@evil.example/world` read as Reuters on its source page and led to evil.example."""
    library = built_minimal / "content" / "sources.yaml"
    text = library.read_text(encoding="utf-8")
    library.write_text(text + "    url: https://reuters.com@evil.example/world\n", encoding="utf-8")
    line = len(text.splitlines()) + 1
    result = run_build(built_minimal, "check")
    assert result.code == 1, result.err
    assert error_lines(result) == [
        f"content/sources.yaml:{line}: sources[0].url: 'https://reuters.com@evil.example/world' holds a user name or "
        "password (before '@'): the address leads to 'evil.example', and its source page would show what stands "
        "before it as where it leads (write the address the original is read at, as a reader's browser opens it)"]
    edit(library, "https://reuters.com@evil.example/world", "https://medium.com/@reporter/flood-report")
    result = run_build(built_minimal, "check")
    assert result.code == 0, result.err
