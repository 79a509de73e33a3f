"""The suite's property tests judge what code returns, not how long it took on a busy machine (tests/conftest.py)."""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import DeadlineExceeded, FailedHealthCheck


def test_a_property_tests_own_settings_keep_no_deadline_and_no_time_limit_on_drawing():
    """As test_batches.py's properties set theirs: only examples and the database, the rest from the suite."""
    own = settings(max_examples=5, database=None)
    assert own.deadline is None
    assert HealthCheck.too_slow in own.suppress_health_check
    assert HealthCheck.filter_too_much not in own.suppress_health_check  # the checks that are no clock stay


def test_an_example_slower_than_hypothesiss_deadline_passes(monkeypatch):
    """An example taking 300 ms of hypothesis's clock (as a loaded machine gave a quick one) failed the test as
    DeadlineExceeded; the clock hypothesis times examples by is moved on, not waited for (only hypothesis's)."""
    import hypothesis.core

    clock = [0.0]
    monkeypatch.setattr(hypothesis.core, "time", SimpleNamespace(time=time.time, perf_counter=lambda: clock[0]))

    @settings(max_examples=3, database=None)
    @given(st.integers())
    def slow(number):
        clock[0] += 0.3

    try:
        slow()
    except (DeadlineExceeded, FailedHealthCheck) as error:  # a plain failure, not an error of the test's own
        pytest.fail(f"a timing check failed the property: {type(error).__name__}")
