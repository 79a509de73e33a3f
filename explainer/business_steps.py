"""A business story's step told as the end of the road.

"Corvane went bankrupt" citing "Corvane filed for Chapter 11 bankruptcy protection" (a filing for protection told as a
collapse); "The board fired the chief executive" citing "The chief executive resigned" (a resignation told as a
dismissal); "The merger was completed" citing "The merger was announced", "Corvane sold its router unit" citing
"Corvane is exploring a sale of its router unit" or "Corvane listed its shares" citing "Corvane plans to list its
shares" (a deal announced, planned, agreed or explored told as done); "The court blocked the merger" citing "The FTC
sued to block the merger", "The class action was certified" citing "seeking to have the class action certified" (a
request told as granted); "the council had cancelled its contract" citing "the council would review its contract" (a
review told as its outcome: scrapped, terminated, revoked, has cut, has ended); "The CMA says it has found that the deal
could lead to higher prices" citing "said it would examine whether the deal could lead to higher prices" (a question
examined told as answered: tests/test_factcheck_233.py). Each is read as process_outcomes.py reads a process told as its outcome: refused where the
sentence's outcome is neither negated, possible nor partial, shares a word with the passage's clause giving the step,
and no cited passage tells an outcome of that family itself.

Also refused: an act the passage qualifies with an adverb, told plainly ("Regulators cleared the merger" citing
"Regulators conditionally cleared the merger": conditionally, provisionally, tentatively, partially, partly,
temporarily, preliminarily, or "in principle" after the verb); an option of a report's list told as done ("The
cabinet raised the cap to £21m" citing "Option C: the Cabinet raises the cap to £21m"); and a passive's agent
changed ("Corvane was sued for $2bn by its shareholders" citing "... by Brightwell"). English text is read.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .process_outcomes import Family, outcome_findings, whole_words
from .open_steps import steps_in_languages
from .sentences import markers_blanked
from .wordset import may_contain, may_hold

_DEAL = r"(?:sale|merger|takeover|acquisition|purchase|listing|IPO|flotation|spin-?off|disposal|deal|buyout)"
_WORD_ = r"[\w'’-]+ "  # a word and the space after it
_DEAL_VERB = r"(?:sell|list|float|merge|buy|acquire|spin off|divest|close|complete|go public)"
_FAMILIES = (
    Family("a filing for protection from creditors",
           whole_words("(?:filed|files|filing) for (?:\\w+ ){0,3}?(?:bankruptcy|insolvency|creditor) protection"
                       "|(?:chapter|ch\\.) (?:11|15)(?: bankruptcy)?(?: protection)?|bankruptcy protection"
                       "|creditor protection|(?:preparing|considering|weighing|plans?|planning) to file for bankruptcy"
                       "|on the brink of (?:bankruptcy|collapse)|(?:at )?risk of (?:bankruptcy|insolvency)"),
           whole_words("went bankrupt|gone bankrupt|(?:is|was|are|were|be|been|now) (?:\\w+ )?bankrupt|went bust"
                       "|gone bust|(?:is|was|are|were) insolvent|went under|went into liquidation"
                       "|(?:was|were|been|being) liquidated|ceased trading|went out of business"),
           frozenset({"went", "gone", "bankrupt", "bust", "insolvent", "liquidation", "liquidated", "ceased",
                      "business"})),
    Family("a resignation",
           whole_words("resigned|resigning|resigns|stepped down|stepping down|steps down|quit|quits|retired|retiring"
                       "|left (?:the|his|her|its|their) (?:post|job|role|company|board)"
                       "|(?:will|to) (?:step down|leave|retire)"),
           whole_words("fired|sacked|ousted|axed|(?:forced|pushed) out|(?:removed|dismissed) (?:\\w+ ){0,3}?(?:from|as)"
                       "|dismissed (?:the|its|his|her|their) (?:\\w+ )?(?:chief|boss|head|chair\\w*|director|manager"
                       "|coach|executive|president)"),
           frozenset({"fired", "sacked", "ousted", "dismissed", "axed", "forced", "pushed", "removed"})),
    # "the merger was announced" and "the merger was completed" share "merger": what the deal is of is no step's word
    Family("announced, planned or explored",
           whole_words(f"(?:announced|unveiled|proposed|planned|agreed|pending|exploring|considering|weighing"
                       f"|mulling|studying|explore|consider)(?: (?:a|an|the|its|their))?(?: [\\w-]+)? "
                       f"(?P<object>{_DEAL})|(?P<object2>{_DEAL})(?P<object3> of [\\w'’ ]{{1,30}}?)? "
                       f"(?:was|were|has been|had been|is|are) (?:\\w+ )?(?:announced|unveiled|proposed|planned|agreed"
                       f"|pending)"
                       f"|(?:plans?|planning|planned|intends?|intending|hopes?|hoping|aims?|aiming|wants?|agreed"
                       f"|agrees|proposed|proposes|preparing|prepares|expects?|expected|(?:is|are) (?:set|due|looking"
                       f"|considering|exploring|weighing)) to {_DEAL_VERB}"
                       f"|(?:put|puts|putting) (?:[\\w'’]+ ){{0,4}}?up for sale|up for sale|on the block"
                       f"|received (?:a|an|several|two|three|\\w+) (?:[\\w-]+ )?(?:bid|offer|approach)s?"),
           whole_words(f"(?:completed|finali[sz]ed|closed) (?:a|an|the|its|their) (?:[\\w'’-]+ ){{0,2}}?"
                       f"(?P<object>{_DEAL})s?|(?P<object2>{_DEAL})(?P<object3> of [\\w'’ ]{{1,30}}?)? "
                       f"(?:has |had |have )?(?:was |were |been |is )?"
                       f"(?:completed|finali[sz]ed|closed|went through|gone through)"
                       f"|sold|floated|went public|spun off|divested|merged|(?:was|were|been|is|are) (?:bought|acquired"
                       f"|taken over)|bought|acquired|took over|(?:has|have|had) taken over"
                       f"|listed (?:its |their |the )?(?:\\w+ )?(?:shares|stock)|(?:listed|(?:was|were|is"
                       f"|are|been) listed) on"),
           frozenset({"completed", "closed", "went", "gone", "sold", "listed", "floated", "spun", "divested", "merged",
                      "finalised", "finalized", "bought", "acquired", "taken", "took"}), 2),
    # "subject to regulatory approval" told as "Regulators approved the deal"
    Family("subject to approval",
           whole_words(f"(?:subject to (?:{_WORD_}){{0,3}}?|(?:pending|awaiting|awaits|await|needs?|requires?) "
                       f"(?:{_WORD_}){{0,2}}?)(?:approval|clearance|consent|sign-off)"),
           whole_words(f"approved|cleared|(?:gave|given|won|received|secured|got|obtained|granted) "
                       f"(?:{_WORD_}){{0,3}}?(?:approval|clearance|green light|go-ahead|blessing|consent)|signed off|green-?lit"
                       f"|waved through|rubber-stamped"),
           frozenset({"approved", "cleared", "gave", "given", "won", "received", "secured", "got", "obtained", "granted",
                      "signed", "greenlit", "green", "waved", "rubber"})),
    # a review told as its outcome: "the council had cancelled its contract" of "the council would review its
    # contract" (factcheck_233); what is reviewed is named twice over, "council" and "contract"
    Family("a review",
           whole_words("(?:review|reviews|reviewing|reconsider|reconsiders|reconsidering|re-?examin(?:e|es|ing)"
                       "|look again at|looking again at|(?:is|are|was|were|be|been|remains?) under review)"),
           whole_words("cancell?ed|scrapped|terminated|axed|revoked|(?:tore|torn|ripped) up|(?:has|have|had|was|were"
                       "|been) (?:\\w+ )?(?:cut|ended|dropped|withdrawn|closed|renewed|extended)"),
           frozenset({"cancelled", "canceled", "scrapped", "terminated", "axed", "revoked", "tore", "torn", "ripped",
                      "cut", "ended", "dropped", "withdrawn", "closed", "renewed", "extended"}), 2),
    # a question examined told as answered: "The CMA says it has found that the deal could lead to higher prices" of
    # "said it would examine whether the deal could lead to higher prices" (factcheck_233)
    Family("a question examined",
           whole_words("(?:examin\\w*|investigat\\w*|look(?:s|ed|ing)? into|consider\\w*|assess\\w*|stud(?:y|ies"
                       "|ying)|review\\w*|explor\\w*|weigh\\w*|ask(?:s|ed|ing)?) whether"),
           whole_words("(?:has |have |had )?(?:found|concluded|established|determined|ruled|shown|proved|proven|confirmed"
                       "|decided) that"),
           frozenset({"found", "concluded", "established", "determined", "ruled", "shown", "proved", "proven",
                      "confirmed", "decided"}), 2),
    Family("a request or a suit",
           whole_words("(?:sued|suing|sues|sue|moved|moving|moves|sought|seeking|seeks|asked|asking|asks|petitioned"
                       "|petitioning|applied|applying|filed|filing|went to court|going to court|urged|urging|pressing"
                       "|lobbying|trying|tried|attempting|want|wants|wanted) (?:[\\w'’]+ ){0,5}?to "
                       "(?:have (?P<object>(?:[\\w'’]+ ){0,4}?))?(?:block|halt|stop|bar|ban|certify|certified|dismiss"
                       "|dismissed|approve|approved|reject|rejected|freeze|frozen|seize|seized|suspend|suspended"
                       "|delay|delayed|unwind|unwound)"),
           whole_words("blocked|halted|stopped|barred|banned|certified|dismissed|approved|rejected|frozen|froze"
                       "|seized|suspended|delayed|unwound"),
           frozenset({"blocked", "halted", "stopped", "barred", "banned", "certified", "dismissed", "approved",
                      "rejected", "frozen", "froze", "seized", "suspended", "delayed", "unwound"})),
)
_ALL_WORDS = frozenset().union(*(family.words for family in _FAMILIES))


def step_as_end(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                named: Sequence[Finding] = ()) -> list[Finding]:
    """Return a finding when text tells as the end of the road a step its passages give (a filing, a resignation, a
    deal announced, a request), an act they qualify told plainly, an option told as done or a passive's agent
    changed."""
    if not in_english(language):
        return steps_in_languages(text, passages, offset, language, named)  # French, Spanish and German
    if may_hold(text, _ALL_WORDS):
        found = outcome_findings(text, passages, _FAMILIES, offset, named)
        if found:
            return found
    return (unqualified_acts(text, passages, offset, named) or option_as_done(text, passages, offset)
            or changed_agents(text, passages, offset, named))


# "conditionally cleared", "provisionally approved", "agreed in principle"
_QUALIFIER = (r"(?:conditionally|provisionally|tentatively|partially|partly|temporarily|preliminarily"
              r"|initially|informally)")
_QUALIFIED = patterns.compile(rf"(?<![\w-]){_QUALIFIER}\s+(?P<act>[a-z]+ed)(?![\w-])"
                              r"|(?<![\w-])(?P<principle>[a-z]+ed)\s+(?:\w+\s+){0,3}?in\s+principle(?![\w-])",
                              re.IGNORECASE)
_KEPT_QUALIFIER = patterns.compile(r"(?<![\w-])(?:condition\w*|provisional\w*|tentative\w*|partial\w*|partly|in part|part of"
                                   r"|temporar\w*|preliminar\w*|initial\w*|informal\w*|in principle|subject to"
                                   r"|not|never|yet|could|would|might|may|will|if)(?![\w-])", re.IGNORECASE)
_WORD = patterns.compile(r"[A-Za-z]{3,}")


def unqualified_acts(text: str, passages: list[Cited], offset: int = 0,
                     named: Sequence[Finding] = ()) -> list[Finding]:
    """Return a finding when text tells plainly an act its passages give only qualified ("conditionally cleared"),
    where none of the findings already `named` quotes it."""
    if not any(may_contain(passage.text, ("ly ", "principle")) for passage in passages):
        return []
    spoken = markers_blanked(text)
    for passage in passages:
        for match in _QUALIFIED.finditer(passage.text):
            act = match["act"] or match["principle"]
            told = patterns.compile(rf"(?<![\w-]){act}(?![\w-])", re.IGNORECASE).search(spoken)
            if told is None or _KEPT_QUALIFIER.search(spoken) or _plainly_given(act, passages) or any(
                    f"{act.casefold()}'" in finding.message.casefold() for finding in named):
                continue
            if _content(spoken) - {act.casefold()} & _content(passage.text):
                shown = " ".join(match.group().split())
                return [Finding(offset, f"this sentence tells plainly ('{told.group()}') an act its cited passages "
                                        f"qualify ('{shown}'): {clipped(text)}",
                                f"keep the qualifier ('{shown}'), or cite a passage that gives the act without it")]
    return []


def _plainly_given(act: str, passages: list[Cited]) -> bool:
    """Say whether a passage gives the act without a qualifier too."""
    plain = patterns.compile(rf"(?<![\w-]){act}(?![\w-])", re.IGNORECASE)
    return any(not _QUALIFIED.search(passage.text, max(0, match.start() - 20), match.end() + 20)
               for passage in passages for match in plain.finditer(passage.text))


# "Option C:", "Scenario 2 -", "Alternative B." opening a passage's clause
_OPTION = patterns.compile(r"(?:^|[.;:]\s+|\n\s*)(?P<option>(?:Option|Scenario|Alternative|Variant)\s+(?:[A-Z]|\d+)"
                           r"|(?:Option|Scenario|Alternative)\s+(?:one|two|three|four|five))\s*[:.)–—-]\s*"
                           r"(?P<told>[^.;\n]+)")
_KEPT_OPTION = patterns.compile(r"(?<![\w-])(?:options?|scenarios?|alternatives?|variants?|propos\w+|could|would"
                                r"|might|may|if|should|plans?|suggest\w*|consider\w*|recommend\w*|under)(?![\w-])",
                                re.IGNORECASE)
_CHOSEN = patterns.compile(r"(?<![\w-])(?:chose|chosen|adopted|opted|selected|picked|went\s+with|decided)(?![\w-])",
                           re.IGNORECASE)


def option_as_done(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding when text tells as done what its passages give only as one option of a list ("Option C:
    the Cabinet raises the cap")."""
    if not any(may_contain(passage.text, ("option", "scenario", "alternative", "variant")) for passage in passages):
        return []
    spoken = markers_blanked(text)
    if _KEPT_OPTION.search(spoken) or any(_CHOSEN.search(passage.text) for passage in passages):
        return []
    words = _content(spoken)
    for passage in passages:
        for match in _OPTION.finditer(passage.text):
            if len(words & _content(match["told"])) >= 2:
                shown = " ".join(match["option"].split())
                return [Finding(offset, f"this sentence tells as done what its cited passages give only as one option "
                                        f"('{shown}'): {clipped(text)}",
                                f"say it is an option ('{shown} would ...'), or cite a passage that says it was "
                                "chosen")]
    return []


# "was sued for $2bn by Brightwell": who did it
_AGENT = patterns.compile(r"(?<![\w-])(?:was|were|been|being|is|are)\s+(?P<act>[a-z]+(?:ed|en)|sued|sold|bought|hit"
                          r"|won|brought|made)(?P<between>\s+(?:[^\s.;:,]+\s+){0,5}?)by\s+(?P<agent>(?:(?:its|their"
                          r"|the|a|an|his|her)\s+)?[\w'’-]+)", re.IGNORECASE)
# A group of people a business answers to: "by its shareholders" may not stand for "by Brightwell"
_GROUPS = frozenset({"shareholders", "stockholders", "investors", "employees", "workers", "staff", "customers",
                     "creditors", "lenders", "bondholders", "unions", "consumers", "users", "founders", "directors",
                     "board", "owners", "suppliers", "clients", "partners", "rivals", "competitors"})


def changed_agents(text: str, passages: list[Cited], offset: int = 0,
                   named: Sequence[Finding] = ()) -> list[Finding]:
    """Return a finding when a passive in text names another agent ("by its shareholders") than the same passive of
    its passages ("by Brightwell"), where none of the findings already `named` names that agent (a party swapped)."""
    if " by " not in text:
        return []
    for own in _AGENT.finditer(markers_blanked(text)):
        agent = own["agent"].split()[-1]
        group, proper = agent.casefold() in _GROUPS, agent[:1].isupper()
        if not (group or proper) or own["agent"][:1].isdigit():
            continue
        if any(agent.casefold() in passage.text.casefold() for passage in passages) or any(
                agent.casefold() in finding.message.casefold() for finding in named):
            return []
        for passage in passages:
            theirs = next((match for match in _AGENT.finditer(passage.text)
                           if match["act"].casefold() == own["act"].casefold()
                           and match["agent"].split()[-1][:1].isupper()
                           and match["agent"].split()[-1].casefold() not in _GROUPS), None)
            if theirs is not None:
                shown, given = _shown(own), _shown(theirs)
                return [Finding(offset, f"this sentence gives the act ('{shown}') to another than its cited passages "
                                        f"do ('{given}'): {clipped(text)}",
                                f"keep who acted as the source says ('{given}'), or cite a passage that names them")]
    return []


def _shown(match: re.Match) -> str:
    """Return a passive's act and its agent as written, the words between left out."""
    between = "" if not match["between"].strip() else " ..."
    return f"{match['act']}{between} by {' '.join(match['agent'].split())}"


@functools.lru_cache(maxsize=1 << 12)
def _content(text: str) -> frozenset[str]:
    """Return the words of three letters or more of text that may name what it is about, folded."""
    return frozenset(word.casefold() for word in _WORD.findall(text)) - _NOT_CONTENT


_NOT_CONTENT = frozenset({"the", "and", "for", "was", "are", "has", "had", "its", "but", "not", "that", "this", "with",
                          "have", "been", "were", "said", "will", "from", "they", "their", "would", "could"})
