"""Rules from blind round 49, on articles of our own: "N ten thousand yuan" is a scale of a translation from Chinese,
a flow to "the countries of Asia" is a bloc's, a clause with a linking verb before a dash names no goods, "our" after
a comma does not turn a flow around, a bulleted list under a flow is read as one sentence, a partner region's "largest
trading partner with $1.6 billion" is its own trade, a place in an aside stops no owner going on, "On the theme" heads
other stories, a building fronted after the town and a name's short form in brackets keep the town as the venue, an
envoy's post in the headline yields to the lead's town, an oblast told as a "State" is the oblast, an agreement is found
after its long parties, a year after a total of several years is the period in force, and a factor against another
party is no change."""
from __future__ import annotations

import pytest

from belcoop.model import Record
from belcoop.parse import parse_article


def parse(body: str, dateline: str = "MINSK, 12 March 2026 (BelTA) –") -> Record:
    return parse_article(f"Regions meet\n\n{dateline} {body}\n", path="t.txt", sha256="0", record_id="t")


def facts(record: Record) -> list[tuple[str | None, str, float | None, str | None]]:
    return [(f.partner, f.metric, f.value, f.currency) for f in record.trade]


def test_tens_of_thousands_are_a_scale() -> None:
    record = parse("This year Grodno Oblast and Jiangsu Province trade volume reached 42170 ten thousand yuan, the province said.")
    assert facts(record) == [("CN-JS", "turnover", 421.7e6, "CNY")]


def test_ten_thousand_alone_is_still_ten_thousand() -> None:
    record = parse("Exports of Grodno Oblast to Jiangsu Province came to ten thousand dollars in 2025.")
    assert [(f.value, f.currency) for f in record.trade] == [(10_000, "USD")]


@pytest.mark.parametrize("bloc", ["the countries of Asia", "Asia", "Europe", "the countries of Europe"])
def test_a_flow_to_a_continent_is_no_partners(bloc: str) -> None:
    record = parse(f"Vitebsk Oblast increased its exports to {bloc} by 14.2% in 2025. Its exports to Jiangsu Province grew "
                   "by 9% to $21 million.")
    assert facts(record) == [("CN-JS", "exports", 21e6, "USD")]


def test_a_clause_with_a_linking_verb_before_a_dash_names_no_goods() -> None:
    record = parse("Trade between Belarus and Shandong reached $300 million. Belarusian exports to the province remain "
                   "small – $42.5 million, though they grew 1.4 times.")
    assert [(f.metric, f.value, f.product) for f in record.trade] == [("turnover", 300e6, None), ("exports", 42.5e6, None)]


def test_goods_before_a_dash_are_still_goods() -> None:
    record = parse("Belarusian exports to Shandong reached $80 million, of which potash fertilizers – $42.5 million.")
    assert ("exports", 42.5e6, "potash fertilizers") in [(f.metric, f.value, f.product) for f in record.trade]


def test_our_after_a_comma_does_not_turn_the_flow() -> None:
    record = parse('"Bashkortostan is a key partner. Last year Mogilev Oblast sold goods worth $90.2 million to the '
                   'republic and imported $31.5 million worth, so our surplus grew," the governor said.')
    assert [(f.metric, f.value) for f in record.trade] == [("exports", 90.2e6), ("imports", 31.5e6)]


def test_our_goods_after_a_verb_of_imports_are_still_belarus_exports() -> None:
    record = parse("Governor Ivan Petrov told the guests from Bashkortostan: you imported our tractors worth $12 million.")
    assert [(f.metric, f.value) for f in record.trade] == [("exports", 12e6)]


_LIST = """Belarus' trade with Kirov Oblast reached $95 million in 2025.

The main Belarusian exports to the region were:
• meat products — $21.6 million;
• buses and trolleybuses — $14.2 million (up 8%);
• glass — $3.3 million."""


def test_the_items_of_a_bulleted_list_are_goods_whole() -> None:
    record = parse_article(f"Kirov trade\n\nMINSK, 2 February 2026 (BelTA) – {_LIST}\n", path="t.txt", sha256="0", record_id="t")
    assert [(f.value, f.product) for f in record.trade] == [
        (95e6, None), (21.6e6, "meat products"), (14.2e6, "buses and trolleybuses"), (3.3e6, "glass")]


def test_products_alone_are_goods_in_general() -> None:
    record = parse("Belarus' exports to Kirov Oblast reached $95 million in 2025; products – $21.6 million of it.")
    assert all(f.product is None for f in record.trade)


def test_the_partners_own_partner_with_a_sum_is_no_fact() -> None:
    record = parse("Trade between Pavlodar region and Brest Oblast reached $31.2 million in 2025. China remains the "
                   "region's largest trading partner with $2.4 billion, followed by Russia.", "PAVLODAR, 3 February 2026 (Kazinform) -")
    assert facts(record) == [("KZ-55", "turnover", 31.2e6, "USD")]


def test_a_belarusian_sides_partner_with_a_sum_stays() -> None:
    record = parse("Russia remains Mogilev Oblast's largest trading partner with $5.2 billion in 2025.")
    assert facts(record) == [("RU", "turnover", 5.2e9, "USD")]


def test_a_place_in_an_aside_about_the_goods_does_not_stop_the_owner_going_on() -> None:
    record = parse("The turnover of Udmurtia with Belarus in 2025 made 7,4 billion rubles. The Udmurt export to Belarus "
                   "made 4,1 billion rubles (pumps and parts of the Izhevsk works), import – 3,3 billion rubles.",
                   "IZHEVSK, 2 February 2026 -")
    assert [(f.metric, f.value) for f in record.trade] == [("turnover", 7.4e9), ("imports", 4.1e9), ("exports", 3.3e9)]


def test_a_place_outside_an_aside_still_stops_it() -> None:
    record = parse("Udmurtia's exports to Belarus made 4,1 billion rubles, and Belarus' imports – 3,3 billion rubles.",
                   "IZHEVSK, 2 February 2026 -")
    assert [(f.metric, f.value) for f in record.trade] == [("imports", 4.1e9), ("imports", 3.3e9)]


def test_on_the_theme_heads_other_stories() -> None:
    record = parse("Trade between Mari El and Belarus reached 4,2 billion rubles in 2025.\n\nOn the theme\n"
                   "Turnover with Kazakhstan grew by 1,4 times (11.02.2026)\nMari El and Uzbekistan open a joint venture (09.02.2026)",
                   "YOSHKAR-OLA, 20 February 2026 -")
    assert facts(record) == [("RU-ME", "turnover", 4.2e9, "RUB")]
    assert [p.code for p in record.partners] == ["RU-ME"]


def test_on_the_theme_of_a_sentence_goes_on() -> None:
    record = parse("Trade between Mari El and Belarus reached 4,2 billion rubles in 2025.\n\nOn the theme of timber, the "
                   "sides agreed that supplies to Belarus grew by 12% to 1,1 billion rubles.", "YOSHKAR-OLA, 20 February 2026 -")
    assert ("RU-ME", "imports", 1.1e9, "RUB") in facts(record)


@pytest.mark.parametrize("building", ["in the House of Government", "at the Kazan Kremlin", "in the Government House"])
def test_a_building_fronted_after_the_town_keeps_the_town_as_venue(building: str) -> None:
    record = parse(f"On 12 March in Kazan, {building}, the deputy prime minister of Tatarstan Ivan Petrov met the delegation "
                   "of the Grodno regional executive committee.", "")
    assert record.venue == "Kazan" and record.event is not None and record.event.type == "meeting"


def test_a_fronted_phrase_of_no_building_passes_nothing_on() -> None:
    record = parse("Last year in Kazan, in the middle of the season, the two sides met in Grodno to talk about timber.", "")
    assert record.venue == "Grodno"


def _venue_of(title: str, lead: str) -> str | None:
    return parse_article(f"{title}\n\n{lead} The parties discussed trade.\n", path="t.txt", sha256="0", record_id="t").venue


def test_an_envoys_post_in_the_headline_yields_to_the_leads_town() -> None:
    assert _venue_of("Governor met with the Consul General of Belarus in Samara",
                     "In Ulyanovsk the Governor of Ulyanovsk Oblast Ivan Petrov held a working meeting with the Consul "
                     "General of the Republic of Belarus in Samara Viktor Sokolov.") == "Ulyanovsk"


def test_an_envoys_post_named_alone_is_still_where_they_met() -> None:
    assert _venue_of("Governor met with the Consul General of Belarus in Samara",
                     "The Governor of Ulyanovsk Oblast Ivan Petrov held a working meeting with the Consul General of "
                     "Belarus in Samara Viktor Sokolov.") == "Samara"


def _side_of(body: str) -> str | None:
    record = parse(body, "HARBIN, 5 November 2025 -")
    return record.belarus_side.code if record.belarus_side else None


def test_an_oblast_told_as_a_state_is_the_oblast() -> None:
    assert _side_of("Vice governor Wang met in Harbin with the delegation of Grodno State of Belarus Republic, headed by "
                    "its deputy chairman. Grodno State is rich in dairy farms.") == "BY-HR"


def test_a_state_university_is_the_citys() -> None:
    record = parse("Tomsk State University and Grodno State University signed a memorandum in Tomsk.", "TOMSK, 5 November 2025 -")
    assert record.venue == "Tomsk" and [p.code for p in record.partners] == ["RU-TOM"]
    assert record.belarus_side is not None and record.belarus_side.code == "BY"


def _kinds(body: str) -> list[str]:
    return [a.kind for a in parse(f"The sides met in Kazan. {body}", "KAZAN, 5 November 2025 -").agreements]


@pytest.mark.parametrize("parties", [
    "the Cabinet of Ministers of the Republic of Tatarstan and the Government of the Republic of Belarus",
    "the Government of the Republic of Tatarstan and the Grodno regional executive committee",
])
def test_an_agreement_signed_earlier_after_its_long_parties(parties: str) -> None:
    assert _kinds(f"Cooperation is based on the agreement between {parties} signed in 2001.") == ["agreement"]


def test_a_far_participle_after_a_clause_signs_nothing() -> None:
    assert _kinds("The plan refers to the agreement on the delivery of tractors to the farms of the region over the "
                  "next five years that the ministers said would be signed soon.") == []


def test_an_aside_on_an_earlier_agreement_does_not_sign_the_roadmap_after_it() -> None:
    assert _kinds("The agreement on trade between Tatarstan and the Government of Belarus, signed in 2001, remains in "
                  "force, and a new roadmap for 2026-2028 is to be signed in the summer.") == ["agreement"]


def test_a_verb_after_a_comma_still_signs_what_follows() -> None:
    assert _kinds("The delegations held talks, signed a roadmap and visited a dairy plant.") == ["roadmap"]


@pytest.mark.parametrize("short", ["(Canton Fair)", "(CIIE)"])
def test_a_names_short_form_in_brackets_keeps_the_town_after_it(short: str) -> None:
    record = parse_article(f"Expo\n\n20 October 2025\n\nOn 15-19 October 2025, the national exposition of Belarus was "
                           f"presented at the 8th China International Import Expo {short} in Shanghai. The exposition "
                           "was organised by the Belarusian Chamber of Commerce.\n", path="t.txt", sha256="0", record_id="t")
    assert record.venue == "Shanghai"


def test_brackets_of_other_words_still_end_the_clause() -> None:
    record = parse("Trade with Shandong grew (the region said in Jinan) and the governor met the ambassador.", "")
    assert record.venue != "Jinan"


@pytest.mark.parametrize("owner", ["Our province", "The province", "Our territory"])
def test_a_word_for_the_place_before_export_is_no_goods(owner: str) -> None:
    record = parse(f"Trade between Heilongjiang and Belarus grew. {owner} export to Belarus was 38560 ten thousand yuan.",
                   "HARBIN, 5 November 2025 -")
    assert [(f.metric, f.value, f.product) for f in record.trade] == [("imports", 385.6e6, None)]


def test_goods_before_export_are_still_goods() -> None:
    record = parse("Trade between Heilongjiang and Belarus grew. Potash export to Heilongjiang was $38 million.",
                   "HARBIN, 5 November 2025 -")
    assert [(f.metric, f.product) for f in record.trade] == [("exports", "Potash")]


_SPANS = """In 2024, trade between Penza Oblast and Belarus amounted to $238.5 million. Over five years, from 2020 to 2024, the
two sides traded goods worth a combined $960 million.

Belarusian supplies to Penza Oblast last year totalled $171.2 million.

Tractors and combines accounted for $58 million of Belarusian exports."""


def test_a_year_after_a_total_of_several_years_is_the_period_in_force() -> None:
    record = parse(_SPANS, "PENZA, 11 March 2025 -")
    periods = {f.value: (f.period.start, f.period.end) if f.period else None for f in record.trade}
    assert periods[960e6] == ("2020-01-01", "2024-12-31")
    assert periods[58e6] == ("2024-01-01", "2024-12-31")


def test_a_quarter_inside_a_half_year_keeps_the_half_year_in_force() -> None:
    record = parse("In January-June 2025, Belarusian exports to Penza Oblast reached $80 million. In the second quarter "
                   "alone they came to $45 million. Potash accounted for $12 million of the exports.", "PENZA, 11 August 2025 -")
    periods = {f.value: (f.period.start, f.period.end) if f.period else None for f in record.trade}
    assert periods[12e6] == ("2025-01-01", "2025-06-30")


@pytest.mark.parametrize("compared", ["almost twice as much as Penza", "twice more than Kazakhstan"])
def test_a_factor_against_another_party_is_no_change(compared: str) -> None:
    record = parse(f"Samara Oblast traded about $450 million worth of goods with Belarus in 2024, {compared}.",
                   "SAMARA, 11 March 2025 -")
    assert [(f.value, f.change) for f in record.trade] == [(450e6, None)]


def test_a_factor_against_a_month_is_a_change() -> None:
    record = parse("In February, exports to Samara Oblast reached $45 million, twice as much as January.", "SAMARA, 11 March 2025 -")
    assert [(f.change.kind, f.change.value) for f in record.trade if f.change] == [("times", 2.0)]


@pytest.mark.parametrize("rate", ["$1,300 of mutual trade per resident", "$45 per capita"])
def test_a_sum_per_person_is_no_trade(rate: str) -> None:
    record = parse(f"Trade between Bryansk Oblast and Gomel Oblast reached $600 million in 2025, or about {rate}.",
                   "BRYANSK, 17 February 2026 -")
    assert facts(record) == [("RU-BRY", "turnover", 600e6, "USD")]


def test_per_a_year_is_still_trade() -> None:
    record = parse("Belarusian exports to Bryansk Oblast are worth $600 million per year.", "BRYANSK, 17 February 2026 -")
    assert [f.value for f in record.trade] == [600e6]


_PLACE_TABLE = """Belarus' trade with the Volga regions grew in the first half of the year.

Trade of Belarus with regions of the Volga, January–June 2026
Region | Trade, USD mln | Change on January–June 2025, % | Belarusian exports, USD mln
Samara Region | 310.2 | +4.4 | 201.7
Penza Region | 77.5 | −2.9 | 40.1

Source: Belstat."""


def test_a_table_of_places_gives_each_rows_figures() -> None:
    record = parse_article(f"Volga trade\n\nPublished: 28.07.2026\n\n{_PLACE_TABLE}\n", path="t.txt", sha256="0", record_id="t")
    assert [(f.partner, f.metric, f.value, f.change.value if f.change else None) for f in record.trade] == [
        ("RU-SAM", "turnover", 310.2e6, 4.4), ("RU-SAM", "exports", 201.7e6, None),
        ("RU-PNZ", "turnover", 77.5e6, -2.9), ("RU-PNZ", "exports", 40.1e6, None)]
    assert all(f.period is not None and (f.period.start, f.period.end) == ("2026-01-01", "2026-06-30") for f in record.trade)


def test_a_table_of_places_with_no_period_is_not_read_as_one() -> None:
    table = _PLACE_TABLE.replace(", January–June 2026", "")
    record = parse_article(f"Volga trade\n\nPublished: 28.07.2026\n\n{table}\n", path="t.txt", sha256="0", record_id="t")
    assert all(f.partner not in ("RU-SAM", "RU-PNZ") or "(table row" not in f.evidence for f in record.trade)


@pytest.mark.parametrize("body", [
    "They reviewed the agreement on trade, economic, scientific and cultural cooperation signed in 2004 between the "
    "Government of Tatarstan and the Grodno Regional Executive Committee.",
    "They discussed the agreement on trade, economic and cultural cooperation between the Government of Belarus and the "
    "Government of Khanty-Mansi Autonomous Okrug – Yugra concluded in 2009.",
])
def test_an_agreement_with_a_listed_subject_and_parties_signed_earlier(body: str) -> None:
    assert _kinds(body) == ["agreement"]

