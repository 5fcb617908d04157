from __future__ import annotations

from belcoop.parse.people import PeopleFinder, clean_role, may_name
from belcoop.parse.places import gazetteer


def people(*sentences: str) -> list[tuple[str, str | None, str | None]]:
    finder = PeopleFinder(gazetteer().mentions)
    for s in sentences:
        finder.feed(s)
    return [(p.name, p.role, p.country) for p in finder.result()]


def test_names_with_roles_before_them() -> None:
    assert people("The talks were held by Governor of Kursk Oblast Roman Starovoit and Belarus' Deputy PM Leonid Zayats.") == [
        ("Roman Starovoit", "Governor of Kursk Oblast", "RU"), ("Leonid Zayats", "Belarus' Deputy PM", "BY")]


def test_spelling_variants_are_one_person() -> None:
    found = people("Governor Mikhail Degtyaryov visited Mogilev.", "Mikhail Degtyarev said the farm will be built.",
                   "Aleksandr Lukashenko met him.", "President Lukashenko noted the progress.")
    assert [n for n, _r, _c in found] == ["Mikhail Degtyaryov", "Aleksandr Lukashenko"]


def test_surname_first_and_appositive_names() -> None:
    found = people("Wang Yixin, vice-governor of Shanxi province, signed it.",
                   "Zyznevsky, First Vice-Rector of the university, spoke next.")
    assert [n for n, _r, _c in found] == ["Wang Yixin", "Zyznevsky"]


def test_bylines_buildings_and_sentence_adverbs_are_not_people() -> None:
    assert people("By Ilona Krasutskaya: A delegation is visiting Minsk.",
                  "The guests will visit N.N. Alexandrov National Cancer Centre.",
                  "Furthermore, the President reiterated the offer.") == []


def test_brand_words_before_a_name_are_dropped() -> None:
    found = people("The General Director of MTZ-Holding Pavel Orlov called the offer promising.")
    assert [n for n, _r, _c in found] == ["Pavel Orlov"]


def test_office_words_reach_a_name_before_a_place() -> None:
    found = people("He met Head of Bashkortostan Radiy Khabirov in Ufa.")
    assert found == [("Radiy Khabirov", "Head of Bashkortostan", "RU")]


def test_month_ranges_are_not_surnames() -> None:
    found = people("Trade reached $47.5 billion in January-October, Deputy Prime Minister Viktor Karankevich said.")
    assert [n for n, _r, _c in found] == ["Viktor Karankevich"]


def test_a_role_keeps_the_country_before_it() -> None:
    found = people("The meeting was co-chaired by Belarus' Deputy Minister of Industry Dmitry Korchik.")
    assert found == [("Dmitry Korchik", "Belarus' Deputy Minister of Industry", "BY")]


# ---------------------------------------------------------------- NAME spans: particles, initials, runs


def names(*sentences: str) -> list[str]:
    return [n for n, _r, _c in people(*sentences)]


def test_particles_stay_inside_names() -> None:
    assert names("Tunisian President Hedi ben Salah el-Mansour received the delegation.") == ["Hedi ben Salah el-Mansour"]
    assert names("Commissioner Greta von der Berg spoke in Brussels.") == ["Greta von der Berg"]
    assert names("Peruvian Minister of Energy Ramon de la Vega met the delegation.") == ["Ramon de la Vega"]
    assert names("Kuwaiti Minister of Finance Hamad bin Saleh Al Jaber arrived.") == ["Hamad bin Saleh Al Jaber"]


def test_honorifics_are_no_part_of_names_or_roles() -> None:
    found = people("Emir of Sharjah His Highness Sheikh Sultan bin Saqr Al Qasimi welcomed Comrade Ivan Petrov.")
    assert found[0][:2] == ("Sultan bin Saqr Al Qasimi", "Emir of Sharjah")
    assert found[1][0] == "Ivan Petrov"


def test_initials_join_the_surname_and_merge_with_the_full_name() -> None:
    assert names("The memorandum was signed by the head of the district administration P.S.Kovalchuk.") == ["P.S. Kovalchuk"]
    found = names("Governor of Omsk Oblast Pavel Kovalenko arrived.", "The roadmap was signed by P.A. Kovalenko.")
    assert found == ["Pavel Kovalenko"]


def test_two_names_printed_together_are_split() -> None:
    found = names("Belarusian Ambassador Igor Petrishenko met Chinese Minister Lin Songtian.",
                  "Speaking to Ambassador Lin Songtian Igor Petrishenko stressed the goals.")
    assert found == ["Igor Petrishenko", "Lin Songtian"]


def test_words_before_a_given_name_in_a_long_run_belong_to_the_title() -> None:
    found = people("The talks involved Minister of Mines and Hydrocarbons Diego Fernando Molina.")
    assert found == [("Diego Fernando Molina", "Minister of Mines and Hydrocarbons", None)]
    assert names("The Director of the company AquaFarm Tomas Lindqvist came.") == ["Tomas Lindqvist"]


# ---------------------------------------------------------------- evidence


def test_unknown_given_names_count_with_a_title_or_a_surname_ending() -> None:
    assert names("Akim of Turkestan region Darkhanbek Satybaldy met the guests.") == ["Darkhanbek Satybaldy"]
    assert names("Talks were held with the Ministry of Energy of Uzbekistan Zokirjon Nurmatov.") == ["Zokirjon Nurmatov"]
    assert names("Kubanych Shadykanov discussed the deliveries.") == ["Kubanych Shadykanov"]
    assert names("Mehmet Ozer Tuncay underlined the role of the business council.") == ["Mehmet Ozer Tuncay"]


def test_capitalised_words_without_evidence_are_no_people() -> None:
    assert names("Great Stone Industrial Park attracted new residents.", "Brest Fortress Memorial hosted guests.",
                 "Therefore Belarus and Oman Investment Authority will continue.") == []


def test_a_single_word_needs_a_title_right_before_it_or_a_title_after_it() -> None:
    assert names("Ambassador Kharlamov opened the exhibition.") == ["Kharlamov"]
    assert names("Heads of Government of the Commonwealth of Independent States met.") == []
    assert names("In his speech in Lisbon, Chairman of the Parliament called for talks.") == []


# ---------------------------------------------------------------- roles


def test_roles_are_read_before_the_name_in_upper_or_lower_case() -> None:
    assert people("The contract was signed by the director of the district agricultural enterprise Oleg Zhuk.") == [
        ("Oleg Zhuk", "director of the district agricultural enterprise", None)]
    assert people("Tajik Minister of Industry and New Technologies Sherali Kabir arrived.") == [
        ("Sherali Kabir", "Tajik Minister of Industry and New Technologies", "TJ")]


def test_a_role_after_a_comma_stops_at_the_clause_boundary() -> None:
    found = people("Ivan Sidorenko, chairman of the Brest Oblast Executive Committee, said that the farm will be built.")
    assert found == [("Ivan Sidorenko", "chairman of the Brest Oblast Executive Committee", "BY")]
    found = people("Ivan Sidorenko, chairman of the Brest Oblast Executive Committee, with Oleg Rudin, the governor of "
                   "Vologda Oblast, visited the farm.")
    assert found == [("Ivan Sidorenko", "chairman of the Brest Oblast Executive Committee", "BY"),
                     ("Oleg Rudin", "governor of Vologda Oblast", "RU")]


def test_a_role_never_opens_with_a_sentence_adverb_a_day_or_a_participle() -> None:
    assert people("Today Governor of Perm Krai Dmitry Makhonin is set to hold talks in Minsk.") == [
        ("Dmitry Makhonin", "Governor of Perm Krai", "RU")]
    assert people("On Monday Belarusian President Aleksandr Lukashenko met the delegation.") == [
        ("Aleksandr Lukashenko", "Belarusian President", "BY")]
    assert people("Meanwhile Minsk Mayor Vladimir Kukharev said the city is ready.") == [
        ("Vladimir Kukharev", "Minsk Mayor", "BY")]
    assert people("Addressing Governor of Omsk Oblast Vitaly Khotsenko, the head of state praised the region.")[0] == (
        "Vitaly Khotsenko", "Governor of Omsk Oblast", "RU")
    # a place ending in -ing, and a role participle, still open a role
    assert people("Beijing Mayor Yin Yong met the delegation.") == [("Yin Yong", "Beijing Mayor", "CN")]
    assert people("Acting Governor of Kursk Oblast Alexei Smirnov arrived in Minsk.") == [
        ("Alexei Smirnov", "Acting Governor of Kursk Oblast", "RU")]


def test_a_role_after_an_opening_phrase_and_before_a_verb_is_the_main_clauses_subject() -> None:
    # "Addressing X, the Belarusian President suggested": the President is someone else, not X
    found = people("Addressing Viktor Zimin, head of the Siberian Accord association, the Belarusian President suggested"
                   " new projects.", "According to Vitaly Khotsenko, the Omsk Oblast governor said the region is ready.")
    assert ("Vitaly Khotsenko", None, None) in found and all(role != "Belarusian President" for _n, role, _c in found)
    assert ("Vitaly Khotsenko", "Omsk Oblast governor", "RU") not in found
    # without an opening phrase, an apposition whose closing comma is missing is still the name's
    assert people("Vladimir Kravtsov, the chairman of the Grodno Oblast executive committee met the ambassador.") == [
        ("Vladimir Kravtsov", "chairman of the Grodno Oblast executive committee", "BY")]
    assert people("A delegation headed by Nikolai Snopkov, First Deputy Prime Minister of Belarus toured Yaroslavl.") == [
        ("Nikolai Snopkov", "First Deputy Prime Minister of Belarus", "BY")]
    # an opening phrase whose apposition is closed by a comma keeps it
    assert people("While negotiating with Anatoly Artamonov, Governor of Kaluga Oblast, the minister praised the region.")[0] == (
        "Anatoly Artamonov", "Governor of Kaluga Oblast", "RU")


def test_role_comma_name_and_dash_lists_pair_each_role_with_its_name() -> None:
    found = people("The Prime Minister of Belarus, Roman Golovchenko, has met today with the Governor of Russia's "
                   "Tver Oblast, Igor Rudenya.")
    assert found == [("Roman Golovchenko", "Prime Minister of Belarus", "BY"),
                     ("Igor Rudenya", "Governor of Russia's Tver Oblast", "RU")]
    found = people("Present were the Chairman of Belarus' House of Representatives — Igor Sergeyenko, the Speaker "
                   "of Russia's State Duma — Vyacheslav Volodin.")
    assert found == [("Igor Sergeyenko", "Chairman of Belarus' House of Representatives", "BY"),
                     ("Vyacheslav Volodin", "Speaker of Russia's State Duma", "RU")]


def test_coordinated_people_get_their_own_roles() -> None:
    found = people("Talks were held by Kyrgyz Minister of Economy Daniyar Amangeldiev and Belarus' Minister of "
                   "Economy Yuri Chebotar.")
    assert found == [("Daniyar Amangeldiev", "Kyrgyz Minister of Economy", "KG"),
                     ("Yuri Chebotar", "Belarus' Minister of Economy", "BY")]


def test_a_title_of_several_people_gives_each_the_place_in_its_order() -> None:
    assert people("Foreign Ministers of Ukraine and Belarus Borys Tarasyuk and Sergey Martynov met in Kiev.") == [
        ("Borys Tarasyuk", "Foreign Ministers of Ukraine and Belarus", "UA"),
        ("Sergey Martynov", "Foreign Ministers of Ukraine and Belarus", "BY")]
    assert [c for _n, _r, c in people("The governors of Omsk Oblast and Tomsk Oblast, Vitaly Khotsenko and Vladimir Mazur,"
                                      " arrived in Minsk.")] == ["RU", "RU"]
    # one place for all of them: each has it; none named: none is guessed
    assert [c for _n, _r, c in people("Belarusian deputy ministers Igor Petrov and Oleg Sidorov visited Omsk.")] == ["BY", "BY"]
    assert [c for _n, _r, c in people("The two foreign ministers Fredrick Shava and Sergei Aleinik met.")] == [None, None]


def test_roles_are_never_longer_than_80_characters_nor_cut_mid_word() -> None:
    role = clean_role("First Deputy Chairman of the Standing Commission on Industry, Fuel and Energy Complex, "
                      "Transport and Communications of the House of Representatives")
    assert role is not None and len(role) <= 80 and not role.endswith(("of", "the", ","))
    long = people("He met Deputy Head of the Main Department of Foreign Economic Activity of the Ministry of "
                  "Agriculture and Food of the Republic of Belarus Olga Nikitina.")
    assert long[0][0] == "Olga Nikitina" and long[0][1] is not None and len(long[0][1]) <= 80


def test_a_counterpart_gives_a_country_but_no_title() -> None:
    found = people("Foreign Minister Maxim Ryzhenkov and his Tajik counterpart Sirojiddin Muhriddin held talks.")
    assert found[1] == ("Sirojiddin Muhriddin", None, "TJ")


# ---------------------------------------------------------------- countries


def test_an_ambassador_belongs_to_the_sending_country() -> None:
    assert people("Ambassador of Indonesia to Belarus Sutrisno Hadi visited Grodno.")[0][2] == "ID"
    assert people("Belarus' Ambassador to Vietnam Vladimir Borovikov met the governor.")[0][2] == "BY"
    assert people("The Ambassador of Belarus in Cuba Ivan Kovalenko spoke.")[0][2] == "BY"
    assert people("Ambassador to Belarus Tomas Garcia presented his credentials.")[0][2] is None


def test_demonyms_and_heads_of_state_give_countries() -> None:
    assert people("Danish Minister of Trade Lars Holm spoke.")[0][2] == "DK"
    assert people("President Lukashenka received the guests.") == [("Lukashenka", "President", "BY")]


# ---------------------------------------------------------------- not people


def test_credits_and_journalists_are_not_people() -> None:
    assert names("Photo: Anton Kruglov") == []
    assert names("Text and photo by Irina Sokolova") == []
    assert names("Governor Ivan Krupko met the guests, BelTA correspondent Anna Belova reports.") == ["Ivan Krupko"]


def test_names_of_streets_buildings_and_awards_are_not_people() -> None:
    assert names("The new store opened on Yakub Kolas Street.", "A concert was held at the Maxim Gorky Drama Theatre.",
                 "The Francysk Skaryna Medal was presented.", "The school named after hero Ivan Gavrilov hosted guests.",
                 "The guests visited the Museum-Estate Ivan Shishkin.") == []


# ---------------------------------------------------------------- variants


def test_variants_surnames_and_mr_are_merged() -> None:
    found = names("Alexander Lukashenko met Kazakh Prime Minister Olzhas Bektenov.",
                  "Aleksandr Lukashenko noted the progress.", "Mr Bektenov agreed.", "Lukashenka added.")
    assert found == ["Alexander Lukashenko", "Olzhas Bektenov"]
    assert names("Egyptian President Abdel Fattah el-Sisi came.", "El-Sisi said.") == ["Abdel Fattah el-Sisi"]
    assert names("Governor Yuri Karaev spoke.", "Yuri Karayev added.") == ["Yuri Karaev"]


def test_headline_names_complete_the_body() -> None:
    finder = PeopleFinder(gazetteer().mentions)
    finder.feed("Belarusian President met the Governor of Tula Oblast. Dyumin praised the buses.")
    finder.feed_title("Lukashenko meets with Tula Oblast Governor Aleksei Dyumin")
    assert [p.name for p in finder.result()] == ["Aleksei Dyumin"]


def test_may_name_is_a_cheap_sound_filter() -> None:
    assert not may_name("Trade in agricultural products grew in the first quarter.")
    assert may_name("Akim Darkhanbek Satybaldy came.") and may_name("The plan was signed by P.S.Kovalchuk.")


def test_a_title_may_hold_the_name_of_its_body() -> None:
    assert people("Contracts were signed, according to Belarusian Union of Employers and Entrepreneurs Chairman "
                  "Aleksandr Koshelev.") == [("Aleksandr Koshelev", "Belarusian Union of Employers and Entrepreneurs "
                                              "Chairman", "BY")]
    assert people("During the Kazakh President Kassym-Jomart Tokayev's visit, contracts were signed.") == [
        ("Kassym-Jomart Tokayev", "Kazakh President", "KZ")]
    assert people("Under the Chairmanship of Governor Ivan Krupko the session opened.") == [
        ("Ivan Krupko", "Governor", None)]


def test_lower_case_titles_keep_their_domain_words() -> None:
    assert people("The deal was signed by Belarusian agriculture minister Sergei Bartosh.") == [
        ("Sergei Bartosh", "Belarusian agriculture minister", "BY")]
    assert people("The region's governor Ivan Krupko spoke.") == [("Ivan Krupko", "governor", None)]


def test_a_role_in_brackets_after_the_name() -> None:
    assert people("We worked with Nikolai Snopkov [Belarus' First Deputy PM] on it.") == [
        ("Nikolai Snopkov", "Belarus' First Deputy PM", "BY")]
    assert people("We met Ivan Petrov (who was born in Tula) there.") == [("Ivan Petrov", None, None)]


def test_a_plural_title_is_shared_by_the_names_joined_to_it() -> None:
    assert people("The protocol was signed by the health ministers Fredrick Moyo and Dmitry Pinevich.") == [
        ("Fredrick Moyo", "health ministers", None), ("Dmitry Pinevich", "health ministers", None)]
    assert people("Governor Ivan Krupko and Sergei Ivanov met.") == [("Ivan Krupko", "Governor", None),
                                                                    ("Sergei Ivanov", None, None)]


def test_a_role_cut_at_the_body_bound_drops_the_broken_word() -> None:
    from belcoop.parse import parse_article
    from belcoop.parse.article import BODY_LIMIT
    from belcoop.parse.text import split_article

    head = ("Belarus and Russia discuss farming\n\n14 March 2022\n\nMINSK, 14 March (BelTA) – Belarus and Russia discussed"
            " cooperation in agriculture, BelTA has learned.\n\n")
    last = "The talks were attended by Ivan Petrov, Deputy Minister of Agriculture and Food of Belarus."
    meetings = [f"At meeting {i} the sides discussed supplies of grain, milk and meat to the two countries.\n\n" for i in range(2000)]
    # As many meetings as fit before the bound, then padding that puts the bound inside "Agriculture".
    count = 0
    while sum(len(p) for p in split_article(head + "".join(meetings[:count + 1])).paragraphs) < BODY_LIMIT - 200:
        count += 1
    before = sum(len(p) for p in split_article(head + "".join(meetings[:count])).paragraphs)
    pad = BODY_LIMIT - before - (last.index("Agriculture") + 5)
    text = head + "".join(meetings[:count]) + ("Also " * pad)[:pad - 1] + " " + last + "\n"
    record = parse_article(text, "cut.txt", "0" * 64, "cut")
    kept = split_article(text).paragraphs[-1][:BODY_LIMIT - before]
    assert kept.endswith("Minister of Agric") and "only" in record.notes[-1]  # the bound does fall inside the word
    [petrov] = [p for p in record.people if p.name == "Ivan Petrov"]
    assert petrov.role == "Deputy Minister"  # "Agric" dropped, then the dangling "of"


def test_a_role_of_one_word_longer_than_the_bound_is_none() -> None:
    from belcoop.analysis import people as people_analysis

    word = "Chairman" + "x" * 90
    assert clean_role(word) is None and people_analysis.clean_role(word) is None
    cut = clean_role("Deputy Chairman of the Commission on " + "Industrialisation " * 6)
    assert cut is not None and len(cut) <= 80 and cut.split()[-1] in ("Industrialisation", "Commission", "Chairman")


def test_a_diplomat_is_a_title_with_its_country() -> None:
    from belcoop.parse import parse_article

    text = "Belarus, Brazil discuss cooperation\n\nMINSK, 5 May 2023 (BelTA) – Brazilian diplomat Luiz de Souza attended the forum."
    assert [(p.name, p.role, p.country) for p in parse_article(text, "x.txt", "", "x").people] == [
        ("Luiz de Souza", "Brazilian diplomat", "BR")]


def test_a_region_named_by_its_soviet_city_name_gives_the_country() -> None:
    # Sverdlovsk is Yekaterinburg's old name and its oblast's; Archangelsk an English spelling of Arkhangelsk
    assert people("Sverdlovsk Governor Yevgeny Kuyvashev met the Belarusian delegation.") == [
        ("Yevgeny Kuyvashev", "Sverdlovsk Governor", "RU")]
    assert people("Archangelsk Mayor Dmitry Morev visited Vitebsk.") == [("Dmitry Morev", "Archangelsk Mayor", "RU")]


def test_the_leader_of_a_delegation_is_of_its_country() -> None:
    assert people("The Belarusian delegation was led by Industry Minister Alexander Yefimov.") == [
        ("Alexander Yefimov", "Industry Minister", "BY")]
    assert people("A delegation of Mogilev Oblast headed by Governor Anatoly Isachenko arrived in Cheboksary.") == [
        ("Anatoly Isachenko", "Governor", "BY")]
    assert people("A delegation from Orenburg Oblast led by Governor Denis Pasler will visit Minsk.") == [
        ("Denis Pasler", "Governor", "RU")]
    # a delegation of no named country, and a leader whose role names his own, give nothing else
    assert people("The delegation was led by Governor Anatoly Isachenko.") == [("Anatoly Isachenko", "Governor", None)]
    assert people("The Belarusian delegation was led by Kazakhstan's Ambassador Yerlan Baizhanov.")[0][2] == "KZ"


def test_a_title_that_runs_into_the_next_name_is_that_names() -> None:
    assert people("Kazakh companies have invested $40 million in Bobruisk Agromash, Deputy Head of the park administration"
                  " Alexander Yaroshenko said.") == [("Alexander Yaroshenko", "Deputy Head of the park administration", None)]
    # a title that names another's office refers to him: it stays the first person's
    assert people("The King received Anatoly Zorin, Special Envoy of President Alexander Lukashenko of Belarus.")[0] == (
        "Anatoly Zorin", "Special Envoy of President", None)
    # an apposition closed by ", and" before the next name ends there
    assert people("The talks were led by Ts.Enkhbold, Minister of Roads, Transport and Urban Development of Mongolia,"
                  " and Viktor Kozlov, Minister of Industry of Belarus.") == [
        ("Ts. Enkhbold", "Minister of Roads, Transport and Urban Development of Mongolia", "MN"),
        ("Viktor Kozlov", "Minister of Industry of Belarus", "BY")]


def test_a_title_may_hold_a_spaced_dash_between_capitalised_words() -> None:
    assert people("Governor of the Khanty-Mansi Autonomous Okrug - Yugra Natalya Komarova met with the delegation.") == [
        ("Natalya Komarova", "Governor of the Khanty-Mansi Autonomous Okrug - Yugra", "RU")]
    assert people("Deputy Prime Minister – Minister of Trade and Integration of Kazakhstan Serik Zhumangarin arrived.") == [
        ("Serik Zhumangarin", "Deputy Prime Minister – Minister of Trade and Integration of Kazakhstan", "KZ")]
    # a dateline's dash is no part of a title
    assert people("MINSK, 12 October (BelTA) – Governor of Perm Krai Dmitry Makhonin arrived in Minsk.") == [
        ("Dmitry Makhonin", "Governor of Perm Krai", "RU")]


def test_indian_honorifics_are_no_part_of_a_name() -> None:
    assert people("Indian Ambassador Shri Hemant Kotalwar met the governor.") == [("Hemant Kotalwar", "Indian Ambassador", "IN")]


def test_malaysian_and_indonesian_forms_of_address_keep_the_family_name() -> None:
    # a form of address before a name written family name first: all the words after it are the name
    assert people("Trade Minister Datuk Ng Chee Hin met Belarusian Ambassador Ivan Petrov.") == [
        ("Ng Chee Hin", "Trade Minister", None), ("Ivan Petrov", "Belarusian Ambassador", "BY")]
    assert [n for n, _r, _c in people("Dato' Ong Wei Ling said the fair was a success.")] == ["Ong Wei Ling"]
    # forms of address of two words: neither word is part of the name or of the role
    assert people("Deputy Premier Tan Sri Ong Kah Meng welcomed the guests.") == [
        ("Ong Kah Meng", "Deputy Premier", None)]
    assert people("Chief Minister Datuk Seri Hasnul Rahim said so.") == [("Hasnul Rahim", "Chief Minister", None)]
    assert [n for n, _r, _c in people("Governor Dato' Sri Azlan Rahim met them.")] == ["Azlan Rahim"]
    assert [n for n, _r, _c in people("The envoy met Ibu Dewi Lestari and Haji Faisal Omar.")] == [
        "Dewi Lestari", "Faisal Omar"]
    assert [n for n, _r, _c in people("Pak Harjono welcomed the delegation from Minsk.")] == ["Harjono"]


def test_words_of_forms_of_address_that_are_names_own_words() -> None:
    # alone, "Tan" and "Sri" are part of a name; "Pak" before more than one word is a Korean family name
    assert [n for n, _r, _c in people("Deputy Minister Tan Kok Leong met the delegation.")] == ["Tan Kok Leong"]
    assert [n for n, _r, _c in people("Finance Minister Sri Wahyuni Astuti met the delegation.")] == [
        "Sri Wahyuni Astuti"]
    assert [n for n, _r, _c in people("Premier Pak Chol Min met the delegation.")] == ["Pak Chol Min"]
    assert [n for n, _r, _c in people("Premier Pak Pong-ju met the delegation.")] == ["Pak Pong-ju"]


def test_a_citys_name_as_the_surname_after_a_given_name() -> None:
    from belcoop.parse import parse_article

    def people(text: str) -> list[str]:
        return [p.name for p in parse_article("Talks\n\n" + text, path="x", sha256="0", record_id="x").people]

    assert people("Smolensk Mayor Andrei Borisov met the Belarusian delegation in Smolensk.") == ["Andrei Borisov"]
    assert people("Deputy Governor Sergei Kirov said trade with Minsk grew by 10% last year.") == ["Sergei Kirov"]
    assert people("President Alexander Lukashenko visited Minsk and Brest on Monday.") == ["Alexander Lukashenko"]


def test_a_title_ending_in_a_state_of_india() -> None:
    from belcoop.parse import parse_article

    found = parse_article("Talks\n\nLukashenko met with Chief Minister of Uttar Pradesh Yogi Adityanath in Lucknow.",
                          path="x", sha256="0", record_id="x")
    assert [(p.name, p.country) for p in found.people if p.name != "Lukashenko"] == [("Yogi Adityanath", "IN")]
    assert found.venue == "Lucknow"


def test_a_name_before_a_credit_of_an_unnamed_correspondent_is_the_storys() -> None:
    from belcoop.parse import parse_article

    def people(text: str) -> list[str]:
        return [p.name for p in parse_article("Talks\n\n" + text, path="x", sha256="0", record_id="x").people]

    assert people("Lukashenko held talks with Governor of Novgorod Region Andrei Nikitin, BelTA correspondent reports.") == [
        "Lukashenko", "Andrei Nikitin"]
    assert people("The talks were covered by Anna Ivanova, BelTA correspondent, in Minsk.") == []


def test_a_given_name_after_bint_is_the_fathers() -> None:
    from belcoop.parse import parse_article

    found = parse_article("Talks\n\nLukashenko met with Minister of Commerce Laila bint Ahmed Al Najjar.", path="x", sha256="0",
                          record_id="x")
    assert [(p.name, p.role) for p in found.people][1:] == [("Laila bint Ahmed Al Najjar", "Minister of Commerce")]


def test_a_parliaments_name_before_a_person_is_the_title() -> None:
    from belcoop.parse import parse_article

    found = parse_article("Talks\n\nGolovchenko met with Chairwoman of the Senate of the Oliy Majlis Tanzila Narbayeva.", path="x",
                          sha256="0", record_id="x")
    assert [p.name for p in found.people] == ["Golovchenko", "Tanzila Narbayeva"]


def test_a_family_name_written_first_after_an_unknown_place_opens_the_name() -> None:
    from belcoop.parse import parse_article

    found = parse_article("Talks\n\nTurchin met with Mayor of Weifang Liu Yunshan.", path="x", sha256="0", record_id="x")
    assert [(p.name, p.role) for p in found.people][1:] == [("Liu Yunshan", "Mayor of Weifang")]


def test_a_role_ending_in_a_place_of_several_or_unknown_words_keeps_the_place_out_of_the_name() -> None:
    def names(sentence: str) -> list[str]:
        return [n for n, _r, _c in people(sentence)]

    assert names("Head of the Republic of Mari El Pavel Gromov met the Belarusian ambassador.") == ["Pavel Gromov"]
    assert names("Governor of North Sumatra Bobby Nasution met the Belarusian ambassador.") == ["Bobby Nasution"]
    assert names("Hakim of Lebap Velayat Atajan Orazov met the Belarusian ambassador.") == ["Atajan Orazov"]
    assert names("Mayor of Taunggyi Aung Kyaw Min met the Belarusian ambassador.") == ["Aung Kyaw Min"]
    assert people("Mayor of Taunggyi Aung Kyaw Min met the Belarusian ambassador.")[0][1] == "Mayor of Taunggyi"
    # a name right after "of" that is no office's: kept whole
    assert names("The visit of Aung Kyaw Min ended.") != ["Kyaw Min"]


def test_his_excellency_is_no_name() -> None:
    found = people("The session was co-chaired by H.E. Salim bin Rashid Al Harthy, Minister of Trade, and H.E. Oleg "
                   "Petrov, Minister of Industry of Belarus.", "H.E. Al Harthy said trade grew.")
    assert [n for n, _r, _c in found] == ["Salim bin Rashid Al Harthy", "Oleg Petrov"]


def test_names_written_family_name_first_may_end_in_van_and_long_names_keep_five_words() -> None:
    assert [n for n, _r, _c in people("Deputy Minister Pham Duc Van attended the talks.")] == ["Pham Duc Van"]
    assert [n for n, _r, _c in people("Ursula van der Berg attended the talks.")] != ["Ursula van"]
    assert [n for n, _r, _c in people("Deputy Minister Sri Ayu Ratna Dewi Lestari met the ambassador.")] == [
        "Sri Ayu Ratna Dewi Lestari"]


def test_a_given_name_and_patronymic_is_the_person_it_addresses() -> None:
    # the Russian form of address in an interview is the minister named in full, not a second person
    found = people("The magazine talked with Minister of Energy Oleg Ivanov.", "— Oleg Petrovich, how was the year?")
    assert [n for n, _r, _c in found] == ["Oleg Ivanov"]
    found = people("Ambassador Aidos Temirov met the press.", "— Aidos Serikovich, what about trade?")
    assert [n for n, _r, _c in found] == ["Aidos Temirov"]  # a patronymic of a name the list lacks
    assert people("— Oleg Petrovich, how was the year?") == []  # an address to no one the article names
    # out of a vocative the two words are a given and a family name, made alike in Belarus; nor is a title's dash a turn
    found = people("Deputy Minister Nikolai Borisevich met Governor Nikolai Petrov.", "Poet Ivan Nikiforovich, too.")
    assert [n for n, _r, _c in found] == ["Nikolai Borisevich", "Nikolai Petrov", "Ivan Nikiforovich"]
    found = people("The Chairman of the Council — Mikhail Lukashevich, and the governor met.",
                   "Governor Mikhail Orlov spoke.")
    assert [n for n, _r, _c in found] == ["Mikhail Lukashevich", "Mikhail Orlov"]


def test_sheikh_opens_a_name_without_bin_or_al() -> None:
    # in Bangladesh "Sheikh" is part of the name, and the name without it later is the same person
    found = people("Industries Adviser Sheikh Karim Hossain met Ambassador Ivan Petrov.", "Karim Hossain said it.")
    assert [n for n, _r, _c in found] == ["Sheikh Karim Hossain", "Ivan Petrov"]
    # a Gulf ruler's title: before "bin" and "Al", or after another form of address
    assert [n for n, _r, _c in people("Sheikh Rashid bin Saeed Al Nuaimi met the minister.")] == ["Rashid bin Saeed Al Nuaimi"]
    assert [n for n, _r, _c in people("The minister met His Highness Sheikh Rashid.")] == ["Rashid"]


def test_a_speaker_tag_in_capitals_names_a_person_with_a_role() -> None:
    assert people("ANATOLY SIVAK, GOVERNOR OF TULA REGION: We count on Belarusian lifts.") == [
        ("Anatoly Sivak", "Governor of Tula Region", "RU")]
    assert people("KAZAN, 3 May 2026 - NIKOLAI PETROVSKY: The plant will open in June.")[0][0] == "Nikolai Petrovsky"
    assert people("PRESENTER: The talks went well.") == []  # a one-word label names nobody


def test_a_capitals_correspondent_label_opens_the_reporters_sign_off() -> None:
    found = people("CORRESPONDENT: Igor Sokolov, Maxim Lebedev, ONT, Kazan.")
    assert [n for n, _r, _c in found] == ["Igor Sokolov", "Maxim Lebedev"]
    assert people("Correspondent Igor Sokolov reports.") == []  # a journalist's credit, as before


def test_the_peoples_in_an_autonomous_regions_name_are_no_person() -> None:
    # the capitalised words before "Autonomous Region" name the region (its place and its peoples), and the person
    # after the title is found
    assert people("Chairman of the Xinjiang Uygur Autonomous Region Nurlan Abdulla met the Belarusian ministers.") == [
        ("Nurlan Abdulla", "Chairman of the Xinjiang Uygur Autonomous Region", "CN")]
    assert [n for n, _r, _c in people("Governor of the Ningxia Hui Autonomous Region Ma Wenjun opened the fair.")] == [
        "Ma Wenjun"]
    assert [n for n, _r, _c in people("Head of the Dehong Dai and Jingpo Autonomous Prefecture Wang Jun spoke.")] == [
        "Wang Jun"]
    assert people("The Belarusian delegation toured the Ningxia Hui Autonomous Region.") == []
    # a person right before the words of such a name stays one
    assert [n for n, _r, _c in people("Governor Ivan Petrov and Nenets Autonomous Okrug officials met in Naryan-Mar.")] == [
        "Ivan Petrov"]


def test_an_interviewers_credit_line_names_no_person_of_the_story() -> None:
    for credit in ("Interviewed by Olga Sidorova", "Interviewed by Olga Sidorova, BelTA", "Interview by Olga Sidorova",
                   "Interviewer: Olga Sidorova", "Photo by Olga Sidorova", "Prepared by Olga Sidorova",
                   "Reported by Olga Sidorova", "Compiled by Olga Sidorova"):
        assert people("Ambassador Ivan Sokolov spoke about the plans.", credit) == [("Ivan Sokolov", "Ambassador", None)], credit
    # a person the story names after "interviewed" is still one
    assert [n for n, _r, _c in people("Governor Ivan Sokolov interviewed Olga Sidorova for the post.")] == [
        "Ivan Sokolov", "Olga Sidorova"]


def test_the_interviewer_of_a_credit_line_is_no_person_of_the_story_where_the_text_names_her_again() -> None:
    from belcoop.parse import parse_article

    text = ("Consul: Grodno and Samarkand can trade more\n\nSAMARKAND, 5 May 2025 - Consul Pavel Orlov spoke about trade "
            "between Grodno Oblast and Samarkand region in an interview.\n\nMarina Belova: How do you see the ties?\n\n"
            "Pavel Orlov: Trade in dairy products is growing every month.\n\n{credit}\n")
    for credit in ("Interviewed by Marina Belova, BelTA", "Prepared by Marina Belova"):
        found = parse_article(text.format(credit=credit), path="x", sha256="0", record_id="x")
        assert [p.name for p in found.people] == ["Pavel Orlov"], credit
    # with no credit line, the name the text gives is kept
    found = parse_article(text.format(credit="The consulate thanked the region."), path="x", sha256="0", record_id="x")
    assert "Marina Belova" in [p.name for p in found.people]


def test_a_five_word_name_after_the_field_of_an_office() -> None:
    from belcoop.parse.people import PeopleFinder
    from belcoop.parse.places import gazetteer

    finder = PeopleFinder(gazetteer().mentions)
    finder.feed("Indonesian Minister of Trade Budi Roro Esti Widya Putri met the Belarusian delegation.")
    assert [(p.name, p.role) for p in finder.result()] == [("Budi Roro Esti Widya Putri", "Indonesian Minister of Trade")]


def test_a_surname_cited_by_according_to_with_its_office_after_it() -> None:
    from belcoop.parse.people import PeopleFinder
    from belcoop.parse.places import gazetteer

    finder = PeopleFinder(gazetteer().mentions)
    finder.feed("According to Kuzmenkova, head of the regional department of trade, exports grew.")
    assert [(p.name, p.role) for p in finder.result()] == [("Kuzmenkova", "head of the regional department of trade")]
    finder = PeopleFinder(gazetteer().mentions)
    finder.feed("According to Belstat, the National Statistical Committee, exports grew.")
    assert finder.result() == []


# ---------------------------------------------------------------- one family name written first, two people


def test_two_people_of_one_family_name_written_first_are_two() -> None:
    found = names("Party Secretary Zhang Guoqing received the Belarusian delegation in Harbin.",
                  "Deputy Secretary Zhang Lihua also took part in the talks.")
    assert found == ["Zhang Guoqing", "Zhang Lihua"]
    found = names("President Nguyen Van Thanh welcomed the guests.", "Vice President Nguyen Thi Hoa spoke after him.")
    assert found == ["Nguyen Van Thanh", "Nguyen Thi Hoa"]


def test_one_person_of_a_family_name_written_first_is_still_one() -> None:
    # the same given name spelt with or without a hyphen, and the family name alone, are the one person
    found = names("Governor Zhang Guoqing met the delegation.", "Zhang Guo-qing noted the progress.", "Mr Zhang thanked them.")
    assert found == ["Zhang Guoqing"]
    # a name in the Western order keeps merging on its surname's spellings
    assert names("Governor Mikhail Degtyaryov opened it.", "Mikhail Degtyarev spoke.") == ["Mikhail Degtyaryov"]


# ---------------------------------------------------------------- a long title whose fields are joined by "and"


def test_a_field_after_and_in_a_title_is_no_part_of_the_name() -> None:
    assert people("The Belarusian side met Minister of Water and Lands Orlando Prieto Vargas in Caracas.") == [
        ("Orlando Prieto Vargas", "Minister of Water and Lands", None)]
    assert people("Talks were held with Minister of People's Power for Fisheries and Lands Wilmer Arcaya Soto.") == [
        ("Wilmer Arcaya Soto", "Minister of People's Power for Fisheries and Lands", None)]
    assert people("Yefimov met Minister of Agriculture and Lands Alex Mora.")[-1] == (
        "Alex Mora", "Minister of Agriculture and Lands", None)


def test_a_name_after_and_is_kept_whole_when_no_field_comes_before_it() -> None:
    # "the Minister of ... and X": a title with no holder, then a second person; a name read before "and" is no field
    assert names("Talks involved the Minister of Agriculture and Wilmer Arcaya Zubarev.") == ["Wilmer Arcaya Zubarev"]
    assert names("Governor of Minsk Oblast Ivan Petrov and Wilmer Arcaya Zubarev spoke.") == [
        "Ivan Petrov", "Wilmer Arcaya Zubarev"]


def test_a_chinese_given_name_in_two_transliterations_is_one_person() -> None:
    # pinyin and the Russian transliteration of one given name
    assert names("Secretary Han Zhiqiang met the guests.", "Han Zhitsyan thanked the delegation.") == ["Han Zhiqiang"]
    # a Vietnamese middle name shared by two people does not make them one
    assert names("Prime Minister Pham Minh Chinh spoke.", "Minister Pham Minh Chau attended.") == [
        "Pham Minh Chinh", "Pham Minh Chau"]


def test_the_field_of_an_office_stays_out_of_the_name() -> None:
    # the words of a portfolio after "Minister of/for" are the field, whatever the last word: a listed field word,
    # the ending of an abstract noun, or a common noun's ending in the field's place
    assert people("Minister of Defence Production Tahir Gul Wazir visited the plant in Minsk.") == [
        ("Tahir Gul Wazir", "Minister of Defence Production", None)]
    assert people("The guests met Federal Minister for Textiles and Production Qamar Zaman Kaira in Lahore.") == [
        ("Qamar Zaman Kaira", "Federal Minister for Textiles and Production", None)]
    assert people("Minister of Youth Initiatives Owais Ghauri thanked the hosts.") == [
        ("Owais Ghauri", "Minister of Youth Initiatives", None)]
    assert people("Minister of Civil Aviation Baber Awan signed the deal.") == [
        ("Baber Awan", "Minister of Civil Aviation", None)]
    assert people("Minister of Light Manufacturing Baber Awan Kazmi signed the deal.") == [
        ("Baber Awan Kazmi", "Minister of Light Manufacturing", None)]


def test_a_name_after_a_short_title_is_kept_whole() -> None:
    # negative: after a field of one known word, a name of three words keeps its first word
    assert people("Minister of Foreign Affairs Rana Tanveer Hussain met the ambassador.") == [
        ("Rana Tanveer Hussain", "Minister of Foreign Affairs", None)]
    assert people("Minister of Defence Raza Hayat Khan met the ambassador.") == [
        ("Raza Hayat Khan", "Minister of Defence", None)]
    # a family name shaped like an abstract noun but not one ("-ution"), a "-ment" of seven letters
    assert people("Governor of North Sumatra Bobby Nasution met the ambassador.") == [
        ("Bobby Nasution", "Governor of North Sumatra", None)]
    assert people("Minister of Trade Clement Ivanov met the ambassador.") == [("Clement Ivanov", "Minister of Trade", None)]
    # surnames that are English words, when clearly names
    assert people("Tourism Minister Ahmad Baker Rice opened the fair.") == [("Ahmad Baker Rice", "Tourism Minister", None)]


def test_sheikh_after_a_name_is_its_family_name() -> None:
    assert people("Minister of Maritime Affairs Junaid Sheikh met the Belarusian delegation.") == [
        ("Junaid Sheikh", "Minister of Maritime Affairs", None)]
    # negative: before a name it is the form of address ("Sheikh Mohammed ..."), not the last word of the name before
    found = people("Minister Ivan Petrov and Sheikh Mohammed bin Rashid Al Maktoum met.")
    assert [n for n, _r, _c in found] == ["Ivan Petrov", "Mohammed bin Rashid Al Maktoum"]


# ---------------------------------------------------------------- people36: West African and SE-Asian usage


def test_abbreviated_governor_title_opens_a_name() -> None:
    assert people("Gov. Musa Danjuma Bello of Kaduna State visited a tractor plant.") == [
        ("Musa Danjuma Bello", "Gov", None)]
    # "Gov" is no part of a name, and the words after it still need to look like one
    assert names("The Gov. Office Building was opened in March.") == []
    assert names("Gov. Trade Policy Review Committee met on Monday.") == []


def test_pilgrim_forms_of_address_are_no_part_of_names() -> None:
    assert names("Spokesman Alhaji Ibrahim Garba Shehu addressed reporters.") == ["Ibrahim Garba Shehu"]
    assert names("Commissioner Hajiya Amina Lawal Kura spoke at the fair.") == ["Amina Lawal Kura"]
    # alone, the words are no person
    assert names("Alhaji and Hajiya are titles used in northern regions.") == []


def test_a_form_of_address_and_a_given_name_is_the_person_named_before() -> None:
    assert names("Thai Commerce Minister Phumtham Wechayachai met the delegation.",
                 "Mr Phumtham praised the Belarusian buses.") == ["Phumtham Wechayachai"]
    assert names("Indonesian Minister Budi Santoso Wirawan arrived.", "Pak Budi thanked the hosts.") \
        == ["Budi Santoso Wirawan"]


def test_a_given_name_without_a_form_of_address_or_before_the_full_name_stays_apart() -> None:
    found = names("Mr Somchai opened the talks.", "Deputy Minister Somchai Kittikul spoke later.")
    assert len(found) == 2  # named by given name first: not joined to a later full name
    # a different given name is another person; a given name that is not the first word is no match either
    assert len(names("Minister Ivan Petrov spoke.", "Mr Sergei spoke next.")) == 2
    assert names("Minister Ivan Petrov spoke.", "Mr Ivanov spoke next.") == ["Ivan Petrov", "Ivanov"]


def test_a_malay_title_of_birth_before_forms_of_address_is_part_of_the_name() -> None:
    assert names("Said Transport Minister Tunku Datuk Seri Hamzah Tunku Ismail.",
                 "Tunku Hamzah added that rail links matter.") == ["Tunku Hamzah Tunku Ismail"]
    # without a form of address in between the title stays where the name has it
    assert names("Minister Tengku Hamzah Tengku Ismail spoke.") == ["Tengku Hamzah Tengku Ismail"]
    # a short form that is not the full name's first two words is another person
    assert names("Minister Tengku Hamzah Tengku Ismail spoke.", "Deputy Minister Tengku Ahmad said so.") == [
        "Tengku Hamzah Tengku Ismail", "Tengku Ahmad"]
    # a word that is no title of birth before the forms of address stays out of the name
    assert names("Trade Minister Datuk Seri Hamzah Ismail said so.") == ["Hamzah Ismail"]


def test_every_name_of_a_line_of_the_pages_staff_is_no_person_of_the_story() -> None:
    from belcoop.parse import parse_article

    text = ("Belarusian week opens in Wuhan\n\nA Belarusian goods week opened in Wuhan on Monday, said Wang Jianguo, "
            "vice mayor of Wuhan.\n\n\u201cWe are glad to see Belarusian producers here,\u201d Wang Jianguo said.\n\n"
            "(Web editor: Sun Mingyu, Gao Lihua)\n")
    record = parse_article(text, path="x", sha256="0", record_id="x")
    assert [p.name for p in record.people] == ["Wang Jianguo"]
    text2 = text.replace("(Web editor: Sun Mingyu, Gao Lihua)", "[Editors: Sun Mingyu and Gao Lihua]")
    assert [p.name for p in parse_article(text2, path="x", sha256="0", record_id="x").people] == ["Wang Jianguo"]


def test_initials_of_two_letters_and_an_associate_professors_title() -> None:
    from belcoop.parse.text import split_sentences

    paragraph = "A delegation headed by Governor Ch. Ganbaatar will visit Vitebsk Region. The talks open on Monday."
    assert split_sentences(paragraph)[0] == "A delegation headed by Governor Ch. Ganbaatar will visit Vitebsk Region."
    assert [n for n, _r, _c in people(*split_sentences(paragraph))] == ["Ch. Ganbaatar"]
    assert [n for n, _r, _c in people("Rector Assoc. Prof. Dr. Tran Van Hoa said the institute would send students.")] == [
        "Tran Van Hoa"]
    # (negative) a word ending in such letters ends its sentence
    assert split_sentences("The delegation visited Zurich. Ya Li met them.") == ["The delegation visited Zurich.",
                                                                                "Ya Li met them."]


def test_a_bodys_name_after_a_lower_case_head_is_no_person() -> None:
    for text in ("MTZ and the Smolensk agricultural holding Krasny Bor signed a contract for 30 tractors.",
                 "Amkodor and the Fergana agro cluster Rishton Agro agreed on supplies of loaders."):
        assert people(text) == [], text
    # a person's given name after such a word is still a person
    assert [p[0] for p in people("The cluster Ivan Petrov heads was founded in 2020.")] == ["Ivan Petrov"]


def test_a_given_name_in_russian_and_belarusian_spelling_is_one_person() -> None:
    found = people("Deputy Governor Vladimir Kravets opened the fair in Mogilev.", "Uladzimir Kravets then met the guests.")
    assert [p[0] for p in found] == ["Vladimir Kravets"]
    found = people("Yevgeny Lisovsky met the delegation.", "Yauhen Lisovsky said exports grew.")
    assert [p[0] for p in found] == ["Yevgeny Lisovsky"]
    # two given names that are not spellings of one: two people
    found = people("Nikolai Kravets met the delegation.", "Mikhail Kravets said exports grew.")
    assert [p[0] for p in found] == ["Nikolai Kravets", "Mikhail Kravets"]
