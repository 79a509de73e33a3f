"""A multiple of a base kept with its factor and its base, in French and Spanish: "El paro es el triple de la media"
may not cite "El paro es el doble de la media", nor "el triple de lo previsto" "tres veces la media".

A multiple said as a noun ("el doble de", "el triple de", "le double de", "le triple de", "el cuádruple de") is no
figure the figure check reads, so "el triple" of "el doble" or of "dos veces" built; and a multiple's base ("la media",
"lo previsto", "la moyenne") was read by no check, so "el triple de lo previsto" of "tres veces la media" built
(tests/test_factcheck_163.py). A multiple is such a noun, a number before "veces" or "fois" ("tres veces", "3 fois"),
or a verb of one ("duplica", "triplique"); its base is the first word after it past articles and "de", "que", "lo"
("la media nacional": "media"). The sentence's multiple is refused where no cited passage gives it with its factor
and its base, and a passage's sentence sharing a content word of its own with it gives another: its factor turned
when the sentence's is a noun (a number's is the figure check's, a verb's the change check's: each named once), its
base turned either way. A bound before either ("más de", "casi", "plus de", "près de") reads no factor; words in
quotation marks are not read.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .locale import base_language
from .sentences import inside, markers_blanked, split_sentences

_NUMBERS = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
_NOUNS = {"doble": 2, "triple": 3, "cuádruple": 4, "quíntuple": 5, "double": 2, "quadruple": 4, "quintuple": 5}
_VERBS = {"dupli": 2, "tripli": 3, "cuadrupli": 4, "doubl": 2, "tripl": 3, "quadrupl": 4}
_MULTIPLE = patterns.compile(
    r"(?<![\w,.-])(?:(?P<bound>(?:más|cerca|alrededor|menos)\s+del?|casi|unas|plus\s+du|près\s+du|moins\s+du"
    r"|(?:plus|près|moins)\s+de|presque|environ)(?:(?<=del)|(?<=du)|\s+))?(?:"
    r"(?:(?<=del)|(?<=du)|\s*(?:el|le|al|au|del|du))\s+(?P<noun>doble|triple|cuádruple|quíntuple|double|quadruple|quintuple)(?=\s+(?:de|del|du|des|que|d['’]))"
    r"|(?P<number>\d+(?:[.,]\d+)?|dos|tres|cuatro|cinco|deux|trois|quatre|cinq)\s+(?:veces|fois)"
    r"|(?P<verb>dupli|tripli|cuadrupli)(?:ca|can|có|caron|cado|cada|que|quen)"
    r"|(?P<verb_fr>doubl|tripl|quadrupl)(?:e|ent|é|ée|és|ées)(?=\s+(?:(?:la|le|les|ce)\W|l['’])))"
    r"(?P<rest>[^.;:!?,]{0,60})",
    re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+['’]?|\d+")
# the words between a multiple and its base's head: "tres veces la media", "le triple de ce qui était prévu"
_LINKS = frozenset("la le les l' l’ lo de del du des d' d’ que ce qui qu' qu’ était estaba había sido été se".split())
# a comparison right after a multiple: "tres veces más alto que", "deux fois plus élevé que"
_COMPARING = frozenset("más menos mayor menor superior inferior plus moins supérieur supérieure inférieur inférieure "
                       "autant tanto".split())
_NOT_CONTENT = frozenset("veces fois doble triple double quadruple cuádruple media moyenne previsto prévu "
                         "para pour sobre selon según entre dans avec".split())


class Multiple(NamedTuple):
    """A multiple as a sentence gives it: its factor (0 where a bound leaves it loose), its base's head, its words."""

    factor: int
    base: str
    noun: bool  # said as a noun, which no figure check reads
    said: str
    start: int


def turned_multiples(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a French or Spanish sentence gives a multiple that its cited passages restating it give
    with another factor or another base, and none gives as it does."""
    if base_language(language) not in ("fr", "es"):
        return []
    spoken = markers_blanked(text)
    own = [multiple for multiple in _multiples(spoken) if not inside(quoted_parts(spoken), multiple.start)]
    if not own:
        return []
    words = content_words(spoken, _NOT_CONTENT)
    theirs = [(multiple, content_words(sentence.text, _NOT_CONTENT)) for passage in passages
              for sentence in split_sentences(passage.text, language) for multiple in _multiples(sentence.text)]
    for multiple in own:
        if any(_same(multiple, other) for other, _ in theirs):
            continue
        restating = [other for other, their_words in theirs if (words - _own_words(multiple)) & their_words]
        turned = next((other for other in restating if _base_turned(multiple, other)
                       or (multiple.noun and _factor_turned(multiple, other))), None)
        if turned is not None:
            return [Finding(offset + multiple.start, f"this sentence gives '{multiple.said}' where its cited passages "
                                                     f"give '{turned.said}': {clipped(text)}",
                            "keep the source's multiple and what it is a multiple of, or cite a passage that says this")]
    return []


def _same(one: Multiple, other: Multiple) -> bool:
    """Say whether a passage's multiple backs the sentence's: the same base, and the same factor or a loose one."""
    return one.base == other.base and (one.factor == other.factor or not one.factor or not other.factor)


def _base_turned(one: Multiple, other: Multiple) -> bool:
    """Say whether two multiples of the same factor are of other bases ("la media", "lo previsto")."""
    return one.factor == other.factor and one.factor > 0 and one.base != other.base


def _factor_turned(one: Multiple, other: Multiple) -> bool:
    """Say whether two multiples of the same base give other factors, neither loose."""
    return one.base == other.base and one.factor > 0 and other.factor > 0 and one.factor != other.factor


def _own_words(multiple: Multiple) -> frozenset[str]:
    """Return the multiple's own words, which restate nothing of a passage's sentence."""
    return frozenset(word.casefold() for word in re.findall(r"[^\W\d_]+", multiple.said))


@functools.lru_cache(maxsize=1 << 12)  # a passage's sentence is read by every sentence citing it
def _multiples(text: str) -> tuple[Multiple, ...]:
    """Return the multiples a sentence gives with a base."""
    found = []
    for match in _MULTIPLE.finditer(text):
        head = _head(match["rest"])
        if not head:
            continue  # "tres veces más rápido que", "a doublé": no base right after it
        factor = (_NOUNS.get((match["noun"] or "").casefold()) or _NUMBERS.get((match["number"] or "").casefold())
                  or _VERBS.get((match["verb"] or match["verb_fr"] or "").casefold()) or 0)
        if not factor and (match["number"] or "").isdigit():  # "2,3 veces" is loose: "el doble" may round it
            factor = int(match["number"])
        start = match.start("noun") if match["noun"] else match.start("number") if match["number"] else (
            match.start("verb") if match["verb"] else match.start("verb_fr"))
        said = match.group()[:match.start("rest") - match.start()] + match["rest"][:match["rest"].casefold().index(head)
                                                                                  + len(head)]
        found.append(Multiple(0 if match["bound"] else factor, head[:5], bool(match["noun"]), " ".join(said.split()),
                              match.start() if match["bound"] else start))
    return tuple(found)


def _head(rest: str) -> str:
    """Return the head of a multiple's base, folded: its first word past one to three links, of four letters or
    more ("la media nacional": "media"), or ""."""
    for at, word in enumerate(_WORD.findall(rest)[:4]):
        if word.casefold() in _COMPARING:
            return ""  # "deux fois plus élevé que la moyenne": a comparison, its base further on
        if word.casefold() not in _LINKS:  # an article or "de" first: "tres veces este año" names no base
            return word.casefold() if len(word) >= 4 and not word.isdigit() and 0 < at < 4 else ""
    return ""
