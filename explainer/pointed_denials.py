"""A denial that points back: "Northland says Southland subsidises its steelmakers; Southland denies this."

News gives a denial by pointing at the accusation before it ("B denies this", "B denies it", "B rejects the claim",
"B disputes the allegations", "B has denied wrongdoing", "..., which B denies", "..., a charge B rejects"; French
"ce que dément B", "B le dément", Spanish "lo que niega B", "B lo niega", German "was B bestreitet", "B bestreitet
das", "B weist die Vorwürfe zurück"). Its words hold nothing of what is denied, so "Southland denies subsidising its
steelmakers" read as a negation added to "Northland says Southland subsidises its steelmakers" (polarity.py), and
"Southland denies that it subsidises its steelmakers" as Northland's words given to Southland (speaker_turns.py).
Here such a denial is read as what it says: its speaker (the words before its verb) denies what the clause before it
has the accuser say (the words after its verb of saying or accusing: "says", "accuses ... of", "affirme que",
"afirma que", "wirft ... vor"); a denial after no such clause points at no accusation and is left as it is. A
finding of those two checks is read again with each such denial spelled out ("Southland denies Northland that
Southland subsidises its steelmakers") where the sentence is itself a denial whose subject names that denier; a
sentence saying the opposite ("Southland admits ..."), stating the denial as fact ("Southland does not subsidise
...") or telling of a denial the passage does not point back to keeps its finding. A denial given to the accuser
("Northland denies that Southland subsidises its steelmakers") is refused (`given_to_accuser`). English, French,
Spanish and German are read, each passage only where it holds a verb of denying and a word that points.
"""

from __future__ import annotations

import functools
import re
from typing import Callable, NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped
from .checked import Passages
from .clauses import content_words

# Verbs of denying, by language (any form a sentence or a passage gives one in)
_VERBS = {
    "en": r"den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?"
          r"|dismiss(?:es|ed|ing)?",
    "fr": r"dément(?:ent)?|démenti|démentait|nie(?:nt)?|nié|niait|conteste(?:nt)?|contesté|contestait|rejette(?:nt)?"
          r"|rejeté|rejetait|réfute(?:nt)?|réfuté",
    "es": r"niega(?:n)?|negó|negaron|negado|rechaza(?:n)?|rechazó|rechazaron|rechazado|desmiente(?:n)?|desmintió"
          r"|desmintieron|desmentido|refuta(?:n)?|refutó",
    "de": r"bestreitet|bestreiten|bestritt|bestritten|dementiert(?:e|en)?|weist|weisen|wies|wiesen|zurückgewiesen"
          r"|zurückweist|zurückweisen|widerspricht|widersprach",
}
# What a pointing denial's object is: a pronoun, or the accusation named by its kind
_OBJECTS = {
    "en": r"(?:this|it|that|these|those|them|(?:(?:the|these|those|such|this|that|all|any|both|its|their|[\w’'-]+['’]s?)"
          r"\s+)?(?:claims?|charges?|allegations?|accusations?|assertions?)|(?:any\s+|all\s+)?wrongdoing)"
          r"(?:\s+(?:against|about)\s+(?:it|them|him|her|us))?",
    "fr": r"(?:cela|ceci|(?:cette|ces|les|l['’]|une?|des)\s*(?:accusations?|allégations?|affirmations?|critiques?))",
    "es": r"(?:esto|eso|ello|(?:la|las|esta|estas|esa|esas|dicha|dichas|tal|tales)\s+(?:acusaci[oó]n(?:es)?"
          r"|afirmaci[oó]n(?:es)?|denuncias?))",
    "de": r"(?:das|dies|dieses|(?:den|die|diesen|diese)\s+(?:Vorwurf|Vorwürfe|Anschuldigungen?|Behauptungen?))(?:\s+zurück)?",
}
_PRONOUN_BEFORE = {"fr": r"(?:le|l['’]\s*(?:a|ont)?)", "es": r"lo"}
_WHO = r"[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,5}?"
_AUXILIARY = (r"(?:(?:has|have|had|also|flatly|strongly|firmly|repeatedly|consistently|always|long|vehemently|angrily"
              r"|categorically|publicly|swiftly|since|previously|however|a|ont|avait|ha|han|había|hat|haben|hatte"
              r"|entschieden|energisch)\s+)*")
_END = r"\s*(?=[.;:,!?)]|\s+(?:and|but|et|mais|y|pero|und|aber)\s|$)"


def _compiled(language: str) -> re.Pattern:
    """Return a language's pattern of a denial that points back: its speaker before it ("Southland denies this",
    "Southland le dément") or after a relative pronoun (", which Southland denies", ", ce que dément Southland")."""
    verb, what = _VERBS[language], _OBJECTS[language]
    before = _PRONOUN_BEFORE.get(language)
    relative = {"en": r"which|something|(?:an?\s+)?(?:claims?|charges?|allegations?|accusations?)(?:\s+(?:that|which))?",
                "fr": r"ce\s+que|ce\s+qu['’]|une?\s+(?:accusations?|allégations?)\s+que",
                "es": r"lo\s+que|algo\s+que|(?:una\s+)?acusaci[oó]n(?:es)?\s+que",
                "de": r"was|(?:ein|einen)\s+Vorwurf,?\s+(?:den|die)"}[language]
    forms = [rf"(?<=[.;!?,])\s*(?:(?:and|but|while|et|mais|y|pero|und|aber)\s+)?(?P<who>{_WHO})\s+{_AUXILIARY}"
             rf"(?P<verb>{verb})\s+(?P<what>{what}){_END}",
             rf",\s*(?:{relative})\s+(?:(?P<verb2>{verb})\s+(?P<who2>{_WHO})|(?P<who3>{_WHO})\s+{_AUXILIARY}"
             rf"(?P<verb3>{verb})(?:\s+zurück)?){_END}"]
    if before:
        forms.append(rf"(?<=[.;!?,])\s*(?:(?:et|mais|y|pero)\s+)?(?P<who4>{_WHO})\s+{before}\s*(?P<verb4>{verb}){_END}")
    return patterns.compile("|".join(forms), re.IGNORECASE)


_POINTING = {language: _compiled(language) for language in _VERBS}
# The verb of saying or accusing whose words a pointing denial denies: what follows it is the accusation's content
_SAYING = {
    "en": r"(?:says|said|say|claims?|claimed|alleges?|alleged|accuses|accused|accuse|charges|charged|argues|argued"
          r"|insists|insisted|maintains|maintained|contends|contended|asserts|asserted|complains|complained|reports"
          r"|reported|suggests|suggested)(?:\s+that|\s+(?P<accused>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,3}?)"
          r"\s+of)?",
    "fr": r"(?:affirme|affirment|a\s+affirmé|assure|assurent|a\s+assuré|soutient|soutiennent|estime|estiment|dit|disent"
          r"|a\s+dit|déclare|déclarent|a\s+déclaré|dénonce|accuse|accusent|a\s+accusé|reproche)"
          r"(?:\s+qu['’e]|\s+(?P<accused>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,3}?)\s+d['’e])?",
    "es": r"(?:afirma|afirman|afirmó|asegura|aseguran|aseguró|dice|dicen|dijo|sostiene|sostienen|denuncia|denunció"
          r"|acusa|acusan|acusó)(?:\s+que|\s+a\s+(?P<accused>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,3}?)\s+de)?",
    "de": r"(?:sagt|sagen|sagte|erklärt|erklärte|behauptet|behauptete|wirft|warf|beschuldigt|beschuldigte|kritisiert)"
          r"(?:,?\s+dass)?",
}
_SAYING_PATTERNS = {language: patterns.compile(rf"(?<!\w)(?:{saying})(?!\w)", re.IGNORECASE)
                    for language, saying in _SAYING.items()}
# The gate: a word that may begin a verb of denying, and one that may point, as lowercase substrings
_DENIAL_STEMS = ("deni", "deny", "reject", "disput", "refut", "rebuff", "dismiss", "dément", "démenti", "nie", "nié",
                 "contest", "rejet", "réfut", "nieg", "negó", "negaron", "negado", "rechaz", "desm", "bestr",
                 "dementi", "weis", "wies", "widersp")
_SMALL = frozenset({"the", "has", "have", "had", "also", "its", "his", "her", "their", "and", "but", "flatly",
                    "strongly", "firmly", "repeatedly", "les", "des", "une", "los", "las", "una", "die", "der", "das",
                    "den", "dem", "ein", "eine", "government", "gouvernement", "gobierno", "regierung", "officials"})


class Denial(NamedTuple):
    """A denial pointing back: the names of who denies and who accused, what is denied, the denial spelled out, and
    the denier and the accuser as written."""

    denier: frozenset[str]
    accuser: frozenset[str]
    content: frozenset[str]
    spelled: str
    who: str
    by: str


def _language(language: str) -> str:
    """Return the language's code as this module reads it ("en" for none)."""
    return (language or "en").split("-")[0].lower()


def _may_point(text: str) -> bool:
    """Say whether text may hold a pointing denial: a verb of denying's start, by a substring search."""
    folded = text.casefold()
    return any(stem in folded for stem in _DENIAL_STEMS)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def pointed_denials(text: str, language: str) -> tuple[Denial, ...]:
    """Return each denial of text that points back at an accusation the clause before it makes."""
    code = _language(language)
    pointing = _POINTING.get(code)
    if pointing is None or not _may_point(text):
        return ()
    found = []
    for match in pointing.finditer(text):
        who = next(match.group(name) for name in ("who", "who2", "who3", "who4") if name in match.re.groupindex
                   and match.group(name) is not None)
        accusation = _accusation(text, match.start(), code)
        if accusation is None:
            continue
        accuser, content = accusation
        who = who.strip()
        if who.casefold() in _PRONOUNS:  # "..., which it denies": the one the claim is of, named first in it
            who = next((word for word in _WORD.findall(content) if word[0].isupper()), "")
        if not _names(who) or _names(who) == _names(accuser):
            continue
        spelled = f"{who} {_DENIES[code]} {_CLAIM[code]} {accuser} {_THAT[code]} {content.replace(',', ' ')}."
        found.append(Denial(_names(who), _names(accuser), content_words(content, _SMALL), spelled, who, accuser))
    return tuple(found)


_PRONOUNS = frozenset({"it", "they", "he", "she", "il", "elle", "ils", "elles", "él", "ella", "ellos", "er", "sie", "es"})
# A denial spelled out with the verb each check reads as one, whatever the passage's ("rejected the allegations")
_DENIES = {"en": "denies", "fr": "dément", "es": "niega", "de": "bestreitet"}
# ... and what a summary may call what it denies ("rejects the accusation that"), as words of the clause
_CLAIM = {"en": "the claim charge accusation allegation of", "fr": "l'accusation affirmation allégation de",
          "es": "la acusación afirmación de", "de": "den Vorwurf die Behauptung von"}
_THAT = {"en": "that", "fr": "que", "es": "que", "de": "dass"}
_VOR = patterns.compile(r"(?<!\w)vor\s*,", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_][\w’'-]*")
_SENTENCE_START = patterns.compile(r"[.;!?]\s")


def _accusation(text: str, denial: int, code: str) -> tuple[str, str] | None:
    """Return the accuser and the content of the accusation the clause before a denial at `denial` makes, or None
    where that clause has no verb of saying or accusing."""
    before = text[:denial].rstrip(" ,;.")
    starts = [found.end() for found in _SENTENCE_START.finditer(before)]
    clause = before[starts[-1] if starts else 0:]
    said = _SAYING_PATTERNS[code].search(clause)
    if said is None:
        return None
    accuser = clause[:said.start()].strip()
    content = clause[said.end():].strip(" ,")
    if said.groupdict().get("accused"):
        content = f"{said.group('accused')} {content}"
    if code == "de":
        content = _VOR.sub(" ", content)  # "wirft Southland vor, ... zu subventionieren": the accused, what of
    return (accuser, content) if content_words(content, _SMALL) and accuser else None


def _names(words: str) -> frozenset[str]:
    """Return the words naming a subject, folded, a possessive's "'s" dropped, small words left out."""
    folded = (word.casefold().removesuffix("'s").removesuffix("’s") for word in _WORD.findall(words))
    return frozenset(word for word in folded if len(word) > 2 and word not in _SMALL)


_SENTENCE_DENIAL = {code: patterns.compile(rf"(?<!\w)(?:{verb})(?!\w)", re.IGNORECASE) for code, verb in _VERBS.items()}
_CLAUSE_START = patterns.compile(r"[,;:.!?]|(?<!\w)(?:and|but|while|et|mais|y|pero|und|aber)(?!\w)", re.IGNORECASE)


def _denial_subjects(text: str, code: str) -> list[tuple[frozenset[str], str]]:
    """Return the names before each verb of denying of a sentence, within its clause, and those words as written."""
    found = []
    for verb in _SENTENCE_DENIAL[code].finditer(text):
        starts = [start.end() for start in _CLAUSE_START.finditer(text, 0, verb.start())]
        written = _AUXILIARIES.sub("", text[starts[-1] if starts else 0:verb.start()]).strip()
        found.append((_names(written), written))
    return found


_AUXILIARIES = patterns.compile(rf"\s{_AUXILIARY}$", re.IGNORECASE)


def _denials_in(passages, language: str) -> tuple[tuple[Cited, tuple[Denial, ...]], ...]:
    """Return each passage with the pointing denials it holds."""
    return tuple((passage, pointed_denials(passage.text, passage.language or language)) for passage in passages)


def spelled_for(text: str, passages, language: str) -> Passages | None:
    """Return the passages with each pointing denial spelled out after them, where text is a denial whose subject
    names the denier of one of them; else None."""
    code = _language(language)
    if code not in _VERBS or not _may_point(text):
        return None
    held = _denials_in(passages, language)
    deniers = [denial.denier for _, denials in held for denial in denials]
    if not deniers or not any(subject & denier for subject, _ in _denial_subjects(text, code) for denier in deniers):
        return None
    # a passage cut right after its denial ("... Kestrel denies this") ends its sentence there, not in the spelled one
    return Passages(passage._replace(text=" ".join((_ended(passage.text),) + tuple(denial.spelled for denial in denials)))
                    if denials else passage for passage, denials in held)


def _ended(text: str) -> str:
    """Return a passage with a full stop after it where it ends with no stop of its own."""
    stripped = text.rstrip()
    return stripped if not stripped or stripped[-1] in ".!?;:\"”»" else f"{stripped}."


def read_again(found: list[Finding], text: str, passages, language: str,
               again: Callable[[Passages], list[Finding]]) -> list[Finding]:
    """Return a check's findings, or, where text denies what a cited passage's pointing denial denies, what `again`
    finds of the passages with those denials spelled out."""
    if not found:
        return found
    spelled = spelled_for(text, passages, language)
    return found if spelled is None else again(spelled)


def given_to_accuser(text: str, passages, offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells as the accuser's denial what a cited passage's pointing denial gives to
    another: "Northland denies that Southland subsidises its steelmakers" citing "Northland says Southland
    subsidises its steelmakers; Southland denies this"."""
    code = _language(language)
    if code not in _VERBS or not _may_point(text):
        return []
    held = [denial for _, denials in _denials_in(passages, language) for denial in denials]
    subjects = [(subject, written) for subject, written in _denial_subjects(text, code) if subject] if held else []
    if not subjects:
        return []
    words = _stems(content_words(text, _SMALL))
    # a passage telling of the accuser's own denial ("Northland denies subsidising its own mills") backs one
    own = [names for passage in passages for names, _ in _denial_subjects(passage.text, code)]
    for denial in held:
        for subject, written in subjects:
            if not any(subject & names for names in own) and subject & denial.accuser and not subject & denial.denier and len(words & _stems(denial.content)) >= 2:
                return [Finding(offset, f"this sentence gives the denial to {_lowered(written)}, but its cited "
                                        f"passage has {_lowered(denial.by)} make the claim and "
                                        f"{_lowered(denial.who)} deny it: {clipped(text)}",
                                "give the denial to the one the source has deny the claim")]
    return []


def _lowered(words: str) -> str:
    """Return a subject as a message names it mid-sentence: "the union" of "The union"."""
    return "t" + words[1:] if words.startswith("The ") else words


def _stems(words: frozenset[str]) -> frozenset[str]:
    """Return words by their first five letters: "subsidising" is a form of "subsidises"."""
    return frozenset(word[:5] for word in words)
