"""Reprints: the same story saved from several outlets, found by the similarity of article bodies.

Each article gets a fingerprint when it is parsed (in the parsing process, standard library only), from
its lines of prose (`body_of`):

- *anchors*: a sample of the word 5-grams ("shingles") of the body's first 150 words, the ones whose
  hash is 0 modulo 8 (about 18 an article). Two copies of a story share their lead, hence nearly
  all its anchors (a copy cut short keeps them too); the store indexes anchors, so the articles
  sharing one with a new article are found by look-up, never by comparing all pairs;
- *figure pairs*: each two figures of the body that follow each other ($17.3 million, 80%), as
  keys too: two translations of one agency story share few words but all their figures, in order;
- a *sketch* to check a candidate pair: the 128 smallest hashes of all the body's shingles and
  their number (a bottom-k MinHash: it estimates how much of the smaller body the larger one
  contains), the same (96) of its content words, and the hashes of its figures.

A key shared by more than `COMMON_KEY` articles is boilerplate (a site's standard sentence), not a
sign of one story, and is passed over: the work per article stays bounded, so the whole stays linear
in the size of the corpus. Two articles are compared when they share at least two keys.

Two articles are one story (`same_story`) when their partners agree (the same place; or either has none; or
one is a country and the other a region of it: a copy under another headline may be read as about
Pavlodar Region rather than Kazakhstan, never as about another country, or another region), and

- **copy**: at least `COPY_CONTAINMENT` (0.45) of the smaller body's shingles are in the larger one,
  the smaller having at least `MIN_SHINGLES` (20) of them, and their figures agree (when both state
  two or more, at least `FIGURES_AGREE` (0.9) of the smaller set are in the other: a template
  filled with other numbers is another story); or
- **translation**: they share at least `MIN_SHARED_FIGURES` (4) figures, the smaller set of figures
  lies at least `TRANSLATION_FIGURES` (0.8) in the other, and their content words overlap (Jaccard)
  at least `TRANSLATION_WORDS` (0.3);

and, either way, the two bodies **open alike** (at least `OPENING_ALIKE` (0.2) of the content words of
one body's first `OPENING_WORDS` (70) words are among the other's first `OPENING_LEAD` (150)) and
**share their years** (at least `YEARS_SHARED` (0.5) of the fewer years that they mention, when both
mention some). Similarity alone merges two stories that share a site's standard paragraphs or a table
of figures; a copy or an edit keeps its lead and its years.

On the real pages of `shared/corpus` copies measure a containment of 0.55 to 1.0, retellings and
unrelated articles at most 0.20; the two translations of one story share 5 of 5 figures with words
at 0.35, while unrelated articles sharing 4 figures have words at 0.19 at most. Copies and the translations open
alike at 0.61 to 1.0 and share all their years (`benchmarks/reprints.py` prints these figures for the groups
listed in `REPRINTS.tsv`).
"""

from __future__ import annotations

import itertools
import re
import struct
import unicodedata
import zlib
from array import array
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from belcoop.vocab import RAW_LIMIT  # only what the parser reads is fingerprinted

SHINGLE = 5  # words
LEAD_WORDS = 150  # anchors come from the body's first words: the lead survives a copy cut short
ANCHOR_MODULUS = 8  # one shingle in eight is an anchor
SKETCH = 128  # smallest shingle hashes kept
WORD_SKETCH = 96  # smallest content-word hashes kept
FIGURE_SKETCH = 1024  # the body's first distinct figures read (keys and sketch; its count is 16 bits; an article has dozens)
COMMON_KEY = 32  # a key of more articles than this is boilerplate
MIN_SHARED_KEYS = 2  # keys two articles must share to be compared
MIN_SHINGLES = 20
COPY_CONTAINMENT = 0.45
FIGURES_AGREE = 0.9
MIN_SHARED_FIGURES = 4
TRANSLATION_FIGURES = 0.8
TRANSLATION_WORDS = 0.3
OPENING_WORDS = 70  # the opening of a body: its first words ...
OPENING_LEAD = 150  # ... looked for among the other body's first words
OPENING_ALIKE = 0.2  # the share of one opening's content words the other's lead must hold
YEARS_SHARED = 0.5  # the share of the fewer years mentioned that the other body mentions too


# A word: a run of letters, or a number with its decimals and thousands ("1,234.5"). The pattern opens on the one
# class of both and looks back at what that character was, so that the engine skips ahead to it (an alternation opening
# on two runs is tried at every character).
_WORD = re.compile(r"[a-z\d](?:(?<=[a-z])[a-z]*|(?<=\d)\d*(?:[.,]\d+)*)")
# A number not inside another ("1,234.5", "12.5", not the "5" of "3.5"), then its unit. The pattern opens on a digit and
# looks back at the character before it, so that the engine skips ahead to digits (a pattern opening on a look-behind
# is tried at every character: five times slower).
_FIGURE = re.compile(
    r"(\d(?<![\d.,]\d)(?:\d{0,2}(?:,\d{3})+|\d*(?:[.,]\d+)?))\s*"
    r"(%|percent|per cent|(?:million|mln|bln|billion|bn|thousand|trillion)\b)?",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_PERCENT = frozenset(("%", "percent", "per cent"))
_SCALE = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9, "trillion": 1e12}
_STOP = frozenset(
    "the a an of and to in on for with by at from is are was were be been being has have had that this these those it its"
    " as or which who whom will would can could should may might must shall their his her he she they we our us you your"
    " not no but also more than into about over under after before between during such there here then when where while"
    " said says say noted stressed added according all any each other some both very much many most well just only even"
    " so if up out new one two three year years".split()
)
_SHINGLE_BYTES = struct.Struct(f"{4 * SHINGLE}s")  # a shingle's word hashes, as bytes
# The stop words and every word of one or two letters (a word of `_WORD` is of a-z letters, or a number): what no
# content word is, but for the numbers
_STOP_OR_SHORT = _STOP | {"".join(p) for n in (1, 2) for p in itertools.product("abcdefghijklmnopqrstuvwxyz", repeat=n)}
_ANCHOR_TAG, _FIGURE_TAG = 1 << 32, 2 << 32  # keys of the two kinds (32-bit hashes) never meet


class Fingerprint(NamedTuple):
    keys: list[int]  # anchors and figure pairs: what the store indexes
    sketch: bytes  # see `Sketch`


class Sketch(NamedTuple):
    partner: int  # a hash of the article's partner's code (0: none)
    country: int  # a hash of its country's code (equal to `partner` for a country)
    shingles: int  # how many distinct shingles the body has
    shingle_min: tuple[int, ...]  # the smallest of their hashes, ascending
    words: int
    word_min: tuple[int, ...]
    figures: frozenset[int]
    lead: tuple[int, ...] = ()  # the distinct content words of the first `OPENING_LEAD` words, in order of appearance
    opening: int = 0  # how many of `lead` come from the first `OPENING_WORDS` words
    years: frozenset[int] = frozenset()  # the years (1900-2100) the body mentions


def _is_content(word: str) -> bool:
    """A word that says something of the story: not a stop word, a short word or a number."""
    return len(word) > 2 and word not in _STOP and not word[0].isdigit()


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def figures(text: str) -> list[str]:
    """The figures of a text in order, as values ("$0.5 billion" and "$500 million" are one), without the numbers
    that say little: years, days and small counts."""
    found = []
    for number, unit in _FIGURE.findall(text):  # (an unmatched unit is "")
        if "," in number:
            plain = number.replace(",", "") if _THOUSANDS.fullmatch(number) else number.replace(",", ".")
        else:
            plain = number
        try:
            value = float(plain)
        except ValueError:
            continue
        if unit:
            unit = unit.lower()
            found.append(f"{value:g}%" if unit in _PERCENT else f"{value * _SCALE[unit]:.6g}")
        elif "." in plain or (value >= 100 and not (1900 <= value <= 2100 and plain.isdigit())):
            found.append(f"{value:.6g}")
    return found


_PROSE_END = re.compile(r"[.!?\"”»]\s*$")


def body_of(text: str) -> str:
    """The lines of prose of an article's text: a line of eight words or more, or of five ending a sentence. Menus,
    banners, datelines, captions and headlines of other articles are shorter (a cheap stand-in for the parser's own
    split of title, body and chrome, which this runs beside); a text with too little prose is taken whole. Only the
    first `RAW_LIMIT` characters are read."""
    text = text[:RAW_LIMIT]
    lines = []
    count = 0  # the words of the lines kept (a line of `splitlines` holds no line end, so the joined text has as many)
    for line in text.splitlines():
        n = len(line.split())
        if n >= 8 or (n >= 5 and _PROSE_END.search(line)):
            lines.append(line)
            count += n
    return "\n".join(lines) if count >= 40 else text


def fingerprint(body: str, partner: str | None = None) -> Fingerprint:
    """The keys and sketch of a body (its first `RAW_LIMIT` characters)."""
    body = body[:RAW_LIMIT]
    words = _WORD.findall(body.lower() if body.isascii() else _fold(body))
    # A shingle's hash: the CRC-32 of its five words' own CRC-32s, read from one array of them (no string per shingle).
    # Each word's hash is taken where it stands (cheaper than looking a repeated word's up); the distinct words are the
    # keys of `ids`, in the order of their first use.
    hashes = list(map(zlib.crc32, map(str.encode, words)))
    ids = dict(zip(words, hashes, strict=True))
    data = array("I", hashes).tobytes()
    crc32 = zlib.crc32
    shingle_hashes = [crc32(data[i:i + 4 * SHINGLE]) for i in range(0, len(data) - 4 * SHINGLE + 4, 4)]
    lead = len(shingle_hashes) if len(words) <= LEAD_WORDS else LEAD_WORDS - SHINGLE + 1
    anchors = {h | _ANCHOR_TAG for h in shingle_hashes[:lead] if not h % ANCHOR_MODULUS}
    shown = list(dict.fromkeys(figures(body)))[:FIGURE_SKETCH]
    figure_hashes = [crc32(f.encode()) for f in shown]
    pairs = {h | _FIGURE_TAG for h in map(crc32, map(str.encode, map("{}|{}".format, shown, shown[1:])))}
    # each distinct word judged once, as `_is_content` does, in C: the stop words and short words left out by a look-up in
    # one set, the numbers by `str.isalpha` (a word is letters or a number)
    kept = list(filter(str.isalpha, itertools.filterfalse(_STOP_OR_SHORT.__contains__, ids)))
    content_ids = dict(zip(kept, map(ids.__getitem__, kept), strict=True))
    content = set(content_ids.values())
    unique = set(shingle_hashes)
    country = partner.split("-")[0] if partner else None
    # the content words' hashes in order of appearance, a word of no content as -1 (no CRC-32), then dropped
    get, none = content_ids.get, itertools.repeat(-1)
    opening = dict.fromkeys(map(get, words[:OPENING_WORDS], none))
    opening.pop(-1, None)
    lead_words = dict.fromkeys(itertools.chain(opening, map(get, words[OPENING_WORDS:OPENING_LEAD], none)))
    lead_words.pop(-1, None)
    years = frozenset(int(w) for w in filter(str.isdigit, ids) if len(w) == 4 and 1900 <= int(w) <= 2100)
    sketch = Sketch(crc32(partner.encode()) if partner else 0, crc32(country.encode()) if country else 0, len(unique),
                    tuple(sorted(unique)[:SKETCH]), len(content), tuple(sorted(content)[:WORD_SKETCH]), frozenset(figure_hashes),
                    tuple(lead_words), len(opening), years)
    return Fingerprint(sorted(anchors | pairs), pack(sketch))


_HEAD = "<IIIIHHIHHH"  # the number of figures is the one count not bounded by a constant of this module


def pack(sketch: Sketch) -> bytes:
    head = struct.pack(_HEAD, sketch.partner, sketch.country, sketch.shingles, sketch.words, len(sketch.shingle_min), len(sketch.word_min),
                       len(sketch.figures), len(sketch.lead), sketch.opening, len(sketch.years))
    values = (*sketch.shingle_min, *sketch.word_min, *sorted(sketch.figures), *sketch.lead, *sorted(sketch.years))
    return head + struct.pack(f"<{len(values)}I", *values)


def unpack(data: bytes) -> Sketch:
    partner, country, shingles, words, n_shingles, n_words, n_figures, n_lead, opening, n_years = struct.unpack_from(_HEAD, data)
    values = struct.unpack_from(f"<{n_shingles + n_words + n_figures + n_lead + n_years}I", data, struct.calcsize(_HEAD))
    a, b, c, d, e = itertools.accumulate((n_shingles, n_words, n_figures, n_lead), initial=0)
    return Sketch(partner, country, shingles, values[a:b], words, values[b:c], frozenset(values[c:d]), values[d:e], opening,
                  frozenset(values[e:]))


def jaccard(a: tuple[int, ...], b: tuple[int, ...], k: int = SKETCH) -> float:
    """Jaccard similarity of two sets from their bottom-k sketches (exact when both sets fit in k).

    Of the k smallest hashes of the union, the share found in both: any of them that is in a set is
    among that set's own k smallest, so the two sketches are enough.
    """
    if not a or not b:
        return 0.0
    in_a, in_b = set(a), set(b)
    union = sorted(in_a | in_b)[:k]
    return sum(1 for h in union if h in in_a and h in in_b) / len(union)


def containment(x: Sketch, y: Sketch) -> float:
    """How much of the smaller body the larger one contains (estimated from the Jaccard similarity and the sizes)."""
    j = jaccard(x.shingle_min, y.shingle_min)
    small = min(x.shingles, y.shingles)
    return min(1.0, j * (x.shingles + y.shingles) / ((1 + j) * small)) if small else 0.0


def opening_alike(x: Sketch, y: Sketch) -> float:
    """The larger of the two shares: of one body's opening content words (its first `OPENING_WORDS` words), those
    found among the other's first `OPENING_LEAD`. Copies and edits keep their lead; two stories that share only a
    site's standard paragraph or a table of figures open otherwise."""

    def share(a: Sketch, b: Sketch) -> float:
        opening = a.lead[:a.opening]
        if not opening:
            return 0.0
        lead = set(b.lead)
        return sum(1 for h in opening if h in lead) / len(opening)

    return max(share(x, y), share(y, x))


def years_shared(x: Sketch, y: Sketch) -> float:
    """The share of the fewer years mentioned that the other body mentions too (1.0 when either mentions none:
    a copy cut short may have lost them)."""
    fewer = min(len(x.years), len(y.years))
    return len(x.years & y.years) / fewer if fewer else 1.0


class Measure(NamedTuple):
    containment: float
    shared_figures: int
    figures: float  # the share of the smaller set of figures found in the other
    words: float  # Jaccard of the content words
    opening: float  # see `opening_alike`
    years: float  # see `years_shared`


def measure(x: Sketch, y: Sketch) -> Measure:
    shared = len(x.figures & y.figures)
    smaller = min(len(x.figures), len(y.figures))
    return Measure(containment(x, y), shared, shared / smaller if smaller else 0.0,
                   jaccard(x.word_min, y.word_min, WORD_SKETCH), opening_alike(x, y), years_shared(x, y))


def same_story(x: Sketch, y: Sketch) -> str | None:
    """"copy", "translation", or None when the two bodies tell different stories (see the module's text)."""
    if x.partner and y.partner and x.partner != y.partner and not (
            x.country == y.country and (x.partner == x.country or y.partner == y.country)):
        return None
    # The figures first: they are cheap to compare, and settle most pairs of articles cast in one mould.
    shared = len(x.figures & y.figures)
    smaller = min(len(x.figures), len(y.figures))
    agree = smaller < 2 or shared / smaller >= FIGURES_AGREE
    if not agree and shared < MIN_SHARED_FIGURES:
        return None
    # Similar bodies that open otherwise, or speak of other years, are two stories cast in one mould (a site's
    # standard paragraphs, one table of figures): a copy or an edit keeps its lead and its years.
    if years_shared(x, y) < YEARS_SHARED or opening_alike(x, y) < OPENING_ALIKE:
        return None
    m = measure(x, y)
    if min(x.shingles, y.shingles) >= MIN_SHINGLES and m.containment >= COPY_CONTAINMENT and agree:
        return "copy"
    if m.shared_figures >= MIN_SHARED_FIGURES and m.figures >= TRANSLATION_FIGURES and m.words >= TRANSLATION_WORDS:
        return "translation"
    return None


def candidate_pairs(postings: Iterable[tuple[int, list[int]]], new: set[int]) -> Iterator[tuple[int, int]]:
    """Pairs of articles (one of them new) sharing at least `MIN_SHARED_KEYS` keys, each once, smaller id first;
    common keys passed over. One shared key is chance: copies share most of their anchors, translations their
    figure pairs."""
    shared: dict[tuple[int, int], int] = {}
    for _key, articles in postings:
        if len(articles) > COMMON_KEY:
            continue
        for a in articles:
            if a not in new:
                continue
            for b in articles:
                if a != b and (b not in new or a < b):
                    pair = (a, b) if a < b else (b, a)
                    shared[pair] = shared.get(pair, 0) + 1
    return (pair for pair, count in shared.items() if count >= MIN_SHARED_KEYS)


def groups(edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected articles as groups (union-find), each sorted, in order of their smallest id."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    found: dict[int, list[int]] = {}
    for x in parent:
        found.setdefault(find(x), []).append(x)
    return sorted(sorted(group) for group in found.values())
