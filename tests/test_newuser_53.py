"""A Korean briefing written from scratch, as the README tells a new editor whose language is not built in: a trade
dispute between two (fictional) countries, Garon and Beluna, over export controls on chip materials, from a news
agency's report (tests/fixtures/newuser_53/seeds/hanbit.txt: "1만 2천 톤", "2조 4천억 원", "3.5%", "2026년 3월 5일",
"받지 못했다", "아니라고", "없다고", "것으로 알려졌다", "할 수 있다") and a project locale (locales/ko.yaml, made from
en.yaml and translated, with the words the checks read).

What the new editor met, and what is fixed (on the code before, 11 of the 21 misstatements below built, and the
briefing did not build):
- a party named by a short name ("가론", "벨루나": a Hangul letter is a syllable, and Korean names are of two or three)
  or by a name of several words ("가론 정부", "벨루나 산업부") named no one, as party_words kept words of four letters
  or more: "벨루나 산업부에 따르면" citing "가론 산업통상부에 따르면", "가론 정부는 ... 밝혔다" citing "벨루나 정부는 ...
  밝혔다", and a claim told as fact built; "벨루나는" (with its particle) named no Beluna in a comparison's passage
  (explainer/hangul_names.py, hangul_speakers.py: a subject inside the words a topic says, "벨루나 측은 가론이 ...
  주장했다", is not who speaks);
- negations by "아니다" ("보복이라고" citing "보복이 아니라고"), by "없다" after a noun ("공급처가 있다고" citing "없다고"),
  by "것이 아니다" after a verb, and of a native verb ("받았다" citing "받지 못했다") (hangul_negations.py);
- a possibility told as done: "마친다", "줄어든다", "오른다" citing "마칠 수 있다", "줄어들 수 있다", "오를 수 있다"
  (explainer/hangul_verbs.py);
- a figure with "넘다" after it ("1,200곳이 넘으며") is "more than", and "한 곳" (one place) is no figure, as "one"
  is none in English: the single-source caveat "기사 한 건에 기댄다" was refused as stating a figure uncited.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from explainer.numbers import quantities_in
from support import checked_fixture_project, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_53"
SLUG = "garon-beluna-chips"


@pytest.fixture
def korean():
    """Read text in Korean as the fixture's locale writes it, as a build of the project does."""
    read_as_project_locale(FIXTURE, "ko")


PARTIES = (Party(id="garon", name="가론 정부", short_name="가론", role="수입국", aliases=("가론 산업통상부", "박민준")),
           Party(id="beluna", name="벨루나 정부", short_name="벨루나", role="수출국", aliases=("벨루나 산업부", "이하늘")))
P_WTO = ("(세종=한빛통신) 김서연 기자 = 가론 정부가 벨루나의 반도체 소재 수출 규제에 맞서 세계무역기구(WTO) 제소를 "
         "검토하고 있다고 2026년 3월 5일 밝혔다.")
P_IMPORT = ("가론 산업통상부에 따르면 가론 반도체 업체들은 지난해 벨루나에서 불화수소 1만 2천 톤을 수입했으며, 이는 전체 "
            "수입량의 약 87%에 해당한다.")
P_TRADE = "지난해 두 나라 사이의 소재 교역액은 2조 4천억 원으로, 전년보다 3.5% 증가했다."
P_NOT = "벨루나 정부는 이번 조치가 보복이 아니라고 밝혔다."
P_LEE = ('벨루나 산업부 이하늘 대변인은 "수출 관리를 강화한 것은 국가 안보를 위한 것이며, 특정 국가를 겨냥한 것이 '
         '아니다"라고 말했다.')
P_90 = "벨루나는 가론 업체들이 허가를 신청하면 90일 이내에 심사를 마칠 수 있다고 밝혔다."
P_NONE = "그러나 가론 업체들은 아직 허가를 한 건도 받지 못했다."
P_30 = "협회는 규제가 6개월 이상 이어지면 반도체 생산이 최대 30% 줄어들 수 있다고 추산했다."
P_RETAL = "가론 정부는 아직 보복 조치를 발표하지 않았다."
P_TARIFF = "다만 정부가 벨루나산 자동차 부품에 대한 관세 인상을 검토하고 있는 것으로 알려졌다."
P_CAP = "업체 한 곳이 받을 수 있는 금액은 최대 50억 원이다."
P_1200 = "협회에 따르면 벨루나산 소재를 쓰는 가론 업체는 1,200곳이 넘으며, 이들 업체의 직원은 12,000명에 이른다."
P_TENDER = ("벨루나 측은 가론이 지난해 7월 벨루나 기업 세 곳을 정부 조달 입찰에서 제외했다고 주장했지만, 가론 정부는 "
            "이를 부인했다.")
P_MEMORY = ("시장조사업체 세미와치의 최유진 연구원은 가론이 세계 메모리 반도체 생산의 약 20%를 차지한다며, 규제가 "
            "장기화하면 세계 메모리 가격이 10% 이상 오를 수 있다고 전망했다.")
P_GENEVA = "두 나라 정부는 3월 19일 제네바에서 첫 실무 협의를 열기로 했다."
P_WITHDRAW = "벨루나 측은 협의에서 규제를 철회하지 않을 것이라고 밝혔다."
P_ALT = "가론 정부는 현재로서는 벨루나를 대체할 공급처가 없다고 인정했다."

HONEST = {
 "wto-same": (P_WTO.split("= ", 1)[1], P_WTO),
 "wto-para": ("가론 정부는 2026년 3월 5일 WTO 제소를 검토하고 있다고 밝혔다.", P_WTO),
 "import-12000": ("가론 업체들은 지난해 벨루나에서 불화수소 12,000톤을 수입했다고 가론 산업통상부가 밝혔다.", P_IMPORT),
 "import-glued": ("가론 산업통상부에 따르면 가론 업체들은 지난해 불화수소 1만2천 톤을 벨루나에서 수입했다.", P_IMPORT),
 "import-87": ("가론 산업통상부에 따르면 이는 전체 수입량의 약 87%다.", P_IMPORT),
 "trade": ("지난해 소재 교역액은 2조 4천억 원으로 전년보다 3.5% 늘었다.", P_TRADE),
 "trade-jo": ("지난해 소재 교역액은 2.4조 원이었다.", P_TRADE),
 "not-same": (P_NOT, P_NOT),
 "not-short": ("벨루나는 이번 조치가 보복이 아니라고 밝혔다.", P_NOT),
 "lee-not": ("이하늘 대변인은 수출 관리 강화가 특정 국가를 겨냥한 것이 아니라고 말했다.", P_LEE),
 "90-can": ("벨루나는 90일 이내에 심사를 마칠 수 있다고 밝혔다.", P_90),
 "none": ("가론 업체들은 아직 허가를 받지 못했다.", P_NONE),
 "30-can": ("협회는 규제가 6개월 이상 이어지면 반도체 생산이 최대 30% 줄어들 수 있다고 추산했다.", P_30),
 "retal": ("가론 정부는 아직 보복 조치를 발표하지 않았다.", P_RETAL),
 "tariff": ("가론 정부가 벨루나산 자동차 부품에 대한 관세 인상을 검토하고 있는 것으로 알려졌다.", P_TARIFF),
 "cap": ("업체 한 곳이 받을 수 있는 금액은 최대 50억 원이다.", P_CAP),
 "1200-over": ("협회에 따르면 벨루나산 소재를 쓰는 가론 업체는 1,200곳이 넘는다.", P_1200),
 "1200-more": ("협회에 따르면 가론 업체 1,200곳 넘게 벨루나산 소재를 쓴다.", P_1200),
 "tender": ("벨루나 측은 가론이 지난해 7월 벨루나 기업 세 곳을 정부 조달 입찰에서 제외했다고 주장했다.", P_TENDER),
 "tender-3": ("벨루나 측은 가론이 지난해 7월 벨루나 기업 3곳을 입찰에서 제외했다고 주장했다.", P_TENDER),
 "tender-denied": ("가론 정부는 벨루나 기업을 입찰에서 제외했다는 주장을 부인했다.", P_TENDER),
 "memory-can": ("최 연구원은 규제가 장기화하면 세계 메모리 가격이 10% 이상 오를 수 있다고 전망했다.", P_MEMORY),
 "geneva": (P_GENEVA, P_GENEVA),
 "withdraw": ("벨루나 측은 협의에서 규제를 철회하지 않을 것이라고 밝혔다.", P_WITHDRAW),
 "alt": ("가론 정부는 현재로서는 벨루나를 대체할 공급처가 없다고 인정했다.", P_ALT),
 "alt-para": ("가론은 벨루나를 대체할 공급처가 없다고 인정했다.", P_ALT),
}
MISSTATEMENTS = {
 "wto-date": ("가론 정부는 2026년 3월 6일 WTO 제소를 검토하고 있다고 밝혔다.", P_WTO, '"2026년 3월 6일"'),
 "import-figure": ("가론 산업통상부에 따르면 가론 업체들은 지난해 불화수소 1만 3천 톤을 수입했다.", P_IMPORT, '"1만 3천"'),
 "import-qualifier": ("가론 산업통상부에 따르면 이는 전체 수입량의 87%에 해당한다.", P_IMPORT, "qualifier"),
 "trade-fall": ("지난해 소재 교역액은 전년보다 3.5% 감소했다.", P_TRADE, "fall"),
 "trade-dollars": ("지난해 소재 교역액은 2조 4천억 달러였다.", P_TRADE, "dollars"),
 "import-speaker": ("벨루나 산업부에 따르면 가론 업체들은 지난해 불화수소 1만 2천 톤을 수입했다.", P_IMPORT,
                    "gives the words to 벨루나 산업부"),
 "not-speaker": ("가론 정부는 이번 조치가 보복이 아니라고 밝혔다.", P_NOT, "gives the words to 가론 정부"),
 "not-dropped": ("벨루나 정부는 이번 조치가 보복이라고 밝혔다.", P_NOT, "drops the negation of '보복'"),
 "lee-dropped": ("이하늘 대변인은 수출 관리 강화가 특정 국가를 겨냥했다고 말했다.", P_LEE, "drops the negation of '겨냥'"),
 "90-figure": ("벨루나는 60일 이내에 심사를 마칠 수 있다고 밝혔다.", P_90, '"60"'),
 "90-done": ("벨루나는 90일 이내에 심사를 마친다.", P_90, "only as possible"),
 "none-received": ("가론 업체들은 이미 허가를 받았다.", P_NONE, "drops the negation of '받'"),
 "30-done": ("규제가 6개월 이상 이어지면 반도체 생산이 최대 30% 줄어든다.", P_30, "only as possible"),
 "30-rise": ("협회는 규제가 이어지면 반도체 생산이 최대 30% 늘어날 수 있다고 추산했다.", P_30, "rise"),
 "retal-dropped": ("가론 정부는 보복 조치를 발표했다.", P_RETAL, "drops the negation of '발표'"),
 "tariff-fact": ("가론 정부가 벨루나산 자동차 부품에 대한 관세 인상을 검토하고 있다.", P_TARIFF, "것으로 알려졌다"),
 "cap-qualifier": ("업체 한 곳이 받을 수 있는 금액은 50억 원이다.", P_CAP, "qualifier"),
 "1200-exact": ("협회에 따르면 벨루나산 소재를 쓰는 가론 업체는 1,200곳이다.", P_1200, "qualifier"),
 "tender-fact": ("가론은 지난해 7월 벨루나 기업 세 곳을 정부 조달 입찰에서 제외했다.", P_TENDER, "only as the word of"),
 "memory-done": ("규제가 장기화하면 세계 메모리 가격이 10% 이상 오른다.", P_MEMORY, "only as possible"),
 "alt-dropped": ("가론 정부는 벨루나를 대체할 공급처가 있다고 밝혔다.", P_ALT, "drops the negation of '공급처'"),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_korean_wording_builds(korean, sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "ko", PARTIES) == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_korean_misstatement_is_refused(korean, sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "ko", PARTIES)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("text, figures", [
    ("업체 한 곳이", []), ("기사 한 건에 기댄다", []), ("열한 곳", [11]), ("스물한 명", [21]), ("세 곳", [3]),
    ("1만 2천 톤", [12000]), ("2조 4천억 원", [2_400_000_000_000]), ("3.5%", [Decimal("3.5")])])
def test_one_in_korean_words_alone_is_no_figure(korean, text: str, figures: list):
    """"한" (one) before a counter is read as English reads "one": no figure; in "열한" (eleven) it counts."""
    assert [q.value for q in quantities_in(text, "ko")] == [Decimal(f) for f in figures]


def test_the_korean_briefing_builds_with_its_footnotes_and_passages(tmp_path: Path):
    """The whole briefing, every kind of content, in Korean: `lang="ko"` on every page, footnotes and the passages
    they lead to highlighted in the source."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / SLUG / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ko"' in page
    for words in ("알려진 사실", "주석", "최초 게시", "정정", "2조 4천억 원", "2026년 3월 5일", "두 나라의 수치",
                  "각 당사자의 주장", 'class="ref"', "출처에서"):
        assert words in page, words
    source = (desk / "site" / "sources" / "hanbit.html").read_text(encoding="utf-8")
    assert '<html lang="ko"' in source and "<mark" in source
    home = (desk / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ko"' in home
