"""A verb turned into its opposite in Japanese, Korean, Turkish, Urdu and Russian, with no figure beside it.

"与党は衆院選で敗北した" citing "与党は衆院選で勝利した", "Meclis yasa teklifini reddetti" citing "kabul etti",
"اسمبلی نے بجٹ مسترد کر دیا" citing "منظور کر لیا", "Рубль ослаб к доллару" citing "укрепился", "실업률이 증가했다"
citing "감소했다" all built: direction.py reads a rise or a fall only beside a figure, outcomes.py a win, a ruling or
a vote in English, German, Spanish and French, and opposites.py adjectives and nouns. Here a sentence's verb (or its
noun: "増加", "اضافہ") of a pair (rise and fall, win and loss, passed and rejected, denied and admitted, approved and
refused, strengthened and weakened, sped up and slowed) is refused where no cited passage uses it, a passage's
sentence uses its opposite, and that sentence restates this one: it shares two of its content words (in Japanese and
Korean, two pairs of letters), or all of them. A verb negated ("認めなかった", "인정하지 않았다", "не удовлетворил",
"منظور نہیں کی"; Turkish negates inside the verb, "kabul etmedi", which its forms here do not match) is not read.
Swahili's, glued after their prefixes ("alikubali" citing "alikataa"), are swahili_opposites.py's.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns, swahili_opposites
from .attribution import Cited, Finding, clipped
from .locale import base_language
from .records import record
from .sentences import markers_blanked, split_sentences


class Verbs(NamedTuple):
    """A language's pairs of opposite verbs and how its text is read for them."""

    pairs: tuple[tuple[str, str], ...]  # (one side's forms, the other's), space-separated; "_" a space in a form
    form_end: str  # what may follow a form within its word: endings glued on ("arttığını"), or nothing
    glued: bool  # forms are read inside words: Japanese writes no spaces, Korean glues its endings on
    negated_before: str  # a pattern ending where a form starts
    negated_after: str  # a pattern matched where a form ends
    not_content: str  # words that tell no sentence from another (Japanese and Korean: pairs of letters)
    idioms: str = r"(?!)"  # phrases whose words of a pair say nothing of a change: Urdu "کم از کم", at least


JAPANESE = Verbs((
    ("増加 増え 増大 増や 拡大 上回", "減少 減っ 減り 減る 減ら 縮小 下回"),
    ("上昇 値上がり 上がっ 上がり 高騰", "下落 低下 値下がり 下がっ 下がり 急落"),
    ("勝利 勝っ 勝ち", "敗北 敗れ 負け"), ("可決", "否決"), ("否定 否認", "認め"), ("承認 受け入れ", "拒否 却下"),
    ("黒字", "赤字"), ("改善 回復", "悪化"), ("賛成", "反対"),
), "", True, r"(?!)", r"[ぁ-ゖ]{0,4}?(?:な[いかくけ]|ず|ませ)", "")
KOREAN = Verbs((
    ("증가 늘었 늘어 늘린 늘렸", "감소 줄었 줄어 줄인 줄였"), ("상승 올랐 올라", "하락 내렸 내려 떨어"),
    ("승리 이겼", "패배 패했 차로_졌"), ("가결", "부결"), ("부인", "인정 시인"), ("승인 수용 받아들", "거부 거절 기각"),
    ("흑자", "적자"), ("개선 호전", "악화"), ("찬성", "반대"), ("확대", "축소"),
    ("높았 높아 높다 높게", "낮았 낮아 낮다 낮게"), ("앞섰 앞서", "뒤졌 뒤처"),
), "", True, r"(?:안|못)\s$", r"\S{0,3}\s?(?:않|못)", "했다 였다 됐다 었다 이었 에서 으로 는다 한다 된다 다고 했고")
TURKISH = Verbs((
    ("arttı artış artırdı yükseldi yükseliş yükseltti", "azaldı azalış düştü düşüş düşürdü geriledi indirdi"),
    ("kazandı kazanmış", "kaybetti kaybetmiş"), ("kabul_etti kabul_edildi onayladı onaylandı", "reddetti reddedildi"),
    ("doğruladı", "yalanladı"), ("güçlendi", "zayıfladı"), ("hızlandı", "yavaşladı"), ("genişledi", "daraldı"),
), r"\w*", False, r"(?!)", r"(?!)", "için gibi daha olarak ile bir bu şu çok ise geçen göre kadar sonra önce yüzde")
URDU = Verbs((
    ("اضافہ بڑھ بڑھا بڑھی بڑھے بڑھیں بلند", "کمی کم گھٹ گھٹا گھٹی گراوٹ"),
    ("جیت جیتا جیتی جیتے فتح کامیاب", "ہار ہارا ہاری ہارے شکست ناکام"), ("منظور قبول تسلیم", "مسترد"),
    ("تصدیق", "تردید"),
), r"(?!\w)", False, r"(?<!\w)(?:نہیں|نہ)\s+$", r"\s+(?:نہیں|نہ)(?!\w)",
    "میں نے کی کے کا سے پر ہوا ہوئی ہوئے ہو گیا گئی گئے گئیں لیا لی لیے دیا دی دیے کیا کر اور ہے ہیں تھا تھی تھے "
    "کہا کہ یہ وہ", r"کم\s+(?:از|سے)\s+کم")
RUSSIAN = Verbs((
    ("вырос вырас увеличил повысил подскочил", "снизил сократил уменьшил упал упад понизил"), ("укрепил", "ослаб"),
    ("ускорил", "замедлил"), ("выиграл победил", "проиграл"), ("принял приняла приняли одобрил", "отклонил отверг"),
    ("удовлетворил", "отклонил"), ("подтвердил", "опроверг"), ("признал", "отрицал"),
), r"\w*", False, r"(?<!\w)не\s+$", r"(?!)",
    "при для что это как его она они был была были было после более около также года году")
BY_LANGUAGE = {"ja": JAPANESE, "ko": KOREAN, "tr": TURKISH, "ur": URDU, "ru": RUSSIAN}


@record(eq=False)  # hashed as itself: a passage's verbs are cached by it
class _Table:
    """A language's verbs as turned_verbs reads them."""

    opposites: dict[str, frozenset[str]]  # a form: its opposite side's forms
    form: re.Pattern  # a form, and the ending glued to it
    negated_before: re.Pattern
    negated_after: re.Pattern
    idioms: re.Pattern
    verbs: Verbs


def _forms(side: str) -> list[str]:
    """Return the forms of one side of a pair: "kabul_etti" is "kabul etti"."""
    return [form.replace("_", " ") for form in side.split()]


@functools.lru_cache(maxsize=8)
def _table_of(language: str) -> _Table | None:
    """Return the opposite verbs read in text of `language`, or None where none are."""
    verbs = BY_LANGUAGE.get(base_language(language)) if language not in ("", "en") else None
    if verbs is None:
        return None
    opposites: dict[str, frozenset[str]] = {}
    for one, other in verbs.pairs:
        one, other = frozenset(_forms(one)), frozenset(_forms(other))
        for side, against in ((one, other), (other, one)):
            for form in side:
                opposites[form] = opposites.get(form, frozenset()) | against
    start = "" if verbs.glued else r"(?<!\w)"
    form = patterns.compile(rf"{start}(?P<form>{'|'.join(map(re.escape, patterns.longest_first(opposites)))})"
                            rf"{verbs.form_end}", re.IGNORECASE)
    return _Table(opposites, form, patterns.compile(verbs.negated_before), patterns.compile(verbs.negated_after),
                  patterns.compile(verbs.idioms), verbs)


def turned_verbs(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text uses a verb whose opposite a passage restating it uses, and no passage uses it."""
    if base_language(language) == "sw":  # Swahili glues prefixes before its verbs: read by their stems
        return swahili_opposites.turned(text, passages, offset)
    table = _table_of(language) if language not in ("", "en") else None
    if table is None:
        return []
    spoken = _idioms_blanked(markers_blanked(text), table)
    own = [match for match in table.form.finditer(spoken) if not _negated(spoken, match, table)]
    said = {match["form"].casefold() for match in own}
    for match in own:
        form = match["form"].casefold()
        if said & table.opposites[form] or any(form in _used(passage.text, table) for passage in passages):
            continue  # both sides named, each its own; or a passage uses the word itself
        words = _content(spoken, table)
        for passage in passages:
            for opposite, its_form, theirs in _uses(passage.text, table, language):
                if its_form in table.opposites[form] and _restates(words, theirs):
                    return [Finding(offset, f"this sentence says '{match.group()}' where its cited passages say "
                                            f"'{opposite}': {clipped(text)}",
                                    "keep the source's word, or cite a passage that says this one")]
    return []


def _idioms_blanked(text: str, table: _Table) -> str:
    """Return text with its idioms' letters made spaces, its length kept."""
    return table.idioms.sub(lambda idiom: " " * len(idiom.group()), text)


def _negated(text: str, match: re.Match, table: _Table) -> bool:
    """Say whether a negation right before or after the verb at `match` negates it."""
    return bool(table.negated_before.search(text[max(0, match.start() - 8):match.start()])
                or table.negated_after.match(text[match.end():match.end() + 8]))


def _restates(words: frozenset[str], theirs: frozenset[str]) -> bool:
    """Say whether a passage's sentence of content words `theirs` restates a sentence of content `words`."""
    shared = len(words & theirs)
    return shared >= 2 or (shared >= 1 and shared == len(words))


_LETTERS = patterns.compile(r"[^\W\d_]+")
_CJK = patterns.compile(r"[\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7a3]{2,}")  # kanji, katakana and hangul runs


def _content(text: str, table: _Table) -> frozenset[str]:
    """Return what of text tells it from another: its words of three letters or more, or in Japanese and Korean
    its pairs of kanji, katakana or hangul; the verbs of the pairs and the language's common words left out."""
    bare = table.form.sub(" ", text)
    common = frozenset(table.verbs.not_content.split())
    if table.verbs.glued:
        found = {run[at:at + 2] for run in _CJK.findall(bare) for at in range(len(run) - 1)}
    else:
        found = {word.casefold() for word in _LETTERS.findall(bare) if len(word) >= 3}
    return frozenset(found - common)


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _used(text: str, table: _Table) -> frozenset[str]:
    """Return the forms of the pairs a passage uses."""
    return frozenset(match["form"].casefold() for match in table.form.finditer(_idioms_blanked(text, table)))


@functools.lru_cache(maxsize=1 << 10)
def _uses(text: str, table: _Table, language: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return each verb of the pairs a passage uses, as written and as its form, with its sentence's content."""
    if not _used(text, table):
        return ()
    text = _idioms_blanked(text, table)
    return tuple((match.group(), match["form"].casefold(), _content(sentence.text, table))
                 for sentence in split_sentences(text, language)
                 for match in table.form.finditer(sentence.text) if not _negated(sentence.text, match, table))
