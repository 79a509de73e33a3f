"""A figure given by a possessive to a party its passages do not give it: "Afghanistan's 660,000" may not cite
"Pakistan has 660,000 active personnel", nor "Islamabad's "11 wounded"" cite "Kabul have acknowledged Taliban fighters
killed, 11 wounded".

A sentence gives a figure to a party by a possessive naming it (a word of its name or one of its aliases:
"Pakistan's", "the Taliban's") right before the figure, "own" or an opening quotation mark between at
most. It is refused where every cited passage holding that figure names another party of the briefing and none names
this one: the source gives the figure to someone, and not to it. A possessive naming no party of the briefing
("Islamabad's", a capital the briefing gives no party as an alias; a weekday or month aside) is refused alike
where no cited passage holds a capitalised word sharing its first four letters: the source names that owner nowhere
the sentence rests on ("Al-Monitor's 172,000" citing Al-Monitor's words and the figure builds). A passage naming both may give it either way and
is left to the other checks (figure_owners.py, party_word.py); a year ("Norland's 2024 budget") counts nothing here.
English text is read; a possessive in quotation marks is not.
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .party_figures import party_of
from .sentences import inside, markers_blanked

_POSSESSED = patterns.compile(r"(?<![\w'’])(?P<owner>[A-Z][\w-]+)['’]s\s+(?:own\s+)?[\"“‘']?"
                              r"(?P<figure>\d[\d,]*(?:\.\d+)?)(?![\d,.]?\d)")
_FIGURE = patterns.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\d,.]?\d)")
_NAME = patterns.compile(r"(?<![\w'’])[A-Z][\w'’-]+")
_YEAR = patterns.compile(r"(?:19|20)\d\d")
# "Friday's 31 dead" gives the figure a day, not an owner
_TIMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december""".split())


def figures_possessed_by_another(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                                 parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text gives a figure by a possessive to a party that no passage holding it names, where
    those passages name another party."""
    if len(parties) < 2 or not in_english(language) or ("'s" not in text and "’s" not in text):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for owned in _POSSESSED.finditer(spoken):
        figure = owned["figure"].replace(",", "")
        owner = party_of(owned["owner"], parties)
        if _YEAR.fullmatch(figure) or inside(quoted, owned.start()):
            continue
        holding = [passage.text for passage in passages if figure in _figures(passage.text)]
        named = [_parties_named(passage, parties) for passage in holding]
        if not holding or any(owner & names or not names for names in named):
            continue
        # a name of no party (a capital, "Islamabad's") is the figure's owner only where a passage holding it names it
        if not owner and (owned["owner"].casefold() in _TIMES
                          or any(_names_word(passage.text, owned["owner"]) for passage in passages)):
            continue
        others = sorted(frozenset().union(*named))
        return [Finding(offset, f"this sentence gives {owned['figure']} to {owned['owner']} by "
                                f"'{owned['owner']}'s', where its cited passages holding it name "
                                f"{', '.join(others)}, not {owned['owner']}: {clipped(text)}",
                        "give the figure to the party the source gives it to, or cite a passage that gives it so")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _figures(text: str) -> frozenset[str]:
    """Return the figures a passage holds, ungrouped: "172,000" is "172000"."""
    return frozenset(match.group().replace(",", "") for match in _FIGURE.finditer(text))


def _names_word(text: str, name: str) -> bool:
    """Say whether a passage holds a word of the name, by its first four letters ("Kabul" for "Kabul's")."""
    stem = name[:4].casefold()
    return any(word.group()[:4].casefold() == stem for word in _NAME.finditer(text))


@functools.lru_cache(maxsize=1 << 12)
def _parties_named(text: str, parties) -> frozenset[str]:
    """Return the parties a passage names by a capitalised word."""
    return frozenset().union(*(party_of(name.group(), parties) for name in _NAME.finditer(text)))
