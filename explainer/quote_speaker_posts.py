"""Whose quoted words a speaker named before their post speaks: '"Halden knew about these cases and kept quiet," said
Leila Amrani, the group's chair.' is the group's charge (tests/fixtures/newuser_119), as '... said the group's chair,
Leila Amrani' is, and so is a quoted sentence going on it ('"Suspending the licence is not enough," said Leila Amrani,
the group's chair. "Halden knew about these cases and kept quiet."').

party_word.py reads a side's official by a post before the name ("the club's chief executive, Martin Oyelaran");
after the name, the post was left out of the speaker, and the charge was no one's word, so fact. Here a speaker named
right after a reporting verb and followed by a post of "the <noun>'s" ("said Leila Amrani, the group's chair") is read
with the post first; and a wholly quoted sentence after a sentence opening on a quotation and its speaker ('"...,"
said X') is read as that speaker's words in a sentence of its own ('"Halden knew ...," said the group's chair, Leila
Amrani.'), which party_word.py judges as it judges one whole: a side's official speaks for it where the words charge
another party.
"""

from __future__ import annotations


from . import patterns

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
_POST = r"the\s+[a-z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
# "said Leila Amrani, the group's chair." (officials.py reads the post first, "the club's chief executive, X")
_SAID_NAME_POST = patterns.compile(rf"(?<![\w'’-])(?P<verb>said|says|added|told\s+\w+)\s+(?P<name>{_NAME}),\s+"
                                   rf"(?P<post>{_POST})(?=\s*[,.;])")
# the quotation of a sentence: its opening mark, words and closing mark before the speaker
# what follows a quotation that names its speaker: '," said the group's chair, Leila Amrani.'
_REPORTING_TAIL = patterns.compile(r"\s+(?:said|says|added|told\s+\w+)\s+(?:the\s+)?[A-Za-z][^\"“”]{2,120}[.;]\s*$")
_QUOTATION = patterns.compile(r"(?P<open>[\"“])(?P<words>[^\"“”]{3,}?)[,.!?]?(?P<close>[\"”])")


def post_before_name(sentence: str) -> str:
    """Return sentence with a speaker named before their post after a reporting verb read post first: "said Leila
    Amrani, the group's chair" as "said the group's chair, Leila Amrani"; sentence itself otherwise."""
    if "'s" not in sentence and "’s" not in sentence:
        return sentence
    return _SAID_NAME_POST.sub(lambda found: f"{found['verb']} {found['post']}, {found['name']}", sentence)


def quote_going_on(previous: str, quote: str) -> str:
    """Return a wholly quoted sentence as the words of the speaker the previous sentence names after its quotation, in
    a sentence of its own ('"Halden knew about these cases and kept quiet," said the group's chair, Leila Amrani.'),
    where the previous sentence opens on a quotation and a reporting verb; "" otherwise."""
    opening = _QUOTATION.match(previous.lstrip())
    said = _QUOTATION.match(quote.strip())
    if not opening or not said or said.end() < len(quote.strip()) - 1:
        return ""
    tail = previous.lstrip()[opening.end():]
    if not _REPORTING_TAIL.match(tail):
        return ""  # '"...," she said.' or no speaker after the quotation
    return f"\"{said['words'].rstrip(' .!?,')},\"{tail}"
