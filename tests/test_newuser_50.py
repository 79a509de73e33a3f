"""The Vietnamese new user's leftovers (tests/test_newuser_48.py, its fixture's locale and parties): what a briefing
in Vietnamese still let through, or refused, after Vietnamese was first read.

- a speaker named by short lowercase syllables was not read: "Theo công ty, nhà máy đã mở bốn cửa xả" citing "Theo
  Ủy ban nhân dân tỉnh, ..." built; now the run after "Theo" or before "cho biết", "nói", ... names the party one of
  whose words stands in it, and messages show it whole ("công ty", not "công": explainer/vietnamese_speakers.py);
- a comparison's figure in the province's column citing "Ủy ban nhân dân tỉnh Hà Lam ... yêu cầu Công ty ... bồi
  thường 48,5 tỷ đồng" was refused as a passage naming the company, never the province (owners.py now reads the
  passage's language's names: "Lam", and a name written whole, "tỉnh");
- number words were not read: "kéo dài năm đến sáu năm" cited "hai đến ba năm" (explainer/vietnamese_number_words.py:
  "năm" is read as five only before a noun, the "năm" of "ba năm" its years);
- a proposal or a possibility told as done ("đã hỗ trợ" for "đã đề nghị hỗ trợ", "đã đề nghị" for "có thể đề nghị")
  and a dropped condition ("nếu", "khi", "với điều kiện") built (explainer/vietnamese_hedges.py);
- a locale listing "hơn" under `more_than` read "thấp hơn 15" (lower than 15) as "more than 15": a qualifier word
  after an adjective of comparison is the comparison's (qualifiers.py).

On the code before, 14 of the 15 misstatements built (the 15th was refused naming its speaker "công"), 2 of the 16
honest wordings were refused ("2 đến 3 năm" citing "hai đến ba năm"), 7 of the 14 number readings failed and 2 of
the 4 comparison columns were read wrong.
"""

from __future__ import annotations

import pytest

from explainer.attribution import Cited
from explainer.numbers import quantities_in
from explainer.owners import misplaced_figure
from support import read_as_project_locale, sentence_findings
from test_newuser_48 import FIXTURE, PARTIES


@pytest.fixture
def vietnamese():
    """Read text in Vietnamese as the newuser_48 fixture's locale writes it, as a build of the project does."""
    read_as_project_locale(FIXTURE, "vi")


P_CUA_XA = "Theo Ủy ban nhân dân tỉnh, đêm ngày 28 tháng 10 năm 2025, nhà máy đã mở bốn cửa xả với lưu lượng lớn."
P_BIET = "Ủy ban nhân dân tỉnh cho biết nhà máy đã mở bốn cửa xả."
P_MUA = "Theo công ty, lượng mưa tại lưu vực trong ba ngày đạt 620 mm, cao nhất trong 30 năm."
P_KIEN = "Theo luật sư Phạm Thu Hà, một vụ kiện như vậy có thể kéo dài hai đến ba năm."
P_96 = ("Công ty đã đề nghị hỗ trợ 9,6 tỷ đồng, tương đương khoảng 800.000 đồng cho mỗi hộ, nhưng khẳng định đây là "
        "khoản hỗ trợ nhân đạo chứ không phải tiền bồi thường.")
P_DOAN = ("Theo một cán bộ của bộ, đoàn có thể đề nghị sửa đổi quy trình liên hồ chứa, nhưng việc này cần ít nhất "
          "sáu tháng.")
P_15 = ("Ông Trần Văn Hải cho biết công ty sẵn sàng nâng mức hỗ trợ lên tối đa 15 tỷ đồng nếu tỉnh đồng ý rằng đợt "
        "xả nước là đúng quy trình.")
P_KHI = "Công ty sẽ nâng mức hỗ trợ khi tỉnh công nhận quy trình vận hành."
P_DONG = "Công ty bác bỏ con số này và nói rằng dòng chảy chưa bao giờ thấp hơn 15 m3/giây."

MISSTATEMENTS = {
 "theo-speaker": ("Theo công ty, nhà máy đã mở bốn cửa xả.", P_CUA_XA,
                  "gives the words to công ty, but its cited passages give them to Ủy ban nhân dân tỉnh"),
 "cho-biet-speaker": ("Công ty cho biết nhà máy đã mở bốn cửa xả.", P_BIET,
                      "gives the words to Công ty, but its cited passages give them to Ủy ban nhân dân tỉnh"),
 "theo-loi-speaker": ("Theo lời công ty, nhà máy đã mở bốn cửa xả.", P_CUA_XA, "gives the words to công ty"),
 "speaker-shown-whole": ("Theo tỉnh, lượng mưa tại lưu vực trong ba ngày đạt 620 mm.", P_MUA,
                         "give them to công ty"),
 "number-words": ("Theo luật sư Phạm Thu Hà, một vụ kiện như vậy có thể kéo dài năm đến sáu năm.", P_KIEN,
                  'figure "năm" is not in the passages'),
 "number-word-count": ("Theo Ủy ban nhân dân tỉnh, nhà máy đã mở sáu cửa xả.", P_CUA_XA,
                       'figure "sáu" is not in the passages'),
 "number-word-tens": ("Theo công ty, lượng mưa tại lưu vực trong bốn mươi ngày đạt 620 mm.", P_MUA,
                      'figure "bốn mươi" is not in the passages'),
 "proposal-done": ("Công ty đã hỗ trợ 9,6 tỷ đồng.", P_96,
                   "tells as done what its cited passages give only as proposed ('đề nghị hỗ trợ')"),
 "proposal-done-no-da": ("Công ty hỗ trợ 9,6 tỷ đồng cho các hộ dân.", P_96, "only as proposed"),
 "willing-done": ("Công ty đã nâng mức hỗ trợ lên tối đa 15 tỷ đồng nếu tỉnh đồng ý.", P_15,
                  "only as proposed ('sẵn sàng nâng mức')"),
 "possible-done": ("Đoàn kiểm tra đã đề nghị sửa đổi quy trình liên hồ chứa.", P_DOAN,
                   "tells as certain what its cited passages give only as possible ('có thể đề nghị')"),
 "condition-nếu": ("Công ty sẵn sàng nâng mức hỗ trợ lên tối đa 15 tỷ đồng.", P_15,
                   "only on a condition ('nếu tỉnh đồng ý rằng đợt xả nước là đúng quy trình')"),
 "condition-khi": ("Công ty sẽ nâng mức hỗ trợ cho các hộ dân.", P_KHI,
                   "only on a condition ('khi tỉnh công nhận quy trình vận hành')"),
 "hơn-after-comparative": ("Công ty nói rằng dòng chảy chưa bao giờ hơn 15 m3/giây.", P_DONG,
                           'figure "hơn 15" says more or less than "15"'),
 "trên-for-lower": ("Công ty nói rằng dòng chảy luôn trên 15 m3/giây.", P_DONG, 'figure "trên 15"'),
}

HONEST = {
 "theo-same": (P_CUA_XA, P_CUA_XA),
 "theo-short-name": ("Theo tỉnh Hà Lam, nhà máy đã mở bốn cửa xả.", P_CUA_XA),
 "cho-biet-para": ("Tỉnh cho biết nhà máy đã mở bốn cửa xả.", P_BIET),
 "theo-cong-ty": ("Theo công ty, lượng mưa tại lưu vực trong ba ngày đạt 620 mm.", P_MUA),
 "number-words-same": ("Theo luật sư Phạm Thu Hà, một vụ kiện như vậy có thể kéo dài hai đến ba năm.", P_KIEN),
 "number-words-digits": ("Theo luật sư Phạm Thu Hà, một vụ kiện có thể kéo dài 2 đến 3 năm.", P_KIEN),
 "number-word-as-digit": ("Theo Ủy ban nhân dân tỉnh, nhà máy đã mở 4 cửa xả.", P_CUA_XA),
 "nam-a-year": ("Theo công ty, lượng mưa đạt 620 mm, cao nhất trong 30 năm.", P_MUA),
 "proposal-kept": ("Công ty đã đề nghị hỗ trợ 9,6 tỷ đồng.", P_96),
 "proposal-reworded": ("Công ty đề xuất hỗ trợ 9,6 tỷ đồng cho các hộ dân.", P_96),
 "support-a-noun": ("Công ty khẳng định khoản hỗ trợ 9,6 tỷ đồng không phải tiền bồi thường.", P_96),
 "possible-kept": ("Theo một cán bộ của bộ, đoàn có thể đề nghị sửa đổi quy trình liên hồ chứa.", P_DOAN),
 "condition-kept": ("Công ty sẵn sàng nâng mức hỗ trợ lên tối đa 15 tỷ đồng nếu tỉnh đồng ý đợt xả nước đúng quy "
                    "trình.", P_15),
 "condition-reworded": ("Công ty sẵn sàng nâng mức hỗ trợ lên tối đa 15 tỷ đồng với điều kiện tỉnh công nhận đợt xả "
                        "nước đúng quy trình.", P_15),
 "khi-kept": ("Công ty sẽ nâng mức hỗ trợ khi tỉnh công nhận quy trình vận hành.", P_KHI),
 "thấp-hơn-same": ("Công ty nói rằng dòng chảy chưa bao giờ thấp hơn 15 m3/giây.", P_DONG),
}


@pytest.mark.parametrize("sentence, passage, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_vietnamese_misstatement_is_refused(vietnamese, sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "vi", PARTIES)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_vietnamese_wording_builds(vietnamese, sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "vi", PARTIES) == []


@pytest.mark.parametrize("text, figures", [
    ("bốn cửa xả", [4]), ("năm đến sáu năm", [5, 6]), ("hai mươi lăm người", [25]), ("một trăm linh năm hộ", [105]),
    ("hai tỷ ba trăm triệu đồng", [2_300_000_000]), ("ba nghìn tỷ đồng", [3 * 10**12]), ("năm năm", [5]),
    ("Năm 2020, công ty", [2020]), ("cả năm trời", []), ("lần thứ hai vào", []), ("một đoàn kiểm tra", []),
    ("hai bên sẽ gặp", []), ("hàng nghìn người", []), ("năm nay", [])])
def test_vietnamese_number_words_are_read_before_a_noun(vietnamese, text: str, figures: list):
    assert sorted(q.value for q in quantities_in(text, "vi")) == figures


def _cited(text: str) -> Cited:
    return Cited(text, "vi", text, "", "")


P_YEUCAU = ("Ủy ban nhân dân tỉnh Hà Lam ngày 10 tháng 3 năm 2026 đã yêu cầu Công ty Cổ phần Thủy điện Nậm Khê bồi "
            "thường 48,5 tỷ đồng")


@pytest.mark.parametrize("party, passage, other", [
    (0, P_YEUCAU, ""),  # the province's demand, in its column: refused before, as naming only the company
    (0, "Tỉnh dẫn số liệu cho thấy lượng mưa trong ba ngày đó là 540 mm", ""),
    (1, P_MUA, ""),
    (0, P_MUA, "Công ty Cổ phần Thủy điện Nậm Khê")])  # the company's 620 mm moved to the province's column
def test_a_comparison_column_reads_vietnamese_names(vietnamese, party: int, passage: str, other: str):
    assert misplaced_figure(PARTIES[party], PARTIES, [_cited(passage)]) == other
