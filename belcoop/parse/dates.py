"""The grammar of dates in news pages, and the rules that pick the article's own date.

No year is ever taken from today: a day and month without a year get one only when the
article's own content implies it (`date_basis` "inferred"), otherwise the date stays null.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from belcoop.parse.folded import FoldedPattern, plain_case
from belcoop.parse.months import MONTH_RE, MONTHS, RU_MONTHS, UPPER_MONTHS, WEEKDAYS
from belcoop.parse.text import DATE_LINE, DATELINE_ONLY, LABELLED_STAMP, SITE_BANNER

_ORD = r"(?:st|nd|rd|th)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\d.])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d])")),
    # 08-Nov-2023, 8-November-23: a page stamp's day, month name and year joined by hyphens
    ("dashed", re.compile(rf"(?<![\w-])(\d{{1,2}})-({MONTH_RE})-(\d{{4}}|\d{{2}})(?![\w-])")),
    ("dotted", re.compile(r"(?<![\d.,$])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d]|\.\d)")),
    ("slashed", _SLASHED := re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")),
    (
        "dmy",
        re.compile(
            rf"(?<![\d$.,])(\d{{1,2}}){_ORD}(?:\s?[-–]\s?\d{{1,2}}{_ORD})?\s+(?:of\s+)?({MONTH_RE})\b\.?(?:,?\s+(\d{{4}})\b)?"
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"\b({MONTH_RE})\.?\s+(\d{{1,2}}){_ORD}(?:\s?[-–]\s?\d{{1,2}}{_ORD})?(?![\d:])(?:(?:,\s*|\s+)(\d{{4}})\b)?"
        ),
    ),
    ("ru", re.compile(r"(?<!\d)(\d{1,2})\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\s+(\d{4}))?")),
]


_DIGIT = re.compile(r"\d")
# What a text must hold for each pattern to match, tested before it runs: the two separators of a numeric date, a
# month's name (MONTH_RE is case-sensitive, and every name starts with one of these, or is one in capitals), a Russian
# month's name (letters beyond ASCII).
_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", *UPPER_MONTHS)


def _kinds_possible(text: str) -> set[str]:
    """The kinds of `_PATTERNS` that can match in `text`."""
    kinds = set()
    slashes = text.count("/")
    if slashes >= 2 or text.count("-") >= 2:
        kinds.add("iso")  # 2022-06-09, 2019/05/21
    if text.count(".") >= 2:
        kinds.add("dotted")  # 24.03.2023
    if slashes >= 2:
        kinds.add("slashed")  # 14/03/2023
    if any(map(text.__contains__, _MONTH_PREFIXES)):
        kinds.update(("dmy", "mdy"))
        if text.count("-") >= 2:
            kinds.add("dashed")
    if not text.isascii():
        kinds.add("ru")
    return kinds


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    day: int
    month: int
    year: int | None

    def as_date(self, year: int | None = None) -> date | None:
        y = self.year if year is None else year
        if y is None:
            return None
        try:
            return date(y, self.month, self.day)
        except ValueError:
            return None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if y < 100:
        y += 2000 if y < 50 else 1900
    return y if 1950 <= y <= 2100 else -1


# A time of day in a zone of the United States after a date: its site writes the month first.
_US_CLOCK = re.compile(r",?\s*(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?\s*)?\(?(?:E[SD]T|C[SD]T|M[SD]T|P[SD]T|ET|PT)\b")


# The order a page writes its slashed dates in ("dm" or "md"), while `choose_date` reads the page: told by another of
# its slashed dates that can be read one way only ("5/3/2026" beside "5/28/2026" is 3 May).
_SLASH_ORDER: ContextVar[str | None] = ContextVar("slash_order", default=None)


def find_dates(text: str) -> list[DateMention]:
    """Every day-precise date in `text`, with or without a year, in order of appearance."""
    if _DIGIT.search(text) is None:
        return []  # every form of a date has a digit
    return list(_dates_in(text, _SLASH_ORDER.get()))  # (a list of its own: the caller may change it)


def _one_way(a: int, b: int) -> str | None:
    """The only order a slashed date's first two numbers can be read in ("dm": 14/03, "md": 03/14), or None (03/04)."""
    if a > 12 >= b:
        return "dm"
    if b > 12 >= a:
        return "md"
    return None


def _slash_order(texts: Sequence[str]) -> str | None:
    """The order of a page's slashed dates, when one of them can be read one way only and none the other way."""
    orders = {_one_way(int(m.group(1)), int(m.group(2))) for text in texts if text.count("/") >= 2
              for m in _SLASHED.finditer(text)} - {None}
    return orders.pop() if len(orders) == 1 else None


@lru_cache(maxsize=4096)
def _dates_in(text: str, order: str | None = None) -> tuple[DateMention, ...]:
    """find_dates of a text with a digit, kept per text: the date rules ask the same lines and sentences again
    (a header's lines for its stamp, then for its days; a sentence for the year's bounds, then for a round-up's)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    possible = _kinds_possible(text)
    for kind, pattern in _PATTERNS:
        if kind not in possible:
            continue  # it finds nothing here
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if kind == "iso":  # 2022-06-09, 2019/05/21
                y, mo, d = _year(m.group(1)), int(m.group(3)), int(m.group(4))
            elif kind == "dashed":
                d, mo, y = int(m.group(1)), MONTHS[m.group(2).lower()], _year(m.group(3))
            elif kind == "dotted":
                d, mo, y = int(m.group(1)), int(m.group(2)), _year(m.group(3))
            elif kind == "slashed":  # 14/03/2023 or 03/14/2023; 03/04/2023 could be either, so it is no date
                a, b, y = int(m.group(1)), int(m.group(2)), _year(m.group(3))
                one_way = _one_way(a, b)
                if one_way == "dm":
                    d, mo = a, b
                elif one_way == "md" or _US_CLOCK.match(text, m.end()):
                    d, mo = b, a  # (a time in an American zone after it: "03/12/2024 08:45 AM EST" is month first)
                elif (by_weekday := _order_by_weekday(text, a, b, y)) is not None:
                    d, mo = by_weekday
                elif order is not None:
                    d, mo = (a, b) if order == "dm" else (b, a)  # the page's order, told by another of its dates
                else:
                    continue
            elif kind == "dmy":
                d, mo, y = int(m.group(1)), MONTHS[m.group(2).lower()], _year(m.group(3))
            elif kind == "mdy":
                mo, d, y = MONTHS[m.group(1).lower()], int(m.group(2)), _year(m.group(3))
            else:
                d, mo, y = int(m.group(1)), RU_MONTHS[m.group(2)], _year(m.group(3))
            if y == -1 or not 1 <= mo <= 12 or not 1 <= d <= 31:
                continue
            mention = DateMention(m.start(), m.end(), m.group(0).strip(), d, mo, y)
            if y is not None and mention.as_date() is None:
                continue
            if y is None and d > calendar.monthrange(2024, mo)[1]:
                continue
            found.append(mention)
            taken.append((m.start(), m.end()))
    found.sort(key=lambda dm: dm.start)
    return tuple(found)


_WEEKDAY_NAME = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _order_by_weekday(text: str, a: int, b: int, year: int | None) -> tuple[int, int] | None:
    """(day, month) of a slashed date either way round ("3/4/2025"), when the text names one weekday only ("signed
    ... on Thursday") and one reading of the two falls on it (3 April 2025 is a Thursday, 4 March a Tuesday); else
    None."""
    named = {m.group(0).lower() for m in _WEEKDAY_NAME.finditer(text)}
    if len(named) != 1 or year is None or year < 0:
        return None
    weekday = WEEKDAYS[named.pop()]
    fits = []
    for d, mo in ((a, b), (b, a)):
        try:
            if date(year, mo, d).weekday() == weekday:
                fits.append((d, mo))
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


# A day and month without a year as a page's stamp: the form regional sites give the current year's news ("03.05",
# "03.05 10:21", "10:21, 03.05", "03.05 Views: 1204"), read only from a header line of its own or a lead's dateline
# ("TASHKENT, 03.05 –", "Samarkand, 03.05 (UzA) –"). Anywhere else "3.05" is a score, an amount ("3.05 million") or a time.
_DAY_MONTH = r"(?<![\d.,:])(\d{1,2})\.(\d{2})(?![\d.,:])"
_STAMP_DAY_MONTH = re.compile(
    rf"^\s*(?:(?:Posted|Updated|Published|Date)\s*:?\s*)?(?:\d{{1,2}}:\d{{2}},?\s+)?{_DAY_MONTH}(?:,?\s+\d{{1,2}}:\d{{2}})?"
    r"(?:\s*\|?\s*(?:Views?|Просмотров)\s*:?\s*\d+)?\s*$", re.IGNORECASE)
_DATELINE_DAY_MONTH = re.compile(
    rf"^[A-Z][\w'.-]*(?:[ -][A-Z][\w'.-]*){{0,2}},\s{_DAY_MONTH}(?:\s*\([^)]{{2,20}}\))?\s*[–—-]\s")


def _day_month(match: re.Match[str] | None) -> list[DateMention]:
    """The day and month of a stamp or a dateline's `_DAY_MONTH` match (none when no such day is)."""
    if match is None:
        return []
    d, mo = int(match.group(1)), int(match.group(2))
    if not 1 <= mo <= 12 or not 1 <= d <= calendar.monthrange(2024, mo)[1]:
        return []
    return [DateMention(match.start(1), match.end(2), match.string[match.start(1):match.end(2)], d, mo, None)]


def stamp_day_month(line: str) -> list[DateMention]:
    """The day and month of a header line that is a stamp of them alone ("03.05", "03.05 10:21")."""
    return _day_month(_STAMP_DAY_MONTH.match(line)) if "." in line else []


def dateline_day_month(lead: str) -> list[DateMention]:
    """The day and month of a lead's dateline that gives them as "03.05" ("TASHKENT, 03.05 – ...")."""
    return _day_month(_DATELINE_DAY_MONTH.match(lead)) if "." in lead[:_DATELINE_SPAN] else []


_BANNER = re.compile(r"^\s*(?:Flag\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}\s+\w+\s+\d{4}\s*$")


def is_banner(line: str) -> bool:
    """A site banner with today's date ("Flag Wednesday, 17 August 2022", "Monday, 12 May 2025 Samarkand +27°C"): the
    crawl date, not the article's."""
    return bool(_BANNER.match(line)) or line.strip().startswith("Flag ") or SITE_BANNER.match(line) is not None


# Over the headline, a site's clock, not the article's stamp: its "Last update" ("Last Update: Thursday, 3 December 2026,
# 09:14"), or today's weekday and date with the time ("Thursday, 3 December 2026, 09:14"). Under the headline the same
# weekday form is the article's own stamp ("Saturday, 19 April 2025, 10:12"), so only lines over it are asked, and
# over it such a line is still taken when nothing else dates the article.
_LAST_UPDATE = re.compile(r"^\s*Last\s+(?:update[ds]?|modified)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\b\.?", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_CLOCK_MARKS = re.compile(r"[\s,|•·]+")


def _is_clock(line: str) -> bool:
    """A page's clock over the headline: a "Last update" line, or a line of only today's weekday, date and time
    ("Thursday, 3 December 2026, 09:14", "Thu, 3 Dec 2026 | 09:14", "3 December 2026, Thursday, 09:14")."""
    if _LAST_UPDATE.match(line):
        return True
    if _TIME.search(line) is None or _WEEKDAY.search(line) is None:
        return False
    rest = _CLOCK_MARKS.sub(" ", _WEEKDAY.sub(" ", _TIME.sub(" ", line))).strip()
    found = find_dates(rest)
    return len(found) == 1 and found[0].year is not None and found[0].text.rstrip(".") == rest.rstrip(".")


# ---------------------------------------------------------------- inferring a missing year

# An event to come, before the day it is announced for: "will be held in Pskov on 15-16 October 2026" (not "the roadmap
# runs until 15 March 2030", a horizon).
_TO_BE_HELD = FoldedPattern(r"\b(?:will be held|will take place|(?:is|are) scheduled|will open|will start|will begin|"
                            r"(?:is|are) to be held|will be hosted)\b(?![^.;]*\b(?:until|by|till)\b)")
_FUTURE = FoldedPattern(
    r"\b(?:will|shall|plan|plans|planned|planning|expected|expects|intend|intends|scheduled|next|forecast|"
    r"target|targets|goal|aim|aims|should|would|going to|upcoming|to be held|to be signed|until|prospects?)\b",
)
_ANY_YEAR = FoldedPattern(r"(?:19|20)\d{2}|covid|coronavirus|pandemic")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_PANDEMIC_WORDS = ("covid", "coronavirus", "pandemic")


def _names_a_year(sentence: str) -> bool:
    """Does the sentence hold a year (or the pandemic, which dates it)? `_ANY_YEAR`, its words found as substrings."""
    if not plain_case(sentence):
        return _ANY_YEAR.search(sentence) is not None
    return _YEAR_DIGITS.search(sentence) is not None or any(map(sentence.lower().__contains__, _PANDEMIC_WORDS))
# A last clause joined on after the figures, with no number of its own: "in 2023 Osh bought Belarusian buses for 180
# million soms, and the city intends to renew its fleet".
_PLAN_AFTER = re.compile(r"[,;]\s+(?:and|while|but|whereas)\s+[^\d,;]*$")


def _without_a_plan_after(sentence: str) -> str:
    """The sentence without a last clause joined on after its figures that holds no number (a figure, a year): its
    future word is that clause's plan ("..., and the city intends to renew its fleet"), not the figure's. A future
    word before it still makes the figure a plan's ("In 2026, trade should reach 5 billion yuan, and ...")."""
    after = _PLAN_AFTER.search(sentence)
    return sentence[:after.start()] if after else sentence


_COVID = FoldedPattern(r"\b(?:covid|coronavirus|pandemic)\b")


def _names_the_pandemic(text: str) -> bool:
    """`_COVID.search(text)`, its words looked for first (a search of a whole text for "\\b" and three words reads it
    letter by letter; most texts hold none of them)."""
    if not plain_case(text):
        return _COVID.search(text) is not None
    low = text.lower()
    if not any(map(low.__contains__, _PANDEMIC_WORDS)):
        return False
    return _COVID.search(text, low) is not None
_DEADLINE = re.compile(r"\b(?:by|until|till|before)\s+(?:the end of\s+)?$", re.IGNORECASE)


def year_bounds(sentences: list[str], month: int, day: int | None = None) -> tuple[int | None, int | None]:
    """Lower and upper bounds on the article's year implied by its own figures and plans.

    Never a bare year elsewhere (a founding year, an earlier document, a trailing line). A reported
    figure for a whole year Y puts the article in Y+1 or later; one for a part of Y ending before the
    article's month puts it in Y. A goal or plan for a year Y ("to reach $500 million in 2017", "the
    programme for 2023-2025") puts it in Y or earlier. A full date of something just before the article's
    own day and month ("the resolution of 10 February 2020", in a 12 February article) gives its year; so does that of
    an event announced for a day soon after it ("will be held on 15-16 October 2026", in a 2 October article).
    The figures, their periods and their status are read with the trade grammar (trade.py).
    """
    from belcoop.parse.trade import figure_periods

    lower: int | None = None
    upper: int | None = None
    pins: set[int] = set()  # years a part-year figure puts the article in

    def raise_to(y: int) -> None:
        nonlocal lower
        lower = y if lower is None else max(lower, y)

    def cap_at(y: int) -> None:
        nonlocal upper
        upper = y if upper is None else min(upper, y)

    # (a sentence that names no year holds no figure of one, nor a base year: `_year_of_based_figure` needs one too)
    dated = [sentence for sentence in sentences if _names_a_year(sentence)]
    for sentence in dated:
        if day is not None:
            for d in find_dates(sentence):
                if d.year is None:
                    continue
                recent = _days_before(d.month, d.day, month, day)
                if recent is not None and recent <= 45 and not _OTHER_EVENT.search(sentence[:d.start]):
                    raise_to(d.year if (d.month, d.day) <= (month, day) else d.year + 1)
                    continue
                ahead = _days_before(month, day, d.month, d.day)
                if ahead is not None and ahead <= 45 and _TO_BE_HELD.search(sentence[:d.start]) is not None:
                    # an event announced for a day soon after the article's: "(2 October) Days of Vitebsk Oblast will
                    # be held in Pskov on 15-16 October 2026"
                    raise_to(d.year if (month, day) <= (d.month, d.day) else d.year - 1)
        periods = figure_periods(sentence)
        # a sentence that speaks of the future makes its periods a plan's, unless the trade grammar told its figures
        # apart ("reached 9.1 billion yuan in January-July 2025, and the sides aim to double it by 2030")
        told_apart = any(status == "target" for _, _, status, _ in periods) and any(
            status != "target" for _, _, status, _ in periods)
        future = bool(periods) and not told_apart and bool(_FUTURE.search(_without_a_plan_after(sentence)))
        for first, last, status, reported in periods:
            whole_years = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
            if status == "target" or future:
                if whole_years:
                    cap_at(first.year)  # a plan's horizon ("for 2023-2025")
                continue
            if whole_years:
                # a year's figure is reported after the year; a trend told without one may be this year's
                raise_to(last.year + 1 if reported else last.year)
            elif month > last.month or first.month == last.month == month:
                pins.add(last.year)  # "in January-September 2022", said in December: 2022
            else:
                raise_to(last.year + 1)
    based = {y for y in map(_year_of_based_figure, dated) if y is not None}
    if based:
        # a relative year's figure against a named year: that year exactly, if nothing else in the text disagrees
        # (two such years, or a figure's bound or a part-year figure's year against it: no year satisfies both)
        year = max(based)
        agrees = len(based) == 1 and (not pins or max(pins) == year) and (lower is None or lower <= year) and (
            upper is None or upper >= year)
        return (year, year) if agrees else (year, min(based) - 1)
    if pins:
        pinned = max(pins)
        return (pinned, upper) if lower is None or lower <= pinned + 1 else (lower, upper)
    return lower, upper


# A relative year that a comparison's base year pins: "last year" and "this year" (not "the full year", "the whole year",
# which name no year, nor "the previous year", which is the one before a year already given).
_BASED_RELATIVE = FoldedPattern(r"\b(?:this|current|last|past)\s+year\b", required="year")
_BASED_WORDS = {"last_year": ("last", "past"), "this_year": ("this", "current")}
_BASED_OFFSET = {"last_year": 2, "this_year": 1}  # the article's year after the base year


def _year_of_based_figure(text: str) -> int | None:
    """The article's year that a figure for a relative year against a named base year gives: "Last year trade reached
    $790 million, up 6% over 2023" (last year is 2024: the article is of 2025), "This year trade grew by 12% compared
    with the same period of 2023" (this year is 2024). A change on a year's figure is told against the year before it.
    None unless the sentence gives one relative year (of no plan), one base year and no other year, and a figure; a
    comparison with the year before the pandemic skips years ("up 30% over pre-pandemic 2019")."""
    if _BASED_RELATIVE.search(text) is None or _FUTURE.search(text) or _names_the_pandemic(text):
        return None
    years = set(_A_YEAR.findall(text))
    if len(years) != 1:
        return None
    from belcoop.parse.figures import read_figures
    from belcoop.parse.tokens import sentence

    s = sentence(text)
    figures = read_figures(s, None)
    if not (figures.amounts or figures.changes):
        return None
    bases = {p.first.year for p in figures.periods if p.kind == "base" and p.first is not None and p.last is not None
             and p.first.year == p.last.year}
    relative = [p for p in figures.periods if p.kind == "unknown"]
    if len(bases) != 1 or len(relative) != 1 or relative[0].future or relative[0].back:
        return None
    base = bases.pop()
    if str(base) not in years or any(p.known for p in figures.periods) or "pre" in s.lows:
        return None
    span = relative[0]
    for k in range(span.i, span.j):
        for category, words in _BASED_WORDS.items():
            end = s.tag_end(k, category)
            if end is not None and end <= span.j and any(w in s.lows[k:end] for w in words):
                return base + _BASED_OFFSET[category]
    return None


def _days_before(month: int, day: int, ref_month: int, ref_day: int) -> int | None:
    """Days from (month, day) to (ref_month, ref_day) going forward, in a common year (None if invalid)."""
    try:
        then, ref = date(2001, month, day), date(2001, ref_month, ref_day)
    except ValueError:
        return None
    return (ref - then).days % 365


# A round-up headline and the year it sums up: "Belarus' regions in 2025: results", "Results of 2025", "2025 in review".
_ROUND_UP = re.compile(r"\b(?:results?|outcomes?|in review|summing up|summed up|year-end|round-?up)\b", re.IGNORECASE)
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_LONE_YEAR = re.compile(r"(?<![\d/–-])(?:19|20)\d{2}(?![\d/–-])")  # not of a range ("2021-2025", "2024/25")
_RUNNING_YEAR = re.compile(
    r"\b(?:this year|the current year|the outgoing year|(?:since|from) the (?:beginning|start) of the year)\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\b(?:last year|the past year)\b", re.IGNORECASE)
_SECOND_HALF = 7  # the first month of a year's second half


def round_up_year(title: str | None, sentences: list[str], month: int, day: int | None = None) -> int | None:
    """The year of an article whose headline sums up a year ("Belarus' regions in 2025: results") and whose day and
    month ("MINSK, 2 December") have no year, when its own text says which year that is to it.

    A round-up of year Y is published late in Y or early in Y+1. Dated in a year's second half, it is of Y when the
    body reports the year as running: "this year" in a sentence of no plan, or a figure for the year so far whose
    year it does not name ("In January-September trade reached ...", dated 2 December). Those are the round-up's
    figures, of Y; late in Y+1 they would be Y+1's, under a headline of Y. Dated in a year's first half, it is of Y+1
    when the body reports on "last year" (Y, summed up in January). A headline alone dates nothing (nor one that
    names two years or a plan), nor does one the body's own figures contradict (`year_bounds`)."""
    if not title or not _ROUND_UP.search(title) or _FUTURE.search(title):
        return None
    years, lone = set(_A_YEAR.findall(title)), _LONE_YEAR.findall(title)
    if len(years) != 1 or len(lone) != 1:
        return None
    if month >= _SECOND_HALF:
        year = int(lone[0]) if any(_reports_the_running_year(s, month) for s in sentences) else None
    else:
        year = int(lone[0]) + 1 if any(_LAST_YEAR.search(s) and not _FUTURE.search(s) for s in sentences) else None
    if year is None:
        return None
    lower, upper = year_bounds(sentences, month, day)
    if (lower is not None and lower > year) or (upper is not None and upper < year):
        return None
    return year


def _reports_the_running_year(text: str, month: int) -> bool:
    """Whether the sentence reports the article's year as running: "this year", or a figure for the months from January
    to one before the article's month, with no year named ("in January-September", "in nine months"); no plan."""
    if _FUTURE.search(text):
        return False
    if _RUNNING_YEAR.search(text):
        return True
    if _DIGIT.search(text) is None:
        return False  # (a figure has a digit)
    from belcoop.parse.figures import read_figures
    from belcoop.parse.tokens import sentence

    figures = read_figures(sentence(text), None)
    return bool(figures.amounts or figures.changes) and any(
        p.months is not None and p.months[0] == 1 and p.months[1] < month and not p.future for p in figures.periods)


# An event named with its year ("Innoprom 2023", "EXPO-2024", "the Forum of Regions 2025"): a capitalised word, the year.
_NAMED_YEAR = re.compile(r"\b[A-Z][\w-]*[ -]((?:19|20)\d{2})\b(?![-–/]\d)")
_THIS_YEAR = FoldedPattern(r"\b(?:this|the current) year\b", required="year")


def _named_this_year(sentences: list[str]) -> int | None:
    """ "The exposition was the largest at Innoprom 2023 in July this year": an event named with its year and said to be
    of this year dates the article's year (one such year in the sentence, and none other in the text that disagrees)."""
    years: set[int] = set()
    for sentence in sentences:
        if _THIS_YEAR.search(sentence):
            named = {int(y) for y in _NAMED_YEAR.findall(sentence)}
            if len(named) == 1 and len(set(_A_YEAR.findall(sentence))) == 1:
                years |= named
    return years.pop() if len(years) == 1 else None


def _months_only(title: str) -> bool:
    """Does the headline give figures for months of a year only ("trade up 1.5 times in January-September 2023")? A
    headline's whole year ("trade grew by 9% in 2024") is often the year still running, loosely put: no evidence."""
    from belcoop.parse.trade import figure_periods

    periods = figure_periods(title)
    return bool(periods) and all(first.year == last.year and (first.month, last.month) != (1, 12)
                                 for first, last, _status, _reported in periods)


def infer_year(sentences: list[str], month: int, day: int | None = None) -> int | None:
    lower, upper = year_bounds(sentences, month, day)
    if lower is None:
        return None
    if upper is not None and lower > upper:
        return None
    return lower


# ---------------------------------------------------------------- choosing the article's date

_DATELINE_SPAN = 70  # a lead's dateline ("MINSK, 16 May (BelTA) –") sits in its first characters


@dataclass(frozen=True)
class ArticleDate:
    date: str | None
    basis: str | None
    text: str | None


def choose_date(header: list[str], iso_header: str | None, paragraphs: list[str], sentences: list[str],
                over_title: Sequence[str] = (), closing: Sequence[str] = (), title: str | None = None) -> ArticleDate:
    """`_choose_date`, with the page's order of slashed dates in force (see `_SLASH_ORDER`)."""
    token = _SLASH_ORDER.set(_slash_order([*over_title, *header, *paragraphs, *closing]))
    try:
        return _choose_date(header, iso_header, paragraphs, sentences, over_title, closing, title)
    finally:
        _SLASH_ORDER.reset(token)


def _choose_date(header: list[str], iso_header: str | None, paragraphs: list[str], sentences: list[str],
                 over_title: Sequence[str] = (), closing: Sequence[str] = (), title: str | None = None) -> ArticleDate:
    """The article's own date: a stamp under the headline, then the lead's dateline, then a date over the
    headline, then a date in the text itself (its lead, then a date closing it).

    `header` is the header's lines under the headline (all of them when the headline is not known),
    `over_title` those over it and the headline: a page's clock or "today" widget sits there ("December 3,
    2026" / headline / "MINSK, 14 March 2025 (BelTA) –"), so a date there counts only when the dateline
    has no year, and not even then when it gives another day. `closing`: stamp lines after the body
    ("Published: 14.08.2025"). Site banners and related-news dates never count. A day and month without
    a year get the year the content implies (with the `title`, a round-up's: `round_up_year`), or none.
    """
    lead = paragraphs[0][:_DATELINE_SPAN] if paragraphs else ""
    dateline = [d for d in find_dates(lead) if not _OTHER_EVENT.search(lead[:d.start])] or dateline_day_month(lead)
    updated = _updated_date(header, over_title, dateline, lead)
    if updated is not None:
        return updated
    stamped = [d for d in _dates_of_lines([line for line in header if DATE_LINE.match(line)]) if d.year]
    if stamped and _agrees(stamped[0], iso_header, over_title):
        return _explicit(stamped[0])
    header_dates = _dates_of_lines(header, day_month=True)
    if dateline and dateline[0].year:
        return _explicit(dateline[0])  # before a date in other words under the headline ("Thursday, ... | E-Paper")
    full = [d for d in header_dates if d.year]
    if full and _agrees(full[0], iso_header, over_title):
        return _explicit(full[0])
    over_lines = [line for line in over_title if not _is_clock(line)]
    nearest = _nearest_full(over_lines)
    if nearest is None and not closing and not any(_LAST_UPDATE.match(line) for line in over_title):
        # a weekday and time over the headline, and no other date there (nor a stamp closing the article): it may be
        # the article's stamp
        over_lines = list(over_title)
        nearest = _nearest_full(over_lines)
    over = _dates_of_lines(over_lines)
    stamp = next((d for d in find_dates(closing[0]) if d.year), None) if closing and LABELLED_STAMP.match(closing[0]) else None
    if nearest is not None and stamp is not None:
        nearest = stamp  # the article's labelled stamp ("Published: 14.05.2024") before a date over its headline
    own_days = header_dates + [d for d in dateline if _opens_the_lead(lead[:d.start])]  # (all without a year)
    if own_days and nearest:
        paged = _dated_by_the_page(own_days[0], nearest)
        if paged is not None:
            return paged
    elif nearest and (not iso_header or str(nearest.as_date()) == iso_header):
        return _explicit(nearest)  # (else the page's stamp, when it has one, before a date over its headline)
    own = _lead_dates(sentences)
    if iso_header:
        y, mo, d = (int(x) for x in iso_header.split("-"))
        lower: int | None
        if own and not own[0].year and (_days_before(own[0].month, own[0].day, mo, d) or 0) > 31:
            lower = y + 1  # "On June 24, the President ..." under a page stamped 13 December: not this page's date
        else:
            lower, _ = year_bounds(sentences, mo)
        if _names_the_pandemic(" ".join(sentences)):  # (any sentence: the pattern's words hold no space)
            lower = max(lower or 2020, 2020)  # a page stamped before the pandemic that speaks of it is misdated
        if lower is None or lower <= y:
            try:
                return ArticleDate(date(y, mo, d).isoformat(), "explicit", iso_header)
            except ValueError:
                pass
        if nearest and not own_days:
            return _explicit(nearest)
    partial = header_dates + dateline + [d for d in over if not d.year]
    if not partial:
        partial = own[:1] or _closing_dates(paragraphs, sentences, closing)[:1]
    if not partial:
        # a weekday and date on a line of its own under the headline, and no other date on the page: the article's
        # stamp ("Daily News Egypt" / "Sunday 10 September 2023" / text), not a banner over another date
        stamp = next((d for line in header if _BANNER.match(line) and not line.strip().startswith("Flag")
                      for d in find_dates(line) if d.year), None)
        if stamp is not None and not any(find_dates(line) for line in over_title):
            return _explicit(stamp)
        return ArticleDate(None, None, None)
    mention = partial[0]
    if mention.year:
        return _explicit(mention)
    closed = next((d for d in find_dates(closing[0]) if d.year), None) if closing else None
    if closed is not None:
        # the stamp closing the article gives its dateline's day a year ("MINSK, 14 May –" ... "Published: 14.05.2024")
        paged = _dated_by_the_page(mention, closed)
        if paged is not None and paged.date:
            return paged
    # the headline's figures as the body's ("trade up 1.5 times in January-September 2023"), but a round-up's year is
    # read by its own rule ("Results of 2024: ...")
    own_title = [title] if title and not _ROUND_UP.search(title) and _months_only(title) else []
    year = infer_year(own_title + sentences, mention.month, mention.day) or round_up_year(title, sentences, mention.month, mention.day) \
        or _named_this_year(sentences)
    found = mention.as_date(year) if year else None
    if found is None:
        return ArticleDate(None, None, mention.text)
    return ArticleDate(found.isoformat(), "inferred", mention.text)


# A stamp of the page's last change ("Updated: 2024-05-09 10:21", "Modified: 09.05.2024"), not of its first publication.
_UPDATED = re.compile(r"^\s*(?:Last\s+)?(?:Updated|Modified|Last\s+update[ds]?)\b", re.IGNORECASE)


def _updated_date(header: Sequence[str], over_title: Sequence[str], dateline: list[DateMention], lead: str) -> ArticleDate | None:
    """The lead's dateline day when the header's stamp is of an update ("Updated: 2024-05-09 10:21" over "Jinan, May 8
    – ..."): the story's day is the one it was filed, the update's only gives it a year (`_dated_by_the_page`: the
    dateline's day up to a month before the update's). None when the header has no update's stamp or the lead no
    dateline, and then the stamp dates the article as any stamp does (a page of only "Updated: 2019-11-08" is of that
    day); nor when a stamp of its publication is beside it, which dates it."""
    if not dateline or not _opens_the_lead(lead[:dateline[0].start]):
        return None
    update = next((d for line in [*header, *over_title] if _UPDATED.match(line) for d in find_dates(line) if d.year), None)
    if update is None or any(DATE_LINE.match(line) and not _UPDATED.match(line) for line in header):
        return None  # (a stamp of its publication beside it dates the article: "Published: ..." / "Updated: ...")
    own = dateline[0]
    if own.year is not None:
        return _explicit(own)
    paged = _dated_by_the_page(own, update)
    return paged if paged is not None and paged.date else None


# Before a date, these make it the date of something else than the reported event.
_OTHER_EVENT = FoldedPattern(
    r"\b(?:(?:born|founded|established|opened|set up|created|celebrated|marked)(?:\s+[\w.-]+){0,3}?\s+(?:on|in)|since|after|before|"
    r"by|until|till|from|ago|previous|earlier)\s+(?:the\s+)?$",
)
_LEAD_SENTENCES = 3


def _lead_dates(sentences: list[str]) -> list[DateMention]:
    """Dates the lead gives the reported event ("On June 24, the President met ..."), not dates of other
    things ("relations established on January 24, 1992", "born on July 9, 1950", "to be held from June 29")."""
    found = []
    for sentence in sentences[:_LEAD_SENTENCES]:
        for d in find_dates(sentence):
            before = sentence[:d.start]
            if _FUTURE.search(before) or _OTHER_EVENT.search(before):
                continue
            found.append(d)
    return found


_PAGE_LAG = 31  # days a page's date may come after the day its story gives itself


def _opens_the_lead(before: str) -> bool:
    """Whether a date after `before` is the lead's dateline ("MINSK, 14 March", "Mogilev, 14 May"): a place and a comma,
    no word in lower case ("The document was signed on 8 February" gives the day of an event, not of the story)."""
    return before.rstrip().endswith(",") and not any(word[0].islower() for word in before.split())


def _dated_by_the_page(own: DateMention, page: DateMention) -> ArticleDate | None:
    """The date of a story that gives itself a day without a year ("MINSK, 30 September –") under a page's date over
    its headline: that date when it is the same day; the story's day in the year before the page's date when that
    is up to `_PAGE_LAG` days later (a republished story: "3 October 2022"); else None (a "today" widget's date,
    "December 3, 2026", months after the story: the year must come from the story's content)."""
    if (own.day, own.month) == (page.day, page.month):
        return _explicit(page)
    lag = _days_before(own.month, own.day, page.month, page.day)
    if lag is None or lag > _PAGE_LAG or page.year is None:
        return None
    found = own.as_date(page.year if (own.month, own.day) <= (page.month, page.day) else page.year - 1)
    return ArticleDate(found.isoformat(), "inferred", own.text) if found else ArticleDate(None, None, own.text)


def _agrees(mention: DateMention, iso_header: str | None, over_title: Sequence[str]) -> bool:
    """Whether a header date may be taken before the page's date of publication (`iso_header`): when it is under the
    headline, when the page has none, or when it is that day. With no headline known, a header date may be a
    widget's ("5 March 2026" over a promo the page split took for the text), and the page's metadata is its own."""
    return bool(over_title) or not iso_header or str(mention.as_date()) == iso_header


def _nearest_full(lines: Sequence[str]) -> DateMention | None:
    """Of the dates with a year over the headline, the one nearest to it: a page's widgets sit at its top ("3 December
    2026, Thursday" / menus / "Economy | 14 October 2025 | 16:32" / headline), the article's stamp next to its
    headline. The first of its line ("Published 14.10.2025, updated 15.10.2025")."""
    for line in reversed(lines):
        full = [d for d in _dates_of_lines([line]) if d.year]
        if full:
            return full[0]
    return None


def _dates_of_lines(lines: Sequence[str], day_month: bool = False) -> list[DateMention]:
    """The dates of header lines, but for site banners; with `day_month`, a line's stamp of a day and month alone too
    ("03.05": asked only under the headline, where the article's stamp is; over it "3.05" may be a widget's rate)."""
    return [d for line in lines if not is_banner(line)
            for d in find_dates(line) or (stamp_day_month(line) if day_month else [])]


_CLOSING_SPAN = 3  # paragraphs: a place-and-date line or a stamp closes the article, a source note may follow it
# The report's own event dated late: "The meeting took place on 12 April 2023.", "The talks were held in Hanoi on
# December 2, 2025." (before the date; asked only of a sentence that says "took place" or "held").
_TOOK_PLACE = FoldedPattern(
    r"\b(?:took place|was held|were held)(?:\s+(?:in|at)\s+[\w'-]+(?:\s[\w'-]+)?)?\s+on\s+(?:[a-z]+,?\s+)?$",
)
# The meeting of another time: "The previous meeting took place on ...", "The first forum was held on 14 May 2019."
_ANOTHER_TIME = FoldedPattern(r"\b(?:previous|last|earlier|prior|former|first|next|upcoming)\b")
_PROSE_END = (".", "!", "?", '"', ")")
# A credit line between the article's last paragraph and its place-and-date line: a byline ("By Anna Petrova",
# "Interviewed by ...", "Author: ..."), the press contacts ("Contacts for the media: ...", "Tel.: ...") or the sender
# ("Press service of the Embassy", "Information and Press Department of the MFA"). It names who wrote or sent the
# article, never another story: the date under it is still the article's own.
_CREDIT_LINE = re.compile(
    r"^(?:(?i:(?:interviewed|interview|prepared|compiled|reported|written|edited|translated|text|photos?|video)\s+by)\s"
    r"|By\s+[A-Z]"
    r"|(?i:(?:authors?|text|photos?|interviewer|interview|sources?|correspondent|reporter|editor|press\s+contacts?"
    r"|media\s+contacts?|contacts?(?:\s+for\s+(?:the\s+)?(?:media|press|journalists))?"
    r"|for\s+(?:media|press)\s+(?:inquiries|enquiries)|tel|phone|e-?mail|fax)\.?\s*:)"
    r"|(?i:(?:the\s+)?(?:press|media)\s+(?:service|office|centre|center)\b)"
    r"|(?i:(?:the\s+)?information\s+(?:and|&)\s+press\s+(?:department|service|office)\b))"
)
_CREDIT_WORDS = 15


def _is_credit_line(paragraph: str) -> bool:
    return _CREDIT_LINE.match(paragraph) is not None and len(paragraph.split()) <= _CREDIT_WORDS  # (the match at its start first)


def _after_prose(paragraphs: list[str], at: int) -> bool:
    """Whether a paragraph of prose comes before paragraph `at`, but for credit lines between them."""
    k = at - 1
    while k > 0 and _is_credit_line(paragraphs[k]):
        k -= 1
    return k >= 0 and paragraphs[k].endswith(_PROSE_END) and not _is_credit_line(paragraphs[k])


def _closing_dates(paragraphs: list[str], sentences: list[str], closing: Sequence[str]) -> list[DateMention]:
    """Dates an article gives itself at its end, when nothing before dates it.

    A place-and-date line among its last paragraphs ("Aktau, 6 March 2025"), or a stamp line after its body
    (`closing`: "Published: 14.08.2025"), each after a paragraph of prose (a related story's headline is none; credit
    lines between them are the article's: "By Anna Petrova", "Press service of the Embassy") and
    the only such line (a list of dates is a list of stories). Else a sentence that says when the reported event
    took place ("The talks took place on December 2, 2025."), not of an event of another time or still to come.
    """
    lines = [p for p in paragraphs[1:] if DATELINE_ONLY.match(p)]
    if len(lines) + len(closing) == 1:
        if closing:
            return find_dates(closing[0])
        at = paragraphs.index(lines[0])
        if at >= len(paragraphs) - _CLOSING_SPAN and _after_prose(paragraphs, at):
            return find_dates(lines[0])
    noted = _source_note_dates(paragraphs)
    if noted:
        return noted
    for sentence in sentences[_LEAD_SENTENCES:]:
        if "took place" not in sentence and " held" not in sentence:
            continue  # (what `_TOOK_PLACE` needs)
        for d in find_dates(sentence):
            before = sentence[:d.start]
            if _TOOK_PLACE.search(before) and not _ANOTHER_TIME.search(before) and not _FUTURE.search(before):
                return [d]
    return []


def _source_note_dates(paragraphs: list[str]) -> list[DateMention]:
    """The date of a credit line among the article's last paragraphs, after its prose: "(Source: Henan Provincial
    Department of Commerce, 2024-11-08)", "Source: the press service   Date: 08.11.2024" (a source note names who sent
    the article, with the day it was sent). One such line, with one full date; else none (a list of dated sources
    is a list of stories)."""
    found: list[DateMention] = []
    for at in range(max(1, len(paragraphs) - _CLOSING_SPAN), len(paragraphs)):
        note = paragraphs[at].strip().lstrip("([").rstrip(")].").strip()
        if not _is_credit_line(note) or not _after_prose(paragraphs, at):
            continue
        dates = [d for d in find_dates(note) if d.year and d.day]
        if len(dates) == 1:
            found.append(dates[0])
    return found if len(found) == 1 else []


def _explicit(mention: DateMention) -> ArticleDate:
    found = mention.as_date()
    return ArticleDate(found.isoformat() if found else None, "explicit" if found else None, mention.text)
