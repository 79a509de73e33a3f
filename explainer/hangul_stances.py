"""Who claims and who denies, in Korean: each speaker a passage names is paired with its own verb of saying.

hangul_speakers.py holds a sentence's speaker to the parties a passage gives words to, any of them: "가론 측은 벨루나가
... 제외했다고 주장했다" (Garon claimed Beluna excluded ...) citing "벨루나 측은 가론이 ... 제외했다고 주장했지만, 가론
정부는 이를 부인했다" (Beluna claimed Garon excluded ..., but Garon denied it) built, Garon being a speaker there too,
of the denial. Here each speaker of a passage is paired with the verbs of saying between its name and the next
speaker's ("주장했지만" for Beluna, "부인했다" for Garon), read as an assertion (주장했다, 밝혔다, 말했다, 인정했다,
"~에 따르면") or a denial (부인했다, 반박했다, 부정했다, 일축했다). A sentence whose speaker asserts what every cited
passage gives that party only to deny, or denies what they give it only to assert, is refused; the English rule is
turned_stances.py's.
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped
from .hangul_speakers import korean_speakers

_DENIAL = patterns.compile("(?:부인|반박|부정|일축)(?:했|하|한|해)")
_ASSERTION = patterns.compile("(?:주장|발표|강조|설명|인정|언급|시사)(?:했|하|한|해)|밝혔|밝히|밝힌|말했|말한|말하"
                              "|전했|전한|덧붙였|따르면")
_NOUN = {True: "a denial", False: "an assertion"}


def _stances(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> list[tuple[str, frozenset, dict]]:
    """Return each speaker of text with the party ids it names and its verbs of saying, each a denial (True) or not
    (False), from its name to the next speaker's."""
    speakers = korean_speakers(text, parties)
    found = []
    for at, (start, name, ids) in enumerate(speakers):
        end = speakers[at + 1][0] if at + 1 < len(speakers) else len(text)
        verbs = {match.group(): True for match in _DENIAL.finditer(text, start, end)}
        verbs |= {match.group(): False for match in _ASSERTION.finditer(text, start, end)}
        if verbs:
            found.append((name, ids, verbs))
    return found


def _last_stance(text: str, start: int) -> tuple[str, bool] | None:
    """Return a sentence speaker's own verb of saying: the last after its name ("주장을 부인했다": 부인했)."""
    verbs = [(match.start(), match.group(), denial) for denial, pattern in ((True, _DENIAL), (False, _ASSERTION))
             for match in pattern.finditer(text, start)]
    return max(verbs)[1:] if verbs else None


def turned_stance_in_korean(text: str, passages: list[Cited], offset: int = 0,
                            parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where a Korean sentence gives a party an assertion that every cited passage gives it only to
    deny, or a denial where they give it only an assertion."""
    if not parties or text.isascii() or _DENIAL.search(text) is None and _ASSERTION.search(text) is None:
        return []  # most sentences hold no Hangul verb of saying: one or two searches
    own = korean_speakers(text, parties)
    if not own or (stance := _last_stance(text, own[0][0])) is None:
        return []
    verb, denial = stance
    theirs = [(name, verbs) for passage in passages for name, ids, verbs in _stances(passage.text, parties)
              if ids & own[0][2]]
    if not theirs or any(denial in verbs.values() for _, verbs in theirs):
        return []
    name, verbs = theirs[0]
    return [Finding(offset + own[0][0], f"this sentence gives {own[0][1]} {_NOUN[denial]} ('{verb}') where its cited "
                                        f"passages give {name} only {_NOUN[not denial]} ('{sorted(verbs)[0]}'): "
                                        f"{clipped(text)}",
                    "pair each speaker with its own verb, as the source does: who claims and who denies")]
