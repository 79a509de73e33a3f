"""A newsroom's Korean merger briefing, written by a new user as the README sets a project up (a project locale,
`locales/ko.yaml`, as Korean has none built in).

Korean puts spaces between words, but glues scales, counters and particles to a figure: "3조 2천억 원이다",
"1만2천 명의", "2월 14일", "30일 이내에". The checks read a figure only where a word ends, so none of these was read:
"3조 5천억 원", "32억 원", "1만3천 명", "2026년 3월 14일" or "60일" citing the source's figures built, and so did
"3조 2천억 달러" for won (`explainer/hangul.py`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import deal_project, refused_with

FIXTURE = Path(__file__).parent / "fixtures" / "newuser_23"
NOTICE = (FIXTURE / "notice.txt").read_text(encoding="utf-8")  # the regulator's decision notice

DECIDED = "공정거래위원회는 2026년 2월 14일 한빛조선과 대양중공업의 합병을 불허한다고 결정했다"
SIZE = "합병 거래 규모는 3조 2천억 원이다"
PRICES = "위원회는 합병으로 선박 가격이 연간 4천억 원가량 오를 것으로 추정했다"
APPEAL = "두 회사는 30일 이내에 이의를 신청할 수 있다"
JOBS = "위원회는 협력업체 1만2천 명의 고용에 미칠 영향은 평가하지 않았다"


@pytest.mark.parametrize("summary, quote, wrong", [
    ("합병 거래 규모는 3조 5천억 원이다.", SIZE, 'figure "3조 5천억"'),
    ("합병 거래 규모는 3조 2천만 원이다.", SIZE, 'figure "3조 2천만"'),
    ("합병 거래 규모는 32억 원이다.", SIZE, 'figure "32억"'),
    ("합병 거래 규모는 3조 2천억 달러이다.", SIZE, '"3조 2천억" is given in dollars'),
    ("선박 가격이 연간 5천억 원가량 오를 것으로 추정했다.", PRICES, 'figure "5천억"'),
    ("협력업체 1만3천 명의 고용은 평가하지 않았다.", JOBS, 'figure "1만3천"'),
    ("두 회사는 60일 이내에 이의를 신청할 수 있다.", APPEAL, 'figure "60"'),
    ("공정거래위원회는 2026년 3월 14일 합병을 불허했다.", DECIDED, 'date "2026년 3월 14일"'),
    ("공정거래위원회는 2025년 2월 14일 합병을 불허했다.", DECIDED, 'date "2025년 2월 14일"'),
    ("공정거래위원회는 2월 15일 합병을 불허했다.", DECIDED, 'date "2월 15일"'),
])
def test_a_figure_or_date_glued_to_korean_words_is_checked(tmp_path: Path, summary: str, quote: str, wrong: str):
    refused_with(deal_project(tmp_path, summary, quote, NOTICE), "briefing.yaml:3:", wrong)


@pytest.mark.parametrize("summary, quote", [
    ("합병 거래 규모는 3조 2천억 원이다.", SIZE),
    ("합병 거래 규모는 3조2천억원이다.", SIZE),
    ("합병 거래 규모는 3.2조 원이다.", SIZE),
    ("합병 거래 규모는 32,000억 원이다.", SIZE),
    ("협력업체 12,000명의 고용은 평가하지 않았다.", JOBS),
    ("공정거래위원회는 2월 14일 합병을 불허했다.", DECIDED),
])
def test_the_figures_and_dates_the_korean_source_gives_build(tmp_path: Path, summary: str, quote: str):
    result = run_build(deal_project(tmp_path, summary, quote, NOTICE), "check")
    assert result.code == 0, result.err


NEWS = (FIXTURE / "news.txt").read_text(encoding="utf-8")  # a news report of the two shipbuilders' reply
ORDERS = "업계에 따르면 지난해 두 회사의 수주액은 전년보다 15% 감소했다"


@pytest.mark.parametrize("summary, built", [
    ("업계에 따르면 지난해 두 회사의 수주액은 전년보다 15% 증가했다.", False),
    ("업계에 따르면 지난해 두 회사의 수주액은 15% 늘었다.", False),
    ("업계에 따르면 지난해 두 회사의 수주액은 15% 줄었다.", True),
])
def test_a_korean_fall_restated_as_a_rise_is_refused(tmp_path: Path, summary: str, built: bool):
    root = deal_project(tmp_path, summary, ORDERS, NEWS)
    if built:
        assert run_build(root, "check").code == 0
    else:
        refused_with(root, "briefing.yaml:3:", 'figure "15%" is given as a rise, but the passages this cites give it as a fall')



@pytest.mark.parametrize("summary, quote, wrong", [
    ("위원회는 협력업체 1만2천 명의 고용에 미칠 영향을 평가했다.", JOBS, "drops the negation of '평가'"),
    ("두 회사는 30일 이내에 이의를 신청할 수 없다.", APPEAL, "adds a negation to '신청'"),
    ("두 회사는 30일 이내에 이의를 신청하지 못한다.", APPEAL, "adds a negation to '신청'"),
    ("공정거래위원회는 합병을 결정하지 않았다.", DECIDED, "adds a negation to '결정'"),
])
def test_a_korean_negation_dropped_or_added_is_refused(tmp_path: Path, summary: str, quote: str, wrong: str):
    refused_with(deal_project(tmp_path, summary, quote, NOTICE), "briefing.yaml:3:", wrong)


@pytest.mark.parametrize("summary, quote", [
    ("위원회는 협력업체의 고용 영향을 평가하지 않았다.", JOBS),
    ("위원회는 고용 영향에 대한 평가를 하지 않았다.", JOBS),
    ("공정거래위원회는 합병을 허가하지 않았다.", DECIDED),
])
def test_a_korean_negation_kept_or_reworded_builds(tmp_path: Path, summary: str, quote: str):
    result = run_build(deal_project(tmp_path, summary, quote, NOTICE), "check")
    assert result.code == 0, result.err


CLAIMS = """topics:
  - id: prices
    title: 가격
    claims:
      - claimant: 위원회
        says: 위원회는 선박 가격이 연간 4천억 원가량 오를 것으로 추정했다.[^a]
        figures:
          - {{measure: 연간 가격 상승, value: {value}, unit: {unit}, bound: about}}
        status: assessment
        cite: [a]
"""


@pytest.mark.parametrize("value, unit, wrong", [
    (4000, "억 원", None),
    (4000, "억원", None),
    (0.4, "조 원", None),
    (3000, "억 원", "figure 3000 (연간 가격 상승) is not in the passages cited for it"),
    (4000, "만 원", "figure 4000 (연간 가격 상승) is not in the passages cited for it"),
    (4000, "억 달러", "is given in dollars"),
])
def test_a_figure_in_a_korean_scale_unit_is_read_at_its_scale(tmp_path: Path, value, unit: str, wrong: str | None):
    summary = "위원회는 선박 가격이 연간 4천억 원가량 오를 것으로 추정했다."
    root = deal_project(tmp_path, summary, PRICES, NOTICE,
                        files={"claims.yaml": CLAIMS.format(value=value, unit=unit)})
    if wrong is None:
        result = run_build(root, "check")
        assert result.code == 0, result.err
    else:
        refused_with(root, "claims.yaml:8:", wrong)


QUOTES = """quotes:
  - id: kim
    source: report
    words: "합병은 세계 시장에서 살아남기 위한 유일한 길"
    speaker: {speaker}
    role: 대표
    context: 두 회사는 행정소송을 제기하겠다고 밝혔다.[^a]
"""
LAWSUIT = "한빛조선과 대양중공업은 2026년 2월 16일 공정거래위원회의 결정에 불복해 행정소송을 제기하겠다고 밝혔다"


@pytest.mark.parametrize("speaker, built", [
    ("이영호", False),
    ("이영호 대표", False),
    ("김민수", True),
    ("김민수 대표", True),
    ("한빛조선 대표", True),
])
def test_a_korean_quote_is_given_to_the_speaker_the_source_names(tmp_path: Path, speaker: str, built: bool):
    root = deal_project(tmp_path, "두 회사는 행정소송을 제기하겠다고 밝혔다.", LAWSUIT, NEWS,
                        files={"quotes.yaml": QUOTES.format(speaker=speaker)})
    if built:
        result = run_build(root, "check")
        assert result.code == 0, result.err
    else:
        refused_with(root, "quotes.yaml:5:", f"`speaker`: the source names no {speaker} in the sentence that holds")


@pytest.mark.parametrize("summary, wrong", [
    ("위원회는 선박 가격이 연간 4천억 원 오를 것으로 추정했다.", 'figure "4천억" leaves out the qualifier of "4천억 원가량"'),
    ("위원회는 선박 가격이 연간 4천억 원 이상 오를 것으로 추정했다.", 'figure "4천억 원 이상" is qualified otherwise'),
    ("위원회는 선박 가격이 연간 4천억 원 정도 오를 것으로 추정했다.", None),
])
def test_a_korean_qualifier_after_the_figure_is_kept(tmp_path: Path, summary: str, wrong: str | None):
    root = deal_project(tmp_path, summary, PRICES, NOTICE)
    if wrong is None:
        result = run_build(root, "check")
        assert result.code == 0, result.err
    else:
        refused_with(root, "briefing.yaml:3:", wrong)


def test_a_korean_briefing_with_the_readmes_project_locale_builds_in_korean(tmp_path: Path):
    root = deal_project(tmp_path, "합병 거래 규모는 3조 2천억 원이다.", SIZE, NOTICE)
    (root / "locales").mkdir()
    (root / "locales" / "ko.yaml").write_text((FIXTURE / "ko.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (root / "content" / "site.yaml").write_text("title: 해설\ndescription: 해설.\nlanguage: ko\n", encoding="utf-8")
    result = run_build(root)
    assert result.code == 0, result.err
    page = (root / "site" / "deal" / "index.html").read_text(encoding="utf-8")
    assert 'lang="ko"' in page and "2025년 5월 15일" in page and "3조 2천억 원이다" in page
