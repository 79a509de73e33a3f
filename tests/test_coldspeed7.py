"""A large build's items are cut into shares small enough that a run of dear items is spread over both cores
(explainer/parallel.py: shares_of).

At 4,000 sources the render's 4,407 items start with the 100 briefing pages and their downloads (about 400 items,
each some 50 times a source page's CPU). Cut in 4 shares a worker, the first share held all of them: one worker
made it (3.3 CPU-s) while the other made the seven other shares (2.4 CPU-s) and then idled. The shares are handed
out in order as workers free up, so the dear run must span several shares for the second core to take part in it.
"""

from __future__ import annotations

import os

import pytest

from explainer import parallel

RENDER_ITEMS = 4_407  # the synthetic microsite's pages and files at 4,000 sources (benchmarks/synth.py defaults)
BRIEFING_ITEMS = 401  # its home page, then each of the 100 briefing pages with its three downloads


def covered(shares: list[tuple[int, int]]) -> list[int]:
    return [index for start, stop in shares for index in range(start, stop)]


@pytest.mark.parametrize("count, workers", [(1, 2), (40, 2), (100, 2), (101, 2), (702, 2), (RENDER_ITEMS, 2),
                                            (RENDER_ITEMS, 3), (5, 8), (1_000, 1_024)])
def test_the_shares_take_every_item_once_in_order(count: int, workers: int):
    shares = parallel.shares_of(count, workers)
    assert covered(shares) == list(range(count))
    assert all(start < stop for start, stop in shares)


def test_the_briefing_pages_leading_a_large_render_are_cut_across_several_shares():
    shares = parallel.shares_of(RENDER_ITEMS, 2)
    holding_briefings = [share for share in shares if share[0] < BRIEFING_ITEMS]
    assert len(holding_briefings) >= 3  # the first two workers each take one, and the next to free up a third
    assert max(stop - start for start, stop in shares) <= BRIEFING_ITEMS // 2


def test_no_share_of_a_large_plan_holds_more_than_a_few_briefings():
    """The sentence checks of 100 briefings (the dearest stage): a share of 13 kept the last worker checking
    alone for up to a share's length."""
    assert max(stop - start for start, stop in parallel.shares_of(100, 2)) <= 4


def test_a_small_build_still_has_one_share_a_worker_at_least():
    assert len(parallel.shares_of(80, 2)) >= 2
    assert parallel.shares_of(3, 2) == [(0, 1), (1, 2), (2, 3)]


def pid_of(item: int) -> tuple[int, int]:
    return item, os.getpid()


def test_many_small_shares_still_come_back_in_order_from_two_workers(monkeypatch):
    monkeypatch.setenv(parallel.WORKERS_ENV, "2")
    results = parallel.map_items(pid_of, list(range(301)))
    assert [item for item, _ in results] == list(range(301))
    assert os.getpid() not in {pid for _, pid in results}  # made in the workers, not here
