"""What kind of event the article reports, its own name, and the city where it took place.

The headline and the lead (the first three sentences) are read as typed tokens (tokens.py) tagged with the
vocabulary of data/events.tsv. A *trigger* is an event word (met, talks, visit, forum, signed, the session of
a commission); each trigger is judged in its own clause: *future* (will, next, to be held, scheduled) and
*background* (previous, earlier, ago) triggers are not the event the article reports. The type is the first
kind, in a fixed order of precedence, that a held trigger shows; an article with none is a `report`.

The venue is a city the text names with a place cue (visit to X, visited X, X hosted, held in X, in X next to
an event word), never one named for something else (the consul general in X, buses run in X, a delegation
from X), never the city of a planned or an earlier event. A dateline city is the venue only when the lead
reports an encounter there (talks, a reception, a press conference, a forum) and nothing in the lead places
the event in another country or region (a visit to Uzbekistan, the Belarusian ambassador to Russia).

    >>> from belcoop.parse.places import gazetteer
    >>> found = find_event(None, ["The ministers held talks in Kazan on Monday."], None, gazetteer().mentions)
    >>> found.event.type, found.venue
    ('meeting', 'Kazan')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import accumulate, compress
from typing import NamedTuple

from belcoop.model import Event
from belcoop.parse.months import MONTHS, WEEKDAYS
from belcoop.parse.places import Mention
from belcoop.parse.text import DATELINE_ONLY
from belcoop.parse.tokens import Lexicon, Token, dash_in_a_name, index_tags, lows_of, lows_of_text, tokenize, tokens_of
from belcoop.vocab import read_data

Mentions = Callable[[str], list[Mention]]
Tags = dict[str, tuple[int, str | None]]


@cache
def _vocabulary() -> Lexicon:
    return Lexicon(read_data("events.tsv"))


# Categories of events.tsv read as plain word sets, never as tags (their words, "the", "of", "on", are in most
# sentences: tagging them would only slow every sentence down).
_UNTAGGED = frozenset(("time_front",))


@cache
def _lexicon() -> Lexicon:
    vocabulary = _vocabulary()
    categories = {c for entries in vocabulary.words.values() for c in entries}
    categories.update(option[1] for options in vocabulary.phrases.values() for option in options)
    return vocabulary.subset(frozenset(categories - _UNTAGGED))


@cache
def _time_front() -> frozenset[str]:
    """The words of a time phrase before a fronted place (data/events.tsv time_front), the months and the weekdays."""
    words = {w for w, entries in _vocabulary().words.items() if "time_front" in entries}
    return frozenset(words | MONTHS.keys() | _WEEKDAYS)


_CLAUSE_MARKS = frozenset(",;:()[]–—")
_CLAUSE_WORDS = frozenset({"which", "who", "whom", "whose", "where", "while", "whereas", "but", "although", "though"})
# Verb forms that report something done: a future cue further left governs another clause ("will ... signed at").
_DONE = frozenset({"told", "met", "held", "took", "signed", "inked", "visited", "hosted", "concluded", "opened", "arrived",
                   "received", "discussed", "attended", "toured", "began", "started", "ended", "closed", "convened",
                   "gathered", "welcomed", "chaired", "exchanged", "landed", "reviewed"})
_WEEKDAYS = frozenset(WEEKDAYS)
_GUEST_WORDS = frozenset({
    "delegation", "delegations", "ambassador", "governor", "minister", "president", "head", "chairman", "chairwoman",
    "envoy", "guests", "guest", "counterpart", "prime", "deputy", "mayor", "akim", "khokim", "vice", "secretary",
    "leader", "leaders", "representatives", "members", "visitors", "visiting", "first", "acting", "chief", "heads",
})
_NAME_LINKS = frozenset({"of", "and", "on", "for", "between", "the", "&", "-", "in"})
_NAME_SKIP = frozenset({"at", "during", "on", "in", "the", "this", "a", "an", "following", "after", "before", "within",
                        "by", "for", "with", "from", "to", "of", "and", "-", "while", "as", "under"})
_ROLE_WORDS = frozenset({"chairman", "chairwoman", "chair", "co-chair", "co-chairman", "head", "member", "members",
                         "secretary", "minister", "deputy", "president", "director", "representative", "executive"})
_JOINT = ("commission", "working_group")
_HERE_AND_NOW = frozenset(("today", "tonight", "here"))  # a planned event at the dateline: "Today ... is set to hold talks"
_ENCOUNTER = frozenset({"meeting", "receive", "forum", "ceremony", "located_report", "occasion", "sign"})


class _Sentence:
    """One sentence as tokens with event tags, clause numbers and the places it names."""

    __slots__ = ("text", "pos", "tokens", "lows", "tags", "clause", "places", "starts", "found", "today", "cats", "memo",
                 "dates", "events", "demonyms")

    def __init__(self, text: str, pos: int, mentions: Mentions, today: date | None = None,
                 found: list[Mention] | None = None) -> None:
        """`found`: the text's `mentions`, when the caller has them."""
        self.text = text
        self.today = today  # the article's date: a clause dated to another month or year is background
        self.pos = pos  # 0 the headline, 1-3 the lead, 4 and after the body
        self.tokens = tokens_of(text)
        self.lows = lows_of_text(text)  # (shared with other readers: never changed)
        self.tags = _tag(self.tokens, self.lows)
        self.cats = cats = index_tags(self.tags)  # every category the sentence has -> where its phrases start
        # the event words: the tokens with a tag of _KINDS (where _kind_at is not ""), in order
        kinds = cats.keys() & _KIND_SET  # a set
        self.events = (sorted({i for kind in kinds for i in cats[kind]}) if len(kinds) > 1 else
                       list(cats[kinds.pop()]) if kinds else [])
        self.memo: dict[tuple[str, int, int], bool] = {}  # answers of is_future, is_background, _dated_elsewhere
        self.clause = _clauses(self.tokens, self.lows)
        self.places: list[tuple[int, int, Mention]] = []
        self.found: list[_Trigger] | None = None
        self.dates: list[int] | None = None  # the tokens _dated_elsewhere reads, found when it first asks
        self.demonyms: set[int] | None = None  # the tokens of demonyms (_left_cue), found when it first asks
        if not self.tokens:
            found = []
        elif found is None:
            found = mentions(text)
        self.starts = [t.start for t in self.tokens] if found else []
        for m in found:
            a = bisect_left(self.starts, m.start)
            b = bisect_left(self.starts, m.end)
            if a < b:
                self.places.append((a, b, m))

    def has(self, i: int, category: str) -> bool:
        found = self.tags[i] if 0 <= i < len(self.tags) else None
        return found is not None and category in found

    def end(self, i: int, category: str) -> int:
        """Where the phrase of `category` starting at token i ends (exclusive); i + 1 when there is none."""
        found = self.tags[i] if 0 <= i < len(self.tags) else None
        hit = found.get(category) if found else None
        return hit[0] if hit else i + 1

    def ends_here(self, j: int, category: str, reach: int = 4) -> int | None:
        """The start of a phrase of `category` that ends right before token j ("took place" before "in")."""
        tags = self.tags
        for k in range(max(0, j - reach), min(j, len(tags))):
            found = tags[k]
            if found is not None:
                hit = found.get(category)
                if hit is not None and hit[0] == j:
                    return k
        return None

    def low(self, i: int) -> str:
        return self.tokens[i].low if 0 <= i < len(self.tokens) else ""

    def capitalised(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].kind == "w" and self.tokens[i].text[0].isupper()


def _tag(tokens: list[Token], lows: list[str] | None = None) -> list[Tags | None]:
    """Lexicon tags, with the words inside longer phrases cleared: "press conference" is no forum, and the
    "press conference" inside "joint press conference" is no press statement. "may" is future only in
    lower case (May is a month)."""
    if lows is None:
        lows = lows_of(tokens)
    tags = _lexicon().tag(tokens, lows)
    # Only a word that opens an entry of future_may or not_event, or a phrase of meeting, has a tag changed below (the
    # changes read no tag they make or take away): the others are passed over.
    for i in compress(range(len(tags)), map(_fixed_openers().__contains__, lows)):
        found = tags[i]
        if not found:
            continue
        if "future_may" in found:
            del found["future_may"]
            if tokens[i].text == "may":
                found["future"] = (i + 1, None)
        if "not_event" in found:
            for j in range(i, found["not_event"][0]):
                other = tags[j]
                if other:
                    other.pop("forum", None)
        if "meeting" in found and found["meeting"][0] - i > 1:
            for j in range(i + 1, found["meeting"][0]):
                other = tags[j]
                if other:
                    other.pop("report", None)
    return tags


@cache
def _fixed_openers() -> frozenset[str]:
    """The words at which _tag may change a tag: they open an entry of future_may or not_event, or a phrase of
    meeting."""
    lexicon = _lexicon()
    return _openers(frozenset(("future_may", "not_event"))) | {
        word for word, options in lexicon.phrases.items() if any(option[1] == "meeting" for option in options)}


def _clauses(tokens: list[Token], lows: list[str] | None = None) -> list[int]:
    """Clause numbers: commas, colons, brackets, dashes and relative words ("which", "where") end one; the comma of
    a date ("February 15, 2018") does not. (The tokens that end a clause are found in C: a word by its lower-cased
    form, less "'s", which is the token's own; any other token by its text, which is its lower-cased form too.)"""
    if lows is None:
        lows = lows_of(tokens)
    ends = list(map(_ENDS_CLAUSE.__contains__, lows))
    last = len(tokens) - 1
    # (a name's fields follow its "for" or "on"; a list of modifiers has two commas and an "and" or "or": a sentence
    # without them is not asked for either)
    fields = not _FOR_ON.isdisjoint(lows)
    lists = not _AND_OR.isdisjoint(lows) and lows.count(",") >= 2
    for i in compress(range(len(tokens)), ends):
        if tokens[i].text in ("–", "—") and dash_in_a_name(tokens, i):
            ends[i] = False  # a pair in a name: "the Vietnam – Belarus Intergovernmental Committee"
            continue
        if tokens[i].text == "(" and (close := _short_name_end(tokens, i)) is not None:
            ends[i] = ends[close] = False  # "the 138th China Import and Export Fair (Canton Fair) in Guangzhou": a name's
            continue  # short form, which goes on with the name's clause
        if tokens[i].text != "," or not i or i == last:
            continue
        if tokens[i - 1].kind == "n" and _is_year(tokens[i + 1]):
            ends[i] = False  # the comma of a date
        elif fields and (listed := _name_fields_end(tokens, i)) is not None:
            # "the Commission on Trade, Industry, Science and Technology met": one name (its later commas are read
            # as passed over, as `compress` reads the list as it goes)
            for k in range(i, listed):
                if tokens[k].text == ",":
                    ends[k] = False
        elif lists and (listed := _word_list_end(tokens, i)) is not None:
            # "an agreement on trade, economic, scientific and cultural cooperation in X": one noun phrase
            for k in range(i, listed):
                if tokens[k].text == ",":
                    ends[k] = False
    return list(accumulate(ends, initial=0))[1:]


def _short_name_end(tokens: list[Token], i: int) -> int | None:
    """The ")" of brackets at token i that hold only a name's short form after the name ("... Export Fair (Canton
    Fair)", "... Expo (CIIE)"): up to four capitalised words right after a capitalised word; else None."""
    if not i or not tokens[i - 1].text[0].isupper():
        return None
    for k in range(i + 1, min(len(tokens), i + 6)):
        if tokens[k].text == ")":
            return k if k > i + 1 else None
        if tokens[k].kind != "w" or not tokens[k].text[0].isupper():
            return None
    return None


_FOR_ON = frozenset(("for", "on", "of"))  # (and a post's: "Minister of Food, Agriculture and Light Industry")
_AND_OR = frozenset(("and", "or"))


# Words that are no item of a list of modifiers ("he said, however, and the ..."): the list is of content words.
_NO_ITEM = frozenset(("and", "or", "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
                      "our", "however", "also", "too", "then", "so", "thus", "therefore", "moreover", "meanwhile",
                      "he", "she", "it", "they", "we", "i", "you", "said", "says", "noted", "added", "stressed")) | (
    _CLAUSE_WORDS)


def _item(tokens: list[Token], k: int) -> bool:
    """One word of a list of modifiers or fields in lower case ("economic", "agri-food")."""
    if not 0 <= k < len(tokens):
        return False
    tok = tokens[k]
    return tok.kind == "w" and tok.text[0].islower() and tok.low not in _NO_ITEM


def _word_list_end(tokens: list[Token], i: int) -> int | None:
    """The end of a list of one-word items in lower case that the comma at token i opens, with at least two commas:
    "trade, economic, scientific and technical", "oil, gas, and coal" (the "and"/"or" item included)."""
    if not _item(tokens, i - 1):
        return None
    k, n, commas = i, len(tokens), 0
    while k < n and tokens[k].text == ",":
        commas += 1
        if tokens[k + 1].low in ("and", "or") if k + 1 < n else False:
            k += 1  # the serial comma: "oil, gas, and coal"
            break
        if not _item(tokens, k + 1):
            return None
        k += 2
    if commas < 2 or k >= n or tokens[k].low not in ("and", "or") or not _item(tokens, k + 1):
        return None
    return k + 2


def _upper(tokens: list[Token], k: int) -> bool:
    return 0 <= k < len(tokens) and tokens[k].kind == "w" and tokens[k].text[0].isupper()


def _name_fields_end(tokens: list[Token], i: int) -> int | None:
    """The end of the list of fields of a capitalised name when the comma at token i opens it: "Commission for
    Economic, Trade and Technical Cooperation", "Council on Trade, Economic, Scientific and Technical Cooperation",
    "Minister of Food, Agriculture and Light Industry". The name's noun, "for", "on" or "of", capitalised words up to
    the comma, and after it capitalised words, commas and
    "and" + capitalised words (not "In Minsk, Belarus and Russia ...": no "for"/"on" after a name)."""
    k = i - 1
    while k > 0 and _upper(tokens, k) and i - k <= 4:
        k -= 1
    if k == i - 1 or tokens[k].low not in _FOR_ON or not _upper(tokens, k - 1):
        return None
    return _field_list_end(tokens, i)


def _field_list_end(tokens: list[Token], b: int) -> int | None:
    """The end of a list of fields in a name, from the comma at token b: ", Economic, Scientific and Technical
    Cooperation" (capitalised words, commas, and an "and" before the last ones); None if the comma ends the name."""
    k, n = b, len(tokens)
    while k < n and tokens[k].text == ",":
        k += 1
        if not _upper(tokens, k):
            return None
        while k < n and _upper(tokens, k):
            k += 1
        if k < n and tokens[k].low == "and" and _upper(tokens, k + 1):
            k += 1
            while k < n and _upper(tokens, k):
                k += 1
            return k
    return None


_ENDS_CLAUSE = _CLAUSE_MARKS | _CLAUSE_WORDS  # no word is a mark, no mark or number a word
_IN_AT = frozenset(("in", "at"))
# Where an unknown town's name may follow (_unknown_town): "in" and "at", and a visit's verb before a word for a town
# ("visited the town of Zelenoborsk"; a bare "visited X" may be a plant's name).
_TOWN_CUES = _IN_AT | {"visited", "visiting", "toured"}


_CENTURIES = ("19", "20")


def _is_year(tok: Token) -> bool:
    """A year: four digits from 1900 to 2099 (not "20.5", a number token of four characters)."""
    return tok.kind == "n" and len(tok.text) == 4 and tok.text[:2] in ("19", "20") and tok.text.isdigit()


_WHEN = frozenset(("when", "whenever"))
_PAST_AUX = frozenset(("was", "were", "had", "did", "came", "went", "paid", "made"))


def _when_clause(s: _Sentence, i: int) -> bool:
    """Whether the event word at token i is in a clause opened by "when" that tells of no past event ("A memorandum
    will be signed when a Ryazan delegation visits Brest", "when the governor comes to Minsk"): a plan or a habit, not
    the reported event. (Not "when the delegation visited Minsk", a past one, nor "when meeting the governor".)"""
    key = ("when", -1, 0)
    told = s.memo.get(key)
    if told is None:
        told = s.memo[key] = not _WHEN.isdisjoint(s.lows)
    if not told:
        return False
    clause = s.clause[i]
    j = i - 1
    while j >= 0 and s.clause[j] == clause and s.low(j) not in _WHEN:
        j -= 1
    if j < 0 or s.clause[j] != clause or s.low(j + 1).endswith("ing"):
        return False
    k = j + 1
    n = len(s.tokens)
    while k < n and s.clause[k] == clause:
        low = s.low(k)
        if low in _DONE or low in _PAST_AUX or low.endswith("ed") and s.tokens[k].kind == "w" and not s.capitalised(k):
            return False
        k += 1
    return True


def is_future(s: _Sentence, i: int, k: int | None = None, right: bool = True) -> bool:
    """Whether the event word at tokens i..k is planned, not held: a future cue earlier in its clause (up to a verb
    of something done), right after a noun ("The meeting will take place"), or in a clause attached to it
    (", which will take place in June"; ", scheduled for November").

        >>> s = _Sentence("The next meeting will be held in Minsk.", 1, lambda _t: [])
        >>> is_future(s, 2)
        True
    """
    if _when_clause(s, i):
        return True
    cats = s.cats
    if "future" not in cats and "future_adj" not in cats:
        return False  # every way of being planned reads a future cue
    key = ("future" if right else "future_left", i, -1 if k is None else k)
    known = s.memo.get(key)
    if known is None:
        known = s.memo[key] = _is_future(s, i, k, right)
    return known


def _is_future(s: _Sentence, i: int, k: int | None, right: bool) -> bool:
    k = s.end(i, _kind_at(s, i)) if k is None else k
    clause = s.clause[i]
    # "agreed to set up a joint venture during the visit of a delegation": the visit is when they agreed, not a part of
    # what is to be done (an infinitive after a verb of the past is no plan of the visit; "will sign", "plan to sign
    # during the visit" and "expected to sign" are)
    during = s.low(i - 1) == "during" or s.low(i - 2) == "during" and s.low(i - 1) in ("the", "a", "an", "his", "her", "their", "its")
    j = i - 1
    while j >= 0 and s.clause[j] == clause:
        if during and s.low(j) == "to" and s.has(j, "future") and s.low(j - 1).endswith("ed") and not s.has(j - 1, "future"):
            j -= 1
            continue
        if s.has(j, "future") or s.has(j, "future_adj") and i - j <= 3:
            return True
        if s.low(j) in _DONE and s.low(j - 1) != "be":
            break
        j -= 1
    if not right:
        return False
    k = _name_end(s, i, k)  # "the VIII Forum of Belarus-Russia Regions to be held", "the forum of Belarus and X will"
    if s.low(i) not in _DONE and not s.low(i).endswith("ed"):
        for j in range(k, min(k + 3, len(s.tokens))):
            if s.clause[j] != clause or s.low(j) in _DONE:
                break
            if s.has(j, "future") or s.has(j, "future_adj") and j == k:
                return True
    if s.low(i) in _DONE or s.low(i).endswith("ed"):
        return False
    # The clause right after, when it is attached to this noun: ", which will ...", ", scheduled for ..."
    n = len(s.tokens)
    j = k
    while j < n and s.clause[j] == clause:
        if j > k and _kind_at(s, j):
            return False  # another event word comes first
        j += 1
    first = j + 1 if j < n and s.tokens[j].kind == "p" else j
    if first < n and s.low(first) in ("which", "that"):
        return any(s.has(x, "future") for x in range(first + 1, min(first + 3, n)))
    return first < n and s.has(first, "future")


_NOT_MODIFIERS = frozenset("the a an this that these its their his her our of in at on to for and by with from".split())
_OPENING_QUOTES = frozenset('"“«„')
_CLOSING_QUOTES = frozenset('"”»“')


def _name_end(s: _Sentence, i: int, end: int) -> int:
    """The end of a proper name that goes on after its noun: "Forum| of Regions of Belarus and Russia"."""
    toks = s.tokens
    b = end
    if b < len(toks) and toks[b].text in _OPENING_QUOTES:  # Forum "Brest Region: Investment and Trade"
        close = next((q for q in range(b + 1, min(len(toks), b + 16)) if toks[q].text in _CLOSING_QUOTES), None)
        if close is not None and close > b + 1 and s.capitalised(b + 1):
            return close + 1
    while b < len(toks):
        if toks[b].low in _NAME_LINKS and toks[b].low != "in" and b + 1 < len(toks):
            nxt = b + 1
            while nxt < len(toks) and toks[nxt].low == "the":
                nxt += 1
            if s.capitalised(nxt):
                b = nxt + 1
                continue
            break
        if s.capitalised(b) and s.clause[b] == s.clause[i]:
            b += 1
            continue
        if toks[b].text == "," and any(toks[k].low in ("on", "for") for k in range(end, b)):
            listed = _listed_fields(s, b)
            if listed is not None:  # "Commission on Trade, Economic, Scientific and Technical Cooperation"
                b = listed
                continue
        break
    return b


def _listed_fields(s: _Sentence, b: int) -> int | None:
    """The end of a list of fields in a name, from the comma at token b (_field_list_end)."""
    return _field_list_end(s.tokens, b)


def is_background(s: _Sentence, i: int) -> bool:
    """Whether the event word at token i is an earlier event told as background ("the previous forum", "the
    meeting held back in 2012"), or one the clause dates to another year or month than the article's ("the
    visit to Kazakhstan in October 2013" in an article of December 2013).

        >>> is_background(_Sentence("His previous meeting took place in Minsk.", 1, lambda _t: []), 2)
        True
    """
    if "background" not in s.cats:  # no background word: only the clause's date can tell
        clause = s.clause[i]
        return s.today is not None and _clause_dated(s, clause, s.today)
    key = ("background", i, 0)
    known = s.memo.get(key)
    if known is None:
        known = s.memo[key] = _is_background(s, i)
    return known


def _is_background(s: _Sentence, i: int) -> bool:
    clause = s.clause[i]
    if "background" in s.cats:
        j = i - 1
        while j >= 0 and s.clause[j] == clause:
            if s.has(j, "background"):
                return True
            j -= 1
        if any(s.has(j, "background") for j in range(i + 1, min(i + 5, len(s.tokens))) if s.clause[j] == clause):
            return True
    return s.today is not None and _clause_dated(s, clause, s.today)


def _clause_dated(s: _Sentence, clause: int, today: date) -> bool:
    """_dated_elsewhere, worked out once for each clause."""
    key = ("dated", clause, 0)
    dated = s.memo.get(key)
    if dated is None:
        dated = s.memo[key] = _dated_elsewhere(s, clause, today)
    return dated


_IN_SINCE = frozenset(("in", "since"))


def _dated_elsewhere(s: _Sentence, clause: int, today: date) -> bool:
    """ "in 2012", "in October 2013" of another year or month than the article's, in the clause (an event's own
    date reads "on 12 May 2023", and is not looked at)."""
    if s.dates is None:
        # the only tokens that can date a clause: years, and month names (read the same in every clause), after "in" or
        # "since" (a year may have a month between: "in October 2013"); the sentence's "in"s and "since"s found in C
        lows = s.lows
        after = [k + 1 for k in compress(range(len(lows) - 1), map(_IN_SINCE.__contains__, lows))]
        after += [k + 1 for k in after if k + 1 < len(lows) and lows[k] in MONTHS]
        s.dates = [j for j in after if lows[j] in MONTHS or lows[j][:2] in _CENTURIES and _is_year(s.tokens[j])]
    for j in s.dates:
        tok = s.tokens[j]
        if s.clause[j] != clause:
            continue
        if _is_year(tok) and int(tok.text) != today.year and (
                s.low(j - 1) in ("in", "since") or s.low(j - 1) in MONTHS and s.low(j - 2) in ("in", "since")):
            return True
        month = MONTHS.get(tok.low) if tok.kind == "w" and tok.text[0].isupper() else None
        if month and month != today.month and s.low(j - 1) in ("in", "since"):
            return True
    return False


_KINDS = ("commission", "working_group", "sign", "forum", "meeting", "receive", "visit", "ceremony", "report",
          "discuss", "occasion", "session", "held")
_KIND_SET = frozenset(_KINDS)


def _kind_at(s: _Sentence, i: int) -> str:
    found = s.tags[i] if 0 <= i < len(s.tags) else None
    if not found:
        return ""
    return next((k for k in _KINDS if k in found), "")


_ARRIVING = frozenset(("arrived", "arrives", "arrive", "arriving", "landed"))  # of a visit, or of goods (data: cargo)
_CALL_WORDS = frozenset(("called", "calls", "calling"))  # "called on X" (data/events.tsv: receive)
_RECEIVED = frozenset(("received", "welcomed", "greeted"))  # "was received by Minister X"
_PURPOSES = frozenset(("discuss", "review", "explore", "exchange", "present", "brief", "pay", "bid"))


def _urges(s: _Sentence, i: int) -> bool:
    """ "called on businesses to invest", "calls on the sides to step up trade": an appeal, not a call paid (the
    clause goes on with "to" and a verb other than one of a visit's purpose, "to discuss")."""
    clause = s.clause[i]
    for j in range(i + 2, min(i + 16, len(s.tokens) - 1)):
        if s.clause[j] != clause:
            return False
        if s.low(j) == "to" and s.tokens[j + 1].kind == "w" and s.tokens[j + 1].text.islower():
            return s.low(j + 1) not in _PURPOSES
    return False


class _Trigger(NamedTuple):  # a tuple: a few are made for each sentence, in a tenth of a frozen dataclass's time
    kind: str  # commission, working_group, sign, forum, meeting, visit, ceremony, report, located_report, discuss
    sentence: _Sentence
    start: int
    end: int
    future: bool
    background: bool

    @property
    def held(self) -> bool:
        return not self.future and not self.background


def _has_guest(s: _Sentence, i: int) -> bool:
    """ "received the visiting governor", "hosted a delegation", "called on the minister": a guest follows, so this is
    an encounter. "was received by Federal Minister X": the host follows, named by a title (the passive of many other
    things, "goods were received by Belarusian firms", names none). "called on the sides to step up" urges."""
    if s.low(i) in _CALL_WORDS and _urges(s, i):
        return False
    if s.low(i + 1) == "by":
        if s.low(i - 1) not in ("was", "were", "been", "being") or s.low(i) not in _RECEIVED:
            return False  # (not "the forum was hosted by the governor": an event is hosted, a guest received)
        guest = i - 2
        # (", who was received by": the guest just named, "headed by Deputy Minister X, who was received by ...")
        if not (s.capitalised(guest) or s.low(guest) in ("he", "she", "they", "who") or s.low(guest) in _GUEST_WORDS):
            return False  # "the award was received by the governor": no guest
        for j in range(i + 2, min(i + 6, len(s.tokens))):
            if s.tokens[j].low in _GUEST_WORDS:
                return True
            if not s.capitalised(j) and s.low(j) != "the":
                return False
        return False
    start = s.end(i, "receive")
    for j in range(start, min(start + 4, len(s.tokens))):
        tok = s.tokens[j]
        if tok.low in _GUEST_WORDS or s.capitalised(j) and tok.low not in MONTHS and tok.low not in _WEEKDAYS:
            return True
        if tok.low not in ("the", "a", "an", "his", "her", "their", "its", "our"):
            return False
    return False


def joint_body_sessions(s: _Sentence, i: int) -> list[int]:
    """The words that make the commission or working group at token i sit: a session noun before it ("the 15th
    meeting of the intergovernmental commission") or a verb or noun after it in its clause ("the working group
    held its fourth meeting", "the commission met").

        >>> s = _Sentence("The working group met for the third time.", 1, lambda _t: [])
        >>> joint_body_sessions(s, 1)
        [3]
    """
    clause = s.clause[i]
    # A body in someone's title ("met with Chairman of the Standing Commission X"): the verb before is the person's.
    titled = _in_title(s, i)
    found = [j for j in range(max(0, i - 10), i)
             if s.clause[j] == clause and (s.has(j, "session") or s.has(j, "held") and not titled)]
    after = s.end(i, "commission" if s.has(i, "commission") else "working_group")
    for j in range(after, min(after + 16, len(s.tokens))):
        if s.clause[j] != clause:
            break
        if s.has(j, "held") and not _a_role(s, j) or s.has(j, "session"):
            found.append(j)  # (not "the commission is co-chaired by X": who chairs it)
    return found


def _in_title(s: _Sentence, i: int) -> bool:
    """Is the body at token i named in a person's title: "Chairman of the Standing Commission", "co-chairman of
    the Belarusian-Russian intergovernmental commission"?"""
    from belcoop.parse.people import office_words

    offices = office_words()
    for j in range(i - 1, max(-1, i - 8), -1):
        low = s.low(j)
        if low == "of":
            before = s.low(j - 1) if j else ""
            return before in offices or any(part in offices for part in before.split("-"))
        if s.tokens[j].kind != "w" or (low not in ("the", "and") and s.tokens[j].text[0].islower() and "-" not in low
                                       and not s.has(j, "commission")):
            return False
    return False


_AMOUNT_WORDS = frozenset(("%", "percent", "million", "billion", "thousand", "trillion", "mln", "bln", "bn", "dollars", "euros",
                           "rubles", "roubles", "tenge", "yuan"))


def _before_an_amount(s: _Sentence, k: int) -> bool:
    """Does an amount start at token k, or after "at" there ("came to $11.8 million", "arrived at 20%"; not
    "arrived at 10 a.m.")?"""
    toks = s.tokens
    if k < len(toks) and toks[k].low in ("at", "about", "over", "nearly", "almost", "some"):
        k += 1
    if k < len(toks) and toks[k].text in "$€£¥₽₸":
        return True
    return k + 1 < len(toks) and toks[k].kind == "n" and toks[k + 1].low in _AMOUNT_WORDS


def _parent_of_group(s: _Sentence, group: tuple[int, int], i: int) -> bool:
    """Is the commission at token i the body a working group just named belongs to ("the working group on
    agro-industrial cooperation of the Venezuela-Belarus High-Level Intergovernmental Commission"): "of" after the
    group, in its clause, with no word of a sitting between them?"""
    a, b = group
    if s.clause[a] != s.clause[i] or i - b > 12:
        return False
    between = range(b, i)
    return any(s.low(j) == "of" for j in between) and not any(
        s.has(j, "held") or s.has(j, "session") or s.has(j, "meeting") for j in between)


def triggers(s: _Sentence) -> list[_Trigger]:
    """The event words of a sentence, each with its kind and whether it is planned or background (computed once).

        >>> [(t.kind, t.held) for t in triggers(_Sentence("The sides held talks and will sign a roadmap.", 1, lambda _t: []))]
        [('meeting', True), ('sign', False)]
    """
    if s.found is not None:
        return s.found
    found: list[_Trigger] = []
    used: set[int] = set()
    cats = s.cats
    joint_end = 0
    group: tuple[int, int] | None = None  # the span of the last working group named
    for i in sorted({*cats.get("commission", ()), *cats.get("working_group", ())}):
        for kind in _JOINT:
            if s.has(i, kind) and i >= joint_end:
                joint_end = s.end(i, kind)
                if kind == "working_group":
                    group = (i, joint_end)
                elif group is not None and _parent_of_group(s, group, i):
                    continue  # "the working group ... of the Intergovernmental Commission held its meeting": the group sat
                sessions = joint_body_sessions(s, i)
                used.update(j for j in sessions if s.has(j, "session"))
                future, background = _sitting_when(s, sessions)
                if sessions:
                    found.append(_Trigger(kind, s, i, s.end(i, kind), future, background))
    has_document = "document" in s.cats
    inside = 0  # the words of a phrase already taken ("talks" in "held talks")
    for i in s.events:  # a token with no tag of _KINDS is of no kind: passed over
        tags = s.tags[i]
        assert tags is not None
        if i < inside or i in used or "commission" in tags or "working_group" in tags:
            continue
        kind = next(k for k in _KINDS if k in tags)
        if kind == "session":
            if s.low(s.end(i, "session")) not in ("of", "with", "between"):
                continue  # "sectional sessions have started": part of another event
            kind = "meeting"  # "a session of the Business Cooperation Council": officials met
        if kind in ("", "held") or kind == "sign" and not has_document:
            continue
        if s.low(i) in _PLURALS and (s.has(i - 1, "generic") or s.low(i + 1) == "between" or s.low(i - 1) == "of"):
            continue  # "top-level visits between the countries", "regular meetings": no one event
        if kind == "discuss" and (s.pos > 2 or s.low(i - 1) in ("being", "be", "been") or s.low(i + 1) == "by"):
            continue  # "is being discussed by experts": no one met
        end = s.end(i, kind)
        if kind == "visit" and _before_an_amount(s, end):
            continue  # "Imports came to $11.8 million", "arrived at 20%": a figure reached, no one travelled
        if kind == "visit" and s.low(i) in _ARRIVING and s.has(i - 1, "cargo"):
            continue  # "as the second batch of equipment arrives": goods came, no one visited
        if kind == "receive":
            if not _has_guest(s, i):
                continue
            kind = "meeting"
        elif kind == "meeting" and _media_talk(s, i):
            kind = "report"  # an interview: nothing said where
        elif kind == "report" and s.low(i) not in _SAID_ONLY and s.low(i + 1) != "release":
            kind = "located_report"  # told journalists, a press conference: said somewhere
        found.append(_Trigger(kind, s, i, end, is_future(s, i, end), is_background(s, i)))
        inside = end
    found.sort(key=lambda t: t.start)
    s.found = found
    return found


def _sitting_when(s: _Sentence, sessions: list[int]) -> tuple[bool, bool]:
    """(planned, earlier) for a joint body's sitting from the words that make it sit: a verb of an earlier sitting
    makes it earlier ("the 14th commission meeting held three years ago"); a verb that reports it done makes it held
    ("the commission met after its previous session"); else a planned session noun makes it planned whatever verb
    governs it ("holding the next session of the commission"), and it is held when a word of it is."""
    verbs = [j for j in sessions if not s.has(j, "session")]
    if any(is_background(s, j) for j in verbs):
        return False, True
    if any(s.low(j) not in _NOT_DONE and not is_future(s, j) and not _a_role(s, j) for j in verbs):
        return False, False
    if any(s.has(j, "session") and is_future(s, j) for j in sessions):
        return True, False
    if any(not is_future(s, j) and not is_background(s, j) for j in sessions):
        return False, False
    earlier = all(is_background(s, j) for j in sessions)
    return not earlier, earlier


def _a_role(s: _Sentence, j: int) -> bool:
    """ "The commission is co-chaired by X and Y": who chairs a body, in the present, is a role, not a sitting."""
    return s.low(j).startswith("co-chair") and j > 0 and s.low(j - 1) in ("is", "are")


_NOT_DONE = frozenset(("hold", "holding", "holds", "meet", "meets", "take", "taking", "convene", "convenes",
                       "co-chairing"))  # verb forms of a sitting that do not report it held


# Verbs of a talk: "the newspaper talked with the minister" (a media subject before them) is an interview. (Not the
# noun "talks": "told reporters following the talks" reports talks held.)
_TALKS = frozenset({"talked"})  # the verb of "talked with" (data/events.tsv: meeting)


def _media_talk(s: _Sentence, i: int) -> bool:
    """ "The newspaper Respublika talked with Minister X", "our correspondent spoke with the ambassador": a talk whose
    subject, earlier in its clause, is a newspaper, a journalist or an agency is an interview, which reports no
    meeting."""
    if s.low(i) not in _TALKS or "media" not in s.cats:
        return False
    clause = s.clause[i]
    return any(s.has(j, "media") for j in range(max(0, i - 8), i) if s.clause[j] == clause)


_PLURALS = frozenset({"visits", "meetings", "trips", "forums", "fairs", "exhibitions", "sessions", "ceremonies"})
_SAID_ONLY = frozenset({"interview", "interviews", "statement", "statements", "said", "in", "op-ed", "answered"})


# ---------------------------------------------------------------------------------------------- labels


def event_label(s: _Sentence, i: int, end: int) -> str | None:
    """The event's own name around its noun at tokens i..end, when it is a proper name: "the XII Forum of Regions
    of Belarus and Russia" -> "XII Forum of Regions of Belarus and Russia"; "the 5th Forum" alone is no name,
    nor is the "Commission" of a person's role ("Chairman of the Finance Commission").

        >>> s = _Sentence("He spoke at the 26th St. Petersburg International Economic Forum.", 1, lambda _t: [])
        >>> event_label(s, 10, 11)
        '26th St. Petersburg International Economic Forum'
    """
    toks = s.tokens
    if not s.capitalised(i):
        # "the INNOPROM industrial exhibition": a name in capitals before the noun and its modifiers
        for k in range(i - 1, max(-1, i - 4), -1):
            word = toks[k]
            if word.kind == "w" and len(word.text) >= 3 and word.text.isupper() and word.text.isalpha():
                return word.text if not any(a <= k < b for a, b, _m in s.places) else None  # not "MINSK hosted the ..."
            if word.kind != "w" or not word.text.islower() or word.low in _NOT_MODIFIERS or word.low.endswith("ed"):
                break
        return None
    a = i
    while a > 0:
        prev = toks[a - 1]
        if prev.kind == "w" and prev.text[0].isupper() and prev.low not in _NAME_SKIP:
            a -= 1
        elif prev.kind == "n" or prev.low in ("st", "nd", "rd", "th", ".", "-", "'") and a > 1:
            a -= 1
        elif prev.low in ("and", "of", "-", "&") and a > 1 and s.capitalised(a - 2) and s.low(a - 2) not in _NAME_SKIP:
            a -= 1
        else:
            break
    while a < i and (toks[a].kind == "p" or toks[a].low in _NAME_SKIP):
        a += 1
    b = _name_end(s, i, end)
    named = [j for j in range(a, b) if s.capitalised(j) and not (i <= j < end)
             and toks[j].low not in ("st", "nd", "rd", "th") and not _roman(toks[j].text)]
    if not named:
        return None
    if a >= 2 and s.low(a - 1) in ("of", "the") and any(s.low(j) in _ROLE_WORDS for j in range(max(0, a - 4), a)):
        return None
    return s.text[toks[a].start:toks[b - 1].end]


def _roman(word: str) -> bool:
    return all(c in "IVXLC" for c in word)


# ---------------------------------------------------------------------------------------------- the type


_ANNOUNCED = ("commission", "working_group", "forum", "meeting", "visit")


class _Body:
    """The body's sentences, each read into tokens only when a rule asks for it (most articles need none)."""

    def __init__(self, texts: list[str], mentions: Mentions, today: date | None) -> None:
        self.texts = texts
        self.mentions = mentions
        self.today = today
        self.read: dict[int, _Sentence] = {}
        self.found: dict[int, list[Mention]] = {}  # sentence -> its mentions, once asked (`_mentions`)

    def sentences(self, with_places: bool = False, tagged: frozenset[str] = frozenset()) -> Iterator[_Sentence]:
        """The sentences, or those that name a known city (with_places), or those with a word that opens an entry
        of one of the categories `tagged` (see _openers): the others could not answer the rule that asks."""
        openers = _openers(tagged) if tagged else None
        for n, text in enumerate(self.texts):
            if openers is not None and openers.isdisjoint(lows_of_text(text)):
                continue  # (the cheaper test first: a frozenset's look-ups of the cached words)
            if with_places and not any(m.city for m in self._mentions(n)):
                continue  # the body gives a venue only by naming a known city
            if n not in self.read:
                self.read[n] = _Sentence(text, 4 + n, self.mentions, self.today, self.found.get(n))
            yield self.read[n]

    def _mentions(self, n: int) -> list[Mention]:
        """The places sentence n names, found once (the sentence read later takes them too)."""
        found = self.found.get(n)
        if found is None:
            found = self.found[n] = self.mentions(self.texts[n])
        return found


@cache
def _openers(categories: frozenset[str]) -> frozenset[str]:
    """The words that open an entry of data/events.tsv of one of these categories: a sentence without any has no tag of
    them. (_tag only takes tags away, but for "future", which it adds at "may".)"""
    assert "future" not in categories
    lexicon = _lexicon()
    return frozenset(
        {word for word, found in lexicon.words.items() if not categories.isdisjoint(found)}
        | {word for word, options in lexicon.phrases.items() if any(option[1] in categories for option in options)})


# The tags that can make a trigger of kind "meeting" (triggers): a meeting word, a session's, a reception's.
_MEETING_TAGS = frozenset(("meeting", "session", "receive"))


def _event_type(head: list[_Sentence], body: _Body) -> tuple[str, _Trigger | None, bool]:
    """(type, the trigger it came from, whether the article only announces the event)."""
    found = [t for s in head for t in triggers(s)]
    held = [t for t in found if t.held]

    def first(kinds: Sequence[str], max_pos: int = 9) -> _Trigger | None:
        return next((t for t in held if t.kind in kinds and t.sentence.pos <= max_pos), None)

    for kind, label in (("commission", "commission_meeting"), ("working_group", "working_group_meeting")):
        hit = first((kind,))
        if hit:
            return label, hit, False
    title_sign = next((t for t in held if t.kind == "sign" and t.sentence.pos == 0), None)
    if title_sign:
        return "agreement_signing", title_sign, False
    lead_sign = first(("sign",), 1)
    if lead_sign and not first(("meeting",), 1):
        return "agreement_signing", lead_sign, False
    hit = first(("forum",), 1)
    if hit:
        return "forum", hit, False
    lead_sign = first(("sign",), 2)
    if lead_sign and not first(("meeting",), 2):
        return "agreement_signing", lead_sign, False
    for kinds, label in ((("meeting",), "meeting"), (("visit",), "visit"), (("forum",), "forum"),
                         (("ceremony",), "meeting"), (("report", "located_report"), "report"),
                         (("discuss",), "meeting")):
        hit = first(kinds)
        if hit:
            return label, hit, False
    announced = next((t for t in found if t.future and t.kind in _ANNOUNCED and t.sentence.pos <= 1
                      and not any(t.sentence.has(j, "future_adj") for j in range(max(0, t.start - 3), t.start))),
                     None)  # "within the framework of the upcoming meeting": a plan mentioned, not announced
    if announced:
        kind = {"commission": "commission_meeting", "working_group": "working_group_meeting"}.get(
            announced.kind, announced.kind)
        return kind, announced, True
    for s in body.sentences(tagged=_MEETING_TAGS):
        hit = next((t for t in triggers(s) if t.held and t.kind == "meeting"), None)
        if hit:
            return "meeting", hit, False
    return "report", None, False


def _label(chosen: _Trigger | None, head: list[_Sentence]) -> str | None:
    """The name of the event the type came from, else of the first named forum or commission held in the lead."""
    # (only a forum's or a joint body's name is looked for: the triggers of other kinds are left out at once)
    candidates = [chosen] if chosen and chosen.kind in _NAMED_KINDS else []
    if candidates:
        # the event's own name may come in another sentence, even one that tells the plan ("will be running")
        candidates += [t for s in head for t in triggers(s) if t.kind == candidates[0].kind and not t.background]
    candidates += [t for s in head for t in triggers(s) if t.held and t.kind in _NAMED_KINDS]
    for t in candidates:
        name = event_label(t.sentence, t.start, t.end)
        if name:
            return name
    return None


_NAMED_KINDS = frozenset(("forum", *_JOINT))


# ---------------------------------------------------------------------------------------------- the venue


class _Place:
    """A place a cue ties to an event word (a plain class: a few are made for each sentence, in a fraction of a frozen
    dataclass's time; never changed once made)."""

    __slots__ = ("name", "code", "strong", "sentence", "index", "future", "background")

    def __init__(self, name: str | None, code: str, strong: bool, sentence: int, index: int, future: bool,
                 background: bool) -> None:
        self.name = name  # the city, or None for a country or region
        self.code = code
        self.strong = strong
        self.sentence = sentence
        self.index = index
        self.future = future
        self.background = background

    def as_held(self) -> _Place:
        """The same place with its event read as held (an announced event's venue)."""
        return _Place(self.name, self.code, self.strong, self.sentence, self.index, False, self.background)


def _city_of_seat(s: _Sentence, a: int, b: int, m: Mention, mentions: Mentions) -> tuple[str, int] | None:
    """ "the Vitebsk Oblast Executive Committee" sits in Vitebsk: the city named by the region's first word, and
    the token after the committee's name."""
    if "seat" not in s.cats:
        return None
    k = b
    if s.has(k, "region_word"):
        k += 1
    if not s.has(k, "seat"):
        return None
    end = s.end(k, "seat")
    if m.city:
        return m.city.name, end
    first = s.tokens[a].text
    city = next((x.city.name for x in mentions(first) if x.city and x.city.code == m.hit.code), None)
    return (city, end) if city else None


def _left_cue(s: _Sentence, a: int) -> tuple[int, bool]:
    """The token before a place name once "the", "city of", "capital", ordinals and demonyms are passed over, and
    whether the name follows a building ("at State House, Abuja": the "at" before the building)."""
    demonyms = s.demonyms
    if demonyms is None:
        demonyms = s.demonyms = {j for x, y, m in s.places if m.hit.type == "demonym" for j in range(x, y)}
    j = a - 1
    if j > 1 and s.tokens[j].text == ",":
        k = j - 1
        while k >= 0 and s.capitalised(k) and j - k <= 4 and not any(x <= k < y for x, y, _m in s.places):
            k -= 1
        if k < j - 1 and s.low(k) in ("at", "in"):
            return k, True
    while j >= 0:
        if s.low(j) == "the" or s.has(j, "city_word") or j in demonyms or s.tokens[j].kind == "n" or (
                s.has(j, "city_adj") and (s.has(j + 1, "city_word") or j + 1 in demonyms)) or (
                s.low(j) in ("st", "nd", "rd", "th") and j and s.tokens[j - 1].kind == "n") or (
                s.capitalised(j) and _roman(s.tokens[j].text) and len(s.tokens[j].text) < 5):
            j -= 1
        elif s.low(j) == "of" and s.has(j - 1, "city_word"):
            j -= 1
        else:
            break
    return j, False


# a new centre, plant, office or assembly line opened somewhere
_OPENED = frozenset(("opened", "opens", "opening", "launched", "launches", "launch"))


def _dated_year(s: _Sentence, k: int) -> bool:
    """Does the clause of token k date it to a year ("opened its embassy in X in 1999") other than the article's (any
    year, when the article's date is unknown)?"""
    clause = s.clause[k]
    return any(s.clause[j] == clause and _is_year(s.tokens[j]) and s.low(j - 1) in ("in", "since")
               and (s.today is None or int(s.tokens[j].text) != s.today.year) for j in range(len(s.tokens)))


def _over_whose(s: _Sentence, j: int) -> int:
    """The "of" of a place named right before token j ("the consul general of (the Republic of) Belarus in X": the
    "of" before "the Republic of Belarus"), whose is the body or the post before it; j itself when there is none."""
    x = next((x for x, y, _m in s.places if y == j), None)
    if x is None:
        return j
    while s.low(x - 1) == "the":
        x -= 1
    return x - 1 if s.low(x - 1) == "of" else j


def _in_a_place_after(s: _Sentence, b: int) -> bool:
    """Does "in" or "at" and a place come after token b in the sentence?"""
    return any(x > b and s.low(x - 1) in _IN_AT for x, _y, _m in s.places)


def place_cue(s: _Sentence, a: int, b: int) -> tuple[bool, int] | None:
    """How the text ties the place at tokens a..b to an event: (strong, index of the event word), or None.
    Strong: "visit (of the delegation) to X", "visited X", "arrived in X", "X hosted", "held in X", "talks in X".
    Weak: "in X" / "at X" in a clause with an event word. No cue: "from X",
    "the consul general in X", "buses run in X".

        >>> s = _Sentence("Ufa hosted the fifth meeting.", 1, lambda _t: [])
        >>> place_cue(s, 0, 1)
        (True, 1)
    """
    j, building = _left_cue(s, a)
    if s.has(b, "host") and s.low(j) not in _NOT_SUBJECT:
        return True, b  # "Ufa hosted"; not "the park near Minsk welcomes companies" (the city is no subject)
    if j < 0:
        return None
    prep = s.low(j)
    clause = s.clause[j]
    if building:
        events = s.events
        return (True, events[0]) if events else None
    if prep == "to":
        # "visit to X", "visit of the Brest Oblast delegation to X", "trip by the minister to X", "the visit of Deputy
        # Prime Minister of Belarus Leonid Zayats to X" (the visitor's title and name between, in one clause)
        for k in range(j - 1, max(-1, j - 17), -1):
            if s.clause[k] != clause:
                break
            if s.has(k, "visit"):
                after = s.end(k, "visit")
                if after == j or after == j + 1 or s.low(after) in ("of", "by"):
                    return True, k  # (after == j + 1: a phrase of the visit that ends on "to", "came to X")
                break
        return None
    if s.has(j, "visit") and prep in ("visited", "visiting", "visits", "visit", "toured", "tours", "tour"):
        return True, j
    if prep == "from" and _reports_from(s, j):
        return True, j - 1  # "Our correspondent reports from Omsk": the reporter is where the event is
    if prep not in ("in", "at"):
        return None
    blocked = s.ends_here(j, "not_venue")
    if blocked is None and s.ends_here(_over_whose(s, j), "not_venue") is not None and _in_a_place_after(s, b):
        # "met the Consul General of Belarus in Yekaterinburg Andrei Kuzmich in Khanty-Mansiysk": his post, the
        # meeting in the place named after it (alone, the envoy's post is where he met them, most likely)
        return None
    if blocked is not None:
        # "visited the Kamaz plant in X": the place visited is the venue; "buses run in X" is not
        for k in range(blocked - 1, max(-1, blocked - 6), -1):
            if s.clause[k] != clause:
                break
            if s.has(k, "visit") and s.low(k) in ("visited", "visiting", "toured", "tour", "visit", "visits"):
                return True, k
        for k in range(blocked - 1, max(-1, blocked - 16), -1):
            if s.clause[k] != clause:
                break
            if s.low(k) in _OPENED and not _dated_year(s, k) and not _only_spoken_of(s, k, clause):
                return True, k  # "has opened a new dealer and service centre in X": the opening (the news) was there
        if s.low(blocked) == "office" and s.low(blocked - 1) in ("his", "her", "their"):
            # "received the envoy at his office in X": an official's own office, where the reception took place (not
            # "the trade office in X", a body's)
            for k in range(blocked - 2, max(-1, blocked - 16), -1):
                if s.clause[k] != clause:
                    break
                if s.has(k, "receive") or s.has(k, "meeting"):
                    return True, k
        return None
    if s.low(j - 1) in ("arrived", "arrives", "arriving", "landed", "stays", "stayed", "gathered"):
        return True, j - 1
    if s.low(j - 1) in _WORKED and _visitors_before(s, j - 1):
        return True, j - 1  # "a Belarusian delegation headed by the Deputy Prime Minister worked in Yuzhno-Sakhalinsk"
    held = s.ends_here(j, "held")
    if held is None and prep == "in":
        held = _held_at_building(s, j)
    if held is not None:
        return True, held
    ending = _ending_at(s, j, 6)
    for kind in _CUED_KINDS:
        start = ending.get(kind)  # as s.ends_here(j, kind, 6)
        if start is not None and (kind != "sign" or s.low(start) != "signing"):
            return True, start
    # "at the 26th St. Petersburg International Economic Forum": the city in the name of the forum
    k = b
    while k < len(s.tokens) and k - b < 4 and s.capitalised(k) and not s.has(k, "forum"):
        k += 1
    if s.has(k, "forum") and s.capitalised(k):
        return True, k
    # "On meeting the Governor, in Minsk, the President said": a clause that is only the place leans on the
    # clauses before it
    clauses = {clause}
    comma = _fronted_place(s, j, b)
    if comma is not None:
        # "In Minsk, the akim held talks with the governor", "Today in Kazan, ...", "On 16 April in Minsk, ...", "In the
        # Kazan Kremlin, ...": a place fronted before the sentence's clause (only a time phrase before it); a clause
        # that is only a piece of a title passes on to the next ("In Kazan, Minister of Industry, Trade and Energy
        # of Tatarstan X met ...": the commas of the ministry's name end clauses, the verb is after them)
        nxt = s.clause[comma] if s.clause[comma] != clause else clause + 1
        clauses.add(nxt)
        while (_title_piece(s, nxt, comma) or _building_piece(s, nxt, comma)) and len(clauses) < 5:
            nxt += 1
            clauses.add(nxt)
    elif j and (s.clause[j - 1] != clause or _closing_place(s, j, b)):
        clauses.update((clause - 1, clause - 2))
    events = [k for k in s.events if s.clause[k] in clauses]
    if not events:
        return None
    done = [k for k in events if not is_future(s, k) and not is_background(s, k)]
    return False, (done or events)[0]


_WORKED = frozenset(("worked", "works", "working"))
_VISITORS = frozenset(("delegation", "delegations", "mission", "guests"))


def _visitors_before(s: _Sentence, k: int) -> bool:
    """ "worked" at token k has visitors for its subject, in its clause before it ("the delegation ... worked in X": the
    visit was there), not anyone who works somewhere ("companies working in X", "he worked in Minsk for years")."""
    if s.low(k) == "working" and s.low(k - 1) not in ("is", "are", "was", "were"):
        return False  # "met the companies working in X": they work there
    clause = s.clause[k]
    for m in range(k - 1, max(-1, k - 16), -1):
        if s.clause[m] != clause:
            return False
        if s.low(m) in _VISITORS:
            return True
    return False


def _closing_place(s: _Sentence, j: int, b: int) -> bool:
    """ "received a delegation led by Sergei Kirilenko, First Deputy Chairman of the Minsk Regional Executive Committee,
    in Samarkand.": "in"/"at" at token j and the place ending at token b (a time phrase may follow) are a clause of their
    own after a comma that closes the sentence; it leans on the clauses before it, as one before a comma does."""
    toks = s.tokens
    if not (j >= 2 and toks[j - 1].text == "," and s.clause[j - 1] == s.clause[j] != s.clause[j - 2]):
        return False
    words = _time_front()
    end = b
    while end < len(toks) and (toks[end].kind == "n" or s.low(end) in words):
        end += 1  # (and a time phrase after it: "in Samarkand on Monday", "in Samarkand on 3 March")
    return end >= len(toks) or toks[end].text in (".", "!", ";") and end == len(toks) - 1


def _fronted_place(s: _Sentence, j: int, b: int) -> int | None:
    """The comma that ends a place phrase fronted before the sentence's clause, or None: "in"/"at" at token j opens
    the sentence or follows only a time phrase ("Today in Kazan,", "On 16 April 2024 in Minsk,", "On Monday, in
    Grodno,"), and the place (ending at token b) is followed by a comma, at most after a few capitalised words of a
    building ("In the Kazan Kremlin,"). Not "Last year in Kazan," or "In 2023 in Minsk,": an earlier event's place."""
    words = _time_front()
    if any(not (s.tokens[k].kind == "n" or s.tokens[k].text == "," and k or s.low(k) in words) for k in range(j)):
        return None
    if j and s.tokens[0].kind == "n":
        return None  # "2023 in Kazan, ..." opens with a year, not a day
    k = b
    while k < len(s.tokens) and k - b < 3 and s.capitalised(k) and not any(x <= k < y for x, y, _m in s.places):
        k += 1
    return k if k < len(s.tokens) and s.tokens[k].text == "," else None


def _title_piece(s: _Sentence, clause: int, start: int) -> bool:
    """Whether the clause numbered `clause` (searched from token `start` on) is a comma, then only capitalised words
    and the links of a name ("Minister of Economy", "Governor of the Perm Territory"), ended by another comma: a
    piece of a title cut by the commas of a list of fields, with no verb of its own."""
    return _name_between_commas(s, clause, start, building=False)


def _building_piece(s: _Sentence, clause: int, start: int) -> bool:
    """Whether the clause numbered `clause` (from token `start` on) is a comma, then "in" or "at", "the" and the
    capitalised words of a building's name, ended by another comma: "On 23 September in Ufa, in the House of the
    Republic, the minister met ...", a second place phrase fronted before the sentence's verb."""
    return _name_between_commas(s, clause, start, building=True)


def _name_between_commas(s: _Sentence, clause: int, start: int, building: bool) -> bool:
    """The check of `_title_piece` and `_building_piece`: the clause opens on a comma (then, for a building, "in" or
    "at" and "the"), and holds only the words of a name, the first capitalised, up to the comma that ends it."""
    n = len(s.tokens)
    k = start
    while k < n and s.clause[k] < clause:
        k += 1
    if k >= n or s.clause[k] != clause or s.tokens[k].text != ",":
        return False
    k += 1
    if building:
        if k + 1 >= n or s.low(k) not in ("in", "at") or s.low(k + 1) != "the":
            return False
        k += 2
    first = k
    while k < n and s.clause[k] == clause:
        if not (s.capitalised(k) or s.low(k) in _NAME_LINKS):
            return False
        k += 1
    return k > first and k < n and s.capitalised(first) and s.tokens[k].text == ","


_REPORTING = frozenset(("reports", "reporting", "reported"))


def _reports_from(s: _Sentence, j: int) -> bool:
    """ "The correspondent reports from Omsk", "our reporter, reporting from Kazan": a TV or agency reporter's place
    (the word before "from" at j is a verb of reporting, with a media word right before it)."""
    return s.low(j - 1) in _REPORTING and any(s.has(k, "media") for k in range(max(0, j - 4), j - 1))


# Prepositions that make the place after them part of a phrase, not the subject of a verb after it ("the park near
# Minsk welcomes investors", "a delegation from Kazan welcomed").
_NOT_SUBJECT = frozenset({"near", "outside", "around", "from", "to", "with", "beyond", "between"})

_CUED_KINDS = ("meeting", "forum", "ceremony", "visit", "sign", "session", "report", "festivity", *_JOINT)


def _ending_at(s: _Sentence, j: int, reach: int) -> dict[str, int]:
    """Category -> the first of the `reach` tokens before j where a phrase of it starts that ends right before j (one
    pass for what s.ends_here(j, category, reach) answers for each category)."""
    ending: dict[str, int] = {}
    tags = s.tags
    for k in range(max(0, j - reach), min(j, len(tags))):
        found = tags[k]
        if found:
            for category, (end, _value) in found.items():
                if end == j and category not in ending:
                    ending[category] = k
    return ending


def _port_town(s: _Sentence, j: int) -> bool:
    """ "Port Moresby" (not "the Port of Riga", "the port"): a capitalised "Port" right before a capitalised name."""
    return s.low(j) == "port" and s.capitalised(j) and s.capitalised(j + 1) and s.low(j - 1) != "the"


def _unknown_town(s: _Sentence, i: int) -> tuple[int, int] | None:
    """ "held in the town of Dolgoprudny", "took place in Logoisk": a capitalised word the gazetteer lacks, after
    a strong place cue; (start, end) tokens of the name."""
    if "city_word" not in s.cats and s.low(i - 1) not in ("held", "place"):
        return None  # no word for a town ("the town of"), no "held in" or "took place in": no cue (below)
    n = len(s.tokens)
    j = i + 1
    town = False
    while j < n and (s.low(j) == "the" or s.has(j, "city_word") or s.low(j) == "of" and s.has(j - 1, "city_word")):
        if _port_town(s, j):
            break  # "Port Moresby", "Port Louis": the word opens the town's own name
        if s.capitalised(j) and s.has(j, "city_word") and s.capitalised(j + 1) and s.low(j - 1) != "the":
            return None  # "in Town Hall", "at City Hall": a building's name, no town
        town = town or s.has(j, "city_word")
        j += 1
    if _port_town(s, j):
        if any(x <= j + 1 < y for x, y, _m in s.places) or s.capitalised(j + 2):
            return None
        return (j, j + 2) if s.low(i - 1) in ("held", "place") and s.low(i) in _IN_AT else None
    if j >= n or not s.capitalised(j) or s.low(j) in MONTHS or s.low(j) in _WEEKDAYS or s.low(j) in _NAME_SKIP:
        return None
    if any(x <= j < y for x, y, _m in s.places):
        return None
    if not town and (s.low(i - 1) not in ("held", "place") or s.low(i) not in _IN_AT):
        return None  # "took place in X", "was held in X"; not "opened in Latgale", "visited Belshina"
    if j + 1 < n and (s.capitalised(j + 1) or s.has(j + 1, "region_word")):
        return None  # "in Bukhara Region", "at Minsk Tractor Works": not one town's name
    return j, j + 1


_OTHER_CAPITALS = frozenset(("northern", "southern", "eastern", "western", "cultural", "former", "old", "ancient",
                             "second", "economic", "financial", "business", "industrial", "historical", "spiritual",
                             "summer", "winter", "tourist", "student", "scientific"))


def _places(s: _Sentence, mentions: Mentions, dateline: str | None, named: bool = True) -> list[_Place]:
    """Every city (or town) of the sentence that a cue ties to an event; with `named` False, every country and region
    that is no city's name a strong cue ties to one (the evidence against a dateline, which is all they are read
    for)."""
    if not named and not s.places:
        return []  # no country or region named
    found: list[_Place] = []
    spans: list[tuple[int, int, str | None, str]] = []
    for a, b, m in s.places:
        if m.hit.type == "demonym" and m.city is None:
            continue
        seat = _city_of_seat(s, a, b, m, mentions)
        if seat:
            spans.append((a, seat[1], seat[0], m.hit.code))
        elif m.city and not s.has(b, "region_word"):
            spans.append((a, b, m.city.name, m.city.code))
        elif m.hit.type == "place" and named and s.low(a - 1) == "of" and s.low(a - 2) == "capital" and (
                s.low(a - 3) not in _OTHER_CAPITALS) and (capital := _capital(m, mentions)):
            # "in the capital of Belarus": Minsk (not "the northern capital of Russia": St Petersburg, a capital by name)
            spans.append((a, b, capital, m.hit.code))
        elif m.hit.type == "place":
            spans.append((a, b, None, m.hit.code))
    spans = [span for span in spans if (span[2] is not None) == named]
    for i in compress(range(len(s.tokens)), map(_TOWN_CUES.__contains__, s.lows)) if named else ():  # each "in", "at" ...
        town = _unknown_town(s, i)
        if town:
            spans.append((town[0], town[1], s.text[s.tokens[town[0]].start:s.tokens[town[1] - 1].end], ""))
        if dateline and (end := _dateline_words(s, i)):
            spans.append((i + 1, end, dateline, ""))  # "held in this capital" under a HAVANA dateline: Havana
    if named and dateline and "here" in s.lows:
        found.extend(_here(s, dateline))
    for a, b, name, code in spans:
        cue = place_cue(s, a, b)
        if cue is None:
            continue
        strong, k = cue
        if not named and not strong:
            continue
        future = is_future(s, a, b, right=False) or is_future(s, k)
        # a plan dated to another month ("will be held in Ufa in June") is a plan still, not an earlier event
        background = not future and (is_background(s, a) or is_background(s, k))
        found.append(_Place(name, code, strong, s.pos, a, future, background))
    return found


_THIS_PLACE = frozenset(("city", "capital", "town"))


def _dateline_words(s: _Sentence, i: int) -> int | None:
    """The end of words after "in"/"at" at token i that name the dateline's city without its name: "in this capital",
    "in this city", "in the capital" (not "the capital of Cuba", "the capital Tashkent", "the Cuban capital": those
    name a place themselves)."""
    if s.low(i) not in _IN_AT or s.low(i + 1) not in ("this", "the") or s.low(i + 2) not in _THIS_PLACE:
        return None
    if s.low(i + 1) == "the" and s.low(i + 2) != "capital":
        return None  # "in the city" may be any city named before
    end = i + 3
    if s.low(i + 2) == "capital" and s.low(end) == "city":
        end += 1
    nxt = s.tokens[end] if end < len(s.tokens) else None
    if nxt is not None and (nxt.low in ("of", "'s") or s.capitalised(end)):
        return None
    return end


def _held_at_building(s: _Sentence, j: int) -> int | None:
    """The start of a verb of holding before a building that ends right before token j: "held at the Hotel Nacional|
    in Havana", "took place at the Palace of Independence| here" (the building is in the place that follows)."""
    k = j - 1
    while k >= 0 and j - k <= 7 and (s.capitalised(k) or s.low(k) in ("the", "of")) and s.clause[k] == s.clause[j]:
        k -= 1
    if k >= j - 1 or s.low(k) != "at" or not s.capitalised(j - 1):
        return None
    return s.ends_here(k, "held")


def _capital(m: Mention, mentions: Mentions) -> str | None:
    """The capital of the country `m` names, when the gazetteer knows it ("Iran's capital" is an alias of Tehran)."""
    if "-" in m.hit.code:
        return None
    return next((x.city.name for x in mentions(f"{m.hit.name}'s capital") if x.city and x.hit.code.split("-")[0] ==
                 m.hit.code), None)


def _here(s: _Sentence, dateline: str) -> list[_Place]:
    """ "in a meeting held here", "the talks here", "arrived here": "here" right after an event word or a verb of
    holding is the dateline's city (a strong cue, as "held in X"); "here" after anything else ("we are here to") is
    no place."""
    found = []
    for k in compress(range(len(s.tokens)), map("here".__eq__, s.lows)):
        ending = _ending_at(s, k, 4)
        start = ending.get("held")
        if start is None:
            start = next((ending[kind] for kind in _CUED_KINDS if kind in ending), None)
        if start is None:
            start = _held_at_building(s, k)
        if start is None and s.low(k - 1) in ("arrived", "arrives", "arriving", "landed", "gathered"):
            start = k - 1
        if start is None:
            continue
        future = is_future(s, start)
        found.append(_Place(dateline, "", True, s.pos, k, future, not future and is_background(s, start)))
    return found


def postings(s: _Sentence) -> list[str]:
    """Countries where an envoy in the sentence is posted: "Ambassador of Belarus to Russia" -> RU; "Belarus'
    Ambassador in Cairo" -> EG (the envoy is there, and so, most likely, is the event).

        >>> from belcoop.parse.places import gazetteer
        >>> postings(_Sentence("Ambassador of Belarus to Russia Dmitry Krutoi met the governor.", 1, gazetteer().mentions))
        ['RU']
    """
    found: list[str] = []
    for i in s.cats.get("posting", ()):
        for a, _b, m in s.places:
            if a <= i or a - i > 10 or s.clause[a] != s.clause[i] or m.hit.type == "demonym":
                continue
            j = a - 1
            while j > i and s.low(j) == "the":
                j -= 1
            if s.low(j) in ("to", "in"):
                code = m.city.code if m.city and m.hit.type != "place" else m.hit.code
                found.append(code.split("-")[0])
                break
    return found


def _inside(code: str, region: str) -> bool:
    """Whether the place `code` lies in `region` (a code of a country or region)."""
    return bool(code) and (code == region or code.startswith(region + "-") or code.split("-")[0] == region)


# Which event words in the body can give the venue of an event of each type.
_BODY_KINDS = {
    "meeting": ("meeting", "visit", "held"), "visit": ("visit", "meeting", "held"), "forum": ("forum", "held"),
    "commission_meeting": ("commission", "held", "meeting"), "working_group_meeting": ("working_group", "held", "meeting"),
    "agreement_signing": ("sign", "ceremony", "meeting", "visit", "forum", "held"),
}


@cache
def _body_tags(event_type: str) -> frozenset[str]:
    """The tags one of which the event word of a venue in the body has (body_venue): a kind of _BODY_KINDS (which
    all hold "held"), or a reception's, which is a meeting."""
    kinds = frozenset(_BODY_KINDS[event_type])
    return kinds | {"receive"} if "meeting" in kinds else kinds


def body_venue(s: _Sentence, place: _Place, event_type: str, side_trips: bool = True) -> bool:
    """Whether a place named in the body is the reported event's: a strong cue ("during his visit to X", "at a
    meeting in X", "the session took place in X") whose event word is of the reported kind, held, and not dated to
    another year; with `side_trips` False, not a visit told as one more stop ("also visited X"). An article that
    only reports figures takes no venue from its body.

        >>> s = _Sentence("During the working trip to Perm, he visited two plants.", 5, lambda _t: [])
        >>> body_venue(s, _Place("Perm", "RU-PER", True, 5, 5, False, False), "meeting")
        True
    """
    if not place.name or not place.strong or place.future or place.background:
        return False
    cue = place_cue(s, place.index, place.index + 1)
    if cue is None:
        return False
    k = cue[1]
    kind = "held" if s.has(k, "held") and _kind_at(s, k) not in ("meeting", "visit") else _kind_at(s, k)
    if kind == "receive":
        kind = "meeting"
    if kind not in _BODY_KINDS.get(event_type, ()):
        return False
    if kind == "visit" and not side_trips and ("also" in (s.low(k - 1), s.low(k - 2)) or _a_site_of_the_town(s, place.index)):
        # "also visited X", "also paid a visit to X", "visited the Margilan silk factory": one more stop, not where the
        # event was
        return False
    clause = s.clause[place.index]
    return not any(s.clause[j] == clause and s.tokens[j].kind == "n" and len(s.tokens[j].text) == 4
                   and s.tokens[j].text[:2] in ("19", "20") for j in range(len(s.tokens)))


_NOT_A_SITE = frozenset(("and", "or", "on", "in", "at", "to", "for", "with", "where", "which", "that", "during", "after",
                         "before", "last", "this", "yesterday", "today", "region", "oblast", "province", "city"))


def _a_site_of_the_town(s: _Sentence, i: int) -> bool:
    """Is the place at token i the town of a site, named before it ("visited the Margilan silk factory", "the Rishtan
    ceramic workshops"), rather than the town visited ("visited Margilan", "visited the city of Margilan")?"""
    if s.low(i - 1) != "the":
        return False
    end = next((y for x, y, _m in s.places if x == i), i + 1)
    if end >= len(s.tokens):
        return False
    nxt = s.tokens[end]
    return nxt.kind == "w" and nxt.text[0].islower() and nxt.text not in _NOT_A_SITE


@dataclass(frozen=True)
class Found:
    event: Event
    venue: str | None


def _is_byline(text: str) -> bool:
    """ "By IFP Editorial Staff", "MINSK.": lines that report nothing."""
    words = text.split(None, 5)  # six words at most: as many as the test needs
    return len(words) < 3 or words[0] == "By" and len(words) <= 5


def find_event(title: str | None, sentences: Sequence[str], dateline_city: str | None, mentions: Mentions,
               today: date | None = None) -> Found:
    """The event the article reports and its venue, from the headline and the lead, with the body and the dateline
    as evidence (see the module's docstring)."""
    texts = list(sentences)
    turn = first_turn(texts)
    if turn is not None:
        # an interview in questions and answers: the event is what the text says before them (the interviewee's
        # answers tell of talks held over the years, "we met our partners in Moscow many times", none the article's)
        texts = texts[:turn]
    lead_texts: list[str] = []
    while texts and len(lead_texts) < 3:
        text = texts.pop(0)
        if not _is_byline(text):
            lead_texts.append(text)
    head = ([_Sentence(title, 0, mentions, today)] if title else []) + [
        _Sentence(text, pos, mentions, today) for pos, text in enumerate(lead_texts, start=1)]
    body = _Body(texts, mentions, today)
    kind, chosen, announced = _event_type(head, body)
    event = Event(kind, _label(chosen, head))
    # a meeting the body tells of when the lead only gives figures ("The figures were given at a meeting of the
    # governor with the ambassador"): the sentence is read for the dateline's venue as a lead sentence is
    told = [chosen.sentence] if chosen and chosen.sentence.pos > 3 else []
    return Found(event, _venue(head, body, dateline_city, mentions, kind, announced, told))


# A turn of an interview: a sentence that opens with a dash ("— How did industry perform?") or "Q:" / "A:".
# (a colon after "Q" and "A": "A. Petrov met ..." opens with an initial)
_TURN = re.compile(r"^(?:[—–-]\s|(?:Q|A|Question|Answer)\s?:\s)")


def first_turn(texts: Sequence[str]) -> int | None:
    """The first sentence of an interview in questions and answers: two turns at least ("— ...", "Q: ...", "A: ..."),
    a question among them or right after one (a list of items after dashes asks nothing).

        >>> first_turn(["The paper talked with the minister.", "— How was the year?", "— Good.", "Exports grew."])
        1
    """
    turns = [n for n, text in enumerate(texts) if text[:1] in "—–-QA" and _TURN.match(text)]
    if len(turns) < 2:
        return None
    asked = any(texts[k].rstrip().endswith("?") for n in turns for k in (n, n + 1) if k < len(texts))
    return turns[0] if asked else None


def _venue(head: list[_Sentence], body: _Body, dateline: str | None, mentions: Mentions,
           event_type: str, announced: bool, told: list[_Sentence] | None = None) -> str | None:
    if any("online" in s.cats for s in head):
        return None
    places = [p for s in head for p in _places(s, mentions, dateline)]
    if not any(p.name for p in places):
        places.extend(_unnamed_seats(head, mentions))
    held = sorted((p for p in places if p.name and not p.future and not p.background),
                  key=lambda p: (p.sentence, not p.strong, p.index))
    by_pos = {s.pos: s for s in head}
    main = [p for p in held if p.sentence in by_pos and _main_event_at(by_pos[p.sentence], p)] if len(held) > 1 else []
    if main:
        return main[0].name  # "The visit began in Nizhny Tagil ... The main talks took place in Yekaterinburg"
    if held:
        # a headline's loose "in X" after what was discussed ("Oman, Belarus discuss industrial zone in Sohar": the
        # zone's place) gives way to a strong cue of the lead ("co-chaired the joint committee in Muscat")
        first = held[0]
        if first.sentence == 0 and not first.strong and _discussed_topic(head[0], first.index):
            first = next((p for p in held if p.strong and p.sentence > 0), first)
        if first.sentence == 0 and not first.strong and _an_envoys_post(head[0], first.index):
            # "X met with the Consul General of Belarus in Kazan" / "In Cheboksary X held a meeting with the Consul
            # General of Belarus in Kazan ...": the envoy's post, which the headline alone gives, yields to the lead's town
            first = next((p for p in held if p.sentence > 0 and p.sentence in by_pos
                          and not _an_envoys_post(by_pos[p.sentence], p.index)), first)
        if first.sentence in by_pos and _arrival_at(by_pos[first.sentence], first) \
                and not _arrived_for_event(by_pos[first.sentence], first.index):
            # "The delegation arrived in Tashkent on Monday and held talks on 21 April in Nurafshon": where the talks were
            s, arrived = by_pos[first.sentence], first.index
            first = next((p for p in held if p.sentence == first.sentence and p.index > arrived and any(
                arrived < e < p.index and s.low(e) not in _ARRIVED for e in s.events)), first)
        return first.name
    if announced:
        for p in sorted((p for p in places if p.name and not p.background and (p.strong or p.sentence <= 1)),
                        key=lambda p: (p.sentence, not p.strong, p.index)):
            return p.name
    filed = _dateline_venue(head + (told or []), dateline, mentions, announced)
    for s in body.sentences(with_places=True, tagged=_body_tags(event_type)) if event_type in _BODY_KINDS else ():
        for p in _places(s, mentions, dateline):
            # a side trip told in the body ("The delegation also visited the Kolomna Locomotive Plant") beats no
            # dateline of an encounter the lead reports (the talks or the signing were there)
            if body_venue(s, p if not announced else p.as_held(), event_type, side_trips=filed is None):
                return p.name
    return filed


_ARRIVED = frozenset(("arrived", "arrives", "arriving", "arrival", "came", "comes"))


def _an_envoys_post(s: _Sentence, a: int) -> bool:
    """Is the place at token a the post of the envoy named before it ("the Consul General of Belarus in Kazan")?"""
    j, building = _left_cue(s, a)
    return j >= 0 and not building and s.low(j) in ("in", "at") and s.ends_here(_over_whose(s, j), "not_venue") is not None


def _arrived_for_event(s: _Sentence, arrived: int) -> bool:
    """Is the arrival's place followed by the event it is for ("arrived in Samarkand for the talks", "arrived in Tashkent
    to hold talks"): that place is the event's, whatever the sentence names after it."""
    return any(arrived < e <= arrived + 5 and any(s.low(m) in ("for", "to") for m in range(arrived + 1, e))
               for e in s.events if s.low(e) not in _ARRIVED)


def _arrival_at(s: _Sentence, place: _Place) -> bool:
    """Is the place tied to an arrival ("arrived in Tashkent"), a stop on the way to the event?"""
    cue = place_cue(s, place.index, place.index + 1)
    return cue is not None and s.low(cue[1]) in _ARRIVED


_MAIN = frozenset(("main", "principal", "central", "key"))


def _main_event_at(s: _Sentence, place: _Place) -> bool:
    """Is the place that of the event the text calls the main one ("The main talks took place in Yekaterinburg")?"""
    cue = place_cue(s, place.index, place.index + 1)
    if cue is None:
        return False
    clause = s.clause[place.index]
    return any(s.low(m) in _MAIN and s.clause[m] == clause for m in range(max(0, cue[1] - 3), place.index))


_OBLAST_SEATS = frozenset(("oblast", "regional", "region"))  # "the oblast executive committee", "the regional ..."


def _unnamed_seats(head: list[_Sentence], mentions: Mentions) -> list[_Place]:
    """ "on a visit to the Grodno region. The guests were received at the oblast executive committee": an oblast
    executive committee (a body only Belarus' oblasts have) left unnamed sits in the capital of the Belarusian oblast
    the lead names, when it names one and only one (up to the end of the sentence of the committee)."""
    found: list[_Place] = []
    oblasts: dict[str, str] = {}  # code -> name
    for s in head:
        oblasts.update((m.hit.code, m.hit.name) for _a, _b, m in s.places
                       if m.hit.code.startswith("BY-") and m.hit.code != "BY-HM" and m.city is None)
        if len(oblasts) != 1 or "seat" not in s.cats:
            continue
        for k in s.cats["seat"]:
            if s.low(k) not in _OBLAST_SEATS or s.capitalised(k) or s.low(k - 1) != "the" or (
                    s.low(s.end(k, "seat") - 1) != "committee"):
                continue
            cue = place_cue(s, k, s.end(k, "seat"))
            if cue is None or s.low(_left_cue(s, k)[0]) not in _IN_AT:
                continue  # "received at the oblast executive committee", not "the oblast executive committee hosted"
            ((code, name),) = oblasts.items()
            city = next((x.city.name for x in mentions(name.split()[0]) if x.city and x.city.code.startswith("BY-")),
                        None)
            if city is None:
                continue
            future = is_future(s, k) or is_future(s, cue[1])
            found.append(_Place(city, code, cue[0], s.pos, k, future,
                                not future and (is_background(s, k) or is_background(s, cue[1]))))
    return found


def _only_spoken_of(s: _Sentence, k: int, clause: int) -> bool:
    """The opening at token k only discussed or planned ("the sides discussed opening a service centre in X", "plan to
    open"): no event of the news at the place."""
    return is_future(s, k) or any(s.clause[m] == clause and s.has(m, "discuss") for m in range(max(0, k - 6), k))


def _discussed_topic(s: _Sentence, a: int) -> bool:
    """The place at token a is tied to its clause only by "discuss" ("discuss industrial zone in Sohar")."""
    cue = place_cue(s, a, a + 1)
    return cue is not None and _kind_at(s, cue[1]) == "discuss"


def _dateline_venue(head: list[_Sentence], dateline: str | None, mentions: Mentions, announced: bool) -> str | None:
    """The dateline's city, when the lead reports an encounter there (or a visit to its region) and nothing in the lead
    places the event elsewhere."""
    if not dateline or announced and all(_HERE_AND_NOW.isdisjoint(s.lows) for s in head):
        return None  # a planned event is where the text says it will be, not where the news was filed (unless today)
    code = next((m.city.code for m in mentions(dateline) if m.city), "")
    nameless = [p for s in head for p in _places(s, mentions, dateline, named=False)]  # countries and regions
    evidence = [p.code for p in nameless if not p.future and not p.background and p.strong] + [
        c for s in head for c in postings(s)]
    if not all(_inside(code, e) for e in evidence if e):
        return None
    found = [t for s in head for t in triggers(s) if t.held or announced and t.future]
    if any(_unknown_place_after(t) for t in found if t.kind == "meeting"):
        # "held talks with local officials in Kano" under a MINSK dateline: a town the gazetteer lacks (talks are
        # held in a town; "the Days of Vitebsk Oblast opened in Latgale" may name a region round the dateline)
        return None
    encounter = any(t.kind in _ENCOUNTER or t.kind == "discuss" and _two_named_discussed(t) for t in found)
    # "a working visit of the delegation to Mogilev Oblast" under a MOGILEV dateline
    visit_here = any(t.kind == "visit" for t in found) and any(e and _inside(code, e) for e in evidence)
    # "YAROSLAVL, 7 June – ... said at the meeting of the working group on cooperation between Belarus and Yaroslavl
    # Oblast": the joint body of the dateline's own foreign region sat, and the story was filed from its centre. (Not
    # a Belarusian dateline, the agency's home, for a body that may sit in either country, nor a country's body: a
    # Belarus-Kazakhstan commission under an ASTANA dateline, where a Kazakh agency files from.)
    joint_here = not code.startswith("BY") and any(t.kind in _JOINT and t.held and _names_region(t.sentence, code)
                                                   for t in found)
    return dateline if encounter or visit_here or joint_here else None


def _names_region(s: _Sentence, code: str) -> bool:
    """Whether the sentence names the region `code` (of a country's subdivision) by a name that is no city's."""
    return "-" in code and any(m.hit.type == "place" and m.city is None and m.hit.code == code for _a, _b, m in s.places)


def _two_named_discussed(t: _Trigger) -> bool:
    """ "Minister Budi Santoso and Ambassador Denis Nikolaichuk discussed ...": two people by name, the verb's subject,
    talked together, which is an encounter (not "Belarus and Cuba discussed cooperation", two countries, nor "the
    sides discussed"): a capitalised word that is no place right before the verb and on each side of an "and" in
    its clause."""
    s = t.sentence
    i = t.start
    clause = s.clause[i]

    def a_name(k: int) -> bool:
        return s.capitalised(k) and not any(a <= k < b for a, b, _m in s.places)

    if not a_name(i - 1):
        return False
    # (after "and", a demonym may open the second one's title: "and Belarusian Ambassador Denis Nikolaichuk")
    return any(s.low(k) == "and" and a_name(k - 1) and (a_name(k + 1) or s.capitalised(k + 1) and a_name(k + 2))
               for k in range(max(1, i - 12), i - 1) if s.clause[k] == clause)


def _unknown_place_after(t: _Trigger) -> bool:
    """ "held talks ... in Kano", "met in Davos": "in" and a capitalised word in the encounter's clause after its
    event word that names no known place (nor a month, a weekday, a title): most likely a town the gazetteer lacks,
    so the dateline is not the venue. ("in the Kremlin", "in the Palace of ..." pass: a building after "the" may well
    be in the dateline's city.)"""
    s = t.sentence
    clause = s.clause[t.start]
    n = len(s.tokens)
    for j in range(t.end, min(t.end + 12, n - 1)):
        if s.clause[j] != clause:
            return False
        if s.low(j) != "in" or not s.capitalised(j + 1) or s.tokens[j + 1].kind != "w":
            continue
        low = s.low(j + 1)
        if low in MONTHS or low in _WEEKDAYS or low in _NAME_SKIP or any(a <= j + 1 < b for a, b, _m in s.places):
            continue
        return True
    return False


def dateline_in(paragraphs: Sequence[str], mentions: Mentions) -> str | None:
    """A dateline the article's first paragraph does not open with: "Caracas, Jun 27 (Prensa Latina) ...", or
    "MINSK, May 3 — ..." under a byline. The city, when the gazetteer knows it.

        >>> from belcoop.parse.places import gazetteer
        >>> dateline_in(["By Jane Doe", "Hanoi, Oct 3 (VNA) The two sides met."], gazetteer().mentions)
        'Hanoi'
    """
    for paragraph in paragraphs[:6]:
        if len(paragraph) < 30 and not DATELINE_ONLY.match(paragraph) and not _DATELINE_ALONE.match(paragraph):
            continue  # (a short line only when it is a dateline alone: "Tyumen, 6 June 2024", "ISLAMABAD, Apr 10 (APP) –")
        head = paragraph[:60]
        if not _DATELINE_CUE.search(head):
            continue  # nothing that could close a dateline's city (below): the gazetteer is not asked
        found = mentions(head.title() if head[:3].isupper() else head)
        first = found[0] if found else None
        if first is None or first.start != 0 or first.city is None:
            continue
        tokens = tokenize(head)
        if len(tokens) < 3:
            continue
        k = bisect_left([t.start for t in tokens], first.end)
        if k + 1 >= len(tokens):
            continue
        nxt, after = tokens[k], tokens[k + 1]
        if nxt.text == "," and (after.low in MONTHS or after.kind == "n") or nxt.text in ("(", "–", "—") or (
                nxt.text == "-" and after.kind == "n") or _agency_in_slashes(tokens, k):
            return first.city.name
    return None


def _agency_in_slashes(tokens: list[Token], k: int) -> bool:
    """ "Ulaanbaatar /MONTSAME/.": an agency's name in capitals between slashes right after the city (token k)."""
    return (k + 2 < len(tokens) and tokens[k].text == "/" and tokens[k + 2].text == "/" and tokens[k + 1].kind == "w"
            and tokens[k + 1].text.isupper() and len(tokens[k + 1].text) >= 3)


# A dateline alone on its line, in capitals or not, with its date and agency, ending with a dash or colon or not:
# "ISLAMABAD, Apr 10 (APP) –", "ASHGABAT, Feb. 19 (Trend)", "MINSK, 14 March (BelTA) –", "Caracas, 04.07.2025". (A line
# that short holds nothing else; its city must still be a known one, and a date or an agency follow it, below.)
_DATELINE_ALONE = re.compile(
    r"^[A-Z][A-Za-z'-]+(?:[ -][A-Z][A-Za-z'-]+)?,\s(?:\d{1,2}\s[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:,?\s\d{4})?(?:,?\s\(?[A-Z][\w.-]*\)?)?\s*[–—:-]?\s*$")


# What must follow the city of a dateline (tokens are parted by white space only): ", " and a number or a month
# (the first three letters of every name in MONTHS), "(", a dash, "-" and a number, or " /" and an agency in capitals.
_DATELINE_CUE = re.compile(r"[(–—]|-\s*\d|,\s*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|\s/[A-Z]{3}")


def event_type(title: str | None, lead: list[str], body: list[str]) -> Event:
    """The event the article reports, from its headline and lead (body: all its sentences, lead first)."""
    from belcoop.parse.places import gazetteer

    return find_event(title, body or lead, None, gazetteer().mentions).event


def find_venue(title: str | None, lead: list[str], body: list[str], dateline_city: str | None,
               mentions: Mentions) -> str | None:
    """The city where the reported event took place, or None (body: all the article's sentences, lead first)."""
    return find_event(title, body or lead, dateline_city, mentions).venue
