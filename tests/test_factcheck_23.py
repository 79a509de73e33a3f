"""A twenty-third fact-check, mostly of the real briefing's own sentences (content/pakistan-afghanistan-war/ against
seeds/): thirty-four small edits an editor under deadline might make, of which twelve built. Now refused: the defense
minister's admission given to "Pakistan's Information Minister" (a portfolio swapped); "declared an all-out war
because of the drone strikes" citing "soon after which" (a cause where the passages give none); Pakistan's 660,000
and the Taliban's 172,000 traded, in a sentence or a caveat; "the deadliest attacks nationwide" for "the capital's"
(and "nationwide" for "the city of Lahore"); a quoted promise ('vowed to "crush"') given to the other party; "many
suspected of having support" told as fact ("have had support") or as "all of them suspected"; "points the finger at
Israel and India for fomenting" told as shown ("are fomenting"); drones the militants "attempted to deploy" told as
"launched"; the defense forces' 660,000 given to the army; "spent decades backing" told as "spent years". Each is
checked both ways: the misstatement is refused on its line with what is wrong, and honest wordings build, among
them three that were refused: "rejects" for "disputes", "found no impurity" for "looked for ... but found none", and
"stood at 12% before the label change" for "fell from 12% to 9% after the label change".

A second round, twenty-one more edits of which seventeen built: "Analysts say" for the outlet's own view; "Reuters
reported" for "Pakistani officials said"; a shift turned round ("from open hostility to cautious engagement");
"civilian" for "military", "Sunni" for "Shia", "slowly" for "rapidly", "central" for "outskirts"; "a regular
occurrence" for "almost a regular occurrence"; "its only defense partner" for "its main defense partner"; "19
Pakistani posts" for "19 posts" (the briefing's own correction of 2026-12-03) are refused now; and "660,000, nearly four times the Taliban's 172,000", refused as a figure not in the
passages, builds."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import REAL_BRIEFING, Sentence, SentencesChecked, assert_summary_outcome, minimal_project, problems_after


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck23") / "project")


@pytest.fixture(scope="module")
def checked(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root,
                            [Sentence(given, written) for given, written, _ in SECOND + CASES + WORDS + LISTED])


def _ids(cases):
    return [f"{written[:45]} ({given[:25]})" for given, written, *_ in cases]


# The real report's sentences (seeds/000_bd91349fafd64fe6.txt)
HAKIM = ("Pakistan spent decades backing and sheltering the Afghan Taliban - its defense minister acknowledged that "
         "to me on camera.")
ALL_OUT_WAR = ("Overnight, Pakistan launched airstrikes across Afghanistan, including targets in the capital of Kabul, "
               "soon after which Pakistan's Defense Minister Khawaja Asif by Friday morning declared an \"all-out war\" "
               "between the two countries.")
RETALIATION = ("Hours prior to the commencement of airstrikes and heavier clashes, Afghan Taliban forces reportedly "
               "attacked Pakistani border troops Thursday night in retaliation for Pakistani airstrikes earlier in the "
               "week.")
FORCES = ("Pakistan has 660,000 active personnel in its defense forces, of whom 560,000 are in the army, 70,000 are in "
          "the air force, and 30,000 are in the navy. The strength of the Afghan Taliban's military is thinner, with "
          "only 172,000 active personnel.")
MOSQUE = ("At least 31 people were killed and 169 others injured on Friday when a suicide bomber struck a Shia mosque "
          "on the outskirts of Islamabad during Friday prayers, Pakistani officials said, in one of the capital’s "
          "deadliest attacks in over a decade.")
TERROR = ("Acts of terror by Islamist groups have become almost a regular occurrence in Pakistan - with many suspected "
          "of having support through Afghanistan.")
FINGER = "As is typical, Pakistan points the finger at Israel and India for fomenting instability in the region."
TARAR = ("Pakistan’s Information Minister Attaullah Tarar said Pakistani Taliban militants attempted to deploy drones "
         "against targets within Pakistan, but air defense systems intercepted them and no casualties were reported.")
DISPUTES = "The company disputes the agency's findings on the impurity."
NONE_FOUND = "Inspectors looked for the impurity in the retained samples but found none."
DIZZINESS = "The share of patients reporting dizziness fell from 12% to 9% after the label change."

CASES = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    (HAKIM, "Pakistan's Information Minister acknowledged on camera that Pakistan spent decades backing the Taliban.",
     "this sentence names the 'Information Minister' where its cited passages name the 'defense minister': "
     "\"Pakistan's Information Minister acknowledged on camera that Pakistan spent decades backing the Taliban.\" (give "
     "the words to the office the source names, or cite the passage that names this one)"),
    ("The Minister of Foreign Affairs said the border would stay shut.",
     "The Interior Minister said the border would stay shut.", "names the 'Interior Minister' where"),
    # honest: the office kept, in other words; an office the passages do not name against another
    (HAKIM, "Pakistan's defence minister acknowledged on camera that Pakistan spent decades backing the Taliban.", "ok"),
    (TARAR, "Information Minister Attaullah Tarar said air defense systems intercepted the drones.", "ok"),

    (ALL_OUT_WAR, "Khawaja Asif declared an \"all-out war\" because of the Pakistani airstrikes.",
     "this sentence gives a cause ('because') where its cited passages give none: \"Khawaja Asif declared an "
     "\"all-out war\" because of the Pakistani airstrikes.\" (say only what the source says (one thing after another is "
     "no cause), or cite a passage that gives the cause)"),
    ("Kabul closed the Torkham crossing on Monday.", "Kabul closed the Torkham crossing on Monday due to the clashes.",
     "gives a cause ('due to')"),
    # honest: the order kept; a cause the passage gives; a cause denied
    (ALL_OUT_WAR, "Soon after the airstrikes, Khawaja Asif declared an \"all-out war\".", "ok"),
    (RETALIATION, "Afghan Taliban forces reportedly attacked Pakistani border troops in response to Pakistani "
                  "airstrikes earlier in the week.", "ok"),
    ("Kabul closed the Torkham crossing on Monday.", "Kabul closed the Torkham crossing on Monday, not because of "
                                                     "the clashes.", "ok"),
    # "due to" before a verb schedules: no cause (test_readme_promises_7's "are due to meet" was refused once)
    ("The court will rule on the crossing in May.", "The court is due to rule on the crossing in May.", "ok"),

    (FORCES, "Pakistan has 172,000 active personnel; the Taliban has 660,000.",
     "this sentence gives Pakistan 172,000 and Taliban 660,000 where its cited passages give Pakistan 660,000 and "
     "Taliban 172,000: \"Pakistan has 172,000 active personnel; the Taliban has 660,000.\" (give each party the figure "
     "the source gives it, or cite the passage that gives it this one)"),
    (FORCES, "Pakistan's 172,000 active personnel are broken down by service; the Taliban's 660,000 are not.",
     "gives Pakistan 172,000 and Taliban 660,000"),
    # honest: each party its own figure
    (FORCES, "Pakistan has 660,000 active personnel; the Taliban has 172,000.", "ok"),
    (FORCES, "The Taliban's 172,000 active personnel face Pakistan's 660,000.", "ok"),

    (MOSQUE, "The mosque bombing was one of the deadliest attacks nationwide in over a decade.",
     "this sentence widens to 'nationwide' what its cited passages limit to 'the capital’s': \"The mosque bombing was "
     "one of the deadliest attacks nationwide in over a decade.\" (keep the scope the source gives (name the place), or "
     "cite a passage that gives this one)"),
    ("Protests spread across the city of Lahore on Friday.", "Protests spread nationwide on Friday.",
     "widens to 'nationwide' what its cited passages limit to 'across the city of Lahore'"),
    ("Protests spread in the capital on Friday.", "Protests spread across the country on Friday.",
     "widens to 'across the country' what its cited passages limit to 'in the capital'"),
    # honest: the city kept; a nation-wide passage naming its capital as a part
    (MOSQUE, "The mosque bombing was one of the capital's deadliest attacks in over a decade.", "ok"),
    (ALL_OUT_WAR, "Pakistan launched airstrikes across the country, including on Kabul.", "ok"),
    ("Protests spread in the city of Lahore and across the country on Friday.",
     "Protests spread across the country on Friday.", "ok"),

    ("Pakistan vowed to \"crush\" the militants, the minister said.", "Afghanistan vowed to \"crush\" the militants.",
     "this sentence gives the words to Afghanistan, but its cited passages give them to Pakistan (name the speaker the "
     "source names, or cite the passage that gives the words to this one)"),
    ("Pakistan pledged to \"defend every inch\" of its territory.",
     "Afghanistan pledged to \"defend every inch\" of its territory.", "gives the words to Afghanistan"),
    ("Kabul promised to \"respond with force\".", "Islamabad promised to \"respond with force\".",
     "gives the words to Islamabad"),
    # honest: the promiser kept
    ("Pakistan vowed to \"crush\" the militants, the minister said.", "Pakistan has vowed to \"crush\" the militants.",
     "ok"),

    (TERROR, "Acts of terror by Islamist groups in Pakistan have had support through Afghanistan.",
     "this sentence tells as fact ('have had') what its cited passages give only as an accusation ('many suspected of "
     "having'): \"Acts of terror by Islamist groups in Pakistan have had support through Afghanistan.\" (say whose "
     "accusation it is, as the source does, or cite a passage that establishes it)"),
    (TERROR, "Acts of terror by Islamist groups have become almost a regular occurrence in Pakistan, all of them "
             "suspected of having support through Afghanistan.",
     "says 'all of them suspected' where its cited passages say 'many suspected'"),
    (FINGER, "Pakistan has shown that Israel and India are fomenting instability in the region.",
     "tells as fact ('are fomenting') what its cited passages give only as an accusation ('points the finger at Israel "
     "and India for fomenting')"),
    (FINGER, "Israel and India fomented instability in the region.", "tells as fact ('fomented')"),
    # honest: the suspicion and the accusation kept
    (TERROR, "Acts of terror by Islamist groups have become almost a regular occurrence in Pakistan, many of them "
             "suspected of having support through Afghanistan.", "ok"),
    (FINGER, "Pakistan blames Israel and India for fomenting instability in the region.", "ok"),
    (FINGER, "As is typical, Pakistan accuses Israel and India of fomenting instability in the region.", "ok"),

    (TARAR, "Tarar said Pakistani Taliban militants launched drones against targets within Pakistan, but air defense "
            "systems intercepted them.",
     "this sentence tells as done ('launched') what its cited passages give only as tried ('attempted to deploy')"),
    (TARAR, "Tarar said Pakistani Taliban militants used drones against targets within Pakistan.",
     "tells as done ('used')"),
    # honest: the attempt kept; troops sent under a deal (refused, were "sent" read as done)
    (TARAR, "Tarar said air defense systems intercepted drones that Pakistani Taliban militants tried to launch "
            "against targets within Pakistan.", "ok"),
    ("Pakistan agreed to deploy 3,000 troops to the border.", "Pakistan sent 3,000 troops to the border under a deal.",
     "ok"),

    (FORCES, "Pakistan has 660,000 active personnel in its army.",
     "this sentence gives 'army' a figure its cited passage gives 'defense' (660000)"),
    # honest: each group its own figure
    (FORCES, "Pakistan has 660,000 active personnel in its defense forces, 560,000 of them in its army.", "ok"),
    (FORCES, "Pakistan has 560,000 active personnel in its army.", "ok"),

    (HAKIM, "Pakistan spent years backing and sheltering the Afghan Taliban, its defense minister acknowledged.",
     "this sentence says 'spent years backing' where its cited passages say 'spent decades backing'"),
    ("The talks lasted weeks without result.", "The talks lasted months without result.",
     "says 'lasted months without' where its cited passages say 'lasted weeks without'"),
    # honest: the span kept in other words
    (HAKIM, "For decades, Pakistan backed and sheltered the Afghan Taliban, its defense minister acknowledged.", "ok"),

    # honest wordings refused before: a dispute as a rejection; "none" of what the clause before names; the level a
    # change started from, said as the level before it
    (DISPUTES, "The company rejects the agency's findings on the impurity.", "ok"),
    (DISPUTES, "The company does not accept the agency's findings on the impurity.", "ok"),
    (NONE_FOUND, "Inspectors found no impurity in the retained samples.", "ok"),
    (DIZZINESS, "The share of patients reporting dizziness stood at 12% before the label change.", "ok"),
    (DIZZINESS, "The share of patients reporting dizziness was 12% before the label change.", "ok"),
    # still refused: the agreement told against the dispute; the change itself put before; the level reached put before
    (DISPUTES, "The company accepts the agency's findings on the impurity.", "says 'accepts' where its cited passages "
                                                                            "say 'disputes'"),
    (DIZZINESS, "The share of patients reporting dizziness fell from 12% to 9% before the label change.",
     "says 'before the label change' where its cited passages say 'after the label change'"),
    (DIZZINESS, "The share of patients reporting dizziness stood at 9% before the label change.",
     "says 'before the label change'"),
]


FORCE = ("It remains that Pakistan's army has total force domination; however, the Taliban can still inflict pain "
         "through acts of terrorism, which Pakistani cities have suffered immensely under.")
DURAND = ("Since the Taliban returned to power in 2021, relations between Afghanistan and Pakistan, which share the "
          "disputed 1,600-mile Durand Line, have shifted from cautious engagement to open hostility.")
DRONES = ("Taliban authorities said their forces carried out drone strikes against military targets inside Pakistan as "
          "clashes between the two countries continued, according to statements from the defense ministry and a "
          "government spokesperson on Friday.")
WITHDRAWAL = ("The Taliban relies on equipment left behind and confiscated after US and NATO forces rapidly withdrew "
              "from the country in the summer of 2021.")
CHINA = ("Pakistan's armed forces benefit from good recruitment and retention, bolstered by equipment from its main "
         "defense partner China.")
TALIBAN_TOLL = "The Taliban for its part has said that 55 Pakistani soldiers were killed and 19 posts seized."

# A second round of the real briefing's sentences misstated, and the honest wordings beside them
SECOND = [
    (FORCE, "Analysts say Pakistan's army has total force domination.",
     "this sentence gives its words to analysts, whom its cited passages do not name: \"Analysts say Pakistan's army "
     "has total force domination.\" (give the words to whom the source gives them (or to the source itself), or cite "
     "the passage that names them)"),
    (FORCE, "According to experts, Pakistan's army has total force domination.", "gives its words to experts"),
    (MOSQUE, "At least 31 people were killed at a Shia mosque on the outskirts of Islamabad, Reuters reported.",
     "this sentence gives the words to Reuters, but its cited passages give them to Pakistani officials"),
    (MOSQUE, "Reuters reported that at least 31 people were killed at a Shia mosque on the outskirts of Islamabad.",
     "gives the words to Reuters"),
    # honest: the group the source names; another speaker the source names (the speaker checks' to read); a
    # report's passive; the source's own speaker
    (FORCE.replace("It remains that", "Officials say"), "Analysts say Pakistan's army has total force domination.",
     "ok"),
    ("Analysts say the latest escalation marks the first time Pakistan has directly targeted Taliban government sites.",
     "Many analysts say the escalation is the first time Pakistan has directly targeted Taliban government sites.", "ok"),
    ("Pakistani officials said casualties were reported after the strike.",
     "After the strike, Pakistani casualties were reported.", "ok"),
    (MOSQUE, "At least 31 people were killed at a Shia mosque on the outskirts of Islamabad, Pakistani officials "
             "reported.", "ok"),

    (DURAND, "Since 2021, relations between Afghanistan and Pakistan have shifted from open hostility to cautious "
             "engagement.",
     "this sentence says 'from open hostility to cautious engagement' where its cited passages say 'from cautious "
     "engagement to open hostility'"),
    # honest: the shift kept the way round
    (DURAND, "Since 2021, relations between Afghanistan and Pakistan have moved from cautious engagement to open "
             "hostility.", "ok"),

    (DRONES, "Taliban authorities said their forces carried out drone strikes against civilian targets inside Pakistan.",
     "this sentence says 'civilian' where its cited passages say 'military'"),
    (MOSQUE, "A suicide bomber struck a Sunni mosque on the outskirts of Islamabad, killing at least 31 people.",
     "says 'Sunni' where its cited passages say 'Shia'"),
    (WITHDRAWAL, "The Taliban relies on equipment left behind after US and NATO forces slowly withdrew from the country.",
     "says 'slowly' where its cited passages say 'rapidly'"),
    (MOSQUE, "At least 31 people were killed on Friday when a suicide bomber struck a Shia mosque in central Islamabad.",
     "says 'central' where its cited passages say 'outskirts'"),
    # honest: the word kept; its opposite negated
    (DRONES, "Taliban authorities said their forces struck military, not civilian, targets inside Pakistan.", "ok"),
    # honest: both of a pair named, each its own (the synthetic microsite's "the western market ... the eastern
    # airstrip" citing "the eastern market" was refused, and benchmarks/bench.py could not build it)
    ("Fighting spread from the eastern market to the district on Friday.",
     "Fighting spread from the eastern market to the western district on Friday.", "ok"),
    (WITHDRAWAL, "The Taliban relies on equipment left behind after US and NATO forces quickly withdrew from the "
                 "country.", "ok"),

    (TERROR, "Acts of terror by Islamist groups have become a regular occurrence in Pakistan.",
     "this sentence drops the source's approximation ('almost a regular'): \"Acts of terror by Islamist groups have "
     "become a regular occurrence in Pakistan.\" (keep the source's 'almost' (or 'nearly'), or cite a passage that "
     "says it without one)"),
    ("The shelling nearly destroyed the old town on Monday.", "The shelling destroyed the old town on Monday.",
     "drops the source's approximation ('nearly destroyed')"),
    # honest: an approximation kept in other words
    (TERROR, "Acts of terror by Islamist groups have become nearly a regular occurrence in Pakistan.", "ok"),
    ("The shelling nearly destroyed the old town on Monday.",
     "The old town was almost destroyed by the shelling on Monday.", "ok"),

    (TALIBAN_TOLL, "The Taliban has said that 55 Pakistani soldiers were killed and 19 Pakistani posts seized.",
     "this sentence says '19 Pakistani posts' where its cited passages say '19 posts', not whose: \"The Taliban has "
     "said that 55 Pakistani soldiers were killed and 19 Pakistani posts seized.\" (say whose they are only as the "
     "source does, or cite a passage that says it)"),
    # honest: the posts left unowned; a party the passage names as the loser
    (TALIBAN_TOLL, "The Taliban has said that 55 Pakistani soldiers were killed and 19 posts seized.", "ok"),
    ("Pakistan lost 19 posts in the fighting.", "19 Pakistani posts were lost in the fighting.", "ok"),

    (CHINA, "Pakistan's armed forces are bolstered by equipment from its only defense partner, China.",
     "this sentence says 'only defense partner' where its cited passages say 'main defense partner'"),
    ("The mill is the town's largest employer.", "The mill is the town's sole employer.",
     "says 'sole employer' where its cited passages say 'largest employer'"),
    # honest: the main one kept; "not only"
    (CHINA, "Pakistan's armed forces are bolstered by equipment from China, its main defense partner.", "ok"),
    (CHINA, "China is not only Pakistan's main defense partner but its supplier of equipment.", "ok"),

    # a multiple of two figures the sentence names, refused before as a figure not in the passages
    (FORCES, "Pakistan has 660,000 active personnel, nearly four times the Taliban's 172,000.", "ok"),
    (FORCES, "Pakistan has 660,000 active personnel, more than three times the Taliban's 172,000.", "ok"),
    (FORCES, "The army's 560,000 are 8 times the air force's 70,000.", "ok"),
    # still refused: a multiple on the wrong side of the ratio, or far from it
    (FORCES, "Pakistan has 660,000 active personnel, more than four times the Taliban's 172,000.",
     "figure \"four\" is not in the passages"),
    (FORCES, "Pakistan has 660,000 active personnel, about six times the Taliban's 172,000.",
     "figure \"six\" is not in the passages"),
]


@pytest.mark.parametrize("given,written,outcome", SECOND, ids=_ids(SECOND))
def test_a_second_round_of_misstatements_is_refused_and_honest_wordings_build(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


def test_the_real_claim_giving_the_seized_posts_to_pakistan_is_refused(project: Path):
    # the briefing's own correction of 2026-12-03: the report does not say whose the 19 seized posts were
    problems = problems_after(project, "claims.yaml", "says: 55 Pakistani soldiers were killed and 19 posts seized.",
                              "says: 55 Pakistani soldiers were killed and 19 Pakistani posts seized.")
    assert any(problem.startswith(f"{REAL_BRIEFING}/claims.yaml:26: `says`: this sentence says '19 Pakistani posts' "
                                  "where its cited passages say '19 posts', not whose") for problem in problems), problems


@pytest.mark.parametrize("given,written,outcome", CASES, ids=_ids(CASES))
def test_a_misstatement_is_refused_and_an_honest_wording_builds(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


def test_the_real_caveat_with_the_two_sides_figures_traded_is_refused(project: Path):
    problems = problems_after(project, "caveats.yaml", "Pakistan's 660,000 active personnel are broken down into army, "
                              "air force and navy;\n      the Taliban's 172,000 are not.",
                              "Pakistan's 172,000 active personnel are broken down into army, air force and navy;\n"
                              "      the Taliban's 660,000 are not.")
    assert any(problem.startswith(f"{REAL_BRIEFING}/caveats.yaml:40: `text`: this sentence gives Pakistan 172,000 and "
                                  "Taliban 660,000 where its cited passages give Pakistan 660,000 and Taliban 172,000")
               for problem in problems), problems


CLOSED = "Kabul closed the Torkham crossing on Monday."
WORDS = [
    # every word the README lists for these checks
    ("The Defence Ministry said the border would stay shut.", "The Ministry of Finance said the border would stay shut.",
     "names the 'Ministry of Finance' where its cited passages name the 'Defence Ministry'"),
    ("Prime Minister Sharif said the border would stay shut.", "The Health Minister said the border would stay shut.",
     "names the 'Health Minister'"),
    (CLOSED, "Kabul closed the Torkham crossing on Monday owing to the clashes.", "gives a cause ('owing to')"),
    (CLOSED, "Kabul closed the Torkham crossing on Monday as a result of the clashes.",
     "gives a cause ('as a result of')"),
    (CLOSED, "Kabul closed the Torkham crossing on Monday in retaliation for the clashes.",
     "gives a cause ('in retaliation for')"),
    (CLOSED, "Kabul closed the Torkham crossing on Monday in response to the clashes.",
     "gives a cause ('in response to')"),
    (CLOSED, "The closure of the Torkham crossing on Monday was prompted by the clashes.",
     "gives a cause ('prompted by')"),
    (CLOSED, "The closure of the Torkham crossing on Monday was triggered by the clashes.",
     "gives a cause ('triggered by')"),
    (CLOSED, "The closure of the Torkham crossing on Monday was caused by the clashes.", "gives a cause ('caused by')"),
    (CLOSED, "The closure of the Torkham crossing on Monday was sparked by the clashes.", "gives a cause ('sparked by')"),
    ("Kabul closed the Torkham crossing on Monday over the clashes.",
     "Kabul closed the Torkham crossing on Monday because of the clashes.", "ok"),
    ("Pakistan has for decades backed the Taliban.", "Pakistan has for years backed the Taliban.",
     "says 'for years backed' where its cited passages say 'for decades backed'"),
    ("The talks took months without result.", "The talks took weeks without result.", "says 'took weeks without'"),
    ("The dispute festered over centuries without end.", "The dispute festered over decades without end.",
     "says 'over decades without'"),
    ("Acts of terror are common, with most suspected of having support from abroad.",
     "Acts of terror have had support from abroad.", "('most suspected of having')"),
    ("Acts of terror are common, with some suspected of having support from abroad.",
     "Acts of terror have had support from abroad.", "('some suspected of having')"),
    ("Acts of terror are common, with several suspected of having support from abroad.",
     "Acts of terror have had support from abroad.", "('several suspected of having')"),
    (TARAR, "Tarar said Pakistani Taliban militants flew drones against targets within Pakistan.",
     "tells as done ('flew')"),
    (TARAR, "Tarar said Pakistani Taliban militants fired drones against targets within Pakistan.",
     "tells as done ('fired')"),
    (DISPUTES.replace("disputes", "contests"), "The company rejects the agency's findings on the impurity.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", WORDS, ids=_ids(WORDS))
def test_each_word_the_readme_lists(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


GROUPS = ["observers", "diplomats", "critics", "witnesses", "residents", "historians", "economists", "scholars"]
VERBS = ["believe", "argue", "warn", "note", "agree", "suggest", "contend"]
OPPOSITES = [("north", "south"), ("east", "west"), ("northern", "southern"), ("eastern", "western"),
             ("temporary", "permanent"), ("public", "private"), ("domestic", "foreign"), ("offensive", "defensive"),
             ("voluntary", "mandatory"), ("voluntary", "compulsory"), ("legal", "illegal"), ("armed", "unarmed"),
             ("urban", "rural"), ("majority", "minority")]
LISTED = (
    [("The border with Iran stays closed.", f"The border with Iran stays closed, {group} say.",
      f"gives its words to {group}") for group in GROUPS]
    + [("The border with Iran stays closed.", f"Analysts {verb} the border with Iran stays closed.",
        "gives its words to analysts") for verb in VERBS]
    + [(f"The {given} patrol crossed the river near the village.", f"The {written} patrol crossed the river near the "
        "village.", f"says '{written}' where its cited passages say '{given}'") for given, written in OPPOSITES]
    + [(f"The floods {word} destroyed the harvest in the valley.", "The floods destroyed the harvest in the valley.",
        f"drops the source's approximation ('{word} destroyed')") for word in ("virtually", "practically")]
    + [("The floods almost destroyed the harvest in the valley.", f"The floods {kept} destroyed the harvest in the "
        "valley.", "ok") for kept in ("all but", "nearly")]
    + [("The floods almost destroyed the harvest in the valley.", "The floods came close to destroying the harvest in "
        "the valley.", "ok")]
    + [(f"The mill is the town's {main} employer.", "The mill is the town's only employer.",
        f"says 'only employer' where its cited passages say '{main} employer'")
       for main in ("chief", "principal", "primary", "key", "major", "leading", "biggest")]
    + [(f"The mill is the town's main employer and its {only} employer of note.", "The mill is the town's only "
        "employer.", "ok") for only in ("single", "exclusive")]
)


@pytest.mark.parametrize("given,written,outcome", LISTED, ids=_ids(LISTED))
def test_each_group_opposite_and_approximation_the_readme_lists(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)
