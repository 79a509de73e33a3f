"""A new user's briefing on a water dispute (tests/fixtures/newuser_88: Kesh, upstream, fills the reservoir of its new
Tarsk Dam; Varna, downstream, says the Oltan River's flow fell; a basin commission mediates), written from the README
alone, and what a fact-checker found reading it.

Honest sentences refused, now built:
- where and to whom a party spoke, told as such: "Speaking to reporters in Lovran." citing "Varna's water minister,
  Aleksandr Petrin, told reporters in Lovran." was "the word of" Petrin told as fact (speech_setting.py: a verb of
  saying's listener, place, time or occasion are no words of the speaker's);
- a negation in a condition of its own: "The ministry has not confirmed the union's estimate that losses could reach 90
  million euros if the flow does not recover" read its two "not"s as one clause negated twice (polarity.py: "if"
  opens a clause).
Misstatements that built, now refused:
- a denied verb affirmed: "The ministry has confirmed the union's estimate ..." citing "... a figure the ministry has
  not confirmed", backed by the estimate's own clause (polarity.py);
- an estimate's "could" told as "will" under the estimator's name: "Kalder says the filling will cut the flow" citing
  "Kalder estimated that the filling could cut" (forecasts.py reads an estimate as reporting its "could");
- a condition dropped from one of two joined clauses ("40,000 hectares depend on the river, and losses could reach 90
  million euros", conditions.py), or from a passage quoting it (', "if the rains are average"');
- a river's way turned: "downstream" for "upstream", in French, German, Spanish and Portuguese too (opposites.py);
- a deed turned of a short name's people: "Kesh accepts the charge" citing "a charge the Keshi government rejected"
  (opposite_deeds.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, findings_in_language, item_findings, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_88"
PARTIES = (Party(id="varna", name="Varna", role="downstream state", aliases=["Lovran", "Varnan"]),
           Party(id="kesh", name="Kesh", role="upstream state", aliases=["Sella", "Keshi"]),
           Party(id="commission", name="Oltan Basin Commission", short_name="the commission", role="mediator"))

PETRIN = "Varna's water minister, Aleksandr Petrin, told reporters in Lovran."
PETRIN_SAID = "Varna's water minister, Aleksandr Petrin, told reporters in Lovran that Kesh broke the treaty."
UNION = ("The union estimates that losses could reach 90 million euros this season if the flow does not recover, a "
         "figure the Varnan agriculture ministry has not confirmed.")
HECTARES = ("The Varna Farmers' Union said about 40,000 hectares of rice and cotton in the lower Oltan valley depend "
            "on water drawn from the river.")
KALDER = ("Kalder estimated that the filling could cut the river's dry-season flow into Varna by 15 to 20 per cent, "
          '"if the rains are average".')
ARTICLE_4 = ("Article 4 requires the upstream state to let at least 280 cubic metres per second pass the border during "
             "the dry season, from July to October.")
DAM = ("The Tarsk Dam, a 1,800-megawatt hydropower plant about 90 kilometres upstream of the border, cost an estimated "
       "$4.3 billion.")
CHARGE = ("Varna accused Kesh on Tuesday of cutting the flow of the Oltan River by more than a third, a charge the "
          'Keshi government rejected as "alarmist and unsupported by the measurements".')

HONEST = {
    "setting-told": ("Speaking to reporters in Lovran.", PETRIN),
    "setting-spoke": ("He spoke to reporters in Lovran.", PETRIN),
    "not-confirmed-if-not": ("The ministry has not confirmed the union's estimate that losses could reach 90 million "
                             "euros if the flow does not recover.", UNION),
    "not-yet-confirmed": ("The ministry has not yet confirmed the union's estimate that losses could reach 90 million "
                          "euros if the flow does not recover.", UNION),
    "estimate-could-kept": ("Kalder says the filling could cut the dry-season flow into Varna by 15 to 20 per cent if "
                            "the rains are average.", KALDER),
    "estimate-may": ("Kalder says the filling may cut the dry-season flow by 15 to 20 per cent if the rains are "
                     "average.", KALDER),
    "upstream-kept": ("Article 4 requires the upstream state to let at least 280 cubic metres per second pass the "
                      "border.", ARTICLE_4),
    "upriver-for-upstream": ("The Tarsk Dam lies about 90 kilometres upriver of the border.", DAM),
    "rejects-kept": ('Kesh rejects the charge as "alarmist and unsupported by the measurements".', CHARGE),
}
MISSTATED = {
    "said-after-setting-as-fact": ("Kesh broke the treaty.", PETRIN_SAID, "the word of Varna's water minister"),
    "denied-verb-affirmed": ("The ministry has confirmed the union's estimate that losses could reach 90 million euros "
                             "if the flow does not recover.", UNION,
                             "drops the negation of its cited passage ('a figure the Varnan agriculture ministry"),
    "estimate-could-as-will": ("Kalder says the filling will cut the dry-season flow into Varna by 15 to 20 per cent "
                               "if the rains are average.", KALDER, "worded as certain ('will')"),
    "estimate-could-as-will-after": ("The filling will cut the dry-season flow into Varna by 15 to 20 per cent if the "
                                     "rains are average, Kalder says.", KALDER, "worded as certain ('will')"),
    "quoted-condition-dropped": ("Kalder says the filling could cut the dry-season flow into Varna by 15 to 20 per "
                                 "cent.", KALDER, "only on a condition ('if the rains are average')"),
    "downstream-for-upstream": ("Article 4 requires the downstream state to let at least 280 cubic metres per second "
                                "pass the border.", ARTICLE_4,
                                "says 'downstream' where its cited passages say 'upstream'"),
    "dam-downstream": ("The Tarsk Dam is about 90 kilometres downstream of the border.", DAM, "says 'downstream'"),
    "accepts-for-rejected": ("Kesh accepts the charge.", CHARGE,
                             "says 'accepts' where its cited passages say 'rejected'"),
    "accepted-for-rejected": ("Kesh accepted the charge of cutting the flow.", CHARGE, "where its cited passages say "
                                                                                       "'rejected'"),
}


def found(sentence: str, passages: str | tuple[str, ...]) -> list[str]:
    """Return the findings of a sentence citing passages, in English, of the water dispute's parties."""
    return sentence_findings(sentence, (passages,) if isinstance(passages, str) else passages, "en", PARTIES,
                             published="2026-11-10")


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, said: str):
    findings = found(sentence, passage)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("text, refused", [
    ("About 40,000 hectares of rice and cotton depend on the river, and losses could reach 90 million euros this "
     "season.", "only on a condition ('if the flow does not recover')"),
    ("About 40,000 hectares of rice and cotton depend on the river; losses could reach 90 million euros.",
     "only on a condition ('if the flow does not recover')"),
    ("About 40,000 hectares of rice and cotton depend on the river, and losses could reach 90 million euros this "
     "season if the flow does not recover.", ""),
    ("About 40,000 hectares of rice and cotton depend on the river.", ""),
])
def test_a_condition_is_kept_in_each_joined_clause(text: str, refused: str):
    """A claim joining a plain fact and a conditioned one keeps the condition of the second: the sentence shared more
    words with the plain passage than with the conditioned one, and the condition's drop went unread."""
    findings = item_findings(text, (HECTARES, UNION), "en", PARTIES, by_claimant=True)
    assert (any(refused in finding for finding in findings) if refused else findings == []), findings


@pytest.mark.parametrize("passage, sentence, builds", [
    ("Varna's minister told the commission in April that Kesh broke the treaty.", "Kesh broke the treaty.", False),
    ("Varna's minister said at a news conference in Lovran that Kesh broke the treaty.", "Kesh broke the treaty.",
     False),
    ("Varna's minister told reporters the river had fallen sharply since October.",
     "The river had fallen sharply since October.", False),
    ("Varna's water ministry said on Tuesday.", "The ministry spoke on Tuesday.", True),
    ("Varna's minister spoke at a news conference in Lovran.", "He spoke at a news conference in Lovran.", True),
])
def test_a_speakers_setting_is_not_its_words(passage: str, sentence: str, builds: bool):
    """What follows a verb of saying's listener and setting ("told reporters in Lovran that ...") is still the
    speaker's word; the setting alone ("told reporters in Lovran.") is none."""
    assert (found(sentence, passage) == []) == builds


@pytest.mark.parametrize("language, sentence, passage, builds", [
    ("fr", "Le barrage se trouve à 90 kilomètres en aval de la frontière.",
     "Le barrage se trouve à 90 kilomètres en amont de la frontière.", False),
    ("fr", "Le barrage se trouve à 90 kilomètres en amont de la frontière.",
     "Le barrage se trouve à 90 kilomètres en amont de la frontière.", True),
    ("de", "Der Staudamm liegt 90 Kilometer flussabwärts der Grenze.",
     "Der Staudamm liegt 90 Kilometer flussaufwärts der Grenze.", False),
    ("es", "La presa está 90 kilómetros aguas abajo de la frontera.",
     "La presa está 90 kilómetros aguas arriba de la frontera.", False),
    ("es", "La presa está 90 kilómetros aguas arriba de la frontera.",
     "La presa está 90 kilómetros aguas arriba de la frontera.", True),
])
def test_a_rivers_way_is_kept_in_other_languages(language: str, sentence: str, passage: str, builds: bool):
    assert (findings_in_language(language, sentence, passage) == []) == builds


def test_the_briefing_builds(tmp_path: Path):
    """The water dispute's briefing builds: each side's flow figure and the commission's in one table, a hedged
    estimate kept with its condition, a quote's context telling where its speaker spoke, and a correction logged."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "oltan-dam" / "index.html").read_text(encoding="utf-8").split())
    for words in ("Speaking to reporters in Lovran.", "if the rains are average",
                  "The Tarsk Dam will not take a single drop", "We said the reservoir held 3.1 billion cubic metres"):
        assert words in page, words


def _edited(tmp_path: Path, name: str, old: str, new: str) -> Path:
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    path = desk / "content" / "oltan-dam" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return desk


@pytest.mark.parametrize("name, old, new, refused", [
    ("background.yaml", "Article 4 requires the upstream state", "Article 4 requires the downstream state",
     "background.yaml:14: `body`: this sentence says 'downstream' where its cited passages say 'upstream'"),
    ("background.yaml", "about 90 kilometres upstream", "about 90 kilometres downstream",
     "background.yaml:10: `body`: this sentence says 'downstream'"),
    ("briefing.yaml", "Kesh rejects the charge as", "Kesh accepts the charge as",
     "briefing.yaml:4: `summary`: this sentence says 'accepts' where its cited passages say 'rejected'"),
    ("claims.yaml", "The filling could cut the dry-season flow", "The filling will cut the dry-season flow",
     "claims.yaml:68: `says`: the source gives this only as expected ('could'), but it is worded as certain ('will')"),
    ("claims.yaml", "while it lasts, if the rains are average;", "while it lasts;",
     "claims.yaml:68: `says`: the source gives this only on a condition ('if the rains are average')"),
    ("claims.yaml", "losses could reach 90 million euros this season if the flow does not recover.",
     "losses could reach 90 million euros this season.",
     "claims.yaml:59: `says`: the source gives this only on a condition ('if the flow does not recover')"),
    ("caveats.yaml", "Varna's agriculture ministry has not confirmed", "Varna's agriculture ministry has confirmed",
     "caveats.yaml:6: `text`: this sentence drops the negation of its cited passage"),
])
def test_a_misstatement_in_the_briefing_is_refused_on_its_line(tmp_path: Path, name: str, old: str, new: str,
                                                               refused: str):
    result = run_build(_edited(tmp_path, name, old, new), "check")
    assert result.code == 1 and f"error: content/oltan-dam/{refused}" in result.err, result.err
