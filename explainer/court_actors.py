"""A court's deed kept with who did it: the jury's verdict not given to the judge, the judge's order not to the jury.

"The judge ordered Corvane to pay $120 million in damages" citing "the jury ordered Corvane to pay $120 million in
damages", or "the jury granted a preliminary injunction" citing "the judge granted a preliminary injunction", built:
every figure and word stands, and the deed goes to the other part of the court (a jury finds the facts and sets
damages; a judge rules on motions, grants injunctions and may yet cut the award). A deed is read as the past-tense verb
after "the jury" ("jurors") or "the judge" ("Judge Maria Okafor", "the magistrate"), a name, an adverb, a day or a
helping verb ("has", "was") skipped, or as the verb just before "by the jury" or "by the judge". A sentence is refused
where it gives its deed to one of them and a cited passage sharing a word of four letters with it beside the verb
gives the same verb to the other, and no passage gives it to the sentence's own. Words in quotation marks are not
read, nor a passage that tells of no court ("the judges awarded" a festival's prize is its
jury's) (tests/test_factcheck_85.py). French, Spanish and German are read alike ("le juge a ordonné", "el juez
ordenó", "der Richter verurteilte": explainer/court_languages.py, tests/test_factcheck_87.py), German passives too
("vom Richter angeordnet" for "von den Geschworenen angeordnet", tests/test_factcheck_88.py).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .court_languages import Actors, actors_of, participle_stem, verb_stem
from .sentences import inside, markers_blanked, sentence_of

_ACTORS = {"jury": "jury", "juries": "jury", "jurors": "jury", "juror": "jury", "judge": "judge", "judges": "judge",
           "magistrate": "judge", "magistrates": "judge"}
_SHOWN = {"jury": "the jury", "judge": "the judge"}
_ACTOR = patterns.compile(r"(?<![\w-])(?:jury|juries|jurors?|judges?|magistrates?)(?![\w'’-])", re.IGNORECASE)
_PASSIVE = patterns.compile(r"(?<![\w-])([a-z]+)\s+by\s+(?:the\s+|a\s+)?(jury|juries|jurors?|judges?|magistrates?)"
                            r"(?![\w-])", re.IGNORECASE)
_WORD = patterns.compile(r"[\w’']+")
# words between the actor and its deed: "the jury on Tuesday unanimously found", "the judge has granted"
_SKIPPED = frozenset({"has", "have", "had", "was", "were", "also", "then", "later", "on", "last", "this", "in",
                      "swiftly", "quickly", "eventually", "finally", "unanimously", "previously", "earlier", "today",
                      "yesterday", "week", "month", "year"})
_IRREGULAR = frozenset({"found", "gave", "held", "threw", "set", "made", "took", "sent", "struck", "upheld", "heard",
                        "told", "put", "ruled", "awarded"})
_NOT_CONTENT = frozenset({"jury", "jurors", "judge", "judges", "magistrate", "court", "that", "this", "with", "from",
                          "were", "have", "been", "which", "their"})
_NAME_WORDS = 3
_COURT_WORDS = ("court", "trial", "verdict", "lawsuit", "damages", "injunction", "motion", "case", "liable",
                "guilty", "charges", "sentenced", "appeal")


class Deed(NamedTuple):
    """A deed a text gives to the jury or the judge: who, the verb (folded) and where it stands."""

    actor: str
    verb: str
    at: int
    stem: str = ""  # a verb compared without its plural's or agreement's ending: "ordneten" as "ordnete" (German)

    @property
    def key(self) -> str:
        """Return what the deed's verb is compared by."""
        return self.stem or self.verb


def deeds_given_to_another(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives to the judge a deed its passages give to the jury, or the other way round."""
    folded = text.casefold()
    actors = None if in_english(language) else actors_of(language)  # French, Spanish, German: court_languages.py
    if actors is None and not in_english(language):
        return []
    if not any(word in folded for word in (actors.may_name if actors else ("jur", "judge", "magistrat"))):
        return []  # most sentences name neither: found without reading their passages
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    own = [deed for deed in _deeds(spoken, actors) if not inside(quoted, deed.at)]
    if not own:
        return []
    given = [(deed, passage.text) for passage in passages if _of_a_court(passage.text, actors)
             for deed in _deeds(passage.text, actors)]
    not_content = _NOT_CONTENT | frozenset(actors.parts) if actors else _NOT_CONTENT
    words = content_words(spoken, not_content)
    for deed in own:
        if any(other.actor == deed.actor and other.key == deed.key for other, _ in given):
            continue
        for other, passage in given:
            shared = words & content_words(sentence_of(passage, other.at), not_content) - {deed.verb}
            if other.key == deed.key and shared:
                return [Finding(offset, f"this sentence gives '{deed.verb}' to {_SHOWN[deed.actor]} where its cited "
                                        f"passages give it to {_SHOWN[other.actor]}: {clipped(text)}",
                                f"give the deed to {_SHOWN[other.actor]}, as the source does, or cite a passage "
                                f"that gives it to {_SHOWN[deed.actor]}")]
    return []


def _of_a_court(text: str, actors: Actors | None = None) -> bool:
    """Say whether a passage tells of a court (a festival's jury and judges are one panel)."""
    folded = text.casefold()
    return any(word in folded for word in (actors.of_a_court if actors else _COURT_WORDS))


def _deeds(text: str, actors: Actors | None = None) -> list[Deed]:
    """Return the deeds text gives to a jury or a judge, active ("the jury found") or passive ("ordered by the
    judge"); in English, or in the language of `actors`."""
    if actors:
        return _deeds_in(text, actors)
    deeds = [Deed(_ACTORS[match.group(2).casefold()], match.group(1).casefold(), match.start())
             for match in _PASSIVE.finditer(text) if _past(match.group(1))]
    for match in _ACTOR.finditer(text):
        verb = _verb_after(text, match.end())
        if verb:
            deeds.append(Deed(_ACTORS[match.group().casefold()], verb, match.start()))
    return deeds


def _deeds_in(text: str, actors: Actors) -> list[Deed]:
    """Return the deeds text gives to a jury or a judge in another language: "le jury a ordonné", "el juez ordenó",
    "der Richter ordnete an", "ordonné par le juge"."""
    deeds = [_passive_deed(match, actors) for match in (actors.passive.finditer(text) if actors.passive else ())
             if actors.deed.fullmatch(_passive_parts(match)[0])]
    for match in actors.actor.finditer(text):
        verb = _verb_after(text, match.end(), actors)
        if verb:
            deeds.append(Deed(actors.parts[match.group().casefold()], verb, match.start(), verb_stem(verb)))
    return deeds


def _passive_parts(match: re.Match) -> tuple[str, str]:
    """Return a passive's verb and actor: its groups named "verb" and "actor" (German "vom Richter angeordnet"),
    else the first two ("ordonné par le juge")."""
    named = match.re.groupindex
    return (match["verb"], match["actor"]) if "verb" in named else (match.group(1), match.group(2))


def _passive_deed(match: re.Match, actors: Actors) -> Deed:
    """Return the deed a passive gives its actor, its verb stemmed as the active's is."""
    verb, actor = (part.casefold() for part in _passive_parts(match))
    return Deed(actors.parts[actor], verb, match.start(), participle_stem(verb) if "verb" in match.re.groupindex
                else verb_stem(verb))


def _verb_after(text: str, at: int, actors: Actors | None = None) -> str:
    """Return the past-tense verb (folded) that follows an actor at `at`, past its name and skipped words; "" if
    none."""
    window = text[at:at + 80]
    names = 0
    skipped = actors.skipped if actors else _SKIPPED
    for word in _WORD.findall(window[:min((i for i in map(window.find, ".;:!?,") if i >= 0), default=80)]):
        if word[0].isupper() and names < _NAME_WORDS:
            names += 1
        elif word.casefold() in skipped or (word.endswith("ly") and word.islower() and not actors):
            continue
        elif actors:
            return word.casefold() if word.islower() and actors.deed.fullmatch(word) else ""
        else:
            return word.casefold() if word.islower() and _past(word) else ""
    return ""


def _past(word: str) -> bool:
    """Say whether a word reads as a past-tense verb."""
    return word.casefold().endswith("ed") or word.casefold() in _IRREGULAR
