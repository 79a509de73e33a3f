"""Round thirteen of attacks on files, signals and sockets: a `.cache/` brought with a copied project whose preview
notice names no process (`²`, a number past any pid) and ended `serve` in a traceback before it served.

Each test waits on the event itself (a process's end, a file opened), never on a sleep.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from explainer.previews import previewing


@pytest.mark.parametrize("named", ["\u00b2 http://127.0.0.1:8000/", "99999999999999999999999 http://127.0.0.1:8000/",
                                   "0 http://127.0.0.1:8000/", "\u0661\u0662 http://127.0.0.1:8000/"])
def test_a_preview_notice_naming_no_process_is_no_one_and_replaced(tmp_path: Path, named: str):
    """A .cache/ comes with a copied project, an archive or a repository. Its notice of which server serves the site
    held "²" (a digit to str.isdigit, not to int) or a number past any pid: `serve` ended in a traceback before it
    served (ValueError, OverflowError); "0", this process's group to kill(2), was named as a server that runs."""
    cache, out, url = tmp_path / ".cache", tmp_path / "site", "http://127.0.0.1:8001/"
    with previewing(cache, out, url):
        [notice] = cache.glob("preview-*")  # where this server names itself
    notice.write_text(f"{named}\n")
    with previewing(cache, out, url) as other:
        assert other is None
        assert notice.read_text() == f"{os.getpid()} {url}\n", "this server is named in its place"
