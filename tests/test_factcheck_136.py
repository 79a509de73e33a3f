"""A hundred-and-thirty-sixth fact-check: figures and dates, their precision, their multiples and their ranks.

Refused, where each built:
- a change in per cent of two rounded ends told as exact: "Applications rose by 144%." (or "are 144% higher") citing
  "Roughly 6,100 people have now applied for the scheme, up from about 2,500 last year" (rounded_differences.py);
- a multiple of two levels on the wrong side of its hedge: "Applications nearly halved." citing "fell from 100 to
  45", "Applications are more than double last year's." citing "from 100 to 190", "There were a third fewer
  applications." citing "fell from 90 to 80" (level_ratios.py, attribution._MULTIPLE, fractions_said.py); French and
  German multiples are read as English and Spanish ones: "a presque doublé" of "de 100 à 150", "hat sich fast
  verdoppelt" of "von 100 auf 150", "halbiert" of "von 100 auf 80";
- a figure the source sets aside, told as the figure: "The ministry counted 1,250 deaths." citing "980 deaths, not
  1,250 as first reported" (and French "et non", German "nicht", Spanish "y no", "not ... but", "rather than":
  set_aside_figures.py);
- an event ranked where the source ranks none: "C'était la deuxième manifestation de la semaine." (or "le premier
  accord", English "the first deal") citing a passage that ranks no demonstration, and a French superlative no passage
  uses, "la plus grande grève" (unranked_events.py);
- a timeline `date` of `2026-13`, and one in another month than the one `when` names alone ("September", dated
  2026-10 or 2026-10-01: crosscheck.py).

Built, where each was refused:
- "Applications nearly halved." citing "fell from 100 to 55";
- a timeline `date` of a month alone, `2026-06`, where `when` and the source name the month only: shown as "June 2026".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, edit, error_lines
from test_factcheck_129 import found  # a sentence citing one passage, read as a build reads its language
from test_newuser_93 import FIXTURE as DEBT  # the debt briefing, whose timeline has a "June" of no day

ROUNDED = "Roughly 6,100 people have now applied for the scheme, up from about 2,500 last year."
PLAIN = "6,100 people have now applied for the scheme, up from 2,500 last year."
ROUNDED_LEVELS = "Applications rose from about 2,500 last year to roughly 6,100 now."
TOLL = "The ministry counted 980 deaths, not 1,250 as first reported."
TOLL_FR = "Le ministère a compté 980 morts, et non 1 250."
TOLL_DE = "Das Ministerium zählte 980 Tote, nicht 1.250."
TOLL_ES = "El ministerio contó 980 muertos, y no 1.250."
STRIKE_FR = "Des milliers de personnes ont manifesté mardi contre la réforme."

# (language, sentence, passage)
HONEST = {
    # 1. a change in per cent of rounded ends, hedged; of plain ones, plain
    "rose-by-about-144": ("en", "Applications rose by about 144%.", ROUNDED),
    "rose-by-roughly-144": ("en", "Applications rose by roughly 144%.", ROUNDED),
    "about-144-higher": ("en", "Applications are about 144% higher than last year.", ROUNDED_LEVELS),
    "rose-by-144-plain": ("en", "Applications rose by 144%.", PLAIN),
    "144-higher-plain": ("en", "Applications are 144% higher than last year.", PLAIN),
    "fell-by-about-59": ("en", "Applications fell by about 59%.",
                         "Roughly 2,500 people have now applied, down from about 6,100 last year."),
    "rose-by-nearly-150": ("en", "Applications rose by nearly 150%.", ROUNDED),
    # 2. a multiple of two levels, on the side its hedge says
    "nearly-doubled": ("en", "Applications nearly doubled.", "Applications rose from 100 to 190."),
    "more-than-doubled": ("en", "Applications more than doubled.", "Applications rose from 100 to 250."),
    "almost-tripled": ("en", "Applications almost tripled.", "Applications rose from 100 to 290."),
    "halved": ("en", "Applications halved.", "Applications fell from 100 to 50."),
    "nearly-halved": ("en", "Applications nearly halved.", "Applications fell from 100 to 55."),
    "more-than-halved": ("en", "Applications more than halved.", "Applications fell from 100 to 45."),
    "a-third-fewer": ("en", "There were a third fewer applications.", "Applications fell from 90 to 60."),
    "a-third-less": ("en", "Applications were a third lower than last year.", "Applications fell from 90 to 60."),
    "a-quarter-higher": ("en", "Applications were a quarter higher.", "Applications rose from 80 to 100."),
    "nearly-double-last-year": ("en", "Applications are nearly double last year's.",
                                "Applications rose from 100 to 190."),
    "more-than-double-the": ("en", "Applications are more than double last year's.",
                             "Applications rose from 100 to 250."),
    "a-double-blow": ("en", "It was a double blow.", "It was a blow."),
    "nearly-double-its-debt": ("en", "Its assets are nearly double its debt.",
                               "The company reported debt of $40 million and assets of $75 million."),
    "fr-presque-double": ("fr", "Le nombre de candidatures a presque doublé.",
                          "Le nombre de candidatures est passé de 100 à 190."),
    "fr-plus-que-double": ("fr", "Le nombre de candidatures a plus que doublé.",
                           "Le nombre de candidatures est passé de 100 à 250."),
    "fr-triple": ("fr", "Le nombre de candidatures a triplé.", "Le nombre de candidatures est passé de 100 à 300."),
    "fr-double-given": ("fr", "Le nombre de candidatures a doublé.", "Le nombre de candidatures a doublé en un an."),
    "fr-double-overtaking": ("fr", "Il a doublé son adversaire dans la dernière ligne droite.",
                             "Il a dépassé son adversaire."),
    "de-fast-verdoppelt": ("de", "Die Zahl der Anträge hat sich fast verdoppelt.",
                           "Die Zahl der Anträge stieg von 100 auf 190."),
    "de-mehr-als-verdoppelt": ("de", "Die Zahl der Anträge hat sich mehr als verdoppelt.",
                               "Die Zahl der Anträge stieg von 100 auf 250."),
    "de-halbiert": ("de", "Die Zahl der Anträge hat sich halbiert.", "Die Zahl der Anträge sank von 100 auf 50."),
    # 3. the figure the source stands by, or the one it set aside told as such
    "the-kept-figure": ("en", "The ministry counted 980 deaths.", TOLL),
    "first-reported": ("en", "The ministry first reported 1,250 deaths.", TOLL),
    "not-1250": ("en", "The ministry's count is 980, not 1,250.", TOLL),
    "revised-from": ("en", "The ministry revised its count from 1,250 to 980.", TOLL),
    "not-but-kept": ("en", "The death toll was 980.", "The toll is not 1,250 but 980, the ministry said."),
    "given-again": ("en", "The ministry counted 1,250 deaths.",
                    "The ministry counted 980 deaths, not 1,250. A later count gave 1,250."),
    "had-said": ("en", "The company had said it would cut 1,500 jobs.",
                 "The company cut 1,200 jobs, not 1,500 as first reported."),
    "de-zunaechst": ("de", "Das Unternehmen strich zunächst 1.500 Stellen.",
                     "Das Unternehmen strich 1.200 Stellen, nicht 1.500."),
    "the-outcome": ("en", "Inflation was 5%.", "Inflation rose to 5%, not the 4% analysts expected."),
    "not-counting": ("en", "The plant employs 400 people.", "The plant employs 400 people, not counting 50 contractors."),
    "fr-kept": ("fr", "Le ministère a compté 980 morts.", TOLL_FR),
    "fr-d-abord": ("fr", "Le ministère a d'abord annoncé 1 250 morts.", TOLL_FR),
    "de-kept": ("de", "Das Ministerium zählte 980 Tote.", TOLL_DE),
    "es-kept": ("es", "El ministerio contó 980 muertos.", TOLL_ES),
    # 4. ranks and superlatives the source gives
    "fr-superlative-given": ("fr", "C'était la plus grande grève depuis des années.",
                             "C'est la plus grande grève depuis des années."),
    "fr-superlative-after": ("fr", "C'était la plus longue grève.", "Cette grève est la plus longue de l'histoire."),
    "fr-superlative-agreed": ("fr", "C'était la grève la plus longue.", "Cette grève est la plus longue de l'histoire."),
    "fr-one-of-kept": ("fr", "C'était l'une des plus grandes grèves.",
                       "C'est l'une des plus grandes grèves depuis des années."),
    "fr-au-plus-tard": ("fr", "Le vote aura lieu au plus tard en juin.", "Le vote aura lieu en juin."),
    "fr-second-time": ("fr", "C'était la deuxième manifestation de la semaine.",
                       "C'est la deuxième fois cette semaine que les syndicats manifestent."),
    "fr-premier-given": ("fr", "C'était le premier accord entre les deux pays.",
                         "C'est le premier accord signé entre les deux pays."),
    "fr-first-day": ("fr", "La première journée de grève a été suivie.", "La grève a été suivie."),
    "en-first-such-deal": ("en", "It was the first deal between the two countries.",
                           "It is the first such deal between the two countries."),
    "en-second-walkout": ("en", "It was the second strike this month.",
                          "Workers struck for the second time this month."),
    "en-first-day": ("en", "The first day of the talks ended.", "The talks ended on Tuesday."),
}

# (language, sentence, passage, what the finding names)
MISSTATED = {
    # 1. a change in per cent of rounded ends told as exact
    "rose-by-144": ("en", "Applications rose by 144%.", ROUNDED,
                    'figure "144%" is the change between "about 2,500" and "Roughly 6,100", which its cited passages '
                    'round'),
    "144-higher": ("en", "Applications are 144% higher than last year.", ROUNDED_LEVELS,
                   'figure "144%" is the change between "about 2,500" and "roughly 6,100"'),
    "144-more-of-some": ("en", "Applications are 144% higher than last year.",
                         "Some 6,100 people have now applied, against about 2,500 last year.",
                         'figure "144%" is the change between'),
    "59-lower": ("en", "Applications are 59% lower than last year.",
                 "Roughly 2,500 people have now applied, down from about 6,100 last year.",
                 'figure "59%" is the change between "Roughly 2,500" and "about 6,100"'),
    "rose-by-about-150": ("en", "Applications rose by 150%.", ROUNDED, 'figure "150%" is not'),
    # 2. a multiple of two levels on the wrong side of its hedge, or none
    "nearly-doubled-of-150": ("en", "Applications nearly doubled.", "Applications rose from 100 to 150.",
                              'change "doubled" is not'),
    "more-than-doubled-of-190": ("en", "Applications more than doubled.", "Applications rose from 100 to 190.",
                                 'change "doubled" is not'),
    "almost-tripled-of-190": ("en", "Applications almost tripled.", "Applications rose from 100 to 190.",
                              'change "tripled" is not'),
    "halved-of-80": ("en", "Applications halved.", "Applications fell from 100 to 80.", 'change "halved" is not'),
    "nearly-halved-of-45": ("en", "Applications nearly halved.", "Applications fell from 100 to 45.",
                            'change "halved" is not'),
    "more-than-halved-of-55": ("en", "Applications more than halved.", "Applications fell from 100 to 55.",
                               'change "halved" is not'),
    "a-third-fewer-of-80": ("en", "There were a third fewer applications.", "Applications fell from 90 to 80.",
                            'says "a third" (about 33%) where its cited passages give a change of 11.1%'),
    "a-third-lower-of-80": ("en", "Applications were a third lower than last year.",
                            "Applications fell from 90 to 80.", 'says "a third"'),
    "a-quarter-higher-of-90": ("en", "Applications were a quarter higher.", "Applications rose from 80 to 90.",
                               'says "a quarter"'),
    "fr-presque-double-of-150": ("fr", "Le nombre de candidatures a presque doublé.",
                                 "Le nombre de candidatures est passé de 100 à 150.", 'change "doublé" is not'),
    "fr-plus-que-double-of-190": ("fr", "Le nombre de candidatures a plus que doublé.",
                                  "Le nombre de candidatures est passé de 100 à 190.", 'change "doublé" is not'),
    "de-fast-verdoppelt-of-150": ("de", "Die Zahl der Anträge hat sich fast verdoppelt.",
                                  "Die Zahl der Anträge stieg von 100 auf 150.", 'change "verdoppelt" is not'),
    "de-mehr-als-of-190": ("de", "Die Zahl der Anträge hat sich mehr als verdoppelt.",
                           "Die Zahl der Anträge stieg von 100 auf 190.", 'change "verdoppelt" is not'),
    "de-halbiert-of-80": ("de", "Die Zahl der Anträge hat sich halbiert.", "Die Zahl der Anträge sank von 100 auf 80.",
                          'change "halbiert" is not'),
    "nearly-double-of-150": ("en", "Applications are nearly double last year's.",
                             "Applications rose from 100 to 150.", 'change "double" is not'),
    "more-than-double-of-190": ("en", "Applications are more than double last year's.",
                                "Applications rose from 100 to 190.", 'change "double" is not'),
    # 3. a figure set aside, told as the figure
    "set-aside": ("en", "The ministry counted 1,250 deaths.", TOLL,
                  'figure "1,250" is one the passages this sentence cites set aside ("980 deaths, not 1,250")'),
    "set-aside-hedged": ("en", "About 1,250 people died.", TOLL, 'figure "1,250" is one the passages'),
    "not-but": ("en", "The death toll was 1,250.", "The toll is not 1,250 but 980, the ministry said.",
                'set aside ("not 1,250 but 980")'),
    "rather-than": ("en", "The death toll was 1,250.", "The ministry counted 980 deaths rather than 1,250.",
                    "set aside"),
    "instead-of-first": ("en", "The ministry now counts 1,250 deaths.",
                         "Instead of 1,250, the ministry now counts 980 deaths.", 'set aside ("Instead of 1,250")'),
    "not-the-expected": ("en", "Inflation was 4%.", "Inflation rose to 5%, not the 4% analysts expected.",
                         'figure "4%" is one the passages this sentence cites set aside ("5%, not the 4%")'),
    "fr-et-non": ("fr", "Le ministère a compté 1 250 morts.", TOLL_FR, 'figure "1 250" is one the passages'),
    "fr-comme-annonce": ("fr", "Le bilan est de 1 250 morts.", "Le ministère a compté 980 morts, et non 1 250 comme "
                                                                "annoncé.", 'figure "1 250" is one the passages'),
    "de-nicht": ("de", "Das Ministerium zählte 1.250 Tote.", TOLL_DE, 'figure "1.250" is one the passages'),
    "es-y-no": ("es", "El ministerio contó 1.250 muertos.", TOLL_ES, 'figure "1.250" is one the passages'),
    # 4. an event ranked where the source ranks none, a superlative it does not use
    "fr-deuxieme-unranked": ("fr", "C'était la deuxième manifestation de la semaine.", STRIKE_FR,
                             "this sentence says 'deuxième manifestation' where its cited passages give no "
                             "manifestation a place in a series"),
    "fr-premier-unranked": ("fr", "C'était le premier accord entre les deux pays.",
                            "Les deux pays ont signé un accord.", "'premier accord' where its cited passages give no"),
    "fr-premier-otherwise": ("fr", "C'était le premier accord entre les deux pays.",
                             "C'est le deuxième accord entre les deux pays.",
                             "says 'premier accord' where its cited passages say 'deuxième accord'"),
    "fr-plus-grande-unused": ("fr", "C'était la plus grande grève de la décennie.", STRIKE_FR,
                              'superlative "la plus grande": no passage it cites uses it'),
    "fr-plus-longue-unused": ("fr", "C'était la grève la plus longue.", STRIKE_FR,
                              'superlative "la plus longue": no passage it cites uses it'),
    "fr-one-of-dropped": ("fr", "C'était la plus grande grève.", "C'est l'une des plus grandes grèves depuis des "
                                                                  "années.", "give it only as \"l'une des\""),
    "fr-moins-unused": ("fr", "C'était la hausse la moins forte.", "La hausse a été de 2 %.",
                        'superlative "la moins forte"'),
    "en-second-protest": ("en", "It was the second protest this week.", "Thousands protested on Tuesday.",
                          "says 'second protest' where its cited passages give no protest a place in a series"),
    "en-first-deal": ("en", "It was the first deal between the two countries.", "The two countries signed a deal.",
                      "says 'first deal' where its cited passages give no deal"),
}


@pytest.mark.parametrize("language, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_figure_builds(language: str, sentence: str, passage: str):
    assert found(language, sentence, passage) == []


@pytest.mark.parametrize("language, sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstated_figure_is_refused(language: str, sentence: str, passage: str, named: str):
    findings = found(language, sentence, passage)
    assert any(named in finding for finding in findings), findings


JUNE = '  - when: "June"\n'


@pytest.mark.parametrize("new, refused", [
    (JUNE + "    date: 2026-06\n    date_basis: the loan's approval in June\n", None),
    (JUNE + "    date: 2026-13\n    date_basis: the loan's approval in June\n",
     "content/marvela-debt/timeline.yaml:7: events[1].date: '2026-13' is not a real calendar date (write YYYY-MM-DD, "
     "or YYYY-MM for a month alone)"),
    (JUNE + "    date: 2026-6\n    date_basis: the loan's approval in June\n",
     "content/marvela-debt/timeline.yaml:7: events[1].date: '2026-6' is not a date written YYYY-MM-DD, or a month "
     "written YYYY-MM"),
    (JUNE + "    date: 2026-07\n    date_basis: the loan's approval in June\n",
     "content/marvela-debt/timeline.yaml:7: event 'June': `date` 2026-07 is not in the month `when` names"),
    (JUNE + "    date: 2026-07-01\n    date_basis: the loan's approval in June\n",
     "content/marvela-debt/timeline.yaml:7: event 'June': `date` 2026-07-01 is not in the month `when` names"),
    (JUNE + "    date: 2026-06-01\n    date_basis: the loan's approval in June\n",
     "content/marvela-debt/timeline.yaml:7: `date`: 2026-06-01 gives a day, but `when` ('June') and the passages "
     "the event cites give only the month ('June') (write `date: 2026-06`, the month alone"),
    (JUNE + "    date: 2026-06\n",  # the year is derived, as a day would be
     "content/marvela-debt/timeline.yaml:7: event 'June': `date` is derived but `date_basis` is missing"),
])
def test_a_timeline_date_may_be_a_month_alone(tmp_path: Path, new: str, refused: str | None):
    """`date: 2026-06` dates an event the source places in June and on no day; a month that is none, or another than
    the one `when` names, is refused; a day no source gives is refused as before, pointed to the month alone."""
    desk = checked_fixture_project(DEBT, tmp_path / "desk")
    edit(desk / "content" / "marvela-debt" / "timeline.yaml", JUNE, new)
    result = run_build(desk, "check" if refused else "build")
    assert "Traceback" not in result.err, result.err
    if refused is None:
        assert result.code == 0, result.err
        page = " ".join((desk / "site" / "marvela-debt" / "index.html").read_text(encoding="utf-8").split())
        assert '<time datetime="2026-06">June 2026</time>' in page or \
               '<time datetime="2026-06">June 2026</time></strong>' in page, page[page.find("June") - 200:][:400]
    else:
        assert any(line.startswith(refused) for line in error_lines(result)), error_lines(result)
