"""The gazetteer of places (data/places.tsv, data/cities.tsv) and how articles mention them.

Matching works on word tokens and a dictionary of alias n-grams rather than one huge regex
alternation, so it stays linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from belcoop.parse.tokens import Token, lows_of_text, tokens_of
from belcoop.place import Place
from belcoop.vocab import read_data

# Words that turn "Perm*" into its aliases, by kind of place.
_SUFFIXES = {
    "oblast": ["Oblast", "Region", "Province", "Regional", "oblast's", "State"],
    "krai": ["Krai", "Kray", "Territory", "Region", "Regional"],
    "republic": ["Republic", "Region"],
    "autonomous_okrug": ["Autonomous Okrug", "Autonomous District", "Okrug", "Region", "Autonomous Area"],
    "autonomous_oblast": ["Autonomous Oblast", "Autonomous Region"],
    "region": ["Region", "Oblast", "Province", "Voivodeship", "Regional", "Oblysy"],
    "federal_city": [],
    "city": [],
    "country": [],
}

_TOKEN = re.compile(r"[^\W\d_][\w]*(?:[-'][\w]+)*")
_SPLIT = re.compile(f"({_TOKEN.pattern})")  # a text cut into its words and what lies between them
_ASCII_SPLIT = re.compile(r"([A-Za-z][A-Za-z0-9_]*(?:[-'][A-Za-z0-9_]+)*)")  # the same over ASCII, without Unicode tables
MAX_NGRAM = 7


# After a short code in capitals, what makes it a currency: "US 130.5 million", "US$2 billion", "US $2 billion",
# "5 million US dollars".
_DIGIT_AFTER = re.compile(r"\s?(?:\d|\$)|\s(?:dollars?|cents?)\b")


_SINGULAR = {"regions": "region", "oblasts": "oblast", "territories": "territory", "krais": "krai", "provinces": "province",
             "republics": "republic"}
_HEADS = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _SINGULAR)  # "[Rr]egions|[Oo]blasts|..."
_PLURAL_HEAD = re.compile(rf"\b(?:{_HEADS})\b")
# What every plural head holds, looked for (in C) before the pattern is run: most sentences hold none.
_PLURAL_STEMS = tuple(w[1:] for w in _SINGULAR)  # "egions", "blasts", ...
_HEAD_WORDS = frozenset(_SINGULAR)  # the heads in lower case
_NAME = r"[A-Z][\w'-]*"
# (The look-behind stands after the first capital, as in _HYPHENATED below: the engine skips ahead to capitals.)
_COORDINATED = re.compile(rf"(?P<a>[A-Z](?<![\w-][A-Z])[\w'-]*)(?:,\s+(?P<b>{_NAME}))?,?\s+and\s+(?P<c>{_NAME})\s+(?P<head>{_HEADS})\b")
# Capitalised words joined by hyphens, not inside a longer word. The pattern opens on the capital and looks back at the
# character before it, so that the engine skips ahead to capitals (opening on the look-behind, it is tried everywhere).
_HYPHENATED = re.compile(r"[A-Z](?<![\w-][A-Z])[\w']*(?:-[A-Z][\w']*)+(?![\w-])")
_KNOWN_WORDS = 200_000
_HYPHEN_CAPITAL = re.compile("-[A-Z]")  # what every name of _HYPHENATED holds, looked for first (a literal: fast)
_LETTER = re.compile(r"[^\W\d_]")  # what a word begins with
# A word that runs on into a digit or "_" ("Q1", "MAZ-5440", "COVID_19"): a word of the gazetteer goes on through them,
# a token of belcoop.parse.tokens stops before them, so a text that has one is cut into words of its own (few are).
# (The patterns open on the digit and look back from it: the engine skips ahead to digits, which most texts have few of.)
_GLUED = re.compile(r"[\d_](?:(?<=[^\W\d_].)|(?<=[^\W\d_]['-].))")
_ASCII_GLUED = re.compile(r"[0-9_](?:(?<=[A-Za-z].)|(?<=[A-Za-z]['-].))")


class _WordInfo(dict[str, tuple[str, bool, bool]]):
    """Token text -> (its normal form, whether it opens a look-up: a capitalised word that is the first word of an
    alias, whether it is a word at all: begins with a letter), filled as tokens are met (the same words come back
    sentence after sentence)."""

    def __init__(self, starts: set[str]) -> None:
        super().__init__()
        self.starts = starts

    def __missing__(self, token: str) -> tuple[str, bool, bool]:
        norm = _norm(token)
        is_word = _LETTER.match(token) is not None
        info = self[token] = (norm, is_word and token[0].isupper() and norm in self.starts, is_word)
        return info


class _Opens(dict[str, bool]):
    """Token text -> whether it opens a look-up (of _WordInfo), the one thing asked of most tokens."""

    def __init__(self, known: _WordInfo) -> None:
        super().__init__()
        self.known = known

    def __missing__(self, token: str) -> bool:
        opens = self[token] = self.known[token][1]
        return opens


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_norm(m.group(0)) for m in _TOKEN.finditer(text))


def _norm(token: str) -> str:
    token = token.lower()
    if token.endswith("'s"):
        token = token[:-2]
    return token


def read_places(places_tsv: str) -> list[tuple[Place, list[str], list[str]]]:
    """(place, names and aliases, demonyms) for every row of data/places.tsv, with "X*" aliases expanded."""
    rows = []
    for line in places_tsv.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, kind, country, name, aliases, demonyms = (line.split("\t") + [""] * 6)[:6]
        names = [name]
        for alias in filter(None, aliases.split(";")):
            if alias.endswith("*"):
                names.extend(f"{alias[:-1]} {suffix}" for suffix in _SUFFIXES[kind])
                if kind == "republic":
                    names.append(f"Republic of {alias[:-1]}")
            else:
                names.append(alias)
        rows.append((Place(name=name, code=code, kind=kind, country=country), names, list(filter(None, demonyms.split(";")))))
    return rows


def read_cities(cities_tsv: str) -> list[tuple[str, list[str], str]]:
    """(city, its names, the code of its region or country) for every row of data/cities.tsv."""
    rows = []
    for line in cities_tsv.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, code = (line.split("\t") + ["", ""])[:3]
        rows.append((name, [name, *filter(None, aliases.split(";"))], code))
    return rows


@dataclass(frozen=True)
class Hit:
    """What an alias n-gram means: a place (region/country), a city, or a demonym of a country."""

    type: str  # "place" | "city" | "demonym"
    code: str
    name: str


class Mention:
    """Words of a text that name a place: character span, the words, and every meaning of them, the place first
    ("Minsk": the city BY-HM and the city). What the rules ask most (the first meaning, the city among them) is
    worked out once, when the mention is made. Never changed once made; equal when span, words and meanings are."""

    __slots__ = ("start", "end", "text", "hits", "hit", "city", "is_city")

    start: int
    end: int
    text: str
    hits: tuple[Hit, ...]
    hit: Hit
    city: Hit | None
    is_city: bool  # words that name a city ("Minsk", "Moscow"), even where the city is also a place of its own

    def __init__(self, start: int, end: int, text: str, hits: tuple[Hit, ...]) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.hits = hits
        self.hit = hit = hits[0]
        city = None
        for h in hits:  # (a loop, not next() over a generator: a mention is made for most capitalised names)
            if h.type == "city":
                city = h
                break
        self.city = city
        self.is_city = city is not None and city.code == hit.code or hit.type == "city"

    def _key(self) -> tuple[int, int, str, tuple[Hit, ...]]:
        return (self.start, self.end, self.text, self.hits)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mention) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Mention(start={self.start!r}, end={self.end!r}, text={self.text!r}, hits={self.hits!r})"


def _own_words(text: str) -> list[Token]:
    """The text cut into the gazetteer's own words ("Q1", "MAZ-5440": a word runs on through digits), as tokens: each
    word, and between two words whatever else lies there, stripped of space ("." or ", "), as one token."""
    parts = (_ASCII_SPLIT if text.isascii() else _SPLIT).split(text)  # between, word, between, word, ..., between
    found: list[Token] = []
    at = 0
    for k, part in enumerate(parts):
        if k % 2:
            found.append(Token(part, "", at, at + len(part), "w"))
        elif (between := part.strip()):
            start = at + part.index(between[0])
            found.append(Token(between, "", start, start + len(between), "p"))
        at += len(part)
    return found


def _word_before(known: _WordInfo, tokens: list[Token], i: int) -> str | None:
    """The normal form of the word before token i, if any."""
    for k in range(i - 1, -1, -1):
        info = known[tokens[k].text]
        if info[2]:
            return info[0]
    return None


_CONTINENT_NAMES = frozenset(("america", "americas", "american"))  # (an alias of the United States alone)
_CONTINENT_PARTS = frozenset(("latin", "north", "south", "central"))


class Gazetteer:
    def __init__(self, places_tsv: str, cities_tsv: str) -> None:
        self.places: dict[str, Place] = {}
        self._building: dict[tuple[str, ...], list[Hit]] = {}
        self.index: dict[tuple[str, ...], tuple[Hit, ...]] = {}
        self.starts: set[str] = set()  # first words of every alias: other words cannot start a mention
        for place, names, demonyms in read_places(places_tsv):
            self.places[place.code] = place
            for n in names:
                self._add(n, Hit("place", place.code, place.name))
            for demonym in demonyms:
                self._add(demonym, Hit("demonym", place.code, place.name))
        for name, names, code in read_cities(cities_tsv):
            for n in names:
                self._add(n, Hit("city", code, name))
        self.index = {key: tuple(hits) for key, hits in self._building.items()}
        # the words that begin a longer alias ("nizhny", "nizhny novgorod"): a look-up goes on only from these
        self._opening = {key[:k] for key in self.index for k in range(1, len(key))}
        # one-word aliases by their word; every word that begins a longer alias -> the words that follow it in one
        self._singles = {key[0]: hits for key, hits in self.index.items() if len(key) == 1}
        self._following: dict[str, set[str]] = {}
        for key in self.index:
            if len(key) > 1:
                self._following.setdefault(key[0], set()).add(key[1])
        self._building = {}
        self._known = _WordInfo(self.starts)  # word -> (normal form, whether it opens a look-up, whether a word)
        self._opens = _Opens(self._known)  # word -> whether it opens a look-up

    _PRIORITY = {"place": 0, "city": 1, "demonym": 2}

    def _add(self, alias: str, hit: Hit, joined: bool = True) -> None:
        alias = re.sub(r"^the\s+", "", alias.strip())
        key = _tokens(alias)
        if not key or len(key) > MAX_NGRAM:
            return
        if len(key) >= 2 and "-" not in key[0] and joined:
            # "North-Kazakhstan region", "Nizhny-Novgorod": the first two words of a name written with a hyphen
            self._add(alias.replace(" ", "-", 1), hit, joined=False)
        self.starts.add(key[0])
        hits = self._building.setdefault(key, [])
        if any(h.type == hit.type for h in hits):
            return  # the first entry of a kind wins: "Kazan" the city of Tatarstan, not a later alias
        hits.append(hit)
        hits.sort(key=lambda h: self._PRIORITY[h.type])

    # ------------------------------------------------------------------ finding mentions

    def mentions(self, text: str) -> list[Mention]:
        """Longest-match mentions of places, cities and demonyms, left to right.

        The words are the text's tokens (belcoop.parse.tokens, built once per sentence for every reader), or, where a
        word runs on into a digit ("Q1"), the gazetteer's own words. Only a capitalised word that starts an alias opens
        a look-up; what each token is (its normal form, whether it opens a look-up, whether it is a word) is kept per
        token text. The words of an alias follow each other with nothing but space, or one full stop, between them.
        """
        known = self._known
        if len(known) > _KNOWN_WORDS:
            known.clear()  # a bound on memory over a long run
            self._opens.clear()
        glued = (_ASCII_GLUED if text.isascii() else _GLUED).search(text) is not None
        tokens = _own_words(text) if glued else tokens_of(text)
        n = len(tokens)
        index = self.index
        opening = self._opening
        singles = self._singles
        following = self._following
        found: list[Mention] = []
        after = 0  # the first token not yet inside a mention
        # the tokens that open a look-up (found in C); only the words after them are asked what they are
        for i in compress(range(n), map(self._opens.__getitem__, [t.text for t in tokens])):
            if i < after:
                continue
            norm = known[tokens[i].text][0]
            hits = singles.get(norm)  # the meanings of the longest alias yet, tokens i..last
            last = k = i
            seconds = following.get(norm)  # (None: no alias goes on from this word)
            if seconds is not None:
                k += 1
                info = known[tokens[k].text] if k < n else None
                if info is not None and info[0] == ".":
                    k += 1  # "St. Petersburg"
                    info = known[tokens[k].text] if k < n else None
                # the second word, asked of the words that follow the first in some alias before any look-up
                if info is not None and info[2] and info[0] in seconds:
                    key: tuple[str, ...] = (norm, info[0])
                    for _ in range(MAX_NGRAM - 1):
                        meanings = index.get(key)
                        if meanings is not None and not (key[-1] == "state" and k + 1 < n and tokens[k + 1].text[0].isupper()):
                            # (an oblast told as a "State" by a translation from Chinese, "Vitebsk State of Belarus",
                            # but not the city's "Vitebsk State University")
                            hits = meanings
                            last = k
                        if key not in opening:
                            break  # no alias goes on from these words
                        k += 1
                        info = known[tokens[k].text] if k < n else None
                        if info is not None and info[0] == ".":
                            k += 1
                            info = known[tokens[k].text] if k < n else None
                        if info is None or not info[2]:
                            break  # the alias's words end at anything else
                        key = key + (info[0],)
            if hits is None:
                continue
            start = tokens[i].start
            end = tokens[last].end
            after = last + 1
            word = tokens[i].text
            if len(word) <= 3 and word.isupper() and _DIGIT_AFTER.match(text, end):
                continue  # "US 130.5 million" is a currency, not the United States
            if last == i and norm in _CONTINENT_NAMES and _word_before(known, tokens, i) in _CONTINENT_PARTS:
                continue  # "Latin America", "North America": a part of a continent, not the United States
            found.append(Mention(start, end, text[start:end], hits))
        # (A plural head stands after white space, so it begins a token: the token's lower-cased form is the head, or
        # it runs on into "-" or "'", "regions-based". The sentence's cached lower-cased words are asked first.)
        if (glued or "-" in text or "'" in text or not _HEAD_WORDS.isdisjoint(lows_of_text(text))) \
                and any(map(text.__contains__, _PLURAL_STEMS)) and _PLURAL_HEAD.search(text) is not None:
            found = self._coordinated(text, found)
        if "-" in text and _HYPHEN_CAPITAL.search(text) is not None:
            found = self._hyphenated(text, found)
        return found

    def _hyphenated(self, text: str, found: list[Mention]) -> list[Mention]:
        """Places joined by a hyphen into one word: "Belarus-Uzbekistan trade", "the Russia-Belarus forum",
        "Kazakh-Belarusian talks" name each. A word that is itself a name ("Ust-Kamenogorsk") was found whole
        before; only words whose every part is capitalised are split ("Mogilev-based" is not)."""
        added: list[Mention] = []
        for m in _HYPHENATED.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            start = m.start()
            for part in m.group(0).split("-"):
                hits = self.index.get((_norm(part),))
                if hits:
                    added.append(Mention(start, start + len(part), part, hits))
                start += len(part) + 1
        if not added:
            return found
        return sorted(found + added, key=lambda x: x.start)

    def _coordinated(self, text: str, found: list[Mention]) -> list[Mention]:
        """Places named with one shared plural head: "Leningrad and Murmansk regions", "the Mogilev, Vitebsk and
        Gomel oblasts" name Leningrad Region and Murmansk Region, each. A name that is no place with the head in
        the singular keeps what it was."""
        added: list[Mention] = []
        for m in _COORDINATED.finditer(text):
            head = _SINGULAR[m.group("head").lower()]
            for name in ("a", "b", "c"):
                if m.group(name) is None:
                    continue
                hits = self.index.get((*_tokens(m.group(name)), head))
                places = tuple(h for h in hits or () if h.type == "place")
                if places:
                    start, end = m.span(name)
                    added.append(Mention(start, end, text[start:end], places))
        if not added:
            return found
        kept = [f for f in found if not any(a.start < f.end and f.start < a.end for a in added)]
        return sorted(kept + added, key=lambda x: x.start)

    def place(self, code: str) -> Place | None:
        return self.places.get(code)


def _key(text: str) -> str:
    text = re.sub(r"^the\s+", "", text.strip().lower())
    return re.sub(r"[^\w]+", " ", text.replace("'s ", " ")).strip()


class Resolver:
    """Names, aliases, cities and codes to places, without the mention index (fast to build for the CLI)."""

    def __init__(self, places_tsv: str, cities_tsv: str) -> None:
        self.places: dict[str, Place] = {}
        self.aliases: dict[str, list[str]] = {}
        self.index: dict[str, str] = {}
        for place, names, _demonyms in read_places(places_tsv):
            self.places[place.code] = place
            self.aliases[place.code] = names
            for n in names:
                self.index.setdefault(_key(n), place.code)
        for _name, names, code in read_cities(cities_tsv):
            for n in names:
                self.index.setdefault(_key(n), code)

    def resolve(self, query: str) -> Place | None:
        """A place from a name, alias, city or ISO code, case-insensitively ("Perm" -> Perm Krai)."""
        q = query.strip()
        if q.upper() in self.places:
            return self.places[q.upper()]
        code = self.index.get(_key(q))
        return self.places.get(code) if code else None

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """Names of places whose name, alias or leading word is close to `query` ("Pern" -> Perm Krai)."""
        import difflib

        q = query.strip().lower()
        scored: dict[str, float] = {}
        for code, aliases in self.aliases.items():
            name = self.places[code].name
            for alias in aliases:
                a = alias.lower()
                ratio = max(
                    difflib.SequenceMatcher(None, q, a).ratio(),
                    difflib.SequenceMatcher(None, q, a.split()[0]).ratio() - 0.02,
                )
                if ratio > scored.get(name, 0.0):
                    scored[name] = ratio
        best = [(r, n) for n, r in scored.items() if r >= 0.6]
        return [n for _r, n in sorted(best, key=lambda rn: (-rn[0], rn[1]))][:limit]


@lru_cache(maxsize=1)
def resolver() -> Resolver:
    return Resolver(read_data("places.tsv"), read_data("cities.tsv"))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(read_data("places.tsv"), read_data("cities.tsv"))


def country_of(code: str) -> str:
    return code.split("-")[0]


def drop_qualifiers(mentions: list[Mention]) -> list[Mention]:
    """Drop a country named only to qualify its region: "Russia's Perm Krai", "Tula Oblast of Russia"."""
    keep: list[Mention] = []
    for i, m in enumerate(mentions):
        code = m.hit.code
        if "-" not in code and m.hit.type == "place":
            prev = mentions[i - 1] if i else None
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt and nxt.start - m.end <= 4 and country_of(nxt.hit.code) == code and "-" in nxt.hit.code:
                continue
            if prev and m.start - prev.end <= 5 and country_of(prev.hit.code) == code and "-" in prev.hit.code:
                continue
        keep.append(m)
    return keep
