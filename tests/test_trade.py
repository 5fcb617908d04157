from __future__ import annotations

from datetime import date

from belcoop.model import TradeFact
from belcoop.parse.places import gazetteer
from belcoop.parse.trade import extract_trade


def facts(*paragraphs: str, today: date | None = date(2022, 6, 1), partner: str = "RU-KRS") -> list[TradeFact]:
    from belcoop.parse.text import split_sentences

    gaz = gazetteer()
    return extract_trade([split_sentences(p) for p in paragraphs], today, partner, gaz.mentions, lambda _p: False).facts


def test_value_change_and_period_from_one_sentence_are_one_fact() -> None:
    [fact] = facts("In 2021, our trade rose 2.3 times over 2020 to reach $41 million despite the pandemic.")
    assert (fact.metric, fact.value, fact.currency, fact.status) == ("turnover", 41e6, "USD", "actual")
    assert fact.change and (fact.change.kind, fact.change.value) == ("times", 2.3)
    assert fact.period and (fact.period.start, fact.period.end) == ("2021-01-01", "2021-12-31")
    assert fact.evidence.startswith("In 2021")


def test_change_without_amount_is_a_fact_with_null_value() -> None:
    [fact] = facts("The trade turnover between the two sides increased by almost 25 percent last year.")
    assert fact.value is None and fact.change and fact.change.value == 25
    assert fact.period and fact.period.start == "2021-01-01"


def test_targets() -> None:
    found = facts("If we want to hit $0.7 billion in trade in the medium term, we need closer cooperation.")
    assert [(f.value, f.status, f.period) for f in found] == [(7e8, "target", None)]


def test_actual_and_target_in_one_paragraph() -> None:
    found = facts("For now we are talking about reaching $400 million in trade. We can do it. "
                  "Currently, we have reached just over $250 million, which is not enough.")
    assert sorted((f.value, f.status, f.approx) for f in found) == [(2.5e8, "actual", "over"), (4e8, "target", None)]


def test_export_import_split_inherits_the_period() -> None:
    found = facts("In 2018 Belarus-Kursk trade totaled $37 million, down by nearly 11%. "
                  "Belarus' export made up $30 million, import stood at $7 million.")
    assert [(f.metric, f.value, f.period.start if f.period else None) for f in found] == [
        ("turnover", 37e6, "2018-01-01"), ("exports", 30e6, "2018-01-01"), ("imports", 7e6, "2018-01-01")]
    assert found[0].change and found[0].change.value == -11


def test_direction_from_the_partners_side() -> None:
    found = facts("The volume of imports from Belarus to Kursk Oblast amounted to $10 million, "
                  "and the volume of exports from Kursk Oblast to Belarus was $3 million.")
    assert [(f.metric, f.value) for f in found] == [("exports", 10e6), ("imports", 3e6)]


def test_product_groups() -> None:
    found = facts("We have doubled the supplies of our confectionery products to this market.")
    assert [(f.metric, f.product, f.change.kind if f.change else None) for f in found] == [("exports", "confectionery", "times")]


def test_surplus_and_contract_values_are_not_trade() -> None:
    assert facts("Belarus posted a trade surplus of $13 million.", "Contracts worth $110 million were signed in May.") == []


def test_same_figure_told_twice_is_one_fact() -> None:
    found = facts("In 2020 the bilateral trade hit the record of $52 million.",
                  "In 2020 the bilateral trade amounted to $52 million (136% as against the trade in 2019).")
    assert len(found) == 1 and found[0].change and found[0].change.value == 36


def test_figure_about_another_place_gets_its_code() -> None:
    [fact] = facts("Belarus' exports to Russia's Pskov Oblast reached $12 million in 2021.")
    assert fact.partner == "RU-PSK"


def test_a_new_period_starts_a_new_figure() -> None:
    found = facts('"Last year our trade exceeded $760 million, and in January-July 2022 it grew by another 12%."')
    assert [(f.value, f.change.value if f.change else None, f.period.end if f.period else None) for f in found] == [
        (7.6e8, None, "2021-12-31"), (None, 12.0, "2022-07-31")]


def test_future_deadline_makes_a_target_and_next_year_a_period() -> None:
    found = facts("The sides agreed to bring the mutual trade to $1.5 billion by 2025.",
                  "We are confident that we will reach $1 billion next year.")
    assert [(f.value, f.status, f.period.start if f.period else None) for f in found] == [
        (1.5e9, "target", "2025-01-01"), (1e9, "target", "2023-01-01")]


def test_yearly_amounts_have_no_period() -> None:
    found = facts("In the first half of the year supplies rose 1.5 times. Kursk Oblast exports to Belarus "
                  "petrochemical products worth about $300 million a year.")
    assert [(f.metric, f.value, f.period) for f in found if f.value] == [("imports", 3e8, None)]


def test_a_period_right_after_the_amount_is_its_own() -> None:
    found = facts("Bilateral trade stood at US$4.6 million in 2020 and rose to US$21 million in 2021.")
    assert [(f.value, f.period.start if f.period else None) for f in found] == [(4.6e6, "2020-01-01"), (21e6, "2021-01-01")]


def test_the_amounts_own_period_does_not_split_it_from_its_change() -> None:
    [fact] = facts("Trade amounted to $2.7 billion in 2021, having increased by 1.3 times over the past two years.")
    assert fact.value == 2.7e9 and fact.change and fact.change.value == 1.3 and fact.period and fact.period.start == "2021-01-01"


# ---------------------------------------------------------------- what a sentence going on with trade speaks of


def test_a_change_of_other_money_after_a_trade_sentence_is_not_trade() -> None:
    found = facts("Last year trade between the regions reached $120 million. "
                  "The total cost of the joint projects has grown five times over the past two years.")
    assert [(f.value, f.change) for f in found] == [(120e6, None)]


def test_a_change_of_goods_carried_after_a_trade_sentence_is_not_trade() -> None:
    found = facts("Trade with the region totalled $75 million in 2021. "
                  "The new railway line will carry three times more cargo than the old one.")
    assert [f.value for f in found] == [75e6]


def test_money_said_to_come_from_a_budget_or_a_fund_is_not_trade() -> None:
    found = facts("Trade between Belarus and Kursk Oblast reached $50 million in 2021.",
                  "We had 7 million dollars from the regional budget for the new bridge, he added.",
                  "We got $2.5 million from the development fund, the mayor said.")
    assert [(f.metric, f.value) for f in found] == [("turnover", 50_000_000.0)]
    # a figure for a period that starts "from" a month is still trade
    assert [(f.metric, f.value) for f in facts("Exports rose to $20 million from January to March.")] == [
        ("exports", 20_000_000.0)]


def test_a_facility_worth_money_is_not_trade() -> None:
    found = facts("Our trade is growing fast. The governor will open a machinery facility worth $40 million next week.")
    assert found == []


def test_a_sentence_that_refers_back_still_goes_on_with_trade() -> None:
    found = facts("Last year trade with the region came to $165 million. It rose 7% after falling for two years.")
    assert [(f.value, f.change.value if f.change else None) for f in found] == [(165e6, None), (None, 7.0)]


def test_a_change_from_one_amount_to_another_belongs_to_the_second() -> None:
    found = facts("Bilateral trade grew 30 times from $4 million in 2010 to $120 million in 2020.")
    assert sorted((f.value, f.change.value if f.change else None, f.period.start if f.period else None) for f in found) == [
        (4e6, None, "2010-01-01"), (120e6, 30.0, "2020-01-01")]


def test_a_figure_of_other_times_takes_no_period_from_the_sentence_before() -> None:
    found = facts("Trade reached almost $300 million in 2021. But there were times when the trade made up $0.5 billion.")
    assert sorted((f.value, f.period.start if f.period else None) for f in found) == [(3e8, "2021-01-01"), (5e8, None)]
    # a time told by an event, not a calendar ("before the pandemic", "in Soviet times") is another time too
    found = facts("In 2021 trade with the krai rose to $95 million. Before the pandemic, exports stood at $70 million.",
                  "During the coronavirus pandemic the turnover fell to $40 million.")
    assert sorted((f.value, f.period.start if f.period else None) for f in found) == [
        (4e7, None), (7e7, None), (9.5e7, "2021-01-01")]


def test_a_change_after_a_share_is_the_shares() -> None:
    assert facts("Kazakhstan's share now accounts for 52.3% of the total export of Gomel-based companies, "
                 "down 7% as against the same period a year earlier.") == []
    assert facts("Russia's share accounts for 61% of the total export of Brest companies, down 4% on a year before.") == []
    [fact] = facts("Russia's share accounts for 61% of the region's exports, which grew 4% to $80 million.")
    assert (fact.value, fact.change.value if fact.change else None) == (80e6, 4.0)


def test_a_period_after_a_base_complete_in_itself_is_the_figures() -> None:
    [fact] = facts("Trade fell 8% year-on-year in January-June to $540 million.", today=date(2023, 7, 1))
    assert fact.period and (fact.period.start, fact.period.end) == ("2023-01-01", "2023-06-30")
    assert fact.change and fact.change.value == -8.0
    [fact] = facts("Trade rose 10% compared to the same period of 2021.", today=date(2023, 7, 1))
    assert fact.period is None  # the base's period stays the base's


def test_the_subject_of_a_verb_of_trade_is_no_product() -> None:
    [fact] = facts("Last year, Belarusian companies shipped goods worth $45 million to the region.")
    assert (fact.metric, fact.value, fact.product) == ("exports", 45e6, None)
    [fact] = facts("Last year, Belarusian companies shipped tractors worth $45 million to the region.")
    assert fact.product == "tractors"
    [fact] = facts("Belarusian dairy exports to the region reached $45 million last year.")
    assert fact.product == "dairy"


def test_the_level_a_change_starts_from_is_reported_beside_a_goal() -> None:
    found = facts("The sides aim to bring trade to $1 billion, up from $600 million now.")
    assert sorted((f.value, f.status) for f in found) == [(6e8, "actual"), (1e9, "target")]
    found = facts("The sides plan to increase trade from $600 million to $1 billion.")
    assert sorted((f.value, f.status) for f in found) == [(6e8, "actual"), (1e9, "target")]


def test_the_partners_trade_with_another_country_is_not_trade_with_belarus() -> None:
    found = facts("Trade between Belarus and the region reached $300 million, while the region's trade with Kazakhstan "
                  "was $200 million.")
    assert [(f.value, f.partner) for f in found] == [(3e8, "RU-KRS")]
    assert facts("The region's trade with China totalled $5 billion.") == []
    [fact] = facts("Trade with Kazakhstan reached $200 million last year.", partner="KZ")  # the partner itself
    assert (fact.value, fact.partner) == (2e8, "KZ")


def test_a_figure_restated_in_another_currency_is_one_fact_in_the_first() -> None:
    found = facts("Trade reached RUB 5 billion ($70 million) in 2021.")
    assert [(f.value, f.currency, f.period.start if f.period else None) for f in found] == [(5e9, "RUB", "2021-01-01")]
    found = facts("Exports soared by 58% and reached 572 billion rubles, or about $6.7 billion, in 2022.")
    assert [(f.value, f.currency, f.change.value if f.change else None) for f in found] == [(572e9, "RUB", 58.0)]
    found = facts("Exports reached $5 million and imports EUR 2 million.")  # two figures, not one restated
    assert [(f.metric, f.currency) for f in found] == [("exports", "USD"), ("imports", "EUR")]


def test_the_partner_buying_belarusian_goods_is_belarus_exporting() -> None:
    [fact] = facts("The region imported Belarusian goods worth $88 million.")
    assert (fact.metric, fact.value) == ("exports", 88e6)
    [fact] = facts("The region bought Belarusian machinery worth $20 million.")
    assert (fact.metric, fact.product) == ("exports", "machinery")
    [fact] = facts("Belarus imported goods worth $5 million from the region.")
    assert fact.metric == "imports"


def test_goods_made_in_a_belarusian_place_are_belarus_exports() -> None:
    [fact] = facts("Farmers of the district purchased Lida-made agricultural machinery worth 2.1 billion sums in 2023.")
    assert (fact.metric, fact.product) == ("exports", "agricultural machinery")
    [fact] = facts("The region imported Gomel-built combines for $3 million last year.")
    assert fact.metric == "exports"
    [fact] = facts("Kazakh farmers bought Minsk-made tractors worth $5 million in 2023.", partner="KZ")
    assert fact.metric == "exports"
    [fact] = facts("Kazakh farmers bought Gomel-made and Minsk-made combines worth $5 million in 2023.", partner="KZ")
    assert (fact.metric, fact.product) == ("exports", "combines")  # (the origins listed before the goods)
    # made in the partner's country, or a company based in Belarus: the purchase is Belarus' own
    [fact] = facts("Minsk enterprises purchased Tashkent-made cotton yarn worth $2 million in 2023.", partner="UZ")
    assert fact.metric == "imports"
    [fact] = facts("A Mogilev-based company purchased cotton yarn worth $2 million in 2023.", partner="UZ")
    assert fact.metric == "imports"


def test_the_partners_supplies_to_the_belarusian_region_named_are_belarus_imports() -> None:
    [_, fact] = facts("Trade between the Mogilev region and Armenia reached $27.4 million. Armenian supplies to the region "
                      "were estimated at 2.1 billion drams.", partner="AM")
    assert (fact.metric, fact.value, fact.currency) == ("imports", 2.1e9, "AMD")
    # a region of the owner's own country named too is not where its goods go
    [_, fact] = facts("The governor of the Shirak region received the delegation. Trade between the Mogilev region and Armenia "
                      "reached $27.4 million. Armenian exports to the region amounted to 2.1 billion drams.", partner="AM")
    assert (fact.metric, fact.value) == ("imports", 2.1e9)
    # a third country's supplies to the Belarusian region are not trade with the partner
    [fact] = facts("Mogilev Oblast trade with Tula reached $5 million. Chinese supplies to the region amounted to "
                   "2.1 billion yuan.", partner="RU-TUL")
    assert fact.metric == "turnover"


def test_goods_given_as_examples_between_a_flow_and_its_amount_are_no_product() -> None:
    [fact] = facts("The region's exports – mainly dairy products, meat and medicines – amounted to $7.4 million.")
    assert fact.value == 7.4e6 and fact.product is None
    [fact] = facts("Exports (including dairy products and meat) reached $7.4 million.")
    assert fact.product is None
    # goods each with an amount of their own are each one's product
    found = facts("In exports, potash fertilisers brought in $64 million and powdered milk $11.2 million.")
    assert [f.product for f in found] == ["potash fertilisers", "powdered milk"]


def test_exports_of_a_places_enterprises_to_a_region_by_name_are_trade() -> None:
    # a region the gazetteer does not know, named with its word for a region, is where the exports went
    [_, fact] = facts("Trade between the Minsk region and Tajikistan reached $14.9 million. Exports of the region's "
                      "enterprises to the Sughd region increased 2.2 times.", partner="TJ")
    assert (fact.metric, fact.change and fact.change.value) == ("exports", 2.2)
    [fact] = facts("Exports of the holding to the Khatlon region reached $2 million.", partner="TJ")
    assert (fact.metric, fact.value) == ("exports", 2e6)
    # with no place they went to, a company's exports are its total
    assert facts("Exports of the holding grew by 12 percent to $2 million.", partner="TJ") == []


def test_a_country_named_a_republic_is_not_what_the_region_refers_to() -> None:
    [_, fact] = facts("A delegation of the Republic of Tajikistan visited the Minsk region. Trade reached $14.9 million. "
                      "The region's exports grew 2.2 times.", partner="TJ")
    assert fact.metric == "exports"
    # a republic that is a region is
    [_, fact] = facts("A delegation of the Republic of Tatarstan visited the Minsk region. Trade reached $14.9 million. "
                      "The region's exports grew 2.2 times.", partner="RU-TA")
    assert fact.metric == "imports"


def test_the_goods_their_makers_supply_are_the_product_when_the_object_names_none() -> None:
    [fact] = facts("Last year car component makers from the city supplied products worth 2.4 million euros to Brest "
                   "enterprises.", partner="RS")
    assert (fact.metric, fact.product) == ("imports", "car component")
    [fact] = facts("Serbian furniture manufacturers supplied goods worth 2.4 million euros to Belarus.", partner="RS")
    assert fact.product == "furniture"
    # makers of no goods named, and an object that names its goods
    [fact] = facts("Serbian manufacturers supplied goods worth 2.4 million euros to Belarus.", partner="RS")
    assert fact.product is None
    [fact] = facts("Cotton growers of the region sold cotton fibre worth $5 million to Belarus.", partner="RS")
    assert fact.product == "cotton fibre"
    [fact] = facts("Serbian car makers bought Belarusian products worth $5 million.", partner="RS")  # makers who buy
    assert fact.product is None
    # words for what kind of maker it is name no goods
    [fact] = facts("The republic's small producers shipped goods worth 1.5 million euros to Belarus.", partner="RS")
    assert fact.product is None
    [fact] = facts("Last year leading private shoe manufacturers sold products worth $3 million to Belarus.", partner="RS")
    assert fact.product == "shoe"


def test_the_region_keeps_the_side_the_sentence_before_told_it_to_be() -> None:
    lead = "The guests arrived in the Brest region. Osh is the centre of the Osh region."
    found = facts(lead, "The trade turnover of the region with Kyrgyzstan reached $21.3 million in 2023. Of this amount, "
                        "the region's exports exceeded $15 million.", partner="KG")
    assert [f.metric for f in found] == ["turnover", "exports"]
    # trade of the region with Belarus makes it the partner's; a sentence telling neither leaves the partner's reading
    found = facts(lead, "The trade turnover of the region with Belarus reached $21.3 million in 2023. Of this amount, "
                        "the region's exports exceeded $15 million.", partner="KG")
    assert [f.metric for f in found] == ["turnover", "imports"]
    found = facts(lead, "The trade turnover reached $21.3 million in 2023. Of this amount, the region's exports exceeded "
                        "$15 million.", partner="KG")
    assert [f.metric for f in found] == ["turnover", "imports"]


def test_an_amount_of_a_product_names_the_product() -> None:
    found = facts("Belarus exported $30 million worth of goods to the region, including $10 million of tractors.")
    assert [(f.value, f.product) for f in found] == [(30e6, None), (10e6, "tractors")]
    [fact] = facts("In three years we could get to half a billion dollars of trade turnover.")
    assert fact.product is None  # "of trade" is the metric, not a product


def record_of(text: str):  # type: ignore[no-untyped-def]
    from belcoop.parse import parse_article

    return parse_article(text, path="probe.txt", sha256="0", record_id="probe")


def test_a_capital_named_as_such_is_a_city_not_money() -> None:
    record = record_of("Minsk and Nizhny Novgorod\n\nMINSK, 14 March 2023 (BelTA) – In 2022, trade between the Belarusian"
                       " capital and the region totalled $640 million, up 9% from 2021. Trade between Belarus and the Russian"
                       " capital amounted to $4.5 billion in 2022. The authorized capital of the joint venture is $2 million.\n")
    assert [(f.partner, f.metric, f.value, f.currency) for f in record.trade] == [
        ("RU-NIZ", "turnover", 640e6, "USD"), ("RU-MOW", "turnover", 4.5e9, "USD")]  # the venture's capital is no trade
    [only] = facts("Exports of the Belarusian capital to Kursk Oblast amounted to $300 million in 2021.")
    assert (only.metric, only.value) == ("exports", 300e6)


def test_capitals_resolve_by_their_descriptions() -> None:
    gaz = gazetteer()
    for text, code in [("the Belarusian capital", "BY-HM"), ("the Kazakh capital", "KZ-71"),
                       ("the Russian capital", "RU-MOW"), ("Uzbekistan's capital", "UZ-TK")]:
        assert [m.hit.code for m in gaz.mentions(text)] == [code], text


def test_a_change_of_things_counted_or_made_after_trade_is_not_trade() -> None:
    lead = "Trade between Belarus and Kursk Oblast reached $500 million in 2021. "
    for other in ("The number of tourists from Kursk Oblast grew by 30% in 2021.", "Industrial production rose by 6% in 2021.",
                  "The number of joint ventures increased by 20%.", "Output of MAZ trucks in the region doubled."):
        assert [(f.value, f.change) for f in facts(lead + other)] == [(500e6, None)], other
    # the trade itself, referred back to, still goes on
    [first, later] = facts(lead + "In January-February 2022 it grew by a further 12%.")
    assert later.value is None and later.change is not None and later.change.value == 12.0


def test_the_partners_own_trade_named_by_a_pronoun_is_not_with_belarus() -> None:
    found = facts("Trade between Belarus and Kursk Oblast reached $700 million in 2021. Its foreign trade with China exceeded"
                  " $2 billion in 2021. Its exports to Kazakhstan totalled $900 million.")
    assert [(f.partner, f.value) for f in found] == [("RU-KRS", 700e6)]
    # ... but its trade with Belarus is
    found = facts("Kursk Oblast is a key partner. Its exports to Belarus grew by 10% in 2021.")
    assert [(f.partner, f.metric) for f in found] == [("RU-KRS", "imports")]


def test_a_metric_named_after_the_amount_with_of_is_its_metric() -> None:
    found = facts("Trade between Belarus and Kursk Oblast exceeded $1 billion in 2021, including $600 million of Belarusian"
                  " exports and $400 million of imports.")
    assert [(f.metric, f.value) for f in found] == [("turnover", 1e9), ("exports", 600e6), ("imports", 400e6)]
    # the whole the amount is a part of, then the part it is
    found = facts("Trade between Belarus and Kursk Oblast exceeded $1 billion in 2021. He said $500 million of the turnover"
                  " was Belarusian exports.")
    assert [(f.metric, f.value) for f in found] == [("turnover", 1e9), ("exports", 500e6)]
    # "of" a product names no metric
    [sold] = facts("Belarus sold $10 million of tractors to Kursk Oblast in 2021.")
    assert (sold.metric, sold.product) == ("exports", "tractors")


def test_bare_trade_with_another_country_is_belarus_own_and_its_partner_is_listed() -> None:
    found = facts("Belarus-Uzbekistan trade amounted to $900 million in 2021. Trade with Kazakhstan reached $780 million.",
                  partner="UZ")
    assert [(f.partner, f.value) for f in found] == [("UZ", 900e6), ("KZ", 780e6)]
    record = record_of("Belarus, Uzbekistan\n\nMINSK, 14 March 2023 (BelTA) – Trade between Belarus and Uzbekistan amounted"
                       " to $900 million in 2022, while trade with Kazakhstan reached $780 million.\n")
    assert [p.code for p in record.partners] == ["UZ", "KZ"]


def test_a_region_of_the_country_is_the_article_region() -> None:
    [fact] = facts("In 2021 the trade of Belarus with this region of Russia went above $1.2 billion.")
    assert fact.partner == "RU-KRS"
    [fact] = facts("Belarus' trade with Russia exceeded $40 billion in 2021.")
    assert fact.partner == "RU"  # Russia itself


def test_the_origin_named_before_goods_is_no_part_of_the_product() -> None:
    for text, product in [("Exports of Mogilev Oblast dairy products to Kursk Oblast reached $8.7 million in 2021.", "dairy"),
                          ("Exports of Gomel Oblast furniture to Kursk Oblast reached $2 million in 2021.", "furniture"),
                          ("Exports of Belarusian dairy products to Kursk Oblast reached $20 million in 2021.", "dairy"),
                          ("The export of Belarus to Kursk Oblast reached $20 million in 2021.", None)]:
        [fact] = facts(text)
        assert fact.product == product, text


def test_halved_billion_plus_and_nine_months_written_short() -> None:
    [halved] = facts("Trade between Belarus and Kursk Oblast halved in 2021.")
    assert halved.value is None and halved.change is not None and (halved.change.kind, halved.change.value) == ("percent", -50.0)
    [plus] = facts("Trade between Belarus and Kursk Oblast reached $1.2 billion-plus in 2021.")
    assert (plus.value, plus.approx) == (1.2e9, "over")
    [short] = facts("Trade between Belarus and Kursk Oblast reached $300 million in 9M 2021.")
    assert short.period is not None and (short.period.start, short.period.end) == ("2021-01-01", "2021-09-30")
    for written, end in (("1H 2021", "2021-06-30"), ("3Q 2021", "2021-09-30")):
        [part] = facts(f"Trade between Belarus and Kursk Oblast reached $300 million in {written}.")
        assert part.period is not None and part.period.end == end, written
    [scaled] = facts("Exports to Kursk Oblast reached $9M in 2021.")  # "$9M" is nine million, not nine months
    assert scaled.value == 9e6 and scaled.period is not None and scaled.period.end == "2021-12-31"


def test_more_currencies_and_belta_belarusian_rubles() -> None:
    for text, currency in [("In 2021, Belarusian exports to Kursk Oblast amounted to 12.5 million manats.", "AZN"),
                           ("Exports to Kursk Oblast reached Br12.5 million in 2021.", "BYN"),
                           ("Exports to Kursk Oblast reached Br 12.5 million in 2021.", "BYN"),
                           ("Trade with Kursk Oblast reached 40 billion rials in 2021.", "IRR"),
                           ("Trade with Kursk Oblast reached 3 billion Turkish lira in 2021.", "TRY"),
                           ("Trade with Kursk Oblast reached 50 million Swiss francs in 2021.", "CHF")]:
        [fact] = facts(text)
        assert (fact.value is not None, fact.currency) == (True, currency), text


def test_double_taxation_is_no_doubling() -> None:
    assert facts("Trade reached $1 billion in 2021. The parties discussed the double taxation agreement.") == facts(
        "Trade reached $1 billion in 2021.")
    assert facts("Instruments of ratification of the agreement on the avoidance of double taxation were exchanged.") == []
    for text in ("The sides plan to double trade by 2025.", "The sides agreed to double the volume of mutual trade by 2025.",
                 "He thinks the trade turnover can double and reach $2 million by 2025."):
        assert any(f.change is not None and f.change.value == 2.0 for f in facts(text)), text


def test_a_currency_written_us_dollar_is_no_place() -> None:
    gaz = gazetteer()
    assert [m.hit.code for m in gaz.mentions("Exports exceeded US$2 billion.")] == []
    assert [m.hit.code for m in gaz.mentions("Exports reached 5 million US dollars.")] == []
    assert [m.hit.code for m in gaz.mentions("Trade with the US fell.")] == ["US"]
    assert [m.hit.code for m in gaz.mentions("Belarus and Việt Nam met in Hà Nội.")] == ["BY", "VN", "VN"]


def test_who_exports_is_no_product_and_goods_worth_a_figure_are() -> None:
    found = facts("Exports of the region's enterprises to Kursk Oblast reached $145 million in 2021, including foodstuffs"
                  " worth $62 million.")
    assert [(f.value, f.product) for f in found] == [(145e6, None), (62e6, "foodstuffs")]
    for text in ("Exports of Grodno Oblast companies to Kursk Oblast reached $145 million in 2021.",
                 "Exports of Grodno Azot to Kursk Oblast reached $20 million in 2021.",
                 "By the end of 2021, the two sides traded goods worth $2.8 billion."):
        assert [f.product for f in facts(text)] == [None], text
    [fact] = facts("In 2022 the partners agreed on supplies of BelAZ haulers worth more than $14 million to Kursk Oblast.")
    assert fact.product == "BelAZ haulers"


def test_the_period_goes_on_into_the_next_paragraph_right_after_trade() -> None:
    found = facts("Trade between Belarus and Kursk Oblast decreased by 7.4% in 2021 to $1.13 billion.",
                  "Belarusian exports fell by 9.8% to $870 million.")
    assert [(f.metric, f.period.start if f.period else None) for f in found] == [("turnover", "2021-01-01"),
                                                                                ("exports", "2021-01-01")]
    found = facts("Trade between Belarus and Kursk Oblast rose by 19% in January-October 2021.",
                  "Over the period, Belarusian exports increased by 24%.")
    assert [f.period.end if f.period else None for f in found] == ["2021-10-31", "2021-10-31"]
    # ... but not after a paragraph on something else
    found = facts("Trade between Belarus and Kursk Oblast decreased by 7.4% in 2021 to $1.13 billion.",
                  "The governor thanked the Belarusian side for the warm welcome.", "Belarusian exports fell to $870 million.")
    assert [f.period.start if f.period else None for f in found] == ["2021-01-01", None]


def test_a_bare_metric_word_goes_on_from_the_owner_before_it() -> None:
    found = facts("Pakistan's exports to Belarus stood at $39 million in 2021 while imports were $77 million.", partner="PK")
    assert [(f.metric, f.value) for f in found] == [("imports", 39e6), ("exports", 77e6)]
    found = facts("In 2021 Belarusian exports reached $50 million while imports were $30 million.")
    assert [(f.metric, f.value) for f in found] == [("exports", 50e6), ("imports", 30e6)]


def test_respectively_after_a_list_of_metrics_that_follows_another_figure() -> None:
    found = facts("In 2021 trade reached $188 million, with Vietnam's exports and imports standing at $62 million and"
                  " $126 million, respectively.", partner="VN")
    assert [(f.metric, f.value) for f in found] == [("turnover", 188e6), ("imports", 62e6), ("exports", 126e6)]
    found = facts("Trade, exports and imports amounted to $1.1 billion, $760 million and $340 million, respectively, in 2021.")
    assert [(f.metric, f.value) for f in found] == [("turnover", 1.1e9), ("exports", 760e6), ("imports", 340e6)]


def test_respectively_pairs_lists_of_changes_and_of_years_in_order() -> None:
    found = facts("In 2021, Belarusian exports and imports amounted to $300 million and $200 million, up 12% and down 5%"
                  " respectively.")
    assert [(f.metric, f.value, f.change.value if f.change else None) for f in found] == [
        ("exports", 300e6, 12.0), ("imports", 200e6, -5.0)]
    found = facts("In 2020 and 2021, trade amounted to $300 million and $350 million, respectively.")
    assert [(f.value, f.period.start if f.period else None) for f in found] == [(300e6, "2020-01-01"), (350e6, "2021-01-01")]


def test_a_share_in_brackets_after_goods_is_no_change() -> None:
    """A percent in brackets after an amount is its ratio to the year before; after a product it is a share of the
    structure of trade, which says nothing of growth."""
    assert facts("Belarusian exports to the region are dominated by dairy products (40%) and machinery (30%).") == []
    assert facts("The main items of exports are milk powder (35% of the total), meat (20%) and furniture (10%).") == []
    [fact] = facts("In 2021 exports to the region reached 315.2 million US dollars (109.1%).")
    assert fact.value == 315.2e6 and fact.change and (fact.change.kind, fact.change.value) == ("percent", 9.1)


def test_a_signed_percent_in_brackets_is_the_change() -> None:
    found = facts("In 2021 exports reached $180 million (+12%) and imports $60 million (-5%).")
    assert [(f.metric, f.value, f.change.value if f.change else None) for f in found] == [
        ("exports", 180e6, 12), ("imports", 60e6, -5)]


def test_trade_valued_at_an_amount() -> None:
    """ "valued at" states a figure like "worth": what it values decides (trade, or a deal)."""
    [fact] = facts("Trade between Belarus and the region was valued at $52.8 million in 2021.")
    assert (fact.metric, fact.value) == ("turnover", 52.8e6)
    assert facts("In 2021 the sides signed contracts valued at $30 million.") == []
    assert facts("A joint venture valued at $10 million will be set up.") == []


def test_a_figure_since_the_beginning_of_the_year_takes_no_earlier_period() -> None:
    """ "Since the beginning of the year" names a span this parser cannot date: the figure gets no period, not the
    year of the sentence before."""
    found = facts("In 2021 trade reached $400 million. Since the beginning of the year, exports have reached $50 million.")
    assert [(f.metric, f.value, f.period.start if f.period else None) for f in found] == [
        ("turnover", 400e6, "2021-01-01"), ("exports", 50e6, None)]
    [fact] = facts("Year-to-date, imports totalled $20 million.")
    assert fact.period is None


def test_a_change_to_a_percent_above_a_hundred_is_a_level() -> None:
    [fact] = facts("The trade grew to 118% year-on-year in January-February 2021.")
    assert fact.change and (fact.change.kind, fact.change.value) == ("percent", 18)
    assert facts("The share of Belarusian goods in the region's imports grew to 45%.") == []
    [fact] = facts("The share of Belarus in the region's imports increased to 12% in 2021, while trade grew by 8%.")
    assert (fact.metric, fact.change.value if fact.change else None) == ("turnover", 8)


def test_a_list_of_partners_each_with_its_figure() -> None:
    """A figure in brackets, or after a dash, right after a place is that place's."""
    found = facts("In 2021 the region's main trading partners were Bryansk Oblast ($300 million), Kursk Oblast ($90 million) and "
                  "Smolensk Oblast ($120 million).")
    assert [(f.partner, f.value) for f in found] == [("RU-BRY", 300e6), ("RU-KRS", 90e6), ("RU-SMO", 120e6)]
    found = facts("In 2021, trade with Bryansk Oblast amounted to $300 million, with Kursk Oblast – $90 million, "
                  "with Smolensk Oblast – $120 million.")
    assert [(f.partner, f.value) for f in found] == [("RU-BRY", 300e6), ("RU-KRS", 90e6), ("RU-SMO", 120e6)]
    found = facts("In 2021 trade with China ($8.4 billion) and Vietnam ($200 million) grew.", partner="CN")
    assert [(f.partner, f.value) for f in found] == [("CN", 8.4e9), ("VN", 200e6)]


def test_the_national_total_in_a_regions_article_is_the_countrys() -> None:
    """ "Belarus-Russia trade", "Belarusian-Russian trade" in an article on a Russian region: Russia's figure."""
    [fact] = facts("Overall, Belarus-Russia trade exceeded $50 billion in 2021.", partner="RU-BA")
    assert (fact.partner, fact.value) == ("RU", 50e9)
    [fact] = facts("Belarusian-Russian trade grew by 5% in 2021.", partner="RU-BA")
    assert fact.partner == "RU"
    [fact] = facts("The Belarus-Bashkortostan trade grew by 10% in 2021.", partner="RU-BA")
    assert fact.partner == "RU-BA"


def test_a_belarusian_speaking_to_the_partner() -> None:
    """ "you" is the partner when a Belarusian speaks: what it buys are Belarus' exports, what it supplies "us" are
    imports; a pronoun is no product."""
    found = facts('"You bought our goods worth $500 million last year," Lukashenko told the governor.')
    assert [(f.metric, f.value) for f in found] == [("exports", 500e6)]
    found = facts('"Your region buys $500 million worth of our goods a year," the President said.')
    assert [f.metric for f in found] == ["exports"]
    found = facts('"Last year you supplied us with products worth $300 million," Lukashenko said.')
    assert [(f.metric, f.product) for f in found] == [("imports", None)]
    found = facts("Belarus bought goods worth $5 million from the region in 2021.")
    assert [f.metric for f in found] == ["imports"]


def test_a_goal_met_is_a_figure_reached() -> None:
    [fact] = facts("In 2021 the trade reached the target of $500 million set two years ago.")
    assert (fact.value, fact.status) == (500e6, "actual")
    [fact] = facts("The goal of $500 million in trade has been achieved.")
    assert fact.status == "actual"
    [fact] = facts("The goal of $500 million in trade will be achieved by 2026.")
    assert fact.status == "target"


def test_goods_after_a_metric_verb_in_the_present() -> None:
    found = facts("Belarus imports fish products from Kamchatka Krai worth about $35 million a year.")
    assert [(f.metric, f.product, f.value) for f in found] == [("imports", "fish", 35e6)]
    found = facts("We supply tractors worth $5 million a year.")
    assert [(f.metric, f.product) for f in found] == [("exports", "tractors")]
    found = facts("Belarus exports grew to $30 million in 2021.")
    assert [(f.metric, f.product) for f in found] == [("exports", None)]


def test_a_year_then_a_dash_then_its_figure() -> None:
    found = facts("In 2021 the trade reached $116.6 million, in 2020 – $90 million.")
    assert [(f.value, f.period.start if f.period else None) for f in found] == [
        (116.6e6, "2021-01-01"), (90e6, "2020-01-01")]


def test_the_level_a_change_starts_from_takes_no_period_it_does_not_state() -> None:
    found = facts("Exports increased from $40 million to $55 million last year.")
    assert [(f.value, f.period.start if f.period else None) for f in found] == [(40e6, None), (55e6, "2021-01-01")]
    found = facts("Trade grew from $17.3 million in 2019 to $32.7 million in 2020.")
    assert [f.period.start if f.period else None for f in found] == ["2019-01-01", "2020-01-01"]


def test_currency_signs_of_the_rouble_tenge_rupee_and_lira() -> None:
    found = facts("In 2021 exports reached ₽10 billion, imports ₸150 billion.")
    assert [(f.metric, f.value, f.currency) for f in found] == [("exports", 10e9, "RUB"), ("imports", 150e9, "KZT")]


def test_a_figure_referring_back_to_other_money_is_no_trade() -> None:
    assert facts("This field leads our trade ties. Over three years, the combined cost of joint projects has grown "
                 "tenfold. In money, that comes to nearly ₽7.2 billion.") == []


def test_amounts_in_words_of_hundreds_and_tens() -> None:
    found = facts("In 2021 imports stood at one hundred million dollars, exports at three hundred million dollars.")
    assert [(f.metric, f.value) for f in found] == [("imports", 100e6), ("exports", 300e6)]
    [fact] = facts("Exports grew twenty times over ten years.")
    assert fact.change and (fact.change.kind, fact.change.value) == ("times", 20)


def test_sell_and_buy_and_a_partner_buying_our_goods() -> None:
    found = facts('"We sell you $500 million worth of goods a year," Lukashenko said.')
    assert [(f.metric, f.value) for f in found] == [("exports", 500e6)]
    found = facts('"Samara bought our goods worth $500 million in 2021," he said.')
    assert [(f.partner, f.metric, f.value) for f in found] == [("RU-SAM", "exports", 500e6)]
    assert facts("Uzbekistan's imports of machinery grew to $1.2 billion.") == []


def test_numbers_with_spaces_between_thousands() -> None:
    found = facts("In 2021 exports amounted to 1 120.4 million US dollars, imports to 1 120 400 thousand dollars.")
    assert [(f.metric, f.value) for f in found] == [("exports", 1120.4e6), ("imports", 1120.4e6)]
    [fact] = facts("Trade reached $1 120 million in 2021.")
    assert fact.value == 1120e6


def test_the_value_of_a_plant_to_be_built_is_no_trade() -> None:
    found = facts("Trade reached $400 million in 2021. A Belarusian company will build a dairy processing plant worth "
                  "12 billion tenge in the region.")
    assert [(f.value, f.currency) for f in found] == [(400e6, "USD")]
    found = facts("Exports of the Minsk Tractor Plant to the region reached $20 million in 2021.")
    assert [(f.metric, f.value) for f in found] == [("exports", 20e6)]


def test_a_month_without_its_year() -> None:
    """A month alone is of the year the sentence names before it, else of the article's when it is past by then."""
    found = facts("In January 2021 the trade amounted to $18.1 million, in February to $21.2 million and in March to "
                  "$23.1 million.", today=date(2021, 4, 10))
    assert [f.period.start if f.period else None for f in found] == ["2021-01-01", "2021-02-01", "2021-03-01"]
    found = facts("In January-March 2021 trade reached $62 million. In March the trade stood at $23.1 million.",
                  today=date(2021, 4, 10))
    assert [(f.period.start, f.period.end) if f.period else None for f in found] == [
        ("2021-01-01", "2021-03-31"), ("2021-03-01", "2021-03-31")]
    [fact] = facts("In December exports will reach $5 million.", today=date(2021, 4, 10))
    assert fact.period is None  # a December of no year the text gives
    [fact] = facts("Trade may reach $1 billion.")
    assert fact.period is None  # "may" is no month


def test_the_exporter_named_after_exports_of_is_no_product() -> None:
    found = facts("Exports of the region to Belarus reached $50 million in 2021.")
    assert [(f.metric, f.product) for f in found] == [("imports", None)]
    found = facts("Exports of the Middle Urals to Belarus amounted to 820 million US dollars in 2021.")
    assert [(f.partner, f.metric, f.product) for f in found] == [("RU-SVE", "imports", None)]
    found = facts("Exports of dairy products to Belarus reached $5 million in 2021.")
    assert [f.product for f in found] == ["dairy"]


def test_partners_and_their_figures_respectively() -> None:
    found = facts("In 2021 exports to Uzbekistan and Tajikistan amounted to $780 million and $60 million, respectively.")
    assert [(f.partner, f.value) for f in found] == [("UZ", 780e6), ("TJ", 60e6)]
    found = facts("Trade with Kazakhstan and Kyrgyzstan grew by 10% and 20%, respectively, in 2021.")
    assert [(f.partner, f.change.value if f.change else None) for f in found] == [("KZ", 10), ("KG", 20)]
    assert facts("Russia's exports to Kazakhstan and China reached $20 billion and $90 billion, respectively.") == []


def test_the_that_of_said_that_refers_to_nothing_before() -> None:
    found = facts("In 2021 imports from the region reached $50 million. The governor said that the regions can reach "
                  "$400 million by 2025.")
    assert [(f.metric, f.value, f.status) for f in found] == [("imports", 50e6, "actual"), ("turnover", 400e6, "target")]
    found = facts("In 2021 imports reached $50 million. He noted that this figure is 10% more than in 2020.")
    assert [f.metric for f in found] == ["imports", "imports"]


def test_twice_as_much_as_a_year_earlier() -> None:
    [fact] = facts("In 2021 exports reached $50 million, twice as much as a year earlier.")
    assert fact.change and (fact.change.kind, fact.change.value) == ("times", 2)
    assert fact.period and fact.period.start == "2021-01-01"
    [fact] = facts("The commission meets twice a year to discuss trade, which reached $5 million in 2021.")
    assert fact.change is None


def test_periods_of_a_deadline_opening_the_sentence_and_of_months_a_change_ran_over() -> None:
    [fact] = facts("By 2027, we plan to reach $100 million in trade.")
    assert (fact.status, fact.period.start if fact.period else None) == ("target", "2027-01-01")
    [fact] = facts("Trade has grown by almost 60% over nine months of 2021.")
    assert fact.period and (fact.period.start, fact.period.end) == ("2021-01-01", "2021-09-30")
    [fact] = facts("Exports grew by 10% over 2020.")
    assert fact.period is None  # 2020 is the base the change is measured against


def test_a_growth_rate_above_a_hundred_percent_is_a_ratio() -> None:
    [fact] = facts("In 2021 the growth rate of trade between Belarus and Ulyanovsk Oblast was 115.3%.")
    assert (fact.partner, fact.change.value if fact.change else None) == ("RU-ULY", 15.3)


def test_per_cent_written_p_c() -> None:
    [fact] = facts("In 2021 exports grew by 12 p.c. to $300 million.")
    assert (fact.value, fact.change.value if fact.change else None) == (300e6, 12)


def test_per_cent_written_pc_as_the_british_press_writes_it() -> None:
    [fact] = facts("Exports of dairy products to Moldova rose 8pc to $41 million in 2023.", partner="MD", today=date(2024, 3, 1))
    assert (fact.value, fact.change.value if fact.change else None) == (41e6, 8)
    [fact] = facts("Trade with Moldova reached $90 million in 2023, a 14 pc rise on the year before.", partner="MD", today=date(2024, 3, 1))
    assert fact.change is not None and (fact.change.kind, fact.change.value) == ("percent", 14)
    # "PC" in capitals is a personal computer, no percent
    [fact] = facts("Belarus sold 500 PC terminals worth $2 million to Moldova in 2023.", partner="MD", today=date(2024, 3, 1))
    assert fact.change is None


def test_an_approximation_before_a_verb_of_reporting() -> None:
    [fact] = facts("In 2023 exports to Moldova almost reached $70 million.", partner="MD", today=date(2024, 3, 1))
    assert (fact.value, fact.approx) == (70e6, "almost")
    [fact] = facts("Trade with Moldova nearly amounted to $45 million in 2023.", partner="MD", today=date(2024, 3, 1))
    assert fact.approx == "almost"
    [fact] = facts("In 2023 trade with Moldova fell short of $50 million.", partner="MD", today=date(2024, 3, 1))
    assert (fact.value, fact.approx) == (50e6, "under")
    # "more than" of "more than doubled" is no approximation of the amount after it
    [fact] = facts("In 2023 exports to Moldova more than doubled and reached $30 million.", partner="MD", today=date(2024, 3, 1))
    assert fact.approx is None


def test_a_bound_and_the_exact_figure_after_it_are_one_fact() -> None:
    today = date(2024, 3, 1)
    for text, value in [("Last year trade with Moldova fell short of $80 million, having totalled $78.6 million.", 78.6e6),
                        ("In 2023 trade with Moldova exceeded $80 million, reaching $81.2 million.", 81.2e6),
                        ("In 2023 trade with Moldova almost reached $80 million, amounting to $79.4 million.", 79.4e6)]:
        found = facts(text, partner="MD", today=today)
        assert [(f.value, f.approx) for f in found] == [(value, None)], text
    # two metrics, or a figure beyond its bound, stay two facts
    found = facts("In 2023 exports to Moldova exceeded $80 million, imports reached $31 million.", partner="MD", today=today)
    assert [(f.metric, f.value) for f in found] == [("exports", 80e6), ("imports", 31e6)]
    found = facts("In 2023 trade with Moldova exceeded $80 million, reaching $120 million in 2024.", partner="MD", today=date(2025, 3, 1))
    assert [f.value for f in found] == [80e6, 120e6]


def test_figures_after_with_and_each_partner() -> None:
    found = facts("Trade with Bryansk Oblast reached $300 million in 2021, with Kursk Oblast $90 million and with Smolensk "
                  "Oblast $120 million.")
    assert [(f.partner, f.value) for f in found] == [("RU-BRY", 300e6), ("RU-KRS", 90e6), ("RU-SMO", 120e6)]
    assert facts("Kazakhstan's trade with Russia ($26 billion) grew by 5% in 2021.") == []


def test_the_country_set_beside_belarus_in_a_regions_article() -> None:
    found = facts("Russia remains Belarus' main trading partner: trade reached $50 billion in 2021.", partner="RU-ORL")
    assert [(f.partner, f.value) for f in found] == [("RU", 50e9)]
    found = facts("Belarus and Russia are close allies, and our trade reached $400 million in 2021.", partner="RU-ORL")
    assert [f.partner for f in found] == ["RU-ORL"]
    found = facts("Belarus and Russia are building the Union State; trade with the region reached $400 million in 2021.",
                  partner="RU-ORL")
    assert [f.partner for f in found] == ["RU-ORL"]


def test_directions_of_a_peoples_adjective_and_of_imports_to_a_partner() -> None:
    found = facts("Belarusian imports to Kazakhstan grew by 14% in 2021.", partner="KZ")
    assert [f.metric for f in found] == ["exports"]
    found = facts("Kazakh exports to Belarus amounted to $200 million in 2021, and imports $600 million.", partner="KZ")
    assert [(f.metric, f.value) for f in found] == [("imports", 200e6), ("exports", 600e6)]
    found = facts("Belarusian exports to Kazakhstan grew by 14% in 2021, while imports fell by 5%.", partner="KZ")
    assert [f.metric for f in found] == ["exports", "imports"]


def test_a_figure_in_two_currencies_then_its_period_then_its_change_is_one_fact() -> None:
    found = facts("Trade between China and Belarus reached 8.6 billion yuan (about 1.2 billion U.S. dollars) in the first 10 "
                  "months of 2021, up 12.3 percent year on year.", partner="CN")
    assert [(f.value, f.currency, f.period.end if f.period else None, f.change.value if f.change else None)
            for f in found] == [(8.6e9, "CNY", "2021-10-31", 12.3)]
    found = facts("Trade reached 2.3 billion rubles, or about $30 million, in 2021, an increase of 15%.")
    assert [(f.currency, f.change.value if f.change else None) for f in found] == [("RUB", 15)]


def test_belarus_share_of_the_partners_trade_restated_as_an_amount() -> None:
    found = facts("Belarus accounts for 2.1% of the region's foreign trade, or $45.2 million in January-September 2021.",
                  partner="KZ-35")
    assert [(f.partner, f.metric, f.value) for f in found] == [("KZ-35", "turnover", 45.2e6)]
    assert facts("The region's foreign trade reached $5 billion in 2021.", partner="KZ-35") == []


def test_imports_to_the_region_and_a_figure_during_the_period() -> None:
    found = facts("In 2021, trade between Karaganda region and Belarus made 41.6 billion tenge. Belarusian imports to the "
                  "region grew by 14%.", partner="KZ-35")
    assert [(f.metric, f.period.start if f.period else None) for f in found] == [
        ("turnover", "2021-01-01"), ("exports", "2021-01-01")]
    found = facts("In January-October 2021, trade reached 8.6 billion yuan. Shandong's imports from Belarus stood at 3.1 "
                  "billion yuan during the period.", partner="CN")
    assert [(f.partner, f.metric, f.period.end if f.period else None) for f in found] == [
        ("CN", "turnover", "2021-10-31"), ("CN-SD", "exports", "2021-10-31")]
    [fact] = facts("Trade reached $5 million during the period of 2019-2021.")
    assert fact.period and (fact.period.start, fact.period.end) == ("2019-01-01", "2021-12-31")


def test_the_regions_imports_from_a_third_country_are_no_trade_with_belarus() -> None:
    assert facts("Imports to the region from China grew by 5% in 2021.", partner="KZ-35") == []
    found = facts("Imports to the region from Belarus grew by 5% in 2021.", partner="KZ-35")
    assert [(f.partner, f.metric) for f in found] == [("KZ-35", "exports")]


def test_months_without_a_year_compared_with_a_year_are_the_year_after() -> None:
    # the article's date says 2022; the base says the months are of 2021 + 1 either way, or of 2019 + 1
    [fact] = facts("In January-October, trade reached $45.8 million, 1.3 times more than in the same period of 2021.")
    assert fact.period and (fact.period.start, fact.period.end) == ("2022-01-01", "2022-10-31")
    [fact] = facts("In the first nine months, exports grew by 12% compared to January-September 2019.", today=None)
    assert fact.period and (fact.period.start, fact.period.end) == ("2020-01-01", "2020-09-30")
    # a year named with the months is theirs; bases of two years say nothing
    [fact] = facts("In January-October 2021, trade grew by 8% compared to the same period of 2019.")
    assert fact.period and fact.period.start == "2021-01-01"
    found = facts("In January-March, trade grew by 8% against 2019 and by 20% against 2020.", today=None)
    assert [(f.change.value if f.change else None, f.period) for f in found] == [(8, None), (20, None)]


def test_a_percent_by_which_something_grew_against_a_year_is_a_change_not_a_ratio() -> None:
    found = facts("Exports rose by 15% compared with 2020 and imports by 4% against 2020.")
    assert [(f.metric, f.change.value if f.change else None) for f in found] == [("exports", 15), ("imports", 4)]
    found = facts("Exports fell 8% against 2019 and 20% against 2020.")
    assert [f.change.value if f.change else None for f in found] == [-8, -20]
    # a level against the base is still a ratio to it
    found = facts("Exports reached 95% against 2020 and imports 80% against 2020.")
    assert [f.change.value if f.change else None for f in found] == [-5, -20]


def test_a_year_opening_a_target_sentence_is_the_targets_period() -> None:
    [fact] = facts("In 2025, trade with Egypt is expected to reach $100 million.")
    assert fact.status == "target" and fact.period and fact.period.start == "2025-01-01"
    # not the year of another figure, nor the year the goal was set in
    found = facts("In 2021, trade reached $500 million, and the sides plan to bring it to $1 billion.")
    assert [(f.status, f.period.start if f.period else None) for f in found] == [
        ("actual", "2021-01-01"), ("target", None)]
    [fact] = facts("In 2021, the sides agreed to bring trade to $1 billion.")
    assert fact.status == "target" and fact.period is None


def test_a_second_amount_without_its_currency_takes_the_firsts() -> None:
    found = facts("Mutual trade reached 1.1 billion US dollars in 2020 and 1.3 billion in 2021.")
    assert [(f.value, f.currency, f.period.start if f.period else None) for f in found] == [
        (1.1e9, "USD", "2020-01-01"), (1.3e9, "USD", "2021-01-01")]
    found = facts("Trade grew from $40 million to 55 million.")
    assert [(f.value, f.currency) for f in found] == [(40e6, "USD"), (55e6, "USD")]
    # a count of goods is no money
    found = facts("Exports were $40 million and 55 million tonnes of grain were shipped.")
    assert [f.value for f in found] == [40e6]


def test_an_amount_a_year_earlier_is_of_the_year_before() -> None:
    found = facts("In January-March 2021, exports amounted to $12 million, up from $9 million a year ago.")
    assert [(f.value, f.period.start if f.period else None, f.period.end if f.period else None) for f in found] == [
        (12e6, "2021-01-01", "2021-03-31"), (9e6, "2020-01-01", "2020-03-31")]
    found = facts("Trade reached $40 million in 2021 against 31 million a year earlier.")
    assert [(f.value, f.period.start if f.period else None) for f in found] == [(40e6, "2021-01-01"), (31e6, "2020-01-01")]


def test_a_hyphenated_percent_is_a_percent() -> None:
    [fact] = facts("Exports totalled USD 12.4 million in 2021, a 7.2-percent increase.")
    assert fact.change and (fact.change.kind, fact.change.value) == ("percent", 7.2)
    [fact] = facts("Trade posted a 12-per cent fall in 2021.")
    assert fact.change and fact.change.value == -12


def test_a_result_and_a_goal_in_one_sentence_are_two_figures() -> None:
    found = facts("Trade with Uzbekistan reached $1.1 billion in 2021, and the sides intend to double it by 2030.")
    assert [(f.status, f.value, f.change.value if f.change else None, f.period.start if f.period else None)
            for f in found] == [("actual", 1.1e9, None, "2021-01-01"), ("target", None, 2, "2030-01-01")]
    found = facts("Trade with Iran grew by 40% in 2021, and the parties plan to bring it to $500 million.")
    assert [(f.status, f.value, f.change.value if f.change else None, f.period.start if f.period else None)
            for f in found] == [("actual", None, 40, "2021-01-01"), ("target", 500e6, None, None)]
    # a goal and its change stay one figure
    [fact] = facts("The sides plan to bring trade to $500 million, doubling it.")
    assert fact.status == "target" and fact.value == 500e6 and fact.change and fact.change.value == 2


def test_a_change_and_an_amount_each_with_its_own_period_are_two_figures() -> None:
    found = facts("In Q3 2021 trade with Armenia rose by 8.2 percent and in January-September the figure reached $121.8 million.")
    assert [(f.value, f.change.value if f.change else None, f.period.start if f.period else None) for f in found] == [
        (None, 8.2, "2021-07-01"), (121.8e6, None, "2021-01-01")]
    [fact] = facts("In 2021 trade rose by 8% to $50 million.")
    assert fact.value == 50e6 and fact.change and fact.change.value == 8


def test_trade_with_a_bloc_or_a_macro_region_is_no_trade_with_the_partner() -> None:
    assert facts("Belarus' trade with the EAEU countries amounted to $45 billion in 2021.", partner="KZ-39") == []
    assert facts("Belarus' trade with the countries of the Persian Gulf grew by 24% last year.", partner="OM") == []
    assert facts("Belarus shipped RUB 12.4 bn worth of goods to the Northwestern Federal District in 2021.",
                 partner="RU-PSK") == []
    found = facts("Trade between Belarus and Kostanay region reached $80 million, and with the EAEU countries as a whole "
                  "$45 billion.", partner="KZ-39")
    assert [(f.partner, f.value) for f in found] == [("KZ-39", 80e6)]
    # a bloc named beside the partner, or a macro-region qualifying a place, leaves the figure alone
    assert [f.value for f in facts("Trade with Kostanay region, our partner in the EAEU, reached $80 million.",
                                   partner="KZ-39")] == [80e6]
    assert [f.partner for f in facts("Belarus's exports to Siberia's Tomsk Oblast reached $40 million.",
                                     partner="RU-TOM")] == ["RU-TOM"]


def test_belarus_exports_as_a_whole_are_no_trade_with_the_partner() -> None:
    assert facts("Belarusian exports as a whole rose 3 percent to $45 billion in 2021.", partner="UZ-AN") == []
    assert facts("Belarus' exports overall grew by 5%.", partner="UZ-AN") == []
    assert [f.partner for f in facts("Belarus' exports to Andijan region as a whole grew by 5%.", partner="UZ-AN")] == ["UZ-AN"]
    assert [f.partner for f in facts("Belarusian exports grew by 7% in 2021.", partner="UZ-AN")] == ["UZ-AN"]


def test_more_currencies_and_a_shared_currency_word_read_by_the_partner_country() -> None:
    assert [f.currency for f in facts("Trade reached about RO 11.2 million in 2021.", partner="OM")] == ["OMR"]
    assert [f.currency for f in facts("Trade reached Rp 1.4 trillion in 2021.", partner="ID")] == ["IDR"]
    assert [f.currency for f in facts("Trade reached Dh1.9 billion in 2021.", partner="AE")] == ["AED"]
    assert [f.currency for f in facts("Trade reached 330 million manat in 2021.", partner="TM")] == ["TMT"]
    assert [f.currency for f in facts("Trade reached 330 million manat in 2021.", partner="AZ")] == ["AZN"]
    assert [f.currency for f in facts("Trade reached Rs 17 billion in 2021.", partner="PK")] == ["PKR"]
    assert [f.currency for f in facts("Trade reached 17 billion Indian rupees in 2021.", partner="PK")] == ["INR"]


def test_a_percent_before_a_base_then_a_change_word_is_that_change() -> None:
    # "year-on-year" after the percent is its base, not a ratio to it (a 20% decline had read as -80%)
    assert [f.change.value for f in facts("Exports totalled $93m, a 20% year-on-year decline.") if f.change] == [-20]
    assert [f.change.value for f in facts("Exports totalled $93m, a 20% y/y rise.") if f.change] == [20]
    assert [f.change.value for f in facts("Exports totalled $93m, 95% year-on-year.") if f.change] == [-5]


def test_levels_and_differences_around_a_figure() -> None:
    found = facts("Trade reached 23.6 billion tenge in 2021 against 17.9 billion tenge the previous year.", partner="KZ")
    assert [(f.value, f.period.start if f.period else None) for f in found] == [(23.6e9, "2021-01-01"), (17.9e9, "2020-01-01")]
    [fact] = facts("Trade in 2021 exceeded the 2020 level by 18%.")
    assert fact.period and fact.period.start == "2021-01-01" and fact.change and fact.change.value == 18
    found = facts("Trade rose to $30 million in 2021 from $18 million.")
    assert [(f.value, f.period.start if f.period else None) for f in found] == [(30e6, "2021-01-01"), (18e6, None)]
    assert [f.value for f in facts("Trade amounted to $320 million, an increase of $40 million.")] == [320e6]
    found = facts("Exports - $360 million, imports - $65 million, and the surplus - $295 million.")
    assert [(f.metric, f.value) for f in found] == [("exports", 360e6), ("imports", 65e6)]


def test_more_period_and_amount_shapes() -> None:
    [fact] = facts("Trade reached a quarter of a billion dollars in 2021.")
    assert fact.value == 250e6
    [fact] = facts("Trade reached $45 million in Q1-Q3 2021.")
    assert fact.period and (fact.period.start, fact.period.end) == ("2021-01-01", "2021-09-30")
    [fact] = facts("As of October 1, 2021, trade amounted to $45 million.")
    assert fact.period and (fact.period.start, fact.period.end) == ("2021-01-01", "2021-09-30")
    [fact] = facts("As of 1 January 2021, trade amounted to $45 million.")
    assert fact.period and (fact.period.start, fact.period.end) == ("2020-01-01", "2020-12-31")
    [fact] = facts("Trade more than doubled year-on-year in the first half of 2021.")
    assert fact.period and fact.period.end == "2021-06-30" and fact.change and fact.change.value == 2
    found = facts("Trade reached $300 million in 2021; in 2022, it is planned to reach $400 million.")
    assert [(f.status, f.period.start if f.period else None) for f in found] == [
        ("actual", "2021-01-01"), ("target", "2022-01-01")]


def test_a_fraction_after_up_or_down_is_a_change() -> None:
    assert [f.change.value for f in facts("Trade reached $182.5 million last year, up almost a third.") if f.change] == [33.3]
    assert [f.change.value for f in facts("Exports were down a quarter in 2021.") if f.change] == [-25]


def test_another_partner_opening_a_paragraph_owns_its_figures() -> None:
    found = facts("Trade with China reached $8.5 billion in 2021.", "Vietnam.", "Bilateral trade reached $210 million in 2021.",
                  partner="CN")
    assert [f.partner for f in found] == ["CN", "VN"]
    found = facts("Trade with Egypt reached $242 million in 2021.",
                  "Relations with Kenya are also developing. Mutual trade grew by 20% in 2021 to $31 million.", partner="EG")
    assert [f.partner for f in found] == ["EG", "KE"]
    found = facts("Turnover with India is much smaller. In 2021 it was $680 million.", partner="CN")
    assert [f.partner for f in found] == ["IN"]
    found = facts("Vitebsk Oblast and Pskov Oblast. In January-September trade reached $96 million.", partner="RU")
    assert [f.partner for f in found] == ["RU-PSK"]
    # the topic ends with its paragraph, and a place named in passing, the partner's own country or "the region" is none
    found = facts("Vietnam is also a partner of Belarusian machine builders, officials said.", "Trade reached $210 million "
                  "in 2021.", partner="CN")
    assert [f.partner for f in found] == ["CN"]
    assert [f.partner for f in facts("Belarusian tractors are exported to Mongolia. Trade grew by 10% in 2021.",
                                     partner="KZ-39")] == ["KZ-39"]
    assert [f.partner for f in facts("Kazakhstan is Belarus's key partner. Trade between the regions reached $80 million.",
                                     partner="KZ-39")] == ["KZ-39"]
    assert [f.partner for f in facts("Russia is Belarus's main partner. Trade with the region reached $80 million.",
                                     partner="KZ-39")] == ["KZ-39"]


def test_a_companys_own_exports_with_no_destination_are_no_trade_with_the_partner() -> None:
    assert facts("MAZ's exports grew by 10% to $800 million in 2021.", partner="RU-TYU") == []
    assert facts("Exports of the holding exceeded $1 billion last year.", partner="RU-TYU") == []
    assert facts("Exports of Minsk Tractor Works grew by 12% in 2021.", partner="KZ-39") == []
    # with a place they went to they are trade, and the owner is no product
    found = facts("MAZ's exports to the region grew by 10% to $80 million in 2021.", partner="RU-TYU")
    assert [(f.partner, f.product, f.value) for f in found] == [("RU-TYU", None, 80e6)]
    found = facts("Exports of the Belarusian region reached $61.3 million in 2021.", partner="RU-TYU")
    assert [(f.metric, f.product) for f in found] == [("exports", None)]


def test_more_blocs_and_all_the_regions_of_a_country() -> None:
    assert facts("Exports to the continent grew from $430 million in 2020 to $1.05 billion in 2021.", partner="EG") == []
    assert facts("Overall, Belarus' trade with Central Asian states exceeded $3.1 billion in 2021.", partner="KZ-39") == []
    assert facts("Trade with the countries of the region exceeded $3 billion in 2021.", partner="KZ-39") == []
    assert [f.partner for f in facts("Trade with the region exceeded $3 million in 2021.", partner="KZ-39")] == ["KZ-39"]
    # all the regions of a country are the country
    found = facts("Belarus' trade with the Russian regions reached $39 billion in 2021.", partner="RU-TYU")
    assert [(f.partner, f.value) for f in found] == [("RU", 39e9)]


def test_words_of_approximation_after_a_dash_are_no_product() -> None:
    found = facts("In 2021 exports to Kazakhstan reached $1 billion, and imports – a little under $300 million.", partner="KZ")
    assert [(f.metric, f.product, f.approx) for f in found] == [("exports", None, None), ("imports", None, "under")]
    found = facts("Exports reached $1 billion, potash fertilisers – about $300 million.", partner="KZ")
    assert [(f.product, f.approx) for f in found] == [(None, None), ("potash fertilisers", "about")]


def test_a_change_named_as_a_noun_hedged_or_of_a_month_of_this_year() -> None:
    [fact] = facts("In January-July 2021 trade reached $31.7 million; the growth was 19 percent.")
    assert fact.value == 31.7e6 and fact.change and fact.change.value == 19
    [fact] = facts("In January-July 2021 trade reached $31.7 million, and the growth over the same period of the previous "
                   "year was 19 percent.")
    assert fact.period and fact.period.end == "2021-07-31" and fact.change and fact.change.value == 19
    [fact] = facts("In 2021 the increase in trade was 19%.")
    assert fact.change and fact.change.value == 19
    assert [f.change.value for f in facts("The growth rate of trade was 115.3%.") if f.change] == [15.3]
    [fact] = facts("In 2021 trade grew by at least 20 percent.")
    assert fact.change and fact.change.value == 20
    [fact] = facts("In 2022 trade will grow by no less than 20 percent.")
    assert fact.change and fact.change.value == 20
    [fact] = facts("In January of this year trade grew by 22%.")
    assert fact.period and (fact.period.start, fact.period.end) == ("2022-01-01", "2022-01-31")
    [fact] = facts("In October last year exports reached $35 million.")
    assert fact.period and (fact.period.start, fact.period.end) == ("2021-10-01", "2021-10-31")
    found = facts("In January-March 2021 trade was $5 million. In the same period of 2020, it was $4 million.")
    assert [f.period.end if f.period else None for f in found] == ["2021-03-31", "2020-03-31"]
    [fact] = facts("In the same period of 2020 trade grew by 5%.")
    assert fact.period and fact.period.start == "2020-01-01"


def test_a_trailing_clause_keeps_the_main_period_and_gulf_and_african_currencies() -> None:
    found = facts("Trade amounted to $244 million in 2021, compared to $201 million in 2020, with Egyptian exports to Belarus "
                  "accounting for $38 million.", partner="EG")
    assert [(f.metric, f.period.start if f.period else None) for f in found] == [
        ("turnover", "2021-01-01"), ("turnover", "2020-01-01"), ("imports", "2021-01-01")]
    assert [f.currency for f in facts("Trade reached QR 95 million in 2021.", partner="QA")] == ["QAR"]
    assert [f.currency for f in facts("Trade reached KSh 4 billion in 2021.", partner="KE")] == ["KES"]
    assert [f.currency for f in facts("Trade reached 4 billion shillings in 2021.", partner="UG")] == ["UGX"]


def test_an_amount_of_the_year_a_change_is_compared_with() -> None:
    found = facts("Trade reached $1.33 billion in 2021.", "This is 7.8% less than in 2020, when trade reached a historic "
                  "maximum of $1.44 billion.")
    assert [(f.value, f.change.value if f.change else None, f.period.start if f.period else None) for f in found] == [
        (1.33e9, None, "2021-01-01"), (None, -7.8, "2021-01-01"), (1.44e9, None, "2020-01-01")]
    [fact] = facts("Trade grew by 10% when it reached $5 million.")
    assert fact.value == 5e6 and fact.change and fact.change.value == 10


def test_an_elliptical_list_of_partners_and_the_partners_qualified_own_exports() -> None:
    found = facts("Exports to China grew by 18%, to the United Arab Emirates – 1.4 times, to Vietnam – by a third.", partner="CN")
    assert [(f.partner, f.change.kind if f.change else None) for f in found] == [
        ("CN", "percent"), ("AE", "times"), ("VN", "percent")]
    assert facts("Saudi Arabia's non-oil exports exceeded SAR 300 billion in 2021.", partner="SA") == []


def test_ranges_lists_of_years_the_year_before_last_and_a_ratio_of_flows() -> None:
    [fact] = facts("Trade was between $130 million and $135 million in 2021.")
    assert fact.value == 132.5e6
    found = facts("In 2019, 2020 and 2021 exports amounted to $70 million, $80 million and $95 million.")
    assert [(f.value, f.period.start if f.period else None) for f in found] == [
        (70e6, "2019-01-01"), (80e6, "2020-01-01"), (95e6, "2021-01-01")]
    [fact] = facts("The year before last trade amounted to $98 million.")
    assert fact.period and fact.period.start == "2020-01-01"
    assert facts("Exports of Belarusian goods to the region exceeded imports by 3.7 times.") == []


def test_a_ranking_of_partners_and_a_metric_named_again() -> None:
    found = facts("In January-October 2021 Kazakhstan's trade with Belarus reached $1.1 billion. The leaders among the regions "
                  "are Kostanay region with $146 million and Karaganda region with $61 million.", partner="KZ")
    assert [(f.partner, f.value, f.period.end if f.period else None) for f in found] == [
        ("KZ", 1.1e9, "2021-10-31"), ("KZ-39", 146e6, "2021-10-31"), ("KZ-35", 61e6, "2021-10-31")]
    found = facts("We plan to increase exports by 5%, and to bring exports to China to $1 billion.", partner="CN")
    assert [(f.value, f.change.value if f.change else None) for f in found] == [(None, 5), (1e9, None)]


def test_a_place_named_in_passing_opens_no_topic() -> None:
    found = facts("Belarusian tractors are popular in the region. Novosibirsk Oblast also buys MAZ trucks, he added. In "
                  "January-September, trade grew by 12% to $240 million.", partner="RU-OMS")
    assert [f.partner for f in found] == ["RU-OMS"]
    # a place only named first is the topic where the figure refers back to it
    found = facts("In Vietnam, MAZ assembles trucks. Trade with the country reached $210 million in 2021.", partner="CN")
    assert [f.partner for f in found] == ["VN"]
    found = facts("In Vietnam, MAZ assembles trucks. Trade reached $210 million in 2021.", partner="CN")
    assert [f.partner for f in found] == ["CN"]
    found = facts("Kenya and Belarus have signed a roadmap. Bilateral trade reached $31 million in 2021.", partner="EG")
    assert [f.partner for f in found] == ["KE"]


def test_numbers_in_words_are_read_whole() -> None:
    # a later word of a number in words had been read alone: "two hundred and twelve million" as 12 million
    for text, value in [("two hundred and twelve million dollars", 212e6), ("seventy-four point five million dollars", 74.5e6),
                        ("forty five million dollars", 45e6), ("six hundred and forty million dollars", 640e6),
                        ("two point three billion dollars", 2.3e9), ("twenty-one million dollars", 21e6),
                        ("twelve million dollars", 12e6), ("one and a half billion dollars", 1.5e9)]:
        assert [f.value for f in facts(f"Trade reached {text} in 2021.", partner="EG")] == [value], text
    assert [f.change.value for f in facts("Trade grew by twenty percent in 2021.") if f.change] == [20]
    assert [f.change.value for f in facts("Trade reached $8 million, up eleven per cent.") if f.change] == [11]


def test_changes_in_translated_wording() -> None:
    for text, change in [("Trade in 2021 made $183 million, having increased on 12 percent.", 12),
                         ("Trade made $183 million, that on 40 percents more, than a year earlier.", 40),
                         ("Trade made $183 million, which on 12 percent is less than a year ago.", -12),
                         ("Trade made $183 million in 2021, or 112.5 percent to the level of 2020.", 12.5)]:
        assert [f.change.value for f in facts(text) if f.change] == [change], text
    [fact] = facts("Trade made $183 million in 2021, or 112.5 percent to the level of 2020.")
    assert fact.period and fact.period.start == "2021-01-01"


def test_a_paragraph_heading_of_two_cities_and_a_correction() -> None:
    found = facts("Mogilev Oblast and the Vologda region: trade reached $96.3 million in 2021.",
                  "Minsk and St Petersburg agreed to open a joint industrial park. Trade between the two cities grew by 11%.",
                  partner="RU-VLG")
    assert [f.partner for f in found] == ["RU-VLG", "RU-SPE"]
    found = facts("MOGILEV - VOLOGDA. Trade between them reached $96.3 million in 2021.",
                  "MINSK - SAINT PETERSBURG. Trade grew by 11%.", partner="RU-SPE")
    assert [f.partner for f in found] == ["RU-VLG", "RU-SPE"]
    found = facts("Trade totalled $305 million in 2021.", "Correction: an earlier version of this article said trade "
                  "totalled $350 million in 2021.", partner="ID")
    assert [f.value for f in found] == [305e6]
    [fact] = facts("The trade for 4 months of 2021 made $1.37 billion, and by the end of year it is planned to reach $4.5 "
                   "billion.", today=date(2021, 6, 1))[1:]
    assert fact.status == "target" and fact.period and fact.period.start == "2021-01-01"


def test_the_partners_flow_beside_one_with_belarus_is_with_belarus() -> None:
    found = facts("Kazakh exports amounted to about $300 million in 2021, and imports from Belarus – a little over $1 billion.",
                  partner="KZ")
    assert [(f.metric, f.value) for f in found] == [("imports", 300e6), ("exports", 1e9)]
    assert facts("Kazakhstan's exports reached $80 billion in 2021.", partner="KZ") == []


def test_overall_trade_of_no_owner_is_the_two_sides_total() -> None:
    [fact] = facts("Overall trade during the period stood at $71.9 million, a 22.7% increase year-on-year.", partner="SA")
    assert fact.value == 71.9e6 and fact.change and fact.change.value == 22.7
    assert [f.value for f in facts("Total trade turnover between the two countries reached $300 million.", partner="SA")] == [300e6]
    assert facts("Saudi Arabia's total trade reached $500 billion.", partner="SA") == []
    assert facts("The country's foreign trade reached $500 billion.", partner="SA") == []


def test_imports_and_exports_together_of_one_figure_are_turnover() -> None:
    [fact] = facts("The import and export volume between Sichuan Province and Belarus reached 1.02 billion yuan.", partner="CN")
    assert (fact.partner, fact.metric) == ("CN-SC", "turnover")
    found = facts("Exports and imports amounted to $300 million and $100 million respectively.", partner="CN")
    assert [f.metric for f in found] == ["exports", "imports"]


def test_the_partner_regions_own_flows_are_turned() -> None:
    found = facts("Trade between the region and Belarus reached $61.2 million. Export of the region amounted to $18.9 million, "
                  "import – $42.3 million.", partner="KZ-27")
    assert [(f.metric, f.value) for f in found] == [("turnover", 61.2e6), ("imports", 18.9e6), ("exports", 42.3e6)]
    assert [f.metric for f in facts("Exports of the Belarusian region reached $61.3 million.", partner="KZ-27")] == ["exports"]


def test_belarus_own_exports_a_companys_export_sales_and_a_bloc() -> None:
    assert facts("Belarus exported dairy products worth $2.6 billion in 2021.", partner="KZ") == []
    assert [f.value for f in facts("Belarus exported $40 million of goods to the region.", partner="KZ-39")] == [40e6]
    assert facts("MTZ's export sales totalled $1.3 billion.", partner="AZ") == []
    assert facts("Vietnam's trade with the bloc totalled 7.2 billion USD.", partner="VN") == []


def test_no_product_from_half_a_phrase_before_a_dash() -> None:
    [fact] = facts("Purchases from Tatarstan – mainly petroleum products, synthetic rubber and KAMAZ components – came to "
                   "$416 million.", partner="RU-TA")
    assert fact.metric == "imports" and fact.product is None


def test_the_goods_a_part_of_the_figure_is_of() -> None:
    found = facts("Supplies reached $19.8 million, of which machinery and equipment accounted for $11.2 million.", partner="RU-TA")
    assert [(f.product, f.value) for f in found] == [(None, 19.8e6), ("machinery and equipment", 11.2e6)]
    found = facts("Trade reached $190 million, of which exports accounted for $150 million.", partner="RU-TA")
    assert [(f.metric, f.product) for f in found] == [("turnover", None), ("exports", None)]


def test_as_of_a_first_day_without_a_year_is_this_years_to_date() -> None:
    [fact] = facts("As of 1 October, the turnover between Sverdlovsk Region and Belarus since the start of the year stood at "
                   "$693 million.", partner="RU-SVE", today=date(2021, 11, 14))
    assert fact.period and (fact.period.start, fact.period.end) == ("2021-01-01", "2021-09-30")


def test_their_supplies_are_of_the_goods_the_sentence_opens_with() -> None:
    [fact] = facts("Potash fertilizers remain the main item of Belarusian exports: their supplies were worth $468 million.",
                   partner="KZ")
    assert fact.product == "Potash fertilizers"
    [fact] = facts("The companies are active: their exports grew to $5 million.", partner="KZ")
    assert fact.product is None


def test_it_refers_back_to_the_trade_before_whatever_a_later_clause_names() -> None:
    found = facts("Last year trade totalled $142 million. In January-September 2021 it reached $118 million, with Belarusian "
                  "exports at $96 million.", partner="KZ")
    assert [(f.metric, f.value) for f in found] == [("turnover", 142e6), ("turnover", 118e6), ("exports", 96e6)]


def test_the_partners_exports_as_a_part_of_the_total_just_given() -> None:
    found = facts("Trade between Belarus and Uzbekistan reached $500 million in 2021. Uzbekistan's exports amounted to "
                  "$318.6 million.", partner="UZ")
    assert [(f.metric, f.value) for f in found] == [("turnover", 500e6), ("imports", 318.6e6)]
    # more than the total is the partner's own
    found = facts("Trade between Belarus and Uzbekistan reached $500 million in 2021. Uzbekistan's exports amounted to "
                  "$24 billion.", partner="UZ")
    assert [f.value for f in found] == [500e6]
    found = facts("Trade with Belarus reached $20 million, with exports from the region amounting to $8.4 million.",
                  partner="KZ-27")
    assert [f.metric for f in found] == ["turnover", "imports"]


def test_but_goes_on_with_the_figure_and_two_periods_are_two_figures() -> None:
    [fact] = facts("Exports amounted to $5 million in 2021, but have grown by 40 percent.")
    assert fact.value == 5e6 and fact.change and fact.change.value == 40
    found = facts("Trade was 31 million dollars in 2020 and dropped by 12% in January-September 2021.")
    assert [(f.value, f.change.value if f.change else None, f.period.start if f.period else None) for f in found] == [
        (31e6, None, "2020-01-01"), (None, -12, "2021-01-01")]
    [fact] = facts("Trade reached $50 million in 2021, up 12% in 2021.")
    assert fact.value == 50e6 and fact.change and fact.change.value == 12
    assert [f.change.value for f in facts("Trade grew by a fifth.") if f.change] == [20]


def test_a_change_told_as_a_contrast_of_it_goes_on_with_the_figure() -> None:
    [fact] = facts("Trade with the republic reached $61.5 million, although it decreased by 4.1 percent due to lower "
                   "supplies of oil products.")
    assert (fact.metric, fact.value, fact.change and fact.change.value) == ("turnover", 61.5e6, -4.1)
    [fact] = facts("Trade came to $20 million, but it has grown by 30 percent.")
    assert fact.change and fact.change.value == 30
    # another metric after the contrast is a figure of its own
    found = facts("Exports reached $61.5 million, but imports decreased by 4.1 percent.")
    assert [(f.metric, f.value) for f in found] == [("exports", 61.5e6), ("imports", None)]
    [fact] = facts("Imports from the oblast totalled $8 million in the first half, though they fell by 6 percent.")
    assert (fact.metric, fact.value, fact.change and fact.change.value) == ("imports", 8e6, -6)


def test_a_contrast_with_a_period_of_its_own_is_another_figure() -> None:
    # the year's amount, then the change of a later quarter: two figures, each of its own period
    found = facts("In 2021 trade with the region came to $74 million, although it dropped by 5 percent in the first "
                  "quarter of 2022.")
    assert [(f.value, f.period and f.period.end, f.change and f.change.value) for f in found] == [
        (74e6, "2021-12-31", None), (None, "2022-03-31", -5)]
    # with no period of the amount's own, the period after the contrast is the one figure's
    [fact] = facts("Trade came to $74 million, although it dropped by 5 percent in the first quarter of 2022.")
    assert (fact.value, fact.period and fact.period.end, fact.change and fact.change.value) == (74e6, "2022-03-31", -5)


def test_another_metric_after_the_amounts_own_is_a_figure_of_its_own() -> None:
    found = facts("The Mogilev region accounted for $41.2 million of the trade, with the region's exports up by 27 percent.")
    assert [(f.metric, f.value, f.change.value if f.change else None) for f in found] == [
        ("turnover", 41.2e6, None), ("exports", None, 27)]
    # the amount's own metric, then its change
    [fact] = facts("The region accounted for $41.2 million of the trade turnover, up by 27 percent.")
    assert fact.change and fact.change.value == 27


def test_an_amount_said_to_be_a_part_of_the_trade_takes_the_reported_figures_period() -> None:
    lead = ("In January-September 2023, the trade turnover amounted to $697 million. \"We are moving confidently towards "
            "this goal,\" the minister said.")
    [_, fact] = facts(lead, "The Mogilev region accounted for $41.2 million of the trade.", partner="UZ")
    assert fact.period and (fact.period.start, fact.period.end) == ("2023-01-01", "2023-09-30")
    [_, fact] = facts(lead, "The region accounted for $41.2 million of this amount.", partner="UZ")
    assert fact.period and fact.period.end == "2023-09-30"
    [_, _, fact] = facts(lead, "The region accounted for $41.2 million of the trade, with its exports up by 27 percent.",
                         partner="UZ")
    assert fact.change and fact.period and fact.period.end == "2023-09-30"
    # a figure not said to be a part of it starts afresh in the new paragraph, and one with a period of its own keeps it
    [_, fact] = facts(lead, "Exports of Mogilev goods amounted to $41.2 million.", partner="UZ")
    assert fact.period is None
    [_, fact] = facts(lead, "The region accounted for $41.2 million of the trade in 2022.", partner="UZ")
    assert fact.period and fact.period.start == "2022-01-01"


def test_a_goal_for_the_year_a_sentence_opens_with_is_of_that_year() -> None:
    lead = "In January-August 2023, trade between the Mogilev region and Armenia reached $27.4 million."
    [_, goal] = facts(lead, "For 2023 as a whole, we have set ourselves the goal of $40 million.", today=None, partner="AM")
    assert goal.status == "target" and goal.period and (goal.period.start, goal.period.end) == ("2023-01-01", "2023-12-31")
    [_, goal] = facts(lead, "For 2024, the sides set the goal of $50 million.", today=None, partner="AM")
    assert goal.period and goal.period.start == "2024-01-01"
    # the year a goal was set in is not its year
    [_, goal] = facts(lead, "In 2023, the sides set the goal of $40 million in trade.", today=None, partner="AM")
    assert goal.status == "target" and goal.period is None


def test_a_year_in_reviews_figures_are_of_the_year_its_lead_sums_up() -> None:
    lead = ("Last year, the Gomel region strengthened its positions in Moldova and Georgia. The head of the department "
            "spoke about the results of the year.")
    [fact] = facts(lead, "Moldova remains the largest partner. Trade with Moldova reached $61.5 million.",
                   today=date(2024, 2, 2), partner="MD")
    assert fact.period and (fact.period.start, fact.period.end) == ("2023-01-01", "2023-12-31")
    [fact] = facts("In 2023, the region expanded its markets in the Balkans. The governor summed up the results of the year.",
                   "Serbia is a new market. Exports to Serbia grew 1.6 times to $17.3 million.", today=date(2024, 2, 2),
                   partner="RS")
    assert fact.period and fact.period.start == "2023-01-01"
    # a lead of an event of the year, a figure of its own period, a goal and a level of today are not the review's
    [fact] = facts("Last year, the sides signed a roadmap.", "The governor met the ambassador. Trade reached $50 million.",
                   today=date(2024, 2, 2), partner="MD")
    assert fact.period is None
    [fact] = facts(lead, "Trade with Moldova reached $50 million in January 2024.", today=date(2024, 2, 2), partner="MD")
    assert fact.period and fact.period.start == "2024-01-01"
    [fact] = facts(lead, "Moldova remains the largest partner. The sides plan to bring trade to $80 million.",
                   today=date(2024, 2, 2), partner="MD")
    assert fact.status == "target" and fact.period is None
    [fact] = facts(lead, "Moldova remains the largest partner. Today trade stands at $80 million.", today=date(2024, 2, 2),
                   partner="MD")
    assert fact.period is None


def _flows(found: list[TradeFact]) -> list[tuple[str, float | None]]:
    return [(f.metric, f.value) for f in found]


def test_a_split_after_the_total_takes_its_currency() -> None:
    # "of which export – 6.2 million": the parts of a total in dollars are dollars too
    found = facts("In 2023 trade between Belarus and the region amounted to $41.8 million, of which export – 6.2 million, "
                  "import – 35.6 million.")
    assert _flows(found) == [("turnover", 41.8e6), ("exports", 6.2e6), ("imports", 35.6e6)]
    assert {f.currency for f in found} == {"USD"}
    found = facts("Last year turnover reached 41.8 million US dollars, with exports of 6.2 million and imports of 35.6 million.")
    assert _flows(found) == [("turnover", 41.8e6), ("exports", 6.2e6), ("imports", 35.6e6)]


def test_a_count_after_a_metric_word_is_not_money() -> None:
    found = facts("Trade reached $50 million, and exports of 1.2 million tonnes of potash were shipped.")
    assert _flows(found) == [("turnover", 50e6)]


def test_bare_metric_words_go_on_from_the_partners_total() -> None:
    # the region's trade, split into its exports and imports: the region's exports are Belarus' imports
    for text in ("The trade turnover of the region with Belarus amounted to $41.8 million in 2023, of which export – "
                 "$6.2 million, import – $35.6 million.",
                 "Kursk Oblast's trade with Belarus amounted to $41.8 million in 2023, of which exports – $6.2 million, "
                 "imports – $35.6 million."):
        assert _flows(facts(text)) == [("turnover", 41.8e6), ("imports", 6.2e6), ("exports", 35.6e6)], text
    for text in ("The region's exports to Belarus amounted to $6.2 million in 2023, imports – $35.6 million.",
                 "Exports of the region to Belarus reached $6.2 million in 2023, imports - $35.6 million."):
        assert _flows(facts(text)) == [("imports", 6.2e6), ("exports", 35.6e6)], text


def test_an_amount_said_to_be_a_flow_after_it_is_that_flow() -> None:
    # "$300 million – imports": the metric word after the amount's dash or copula is its own, not the one before it,
    # and it goes on from the flow before it: the partner's exports, then the partner's imports (Belarus' exports)
    found = facts("Trade between Uzbekistan and Belarus reached $450 million in 2023, of which $150 million is exports "
                  "from Uzbekistan and $300 million – imports.", partner="UZ")
    assert _flows(found) == [("turnover", 450e6), ("imports", 150e6), ("exports", 300e6)]
    found = facts("Trade between Kazakhstan and Belarus totalled $900 million in 2023, of which $300 million is exports "
                  "to Belarus and $600 million — imports.", partner="KZ")
    assert _flows(found) == [("turnover", 900e6), ("imports", 300e6), ("exports", 600e6)]
    # a dash before a new clause names no flow for the amount
    found = facts("Belarus-Kazakhstan trade reached $450 million in January-June 2023 – exports grew by 5%.", partner="KZ")
    assert _flows(found) == [("turnover", 450e6), ("exports", None)]


def test_bare_metric_words_of_belarus_or_of_no_one_stay() -> None:
    for text in ("Belarus's trade with Kursk Oblast amounted to $41.8 million in 2023, of which exports – $6.2 million, "
                 "imports – $35.6 million.",
                 "The trade turnover between Belarus and the region amounted to $41.8 million in 2023, of which export – "
                 "$6.2 million, import – $35.6 million."):
        assert _flows(facts(text)) == [("turnover", 41.8e6), ("exports", 6.2e6), ("imports", 35.6e6)], text


def test_import_and_export_volume_split_by_of_which() -> None:
    found = facts("In 2023 the import and export volume between the province and Belarus reached $90 million, of which "
                  "exports to Belarus were $30 million.", partner="CN-SD")
    assert _flows(found) == [("turnover", 90e6), ("imports", 30e6)]


def test_a_list_of_metric_words_and_a_list_of_figures_pair_in_order() -> None:
    assert _flows(facts("Exports and imports amounted to $60 million and $126 million.")) == [
        ("exports", 60e6), ("imports", 126e6)]
    assert [(f.metric, f.change and f.change.value) for f in facts("Last year exports and imports grew by 14% and 6%.")] == [
        ("exports", 14), ("imports", 6)]
    assert _flows(facts("Trade, exports and imports amounted to $1.1 billion, $760 million and $340 million.")) == [
        ("turnover", 1.1e9), ("exports", 760e6), ("imports", 340e6)]


def test_a_level_grown_from_lends_its_year_to_no_other_figure() -> None:
    found = facts("Exports to Belarus rose to $43 million in 2020 from $31 million in 2019, while imports from Belarus "
                  "stood at $120 million.", partner="CN-SD")
    assert [(f.metric, f.value, f.period and f.period.start[:4]) for f in found] == [
        ("imports", 43e6, "2020"), ("imports", 31e6, "2019"), ("exports", 120e6, "2020")]


def test_a_bare_flow_after_the_partners_flow_to_belarus_is_the_partners_too() -> None:
    for text in ("The region exported goods worth $20.1 million to Belarus and imported $58.2 million.",
                 "Exports to Belarus reached $20.1 million, and imports $58.2 million."):
        assert _flows(facts(text)) == [("imports", 20.1e6), ("exports", 58.2e6)], text
    # Belarus' own flows: "exports to Kazakhstan ..., and imports ..." stay as they are
    assert [f.metric for f in facts("Exports to Kazakhstan reached $20.1 million, and imports $58.2 million.", partner="KZ")] == [
        "exports", "imports"]


def test_a_figure_after_a_colon_belongs_to_the_clause_before_it() -> None:
    assert facts("The balance of trade is positive for Belarus: $12 million.", partner="VN") == []
    assert _flows(facts("Trade with Vietnam in 2023: $161.6 million.", partner="VN")) == [("turnover", 161.6e6)]


def test_supplied_whom_with_what() -> None:
    # the object of "supplied" is who receives the goods
    assert [f.metric for f in facts("Last year the region supplied Belarus with metal products worth $300 million.")] == ["imports"]
    assert [f.metric for f in facts("Belarus supplied the region with dairy products worth $30 million.")] == ["exports"]
    assert [f.metric for f in facts("Belarus supplied Kursk Oblast with machinery worth $30 million.")] == ["exports"]
    # Belarus' own total, to no one named, is still no fact with the partner
    assert facts("Belarus supplied dairy products worth $2.6 billion in 2025.") == []


def test_belarus_buying_the_partners_goods_is_no_total_of_its_own() -> None:
    assert [(f.metric, f.product) for f in facts("Belarus bought Uzbek cotton worth $40 million.", partner="UZ")] == [
        ("imports", "cotton")]
    assert facts("Belarus bought cotton worth $40 million.", partner="UZ") == []


def test_the_goods_origin_outranks_the_owner_of_an_earlier_flow() -> None:
    found = facts("Exports of the region's products to Belarus amounted to $18.9 million, while supplies of Belarusian goods "
                  "to the region amounted to $43.4 million.")
    assert _flows(found) == [("imports", 18.9e6), ("exports", 43.4e6)]
    found = facts("Exports from Pavlodar region to Belarus amounted to 4.1 billion tenge in 2023, imports – 22.7 billion tenge.",
                  partner="KZ-55")
    assert _flows(found) == [("imports", 4.1e9), ("exports", 22.7e9)]


def test_months_compared_with_the_same_months_of_a_year_are_of_the_year_after() -> None:
    [fact] = facts("Trade with Kazakhstan amounted to $412.6 million in January-April, up 12.1% over January-April 2022.",
                   today=date(2024, 6, 5), partner="KZ")
    assert (fact.value, fact.change and fact.change.value) == (412.6e6, 12.1)
    assert fact.period and (fact.period.start, fact.period.end) == ("2023-01-01", "2023-04-30")
    # named months of a year after "up ... over" are what the figure is compared with: alone, the same months of the
    # year after (none where those are still to come); a length of time after "over" is the figure's own
    [fact] = facts("Trade with Kazakhstan amounted to $412.6 million, up 12.1% over January-April 2022.",
                   today=date(2023, 6, 5), partner="KZ")
    assert fact.period and (fact.period.start, fact.period.end) == ("2023-01-01", "2023-04-30")
    [fact] = facts("Exports grew by 60% over January-April 2023.", today=date(2023, 6, 5), partner="KZ")
    assert fact.period is None
    [fact] = facts("Exports grew by 20% over the first half of 2023.", today=date(2023, 9, 5), partner="KZ")
    assert fact.period and (fact.period.start, fact.period.end) == ("2023-01-01", "2023-06-30")
    # a whole year compared with says nothing of the figure's own period
    [fact] = facts("Trade with Kazakhstan amounted to $412.6 million, up 12.1% over 2022.", today=date(2023, 6, 5), partner="KZ")
    assert fact.period is None


def test_the_year_of_a_dateline_comes_from_months_compared_with_a_year_before() -> None:
    from belcoop.parse import parse_article

    for lead in ("Trade with Kazakhstan amounted to $412.6 million in January-April, up 12.1% over January-April 2022.",
                 "Trade with Kazakhstan amounted to $412.6 million, up 12.1% over January-April 2022."):
        record = parse_article(f"MINSK, 5 June (BelTA) – {lead}\n\nThe sides discussed new supplies of machinery.\n",
                               path="x.txt", sha256="0", record_id="x")
        assert (record.date, record.date_basis) == ("2023-06-05", "inferred"), lead


def test_the_goods_before_their_examples() -> None:
    [fact] = facts("Timber and wood products, including plywood and fibreboard, worth $11.6 million were shipped to Kursk "
                   "Oblast in January-March 2024.")
    assert fact.product == "Timber and wood"
    [fact] = facts("Machinery such as tractors and combines worth $20 million was supplied to the region.")
    assert fact.product == "Machinery"


def test_one_region_of_a_country_named_by_its_adjective() -> None:
    assert [f.partner for f in facts("Vitebsk Oblast's trade with the Vietnamese province grew to $2 million.", partner="CU")] == ["VN"]
    # a region of the article's partner's own country is the partner
    assert [f.partner for f in facts("Minsk Oblast's trade with the Russian region grew to $50 million.", partner="RU-PER")] == ["RU-PER"]


def _article_trade(text: str) -> list[tuple[str | None, str, float | None]]:
    from belcoop.parse import parse_article

    record = parse_article(text, path="x.txt", sha256="0", record_id="x")
    return [(f.partner, f.metric, f.value) for f in record.trade]


def test_a_headline_restating_a_figure_of_no_trade_with_the_partner_is_no_fact() -> None:
    text = ("Belarus exports top $1.1 billion in 2024\n\nMINSK, 28 January 2025 (BelTA) – Belarus exported forest products "
            "worth $1.12 billion to 60 countries in 2024. Exports to China reached $312.4 million in 2024.\n")
    assert _article_trade(text) == [("CN", "exports", 312.4e6)]


def test_a_headline_rounds_a_change_as_headlines_do() -> None:
    text = ("Belarus-Karaganda Region trade up by over a fifth in nine months\n\nMINSK, 14 November 2023 (BelTA) – Trade "
            "between Belarus and Karaganda Region amounted to $96.4 million in January-September 2023, up 21.7% year-on-year.\n")
    assert _article_trade(text) == [("KZ-35", "turnover", 96.4e6)]


def test_a_dash_standing_for_the_verb_keeps_the_place_before_it() -> None:
    found = facts("In 2024 the trade of Mogilev Oblast with Akmola region was about $15 million, and with Kazakhstan as a "
                  "whole – $148 million.", partner="KZ-11")
    assert [(f.partner, f.value) for f in found] == [("KZ-11", 15e6), ("KZ", 148e6)]


def test_an_en_dash_of_a_range_of_months_ends_no_clause() -> None:
    [fact] = facts("Brest Oblast's trade with Russia in January–June exceeded $1.2 billion.", partner="RU-KGD")
    assert fact.partner == "RU"
    assert fact.period and (fact.period.start[5:], fact.period.end[5:]) == ("01-01", "06-30")


def test_a_two_way_flow_of_one_group_of_goods_has_its_product() -> None:
    [fact] = facts("Belarus and Vietnam agreed to double mutual supplies of agricultural products by 2027.", partner="VN")
    assert (fact.metric, fact.product, fact.status) == ("turnover", "agricultural", "target")
    [fact] = facts("Mutual trade in building materials reached $20 million.", partner="VN")
    assert fact.product == "building materials"
    for text in ("Trade in goods reached $20 million.", "Trade of the region with Belarus reached $20 million.",
                 "Trade in the first quarter reached $20 million."):
        assert [f.product for f in facts(text)] == [None], text


def test_a_flow_between_belarus_and_the_partner_is_both_ways() -> None:
    [fact] = facts("Supplies of agricultural products between Belarus and Vietnam doubled last year.", partner="VN")
    assert (fact.metric, fact.product) == ("turnover", "agricultural")
    [fact] = facts("Exports from Belarus to Vietnam, the largest between the two countries, grew by 5%.", partner="VN")
    assert fact.metric == "exports"


def test_to_double_an_adjective_and_a_metric_is_a_goal() -> None:
    [fact] = facts("The sides agreed to double agricultural exports to Vietnam.", partner="VN")
    assert (fact.metric, fact.change and (fact.change.kind, fact.change.value), fact.status) == ("exports", ("times", 2.0), "target")
    assert facts("They discussed double taxation and trade.", partner="VN") == []


def test_looking_to_lift_trade_is_a_goal() -> None:
    for text in ("Vietnam and Belarus look to lift two-way trade to 500 million USD.", "Belarus, Vietnam eye $1 billion trade.",
                 "The sides want to take trade to $1 billion."):
        assert [f.status for f in facts(text, partner="VN")] == ["target"], text


def test_a_second_amount_without_its_currency_after_its_metric_and_verb() -> None:
    found = facts("Belarus' exports to Cuba amounted to 71.6 million dollars in 2022, while imports from the island were "
                  "about 8 million.", partner="CU")
    assert [(f.metric, f.value, f.currency, f.approx) for f in found] == [
        ("exports", 71.6e6, "USD", None), ("imports", 8e6, "USD", "about")]


def test_the_year_of_another_event_is_not_the_figures() -> None:
    [fact] = facts("Belarus has so far delivered equipment worth US$58 million to Cuba under the mechanisation agreement "
                   "signed in 2022.", today=date(2024, 2, 15), partner="CU")
    assert fact.period is None
    [fact] = facts("Exports, which peaked in 2021, fell to $30 million.", today=date(2024, 2, 15), partner="CU")
    assert fact.period is None
    [fact] = facts("Trade growth was recorded in 2022, when it reached $50 million.", today=date(2024, 2, 15), partner="CU")
    assert fact.period and fact.period.start == "2022-01-01"


def test_a_percent_to_a_base_period_is_its_ratio() -> None:
    # "108.4% to the same period of 2023" (translated from Russian): +8.4%, the figure of the period after
    [fact] = facts("In January-August 2024, trade between Belarus and Tatarstan amounted to $1,248.6 million, or 108.4% to the "
                   "same period of 2023.", today=date(2024, 10, 17), partner="RU-TA")
    assert fact.change and (fact.change.kind, fact.change.value) == ("percent", 8.4)
    [fact] = facts("Exports reached $704.3 million, or 111.2% to January-August 2023.", today=date(2024, 10, 17), partner="RU-TA")
    assert fact.change and fact.change.value == 11.2
    assert fact.period and (fact.period.start, fact.period.end) == ("2024-01-01", "2024-08-31")
    [fact] = facts("Imports were $50 million, or 94.2% to 2023.", today=date(2024, 10, 17), partner="RU-TA")
    assert fact.change and fact.change.value == -5.8
    [fact] = facts("Trade grew by 12% to $5 million.", partner="RU-TA")
    assert fact.change and fact.change.value == 12


def test_approached_is_almost() -> None:
    [fact] = facts("Trade approached $100 million.")
    assert fact.approx == "almost"


def test_cut_by_is_a_fall() -> None:
    [fact] = facts("The crisis cut the trade by almost a third.")
    assert fact.change and fact.change.value == -33.3
    [fact] = facts("Sanctions cut exports by 30%.")
    assert fact.change and fact.change.value == -30


def test_went_on_growing_and_reached_is_a_result() -> None:
    assert [f.status for f in facts("Trade continued to grow and reached $300 million.")] == ["actual"]
    assert [f.status for f in facts("The sides plan to grow trade and reach $300 million.")] == ["target"]
    assert [f.status for f in facts("Trade is expected to continue to grow to $400 million.")] == ["target"]


def test_a_list_of_goods_does_not_hide_where_they_went() -> None:
    [fact] = facts("The region shipped $14.2 million worth of grain, flour and oilseeds to Belarus.")
    assert fact.metric == "imports"


def test_a_partners_own_two_way_total_is_no_trade_with_belarus() -> None:
    for text in ("In 2023, Henan's total import and export volume reached $120 billion.",
                 "Henan's import and export volume reached 812 billion yuan in 2023.",
                 "Kazakhstan's trade reached $130 billion."):
        assert facts(text, partner="CN-HA") == [], text
    assert [f.value for f in facts("Henan's trade with Belarus reached $120 million.", partner="CN-HA")] == [120e6]
    # a total flow to someone is that flow
    assert [f.metric for f in facts("Total exports to Belarus reached $20 million.", partner="CN-HA")] == ["imports"]


def test_numbers_written_the_russian_way() -> None:
    cases = {
        "Trade in 2023 amounted to 95,3 mln. USD, which is 8 percent more than in 2022.": 95.3e6,
        "Trade in 2023 constituted 86,5 thous. dollars.": 86.5e3,
        "Trade in 2023 constituted 12 345,6 thousand US dollars.": 12_345.6e3,
        "Trade in 2023 made up 1 billion 16 million US dollars.": 1.016e9,
        "Trade in 2023 amounted to 95,3 USD mln.": 95.3e6,
    }
    for text, value in cases.items():
        assert [f.value for f in facts(text)] == [value], text
    [fact] = facts("Trade in 2023 amounted to 95,3 mln. USD, which is 8 percent more than in 2022.")
    assert fact.change and fact.change.value == 8


def test_a_stop_after_a_scale_before_its_currency_ends_no_sentence() -> None:
    from belcoop.parse.text import split_sentences

    assert split_sentences("Trade amounted to 95,3 mln. USD, up 8%. Exports were 7 mln. The sides met.") == [
        "Trade amounted to 95,3 mln. USD, up 8%.", "Exports were 7 mln.", "The sides met."]


def test_reserves_to_bring_trade_to_a_figure_is_a_goal_not_money() -> None:
    [fact] = facts("The parties have reserves to bring the trade turnover to 100 million US dollars.")
    assert (fact.metric, fact.value, fact.status) == ("turnover", 100e6, "target")


def test_the_growth_made_up_a_percent() -> None:
    found = facts("Trade constituted 213,4 million USD in 2023. In comparison with 2022 the growth made up 9,6%.")
    assert [(f.value, f.change and f.change.value) for f in found] == [(213.4e6, None), (None, 9.6)]
    assert facts("Exports made up 40% of the total.") == []


def test_a_year_in_apposition_to_the_current_year() -> None:
    [fact] = facts("In January of the current year 2024 exports increased in 3 times.", today=date(2025, 2, 22))
    assert fact.period and (fact.period.start, fact.period.end) == ("2024-01-01", "2024-01-31")


def test_the_year_of_a_signing_by_someone_is_not_the_figures() -> None:
    [fact] = facts("Belarus has so far delivered equipment worth US$58 million to Zimbabwe under the farm mechanisation "
                   "agreement signed by the two governments in 2022.", today=date(2024, 2, 15), partner="ZW")
    assert fact.period is None


def test_an_aim_reported_by_a_verb_of_saying_is_a_goal() -> None:
    [fact] = facts("The Belarusian side noted that the parties have reserves to bring the mutual trade to the level of "
                   "USD 100 mln.", partner="UZ")
    assert (fact.value, fact.status) == (100e6, "target")
    [fact] = facts("He noted that trade rose 12% to reach $41 million.", partner="UZ")
    assert fact.status == "actual"


def test_a_region_named_with_its_country() -> None:
    [fact] = facts("In January-June 2024 the export of goods of the Grodno region to the Kaliningrad region of the Russian "
                   "Federation constituted 86 512,4 thous. USD.", partner="RU-KGD")
    assert (fact.partner, fact.value) == ("RU-KGD", 86_512.4e3)


def test_a_headline_pair_written_with_a_comma_is_belarus_trade() -> None:
    for text in ("Belarus, Irkutsk Oblast trade up 1.5 times in January-September 2023",
                 "Belarus, Irkutsk Oblast trade up 15% in January-September 2023"):
        assert [f.partner for f in facts(text, partner="RU-IRK")] == ["RU-IRK"], text


def test_the_balance_of_trade_keeps_the_period_in_force() -> None:
    found = facts("In January-June 2024 exports to the region constituted 86 512,4 thous. USD.",
                  "The balance of trade with the region remained positive and made up 63 407,5 thous. USD.",
                  "The supplies of dairy products increased in 2,1 times.", today=date(2024, 8, 3))
    assert [(f.value, f.period and f.period.end) for f in found] == [(86_512.4e3, "2024-06-30"), (None, "2024-06-30")]


def test_an_elided_clause_of_goods_names_its_product() -> None:
    found = facts("The supplies of dairy products increased in 2,1 times, of meat and meat products – by 37,5 percent.")
    assert [f.product for f in found] == ["dairy", "meat and meat"]
    found = facts("Exports of tractors grew by 10%, of trucks by 5%.")
    assert [f.product for f in found] == ["tractors", "trucks"]
    assert [f.product for f in facts("Trade grew by 10%, of which exports by 5%.")] == [None, None]


def test_each_partner_after_with_has_its_own_figure() -> None:
    for text in ("In January-August 2024, trade with Armenia stood at $94.7 million and with Georgia at $51.3 million.",
                 "In January-August 2024, trade with Armenia reached $94.7 million and with Georgia $51.3 million."):
        assert [(f.partner, f.value) for f in facts(text, partner="AM")] == [("AM", 94.7e6), ("GE", 51.3e6)], text
    assert facts("Trade between Kazakhstan and Russia reached $26 billion.", partner="KZ") == []


def test_the_full_year_is_this_year() -> None:
    [fact] = facts("Trade with Cuba is expected to reach $45 million for the full year.", today=date(2024, 9, 1), partner="CU")
    assert fact.period and (fact.period.start, fact.period.end) == ("2024-01-01", "2024-12-31")
    assert fact.status == "target"


def test_a_headline_rounding_a_figure_down_to_a_mark_is_the_bodys() -> None:
    text = ("Belarus-Vietnam trade tops $150m in 2023\n\nMINSK, 20 February 2024 (BelTA) – Trade between Belarus and "
            "Vietnam reached $164 million in 2023.\n")
    assert _article_trade(text) == [("VN", "turnover", 164e6)]


def test_a_flow_from_or_to_the_region_owns_the_bare_flow_after_it() -> None:
    found = facts("In 2023 trade between Belarus and the region amounted to $200 million, of which exports from the region "
                  "$35.7 million and imports $164.3 million.")
    assert _flows(found) == [("turnover", 200e6), ("imports", 35.7e6), ("exports", 164.3e6)]
    assert _flows(facts("Exports to the region reached $164.3 million and imports $35.7 million.")) == [
        ("exports", 164.3e6), ("imports", 35.7e6)]


def test_must_reach_is_a_goal() -> None:
    [fact] = facts("We must not only restore the previous level but also reach $700 million in trade.")
    assert fact.status == "target"
    [fact] = facts("It must be noted that trade reached $700 million in 2023.")
    assert fact.status == "actual"


def test_a_figure_going_on_from_the_last_takes_its_currency() -> None:
    found = facts("In 2005 trade was 40 million dollars. In 2010 it had grown to 250 million.")
    assert [(f.value, f.currency, f.period and f.period.start[:4]) for f in found] == [
        (40e6, "USD", "2005"), (250e6, "USD", "2010")]
    # not a count, nor with no figure of trade before it
    assert [f.value for f in facts("In 2005 trade was 40 million dollars. In 2010 it had grown to 250 million tonnes.")] == [40e6]
    assert facts("The region has a population of 2.8 million. It has grown to 3 million.") == []


def test_the_regions_trade_with_a_third_country_for_comparison_is_no_fact() -> None:
    found = facts("Trade between Belarus and Krasnoyarsk Krai reached $190 million last year. For comparison, the region's "
                  "trade turnover with Kazakhstan totals about $1.1 billion a year.", partner="RU-KYA")
    assert [(f.partner, f.value) for f in found] == [("RU-KYA", 190e6)]


def test_commercial_exchange_is_turnover() -> None:
    [fact] = facts("Commercial exchange between Belarus and Cuba grew by about 30 percent.", partner="CU")
    assert (fact.metric, fact.change and fact.change.value) == ("turnover", 30)


def test_an_amount_written_as_a_compound_adjective() -> None:
    [fact] = facts("Belarus and China can reach the 10-billion-dollar mark in trade within two years, the minister said.",
                   partner="CN")
    assert (fact.value, fact.currency, fact.status) == (10e9, "USD", "target")
    assert facts("The 2-million-tonne harvest.", partner="CN") == []


def test_a_spaced_dash_between_names_ends_no_clause() -> None:
    [fact] = facts("Vietnam and Belarus should make full use of the Vietnam – Eurasian Economic Union Free Trade Agreement "
                   "to bring bilateral trade to US$1 billion, the minister said.", partner="VN")
    assert (fact.value, fact.status) == (1e9, "target")


def test_a_fiscal_or_iranian_year_is_no_calendar_year() -> None:
    # a fiscal year of a partner whose fiscal year data/fiscal_years.tsv does not give, or of one year only: no period
    for text in ("Trade exchange between Belarus and Vietnam amounted to $637 million in fiscal year 2022/2023.",
                 "Trade amounted to $637 million in FY2022/23.", "Trade amounted to $637 million in the 2022/23 financial year."):
        assert [f.period for f in facts(text, partner="VN")] == [None], text
    assert [f.period for f in facts("Exports in FY2023 reached $5 million.", partner="EG")] == [None]
    # the Iranian year opens on 21 March: its first seven months are read in it
    [fact] = facts("Trade between Belarus and Iran reached $58 million in the first seven months of the current Iranian "
                   "calendar year.", today=date(2023, 12, 1), partner="IR")
    assert fact.period is not None and (fact.period.start, fact.period.end) == ("2023-03-21", "2023-10-20")
    [fact] = facts("In 2023 trade reached $58 million, the Iranian side said.", today=date(2024, 2, 1), partner="IR")
    assert fact.period and fact.period.start == "2023-01-01"


def test_the_regions_own_verbs_of_trade_from_its_side() -> None:
    found = facts("In 2023, the region exported goods worth 12 billion rubles, while Belarusian products worth 38.7 billion "
                  "rubles were imported into the region.", partner="RU-BRY")
    assert [(f.metric, f.value, f.product) for f in found] == [("imports", 12e9, None), ("exports", 38.7e9, None)]
    assert [f.metric for f in facts("Kazakh grain worth $5 million was imported into Belarus.", partner="KZ")] == ["imports"]


def test_indian_scales() -> None:
    assert [f.value for f in facts("Trade was estimated at INR 4,600 crore in 2022.", partner="IN")] == [46e9]
    assert [f.value for f in facts("Exports reached Rs 50 lakh in 2022.", partner="IN")] == [5e6]


def test_goods_that_make_up_a_part_of_the_figure_before() -> None:
    """ "Potash accounted for $9 million of this amount": the subject of a verb of a part is the figure's goods; a flow,
    a place, a company, a word of the figure itself or generic goods is none."""
    lead = "Belarusian exports to Kursk Oblast came to $35 million in 2021."
    for text, product in [("Sugar and confectionery accounted for $9 million of this amount.", "sugar and confectionery"),
                          ("In the structure of supplies, machine tools made up about $4 million.", "machine tools"),
                          ("Furniture accounted for some $2 million of this sum.", "furniture")]:
        assert [f.product for f in facts(lead + " " + text)] == [None, product], text
    for text in ("The figure made up $9 million of this amount.", "Gomel Oblast accounted for $9 million of this amount.",
                 "MAZ accounted for $9 million of this amount.", "Belarusian enterprises made up $9 million of this amount.",
                 "Other goods accounted for $9 million of this amount.", "Supplies accounted for $9 million of this amount."):
        assert [f.product for f in facts(lead + " " + text)] == [None, None], text
    # the verb left out of the clause after a comma
    found = facts(lead + " Potash accounted for $9 million of this amount, and cheese for $3 million.")
    assert [(f.value, f.product) for f in found] == [(35e6, None), (9e6, "potash"), (3e6, "cheese")]
    found = facts(lead + " Potash accounted for $9 million of this amount, more than for $3 million.")
    assert [f.product for f in found] == [None, "potash", None]


def test_goods_sent_in_the_clause_before_a_flow_referred_back_to() -> None:
    """ "Kursk Oblast sends sugar to Belarus: their imports ...": "their", "these", "such" flows are of the goods the
    clause before sends or buys; not of what is no group of goods ("a wide range of goods"), nor across no mark."""
    found = facts("Belarus buys grain from Kursk Oblast: last year these purchases exceeded $6 million.")
    assert [(f.metric, f.product, f.value) for f in found] == [("imports", "grain", 6e6)]
    assert [f.product for f in facts("Kursk Oblast ships grain to Belarus: in 2021 such supplies exceeded $6 million.")] == ["grain"]
    found = facts("Belarus sells elevators and cranes to the region; such sales reached $3 million in 2021.")
    assert [(f.metric, f.product) for f in found] == [("exports", "elevators and cranes")]
    found = facts("The region provides us with sunflower oil: their supplies came to $2 million in 2021.")
    assert [f.product for f in found] == ["sunflower oil"]
    for text in ("Belarusian companies sell a wide range of goods in the region: their sales came to $3 million in 2021.",
                 "Our companies are ready to buy more: their purchases came to $3 million in 2021.",
                 "Belarus' exports to the region grew: these supplies came to $3 million in 2021."):
        assert [f.product for f in facts(text)] == [None], text


def test_a_verb_of_a_part_and_an_adverb_after_goods_are_no_product() -> None:
    """ "exports to the region, mainly tractors, made up $9 million": the total, its description aside, and "made up"
    is a verb, no goods; "dairy products alone" are dairy products."""
    [fact] = facts("In 2021 Belarus' supplies to the region, mostly dairy products, made up $9 million.")
    assert (fact.metric, fact.product, fact.value) == ("exports", None, 9e6)
    [fact] = facts("In 2021 Belarusian exports of milk powder alone amounted to $9 million.")
    assert fact.product == "milk powder"


def test_a_list_of_goods_in_contracts_worth_a_sum_is_no_trade() -> None:
    """ "contracts for the supply of A, B and C worth $X were signed": the commas of the list cut no clause off the
    contracts; goods listed after a verb of trade stay a figure of trade."""
    assert facts("At the fair, contracts for the supply of flax fabrics, furniture and cheese worth $7 million were "
                 "signed.") == []
    assert facts("Agreements on deliveries of buses, trolleybuses, tractors and lifts worth $12 million were reached.") == []
    found = facts("In 2021 Belarus shipped lifts, buses, tractors and cheese worth $12 million to Kursk Oblast.")
    assert [(f.metric, f.value) for f in found] == [("exports", 12e6)]
    found = facts("Contracts were signed at the fair, and exports of buses, tractors and cheese reached $12 million in 2021.")
    assert [(f.metric, f.value) for f in found] == [("exports", 12e6)]


def _periods(found: list[TradeFact]) -> list[tuple[float | None, str | None, str | None]]:
    return [(f.value, f.period.start if f.period else None, f.period.end if f.period else None) for f in found]


def test_a_year_back_in_the_next_sentence_is_before_the_period_just_given() -> None:
    # the year named in one sentence, "a year earlier" / "the year before" / "N years earlier" opening the next
    for opener, start in (("A year before, exports were", "2019-01-01"), ("The year before, it came to", "2019-01-01"),
                          ("In the previous year it amounted to", "2019-01-01"), ("Four years earlier, it was", "2016-01-01"),
                          ("Just two years before, it stood at", "2018-01-01")):
        found = facts(f"Belarusian exports to the region grew to $64 million in 2020. {opener} $51 million.")
        assert _periods(found) == [(64e6, "2020-01-01", "2020-12-31"), (51e6, start, start[:4] + "-12-31")], opener
    # the same months a year back for a part of a year; but "the previous year" is a whole year
    found = facts("In the first quarter of 2021 trade came to $18 million. A year earlier, it stood at $15 million.")
    assert _periods(found) == [(18e6, "2021-01-01", "2021-03-31"), (15e6, "2020-01-01", "2020-03-31")]
    found = facts("In the first quarter of 2021 trade came to $18 million. In the previous year it was $70 million.")
    assert _periods(found)[1] == (70e6, "2020-01-01", "2020-12-31")
    # in one sentence, after a clause of its own
    found = facts("Trade amounted to $88 million in 2019, while a year before it was $73 million.")
    assert _periods(found) == [(88e6, "2019-01-01", "2019-12-31"), (73e6, "2018-01-01", "2018-12-31")]


def test_years_ago_are_of_the_articles_date() -> None:
    found = facts("Trade amounted to $88 million in 2020. Three years ago, it was $61 million.", today=date(2022, 6, 1))
    assert _periods(found)[1] == (61e6, "2019-01-01", "2019-12-31")
    # unless the period just given is of the article's year: the same months then
    found = facts("In January-April 2022 trade was $30 million. A year ago it was $24 million.", today=date(2022, 6, 1))
    assert _periods(found)[1] == (24e6, "2021-01-01", "2021-04-30")


def test_a_year_back_with_no_period_given() -> None:
    # nothing to count back from: no period, rather than a guess; "the previous year" alone is last year
    assert _periods(facts("A year earlier, trade stood at $40 million.")) == [(40e6, None, None)]
    assert _periods(facts("In the previous year trade stood at $40 million.")) == [(40e6, "2021-01-01", "2021-12-31")]
    # the base of a comparison after an amount is no period of the figure: still "the year before the figure"
    found = facts("Trade rose to $46 million in 2020 against $40 million a year earlier.")
    assert _periods(found) == [(46e6, "2020-01-01", "2020-12-31"), (40e6, "2019-01-01", "2019-12-31")]
    # not a count of years of something else ("two years earlier than planned")
    found = facts("Trade reached $46 million in 2020. The plant opened two years earlier than planned.")
    assert _periods(found) == [(46e6, "2020-01-01", "2020-12-31")]


def test_the_same_period_of_a_year_in_one_sentence_is_the_months_just_given() -> None:
    found = facts("In January-July 2021 exports reached $9.5 million, compared with $7.2 million in the same period of 2020.")
    assert _periods(found) == [(9.5e6, "2021-01-01", "2021-07-31"), (7.2e6, "2020-01-01", "2020-07-31")]
    found = facts("In the first half of 2021, trade stood at $12 million against $10 million in the same period of 2019.")
    assert _periods(found)[1] == (10e6, "2019-01-01", "2019-06-30")
    # a whole year given: the whole year
    found = facts("In 2021 exports reached $9.5 million, compared with $7.2 million in the same period of 2020.")
    assert _periods(found)[1] == (7.2e6, "2020-01-01", "2020-12-31")


def test_a_result_achieved_is_no_target() -> None:
    for text in ("Last year we were able to bring trade to $90 million.", "We have managed to raise trade to $90 million.",
                 "We have been able to almost triple our trade over five years.", "Last year the sides managed to double trade.",
                 "In 2021 the two countries succeeded in doubling trade."):
        assert [f.status for f in facts(text)] == ["actual"], text
    # an ability or an aim still to come, and the aim of what was done, are targets
    for text in ("We are able to bring trade to $90 million.", "We hope we will be able to double trade.",
                 "We were able to agree on measures to bring trade to $90 million.", "We must manage to double trade."):
        assert [f.status for f in facts(text)] == ["target"], text


def test_the_two_sides_reaching_an_amount_go_on_from_a_trade_sentence() -> None:
    found = facts("Belarusian exports to the region amounted to $21 million in January-March 2022. "
                  "Last year we topped $70 million.")
    assert [(f.metric, f.value, f.approx, f.period.start if f.period else None) for f in found] == [
        ("exports", 21e6, None, "2022-01-01"), ("turnover", 70e6, "over", "2021-01-01")]
    found = facts("Trade came to $21 million in January-March 2022. In 2021 the two countries exceeded $70 million.")
    assert [(f.metric, f.value) for f in found] == [("turnover", 21e6), ("turnover", 70e6)]
    # not without a sentence on trade before it, nor other money, nor another verb
    assert facts("The delegation visited a plant. Last year we topped $70 million.") == []
    found = facts("Trade came to $21 million in 2021. Last year we topped $70 million in investment.")
    assert [f.value for f in found] == [21e6]
    found = facts("Trade came to $21 million in 2021. Last year we signed contracts for $70 million.")
    assert [f.value for f in found] == [21e6]


def test_a_change_with_a_cause_of_freight_still_goes_on() -> None:
    found = facts("In 2021 trade reached $40 million. This year it dropped by 8% because of high freight rates.")
    assert [(f.value, f.change.value if f.change else None) for f in found] == [(40e6, None), (None, -8)]
    # but a change of the freight itself is none of trade's
    found = facts("In 2021 trade reached $40 million. Freight traffic dropped by 8% because of the sanctions.")
    assert [f.value for f in found] == [40e6]
    found = facts("In 2021 trade reached $40 million. The railway carried 8% more cargo due to new routes.")
    assert [f.value for f in found] == [40e6]


def test_the_same_period_a_year_back_is_the_months_just_given() -> None:
    # "the same period" with its year given as a year back or last year: those months, in this sentence or the next
    for tail in ("a year before", "of the previous year", "last year"):
        found = facts(f"In January-August 2021 exports reached $33 million, against $29 million in the same period {tail}.",
                      today=date(2021, 10, 1))
        assert _periods(found) == [(33e6, "2021-01-01", "2021-08-31"), (29e6, "2020-01-01", "2020-08-31")], tail
        found = facts(f"In January-August 2021 exports reached $33 million. In the same period {tail} exports were $29 million.",
                      today=date(2021, 10, 1))
        assert _periods(found)[1] == (29e6, "2020-01-01", "2020-08-31"), tail
    # "the previous year" counts from the months given, not from the article's date
    found = facts("In January-August 2019 exports reached $33 million. In the same period of the previous year exports were "
                  "$29 million.", today=date(2021, 10, 1))
    assert _periods(found)[1] == (29e6, "2018-01-01", "2018-08-31")


def test_the_oblasts_exports_where_the_oblast_is_the_belarusian_side() -> None:
    # "the oblast" refers back to the one place the text named with the word: the Belarusian oblast, its own exports
    found = facts("Grodno Oblast and the Smolensk region held talks. The oblast's exports in March 2024 reached $9.4 million.",
                  partner="RU-SMO")
    assert [(f.metric, f.value) for f in found] == [("exports", 9.4e6)]
    found = facts("Brest Oblast and Vietnam discussed trade. In 2023, the region's exports to Vietnam rose by 8% to $21 million.",
                  partner="VN")
    assert [(f.metric, f.value) for f in found] == [("exports", 21e6)]
    # a region of the country the goods go to is not their owner: Anhui's exports to China would be no exports
    found = facts("Vitebsk region and Anhui Province signed a roadmap. The region's exports to China grew to $5 million.",
                  partner="CN")
    assert [(f.metric, f.value) for f in found] == [("exports", 5e6)]
    # a bare metric word going on from it is the oblast's too
    found = facts("Grodno Oblast and the Smolensk region held talks. The oblast's exports were $9.4 million, imports – $3 million.",
                  partner="RU-SMO")
    assert [(f.metric, f.value) for f in found] == [("exports", 9.4e6), ("imports", 3e6)]


def test_the_oblasts_exports_stay_the_partners_where_that_is_who_the_text_named() -> None:
    # the partner named with the word, or both sides: the partner's, as before
    for text in ("Smolensk Oblast and Belarus held talks. The oblast's exports in March 2024 reached $9.4 million.",
                 "Grodno Oblast and Smolensk Oblast held talks. The oblast's exports in March 2024 reached $9.4 million.",
                 "The Grodno and Smolensk regions held talks. The region's exports in March 2024 reached $9.4 million.",
                 "Smolensk Oblast and Grodno region held talks. The region's exports in March 2024 reached $9.4 million."):
        assert [(f.metric, f.value) for f in facts(text, partner="RU-SMO")] == [("imports", 9.4e6)], text
    # named with no word for a region, the partner is no referent: "the region" of a Belarusian text is still its partner
    found = facts("Grodno hosted a delegation. The region's exports in March 2024 reached $9.4 million.", partner="RU-SMO")
    assert [(f.metric, f.value) for f in found] == [("imports", 9.4e6)]


def test_exports_of_the_capitals_enterprises_are_the_capitals() -> None:
    lead = "Minsk and Bashkortostan held talks. In 2023, the trade of Minsk with Bashkortostan reached $300 million. "
    for owner in ("the capital's", "the city's"):
        found = facts(lead + f"Exports of {owner} enterprises amounted to $200 million.", partner="RU-BA")
        assert [(f.metric, f.value) for f in found] == [("turnover", 300e6), ("exports", 200e6)], owner
    # the capital is the city that is a region of its own: Minsk, not Kazan
    found = facts("Minsk and Kazan held talks. Exports of the capital's enterprises amounted to $200 million.", partner="RU-TA")
    assert [(f.metric, f.value) for f in found] == [("exports", 200e6)]
    # the partner's capital: its exports, Belarus' imports
    found = facts("Tashkent hosted the talks. Exports of the capital's enterprises amounted to $20 million.", partner="UZ-TK")
    assert [(f.metric, f.value) for f in found] == [("imports", 20e6)]
    # two cities, and "the city" could be either: no fact, as before; nor a company's own total
    assert facts("Minsk and Kazan held talks. Exports of the city's enterprises amounted to $200 million.", partner="RU-TA") == []
    assert facts("Exports of the holding's enterprises amounted to $200 million.", partner="RU-TA") == []


def _spoken(paragraph: str, partner: str, foreign: bool) -> list[tuple[str, float | None]]:
    from belcoop.parse.text import split_sentences

    found = extract_trade([split_sentences(paragraph)], date(2024, 3, 1), partner, gazetteer().mentions, lambda _p: foreign)
    return [(f.metric, f.value) for f in found.facts]


def test_exports_and_imports_of_trade_between_the_partner_and_belarus_are_the_partners() -> None:
    # a Kazakh official's "trade between Kostanay region and Belarus ..., including exports ... and imports ...": both
    # from the side named first, his (not the first only, through the "US" of "US dollars" taken for "us")
    said = ('"In 2023, the trade turnover between Kostanay region and Belarus amounted to 50 million US dollars, including '
            'exports of 12 million and imports of 38 million US dollars," the akim said.')
    assert _spoken(said, "KZ-39", True) == [("turnover", 50e6), ("imports", 12e6), ("exports", 38e6)]
    # not said by the partner's official: Belarus' own, whoever is named first
    said = ("In 2023, trade between Kostanay region and Belarus amounted to $50 million, including exports of $38 million "
            "and imports of $12 million.")
    assert _spoken(said, "KZ-39", False) == [("turnover", 50e6), ("exports", 38e6), ("imports", 12e6)]
    # Belarus named first: Belarus' own, by whoever says it
    said = "In 2023, trade between Belarus and Kostanay region amounted to $50 million, including exports of $38 million and imports of $12 million."
    assert _spoken(said, "KZ-39", False) == [("turnover", 50e6), ("exports", 38e6), ("imports", 12e6)]
    assert _spoken(said, "KZ-39", True) == [("turnover", 50e6), ("exports", 38e6), ("imports", 12e6)]
    # "our" said by a foreign official is still his side's; the "US" of "US dollars" is no "us": with no side named, the
    # exports and imports listed are read alike (not only the first one turned)
    assert _spoken('"Our imports amounted to 38 million US dollars," the akim said.', "KZ-39", True) == [("exports", 38e6)]
    said = ('"Last year the turnover reached 50 million US dollars, including exports of 12 million and imports of 38 million '
            'US dollars," the akim said.')
    found = _spoken(said, "KZ-39", True)
    assert len(found) == 3 and {found[1][0], found[2][0]} == {"exports", "imports"}


def test_with_a_neighbouring_city_region_fronted() -> None:
    lead = "In 2023 trade between Belarus and Kaluga Oblast amounted to $50 million. "
    for name in ("neighbouring Moscow", "Moscow", "nearby Moscow"):
        found = facts(lead + f"With {name}, Belarus' trade totalled $120 million over the same period.", partner="RU-KLU")
        assert [(f.partner, f.value) for f in found] == [("RU-KLU", 50e6), ("RU-MOW", 120e6)], name
    # a neighbouring city only named: the figure stays the article's partner's
    found = facts("Neighbouring Moscow hosted the forum. Trade between Belarus and Kaluga Oblast reached $50 million.",
                  partner="RU-KLU")
    assert [(f.partner, f.value) for f in found] == [("RU-KLU", 50e6)]


def test_the_share_of_a_place_in_the_trade_just_given() -> None:
    lead = "Last year, the trade turnover between Kostanay region and Belarus amounted to 60 million US dollars. "
    for share in ("The share of Grodno region accounts for 6 million dollars.", "Grodno region's share is 6 million dollars."):
        found = facts(lead + share, partner="KZ-39", today=date(2024, 3, 1))
        assert [(f.partner, f.metric, f.value, f.period and f.period.start) for f in found] == [
            ("KZ-39", "turnover", 60e6, "2023-01-01"), ("KZ-39", "turnover", 6e6, "2023-01-01")], share
    # not with no trade just given, nor after other money
    assert facts("The share of Grodno region accounts for 6 million dollars.", partner="KZ-39") == []
    assert facts("Investment in the region reached $40 million. The share of Grodno region accounts for 6 million dollars.",
                 partner="KZ-39") == []


def test_a_part_of_the_total_just_given() -> None:
    today = date(2024, 5, 1)
    found = facts("Trade with Moldova reached $90 million in 2023. Tractors accounted for $12 million of the total.", partner="MD",
                  today=today)
    assert [(f.value, f.product) for f in found] == [(90e6, None), (12e6, "tractors")]
    found = facts("Trade with Moldova reached $90 million in 2023. Of the total, exports made up $70 million.", partner="MD",
                  today=today)
    assert [(f.metric, f.value) for f in found] == [("turnover", 90e6), ("exports", 70e6)]
    # a share of the total is no figure, nor is other money beside it
    assert len(facts("Trade with Moldova reached $90 million in 2023. Tractors accounted for 12% of the total.", partner="MD",
                     today=today)) == 1
    assert len(facts("Trade with Moldova reached $90 million in 2023. Investment totalled $12 million, a third of the total.",
                     partner="MD", today=today)) == 1


def test_a_figure_of_today_takes_no_period_of_the_clauses_before() -> None:
    today = date(2024, 5, 1)
    found = facts("Six years ago, trade with Moldova stood at $40 million; today it is $130 million.", partner="MD", today=today)
    assert [(f.value, f.period.start if f.period else None) for f in found] == [(40e6, "2018-01-01"), (130e6, None)]
    found = facts("Last year trade with Moldova was $60 million, and now it is already $75 million.", partner="MD", today=today)
    assert [(f.value, f.period.start if f.period else None) for f in found] == [(60e6, "2023-01-01"), (75e6, None)]
    # "now" inside the clause of a flow of the same months keeps them
    found = facts("In January-March 2024 exports to Moldova stood at $11 million, and imports now make up $3 million.",
                  partner="MD", today=today)
    assert [f.period.end if f.period else None for f in found] == ["2024-03-31", "2024-03-31"]


def test_a_rate_of_localisation_after_trade_is_no_change_of_it() -> None:
    today = date(2024, 5, 1)
    for second in ("Lifts are assembled in Karaganda, and the localisation rate has exceeded 45%.",
                   "The level of localization at the joint plant has risen by 12%.",
                   "The market share of Belarusian lifts in Kazakhstan grew by 6%."):
        found = facts(f"In 2023, trade with Kazakhstan totaled $310 million. {second}", partner="KZ", today=today)
        assert [(f.value, f.change) for f in found] == [(310e6, None)], second
    # the trade itself going on still changes
    found = facts("In 2023, trade with Kazakhstan totaled $310 million. It grew by 7% thanks to localised assembly.",
                  partner="KZ", today=today)
    assert [f.change.value if f.change else None for f in found] == [None, 7]


def test_goods_brought_into_the_partner() -> None:
    today = date(2024, 5, 1)
    [fact] = facts("In 2023 imports of Belarusian goods into the Kingdom grew by 15% to $31 million.", partner="SA", today=today)
    assert (fact.metric, fact.product, fact.value) == ("exports", None, 31e6)  # goods of every kind
    [fact] = facts("In 2023 imports of Belarusian dairy products into Saudi Arabia reached $9 million.", partner="SA", today=today)
    assert (fact.metric, fact.product) == ("exports", "dairy")


def test_a_change_before_a_verb_of_passing_a_mark_is_the_amounts() -> None:
    today = date(2024, 5, 1)
    found = facts("Trade with Oman grew by 37% and exceeded $25 million in 2023, while exports doubled.", partner="OM", today=today)
    assert [(f.metric, f.value, f.change.value if f.change else None) for f in found] == [
        ("turnover", 25e6, 37), ("exports", None, 2)]
    found = facts("Exports to Oman grew by 12% and topped $40 million in 2023, and imports fell by 5%.", partner="OM", today=today)
    assert [(f.metric, f.value, f.change.value if f.change else None) for f in found] == [
        ("exports", 40e6, 12), ("imports", None, -5)]


def test_quarters_counted_of_a_year() -> None:
    today = date(2024, 5, 1)
    for text, end in [("In three quarters of 2023, trade with Kazakhstan amounted to $720 million.", "2023-09-30"),
                      ("In 2 quarters of 2023 trade with Kazakhstan amounted to $500 million.", "2023-06-30"),
                      ("In the first three quarters of 2023, trade with Kazakhstan amounted to $720 million.", "2023-09-30")]:
        [fact] = facts(text, partner="KZ", today=today)
        assert fact.period is not None and (fact.period.start, fact.period.end) == ("2023-01-01", end), text
    # three quarters of something is a fraction of it, not months
    [fact] = facts("Trade with Kazakhstan grew by three quarters in 2023 to $720 million.", partner="KZ", today=today)
    assert fact.period is not None and fact.period.end == "2023-12-31"
    assert fact.change is not None and fact.change.value == 75


def test_a_labelled_change_in_brackets() -> None:
    today = date(2024, 5, 1)
    for text, value in [("In 2023 exports to Bryansk Oblast amounted to 244.6 million dollars (growth: 7.1%).", 7.1),
                        ("In 2023 exports to Bryansk Oblast amounted to $244.6 million (growth - 7,1 %).", 7.1),
                        ("In 2023 imports from Bryansk Oblast came to $80 million (decline – 4%).", -4)]:
        [fact] = facts(text, partner="RU-BRY", today=today)
        assert fact.change is not None and (fact.change.kind, fact.change.value) == ("percent", value), text
    # a labelled share is no change
    [fact] = facts("In 2023 exports to Bryansk Oblast amounted to $244.6 million (share: 30%).", partner="RU-BRY", today=today)
    assert fact.change is None


def test_the_sides_aiming_at_a_bare_amount_after_their_trade() -> None:
    today = date(2024, 5, 1)
    found = facts("Trade between Pavlodar region and Belarus reached 61.3 million US dollars in 2023. "
                  "This year the parties plan to reach 80 million.", partner="KZ-55", today=today)
    assert [(f.value, f.currency, f.status) for f in found] == [(61.3e6, "USD", "actual"), (80e6, "USD", "target")]
    # a count of goods is no money; and without trade before it, no figure
    found = facts("Trade reached $61.3 million in 2023. We plan to reach 80 million tonnes of grain.", partner="KZ-55", today=today)
    assert [f.value for f in found] == [61.3e6]
    assert facts("This year the parties plan to reach 80 million.", partner="KZ-55", today=today) == []


def test_the_krai_the_republic_the_territory_refer_back_to_the_partner() -> None:
    today = date(2024, 5, 1)
    for text, partner in [("Vitebsk Oblast and Perm Krai held talks. The krai's exports in 2023 reached $7.1 million.", "RU-PER"),
                          ("Grodno Oblast and the Republic of Bashkortostan held talks. The republic's exports in 2023 "
                           "reached $7.1 million.", "RU-BA"),
                          ("Brest Oblast and Khabarovsk Territory held talks. Exports of the territory in 2023 reached "
                           "$7.1 million.", "RU-KHA")]:
        [fact] = facts(text, partner=partner, today=today)
        assert fact.metric == "imports", text  # the partner's exports are Belarus' imports
    # the oblast word still refers back to the Belarusian oblast
    [fact] = facts("Vitebsk Oblast and Perm Krai held talks. The oblast's exports in 2023 reached $7.1 million.",
                   partner="RU-PER", today=today)
    assert fact.metric == "exports"


def test_partners_ranked_by_their_figures_after_the_trade_spoken_of() -> None:
    today = date(2024, 5, 1)
    found = facts("Trade with Moscow reached $1.4 billion in January-March 2024. Saint Petersburg came second at $610 million. "
                  "Sverdlovsk Oblast followed with $212 million.", partner="RU-MOW", today=today)
    assert [(f.partner, f.value, f.period.end if f.period else None) for f in found] == [
        ("RU-MOW", 1.4e9, "2024-03-31"), ("RU-SPE", 610e6, "2024-03-31"), ("RU-SVE", 212e6, "2024-03-31")]
    # a place that opens a sentence with no ranking is no such figure; nor a ranking with no trade before it
    assert len(facts("Trade with Moscow reached $1.4 billion in January-March 2024. Saint Petersburg invested $610 million "
                     "in a new port.", partner="RU-MOW", today=today)) == 1
    assert facts("Saint Petersburg came second at $610 million.", partner="RU-MOW", today=today) == []


def test_the_price_one_item_sells_for_is_no_trade() -> None:
    today = date(2024, 5, 1)
    assert facts("A Belarus-3522 tractor sells in Kazakhstan for about $61,000.", partner="KZ", today=today) == []
    assert facts("The MAZ city bus retails at $130,000 in Kazakhstan.", partner="KZ", today=today) == []
    # what was sold for a sum is
    [fact] = facts("In 2023 Belarus sold combines to Kazakhstan for $95 million.", partner="KZ", today=today)
    assert (fact.metric, fact.value) == ("exports", 95e6)


def test_a_partner_that_will_buy_belarusian_goods_takes_belarus_exports() -> None:
    today = date(2024, 5, 1)
    for text in ("Lagos State will buy Belarusian tractors worth $25 million.",
                 "Lagos State plans to purchase Belarusian buses worth $25 million.",
                 "Nigeria imports Belarusian potash worth $25 million a year."):
        [fact] = facts(text, partner="NG", today=today)
        assert fact.metric == "exports", text
    [fact] = facts("Belarus will buy Nigerian cocoa worth $25 million.", partner="NG", today=today)
    assert fact.metric == "imports"


def test_the_period_going_on_is_the_figures_not_the_level_it_is_compared_with() -> None:
    found = facts("Trade with Zimbabwe rose to $78 million in January-October 2023, from $51 million in January-October "
                  "2022. Exports of tractors to Zimbabwe were valued at $6 million during the period.", partner="ZW",
                  today=date(2024, 5, 1))
    assert [(f.value, f.period.start if f.period else None) for f in found] == [
        (78e6, "2023-01-01"), (51e6, "2022-01-01"), (6e6, "2023-01-01")]
    # a period named last by the figure itself still goes on
    found = facts("Trade with Zimbabwe was $51 million in 2022 and $78 million in 2023. Exports of tractors were valued at "
                  "$6 million during the period.", partner="ZW", today=date(2024, 5, 1))
    assert found[-1].period is not None and found[-1].period.start == "2023-01-01"


def test_the_months_a_sentence_on_trade_names_go_on_to_its_figures() -> None:
    today = date(2024, 5, 1)
    found = facts("Belarus summed up January-March trade with Russian regions.", "Trade with Moscow reached $1.4 billion, up 6.3%.",
                  partner="RU-MOW", today=today)
    assert [(f.period.start, f.period.end) if f.period else None for f in found] == [("2024-01-01", "2024-03-31")]
    # the one month of an event is no period of the figures
    found = facts("In March the sides discussed trade with Russian regions.", "Trade with Moscow reached $1.4 billion, up 6.3%.",
                  partner="RU-MOW", today=today)
    assert [f.period for f in found] == [None]


def test_a_fiscal_year_with_its_months_stated_in_brackets() -> None:
    today = date(2024, 9, 1)
    for text, span in [("Trade with Bangladesh reached $96 million in the 2022/2023 fiscal year (July-June).",
                        ("2022-07-01", "2023-06-30")),
                       ("Trade with Bangladesh reached $96 million in the 2023-2024 financial year (April – March).",
                        ("2023-04-01", "2024-03-31"))]:
        [fact] = facts(text, partner="BD", today=today)
        assert fact.period is not None and (fact.period.start, fact.period.end) == span, text
    # with no months stated for a partner whose fiscal year is not known, or months that are no year of twelve, no
    # calendar period
    for text, partner in (("Trade with Bhutan reached $96 million in fiscal year 2022/2023.", "BT"),
                          ("Trade with Bangladesh reached $96 million in fiscal year 2022/2023 (July-December).", "BD")):
        [fact] = facts(text, partner=partner, today=today)
        assert fact.period is None, text


def test_dinars_are_the_partner_countrys_or_of_no_known_currency() -> None:
    today = date(2024, 9, 1)
    for partner, code in [("IQ", "IQD"), ("DZ", "DZD"), ("RS", "RSD")]:
        [fact] = facts("In 2023 trade amounted to 3 billion dinars.", partner=partner, today=today)
        assert (fact.value, fact.currency) == (3e9, code), partner
    [fact] = facts("In 2023 trade amounted to 3 billion dinars.", partner="VN", today=today)
    assert (fact.value, fact.currency) == (3e9, None)  # which dinar is not known: none rather than a guess


def test_a_fiscal_year_written_short_with_its_months() -> None:
    today = date(2024, 9, 1)
    [fact] = facts("Exports to Pakistan stood at $44.1 million during FY2022-23 (July-June).", partner="PK", today=today)
    assert fact.period is not None and (fact.period.start, fact.period.end) == ("2022-07-01", "2023-06-30")
    [fact] = facts("Exports to Bhutan stood at $44.1 million during FY2022-23.", partner="BT", today=today)
    assert fact.period is None  # the months not stated, nor known for the partner: no calendar period



def test_a_sentence_on_what_the_total_is_made_of_keeps_the_total_spoken_of() -> None:
    today = date(2023, 5, 1)
    for middle in ("The bulk of it is Belarusian exports.", "Most of this is imports from the region.",
                   "Exports make up almost all of it."):
        found = facts(f"Trade totalled $30 million in 2022. {middle} This year the parties aim at $40 million.", today=today)
        assert [(f.metric, f.value, f.status) for f in found] == [("turnover", 30e6, "actual"), ("turnover", 40e6, "target")]
    # a sentence on a flow of its own, no part of the figure just given: the goal goes on with it
    found = facts("Trade totalled $30 million in 2022. Most of the exports are dairy products. "
                  "This year the parties aim at $10 million.", today=today)
    assert [(f.metric, f.value) for f in found] == [("turnover", 30e6), ("exports", 10e6)]


def test_what_the_sides_had_after_a_figure_of_trade_is_their_trade() -> None:
    today = date(2023, 9, 1)
    found = facts("Trade hit $14 million in January-June. For the whole of last year we had some $25 million.", today=today)
    assert [(f.metric, f.value, f.period.start if f.period else None) for f in found] == [
        ("turnover", 14e6, "2023-01-01"), ("turnover", 25e6, "2022-01-01")]
    found = facts("Exports rose to $9 million in the first quarter. In 2022 the two countries had $30 million.", today=today)
    assert [(f.metric, f.value) for f in found][1:] == [("turnover", 30e6)]
    # what the sides had is named after the amount: no trade
    for other in ("We had $5 million in losses last year.", "We have $2 million worth of unpaid bills."):
        found = facts(f"Trade hit $14 million in January-June. {other}", today=today)
        assert [f.value for f in found] == [14e6]


def test_what_the_sides_reached_after_a_flow_is_their_trade_whatever_follows_it() -> None:
    today = date(2023, 3, 1)
    found = facts("Belarusian exports made up $900 million in 2022, while imports came to $300 million. "
                  "\"In 2022 we reached $1.2 billion, and this is a record,\" he said.", today=today)
    assert [(f.metric, f.value) for f in found] == [("exports", 900e6), ("imports", 300e6), ("turnover", 1.2e9)]
    # a bare amount of the sides' goal, in the currency of the figure before
    found = facts("Belarusian exports reached $61 million in 2022. This year the parties plan to reach 70 million.", today=today)
    assert [(f.metric, f.value, f.currency, f.status) for f in found][1:] == [("turnover", 70e6, "USD", "target")]
    # a word before the amount that refers back to the flow keeps it
    found = facts("Belarusian exports made up $900 million in 2021. Now we have exceeded $1 billion, and this is a record.",
                  today=today)
    assert [(f.metric, f.value) for f in found] == [("exports", 900e6), ("exports", 1e9)]


def test_a_goal_of_what_is_made_is_no_trade_goal() -> None:
    today = date(2024, 5, 1)
    for goal in ("This year its output is expected to exceed 2.4 billion tenge.",
                 "Next year its production should reach $30 million."):
        assert facts("Trade with the region grew in 2023. The joint venture has assembled 640 tractors since 2021. " + goal,
                     partner="KZ-63", today=today) == []
    # a bare goal in an article about trade is one of trade
    found = facts("Trade with the region grew in 2023. The joint venture has assembled 640 tractors since 2021. "
                  "The task for next year is $30 million.", partner="KZ-63", today=today)
    assert [(f.metric, f.value, f.status) for f in found] == [("turnover", 30e6, "target")]


def test_a_change_and_the_amount_it_came_to_are_one_figure() -> None:
    found = facts("Last year trade exceeded $95 million; in January-May it grew 1.5 times compared with the same period "
                  "of last year and came to $48.2 million.")
    assert [(f.value, f.change.value if f.change else None) for f in found] == [(95e6, None), (48.2e6, 1.5)]
    found = facts("In 2021 exports rose by 12% on 2020 and came to $20 million.")
    assert [(f.value, f.change.value if f.change else None) for f in found] == [(20e6, 12)]
    # another flow between them comes to its own amount
    found = facts("In 2021 trade grew by 5%, and exports came to $20 million.")
    assert sorted((f.metric, f.value, f.change.value if f.change else None) for f in found) == [
        ("exports", 20e6, None), ("turnover", None, 5)]


def test_two_flows_adding_up_to_the_total_just_given_are_its_parts() -> None:
    # the partner called by the larger region it lies in: the two flows still add up to the two sides' total
    found = facts("In 2021 trade between Brest Oblast and Samara Region reached $52.5 million. Brest companies shipped "
                  "goods worth $38.1 million to the Volga region, and imports came to $14.4 million.", partner="RU-SAM")
    assert [(f.partner, f.metric, f.value) for f in found] == [
        ("RU-SAM", "turnover", 52.5e6), ("RU-SAM", "exports", 38.1e6), ("RU-SAM", "imports", 14.4e6)]
    # flows that do not add up to it are the region's trade with the bloc
    found = facts("In 2021 trade between Brest Oblast and Samara Region reached $52.5 million. Brest companies shipped "
                  "goods worth $90.3 million to the Volga region, and imports came to $14.4 million.", partner="RU-SAM")
    assert [(f.metric, f.value) for f in found] == [("turnover", 52.5e6), ("imports", 14.4e6)]


def test_counts_qualifiers_and_verbs_before_goods_are_no_product() -> None:
    # a count or a unit of the goods: the goods named before it are the product
    [fact] = facts("Exports of Belarusian cheese reached 4,200 tonnes worth $19 million in 2021.")
    assert fact.product == "cheese"
    # a kind of trade, not of goods; the verb of the subject; a verb carrying the goods; where they were sold
    [fact] = facts("Non-energy exports of the krai came to $12 million in 2021.")
    assert fact.product is None
    [fact] = facts("The export of the Vitebsk region constituted 88,5 mln. USD in 2021.")
    assert fact.product is None
    [fact] = facts("Trade with the krai grew: in 2021 about 300 trains ran between it and Minsk, carrying goods worth $2 billion.")
    assert fact.product is None
    [fact] = facts("Exports of Belarusian goods on the Russian market exceeded $3 million in 2021.")
    assert fact.product is None


def test_a_bare_flow_goes_on_from_an_owner_with_a_qualifier_before_the_trade_word() -> None:
    # the partner's own flows: its exports are Belarus' imports
    found = facts("In 2021 the krai's total imports and exports with Belarus came to 90 million dollars, of which exports were "
                  "60 million dollars and imports 30 million dollars.", partner="RU-KDA")
    assert [(f.metric, f.value) for f in found] == [("turnover", 90e6), ("imports", 60e6), ("exports", 30e6)]
    found = facts("In 2021 Krasnodar Krai's overall trade with Belarus came to 90 million dollars, of which exports were "
                  "60 million dollars and imports 30 million dollars.", partner="RU-KDA")
    assert [(f.metric, f.value) for f in found] == [("turnover", 90e6), ("imports", 60e6), ("exports", 30e6)]
    # Belarus' own, with a qualifier too
    found = facts("In 2021 Belarus' overall trade with Krasnodar Krai came to 90 million dollars, of which exports were "
                  "60 million dollars and imports 30 million dollars.", partner="RU-KDA")
    assert [(f.metric, f.value) for f in found] == [("turnover", 90e6), ("exports", 60e6), ("imports", 30e6)]


def test_a_place_closing_or_heading_a_ranking_goes_on_with_the_trade_ranked() -> None:
    lead = "Last year Belarus' trade with Russian regions reached $40 billion. Trade with Moscow was worth $9 billion."
    for ranked in ("Tatarstan rounds out the top five with about $1.2 billion.", "Tatarstan closes the list with $1.2 billion.",
                   "Tatarstan tops the ranking of the Volga regions with $1.2 billion."):
        found = facts(lead, ranked, partner="RU", today=date(2024, 3, 1))
        assert [(f.partner, f.metric, f.value) for f in found][-1] == ("RU-TA", "turnover", 1.2e9), ranked
    # a verb of the kind with no ranking after it ranks nothing
    found = facts(lead, "Tatarstan rounded off the talks with a deal of $1.2 billion.", partner="RU", today=date(2024, 3, 1))
    assert 1.2e9 not in [f.value for f in found]


def test_an_amount_takes_no_metric_from_a_later_clause_with_an_amount_of_its_own() -> None:
    found = facts("Last year trade with the krai came to $760 million, while Belarusian exports to it were just $41 million.",
                  partner="RU-KDA", today=date(2024, 3, 1))
    assert [(f.metric, f.value) for f in found] == [("turnover", 760e6), ("exports", 41e6)]
    found = facts("Last year the krai ranked third with $760 million, while Belarusian exports to it were just $41 million.",
                  partner="RU-KDA", today=date(2024, 3, 1))
    assert [(f.metric, f.value) for f in found] == [("turnover", 760e6), ("exports", 41e6)]
    # a metric after the amount with none of its own is still the amount's
    [fact] = facts("Last year goods worth $41 million went from Belarus to the krai as exports.", partner="RU-KDA",
                   today=date(2024, 3, 1))
    assert fact.metric == "exports"


def test_a_city_listed_with_a_region_before_respective_figures_is_a_partner_of_its_own() -> None:
    found = facts("In 2023 Belarus' trade with China grew. Trade with Sichuan and Chongqing grew 2.4 and 2.1 times "
                  "respectively, driven by food supplies.", partner="CN", today=date(2024, 3, 1))
    assert [(f.partner, f.value, f.change.value if f.change else None) for f in found][-2:] == [
        ("CN-SC", None, 2.4), ("CN-CQ", None, 2.1)]
    found = facts("In 2023 exports to Hubei and Shanghai reached $40 million and $75 million, respectively.", partner="CN",
                  today=date(2024, 3, 1))
    assert [(f.partner, f.metric, f.value) for f in found] == [("CN-HB", "exports", 40e6), ("CN-SH", "exports", 75e6)]


def test_goods_from_a_side_opening_the_sentence_are_its_exports_of_them() -> None:
    lead = "In 2023 the krai's trade with Belarus reached $300 million."
    found = facts(lead, "Powdered milk from Belarus shipped through Novorossiysk grew 2.5 times last year.", partner="RU-KDA",
                  today=date(2024, 3, 1))
    assert [(f.metric, f.product, f.change.value if f.change else None) for f in found][-1] == ("exports", "powdered milk", 2.5)
    found = facts(lead, "Sunflower oil from Krasnodar Krai delivered to Minsk rose 1.5 times last year.", partner="RU-KDA",
                  today=date(2024, 3, 1))
    assert [(f.metric, f.product) for f in found][-1] == ("imports", "sunflower oil")
    # people coming from a place are no goods
    found = facts(lead, "Tourists from Belarus visiting the krai grew 2.5 times last year.", partner="RU-KDA",
                  today=date(2024, 3, 1))
    assert all(f.product is None for f in found)


def test_goods_carried_across_a_country_on_their_way_elsewhere_are_no_trade_with_it() -> None:
    for transit in ("Trade with the krai grew: in 2021 about 300 trains passed through it, carrying goods worth $2 billion.",
                    "Trade with the krai grew: in 2021 trucks in transit through it transported goods worth $2 billion."):
        assert facts(transit) == [], transit
    # goods carried between the two sides are their trade
    [fact] = facts("Trade with the krai grew: in 2021 about 300 trains ran from it to Minsk, carrying goods worth $2 billion.")
    assert (fact.metric, fact.value) == ("turnover", 2e9)


def test_goods_sold_to_shoppers_on_a_marketplace_are_no_trade_figure() -> None:
    for sold in ("Sales of Belarusian goods on Ozon and Wildberries exceeded $3 million in 2021.",
                 "In 2021 sales through the Belarusian pavilion of the online store grew to $3 million.",
                 "Sales of Belarusian cheese on the marketplace topped $3 million in 2021."):
        assert facts(sold) == [], sold
    # sales on a market, or on a day, are trade
    [fact] = facts("Sales of Belarusian goods on the Russian market exceeded $3 million in 2021.")
    assert (fact.metric, fact.value) == ("exports", 3e6)
    [fact] = facts("Belarusian companies sold goods worth $3 million on Monday.")
    assert (fact.metric, fact.value) == ("exports", 3e6)


def test_sales_through_a_named_seller_are_still_trade() -> None:
    [fact] = facts("Sales of Belarusian goods through the Trade House Belarus exceeded $3 million in 2021.")
    assert (fact.metric, fact.value) == ("exports", 3e6)
    assert facts("Sales of Belarusian goods via Wildberries exceeded $3 million in 2021.") == []


def test_the_partners_foreign_trade_with_a_third_country_is_not_with_belarus() -> None:
    found = facts("In 2023, trade between Kursk Oblast and Belarus amounted to $300 million.",
                  "By way of comparison, the oblast's foreign trade turnover with China reached $1.1 billion in 2023, "
                  "and with Kazakhstan $400 million.")
    assert [(f.partner, f.value) for f in found] == [("RU-KRS", 3e8)]


def test_a_flow_to_all_markets_is_the_partners_total_not_trade_with_belarus() -> None:
    found = facts("In 2023, trade between Kursk Oblast and Belarus amounted to $300 million.",
                  "For scale, the region earned $2.1 billion from grain exports to all markets last year, and "
                  "$600 million from supplies of sugar to world markets.", partner="RU-KRS")
    assert [(f.partner, f.value) for f in found] == [("RU-KRS", 3e8)]


def test_to_ship_goods_is_to_export_them() -> None:
    found = facts("Kursk enterprises will ship goods worth $30 million to Belarus this year.",
                  "Gomel plants expect to ship $20 million worth of machinery to the Kursk region in 2022.")
    assert [(f.metric, f.value, f.status) for f in found] == [("imports", 3e7, "target"), ("exports", 2e7, "target")]


def test_places_ranked_with_about_a_figure_each_are_partners_of_the_trade_just_given() -> None:
    found = facts("In January-May 2022, Kursk Oblast was the largest trading partner of Belarus among these regions, "
                  "with trade of $420 million.",
                  "Next come Oryol Oblast with about $310 million and Tambov Oblast with almost $150 million.",
                  "Trade with Lipetsk Oblast grew by 4% to $96 million.")
    assert [(f.partner, f.value, f.period.end if f.period else None) for f in found] == [
        ("RU-KRS", 4.2e8, "2022-05-31"), ("RU-ORL", 3.1e8, "2022-05-31"), ("RU-TAM", 1.5e8, "2022-05-31"),
        ("RU-LIP", 9.6e7, "2022-05-31")]


def test_a_flow_with_a_counted_group_of_places_is_no_one_partners() -> None:
    found = facts("In January-May 2022, trade between Belarus and Kursk Oblast reached $420 million.",
                  "Belarusian exports to the four regions combined totalled $1.3 billion over the five months, and "
                  "trade with these seven countries came to $5 billion.")
    assert [(f.partner, f.value) for f in found] == [("RU-KRS", 4.2e8)]
    # a count that is no group of places is no sum over them
    assert [f.value for f in facts("Trade with Kursk Oblast reached $90 million in 2021, up 5% on the two years before.")] \
        == [9e7]


def test_a_group_of_goods_accounting_for_a_figure_goes_on_with_the_flow_just_asked_about() -> None:
    found = facts("— And what does Belarus buy from the region?",
                  "— Sugar beet, grain and seeds. Sugar beet alone accounted for almost $12 million in 2021.")
    assert [(f.metric, f.product, f.value, f.period.start if f.period else None) for f in found] == [
        ("imports", "sugar beet", 1.2e7, "2021-01-01")]


def test_a_figure_of_the_partner_together_with_other_places_is_no_ones() -> None:
    # "Together with X and Y, the turnover ...": a group's figure, of no one partner
    found = facts("In 2021 the turnover of the okrug with Belarus came to $50 million. Together with the Tomsk region and "
                  "Yamal, the turnover of the three regions with Belarus exceeded $410 million.", partner="RU-KHM")
    assert [(f.partner, f.value) for f in found] == [("RU-KHM", 50e6)]
    # (negative) a Belarusian party joined to the figure, a place joined after the figure, no place joined
    found = facts("Together with Belarusian partners, the okrug's trade with Belarus exceeded $410 million in 2021.",
                  partner="RU-KHM")
    assert [(f.partner, f.value) for f in found] == [("RU-KHM", 410e6)]
    found = facts("Together with machinery, food products made up the trade of $40 million with the Tomsk region in 2021.",
                  partner="RU-KHM")
    assert [(f.partner, f.value) for f in found] == [("RU-TOM", 40e6)]


def test_it_after_a_side_in_the_figures_clause_is_the_place_the_sentence_opens_with() -> None:
    found = facts("Rostov Oblast remains the region's largest partner in the south of Russia: Brest companies traded with "
                  "it for almost $96 million in 2021.", partner="RU-STA")
    assert [(f.partner, f.value) for f in found] == [("RU-ROS", 96e6)]
    found = facts("The Rostov region is the largest buyer in the south of Russia: exports to it reached $50 million in "
                  "2021.", partner="RU-STA")
    assert [(f.partner, f.metric, f.value) for f in found] == [("RU-ROS", "exports", 50e6)]
    # (negative) a place of the figure's own clause is its partner, whatever "it" refers to
    found = facts("Rostov Oblast is a big market of the south of Russia: trade with Krasnodar Krai, next to it, reached "
                  "$70 million in 2021.", partner="RU-STA")
    assert [(f.partner, f.value) for f in found] == [("RU-KDA", 70e6)]


def test_a_span_of_time_after_the_trade_is_no_product() -> None:
    [fact] = facts("Our task is to reach $100 million of trade in two or three years.")
    assert (fact.status, fact.product) == ("target", None)
    [fact] = facts("Our task is to reach $100 million of trade in dairy products in 2023.")
    assert fact.product == "dairy"


def test_a_range_whose_first_bound_leaves_its_scale_to_the_second_is_its_middle() -> None:
    # "$300 and $320 million" had read $300 and $320 million as one sum: $160,000,150
    [fact] = facts("Next year we expect trade with the oblast to come to between $300 and $320 million, the chairman said.",
                   today=date(2025, 6, 4))
    assert (fact.value, fact.currency, fact.status) == (310e6, "USD", "target")
    [fact] = facts("This year trade with Kursk Oblast should reach between 1.2 and 1.5 billion rubles.", today=date(2025, 6, 4))
    assert (fact.value, fact.currency) == (1.35e9, "RUB")
    # each bound with its own scale stays as it was; years "between 2019 and 2023" are no bound of a sum
    [fact] = facts("Trade with Kursk Oblast reached between $130 million and $135 million in 2024.", today=date(2025, 6, 4))
    assert fact.value == 132.5e6
    [fact] = facts("Between 2019 and 2023, trade with Kursk Oblast reached $40 million a year.", today=date(2025, 6, 4))
    assert fact.value == 40e6


def test_goods_end_at_a_verb_of_falling_or_rising() -> None:
    # "food products decreased" was given as the product
    [fact] = facts("Imports of Belarusian food products decreased by 11 percent to $30.5 million last year.")
    assert (fact.metric, fact.product, fact.value) == ("exports", "food", 30.5e6)
    [fact] = facts("Supplies of Belarusian cheese jumped by 30% to $20 million in 2021.")
    assert (fact.product, fact.value) == ("cheese", 20e6)


def test_trade_with_the_regions_of_a_federal_district_is_no_partners() -> None:
    found = facts("Trade between Kursk Oblast and Belarus rose 1.3 times in 2021 to $402 million.",
                  "Belarus's trade with the regions of the Central Federal District as a whole exceeded $9.1 billion in 2021.",
                  "Trade with the constituent entities of the Volga Federal District reached $3 billion in 2021.")
    assert [(f.partner, f.value) for f in found] == [("RU-KRS", 402e6)]


def test_cargo_shipped_through_a_port_is_freight_not_trade() -> None:
    found = facts("Trade between Kursk Oblast and Belarus amounted to $48.5 million in 2021.",
                  "Belarusian cargo shipped through the ports of the region to Iran and India grew 2.5 times last year, "
                  "to 310,000 tonnes.",
                  "Transit shipments of Belarusian potash through the port rose 40% in 2021.",
                  "Exports of Belarusian milk to the region grew 2.5 times last year.")
    assert [(f.partner, f.metric, f.product) for f in found] == [("RU-KRS", "turnover", None), ("RU-KRS", "exports", "milk")]


def test_money_allocated_or_invested_after_the_amount_is_not_trade() -> None:
    found = facts("Trade between Kursk Oblast and Belarus reached $600 million in 2021.",
                  "This year 1.1 billion rubles have been allocated from the Union State budget for the programme.",
                  "Some $20 million was invested in the new plant.",
                  "Belarusian goods worth $30 million were supplied to the region in 2021.")
    assert [(f.metric, f.value) for f in found] == [("turnover", 600e6), ("exports", 30e6)]


def test_and_that_opens_a_clause_of_its_own() -> None:
    # the prices of the clause before had made the goal's figure a price's
    found = facts("Trade between Kursk Oblast and Belarus reached $1.19 billion in 2024.",
                  "The governor said that the decline was caused mainly by lower prices and that the region intends to "
                  "bring trade with Belarus back to $1.3 billion this year.", today=date(2025, 6, 5))
    assert [(f.value, f.status) for f in found] == [(1.19e9, "actual"), (1.3e9, "target")]


def test_the_partners_own_partner_told_with_a_figure_is_no_trade_with_belarus() -> None:
    today = date(2024, 5, 1)
    # the partner's trade with a third place: "the region's", "of the region", "the region ... with", the partner's name
    found = facts("Trade between Pavlodar region and the Gomel region reached $40 million in 2023.",
                  "The region's main foreign trade partner is the Altai Krai of Russia, with trade of over $900 million.",
                  "Pavlodar region's largest partner in Europe remains Germany, with a turnover of $300 million.",
                  partner="KZ-55", today=today)
    assert [(f.partner, f.value) for f in found] == [("KZ-55", 40e6)]
    # "the region" after a region the gazetteer does not know ("Naryn region") is not known to be the Belarusian one
    found = facts("Trade between Naryn region and the Brest region came to $5 million in 2023.",
                  "The main trade partner of the region is China, with a turnover of $120 million.",
                  "The region also trades actively with Russia's Omsk region, with a turnover of about $70 million.",
                  "Kazakhstan remains the region's second partner, with trade of $60 million.",
                  partner="KG", today=today)
    assert [(f.partner, f.value) for f in found] == [("KG", 5e6)]
    found = facts("Trade between the Mogilev region and Pavlodar region reached $96 million in 2023.",
                  "The largest trade partner of Pavlodar region remains the Omsk region, with a turnover of $1.1 billion.",
                  partner="KZ-55", today=today)
    assert [(f.partner, f.value) for f in found] == [("KZ-55", 96e6)]
    # a Belarusian side's partner, and the partner's trade told plainly, stay
    found = facts("Trade with Omsk region reached $70 million in 2023.",
                  "The Gomel region's largest partner in Russia is the Omsk region, with a turnover of $55 million.",
                  partner="RU-OMS", today=today)
    assert [(f.partner, f.value) for f in found] == [("RU-OMS", 70e6), ("RU-OMS", 55e6)]
    found = facts("The Gomel region trades with Omsk.",
                  "The region's largest partner remains Tyumen Oblast, with a turnover of $90 million.",
                  partner="RU-OMS", today=today)
    assert [(f.partner, f.value) for f in found] == [("RU-TYU", 90e6)]
    # the article's partner, or a place of its country, is no partner of its own: the owner is the Belarusian side
    found = facts("Trade between the Mogilev region and Pavlodar region reached $96 million in 2023.",
                  "Its main partner in Kazakhstan is the Pavlodar region, with a turnover of $90 million.",
                  "The region's largest partner remains Kazakhstan, with a turnover of $1.4 billion.",
                  partner="KZ-55", today=today)
    assert [f.value for f in found] == [96e6, 90e6, 1.4e9]
    # a place leading with its figure owns nothing
    found = facts("Trade with Uzbekistan grew in 2023.", "Tashkent region leads, with a turnover of $300 million.",
                  partner="UZ", today=today)
    assert [(f.partner, f.value) for f in found] == [("UZ-TO", 300e6)]


def test_the_partners_country_as_a_whole_is_the_country() -> None:
    today = date(2024, 5, 1)
    lead = "Trade between the Grodno region and Kostanay region reached $20 million in 2023."
    for text in ("With Kazakhstan as a whole, the oblast's trade came to $150 million last year.",
                 "Trade with the Republic of Kazakhstan overall came to $150 million last year."):
        found = facts(lead, text, partner="KZ-39", today=today)
        assert [(f.partner, f.value) for f in found] == [("KZ-39", 20e6), ("KZ", 150e6)]
    # the country named with no such words, in an article on its region, is still the region
    found = facts(lead, "With Kazakhstan, the oblast's trade came to $150 million last year.", partner="KZ-39", today=today)
    assert [(f.partner, f.value) for f in found] == [("KZ-39", 20e6), ("KZ-39", 150e6)]


def test_a_change_told_also_in_money_is_a_change_with_no_value() -> None:
    today = date(2024, 5, 1)
    for words, sign in (("more than a year earlier", 1), ("less than in the same period of 2023", -1)):
        found = facts(f"Trade reached $50 million in January-March 2024. This is 12 percent, or $5.4 million, {words}.",
                      partner="AZ", today=today)
        assert [(f.value, f.change.value if f.change else None) for f in found] == [(50e6, None), (None, sign * 12.0)]
    # the money before the percent, in brackets, or after "by"; a change with its money and then the level reached
    for text in ("This is $5.4 million, or 12 percent, more than a year earlier.",
                 "This is 12% ($5.4 million) more than a year earlier.",
                 "Trade grew by 12 percent, or $5.4 million, compared with a year earlier.",
                 "Trade went up by $5.4 million, or 12 percent, year on year."):
        found = facts(f"Trade reached $50 million in January-March 2024. {text}", partner="AZ", today=today)
        assert [(f.value, f.change.value if f.change else None) for f in found] == [(50e6, None), (None, 12.0)]
    found = facts("Exports rose 12 percent, or $5.4 million, to $50 million in January-March 2024.", partner="AZ",
                  today=today)
    assert [(f.value, f.change.value if f.change else None) for f in found] == [(50e6, 12.0)]
    # a share beside the level reached is no change
    found = facts("Exports rose to $50 million in January-March 2024, or 12 percent of the total.", partner="AZ", today=today)
    assert [(f.value, f.change) for f in found] == [(50e6, None)]


def test_a_passive_flow_with_no_place_goes_where_the_sentence_before_said() -> None:
    today = date(2024, 5, 1)

    def flows(text: str) -> list[tuple[str, float | None]]:
        return [(f.metric, f.value) for f in facts(text, partner="KZ", today=today)]

    # the partner's own view: what it imports from Belarus is Belarus' exports, and so is what "was imported"
    assert flows("Kazakhstan chiefly imports from Belarus lorries, tyres and dairy goods. "
                 "In particular, 900 lorries worth $30 million were imported last year.") == [("exports", 30e6)]
    assert flows("Kazakhstan mainly exports to Belarus grain and metals. "
                 "In particular, grain worth $5 million was exported last year.") == [("imports", 5e6)]
    # Belarus' own view, and no flow told before: the word as it stands
    assert flows("Belarus mainly exports to Kazakhstan lorries and tyres. "
                 "In particular, 900 lorries worth $30 million were exported last year.") == [("exports", 30e6)]
    assert flows("Trade grew last year. In particular, 900 lorries worth $30 million were imported last year.") == [
        ("imports", 30e6)]
    # "it" after the partner, and a sentence before with a figure of its own
    assert flows("Kazakhstan chiefly imports from Belarus lorries and tyres. "
                 "In particular, it imported 900 lorries worth $30 million last year.") == [("exports", 30e6)]
    assert flows("Kazakhstan imported from Belarus goods worth $500 million last year. "
                 "In particular, lorries worth $30 million were imported.") == [("exports", 500e6), ("exports", 30e6)]
    assert flows("Belarus imported goods worth $90 million from Kazakhstan last year. "
                 "In particular, it bought grain worth $30 million.") == [("imports", 90e6), ("imports", 30e6)]


def test_a_city_that_is_a_region_of_its_own_is_listed_with_its_figure() -> None:
    found = facts("In 2023, the leaders in trade with Belarus were Karaganda region ($90 million), the city of Astana "
                  "($60 million) and Pavlodar region ($30 million).", partner="KZ", today=date(2024, 5, 1))
    assert [(f.partner, f.value) for f in found] == [("KZ-35", 90e6), ("KZ-71", 60e6), ("KZ-55", 30e6)]


def test_shed_and_retreated_are_falls() -> None:
    today = date(2025, 3, 1)
    found = facts("Trade with Kazakhstan shed 4.5% in 2024 to $1.1 billion. "
                  "Exports of furniture to Kazakhstan retreated 6 percent to $21.5 million.", partner="KZ", today=today)
    assert [(f.value, f.change.value if f.change else None) for f in found] == [(1.1e9, -4.5), (21.5e6, -6.0)]


def test_a_closer_look_at_part_of_the_period_leaves_the_period_in_force() -> None:
    today = date(2025, 8, 1)

    def spans(*paragraphs: str) -> list[tuple[float | None, str | None, str | None]]:
        return [(f.value, f.period.start if f.period else None, f.period.end if f.period else None)
                for f in facts(*paragraphs, partner="UZ", today=today)]

    # a quarter of the half-year given before, then figures with no period: the half-year's
    assert spans("In January-June 2025, trade with Uzbekistan reached $500 million. In the second quarter alone it was "
                 "$270 million. Belarusian tractor exports came to $90 million.") == [
        (500e6, "2025-01-01", "2025-06-30"), (270e6, "2025-04-01", "2025-06-30"), (90e6, "2025-01-01", "2025-06-30")]
    # a period that is not part of the one before is in force after it
    assert spans("In 2024, trade with Uzbekistan reached $900 million. In January-June 2025 it was $500 million. "
                 "Belarusian tractor exports came to $90 million.") == [
        (900e6, "2024-01-01", "2024-12-31"), (500e6, "2025-01-01", "2025-06-30"), (90e6, "2025-01-01", "2025-06-30")]
    # a span a sentence of no figure named is no period of figures to go back to
    assert spans("The plan of trade cooperation, adopted for 2024-2026, ends at the end of this year.",
                 "In January-June 2025, Belarusian supplies to Uzbekistan rose 8% to $500 million. Belarusian tractor "
                 "exports came to $90 million.") == [(500e6, "2025-01-01", "2025-06-30"), (90e6, "2025-01-01", "2025-06-30")]


def test_the_price_of_one_item_is_no_figure_of_trade() -> None:
    today = date(2025, 3, 1)
    found = facts("Some 900 MAZ trucks were exported to Kazakhstan in 2024, worth 96,000 dollars per vehicle. The "
                  "average value of a Belarusian tractor exported to Kazakhstan climbed to 30,000 dollars last year. "
                  "Exports to Kazakhstan came to $800 million per year.", partner="KZ", today=today)
    assert [f.value for f in found] == [800e6]


def test_a_figure_revised_away_is_no_figure() -> None:
    today = date(2025, 3, 1)
    found = facts("The statistics office revised the 2024 turnover with Kazakhstan up from $1.1 billion to $1.15 billion.",
                  partner="KZ", today=today)
    assert [(f.value, f.period.start if f.period else None) for f in found] == [(1.15e9, "2024-01-01")]
    found = facts("The statistics office revised the 2024 turnover with Kazakhstan up to $1.15 billion from the "
                  "preliminary $1.1 billion.", partner="KZ", today=today)
    assert [f.value for f in found] == [1.15e9]
    # a level grown from is still a figure
    found = facts("In 2024, exports to Kazakhstan grew from $700 million to $800 million.", partner="KZ", today=today)
    assert [f.value for f in found] == [700e6, 800e6]


def test_places_where_something_is_after_a_goal_are_no_parties_to_it() -> None:
    today = date(2024, 11, 14)
    found = facts("Trade between Belarus and Kazakhstan in January-September 2024 reached $1.02bn.",
                  '"Within three years we can reach $2bn if the bus assembly lines in Pavlodar and Shymkent are expanded," '
                  "the minister said.", partner="KZ", today=today)
    assert [(f.partner, f.value, f.status) for f in found] == [("KZ", 1.02e9, "actual"), ("KZ", 2e9, "target")]
    # a figure of a region named right after it is the region's
    found = facts("Trade reached $50 million in the Almaty region in 2023.", partner="KZ", today=today)
    assert [(f.partner, f.value) for f in found] == [("KZ-19", 50e6)]


def test_a_rate_a_year_with_a_deadline_after_it_is_of_the_deadline_year() -> None:
    today = date(2024, 11, 26)
    for text in ("The region intends to bring trade with Belarus to $400 million a year by 2026.",
                 "The region plans to raise trade with Belarus to $400 million annually in 2026."):
        [fact] = facts(text, partner="RU-VLA", today=today)
        assert (fact.value, fact.status) == (400e6, "target")
        assert fact.period and (fact.period.start, fact.period.end) == ("2026-01-01", "2026-12-31")
    # a rate alone is of no calendar period
    [fact] = facts("The region intends to bring trade with Belarus to $400 million a year.", partner="RU-VLA", today=today)
    assert (fact.value, fact.period) == (400e6, None)


def test_goods_a_part_is_of_keep_their_name_after_a_demonym() -> None:
    today = date(2024, 10, 1)
    found = facts("In January-June 2024, imports of Belarusian goods to Kazakhstan totalled $400 million. Belarusian "
                  "tractors and trailers accounted for $90 million of these imports, and Belarusian cheese for $12 million.",
                  partner="KZ", today=today)
    assert [(f.value, f.product) for f in found] == [(400e6, None), (90e6, "tractors and trailers"), (12e6, "cheese")]


def test_a_verb_of_change_ends_the_goods_of_a_flow() -> None:
    today = date(2025, 5, 1)
    found = facts("In January-March 2025, purchases of Belarusian goods slumped 15% to $31.2 million, and exports of "
                  "cotton yarn retreated 5% to $4 million.", partner="AZ", today=today)
    assert [(f.value, f.product) for f in found] == [(31.2e6, None), (4e6, "cotton yarn")]


def test_a_belarusian_region_that_exported_overall_gives_its_own_total() -> None:
    today = date(2025, 5, 15)
    found = facts("In 2024, the Mogilev region's trade with China grew to $40 million. Overall, the Mogilev region "
                  "exported goods worth $3.1bn in 2024, with China taking about 1% of the total.", partner="CN", today=today)
    assert [f.value for f in found] == [40e6]
    # to the partner, it is trade with it
    found = facts("Overall, the Mogilev region exported goods worth $30 million to China in 2024.", partner="CN", today=today)
    assert [f.value for f in found] == [30e6]


def test_a_trade_a_relative_clause_gives_the_figure_of_is_its_place() -> None:
    today = date(2025, 2, 20)
    found = facts("In 2024, trade between Minsk and Moscow reached $2.9 billion. Moscow and Minsk also discussed "
                  "Belarus' trade with Russia, which grew to $51 billion in 2024.", partner="RU-MOW", today=today)
    assert [(f.partner, f.value) for f in found] == [("RU-MOW", 2.9e9), ("RU", 51e9)]


def test_the_balance_after_a_figure_keeps_its_period_in_force() -> None:
    today = date(2024, 9, 18)
    found = facts("In January-August 2024, the region's trade with Belarus totalled $30 million. The balance stayed "
                  "positive for Belarus at $4 million.", "Trade with the Brest region alone was $9 million.",
                  partner="UZ-AN", today=today)
    assert [(f.value, f.period.end if f.period else None) for f in found] == [(30e6, "2024-08-31"), (9e6, "2024-08-31")]


def test_a_goal_of_doubling_with_its_own_span_and_a_sum_with_its_own_deadline_are_two_goals() -> None:
    today = date(2025, 2, 20)
    found = facts("The sides intend to triple trade within ten years and reach $900 million by 2028.", partner="RU-MOW",
                  today=today)
    assert [(f.value, f.change.value if f.change else None, f.period.start if f.period else None, f.status)
            for f in found] == [(None, 3.0, None, "target"), (9e8, None, "2028-01-01", "target")]
    # a goal of doubling to a sum is one
    found = facts("We intend to double our trade to $3.5 billion by 2027.", partner="RU-MOW", today=today)
    assert [(f.value, f.change.value if f.change else None) for f in found] == [(3.5e9, 2.0)]
    # and so is a growth reached over a span
    found = facts("Trade rose 12% over the year to $50 million in 2024.", partner="RU-MOW", today=today)
    assert [(f.value, f.change.value if f.change else None) for f in found] == [(50e6, 12.0)]


def test_more_verbs_of_falls_and_rises_and_a_price_apiece() -> None:
    today = date(2025, 3, 1)

    def changes(text: str) -> list[tuple[float | None, float | None]]:
        return [(f.value, f.change.value if f.change else None) for f in facts(text, partner="KZ", today=today)]

    for verb, sign in (("tumbled", -1), ("plummeted", -1), ("sagged", -1), ("weakened by", -1), ("rallied", 1),
                       ("rebounded by", 1)):
        assert changes(f"Belarusian exports to Kazakhstan {verb} 8% to $250 million in 2024.") == [(250e6, sign * 8.0)]
    assert changes("In 2024, 900 buses were shipped to Kazakhstan at $120,000 apiece.") == []


def test_a_figure_whose_clause_names_no_place_goes_on_with_the_figure_before_it() -> None:
    # a Kostanay article: the exports of the oblast's trade with Kazakhstan are Kazakhstan's, not the article's region's
    found = facts("In 2024, trade between Mogilev Region and Kazakhstan amounted to $96.8 million, while exports grew "
                  "by 14 percent.", partner="KZ-39", today=date(2025, 3, 3))
    assert [(f.partner, f.metric) for f in found] == [("KZ", "turnover"), ("KZ", "exports")]
    found = facts("Last year, Gomel Oblast's trade with China totaled $412.7 million, including exports of $96.3 million.",
                  partner="CN-GD", today=date(2025, 3, 3))
    assert [(f.partner, f.metric) for f in found] == [("CN", "turnover"), ("CN", "exports")]
    # (negative) a clause with a place of its own keeps it
    found = facts("Trade between Mogilev Region and Kazakhstan amounted to $96.8 million, while with Kostanay region it "
                  "reached $20 million.", partner="KZ-39", today=date(2025, 3, 3))
    assert [f.partner for f in found] == ["KZ", "KZ-39"]


def test_the_billion_dollar_mark_is_a_billion_dollars() -> None:
    found = facts("Last year our trade with Kursk Oblast reached $832.5 million.",
                  "We are confident that the billion-dollar mark can be reached as early as next year.",
                  today=date(2024, 3, 14))
    assert [(f.value, f.currency, f.status, f.period.start if f.period else None) for f in found][1:] == [
        (1e9, "USD", "target", "2025-01-01")]
    # a billion-dollar project is no sum of trade
    assert len(facts("Last year our trade with Kursk Oblast reached $832.5 million.", "It is a billion-dollar project.",
                     today=date(2024, 3, 14))) == 1


def test_a_fiscal_year_is_read_in_the_partners_fiscal_calendar() -> None:
    today = date(2025, 2, 3)
    cases = [
        ("Pakistan's exports to Belarus were $18.2 million in FY2021-22.", "PK", ("2021-07-01", "2022-06-30")),
        ("Trade between Belarus and Egypt came to $95 million in fiscal year 2021/2022.", "EG", ("2021-07-01", "2022-06-30")),
        ("Indian exports to Belarus reached $70 million in the 2021/22 financial year.", "IN", ("2021-04-01", "2022-03-31")),
        ("In the first half of the current fiscal year, trade with Belarus rose by 9 percent.", "BD",
         ("2024-07-01", "2024-12-31")),
        ("Imports from Belarus came to $12 million in the first quarter of the current fiscal year.", "IN",
         ("2024-04-01", "2024-06-30")),
        ("Trade with Belarus stood at $40 million in the last fiscal year.", "PK", ("2023-07-01", "2024-06-30")),
        ("During October-December of the current fiscal year, exports to Belarus grew by 5 percent.", "PK",
         ("2024-10-01", "2024-12-31")),
    ]
    for text, partner, span in cases:
        [fact] = facts(text, partner=partner, today=today)
        assert fact.period is not None and (fact.period.start, fact.period.end) == span, text


def test_a_fiscal_year_the_text_says_opens_in_a_month() -> None:
    today = date(2025, 2, 3)
    found = facts("The country's fiscal year starts in October.",
                  "Exports to Belarus reached $8 million in fiscal year 2022/2023.", partner="VN", today=today)
    assert [(f.period.start, f.period.end) for f in found if f.period] == [("2022-10-01", "2023-09-30")]
    found = facts("Their fiscal year runs from July to June.", "Trade rose to $8 million in FY2022/23.", partner="VN", today=today)
    assert [(f.period.start, f.period.end) for f in found if f.period] == [("2022-07-01", "2023-06-30")]


def test_the_days_in_brackets_after_a_year_of_another_calendar_are_its_period() -> None:
    today = date(2025, 2, 3)
    cases = [
        ("Belarus imported Iranian goods worth $15 million in the first five months of the current Iranian year "
         "(March 20-August 21, 2024).", "IR", ("2024-03-20", "2024-08-21")),
        ("Trade stood at $60 million in the last fiscal year (July 2022-June 2023).", "VN", ("2022-07-01", "2023-06-30")),
        ("In the first half of the current fiscal year (October 2024-March 2025), trade rose by 4 percent.", "VN",
         ("2024-10-01", "2025-03-31")),
    ]
    for text, partner, span in cases:
        [fact] = facts(text, partner=partner, today=today)
        assert fact.period is not None and (fact.period.start, fact.period.end) == span, text
    # the days of one month are those of an event, no period of a figure
    [fact] = facts("At the talks on 21-22 March 2024 trade was put at $15 million.", partner="IR", today=today)
    assert fact.period is None or fact.period.start[5:7] == fact.period.end[5:7]



def test_a_total_of_some_goods_is_the_partners_total_no_trade_with_belarus() -> None:
    today = date(2024, 9, 1)
    for text in ("Kenya's total horticultural exports reached $1.2 billion in 2023.",
                 "The country's overall non-oil exports rose to $4.5 billion in 2023."):
        assert facts(text, partner="KE", today=today) == [], text
    # the goods' flow to Belarus is still trade with it
    [fact] = facts("Kenya's total horticultural exports to Belarus reached $3.2 million in 2023.", partner="KE", today=today)
    assert (fact.metric, fact.value) == ("imports", 3.2e6)


def test_a_contracts_worth_told_in_a_clause_after_it_is_no_trade() -> None:
    today = date(2024, 11, 12)
    for text in ("The sides reviewed the contract for the supply of 50 tractors to Cuba, signed last year and worth 6 "
                 "million euros.",
                 "The ministers discussed the deal on the delivery of buses to Havana, concluded in May and valued at "
                 "$9 million."):
        assert facts(text, partner="CU", today=today) == [], text
    # goods supplied, worth an amount: still trade
    [fact] = facts("In 2023 Belarus supplied 50 tractors to Cuba, worth 6 million euros.", partner="CU", today=today)
    assert (fact.metric, fact.value, fact.currency) == ("exports", 6e6, "EUR")


def test_goods_of_belarus_imported_into_the_partner_past_an_aside_in_brackets() -> None:
    today = date(2025, 3, 12)
    [fact] = facts("Belarusian cheese worth 410 billion VND (about 16 million USD) was imported into Vietnam last year.",
                   partner="VN", today=today)
    assert (fact.metric, fact.value, fact.currency) == ("exports", 410e9, "VND")


def test_which_after_a_figure_on_other_things_refers_to_them_not_to_the_figure_before() -> None:
    today = date(2024, 8, 21)
    found = facts("In the first half of the year, trade stood at $31 million.",
                  "The machinery shown at the field day, worth $6 million, includes 80 tractors and 12 combines, which will "
                  "go to farmers in the north.", partner="ZM", today=today)
    assert [f.value for f in found] == [31e6]
    # "which" right after the amount: the amount itself, going on from the figure before
    found = facts("In the first half of the year, trade stood at $31 million.",
                  "Last year we passed the mark of $60 million, which we had set in 2020.", partner="ZM", today=today)
    assert [f.value for f in found] == [31e6, 60e6]


def test_fiscal_and_a_split_year_without_the_word_year() -> None:
    [fact] = facts("Bangladesh's imports from Belarus came to $210 million in fiscal 2021-22.", partner="BD", today=date(2024, 2, 1))
    assert fact.period is not None and (fact.period.start, fact.period.end) == ("2021-07-01", "2022-06-30")
    [fact] = facts("Exports to Belarus came to $21 million in fiscal 2022.", partner="BD", today=date(2024, 2, 1))
    assert fact.period is None  # one year of a fiscal calendar: which one is not said


def test_goods_of_an_elided_flow_and_two_goods_before_a_flow() -> None:
    today = date(2025, 2, 1)
    found = facts("In 2024, imports of Belarusian buses amounted to $40 million, and of cheese $9 million.", partner="AZ",
                  today=today)
    assert [(f.value, f.product) for f in found] == [(40e6, "buses"), (9e6, "cheese")]
    found = facts("In 2024, Azerbaijani nut and grape exports to Belarus grew 1.2 times to $8 million.", partner="AZ",
                  today=today)
    assert [(f.metric, f.product) for f in found] == [("imports", "nut and grape")]
    # exports and imports are two flows, no goods
    found = facts("In 2024, exports and imports with Belarus came to $8 million and $5 million respectively.",
                  partner="AZ", today=today)
    assert [f.product for f in found] == [None, None]


def test_goods_of_a_maker_worth_a_sum_are_the_goods() -> None:
    found = facts("Last year, cheese of Savushkin Product worth $3.2 million was shipped to Hunan.", partner="CN",
                  today=date(2025, 5, 1))
    assert [(f.value, f.product) for f in found] == [(3.2e6, "cheese")]


def test_a_region_after_the_figure_where_something_else_is_located_is_not_its_partner() -> None:
    found = facts("The sides agreed to lift mutual trade to $300 million by 2026, and to expand the tractor plant in "
                  "Nghe An province.", partner="VN")
    assert [(f.partner, f.value, f.status) for f in found] == [("VN", 300_000_000, "target")]
    found = facts("The sides agreed to lift mutual trade to $300 million by 2026, and to expand the tractor plant in "
                  "Tula Oblast.", partner="RU-KLU")
    assert [f.partner for f in found] == ["RU-KLU"]
    # (negative) a region after the figure that is no place of something else is still the figure's
    found = facts("Mutual trade reached $30 million last year, up 12%, with Nghe An province ahead.", partner="VN")
    assert [f.partner for f in found] == ["VN-22"]


def test_a_goal_a_year_by_a_year_is_of_that_year() -> None:
    found = facts("Trade between Belarus and Omsk Oblast reached $80 million in January-May. The sides intend to raise "
                  "it to $250 million a year by 2028.", today=date(2025, 7, 1), partner="RU-OMS")
    assert [(f.value, f.status, f.period and f.period.start) for f in found] == [
        (80_000_000, "actual", "2025-01-01"), (250_000_000, "target", "2028-01-01")]
    # (negative) a rate with no year named is of no period
    found = facts("The sides intend to raise mutual trade to $250 million a year.", today=date(2025, 7, 1),
                  partner="RU-OMS")
    assert [(f.value, f.period) for f in found] == [(250_000_000, None)]


def test_a_mark_of_the_money_named_before_in_the_sentence() -> None:
    found = facts("Last year our trade with Belarus reached 54 million dollars, and this year we want to pass the 60 "
                  "million mark.", today=None, partner="RU-TOM")
    assert [(f.value, f.currency, f.status, f.approx) for f in found] == [
        (54_000_000, "USD", "actual", None), (60_000_000, "USD", "target", "over")]
    # (negative) a mark of another thing than the money before it is no figure
    found = facts("Trade reached $54 million, and 2 million tonnes of grain passed the 60 million line.", today=None,
                  partner="RU-TOM")
    assert [f.value for f in found] == [54_000_000]


def test_a_sides_exports_of_goods_or_overall_with_no_destination_are_its_total() -> None:
    today = date(2025, 5, 1)
    lead = "Trade between the Gomel region and Tula Oblast reached $80 million in 2024. "
    for text in ("Overall, enterprises of the Gomel region exported goods worth $4.1 billion in 2024.",
                 "Overall, the Gomel region's exports in 2024 amounted to $4.1 billion.",
                 "Last year the region's exports of goods amounted to $4.1 billion.",
                 "Exports of services reached BYN 640 million.",
                 "Imports of goods amounted to $2.2 billion."):
        assert [f.value for f in facts(lead + text, partner="RU-TUL", today=today)] == [80e6], text
    # goods going to a place, or to "the region", are still trade with it
    for text in ("Exports of goods to Tula Oblast amounted to $50 million.",
                 "Overall, exports of the Gomel region to the oblast amounted to $50 million."):
        assert [f.value for f in facts(lead + text, partner="RU-TUL", today=today)] == [80e6, 50e6], text


def test_the_regions_flow_to_a_foreign_place_is_the_belarusian_regions_where_both_sides_were_named() -> None:
    # the Belarusian oblast and two foreign regions named: "the region" shipping to one of them is the Belarusian one
    lead = "The Vitebsk region held talks with Pskov Oblast and then with Henan Province. "
    found = facts(lead + "Exports of the region to Henan Province rose 1.4 times to $12.5 million.", partner="RU-PSK")
    assert [(f.partner, f.metric, f.value) for f in found] == [("CN-HA", "exports", 12.5e6)]
    # the foreign region's goods named by where they came from: still the foreign region's, Belarus' imports
    found = facts("The Vitebsk region held talks with Pskov Oblast. Exports of the region to Belarus rose to $12.5 million.",
                  partner="RU-PSK")
    assert [(f.partner, f.metric, f.value) for f in found] == [("RU-PSK", "imports", 12.5e6)]


def test_the_largest_buyers_of_a_belarusian_places_goods_each_with_its_figure_are_its_exports() -> None:
    today = date(2025, 8, 1)
    lead = "In January-June 2025, trade with Russia reached $2.3 billion. "
    for noun in ("buyers", "importers"):
        found = facts(lead + f"The largest {noun} of Vitebsk products were St Petersburg ($94.1 million) and Pskov Oblast "
                      "($40.2 million).", partner="RU", today=today)
        assert [(f.partner, f.metric, f.value) for f in found][1:] == [
            ("RU-SPE", "exports", 94.1e6), ("RU-PSK", "exports", 40.2e6)], noun
    # a buyer of the partner's goods: Belarus buys, its imports
    [fact] = facts("Belarus is the largest buyer of Uzbek cotton ($150 million).", partner="UZ", today=today)
    assert (fact.metric, fact.value) == ("imports", 150e6)


def test_st_petersburg_without_a_full_stop_is_a_region_of_its_own() -> None:
    found = facts("In 2024 trade with Moscow ($900 million) and St Petersburg ($310 million) grew.", partner="RU-MOW",
                  today=date(2025, 3, 1))
    assert [(f.partner, f.value) for f in found] == [("RU-MOW", 900e6), ("RU-SPE", 310e6)]


def test_partner_regions_ranked_each_with_its_figure_are_their_trade() -> None:
    today = date(2025, 2, 1)
    lead = "In 2024 the Gomel region's trade with Russia reached $4.9 billion. "
    found = facts(lead + "The main partner regions were Bryansk Oblast ($610 million) and Moscow ($540 million).",
                  partner="RU-BRY", today=today)
    assert [(f.partner, f.metric, f.value, f.period and f.period.start) for f in found][1:] == [
        ("RU-BRY", "turnover", 610e6, "2024-01-01"), ("RU-MOW", "turnover", 540e6, "2024-01-01")]
    # partners with no figure: nothing
    assert len(facts(lead + "The partner regions also include Kursk Oblast and Oryol Oblast.", partner="RU-BRY",
                     today=today)) == 1


def test_a_lead_summing_up_the_results_of_a_year_gives_its_figures_that_year() -> None:
    today = date(2025, 1, 20)
    lead = "The committee summed up the results of the oblast's foreign economic activity in 2024."
    [fact] = facts(lead, "Exports to Samara Oblast grew 1.3 times to $18.2 million.", partner="RU-SAM", today=today)
    assert fact.period and (fact.period.start, fact.period.end) == ("2024-01-01", "2024-12-31")
    # "for the year" told in January: the year summed up, not the one just begun
    [fact] = facts(lead, "Trade with Samara Oblast for the year totaled $40.1 million.", partner="RU-SAM", today=today)
    assert fact.period and fact.period.start == "2024-01-01"
    # results of talks, no year: no frame
    [fact] = facts("The sides summed up the results of the talks.", "Exports to Samara Oblast grew to $18.2 million.",
                   partner="RU-SAM", today=today)
    assert fact.period is None


def test_a_yearly_goal_by_a_deadline_is_of_the_deadline_year() -> None:
    today = date(2025, 6, 1)
    for rate in ("a year", "per year", "annually"):
        [fact] = facts(f"The sides plan to raise trade to $150 million {rate} by 2028.", partner="RU-SAM", today=today)
        assert fact.status == "target" and fact.period and fact.period.start == "2028-01-01", rate
    # a yearly level with no deadline: still no period
    [fact] = facts("The sides plan to raise trade to $150 million a year.", partner="RU-SAM", today=today)
    assert fact.period is None


def test_exports_of_goods_going_on_from_the_two_sides_trade_are_its_part() -> None:
    today = date(2025, 5, 1)
    found = facts("In 2024, trade with Uzbekistan reached $1.1 billion, and exports of goods amounted to $800 million.",
                  partner="UZ", today=today)
    assert [(f.metric, f.value) for f in found] == [("turnover", 1.1e9), ("exports", 800e6)]
    found = facts("In 2024, trade with Uzbekistan reached $1.1 billion. Exports of goods amounted to $800 million.",
                  partner="UZ", today=today)
    assert [(f.metric, f.value) for f in found] == [("turnover", 1.1e9), ("exports", 800e6)]
