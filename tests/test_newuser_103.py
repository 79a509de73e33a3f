"""A new user's briefing on a merger decision (tests/fixtures/newuser_103: the Competition and Markets Commission
clears Marlow Stores' merger with Fennick Foodhalls on conditions, 48 stores to sell and a three-year price cap, and
blocks their home-delivery deal), written from the README alone, with the companies' own press release as a second
source, and what an editor's misstatements of it showed: an appeal weighed told as lodged or under way, a cap for
three years told as permanent, stores still to sell told as sold, and a fine not appealed told as appealed."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, findings_in_language, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_103"
PARTIES = (Party(id="commission", name="Competition and Markets Commission", short_name="The commission",
                 role="regulator"),
           Party(id="marlow", name="Marlow Stores", short_name="Marlow", role="merging company"),
           Party(id="fennick", name="Fennick Foodhalls", short_name="Fennick", role="merging company"),
           Party(id="union", name="Retail and Distribution Workers' Union", short_name="The union", role="union"),
           Party(id="shoppers", name="Shoppers' Voice", role="consumer group"))

CLEARED = ("CASTLEFORD, 12 November 2026 - The Competition and Markets Commission on Thursday cleared the £2.4 billion "
           "merger of Marlow Stores and Fennick Foodhalls, the country's second- and fourth-largest grocers, on "
           "condition that the two companies sell 48 supermarkets and cap the prices of 300 everyday products for three "
           "years.")
BLOCKED = ("The commission blocked one part of the deal outright. Marlow and Fennick may not combine their home-delivery "
           "businesses, MarlowDirect and Fennick Express, which together handle more than half of all online grocery "
           "orders outside the capital.")
CONDITIONS = ("Under the conditions, the 48 stores must be sold within six months of the merger completing, to one or "
              "more buyers the commission approves. The stores are in 37 local areas where the commission found that "
              "the two chains were each other's closest rival. None of the stores has yet been sold, and the merger may "
              "not complete until a buyer for the first 20 has been approved.")
CAP = ("The price cap covers 300 staple products, among them bread, milk, eggs, nappies and tinned vegetables. Their "
       "prices may rise no faster than the consumer price index for three years from completion. After that the cap "
       "lapses, although the commission said it would review prices in the sixth month before it ends.")
STAFF = ("The commission estimates that the 48 stores employ about 1,900 people. The buyers must keep their staff on the "
         "same terms for at least 12 months.")
SHARES = ("According to the commission's figures, Marlow holds 21 per cent of the grocery market and Fennick 14 per "
          "cent, so that the merged company would have held 35 per cent. Orchard, the market leader, holds 24 per "
          "cent, Bexley 17 per cent and smaller grocers and discounters the remaining 24 per cent.")
AFTER = ("Once the 48 stores are sold, the commission expects the merged company's share to fall to 31 per cent. "
         "Orchard's share would stay at 24 per cent, while Bexley and the smaller grocers would together hold 45 per "
         "cent, depending on who buys the stores.")
RESPONSE = ("In a joint statement, Marlow and Fennick welcomed the clearance but said they were disappointed by the "
            "decision on home delivery. \"We will consider an appeal against the ruling on MarlowDirect and Fennick "
            "Express,\" the companies said. They did not say when they would decide. An appeal would go to the "
            "Competition Appeal Tribunal, which can quash the commission's decision or send it back; it has 21 days to "
            "be lodged.")
RELEASE_APPEAL = ("The companies are disappointed that the Commission has not allowed MarlowDirect and Fennick Express "
                  "to combine. They will consider an appeal to the Competition Appeal Tribunal and will set out their "
                  "decision in due course.")
RELEASE_SHARE = ("The combined business will trade from 1,140 supermarkets and employ 96,000 colleagues. Once the agreed "
                 "store sales are complete, it will hold a share of about 29 per cent of the grocery market.")
TULL = ("Marlow's chief executive, Graham Tull, said the merger would bring \"lower prices for millions of shoppers\" "
        "and that the store sales were \"a price worth paying\". The companies have said the deal will save £180 "
        "million a year, a figure the commission said it had not verified.")
FINE = ("It is not the first time the commission has dealt with Marlow. In 2023 it fined the company £12.5 million for "
        "buying 14 convenience stores in 2021 without telling the commission, which must be notified of such "
        "purchases. Marlow paid the fine and did not appeal.")
NO_PART = "The commission said the earlier case had played no part in Thursday's decision."
NEXT = ("The decision is the end of the commission's second-phase investigation, which began in April 2026 and heard "
        "from more than 40 suppliers, rivals and consumer groups. The commission is a regulator, not a court: it can "
        "block or clear a merger and impose conditions, but the companies may challenge its decision before the "
        "tribunal.")
UNION = ("The Retail and Distribution Workers' Union said it feared for the jobs of the staff in the stores to be sold "
         "and in the two companies' head offices. The union said up to 2,500 jobs could be lost across the merged "
         "company, including 600 at the head offices in Castleford and Ryeport.")


def found(sentence: str, *passages: str) -> list[str]:
    """Return the findings of a sentence citing passages of the decision's report, in English."""
    return sentence_findings(sentence, passages, "en", PARTIES, published="2026-11-12")


def edited_check(tmp_path: Path, file: str, old: str, new: str):
    """Return the result of `check` on the briefing with one edit made to one of its files."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    path = desk / "content" / "grocery-merger" / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return run_build(desk, "check")


def test_the_briefing_builds(tmp_path: Path):
    """The merger briefing builds: a clearance on conditions and a ban in part, the regulator's figures beside the
    press release's, each side's claims, quotes, caveats and a logged update."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "grocery-merger" / "index.html").read_text(encoding="utf-8").split())
    for words in ("blocked the combination of their home-delivery businesses", "It is a countdown",
                  "Marlow paid the fine and did not appeal", "about 29 per cent"):
        assert words in page, words


@pytest.mark.parametrize("sentence, passage", [
    # the ban and the conditions kept apart
    ("The Competition and Markets Commission blocked the £2.4 billion merger of Marlow Stores and Fennick Foodhalls.",
     CLEARED),
    ("The commission prohibited the £2.4 billion merger of Marlow Stores and Fennick Foodhalls.", CLEARED),
    ("The commission cleared the £2.4 billion merger of Marlow Stores and Fennick Foodhalls unconditionally.", CLEARED),
    ("Marlow and Fennick may combine their home-delivery businesses if they sell stores.", BLOCKED),
    # the market shares swapped between the companies, and the merged share told as held
    ("Marlow holds 14 per cent of the grocery market and Fennick 21 per cent.", SHARES),
    ("Fennick holds 21 per cent of the grocery market.", SHARES),
    ("Fennick, with 21 per cent, is the larger of the two.", SHARES),
    ("The merged company holds 31 per cent of the grocery market.", AFTER),
    # the press release's figures told as the regulator's
    ("According to the commission, the merged company will hold about 29 per cent of the grocery market.",
     RELEASE_SHARE),
    ("The commission estimates the deal will save £180 million a year.", TULL),
    ("The commission estimates that the 48 stores employ 1,650 people.", STAFF),
    # an appeal weighed told as made or decided
    ("Marlow and Fennick have appealed against the ruling on home delivery.", RESPONSE),
    ("The companies will appeal to the Competition Appeal Tribunal.", RELEASE_APPEAL),
    ("The companies decided to appeal the ruling on home delivery.", RESPONSE),
    ("The Competition Appeal Tribunal has quashed the commission's decision.", RESPONSE),
    # the earlier fine told as this case's
    ("The commission fined Marlow £12.5 million on Thursday.", FINE),
    ("In 2026 the commission fined Marlow £12.5 million.", FINE),
    ("The earlier fine weighed on Thursday's decision.", FINE, ),
    # the regulator given a role it lacks
    ("The commission is a court.", NEXT),
    ("The commission sued Marlow and Fennick.", NEXT),
    ("As plaintiff, the commission challenged the merger before the tribunal.", NEXT),
    # the cap told as longer or lasting
    ("The two companies must cap the prices of 300 everyday products for five years.", CLEARED),
    ("The two companies must cap the prices of 300 everyday products permanently.", CLEARED),
    # the union's fear told as certain
    ("Up to 2,500 jobs will be lost across the merged company.", UNION),
    ("The buyers must keep staff on the same terms for 12 months at most.", STAFF),
    ("The buyers must keep staff on the same terms permanently.", STAFF),  # "for at least 12 months": no term
])
def test_the_editors_misstatements_already_refused(sentence: str, passage: str):
    """Misstatements of the decision the build refused before this briefing was written: kept refused."""
    assert found(sentence, passage + (" " + NO_PART if "weighed" in sentence else ""))


RELEASE_STAFF = ("The companies have agreed to sell 48 supermarkets and to limit price rises on 300 everyday products "
                 "to the rate of inflation for three years. The 1,650 colleagues working in those stores will transfer "
                 "to their new owners on their current terms.")


@pytest.mark.parametrize("sentence, expected", [
    ("The commission says 1,650 people work in the stores to be sold.", "gives the words to The commission"),
    ("The 1,650 colleagues working in the stores will transfer to their new owners.", "word of Marlow Stores"),
    ("The companies say the 1,650 colleagues working in those stores will transfer to their new owners.", "ok"),
])
def test_the_press_releases_figure_is_its_own(sentence: str, expected: str):
    """The release is marked `statement_of: Marlow Stores` (sources.yaml): its staff figure, which differs from the
    commission's "about 1,900", may be given as the companies' word only."""
    findings = sentence_findings(sentence, (RELEASE_STAFF,), "en", PARTIES, statement_of="Marlow Stores",
                                 published="2026-11-12")
    if expected == "ok":
        assert findings == []
    else:
        assert any(expected in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("The companies have lodged an appeal with the Competition Appeal Tribunal.", RESPONSE),
    ("Marlow and Fennick have filed an appeal against the ruling on home delivery.", RESPONSE),
    ("The companies launched their appeal against the ruling on home delivery.", RESPONSE),
    ("The companies will lodge an appeal against the ruling on home delivery.", RESPONSE),
    ("The companies are appealing the ruling on home delivery.", RESPONSE),
    ("Marlow and Fennick are now appealing the ruling on MarlowDirect and Fennick Express.", RESPONSE),
    ("Marlow and Fennick were appealing to the Competition Appeal Tribunal.", RELEASE_APPEAL),
])
def test_an_appeal_weighed_told_as_lodged_or_under_way_is_refused(sentence: str, passage: str):
    """"will consider an appeal" backs no appeal lodged, filed or launched (the act told by its noun), nor one under
    way ("are appealing"): only "appealed" and "will appeal" were read."""
    assert any("tells as decided" in finding and "consider an appeal" in finding for finding in found(sentence, passage))


@pytest.mark.parametrize("sentence, passage", [
    ("The companies said they will consider an appeal against the ruling on home delivery.", RESPONSE),
    ("The companies are considering an appeal against the ruling on home delivery.", RESPONSE),
    ("Marlow and Fennick are weighing an appeal to the Competition Appeal Tribunal.", RELEASE_APPEAL),
    ("Marlow and Fennick have not lodged an appeal against the ruling on home delivery.", RESPONSE),
    ("An appeal against the ruling on home delivery would have to be lodged within 21 days.", RESPONSE),
])
def test_an_appeal_still_weighed_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage", [
    ("The price cap on 300 staple products is permanent.", CAP),
    ("The prices of the 300 products are capped in perpetuity.", CAP),
    ("Their prices may rise no faster than the consumer price index for good.", CAP),
    ("The prices of the 300 products may rise no faster than inflation for ever.", CAP),
    ("Marlow and Fennick must cap the prices of 300 everyday products for good.", CLEARED),
    ("The two companies must cap the prices of 300 everyday products, with no end date.", CLEARED),
])
def test_a_term_told_as_lasting_is_refused(sentence: str, passage: str):
    """A passage's term ("for three years") bounds what its sentence tells as "until" does, and a sentence opening on
    a pronoun ("Their prices") tells of the one before's subject (the cap)."""
    assert any("makes lasting" in finding for finding in found(sentence, passage))


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "Les prix des 300 produits sont plafonnés de façon permanente.",
     "Les prix des 300 produits de base seront plafonnés pendant trois ans."),
    ("fr", "Les prix des 300 produits sont plafonnés définitivement.",
     "Les prix des 300 produits de base seront plafonnés pendant trois ans."),
    ("es", "Los precios de los 300 productos quedan topados indefinidamente.",
     "Los precios de los 300 productos básicos quedarán topados durante tres años."),
    ("es", "Los precios de los 300 productos quedan topados para siempre.",
     "Los precios de los 300 productos básicos quedarán topados durante tres años."),
    ("de", "Die Preise der 300 Produkte werden dauerhaft gedeckelt.",
     "Die Preise der 300 Grundprodukte werden für drei Jahre gedeckelt."),
    ("de", "Die Preise der 300 Produkte werden für immer gedeckelt.",
     "Die Preise der 300 Grundprodukte werden drei Jahre lang gedeckelt."),
])
def test_a_term_told_as_lasting_is_refused_in_french_spanish_and_german(language: str, sentence: str, passage: str):
    assert any("makes lasting" in finding for finding in findings_in_language(language, sentence, passage))


@pytest.mark.parametrize("language, sentence, passage", [
    ("en", "Prices of the 300 products may rise no faster than the consumer price index for three years from "
           "completion.", CAP),
    ("en", "The price cap on 300 staple products lapses after three years.", CAP),
    ("en", "The price cap on 300 staple products is not permanent.", CAP),
    ("en", "The buyers must keep their staff on the same terms for at least 12 months.", STAFF),
    ("en", "Shoppers' Voice asked for a permanent price cap.",
     "The consumer group Shoppers' Voice welcomed the price cap but said three years was too short."),
    ("en", "The union has never agreed to pay cuts.", "The union has not agreed to pay cuts for many years."),
    ("fr", "Les prix des 300 produits sont plafonnés pendant trois ans.",
     "Les prix des 300 produits de base seront plafonnés pendant trois ans."),
    ("es", "Los precios de los 300 productos quedan topados durante tres años.",
     "Los precios de los 300 productos básicos quedarán topados durante tres años."),
    ("de", "Die Preise der 300 Produkte werden drei Jahre lang gedeckelt.",
     "Die Preise der 300 Grundprodukte werden für drei Jahre gedeckelt."),
])
def test_a_term_kept_builds(language: str, sentence: str, passage: str):
    findings = found(sentence, passage) if language == "en" else findings_in_language(language, sentence, passage)
    assert findings == []


@pytest.mark.parametrize("sentence", [
    "The 48 stores have been sold.",
    "The stores have been sold.",
    "Marlow and Fennick have sold the stores.",
    "Some of the stores have been sold.",
    "The first 20 stores have been sold.",
])
def test_stores_still_to_sell_told_as_sold_is_refused(sentence: str):
    """"None of the stores has yet been sold" denies a short verb of its one long word: read as a negated subject's
    verb, a clause telling the stores sold drops its negation."""
    assert any("drops a negation" in finding or "negation" in finding for finding in found(sentence, CONDITIONS))


@pytest.mark.parametrize("sentence", [
    "None of the stores has been sold.",
    "No store has been sold yet.",
    "None of the 48 stores has yet been sold.",
    "The 48 stores must be sold within six months of the merger completing.",
    "The stores have been valued.",
])
def test_stores_still_to_sell_kept_builds(sentence: str):
    assert found(sentence, CONDITIONS) == []


@pytest.mark.parametrize("sentence", [
    "Marlow appealed the £12.5 million fine.",
    "Marlow challenged the £12.5 million fine on appeal.",
    "Marlow paid the fine and appealed.",
])
def test_a_fine_not_appealed_told_as_appealed_is_refused(sentence: str):
    """"Marlow paid the fine and did not appeal": the clause with no subject of its own tells of Marlow."""
    assert any("negation" in finding for finding in found(sentence, FINE))


@pytest.mark.parametrize("sentence", [
    "Marlow paid the £12.5 million fine and did not appeal.",
    "Marlow did not appeal the £12.5 million fine.",
    "Marlow never appealed the fine.",
])
def test_a_fine_not_appealed_kept_builds(sentence: str):
    assert found(sentence, FINE) == []


@pytest.mark.parametrize("file, old, new, expected", [
    ("briefing.yaml", "The companies say they will\n  consider an appeal", "The companies have\n  lodged an appeal",
     "briefing.yaml:6:"),
    ("background.yaml", "for three years from completion; after that the cap lapses", "for good",
     "background.yaml:8:"),
    ("background.yaml", "approves[^six-months]. None of the stores has yet been sold",
     "approves[^six-months]. The stores have been sold", "background.yaml:7:"),
    ("background.yaml", "Marlow paid the fine and did not appeal[^paid]", "Marlow paid the fine and appealed[^paid]",
     "background.yaml:14:"),
])
def test_the_misstatements_are_refused_on_their_line(tmp_path: Path, file: str, old: str, new: str, expected: str):
    """Each misstatement, made in the briefing, stops the build with its file and line."""
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 1 and expected in result.err, result.err
