"""Round fifty-nine of attacks on the preview: what round 58 left open, and its server's requests.

1. `GET /.explainer-site` was served by the preview as any file of site/: the build's manifest, which lists every file
   of the site (an unpublished briefing's pages too). It is now 404, in any letter case or with a trailing dot, as a
   disk that ignores them finds it (explainer/serve.py `is_the_builds_own`). Honest twins: a static file of a hidden
   folder (`.well-known/security.txt`) and a page whose name only starts like it are served.
2. A target in absolute form naming the preview (`GET http://127.0.0.1:PORT/ HTTP/1.1`, as a proxy is sent one and
   some tools send it to any server) was answered 404 however the page stood. It is now answered as for its path and
   query; one naming another host or port, `https`, a user name or an unparsable port is 400
   (explainer/absolute_targets.py). Honest twins: the page, a redirect for a folder and a 404 for a page not there
   are answered as for the path.
"""

from __future__ import annotations

import pytest

from test_attack_3 import answer, shared_server, shared_servers  # noqa: F401 (fixtures)
from test_serve_attack import port_of


def _asked(url: str, target: str, host: str | None = None) -> bytes:
    port = port_of(url)
    host = host or f"127.0.0.1:{port}"
    return answer(url, f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())


def _status(answered: bytes) -> int:
    return int(answered.split(b" ", 2)[1]) if answered.startswith(b"HTTP/1.1 ") else 0


# --- 1. fixed: the build's manifest is not served -------------------------------------------------------------------

@pytest.mark.parametrize("target", ["/.explainer-site", "/.EXPLAINER-SITE", "/.explainer-site.", "/%2eexplainer-site"])
def test_the_builds_manifest_is_not_served(shared_server, target: str):
    """Before: 200, the manifest's list of every file the site holds."""
    answered = _asked(shared_server.url, target)
    assert _status(answered) == 404, answered[:200]
    assert b"index.html\n" not in answered


def test_a_page_named_like_the_manifest_is_served(shared_server):
    """The twin: the site's own pages, under the same server, are served as before."""
    assert _status(_asked(shared_server.url, "/")) == 200
    assert _status(_asked(shared_server.url, "/feed.xml")) == 200


# --- 2. fixed: a target in absolute form naming the preview is answered as for its path --------------------------

def test_an_absolute_target_naming_the_preview_is_answered_as_its_path(shared_server):
    """Before: 404 for every page."""
    port = port_of(shared_server.url)
    for authority in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", f"[::1]:{port}"):
        answered = _asked(shared_server.url, f"http://{authority}/")
        assert _status(answered) == 200 and b"<html lang" in answered, (authority, answered[:200])
    answered = _asked(shared_server.url, f"HTTP://127.0.0.1:{port}/feed.xml?x=1")
    assert _status(answered) == 200, answered[:200]


def test_an_absolute_target_is_answered_as_its_path_for_redirects_and_missing_pages(shared_server):
    """The twins: what the path alone gets, the absolute target gets too."""
    port = port_of(shared_server.url)
    for path in ("/flood", "/no-such-page/", "/.explainer-site"):
        plain = _asked(shared_server.url, path)
        absolute = _asked(shared_server.url, f"http://127.0.0.1:{port}{path}")
        assert _status(absolute) == _status(plain) != 0, (path, plain[:200], absolute[:200])


@pytest.mark.parametrize("target", ["http://evil.example:{port}/", "http://127.0.0.1:{other}/", "https://127.0.0.1:{port}/",
                                    "http://user@127.0.0.1:{port}/", "http://127.0.0.1:x/", "http://[::1/",
                                    "http://127.0.0.1/"])
def test_an_absolute_target_naming_another_server_is_400(shared_server, target: str):
    port = port_of(shared_server.url)
    answered = _asked(shared_server.url, target.format(port=port, other=port + 1 if port < 65535 else port - 1))
    assert _status(answered) == 400, (target, answered[:200])
    assert b"<html lang" not in answered


def test_an_absolute_target_of_the_preview_sent_with_another_sites_host_is_400(shared_server):
    """A Host naming another site is never answered with a page (DNS rebinding, round 48), whatever the target says."""
    port = port_of(shared_server.url)
    answered = _asked(shared_server.url, f"http://127.0.0.1:{port}/", host="evil.example")
    assert _status(answered) == 400, answered[:200]
