"""German days of the week joined to a time of day: "Donnerstagabend", "Montagmorgen", "Samstagnacht".

German writes a day and its part as one word ("Das Gericht wies am Donnerstagabend den Antrag ab"), which a day's
name read as a whole word never finds: a timeline's `date_basis` "der Donnerstag vor dem Bericht" citing that passage
was refused as a day the passage does not give (newuser_123), and a sentence's "am Mittwochabend" citing "am
Donnerstagabend" was no day at all, so it built. Each such compound is read as its day, in German text only.
"""

from __future__ import annotations

# the parts of a day German glues after its name ("Donnerstagabend"), longest first where one opens another
_DAY_PARTS = ("vormittag", "nachmittag", "morgen", "mittag", "abend", "nacht", "früh")


def day_compounds(language: str, days: dict[str, int]) -> dict[str, int]:
    """Return each of `days` (casefolded names, Monday 0) joined to a part of the day, as German writes them, for
    text in German; none in another language."""
    if language.split("-")[0].casefold() != "de":
        return {}
    return {name + part: number for name, number in days.items() for part in _DAY_PARTS
            if name.isalpha() and not name.endswith(part)}
