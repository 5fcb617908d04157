"""Trade facts: every figure of trade between Belarus and a partner, each with its sentence.

A sentence's tokens carry typed spans (figures.py: AMOUNT, CHANGE, PERIOD; tokens.py: the vocabulary of
metrics, goals, other money, comparison bases, clause boundaries; places.py: PLACE). The rules below bind
them by token order and clause, each a named function:

  bind_changes         which change belongs to which amount
  is_other_money       an amount that is investment, a contract, a surplus ... and not trade
  is_not_with_belarus  a figure of the partner's trade with a third country, or anyone's total trade
  metric_of            turnover, exports or imports, from Belarus' side
  status_of            actual, or target (a goal, a forecast, a plan)
  period_of            the figure's own period, the one the text carries over, or none
  product_of           the product group a figure is for
  one_fact_per_figure  a figure told twice is one fact

A fact is anchored on an amount ("$18 million") or, when a sentence gives only a change ("trade grew by
40% last year"), on the change.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property
from itertools import count, pairwise

from belcoop.model import Change, Period, TradeFact
from belcoop.parse.figures import (
    CHANGE_NOUNS,
    YEAR_EARLIER,
    Amount,
    Figures,
    PeriodSpan,
    _month_end,
    fiscal_start,
    read_figures,
    sides_ending_at,
)
from belcoop.parse.figures import Change as ChangeSpan
from belcoop.parse.folded import FoldedPattern, plain_case
from belcoop.parse.months import MONTHS, WEEKDAYS
from belcoop.parse.places import Hit, Mention, country_of, drop_qualifiers
from belcoop.parse.tokens import Sentence, Token, index_tags, lexicon, lows_of_text, metric_lexicon, sentence, tokens_of
from belcoop.vocab import known_bodies

_METRICS = ("turnover", "exports", "imports")
# A sentence can hold a figure only if it has a digit or one of these words.
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred half third fifth quarter "
    "double "
    "doubled tripled trebled quadrupled "
    "halved twofold threefold fourfold fivefold tenfold billion million".split()
)


_MAY_HOLD = FoldedPattern(r"\d|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)))
# Words of the metric vocabulary, for a cheap first look at a sentence without figures.
_METRIC_STEMS = ("trad", "turnover", "export", "import", "suppl", "deliver", "sale", "sold", "sell", "ship", "purchas", "bought",
                 "buy", "procur", "exchang")
_ANY_METRIC = FoldedPattern("|".join(_METRIC_STEMS))


# a number word anywhere in a lower-cased word ("one" of "money", "ten" of "often"): one search of the word
_NUMBER_WORD_INSIDE = re.compile("|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)))


class _MayHoldWords(dict[str, bool]):
    """Token text -> whether it is a number or holds a number word, even inside a longer word (kept per word)."""

    def __missing__(self, text: str) -> bool:
        if len(self) >= 100_000:
            self.clear()  # a bound on memory over a long run
        holds = text[0].isdecimal() or _NUMBER_WORD_INSIDE.search(text.lower()) is not None
        self[text] = holds
        return holds


_MAY_HOLD_WORD = _MayHoldWords()


def may_hold_figures(text: str) -> bool:
    """A cheap test: does the sentence have a digit, or a word that can be a number (even inside a longer word)?

    A number token is one that starts with a digit (every digit starts or continues one). In a text whose lower case
    is plain (folded.plain_case), a number word found in the lower-cased text is a run of ASCII letters, which is
    inside one token: each token is asked once, and its answer kept."""
    tokens = tokens_of(text)
    if not plain_case(text):
        return "n" in [t.kind for t in tokens] or _MAY_HOLD.search(text) is not None
    return any(map(_MAY_HOLD_WORD.__getitem__, [t.text for t in tokens]))


@dataclass
class Anchor:
    """What a fact is anchored on: an amount, a change, or both."""

    amount: Amount | None
    change: ChangeSpan | None

    @property
    def head(self) -> int:
        return self.amount.i if self.amount else self.change.i if self.change else 0

    @property
    def end(self) -> int:
        ends = [x.j for x in (self.amount, self.change) if x is not None]
        return max(ends)


@dataclass
class Place:
    """A place named in the sentence, by token span."""

    i: int
    j: int
    code: str
    demonym: bool
    city: bool = False  # a city's name ("Kazan"), which may be only where something happened
    own_region: bool = False  # a city that is a region of its own ("Almaty", "Tashkent", "Moscow")

    @property
    def belarus(self) -> bool:
        return country_of(self.code) == "BY"


@dataclass
class View:
    """One sentence as the rules see it: tokens, clauses, figures, places, metric words."""

    s: Sentence
    figures: Figures
    places: list[Place]
    metric_at: dict[int, str]  # token index -> metric of the word there
    # gives the places the text has named with a word for a region (see `named`), asked only by a rule that needs them
    names_so_far: Callable[[], tuple[tuple[int, str, str], ...]] | None = None
    # the side "the region" of the sentence before was told to be ("the trade of the region with Kyrgyzstan": the
    # Belarusian one), for "the region" of one going on from it when the places named with the word are of both sides
    region_before: bool | None = None

    @cached_property
    def named(self) -> tuple[tuple[int, str, str], ...]:
        """The places the text has named with a word for a region ("Gomel Oblast", "the Tula region"), the sentences
        before this one at offset -1: (character offset, the word, the place's code), for "the oblast's exports"."""
        return self.names_so_far() if self.names_so_far is not None else ()

    @cached_property
    def clauses(self) -> list[int]:
        """The clause of each token (worked out when a rule first asks: a sentence without figures has no use for it)."""
        return self.s.clause_ids()

    def clause(self, i: int) -> int:
        clauses = self.clauses
        if not clauses:
            return 0
        return clauses[i] if i < len(clauses) else clauses[-1]

    def clause_start(self, k: int) -> int:
        """The first token of token k's clause: one search, as a clause's ids never decrease along the sentence."""
        clauses = self.clauses
        if k <= 0 or not clauses:
            return min(k, 0)
        return bisect_left(clauses, self.clause(k), 0, min(k, len(clauses)))

    def clause_tokens(self, c: int) -> range:
        """The tokens of clause c, in order (one run: a clause's ids never decrease along the sentence)."""
        clauses = self.clauses
        return range(bisect_left(clauses, c), bisect_right(clauses, c))

    def between(self, a: int, b: int, category: str) -> bool:
        return any(a <= k < b for k in self.s.at.get(category, ()))

    def anywhere(self, category: str, within: range | set[int] | None = None) -> bool:
        """Whether a phrase of `category` starts in the sentence (at a token of `within`, if given)."""
        found = self.s.at.get(category)
        if found is None:
            return False
        return within is None or any(k in within for k in found)


def view(text: str, today: date | None, place_mentions: Callable[[str], list[Mention]],
         fiscal: tuple[int, int] | None = None) -> View:
    s = sentence(text)
    figures = read_figures(s, today, fiscal)
    # Places are read only by the rules of a figure (its partner, direction, owner, product), each asked about an
    # anchor, an amount or a change: a sentence with neither has no use for them.
    places = _places(s, figures, place_mentions(text)) if figures.amounts or figures.changes else []
    if "-" in text and (figures.amounts or figures.changes) and _may_name_makers(text):
        places = _with_makers(s, places, place_mentions)
    return View(s, figures, places, _metric_words(s, sorted([(a.i, a.j) for a in figures.amounts] + [(c.i, c.j) for c in figures.changes])))


# Goods named by the place that made them: "Lida-made machinery", "Minsk-built tractors" (not "a Mogilev-based company")
_MAKER_WORDS = ("made", "built", "produced", "manufactured", "assembled")
_MADE_IN = re.compile(r"([A-Z][\w'’]*)-(?:" + "|".join(_MAKER_WORDS) + ")", re.IGNORECASE)
_MAKER_ENDS = tuple("-" + w for w in _MAKER_WORDS)


def _may_name_makers(text: str) -> bool:
    """A cheap first look for `_MADE_IN` ("Lida-made"): its endings in the lower-cased text (or the text is not
    plain_case, and the pattern is asked)."""
    return not plain_case(text) or any(map(text.lower().__contains__, _MAKER_ENDS))


def _with_makers(s: Sentence, places: list[Place], place_mentions: Callable[[str], list[Mention]]) -> list[Place]:
    """The places of the sentence and the origins of goods written as a place and "-made": "Urgut farmers purchased
    Lida-made machinery worth 2.1 billion sums" names Lida (BY-HR) as the machinery's origin, as "Belarusian
    machinery" would (a demonym)."""
    added = []
    for k, tok in enumerate(s.tokens):
        made = _MADE_IN.fullmatch(tok.text) if tok.kind == "w" and "-" in tok.text else None
        if made is None or not made.group(1)[0].isupper() or any(p.i <= k < p.j for p in places):
            continue
        name = made.group(1)
        found = place_mentions(name)
        if len(found) == 1 and (found[0].start, found[0].end) == (0, len(name)):
            added.append(Place(k, k + 1, found[0].hit.code, True))
    return sorted(places + added, key=lambda p: p.i) if added else places


def _places(s: Sentence, figures: Figures, found: list[Mention]) -> list[Place]:
    """The places the sentence names, by token span (not the "US" of "US$5 million")."""
    mentions = drop_qualifiers(found)
    if not mentions:
        return []
    toks = s.tokens
    starts = dict(zip([t.start for t in toks], count()))
    ends = dict(zip([t.end for t in toks], count()))
    places = []
    for mention in mentions:
        i, last = starts.get(mention.start), ends.get(mention.end)
        if i is None:
            i = _token_holding(s, mention.start)  # a part of a compound token: the "Russia" of "Belarus-Russia"
            if i is None:
                continue
            last = i if s.tokens[i].end >= mention.end else last
        j = last + 1 if last is not None else i + 1
        if any(a.i <= i < a.j for a in figures.amounts):
            continue  # "US" in "US$5 million"
        # "Belarusian-Russian trade" names the pair: the partner's adjective is the partner there
        low = toks[i].low
        demonym = mention.hit.type == "demonym" and not (
            "-" in low and country_of(mention.hit.code) != "BY" and _BELARUSIAN_PAIR.intersection(low.split("-")))
        places.append(Place(i, j, mention.hit.code, demonym, mention.is_city, mention.is_city and mention.hit.type == "place"))
    return places


_BELARUSIAN_PAIR = frozenset(("belarusian", "belarussian", "byelorussian", "belorussian"))


def _token_holding(s: Sentence, offset: int) -> int | None:
    """The token a character offset falls inside, if it is a word joined by hyphens ("Belarus-Russia")."""
    for k, tok in enumerate(s.tokens):
        if tok.start < offset < tok.end:
            return k if "-" in tok.text else None
        if tok.start > offset:
            return None
    return None


_LIST_JOINS = frozenset(("and", ",", "the"))  # the words of a list: "exports and imports", "$60 million and $126 million"


def _metric_words(s: Sentence, figures: list[tuple[int, int]]) -> dict[int, str]:
    """Token index -> the metric of the word there, each phrase's metric over all its words (the "supplies" of
    "mutual supplies" is the phrase's); where phrases of two metrics start on one word, turnover, then exports.
    `figures`: the token spans of the sentence's amounts and changes, in order."""
    at = s.at
    if "turnover" not in at and "exports" not in at and "imports" not in at:
        return {}  # (no word of a metric: most sentences)
    starts = sorted({k for metric in _METRICS for k in at.get(metric, ())})
    metric_at: dict[int, str] = {}
    covered_to = 0
    tags = s.tags
    for k in starts:
        if k < covered_to:
            continue
        found = tags[k]
        assert found is not None
        for metric in _METRICS:
            hit = found.get(metric)
            if hit is not None:
                end = hit[0]
                for m in range(k, end):
                    metric_at[m] = metric
                covered_to = end
                break
    if "distribute" not in at and len(metric_at) >= 2:
        # "the import and export volume", "imports and exports between Sichuan and Belarus": both flows, one figure
        # (the one figure of their clause, not the first of a list: "... reached $90 million, of which exports to Belarus
        # were $30 million"; not "exports and imports amounted to $60 million and $126 million")
        toks = s.tokens
        pairs = [k for k in metric_at if k + 2 in metric_at and toks[k + 1].low == "and"
                 and {metric_at[k], metric_at[k + 2]} == {"exports", "imports"}
                 and (k + 3 >= len(toks) or toks[k + 3].low != "respectively")]
        for k in pairs:
            if len(figures) > 1:
                after = [f for f in figures if f[0] > k]
                if len(after) >= 2 and all(toks[m].low in _LIST_JOINS for m in range(after[0][1], after[1][0])):
                    continue  # the first of a list of figures
                clause = s.clause_ids()
                if sum(clause[f[0]] == clause[k] for f in figures) > 1:
                    continue
            for m in (k, k + 1, k + 2):
                metric_at[m] = "turnover"
    return metric_at


# ---------------------------------------------------------------- binding changes to amounts

_ARRIVAL = frozenset(
    "to and reach reaching reached amount amounted amounting total totaled totalled totaling totalling at of up make came "
    "making made exceed exceeding exceeded exceeds topped surpassed passed crossed hit hitting stood stand standing the level "
    "mark almost nearly about over more than "
    "around some approximately roughly , it which was were is are has have had been".split()
)


def _separates(v: View, amount: Amount, b: int) -> bool:
    """Between an amount and token b, does something start a new figure: a clause boundary word, a semicolon, a period
    of its own in another clause, another partner after "with" or "for" in another clause, or a metric word (unless the
    amount had none before it: "12.6 million USD was from Vietnam's exports, up 162.5 percent"; or had one right after
    it, in its clause: "$41.2 million of the trade, with the region's exports up by 27 percent")?"""
    s = v.s
    a = amount.j
    if _goal_between(v, amount.i, b):
        return True
    own_metric_before = any(k < amount.i and v.clause(k) == v.clause(amount.i) for k in v.metric_at)
    for k in range(a, b):
        if s.tagged(k, "boundary") and not _goes_on_after(s.tokens, k) or s.tokens[k].text == ";":
            return True  # (not "amounted to $5 million, but has grown by 40 percent": the same figure goes on)
        if s.tagged(k, "boundary") and _contrast_of_its_own_period(v, amount, k, b):
            return True
        if k in v.metric_at and (own_metric_before or any(
                m in v.metric_at and v.clause(m) == v.clause(amount.i) != v.clause(k) for m in range(a, k))):
            return True  # (and "accounted for $41.2 million of the trade, with the region's exports up by 27 percent")
    if any(a <= p.i < b and not p.demonym and not p.belarus and p.i > 0 and s.tokens[p.i - 1].low in ("with", "for")
           and v.clause(p.i) != v.clause(amount.i) for p in v.places):
        return True  # "Trade with Tatarstan exceeded $1.3 billion, with Nizhny Novgorod Oblast it grew by 11%": another's
    own = _past_conversion(v, amount)
    return any(p.kind == "period" and a <= p.i < b and v.clause(p.i) != v.clause(amount.i)
               and not (p.i >= own and all(s.tokens[k].low in _LEADS for k in range(own, p.i))) for p in v.figures.periods)


def _contrast_of_its_own_period(v: View, amount: Amount, k: int, b: int) -> bool:
    """A contrast after the boundary word at k that tells the change of another period than the amount's: "Last year
    trade reached $50 million, although it fell by 3 percent in January-March 2024" is a year's figure and a quarter's
    change (but "reached $50 million, although it fell by 3 percent in January-March" is one figure: the quarter's)."""
    periods = [p for p in v.figures.periods if p.kind == "period"]
    clause = v.clause(amount.i)
    if not any(p.j <= amount.i and v.clause(p.i) == clause or amount.j <= p.i < k for p in periods):
        return False
    toks = v.s.tokens
    ends = [c.j for c in v.figures.changes if c.i == b]
    return any(p.i >= end and p.i - end <= 2 and all(toks[m].low in _LEADS for m in range(end, p.i))
               for end in ends for p in periods)


def _local_currency(amount: Amount, partner: str | None) -> str | None:
    """The amount's currency; a currency word several countries use read as the partner country's ("330 million manat"
    in trade with Turkmenistan: TMT; data/trade.tsv, `currency_local`). Not "US dollars", only the bare word."""
    words = amount.text.lower().split()
    word = words[-1] if words else ""
    if amount.currency is None or partner is None:
        return None if partner is None and "currency_unsure" in lexicon().words.get(word, {}) else amount.currency
    if len(words) >= 2 and words[-2] not in ("million", "billion", "thousand", "mln", "bln", "bn", "trillion") \
            and not words[-2][0].isdigit():
        return amount.currency  # "Egyptian pounds", "US dollars": the country is named
    local = lexicon().words.get(word, {}).get("currency_local")
    if local is None and amount.text[:2].lower() == "rs":
        local = lexicon().words.get("rs", {}).get("currency_local")
    if not local:
        return amount.currency
    country = country_of(partner)
    for option in local.split("|"):
        where, _, code = option.partition(" ")
        if where.upper() == country:
            return code
    if "currency_unsure" in lexicon().words.get(word, {}):
        return None  # "2 billion dinars" in trade with a country of no dinar: which dinar is not known
    return amount.currency


_EXPORT_VERB_FORMS = frozenset(("exported", "sold", "shipped", "supplied", "imported", "bought", "purchased"))


_SUPPLY_VERBS = frozenset(("supplied", "supplies", "supply", "supplying", "provided", "provides", "provide", "providing"))


def _recipient(v: View, k: int) -> Place | bool | None:
    """Whom the goods of a verb of supply at token k go to, named as its object: "supplied Belarus with metal products"
    (that place), "supplied the region with dairy products" (True: the article's partner, named by a word for it);
    None where the verb names none so ("supplied metal products to Belarus": the "to" says it)."""
    toks = v.s.tokens
    if toks[k].low not in _SUPPLY_VERBS:
        return None
    m = k + 1
    if m < len(toks) and toks[m].low in ("the", "this"):
        m += 1
    place = _place_at(v, m)
    if place is not None and not place.demonym:
        after = place.j
        return place if after < len(toks) and toks[after].low == "with" else None
    if m + 1 < len(toks) and toks[m].low in _REGION_WORDS and toks[m + 1].low == "with" and m > k + 1:
        return True
    return None


def _belarus_exported(v: View, k: int, here: list[Place]) -> bool:
    """ "Belarus exported dairy products worth $2.6 billion in 2025": Belarus the subject of a verb of trade, with no
    place the goods went to or came from, is Belarus' own total (not "Belarus exported $40 million of goods to the
    region")."""
    toks = v.s.tokens
    if toks[k].low not in _EXPORT_VERB_FORMS or k == 0:
        return False
    subject = next((p for p in v.places if p.j == k and p.belarus and not p.demonym), None)
    if subject is not None and subject.i > 1 and _opens_on_a_whole(toks, subject.i):
        pass  # "Overall, the Mogilev region exported goods worth $3.4bn": the region's total, said so
    elif subject is None or subject.i > 1:
        return False  # (the sentence opens on "Belarus", "In 2025, Belarus" is not asked)
    if _recipient(v, k) is not None:
        return False  # "Belarus supplied the region with dairy products worth $30 million"
    origin = _origin_after(v, k)
    if origin is not None and not origin.belarus:
        return False  # "Belarus bought Uzbek cotton worth $40 million": the partner's goods
    if any(not p.belarus and not p.demonym for p in here):
        return False
    return not any(toks[m].low in ("to", "from", "with", "into") and m + 2 < len(toks) and (toks[m + 1].low in ("the", "this", "our", "your", "it", "them", "you", "us")) for m in range(k + 1, len(toks)))


def _opens_on_a_whole(toks: list[Token], i: int) -> bool:
    """Does the sentence open on "Overall,", "In total," or "As a whole," (and "the") before token i?"""
    k = i - 1 if i > 0 and toks[i - 1].low == "the" else i
    return k > 1 and toks[k - 1].text == "," and any(tuple(t.low for t in toks[:k - 1]) == words for words in _AS_A_WHOLE)


def _company_total(v: View, k: int, here: list[Place]) -> bool:
    """ "MAZ's exports grew by 10% to $800 million", "Exports of the holding exceeded $1 billion", "Exports of Minsk
    Tractor Works grew by 12%": a company's or a body's own exports, with no place they went to (not "MAZ's exports to
    the region"), are its totals, no trade with the partner."""
    toks = v.s.tokens
    if v.metric_at.get(k) not in ("exports", "imports"):
        return False
    owner = False
    before = toks[k - 1] if k > 0 else None
    if before is None or before.low == "export" and k > 1:
        before = toks[k - 2] if k > 1 and toks[k - 1].low == "export" else before  # "MTZ's export sales"
    if before is not None and before.text.endswith(("'s", "’s")) and (before.low in _COMPANY_OWNERS or before.low in known_bodies()):
        owner = True  # "MAZ's exports", "the company's exports" (not a name the lists do not know: it may be a place's)
    end = k + 1
    while end < len(toks) and end in v.metric_at:
        end += 1
    if end + 1 < len(toks) and toks[end].low == "of":
        words = [t for t in toks[end + 1:end + 6]]
        lows = [t.low for t in words]
        if lows and lows[0] == "the" and len(lows) > 1 and (lows[1] in _COMPANY_OWNERS or len(lows) > 2 and lows[2] in _COMPANY_OWNERS):
            owner = True  # "exports of the holding", "exports of the ministry's organizations"
            if lows[1] in _CITY_WORDS and words[1].text.endswith(("'s", "’s")) and _refers_to(v, end + 2, k) is not None:
                owner = False  # "Exports of the capital's enterprises" after "Minsk and Tatarstan": the city's, a place's
        elif words and words[0].text[0].isupper() and any(t.low in ("works", "plant", "factory") and t.text[0].isupper()
                                                            for t in words):
            owner = True  # "Exports of Minsk Tractor Works"
    if not owner:
        return False
    if any(not p.belarus and not p.demonym for p in here):
        return False  # "MAZ's exports to Tyumen Region"
    return not any(toks[m].low in ("to", "into", "with") and (
        m + 2 < len(toks) and toks[m + 1].low in ("the", "this", "our") and toks[m + 2].low in _PLACE_OWNERS
        or _a_named_region(toks, m + 1)) for m in range(k + 1, len(toks)))  # "... to the region", "... to the Sughd region"


def _a_named_region(toks: list[Token], k: int) -> bool:
    """ "the Sughd region", "Khatlon Province" at token k: a region by its name and a word for a region, one the
    gazetteer may not know."""
    if k < len(toks) and toks[k].low == "the":
        k += 1
    return k + 1 < len(toks) and toks[k].kind == "w" and toks[k].text[0].isupper() and toks[k + 1].low in _PLACE_OWNERS


_AS_A_WHOLE = (("as", "a", "whole"), ("overall",), ("in", "general"), ("in", "total"), ("worldwide",), ("in", "all"))


def _as_a_whole_after(toks: list[Token], k: int) -> bool:
    """Do the words from token k on say "as a whole", "overall", "in general" ...?"""
    after = [t.low for t in toks[k:k + 3]]
    return any(tuple(after[:len(words)]) == words for words in _AS_A_WHOLE)


def _belarus_as_a_whole(v: View, k: int, here: list[Place]) -> bool:
    """ "Belarusian exports as a whole rose 3% to $45 billion", "Belarus' exports overall ...": Belarus' own total, with
    no place it went to (not "Belarus' exports to the region as a whole")."""
    toks = v.s.tokens
    if not any(p.belarus and (p.j == k or p.j == k - 1 and toks[k - 1].text in "'’") for p in here):
        return False
    after = [t.low for t in toks[k + 1:k + 4]]
    if not any(tuple(after[:len(words)]) == words for words in _AS_A_WHOLE):
        return False
    return not any(not p.belarus and not p.demonym for p in here)


_OF_ALL = frozenset(("goods", "services"))
_DESTINATION_LEADS = frozenset(("to", "from", "with", "into", "between"))


def _a_sides_own_total(v: View, k: int, here: list[Place], part: bool = False) -> bool:
    """ "Overall, enterprises of the Vitebsk region exported goods worth $3.9 billion", "Overall, the Mogilev region's
    exports amounted to $1.9 billion", "the region's exports of goods amounted to $3.48 billion", "Exports of services
    reached BYN 812 million": a side's exports or imports "of goods" (or "of services"), or told "overall" of a
    Belarusian party, with no place they went to or came from, are its total with the world, no partner's figure (not
    "exports of goods to Smolensk Oblast")."""
    toks = v.s.tokens
    if part or v.metric_at.get(k) not in ("exports", "imports"):
        return False  # (a part of the two sides' trade just given: "Trade reached $80 million. Exports of goods ...")
    if any(not p.belarus and not p.demonym for p in v.places):
        return False  # "Trade with Uzbekistan reached $1.1 billion, and exports of goods $800 million"
    if any(toks[m].low in _DESTINATION_LEADS and (
            any(p.i in (m + 1, m + 2) for p in v.places) or _a_named_region(toks, m + 1)
            or m + 2 < len(toks) and toks[m + 1].low in _DETERMINERS | {"it", "them", "us", "you"}
            and toks[m + 2].low in _PLACE_OWNERS | {"partner", "partners", "market", "markets"})
           for m in range(k + 1, len(toks))):
        return False  # "... to the region", "... with Kazakhstan" (not "amounted to $1.9 billion")
    if v.anywhere("pair"):
        return False
    after = k + 1
    while after in v.metric_at:
        after += 1
    if after + 1 < len(toks) and toks[after].low == "of" and toks[after + 1].low in _OF_ALL:
        return True  # "exports of goods", "imports of services"
    if not (toks[0].low == "overall" and len(toks) > 1 and toks[1].text == ",") and not _as_a_whole_after(toks, k + 1):
        return False
    # "Overall, the Mogilev region's exports" (not "Overall, trade with Belarus ..., of which exports")
    return any(p.belarus and not p.demonym and p.j <= k and (p.i == 0 or toks[p.i - 1].low not in _FLOW_LEADS)
               and (p.i < 2 or toks[p.i - 2].low not in _FLOW_LEADS) for p in v.places)


_BLOC_LEADS = frozenset(("with", "to", "from", "and"))
_BLOC_FILLERS = frozenset(("the", "countries", "country", "of", "member", "states", "other", "nations", "region", "regions",
                           "subjects", "constituent", "entities", "all", "two",
                           "three", "four", "five", "six", "seven", "eight", "nine", "ten", "its", "our"))


def _with_a_bloc(v: View, scope: set[int], here: list[Place]) -> bool:
    """Is the figure's trade with a bloc or a macro-region, not a place: "Belarus' trade with the EAEU countries",
    "exports to the Northwestern Federal District", "with the countries of the Persian Gulf"? The bloc follows a word
    of a flow ("with", "to", "from") and no place stands between them."""
    toks = v.s.tokens
    for k in v.s.at.get("bloc", ()):
        if k not in scope or any(0 < p.i - k <= 3 for p in here):
            continue  # (not a region that names a place after it: "exports to Siberia's Tomsk Oblast")
        m = k - 1
        while m >= 0 and (toks[m].low in _BLOC_FILLERS or toks[m].kind == "w" and toks[m].text[0].isupper()
                          and not any(p.i <= m < p.j for p in here)):
            m -= 1  # "the Northwestern Federal District", "the countries of the Persian Gulf"
        if m >= 0 and toks[m].low in _BLOC_LEADS and k - m <= 7:
            return True
    return False


_GROUP_NOUNS = frozenset(("regions", "oblasts", "provinces", "krais", "territories", "countries", "states", "republics",
                          "partners", "markets"))
_GROUP_TOGETHER = frozenset(("combined", "together", "altogether", "taken"))  # "the two regions combined"


_GROUP_LINKS = frozenset(("to", "with", "from"))


def _with_a_group(v: View, scope: list[int]) -> bool:
    """Is the figure's flow with a counted group of places: "exports to the six regions combined", "trade with these
    five countries"? A number (three or more, or any with "combined", "together") and a plural noun of places after
    "to", "with" or "from" make a sum over several partners, none of whom the figure is of."""
    s = v.s
    if _GROUP_LINKS.isdisjoint(s.lows) or _GROUP_NOUNS.isdisjoint(s.lows):
        return False  # (no "to", "with", "from" to lead to a group, or no noun of one: most sentences)
    toks = s.tokens
    for k in scope:
        if toks[k].low not in _GROUP_LINKS:
            continue
        m = k + 1
        if m < len(toks) and toks[m].low in ("the", "these", "those", "all", "its", "our", "their"):
            m += 1
        if m >= len(toks):
            continue
        value = s.tag_value(m, "number_word") if s.tagged(m, "number_word") else toks[m].text if toks[m].text.isdecimal() else None
        try:
            count = float(value) if value is not None else None
        except ValueError:
            count = None
        if count is None or count < 1:
            continue
        end = s.tag_end(m, "number_word") or m + 1
        while end < len(toks) and toks[end].kind == "w" and toks[end].low not in _GROUP_NOUNS and end - m <= 3 and \
                (toks[end].text[0].isupper() or toks[end].low in ("neighbouring", "neighboring", "partner")):
            end += 1  # "the six Russian regions", "the four neighbouring regions"
        if end >= len(toks) or toks[end].low not in _GROUP_NOUNS:
            continue
        together = end + 1 < len(toks) and toks[end + 1].low in _GROUP_TOGETHER
        if count >= 3 or together:
            return True
    return False


def _ratio_of_metrics(v: View, anchor: Anchor) -> bool:
    """ "Exports exceeded imports by 3.7 times": one flow against the other, no change of either."""
    change = anchor.change
    if change is None or "compare" not in v.s.at:
        return False
    toks = v.s.tokens
    for m in v.s.at["compare"]:
        if m >= change.i or not any(k < m for k in v.metric_at):
            continue
        k = m + 1 if m + 1 < len(toks) and toks[m + 1].low != "the" else m + 2
        if k in v.metric_at and all(toks[x].low in ("by", "almost", "nearly", "about", "over", "more", "than") for x in
                                    range(v.s.tag_end(k, v.metric_at[k]) or k + 1, change.i)):
            return True
    return False


def _bilateral_total(v: View, k: int | None, here: list[Place]) -> bool:
    """ "Overall trade during the period stood at ...", "Total trade turnover between the two countries", "The overall
    trade of Belarus and Saudi Arabia": "total"/"overall" trade of no owner (no place, possessive or "its" before it, no
    foreign place after it but with Belarus), which is the two sides' own, not "foreign trade" or "Saudi Arabia's total
    trade"."""
    if k is None:
        return False
    toks = v.s.tokens
    m = next((m for m in range(max(0, k - 3), k + 1) if v.s.tagged(m, "total")), None)
    if m is None or toks[m].low not in ("total", "overall") or v.metric_at.get(k) != "turnover":
        return False
    owner = m - 1 if m > 0 and toks[m - 1].low == "the" else m
    if owner > 0 and (toks[owner - 1].text.endswith(("'s", "’s", "'")) or toks[owner - 1].low in ("its", "their", "his", "her")
                      or any(p.j == owner for p in v.places)):
        return False  # "Saudi Arabia's total trade", "its overall turnover"
    after = [p for p in here if p.i > k and not p.demonym]
    return not after or any(p.belarus for p in after)


_BUT_GOES_ON = frozenset(("has", "have", "had", "grew", "rose", "increased", "decreased", "fell", "declined", "dropped"))
_CONCESSIVE = frozenset(("but", "although", "though"))


def _goes_on_after(toks: list[Token], k: int) -> bool:
    """Does the figure before the boundary word at token k go on after it: "amounted to $5 million, but has grown by 40
    percent", "reached $61.5 million, although it decreased by 4.1 percent" (its change, told as a contrast; not "but
    imports decreased by 4 percent", another figure)?"""
    if toks[k].low not in _CONCESSIVE:
        return False
    m = k + 2 if k + 2 < len(toks) and toks[k + 1].low in ("it", "they") else k + 1  # ("exports ..., though they fell")
    return m < len(toks) and toks[m].low in _BUT_GOES_ON and (m == k + 1 and toks[k].low == "but" or m == k + 2)


def _goal_between(v: View, a: int, b: int) -> bool:
    """A goal word between tokens a and b, none before a: "reached $1.1 billion in 2024, and the sides intend to double
    it", "grew by 40%, and the parties plan to bring it to $500 million" are a result and a goal, two figures."""
    goals = v.s.at.get("goal")
    if not goals or not any(a < k < b for k in goals):
        return False
    return not any(k < a and v.s.is_goal_word(k) for k in goals) and any(a < k < b and v.s.is_goal_word(k) for k in goals)


def _periods_of_their_own(v: View, a: int, b: int) -> bool:
    """A period before token a and another between a and b: "In Q3 2023 trade rose by 8.2% and in January-September the
    figure reached $121.8 million" are two figures, each of its own period."""
    periods = [p for p in v.figures.periods if p.kind in ("period", "unknown")]
    if not any(a < p.i < b for p in periods):
        return False
    if any(p.j <= a for p in periods):
        return True
    # "was $31 million in 2025 and dropped by 12% in January-September 2026": the later figure's period right after it
    ends = [x.j for x in v.figures.amounts if x.i == b] + [c.j for c in v.figures.changes if c.i == b]
    toks = v.s.tokens
    between = {(p.first, p.last) for p in periods if a < p.i < b}
    return any(p.i >= end and p.i - end <= 2 and all(toks[m].low in _LEADS for m in range(end, p.i)) and (p.first, p.last) not in between
               for end in ends for p in periods)


def _after_its_share(v: View, amount: Amount) -> bool:
    """Does the amount restate a share just given: "2.1% of the region's foreign trade, or $45.2 million"?"""
    toks = v.s.tokens
    i = amount.i
    return i >= 2 and toks[i - 1].low == "or" and toks[i - 2].text == "," and v.anywhere("share") and any(
        toks[k].text == "%" or toks[k].low == "percent" for k in range(max(0, i - 12), i))


def _past_conversion(v: View, amount: Amount) -> int:
    """Where an amount's own words end, past the same figure in another currency in brackets after it: "8.6 billion
    yuan (about 1.2 billion U.S. dollars)| in the first 10 months of 2025"."""
    toks = v.s.tokens
    end = amount.j
    again = next((c for c in v.figures.amounts if c.i > end and c.i - end <= 4 and is_conversion(v, c)), None)
    if again is not None:
        end = again.j
        if end < len(toks) and toks[end].text == ")":
            end += 1
        if end < len(toks) and toks[end].text == ",":
            end += 1  # "2.3 billion rubles, or about $30 million, in 2023"
    return end


def bind_changes(v: View, amounts: list[Amount]) -> list[Anchor]:
    """Pair each change with the amount it describes; a change with none is an anchor of its own.

    - "$6.2 million, up 2.5 times", "$364.1 million (53.6% up)", "$1.2 billion, which was up by 56.5%":
      the amount before, when nothing that starts a new figure stands between them;
    - "rose by 12% to $41 million", "grew 2.1 times and amounted to $18 million": the amount after, when only
      words of arrival stand between;
    - "totaled about $200 million, which exceeded the figure of a year before (up 36%)": the one amount of the
      sentence, when no other figure is about.
    """
    anchors = [Anchor(a, None) for a in amounts]
    paired = _respective(v, amounts)
    if paired is not None:
        return paired
    whens = _when_of_a_base(v)
    for change in v.figures.changes:
        if whens:
            # "This is 7.8% less than in 2023, when trade reached $1.44 billion": the amount is the other year's
            unbound = [x for x in anchors if x.amount and any(change.j <= w < x.amount.i or x.amount.j <= w < change.i
                                                               for w in whens)]
            if unbound and len(unbound) == len(anchors):
                anchors.append(Anchor(None, change))
                continue
        before = [x for x in anchors if x.amount and x.amount.j <= change.i]
        after = [x for x in anchors if x.amount and x.amount.i >= change.j]
        chosen: Anchor | None = None
        last = before[-1].amount if before else None
        if last is not None and before[-1].change is None and not _separates(v, last, change.i) \
                and not _periods_of_their_own(v, before[-1].head, change.i):
            chosen = before[-1]
        elif after and after[0].change is None and _only_between(v, change.j, after[0].amount.i, _ARRIVAL):  # type: ignore[union-attr]
            chosen = after[0]
        elif (end := _from_to(v, change.j, after)) is not None:
            chosen = end
        elif len(amounts) == 1 and len(v.figures.changes) == 1 and anchors[0].change is None:
            only = anchors[0]
            a, b = sorted((only.head, change.i))
            other_metric = any(k in v.metric_at and v.metric_at[k] != _metric_word_before(v, only.head) for k in range(a, b))
            new_period = any(p.kind == "period" and a < p.i < b and v.clause(p.i) != v.clause(a) for p in v.figures.periods)
            # "We plan to increase exports by at least 5%, and to bring exports to China to $1 billion": the metric named
            # again between them opens a figure of its own
            metric_again = any(k < a for k in v.metric_at) and any(
                a < k < b and any(v.s.tokens[m].low == "and" or v.s.tagged(m, "goal_verb") for m in range(max(a, k - 3), k))
                for k in v.metric_at)  # (not "surged 12-fold, with the trade volume standing at ...", which restates it)
            if not other_metric and not new_period and not v.between(a, b, "boundary") and not _goal_between(v, a, b) \
                    and not _periods_of_their_own(v, a, b) and not metric_again:
                chosen = only
        if chosen is not None and chosen.amount is not None and _spans_of_their_own(v, change, chosen.amount):
            chosen = None
        if chosen is not None:
            chosen.change = change
        else:
            anchors.append(Anchor(None, change))
    anchors.sort(key=lambda x: x.head)
    return anchors


_OWN_SPAN_LEADS = frozenset(("within", "in", "during", "over"))


def _spans_of_their_own(v: View, change: ChangeSpan, amount: Amount) -> bool:
    """A change with a span of its own, then an amount with another period right after it: "We can double our trade
    within five years and reach $3.5 billion by 2027" are two figures (not "grew 2.1 times in 2023 to $18 million")."""
    if change.j > amount.i or not change.goal:
        return False  # (a goal's change only: "rose 12% over the year to $50 million in 2023" is one figure)
    toks = v.s.tokens
    own = [p for p in v.figures.periods if change.j <= p.i and p.j <= amount.i and p.kind != "base"
           and toks[p.i].low in _OWN_SPAN_LEADS]  # (not a comparison's: "grew 56.4 percent year-on-year to")
    after = [p for p in v.figures.periods if p.kind == "period" and amount.j <= p.i <= amount.j + 2
             and all(toks[m].low in _LEADS for m in range(amount.j, p.i))]
    return bool(own) and bool(after) and all((p.first, p.last) != (q.first, q.last) for p in own for q in after)


def _when_of_a_base(v: View) -> dict[int, PeriodSpan]:
    """ "than in 2023, when trade reached $1.44 billion": each "when" right after a base period, with that period."""
    if "when" not in v.s.lows:
        return {}
    toks = v.s.tokens
    found = {}
    for p in v.figures.periods:
        if p.kind == "base" and p.first is not None:
            w = p.j + 1 if p.j < len(toks) and toks[p.j].text == "," else p.j
            if w < len(toks) and toks[w].low == "when":
                found[w] = p
    return found


def _respective(v: View, amounts: list[Amount]) -> list[Anchor] | None:
    """ "$300 million and $200 million, up 12% and down 5% respectively": a list of amounts and a list of as many
    changes, one after the other, pair in order (and the same with the changes first)."""
    changes = v.figures.changes
    if len(amounts) < 2 or len(changes) != len(amounts) or "distribute" not in v.s.at:
        return None
    if v.s.tokens[v.s.at["distribute"][0]].low != "respectively":
        return None
    if not (amounts[-1].j <= changes[0].i or changes[-1].j <= amounts[0].i):
        return None  # interleaved: each change finds its own amount
    return [Anchor(a, c) for a, c in zip(amounts, changes, strict=True)]


def _only_between(v: View, a: int, b: int, words: frozenset[str]) -> bool:
    """Do only `words` and periods stand between tokens a and b?"""
    toks = v.s.tokens
    return all(toks[m].low in words or any(p.i <= m < p.j for p in v.figures.periods) for m in range(a, b))


def _from_to(v: View, k: int, after: list[Anchor]) -> Anchor | None:
    """ "grew 200 times from $6 million in 2006 to $1.3 billion in 2011": a change followed by "from A ... to B"
    is the change that led to B (the start, A, is a figure of its own)."""
    toks = v.s.tokens
    if len(after) < 2 or after[1].change is not None or k >= len(toks) or toks[k].low != "from":
        return None
    start, end = after[0].amount, after[1].amount
    if start is None or end is None or start.i != k + 1:
        return None
    to = [m for m in range(start.j, end.i) if toks[m].low == "to"]
    if not to or not _only_between(v, start.j, to[0], _LEADS) or not _only_between(v, to[0] + 1, end.i, _LEADS):
        return None
    return after[1]


def _metric_word_before(v: View, i: int) -> str | None:
    for k in range(i - 1, -1, -1):
        if k in v.metric_at:
            return v.metric_at[k]
    return None


def distribute(v: View, anchors: list[Anchor]) -> list[tuple[Anchor, int | None]]:
    """ "Trade, exports and imports amounted to $1.1 billion, $760 million and $340 million, respectively";
    "exports and imports grew by 14% and 6% respectively"; "exports and imports each amounted to $60 million":
    the figures go to the metric words named before them, in order. Otherwise each anchor finds its own."""
    s = v.s
    cue = s.at["distribute"][0] if "distribute" in s.at else None
    if cue is None:
        return _listed_in_order(v, anchors) or [(a, None) for a in anchors]
    if not anchors:
        return []
    def metric_words(after: int, before: int) -> list[int]:
        words: list[int] = []
        for k in sorted(v.metric_at):
            if after < k < before and (not words or v.metric_at[k] != v.metric_at[words[-1]] or k > words[-1] + 1):
                if words and k == words[-1] + 1:
                    continue  # one metric phrase: "trade turnover"
                words.append(k)
        return words

    ordered = sorted(anchors, key=lambda a: a.head)
    if s.tokens[cue].low == "respectively":
        # the figures after a list of metric words, however many figures come before it ("Trade reached $188 million,
        # with exports and imports standing at $62 million and $126 million, respectively")
        for start in range(len(ordered)):
            group = ordered[start:]
            words = metric_words(ordered[start - 1].head if start else -1, group[0].head)
            if len(words) >= 2 and len(words) == len(group):
                return [(a, None) for a in ordered[:start]] + list(zip(group, words, strict=True))
        return [(a, None) for a in anchors]
    words = metric_words(-1, ordered[0].head)
    if len(words) >= 2 and s.tokens[cue].low in ("each", "both") and len(anchors) == 1 and cue < anchors[0].head:
        return [(Anchor(anchors[0].amount, anchors[0].change), w) for w in words]
    return [(a, None) for a in anchors]


def _listed_in_order(v: View, anchors: list[Anchor]) -> list[tuple[Anchor, int | None]] | None:
    """ "Exports and imports amounted to $60 million and $126 million", "exports and imports grew by 14% and 6%": a list
    of metric words, then as many figures in a list of their own in the same clause, pair in order as with
    "respectively"."""
    if len(anchors) < 2:
        return None
    ordered = sorted(anchors, key=lambda a: a.head)
    toks = v.s.tokens
    clause = v.s.clause_ids()
    first = ordered[0].head
    starts = [k for k in sorted(v.metric_at) if k < first and k - 1 not in v.metric_at]
    words = starts[-len(ordered):]
    if len(starts) < len(ordered) or len({v.metric_at[k] for k in words}) != len(words):
        return None
    for a, b in pairwise(words):  # "exports and imports", "trade, exports and imports"
        if not all(toks[m].low in _LIST_JOINS for m in range(a + 1, b)):
            return None
    if not any(toks[m].low == "and" for m in range(words[-2] + 1, words[-1])):
        return None
    spans = [(a.amount or a.change) for a in ordered]
    for x, y in pairwise(spans):  # "$60 million and $126 million": the figures a list too
        if x is None or y is None or not all(toks[m].low in _LIST_JOINS for m in range(x.j, y.i)) or x.j == y.i:
            return None
    if len({clause[k] for k in (words[-1], first)}) != 1 and any(toks[m].text in ",;" for m in range(words[-1], first)):
        return None
    return list(zip(ordered, words, strict=True))


# ---------------------------------------------------------------- what is not a trade figure


def is_other_money(v: View, amount: Amount) -> bool:
    """Money that is not trade: "Contracts worth $110 million", "a trade surplus of $13 million",
    "investment of $50 million", "$5 million in investments".

    The nearest head word before the amount in its clause decides (a metric word or a word of other money);
    a word of other money that opens the clause governs the metric words after it ("contracts for the
    supply of ... worth"); with no head before, a word of other money right after the amount does.
    """
    s = v.s
    c = v.clause(amount.i)
    first_head: str | None = None
    nearest: str | None = None
    first_other: int | None = None  # the first word of other money, and the last metric word, before the amount
    nearest_trade = -1
    nontrade = s.at.get("nontrade", ())
    # the head words before the amount in its clause, in order: only a word of other money or a metric word is one
    toks = s.tokens
    for k in sorted({*nontrade, *v.metric_at}):
        if k >= amount.i:
            break
        if v.clause(k) != c:
            continue
        if k in nontrade and k + 2 < len(toks) and toks[k + 1].low == "to" and s.tagged(k + 2, "goal_verb"):
            continue  # "have reserves to bring the trade turnover to $100 million": a verb's object follows, not money
        if k in nontrade:
            first_head = first_head or "other"
            first_other = k if first_other is None else first_other
            nearest = "other"
        else:
            first_head = first_head or "trade"
            nearest = "trade"
            nearest_trade = k
    if first_head == "other" and nearest == "trade" and first_other is not None and any(
            s.tagged(m, "goal_verb") for m in range(first_other + 1, nearest_trade)):
        first_head = "trade"  # "to open production facilities and to bring the trade to $4.5 billion": a verb of its own
    if nearest == "other" or first_head == "other":
        return True
    if nearest is None and _listed_after_other_money(v, amount, nontrade):
        return True
    toks = s.tokens
    i = amount.i
    if nearest is None and c > 0 and i >= 1 and toks[i - 1].low in ("worth", "valued", "at") and nontrade:
        # "the contract for the supply of 300 buses, signed in 2023 and worth 38 million euros": what is worth it is
        # the head of the clause the words hang on (its first head word, as in one clause: "contracts for the supply")
        before = [k for k in sorted({*nontrade, *v.metric_at}) if k < i and v.clause(k) == c - 1]
        if before and before[0] in nontrade:
            return True
    if nearest is None and i >= 1 and toks[i - 1].text in (":", "–", "—") and c > 0:
        # "The balance of trade is positive for Belarus: $12 million": the figure of the clause before the mark
        heads = [k for k in sorted({*nontrade, *v.metric_at}) if k < i and v.clause(k) == c - 1]
        if heads and heads[0] in nontrade:
            return True
    if nontrade and i >= 2 and toks[i - 1].text in _LIST_MARKS and any(s.tagged(m, "nontrade") for m in range(max(0, i - 3), i - 1)):
        return True  # "..., and the surplus - $295 million": the label of a listed figure
    k = amount.j
    if k < len(toks) and (s.tagged(k, "nontrade") or toks[k].text == "-" and s.tagged(k + 1, "nontrade")):
        return True  # "the $1 billion project", "a $50 million loan"
    m = k
    while m < len(toks) and m - k < 3 and toks[m].low in _AUXILIARIES:
        m += 1
    if m > k and m < len(toks) and toks[m].low in _SPENT:
        return True  # "1.1 billion rubles have been allocated from the Union State budget": money spent, not traded
    if nearest is None and k < len(toks) and toks[k].low in ("of", "in", "for", "worth", "from"):
        for m in range(k + 1, min(len(toks), k + 5)):
            if s.tagged(m, "nontrade"):
                return True  # "$5 million in investments", "12 million dollars from the state budget"
            if m in v.metric_at or toks[m].kind == "p":
                break
    return False


_RETAIL_WORDS = frozenset(("sales", "sale", "sold"))
_CHANNEL_LEADS = frozenset(("on", "through", "via"))


def _sold_to_shoppers(v: View, k: int) -> bool:
    """ "Sales of Belarusian goods on JD.com and Douyin topped 20 million yuan", "sales through the national pavilion
    grew to ...": goods sold on a marketplace (a name, or a word for one) are a seller's takings, no trade figure."""
    toks = v.s.tokens
    if toks[k].low not in _RETAIL_WORDS:
        return False
    c = v.clause(k)
    for m in range(k + 1, min(len(toks) - 1, k + 8)):
        if v.clause(m) != c or any(a.i <= m < a.j for a in v.figures.amounts):
            return False
        if toks[m].low not in _CHANNEL_LEADS:
            continue
        n = m + 2 if toks[m + 1].low == "the" and m + 2 < len(toks) else m + 1
        # a name only "on" or "via" one ("on Ozon", "via JD.com"): "through" a name is through a seller ("through the
        # Trade House 'Belarus'")
        name = toks[m].low != "through" and toks[n].kind == "w" and toks[n].text[0].isupper() \
            and toks[n].low not in WEEKDAYS.keys() | MONTHS.keys() and not any(p.i <= n < p.j for p in v.places)
        channel = any(v.s.tagged(q, "retail_channel") for q in range(n, min(len(toks), n + 3)))
        return name or channel
    return False


_AUXILIARIES = frozenset(("has", "have", "had", "been", "was", "were", "is", "are", "be", "will", "would", "being"))
# Verbs of money given or spent, after the amount: the sum is a budget's or an investor's, not a flow of goods.
_SPENT = frozenset(("allocated", "earmarked", "disbursed", "invested", "spent", "granted", "lent",
                    "channelled", "channeled", "appropriated", "budgeted", "financed", "funded"))


def is_in_transit(v: View, amount: Amount) -> bool:
    """ "More than 400 trains passed through Belarus, carrying goods worth 9.8 billion yuan to Europe": the value of
    goods carried across a country, a verb of carrying them before the amount and one of passing through in the
    sentence before it, is no trade with it."""
    at = v.s.at
    if "carrying" not in at or "transit" not in at:
        return False
    carried = [k for k in at["carrying"] if k < amount.i and amount.i - k <= 6]
    return bool(carried) and any(k < amount.i for k in at["transit"])


_VERB_TAGS = ("actual", "report_verb", "up", "down", "goal", "times_verb")


def _listed_after_other_money(v: View, amount: Amount, nontrade: Iterable[int]) -> bool:
    """ "contracts for the supply of peat briquettes, flax products and dairy products worth $15 million": the amount
    ends a list of goods that commas cut into clauses; the clause that opens the list decides, as its own would, and
    a word of other money opening it governs the metric words after it."""
    toks = v.s.tokens
    heads = {*nontrade, *v.metric_at}

    clause_start = v.clause_start  # (a clause's ids start at the mark that opens it)
    end = amount.i
    start = clause_start(end)
    if start == 0 or "and" not in (toks[m].low for m in range(start, end)):
        return False  # (the last item of a list: "... and dairy products worth")
    while True:
        if toks[start].text != "," or any(toks[m].kind != "w" or m in heads or any(v.s.tagged(m, t) for t in _VERB_TAGS)
                                          for m in range(start + 1, end)):
            return False  # an item of a list has no verb, figure or metric word of its own
        end = start
        start = clause_start(end - 1)
        found = sorted(k for k in heads if start <= k < end)
        if found:
            return found[0] in nontrade
        if start == 0:
            return False


def is_difference(v: View, amount: Amount) -> bool:
    """ "$56 million more than in 2017", "rose by $50 million": a difference between two figures, not a figure."""
    if v.s.tagged(amount.j, "difference"):
        return True
    toks = v.s.tokens
    n = len(toks)
    if amount.j < n and toks[amount.j].text in (",", ")") and (
            amount.i >= 2 and toks[amount.i - 1].low == "or" and toks[amount.i - 2].text == "," and toks[amount.j].text == ","
            and any(c.j == amount.i - 2 for c in v.figures.changes)
            or amount.i >= 1 and toks[amount.i - 1].text == "(" and toks[amount.j].text == ")"
            and any(c.j == amount.i - 1 for c in v.figures.changes)):
        return True  # "grew by 18.4 percent, or $13.4 million, ...", "18.4% ($13.4 million) more": the change in money
    if amount.j + 2 < n and toks[amount.j].text == "," and toks[amount.j + 1].low == "or" and any(
            c.i == amount.j + 2 and c.j < n and toks[c.j].text == "," and v.s.tagged(c.j + 1, "difference")
            for c in v.figures.changes):
        return True  # "This is $13.4 million, or 18.4 percent, more than in 2023"
    k = amount.i - 1
    while k >= 0 and v.s.tokens[k].low in ("almost", "nearly", "about", "over", "more", "than", "some", "around", "just"):
        k -= 1
    if k >= 1 and v.s.tokens[k].low == "of" and v.s.tokens[k - 1].low in CHANGE_NOUNS:
        return True  # "$320 million, an increase of $40 million"
    if k >= 1 and v.s.tokens[k].low in ("up", "down") and v.s.tokens[k - 1].text == ",":
        return True  # "amounted to $143.7 million, up $25 million year-on-year" (not "made up $25 million")
    return k >= 1 and v.s.tokens[k].low == "by" and any(v.s.tagged(m, "up") or v.s.tagged(m, "down") for m in range(max(0, k - 3), k))




_CONVERSION_LEADS = frozenset(("or", "(", ",", "about", "almost", "nearly", "over", "some", "around", "approximately", "roughly",
                               "equivalent", "equal", "to", "i.e.", "which", "is"))


def is_conversion(v: View, amount: Amount) -> bool:
    """ "2.3 billion rubles, or about $30 million", "RUB 5 billion ($70 million)": the figure before it again, in
    another currency - one figure, not two. Only "or" or a bracket (and words of approximation) stand between."""
    toks = v.s.tokens
    before = [a for a in v.figures.amounts if a.j <= amount.i]
    if not before:
        return False
    last = before[-1]
    between = [t.low for t in toks[last.j:amount.i]]
    return (last.currency != amount.currency and 0 < len(between) <= 4 and ("or" in between or between[0] == "(")
            and all(w in _CONVERSION_LEADS for w in between))


_HEADS = frozenset(("capita", "resident", "residents", "inhabitant", "inhabitants", "person", "people", "head", "citizen",
                    "citizens", "household", "households", "employee", "employees", "worker", "workers"))


def _per_head(toks: list[Token], k: int) -> bool:
    """Does "per" and a word for a person follow the amount ending before token k, within its clause ("$1,300 of trade
    per resident", "$45 per capita")?"""
    for m in range(k, min(len(toks) - 1, k + 6)):
        if toks[m].text in (",", ";", ".", ":"):
            return False
        if toks[m].low == "per" and toks[m + 1].low in _HEADS:
            return True
    return False


def is_not_with_belarus(v: View, anchor: Anchor, metric_token: int | None, partner: str | None = None,
                        part: bool = False) -> bool:
    """A figure of someone's total trade ("Kazakhstan's foreign trade reached $130 billion", "Vietnam's exports
    reached $371 billion"), of trade with a bloc ("with the CIS countries"), or of the partner's trade with a
    third country ("Vietnam's trade with China"), is not a fact of trade between Belarus and the partner.
    What counts is the figure's own clause and its metric's. With the article's `partner`: "the region's trade with
    Kazakhstan" in an article about a Russian region is trade with a third country too."""
    s = v.s
    head = anchor.head
    if anchor.amount is not None and _per_head(s.tokens, anchor.amount.j):
        return True  # "about $1,300 of mutual trade per resident": a rate per person, no sum of trade
    clauses = {v.clause(head)} | ({v.clause(metric_token)} if metric_token is not None else set())
    scope = [k for c in sorted(clauses) for k in v.clause_tokens(c)]
    here = [p for p in v.places if v.clause(p.i) in clauses]
    belarus = any(p.belarus for p in here)
    in_scope = set(scope)
    paired = v.anywhere("pair", in_scope)
    bloc = v.anywhere("bloc", in_scope)
    total = metric_token is not None and (any(
        s.tagged(k, "total") for k in range(max(0, metric_token - 3), metric_token + 1)
    ) or _total_of_goods(s.tokens, metric_token))
    if bloc and (not belarus or _with_a_bloc(v, in_scope, here)):
        return True
    if _with_a_group(v, scope):
        return True  # "Belarusian exports to the six regions combined totalled $2.9 billion": no one partner's
    if _of_a_group(v, anchor, metric_token):
        return True
    if metric_token is not None and _belarus_as_a_whole(v, metric_token, here):
        return True
    if metric_token is not None and _the_partners_own_partner(v, metric_token, partner):
        return True
    if _a_partner_with_a_sum(v, anchor, partner):
        return True
    if metric_token is not None and _company_total(v, metric_token, here):
        return True
    if metric_token is not None and _belarus_exported(v, metric_token, here):
        return True
    if metric_token is not None and _a_sides_own_total(v, metric_token, here, part):
        return True
    foreign = {country_of(p.code) if "-" not in p.code else p.code for p in here if not p.belarus and not p.demonym}
    if len(foreign) >= 2 and partner is not None:
        # "we can reach $2bn if the assembly projects in Kostanay and Almaty are scaled up", "to open plants in Tambov
        # and Smolensk and to bring the trade with Russia to $4.5 billion": places where something is, in the
        # partner's country, no parties to trade of their own
        foreign = {c for c in foreign if not (country_of(c) == country_of(partner) and all(
            _located(v, p) for p in here if not p.belarus and not p.demonym and
            (country_of(p.code) if "-" not in p.code else p.code) == c))}
    if len(foreign) >= 2 and not belarus and not _listed_partner(v, head, here, metric_token) and \
            not _respective_partners(v, anchor, metric_token) and not _each_with_its_figure(v, here):
        return True  # "Trade between Kazakhstan and Russia reached $26 billion"
    if partner is not None and not belarus and _pronoun_owner(v, metric_token) and any(
        s.tokens[k].low in ("with", "to", "from") and not p.belarus and not p.demonym and p.code != partner
        and p.code != country_of(partner)  # (a region's country is no third country: "its trade with Vietnam", of Da Nang)
        for p in here for k in range(metric_token + 1, p.i) if p.i - k <= 2  # type: ignore[operator]
    ):
        return True  # "Trade with Kazakhstan reached $1.2 billion. Its exports to Russia ...": the partner's own trade
    if metric_token is not None and not belarus and _to_the_partner(s.tokens, metric_token + 1):
        source = _flow_place(v, metric_token + 1, min(len(s.tokens), metric_token + 12), "from")
        if source is not None and not source.belarus:
            return True  # "Imports to the region from China grew by 5%": the region's trade with a third country
    if not belarus and not paired and _with_a_third_country(v, metric_token, here, partner):
        return True  # the partner's trade with another country ("the region's foreign trade with Russia")
    if total and _bilateral_total(v, metric_token, here):
        total = False  # "Overall trade during the period stood at $71.9 million": the two sides' total, no owner's
    if total:
        with_someone = any(  # (also "Total exports to Belarus reached $20 million": the flow to someone)
            s.tokens[k].low in ("with", "between", "to", "from") and any(p.i == k + 1 or p.i == k + 2 for p in here)
            for k in scope if metric_token is None or k > metric_token
        )
        # "Belarus accounts for 2.1% of the region's foreign trade, or $45.2 million": Belarus' part of it
        part = belarus and anchor.amount is not None and _after_its_share(v, anchor.amount)
        return not (with_someone or paired and belarus or part)
    if belarus or paired:
        return False
    run = metric_token
    while run is not None and run - 1 in v.metric_at:
        run -= 1  # the first word of the metric's phrase: "Henan's import and export volume"
    owner = _owner_of(v, run) if run is not None else None
    if metric_token is not None and (v.metric_at[metric_token] != "turnover" or owner is not None and not owner.demonym
                                     and not any(p.belarus for p in v.places)):  # (not "Belarus, Irkutsk Oblast trade up")
        # "Uzbekistan's imports of machinery grew to $1.2 billion", "Henan's import and export volume reached 812 billion
        # yuan": the partner's trade with everyone
        # (but not "10.8 million USD of which was from Vietnam's exports", a part of the two-way figure)
        to_from = any(
            s.tokens[k].low in ("to", "from", "with") and any(p.i in (k + 1, k + 2) for p in here)
            for k in scope if k > metric_token
        ) or owner is not None and partner is not None and country_of(owner.code) == country_of(partner) and any(
            # "the Mogilev region and Armenia ... Armenian supplies to the region": the partner's, to the Belarusian
            # region the text named
            (_to_the_partner(s.tokens, k) or _to_the_partner(s.tokens, k, "from")) and _refers_to(v, k + 2, metric_token) is True
            for k in scope if k > metric_token
        )
        anywhere = v.anywhere("pair")
        part_of = any(k < head and s.tokens[k].low in ("of", "including") for k in s.at.get("continues", ())) or (
            owner is not None and owner.i > 0 and s.tokens[owner.i - 1].low == "with"
            and any(k < owner.i and m == "turnover" for k, m in v.metric_at.items()))  # "trade ..., with Vietnam's exports"
        # "Samara bought our goods": the speaker's side is the other party, and a foreign owner's speaker is Belarusian
        ours = any(s.tokens[k].low in ("our", "us") for k in scope if k > metric_token)
        # "Kazakh exports amounted to $300 million, and imports from Belarus – $1 billion": the sentence's other flow is
        # with Belarus, so is this one
        other_flow = any(p.belarus and not p.demonym and p.i > 0 and s.tokens[p.i - 1].low in ("from", "to")
                         and any(m < p.i and m != metric_token for m in v.metric_at) for p in v.places)
        if owner is not None and not to_from and not anywhere and not part_of and not ours and not other_flow and not part:
            return True
    return False


_LOCATIVES = frozenset(("in", "at", "near"))


def _located(v: View, p: Place) -> bool:
    """Is the place named as where something is ("projects in Kostanay and Almaty"): after "in", "at" or "near",
    alone or in a list of places after one?"""
    return _locative_of(v, p) is not None


def _locative_of(v: View, p: Place) -> int | None:
    """The "in", "at" or "near" the place is named after, alone or in a list of places after one."""
    toks = v.s.tokens
    ends = {q.j: q for q in v.places}
    k = p.i - 1
    while k >= 0:
        if toks[k].low in _LOCATIVES:
            return k
        if toks[k].low in ("and", ",", "the"):
            k -= 1
        elif k + 1 in ends:
            k = ends[k + 1].i - 1
        else:
            return None
    return None


def _where_something_is(v: View, p: Place, anchor: Anchor, partner: str | None) -> bool:
    """A place of the partner's country named after the figure as where something is, with words of its own between
    ("we can reach $2bn if the assembly projects in Kostanay and Almaty are scaled up"), not what the figure is of
    (as "trade reached $50 million in the Almaty region" is)."""
    if partner is None or p.i < anchor.end or country_of(p.code) != country_of(partner):
        return False
    k = _locative_of(v, p)
    return k is not None and k > anchor.end and v.s.tokens[k - 1].kind == "w" and (k - 1) not in v.metric_at


_TOTAL_WORDS = frozenset(("total", "overall", "aggregate"))


def _total_of_goods(toks: list[Token], k: int) -> bool:
    """ "total agricultural exports", "overall non-oil exports": "total" and a word or two of the goods before the metric
    word at k, a total of those goods' flow as "total exports" is of all goods (not "overall mutual trade")."""
    return any(toks[m].low in _TOTAL_WORDS and all(t.kind == "w" and t.text.islower() and t.low not in _PAIR_ADJECTIVES
                                                   for t in toks[m + 1:k])
               for m in range(max(0, k - 3), k - 1))


_PAIR_ADJECTIVES = frozenset(("mutual", "bilateral", "two-way", "reciprocal"))  # "overall mutual trade": the two sides' own


def _with_a_third_country(v: View, metric_token: int | None, here: list[Place], partner: str | None) -> bool:
    """The partner's trade (or its total trade's part) with another country: "the region's trade with Kazakhstan",
    "the region's foreign trade turnover with Russia" in an article on a region of Kazakhstan. The metric is owned by
    someone other than Belarus, and "with" a country other than the partner's comes right after it."""
    if partner is None or metric_token is None or not _owned_by_other(v, metric_token):
        return False
    return any(v.s.tokens[k].low == "with" and not p.belarus and not p.demonym and country_of(p.code) != country_of(partner)
               for p in here for k in range(metric_token + 1, p.i) if p.i - k <= 2)


def _of_a_group(v: View, anchor: Anchor, metric_token: int | None) -> bool:
    """ "Together with the Tyumen region and Yamal, the turnover of the okrug with Belarus exceeded $410 million": a
    foreign place joined to the trade before its figure makes the figure a group's, no one partner's."""
    s = v.s
    stop = anchor.head if metric_token is None else min(anchor.head, metric_token)
    for k in s.at.get("joined", ()):
        end = s.tag_end(k, "joined")
        if k >= stop or end is None:
            continue
        if end < len(s.tokens) and s.tokens[end].low == "the":
            end += 1
        if any(p.i == end and not p.belarus and not p.demonym for p in v.places):
            return True
    return False


def _each_with_its_figure(v: View, here: list[Place]) -> bool:
    """ "Trade with Armenia stood at $94.7 million and with Georgia at $51.3 million": each foreign place after "with"
    (or "to", "from"), each followed by a figure of its own before the next, is one of Belarus' partners in turn, not
    one side of a pair of them ("trade between Kazakhstan and Russia")."""
    toks = v.s.tokens
    foreign = sorted((p for p in here if not p.belarus and not p.demonym), key=lambda p: p.i)
    if len(foreign) < 2:
        return False
    starts = sorted([a.i for a in v.figures.amounts] + [c.i for c in v.figures.changes])
    for k, p in enumerate(foreign):
        lead = p.i - 1 if p.i > 0 and toks[p.i - 1].low != "the" else p.i - 2
        if lead < 0 or toks[lead].low not in ("with", "to", "from"):
            return False
        end = foreign[k + 1].i if k + 1 < len(foreign) else len(toks)
        if not any(p.j <= i < end for i in starts):
            return False
    return True


_WITH_FIGURE_WORDS = frozenset(("a", "an", "the", "mutual", "bilateral", "annual", "total", "overall", "foreign"))


def _the_partners_own_partner(v: View, metric_token: int, partner: str | None) -> bool:
    """ "The region's largest trade partner remains the Omsk region of Russia, with a turnover of over $1.1 billion",
    "The largest trade partner of the region remains China, with a turnover of $310 million", "China remains its main
    partner, with ...", "The region also cooperates with Russia's Novosibirsk region, with trade of about $95 million":
    a figure told as ", with the trade of" a third place, in a clause whose owner is the article's partner (a word for
    a region that does not refer back to the Belarusian side, "its", a foreign place's name: as a possessive, after
    "partner of", or the subject of a "with"), is the partner's trade with that place, none of Belarus'. Not "The
    Mogilev region's main partner remains Russia, with trade of $5 billion" (a Belarusian side's), nor "Its main partner
    in Kazakhstan is the Pavlodar region, with ..." in a Pavlodar article (the article's partner, or a place of its
    country, is no partner of its own: the owner is Belarusian), nor "Tashkent region and Samarkand region lead, with
    turnovers of ..." (no owner)."""
    toks = v.s.tokens
    k = metric_token
    while k - 1 in v.metric_at:
        k -= 1  # "with trade turnover of"
    k -= 1
    while k >= 0 and toks[k].low in _WITH_FIGURE_WORDS:
        k -= 1
    if k < 2 or toks[k].low != "with" or toks[k - 1].text != ",":
        return False
    return _with_a_third_place(v, k, k - 2, metric_token, partner)


def _a_partner_with_a_sum(v: View, anchor: Anchor, partner: str | None) -> bool:
    """ "Russia remains the region's largest trading partner with $1.6 billion": a sum right after "partner with", in a
    clause whose owner is the article's partner, is the partner's trade with that third place (as in
    _the_partners_own_partner, told without a word for trade)."""
    toks = v.s.tokens
    amount = anchor.amount
    if amount is None:
        return False
    k = amount.i - 1
    while k >= 0 and toks[k].low in _HEDGES:
        k -= 1  # "partner with over $1.6 billion"
    if k < 2 or toks[k].low != "with" or toks[k - 1].low not in ("partner", "partners"):
        return False
    return _with_a_third_place(v, k, k - 1, amount.i, partner)


def _with_a_third_place(v: View, k: int, last: int, ref: int, partner: str | None) -> bool:
    """Whether the clause of token `last`, before the "with" at token k, is owned by the article's partner (or by a
    foreign place) and names a third place: see _the_partners_own_partner. `ref` is the token the owner's words are
    read back from."""
    if any(p.belarus for p in v.places if p.i < k):
        return False
    clause = v.clause(last)
    start = last
    while start > 0 and v.clause(start - 1) == clause:
        start -= 1
    places = [p for p in v.places if start <= p.i and p.j < k and not p.demonym]
    owner = _owner_in(v, start, k, places, ref)
    if owner is None:
        return False
    if isinstance(owner, Place):
        return any(p.code != owner.code for p in places)  # (a third place: not the owner named again)
    home = country_of(partner) if partner else None
    return any(p.code != partner and country_of(p.code) != home for p in places)


def _owner_in(v: View, start: int, stop: int, places: list[Place], metric_token: int) -> Place | bool | None:
    """The owner of the clause at tokens [start, stop) that is not Belarus' (see _the_partners_own_partner): a foreign
    place, True for a word for a region or a pronoun, None for none."""
    toks = v.s.tokens

    def region_word(m: int) -> bool:
        word = toks[m].low.removesuffix("'s").removesuffix("’s")
        return word in _PARTNER_WORDS and m > 0 and toks[m - 1].low in ("the", "this") and not any(
            p.i <= m < p.j for p in places) and _refers_to(v, m, metric_token) is not True

    for m in range(start, stop):
        tok = toks[m]
        if tok.low in ("its", "their"):
            return True
        if tok.text.endswith(("'s", "’s")):  # "the region's largest partner", "Pavlodar region's" (not "Russia's Omsk")
            place = next((p for p in places if p.j - 1 == m), None)
            if place is not None and not any(q.i == m + 1 for q in places):
                return place
            if place is None and region_word(m):
                return True
        if tok.low == "of" and m > 0 and toks[m - 1].low in ("partner", "partners"):
            after = m + 2 if m + 1 < stop and toks[m + 1].low in ("the", "this") else m + 1
            place = next((p for p in places if p.i == after), None)
            if place is not None:
                return place  # "the largest partner of Pavlodar region"
            if after < stop and region_word(after):
                return True  # "the largest trade partner of the region"
    # the subject of a "with": "The region also cooperates with Russia's Novosibirsk region"
    first = start + 1 if toks[start].low in ("the", "this") else start
    if not any(toks[m].low == "with" for m in range(first + 1, stop)):
        return None
    subject = next((p for p in places if p.i == first or p.i == start), None)
    if subject is not None:
        return subject
    return True if first < stop and region_word(first) else None


def _owned_by_other(v: View, metric_token: int) -> bool:
    """Is the metric someone's other than Belarus' ("the region's trade", "its exports", "Tver Oblast trade")? Bare
    "Trade with Kazakhstan" in a Belarusian text is Belarus' own."""
    k = _owner_at(v, metric_token)
    if k < 0:
        return False
    owner = next((p for p in v.places if p.i <= k < p.j), None)
    if owner is not None:
        return not owner.belarus
    tok = v.s.tokens[k]
    return tok.low in ("its", "their") or tok.text.endswith(("'s", "’s")) or (
        tok.text in ("'", "’") and k > 0 and v.s.tokens[k - 1].text.endswith("s"))


def _pronoun_owner(v: View, metric_token: int | None) -> bool:
    """Is the metric owned by a pronoun ("its exports", "their foreign trade")?"""
    if metric_token is None:
        return False
    k = _owner_at(v, metric_token)
    return k >= 0 and v.s.tokens[k].low in ("its", "their")


def _owner_at(v: View, metric_token: int) -> int:
    """The token that owns the metric: the one before it and its words of a whole ("its foreign trade"); -1 if none."""
    k = metric_token - 1
    while k >= 0 and (v.s.tagged(k, "total") or k in v.metric_at):
        k -= 1  # (and the words of its own phrase: "the region's trade turnover")
    return k


_REVISED = ("revis", "correct", "adjust", "restat")
_FORMER = frozenset(("the", "an", "a", "earlier", "previous", "previously", "initial", "initially", "preliminary", "original",
                     "originally", "first", "reported", "estimated", "stated"))  # "from the earlier $1.1 billion"


def is_superseded(v: View, amount: Amount, amounts: list[Amount]) -> bool:
    """ "The 2023 turnover was revised down from $561 million to $548 million" (or "revised up to $548 million from
    $561 million"): the figure a revision replaced is no longer the figure (the one it was revised to is)."""
    toks = v.s.tokens
    k = amount.i - 1
    while k > 0 and toks[k].low in _FORMER:
        k -= 1
    if k < 1 or toks[k].low != "from":
        return False
    new = [a for a in amounts if a is not amount and a.i > 0 and toks[a.i - 1].low == "to" and v.clause(a.i) == v.clause(amount.i)]
    if not new:
        return False
    first = min(amount.i, new[0].i)
    return any(toks[m].low.startswith(_REVISED) for m in range(max(0, first - 12), first))


def is_price(v: View, amount: Amount) -> bool:
    """ "$3,200 per tonne", "a Belarus-1523 tractor sells in Kazakhstan for about $48,000", "retails at $900": a price,
    not a figure of trade."""
    if v.s.tagged(amount.j, "price_unit"):
        return True
    toks = v.s.tokens
    j = amount.j
    if j + 1 < len(toks) and toks[j].low == "per" and toks[j + 1].kind == "w" and toks[j + 1].low not in _NOT_ONE_ITEM:
        return True  # "96,000 yuan per vehicle" (not "$400 million per year", a rate of trade)
    clause = v.clause(amount.i)
    if any(toks[m].low in _ONE_ITEMS_WORTH and toks[m + 1].low == "of" and toks[m + 2].low in _ONE_ITEM
           and v.clause(m) == clause for m in range(max(0, amount.i - 12), amount.i - 2)):
        return True  # "the average customs value of a MAZ truck rose to 9.4 million rubles"
    k = amount.i - 1
    while k > 0 and any(v.s.tagged(k, a) for a in _APPROX_WORDS):
        k -= 1
    if k < 1 or toks[k].low not in ("for", "at"):
        return False
    if any(toks[m].low in _PRICE_VERBS and v.clause(m) == clause for m in range(max(0, k - 8), k)):
        return True
    # "one ton of raw cotton was sold for about $650": what one unit of the goods went for
    return any(m < k and v.clause(m) == clause for m in v.s.at.get("one_unit", ()))


_PRICE_VERBS = frozenset(("sells", "retails", "retail", "priced", "costs"))  # the present of one item's price
_NOT_ONE_ITEM = frozenset(("year", "annum", "quarter", "cent", "capita"))  # "per year": a rate, not one item's price
_ONE_ITEMS_WORTH = frozenset(("value", "price", "cost"))
_ONE_ITEM = frozenset(("a", "an", "one", "each", "every"))


# ---------------------------------------------------------------- metric and direction


def _place_at(v: View, k: int) -> Place | None:
    return next((p for p in v.places if p.i == k), None)


def _flow_place(v: View, start: int, stop: int, word: str) -> Place | None:
    """The place after "from"/"to" within tokens [start, stop), up to the next metric word or clause:
    "supplies from Perm Krai", "exports to Belarus" (not the "from Laos" of "..., and imports from Laos")."""
    if not v.places or word not in v.s.lows:
        return None  # (no place to find, or no word to lead to one)
    toks = v.s.tokens
    for k in range(start, min(stop, len(toks) - 1)):
        if toks[k].low == word:
            nxt = k + 2 if toks[k + 1].low == "the" else k + 1
            place = _place_at(v, nxt)
            if place is not None:
                return place
        if toks[k].text == "," and _list_goes_on(toks, k):
            continue  # "$14.2 million worth of grain, flour and oilseeds to Belarus": a list of goods
        if toks[k].kind == "p" and toks[k].text in ";," or v.s.tagged(k, "boundary") or k in v.metric_at and k > start:
            break
    return None


def _list_goes_on(toks: list[Token], k: int) -> bool:
    """Is the comma at token k inside a list of lower-case words ("grain, flour and oilseeds")?"""
    for m in range(k + 1, min(len(toks), k + 8)):
        tok = toks[m]
        if tok.low in ("and", "or"):
            return m > k + 1
        if not (tok.text == "," or tok.kind == "w" and tok.text.islower()):
            return False
    return False


def metric_of(
    v: View, anchor: Anchor, foreign_speaker: bool, inherited: str | None, word: int | None = None
) -> tuple[str, int | None]:
    """The metric of the figure, from Belarus' side, and the token of its metric word.

    The nearest metric word before the anchor in its clause, else after it in the clause, else before it in
    the sentence, else after it. Its direction turns when the partner is the one that exports: "supplies
    from Perm Krai" and "Vietnam's exports" are Belarus' imports; "imports from Belarus" and "purchases of
    Belarusian goods" are Belarus' exports; "our exports" said by a foreign official are Belarus' imports.
    """
    if word is not None:
        metric = v.metric_at[word]
        return (metric if metric == "turnover" else _direction(v, word, metric, foreign_speaker)), word
    head = anchor.head
    c = v.clause(head)
    words = sorted(v.metric_at)
    in_clause = [k for k in words if v.clause(k) == c]
    named = _metric_named_after(v, anchor.amount) if anchor.amount is not None else None
    if named is not None:
        metric = v.metric_at[named]
        return (metric if metric == "turnover" else _direction(v, named, metric, foreign_speaker)), named
    pick = (
        max((k for k in in_clause if k < head), default=None)
        if any(k < head for k in in_clause)
        else min((k for k in in_clause if k > head and not _means_between(v, head, k)), default=None)
    )
    if pick is None:
        pick = max((k for k in words if k < head), default=None)
    if pick is None and inherited is not None and _clause_refers_back(v, anchor):
        # "In January-September it reached $118 million, with Belarusian exports at $96 million": what "it" is, not
        # the metric a later clause names (but "Of this amount, Belarusian food products accounted for ...": exports)
        origin = _origin_subject(v, anchor)
        if origin is not None:
            return ("exports" if origin.belarus else "imports"), None
        return inherited, None
    if pick is None:
        # (not the metric of a later clause with an amount of its own: "Zhejiang ranked third with $760 million, while
        # Belarusian exports to the province were just $41 million")
        pick = min((k for k in words if k > head and not _means_between(v, head, k) and not any(
            a.i > head and v.clause(a.i) == v.clause(k) for a in v.figures.amounts)), default=None)
    if pick is None:
        origin = _origin_subject(v, anchor)
        if origin is not None:
            return ("exports" if origin.belarus else "imports"), None
        return inherited or "turnover", None
    metric = v.metric_at[pick]
    if inherited is not None and inherited != "turnover" and metric != "turnover" and pick > 0 \
            and v.s.tokens[pick - 1].low in _BACK_DETERMINERS \
            and not v.s.tokens[pick].low.startswith(("export", "import")) \
            and not (pick + 1 < len(v.s.tokens) and v.s.tokens[pick + 1].low in ("from", "to", "into")):
        # '"Our exports to Belarus grew to $23.5 million. We want to double these supplies"': the flow just given
        return inherited, pick
    if metric == "turnover" or _between_the_two(v, pick):
        return "turnover", pick
    return _direction(v, pick, metric, foreign_speaker), pick


_BACK_DETERMINERS = frozenset(("these", "those", "such", "this"))  # (not "that": "He noted that imports of tea ...")


def _flow_named_back(v: View) -> bool:
    """Does the sentence name a flow by a word that points back ("these supplies", "such exports")?"""
    toks = v.s.tokens
    return any(k > 0 and toks[k - 1].low in _BACK_DETERMINERS for k in v.metric_at)


def _means_between(v: View, head: int, k: int) -> bool:
    """Whether the metric word at token k, after the figure at `head`, names the means to it, not what the figure is:
    "to reach $200 million by increasing the supply of tractors", "through expanding exports", "thanks to deliveries of
    tractors"."""
    lows = v.s.lows
    if any(head < m < k for m in v.s.at.get("means", ())) and not any(
            m < head and v.clause(m) == v.clause(head) for m in v.s.at.get("earned", ())):
        # "... reach 5.5 billion roubles, first of all at the expense of the supplies of paper" (but "Belarus earned $120
        # million through exports of dairy products": the exports' own)
        return True
    return any(lows[m] in ("by", "through") and lows[m + 1].endswith("ing") for m in range(head + 1, k - 1))


def _between_the_two(v: View, k: int) -> bool:
    """ "Supplies of agricultural products between Belarus and Vietnam": a flow between Belarus and the partner is
    both ways, the two sides' trade."""
    toks = v.s.tokens
    c = v.clause(k)
    for m in range(k + 1, min(len(toks), k + 8)):
        if v.clause(m) != c or m in v.metric_at and m > k + 1 and m - 1 not in v.metric_at:
            return False
        if toks[m].low == "between":
            after = [p for p in v.places if m < p.i <= m + 6 and not p.demonym]
            return len(after) >= 2 and any(p.belarus for p in after) and any(not p.belarus for p in after)
    return False


_COPULAS = frozenset(("was", "were", "is", "are", "being"))


def _metric_named_after(v: View, amount: Amount) -> int | None:
    """The metric word an amount names after it with "of": "$400 million of imports", "$600 million of Belarusian
    exports"; and where that is the whole the amount is a part of, the part it is said to be: "$500 million of the
    turnover was Belarusian exports" -> the exports."""
    toks = v.s.tokens
    k = amount.j
    if k < len(toks) and (toks[k].low in _COPULAS or toks[k].text in _DASHES):
        return _metric_said_after(v, k + 1)
    if k >= len(toks) or toks[k].low != "of":
        return None
    k += 1
    while k < len(toks) and k not in v.metric_at and k - amount.j <= 3 and (
            toks[k].low in _DETERMINERS or any(p.i <= k < p.j and p.demonym for p in v.places)):
        k += 1
    if k not in v.metric_at:
        return None
    after = v.s.tag_end(k, v.metric_at[k]) or k + 1  # the token after the metric's words
    if after < len(toks) and toks[after].low in _COPULAS:
        part = next((q for q in range(after + 1, min(len(toks), after + 4)) if q in v.metric_at), None)
        if part is not None:
            return part
    return k


def _direction(v: View, k: int, metric: str, foreign_speaker: bool) -> str:
    s = v.s
    toks = s.tokens
    end = k + 1
    stop = len(toks)
    source = _flow_place(v, end, min(stop, end + 12), "from")
    dest = _flow_place(v, end, min(stop, end + 12), "to")
    recipient = _recipient(v, k) if source is None and dest is None else None
    flip = False
    if isinstance(recipient, Place):
        flip = (metric == "exports") == recipient.belarus  # "the region supplied Belarus with metal products"
    elif recipient is True:
        flip = metric == "imports"  # "Belarus supplied the region with dairy products": what the partner takes in
    elif source is None and metric == "exports" and _to_the_partner(toks, end, "from"):
        flip = True  # "exports from the region amounting to $8.4 million": the partner's, Belarus' imports
    elif source is not None:
        flip = (metric == "exports") != source.belarus
    elif dest is not None and dest.belarus:
        flip = metric == "exports"
    elif metric == "imports" and (dest is not None or _to_the_partner(toks, end)) and not _owner_of(v, k):
        flip = True  # "Belarusian imports to the region": what the region takes in, Belarus sends
    else:
        owner = next((p for p in v.places if p.j == k or p.j == k - 1 and toks[k - 1].low in ("mainly", "also", "largely")
                      or p.j == k - 1 and toks[k - 1].text in ("'", "’")), None)  # ("Belarus' imports")
        own = _region_owner(v, k) == "partner"
        # "Pakistan's exports to Belarus stood at $39 million while imports were $77 million", "the region's trade with
        # Belarus ..., of which export – $6.2 million, import – $35.6 million": a bare metric word goes on from the owner
        # of those before it
        origin = _origin_after(v, k)  # (the goods' origin says it first: "..., while supplies of Belarusian goods ...")
        if origin is None and owner is None and not own:
            origin = _origin_of_the_subject(v, k)  # "Belarusian products worth 38.7 billion rubles were imported into ..."
        going_on = _owner_going_on(v, k, foreign_speaker) if owner is None and not own and origin is None else None
        own = own or _partner_subject(toks, k) and _refers_to(v, k - 1, k) is not True  # "the region exported goods worth ..."
        if owner is not None and not owner.belarus or own or going_on:
            flip = True  # (also "the region's exports", "Export of the region ..., import – $42.3 million": the partner's)
        elif origin is not None:
            flip = (metric == "imports") == origin.belarus
        elif foreign_speaker and any(toks[m].low in ("our", "we", "us") and not toks[m].text.isupper()
                                     for m in range(max(0, k - 4), k + 1)):
            flip = True  # (not the "US" of "82.4 million US dollars, including exports")
        elif not foreign_speaker:
            flip = _addressee_trades(toks, k, metric)
    if flip:
        return "imports" if metric == "exports" else "exports"
    return metric


# Words for the partner region ("the region's exports", "trade with the oblast"); the lists below build on it.
_PARTNER_WORDS = frozenset(("region", "oblast", "province", "krai", "republic", "territory"))


_OWN_QUALIFIERS = frozenset(("total", "overall", "combined", "aggregate", "bilateral", "mutual", "own", "foreign"))


def _region_word_owner(toks: list[Token], k: int) -> int | None:
    """The token of the word for a region that owns the metric word at token k: "the region's exports", "export of the
    region", "exports of the province", "the region's total exports" (not "exports of the Belarusian region"); None if
    there is none."""
    q = k - 1
    while q > k - 3 and q > 0 and toks[q].low in _OWN_QUALIFIERS:
        q -= 1  # (the qualifiers between: "the krai's total exports")
    before = toks[q] if q >= 0 else None
    if before is not None and before.low in _PARTNER_WORDS and before.text.endswith(("'s", "’s")) and q > 0 \
            and toks[q - 1].low in ("the", "this"):
        return q
    if k + 3 < len(toks) and toks[k + 1].low == "of" and toks[k + 2].low in ("the", "this") and (
            toks[k + 3].low in _PARTNER_WORDS or toks[k + 3].low in _CITY_WORDS and toks[k + 3].text.endswith(("'s", "’s"))):
        return k + 3  # (and "exports of the capital's enterprises")
    return None


def _region_owner(v: View, k: int) -> str | None:
    """Whose is the metric word at token k, named by a word for a region or a city that owns it ("the region's exports",
    "export of the region")? "partner", "belarus" where the word refers back to the Belarusian side ("Mogilev Oblast
    and the Tula region ... The oblast's exports ...", see _refers_to), or None (no such word). "The city" and "the
    capital" are the partner's only where they refer back to it ("Kazan ... exports of the city's enterprises")."""
    word = _region_word_owner(v.s.tokens, k)
    if word is None:
        return None
    side = _refers_to(v, word, k)
    if side is True:
        return "belarus"
    if v.s.tokens[word].low in _CITY_WORDS and side is None:
        return None
    return "partner"


# The words a text names a region with (the possessive and plural forms the lists above leave out): what "the region"
# and "the oblast" may refer back to. "Regional" names the oblast too ("the Vitebsk Regional Executive Committee").
_PLURALS = {"territory": "territories"}
_NAMING_WORDS = {"regional": "region", **{w: w for w in _PARTNER_WORDS},
                 **{_PLURALS.get(w, w + "s"): _PLURALS.get(w, w + "s") for w in _PARTNER_WORDS}}
_CITY_WORDS = frozenset(("city", "capital"))  # what "the city's", "the capital's" refer back to: a city the text named
_NAMED_AFTER = re.compile(r"[ \t]+(" + "|".join(sorted(_NAMING_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def named_with(text: str, mentions: list[Mention]) -> list[tuple[int, str, str]]:
    """The places `text` names with a word for a region, each (character offset, the word, the place's code): "Mogilev
    Oblast", "the Tula region", "a Belarusian region". A plural names another place with the word too, one not known
    ("Mogilev and Tula regions", code "?"): then who "the region" is, is not known."""
    found = []
    for m in mentions:
        if m.is_city:
            code = (m.city or m.hit).code  # "Minsk", "Kazan": what "the city" may be; and "the capital", a city that is
            found.append((m.start, "city", code))  # a region of its own ("Minsk", not "Kazan") or its country's city
            if "-" not in code or any(h.type == "place" and h.code == code for h in m.hits):
                found.append((m.start, "capital", code))
        parts = m.text.split()
        word = _NAMING_WORDS.get(parts[-1].lower())
        if word is None and len(parts) >= 3 and parts[1].lower() == "of":
            word = _NAMING_WORDS.get(parts[0].lower())  # "Republic of Tatarstan", "Province of Cordoba"
        if word is None:
            after = _NAMED_AFTER.match(text, m.end)
            word = _NAMING_WORDS[after.group(1).lower()] if after else None
        if word is None:
            continue
        if word not in _PARTNER_WORDS and word != "region":  # a plural: "Mogilev and Tula regions"
            word = next(w for w in _PARTNER_WORDS if _PLURALS.get(w, w + "s") == word)
            found.append((m.start, word, "?"))
        found.append((m.start, word, m.hit.code))
    for unknown in _UNKNOWN_REGION.finditer(text) if _REGION_WORD.search(text) else ():
        name = unknown.group(1)
        if name in _NOT_A_REGION_NAME or name.endswith(_ADJECTIVE_ENDINGS) or any(
                m.start <= unknown.start() < m.end for m in mentions):
            continue
        found.append((unknown.start(), unknown.group(2).lower(), "?"))
    return found


class _RegionNames:
    """The places the sentences of a text name with a word for a region (`named_with`), read only when a rule asks
    for them (few sentences have a word like "the region's" to refer back): each sentence is added as the text is
    read, and `so_far` reads those not read yet."""

    def __init__(self, place_mentions: Callable[[str], list[Mention]]) -> None:
        self._place_mentions = place_mentions
        self._texts: list[str] = []
        self._read = 0  # the sentences read so far
        self._before: set[tuple[int, str, str]] = set()  # those of the sentences before the last one read, at offset -1
        self._last: list[tuple[int, str, str]] = []  # those of the last one read, at their offsets

    def add(self, text: str) -> None:
        self._texts.append(text)

    def so_far(self) -> tuple[tuple[int, str, str], ...]:
        """The places named in the sentences before the last one added (at offset -1) and in it (at their offsets)."""
        while self._read < len(self._texts):
            self._before.update((-1, w, code) for _o, w, code in self._last)
            text = self._texts[self._read]
            self._last = named_with(text, self._place_mentions(text))
            self._read += 1
        return (*self._before, *self._last)


# A region the gazetteer does not know, named by a capitalised name and a word for a region ("Chui region", "Sughd
# Province"): "the region" may be that one too. Not a macro-region's adjective ("Eastern", "Asian", "Baltic"), nor one
# with "the" before it ("the Volga region", "the Asia-Pacific region"), nor a word that only opens the phrase.
_UNKNOWN_REGION = re.compile(r"(?<![\w'’-])(?<!the )(?<!The )([A-Z][\w'’-]*[a-z]) ((?i:region|oblast|province))\b")
# (its word, looked for first: the pattern above opens on look-behinds, tried at every character of the sentence)
_REGION_WORD = re.compile(r" (?i:region|oblast|province)")
_NOT_A_REGION_NAME = frozenset(("The", "This", "That", "Our", "Your", "Their", "Its", "His", "Her", "About", "Each", "Every",
                                "Whole", "Entire", "Autonomous", "Home", "Neighbouring", "Neighboring", "Partner", "Border",
                                "Native", "Frontier", "Capital", "Which", "What", "Any", "One", "Another", "Other", "East",
                                "West", "North", "South", "Central", "Far", "Middle"))
_ADJECTIVE_ENDINGS = ("an", "ern", "ic", "ish", "ese")


def _refers_to(v: View, word: int, k: int) -> bool | None:
    """Does the word for a region at token `word` ("the oblast's", "of the region"), owner of the metric word at token
    k, refer back to the Belarusian side (True), the foreign one (False), or is that not known (None)? Known where every
    place the text has named with that word before it is of one side ("Mogilev Oblast and the Tula region ... The
    oblast's exports"), leaving out a region of the country the flow goes to or comes from ("Gomel region and Shandong
    Province ... the region's exports to China": not Shandong's; "the Mogilev region ... the Shirak region ... Armenian
    supplies to the region": not Shirak's, the goods of the owner come from its country). 'Region' is either side's usage: every place named
    with any word for a region counts there, and with no place named with the word itself, so it does for the others
    ("Gomel Oblast ... the region's exports"). "The city" is a city the text named, "the capital" one that is a region
    of its own ("Minsk and Kazan ... the capital's enterprises": Minsk)."""
    toks = v.s.tokens
    low = toks[word].low
    start = toks[word].start
    named = [(w, code) for o, w, code in v.named if o < start and (w in _CITY_WORDS) == (low in _CITY_WORDS)]
    pool = {code for w, code in named if w == low} if low != "region" else set()
    if not pool and low not in _CITY_WORDS:
        # (not a country named a republic: "the Republic of Tajikistan ... the region's enterprises" are no country's)
        pool = {code for w, code in named if not (w == "republic" and low == "region" and "-" not in code)}
    stop = min(len(toks), k + 13)
    flow = {country_of(p.code) for p in (_flow_place(v, k + 1, stop, "to"), _flow_place(v, k + 1, stop, "from"),
                                         _owner_of(v, k)) if p is not None}  # (the owner's goods come from its country)
    pool = {code for code in pool if country_of(code) not in flow or country_of(code) == "BY"}
    sides = {country_of(code) == "BY" if code != "?" else None for code in pool}
    if len(sides) > 1 and low == "region":
        if v.region_before is None and flow - {"BY"} and True in sides:
            # "Brest Oblast ... Kaluga Oblast ... Shaanxi Province. Exports of the region to Shaanxi Province": a
            # foreign region's flow to another foreign place would be no trade with Belarus; the region is Belarusian
            return True
        return v.region_before  # "the trade of the region with Kyrgyzstan ... Of this amount, the region's exports"
    return sides.pop() if len(sides) == 1 else None


_THE_REGION = frozenset(("region", "oblast"))  # "the region with ..."


def _region_told(v: View) -> bool | None:
    """The side "the region" is in a sentence that names its partner in trade: "the trade turnover of the region with
    Kyrgyzstan" (a foreign place: the region is Belarusian, True), "trade of the region with Belarus" (False); None
    where the sentence tells neither."""
    if _THE_REGION.isdisjoint(v.s.lows):
        return None
    toks = v.s.tokens
    told: set[bool] = set()
    for k in range(1, len(toks) - 2):
        if toks[k].low not in _THE_REGION or toks[k - 1].low != "the" or toks[k + 1].low != "with":
            continue
        place = _place_at(v, k + 3 if toks[k + 2].low == "the" else k + 2)
        if place is not None and not place.demonym:
            told.add(not place.belarus)
    return told.pop() if len(told) == 1 else None


_YOU = frozenset(("you", "your"))


def _addressee_trades(toks: list[Token], k: int, metric: str) -> bool:
    """A Belarusian speaking to the partner: "you bought our goods", "your region buys ... our goods" (the partner
    buys: Belarus' exports), "you supplied us", "you sell us" (the partner sells: Belarus' imports)."""
    subject = any(toks[m].low in _YOU for m in range(max(0, k - 3), k))
    if metric == "imports":
        # "our goods" in the verb's own clause ("imported USD 64 mln worth, so our balance ...": not the goods' owner)
        return subject or any(toks[m].low == "our" for m in range(k + 1, _clause_end(toks, k + 1, k + 8)))
    return subject and k + 1 < len(toks) and toks[k + 1].low == "us"


def _clause_end(toks: list[Token], start: int, stop: int) -> int:
    """The first comma, semicolon, colon or dash from token `start` on (before `stop`), else `stop`."""
    stop = min(len(toks), stop)
    return next((m for m in range(start, stop) if toks[m].text in (",", ";", ":", "–", "—")), stop)


def _to_the_partner(toks: list[Token], k: int, word: str = "to") -> bool:
    """ "to the region", "to this country" at token k (or "from the region", with `word` "from"): the article's partner
    named by a word for it."""
    return k + 2 < len(toks) and toks[k].low == word and toks[k + 1].low in ("the", "this") and toks[k + 2].low in _REGION_WORDS


def _owner_of(v: View, k: int) -> Place | None:
    """The foreign place (or its people's adjective) right before the metric word at token k: "Kazakhstan's imports",
    "Saudi Arabia's non-oil exports" (a lower-case qualifier between)."""
    return next((p for p in v.places if not p.belarus and _owns(v, p, k)), None)


def _owns(v: View, p: Place, k: int) -> bool:
    """Whether place p owns the metric word at token k: right before it ("Kazakh exports", "Kazakhstan's imports"), or
    a possessive with up to two lower-case qualifiers between ("Shaanxi's total imports", "Belarus' overall exports")."""
    toks = v.s.tokens
    return p.j == k or p.j < k <= p.j + 2 and not p.demonym and toks[p.j - 1].text.endswith(("'s", "’s", "'")) and all(
        toks[m].kind == "w" and toks[m].text.islower() and m not in v.metric_at for m in range(p.j, k))


_FLOW_LEADS = frozenset(("to", "from", "with", "in", "between", "and"))  # a place after these is where goods go, not an owner


def _in_an_aside(toks: list[Token], i: int, lo: int, hi: int) -> bool:
    """Is token i inside brackets opened and closed between tokens lo and hi ("... made 6.1 billion rubles (parts of
    the Cheboksary plant), import – ...": a place in an aside about the goods is no owner of a flow)?"""
    opened = next((m for m in range(i - 1, lo, -1) if toks[m].text in "()"), None)
    closed = next((m for m in range(i + 1, hi) if toks[m].text in "()"), None)
    return opened is not None and closed is not None and toks[opened].text == "(" and toks[closed].text == ")"


def _owner_going_on(v: View, k: int, foreign_speaker: bool = False) -> bool | None:
    """Whose is a bare metric word at token k, going on from the metric words before it: True where the nearest one with
    an owner is the partner's ("Perm Krai's trade with Belarus ..., of which exports – ..., imports – ...", "Exports of
    the region ..., imports – ..."), False where it is Belarus' ("Belarusian exports ..., while imports ..."), None
    where none has an owner or another owner stands between ("Pakistan's exports ... and Belarus' imports")."""
    toks = v.s.tokens
    metric_at = v.metric_at
    current = k
    while True:
        end = max((m for m in metric_at if m < current), default=None)
        if end is None:
            return None
        start = end
        while start - 1 in metric_at:
            start -= 1  # "trade turnover": one metric run
        if any(end < p.i < current and not (p.i and toks[p.i - 1].low in _FLOW_LEADS) and not _in_an_aside(toks, p.i, end, current)
               for p in v.places):
            return None
        owner = next((p for p in v.places if _owns(v, p, start) or end + 1 < len(toks) and toks[end + 1].low == "of"
                      and p.i == end + 2), None)  # "Kazakhstan's exports", "Kazakh exports", "exports of Kazakhstan"
        if owner is not None:
            return not owner.belarus
        first = _first_of_the_pair(v, end) if foreign_speaker else None
        if first is not None and not first.belarus:
            return True  # a Kazakh official's "trade between Pavlodar region and Belarus ..., including exports of ..."
        owners = {_region_owner(v, m) for m in {start, end}}
        if "partner" in owners:
            return True
        if "belarus" in owners:
            return False  # "The oblast's exports were $11.8 million, imports – $9 million": the Belarusian oblast's own
        dest: Place | None = _flow_place(v, end + 1, min(current, end + 13), "to")
        source: Place | None = _flow_place(v, end + 1, min(current, end + 13), "from")
        if dest is not None and dest.belarus or source is not None and source.belarus:
            return True  # "The region exported goods worth $20.1 million to Belarus and imported $58.2 million"
        if source is not None or dest is not None:
            return source is not None  # "$150 million is exports from Uzbekistan and $300 million – imports": the
            # partner's; "exports to Uzbekistan – $300 million, imports – $150 million": Belarus' own
        if source is None and _to_the_partner(toks, end + 1, "from"):
            return True  # "of which exports from the region $35.7 million and imports $164.3 million"
        if dest is None and _to_the_partner(toks, end + 1):
            return False  # "exports to the region $164.3 million and imports $35.7 million": Belarus' own
        current = start

def _first_of_the_pair(v: View, end: int) -> Place | None:
    """The side named first in "trade between Pavlodar region and Belarus" (the metric run ending at token `end`), where
    the other is named after "and": a foreign official who names his side first speaks of its exports and imports in
    "including exports of ... and imports of ..." (a Belarusian text's "trade between Laos and Belarus: exports – ..."
    is still Belarus')."""
    toks = v.s.tokens
    k = end + 1
    if k >= len(toks) or toks[k].low != "between":
        return None
    k += 2 if k + 1 < len(toks) and toks[k + 1].low == "the" else 1
    first = _place_at(v, k)
    if first is None or first.demonym or first.j >= len(toks) or toks[first.j].low != "and":
        return None
    m = first.j + 2 if first.j + 1 < len(toks) and toks[first.j + 1].low == "the" else first.j + 1
    second = _place_at(v, m)
    if second is None or second.demonym or second.belarus == first.belarus:
        return None
    return first


def _origin_subject(v: View, anchor: Anchor) -> Place | None:
    """ "Belarusian food products accounted for 3.2 billion rubles": goods named by their origin, in a sentence
    with no metric word, are that side's exports."""
    c = v.clause(anchor.head)
    for p in v.places:
        if p.demonym and v.clause(p.i) == c and p.j < anchor.head and v.s.tokens[p.j].kind == "w" and _noun_phrase(v, p.j, anchor.head):
            return p
        if not p.demonym and p.j < anchor.head and _goods_from(v, p) is not None:
            return p  # "Frozen beef from Belarus ... totaled 23,000 tonnes last year, nearly three times the 2022 level"
    return None


def _goods_from(v: View, p: Place) -> str | None:
    """The goods that open a sentence before "from" and place p, its subject: "Frozen beef from Belarus cleared through
    ports in Harbin ...", "Dairy products from the oblast ..." (not who came from there: "Tourists from Belarus ...")."""
    toks = v.s.tokens
    if p.i < 2 or toks[p.i - 1].low != "from" or v.clause(p.i) != v.clause(0) or v.anywhere("other_measure", range(p.i)):
        return None
    phrase = _noun_phrase(v, 0, p.i - 1)
    if phrase is None or len(phrase.split()) != p.i - 1 - (toks[0].low in _DETERMINERS) or toks[p.i - 2].low in _PEOPLE:
        return None  # (the whole of the words before "from", none of them a figure's or a period's)
    first = phrase.split()[0]
    return phrase[0].lower() + phrase[1:] if first[1:].islower() else phrase  # (the capital of the sentence's start)


# who come from a place, not goods ("Tourists from Belarus", "Guests from the region")
_PEOPLE = frozenset("tourists visitors guests students delegates delegations delegation people workers specialists experts "
                    "participants exhibitors companies enterprises firms businesses investors investments investment".split())
_FLOW_VERBS = _EXPORT_VERB_FORMS | {"delivered"}  # the verbs of trade whose subject a partner or goods may be


def _partner_subject(toks: list[Token], k: int) -> bool:
    """ "the region exported goods worth ...", "this oblast supplied ...": the partner, named by a word for it, the subject
    of a verb of trade at token k."""
    return toks[k].low in _FLOW_VERBS and k >= 2 and toks[k - 1].low in _PARTNER_WORDS and toks[k - 2].low in ("the", "this")


def _origin_of_the_subject(v: View, k: int) -> Place | None:
    """ "Belarusian products worth 38.7 billion rubles were imported into the region": the demonym of goods that are the
    subject of a passive verb of trade at token k (their origin, whoever brought them in)."""
    toks = v.s.tokens
    if toks[k].low not in _FLOW_VERBS or k < 1 or toks[k - 1].low not in ("were", "was", "are", "is", "been"):
        return None
    c = v.clause(k)
    before = [p for p in v.places if p.demonym and p.j < k and (v.clause(p.i) == c or _aside_between(v, p.i, k))]
    if not before:
        return None
    place = before[-1]
    return place if place.j < len(toks) and toks[place.j].kind == "w" and toks[place.j].text.islower() else None


def _aside_between(v: View, a: int, k: int) -> bool:
    """Are tokens a and k of one clause but for an aside in brackets between them ("Belarusian dairy products worth
    750 billion VND (about 29.5 million USD) were imported")?"""
    toks = v.s.tokens
    opened = next((m for m in range(a, k) if toks[m].text == "("), None)
    closed = next((m for m in range(k - 1, a, -1) if toks[m].text == ")"), None)
    if opened is None or closed is None or closed < opened:
        return False
    return v.clause(a) == v.clause(opened - 1) and v.clause(closed) == v.clause(k) and v.clause(opened) + 1 == v.clause(closed)


# verbs of buying, whose object's origin the goods come from ("will buy Belarusian tractors"); not the nouns
_BUYING_VERBS = frozenset(("imported", "purchased", "procured", "bought", "buy", "buys", "purchase", "import", "imports"))


def _origin_after(v: View, k: int) -> Place | None:
    """ "purchases of Belarusian goods", "supplies of Russian oil", "the region imported Belarusian goods", "buyers of
    Grodno products", "exports of Kurgan companies": the demonym of the goods' origin, or a place's name right before a
    word for goods or their makers (after a verb,
    only one of buying: what is sold says nothing of where it was made)."""
    toks = v.s.tokens
    if k + 1 < len(toks) and toks[k + 1].low == "of":
        start = k + 2
    elif v.metric_at.get(k) == "imports" and toks[k].low in _BUYING_VERBS:
        start = k + 1
    else:
        return None
    for m in range(start, min(len(toks), start + 3)):
        place = _place_at(v, m)
        if place is not None:
            # (its goods, or its makers: "exports of Vologda enterprises" are the region's, what it sells)
            generic = place.j < len(toks) and toks[place.j].low in _GOODS_OR_MAKERS
            return place if place.demonym or generic else None
    return None


# ---------------------------------------------------------------- actual or target


def _past_period(p: PeriodSpan, today: date | None) -> bool:
    return p.known and today is not None and p.last is not None and p.last < today and not p.future


def status_of(v: View, anchor: Anchor, today: date | None) -> str:
    """ "target" for a goal, forecast or plan, else "actual".

    - a goal word before the figure ("aim to", "could", "the target of", "plan to bring"), unless a verb of
      a reported figure, a verb of saying, a clause boundary or a past period comes between them;
    - a goal word right after the amount ("the $1 billion target", "$2 billion is achievable");
    - an infinitive of purpose with no reported figure before it in the clause ("trade to reach $3 billion");
    - a multiplying verb in its base form ("to double trade");
    - a future period or a deadline after the article's year ("next year", "by 2025").
    """
    s = v.s
    toks = s.tokens
    head = anchor.head
    if anchor.change is not None and anchor.change.goal and (anchor.amount is None or anchor.change.i < anchor.amount.i) \
            and not _achieved(v, anchor.change.i):
        return "target"
    amount = anchor.amount
    if amount is not None and is_starting_level(v, amount):
        return "actual"
    if amount is not None:
        for k in range(amount.j, min(len(toks), amount.j + 3)):
            if s.tagged(k, "goal_after"):
                return "target"
        own = next((p for p in v.figures.periods if p.i >= amount.j and p.i - amount.j <= 1 and p.kind != "base"), None)
        if own is not None and _past_period(own, today) and all(toks[k].low in ("in", "for") for k in range(amount.j, own.i)):
            return "actual"  # "up from $118 million in 2022": a figure of a year gone by
    at = s.at
    inside_goal = {m for k in at.get("goal", ()) if s.is_goal_word(k) for m in range(k + 1, s.tag_end(k, "goal") or k + 1)}
    stops = {*at.get("actual", ()), *at.get("saying", ()), *at.get("boundary", ())}
    if ";" in s.text:
        stops |= {k for k in range(len(toks)) if toks[k].text == ";"}
    stops -= inside_goal  # the "reaching" of "we are reaching $1 billion"
    # "not only restore the previous level but also reach $700 million": one aim going on, no clause of its own
    stops -= {k for k in at.get("boundary", ()) if toks[k].low == "but" and k + 1 < len(toks) and toks[k + 1].low == "also"}
    for p in v.figures.periods:
        if _past_period(p, today) and p.kind == "period":
            stops.add(p.i)
    last_stop = max((k for k in stops if k < head), default=-1)
    for k in reversed(at.get("goal", ())):  # the goal words before the figure, nearest first (a goal word is tagged)
        if last_stop < k < head and s.is_goal_word(k) and not _past_ability(toks, k):
            end = s.tag_end(k, "goal") or k + 1
            if not any(end <= m < head for m in stops):
                return "actual" if _goal_attained(v, k, anchor) else "target"
    # "trade to reach $3 billion": an infinitive of purpose, not "rose 12% to reach $41 million";
    # "talking about reaching $500 million": a gerund of aim (the walk back decides only at one of those tags)
    c = v.clause(head)
    if "goal_verb" in at or "goal_gerund" in at:
        for k in range(head - 1, 0, -1):
            if v.clause(k) != c:
                break
            if toks[k - 1].low == "to" and s.tagged(k, "goal_verb"):
                # (not "continued to grow and reached $300 million": what went on, and a reported figure after it)
                aspect = k >= 2 and toks[k - 2].low in _ASPECT_VERBS
                reported = any(k < m < head for m in at.get("actual", ()))
                # (a verb of saying before it reports the aim: "noted that the parties have reserves to bring ...")
                said = set(at.get("saying", ())) - set(at.get("actual", ()))
                if not any(m < k and v.clause(m) == c for m in stops - said) and not _changed_before(v, k) and not aspect \
                        and not reported and not _achieved(v, k):
                    return "target"
                break
            if s.tagged(k, "goal_gerund") and s.tagged(k - 1, "gerund_lead") and not _achieved(v, k):
                return "target"
    for p in v.figures.periods:
        if v.clause(p.i) != c:
            continue
        if p.future and not any(m < head and v.clause(m) == c for m in stops):
            return "target"
        if p.known and p.first is not None and _after_deadline_word(v, p.i):
            reported = any(m < head and v.clause(m) == c for m in stops)
            if today is None and not reported or today is not None and p.first.year > today.year:
                return "target"
    return "actual"


_PAST_BE = frozenset(("was", "were", "been"))
_SUCCEEDED = frozenset(("managed", "succeeded"))
_AIM_FILLERS = frozenset(("more", "than", "almost", "nearly", "practically", "virtually", "really", "even", "further", "also",
                          "already", "not", "only", "just"))


def _past_ability(toks: list[Token], k: int) -> bool:
    """ "we were able to", "have been able to": an ability that was used, what follows it done (not "we are able to")."""
    return toks[k].low == "able" and k > 0 and toks[k - 1].low in _PAST_BE


def _achieved(v: View, k: int) -> bool:
    """Is the aim at token k (an infinitive "double", "bring", a gerund "doubling") one said to be achieved: "we
    managed to double", "we were able to bring trade to", "have been able to more than double", "succeeded in
    doubling"? (Not "we were able to agree on steps to bring": the aim of what was done.)"""
    toks = v.s.tokens
    m = k - 1
    while m > 0 and toks[m].low in _AIM_FILLERS:
        m -= 1
    if m < 1:
        return False
    lead = toks[m - 1].low
    if toks[m].low == "to":
        return lead in _SUCCEEDED or _past_ability(toks, m - 1)
    return toks[m].low == "in" and lead == "succeeded"


_ASPECT_VERBS = frozenset(("continued", "continues", "continue", "continuing", "kept", "keeps", "began", "begins", "started",
                           "starts", "went", "used", "tended", "tends"))
_ATTAINED = frozenset(("reached", "achieved", "hit", "met", "attained", "fulfilled"))


def _goal_attained(v: View, goal: int, anchor: Anchor) -> bool:
    """A goal met is a figure reached: "reached the target of $500 million", "the goal of $500 million ... has been
    achieved" (not "exceeded the target of": the figure is beyond it)."""
    toks = v.s.tokens
    k = goal - 1 if goal and toks[goal - 1].low == "the" else goal
    if k and toks[k - 1].low in _ATTAINED:
        return True
    end = anchor.end
    c = v.clause(end - 1)
    return any(toks[m].low in _ATTAINED and toks[m - 1].low in ("been", "was", "were")
               for m in range(end, min(len(toks), end + 10)) if v.clause(m) == c)


def is_starting_level(v: View, amount: Amount) -> bool:
    """The level a change starts from, reported even beside a goal: "to bring trade to $1 billion, up from $600
    million now", "to increase trade from $600 million to $1 billion". An amount right after "from", itself after a
    word of change ("up from") or before "to" and another amount."""
    s = v.s
    toks = s.tokens
    i = amount.i
    if i < 1 or toks[i - 1].low != "from":
        return False
    if i >= 2 and (s.tagged(i - 2, "up") or s.tagged(i - 2, "down")):
        return True
    if any(toks[k].low == "to" and any(a.i == k + 1 for a in v.figures.amounts) for k in range(amount.j, min(len(toks), amount.j + 5))):
        return True
    # "rose to $30 million in 2024 from $18 million": "from" after the amount a change arrived at
    return any(a.j <= i - 1 and a.i > 0 and toks[a.i - 1].low == "to" and (s.tagged(a.i - 2, "up") or s.tagged(a.i - 2, "down"))
               and _only_between(v, a.j, i - 1, _LEADS) for a in v.figures.amounts if a.i >= 2)


def _for_opening(toks: list[Token], i: int) -> bool:
    """Is the period at token i one a sentence or clause opens with "for": "For 2023 as a whole, we have set ourselves
    the goal of $40 million" (the goal's year; not "a roadmap for 2024-2025", the period of something else)?"""
    return i > 0 and toks[i - 1].low == "for" and (i == 1 or toks[i - 2].kind == "p")


def _after_deadline_word(v: View, i: int) -> bool:
    """Is the period at token i a deadline: "by 2025", "until 2030", "by the end of 2025"?"""
    lows = [t.low for t in v.s.tokens[max(0, i - 4):i]]
    return bool(lows) and lows[-1] in ("by", "until", "till") or lows[-3:] == ["by", "the", "end"] or lows == ["by", "the", "end", "of"]


def _changed_before(v: View, k: int) -> bool:
    """Is there a change (a reported movement) before token k in its clause?"""
    c = v.clause(k)
    return any(ch.j <= k and v.clause(ch.i) == c for ch in v.figures.changes)


# ---------------------------------------------------------------- periods


def _as_period(p: PeriodSpan) -> Period | None:
    if p.first is None or p.last is None:
        return None
    return Period(p.first.isoformat(), p.last.isoformat())


_APPROX_WORDS = ("approx_almost", "approx_over", "approx_about", "approx_under")
_SPAN_LEADS = frozenset(("in", "over", "during", "for", "within"))
_LEADS = frozenset(("in", "for", "during", "over", "as", "of", "by", "the", "end", "at", "throughout", "within", "from"))


def _respective_period(v: View, anchor: Anchor, own: list[PeriodSpan]) -> PeriodSpan | None:
    """ "In 2022 and 2023, trade amounted to $300 million and $350 million, respectively": as many periods as amounts,
    all before them, pair in order."""
    if anchor.amount is None:
        return None
    amounts = v.figures.amounts
    periods = [p for p in own if p.known and p.j <= amounts[0].i]
    if len(periods) < 2 or len(periods) != len(amounts) or anchor.amount not in amounts:
        return None
    respectively = "distribute" in v.s.at and v.s.tokens[v.s.at["distribute"][0]].low == "respectively"
    if not respectively:
        # "In 2022, 2023 and 2024 exports amounted to $70 million, $80 million and $95 million": two lists side by side
        toks = v.s.tokens

        def listed(spans: list[tuple[int, int]]) -> bool:
            return all(all(toks[m].text == "," or toks[m].low == "and" for m in range(a[1], b[0])) and b[0] > a[1]
                       for a, b in zip(spans, spans[1:], strict=False))

        if not (listed([(p.i, p.j) for p in periods]) and listed([(a.i, a.j) for a in amounts])):
            return None
    return periods[amounts.index(anchor.amount)]


# Verbs that set a goal: a year before them is when it was set, not the goal's ("In 2023, the sides agreed to ...").
_TARGET_SET = frozenset(("agreed", "decided", "set", "planned", "aimed", "pledged", "undertook", "intended", "signed", "adopted",
                         "approved", "outlined", "targeted", "announced", "proposed", "suggested", "discussed", "named"))


def _goal_set_between(toks: list[Token], a: int, b: int) -> bool:
    """A verb that set a goal between tokens a and b ("the sides agreed to"), not a passive one that states it ("it is
    planned to reach")."""
    return any(toks[k].low in _TARGET_SET and toks[k - 1].low not in ("is", "are", "was", "were", "be", "been")
               for k in range(max(a, 1), b))


def _year_of_the_same(v: View, p: PeriodSpan) -> bool:
    """Does `p` name the year of "the same period" right before it: "the same period of 2022" (a whole year), "the
    same period last year", "the corresponding period of the previous year", "the same period a year earlier"?"""
    toks = v.s.tokens
    if not any(q.kind == "same" and q.months is None and (q.j == p.i or q.j == p.i - 1 and toks[q.j].low == "of")
               for q in v.figures.periods):
        return False
    if p.back or p.kind == "base" and " ".join(t.low for t in toks[p.i:p.j]) in YEAR_EARLIER:
        return True
    return p.known and p.first is not None and p.last is not None and (p.first.month, p.last.month) == (1, 12) \
        and p.first.year == p.last.year


def _the_same_months(v: View, p: PeriodSpan, own: list[PeriodSpan], last_known: Period | None) -> Period | None:
    """The months of the period given before (in the sentence, else the last figure's) in the year `p` names after
    "the same period" (`_year_of_the_same`)."""
    given = [q for q in own if q.known and q.j <= p.i and not q.back and q.first is not None and q.last is not None
             and q.first.year == q.last.year and not _year_of_the_same(v, q)]
    reference = _as_period(given[-1]) if given else last_known
    if reference is None or reference.start[:4] != reference.end[:4]:
        return None
    back = p.back or (1 if p.kind == "base" else 0)
    if back:
        return _shifted(reference, -back)
    if p.first is None:
        return None
    return _shifted(reference, p.first.year - int(reference.start[:4]))


_RATE_WORDS = frozenset(("a", "per", "annually", "yearly", "every", "each"))  # "a year", "per annum", "annually"


def _by_the_years_results(v: View, head: int) -> bool:
    """ "By results of the year", "following the results of the year" before the figure at `head`, in its clause (a
    translation of the Russian "по итогам года": for the year as a whole)."""
    lows = v.s.lows
    for k in v.s.at.get("year_results", ()):
        end = v.s.tag_end(k, "year_results") or k + 1
        if end < head and v.clause(k) == v.clause(head) and (lows[end] == "year" or lows[end:end + 2] == ["the", "year"]):
            return True
    return False


def period_of(v: View, anchor: Anchor, status: str, carried: Period | None, last_known: Period | None,
              today: date | None = None) -> tuple[Period | None, bool]:
    """The figure's period, and whether the sentence named one (so that it is not carried over).

    - a period right after the amount ("$21 million in 2022");
    - else the nearest period before it in its clause, else after it in its clause;
    - for a reported figure, else the nearest period before it in the sentence ("In 2021, exports ... and
      imports ..."), else after it;
    - "the same period" is the period of the figure just given; "in the medium term", "per year", an
      unresolvable "last year" give none;
    - a reported figure in a sentence without a period takes the one `carried` (set by the caller when the
      text continues), a target never does.
    """
    own = [p for p in v.figures.periods if p.kind != "base" and not _of_another_event(v, p)]
    toks = v.s.tokens
    if any(p.known for p in own):
        # "As of 1 October, the turnover ... since the start of the year stood at $693 million": the year to date is
        # the dated period's
        own = [p for p in own if not (p.kind == "vague" and toks[p.i].low == "since")]
        # "up 38.1 percent annually" beside "as of the third quarter of 2021": a rate, not a span of years
        # and "$400 million a year by 2027": the amount's rate, the year named after it the goal's
        rates = {c.j for c in v.figures.changes} | {a.j for a in v.figures.amounts}
        own = [p for p in own if not (p.kind == "vague" and p.i in rates and toks[p.i].low not in _SPAN_LEADS)]
    toks = v.s.tokens

    def result(p: PeriodSpan) -> tuple[Period | None, bool]:
        if p.kind == "same" and p.months is not None:  # "the same eight months": only a period of those months
            return next((c for c in (carried, last_known) if c is not None and c.start[:4] == c.end[:4]
                         and (int(c.start[5:7]), int(c.end[5:7])) == p.months), None), True
        if p.kind == "same":
            # "$4.1 million in January-May 2024, against $2.7 million in the same period of 2023": the year after it
            year = next((q for q in v.figures.periods if q.i > p.i and _year_of_the_same(v, q)), None)
            if year is None:
                return (carried or last_known), True
            p = year
        if _year_of_the_same(v, p):
            # "In January-March 2023 trade was $5 million. In the same period of 2022 (last year, a year earlier),
            # ...": those months of 2022
            months = _the_same_months(v, p, own, last_known)
            if months is not None:
                return months, True
        if p.back:
            return _years_back(v, p, own, carried, today), True
        return _as_period(p), True

    respective = _respective_period(v, anchor, own)
    if respective is not None:
        return result(respective)
    if anchor.amount is not None and anchor.change is None:
        for w, base in _when_of_a_base(v).items():
            if w < anchor.amount.i and v.clause(w) == v.clause(anchor.amount.i) and base.first is not None and base.last is not None:
                return Period(base.first.isoformat(), base.last.isoformat()), True  # "..., when trade reached $1.44 billion"
    ends = [anchor.amount.j] if anchor.amount is not None else []
    ends += [anchor.change.j] if anchor.change is not None else []
    for end in ends:  # the amount's own period first: "$2.7 billion in 2021, having increased 1.3 times over ..."
        for p in own:
            if p.i >= end and all(toks[k].low in _LEADS for k in range(end, p.i)) and p.i - end <= 4:
                if p.kind == "vague" and toks[p.i].low in _RATE_WORDS and any(q.known and q.i >= p.j for q in own):
                    end = p.j  # "$400 million a year by 2026": a rate, and the year it is for after it
                    continue
                return result(p)
    if anchor.amount is not None and anchor.change is None and is_starting_level(v, anchor.amount):
        return None, True  # "grew from $40 million to $55 million last year": the level before it, of a time not given
    c = v.clause(anchor.head)
    head = anchor.head
    in_clause = [p for p in own if v.clause(p.i) == c]
    before = [p for p in in_clause if p.i < head]
    if before:
        return result(before[-1])
    # a period right after another amount is that amount's ("$270 million compared to $221 million in 2022")
    claimed = {p.i for p in own for a in v.figures.amounts if a.i != head and p.i >= a.j and p.i - a.j <= 2
               and all(toks[k].low in _LEADS for k in range(a.j, p.i)) and not is_conversion(v, a)}
    after = [p for p in in_clause if p.i >= head and p.i not in claimed]
    if after:
        return result(after[0])
    if own and any(toks[k].low in _NOW_WORDS or toks[k].low == "now" and k + 1 < len(toks) and toks[k + 1].low in _NOW_THEN
                   for k in v.clause_tokens(c)):
        # "Five years ago trade stood at $50 million; today it is $150 million": the figure of today is of no period
        # named in the clauses before
        return None, True
    if status == "target":
        # "By the end of the year, it is forecast to surpass $1.2 billion": a future period opening the sentence, or
        # one a goal is for ("For 2023 as a whole, we have set ourselves the goal of $40 million")
        # "By 2027, ...", or a period of no other figure (none between, none before it in its clause): "In 2025, trade is expected to
        # reach $100 million" (but not "In 2023, trade reached $500 million; the sides plan to double it", nor "In 2023,
        # the sides agreed to bring trade to $1 billion": the year the goal was set)
        starts = [a.i for a in v.figures.amounts] + [ch.i for ch in v.figures.changes]
        future = [p for p in own if p.i < head and p.known and (
            p.future or _after_deadline_word(v, p.i) or _for_opening(toks, p.i)
            or not any(p.j <= k < head or k < p.i and v.clause(k) == v.clause(p.i) for k in starts)
            and not _goal_set_between(toks, p.j, head))]
        if not future and today is not None and _by_the_years_results(v, head):
            # "By results of the year it is planned to reach 200 million dollars": a goal for the year as a whole is
            # for the current one
            return Period(f"{today.year}-01-01", f"{today.year}-12-31"), False
        return (_as_period(future[-1]) if future else None), bool(own)
    # (not the period of an amount compared with: "$244 million in 2024, compared to $201 million in 2023, with exports
    # accounting for $38 million" is of 2024; nor that of a level it grew from: "rose to $43 million in 2020 from $31
    # million in 2019, while imports stood at $120 million" is of 2020)
    compared = {p.i for p in own for a in v.figures.amounts if a.i != head and p.i >= a.j and p.i - a.j <= 2
                and all(toks[k].low in _LEADS for k in range(a.j, p.i))
                and (_after_a_base_word(v, a.i) or is_starting_level(v, a))}
    before = [p for p in own if p.i < head and p.i not in compared] or [p for p in own if p.i < head]
    if before:
        return result(before[-1])
    if own:
        return result(own[0])
    following = _months_after_a_base(v)
    if following is not None and status == "actual" and (today is None or date.fromisoformat(following.end) < today):
        return following, True
    return carried, False


_NOW_WORDS = frozenset(("today", "currently", "nowadays", "presently"))
_NOW_THEN = frozenset(("it", "this", "the", "trade", "we"))  # "now it is", "now the figure is": not "imports now make up"


def _years_back(v: View, p: PeriodSpan, own: list[PeriodSpan], carried: Period | None, today: date | None) -> Period | None:
    """The period of "A year earlier, ...", "Three years before, ...", "In the previous year, ...": `p.back` years
    before the period just given (the last one of the sentence before it, else the one in force): the same months
    ("In January-May 2023 ... A year earlier" is January-May 2022), the whole year for "the previous year". With no
    period given, what the article's date makes of it ("the previous year" is last year), if anything. "Two years ago"
    is of the article's date, unless the period just given is of the article's year (the same months then)."""
    toks = v.s.tokens
    given = [q for q in own if q.known and q.j <= p.i and not q.back]
    reference = _as_period(given[-1]) if given else carried
    last = toks[p.j - 1].low
    if reference is not None and last == "ago" and not (
            today is not None and reference.start[:4] == reference.end[:4] == str(today.year)):
        reference = None
    if reference is None:
        return _as_period(p)
    if last == "year":  # "the previous year": a year, whatever the months given
        year = int(reference.start[:4]) - p.back
        return Period(date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat())
    return _shifted(reference, -p.back)


def _months_after_a_base(v: View) -> Period | None:
    """ "$412.6 million, up 12.1% over January-April 2022": a figure whose sentence names no period of its own but the
    months of one year it is compared with is of those months of the year after (a year-on-year comparison; not a
    whole year's base: "up 12% over 2022" says nothing of how long the figure's own period is)."""
    bases = [p for p in v.figures.periods if p.kind == "base" and p.first is not None and p.last is not None
             and p.first.year == p.last.year and (p.first.month, p.last.month) != (1, 12)]
    if len(bases) != 1:
        return None
    base = bases[0]
    assert base.first is not None and base.last is not None
    return _shifted(Period(base.first.isoformat(), base.last.isoformat()), 1)


def _of_another_event(v: View, p: PeriodSpan) -> bool:
    """ "under the agreement signed in 2022", "the plant, opened in 2019, ...": the year of what a verb of no trade
    says happened (a lower-case past participle no trade word tags, then "in"), not the figure's."""
    toks = v.s.tokens
    k = p.i - 1
    if k < 1 or toks[k].low != "in":
        return False
    # the verb right before "in", or before its agent ("signed by the two governments in 2022")
    by = next((m for m in range(k - 1, max(0, k - 6), -1) if toks[m].low == "by"), None)
    if by is not None and not all(toks[m].kind == "w" for m in range(by, k)):
        by = None
    m = (by if by is not None else k) - 1
    if m < 0:
        return False
    verb = toks[m]
    return verb.kind == "w" and verb.text.islower() and verb.low.endswith("ed") and v.s.tags[m] is None \
        and verb.low not in _PERIOD_VERBS


_PERIOD_VERBS = frozenset(("recorded", "registered", "observed", "noted", "posted", "achieved", "attained", "totalled",
                           "totaled", "amounted", "estimated", "seen", "reported", "shipped", "delivered", "traded"))


def _a_level_compared(v: View, anchor: Anchor) -> bool:
    """Is the anchor's amount a level the figure before it is compared with ("rose to $78 million in 2023, from $51
    million in 2022", "against $51 million in 2022")?"""
    amount = anchor.amount
    if amount is None or not any(a.j <= amount.i for a in v.figures.amounts):
        return False
    return is_starting_level(v, amount) or _after_a_base_word(v, amount.i) or v.s.tokens[amount.i - 1].low == "from"


def _after_a_base_word(v: View, i: int) -> bool:
    """Does a word of comparison ("compared to", "against", "than", "versus") end right before token i?"""
    s = v.s
    return "base" in s.at and any(s.tag_end(m, "base") == i for m in range(max(0, i - 3), i))




def _a_year_earlier(v: View, anchor: Anchor) -> bool:
    """Is the amount followed by "a year earlier" ("against $31 million a year earlier")?"""
    amount = anchor.amount
    if amount is None or anchor.change is not None:
        return False
    toks = v.s.tokens
    return any(p.i in (amount.j, amount.j + 1) and " ".join(t.low for t in toks[p.i:p.j]).removeprefix("in ") in YEAR_EARLIER
               and (p.i == amount.j or toks[amount.j].low == "in") for p in v.figures.periods)


def _year_before(period: Period | None) -> Period | None:
    """The same months a year before (None for none)."""
    return _shifted(period, -1) if period is not None else None


def _shifted(period: Period, years: int) -> Period:
    """The same months `years` later (earlier, when negative); a period ending at a month's end ends at its end then
    (February's 28th or 29th)."""
    first, last = date.fromisoformat(period.start), date.fromisoformat(period.end)
    year = last.year + years
    end = _month_end(year, last.month) if last == _month_end(last.year, last.month) else last.replace(year=year)
    return Period(first.replace(year=first.year + years).isoformat(), end.isoformat())


# ---------------------------------------------------------------- partner and product


def partner_of(v: View, anchor: Anchor, partner: str | None) -> str | None:
    """The place the figure is about: the nearest foreign place before it in its clause; else the article's
    partner if the sentence names it, or names only its country; else the nearest region or country named
    before it ("Belarus' trade with Tomsk Oblast is smaller: $40 million"), else after it; else the article's.
    A foreign city counts only in the figure's own clause: elsewhere it is where something happened."""
    foreign = [p for p in v.places if not p.belarus and not p.demonym and not _where_something_is(v, p, anchor, partner)]
    # a figure listed with its own place ("In 2023, trade with Kazakh regions: Karaganda region – $156 million; ...")
    listed = (_listed_with(v, anchor.head, foreign) or _respective_place(v, anchor, foreign)) if foreign else None
    if listed is not None:
        return listed.code
    whole = _regions_of_a_country(v, anchor, partner)
    if whole is not None:
        return whole
    if partner and "-" in partner and _between_the_countries(v, anchor) and not any(
            v.clause(p.i) == v.clause(anchor.head) for p in foreign):
        return country_of(partner)  # "Trade between our countries exceeded $1.2 billion" in a region's article
    if not foreign:
        return partner
    c = v.clause(anchor.head)
    near = [p for p in foreign if v.clause(p.i) == c and p.i < anchor.head]
    head = anchor.head
    antecedent = _trade_which(v, anchor, foreign)
    if not near and antecedent is not None:
        return antecedent.code  # "Moscow accounts for 7% of Belarus' trade with Russia, which exceeded $50 billion"
    if not near and anchor.amount is not None and anchor.amount.i == head and head > 0 and v.s.tokens[head - 1].text in "–—:":
        # "..., and with Kazakhstan as a whole – $148 million": a dash standing for the verb, the place before it
        starts = [a.i for a in v.figures.amounts] + [ch.i for ch in v.figures.changes]
        near = [p for p in foreign if v.clause(p.i) == c - 1 and not any(p.i < k < head for k in starts)]
    if near:
        if partner and "-" in partner and near[-1].code == country_of(partner) and _names_a_region_of(v, near[-1]):
            return partner  # "trade with this region of Russia" in a Perm Krai article
        if len(near) >= 2 and "-" in near[-2].code and country_of(near[-2].code) == near[-1].code and all(
                v.s.tokens[m].low in ("of", "the") for m in range(near[-2].j, near[-1].i)):
            return near[-2].code  # "to the Kaliningrad region of the Russian Federation": the region, with its country
        return near[-1].code
    subject = _subject_referred_to(v, anchor, foreign)
    if subject is not None:
        return subject.code
    going_on = _place_of_the_figure_before(v, anchor, foreign)
    if going_on is not None:
        return going_on.code
    regions = [p for p in foreign if not p.city]
    whole_country = next((p for p in regions if "-" not in p.code and _as_a_whole_after(v.s.tokens, p.j)), None)
    if whole_country is not None:
        return whole_country.code  # "With Kazakhstan as a whole, the region's trade reached ...": the country's, not its region's
    if partner and any(p.code == partner for p in foreign):
        return partner
    if partner and all(country_of(p.code) == country_of(partner) and "-" not in p.code for p in regions):
        if regions and _country_paired_with_belarus(v, c):
            return regions[0].code  # "Russia remains Belarus' main trading partner: trade reached $50 billion"
        return partner  # "Russia" named in a Perm Krai article
    before = [p for p in regions if p.i < anchor.head]
    if before:
        return before[-1].code
    # after it, but not in a clause of another figure ("..., while the region's trade with Kazakhstan was $200 million")
    own = {anchor.amount.i if anchor.amount else -1, anchor.change.i if anchor.change else -1}
    starts = [a.i for a in v.figures.amounts] + [ch.i for ch in v.figures.changes]
    others = {v.clause(i) for i in starts if i not in own} - {c}
    after = [p for p in regions if v.clause(p.i) not in others and not _located_after(v, p, c, partner)]
    if after:
        return after[0].code
    return partner


_COUNTRY_NOUNS = frozenset(("countries", "states"))


def _between_the_countries(v: View, anchor: Anchor) -> bool:
    """Whether the figure's clause names its two sides as countries before it (a phrase of data/trade.tsv's "pair" that
    ends in "countries" or "states": "trade between our countries", "the two countries' turnover"): the trade of the
    partner's country, not of its region the article is about."""
    s = v.s
    c = v.clause(anchor.head)
    return any(k < anchor.head and v.clause(k) == c and s.lows[(s.tag_end(k, "pair") or k + 1) - 1] in _COUNTRY_NOUNS
               for k in s.at.get("pair", ()))


def _trade_which(v: View, anchor: Anchor, foreign: list[Place]) -> Place | None:
    """The place of a trade the figure's relative clause says more of: "trade with Russia, which exceeded $50 billion"
    (the figure is the trade with Russia)."""
    toks = v.s.tokens
    c = v.clause(anchor.head)
    k = next((m for m in range(anchor.head - 1, max(0, anchor.head - 6), -1) if toks[m].low == "which"), None)
    if k is None or k < 3 or toks[k - 1].text != "," or v.clause(k) != c and v.clause(k + 1) != c:
        return None
    place = next((p for p in foreign if p.j == k - 1), None)
    if place is None or toks[place.i - 1].low not in ("with", "to", "from"):
        return None
    return place if any(m in v.metric_at for m in range(max(0, place.i - 4), place.i - 1)) else None


def _located_after(v: View, p: Place, c: int, partner: str | None) -> bool:
    """ "raise trade to $500 million by 2025, and to speed up the truck plant in Hung Yen province": a region of the
    article's partner's country after the figure, in a later clause and after "in"/"at", is where something else is
    (a plant, a project), not whom the figure is about."""
    if partner is None or p.code == partner or country_of(p.code) != country_of(partner) or v.clause(p.i) == c:
        return False
    k = p.i - 1
    if k >= 0 and v.s.tokens[k].low == "the":
        k -= 1
    return k >= 0 and v.s.tokens[k].low in ("in", "at")


def _place_of_the_figure_before(v: View, anchor: Anchor, foreign: list[Place]) -> Place | None:
    """ "Trade between Mogilev Region and Kazakhstan amounted to $96.8 million, while exports grew by 14 percent": a
    figure whose clause names no place goes on with the place of the figure in the clause before it, in the same
    sentence (Kazakhstan's, not the article's Kostanay Region)."""
    c = v.clause(anchor.head)
    if any(v.clause(p.i) == c for p in foreign):
        return None
    starts = sorted(i for i in [a.i for a in v.figures.amounts] + [ch.i for ch in v.figures.changes] if i < anchor.head)
    for head in reversed(starts):
        own = v.clause(head)
        if own == c:
            continue
        near = [p for p in foreign if v.clause(p.i) == own and p.i < head and not p.city]
        return near[-1] if near else None
    return None


def _subject_referred_to(v: View, anchor: Anchor, foreign: list[Place]) -> Place | None:
    """ "Rostov Oblast remains the region's largest partner in the south of Russia: Brest enterprises traded with it for
    almost $96 million": "it" in the figure's clause, after the word of a side ("with", "to", "from"), is the place
    the sentence opens with, its subject (not the country named after it)."""
    toks = v.s.tokens
    first = next((p for p in foreign if not p.city and p.i <= 1 and (p.i == 0 or toks[0].low == "the")), None)
    if first is None or v.clause(first.i) == v.clause(anchor.head):
        return None
    c = v.clause(anchor.head)
    for k in range(first.j, anchor.head):
        if toks[k].low == "it" and v.clause(k) == c and toks[k - 1].low in ("with", "to", "from"):
            return first
    return None


def _regions_of_a_country(v: View, anchor: Anchor, partner: str | None = None) -> str | None:
    """ "Belarus' trade with the Russian regions", "trade between Minsk and Russian regions": all the regions of a
    country are the country (its people's adjective, then "regions", after a word of the other side). One region of
    it ("Vitebsk Oblast's trade with the Vietnamese province"), of a country whose regions are no partners of their
    own here, is the country too; one of the article's partner's country is the partner ("the Russian region" in a
    Perm Krai article)."""
    toks = v.s.tokens
    c = v.clause(anchor.head)
    for p in v.places:
        if not (p.demonym and not p.belarus and "-" not in p.code and p.j < len(toks)):
            continue
        word = toks[p.j].low
        if word in _REGION_SINGULARS:
            if partner is not None and country_of(partner) == p.code:
                continue  # the article's partner, asked below
        elif word not in _REGION_PLURALS:
            continue
        k = p.i - 1 if p.i > 0 and toks[p.i - 1].low == "the" else p.i
        if k > 0 and toks[k - 1].low in ("with", "and", "between", "to", "from") and (v.clause(p.i) == c or p.i < anchor.head):
            return p.code
    return None


_REGION_PLURALS = frozenset(("regions", "oblasts", "provinces", "krais", "territories"))
_REGION_SINGULARS = frozenset(("province", "region", "county", "prefecture", "governorate"))


def _listed_with(v: View, head: int, foreign: list[Place]) -> Place | None:
    """The place a figure is listed with: "Kursk Oblast ($90 million)", "with Kursk Oblast – $90 million" (a list of
    partners and their figures, each figure in brackets or after a dash right after its place)."""
    toks = v.s.tokens
    if head < 2:
        return None
    if toks[head - 1].low == "by" and toks[head - 2].text in _LIST_MARKS:
        head -= 1  # "to China grew by 18%, to Vietnam – by 33%"
    with_at = _over_approximation(v, head - 1)
    if with_at >= 1 and toks[with_at].low == "with":
        place = next((p for p in foreign if p.j == with_at), None)
        if place is not None:
            return place  # "Kostanay region with $146 million, Karaganda region with (about) $61 million"
    if toks[head - 1].text in _LIST_MARKS:
        # (a city only where it is a region of its own: "followed by the city of Almaty ($184.1 million)")
        return next((p for p in foreign if p.j == head - 1 and (not p.city or p.own_region)), None)
    # "..., with Kursk Oblast $90 million and with Smolensk Oblast $120 million": the figure right after "with" and a place
    return next((p for p in foreign if p.j == head and not p.city and p.i > 0 and toks[p.i - 1].low in ("with", "to", "from")),
                None)


_LIST_MARKS = frozenset(("(", "–", "—", "-", ":"))


def _over_approximation(v: View, k: int) -> int:
    """The token before the words of approximation that end at token k ("with about", "with almost"), or k."""
    while k > 0 and any(v.s.tagged(k, t) for t in _APPROX_WORDS):
        k -= 1
    return k


def _listed_partner(v: View, head: int, here: list[Place], metric_token: int | None) -> bool:
    """ "Trade with Bryansk Oblast reached $300 million, with Kursk Oblast $90 million": one partner a figure, the one
    listed with it (unless a foreign place owns the metric: "Kazakhstan's trade with Russia ($26 billion)")."""
    if metric_token is not None and _owner_of(v, metric_token) is not None:
        return False
    return _listed_with(v, head, [p for p in here if not p.belarus and not p.demonym]) is not None


def _respective_partners(v: View, anchor: Anchor, metric_token: int | None) -> bool:
    """ "Exports to Uzbekistan and Tajikistan amounted to $780 million and $60 million, respectively": the places are
    the partners of one figure each, not two sides of one trade (unless one of them owns the metric: "Russia's exports
    to ...")."""
    foreign = [p for p in v.places if not p.belarus and not p.demonym]
    if metric_token is not None and any(p.j == metric_token for p in foreign):
        return False
    return _respective_place(v, anchor, foreign) is not None


def _respective_place(v: View, anchor: Anchor, foreign: list[Place]) -> Place | None:
    """ "Exports to Uzbekistan and Tajikistan amounted to $780 million and $60 million, respectively": the places named
    before the figures, in order, one for each figure."""
    if "respectively" not in v.s.lows:
        return None
    figures = [a.i for a in v.figures.amounts] if anchor.amount is not None else [c.i for c in v.figures.changes]
    if len(figures) < 2 or anchor.head not in figures:
        return None
    named = [p for p in foreign if not p.city and p.i < figures[0]]
    if len(named) != len(figures):
        named = _last_list_of_places(v, [p for p in foreign if p.i < figures[0]])
    if len(named) != len(figures):
        return None
    return named[figures.index(anchor.head)]


def _last_list_of_places(v: View, places: list[Place]) -> list[Place]:
    """The last run of `places` joined by "and" or commas ("with Sichuan and Chongqing"): a city listed with other places
    is one of them, a partner as they are (elsewhere a city is where something happened)."""
    toks = v.s.tokens
    run: list[Place] = []
    for p in sorted(places, key=lambda p: p.i):
        if run and not (p.i > run[-1].j and all(toks[m].low in ("and", ",", "the") for m in range(run[-1].j, p.i))):
            run = []
        run.append(p)
    return run if len(run) >= 2 else []


_REGION_WORDS = _PARTNER_WORDS | {"regions", "subject", "part"}


def _country_paired_with_belarus(v: View, clause: int) -> bool:
    """Does the sentence set the country beside Belarus itself (not one of its regions), with no word for a region in
    the figure's clause ("trade with the region" is the article's region's)?"""
    toks = v.s.tokens
    if not any(p.code == "BY" and not p.demonym for p in v.places):
        return False
    # nor a word of the speaker or the addressee: "our trade with you has reached $2 billion" is the region's
    return not any(v.clause(k) == clause and (toks[k].low in _REGION_WORDS or toks[k].low in _PERSONS)
                   for k in range(len(toks)))


_PERSONS = frozenset(("we", "our", "us", "you", "your"))


def _names_a_region_of(v: View, country: Place) -> bool:
    """Is the country named as the one a region spoken of belongs to ("this region of Russia")?"""
    toks = v.s.tokens
    k = country.i
    return k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low in _REGION_WORDS


_DASHES = frozenset("–—-")
_CLOSING_A_PART = frozenset(("and", "from", "to", "of", "in", "while", "whereas"))


def _metric_said_after(v: View, k: int) -> int | None:
    """The metric word an amount is said to be, from token k after its copula or dash, where the metric word ends the
    part: "$150 million is exports from Uzbekistan", "and $46 million – imports" (not the new clause of "reached $450
    million – exports grew by 5%")."""
    toks = v.s.tokens
    while k < len(toks) and k not in v.metric_at and toks[k].low in ("the", "its", "their"):
        k += 1
    if k not in v.metric_at:
        return None
    after = v.s.tag_end(k, v.metric_at[k]) or k + 1
    if after >= len(toks) or toks[after].kind == "p" and toks[after].text not in _DASHES or toks[after].low in _CLOSING_A_PART:
        return k
    return None


_DETERMINERS = frozenset(
    "our the its their his her your belarusian belarus russian these those this that all such various main major "
    "total mutual traditional other new more a an some of".split()
)
# Who makes or sells the goods, not the goods: "exports of the region's enterprises", "of Grodno Oblast companies".
_PRODUCERS = frozenset("enterprises enterprise companies company firms firm producers producer manufacturers manufacturer "
                       "exporters exporter businesses plants factories organisations organizations entities suppliers "
                       "farms residents".split())
# Owners of a trade figure that are no goods: "exports of the holding", "exports of the Belarusian region".
# Companies and bodies whose own exports, with no place they went to, are their totals, no trade with the partner.
_COMPANY_OWNERS = frozenset("holding concern ministry group corporation association works company enterprise plant factory "
                            "organizations organisations enterprises companies producer manufacturer exporter".split())
_PLACE_OWNERS = _PARTNER_WORDS | {"country", "side", "city", "district", "area"}
_OWNERS = frozenset("holding holdings concern ministry group corporation association works".split()) | _PLACE_OWNERS
_GENERIC = frozenset(("goods", "products", "commodities", "items", "merchandise", "produce", "services", "output"))
_GOODS_OR_MAKERS = _GENERIC | _PRODUCERS  # what a place's name before them says the goods' origin ("Grodno products")
_PRODUCT_STOP = frozenset(
    "to into from worth at in by for was were has have had is are amounted amounting totaled totalled reached increased grew "
    "rose fell went which that with doubled tripled exceeded made came stood accounted account accounts brought make makes "
    "earned including included includes among especially notably mainly mostly chiefly primarily between while whereas "
    "but alone combined altogether on constituted constitutes constitute comprised comprises totals "
    "carrying transporting delivering shipping bringing supplying exporting importing selling buying "
    "decreased declined dropped slipped shrank contracted jumped surged climbed soared plunged grown risen fallen "
    "totaling totalling".split()
    # (the adverbs after goods: "exports of dairy products alone"; a verb before them: "trains carrying goods worth")
)


def _noun_phrase(v: View, start: int, stop: int) -> str | None:
    """The words of a product group from token `start` until a preposition, verb, figure or punctuation;
    none for generic goods ("Belarusian goods") or a place ("the export of Belarus to ...")."""
    toks = v.s.tokens
    words: list[int] = []
    for k in range(start, min(stop, len(toks))):
        tok = toks[k]
        if tok.kind != "w" or tok.low in _PRODUCT_STOP or k in v.metric_at and words:
            break
        if any(p.i <= k < p.j for p in v.figures.periods) or any(a.i <= k < a.j for a in v.figures.amounts):
            break
        if v.s.tagged(k, "times_verb") or any(v.s.tagged(k, c) for c in _APPROX_WORDS) or tok.low == "than":
            break  # "exports of more than $300 million"
        if tok.low.endswith("ed") and (v.s.tagged(k, "up") or v.s.tagged(k, "down")):
            break  # a verb of change: "imports of Belarusian goods slumped 27%"
        words.append(k)
        if len(words) > 6:
            return None
    # the goods' origin before them goes, as a demonym does: "Mogilev Oblast dairy products" are dairy products; but
    # what is left in capitals is a name ("Grodno Azot"), and an owner's words are no goods ("the region's enterprises")
    origins = {k for p in v.places for k in range(p.i, p.j)}
    stripped = False
    while words and (toks[words[0]].low in _DETERMINERS or words[0] in origins or toks[words[0]].text.endswith(("'s", "’s"))
                     or toks[words[0]].low in _OBJECT_PRONOUNS  # "supplied us with ..."
                     or stripped and toks[words[0]].low in ("and", "or") and len(words) > 1 and words[1] in origins):
        # (and the origins listed: "Brest-made and Minsk-made tractors" are tractors)
        stripped = stripped or words[0] in origins
        words = words[1:]
    if words and (stripped and toks[words[0]].text[0].isupper() or toks[words[-1]].low in _PRODUCERS | _OWNERS):
        return None  # (who exports: "exports of the holding", "exports of the Belarusian region")
    names = [toks[k].text for k in words]
    if not names or all(w.lower() in _GENERIC | {"and"} for w in names) or names[-1].lower() in _NOT_PRODUCTS:
        return None  # (nor a count of goods: "9,800 tonnes")
    if any(p.i <= k < p.j and not p.demonym for p in v.places for k in words):
        return None
    if len(names) > 1 and names[-1].lower() in ("products", "goods", "produce"):
        names = names[:-1]
    return " ".join(names)


_NOT_PRODUCTS = frozenset(
    "total overall annual mutual bilateral two-way foreign external direct net own new further record current previous "
    "recent main key major traditional regional national domestic global world nominal physical its our their his her "
    "whose country region republic oblast krai city side sides partner partners year month quarter half period figure "
    "province territory state district county municipality town area regions provinces countries "
    "volume level share value amount sum growth increase decrease rate which who it they we this that and or with "
    "while as but also both each "
    "non-oil non-energy non-commodity non-resource non-raw non-primary tonnes tons tonne ton kilograms kg litres liters "
    "units pieces heads".split()  # (what counts goods or qualifies trade, not goods: "9,800 tonnes", "non-oil exports")
)
_OBJECT_PRONOUNS = frozenset(("us", "you", "them", "me", "him", "her"))
_REPORTING = frozenset(("brought", "in", "at", "worth", "earned", "to", "totalling", "totaling", "amounting", "valued"))
_EXPORT_VERBS = frozenset(("sold", "bought"))


def _product_words(v: View, words: list[int]) -> str | None:
    toks = v.s.tokens
    if not words or any(toks[k].low in _NOT_PRODUCTS | _GENERIC | _DETERMINERS for k in words[-1:]):
        return None
    if any(k in v.metric_at or any(p.i <= k < p.j for p in v.places) for k in words):
        return None
    return " ".join(toks[k].text for k in words)


def _a_goods_word(v: View, k: int, demonyms: set[int]) -> bool:
    """Is token k a plain lower-case word that may name goods (no metric, place, period, tagged or stop word)?"""
    tok = v.s.tokens[k]
    return tok.kind == "w" and tok.text.islower() and k not in demonyms and k not in v.metric_at \
        and tok.low not in _NOT_PRODUCTS | _DETERMINERS | _PRODUCT_STOP and v.s.tags[k] is None \
        and not any(p.i <= k < p.j for p in v.places)


def _modifier_product(v: View, metric_token: int) -> str | None:
    """ "sugar exports", "Belarusian food exports", "dairy supplies": a product group named before its metric."""
    toks = v.s.tokens
    words: list[int] = []
    k = metric_token - 1
    demonyms = {m for p in v.places if p.demonym for m in range(p.i, p.j)}
    while k >= 0 and len(words) < 3:
        tok = toks[k]
        if tok.low == "and" and words and k >= 1 and _a_goods_word(v, k - 1, demonyms):
            words.insert(0, k)  # "fruit and vegetable exports": the two goods
            k -= 1
            continue
        if tok.kind != "w" or k in demonyms or tok.low in _NOT_PRODUCTS | _DETERMINERS | _PRODUCT_STOP or k in v.metric_at:
            break
        if any(p.i <= k < p.j for p in v.places) or any(p.i <= k < p.j for p in v.figures.periods):
            break
        if tok.text[0].isupper() and not (k == 0 or k - 1 in demonyms):
            break
        if tok.text.endswith(("'s", "’s")):
            break  # an owner ("MAZ's exports", "the company's exports"), no goods
        if v.s.tags[k] is not None and not v.s.tagged(k, "nontrade"):
            break
        words.insert(0, k)
        k -= 1
    return _product_words(v, words)


_SUBJECT_ENDS = frozenset(("remain", "remains", "are", "is", "were", "was", "have", "has", "account", "accounts", "make", "makes"))
_PART_VERBS = (("accounted", "for"), ("account", "for"), ("accounts", "for"), ("made", "up"), ("amounted", "to"), ("came", "to"))
_PART_VERB_ENDS = frozenset(second for _first, second in _PART_VERBS)


def _part_of_which(v: View, amount: Amount) -> str | None:
    """ "..., of which machinery and equipment accounted for $11.2 million": the goods a part of the figure is of."""
    toks = v.s.tokens
    i = amount.i
    k = i - 1
    while k >= 0 and toks[k].low in _HEDGES:
        k -= 1
    if k < 1 or (toks[k - 1].low, toks[k].low) not in _PART_VERBS:
        return None
    verb = k - 1
    start = next((m + 2 for m in range(verb - 2, max(-1, verb - 10), -1)
                  if toks[m].low == "of" and toks[m + 1].low == "which"), None)
    if start is None or start >= verb or any(m in v.metric_at for m in range(start, verb)):
        return None  # (not "of which exports accounted for": a flow, no goods)
    return _noun_phrase(v, start, verb)


def _part_subject(v: View, amount: Amount) -> str | None:
    """ "Dairy products accounted for $12 million of this amount": the goods a clause opens with, the subject of a verb
    of a part right before the figure, with no metric word of their own (not "Exports accounted for", a flow)."""
    toks = v.s.tokens
    k = amount.i - 1
    while k >= 0 and toks[k].low in _HEDGES:
        k -= 1
    if k < 1:
        return None
    if (toks[k - 1].low, toks[k].low) in _PART_VERBS:
        verb = k - 1
    elif toks[k].low in _PART_VERB_ENDS and any(
            (toks[m].low, toks[m + 1].low) in _PART_VERBS and toks[m + 1].low == toks[k].low and v.clause(m) < v.clause(k)
            for m in range(k - 1)):
        verb = k  # "Dairy products accounted for $62 million of this amount, fish products for $9.5 million": the verb left out
    else:
        return None
    c = v.clause(verb)
    start = verb
    while start > 0 and v.clause(start - 1) == c and toks[start - 1].kind == "w":
        start -= 1
    if start > 0 and toks[start - 1].kind == "w":
        return None  # (not a whole clause of words: "In 2023 tractors accounted for")
    if verb == k and not (start > 0 and toks[start - 1].text == ","):
        return None  # (the clause of a verb left out goes on from a comma: "..., fish products for $9.5 million")
    if start < verb and toks[start].low == "and":
        start += 1  # "..., and meat for $9.5 million"
    while verb > start + 1 and toks[verb - 1].low in _FOCUS_WORDS:
        verb -= 1  # "Palm oil alone accounted for": the goods, singled out
    demonyms = {m for p in v.places if p.demonym for m in range(p.i, p.j)}
    while start < verb - 1 and (start in demonyms or toks[start].low in _DETERMINERS):
        start += 1  # "Belarusian dairy products accounted for": the goods, whoever made them
    words = [m for m in range(start, verb) if toks[m].low not in _DETERMINERS]
    if not words or len(words) > 5 or any(m in v.metric_at or toks[m].low in _PRODUCT_STOP | _HEDGES
                                          or any(p.i <= m < p.j for p in v.places) for m in range(start, verb)):
        return None  # a flow, or who trades ("Grodno Oblast accounted for $12 million")
    if any(toks[m].text[0].isupper() and m > 0 or any(ch.isupper() for ch in toks[m].text[1:]) for m in words):
        return None  # a name ("MAZ accounted for", "Minsk Tractor Works accounted for")
    if " ".join(toks[m].low for m in words) in known_bodies() or toks[words[-1]].low in _PRODUCERS | _OWNERS | _NOT_PRODUCTS:
        return None  # (and a word of the figure: "The figure accounted for", "This amount made up")
    phrase = _product_words(v, words) or _noun_phrase(v, start, verb)
    return phrase[0].lower() + phrase[1:] if phrase and words[0] == 0 else phrase  # (a capital only for the sentence's start)


_FOCUS_WORDS = frozenset(("alone", "itself", "themselves"))


def _noun_before(v: View, amount: Amount) -> str | None:
    """ "potash fertilisers brought in $64 million, powdered milk $11.2 million and trucks $6.5 million"."""
    toks = v.s.tokens
    k = amount.i - 1
    while k >= 0 and toks[k].low in _HEDGES:
        k -= 1  # "imports – a little over $1 billion": the words of approximation are no goods
    hedged = k < amount.i - 1
    while k >= 0 and (toks[k].low in _REPORTING or v.s.tagged(k, "actual") or v.s.tagged(k, "report_verb") or toks[k].text in "—–:"
                      or k >= 1 and (toks[k - 1].low, toks[k].low) in _PART_VERBS):
        k -= 2 if k >= 1 and (toks[k - 1].low, toks[k].low) in _PART_VERBS else 1  # ("made up": a verb, no goods)
    if k == amount.i - 1 and k >= 0 and toks[k].kind != "w" or hedged and k >= 0 and toks[k + 1].text not in "—–:" \
            and not v.s.tagged(k + 1, "actual"):
        return None
    words: list[int] = []
    while k >= 0 and len(words) < 4:
        tok = toks[k]
        if tok.kind != "w" or tok.low in _NOT_PRODUCTS | _DETERMINERS | _PRODUCT_STOP or tok.low == "and":
            break
        if tok.text[0].isupper() or k in v.metric_at or any(p.i <= k < p.j for p in v.figures.periods):
            break
        if tok.low in _LINKING_VERBS:
            return None  # "exports to the province remain modest – USD 47.3 million": a clause, not a group of goods
        words.insert(0, k)
        k -= 1
    if words and k >= 0 and (toks[k].low in ("in", "at", "on", "of") or toks[k].text[0].isupper() and toks[k].kind == "w"
                             and not any(p.i <= k < p.j for p in v.places)):
        return None  # "in small volumes – about $2 million", "... and KAMAZ components – came to": no group of goods whole
    if words and k >= 1 and toks[k].low == "and":
        item = _list_item_before(v, k)
        if item:  # "• tractors and spare parts — $31.8 million": a list's item is its goods whole
            words = [*item, *range(k, words[-1] + 1)]
    if len(words) >= 2 and toks[words[-1]].low in _GENERIC and toks[words[-1] - 1].low not in _GENERIC:
        # "• dairy products — $52.4 million": goods with a word of their kind ("products" alone is goods in general)
        return " ".join(toks[m].text for m in words) if _product_words(v, words[:-1]) else None
    return _product_words(v, words)


_ITEM_MARKS = frozenset(("•", "·", "▪", "–", "—", "-", "*", ";", ":"))  # what opens an item of a list


def _list_item_before(v: View, k: int) -> list[int]:
    """The plain words from a list's mark (a bullet, ";" or ":") to the "and" at token k, if that is all there is:
    "• tractors and spare parts — ..." -> the tokens of "tractors"; [] when the words before "and" are no list item."""
    toks = v.s.tokens
    m = k - 1
    while m >= 0 and k - m <= 4 and _a_goods_word(v, m, set()):
        m -= 1
    if m == k - 1 or m < 0 or toks[m].text not in _ITEM_MARKS:
        return []
    return list(range(m + 1, k))


_LINKING_VERBS = frozenset("remain remains remained stay stays stayed is are was were seem seems looks look".split())
_HEDGES = frozenset("a little just slightly than more less some roughly nearly almost about around over under approximately "
                    "close to upwards of".split())
_PRESENT_VERBS = frozenset(("exports", "imports", "buys", "sells", "supplies", "ships", "purchases", "export", "import", "buy",
                            "sell", "supply", "ship", "purchase"))
_SUBJECTS = frozenset(("we", "they", "it"))


_MAKERS = frozenset("makers maker producers producer manufacturers manufacturer growers grower".split())
# words that tell what kind of maker it is, not what it makes: "small producers", "leading private manufacturers"
_MAKER_KINDS = frozenset(
    "small medium medium-sized mid-sized large big major leading key main top local private state state-owned public "
    "domestic national regional foreign individual independent family family-run new young best largest biggest many "
    "several numerous other own".split())


def _makers_goods(v: View, k: int) -> str | None:
    """ "Car component makers from his city supplied products worth 2.4 million euros": the goods the subject of the
    verb of sending at token k makes, when the verb's object names none ("products"); not "Serbian manufacturers supplied
    goods", who make no goods named."""
    toks = v.s.tokens
    if v.metric_at.get(k) != "exports":
        return None  # (makers who buy: "Uzbek car makers bought Belarusian products", no cars)
    c = v.clause(k)
    head = next((m for m in range(k - 1, -1, -1) if v.clause(m) == c and toks[m].low in _MAKERS), None)
    if head is None or any(toks[m].low in ("and", "or") or m in v.metric_at for m in range(head + 1, k)):
        return None
    start = head
    while start > 0 and v.clause(start - 1) == c and toks[start - 1].kind == "w" and toks[start - 1].text.islower() \
            and toks[start - 1].low not in _PRODUCT_STOP | _NOT_PRODUCTS | _DETERMINERS | _GENERIC | _MAKERS | _MAKER_KINDS \
            and not any(p.i < start <= p.j for p in v.places) and not any(p.i < start <= p.j for p in v.figures.periods):
        start -= 1
    return _product_words(v, list(range(start, head)))


def _present_verb(v: View, k: int) -> bool:
    """ "Belarus imports fish products from ...", "we supply tractors": a metric word in the present tense after its
    subject (a place, not its possessive "Belarus' imports"; or a pronoun), before the goods."""
    toks = v.s.tokens
    if toks[k].low not in _PRESENT_VERBS or k == 0 or k + 1 >= len(toks):
        return False
    before = toks[k - 1]
    subject = before.low in _SUBJECTS or any(p.j == k and not p.demonym for p in v.places) and not before.text.endswith(("'s", "’s"))
    after = toks[k + 1]
    return subject and after.kind == "w" and after.low not in _PRODUCT_STOP and v.s.tags[k + 1] is None


def _exporter_to_belarus(v: View, phrase: str, start: int) -> bool:
    """Is the phrase after "exports of" the one that trades with Belarus, named before "to/from Belarus": a word for a
    place ("the region") or a name in capitals the gazetteer does not know ("the Middle Urals")?"""
    words = phrase.split()
    toks = v.s.tokens
    k = start
    while k < len(toks) and toks[k].text not in words[-1:]:
        k += 1  # the phrase's last word
    k += 1
    to_belarus = k + 1 < len(toks) and toks[k].low in ("to", "from") and any(p.i == k + 1 and p.belarus for p in v.places)
    return to_belarus and (words[-1].lower() in _NOT_PRODUCTS or all(w[0].isupper() for w in words))


def _elided_product(v: View, anchor: Anchor) -> str | None:
    """ "The supplies of dairy products increased 2.1 times, of meat and meat products – by 37.5 percent": a clause of the
    figure's own opening on "of" names its goods, the metric word left out."""
    toks = v.s.tokens
    head = anchor.head
    start = v.clause_start(head)
    if toks[start].text in "–—" and start >= 1:  # "of meat products – by 37.5 percent": the dash for the verb
        start = v.clause_start(start - 1)
    while start < head and toks[start].text in ",;:":
        start += 1  # (a clause's ids start at the mark that opens it)
    if start > 0 and start + 1 < head and toks[start].low == "and" and toks[start + 1].low == "of":
        start += 1  # "Imports of trucks amounted to $74.5 million, and of dairy products $21.3 million"
    if start == 0 or start >= head or toks[start].low != "of" or any(start < k < head for k in v.metric_at):
        return None
    end = next((k for k in range(start + 1, head) if toks[k].text in "–—-:" or toks[k].low == "by"), head)
    return _noun_phrase(v, start + 1, end)


# The verbs of goods sent or bought, their object the goods: "Kaliningrad sends fish products", "Belarus buys timber".
_GOODS_VERBS = _PRESENT_VERBS | _EXPORT_VERB_FORMS | frozenset(
    "sends send sent delivers deliver delivered provides provide provided offers offer offered".split())
_BACK_WORDS = frozenset(("their", "these", "those", "such"))
_ARTICLES = frozenset("the a an its their our his her your these those this that of".split())  # before a noun


def _goods_of_the_clause_before(v: View, metric_token: int) -> str | None:
    """ "Kaliningrad sends fish products: their imports exceeded $12 million", "Belarus buys timber from the region;
    these purchases came to $8 million": a flow referred back to ("their", "these", "such") across a colon or a
    semicolon is of the goods the clause before it sends or buys."""
    toks = v.s.tokens
    if metric_token < 3 or toks[metric_token - 1].low not in _BACK_WORDS:
        return None
    mark = next((m for m in range(metric_token - 2, -1, -1) if toks[m].text in (":", ";")), None)
    if mark is None or any(m in v.metric_at for m in range(mark + 1, metric_token - 1)):
        return None  # (the flow referred back to is the first after the mark: "...: in 2023 their imports")
    for m in range(mark - 1, 0, -1):
        if toks[m].low not in _GOODS_VERBS or toks[m - 1].low in _ARTICLES or toks[m - 1].text in ("'", "’") \
                or toks[m - 1].text.endswith(("'s", "’s")):
            continue  # (a noun, no verb: "the supplies", "Belarus' exports")
        start = m + 1
        if start + 1 < mark and toks[start + 1].low == "with" and (toks[start].low in _OBJECT_PRONOUNS or _place_at(v, start)):
            start += 2  # "supplies us with grain", "supplies Belarus with grain"
        end = start
        while end < mark and toks[end].kind == "w" and toks[end].low not in _PRODUCT_STOP and toks[end].low != "of":
            end += 1
        if end == start or end < mark and toks[end].low == "of":
            return None  # "sells a wide range of goods": no group of goods
        return _noun_phrase(v, start, end)
    return None


_EXAMPLES_OPENERS = frozenset(("including", "mainly", "such", "primarily", "particularly", "notably", "especially", "chiefly",
                               "mostly", "namely"))  # the words that open examples of a group of goods


def product_of(v: View, anchor: Anchor, metric_token: int | None, previous: str | None) -> str | None:
    """The product group of a figure: "exports of dairy products", "sugar exports", "shipped tractors worth $24
    million", "$1 million worth of tomatoes", "tractors ($4.1 million)", "potash fertilisers brought in $64
    million"; "these products" takes the group named just before. None for goods in general."""
    toks = v.s.tokens
    amount = anchor.amount
    elided = _elided_product(v, anchor)
    if elided is not None:
        return elided
    if amount is not None:
        k = amount.j
        if k + 1 < len(toks) and toks[k].low == "worth" and toks[k + 1].low == "of":
            return _noun_phrase(v, k + 2, len(toks))
        # "$10 million of tractors"; not "of trade", "of it", "of the total"
        if k + 1 < len(toks) and toks[k].low == "of" and k + 1 not in v.metric_at and toks[k + 1].low not in _NOT_PRODUCTS | _DETERMINERS:
            phrase = _noun_phrase(v, k + 1, len(toks))
            if phrase:
                return phrase
        worth = amount.i - 1
        while worth > 0 and any(v.s.tagged(worth, c) for c in _APPROX_WORDS):
            worth -= 1
        if worth > 0 and toks[worth].low == "worth":  # ", including dairy products worth $62 million"
            end = worth
            if toks[end - 1].text == ",":
                # "Timber and wood products, including plywood and fibreboard, worth $11.6 million": the goods before
                # the examples
                opening = next((c for c in range(end - 2, max(0, end - 12), -1) if toks[c].text == ","), None)
                if opening is not None and toks[opening + 1].low in _EXAMPLES_OPENERS:
                    end = opening
            m = end
            while m > 0 and toks[m - 1].kind == "w" and toks[m - 1].low not in _PRODUCT_STOP and toks[m - 1].low != "of" \
                    and m - 1 not in v.metric_at and not toks[m - 1].low.endswith("ed") and end - m < 6:
                m -= 1  # back to a verb, a metric word or "of" ("supplies of BelAZ haulers worth", "traded goods worth")
            # "Machinery such as tractors and combines worth ...": the goods, not their examples
            end = next((e for e in range(m + 1, end) if toks[e].low in _EXAMPLES_OPENERS), end)
            if m >= 2 and m < end and toks[m - 1].low == "of" and all(toks[e].text[0].isupper() for e in range(m, end)):
                # "polyester fibre of Mogilevkhimvolokno worth $2.6 million": the goods before their maker's name
                maker, m = m - 1, m - 1
                while m > 0 and toks[m - 1].kind == "w" and toks[m - 1].low not in _PRODUCT_STOP | {"and", "of"} \
                        and m - 1 not in v.metric_at and maker - m < 5:
                    m -= 1
                end = maker
            phrase = _noun_phrase(v, m, end) if m < end else None
            if phrase:
                return phrase
        if amount.i > 0 and toks[amount.i - 1].text == "(" and metric_token is not None and metric_token < amount.i:
            m = amount.i - 2
            while m > 0 and toks[m].kind == "w" and toks[m - 1].kind == "w" and toks[m - 1].low not in _PRODUCT_STOP | {"were", "are"}:
                m -= 1
            phrase = _noun_phrase(v, m, amount.i - 1)
            if phrase:
                return phrase
    if amount is not None:
        part = _part_of_which(v, amount) or _part_subject(v, amount)
        if part is not None:
            return part
    if metric_token is None:
        origin = _origin_subject(v, anchor)
        if origin is not None and not origin.demonym:
            return _goods_from(v, origin)
        return _noun_phrase(v, origin.j, anchor.head) if origin is not None else None
    if v.metric_at.get(metric_token) == "turnover":
        # "mutual supplies of agricultural products", "trade in dairy products": the two-way flow of one group of goods
        k = metric_token + 1
        while k in v.metric_at:
            k += 1
        # (not a span of time: "$100 million of trade in two or three years")
        if k + 1 < len(toks) and toks[k].low in ("of", "in") and toks[k + 1].kind == "w" \
                and toks[k + 1].low not in _NOT_PRODUCTS | _DETERMINERS and not v.s.tagged(k + 1, "number_word"):
            phrase = _noun_phrase(v, k + 1, len(toks))
            if phrase and not _exporter_to_belarus(v, phrase, k + 1):
                return phrase
        return None
    back = _goods_of_the_clause_before(v, metric_token)
    if back is not None:
        return back
    if metric_token > 0 and toks[metric_token - 1].low in ("their", "its"):
        # "Potash fertilizers remain the main item of our exports: their supplies were worth $468 million": the goods
        # the sentence opens with, which "their" refers back to (not a place: "Kazakhstan ...: its imports")
        stop = next((m for m in range(metric_token) if toks[m].low in _SUBJECT_ENDS), None)
        if stop is not None and stop > 0 and not any(p.i < stop for p in v.places if not p.demonym) \
                and toks[0].low not in _PERSONS | _SUBJECTS | {"he", "she"}:  # (not "We are ready to buy more: their")
            phrase = _noun_phrase(v, 0, stop)
            if phrase:
                return phrase
    k = metric_token + 1
    while k < len(toks) and k in v.metric_at:
        k += 1  # the end of a metric phrase
    if k < len(toks) and toks[k].low == "of":
        if k + 1 < len(toks) and toks[k + 1].low in ("these", "those", "such", "them", "this"):
            return previous
        phrase = _noun_phrase(v, k + 1, len(toks))
        if phrase and _exporter_to_belarus(v, phrase, k + 1):
            return None  # "Exports of the region to Belarus", "Exports of the Middle Urals to Belarus": who exports
        return phrase
    low = toks[metric_token].low
    verb = low.endswith("ed") or low in _EXPORT_VERBS or _present_verb(v, metric_token)
    if verb and k < len(toks) and toks[k].kind == "w" and toks[k].low not in _PRODUCT_STOP:
        phrase = _noun_phrase(v, k, amount.i if amount is not None else len(toks))  # "shipped tractors worth $24 million"
        if phrase:
            return phrase
    if verb:
        made = _makers_goods(v, metric_token)
        if made is not None:
            return made
        # the goods from a place, the verb's subject: "Powdered milk from Belarus shipped through Novorossiysk grew ..."
        made = next((g for p in v.places if not p.demonym and p.j <= metric_token and (g := _goods_from(v, p))), None)
        if made is not None:
            return made
    # a noun before a verb is its subject ("Belarusian companies shipped goods"), not a product as before "exports"
    modifier = None if verb else _modifier_product(v, metric_token)
    if modifier:
        return modifier
    if amount is not None and metric_token < amount.i and v.clause(metric_token) != v.clause(amount.i):
        return None if _examples_between(v, metric_token, amount.i) else _noun_before(v, amount)
    return None


def _examples_between(v: View, a: int, b: int) -> bool:
    """ "Brest exports – mainly dairy products, meat and medicines – amounted to $7.4 million": an aside between the
    metric word at token a and the amount at token b opens with a word of examples; the goods it lists are examples of
    what the flow is made of, not the amount's own group ("medicines" is not what came to $7.4 million)."""
    toks = v.s.tokens
    return any(toks[k].text in ("–", "—", ",", "(") and toks[k + 1].low in _EXAMPLES_OPENERS for k in range(a + 1, b - 1))


# ---------------------------------------------------------------- one fact per figure


@dataclass
class _Found:
    fact: TradeFact
    weak: bool  # an actual figure with no period, no change and no verb of a reported figure


def _compatible(a: object | None, b: object | None) -> bool:
    return a is None or b is None or a == b


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


def _twins(other: _Found, item: _Found) -> bool:
    """Whether `item` restates the figure of `other`, found before it."""
    g, f = other.fact, item.fact
    if (g.partner, g.metric, bool(g.product), g.currency) != (f.partner, f.metric, bool(f.product), f.currency):
        return False
    if g.product and f.product and g.product.lower() != f.product.lower():
        return False
    if (g.value is None) != (f.value is None):
        return False
    if g.value is not None and f.value is not None and not _close(g.value, f.value):
        return False
    if g.value is None and g.change != f.change:
        return False
    if not (_compatible(g.period, f.period) and _compatible(g.change, f.change)):
        return False
    return g.status == f.status or other.weak or item.weak


# `_close` holds only for two values of one sign whose logarithms differ by at most -ln(0.995) = 0.00501 (or for two
# zeros): in buckets of a logarithm's width a little larger, a value's twin lies in its own bucket or a neighbour.
_BUCKET = 0.0051
# At most this many facts are filed under one key: an article states a figure a few times, and a page stating one
# for thousands of periods keeps the later ones as they are, each compared with this many at most.
FACTS_PER_KEY = 64

_TwinKey = tuple[tuple[str | None, str, bool, str | None], int | None, int | Change | None]


def _twin_key(fact: TradeFact) -> _TwinKey | None:
    """Where the facts a later fact may restate are filed: its partner, metric, product or none, currency, and its
    value's sign and bucket, or for a change without a value that change. None for a value or change that is not
    finite, which `_close` and == treat oddly (such a fact is compared with every other)."""
    kind = (fact.partner, fact.metric, bool(fact.product), fact.currency)
    if fact.change is not None and not math.isfinite(fact.change.value):
        return None
    if fact.value is None:
        return kind, None, fact.change
    if not math.isfinite(fact.value):
        return None
    if fact.value == 0:
        return kind, 0, 0
    return kind, 1 if fact.value > 0 else -1, math.floor(math.log(abs(fact.value)) / _BUCKET)


def one_fact_per_figure(found: list[_Found]) -> list[TradeFact]:
    """A figure restated ("the figure of $70 million", a quote repeating the lead) is one fact: facts of the same
    partner, metric, product, currency and value whose periods and changes agree where both are given merge,
    keeping what each adds. A figure stated once as a goal and once with nothing to make it a reported one
    is the goal.

    Each fact is merged into the first fact before it that it restates, as a scan of all of them would find it,
    but only the facts filed under its own key and the neighbouring buckets of its value are looked at (the key
    of a kept fact never changes: a merge keeps its partner, metric, currency and value, and adds a product or
    a change only where the key has none or holds it already), the first FACTS_PER_KEY of each key."""
    out: list[_Found] = []
    filed: dict[_TwinKey, list[int]] = {}
    odd: list[int] = []  # facts without a key: candidates of every fact
    for item in found:
        f = item.fact
        key = _twin_key(f)
        if key is None:
            candidates: Iterable[int] = range(len(out))
        elif key[1] in (1, -1):
            kind, sign, bucket = key
            assert isinstance(bucket, int)
            candidates = sorted([*filed.get((kind, sign, bucket - 1), ()), *filed.get(key, ()),
                                 *filed.get((kind, sign, bucket + 1), ()), *odd])
        else:
            candidates = sorted([*filed.get(key, ()), *odd])
        twin = next((index for index in candidates if _twins(out[index], item)), None)
        if twin is None:
            same = odd if key is None else filed.setdefault(key, [])
            if len(same) < FACTS_PER_KEY:
                same.append(len(out))
            out.append(item)
            continue
        kept = out[twin]
        g = kept.fact
        status = g.status if g.status == f.status else ("target" if "target" in (g.status, f.status) else g.status)
        merged = replace(
            g,
            period=g.period or f.period,
            change=g.change or f.change,
            approx=g.approx or f.approx,
            product=g.product or f.product,
            status=status,
        )
        out[twin] = _Found(merged, kept.weak and item.weak)
    return [x.fact for x in out]


# ---------------------------------------------------------------- the article


@dataclass
class TradeResult:
    facts: list[TradeFact] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # amounts beyond belief, dropped
    # amounts of trade not between Belarus and the partner (a country's total, trade with a third country): (value,
    # currency), so that a headline restating one is not taken for the partner's
    others: list[tuple[float, str | None]] = field(default_factory=list)


def extract_trade(
    paragraphs: list[list[str]],
    today: date | None,
    partner: str | None,
    place_mentions: Callable[[str], list[Mention]],
    foreign_speaker: Callable[[str], bool],
) -> TradeResult:
    """Trade facts from the body's paragraphs (lists of sentences), one per figure."""
    result = TradeResult()
    found: list[_Found] = []
    last_known: Period | None = None  # the latest reported figure's period, for "the same period"
    since_trade = 99  # sentences since the last one that spoke of trade
    context: TradeFact | None = None  # what the last sentence about trade was about, for one that goes on
    previous_product: str | None = None
    spoken: dict[str, str | None] = {}  # sentence -> the metric it speaks of, asked once
    corrections: dict[tuple[float | None, str | None], tuple[float, str]] = {}  # see _corrected

    def speaks_of_trade(text: str) -> str | None:
        if text not in spoken:
            spoken[text] = _speaks_of_trade(text)
        return spoken[text]

    about: list[bool] = []  # whether any sentence of the article speaks of trade, asked when a rule first needs it

    def about_trade() -> bool:
        if not about:
            about.append(any(speaks_of_trade(t) for ps in paragraphs for t in ps))
        return about[0]

    carried: Period | None = None  # the period in force
    figures_period: Period | None = None  # the period the last sentence of figures put in force
    topic: str | None = None  # another partner a paragraph is about ("Vietnam. Bilateral trade reached ..."): see _topic_of
    strong = False  # whether the topic was opened as one ("X is another partner"), or only named first ("In X, ...")
    lead_in = False  # whether the paragraph before was only a partner's name, heading the one after it
    region_named = _RegionNames(place_mentions)  # the places named with a word for a region so far (see View.named)
    region_told: bool | None = None  # the side the sentence before told "the region" to be (see View.region_before)
    frame = _lead_frame(paragraphs, today)
    fiscal = fiscal_start((t for ps in paragraphs for t in ps), partner)  # (the fiscal year's first day)
    for sentences in paragraphs:
        flow_told: str | None = None  # the sentence before, where it told a flow of goods (see _flow_with_no_place)
        speaker_foreign: bool | None = None  # whether a foreign official speaks the paragraph, asked for a figure's metric
        if since_trade > 0:
            # A new paragraph keeps the period only right after a sentence on trade: news sites print one sentence a
            # paragraph ("Trade fell by 7.4% in 2023 to $1.13 billion." / "Belarusian exports fell by 9.8% ...").
            carried = None
        if not lead_in:
            topic = None
        lead_in = False
        for text in sentences:
            told_before, region_told = region_told, None  # (only the sentence right before tells "the region")
            flow_before, flow_told = flow_told, None
            region_named.add(text)
            opened = _topic_of(text, place_mentions, partner)
            if opened is not None:
                topic, strong = (opened[0] or None), opened[1]
                lead_in = len(sentences) == 1 and _at_most_six_words(text) and topic is not None
            # the partner a figure with no place of its own is about: a weak topic ("In Vietnam, MAZ assembles trucks")
            # only where the figure refers back to it ("Trade with the country reached ...")
            here = topic if topic and (strong or _COUNTRY_BACK.search(text)) else partner
            if topic and "-" not in topic and partner and "-" in partner and _REGION_BACK.search(text):
                here = partner  # "Russia is our main partner. Trade with the region ...": the article's region
            if not may_hold_figures(text):
                metric = speaks_of_trade(text)
                if metric is not None and metric != "turnover":
                    flow_told = text
                if metric is not None:
                    if not (metric != "turnover" and context is not None and context.metric == "turnover" and since_trade <= 1
                            and _PART_OF_IT.search(text)):
                        # (not "Trade grew to $12 million. Almost all of it is exports.": what it is made of, the trade
                        # still spoken of: "This year the parties aim at $20 million" is a goal of the trade)
                        context = _context(metric, here)
                    since_trade = 0
                    if "-" in text or "quarter" in text or "months" in text or "half" in text:
                        # "Belarus summed up January-March trade with Russian regions.": the months the figures after it
                        # are of (months of a span, not the one month of an event: "In March the sides discussed trade")
                        spans = [p for p in view(text, today, place_mentions, fiscal).figures.periods if p.known and p.kind == "period"
                                 and p.first is not None and p.last is not None and p.first.month != p.last.month]
                        if spans:
                            carried = _as_period(spans[-1])
                else:
                    since_trade += 1
                    if since_trade > 1:
                        carried = None
                continue
            if ("rrect" in text or "earlier version" in text) and _RETRACTED.search(text):
                # "Correction: an earlier version of this article said ... $350 million": a figure disowned; "The
                # correct figure is $193.5 million, not $139.5 million": the figure the text gave, put right
                corrections.update(_corrected(view(text, today, place_mentions, fiscal), text))
                continue
            v = view(text, today, place_mentions, fiscal)
            if any(m != "turnover" for m in v.metric_at.values()):
                flow_told = text
            v.names_so_far = region_named.so_far  # (asked within this sentence's turn, before the next one is added)
            v.region_before, region_told = told_before, _region_told(v)
            result.dropped.extend(v.figures.dropped)
            is_trade = bool(v.metric_at)
            sides = not is_trade and since_trade <= 1 and context is not None and _the_sides_reached(v)
            continuing = not is_trade and since_trade <= 1 and context is not None and (
                _refers_back(v) or bool(v.figures.changes) or _places_with_amounts(v) or sides or _share_of_a_place(v)
                or _a_place_ranked(v) or _goods_parts(v)
            ) and not is_about_other_things(v)
            if continuing and sides and context is not None and not _refers_back(v, v.figures.amounts[0].i):
                # "Belarusian exports were $112 million. Last year we exceeded $400 million": what the two sides
                # reached is their trade, not the part just given
                context = replace(context, metric="turnover", product=None, value=None)  # (in its currency: "... 70 million")
            goal_only = False
            if not is_trade and not continuing and _states_a_goal(v, today) and about_trade() and not is_about_other_things(v):
                # "We remember the task you set for us, $700 million": a goal, in an article about trade (not "This year
                # its output is expected to exceed 2.4 billion tenge": what the goal measures is named)
                continuing, goal_only, context = True, True, _context("turnover", here)
            if not is_trade and not continuing:
                known = [p for p in v.figures.periods if p.known]
                if not (v.figures.amounts or v.figures.changes) and known and _names_trade(v):
                    # "The results of trade and economic cooperation in Q1 2021 were assessed."
                    carried, since_trade, context = _as_period(known[-1]), 0, _context("turnover", here)
                elif known and since_trade <= 1 and _is_share_sentence(v):
                    carried = _as_period(known[-1])  # "In 2008 their share soared to 47%."
                    since_trade += 1
                elif since_trade <= 1 and v.figures.amounts and not known and _balance_of_trade(v):
                    since_trade = 0  # "The balance was in Belarus' favour by $3.6 million.": the report goes on, its period in force
                else:
                    since_trade += 1
                    if v.figures.amounts or v.figures.changes or since_trade > 1:
                        carried = None
                    if (v.figures.amounts or v.figures.changes) and is_about_other_things(v):
                        # "The total cost of projects has grown 10 times. In monetary terms, this is $8.5 billion."
                        context, since_trade = None, 99
                continue
            amounts = [a for a in v.figures.amounts
                       if not (is_other_money(v, a) or is_difference(v, a) or is_price(v, a) or is_conversion(v, a)
                               or is_in_transit(v, a) or is_superseded(v, a, v.figures.amounts))]
            other_money = len(amounts) < len(v.figures.amounts)
            amounts = [a for a in amounts if not _denied(v, a)]
            # an amount going on from the figure before ("In 2010 it had grown to 250 million"): in its currency, only
            # right after a figure of trade in the text
            amounts = [a if not a.inherits else replace(a, currency=context.currency if context else None, inherits=False)
                       for a in amounts if not a.inherits or context is not None and context.currency is not None
                       and since_trade <= 1]
            anchors = bind_changes(v, amounts)
            # a change that belongs to other money ("investment grew by 12% to $5 million") goes with it
            anchors = [x for x in anchors if x.amount is not None or not (_beside_other_money(v, x) or is_change_of_share(v, x)
                                                                           or _ratio_of_metrics(v, x) or _change_of_a_price(v, x))]
            made: list[_Found] = []
            own_period: Period | None = None
            halves = _the_two_flows_of(v, amounts, context) if since_trade <= 1 else False
            for anchor, word in distribute(v, anchors):
                if speaker_foreign is None:
                    speaker_foreign = foreign_speaker(" ".join(sentences))
                inherited = context if continuing else None
                if inherited is None and context is not None and since_trade <= 1 and _clause_refers_back(v, anchor):
                    inherited = context  # "In January-September it reached $118 million, with Belarusian exports at $96 million"
                told_back = context.metric if inherited is None and context is not None and since_trade <= 1 and \
                    _flow_named_back(v) else None  # ("We want to double these supplies": the flow just given)
                metric, metric_token = metric_of(v, anchor, speaker_foreign, inherited.metric if inherited else told_back, word)
                if metric_token is not None and _sold_to_shoppers(v, metric_token):
                    continue
                if flow_before and metric_token is not None and metric == v.metric_at[metric_token] != "turnover" and \
                        _flow_with_no_place(v, metric_token) and _seen_from_the_partner(flow_before, place_mentions):
                    # "Uzbekistan mainly imports from Belarus tractors. In particular, 1,240 tractors worth $41.5 million
                    # were imported in the nine months": imported where the sentence before said, Belarus' exports
                    metric = "imports" if metric == "exports" else "exports"
                # "Trade reached $500 million. Uzbekistan's exports amounted to $318.6 million": no more than the two
                # sides' total just given, the partner's exports are its part of it, not the partner's own total
                part = context is not None and since_trade <= 1 and anchor.amount is not None and context.value is not None \
                    and context.metric == "turnover" and anchor.amount.currency == context.currency \
                    and anchor.amount.value <= context.value
                if not (halves and anchor.amount is not None) and is_not_with_belarus(v, anchor, metric_token, partner, part):
                    if anchor.amount is not None:
                        result.others.append((anchor.amount.value, anchor.amount.currency))
                    continue
                status = status_of(v, anchor, today)
                if goal_only and status != "target":
                    continue
                # "Yes, this is 36% more than in 2016": a sentence going on about the last figure keeps its period
                carry = carried or (inherited.period if inherited is not None else None)
                if carry is None and since_trade <= 1 and _a_part_of_the_trade(v):
                    carry = last_known  # "... in January-September 2023 ... The region accounted for $41.2 million of the trade"
                period, named = period_of(v, anchor, status, carry if status == "actual" else None, last_known, today)
                if period is None and status == "actual" and frame is not None and not named and _told_in_the_past(v, anchor):
                    period = frame  # a year-in-review's figure: "Last year, ... the results of the year. ... reached $61.5 million"
                elif period is not None and status == "actual" and frame is not None and today is not None \
                        and date.fromisoformat(period.end) > today and _the_bare_year(v):
                    period = frame  # "Trade ... for the year totaled $36.5 million" told in January of a review of the year before
                if status == "actual" and made and _a_year_earlier(v, anchor):
                    # "$40 million in 2022, against $31 million a year earlier": the year before the figure just given
                    period, named = _year_before(made[-1].fact.period), False
                product = product_of(v, anchor, metric_token, previous_product)
                if inherited is not None and metric_token is None:
                    product = product or inherited.product
                amount = anchor.amount
                fact_partner = partner_of(v, anchor, inherited.partner if inherited else here)
                fact = TradeFact(
                    partner=fact_partner,
                    metric=metric,
                    value=amount.value if amount else None,
                    currency=_local_currency(amount, fact_partner) if amount else None,
                    approx=amount.approx if amount else None,
                    period=period,
                    change=Change(anchor.change.kind, anchor.change.value) if anchor.change else None,
                    status=status,
                    evidence=text,
                    product=product,
                )
                weak = status == "actual" and period is None and anchor.change is None and not any(
                    k < anchor.head for k in v.s.at.get("actual", ())
                )
                made.append(_Found(fact, weak))
                if named and status == "actual" and period is not None and not _a_level_compared(v, anchor):
                    own_period = period  # (not that of a level compared with: "..., from $51 million in January-October 2022")
            found.extend(made)
            actual = [m.fact for m in made if m.fact.status == "actual"]
            if own_period is not None and carried == figures_period and _narrows(own_period, carried) \
                    and carried is not None and carried.start[:4] == carried.end[:4]:
                # "In the second quarter alone ...": the half-year of the figures before stays in force (not a span
                # a sentence of no figure named: "the roadmap adopted for 2023-2025"; nor a total of several years:
                # "Over five years, from 2020 to 2024, ... $960 million. ... last year totalled $171.2 million": the year)
                last_known = own_period
            elif own_period is not None:
                carried = last_known = figures_period = own_period
            elif actual and actual[-1].period is not None:
                carried = last_known = figures_period = actual[-1].period
            if made:
                context = made[0].fact  # "the figure" in the next sentence is what this one was about
                previous_product = _product_mention(v) or previous_product
                since_trade = 0
            elif other_money and not _balance_of_trade(v):
                context, since_trade = None, 99  # "This is three times more" after a contract's value
            elif other_money:
                since_trade = 0  # "The balance ... made up $63 million": the trade report goes on, its period in force
            else:
                since_trade = 0
                if is_trade:
                    first = v.metric_at[min(v.metric_at)]
                    context = _context(first, here)
                known = [p for p in v.figures.periods if p.known]
                if known:
                    carried = _as_period(known[-1])  # "In 2006 such goods made up 13% of the bilateral trade."
    if corrections:
        found = [replace(f, fact=replace(f.fact, value=corrections[key][0], evidence=corrections[key][1]))
                 if (key := (f.fact.value, f.fact.currency)) in corrections else f for f in found]
    result.facts = one_fact_per_figure(found)
    return result


_NOT_THAT = (("not",), (",", "not"), ("instead", "of"), (",", "instead", "of"), ("rather", "than"), (",", "rather", "than"))


def _denied(v: View, amount: Amount) -> bool:
    """Is the amount one the figure before it denies ("reached $50 million in 2025, not $40 million as forecast",
    "$193.5 million rather than $139.5 million"): no figure of its own."""
    lows = v.s.lows
    between = [b for b in v.figures.amounts if b.j <= amount.i and amount.i - b.j <= 6 and b.currency == amount.currency]
    return any(";" not in lows[b.j:amount.i] and any(tuple(lows[amount.i - len(t):amount.i]) == t for t in _NOT_THAT
                                                       if amount.i - len(t) >= b.j) for b in between)


def _corrected(v: View, text: str) -> dict[tuple[float | None, str | None], tuple[float, str]]:
    """What a correction puts right: (the wrong value, its currency) -> (the right value, the correction) for "The
    correct figure is $193.5 million, not $139.5 million", "... should have read $193.5 million instead of $139.5
    million" (the right amount first, in one currency)."""
    lows = v.s.lows
    found: dict[tuple[float | None, str | None], tuple[float, str]] = {}
    for right, wrong in pairwise(v.figures.amounts):
        if tuple(lows[right.j:wrong.i]) in _NOT_THAT and right.currency == wrong.currency and "correct" in lows:
            found[(wrong.value, wrong.currency)] = (right.value, text)
    return found


def _narrows(period: Period, wider: Period | None) -> bool:
    """Is `period` a part of the `wider` one in force and not all of it ("January-June 2024 ... In the second quarter
    alone ...": a closer look at the half-year, after which the figures are the half-year's again)?"""
    return wider is not None and wider.start <= period.start and period.end <= wider.end and period != wider


def _the_two_flows_of(v: View, amounts: list[Amount], total: TradeFact | None) -> bool:
    """Are the sentence's two amounts, of exports and of imports, the two flows of the total just given, adding up to it
    ("Trade reached $61.4 million. Brest exporters shipped goods worth $44.7 million to the Volga region, and imports
    came to $16.7 million": the partner's two flows with Belarus, whatever the text calls the partner)?"""
    if total is None or total.metric != "turnover" or total.value is None or len(amounts) != 2:
        return False
    if any(a.currency != total.currency for a in amounts) or abs(amounts[0].value + amounts[1].value - total.value) > 0.005 * total.value:
        return False
    metrics = set(v.metric_at.values())
    return "exports" in metrics and "imports" in metrics


_BALANCE_WORDS = frozenset(("balance", "surplus", "deficit"))


_PART_OF = frozenset(("total", "amount", "volume", "sum"))


def _a_part_of_the_trade(v: View) -> bool:
    """ "The Mogilev region accounted for $41.2 million of the trade, with the region's exports up by 27 percent", "$15
    million of this amount": an amount said to be a part of the trade just reported; the sentence's figures are of that
    figure's period (a new paragraph opening with it carries no other)."""
    toks = v.s.tokens
    return any(k + 2 < len(toks) and toks[k].low == "of" and toks[k + 1].low in ("the", "this", "that") and (
        k + 2 in v.metric_at or toks[k + 2].low in _PART_OF) for k in (a.j for a in v.figures.amounts))


def _lead_frame(paragraphs: list[list[str]], today: date | None) -> Period | None:
    """The year a year-in-review is of: its lead opens on a past whole year and sums it up ("Last year, the Gomel region
    strengthened its positions in the South Caucasus ... Our correspondent talked to the head of the department about
    the results of the year."). A figure of the article with no period of its own, none carried and no other time, is of
    that year. None for a lead of an event of the year ("Last year, the sides signed a roadmap."), or of no year."""
    if not paragraphs or not any(_may_sum_up(t) and "year_results" in sentence(t).at for t in paragraphs[0]):
        return None  # (no phrase of results in the lead: neither way below finds a year, and no figure is read)
    summed_up = next(filter(None, (_year_summed_up(t, today) for t in paragraphs[0])), None)
    if summed_up is not None:
        return summed_up  # "The main department has summed up the results of the region's cooperation in 2024."
    first = view(paragraphs[0][0], today, lambda _t: [])
    if first.figures.amounts or first.figures.changes:
        return None
    toks = first.s.tokens
    opening = next((p for p in first.figures.periods if p.i <= 1 and p.j < len(toks) and toks[p.j].text == ","), None)
    if opening is None or not opening.known or opening.future or opening.first is None or opening.last is None \
            or (opening.first.month, opening.first.day, opening.last.month, opening.last.day) != (1, 1, 12, 31) \
            or opening.first.year != opening.last.year:
        return None  # ("Last year," / "In 2023,": one whole year)
    summed = any(_sums_up_the_year(sentence(t)) for t in paragraphs[0])
    return _as_period(opening) if summed else None


@cache
def _year_results_words() -> frozenset[str]:
    """A word of each phrase of results in the vocabulary ("results" of "the results of", "summed" of "summed up"): a
    sentence has a phrase of results only if it has one of these words (its longest: "the", "of" are in most)."""
    vocabulary = lexicon()
    words = {w for w, entries in vocabulary.words.items() if "year_results" in entries}
    words.update(max(key, key=len) for options in vocabulary.phrases.values() for key, category, _v in options
                 if category == "year_results")
    return frozenset(words)


def _may_sum_up(text: str) -> bool:
    """A cheap first look, before the sentence is tagged: may it have a phrase of results ("the results of")?"""
    return not _year_results_words().isdisjoint(lows_of_text(text))


def _the_bare_year(v: View) -> bool:
    """Does the sentence name its period only as "the year" (not "this year", "the current year", "2024")?"""
    return any([t.low for t in v.s.tokens[p.i:p.j]] == ["the", "year"] for p in v.figures.periods)


def _year_summed_up(text: str, today: date | None) -> Period | None:
    """The past whole year a lead's sentence with no figures sums up after a phrase of results: "has summed up the
    results of the region's international cooperation in 2024" (None for "the results of the talks", no year)."""
    if not _may_sum_up(text) or "year_results" not in sentence(text).at:
        return None  # (most sentences: asked of the tags alone, before the figures are read)
    v = view(text, today, lambda _t: [])
    if v.figures.amounts or v.figures.changes:
        return None
    ends = [e for e in (v.s.tag_end(k, "year_results") for k in v.s.at["year_results"]) if e is not None]
    for p in v.figures.periods:
        if ends and min(ends) <= p.i and p.known and not p.future and p.first is not None and p.last is not None \
                and (p.first.month, p.first.day, p.last.month, p.last.day) == (1, 1, 12, 31) \
                and p.first.year == p.last.year and (today is None or p.last < today):
            return _as_period(p)
    return None


_PRESENT_LEVEL = frozenset(("is", "are", "stands", "amounts", "exceeds", "remains", "totals", "makes"))


def _told_in_the_past(v: View, anchor: Anchor) -> bool:
    """Is the figure told as past, not as a level of now ("Today trade stands at $80 million", "is now $80 million")?"""
    toks = v.s.tokens
    c = v.clause(anchor.head)
    return not any(t.low in _NOW_WORDS or t.low == "now" for t in toks) and not any(
        toks[k].low in _PRESENT_LEVEL for k in range(anchor.head) if v.clause(k) == c)


def _sums_up_the_year(s: Sentence) -> bool:
    """ "about the results of the year", "summed up the results of the past year": a phrase of results, the year after it."""
    return any(end is not None and any(t.low == "year" for t in s.tokens[end:end + 3])
               for end in (s.tag_end(k, "year_results") for k in s.at.get("year_results", ())))


def _balance_of_trade(v: View) -> bool:
    """Is the sentence's other money the balance of the trade just reported ("The balance ... remained positive and made
    up 63 million US dollars")?"""
    return not _BALANCE_WORDS.isdisjoint(v.s.lows)


_THAT_AFTER = frozenset(("believes", "believe", "thinks", "think", "hopes", "hope", "expects", "expect", "confident", "sure",
                         "convinced", "certain"))  # besides the verbs of saying (trade.tsv)


def _clause_refers_back(v: View, anchor: Anchor) -> bool:
    """Does the anchor's clause, which names no metric, open on a word referring back ("it", "the figure") before it?"""
    c = v.clause(anchor.head)
    if any(v.clause(k) == c for k in v.metric_at):
        return False
    toks = v.s.tokens
    return any(v.clause(k) == c and k < anchor.head and not (toks[k].low == "that" and k > 0 and toks[k - 1].low in _THAT_AFTER)
               for k in v.s.at.get("anaphora", ()))


def _goods_parts(v: View) -> bool:
    """ "Palm oil alone accounted for almost $40 million in 2023", right after "And what do we buy?": every amount of
    the sentence the part of one group of goods (`_part_subject`) in the trade just spoken of."""
    amounts = v.figures.amounts
    return bool(amounts) and all(_part_subject(v, a) is not None for a in amounts)


def _places_with_amounts(v: View) -> bool:
    """ "The leaders are Kostanay region with $146 million, Karaganda region with $61 million": every amount of the
    sentence right after a place and "with" (a ranking of the partners of the trade just spoken of)."""
    amounts = v.figures.amounts
    toks = v.s.tokens

    def after_with(a: Amount) -> int | None:  # the token of "with" before the amount ("with about $1.1 billion")
        k = _over_approximation(v, a.i - 1)
        return k if k >= 1 and toks[k].low == "with" else None

    return bool(amounts) and all((k := after_with(a)) is not None and any(p.j == k and not p.belarus for p in v.places)
                                 for a in amounts)


_RANKING = frozenset(("came", "comes", "ranked", "ranks", "placed", "took", "takes", "was", "is", "followed", "follows"))
_PLACES_IN_ORDER = frozenset(("first", "second", "third", "fourth", "fifth", "next", "last"))
# Verbs that put a place at the head or the foot of a ranking, with the ranking named after them ("rounds out the top
# four", "tops the list", "closes the top five", "heads the ranking")
_RANK_ENDS = frozenset(("rounds", "rounded", "completes", "completed", "closes", "closed", "tops", "topped", "heads", "headed"))
_RANKINGS = frozenset(("top", "list", "ranking", "rating", "table", "leaders"))


def _a_place_ranked(v: View) -> bool:
    """ "St Petersburg came second at $610 million", "Moscow ranked first with $1.4 billion", "Minsk Oblast followed
    with $320 million", "Kazan rounds out the top five with $90 million": a foreign place opening the sentence, ranked by its figure among the partners of the trade just
    spoken of; every amount of the sentence after it in its clause."""
    amounts = v.figures.amounts
    if not amounts:
        return False
    toks = v.s.tokens
    place = next((p for p in v.places if p.i <= 1 and not p.demonym and not p.belarus), None)
    if place is None or place.j >= len(toks) or toks[place.j].low not in _RANKING | _RANK_ENDS:
        return False
    after = [t.low for t in toks[place.j + 1:place.j + 4]]
    if toks[place.j].low in _RANK_ENDS:
        ranked = not _RANKINGS.isdisjoint(after)  # "Jiangsu rounds out the top four with about $700 million"
    else:
        ranked = toks[place.j].low in ("followed", "follows") or not _PLACES_IN_ORDER.isdisjoint(after)
    return ranked and all(a.i > place.j and v.clause(a.i) == v.clause(place.i) for a in amounts)


def _share_of_a_place(v: View) -> bool:
    """ "The share of Vitebsk region accounts for $14.5 million", "Kostanay region's share is $7 million": a place's part
    of the trade just spoken of, every amount of the sentence after it in the same clause."""
    amounts = v.figures.amounts
    toks = v.s.tokens
    if not amounts:
        return False
    for p in v.places:
        if p.demonym:
            continue
        k = p.i - 2 if p.i > 1 and toks[p.i - 1].low == "the" else p.i - 1
        of_a_place = k > 0 and toks[k].low == "of" and toks[k - 1].low == "share"
        owners = p.j < len(toks) and toks[p.j].low == "share" and toks[p.j - 1].text.endswith(("'s", "’s"))
        if (of_a_place or owners) and all(a.i > p.j and v.clause(a.i) == v.clause(p.i) for a in amounts):
            return True
    return False


def _refers_back(v: View, before: int | None = None) -> bool:
    """Does a word refer back to the figure before ("That is 10% more", "this figure")? Not the "that" of "said that",
    "is confident that", which opens what is said. With `before`, only a word before that token and outside a period
    ("Last year it reached $1.2 billion", not "This year we reached $1.2 billion, and this is a record")."""
    toks = v.s.tokens
    # "which" after the sentence's first figure, and not right after a figure, opens a clause on what the sentence
    # names ("The equipment handed over, worth $12 million, includes 150 tractors, which will be distributed"), no
    # figure before it ("... the bar of half a billion US dollars, which we outlined": the figure)
    first = min([a.i for a in v.figures.amounts] + [c.i for c in v.figures.changes], default=len(toks))
    ends = {a.j for a in v.figures.amounts} | {a.j + 1 for a in v.figures.amounts}
    return any(not (toks[k].low == "that" and k > 0 and (toks[k - 1].low in _THAT_AFTER or v.s.tagged(k - 1, "saying")))
               and not (toks[k].low == "which" and k > first and k not in ends)
               and (before is None or k < before and not any(p.i <= k < p.j for p in v.figures.periods))
               for k in v.s.at.get("anaphora", ()))


_REACHING = frozenset(("reached", "exceeded", "topped", "surpassed", "crossed", "hit", "passed", "achieved",
                       "reach", "exceed", "surpass",  # (and a goal's: "the parties plan to reach 70 million")
                       "had", "have"))  # ("For the whole of last year we had almost $31 million")
_REACHING_FILLERS = frozenset(("have", "has", "had", "already", "finally", "also", "even", "together", "jointly", "then",
                               "plan", "intend", "aim", "want", "hope", "expect", "to", "will"))


_HAVING = frozenset(("had", "have"))


def _nothing_named_after(v: View, j: int) -> bool:
    """Does no noun after an amount ending at token j name what it is of ("$5 million in losses", "$2 million of
    orders", "$3 million worth of goods"), past a period ("$31 million in 2022")?"""
    toks = v.s.tokens
    if j >= len(toks) or toks[j].low not in ("in", "of", "worth"):
        return True
    start = j + 2 if j + 2 < len(toks) and toks[j + 1].low == "the" else j + 1  # ("in the first half")
    return toks[j].low == "in" and any(p.i in (j + 1, start) for p in v.figures.periods)


def _the_sides_reached(v: View) -> bool:
    """ "Last year we topped $400 million", "the two countries exceeded $400 million for the first time": the two sides
    as the subject of a verb of reaching with the amount right after it (after a sentence on trade: its figure)."""
    toks = v.s.tokens
    amounts = v.figures.amounts
    if len(amounts) != 1:
        return False
    k = amounts[0].i
    while k > 0 and toks[k - 1].low not in _REACHING and any(v.s.tagged(k - 1, a) for a in _APPROX_WORDS):
        k -= 1  # "exceeded almost $400 million" (and "topped", itself a word of approximation)
    if k < 2 or toks[k - 1].low not in _REACHING:
        return False
    if toks[k - 1].low in _HAVING and not _nothing_named_after(v, amounts[0].j):
        return False  # "we had $5 million in losses", "we have $2 million of orders": what the sides have is named
    m = k - 2
    while m >= 0 and toks[m].low in _REACHING_FILLERS:
        m -= 1
    start = sides_ending_at(v.s.lows, m) if m >= 0 else None
    return start is not None and (start == 0 or v.clause(start) == v.clause(k))


def is_about_other_things(v: View) -> bool:
    """Does a sentence without a metric word of its own, after one about trade, speak of something else?

    It goes on with the trade just spoken of through a word that refers back ("It went up 9%") or a bare
    change ("Exports grew 20%. A 30% rise is expected next year"); but not when a noun of other money, of
    goods carried or of things counted or made names what the figure measures:

    >>> is_about_other_things(view("The total cost of the projects has grown 10 times.", None, lambda t: []))
    True
    >>> is_about_other_things(view("Railways could carry two times more cargo.", None, lambda t: []))
    True
    >>> is_about_other_things(view("The number of tourists grew by 30% in 2022.", None, lambda t: []))
    True
    >>> is_about_other_things(view("It went up 9% after two years of decline.", None, lambda t: []))
    False
    """
    at = v.s.at
    figures = [x.i for x in v.figures.amounts] + [x.i for x in v.figures.changes]
    first = min(figures, default=len(v.s.tokens))
    return any(not _a_cause_before(v, k) for k in at.get("freight", ())) or any(
        k < first for k in (*at.get("nontrade", ()), *at.get("other_measure", ())))


_CAUSES = (("because", "of"), ("due", "to"), ("owing", "to"), ("as", "a", "result", "of"), ("caused", "by"),
           ("amid",), ("despite",), ("in", "spite", "of"))


def _a_cause_before(v: View, k: int) -> bool:
    """Is the word at k in a cause given after the figure ("it fell by 11% because of the freight costs"), not what the
    figure measures?"""
    figures = [x.j for x in v.figures.amounts] + [x.j for x in v.figures.changes]
    lows = v.s.lows
    return any(f <= m and all(lows[m + n] == w for n, w in enumerate(cause)) and m + len(cause) <= k and k - m <= 8
               for cause in _CAUSES for m in range(max(0, k - 8), k) for f in figures)


_SHARE_NOUNS = frozenset(("share", "proportion", "percentage"))


def is_change_of_share(v: View, anchor: Anchor) -> bool:
    """ "Russia's share accounts for 68.6% of the region's exports, down 10% on a year before": a lone change
    after a share and its percentage is the share's change, not one of the exports."""
    change = anchor.change
    if change is None or anchor.amount is not None:
        return False
    toks = v.s.tokens
    shares = [k for k in v.s.at.get("share", ()) if k < change.i]
    if not shares:
        return False
    lows = v.s.lows
    last = shares[-1]
    if lows[last] in _SHARE_NOUNS and change.i - last <= 5 and v.clause(last) == v.clause(change.i) and not any(
            last < k < change.i for k in v.metric_at):
        return True  # "this share can be doubled through supplies of leather": the share is what changes
    if any(shares[0] < k < change.i and v.clause(k) == v.clause(change.i) for k in v.metric_at):
        return False  # "..., while trade grew by 8%": the change's own clause names what changed
    taken = {k for c in v.figures.changes for k in range(c.i, c.j)}
    return any(toks[k].text == "%" or toks[k].low == "percent" for k in range(shares[0], change.i) if k not in taken)


_PRICE_WORDS = frozenset(("price", "prices", "cost", "tariff", "tariffs"))


_PRICE_PREPOSITIONS = frozenset(("despite", "in", "at", "amid", "with", "due", "because", "thanks", "given", "by", "under", "on",
                                  "from", "for", "through", "of", "after", "notwithstanding"))


def _change_of_a_price(v: View, anchor: Anchor) -> bool:
    """ "The price of one front loader assembled in Pavlodar is expected to be about 20% lower than that of an imported
    one", "Prices for dairy products rose by 8%", "The cost of a tonne of imported fertiliser fell": a lone change
    whose clause opens on a price, before any word of trade, is the price's (not "Exports grew by 8% thanks to higher
    prices")."""
    change = anchor.change
    if change is None or anchor.amount is not None:
        return False
    lows = v.s.lows
    start = v.clause_start(change.i)
    for m in range(start, change.i):
        if lows[m] in _PRICE_WORDS:
            if any(lows[p] in _PRICE_PREPOSITIONS for p in range(start, m)):
                continue  # "Despite lower world prices Belarusian exports rose by 15%": the prices are no subject
            # (not "Lower tariffs boosted Belarusian exports by 20%": the exports are what changed)
            return lows[m + 1] in ("of", "for", "per") or not any(
                m < k < change.i and not lows[k].endswith(("ed", "ing")) for k in v.metric_at)
        if m in v.metric_at:
            # (the metric word comes first: "Exports of goods at higher prices grew by 8%"; but "Export prices for
            # potash rose by 12%" are prices)
            return m + 1 < change.i and lows[m + 1] in _PRICE_WORDS
    return False


def _beside_other_money(v: View, anchor: Anchor) -> bool:
    """Is this lone change about an amount of other money next to it ("investment ... up 12% to $5 million")?"""
    change = anchor.change
    if change is None:
        return False
    others = [a for a in v.figures.amounts if is_other_money(v, a)]
    return any(v.clause(a.i) == v.clause(change.i) and not any(a.j <= k < change.i or change.j <= k < a.i for k in v.metric_at) for a in others)


def _product_mention(v: View) -> str | None:
    """The product group named in the sentence, for "these products" in the next one."""
    for k in sorted(v.metric_at):
        toks = v.s.tokens
        if k + 1 < len(toks) and toks[k + 1].low == "of":
            phrase = _noun_phrase(v, k + 2, len(toks))
            if phrase:
                return phrase.split()[-1].lower()
    return None


def _speaks_of_trade(text: str) -> str | None:
    """The metric a sentence without figures speaks of ("Trade between the regions is growing"), if any."""
    tokens = tokens_of(text)
    lexicon = metric_lexicon()
    lows = lows_of_text(text)  # shared: read only
    if not any(map(lexicon.lookup.__contains__, lows)):
        return None  # no word opens a metric's entry: nothing to tag
    if not (any(map(text.lower().__contains__, _METRIC_STEMS)) if plain_case(text) else _ANY_METRIC.search(text)):
        return None
    at = index_tags(lexicon.tag(tokens, lows))
    metrics = [m for m in _METRICS if m in at]
    if not metrics:
        return None
    return "turnover" if "turnover" in metrics or len(metrics) > 1 else metrics[0]


def _seen_from_the_partner(text: str, place_mentions: Callable[[str], list[Mention]]) -> bool | None:
    """Does a sentence without figures tell a flow of goods from the partner's side, its metric word turned by the
    place the goods come from or go to ("Uzbekistan mainly imports from Belarus tractors and machinery": Belarus'
    exports, True), from Belarus' ("Belarus exports tractors to Uzbekistan", False), or tell no such flow (None)?"""
    s = sentence(text)
    places = _places(s, Figures(), place_mentions(text))
    if not places:
        return None
    v = View(s, Figures(), places, _metric_words(s, []))
    seen: set[bool] = set()
    for k, metric in v.metric_at.items():
        if metric == "turnover" or k - 1 in v.metric_at:
            continue
        stop = min(len(s.tokens), k + 13)
        if _flow_place(v, k + 1, stop, "from") is None and _flow_place(v, k + 1, stop, "to") is None:
            continue
        seen.add(_direction(v, k, metric, False) != metric)
    return seen.pop() if len(seen) == 1 else None


_PASSIVE_BE = frozenset(("was", "were", "been", "is", "are", "being"))


def _flow_with_no_place(v: View, k: int) -> bool:
    """ "1,240 tractors worth $41.5 million were imported in the nine months", "In particular, it bought 300 trucks
    worth $12 million": a metric verb at token k in the passive, or after "it"/"they", in a sentence naming no place,
    whose goods go where the sentence before said."""
    toks = v.s.tokens
    if v.places or toks[k].low not in _FLOW_VERBS | _BUYING_VERBS or k == 0:
        return False
    before = toks[k - 1].low
    if before in _PASSIVE_BE:
        return not any(t.low == "by" for t in toks[k + 1:])
    return before in ("it", "they") or before in ("also", "mainly") and k > 1 and toks[k - 2].low in ("it", "they")


# "almost all of it", "the bulk of it", "most of this": a part of the figure just given (what it is made of)
_PART_OF_IT = re.compile(r"\b(?:all|most|much|bulk|majority|part|half|quarters?|thirds?)\s+of\s+(?:it|this|that|which)\b",
                         re.IGNORECASE)
_TRADE_WORDS = frozenset(("trade", "turnover", "exports", "export", "imports", "import", "trading"))


def _states_a_goal(v: View, today: date | None) -> bool:
    """Does a sentence without a metric word set a money goal (and no other money)?"""
    return any(
        not is_other_money(v, a) and not is_price(v, a) and status_of(v, Anchor(a, None), today) == "target"
        for a in v.figures.amounts
    )


def _is_share_sentence(v: View) -> bool:
    """A sentence about a share of the trade just spoken of ("In 2008 their share soared to 47%")."""
    return "share" in v.s.at and any(t.text == "%" or t.low == "percent" for t in v.s.tokens)


def _names_trade(v: View) -> bool:
    """Does the sentence name trade at all, even in a collocation ("trade and economic cooperation")?"""
    return any(t.low in _TRADE_WORDS for t in v.s.tokens)


_RETRACTED = re.compile(r"^\s*Correction\s*:|\ban earlier version of (?:this|the) (?:article|story|report|text)\b|"
                        r"\bincorrectly (?:said|stated|put|reported|gave)\b|\bwas corrected to\b|"
                        r"\bthe correct (?:figure|amount|value|number|sum)\b|\bshould have read\b", re.IGNORECASE)
_REGION_BACK = re.compile(rf"\b(?:the|this|that|our|both|two)\s+(?:{'|'.join(sorted(_PARTNER_WORDS))})s?\b", re.IGNORECASE)
_TOPIC_LEADS = frozenset(("", "the", "as for", "in", "with", "relations with", "cooperation with", "trade with",
                          "turnover with", "trade turnover with", "ties with", "as to", "regarding", "speaking of", "and"))
# Words that qualify the place after a topic's lead and leave the lead as it is: "With neighbouring St Petersburg, ..."
_TOPIC_QUALIFIERS = frozenset(("neighbouring", "neighboring", "nearby", "adjacent", "bordering", "fraternal", "fellow"))


def _topic_of(text: str, place_mentions: Callable[[str], list[Mention]], partner: str | None) -> tuple[str, bool] | None:
    """The other partner a sentence makes the topic of what follows, and whether it opens it as one: one foreign region
    or country, other than the article's partner (and its country), opening the sentence as a heading ("Vietnam.",
    "Vitebsk Oblast and Pskov Oblast."), as a partner ("Pavlodar region is also an important partner"), as the other side
    of relations ("Relations with Kenya are developing", "As for Zimbabwe, ...", "Kenya and Belarus have signed ...");
    or only named first ("In Vietnam, MAZ assembles trucks": weak). ("", False) where the sentence names the article's
    partner or other foreign places, or names the place in passing ("Novosibirsk Oblast also buys MAZ trucks"): the
    topic ends; None where it names none (the topic goes on)."""
    mentions = place_mentions(text)
    if not mentions:
        return None
    heading = _at_most_six_words(text) and not _VERB_LIKE.search(text)
    # regions and countries, and the cities that are regions of their own ("St Petersburg", "Almaty"); in a heading any
    # city, for its region ("MOGILEV - VOLOGDA.")
    found = [m for m in mentions if (m.hit.type == "place" or m.hit.type == "city" and (heading or _city_region(m.hit)))
             and country_of(m.hit.code) != "BY"]
    if not found:
        return None
    codes = {m.hit.code for m in found}
    first = found[0]
    code = first.hit.code
    if len(codes) > 1 or partner is None or code == partner or code == country_of(partner):
        return "", False
    lead = text[:first.start]
    sides = [m for m in mentions if m.end <= first.start and country_of(m.hit.code) == "BY"]
    for m in reversed(sides):
        lead = lead[:m.start] + lead[m.end:]  # "Vitebsk Oblast and Pskov Oblast.": the Belarusian side before it
    words = lead.lower().replace(",", " ").split()
    while words and words[-1] in _TOPIC_QUALIFIERS:
        words.pop()  # "With neighbouring St Petersburg, ...": as "With St Petersburg, ..."
    lead = " ".join(words)
    rest = text[first.end:].strip()
    if lead in _TOPIC_LEADS and lead not in ("", "the", "in", "and"):
        return code, True  # "Relations with Kenya ...", "As for Zimbabwe, ..."
    if lead in ("", "the", "and", "-", "–", "—"):
        if heading:
            return code, True  # a heading: "Vietnam.", "Vitebsk Oblast and Pskov Oblast.", "MOGILEV - VOLOGDA."
        if sides and lead == "and":
            return code, True  # "Minsk and St Petersburg agreed to open a joint industrial park"
        if _PARTNER_WORD.search(text) or _WITH_BELARUS_SIDE.match(rest):
            return code, True  # "Omsk Region is another partner", "Kenya and Belarus have signed a roadmap"
        return "", False
    if lead == "in":
        return code, False
    return "", False


def _at_most_six_words(text: str) -> bool:
    """Whether the text is of six words or fewer (split no further than a seventh word)."""
    return len(text.split(None, 6)) <= 6


def _city_region(hit: Hit) -> bool:
    """Is the city a region of its own ("St Petersburg", "Almaty": the place of its code has its name)?"""
    from belcoop.parse.places import gazetteer

    place = gazetteer().place(hit.code)
    return place is not None and place.name == hit.name


_VERB_LIKE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|also)\b", re.IGNORECASE)
_PARTNER_WORD = re.compile(r"\bpartners?\b", re.IGNORECASE)
_WITH_BELARUS_SIDE = re.compile(r"(?:and|,)\s+(?:the\s+)?(?:Republic\s+of\s+)?Belarus\b")
_COUNTRY_BACK = re.compile(r"\b(?:the|this|that)\s+(?:country|state|province|region)\b|\bthere\b", re.IGNORECASE)


def _context(metric: str, partner: str | None) -> TradeFact:
    """What a sentence about trade without a figure sets the scene for."""
    return TradeFact(partner=partner, metric=metric, value=None, currency=None, approx=None, period=None,
                     change=None, status="actual", evidence="")




def _told_again(f: TradeFact, g: TradeFact) -> bool:
    """Is the headline's figure f the body's figure g, perhaps rounded ("up 36%" for "up 36.3%")?"""
    if (f.partner, f.metric) != (g.partner, g.metric) and f.metric != "turnover" and g.metric != "turnover":
        return False
    if f.value is not None and g.value is not None and _close_to(f.value, g.value):
        return True
    if f.value is not None and g.value is not None and (
            f.approx == "over" and f.value <= g.value <= 1.25 * f.value
            or f.approx in ("almost", "under") and 0.8 * f.value <= g.value <= f.value):
        return True  # "trade tops $150m" over "$164 million": the body's figure, rounded down to a headline's mark
    if f.change is not None and g.change is not None and f.change.kind == g.change.kind:
        # (rounded the way headlines round: "by over a fifth" for 21.7%, "by a third" for 31.5%)
        return abs(f.change.value - g.change.value) <= max(1.0, 0.1 * abs(g.change.value))
    return f.value is None and f.change is None


def headline_facts(
    title: str, body: list[TradeFact], today: date | None, partner: str | None,
    place_mentions: Callable[[str], list[Mention]], others: list[tuple[float, str | None]] | None = None,
) -> list[TradeFact]:
    """Figures the headline states that the body does not tell again ("Belarus' exports to Pskov Oblast up 18%"
    over a body that gives only turnover). A headline mostly repeats the lead, rounded: those are one fact. `others`:
    the body's amounts of trade not with the partner; a headline restating one is that figure too ("Belarus exports
    top $1.1 billion" over "... exports to 60 countries reached $1.13 billion")."""
    found = extract_trade([[title]], today, partner, place_mentions, lambda _p: False).facts
    return [f for f in found if not any(_told_again(f, g) for g in body) and not (
        f.value is not None and any(currency == f.currency and _close_to(f.value, value) for value, currency in others or ()))]


def _close_to(a: float, b: float) -> bool:
    return abs(a - b) <= 0.06 * max(a, b)


def figure_periods(text: str) -> list[tuple[date, date, str, bool]]:
    """(first, last, status, reported) of each calendar period the sentence gives a figure for, read as the
    trade rules read it but without an article date ("to reach $500 million in 2017" is a target for 2017).
    A sentence with no figure counts when it tells of trade moving ("trade reached a six-year high in 2022",
    "a growth in the first half of 2016 was noted"); `reported` is whether a result is given (an amount, a
    change, a verb of a reported figure) rather than a trend ("began to recover in 2017"). Used to date
    articles by their own figures."""
    v = view(text, None, lambda _t: [])
    amounts = [a for a in v.figures.amounts if not (is_other_money(v, a) or is_difference(v, a) or is_price(v, a))]
    out = []
    for anchor in bind_changes(v, amounts):
        status = status_of(v, anchor, None)
        period, _named = period_of(v, anchor, status, None, None)
        if period is not None:
            out.append((date.fromisoformat(period.start), date.fromisoformat(period.end), status, True))
    if out or v.figures.amounts or v.figures.changes:
        return out
    summed = [p for p in v.figures.periods if p.known and any(
        (v.s.tag_end(m, "year_results") or -9) in (p.i, p.i - 1) for m in range(max(0, p.i - 4), p.i))] \
        if "year_results" in v.s.at else []
    if summed:  # "summed up the results of 2023": that year is over
        return [(p.first, p.last, "actual", True) for p in summed if p.first is not None and p.last is not None]
    reported = "report_verb" in v.s.at or any(t.text == "%" for t in v.s.tokens)
    direction = "up" in v.s.at or "down" in v.s.at
    moving = reported or direction
    if not moving or not (v.metric_at or direction):
        return []
    goal = any(v.s.is_goal_word(k) for k in v.s.at.get("goal", ()))
    return [(p.first, p.last, "target" if goal else "actual", reported) for p in v.figures.periods
            if p.known and p.first is not None and p.last is not None]
