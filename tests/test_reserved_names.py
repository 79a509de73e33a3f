"""Names a briefing's address may not take: the preview's /livereload, and a former name (site.yaml's `moved`) that
Windows keeps for a device, as a briefing's folder may not be one (explainer/load.py, former_addresses.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import build_ok, error_lines


@pytest.mark.parametrize("former, told", [
    ("con", "moved: 'con' is the name Windows keeps for a device (as con, nul, aux, prn, com1 and lpt1 are), and a "
            "site built or copied on Windows cannot hold its page (con/index.html)"),
    ("livereload", "moved: 'livereload' is a folder of the site's own, never a briefing's"),
])
def test_a_former_name_no_address_can_take_is_refused_at_its_line(built_minimal: Path, former: str, told: str):
    site_yaml = built_minimal / "content" / "site.yaml"
    kept = site_yaml.read_text(encoding="utf-8")
    site_yaml.write_text(kept + f"moved:\n  {former}: flood\n", encoding="utf-8")
    result = run_build(built_minimal, "check")
    assert (result.code, error_lines(result)) == (1, [
        f"content/site.yaml:4: {told} (write the briefing folder's former name)"])
    # A name of letters beside it is a former address: its page leads to the briefing.
    site_yaml.write_text(kept + "moved:\n  console: flood\n", encoding="utf-8")
    build_ok(built_minimal)
    assert "../flood/" in (built_minimal / "site" / "console" / "index.html").read_text(encoding="utf-8")


def test_new_refuses_the_previews_live_reload_address_as_a_slug(built_minimal: Path):
    result = run_build(built_minimal, "new", "livereload", "--title", "Live")
    assert result.code == 1 and "'livereload' cannot be a briefing's folder name" in result.err
    assert "sources, static, data or livereload" in result.err and "Traceback" not in result.err
    assert not (built_minimal / "content" / "livereload").exists()
