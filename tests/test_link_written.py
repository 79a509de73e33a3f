"""A prose link's address read as the YAML writes it (explainer/link_hosts.py): markdown-it reads another script's
full stop in a host as '.', so `[x](https://reuters.com。evil.example/)` reached the page as a link to
reuters.com.evil.example, a site of evil.example's that a reviewer read as Reuters (round 35's leftover)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from explainer.link_hosts import misleading_links
from explainer.prose import parse_prose
from support import error_lines


def wrong_in(text: str) -> list[tuple[int, str]]:
    return misleading_links(parse_prose(text), text)


@pytest.mark.parametrize("text, line", [
    ("See [the wire](https://reuters.com\u3002evil.example/world).", 0),
    ("See <https://reuters.com\uff0eevil.example/>.", 0),
    ("See [the wire][r].\n\n[r]: https://reuters.com\uff61evil.example/", 2),
])
def test_another_scripts_full_stop_in_a_links_host_is_refused_where_it_is_written(text, line):
    ((found_line, wrong),) = wrong_in(text)
    assert found_line == line and "evil.example" in wrong


@pytest.mark.parametrize("text", [
    "See [the wire](https://www.reuters.com/world/).",
    "See [the list](https://bücher.example/flut) and <https://пример.рф/>.",
    "See [the page](https://en.wikipedia.org/wiki/Flood_(disambiguation)).",
    "See [the file](https://example.org/a\\_b).",  # a markdown escape the address does not hold
    "See [the post](https://medium.com/@reporter/flood).",
    "Write `[x](https://a.example)` in code.",
])
def test_links_that_lead_where_they_read_build(text):
    assert wrong_in(text) == []


def test_two_wrong_links_on_one_line_are_each_named_once():
    found = wrong_in("[a](https://reuters.com\u3002evil.example/) and [b](https://bbc.co.uk@evil.example/)")
    assert len(found) == 2 and {line for line, _ in found} == {0}


def test_a_build_refuses_the_summary_link_at_its_line(built_minimal: Path):
    briefing = built_minimal / "content" / "flood" / "briefing.yaml"
    sentence = "  The river rose on Monday[^monday] and again on Tuesday[^tuesday].\n"
    original = briefing.read_text(encoding="utf-8")
    briefing.write_text(original.replace(sentence, "  The river rose on Monday[^monday] ([the wire]"
                                         "(https://reuters.com\u3002evil.example/)) and again on Tuesday[^tuesday].\n"),
                        encoding="utf-8")
    result = run_build(built_minimal, "check")
    assert result.code == 1 and "Traceback" not in result.err
    (line,) = error_lines(result)
    assert line.startswith("content/flood/briefing.yaml:3: `summary`: a link's address") and "evil.example" in line
