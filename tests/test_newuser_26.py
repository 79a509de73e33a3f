"""A Japanese briefing written from scratch, as the README tells a new editor to: a prefecture and the national
government at odds over landfill for a base relocation, with a project locale (locales/ja.yaml: "2026年2月14日", the
words the checks read: "約", "最大で", "とみられる", "によると", ...).

Sources (tests/fixtures/newuser_26/seeds/): a report of the governor refusing the design change ("約9300億円", "海面下
９０メートル", "約７万１０００本", "７２％", "承認しないと発表した", "確かめていない", the two sides quoted in 「」), a report of
the government's lawsuit ("最大で2兆5500億円", "承認せず", "考えはない", "見直されていない", "少なくない") and a report of
the court's ruling ("約1兆200億円に引き上げた", "４ポイント減少した", "約３割減ったという", "定数は48").

What the new editor met (52 deliberate misstatements and 37 honest rewordings): every negation in the kana after a verb
was dropped or added unread ("承認すると発表した" citing "承認しないと発表した", "確かめている" citing "確かめていない",
"続けない" citing "続ける", "少ない" citing "少なくない": 10 built); a fall told as a rise built ("4ポイント増加した"
citing "４ポイント減少した", "引き下げた" citing "引き上げた"); a qualifier after the figure was not read ("90メートル超"
citing "９０メートル"); numbers in kanji stated nothing ("定数は五十八" citing "定数は48"), and "1万8千件" (18,000) was
refused as 10,008; a date in fullwidth digits ("２０２６年２月１４日") was refused as the figures 2026, 2 and 14; a
party's words given to the other side ("大野健一防衛相は「…」と述べた" citing the governor's) built, and a quote's kanji
`speaker` was never checked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with


FIXTURE = REPO / "tests" / "fixtures" / "newuser_26"
BACKGROUND = "content/kitaura-base/background.yaml"
QUOTES = "content/kitaura-base/quotes.yaml"

REFUSAL = ("report1", "沖浜県の宮里和子知事は2026年2月14日、県庁で記者会見を開き、防衛省が申請していた北浦沖の埋め立て"
                      "工事の設計変更を承認しないと発表した")
DEPTH = ("report1", "県の担当者は「70メートルより深い地点では実際の地盤の強さを確かめていない」と説明した")
SOFT = ("report1", "最も深い地点では海面下９０メートルに達する")
CONTINUE = ("report1", "大野健一防衛相は同日、東京で記者団に対し「南原飛行場の危険性の除去には一日も早い移設が必要だ」と"
                       "語り、工事を続ける考えを示した")
GOVERNOR = ("report1", "宮里知事は「県民の民意を無視した工事は認められない」と述べ、国に対して工事の即時中止を求めた")
LETTERS = ("report1", "県によると、知事のもとには設計変更に反対する意見書が1万8000件以上寄せられたという")
NO_APPROVAL = ("report2", "宮里和子知事は期限までに承認せず、「国の指示には法的な根拠がない」とのコメントを出した")
STOP = ("report2", "松田長官は、工事を止める考えはないと明言した")
SOIL = ("report2", "このうち県外から運ぶ予定だった土砂は、搬出元の自治体の反対を受け、計画が見直されていない")
SUPPORT = ("report2", "地元の北浦区では、移設に賛成する住民も少なくない")
REBUTTAL = ("report2", "一方、防衛省は県の試算について「根拠が示されていない」と反論している")
POLL = ("report3", "前回の2025年の調査と比べて反対は４ポイント減少した")
RAISED = ("report3", "防衛省は同日、総事業費の見通しを約9300億円から約1兆200億円に引き上げたと発表した")
FISH = ("report3", "組合によると、北浦沖の漁獲量は過去10年で約３割減ったという")
SEATS = ("report3", "県議会の定数は48で、知事を支える与党会派は25議席を持つ")
COSTLIER = ("report3", "大野健一防衛相は「費用の増加は避けられないが、工事は予定通り進める」と語った")


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the base relocation project, checked once, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def add_sentences(root: Path, *sentences: tuple[str, tuple[str, str]]) -> None:
    """Add each sentence to the background, citing its (source, quote) under a key of its own."""
    for number, (sentence, (source, quote)) in enumerate(sentences):
        edit(root / BACKGROUND, "      防衛省によると、", f"      {sentence}[^added-{number}]\n      防衛省によると、")
        citation = f"  added-{number}:\n    source: {source}\n    quote: {json.dumps(quote, ensure_ascii=False)}\n"
        edit(root / BACKGROUND, "citations:\n", f"citations:\n{citation}")


def test_the_base_briefing_builds_in_japanese(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "kitaura-base" / "index.html").read_text(encoding="utf-8")
    assert 'lang="ja"' in page and "2026年2月21日" in page and "約9,300" in page and "最大25,500" in page


@pytest.mark.parametrize("sentence, cited, named", [
    ("宮里和子知事は2026年2月14日、設計変更を承認すると発表した。", REFUSAL, "drops the negation of '承認'"),
    ("県は70メートルより深い地点で実際の地盤の強さを確かめている。", DEPTH, "drops the negation of '確'"),
    ("宮里和子知事は期限までに承認した。", NO_APPROVAL, "drops the negation of '承認'"),
    ("松田長官は、工事を止める考えがあると明言した。", STOP, "drops the negation of '考'"),
    ("県外から運ぶ土砂の計画は見直された。", SOIL, "drops the negation of '見直'"),
    ("地元の北浦区では、移設に賛成する住民は少ない。", SUPPORT, "drops the negation of '少'"),
    ("大野健一防衛相は工事を続けない考えを示した。", CONTINUE, "adds a negation to '続'"),
    ("大野健一防衛相は費用の増加は避けられると語った。", COSTLIER, "drops the negation of '避'"),
], ids=["shinai", "teinai", "sezu", "wa-nai", "rareteinai", "sukunakunai", "nai-added", "rarenai"])
def test_a_japanese_negation_dropped_or_added_is_refused(desk: Path, sentence: str, cited: tuple[str, str],
                                                        named: str):
    add_sentences(desk, (sentence, cited))
    refused_with(desk, f"{BACKGROUND}:", named)


@pytest.mark.parametrize("sentence, cited, named", [
    ("前回の調査と比べて反対は4ポイント増加した。", POLL, 'figure "4" is given as a rise'),
    ("前回の調査と比べて反対は4ポイント上昇した。", POLL, 'figure "4" is given as a rise'),
    ("防衛省は総事業費の見通しを約1兆200億円に引き下げた。", RAISED, 'figure "1兆200億" is given as a fall'),
    ("組合によると、北浦沖の漁獲量は過去10年で約3割増えたという。", FISH, 'figure "3" is given as a rise'),
], ids=["zouka", "joushou", "hikisage", "fueta"])
def test_a_japanese_fall_told_as_a_rise_is_refused(desk: Path, sentence: str, cited: tuple[str, str], named: str):
    add_sentences(desk, (sentence, cited))
    refused_with(desk, f"{BACKGROUND}:", named)


@pytest.mark.parametrize("sentence, cited, named", [
    ("最も深い地点では海面下90メートル超に達する。", SOFT, 'figure "90メートル超" says more or less than "90"'),
    ("県議会の定数は五十八で、与党会派は25議席を持つ。", SEATS, 'figure "五十八" is not in'),
    ("県議会の定数は48で、与党会派は三十五議席を持つ。", SEATS, 'figure "三十五" is not in'),
    ("県によると、反対の意見書は2千件以上寄せられたという。", LETTERS, 'figure "2千" is not in'),
    ("大野健一防衛相は「県民の民意を無視した工事は認められない」と述べた。", GOVERNOR,
     "gives the words to 大野健一防衛相, but its cited passages give them to 宮里知事"),
    ("沖浜県は「根拠が示されていない」と反論している。", REBUTTAL,
     "gives the words to 沖浜県, but its cited passages give them to 防衛省"),
], ids=["cho", "kanji-58", "kanji-35-seats", "sen", "quote-to-the-minister", "rebuttal-to-the-prefecture"])
def test_a_japanese_figure_or_speaker_changed_is_refused(desk: Path, sentence: str, cited: tuple[str, str],
                                                        named: str):
    add_sentences(desk, (sentence, cited))
    refused_with(desk, f"{BACKGROUND}:", named)


def test_honest_japanese_wordings_build(desk: Path):
    """One build for all: each sentence is checked on its own, and any refused fails the build."""
    add_sentences(
        desk,
        ("宮里和子知事は２０２６年２月１４日、設計変更を承認しないと発表した。", REFUSAL),
        ("県によると、反対の意見書は1万8千件以上寄せられたという。", LETTERS),
        ("宮里和子知事は期限までに承認しなかった。", NO_APPROVAL),
        ("松田長官は工事を止める考えはないと明言した。", STOP),
        ("県外から運ぶ土砂の計画は見直されていない。", SOIL),
        ("北浦区には移設に賛成する住民も少なくない。", SUPPORT),
        ("大野健一防衛相は費用の増加は避けられないと語った。", COSTLIER),
        ("反対は前回の調査より4ポイント減った。", POLL),
        ("防衛省は総事業費の見通しを約1.02兆円に引き上げた。", RAISED),
        ("組合によると、北浦沖の漁獲量は過去10年で約3割減ったという。", FISH),
        ("県議会の定数は四十八で、与党会派は二十五議席を持つ。", SEATS),
        ("防衛省は県の試算について「根拠が示されていない」と反論している。", REBUTTAL),
    )
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("speaker, built", [
    ("大野健一", False),
    ("松田隆", False),
    ("宮里知事", True),
    ("宮里和子", True),
])
def test_a_japanese_quote_is_given_to_the_speaker_the_source_names(desk: Path, speaker: str, built: bool):
    edit(desk / QUOTES, "    speaker: 宮里和子\n", f"    speaker: {speaker}\n")
    if built:
        result = run_build(desk, "check")
        assert result.code == 0, result.err
    else:
        refused_with(desk, f"{QUOTES}:6:", f"`speaker`: the source names no {speaker} in the sentence")
