"""Resolve the citations of one content file: `cite` lists and `[^key]` markers in prose."""

from __future__ import annotations

import datetime
import functools
import re
from typing import Callable

from markupsafe import Markup

from .absence_of_evidence import absence_told_from_no_evidence
from .unit_scale_words import without_the_unit_s_scale
from . import patterns
from .anchor import Definition
from .party_name_figures import outside_names
from .attribution import (WEEKDAYS, Cited, Finding, check_item_text, check_prose, dropped_attribution, in_english,
                          dropped_assurance, dropped_attribution_in_item, dropped_hedge, dropped_hedge_in_item,
                          hedging_found, may_rank, may_time_or_count, shown_unchecked, states_anything, unbacked_superlatives,
                          unbacked_months, unbacked_multiples, unbacked_time_words, unbacked_vague_counts)
from .checked import KeptFindings, Passages
from .disguise import disguised_text
from .pdf_text import as_checked
from .footnotes import FootnoteNumbering, Ref
from .direction import turned_directions
from .slowed_changes import slowed_as_turned
from .bare_directions import bare_directions_turned
from .opposite_verbs import turned_verbs
from .opposite_deeds import turned_deeds, turned_stance
from .undone_deeds import undone_deeds
from .with_without import with_for_without
from .framed_clauses import framed_as_done
from .given_without_figures import given_of_none_found
from .introduced_sayings import introduced_passages, introduced_saying_denied
from .deed_antonyms import deed_antonym_findings
from .indonesian_turns import turned_in_indonesian
from .arabic_speakers import misattributed_in_arabic
from .bengali_conditions import dropped_condition_in_bengali, dropped_conditions_in_bengali_item
from .bengali_speakers import misattributed_in_bengali, party_word_as_fact_in_bengali
from .solar_hijri import changed_solar_months
from .forecasts import unhedged_forecasts
from .datebounds import unkept_date_bounds
from .polarity import flipped_negations
from .swapped_contrasts import swapped_contrasts
from .emphatic_denials import emphatic_denial_dropped
from .vehicle_classes import vehicle_classes_swapped
from .multiple_verbs import multiple_verb_changed
from .cost_payers import payer_changed
from .italian_doers import doer_turned
from .planned_told_done import plan_told_done
from .set_aside_figures import told_as_set_aside
from .provisions import swapped_provisions, unnamed_provisions
from .inner_quotes import quoted_as_own, quoted_as_own_in_item
from .link_hosts import misleading_links, unlinked_addresses
from .item_whose_word import (misattributed_by_figures, misattributed_by_own_figures, reported_figure_in_clauses,
                              reported_figures_in_item)
from .speakers import misattributed, misattributed_in_item, sentence_around
from .called_by import called_by_another
from .apposed_callers import called_after_an_apposition
from .denials_kept import claim_told_with_its_denial
from .mutual_blames import blame_told_as_deed
from .swapped import swapped_parties, swapped_parties_in_item
from .accusation_sides import accusation_swapped
from .converse_verbs import turned_ends
from .commitment_doers import commitments_given_to_another
from .corrected_swapped import wrong_and_corrected_swapped
from .conditions import dropped_conditions, dropped_conditions_in_item
from .only_on_terms import dropped_terms, dropped_terms_in_item
from .party_claims import claim_as_fact, put_figure_as_fact
from .outcomes import turned_outcomes, turned_outcomes_in_item
from .partial_outcomes import won_in_full
from .whole_outcomes import made_whole
from .unreached_agreements import agreement_told_reached
from .open_decisions import told_as_decided
from .imposed_offers import offers_told_imposed
from .extended_deadlines import old_deadline_as_new
from .provisional_findings import provisional_told_final
from .provisional_fines import provisional_fine_told_imposed
from .knowledge_hedges import knowledge_hedge_dropped
from .final_report_to_come import final_report_told_out
from .german_victors import victor_swapped
from .condition_figures import condition_figures_swapped
from .store_or_sales_shares import share_of_other_base
from .open_outcomes import open_outcome_told_done
from .none_yet_done import none_done_told_done
from .certainty_raised import certainty_raised
from .market_leaders import leader_changed
from .unexpected_told_coming import unexpected_told_coming
from .set_against import set_aside_told_kept
from .risks_as_losses import risks_told_as_losses
from .unset_deadlines import deadline_where_none_set
from .absent_actors import told_as_present
from .leads import told_as_won
from .comparatives import flipped_comparatives, flipped_comparatives_in_item
from .scheduled import told_as_held, told_as_held_in_item
from .german_held_after_report import held_after_report
from .italian_held_after_report import held_after_report as italian_held_after_report
from .italian_not_ruled_out import told_certain as not_ruled_out_told_certain
from .called_off_plans import plan_called_off_as_standing
from .withdrawn_claims import withdrawn_as_standing
from .changes_reversed import changes_reversed
from .legal_status import changed_status
from .preliminary import preliminary_as_ruling
from .averages import average_as_rate
from .stages import taken_further
from .likelihood import dropped_likelihoods
from .likelihood_languages import dropped_likelihoods_in_languages
from .scope import widened_scope
from .possible_done import told_as_done
from .future_as_past import future_told_as_past
from .unsettled import told_as_settled
from .court_outcomes import case_told_decided
from .court_recourse import court_act_told_done
from .swahili_wishes import wish_told_as_done
from .slavic_plans import plan_told_as_done
from .german_plans import plan_told_done_in_german
from .points_counted import points_as_counts
from .trial_results import misstated_results
from .paired_lists import swapped_in_paired_lists
from .level_directions import levels_turned
from .level_sides import levels_swapped
from .figure_speakers import figures_given_to_another
from .commitments import told_as_carried_out
from .penalties_paid import penalties_told_paid
from .conditions_done import conditions_told_done
from .fractions_said import misstated_fractions
from .factors_measured import factors_as_measures
from .amount_shares import misstated_amount_shares
from .bound_sides import turned_bound_sides
from .bound_comparisons import misjudged_bounds
from .compared_figures import compared_against_passages
from .proportions import widened_proportions
from .frequencies import widened_frequencies
from .first_since import unbounded_firsts
from .year_prepositions import moved_year_words
from .offers_accepted import offers_told_accepted
from .sequence import turned_basis, turned_order
from .spans import changed_spans
from .weekday_spans import widened_to_every_day
from .count_sides import count_told_as_other_side
from .called_off_strikes import called_off_told_done
from .discount_exemptions import discount_as_exemption
from .occasion_ordinals import occasion_ordinals_changed
from .observer_seats import observers_told_as_members
from .neither_side_named import neither_told_of_one
from .ranked_places import ranking_ends_swapped
from .cited_figures_as_fact import cited_figures_told_as_fact
from .titled_speakers import quote_given_past_titled_speaker
from .compared_figures_arithmetic import figures_compared_wrong_way
from .while_clause_doers import deed_given_across_while
from .speaker_affiliations import institution_changed
from .either_side_only import either_side_told_as_only_one
from .month_parts import unkept_month_parts, when_part_not_given
from .unchanged import changed_unchanged
from .ended_states import ended_states
from .opposite_states import opposite_states
from .broken_agreements import broken_agreements
from .applications_granted import application_told_granted
from .clearings import cleared_of_what_was_found
from .kept_or_lost_control import control_told_otherwise
from .change_degrees import degree_turned
from .begun_as_done import begun_as_done
from .swapped_causes import swapped_causes
from .unfinished_states import unfinished_as_complete
from .process_outcomes import told_as_outcome
from .business_steps import step_as_end
from .next_stages import next_stage_as_reached
from .relative_dates import relative_for_a_date
from .inserted_clauses import inserted_deeds
from .mediators import mediator_sided
from .neutral_backing import neutral_told_backing
from .proportions_languages import widened_proportions_in_languages
from .offices import changed_portfolios
from .causes import invented_causes
from .unconfirmed_by_whom import unconfirmed_by_another
from .open_causes import open_cause_told_known
from .harm_degrees import ruled_out_harm_told
from .figure_kinds import figure_kind_changed
from .awards_as_sought import award_told_as_sought
from .blamed_causes import blamed_cause_as_fact
from .record_bounds import widened_records
from .civil_terms import civil_told_as_criminal
from .court_steps import steps_taken_further
from .court_actors import deeds_given_to_another
from .case_winners import winner_turned
from .quoted_traits import trait_given_to_another
from .decided_later import decided_before_its_hearing
from .plea_or_verdict import plea_or_verdict_turned
from .court_levels import court_level_changed
from .record_spans import widened_record_spans
from .superlative_places import unscoped_superlatives
from .beside_places import moved_into
from .struck_places import struck_whole
from .dated_acts import misdated_acts
from .traded_figures import traded_figures
from .speaker_groups import unnamed_groups
from .shifts import reversed_shifts
from .opposites import turned_opposites
from .measure_targets import measure_moved
from .compliance_asks import compliance_told_as_ended
from .lost_kinds import lost_of_another_kind
from .since_spans import over_long_since
from .period_spans import changed_event_periods
from .approximations import dropped_approximations
from .dropped_limits import dropped_limits
from .lasting_refusals import lasting_for_bounded
from .absence_as_presence import absence_told_as_presence
from .dated_intervals import misreckoned_intervals
from .deciding_bodies import body_swapped
from .kept_until_order import ended_before_kept_until, kept_until_restated
from .suspended_as_reversed import held_up_as_undone
from .paused_as_ceased import paused_told_ceased
from .undated_plans import dated_where_none_set
from .hopes_kept import hope_told_as_forecast
from .turned_excess import turned_excess
from .counterfactual_figures import counterfactual_as_fact
from .named_sums import misstated_sum
from .caps_as_freezes import freezes_for_caps
from .clearances import turned_clearances
from .figure_places import figure_moved_to_place
from .conjoined_possibilities import joined_told_as_done
from .powers_given import powers_given_to_another
from .licence_kept import licence_told_ended
from .split_backing import split_told_as_backing
from .referral_as_rejection import referral_told_as_rejection
from .respondents_as_all import respondents_told_as_all
from .closure_as_done import closure_told_as_done
from .legal_action_to_come import legal_action_told_as_taken
from .no_appeal import appeal_told_against_source
from .unset_dates import unset_date_told_as_set
from .compass_turned import compass_way_turned
from .unlikely_turned import unlikely_told_as_likely
from .requests_told_made import request_told_made
from .neither_chosen import one_told_of_neither
from .estimated_holdings import estimate_told_as_known
from .whole_bench import split_told_as_whole
from .penalty_occasions import penalty_moved
from .near_targets import hit_for_near
from .mostly_groups import mostly_the_other_kind
from .figure_owners import unowned_figures
from .possessed_figures import figures_possessed_by_another
from .placed_in_other_side import deeds_placed_in_other_side
from .unbacked_non_denials import non_denials_without_denial
from .civilians_for_combatants import combatants_told_as_civilians
from .negated_beside_negation import negated_beside_negation
from .exclusives import made_the_only_one
from .deals import misstated_deals
from .dissents import turned_dissents
from .corrected_dates import dates_taken_back
from .undisputed import disputed_for_undisputed
from .possessors import changed_possessors
from .start_levels import start_as_reached
from .rate_statements import misstated_rate_statements
from .unreported import unreported_as_fact
from .figure_acts import swapped_acts
from .sum_acts import claimed_as_awarded
from .pending_rulings import ruling_told_as_made
from .open_qualifiers import qualifier_added
from .universal_qualifiers import dropped_universal_qualifiers
from .custody import misstated_custody
from .verdicts import denial_as_admission, misstated_verdicts
from .turned_stances import turned_stances
from .turned_toward import turned_toward
from .alternatives_as_done import alternatives_as_done
from .asked_not_received import asked_told_as_received
from .named_voters import member_on_other_side
from .figure_holders import figure_of_another_holder
from .officials import officials_named
from .spanish_officials import spanish_officials_named
from .stance_speakers import stance_speakers
from .party_comparisons import party_comparisons
from .denied_harms import denied_harms
from .swapped_names import (merged_words, names_unbacked, opening_candidate, opening_name, party_in_others_words,
                            source_words, swapped_names)
from .swapped_origins import swapped_origins
from .table_columns import figures_in_other_columns
from .total_shares import total_as_share
from .joint_figures import joint_figure_as_one
from .joint_acts import joint_act_as_one
from .unbacked_deeds import unbacked_deeds
from .case_endings import unbacked_endings
from .labour_events import unbacked_labour_events
from .whole_for_only import whole_for_only
from .only_doers import only_doer_widened
from .wholes_as_parts import whole_as_part
from .unnamed_parts import unnamed_part
from .earlier_multiples import multiple_at_start
from .relayed_claims import relayed_as_own
from .dissent_words import dissent_given_to_majority
from .vote_margins import misstated_margins
from .tally_sides import backed_by_tally, votes_on_other_side
from .party_attributes import given_to_another_party
from .comparison_sides import turned_comparisons
from .limits import swapped_limits
from .penalties import turned_penalties
from .maximum_penalties import told_as_maximum, without_bound_superlatives
from .superlative_senses import without_same_sense_superlatives
from .multiples_german import german_multiples_said_in_words
from .maximum_penalties_languages import told_as_maximum_in_languages
from .cleared_penalties import cleared_for_penalised
from .counts_by_giver import claimants_own_counts, count_without_giver, counts_given_to_another
from .according_to import figure_given_to_another_giver
from .positive_tests import positive_test_of_another
from .counted_nouns import recounted_figures, swapped_nouns
from .planned_figures import planned_as_reached
from .added_figures import stock_as_increase
from .proposed_figures import proposed_as_given
from .threats import threat_as_certain
from .threatened_deeds import threat_told_done
from .threats_languages import threat_told_done_in_languages
from .offers_languages import offer_as_certain_in_languages
from .locale_months_alone import unbacked_locale_months
from .asked_offered import asked_for_offered
from .truces_held import truce_told_otherwise
from .without_deeds import undone_for_done
from .one_side import both_for_one_side, one_side_for_both
from .only_one_side_heard import only_one_side_heard
from .one_side_past_doer import one_side_past_its_doer
from .by_doers import doers_given_to_a_party
from .alone_for_both import alone_for_both
from .unsaid_told_said import unsaid_told_said
from .negated_opposites import negated_opposite
from .party_word import party_word_as_fact, party_word_as_fact_in_item
from .german_swapped_reporters import reporter_swapped_de
from .pronoun_speakers import pronoun_speakers_misread, pronoun_speakers_misread_in_item
from .relative_words import relative_word_as_fact
from .speaker_figures import figure_of_another_speaker
from .role_turns import role_given_a_named_turn
from .transcript_labels import turn_going_on
from .prefixed_opposites import misdone_told_right, prefixed_opposite
from .group_names import renamed_groups
from .stacked_party_names import stacked_party_names
from .hangul_parties import swapped_in_korean
from .hangul_holders import holder_swapped_in_korean, majority_unbacked_in_korean
from .arabic_parties import swapped_in_arabic
from .hangul_speakers import misattributed_in_korean
from .hangul_stances import turned_stance_in_korean
from .hangul_verbs import possible_told_as_done
from .arabic_may import may_told_as_done_in_arabic
from .hangul_requests import asked_told_as_done
from .unanswered import unanswered_told
from .stated_readiness import readiness_as_fact
from .performatives import as_performed
from .declined_speakers import words_of_decliner
from .demands_won import demand_told_as_won
from .final_adoption import final_told_of_earlier_stage
from .undertakings_done import undertaking_told_done
from .addressed_words import addressed_words_given_away
from .quoted_documents import document_given_to_speaker
from .hangul_party_word import party_word_as_fact_in_korean
from .japanese_party_word import party_word_as_fact_in_japanese
from .arabic_party_word import party_word_as_fact_in_arabic
from .marked_parties import swapped_marked
from .own_deeds import own_deed_as_fact
from .share_winners import misread_shares
from .passive_deeds import passive_deed_as_fact
from .appearances import seeming_as_fact
from .speaker_turns import words_of_another_speaker
from .pointed_denials import given_to_accuser, read_again
from .denied_contents import invented_accusation
from .japanese_speakers import misattributed_in_japanese
from .chinese_speakers import misattributed_in_chinese
from .vietnamese_counts import changed_counts as vietnamese_changed_counts
from .vietnamese_hedges import told_as_done as vietnamese_told_as_done
from .chinese_ranks import changed_chinese_ranks
from .unestablished import named_accusation_as_fact, unestablished_acts
from .unnamed_speakers import unnamed_speaker_swapped
from .untold_talks_steps import untold_talks_steps
from .unnamed_voice_words import words_of_an_unnamed_voice
from .corrected_as_current import corrected_told_as_current
from .sans_deeds import sans_told_done
from .french_counted_nouns import counts_moved_between_nouns
from .french_proposed_deeds import proposed_told_done
from .french_unlikely import unlikely_told_likely
from .french_offers_judged import judged_offer_told_accepted
from .french_offers_told_granted import french_offer_told_granted
from .french_ruled_out_acts import french_ruled_out_told_done
from .french_estimates import estimate_told_as_fact
from .german_estimates import estimate_told_as_fact_in_german
from .german_sentence_checks import dropped_in_german
from .unshown_claims import unshown_told_shown
from .revised import revised_later, revising, states_figure
from .risk_kinds import risk_kind_changed
from .cut_hedges import cut_hedges
from .cut_negations import cut_negations
from .quote_ends import quotation_cut_before_limit
from .negated_quotes import negated_quotes
from .roles import swapped_roles
from .role_owners import owner_swapped
from .owned_counts import count_given_another_owner
from .partitive_swaps import part_and_whole_swapped
from .opposite_phrases import opposite_phrase
from .route_figures import figure_moved_to_route
from .trial_arms import figure_moved_to_arm
from .estimate_owners import estimate_given_another_owner
from .all_for_some import all_told_of_some
from .risk_sizes import risk_size_turned
from .widened_denials import denial_widened
from .english_told_otherwise import english_told_otherwise
from .portuguese_rulings import ruling_overstated
from .portuguese_opposite_verdicts import verdict_turned
from .portuguese_asked_as_awarded import asked_told_as_awarded
from .portuguese_open_as_settled import open_told_settled
from .portuguese_fraction_bounds import fraction_bound_turned
from .addressee_as_speaker import addressee_told_as_speaker
from .cause_doers import cause_given_to_its_doer
from .indefinite_participles import approval_told_done
from .no_other_dropped import no_other_dropped
from .before_after_figures import figure_moved_across_event
from .party_figures import swapped_party_figures, swapped_party_figures_in_item
from .offered_or_asked import sides_swapped
from .spanish_cut_sizes import cut_told_as_level
from .spanish_rate_units import rate_units_changed
from .spanish_partial_causes import partial_cause_told_whole
from .spanish_pending_decisions import pending_told_decided
from .spanish_minor_qualifiers import minor_told_otherwise
from .spanish_parts_as_wholes import part_told_whole
from .held_figures import figures_swapped_across_passages
from .projections import told_as_result
from .gapped import swapped_in_gapped_lists
from .respective import swapped_figures
from .ranks import changed_ranks
from .unranked_events import unranked_events
from .rates import changed_rates
from .figure_periods import changed_periods
from .one_day_rates import one_day_as_rate
from .rate_bases import changed_rate_bases
from .vote_bases import changed_vote_bases
from .share_bases import changed_share_bases
from .part_figures import part_as_whole
from .subset_figures import part_told_as_whole
from .whole_as_part import whole_told_as_part
from .dutch_told_otherwise import dutch_told_otherwise
from .quota_as_catch import quota_told_as_catch
from .contrasted_figures import contrasted_figure_told_as_given
from .numbered_items import moved_items
from .denied_remedies import refused_remedy_told_given
from .declined_requests import declined_request_told_done
from .unfound_liability import finding_of_fault_unfound
from .figure_months import figures_moved_between_months
from .group_figures import swapped_group_figures
from .moved_figures import figures_moved_within_passage
from .sentence_pairs import figures_moved_between_sentences
from .codes import unbacked_codes
from .beliefs import told_as_fact
from .unfound import told_as_found
from .institutions import changed_institutions
from .decisions import invented_decisions
from .counted import swapped_counted
from .reported_figures import reported_figure_as_fact
from .measure_reasons import precaution_told_as_punishment
from .risk_judgements import risk_judgement_turned
from .trial_totals import part_told_as_trial_whole
from .exclusion_owners import exclusion_given_to_counter
from .money_measures import swapped_measures
from .places import moved_places, paragraph_around
from .place_events import place_of_another_event
from .vouching_verbs import vouched_for
from .many_for_one import one_speaker_made_many
from .stances import invented_stances
from .majorities import misstated_majorities
from .vote_splits import turned_vote_splits
from .more_or_less import turned_differences
from .stated_intentions import intentions_as_certain
from .weighed_acts import weighed_told_as_decided
from .inverted_conditions import condition_turned
from .difference_sides import turned_difference_sides
from .figure_actors import figures_given_to_another_actor
from .lead_sides import turned_leads
from .elections import majority_not_won, misread_elections
from .majorities_languages import majority_claimed_without_one
from .seat_changes import changes_as_totals
from .requests_done import requests_told_as_done
from .correction_directions import corrected_figures_swapped
from .frequency_words import frequency_turned
from .relative_denials import denied_in_relative_clause
from .government_talks import government_told_formed
from .ruled_out import weighed_or_ruled_out
from .negated_expectations import turned_expectations
from .denied_consents import consent_told_given
from .talk_stages import talks_beyond_stage
from .repetitions import added_repetitions
from .hints import MAX_SUGGESTED, closest
from .cjk import whole_words
from .crosscheck import day_written_in, weekdays_of
from .load import ContentFile
from .premiums import misreckoned_premiums
from .premium_sides import premium_told_as_discount
from .sufficiency_turned import sufficiency_turned
from .voter_sides import voter_side_turned
from .problems import Problem
from .prose import (CitationMarker, ParsedProse, SeenProse, line_start, links_to_evidence, numbered_list_starts,
                    parse_prose, plain_text, render_prose, seen_prose, visible_text)
from .sentences import KEY_IN_MARKER, MARKER, as_written, split_sentences
from .yamlsafe import first_forbidden, refused_kind

_PLACEHOLDER = patterns.compile(r"\{\w+\}")  # a locale label's slot for a value: "{measure}"
_MARKER = patterns.compile(rf"\[\^{KEY_IN_MARKER}*\]")


def keys_hidden(text: str) -> str:
    """Return text with each citation marker's key made "xxx", at the same offsets: the page shows a marker as its
    number, so a key named "reportedly" or "officials-said" keeps no hedge and says nobody's word."""
    return _MARKER.sub(lambda marker: "[^" + "x" * (len(marker.group()) - 3) + "]", text)


def markers_shown(text: str, hint: str) -> list[Finding]:
    """Refuse a citation marker in plain text (a title, a name, a claimant): the page, home page and feed would show
    "[^key]" as written, as they did a headline's."""
    return [Finding(marker.start(), f"holds the citation marker {marker.group()}, which the page would show as written",
                    hint) for marker in _MARKER.finditer(text)]


def malformed_markers(text: str) -> list[Finding]:
    """Refuse what was meant as a citation marker but is none ("[^ lockout]", "[^two words]", "[^]"): markdown
    shows it as written, and in an item cited by its `cite` list nothing else would say so."""
    return [Finding(found.start(), f"'{found.group()}' is no citation marker (a key holds no spaces), so the page "
                                   "would show it as written",
                    f"write it as [^{''.join(found.group(1).split()) or 'key'}]")
            for found in _MAYBE_MARKER.finditer(text) if not MARKER.fullmatch(found.group())]


# To its closing bracket, or up to the next "[^" (as MARKER's key, so that it scans the text once): "[^[^key]" is one.
_MAYBE_MARKER = patterns.compile(r"\[\^((?:[^\]\n\[]|\[(?!\^))*)(?:\]|(?=\[\^))")


# A timeline's `when` dated by the editor where the source gives only "Thursday" or "9 December": a new user wrote
# "12 November 2026" and was told to cite or correct it, never that `date` and `date_basis` say it (newuser_83).
_WHEN_HINT = ("write `when` as the source words it (\"Thursday\", \"9 December\") and give the calendar date in "
              "`date`, with `date_basis` saying how it follows; or cite the passage that gives this date")


def _when_worded(finding: Finding) -> Finding:
    """Return a finding of an event's `when`, a date its passages do not give hinted towards `date` and `date_basis`."""
    if finding.message.startswith('date "') and " is not in the passages " in finding.message:
        return Finding(finding.offset, finding.message, _WHEN_HINT)
    return finding


class FileCiter:
    """Turns one file's citation keys into numbered references, reporting bad ones."""

    def __init__(self, file: ContentFile, numbering: FootnoteNumbering, defined: dict[str, Definition],
                 problems: list[Problem], language: str = "", unverified: frozenset = frozenset(),
                 findings: KeptFindings | None = None, parties: tuple = (), texts=None, sides: int = 0,
                 neutral: tuple[str, ...] = (), numbered_names: tuple[str, ...] = ()):
        self.file = file
        self.numbered_names = numbered_names  # the parties' names holding a figure ("Keep It at 18"): no figure
        self.texts = texts  # a source's text by its id: the sentence holding a passage names whose words it gives
        self._cited: dict[str, Cited] = {}  # by key: its passage as the checks read it
        self._revising: list[str] | None = None  # the briefing's passages naming a figure as revised
        self._cited_texts = None  # the texts of the sources the briefing cites, once gathered
        self.parties = parties  # the briefing's parties as (id, naming words): whom a speaker may be
        # of two, "the two sides" names them and counts nothing; a mediator beside them takes no side (neutral_parties)
        self.sides = sides or len(parties)
        self.neutral = neutral  # the ids of parties that back no side: a lender, mediator, court (neutral_backing)
        self.findings = findings  # the sentence checks' findings the last plan of this briefing kept
        self.language = language  # of the file's prose ("" reads numbers as English does)
        self.numbering = numbering
        self.problems = problems
        self.defined = defined
        self.unverified = unverified  # passages a party's unverified claim cites: never to be stated as fact
        self.suggested = 0  # references to keys not defined, so far

    def refs(self, item, keys, field: str = "cite") -> tuple[Ref, ...]:
        """Return references for a list of keys written in `field` of `item`."""
        found = (self.ref(key, item.line_of(field), f"`{field}` entry '{key}'") for key in keys)
        return tuple(ref for ref in found if ref is not None)

    def misnamed(self, keys) -> bool:
        """Say whether a `cite` list names a key no citation of the briefing has: that one mistake is reported (by
        `ref`, with the key meant), not what the item states that the passages of its other keys do not back (a
        citation key renamed told the claim citing it that it "cites nothing" and that its figure was in no passage)."""
        return any(key not in self.defined for key in keys)

    def ref(self, key: str, line: int, what: str) -> Ref | None:
        """Return the reference for one key, or None after reporting why there is none."""
        if key not in self.defined:
            # The closest key, for the first few only: each looks through every key, and a briefing of 50,000
            # citation keys and as many wrong references took time growing with their product.
            self.suggested += 1
            close = closest(key[:200], sorted(self.defined)) if self.suggested <= MAX_SUGGESTED else None
            hint = (f"did you mean '{close}' (defined in {self.defined[close].shown})?" if close
                    else "define it under `citations:` in any file of this briefing")
            self.problems.append(Problem(self.file.shown, line, f"{what} names no citation of this briefing", hint))
            return None
        if not self.numbering.is_anchored(key):
            return None  # already reported by the anchoring stage
        return self.numbering.use(self.file.kind, key)

    def prose(self, item, field: str, require_citations: bool = True, inline: bool = False,
              cited_with: tuple[str, ...] = ()) -> Markup:
        """Return a markdown field as HTML, its markers numbered; report uncited paragraphs and sentences (a sentence
        citing something is read with the source's sentences holding `cited_with` too: a quote's context with the
        sentence holding the quote's words)."""
        text = getattr(item, field)
        if text:
            # A marker naming no citation is reported as such (by `ref`), not as the figures it leaves unbacked.
            found = self.check(_check_prose, text, self.language, self.sides, *self._passages_by_marker(text))
            self.report(item, field, outside_names(found, text, self.numbered_names))  # "Keep It at 18": a name
            seen = seen_prose(text, parse_prose(text))
            self.report_as_fact(item, field, seen)
            self.report_dropped_hedges(item, field, seen, cited_with=cited_with)
        return self._render(item, field, require_citations, inline)

    def report_dropped_hedges(self, item, field: str, seen: SeenProse, item_keys=(), by_claimant: bool = False,
                              cited_with: tuple[str, ...] = ()) -> None:
        """Report a sentence (or, with `item_keys`, an item cited as a whole) that states as fact what
        a passage it cites only reports ("reportedly", "allegedly") or gives as someone's word ("said"; but in a
        claim, `by_claimant`, whose claimant says whose word it is): it must hedge or attribute it too;
        and one using a superlative ("deadliest", "the most serious"), a time word or a vague count its passages do
        not use as it does (a sentence citing nothing, in a cited paragraph, uses them on no passage's word).
        They read the words the reader sees (`seen`), never a link's target nor a marker's key."""
        if item_keys:
            text = keys_hidden(seen.text)
            passages = self.passages(item_keys)
            reworded = self.check(_reworded_item, text, passages, self.language, self.parties, by_claimant)
            reworded = claimants_own_counts(reworded, getattr(item, "claimant", ""))  # "La policía": its 5.000
            self.report(item, field, reworded, seen)
            if not reworded:  # a name the words around it already got wrong is named once
                self.report(item, field, self.check(names_unbacked, text, passages, 0, self.language, self.parties,
                                                    self.named_words(item_keys), self.opening_name(text, text)), seen)
            if not by_claimant:
                self.report(item, field, self.check(_unattributed_in_item, text, passages, self.language,
                                                    self.claimed(item_keys), self.parties, self.neutral), seen)
                later = self.revising_later(item_keys)
                if later:
                    self.report(item, field, self.check(_revised_later_in_item, text, later, self.language),
                                seen)
            return
        for sentence in split_sentences(seen.text, self.language):
            keys = [key for key in sentence.keys if key in self.defined]
            if keys or not sentence.keys:  # a sentence citing nothing rests on no passage: its "deadliest" on none
                passages = self._with_holding(self.passages(keys), cited_with if keys else ())
                reworded = self.check(_reworded, keys_hidden(sentence.text), passages, sentence.start, self.language,
                                      self.claimed(keys), self.parties, self.neutral)
                self.report(item, field, reworded, seen)
                if keys and not reworded:
                    self.report(item, field, self.check(names_unbacked, keys_hidden(sentence.text), passages,
                                                        sentence.start, self.language, self.parties,
                                                        self.named_words(keys),
                                                        self.opening_name(sentence.text, seen.text)),
                                seen)
                later = self.revising_later(keys)
                if later:
                    self.report(item, field, self.check(revised_later, keys_hidden(sentence.text), later,
                                                        sentence.start, self.language), seen)

    def _with_holding(self, passages: Passages, keys) -> Passages:
        """Return `passages` with the source's sentences holding those of `keys`, as passages of no words of their own:
        a quote's context may name the place the sentence holding the quote's words names ("Dorr told reporters in
        Varsa"), while no check reads those words as the context's (a speaker's quoted words misread it)."""
        holding = [cited._replace(text="") for cited in self.passages(keys) if cited.holding]
        return Passages((*passages, *holding)) if holding else passages

    def named_words(self, keys) -> str:
        """Return the words the sources of `keys` name, with their titles, publishers and authors (source_words)."""
        anchored, sources = self.numbering.anchored, self.numbering.sources
        ids = sorted({anchored[key].source_id for key in keys if key in anchored})
        if not self.texts or not ids:
            return ""
        return merged_words(*(source_words(self.texts(source_id), sources[source_id].title,
                                           sources[source_id].publisher, sources[source_id].author)
                              for source_id in ids))

    def opening_name(self, text: str, field_text: str) -> str:
        """Return text's first word where it is a name no dictionary word could be, by how the sources the briefing
        cites and the field's text write it (swapped_names.opening_name): a sentence's first word is capitalised
        whatever it is."""
        word = opening_candidate(text) if self.texts and in_english(self.language) else ""
        if not word:
            return ""  # most sentences open with a word no name could be: the library is not read
        if self._cited_texts is None:
            # the sources this briefing cites: a name only another briefing's source gives is none of this one's
            cited = sorted({passage.source_id for passage in self.numbering.anchored.values()})
            self._cited_texts = tuple(self.texts(source) for source in cited)
        # A word no source holds at all is not read so: an honest paraphrase opens with a noun its sources word
        # otherwise as often ("Drought struck ..." of "A dry spell hit ...", tests/test_factcheck_155.py).
        return opening_name(word, self._cited_texts, field_text)

    def revising_later(self, keys) -> Passages:
        """Return the passages of the briefing that name a figure as revised, from reports dated later than every
        report `keys` cite: a sentence stating the old figure from the first report states what they revised."""
        anchored, sources = self.numbering.anchored, self.numbering.sources
        dates = [sources[anchored[key].source_id].date for key in keys if key in anchored]
        if not dates or "unknown" in dates:
            return Passages()
        if self._revising is None:  # most briefings cite no such passage: looked for once
            self._revising = [key for key, passage in anchored.items() if revising(passage.text)]
        if not self._revising:
            return Passages()
        return self.passages(key for key in self._revising
                             if max(dates) < sources[anchored[key].source_id].date != "unknown")

    def claimed(self, keys) -> Passages:
        """Return the passages of `keys` that a party's unverified claim cites: someone's word, never fact."""
        anchored = self.numbering.anchored
        return self.passages(key for key in keys if key in anchored and anchored[key] in self.unverified)

    def report_as_fact(self, item, field: str, seen: SeenProse, item_keys=()) -> None:
        """Report words asserting as fact ('confirmed', 'proved') in a sentence citing an unverified claim's passage,
        or anywhere in an item citing one (`item_keys`); quoted, negated or attributed uses are fine. It reads the
        words the reader sees (`seen`): a "said" in a link's target attributes nothing."""
        if not self.unverified:
            return
        text = seen.text
        anchored = self.numbering.anchored

        def cites_claim(keys) -> bool:
            return any(anchored.get(key) in self.unverified for key in keys)

        whole = cites_claim(item_keys)
        if not whole and not cites_claim(marker.key for marker in parse_prose(getattr(item, field)).markers):
            return  # the commonest case, found without splitting the text into sentences
        for sentence in split_sentences(text, self.language):
            if whole or cites_claim(sentence.keys):
                for word, offset in self.check(hedging_found, keys_hidden(sentence.text), self.language):
                    self.problems.append(Problem(
                        self.file.shown, item.line_at(field, seen.written_offset(sentence.start + offset,
                                                                                 getattr(item, field))),
                        f"`{field}`: a sentence citing a party's unverified claim is worded as fact: '{word}'",
                        "attribute it to the claimant, or use words that do not assert it"))

    def passages(self, keys) -> Passages:
        """Return the passage texts of the anchored keys among `keys`, each with its source's language."""
        anchored, cited = self.numbering.anchored, self._cited
        return Passages(cited.get(key) or self._cite(key) for key in keys if key in anchored)

    def _cite(self, key: str) -> Cited:
        """Return an anchored key's passage as the checks read it, made once per file: a claim's fields and its
        sentences ask for the same keys again (97,800 asked for 17,600 at 20,000 citations)."""
        passage = self.numbering.anchored[key]
        source = self.texts(passage.source_id) if self.texts else ""
        holding = sentence_around(source, passage.start, passage.end) if source else ""
        paragraph = paragraph_around(source, passage.start, passage.end) if source else ""
        if ":" in paragraph and (going_on := turn_going_on(source, passage.start)):
            paragraph = f"{going_on}\n{paragraph}"  # a hearing's plain "Q:" is its last named questioner's
        source_entry = self.numbering.sources[passage.source_id]
        found = self._cited[key] = Cited(as_checked(passage.text),  # "3<ZWSP> metres" says 3 metres, "£46·2m" £46.2m
                                         source_entry.language, as_checked(holding), paragraph,
                                         source_entry.statement_of,
                                         "" if source_entry.date == "unknown" else source_entry.date,
                                         officials_named(source) + spanish_officials_named(source) if source else ())
        return found

    def _passages_by_marker(self, text: str) -> list[str | Passages | None]:
        """Return each [^key] marker's key of prose followed by its passages (None for a key naming no citation)."""
        return [part for key in dict.fromkeys(MARKER.findall(text))
                for part in (key, self.passages((key,)) if key in self.defined else None)]

    def check(self, check, *args) -> list:
        """Return what a sentence check of attribution.py finds: as the last plan found it, if it was given the same."""
        return self.findings.run(check, *args) if self.findings is not None else check(*args)

    def report(self, item, field: str, findings: list[Finding], seen: SeenProse | None = None) -> None:
        """Report attribution findings at the line of the field's text they are on (of its `seen` words, when they
        were found there)."""
        reported = set()
        for finding in findings:
            offset = seen.written_offset(finding.offset, getattr(item, field)) if seen else finding.offset
            problem = Problem(self.file.shown, item.line_at(field, offset), f"`{field}`: {finding.message}", finding.hint)
            if problem not in reported:  # one line's equal findings are one problem: 150,000 were kept and pickled
                self.problems.append(problem)
                reported.add(problem)

    def _render(self, item, field: str, require_citations: bool, inline: bool,
                parsed: ParsedProse | None = None) -> Markup:
        text = getattr(item, field)
        if not text:
            return Markup("")
        parsed = parsed or parse_prose(text)
        for line in item.joined_paragraphs(field):
            self.problems.append(Problem(self.file.shown, line, f"`{field}`: YAML folds the one blank line before this "
                                         "paragraph into a line break, so it would run on from the one above",
                                         f"write `{field}: |` with the text below it: YAML keeps a `|` block's lines as written"))
        if require_citations:
            for line_offset in parsed.uncited_paragraphs:
                self.problems.append(Problem(self.file.shown, item.line_at(field, line_start(text, line_offset)),
                                             f"`{field}`: paragraph has no citation",
                                             "support it with a [^key] citation, or remove it"))
        self.report_markup_tricks(item, field, text, parsed)
        self.report(item, field, malformed_markers(text))
        lines = {marker.key: item.line_at(field, _marker_offset(text, marker)) for marker in parsed.markers}

        def cite(key: str, env: dict) -> str:
            ref = self.ref(key, lines.get(key, item.text_start(field)), f"citation marker [^{key}]")
            return ref.__html__() if ref else ""

        return Markup(render_prose(parsed, cite, inline=inline))

    def report_markup_tricks(self, item, field: str, text: str, parsed: ParsedProse) -> None:
        """Report markdown that shows the reader what the checks never read: "*Tues*day", "&#57;00",
        "&#x202e;" (a character the YAML itself may not hold), text right after a marker."""
        if parsed.paragraphs and "](" not in text:
            return  # plain prose shows what it says, but for brackets right after a marker: "[^key](9000)"
        for line, number in numbered_list_starts(parsed):
            self.problems.append(Problem(self.file.shown, item.line_at(field, line_start(text, line)),
                                         f"`{field}`: a numbered list starting at {number} shows \"{number}.\" before "
                                         "its first item, a number no check reads",
                                         f"number a list from 1; to start a line with a figure, write a backslash before "
                                         f"its dot ({number}\\.), and it is read as one"))
        for line, href in links_to_evidence(parsed):
            self.problems.append(Problem(self.file.shown, item.line_at(field, line_start(text, line)),
                                         f"`{field}`: a link to {href} leads to a note or a source's passage, though "
                                         "no check read the sentence against it",
                                         "cite the source with a [^key] marker: only its sentence is checked"))
        for line, wrong in misleading_links(parsed, text):
            self.problems.append(Problem(self.file.shown, item.line_at(field, line_start(text, line)),
                                         f"`{field}`: a link's address {wrong}",
                                         "write the address the link leads to, as a reader's browser opens it"))
        for line, address in unlinked_addresses(text):
            self.problems.append(Problem(self.file.shown, item.line_at(field, line_start(text, line)),
                                         f"`{field}`: a link to '{address}' would show as its markdown, not as a "
                                         "link: only a web address (http, https), mailto or a page of the site is "
                                         "linked", "link to http(s) or a relative page"))
        shown = visible_text(parsed)
        if shown == text:
            return
        self.report(item, field, shown_unchecked(text, shown, self.language))
        forbidden = first_forbidden(shown)
        disguised = disguised_text(shown)
        if forbidden or disguised:
            what = (f"{refused_kind(forbidden.group())} U+{ord(forbidden.group()):04X}" if forbidden else
                    disguised[1].removesuffix(" is not allowed"))
            self.problems.append(Problem(self.file.shown, item.line_of(field), f"`{field}`: markup writes {what}",
                                         "type the characters themselves, without character references (&...;)"))

    def prose_with_refs(self, item, field: str, keys, worded_by_status: bool = False,
                        about_sources: bool = False) -> tuple[Markup, tuple[Ref, ...]]:
        """Return a field's HTML and the references of `keys` not already cited inline in it.

        The item is cited as a whole: every figure, date and quoted phrase in its text must be
        in one of the passages it cites, inline or in `keys`. A claim's own words are checked for
        wording as fact by its status (`worded_by_status`), not by the passages it cites; its claimant says whose
        word it is, as a caveat (`about_sources`) speaks of the sources, not for them.
        """
        text = getattr(item, field)
        parsed = parse_prose(text) if text else None
        html = self._render(item, field, require_citations=False, inline=True, parsed=parsed)
        inline = set(self.inline_keys(item, field))
        if text and not self.misnamed([*keys, *inline]):
            cited = [*keys, *sorted(inline)]
            found = self.check(check_item_text, text, self.passages(cited), self.language, "item", self.sides)
            self.report(item, field, outside_names(found, text, self.numbered_names))
            self.report(item, field, self.check(introduced_saying_denied, text, introduced_passages(self.texts, [
                self.numbering.anchored.get(key) for key in cited]), self.language,
                worded_by_status or about_sources))  # introduced_sayings.py: a claimant's or caveat's words are theirs
            self.report(item, field, self.check(deed_antonym_findings, text, self.passages(cited), self.language))
            seen = seen_prose(text, parsed)
            if not worded_by_status:
                self.report_as_fact(item, field, seen, cited)
            self.report_dropped_hedges(item, field, seen, cited, by_claimant=worded_by_status or about_sources)
        return html, self.refs(item, [key for key in keys if key not in inline])

    def checked_text(self, item, field: str, keys) -> str:
        """Return a plain-text field, reporting any figure, date or quotation in it that no passage of `keys` gives."""
        text = getattr(item, field)
        if text:
            stated = [] if self.misnamed(keys) else outside_names(self.check(
                _stated, as_written(text), self.passages(keys), self.language, self.sides), as_written(text),
                self.numbered_names)  # "chair of Keep It at 18": the party's name (party_name_figures.py)
            stated += [] if self.misnamed(keys) else self.check(given_of_none_found, text, self.passages(keys),
                                                                self.language)
            if field == "when":
                stated = [_when_worded(finding) for finding in stated]
                # "Early June 2025" is a time the source words: a part of a month it never gives is refused
                # (month_parts.py), where no figure or date of it was already
                if not stated and not self.misnamed(keys):
                    stated = self.check(when_part_not_given, text, self.passages(keys), 0, self.language)
            self.report(item, field, stated + markers_shown(text, "remove it: this field is plain text, cited by the "
                                                                  "item's `cite` list"))
        return text

    def checked_basis(self, item, field: str, keys) -> str:
        """Return a plain-text field saying how something follows from its sources (an event's `date_basis`):
        a figure, date or weekday in it must stand in a passage of `keys` or be their source's publication date."""
        text = getattr(item, field)
        if text and not self.misnamed(keys):
            passages = self.passages(keys)
            published = tuple(self.publication_dates(keys))
            self.report(item, field, self.check(_based, as_written(text), passages, published, self.language))
            self.report(item, field, _weekday_far(item, text, published, self.language) + self.check(turned_basis, text, item.date))
        return text

    def publication_dates(self, keys) -> list[Cited]:
        """Return the publication date of each source the anchored `keys` cite, with its weekday ("2026-02-27 Friday"):
        what a date derived from "the report's date" rests on besides the passages."""
        anchored, sources = self.numbering.anchored, self.numbering.sources
        dated = dict.fromkeys(sources[anchored[key].source_id] for key in keys if key in anchored)
        return [Cited(f"{source.date} {WEEKDAYS['en'][datetime.date.fromisoformat(source.date).weekday()]}")
                for source in dated if source.date != "unknown"]

    def checked_heading(self, item, field: str) -> str:
        """Return a title or heading: it cites nothing, so a figure, date, quotation or superlative in it must
        stand in a passage the briefing cites somewhere."""
        text = getattr(item, field)
        if text:
            found = self.heading_findings(text)
            if field == "unit":  # "milliard d'euros": its scale states nothing alone (unit_scale_words.py)
                found = without_the_unit_s_scale(text, found)
            self.report(item, field, found + markers_shown(
                text, "remove it: a heading cites nothing; what it states must stand in a passage the briefing cites"))
        return text

    def checked_names(self, item, *fields: str) -> None:
        """Check short fields shown like headings (a party's name, a speaker's role, a measure, a unit):
        they cite nothing either, so a figure, date or quotation in one must stand in a cited passage."""
        for field in fields:
            self.checked_heading(item, field)

    def heading_findings(self, text: str) -> list[Finding]:
        """Return what a heading states that no passage of the briefing backs: a headline's "deadliest war" is
        held to the source as a sentence's is."""
        return heading_findings(text, lambda: self.passages(self.numbering.anchored), self.language, self.sides,
                                self.check)

    def checked_log_text(self, entry, near: Callable[[], Passages], sources: Callable[[], Passages],
                         cited: Callable[[], Passages] = Passages) -> None:
        """Report what a log entry's `text` states that neither `near()` nor `sources()` gives (log_backing.py), and
        what it words otherwise than the passages the briefing cites (`cited()`): it cites nothing, yet the home page,
        the feed and the downloads show it as what the briefing now says."""
        read = near
        found = heading_findings(entry.text, near, self.language, self.sides, self.check)
        if found:  # a correction may restate a source's own correction, which the briefing need not cite
            read = functools.cache(lambda: Passages((*near(), *sources())))
            found = heading_findings(entry.text, read, self.language, self.sides, self.check)
        if not found and states_figure(entry.text):  # nor one what it is read against names as wrong: "by seven
            # votes to two" of a source's "An earlier version of this report said the cabinet vote was seven to two"
            # (revised.py); the sources whole only where the entry needed them, as they cost seconds to read
            found = self.check(corrected_told_as_current, entry.text, read(), 0, self.language)
        if not found:  # an outcome it tells is read as a sentence's is, against every passage the briefing cites:
            # "The bondholders agreed to a 45 percent cut" of "proposed that bondholders accept" built (test_newuser_97);
            # whose word or hedge is not read, as the entry cites no one passage of them
            found = [finding for sentence in split_sentences(entry.text, self.language) for check in _LOG_OUTCOMES
                     for finding in self.check(check, sentence.text, cited(), sentence.start, self.language)]
        hint = ("a log entry cites nothing: say what changed in the words of the sources the briefing cites or of "
                "the briefing itself (what it said before goes in a correction's `wrong`)")
        self.report(entry, "text", [Finding(finding.offset, finding.message, hint) for finding in found])

    def checked_aliases(self, party) -> None:
        """Report an alias of a party stating what no passage of the briefing backs: the page never shows one, but
        the briefing's data download does, as a name the sources give the party."""
        for alias in party.aliases:
            for finding in self.heading_findings(alias):
                self.problems.append(Problem(self.file.shown, party.line_of("aliases"), f"`aliases` '{alias}': "
                                             f"{finding.message}", "an alias is a name the sources give the party: "
                                             "write it as a passage the briefing cites does"))

    def checked_labels(self, item, field: str = "labels") -> None:
        """Report a briefing's own labels (`comparisons: Forces compared`) that state what its passages do not:
        they are headings the page shows like any other; the locale's {placeholders} are not words."""
        for key, text in getattr(item, field).items():
            for finding in self.heading_findings(_PLACEHOLDER.sub(" ", text)):
                line = item.lines.get(f"{field}.{key}", item.line_of(field))  # the key's own line
                self.problems.append(Problem(self.file.shown, line, f"`{field}` '{key}': {finding.message}",
                                             finding.hint))

    def inline_keys(self, item, field: str) -> list[str]:
        """Return the keys a markdown field cites with [^key] markers, in order."""
        text = getattr(item, field)
        return list(dict.fromkeys(marker.key for marker in parse_prose(text).markers)) if text else []

    def plain_text(self, item, field: str) -> str:
        """Return a markdown field as plain text without citation markers, for metadata."""
        return plain_text(getattr(item, field))


# The checks a plan runs, each a function of its arguments alone: what KeptFindings keeps their findings by.

def _check_prose(text: str, language: str, sides: int, *passages_by_marker: str | Passages | None) -> list[Finding]:
    """Return check_prose's findings, given each marker's key followed by its passages."""
    passages = dict(zip(passages_by_marker[::2], passages_by_marker[1::2]))
    return check_prose(text, passages.get, language, sides)


_MULTIPLE_AFTER_BOUND = 24  # characters from a multiple's bound ("more than", "nearly") to its word ("double")


def _timed_or_counted(text: str, passages: Passages, offset: int, language: str,
                      beliefs: bool = True, amounts: list[Finding] = ()) -> list[Finding]:
    """Return the time words, vague counts, changes by a multiple, months named alone, rates and their bases, groups'
    figures, the measures of amounts, codes, beliefs and Solar Hijri months of text that its passages do not back
    ("yesterday", "dozens", "doubled", "in April", "£1.2bn a month" for "a year", "per million" for "per 100,000",
    "revenue of $40 million" for "a profit of $40 million", "44% of voters" for "44% of the votes cast", "2% of GDP"
    for "2% of its budget", "rose 8%" for "8% in the capital",
    "CV25-1187", a belief told as fact, "اردیبهشت" for "فروردین")."""
    # "more than double its debt" of "debt of $40 million and assets of $75 million" is named once, by the amounts'
    # ratio (1.9 times: `amounts`, amount_shares.py), not as a change by a multiple too (factcheck_141)
    multiples = [finding for finding in german_multiples_said_in_words(  # "verdoppelt" of "das Doppelte" (184)
                     unbacked_multiples(text, passages, offset, language), text, passages, language)
                 if not any(0 <= finding.offset - share.offset <= _MULTIPLE_AFTER_BOUND for share in amounts)]
    return (unbacked_time_words(text, passages, offset) + relative_for_a_date(text, passages, offset, language)
            + unbacked_vague_counts(text, passages, offset, language)
            + multiples + unbacked_months(text, passages, offset, language)
            + unbacked_locale_months(text, passages, offset, language)  # "a ottobre" of "a settembre" (newuser147)
            + changed_rates(text, passages, offset, language) + changed_rate_bases(text, passages, offset, language)
            + changed_periods(text, passages, offset, language)
            + one_day_as_rate(text, passages, offset, language)  # "3 million a day" of "on Monday alone"
            + changed_vote_bases(text, passages, offset, language)
            + changed_share_bases(text, passages, offset, language) + part_as_whole(text, passages, offset, language)
            + part_told_as_whole(text, passages, offset, language)
            + whole_told_as_part(text, passages, offset, language)  # "12 000 ... à Paris" of "dont 4 200 à Paris"
            + quota_told_as_catch(text, passages, offset, language)  # "caught 18,900 tonnes" of a quota's (newuser_110)
            + contrasted_figure_told_as_given(text, passages, offset, language)  # "not the 27,800 tonnes Norland cites"
            + figures_moved_between_months(text, passages, offset, language)
            + swapped_group_figures(text, passages, offset, language) + swapped_measures(text, passages, offset, language)
            + unbacked_codes(text, passages, offset, language)
            # a claim's card says whose belief its words are: its claimant's (Brennick's "believes", newuser_42)
            + (told_as_fact(text, passages, offset, language) if beliefs else [])
            + changed_solar_months(text, passages, offset))


# What a log entry may not turn round: an offer told accepted, no deal told reached, a weighed act told done, a bill
# told as law.
_LOG_OUTCOMES = (offers_told_accepted, agreement_told_reached, weighed_told_as_decided, final_told_of_earlier_stage)


def _reworded(text: str, passages: Passages, offset: int, language: str,
              claimed: Passages = Passages(), parties: tuple = (), neutral: tuple[str, ...] = ()) -> list[Finding]:
    """Return what a sentence (or an item cited as a whole) words otherwise than its passages: a hedge or whose
    word it is dropped, its words given to another speaker, a negation dropped or added, a superlative, a time word
    or a vague count ("dozens") they do not use."""
    amounts = misstated_amount_shares(text, passages, offset, language)  # named once with a multiple's (factcheck_141)
    # a party swapped is named once: by its place, else by the figure a run of results gives it, else by the
    # comparison it turns round ("Beta won 31%, ahead of Alpha" citing "Alpha won 31%, ahead of Beta")
    swapped = (swapped_parties(text, passages, offset, language, parties)
               or swapped_in_korean(text, passages, offset, parties)
               or holder_swapped_in_korean(text, passages, offset, parties)
               or swapped_in_arabic(text, passages, offset, parties)
               or swapped_marked(text, passages, offset, parties)
               or swapped_party_figures(text, passages, offset, language, parties)
               # two sides' figures swapped between their sentences of the source, cited in part (newuser_94)
               or figures_swapped_across_passages(text, passages, offset, language, parties)
               or accusation_swapped(text, passages, offset, language, parties)
               or turned_ends(text, passages, offset, language, parties)
               # a commitment given to another doer in a clause shaped otherwise (factcheck_115)
               or commitments_given_to_another(text, passages, offset, language, parties)
               # an Italian deed given to another party: "La Regione ha sospeso" of "Il Tar ha sospeso" (factcheck_178)
               or doer_turned(text, passages, offset, language, parties))
    # a refusal told as agreed drops a negation too ("conceded" citing "refused to concede"): named once
    negations = (swapped_contrasts(text, passages, offset, language)  # "food, not weapons" of "weapons, not food"
                 or flipped_negations(text, passages, offset, language)
                 or emphatic_denial_dropped(text, passages, offset, language)  # "a metre of its land" (fc250)
                 # "ha confirmado que el 60 % ... no alcanza" of "una cifra que la confederación no ha confirmado"
                 or denied_in_relative_clause(text, passages, offset, language))
    # "Southland denies subsidising ..." citing "Northland says Southland subsidises ...; Southland denies this"
    negations = read_again(negations, text, passages, language,
                           lambda spelled: flipped_negations(text, spelled, offset, language))
    # "Two members voted against the merger" citing "approved the merger by seven votes to two": the tally's two
    negations = [] if negations and backed_by_tally(text, passages, language) else negations
    # "Analysts expected inflation of 4%" of "5%, not the 4% analysts expected": a figure set aside, told as whose it
    # was, negates nothing (set_aside_figures.py)
    negations = [] if negations and told_as_set_aside(text, passages) else negations
    # "accepted that" of "denied that" is named once, as the stance turned, not as a negation dropped (factcheck_117)
    stance = turned_stance(text, passages, offset, language, parties) if negations else []
    negations = stance or negations
    # "did not call the contract legally sound" of "called it legally flawed": no negation added, no word turned
    restated = (negated_opposite(text, passages, language)
                # "would not lift ... before" of "would keep ... until" (factcheck_142)
                or kept_until_restated(text, passages, language))
    negations = [] if restated else negations
    # a deed turned into its opposite is no deed unbacked too ("agreed to" citing "refused"): named once, as turned;
    # so is a stance turned ("agreed that" of "denied that": factcheck_120)
    turned = stance or ([] if negations else (turned_deeds(text, passages, offset, language, parties=parties)
                                              or undone_deeds(text, passages, offset, language)))
    # whose word it is: named once, not also as told certain by offers_languages.py (factcheck_120)
    attributed = (dropped_attribution(text, passages, offset, claimed)
                  or party_word_as_fact(text, passages, offset, parties, language)
                  or claim_told_with_its_denial(text, passages, offset, parties, language)  # denials_kept.py
                  or blame_told_as_deed(text, passages, offset, language, parties)  # mutual_blames.py
                  or reporter_swapped_de(text, passages, offset, language, parties)  # "warnt" (newuser_133)
                  or pronoun_speakers_misread(text, passages, offset, parties, language)  # "It says" (newuser_128)
                  # "X, which says it represents ...": a party's word in a relative clause (newuser_95)
                  or relative_word_as_fact(text, passages, offset, parties, language)
                  # "The vaccine is 82% effective" of "The company reported an efficacy of 82%" (factcheck_196)
                  or reported_figure_as_fact(text, passages, offset, language, parties, neutral)
                  # "About 2,400 ... began a strike; 31 ships were waiting" of the operator's "31" (item_whose_word.py)
                  or reported_figure_in_clauses(text, passages, offset, language, parties, neutral)
                  or party_word_as_fact_in_korean(text, passages, offset, parties)
                  or party_word_as_fact_in_japanese(text, passages, offset, parties)
                  or party_word_as_fact_in_arabic(text, passages, offset, parties)
                  or party_word_as_fact_in_bengali(text, passages, offset, parties)
                  or own_deed_as_fact(text, passages, offset, language, parties)
                  or passive_deed_as_fact(text, passages, offset, language, parties)
                  # "accepted that" of "rejected claims that" is named once, as the stance turned (factcheck_120)
                  or ([] if turned else vouched_for(text, passages, offset, language))
                  # a Spanish or German party's claim ("afirma", "wirft ... vor"), after the checks naming the party
                  or claim_as_fact(text, passages, offset)
                  or put_figure_as_fact(text, passages, offset, parties)  # "beziffert ... auf": a party's own figure
                  # "assure que", "versichert, ...": an assurance, after the checks naming the party (factcheck_152)
                  or dropped_assurance(text, passages, offset)
                  # "is ready to mediate" of "said it was ready to mediate": a readiness is its own word (factcheck_135)
                  or readiness_as_fact(text, passages, offset, language))
    found = (dropped_hedge(text, passages, offset)
            + attributed
            + (read_again(misattributed(text, passages, offset, parties), text, passages, language,
                          lambda spelled: misattributed(text, spelled, offset, parties))
               # "The union said 31 ships ..." citing the walkout and the operator's "31 ships" (item_whose_word.py)
               or misattributed_by_own_figures(text, passages, offset, parties)
               or figure_of_another_speaker(text, passages, offset, parties, language)  # speaker_figures.py
               or role_given_a_named_turn(text, passages, offset)  # "the moderator said" of a candidate's turn
               # "Pryce told the committee" of "Mr Lindqvist, you told this committee" (newuser_98)
               or addressed_words_given_away(text, passages, offset, language, parties)
               or document_given_to_speaker(text, passages, offset, language, parties)  # "and I quote"
               or called_by_another(text, passages, offset, language, parties)
               or called_after_an_apposition(text, passages, offset, language, parties)  # apposed_callers.py
               or unnamed_speaker_swapped(text, passages, offset, language, parties)
               # "Helen Okafor says" of "..., said Helen Okafor. The group says ..." (factcheck_187)
               or words_of_an_unnamed_voice(text, passages, offset, language, parties)
               or misattributed_in_arabic(text, passages, offset, parties)
               or misattributed_in_bengali(text, passages, offset, parties)
               or misattributed_in_korean(text, passages, offset, parties)
               or turned_stance_in_korean(text, passages, offset, parties)
               or misattributed_in_japanese(text, passages, offset, parties)
               or misattributed_in_chinese(text, passages, offset, parties)
               or read_again(words_of_another_speaker(text, passages, offset, language, parties), text, passages,
                             language, lambda spelled: words_of_another_speaker(text, spelled, offset, language,
                                                                                parties))
               or given_to_accuser(text, passages, offset, language)
               or words_of_decliner(text, passages, offset, language)  # "declined to comment" (factcheck_135)
               or figure_given_to_another_giver(text, passages, offset, language, parties)  # "según la consejería"
               or invented_accusation(text, passages, offset, language))
            + quoted_as_own(text, passages, offset, parties) + (swapped or flipped_comparatives(text, passages, offset, language)
                                                           # factcheck_124: "above" a minimum of "below", named once
                                                           or turned_bound_sides(text, passages, offset, language)
                                                           or party_comparisons(text, passages, offset, language, parties))
            + (dropped_conditions(text, passages, offset, language) or dropped_condition_in_bengali(text, passages, offset)
               or dropped_terms(text, passages, offset, language))
            + turned_outcomes(text, passages, offset, language)
            + opposite_states(text, passages, offset, language)  # "are right" of "are wrong" (factcheck_176)
            + broken_agreements(text, passages, offset, language)  # "was broken" of "signed a ceasefire" (fc250)
            + application_told_granted(text, passages, offset, language)  # "taken jobs" of "applied for jobs"
            + cleared_of_what_was_found(text, passages, offset, language)  # "cleared" of "found fault" (fc250)
            + absence_told_from_no_evidence(text, passages, offset, language)  # "no fraud" of "no evidence of fraud"
            + control_told_otherwise(text, passages, offset, language)  # "lose their majority" of "still a majority"
            + degree_turned(text, passages, offset, language)  # "rose sharply" of "slightly higher" (factcheck_238)
            + ruled_out_harm_told(text, passages, offset, language)  # "several seriously" of "none seriously"
            + figure_kind_changed(text, passages, offset, language) + award_told_as_sought(text, passages, offset, language)  # fc_245
            + wrong_and_corrected_swapped(text, passages, offset, language)  # newuser_122: 44.8 told as corrected
            + vietnamese_told_as_done(text, passages, offset, language)
            + possible_told_as_done(text, passages, offset) + may_told_as_done_in_arabic(text, passages, offset)
            + vietnamese_changed_counts(text, passages, offset, language)
            + asked_told_as_done(text, passages, offset)
            + unanswered_told(text, passages, offset, language, parties)  # a question told as answered
            + majority_unbacked_in_korean(text, passages, offset)
            + told_as_won(text, passages, offset, language) + misread_shares(text, passages, offset, language)
            + _election_results(text, passages, offset, language,
                                                                                 bool(negations))
            + won_in_full(text, passages, offset, language)
            + made_whole(text, passages, offset, language)
            + agreement_told_reached(text, passages, offset, language)
            + sides_swapped(text, passages, offset, language)  # an offer's figure told as the demand (newuser_114)
            + cut_told_as_level(text, passages, offset, language) + rate_units_changed(text, passages, offset, language)
            + partial_cause_told_whole(text, passages, offset, language)  # "por" of "en parte por" (factcheck209)
            + pending_told_decided(text, passages, offset, language)  # "proclamó" of "proclamará" (newuser_132)
            + minor_told_otherwise(text, passages, offset, language) + part_told_whole(text, passages, offset, language)
            + told_as_present(text, passages, offset, language)
            + untold_talks_steps(text, passages, offset, language)  # "raised its offer" of "has offered"
            + changed_ranks(text, passages, offset, language) + changed_chinese_ranks(text, passages, offset)
            + unranked_events(text, passages, offset, language)  # "la deuxième manifestation" of none
            # "the highest the law allows" restates a passage's "up to 10%": told_as_maximum reads it (factcheck_120)
            + without_same_sense_superlatives(without_bound_superlatives(  # "smallest share" of "lowest" (184)
                unbacked_superlatives(text, passages, offset, language), text, passages, offset), text, passages, offset)
            # a finding a court did not make told as made: named once, as a negation dropped where polarity.py reads it
            + (negations or told_as_found(text, passages, offset, language)
               or ([] if restated else prefixed_opposite(text, passages, offset, language)))  # prefixed_opposites
            + unkept_date_bounds(text, passages, offset, language) + unkept_month_parts(text, passages, offset, language)
            + deadline_where_none_set(text, passages, offset, language)  # "within a year" of "no deadline"
            + unhedged_forecasts(text, passages, offset, language)
            # a rise told as a fall beside its figure is named once, as the figure's
            + (turned_directions(text, passages, offset, language) or turned_verbs(text, passages, offset, language)
               or levels_turned(text, passages, offset, language) or slowed_as_turned(text, passages, offset, language)
               or levels_swapped(text, passages, offset, language)  # factcheck_155: 'lag bei 61,8, nach 58,9' of '58,9, nach 61,8'
               or changes_reversed(text, passages, offset, language)  # factcheck_122: 'narrowed' for 'widened ... to'
               or bare_directions_turned(text, passages, offset, language)  # "Turnout rose." of "62%, down from 68%"
               or ([] if turned else turned_toward(text, passages, offset, language)))  # a deed turned, named once
            + told_as_held(text, passages, offset, language) + cut_hedges(text, passages, offset, language)
            + held_after_report(text, passages, offset, language)  # newuser_116: "fand am 16. März statt" of a report of 12 March
            + italian_held_after_report(text, passages, offset, language)  # newuser_129: "si è svolto il 14 maggio" of a report of 10 March
            + not_ruled_out_told_certain(text, passages, offset, language)  # factcheck222: "sarà trasferita" of "non ha escluso che ... possa"
            + plan_called_off_as_standing(text, passages, offset, language)
            + withdrawn_as_standing(text, passages, offset, language)  # factcheck_122: a withdrawn claim as standing
            # a negation added before a speaker's words: named once, as polarity.py's where it reads the clause
            + (cut_negations(text, passages, offset, language)
               or ([] if negations else negated_quotes(text, passages, offset, language)))
            + quotation_cut_before_limit(text, passages, offset, language)  # "We will not disarm" of "... first"
            + ([] if negations else denied_harms(text, passages, offset, language))
            + changed_status(text, passages, offset, language) + widened_scope(text, passages, offset, language)
            + preliminary_as_ruling(text, passages, offset, language)
            + civil_told_as_criminal(text, passages, offset, language) + qualifier_added(text, passages, offset, language)
            + dropped_universal_qualifiers(text, passages, offset, language)  # "ningún paciente" of "... urgente"
            + steps_taken_further(text, passages, offset, language)
            + deeds_given_to_another(text, passages, offset, language)
            + winner_turned(text, passages, offset, language, parties)
            + trait_given_to_another(text, passages, offset, language, parties) + decided_before_its_hearing(text, passages, offset, language)  # newuser_134
            + plea_or_verdict_turned(text, passages, offset, language) + court_level_changed(text, passages, offset, language)
            + average_as_rate(text, passages, offset, language)
            + taken_further(text, passages, offset, language) + dropped_likelihoods(text, passages, offset, language)
            + dropped_likelihoods_in_languages(text, passages, offset, language)
            + seeming_as_fact(text, passages, offset, language)
            + _told_as_done_once(text, passages, offset, language, bool(attributed))
            + corrected_told_as_current(text, passages, offset, language)  # a corrected figure, any table's language
            + sans_told_done(text, passages, offset, language)  # 'a rejeté' of 'sans la rejeter' (newuser_117)
            + counts_moved_between_nouns(text, passages, offset, language)  # 'trois audiences' of 'deux' (fc_192)
            + proposed_told_done(text, passages, offset, language)  # 'a réduit' of 'a proposé de réduire' (fc_192)
            + unlikely_told_likely(text, passages, offset, language)  # 'est probable' of 'peu probable' (fc_192)
            + judged_offer_told_accepted(text, passages, offset, language)  # 'a accepté l'offre' of 'insuffisante'
            + estimate_told_as_fact(text, passages, offset, language)  # 'pertes ... 95 millions' of 'estime ses pertes à'
            + estimate_told_as_fact_in_german(text, passages, offset, language)  # 'beträgt' of 'schätzt den Schaden auf'
            + dropped_in_german(text, passages, offset, language)  # 'geäußert' of 'nicht geäußert' (fc_248)
            + unshown_told_shown(text, passages, offset, language)  # 'a reconnu que' of 'n'a pas démontré que'
            + called_off_told_done(text, passages, offset, language)  # newuser_114: 'ha desconvocado la huelga'
            + widened_proportions(text, passages, offset, language) + misstated_fractions(text, passages, offset, language)
            + factors_as_measures(text, passages, offset, language)  # factcheck_124: 'rose by 3 times' of '3 metres'
            + amounts  # factcheck_124: a third of £14.8m
            + widened_frequencies(text, passages, offset, language) + unbounded_firsts(text, passages, offset, language)
            + moved_year_words(text, passages, offset, language)  # 'in 2009' of 'since 2009' (newuser_94)
            + vehicle_classes_swapped(text, passages, offset, language)  # light told as heavy (newuser_111)
            + multiple_verb_changed(text, passages, offset, language)  # "triplicati" of "raddoppiati" (factcheck_178)
            + payer_changed(text, passages, offset, language, parties)  # "a carico della Regione" of "della società"
            + plan_told_done(text, passages, offset, language)  # "è avvenuta il 30 giugno" of "è prevista per" (fc_178)
            + offers_told_accepted(text, passages, offset, language)
            + french_offer_told_granted(text, passages, offset, language)  # "a accordé" of "propose" (newuser145)
            + french_ruled_out_told_done(text, passages, offset, language)  # "va verser" of "a exclu de verser"
            + compared_against_passages(text, passages, offset, language)
            + misjudged_bounds(text, passages, offset, language, parties)  # factcheck_128: 20 "meets" a minimum of 35
            + turned_comparisons(text, passages, offset, language)
            + turned_order(text, passages, offset, language) + swapped_acts(text, passages, offset, language)
            + alternatives_as_done(text, passages, offset, language)
            + asked_told_as_received(text, passages, offset, language)  # "asked for X but received only Y"
            + demand_told_as_won(text, passages, offset, language)  # "secured" of "demands" (factcheck_135)
            # "définitivement adoptée" of "adopté en première lecture": a bill told as law (newuser_109)
            + final_told_of_earlier_stage(text, passages, offset, language)
            + member_on_other_side(text, passages, offset, language)  # factcheck119: "One of them, Cllr Haddad"
            + turned_vote_splits(text, passages, offset, language) + turned_differences(text, passages, offset, language)
            + intentions_as_certain(text, passages, offset, language)  # "will appeal" of "said they would"
            + weighed_told_as_decided(text, passages, offset, language)  # "will sue" of "would consider suing"
            # "erwägt" of "schließt ... aus" (newuser_104): named once, as a negation dropped where polarity.py reads one
            + ([] if negations else weighed_or_ruled_out(text, passages, offset, language))
            # "rechnet damit, dass" of "erwarte nicht, dass" (newuser_105): named once, as polarity.py's where it reads it
            + ([] if negations else turned_expectations(text, passages, offset, language))
            # "hat ... zugestimmt" of "Eine Zusage ... sei das nicht" (factcheck_145): named once, as polarity.py's
            + ([] if negations else consent_told_given(text, passages, offset, language))
            + count_without_giver(text, passages, offset, language)  # the organisers' 15,000 told as the march's
            + offers_told_imposed(text, passages, offset, language)  # "required ... to sell" of "offered to sell"
            + old_deadline_as_new(text, passages, offset, language)  # a deadline's old date as the new (newuser_115)
            + provisional_told_final(text, passages, offset, language)  # "has found" of "provisionally found"
            + provisional_fine_told_imposed(text, passages, offset, language)  # "was fined" of a provisional fine
            + knowledge_hedge_dropped(text, passages, offset, language)  # "as far as it knows" dropped
            + final_report_told_out(text, passages, offset, language)  # "a remis son rapport final" of "attendu"
            + victor_swapped(text, passages, offset, language)  # "Sieg der NSD-Bewerberin" of the UNM's (factcheck_188)
            + condition_figures_swapped(text, passages, offset, language)  # "à 10 % si ... à 20 %" turned round
            + share_of_other_base(text, passages, offset, language)  # a share of stores as a share of sales
            + open_outcome_told_done(text, passages, offset, language)  # "blocked" of "may still ... or block it"
            # "have agreed the sale" of "no sale has been agreed" (factcheck_183): named once, as polarity.py's
            + ([] if negations else none_done_told_done(text, passages, offset, language))
            + certainty_raised(text, passages, offset, language)  # "certain to be cleared" of "confident" (fc_183)
            + leader_changed(text, passages, offset, language)  # "X is the market leader" of "the leader, Y"
            # "will lead to" of "do not expect ... to lead to" (factcheck_183): named once, as polarity.py's
            + ([] if negations else unexpected_told_coming(text, passages, offset, language))
            + set_aside_told_kept(text, passages, offset, language)  # "the share of stores" of "..., not the share of"
            + condition_turned(text, passages, offset, language)  # "whether or not" of "only once"
            + turned_difference_sides(text, passages, offset, language)  # "8,000 more than" the wrong way
            + figures_given_to_another_actor(text, passages, offset, language)  # the ministers' 15% to a committee
            + misstated_margins(text, passages, offset, language)
            + ([] if negations else votes_on_other_side(text, passages, offset, language))  # named once, as negated
            + turned_leads(text, passages, offset, language)
            + stock_as_increase(text, passages, offset, language)
            + claimed_as_awarded(text, passages, offset, language) + total_as_share(text, passages, offset, language)
            + misstated_verdicts(text, passages, offset, language) + misstated_custody(text, passages, offset, language)
            + figures_in_other_columns(text, passages, offset, language)
            + swapped_limits(text, passages, offset, language) + turned_penalties(text, passages, offset, language)
            + told_as_maximum(text, passages, offset, language)  # factcheck_117: a fine of 4% told as the 10% cap
            + told_as_maximum_in_languages(text, passages, offset, language)  # "l'amende maximale": factcheck_120
            + cleared_for_penalised(text, passages, offset, language)  # newuser_60: "cleared" for a ban cut
            + positive_test_of_another(text, passages, offset, language, parties)
            + (swapped_nouns(text, passages, offset, language) or recounted_figures(text, passages, offset, language))
            + points_as_counts(text, passages, offset, language)
            + misstated_results(text, passages, offset, language)
            + figures_given_to_another(text, passages, offset, language)
            + changed_spans(text, passages, offset, language) + unreported_as_fact(text, passages, offset, language)
            + widened_to_every_day(text, passages, offset, language)  # factcheck_175: weekdays as every day
            + discount_as_exemption(text, passages, offset, language)  # factcheck_175: a 90% discount as exempt
            + occasion_ordinals_changed(text, passages, offset, language)  # factcheck_177: "second time" of "first"
            + observers_told_as_members(text, passages, offset, language)  # factcheck_177: observers as members
            + neither_told_of_one(text, passages, offset, language)  # factcheck_177: "X lost" of "neither side lost"
            + ranking_ends_swapped(text, passages, offset, language)  # factcheck_177: the lowest ward as highest
            + cited_figures_told_as_fact(text, passages, offset, language)  # factcheck_177: "X had cited N" as fact
            + quote_given_past_titled_speaker(text, passages, offset, language)  # factcheck_177: "said our chair, NAME"
            + figures_compared_wrong_way(text, passages, offset, language)  # factcheck_177: "26% is less than 22%"
            + deed_given_across_while(text, passages, offset, language)  # factcheck_177: a "while" clause's deed moved
            + institution_changed(text, passages, offset, language)  # factcheck_177: a speaker's university moved
            + either_side_told_as_only_one(text, passages, offset, language)  # factcheck_177: "only X may" of "either side may"
            + count_told_as_other_side(text, passages, offset, language)  # factcheck_180: a union's count as the police's
            + changed_unchanged(text, passages, offset, language)
            + moved_items(text, passages, offset, language)  # "infringed claim 7" of "not infringed claim 7"
            + refused_remedy_told_given(text, passages, offset, language)  # "ordered an injunction" of one denied
            + declined_request_told_done(text, passages, offset, language)  # "froze rents" of "declined a request to"
            + (mediator_sided(text, passages, offset, language)  # named once: as a mediator's, else a lender's
               or neutral_told_backing(text, passages, offset, language, parties, neutral))  # factcheck_128
            + asked_for_offered(text, passages, offset, language) + truce_told_otherwise(text, passages, offset, language)
            + ([] if negations else undone_for_done(text, passages, offset, language))  # a negation added, named once
            + ended_states(text, passages, offset, language) + next_stage_as_reached(text, passages, offset, language)
            + ruling_told_as_made(text, passages, offset, language)
            + finding_of_fault_unfound(text, passages, offset, language)  # "found X at fault" of an order alone
            + begun_as_done(text, passages, offset, language)
            + unfinished_as_complete(text, passages, offset, language)  # factcheck_112
            # a deed in an inserted clause that no passage gives is named once, as inserted
            + (inserted_deeds(text, passages, offset, language)
               or ([] if turned else unbacked_deeds(text, passages, offset, language))
               or unbacked_endings(text, passages, offset, language)  # factcheck101: "The case was settled"
               or ([] if turned else unbacked_labour_events(text, passages, offset, language)))  # factcheck205
            + widened_proportions_in_languages(text, passages, offset, language)
            + changed_possessors(text, passages, offset, language) + start_as_reached(text, passages, offset, language)
            + misstated_rate_statements(text, passages, offset, language)
            # a party's reason told as fact ("because" of its ", saying") is named once, as its word (newuser_101)
            + changed_portfolios(text, passages, offset, language) + ([] if attributed else (
                invented_causes(text, passages, offset, language)
                or open_cause_told_known(text, passages, offset, language)  # "could not say whether" (newuser_138)
                # the briefing's parties say which judges it names: "Judge Okoro" is no court's voice (factcheck_179)
                or swapped_causes(text, passages, offset, language, parties or None)
                or blamed_cause_as_fact(text, passages, offset, language)))
            + widened_records(text, passages, offset, language) + misdated_acts(text, passages, offset, language)
            + misreckoned_premiums(text, passages, offset, language)
            + premium_told_as_discount(text, passages, offset, language)  # "38% less than" of a 38% premium
            + sufficiency_turned(text, passages, offset, language)  # "was enough" of "not sufficient"
            + voter_side_turned(text, passages, offset, language)  # "vote against" of "vote in favour"
            + widened_record_spans(text, passages, offset, language)
            + unscoped_superlatives(text, passages, offset, language)
            + unnamed_groups(text, passages, offset, language) + reversed_shifts(text, passages, offset, language)
            + ([] if restated else turned_opposites(text, passages, offset, language))
            + dropped_approximations(text, passages, offset, language)
            + (dropped_limits(text, passages, offset, language) or whole_for_only(text, passages, offset, language)
               or only_doer_widened(text, passages, offset, language))  # factcheck103: 'Only the captain was fined'
            + hit_for_near(text, passages, offset, language) + whole_as_part(text, passages, offset, language)
            + dutch_told_otherwise(text, passages, offset, language)  # volgens, goals, demands (newuser_137)
            + lasting_for_bounded(text, passages, offset, language)  # factcheck_114: "never" of "no immediate plans"
            # factcheck_134: a body, an absence, a hold, a span, a date and an order told otherwise than the source
            + body_swapped(text, passages, offset, language)  # "the appeals body ruled" of "a dispute panel ruled"
            + ([] if negations else absence_told_as_presence(text, passages, offset, language))  # "full" of "no members"
            + held_up_as_undone(text, passages, offset, language)  # "overturn" of "leave without effect"
            + paused_told_ceased(text, passages, offset, language)  # "has ceased" of "suspended" (factcheck_154)
            + misreckoned_intervals(text, passages, offset, language)  # "a year later" of March and June
            + dated_where_none_set(text, passages, offset, language)  # "due to resume" of "without a date to resume"
            + ended_before_kept_until(text, passages, offset, language)  # "lift before" of "keep until"
            + hope_told_as_forecast(text, passages, offset, language)  # "would return" of "hoped ... would return"
            # factcheck_142: a measure moved or made another kind, a call to comply told as an end, a loss of another kind
            + measure_moved(text, passages, offset, language)  # "a ban on cheese" of "a duty on dairy products"
            + compliance_told_as_ended(text, passages, offset, language)  # "scrap" of "bring into line"
            + lost_of_another_kind(text, passages, offset, language)  # "lost profits" of "lost orders worth"
            + over_long_since(text, passages, offset, language)  # "for a decade" of "since 2019" in 2026
            + changed_event_periods(text, passages, offset, language)  # "rose last year" of "over three years"
            + turned_excess(text, passages, offset, language)  # factcheck_139: "too long" of "too short"
            + counterfactual_as_fact(text, passages, offset, language)  # factcheck_139: "holds" of "would have held"
            + misstated_sum(text, passages, offset, language)  # factcheck_144: "together ... 38" of 21 and 14
            + freezes_for_caps(text, passages, offset, language)  # factcheck_139: "frozen" of "no faster than"
            + turned_clearances(text, passages, offset, language)  # factcheck_139: "cleared" of "blocked"
            + powers_given_to_another(text, passages, offset, language)  # factcheck_139: a regulator's power
            + licence_told_ended(text, passages, offset, language) + split_told_as_backing(text, passages, offset, language)  # newuser_127
            + referral_told_as_rejection(text, passages, offset, language) + respondents_told_as_all(text, passages, offset, language)  # newuser_128
            + closure_told_as_done(text, passages, offset, language) + legal_action_told_as_taken(text, passages, offset, language)  # newuser_128
            + appeal_told_against_source(text, passages, offset, language) + unset_date_told_as_set(text, passages, offset, language) + estimate_told_as_known(text, passages, offset, language) + split_told_as_whole(text, passages, offset, language)  # newuser_131
            + compass_way_turned(text, passages, offset, language) + unlikely_told_as_likely(text, passages, offset, language) + request_told_made(text, passages, offset, language) + one_told_of_neither(text, passages, offset, language)  # factcheck_231
            + penalty_moved(text, passages, offset, language)  # factcheck_139: an earlier case's fine as this one's
            + figure_moved_to_place(text, passages, offset, language)  # factcheck_139: 600 "at the stores"
            + unnamed_part(text, passages, offset, language)  # factcheck105: "The judges ruled" of "Two of the three"
            + multiple_at_start(text, passages, offset, language)  # "A year earlier ... four times as many"
            + relayed_as_own(text, passages, offset, language)  # "Brandt said 600 ..." of his "group's claim that"
            + mostly_the_other_kind(text, passages, offset, language)
            + counts_given_to_another(text, passages, offset, language)  # newuser_63: "3 000 selon la préfecture"
            + unowned_figures(text, passages, offset, language, parties) + made_the_only_one(text, passages, offset, language)
            + figures_possessed_by_another(text, passages, offset, language, parties)  # factcheck253: "Islamabad's 11"
            + deeds_placed_in_other_side(text, passages, offset, language, parties)  # factcheck253: "in Pakistan"
            + non_denials_without_denial(text, passages, offset, language)  # factcheck253: "does not deny"
            + combatants_told_as_civilians(text, passages, offset, language)  # factcheck253: "civilians" of fighters
            + ([] if negations else negated_beside_negation(text, passages, offset, language))  # factcheck253
            + ([] if swapped else figure_of_another_holder(text, passages, offset, language, parties))  # factcheck_126
            + misstated_deals(text, passages, offset, language)
            + (turned_dissents(text, passages, offset, language)  # newuser_69: a dissent given to the majority
               or dissent_given_to_majority(text, passages, offset, language))  # factcheck101: to the panel
            + dates_taken_back(text, passages, offset, language)  # newuser_69: 'not on Tuesday, June 9'
            + disputed_for_undisputed(text, passages, offset, language)  # newuser_69: 'did not dispute'
            + risk_kind_changed(text, passages, offset, language)  # newuser_72: a relative risk told as absolute
            + joint_figure_as_one(text, passages, offset, language, parties)
            + joint_act_as_one(text, passages, offset, language, parties)
            # a party swapped is named once, above
            + ([] if swapped else traded_figures(text, passages, offset, language, parties)
               + given_to_another_party(text, passages, offset, language, parties))
            + one_side_for_both(text, passages, offset, language, parties)
            + only_one_side_heard(text, passages, offset, language, parties)  # "hears only the association"
            + one_side_past_its_doer(text, passages, offset, language, parties)  # "The panel ordered Norland to"
            # "posted by Norland" of "by its owners"; a party swapped for another is named once, as swapped
            + ([] if swapped else doers_given_to_a_party(text, passages, offset, language, parties))
            + unconfirmed_by_another(text, passages, offset, language, parties)  # of another side's
            + both_for_one_side(text, passages, offset, language, parties)
            + alone_for_both(text, passages, offset, language)  # "X alone said" of "both sides said"
            + unsaid_told_said(text, passages, offset, language)  # "said by how much" of "did not say"
            + renamed_groups(text, passages, offset, language, parties)
            + stacked_party_names(text, passages, offset, language, parties)  # "Afghan Pakistani" of "Afghan Taliban"
            # polarity.py's finding is named above, once
            + ([] if negations else unestablished_acts(text, passages, offset, language)
                           or named_accusation_as_fact(text, passages, offset, language)
                           or denial_as_admission(text, passages, offset, language)
                           or turned_stances(text, passages, offset, language)
                           or stance_speakers(text, passages, offset, language)
                           or turned
                           or with_for_without(text, passages, offset, language)
                           or framed_as_done(text, passages, offset, language)
                           or turned_in_indonesian(text, passages, offset, language))
            + swapped_roles(text, passages, offset, language)
            + owner_swapped(text, passages, offset, language, parties)  # "is the director of X" of "its director"
            + count_given_another_owner(text, passages, offset, language)  # "31 are X stores" of "31 are Y stores"
            + part_and_whole_swapped(text, passages, offset, language)  # newuser_118: "14 of the 9" of "9 of the 14"
            + opposite_phrase(text, passages, offset, language)  # newuser_118: "excluding debt" of "including debt"
            + figure_moved_to_route(text, passages, offset, language)  # newuser_118: a route's share given another
            + figure_moved_to_arm(text, passages, offset, language)  # newuser_119: a trial arm's figure given the other
            + estimate_given_another_owner(text, passages, offset, language, parties)  # newuser_119: an estimate's owner swapped
            + all_told_of_some(text, passages, offset, language)  # newuser_119: "all batches" of "other batches are not"
            + (risk_size_turned(text, passages, offset, language)  # newuser_119: "risk is large" of "remains small"
               # factcheck_196: "the relative risk was small" of "the relative risk of 4.5 was striking"
               or risk_judgement_turned(text, passages, offset, language))
            # factcheck_196: "suspended as a punishment" of "as a precaution"; a trial arm's figure as the whole trial's;
            # "which excludes 23 cases" of "which counts 23 cases that the company excluded"
            + precaution_told_as_punishment(text, passages, offset, language)
            + part_told_as_trial_whole(text, passages, offset, language)
            + exclusion_given_to_counter(text, passages, offset, language, parties)
            + denial_widened(text, passages, offset, language)  # newuser_118: "no redundancies" of "no compulsory ..."
            + english_told_otherwise(text, passages, offset, language)  # newuser_139: "no fault" of "not ... no fault"
            + ruling_overstated(text, passages, offset, language)  # newuser_120: "é definitiva" of "cabe recurso"
            + verdict_turned(text, passages, offset, language)  # newuser_120: "acolheu o pedido" of "rejeitou"
            + asked_told_as_awarded(text, passages, offset, language)  # newuser_121: "condenou a pagar" of "pedia"
            + open_told_settled(text, passages, offset, language)  # newuser_121: "pagará multa" of "só será ... se"
            + fraction_bound_turned(text, passages, offset, language)  # newuser_121: "mais da metade" of "menos da"
            + addressee_told_as_speaker(text, passages, offset, language)  # newuser_118: who heard it told as who said it
            # factcheck_195: "another airline" of "no other"; a negation polarity.py names is named once
            + ([] if negations else no_other_dropped(text, passages, offset, language))
            + approval_told_done(text, passages, offset, language)  # factcheck_195: "a rival approved by"
            + cause_given_to_its_doer(text, passages, offset, language)  # factcheck_195: the cause's doer
            + figure_moved_across_event(text, passages, offset, language)  # newuser_118: "£112 before" of "£148 ... before"
            # a gapped list's figures swapped are named once: as a list of names', else as a party's swapped
            + (swapped_figures(text, passages, offset, language)
               or ([] if swapped else swapped_in_gapped_lists(text, passages, offset, language)
                   or swapped_in_paired_lists(text, passages, offset, language)
                   or figures_moved_within_passage(text, passages, offset, language)
                   or figures_moved_between_sentences(text, passages, offset, language)))  # newuser_117
            + told_as_result(text, passages, offset, language)
            + _placed_or_done(text, passages, offset, language, parties, bool(swapped))
            + unnamed_provisions(text, passages, offset) + _timed_or_counted(text, passages, offset, language,
                                                                             amounts=amounts)
            + swapped_provisions(text, passages, offset, language)  # factcheck_126: Article 12 for Article 14's rule
            + _said_or_counted(text, passages, offset, language)
            # a silence the negation checks read ("was silent") told as a stance is named once, as theirs
            + ([] if negations else invented_stances(text, passages, offset, language)))
    # a process told as its outcome, where no check above names the outcome's word already
    found = found + told_as_outcome(text, passages, offset, language, found)
    found = found + step_as_end(text, passages, offset, language, found)  # a step told as the end of the road
    # a court's act told where a party only goes to court ("quashed" of "will ask the court to quash"), where no check
    # above names the act already
    # ... or a case told won or lost there ("won its case" of "will take the case to the High Court"), named once
    told = court_act_told_done(text, passages, offset, language, found)
    return found + (told or case_told_decided(text, passages, offset, language, found))


def _placed_or_done(text: str, passages: Passages, offset: int, language: str, parties: tuple = (),
                    swapped: bool = False) -> list[Finding]:
    """Return the armed services and bodies, orders and decisions, kinds of people counted and places of text that its
    passages do not give ("the navy" for "the army", "ordered" for "launched", "13 fighters" for "13 civilians",
    "in Kandahar" for "in Kabul"); a place is not read where a party is already named swapped."""
    return (changed_institutions(text, passages, offset, language) + invented_decisions(text, passages, offset, language, parties)
            + swapped_counted(text, passages, offset, language)
            + ([] if swapped else moved_places(text, passages, offset, language, parties)
               or swapped_names(text, passages, offset, language, parties)
               or swapped_origins(text, passages, offset, language, parties)
               # named there, for another event: "issued in Geneva" of the Geneva talks (newuser_94)
               or place_of_another_event(text, passages, offset, language, parties))
            + (moved_into(text, passages, offset, language) or struck_whole(text, passages, offset, language)))


def _election_results(text: str, passages: Passages, offset: int, language: str, negated: bool) -> list[Finding]:
    """Return an election's results text tells otherwise than its passages: a majority not won (named once, as a
    negation dropped, where `negated`), the most seats for the most votes, a turnout as a share, seats gained as held,
    a recount asked for as held, preliminary results as certified, talks to form a government as one formed."""
    return (([] if negated else majority_not_won(text, passages, offset, language))
            # Spanish, French: "logró la mayoría absoluta" of "se quedó a cinco escaños de" (newuser144)
            + ([] if negated else majority_claimed_without_one(text, passages, offset, language))
            + misread_elections(text, passages, offset, language) + changes_as_totals(text, passages, offset, language)
            + requests_told_as_done(text, passages, offset, language)
            + corrected_figures_swapped(text, passages, offset, language)
            + frequency_turned(text, passages, offset, language)
            + government_told_formed(text, passages, offset, language)
            + talks_beyond_stage(text, passages, offset, language))  # Sondierungen told as negotiations


def _said_or_counted(text: str, passages: Passages, offset: int, language: str) -> list[Finding]:
    """Return the speakers, repetitions and majorities of text that its passages do not give: "experts say" for "one
    engineer said", "again" for once, "a majority" for 49%."""
    return (one_speaker_made_many(text, passages, offset, language) + added_repetitions(text, passages, offset, language)
            + misstated_majorities(text, passages, offset, language))


def _unattributed_in_item(text: str, passages: Passages, language: str, claimed: Passages,
                          parties: tuple, neutral: tuple[str, ...] = ()) -> list[Finding]:
    """Return the sentences of an item cited as a whole that state as fact someone's contested word, or a party's
    word or figure, that their passages give as theirs: each sentence named once."""
    dropped = dropped_attribution_in_item(text, passages, language, claimed)
    named = {finding.offset for finding in dropped}
    return dropped + [finding for finding in (party_word_as_fact_in_item(text, passages, language, parties)
                                              or _party_word_in_sentences(text, passages, language, parties)
                                              or _relative_words_in_sentences(text, passages, language, parties)
                                              # "31 ships were waiting" of "The operator said 31 ships" (fc_204)
                                              or reported_figures_in_item(text, passages, language, parties, neutral)
                                              or _own_deeds_in_sentences(text, passages, language, parties))
                      if finding.offset not in named]


def _relative_words_in_sentences(text: str, passages: Passages, language: str, parties: tuple) -> list[Finding]:
    """Return the sentences of an item cited as a whole that state as fact a party's word in a relative clause."""
    return [finding for sentence in split_sentences(text, language)
            for finding in relative_word_as_fact(sentence.text, passages, sentence.start, parties, language)]


def _party_word_in_sentences(text: str, passages: Passages, language: str, parties: tuple) -> list[Finding]:
    """Return the Korean, Japanese, Urdu, Hindi, Persian, Arabic and Bengali sentences of an item cited as a whole that state a
    party's word as fact."""
    if text.isascii():
        return []
    return [finding for sentence in split_sentences(text, language)
            for finding in (party_word_as_fact_in_korean(sentence.text, passages, sentence.start, parties)
                            or party_word_as_fact_in_japanese(sentence.text, passages, sentence.start, parties)
                            or party_word_as_fact_in_arabic(sentence.text, passages, sentence.start, parties)
                            or party_word_as_fact_in_bengali(sentence.text, passages, sentence.start, parties))]


def _own_deeds_in_sentences(text: str, passages: Passages, language: str, parties: tuple) -> list[Finding]:
    """Return the sentences of an item cited as a whole that tell as done a deed its doer's word alone gives."""
    return [finding for sentence in split_sentences(text, language)
            for finding in (own_deed_as_fact(sentence.text, passages, sentence.start, language, parties)
                            or passive_deed_as_fact(sentence.text, passages, sentence.start, language, parties))]


def _told_as_done_once(text: str, passages: Passages, offset: int, language: str,
                       attributed: bool = False) -> list[Finding]:
    """Return an act or a figure told as done that the passages give only as possible, agreed, tried, planned or proposed:
    named once ("has built 5,000 homes" citing "aims to build 5,000 homes" is both), or only to come ("publicó" citing
    "publicará"); an offer or a step weighed that a passage gives as a party's word is named as its word, once."""
    # "I can confirm that ..." confirms it in the saying: no possibility for told_as_done (factcheck_135)
    return (told_as_done(text, as_performed(passages), offset, language) or told_as_carried_out(text, passages, offset, language)
            or planned_as_reached(text, passages, offset, language) or told_as_decided(text, passages, offset, language)
            or future_told_as_past(text, passages, offset, language)
            or undertaking_told_done(text, passages, offset, language)  # "has since written" of "I will write"
            or proposed_as_given(text, passages, offset, language)
            or threat_as_certain(text, passages, offset, language) or threat_told_done(text, passages, offset, language)
            or threat_told_done_in_languages(text, passages, offset, language)  # "droht mit", "amenaza con"
            or risks_told_as_losses(text, passages, offset, language)  # "had cost 14,000 jobs" of "threatened"
            or ([] if attributed else offer_as_certain_in_languages(text, passages, offset, language))  # "va réduire"
            or told_as_settled(text, passages, offset, language)
            or wish_told_as_done(text, passages, offset, language)
            or plan_told_as_done(text, passages, offset, language)
            or plan_told_done_in_german(text, passages, offset, language)  # "will den Streik beenden"
            # factcheck_139: "sent it back" of "can quash the decision or send it back"
            or joined_told_as_done(text, as_performed(passages), offset, language)
            # newuser_108: "has paid the £18.4 million fine" of "fined ... has appealed"
            or penalties_told_paid(text, passages, offset, language)
            or conditions_told_done(text, passages, offset, language))  # "has upheld" of "If the tribunal upholds"


def _in_sentences(check, text: str, passages: Passages, language: str) -> list[Finding]:
    """Return what a sentence check finds in an item cited as a whole, sentence by sentence."""
    return [finding for sentence in split_sentences(text, language)
            for finding in check(sentence.text, passages, sentence.start, language)]


def _revised_later_in_item(text: str, later: Passages, language: str) -> list[Finding]:
    """Return revised_later's findings for an item cited as a whole, sentence by sentence."""
    return _in_sentences(revised_later, text, later, language)


def _reworded_item(text: str, passages: Passages, language: str, parties: tuple = (),
                   by_claimant: bool = False) -> list[Finding]:
    """Return what an item cited as a whole words otherwise than its passages: as `_reworded`, each of its
    sentences that rests on a hedged passage keeping the hedge itself (and, but in a claim whose claimant says whose
    belief it is, `by_claimant`, its belief)."""
    sentences = split_sentences(text, language)
    if len(sentences) == 1:  # most items: each check's findings of the one sentence as it returns them
        (only,) = sentences

        def each(check, *read) -> list[Finding]:
            return check(only.text, passages, only.start, language, *read)
    else:
        def each(check, *read) -> list[Finding]:  # sentence by sentence, the text split once for all of them
            return [found for sentence in sentences
                    for found in check(sentence.text, passages, sentence.start, language, *read)]

    swapped = (swapped_parties_in_item(text, passages, language, parties)
               or swapped_in_korean(text, passages, 0, parties)
               or holder_swapped_in_korean(text, passages, 0, parties)
               or swapped_in_arabic(text, passages, 0, parties)
               or swapped_marked(text, passages, 0, parties)
               or swapped_party_figures_in_item(text, passages, language, parties)
               or each(accusation_swapped, parties) or each(turned_ends, parties)
               or each(commitments_given_to_another, parties))
    negations = read_again(flipped_negations(text, passages, 0, language), text, passages, language,
                           lambda spelled: flipped_negations(text, spelled, 0, language))
    negations = [] if negations and told_as_set_aside(text, passages) else negations  # factcheck_141
    negations = (each(turned_stance) or negations) if negations else negations  # the stance turned, named once
    negations = [] if negations and kept_until_restated(text, passages, language) else negations  # factcheck_142
    turned = [] if negations else (each(turned_deeds) or each(undone_deeds))  # named once, not as unbacked too
    found = (dropped_hedge_in_item(text, passages, language, by_claimant) + unbacked_superlatives(text, passages, 0, language)
            + (negations or each(told_as_found))
            + (read_again(misattributed_in_item(text, passages, language, parties), text, passages, language,
                          lambda spelled: misattributed_in_item(text, spelled, language, parties))
               or misattributed_by_figures(text, passages, language, parties)  # the passage holding them (fc_204)
               or pronoun_speakers_misread_in_item(text, passages, language, parties)  # "Now it says" (fc_227)
               or each(called_by_another, parties)
               or each(unnamed_speaker_swapped)
               or each(words_of_an_unnamed_voice, parties)  # "Okafor says" of "The group says" (factcheck_187)
               or misattributed_in_arabic(text, passages, 0, parties)
               or misattributed_in_bengali(text, passages, 0, parties)
               or misattributed_in_korean(text, passages, 0, parties)
               or turned_stance_in_korean(text, passages, 0, parties)
               or misattributed_in_japanese(text, passages, 0, parties)
               or misattributed_in_chinese(text, passages, 0, parties)
               or each(lambda one, cited, at, *read: read_again(
                   words_of_another_speaker(one, cited, at, *read), one, cited, language,
                   lambda spelled: words_of_another_speaker(one, spelled, at, *read))
                   or given_to_accuser(one, cited, at, language)
                   or figure_given_to_another_giver(one, cited, at, *read)
                   or invented_accusation(one, cited, at, language), parties))
            + quoted_as_own_in_item(text, passages, language, parties)
            + (swapped or flipped_comparatives_in_item(text, passages, language) or each(turned_bound_sides)
               or each(party_comparisons, parties))
            + (dropped_conditions_in_item(text, passages, language)
               or dropped_conditions_in_bengali_item(text, passages, language)
               or dropped_terms_in_item(text, passages, language))
            + turned_outcomes_in_item(text, passages, language)
            + each(opposite_states)  # "are right" of "are wrong", sentence by sentence (factcheck_176)
            + each(vietnamese_told_as_done) + each(possible_told_as_done) + each(vietnamese_changed_counts)
            + each(may_told_as_done_in_arabic)  # newuser_140: "قد", "من المقرر", no agreement, in a claim as in prose
            + each(asked_told_as_done) + each(unanswered_told, parties) + each(majority_unbacked_in_korean)
            + each(told_as_won) + each(_election_results, bool(negations)) + each(won_in_full) + each(made_whole) + each(agreement_told_reached)
            + each(told_as_present)
            + each(absence_told_from_no_evidence)  # "no irregularities" of "no evidence of irregularities" (newuser148)
            # newuser_121: a Portuguese sum asked told as awarded, a condition, future or possibility told as settled,
            # a fraction's bound turned, in a claim or caveat as in a sentence
            + each(asked_told_as_awarded) + each(open_told_settled) + each(fraction_bound_turned)
            + changed_ranks(text, passages, 0, language) + changed_chinese_ranks(text, passages)
            + unranked_events(text, passages, 0, language)
            # sentence by sentence: "laut einem Sprecher" in one says whose word that one is, not the next one's "wird"
            + unkept_date_bounds(text, passages, 0, language) + each(unkept_month_parts) + each(unhedged_forecasts)
            + each(deadline_where_none_set)
            + (turned_directions(text, passages, 0, language) or each(turned_verbs) or each(levels_turned) or each(changes_reversed)
               or each(levels_swapped)
               or each(slowed_as_turned) or ([] if turned else each(turned_toward)))
            + told_as_held_in_item(text, passages, language) + cut_hedges(text, passages, 0, language)
            + each(plan_called_off_as_standing)
            + (cut_negations(text, passages, 0, language) or ([] if negations else each(negated_quotes)))
            + each(quotation_cut_before_limit) + ([] if negations else each(misdone_told_right))  # newuser_102
            + ([] if negations else each(denied_harms))
            + each(changed_status) + each(preliminary_as_ruling) + each(average_as_rate)
            + each(civil_told_as_criminal) + each(qualifier_added) + each(steps_taken_further) + each(deeds_given_to_another) + each(winner_turned, parties)
            + each(trait_given_to_another, parties) + each(decided_before_its_hearing)  # newuser_134
            + each(plea_or_verdict_turned) + each(court_level_changed)
            + each(taken_further) + each(dropped_likelihoods)
            + each(dropped_likelihoods_in_languages) + each(seeming_as_fact) + each(widened_scope)
            + each(_told_as_done_once) + each(offers_told_accepted) + each(widened_proportions) + each(misstated_fractions) + each(factors_as_measures) + each(misstated_amount_shares) + each(turned_order) + each(turned_leads) + each(swapped_acts)
            + each(alternatives_as_done) + each(asked_told_as_received) + each(member_on_other_side)
            + each(misstated_margins) + each(weighed_told_as_decided) + each(final_told_of_earlier_stage) + ([] if negations else each(weighed_or_ruled_out)) + ([] if negations else each(turned_expectations))
            + each(count_without_giver)
            + each(french_offer_told_granted)  # "a accordé" of "propose" (newuser145)
            + each(french_ruled_out_told_done)  # "va verser" of "a exclu de verser" (newuser145)
            + each(offers_told_imposed)  # "required the companies to sell" of "offered to sell" (newuser_115)
            + each(old_deadline_as_new)  # "extended the deadline to 14 December" of its old date (newuser_115)
            + each(provisional_told_final)  # "has found that" of "has provisionally found" (newuser_115)
            + each(final_report_told_out)  # "rapport final a été publié" of "est attendu en juin" (factcheck_188)
            + each(victor_swapped)  # "bestätigte den Sieg der NSD-Bewerberin" of the UNM's (factcheck_188)
            + each(condition_figures_swapped)  # "à 10 % si ... à 20 %" of "à 20 % si ... à 10 %" (factcheck_188)
            + each(share_of_other_base)  # "18.6% share of sales" of "18.6% of all large stores" (newuser_115)
            + each(open_outcome_told_done)  # "has blocked the merger" of "may still clear ... or block it"
            + ([] if negations else each(none_done_told_done))  # "agreed the sale" of "no sale has been agreed"
            + each(certainty_raised)  # "certain to be cleared" of "confident that ... will be cleared"
            + each(leader_changed)  # "Harlow Foods is the market leader" of "the market leader, Dunmore Stores"
            + ([] if swapped else each(party_in_others_words, parties))  # a party beside another's words (fc_241)
            + each(dutch_told_otherwise)  # a timeline's or a claim's "volgens", goals and demands (newuser_137)
            + ([] if negations else each(unexpected_told_coming))  # "will lead to" of "do not expect ... to lead"
            + each(set_aside_told_kept)  # "by the share of stores" of "the share of sales, not the share of stores"
            + each(condition_turned)
            + each(stock_as_increase) + each(widened_record_spans)
            + each(compared_against_passages) + each(turned_comparisons)
            + each(claimed_as_awarded) + each(total_as_share) + each(figures_in_other_columns)
            + each(misstated_verdicts) + each(misstated_custody)
            + each(swapped_limits) + each(turned_penalties) + each(cleared_for_penalised) + each(told_as_maximum)
            + each(positive_test_of_another, parties) + (each(swapped_nouns) or each(recounted_figures))
            + each(points_as_counts) + each(figures_given_to_another)
            + each(misstated_results)
            + each(changed_spans) + each(unreported_as_fact) + each(changed_unchanged) + each(mediator_sided)
            + each(widened_to_every_day) + each(discount_as_exemption)
            + each(occasion_ordinals_changed)  # factcheck_177: "the second time" of "the first time"
            + each(observers_told_as_members)  # factcheck_177: observers told as full members
            + each(neither_told_of_one)  # factcheck_177: "X lost outright" of "Neither side lost outright"
            + each(ranking_ends_swapped)  # factcheck_177: the lowest ward told as the highest
            + each(figures_compared_wrong_way)  # factcheck_177: "26 percent is less than the 22 percent"
            + each(deed_given_across_while)  # factcheck_177: the deed after "while" given to the doer before it
            + each(either_side_told_as_only_one)  # factcheck_177: "only Norland may" of "either side may"
            + each(count_told_as_other_side)  # factcheck_180: a union's count told as the police's
            + each(called_off_told_done)  # newuser_114: a Spanish strike told as called off
            + each(moved_items) + each(refused_remedy_told_given)  # "infringed claim 7", "ordered an injunction"
            + each(asked_for_offered) + each(truce_told_otherwise) + ([] if negations else each(undone_for_done))
            + each(ended_states) + each(withdrawn_as_standing) + each(next_stage_as_reached) + each(ruling_told_as_made) + each(begun_as_done) + each(unfinished_as_complete) + (each(inserted_deeds) or ([] if turned else each(unbacked_deeds) or each(unbacked_labour_events)))
            + each(widened_proportions_in_languages) + each(changed_possessors) + each(start_as_reached)
            + each(misstated_rate_statements)
            + each(changed_portfolios) + (each(invented_causes) or each(swapped_causes) or each(blamed_cause_as_fact)) + each(widened_records) + each(unscoped_superlatives) + each(misdated_acts)
            + each(misreckoned_premiums) + each(premium_told_as_discount) + each(sufficiency_turned)
            + each(voter_side_turned)
            + each(unnamed_groups) + each(reversed_shifts)
            + each(turned_opposites) + each(dropped_approximations) + each(dropped_limits) + each(hit_for_near)
            + each(lasting_for_bounded)
            + each(body_swapped) + ([] if negations else each(absence_told_as_presence)) + each(held_up_as_undone)
            + each(paused_told_ceased)
            + each(misreckoned_intervals) + each(dated_where_none_set) + each(ended_before_kept_until)  # factcheck_134
            + each(hope_told_as_forecast)
            + each(measure_moved) + each(compliance_told_as_ended) + each(lost_of_another_kind)  # factcheck_142
            + each(over_long_since)
            + each(changed_event_periods)  # "rose last year" of "over the last three years" (factcheck_151)
            + each(turned_excess)
            + each(counterfactual_as_fact) + each(misstated_sum) + each(freezes_for_caps) + each(turned_clearances)
            + each(figure_moved_to_place) + each(powers_given_to_another)
            + each(penalty_moved)
            + each(disputed_for_undisputed)  # a claim's "a figure Norvania does not dispute" (newuser_101)
            + each(mostly_the_other_kind) + each(made_the_only_one) + each(misstated_deals)
            + each(unowned_figures, parties) + each(joint_figure_as_one, parties)
            + each(figures_possessed_by_another, parties) + each(deeds_placed_in_other_side, parties)  # factcheck253
            + each(non_denials_without_denial) + each(combatants_told_as_civilians)  # factcheck253
            + ([] if negations else each(negated_beside_negation))  # factcheck253: "no number ... were not killed"
            + ([] if swapped else each(traded_figures, parties) + each(given_to_another_party, parties))
            + each(lambda *read: one_side_for_both(*read) + both_for_one_side(*read) + renamed_groups(*read)
                   + stacked_party_names(*read) + only_one_side_heard(*read), parties)
            + each(one_side_past_its_doer, parties) + ([] if swapped else each(doers_given_to_a_party, parties))  # factcheck_176
            + each(unconfirmed_by_another, parties)  # "Arvena has not confirmed" of Dunmore's (newuser143)
            + each(alone_for_both)
            + ([] if negations else each(unestablished_acts) or each(denial_as_admission) or each(turned_stances)
               or each(stance_speakers) or turned or each(with_for_without) or each(framed_as_done)
               or each(turned_in_indonesian)) + each(corrected_told_as_current)
            + swapped_roles(text, passages, 0, language) + each(told_as_result)
            + (each(swapped_figures)
               or ([] if swapped else each(swapped_in_gapped_lists) or each(swapped_in_paired_lists)
                   or each(figures_moved_within_passage)))
            + each(_placed_or_done, parties, bool(swapped))
            + unnamed_provisions(text, passages) + _timed_or_counted(text, passages, 0, language, not by_claimant)
            + each(vouched_for) + each(_said_or_counted) + ([] if negations else each(invented_stances)))
    found = found + each(told_as_outcome, found)
    found = found + each(step_as_end, found)
    told = each(court_act_told_done, found)
    return found + (told or each(case_told_decided, found))


def _stated(text: str, passages: Passages, language: str, sides: int = 0) -> list[Finding]:
    """Return what a short plain-text field states that its passages do not: figures, dates, quotations,
    superlatives, time words, vague counts ("Earlier in the worst week": a short field ranks as prose does)."""
    return (check_item_text(text, passages, language, "item", sides) + unbacked_superlatives(text, passages, 0, language)
            + unkept_date_bounds(text, passages, 0, language) + _timed_or_counted(text, passages, 0, language))


def _based(text: str, passages: Passages, dates: tuple[Cited, ...], language: str) -> list[Finding]:
    """Return what a `date_basis` states that neither its passages nor their sources' publication `dates` give."""
    return (check_item_text(text, Passages((*passages, *dates)), language)
            + unbacked_superlatives(text, passages, 0, language))


@functools.lru_cache(maxsize=32)
def _any_of(names: tuple[str, ...]) -> re.Pattern:
    """Return the pattern of any of `names` (a language's weekdays) as a whole word, in any case."""
    return patterns.compile(whole_words({name: re.escape(name) for name in names}), re.IGNORECASE)


def _weekday_far(event, basis: str, published: tuple[Cited, ...], language: str) -> list[Finding]:
    """Report a `date` derived from a weekday alone (`when` names one and states no date) that lies a week or more
    from every date its basis rests on (one the `date_basis` states, or the cited sources' publication dates): a
    weekday tells a day only within a week of its anchor ("Thursday night" in a report of Friday 2026-02-27 is the
    26th, not the 19th)."""
    if not event.date or len(event.date) == 7 or day_written_in(event.date, event.when, language):
        return []  # "Thursday, 9 April": the day is named, the weekday only confirms it
    weekdays = weekdays_of(language)
    if not _any_of(tuple(name for forms in weekdays for name in forms)).search(event.when):
        return []
    anchors = sorted({*re.findall(r"\d{4}-\d{2}-\d{2}", basis), *(date.text[:10] for date in published)})
    date = datetime.date.fromisoformat(event.date)
    far = [anchor for anchor in anchors if abs((date - datetime.date.fromisoformat(anchor)).days) >= 7]
    if not anchors or len(far) < len(anchors):
        return []
    return [Finding(0, f"`date` {event.date} is a week or more from {far[0]}, the date this basis rests on, but "
                       f"`when` names only a weekday ('{event.when}')",
                    "a weekday dates an event within the week of its anchor: write that day, or say in `date_basis` "
                    "what else the date rests on")]


def heading_findings(text: str, passages: Callable[[], Passages], language: str, sides: int = 0,
                     check=lambda check, *args: check(*args)) -> list[Finding]:
    """Return what a heading, which cites nothing, states, ranks, times or counts that no passage of `passages()`
    backs (gathered only for a heading that states something, as most state nothing); `check` runs the check."""
    text = as_written(text)
    states, ranks, times = states_anything(text, language, sides), may_rank(text), may_time_or_count(text)
    if not states and not ranks and not times:
        return []
    return check(_headed, text, passages(), language, states, ranks, times, sides)


def _headed(text: str, passages: Passages, language: str, states: bool, ranks: bool, times: bool,
            sides: int = 0) -> list[Finding]:
    """Return what a heading states, ranks, times or counts that none of its briefing's `passages` backs."""
    return ((check_item_text(text, passages, language, "briefing", sides) if states else [])
            + (unbacked_superlatives(text, passages, 0, language) if ranks else [])
            + (_timed_or_counted(text, passages, 0, language) if times else []))


def _marker_offset(text: str, marker: CitationMarker) -> int:
    """Return the offset of a citation marker in `text`: its first `[^key]` on the line markdown found it on."""
    start = line_start(text, marker.line_offset)
    found = text.find(f"[^{marker.key}]", start)
    return start if found < 0 else found


def report_unused(defined: dict[str, Definition], numbering: FootnoteNumbering, problems: list[Problem]) -> None:
    """Report citations a briefing defines but never uses, in the file that defines them."""
    used = numbering.used_keys()
    for key, (shown, citation) in sorted(defined.items()):
        if numbering.is_anchored(key) and key not in used:
            problems.append(Problem(shown, citation.line, f"citation '{key}' is never used",
                                    f"cite it with [^{key}] or in a `cite` list, or delete it"))
