"""The JSON Schemas editors use agree with the build's own validation, and are up to date."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import REPO, run_build
from explainer import model
from explainer.schema import schema_texts
from explainer.validate import convert_file
from explainer.yamlsafe import load_yaml

SHIPPED = sorted((REPO / "content").rglob("*.yaml")) + sorted((REPO / "tests" / "fixtures" / "minimal" / "content").rglob("*.yaml"))


class TextDates(yaml.SafeLoader):
    """PyYAML's safe loader, but reading 2026-02-27 as text, as our loader and YAML 1.2 editors do."""


TextDates.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def schema_of(kind: str) -> dict:
    return json.loads((REPO / "schema" / f"{kind}.json").read_text(encoding="utf-8"))


def schema_errors(kind: str, data) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema_of(kind), format_checker=jsonschema.FormatChecker())
    return [error.message for error in validator.iter_errors(data)]


def build_problems(kind: str, data, tmp_path: Path) -> list[str]:
    """Return the build's validation problems for `data` written as content/<kind>.yaml."""
    path = tmp_path / f"{kind}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _, problems = convert_file(load_yaml(path, f"content/{kind}.yaml"), model.ALL_KINDS[kind], f"content/{kind}.yaml")
    return [str(problem) for problem in problems]


def shipped(kind: str):
    folder = REPO / "content" if kind in model.SITE_KINDS else REPO / "content" / "pakistan-afghanistan-war"
    return yaml.load((folder / f"{kind}.yaml").read_text(encoding="utf-8"), Loader=TextDates)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.relative_to(REPO).as_posix())
def test_the_schema_accepts_every_shipped_content_file(path: Path):
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=TextDates)
    assert schema_errors(path.stem, data) == []


@pytest.mark.parametrize("kind", model.ALL_KINDS)
def test_the_schemas_are_valid_draft_2020_12(kind: str):
    schema = schema_of(kind)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_a_misspelt_field_is_refused_by_the_schema_and_the_build(tmp_path: Path):
    data = shipped("claims")
    claim = data["topics"][0]["claims"][0]
    claim["claimaint"] = claim.pop("claimant")
    assert "Additional properties are not allowed ('claimaint' was unexpected)" in schema_errors("claims", data)
    assert any("did you mean `claimant`?" in problem for problem in build_problems("claims", data, tmp_path))


def _set(path: tuple, value):
    def mutate(data):
        *parents, last = path
        for step in parents:
            data = data[step]
        if value is _DELETE:
            del data[last]
        else:
            data[last] = value
    return mutate


def _first_figure_value(data, value="560,000"):
    figure = data["comparisons"][0]["rows"][0]["values"]
    figure[next(iter(figure))]["value"] = value


def _figure_value(value):
    return lambda data: _first_figure_value(data, value)


def _rename_citation_key(data):
    key = next(iter(data["citations"]))
    data["citations"]["Bad_Key"] = data["citations"].pop(key)


_DELETE = object()
AGREEMENT = [  # (file kind, change, whether both should accept the changed file)
    ("briefing", _set(("titel",), "A misspelt top-level field"), False),
    ("briefing", _set(("summary",), _DELETE), False),
    ("briefing", _set(("title",), "   "), False),
    ("briefing", _set(("title",), True), False),
    ("briefing", _set(("title",), None), False),
    ("briefing", _set(("event_date",), "27 February 2026"), False),
    ("sources", _set(("sources",), []), False),
    ("sources", _set(("sources", 0, "date"), "unknown"), True),
    ("sources", _set(("sources", 0, "date"), "February"), False),
    ("sources", _set(("sources", 0, "url"), None), True),
    ("briefing", _set(("language",), None), True),
    ("briefing", _set(("language",), "en-GB"), True),
    ("briefing", _set(("language",), "English"), False),
    ("briefing", _set(("base_url",), ""), False),
    ("claims", _set(("topics", 0, "claims", 0, "status"), "rumoured"), False),
    ("claims", _set(("topics", 0, "claims", 0, "cite"), []), False),
    ("claims", _set(("topics", 0, "claims", 0, "channel"), None), True),
    ("comparisons", _first_figure_value, False),
    ("comparisons", _figure_value(0), True),
    ("comparisons", _figure_value(10**15), True),
    ("comparisons", _figure_value(10**15 + 1), False),
    ("comparisons", _figure_value(1e16), False),
    ("comparisons", _figure_value(-1), True),  # a fall or a loss, given as one (tests/test_negatives.py)
    ("comparisons", _figure_value(-10**15), True),
    ("comparisons", _figure_value(-10**15 - 1), False),
    ("comparisons", _figure_value(True), False),
    ("comparisons", _set(("comparisons", 0, "notes"), None), True),
    ("timeline", _set(("events", 0, "date"), "2026-02-27"), True),
    ("timeline", _set(("events", 0, "cite", 0), "Not A Key"), False),
    ("background", _rename_citation_key, False),
    ("caveats", _set(("caveats", 0, "kind"), "opinions"), False),
    ("quotes", _set(("quotes", 0, "speaker"), 1234), False),
]


@pytest.mark.parametrize("kind, change, valid", AGREEMENT, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(AGREEMENT)])
def test_the_schema_and_the_build_accept_and_refuse_the_same_changes(kind, change, valid, tmp_path: Path):
    data = copy.deepcopy(shipped(kind))
    change(data)
    from_schema = schema_errors(kind, data)
    from_build = build_problems(kind, data, tmp_path)
    assert (from_schema == []) is valid, from_schema
    assert (from_build == []) is valid, from_build


def test_the_committed_schemas_are_what_the_generator_writes_now():
    committed = {path.name: path.read_text(encoding="utf-8") for path in sorted((REPO / "schema").glob("*.json"))}
    assert committed == schema_texts(), "schema/ is out of date: run `python build.py schema` and commit it"


def test_the_schema_command_writes_one_schema_per_kind(tmp_path: Path):
    result = run_build(tmp_path, "schema")
    assert result.code == 0, result.err
    assert sorted(p.name for p in (tmp_path / "schema").iterdir()) == sorted(f"{kind}.json" for kind in model.ALL_KINDS)
    assert {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "schema").iterdir()} == schema_texts()


@pytest.mark.parametrize("path", sorted((REPO / "content").rglob("*.yaml")), ids=lambda p: p.name)
def test_every_content_file_names_its_schema_on_its_first_line(path: Path):
    first_line = path.read_text(encoding="utf-8").split("\n", 1)[0]
    up = "../" * len(path.relative_to(REPO / "content").parts)
    assert first_line == f"# yaml-language-server: $schema={up}schema/{path.stem}.json"
