"""A second Korean briefing written from scratch, as the README tells a new editor whose language is not built in: a
county election (fictional) between two candidates, 정다은 of 청람당 and 한도윤 of 누리당, from a news agency's report
(tests/fixtures/newuser_56/seeds/nuri.txt: "52.3%", "1,234표 차", "14,030표", "11석 가운데 6석", "과반", "재검표를
요청했다", "재검표 여부", "취임할 예정이다", each camp quoted) and the first Korean briefing's leftovers
(tests/test_newuser_53.py).

What was fixed (on the code before, 28 of the 39 misstatements below built; the changed counts, the announcement told
as fact and the speaker's word told as fact were refused already, and each of the 41 honest wordings built):
- a claim and a denial in one passage: "가론 측은 벨루나가 ... 제외했다고 주장했다" citing "벨루나 측은 가론이 ...
  주장했지만, 가론 정부는 이를 부인했다" built, as any speaker of the passage was taken for any verb: each speaker is
  now paired with its own verbs of saying (explainer/hangul_stances.py);
- a speaker whose name holds a party's ("가론 반도체산업협회에 따르면") dropped: read as that party's voice, as English
  reads "according to the Northland Semiconductor Industry Association" (hangul_sayers.py); a speaker naming no party
  ("노동부에 따르면") backs a statement as fact, in English and Korean alike (tests/test_factcheck_29.py);
- a party's announcement of its own decision ("벨루나 산업부는 ... 바꾼다고 발표했다") told as fact: English refuses
  "Northland will impose licences" citing "the Northland industry ministry announced it would impose licences", and
  so did Korean already: pinned here;
- merged past forms told as done where the source gives "수 있다": "올랐다", "마쳤다", "나섰다", "줄었다", "제소했다",
  "보복을 했다" (hangul_irregular.py), and "취임할 예정이다" (is due to take office) told as "취임했다" (hangul_verbs.py);
- a recount asked for told as held ("재검표를 실시했다", "재검표가 실시됐다", "재검표를 하기로 결정했다":
  hangul_requests.py), a party put in the other's place as topic or subject ("누리당은 ... 과반을 차지했다", "정다은
  후보 측은 재검표를 요청했다", "정 후보가 앞섰으나") and a majority no passage gives (hangul_holders.py);
- "높았다"/"낮았다", "앞섰다"/"뒤졌다" and "차로 졌다"/"이겼다" as opposites (opposite_verbs.py); "후보" (candidate) a
  common noun naming neither side, and a person named by surname and title after the first time ("정 후보",
  hangul_names.py); "역전했다" (came from behind) no verb of saying (hangul_speakers.py), and words said with their
  speaker after them ("정다은 후보가 ... 이겼다고 선관위가 발표했다") not given to the subject inside them.

Not fixed (they still build): each candidate's votes traded in a run ("한 후보는 14,030표, 정 후보는 12,796표"), the
winner and the loser swapped inside words a third speaker reports ("한도윤 후보가 정다은 후보를 ... 이겼다고 선관위가
발표했다"), and a party given words the source gives a non-party ("... 이겼다고 청람당이 발표했다" citing "선관위가
발표했다").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, item_findings, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_56"
SLUG = "hansol-election"


@pytest.fixture
def korean():
    """Read text in Korean as the fixture's locale writes it, as a build of the project does."""
    read_as_project_locale(FIXTURE, "ko")


GARON = (Party(id="garon", name="가론 정부", short_name="가론", role="수입국", aliases=("가론 산업통상부", "박민준")),
         Party(id="beluna", name="벨루나 정부", short_name="벨루나", role="수출국", aliases=("벨루나 산업부", "이하늘")))
ELECTION = (Party(id="jung", name="정다은 후보", short_name="정다은", role="청람당 후보", aliases=("청람당", "이서진")),
            Party(id="han", name="한도윤 후보", short_name="한도윤", role="누리당 후보", aliases=("누리당", "김태오")))

P_TENDER = ("벨루나 측은 가론이 지난해 7월 벨루나 기업 세 곳을 정부 조달 입찰에서 제외했다고 주장했지만, 가론 정부는 "
            "이를 부인했다.")
P_STOCK = "가론 반도체산업협회에 따르면 회원사들이 보유한 불화수소 재고는 약 3개월 치다."
P_STOCK_SAID = "가론 반도체산업협회는 회원사들이 보유한 불화수소 재고가 약 3개월 치라고 밝혔다."
P_RULE = "벨루나 산업부는 4월 1일부터 불화수소 수출을 허가제로 바꾼다고 발표했다."
P_FIRED = "노동부는 공장 직원 300명이 해고됐다고 발표했다."
P_PRICE = "세계 메모리 가격이 10% 이상 오를 수 있다."
P_OUTPUT = "반도체 생산이 30% 줄 수 있다."
P_REVIEW = "벨루나는 90일 이내에 심사를 마칠 수 있다."
P_MEDIATE = "가론 정부가 중재에 나설 수 있다."
P_WTO = "가론 정부가 WTO에 제소할 수 있다."
P_RETAL = "가론 정부가 보복을 할 수 있다."

P_RESULT = ("(한솔=누리통신) 박지훈 기자 = 2026년 4월 15일 치러진 한솔군수 선거에서 청람당 정다은 후보가 52.3%를 얻어 "
            "누리당 한도윤 후보(47.7%)를 1,234표 차로 이겼다고 한솔군 선거관리위원회가 16일 발표했다.")
P_VOTES = "선관위에 따르면 정 후보는 14,030표, 한 후보는 12,796표를 얻었다."
P_TURNOUT = "투표율은 61.8%로 4년 전 선거보다 3.2%포인트 높았다."
P_INVALID = "무효표는 412표였다."
P_LEAD = "개표 초반에는 한 후보가 앞섰으나, 사전투표함 개표가 시작되면서 정 후보가 역전했다."
P_PAST = "정 후보는 4년 전 선거에서는 한 후보에게 2.1%포인트 차로 졌다."
P_SEATS = "같은 날 치러진 군의회 선거에서 청람당은 11석 가운데 6석을 얻어 과반을 차지했다."
P_SEATS2 = "누리당은 4석, 무소속 후보는 1석을 얻었다."
P_BEFORE = "누리당은 선거 전 군의회에서 7석을 가진 다수당이었다."
P_RECOUNT = "한도윤 후보 측은 일부 투표소에서 무효표 분류에 문제가 있었다며 선관위에 재검표를 요청했다."
P_DECIDE = "선관위는 요청을 검토한 뒤 이번 주 안에 재검표 여부를 결정하겠다고 밝혔다."
P_UNLIKELY = "재검표가 실시되더라도 결과가 바뀔 가능성은 낮다고 선관위 관계자는 말했다."
P_KIM = '한 후보 측 김태오 선거대책본부장은 "1,234표 차는 무효표 논란을 덮기에는 너무 작은 차이"라고 말했다.'
P_LEE = '정 후보 측 이서진 대변인은 "군민의 선택을 겸허히 받아들이며, 재검표에도 성실히 임하겠다"고 밝혔다.'
P_FALSE = "누리당 측은 청람당이 선거 기간에 상대 후보에 대한 허위 사실을 퍼뜨렸다고 주장했지만, 청람당은 이를 부인했다."
P_OFFICE = "정 후보는 7월 1일 취임할 예정이다."
P_BUS = "정 후보는 취임 후 100일 안에 군내 버스 요금을 무료로 할 수 있다고 말했다."

HONEST = {
 # the first briefing's leftovers, and their honest neighbours
 "tender-claim": ("벨루나 측은 가론이 지난해 7월 벨루나 기업 세 곳을 입찰에서 제외했다고 주장했다.", P_TENDER, GARON),
 "tender-claim-said": ("벨루나는 가론이 벨루나 기업 세 곳을 입찰에서 제외했다고 밝혔다.", P_TENDER, GARON),
 "tender-denial": ("가론 정부는 벨루나 기업을 입찰에서 제외했다는 주장을 부인했다.", P_TENDER, GARON),
 "stock-kept": (P_STOCK, P_STOCK, GARON),
 "stock-short": ("협회에 따르면 회원사들의 불화수소 재고는 약 3개월 치다.", P_STOCK, GARON),
 "stock-said": ("가론 반도체산업협회는 회원사들의 불화수소 재고가 약 3개월 치라고 밝혔다.", P_STOCK, GARON),
 "stock-said-kept": ("가론 반도체산업협회에 따르면 회원사들의 불화수소 재고는 약 3개월 치다.", P_STOCK_SAID, GARON),
 "fired-no-party": ("공장 직원 300명이 해고됐다.", P_FIRED, GARON),
 "rule-kept": (P_RULE, P_RULE, GARON),
 "rule-short": ("벨루나는 4월 1일부터 불화수소 수출을 허가제로 바꾼다고 발표했다.", P_RULE, GARON),
 "price-can": ("세계 메모리 가격이 10% 이상 오를 수 있다.", P_PRICE, GARON),
 "price-rose": ("세계 메모리 가격이 10% 이상 올랐다.", "세계 메모리 가격이 10% 이상 올랐다.", GARON),
 "output-can": ("반도체 생산이 30% 줄 수 있다.", P_OUTPUT, GARON),
 "review-can": ("벨루나는 90일 이내에 심사를 마칠 수 있다.", P_REVIEW, GARON),
 "mediate-can": ("가론 정부가 중재에 나설 수 있다.", P_MEDIATE, GARON),
 "wto-can": ("가론 정부가 WTO에 제소할 수 있다.", P_WTO, GARON),
 "retal-can": ("가론 정부가 보복을 할 수 있다.", P_RETAL, GARON),
 "retal-other-deed": ("가론 정부가 협의를 했다.", P_RETAL + " 가론 정부는 지난주 협의를 했다.", GARON),
 # the election
 "result": ("정다은 후보가 52.3%를 얻어 한도윤 후보를 1,234표 차로 이겼다고 선관위가 발표했다.", P_RESULT, ELECTION),
 "result-share": ("정다은 후보는 52.3%를 얻었다.", P_RESULT, ELECTION),
 "votes": ("선관위에 따르면 정다은 후보는 14,030표를 얻었다.", P_VOTES, ELECTION),
 "votes-man": ("선관위에 따르면 정 후보는 1만 4,030표를 얻었다.", P_VOTES, ELECTION),
 "turnout": ("투표율은 61.8%로 4년 전보다 3.2%포인트 높았다.", P_TURNOUT, ELECTION),
 "invalid": (P_INVALID, P_INVALID, ELECTION),
 "lead": ("개표 초반에는 한 후보가 앞섰으나 정 후보가 역전했다.", P_LEAD, ELECTION),
 "past-lost": ("정 후보는 4년 전 선거에서 한 후보에게 2.1%포인트 차로 졌다.", P_PAST, ELECTION),
 "seats": ("청람당은 군의회 11석 가운데 6석을 얻어 과반을 차지했다.", P_SEATS, ELECTION),
 "seats-nuri": ("누리당은 4석을 얻었다.", P_SEATS2, ELECTION),
 "seats-both": ("누리당은 4석을 얻었다.", "청람당은 6석을 얻었고 누리당은 4석을 얻었다.", ELECTION),
 "seats-gapped": ("청람당은 6석을 얻었다.", "청람당은 6석을, 누리당은 4석을 얻었다.", ELECTION),
 "before": ("누리당은 선거 전 군의회에서 7석을 가진 다수당이었다.", P_BEFORE, ELECTION),
 "recount-asked": ("한도윤 후보 측은 선관위에 재검표를 요청했다.", P_RECOUNT, ELECTION),
 "recount-undecided": ("선관위는 이번 주 안에 재검표 여부를 결정하겠다고 밝혔다.", P_DECIDE, ELECTION),
 "recount-held-cited": ("선관위는 재검표를 실시했다.", P_RECOUNT + " 선관위는 19일 재검표를 실시했다.", ELECTION),
 "unlikely": (P_UNLIKELY, P_UNLIKELY, ELECTION),
 "false-claim": ("누리당 측은 청람당이 허위 사실을 퍼뜨렸다고 주장했다.", P_FALSE, ELECTION),
 "false-denial": ("청람당은 허위 사실을 퍼뜨렸다는 주장을 부인했다.", P_FALSE, ELECTION),
 "office": (P_OFFICE, P_OFFICE, ELECTION),
 "bus-can": ("정 후보는 취임 후 100일 안에 버스 요금을 무료로 할 수 있다고 말했다.", P_BUS, ELECTION),
 "kim": ("김태오 선거대책본부장은 1,234표 차가 너무 작은 차이라고 말했다.", P_KIM, ELECTION),
 "lee": ("이서진 대변인은 재검표에도 성실히 임하겠다고 밝혔다.", P_LEE, ELECTION),
}

MISSTATEMENTS = {
 # a claim and a denial: each speaker kept to its own verb
 "tender-swapped": ("가론 측은 벨루나가 지난해 7월 가론 기업 세 곳을 정부 조달 입찰에서 제외했다고 주장했다.", P_TENDER,
                    GARON, "gives 가론 an assertion ('주장했') where its cited passages give 가론 정부 only a denial"),
 "tender-garon-claims": ("가론 측은 지난해 7월 벨루나 기업 세 곳을 입찰에서 제외했다고 주장했다.", P_TENDER, GARON,
                         "only a denial ('부인했')"),
 "tender-garon-said": ("가론 정부는 지난해 7월 벨루나 기업 세 곳을 입찰에서 제외했다고 밝혔다.", P_TENDER, GARON,
                       "gives 가론 정부 an assertion ('밝혔')"),
 "tender-beluna-denied": ("벨루나 측은 가론이 벨루나 기업을 입찰에서 제외했다는 주장을 부인했다.", P_TENDER, GARON,
                          "gives 벨루나 a denial ('부인했') where its cited passages give 벨루나 only an assertion"),
 # whose word: a speaker named with a party's name, dropped
 "stock-dropped": ("회원사들이 보유한 불화수소 재고는 약 3개월 치다.", P_STOCK, GARON,
                   "only as the word of 가론 반도체산업협회"),
 "stock-said-dropped": ("회원사들이 보유한 불화수소 재고는 약 3개월 치다.", P_STOCK_SAID, GARON,
                        "only as the word of 가론 반도체산업협회"),
 # a party's announcement of its own decision told as fact, as English refuses it
 "rule-fact": ("벨루나는 4월 1일부터 불화수소 수출을 허가제로 바꾼다.", P_RULE, GARON, "only as the word of 벨루나 산업부"),
 "rule-done": ("벨루나는 불화수소 수출을 허가제로 바꿨다.", P_RULE, GARON, "only as the word of 벨루나 산업부"),
 # merged past forms told as done
 "price-rose": ("세계 메모리 가격이 10% 이상 올랐다.", P_PRICE, GARON, "states '오르' as done or certain"),
 "output-shrank": ("반도체 생산이 30% 줄었다.", P_OUTPUT, GARON, "states '줄' as done or certain"),
 "review-finished": ("벨루나는 90일 이내에 심사를 마쳤다.", P_REVIEW, GARON, "states '마치' as done"),
 "mediate-stepped-in": ("가론 정부가 중재에 나섰다.", P_MEDIATE, GARON, "states '나서' as done"),
 "wto-filed": ("가론 정부가 WTO에 제소했다.", P_WTO, GARON, "states '제소' as done"),
 "retal-done": ("가론 정부가 보복을 했다.", P_RETAL, GARON, "states '보복' as done"),
 # the election: counts changed
 "count-share": ("정다은 후보가 53.2%를 얻어 한도윤 후보를 1,234표 차로 이겼다고 선관위가 발표했다.", P_RESULT, ELECTION,
                 '"53.2%"'),
 "count-margin": ("정다은 후보가 52.3%를 얻어 한도윤 후보를 1,324표 차로 이겼다고 선관위가 발표했다.", P_RESULT, ELECTION,
                  '"1,324"'),
 "count-votes": ("선관위에 따르면 정 후보는 14,300표를 얻었다.", P_VOTES, ELECTION, '"14,300"'),
 "count-invalid": ("무효표는 421표였다.", P_INVALID, ELECTION, '"421"'),
 "count-seats": ("청람당은 군의회 12석 가운데 6석을 얻었다.", P_SEATS, ELECTION, '"12"'),
 "majority-five": ("청람당은 군의회 11석 가운데 5석을 얻어 과반을 차지했다.", P_SEATS, ELECTION, '"5"'),
 "turnout-fell": ("투표율은 61.8%로 4년 전 선거보다 3.2%포인트 낮았다.", P_TURNOUT, ELECTION,
                  "says '낮았' where its cited passages say '높았'"),
 "past-won": ("정 후보는 4년 전 선거에서는 한 후보에게 2.1%포인트 차로 이겼다.", P_PAST, ELECTION, "'이겼'"),
 # a majority claimed, or given to the other camp
 "majority-nuri": ("누리당은 군의회 11석 가운데 6석을 얻어 과반을 차지했다.", P_SEATS, ELECTION,
                   "gives 누리당 what its cited passages give 청람당 ('차지')"),
 "majority-claimed": ("누리당은 4석을 얻어 과반을 차지했다.", P_SEATS2, ELECTION,
                      "gives a majority ('과반') where its cited passages give none"),
 "largest-before": ("청람당은 선거 전 군의회에서 7석을 가진 다수당이었다.", P_BEFORE, ELECTION,
                    "gives 청람당 what its cited passages give 누리당"),
 # a recount requested told as held, or asked for by the other camp
 "recount-held": ("선관위는 재검표를 실시했다.", P_RECOUNT, ELECTION,
                  "tells '재검표' as done or decided, but its cited passages give it only as asked for ('요청')"),
 "recount-was-held": ("한도윤 후보 측의 요청으로 재검표가 실시됐다.", P_RECOUNT, ELECTION, "tells '재검표' as done"),
 "recount-decided": ("선관위는 재검표를 하기로 결정했다.", P_DECIDE, ELECTION, "or undecided ('여부')"),
 "recount-swapped": ("정다은 후보 측은 선관위에 재검표를 요청했다.", P_RECOUNT, ELECTION,
                     "gives 정다은 후보 what its cited passages give 한도윤 후보 ('요청')"),
 # the two camps swapped
 "lead-swapped": ("개표 초반에는 정 후보가 앞섰으나, 한 후보가 역전했다.", P_LEAD, ELECTION,
                  "gives 정 후보 what its cited passages give 한 후보 ('앞섰')"),
 "false-swapped": ("청람당 측은 누리당이 허위 사실을 퍼뜨렸다고 주장했다.", P_FALSE, ELECTION,
                   "gives 청람당 an assertion ('주장했') where its cited passages give 청람당 only a denial"),
 "false-denied-swapped": ("누리당은 허위 사실을 퍼뜨렸다는 주장을 부인했다.", P_FALSE, ELECTION,
                          "gives 누리당 a denial"),
 "false-as-fact": ("청람당은 선거 기간에 상대 후보에 대한 허위 사실을 퍼뜨렸다.", P_FALSE, ELECTION,
                   "only as the word of 누리당"),
 "kim-to-lee": ("이서진 대변인은 1,234표 차가 너무 작은 차이라고 말했다.", P_KIM, ELECTION,
                "gives the words to 이서진, but its cited passages give them to 김태오"),
 "lee-to-kim": ("김태오 선거대책본부장은 재검표에도 성실히 임하겠다고 밝혔다.", P_LEE, ELECTION,
                "gives the words to 김태오, but its cited passages give them to 이서진"),
 "unlikely-turned": ("재검표가 실시되더라도 결과가 바뀔 가능성은 높다고 선관위 관계자는 말했다.", P_UNLIKELY, ELECTION,
                     "says '높다' where its cited passages say '낮다'"),
 # what is due told as done, what may be told as certain
 "office-done": ("정 후보는 7월 1일 취임했다.", P_OFFICE, ELECTION, "or to come ('예정이다')"),
 "bus-done": ("정 후보는 취임 후 100일 안에 군내 버스 요금을 무료로 했다.", P_BUS, ELECTION, "only as possible"),
 "bus-certain": ("정 후보는 취임 후 100일 안에 군내 버스 요금을 무료로 한다고 말했다.", P_BUS, ELECTION,
                 "only as possible"),
}


@pytest.mark.parametrize("sentence, passage, parties", HONEST.values(), ids=HONEST.keys())
def test_an_honest_korean_wording_builds(korean, sentence: str, passage: str, parties: tuple):
    assert sentence_findings(sentence, (passage,), "ko", parties) == []


@pytest.mark.parametrize("sentence, passage, parties, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_korean_misstatement_is_refused(korean, sentence: str, passage: str, parties: tuple, named: str):
    found = sentence_findings(sentence, (passage,), "ko", parties)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("name", ["tender-swapped", "lead-swapped", "recount-held", "majority-nuri",
                                  "majority-claimed", "office-done", "price-rose"])
def test_an_item_cited_as_a_whole_is_read_alike(korean, name: str):
    """A claim's `says` or a timeline's `what`, cited as a whole, is held as a sentence of prose is."""
    sentence, passage, parties, named = MISSTATEMENTS[name]
    found = item_findings(sentence, (passage,), "ko", parties)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("sentence, passage, parties", HONEST.values(), ids=HONEST.keys())
def test_an_honest_korean_item_builds(korean, sentence: str, passage: str, parties: tuple):
    assert item_findings(sentence, (passage,), "ko", parties) == []


def test_the_korean_election_briefing_builds(tmp_path: Path):
    """The whole election briefing, every kind of content, in Korean: each camp's claim and denial, both quotes, the
    seats and the recount asked for, with `lang="ko"` on every page and the passages highlighted in the source."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / SLUG / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ko"' in page
    for words in ("1,234표 차", "재검표를 요청했다", "과반을 차지했다", "2026년 4월 15일", "두 후보의 득표", "52.3",
                  "허위 사실을 퍼뜨렸다는 주장을 부인했다", "김태오", 'class="ref"'):
        assert words in page, words
    source = (desk / "site" / "sources" / "nuri.html").read_text(encoding="utf-8")
    assert '<html lang="ko"' in source and "<mark" in source
