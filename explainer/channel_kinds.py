"""How a claim was made, as its card shows it: a claim's `channel` naming a kind of channel its passages never tell.

A claim card shows its `channel` ("court filing", "in a letter to the fund", "interview") as the source's account of
how the words were given. It was read for figures and superlatives only, so "court filing" built for words the cited
passage gives as "told reporters" (tests/test_newuser_97.py). A channel naming one of the kinds below must have a
word of that kind in a passage it cites (its words or the source's sentence holding them) or elsewhere in its source (a report names
the interview or the filing once, and quotes it after); a channel of no such kind
("statement", "remarks", "not given") is the editors' word for plain "said" and is not read; nor is an interview
with an outlet the source names ("interview with the Norland Medical Journal" of the journal's own report). A quote's
`context` ("In a letter to the panel", "Speaking in an interview") is read alike (plan.py). Each kind's backing words
are the ways a report tells that channel, in English, French, German and Spanish; a topic ("such a lawsuit would
change nothing") is no channel, so "lawsuit" and "sue" back no court filing.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited

# (what the kind is called in a message, words naming it in a channel, words a passage tells it by)
_KINDS = (
    ("a court filing",
     r"court|filings?|affidavits?|testimony|tribunal|plainte|justice|gerichts?\w*|klageschrift|juzgado|demanda",
     r"courts?|fil(?:e|ed|es|ing|ings)|complaint|affidavits?|testi\w+|tribunal\w*|judges?|hearing|plainte|justice"
     r"|gericht\w*|klage\w*|juzgado|demanda\w*|juez"),
    # German's "in einem Brief an die Fraktion", the noun in its capital: "brief\w*" backed it by a report's
    # "Briefwahl" (a postal vote) or an English "briefing", and "Brief" named no letter (tests/test_factcheck_145.py)
    ("a letter", r"letters?|lettres?|schreiben|cartas?|(?-i:Brief(?:e|es|en)?)",
     r"letters?|wrote|written|writing|lettres?|écrit\w*|(?-i:Brief(?:e|es|en)?)|brieflich|schrieb\w*|geschrieben"
     r"|schreiben|cartas?|escribi\w*|escrit\w*"),
    ("an interview", r"interviews?|entretien|entrevista",
     r"interview\w*|entretien|entrevista|told(?! reporters| journalists)|a déclaré à(?! la presse| des journalistes)"
     r"|sagte (?:der|dem)|dijo a(?! (?:los|la) (?:periodistas|prensa))"),
    ("a press conference", r"press conference|news conference|conférence de presse|pressekonferenz"
     r"|rueda de prensa|conferencia de prensa",
     r"conference|briefing|reporters|journalists|press|conférence|journalistes|pressekonferenz|journalist\w*"
     r"|rueda|conferencia|periodistas|prensa"),
    # "a post on X", never "a post on the border" (a war's posts are held, not written: the benchmark's contexts)
    ("a social-media post", r"social media|tweets?|posts? on (?:x|twitter|facebook|instagram|telegram|tiktok|linkedin"
     r"|bluesky|threads|weibo|social|(?:its|his|her|their|the) (?:website|blog|account|page))(?!\w)"
     r"|facebook|instagram|telegram|réseaux sociaux"
     r"|redes sociales|soziale\w* medien",
     r"social media|tweet\w*|posted|posts? on|online|facebook|instagram|telegram|réseaux|redes|medien|x\.com"),
    # words given to a parliament are a speech or an address to it: "a statement to parliament" of words the source
    # gives at a news conference (tests/test_factcheck_137.py)
    ("a speech", r"speech|discours|rede|discurso|(?:to|before|in|au|devant|vor|im|ante|en)\s+(?:the\s+|le\s+|dem\s+|el"
     r"\s+)?(?:parliament|parlement|parlament|bundestag|congress|congreso|senate|s[ée]nat|assembly|assembl[ée]e)",
     r"speech|speaking|addressed|address|discours|rede|discurso|parliament\w*|parlement\w*|parlament\w*|congreso"
     r"|congress\w*|senat\w*|sénat\w*|assembl\w*|bundestag|lawmakers|deputies|députés|abgeordnete\w*|diputados"
     r"|crowd|rally|audience|devant|foule|kundgebung|publikum|mitin|multitud|ante"),
)
_NAMED = tuple((kind, patterns.compile(rf"(?<!\w)(?:{named})(?!\w)", re.IGNORECASE),
                patterns.compile(rf"(?<!\w)(?:{told})(?!\w)", re.IGNORECASE)) for kind, named, told in _KINDS)
_OUTLET = patterns.compile(r"(?<!\w)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_SAID = patterns.compile(r"(?<!\w)(?:told reporters|told \w+|said|says|a déclaré|a dit|sagte|erklärte|dijo|declaró)"
                         r"(?!\w)", re.IGNORECASE)


def unbacked_channel(channel: str, passages: list[Cited], sources: tuple[str, ...] = ()) -> tuple[str, str, str]:
    """Return (the kind a channel names, its words naming it, how the passages give the words) for a kind neither a
    cited passage nor their `sources` (the whole texts) tell; or ("", "", "")."""
    if not passages:
        return "", "", ""
    read = [f"{passage.text} {passage.holding}" for passage in passages] + list(sources)
    for kind, named, told in _NAMED:
        found = named.search(channel)
        if found and not any(told.search(text) for text in read) and not (kind == "an interview"
                                                                           and _outlet_named(channel, sources)):
            given = next((match.group() for text in read for match in [_SAID.search(text)] if match), "")
            return kind, found.group(), given
    return "", "", ""


def _outlet_named(channel: str, sources: tuple[str, ...]) -> bool:
    """Say whether a channel names its outlet by capitalised words a source holds ("interview with the Norland
    Medical Journal" of the journal's own report, whose reporter the speaker "said" the words to)."""
    names = _OUTLET.findall(channel)
    return bool(names) and all(any(name in source for source in sources) for name in names)
