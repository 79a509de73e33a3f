"""The site's address (site.yaml's `base_url`, `--base-url`): one that leads where it reads, or none.

Every page's canonical link and Open Graph address, the feed's id and links, the sitemap and robots.txt are it with a
path added. Its pattern (http or https, no space, quote, query or fragment) let through addresses that read as one site
and lead to another, or to none: `https://example.org@evil.example/` leads to evil.example (what stands before `@` is
a user name), and so does `https://evil.example\\.example.org/` (a browser reads `\\` as `/`); `https://user:secret@...`
published its password in every page; `https://example.org:99999/`, `https://[::1/` and `https:///` are no address
a feed reader can follow (`tests/test_attack_34.py`).

A source's link (sources.yaml's `url`) is held to the same: `https://reuters.com@evil.example/` read as Reuters on
its source page and led to evil.example (`tests/test_attack_34.py`).

Its scheme and host may be written in any case, as browsers read them (`HTTPS://EXAMPLE.ORG/` was refused as no http
address); the site's address is written with them in lower case, its path as given, so the same site keeps the same
feed id and canonical links however it is typed; a source's link is written as given (`tests/test_attack_40.py`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .host_names import host_problem
from .problems import Problem

HINT = "write the address the site is published at, e.g. https://example.org/briefings/"


def address_problem(url: str) -> str | None:
    """Return what is wrong with a site address that its pattern passed, or None (also for an empty one)."""
    if not url:
        return None
    if "\\" in url:  # cheap gates first: most addresses hold neither, nor a bracket
        return (f"'{url}' holds a backslash, which a browser reads as '/': the address would lead to the host before "
                "it")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:  # "Invalid IPv6 URL", "Port out of range 0-65535", a port that is no number
        return f"'{url}' is no address a browser can follow ({str(error)[:1].lower()}{str(error)[1:]})"
    if "@" in parts.netloc:
        return (f"'{url}' holds a user name or password (before '@'): the address leads to "
                f"'{parts.hostname or ''}', and every page would publish what stands before it")
    if not parts.hostname:
        return f"'{url}' names no host"
    if wrong := host_problem(url, parts.netloc):  # a host a browser reads otherwise: `reuters.com∕world.evil.example`
        return wrong
    if port == 0:
        return f"'{url}' names port 0, which no server listens on"
    return None


def lowercase_host(url: str) -> str:
    """Return an address with its scheme and host in lower case, as a browser writes them; its path is left as given,
    as a server may tell `/Briefings/` from `/briefings/`."""
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}"


def site_address_problems(settings, shown: str) -> list[Problem]:
    """Return site.yaml's problem with its `base_url`, if any."""
    wrong = address_problem(settings.base_url)
    return [Problem(shown, settings.line_of("base_url"), f"base_url: {wrong}", HINT)] if wrong else []


def source_link_problems(sources, shown: str) -> list[Problem]:
    """Return sources.yaml's problems with its sources' links (`url`) that read as one site and lead to another."""
    problems = []
    for index, source in enumerate(sources):
        wrong = address_problem(source.url)
        if wrong:
            wrong = wrong.replace("every page would publish what stands before it",
                                  "its source page would show what stands before it as where it leads")
            problems.append(Problem(shown, source.line_of("url"), f"sources[{index}].url: {wrong}",
                                    "write the address the original is read at, as a reader's browser opens it"))
    return problems
