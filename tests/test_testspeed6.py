"""`-n auto` runs one test process per core (a process more ran no faster: conftest.pytest_xdist_auto_num_workers);
with more workers than cores (`-n 3` on two), the browser tests go to one worker per core and the other slow tests to
the extra one."""

from __future__ import annotations

import pytest

from conftest import cores, longest_first, pytest_xdist_auto_num_workers
from test_testspeed4 import collected, names


def test_auto_is_one_worker_per_core_unless_xdists_own_setting_says(monkeypatch, pytestconfig):
    monkeypatch.delenv("PYTEST_XDIST_AUTO_NUM_WORKERS", raising=False)
    assert pytest_xdist_auto_num_workers(pytestconfig) == cores()
    monkeypatch.setenv("PYTEST_XDIST_AUTO_NUM_WORKERS", "5")
    assert pytestconfig.hook.pytest_xdist_auto_num_workers(config=pytestconfig) == 5


def test_with_a_worker_more_than_cores_the_browser_tests_go_to_one_per_core_and_the_slow_ones_to_the_rest():
    items = (collected(20, "plain") + collected(4, "browser", "browser") + collected(3, "slow", "slow")
             + collected(1, "slow-browser", "browser", "slow") + collected(8, "more"))
    order = longest_first(items, workers=3, browsing=2)
    assert sorted(names(order)) == sorted(names(items))
    first_run = len(items) // 3 // 4  # 3: what xdist hands each of three workers first
    assert names(order[:first_run]) == ["slow-browser0", "browser1", "browser3"]
    assert names(order[first_run:2 * first_run]) == ["browser0", "browser2", "plain0"]
    assert names(order[2 * first_run:3 * first_run]) == ["slow0", "slow1", "slow2"]
    assert names(order[3 * first_run:]) == [f"plain{n}" for n in range(1, 20)] + [f"more{n}" for n in range(8)]


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_as_many_browsing_workers_as_workers_shares_everything_among_all(workers):
    items = collected(6, "plain") + collected(5, "browser", "browser") + collected(4, "slow", "slow")
    assert names(longest_first(items, workers, browsing=workers)) == names(longest_first(items, workers))


def test_without_browser_tests_the_slow_ones_are_shared_among_all_workers():
    items = collected(20, "plain") + collected(3, "slow", "slow")
    order = longest_first(items, workers=3, browsing=2)
    first_run = 2  # at least two each, as xdist reckons it
    assert [names(order[n * first_run:(n + 1) * first_run]) for n in range(3)] == [
        ["slow0", "plain0"], ["slow1", "plain1"], ["slow2", "plain2"]]
