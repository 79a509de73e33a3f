"""The command line's parser is made once per process (explainer/cli.py): no call's arguments or default
reach the next call."""

from __future__ import annotations

from pathlib import Path

from explainer.cli import parse_args


def test_each_call_gets_its_own_default_root_and_the_current_folder_when_none_is_given(tmp_path: Path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    assert parse_args([], default_root=first).root == first
    assert parse_args(["check"], default_root=second).root == second
    monkeypatch.chdir(tmp_path)
    assert parse_args(["check"]).root == tmp_path
    assert parse_args(["--root", str(first), "check"], default_root=second).root == first
    assert parse_args(["check", "--root", str(first)], default_root=second).root == first


def test_options_given_once_are_not_given_to_the_next_command_line(tmp_path: Path):
    given = parse_args(["--out", str(tmp_path / "out"), "check", "--uncited", "--format", "github"], tmp_path)
    assert (given.out, given.uncited, given.format) == (tmp_path / "out", True, "github")
    plain = parse_args(["check"], tmp_path)
    assert (plain.uncited, plain.format, hasattr(plain, "out")) == (False, "text", False)
    served = parse_args(["serve", "--port", "8123"], tmp_path)
    assert (served.port, served.host, served.open, parse_args(["serve"], tmp_path).port) == (8123, "127.0.0.1", False, 8000)
    assert parse_args([], tmp_path).command is None
