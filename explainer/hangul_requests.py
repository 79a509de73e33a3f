"""A thing asked for told as done, in Korean: "선관위는 재검표를 실시했다" (the commission held a recount) citing "한 후보
측은 ... 재검표를 요청했다" (the candidate's camp asked for a recount), or "재검표 여부를 결정하겠다" (will decide
whether to hold one).

requests_done.py holds this in English ("requested a recount" told as "the recount was held"); in Korean it built, as
no verb of the sentence stood against one of the passage's. Here a noun a passage gives as asked for ("재검표를
요청했다", "요구했다", "촉구했다", "신청했다") or as undecided ("재검표 여부") and never as done is refused where a
sentence tells it done or decided ("재검표를 실시했다", "재검표가 실시됐다", "재검표를 하기로 했다"); a conditional
("재검표가 실시되더라도", even if) tells nothing done.
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped

_ASKED = patterns.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,}?)(?:을|를) (?:[\uac00-\ud7a3]+ )?(?:요청|요구|촉구|신청|청구)"
                          r"|(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,}?) 여부")
_DONE_WORDS = ("실시", "진행", "시행", "마쳤", "끝났", "끝냈", "했다", "됐다", "하기로", "열렸", "열었")
# the noun, its particle and the verb right after it (a lookahead, so "선관위는 재검표를 실시했다" reads 재검표 too)
_DONE = patterns.compile(r"(?<![\uac00-\ud7a3])(?=([\uac00-\ud7a3]{2,}?)(?:을|를|이|가|은|는) (?:[\uac00-\ud7a3]+ )?"
                         r"(?:(?:실시|진행|시행)(?:했|됐|한다|된다|하기로|되기로)|마쳤|끝났|끝냈|했다|됐다|하기로|열렸|열었))")


def _asked(text: str) -> frozenset[str]:
    """Return the nouns text gives as asked for or undecided ("재검표를 요청했다", "재검표 여부")."""
    return frozenset(match.group(1) or match.group(2) for match in _ASKED.finditer(text))


def _done(text: str) -> frozenset[str]:
    """Return the nouns text tells as done or decided ("재검표를 실시했다", "재검표가 실시됐다")."""
    return frozenset(match.group(1) for match in _DONE.finditer(text))


def asked_told_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Korean sentence tells as done what every cited passage naming it gives only as asked
    for or undecided."""
    if text.isascii() or not any(word in text for word in _DONE_WORDS):
        return []  # most sentences tell nothing held: a few looks
    told = _done(text) - _asked(text)
    if not told:
        return []
    asked = frozenset().union(*(_asked(passage.text) for passage in passages))
    done = frozenset().union(*(_done(passage.text) for passage in passages))
    for noun in sorted(told & asked - done):
        return [Finding(offset, f"this sentence tells '{noun}' as done or decided, but its cited passages give it only "
                                f"as asked for ('요청') or undecided ('여부'): {clipped(text)}",
                        "keep it as the source does: asked for, or still to be decided")]
    return []
