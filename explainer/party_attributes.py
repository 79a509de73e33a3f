"""An attribute kept to its party: "Southland is the larger country" may not cite "Northland, the larger country, has
240 million people".

A passage calls one party "the larger", "the richer", "the older", "the first", "the only", "the largest", "the more
populous" (any comparative or superlative after "the", or "first", "last", "only", "sole"), by "is the" ("Northland
is the only country with ...", "was", "remains", "became") or beside its name ("Northland, the larger country").
Every figure, place and word of such a sentence may stand with the party swapped, and no other check reads whose
the attribute is. A sentence calling another party so is refused where a cited passage gives that attribute to a
party, and none gives it to this one; an attribute of another thing ("the first to sign" for "the first to attack",
"the larger economy" for "the larger country") is another attribute; a comparative and its plain synonym are one ("bigger" is "larger"). A negated
attribute ("is not the larger") and words in quotation marks are not read. English text is read.
"""

from __future__ import annotations


from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .party_figures import party_of
from .sentences import inside, markers_blanked

# A party and the attribute given it: "Northland is the larger", "Northland, the richer", "Northland was the first"
_GIVEN = patterns.compile(
    r"(?P<name>[A-Z][\w'’-]+)(?:\s*,\s*|\s+(?:is|was|remains|remained|became|becomes|has\s+been|had\s+been)\s+)"
    r"the\s+(?P<attribute>(?:more|most|less|least)\s+[a-z]{4,}|[a-z]{2,}(?:er|est)|first|last|only|sole)(?![\w-])"
    r"(?:\s+(?P<what>to\s+[a-z]+|[a-z]+))?")
# Words ending as comparatives do that rank nothing
_NOT_RANKING = frozenset({"other", "former", "latter", "under", "over", "after", "never", "either", "neither",
                          "rather", "further", "together", "border", "member", "leader", "power", "order", "number",
                          "matter", "winter", "summer", "interest", "west", "rest", "protest", "speaker", "minister",
                          "officer", "soldier", "partner", "manager", "owner", "buyer", "seller", "worker", "farmer",
                          "river", "water", "paper", "letter", "chapter", "centre", "center", "quarter", "offer",
                          "latest", "forest", "harvest", "request", "contest", "arrest", "inquest", "conquest"})
# Words after the attribute that name no thing it is of ("the larger of the two"): the attribute is then read alone
_NO_THING = frozenset({"of", "in", "on", "by", "and", "or", "but", "with", "for", "at", "among", "since", "ever"})
_SAME = {"bigger": "larger", "biggest": "largest", "wealthier": "richer", "wealthiest": "richest",
         "sole": "only", "tinier": "smaller"}


def given_to_another_party(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                           parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text gives a party an attribute ("the larger") its cited passages give another party."""
    if not in_english(language) or len(parties) < 2 or " the " not in text:
        return []  # most sentences give no party "the" anything: found by a string search
    spoken = markers_blanked(text)
    own = _attributes(spoken, parties)
    if not own:
        return []
    quoted = quoted_parts(spoken)
    theirs = [given for passage in passages if " the " in passage.text
              for given in _attributes(passage.text, parties)]
    for party, attribute, shown, at in own:
        if inside(quoted, at):
            continue
        others = [given for given in theirs if given[1][0] == attribute[0]
                  and (given[1][1] == attribute[1] or not given[1][1] or not attribute[1])]
        if others and not any(given[0] & party for given in others):
            other = next(given for given in others if not given[0] & party)
            return [Finding(offset, f"this sentence calls {shown} where its cited passages call {other[2]}: "
                                    f"{clipped(text)}",
                            "give the attribute to the party the source gives it to, or cite a passage that gives it "
                            "to this one")]
    return []


def _attributes(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) \
        -> list[tuple[frozenset[str], tuple[str, str], str, int]]:
    """Return each party text gives an attribute: its parties, the attribute and what it is of ("larger",
    "country"; "first", "to attack"), the words as written, where."""
    found = []
    for match in _GIVEN.finditer(text):
        attribute = " ".join(match["attribute"].split())
        if attribute in _NOT_RANKING:
            continue
        party = party_of(match["name"], parties)
        if party:
            shown = f"{match['name']} 'the {attribute}'"
            what = (match["what"] or "").casefold()
            found.append((party, (_SAME.get(attribute, attribute), "" if what in _NO_THING else what), shown,
                           match.start()))
    return found
