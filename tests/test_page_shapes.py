"""Shapes of pages the text is read out of: hard-wrapped lines, words broken across them, a post quoted in a box, a
forwarded mail. Each is read as the article's plain paragraphs."""

from __future__ import annotations

from belcoop.parse import parse_article
from belcoop.parse.text import split_article


def _record(text: str):  # type: ignore[no-untyped-def]
    return parse_article(text, path="a.txt", sha256="0", record_id="a")


# a page broken at 76 characters: inside an amount ("41 billion" / "Russian rubles"), before one ("could soon see" /
# "60 billion rubles") and inside a name ("Northwestern Federal" / "District")
_PSKOV = ("PSKOV, 3 March 2025 (BelTA) – Pskov Oblast and Vitebsk Oblast agreed on a\n"
          "plan of joint events for the spring, the regional administration said after\n"
          "the talks held in the city on Monday afternoon.\n\n"
          "Trade between Belarus and the region grew. In 2024 it exceeded 41 billion\n"
          "Russian rubles, and the governor believes that the two sides could soon see\n"
          "60 billion rubles if the new bus plant opens on time.\n\n"
          "The region ranks third among all the regions of the Northwestern Federal\n"
          "District in trade with Belarus, after Saint Petersburg and Leningrad Oblast,\n"
          "the administration noted in its statement.\n")


def test_a_hard_wrapped_page_is_read_as_its_paragraphs_whatever_word_a_line_breaks_before() -> None:
    art = split_article("Pskov and Vitebsk plan spring events\n\n" + _PSKOV)
    assert art.paragraphs == [p.replace("\n", " ").strip() for p in _PSKOV.split("\n\n")]
    record = _record("Pskov and Vitebsk plan spring events\n\n" + _PSKOV)
    assert [(f.value, f.currency, f.period.start if f.period else None) for f in record.trade if f.status == "actual"] \
        == [(41e9, "RUB", "2024-01-01")]
    # a list of headlines under the text, each a line of its own of about one length: no page broken at a width
    page = ("Belarus and Pskov Oblast sign a plan of joint events\n\n"
            "PSKOV, 3 March 2025 (BelTA) – Pskov Oblast and Vitebsk Oblast agreed on a plan of joint events for the "
            "spring, the regional administration said after the talks held in the city on Monday.\n\n"
            "Read also\n"
            "Vitebsk dairy plant opens a new line for cheese production\n"
            "Minsk tractor makers ship a batch of machines to Pskov farms\n"
            "Pskov students come to Vitebsk for a summer school in June\n"
            "Orsha linen mill looks for new buyers in the Russian regions\n"
            "Gomel builders finish a school in a border district of Bryansk\n"
            "Brest and Smolensk agree on a festival of folk music in July\n")
    art = split_article(page)
    assert not any("cheese production Minsk" in p for p in art.paragraphs)
    # nor are the lines of a dated list under a hard-wrapped text, set out in columns
    listed = split_article("Pskov and Vitebsk plan spring events\n\n" + _PSKOV + "\nPress service of the Pskov Oblast administration\n\n"
                           "05.03.2025  Vitebsk dairy plant opens a new line for production of cheese\n"
                           "04.03.2025  Minsk tractor makers ship a batch of machines to farms of Pskov\n")
    assert not any("of cheese 04.03.2025" in p for p in listed.paragraphs)


def test_a_word_a_line_end_broke_is_one_word_again_and_a_compound_keeps_its_hyphen() -> None:
    text = ("Belarus and Oman discuss trade\n\n"
            "MUSCAT, 4 March 2025 – The ministers noted that in 2024 the Belarusian-\n"
            "Omani trade amounted to USD 52.4 mil-\n"
            "lion, up 12 per cent on the year before, and that Belarusian potash fertil-\n"
            "izers made up most of it; exports grew year-on-\n"
            "year, and so did the non-\n"
            "oil trade, while the sides' ex-\n"
            "ports of dairy products were year-\n"
            "on-year the same.\n")
    [paragraph] = split_article(text).paragraphs
    assert "Belarusian-Omani trade amounted to USD 52.4 million," in paragraph
    assert "potash fertilizers made" in paragraph and "grew year-on-year, and so did the non-oil trade" in paragraph
    assert "the sides' exports of dairy products were year-on-year the same" in paragraph
    assert [(f.value, f.currency) for f in _record(text).trade if f.metric == "turnover"] == [(52.4e6, "USD")]


_BOXED = ("Governor tells of talks with a Belarusian delegation\n\n"
          "The governor of the Pskov region wrote about the talks in his channel. We publish his post in full.\n\n"
          "┌──────────────────────────────────────────────\n"
          "│ Mikhail Vedernikov | Governor of the Pskov Region\n"
          "│ 5 March 2025, 10:12\n"
          "│\n"
          "│ Today in Pskov I met with the delegation of the Vitebsk region of the Republic of Belarus.\n"
          "│ Our trade with the Vitebsk region reached $96 million last year.\n"
          "└──────────────────────────────────────────────\n\n"
          "Share:  VK  OK  TG\n")


def test_a_post_quoted_in_a_box_is_the_articles_text_and_its_stamp_the_articles() -> None:
    art = split_article(_BOXED)
    assert "Today in Pskov I met with the delegation of the Vitebsk region of the Republic of Belarus." in art.paragraphs
    assert not any("│" in p or "─" in p for p in art.paragraphs)
    record = _record(_BOXED)
    assert record.date == "2025-03-05" and record.venue == "Pskov"
    assert [(f.value, f.period.start if f.period else None) for f in record.trade] == [(96e6, "2024-01-01")]


_FORWARDED = ("From: Press Digest <digest@example.org>\n"
              "To: desk@example.org\n"
              "Date: Mon, 10 Mar 2025 08:15:00 +0300\n"
              "Subject: Fwd: Pskov Oblast and Belarus to open a trade house\n\n"
              "Hello, forwarding the story from yesterday as promised.\n\n"
              "---------- Forwarded message ---------\n"
              "From: Regional News <news@example.org>\n"
              "Date: Sat, 8 Mar 2025 at 18:02\n"
              "Subject: Pskov Oblast and Belarus to open a trade house\n"
              "To: <subscribers@example.org>\n\n"
              "Pskov Oblast and Belarus to open a trade house\n\n"
              "Pskov Oblast and Belarus agreed to open a Belarusian trade house in Pskov this year, the governor said on "
              "Saturday after meeting the Ambassador of Belarus to Russia.\n")


def test_a_forwarded_mail_is_read_as_the_message_it_forwards() -> None:
    art = split_article(_FORWARDED)
    assert not any("forwarding the story" in line for line in [*art.header, *art.paragraphs])
    assert _record(_FORWARDED).date == "2025-03-08"


def test_an_outlets_name_over_what_kind_of_outlet_it_is_is_chrome() -> None:
    # "Russia" in a wire's name had made Russia the partner of an article on Pskov Oblast
    text = ("Interwire · Russia & CIS Business and Financial Newswire\n\n"
            "PSKOV, June 5 (Interwire) - Trade between the Pskov region and Belarus grew by 18% year on year in "
            "January-April 2025 to $96.4 million, the regional governor said on Thursday.\n")
    record = parse_article(text, path="x", sha256="0", record_id="x")
    assert record.source.title is None
    assert record.partner is not None and record.partner.code == "RU-PSK"
    assert [p.code for p in record.partners] == ["RU-PSK"]
    art = split_article("MINSKPRESS · Minsk Regional News Agency\n\nMinsk Oblast and Pskov sign a roadmap\n\n"
                        "The Minsk Oblast Executive Committee and the Pskov Oblast government signed a roadmap.\n")
    assert art.title == "Minsk Oblast and Pskov sign a roadmap"
    # (negative) a headline with a bar that tells news is a headline
    art = split_article("Pskov | Belarus and the region sign a roadmap\n\n"
                        "The Minsk Oblast Executive Committee and the Pskov Oblast government signed a roadmap.\n")
    assert art.title == "Pskov | Belarus and the region sign a roadmap"


def test_a_table_of_months_of_two_years_with_the_percent_of_one_to_the_other() -> None:
    text = ("Pskov and Vitebsk review their trade\n\n12 November 2024\n\n"
            "The Pskov Oblast government published the figures of its trade with Belarus.\n\n"
            "Pskov Oblast - Belarus trade, USD million\n"
            "Indicator | January-September 2023 | January-September 2024 | 2024 to 2023, %\n\n"
            "Trade turnover | 410.2 | 455.3 | 111.0\n\n"
            "Exports of Pskov Oblast to Belarus | 120.4 | 130.1 | 108.1\n\n"
            "The sides agreed to meet again in Vitebsk.\n")
    record = parse_article(text, path="x", sha256="0", record_id="x")
    got = [(f.metric, f.value, f.period.start if f.period else None, f.change.value if f.change else None) for f in record.trade]
    assert got == [("turnover", 410.2e6, "2023-01-01", None), ("turnover", 455.3e6, "2024-01-01", 11.0),
                   ("imports", 120.4e6, "2023-01-01", None), ("imports", 130.1e6, "2024-01-01", 8.1)]


def test_a_line_that_opens_with_a_sum_goes_on_from_the_line_over_it() -> None:
    text = ("Karelia and Belarus discuss timber\n\nPETROZAVODSK, April 4, 2024\n\n"
            "According to the Karelian government, the republic's trade with Belarus in 2023 reached\n"
            "$95.7 million, with Karelian exports to Belarus, mostly paper and sawn timber, making up\n"
            "$61.2 million. The sides discussed supplies of forestry machinery and joint production.\n")
    record = parse_article(text, path="x", sha256="0", record_id="x")
    assert [(f.metric, f.value) for f in record.trade] == [("turnover", 95.7e6), ("imports", 61.2e6)]


def test_a_byline_with_what_its_author_is_is_no_headline() -> None:
    art = split_article("OPINION\n\nCount contracts, not provinces\n\n9 April 2024\n"
                        "By Pavel Levkovich, associate professor at the Belarus State Economic University\n\n"
                        "Every few months another Chinese delegation arrives in Minsk, and another press release tells us "
                        "that cooperation has great potential.\n")
    assert art.title == "Count contracts, not provinces"


def test_an_opinion_column_is_a_report_of_no_venue() -> None:
    body = ("Every few months another Chinese delegation arrives in Minsk and visits our plants, and another press "
            "release tells us that cooperation with Heilongjiang has great potential. Belarus' trade with China "
            "reached $8.4 billion in 2023.\n")
    record = parse_article("BELARUS ECONOMIC REVIEW\n\nOPINION\n\nCount contracts, not provinces\n\n9 April 2024\n\n" + body,
                           path="x", sha256="0", record_id="x")
    assert (record.event.type, record.venue) == ("report", None)
    record = parse_article("Count contracts, not provinces\n\n9 April 2024\n\n" + body +
                           "\nThe views expressed are the author's own.\n", path="x", sha256="0", record_id="x")
    assert (record.event.type, record.venue) == ("report", None)
    # (negative) "Opinion" as a menu's last item over a headline labels no column
    record = parse_article("Local News\nBusiness\nOpinion\nChinese delegation visits Minsk plants\n\n9 April 2024\n\n"
                           "A delegation of Heilongjiang Province arrived in Minsk on Tuesday and visited the Minsk "
                           "Tractor Works, the governor's office said.\n", path="x", sha256="0", record_id="x")
    assert record.event.type != "report"


_DIGEST = ("Andean Wire\n\nREGIONAL BUSINESS IN BRIEF\n\nLima, April 9, 2025\n\n"
           "Peru and Japan sign copper deal\n\n"
           "Arequipa, Apr 8 (Andean Wire) A Peruvian mining company and a Japanese group signed a contract worth 2 "
           "billion dollars for a copper smelter in the south of the country, the ministry of mines said.\n\n"
           "Ecuador and Belarus agree on truck assembly\n\n"
           "Quito, Apr 8 (Andean Wire) Ecuador and Belarus agreed to assemble MAZ trucks in the country during the visit of "
           "a Belarusian delegation headed by Deputy Minister Pavel Utyupin, who was received by the Ecuadorian Minister "
           "of Production, Sonia Castro.\n\n"
           "Trade between Ecuador and Belarus grew by 20 percent in 2024 and reached 95 million dollars, the ministry "
           "said. The parties signed a memorandum on cooperation in transport.\n\n"
           "Chile-Bolivia trade grows\n\n"
           "Santiago, Apr 8 (Andean Wire) Trade between Chile and Bolivia rose 6 percent in 2024 to 1.9 billion "
           "dollars, the Chilean customs said.\n")


def test_a_digest_is_read_as_its_items_on_belarus() -> None:
    art = split_article(_DIGEST)
    assert art.title == "Ecuador and Belarus agree on truck assembly"
    assert art.paragraphs[0].startswith("Quito, Apr 8") and not any("Chile" in p or "Japan" in p for p in art.paragraphs)
    record = _record(_DIGEST)
    assert record.partner is not None and record.partner.code == "EC"
    assert [p.code for p in record.partners] == ["EC"]
    assert record.venue == "Quito" and record.date in ("2025-04-08", "2025-04-09")  # (the item's day or the digest's)
    assert [(f.partner, f.value) for f in record.trade] == [("EC", 95e6)]
    assert [a.kind for a in record.agreements] == ["memorandum"]
    # a digest whose items all concern Belarus, or none does, is read whole
    whole = _DIGEST.replace("Chile and Bolivia", "Chile and Belarus").replace("a Japanese group", "a Belarusian group")
    assert "Peru and Japan sign copper deal" not in split_article(whole).paragraphs
    assert any("Chile and Belarus" in p for p in split_article(whole).paragraphs)


def test_a_digest_item_on_a_belarusian_city_is_one_on_belarus() -> None:
    page = _DIGEST.replace("Chile-Bolivia trade grows", "Chile and Grodno sign dairy deal").replace(
        "Trade between Chile and Bolivia rose 6 percent in 2024 to 1.9 billion dollars, the Chilean customs said.",
        "A Chilean importer and a Grodno dairy plant signed a supply contract, the regional authorities said.")
    assert any("Grodno dairy plant" in p for p in split_article(page).paragraphs)



def test_a_sites_name_with_news_of_what_is_chrome() -> None:
    art = split_article("KOSTROMA.ONLINE — news of the Kostroma Region\nNews | Economy | Politics\n\n"
                        "Kostroma and Vitebsk Region will widen their cooperation\n\n21 May 2024, 18:05\n\n"
                        "VITEBSK – The Governor of Kostroma Oblast held talks with the Chairman of the Vitebsk Regional "
                        "Executive Committee on Tuesday.\n")
    assert art.title == "Kostroma and Vitebsk Region will widen their cooperation"
    art = split_article("VOLGA TODAY · news of Samara and the region\n\nSamara and Gomel sign a programme\n\n"
                        "The Governor of Samara Oblast and the Chairman of the Gomel Oblast Executive Committee signed a "
                        "programme of cooperation.\n")
    assert art.title == "Samara and Gomel sign a programme"
    # (negative) a headline with a dash before news of something is a headline
    art = split_article("Belarus and Samara sign a programme — news of the forum\n\nThe Governor of Samara Oblast and "
                        "the Chairman of the Gomel Oblast Executive Committee signed a programme of cooperation.\n")
    assert art.title == "Belarus and Samara sign a programme — news of the forum"


def test_the_items_of_a_news_ticker_are_the_articles_text() -> None:
    page = ("SIBERIA WIRE — news in brief\nBelarus and the Siberian regions\n\nMonday, 9 June 2025\n\n"
            "08:40 | TOMSK | Twenty Belarusian tractors have been delivered to farms of Tomsk Oblast this spring.\n\n"
            "10:05 | OMSK | Trade between Omsk Oblast and Belarus reached $21.5 million in the first quarter.\n\n"
            "Compiled by the desk.\n")
    art = split_article(page)
    assert any("$21.5 million" in p for p in art.paragraphs)
    assert [(f.partner, f.value) for f in _record(page).trade] == [("RU-OMS", 21_500_000)]
    # (negative) a menu parted by bars is still the page's
    art = split_article("News | Economy | Politics | Culture\n\nOmsk and Brest sign a plan\n\nThe Governor of Omsk "
                        "Oblast and the Chairman of the Brest Oblast Executive Committee signed a plan of cooperation.\n")
    assert not any("Economy" in p for p in art.paragraphs)
