"""A Turkish briefing written from scratch, as the README tells a new editor to: a municipal election result two
parties dispute, with a project locale (locales/tr.yaml: "29 Mart 2026", a decimal comma, the words the checks read).

Sources (tests/fixtures/newuser_25/seeds/): a news agency's report of the count ("1.275 oy", "%48,7", "yüzde 78,4",
"3,1 puan düştü", "%12 arttı", "1,2 milyar lira", the two parties' officials quoted, 'Işık, "..." dedi'), its report of
the election board's ruling ("124.262'ye düştü", "1.198 oya geriledi", "kabul edilmediğini", "rastlanmadığını",
"durdurmuyor") and a newspaper's follow-up ("vermesi bekleniyor", "iddia ediliyor", "kabul etmiyor", its correction).

What the new editor met: a rise told as a fall ("3,1 puan arttı" citing "3,1 puan düştü") built, no Turkish word of rise
or fall being read, nor one after the figure's unit and case ending; a negation dropped inside the word ("kabul
edildiğini" citing "kabul edilmediğini", "kabul ediyor" citing "kabul etmiyor") built; a scale changed ("1,2 milyon
lira" citing "1,2 milyar lira") built, and the honest "410 bin" was refused; a quote given to the other side
('Zeynep Kaya, "..." dedi' citing 'Işık, "..." dedi') built, the speaker standing before the quotation and "dedi"
after it, and two officials sharing the title "Başkanı" were one speaker; a future stated as certain ("verecek"
citing "vermesi bekleniyor") and a rank changed ("ikinci kadın" citing "ilk kadın") built; "%12" and "yüzde 12" were
plain figures, so a table's 48.7 with no unit cited "%48,7". And `cite` of "IŞIK" or "ışık" found no "Işık" ("I" lowers
to "i" in Python, to "ı" in Turkish), `new` said "no locale for language 'tr' yet" of a locale holding one key twice,
and "iddia ediyor" was refused as a hedge dropped where the locale listed "iddia ediliyor": Turkish glues endings on,
and a locale now lists a word's stem ("iddia ed").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with


FIXTURE = REPO / "tests" / "fixtures" / "newuser_25"
BACKGROUND = "content/karacam-secimi/background.yaml"
COMPARISONS = "content/karacam-secimi/comparisons.yaml"

TURNOUT = ("ajans", "Katılım oranı yüzde 78,4 oldu; bu oran 2021'deki seçime göre 3,1 puan düştü.")
INVALID = ("ajans", "Geçersiz oylar bir önceki seçime göre %12 arttı.")
RECOUNT = ("kurul", "Sayımın ardından Yenilik Partisi (YP) adayı Ayşe Demir'in oyu 124.262'ye düştü")
REQUEST = ("kurul", "Öztürk, tüm sandıkların yeniden sayılması talebinin kabul edilmediğini bildirdi.")
SEALS = ("gazete", "YP ise mühürsüz oy pusulası bulunduğu iddiasını kabul etmiyor.")
PROTEST = ("gazete", "Gazetemizin ulaşabildiği HBP kaynakları, partinin YSK'nın kararı beklenirken sokak eylemi "
                     "düzenlemeyeceğini söyledi.")
INVESTMENT = ("ajans", "Yıldız, seçilmesi halinde su şebekesine 1,2 milyar lira yatırım yapacağını vaat etmişti.")
POPULATION = ("ajans", "Karaçam, yaklaşık 410.000 nüfusuyla bölgenin en büyük ikinci ilçesi.")
ISIK = ("ajans", "Işık, \"Sandıklarda ciddi usulsüzlükler var, her oyun hesabını soracağız\" dedi.")
PETITION = ("ajans", "HBP İl Başkanı İsmail Işık, pazartesi sabahı düzenlediği basın toplantısında 212 sandık için "
                     "itiraz dilekçesi vereceklerini söyledi.")
VICTORY = ("ajans", "Demir, seçim gecesi partililerine hitaben yaptığı konuşmada \"Bu zafer Karaçam'ın zaferidir\" dedi.")
DECISION = ("gazete", "YSK'nın kararını 10 gün içinde vermesi bekleniyor.")
FIRST = ("ajans", "Ayşe Demir seçilirse ilçenin ilk kadın belediye başkanı olacak.")
UNSEALED = ("gazete", "HBP'nin dilekçesinde, 212 sandığın 96'sında oy pusulalarının mühürsüz olduğu iddia ediliyor.")
ACCORDING = ("ajans", "Işık'a göre bazı sandıklarda HBP'ye verilen oylar geçersiz sayıldı.")


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the Karaçam election project, checked once, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def add_sentences(root: Path, *sentences: tuple[str, tuple[str, str]]) -> None:
    """Add each sentence to the background, citing its (source, quote) under a key of its own."""
    for number, (sentence, (source, quote)) in enumerate(sentences):
        edit(root / BACKGROUND, "      Seçimde 325.400", f"      {sentence}[^added-{number}]\n      Seçimde 325.400")
        edit(root / BACKGROUND, "citations:\n",
             f"citations:\n  added-{number}:\n    source: {source}\n    quote: {json.dumps(quote, ensure_ascii=False)}\n")


def test_the_election_briefing_builds_in_turkish(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "karacam-secimi" / "index.html").read_text(encoding="utf-8")
    assert "29 Mart 2026" in page and "124.310" in page and "48,7" in page and "yaklaşık 4.500" in page


@pytest.mark.parametrize("sentence, cited, named", [
    ("Katılım oranı 2021'deki seçime göre 3,1 puan arttı.", TURNOUT, '"3,1" is given as a rise'),
    ("Geçersiz oylar bir önceki seçime göre %12 azaldı.", INVALID, '"%12" is given as a fall'),
    ("Sayımın ardından Demir'in oyu 124.262'ye çıktı.", RECOUNT, '"124.262" is given as a rise'),
], ids=["unit-between", "percent-first", "level-reached"])
def test_a_turkish_rise_told_as_a_fall_is_refused(desk: Path, sentence: str, cited: tuple[str, str], named: str):
    add_sentences(desk, (sentence, cited))
    refused_with(desk, f"{BACKGROUND}:", named)


@pytest.mark.parametrize("sentence, cited, word", [
    ("Öztürk, tüm sandıkların yeniden sayılması talebinin kabul edildiğini bildirdi.", REQUEST, "edilmediğini"),
    ("YP, mühürsüz oy pusulası bulunduğu iddiasını kabul ediyor.", SEALS, "etmiyor"),
    ("HBP kaynakları, partinin sokak eylemi düzenleyeceğini söyledi.", PROTEST, "düzenlemeyeceğini"),
], ids=["-me-", "-m-iyor", "-me-y-ecek"])
def test_a_turkish_negation_dropped_inside_the_word_is_refused(desk: Path, sentence: str, cited: tuple[str, str],
                                                              word: str):
    add_sentences(desk, (sentence, cited))
    refused_with(desk, f"{BACKGROUND}:", f"drops the negation of '{word}'")


@pytest.mark.parametrize("sentence, cited, named", [
    ("Yıldız, su şebekesine 1,2 milyon lira yatırım vaat etmişti.", INVESTMENT, 'figure "1,2 milyon" is not in'),
    ("Zeynep Kaya, \"Sandıklarda ciddi usulsüzlükler var, her oyun hesabını soracağız\" dedi.", ISIK,
     "gives the words to Zeynep Kaya, but its cited passages give them to Işık"),
    ("YP İl Başkanı Zeynep Kaya, 212 sandık için itiraz dilekçesi vereceklerini söyledi.", PETITION,
     "gives the words to Zeynep Kaya, but its cited passages give them to HBP İl Başkanı İsmail Işık"),
    ("Yıldız, \"Bu zafer Karaçam'ın zaferidir\" dedi.", VICTORY, "gives the words to Yıldız"),
    ("YSK kararını 10 gün içinde verecek.", DECISION, "worded as certain ('verecek')"),
    ("Ayşe Demir seçilirse ilçenin ikinci kadın belediye başkanı olacak.", FIRST,
     "says 'ikinci kadın' where its cited passages say 'ilk kadın'"),
], ids=["milyon-for-milyar", "quote-given-to-the-other", "title-shared", "speaker-before-an-aside", "future",
        "rank"])
def test_a_turkish_misstatement_is_refused(desk: Path, sentence: str, cited: tuple[str, str], named: str):
    add_sentences(desk, (sentence, cited))
    refused_with(desk, f"{BACKGROUND}:", named)


def test_honest_turkish_wordings_build(desk: Path):
    """One build for all: each sentence is checked on its own, and any refused fails the build."""
    add_sentences(
        desk,
        ("Karaçam'ın nüfusu yaklaşık 410 bin.", POPULATION),
        ("Katılım oranı %78,4 oldu.", TURNOUT),
        ("Katılım oranı 2021'deki seçime göre 3,1 puan geriledi.", TURNOUT),
        ("Geçersiz oylar bir önceki seçime göre yüzde 12 arttı.", INVALID),
        ("Sayımın ardından Demir'in oyu 124.262'ye indi.", RECOUNT),
        ("Kurul, tüm sandıkların yeniden sayılması talebini kabul etmedi.", REQUEST),
        ("HBP, 96 sandıkta oy pusulalarının mühürsüz olduğunu iddia ediyor.", UNSEALED),
        ("HBP İl Başkanı Işık'a göre bazı sandıklarda HBP'ye verilen oylar geçersiz sayıldı.", ACCORDING),
        ("Demir, \"Bu zafer Karaçam'ın zaferidir\" dedi.", VICTORY),
        ("YSK'nın 10 gün içinde karar vermesi bekleniyor.", DECISION),
        ("Yıldız, seçilmesi halinde su şebekesine 1,2 milyar TL yatırım yapacağını vaat etmişti.", INVESTMENT),
    )
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_figure_the_source_gives_in_per_cent_needs_its_unit(desk: Path):
    """"%48,7" was read as a plain 48.7: a row in votes (`unit: oy`) took it."""
    edit(desk / COMPARISONS, '        unit: "%"', "        unit: oy")
    refused_with(desk, f"{COMPARISONS}:", "figure 48.7 (Oy oranı) is not in the passages cited for it",
                 'give the figure `unit: "%"`')


@pytest.mark.parametrize("typed", ["İSMAİL IŞIK", "ismail ışık"])
def test_cite_forgives_the_dotted_and_dotless_i(desk: Path, typed: str):
    result = run_build(desk, "cite", "ajans", typed)
    assert result.code == 0, result.err
    assert 'quote: "İsmail Işık"' in result.out


def test_new_names_the_mistake_of_a_locale_it_cannot_read(desk: Path):
    """It said "no locale for language 'tr' yet" of a locale holding one key twice."""
    locale = desk / "locales" / "tr.yaml"
    locale.write_text(locale.read_text(encoding="utf-8") + "first_published: İlk yayın\n", encoding="utf-8")
    result = run_build(desk, "new", "deneme", "--title", "Karaçam seçimi itiraza taşındı", "--source", "ajans")
    assert "no locale for language" not in result.err + result.out
    assert "locales/tr.yaml could not be read (line " in result.err + result.out
    assert "key 'first_published' appears twice" in result.err + result.out
