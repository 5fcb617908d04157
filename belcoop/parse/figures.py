"""The grammar of figures over a sentence's tokens: AMOUNT, CHANGE and PERIOD spans.

Each recogniser starts at a trigger token (a number, a currency sign, a month, a period word) and reads
forward over tokens; what counts as a currency, a scale, an approximation, a change word or a comparison
base comes from data/trade.tsv. Spans carry token indices, so the binding rules in trade.py reason about
order and clauses, never about character distances.

    >>> from belcoop.parse.tokens import Sentence
    >>> f = read_figures(Sentence("In 2021 exports rose by 12% to $41.5 million."), None)
    >>> [(a.value, a.currency) for a in f.amounts], [(c.kind, c.value) for c in f.changes]
    ([(41500000.0, 'USD')], [('percent', 12.0)])
    >>> [(p.first.isoformat(), p.last.isoformat()) for p in f.periods if p.first and p.last]
    [('2021-01-01', '2021-12-31')]
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from itertools import compress

from belcoop.parse.months import MONTHS
from belcoop.parse.text import SCALE_ABBREVIATIONS
from belcoop.parse.tokens import Sentence, Token, lexicon, tokens_of
from belcoop.vocab import read_data

MAX_VALUE = 1e15  # no trade figure is larger; beyond it a number is garbled or hostile, and is dropped
_MAX_DIGITS = 16

_GROUPED_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_GROUPED_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def parse_number(text: str, scaled: bool = False) -> float | None:
    """ "1,250,000" -> 1250000; "31.866.000" -> 31866000; "36,3" -> 36.3; "1.250" before a scale word -> 1.25.

    None for a number too long to be a figure.
    """
    if len(text) > _MAX_DIGITS and sum(c.isdigit() for c in text) > _MAX_DIGITS:
        return None  # (a text no longer than the bound cannot have more digits than it)
    if _GROUPED_COMMA.fullmatch(text):
        return float(text.replace(",", ""))
    if _GROUPED_DOT.fullmatch(text):
        if scaled and text.count(".") == 1 and "," not in text:
            return float(text)  # "$1.250 billion": a decimal point before a scale word
        return float(text.replace(".", "").replace(",", "."))
    if text.count(",") == 1 and "." not in text:
        return float(text.replace(",", "."))  # a decimal comma: "36,3%", "$0,5 million"
    try:
        return float(text)
    except ValueError:
        return None


@dataclass(frozen=True)
class Amount:
    """A sum of money: token span [i, j), value in whole units, ISO currency, approximation."""

    i: int
    j: int
    value: float
    currency: str | None
    approx: str | None
    text: str
    # a number and its scale with no currency, in a sentence going on about the figure before it ("In 2010 it had
    # grown to 250 million"): money in that figure's currency, if the text goes on from one (the caller decides)
    inherits: bool = False


@dataclass(frozen=True)
class Change:
    """A change: percent (signed) or times; `goal` for base-form verbs of aim ("to double trade")."""

    i: int
    j: int
    kind: str
    value: float
    goal: bool = False


@dataclass(frozen=True)
class PeriodSpan:
    """A period. kind: "period" (first..last), "same" (the period just given), "vague" (no calendar period),
    "base" (the base of a comparison, not the figure's own), "unknown" (relative, in an undated article)."""

    i: int
    j: int
    kind: str
    first: date | None = None
    last: date | None = None
    future: bool = False  # "next year", "by the end of the year", "in the medium term"
    months: tuple[int, int] | None = None  # the months of a span whose year the sentence does not name ("in January-October")
    # years before the period the text has just given ("A year earlier, ...", "Three years before, ...", "in the
    # previous year"): trade.py shifts that period; first and last, where set, read it against the article's date
    back: int = 0

    @property
    def known(self) -> bool:
        return self.kind == "period" and self.first is not None


@dataclass
class Figures:
    amounts: list[Amount] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    periods: list[PeriodSpan] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # figures beyond belief, by their text


# ---------------------------------------------------------------- amounts

_APPROX = ("approx_almost", "approx_over", "approx_about", "approx_under")
_APPROX_KIND = {"approx_almost": "almost", "approx_over": "over", "approx_about": "about", "approx_under": "under"}


def approximation(s: Sentence, i: int) -> str | None:
    """The approximation word ending right before token i ("almost $6 million", "exceeded the $500 million")."""
    at = s.at
    held = [category for category in _APPROX if category in at]  # in their order: the first that fits wins
    if not held:
        return None
    for k in range(i - 1, max(-1, i - 5), -1):
        for category in held:
            end = s.tag_end(k, category)
            if end == i or end == i - 1 and s.tokens[i - 1].low == "the":
                return _APPROX_KIND[category]
    # "almost reached $60 million", "nearly amounted to 12 billion roubles": the word before a verb of reporting
    verb = i - 1
    while verb > 0 and s.tokens[verb].low in ("to", "at", "the"):
        verb -= 1
    for k in s.at.get("report_verb", ()):
        if k <= verb and (s.tag_end(k, "report_verb") or 0) == verb + 1:
            for category in held:
                for m in range(k - 1, max(-1, k - 4), -1):
                    if s.tag_end(m, category) == k:
                        return _APPROX_KIND[category]
    return None


_HYPHENED_AMOUNT = re.compile(r"\d-(?:thousand|million|billion|trillion)-[a-z]", re.IGNORECASE)


def _scale_at(s: Sentence, k: int, currency_first: bool = False) -> tuple[float, int] | None:
    """A scale word at token k ("million", "bn"); a one-letter one ("m", "b", "k") only written onto the
    number, or after a currency sign ("$202.2 m")."""
    toks = s.tokens
    if k >= len(toks):
        return None
    value = s.tag_value(k, "scale")
    if value is None:
        return None
    word = toks[k].low
    if len(word) == 1 and toks[k].start != toks[k - 1].end and not currency_first:
        return None  # "5 m of road" is not $5 million; "$2.6m" and "$202.2 m" are
    end = s.tag_end(k, "scale") or k + 1
    if end < len(toks) and toks[end].text == "." and toks[end].start == toks[end - 1].end and word in SCALE_ABBREVIATIONS:
        end += 1  # "1.6 bln.", "86,5 thous."
    return float(value), end


def _currency_before(s: Sentence, i: int) -> tuple[str, int] | None:
    value = s.tag_value(i, "currency_before")
    if value is None:
        return None
    tok = s.tokens[i]
    end = s.tag_end(i, "currency_before") or i + 1
    if tok.kind == "w" and not tok.text.isupper() and not (
            tok.text[0].isupper() and end < len(s.tokens) and s.tokens[end].kind == "n" and tok.low != "us"):
        return None  # "us", "rub" as plain words; "Br12.5 million" (BelTA's Belarusian rubles) is a currency
    if tok.low == "us" and not (end < len(s.tokens) and s.tokens[end].kind == "n"):
        return None
    return value, end


def _currency_after(s: Sentence, j: int) -> tuple[str, int] | None:
    toks = s.tokens
    bracket = j < len(toks) and toks[j].text == "["
    k = j + 1 if bracket else j
    value = s.tag_value(k, "currency_after")
    if value is None:
        return None
    end = s.tag_end(k, "currency_after") or k + 1
    if bracket and end < len(toks) and toks[end].text == "]":
        end += 1
    return value, end


def _scale_currency_word(low: str) -> tuple[float, str] | None:
    """The scale and currency of a word made of both ("billion-dollar", "million-ruble"), else None."""
    word_scale, _, word_currency = low.partition("-")
    words = lexicon().words
    scale = words.get(word_scale, {}).get("scale")
    code = words.get(word_currency.rstrip("s"), {}).get("currency_after")
    return (float(scale), code) if scale is not None and code is not None else None


def read_amount(s: Sentence, i: int) -> tuple[Amount | None, int] | None:
    """An amount starting at token i: [currency] number [-number] [scale] [currency], or words ("two billion
    dollars"). Returns (amount, end) — amount None when the number is beyond belief — or None."""
    toks = s.tokens
    n = len(toks)
    j = i
    currency: str | None = None
    before = _currency_before(s, i)
    if before:
        currency, j = before
    if j >= n:
        return None
    if toks[j].kind != "n":
        return _read_word_amount(s, i) if currency is None else None
    first = toks[j]
    j += 1
    first_text, j = _spaced_thousands(s, first, j)
    second: Token | None = None
    if j + 1 < n and toks[j].text in "-–" and toks[j + 1].kind == "n" and len(toks[j + 1].text) <= len(first.text) + 1:
        second = toks[j + 1]
        j += 2
    scale = 1.0
    k = j + 1 if j < n and toks[j].text == "-" else j
    if currency is None and second is None and k == j + 1 and k < n and toks[k].kind == "w" and "-" in toks[k].low:
        compound = _scale_currency_word(toks[k].low)  # "the 10-billion-dollar mark"
        if compound is not None and toks[k].start == toks[j].end:
            word_value, word_code = compound
            value = parse_number(first_text, scaled=True)
            if value is None or value * word_value > MAX_VALUE:
                return None, k + 1
            return Amount(i, k + 1, round(value * word_value, 2), word_code, approximation(s, i),
                          s.text[toks[i].start:toks[k].end]), k + 1
    scaled = _scale_at(s, k, currency_first=currency is not None)
    added = 0.0
    if scaled:
        scale, j = scaled
        # "$20 million 800 thousand", "1 billion 16 million US dollars": a smaller scale's figure added on
        if j + 1 < n and toks[j].kind == "n" and len(toks[j].text) <= 3 and toks[j].text.isdecimal():
            smaller = s.tag_value(j + 1, "scale")
            if smaller is not None and float(smaller) < scale:
                added = float(toks[j].text) * float(smaller)
                j = s.tag_end(j + 1, "scale") or j + 2
    if currency is None:
        after = _currency_after(s, j)
        if after is None:
            return None
        currency, j = after
        if not scaled:
            scaled = _scale_at(s, j, currency_first=True)  # "95,3 USD mln.": the scale after the currency
            if scaled:
                scale, j = scaled
    elif toks[i].low == "us" and not scaled and toks[i + 1].text != "$":
        return None  # "US 5" without a scale is too ambiguous
    v1 = parse_number(first_text, scaled=scaled is not None)
    v2 = parse_number(second.text, scaled=scaled is not None) if second else None
    text = s.text[toks[i].start:toks[j - 1].end]
    if v1 is None or second is not None and v2 is None:
        return None, j
    value = (v1 + v2) / 2 if v2 is not None else v1
    value = value * scale + added
    if value > MAX_VALUE:
        return None, j
    approx = approximation(s, i) or ("over" if scaled and toks[k].low.endswith("-plus") else None)  # "$1.2 billion-plus"
    return Amount(i, j, round(value, 2), currency, approx, text), j


def _unknown_sign_amount(s: Sentence, i: int) -> tuple[Amount | None, int] | None:
    """An amount whose currency sign is unknown but plain: a short capitalised word written onto the number, with a
    scale after it ("N5 billion", "K30 million"): the amount, its currency null, rather than no fact. The sign's word
    has one to three letters and no other reading (a month, a known tag)."""
    toks = s.tokens
    if i == 0:
        return None
    sign = toks[i - 1]
    if not (sign.kind == "w" and sign.end == toks[i].start and 1 <= len(sign.text) <= 3 and sign.text[0].isupper()
            and sign.text.isalpha() and s.tags[i - 1] is None):
        return None
    if i >= 2 and toks[i - 2].end == sign.start and toks[i - 2].kind != "p":
        return None  # inside a longer token run ("ABC-DEF12")
    j = i + 1
    first_text, j = _spaced_thousands(s, toks[i], j)
    scaled = _scale_at(s, j, currency_first=True)
    if scaled is None or _currency_after(s, scaled[1]) is not None:
        return None
    scale, j = scaled
    value = parse_number(first_text, scaled=True)
    if value is None or value * scale > MAX_VALUE:
        return None, j
    text = s.text[sign.start:toks[j - 1].end]
    return Amount(i - 1, j, round(value * scale, 2), None, approximation(s, i - 1), text), j


def _spaced_thousands(s: Sentence, first: Token, j: int) -> tuple[str, int]:
    """A number written with spaces between its thousands ("1 120.4 million", "1 120 400 thousand"): its digits as
    one number's text, and the token after it. Each group after the first has three digits and one space before it."""
    toks = s.tokens
    if not (len(first.text) <= 3 and first.text.isdecimal()):
        return first.text, j
    text = first.text
    while j < len(toks) and toks[j].kind == "n" and s.text[toks[j - 1].end:toks[j].start] == " ":
        group = toks[j].text
        if "," in group and "." not in group and len(group.split(",")[1]) <= 2:
            group = group.replace(",", ".")  # "12 345,6 thousand": a decimal comma after the groups
        if not (len(group.split(".")[0]) == 3 and group.replace(".", "", 1).isdecimal()):
            break
        text += group
        j += 1
        if "." in group:
            break  # the decimals end the number
    return text, j


_UNIT_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                             "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TEN_WORDS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if n >= 2}


def _word_value(word: str) -> int | None:
    """ "seven" -> 7, "forty" -> 40, "seventy-four" -> 74, "twenty-one" -> 21."""
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word]
    if word in _TEN_WORDS:
        return _TEN_WORDS[word]
    tens, _, unit = word.partition("-")
    if tens in _TEN_WORDS and unit in _UNIT_WORDS and 0 < _UNIT_WORDS[unit] < 10:
        return _TEN_WORDS[tens] + _UNIT_WORDS[unit]
    return None


def words_number(s: Sentence, i: int) -> tuple[float, int] | None:
    """A number written in words from token i: "two hundred and twelve", "seventy-four point five", "forty five", "six
    hundred and forty", "two point three", "one and a half": (value, end). None unless it takes more than one word or a
    word the vocabulary's one-word numbers do not give (those are read as before)."""
    toks = s.tokens
    n = len(toks)
    total = 0.0
    current = 0.0
    k = i
    seen = False
    while k < n:
        low = toks[k].low
        value = _word_value(low)
        if value is not None and (not seen or current % 100 == 0 or current % 10 == 0 and value < 10 and current % 100 >= 20):
            current += value
            seen = True
            k += 1
            continue
        if low == "hundred" and seen and current < 10:
            current *= 100
            k += 1
            continue
        if low == "thousand" and seen and k + 1 < n and _word_value(toks[k + 1].low) is not None:
            total, current = total + current * 1000, 0.0  # "two thousand five hundred" (but "two thousand tonnes" is a scale)
            k += 1
            continue
        if low == "and" and seen and k + 1 < n:
            if _word_value(toks[k + 1].low) is not None and current >= 100:
                k += 1
                continue  # "two hundred and twelve"
            if toks[k + 1].low == "a" and k + 2 < n and toks[k + 2].low == "half":
                current += 0.5
                k += 3  # "one and a half"
                break
        if low == "point" and seen and k + 1 < n:
            digits = []
            m = k + 1
            while m < n and toks[m].low in _UNIT_WORDS and _UNIT_WORDS[toks[m].low] < 10:
                digits.append(str(_UNIT_WORDS[toks[m].low]))
                m += 1
            if digits:
                current += float("0." + "".join(digits))
                k = m
            break
        break
    if not seen or k == i + 1 and "-" not in toks[i].low:
        return None
    return total + current, k


def _word_percent_at(s: Sentence, i: int) -> tuple[float, int] | None:
    """ "twenty percent", "forty per cent", "seventy-five percent": a percent in words (value, end)."""
    toks = s.tokens
    if toks[i].low == "a" or _inside_a_word_number(s, i):
        return None
    compound = words_number(s, i)
    if compound is not None:
        value, j = compound
    else:
        single = _word_value(toks[i].low)
        if single is None:
            return None
        value, j = float(single), i + 1
    if j < len(toks) and toks[j].low in ("percent", "pct") or toks[j:j + 1] and toks[j].text == "%":
        return value, j + 1
    if j + 1 < len(toks) and toks[j].low == "per" and toks[j + 1].low == "cent":
        return value, j + 2
    return None


def _inside_a_word_number(s: Sentence, i: int) -> bool:
    """Is token i a later word of a number in words ("twelve" in "two hundred and twelve", "five" in "forty five")?"""
    toks = s.tokens
    if i == 0:
        return False
    before = toks[i - 1].low
    if before in ("hundred", "point"):
        return True
    if before == "and" and i >= 2 and toks[i - 2].low == "hundred":
        return True
    return _word_value(before) is not None and _word_value(toks[i].low) is not None


_VAGUE_COUNTS = frozenset(("few", "several", "many"))


def _read_word_amount(s: Sentence, i: int) -> tuple[Amount | None, int] | None:
    """ "one and a half billion dollars", "two billion US dollars", "two hundred and twelve million dollars": a number in
    words, a scale, a currency."""
    if _inside_a_word_number(s, i):
        return None  # (read from its first word: "two hundred and twelve million" is not twelve million)
    if i > 0 and s.tokens[i - 1].low in _VAGUE_COUNTS:
        return None  # "a few hundred million dollars", "several hundred million": no figure to give
    compound = words_number(s, i)
    if compound is not None:
        number: str | None = str(compound[0])
        end = compound[1]
    else:
        number = s.tag_value(i, "number_word")
        end = s.tag_end(i, "number_word") or i + 1
    if number is None or float(number) <= 0:
        return None
    scaled = _scale_at(s, end)
    if scaled is None or len(s.tokens[end].low) <= 2:
        return None
    scale, j = scaled
    after = _currency_after(s, j)
    if after is None:
        return None
    currency, j = after
    text = s.text[s.tokens[i].start:s.tokens[j - 1].end]
    return Amount(i, j, float(number) * scale, currency, approximation(s, i), text), j


_MARK_SCALES = frozenset(("million", "billion", "trillion"))
_MARK_WORDS = frozenset(("mark", "threshold", "milestone", "barrier", "level", "bar", "line", "frontier"))


def _mark_amount(s: Sentence, i: int) -> tuple[Amount | None, int] | None:
    """ "the billion-dollar mark", "a billion-dollar threshold": one of the scale in the currency (the number is the
    article "a" or none: "the 10-billion-dollar mark" is read with its number by `read_amount`)."""
    toks = s.tokens
    if i == 0 or toks[i - 1].low not in ("the", "a") or i + 1 >= len(toks) or toks[i + 1].low not in _MARK_WORDS:
        return None
    compound = _scale_currency_word(toks[i].low)
    if compound is None:
        return None
    scale, code = compound
    return Amount(i, i + 2, scale, code, approximation(s, i), s.text[toks[i].start:toks[i + 1].end]), i + 2


def _bare_figure(s: Sentence, i: int, earlier: Amount | None) -> Amount | None:
    """ "now the figure is 22.5": a bare number restating an earlier amount takes its unit."""
    if earlier is None:
        return None
    toks = s.tokens
    k = i - 1
    while k >= 0 and s.tagged(k, "approx_about") | s.tagged(k, "approx_almost") | s.tagged(k, "approx_over"):
        k -= 1
    if k < 1 or not (s.tagged(k, "actual") or toks[k].low in ("is", "was", "at")):
        return None
    if not any(s.tag_end(m, "anaphora") in (k, k - 1) for m in range(max(0, k - 4), k)):
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and (nxt.text == "%" or s.tagged(i + 1, "times") or nxt.low in ("percent", "per")):
        return None
    value = parse_number(toks[i].text)
    if value is None:
        return None
    scale = next((x for x in (1e12, 1e9, 1e6, 1e3) if earlier.value >= x), 1.0)
    return Amount(i, i + 1, value * scale, earlier.currency, approximation(s, i), toks[i].text)


# Words joining a second amount to the first ("$1.1 billion in 2022 and 1.3 billion in 2023", "from $40 million to 55
# million"), and those that may follow an amount that is money (not "55 million tonnes", "1.3 billion people").
_SECOND_AMOUNT_LEADS = frozenset(("and", "to", ",", "or", "from", "than", "against", "versus", "vs", "while", "with"))
# Words between a metric word and its own figure ("export – 6.2 million", "imports of 35.6 million", "exports were
# 6.2 million", "imports at 35.6 million"): after an amount of the sentence, the figure is money in its currency.
_METRIC_FIGURE_LEADS = frozenset(("–", "—", "-", ":", "of", "at", "was", "were", "is", "are", "totalled", "totaled",
                                  "reached", "made"))
_METRICS_TAGS = ("turnover", "exports", "imports")
_AFTER_MONEY = frozenset(("in", "for", "during", "over", "and", "or", "respectively", "compared", "against", "than", "versus",
                          "last", "this", "a", "the", "by", "from", "to", "with", "at", "while", "which", "year-on-year", "a-year",
                          "up", "down", "increasing", "decreasing", "growing", "rising", "falling", "since", "as", "of", "is",
                          "was", "were", "are", "will", "has", "had", "have", "last", "earlier", "ago", "before", "after"))


def _scaled_figure(s: Sentence, i: int, earlier: Amount) -> Amount | None:
    """ "$1.1 billion in 2022 and 1.3 billion in 2023", "grew from $40 million to 55 million": a number and its scale
    after another amount of the sentence, joined to it, are money in the same currency."""
    toks = s.tokens
    n = len(toks)
    if i + 1 >= n or s.tags[i + 1] is None:
        return None  # (a scale word is tagged: most numbers have none after them)
    k = i - 1
    # "reached 96 million dollars, and this year we want to pass the 100 million mark": a mark of the same money
    mark = k >= 0 and toks[k].low == "the" and i + 3 <= n and toks[i + 2].low in _MARK_WORDS
    if mark:
        k -= 1
    while k >= 0 and s.tagged(k, "approx_about") | s.tagged(k, "approx_almost") | s.tagged(k, "approx_over"):
        k -= 1
    if k < 0 or earlier.j > k:
        return None
    if toks[k].low not in _SECOND_AMOUNT_LEADS and not (
            toks[k].low in _METRIC_FIGURE_LEADS
            and any(s.tagged(m, metric) for m in range(max(earlier.j, k - 6), k) for metric in _METRICS_TAGS)):
        return None
    if mark:
        scaled = _scale_at(s, i + 1)
        value = parse_number(toks[i].text, scaled=True)
        if scaled is None or scaled[1] != i + 2 or value is None or value * scaled[0] > MAX_VALUE:
            return None
        return Amount(i, i + 3, round(value * scaled[0], 2), earlier.currency, approximation(s, i),
                      s.text[toks[i].start:toks[i + 2].end])
    scaled = _scale_at(s, i + 1)
    if scaled is None:
        return None
    scale, j = scaled
    if j < n and toks[j].kind == "w" and toks[j].low not in _AFTER_MONEY:
        return None  # a count of something: "55 million tonnes"
    if j < n and toks[j].kind == "n":
        return None
    value = parse_number(toks[i].text, scaled=True)
    if value is None or value * scale > MAX_VALUE:
        return None
    return Amount(i, j, round(value * scale, 2), earlier.currency, approximation(s, i), s.text[toks[i].start:toks[j - 1].end])


# ---------------------------------------------------------------- changes

_FILLERS = frozenset(
    "by on of almost nearly about more than over around some roughly approximately just only slightly a an to another "
    "further additional whole significant considerable impressive record solid strong sharp".split()
)


def _change_word(s: Sentence, k: int) -> str | None:
    if s.tokens[k].low in ("up", "down") and k > 0 and (s.tag_end(k - 1, "actual") or 0) > k:
        return None  # the "up" of "made up"
    if s.tagged(k, "up"):
        return "up"
    if s.tagged(k, "down"):
        return "down"
    return None


def _nearest_direction(s: Sentence, i: int, j: int) -> str:
    """The direction of the nearest change word before token i, else right after token j."""
    at = s.at
    # `_change_word` names a direction only at a token tagged "up" or "down": those are the only ones to ask
    marked: list[int] = sorted({*at.get("up", ()), *at.get("down", ())})
    if not marked:
        return "up"
    for k in reversed(marked):
        if k < i:
            word = _change_word(s, k)
            if word:
                return word
    stop = min(len(s.tokens), j + 6)
    for k in marked:
        if j <= k < stop:
            word = _change_word(s, k)
            if word:
                return word
    return "up"


def _percent_at(s: Sentence, i: int) -> tuple[float, int] | None:
    """ "12.5%", "12.5 percent", "12-15 per cent" starting at token i: (value, end)."""
    toks = s.tokens
    n = len(toks)
    if toks[i].kind != "n" or len(toks[i].text) > 8:
        return None
    j = i + 1
    if j + 1 < n and toks[j].text == "-" and toks[j].start == toks[i].end and toks[j + 1].start == toks[j].end and \
            toks[j + 1].low in ("percent", "per"):
        j += 1  # "a 7.2-percent increase"
    # no percent after the number or its range ("12-15"): none, whatever the number (parse_number is the dearer test)
    k = i + 3 if j + 1 < n and toks[j].text in "-–" and toks[j + 1].kind == "n" else j
    if not (k < n and (toks[k].text == "%" or toks[k].low in ("percent", "percents", "pct", "per", "p") or toks[k].text == "pc")):
        return None
    value = parse_number(toks[i].text)
    if value is None:
        return None
    if j + 1 < n and toks[j].text in "-–" and toks[j + 1].kind == "n":
        other = parse_number(toks[j + 1].text)
        if other is None:
            return None
        value = (value + other) / 2
        j += 2
    if j < n and toks[j].text == "%":
        return value, j + 1
    if j < n and (toks[j].low in ("percent", "percents", "pct") or toks[j].text == "pc"):
        return value, j + 1  # ("percents": translated from Russian; "pc" of the British press, not "PC")
    if j + 1 < n and toks[j].low == "per" and toks[j + 1].low == "cent":
        return value, j + 2
    if j + 2 < n and toks[j].low == "p" and toks[j + 1].text == "." and toks[j + 2].low == "c":  # "12 p.c."
        return value, j + 4 if j + 3 < n and toks[j + 3].text == "." and toks[j + 3].start == toks[j + 2].end else j + 3
    return None


_LEVEL_NOUNS = frozenset(("level", "figure", "indicator", "volume", "result"))


def _of_a_level(s: Sentence, j: int) -> bool:
    """ "of the 2021 level", "of the level of 2021", "of last year's figure": a ratio to a base."""
    toks = s.tokens
    if not (j + 2 < len(toks) and toks[j].low == "of"):
        return False
    k = j + 1
    if toks[k].low == "the":
        k += 1
    if k < len(toks) and (_is_year(toks[k]) or s.tagged(k, "last_year") or s.tagged(k, "base_marker")):
        k = (s.tag_end(k, "last_year") or s.tag_end(k, "base_marker") or k + 1) if not _is_year(toks[k]) else k + 1
    return k < len(toks) and toks[k].low in _LEVEL_NOUNS and (k > j + 2 or toks[j + 1].low == "the")


def _classify_percent(s: Sentence, i: int, j: int, value: float) -> Change | None:
    """A percent as a change: signed by its change word, or a ratio to the base (107.5% -> +7.5), or nothing
    (a share: "40% of exports")."""
    toks = s.tokens
    k = i - 1
    walked_by = False
    while k >= 0:
        if toks[k].low == "than" and k > 1 and toks[k - 1].low in ("less", "fewer") and toks[k - 2].low in ("no", "not"):
            k -= 3  # "by no less than 20%": a floor, not a fall
        elif toks[k].low == "least" and k > 0 and toks[k - 1].low == "at":
            k -= 2  # "by at least 20%"
        elif toks[k].low in _FILLERS:
            walked_by = walked_by or toks[k].low == "by"
            k -= 1
        else:
            break
    plus = i > 0 and toks[i - 1].text == "+" and toks[i - 1].end == toks[i].start
    left = _change_word(s, k) if k >= 0 else None
    right = _change_word(s, j) if j < len(toks) else None
    if right is None and j + 1 < len(toks) and toks[j].low in ("is", "was", "are", "were"):
        right = _change_word(s, j + 1)  # "which on 12 percent is less": translated from Russian
    if right is None and left is None:
        left, right = _told_also_in_money(s, i, j)
    if right is None and j < len(toks):
        # "a 20% year-on-year decline", "a 20% y/y rise": the change word after the base
        past = s.tag_end(j, "base_marker") or (j + 3 if [t.text.lower() for t in toks[j:j + 3]] == ["y", "/", "y"] else None)
        if past is not None and past < len(toks) and toks[past].kind == "w":
            right = _change_word(s, past)
    # "$315.2 million (109.1%)": a percent in brackets after an amount is its ratio to the base; after anything else
    # it is a share ("food (40%) and machinery (30%)")
    ratio_before = i > 1 and toks[i - 1].text == "(" and _ends_an_amount(s, i - 2) or "ratio_before" in s.at and any(
        s.tag_end(m, "ratio_before") == i for m in range(max(0, i - 5), i)
    )
    ratio_after = s.tagged(j, "ratio_after") or _of_a_level(s, j) or value > 100 and _growth_rate_before(s, i) \
        or _to_a_period(s, j)
    if not (left or right or ratio_before):
        noun = _change_noun_before(s, i)
        if noun is not None:  # "the growth was 19 percent", "the increase in trade amounted to 19%"
            return Change(i, j, "percent", -value if noun == "down" else value)
    if plus:
        return Change(i - 1, j, "percent", value)
    if i > 1 and toks[i - 1].text in _MINUS and toks[i - 1].end == toks[i].start and toks[i - 2].text == "(":
        return Change(i - 1, j, "percent", -value)  # "$60 million (-5%)"
    if not (left or right) and _share_before(s, i):
        return None  # "accounts for 40% of exports", "the share ... is 12%"
    if left and toks[i - 1].low == "to":
        if _share_before(s, i):
            return None  # "the share of exports grew to 45%": the share's new size
        if value > 100:
            return Change(i, j, "percent", round(value - 100, 3))  # "grew to 118%": a level, no share or rise exceeds it
    if left and not ratio_before or right:
        word = left or right
        return Change(i, j, "percent", -value if word == "down" else value)
    if (walked_by or _coordinated_change(s, i)) and not ratio_before:
        # "imports by 4% against 2022", "grew 8% against 2019 and 20% against 2020": a change, as the first one is
        # (a ratio to the base is never "by" a percent)
        direction = _nearest_direction(s, i, j)
        return Change(i, j, "percent", -value if direction == "down" else value)
    if ratio_after or ratio_before and not (j < len(toks) and toks[j].low == "of"):
        return Change(i, j, "percent", round(value - 100, 3))
    if walked_by:
        direction = _nearest_direction(s, i, j)
        return Change(i, j, "percent", -value if direction == "down" else value)
    return None


def _told_also_in_money(s: Sentence, i: int, j: int) -> tuple[str | None, str | None]:
    """The change words (before, after) of a percent at tokens i..j told beside the same change in money, the two as
    one: "18.4 percent, or $13.4 million, more than in 2023", "18.4% ($13.4 million) more than", "increased by $13.4
    million, or 18.4 percent", "This is $13.4 million, or 18.4 percent, more than"."""
    toks = s.tokens
    n = len(toks)
    if j + 2 < n and (toks[j].text == "," and toks[j + 1].low == "or" or toks[j].text == "("):
        close = "," if toks[j].text == "," else ")"
        start = j + 2 if close == "," else j + 1
        end = next((m for m in range(start + 1, min(n - 1, start + 6)) if toks[m].text == close), None)
        if end is not None and _ends_an_amount(s, end - 1) and all(_in_an_amount(s, m) for m in range(start, end)):
            return None, _change_word(s, end + 1)
    if i >= 3 and toks[i - 1].low == "or" and toks[i - 2].text == "," and _ends_an_amount(s, i - 3) and not (
            j < n and toks[j].low == "of"):  # (not "rose to $86 million, or 18% of the total": a share)
        k = i - 3
        while k >= 0 and i - 3 - k < 5 and _in_an_amount(s, k):
            k -= 1
        right = _change_word(s, j + 1) if j + 1 < n and toks[j].text == "," else None  # ", or 18.4 percent, more than"
        if k >= 0 and toks[k].low == "by":  # "increased by $13.4 million, or 18.4 percent" (not "rose to $86 million")
            while k >= 0 and toks[k].low in _FILLERS:
                k -= 1
            return (_change_word(s, k) if k >= 0 else None), right
        return None, right
    return None, None


def _in_an_amount(s: Sentence, k: int) -> bool:
    """Is token k a piece of an amount: a number, a scale, a currency before or after it ("$", "US", "dollars")?"""
    return _ends_an_amount(s, k) or s.tagged(k, "currency_before") or s.tokens[k].text in ("$", "€", "£", "US")


CHANGE_NOUNS = frozenset(("growth", "increase", "rise", "gain", "jump", "decline", "decrease", "drop", "fall", "reduction"))
_FALLS = frozenset(("decline", "decrease", "drop", "fall", "reduction"))
_LABEL_MARKS = frozenset((":", "–", "—", "-"))
_COPULAS = frozenset(("was", "is", "were", "are", "amounted", "to", "made", "stood", "at", "equalled", "equaled", "totalled",
                      "totaled", "reached", "came", "constituted", "will", "be", "would", "could"))


def _change_noun_before(s: Sentence, i: int) -> str | None:
    """The direction of a change named as a noun whose size the percent at token i gives: "the growth was 19 percent",
    "the increase in trade amounted to 19%", "the growth over the same period of the previous year was 19 percent"
    (not "the growth rate was 115%", a ratio)."""
    toks = s.tokens
    k = i - 1
    if k > 0 and toks[k].text in _LABEL_MARKS and toks[k - 1].low in CHANGE_NOUNS:
        # a labelled change, as translated from Russian: "$612.8 million (growth: 9.6%)", "(decline – 3%)"
        return "down" if toks[k - 1].low in _FALLS else "up"
    if k > 0 and toks[k].low == "up" and toks[k - 1].low == "made":
        k -= 1  # "the growth made up 9.6%"
    if k < 0 or toks[k].low not in _COPULAS:
        return None
    while k >= 0 and toks[k].low in _COPULAS:
        k -= 1
    clauses = s.clause_ids()
    for m in range(k, max(-1, k - 12), -1):
        if clauses[m] != clauses[i] or toks[m].kind == "n" and not _is_year(toks[m]):
            return None
        if toks[m].low in CHANGE_NOUNS and not (m + 1 < len(toks) and toks[m + 1].low == "rate"):
            return "down" if toks[m].low in _FALLS else "up"
    return None


def _coordinated_change(s: Sentence, i: int) -> bool:
    """Is the percent at token i the second of two changes joined by "and" ("grew 8% against 2019 and 20% against
    2020")? A change word, then a percent, come before the "and"."""
    toks = s.tokens
    if not (i > 1 and toks[i - 1].low == "and"):
        return False
    at = s.at
    marked = [*at.get("up", ()), *at.get("down", ())]
    return any(t.text == "%" or t.low in ("percent", "cent") for t in toks[min(marked, default=i):i - 1]) and \
        any(_change_word(s, k) for k in marked if k < i - 1)


def _to_a_period(s: Sentence, j: int) -> bool:
    """ "108.4% to January-August 2023", "94% to 2022": a percent "to" a period is its ratio to that base (translated
    from Russian)."""
    toks = s.tokens
    if j + 1 >= len(toks) or toks[j].low != "to":
        return False
    nxt = toks[j + 1]
    return _is_year(nxt) or nxt.kind == "w" and nxt.low.split("-")[0].rstrip(".") in MONTHS


def _growth_rate_before(s: Sentence, i: int) -> bool:
    """ "the growth rate of trade between Belarus and the region was 115.3%": a rate named earlier in the clause, and the
    percent above 100, is a ratio to the base (+15.3%)."""
    toks = s.tokens
    clauses = s.clause_ids()
    return any(toks[m].low == "growth" and toks[m + 1].low == "rate" and clauses[m] == clauses[i] for m in range(i - 1))


_MINUS = frozenset(("-", "\u2212", "\u2013"))  # hyphen, minus sign, en dash


def _ends_an_amount(s: Sentence, k: int) -> bool:
    """Does token k end an amount: a number, a scale word ("million"), or a currency after the number ("dollars",
    "US dollars")?"""
    if s.tokens[k].kind == "n" or s.tagged(k, "scale"):
        return True
    return any(s.tag_end(m, "currency_after") == k + 1 for m in range(max(0, k - 2), k + 1))


def _coordinated(s: Sentence, end: int, i: int) -> bool:
    """Is token i the next item of a list whose previous item ended at token `end` ("14% and 6%")?"""
    between = [t.low for t in s.tokens[end:i]]
    return between in (["and"], [","], ["or"], [",", "and"])


def _share_before(s: Sentence, i: int) -> bool:
    shares = s.at.get("share")
    if not shares:
        return False
    clauses = s.clause_ids()
    return any(m < i and clauses[m] == clauses[i] for m in shares)


def _times_at(s: Sentence, i: int) -> tuple[float, int] | None:
    """ "2.5 times", "2.5-fold", "two times", "one and a half times": (factor, end)."""
    toks = s.tokens
    n = len(toks)
    number: str | None = None
    if toks[i].kind == "n":
        if len(toks[i].text) > 6:
            return None
        j = i + 1
    else:
        number = s.tag_value(i, "number_word")
        if number is None or toks[i].low == "a":
            return None
        j = s.tag_end(i, "number_word") or i + 1
    if j < n and toks[j].text == "-" and j + 1 < n and toks[j + 1].low in ("times", "fold"):
        j += 1
    if not (j < n and toks[j].low in ("times", "fold") and not (j + 1 < n and toks[j + 1].low in ("a", "per"))):
        return None  # no "times" after the number: asked first, the number read only before one
    if j + 2 < n and toks[j + 1].low == "as" and toks[j + 2].low in ("many", "few"):
        return None  # "three times as many as in 2020": a count of things (companies, visitors), not of money
    factor = parse_number(toks[i].text) if number is None else float(number)
    if factor is None or factor <= 0:
        return None
    return factor, j + 1


def _times_listed(s: Sentence, i: int) -> float | None:
    """ "2.4 and 2.1 times", "1.5, 1.3 and 1.2 times": a number listed before others whose last says "times" is a
    factor too (not a year: "in 2022 and 2.1 times ..."; not a range: "2-3 times")."""
    toks = s.tokens
    n = len(toks)
    if len(toks[i].text) > 6 or _is_year(toks[i]):
        return None
    j = i + 1
    while j + 1 < n and toks[j].low in ("and", ",") and toks[j + 1].kind == "n":
        if _times_at(s, j + 1) is not None:
            factor = parse_number(toks[i].text)
            return factor if factor is not None and factor > 0 else None
        j += 2
    return None


_BASE_FORMS = frozenset(("double", "triple", "treble", "quadruple"))
# What may follow the verb: its object, or the words of the clause ("it can double and reach $2 million").
_AFTER_A_VERB = frozenset("the a an its their our this that these it them trade turnover exports imports supplies volume "
                          "volumes mutual bilateral and or but by in to from within over during until till than as at "
                          "again soon next this already almost nearly at least".split())


def _adjective_before_noun(s: Sentence, i: int) -> bool:
    """ "double taxation", "Double Taxation", "triple win": the base form of a multiplying verb before another noun is an
    adjective, not a change ("to double trade", "double the volume" are changes)."""
    if s.tokens[i].low not in _BASE_FORMS or i + 1 >= len(s.tokens):
        return False
    after = s.tokens[i + 1]
    if i > 0 and s.tokens[i - 1].low in _BEFORE_A_VERB:
        return False  # "agreed to double agricultural exports", "will triple mutual trade"
    return after.kind == "w" and after.low not in _AFTER_A_VERB and not any(
        s.tagged(k, metric) for k in range(i + 1, min(len(s.tokens), i + 3)) for metric in ("turnover", "exports", "imports"))


_BEFORE_A_VERB = frozenset(("to", "will", "would", "shall", "can", "could", "must", "should", "might"))


def _times_change(s: Sentence, i: int, j: int, factor: float) -> Change:
    """A factor: "grew 2.5 times" -> times 2.5; "fell 2 times" -> percent -50."""
    if factor > 1 and _nearest_direction(s, i, j) == "down":
        return Change(i, j, "percent", round(-(1 - 1 / factor) * 100, 1))
    return Change(i, j, "times", factor)


def _fraction_at(s: Sentence, i: int) -> Change | None:
    """ "by a third", "by almost a quarter", "an increase of one third" with a change word: percent 33.3 / 25."""
    toks = s.tokens
    if toks[i].low not in ("by", "of", "up", "down"):
        return None  # ("up almost a third", "down by a quarter")
    k = i + 1
    while k < len(toks) and toks[k].low in ("almost", "nearly", "about", "more", "than", "over", "around", "some", "roughly", "by"):
        k += 1
    value = s.tag_value(k, "fraction")
    if value is None:
        return None
    end = s.tag_end(k, "fraction") or k + 1
    if s.tagged(end, "scale") or s.tagged(end, "number_word") and s.tagged(end + 1, "scale"):
        return None  # "by half a billion dollars" is an amount
    if not any(_change_word(s, m) for m in range(max(0, i - 8), min(len(toks), end + 4))) and not (
            i > 0 and toks[i - 1].text in "–—-" and any(_change_word(s, m) for m in range(i))):
        return None  # (a list after a dash goes on from the change word before it: "..., to Vietnam – by a third")
    direction = _change_word(s, i) or _nearest_direction(s, i, end)  # "down a quarter": the word it opens on
    v = float(value)
    return Change(i, end, "percent", -v if direction == "down" else v)


_MORE = frozenset(("more", "higher", "greater", "larger", "bigger"))
_LESS = frozenset(("less", "lower", "smaller", "fewer"))


def _compared_with_a_name(toks: list[Token], end: int) -> bool:
    """Does a factor's phrase ending before token `end` go on "as" or "than" and a name ("twice as much as Orenburg",
    "twice more than Kazakhstan")? That compares two parties, not a figure with its own past (not "than January")."""
    return end + 1 < len(toks) and toks[end].low in ("as", "than") and toks[end + 1].kind == "w" \
        and toks[end + 1].text[0].isupper() and toks[end + 1].low not in MONTHS


def _compared_end(s: Sentence, end: int) -> tuple[int, int] | None:
    """(sign, end) of the comparison right after a fraction at token `end`: "more", "less", "as much again"."""
    toks = s.tokens
    n = len(toks)
    if end >= n:
        return None
    low = toks[end].low
    if low in _MORE or low in _LESS:
        j = end + 1
        if j + 1 < n and toks[j].low == "than" and (toks[j + 1].kind == "n" or s.tagged(j + 1, "currency_before")):
            return None  # "in a quarter more than 100 tractors were sold": "more than" a number, no change
        return (1 if low in _MORE else -1), j
    if end + 2 < n and toks[end].low == "as" and toks[end + 1].low in ("much", "many") and toks[end + 2].low == "again":
        return 1, end + 3  # "half as much again": +50% (not "half as much", a ratio to something else)
    return None


def _fraction_compared_at(s: Sentence, i: int) -> Change | None:
    """ "a quarter more than a year earlier", "one third less", "half as much again": a fraction with the word it is
    compared by, itself the change: percent 25 / -33.3 / 50."""
    value = s.tag_value(i, "fraction")
    if value is None:
        return None
    compared = _compared_end(s, s.tag_end(i, "fraction") or i + 1)
    if compared is None:
        return None
    return Change(i, compared[1], "percent", compared[0] * float(value))


# ---------------------------------------------------------------- periods

_YEAR = re.compile(r"(?:19|20)\d\d")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _is_year(tok: Token) -> bool:
    return tok.kind == "n" and len(tok.text) == 4 and _YEAR.fullmatch(tok.text) is not None


def _year_ref(s: Sentence, j: int, today: date | None) -> tuple[int | None, int, bool]:
    """A year named after a part of a year: ", 2021", "of 2021", "this year", "of last year".

    Returns (year, end, named): named is False when no year follows (the article's year is then assumed)."""
    toks = s.tokens
    n = len(toks)
    k = j
    if k < n and toks[k].text in ",[(":
        k += 1  # "the first four months [of 2023]"
    if k < n and toks[k].low in ("of", "in"):
        k += 1
    if k < n and toks[k].low == "the" and k + 1 < n and _is_year(toks[k + 1]):
        k += 1
    if k < n and _is_year(toks[k]):
        closed = k + 2 if k + 1 < n and toks[k + 1].text in ")]" else k + 1
        return int(toks[k].text), closed, True
    for category, offset in (("this_year", 0), ("last_year", -1), ("next_year", 1)):
        end = s.tag_end(k, category)
        if end is not None:
            return (today.year + offset if today else None), end, True
    return (today.year if today else None), j, False


def _resolve_part(year: int | None, named: bool, first_month: int, last_month: int, today: date | None) -> tuple[date, date] | None:
    """Months of a year; with no year named, the latest such months before the article's date."""
    if year is None:
        return None
    if not named and today is not None and last_month > today.month:
        year -= 1  # "in January-November", said in February: last year's
    return date(year, first_month, 1), _month_end(year, last_month)


def _month_number(tok: Token) -> int | None:
    return MONTHS.get(tok.low.rstrip("."))


def _months_at(s: Sentence, i: int, today: date | None) -> tuple[PeriodSpan, int] | None:
    """ "January-April 2023", "from January to May", "Jan.-Apr.", "January through March of last year"."""
    toks = s.tokens
    n = len(toks)
    tok = toks[i]
    start = i - 1 if i > 0 and toks[i - 1].low in ("from", "between") else i
    if "-" in tok.low:  # "January-April" is one token
        parts = tok.low.split("-")
        if len(parts) != 2:
            return None
        m1, m2 = MONTHS.get(parts[0].rstrip(".")), MONTHS.get(parts[1].rstrip("."))
        j = i + 1
    else:
        m1 = _month_number(tok)
        j = i + 1
        if j < n and toks[j].text == "." and toks[j].start == tok.end:
            j += 1
        m2 = None
        if j + 1 < n and (toks[j].text in "-–—" or toks[j].low in ("to", "through", "till", "until", "and")):
            m2 = _month_number(toks[j + 1])
            if m2 is not None:  # "January to May"; not "in February to $21.2 million"
                j += 2
                if j < n and toks[j].text == "." and toks[j].start == toks[j - 1].end:
                    j += 1
    if m1 is None:
        return None
    if m2 is None and j < n and _is_day(toks[j]):
        days = _days_span(s, start, j, m1)
        if days is not None:
            return days
    if m2 is None:
        as_of = _as_of_first(s, i, j, m1, today)
        if as_of is not None:
            return as_of
        # one month with a year: "in March 2023"; not "on 16 May 2022" (a day)
        if i > 0 and toks[i - 1].kind == "n" or j >= n:
            return None
        k = j + 1 if toks[j].text == "," else j
        if k < n and _is_year(toks[k]) and not (k + 1 < n and toks[k + 1].kind == "n"):
            y = int(toks[k].text)
            joined = k + 1 < n and (toks[k + 1].text in "-–—" or start < i and (
                toks[k + 1].low in ("to", "through", "till", "until") or toks[start].low == "between" and toks[k + 1].low == "and"))
            if k + 3 < n and joined and s.is_month(k + 2) and _is_year(toks[k + 3]) \
                    and not (k + 4 < n and toks[k + 4].kind == "n"):
                # "July 2022-June 2023", "from October 2025 to March 2026", "between October 2025 and March 2026": from
                # the one month to the other, a year on at most
                y2, m2 = int(toks[k + 3].text), _month_number(toks[k + 2])
                if m2 is not None and (y, m1) < (y2, m2) <= (y + 1, m1):
                    return PeriodSpan(start, k + 4, "period", date(y, m1, 1), _month_end(y2, m2)), k + 4
            return PeriodSpan(start, k + 1, "period", date(y, m1, 1), _month_end(y, m1)), k + 1
        return _lone_month(s, i, j, m1, today)
    if m1 > m2:
        return None
    return _part_span(s, start, j, (m1, m2), today)


_DAYS_TO = frozenset(("-", "–", "—", "to", "through", "till", "until"))


def _days_span(s: Sentence, start: int, j: int, m1: int) -> tuple[PeriodSpan, int] | None:
    """ "March 21-October 22, 2023", "from March 20 to September 21, 2024": the days from one day of a month to a day of
    a later month of the year named after them (a year not in the calendar's months, as the Iranian one: read as its
    days). One month's days ("on March 21-22, 2023") are the days of a meeting, no period of a figure."""
    toks = s.tokens
    n = len(toks)
    d1 = int(toks[j].text)
    k = j + 1
    if not (k + 2 < n and toks[k].low in _DAYS_TO and s.is_month(k + 1) and _is_day(toks[k + 2])):
        return None
    m2 = _month_number(toks[k + 1])
    d2 = int(toks[k + 2].text)
    k += 3
    if k < n and toks[k].text == ",":
        k += 1
    if m2 is None or m2 <= m1 or not (k < n and _is_year(toks[k])) or k + 1 < n and toks[k + 1].kind == "n":
        return None
    year = int(toks[k].text)
    try:
        first, last = date(year, m1, d1), date(year, m2, d2)
    except ValueError:
        return None
    return PeriodSpan(start, k + 1, "period", first, last), k + 1


_MONTH_LEADS = frozenset(("in", "for", "during", "over", "throughout"))


def _as_of_first(s: Sentence, i: int, j: int, month: int, today: date | None = None) -> tuple[PeriodSpan, int] | None:
    """ "as of October 1, 2025", "as of 1 October 2025": the year to that day, January to the month before (a whole
    year for "as of January 1, 2025": 2024). The month is token i, the token after it j."""
    toks = s.tokens
    n = len(toks)
    if i >= 3 and toks[i - 1].text == "1" and toks[i - 2].low in ("of", "at") and toks[i - 3].low == "as":
        start, k = i - 3, j  # "as of 1 October 2025"
    elif i >= 2 and toks[i - 1].low in ("of", "at") and toks[i - 2].low == "as" and j < n and toks[j].text == "1":
        start, k = i - 2, j + 1  # "as of October 1, 2025"
        if k < n and toks[k].text == ",":
            k += 1
    else:
        return None
    if k < n and _is_year(toks[k]):
        year, end = int(toks[k].text), k + 1
    elif today is not None and month <= today.month and month > 1:
        year, end = today.year, k  # "As of 1 October, the turnover since the start of the year ...": this year's
        if end > start and toks[end - 1].text == ",":
            end -= 1
    else:
        return None
    first, last = (date(year - 1, 1, 1), date(year - 1, 12, 31)) if month == 1 else (date(year, 1, 1), _month_end(year, month - 1))
    return PeriodSpan(start, end, "period", first, last), end


def _lone_month(s: Sentence, i: int, j: int, month: int, today: date | None) -> tuple[PeriodSpan, int] | None:
    """A month without a year after "in", "for", ...: "In January 2024 ... $18.1 million, in February $21.2 million" (of
    the year the sentence names before it), "In March the trade stood at $23.1 million" (of the article's year, when
    that month is past by the article's date; else a month of no known year). Not "may", nor a day ("May 5")."""
    toks = s.tokens
    if not (i > 0 and toks[i - 1].low in _MONTH_LEADS and toks[i].text[0].isupper()):
        return None
    if j < len(toks) and toks[j].kind == "n":
        return None  # "in May 5" is a date
    named_year, end, named = _year_ref(s, j, today)
    if named and end > j:  # "In January of this year", "in October last year"
        if named_year is None:
            return PeriodSpan(i - 1, end, "unknown"), end
        return PeriodSpan(i - 1, end, "period", date(named_year, month, 1), _month_end(named_year, month)), end
    year = next((int(toks[k].text) for k in range(i - 1, -1, -1) if _is_year(toks[k])), None)
    if year is None and today is not None and month <= today.month:
        year = today.year
    if year is None:
        return PeriodSpan(i - 1, j, "unknown"), j
    return PeriodSpan(i - 1, j, "period", date(year, month, 1), _month_end(year, month)), j


def _count_at(s: Sentence, k: int) -> tuple[int, int] | None:
    """A small count at token k ("4", "four", "eleven"): (count, end)."""
    toks = s.tokens
    if k >= len(toks):
        return None
    if toks[k].kind == "n" and toks[k].text.isdecimal() and len(toks[k].text) <= 2:
        return int(toks[k].text), k + 1
    value = s.tag_value(k, "number_word")
    if value is not None and toks[k].low != "a" and float(value).is_integer() and float(value) > 0:
        return int(float(value)), s.tag_end(k, "number_word") or k + 1
    return None


def _part_at(s: Sentence, i: int, today: date | None) -> tuple[PeriodSpan, int] | None:
    """ "the first half of 2016", "H1 2023", "Q1", "the third quarter", "the first 7 months of 2017", "9M 2022",
    "nine months", "over 4 months", "the first two quarters"."""
    toks = s.tokens
    n = len(toks)
    tok = toks[i]
    back = _years_back_at(s, i, today)
    if back is not None:
        return back
    months: tuple[int, int] | None = None
    j = i
    half = s.tag_value(i, "half")
    if half is not None:
        a, b = half.split("-")
        months, j = (int(a), int(b)), s.tag_end(i, "half") or i + 1
    elif tok.low in ("q", "h") and tok.text.isupper() and i + 1 < n and toks[i + 1].start == tok.end and toks[i + 1].text in "1234":
        q = int(toks[i + 1].text)
        if tok.low == "h" and q <= 2:
            months = (1, 6) if q == 1 else (7, 12)
        elif tok.low == "q":
            months = (q * 3 - 2, q * 3)
        j = i + 2
        if tok.low == "q" and j + 2 < n and toks[j].text in "-–" and toks[j + 1].text == "Q" and toks[j + 2].text in "1234" \
                and toks[j + 2].start == toks[j + 1].end and int(toks[j + 2].text) > q:
            months, j = (q * 3 - 2, int(toks[j + 2].text) * 3), j + 3  # "Q1-Q3 2025": a span of quarters
    elif tok.kind == "n" and tok.text.isdecimal() and i + 2 < n and toks[i + 1].text in ("M", "H", "Q") \
            and toks[i + 1].start == tok.end and _is_year(toks[i + 2]):
        # "9M 2022": the first nine months of the year; "1H 2023", "3Q 2022": a half, a quarter
        number, unit = int(tok.text), toks[i + 1].text
        if unit == "M" and 1 <= number <= 12:
            months = (1, number)
        elif unit == "H" and number in (1, 2):
            months = (1, 6) if number == 1 else (7, 12)
        elif unit == "Q" and 1 <= number <= 4:
            months = (number * 3 - 2, number * 3)
        j = i + 2
    elif s.tagged(i, "ordinal") and i + 1 < n:
        q = int(s.tag_value(i, "ordinal") or 0)
        if toks[i + 1].low == "quarter" and tok.low != "last" or toks[i + 1].low == "quarter" and tok.low == "last":
            months, j = (q * 3 - 2, q * 3), i + 2
        elif tok.low in ("first", "1st"):
            count = _count_at(s, i + 1)
            if count and count[1] < n and toks[count[1]].low in ("months", "month") and 1 <= count[0] <= 12:
                months, j = (1, count[0]), count[1] + 1
            elif count and count[1] < n and toks[count[1]].low == "quarters" and count[0] in (2, 3):
                months, j = (1, count[0] * 3), count[1] + 1
    elif tok.kind != "n" or i + 1 < n and toks[i + 1].low in ("months", "quarters"):  # (a number just before them)
        count = _count_at(s, i)
        if count and count[1] < n and toks[count[1]].low == "quarters" and count[0] in (2, 3) and \
                _months_of_a_year(s, count[1] + 1):
            months, j = (1, count[0] * 3), count[1] + 1  # "in three quarters of 2023" (not "three quarters of exports")
        elif count and count[1] < n and toks[count[1]].low == "months" and 2 <= count[0] <= 11:
            lead = toks[i - 1].low if i else ""
            if lead == "same" and not _months_of_a_year(s, count[1] + 1):
                # "over the same eight months": the months of the figure given before (trade.py checks they are those)
                start = i - 2 if i > 1 and toks[i - 2].low == "the" else i - 1
                return PeriodSpan(start, count[1] + 1, "same", months=(1, count[0])), count[1] + 1
            if lead in ("in", "over", "for", "during", "the", "first", "past", "same") or i == 0 or _months_of_a_year(s, count[1] + 1):
                months, j = (1, count[0]), count[1] + 1  # (after any word, "8 months of 2023": "the results of ...")
    if months is None:
        return None
    start = i
    if months[0] > 1 and i > 1 and toks[i - 1].low == "the" and toks[i - 2].low == "of" and i > 2 and toks[i - 3].low == "as":
        months = (1, months[1])  # "as of the third quarter": the year to date
    if i > 0 and toks[i - 1].low == "the":
        start = i - 1
    return _part_span(s, start, j, months, today)


def _months_of_a_year(s: Sentence, j: int) -> bool:
    """Does "of" and a named year follow token j ("[8 months] of 2023", "of this year", "of last year")?"""
    toks = s.tokens
    if not (j < len(toks) and toks[j].low == "of"):
        return False
    k = j + 1
    return k < len(toks) and (_is_year(toks[k]) or any(s.tag_end(k, c) is not None for c in ("this_year", "last_year")))


def _part_span(s: Sentence, start: int, j: int, months: tuple[int, int], today: date | None) -> tuple[PeriodSpan, int]:
    """Months of a year from token `start`, their year read from token j on ("of 2023", "last year"), else the
    article's (the months keep their numbers, for a base to date them: `_dated_by_base`)."""
    year, end, named = _year_ref(s, j, today)
    unnamed = None if named else months
    if year is None:
        return PeriodSpan(start, end, "unknown", months=unnamed), end
    span = _resolve_part(year, named, months[0], months[1], today)
    assert span is not None
    return PeriodSpan(start, end, "period", *span, months=unnamed), end


def _year_at(s: Sentence, i: int) -> tuple[PeriodSpan, int] | None:
    """ "2021", "2021-2025", "2023–2025"; not "the 2018 World Cup" (a year naming something)."""
    toks = s.tokens
    n = len(toks)
    if i > 0 and (toks[i - 1].text in "$€£¥₽₸₹₺" or toks[i - 1].kind == "n" or toks[i - 1].text in ".,-–" and i > 1 and toks[i - 2].kind == "n"
                  and not (toks[i - 1].text == "," and toks[i - 1].end < toks[i].start and _is_year(toks[i - 2]))):
        return None  # part of an amount or a date (not a list of years: "In 2021, 2022 and 2023")
    y1 = int(toks[i].text)
    if i + 2 < n and toks[i + 1].text == "/" and toks[i + 2].kind == "n" and toks[i + 2].text in (str(y1 + 1), str(y1 + 1)[2:]):
        # "2022/2023", "2022/23": a year that is no calendar year (a fiscal, marketing or academic year), its months
        # depending on whose year it is: no calendar period
        return PeriodSpan(i, i + 3, "vague"), i + 3
    if i + 2 < n and toks[i + 1].text in "-–" and _is_year(toks[i + 2]):
        y2 = int(toks[i + 2].text)
        if y1 < y2 <= y1 + 10:
            return PeriodSpan(i, i + 3, "period", date(y1, 1, 1), date(y2, 12, 31)), i + 3
        return None
    if i > 0 and i + 2 < n and _SPAN_ENDS.get(toks[i - 1].low) is not None and toks[i + 1].low in _SPAN_ENDS[toks[i - 1].low] \
            and _is_year(toks[i + 2]) and y1 < int(toks[i + 2].text) <= y1 + 10 and not _after_day(s, i + 2):
        # "from 2019 to 2023", "between 2019 and 2023": the years from one to the other, as "2019-2023" (not "from 2019 to
        # 12 May 2023", a date)
        return PeriodSpan(i, i + 3, "period", date(y1, 1, 1), date(int(toks[i + 2].text), 12, 31)), i + 3
    if i > 0 and i + 2 < n and toks[i - 1].low == "from" and toks[i + 1].low in _SPAN_ENDS["from"]:
        month = _month_number(toks[i + 2]) if s.is_month(i + 2) else None
        if month is not None and i + 3 < n and _is_year(toks[i + 3]) and y1 <= int(toks[i + 3].text) <= y1 + 10 \
                and not _after_day(s, i + 3):
            # "from 2020 till May 2022": from the first year's start to the month's end
            return PeriodSpan(i, i + 4, "period", date(y1, 1, 1), _month_end(int(toks[i + 3].text), month)), i + 4
        if month is not None or _is_day(toks[i + 2]):
            return PeriodSpan(i, i + 2, "vague"), i + 2  # "from 2019 to 5 May 2022": not the year 2019 alone
    if i + 1 < n and (toks[i + 1].text == "%" or toks[i + 1].text in "-–" and toks[i + 1].start == toks[i].end
                      or toks[i + 1].kind == "n"):
        return None  # "2021%", an open span "2021-", "2021 5": a spaced dash after a year is a dash ("in 2021 – $90 million")
    if _after_day(s, i):
        return None  # "16 May 2022", "May 16, 2022": a date, not a period
    if i > 0 and toks[i - 1].low == "the" and i + 1 < n and toks[i + 1].kind == "w" and toks[i + 1].text[0].isupper():
        return None  # "the 2018 FIFA World Cup": a name
    return PeriodSpan(i, i + 1, "period", date(y1, 1, 1), date(y1, 12, 31)), i + 1


_SPAN_ENDS = {"from": frozenset(("to", "through", "till", "until")), "between": frozenset(("and",))}  # "from 2019 to 2023"


def _years_of_a_change(s: Sentence, periods: list[PeriodSpan], changes: list[Change]) -> list[PeriodSpan]:
    """ "grew three-fold from 2021 to 2022": with a change in its clause, "from Y1 to Y2" is no span of years but the
    year compared with and the change's own, each a year of its own (as `_year_at` reads them apart); "traded $4.2
    billion from 2019 to 2023" keeps the span."""
    toks = s.tokens
    clauses = s.clause_ids()
    out: list[PeriodSpan] = []
    for p in periods:
        if p.j == p.i + 3 and p.i > 0 and toks[p.i - 1].low in _SPAN_ENDS and p.first is not None and p.last is not None \
                and any(clauses[c.i] == clauses[p.i] for c in changes):
            out.append(PeriodSpan(p.i, p.i + 1, "period", p.first, date(p.first.year, 12, 31)))
            out.append(PeriodSpan(p.i + 2, p.j, "period", date(p.last.year, 1, 1), p.last))
        else:
            out.append(p)
    return out


def _is_day(tok: Token) -> bool:
    return tok.kind == "n" and tok.text.isdecimal() and 1 <= int(tok.text) <= 31


def _after_day(s: Sentence, i: int) -> bool:
    """Is the year at token i the end of a day-precise date?"""
    toks = s.tokens
    if i >= 2 and s.is_month(i - 1) and _is_day(toks[i - 2]):
        return True
    k = i - 2 if i >= 1 and toks[i - 1].text == "," else i - 1
    return k >= 1 and _is_day(toks[k]) and s.is_month(k - 1)


_SPAN_WORDS = frozenset(("last", "past", "next", "coming", "recent", "previous", "following"))


def _years_span_at(s: Sentence, i: int) -> tuple[PeriodSpan, int] | None:
    """ "in the last five years", "over the past 10 years", "during the next three years": no calendar period."""
    toks = s.tokens
    n = len(toks)
    k = i + 1
    if k < n and toks[k].low == "the":
        k += 1
    spanned = k < n and toks[k].low in _SPAN_WORDS
    if spanned:
        k += 1
    count = _count_at(s, k)
    if count is not None:
        k = count[1]
    elif not spanned:
        return None  # "over ten years" needs its number, "over the last years" its word
    if k < n and toks[k].low in ("years", "decades", "decade"):
        future = toks[i + 1].low in ("next", "coming", "following") or toks[i + 2].low in ("next", "coming", "following")
        return PeriodSpan(i, k + 1, "vague", future=future), k + 1
    return None


_BACK_WORDS = frozenset(("earlier", "before", "ago"))
_BACK_LEADS = frozenset(("just", "only", "exactly", "even", "in", "some", "about", "almost", "nearly"))
_CLAUSE_OPENERS = frozenset(("and", "but", "while", "whereas", "yet"))


def _opens_a_clause(s: Sentence, i: int) -> bool:
    """Does the time phrase at token i open its sentence or clause ("A year earlier, ...", "..., and a year before,
    ...")? Not one after an amount, which it is the base of ("$120 million, a year earlier")."""
    toks = s.tokens
    k = i - 1
    while k >= 0 and toks[k].low in _BACK_LEADS:
        k -= 1
    if k < 0 or toks[k].text in ('"', "\u201c", "\u00ab", "(", ":", ";", "\u2013", "\u2014") or toks[k].low in _CLAUSE_OPENERS:
        return True
    return toks[k].text == "," and not (k > 0 and (_ends_an_amount(s, k - 1) or toks[k - 1].text == "%"))


def _back_span(s: Sentence, i: int, end: int, years: int, today: date | None) -> PeriodSpan:
    """ "a year earlier", "three years before" (of the period just given: no period of their own), "two years ago"
    (also read against the article's date)."""
    if s.tokens[end - 1].low == "ago" and today is not None:
        y = today.year - years
        return PeriodSpan(i, end, "period", date(y, 1, 1), date(y, 12, 31), back=years)
    return PeriodSpan(i, end, "unknown", back=years)


def _years_back_at(s: Sentence, i: int, today: date | None) -> tuple[PeriodSpan, int] | None:
    """ "Three years earlier, ...", "two years before", "5 years ago" opening a clause: a count of years back."""
    count = _count_at(s, i)
    toks = s.tokens
    if count is None or not 2 <= count[0] <= 30:
        return None
    k = count[1]
    if not (k + 1 < len(toks) and toks[k].low == "years" and toks[k + 1].low in _BACK_WORDS and _opens_a_clause(s, i)):
        return None
    if k + 2 < len(toks) and toks[k + 2].low in ("than", "that"):
        return None  # "two years earlier than planned": no time of a figure
    return _back_span(s, i, k + 2, count[0], today), k + 2


def _relative_at(s: Sentence, i: int, today: date | None) -> tuple[PeriodSpan, int] | None:
    """ "last year", "this year", "next year", "the same period", "in the medium term", "per year"."""
    if s.tokens[i].low in ("in", "over", "during", "for", "within"):
        span = _years_span_at(s, i)
        if span is not None:
            return span
    tagged = s.tags[i]
    if tagged is None or _RELATIVE.isdisjoint(tagged):
        return None  # each reader below starts at a tag of _RELATIVE
    for category, offset in (("year_before_last", -2), ("last_year", -1), ("this_year", 0), ("next_year", 1)):
        end = s.tag_end(i, category)
        if end is not None:
            bare = category == "this_year" and s.tokens[i].low == "the" and s.tokens[i + 1].low == "year"
            if bare and not (i > 0 and s.tokens[i - 1].low in ("during", "for", "over", "throughout")):
                continue  # "the year" stands for this year only as "during the year"
            future = offset == 1 or s.tagged(i, "future_period")
            # "In the previous year, ...": the year before the one just given, if the text gave one
            back = 1 if category == "last_year" and "previous" in s.lows[i:end] else 0
            if today is None:
                return PeriodSpan(i, end, "unknown", future=future, back=back), end
            y = today.year + offset
            return PeriodSpan(i, end, "period", date(y, 1, 1), date(y, 12, 31), future=future, back=back), end
    end = s.tag_end(i, "future_period")
    if end is not None:
        if today is not None and s.tokens[i].low == "by" and "year" in s.tokens[end - 1].low:
            return PeriodSpan(i, end, "period", date(today.year, 1, 1), date(today.year, 12, 31), future=True), end
        return PeriodSpan(i, end, "vague", future=True), end
    end = s.tag_end(i, "same_period")
    if end is not None and not (end == i + 3 and s.tokens[i + 1].low == "the" and end + 1 < len(s.tokens)
                                and s.tokens[end].low == "of" and (_is_year(s.tokens[end + 1]) or s.is_month(end + 1))):
        return PeriodSpan(i, end, "same"), end  # (not "during the period of 2021-2023": the years are the period)
    end = s.tag_end(i, "other_time")
    if end is not None and (i == 0 or s.tokens[i].low != "when"):
        return PeriodSpan(i, end, "vague"), end
    base = s.tag_end(i, "base_marker")  # "a year earlier" over "a year" (per year): the longer phrase
    end = s.tag_end(i, "vague_period")
    if end is not None and (base is None or base <= end):
        return PeriodSpan(i, end, "vague"), end
    if base is not None:
        if " ".join(s.lows[i:base]) in _YEAR_BACK and _opens_a_clause(s, i):
            return _back_span(s, i, base, 1, today), base  # "A year earlier, it stood at ...": no comparison
        return PeriodSpan(i, base, "base"), base
    return None


_YEAR_BACK = frozenset(("a year earlier", "a year before", "the year before", "a year ago"))
YEAR_EARLIER = _YEAR_BACK | {"the previous year"}  # a base a year before (trade.py), "the previous year" too


_COMPARED = frozenset(("to", "over", "on", "from", "with"))


def _names_a_year(s: Sentence, j: int) -> bool:
    """Does a year follow token j ("of 2020", "in 2017", "last year", "a year before")?"""
    toks = s.tokens
    k = j + 1 if j < len(toks) and toks[j].low in ("of", "in") else j
    return k < len(toks) and (_is_year(toks[k]) or s.tagged(k, "last_year") or s.tagged(k, "base_marker"))


def _part_of_a_year(p: PeriodSpan) -> bool:
    """A span of months within one year, not the whole of it ("nine months of 2023", "the first half")."""
    return p.kind == "period" and p.first is not None and p.last is not None and p.first.year == p.last.year and (
        (p.first.month, p.last.month) != (1, 12))


def _named_months_of_a_year(s: Sentence, p: PeriodSpan) -> bool:
    """Is `p` months named by name with their year ("January-April 2022"), not a length of time ("nine months",
    "the first half of 2023")? After "up 12.1% over", those are what the figure is compared with."""
    return p.first is not None and p.months is None and s.tokens[p.i].low.split("-")[0].rstrip(".") in MONTHS \
        and _part_of_a_year(p)


def _same_months_yearless(p: PeriodSpan, periods: list[PeriodSpan]) -> bool:
    """Does another period of the sentence name the months of `p` without their year ("in January-April" beside
    "January-April 2022")?"""
    if p.first is None or p.last is None or p.first.year != p.last.year:
        return False
    return any(q is not p and q.months == (p.first.month, p.last.month) for q in periods)


def _mark_bases(s: Sentence, periods: list[PeriodSpan], changes: list[Change]) -> list[PeriodSpan]:
    """A period after "as against", "compared to", "than" — or "over/on/from" after a change — is a base."""
    if not periods:
        return []
    out: list[PeriodSpan] = []
    toks = s.tokens
    at = s.at
    # each look-up below is of one category: where the sentence has none of it, it finds nothing
    bases, if_compared, after_changes = "base" in at, "base_if_compared" in at, "base_after_change" in at
    for p in periods:
        if p.kind == "base":
            out.append(p)
            continue
        k = p.i
        if k > 0 and toks[k - 1].low == "the":
            k -= 1
        lead = next((m for m in range(max(0, k - 4), k) if s.tag_end(m, "base") == k), None) if bases else None
        if lead is None and if_compared:
            # "exceeded the figure of 2021", but not "The figure for January-March 2023 is $20 million"
            compared = next((m for m in range(max(0, k - 5), k) if s.tag_end(m, "base_if_compared") == k), None)
            if compared is not None and any(s.tagged(m, "compare") for m in range(compared)):
                lead = compared
        if lead is None and bases:
            # "as against the trade in 2007", "since the beginning of 2019": a few words between
            for m in range(k - 1, max(-1, k - 7), -1):
                if toks[m].kind != "w" or s.tagged(m, "actual") or any(c.i <= m < c.j for c in changes):
                    break  # (nor past a change: "more than doubled ... in the first half of 2023" is its period)
                end = s.tag_end(m, "base")
                if end is not None and end < k:
                    lead = m
                    break
        after_change = next((m for m in range(max(0, k - 1), k) if s.tag_end(m, "base_after_change") == k), None) \
            if after_changes else None
        if lead is None and after_change is not None and any(c.j <= after_change for c in changes) and not (
                toks[after_change].low == "over" and (_part_of_a_year(p) or p.months is not None)
                and not _same_months_yearless(p, periods) and not _named_months_of_a_year(s, p)):
            # "up 10% over 2022"; but "grew by 60% over nine months": the months it grew in (yet "$412 million in
            # January-April, up 12.1% over January-April 2022": those months of another year, a base)
            lead = after_change
        # "to the corresponding period last year", "the same period of 2017" after a change
        if lead is None and p.kind == "same" and not any(c.j <= p.i for c in changes) and _names_a_year(s, p.j) and (
                toks[p.i].low in _COMPARED or k > 0 and toks[k - 1].low in _COMPARED) and any(
                c.i >= p.j and s.clause_ids()[c.i] == s.clause_ids()[p.i] for c in changes):
            lead = p.i  # "the growth over the same period of the previous year was 19 percent": the change after it
        if lead is None and p.kind == "same" and any(c.j <= p.i for c in changes):
            if _names_a_year(s, p.j):
                lead = p.i  # "up 12% ... the same period of 2020": whatever the preposition
            elif toks[p.i].low in _COMPARED:
                lead = p.i  # "up 12% over the same period"
            elif k > 0 and toks[k - 1].low in _COMPARED and not (p.months is not None and toks[k - 1].low == "over"):
                lead = k - 1  # "added 150% to the corresponding period last year"; not "grew 9% over the same nine months"
        if lead is None and p.kind == "period" and p.j < len(toks) and toks[p.j].low in _LEVEL_NOUNS and k > 0 and (
                toks[k - 1].low == "of" or k < p.i and (s.tagged(k - 1, "compare") or any(c.j == k for c in changes))):
            lead = k  # "86.3% of the 2021 level", "exceeded the 2021 level by 18%", "nearly three times the 2022 level"
        if lead is None and k > 0 and toks[k - 1].low == "to" and any(c.j == k - 1 for c in changes):
            lead = k - 1  # "111.2% to January-August 2023": the ratio's base
        if lead is not None:
            out.append(PeriodSpan(lead, p.j, "base", p.first, p.last))
            continue
        out.append(p)
    # "the same period of 2021" after a base is one base, not a base and a period; but a base complete in
    # itself ("year-on-year", "a year earlier") leaves the period after it to the figure: "fell 8% year-on-year in
    # January-June"
    merged: list[PeriodSpan] = []
    for p in out:
        if merged and merged[-1].kind == "base" and p.i <= merged[-1].j + 2 and p.kind in ("period", "unknown") and (
            all(toks[m].low in ("of", "in", "last", "the", ",") for m in range(merged[-1].j, p.i))
        ) and s.tag_end(merged[-1].i, "base_marker") != merged[-1].j:
            merged[-1] = PeriodSpan(merged[-1].i, p.j, "base", p.first, p.last)
            continue
        merged.append(p)
    return merged


def _dated_by_base(periods: list[PeriodSpan]) -> list[PeriodSpan]:
    """Months without their year, compared with a base of one year: "in January-October, 1.3 times more than in the
    same period of 2024" are the months of 2025, whatever the article's date says (or where it gives none)."""
    if not any(p.months for p in periods):
        return periods
    years = {p.first.year for p in periods if p.kind == "base" and p.first is not None and p.last is not None
             and p.first.year == p.last.year}
    if len(years) != 1:
        return periods  # no base, or bases of several years: the article's year stands
    year = years.pop() + 1
    out = []
    for p in periods:
        if p.months and p.kind in ("period", "unknown"):
            first, last = p.months
            p = PeriodSpan(p.i, p.j, "period", date(year, first, 1), _month_end(year, last), p.future)
        out.append(p)
    return out


# ---------------------------------------------------------------- one pass over the tokens


# The categories one of which a token must carry for `_relative_at` to read a period there (besides a word that
# leads a span of years), and those for `_part_at` (besides "Q", "H" and numbers): cheap tests before the readers.
_RELATIVE = frozenset(("last_year", "this_year", "next_year", "future_period", "same_period", "other_time", "vague_period",
                       "base_marker", "year_before_last"))
_YEARS_LEADS = frozenset(("in", "over", "during", "for", "within"))
_PART = frozenset(("half", "ordinal", "number_word"))
# The words one of which follows an untagged number that a reader of the loop in read_figures takes (a cheap test
# before the reader): a percent ("12 %", "12 per cent", "12 p.c.", "a 7.2-percent", "12-15%": `_percent_at`), a factor
# ("2.5 times", "2.5-fold": `_times_at`), the first of listed factors ("2.4 and 2.1 times": `_times_listed`), a part of a
# year or years back ("9M 2022", "8 months", "3 quarters", "5 years ago": `_part_at`).
_AFTER_PERCENT = frozenset(("%", "percent", "percents", "pct", "per", "p", "pc"))
_RANGE_DASHES = frozenset(("-", "–"))
_AFTER_TIMES = frozenset(("times", "fold", "-"))
_LIST_JOINS = frozenset(("and", ","))
_AFTER_PART = frozenset(("years", "months", "quarters", "m", "h", "q"))


class _TriggerWords(dict[str, bool]):
    """A token's lower-cased form -> whether it is a number, or a word a figure's reader starts at without a tag: a
    month, a hyphenated word ("January-March"), "Q" (kept per word). A number's form is its text, which starts with a
    digit; a word's starts with a letter (the lower case of a letter is one), anything else's with neither."""

    def __missing__(self, low: str) -> bool:
        if len(self) >= 100_000:
            self.clear()  # a bound on memory over a long run
        first = low[0]
        if first.isdecimal():
            trigger = True
        elif first.isalpha():
            trigger = low in MONTHS or "-" in low or low == "q"
        else:
            trigger = False
        self[low] = trigger
        return trigger


_TRIGGER_WORD = _TriggerWords()
# The tags a reader of the loop in read_figures starts at ("a", "one": an amount in words; "$": a currency; "doubled";
# "first half"; "last year" ...); besides them, a tagged word is read only by its text: "by" and "of" for a fraction
# (which needs a "fraction" tag after it), "in", "over" ... for a span of years (which ends in "years" or "decades"),
# "h" for a half ("H1"). Any other tagged word reads nothing: the loop would only step over it.
_STARTS = _RELATIVE | _PART | {"currency_before", "times_verb"}
_FRACTION_LEADS = frozenset(("by", "of", "up", "down"))
_SPAN_UNITS = frozenset(("years", "decades", "decade"))  # the words that end a span of years (_years_span_at)
# the tagged words read by their text, by (whether the sentence has a fraction, whether it has a span of years)
_TESTED_WORDS = {
    (False, False): frozenset(("h",)),
    (True, False): frozenset(("h",)) | _FRACTION_LEADS,
    (False, True): frozenset(("h",)) | _YEARS_LEADS,
    (True, True): frozenset(("h",)) | _FRACTION_LEADS | _YEARS_LEADS,
}


def _triggers(s: Sentence) -> list[int]:
    """The tokens a figure can start at, in order: numbers and the words a reader knows by their text (months,
    hyphenated words, "Q"), the tokens tagged with a category of `_STARTS`, and the tagged words read by their text
    where the sentence has what their reader needs."""
    lows = s.lows
    n = len(lows)
    mask = list(map(_TRIGGER_WORD.__getitem__, lows))
    at = s.at
    # "a" (or "a half") is a number only of an amount in words ("a billion dollars", which needs a scale and a currency
    # after it): it counts nothing and multiplies nothing (_count_at, _times_at); a tag of another category there counts
    lone_a = not ("currency_after" in at and "scale" in at)
    for category in _STARTS.intersection(at):
        skip_a = lone_a and category == "number_word"
        for i in at[category]:
            if not (skip_a and lows[i] == "a"):
                mask[i] = True
    if "fraction" in at:
        for i in at["fraction"]:
            if _compared_end(s, s.tag_end(i, "fraction") or i + 1) is not None:
                mask[i] = True  # "a quarter more", read by `_fraction_compared_at`
    tested = _TESTED_WORDS["fraction" in at, not _SPAN_UNITS.isdisjoint(lows)]
    if not tested.isdisjoint(lows):
        tags = s.tags
        for i in compress(range(n), map(tested.__contains__, lows)):
            if tags[i] is not None:
                mask[i] = True
    return list(compress(range(n), mask))


def _figure_going_on(s: Sentence, i: int) -> Amount | None:
    """ "In 2010 it had grown to 250 million": a number and a scale word, no currency, after "it" (or "the figure") and a
    verb of reaching in its clause: the amount, its currency to come from the figure it goes on from (the caller's)."""
    toks = s.tokens
    n = len(toks)
    clauses = s.clause_ids()
    if not any(m < i and clauses[m] == clauses[i] for m in s.at.get("anaphora", ())) and not _sides_in_clause(s, i):
        return None
    k = i - 1
    while k >= 0 and (s.tagged(k, "approx_about") or s.tagged(k, "approx_almost") or s.tagged(k, "approx_over")):
        k -= 1
    if k < 0 or toks[k].low not in _GOING_ON_VERBS:
        return None
    scaled = _scale_at(s, i + 1)
    if scaled is None:
        return None
    scale, j = scaled
    if j < n and (toks[j].kind == "w" and toks[j].low not in _AFTER_MONEY or toks[j].kind == "n"):
        return None  # a count of something: "it had grown to 2 million tonnes"
    if _currency_after(s, j) is not None:
        return None  # (an amount of its own, read as one)
    value = parse_number(toks[i].text, scaled=True)
    if value is None or value * scale > MAX_VALUE:
        return None
    return Amount(i, j, round(value * scale, 2), None, approximation(s, i), s.text[toks[i].start:toks[j - 1].end],
                  inherits=True)


_GOING_ON_VERBS = frozenset(("to", "at", "was", "is", "reached", "exceeded", "totalled", "totaled", "reach", "exceed", "surpass"))
# The two sides as a subject ("This year the parties plan to reach 70 million", after a sentence on their trade).
THE_SIDES = (("we",), ("the", "two", "countries"), ("both", "countries"), ("our", "countries"), ("the", "two", "sides"),
             ("the", "sides"), ("both", "sides"), ("the", "parties"), ("our", "two", "countries"), ("the", "two", "states"))
_SIDE_WORDS = frozenset(phrase[-1] for phrase in THE_SIDES)


def sides_ending_at(lows: list[str], m: int) -> int | None:
    """Where a phrase of the two sides ("we", "the two countries") ending at token m starts, or None."""
    if lows[m] not in _SIDE_WORDS:
        return None
    return next((m - len(p) + 1 for p in THE_SIDES if m + 1 >= len(p) and tuple(lows[m - len(p) + 1:m + 1]) == p), None)


def _sides_in_clause(s: Sentence, i: int) -> bool:
    """Do the two sides ("we", "the parties") stand before token i in its clause?"""
    if _SIDE_WORDS.isdisjoint(s.lows):
        return False
    clauses = s.clause_ids()
    return any(clauses[m] == clauses[i] and sides_ending_at(s.lows, m) is not None for m in range(i))


def read_figures(s: Sentence, today: date | None, fiscal: tuple[int, int] | None = None) -> Figures:
    """Every amount, change and period in the sentence, read left to right in one pass over its tokens; `fiscal` the
    (month, day) the fiscal year of the text's partner opens on, if the text or the partner's country tells it."""
    toks = s.tokens
    tags = s.tags
    found = Figures()
    periods: list[PeriodSpan] = []
    triggers = _triggers(s)
    if not triggers and _NON_CALENDAR_WORDS.isdisjoint(s.lows):
        return found  # nothing a reader starts at, nor a year of another calendar ("the fiscal year"): no figures
    at = s.at
    # An amount has a currency: a sign or code before it (at its first token), else a code after it; one in words
    # ("two billion dollars") a scale word too. A fraction ("by a third") needs its tag. Without them, no reader
    # of those is asked.
    currency_after = "currency_after" in at or "-" in s.text and _HYPHENED_AMOUNT.search(s.text) is not None
    word_amounts = "currency_after" in at and "scale" in at
    fractions = "fraction" in at
    may_go_on = "scale" in at and ("anaphora" in at or not _SIDE_WORDS.isdisjoint(s.lows))  # (`_figure_going_on`)
    n = len(toks)
    after = 0  # the first token not yet read
    for i in triggers:
        if i < after:
            continue
        tok = toks[i]
        low = tok.low
        kind = tok.kind
        tagged = tags[i]
        step = i + 1
        # the token after a number, which most of its readers need to be one of a few words ("%", "times", "and")
        next_low = toks[step].low if step < n else ""
        number_word = tagged is not None and "number_word" in tagged or kind == "w" and "-" in low and _word_value(low) is not None
        read = read_amount(s, i) if (
            kind == "n" and currency_after or number_word and word_amounts or tagged is not None and "currency_before" in tagged
        ) else None
        if read is None and kind == "w" and "-" in low and low.partition("-")[0] in _MARK_SCALES:
            read = _mark_amount(s, i)
        if read is None and kind == "n" and "scale" in at and i > 0 and toks[i - 1].end == tok.start \
                and toks[i - 1].kind == "w":  # (a sign of no known currency, a word written onto the number, needs a scale word after it)
            read = _unknown_sign_amount(s, i)
        if read is not None:
            amount, step = read
            if amount is not None:
                found.amounts.append(amount)
            else:
                found.dropped.append(s.text[tok.start:toks[step - 1].end])
            after = step
            continue
        if kind == "n" or number_word:
            if kind == "n":  # (a percent sign or word after the number or its range: `_percent_at`)
                percent = _percent_at(s, i) if next_low in _AFTER_PERCENT or next_low in _RANGE_DASHES else None
            else:
                percent = _word_percent_at(s, i)
            if percent is not None:
                change = _classify_percent(s, i, percent[1], percent[0])
                previous = found.changes[-1] if found.changes else None
                if change is None and previous is not None and previous.kind == "percent" and _coordinated(s, previous.j, i):
                    # "grew by 14% and 6% respectively"
                    sign = -1 if previous.value < 0 else 1
                    change = Change(i, percent[1], "percent", sign * percent[0])
                if change is not None:
                    found.changes.append(change)
                after = percent[1]
                continue
            times = _times_at(s, i) if kind != "n" or next_low in _AFTER_TIMES else None
            if times is not None:
                found.changes.append(_times_change(s, i, times[1], times[0]))
                after = times[1]
                continue
            listed = _times_listed(s, i) if kind == "n" and next_low in _LIST_JOINS else None
            if listed is not None:  # "grew 2.4 and 2.1 times respectively": the first factor of a list
                found.changes.append(_times_change(s, i, i + 1, listed))
                after = i + 1
                continue
        verb = tagged.get("times_verb") if tagged is not None else None
        factor = verb[1] if verb is not None else None
        if factor is not None and (tok.text.islower() or i == 0) and not _adjective_before_noun(s, i):
            end = verb[0] if verb is not None else i + 1
            if _compared_with_a_name(s.tokens, end):
                after = end  # "traded $450 million, almost twice as much as Orenburg": a comparison, no change
                continue
            if low == "halved":
                found.changes.append(Change(i, end, "percent", -50.0))
            else:
                found.changes.append(Change(i, end, "times", float(factor), goal=s.tagged(i, "times_goal")))
            after = end
            continue
        fraction = _fraction_at(s, i) if fractions and low in _FRACTION_LEADS else None
        if fraction is None and fractions and tagged is not None and "fraction" in tagged:
            fraction = _fraction_compared_at(s, i)
        if fraction is not None:
            found.changes.append(fraction)
            after = fraction.j
            continue
        period = None
        if kind == "n" and len(tok.text) == 4 and _YEAR.fullmatch(tok.text) is not None:  # (`_is_year`)
            period = _year_at(s, i)
        elif kind == "w" and (low.rstrip(".") in MONTHS or "-" in low and low.split("-")[0] in MONTHS):
            period = _months_at(s, i, today)
        if period is None and (kind == "n" and (tagged is not None or next_low in _AFTER_PART) or kind == "w" and (
                low in ("q", "h") or tagged is not None and not _PART.isdisjoint(tagged))):
            period = _part_at(s, i, today)
        if period is None and tagged is not None and (low in _YEARS_LEADS or not _RELATIVE.isdisjoint(tagged)):
            period = _relative_at(s, i, today)
        if period is not None:
            span, step = period
            periods.append(span)
            after = max(step, i + 1)
            continue
        if kind == "n" and found.amounts:
            bare = _bare_figure(s, i, found.amounts[-1]) or _scaled_figure(s, i, found.amounts[-1])
            if bare is not None:
                found.amounts.append(bare)
                step = bare.j
        elif kind == "n" and may_go_on:
            going_on = _figure_going_on(s, i)
            if going_on is not None:
                found.amounts.append(going_on)
                step = going_on.j
        after = step
    if found.changes and periods and ("from" in s.lows or "between" in s.lows):
        periods = _years_of_a_change(s, periods, found.changes)
    if len(periods) >= 2:
        periods = _year_in_apposition(s, periods)
    if not _NON_CALENDAR_WORDS.isdisjoint(s.lows):  # (the words as tokens: "FY2023" is "FY", "2023")
        periods = _not_calendar_years(s, _split_years_written_short(s, periods), fiscal, today)
    found.periods = _mark_bases(s, periods, found.changes) if periods else []
    if len(found.periods) >= 2:
        found.periods = _dated_by_base(found.periods)  # (months and a base: two periods at least)
    if found.amounts and "between" in s.lows:
        found.amounts = _ranges(s, found.amounts)
    if len(found.amounts) >= 2:
        found.amounts = _bounds_made_exact(s, found.amounts)
    return found


_EXACT_LEADS = frozenset((",", "having", "and", "to", "at", "of", "–", "—", "(", "or", "precisely", "exactly", "specifically"))


def _bounds_made_exact(s: Sentence, amounts: list[Amount]) -> list[Amount]:
    """ "fell short of $60 million, having totalled $59.2 million", "exceeded $60 million, reaching $61.4 million": a
    bound and right after it, with only a verb of reporting between, the exact figure within it, in the same currency:
    one figure, the exact one (the bound says nothing more)."""
    out: list[Amount] = []
    for a in amounts:
        last = out[-1] if out else None
        if last is not None and last.approx in ("over", "under", "almost") and a.approx is None \
                and a.currency == last.currency and last.currency is not None and _reports_between(s, last.j, a.i) and (
                last.value <= a.value <= 1.25 * last.value if last.approx == "over"
                else 0.8 * last.value <= a.value <= last.value):
            out[-1] = a
            continue
        out.append(a)
    return out


def _reports_between(s: Sentence, a: int, b: int) -> bool:
    """Only a verb of reporting ("reaching", "having totalled", "amounting to") and its small words between tokens a and b."""
    verbs = 0
    k = a
    while k < b:
        end = s.tag_end(k, "report_verb") or s.tag_end(k, "actual")
        if end is not None and end <= b and s.tokens[k].kind == "w" and s.tokens[k].low not in _EXACT_LEADS:
            verbs += 1
            k = end
            continue
        if s.tokens[k].low not in _EXACT_LEADS:
            return False
        k += 1
    return verbs == 1 and s.tokens[a].text == ","


_NON_CALENDAR_WORDS = frozenset(("fiscal", "financial", "fy", "iranian", "persian", "solar", "hijri", "lunar"))
_SOLAR_WORDS = frozenset(("iranian", "persian", "solar"))
SOLAR_YEAR_START = (3, 21)  # the Iranian (solar Hijri) year opens on 1 Farvardin, 21 March (20 in some years)
_YEAR_NAMES = _NON_CALENDAR_WORDS | {"calendar"}
_YEAR_OFFSETS = {"current": 0, "this": 0, "last": -1, "previous": -1, "past": -1, "preceding": -1, "next": 1, "coming": 1}
_PART_LINKS = frozenset(("of", "in", "the"))  # between a part of a year and the year: "the first half of the current ..."


@dataclass(frozen=True)
class _OtherYear:
    """A phrase naming a year of another calendar, tokens [i, j): "the current fiscal year", "last Iranian calendar
    year", "FY2023-24", "fiscal year 2023/2024", "the 2022/23 financial year"; `start` the (month, day) it opens on,
    None where the text and the partner give none; `first_year` its opening year, None where not known."""

    i: int
    j: int
    start: tuple[int, int] | None
    first_year: int | None


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _opening_year(start: tuple[int, int], today: date, offset: int) -> int:
    """The year the other calendar's year `offset` years from the one running on `today` opens in."""
    return (today.year if (today.month, today.day) >= start else today.year - 1) + offset


_OPENS = frozenset(("starts", "begins", "runs", "commences", "opens", "started", "began", "ran", "start", "begin", "run",
                    "commenced", "opened"))
_OPENS_LINKS = frozenset(("from", "in", "on", "the", "of", "1", "1st", "first"))


@cache
def _fiscal_years() -> dict[str, tuple[int, int]]:
    """data/fiscal_years.tsv: country code -> the (month, day) its fiscal year opens on."""
    out: dict[str, tuple[int, int]] = {}
    for line in read_data("fiscal_years.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            code, day = line.split("\t")[:2]
            month, number = day.split("-")
            out[code.strip()] = (int(month), int(number))
    return out


def fiscal_start(sentences: Iterable[str], partner: str | None) -> tuple[int, int] | None:
    """The (month, day) the fiscal year of a text opens on: the one it states ("Egypt's fiscal year starts in July",
    "the fiscal year runs from July to June", "the fiscal year (July-June)"), else that of the partner's country
    (data/fiscal_years.tsv), else None."""
    for text in sentences:
        if "iscal year" not in text and "inancial year" not in text:
            continue
        toks = tokens_of(text)
        for h in range(1, len(toks) - 2):
            if not (toks[h].low == "year" and toks[h - 1].low in ("fiscal", "financial")):
                continue
            k = h + 1
            if toks[k].text == "(" and "-" in toks[k + 1].low:  # "the fiscal year (July-June)"
                names = toks[k + 1].low.split("-")
                first, last = (MONTHS.get(n) for n in names) if len(names) == 2 else (None, None)
                if first and last and last == (first + 10) % 12 + 1:
                    return first, 1
                continue
            if toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].low in ("which", "that"):
                k += 2  # "the fiscal year, which starts in July"
            if not (k < len(toks) and toks[k].low in _OPENS):
                continue
            k += 1
            while k < len(toks) and toks[k].low in _OPENS_LINKS:
                k += 1
            month = MONTHS.get(toks[k].low.rstrip(".")) if k < len(toks) else None
            if month is not None:
                day = toks[k + 1].text if k + 1 < len(toks) else ""
                return month, int(day) if day.isdecimal() and 1 <= int(day) <= 28 else 1
    return _fiscal_years().get(partner.split("-")[0]) if partner else None  # (a region's: its country's)


def _split_years_of(s: Sentence, p: PeriodSpan) -> int | None:
    """The first year of a split year ("2023/2024", "2023-24", "2022/23"), the span `p`'s tokens."""
    toks = s.tokens[p.i:p.j]
    years = [int(t.text) for t in toks if _is_year(t)]
    if len(years) == 2 and years[1] == years[0] + 1:
        return years[0]
    if len(years) == 1 and len(toks) >= 3 and toks[-1].kind == "n" and len(toks[-1].text) == 2 \
            and int(toks[-1].text) == (years[0] + 1) % 100:
        return years[0]
    return None


def _other_years(s: Sentence, periods: list[PeriodSpan], fiscal: tuple[int, int] | None,
                 today: date | None) -> list[_OtherYear]:
    toks = s.tokens
    n = len(toks)
    found: list[_OtherYear] = []
    for h, tok in enumerate(toks):
        # "FY2023-24", "fiscal year 2023/2024", "in fiscal 2023-24" (a split year right after the word)
        head = tok.low == "fy" and tok.text.isupper() or tok.low in ("fiscal", "financial") and not (
            h + 1 < n and toks[h + 1].low == "year") and any(p.i == h + 1 and _split_years_of(s, p) is not None for p in periods)
        if not (head or tok.low == "year" and h > 0 and toks[h - 1].low in _YEAR_NAMES):
            continue
        a = h
        while a > 0 and toks[a - 1].low in _YEAR_NAMES:
            a -= 1
        names = {t.low for t in toks[a:h + 1]}
        if names.isdisjoint(_NON_CALENDAR_WORDS):
            continue  # "calendar year" is the calendar's
        start = SOLAR_YEAR_START if not names.isdisjoint(_SOLAR_WORDS) else None if "hijri" in names or "lunar" in names \
            else fiscal
        offset = None
        if a > 0 and toks[a - 1].low in _YEAR_OFFSETS:
            a -= 1
            offset = _YEAR_OFFSETS[toks[a].low]
        if a > 0 and toks[a - 1].low == "the":
            a -= 1
        j = h + 1
        if j + 2 < n and toks[j].text == "(" and toks[j + 1].low == "fy" and toks[j + 2].text == ")":
            j += 3  # "fiscal year (FY) 2022/2023"
        first_year = None
        after = next((p for p in periods if p.i == j), None)
        before = next((p for p in periods if p.j == a and p.i >= a - 4), None)
        if any(q is not None and _fiscal_months(s, q) is not None for q in (after, before)):
            continue  # "during FY2022-23 (July-June)": the months the sentence gives it (read below)
        if after is not None and _split_years_of(s, after) is not None:
            first_year, j = _split_years_of(s, after), after.j
        elif before is not None and _split_years_of(s, before) is not None:
            first_year, a = _split_years_of(s, before), before.i  # "the 2022/23 fiscal year"
            if a > 0 and toks[a - 1].low == "the":
                a -= 1
        elif offset is not None and start is not None and today is not None:
            first_year = _opening_year(start, today, offset)
        found.append(_OtherYear(a, j, start, first_year))
    return found


def _part_of_other_year(s: Sentence, p: PeriodSpan, year: _OtherYear) -> tuple[date, date] | None:
    """The days a part of a year said before it stands for in that year: "the first half" (its first six months), "the
    first seven months", "July-December" (the months by name, in the year's first or second calendar year)."""
    assert year.start is not None and year.first_year is not None
    if p.months is None:
        return None
    m1, m2 = p.months
    opening = date(year.first_year, year.start[0], year.start[1])
    named = next((k for k in range(p.i, min(p.j, p.i + 2)) if _month_number(s.tokens[k]) is not None
                  or s.tokens[k].low.split("-")[0] in MONTHS), None)
    if named is not None:
        y1 = year.first_year + (m1 < year.start[0])
        y2 = year.first_year + (m2 < year.start[0])
        return (date(y1, m1, 1), _month_end(y2, m2)) if (y1, m1) <= (y2, m2) else None
    return _add_months(opening, m1 - 1), _add_months(opening, m2) - timedelta(days=1)


def _not_calendar_years(s: Sentence, periods: list[PeriodSpan], fiscal: tuple[int, int] | None = None,
                        today: date | None = None) -> list[PeriodSpan]:
    """ "in fiscal year 2023", "FY2023", "the first seven months of the current Iranian calendar year": a year that is no
    calendar year, its months not those of a calendar year. Where the sentence states them in brackets after it ("the
    first half of the current Iranian year (March 20-September 21, 2024)", "in FY 2022/23 (July-June)") they are the
    period; where the calendar's first day is known (the Iranian year's, or the fiscal year's the text or the partner's
    country gives: `fiscal`), the year is read in it ("FY2023-24" in a Pakistani report: July 2023 to June 2024, "the
    first half of the current fiscal year": its first six months); else no calendar period (rather than the wrong one)."""
    toks = s.tokens
    years = _other_years(s, periods, fiscal, today)
    out: list[PeriodSpan] = []
    used: set[int] = set()  # the periods read into a year of another calendar
    for year in years:
        bracket = next((p for p in periods if toks[year.j].text == "(" and p.i == year.j + 1 and p.kind == "period"
                        and any(_is_year(t) for t in toks[p.i:p.j])), None) if year.j < len(toks) else None
        part = next((p for p in periods if p.j <= year.i and p.i < year.i
                     and all(t.low in _PART_LINKS for t in toks[p.j:year.i])), None)
        first = part.i if part is not None else year.i
        if bracket is not None:  # "(March 20-September 21, 2024)": the days the text gives it
            closed = bracket.j + 1 if bracket.j < len(toks) and toks[bracket.j].text == ")" else bracket.j
            out.append(PeriodSpan(first, closed, "period", bracket.first, bracket.last))
            used.update(id(p) for p in (bracket, part) if p is not None)
            used.update(id(p) for p in periods if year.i <= p.i < closed)
            continue
        if year.start is None or year.first_year is None or year.start == (1, 1) or year.j + 1 < len(toks) \
                and toks[year.j].text == "(" and toks[year.j + 1].low.split("-")[0] in MONTHS:
            continue  # (months in brackets that are no year of twelve, "fiscal year 2022/2023 (July-December)": unclear)
        if part is not None:
            days = _part_of_other_year(s, part, year)
            if days is None:
                continue
            out.append(PeriodSpan(first, year.j, "period", *days))
            used.add(id(part))
        else:
            opening = date(year.first_year, *year.start)
            out.append(PeriodSpan(year.i, year.j, "period", opening, _add_months(opening, 12) - timedelta(days=1)))
        used.update(id(p) for p in periods if year.i <= p.i < year.j)
    for p in periods:
        if id(p) in used:
            continue
        words = {toks[k].low for k in range(max(0, p.i - 3), min(len(toks), p.j + 4))}
        if p.kind in ("period", "vague") and not words.isdisjoint(_NON_CALENDAR_WORDS):
            stated = _fiscal_months(s, p)
            if stated is not None:
                out.append(stated)  # "in FY 2022/23 (July-June)": the months the text gives it
                continue
        if p.kind == "period" and not words.isdisjoint(_NON_CALENDAR_WORDS):
            out.append(PeriodSpan(p.i, p.j, "vague"))
            continue
        out.append(p)
    return sorted(out, key=lambda p: p.i)


def _split_years_written_short(s: Sentence, periods: list[PeriodSpan]) -> list[PeriodSpan]:
    """ "FY2022-23", "the 2022/23 fiscal year": a year and the next one's last two digits, read by no other reader, as a
    span of no calendar period yet (its months, if the sentence states them, are `_fiscal_months`')."""
    toks = s.tokens
    added = []
    for i in range(len(toks) - 2):
        a, mark, b = toks[i], toks[i + 1], toks[i + 2]
        if _is_year(a) and mark.text in ("-", "/", "–") and b.kind == "n" and len(b.text) == 2 and b.text.isdecimal() \
                and int(b.text) == (int(a.text) + 1) % 100 and not any(p.i <= i < p.j for p in periods):
            added.append(PeriodSpan(i, i + 3, "vague"))
    return sorted(periods + added, key=lambda p: p.i) if added else periods


def _fiscal_months(s: Sentence, p: PeriodSpan) -> PeriodSpan | None:
    """A split year ("2022/2023", "2022-23", "2023-2024") whose months the sentence states in brackets after it ("in
    the 2023-2024 financial year (April-March)", "during FY2022/23 (July-June)"): from the first month of its first year
    to the last month of the next year."""
    toks = s.tokens
    years = [int(t.text) for t in toks[p.i:p.j] if t.kind == "n" and len(t.text) == 4 and t.text.isdecimal()]
    if not years or len(years) > 2 or len(years) == 2 and years[1] != years[0] + 1:
        return None
    if len(years) == 1 and not (p.j - p.i >= 3 and toks[p.j - 1].kind == "n" and len(toks[p.j - 1].text) == 2):
        return None  # (one year and no second one written short: "2022-23")
    first_year = years[0]
    for k in range(p.j, min(len(toks) - 2, p.j + 5)):
        if toks[k].text != "(":
            continue
        if "-" in toks[k + 1].low and toks[k + 2].text == ")":  # "(April-March)", one hyphenated word
            names, end = toks[k + 1].low.split("-"), k + 3
        elif k + 4 < len(toks) and toks[k + 2].text in ("-", "–", "—") and toks[k + 4].text == ")":  # "(July – June)"
            names, end = [toks[k + 1].low, toks[k + 3].low], k + 5
        else:
            continue
        m1, m2 = (MONTHS.get(n) for n in names) if len(names) == 2 else (None, None)
        if m1 and m2 and m2 == (m1 + 10) % 12 + 1:  # twelve months, from m1 to the month before it
            return PeriodSpan(p.i, end, "period", date(first_year, m1, 1), _month_end(first_year + 1, m2))
    return None


def _year_in_apposition(s: Sentence, periods: list[PeriodSpan]) -> list[PeriodSpan]:
    """ "in January of the current year 2024": a year right after a period that ends on "year" names that year; the
    period is its months in that year, the year no period of its own."""
    toks = s.tokens
    out: list[PeriodSpan] = []
    for p in periods:
        last = out[-1] if out else None
        if last is not None and p.i == last.j and p.j == p.i + 1 and _is_year(toks[p.i]) and toks[last.j - 1].low == "year" \
                and last.kind == "period" and last.first is not None and last.last is not None and p.first is not None \
                and last.first.year == last.last.year:
            year = p.first.year
            first = last.first.replace(year=year)
            end = last.last.replace(year=year) if not (last.last.month == 2 and last.last.day == 29) else last.last.replace(
                year=year, day=28)
            out[-1] = PeriodSpan(last.i, p.j, "period", first, end, future=last.future)
            continue
        out.append(p)
    return out


def _ranges(s: Sentence, amounts: list[Amount]) -> list[Amount]:
    """ "between $130 million and $135 million": one amount, the middle of the range (as "12-15%" is). The first bound
    may leave its scale and its currency to the second: "between $300 and $320 million" and "between 300 and 320
    million dollars" are $310 million (not $160,000,150, nor the upper bound alone)."""
    toks = s.tokens
    out: list[Amount] = []
    for a in amounts:
        last = out[-1] if out else None
        if last is not None and last.i > 0 and toks[last.i - 1].low == "between" and last.j < len(toks) \
                and toks[last.j].low == "and" and a.i == last.j + 1 and a.currency == last.currency:
            low = last.value
            if not _scaled(s, last) and _scaled(s, a):
                low *= _scale_of(s, a)
            out[-1] = Amount(last.i, a.j, round((low + a.value) / 2, 2), a.currency, last.approx,
                             s.text[toks[last.i].start:toks[a.j - 1].end])
            continue
        bare = _bare_lower_bound(s, a)
        if bare is not None and (last is None or last.j <= bare):
            bound = parse_number(toks[bare].text)
            if bound is not None and _scaled(s, a):
                out.append(Amount(bare, a.j, round((bound * _scale_of(s, a) + a.value) / 2, 2), a.currency, a.approx,
                                  s.text[toks[bare].start:toks[a.j - 1].end]))
                continue
        out.append(a)
    return out


def _number_in(s: Sentence, a: Amount) -> float | None:
    """The value of the first number written in an amount ("320" of "$320 million")."""
    return next((parse_number(t.text) for t in s.tokens[a.i:a.j] if t.kind == "n"), None)


def _scaled(s: Sentence, a: Amount) -> bool:
    """Whether the amount's value is its number times a scale word ("$320 million"), not the number alone ("$300")."""
    n = _number_in(s, a)
    return n is not None and n != 0 and a.value != n


def _scale_of(s: Sentence, a: Amount) -> float:
    n = _number_in(s, a)
    return a.value / n if n else 1.0


def _bare_lower_bound(s: Sentence, a: Amount) -> int | None:
    """The token of a bare number that opens a range ending in the amount: "between 300 and 320 million dollars" (the
    300), with a currency sign before it or none."""
    toks = s.tokens
    k = a.i - 2  # the token before "and"
    if k < 1 or toks[a.i - 1].low != "and" or toks[k].kind != "n":
        return None
    before = k - 1
    if toks[before].kind == "p" and toks[before].text in "$€£¥₽" and before >= 1:
        before -= 1
    return k if toks[before].low == "between" else None
