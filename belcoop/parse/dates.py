"""The grammar of dates in news pages, and the rules that pick the article's own date.

No year is ever taken from today: a day and month without a year get one only when the
article's own content implies it (`date_basis` "inferred"), otherwise the date stays null.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from belcoop.parse.months import MONTH_RE, MONTHS, RU_MONTHS

_ORD = r"(?:st|nd|rd|th)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\d.])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d])")),
    ("dotted", re.compile(r"(?<![\d.,$])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d]|\.\d)")),
    (
        "dmy",
        re.compile(
            rf"(?<![\d$.,])(\d{{1,2}}){_ORD}(?:\s?[-–]\s?\d{{1,2}}{_ORD})?\s+(?:of\s+)?({MONTH_RE})\b\.?(?:,?\s+(\d{{4}})\b)?"
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"\b({MONTH_RE})\.?\s+(\d{{1,2}}){_ORD}(?:\s?[-–]\s?\d{{1,2}}{_ORD})?(?![\d:])(?:,?\s+(\d{{4}})\b)?"
        ),
    ),
    ("ru", re.compile(r"(?<!\d)(\d{1,2})\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\s+(\d{4}))?")),
]


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


def find_dates(text: str) -> list[DateMention]:
    """Every day-precise date in `text`, with or without a year, in order of appearance."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if kind == "iso":  # 2022-06-09, 2019/05/21
                y, mo, d = _year(m.group(1)), int(m.group(3)), int(m.group(4))
            elif kind == "dotted":
                d, mo, y = int(m.group(1)), int(m.group(2)), _year(m.group(3))
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
    return found


def is_banner(line: str) -> bool:
    """A site banner with today's date ("Flag Wednesday, 17 August 2022"): the crawl date, not the article's."""
    return bool(re.match(r"^\s*(?:Flag\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}\s+\w+\s+\d{4}\s*$", line)) or line.strip().startswith("Flag ")


# ---------------------------------------------------------------- inferring a missing year

_FUTURE = re.compile(
    r"\b(?:will|shall|plan|plans|planned|planning|expected|expects|intend|intends|scheduled|next|forecast|"
    r"target|targets|goal|aim|aims|should|would|going to|upcoming|to be held|to be signed|until|prospects?)\b",
    re.IGNORECASE,
)
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}|COVID|coronavirus|pandemic", re.IGNORECASE)
_COVID = re.compile(r"\b(?:COVID|coronavirus|pandemic)\b", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:by|until|till|before)\s+(?:the end of\s+)?$", re.IGNORECASE)


def year_bounds(sentences: list[str], month: int) -> tuple[int | None, int | None]:
    """Lower and upper bounds on the article's year implied by what it reports as done or planned.

    Only the article's own figures and plans count, never a bare year elsewhere (a founding year, an
    earlier document's date, a trailing line). Reported figures for a whole year Y mean the article is
    from Y+1 or later; figures for a part of Y ending before the article's month put it in Y. Years in
    plans bound it from above. Periods are read with the grammar of trade figures (figures.read_figures).
    """
    from belcoop.parse.figures import read_figures
    from belcoop.parse.tokens import Sentence
    from belcoop.parse.trade import reports_figure

    lower: int | None = None
    upper: int | None = None

    def raise_to(y: int) -> None:
        nonlocal lower
        lower = y if lower is None else max(lower, y)

    for sentence in sentences:
        if not _ANY_YEAR.search(sentence):
            continue
        future = bool(_FUTURE.search(sentence))
        tokens = Sentence(sentence)
        trade = reports_figure(tokens)
        if not (trade or future):
            continue  # a bare year ("founded in 1938", a document signed in 2015) says nothing of the article's
        covered = [(d.start, d.end) for d in find_dates(sentence) if d.year is not None]
        for span in read_figures(tokens, None).periods:
            if not span.known or span.first is None or span.last is None:
                continue
            p_start, p_end = tokens.tokens[span.i].start, tokens.tokens[span.j - 1].end
            if any(s < p_end and p_start < e for s, e in covered):
                continue
            first, last = span.first, span.last
            whole_years = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
            if future:
                # A plan's horizon ("for 2023-2025") bounds the year from above; a dated event told in
                # the same sentence ("the session held in November 2024 adopted plans") does not.
                if whole_years:
                    upper = first.year if upper is None else min(upper, first.year)
                continue
            if whole_years:
                raise_to(last.year + 1)
            elif first.month == last.month:
                raise_to(last.year if last.month <= month else last.year + 1)
            else:
                raise_to(last.year if month > last.month else last.year + 1)
    return lower, upper


def infer_year(sentences: list[str], month: int) -> int | None:
    lower, upper = year_bounds(sentences, month)
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


def choose_date(header: list[str], iso_header: str | None, paragraphs: list[str], sentences: list[str]) -> ArticleDate:
    """The article's own date: header stamp, then dateline, then a date in the text itself.

    Site banners and related-news dates never count. A day and month without a year get the
    year the content implies, or none.
    """
    header_dates = [d for line in header if not is_banner(line) for d in find_dates(line)]
    full = [d for d in header_dates if d.year]
    if full:
        return _explicit(full[0])
    lead = paragraphs[0][:_DATELINE_SPAN] if paragraphs else ""
    dateline = [d for d in find_dates(lead)]
    if dateline and dateline[0].year:
        return _explicit(dateline[0])
    if iso_header:
        y, mo, d = (int(x) for x in iso_header.split("-"))
        lower, _ = year_bounds(sentences, mo)
        if any(_COVID.search(sentence) for sentence in sentences):
            lower = max(lower or 2020, 2020)  # a page stamped before the pandemic that speaks of it is misdated
        if lower is None or lower <= y:
            try:
                return ArticleDate(date(y, mo, d).isoformat(), "explicit", iso_header)
            except ValueError:
                pass
    partial = [d for d in header_dates if not d.year] + dateline
    if not partial:
        partial = [
            d for s in sentences for d in find_dates(s)
            if not _FUTURE.search(s[:d.start])
            and not re.search(r"\b(?:by|until|till|since|before|from)\s+$", s[max(0, d.start - 8):d.start])
        ][:1]
    if not partial:
        return ArticleDate(None, None, None)
    mention = partial[0]
    if mention.year:
        return _explicit(mention)
    year = infer_year(sentences, mention.month)
    found = mention.as_date(year) if year else None
    if found is None:
        return ArticleDate(None, None, mention.text)
    return ArticleDate(found.isoformat(), "inferred", mention.text)


def _explicit(mention: DateMention) -> ArticleDate:
    found = mention.as_date()
    return ArticleDate(found.isoformat() if found else None, "explicit" if found else None, mention.text)
