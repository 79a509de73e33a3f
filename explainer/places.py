"""Places kept: a sentence may not put what its passages tell somewhere else ("strikes on Kandahar" citing "targets in
the capital of Kabul"), spread it across a place they name only a part of ("mosques across Islamabad" citing "a
mosque on the outskirts of Islamabad"), nor send it from one place into another where they give no way it went ("flew
drones from Afghanistan into Pakistan" citing "drone strikes against targets inside Pakistan").

A place is a run of capitalised words (Latin letters, accented or not: "Kadıköy", "Peşawar") right after "in", "at", "near", "across", "throughout",
"outside", "inside", "into" or "around", or "on" after a strike ("airstrikes on Kandahar"; a "the" and a word of the
compass or "central" between: "in central Lahore"); a month, a weekday and a name before "'s" are none. It is refused
where no cited passage, nor the source's sentence holding it, names any of its words ("in Kabul Taliban officials
said" is read as Kabul) and they name another place: it is moved. A place added to passages naming none is not read,
as they may rest on the sentence before them ("The margin shrank to 269 votes" after "The recount in the Ostmark
district ..."); nor is a party of the briefing, whose name swapped is swapped.py's. "Across", "throughout" or "all
over" a place is refused where no passage says it of that place. A way from one place into or to another ("from
Afghanistan into Pakistan") is refused where no passage puts the first after "from" or "out of". English text is
read so; French, Spanish and Portuguese for a place moved ("à Kandahar" citing "à Kaboul", "en Málaga" citing "en
Sevilla", after "à", "dans", "en", "em", "no", ...), and German after a court's or a district's noun ("beim
Landgericht Karlsruhe" citing "beim Landgericht Freiburg": german_places.py). A kind of place in its name says not
which it is: "in the North Region" is moved where its passages name only "the South Region" ("en la Región Norte",
"la Región Sur"); a place named by its kind is read after "of" and "de" too ("polling stations of the Coast Region",
"mesas de la Región Costa").
A place written before a site's noun ("the Kabul mosque bombing" citing "a mosque on the outskirts of Islamabad")
is attributive_places.py's. Words in quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .attributive_places import site_moved
from .german_places import moved_institutions
from .locale import base_language
from .sentences import inside, markers_blanked
from .wordset import may_hold

# Latin letters with accents and marks as well: "Kadıköy", "Peşawar", "Şanlıurfa" are places as "Lahore" is
_UPPER = "".join(sorted(re.escape(letter) for letter in map(chr, range(0x41, 0x250)) if letter.isupper()))
_LOWER = "".join(sorted(re.escape(letter) for letter in map(chr, range(0x61, 0x250)) if letter.islower()))
_CAPITALISED = f"[{_UPPER}][{_LOWER}]+"
_NAME = rf"{_CAPITALISED}(?:[-\s]{_CAPITALISED})*"
_AREA = (r"(?:(?:central|downtown|greater|north|south|east|west|northern|southern|eastern|western|north-?west"
         r"|north-?east|south-?west|south-?east|north-?western|north-?eastern|south-?western|south-?eastern)\s+)?")
# "On" names a place only after a strike ("airstrikes on Kandahar"): "called on Pakistan", "tariffs on Canada" name none
_STRUCK = r"(?:air)?strikes?|attacks?|raids?|shelling|bombing|bombardment|assaults?|offensive"
# "Including on" after a comma names a place of the list before it: "airstrikes across Afghanistan, including on
# Kabul" (factcheck_212); "sanctions on Russia, including on its banks" names no capitalised place
# A place's part names the place after "of": "a mosque on the outskirts of Kabul" citing "on the outskirts of
# Islamabad" (factcheck_201); "the capital of" as the report writes it ("targets in the capital of Kabul")
_PART_OF = r"(?:outskirts|suburbs|edge|heart|centre|center|capital)\s+of"
_PLACED = patterns.compile(rf"(?<![\w-])(?P<at>(?i:in|at|near|across|throughout|outside|inside|into|around|all\s+over"
                           rf"|all\s+across|(?:{_STRUCK})\s+on|(?<=,\s)including\s+on|{_PART_OF}))"
                           rf"\s+(?:(?i:the)\s+)?{_AREA}"
                           rf"(?P<place>{_NAME})(?![\w'’-])")
# Where a passage names a place: after any of these, "of", "from" and "against" too ("the capital of Kabul")
_PASSAGE_PLACE = patterns.compile(rf"(?<![\w-])(?i:in|at|near|across|throughout|outside|inside|into|around|within|on"
                                  rf"|over|of|from|to|towards|against)\s+(?:(?i:the)\s+)?{_AREA}(?P<place>{_NAME})"
                                  rf"(?![\w'’-])")
_WAY = patterns.compile(rf"(?<![\w-])(?i:from)\s+(?:(?i:the)\s+)?(?P<origin>{_NAME})\s+(?i:into|to|towards)\s+"
                        rf"(?:(?i:the)\s+)?(?P<end>{_NAME})(?![\w'’-])")
_WORDS = patterns.compile(_CAPITALISED)
# French, Spanish and Portuguese: the words a place follows in a sentence ("à Kaboul", "en Sevilla", "em Cabul"), and
# besides these in a passage ("de Kaboul", "desde Sevilla"), with the articles that may stand between. (German
# capitalises every noun: "in Gefahr" names no place.) Only a place moved is read there.
_FOREIGN_AT = {"fr": (r"à|dans|près\s+de|en|autour\s+de|aux?", r"de|du|des|d['’]|depuis|vers|contre|sur",
                      r"le|la|les|l['’]"),
               "es": (r"en|cerca\s+de|dentro\s+de", r"de|del|desde|hacia|contra|sobre|a|al", r"el|la|los|las"),
               "pt": (r"em|no|na|nos|nas|perto\s+de|dentro\s+de", r"de|do|da|dos|das|desde|contra|sobre|para|a|ao",
                      r"o|a|os|as")}


def _foreign_patterns(language: str) -> tuple[re.Pattern, re.Pattern] | None:
    """Return the patterns of a place in a sentence and in a passage in French, Spanish or Portuguese, or None."""
    words = _FOREIGN_AT.get(base_language(language))
    if words is None:
        return None
    at, passage, articles = words
    article = rf"(?:(?i:{articles})\s*)?"
    return (patterns.compile(rf"(?<![\w-])(?P<at>(?i:{at}))\s+{article}(?P<place>{_NAME})(?![\w'’-])"),
            patterns.compile(rf"(?<![\w-])(?i:{at}|{passage})\s*{article}(?P<place>{_NAME})(?![\w'’-])"))
# between passages read as one text: a place ending one ("in August") does not run on into the next one's first
# word ("We"), as "August We" was named as a place the passages give
_APART = " | "
_WIDE = frozenset({"across", "throughout", "all over", "all across"})
_NOT_PLACES = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues
wed thu thur thurs fri sat sun""".split())
# A kind of place, not which: "Región Norte" is not named by a passage naming "Región Sur", "North Province" by
# "South Province"; a place's other words say which it is.
_KINDS = frozenset("""region regions región regiones province provincia provincias district distrito county condado
state estado department departamento municipality municipio city ciudad island isla valley valle""".split())
_AT_WORDS = frozenset({"in", "at", "near", "on", "across", "throughout", "outside", "inside", "into", "around", "over",
                       "from", "outskirts", "suburbs", "edge", "heart", "centre", "center", "capital"})
# A place named by its kind after "of" or "de" ("polling stations of the South Region", "mesas de la Región Costa"):
# "of" or "de" before any name is mostly no place ("la campaña de Tomás Garrido"), before a kind of place it is one
_OF_KIND = patterns.compile(rf"(?<![\w-])(?P<at>(?i:of|de|del))\s+(?:(?i:the|la|el)\s+)?(?P<place>{_NAME})(?![\w'’-])")


def _placed_by_kind(spoken: str) -> list[re.Match]:
    """Return the places text names by their kind and a name after "of" or "de": "de la Región Costa"."""
    if "of" not in spoken and "de" not in spoken:
        return []
    return [match for match in _OF_KIND.finditer(spoken) if len(words := _WORDS.findall(match["place"])) > 1
            and any(word.casefold() in _KINDS for word in words)]


def moved_places(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                 parties: tuple = ()) -> list[Finding]:
    """Return a finding when text puts something in a place no cited passage names (a party's name aside: a party
    swapped is swapped.py's), spreads it across a place no passage says it of, or gives it a way from a place no
    passage gives it as coming from."""
    if not passages or text[1:].lower() == text[1:]:
        return []  # a sentence with no capital but its first names no place: found without a pattern
    if not in_english(language):
        if base_language(language) == "de":  # German reads a place after an institution's noun alone
            return moved_institutions(text, passages, offset, parties)
        foreign = _foreign_patterns(language)
        return _moved(text, passages, offset, parties, *foreign) if foreign else []
    if not may_hold(text, _AT_WORDS):
        return site_moved(text, passages, offset, parties)
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    theirs = _APART.join(passage.text for passage in passages)
    around = _APART.join(passage.holding for passage in passages)  # the source's sentences holding the passages
    for match in _WAY.finditer(spoken):
        origin = match["origin"]
        if not inside(quoted, match.start()) and origin.casefold() not in _NOT_PLACES and not _from(theirs, origin):
            return [Finding(offset + match.start("origin"), f"this sentence says '{_shown(match)}' where its cited "
                                                            f"passages give no way from {origin}: {clipped(text)}",
                            "say where it went only as the source does, or cite a passage that says where it came "
                            "from")]
    for match in [*_PLACED.finditer(spoken), *_placed_by_kind(spoken)]:
        place, at = match["place"], " ".join(match["at"].casefold().split())
        if inside(quoted, match.start()) or place.casefold() in _NOT_PLACES or _not_struck(spoken, match, at):
            continue
        words = _which_named(place, f"{theirs}{_APART}{around}")
        if not any(_names(theirs, word) or _names(around, word) or _party(word, parties) for word in words):
            named = _named_places(f"{theirs}{_APART}{around}")
            if _adjective_of(spoken, match, named):
                continue  # "in the Afghan capital, Kabul" of "across Afghanistan": the place's adjective (factcheck_206)
            if named:
                return [Finding(offset + match.start("place"), f"this sentence names '{place}' where its cited "
                                                               f"passages name {_listed(named)}: {clipped(text)}",
                                "keep to the places the source names, or cite a passage that names this one")]
            if at.endswith(" of"):
                continue  # "the plant on the edge of Harwick" adds where it stands, as a description may (newuser_92)
            if _added(words, passages):  # passages naming no place may rest on their paragraph ("the Ostmark recount")
                return [Finding(offset + match.start("place"), f"this sentence names '{place}' where its cited "
                                                               f"passages, and the paragraphs holding them, name no "
                                                               f"place: {clipped(text)}",
                                "keep to the places the source names, or cite a passage that names this one")]
            continue
        if at in _WIDE and not _spread(theirs, place):
            return [Finding(offset + match.start(), f"this sentence says '{_shown(match)}' where its cited passages "
                                                    f"do not say it of all {place}: {clipped(text)}",
                            "keep the place as the source gives it, or cite a passage that says it of all of it")]
    return site_moved(text, passages, offset, parties)  # "the Kabul mosque" (attributive_places.py)


def _moved(text: str, passages: list[Cited], offset: int, parties: tuple, placed: re.Pattern,
           passage_place: re.Pattern) -> list[Finding]:
    """Return a finding where a French, Spanish or Portuguese sentence puts something in a place no cited passage
    (nor its source's sentence) names, and they name another: "à Kandahar" citing "à Kaboul"."""
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    theirs = _APART.join(passage.text for passage in passages)
    around = _APART.join(passage.holding for passage in passages)
    for match in [*placed.finditer(spoken), *_placed_by_kind(spoken)]:
        place = match["place"]
        if inside(quoted, match.start()) or any(_names(theirs, word) or _names(around, word) or _party(word, parties)
                                                for word in _which_named(place, f"{theirs}{_APART}{around}")):
            continue
        named = _named_places(f"{theirs}{_APART}{around}", passage_place)
        if named:
            return [Finding(offset + match.start("place"), f"this sentence names '{place}' where its cited "
                                                           f"passages name {_listed(named)}: {clipped(text)}",
                            "keep to the places the source names, or cite a passage that names this one")]
    return []


# A place's adjective ("Afghan" of "Afghanistan", "Pakistani" of "Pakistan") begins as its name does, five letters or
# more of it (as owners.is_named reads a form of a party's name)
_ADJECTIVE_START = 5
_LOWER_NEXT = patterns.compile(r"\s+[a-z]")


def _adjective_of(spoken: str, match: re.Match, named: list[str]) -> bool:
    """Say whether a one-word place stands as an adjective before a lowercase noun ("the Afghan capital") and is a
    form of a place the passages name ("Afghanistan"): it names that place, in another form."""
    place = match["place"]
    if " " in place or "-" in place or not _LOWER_NEXT.match(spoken, match.end()):
        return False
    folded = place.casefold()
    return any(min(len(folded), len(other)) >= _ADJECTIVE_START and (folded.startswith(other) or other.startswith(folded))
               for other in (name.casefold() for name in named))


_STRUCK_WORD = patterns.compile(rf"(?<![\w-])(?i:{_STRUCK})(?![\w-])")


def _not_struck(spoken: str, match: re.Match, at: str) -> bool:
    """Say whether "including on" follows no strike in its sentence: "posted widely, including on Telegram" names a
    platform, "airstrikes across Afghanistan, including on Kabul" a place."""
    return at.startswith("including") and not _STRUCK_WORD.search(spoken, 0, match.start())


def _which(place: str) -> list[str]:
    """Return the words of a place that say which it is: its words but a kind of place ("Norte" of "Región Norte"),
    or all of them where it has no others ("Region")."""
    words = _WORDS.findall(place)
    return [word for word in words if word.casefold() not in _KINDS] or words


def _which_named(place: str, passages: str) -> list[str]:
    """Return _which(place) without its first word where the passages name that word only to open another place:
    "New" of "New York" where they name "New Jersey", "South" of "South Korea" where they name "South Africa"."""
    words = _which(place)
    if len(words) < 2 or not _names(passages, words[0]):
        return words
    after = [found["next"] for found in re.finditer(rf"(?<!\w){re.escape(words[0])}(?:\s+(?P<next>{_CAPITALISED}))?",
                                                    passages)]
    return words[1:] if after and all(word and word != words[1] for word in after) else words


def _added(words: list[str], passages: list[Cited]) -> bool:
    """Say whether a place's words are in no paragraph holding a passage, where every paragraph is known: a place
    taken from the sentence before the passage ("The recount in the Ostmark district ...") is no place added."""
    paragraphs = [passage.paragraph for passage in passages]
    return all(paragraphs) and not any(_names(paragraph, word) for paragraph in paragraphs for word in words)


def paragraph_around(text: str, start: int, end: int) -> str:
    """Return the paragraph of a source holding text[start:end], within PARAGRAPH_REACH characters either way: a
    source with no blank line is no paragraph of a whole document."""
    low, high = max(0, start - PARAGRAPH_REACH), min(len(text), end + PARAGRAPH_REACH)
    first = text.rfind("\n\n", low, start)
    last = text.find("\n\n", end, high)
    return text[first + 2 if first >= 0 else low:last if last >= 0 else high]


PARAGRAPH_REACH = 600  # characters: the sentences about a passage that may name where it is


def _named_places(passages: str, passage_place: re.Pattern = _PASSAGE_PLACE) -> list[str]:
    """Return the places the passages name after a preposition ("of Kabul", "across Afghanistan"), months and
    weekdays aside."""
    return [match["place"] for match in passage_place.finditer(passages)
            if match["place"].casefold() not in _NOT_PLACES]


def _listed(places: list[str]) -> str:
    """Return the first three distinct places, quoted: "'Afghanistan' and 'Kabul'"."""
    quoted = [f"'{place}'" for place in dict.fromkeys(places)][:3]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"


def _shown(match: re.Match) -> str:
    """Return the words a match found, their spacing flattened."""
    return " ".join(match.group().split())


def _party(word: str, parties: tuple) -> bool:
    """Say whether a word names one of the briefing's parties (as `(id, naming words)`)."""
    return any(word.casefold() in words for _, words in parties)


def _names(passages: str, place: str) -> bool:
    """Say whether the passages name `place` as a whole word, in any case."""
    if passages.isascii() and place.isascii():
        return _holds_whole(passages.lower(), place.lower())
    return re.search(rf"(?<!\w){re.escape(place)}(?!\w)", passages, re.IGNORECASE) is not None


def _holds_whole(text: str, word: str) -> bool:
    """Say whether lowercase ASCII text holds `word` with no word character either side, as _names' pattern finds it:
    a pattern made for each place was compiled afresh (re keeps 512), 0.9 ms each, for most sentences naming one."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or text[at - 1] not in _ASCII_WORD) and (end == len(text) or text[end] not in _ASCII_WORD):
            return True
        at = text.find(word, at + 1)
    return False


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _spread(passages: str, place: str) -> bool:
    """Say whether the passages say something across, throughout or all over `place`."""
    return _names(passages, place) and re.search(  # named first: most passages never name it so
        rf"(?<!\w)(?:across|throughout|all\s+over)\s+(?:the\s+)?{re.escape(place)}(?!\w)", passages,
        re.IGNORECASE) is not None


def _from(passages: str, place: str) -> bool:
    """Say whether the passages put `place` after "from" or "out of" (a word or two between: "from northern X"), or
    after a site there that they say it comes from: "from the maternity unit at X" is a way from X (newuser_128)."""
    return _names(passages, place) and re.search(  # named first: most passages never name it so
        rf"(?<!\w)(?:from|out\s+of)\s+(?:[\w-]+\s+){{0,2}}{re.escape(place)}(?!\w)"
        rf"|{_FROM_A_SITE}{re.escape(place)}(?!\w)", passages, re.IGNORECASE) is not None


# "from the maternity unit at X", "out of a depot near X", "from its base in X": a lowercase site (one to three
# words, an article or a possessive before) standing at, in or near the place
_FROM_A_SITE = (r"(?<!\w)(?:from|out\s+of)\s+(?:the|a|an|its|their|his|her)\s+(?-i:[a-z][\w-]*\s+){1,3}"
                r"(?:at|in|near|outside)\s+(?:the\s+)?")
