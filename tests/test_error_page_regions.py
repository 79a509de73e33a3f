"""The error page's excerpts are regions a screen reader lists by name: two problems on one line of one file had
two regions both named "content/x/briefing.yaml:2:3" (axe: landmark-unique), and a reader could not tell which
problem each excerpt showed. Each region is now named by its problem's place and message."""

from __future__ import annotations

import re
from pathlib import Path

from explainer.error_page import render_error_page
from explainer.problems import Problem


def test_two_problems_on_one_line_have_excerpts_named_apart(tmp_path: Path):
    briefing = tmp_path / "content" / "flood" / "briefing.yaml"
    briefing.parent.mkdir(parents=True)
    briefing.write_text("title: The flood\nsummary: It rose 3 metres on Monday.\n", encoding="utf-8")
    problems = [Problem("content/flood/briefing.yaml", 2, "figure \"3\" is not in the passages", "cite it", 3),
                Problem("content/flood/briefing.yaml", 2, "\"Monday\" is not in the passages", "cite it", 3)]
    page = render_error_page(tmp_path, problems).decode()
    names = re.findall(r'<pre [^>]*role="region" aria-label="([^"]*)"', page)
    assert len(names) == 2 and names[0] != names[1]
    assert names[0] == "content/flood/briefing.yaml:2:3: figure &#34;3&#34; is not in the passages"
    assert names[1] == "content/flood/briefing.yaml:2:3: &#34;Monday&#34; is not in the passages"
