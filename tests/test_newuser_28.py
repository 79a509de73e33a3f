"""A Chinese (Simplified) briefing written from scratch, as the README tells a new editor to: two countries' tariff
dispute over electric cars and soybeans, with a project locale (locales/zh.yaml: "2026年3月5日", the words the checks
read: "约", "据报道", "可能", "超过", ...) and `language: zh-Hans`.

Sources (tests/fixtures/newuser_28/seeds/): a report of Xize's car tariff ("约3.5万辆", "同比增长百分之十二", "12亿美元",
"两千万吨", "并非来自补贴", "第二大"), a report of Donglan's retaliation ("下跌5.6%", "百分之四十五", "28.6万辆", "不会撤销",
"没有减少", "下降了四成") and a report of the first talks ("同比下降8.3%", "减少了百分之十五", "并未接受", "尚未确定",
"第二起诉讼", "超过两千家").

What the new editor met (47 deliberate misstatements and 32 honest rewordings; before the fixes 19 built and 14
were refused): a figure after a fullwidth comma ("数据，2025年", "，2月份") was read as no figure, as "，" reads as ","
and a digit group was taken for it, so honest sentences were refused for their year or month; "百分之十二" was no
percentage, "两千" and "两千万" no figure and "八百六十亿" 860 (so "超过两万家" citing "超过两千家" built); a fall told as
a rise ("同比增长8.3%" citing "同比下降8.3%") built, and a table's -8.3 citing "下降8.3%" was refused as a plain amount;
every negation (不会, 没有, 并未, 尚未, 并非) could be dropped; a party's words given to the other side built; a rank
changed ("第三大" citing "第二大") built; a chart wrapped "东岚：69" after a hyphen, "东岚：-" over "69", a minus sign.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with


FIXTURE = REPO / "tests" / "fixtures" / "newuser_28"
BACKGROUND = "content/ev-tariffs/background.yaml"

EV_IMPORTS = ("report1", "根据西泽海关的数据，2025年西泽自东岚进口电动汽车约3.5万辆，同比增长百分之十二，进口金额达到12亿美元")
TRADE = ("report1", "两国贸易额2025年达到860亿美元，比上年下降3.2%")
NOT_SUBSIDY = ("report1", "声明称，东岚电动汽车的竞争力来自技术创新和完整的产业链，并非来自补贴")
SOY = ("report1", "西泽是东岚第二大大豆来源国，2025年东岚自西泽进口大豆两千万吨")
CONSULTED = ("report1", "该协会会长安娜·贝克尔说，协会「没有被征求意见」")
FUTURES = ("report2", "受消息影响，西泽中部的大豆期货价格11日下跌5.6%，创下两年来最大单日跌幅")
FARM = ("report2", "据东岚海关统计，2025年东岚自西泽进口农产品总额为156亿美元，其中大豆占百分之四十五")
FEBRUARY = ("report2", "东岚汽车工业协会3月10日公布的数据显示，2月份东岚电动汽车出口总量为28.6万辆，同比上涨7.4%，"
                       "但对西泽的出口环比下跌了12%")
NOT_REVOKED = ("report2", "西泽商务部长马丁·库尔茨对东岚的反制措施表示“遗憾”，但称西泽不会撤销电动汽车关税")
ORDERS = ("report2", "他说，协会会员去年对东岚的大豆出口没有减少，但今年的订单已经下降了四成")
NO_PLAN = ("report3", "西泽首席贸易谈判代表索菲亚·韦伯则说，东岚没有提出能够回应西泽关切的具体方案")
REFUSED_OFFER = ("report3", "西泽方面并未接受这一提议")
XIZE_EXPORTS = ("report3", "另据西泽统计局3月19日公布的数据，2026年1月至2月，西泽对东岚出口总额为54亿美元，同比下降8.3%，"
                           "其中农产品出口减少了百分之十五")
DONGLAN_EXPORTS = ("report3", "东岚对西泽出口总额为69亿美元，同比增长2.1%")
LAWSUIT = ("report3", "东岚已于3月15日就西泽的电动汽车关税向世贸组织提起诉讼，这是东岚今年提起的第二起诉讼")
DEALERS = ("report3", "她说，已有超过两千家经销商联名致信商务部")
SUBSIDY = ("report2", "西泽农业部长托马斯·格林称，大豆农户将面临“极为困难的一年”，政府正在研究为农户提供约30亿美元的补贴")
NEXT_ROUND = ("report3", "双方同意于4月初举行第二轮磋商，具体日期尚未确定")


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the tariff dispute project, with the real templates and assets and the cache a check left; its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def add_sentences(root: Path, *sentences: tuple[str, tuple[str, str]]) -> None:
    """Add each sentence to the background, citing its (source, quote) under a key of its own."""
    for number, (sentence, (source, quote)) in enumerate(sentences):
        edit(root / BACKGROUND, "      两国贸易额2025年达到", f"      {sentence}[^added-{number}]\n      两国贸易额2025年达到")
        citation = f"  added-{number}:\n    source: {source}\n    quote: {json.dumps(quote, ensure_ascii=False)}\n"
        edit(root / BACKGROUND, "citations:\n", f"citations:\n{citation}")


def test_the_tariff_briefing_builds_in_chinese(desk: Path):
    """Its table's -8.3 cites "同比下降8.3%", a fall, and its chart's labels keep each figure whole."""
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "ev-tariffs" / "index.html").read_text(encoding="utf-8")
    assert 'lang="zh-Hans"' in page and "2026年3月21日" in page and "西泽：−8.3" in page
    assert ">东岚：69</text>" in page and "东岚：-" not in page


@pytest.mark.parametrize("sentence, cited, named", [
    ("东岚称其电动汽车的竞争力来自补贴。", NOT_SUBSIDY, "drops the negation of '来自补贴'"),
    ("贝克尔说，协会被征求了意见。", CONSULTED, "drops the negation of '征求'"),
    ("库尔茨称西泽将撤销电动汽车关税。", NOT_REVOKED, "drops the negation of '撤销'"),
    ("协会会员去年对东岚的大豆出口减少了。", ORDERS, "drops the negation of '减少'"),
    ("西泽方面接受了这一提议。", REFUSED_OFFER, "drops the negation of '接受'"),
    ("双方已确定第二轮磋商的具体日期。", NEXT_ROUND, "drops the negation of '确定'"),
], ids=["bingfei", "meiyou-bei", "buhui", "meiyou", "bingwei", "shangwei"])
def test_a_chinese_negation_dropped_is_refused(desk: Path, sentence: str, cited: tuple[str, str], named: str):
    add_sentences(desk, (sentence, cited))
    refused_with(desk, f"{BACKGROUND}:", named)


@pytest.mark.parametrize("sentence, cited, named", [
    ("两国贸易额2025年比上年增长3.2%。", TRADE, 'figure "3.2%" is given as a rise'),
    ("西泽中部的大豆期货价格11日上涨5.6%。", FUTURES, 'figure "5.6%" is given as a rise'),
    ("2月份东岚电动汽车出口总量为28.6万辆，同比下跌7.4%。", FEBRUARY, 'figure "7.4%" is given as a fall'),
    ("西泽对东岚出口总额为54亿美元，同比增长8.3%。", XIZE_EXPORTS, 'figure "8.3%" is given as a rise'),
    ("2026年1月至2月，西泽对东岚的农产品出口增加了百分之十五。", XIZE_EXPORTS, 'figure "百分之十五" is given as a rise'),
    ("2025年西泽自东岚进口电动汽车约3.5万辆，同比下降百分之十二。", EV_IMPORTS, 'figure "百分之十二" is given as a fall'),
], ids=["zengzhang", "shangzhang", "xiadie", "tongbi", "zengjia", "xiajiang"])
def test_a_chinese_fall_told_as_a_rise_is_refused(desk: Path, sentence: str, cited: tuple[str, str], named: str):
    add_sentences(desk, (sentence, cited))
    refused_with(desk, f"{BACKGROUND}:", named)


@pytest.mark.parametrize("sentence, cited, named", [
    ("已有超过两万家经销商联名致信商务部。", DEALERS, 'figure "两万" is not in'),
    ("已有两千家经销商联名致信商务部。", DEALERS, 'figure "两千" leaves out the qualifier of "超过两千"'),
    ("2025年东岚自西泽进口大豆三千万吨。", SOY, 'figure "三千万" is not in'),
    ("东岚自西泽进口的农产品中，大豆占百分之五十四。", FARM, 'figure "百分之五十四" is not in'),
    ("两国贸易额2025年为六百八十亿美元。", TRADE, 'figure "六百八十亿" is not in'),
    ("西泽是东岚第三大大豆来源国。", SOY, "says '第三大' where its cited passages say '第二大'"),
    ("这是东岚今年提起的第一起诉讼。", LAWSUIT, "says '第一起' where its cited passages say '第二起'"),
    ("东岚方面表示，东岚没有提出能够回应西泽关切的具体方案。", NO_PLAN,
     "gives the words to 东岚, but its cited passages give them to 西泽"),
    ("据东岚称，西泽政府正在研究为农户提供约30亿美元的补贴。", SUBSIDY,
     "gives the words to 东岚, but its cited passages give them to 西泽"),
], ids=["liangwan", "chaoguo", "sanqianwan", "baifenzhi", "yi", "di-san-da", "di-yi-qi", "biaoshi", "ju-cheng"])
def test_a_chinese_figure_rank_or_speaker_changed_is_refused(desk: Path, sentence: str, cited: tuple[str, str],
                                                             named: str):
    add_sentences(desk, (sentence, cited))
    refused_with(desk, f"{BACKGROUND}:", named)


def test_honest_chinese_wordings_build(desk: Path):
    """One build for all: each sentence is checked on its own, and any refused fails the build."""
    add_sentences(
        desk,
        ("2025年，西泽从东岚进口了约3.5万辆电动汽车。", EV_IMPORTS),
        ("2025年西泽自东岚进口的电动汽车同比增长12%。", EV_IMPORTS),
        ("两国贸易额2025年为八百六十亿美元，较上年下降了3.2%。", TRADE),
        ("东岚声明称，其电动汽车的竞争力不是来自补贴。", NOT_SUBSIDY),
        ("2025年东岚从西泽进口了2000万吨大豆，西泽是其第二大大豆来源国。", SOY),
        ("2025年东岚自西泽进口的农产品中，大豆占45%。", FARM),
        ("2月份东岚电动汽车出口总量为286000辆，同比上涨7.4%。", FEBRUARY),
        ("库尔茨称，西泽不会撤销电动汽车关税。", NOT_REVOKED),
        ("米勒说，今年的订单已经下降了四成。", ORDERS),
        ("西泽方面没有接受东岚的提议。", REFUSED_OFFER),
        ("2026年1月至2月，西泽对东岚出口54亿美元，同比下降8.3%，农产品出口减少了15%。", XIZE_EXPORTS),
        ("东岚对西泽出口总额同比增长2.1%，达到69亿美元。", DONGLAN_EXPORTS),
        ("贝克尔说，已有超过2000家经销商联名致信商务部。", DEALERS),
        ("格林称，西泽政府正在研究为农户提供约30亿美元的补贴。", SUBSIDY),
        ("双方同意4月初举行第二轮磋商，但具体日期尚未确定。", NEXT_ROUND),
    )
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("words, line, marked", [
    ("西泽方面并未接受这一建议", 11, "受这一[-建-]{+提+}议"),
    ("两国贸易额2025年达到680亿美元", 17, "年达到[-680-]{+860+}亿美元"),
], ids=["one-letter", "figure"])
def test_cite_shows_the_nearest_chinese_passage_letter_by_letter(desk: Path, words: str, line: int, marked: str):
    """A run of hanzi was one word to the nearest-passage search, so words one letter off found no passage at all."""
    source = "report3" if "西泽方面" in words else "report1"
    result = run_build(desk, "cite", source, words)
    assert result.code == 1
    assert f"line {line}: " in result.err and marked in result.err.splitlines()[1], result.err
