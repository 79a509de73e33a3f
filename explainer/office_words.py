"""Words for one office read as one: a role "Prime Minister" restates a source's "Premier", "chief executive" its
"CEO", "chairwoman" its "chairperson" (kinds.py lists each office with the words naming it). roles.py reads a role's
words through `one_office`, so a title or appositive naming the office by another of its words is no role swapped,
while "President Ana Ruiz" citing "Premier Ana Ruiz" still is (tests/test_factcheck_81.py).
"""

from __future__ import annotations

import functools

from .kinds import BY_LANGUAGE, KINDS

# Each office of more than one word or name: its words, each form as a tuple of folded words, longest first
_OFFICES: tuple[tuple[tuple[str, ...], ...], ...] = tuple(
    tuple(sorted((tuple(form.casefold().split("_")) for form in thing.split()), key=len, reverse=True))
    for kinds in (KINDS, *BY_LANGUAGE.values()) for thing in kinds[-1] if len(thing.split()) > 1)
# Every word of those forms: a role holding none is read as it is, without a look at any office
_WORDS = frozenset(word for office in _OFFICES for form in office for word in form)


@functools.lru_cache(maxsize=1 << 12)  # a passage's roles are read by every sentence citing it
def one_office(words: frozenset[str]) -> frozenset[str]:
    """Return a role's folded words with each office named in them by one word of its own ("prime" and "minister",
    or "premier", as "office:prime minister"), so two names of one office are one word."""
    if words.isdisjoint(_WORDS):
        return words
    for office in _OFFICES:
        for form in office:
            if set(form) <= words:
                words = (words - set(form)) | {"office:" + " ".join(office[0])}
                break
    return words
