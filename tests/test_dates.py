from __future__ import annotations

from datetime import date

import pytest

from belcoop.parse.dates import choose_date, find_dates, infer_year
from belcoop.parse.text import split_article, split_sentences


def article_date(text: str) -> tuple[str | None, str | None, str | None]:
    art = split_article(text)
    sentences = [s for p in art.paragraphs for s in split_sentences(p)]
    found = choose_date(art.header, art.header_iso_date, art.paragraphs, sentences)
    return found.date, found.basis, found.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Posted: 24.03.2023 11:54:00", (2023, 3, 24)),
        ("13 May 2022, 18:39", (2022, 5, 13)),
        ("15:48 03 November 2022", (2022, 11, 3)),
        ("27 Apr 2018", (2018, 4, 27)),
        ("04.11.2015", (2015, 11, 4)),
        ("13 ноября 2017", (2017, 11, 13)),
        ("03.02.15 06:46", (2015, 2, 3)),
        ("Thu, 02 Jul 2020 - 10:33 GMT", (2020, 7, 2)),
        ("AddTime:2015-6-17 16:14:41", (2015, 6, 17)),
        ("OREANDA-NEWS. May 06, 2009.", (2009, 5, 6)),
        ("Wednesday, September 08, 2010 - Trade", (2010, 9, 8)),
    ],
)
def test_full_date_styles(text: str, expected: tuple[int, int, int]) -> None:
    found = find_dates(text)
    assert found and found[0].as_date() == date(*expected)


@pytest.mark.parametrize("text, day_month", [("19:20, 17 May", (17, 5)), ("October 18", (18, 10)), ("MINSK, 16 May (BelTA)", (16, 5))])
def test_dates_without_a_year_keep_it_missing(text: str, day_month: tuple[int, int]) -> None:
    found = find_dates(text)
    assert (found[0].day, found[0].month, found[0].year) == (*day_month, None)


def test_impossible_dates_are_not_dates() -> None:
    assert find_dates("31.02.2020 and 45 May 2021") == []


def test_banner_date_loses_to_the_articles_own_date() -> None:
    text = "Flag Friday, 26 April 2024\nAll news\n04 June 2018, 14:58\n\nBelarus, Mongolia talk trade\n\n" \
        "MINSK, 4 June (BelTA) – Belarus and Mongolia agreed to step up trade and economic cooperation today, the ministry said."
    assert article_date(text)[:2] == ("2018-06-04", "explicit")


def test_missing_year_inferred_from_partial_year_figures_and_plans() -> None:
    text = "MINSK, 5 December (BelTA) – In January-September 2022, the trade of Belarus with Omsk Oblast reached " \
        "$80 million. The sides approved a plan of cooperation for 2023-2025 at the meeting held today in Minsk."
    assert article_date(text) == ("2022-12-05", "inferred", "5 December")


def test_missing_year_stays_missing_without_evidence() -> None:
    text = "Belarus, Tomsk Oblast discuss trade\n\n19:20, 17 May\n\nThe governor of Tomsk Oblast met with the " \
        "ambassador of Belarus today to discuss new supplies of buses and tractors to the region, BelTA has learned."
    assert article_date(text) == (None, None, "17 May")


def test_full_year_figures_put_the_article_in_the_next_year() -> None:
    sentences = ["In 2021, trade between Belarus and Kirov Oblast amounted to $120 million."]
    assert infer_year(sentences, 4) == 2022


def test_header_date_contradicted_by_content_is_not_trusted() -> None:
    text = " date 2019-12-13 The sides discussed the fight against the COVID-19 pandemic and trade in vaccines, " \
        "and both parties noted that mutual supplies of medicines keep growing every month."
    assert article_date(text)[0] is None


def test_header_date_consistent_with_content_is_used() -> None:
    text = " date 2025-07-20 Recently the trade between Belarus and the Samara Region reached $3.2 billion in 2023, " \
        "and from January to May 2025 nearly $1 billion worth of goods was exchanged, the governor said."
    assert article_date(text)[:2] == ("2025-07-20", "explicit")


def test_deadline_years_do_not_count_as_past() -> None:
    sentences = ["In January-July 2012 trade reached $50 million, with the objective of $100 million by January 1 2015."]
    assert infer_year(sentences, 11) == 2012


def test_bare_years_outside_figures_say_nothing() -> None:
    assert infer_year(["In July 2012 the commission took over, and a union followed on January 1 2015."], 11) is None
    assert infer_year(["Founded in 1938, the Courier is published five days a week."], 12) is None
    assert infer_year(["The agreement on trade and economic cooperation was signed on 14 September 2015."], 5) is None


def test_slashed_iso_dates() -> None:
    assert find_dates("Updated 2019/05/21")[0].as_date() == date(2019, 5, 21)


def test_a_trend_without_a_figure_leaves_the_year_open_but_a_reported_result_does_not() -> None:
    assert infer_year(["Trade between the countries began to recover in 2017 after a decline in 2015-2016."], 11) == 2017
    assert infer_year(["Trade between the two regions reached a record high in 2022."], 5) == 2023


def test_a_part_year_figure_pins_the_year_against_looser_bounds() -> None:
    sentences = ["Trade between the countries began to grow in 2017.",
                 "In the first nine months of 2017, the turnover increased 60 percent to $441 million."]
    assert infer_year(sentences, 11) == 2017


def test_a_goal_for_a_year_bounds_the_article_from_above() -> None:
    sentences = ["In January-April 2017, trade amounted to $31 million.",
                 "The leaders agreed to increase trade to $500 million in 2017."]
    assert infer_year(sentences, 6) == 2017


def test_a_recent_full_date_gives_its_year_but_an_earlier_event_does_not() -> None:
    assert infer_year(["The resolution of 10 February 2020 was posted on the legal portal today."], 2, 12) == 2020
    assert infer_year(["Diplomatic relations were established on January 24, 1992."], 1, 24) is None
    assert infer_year(["The trading house was opened in Minsk on May 26, 2017."], 6, 5) is None


def test_the_lead_dates_the_event_and_a_stamp_it_contradicts_is_not_trusted() -> None:
    text = " date 2019-12-13 Belarus and Voronezh Oblast discussed trade. On June 24, the governor met the President in Minsk."
    assert article_date(text)[0] is None
    text = "Belarus, Ukraine talk trade\n\nThe former president, who was born on July 9, 1950, spoke about trade with Belarus."
    assert article_date(text)[0] is None


def test_month_day_comma_year_without_a_space() -> None:
    assert find_dates("Feb 01,2021")[0].as_date() == date(2021, 2, 1)


def test_the_stamp_under_the_headline_beats_a_page_clock_over_it() -> None:
    from belcoop.parse import parse_article

    found = parse_article("Kazinform\n03.12.2026, 17:21\nKazakhstan, Belarus to raise trade to $1.5 billion\n10:15, 9 July 2025\n\n"
                          "ASTANA – Kazakhstan and Belarus agreed to raise trade to $1.5 billion, the ministry said.\n",
                          path="x", sha256="0", record_id="x")
    assert found.date == "2025-07-09"


def test_months_compared_with_the_same_period_of_a_year_date_the_article_in_the_next() -> None:
    text = "MINSK, 3 December (BelTA) – In January-October, trade with Turkmenistan amounted to $45.8 million, " \
        "1.3 times more than in the same period of 2024, the ministry said."
    assert article_date(text) == ("2025-12-03", "inferred", "3 December")


def parsed_date(text: str) -> tuple[str | None, str | None, str | None]:
    from belcoop.parse import parse_article

    found = parse_article(text, path="x", sha256="0", record_id="x")
    return found.date, found.date_basis, found.date_text


_OMSK_LEAD = "The governor of Omsk Oblast met with the Belarusian ambassador to discuss supplies of buses and lifts."


@pytest.mark.parametrize("widget", [
    "November 6, 2026", "6 November 2026", "Friday, November 6, 2026", "Fri, 6 Nov 2026", "06.11.2026", "2026-11-06",
    "Today: November 6, 2026", "Friday 6 November 2026 | 09:30",
])
def test_a_pages_date_over_the_headline_loses_to_the_datelines_own(widget: str) -> None:
    text = f"{widget}\nBelarus, Omsk Oblast discuss supplies\nMINSK, 21 May 2024 (BelTA) – {_OMSK_LEAD}\n"
    assert parsed_date(text) == ("2024-05-21", "explicit", "21 May 2024")


def test_a_widget_of_another_day_gives_a_dateline_without_a_year_no_year() -> None:
    text = f"November 6, 2026\nBelarus, Omsk Oblast discuss supplies\nMINSK, 21 May (BelTA) – {_OMSK_LEAD}\n"
    assert parsed_date(text) == (None, None, "21 May")
    figures = "In January-April 2024, trade between Belarus and Omsk Oblast reached $40 million, the governor said."
    assert parsed_date(text + "\n" + figures + "\n") == ("2024-05-21", "inferred", "21 May")


def test_a_republished_storys_day_takes_the_year_of_the_page_date_just_after_it() -> None:
    text = f"2 January 2023\nBelarus, Omsk Oblast discuss supplies\nMINSK, 29 December – {_OMSK_LEAD}\n"
    assert parsed_date(text) == ("2022-12-29", "inferred", "29 December")


def test_a_date_in_a_widget_line_under_the_headline_loses_to_a_dated_dateline() -> None:
    text = f"Belarus, Omsk Oblast discuss supplies\nFriday, November 06, 2026 E-Paper\nOMSK, May 21, 2024: {_OMSK_LEAD}\n"
    assert parsed_date(text)[0] == "2024-05-21"


_BODY = ("Belarus, Omsk Oblast discuss supplies\n\nThe governor of Omsk Oblast met with the Belarusian ambassador on Friday.\n\n"
         "The parties discussed supplies of Belarusian buses and lifts to the region.\n\n"
         "Trade between Omsk Oblast and Belarus grew by 12% in the first quarter of this year.\n\n")


@pytest.mark.parametrize("closing, expected", [
    ("Omsk, 17 April 2024\n\nSource: the regional government's press service", ("2024-04-17", "explicit", "17 April 2024")),
    ("The meeting took place on 17 April 2024.", ("2024-04-17", "explicit", "17 April 2024")),
    ("The talks were held in Omsk on Wednesday, April 17, 2024.", ("2024-04-17", "explicit", "April 17, 2024")),
    ("Published: 17.04.2024", ("2024-04-17", "explicit", "17.04.2024")),
    ("Date of publication: 17.04.2024", ("2024-04-17", "explicit", "17.04.2024")),
    ("Published on 17 April 2024", ("2024-04-17", "explicit", "17 April 2024")),
])
def test_a_date_closing_an_article_nothing_else_dates_is_its_date(closing: str, expected: tuple[str, str, str]) -> None:
    assert parsed_date(_BODY + closing + "\n") == expected


@pytest.mark.parametrize("closing", [
    "The previous meeting took place on 17 April 2023.",
    "The first forum of the regions of the two countries was held in Omsk on 17 April 2019.",
    "The next session of the working group will be held on 17 April 2025.",
    "The roadmap is to be carried out by 17 April 2025.",
    "Belarus, Kenya trade up 20 percent\n\nApril 17, 2024",  # a related story's headline and date
    "Published: 17.04.2024\n\nBelarus, Kenya trade up 20 percent\n\nApril 12, 2024",  # a list of dates
])
def test_a_late_date_of_another_event_or_story_is_not_the_articles(closing: str) -> None:
    assert parsed_date(_BODY + closing + "\n")[0] is None


@pytest.mark.parametrize("text, expected", [
    ("MINSK, 6 NOVEMBER (BelTA) –", (6, 11, None)),
    ("MINSK, 6 NOVEMBER 2024 (BelTA) –", (6, 11, 2024)),
    ("TBILISI, OCTOBER 21, 2024, AGENCY.", (21, 10, 2024)),
])
def test_a_month_in_capitals_in_a_dateline(text: str, expected: tuple[int, int, int | None]) -> None:
    found = find_dates(text)
    assert found and (found[0].day, found[0].month, found[0].year) == expected


@pytest.mark.parametrize("meta", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-21T10:00:00+05:00"}</script>',
    '<meta property="article:published_time" content="2024-05-21T10:00:00Z">',
])
def test_a_pages_date_of_publication_in_its_metadata_beats_a_widget_over_the_headline(meta: str) -> None:
    from belcoop.html import visible_text

    page = (f"<html><head>{meta}</head><body><div class='top'>Friday, November 6, 2026</div><h1>Belarus, Omsk Oblast discuss "
            f"supplies</h1><p>{_OMSK_LEAD}</p></body></html>")
    assert parsed_date(visible_text(page)) == ("2024-05-21", "explicit", "2024-05-21")
    # without it, the only date on the page is the one over the headline
    assert parsed_date(visible_text(page.replace(meta, ""))) == ("2026-11-06", "explicit", "November 6, 2026")


def test_a_day_the_lead_gives_an_event_is_no_dateline_against_the_pages_date() -> None:
    text = ("12 December 2023\nBelarus, Omsk Oblast discuss supplies\nOn 24 June, the governor of Omsk Oblast visited Minsk, and "
            "today the sides signed a contract for the supply of buses.\n")
    assert parsed_date(text) == ("2023-12-12", "explicit", "12 December 2023")


def test_a_plan_joined_on_after_a_figure_does_not_make_the_figure_a_plan() -> None:
    sentences = ["In 2023 the city's enterprises bought Belarusian buses for 180 million soms, and the city intends to "
                 "continue renewing its fleet.",
                 "Last year the turnover came to $21 million, 17 percent more than in 2022."]
    assert infer_year(sentences, 5) == 2024
    assert infer_year(["In 2023 trade with the region reached $21 million, while the sides plan to double it."], 3) == 2024
    # a future word before the clause still makes the figure a plan's, as does one in a clause with a number
    assert infer_year(["In 2026, trade with the province should reach 5 billion yuan, and the sides will sign a roadmap."], 7) is None
    assert infer_year(["Trade came to $21 million in 2023, while the plan for 2025 is $30 million."], 3) == 2024
    assert infer_year(["In 2023 the region bought Belarusian buses for $3 million, and it plans to buy more in 2024."], 3) is None


def test_a_result_and_a_goal_told_apart_in_one_sentence_each_bound_the_year() -> None:
    sentences = ["Trade between Belarus and Hubei reached 3.1 billion yuan in the first five months of 2024, up 8 percent, "
                 "and the sides aim to double it by 2028."]
    assert infer_year(sentences, 7) == 2024
    # a future word with no goal told apart still makes the period a plan's
    assert infer_year(["In 2026, trade between Belarus and Hubei should reach 5 billion yuan."], 7) is None


_TYUMEN_LEAD = ("The governor of Tyumen Oblast met with the Belarusian ambassador to discuss supplies of tractors and buses to "
                "the region.")


@pytest.mark.parametrize("ticker", [
    "Latest: Port opens a new berth — Rain expected on Monday — Euro rate rises",
    "Breaking news: Port opens a new berth. Rain expected on Monday.",
])
def test_a_news_ticker_over_the_headline_is_no_start_of_the_article(ticker: str) -> None:
    text = f"5 March 2026, Thursday\n{ticker}\nTyumen Oblast and Belarus discuss supplies\n14 May 2024, 10:20\n{_TYUMEN_LEAD}\n"
    from belcoop.parse import parse_article

    found = parse_article(text, path="x", sha256="0", record_id="x")
    assert (found.date, found.source.title) == ("2024-05-14", "Tyumen Oblast and Belarus discuss supplies")


def test_a_ticker_block_of_a_saved_page_is_beside_the_article() -> None:
    from belcoop.html import visible_text

    page = ("<html><body><div class='news-ticker'>Port opens a new berth, the city says, after two years of works on the "
            "quay and the road to it</div><article><h1>Tyumen Oblast and Belarus discuss supplies</h1>"
            f"<time datetime='2024-05-14'>14 May 2024, 10:20</time><p>{_TYUMEN_LEAD}</p></article></body></html>")
    assert "berth" not in visible_text(page)
    assert parsed_date(visible_text(page))[0] == "2024-05-14"


@pytest.mark.parametrize("clock", [
    "Last Update: Thursday, 5 March 2026, 08:40", "Last updated: 05.03.2026 08:40", "Thursday, 5 March 2026, 08:40",
])
@pytest.mark.parametrize("own", ["Economy | 14 May 2024 | 10:20 | News ID: 4471", "14 May 2024 | 10:20"])
def test_a_sites_clock_over_the_headline_loses_to_the_articles_stamp(clock: str, own: str) -> None:
    text = f"Tyumen News\n{clock}\n{own}\nTyumen Oblast and Belarus discuss supplies\n{_TYUMEN_LEAD}\n"
    assert parsed_date(text)[0] == "2024-05-14"
    # the stamp under the lead
    text = f"Tyumen News\n{clock}\nTyumen Oblast and Belarus discuss supplies\n{_TYUMEN_LEAD}\n14 May 2024 | 10:20\n"
    assert parsed_date(text)[0] == "2024-05-14"


def test_a_weekday_and_time_over_the_headline_is_the_only_date_there() -> None:
    text = f"Tyumen News\nThursday, 5 March 2026, 08:40\nTyumen Oblast and Belarus discuss supplies\n{_TYUMEN_LEAD}\n"
    assert parsed_date(text)[0] == "2026-03-05"
    # a site's "Last update" is never the article's date
    assert parsed_date(text.replace("Thursday", "Last update: Thursday"))[0] is None


@pytest.mark.parametrize("credit", ["Interviewed by Olga Sidorova", "By Olga Sidorova", "Prepared by Olga Sidorova"])
def test_a_stamp_after_the_articles_credit_line_dates_it(credit: str) -> None:
    assert parsed_date(_BODY + credit + "\n\nPublished: 17.04.2024\n") == ("2024-04-17", "explicit", "17.04.2024")
    # a related story's headline is no credit
    related = _BODY + credit + "\n\nBelarus, Kenya trade up 20 percent\n\nPublished: 17.04.2024\n"
    assert parsed_date(related)[0] is None


_ROUND_UP_LEAD = "GRODNO, 4 November (BelTA) – The oblast's districts widened their ties with the regions of Kazakhstan"


@pytest.mark.parametrize("title, body", [
    ("Grodno Oblast in 2024: results of cooperation with Kazakhstan", " this year."),
    ("Results of 2024: Grodno Oblast and Kazakhstan", ". In January-August trade with Kostanay region reached $21 million."),
    ("Grodno Oblast and Kazakhstan: 2024 in review", ". Trade with Kostanay region grew by 9% in eight months."),
    ("Results of the year: Grodno Oblast in 2024", ", signing five contracts since the beginning of the year."),
])
def test_a_round_up_headlines_year_dates_a_dateline_whose_text_says_the_year_runs(title: str, body: str) -> None:
    assert parsed_date(f"{title}\n\n{_ROUND_UP_LEAD}{body}\n") == ("2024-11-04", "inferred", "4 November")


@pytest.mark.parametrize("title, body", [
    ("Grodno Oblast in 2024: results of cooperation with Kazakhstan", "."),  # the headline alone
    ("Grodno Oblast and Kazakhstan: trade grew by 9% in 2024", " this year."),  # a year's figure, no round-up
    ("Grodno Oblast and Kazakhstan: results of 2023 and plans for 2024", " this year."),  # two years, a plan
    ("Grodno Oblast in 2024: results of cooperation with Kazakhstan", ", and will sign a roadmap this year."),  # a plan
    ("Grodno Oblast in 2024: results of cooperation with Kazakhstan",  # figures of the months after the day
     ". In January-November trade with Kostanay region reached $21 million."),
])
def test_a_round_up_headlines_year_without_the_texts_word_dates_nothing(title: str, body: str) -> None:
    assert parsed_date(f"{title}\n\n{_ROUND_UP_LEAD}{body}\n")[0] is None


def test_a_round_up_dated_early_in_a_year_gets_no_year_from_its_headline_and_this_year() -> None:
    lead = _ROUND_UP_LEAD.replace("4 November", "4 February")
    text = f"Grodno Oblast in 2024: results of cooperation with Kazakhstan\n\n{lead} this year.\n"
    assert parsed_date(text)[0] is None
    # "last year", in January or February, is the year it sums up
    assert parsed_date(text.replace("this year", "last year")) == ("2025-02-04", "inferred", "4 February")
    assert parsed_date(text.replace("this year", "next year"))[0] is None


def test_of_two_dates_over_the_headline_the_one_next_to_it_is_the_articles() -> None:
    text = f"Tyumen News\n5 March 2026, Thursday\nHome | Economy | Regions\nEconomy | 14 May 2024\nTyumen Oblast and Belarus discuss supplies\n" \
        f"{_TYUMEN_LEAD}\n"
    assert parsed_date(text) == ("2024-05-14", "explicit", "14 May 2024")


def test_the_machine_day_of_a_time_in_an_articles_header_is_its_stamp() -> None:
    from belcoop.html import visible_text

    page = ("<html><body><div class='today'>5 March 2026</div><div class='promo'>Our readers can now follow every story of "
            "the region on the new site of the newspaper, with photos and video.</div><article><h1>Tyumen Oblast and Belarus "
            f"discuss supplies</h1><time datetime='2024-05-14T10:20'>14 May, 10:20</time><p>{_TYUMEN_LEAD}</p>"
            "<p>The sides agreed to meet again in the autumn, the regional government said.</p></article></body></html>")
    assert parsed_date(visible_text(page)) == ("2024-05-14", "explicit", "2024-05-14")
    # a <time> in the article's text is of something else
    later = page.replace("<time datetime='2024-05-14T10:20'>14 May, 10:20</time>", "").replace(
        "in the autumn", "on <time datetime='2024-09-14'>14 September</time>")
    assert parsed_date(visible_text(later))[0] != "2024-09-14"
    # on a page of several articles, the first <time> may be a teaser's
    teaser = "<article><h2>Port opens a new berth</h2><time datetime='2026-03-01'>1 March</time></article>"
    assert visible_text(page.replace("<article>", teaser + "<article>", 1)).startswith("5 March 2026")


def test_a_publication_stamp_with_an_update_stamp_under_it_dates_the_article() -> None:
    text = _BODY + "Published: 17.04.2024\nUpdated: 19.04.2024, 10:05\n"
    assert parsed_date(text) == ("2024-04-17", "explicit", "17.04.2024")
    # two stamps without labels are a list of dates
    assert parsed_date(_BODY + "17.04.2024\n19.04.2024\n")[0] is None


@pytest.mark.parametrize("clock", ["Thu, 5 Mar 2026 | 08:40", "5 March 2026, Thursday, 08:40"])
def test_a_clock_over_the_headline_loses_to_the_stamp_closing_the_article(clock: str) -> None:
    text = f"Tyumen News\n{clock}\nTyumen Oblast and Belarus discuss supplies\n{_TYUMEN_LEAD}\n\n" \
        "The sides agreed to meet again in the autumn, the regional government said.\n\n14.05.2024 | 10:20\n"
    assert parsed_date(text)[0] == "2024-05-14"


@pytest.mark.parametrize("over", ["5 March 2026", "Thursday, 5 March 2026, 08:40"])
def test_a_labelled_stamp_closing_the_article_beats_a_date_over_its_headline(over: str) -> None:
    text = f"{over}\nTyumen Oblast and Belarus discuss supplies\n{_TYUMEN_LEAD}\n\n" \
        "The sides agreed to meet again in the autumn, the regional government said.\n\nPublished: 14.05.2024\n"
    assert parsed_date(text)[0] == "2024-05-14"


@pytest.mark.parametrize("stamp, expected", [("Published: 14.05.2024", "2024-05-14"), ("Published: 16.05.2024", "2024-05-14"),
                                             ("Published: 14.01.2025", None)])
def test_the_stamp_closing_the_article_gives_its_dateline_a_year(stamp: str, expected: str | None) -> None:
    text = f"Tyumen Oblast and Belarus discuss supplies\n\nTYUMEN, 14 May (BelTA) – {_TYUMEN_LEAD}\n\n" \
        f"The sides agreed to meet again in the autumn, the regional government said.\n\n{stamp}\n"
    assert parsed_date(text)[0] == expected


@pytest.mark.parametrize("between", ["Photo: BelTA", "Source: the regional government's press service"])
def test_a_stamp_after_the_articles_furniture_or_source_line_dates_it(between: str) -> None:
    assert parsed_date(_BODY + between + "\n\nPublished: 17.04.2024\n")[0] == "2024-04-17"


def test_a_time_before_the_date_in_a_stamp_line() -> None:
    text = f"5 March 2026\nTyumen Oblast and Belarus discuss supplies\n{_TYUMEN_LEAD}\n10:20 | 14 May 2024\n"
    assert parsed_date(text)[0] == "2024-05-14"


@pytest.mark.parametrize("over", [
    "Port opens a new berth — Rain expected on Monday — Euro rate rises — Bread prices up",
    "Port opens a new berth. Rain expected on Monday and Tuesday, the weather service says.",
])
def test_a_headline_and_its_stamp_under_a_line_of_prose_open_the_article(over: str) -> None:
    from belcoop.parse import parse_article

    text = f"5 March 2026\n{over}\nTyumen Oblast and Belarus discuss supplies\n14 May 2024, 10:20\n{_TYUMEN_LEAD}\n" \
        "The sides agreed to meet again in the autumn, the regional government said.\n"
    found = parse_article(text, path="x", sha256="0", record_id="x")
    assert (found.date, found.source.title) == ("2024-05-14", "Tyumen Oblast and Belarus discuss supplies")
    assert "berth" not in " ".join(split_article(text).paragraphs)


def test_a_credit_and_a_stamp_closing_a_short_article_leave_its_text_alone() -> None:
    text = f"Tyumen Oblast and Belarus discuss supplies\n\n{_TYUMEN_LEAD}\n\nInterviewed by Olga Sidorova\n\nPublished: 14.05.2024\n"
    art = split_article(text)
    assert art.paragraphs[0] == _TYUMEN_LEAD and art.title == "Tyumen Oblast and Belarus discuss supplies"
    assert parsed_date(text)[0] == "2024-05-14"


_KOKAND_LEAD = "A delegation of Grodno Oblast held talks with the khokim of Fergana region. In the first quarter of 2025 " \
    "trade between the regions amounted to $6.2 million."


@pytest.mark.parametrize("text", [
    f"KOKAND, 14.05 – {_KOKAND_LEAD}\n",
    f"Tashkent, 14.05 (UzA) – {_KOKAND_LEAD}\n",
    f"Fergana and Grodno regions talk trade\n\n14.05\n\n{_KOKAND_LEAD}\n",
    f"Fergana and Grodno regions talk trade\n\n14.05 10:21\n\n{_KOKAND_LEAD}\n",
    f"Fergana and Grodno regions talk trade\n\n14.05 Views: 315\n\n{_KOKAND_LEAD}\n",
])
def test_a_day_and_month_stamp_as_dd_mm_gets_the_year_of_the_content(text: str) -> None:
    assert parsed_date(text) == ("2025-05-14", "inferred", "14.05")


def test_a_dd_mm_stamp_without_content_to_date_it_has_no_year() -> None:
    assert parsed_date("Fergana and Grodno regions talk trade\n\n14.05\n\nThe sides discussed supplies of tractors "
                       "and dairy cattle to farms of the region.\n")[:2] == (None, None)


@pytest.mark.parametrize("text", [
    "The team led 3.05 at the break. In the first quarter of 2025 trade between the regions amounted to $6.2 million.\n",
    "MINSK, 3.05 million tonnes of grain were exported in the first quarter of 2025, worth $6.2 million in all.\n",
    "Exports reached $14.05 million in the first quarter of 2025, up 12% on a year earlier, the ministry said.\n",
])
def test_a_dd_mm_figure_outside_a_stamp_or_dateline_is_no_date(text: str) -> None:
    assert parsed_date(text)[0] is None


def test_a_banner_of_the_day_with_weather_gives_way_to_the_articles_own_stamp() -> None:
    text = f"Tuesday, 27 May 2025 Fergana +31°C\n\nFergana and Grodno regions talk trade\n\n14.05\n\n{_KOKAND_LEAD}\n"
    assert parsed_date(text) == ("2025-05-14", "inferred", "14.05")
    text = f"Tuesday, 27 May 2025 Minsk +21°C USD 3.19 EUR 3.45\n\nFergana and Grodno regions talk trade\n\n{_KOKAND_LEAD}\n"
    assert split_article(text).title == "Fergana and Grodno regions talk trade"


def test_an_update_stamp_gives_way_to_the_datelines_day() -> None:
    lead = "Qingdao, June 3 – In the first quarter of 2024, trade between Shandong and Belarus reached 1.2 billion yuan.\n"
    assert parsed_date(f"Shandong trade with Belarus grows\nUpdated: 2024-06-04 09:15 Source: Qingdao Customs\n\n{lead}") == (
        "2024-06-03", "inferred", "June 3")
    # alone, or beside a stamp of publication, the update's stamp dates the article as before
    alone = "Trade between Shandong and Belarus reached 1.2 billion yuan in the first quarter of 2024, customs said.\n"
    assert parsed_date(f"Shandong trade with Belarus grows\nUpdated: 2024-06-04\n\n{alone}")[0] == "2024-06-04"
    assert parsed_date(f"Shandong trade with Belarus grows\nPublished: 2024-06-05\nUpdated: 2024-06-06\n\n{lead}")[0] == \
        "2024-06-05"


_FERGANA_BODY = ("Fergana region and Brest Oblast agree to expand supplies\n\n"
                 "A delegation of Brest Oblast held talks with the khokim of Fergana region on supplies of lifts.\n\n"
                 "The sides also agreed to open a trading house in Fergana next year, the khokimiyat said.\n\n")


@pytest.mark.parametrize("credits", [
    "By Olga Sidorova",
    "Interviewed by Olga Sidorova",
    "Prepared by Olga Sidorova, BelTA",
    "Author: Olga Sidorova",
    "Press service of the Embassy of Belarus in Uzbekistan",
    "Contacts for the media: +998 71 200 10 20, press@example.uz",
    "Interviewed by Olga Sidorova\n\nPress service of the Embassy",
])
def test_a_place_and_date_closing_the_article_under_its_credit_lines_is_its_date(credits: str) -> None:
    text = f"{_FERGANA_BODY}{credits}\n\nFergana, 12 March 2025\n"
    assert parsed_date(text) == ("2025-03-12", "explicit", "12 March 2025")


@pytest.mark.parametrize("over", [
    "Brest lifts to be assembled in Fergana",  # a related story's headline is no credit line
    "By 2026 the trading house may double sales",  # nor a line that opens with "By" and a year
])
def test_a_place_and_date_under_a_line_that_is_no_credit_is_still_no_date(over: str) -> None:
    assert parsed_date(f"{_FERGANA_BODY}{over}\n\nFergana, 12 March 2025\n")[0] is None


def test_the_headlines_own_figures_date_a_stamp_without_a_year() -> None:
    body = "\n\n09:10, 21 November\n\nThe sides discussed supplies of machinery.\n"
    assert parsed_date("Belarus, Irkutsk Oblast trade up 1.5 times in January-September 2023" + body)[:2] == (
        "2023-11-21", "inferred")
    assert parsed_date("Belarus, Irkutsk Oblast discuss supplies of machinery" + body)[0] is None


def test_a_list_of_other_stories_under_a_blank_line_dates_nothing() -> None:
    assert parsed_date("14:02, 18 June 2024\n\nBelarus' exports to Tatarstan top $410 million in January-May\n\n"
                       "Other materials\n\nBelarusian dairy producers eye new markets in Russia\n11:30, 17 June\n")[:2] == (
        "2024-06-18", "explicit")


def test_a_source_note_closing_the_article_dates_it_after_any_paragraph() -> None:
    def dated(*paragraphs: str) -> str | None:
        text = "Sichuan and Gomel hold video talks\n\n" + "\n\n".join(paragraphs) + "\n"
        art = split_article(text)
        sentences = [s for p in art.paragraphs for s in split_sentences(p)]
        return choose_date(art.header, art.header_iso_date, art.paragraphs, sentences, closing=art.closing_stamps).date

    body = "Officials of Sichuan and Gomel Oblast talked by video. Trade was reviewed. A fair is planned in spring."
    assert dated(body, "(Source: Sichuan Provincial Foreign Affairs Office, 2024-03-14)") == "2024-03-14"
    assert dated(body, body, "Source: the press service of the province, 14.03.2024") == "2024-03-14"
    # (negative) a source note with no full date, two dated notes (a list of stories), a note over no prose
    assert dated(body, "(Source: Sichuan Provincial Foreign Affairs Office, 2024)") is None
    assert dated(body, "(Source: Sichuan Daily, 2024-03-14)", "(Source: Gomel Today, 2024-03-12)") is None
    assert dated(body, "Related stories", "(Source: Sichuan Daily, 2024-03-14)") is None


def test_a_weekday_date_line_is_the_pages_only_date_under_its_heading() -> None:
    assert parsed_date("Daily News Egypt\nSunday 10 September 2023\n\nBelarus and Egypt discussed trade in Cairo on "
                       "Saturday.\n")[:2] == ("2023-09-10", "explicit")
    # a banner over a page whose lead has its own date is still no date of it
    assert parsed_date("Sunday 10 September 2023\n\nBelarus and Egypt discuss trade\n\nCAIRO, 3 May 2022 – Belarus and "
                       "Egypt discussed trade.\n")[0] == "2022-05-03"


def test_an_event_named_with_its_year_and_said_to_be_this_years_dates_the_year() -> None:
    lead = "Belarus and Sverdlovsk Oblast\n\nMINSK, 22 November (BelTA) – The Belarusian exposition was the largest at Innoprom 2023"
    assert parsed_date(f"{lead} in July this year. Trade grew.\n")[:2] == ("2023-11-22", "inferred")
    assert parsed_date(f"{lead}. Trade grew.\n")[0] is None  # (a year named without "this year" says nothing of today)


@pytest.mark.parametrize(
    "sentence, month, year",
    [
        ("Last year the turnover with the oblast came to $415 million, an increase of 9% over 2022.", 3, 2024),
        ("Last year, exports to the province rose by 14% compared with 2023.", 5, 2025),
        ("Compared to 2021, the trade grew 1.3 times last year.", 2, 2023),
        ("This year the two regions traded $88 million worth of goods, 11% more than in the same period of 2023.", 10, 2024),
        ("In January-August of this year the turnover went up 7.5% against the same period of 2022.", 9, 2023),
    ],
)
def test_a_relative_years_figure_against_a_named_base_year_pins_the_year(sentence: str, month: int, year: int) -> None:
    assert infer_year([sentence], month) == year


@pytest.mark.parametrize(
    "sentence",
    [
        "The turnover grew by 6% over 2023, the governor said.",  # a base year with no relative year
        "Last year the sides signed a roadmap, first discussed in 2022.",  # no figure
        "Last year the turnover was 40% above the pre-pandemic level of 2019.",  # a base that skips years
        "This year we intend to raise the trade by 10% over 2023.",  # a plan
        "For the full year the turnover rose by 6% compared with 2023.",  # "the full year" names no year
        "In the previous year the trade grew by 6% over 2021.",  # the year before one already given
    ],
)
def test_a_base_year_without_a_relative_years_figure_pins_nothing(sentence: str) -> None:
    assert infer_year([sentence], 3) is None


def test_a_base_year_without_a_relative_years_figure_gives_the_dateline_no_year() -> None:
    text = ("Belarus, oblast to step up trade\n\nMINSK, 11 March (BelTA) – The governor of the oblast met with the ambassador.\n\n"
            "The turnover grew by 6% over 2023, the governor said.\n")
    assert article_date(text) == (None, None, "11 March")


def test_two_relative_years_pinned_differently_give_no_year() -> None:
    sentences = ["Last year the turnover came to $415 million, an increase of 9% over 2023.",
                 "This year the exports grew by 4% compared with the same period of 2023."]
    assert infer_year(sentences, 9) is None  # 2025 against 2024
    sentences = ["Last year the turnover came to $415 million, an increase of 9% over 2023.",
                 "In January-May 2024 the exports reached $120 million."]
    assert infer_year(sentences, 7) is None  # 2025 against a part-year figure's 2024


def test_a_dateline_without_a_year_takes_the_year_a_relative_years_base_pins() -> None:
    text = ("Belarus, oblast to step up trade\n\nMINSK, 11 March (BelTA) – Vice Premier Ivan Petrov met with the governor of "
            "the oblast Sergei Orlov.\n\n\u201cLast year our turnover reached $512 million, up 8% over 2023,\u201d Ivan Petrov said.\n")
    assert article_date(text) == ("2025-03-11", "inferred", "11 March")


@pytest.mark.parametrize("text, expected", [
    ("Updated 09:05, 14-Mar-2024", (2024, 3, 14)),
    ("Published 3-September-2022 | Business", (2022, 9, 3)),
    ("21-Feb-25 18:02", (2025, 2, 21)),
])
def test_a_day_month_and_year_joined_by_hyphens_is_a_date(text: str, expected: tuple[int, int, int]) -> None:
    found = find_dates(text)
    assert [(m.year, m.month, m.day) for m in found] == [expected]


@pytest.mark.parametrize("text", ["Part 3-Mar-2024-B of the catalogue", "the A-14-Mar-2024 series"])
def test_hyphenated_day_month_year_inside_a_longer_code_is_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_stamp_with_a_hyphenated_date_under_the_headline_dates_the_article() -> None:
    text = ("Kazan, Gomel sign a roadmap on trade\n\nUpdated 11:40, 19-Jun-2024\nSomeAgency\n\n"
            "Kazan and Gomel signed a roadmap on industrial cooperation on Tuesday, the city hall said.\n")
    assert parsed_date(text) == ("2024-06-19", "explicit", "19-Jun-2024")


def test_a_slashed_date_with_a_time_in_an_american_zone_is_month_first() -> None:
    # "03/12/2024" could be 3 December or 12 March: no date, unless the site's clock says where it is
    assert [(d.day, d.month, d.year) for d in find_dates("Posted 03/12/2024 08:45 AM EST")] == [(12, 3, 2024)]
    assert [(d.day, d.month, d.year) for d in find_dates("Updated 04/07/2025, 6:10 p.m. PT")] == [(7, 4, 2025)]
    assert find_dates("03/12/2024 08:45") == [] and find_dates("03/12/2024 08:45 AM") == []
    # a day over 12 tells the order whatever the clock
    assert [(d.day, d.month) for d in find_dates("14/03/2024 08:45 AM EST")] == [(14, 3)]


def test_a_slashed_date_either_way_round_is_read_by_the_weekday_the_text_names() -> None:
    def days(text: str) -> list[tuple[int, int, int | None]]:
        return [(d.day, d.month, d.year) for d in find_dates(text)]

    # 5 June 2025 is a Thursday, 6 May 2025 a Tuesday
    assert days("Hue, 5/6/2025 (VNA) – The province and the Belarusian university signed a deal on Thursday.") == [
        (5, 6, 2025)]
    assert days("Hue, 6/5/2025 (VNA) – The province and the Belarusian university signed a deal on Thursday.") == [
        (5, 6, 2025)]
    # (negative) no weekday, a weekday neither reading falls on, or two weekdays: no date
    assert days("Hue, 5/6/2025 (VNA) – The province and the Belarusian university signed a deal.") == []
    assert days("Hue, 5/6/2025 (VNA) – The sides signed a deal on Friday.") == []
    assert days("Hue, 5/6/2025 (VNA) – The sides met on Tuesday and signed a deal on Thursday.") == []
