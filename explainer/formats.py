"""Dates and numbers as readers read them."""

from __future__ import annotations

import datetime

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def human_date(iso: str) -> str:
    """Return '27 February 2026' for '2026-02-27'; anything else (e.g. 'unknown') as it is."""
    try:
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_number(value) -> str:
    """Return a number with thousands separators, without a needless '.0'."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}"
