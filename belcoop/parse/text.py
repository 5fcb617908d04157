"""Normalise scraped text and separate the article (title, body) from the page chrome around it.

Scraped pages carry site banners, menus, currency rates, captions, share buttons and lists of
other articles. Facts are read only from the article itself, so this module decides, line by
line, what belongs to it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from belcoop.parse.folded import FoldedPattern
from belcoop.parse.months import MONTH_RE, MONTHS
from belcoop.parse.places import read_cities
from belcoop.vocab import given_names, read_data

# One pass over the characters scraped pages get wrong: odd spaces and quotes become plain ones; soft hyphens,
# zero-width characters and byte-order marks go ("mil\u00adlion", "tr\u200dade"); full-width digits fold
# ("\uff12\uff10\uff12\uff13" -> "2023"); NUL bytes become spaces; Windows and old Mac line ends become "\n".
_REPLACE = {
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ", "\u3000": " ",
    "\t": " ", "\x00": " ",
    "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
    "\r\n": "\n", "\r": "\n",
    # hyphens and minus signs of typeset pages: "January\u2011October" is the range "January-October"
    "\u2010": "-", "\u2011": "-", "\u2012": "\u2013", "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
    "\u060c": ",",  # the Arabic comma of pages translated from Arabic: "2 October\u060c 2023"
    **{chr(0xFF10 + d): str(d) for d in range(10)},
}
# (the pattern opens on the class of all of them, which lets the engine skip ahead to one, and reads the "\n" of a
# "\r\n" after its "\r": an alternation opening on "\r\n" is tried at every character)
_ODD = re.compile("[" + "".join(re.escape(c) for c in _REPLACE if len(c) == 1) + "](?:(?<=\r)\n)?")
# The odd characters an ASCII text may hold ("\r\n" before "\r")
_ODD_ASCII = sorted((odd for odd in _REPLACE if odd.isascii()), key=len, reverse=True)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


# No replacement is itself replaced, so each odd character the text holds is replaced everywhere at once, in C ("\r\n"
# before "\r"): the same text as one substitution, without a call a character.
assert not set(_REPLACE.values()) & set(_REPLACE), "a replacement that is replaced again"


def normalise(text: str) -> str:
    """Unify line ends, spaces, quotes and digits, drop invisible characters and stray HTML line breaks."""
    if text.isascii():  # (most pages: only the line ends, tabs and NULs to look for, each with `in`)
        for odd in _ODD_ASCII:
            if odd in text:
                text = text.replace(odd, _REPLACE[odd])
    else:
        for odd in sorted(set(_ODD.findall(text)), key=len, reverse=True):
            text = text.replace(odd, _REPLACE[odd])
    if "<" in text:
        text = _BREAK_TAG.sub("\n", text)
    return text


_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun"

# A line that is nothing but a date/time stamp (possibly with a label such as "Posted:").
DATE_LINE = re.compile(
    rf"^\s*(?:(?:Posted|Updated|Published|Last\s+(?:updated|modified))(?:\s+on)?|AddTime|Date(?:\s+of\s+publication)?|Publication\s+date)?\s*:?\s*"
    rf"(?:(?:{_WEEKDAYS}),?\s+)?"
    rf"(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:,?\s+|\s*\|\s*))?"  # "15:48 03 November 2022", "10:20 | 14 May 2024"
    rf"(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE}\.?,?(?:\s+\d{{4}})?"
    rf"|{MONTH_RE}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+[а-яё]+\s+\d{{4}})"
    rf"(?:,?\s*(?:{_WEEKDAYS}))?"  # "5 May 2024, Sunday, 12:37"
    rf"(?:,?\s*(?:[-|]\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*(?:GMT|UTC|MSK)[+\d:]*)?)?(?:\s*\([^)]{{0,20}}\))?\s*$",
    re.IGNORECASE,
)

# A site's banner of the day: today's weekday and date, then its weather or exchange rates ("Monday, 12 May 2025
# Samarkand +27°C", "Today: Monday, 10 June 2024 Minsk +21°C USD 3.19"): the day of the crawl, not the article's,
# and no headline (the city in it is the site's, not the story's).
SITE_BANNER = re.compile(
    rf"^\s*(?:Flag\s+|Today\s*:\s*)?(?:{_WEEKDAYS}),?\s+(?:\d{{1,2}}\s+{MONTH_RE}|{MONTH_RE}\s+\d{{1,2}}),?\s+\d{{4}}\b"
    rf"(?=.{{0,40}}(?:[+\-−]\d{{1,2}}\s?°\s?C\b|\b(?:USD|EUR|RUB|BYN|CNY|KZT|UZS)\s*:?\s*\d+[.,]\d+)).{{0,120}}$")

_CHROME_EXACT = {
    "all", "all news", "government bodies", "projects", "economy", "society", "politics", "president",
    "regions", "incidents", "in the world", "you are here", "share", "share:", "print", "print:",
    "subscribe to us", "written by:", "rubrics", "news archive", "menu", "main", "news", "home",
    "leave a comment", "be social", "photo", "video", "tags:", "read more", "comments", "culture",
    "sport", "health", "technology", "horizon", "telegram news", "top news", "latest news", "search",
}

_CHROME_PATTERNS = [
    re.compile(r"^Flag\b"),  # BelTA's banner: "Flag Wednesday, 17 August 2022"
    re.compile(r"^[+-]?\d{1,2}\s?°?\s?o?C$"),
    re.compile(r"^(?:USD|EUR|RUB|BYN|CNY|KZT)\s*:?\s*\d+[.,]\d+$"),
    re.compile(r"^\d+[.,]\d+\s*(?:USD|EUR|RUB|BYN|CNY|KZT)$"),
    re.compile(r"^-?\s*Share on\b", re.IGNORECASE),
    re.compile(r"^(?:An archive photo|Photo\b|Photos\b|Photo courtesy|Video\b)", re.IGNORECASE),
    re.compile(r"^\d{1,4}$"),  # calendar widgets, counters
    re.compile(r"^\d[\d\s,]*\s+views?$", re.IGNORECASE),
    re.compile(r"^(?:Address|Tel|Phone|Fax|E-mail|Email)\s*:", re.IGNORECASE),
    re.compile(r"^[\d\s()+-]{7,}\b"),  # phone numbers
    # a breadcrumb whose last part is the headline: "You are here: Home » Economy » <headline>" (» is '"' by now)
    re.compile(r"^(?:You are here\s*:\s*(?:Home|Main(?: page)?|Homepage)?|(?:Home|Main|Main page|Homepage)\s*[\"›>/→|]\s*[A-Z])"),
    # a site's banner of the day: "Thursday, 3 December 2026 | Minsk +2°C"
    re.compile(rf"^(?:{_WEEKDAYS}),?\s+\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}}\s*[|•·/]"),
    SITE_BANNER,
    # a site's name in capitals or as its address, with "news of" what: "CHUVASHIA.ONLINE — news of the Chuvash Republic"
    re.compile(r"^(?:[A-Z0-9][A-Z0-9.-]{2,30}(?:\s[A-Z0-9][A-Z0-9.-]*){0,2}|[\w-]+\.(?:ru|by|kz|uz|cn|online|com|net|org|info|news))"
               r"\s[·•|—–-]\s(?:the\s+)?(?:latest\s+)?news\s+(?:of|from|about)\s[^.!?|]{2,60}$"),
    # menu bullets (a long bulleted line is a paragraph; one ending with a semicolon is an item of a list in prose,
    # "• turnover — $38.2 million;")
    re.compile(r"^[•·*]\s*(?:\S+\s*){1,7}(?<!;)$"),
    re.compile(r"^Updated\s*:", re.IGNORECASE),
    # an article's furniture: its reading time, counters, a prompt to share it
    re.compile(r"^(?:(?:Estimated )?reading time\s*:?\s*(?:about\s+)?\d{1,2}\s*(?:min|mins|minutes?)\.?|\d{1,2}\s*min(?:ute)? read|"
               r"Views?\s*:\s*[\d\s,]+|Share (?:this|the) (?:article|news|story|post|page)(?: with (?:your|a) friends?)?[.!]?)$",
               re.IGNORECASE),
    re.compile(  # accessibility and print-version blocks
        r"^(?:Version for the visually impaired|For the visually impaired|Visually impaired version|Print version|"
        r"Printable version|Accessibility|Font size|Text size|A\s?A\s?A|Send by e-?mail|E-?mail to a friend|"
        r"Comments?\s?\(\d+\)|Bookmark|Listen to (?:the |this )?(?:article|text|news|story)(?: now)?|The shortlink cop\w*|Short ?link|"
        r"Large\s+Medium\s+Small\s*\|?|Times New Roman|Official (?:Web)?site of [\w\s]{3,60})$",
        re.IGNORECASE,
    ),
]

# Patterns of lines that hold one of their marks (a weather line its "°", a menu its bars), each group tried only on
# a line with one of its marks: most lines are prose, over which these patterns (that open on a run of any
# characters) would otherwise be tried at length.
_MARKED_PATTERNS: list[tuple[str, list[re.Pattern[str]]]] = [
    ("°", [
        # a weather line: "Minsk +21°C", "Tashkent Cloudy +3°C"
        re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Clear\s+|Cloudy\s+|Rain\s+|Snow\s+)?[+-−]?\d{1,2}\s?°\s?C\b"),
        re.compile(r"^.{0,40}[+\-−]\d{1,2}\s?°\s?C\b.{0,20}$"),
    ]),
    ("|·•", [
        re.compile(r"^(?:[^|\n]{1,30}\|\s*){2,}[^|\n]{0,30}$"),  # menus "Home | News | Regions | Economy"
        re.compile(r"^(?:[^·•\n]{1,30}[·•]\s*){2,}[^·•\n]{0,30}$"),  # and "Economy · Politics · Regions · Sport"
        # a site's name over what it is, parted by a dot or a bar: "YUGRA · Official site of the bodies of state power of
        # the ... Okrug", "Government of Kuzbass | Official portal of the Kemerovo Oblast" (however long: no prose)
        re.compile(r"^[^\d.!?|·•\n]{1,60}\s[·•|]\s(?:the\s+)?official\s+(?:(?:web|internet|information)\s+)?"
                   r"(?:site|website|portal|resource)\b[^.!?]*$", re.IGNORECASE),
        # an outlet's name over what kind of outlet it is: "BelTA · Belarusian Telegraph Agency", "Interfax · Russia & CIS
        # Business and Financial Newswire", "SMOLINFO · Smolensk Region News Agency" (its places name no partner)
        re.compile(r"^[^\d.!?|·•\n]{1,40}\s[·•|]\s[^\d.!?|·•\n]{0,60}\b(?:news\s+|telegraph\s+|information\s+|press\s+)?"
                   r"(?:agency|newswire|wire\s+service|news\s+service|newspaper|news\s+portal|news\s+website|broadcaster)\s*$",
                   re.IGNORECASE),
    ]),
    ("/", [
        re.compile(r"^(?:[^/\n]{1,30}/\s*){2,}[^/\n]{0,30}$"),  # breadcrumbs "Main / News / Republic /"
    ]),
]


def _alternation(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """The patterns (all anchored at the line's start) as one, tried with one `match`: a line is chrome if any pattern
    matches, so an alternation of them is the same test, run once."""
    if not all(p.pattern.startswith("^") for p in patterns):
        raise ValueError("a pattern of chrome tried with `match` must be anchored at the line's start")
    return re.compile("|".join(f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})" for p in patterns))


_CHROME_START = _alternation(_CHROME_PATTERNS)
_CHROME_MARKED = [(marks, _alternation(patterns)) for marks, patterns in _MARKED_PATTERNS]
# Chrome anywhere in a line, each looked for only where its mark is: a link ("https://"), a caption's credit at the
# line's end ("... (Photo: BelTA)"), accessibility links run into the site's name ("Grodno Oblast Executive Committee
# Version for the visually impaired"); and dumped PHP arrays of menus hold "=>".
_LINK = re.compile(r"https?://")
_PHOTO_CREDIT = re.compile(r"\((?:Photo|Photos)\b[^)]*\)$", re.IGNORECASE)
_VISUALLY_IMPAIRED = FoldedPattern(r"\b(?:version for the visually impaired|for the visually impaired|visually impaired version)\b",
                                   required="visually impaired")
_CREATIVE_COMMONS = FoldedPattern(r"\bcreative commons\b", required="creative commons")
# Cookie notices and subscription promos, however long (over the lower-cased line): a notice says what the site does
# with cookies or asks the reader to take them ("Cookies help us deliver our services ... you agree to our use of
# cookies"), never only names them ("Belarusian cookies are sold on the Ozon portal" is trade).
_PROMO = re.compile(
    r"\b(?:we use cookies|this (?:site|website|portal) uses cookies|by continuing to (?:browse|use) (?:the|this|our) (?:site|website)|"
    r"(?:accept|allow|enable) (?:all )?cookies|cookie (?:policy|settings|files)|(?:our|the) use of cookies|cookies help us|"
    r"cookies are used|subscribe to our (?:telegram|newsletter|channel|youtube)|"
    r"join us on telegram|follow us on (?:telegram|facebook|twitter|vk|instagram))\b")
# A notice to the site's readers about the site: "Dear readers! Our site has moved to a new address" (not a speech's
# "Dear friends, ...").
_READERS_NOTICE = re.compile(r"^dear (?:readers|users|visitors|subscribers|site visitors)\b.*\b(?:site|website|portal|address|page)\b")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC_PHRASE = re.compile(r"[а-яА-Я]{3,}\s+[а-яА-Я]{3,}\s+[а-яА-Я]{3,}\s+\S")

# Lines that mark the end of the article: what follows are other articles, comments, footers. A marker is a heading,
# never a sentence of the article ("Popular destinations include ..." goes on): see `_ends_article`.
TAIL_MARKERS = re.compile(
    r"^(?:Other (?:materials|news|publications|articles|stories|releases|press releases|posts|headlines)|"
    r"(?:Latest|Recent) (?:news|posts|stories|articles|publications|materials|releases|press releases|headlines|updates)|"
    r"Related (?:news|articles|stories|materials|publications|posts|releases|press releases|content|reading|links|coverage)|"
    r"Similar (?:news|articles|stories|materials|publications|posts)|Top (?:news|stories|headlines)|"
    r"More (?:news|stories|articles|publications|materials|releases|press releases|posts|headlines)|"
    r"(?:(?:News|Materials|Publications|More) )?on (?:the|this|the same) (?:topic|subject|theme)|More from (?:the |this )?(?:section|category|rubric)|"
    r"From the same (?:section|category|rubric)|(?:More|Also) in (?:this|the same) (?:section|category|rubric)|Also in (?:the )?news|"
    r"Partner news|News from partners|Sponsored content|Must read\s*:?\s*$|Most viewed(?:\s+(?:news|stories|articles))?\s*:?\s*$|"
    r"Recommended|Editor'?s (?:choice|picks)|Most popular|Most commented|"
    r"Subscribe to us|Leave a Comment|Be Social|Поделиться|Вверх|Written by|Partners\s*:|Tags\s*:|"
    r"Most read|Popular|News feed|You (?:may|might) also (?:like|be interested)|Comments|"
    r"Trending|In other news|What to read next|Read next|Up next|"
    r"Noticias relacionadas|Otras noticias|Más noticias|Lo más leído|"
    # a neighbour's link, "Previous" / "Next", as the whole line ("«" and "»" are "\"" by now): "Next year, ..." is a sentence
    r"(?:[«‹←<\"]\s*)?(?:Previous|Prev|Next)(?:\s+(?:post|article|story|news|item))?(?:\s*[»›→>\"])?\s*$|"
    # a neighbour's link with its headline: "Next news: <headline>", "Previous article: <headline>"
    r"(?:Previous|Prev|Next)\s+(?:post|article|story|news|item|material|publication)\s*:|"
    r"Читайте также|Читайте еще|Читайте ещё|Другие новости|Похожие новости|Главное|Еще по теме|Ещё по теме|Новости по теме|"
    r"Последние новости|Популярное|Самое читаемое|Другие материалы|Похожие материалы|Материалы по теме)(?!\w)",
    re.IGNORECASE,
)


# A news ticker over the article, its label and other stories' headlines: "Latest: Airport opens new terminal — Snowfall
# expected on Friday — Dollar rate falls". Read as prose (it is long, or ends with a full stop), it would start the
# body over the headline, and the page would lose its title and the stamp under it. Asked only of lines over the
# first line of prose (in the body, "Latest news: ..." may open a sentence of the article).
_TICKER = re.compile(r"^(?:Latest|Latest news|Breaking news|News feed|News ticker|Ticker|Headlines|Top news|Top stories|"
                     r"Trending|Just in|Newsflash)\s*:\s", re.IGNORECASE)


def _ends_article(line: str) -> bool:
    """A heading of what follows the article ("Other news", "Recommended", "Tags: ..."), not a sentence of it."""
    marker = TAIL_MARKERS.match(line)
    return marker is not None and (marker.group().endswith(":") or line[marker.end():].lstrip().startswith(":")
                                   or not _is_prose(line))

# A heading an article may also give a part of its own text ("Other events" / "On the second day, the delegation ..."):
# it ends the article only over a list of headlines, a line of no prose under it ("Other events" / "Governor held a
# meeting on the tourist season").
_EVENTS_HEADING = re.compile(r"^(?:Other|More|Recent|Latest|Related|Similar|Upcoming|Past) events\s*:?$", re.IGNORECASE)


def _heads_a_list(lines: list[str], i: int) -> bool:
    """Is lines[i] a heading such as "Other events" with a line of no prose (a headline) under it?"""
    if not _EVENTS_HEADING.match(lines[i].strip()):
        return False
    under = next((line.strip() for line in lines[i + 1:] if line.strip()), None)
    return under is not None and not _is_prose(under)


# A line of a list of other stories: a stamp, then a headline without a closing stop ("07.03.2024 Delegation of Chechnya
# discussed supplies of tractors", "12 March 2024 | Minsk and Kazan to hold days of culture", "14:20 Belarus' exports
# to Tyumen Oblast up 20%", "12:10, 26.02.2024 Minsk metro to receive new trains", "24.11.2023 — Khokim met with
# investors"). A date without its year is a day and a month ("21 May", "February 27"); "1.5" or a year alone is no stamp.
_LIST_DATE = (rf"(?P<d1>\d{{1,2}})[./](?P<m1>\d{{1,2}})[./](?P<y1>\d{{4}}|\d{{2}})|(?P<y2>\d{{4}})-(?P<m2>\d{{2}})-(?P<d2>\d{{2}})|"
              rf"(?P<d3>\d{{1,2}})\s+(?P<m3>{MONTH_RE})\.?(?:,?\s+(?P<y3>\d{{4}}))?|"
              rf"(?P<m4>{MONTH_RE})\.?\s+(?P<d4>\d{{1,2}})(?:,\s*(?P<y4>\d{{4}}))?")
_LIST_TIME = r"\d{1,2}:\d{2}"
_LISTED_STORY = re.compile(
    rf"^(?:(?:(?P<t1>{_LIST_TIME}),?\s+)?(?:{_LIST_DATE})(?:,?\s*(?:[-–—|]\s*)?(?P<t2>{_LIST_TIME}))?|(?P<t3>{_LIST_TIME}))"
    r"(?:\s*[|–—-]\s*|\s+)(?P<headline>[\"'(]?[A-Z0-9А-ЯЁ].*)$")
_LIST_HEADLINE_WORDS = (3, 25)
# Words a list's heading names other stories with: "Other events", "News of the region", "You may also be interested in:"
_LIST_HEADING_WORDS = re.compile(r"\b(?:news|events|stories|articles|materials|publications|releases|posts|headlines|"
                                 r"read|also|more|other|related|similar|latest|recent|topic|section|category|rubric)\b",
                                 re.IGNORECASE)


def _listed_story(line: str) -> tuple[tuple[int, ...], tuple[int, ...], bool] | None:
    """A line of a list of other stories (`_LISTED_STORY`): its stamp's date (year, month, day; or month, day when the
    year is not given), its time (hours, minutes; or none), and whether it gave a date; or None."""
    m = _LISTED_STORY.match(line)
    if m is None or DATE_LINE.match(line):
        return None
    headline = m.group("headline").rstrip()
    if not _LIST_HEADLINE_WORDS[0] <= words(headline) <= _LIST_HEADLINE_WORDS[1] or headline.endswith((".", "!", "?", ";", ":", ",")) \
            or _COUNTER_PART.match(headline):
        return None
    day: tuple[int, ...] = ()
    if m.group("d1"):
        d, mo, y = int(m.group("d1")), int(m.group("m1")), int(m.group("y1"))
        d, mo = (mo, d) if mo > 12 >= d else (d, mo)  # (a page written month first: "03/25/2025")
        day = (y + 2000 if y < 100 else y, mo, d)
    elif m.group("y2"):
        day = (int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
    elif m.group("d3") or m.group("d4"):
        month = MONTHS[(m.group("m3") or m.group("m4")).lower().rstrip(".")]
        year = m.group("y3") or m.group("y4")
        d = int(m.group("d3") or m.group("d4"))
        day = (int(year), month, d) if year else (month, d)
    time = m.group("t1") or m.group("t2") or m.group("t3")
    clock = tuple(int(part) for part in time.split(":")) if time else ()
    return day, clock, bool(day)


def _newest_first(stamps: list[tuple[tuple[int, ...], tuple[int, ...], bool]]) -> bool:
    """Do the stamps go back in time, or stay, from each to the next (as a list of other stories is ordered, newest
    first)? Stamps that go forward are the article's own: a chronology ("12.03.2024 Roadmap signed" / "20.05.2024 First
    tractors delivered") or a programme ("10:00 Registration of participants" / "11:00 Plenary session")."""
    for (day, clock, _), (next_day, next_clock, _) in zip(stamps, stamps[1:], strict=False):
        if day and next_day and len(day) == len(next_day) and day != next_day:
            if next_day > day:
                return False
            continue
        if clock and next_clock and next_clock > clock:
            return False
    return True


def _story_list_start(lines: list[str], start: int) -> int | None:
    """Where a list of other stories under the article begins: after the article's prose (from `start`), two lines or
    more each a stamp and a headline ("11.03.2024 Governor held a meeting on the tourist season" / "07.03.2024 Delegation
    of Chechnya discussed supplies of tractors"), newest first; their stamps dated, each may have its lead under it
    (one paragraph of prose). Whatever the list's heading is, it ends the article; the heading goes with it (a short
    line naming other stories over the list: "Other events", "News of the region", "You may also be interested in:")."""
    filled = [i for i in range(start, len(lines)) if lines[i].strip()]
    prose = False
    for n, i in enumerate(filled):
        story = _listed_story(lines[i].strip()) if prose else None
        prose = prose or _is_prose(lines[i]) and not _is_chrome(lines[i])
        if story is None:
            continue
        run, k = [story], n
        while k + 1 < len(filled):
            following = _listed_story(lines[filled[k + 1]].strip())
            if following is None and run[-1][2] and k + 2 < len(filled) and _is_prose(lines[filled[k + 1]]):
                following = _listed_story(lines[filled[k + 2]].strip())  # (under a lead of the story before it)
                if following is None or not following[2]:
                    break
                k += 1
            if following is None:
                break
            run.append(following)
            k += 1
        if len(run) >= 2 and _newest_first(run) and (len(run) >= 3 or run[0][:2] != run[1][:2]):
            # (two stamps of one moment may be the article's own: "14.05.2024 Arrival of the delegation" / "14.05.2024
            # Talks at the executive committee"; a list of stories goes back in time, or runs longer)
            over = lines[filled[n - 1]].strip()
            heading = n > 1 and not _is_prose(over) and words(over) <= 8 and not over.endswith(".") and (
                over.endswith(":") or _LIST_HEADING_WORDS.search(over) is not None)
            return filled[n - 1] if heading else i
    return None


# "Read also: <headline>" inside an article: drop the line (and a headline under it), keep reading.
INLINE_RELATED = re.compile(r"^(?:Read also|See also|Read more|More on|Also read|Related|Читайте также|Смотрите также)(?!\w)",
                            re.IGNORECASE)

# "EconomyPresidentSociety..." menus: a lower-case letter, then capitalised words run together (the pattern opens
# on the capital and looks back at the letter before it, so that the engine can skip ahead to capitals)
_CAMEL_RUN = re.compile(r"[A-Z](?<=[a-z][A-Z])[a-z]+[A-Z][a-z]+[A-Z]")


@lru_cache(maxsize=4096)
def _is_chrome(line: str) -> bool:
    """Is the line page chrome (a menu, a banner, a notice, a credit of the page)? Asked of a line several times as the
    page is split (its head, its headline's candidates, its body), so the answer is kept."""
    stripped = line.strip().strip("-–—").strip()
    if not stripped:
        return True
    low = stripped.lower()
    if low in _CHROME_EXACT or low.rstrip(":") in _CHROME_EXACT:
        return True
    if _CAMEL_RUN.search(stripped):
        return True
    if ("cookie" in low or "subscribe" in low or "follow us" in low or "join us" in low) and _PROMO.search(low):
        return True  # (the words every promo of `_PROMO` holds, looked for in C first)
    if low.startswith("dear ") and _READERS_NOTICE.match(low):
        return True
    # Lines without a single Latin letter (Cyrillic site names and menus, symbols) carry no article text.
    if not _LATIN.search(stripped) and not DATE_LINE.match(stripped):
        return not _CYRILLIC_PHRASE.search(stripped)
    if len(stripped) <= 3:
        return True
    if _CHROME_START.match(stripped) is not None or "=>" in stripped:
        return True
    if "://" in stripped and _LINK.search(stripped) or stripped.endswith(")") and _PHOTO_CREDIT.search(stripped):
        return True
    for marks, pattern in _CHROME_MARKED:
        if any(map(stripped.__contains__, marks)) and pattern.match(stripped) is not None:
            return True
    if stripped.isascii() and "visually impaired" not in low and "creative commons" not in low:
        return False  # (what the two folded patterns ask first of an ASCII line, asked here without calling them)
    return _VISUALLY_IMPAIRED.search(stripped, low) is not None or _CREATIVE_COMMONS.search(stripped, low) is not None


def words(line: str) -> int:
    return len(line.split())


@dataclass
class Article:
    """An article as read from a page: header lines (before the body), title and body paragraphs."""

    raw: str
    header: list[str] = field(default_factory=list)
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    header_iso_date: str | None = None  # news.by's " date 2022-06-09" prefix
    # date stamps in the body after its first paragraphs ("Published: 14.08.2025" closing it), each with whether a
    # paragraph of prose came right before it
    stamps: list[tuple[str, bool]] = field(default_factory=list)

    @property
    def closing_stamps(self) -> list[str]:
        """The stamp that closes the article: the body's only stamp, right after a paragraph of prose (or a credit line
        after it); or, of labelled stamps one under the other there ("Published: 14.08.2025" / "Updated: 15.08.2025"),
        its publication's. A related story's date comes after its headline; a list of dates is a list of stories."""
        if not self.stamps or not all(after_prose for _, after_prose in self.stamps):
            return []
        if len(self.stamps) == 1:
            return [self.stamps[0][0]]
        return [line for line, _ in self.stamps if _PUBLISHED_STAMP.match(line)][:1]

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


# A stamp's label: "Published: 14.08.2025", "Updated: 15.08.2025, 10:20" (a labelled stamp under another is of the
# same article; a related story's date has no label).
LABELLED_STAMP = re.compile(r"^\s*(?:Posted|Updated|Published|Date|Publication|Last\s+(?:updated|modified))\b", re.IGNORECASE)
_PUBLISHED_STAMP = re.compile(r"^\s*(?:Posted|Published|Date|Publication)\b", re.IGNORECASE)
_ISO_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")


_PROSE_END = (".", "!", "?", "\"")
# A credit line between the article's last paragraph and its stamp: "Interviewed by Anna Petrova" / "Published:
# 15.12.2025". It names who wrote the article, never another story (a related story's headline is no credit).
_CREDIT_LINE = re.compile(r"^(?:Interviewed by|Interview by|Prepared by|Text by|Written by|By|Author:?|Authors:?|"
                          r"Photos? by|Photos?:|(?:Text and photos?|Photos? and text)(?: by|:))\s+(?:[A-Z][\w'.-]+\s?){1,4}(?:,\s?[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+){0,3})?$|"
                          r"^Sources?:\s.{2,80}$|"  # "Source: BelTA", "Source: the press service of the governor"
                          r"^(?:The\s)?[Pp]ress\s(?:service|office)\sof\s[^.!?]{2,80}$")  # "Press service of the Government of the region"
# A byline with what its author is: "By Pavel Levkovich, associate professor at the Belarus State Economic University"
# (no headline, however it names Belarus).
_BYLINE_WITH_ROLE = re.compile(r"^By\s+(?:[A-Z][\w'.-]+\s){0,3}[A-Z][\w'.-]+,\s")
# A headline that quotes its speaker: 'Minister Ivan Petrov: "Exports will grow to new markets"' ends with a quote, as
# prose does, but with no full stop in it; over the text it is the headline, not the body's first paragraph.
_QUOTE_HEADLINE = re.compile(r'^[^":]{3,80}:\s"[^"]{3,160}[^.!?,;"]"$')
_HEADLINE_WORDS = 20


# A stamp with the page's counters and links after it: "18.09.2023 12:47 | Views: 418 | Print", "Date of publication:
# 21.06.2023, 09:15 | Author: Anna Kim | Views: 2 310". Its first part is the stamp; each part after it a counter, a
# link or a credit of a few words (a banner's weather or rates after a date are no counter: that is the day's banner).
_COUNTER_PART = re.compile(r"^(?:Views?|Hits|Reads|Read|Comments?|Author|Authors|By|Source|Photo|Print|Share|Rating|"
                           r"Reading time|Print version|\d[\d ]*\s+(?:views?|comments?|reads))\b", re.IGNORECASE)


# The rubric an article is filed under, after its stamp: "12.06.2026 | 10:05 | Economy".
_RUBRIC = re.compile(r"^[A-Z][a-z]+(?:\s(?:and\s|&\s)?[A-Z]?[a-z]+)?$")
_CLOCK = re.compile(r"^\d{1,2}:\d{2}$")


_STAMP_PARTS = re.compile(r"\||\s·\s")  # "|", or a middle dot between spaces ("Published 17.09.2026, 11:40 · Views: 1 284")


def _stamp_of(line: str) -> str:
    """A stamp line without the counters, links and rubric after it ("18.09.2023 12:47 | Views: 418 | Print":
    "18.09.2023 12:47"; "12.06.2026 | 10:05 | Economy": "12.06.2026 | 10:05", its time kept; "Published 17.09.2026,
    11:40 · Views: 1 284"); any other line as it is."""
    if "|" not in line and "·" not in line:
        return line
    first, *rest = _STAMP_PARTS.split(line)
    if not rest or not DATE_LINE.match(first):
        return line
    clocks = [part.strip() for part in rest if _CLOCK.match(part.strip())]
    others = [part for part in rest if not _CLOCK.match(part.strip())]
    if others and all((_COUNTER_PART.match(part.strip()) or clocks and _RUBRIC.match(part.strip())) and words(part) <= 4
                      for part in others):
        return " | ".join([first.rstrip(), *clocks])
    return line


# A lead that opens with a dateline: "MINSK, 18 September 2023 (BelTA) – ", "KOSTANAY. KAZINFORM – ", "HANOI, 11 March
# — ", "Gomel, 14 December. — ", "TASHKENT (UzA) – ": a story starts there (in upper case, or in mixed case with its
# day).
_LEDE_DATE = rf"(?:\d{{1,2}}\s(?:{MONTH_RE})|(?:{MONTH_RE})\.?\s\d{{1,2}}|\d{{1,2}}\.\d{{2}}(?:\.\d{{4}})?)(?:,?\s\d{{4}})?\.?"
DATELINE_LEDE = re.compile(
    rf"^(?:[A-Z][A-Z'.-]+(?:[ -][A-Z][A-Z'.-]+){{0,2}}(?:,\s?{_LEDE_DATE}(?:,?\s?\([A-Za-z][\w .-]{{1,20}}\))?|"
    rf"\s?\([A-Za-z][\w .-]{{1,20}}\)|\.\s[A-Z]{{3,}})|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s{_LEDE_DATE}"
    rf"(?:,?\s?\([A-Za-z][\w .-]{{1,20}}\))?)\s?(?:[–—-]{{1,2}}|:)\s\S")
_LEDE_REACH = 6  # lines (of no chrome) between the first line of prose and a dateline under it that may be the page's


def _dateline_start(lines: list[str], start: int) -> int | None:
    """The index of a lead opening with a dateline a few lines under the first line of prose (`start`), which is then
    no prose of the article but the page's, over its headline: a notice ("Dear readers! Our site has moved ..."), a
    breadcrumb ending with the headline. A dateline opens the article's text whatever stands over it; at most two
    lines of prose over it, and none of them a lead with a dateline itself."""
    if start >= len(lines) or DATELINE_LEDE.match(lines[start].strip()):
        return None
    prose = 0
    seen = 0
    for i in range(start, len(lines)):
        line = lines[i].strip()
        if not line or _is_chrome(line) and not DATE_LINE.match(line):
            continue
        if i > start and DATELINE_LEDE.match(line):
            return i
        seen += 1
        prose += _is_prose(line)
        if seen > _LEDE_REACH or prose > 2:
            return None
    return None


@lru_cache(maxsize=4096)
def _is_prose(line: str) -> bool:
    """Is the line prose (of six words or more ending a sentence, or of fifteen or more), no bar of menus? Asked of a
    line several times as the page is split, so the answer is kept."""
    n = words(line)
    if n >= 6 and "|" in line and _is_bar(line):
        return False  # a site's top bar or menu: "Official Internet resource of ... | Қазақша | Русский | English"
    if n >= 15:
        return True
    return n >= 6 and line.strip().endswith((".", "!", "\""))


def _is_bar(line: str) -> bool:
    """A line of three parts or more parted by bars, all but one of them of three words at most (a menu, a language
    switch, "Print | Views: 412")."""
    parts = [part for part in line.split("|") if part.strip()]
    if len(parts) >= 3 and words(parts[-1]) >= 6 and parts[-1].rstrip().endswith((".", "!")):
        return False  # an item of a news ticker: "09:12 | IRKUTSK | Forty MAZ buses have been handed over to Irkutsk."
    return len(parts) >= 3 and sum(words(part) <= 3 for part in parts) >= len(parts) - 1


def split_article(text: str) -> Article:
    """Find the title and the body of an article, dropping the page chrome around them."""
    text = normalise(_TAB_RUN.sub("  ", text) if "\t" in text else text)  # (cells parted by tabs: parted by spaces, as `_tables` reads them)
    art = Article(raw=text)
    # (a box's bars, a bullet: looked for in the whole text first, as most texts have none)
    lines, posted = _unboxed(text.split("\n")) if any(map(text.__contains__, _BOX_BARS)) else (text.split("\n"), set())
    lines = _forwarded(lines)
    if "\u2022" in text or "\u00b7" in text:
        lines = [_unbulleted(line) for line in lines]
    lines = _joined_lists(_unwrap(_product_lists(_labelled_lists(_tables(lines)))))
    match = _ISO_PREFIX.match(lines[0]) if lines else None
    if match:
        art.header_iso_date = match.group(1)
        lines[0] = lines[0][match.end():]

    lines = _drop_sidebars([_stamp_of(line) if "|" in line or "·" in line else line for line in lines])
    # The body starts at the first line of prose; everything above it is header.
    start = next((i for i, line in enumerate(lines) if _is_prose(line) and not _is_chrome(line)
                  and not _TICKER.match(line.strip()) and not _quote_headline(line.strip())), len(lines))
    first_prose = start
    stamped_headline: int | None = None
    over_stamp = _headline_over_stamp(lines, start)
    if over_stamp is not None:
        lead = next((i for i in range(over_stamp[1] + 1, len(lines)) if _is_prose(lines[i]) and not _is_chrome(lines[i])), None)
        if lead is not None:  # (else a stamp closing a short article, under its credit: "Interviewed by X")
            stamped_headline, start = over_stamp[0], lead
    else:
        start = _dateline_start(lines, start) or start
    # lines of prose over the lead that the page split passed by are the page's (a notice, a promo), no headline
    passed = {lines[i].strip() for i in range(first_prose, start) if _is_prose(lines[i])}
    header = [ln.strip() for ln in lines[:start] if ln.strip() and not _TICKER.match(ln.strip())]
    art.header = header
    candidates = [
        ln for ln in header
        if not _is_chrome(ln) and not DATE_LINE.match(ln) and not DATELINE_ONLY.match(ln) and 3 <= words(ln) <= 30
        and not ln.endswith(":") and not _CREDIT_OVER.match(ln) and not _SITE_LINE.search(ln) and not _BYLINE_WITH_ROLE.match(ln)
    ]
    # (a passed line is the headline only when no other line is shaped as one: "Belarus to back X." / "26/11 Tass 210")
    if passed and any(_HEADLINE.match(c) for c in candidates if c not in passed):
        candidates = [c for c in candidates if c not in passed]
    # a site's name in capitals at the top of the page ("VITEBSK REGION TODAY" / menus / headline) is no headline
    if len(candidates) >= 2 and header and candidates[0] == header[0] and words(candidates[0]) <= 4 and \
            not any(c.islower() for c in candidates[0]) and any(_HEADLINE.match(c) for c in candidates[1:]):
        candidates = candidates[1:]
    # A kicker over the headline ("Belarus and Pakistan" / "Pakistan, Belarus trade up 41% in 2023"): the headline
    if len(candidates) >= 2 and words(candidates[0]) <= 4 and _KICKER.match(candidates[0]) and \
            words(candidates[1]) > words(candidates[0]) and _HEADLINE.match(candidates[1]) and \
            header.index(candidates[1]) == header.index(candidates[0]) + 1:
        candidates = candidates[1:]
    # a site's name over its pages ("Vitebsk Oblast Executive Committee") is no headline when another line could be
    headlines = [c for c in candidates if _HEADLINE.match(c)]
    if candidates and _SITE_NAME.match(candidates[0]) and headlines:
        art.title = headlines[-1]  # under a site's name and its menus, the headline is the line over the text
    else:
        with_place = [c for c in candidates if _OWN_PLACE.search(c)]
        # under menus of a few words each ("News", "Foreign economic activity"), the first line shaped as a headline
        menus_over = headlines and candidates[0] != headlines[0] and all(words(c) <= 3 for c in candidates[:candidates.index(headlines[0])])
        # a headline quoting its speaker ('Minister X: "..."') is shaped as no other line over the text (an address is not)
        quoted = [c for c in candidates if _quote_headline(c)]
        if with_place or candidates:
            art.title = (with_place or quoted or (headlines if menus_over else candidates))[0]
    over_stamp_line = _over_its_stamp(header)
    if over_stamp_line is not None and over_stamp_line in candidates:
        art.title = over_stamp_line
    if stamped_headline is not None:
        art.title = lines[stamped_headline].strip()

    seen: set[str] = set()
    title_key = _key(art.title) if art.title else None
    skip_headlines = False
    after_prose = False  # whether the lines since the last paragraph of prose are only credits ("Interviewed by X")
    # A second story under the article (a "Read also" with its text, the next story of an endless page): its headline
    # and stamp, then a lead with its own dateline. The article ends over its headline.
    opens_dated = bool(lines[start:]) and DATELINE_LEDE.match(lines[start].strip()) is not None
    related = False  # whether a "Read also" came since the last paragraph of prose
    headed = False  # whether a line of no prose (a headline, a stamp) came since then
    kept = (0, 0)  # the paragraphs and stamps up to the last paragraph of prose
    end = _story_list_start(lines, start) if start < len(lines) else None
    for at in range(start, len(lines) if end is None else end):
        stripped = lines[at].strip()
        if not stripped:
            continue
        was_after_prose, after_prose = after_prose, False
        if _ends_article(stripped) or _heads_a_list(lines, at):
            break
        if INLINE_RELATED.match(stripped):
            skip_headlines = related = True
            continue
        if skip_headlines and (not _is_prose(stripped) or _QUOTE_HEADLINE.match(stripped)):
            continue  # the headline (and date) of the article linked to ('Ambassador: "We aim for $300 million"' too)
        skip_headlines = False
        if art.paragraphs and (related or opens_dated and headed) and DATELINE_LEDE.match(stripped):
            del art.paragraphs[kept[0]:], art.stamps[kept[1]:]
            break  # another story's lead: its headline and stamp over it are of that story too
        dated = DATE_LINE.match(stripped) is not None  # (asked once a line)
        if _is_prose(stripped) and not _is_chrome(stripped):
            related = headed = False
        elif not _is_chrome(stripped) or dated:
            headed = True
        if stripped in ("All", "All news") and art.paragraphs:
            break  # section menus of a news site's footer
        if dated:
            if len(art.paragraphs) <= 1 or stripped in posted and not art.stamps:
                # a date stamp under a one-line headline taken for prose, or a post's quoted in the text, as its own
                art.header.append(stripped)
            else:
                art.stamps.append((stripped, was_after_prose))
                after_prose = was_after_prose and LABELLED_STAMP.match(stripped) is not None
            continue
        if _is_chrome(stripped):
            after_prose = was_after_prose  # the article's furniture ("Photo: BelTA", "Share") between it and its stamp
            continue
        key = _key(stripped)
        if key in seen or key == title_key:
            # a repeated headline or paragraph (a paragraph of prose printed twice still closes the text before a stamp)
            after_prose = key != title_key and stripped.endswith(_PROSE_END)
            continue
        seen.add(key)
        art.paragraphs.append(stripped)
        after_prose = stripped.endswith(_PROSE_END) or (was_after_prose and _CREDIT_LINE.match(stripped) is not None)
        if not headed:
            kept = (len(art.paragraphs), len(art.stamps))
    return _items_on_belarus(art)


# A digest item's dateline: "Managua, Mar 14 (Prensa Latina) Nicaragua and Belarus agreed ...", "HAVANA, March 14
# (PL) –": a city, a day and the agency in brackets, the item's text after it; or a city in capitals and a day closed
# by a full stop ("ASTANA, 10 March. Kazakhstan and ...").
_ITEM_DATELINE = re.compile(rf"^(?:[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+){{0,2}},\s{_LEDE_DATE}\s?\([A-Za-z][\w .-]{{1,25}}\)\s?(?:[–—-]{{1,2}}\s?)?\S"
                            rf"|[A-Z]{{2}}[A-Z'’-]+(?:[ -][A-Z][A-Z'’-]+){{0,2}},\s{_LEDE_DATE}(?<=\.)\s[A-Z\"“«])")


@lru_cache(maxsize=1)
def _on_belarus() -> re.Pattern[str]:
    """Belarus, its people's adjective, and its cities' names (data/cities.tsv): what an item on Belarus names."""
    names = ["Belarus", "Belarusian", "Belarussian", "Byelorussian", "Belorussian"]
    for _city, aliases, code in read_cities(read_data("cities.tsv")):
        if code.startswith("BY"):
            names += aliases  # (the city's name first)
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, set(names)), key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _items_on_belarus(art: Article) -> Article:
    """A digest of items, each with a headline and its own dateline ("Bolivia and China sign lithium deal" / "La Paz,
    Mar 14 (Prensa Latina) ..." / "Nicaragua and Belarus agree on bus assembly" / "Managua, Mar 14 (Prensa Latina)
    ..."), of which only some concern Belarus: the article is those items (the others are other countries' news, no
    partner, venue, trade or document of Belarus'), the headline the first of them."""
    paras = art.paragraphs
    starts = [k for k, para in enumerate(paras) if _ITEM_DATELINE.match(para)]
    if len(starts) < 2:
        return art
    # an item opens at the headline right over its dateline (a line of no prose), or at the dateline
    opens = [k - 1 if k > 0 and not _is_prose(paras[k - 1]) and k - 1 not in starts else k for k in starts]
    if opens[0] > 1:
        return art  # (items after an article of their own: a story with other stories under it)
    items = [(a, b) for a, b in zip(opens, [*opens[1:], len(paras)], strict=True)]
    heads = [paras[a] if a < k else art.title if n == 0 else None for n, (a, k) in enumerate(zip(opens, starts, strict=True))]
    on = [bool(_on_belarus().search(" ".join(paras[a:b]) + " " + (head or ""))) for (a, b), head in zip(items, heads, strict=True)]
    if all(on) or not any(on):
        return art
    kept = [k for n, (a, b) in enumerate(items) if on[n] for k in range(a, b)]
    first = next(n for n in range(len(items)) if on[n])
    title = heads[first]
    art.paragraphs = [paras[k] for k in kept if not (title is not None and k == items[first][0] and paras[k] == title)]
    if title is not None:
        # (in the header, the kept item's headline stands where the page's was: what is under it is still under it)
        art.header = [title if line == art.title else line for line in art.header]
        art.title = title
    return art


# A headline over its stamp: shaped as `_HEADLINE`, and it may hold a colon ("Gomel business mission to Yamal:
# agreement signed"); a label's colon (at the line's end, "Tel: ...") is none.
_STAMPED_HEADLINE = re.compile(r"^(?=[^/|@]*$)(?=.*\s[a-z])(?!.*(?:\+\s?\d|\(\d))(?!.*:$)(?![^:]{1,20}:\s?\S+(?:\s\S+)?$)\S+(?:\s\S+){3,}$")


def _over_its_stamp(header: list[str]) -> str | None:
    """The headline right over the article's stamp, when the stamp is the header's last line ("Gomel Oblast Executive
    Committee | Official website" / menus / "Gomel business mission to Yamal: agreement signed" / "21 May 2024" / lead):
    a site's name or motto over it ("Newspaper of the Minsk region") is no headline, however it names Belarus. Not a
    byline ("By Anna Petrova"), and not the last of stories listed with their stamps over the article (a sidebar:
    "Gomel Oblast trade up 8%" / "09:15, 14 June" / "Belarus, Yakutia to sign roadmap" / "18:44, 12 June")."""
    if len(header) < 2 or not DATE_LINE.match(header[-1]):
        return None
    at = len(header) - 2
    while at > 0 and (_CREDIT_LINE.match(header[at].strip()) or _is_chrome(header[at]) and not DATE_LINE.match(header[at])):
        at -= 1  # (the article's furniture between its headline and its stamp: "Photo by Ivan Sidorov", "Reading time 3 min")
    line = header[at]
    if DATE_LINE.match(line) or not _STAMPED_HEADLINE.match(line) or _CREDIT_LINE.match(line) or _is_chrome(line) \
            or at >= 1 and DATE_LINE.match(header[at - 1]):
        return None
    return line


_OVER_HEADLINE = 2  # lines of prose the page split may take for the body's start over a headline and its stamp


def _headline_over_stamp(lines: list[str], start: int) -> tuple[int, int] | None:
    """The indexes of a headline and its stamp that the first line of prose only seemed to come before: one or two
    lines of prose, then a line of no prose (3 to 30 words) and a stamp under it ("Latest: A — B — C" / "Tyumen and
    Belarus discuss supplies" / "14 May 2024, 10:20" / lead). A headline and its stamp open an article: what is over them is the page's (a
    ticker, a promo), not the article's text. Not a credit line ("Interviewed by X" / "Published: ..." closes one),
    and only with prose under the stamp."""
    if start < len(lines) and DATELINE_LEDE.match(lines[start].strip()):
        return None  # (a lead with its dateline opens the article: a headline and stamp under it are another story's)
    near = [i for i in range(start, min(len(lines), start + 2 * (_OVER_HEADLINE + 2))) if lines[i].strip()]
    for k in range(1, _OVER_HEADLINE + 1):
        if k + 1 >= len(near) or not all(_is_prose(lines[i]) or "|" in lines[i] and _is_bar(lines[i]) for i in near[:k]):
            return None  # (a menu of a site between: "About the region | Executive committee | Economy | Contacts")
        headline, stamp = lines[near[k]].strip(), lines[near[k + 1]].strip()
        if not _is_prose(headline) and not _is_chrome(headline) and 3 <= words(headline) <= 30 and DATE_LINE.match(stamp) \
                and not headline.endswith(":") and not _CREDIT_LINE.match(headline) and "|" not in headline:
            return near[k], near[k + 1]
    return None


def _quote_headline(line: str) -> bool:
    # (the closing quote, which the pattern ends with, looked for first: most lines end otherwise)
    return line.endswith(('"', '"\n')) and words(line) <= _HEADLINE_WORDS and _QUOTE_HEADLINE.match(line) is not None


_BULLET = re.compile(r"\s*[•·]\s+")
# The name of a body alone on a line, every word capitalised: "Vitebsk Oblast Executive Committee", "Ministry of
# Foreign Affairs of the Republic of Belarus".
# A dateline on a line of its own: "Baku, March 14, AZERTAC", "Hanoi, 3 October 2023", "Caracas, 04.07.2025".
DATELINE_ONLY = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s(?:(?:\d{1,2}\s[A-Z][a-z]+|[A-Z][a-z]+\.?\s\d{1,2})(?:,?\s\d{4})?|"
                           r"\d{1,2}\.\d{1,2}\.\d{4})(?:,?\s\(?[A-Z][\w.-]*\)?)?\s*$")
# A kicker: a few capitalised words and the small words between them ("Belarus and Pakistan", "Belarus–Kenya").
_KICKER = re.compile(r"^[A-Z][\w'’.–-]*(?:\s(?:and|of|the|in|with|[–—-]|[A-Z][\w'’.–-]*))*$")
# A line shaped like a headline: words only (no "/", ":", a phone number's "+ 375" or "(2234)"), one in lower case.
_HEADLINE = re.compile(r"^(?=[^/:|@]*$)(?=.*\s[a-z])(?!.*(?:\+\s?\d|\(\d))\S+(?:\s\S+){3,}$")
_SITE_NAME = re.compile(r"^(?:(?:[A-Z][\w'’.-]*|of|the|and|for|[–—-])\s)*(?:Committee|Ministry|Council|Administration|Government|"
                        r"Agency|Embassy|Chamber|Office|Department|Authority|Portal|Service)(?:\s(?:of|the|and|for|[A-Z][\w'’.-]*))*$")
# A credit over the headline, no headline: "Source: Belarus Segodnya | Reprinted with permission", "Photo: BelTA".
_CREDIT_OVER = re.compile(r"^(?:(?:Source|Author|Photo|Credit)s?\s*:|(?:Reprinted|Republished)\b|©)", re.IGNORECASE)
_OWN_PLACE = re.compile(r"Belarus|Belorus|Byelorus|Minsk")
# A site's line naming what it is: "Official portal of the Government of Omsk Oblast", "Gomel Oblast Executive Committee
# — official site", "Official Internet resource of the Akimat of ..." (no headline).
_SITE_LINE = re.compile(r"^(?:the\s+)?official\s+(?:(?:web|internet|information|news)\s+)?(?:site|website|portal|resource|page)\b|"
                        r"[–—-]\s*(?:the\s+)?official\s+(?:web|internet\s+)?(?:site|website|portal|resource)$|^search(?:\s+the)?\s+(?:site|website)\b|"
                        # a path of sections: "News / All news", "Press centre / News of the Governor" (its last part
                        # a section's own name, of a few words, not a headline's)
                        r"^(?:[^\s/]+(?:\s[^\s/]+){0,2}\s/\s)+[^\s/\d]+(?:\s[^\s/\d]+){0,5}$",
                        re.IGNORECASE)


# A box drawn around a quoted text (a post of a social network, a letter): its rules ("┌────", "└────") and the bar at
# the left of each of its lines ("│ Today in Bryansk I met ...", "│ 17 October, 09:47"), with one at the right.
_BOX_RULE = re.compile(r"^\s*[\u2500-\u257f]+\s*$")
_BOX_BARS = ("\u2502", "\u2503", "\u2551")
_BOX_SIDE = re.compile(r"^\s*[\u2502\u2503\u2551]\s?|\s*[\u2502\u2503\u2551]\s*$")


_BOX_HEAD = 3  # lines of a box over its first blank one that are its head: who posted it, when


def _unboxed(lines: list[str]) -> tuple[list[str], set[str]]:
    """The lines of a page with the text in a box as plain lines: its rules blank, the bars at its sides gone (a
    post quoted whole is the article's text: "│ Today in Bryansk I met ..."), and the stamps in the head of a box,
    over its first blank line ("│ Alexander Bogomaz | Governor" / "│ 17 October, 09:47" / "│"): the post's, which
    is the article; the rest of such a head (who posted it) is blanked. Only a box of three lines under a bar at
    least; a lone bar is none."""
    sided = [bool(_BOX_SIDE.match(line)) for line in lines]
    if sum(sided) < 3:
        return lines, set()
    out = ["" if _BOX_RULE.match(line) else _BOX_SIDE.sub("", line) if side else line for line, side in zip(lines, sided, strict=True)]
    heads: set[str] = set()
    for i, side in enumerate(sided):
        if side and (i == 0 or not sided[i - 1]):  # a box's first line: its head runs to its first blank line
            head = list(itertools.takewhile(lambda k: sided[k] and out[k].strip(), range(i, min(len(out), i + _BOX_HEAD + 1))))
            stamps = {k for k in head if DATE_LINE.match(out[k].strip())}
            if len(head) <= _BOX_HEAD and stamps:
                heads |= {out[k].strip() for k in stamps}
                for k in set(head) - stamps:
                    out[k] = ""  # who posted it ("Alexander Bogomaz | Governor of the Bryansk Region"): no text of it
    return out, heads


# The line a mail program puts over a message forwarded whole ("---------- Forwarded message ---------", "Begin
# forwarded message:"), then the message's own headers ("From:", "Date:", "Subject:").
_FORWARDED = re.compile(r"^\s*(?:-{2,}\s*(?:Forwarded message|Original message)\s*-{2,}|Begin forwarded message:)\s*$",
                        re.IGNORECASE)
_MAIL_HEADER = re.compile(r"^\s*(?:From|Date|Sent|Subject|To|Cc):\s", re.IGNORECASE)


def _forwarded(lines: list[str]) -> list[str]:
    """A forwarded message without the mail that forwards it: what stands over the last "Forwarded message" line
    with mail headers under it (the forwarding mail's headers, its greeting, a signature) is no part of the article;
    the forwarded message's headers and text are ("Date: Wed, 16 Oct 2024" is its date, not the forward's)."""
    for i in range(len(lines) - 1, -1, -1):
        if ("--" in lines[i] or ":" in lines[i]) and _FORWARDED.match(lines[i]):  # (its dashes or its colon first)
            under = [line for line in lines[i + 1:i + 4] if line.strip()]
            if under and all(_MAIL_HEADER.match(line) for line in under):
                return lines[i + 1:]
    return lines


def _unbulleted(line: str) -> str:
    """A line of prose without its bullet ("• The sides agreed ..."); other lines as they are."""
    bullet = _BULLET.match(line)
    if bullet is None:
        return line
    rest = line[bullet.end():]
    return rest if _is_prose(rest) else line


# Words no sentence ends with: a line ending with one goes on in the next ("... amounted to" / "$14.6 million").
_SURNAME_START = re.compile(r"[A-Z][a-z'’-]+\b")
_GOES_ON = frozenset("to of in at by for with from and or the a an than about over nearly almost some around between "
                     "amounted totalled totaled reached exceeded stood made reach exceed surpass".split())


def _unwrap(lines: list[str]) -> list[str]:
    """Join lines a hard-wrapped page broke inside a sentence ("... expressed" / "satisfaction with ...", "... amounted
    to" / "$14.6 million", "in January-April" / "2025"): a line of 30 characters or more that does not end a
    sentence, followed by one that starts in lower case, or after a word no sentence ends with, or after a month
    before its year. On a page broken at one width (`_wrap_width`) a line the next one's first word would not have
    fitted on goes on in it too, whatever that word is ("... topped 38 billion" / "Russian rubles, ...", "... Central
    Federal" / "District in ..."). A word broken with a hyphen is one again ("USD 38.7 mil-" / "lion")."""
    width = _wrap_width(lines)
    out: list[str] = []
    last = ""  # the line before, as printed (`out[-1]` may be several joined)
    for line in lines:
        stripped = line.strip()
        before = last.rstrip()
        joined = out[-1].rstrip() if out else ""
        cut = _BROKEN_WORD.search(before) if stripped[:1].islower() else None
        if out and stripped and (cut or _goes_on(joined, stripped) or width is not None and _wrapped(before, stripped, width)):
            if cut and cut.group(1).lower() not in _KEPT_HYPHEN and stripped.split()[0].split("-")[0] not in _CHAIN_LINKS:
                out[-1] = joined[:-1] + stripped  # "mil-" / "lion, which ...": "million, which ..."
            elif cut:
                out[-1] = joined + stripped  # a compound: "non-" / "oil exports", "year-" / "on-year"
            elif joined[-2:-1].isalnum() and joined.endswith("-"):
                out[-1] = joined + stripped  # "Belarusian-" / "Omani trade": "Belarusian-Omani trade"
            else:
                out[-1] = joined + " " + stripped
        else:
            out.append(line)
        last = line
    return out


# a word a line of prose cut at its end: "... amounted to USD 38.7 mil-" (not a chain, "year-on-" / "year", nor
# "2024-" / "2025"), and its first part
_BROKEN_WORD = re.compile(r"(?:^|\s)[\"'(]?([^\W\d_]{2,})-$")
# The small words a chain of hyphens goes on with, which keeps its hyphen: "year-" / "on-year", "day-" / "to-day".
_CHAIN_LINKS = frozenset(("on", "to", "in", "by", "for", "and", "of", "the"))
# The first parts of compounds a line end may break at their hyphen, which stays: "non-" / "oil", "vice-" / "premier"
# (not those that also open a word a hyphen may break: "ex-" / "ports", "state-" / "ment", "high-" / "lighted").
_KEPT_HYPHEN = frozenset("co non vice self well anti semi agro socio trade cross long low half full".split())
_WRAP_MIN = 40  # characters: a shorter line is no line of a hard-wrapped page's text
_WRAP_LINES = 5  # lines broken at one width at least, and half of those that may have been, make a page hard-wrapped
_WRAP_OVER, _WRAP_LONGER = 10, 8  # and a line of prose 10 characters longer than it at most for every 8 broken


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped page was broken at: the width W at which most lines that end no sentence and have a
    line under them were broken (a line of L characters was, at any W from L up to where the next line's first word
    would have fitted after it), when five lines at least and half of them were; None for a page of other lines
    (paragraphs on one line each, menus, lists: of lengths that agree on no width). Lines of prose well over W
    (more than one for every 8 broken) show a page of paragraphs on one line each, whose short lines (a list of
    headlines) were no wrap; a hard-wrapped page has few (a link, a row of a table)."""
    spans: list[tuple[int, int]] = []
    for line, under in itertools.pairwise(lines):
        before, after = line.rstrip(), under.strip()
        if len(before) >= _WRAP_MIN and after and before[-1] not in ".!?:\"" and words(before) >= 6:
            spans.append((len(before), len(before) + len(after.split()[0])))
    if len(spans) < _WRAP_LINES:
        return None
    # how many spans hold each width, counted in one sweep (a width's count goes up at a span's start, down after its
    # end); the width most of them hold, the widest of those
    first = min(lo for lo, _ in spans)
    steps = [0] * (max(hi for _, hi in spans) - first + 2)
    for lo, hi in spans:
        steps[lo - first] += 1
        steps[hi - first + 1] -= 1
    broken, width = max(zip(itertools.accumulate(steps[:-1]), range(first, first + len(steps) - 1), strict=True))
    if broken < _WRAP_LINES or 2 * broken < len(spans):
        return None
    longer = sum(len(line.rstrip()) > width + _WRAP_OVER and words(line) >= 6 for line in lines)
    return width if longer * _WRAP_LONGER <= broken else None


_COLUMNS = re.compile(r"(?<![.!?:;,])\s{2,}(?=\S)")  # spaces that part columns ("16.10.2024  Road repairs ..."), not sentences


def _wrapped(before: str, line: str, width: int) -> bool:
    """Whether a page broken at `width` broke `before` at its end, inside a sentence: it ends no sentence, and the
    first word of the line under it would have made it longer than the width."""
    if len(before) < _WRAP_MIN or len(before) > width or before[-1] in ".!?:\"" or words(before) < 6 or \
            not (line[0].isalnum() or line[0] in "\"'$€£" or line[0] == "+" and line[1:2].isdigit()):
        return False
    if _COLUMNS.search(before.strip()) or _COLUMNS.search(line):
        return False  # a line set out in columns: a banner ("SOYUZ weekly     Subscribe | Archive"), a dated list
    return len(before) + 1 + len(line.split()[0]) > width and not DATE_LINE.match(line)


def _goes_on(before: str, line: str) -> bool:
    if len(before) < 30 or before[-1:] in ".!?:\"":
        return False
    if line[0].islower() or before[-3:-1].isalnum() and before.endswith("-"):
        return True  # (a word a hyphen ties to the next line's: "the Belarusian-" / "Omani trade", "in 2024-" / "2025")
    if not before[-1:].isalnum():
        return False
    last = before.rsplit(None, 1)[-1].lower()
    if last in _GOES_ON:
        return True
    if last in given_names() and before.rsplit(None, 1)[-1][:1].isupper() and _SURNAME_START.match(line):
        return True  # "... led by Vice Governor Igor" / "Petrenko visited ...": a name the line broke
    if line[:1] in _MONEY_SIGNS and line[1:2].isdecimal() and words(before) >= 6:
        return True  # "... exports to Belarus, mainly paper and sawn timber, making up" / "$61.2 million.": no
        # paragraph opens with a sum
    return line[:4].isdecimal() and line[4:5] in ("", " ", ",", ".") and last.split("-")[-1].rstrip(".") in MONTHS


_MONEY_SIGNS = frozenset("$€£¥₽")
# A line that opens a list with the period its items are of: "In January-September 2025:", "Results of 2024:".
_PERIOD_WORDS = re.compile(rf"\b(?:(?:19|20)\d{{2}}|{MONTH_RE}|quarter|half|months)\b", re.IGNORECASE)
_ITEM_BULLET = re.compile(r"^(?:[-–—•·*]|\d{1,2}[.)])\s+")
_LEAD_IN_WORDS = 12
_LAST_SENTENCE = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")  # where a sentence of a lead-in's paragraph ends
_ITEM_WORDS = 40


def _joined_lists(lines: list[str]) -> list[str]:
    """A list under a line that gives its period, as one paragraph: "In January-September 2025:" / "trade turnover –
    $150.2 million;" / "exports – $121.4 million." is one sentence, as printed in prose, so its items keep the period
    (each item apart is a figure of no period). Only a short lead-in ending with a colon and naming a period, and
    items that each end with a semicolon but the last (which may end with a full stop): a list of two at least."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        lead = lines[i].strip()
        if not lead.endswith(":"):  # (a lead-in ends with a colon: other lines pass as they are)
            out.append(lines[i])
            i += 1
            continue
        # the lead-in is the paragraph's last sentence ("The sides reviewed the results. Trade in 2023:")
        tail = _LAST_SENTENCE.split(lead)[-1]
        dateline = DATELINE_LEDE.match(tail)
        if dateline is not None:  # "ASTANA, 5 March 2024 (Kazinform) - Trade with the regions in 2023:": the lead-in after it
            tail = tail[dateline.end() - 1:]
        short = words(tail) <= _LEAD_IN_WORDS or words(tail) <= 2 * _LEAD_IN_WORDS and tail.endswith(_LIST_OPENERS)
        if short and _PERIOD_WORDS.search(tail):
            items, j = _list_items(lines, i + 1)
            if len(items) >= 2:
                out.append(" ".join([lead, *items]))
                i = j
                continue
        if short and _METRIC_WORDS.search(tail):
            # "The main Belarusian exports to the region were:" / "• dairy products — $52.4 million;" / "• glass — $3.3
            # million.": the goods of the flow the lead-in names, each with its sum (a list of two at least)
            items, j = _list_items(lines, i + 1)
            if len(items) >= 2 and all(_SUM.search(item) for item in items):
                out.append(" ".join([lead, *items]))
                i = j
                continue
            # "Trade turnover between Belarus and Kenya:" / "2023 - $12.4 million" / "2024 - $15.9 million": figures
            # listed under the trade they are of, each line a period and its figure (printed without punctuation)
            figures, j = _figure_lines(lines, i + 1)
            if len(figures) >= 2:
                out.append(" ".join([lead, "; ".join(f.rstrip(";.") for f in figures) + "."]))
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


_SUM = re.compile(r"[$€£¥]\s?\d|\d\s*(?:million|billion|mln|bn)\b", re.IGNORECASE)  # a sum of money in a list's item
_METRIC_WORDS = re.compile(r"\b(?:trade|turnover|exports?|imports?|supplies|shipments)\b", re.IGNORECASE)
_LIST_OPENERS = ("as follows:", "the following:", "following figures:")  # a longer lead-in that only opens a list
# A short line of a period and a figure: "2023 - $12.4 million", "in 2024, $120.5 million", "January-June: $40 million (+12%)".
_FIGURE_LINE = re.compile(rf"^(?:in\s+)?(?:(?:19|20)\d{{2}}|{MONTH_RE}|H[12]|Q[1-4])\b[^\n]{{0,60}}\d", re.IGNORECASE)


_TAB_RUN = re.compile(r"(?<=\S)[ ]*\t[\t ]*(?=\S)")
_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+")
_TABLE_PERIOD = re.compile(rf"^(?:(?:19|20)\d{{2}}|(?:{MONTH_RE})[\w-]*\s+(?:19|20)\d{{2}}|[HQ][1-4]\s+(?:19|20)\d{{2}})$", re.IGNORECASE)
_TABLE_NUMBER = re.compile(r"^\d[\d\s]*(?:[.,]\d+)?$")


# A table's unit, in its caption or its header's cells: a currency and a scale ("USD thousand", "thousand US dollars",
# "mln USD", "$ million"), the scale's word as the row's sentence writes it.
_UNIT_CURRENCY = r"(?:USD|US\$|\$|(?:US\s)?dollars?)"
_UNIT_SCALES = (("thousand", r"thousands?|ths|thsd|thous\.?"), ("million", r"mln|millions?|mn"), ("billion", r"bln|billions?|bn"))
_UNITS = [(word, re.compile(rf"(?<![\w$]){_UNIT_CURRENCY}(?!\w).*(?<!\w)(?:{scale})(?!\w)|(?<!\w)(?:{scale})(?!\w).*(?<![\w$])"
                            rf"{_UNIT_CURRENCY}(?!\w)", re.IGNORECASE)) for word, scale in _UNIT_SCALES]
# (the look-ahead at the first letters lets the engine skip to them: a pattern opening on a look-behind is tried at
# every character)
_UNIT_WORDS = re.compile(r"(?=[udtmb$])(?:(?<!\w)(?:USD|US\$|US|dollars?|thousands?|ths|thsd|thous|mln|millions?|mn|bln|billions?|bn)"
                         r"(?!\w)\.?|\$)", re.IGNORECASE)
# The first column of a table laid out with spaces ("Year    Turnover    Exports"): the periods' own heading.
_PERIOD_HEADING = re.compile(r"^(?:years?|periods?|months?|quarters?)$", re.IGNORECASE)
_SPACED_CELLS = re.compile(r"\s{2,}")
_A_ROW = re.compile(r"^\s*(?:(?:19|20)\d{2}|[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:19|20)\d{2}|[HQ][1-4]\s+(?:19|20)\d{2})\b[\s|]+\d")


def _unit(text: str) -> str | None:
    """The scale word of a table's unit in the text ("USD thousand": "thousand"), or None."""
    if not _UNIT_WORDS.search(text):
        return None  # (no word of a unit at all: most cells and lines, asked with one pattern)
    return next((word for word, pattern in _UNITS if pattern.search(text)), None)


def _header_cells(line: str) -> tuple[list[str], bool] | None:
    """A table header's cells, and whether they are parted by spaces: by "|" or tabs; else by runs of spaces under a
    first cell that heads the periods ("Year    Turnover    Exports"); else, one word a cell, a period heading and
    only metric words ("Year Turnover Exports Imports")."""
    stripped = line.strip()
    if "|" in stripped or "\t" in stripped:
        return _CELL_SPLIT.split(stripped), False
    cells = _SPACED_CELLS.split(stripped)
    if len(cells) < 2:
        cells = stripped.split()
        if len(cells) > 6 or not all(_METRIC_WORDS.fullmatch(c) for c in cells[1:]):
            return None
    if len(cells) < 2 or not _PERIOD_HEADING.match(cells[0]):
        return None
    return cells, True


def _row_cells(line: str, count: int, spaced: bool) -> list[str] | None:
    """A row's cells, `count` of them: parted as its header's are; a row laid out with single spaces ("2021 14 038.0
    13 211.4 826.6") is parted by its numbers, a group of three digits after a space going on with the number before it
    until its decimals end it. A row parted no way into as many cells as the header has is none."""
    stripped = line.strip()
    if not spaced or "|" in stripped or "\t" in stripped:
        return _CELL_SPLIT.split(stripped)
    cells = _SPACED_CELLS.split(stripped)
    if len(cells) == count:
        return cells
    match = re.match(r"^((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+|[HQ][1-4]\s+)?(?:19|20)\d{2})\s+(.*)$", stripped)
    if match is None:
        return None
    numbers: list[str] = []
    for part in match.group(2).split():
        if not re.fullmatch(r"\d+(?:[.,]\d+)?", part):
            return None
        last = numbers[-1] if numbers else None
        if last is not None and re.fullmatch(r"\d{3}(?:[.,]\d+)?", part) and re.fullmatch(r"\d{1,3}(?: \d{3})*", last):
            numbers[-1] = f"{last} {part}"
        else:
            numbers.append(part)
    cells = [match.group(1), *numbers]
    return cells if len(cells) == count else None


def _past_blank(lines: list[str], j: int) -> int:
    """Line j of a table, or the line after it where j is one blank line between two rows (a saved page's rows come
    with blank lines between them)."""
    return j + 1 if not lines[j].strip() and j + 1 < len(lines) and lines[j + 1].strip() else j


def _tables(lines: list[str]) -> list[str]:
    """A table of trade figures by period, as one sentence a row: "In 2024, turnover amounted to 120.5 million US
    dollars, exports amounted to 90.1 million US dollars (table row: ...)." Its cells are parted by "|" or tabs
    ("Year | Turnover, USD mln | Exports, USD mln" / "2024 | 120.5 | 90.1"), or by spaces under a header that heads
    the periods ("Year    Turnover    Exports    Imports" / "2021    14 038.0    13 211.4   826.6"). A table is read
    only under a header whose columns after the first each name a trade metric, with its unit (a currency of dollars
    and its scale: "USD mln", "USD thousand", "thousand US dollars") in a cell or in a caption over it; its rows open
    with a period and give only numbers (spaces between thousands: "14 038.0")."""
    joined = "\n".join(lines)
    if "|" not in joined and "\t" not in joined and not any(map(_A_ROW.match, lines)) and not (
            "  " in joined and any(_SPACED_METRIC_ROW.match(line) for line in lines if "  " in line)):
        return lines  # (no cells, no row of a period and numbers: most texts; asked of them all at once where it can be)
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = _header_cells(lines[i]) if _METRIC_WORDS.search(lines[i]) else None
        cells, spaced = header if header is not None else ([], False)
        columns = cells[1:]
        scale = None  # (the unit looked for only over a header of two cells or more)
        if len(cells) >= 2:
            above = next((lines[k] for k in range(i - 1, max(-1, i - 3), -1) if lines[k].strip()), "")
            scale = next((u for u in map(_unit, cells) if u), None) or _unit(above)  # (the unit in the line over it)
        if len(cells) >= 2 and scale is not None and all(_METRIC_WORDS.search(c) for c in columns):
            rows: list[str] = []
            j = i + 1
            while j < len(lines):
                j = _past_blank(lines, j)
                row = _row_cells(lines[j], len(cells), spaced)
                if row is None or len(row) != len(cells) or not _TABLE_PERIOD.match(row[0]) or not all(_TABLE_NUMBER.match(c) for c in row[1:]):
                    break
                # each column's own words without its unit ("Belarusian exports, USD mln": "Belarusian exports")
                labels = [_UNIT_WORDS.sub("", c).strip(" ,;()") or c for c in columns]
                parts = [f"{label} amounted to {value.replace(' ', '')} {scale} US dollars" for label, value in zip(labels, row[1:], strict=True)]
                # the row as printed kept beside it, so that the evidence shows what the page said
                rows.append(f"In {row[0]}, " + ", ".join(parts) + f" (table row: {' | '.join(row)}).")
                j += 1
            if rows:
                out.extend(rows)
                i = j
                continue
        read = _metric_table(lines, i) or _place_table(lines, i)
        if read is not None:
            out.extend(read[0])
            i = read[1]
            continue
        out.append(lines[i])
        i += 1
    return out


# A table whose rows are trade metrics: "Indicator | $ million | in % to January-August 2023" / "Turnover | 1,248.6 |
# 108.4", its period in its caption ("Trade between Belarus and Tatarstan in January-August 2024") or in its value
# column's heading ("January-August 2024, USD thousand").
_SPACED_METRIC_ROW = re.compile(r"^\s*[A-Z][A-Za-z ,'-]{2,50}?\s{2,}[+\-−–]?\d")
_PERIOD_PHRASE = re.compile(
    rf"(?:(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)(?:\s+of)?\s+|[HQ][1-4]\s+|"
    rf"(?:{MONTH_RE})\.?(?:\s*[-–—]\s*(?:{MONTH_RE})\.?)?\s+|"
    rf"(?:\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months\s+(?:of\s+)?)?(?<!\d)(?:19|20)\d{{2}}(?!\d)",
    re.IGNORECASE)
# the first cell of such a table's header: the rows' own heading, or none
_ROW_HEADING = re.compile(r"^(?:indicators?|items?|names?|metrics?|(?:trade\s+)?flows?|types?|directions?|)$", re.IGNORECASE)
# what a value column's heading holds besides its unit and period ("Value, $ million", "Volume in 2024, USD mln")
_VALUE_FILLER = re.compile(r"(?<!\w)(?:value|volume|amount|total|in|of|for)(?!\w)|[\s,;:()]+", re.IGNORECASE)
# a change column's heading: an index of a base ("in % to January-August 2023", "% of 2023", "as % of the same period
# of 2023"), or a change of no base ("growth, %", "y/y, %", "%")
_INDEX_HEAD = re.compile(r"^(?:(?:in|as)\s+)?%\s*(?:to|of|vs\.?|versus|against|compared\s+(?:to|with))\s+(?P<base>\S.{2,60})$",
                         re.IGNORECASE)
# the same with the base first and the percent sign after it: "to 2023, %", "against January-June 2023 (%)"
_INDEX_AFTER = re.compile(r"^(?:to|vs\.?|versus|against|compared\s+(?:to|with))\s+(?P<base>[^,%()]{2,60}?)\s*,?\s*\(?(?:in\s+)?%\)?$",
                          re.IGNORECASE)
_CHANGE_HEAD = re.compile(r"^(?:(?P<named>growth(?:\s+rate)?|rate\s+of\s+growth|change|increase|dynamics|y/y|yoy|year-on-year|\+/[-−])"
                          r"\s*,?\s*(?:in\s+)?%|%\s*,?\s*(?P<named2>y/y|yoy|year-on-year)?|(?P<named3>y/y|yoy|year-on-year)\s*,?\s*%)$",
                          re.IGNORECASE)
_AMOUNT = re.compile(r"^(?:\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)$")
_PERCENT_CELL = re.compile(r"^(?P<sign>[+\-−–]?)\s*(?P<value>\d+(?:[.,]\d+)?)\s*%?$")
_NO_FIGURE = ("", "-", "–", "—", "n/a", "...", "…")
_LABEL = re.compile(r"^[A-Za-z][A-Za-z ,'-]{2,50}$")
_LABEL_WORDS = 6
_INDEX_RANGE = (50.0, 300.0)  # percents of a base period that only an index is (a change of +50% to +200% in every row is not)


def _period_in(text: str) -> str | None:
    """The first period a caption or a heading names ("in January-August 2024": "January-August 2024"), or None."""
    match = _PERIOD_PHRASE.search(text)
    return match.group() if match else None


def _percent(cell: str) -> tuple[bool, float] | None:
    """A percent cell's sign (whether it is printed) and value ("+8.4": (True, 8.4), "108,4": (False, 108.4))."""
    match = _PERCENT_CELL.match(cell.strip())
    if match is None:
        return None
    value = float(match.group("value").replace(",", "."))
    return bool(match.group("sign")), -value if match.group("sign") not in ("", "+") else value


def _change_phrases(labels: list[str], cells: list[str], base: str | None, named: bool) -> list[str] | None:
    """The change each row's percent gives, as a phrase the trade grammar reads (", 108.4% as against January-August
    2023", ", up 8.4%"), or "" for none; None if the cells are no percents. An index of a base (`base`) is read as
    printed (108.4: +8.4). A column of no base is read as the column reads: signed cells are changes ("+8.4",
    "-3.2"); unsigned ones are an index if every one is between 50 and 300, changes if every one is under 50 and the
    heading names a change ("growth, %", "y/y, %"), else nothing. Never when the exports' and imports' percents add
    up to a hundred: those are their shares of the turnover."""
    read = [None if c.strip() in _NO_FIGURE else _percent(c) for c in cells]
    if any(r is None and c.strip() not in _NO_FIGURE for r, c in zip(read, cells, strict=True)):
        return None
    flows = {lab.split()[0].lower().rstrip("s"): r[1] for lab, r in zip(labels, read, strict=True) if r is not None}
    if "export" in flows and "import" in flows and abs(flows["export"] + flows["import"] - 100) <= 0.5:
        return ["" for _ in cells]
    values = [r for r in read if r is not None]
    if base is not None:
        kind = "index"
    elif any(signed for signed, _ in values):
        kind = "change"
    elif values and all(_INDEX_RANGE[0] <= v <= _INDEX_RANGE[1] for _, v in values):
        kind = "index"
    elif values and named and all(v < _INDEX_RANGE[0] for _, v in values):
        kind = "change"
    else:
        return ["" for _ in cells]
    phrases = []
    for r in read:
        if r is None or (kind == "index" and r[0]):
            phrases.append("")  # (no figure, or a signed index: no change read)
        elif kind == "index":
            phrases.append(f", {r[1]:g}% as against {base}" if base else f" ({r[1]:g}%)")
        else:
            phrases.append(f", {'up' if r[1] >= 0 else 'down'} {abs(r[1]):g}%")
    return phrases


def _column_of(columns: list[tuple[str, str]], period: str) -> int:
    """The value column of a period named in a heading: the one of that period, else the one alone whose period ends
    in that year ("2024" of "January-September 2024"); -1 if none is."""
    named = period.strip().lower()
    exact = [c for c, (p, _) in enumerate(columns) if p.lower() == named]
    if exact:
        return exact[0]
    if not _BARE_YEAR.fullmatch(named):
        return -1
    ending = [c for c, (p, _) in enumerate(columns) if p.lower().endswith(" " + named) or p.lower().endswith("-" + named)]
    return ending[0] if len(ending) == 1 else -1


_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_label(cell: str) -> bool:
    return _LABEL.match(cell) is not None and words(cell) <= _LABEL_WORDS and _METRIC_WORDS.search(cell) is not None


def _cells(line: str, piped: bool) -> list[str]:
    """A table line's cells, parted by "|" (without a border's empty cells: "| Turnover | 412.5 |") or by spaces."""
    cells = [c.strip() for c in (_CELL_SPLIT.split(line) if piped else _SPACED_CELLS.split(line))]
    if piped and len(cells) > 1 and cells[0] == "" and line.startswith("|"):
        cells = cells[1:]
    if piped and len(cells) > 1 and cells[-1] == "" and line.endswith("|"):
        cells = cells[:-1]
    return cells


_VALUE_COLUMNS = 4
_PART_ROW = re.compile(r"^(?:of\s+which|including|incl\.|among\s+them)\s*:?\s*", re.IGNORECASE)


_PLACE_HEADING = re.compile(r"^(?:regions?|partners?|countr(?:y|ies)|oblasts?|provinces?|territories|subjects?)$", re.IGNORECASE)
_SIGNED_NUMBER = re.compile(r"^[+\-−–]?\d+(?:[.,]\d+)?$")


def _place_table(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """A table whose rows are places, from its "|"-parted header at `i`, as one sentence a row ("In January–June
    2026, trade with Omsk Region amounted to 96.7 million US dollars (-4.1%), and Belarusian exports to Omsk Region
    amounted to 58.3 million US dollars (table row: ...)."), and where it ends; None if `i` heads no such table. Its
    header: a heading of places ("Region"), columns of trade metrics with their unit (there or in the caption over
    them), each maybe followed by a column of its change in percent; its period in the caption over it."""
    stripped = lines[i].strip()
    if "|" not in stripped:
        return None
    cells = _cells(stripped, True)
    if len(cells) < 2 or not _PLACE_HEADING.match(cells[0]):
        return None
    above = next((lines[k] for k in range(i - 1, max(-1, i - 3), -1) if lines[k].strip()), "")
    period = _period_in(above)
    if period is None:
        return None
    columns: list[tuple[str, str | None]] = []  # (label, scale) of a metric column; ("%", None) of a change column
    for cell in cells[1:]:
        if "%" in cell and columns and columns[-1][1] is not None and re.search(r"change|growth|increase|dynamics", cell, re.I):
            columns.append(("%", None))
        elif _METRIC_WORDS.search(cell) and "%" not in cell and (scale := _unit(cell) or _unit(above)) is not None:
            columns.append((_UNIT_WORDS.sub("", cell).strip(" ,;()"), scale))
        else:
            return None
    rows: list[str] = []
    j = i + 1
    while j < len(lines):
        j = _past_blank(lines, j)
        line = lines[j].strip()
        if not line:
            break
        row = _cells(line, True)
        if "|" not in line or len(row) != len(cells) or not row[0][:1].isupper() or any(
                not (_SIGNED_NUMBER if scale is None else _TABLE_NUMBER).match(c) for c, (_, scale) in zip(row[1:], columns, strict=True)):
            break
        name = row[0]
        parts: list[str] = []
        for c, (label, scale) in zip(row[1:], columns, strict=True):
            if scale is None:
                parts[-1] += f" ({'' if c[0] in '+-−–' else '+'}{c.replace('−', '-').replace('–', '-')}%)"
                continue
            word = "to" if re.search(r"export", label, re.I) else "from" if re.search(r"import", label, re.I) else "with"
            parts.append(f"{label[0].lower() + label[1:] if label[:5].lower() == 'trade' else label} {word} {name} amounted to "
                         f"{c.replace(' ', '')} {scale} US dollars")
        rows.append(f"In {period}, " + ", and ".join(parts) + f" (table row: {' | '.join(row)}).")
        j += 1
    return (rows, j) if rows else None


def _metric_table(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """A table whose rows are trade metrics, from its header at `i`, as one sentence a row and value column ("In
    January-August 2024, Turnover amounted to 1,248.6 million US dollars, 108.4% as against January-August 2023 (table
    row: ...)"), and where it ends; None if `i` heads no such table. Its header: a heading of the rows (or none), value
    columns with their unit (a currency and its scale, there or in the caption over them), and at most one column of
    percents, the last. A column's period: in its heading ("2024", "January-June 2024, USD thousand"), else, for a
    table of one value column, in the caption. The percents are of the column of the period their heading opens
    with ("2024 in % to 2023"), else of the last. A row that parts into other than the header's cells, or that is of
    no trade metric, is left as it was; a line that is no row ends the table."""
    stripped = lines[i].strip()
    piped = "|" in stripped
    cells = _cells(stripped, piped)
    if not piped and lines[i][:2].isspace() and _period_in(cells[0]) is not None:
        cells = ["", *cells]  # a header indented over the rows' labels, with no heading of its own: "      2024      2025"
    if not 2 <= len(cells) <= _VALUE_COLUMNS + 2 or not _ROW_HEADING.match(cells[0]):
        return None
    change_at = len(cells) - 1 if len(cells) >= 3 and "%" in cells[-1] else None
    values = cells[1:change_at]
    if not values or any("%" in c for c in values):
        return None
    above = next((lines[k] for k in range(i - 1, max(-1, i - 3), -1) if lines[k].strip()), "")
    columns: list[tuple[str, str]] = []
    for cell in values:
        scale = _unit(cell) or _unit(above)
        period = _period_in(cell) or (_period_in(above) if len(values) == 1 else None)
        if scale is None or period is None or _VALUE_FILLER.sub("", _UNIT_WORDS.sub("", _PERIOD_PHRASE.sub("", cell))):
            return None
        columns.append((period, scale))
    if len({period.lower() for period, _ in columns}) != len(columns):
        return None  # (two columns of one period: of what, each?)
    base: str | None = None
    named = False
    of_column = len(columns) - 1  # the value column the percents are of
    if change_at is not None:
        heading = cells[change_at]
        opening = _PERIOD_PHRASE.match(heading)
        if opening is not None:
            of_column = _column_of(columns, opening.group())
            heading = heading[opening.end():].strip()
        index = _INDEX_HEAD.match(heading) or _INDEX_AFTER.match(heading)
        change = _CHANGE_HEAD.match(heading)
        if of_column < 0:
            return None
        if index is not None:
            base = index.group("base").strip(" .,;")
            at = _column_of(columns, base)
            if at >= 0:
                base = columns[at][0]  # "2024 to 2023, %" over columns of "January-September 2023" and "... 2024"
        elif change is not None:
            named = bool(change.group("named") or change.group("named2") or change.group("named3"))
        else:
            return None
    rows: list[tuple[int, list[str]]] = []
    j = i + 1
    while j < len(lines):
        j = _past_blank(lines, j)
        line = lines[j].strip()
        if not line:
            break
        row = _cells(line, piped)
        if (piped and "|" not in line) or (not piped and len(row) < 2):
            break  # (no row: the table ends)
        rows.append((j, row))
        j += 1
    # the rows of goods a metric's row is made of, under it ("of which: trucks" / "dairy products"): its parts
    parts: dict[int, tuple[str, str]] = {}  # row -> (the goods, the metric's label)
    whole: str | None = None  # the metric's label of the row before, or of the parts listed under it
    listing = False  # whether the row before was a part
    for k, row in rows:
        opening = _PART_ROW.match(row[0])
        goods = row[0][opening.end():].strip() if opening else row[0]
        if _is_label(row[0]):
            whole, listing = (row[0] if opening is None else None), False
        elif whole is not None and (opening is not None or listing) and _LABEL.match(goods) and words(goods) <= _LABEL_WORDS:
            parts[k], listing = (goods, whole), True
        else:
            whole, listing = None, False
    fits = [(k, row) for k, row in rows if len(row) == len(cells) and (_is_label(row[0]) or k in parts)
            and all(_AMOUNT.match(c) or c in _NO_FIGURE for c in row[1:len(columns) + 1])
            and any(_AMOUNT.match(c) for c in row[1:len(columns) + 1])]
    phrases = _change_phrases([row[0] for _, row in fits], [row[change_at] for _, row in fits], base, named) \
        if change_at is not None else ["" for _ in fits]
    if not fits or phrases is None:
        return None
    said = dict(zip([k for k, _ in fits], phrases, strict=True))
    out: list[str] = []
    for k, row in rows:
        if k not in said:
            out.append(lines[k])  # (a row of other things, or cells that do not fit: as printed)
            continue
        printed = " | ".join(row).replace("%", "")  # (as the list's items: no percent read twice)
        for c, ((period, scale), value) in enumerate(zip(columns, row[1:], strict=False)):
            if _AMOUNT.match(value):
                phrase = said[k] if c == of_column else ""
                figure = f"{value.replace(' ', '')} {scale} US dollars"
                said_as = f"{parts[k][0]} accounted for {figure} of {parts[k][1]}" if k in parts else f"{row[0]} amounted to {figure}"
                out.append(f"In {period}, {said_as}{phrase} (table row: {printed}).")
    return out, j


# A list of trade figures under a lead that gives their unit and period ("Trade between Belarus and Tatarstan in
# January-August 2024, $ million:" / "Turnover: 1,248.6 (108.4% to January-August 2023)" / "Exports: 704.3 (111.2%)").
_LIST_ITEM = re.compile(r"^(?:[-–—•·*]\s*)?(?P<label>[A-Za-z][A-Za-z ,'-]{2,50}?)\s*(?::|\s[-–—])\s*"
                        r"(?P<value>\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)\s*(?:\((?P<note>[^()]{1,80})\))?\s*[;.,]?$")
_ITEM_NOTE = re.compile(r"^(?P<percent>[+\-−–]?\s*\d+(?:[.,]\d+)?)\s*%(?:\s+(?:(?:to|of|against|as\s+against|compared\s+(?:to|with)|"
                        r"vs\.?|versus)\s+(?P<base>\S.{2,60})|(?P<yoy>year-on-year|y/y|yoy)))?$", re.IGNORECASE)
_LIST_LEAD_WORDS = 16


def _labelled_lists(lines: list[str]) -> list[str]:
    """A list of trade figures under a lead with their unit and period, as one sentence an item ("In January-August
    2024, Turnover amounted to 1,248.6 million US dollars, 108.4% as against January-August 2023 (list item: ...)").
    The lead: a short line ending with a colon, with a unit (a currency and its scale) and a period. Its items: a
    trade metric, a colon or a dash, a number, and a percent in brackets or none ("(108.4% to January-August 2023)",
    "(+8.4%)", "(111.2%)", read as `_change_phrases` reads a column). An item of no trade metric is left as it was; a
    line that is no item ends the list."""
    return _under_leads(lines, _labelled_items)


def _under_leads(lines: list[str], read: Callable[[str, list[str], int], tuple[list[str], int] | None]) -> list[str]:
    """The lines, each list under a lead (a short line ending with a colon) read by `read(lead, lines, i)`, i the line
    after the lead: the lines to stand for lines[i:j], and j; or None, the lines left as they are."""
    if not any(line.rstrip().endswith(":") for line in lines):
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        lead = lines[i].strip()
        out.append(lines[i])
        i += 1
        if not lead.endswith(":") or words(lead) > _LIST_LEAD_WORDS:
            continue
        found = read(lead, lines, i)
        if found is not None:
            replaced, i = found
            out.extend(replaced)
    return out


def _labelled_items(lead: str, lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The items of a labelled list (`_labelled_lists`) from line i, as sentences, and the line after them."""
    scale, period = _unit(lead), _period_in(lead)
    if scale is None or period is None:
        return None
    j = i + 1 if i < len(lines) and not lines[i].strip() else i
    items: list[tuple[int, re.Match[str]]] = []
    while j < len(lines) and (item := _LIST_ITEM.match(lines[j].strip())) is not None:
        items.append((j, item))
        j += 1
    fits = [(k, m) for k, m in items if _is_label(m.group("label").strip())]
    if not fits:
        return None
    notes = [_ITEM_NOTE.match(m.group("note").strip()) if m.group("note") else None for _, m in fits]
    labels = {k: fm.group("label").strip() for k, fm in fits}
    said: dict[int, str] = {}
    # the bare unsigned percents are read together, as a column is ("(111.2%)", "(96.1%)": an index); a signed one, one
    # of a base, or one named a change ("(8.4% year-on-year)") each on its own
    bare = [(k, m) for (k, _), m in zip(fits, notes, strict=True) if m and not m.group("base") and not m.group("yoy")
            and not (_percent(m.group("percent")) or (True, 0.0))[0]]
    bare_phrases = _change_phrases([labels[k] for k, _ in bare], [m.group("percent") for _, m in bare], None, False) \
        or ["" for _ in bare]
    said.update(zip([k for k, _ in bare], bare_phrases, strict=True))
    for (k, _), m in zip(fits, notes, strict=True):
        if m is None or k in said:
            continue
        base = m.group("base").strip(" .,;") if m.group("base") else None
        phrase = _change_phrases([labels[k]], [m.group("percent")], base, bool(m.group("yoy")))
        said[k] = phrase[0] if phrase else ""
    fitting = dict(fits)
    replaced: list[str] = []
    for k in range(i, j):
        item = fitting.get(k)
        if item is None:
            replaced.append(lines[k])
            continue
        amount = item.group("value").replace(" ", "")
        # the item as printed, its parts parted as a table's cells, without its percent sign (a metric word and a
        # percent in it would be read again, as a change of its own)
        printed = " | ".join(p for p in (item.group("label").strip(), item.group("value"),
                                         (item.group("note") or "").replace("%", "").strip()) if p)
        replaced.append(f"In {period}, {item.group('label').strip()} amounted to {amount} {scale} US dollars"
                        f"{said.get(k, '')} (list item: {printed}).")
    return replaced, j


# A lead of a list of goods and their sums: a metric word ("Belarus exports to Uzbekistan in 2023:"); an item: goods, a
# colon or dash, and a sum with its currency ("- tractors: $64.2 million").
_LEAD_METRIC = re.compile(r"\b(?:exports?|imports?|supplies|deliveries|shipments|sales)\b", re.IGNORECASE)
_GOODS_ITEM = re.compile(r"^(?:[-–—•·*]\s*)?(?P<goods>[a-z][a-z ,'-]{2,60}?)\s*(?::|\s[-–—])\s*(?P<sum>(?:US\$|\$|USD\s?)?\d[\d.,]*"
                         r"(?:\s?(?:thousand|million|billion|mln|bln|bn|m)\b\.?)?(?:\s(?:US dollars|dollars|USD|euros?|EUR|"
                         r"roubles|rubles|yuan)\b)?)\s*[;.,]?$")


def _product_lists(lines: list[str]) -> list[str]:
    """A list of goods and their sums under a lead naming the flow and its period ("Belarus exports to Uzbekistan in
    2023:" / "- tractors: $64.2 million" / "- trucks: $38.7 million"), as one sentence an item, the goods after the
    lead's metric word ("Belarus exports of tractors to Uzbekistan in 2023 amounted to $64.2 million."). An item's sum
    must hold its currency; a line that is no item ends the list."""
    return _under_leads(lines, _goods_items)


def _goods_items(lead: str, lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The items of a list of goods (`_product_lists`) from line i, as sentences, and the line after them."""
    metric = _LEAD_METRIC.search(lead)
    if metric is None or _period_in(lead) is None:
        return None
    j = i + 1 if i < len(lines) and not lines[i].strip() else i
    items: list[tuple[str, str]] = []
    while j < len(lines) and (item := _GOODS_ITEM.match(lines[j].strip())) is not None:
        money = item.group("sum")
        if not ("$" in money or re.search(r"[A-Za-z]{3,}$", money.rstrip(" .")) and not money.rstrip(" .").endswith(
                ("thousand", "million", "billion", "mln", "bln"))):
            break  # (a sum without its currency: no figure to read)
        items.append((item.group("goods").strip(" ,"), money.strip()))
        j += 1
    if len(items) < 2:
        return None
    head, tail = lead[:metric.end()], lead[metric.end():].rstrip(":").rstrip()
    return [line for line in lines[i:j] if not line.strip()] + [
        f"{head} of {goods}{tail} amounted to {money}." for goods, money in items], j


def _figure_lines(lines: list[str], start: int) -> tuple[list[str], int]:
    """The lines of periods and their figures from `start` (bullets dropped), and where they end."""
    found: list[str] = []
    j = start
    while j < len(lines):
        item = _ITEM_BULLET.sub("", lines[j].strip())
        if not item:
            if found:
                break
            j += 1
            continue
        if words(item) > 12 or not _FIGURE_LINE.match(item):
            break
        found.append(item)
        j += 1
    return found, j


def _list_items(lines: list[str], start: int) -> tuple[list[str], int]:
    """The items of a list joined by semicolons from `start` (blank lines between them skipped), and where it ends."""
    items: list[str] = []
    j = start
    while j < len(lines):
        item = _ITEM_BULLET.sub("", lines[j].strip())
        if not lines[j].strip():
            j += 1
            continue
        if words(item) > _ITEM_WORDS or not (item.endswith(";") or items and item.endswith(".")):
            break
        items.append(item)
        j += 1
        if item.endswith("."):
            break
    return items, j


def _drop_sidebars(lines: list[str]) -> list[str]:
    """A "Most read" / "Latest news" block above the article (its heading, then headlines up to a blank
    line) lists other stories: their dates, titles and places are not the article's."""
    out: list[str] = []
    skipping = False
    skipped = 0  # lines of the block skipped so far (the blank lines right under its heading are not its end)
    # a block's heading comes before any line of prose: lines after the first one are kept, once no block is skipped
    first_prose = next((i for i, ln in enumerate(lines) if _is_prose(ln)), len(lines))
    for index, line in enumerate(lines):
        stripped = line.strip()
        if skipping:
            if not stripped and skipped:
                skipping = False
            elif stripped:
                skipped += 1
            continue
        if index > first_prose:
            out.extend(lines[index:])
            break
        if words(stripped) <= 4 and TAIL_MARKERS.match(stripped):
            skipping, skipped = True, 0
            continue
        out.append(line)
    return out


_NON_WORDS = re.compile(r"\W+")
# Over the bytes of an ASCII line: a character of no word (\W over ASCII) -> a space, a capital -> its small letter
_ASCII_KEY = bytes(c + 32 if 65 <= c <= 90 else c if c < 128 and (chr(c).isalnum() or c == 95) else 32 for c in range(256))


def _key(line: str) -> str:
    """A line's words, lower-cased, joined by single spaces: repeated headlines and paragraphs have the same key.
    (Over ASCII, runs of non-word characters become single spaces and capitals small letters by one table over the
    line's bytes, and a split.)"""
    if line.isascii():
        return b" ".join(line.encode().translate(_ASCII_KEY).split()).decode()
    return _NON_WORDS.sub(" ", line).strip().lower()


# Scale words written with a stop ("mln.", "bln.", "thous."): no sentence ends there when a currency follows.
SCALE_ABBREVIATIONS = frozenset(("mln", "bln", "mn", "bn", "thous", "ths", "thsd", "trln", "mlrd"))
_CURRENCY_NEXT = re.compile(r"(?:US\b|USD|U\.S\.|dollars?\b|EUR|euros?\b|RUB|BYN|CNY|KZT|UZS|rubles?\b|roubles?\b|yuan\b|"
                            r"tenge\b|soums?\b|Belarusian\b|Russian\b)", re.IGNORECASE)
def is_abbreviation(word: str) -> bool:
    """Is the lower-case word one written with a stop that ends no sentence ("st", "mr", "mln")?"""
    return word in _ABBREVIATIONS or word in SCALE_ABBREVIATIONS


_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "vs", "etc", "inc", "ltd", "co", "corp", "jsc", "ojsc", "gov", "prof",
    "approx", "e.g", "i.e", "u.s", "u.k", "sr", "jr", "gen", "col", "lt", "mt", "ave", "blvd", "dept", "assoc",
}
# Initials of two letters, for one sound in a transliteration (Mongolian, Russian): "Governor Ts. Bat-Erdene",
# "Kh. Battulga", "Zh. Ganbold" (a capital and a small letter, as written)
_DIGRAPH_INITIALS = frozenset(("Ts", "Kh", "Ch", "Sh", "Zh", "Ya", "Yu", "Yo", "Ye"))

# Where a sentence ends: a full stop (or ! ?) and space before a capital or a digit; the space after a colon or a
# semicolon before a quote that opens with a capital. The two never overlap (one starts on the stop, the other on
# the space after a colon), so each is found on its own, with a pattern that opens on a character the engine can
# skip ahead to; the second matches the colon too and keeps the space (its group) as the boundary.
_STOP = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9А-ЯЁ])")
_COLON = re.compile(r"[:;](\s+)(?=[\"'][A-Z])")


def _boundaries(paragraph: str) -> list[tuple[int, int]]:
    """The (start, end) of every sentence boundary, left to right."""
    found = [m.span() for m in _STOP.finditer(paragraph)]
    if ":" in paragraph or ";" in paragraph:
        found += [m.span(1) for m in _COLON.finditer(paragraph)]
        found.sort()
    return found


_INITIALS = re.compile(r"(?:[a-zа-я]\.)*[a-zа-я]")

MAX_SENTENCE = 1200  # characters; longer runs of text without a full stop are cut, bounding per-sentence work


def _cap(sentence: str) -> list[str]:
    """Cut a run-on "sentence" (a page with no full stops, a wall of digits) into bounded pieces."""
    pieces = []
    while len(sentence) > MAX_SENTENCE:
        cut = max(sentence.rfind(" ", 0, MAX_SENTENCE), sentence.rfind(",", 0, MAX_SENTENCE))
        cut = cut if cut > MAX_SENTENCE // 2 else MAX_SENTENCE
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:]
    pieces.append(sentence.strip())
    return [p for p in pieces if p]


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations, initials and decimals intact."""
    return [piece for sentence in _split(paragraph) for piece in _cap(sentence)]


def _split(paragraph: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for end, after in _boundaries(paragraph):
        before = paragraph[start:end]
        if paragraph[end] == ".":
            # the word before the full stop (none after a space)
            token = before.rsplit(None, 1)[-1].lower().strip("\"'(") if before and not before[-1].isspace() else ""
            # "Jan.-Feb. 2024": the word before the stop is the last of words joined by a dash
            last = token.rsplit("-", 1)[-1].rsplit("\u2013", 1)[-1]
            if token in _ABBREVIATIONS or last in _ABBREVIATIONS or _INITIALS.fullmatch(token):  # initials: "N.N", "R.A"
                continue
            if before[-2:] in _DIGRAPH_INITIALS and (len(before) == 2 or not before[-3].isalnum()):
                continue
            if token in SCALE_ABBREVIATIONS and _CURRENCY_NEXT.match(paragraph, after):
                continue  # "95,3 mln. USD", "86,5 thous. dollars": a scale's stop before its currency
        piece = paragraph[start:after].strip()
        if piece:
            sentences.append(piece)
        start = after
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences
