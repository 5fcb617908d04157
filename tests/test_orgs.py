"""Organisations: bodies named in the article, without the people printed next to them."""

from __future__ import annotations

from belcoop.parse import parse_article
from belcoop.parse.orgs import cut_at_person, find_organizations, split_coordination


def test_a_body_never_swallows_the_person_after_it() -> None:
    found = find_organizations("The forum was opened by Chamber of Commerce and Industry of Kyrgyzstan Marat Abdyldaev.",
                               ["Marat Abdyldaev"])
    assert found == ["Chamber of Commerce and Industry of Kyrgyzstan"]
    assert cut_at_person("Tula Oblast Duma Council Nikolai Petrov and Chairman", ["Nikolai Petrov"]) == [
        "Tula Oblast Duma Council", "and Chairman"]


def test_the_body_after_a_person_is_kept() -> None:
    text = ("The talks were held by Chairman of the Standing Committee of Belarus Olga Kuzmina and Chairwoman of the "
            "Legislative Council of the Kaluga Region Irina Savina.")
    found = find_organizations(text, ["Olga Kuzmina", "Irina Savina"])
    assert "Legislative Council of the Kaluga Region" in found
    assert not any("Kuzmina" in f or "Savina" in f or "Chairwoman" in f for f in found)


def test_two_bodies_joined_by_and_are_two() -> None:
    assert split_coordination("Belshina and Yaroslavl Tyre Plant") == ["Belshina", "Yaroslavl Tyre Plant"]
    assert split_coordination("Grodno Azot Company and Novgorod Chemical Plant") == [
        "Grodno Azot Company", "Novgorod Chemical Plant"]
    assert split_coordination("Chamber of Commerce and Industry of Armenia") == ["Chamber of Commerce and Industry of Armenia"]


def test_what_stands_before_a_title_is_no_part_of_the_body() -> None:
    found = find_organizations("Guests from Vietnam Chairman of Brest Oblast Executive Committee met them.", [])
    assert found == ["Brest Oblast Executive Committee"]


def test_the_record_feeds_its_people_to_the_organisations() -> None:
    text = ("DUSHANBE, 3 May 2023 – The business forum was opened by Chamber of Commerce and Industry of Tajikistan Rustam "
            "Nazarov and head of the Belarusian Chamber of Commerce and Industry Oleg Mironov.\n")
    record = parse_article(text, path="x.txt", sha256="0" * 64, record_id="x")
    assert [p.name for p in record.people] == ["Rustam Nazarov", "Oleg Mironov"]
    assert "Chamber of Commerce and Industry of Tajikistan" in record.organizations
    assert not any("Nazarov" in o or "Mironov" in o for o in record.organizations)


def test_a_known_name_in_capitals_is_the_known_name() -> None:
    found = find_organizations("They discussed supplies of BELAZ dump trucks and GOMSELMASH combines to the region.")
    assert found == ["BelAZ", "Gomselmash"]
    assert find_organizations("MAZ and BelAZ trucks") == ["MAZ", "BelAZ"]  # names in capitals already stay as they are


def test_enterprises_known_by_name_alone_are_found() -> None:
    from belcoop.parse.orgs import find_organizations

    found = find_organizations("Mogilevliftmash supplies lifts to Kazan, while KAMAZ and AvtoVAZ buy Belarusian components"
                               " from Mogilevkhimvolokno.", [])
    assert found == ["Mogilevliftmash", "KAMAZ", "AvtoVAZ", "Mogilevkhimvolokno"]


def test_no_body_runs_from_the_headline_into_the_text() -> None:
    from belcoop.parse import parse_article

    record = parse_article("Belarus approves action plan for cooperation with Russia's Novosibirsk Oblast\n\nThe Council of"
                           " Ministers of Belarus approved an action plan for cooperation with the region.",
                           path="x", sha256="0", record_id="x")
    assert record.organizations == ["Council of Ministers of Belarus"]


def test_a_list_inside_a_bodys_name_closed_by_and_is_part_of_it() -> None:
    from belcoop.parse.orgs import find_organizations

    assert find_organizations("The delegation met the Ministry of Food, Agriculture and Light Industry of Mongolia.", []) == [
        "Ministry of Food, Agriculture and Light Industry of Mongolia"]
    assert find_organizations("The Ministry of Investment, Industry and Trade of Uzbekistan signed it.", []) == [
        "Ministry of Investment, Industry and Trade of Uzbekistan"]
    assert find_organizations("He met the Ministry of Trade, Minsk Oblast Governor and others.", []) == ["Ministry of Trade"]


def test_a_body_name_made_of_people_only_is_no_body() -> None:
    from belcoop.parse.orgs import cut_at_person

    assert cut_at_person("Mikhail Suchkov", ["Mikhail Suchkov", "Ivan Petrov"]) == []  # (raised IndexError)


def test_exchanges_and_organizations_are_bodies() -> None:
    from belcoop.parse.orgs import find_organizations, name_spans

    text = "A memorandum between the Belarusian Universal Commodity Exchange and the Kazakh Stock Exchange was signed."
    assert find_organizations(text, []) == ["Belarusian Universal Commodity Exchange", "Kazakh Stock Exchange"]
    assert [text[a:b] for a, b in name_spans(text)] == ["Belarusian Universal Commodity Exchange", "Kazakh Stock Exchange"]
    assert find_organizations("Minsk hosted the Collective Security Treaty Organization summit.", []) == [
        "Collective Security Treaty Organization"]
    # a verb or a noun "exchange" names no body, nor does a word cut by a dash open one
    assert find_organizations("The sides agreed to exchange delegations. Exchange of experience will go on.", []) == []
    assert find_organizations("(AGENCYNEWS- African Press Organization)", []) == ["African Press Organization"]
