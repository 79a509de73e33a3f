"""A party named by an alias its editor gave, written whole in lowercase: "the agency" of an anti-doping agency.

A comparison's value must be cited from words about its party (owners.py): a name's words count written as a name is,
with a capital, and a lowercase noun only after "the" and before "says", "said" and the like. A report names a party
in full once, then "the agency": "the CHF 50,000 that the agency had sought", in the agency's column, was refused as
naming only the tribunal ("The panel said ..."), though the briefing lists "the agency" among the agency's aliases
(tests/test_newuser_60.py). An alias holding a lowercase word, written whole in a passage (letter case aside) as the
subject of a verb after it ("the agency had sought", "the agency sought", "the city reported"), names its party there;
an alias the editor chose is the briefing's word for that party. One a verb acts on names no one giving a figure:
"Calder offered the city $12 million" gives the city's column nothing (tests/test_newuser_27.py). A name or short
name that is "the" and a common noun ("The plaintiffs") is read as such an alias, and "told" as such a verb ("Lawyers
for the plaintiffs told the panel that ...": tests/test_newuser_69.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns


# what follows a subject: an auxiliary, a past in "-ed", or a verb of asking or giving a figure
_VERB_AFTER = (r"(?:has|had|have|is|was|were|are|will|would|could|did|does|[a-z]+ed|says|said|sought|seeks|asks|wants"
               r"|puts|put|gives|gave|estimates|claims|counts|reports|expects|thinks|believes|told|tells"
               # French and Italian auxiliaries and verbs of asking or offering: "Il sindacato aveva chiesto il 3,5 per
               # cento, mentre l'Autorità aveva offerto l'1,8" names the union (alias "il sindacato") as "l'Autorità"
               # names the authority (elided_names.py, tests/test_newuser_117.py)
               r"|a|avait|avaient|ont|demande|demandait|réclame|réclamait|propose|proposait|offre|offrait|estime"
               # French verbs putting a figure at its own level: "un taux que la direction ramène à 54 %", "que la
               # mairie évalue à 1 200" (tests/test_newuser145.py)
               r"|ramène|ramenait|évalue|évaluait|chiffre|chiffrait|situe|situait|fixe|fixait|avance|avançait|table"
               r"|affirme|affirmait|assure|assurait|compte|comptait|recense|recensait|annonce|annonçait|indique"
               r"|ha|aveva|avevano|hanno|chiede|chiedeva|propone|proponeva|offre|offriva|stima)(?![\w-])")
# a name or short name that is "the" and one common noun, "The plaintiffs", "The commission": the editor's word for it
_THE_NOUN = patterns.compile(r"[Tt]he\s+[a-z][a-z-]{3,}")


def with_noun_names(party) -> tuple[str, ...]:
    """Return a party's aliases, with its name and short name where one is "the" and a common noun ("The
    plaintiffs"): written in lowercase in a report ("the plaintiffs had asked for $1.2 billion"), it names the party
    as such an alias does (tests/test_newuser_69.py)."""
    return (*party.aliases, *(name for name in (party.name, party.short_name) if _THE_NOUN.fullmatch(name)))


def named_by_alias(text: str, aliases: tuple[str, ...]) -> bool:
    """Say whether text holds one of a party's lowercase aliases ("the agency") whole, letter case aside."""
    pattern = _alias_pattern(tuple(alias for alias in aliases if any(word.islower() for word in alias.split())))
    return pattern is not None and pattern.search(text) is not None


@functools.lru_cache(maxsize=64)  # a briefing's parties, asked of every value of its tables
def _alias_pattern(aliases: tuple[str, ...]) -> re.Pattern | None:
    """Return a pattern of the aliases as whole words, any spacing between them, or None for none."""
    if not aliases:
        return None
    words = "|".join(r"\s+".join(re.escape(word) for word in alias.split()) for alias in sorted(aliases, key=len,
                                                                                               reverse=True))
    # or after "selon", "d'après", "according to": "Selon la direction, les salaires ont progressé de 9,2 %"
    return patterns.compile(rf"(?<![\w-])(?:{words})\s+{_VERB_AFTER}|{_ACCORDING_TO}(?:{words})(?![\w-])",
                            re.IGNORECASE)


_ACCORDING_TO = r"(?<![\w-])(?:selon|d['’]après|according\s+to)\s+"

