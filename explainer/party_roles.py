"""What a party is in the story: a `role` that keeps a party off the sides must be one the sources give it.

A party's `role` ("court", "mediator", "lender") is shown where it helps and is read by the checks: a
party of such a role backs no side (neutral_parties.py), so "the two sides" does not count it and its words are not
held to a side's. "role: court" for the IMF of a debt briefing whose source names no court built
(tests/test_newuser_97.py). A role of one of the kinds below must be told by the party's own names ("Supreme Court")
or by a source the briefing cites, anywhere in its text, in English, French, German or Spanish (and Italian or
Portuguese mediation, "mediazione", "mediação"); a side's role
("side", "government", "union", "buyer") is the editors' word and is not read, nor is an analyst's.

A role in a case or over a market is told of the party itself, near one of its names, so that "role: complainant" for
the side a trade case was brought against, or "role: regulator" for a government no source tells regulating anything, builds
no more (tests/test_factcheck_137.py). A side of a case is refused where the sources tell the party only the other
side; a regulator where they tell it none. A complainant, plaintiff or claimant is told by "X sued", "X's lawsuit", "X had
cited", "brought by X", "the plaintiffs, X"; a defendant or respondent by "against X", "sued X", "found X liable", "v.
X", "X's tariffs breach", "X, Defendant"; a regulator by a body's word in its names ("Authority", "Commission", "the
regulator") or "X, which regulates", "X approved", "X ordered" (the other parties' names end the words read after it).
"""

from __future__ import annotations

import re

from . import patterns

# (words naming the kind in a role, words telling it in a party's names or a cited passage)
_KINDS = (
    (r"court|judges?|tribunal|juridiction|cour|juge|gericht\w*|richter\w*|juzgado|juez|tribunal",
     r"courts?|panels?|bench|arbitrat\w*|judges?|judicial|judgments?|judgements?|tribunal\w*|rul(?:ed|ing|ings)|justices?|juridiction|cour|juges?"
     r"|jugement|gericht\w*|richter\w*|urteil\w*|juzgado|juez|jueces|sentencia|fallo"),
    (r"mediat\w*|conciliat\w*|arbitrat\w*|médiat\w*|vermittl\w*|schlichter\w*|mediador\w*",
     r"mediat\w*|conciliat\w*|arbitrat\w*|broker\w*|facilitat\w*|médiat\w*|vermittl\w*|schlicht\w*|mediador\w*"
     r"|mediaci\w*|mediaz\w*|mediaç\w*"),  # Italian "mediazione", Portuguese "mediação" (newuser_99)
    (r"lend(?:er|ing)\w*|creditor\w*|prêteur|kreditgeber|prestamista|acreedor\w*",
     r"lend\w*|lent|loans?|credit\w*|financ\w*|prêt\w*|kredit\w*|darlehen|préstamo\w*|acreedor\w*"),
)
_READ = tuple((patterns.compile(rf"(?<!\w)(?:{named})(?!\w)", re.IGNORECASE),
               patterns.compile(rf"(?<!\w)(?:{told})(?!\w)", re.IGNORECASE)) for named, told in _KINDS)


_WORDS = r"(?:[\w'’.-]+[,\s]+)"  # a word and the space or comma after it
# (words naming the kind in a role, words telling it just before a party's name, just after it, in its names)
_PARTY_KINDS = tuple((patterns.compile(rf"(?<!\w)(?:{named})(?!\w)", re.IGNORECASE),
                      patterns.compile(rf"(?<!\w)(?:{before})[,\s]+{_WORDS}{{0,2}}$", re.IGNORECASE),
                      patterns.compile(rf"(?:['’]s?)?[,\s]+{_WORDS}{{0,{reach}}}?(?:{after})(?!\w)", re.IGNORECASE),
                      patterns.compile(rf"(?<!\w)(?:{own})(?!\w)", re.IGNORECASE) if own else None)
                     for named, before, after, reach, own in (
    (r"complainants?|plaintiffs?|claimants?|petitioners?|applicants?|plaignants?|demandeur\w*|kläger\w*"
     r"|demandantes?|denunciantes?",
     r"plaintiffs?|complainants?|claimants?|petitioners?|applicants?|appellants?|demandeur\w*|kläger\w*|demandantes?"
     r"|(?:brought|filed|lodged|launched|claims?|complaints?|lawsuits?|suits?|case|action|challenges?|petitions?"
     r"|plainte|klage|demanda)[,\s]+" + _WORDS + r"{0,3}?(?:by|par|von|por)(?:\s+the|\s+la|\s+le|\s+der|\s+el)?",
     r"sued|sues|suing|sought|complain\w*|petition\w*|challeng\w*|cited|claims?|lawsuits?"
     r"|(?:brought|brings?|bringing|filed|files|filing|lodged|launched|took)\s+(?:\w+\s+){0,2}?(?:case|action|claim"
     r"|complaint|suit|lawsuit|challenge|dispute|petition)s?|plaintiffs?|complainants?|claimants?|plainte|porté plainte"
     r"|klagt\w*|klage\w*|verklagt\w*|demand(?:ó|a|an|aron)|denunci\w*", 9, ""),
    (r"defendants?|respondents?|accused|défendeu\w*|défenderesse|beklagt\w*|demandad[oa]s?|acusad[oa]s?",
     r"against|contre|gegen|contra|sued|sues|suing|accus\w*|charged|found|ordered|fined|v|vs|defendants?"
     r"|respondents?|défendeu\w*|beklagt\w*|verklagt\w*|demand(?:ó|a|an|aron)|demandad[oa]s?|acusad[oa]s?",
     r"defendants?|respondents?|liable|guilty|breach\w*|violat\w*|infring\w*|denie[sd]|(?:was|were|is|are|has been"
     r"|had been|being)\s+(?:sued|accused|charged|fined|found)|beklagt\w*|demandad[oa]s?", 4, ""),
    (r"regulat\w*|watchdog|supervis\w*|r[ée]gulat\w*|aufsicht\w*|regulierungs\w*|regulador\w*|supervisor\w*",
     r"regulators?|watchdog|r[ée]gulat\w*|regulador\w*|aufsicht\w*",
     r"regulat\w*|approv\w*|licen[cs]\w*|supervis\w*|overs(?:ee|ees|aw|ight)|inspect\w*|watchdog|ordered|fined"
     r"|recall\w*|authori[sz]\w*|r[ée]gul\w*|autoris\w*|genehmig\w*|aufsicht\w*|autoriz\w*|regul\w*", 6,
     r"regulators?|watchdogs?|authorit(?:y|ies)|agency|agencies|commission|council|board|office|department|ministry"
     r"|inspectorate|bureau|administration|ombuds\w*|autorité|agence|conseil|ministère|inspection|behörde|\w*amt"
     r"|agencj\w*|urz[ąa]d\w*|\w*regulator\w*|agenzia|autorità|autoridade|agência"
     r"|aufsicht|kommission|ministerium|agentur|autoridad|agencia|comisión|consejo|junta|oficina|ministerio"
     r"|superintendencia"),
))
_AGAINST = patterns.compile(r"(?<!\w)(?:against|contre|gegen|contra|vs?\.?)\s+(?:the\s+|la\s+|le\s+|el\s+|den\s+|die\s+)?$",
                            re.IGNORECASE)
_DEFENDANT, _REGULATOR = 1, 2  # the kind "against X" tells; the kind told of no case
_CLAUSE_END = patterns.compile(r"[;!?\n]|\.(?=\s)")


def unbacked_role(role: str, names: tuple[str, ...], sources: list[str], others: tuple[str, ...] = ()) -> str:
    """Return the words of a party's `role` naming a kind that neither its `names` nor the cited sources tell (of it,
    near one of its names, for a role in a case or a regulator's; `others`: the other parties' names); or ""."""
    joined = " ".join(names)
    for named, told in _READ:
        found = named.search(role)
        if found and not told.search(joined) and not any(told.search(text) for text in sources):
            return found.group()
    for kind, (named, _, _, own) in enumerate(_PARTY_KINDS):
        found = named.search(role)
        # a side of a case is refused where the sources tell the party the other side only (a briefing citing one
        # side's statement may not tell either); a regulator where they do not tell it one
        if found and not (own and own.search(joined)) and not _told(kind, names, sources, others) and (
                kind == _REGULATOR or _told(1 - kind, names, sources, others)):
            return found.group()
    return ""


def _told(kind: int, names: tuple[str, ...], sources: list[str], others: tuple[str, ...]) -> bool:
    """Say whether a source tells a party the kind of role `kind` is, near one of its names."""
    _, before, after, _ = _PARTY_KINDS[kind]
    return any(_told_of(name, text, before, after, others, against=kind == _DEFENDANT)
               for name in names if len(name) > 2 for text in sources)


def _told_of(name: str, text: str, before, after, others: tuple[str, ...], against: bool) -> bool:
    """Say whether text tells a party's role in the words just before one of its names (not after "against" unless
    `against` tells it), or just after it in its clause, up to another party's name."""
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
        ahead = text[max(0, match.start() - 80):match.start()]
        ahead = ahead[max([0] + [end.end() for end in _CLAUSE_END.finditer(ahead)
                                 if not ahead[:end.end()].endswith((" v.", " vs."))]):]
        # "the complaint by Kestria against Norvania" tells Norvania no complainant
        if (against or not _AGAINST.search(ahead)) and before.search(ahead):
            return True
        rest = text[match.end():match.end() + 160]
        end = _CLAUSE_END.search(rest)
        rest = rest[:end.start()] if end else rest
        for other in others:
            seen = re.search(rf"(?<!\w){re.escape(other)}(?!\w)", rest, re.IGNORECASE) if len(other) > 2 else None
            rest = rest[:seen.start()] if seen else rest
        if after.match(rest):
            return True
    return False
