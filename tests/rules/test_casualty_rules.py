"""casualty_revision, casualty_conflict, aboard_mismatch and cumulative_total on plain facts."""

from __future__ import annotations

from dataclasses import replace

from factcheck.rules.counts import label_of
from tests.rules.facts import at, claimant_sets, count, run

CENTCOM = "US Central Command"


def test_revision_rise_is_a_note_naming_claimant_values_and_times():
    claims = [
        count(CENTCOM, "killed", 4, qualifier="of_total", count_total=6, when=at(12, 0)),
        count(CENTCOM, "killed", 6, qualifier="all", when=at(13, 0)),
    ]
    (draft,) = run("casualty_revision", claims)
    assert draft.message.startswith("US Central Command: crew killed 4 of 6 (12 Mar) -> all 6")
    assert not draft.raised
    assert sorted(draft.claim_ids) == [c.id for c in claims]


def test_revision_fall_is_raised_except_for_the_missing():
    killed = [count(CENTCOM, "killed", 6, when=at(12)), count(CENTCOM, "killed", 4, when=at(13))]
    missing = [count(CENTCOM, "missing", 2, when=at(12)), count(CENTCOM, "missing", 0, when=at(13))]
    (fall,) = run("casualty_revision", killed)
    (found,) = run("casualty_revision", missing)
    assert fall.raised
    assert "falls is unusual" in fall.message
    assert not found.raised


def test_consistent_updates_and_late_reports_are_not_revisions():
    claims = [
        count(CENTCOM, "killed", 4, None, qualifier="at_least", when=at(12)),
        count(CENTCOM, "killed", 4, when=at(12, 18)),
        # A later report of the first figure, dated only by its document: not a fall.
        count(CENTCOM, "killed", 6, when=at(13, 9)),
        count(CENTCOM, "killed", 4, when=at(13, 20), published_at=at(13, 20)),
    ]
    (draft,) = run("casualty_revision", claims)
    assert "4 (12 Mar) -> 6 (13 Mar 09:00)" in draft.message
    assert not draft.raised


def test_conflict_between_claimants_at_the_same_time():
    claims = [
        count("Darvan Ministry of Defence", "killed", 12, group="people", when=at(8, month=4)),
        count("Teshka Liberation Front", "killed", 16, group="people", when=at(8, month=4)),
    ]
    (draft,) = run("casualty_conflict", claims)
    assert "12: Darvan Ministry of Defence (8 Apr)" in draft.message
    assert "16: Teshka Liberation Front (8 Apr)" in draft.message
    assert draft.key == ("killed", "people", "incident")
    assert not draft.lowered  # two primary sources disagree: the rule's severity


def test_one_finding_per_measure_relays_counted_never_named():
    """Sixty outlets printing the command's 4, then its 6, and one source saying 9: one
    finding, the outlets counted under the figure they relay, none of them a side."""
    claims = [
        count(CENTCOM, "killed", 4, when=at(12, 6)),
        count(CENTCOM, "killed", 6, when=at(13, 6)),
        count("Islamic Resistance in Iraq", "killed", 9, when=at(13, 8)),
    ]
    for number in range(30):
        for figure, hour in ((4, 12 + number % 5), (6, 14 + number % 5)):
            outlet = f"Outlet {number}"
            claims.append(
                count(outlet, "killed", figure, attribution="outlet", when=at(12 + hour // 24))
            )
    (draft,) = run("casualty_conflict", claims)
    assert draft.key == ("killed", "crew", "incident")
    assert claimant_sets([draft]) == [sorted([CENTCOM, "Islamic Resistance in Iraq"])]
    assert "Outlet" not in draft.message
    assert "relayed by" in draft.message
    # More relays of a known figure: the same finding, the same evidence digest.
    more = [*claims, count("Outlet 99", "killed", 6, attribution="outlet", when=at(14))]
    (grown,) = run("casualty_conflict", more)
    assert grown.key == draft.key
    assert grown.digest_basis == draft.digest_basis


def test_an_outlets_own_figure_is_a_side_of_lower_severity():
    claims = [
        count(CENTCOM, "killed", 4, when=at(12, 6)),
        count("Outlet A", "killed", 11, attribution="outlet", when=at(12, 9)),
        count("Outlet B", "killed", 4, attribution="outlet", when=at(12, 9)),
    ]
    (draft,) = run("casualty_conflict", claims)
    assert claimant_sets([draft]) == [sorted([CENTCOM, "Outlet A"])]
    assert "11: Outlet A (12 Mar 09:00, in its own voice)" in draft.message
    assert "Outlet B" not in draft.message
    assert draft.lowered  # an outlet alone against the primary sources: a note


def test_stale_figure_lists_outlets_and_how_late():
    claims = [
        count(CENTCOM, "killed", 4, qualifier="of_total", count_total=6, when=at(12, 6)),
        count(CENTCOM, "killed", 6, qualifier="all", when=at(13, 6)),
        count("Outlet A", "killed", 4, attribution="outlet", when=at(12, 8)),  # a relay
        count("Outlet B", "killed", 4, attribution="outlet", when=at(14, 6)),  # a day late
        count("Outlet C", "killed", 6, attribution="outlet", when=at(14, 6)),
    ]
    assert run("casualty_conflict", claims) == []
    (draft,) = run("stale_figure", claims)
    assert draft.key == ("killed", "crew", "incident")
    assert (
        "Outlet B printed 4 (14 Mar 06:00), 24 h after US Central Command revised it to all 6"
        in draft.message
    )
    assert "Outlet A" not in draft.message
    assert "Outlet C" not in draft.message


def test_no_conflict_when_intervals_overlap_or_one_claimant_revised():
    claims = [
        count("Reuters", "killed", 4, None, qualifier="at_least", when=at(13)),
        count(CENTCOM, "killed", 4, qualifier="of_total", when=at(12)),
        count(CENTCOM, "killed", 6, qualifier="all", when=at(13)),
        count("Stars and Stripes", "killed", 6, when=at(13, 18)),
    ]
    assert run("casualty_conflict", claims) == []


def test_conflict_compares_latest_values_within_the_window():
    claims = [
        count("Ministry A", "killed", 4, when=at(10)),
        count("Ministry B", "killed", 6, when=at(13)),  # A's 4 is 3 days old: not compared
    ]
    assert run("casualty_conflict", claims) == []
    assert len(run("casualty_conflict", claims, window_hours=96)) == 1


def test_outlets_reporting_one_claimant_are_that_claimant():
    claims = [
        count(CENTCOM, "killed", 4, publisher="Reuters", when=at(12)),
        count(CENTCOM, "killed", 6, publisher="AP", when=at(13)),
    ]
    assert run("casualty_conflict", claims) == []


def test_aboard_mismatch_at_least_five_agrees_with_six_normally_three_does_not():
    agreeing = [
        count("US official (anonymous)", "aboard", 5, None, qualifier="at_least", when=at(12)),
        count(CENTCOM, "aboard", 6, when=at(13)),
        count(CENTCOM, "killed", 4, qualifier="of_total", count_total=6, when=at(13)),
    ]
    assert run("aboard_mismatch", agreeing) == []
    normally = count("Stars and Stripes", "aboard", 3, qualifier="approx", when=at(13))
    (draft,) = run("aboard_mismatch", [*agreeing, normally])
    assert "about 3: Stars and Stripes" in draft.message
    assert claimant_sets([draft]) == [
        sorted(["Stars and Stripes", CENTCOM, "US official (anonymous)"])
    ]


def test_cumulative_toll_that_falls_or_misses_the_incident():
    falls = [
        count(
            "Pentagon",
            "killed",
            13,
            None,
            qualifier="at_least",
            scope="cumulative",
            group="US troops",
            when=at(13),
        ),
        count("Pentagon", "killed", 11, scope="cumulative", group="US troops", when=at(14)),
    ]
    (draft,) = run("cumulative_total", falls)
    assert "goes down" in draft.message
    below = [
        count(CENTCOM, "killed", 6, when=at(13, 9)),
        count("Outlet A", "killed", 6, when=at(13, 10)),
        count("Outlet A", "killed", 5, scope="cumulative", group="US troops", when=at(13, 12)),
    ]
    (draft,) = run("cumulative_total", below)
    assert "lower than this incident alone" in draft.message
    # A toll stated before the incident's counts cannot be expected to include them.
    early = [below[2], count(CENTCOM, "killed", 6, when=at(14), document_id=2)]
    assert run("cumulative_total", early) == []


def test_cumulative_toll_beside_the_incident_is_one_note_per_measure():
    claims = [
        count("Outlet A", "killed", 500, group="people", document_id=7, when=at(13)),
        count(
            "Outlet A",
            "killed",
            3500,
            group="people",
            scope="cumulative",
            document_id=7,
            when=at(13),
        ),
        count("Outlet B", "killed", 480, group="people", document_id=8, when=at(14)),
        count(
            "Outlet B",
            "killed",
            3600,
            group="people",
            scope="cumulative",
            document_id=8,
            when=at(14),
        ),
    ]
    (draft,) = run("cumulative_total", claims)
    assert draft.lowered
    assert "Outlet A gives 3500 (13 Mar) beside this incident's 500 killed" in draft.message
    assert "Outlet B gives 3600" in draft.message


def test_values_of_one_moment_are_never_read_as_a_fall():
    """One report saying "all 6" then, further down, "4 of the 6": no order, no warning."""
    claims = [
        count(CENTCOM, "killed", 6, qualifier="all", when=at(13, 9)),
        count(CENTCOM, "killed", 4, qualifier="of_total", count_total=6, when=at(13, 9)),
    ]
    for draft in run("casualty_revision", claims):
        assert not draft.raised
    # Narrative cues order them: "initially 6", "now 4" is a fall.
    cued = [
        count(CENTCOM, "killed", 6, text="initially said six died", when=at(13, 9)),
        count(CENTCOM, "killed", 4, text="now says four died", when=at(13, 9)),
    ]
    (draft,) = run("casualty_revision", cued)
    assert draft.raised


def test_relayed_by_from_the_extractor_counts_the_relaying_outlets():
    claims = [
        count(CENTCOM, "killed", 4, when=at(12, 6)),
        count("Islamic Resistance in Iraq", "killed", 9, when=at(12, 8)),
        # "CENTCOM said four died, Outlet A reported": the command's claim, relayed.
        count(CENTCOM, "killed", 4, relayed_by_id=901, when=at(12, 9)),
        count(CENTCOM, "killed", 4, relayed_by_id=902, when=at(12, 10)),
    ]
    (draft,) = run("casualty_conflict", claims)
    assert "4: US Central Command (12 Mar 06:00 to 12 Mar 10:00; relayed by 2 outlets)" in (
        draft.message
    )


def test_undated_claims_are_ordered_only_by_narrative_cues():
    """An undated report giving "all 6" and "4 of 6": no revision read from text order."""
    undated = [
        count(CENTCOM, "killed", 6, qualifier="all"),
        count(CENTCOM, "killed", 4, qualifier="of_total", count_total=6),
    ]
    assert run("casualty_revision", undated) == []
    # Undated beside dated: still no order.
    mixed = [count(CENTCOM, "killed", 6), count(CENTCOM, "killed", 4, when=at(13))]
    assert run("casualty_revision", mixed) == []
    cued = [
        count("Agency", "killed", 20, text="first reported at 20 dead"),
        count("Agency", "killed", 70, None, qualifier="at_least", text="had been reported earlier"),
    ]
    (draft,) = run("casualty_revision", cued)
    assert "20 (undated) -> at least 70 (undated)" in draft.message


def test_a_cue_leading_into_the_span_orders_values_of_one_moment():
    """ "Initially the command had confirmed | the deaths of four of the six"; further on,
    "the six are confirmed dead": the cue stands before the span, in the same clause."""
    claims = [
        count(CENTCOM, "killed", 6, text="the six crew members are confirmed dead", when=at(13)),
        count(
            CENTCOM,
            "killed",
            4,
            qualifier="of_total",
            count_total=6,
            text="the deaths of only four of the six crew members",
            lead_in="Initially the command had confirmed ",
            when=at(13),
        ),
    ]
    (draft,) = run("casualty_revision", claims)
    assert "crew killed 4 of 6 (13 Mar) -> 6 (13 Mar)" in draft.message
    assert not draft.raised
    # A cue of another clause ("it first said so, but") does not lead into this span.
    uncued = [claims[0], replace(claims[1], id=claims[1].id + 1000, lead_in="")]
    assert run("casualty_revision", uncued) == []


def test_more_than_is_shown_as_the_claimant_put_it():
    """ "more than 300" is stored as at least 301; the finding says "more than 300"."""
    more = count(
        "Kesh Front",
        "killed",
        301,
        None,
        qualifier="at_least",
        text="more than 300 dead",
        side="Kesh",
        when=at(13),
    )
    claims = [more, count(CENTCOM, "killed", 84, when=at(13))]
    (draft,) = run("casualty_conflict", claims)
    assert "more than 300: Kesh Front" in draft.message
    # "over 41" said so is kept as the claimant put it, not read as "more than 40".
    assert label_of(replace(more, count_min=41, text="over 41 dead")) == "at least 41"


def test_hundreds_do_not_blend_two_figures_into_one():
    """ "At least 500", then "hundreds" (consistent with it), then "471": a revision from 500
    to 471, not one value; "hundreds" before any figure takes the first figure's value."""
    claims = [
        count("Vostra Health Ministry", "killed", 500, None, qualifier="at_least",
              group="people", when=at(17, 9), text="at least 500 killed"),
        count("Vostra Health Ministry", "killed", 200, None, qualifier="at_least",
              group="people", when=at(17, 10), text="hundreds were killed"),
        count("Vostra Health Ministry", "killed", 471, group="people", when=at(18)),
    ]  # fmt: skip
    (draft,) = run("casualty_revision", claims)
    assert "at least 500 (17 Mar 09:00) -> 471 (18 Mar)" in draft.message
    first_vague = [
        count("Kesh Health Ministry", "killed", 200, None, qualifier="at_least",
              group="people", when=at(17, 9), text="hundreds dead"),
        count("Kesh Health Ministry", "killed", 471, group="people", when=at(17, 10)),
    ]  # fmt: skip
    assert run("casualty_revision", first_vague) == []


def test_a_later_cue_on_any_report_of_a_value_orders_two_values_of_one_moment():
    """One report: "first put at 20" and "put at 103" (both told as earlier), and its
    headline "the toll already reaches 103": 20 then 103, though all are of one moment."""
    moment = at(3, 15)
    claims = [
        count("Vostra Radio", "killed", 20, group="people", when=moment, narrative=-1,
              text="first reported at 20 dead"),
        count("Vostra Radio", "killed", 103, group="people", when=moment, narrative=-1,
              text="the toll was put at 103"),
        count("Vostra Radio", "killed", 103, group="people", when=moment,
              text="Toll already reaches 103", attribution="headline"),
    ]  # fmt: skip
    (draft,) = run("casualty_revision", claims)
    assert "20 (3 Mar 15:00) -> 103 (3 Mar 15:00)" in draft.message
    # The same whichever the record holds first (ids in the other order).
    swapped = [replace(claims[0], id=claims[1].id), replace(claims[1], id=claims[0].id), claims[2]]
    (draft,) = run("casualty_revision", swapped)
    assert "20 (3 Mar 15:00) -> 103 (3 Mar 15:00)" in draft.message
    # Without any cue on the later value, no order is read from the text.
    assert run("casualty_revision", claims[:2]) == []


def test_more_than_a_figure_and_the_figure_are_one_value():
    """ "more than 5,300" (stored as at least 5,301), then "5,300": no fall."""
    claims = [
        count("Vostra Interior Ministry", "killed", 5301, None, qualifier="at_least",
              group="people", when=at(12), text="more than 5,300 dead"),
        count("Vostra Interior Ministry", "killed", 5300, group="people", when=at(13)),
    ]  # fmt: skip
    assert run("casualty_revision", claims) == []


def test_a_report_dated_by_its_day_alone_is_not_before_that_days_timed_reports():
    # The ministry's 30 is reported at 03:00; a report dated only "14 Mar" (stored at
    # midnight) gives its new 25, and a 10:00 report repeats 25: the series is 30 -> 25.
    midnight = at(14, 0)
    claims = [
        count("Zedland ministry", "killed", 30, group="people", when=at(14, 3)),
        count("Zedland ministry", "killed", 25, group="people", when=midnight),
        count("Zedland ministry", "killed", 25, group="people", when=at(14, 10)),
    ]
    (draft,) = run("casualty_revision", claims)
    assert "30 (14 Mar 03:00) -> 25" in draft.message


def test_a_figure_its_report_names_as_replaced_is_not_current():
    # The agency's 95 reaches us only as "the previous count of 95"; the ministry went from
    # 95 to 84. An outlet printing 95 weeks later is stale, not the agency's relay.
    claims = [
        count("Zedland ministry", "killed", 95, group="people", when=at(14, 3)),
        count("Zedland ministry", "killed", 84, group="people", when=at(14, 10)),
        count(
            "Zedland relief agency",
            "killed",
            95,
            group="people",
            when=at(14, 10),
            lead_in="explaining that the previous count of ",
        ),
        count("Outlet D", "killed", 95, group="people", attribution="outlet", when=at(28)),
    ]
    (draft,) = run("stale_figure", claims)
    assert "Outlet D printed 95" in draft.message
    assert "Zedland ministry revised it to 84" in draft.message
