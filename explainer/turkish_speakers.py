"""Whose words, in Turkish: the speaker stands before its reporting word, and before the quotation it closes.

Turkish puts the verb last: 'Işık, "Sandıklarda ciddi usulsüzlükler var" dedi.' names Işık before the quotation and
"dedi" (said) after it, and "Işık'a göre" (according to Işık) names him before its postposition. speakers.py read a
locale's reporting word as German's and Spanish's are, its subject the words right before it and its speaker those
after it: so 'Zeynep Kaya, "..." dedi' citing 'Işık, "..." dedi' named no one on either side and built, and
"Gayriresmi sonuçlara göre Yenilik Partisi'nin adayı ..." gave the words to "Gayriresmi sonuçlara Yenilik
Partisi'nin". A word the Turkish locale lists under `according_to` is read here: its speaker is the words before
it, or before the quotation that ends right before it (a comma or colon after the name left out), never after;
where those name no one, the subject the clause opens with, set off by a comma as Turkish sets it ("Kaya, itirazların
sonucu değiştirmeyeceğini öne sürdü").
"""

from __future__ import annotations

from .numbers import locale_words

_CLOSING = "\"”»’'"
_OPENING = {"\"": "\"", "”": "“", "»": "«", "’": "‘", "'": "'"}


def is_verb_last(word: str) -> bool:
    """Say whether a reporting word is Turkish's (listed by the `tr` locale, or a form of one: "dediğini"), whose
    speaker stands before it."""
    writing = locale_words("tr")
    written = " ".join(word.split()).casefold()
    return writing is not None and any(written.startswith(listed.casefold()) for listed in writing.according_to)


def speaker_end(text: str, verb: int) -> int:
    """Return where the words naming a Turkish reporting word's speaker end: right before it, or where a quotation
    closing right before it opens, a comma or colon after the name left out ('Işık, "..." dedi')."""
    before = text[:verb].rstrip()
    if not before or before[-1] not in _CLOSING:
        return verb
    opening = before.rfind(_OPENING[before[-1]], 0, len(before) - 1)
    if opening < 0:
        return verb
    return len(text[:opening].rstrip().rstrip(",:").rstrip())


def comma_before(text: str, end: int) -> int:
    """Return where the comma before `end` that sets off a sentence's subject stands, within its sentence; `end`
    where there is none."""
    start = max(text.rfind(mark, 0, end) for mark in ".!?") + 1
    comma = text.rfind(",", start, end)
    return comma if comma >= 0 else end
