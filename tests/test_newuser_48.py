"""A Vietnamese briefing written from scratch, as the README tells a new editor whose language is not built in: the
dispute between a (fictional) province, Hà Lam, and the company of the Nậm Khê dam over a night's flood release and
the farmers' losses, from a news report (tests/fixtures/newuser_48/seeds/namkhe.txt, saved decomposed, NFD: "48,5 tỷ
đồng", "12.000 hộ", "ngày 10 tháng 3 năm 2026", "thứ Năm") and a project locale (locales/vi.yaml, translated from
en.yaml, with the words the checks read). Vietnamese writes each syllable apart ("chấp nhận"), most of them of four
letters or fewer, and names its weekdays by their number ("thứ Hai", Monday, is also "the second").

What the new editor met, and what is fixed (on the code before, 11 of the 20 misstatements built, 2 of the 22 honest
wordings were refused, and the briefing did not build):
- scales after digits, "tỷ" 10^9, "triệu" 10^6, "nghìn"/"ngàn" 10^3, were not read: "48,5 triệu đồng" citing "48,5
  tỷ đồng" built (explainer/vietnamese_numbers.py);
- negations "không", "chưa", "chẳng" were not read, as a negated verb of short syllables has no word of five letters
  polarity.py takes for its predicate: "Công ty chấp nhận yêu cầu này" citing "Công ty không chấp nhận" built
  (explainer/vietnamese.py);
- content typed with its accents apart (Unikey's "Unicode tổ hợp", a Mac) was refused line by line, "combining mark
  ... is not allowed": a letter and its marks are composed as the source's are (explainer/composed_accents.py);
- "thứ hai" (second) was read as Monday, so the translated label "Bên thứ hai" stopped the build: a locale's day
  written with a capital inside ("thứ Hai") is read with it (explainer/weekday_capitals.py); a day wrapped across a
  line ("thứ\\nNăm") was refused as a day the passage lacks;
- a party's syllables of three letters ("Nậm Khê") named no party, so an honest claim of "Thủy điện Nậm Khê" citing
  "Theo công ty, ..." was refused as another speaker's (explainer/owners.py, as Polish's "Wód").
Not fixed here (read since: tests/test_newuser_50.py): speakers named by short lowercase words ("Theo Ủy ban nhân
dân tỉnh"), number words ("năm" is also "year"), a proposal told as done, a condition ("nếu") or a possibility ("có
thể") dropped.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from explainer.numbers import quantities_in
from explainer.owners import party_words
from explainer.yamlsafe import YamlProblem, decode_text
from support import checked_fixture_project, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_48"
SLUG = "ha-lam-nam-khe"


@pytest.fixture
def vietnamese():
    """Read text in Vietnamese as the fixture's locale writes it, as a build of the project does."""
    read_as_project_locale(FIXTURE, "vi")


PARTIES = (Party(id="tinh", name="Ủy ban nhân dân tỉnh Hà Lam", short_name="tỉnh Hà Lam", role="chính quyền tỉnh",
                 aliases=("tỉnh", "Lê Minh Đức")),
           Party(id="namkhe", name="Công ty Cổ phần Thủy điện Nậm Khê", short_name="Thủy điện Nậm Khê",
                 role="chủ nhà máy thủy điện", aliases=("công ty", "Trần Văn Hải")))
P_YEUCAU = ("Hà Lam, ngày 12 tháng 3 năm 2026 (Tin tức Miền Trung) – Ủy ban nhân dân tỉnh Hà Lam ngày 10 tháng 3 năm "
            "2026 đã yêu cầu Công ty Cổ phần Thủy điện Nậm Khê bồi thường 48,5 tỷ đồng cho khoảng 12.000 hộ nông dân "
            "ở hạ du, sau đợt xả nước đột ngột từ hồ chứa của công ty vào cuối tháng 10 năm 2025.")
P_KHONG = "Công ty không chấp nhận yêu cầu này."
P_BO = "Bộ Công Thương chưa đưa ra kết luận về việc công ty có vi phạm quy trình vận hành hay không."
P_40 = "Khoảng 40% diện tích bị ngập là lúa vụ mùa chưa thu hoạch. Hai người bị thương, không có người chết."
P_96 = ("Công ty đã đề nghị hỗ trợ 9,6 tỷ đồng, tương đương khoảng 800.000 đồng cho mỗi hộ, nhưng khẳng định đây là "
        "khoản hỗ trợ nhân đạo chứ không phải tiền bồi thường.")
P_15 = "Công ty bác bỏ con số này và nói rằng dòng chảy chưa bao giờ thấp hơn 15 m3/giây."
P_PHAT = ("Năm 2020, công ty đã bị phạt 85 triệu đồng vì không thông báo kịp thời cho chính quyền địa phương về một "
          "đợt xả nước.")
P_MUA = ("Theo công ty, lượng mưa tại lưu vực trong ba ngày từ 26 đến 28 tháng 10 năm 2025 đạt 620 mm, cao nhất "
         "trong 30 năm.")
P_DOAN = "Một đoàn kiểm tra của bộ dự kiến sẽ làm việc tại tỉnh từ ngày 23 tháng 3 năm 2026."
P_GAPLAI = ("Hai bên sẽ gặp lại vào thứ Năm, ngày 19 tháng 3 năm 2026, tại trụ sở Ủy ban nhân dân tỉnh ở thành phố "
            "Hà Lam.")
P_CANBO = ("Một số cán bộ xã được cho là đã không chuyển thông báo của công ty tới người dân vì khi đó đã quá nửa "
           "đêm.")
P_DUC = ('Chủ tịch Ủy ban nhân dân tỉnh, ông Lê Minh Đức, phát biểu tại cuộc họp ngày 10 tháng 3: "Doanh nghiệp không '
         'thể xả nước như vậy mà không chịu trách nhiệm về thiệt hại của người dân."')

HONEST = {
 "yeucau-same": (P_YEUCAU.split(" – ")[1], P_YEUCAU),
 "yeucau-para": ("Ngày 10 tháng 3 năm 2026, tỉnh Hà Lam yêu cầu công ty bồi thường 48,5 tỷ đồng cho khoảng 12.000 hộ "
                 "nông dân.", P_YEUCAU),
 "yeucau-nghin": ("Tỉnh Hà Lam yêu cầu công ty bồi thường cho khoảng 12 nghìn hộ nông dân.", P_YEUCAU),
 "yeucau-nfd": (unicodedata.normalize("NFD", "Tỉnh Hà Lam yêu cầu công ty bồi thường 48,5 tỷ đồng."), P_YEUCAU),
 "khong-same": (P_KHONG, P_KHONG),
 "khong-para": ("Công ty Thủy điện Nậm Khê không chấp nhận yêu cầu bồi thường của tỉnh.", P_KHONG),
 "chua-same": (P_BO, P_BO),
 "chua-para": ("Bộ Công Thương vẫn chưa đưa ra kết luận về vụ việc.", P_BO),
 "40": ("Khoảng 40% diện tích bị ngập là lúa chưa thu hoạch.", P_40),
 "khong-chet": ("Hai người bị thương, không có người chết.", P_40),
 "96": ("Công ty đã đề nghị hỗ trợ 9,6 tỷ đồng, tương đương khoảng 800.000 đồng cho mỗi hộ.", P_96),
 "96-nghin": ("Công ty đã đề nghị hỗ trợ khoảng 800 nghìn đồng cho mỗi hộ.", P_96),
 "96-khong-phai": ("Công ty khẳng định khoản 9,6 tỷ đồng không phải tiền bồi thường.", P_96),
 "15": ("Công ty nói rằng dòng chảy chưa bao giờ thấp hơn 15 m3/giây.", P_15),
 "phat": ("Năm 2020, công ty đã bị phạt 85 triệu đồng vì không thông báo kịp thời.", P_PHAT),
 "mua": ("Theo công ty, lượng mưa tại lưu vực trong ba ngày đạt 620 mm.", P_MUA),
 "doan": ("Đoàn kiểm tra của bộ dự kiến sẽ làm việc tại tỉnh từ ngày 23 tháng 3 năm 2026.", P_DOAN),
 "gaplai": ("Hai bên sẽ gặp lại vào thứ Năm, ngày 19 tháng 3 năm 2026.", P_GAPLAI),
 "gaplai-wrapped": ("Hai bên sẽ gặp lại vào thứ\nNăm, ngày 19 tháng 3 năm 2026.", P_GAPLAI),
 "lan-thu-hai": ("Hai bên sẽ họp lần thứ hai vào ngày 19 tháng 3 năm 2026.", P_GAPLAI),
 "canbo": ("Một số cán bộ xã được cho là đã không chuyển thông báo của công ty tới người dân.", P_CANBO),
 "duc": ('Ông Lê Minh Đức nói: "Doanh nghiệp không thể xả nước như vậy mà không chịu trách nhiệm về thiệt hại của '
         'người dân."', P_DUC),
}
MISSTATEMENTS = {
 "yeucau-scale": ("Tỉnh Hà Lam yêu cầu công ty bồi thường 48,5 triệu đồng cho khoảng 12.000 hộ nông dân.", P_YEUCAU,
                  "48,5 triệu"),
 "yeucau-nghin": ("Tỉnh Hà Lam yêu cầu công ty bồi thường cho khoảng 12 triệu hộ nông dân.", P_YEUCAU, "12 triệu"),
 "yeucau-fig": ("Tỉnh Hà Lam yêu cầu công ty bồi thường 45,8 tỷ đồng.", P_YEUCAU, "45,8"),
 "yeucau-month": ("Ngày 10 tháng 4 năm 2026, tỉnh Hà Lam yêu cầu công ty bồi thường 48,5 tỷ đồng.", P_YEUCAU,
                  "tháng 4"),
 "yeucau-qual": ("Tỉnh Hà Lam yêu cầu công ty bồi thường cho 12.000 hộ nông dân.", P_YEUCAU, "qualifier"),
 "khong": ("Công ty chấp nhận yêu cầu này.", P_KHONG, "negation"),
 "khong-para": ("Công ty Thủy điện Nậm Khê đã chấp nhận yêu cầu bồi thường của tỉnh.", P_KHONG, "negation"),
 "chua": ("Bộ Công Thương đã đưa ra kết luận về việc công ty vi phạm quy trình vận hành.", P_BO, "negation"),
 "40": ("Khoảng 40% diện tích bị ngập là lúa vụ mùa đã thu hoạch.", P_40, "negation"),
 "khong-chet": ("Hai người bị thương, có người chết.", P_40, "negation"),
 "96-added": ("Công ty không đề nghị hỗ trợ các hộ dân.", P_96, "negation"),
 "96-scale": ("Công ty đã đề nghị hỗ trợ 9,6 triệu đồng.", P_96, "9,6 triệu"),
 "15": ("Công ty nói rằng dòng chảy đã thấp hơn 15 m3/giây.", P_15, "negation"),
 "phat": ("Năm 2020, công ty đã bị phạt 85 tỷ đồng vì không thông báo kịp thời.", P_PHAT, "85 tỷ"),
 "mua-who": ("Theo tỉnh, lượng mưa tại lưu vực trong ba ngày đạt 620 mm.", P_MUA, "tỉnh"),
 "doan-will": ("Đoàn kiểm tra của bộ sẽ làm việc tại tỉnh từ ngày 23 tháng 3 năm 2026.", P_DOAN, "expected"),
 "gaplai-weekday": ("Hai bên sẽ gặp lại vào thứ Sáu, ngày 19 tháng 3 năm 2026.", P_GAPLAI, "thứ Sáu"),
 "gaplai-day": ("Hai bên sẽ gặp lại vào ngày 20 tháng 3 năm 2026.", P_GAPLAI, "20 tháng 3"),
 "canbo-hedge": ("Một số cán bộ xã đã không chuyển thông báo của công ty tới người dân.", P_CANBO, "được cho là"),
 "duc-quote": ('Ông Lê Minh Đức nói: "Doanh nghiệp có thể xả nước như vậy."', P_DUC, "quoted words"),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_vietnamese_wording_builds(vietnamese, sentence: str, passage: str):
    found = sentence_findings(unicodedata.normalize("NFC", sentence), (passage,), "vi", PARTIES)
    assert found == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_vietnamese_misstatement_is_refused(vietnamese, sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "vi", PARTIES)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("text, figures", [
    ("48,5 tỷ đồng", [48_500_000_000]), ("85 triệu đồng", [85_000_000]), ("12 nghìn hộ", [12_000]),
    ("12 ngàn hộ", [12_000]), ("2,4 tỉ đồng", [2_400_000_000]), ("3 nghìn tỷ đồng", [3 * 10**12]),
    ("khoảng 12.000 hộ", [12_000]), ("3,5%", [Decimal("3.5")])])
def test_vietnamese_scales_are_read(vietnamese, text: str, figures: list):
    assert sorted(q.value for q in quantities_in(text, "vi")) == [Decimal(f) for f in figures]


def test_a_letter_typed_with_its_accents_apart_is_read_as_the_letter():
    """Content typed decomposed is the text a reader sees; a mark that makes no letter is still refused."""
    typed = "says: Công ty không chấp nhận yêu cầu này, ông Nguyễn Văn Hải nói.\n"
    assert decode_text(unicodedata.normalize("NFD", typed).encode(), "claims.yaml") == typed
    for marked in ("says: x\u0302 ", "says: 3\u03233 mét"):
        with pytest.raises(YamlProblem, match="combining mark"):
            decode_text(marked.encode(), "claims.yaml")


def test_a_vietnamese_partys_short_syllables_name_it():
    assert {"nậm", "khê", "công"} <= party_words(PARTIES[1], "vi")
    assert "khê" not in party_words(PARTIES[1], "en")


def test_the_briefing_builds_and_its_pages_are_in_vietnamese(tmp_path: Path):
    """The whole briefing, every kind of content, in Vietnamese from a source saved decomposed (and one content file
    typed so): `lang="vi"` on every page, footnotes and the passages they lead to highlighted in the source."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / SLUG / "index.html").read_text(encoding="utf-8")
    assert '<html lang="vi" dir="ltr">' in page
    for words in ("Những gì chúng tôi biết", "Chú thích", "trong nguồn", "Đăng lần đầu", "Đính chính", "48,5 tỷ đồng",
                  "ngày 19 tháng 3 năm 2026", "12.000", "Nguyên văn lời họ", "Số liệu của hai bên",
                  'class="ref"', "được cho là"):
        assert words in page, words
    source = (desk / "site" / "sources" / "namkhe.html").read_text(encoding="utf-8")
    assert '<html lang="vi" dir="ltr">' in source and "<mark" in source and "Nậm Khê" in source
    home = (desk / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="vi" dir="ltr">' in home
