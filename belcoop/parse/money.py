"""The grammar of money amounts, changes (percent, times) and reporting periods in news English.

All patterns are bounded (no nested unbounded repetition), so matching stays linear on any input.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from belcoop.parse.months import MONTH_RE, MONTHS

NUM = r"\d{1,3}(?:[,.]\d{3})+(?![\d])|\d{1,12}(?:[.,]\d{1,4})?"
_SCALE_WORD = r"trillion|trln|billion|bln|million|mln|thousand"
_SCALE_ABBR = r"tn|bn|b|mn|m|k"
SCALES = {
    "trillion": 1e12, "trln": 1e12, "tn": 1e12, "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3,
}
_SCALE = rf"(?:\s?(?P<sw>{_SCALE_WORD})\b\.?|(?P<sa>{_SCALE_ABBR})(?![\w]))"
_CUR_BEFORE = r"(?P<cb>US\s?\$|\$|USD|US(?=\s?\d)|EUR|€|£|BYN|RUB|KZT|CNY|RMB|¥)\s?"
_CUR_AFTER = (
    r"(?P<ca>U\.S\.\sdollars|US dollars|dollars|USD|euros?|EUR|\[?(?:Russian |Belarusian |Belarussian )?(?:rubles|roubles)\]?|"
    r"RUB|BYN|yuan|CNY|tenge|KZT)\b\]?"
)
_RANGE = rf"(?:\s?[-–]\s?(?P<n2>{NUM}))?"

AMOUNT_BEFORE = re.compile(
    rf"{_CUR_BEFORE}(?P<n1>{NUM}){_RANGE}{_SCALE}?(?:\s(?P<extra>\d{{1,3}})\s(?:thousand))?", re.IGNORECASE
)
AMOUNT_AFTER = re.compile(rf"(?<![\w.,])(?P<n1>{NUM}){_RANGE}{_SCALE}?\s{_CUR_AFTER}", re.IGNORECASE)
_WORDNUMS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "a": 1, "half a": 0.5, "one and a half": 1.5,
}
AMOUNT_WORDS = re.compile(
    rf"\b(?P<w>one and a half|half a|one|two|three|four|five|six|seven|eight|nine|ten|a)\s(?P<sw>billion|million|thousand)\b(?:\s{_CUR_AFTER})?",
    re.IGNORECASE,
)
# "It was worth 1.5 billion rubles at the outset, while now the figure is 22.5": the unit is the earlier one's.
BARE_FIGURE = re.compile(
    r"\b(?:the figure|this figure|it|now)\s(?:is|was|stands at|stood at|reached|amounted to)\s"
    r"(?:about\s|almost\s|nearly\s|over\s)?(?P<n1>\d{1,6}(?:[.,]\d{1,3})?)(?![\d%]|[.,]\d|\s?(?:percent|per cent|times))",
    re.IGNORECASE,
)

_CURRENCIES = [
    (re.compile(r"Belarus", re.IGNORECASE), "BYN"),
    (re.compile(r"BYN"), "BYN"),
    (re.compile(r"RUB|rouble|ruble", re.IGNORECASE), "RUB"),
    (re.compile(r"\bUS|U\.S\.|\$|[Dd]ollar|USD"), "USD"),
    (re.compile(r"EUR|€|[Ee]uro"), "EUR"),
    (re.compile(r"KZT|tenge", re.IGNORECASE), "KZT"),
    (re.compile(r"CNY|RMB|yuan|¥", re.IGNORECASE), "CNY"),
    (re.compile(r"£"), "GBP"),
]


def _currency(text: str | None) -> str | None:
    if not text:
        return None
    for pattern, code in _CURRENCIES:
        if pattern.search(text):
            return code
    return None


def parse_number(text: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", text):
        return float(re.sub(r"[,.]", "", text))
    return float(text.replace(",", "."))


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: float
    currency: str | None
    text: str


def find_amounts(sentence: str) -> list[Amount]:
    found: list[Amount] = []

    def overlaps(s: int, e: int) -> bool:
        return any(a.start < e and s < a.end for a in found)

    for pattern in (AMOUNT_BEFORE, AMOUNT_AFTER):
        for m in pattern.finditer(sentence):
            if overlaps(m.start(), m.end()):
                continue
            groups = m.groupdict()
            scale_word = groups.get("sw") or groups.get("sa")
            if pattern is AMOUNT_BEFORE and groups["cb"].upper().startswith("US") and "$" not in groups["cb"] and not scale_word:
                continue  # "US 5" without a scale is too ambiguous
            scale = SCALES[scale_word.lower()] if scale_word else 1.0
            value = parse_number(groups["n1"])
            if groups.get("n2"):
                value = (value + parse_number(groups["n2"])) / 2
            value *= scale
            if groups.get("extra"):
                value += int(groups["extra"]) * 1e3
            currency = _currency(groups.get("cb") or groups.get("ca"))
            found.append(Amount(m.start(), m.end(), round(value, 2), currency, m.group(0)))
    for m in AMOUNT_WORDS.finditer(sentence):
        if overlaps(m.start(), m.end()):
            continue
        if not m.group("ca") and m.group("w").lower() == "a":
            continue
        value = _WORDNUMS[m.group("w").lower()] * SCALES[m.group("sw").lower()]
        found.append(Amount(m.start(), m.end(), value, _currency(m.group("ca")), m.group(0)))
    found.sort(key=lambda a: a.start)
    for m in BARE_FIGURE.finditer(sentence):
        earlier = [a for a in found if a.end <= m.start()]
        if not earlier or overlaps(m.start("n1"), m.end("n1")):
            continue
        unit = earlier[-1]
        scale = next((s for s in (1e12, 1e9, 1e6, 1e3) if unit.value >= s), 1.0)
        value = parse_number(m.group("n1")) * scale
        found.append(Amount(m.start("n1"), m.end("n1"), value, unit.currency, m.group("n1")))
    found.sort(key=lambda a: a.start)
    return found


# ---------------------------------------------------------------- approximations

_APPROX = re.compile(
    r"\b(?P<w>almost|nearly|close to|approaching|just under|more than|just over|over|exceeded|exceeding|exceeds|"
    r"exceed|surpassed|above|in excess of|upwards of|topped|less than|under|below|about|around|approximately|"
    r"roughly|some|circa|estimated at)\s(?:the\s)?$",
    re.IGNORECASE,
)
_APPROX_KIND = {
    "almost": "almost", "nearly": "almost", "close to": "almost", "approaching": "almost", "just under": "almost",
    "less than": "under", "under": "under", "below": "under",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "circa": "about", "estimated at": "about",
}


def approximation(sentence: str, start: int) -> str | None:
    m = _APPROX.search(sentence[max(0, start - 30):start])
    if not m:
        return None
    return _APPROX_KIND.get(m.group("w").lower(), "over")


# ---------------------------------------------------------------- changes


@dataclass(frozen=True)
class ChangeMention:
    start: int
    end: int
    kind: str
    value: float


_UP = r"up|rose|risen|grew|grown|increased?|increasing|growth|rise|gain(?:ed)?|jumped|surged|added|expanded|higher|boosted"
_DOWN = r"down|fell|fallen|dropped|declined?|decreased?|decreasing|shrank|shrunk|contracted|reduced|lower|slumped|plunged|slid|fall|drop|reduction|decrease"
_NEGATIVE = re.compile(rf"\b(?:{_DOWN})\b", re.IGNORECASE)
_CHANGE_VERB = re.compile(rf"\b(?:{_UP}|{_DOWN})\b", re.IGNORECASE)
_FILLER = (
    r"(?:(?:by|of|almost|nearly|about|more than|over|around|some|roughly|approximately|just|only|slightly|an?|to|"
    r"another|a further|further|an additional|additional)\s){0,3}"
)
_LEFT_CHANGE = re.compile(rf"\b(?P<v>{_UP}|{_DOWN}|by)\s{_FILLER}$", re.IGNORECASE)
_RIGHT_CHANGE = re.compile(
    r"^\s?(?P<v>increase|growth|rise|gain|jump|decrease|decline|drop|fall|reduction|more|less|higher|lower|up|down)\b",
    re.IGNORECASE,
)
_RATIO_RIGHT = re.compile(
    r"^\s?\)?\s?(?:as against|against|as compared|compared (?:to|with)|in comparison|as of the same|of the same|"
    r"of the level|year-on-year|y-o-y|over the same|on the same|of the previous|of last year)",
    re.IGNORECASE,
)
_RATIO_LEFT = re.compile(r"(?:\(\s?|growth rate (?:at|of|was|stood at|amounted to)?\s?|rate of\s|which was\s|amounting to\s)$", re.IGNORECASE)
_SHARE = re.compile(r"^\s?of\s(?!the same|the level|the previous|last year)", re.IGNORECASE)
PERCENT = re.compile(
    r"(?<![\d.,])(?P<n1>\d{1,4}(?:[.,]\d{1,3})?)(?:\s?[-–]\s?(?P<n2>\d{1,4}(?:[.,]\d{1,3})?))?\s?(?:%|percent\b|per cent\b|pct\b)",
    re.IGNORECASE,
)
_TIMES = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s?-?\s?(?:times|fold)\b|"
    r"\b(?P<w>one and a half|two|three|four|five|six|seven|eight|nine|ten)[-\s]?(?:times|fold)\b|"
    r"\b(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    r"\b(?:by|of)\s(?:almost\s|nearly\s|about\s|more than\s|over\s|around\s|some\s|roughly\s)?(?:a|one)[\s-](?P<f>third|quarter|half)\b|\bby half\b",
    re.IGNORECASE,
)
_WORD_TIMES = {"one and a half": 1.5, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10}
_VERB_TIMES = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4}


def _falling(sentence: str, pos: int) -> bool:
    """Is the nearest change word before `pos` (or right after it) a fall?"""
    verbs = list(_CHANGE_VERB.finditer(sentence[:pos]))
    if verbs:
        return bool(_NEGATIVE.fullmatch(verbs[-1].group(0)))
    after = _CHANGE_VERB.search(sentence[pos:pos + 30])
    return bool(after and _NEGATIVE.fullmatch(after.group(0)))


def find_changes(sentence: str) -> list[ChangeMention]:
    found: list[ChangeMention] = []
    for m in PERCENT.finditer(sentence):
        value = float(m.group("n1").replace(",", "."))
        if m.group("n2"):
            value = (value + float(m.group("n2").replace(",", "."))) / 2
        left = sentence[max(0, m.start() - 60):m.start()]
        right = sentence[m.end():m.end() + 45]
        lm = _LEFT_CHANGE.search(left)
        rm = _RIGHT_CHANGE.match(right)
        if lm and lm.group("v").lower() != "by" and not _RATIO_LEFT.search(left) or rm:
            word = (lm.group("v") if lm and lm.group("v").lower() != "by" else rm.group("v") if rm else "")
            negative = bool(_NEGATIVE.fullmatch(word)) if word else False
            found.append(ChangeMention(m.start(), m.end(), "percent", -value if negative else value))
        elif _RATIO_LEFT.search(left) or _RATIO_RIGHT.match(right):
            found.append(ChangeMention(m.start(), m.end(), "percent", round(value - 100, 3)))
        elif lm:  # "by 40 percent": the sign is the nearest change verb's
            negative = _falling(sentence, m.start())
            found.append(ChangeMention(m.start(), m.end(), "percent", -value if negative else value))
        elif _SHARE.match(right):
            continue
    for m in _TIMES.finditer(sentence):
        if m.group("n"):
            t = float(m.group("n").replace(",", "."))
        elif m.group("w"):
            t = _WORD_TIMES[m.group("w").lower()]
        elif m.group("verb").lower() == "halved":
            found.append(ChangeMention(m.start(), m.end(), "percent", -50.0))
            continue
        else:
            t = _VERB_TIMES[m.group("verb").lower()]
        if t <= 0:
            continue
        if m.group("verb") is None and _falling(sentence, m.start()) and t > 1:
            found.append(ChangeMention(m.start(), m.end(), "percent", round(-(1 - 1 / t) * 100, 1)))
        else:
            found.append(ChangeMention(m.start(), m.end(), "times", t))
    for m in _FRACTION.finditer(sentence):
        fraction = (m.group("f") or "half").lower()
        value = {"third": 33.3, "quarter": 25.0, "half": 50.0}[fraction]
        if not _CHANGE_VERB.search(sentence[max(0, m.start() - 80):m.end() + 20]):
            continue
        negative = _falling(sentence, m.start())
        found.append(ChangeMention(m.start(), m.end(), "percent", -value if negative else value))
    found.sort(key=lambda c: c.start)
    return found


# ---------------------------------------------------------------- periods


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    first: date | None  # None for "the same / reporting period": the previous figure's period
    last: date | None
    unknown: bool = False  # a relative period ("last year") that cannot be resolved: no date

    @property
    def inherit(self) -> bool:
        return self.first is None and not self.unknown


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_YEAR_REF = r"(?P<y>(?:19|20)\d{2})|(?P<this>this year|the current year|the year)|(?P<last>last year|the previous year|the past year)"
_BASES = re.compile(
    r"\b(?:over|against|compared (?:to|with)|than|form|from|on|as of|since)\s(?:the\s)?"
    r"(?:same period\s(?:of\s|in\s)?|trade\sin\s|figure\sof\s|comparable\s(?:period\s(?:of\s)?)?|beginning\sof\s|start\sof\s)?"
    r"(?:the\s)?"
    r"(?:(?:19|20)\d{2}|last\syear|a\syear\s(?:before|earlier|ago)|the\sprevious\syear)|"
    r"\bthe same period(?:\s(?:of|in)\s(?:19|20)\d{2}|\slast year|\sa year (?:before|earlier))",
    re.IGNORECASE,
)
_P_MONTHS = re.compile(
    rf"\b(?:from\s)?(?P<m1>{MONTH_RE})\s?(?:[-–—]|to|through|till|until)\s?(?P<m2>{MONTH_RE})(?:,?\s(?:of\s)?(?:{_YEAR_REF}))?",
    re.IGNORECASE,
)
_P_PART = re.compile(
    r"\b(?P<asof>as of\s(?:the\s)?|in the first\s|for the first\s)?"
    r"(?:(?P<half>first half|1st half|second half|H1|H2)|first\s(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\smonths|"
    r"(?P<q>Q[1-4])|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\squarter|first\s(?P<nq>two|three)\squarters)"
    rf"(?:,?\s(?:of\s)?(?:{_YEAR_REF}))?",
    re.IGNORECASE,
)
_P_YEARS = re.compile(r"(?<![\d$.,])(?P<y1>(?:19|20)\d{2})\s?[-–]\s?(?P<y2>(?:19|20)\d{2})(?![\d])")
_P_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH_RE})\.?,?\s(?P<y>(?:19|20)\d{{2}})\b")
_P_YEAR = re.compile(r"(?<![\d$.,\w-])(?P<y>(?:19|20)\d{2})(?![\d%]|\s?[-–]\s?\d)")
_P_RELATIVE = re.compile(
    r"\b(?P<last>last year|the previous year|the past year)(?:'s)?|\b(?P<this>this year|the current year|by the end of the year|by year-end|year-end)|"
    r"\b(?P<next>next year)|"
    r"\b(?P<same>the same period|the reporting period|this period)|"
    r"\b(?P<vague>(?:in|over|during|for)\s(?:the\s)?(?:last|past|next|coming|recent)\s(?:\w+\s)?years|"
    r"in the (?:medium|long|short) term|in (?:the )?years to come|in recent years|(?<=\s)a year\b|per year|per annum)",
    re.IGNORECASE,
)
_WORD_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}


def _ref_year(m: re.Match[str], today: date | None) -> int | None:
    if m.groupdict().get("y"):
        return int(m.group("y"))
    if m.groupdict().get("this"):
        return today.year if today else None
    if m.groupdict().get("last"):
        return today.year - 1 if today else None
    return today.year if today else None


def find_periods(sentence: str, today: date | None) -> list[PeriodMention]:
    """Reporting periods in a sentence; "last year" and year-less months resolve against the article date."""
    found: list[PeriodMention] = []
    text = sentence
    bases = list(_BASES.finditer(sentence))
    if bases:
        masked = list(sentence)
        for m in bases:
            masked[m.start():m.end()] = "#" * (m.end() - m.start())
        text = "".join(masked)

    def free(s: int, e: int) -> bool:
        return not any(p.start < e and s < p.end for p in found)

    def add(s: int, e: int, first: date | None, last: date | None, unknown: bool = False) -> None:
        if free(s, e):
            found.append(PeriodMention(s, e, first, last, unknown))

    for m in _P_MONTHS.finditer(text):
        y = _ref_year(m, today)
        if y is None:
            continue
        m1, m2 = MONTHS[m.group("m1").lower()], MONTHS[m.group("m2").lower()]
        if m1 <= m2:
            add(m.start(), m.end(), date(y, m1, 1), _month_end(y, m2))
    for m in _P_PART.finditer(text):
        y = _ref_year(m, today)
        if y is None:
            continue
        end_month: int
        start_month = 1
        if m.group("half"):
            h = m.group("half").lower()
            end_month = 12 if h in ("second half", "h2") else 6
            start_month = 7 if end_month == 12 else 1
        elif m.group("n"):
            n = m.group("n").lower()
            end_month = int(n) if n.isdigit() else _WORD_N[n]
        elif m.group("q") or m.group("qw"):
            q = int(m.group("q")[1]) if m.group("q") else {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[m.group("qw").lower()]
            end_month = q * 3
            start_month = 1 if m.group("asof") and "as of" in m.group("asof").lower() else end_month - 2
        else:
            end_month = 6 if m.group("nq").lower() == "two" else 9
        if not 1 <= end_month <= 12:
            continue
        add(m.start(), m.end(), date(y, start_month, 1), _month_end(y, end_month))
    for m in _P_YEARS.finditer(text):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y1 < y2 <= y1 + 10:
            add(m.start(), m.end(), date(y1, 1, 1), date(y2, 12, 31))
    for m in _P_MONTH_YEAR.finditer(text):
        y, mo = int(m.group("y")), MONTHS[m.group("m").lower()]
        add(m.start(), m.end(), date(y, mo, 1), _month_end(y, mo))
    for m in _P_YEAR.finditer(text):
        before = text[max(0, m.start() - 4):m.start()].lower()
        after = text[m.end():m.end() + 3]
        if before.endswith("the ") and after[:1].strip() and after[1:2].isupper():
            continue  # "the 2018 FIFA World Cup": a name, not a period
        y = int(m.group("y"))
        add(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31))
    for m in _P_RELATIVE.finditer(text):
        if m.group("vague"):
            add(m.start(), m.end(), None, None, unknown=True)  # "over the next five years": no period to state
            continue
        if m.group("same"):
            add(m.start(), m.end(), None, None)
            continue
        if today is None:
            add(m.start(), m.end(), None, None, unknown=True)  # "last year" in an undated article
            continue
        y = today.year - 1 if m.group("last") else today.year + 1 if m.group("next") else today.year
        add(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31))
    found.sort(key=lambda p: p.start)
    return found
