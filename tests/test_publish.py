"""Publishing to GitHub Pages: the workflows lint clean, and the built site works from a sub-path.

The site is served as GitHub Pages serves a project site: under /briefing/, without dotfiles
(upload-pages-artifact v4 leaves them out), with 404.html for any unknown path at any depth.
"""

from __future__ import annotations

import datetime
import difflib
import os
import re
import shutil
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest
import yaml

from browser_support import QuietHandler, serve

from conftest import PROJECT_PARTS, REPO, copy_project, run_build

BASE_URL = "https://example.github.io/briefing/"
SUB_PATH = "/briefing/"
WORKFLOWS = REPO / ".github" / "workflows"
WORKFLOW_FILES = (WORKFLOWS / "pages.yml", WORKFLOWS / "tests.yml")
URL_ATTRIBUTES = ("href", "src", "xlink:href", "poster", "data", "action", "cite")
ABSOLUTE_META = ("og:url", "og:image", "twitter:image")
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


# --- building and serving -------------------------------------------------------------------

def build_copy(folder: Path, base_url: str) -> Path:
    """Build a copy of the real project with `base_url` and return its site folder."""
    root = copy_project(folder / "project")
    result = run_build(root, "--base-url", base_url)
    assert result.code == 0, result.err
    return root / "site"


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Path:
    """The real briefing built as the Pages workflow builds it, with a project-site base URL."""
    return build_copy(tmp_path_factory.mktemp("published"), BASE_URL)


@pytest.fixture(scope="session")
def unaddressed_site(tmp_path_factory) -> Path:
    """The real briefing built with no base URL at all (an empty --base-url overrides the content's)."""
    return build_copy(tmp_path_factory.mktemp("unaddressed"), "")


class PagesHandler(QuietHandler):
    """Serves files as GitHub Pages does: an unknown path gets the site's 404.html, status 404."""

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / SUB_PATH.strip("/") / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="session")
def pages_root(published_site: Path, tmp_path_factory):
    """Serve the published site at http://127.0.0.1:PORT/briefing/ and yield that address."""
    www = tmp_path_factory.mktemp("www")
    shutil.copytree(published_site, www / SUB_PATH.strip("/"), ignore=shutil.ignore_patterns(".*"))
    with serve(www, PagesHandler) as base:
        yield base.rstrip("/") + SUB_PATH


# --- fetching and parsing -------------------------------------------------------------------

@dataclass(frozen=True)
class Response:
    """One HTTP answer."""

    status: int
    content_type: str
    body: bytes


def fetch(url: str) -> Response:
    """Return the server's answer to GET `url`, error statuses included."""
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return Response(answer.status, answer.headers.get_content_type(), answer.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers.get_content_type(), error.read())


@dataclass(frozen=True)
class Reference:
    """One address written in a page or stylesheet."""

    tag: str
    attr: str
    value: str
    rel: tuple[str, ...]
    line: int

    @property
    def navigation(self) -> bool:
        """Whether a reader follows it (a link to a source) rather than the browser loading it."""
        return self.attr == "cite" or (self.tag in ("a", "area") and self.attr == "href")

    @property
    def must_be_absolute(self) -> bool:
        """Whether the address is one the base URL exists for (canonical link, Open Graph)."""
        return self.tag == "meta" or "canonical" in self.rel


class PageParser(HTMLParser):
    """Collects a page's element ids and every address it refers to."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.references: list[Reference] = []

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        line = self.getpos()[0]
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag == "a" and "name" in attributes:
            self.ids.add(attributes["name"])
        rel = tuple(attributes.get("rel", "").lower().split())
        for name in URL_ATTRIBUTES:
            if name in attributes:
                self.references.append(Reference(tag, name, attributes[name].strip(), rel, line))
        for candidate in filter(None, attributes.get("srcset", "").split(",")):
            self.references.append(Reference(tag, "srcset", candidate.split()[0], rel, line))
        if tag == "meta" and attributes.get("property") in ABSOLUTE_META:
            self.references.append(Reference(tag, "content", attributes.get("content", ""), rel, line))


def parse_page(body: bytes) -> PageParser:
    """Return the parsed page."""
    parser = PageParser()
    parser.feed(body.decode("utf-8"))
    parser.close()
    return parser


def css_references(text: str) -> list[Reference]:
    """Return the url(...) and @import addresses of a stylesheet."""
    found = []
    for pattern in (r"url\(\s*(['\"]?)(.*?)\1\s*\)", r"@import\s+(['\"])(.*?)\1"):
        for match in re.finditer(pattern, text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(Reference("css", "url", match.group(2).strip(), (), line))
    return found


# --- crawling -------------------------------------------------------------------------------

@dataclass
class Crawler:
    """Visits pages of the site served at `root` and records every reference that does not resolve."""

    root: str
    problems: list[str] = field(default_factory=list)
    pages: dict[str, PageParser] = field(default_factory=dict)
    responses: dict[str, Response] = field(default_factory=dict)

    def get(self, url: str) -> Response:
        """Return the (cached) answer for `url`, whose stylesheet references are checked once."""
        if url not in self.responses:
            self.responses[url] = response = fetch(url)
            if response.status == 200 and response.content_type == "text/css":
                for reference in css_references(response.body.decode("utf-8")):
                    self.check(url, reference, None)
        return self.responses[url]

    def ids_of(self, url: str) -> set[str]:
        """Return the element ids of the page at `url` (none unless it is HTML)."""
        response = self.get(url)
        if response.content_type != "text/html":
            return set()
        return self.pages[url].ids if url in self.pages else parse_page(response.body).ids

    def crawl(self, start: str) -> None:
        """Visit every page reachable from `start` by internal links."""
        queue, seen = [start], {site_path(self.root, start)}
        while queue:
            url = queue.pop(0)
            response = self.get(url)
            if response.status != 200 or response.content_type != "text/html":
                continue  # already reported by the reference that led here
            for target in self.visit(url, response.body):
                if site_path(self.root, target) not in seen and self.get(target).content_type == "text/html":
                    seen.add(site_path(self.root, target))
                    queue.append(target)

    def visit(self, url: str, body: bytes) -> list[str]:
        """Check every reference of the page at `url`; return the internal addresses it leads to."""
        page = self.pages[url] = parse_page(body)
        if not any(ref.tag == "link" and "icon" in ref.rel for ref in page.references):
            self.problems.append(f"{self.shown(url)}: no <link rel=icon>")
        targets = (self.check(url, reference, page) for reference in page.references)
        return [target for target in targets if target]

    def check(self, url: str, ref: Reference, page: PageParser | None) -> str | None:
        """Check one reference made at `url`; return the internal address it leads to, if any."""
        where = f"{self.shown(url)}:{ref.line}: <{ref.tag} {ref.attr}={ref.value!r}>"
        problem = self.problem_with(url, ref)
        if problem:
            self.problems.append(f"{where} {problem}")
            return None
        address = self.local(urljoin(url, ref.value))
        parts = urlsplit(address)
        if parts.netloc != urlsplit(self.root).netloc or parts.scheme == "mailto":
            return None  # a link out to a source: not ours to fetch
        target, fragment = urldefrag(address)
        same_page = page is not None and target == urldefrag(url).url
        status = 200 if same_page else self.get(target).status
        if status != 200:
            self.problems.append(f"{where} answers HTTP {status}")
        elif fragment and unquote(fragment) not in (page.ids if same_page else self.ids_of(target)):
            self.problems.append(f"{where} names #{unquote(fragment)}, which that page does not have")
        return None if same_page else target

    def problem_with(self, url: str, ref: Reference) -> str | None:
        """Return why the reference's address is not allowed, or None."""
        if ref.must_be_absolute:
            return None if ref.value.startswith(BASE_URL) else f"is not under the base URL {BASE_URL}"
        if not ref.value:
            return "is empty"
        address = self.local(urljoin(url, ref.value))
        parts = urlsplit(address)
        if parts.scheme == "mailto" and ref.navigation:
            return None
        if parts.scheme not in ("http", "https"):
            return f"uses {parts.scheme}: (only web addresses are allowed)"
        if parts.netloc == urlsplit(self.root).netloc:
            return None if parts.path.startswith(SUB_PATH) else f"leads to {parts.path}, outside {SUB_PATH}"
        if parts.netloc == urlsplit(BASE_URL).netloc:
            return f"leads outside the base URL {BASE_URL}"
        return None if ref.navigation else f"loads a resource from another host ({parts.netloc})"

    def local(self, address: str) -> str:
        """Return `address` with the public base URL replaced by the local server's."""
        return self.root + address[len(BASE_URL):] if address.startswith(BASE_URL) else address

    def shown(self, url: str) -> str:
        """Return `url` as the site path a reader would recognise."""
        return SUB_PATH + url[len(self.root):] if url.startswith(self.root) else url


def site_path(root: str, url: str) -> str:
    """Return the file a crawled address serves, relative to the site folder."""
    path = url[len(root):]
    return path + "index.html" if path == "" or path.endswith("/") else path


def html_pages(site: Path) -> set[str]:
    """Return every HTML file of the site, relative to it."""
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


# --- the workflows --------------------------------------------------------------------------

def load_workflow(path: Path) -> dict:
    """Return a workflow file as data, with its `on` key under "on" (YAML 1.1 reads it as true)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))
    return data


def test_workflows_pass_actionlint():
    binary = shutil.which("actionlint")
    if binary is None:
        message = "actionlint is not on PATH (pip install -e '.[test]' installs it)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    done = subprocess.run([binary, "-no-color", *map(str, WORKFLOW_FILES)], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_pages_workflow_tests_builds_and_deploys_main_with_least_privilege():
    flow = load_workflow(WORKFLOWS / "pages.yml")
    assert flow["on"]["push"]["branches"] == ["main"] and "workflow_dispatch" in flow["on"]
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert flow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    steps = flow["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in steps]
    test_step = next(i for i, run in enumerate(runs) if "python -m pytest" in run)
    build_step = next(i for i, run in enumerate(runs) if "python build.py --base-url" in run)
    assert test_step < build_step
    assert steps[build_step]["env"]["BASE_URL"] == "${{ steps.pages.outputs.base_url }}"
    assert any(step.get("uses", "").startswith("actions/upload-pages-artifact@") and step["with"]["path"]
               in ("site", "site/") for step in steps)
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][-1]["uses"].startswith("actions/deploy-pages@")


def test_pull_requests_run_the_test_suite_annotate_problems_and_attach_the_site():
    flow = load_workflow(WORKFLOWS / "tests.yml")
    assert "pull_request" in flow["on"]
    steps = [step for job in flow["jobs"].values() for step in job["steps"]]
    assert any("python -m pytest" in step.get("run", "") for step in steps)
    assert any(step.get("run", "").strip() == "python build.py check --format github" for step in steps)
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "site/"


def test_every_action_is_pinned_to_a_major_version_or_commit():
    for path in WORKFLOW_FILES:
        for job in load_workflow(path)["jobs"].values():
            for uses in (step["uses"] for step in job["steps"] if "uses" in step):
                assert re.fullmatch(r"[\w.-]+/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})", uses), (path.name, uses)


# --- the site under a sub-path --------------------------------------------------------------

def test_every_page_and_resource_resolves_under_the_sub_path(pages_root: str, published_site: Path):
    crawler = Crawler(pages_root)
    crawler.crawl(pages_root)
    assert crawler.problems == [], "\n".join(crawler.problems)
    crawled = {site_path(pages_root, url) for url in crawler.pages}
    assert crawled == html_pages(published_site) - {"404.html"}, "pages no link reaches, or missing pages"


@pytest.mark.parametrize("path", ["missing.html", "sources/missing.html", "no/such/deep/folder/page.html"])
def test_unknown_paths_at_any_depth_get_the_404_page_with_working_links(pages_root, published_site, path):
    url = pages_root + path
    response = fetch(url)
    assert response.status == 404
    assert response.body == (published_site / "404.html").read_bytes()
    crawler = Crawler(pages_root)
    targets = crawler.visit(url, response.body)
    assert crawler.problems == [], "\n".join(crawler.problems)
    assert pages_root + "index.html" in targets or pages_root in targets, "404.html does not lead to the briefing"


def test_absolute_addresses_stay_under_the_base_url(published_site: Path):
    host = re.escape(urlsplit(BASE_URL).netloc)
    outside = re.compile(rf"{host}(?!{re.escape(SUB_PATH)})".encode())
    strays = [p.relative_to(published_site).as_posix() for p in sorted(published_site.rglob("*"))
              if p.is_file() and outside.search(p.read_bytes())]
    assert strays == [], f"these files name {urlsplit(BASE_URL).netloc} outside {SUB_PATH}"


# --- the extra files ------------------------------------------------------------------------

@pytest.mark.parametrize("site_name", ["published_site", "unaddressed_site"])
def test_pages_extras_are_present(request, site_name: str):
    site = request.getfixturevalue(site_name)
    for name in ("404.html", "robots.txt", ".nojekyll", "static/favicon.svg"):
        assert (site / name).is_file(), f"{name} is missing"
    favicon = (site / "static/favicon.svg").read_bytes()
    assert len(favicon) < 10_000, "the favicon should be a small SVG"
    assert ET.fromstring(favicon).tag.rpartition("}")[2] == "svg"


def test_sitemap_lists_every_page_under_the_base_url(published_site: Path):
    locations = [loc.text for loc in ET.parse(published_site / "sitemap.xml").iter(f"{SITEMAP_NS}loc")]
    assert locations and all(loc.startswith(BASE_URL) for loc in locations), locations
    pages = {path if path.endswith(".html") else path + "index.html" for path in (loc[len(BASE_URL):] for loc in locations)}
    assert pages == html_pages(published_site) - {"404.html"}
    assert f"Sitemap: {BASE_URL}sitemap.xml" in (published_site / "robots.txt").read_text(encoding="utf-8")


def test_without_a_base_url_there_is_no_sitemap_and_no_absolute_address(unaddressed_site: Path):
    assert not (unaddressed_site / "sitemap.xml").exists()
    assert "Sitemap:" not in (unaddressed_site / "robots.txt").read_text(encoding="utf-8")
    for name in sorted(html_pages(unaddressed_site)):
        page = parse_page((unaddressed_site / name).read_bytes())
        assert [ref for ref in page.references if ref.must_be_absolute] == [], name


# --- reproducibility ------------------------------------------------------------------------

def site_bytes(site: Path) -> dict[str, bytes]:
    """Return {relative path: bytes} for every file under `site`, dotfiles included."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_of_the_same_input_are_byte_identical(tmp_path: Path, monkeypatch):
    sites = []
    for name, hash_seed in (("first", "1"), ("second", "2")):
        monkeypatch.setenv("PYTHONHASHSEED", hash_seed)  # set and dict order must not leak into output
        root = copy_project(tmp_path / name / "project")
        out = tmp_path / name / f"{name}-site"
        result = run_build(root, "--out", str(out), "--base-url", BASE_URL)
        assert result.code == 0, result.err
        sites.append(site_bytes(out))
    first, second = sites
    assert sorted(first) == sorted(second)
    differing = [path for path in first if first[path] != second[path]]
    assert differing == [], first_difference(differing[0], first[differing[0]], second[differing[0]])


def first_difference(path: str, first: bytes, second: bytes) -> str:
    """Return the opening lines of a unified diff between two versions of one file."""
    lines = difflib.unified_diff(first.decode("utf-8", "replace").splitlines(),
                                 second.decode("utf-8", "replace").splitlines(), f"first/{path}", f"second/{path}",
                                 lineterm="")
    return "\n".join(list(lines)[:20])


def spellings_of(day: datetime.date) -> set[str]:
    """Return the usual ways of writing `day`."""
    return {day.isoformat(), f"{day:%Y%m%d}", f"{day:%Y/%m/%d}", f"{day:%d/%m/%Y}", f"{day:%m/%d/%Y}",
            f"{day.day} {day:%B %Y}", f"{day:%B} {day.day}, {day.year}", f"{day.day} {day:%b %Y}",
            f"{day:%b} {day.day}, {day.year}"}


def input_text() -> str:
    """Return all of the project's inputs as one text, to tell content dates from the clock."""
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for part in PROJECT_PARTS
                     for p in sorted((REPO / part).rglob("*")) if p.is_file())


def test_output_holds_no_date_or_time_from_the_clock(published_site: Path):
    inputs = input_text()
    # The content may be dated today (a log entry written today shows today's date, spelled out).
    dated_today = datetime.date.today().isoformat() in inputs
    today = set() if dated_today else {s for s in spellings_of(datetime.date.today()) if s not in inputs}
    now = time.time()
    for path, data in site_bytes(published_site).items():
        text = data.decode("utf-8", errors="replace")
        assert [s for s in today if s in text] == [], f"{path} holds today's date"
        stamps = [int(n[:10]) for n in re.findall(r"(?<!\d)1\d{9}(?:\d{3})?(?!\d)", text)]
        assert [s for s in stamps if abs(s - now) < 3 * 86400] == [], f"{path} holds a Unix timestamp"
