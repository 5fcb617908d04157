"""The typed-token stream: a sentence as word tokens, each tagged with the vocabulary categories it opens.

A sentence is tokenised once (one compiled pattern); every extractor of figures reads the same tokens.
Vocabularies live in data files (data/trade.tsv); an entry of several words is matched as a run of
tokens, so "stood at" or "as against" are one tag, and the grammar never counts characters.

    >>> s = Sentence("Exports stood at $5 million.")
    >>> [t.low for t in s.tokens]
    ['exports', 'stood', 'at', '$', '5', 'million', '.']
    >>> s.tagged(0, "exports"), s.tagged(1, "actual")
    (True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import accumulate, compress

from belcoop.vocab import read_data

try:
    from mypy_extensions import mypyc_attr  # (installed with mypy, which compiles the parser)
except ImportError:  # a class attribute for mypyc only: without mypyc there is nothing to say
    def mypyc_attr(*attrs: str, **kwattrs: object) -> Callable[[type[Token]], type[Token]]:  # type: ignore[misc]
        return lambda cls: cls

# Words (with inner hyphens and apostrophes: "two-way", "Kazakhstan's"), numbers ("1,250.5"), any other character.
# (Words first: most tokens are words. A word begins with a letter, a number with a digit, so the order of the two
# changes no token.)
_TOKEN = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*|\d+(?:[.,]\d+)*|\S")
# The same over an ASCII text, where a digit is 0-9 and a letter A-Z or a-z: ranges the engine tests without the
# Unicode tables, a quarter faster.
_ASCII_TOKEN = re.compile(r"[A-Za-z]+(?:['\-][A-Za-z]+)*|[0-9]+(?:[.,][0-9]+)*|\S")


@mypyc_attr(acyclic=True)  # compiled, a token is left out of the garbage collector: it holds only strings and numbers
class Token:
    """One token: its text, lower-cased form ("kazakhstan" for "Kazakhstan's"), character span, and kind ("n" a
    number, "w" a word, "p" anything else). A plain class with slots, not a tuple: compiled, each field is read
    as a struct member (a tuple's item is fetched and its type checked), and in Python a slot is read faster
    than a named tuple's field. Tokens are equal only to themselves."""

    __slots__ = ("text", "low", "start", "end", "kind")

    def __init__(self, text: str, low: str, start: int, end: int, kind: str) -> None:
        self.text = text
        self.low = low
        self.start = start
        self.end = end
        self.kind = kind

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, low={self.low!r}, start={self.start}, end={self.end}, kind={self.kind!r})"


_SPLIT = re.compile(f"({_TOKEN.pattern})")  # a text cut into its tokens and the white space between them
_ASCII_SPLIT = re.compile(f"({_ASCII_TOKEN.pattern})")


class _Lows(dict[str, str]):
    """Token text -> its lower-cased form, worked out once per text (the same words come back all the time), and its
    kind put in _KINDS with it."""

    def __missing__(self, text: str) -> str:
        if len(self) >= 200_000:
            self.clear()  # a bound on memory over a long run
            _KINDS.clear()
        first = text[0]
        if first.isalpha():
            low = text.lower()
            low, kind = (low[:-2] if low.endswith("'s") else low), "w"
        else:
            low, kind = text, ("n" if first.isdecimal() else "p")
        self[text] = low
        _KINDS[text] = kind
        return low


class _Kinds(dict[str, str]):
    """Token text -> its kind, put in by _Lows."""

    def __missing__(self, text: str) -> str:
        _LOWS.__missing__(text)
        return self[text]


_LOWS = _Lows()
_KINDS = _Kinds()


def _split_tokens(text: str) -> list[Token]:
    """The tokens of a text, built in C: one split of the text into tokens and the white space between them, the
    offsets summed from their lengths, each text's lower-cased form and kind from a table."""
    parts = (_ASCII_SPLIT if text.isascii() else _SPLIT).split(text)  # space, token, space, token, ..., space
    texts = parts[1::2]
    offsets = list(accumulate(map(len, parts)))  # where each part ends
    return list(map(Token, texts, map(_LOWS.__getitem__, texts), offsets[0:-1:2], offsets[1::2], map(_KINDS.__getitem__, texts)))


class _Chunks(dict[str, "tuple[str, str, int] | None"]):
    """A run of text between two spaces ("Minsk", "million.", "(BelTA)") -> (its lower-cased form, its kind, its
    length) when it is one token, None when it is several (their tokens, with offsets from the run's start, are put
    in _PIECES). No token spans a space, so a text's tokens are its runs' tokens; and the same runs come back all
    the time."""

    def __missing__(self, chunk: str) -> tuple[str, str, int] | None:
        if len(self) >= 200_000:
            self.clear()  # a bound on memory over a long run
            _PIECES.clear()
        one: tuple[str, str, int] | None = None
        if chunk.isalpha():  # a word or a number (most runs met for the first time: the cheap tests)
            one = (chunk.lower(), "w", len(chunk))  # (as _Lows has it: no "'s" to strip)
        elif chunk.isdecimal():
            one = (chunk, "n", len(chunk))
        elif chunk[:-1].isalpha() and not chunk[-1].isalnum():  # a word and a mark: "Minsk,", "million."
            word, mark = chunk[:-1], chunk[-1]
            _PIECES[chunk] = (Token(word, _LOWS[word], 0, len(word), _KINDS[word]),
                              Token(mark, _LOWS[mark], len(word), len(chunk), _KINDS[mark]))
        else:
            found = _split_tokens(chunk)
            if len(found) == 1 and len(found[0].text) == len(chunk):
                one = (found[0].low, found[0].kind, len(chunk))
            else:
                _PIECES[chunk] = tuple(found)
        self[chunk] = one
        return one


_CHUNKS = _Chunks()
_PIECES: dict[str, tuple[Token, ...]] = {}


def tokenize(text: str) -> list[Token]:
    """The tokens of a text, left to right. A text whose words are parted by single spaces (most sentences) is cut
    at its spaces, and each run's tokens read from a table (_CHUNKS): one token per run for most; any other text
    is split by the token pattern."""
    if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " " or not text:
        return _split_tokens(text)  # other white space (none is printable but " "), spaces in a row or at an end
    chunks = text.split(" ")
    found: list[Token] = []
    runs = _CHUNKS  # (a subscript and an append: a compiled loop calls no bound method)
    at = 0
    for chunk in chunks:
        one = runs[chunk]
        if one is not None:
            end = at + one[2]
            found.append(Token(chunk, one[0], at, end, one[1]))
            at = end + 1
        else:
            for piece in _PIECES[chunk]:
                found.append(Token(piece.text, piece.low, at + piece.start, at + piece.end, piece.kind))
            at += len(chunk) + 1
    return found


class Lexicon:
    """Categories of words and phrases, from a data file of `category<TAB>entry;entry=value;...` lines."""

    def __init__(self, text: str) -> None:
        # one-word entries: word -> {category: value}; longer ones: first word -> [(phrase, category, value)],
        # longest first, so that a token's look-up is one dictionary probe for most words
        self.words: dict[str, dict[str, str | None]] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], str, str | None]]] = {}
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            category, _, entries = line.partition("\t")
            category = category.strip()
            for entry in entries.split(";"):
                entry = entry.strip()
                if not entry:
                    continue
                words, _, value = entry.partition("=")
                key = tuple(t.low for t in tokenize(words))
                if len(key) == 1:
                    self.words.setdefault(key[0], {}).setdefault(category, value or None)
                elif key:
                    self.phrases.setdefault(key[0], []).append((key, category, value or None))
        for options in self.phrases.values():
            options.sort(key=lambda o: -len(o[0]))
        self._index()

    def subset(self, categories: frozenset[str]) -> Lexicon:
        """The entries of these categories only: each category's tags are the same as in the whole lexicon, and a
        sentence is tagged with them in a fraction of the time."""
        part = Lexicon("")
        part.words = {w: kept for w, entries in self.words.items() if (kept := {c: v for c, v in entries.items() if c in categories})}
        part.phrases = {w: chosen for w, options in self.phrases.items() if (chosen := [o for o in options if o[1] in categories])}
        part._index()
        return part

    def _index(self) -> None:
        # the phrases by their first two words, longest first (most words open many phrases: "the", "in", "of");
        # every word that opens an entry -> (the phrases it opens by their second word, None if none; its one-word
        # categories and values; its one category and value when it has just one)
        self.pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str, str | None]]] = {}
        for options in self.phrases.values():
            for option in options:
                self.pairs.setdefault((option[0][0], option[0][1]), []).append(option)
        seconds: dict[str, dict[str, list[tuple[tuple[str, ...], str, str | None]]]] = {}
        for (first, second), options in self.pairs.items():
            seconds.setdefault(first, {})[second] = options
        self.lookup: dict[str, tuple[dict[str, list[tuple[tuple[str, ...], str, str | None]]] | None,
                                     tuple[tuple[str, str | None], ...], tuple[str, str | None] | None]] = {}
        for word in {*self.words, *self.phrases}:
            singles = tuple(self.words.get(word, {}).items())
            self.lookup[word] = (seconds.get(word), singles, singles[0] if len(singles) == 1 else None)

    def tag(self, tokens: list[Token], lows: list[str] | None = None) -> list[dict[str, tuple[int, str | None]] | None]:
        """For each token, the categories of the phrases that start there: category -> (end index, value).
        `lows`: the tokens' lower-cased forms, when the caller has them."""
        n = len(tokens)
        tags: list[dict[str, tuple[int, str | None]] | None] = [None] * n
        if lows is None:
            lows = lows_of(tokens)
        clearing: list[int] = []
        lookup = self.lookup
        last = n - 1
        for i in compress(range(n), map(lookup.__contains__, lows)):  # the tokens that open an entry, found in C
            by_second, singles, one = lookup[lows[i]]
            options = by_second.get(lows[i + 1]) if by_second is not None and i < last else None
            if options is None:
                if one is not None:  # most words: one category of one word
                    category = one[0]
                    tags[i] = {category: (i + 1, one[1])}
                    if category == "not_metric":
                        clearing.append(i)
                    continue
                if not singles:
                    continue
            found: dict[str, tuple[int, str | None]] = {}
            if options is not None:
                for key, category, value in options:
                    k = len(key)
                    if category not in found and i + k <= n and (k == 2 or tuple(lows[i:i + k]) == key):
                        found[category] = (i + k, value)
            end = i + 1
            for category, value in singles:
                if category not in found:
                    found[category] = (end, value)
            if found:
                tags[i] = found
                if "not_metric" in found:
                    clearing.append(i)
        # "trade house", "Ministry of Trade": the words inside name no figure.
        for i in clearing:
            phrase = tags[i]
            assert phrase is not None
            end = phrase["not_metric"][0]
            for j in range(i, end):
                other = tags[j]
                if other:
                    for metric in ("turnover", "exports", "imports"):
                        other.pop(metric, None)
        return tags


def lows_of(tokens: list[Token]) -> list[str]:
    """The tokens' lower-cased forms."""
    return [t.low for t in tokens]


def index_tags(tags: list[dict[str, tuple[int, str | None]] | None]) -> dict[str, list[int]]:
    """Category -> the tokens where its phrases start, in order: rules look up the few places a category occurs
    instead of asking every token."""
    at: dict[str, list[int]] = {}
    for i in compress(range(len(tags)), tags):
        found = tags[i]
        assert found is not None
        if found:
            for category in found:
                positions = at.get(category)
                if positions is None:
                    at[category] = [i]
                else:
                    positions.append(i)
    return at


@cache
def lexicon() -> Lexicon:
    return Lexicon(read_data("trade.tsv"))


@cache
def metric_lexicon() -> Lexicon:
    """The metric words of data/trade.tsv and the phrases that clear them ("trade house"), to tell whether a
    sentence without figures speaks of trade."""
    return lexicon().subset(frozenset(("turnover", "exports", "imports", "not_metric")))


_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


_MODALS = frozenset("can could may might will would shall should must".split())


@lru_cache(maxsize=2048)
def tokens_of(text: str) -> list[Token]:
    """The tokens of a sentence, built once for every reader (the people grammar reads them without tags)."""
    return tokenize(text)


@lru_cache(maxsize=2048)
def lows_of_text(text: str) -> list[str]:
    """The lower-cased forms of a sentence's tokens, built once for every reader (callers must not change the list)."""
    return lows_of(tokens_of(text))


@lru_cache(maxsize=2048)
def sentence(text: str) -> Sentence:
    """The tokens of a sentence, built once however many extractors read it."""
    return Sentence(text)


class Sentence:
    """A sentence with its tokens and their vocabulary tags, computed once and shared by the extractors."""

    __slots__ = ("text", "tokens", "lows", "tags", "at", "_clauses")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokens_of(text)
        self.lows = lows_of_text(text)
        self.tags = lexicon().tag(self.tokens, self.lows)
        self.at = index_tags(self.tags)  # category -> token indices where its phrases start
        self._clauses: list[int] | None = None

    def tagged(self, i: int, category: str) -> bool:
        found = self.tags[i] if 0 <= i < len(self.tags) else None
        return found is not None and category in found

    def tag_end(self, i: int, category: str) -> int | None:
        """Where the phrase of `category` starting at token i ends (exclusive), or None."""
        found = self.tags[i] if 0 <= i < len(self.tags) else None
        if found is None:
            return None
        hit = found.get(category)
        return hit[0] if hit else None

    def tag_value(self, i: int, category: str) -> str | None:
        found = self.tags[i] if 0 <= i < len(self.tags) else None
        if found is None:
            return None
        hit = found.get(category)
        return hit[1] if hit else None

    def is_month(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].low.rstrip(".") in _MONTH_NAMES

    def is_goal_word(self, i: int) -> bool:
        """A goal word at token i ("may", but not the month "May", nor a capitalised modal after a word inside the
        sentence, which is a name's: "Can Tho's exports")."""
        if not self.tagged(i, "goal"):
            return False
        tok = self.tokens[i]
        if not tok.text[0].isupper():
            return True
        if tok.low in _MONTH_NAMES:
            return False
        return not (tok.low in _MODALS and i > 0 and self.tokens[i - 1].kind == "w")

    def clause_ids(self) -> list[int]:
        """The clause each token belongs to: commas, semicolons, brackets, dashes and "while"/"but" end clauses
        (computed once, counted up in C; callers must not change the list)."""
        if self._clauses is not None:
            return self._clauses
        tokens = self.tokens
        ends = [t.text in _CLAUSE_MARK for t in tokens]  # the marks; the words come from the tags
        if "–" in self.text or "—" in self.text:
            last = len(tokens) - 1
            for i, tok in enumerate(tokens):
                if tok.text not in ("–", "—") or not 0 < i < last:
                    continue
                if tok.text == "–" and tokens[i - 1].end == tok.start and tok.end == tokens[i + 1].start:
                    ends[i] = False  # an en dash with no space either side joins a range ("January–June")
                elif dash_in_a_name(tokens, i):
                    ends[i] = False  # a pair in a name ("the Vietnam – Eurasian Economic Union Free Trade Agreement")
        for i in self.at.get("boundary", ()):
            if tokens[i].kind == "w":
                ends[i] = True
        if "-" in self.text:  # a spaced hyphen used as a dash
            last = len(tokens) - 1
            for i, tok in enumerate(tokens):
                if tok.text == "-" and i and tokens[i - 1].end < tok.start and i < last and tok.end < tokens[i + 1].start:
                    ends[i] = True
        self._clauses = list(accumulate(ends, initial=0))[1:]
        return self._clauses


def dash_in_a_name(tokens: list[Token], i: int) -> bool:
    """Is the dash at token i one between the sides of a name ("the Vietnam – Belarus Intergovernmental Committee"):
    a capitalised word before it, and two after it?"""
    return i > 0 and i + 2 < len(tokens) and all(
        t.kind == "w" and t.text[0].isupper() for t in (tokens[i - 1], tokens[i + 1], tokens[i + 2]))


_CLAUSE_MARK = frozenset(",;()[]–—:")  # the tokens that end a clause whatever they are tagged with
