"""Arabic months named twice, as Iraqi and Levantine news writes them: "١٤ آذار/مارس ٢٠٢٦" is one date."""

from __future__ import annotations

from itertools import permutations


def month_pairs(months: list[tuple[str, ...]]) -> dict[str, int]:
    """Return each month's two names joined by a slash ("آذار/مارس", "مارس/آذار"), either first, with its number.

    Unread, "١٤ آذار/مارس ٢٠٢٦" was two dates, 14 March with no year and March 2026: a `when` written so stated no
    full date, and its event's `date` was refused as derived without a basis.
    """
    return {f"{first}/{second}": number for number, names in enumerate(months, 1)
            for first, second in permutations(names, 2)}
