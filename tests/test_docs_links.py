"""The README sums up three long catalogues and links them (docs/checks.md, docs/security.md, docs/modules.md): every
relative link of the README and of docs/ leads to a file of the repository, and every module the per-sentence
checks' catalogue names in backticks as `name.py` or `explainer/name.py` is a module of the package."""

from __future__ import annotations

import re

import pytest

from conftest import REPO

DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
CODE = re.compile(r"`+[^`]*`+")  # code spans: an example of markdown, "[a](javascript:...)", is no link of ours


@pytest.mark.parametrize("page", DOCS, ids=lambda page: page.name)
def test_every_relative_link_leads_to_a_file(page):
    prose = CODE.sub("", page.read_text(encoding="utf-8"))
    links = [target for target in LINK.findall(prose) if "://" not in target
             and not target.startswith("mailto:")]
    missing = [target for target in links if not (page.parent / target).exists()]
    assert missing == []


def test_the_readme_links_each_catalogue():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in ("checks", "security", "modules"):
        assert f"(docs/{name}.md)" in readme


def test_every_module_the_checks_catalogue_names_is_there():
    text = (REPO / "docs" / "checks.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(?:explainer/)?([a-z_]+)\.py`", text))
    assert len(named) > 200
    modules = {path.stem for path in (REPO / "explainer").glob("*.py")}
    assert sorted(named - modules) == []
