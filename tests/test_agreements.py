"""Signed documents (belcoop/parse/agreements.py), one rule at a time, on sentences written for these tests."""

from __future__ import annotations

from belcoop.parse.agreements import find_agreements


def kinds(*paragraphs: str | list[str], title: str | None = None) -> list[tuple[str, int | None]]:
    return [(a.kind, a.count) for a in find_agreements(list(paragraphs), title)]


# ---------------------------------------------------------------- signing words and their verb group

def test_signed_inked_concluded_exchanged() -> None:
    assert kinds("Grodno Oblast and Jilin Province signed a cooperation programme for 2024-2026.") == [("program", 1)]
    assert kinds("The ministries inked three memorandums on veterinary control.") == [("memorandum", 3)]
    assert kinds("Belarusian dairy companies concluded contracts worth $12 million in Almaty.") == [("contract", None)]
    assert kinds("The co-chairs exchanged the minutes of the session.") == [("protocol", 1)]


def test_present_tense_reports_a_signing() -> None:
    assert kinds("The roadmap covers trade and tourism.", title="Vitebsk Oblast, Hunan sign roadmap") == [("roadmap", 1)]
    assert kinds("At every forum we sign contracts with Bashkir companies.") == [("contract", None)]


def test_future_planned_modal_or_negated_is_not_signed() -> None:
    for sentence in (
        "A memorandum on tourism will be signed in October.",
        "The sides plan to sign an action plan for 2025.",
        "A roadmap is to be signed during the visit.",
        "Belarus and Laos are ready to sign an agreement on education.",
        "The agreement has not been signed yet.",
        "A programme of cooperation is being prepared for signing.",
        "They called for the early signing of a trade agreement.",
        "The exhibition is a platform for presenting products and signing contracts.",
        "The regions agreed to discuss and sign agreements on culture.",
        "The protocol will be drafted and signed in Minsk.",
        "The two governors agreed to work on signing a twinning agreement.",
        "The programme of the visit will include talks and the signing of several agreements.",
        "The signing of the roadmap is scheduled for June.",
        "Mogilev plans to establish sister-city ties and sign cooperation agreements with two Polish towns.",
    ):
        assert kinds(sentence) == [], sentence


def test_denied_documents_are_not_signed() -> None:
    assert kinds("No agreements were signed at the forum.") == []
    assert kinds("Not a single contract was concluded.") == []


def test_signatures_under_a_document() -> None:
    assert kinds("The two governors put their signatures under a memorandum of friendship.") == [("memorandum", 1)]


def test_approved_in_force_and_verbal_agreements_are_no_signed_documents() -> None:
    assert kinds("The government approved a draft roadmap with Tula Oblast.") == []
    assert kinds("The agreement on air services has been in force since 2004.") == []
    assert kinds("The ministers reached agreement on new flights.") == []
    assert kinds("Agreements were reached on joint projects, which were included in the roadmap signed today.") == [
        ("roadmap", 1)]


def test_a_signing_noun_that_took_place() -> None:
    assert kinds("The visit ended with the signing of a protocol on border trade.") == [("protocol", 1)]
    assert kinds("After the signing of the agreement, the ministers spoke to the press.") == [("agreement", 1)]
    assert kinds("The sides agreed to expand exchange trade in grain.") == []


# ---------------------------------------------------------------- what a signing governs

def test_objects_joined_to_the_first() -> None:
    assert kinds("The sides signed an agreement on science and two memorandums on sport.") == [
        ("agreement", 1), ("memorandum", 2)]
    assert kinds("Iran and Belarus signed a roadmap as well as six other agreements.") == [("roadmap", 1), ("agreement", 6)]
    assert kinds("The governor signed on Friday, 12 May, a series of agreements with three districts.") == [("agreement", None)]


def test_a_document_inside_another_documents_description_is_not_signed() -> None:
    assert kinds("The regions signed a plan of measures to implement the cooperation agreement.") == [("action_plan", 1)]
    assert kinds("Belarus and Armenia signed a protocol amending the agreement on taxation.") == [("protocol", 1)]
    assert kinds("They signed agreements on joint training programmes.") == [("agreement", None)]


def test_a_second_verb_ends_the_reach() -> None:
    assert kinds("The delegation signed cooperation documents and finalized sectoral roadmaps.") == [("agreement", None)]


def test_subjects_before_a_passive_signing() -> None:
    assert kinds("A cooperation agreement between the two regions and an action plan to implement it were signed.") == [
        ("agreement", 1), ("action_plan", 1)]
    assert kinds("Contracts worth $8 million were signed at the fair.") == [("contract", None)]
    assert kinds("Under the existing agreement, four contracts were signed.") == [("contract", 4)]


def test_participles_and_relative_clauses() -> None:
    assert kinds("The tasks follow from the documents signed between the cities.") == [("agreement", None)]
    assert kinds("The roadmap that Belarus and Laos signed in 2021 is being carried out.") == [("roadmap", 1)]
    assert kinds("The plans rest on the protocol on implementing the agreement, which was signed in Vitebsk.") == [
        ("protocol", 1)]


def test_a_participle_after_the_document_and_its_description_reports_it_signed_earlier() -> None:
    # "signed in YEAR" / "signed last year" / "signed earlier" after the noun and the words describing it
    assert kinds("The ministers checked progress on the implementation of the agreement on assembling buses in "
                 "Lahore, signed in 2021.") == [("agreement", 1)]
    assert kinds("The governors talked about projects under the memorandum on dairy farming signed last year.") == [
        ("memorandum", 1)]
    assert kinds("Within the framework of the roadmap, signed earlier, the plant shipped 30 lifts.") == [("roadmap", 1)]


def test_a_participle_of_the_future_after_the_document_reports_no_signing() -> None:
    for sentence in (
        "The ministers checked progress on the implementation of the agreement on buses, to be signed in 2026.",
        "The governors talked about projects under the memorandum on dairy farming, planned to be signed in May.",
        "The sides looked at the draft of the roadmap on tourism, ready to be signed at the forum.",
        "The sides looked at the implementation of the roadmap on tourism, not yet signed.",
    ):
        assert kinds(sentence) == [], sentence
    # an active "signed" with its own object after a document is not the document's participle
    assert kinds("The ministers reviewed the agreement on trade, signed a protocol and left.") == [("protocol", 1)]


def test_including_names_the_documents_of_a_package() -> None:
    assert kinds("A package of documents was signed, including an agreement on customs and two memorandums.") == [
        ("agreement", 1), ("memorandum", 2)]


def test_a_numbered_package_keeps_its_count_beside_the_documents_it_names() -> None:
    # the one named, and the rest of no stated kind (agreements, as an unnamed document is)
    assert kinds("The parties signed 11 documents, including an intergovernmental agreement on education.") == [
        ("agreement", 11)]
    assert kinds("The parties signed 5 documents, including a roadmap and a memorandum.") == [
        ("roadmap", 1), ("memorandum", 1), ("agreement", 3)]
    assert kinds("The parties signed two documents, including a roadmap and a memorandum.") == [
        ("roadmap", 1), ("memorandum", 1)]


def test_a_numbered_package_with_a_plural_of_no_number_among_its_items_is_its_items() -> None:
    # "several contracts" may be any number of the 12: how many documents are left for the agreement is not known
    assert kinds("The ministers signed 12 documents, among them an agreement on customs and several contracts for the "
                 "supply of buses.") == [("agreement", 1), ("contract", None)]
    assert kinds("The ministers signed 12 documents, including a memorandum on tourism and contracts for tractors.") == [
        ("memorandum", 1), ("contract", None)]
    # (negative) items that all have a number still leave the rest to the agreements
    assert kinds("The ministers signed 12 documents, among them an agreement on customs and four contracts for the "
                 "supply of buses.") == [("agreement", 8), ("contract", 4)]


# ---------------------------------------------------------------- counts

def test_one_number_for_two_kinds_counts_neither() -> None:
    assert kinds("Six memorandums and agreements were signed at the forum.") == [("memorandum", None), ("agreement", None)]
    assert kinds("Four contracts and a memorandum of intent were signed.") == [("contract", 4), ("memorandum", 1)]


def test_counts_that_are_not_exact_or_not_counts() -> None:
    assert kinds("More than 30 contracts were signed.") == [("contract", None)]
    assert kinds("A number of contracts were signed.") == [("contract", None)]
    assert kinds("A total of 14 documents were signed.") == [("agreement", 14)]
    assert kinds("The 2024-2026 roadmap was signed in Kazan.") == [("roadmap", 1)]
    assert kinds("Twelve MoUs were inked in Muscat.") == [("memorandum", 12)]


def test_an_abbreviation_in_brackets_is_the_same_document() -> None:
    assert kinds("They signed five memorandums of understanding (MoUs) on trade.") == [("memorandum", 5)]
    assert kinds("The minutes and the action plan (road map) were signed.") == [
        ("protocol", 1), ("action_plan", 1), ("roadmap", 1)]


# ---------------------------------------------------------------- anaphora, lists, headline

def test_the_document_is_the_one_named_before() -> None:
    assert kinds("Brest Oblast and Shaanxi drew up a roadmap for 2025.", "The document was signed on Tuesday.") == [
        ("roadmap", 1)]
    assert kinds("The two mayors signed a twinning agreement.", "The document was signed in the city hall.") == [
        ("agreement", 1)]
    assert kinds("Belarus and Egypt inked several contracts and memos.", "The deals were signed in Cairo.") == [
        ("contract", None), ("memorandum", None)]
    assert kinds("Belarus and Mali signed an oil deal.") == [("agreement", 1)]


def test_commercial_deals_are_contracts() -> None:
    assert kinds("Belarusian exporters also concluded deals with wholesale buyers in Jakarta.") == [("contract", None)]
    assert kinds("Deals worth $7 million were sealed on the first day.") == [("contract", None)]
    assert kinds("Several deals were concluded at the exhibition in Nairobi.") == [("contract", None)]
    assert kinds("The ministers signed two agreements, and the companies inked deals.") == [
        ("agreement", 2), ("contract", None)]


def test_a_deal_of_governments_or_one_referred_back_to_is_no_contract() -> None:
    assert kinds("The two presidents inked a gas deal in Caracas.") == [("agreement", 1)]
    assert kinds("The sides signed a roadmap and a protocol.", "The deals were signed in the presence of the "
                 "companies.") == [("roadmap", 1), ("protocol", 1)]
    assert kinds("The companies will conclude deals worth $3 million at the fair.") == []


def test_the_same_documents_told_again_add_nothing() -> None:
    assert kinds("Nine agreements were signed.", "We have signed agreements in many areas.") == [("agreement", 9)]


def test_an_itemised_list_gives_each_document() -> None:
    found = kinds(
        ["The parties signed a number of documents:"],
        ["An agreement on trade cooperation between Mogilev Oblast and Hubei."],
        ["Twinning agreement between Bobruisk and Xiangyang. It opens the way to student exchanges."],
        ["A memorandum on tourism between the two tourism boards."],
        ["The delegation then visited a dairy plant."],
    )
    assert found == [("agreement", 2), ("memorandum", 1)]


def test_a_list_after_a_passive_intro() -> None:
    found = kinds(["The following documents were signed:"], ["an agreement on vocational training;"],
                  ["a memorandum on tourism;"], ["two contracts for the supply of buses."], ["The guests then left."])
    assert found == [("agreement", 1), ("memorandum", 1), ("contract", 2)]


def test_a_list_replaces_the_count_it_restates() -> None:
    found = kinds(
        ["Oman and Belarus signed on Sunday 4 memorandums of understanding (MoUs)."],
        ["The MoUs include:"],
        ["Supply agreement: between a Minsk plant and an Omani trader."],
        ["Logistics MoU: between two carriers."],
        ["Tyre supply contract: for 2026."],
        ["Healthcare MoU: between two hospitals."],
        ["The forum closed with a reception."],
    )
    assert found == [("agreement", 1), ("memorandum", 2), ("contract", 1)]


def test_the_headline_speaks_only_when_the_body_reports_no_signing() -> None:
    assert kinds("26 agreements are the result of the forum.", title="Belarus, Laos conclude 26 agreements") == [
        ("agreement", 26)]
    assert kinds("The regions signed several agreements.", title="Belarus, Amur Oblast sign contracts") == [
        ("agreement", None)]
    assert kinds("The sides discussed trade.", title="Belarus, Oman to sign roadmap") == []
    assert kinds(title="Belarus, Tatarstan sign 15 contracts") == [("contract", 15)]  # nothing but a headline
    assert kinds("The sides discussed textile projects.", title="Belarus, Oman sign roadmap 27.04.2023") == []


def test_an_initialled_document_is_not_signed_yet() -> None:
    assert kinds("The sides initialled an agreement on cooperation.") == []


def test_a_document_after_one_that_another_is_to() -> None:
    """ "a protocol to the cooperation agreement and an action plan": the agreement is what the protocol is to; the
    action plan joined after it is signed too."""
    from belcoop.parse.agreements import find_agreements

    kinds = [a.kind for a in find_agreements([["The sides signed a protocol to the cooperation agreement and an action "
                                                 "plan."]], None)]
    assert kinds == ["protocol", "action_plan"]
    assert [a.kind for a in find_agreements([["They signed a plan to implement the agreement."]], None)] == ["action_plan"]


# ---------------------------------------------------------------- lists of documents restated, instruments, frameworks

def test_documents_restated_in_the_next_sentence_are_their_kinds() -> None:
    assert kinds(["Laos and Belarus signed 9 documents after the talks.", "The documents included a roadmap for 2026, "
                  "an agreement on tourism, a memorandum between the universities and two contracts."]) == [
        ("roadmap", 1), ("agreement", 5), ("memorandum", 1), ("contract", 2)]
    assert kinds(["The sides signed several documents.", "The documents were a roadmap and a memorandum."]) == [
        ("roadmap", 1), ("memorandum", 1)]
    # the documents said of, not listed: the count stays
    assert kinds(["The sides signed 9 documents.", "The documents included provisions on joint ventures."]) == [
        ("agreement", 9)]


def test_documents_signed_were_a_list() -> None:
    assert kinds("Among the documents signed were a roadmap, an agreement on sport and a memorandum.") == [
        ("roadmap", 1), ("agreement", 1), ("memorandum", 1)]
    assert kinds("Among the documents signed at the talks were two contracts.") == [("contract", 2)]


def test_along_with_adds_to_a_signing() -> None:
    assert kinds("An agreement on veterinary control was signed, along with a protocol of the session.") == [
        ("agreement", 1), ("protocol", 1)]
    assert kinds("A roadmap was signed, and the protocol will be initialled later.") == [("roadmap", 1)]


def test_instruments_are_documents_but_tools_are_not() -> None:
    assert kinds("At the end of the talks, 12 instruments were signed, including a plan of action and a memorandum.") == [
        ("action_plan", 1), ("memorandum", 1), ("agreement", 10)]
    assert kinds("The sides signed 7 instruments of cooperation.") == [("agreement", 7)]
    assert kinds("They signed contracts for the supply of surgical instruments worth $2 million.") == [("contract", None)]


def test_a_framework_agreement_is_an_agreement() -> None:
    assert kinds("The sides signed a framework agreement on cooperation.") == [("agreement", 1)]
    assert kinds("The sides signed a framework agreement and a supply contract.") == [("agreement", 1), ("contract", 1)]
    assert kinds("Within the framework of the agreement, contracts were signed.") == [("contract", None)]


def test_as_well_as_adds_to_a_passive_signing() -> None:
    assert kinds("After the fair, a memorandum on trade was signed, as well as 9 contracts worth $12 million.") == [
        ("memorandum", 1), ("contract", 9)]
    assert kinds("A memorandum was signed at the fair, along with 7 export contracts.") == [("memorandum", 1), ("contract", 7)]
    assert kinds("A protocol was signed. As well as that, the sides discussed a treaty.") == [("protocol", 1)]


def test_words_inside_a_bodys_name_are_no_grammar_words() -> None:
    # "Exchange" of a body's name is no exchange of documents that would end the clause before "was signed"
    assert kinds("A memorandum between the Belarusian Currency and Stock Exchange and the Kazakh Stock Exchange was "
                 "signed in Astana.") == [("memorandum", 1)]
    assert kinds("An agreement with the Tashkent Commodity Exchange was signed on Friday.") == [("agreement", 1)]
    assert kinds("Two contracts with the Siberian Currency Exchange have been signed.") == [("contract", 2)]
    # nor is the "Treaty" of a body's name a document signed
    assert kinds("A memorandum with the Collective Security Treaty Organization was signed.") == [("memorandum", 1)]
    # the rest of the grammar reads as before: a future signing by the body, an exchange of documents, a headline
    assert kinds("The Belarusian Universal Commodity Exchange will sign a memorandum with the Mongolian exchange.") == []
    assert kinds("The Mongolian Commodity Exchange and the ministry exchanged the signed protocols.") == [("protocol", None)]
    assert kinds("The roadmap was presented.", title="Belarus, Oman Sign Roadmap") == [("roadmap", 1)]


def test_the_stop_of_an_abbreviation_inside_a_sentence_ends_no_clause() -> None:
    from belcoop.parse.agreements import find_agreements

    found = find_agreements([["Contracts for the total amount of 150 mln. dollars were signed at the forum."]], None)
    assert [(a.kind, a.count) for a in found] == [("contract", None)]
    found = find_agreements([["A memorandum was signed in St. Petersburg."]], None)
    assert [a.kind for a in found] == ["memorandum"]

def test_a_signing_noun_of_no_document_does_not_hide_the_document_before_a_passive_signing() -> None:
    # "exchange" here is an exchange of data or a bourse, not of documents: the document before it is what was signed
    assert kinds("A protocol on the exchange of customs data was signed in Tashkent.") == [("protocol", 1)]
    assert kinds("An agreement between the exchange and the trading house was inked.") == [("agreement", 1)]
    assert kinds("A memorandum on exchanging experience in dairy farming has been signed.") == [("memorandum", 1)]
    assert kinds("Two agreements on student exchange were concluded.") == [("agreement", 2)]
    # a signing noun of a document still ends the clause: the documents signed after it are its own
    assert kinds("After the signing of the roadmap, three contracts were signed.") == [("roadmap", 1), ("contract", 3)]
    # and nothing is signed that is only to be signed, discussed or exchanged later
    assert kinds("A protocol on the exchange of customs data will be signed in May.") == []
    assert kinds("A memorandum on the exchange of experience was discussed.") == []
    assert kinds("The documents will be exchanged at the next session.") == []


def test_in_addition_to_a_new_document_joins_it_to_the_signing() -> None:
    from belcoop.parse.agreements import find_agreements

    found = find_agreements([["The two ministers signed a memorandum of understanding on industrial cooperation, in addition "
                              "to an executive programme for 2023-2025."]], None)
    assert [a.kind for a in found] == ["memorandum", "program"]
    found = find_agreements([["The sides signed a protocol in addition to the agreement of 2019."]], None)
    assert [a.kind for a in found] == ["protocol"]


def test_an_opening_phrase_without_a_comma_before_a_title_with_a_list_of_fields() -> None:
    # the commas of "on trade, economic and cultural cooperation" do not end "Following the negotiations"
    assert kinds("Following the negotiations an agreement on trade, economic and cultural cooperation was "
                 "signed.") == [("agreement", 1)]
    assert kinds("At the end of the meeting a memorandum in the field of trade, investment, and tourism was "
                 "signed.") == [("memorandum", 1)]
    assert kinds("After the visit a programme on scientific, technical and humanitarian cooperation and a roadmap "
                 "for 2025 were signed.") == [("program", 1), ("roadmap", 1)]
    # (negative) an opening phrase that names a document still does not sign it; a plan or a discussion signs nothing
    assert kinds("Under the agreement on trade, economic and cultural cooperation, contracts were signed.") == [
        ("contract", None)]
    assert kinds("Following the negotiations an agreement on trade, economic and cultural cooperation will be "
                 "signed.") == []
    assert kinds("Following the negotiations an agreement on trade, economic and cultural cooperation was "
                 "discussed.") == []
    # a list that is no title of a document ends the opening phrase as before
    assert kinds("After the talks, ministers and governors signed a memorandum.") == [("memorandum", 1)]

def test_a_signing_of_no_tense_dated_after_the_article_is_planned() -> None:
    from datetime import date

    today = date(2025, 3, 3)

    def signed(sentence: str) -> list[tuple[str, int | None]]:
        return [(a.kind, a.count) for a in find_agreements([[sentence]], None, today)]

    # a programme of the visit: the signing is on a day still to come
    assert signed("5 March, Grodno – a forum of business people, signing of documents.") == []
    assert signed("On 5 March 2025 the programme includes the signing of a roadmap.") == []
    # (negative) a day gone by; a verb in the past; no article date
    assert signed("3 March, Grodno – a forum of business people, signing of documents.") == [("agreement", None)]
    assert signed("On 5 March the sides signed a roadmap.") == [("roadmap", 1)]
    assert [(a.kind, a.count) for a in find_agreements(
        [["5 March, Grodno – a forum of business people, signing of documents."]])] == [("agreement", None)]


def test_a_participle_after_a_document_a_purpose_names_signs_that_document() -> None:
    assert kinds("The sides signed a programme of joint events to implement the friendship agreement between the two "
                 "regions concluded in 2003.") == [("program", 1), ("agreement", 1)]
    # a purpose with no participle after its document: only the document signed
    assert kinds("The sides signed a programme of joint events to implement the friendship agreement between the two "
                 "regions.") == [("program", 1)]
