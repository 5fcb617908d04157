"""Sectors of cooperation the article reports, as a small grammar over the token stream.

Keywords (data/sectors.tsv) are found on each sentence's tokens; a keyword counts unless the grammar shows it
names something other than a sector of cooperation. The rules, each a named function:

  building_works    building a plant, homes, a hospital is construction ("to build a glass factory")
  used_infrastructure  another sector's infrastructure is not construction ("the port infrastructure")
  body_names        the name of a body or a company ("the Agriculture Ministry", "Minister of Industry and Trade",
                    "the chamber of commerce and industry", "Citic Construction Co.")
  venue_names       where a meeting was held ("in the Palace of Culture", "at the National Technical University")
  machine_purpose   a sector word that says what machines are for ("agricultural and forestry vehicles")
  sector_industry   "industry" after another sector's word ("the dairy industry" is food)
  describing_place  a sector adjective describing a place ("an important industrial hub")
  describing        a clause that only describes a place's own economy ("one of the leading provinces in
                    agriculture", "20% of the industrial output", "we have gas and electricity, land")
  attending         names in a list of who took part ("among the participants were ... Bellesbumprom")
  standing_documents  the title of a document said only to stand ("an agreement on cultural cooperation has been in
                    force since 2017")
  price_remarks     goods whose price is said to change ("due to lower prices for oil products")
  cause_remarks     a sector's costs or troubles as the cause of a figure ("attributed to logistics costs")
  event_names       the name of an event ("the Belarusian Industrial Forum")
  not_phrases       phrases where a keyword names no sector ("new energy", "good health", "culture of trust"),
                    unless one that may ("new energy") stands in a list of sectors ("new energy and education")

A sentence's cached tokens are looked up word by word (each word's entries kept once met): one where no keyword can
start is done with. The grammar is read only on sentences with a hit, a rule runs only where a category it needs is
found, and the categories asked of one token are tagged at that token. The compiled pattern of the keywords' phrases
over the text as written still has the last word on a sentence with sectors (proven at a hit's token when it can be).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress, repeat
from operator import contains

from belcoop.parse.folded import FoldedPattern, plain_case, stands_alone
from belcoop.parse.tokens import Token, lows_of, lows_of_text, tokenize, tokens_of
from belcoop.parse.trie import trie_pattern, word_trie_pattern
from belcoop.vocab import SECTOR_KEYS, read_data

_BUCKET = 4  # the shortest prefix in the data ("crop*")
_KNOWN_WORDS = 50_000
_JOIN = frozenset({"and", ",", "&", "-", "/"})
_DETERMINERS = frozenset({"the", "a", "an", "our", "their", "its", "this", "his", "her"})
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ary", "ing", "ed", "an")
_NOUNS_OF_DOING = ("ing",)  # "training", "processing", "engineering" before a noun of place: what it is for


@dataclass(frozen=True)
class _Element:
    kind: str  # "w" a word (lower case), "W" a word as written, "p" a prefix, "g" a gap of up to `n` tokens
    text: str = ""
    n: int = 0


class _Entry:
    """One phrase of the data: its elements, category (a "~" marks a keyword with gaps), sector keys, whether a name."""

    __slots__ = ("elements", "category", "keys", "name", "single", "gapped", "one_gap")

    def __init__(self, elements: tuple[_Element, ...], category: str, value: str | None, name: bool) -> None:
        self.elements = elements
        gapped = any(e.kind == "g" for e in elements)
        self.gapped = gapped
        self.category = category + "~" if gapped and category == "sector" else category
        self.keys: frozenset[str] = frozenset([value]) if value else frozenset()
        self.name = name  # a proper name in the data ("Belshina", "Hi-Tech Park")
        self.single = len(elements) == 1  # one word: matched by the look-up itself (a prefix or a cased word checked)
        # the words before and after the one gap inside a phrase, and its length ("joint ..3 plant*": (joint,), 3,
        # (plant*,)): matched without trying every way
        gaps = [k for k, e in enumerate(elements) if e.kind == "g"]
        self.one_gap: tuple[tuple[_Element, ...], int, tuple[_Element, ...]] | None = None
        if len(gaps) == 1 and 0 < gaps[0] < len(elements) - 1:
            self.one_gap = (elements[:gaps[0]], elements[gaps[0]].n, elements[gaps[0] + 1:])


def _parse_entry(text: str, category: str, value: str | None) -> _Entry | None:
    elements: list[_Element] = []
    cased = len(text) > 1 and text.replace("*", "").isupper()
    for part in text.split():
        if part.startswith("..") and part[2:].isdigit():
            elements.append(_Element("g", n=int(part[2:])))
            continue
        prefix = part.endswith("*")
        word = part.rstrip("*")
        for k, tok in enumerate(tokenize(word)):
            last = k == len(tokenize(word)) - 1
            if prefix and last:
                elements.append(_Element("p", tok.low))
            elif cased:
                elements.append(_Element("W", tok.text))
            else:
                elements.append(_Element("w", tok.low))
    if not elements or elements[0].kind == "g":
        return None
    return _Entry(tuple(elements), category, value, name=any(c.isupper() for c in text))


# One word's entries, ready for the look-up at a token: (category, keys, is a name) of the one-word entries the word
# always matches, merged by category; the entries to match at the token (a word as written, a phrase); the phrases
# whose second element is a word, by that word (only those of the next token's word are tried); and the phrases kept
# by this word (their anchor, `_anchor`) as (how many words before it they start, the word right before it, the
# phrases): "the [largest]", "is in [force]" (only those of the word before the token are tried, where they start).
_Starts = tuple[tuple[tuple[str, frozenset[str], bool], ...], list["_Entry"], dict[str, list["_Entry"]],
                list[tuple[int, str, list["_Entry"]]]]

# Words found in most sentences: a phrase of words opening with them ("the largest", "is in force", "of Belarusian
# capital") is looked up by its first word that is none of them, so that these words start nothing in most sentences.
_COMMON_FIRSTS = frozenset({"the", "a", "an", "in", "to", "of", "with", "and", "for", "is", "are", "was", "were", "we",
                            "as", "on", "at", "by", "from", "it", "this", "that", "has", "have", "will", "be"})


def _anchor(entry: _Entry) -> int:
    """Where the word that keeps a phrase stands in it: its first word that is none of `_COMMON_FIRSTS`, after words of
    them only ("the largest" -> 1, "is in force" -> 2); 0 for a phrase kept by its first element (one opening with
    another word, a prefix or a cased word; one with gaps; one of such words only, "we have")."""
    if entry.gapped:
        return 0
    for k, element in enumerate(entry.elements):
        if element.kind != "w":
            return 0
        if element.text not in _COMMON_FIRSTS:
            return k
    return 0


def _always_matches(entry: _Entry) -> bool:
    """A one-word entry the words it is looked up by always match: a lower-case word (looked up by itself) or a prefix
    opening with a letter (looked up by the words starting with it, which are word tokens)."""
    first = entry.elements[0]
    return entry.single and (first.kind == "w" or first.kind == "p" and first.text[:1].isalpha())


class _Known(dict[str, "_Starts | None"]):
    """Word -> its entries, ready for the look-up (None for none), filled as words are met."""

    def __init__(self, by_word: dict[str, list[_Entry]], prefix_buckets: dict[str, list[tuple[str, list[_Entry]]]],
                 by_anchor: dict[str, list[_Entry]]) -> None:
        super().__init__()
        self.by_word = by_word
        self.prefix_buckets = prefix_buckets
        self.by_anchor = by_anchor

    def __missing__(self, low: str) -> _Starts | None:
        # the entries whose first element the word can be: the word's own, then those of prefixes it starts with
        entries = self.by_word.get(low)
        bucket = self.prefix_buckets.get(low[:_BUCKET])  # (prefixes by their first letters: one bucket, not every length)
        if bucket is not None:
            entries = (entries or []) + [e for prefix, group in bucket if low.startswith(prefix) for e in group]
        anchored = self.by_anchor.get(low)
        found: _Starts | None = None
        if entries or anchored:
            fixed: dict[str, tuple[frozenset[str], bool]] = {}
            checked: list[_Entry] = []
            by_second: dict[str, list[_Entry]] = {}
            for entry in entries or ():
                second = entry.elements[1] if len(entry.elements) > 1 else None
                if _always_matches(entry):
                    keys, name = fixed.get(entry.category, (frozenset(), False))
                    fixed[entry.category] = (keys | entry.keys, name or entry.name)
                elif second is not None and second.kind == "w":
                    by_second.setdefault(second.text, []).append(entry)
                else:
                    checked.append(entry)
            groups: dict[tuple[int, str], list[_Entry]] = {}
            for entry in anchored or ():
                k = _anchor(entry)
                groups.setdefault((k, entry.elements[k - 1].text), []).append(entry)
            before = [(k, word, group) for (k, word), group in groups.items()]
            found = (tuple((category, keys, name) for category, (keys, name) in fixed.items()), checked, by_second, before)
        self[low] = found
        return found


_Tags = dict[str, tuple[int, frozenset[str], bool]]


class _Index:
    """Entries by their first word (or the first letters of a prefix); `tag` finds the longest phrase of each
    category at each token."""

    def __init__(self, entries: list[_Entry], anchored: bool = False) -> None:
        """`anchored`: a phrase opening with words of `_COMMON_FIRSTS` is kept by its anchor (`_anchor`; for `tag`:
        `tag_one` reads only the entries kept by their first word)."""
        self.by_word: dict[str, list[_Entry]] = {}
        by_prefix: dict[str, list[_Entry]] = {}
        by_anchor: dict[str, list[_Entry]] = {}
        self.anchored_pairs: set[tuple[str, str]] = set()  # (first word, second word) of the phrases kept by an anchor
        self.anchored_firsts: set[str] = set()  # their first words
        for entry in entries:
            first = entry.elements[0]
            k = _anchor(entry) if anchored else 0
            if k:
                by_anchor.setdefault(entry.elements[k].text, []).append(entry)
                self.anchored_pairs.add((first.text, entry.elements[1].text))
                self.anchored_firsts.add(first.text)
                continue
            index = by_prefix if first.kind == "p" else self.by_word
            index.setdefault(first.text.lower() if first.kind == "W" else first.text, []).append(entry)
        # prefixes by their first letters: a token looks up one bucket, not every prefix length
        self.prefix_buckets: dict[str, list[tuple[str, list[_Entry]]]] = {}
        for prefix, group in by_prefix.items():
            self.prefix_buckets.setdefault(prefix[:_BUCKET], []).append((prefix, group))
        self.categories = frozenset(entry.category for entry in entries)
        # the entries of the words seen so far (kept per word: the same words come back sentence after sentence)
        self.known = _Known(self.by_word, self.prefix_buckets, by_anchor)

    def look_up(self, lows: list[str]) -> list[_Starts | None]:
        """Each token's entries (None where none starts), looked up in C."""
        known = self.known
        if len(known) >= _KNOWN_WORDS:
            known.clear()  # a bound on memory over a long run
        return list(map(known.__getitem__, lows))

    def tag(self, tokens: list[Token], lows: list[str], starts: list[_Starts | None], tags: list[_Tags],
            where: dict[str, list[int]]) -> None:
        """Into `tags`, for each token: category -> (end of the longest phrase starting there, its sector keys, is a
        name); into `where`, each category's tokens. `starts`: `look_up(lows)`. A phrase with gaps ("joint ..3
        plant*") is tagged apart ("sector~"): the words between stay free. The indexes' categories are apart, so a
        token's one-word entries are the first of their category there."""
        last = len(tokens) - 1
        unsorted: set[str] = set()  # the categories of phrases tagged more than one token back
        for i in compress(range(len(tokens)), starts):  # the tokens some entry can start at
            found = starts[i]
            assert found is not None
            fixed, checked, by_second, before = found
            for k, word, earlier in before:  # the phrases this word anchors, where they start ("[the] largest")
                if k <= i and lows[i - 1] == word:
                    tags[i - k] = _tag_phrases(earlier, tokens, lows, i - k, tags[i - k], where)
                    if k > 1:
                        unsorted.update(entry.category for entry in earlier)
            here = tags[i]
            if fixed:
                if here is _NO_TAGS:
                    here = tags[i] = {}
                end = i + 1
                for category, keys, name in fixed:
                    here[category] = (end, keys, name)
                    positions = where.get(category)
                    if positions is None:
                        where[category] = [i]
                    else:
                        positions.append(i)
            more = by_second.get(lows[i + 1]) if by_second and i < last else None
            if checked or more:
                tags[i] = _tag_phrases(checked + more if more else checked, tokens, lows, i, here, where)
        for category in unsorted:
            positions = where.get(category)
            if positions is not None:
                positions.sort()  # (each token once: the order of the tokens, as tagged one by one)

    def tag_one(self, tokens: list[Token], lows: list[str], i: int) -> _Tags:
        """The tags of token i alone (category -> end, keys, is a name), for categories only asked of a token."""
        if len(self.known) >= _KNOWN_WORDS:
            self.known.clear()  # a bound on memory over a long run
        found = self.known[lows[i]]
        here: _Tags = {}
        if found is not None:
            fixed, checked, by_second, _before = found  # (`asked` keeps every phrase by its first word)
            for category, keys, name in fixed:
                here[category] = (i + 1, keys, name)
            more = by_second.get(lows[i + 1]) if by_second and i < len(lows) - 1 else None
            here = _tag_phrases(checked + more if more else checked, tokens, lows, i, here, {})
        return here


def _tag_phrases(entries: list[_Entry], tokens: list[Token], lows: list[str], i: int, here: _Tags,
                 where: dict[str, list[int]]) -> _Tags:
    """Token i's tags `here` (`_NO_TAGS` for none yet) with the entries that need matching there (a word as written,
    a phrase): the longest of each category, those ending together merging their keys."""
    tok = tokens[i]
    for entry in entries:
        if entry.single:  # a word as written ("IT"), or a prefix not opening with a letter
            first = entry.elements[0]
            if first.kind == "W" and tok.text != first.text or first.kind == "p" and tok.kind != "w":
                continue
            end: int | None = i + 1
        elif entry.one_gap is not None:
            end = _match_one_gap(entry.one_gap, tokens, lows, i)
        elif entry.gapped:
            end = _match(entry.elements, tokens, i)
        else:
            end = _match_plain(entry.elements, tokens, i)
        if end is None:
            continue
        if here is _NO_TAGS:
            here = {}
        category = entry.category
        found = here.get(category)
        if found is None:
            here[category] = (end, entry.keys, entry.name)
            where.setdefault(category, []).append(i)
        elif end > found[0]:
            here[category] = (end, entry.keys, entry.name)
        elif end == found[0]:
            here[category] = (end, found[1] | entry.keys, found[2] or entry.name)
    return here


def _match_one_gap(parts: tuple[tuple[_Element, ...], int, tuple[_Element, ...]], tokens: list[Token], lows: list[str],
                   i: int) -> int | None:
    """`_match` for a phrase with one gap inside: the words before it at token i, then those after it at the
    longest skip that matches."""
    before, gap, after = parts
    # (one word before the gap is the word looked up: "joint", "for")
    j = i + 1 if len(before) == 1 and before[0].kind == "w" else _match_plain(before, tokens, i)
    if j is None:
        return None
    first = after[0]
    if first.kind == "w" and first.text not in lows[j:j + gap + 1]:
        return None  # the word after the gap is not within its reach
    prefix = first.text if first.kind == "p" else None
    if prefix is not None and prefix not in " ".join(lows[j:j + gap + 1]):
        return None  # no word within its reach starts with the prefix ("joint ..3 [venture*]")
    for k in range(min(j + gap, len(lows) - 1), j - 1, -1):  # the longer the skip, the later the end
        if prefix is not None and not lows[k].startswith(prefix):
            continue  # (`_match_plain` checks the rest)
        end = _match_plain(after, tokens, k)
        if end is not None:
            return end
    return None


# Categories the rules only ask of one token (`_View.has`), never look for (`_View.at`).
_ASKED_OF_A_TOKEN = frozenset({
    "built_object", "build_stop", "party_body", "body_word", "venue_lead", "machine_list", "machine_not_head", "machine_keeps",
    "place_lead", "possess_not", "infra_build", "document", "price_change", "visited_head",
})
# Categories the rules look for only once another has been found ("cooperate" in a clause that describes, "party"
# where a body is named, "attend_not" in a list of who took part): tagged over the sentence when first asked.
_ON_DEMAND = frozenset({"cooperate", "party", "attend_not"})


class Vocabulary:
    """The categories of data/sectors.tsv: sector keywords (and verbs of building), and the grammar's words."""

    def __init__(self, text: str) -> None:
        keywords: list[_Entry] = []
        grammar: list[_Entry] = []
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, _, entries = line.partition("\t")
            name = name.strip()
            category, value = ("sector", name) if name in SECTOR_KEYS else (name.lstrip("@"), None)
            for raw in entries.split(";"):
                entry = _parse_entry(raw.strip(), category, value) if raw.strip() else None
                if entry is not None:
                    (keywords if value or category == "build" else grammar).append(entry)
        self.keywords = _Index(keywords, anchored=True)
        # the words opening a keyword with a gap that holds the modifiers of its last word ("joint ..3 enterprise*";
        # a stem's gap, "moderni* ..2 housing", holds anything, and so does a gap after more words than one, "operate on
        # ..3 routes")
        self.modifier_gaps = frozenset(e.elements[0].text for e in keywords
                                       if e.gapped and e.elements[0].kind == "w" and e.elements[1].kind == "g")
        # the grammar's categories whose places rules look for, tagged over a sentence; those only asked of a token
        # next to such a place ("the Ministry [of] ...", "[in] the Palace"), tagged at that token when asked
        # (and the categories looked for after others, tagged over the sentence when first asked)
        self.grammar = _Index([e for e in grammar if e.category not in _ASKED_OF_A_TOKEN | _ON_DEMAND] + _hyphened_heads(),
                              anchored=True)
        self.asked = _Index([e for e in grammar if e.category in _ASKED_OF_A_TOKEN])
        self.on_demand = _Index([e for e in grammar if e.category in _ON_DEMAND], anchored=True)
        assert all(c[4:] in SECTOR_KEYS for c in self.grammar.categories if c.startswith("not:"))  # see `_RULES`
        # `_Index.tag` takes the categories of the indexes that tag a sentence to be apart
        assert not (self.keywords.categories & self.grammar.categories or self.on_demand.categories & (
            self.keywords.categories | self.grammar.categories))
        # a sentence without any keyword's words (as a phrase, or the last word after a gap) has no sector
        lower = sorted({_phrase_text(e) for e in keywords if e.elements[0].kind != "W"})
        cased = sorted({e.elements[0].text for e in keywords if e.elements[0].kind == "W"})
        # (a hyphen inside a word bounds a keyword too: `_split_compounds` reads "milk-processing" as two words)
        self.may_have = FoldedPattern(r"(?:(?<![\w-])|(?<=[^\W\d_]-))(?:" + trie_pattern(lower) + r")(?:(?![\w-])|(?=-[^\W\d_]))")
        # its one-word phrases, and its prefixes by their first letters (for `shown_as_written`)
        self.one_words = frozenset(p for p in lower if " " not in p and not p.endswith("*"))
        self.prefixes: dict[str, list[str]] = {}
        for phrase in lower:
            if " " not in phrase and phrase.endswith("*"):
                assert len(phrase) > _BUCKET
                self.prefixes.setdefault(phrase[:_BUCKET], []).append(phrase[:-1])
        # `\b(?:cased)\b`, the first boundary looked for behind each name's capital (see trie.word_trie_pattern)
        self.may_have_cased = re.compile(word_trie_pattern(cased, not_after=r"\w") + r"\b") if cased else None

    def may_hold_sectors(self, text: str) -> bool:
        """A cheap test before tokenising: does the sentence have the telling word of any keyword?"""
        return bool(self.may_have.search(text) or self.may_have_cased and self.may_have_cased.search(text))

    def shown_as_written(self, text: str, tok: Token) -> bool:
        """Whether the token shows that `may_have` finds something in the text (a `plain_case` one): a one-word
        phrase of it as written (but for case), or a prefix of it, with no word character or "-" before it (nor
        after the word)."""
        low = tok.low
        if low in self.one_words:
            return stands_alone(text, tok.start, low)
        for prefix in self.prefixes.get(low[:_BUCKET], ()):
            # `prefix[\w-]*(?![\w-])` matches wherever the prefix starts a word
            if low.startswith(prefix) and stands_alone(text, tok.start, prefix, after=False):
                return True
        return False


def _hyphened_heads() -> list[_Entry]:
    """"hyphened_head": a word opening with a head of a name and a hyphen ("ministry-affiliated"), as prefixes."""
    return [_Entry((_Element("p", head + "-"),), "hyphened_head", None, False) for head in sorted(_BODY_HEADS)]


def _phrase_text(entry: _Entry) -> str:
    """The words of an entry as they stand in a text, for a cheap test of whether a sentence may hold it: "oil and
    gas", "agricultur*"; after a gap only the last word ("venture*" of "joint ..3 venture*"); up to any punctuation."""
    elements = list(entry.elements)
    gaps = [k for k, e in enumerate(elements) if e.kind == "g"]
    if gaps:
        elements = elements[gaps[-1] + 1:]
    words: list[str] = []
    for e in elements:
        if not e.text[:1].isalnum():
            break
        words.append(e.text + ("*" if e.kind == "p" else ""))
        if e.kind == "p":
            break
    return " ".join(words)


def _match_plain(elements: tuple[_Element, ...], tokens: list[Token], i: int) -> int | None:
    """`_match` for a phrase without gaps: one way to match, element by element."""
    if i + len(elements) > len(tokens):
        return None
    for el in elements:
        tok = tokens[i]
        kind = el.kind
        if kind == "w":
            if tok.low != el.text:
                return None
        elif kind == "W":
            if tok.text != el.text:
                return None
        elif not (tok.low.startswith(el.text) and tok.kind == "w"):
            return None
        i += 1
    return i


def _match(elements: tuple[_Element, ...], tokens: list[Token], i: int) -> int | None:
    """Where the phrase ends if it matches at token i (the longest way), or None."""
    if not elements:
        return i
    if len(elements) == 1 and elements[0].kind == "w":  # most entries: one word, already looked up by that word
        return i + 1 if i < len(tokens) and tokens[i].low == elements[0].text else None
    el, rest = elements[0], elements[1:]
    if el.kind == "g":
        best: int | None = None
        for skip in range(el.n + 1):
            end = _match(rest, tokens, i + skip)
            if end is not None and (best is None or end > best):
                best = end
        return best
    if i >= len(tokens):
        return None
    tok = tokens[i]
    if el.kind == "w" and tok.low != el.text or el.kind == "W" and tok.text != el.text:
        return None
    if el.kind == "p" and not (tok.low.startswith(el.text) and tok.kind == "w"):
        return None
    return _match(rest, tokens, i + 1)


@cache
def vocabulary() -> Vocabulary:
    return Vocabulary(read_data("sectors.tsv"))


@dataclass
class Hit:
    """A sector keyword at tokens [i, j)."""

    i: int
    j: int
    keys: frozenset[str]
    name: bool  # a proper name ("Belshina"), not a common word


_NO_TAGS: dict[str, tuple[int, frozenset[str], bool]] = {}
# What ends the modifiers between an adjective and its noun ("joint ..3 enterprise*"): a preposition or punctuation
# puts another noun before it ("joint exhibitions with the enterprises", "a joint stand of Grodno enterprises").
_GAP_STOPS = frozenset({"of", "with", "by", "from", "for", "at", "in", "on", "between", "among", "to", ",", ";", ":", ".",
                        "(", ")", '"'})
_CLAUSE_ENDS = frozenset((";", "while", "whereas", "but", "however"))


class _View:
    """One sentence: tokens, tags, the keyword hits, and what each hit is masked for."""

    __slots__ = ("text", "tokens", "lows", "n", "tags", "where", "hits", "hit_at", "masked", "graded", "_clauses", "_asked",
                 "_on_demand")

    def __init__(self, text: str, tokens: list[Token], lows: list[str], starts: list[_Starts | None]) -> None:
        """`starts`: the keywords' `look_up(lows)`."""
        self.text = text
        self.tokens = tokens
        self.lows = lows
        self.n = n = len(tokens)
        # each token's tags (an entry of its own once a phrase starts there; `_NO_TAGS`, never written, until then)
        self.tags: list[_Tags] = [_NO_TAGS] * n
        self.where: dict[str, list[int]] = {}  # category -> the tokens where its phrases start
        voc = vocabulary()
        voc.keywords.tag(tokens, lows, starts, self.tags, self.where)
        self.hits: list[Hit] = []
        k = 0
        for at in self.where.get("sector", ()):
            if at < k:
                continue  # inside the hit before
            found = self.tags[at]["sector"]
            if not (tokens[at].text == "May" and at):
                self.hits.append(Hit(at, found[0], found[1], found[2]))
                k = found[0]
        self.hit_at = {t: h for h in self.hits for t in range(h.i, h.j)}
        self.masked: dict[int, set[str]] = {}  # hit start -> keys that do not count ("*": none counts)
        for k in self.where.get("sector~", ()):  # phrases with gaps: a hit on their first word, the words between stay theirs
            gapped = self.tags[k]["sector~"]
            if lows[k] in voc.modifier_gaps and not _GAP_STOPS.isdisjoint(lows[k + 1:gapped[0] - 1]):
                continue  # "a joint stand of Grodno enterprises": "joint" is the stand's
            if k not in self.hit_at:
                self.add(Hit(k, k + 1, gapped[1], gapped[2]))
        self.graded = bool(self.hits) or "build" in self.where  # worth reading with the grammar
        self._clauses: list[tuple[int, int]] | None = None
        self._asked: dict[int, _Tags] = {}  # token -> its tags of `_ASKED_OF_A_TOKEN`, once asked
        self._on_demand = False  # whether the categories `_ON_DEMAND` have been tagged
        if self.graded:
            grammar = voc.grammar
            grammar.tag(tokens, lows, grammar.look_up(lows), self.tags, self.where)

    def _tag_on_demand(self) -> None:
        self._on_demand = True
        on_demand = vocabulary().on_demand
        on_demand.tag(self.tokens, self.lows, on_demand.look_up(self.lows), self.tags, self.where)

    def at(self, *categories: str) -> list[int]:
        """The tokens where phrases of these categories start, in order."""
        if not self._on_demand and not _ON_DEMAND.isdisjoint(categories):
            self._tag_on_demand()
        if len(categories) == 1:
            return self.where.get(categories[0], [])
        return sorted({k for c in categories for k in self.where.get(c, [])})

    def clauses(self) -> list[tuple[int, int]]:
        """Token spans of the clauses: ";" and "while", "but", "however" end them."""
        if self._clauses is None:
            out: list[tuple[int, int]] = []
            start = 0
            for k in compress(range(self.n), map(_CLAUSE_ENDS.__contains__, self.lows)):
                out.append((start, k))
                start = k + 1
            out.append((start, self.n))
            self._clauses = out
        return self._clauses

    def add(self, hit: Hit) -> None:
        self.hits.append(hit)
        for t in range(hit.i, hit.j):
            self.hit_at.setdefault(t, hit)

    def has(self, k: int, category: str) -> bool:
        if not 0 <= k < self.n:
            return False
        if category in _ASKED_OF_A_TOKEN:
            asked = self._asked.get(k)
            if asked is None:
                asked = self._asked[k] = vocabulary().asked.tag_one(self.tokens, self.lows, k)
            return category in asked
        if category in _ON_DEMAND and not self._on_demand:
            self._tag_on_demand()
        return category in self.tags[k]

    def end(self, k: int, category: str) -> int:
        if category in _ASKED_OF_A_TOKEN and self.has(k, category):
            return self._asked[k][category][0]
        return self.tags[k][category][0]

    def low(self, k: int) -> str:
        return self.lows[k] if 0 <= k < self.n else ""

    def capital(self, k: int) -> bool:
        return 0 <= k < self.n and self.tokens[k].kind == "w" and self.tokens[k].text[0].isupper()

    def mask(self, start: int, stop: int, keys: Iterable[str] = ("*",), names_too: bool = True) -> None:
        """The keywords in tokens [start, stop) do not count for `keys`."""
        for h in self.hits:
            if start <= h.i and h.j <= stop and (names_too or not h.name):
                self.masked.setdefault(h.i, set()).update(keys)

    def counted(self) -> set[str]:
        out: set[str] = set()
        for h in self.hits:
            masked = self.masked.get(h.i)
            if masked is None:
                out |= h.keys
            elif "*" not in masked:
                out |= h.keys - masked
        return out


def building_works(v: _View) -> None:
    """Building something is construction: "to build a mining and processing factory", "homes built with Belarusian
    support", "constructed a hospital", "experience in building housing" (not "built strong ties", "build trust",
    "the building houses a museum")."""
    for k in v.at("build"):
        if v.low(k) == "building" and (v.low(k - 1) not in _GERUND_LEADS or v.low(k + 1) in ("of", "and", ",")):
            continue  # a noun ("the building of the school", "capacity building"), not "experience in building roads"
        if v.has(k - 1, "built_object") and v.low(k) in ("built", "constructed", "erected"):
            v.add(Hit(k, k + 1, frozenset({"construction"}), False))
            continue
        for j in range(k + 1, min(v.n, k + 7)):
            if v.low(j) in (",", ".", ";", ":") or v.has(j, "build_stop"):
                break
            if v.has(j, "built_object"):
                v.add(Hit(k, k + 1, frozenset({"construction"}), False))
                break


# Words before "building" that make it a verb's gerund: "experience in building dairy complexes", "the task of building
# homes" ("the building houses a museum", "capacity building" are nouns).
_GERUND_LEADS = frozenset({"in", "of", "for", "on", "at", "with", "by", "about", "and", "to", "after", "before", "start",
                           "started", "began", "begun", "continue", "continued", "complete", "completed"})


def used_infrastructure(v: _View) -> None:
    """Infrastructure named by another sector's word is that sector's, not construction: "to use the port infrastructure
    of St Petersburg", "logistics infrastructure", "IT infrastructure" (not "to develop transport infrastructure", nor
    "infrastructure" on its own, an area of cooperation)."""
    for k in v.at("infrastructure"):
        h = v.hit_at.get(k)
        if h is None or h.i != k or "construction" not in h.keys:
            continue
        before = v.hit_at.get(k - 1)
        if before is None or before.keys.isdisjoint(_INFRASTRUCTURE_OWNERS):
            continue
        if any(v.has(j, "infra_build") and not _describing_participle(v, j, before.i)
               for j in range(max(0, before.i - 4), before.i)):
            continue  # "develop the transport infrastructure"
        v.mask(h.i, h.j, {"construction"})


def _describing_participle(v: _View, j: int, i: int) -> bool:
    """Token j, a participle right before the words at token i after a determiner, describes what is there: "a
    [developed] port infrastructure" (not "to develop the port infrastructure", nor "has developed port
    infrastructure")."""
    return j == i - 1 and v.low(j).endswith("ed") and v.low(j - 1) in _DETERMINERS


_INFRASTRUCTURE_OWNERS = frozenset({"transport", "science_technology", "energy", "investment"})


def body_names(v: _View) -> None:
    """The name of a body or company names who it is, not a sector: "the Agriculture and Food Minister", "Minister of
    Industry and Trade Ivan Petrov", "the chamber of commerce and industry", "Citic Construction Co., Ltd", "Bellegprom
    chairman". A body that is a party ("the Scientific Research Institute and the Centre signed an agreement") and a
    body being set up ("to establish a joint committee on investment") keep their field."""
    heads = v.at("body", "edu_body", "role", "hyphened_head")  # "Ministry-affiliated", "committee-level" too
    for k in heads:
        low = v.low(k)
        head = low.split("-")[0]
        role = v.has(k, "role")
        body = v.has(k, "body") or v.has(k, "edu_body") or head in _BODY_HEADS
        if not (body or role) or not (v.capital(k) or head in _BODY_HEADS or role):
            continue  # "Ministry-affiliated"; "the working group on ..." is no name, "the Working Group" is
        if not role and head not in ("minister", "ministers") and _keeps_its_field(v, k):
            continue
        start = k
        j = k - 1  # "the Agriculture and Food [Ministry]"
        while j >= 0:
            if v.capital(j) or j in v.hit_at and not role:
                start = j
            elif v.low(j) in ("and", "&") and (v.capital(j + 1) or j + 1 in v.hit_at) and (v.capital(j - 1) or j - 1 in v.hit_at):
                pass
            else:
                break
            j -= 1
        stop = k + 1
        if v.low(k + 1) in ("of", "for", "on") and not role:  # "[Ministry] of Transport and Communications"
            j = k + 2
            while j < v.n and j < k + 14 and (v.capital(j) or j in v.hit_at or v.has(j, "body_word") or v.low(j) in _JOIN):
                j += 1
            stop = j
        elif role:
            # the portfolio of a post: "Deputy Governor for Investment", "Deputy Khokim of the region for investment
            # and foreign trade" (the words of a place between, not a company: "director of MAZ for sales" keeps MAZ)
            j = k + 1
            while j < k + 6 and (v.low(j) in _POST_PLACE or v.capital(j) and j not in v.hit_at):
                j += 1
            if v.low(j) == "for" and (j == k + 1 or v.low(k + 1) == "of"):
                v.mask(j, _portfolio_end(v, j + 1), names_too=False)
        keys = ("*",) if not v.has(k, "edu_body") else tuple(key for key in SECTOR_KEYS if key != "education")
        v.mask(start, stop, keys, names_too=role)  # "State Transport University" is education, not transport


_POST_PLACE = frozenset({"of", "the", "region", "oblast", "province", "city", "district"})


def _portfolio_end(v: _View, j: int) -> int:
    """Where the words of a body's or post's field that start at token j end: capitalised words, keywords, the words
    of names of bodies and joins ("for [Economy and Investment] Dmitry ...")."""
    stop = j
    while stop < v.n and stop < j + 12 and (stop in v.hit_at or v.has(stop, "body_word") or v.low(stop) in _JOIN):
        stop += 1
    return stop


def _keeps_its_field(v: _View, k: int) -> bool:
    """The body at token k is a party to a signed document ("the Research Institute ... signed"), or one being set up
    ("a joint committee on investment"): what it is for is a field of cooperation. A school signing is education,
    whatever field its name gives ("a memorandum between the University of Food Technologies and ..." is no food)."""
    if v.low(k - 1) in ("a", "an") or v.low(k - 2) in ("a", "an"):
        return True
    if not v.has(k, "party_body"):
        return False
    # (a document still "to be signed" has no parties yet: "where a roadmap is expected to be signed")
    party = [p for p in v.at("party") if v.low(p - 1) != "be"]
    return any(a <= k < b and any(a <= p < b for p in party) for a, b in v.clauses())  # in a clause of signing


# Heads that make a name in lower case too ("the agriculture ministries", "the chamber of commerce and industry").
_BODY_HEADS = frozenset({
    "ministry", "ministries", "minister", "ministers", "committee", "committees", "department", "departments", "chamber",
    "chambers", "council", "councils", "academy", "institute", "faculty", "agency", "agencies", "commission", "commissions",
})


def venue_names(v: _View) -> None:
    """Where something was held is no sector: "in the Palace of Culture", "at the Minsk Arena sports complex", "at the
    Belarusian National Technical University", "at our school" (not a place of a kind, "invested in a logistics
    centre")."""
    for k in v.at("venue"):
        j = k - 1
        while j >= 0 and (v.capital(j) or j in v.hit_at or v.low(j) in ("-", "'")):
            j -= 1
        if v.low(j) in ("a", "an"):
            continue  # a place said to be of a kind is none named: "invested 2 billion roubles in a logistics centre"
        if v.low(j) in _DETERMINERS:
            j -= 1
        if not v.has(j, "venue_lead"):
            continue
        stop = k + 1
        if v.low(k + 1) == "of":  # "the Palace of Culture"
            stop = k + 2
            while stop < v.n and (v.capital(stop) or stop in v.hit_at or v.low(stop) == "and"):
                stop += 1
        v.mask(j, stop)


def machine_purpose(v: _View) -> None:
    """A sector word before a noun of machines says what they are for: "agricultural and forestry vehicles", "transport
    equipment", "automotive, agricultural, road construction and utility machinery" are machine building, not
    agriculture, forestry, transport or construction ("medical equipment", "passenger vehicles" keep their sector; in
    "food and equipment" the food is no modifier). So is the product a machine handles: "fertiliser spreaders", "milk
    tankers", "fuel tankers" are machine building, and a machine that is no keyword by itself ("tankers", which may be
    ships) is machine building named so."""
    for k in v.at("machine"):
        own = v.hit_at.get(k)
        masked = False
        # "agricultural and engineering products": the machines are no head noun, only a word right before is theirs
        compound = v.has(k + 1, "machine_not_head")
        # the words before the machines' own keyword: "agricultural [mechanical engineering]"; a phrase of another
        # sector ending in them is not what they are for ("[electrical equipment]" is industry)
        j = own.i - 1 if own is not None else k - 1
        adjacent = True
        while j >= 0 and j >= k - 14 and (adjacent or not compound):
            h = v.hit_at.get(j)
            if h is not None:
                if v.has(h.i, "machine_keeps") or _encloses(v, h, k):
                    break
                if "machine_building" not in h.keys:
                    if not adjacent and not (_modifier(v, h.j - 1, h.j) or v.has(h.i, "machine_list")):
                        break  # "sugar, tractors": a list of goods, not of what the tractors are for
                    v.mask(h.i, h.j, h.keys)
                    masked = True
                j = h.i - 1
            elif v.low(j) in ("and", ","):
                j -= 1
            elif _modifier(v, j, j + 1):
                j -= 1  # "special-purpose", "utility"
            else:
                break
            adjacent = False
        if masked and own is None:
            v.add(Hit(k, v.end(k, "machine"), frozenset({"machine_building"}), False))


def _encloses(v: _View, h: Hit, k: int) -> bool:
    """Hit h is the first word of a phrase with a gap that reaches past the machines at token k: the machines modify
    its last word ("a joint [tractor] assembly enterprise" is a joint enterprise, whatever it makes), they do not say
    what the hit is for."""
    gapped = v.tags[h.i].get("sector~")
    return gapped is not None and gapped[0] > k + 1 and h.keys == gapped[1]


def _modifier(v: _View, i: int, j: int) -> bool:
    """Tokens [i, j) can say what machines are for: an adjective ("agricultural"), a hyphenated word ("special-purpose"),
    or a word such as "road", "utility", "forestry"."""
    for k in range(i, j):
        low = v.low(k)
        if v.has(k, "machine_list") or "-" in low or low.endswith(_ADJECTIVE_ENDINGS):
            return True
    return False


def sector_industry(v: _View) -> None:
    """"Industry" or "technology" after another sector's word is that sector's: "the dairy industry", "the IT sector",
    "oil and gas industry" (not "industry" as well), "cotton-growing technology", "oil refining technology" (no science;
    not "agriculture and technology", nor "IT technology")."""
    for k in v.at("sector_noun"):
        h = v.hit_at.get(k)
        own = h.keys & _GENERIC_NOUN_KEYS if h is not None else None
        if h is None or h.i != k or k == 0 or not own:
            continue
        before = v.hit_at.get(k - 1)
        if before is None and v.low(k - 1).endswith("ing") and k > 1:
            before = v.hit_at.get(k - 2)  # "cotton growing technology", "milk processing technology"
        if before is not None and before.keys - own:
            v.mask(h.i, h.j, own)


_GENERIC_NOUN_KEYS = frozenset({"industry", "science_technology"})  # the keys of "industry" and "technology"


def describing_place(v: _View) -> None:
    """A sector adjective before a noun of place describes the place: "an important industrial hub", "the largest
    industrial, cultural and tourist centre", "the status of an agrarian region" (not "a logistics hub", nor "we will
    build agro-industrial towns")."""
    for k in v.at("place"):
        j = k - 1
        found: list[Hit] = []
        while j >= 0:
            h = v.hit_at.get(j)
            if h is not None and v.low(h.j - 1).endswith(_ADJECTIVE_ENDINGS) and not h.name:
                found.append(h)
                j = h.i - 1
            elif v.low(j) in ("and", ","):
                j -= 1
            else:
                break
        if found and v.has(j, "place_lead"):  # "an important [industrial] hub", "the leading [industrial] centres"
            for h in found:
                v.mask(h.i, h.j)
        elif found and v.low(j) in _DETERMINERS:
            # a determiner alone: an adjective describes the place ("an [industrial] hub"), a noun in "-ing" says what
            # it is for ("the training centres", "the processing hub")
            for h in found:
                if not v.low(h.j - 1).endswith(_NOUNS_OF_DOING):
                    v.mask(h.i, h.j)


def _possession(v: _View, k: int) -> bool:
    """"We have gas and electricity, land" describes; "we have signed", "we have much to learn" do not."""
    after = v.end(k, "possess")
    if after >= v.n or v.has(after, "possess_not"):
        return False
    return not v.low(after).endswith(("ed", "en"))


def describing(v: _View) -> None:
    """A clause that only describes a place's economy or assets, with no word of cooperation, names no sector of
    cooperation: "It is one of the leading provinces in agriculture and industry", "We contribute 20% of the
    industrial output". What follows "we have" is what they have, whatever the rest of the sentence says: in
    ""We have land, gas and electricity," the governor said, inviting Belarus to set up a joint venture" the gas and
    electricity are no sector."""
    if "describe" in v.where:
        for start, stop in v.clauses():
            if not any(start <= k < stop for k in v.at("describe")):
                continue
            if any(start <= k < stop and k not in v.hit_at for k in v.at("cooperate")):
                continue
            v.mask(start, stop)
    for k in v.at("possess"):
        if not _possession(v, k):
            continue
        j = v.end(k, "possess")
        while j < v.n and v.low(j) not in _POSSESSION_ENDS and not (v.has(j, "cooperate") and j not in v.hit_at):
            j += 1
        v.mask(k, j)


_POSSESSION_ENDS = frozenset({'"', ";", ":", ".", "(", ")", "!", "?"})


def attending(v: _View) -> None:
    """Names in a list of who took part say who attended, not what was discussed: "Among the participants were the
    Industry Ministry, Bellesbumprom and Belgospishcheprom" (not "The participants agreed to hold Days of Culture")."""
    if "attend" not in v.where:
        return
    for start, stop in v.clauses():
        if not any(start <= k < stop for k in v.at("attend")):
            continue
        if any(start <= k < stop for k in v.at("attend_not")):
            continue
        for h in v.hits:
            if start <= h.i < stop and (h.name or v.capital(h.i) and h.i > start):
                v.mask(h.i, h.j)


def fields_of_study(v: _View) -> None:
    """A sector word before a word of studying names what is taught, no sector of cooperation: "the quality of its
    engineering education", "medical students", "agricultural degrees" (the studying itself is education)."""
    for k in v.at("study"):
        h = v.hit_at.get(k - 1)
        if h is not None and not h.name and "education" not in h.keys:
            v.mask(h.i, h.j)


def standing_documents(v: _View) -> None:
    """The title of a document said only to stand names no sector the article discusses: in "An agreement on trade,
    economic, scientific and cultural cooperation between our cities has been in force since 2017" the science and
    culture are the title's (not in "The sides signed an agreement on cultural cooperation")."""
    for k in v.at("in_force"):
        start = next(a for a, b in v.clauses() if a <= k < b)
        for j in range(k - 1, start - 1, -1):
            if v.has(j, "document"):
                v.mask(j, k)
                break


_TITLE_ENDS = frozenset(("cooperation", "co-operation", "collaboration", "partnership"))


def referred_documents(v: _View) -> None:
    """The title of a document only referred to, as what another one implements, names no sector the article
    discusses: in "signed a roadmap for the implementation of the Agreement on trade, economic, scientific, technical
    and cultural cooperation" the science and culture are the Agreement's title (up to its "cooperation")."""
    for k in v.at("referred"):
        j = v.end(k, "referred")
        if not v.has(j, "document"):
            continue
        stop = next((m for m in range(j + 1, min(v.n, j + 16)) if v.low(m) in _TITLE_ENDS), None)
        if stop is not None:
            v.mask(j, stop + 1)


def _before_the_named(v: _View, k: int) -> int:
    """The token before the sector words (and the words joining them) that run up to token k: k - 1 if none do."""
    j = k - 1
    while j >= 0 and (j in v.hit_at or v.low(j) in _JOIN):
        j = v.hit_at[j].i - 1 if j in v.hit_at else j - 1
    return j


def price_remarks(v: _View) -> None:
    """Goods whose price is said to change are no sector of cooperation: the remark explains a figure ("the decline
    is linked to lower prices for oil products", "due to lower potash prices", "a fall in world oil prices"; not
    "supplies of oil products", nor "prices for gas were agreed")."""
    for k in v.at("price"):
        j = _before_the_named(v, k)  # "lower [potash] prices"
        if not any(v.has(i, "price_change") and v.end(i, "price_change") in (j + 1, k) for i in range(j - 2, j + 1)):
            continue
        stop = k + 1
        if v.low(stop) in ("for", "of", "on"):  # "prices [for oil products]"
            stop += 1
            while stop < v.n and (stop in v.hit_at or v.low(stop) in _JOIN or v.low(stop).endswith(_ADJECTIVE_ENDINGS)):
                stop = v.hit_at[stop].j if stop in v.hit_at else stop + 1
        v.mask(j + 1, stop)


def cause_remarks(v: _View) -> None:
    """A sector's costs or troubles given as the cause of a figure explain it, they are no field of cooperation: "trade
    fell by 20 percent, which the ministry attributed to logistics costs", "achieved despite the sanctions and the
    logistics problems", "exports fell because of railway restrictions" (not "the sides discussed how to cut logistics
    costs", nor "because of the sanctions they will open new logistics routes")."""
    causes = v.at("cause")
    if not causes:
        return
    for k in v.at("trouble"):
        j = _before_the_named(v, k)  # "[transport and logistics] costs"
        if j == k - 1:
            continue  # no sector's word names the trouble
        start = next(a for a, b in v.clauses() if a <= k < b)
        # the cause word ends a few words before: "due to [higher] logistics costs", "despite [the sanctions and the]"
        if any(start <= c and j - _CAUSE_REACH < v.end(c, "cause") <= j + 1 for c in causes):
            v.mask(j + 1, k)


_CAUSE_REACH = 5  # the most words between a cause word and the sector's troubles it names


def visited_plants(v: _View) -> None:
    """The name of a plant visited names it, not a sector discussed: "the delegation visited the Pavlodar Petrochemical
    Plant and the KSP Steel plant" (not "visited the dairy plant", nor the names of the data, "visited Grodno Azot")."""
    for k in v.at("visit"):
        start, stop = next((a, b) for a, b in v.clauses() if a <= k < b)
        for h in range(v.end(k, "visit"), min(stop, k + 16)):  # (the objects of the visit, not a later clause)
            if not v.has(h, "visited_head"):
                continue
            j = h - 1
            while j > k and (v.capital(j) or v.low(j) in ("and", "of", "-") and v.capital(j - 1) and v.capital(j + 1)):
                j -= 1
            if j < h - 1:
                v.mask(j + 1, h + 1, names_too=False)


def event_names(v: _View) -> None:
    """The name of an event names the event, not a field the sides discussed: "invited Novosibirsk companies to the
    Belarusian Industrial Forum" (not "an industrial forum", whose words are common ones; nor a head that is a sector's
    own word, "Festival")."""
    for k in v.at("event_head"):
        if not v.capital(k):
            continue
        j = k - 1
        while j >= 0 and v.capital(j):
            j -= 1
        if j < k - 1:
            v.mask(j + 1, k, names_too=False)


def not_phrases(v: _View) -> None:
    """Phrases where a keyword names no sector: "new energy", "good health", "culture of mutual trust"; but one of them
    that may name a sector ("listed") does in a list of sectors: "in machinery manufacturing, new energy and education"."""
    for category, places in v.where.items():
        if category.startswith("not:"):
            for k in places:
                end = v.end(k, category)
                if v.has(k, "listed") and v.end(k, "listed") == end and _in_a_list_of_sectors(v, k, end):
                    continue
                v.mask(k, end, {category[4:]})


_LIST_JOINS = frozenset((",", "and", "or"))


def _in_a_list_of_sectors(v: _View, k: int, end: int) -> bool:
    """Tokens [k, end) are joined by "," or "and" to another sector's keyword right before or after them, and end the
    noun ("new energy and education", not "new energy vehicles")."""
    if v.low(end) not in _LIST_JOINS and v.low(end) not in (".", ";", ""):
        return False
    return (v.low(k - 1) in _LIST_JOINS and k - 2 in v.hit_at) or (v.low(end) in _LIST_JOINS and end + 1 in v.hit_at)


# The rules, each with the categories one of which it needs in the sentence to do anything.
_RULES: tuple[tuple[Callable[[_View], None], frozenset[str]], ...] = tuple((rule, frozenset(needs)) for rule, needs in (
    (building_works, ["build"]),
    (used_infrastructure, ["infrastructure"]),
    (body_names, ["body", "edu_body", "role", "hyphened_head"]),
    (venue_names, ["venue"]),
    (machine_purpose, ["machine"]),
    (sector_industry, ["sector_noun"]),
    (describing_place, ["place"]),
    (describing, ["describe", "possess"]),
    (attending, ["attend"]),
    (standing_documents, ["in_force"]),
    (referred_documents, ["referred"]),
    (fields_of_study, ["study"]),
    (price_remarks, ["price"]),
    (cause_remarks, ["trouble"]),
    (visited_plants, ["visit"]),
    (event_names, ["event_head"]),
    (not_phrases, [f"not:{key}" for key in SECTOR_KEYS]),  # (the vocabulary checks it has no other "not:")
))


_ANY_RULE_NEEDS = frozenset().union(*(needs for _, needs in _RULES))
# category -> the rules (by their place in `_RULES`) that need it: a sentence's rules found from its few categories
_RULES_OF: dict[str, tuple[int, ...]] = {
    category: tuple(k for k, (_, needs) in enumerate(_RULES) if category in needs) for category in _ANY_RULE_NEEDS}


def sentence_sectors(text: str) -> set[str]:
    """The sector keys one sentence reports: "Tomsk and Belarus discussed supplies of tractors; the talks were attended
    by the Deputy Minister of Agriculture" -> {"machine_building"}."""
    tokens = tokens_of(text)
    lows = lows_of_text(text)
    if "-" in text:
        tokens, lows = _split_compounds(tokens, lows)
    starts = vocabulary().keywords.look_up(lows)
    if not any(starts) or not _may_start(starts, tokens, lows):
        return set()  # no keyword starts at any token
    return _graded_sectors(text, tokens, lows, starts)


def _graded_sectors(text: str, tokens: list[Token], lows: list[str], starts: list[_Starts | None]) -> set[str]:
    """`sentence_sectors` of a sentence where a keyword may start (`starts`: the keywords' look-up of its words)."""
    v = _View(text, tokens, lows, starts)
    if not v.graded:
        return set()
    where = v.where
    if not _ANY_RULE_NEEDS.isdisjoint(where):
        rules = {k for category in _ANY_RULE_NEEDS.intersection(where) for k in _RULES_OF[category]}
        for k in sorted(rules):  # (in the order of `_RULES`)
            _RULES[k][0](v)
    found = v.counted()
    if found and not _as_written(v):
        return set()  # the keywords' words are not in the text as written ("land  reclamation")
    return found


def _as_written(v: _View) -> bool:
    """`may_hold_sectors` of a sentence with hits: shown by a hit's first token where it can be, else asked."""
    voc = vocabulary()
    text = v.text
    if plain_case(text):
        one_words = voc.one_words
        for h in v.hits:
            tok = v.tokens[h.i]
            if stands_alone(text, tok.start, tok.low) if tok.low in one_words else voc.shown_as_written(text, tok):
                return True
    return voc.may_hold_sectors(text)


def _may_start(starts: list[_Starts | None], tokens: list[Token], lows: list[str]) -> bool:
    """Whether a keyword may start at some token: a one-word keyword, or a phrase whose second word follows, or a
    word as written ("IT", not "it"), or a phrase to match ("joint ..3 plant*"). Most sentences hold words that only
    open phrases ("of [Belarusian capital]", "with [foreign capital]") and no keyword."""
    last = len(lows) - 1
    for i in compress(range(len(lows)), starts):
        found = starts[i]
        assert found is not None
        fixed, checked, by_second, before = found
        if fixed or i < last and lows[i + 1] in by_second:
            return True
        for k, word, _earlier in before:  # (the word before the anchor: enough to read the sentence)
            if k <= i and lows[i - 1] == word:
                return True
        for entry in checked:
            if not entry.single or entry.elements[0].kind != "W" or tokens[i].text == entry.elements[0].text:
                return True
    return False


class _Compounds(dict[str, "tuple[int, ...] | None"]):
    """A hyphenated word -> where its parts end in it, when the word opens no keyword and its parts do: the hyphen
    stands for a space ("milk-processing" is "milk processing", "meat-packing" is "meat packing", "wood-based panels"
    are wood). A part must be a keyword by itself or open a keyword with the next part: "joint-stock" ("joint" only
    opens phrases that reach past the word) stays whole, and so does a word that negates ("non-oil exports")."""

    def __missing__(self, low: str) -> tuple[int, ...] | None:
        if len(self) >= _KNOWN_WORDS:
            self.clear()  # a bound on memory over a long run
        keywords = vocabulary().keywords
        known = keywords.known
        parts = low.split("-")
        found: tuple[int, ...] | None = None
        whole = known[low]
        # (whether the word opens a keyword: its own entries, or a phrase kept by its second word)
        opens = whole is not None and bool(whole[0] or whole[1] or whole[2]) or low in keywords.anchored_firsts
        if not opens and "" not in parts and parts[0] not in _NEGATING:
            for k, part in enumerate(parts):
                starts = known[part]
                if starts is not None and starts[0] or k + 1 < len(parts) and (
                        starts is not None and parts[k + 1] in starts[2] or (part, parts[k + 1]) in keywords.anchored_pairs):
                    found = tuple(accumulate(len(part) + 1 for part in parts))
                    break
        self[low] = found
        return found


_COMPOUNDS = _Compounds()
_NEGATING = frozenset({"non", "anti", "counter"})  # "non-oil trade" is no oil


def _split_compounds(tokens: list[Token], lows: list[str]) -> tuple[list[Token], list[str]]:
    """The tokens with each hyphenated word that hides keywords (`_Compounds`) cut into its parts, the hyphens left
    out: "Vitebsk milk-processing plants" -> Vitebsk, milk, processing, plants."""
    out: list[Token] | None = None
    done = 0  # the tokens before this one are in `out`
    for i in compress(range(len(lows)), map(contains, lows, repeat("-"))):  # (the words with a hyphen, found in C)
        tok = tokens[i]
        low = lows[i]
        ends = _COMPOUNDS[low] if tok.kind == "w" and len(tok.text) == len(low) else None
        if ends is None:
            continue
        if out is None:
            out = []
        out += tokens[done:i]
        begin = 0
        for end in ends:
            out.append(Token(tok.text[begin:end - 1], low[begin:end - 1], tok.start + begin, tok.start + end - 1, "w"))
            begin = end
        done = i + 1
    if out is None:
        return tokens, lows
    out += tokens[done:]
    return out, lows_of(out)


def find_sectors(text: str | list[str]) -> list[str]:
    """Sector keys the text reports cooperation in, in the contract's order (the text: sentences, or one string
    taken line by line): ["Minsk and Kazan discussed supplies of tractors.", "The talks were held in the Palace of
    Culture."] -> ["machine_building"]."""
    sentences = text.splitlines() if isinstance(text, str) else text
    found: set[str] = set()
    keywords = vocabulary().keywords
    keywords.look_up([])  # the bound on the words kept, once for the text
    look_up = keywords.known.__getitem__
    for sentence in sentences:  # `sentence_sectors`, its look-ups in line
        tokens = tokens_of(sentence)
        lows = lows_of_text(sentence)
        if "-" in sentence:
            tokens, lows = _split_compounds(tokens, lows)
        starts = list(map(look_up, lows))
        if any(starts) and _may_start(starts, tokens, lows):
            found |= _graded_sectors(sentence, tokens, lows, starts)
    return [key for key in SECTOR_KEYS if key in found]
