"""Who a person named alone speaks for: '"The council has wasted our money," said Martin Oyelaran' is the club's word
where the source names him elsewhere as "the club's chief executive, Martin Oyelaran".

A news report gives a speaker's post once ("the club's chief executive, Martin Oyelaran", "Fiona Castell, the
council's leader") and then the name alone ("said Martin Oyelaran", "Mr Oyelaran said"). A passage cut from the later
sentence named no side, so a side's charge in it was read as no one's word, and as fact (factcheck119). The source's
posts are read once per source (`officials_named`); a passage naming one of those people by their name alone, right
before or after a reporting verb, is read with the post given (`with_posts`), as the reader of the whole report reads
it. Only a post of "the <noun>'s" is read ("its finance director" names no one).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .sentences import split_sentences

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
# "the club's chief executive", "The Guild's chair at Calderbury" (a body's own name, and the place of its branch)
# "Kestrel's army spokesman" (a body named alone, with no article)
_POST = (r"(?:[Tt]he\s+[A-Za-z][\w-]*|(?<![\w'’-])[A-Z][\w-]*)['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
         r"(?:\s+(?:at|in|for)\s+[A-Z][\w'’-]*)?")
_NAMED = patterns.compile(rf"(?<![\w'’-])(?:(?P<post>{_POST}),\s+(?P<name>{_NAME})|(?P<name2>{_NAME}),\s+"
                          rf"(?P<post2>{_POST})(?=[,.;]))")
_TITLES = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+)"
_REPORTING = r"said|says|told|added|argued|claimed|insisted|warned|stated"


@functools.lru_cache(maxsize=64)  # a source is read once, however many passages cite it
def officials_named(source: str) -> tuple[tuple[str, str], ...]:
    """Return the people a source names with a post of an organisation it names by its noun, each as (name, post):
    ("Martin Oyelaran", "the club's chief executive")."""
    if "’s" not in source and "'s" not in source:
        return ()
    found = {}
    for match in _NAMED.finditer(source):
        name = " ".join((match["name"] or match["name2"]).split())
        post = " ".join((match["post"] or match["post2"]).split())
        post = "t" + post[1:] if post.startswith("The ") else post  # "The council's leader" mid-sentence
        found.setdefault(name, post)
    return tuple(sorted(found.items()))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def with_posts(text: str, officials: tuple[tuple[str, str], ...]) -> str:
    """Return a passage with each person of `officials` it names alone as a speaker given their post: "said Martin
    Oyelaran" reads "said the club's chief executive, Martin Oyelaran"."""
    folded = text.casefold()
    for name, post in officials:
        if name.split()[-1] not in text or post.casefold() in folded:
            continue
        first, last = name.split()[0], name.split()[-1]
        person = rf"(?:{_TITLES}|{re.escape(first)}\s+(?:[A-Z]\.?\s+)?)?{re.escape(last)}(?![\w'’-])"
        speaking = re.compile(rf"(?<=\s)(?:(?<=said\s)|(?<=says\s)|(?<=told\s)|(?<=added\s))(?P<after>{person})"
                              rf"|(?<![\w'’-])(?P<before>{person})(?=,?\s+(?:{_REPORTING})(?!\w))")
        found = speaking.search(text)
        if found:
            # set off by commas either side before its verb, as a source gives it: "the club's chief executive, Mr
            # Oyelaran, said"
            closing = "," if found["before"] and not text.startswith(",", found.end()) else ""
            opening = not text[:found.start()].strip() or text[:found.start()].rstrip().endswith((".", "!", "?"))
            given = post[0].upper() + post[1:] if opening else post  # "The club's chief executive" opens a sentence
            text = f"{text[:found.start()]}{given}, {found.group()}{closing}{text[found.end():]}"
    return text


# A sentence opening on a person's pronoun and a verb of saying: "He said resident doctors ... earn".
_PRONOUN = patterns.compile(r"\s*(?:He|She)(?!\w)")
_PRONOUN_SAYS = patterns.compile(rf"\s*(?:He|She)\s+(?:also\s+)?(?:{_REPORTING}|added|said)(?!\w)")


def with_pronoun_named(text: str, paragraph: str, officials: tuple[tuple[str, str], ...], language: str) -> str:
    """Return a passage opening "He said" or "She said" with the pronoun read as the one person of `officials` the
    sentence before it names: "The Guild's chair at Calderbury, Dr Tomas Reyes, said the offer was an insult. He said
    resident doctors earn on average £38,000" gives the second sentence's figure as his word too (with_posts then
    gives his post); a sentence before naming none or two of them leaves the pronoun unread."""
    if not officials or not paragraph or not _PRONOUN_SAYS.match(text):
        return text
    at = paragraph.find(text.strip())
    before = split_sentences(paragraph[:at], language) if at > 0 else []
    if not before:
        return text
    named = [name for name, _ in officials if re.search(rf"(?<![\w'’-]){re.escape(name.split()[-1])}(?![\w'’-])",
                                                          before[-1].text)]
    if len(named) != 1:
        return text
    return f"{named[0]}{text[_PRONOUN.match(text).end():]}"
