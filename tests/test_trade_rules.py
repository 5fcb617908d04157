"""Each binding rule of belcoop.parse.trade on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from belcoop.model import Change, Period, TradeFact
from belcoop.parse.places import gazetteer
from belcoop.parse.trade import (
    Anchor,
    View,
    bind_changes,
    distribute,
    figure_periods,
    headline_facts,
    is_difference,
    is_not_with_belarus,
    is_other_money,
    is_price,
    metric_of,
    one_fact_per_figure,
    partner_of,
    period_of,
    product_of,
    status_of,
    view,
)

TODAY = date(2023, 5, 10)


def v_of(text: str, today: date | None = TODAY) -> View:
    return view(text, today, gazetteer().mentions)


def anchors(v: View) -> list[Anchor]:
    return bind_changes(v, v.figures.amounts)


def pairs(text: str) -> list[tuple[float | None, float | None]]:
    return [(a.amount.value if a.amount else None, a.change.value if a.change else None) for a in anchors(v_of(text))]


# ---------------------------------------------------------------- bind_changes


def test_a_change_after_its_amount_binds_to_it() -> None:
    assert pairs("Trade reached $6.2 million, up 2.5 times.") == [(6.2e6, 2.5)]
    assert pairs("Trade totalled $364.1 million (53.6% up).") == [(364.1e6, 53.6)]


def test_a_change_before_the_amount_it_leads_to_binds_to_it() -> None:
    assert pairs("Exports rose by 12% to $41 million.") == [(41e6, 12.0)]
    assert pairs("Supplies grew 2.1 times and amounted to $18 million.") == [(18e6, 2.1)]


def test_each_change_binds_to_its_own_amount() -> None:
    assert pairs("Exports grew by 18% to $371 million, and imports fell by 2% to $125 million.") == [
        (371e6, 18.0), (125e6, -2.0)]


def test_a_new_clause_with_its_own_period_starts_a_new_figure() -> None:
    assert pairs("Trade exceeded $760 million last year, and in January-March 2023 it grew by 12%.") == [
        (760e6, None), (None, 12.0)]


def test_the_one_amount_of_a_sentence_takes_its_change_across_a_comparison() -> None:
    assert pairs("Trade totalled about $200 million, which exceeded the figure of a year before (up 36%).") == [(200e6, 36.0)]


# ---------------------------------------------------------------- what is not trade


@pytest.mark.parametrize("text", [
    "Contracts worth $110 million were signed at the fair.",
    "Belarus posted a trade surplus of $13 million.",
    "The region attracted $50 million in investments.",
    "The $1 billion project to build a plant is under way.",
    "Five memorandums on supplying machinery worth $73 million were signed.",
])
def test_other_money_is_not_trade(text: str) -> None:
    v = v_of(text)
    assert [is_other_money(v, a) for a in v.figures.amounts] == [True]


def test_trade_money_is_trade() -> None:
    v = v_of("Under the agreement, Belarus exported goods worth $12 million.")
    assert [is_other_money(v, a) for a in v.figures.amounts] == [False]


def test_differences_and_prices_are_not_figures() -> None:
    v = v_of("Trade was $204 million, which is $56 million more than in 2021.")
    assert [is_difference(v, a) for a in v.figures.amounts] == [False, True]
    v = v_of("Belarusian milk powder sells in Vietnam at $3,200 per tonne.")
    assert [is_price(v, a) for a in v.figures.amounts] == [True]


@pytest.mark.parametrize("text, expected", [
    ("Vietnam's trade with China reached $100 billion.", True),
    ("Trade between Kazakhstan and Russia reached $26 billion, the minister told the Belarusian ambassador.", True),
    ("Kazakhstan's foreign trade turnover reached $130 billion.", True),
    ("Uzbekistan's trade with the EAEU member states reached $17 billion.", True),
    ("Uzbekistan's imports of machinery grew to $1.2 billion.", True),
    ("Trade between Belarus and Vietnam reached $171 million.", False),
    ("The foreign trade turnover between Belarus and Kazakhstan amounted to $1 billion.", False),
    ("Vietnam's exports to Belarus reached $12 million.", False),
])
def test_figures_not_of_trade_with_belarus(text: str, expected: bool) -> None:
    v = v_of(text)
    [anchor] = anchors(v)
    _metric, token = metric_of(v, anchor, False, None)
    assert is_not_with_belarus(v, anchor, token) is expected


# ---------------------------------------------------------------- metric and direction


@pytest.mark.parametrize("text, metric", [
    ("Supplies from Perm Krai to Belarus reached $10 million.", "imports"),
    ("Imports from Belarus to Kazakhstan amounted to $870 million.", "exports"),
    ("Vietnam's exports to Belarus amounted to $12 million.", "imports"),
    ("Purchases of Belarusian goods by the region reached $40 million.", "exports"),
    ("Mutual supplies between Belarus and Tver Oblast totalled $630 million.", "turnover"),
    ("Belarusian exports to Kazakhstan totalled $270 million.", "exports"),
])
def test_metric_from_belarus_side(text: str, metric: str) -> None:
    v = v_of(text)
    [anchor] = anchors(v)
    assert metric_of(v, anchor, False, None)[0] == metric


def test_our_exports_said_by_a_foreign_official_are_belarus_imports() -> None:
    v = v_of("Our exports to Belarus grew to $50 million.")
    [anchor] = anchors(v)
    assert metric_of(v, anchor, True, None)[0] == "imports"


def test_respectively_gives_each_figure_its_metric() -> None:
    v = v_of("Trade, exports and imports amounted to $1.1 billion, $760 million and $340 million, respectively.")
    found = [(a.amount.value if a.amount else None, metric_of(v, a, False, None, w)[0]) for a, w in distribute(v, anchors(v))]
    assert found == [(1.1e9, "turnover"), (760e6, "exports"), (340e6, "imports")]


# ---------------------------------------------------------------- status


@pytest.mark.parametrize("text, status", [
    ("Trade could reach $1.5 billion in the coming years.", "target"),
    ("The target for 2025 is $2 billion.", "target"),
    ("The parties aim to bring trade to $1 billion.", "target"),
    ("Trade between Belarus and Moscow Oblast to reach $3 billion.", "target"),
    ("We are carefully talking about reaching $600 million in trade.", "target"),
    ("It is a way short of the $500-million target.", "target"),
    ("In 2022 trade rose by 12% to reach $41 million.", "actual"),
    ("The sides expect that trade, which reached $1.2 billion in 2022, will grow further.", "actual"),
    ("The sides will sign a roadmap, while last year trade amounted to $80 million.", "actual"),
])
def test_status(text: str, status: str) -> None:
    v = v_of(text)
    [anchor] = anchors(v)
    assert status_of(v, anchor, TODAY) == status


def test_a_deadline_after_the_article_year_makes_a_target() -> None:
    v = v_of("Trade of $1.5 billion by 2025 is the aim set by the presidents.")
    [anchor] = anchors(v)
    assert status_of(v, anchor, TODAY) == "target"
    v = v_of("Trade amounted to $900 million by the end of 2022.")
    [anchor] = anchors(v)
    assert status_of(v, anchor, TODAY) == "actual"


def test_doubling_in_the_base_form_is_a_goal() -> None:
    v = v_of("There is the potential to double trade.")
    [anchor] = anchors(v)
    assert anchor.change is not None and anchor.change.value == 2 and status_of(v, anchor, TODAY) == "target"


# ---------------------------------------------------------------- periods


def period(text: str, carried: Period | None = None, today: date | None = TODAY) -> Period | None:
    v = v_of(text, today)
    anchor = anchors(v)[0]
    return period_of(v, anchor, status_of(v, anchor, today), carried, carried)[0]


def test_the_amounts_own_period_comes_first() -> None:
    assert period("Trade amounted to $2.7 billion in 2021, having grown 1.3 times over the past two years.") == Period(
        "2021-01-01", "2021-12-31")


def test_sub_year_periods_are_never_the_whole_year() -> None:
    assert period("Over nine months of 2022, trade reached $190 million.") == Period("2022-01-01", "2022-09-30")
    assert period("In January-April, trade reached $90 million.") == Period("2023-01-01", "2023-04-30")
    assert period("In the first quarter, exports reached $20 million.") == Period("2023-01-01", "2023-03-31")


def test_a_comparison_base_is_not_the_period() -> None:
    assert period("Exports totalled $50 million, up 12% compared to 2021.") is None
    assert period("Trade grew by 15% over the same period of 2022.") is None


def test_a_carried_period_fills_a_sentence_without_one_but_never_a_target() -> None:
    carried = Period("2022-01-01", "2022-12-31")
    assert period("Exports accounted for $30 million.", carried) == carried
    assert period("Exports could reach $50 million.", carried) is None
    assert period("When the group was set up, trade stood at $20 million.", carried) is None


def test_the_same_period_is_the_one_just_given() -> None:
    carried = Period("2023-01-01", "2023-04-30")
    assert period("During this time, we traded for $200 million.", carried) == carried


# ---------------------------------------------------------------- partner and product


def test_a_figure_about_another_region_gets_its_code() -> None:
    v = v_of("Belarus' trade with neighbouring Tomsk Oblast is much smaller: $40 million.")
    assert partner_of(v, anchors(v)[0], "RU-NVS") == "RU-TOM"
    v = v_of("Trade reached $330 million, the governor said in Moscow.")
    assert partner_of(v, anchors(v)[0], "RU-NVS") == "RU-NVS"  # a city named elsewhere is only a venue


@pytest.mark.parametrize("text, product", [
    ("Exports of dairy products reached $40 million.", "dairy"),
    ("Belarusian sugar exports grew by 20%.", "sugar"),
    ("Belarus shipped tractors worth $24 million.", "tractors"),
    ("Turkmenistan delivered more than $1 million worth of tomatoes.", "tomatoes"),
    ("The main items of exports were potash fertilisers ($25.6 million).", "potash fertilisers"),
    ("Exports of Belarusian goods reached $40 million.", None),
    ("Trade in 2022 amounted to $40 million.", None),
])
def test_product_groups(text: str, product: str | None) -> None:
    v = v_of(text)
    anchor = anchors(v)[0]
    _metric, token = metric_of(v, anchor, False, None)
    assert product_of(v, anchor, token, None) == product


# ---------------------------------------------------------------- one fact per figure


def fact(value: float | None, status: str = "actual", period: Period | None = None, change: Change | None = None,
         metric: str = "turnover", product: str | None = None) -> TradeFact:
    return TradeFact("KZ", metric, value, "USD" if value else None, None, period, change, status, "", product)


def test_a_restated_figure_is_one_fact_with_what_each_adds() -> None:
    from belcoop.parse.trade import _Found

    p = Period("2022-01-01", "2022-12-31")
    merged = one_fact_per_figure([_Found(fact(70e6, period=p), False), _Found(fact(70e6, change=Change("percent", 5.0)), False)])
    assert merged == [fact(70e6, period=p, change=Change("percent", 5.0))]


def test_a_goal_restated_without_a_verb_stays_one_target() -> None:
    from belcoop.parse.trade import _Found

    merged = one_fact_per_figure([_Found(fact(1e9, "target"), False), _Found(fact(1e9), True)])
    assert [(f.value, f.status) for f in merged] == [(1e9, "target")]


def test_different_products_or_periods_are_different_figures() -> None:
    from belcoop.parse.trade import _Found

    found = [_Found(fact(1.2e6, metric="exports", product="engines"), False),
             _Found(fact(1.2e6, metric="exports", product="spare parts"), False),
             _Found(fact(5e6, period=Period("2021-01-01", "2021-12-31")), False),
             _Found(fact(5e6, period=Period("2022-01-01", "2022-12-31")), False)]
    assert len(one_fact_per_figure(found)) == 4


def test_a_headline_counts_only_for_what_the_body_does_not_tell() -> None:
    body = [TradeFact("RU-PSK", "turnover", 210e6, "USD", None, Period("2022-01-01", "2022-12-31"), None, "actual", "")]
    found = headline_facts("Belarus' exports to Pskov Oblast up 18% in 2022", body, TODAY, "RU-PSK", gazetteer().mentions)
    assert [(f.metric, f.change) for f in found] == [("exports", Change("percent", 18.0))]
    assert headline_facts("Belarus, Pskov Oblast trade reaches $210m", body, TODAY, "RU-PSK", gazetteer().mentions) == []


def test_figure_periods_date_articles_by_their_own_figures() -> None:
    assert figure_periods("They agreed to increase trade to $500 million in 2017.") == [
        (date(2017, 1, 1), date(2017, 12, 31), "target", True)]
    assert figure_periods("In 2023, the two countries' trade went up by over 18%.") == [
        (date(2023, 1, 1), date(2023, 12, 31), "actual", True)]
    assert figure_periods("Trade between the countries began to grow in 2017.") == [
        (date(2017, 1, 1), date(2017, 12, 31), "actual", False)]
    assert figure_periods("The company was founded in 1995.") == []


@pytest.mark.parametrize("text, value", [
    ("Trade with Uzbekistan amounted to 1.5 bn USD in 2022.", 1.5e9),
    ("Exports to Vietnam reached $202.2 m last year.", 202.2e6),
    ("Trade reached $1.743 billion in 2022.", 1.743e9),
])
def test_scales_written_apart_from_the_number(text: str, value: float) -> None:
    assert [a.value for a in v_of(text).figures.amounts] == [value]


def test_an_absolute_increase_is_no_figure() -> None:
    v = v_of("Trade rose by almost half a billion dollars in 2022.")
    assert [is_difference(v, a) for a in v.figures.amounts] == [True]
    assert [c.kind for c in v.figures.changes] == []


def test_a_percent_above_a_level_is_a_change() -> None:
    assert pairs("Trade amounted to $500 million, which is 30% above the level of 2021.") == [(500e6, 30.0)]


def test_a_base_amount_with_its_past_year_is_actual_after_a_goal_word() -> None:
    v = v_of("The plan for this year envisages exports worth $90 million, up from $64 million in 2022.")
    assert [status_of(v, a, TODAY) for a in anchors(v)] == ["target", "actual"]


def test_direction_is_read_up_to_the_next_metric_word() -> None:
    v = v_of("In 2022, Belarusian exports to Mongolia amounted to $2 million, and imports from Mongolia to $0.5 million.")
    assert [metric_of(v, a, False, None)[0] for a in anchors(v)] == ["exports", "imports"]


def test_an_approximation_is_no_product() -> None:
    v = v_of("Trade exceeded $400 million, with Belarusian exports of more than $250 million.")
    second = anchors(v)[1]
    assert product_of(v, second, metric_of(v, second, False, None)[1], None) is None


def test_results_summed_up_for_a_year_say_it_is_over() -> None:
    assert figure_periods("The sides summed up the results of 2022 at the meeting.") == [
        (date(2022, 1, 1), date(2022, 12, 31), "actual", True)]


def test_a_region_the_gazetteer_lacks_is_named_with_no_code() -> None:
    from belcoop.parse.trade import named_with

    def named(text: str) -> list[tuple[str, str]]:
        return sorted((word, code) for _o, word, code in named_with(text, gazetteer().mentions(text)))

    assert named("Trade between Naryn region and the Minsk region grew.") == [("region", "?"), ("region", "BY-MI")]
    assert named("Sughd Province and Vitebsk Oblast signed a plan.") == [("oblast", "BY-VI"), ("province", "?")]
    # a macro-region, a compass word, a word opening the phrase: no region's name
    assert named("Exports to the Volga region, the Far East region, Eastern region and Central region grew.") == []
    assert named("Each region of the country, this region and That region.") == []
