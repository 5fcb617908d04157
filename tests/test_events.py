"""Event type, label and venue (belcoop/parse/events.py), rule by rule, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from belcoop.parse import parse_article
from belcoop.parse.events import Found, _Sentence, dateline_in, event_label, find_event, first_turn, postings
from belcoop.parse.places import gazetteer


def found(*sentences: str, title: str | None = None, dateline: str | None = None, today: date | None = None) -> Found:
    return find_event(title, list(sentences), dateline, gazetteer().mentions, today)


def record(text: str) -> tuple[str | None, str]:
    r = parse_article(text, path="t.txt", sha256="0" * 64, record_id="t").to_dict()
    return r["venue"], r["event"]["type"]


# ------------------------------------------------------------------ place cues


def test_talks_in_a_city() -> None:
    f = found("The two ministers held talks in Kazan on Tuesday about bus supplies.")
    assert (f.event.type, f.venue) == ("meeting", "Kazan")


def test_visit_of_someone_to_a_city() -> None:
    f = found("A roadmap was signed during a visit of the Gomel Oblast delegation to Tashkent.")
    assert f.venue == "Tashkent"


def test_city_hosted() -> None:
    f = found("Ufa hosted the third session of the joint working group of Bashkortostan and Belarus.")
    assert (f.event.type, f.venue) == ("working_group_meeting", "Ufa")


def test_town_the_gazetteer_lacks_after_held_in() -> None:
    assert found("The session was held in the town of Zelenoborsk on 3 May.").venue == "Zelenoborsk"
    assert found("The session took place in Zelenoborsk on 3 May.").venue == "Zelenoborsk"
    assert found("The exhibition opened in Latgalia on 3 May.").venue is None  # a region's name, maybe


def test_a_city_named_for_something_else_is_no_venue() -> None:
    assert found("The Belarusian consul general in Shanghai met the governor of Gansu.").venue is None
    assert found("The ambassador met the mayor. Belarusian buses run in Kazan and Ufa.").venue is None
    assert found("A delegation from Kazan met with Belarusian officials.").venue is None


def test_visited_a_plant_in_a_city() -> None:
    assert found("The delegation visited the tractor plant in Naberezhnye Chelny on Monday.").venue == "Naberezhnye Chelny"


def test_a_building_then_its_city() -> None:
    assert found("The president spoke on Friday at Victoria Hall, Hanoi, while receiving the Belarusian envoy.").venue == "Hanoi"


def test_seat_of_an_oblast_government() -> None:
    f = found("A memorandum was signed at a ceremony in the Grodno Oblast Executive Committee on 4 June.")
    assert f.venue == "Grodno"
    assert found("A delegation visited the region, BelTA learned from the Grodno Oblast Executive Committee.").venue is None


def test_city_in_the_name_of_the_forum() -> None:
    f = found("Cooperation was discussed at the 12th St. Petersburg International Economic Forum.")
    assert f.venue == "Saint Petersburg"
    assert f.event.label == "12th St. Petersburg International Economic Forum"


def test_planned_and_earlier_events_give_no_venue() -> None:
    f = found("Tula hosted the working group meeting. The next meeting will be held in Minsk next spring.")
    assert f.venue == "Tula"
    assert found("His previous meeting with the governor took place in Gomel.").venue is None
    assert found("The ambassador spoke about the upcoming forum in Mogilev, to be held in May.",
                 "Trade grew by 10%.").venue is None


def test_only_a_region_named_gives_no_city() -> None:
    assert found("The minister visited Kostanay Region, where he met the akim.", dateline="Minsk").venue is None


def test_online_meetings_have_no_venue() -> None:
    assert found("The working group met via videoconference with officials in Minsk and Omsk.").venue is None


def test_body_venue_only_for_the_reported_event() -> None:
    lead = ["The Belarusian ambassador met the governor of Perm Krai.", "They discussed forestry and machine tools.",
            "Trade grew by a third last year."]
    assert found(*lead, "During his working trip to Perm, the ambassador toured two plants.").venue == "Perm"
    report = ["Trade with China grew by 10% in 2023.", "Exports of machinery rose by a fifth.",
              "Imports of electronics fell slightly."]
    assert found(*report, "In May, the days of the region were held in Tianjin.").venue is None


# ------------------------------------------------------------------ the dateline


def test_dateline_counts_for_an_encounter_nothing_places_elsewhere() -> None:
    assert found("The prime minister met the governor of Tula Oblast.", dateline="Minsk").venue == "Minsk"
    assert found("Belarus' trade with Tula Oblast grew by 10%.", dateline="Minsk").venue is None
    assert found("The working group on cooperation with Omsk Oblast held its fifth meeting.", dateline="Minsk").venue is None


def test_dateline_not_when_the_text_puts_the_event_abroad() -> None:
    assert found("The prime minister, who is on an official visit to Uzbekistan, held talks with his counterpart.",
                 dateline="Minsk").venue is None
    assert found("Belarus' ambassador to Russia met the president of Tatarstan.", dateline="Minsk").venue is None
    assert found("Belarus' ambassador to Russia met the governor of Smolensk Oblast.", dateline="Smolensk").venue == "Smolensk"


def test_envoys_are_where_they_are_posted() -> None:
    s = _Sentence("Ambassador of Kazakhstan to Belarus Ivan Petrov held a press conference.", 1, gazetteer().mentions)
    assert postings(s) == ["BY"]


def test_dateline_under_a_byline_or_in_mixed_case() -> None:
    assert dateline_in(["By Anna Smith", "Caracas, Jun 12 (Prensa Latina) The commission met today."],
                       gazetteer().mentions) == "Caracas"
    assert dateline_in(["Caracas is a large city with many people living in it."], gazetteer().mentions) is None


def test_dateline_of_a_whole_article() -> None:
    assert record("MINSK, 4 May 2023 (BelTA) – Belarus' Prime Minister met with the Governor of Tula Oblast "
                  "to discuss joint projects, BelTA learned from the government press service.") == ("Minsk", "meeting")
    assert record("MINSK, 4 May 2023 (BelTA) – Belarus' exports to Vietnam grew by 20% in January-March 2023, "
                  "BelTA learned from the National Statistical Committee.") == (None, "report")


def test_a_saints_city_in_a_dateline() -> None:
    for lead in ("ST. PETERSBURG", "ST PETERSBURG", "SAINT PETERSBURG"):
        found = parse_article(f"{lead}, 13 September 2023 (BelTA) – The Prime Minister met with the Governor of St Petersburg.",
                              path="x", sha256="0", record_id="x")
        assert (found.source.dateline, found.source.outlet, found.venue) == ("SAINT PETERSBURG", "BelTA", "Saint Petersburg")


def test_labels_in_capitals_before_the_noun_and_in_quotes_after_it() -> None:
    def label(lead: str) -> str | None:
        return parse_article(f"Forum\n\nMINSK, 4 May 2023 (BelTA) – {lead}", path="x", sha256="0", record_id="x").event.label

    assert label("The Prime Minister took part in the opening of the INNOPROM industrial exhibition in Yekaterinburg.") == "INNOPROM"
    assert label('The International Forum "Brest Region: Investment and Trade" opened in Brest.') == \
        'International Forum "Brest Region: Investment and Trade"'
    assert label("MINSK hosted the exhibition.") is None  # a place in capitals names no event
    assert label("The delegation visited an industrial exhibition in Kazan.") is None


def test_the_visit_of_a_titled_person_to_a_city_gives_the_venue() -> None:
    found = parse_article("Roadmap\n\nMINSK, 7 October 2023 (BelTA) – Belarus and Russia's Volgograd Oblast signed a roadmap"
                          " during the visit of Deputy Prime Minister of Belarus Leonid Zayats to Volgograd.",
                          path="x", sha256="0", record_id="x")
    assert (found.event.type, found.venue) == ("agreement_signing", "Volgograd")


# ------------------------------------------------------------------ event types


def test_commission_session_is_a_commission_meeting() -> None:
    assert found("The 10th session of the Belarusian-Uzbek intergovernmental commission took place in Tashkent.").event.type \
        == "commission_meeting"


def test_a_planned_commission_or_group_does_not_set_the_type() -> None:
    assert found("The ambassador met with the governor.",
                 "They prepared the next session of the intergovernmental commission, scheduled for May.").event.type == "meeting"
    assert found("Trade with Krasnoyarsk Krai grew by 12%.",
                 "The working group is expected to meet in Krasnoyarsk in June.").event.type == "report"
    assert found("A joint commission of Omsk Oblast and Belarus is to be formed.",
                 "This was agreed at a meeting of the prime minister with the governor.").event.type == "meeting"


def test_interviews_and_figures_are_reports() -> None:
    assert found("In an interview with a newspaper, the ambassador said trade would grow.").event.type == "report"
    assert found("Exports to Mongolia rose by 30% in 2023.").event.type == "report"


def test_signing_in_the_headline() -> None:
    f = found("The document covers trade and culture.", title="Gomel Oblast, Lipetsk Oblast sign cooperation agreement")
    assert f.event.type == "agreement_signing"


def test_announced_forum_gets_its_type_and_venue() -> None:
    f = found("The business forum of Belarus and Jiangsu will take place in Mogilev on 27 May.")
    assert (f.event.type, f.venue) == ("forum", "Mogilev")


def test_generic_plural_events_are_no_event() -> None:
    assert found("Top-level visits between the countries have become a tradition.").event.type == "report"


def test_event_of_another_month_is_background() -> None:
    f = found("The visit of the president to Kazakhstan in October was fruitful, the ambassador told a press conference.",
              dateline="Minsk", today=date(2023, 12, 11))
    assert (f.event.type, f.venue) == ("report", "Minsk")


# ------------------------------------------------------------------ labels


def test_label_is_the_events_own_name() -> None:
    s = _Sentence("At the VI Forum of Regions of Belarus and Russia, contracts were signed.", 1, lambda _t: [])
    assert event_label(s, 3, 4) == "VI Forum of Regions of Belarus and Russia"
    s = _Sentence("Contracts were signed at the 5th Forum.", 1, lambda _t: [])
    assert event_label(s, 7, 8) is None
    s = _Sentence("Chairman of the Finance Commission Ivan Petrov spoke.", 1, lambda _t: [])
    assert event_label(s, 4, 5) is None


def test_datelines_in_mixed_case_with_a_known_city() -> None:
    def read(lead: str) -> tuple[str | None, str | None, str | None]:
        found = parse_article(f"Talks\n\n{lead}", path="x", sha256="0", record_id="x")
        return found.source.dateline, found.source.outlet, found.venue

    assert read("Harare, 30 January 2024 – Zimbabwe and Belarus signed a roadmap on mechanisation.") == ("HARARE", None, "Harare")
    assert read("Baku, 2 February 2023, AZERTAC – Azerbaijan and Belarus held talks on trade.") == ("BAKU", "AZERTAC", "Baku")
    assert read("Tashkent, Uzbekistan (UzDaily.com) -- The President of Uzbekistan received a delegation of Belarus.") == (
        "TASHKENT", "UzDaily", "Tashkent")
    # a first line that opens with a country, not a city, is no dateline
    assert read("Belarus, Russia – the talks went well.")[0] is None


def test_a_signing_under_a_dateline_took_place_there() -> None:
    found = parse_article("Roadmap\n\nMOGILEV, 12 September 2023 (BelTA) – A roadmap of cooperation between Mogilev Oblast and"
                          " Kursk Oblast was signed here today.", path="x", sha256="0", record_id="x")
    assert (found.event.type, found.venue) == ("agreement_signing", "Mogilev")


def test_a_planned_event_is_where_the_text_says_it_will_be() -> None:
    def read(lead: str) -> tuple[str, str | None]:
        found = parse_article(f"Plans\n\n{lead}", path="x", sha256="0", record_id="x")
        return found.event.type, found.venue

    assert read("MINSK, 2 August 2023 (BelTA) – The Forum of Regions of Belarus and Russia will be held in Ufa in June,"
                " the ambassador said.") == ("forum", "Ufa")
    assert read("MINSK, 2 August 2023 (BelTA) – A cooperation program will be signed at the Forum of Regions, the minister"
                " said.") == ("forum", None)
    # ... and the dateline's city when it is today
    assert read("CARACAS, 26 June 2023 (BelTA) – Today the Belarusian President is set to hold negotiations with the"
                " President of Venezuela.") == ("meeting", "Caracas")


def test_source_agency_is_found_as_a_search_of_the_whole_body_finds_it() -> None:
    """The outlet is looked for only where an agency's name starts a word: the same answer as the pattern searched
    over the whole body, whatever the lead-in, case, or a name inside another word ("regional", "trends")."""
    from belcoop.parse.article import _AGENCIES, _SOURCE_AGENCY, _source_agency

    def searched(body: str) -> str | None:
        m = _SOURCE_AGENCY.exact.search(body)
        return _AGENCIES[(m.group("a") or m.group("b") or m.group("c")).lower()] if m else None

    bodies = [
        "The regional trends were personal, the capacity national.",
        "Trade grew, according to TASS. BelTA learned it later.",
        "Officials told BelTA on Monday; (Kazinform) had it first.",
        "As Trend reported, the talks went on. TREND: more to come.",
        "reports  BelTA (two spaces) and reported by Xinhua the same day",
        "the apa: a word, then APA reports the figures",
        "(Interfax)",
        "ona: as reported by RIA Novosti, the deal was signed",
        "BelTA's correspondent told belta_x nothing, told İzmir BelTA",
        "Uzdaily.com reported the visit; according to UzDaily.com it went well.",
        "No agency at all is named here.",
    ]
    for body in bodies:
        assert _source_agency(body) == searched(body), body
    assert [_source_agency(b) for b in bodies[:4]] == [None, "TASS", "BelTA", "Trend"]


def test_datelines_of_cities_beyond_the_capitals() -> None:
    """Regional and second cities of partner countries in a dateline: the story's dateline and venue."""
    cases = [("TERMEZ", "Termez"), ("NOVY URENGOY", "Novy Urengoy"), ("DA NANG", "Da Nang"), ("CHOLPON-ATA", "Cholpon-Ata"),
             ("KUNMING", "Kunming")]
    for lead, venue in cases:
        found = parse_article(f"{lead}, 14 May (BelTA) – A Belarusian business delegation held talks with local companies "
                              "on supplies of machinery, BelTA learned.", path="x", sha256="0", record_id="x")
        assert (found.source.dateline, found.venue) == (lead, venue), lead
    # two capitals' words that are no known city are no dateline, and stay in the text
    found = parse_article("UN HQ – Belarus and Vietnam discussed trade, BelTA learned.", path="x", sha256="0", record_id="x")
    assert found.source.dateline is None and found.venue is None


def test_a_decimal_of_four_characters_is_no_year() -> None:
    """ "20.5 percent" after a dated lead is a number, not the year 20.5 (this raised ValueError)."""
    found = parse_article("Belarus and Kazakhstan talks\n\nMINSK, 5 May 2023 (BelTA) - The ministers held talks on 20.5 "
                          "percent growth in Astana.\n\nMore text here about trade, 19,5 and 2021.\n", path="x", sha256="0",
                          record_id="x")
    assert found.date == "2023-05-05" and found.venue == "Astana"


def test_a_commissions_name_with_a_list_of_fields() -> None:
    found = parse_article("Talks\n\nMINSK, 5 May 2023 (BelTA) – The 10th meeting of the Belarusian-Mongolian Intergovernmental "
                          "Commission on Trade, Economic, Scientific and Technical Cooperation was held in Ulaanbaatar.",
                          path="x", sha256="0", record_id="x")
    assert found.event.label == ("Belarusian-Mongolian Intergovernmental Commission on Trade, Economic, Scientific and "
                                 "Technical Cooperation")
    found = parse_article("Talks\n\nMINSK, 5 May 2023 (BelTA) – The Forum of Regions, Minsk and Moscow hosted delegations.",
                          path="x", sha256="0", record_id="x")
    assert found.event.label == "Forum of Regions"


def test_two_regions_of_one_country_visited_are_both_partners() -> None:
    found = parse_article("Gomel delegation in Russia\n\nGOMEL, 5 May 2023 (BelTA) – A delegation of Gomel Oblast visited Bryansk "
                          "Oblast and Kursk Oblast. In Bryansk the delegation signed a cooperation plan; in Kursk it discussed "
                          "supplies of combines.", path="x", sha256="0", record_id="x")
    assert found.partner is not None and found.partner.code == "RU-BRY"
    assert [p.code for p in found.partners] == ["RU-BRY", "RU-KRS"]


def test_a_figure_that_came_to_an_amount_is_no_visit() -> None:
    def event(lead: str) -> str:
        return parse_article(f"Talks\n\nMINSK, 5 May 2023 (BelTA) – {lead}", path="x", sha256="0", record_id="x").event.type

    assert event("In 2022 trade between Belarus and Vietnam grew by 10%. Imports came to $11.8 million, exports arrived "
                 "at 20 million dollars.") == "report"
    assert event("The Vietnamese delegation came to Minsk on a working visit.") == "visit"
    assert event("The delegation arrived at 10 a.m. in Minsk.") == "visit"


def test_a_place_and_date_on_a_line_of_their_own_give_the_venue() -> None:
    found = parse_article("Belarus and Tyumen Oblast agree on supplies\n\nTyumen, 6 June 2024\n\nGovernor of Tyumen Oblast "
                          "Alexander Moor met with the Belarusian Ambassador to discuss supplies of machinery.\n",
                          path="x", sha256="0", record_id="x")
    assert (found.venue, found.date) == ("Tyumen", "2024-06-06")


def test_more_words_of_officials_meeting() -> None:
    def event(lead: str) -> str:
        return parse_article(f"Talks\n\nMINSK, 5 May 2023 (BelTA) – {lead}", path="x", sha256="0", record_id="x").event.type

    assert event("Governor Alexander Moor held discussions with the Belarusian Ambassador.") == "meeting"
    assert event("The Prime Minister conferred with the Governor of Perm Krai on supplies of machinery.") == "meeting"


def test_diplomatic_calls_and_receptions_are_meetings() -> None:
    def event(lead: str) -> tuple[str, str | None]:
        f = found(lead)
        return f.event.type, f.venue

    assert event("Ambassador Oleg Petrov paid a courtesy call on Trade Minister John Banda in Lusaka.") == ("meeting", "Lusaka")
    assert event("Ambassador Oleg Petrov paid a farewell call on Trade Minister John Banda in Lusaka.") == ("meeting", "Lusaka")
    assert event("Ambassador Oleg Petrov called on Trade Minister John Banda in Lusaka.") == ("meeting", "Lusaka")
    assert event("Ambassador Oleg Petrov was received by Trade Minister John Banda in Lusaka.") == ("meeting", "Lusaka")
    assert event("Ambassador Oleg Petrov presented his credentials to President John Banda in Lusaka.") == (
        "meeting", "Lusaka")
    # an appeal and a passive of goods are no encounter
    assert event("The President called on Belarusian exporters to enter the markets of Zambia.")[0] == "report"
    assert event("The shipment was received by Belarusian dealers in Lusaka.")[0] == "report"


def test_co_chaired_joint_bodies_and_joint_committees_sit() -> None:
    def event(lead: str) -> tuple[str, str | None]:
        f = found(lead)
        return f.event.type, f.venue

    assert event("Minister Ali Khan and Minister Oleg Petrov co-chaired the Belarus-Qatar Joint Working Group in "
                 "Doha.") == ("working_group_meeting", "Doha")
    assert event("The two deputy prime ministers co-chaired the intergovernmental commission in Baku.") == (
        "commission_meeting", "Baku")
    assert event("The 4th session of the Belarusian-Qatari Joint Committee was held in Doha.") == (
        "commission_meeting", "Doha")
    assert event("The Belarus-Kuwait Joint Economic Committee met in Kuwait City for its 2nd session.")[0] == (
        "commission_meeting")
    assert event("The officials met within the framework of the 3rd meeting of the Joint Trade Committee.")[0] == (
        "commission_meeting")


def test_a_joint_body_s_earlier_or_planned_sitting_is_not_the_event() -> None:
    assert found("Trade grew by a tenth.", "They stressed the importance of holding the next session of the joint "
                 "committee this year.", title="Ties grow").event.type == "report"
    assert found("The deputy ministers held online talks on the decisions of the 9th commission meeting held two years "
                 "ago.").event.type == "meeting"
    # a sitting reported done stays held whatever other sitting the clause names
    assert found("The intergovernmental commission met in Baku for the first time since its previous session in "
                 "2019.").event.type == "commission_meeting"
    assert found("The commission met in Baku to prepare the next session.").event.type == "commission_meeting"


def test_a_dateline_alone_on_its_line_gives_the_venue_of_a_meeting_held_here() -> None:
    for line, city in (("DHAKA, Mar 3 (BSS) –", "Dhaka"), ("DOHA, Jan. 12 (QNA)", "Doha"), ("MINSK, 9 July (BelTA) –", "Minsk"),
                       ("Lusaka, 02.05.2025", "Lusaka")):
        found = parse_article(f"Belarus, Qatar agree to expand trade\n{line}\nMinister Ali Hassan met Belarusian Minister "
                              "Oleg Petrov, in a meeting held here.\n", path="x", sha256="0", record_id="x")
        assert found.venue == city, line
    assert dateline_in(["Wednesday, 9 July 2025", "Trade grew by a tenth."], gazetteer().mentions) is None


def test_an_agency_between_slashes_closes_a_dateline() -> None:
    assert dateline_in(["Ulaanbaatar /MONTSAME/. Minister B.Bat met the Belarusian envoy."], gazetteer().mentions) == (
        "Ulaanbaatar")
    assert dateline_in(["Ulaanbaatar / the capital. Minister B.Bat met the Belarusian envoy."], gazetteer().mentions) is None


def test_here_is_the_dateline_city_after_an_event_word() -> None:
    assert found("The 2nd Belarus-Oman business council was held here on Monday.", dateline="Muscat").venue == "Muscat"
    assert found("We are here to expand trade with Oman, the minister said.", dateline="Muscat").venue is None


def test_regional_centres_are_known_cities() -> None:
    assert record("Talks\n\nEKIBASTUZ. KAZINFORM – Akim Adam Saken met with a delegation of Gomel Oblast.\n")[0] == "Ekibastuz"
    assert record("Talks\n\nGATCHINA, 5 May (BelTA) – Governor Oleg Petrov met with the Belarusian ambassador.\n")[0] == (
        "Gatchina")


def test_the_capital_of_a_country_and_an_official_s_own_office() -> None:
    assert found("Governor Igor Petrov met with Belarusian Prime Minister Oleg Ivanov in the capital of Belarus.").venue == (
        "Minsk")
    assert found("The delegation held talks in the capital of Tver Oblast.").venue is None  # no capital known
    assert found("The minister received the Belarusian envoy at his office in the Iranian capital.").venue == "Tehran"
    assert found("The minister met the head of the Belarusian trade office in Tehran.").venue is None


def test_only_a_guest_is_received_by_someone() -> None:
    assert found("He was welcomed by Governor Ivan Petrov in Kazan.").event.type == "meeting"
    assert found("The award was received by Governor Ivan Petrov in Kazan.").event.type == "report"
    assert found("The Belarusian delegation was received by Governor Ivan Petrov in Kazan.").event.type == "meeting"


def test_who_co_chairs_a_commission_is_a_role_not_a_sitting() -> None:
    assert found("The commission is co-chaired by Deputy Prime Minister Ivan Petrov and Minister Ali Aliyev.").event.type \
        != "commission_meeting"
    assert found("The commission was co-chaired by Deputy Prime Minister Ivan Petrov and Minister Ali Aliyev.").event.type \
        == "commission_meeting"


def test_a_partner_capital_named_by_its_country_is_the_venue() -> None:
    assert found("The delegation held talks with Thai officials in the Thai capital.").venue == "Bangkok"
    assert found("Governor Igor Petrov met with Omani Minister Ali Said in the capital of Oman.").venue == "Muscat"


def test_larger_towns_of_partner_regions_are_known_cities() -> None:
    # two-word towns cannot be read as unknown towns ("in Bukhara Region" is no town): the gazetteer must know them
    assert found("The working group met in Velikiye Luki on 3 May.", dateline="Vitebsk").venue == "Velikiye Luki"
    assert found("Talks between the two oblasts took place in Stary Oskol.", dateline="Minsk").venue == "Stary Oskol"
    assert found("The governor met the Belarusian delegation in Nizhnekamsk.").venue == "Nizhnekamsk"
    assert record("Talks\n\nMINSK, 5 May (BelTA) – A Gomel delegation held talks in Novocherkassk with the mayor.\n")[0] == (
        "Novocherkassk")


def test_an_adjective_before_the_city_word_keeps_the_cue() -> None:
    assert found("The officials met on Monday at a meeting in the provincial capital Harbin.").venue == "Harbin"
    assert found("The sides held talks in the northern city of Kazan.").venue == "Kazan"
    assert found("The forum was held on Monday in the northeastern Chinese city of Harbin.").venue == "Harbin"


def test_a_city_after_a_preposition_is_no_host() -> None:
    # "X welcomes" hosts only when X is the subject: here the park is, and the dateline city keeps the venue
    f = found("Governor Li Wei met with a Belarusian delegation.", "Li said the industrial park near Minsk welcomes"
              " Chinese companies.", dateline="Harbin")
    assert f.venue == "Harbin"
    assert found("Kazan hosted the fifth meeting of the working group.").venue == "Kazan"


def test_visited_a_place_where_talks_were_held() -> None:
    # the town visited is the venue, not the dateline: a known town, or an unknown one after a word for a town
    assert found("A delegation of Brest Oblast visited Tobolsk, where it held talks with the governor.",
                 dateline="Brest").venue == "Tobolsk"
    assert found("A delegation of Brest Oblast visited the town of Zelenoborsk, where it held talks with the mayor.",
                 dateline="Brest").venue == "Zelenoborsk"
    assert found("The minister visited Belshina, where he held talks with workers.", dateline="Bobruisk").venue == (
        "Bobruisk")  # a bare unknown name may be a plant's


def test_an_interview_is_a_report() -> None:
    # a session "on the eve of" which the interview is given is still to come
    f = found("Ambassador Ivan Petrov has given an interview to our correspondent on the eve of the meeting of the"
              " intergovernmental commission.")
    assert f.event.type == "report"
    assert found("The newspaper Zvyazda talked with Minister of Energy Oleg Ivanov.").event.type == "report"
    assert found("The minister talked with the governor of Omsk Oblast in Omsk.").event.type == "meeting"
    assert found("The ambassador told reporters following the talks with the governor in Kazan.").event.type == "meeting"


def test_what_the_interviewee_told_the_newspaper_is_a_report_not_the_forum_it_spoke_of() -> None:
    # an upcoming forum the interviewee spoke of is no event the article announces
    assert found("The governor of Omsk Oblast told our newspaper what the region expects from the Forum of Regions.",
                 "Trade grew by 12 percent.").event.type == "report"
    assert found("Minister Oleg Ivanov told the newspaper how exports to Belarus are developing.",
                 "The plant will open next year.").event.type == "report"
    assert found("The ambassador told a correspondent about the plans for the upcoming visit of the delegation to Minsk.").event.type \
        == "report"
    assert found("The mayor of Tomsk told an agency what the city expects from the Forum of Regions.").event.type == "report"
    # talks held in the lead are still the event, and without the newspaper the forum is still announced
    assert found("The governor told our newspaper about the talks held with the Belarusian delegation in Omsk on Monday.").event.type \
        == "meeting"
    assert found("The region expects much from the Forum of Regions, which will be held in Minsk.").event.type == "forum"


def test_the_answers_of_an_interview_report_no_event_of_the_article() -> None:
    text = ("Minister: plans for the year\n\nThe magazine spoke with Minister of Energy Oleg Ivanov.\n\n"
            "— Oleg Petrovich, how was the year?\n\n— We met with our partners in Kazan many times and held talks"
            " on new supplies.\n\n— What comes next?\n\n— A forum in Ufa.\n")
    assert record(text) == (None, "report")
    # dashes before items of a list ask nothing: no interview
    assert record("Talks in Kazan\n\nMINSK, 3 May (BelTA) – The minister held talks in Kazan on Monday with Governor Ivan"
                  " Petrov. The sides agreed on:\n\n— supplies of buses;\n\n— a joint plant.\n") == ("Kazan", "meeting")


def test_a_side_trip_in_the_body_beats_no_dateline_of_the_encounter() -> None:
    text = ("Tula and Minsk regions sign a programme\n\nTULA, 4 May 2025 – Governor of Tula Oblast Ivan Petrov and"
            " Chairman of the Minsk Oblast Executive Committee Oleg Ivanov signed a programme of cooperation.\n\n"
            "Trade between the regions grew by 10%. Exports rose by 12%.\n\nThe Minsk Oblast delegation also visited"
            " the Novomoskovsk Chemical Plant.\n")  # (in the body: the lead's first three sentences name no city)
    assert record(text) == ("Tula", "agreement_signing")
    # a visit the body tells as the occasion of the talks still places them
    assert record(text.replace("also visited the Novomoskovsk", "discussed fertilisers during a visit to the"
                               " Novomoskovsk")) == ("Novomoskovsk", "agreement_signing")


def test_turns_of_an_interview_need_a_question_and_a_colon_after_q_and_a() -> None:
    assert first_turn(["The paper talked with the envoy.", "Q: How was the year?", "A: Good."]) == 1
    assert first_turn(["A. Petrov met the governor.", "A. Ivanov asked why?"]) is None  # initials, no turns
    assert first_turn(["The sides agreed on:", "— supplies of buses;", "— a joint plant."]) is None  # a list asks nothing


# ------------------------------------------------------------------ round 23: venue


def test_dateline_counts_for_a_meeting_the_body_tells_of_after_the_figures() -> None:
    lead = ["Trade of Belarus with Kurgan Oblast reached $84.2 million in 2025.", "Exports were $61.7 million.",
            "Imports were $22.5 million."]
    met = "The figures were cited at a meeting of Governor Pavel Sidorov with Ambassador Oleg Kravets."
    assert found(*lead, met, dateline="Kurgan").venue == "Kurgan"
    assert found(*lead, dateline="Kurgan").venue is None  # figures alone: no encounter, no venue
    assert found(*lead, "The governor will meet the ambassador in May.", dateline="Kurgan").venue is None


def test_big_cities_of_partner_countries_are_known() -> None:
    for city in ("Kano", "Cape Town", "Durban", "Rio de Janeiro", "Rosario", "Chittagong", "Cuiaba", "Port Said"):
        f = found(f"The Belarusian envoy held talks with the provincial governor in {city} on Friday.", dateline="Minsk")
        assert f.venue == city, city


def test_an_unknown_place_after_talks_is_no_dateline_venue() -> None:
    assert found("The envoy held talks with local business leaders in Zaria on Friday.", dateline="Minsk").venue is None
    # a month, a weekday, "the" and a building keep the dateline
    assert found("The envoy held talks with the governor in March.", dateline="Minsk").venue == "Minsk"
    assert found("The envoy held talks with the governor in the Kremlin.", dateline="Moscow").venue == "Moscow"


def test_the_correspondent_reports_from_a_city() -> None:
    f = found("The presenter spoke of new contracts.", "Our correspondent reports from Tomsk.",
              "Talks with the governor lasted two hours.")
    assert f.venue == "Tomsk"
    assert found("A delegation from Tomsk held talks with the minister.").venue is None  # "from" alone: no cue


def test_two_named_people_who_discussed_met_under_the_dateline() -> None:
    text = ("Trade Minister Arief Wibowo and Belarusian Ambassador Pavel Zhuk discussed preparations for a session of "
            "the joint commission in Surabaya on Monday.")
    assert found(text, dateline="Surabaya").venue == "Surabaya"
    assert found("Belarus and Indonesia discussed trade on Monday.", dateline="Surabaya").venue is None


def test_a_headline_topic_in_a_city_gives_way_to_the_lead_s_strong_cue() -> None:
    title = "Belarus, Egypt discuss logistics hub in Port Said"
    lead = "The ministers co-chaired the joint committee in Cairo on Sunday."
    assert found(lead, title=title).venue == "Cairo"
    assert found("The ministers agreed to expand trade.", title=title).venue == "Port Said"  # nothing stronger


def test_port_opens_the_name_of_a_town_the_gazetteer_lacks() -> None:
    assert found("The session was held in Port Moresby on Friday.").venue == "Port Moresby"
    assert found("The session was held in the port of Ventspils.").venue == "Ventspils"
    assert found("The meeting took place in Town Hall.").venue is None  # a building's name, no town
    assert found("The envoy held talks with officials in Port Moresby.", dateline="Minsk").venue is None


def test_sealed_and_put_their_signatures_are_signings() -> None:
    assert record("Brest and Smolensk\n\nBREST, 3 May 2024 (BelTA) – The governors of Brest Oblast and Smolensk Oblast "
                  "sealed a cooperation programme for 2024-2026 in Brest.")[1] == "agreement_signing"
    assert record("Brest and Smolensk\n\nBREST, 3 May 2024 (BelTA) – The governors of Brest Oblast and Smolensk Oblast put "
                  "their signatures to a cooperation agreement in Brest.")[1] == "agreement_signing"


def test_a_video_conference_in_two_words_is_a_meeting_with_no_venue() -> None:
    f = found("The governor of Pskov Oblast and the Belarusian agriculture minister held a video conference on Thursday.",
              dateline="Minsk")
    assert (f.event.type, f.venue) == ("meeting", None)
    assert found("The two deputy ministers held a video-conference on Monday.").event.type == "meeting"
    assert found("Officials of Omsk and Grodno held an online meeting on Friday.").event.type == "meeting"
    # not a video link alone (a speech given over one), nor a press conference
    assert found("The minister spoke to the students of the academy via video link.").event.type == "report"
    assert found("The ambassador gave a press conference on Friday.").event.type == "report"


def test_a_joint_body_of_the_datelines_own_foreign_region_sat_there() -> None:
    lead = "At a session of the joint working group of Belarus and {}, the Belarusian economy minister made a speech."
    assert found(lead.format("Kaluga Oblast"), dateline="Kaluga").venue == "Kaluga"
    assert found(lead.format("Tver Oblast"), dateline="Tver").venue == "Tver"
    # a Belarusian dateline (the agency's home) for a body that may sit in either country; a dateline of another region;
    # a body of two countries under the partner's capital; a session still to come
    assert found(lead.format("Kaluga Oblast"), dateline="Minsk").venue is None
    assert found(lead.format("Kaluga Oblast"), dateline="Tver").venue is None
    assert found("The minister spoke at the session of the Belarus-Kazakhstan intergovernmental commission.",
                 dateline="Astana").venue is None
    assert found("The joint working group of Belarus and Kaluga Oblast is to meet again in the autumn.",
                 dateline="Kaluga").venue is None
    assert found("Trade between Belarus and Kaluga Oblast grew by 12% in 2024.", dateline="Kaluga").venue is None


def test_a_place_line_by_the_pages_stamp_is_its_dateline() -> None:
    lead = "Governor of Perm Krai Dmitry Makhonin met with the Belarusian ambassador to discuss supplies of buses.\n"
    assert record(f"12.09.2024\nPerm\n\n{lead}")[0] == "Perm"
    assert record(f"Perm\n12.09.2024\n\n{lead}")[0] == "Perm"
    # a city's name in the header away from the stamp is a menu's
    assert record(f"Perm\nNews\nRegions\n12.09.2024\n\n{lead}")[0] is None


def test_a_commission_named_with_a_comma_list_is_one_subject() -> None:
    lead = "The Belarusian-Mongolian Intergovernmental Commission for {} held its 14th session in Ulaanbaatar."
    f = found(lead.format("Economic, Trade and Scientific Cooperation"))
    assert f.event.type == "commission_meeting"
    assert f.event.label == "Belarusian-Mongolian Intergovernmental Commission for Economic, Trade and Scientific Cooperation"
    assert found("The Joint Commission on Trade, Industry, Science and Technology met in Lima on Monday.").event.type == (
        "commission_meeting")
    # a comma that ends a clause still does: after a place, not after "for"/"on" + a name; in a list in lower case;
    # before no "and"-list of fields
    def split(text: str) -> bool:
        s = _Sentence(text, 1, lambda _t: [])
        comma = next(i for i, tok in enumerate(s.tokens) if tok.text == ",")
        return s.clause[comma - 1] != s.clause[comma + 1]

    assert not split("The Commission for Economic, Trade and Technical Cooperation met.")
    assert split("In Minsk, Belarus and Russia held talks.")
    assert split("The commission for trade, industry and science met.")
    assert split("The Council for Trade, which the ministers set up, met.")


def test_this_capital_and_here_are_the_datelines_city() -> None:
    f = found("Peru and Belarus reviewed their trade at the 5th session of the Intergovernmental Commission, held at "
              "the Gran Hotel Bolivar in this capital.", dateline="Lima")
    assert (f.event.type, f.venue) == ("commission_meeting", "Lima")
    assert found("The working group met in the capital on Tuesday.", dateline="Lima").venue == "Lima"
    assert found("The working group held its session in this city on Tuesday.", dateline="Lima").venue == "Lima"
    assert found("The commission's third session was held at the Hotel Bolivar here.", dateline="Lima").venue == "Lima"
    # a capital the text names itself; the capital as a plant's place
    assert found("The working group met in the capital of Belarus.", dateline="Lima").venue == "Minsk"
    assert found("The working group met in the Belarusian capital.", dateline="Lima").venue == "Minsk"
    assert found("The ministers noted that a plant in this capital assembles tractors.", dateline="Lima").venue is None


def test_in_a_city_after_a_long_list_of_fields_or_an_opening() -> None:
    f = found("The two governors signed an agreement on trade, economic, scientific, technical and cultural cooperation "
              "in Kazan.")
    assert (f.event.type, f.venue) == ("agreement_signing", "Kazan")
    assert found("Gomselmash has opened a new service centre in Kazan.").venue == "Kazan"
    assert found("Belshina opened its first trading house in Tashkent on Monday.").venue == "Tashkent"
    # a centre's place with no opening; an opening dated to another year (background); a list of names, not fields
    assert found("Gomselmash sells its combines through a service centre in Kazan.").venue is None
    assert found("Belarus opened its embassy in Tashkent in 1996, and trade has grown since.").venue is None
    s = _Sentence("They discussed trade, industry, science and energy in Kazan.", 1, lambda _t: [])
    assert len(set(s.clause)) == 1
    s = _Sentence("He said, however, and the minister agreed, that it would.", 1, lambda _t: [])
    assert len(set(s.clause)) > 1


def test_an_opening_a_few_words_before_the_centre_and_in_a_headline() -> None:
    assert found("Amkodor has opened a new sales and service centre in Kazan.").venue == "Kazan"
    assert found("Amkodor opens sales centre in Kazan", title="Amkodor opens sales centre in Kazan").venue == "Kazan"
    # the opening of another clause
    assert found("The plant was opened long ago, and Amkodor now sells loaders through a centre in Kazan.").venue is None


def test_a_project_only_discussed_or_planned_is_not_where_the_event_was() -> None:
    lead = "Belarus' Industry Minister held talks with a Kazakh delegation."
    assert found(lead, "The sides discussed opening a service centre in Aktobe.", dateline="Minsk").venue == "Minsk"
    assert found(lead, "Gomselmash plans to open a service centre in Aktobe.", dateline="Minsk").venue == "Minsk"
    assert found(lead, "The parties discussed the construction of a dairy farm in Kostanay.", dateline="Minsk").venue == "Minsk"
    assert found(lead, "They spoke about a joint industrial park in Karaganda.", dateline="Minsk").venue == "Minsk"
    # an opening that happened is still the news' place
    assert found("Gomselmash has opened a new service centre in Aktobe.").venue == "Aktobe"


def test_a_visit_of_another_time_or_in_a_when_clause_is_no_venue() -> None:
    # the lead's meeting under the dateline; an earlier visit told as a noun phrase with a season of the year before
    f = found("The governor of Mogilev Oblast and the hokim of Namangan region met at the Innoprom exhibition.",
              "They reviewed the results of the visit of the Mogilev delegation to Namangan last spring.",
              dateline="Yekaterinburg")
    assert f.venue == "Yekaterinburg"
    # a visit in a "when" clause of no past tense: a plan (or a habit), not the reported event
    f = found("Grodno Oblast signed a cooperation programme with Kaluga Oblast at the forum.",
              "A roadmap with Tver Oblast will follow in October, when a Tver delegation comes to Grodno.",
              dateline="Kazan")
    assert f.venue == "Kazan"
    assert found("The sides agreed to sign the plan when the governor visits Tashkent.").venue is None
    # (negative) a visit of this time is still the venue; a past "when" clause is one told as held
    assert found("The sides reviewed the results of the visit of the Mogilev delegation to Namangan.").venue == "Namangan"
    assert found("The roadmap was signed when the delegation visited Tashkent.").venue == "Tashkent"


def test_a_place_fronted_before_the_clause_of_the_talks() -> None:
    f = found("A delegation of Pavlodar region arrived in Vitebsk Oblast.", "In Vitebsk, the akim held talks with the governor.")
    assert f.venue == "Vitebsk"
    # a side trip in the body does not beat the talks' place
    f = found("A delegation of Pavlodar region arrived in Vitebsk Oblast.", "In Vitebsk, the akim held talks with the governor.",
              "Trade was discussed.", "The delegation also visited the Belshina plant in Bobruisk.", dateline="Astana")
    assert f.venue == "Vitebsk"
    # (negative) a fronted place with no event in the next clause; a fronted place before a clause of no event
    assert found("In Vitebsk, the plant produces linen fabrics.").venue is None
    assert found("The sides discussed trade.", "In Vitebsk, prices of linen rose by 4%.").venue is None



def test_a_fronted_place_before_a_title_with_commas() -> None:
    # the commas of a ministry's name or of a chain of titles end clauses; the verb of the talks comes after them
    f = found("In Ufa, Minister of Industry, Energy and Innovation of Bashkortostan Rustam Galiev received a delegation "
              "of the Mogilev region.")
    assert f.venue == "Ufa"
    f = found("In Omsk, Governor of the Omsk Region, Chairman of the Regional Government Pavel Orlov held talks with the "
              "Belarusian ambassador.")
    assert f.venue == "Omsk"
    # (negative) a title with commas and no event after it; a clause with a verb of its own stops the search
    assert found("In Ufa, Minister of Industry, Energy and Innovation of Bashkortostan Rustam Galiev praised the "
                 "tractors.").venue is None
    assert found("In Ufa, Minister of Industry, Energy and Innovation Rustam Galiev has worked since 2019, and he "
                 "later held talks with the governor.").venue is None

def test_a_commission_named_with_a_spaced_dash_between_its_sides() -> None:
    from belcoop.parse import parse_article

    record = parse_article("Vietnam, Belarus review cooperation\n\nHANOI, 12 March 2024 (VNA) – The minister co-chaired the "
                           "26th meeting of the Vietnam – Belarus Intergovernmental Committee on Economic and Trade "
                           "Cooperation in Hanoi.\n", path="x.txt", sha256="0", record_id="x")
    assert (record.event.type, record.venue) == ("commission_meeting", "Hanoi")


def test_came_to_a_city_on_a_visit_is_its_venue() -> None:
    from belcoop.parse import parse_article

    record = parse_article("Governor of Perm Krai: we buy Belarusian tractors\n\nThe governor of Perm Krai came to Minsk on a "
                           "working visit. The region buys tractors of Minsk Tractor Works.\n", path="x.txt", sha256="0",
                           record_id="x")
    assert (record.event.type, record.venue) == ("visit", "Minsk")


def test_the_northern_capital_of_a_country_is_not_its_capital() -> None:
    from belcoop.parse import parse_article

    record = parse_article("Belarus, St Petersburg expand ties\n\nGovernor of St Petersburg Alexander Beglov met with a "
                           "Belarusian delegation in the northern capital of Russia.\n", path="x.txt", sha256="0", record_id="x")
    assert record.venue != "Moscow"
    record = parse_article("Belarus, Cuba expand ties\n\nThe commission met in the capital of Cuba.\n", path="x.txt",
                           sha256="0", record_id="x")
    assert record.venue == "Havana"


def test_an_unnamed_oblast_executive_committee_sits_in_the_capital_of_the_oblast_the_lead_names() -> None:
    f = found("A delegation of the Omsk region is on a visit to the Vitebsk region.",
              "The guests were received at the oblast executive committee by its first deputy chairman.")
    assert f.venue == "Vitebsk"
    f = found("Business people of Yaroslavl arrived in the Brest region.", "Talks took place at the regional executive committee.")
    assert f.venue == "Brest"
    # (negative) two oblasts named, none named, a reception only planned, a committee that is no place of an event
    assert found("A delegation of the Omsk region toured the Vitebsk region and the Gomel region.",
                 "The guests were received at the oblast executive committee.").venue is None
    assert found("A delegation of the Omsk region is on a visit to Belarus.",
                 "The guests were received at the oblast executive committee.").venue is None
    assert found("A delegation of the Omsk region is on a visit to the Vitebsk region.",
                 "The guests will be received at the oblast executive committee on Friday.").venue is None
    assert found("A delegation of the Omsk region is on a visit to the Vitebsk region.",
                 "The oblast executive committee said that exports had grown.").venue is None


def test_a_place_fronted_after_a_time_phrase_is_the_venue() -> None:
    # "Today in X, ...", "On 3 March in X, ...", "On Monday, in X, ...": only a time phrase before the fronted place
    assert found("Today in Samara, the Governor of Samara Oblast met with the Ambassador of Belarus.").venue == "Samara"
    assert found("On 3 March in Grodno, the Deputy Prime Minister held talks with the Governor of Smolensk "
                 "Oblast.").venue == "Grodno"
    assert found("On 3 March 2024 in Grodno, the Deputy Prime Minister held talks with a Smolensk "
                 "delegation.").venue == "Grodno"
    assert found("On Monday, in Grodno, the Deputy Prime Minister held talks with a Smolensk delegation.").venue == "Grodno"
    assert found("This morning in Ufa, Head of Bashkortostan, Chairman of the Government, met with the Belarusian "
                 "delegation.").venue == "Ufa"
    # a building of the city between the place and the comma
    assert found("In the Kazan Kremlin, the President of Tatarstan received the Belarusian ambassador.").venue == "Kazan"
    # (negative) a time phrase of an earlier event, a year, no event word, a place inside the clause of a plan
    assert found("Last year in Samara, the Governor met with the Ambassador of Belarus.").venue is None
    assert found("In 2019 in Samara, the Governor met with the Ambassador of Belarus.").venue is None
    assert found("Today in Samara, prices for Belarusian dairy products rose by 5 percent.").venue is None
    assert found("Today the Governor, in a statement, praised the Belarusian delegation.").venue is None

def test_an_envoys_post_of_his_country_gives_way_to_the_place_named_after_it() -> None:
    # "the Consul General of Belarus in X": his post; the meeting in the place named after him
    assert found("The Governor of Omsk Oblast held talks with the Consul General of the Republic of Belarus in "
                 "Novosibirsk Ivan Petrov in Omsk.").venue == "Omsk"
    assert found("The Governor of Omsk Oblast met the Consul General of Belarus in Novosibirsk Ivan Petrov at "
                 "Tobolsk.").venue == "Tobolsk"
    # (negative) named alone, the envoy's post is where he met them; a post of no country's envoy is a place of the event
    assert found("The Minister of Economy held talks with the Ambassador of the Republic of Belarus in Cairo, Ivan "
                 "Petrov.").venue == "Cairo"
    assert found("The talks of the delegation of Belarus in Kazan lasted two hours, and the guests also saw a plant in "
                 "Yelabuga.").venue == "Kazan"


def test_a_place_closing_the_lead_after_a_title_is_the_venue() -> None:
    # ", in X." closing the sentence: the event before the title in apposition was there, not at the dateline
    lead = ("The governor of Bukhara region Botir Zaripov received a delegation of the Grodno region led by Ivan Petrov, "
            "Deputy Chairman of the Grodno Regional Executive Committee, in Bukhara.")
    assert found(lead, dateline="TASHKENT").venue == "Bukhara"
    assert found(lead.replace("in Bukhara.", "in Bukhara on Monday."), dateline="TASHKENT").venue == "Bukhara"
    # (negative) no event before it; a place inside a name in the title is no such clause
    assert found("The report was prepared by Ivan Petrov, an economist, in Bukhara.", dateline="TASHKENT").venue != "Bukhara"
    assert found("The governor received Ivan Petrov, head of the Bukhara office, in the morning.",
                 dateline="TASHKENT").venue == "TASHKENT"



def test_a_guest_who_was_received_and_a_visit_that_dates_what_was_agreed() -> None:
    # ", who was received by Minister X": the guest just named met the host
    assert found("The delegation was headed by Deputy Minister Pavel Utyupin, who was received by the Ecuadorian "
                 "Minister of Production.", dateline="Quito").venue == "Quito"
    # "agreed to assemble trucks ... during the visit": the visit is when they agreed, held (a plan's visit is not)
    from belcoop.parse.events import _Sentence, is_future

    def visit_planned(text: str) -> bool:
        s = _Sentence(text, 1, lambda _t: [])
        return is_future(s, [t.low for t in s.tokens].index("visit"))

    assert not visit_planned("Ecuador and Belarus agreed to assemble trucks in Guayaquil during the visit of a Belarusian "
                             "delegation.")
    assert visit_planned("The sides will sign an agreement during the visit of the Belarusian delegation.")
    assert visit_planned("The sides plan to sign an agreement during the visit of the Belarusian delegation.")


def test_a_working_group_of_a_commission_is_the_body_that_sits() -> None:
    for text in ("The working group on industrial cooperation of the Belarusian-Cuban Intergovernmental Commission held "
                 "its fifth meeting in Havana.",
                 "The working group on trade of the Joint Commission met in Havana on Tuesday."):
        assert found(text).event.type == "working_group_meeting", text
    # the commission itself sitting, with a working group of it named after it, is the commission's meeting
    assert found("The Belarusian-Cuban Intergovernmental Commission held its meeting in Havana, and its working "
                 "group on trade met the day before.").event.type == "commission_meeting"


def test_goods_that_arrive_are_no_visit_and_a_handover_is_held_where_it_is() -> None:
    got = found("Speaking at the handover of the equipment to the farmers in Lusaka yesterday, the deputy "
                "minister said trade between Zambia and Belarus grew by 30 percent.",
                title="Zambia, Belarus trade grows as first batch of tractors arrives")
    assert (got.event.type, got.venue) == ("meeting", "Lusaka")
    assert found("A consignment of Belarusian fertilisers arrived in Lusaka.").event.type != "visit"
    # people who arrive still visit
    assert found("The Belarusian delegation arrived in Lusaka on Monday.").event.type == "visit"


def test_a_delegation_that_worked_in_a_city_was_there() -> None:
    title = "Results of the visit of the Belarusian delegation to Tomsk Oblast"
    assert found("On 3-4 June, a Belarusian delegation headed by the Minister of Industry worked in Tomsk.",
                 "Talks were held with the governor.", title=title).venue == "Tomsk"
    assert found("This week the delegation of Grodno Oblast is working in Kazan.", "Talks were held with the mayor.",
                 title=title).venue == "Kazan"
    # (negative) those who work in a city are no visitors there
    assert found("The delegation saw Belarusian firms working in Tomsk.", "Talks were held with the mayor.",
                 title="Minister meets business").venue is None
    assert found("The governor, who worked in Tomsk for ten years, held talks.", title="Governor holds talks").venue is None


def test_celebrations_a_delegation_attends_are_held_where_named_with_no_type_of_their_own() -> None:
    for text, city in (("A delegation of Orsha took part in the celebrations of the City Day in Vyazma on 6 September.",
                        "Vyazma"), ("A delegation of Lida attended the festivities in Pskov on Saturday.", "Pskov")):
        assert found(text).venue == city, text
    # a text only timed to a celebration reports, as before
    got = found("The ambassador spoke to the newspaper in an interview timed to the celebration of Independence Day.")
    assert got.event.type == "report"
