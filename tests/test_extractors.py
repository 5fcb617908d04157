"""Text and chrome, sectors, agreements, events and venues, on sentences written for these tests."""

from __future__ import annotations

import pytest

from belcoop.parse.agreements import find_agreements
from belcoop.parse.events import event_type, find_venue
from belcoop.parse.places import gazetteer
from belcoop.parse.sectors import SECTOR_KEYS, find_sectors
from belcoop.parse.text import normalise, split_article, split_sentences

from .conftest import GOMEL_ARTICLE


def test_normalise_quotes_spaces_and_line_ends() -> None:
    assert normalise("\u201cYes\u201d\u00a0it\u2019s\r\nfine") == "\"Yes\" it's\nfine"


def test_chrome_and_related_news_are_not_the_article() -> None:
    art = split_article("Government Bodies\nFlag Wednesday, 17 August 2022\nMinsk +25°C\n3.42 RUB\nAll news\n\n"
                        + GOMEL_ARTICLE + "\nSubscribe to us\n")
    assert art.title == "Gomel Oblast, Russia's Kursk Oblast expand trade"
    assert all("Armenia" not in p and "RUB" not in p for p in art.paragraphs)
    assert art.paragraphs[0].startswith("GOMEL, 12 October (BelTA)")


def test_sentences_keep_abbreviations_initials_and_decimals() -> None:
    text = "Mr. Smith met N.N. Ivanov in St. Petersburg. Trade hit $4.9 billion in 2021. It grew."
    assert split_sentences(text) == ["Mr. Smith met N.N. Ivanov in St. Petersburg.", "Trade hit $4.9 billion in 2021.", "It grew."]
    # abbreviated months joined by a dash: "Jan.-Feb. 2024" ends no sentence
    assert split_sentences("In Jan.-Feb. 2024 trade grew. In Jan.\u2013Sept. 2023 it fell. The end.") == [
        "In Jan.-Feb. 2024 trade grew.", "In Jan.\u2013Sept. 2023 it fell.", "The end."]


def test_sector_keys_are_the_contracts() -> None:
    assert find_sectors("tractors, dairy farms, joint ventures, tourism and the Hi-Tech Park") == [
        "agriculture", "machine_building", "science_technology", "tourism", "investment"]
    assert set(find_sectors(GOMEL_ARTICLE)) <= set(SECTOR_KEYS)


def test_names_of_ministries_are_not_sectors() -> None:
    assert find_sectors("Representatives of the Agriculture Ministry and the Ministry of Health attended.") == []


def test_agreements_signed_not_planned() -> None:
    found = find_agreements(["At the end of the meeting, 7 agreements were signed.",
                             "The parties signed a memorandum and a roadmap.",
                             "A protocol will be signed in December.",
                             "The agreement came into force in 2011."])
    assert [(a.kind, a.count) for a in found] == [("agreement", 7), ("memorandum", 1), ("roadmap", 1)]


def test_event_and_venue() -> None:
    art = split_article(GOMEL_ARTICLE)
    sentences = [s for p in art.paragraphs for s in split_sentences(p)]
    assert event_type(art.title, sentences[:3], sentences).type == "meeting"
    assert find_venue(art.title, sentences[:3], sentences, None, gazetteer().mentions) == "Gomel"


def test_online_meetings_have_no_venue() -> None:
    lead = ["The meeting of the working group was held online with officials in Minsk and Omsk."]
    assert find_venue(None, lead, lead, "Minsk", gazetteer().mentions) is None


def test_commission_meeting() -> None:
    lead = ["The 9th meeting of the intergovernmental commission was held in Tashkent on Friday."]
    assert event_type(None, lead, lead).type == "commission_meeting"


def test_agreement_counts_only_from_numbers_before_the_document() -> None:
    found = find_agreements(["The two sides signed a memorandum of understanding.", "Five contracts were signed."])
    assert [(a.kind, a.count) for a in found] == [("memorandum", 1), ("contract", 5)]


def test_venue_from_a_visited_city() -> None:
    lead = ["A delegation from Grodno Oblast visited Chengdu, capital of Sichuan province, on Thursday."]
    assert find_venue(None, lead, lead, None, gazetteer().mentions) == "Chengdu"


def test_a_signed_plan_is_an_action_plan() -> None:
    found = find_agreements(["The parties signed a plan of joint events for 2024.", "A plan for next year is being drafted."])
    assert [(a.kind, a.count) for a in found] == [("action_plan", 1)]


def test_read_also_links_inside_an_article_are_skipped_not_the_rest() -> None:
    art = split_article("Belarus, Kursk Oblast expand trade\n\nMINSK, 12 October (BelTA) – Belarus and Kursk Oblast agreed "
                        "to expand the supply of dairy products, the governor said after the talks today.\n"
                        "Read also:\nBelarus' exports to Armenia up 20%\n"
                        "The sides also discussed joint projects in machine building and the supply of tractors to farms.\n")
    assert len(art.paragraphs) == 2 and "Armenia" not in " ".join(art.paragraphs)


@pytest.mark.parametrize("heading", ["Other news", "Top news", "Recommended", "Other news of the section", "Other publications",
                                     "Similar news", "Related news", "Most read", "More Stories", "Trending", "In other news",
                                     "What to read next", "Latest Posts", "Noticias relacionadas", "Previous", "« Previous post",
                                     "Next article →"])
def test_a_list_under_a_heading_after_the_article_is_no_part_of_it(heading: str) -> None:
    art = split_article("Belarus, Kursk Oblast expand trade\n\nMINSK, 12 October (BelTA) – Belarus and Kursk Oblast agreed "
                        f"to expand the supply of dairy products.\n{heading}\nVitebsk Oblast exports to Smolensk Oblast up 15%\n"
                        "Belarus-Omsk trade reaches $200 million\n")
    assert art.paragraphs == ["MINSK, 12 October (BelTA) – Belarus and Kursk Oblast agreed to expand the supply of dairy products."]


@pytest.mark.parametrize("heading", ["Other releases", "Recent publications", "Related materials", "More headlines",
                                     "News on the topic", "Also in the news", "You may also be interested in:",
                                     "More from this section", "Most commented", "Другие материалы", "Most viewed",
                                     "Related coverage", "More in this category", "Partner news", "Must read"])
def test_more_headings_of_a_list_of_other_stories_end_the_article(heading: str) -> None:
    art = split_article("Belarus, Kursk Oblast expand trade\n\nMINSK, 12 October (BelTA) – Belarus and Kursk Oblast agreed "
                        f"to expand the supply of dairy products.\n{heading}\nVitebsk Oblast exports to Smolensk Oblast up 15%\n"
                        "Belarus-Omsk trade reaches $200 million\n")
    assert art.paragraphs == ["MINSK, 12 October (BelTA) – Belarus and Kursk Oblast agreed to expand the supply of dairy products."]


_KURSK_LEAD = ("Belarus, Kursk Oblast expand trade\n\nMINSK, 12 October (BelTA) – Belarus and Kursk Oblast agreed to expand the "
               "supply of dairy products, the governor said after the talks.\n")


@pytest.mark.parametrize("tail", [
    "Other events\nGovernor held a meeting on the heating season\nDelegation of Tula Oblast visited Minsk\n",
    "Region news\n14.10.2024 Omsk Oblast to receive 50 MAZ buses\n11.10.2024 Grodno hosts a fair of farm products\n",
    "10 February 2025 | Belarus, Uzbekistan trade up 20% in 2024\n07 February 2025 | Minsk Oblast, Tyumen Region to sign a plan\n",
    "17:40 Belarus' exports to Tyumen Oblast up 20% in January-August\n16:55 President meets with the Governor of Orenburg\n",
    "February 27 — Governor met with a delegation of Jiangsu province\nFebruary 20 — Regional companies at Gulfood in Dubai\n",
    "12:10, 26.02.2024  Minsk and Kazan to hold days of culture\n09:45, 23.02.2024  Minsk metro to receive new trains\n",
    # each story under its lead
    "22.07.2016 - 19:38 | A Bronze Age burial place found in Cherikov\nAn archaeological expedition found it in the north-east "
    "of the town.\n15.07.2016 - 08:22 | Graduates of an agrarian college in demand\nGraduates of the college are in high "
    "demand at the regional labour market.\n",
])
def test_a_list_of_dated_headlines_after_the_article_ends_it_whatever_its_heading(tail: str) -> None:
    art = split_article(_KURSK_LEAD + tail + "© 2024 Government of the Kursk Oblast\n")
    assert len(art.paragraphs) == 1


@pytest.mark.parametrize("tail", [
    # a programme and a chronology go forward in time; dated sentences end with their stops; one dated headline is no list
    "The programme of the forum:\n10:00 Registration of participants\n11:00 Plenary session on regional cooperation\n",
    "Key dates:\n12.03.2024 Roadmap signed in Minsk by the two governors\n20.05.2024 First tractors delivered to Kursk farms\n",
    "20.05.2024 The first tractors were delivered to farms.\n12.03.2024 The sides signed the roadmap in Minsk.\n",
    "14.10.2024 Omsk Oblast to receive 50 MAZ buses\n",
    # two stamps of one day: the visit's own itinerary, not a list going back in time
    "The visit in brief:\n09.04.2024 Arrival of the Kursk delegation in Minsk\n09.04.2024 Talks at the Belarusian Ministry of Industry\n",
    # a heading of the article's own part, with its prose under it
    "Other events\nOn the second day, the delegation visited the Kursk nuclear power plant and a dairy farm.\n",
])
def test_dated_lines_of_the_articles_own_do_not_end_it(tail: str) -> None:
    closing = "The next consignment of machinery is expected in the autumn, the governor said after the talks.\n"
    art = split_article(_KURSK_LEAD + tail + closing)
    assert art.paragraphs[-1] == closing.strip()


def test_a_credit_over_the_list_of_other_stories_stays_with_the_article() -> None:
    art = split_article(_KURSK_LEAD + "Press service of the Governor of Kursk Oblast\n14.10.2024 Omsk Oblast to receive 50 MAZ "
                        "buses\n11.10.2024 Grodno hosts a fair of farm products\n")
    assert art.paragraphs[-1] == "Press service of the Governor of Kursk Oblast"


_TASHKENT_LEAD = ("The delegation of the Tashkent region visited the Minsk Tractor Works and discussed supplies of tractors "
                  "with the plant's management.\n")


@pytest.mark.parametrize(("page", "title"), [
    ("Newspaper of the Minsk region\nPolitics | Economy | Society\n\nTashkent delegation studied the experience of Zhodino\n"
     "28 August, 09:40\n\n", "Tashkent delegation studied the experience of Zhodino"),
    ("Minsk Oblast Executive Committee | Official website\nNews\nTashkent region to buy tractors: contracts signed\n"
     "12.04.2024\n\n", "Tashkent region to buy tractors: contracts signed"),
    # a byline over the stamp is no headline; a headline and its stamp under another's are a sidebar's
    ("Belarus, Tashkent region discuss tractors\nBy Anna Petrova\n12 April 2024\n\n", "Belarus, Tashkent region discuss tractors"),
    ("Belarus, Tashkent region discuss tractors\n12 April 2024\nGomel trade up 8 percent in the first quarter\n"
     "09:15, 11 April\nBrest hosts a fair of dairy products\n18:44, 10 April\n\n", "Belarus, Tashkent region discuss tractors"),
])
def test_the_headline_right_over_the_stamp_is_the_title_not_a_site_name_over_it(page: str, title: str) -> None:
    assert split_article(page + _TASHKENT_LEAD).title == title


@pytest.mark.parametrize("furniture", ["Reading time 4 minutes", "Share this article with your friends", "3 min read",
                                       "Text and photos by Olga Kuzmina", "Photo by Petr Orlov", "Listen to this article",
                                       "Views: 2,315"])
def test_an_article_s_furniture_between_its_headline_and_its_stamp_is_no_headline(furniture: str) -> None:
    page = (f"Minsk Oblast Executive Committee | Official website\nNews\nTashkent region to buy tractors: contracts signed\n"
            f"{furniture}\n12.04.2024\n\n")
    assert split_article(page + _TASHKENT_LEAD).title == "Tashkent region to buy tractors: contracts signed"


def test_a_sentence_that_opens_with_a_heading_word_is_the_article_still() -> None:
    body = ("MINSK, 12 October (BelTA) – Belarus and Kursk Oblast agreed to expand the supply of dairy products.\n"
            "Popular destinations for tourists from Kursk Oblast include Brest and Grodno, the governor said.\n"
            "Recommended measures include new flights between Minsk and Kursk in the spring.\n"
            "Next year, the sides plan to open a trading house of Kursk Oblast in Minsk.\n"
            "Trending upwards since 2022, the supply of dairy products to the region keeps growing.\n"
            "Most viewed the talks as a success\n")
    art = split_article("Belarus, Kursk Oblast expand trade\n\n" + body)
    assert len(art.paragraphs) == 6


@pytest.mark.parametrize("block", [
    '<section class="more-stories"><h4>Headlines</h4>', '<div class="trending-list">', '<div class="post-navigation">',
    '<div><h3>In other news</h3>', '<div><h3>Previous</h3>',
])
def test_a_pages_block_of_other_stories_after_the_article_is_no_part_of_it(block: str) -> None:
    from belcoop.html import visible_text

    page = ("<html><body><h1>Belarus, Kursk Oblast expand trade</h1><p>MINSK, 12 October (BelTA) – Belarus and Kursk Oblast "
            f"agreed to expand the supply of dairy products.</p>{block}<ul><li><a href='/x'>Belarus, Kenya trade up 30 "
            "percent</a> <span>May 3, 2024</span></li></ul></div></body></html>")
    art = split_article(visible_text(page))
    assert art.paragraphs == ["MINSK, 12 October (BelTA) – Belarus and Kursk Oblast agreed to expand the supply of dairy products."]


def test_what_a_plan_implements_was_not_signed_now() -> None:
    found = find_agreements(["The regions have signed a plan of measures to implement the cooperation agreement.",
                             "The document was signed by the two governors."])
    assert [a.kind for a in found] == ["action_plan"]


def test_accessibility_and_print_blocks_are_chrome() -> None:
    art = split_article("Version for the visually impaired\nPrint version\nA A A\n\n" + GOMEL_ARTICLE)
    assert art.title == "Gomel Oblast, Russia's Kursk Oblast expand trade"
    assert not any("visually" in p or "Print" in p for p in art.paragraphs)


def test_invisible_and_full_width_characters_do_not_change_the_record() -> None:
    from belcoop.parse import parse_article

    plain = "MINSK, 14 March 2023 (BelTA) – In 2022, trade between Belarus and Kazakhstan reached $5 million."
    odd = ("MINSK, \uff11\uff14 March \uff12\uff10\uff12\uff13 (BelTA) – In 2022, tr\u200dade between Belarus "
           "and Kazakh\u00adstan reached $5 mil\u00adlion.\x00")
    want = parse_article(plain, path="a.txt", sha256="0", record_id="a").to_dict()
    got = parse_article(odd, path="a.txt", sha256="0", record_id="a").to_dict()
    assert (got["date"], got["partner"]) == (want["date"], want["partner"]) == ("2023-03-14", want["partner"])
    assert [(f["metric"], f["value"], f["period"]) for f in got["trade"]] == [("turnover", 5000000, want["trade"][0]["period"])]


def test_a_text_longer_than_any_article_is_read_up_to_a_bound_and_says_so() -> None:
    from belcoop.parse import parse_article
    from belcoop.parse.article import BODY_LIMIT

    body = "In 2022, trade between Belarus and Kazakhstan grew by 12% to $1.2 billion. " * (3 * BODY_LIMIT // 70)
    record = parse_article("Belarus, Kazakhstan trade\n\n" + body, path="a.txt", sha256="0", record_id="a")
    assert [(f.value, f.change) for f in record.trade] == [(1.2e9, record.trade[0].change)]
    assert record.notes and "first 100,000 characters" in record.notes[0]


def test_figures_beyond_belief_are_dropped_with_a_note() -> None:
    from belcoop.parse import parse_article

    text = "MINSK, 1 May 2023 (BelTA) – Trade with Kazakhstan reached $" + "9" * 400 + " billion and $1" + ",999" * 100 + " billion."
    record = parse_article(text, path="a.txt", sha256="0", record_id="a")
    assert record.trade == [] and len(record.notes) == 2 and all("beyond belief" in n for n in record.notes)
    assert "Infinity" not in str(record.to_dict()) and "notes" not in record.to_dict()


def test_page_widgets_and_site_names_are_not_titles() -> None:
    art = split_article("5 May 2024, Sunday, 12:37\nThe shortlink copeid\nTimes New Roman\n"
                        "Official Website of the Republic of Belarus\nBelarus, Oman talk trade\n\n"
                        "MINSK, 5 May (BelTA) – Belarus and Oman discussed trade and investment at talks in Minsk today.")
    assert art.title == "Belarus, Oman talk trade"


def test_a_sidebar_above_the_article_is_chrome() -> None:
    art = split_article("Most read\nBelarus, Oman sign roadmap 27.04.2023\nOther story 25.04.2023\n\n"
                        "Belarus, Samarkand Region discuss textiles\n\n"
                        "MINSK, 12 April (BelTA) – Belarus' Ambassador met the khokim of Samarkand Region to discuss textiles.")
    assert art.title == "Belarus, Samarkand Region discuss textiles"
    assert not any("Oman" in line for line in art.header + art.paragraphs)


def test_a_byline_author_is_no_person_of_the_story() -> None:
    from belcoop.parse import parse_article

    text = ("By Aysel Karimova\n\nAzerbaijani Deputy Minister of Economy Rauf Aliyev met with Belarusian Ambassador "
            "Pavel Ivanov in Baku to discuss lifts.\n\nAysel Karimova is the paper's staff writer")
    names = [p.name for p in parse_article(text, path="a.txt", sha256="0", record_id="a").people]
    assert "Aysel Karimova" not in names and "Rauf Aliyev" in names


def test_hard_wrapped_lines_are_joined_and_long_bulleted_leads_kept() -> None:
    art = split_article("Belarus, Armenia talk trade\n\nMINSK, May 3 — The Belarusian President said he was\n"
                        "pleased with how the economic ties with Armenia are going,\nnoting the growing trade.\n")
    assert art.paragraphs == ["MINSK, May 3 — The Belarusian President said he was pleased with how the economic ties "
                              "with Armenia are going, noting the growing trade."]
    art = split_article("Belarus builds ports\n\n    • Belarus has started building its own ports in Leningrad Oblast, "
                        "the President said during his meeting with the governor.\n• Menu\n")
    assert art.paragraphs == ["Belarus has started building its own ports in Leningrad Oblast, the President said during "
                              "his meeting with the governor."]


def test_a_commission_in_a_persons_title_does_not_sit() -> None:
    def kind(lead: str) -> str:
        sentences = split_sentences(lead)
        return event_type("Talks in Minsk", sentences[:3], sentences).type

    assert kind("Governor of Kursk Oblast Roman Starovoit met with Chairman of the Standing Commission on International"
                " Affairs of the Council of the Republic Sergei Rachkov.") == "meeting"
    assert kind("The governor met with co-chairman of the Belarusian-Russian intergovernmental commission Ivan Ivanov.") == "meeting"
    # the commission's own session still is one
    assert kind("The 10th meeting of the Belarusian-Kazakh intergovernmental commission was held in Minsk.") == "commission_meeting"
    assert kind("The intergovernmental commission met in Minsk for the 10th time.") == "commission_meeting"


@pytest.mark.parametrize(("text", "sector"), [
    ("Concerts of Belarusian artists and an exhibition of painters will be held in Kazan.", "culture"),
    ("The sides discussed ice hockey matches between youth teams.", "culture"),
    ("They discussed the use of the port of Murmansk for Belarusian cargo.", "transport"),
    ("The region is interested in flax processing.", "industry"),
    ("The universities agreed on student exchanges.", "education"),
    ("The sides agreed to resume bus routes between Vitebsk and Pskov.", "transport"),
    ("They discussed garment production.", "industry"),
    ("Cooperation in satellite technologies was discussed.", "science_technology"),
    ("Uzbek tourists visit Belarusian health resorts.", "tourism"),
    ("The sides discussed cooperation in shipbuilding at the Zelenodolsk shipyard.", "machine_building"),
    ("Belarusian scientists will help the region with seed production for potatoes.", "agriculture"),
    ("They discussed film production and a festival of cinema.", "culture"),
    ("Belarus imports palm oil and sunflower oil from Indonesia.", "food"),
])
def test_sector_words_of_arts_sport_ports_flax_and_students(text: str, sector: str) -> None:
    assert find_sectors([text]) == [sector]


def test_under_a_sites_name_and_menus_the_headline_is_the_line_over_the_text() -> None:
    art = split_article("Wednesday, 17 August 2022\nVitebsk Oblast Executive Committee\nAddress: 1 Lenin Street, Vitebsk\n"
                        "Digital complaints and petitions\nMain / News\n05.06.2023\nDelegation of Tver Oblast visits Vitebsk\n\n"
                        "A delegation of Russia's Tver Oblast led by Governor Igor Rudenya visited Vitebsk Oblast to discuss"
                        " cooperation in construction.\n")
    assert art.title == "Delegation of Tver Oblast visits Vitebsk"
    # a headline on top stays the headline
    assert split_article("Belarus, Kursk Oblast expand trade\nShare on Facebook\n\nMINSK, 12 October (BelTA) – Belarus and"
                         " Kursk Oblast agreed to expand the supply of dairy products.\n").title == "Belarus, Kursk Oblast expand trade"


def test_a_menu_of_pipes_is_no_headline() -> None:
    art = split_article("Home | News | Regions | Economy\nFriday, 12 April 2024\n\nGrodno Oblast, Kaluga plan joint dairy plant\n\n"
                        "GRODNO, 11 April (BelTA) – Grodno Oblast and Kaluga Oblast will build a joint dairy plant, BelTA learned"
                        " from the regional government.\n")
    assert art.title == "Grodno Oblast, Kaluga plan joint dairy plant"
    # a headline with one bar before the site's name stays a headline
    assert split_article("Grodno Oblast, Kaluga plan joint dairy plant | BelTA\n\nGRODNO, 11 April (BelTA) – Grodno Oblast and"
                         " Kaluga Oblast will build a joint dairy plant.\n").title == "Grodno Oblast, Kaluga plan joint dairy plant | BelTA"


def test_a_cookie_notice_over_the_headline_is_page_chrome() -> None:
    art = split_article("Main | Politics | Economy | Society\nWe use cookies to improve your experience. By continuing to browse "
                        "the site you agree to our use of cookies. Accept\n\nKazakhstan-Belarus trade grows in January-June\n"
                        "\nASTANA, 14 August (Kazinform) – Trade between Kazakhstan and Belarus grew by 9.6% in the first half"
                        " of 2024, the ministry said.\n")
    assert art.title == "Kazakhstan-Belarus trade grows in January-June"
    assert not any("cookies" in p for p in art.paragraphs)


def test_a_banner_of_the_day_and_menus_over_the_headline() -> None:
    art = split_article("Thursday, 3 December 2026 | Minsk +2°C\nHome / Economy\nBelarus, Vietnam step up trade in machinery\n"
                        "17:05, 14 March 2025\n\nMINSK, 14 March (BelTA) – Belarus and Vietnam agreed to step up supplies of "
                        "machinery, BelTA learned.\n")
    assert art.title == "Belarus, Vietnam step up trade in machinery"
    art = split_article("Grodno Oblast Executive Committee Version for the visually impaired\nNews\nEconomy\nForeign economic "
                        "activity\nGrodno Oblast and Kaliningrad Oblast to expand food supplies\n22.05.2025\n\nGrodno Oblast "
                        "and Kaliningrad Oblast agreed to expand supplies of dairy products, the executive committee said.\n")
    assert art.title == "Grodno Oblast and Kaliningrad Oblast to expand food supplies"


def test_a_headline_to_ink_a_document_announces_it() -> None:
    sentences = ["The governors discussed cooperation in agriculture and trade on Tuesday."]
    assert event_type("Mogilev Oblast, Ustecky Kraj to ink cooperation memorandum", sentences, sentences).type != \
        "agreement_signing"


def test_a_hotel_by_its_name_is_no_sector() -> None:
    assert find_sectors(["The minister expressed condolences over the accident at the Saratoga Hotel in May."]) == []


def test_a_kicker_or_a_dateline_line_over_the_headline_is_no_title() -> None:
    art = split_article("Belarus and Pakistan\nPakistan, Belarus trade up 41% in 2023\n\nISLAMABAD, Feb 20: Trade between"
                        " Pakistan and Belarus grew by 41% in 2023, the minister said.\n")
    assert art.title == "Pakistan, Belarus trade up 41% in 2023"
    art = split_article("Baku, March 14, AZERTAC\n\nAzerbaijan and Belarus held talks on trade on March 14, 2024 in Baku.\n")
    assert art.title is None
    # a headline in Title Case stays the title
    assert split_article("Belarus And Venezuela Sign Oil Deal\n\nBelarus is set to widen its ties with Venezuela, agencies"
                         " in Moscow said on Wednesday.\n").title == "Belarus And Venezuela Sign Oil Deal"


def test_related_news_under_a_russian_heading_is_no_part_of_the_article() -> None:
    for heading in ("Читайте также", "Другие новости", "Новости по теме"):
        art = split_article(f"Belarus, Vietnam expand trade\n\nMINSK, 5 May (BelTA) – Belarus and Vietnam discussed trade, which "
                            f"grew by 10% in 2023.\n\n{heading}\n\nBelarus, Kenya trade reached $50 million in 2024\n")
        assert art.paragraphs == ["MINSK, 5 May (BelTA) – Belarus and Vietnam discussed trade, which grew by 10% in 2023."]


def test_a_sentence_broken_over_lines_is_one() -> None:
    art = split_article("Belarus, Laos expand trade\n\nMINSK, 5 May (BelTA) – In January-April\n2025 trade between Belarus and "
                        "Laos amounted to\n$14.6 million, BelTA learned.\n")
    assert art.paragraphs == ["MINSK, 5 May (BelTA) – In January-April 2025 trade between Belarus and Laos amounted to $14.6 "
                              "million, BelTA learned."]


@pytest.mark.parametrize("dateline, city", [
    ("HANOI, Oct 7 (VNA) –", "HANOI"), ("SAMARKAND, 7 October (BelTA) –", "SAMARKAND"), ("Kunming, 07.10.2024", "KUNMING"),
])
def test_a_dateline_on_a_line_of_its_own_under_the_headline_is_the_datelines(dateline: str, city: str) -> None:
    from belcoop.parse import parse_article

    found = parse_article(f"Belarus, partners agree to expand trade\n{dateline}\nThe deputy minister met the Belarusian "
                          "ambassador in a meeting held here to discuss supplies of tractors.\n", path="x", sha256="0",
                          record_id="x")
    assert found.source.dateline == city
    assert found.venue is not None and found.venue.upper() == city


def test_a_list_under_a_line_giving_its_period_is_one_paragraph_with_it() -> None:
    from belcoop.html import visible_text

    page = ("<html><body><h1>Belarus, Laos sum up trade</h1><p>MINSK, 5 May (BelTA) – The ministers of Belarus and Laos met "
            "in Minsk to discuss trade.</p><p>In January-March 2024:</p><ul><li>turnover – $12.5 million (+4%);</li>"
            "<li>exports – $9.1 million;</li><li>imports – $3.4 million.</li></ul><p>The sides discussed buses.</p>"
            "</body></html>")
    art = split_article(visible_text(page))
    assert art.paragraphs[1] == "In January-March 2024: turnover – $12.5 million (+4%); exports – $9.1 million; imports – $3.4 million."
    assert art.paragraphs[2] == "The sides discussed buses."
    # a colon line without a period, or a single item, is no list of figures of a period
    art = split_article("Belarus, Laos sum up trade\n\nThe ministers of Belarus and Laos met in Minsk to discuss trade today.\n\n"
                        "The sides agreed:\n- to open a trading house;\n- to hold a fair.\n\nIn 2024:\n- turnover grew.\n")
    assert art.paragraphs[1:] == ["The sides agreed:", "- to open a trading house;", "- to hold a fair.", "In 2024:", "- turnover grew."]


def test_a_bulleted_list_after_a_lead_in_of_two_sentences_keeps_every_item() -> None:
    from belcoop.parse import parse_article

    head = ("Belarus, Laos sum up trade\n\nVIENTIANE, 5 May 2024 – The ministers of Belarus and Laos met to discuss trade.\n\n"
            "The ministers heard reports on joint projects. Trade between Laos and Belarus in January-March 2024:\n\n")
    items = "• turnover – $12.5 million;\n• exports – $9.1 million;\n• exports of tractors – $2.2 million;\n• imports – $3.4 million.\n"
    art = split_article(head + items + "\nThe sides discussed buses.\n")
    assert art.paragraphs[1] == ("The ministers heard reports on joint projects. Trade between Laos and Belarus in January-March "
                                 "2024: turnover – $12.5 million; exports – $9.1 million; exports of tractors – $2.2 million; "
                                 "imports – $3.4 million.")
    record = parse_article(head + items, path="t.txt", sha256="0", record_id="t")
    assert [(f.metric, f.value, f.period.end if f.period else None) for f in record.trade if f.product is None] == [
        ("turnover", 12.5e6, "2024-03-31"), ("exports", 9.1e6, "2024-03-31"), ("imports", 3.4e6, "2024-03-31")]
    # a bulleted item ending with a semicolon is no menu, under a lead-in naming no period too
    art = split_article("Belarus, Laos sum up trade\n\nThe ministers of Belarus and Laos met in Minsk to discuss trade today.\n\n"
                        "The sides looked at the supplies. The main goods were:\n• tractors and trucks;\n• dairy products;\n"
                        "• medicines and vaccines.\n")
    assert "tractors and trucks;" in " ".join(art.paragraphs)
    # (negative) menu bullets are still chrome; a lead-in whose last sentence is long, or names no period, is no list's
    art = split_article("• News\n• Economy\n\nBelarus, Laos sum up trade\n\nThe ministers of Belarus and Laos met in Minsk to "
                        "discuss trade today.\n")
    assert not any("News" in p or "Economy" in p for p in art.paragraphs)
    art = split_article("Belarus, Laos sum up trade\n\nThe ministers of Belarus and Laos met in Minsk to discuss trade today.\n\n"
                        "The ministers heard reports. The sides agreed:\n- to open a trading house;\n- to hold a fair.\n")
    assert art.paragraphs[1:] == ["The ministers heard reports. The sides agreed:", "- to open a trading house;", "- to hold a fair."]


def test_a_tables_cells_are_parted_and_a_row_of_short_cells_is_no_sentence() -> None:
    from belcoop.html import visible_text

    page = ("<html><body><p>MINSK, 5 May (BelTA) – The ministers of Belarus and Laos met in Minsk to discuss trade.</p><table>"
            "<tr><th>Indicator</th><th>2022</th><th>2023</th></tr><tr><td>Exports</td><td>$8 million</td><td>$9 million</td>"
            "</tr></table></body></html>")
    text = visible_text(page)
    assert "Exports | $8 million | $9 million" in text.split("\n")
    assert split_article(text).paragraphs == ["MINSK, 5 May (BelTA) – The ministers of Belarus and Laos met in Minsk to discuss trade."]


def test_a_city_and_an_agency_between_slashes_are_a_dateline() -> None:
    from belcoop.parse import parse_article

    found = parse_article("Hanoi /VNA/. The deputy minister of industry held a meeting with the Belarusian ambassador to "
                          "discuss supplies of tractors.\n", path="x", sha256="0", record_id="x")
    assert (found.source.dateline, found.source.outlet, found.venue) == ("HANOI", "VNA", "Hanoi")
    # a city the gazetteer does not know is no dateline
    found = parse_article("Springfield /VNA/. The deputy minister of industry held a meeting with the Belarusian ambassador to "
                          "discuss supplies of tractors.\n", path="x", sha256="0", record_id="x")
    assert found.source.dateline is None


def test_a_headline_quoting_its_speaker_is_the_title_not_the_first_paragraph() -> None:
    text = ('Contacts: 230023, Grodno, Lenin str., 7\n\nMinister of Energy Ivan Petrov: "Our grid will reach new regions"\n\n'
            "The newspaper talked with Minister of Energy Ivan Petrov about the results of the sector in 2024 and its plans.\n")
    art = split_article(text)
    assert art.title == 'Minister of Energy Ivan Petrov: "Our grid will reach new regions"'
    assert art.paragraphs[0].startswith("The newspaper talked")
    # a quote that ends a sentence is prose
    prose = 'Minister of Energy Ivan Petrov said at the meeting today: "Our grid will reach new regions next year."\n'
    assert split_article("Energy news\n\n" + prose).paragraphs[0] == prose.strip()


@pytest.mark.parametrize("over", ["Source: Grodno Pravda | Reprinted with permission", "Sources: the oblast executive committee",
                                  "Reprinted from Grodno Pravda with the editors' consent"])
def test_a_credit_over_the_headline_is_no_title(over: str) -> None:
    text = (f"{over}\n\nGrodno Oblast and Jiangsu: a year of new contracts\n\n"
            "Cooperation of the oblast with the Chinese province reached a new level this year, the executive committee said.\n")
    assert split_article(text).title == "Grodno Oblast and Jiangsu: a year of new contracts"


def test_an_agencys_name_with_a_dash_over_its_menus_is_no_title() -> None:
    text = ("BelNews - Belarusian Regional News Agency\nPolitics | Economics | Society | Regions\nEconomics\n\n"
            "Belarus, Ghana eye cooperation in mining\n\n"
            "GRODNO, 12 May (GrodnoNews) – Belarus and Ghana are discussing cooperation in mining and the supply of machinery.\n")
    assert split_article(text).title == "Belarus, Ghana eye cooperation in mining"


def test_figures_listed_line_by_line_under_their_trade_are_one_paragraph() -> None:
    from belcoop.parse import parse_article

    text = ("Belarus and Ghana discuss trade\n\nMINSK, 2 April 2024 (BelTA) – The sides met in Minsk to discuss supplies of "
            "tractors and trucks.\n\nTrade turnover between Belarus and Ghana:\n* 2022 - $ 11.4 million\n* 2023 - $ 14.9 million\n")
    record = parse_article(text, path="t.txt", sha256="0", record_id="t")
    assert [(f.partner, f.value, f.period.start if f.period else None) for f in record.trade] == [
        ("GH", 11.4e6, "2022-01-01"), ("GH", 14.9e6, "2023-01-01")]
    # a colon line over lines that are no figures of a period stays as it was
    art = split_article("Talks\n\nThe minister said the sides discussed trade with partners in detail today.\n\nTrade topics:\n"
                        "tractors\nbuses\n")
    assert "Trade topics:" in art.paragraphs


def test_a_partner_named_only_by_the_datelines_city_is_its_region() -> None:
    from belcoop.parse import parse_article

    record = parse_article("Talks\n\nOMSK, 12 March 2024 – Governor Vitaly Khotsenko met with the Belarusian delegation "
                           "headed by the Deputy Prime Minister.", path="t.txt", sha256="0", record_id="t")
    assert record.partner is not None and record.partner.code == "RU-OMS"
    record = parse_article("Talks\n\nMINSK, 12 March 2024 – The Deputy Prime Minister met with the delegation.",
                           path="t.txt", sha256="0", record_id="t")
    assert record.partner is None


def test_a_table_of_trade_figures_by_year_is_read_row_by_row() -> None:
    from belcoop.parse import parse_article

    text = ("Belarus and Tver Oblast: trade in figures\n\nTVER, 2 April 2024 (BelTA) – The governor of Tver Oblast met "
            "the Belarusian ambassador in Tver to discuss supplies of buses.\n\n"
            "Year | Turnover, USD mln | Exports, USD mln\n2022 | 120.5 | 90.1\n2023 | 140.2 | 101.3\n")
    record = parse_article(text, path="t.txt", sha256="0", record_id="t")
    assert [(f.partner, f.metric, f.value, f.period.start if f.period else None) for f in record.trade] == [
        ("RU-TVE", "turnover", 120.5e6, "2022-01-01"), ("RU-TVE", "exports", 90.1e6, "2022-01-01"),
        ("RU-TVE", "turnover", 140.2e6, "2023-01-01"), ("RU-TVE", "exports", 101.3e6, "2023-01-01")]
    # a table of other things (no metric in its columns, or no unit) is no figure
    art = split_article("Talks\n\nThe sides discussed trade and cooperation at length in the city today.\n\n"
                        "Year | Students | Teachers\n2022 | 120 | 90\n")
    assert not any("amounted" in p for p in art.paragraphs)


def test_a_banner_of_the_day_with_weather_and_rates_is_no_title() -> None:
    from belcoop.html import visible_text

    page = ("<html><body><div id='top'>Tuesday, 11 June 2024 &nbsp; Minsk +19&deg;C &nbsp; USD 3.21 &nbsp; EUR 3.47</div>"
            "<div class='news'><h1>Belarus, Kaluga Oblast discuss bus supplies</h1><p>KALUGA, 10 June (BelTA) &ndash; "
            "Trade in the first quarter of 2024 amounted to $51.3 million, the regional government said.</p></div></body></html>")
    art = split_article(visible_text(page))
    assert art.title == "Belarus, Kaluga Oblast discuss bus supplies"
    # a line of prose that opens with a weekday and a date is no banner
    assert split_article("Kaluga and Belarus\n\nMonday, 10 June 2024 saw the governor of Kaluga Oblast meet the "
                         "Belarusian ambassador to discuss bus supplies.\n").paragraphs[0].startswith("Monday, 10 June")


def test_a_sites_top_bar_of_short_parts_is_no_prose() -> None:
    art = split_article("Official Internet resource of the Akimat of Kostanay region | Қазақша | Русский | English\n\n"
                        "Home » Press service » News\n\nA delegation of the Mogilev region of Belarus visited Kostanay\n\n"
                        "Published: 14 March 2024, 17:40 | Print | Views: 412\n\nThe delegation visited the region's "
                        "enterprises and discussed supplies of machinery.\n")
    assert art.title == "A delegation of the Mogilev region of Belarus visited Kostanay"
    assert art.paragraphs == ["The delegation visited the region's enterprises and discussed supplies of machinery."]


def test_a_sites_banner_and_menu_over_a_stamped_headline() -> None:
    art = split_article("Mogilev Regional Executive Committee | Monday, 19 June 2023   Mogilev +22   USD 2.9876   RUB 3.5602\n\n"
                        "About the region | Executive committee | Economy | Foreign economic activity | Citizens' appeals | "
                        "Contacts\n\nMogilev region and Bashkortostan signed cooperation agreement\n\n15.06.2023\n\n"
                        "On 15 June, the Head of the Republic of Bashkortostan arrived in Mogilev on a working visit.\n")
    assert art.title == "Mogilev region and Bashkortostan signed cooperation agreement"
    assert art.paragraphs[0].startswith("On 15 June")


def _record(text: str):  # type: ignore[no-untyped-def]
    from belcoop.parse.article import parse_article

    return parse_article(text, "x.txt", "0" * 64, "x")


def test_a_notice_over_the_headline_gives_way_to_the_dateline_lead() -> None:
    # a notice in wording no list holds, over the headline: the dateline under it is the lead, its date the article's
    text = ("Dear friends, our portal now lives at a new address, please update your bookmarks. Thank you.\n\n"
            "Grodno and Kaluga regions agree on grain supplies\n\n"
            "MINSK, 4 October 2024 (BelTA) – Governor Vladislav Shapsha met Chairman of the Grodno Oblast Executive "
            "Committee Yuri Karaev.\n")
    rec = _record(text)
    assert rec.date == "2024-10-04" and rec.source.dateline == "MINSK"
    assert rec.source.title == "Grodno and Kaluga regions agree on grain supplies"
    cookies = text.replace(text.split("\n")[0], "Our portal stores cookies to work well. Continue if you consent. OK")
    assert _record(cookies).date == "2024-10-04"


def test_a_first_paragraph_with_no_dateline_under_it_stays_the_article() -> None:
    # negative: a real first paragraph of prose, and no dateline under it: nothing is dropped
    text = ("Grodno and Kaluga regions agree on grain supplies\n\n"
            "Governor Vladislav Shapsha met Chairman of the Grodno Oblast Executive Committee Yuri Karaev in Kaluga.\n\n"
            "The sides discussed supplies of grain and dairy products to the Russian region.\n")
    art = split_article(text)
    assert art.paragraphs[0].startswith("Governor Vladislav Shapsha")
    assert len(art.paragraphs) == 2


def test_a_breadcrumb_with_the_headline_and_a_stamp_with_counters() -> None:
    text = ("You are here: Home » Regions » Mogilev Oblast and Tula Oblast sign a roadmap\n\n"
            "Mogilev Oblast and Tula Oblast sign a roadmap\n"
            "03.04.2024 09:12 | Views: 1 204 | Print\n\n"
            "TULA. BELTA – Governor Dmitry Milyaev and Chairman of the Mogilev Oblast Executive Committee Anatoly "
            "Isachenko signed a roadmap on cooperation for the next three years.\n")
    rec = _record(text)
    assert rec.date == "2024-04-03" and rec.source.dateline == "TULA"
    assert rec.source.title == "Mogilev Oblast and Tula Oblast sign a roadmap"


def test_a_labelled_stamp_with_counters_closes_a_long_body() -> None:
    paragraph = "The ports of the region offer exporters of the oblast a steady route to the markets of Asia, he said."
    body = "\n\n".join(f"{paragraph[:-1]} ({n})." for n in range(4))
    text = (f"Tomsk and Vitebsk regions discuss logistics\n\n{body}\n\n"
            "Date of publication: 12.05.2022, 11:40 | Author: Irina Lebedeva | Views: 915\n\n"
            "Read also:\n• 10.05.2022 — Tomsk hosts a grain forum\n")
    assert _record(text).date == "2022-05-12"
    # negative: a date in a sentence of the body is no stamp, and a related list's dates are not read
    dated = text.replace("Date of publication: 12.05.2022, 11:40 | Author: Irina Lebedeva | Views: 915\n\n", "")
    assert _record(dated).date is None
    sentence = dated.replace("(0).", "(0), as agreed on 12.05.2022 at the forum in Tomsk and in Vitebsk.")
    assert split_article(sentence).stamps == []


def test_non_breaking_hyphens_and_minus_signs_are_dashes() -> None:
    assert normalise("January\u2011September 2024, \u22123.5%, 2023\u20122024") == "January-September 2024, -3.5%, 2023\u20132024"
    assert normalise("Damascus, 2 October\u060c 2023") == "Damascus, 2 October, 2023"  # the Arabic comma


def test_a_second_story_after_read_also_and_next_news_links_are_cut() -> None:
    text = ("Belarus, Kyrgyzstan talks\n\n"
            "BISHKEK, 5 June 2024 — Roman Golovchenko and Akylbek Japarov held talks in Bishkek.\n\n"
            "Read also\nBelarusian buses to be assembled in Laos\n4 June, 11:10\n\n"
            "VIENTIANE, 4 June — Trade between Belarus and Laos grew by 40% in 2023 to $20 million.\n")
    rec = _record(text)
    assert [p.code for p in rec.partners] == ["KG"] and rec.trade == []
    # a second story under a headline and a stamp, no "Read also": cut too
    endless = text.replace("Read also\n", "")
    assert [p.code for p in _record(endless).partners] == ["KG"]
    linked = text.split("Read also")[0] + "Next news: Trade with Laos grew 1.5 times in 2023, the ambassador said.\n"
    assert [p.code for p in _record(linked).partners] == ["KG"]
    # negative: a dated paragraph of the article's own ("In Osh, 6 June – ...") is not taken for another story's lead
    own = text.split("Read also")[0] + "Trade with Kyrgyzstan grew by 12% in 2023 to $150 million, he said.\n"
    assert _record(own).trade


def test_site_chrome_is_no_title() -> None:
    text = ("MOGILEV REGION NEWS\nOfficial portal of the Mogilev Oblast Executive Committee\nNews / All news\n\n"
            "12.03.2025 10:00\n\nMogilev and Omsk regions plan a new programme\n\n"
            "Governor of Omsk Oblast Vitaly Khotsenko met Chairman of the Mogilev Oblast Executive Committee Anatoly "
            "Isachenko in Omsk.\n")
    assert split_article(text).title == "Mogilev and Omsk regions plan a new programme"


def test_cookies_in_a_sentence_of_the_article_are_no_notice() -> None:
    text = ("Belarusian sweets win buyers in Kazakhstan\n\n"
            "ASTANA, 2 May 2024 (Kazinform) – Belarusian cookies and chocolate are popular with our buyers, the importer "
            "said, and exports of confectionery grew by a fifth.\n")
    art = split_article(text)
    assert art.paragraphs and "cookies" in art.paragraphs[0]
    assert split_article("We use cookies to improve the site. OK\n\n" + text).paragraphs == art.paragraphs


def test_a_speech_to_friends_and_cookies_on_a_portal_are_the_articles_text() -> None:
    text = ("Belarus, Serbia discuss trade\n\nMINSK, 3 May 2024 (BelTA) - The ministers met in Minsk.\n\n"
            "Dear friends, the trade between our countries grew by 20% last year and reached $500 million, the minister said.\n\n"
            "Belarusian cookies and sweets are now sold on the Ozon portal, and exports of confectionery rose by 30% in 2023.\n\n"
            "Cookies help us deliver our services. By using our services, you agree to our use of cookies. Accept\n")
    paragraphs = split_article(text).paragraphs
    assert [p.split()[0] for p in paragraphs] == ["MINSK,", "Dear", "Belarusian"]  # (the notice at the foot is chrome)


def test_a_list_of_regions_each_with_its_figure_under_a_dateline_or_an_as_follows_lead_in() -> None:
    for lead in ("ALMATY, 4 March 2024 (Kazinform) - Trade of Belarus with the regions of Kazakhstan in 2023:",
                 "ALMATY, 4 March 2024 (Kazinform) - The ministry summed up the year.\n\nIn 2023, trade between Belarus "
                 "and the regions of Kazakhstan was distributed as follows:"):
        record = _record(f"Belarus and Kazakh regions\n\n{lead}\n- Aktobe region – $71 million;\n"
                         "- Pavlodar region – $64 million (+12%);\n- Kostanay region – $98 million.\n")
        assert [(f.partner, f.value, f.period.end if f.period else None) for f in record.trade] == [
            ("KZ-15", 71e6, "2023-12-31"), ("KZ-55", 64e6, "2023-12-31"), ("KZ-39", 98e6, "2023-12-31")], lead
    # a long sentence ending with a colon that opens no list of figures stays a sentence of its own
    record = _record("Belarus and Kazakh regions\n\nALMATY, 4 March 2024 (Kazinform) - The minister, who visited three "
                     "regions of the country last week, told journalists the following about the talks and his plans:\n"
                     "- Aktobe region – $71 million;\n- Pavlodar region – $64 million.\n")
    assert all(f.period is None for f in record.trade)


def test_a_menu_with_middle_dots_is_no_headline() -> None:
    art = split_article("Economy · Politics · Regions · Sport\nSavushkin cheese finds buyers in Tatarstan\n\n"
                        "KAZAN, 3 May 2024 (BelTA) – Savushkin Product will supply cheese to Tatarstan, the company said.\n")
    assert art.title == "Savushkin cheese finds buyers in Tatarstan"
    # a bulleted item of a list is no menu
    art = split_article("Trade in 2023\n\nMINSK, 3 May 2024 (BelTA) – Trade in 2023:\n• turnover – $38.2 million;\n"
                        "• exports – $20.1 million.\n")
    assert any("38.2" in p for p in art.paragraphs)



def test_a_role_quoted_refers_to_the_person_of_that_role_named_before_the_quote() -> None:
    head = ("Belarus to sell more tractors to Kyrgyzstan\n\n"
            "BISHKEK, 3 March 2024 (BelTA) - Belarusian Minister of Industry Pyotr Parkhomchik held talks in Bishkek.\n\n")
    later = ("Kyrgyz Minister of Economy Daniyar Amangeldiev also took part in the talks. He said the two sides discussed "
             "joint assembly of buses.\n\n")
    quote = "\"Last year we sold tractors worth $20 million in Kyrgyzstan,\" the minister said.\n\n"
    # "the minister" of the quote is Belarus' (the one named before it), not Kyrgyzstan's named after it: "we sold" is
    # Belarus' exports
    rec = _record(head + quote + later)
    assert [(t.metric, t.value) for t in rec.trade] == [("exports", 20e6)]
    # with only the foreign minister named before it, "we" is the partner's side: its sales are Belarus' imports
    rec = _record(head.replace("Belarusian Minister of Industry Pyotr Parkhomchik held", "Belarusian officials held")
                  + later + quote)
    assert [(t.metric, t.value) for t in rec.trade] == [("imports", 20e6)]

def test_a_sites_name_over_what_it_is_is_no_prose_and_the_stamp_under_the_headline_dates_it() -> None:
    # a long site line ("X · Official site of ..."): the page's, not the first paragraph of the text
    art = split_article("OMSKIA · Official site of the executive bodies of state power of the Omsk Oblast of Russia\n"
                        "Main / Press service / News\n\nOmsk and Grodno will build more roads together\n\n5 March 2024\n\n"
                        "The Governor of Omsk Oblast received a delegation of the Grodno region in Omsk on Tuesday.\n")
    assert art.title == "Omsk and Grodno will build more roads together"
    assert art.header[-1] == "5 March 2024" and art.paragraphs[0].startswith("The Governor")
    # the same with a bar; a stamp before the bar is no site's name; a sentence of the text about the site is prose
    art = split_article("Government of Omsk Oblast | Official portal of the Omsk Oblast of the Russian Federation\n\n"
                        "Omsk and Grodno will build more roads\n\nThe Governor of Omsk Oblast received a delegation of the "
                        "Grodno region in Omsk on Tuesday.\n")
    assert art.title == "Omsk and Grodno will build more roads"
    art = split_article("Omsk and Grodno will build more roads\n\n5 March 2024 | Official portal of the Omsk Oblast\n\n"
                        "The Governor of Omsk Oblast received a delegation of the Grodno region.\n")
    assert "5 March 2024 | Official portal of the Omsk Oblast" in art.header
    art = split_article("Omsk and Grodno will build more roads\n\nThe Governor of Omsk Oblast received a delegation of the "
                        "Grodno region. The news | official site of the governor published the programme of the visit.\n")
    assert any("official site of the governor" in p for p in art.paragraphs)


def test_a_todays_banner_and_a_path_of_sections_are_no_headline() -> None:
    art = split_article("Grodno Oblast Executive Committee | Official website\nToday: Monday, 3 March 2025    Grodno -2 °C\n\n"
                        "Home / News / Grodno and Omsk sign a roadmap for 2025-2026\n\n03.03.2025 10:15\n\nGRODNO AND OMSK "
                        "SIGN A ROADMAP FOR 2025-2026\n\nThe Chairman of the Grodno Oblast Executive Committee met the "
                        "Governor of Omsk Oblast in Grodno.\n")
    assert art.title == "GRODNO AND OMSK SIGN A ROADMAP FOR 2025-2026"
    # a path of sections whose last part has a few words, over a headline as long as a line of prose
    art = split_article("Press service / News of the Chairman\n\nThe Chairman of the Grodno Oblast Executive Committee met "
                        "the Governor of Omsk Oblast in Grodno.\n")
    assert art.title is None
    # (negative) a headline of its own with a slash in it
    art = split_article("Grodno / Omsk: 12 contracts signed at the forum\n\nThe Chairman of the Grodno Oblast Executive "
                        "Committee met the Governor of Omsk Oblast in Grodno.\n")
    assert art.title == "Grodno / Omsk: 12 contracts signed at the forum"


def test_a_name_a_hard_wrapped_line_broke_is_joined() -> None:
    art = split_article("Omsk delegation visits Gomel\n\nGOMEL, 5 March 2024 (BelTA) – A delegation led by Deputy Governor Pavel\n"
                        "Smirnov of Omsk Oblast visited Gomselmash on Tuesday to discuss supplies of combines.\n")
    assert art.paragraphs[0].endswith("Deputy Governor Pavel Smirnov of Omsk Oblast visited Gomselmash on Tuesday to "
                                      "discuss supplies of combines.")
    # (negative) a given name alone on a short line, a line under it that opens with no surname
    art = split_article("Omsk delegation visits Gomel\n\nGOMEL, 5 March 2024 (BelTA) – A delegation of Omsk Oblast came to "
                        "Gomel.\n\nThe guests met the Chairman of the Gomel Oblast Executive Committee.\nPavel\n"
                        "Smirnov thanked the hosts.\n\nThe delegation was headed by Deputy Governor Pavel\n"
                        "2024 will be a year of new contracts, he said.\n")
    assert "Pavel" in art.paragraphs and any(p.endswith("Deputy Governor Pavel") for p in art.paragraphs)
