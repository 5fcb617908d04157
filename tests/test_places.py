from __future__ import annotations

import pycountry
import pytest

from belcoop.parse.partners import choose_parties
from belcoop.parse.places import gazetteer, resolver
from belcoop.parse.text import split_sentences

RUSSIAN_SUBJECTS = {s.code for s in pycountry.subdivisions.get(country_code="RU")}
BELARUS = {s.code for s in pycountry.subdivisions.get(country_code="BY")}
KAZAKHSTAN = {s.code for s in pycountry.subdivisions.get(country_code="KZ")}


def test_every_code_exists_in_iso_3166() -> None:
    for code, place in gazetteer().places.items():
        if "-" in code:
            assert pycountry.subdivisions.get(code=code) is not None, code
        else:
            assert pycountry.countries.get(alpha_2=code) is not None, code
        assert place.country == code.split("-")[0]


def test_required_places_are_all_present() -> None:
    codes = set(gazetteer().places)
    assert codes >= RUSSIAN_SUBJECTS
    assert codes >= BELARUS
    assert codes >= KAZAKHSTAN
    assert {c.alpha_2 for c in pycountry.countries} <= codes


def test_kinds_follow_the_contract() -> None:
    kinds = {"country", "oblast", "krai", "republic", "federal_city", "autonomous_okrug", "autonomous_oblast", "region", "city"}
    assert {p.kind for p in gazetteer().places.values()} <= kinds


@pytest.mark.parametrize(
    "alias, code",
    [
        ("Perm Krai", "RU-PER"), ("Perm Territory", "RU-PER"), ("Perm Region", "RU-PER"), ("Kama region", "RU-PER"),
        ("Perm", "RU-PER"), ("Khabarovsk Territory", "RU-KHA"), ("Primorye", "RU-PRI"), ("Bashkiria", "RU-BA"),
        ("Zabaikalye", "RU-ZAB"), ("Angara region", "RU-IRK"), ("Priangarye", "RU-IRK"),
        ("Yakutia", "RU-SA"), ("Nur-Sultan", "KZ-71"), ("Astana", "KZ-71"), ("Mahiliou Region", "BY-MA"),
        ("Hrodna Oblast", "BY-HR"), ("RU-PER", "RU-PER"), ("kz", "KZ"), ("Russia", "RU"), ("the UAE", "AE"),
        ("Karaganda Oblast", "KZ-35"), ("Minsk Oblast", "BY-MI"), ("Minsk", "BY-HM"),
    ],
)
def test_aliases_resolve(alias: str, code: str) -> None:
    place = resolver().resolve(alias)
    assert place is not None and place.code == code


def test_names_written_with_a_hyphen_or_in_local_spelling_are_found() -> None:
    found = gazetteer().mentions("Delegations of North-Kazakhstan region, Nizhny-Novgorod Oblast, Farg'ona region, "
                                 "Qoraqalpog'iston and the Republic of Mari-El met in East Kazakhstan.")
    assert [m.hit.code for m in found] == ["KZ-59", "RU-NIZ", "UZ-FA", "UZ-QR", "RU-ME", "KZ-63"]


def test_the_angara_region_is_irkutsk_oblast_not_the_river() -> None:
    found = gazetteer().mentions("Buses will go to the Angara region, and Priangarye will send timber.")
    assert [m.hit.code for m in found] == ["RU-IRK", "RU-IRK"]
    assert gazetteer().mentions("The new bridge spans the Angara near the dam.") == []


def test_unknown_name_gets_suggestions() -> None:
    assert "Perm Krai" in resolver().suggest("Pern")


def test_mentions_prefer_the_longest_name() -> None:
    found = gazetteer().mentions("Officials of Minsk Oblast met in Minsk with the Nizhny Novgorod Region delegation.")
    assert [(m.text, m.hit.code) for m in found] == [
        ("Minsk Oblast", "BY-MI"), ("Minsk", "BY-HM"), ("Nizhny Novgorod Region", "RU-NIZ")]
    assert found[1].city is not None


def test_currency_us_is_not_the_united_states() -> None:
    assert gazetteer().mentions("trade reached US 130 million") == []


def parties(title: str, body: str) -> tuple[str | None, list[str], str]:
    gaz = gazetteer()
    found = choose_parties(gaz, title, split_sentences(body), gaz.mentions)
    return (found.partner.code if found.partner else None, [p.code for p in found.partners], found.belarus_side.code)


def test_partner_is_the_region_the_headline_names() -> None:
    assert parties("Belarus, Russia's Kursk Oblast expand trade",
                   "Belarus and Russia's Kursk Oblast discussed trade. Russia and Belarus are allies.") == ("RU-KRS", ["RU-KRS"], "BY")


def test_country_partner_lists_its_regions() -> None:
    result = parties("", "The Minsk Oblast governor met the ambassador of Kazakhstan. Cooperation between Minsk Oblast "
                         "and Kazakhstan grows. Agreements between Pavlodar Oblast and Minsk Oblast are in effect.")
    assert result == ("KZ", ["KZ", "KZ-55"], "BY-MI")


def test_places_named_in_passing_are_not_the_partner() -> None:
    assert parties("Belarus, Uzbekistan step up trade", "Uzbekistan and Belarus agreed on supplies to China.")[0] == "UZ"


def test_a_capital_where_the_talks_are_held_is_the_venue_and_the_country_the_partner() -> None:
    assert parties("Belarus, Uzbekistan hold intergovernmental commission meeting in Tashkent",
                   "TASHKENT, 15 June 2023 (BelTA) – The meeting of the Belarusian-Uzbek commission took place in Tashkent."
                   " The sides signed a protocol.")[0] == "UZ"
    # a city that is itself the party still is: it trades, signs, is named by the headline as the side
    assert parties("Tashkent, Minsk sign cooperation programme",
                   "The Tashkent city administration and Minsk signed a programme. Tashkent will buy buses.")[0] == "UZ-TK"
    assert parties("Belarus, Omsk step up trade", "OMSK, 3 May – Trade between Belarus and Omsk grew. Omsk enterprises buy"
                   " Belarusian lifts.")[0] == "RU-OMS"


def test_another_country_named_as_belarus_pair_in_a_sentence_on_cooperation_is_a_partner() -> None:
    assert parties("Belarus, Nicaragua talks", "Belarus and Nicaragua discussed tractor assembly. The minister met with the"
                   " Deputy Prime Minister of Cuba in Havana. Belarus and Cuba agreed to expand cooperation.")[:2] == (
        "NI", ["NI", "CU"])
    # not one of a list, not sanctions, not a region's own country
    assert parties("Kazakhstan talks", "Kazakhstan and Belarus discussed trade. The Customs Union (Russia, Belarus and"
                   " Armenia) was discussed. The sanctions against Russia and Belarus were discussed.")[1] == ["KZ"]
    assert parties("Perm and Belarus", "Perm Krai and Belarus expand trade. Trade between Belarus and Russia grew.")[1] == [
        "RU-PER"]


def test_a_capital_known_only_as_a_venue_gives_its_country() -> None:
    assert parties("Belarus at Tashkent expo", "Amkodor, Belshina and Grodno Azot presented their products in Tashkent.")[:2] \
        == ("UZ", ["UZ"])
    assert parties("Belarus takes part in forum", "Belarus took part in the Astana International Forum online.")[0] == "KZ"
    assert parties("Made in Belarus", "The Made in Belarus exhibition opened in Almaty.")[0] == "KZ"
    # a city that is a side stays the partner
    assert parties("Gomel and Tashkent", "Trade between Gomel and Tashkent grew.")[0] == "UZ-TK"


def test_a_company_named_after_a_city_is_no_belarusian_side() -> None:
    assert parties("Belarusian plants for Uzbekistan", "Mogilevkhimvolokno and Gomel Glass Plant will supply products to"
                   " Uzbekistan.")[2] == "BY"
    assert parties("Gomel and Tashkent", "Trade between Gomel and Tashkent grew. Gomel Governor Ivan Krupko met the"
                   " khokim.")[2] == "BY-HO"


def test_the_oblast_a_flow_comes_from_is_the_belarusian_side() -> None:
    assert parties("Dairy for Amur", "Exports of dairy products from Mogilev Oblast to Russia's Amur Oblast reached $8.7 million"
                   " in 2023.") == ("RU-AMU", ["RU-AMU"], "BY-MA")
    assert parties("Dairy for Amur", "Exports of dairy products from Belarus to Amur Oblast reached $8.7 million.")[2] == "BY"


def test_the_oblast_whose_delegation_comes_is_the_belarusian_side() -> None:
    assert parties("Kostanay hosts guests", "The akim of Kostanay region received a delegation of Mogilev region led by its "
                   "governor.")[2] == "BY-MA"
    assert parties("Kostanay hosts guests", "The akim of Kostanay region received the Vitebsk Oblast delegation.")[2] == "BY-VI"
    assert parties("Kostanay hosts guests", "The akim of Kostanay region received a delegation from Belarus.")[2] == "BY"


def test_the_oblast_whose_head_meets_the_other_side_is_the_belarusian_side() -> None:
    assert parties("Kostanay hosts guests", "The akim of Kostanay region met with Chairman of the Gomel Oblast Executive "
                   "Committee Ivan Krupko.")[2] == "BY-HO"
    assert parties("Penza looks west", "The head of Penza Oblast met the Governor of Mogilev Oblast.")[2] == "BY-MA"
    # an oblast's head among Belarus' delegation does not outweigh Belarus named as the side
    assert parties("Belarus and Penza Oblast sign a programme", "Belarus and Penza Oblast signed a programme. The Chairman "
                   "of the Gomel Oblast Executive Committee attended.")[2] == "BY"


def test_partners_listed_as_ours_are_partners() -> None:
    _, partners, _ = parties("Belarus, Egypt discuss trade", "Belarus and Egypt discussed trade. Our strategic partners on "
                             "the continent are Egypt, Zimbabwe, Kenya and Nigeria.")
    assert partners == ["EG", "ZW", "KE", "NG"]
    # another place's partners, or places after the list, are not
    _, partners, _ = parties("Heilongjiang eyes Belarus", "Heilongjiang and Belarus discussed trade. The province's main "
                             "trade partners are Russia and Japan. We may well be working with your organizations, as in Russia.")
    assert partners == ["CN-HL"]


def test_belarus_named_by_a_figure_does_not_outweigh_the_oblast_whose_head_talks() -> None:
    assert parties("Samarkand hosts guests", "The khokim of Samarkand region and Chairman of the Minsk Regional Executive "
                   "Committee Vitaly Pavlovsky held talks. Trade between Samarkand region and Belarus totalled $45.6 "
                   "million in January-August.")[2] == "BY-MI"


def test_a_place_a_belarusian_side_visited_and_a_digest_heading_are_partners() -> None:
    _, partners, _ = parties("Digest", "Trade between Belarus and the UAE in 2021 was $327 million. A Belarusian business "
                             "mission visited Oman.")
    assert partners == ["AE", "OM"]
    _, partners, _ = parties("Digest", "Trade between Belarus and the UAE in 2021 was $327 million. OMAN. The parties "
                             "discussed potash supplies.")
    assert partners == ["AE", "OM"]
    # another side's visit is not Belarus'
    _, partners, _ = parties("Vietnam and Belarus", "Vietnam's party leader Tran Van Minh came to Belarus straight after his "
                             "visit to Russia.")
    assert partners == ["VN"]


def test_a_country_named_only_through_a_region_of_its_is_a_partner() -> None:
    # a digest: the main partner is another country; the region has no entry of its own in the gazetteer
    _, partners, _ = parties("Digest", "Trade between Belarus and Peru grew to $20 million last year. Grodno Oblast's "
                             "trade with the Indonesian province is still small. Belarus and Chile expand cooperation.")
    assert partners == ["PE", "CL", "ID"]
    _, partners, _ = parties("Digest", "Belarus and Peru held talks on trade. Peru will buy tractors. Separately, Mogilev "
                             "Oblast signed a memorandum with Kenya's Nakuru County.")
    assert partners == ["PE", "KE"]
    _, partners, _ = parties("Digest", "Belarus and Peru held talks on trade. Peru will buy tractors. Brest Oblast will "
                             "cooperate with Chinese provinces of the north-east.")
    assert partners == ["PE", "CN"]


def test_a_region_word_after_no_owner_or_in_a_name_gives_no_partner() -> None:
    # a people's adjective that begins a place's name ("Thai Binh"), a country not owning the region, no Belarusian side,
    # no cooperation, and the main partner's own country are no partners
    for body in ("Belarus and Peru held talks on trade. Grodno Oblast signed an agreement with Thai Binh Province.",
                 "Belarus and Peru held talks on trade. The Indonesian province of Aceh was hit by floods.",
                 "Belarus and Peru held talks on trade. Grodno Oblast and Kenya, a country of 47 counties, met.",
                 "Belarus and Peru held talks on trade. Grodno Oblast officials saw Chile and its regions on TV."):
        assert parties("Digest", body)[1] == ["PE"], body
    assert parties("Perm Krai", "Perm Krai and Belarus expand trade. Belarus trades with Russian regions.")[1] == ["RU-PER"]


def test_a_page_header_naming_the_sites_owner_sets_no_belarusian_side() -> None:
    # a reprint on an oblast's or a district's site: its header names who publishes, not the party of the story
    body = "Peru's trade minister met the Belarusian ambassador to discuss cooperation between Peru and Belarus."
    assert parties("Gomel Oblast Executive Committee – News – International cooperation", body)[2] == "BY"
    assert parties("Brest Regional Executive Committee | Main / News", body)[2] == "BY"
    # a header whose story part names the oblast keeps it; so does a headline with no section of a site
    assert parties("Gomel Oblast Executive Committee – News – Gomel Oblast, Peru sign roadmap",
                   "Gomel Oblast and Peru signed a roadmap on dairy supplies.")[2] == "BY-HO"
    assert parties("Gomel Oblast Executive Committee hosts Peruvian guests", body)[2] == "BY-HO"


def test_an_oblast_in_one_item_of_a_round_up_is_not_the_pages_side() -> None:
    body = ("Trade between Belarus and Peru reached $25 million in 2023. Grodno Oblast signed a memorandum with an "
            "Indonesian province. Grodno Oblast plans joint fairs with it. Belarusian tractor exports to Chile doubled.")
    assert parties("Week in review", body)[2] == "BY"
    # the oblast's own story, with Belarus named beside one other country only, keeps the oblast
    body = ("Grodno Oblast signed a memorandum with an Indonesian province. Grodno Oblast plans joint fairs with it. "
            "Trade between Belarus and Indonesia reached $25 million. Belarusian tractor exports to Chile doubled.")
    assert parties("Grodno and Indonesia", body)[2] == "BY-HR"
    # several countries named in the oblast's own sentences: the oblast's story, not one item
    body = ("Grodno Oblast trades with Peru and Chile. Grodno Oblast plans joint fairs with Peru. Trade between Belarus "
            "and Cuba grew. Belarusian tractor exports to Mexico doubled.")
    assert parties("Grodno Oblast abroad", body)[2] == "BY-HR"


def test_a_city_of_its_own_with_its_trade_is_the_partner() -> None:
    assert parties("Shymkent", "The akim of Shymkent and the Minister of Industry of Belarus discussed a trade house in the "
                   "city. Shymkent's trade with Belarus has grown to $42.5 million.")[0] == "KZ-79"


def test_a_round_up_of_the_oblasts_is_belarus_side() -> None:
    assert parties("Belarus' regions and Russia", "Brest Oblast signed a programme with Moscow. Vitebsk Oblast strengthened "
                   "ties with St. Petersburg. Gomel Oblast traded with Bryansk Oblast. Grodno Oblast exported to "
                   "Kaliningrad Oblast.")[2] == "BY"


def test_minsk_city_is_the_party_only_where_the_article_names_it() -> None:
    assert parties("Chongqing eyes deeper cooperation with Minsk",
                   "The mayor met the Chairman of the Minsk City Executive Committee. Chongqing and Minsk agreed to "
                   "cooperate.")[2] == "BY-HM"
    assert parties("Belarus, Kursk Oblast expand trade", "The governor of Kursk Oblast met officials in Minsk.")[2] == "BY"


@pytest.mark.parametrize("text, codes", [
    ("Belarus is building its own ports in the Leningrad and Murmansk regions.", ["BY", "RU-LEN", "RU-MUR"]),
    ("Delegations of the Mogilev, Vitebsk and Gomel oblasts arrived.", ["BY-MA", "BY-VI", "BY-HO"]),
    ("Firms of the Bryansk and Smolensk Regions took part.", ["RU-BRY", "RU-SMO"]),
    ("The Altai and Krasnoyarsk territories", ["RU-ALT", "RU-KYA"]),
])
def test_places_sharing_one_plural_head_are_each_a_place(text: str, codes: list[str]) -> None:
    assert [h.code for m in gazetteer().mentions(text) for h in m.hits if h.type == "place"] == codes


def test_names_that_are_no_places_with_a_shared_head_stay_as_they_were() -> None:
    assert gazetteer().mentions("Speakers from the Petrov and Ivanov regions agreed.") == []
    before = gazetteer().mentions("Minsk and Gomel")  # "other" is no name: Minsk stays the city as well
    assert gazetteer().mentions("Minsk and other regions")[0].hits == before[0].hits


@pytest.mark.parametrize("text, found", [
    ("Belarus-Uzbekistan trade grows", [("Belarus", "BY"), ("Uzbekistan", "UZ")]),
    ("Kazakh-Belarusian talks", [("Kazakh", "KZ"), ("Belarusian", "BY")]),
    ("the Russia-Belarus forum", [("Russia", "RU"), ("Belarus", "BY")]),
    ("Ust-Kamenogorsk", [("Ust-Kamenogorsk", "KZ-63")]),  # a name with a hyphen is found whole
    ("Mogilev-based firms", []),  # only words whose every part is capitalised are split
    ("Kassym-Jomart Tokayev", []),
])
def test_places_joined_by_a_hyphen_are_each_found(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.hits[0].code) for m in gazetteer().mentions(text)] == found


def test_a_headline_naming_the_pair_with_a_hyphen_makes_the_country_the_partner() -> None:
    from belcoop.parse import parse_article

    text = ("Belarus-Uzbekistan trade up 20% in 2023\n\nTrade between Belarus and Uzbekistan reached $1.1 billion in 2023, "
            "the Belarusian embassy in Tashkent said on 15 January 2024.")
    record = parse_article(text, "x.txt", "", "x")
    assert record.partner is not None and record.partner.code == "UZ"


def test_a_role_naming_two_places_with_a_hyphen_takes_the_first() -> None:
    from belcoop.parse import parse_article

    text = ("Turkish businessmen visit Minsk\n\nMINSK, 3 June 2023 (BelTA) - Turkey-Belarus Business Council President "
            "Kemal Aydin met Belarusian businessmen in Minsk.")
    people = parse_article(text, "x.txt", "", "x").people
    assert [(p.name, p.country) for p in people] == [("Kemal Aydin", "TR")]


def test_the_other_side_of_cooperation_with_belarus_is_a_partner() -> None:
    body = "Belarus has shipped tractors worth $40 million to Ghana. {}"
    assert parties("", body.format("Belarus also cooperates with Senegal in dairy farming."))[:2] == ("GH", ["GH", "SN"])
    assert parties("", body.format("Minsk Oblast is expanding its cooperation with Omsk Oblast and Tomsk Oblast."))[1][-2:] \
        == ["RU-OMS", "RU-TOM"]
    assert parties("", body.format("Belarusian firms are in talks with Senegal on dairy plants."))[1] == ["GH", "SN"]
    # cooperation with no Belarusian side named; a sanctions sentence; a city (a venue)
    assert parties("", body.format("Ghana also cooperates with Senegal in fishing."))[1] == ["GH"]
    assert parties("", body.format("Sanctions on Belarus limit its cooperation with Senegal."))[1] == ["GH"]
    assert parties("", body.format("Belarus cooperates with Dakar port."))[1] == ["GH"]


def test_belarus_own_pair_stays_the_partner_over_a_place_told_in_passing() -> None:
    found = parties("", "Belarus and Ghana signed a mechanisation agreement. Belarus is running a similar scheme in "
                        "Senegal, where a tractor assembly line was launched in Dakar last year.")
    assert found[0] == "GH"
    # with no pair named, the place named most still leads
    assert parties("", "Belarus supplies tractors to Ghana. Belarus is running a similar scheme in Senegal, where a "
                       "tractor assembly line was launched in Dakar last year.")[0] == "SN"


def test_talks_with_a_delegation_of_a_region_make_it_a_partner() -> None:
    from belcoop.parse import parse_article

    record = parse_article("Belarus and Omsk Oblast discuss cooperation\n\nMINSK, 5 March 2024 (BelTA) - Belarus' delegation "
                           "visited Omsk Oblast. Belarus also held talks with the delegation of Primorsky Krai.\n",
                           path="x.txt", sha256="0", record_id="x")
    assert record.partner is not None and record.partner.code == "RU-OMS"
    assert [p.code for p in record.partners] == ["RU-OMS", "RU-PRI"]


def test_stock_nicknames_of_cities_are_their_aliases() -> None:
    def cities(text: str) -> list[str | None]:
        return [m.city.name if m.city else None for m in gazetteer().mentions(text)]

    assert cities("Trade with Russia's northern capital grew.") == ["Saint Petersburg"]
    assert cities("Buses for the Northern Capital were discussed.") == ["Saint Petersburg"]
    assert cities("A delegation arrived in the Urals capital.") == ["Yekaterinburg"]
    assert cities("The fair opened in Kazakhstan's southern capital.") == ["Almaty"]
    # (negative) a plain "northern" or "southern" region, a capital of no nickname
    assert cities("Kazakhstan's southern regions grow cotton.") == [None]
    assert cities("Russia's northern ports were discussed.") == [None]


def test_a_bodys_name_of_two_peoples_makes_no_partner() -> None:
    from belcoop.parse import parse_article

    record = parse_article("Mogilev, Shaanxi universities sign memorandum\n\nMOGILEV, 5 March 2024 – The Belarusian-Russian "
                           "University and Xi'an Technological University of Shaanxi province signed a memorandum on academic "
                           "exchanges.\n", path="x.txt", sha256="0", record_id="x")
    assert [p.code for p in record.partners] == ["CN-SN"]


def test_a_pair_in_an_events_name_leaves_the_oblast_heading_the_delegation_the_side() -> None:
    from belcoop.parse import parse_article

    record = parse_article("Forum in Samarkand\n\nSAMARKAND, 5 June 2024 – The Uzbekistan-Belarus Interregional Forum has "
                           "opened in Samarkand. The Belarusian delegation is headed by Chairman of the Vitebsk Oblast "
                           "Executive Committee Alexander Subbotin.\n", path="x.txt", sha256="0", record_id="x")
    assert record.belarus_side.code == "BY-VI"


def test_where_belarusian_goods_are_assembled_is_a_partner() -> None:
    from belcoop.parse import parse_article

    record = parse_article("Belarus expands ties with Zimbabwe\n\nHARARE, 5 June 2024 – Belarus exports tractors to Zimbabwe, "
                           "and Belarusian combines are assembled in Kenya.\n", path="x.txt", sha256="0", record_id="x")
    assert [p.code for p in record.partners] == ["ZW", "KE"]


def test_a_part_of_a_continent_is_not_the_united_states() -> None:
    from belcoop.parse.places import gazetteer

    mentions = gazetteer().mentions
    assert [m.hit.code for m in mentions("How Belarus trades with Latin America")] == ["BY"]
    assert [m.hit.code for m in mentions("Belarus looks to North America")] == ["BY"]
    assert [m.hit.code for m in mentions("Trade with America grew.")] == ["US"]
    # nor is its people's adjective: "Latin American", "South American", "Central American"
    assert [m.hit.code for m in mentions("Belarus' trade with Latin American countries grew")] == ["BY"]
    assert [m.hit.code for m in mentions("The South American country buys Belarusian tractors")] == ["BY"]
    assert [m.hit.code for m in mentions("Central American states and American companies")] == ["US"]


def test_an_oblast_opening_the_clause_after_an_intergovernmental_commission_is_the_belarusian_side() -> None:
    # the commission named as a rubric or a setting, the oblast as the one who acts
    assert parties("Intergovernmental commission: Grodno Oblast signs nine contracts",
                   "GRODNO, 3 April 2025 (BelTA) – Grodno Oblast signed nine contracts with companies of Yaroslavl Oblast."
                   " The governor of Yaroslavl Oblast said the region will buy Belarusian dairy equipment.")[2] == "BY-HR"
    assert parties("Grodno Oblast signs nine contracts",
                   "At the session of the Belarusian-Russian Intergovernmental Commission, Grodno Oblast signed nine"
                   " contracts with Yaroslavl Oblast companies. Grodno Oblast will supply milk.")[2] == "BY-HR"
    # the session itself, held in an oblast's city, is the two governments'
    assert parties("Intergovernmental commission meets in Grodno",
                   "The 25th meeting of the Belarusian-Russian Intergovernmental Commission was held in Grodno. Grodno"
                   " Oblast signed nine contracts with Yaroslavl Oblast.")[2] == "BY"


def test_places_joined_to_a_figures_owner_are_no_partners() -> None:
    title = "Omsk Oblast and Belarus expand trade"
    assert parties(title, "Omsk Oblast and Belarus discussed trade. Together with the Tomsk region and Yamal, the "
                   "turnover of the three regions with Belarus exceeded 410 million dollars.")[1] == ["RU-OMS"]
    # (negative) a place joined to what Belarus does with no figure is a side of the cooperation
    assert parties(title, "Omsk Oblast and Belarus discussed trade. Together with the Tomsk region, Belarus set up joint "
                   "ventures.")[1] == ["RU-OMS", "RU-TOM"]

def test_a_region_the_partner_is_ranked_against_is_no_partner() -> None:
    title = "Omsk Oblast and Belarus expand cooperation"
    assert parties(title, "Omsk Oblast and Belarus discussed cooperation. In Siberia the oblast is second only to "
                   "Novosibirsk Oblast in trade with Belarus.")[1] == ["RU-OMS"]
    assert parties(title, "Omsk Oblast and Belarus discussed cooperation. Among the Siberian regions only the Tomsk "
                   "region has a larger turnover with Belarus.")[1] == ["RU-OMS"]
    assert parties(title, "Omsk Oblast and Belarus discussed cooperation. The oblast is Belarus' largest partner in "
                   "Siberia after Novosibirsk Oblast.")[1] == ["RU-OMS"]
    # (negative) a region named beside Belarus' cooperation with no ranking; "only" with no comparison after the place
    assert parties(title, "Omsk Oblast and Belarus discussed cooperation. Belarus also cooperates with Tomsk Oblast in "
                   "trade.")[1] == ["RU-OMS", "RU-TOM"]
    assert parties(title, "Omsk Oblast and Belarus discussed cooperation. Last year Belarus signed an agreement only with "
                   "Tomsk Oblast.")[1] == ["RU-OMS", "RU-TOM"]


def test_the_provinces_of_vietnam_and_their_seats_resolve() -> None:
    # a province named as "Thai ..." is no Thailand: the longer name beats the demonym
    assert parties("Thai Nguyen University and a Belarusian academy sign a deal",
                   "Thai Nguyen University and the Belarusian academy signed an agreement in Thai Nguyen city.")[0] == "VN-69"
    assert parties("Nghe An seeks Belarusian tractors", "The Nghe An People's Committee met Belarusian firms.")[0] == "VN-22"
    assert [getattr(resolver().resolve(name), "code", None) for name in ("Quang Ninh Province", "Ha Long", "Hai Phong")] == [
        "VN-13", "VN-13", "VN-HP"]
    # a province whose name is also a person's given names is found only with its region word
    assert [m.text for m in gazetteer().mentions("Deputy Minister Nguyen Thanh Hoa met them.")] == []
    assert getattr(resolver().resolve("Thanh Hoa Province"), "code", None) == "VN-21"


def test_a_region_named_where_something_is_beside_its_country_does_not_take_the_partner() -> None:
    from belcoop.parse import parse_article

    text = ("Belarus, Vietnam discuss expanding tractor assembly in Long An Province\n\n"
            "MINSK, 3 March (BelTA) - The Belarusian Industry Minister met the Ambassador of Vietnam in Minsk. The "
            "parties discussed the joint venture assembling tractors in Long An Province and supplies to Vietnam.\n")
    record = parse_article(text, path="x", sha256="0", record_id="x")
    assert record.partner is not None and record.partner.code == "VN"
    # named alone, the region after "in" is the partner as ever
    text = ("Days of Belarus held in Kaluga Oblast\n\nThe Days of Belarus opened in Kaluga Oblast on Monday. The "
            "Governor of Kaluga Oblast met the Belarusian delegation.\n")
    record = parse_article(text, path="x", sha256="0", record_id="x")
    assert record.partner is not None and record.partner.code == "RU-KLU"


def test_partner_regions_listed_after_the_key_partner_are_partners_past_a_figure_in_brackets() -> None:
    body = ("In 2024 the Gomel region's trade with Bryansk Oblast reached $610 million. The main partner regions also "
            "include Moscow ($540 million), Kursk Oblast and Oryol Oblast.")
    _partner, partners, _side = parties("Bryansk Oblast remains the Gomel region's key partner", body)
    assert {"RU-BRY", "RU-MOW", "RU-KRS", "RU-ORL"} <= set(partners)
    # another country's partner regions are no partners of Belarus
    body = ("In 2024 the Gomel region's trade with Bryansk Oblast reached $610 million. China's partner regions include "
            "Kursk Oblast.")
    assert "RU-KRS" not in parties("Bryansk Oblast remains the Gomel region's key partner", body)[1]
