"""Enterprises and bodies the article names: a list of well-known ones plus names with a telling head word.

A body's name never swallows the person printed after it ("Chamber of Commerce and Industry of Uzbekistan
Davron Vakhabov" -> the chamber, and the person among the people), nor a second body joined by "and"
("Gomselmash and Belarusian State Transport University" -> two names), nor the title printed before it
("Director of Aviation Department of the Ministry of Transport" -> the department).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from belcoop.parse.people import office_words
from belcoop.parse.trie import word_trie_pattern
from belcoop.vocab import read_data

_HEADS = (
    r"Plant|Works|Factory|Company|Holding|Group|Corporation|Concern|Association|University|Academy|Institute|"
    r"Ministry|Committee|Chamber of Commerce and Industry|Bank|Council|Agency|Service|Centre|Center|Park|Exchange|Organization|Organisation|JSC|OJSC|LLC|Ltd"
)
_HEAD_WORD = re.compile(rf"\b(?:{_HEADS})\b")
# One to six capitalised words (with "of", "of the", "and", "for" between them), a head word, and what the body is of:
# "Minsk Tractor Works", "Chamber of Commerce of Uzbekistan"; not from a word cut by a dash ("MENAFN- African Press
# Organization"). (The first word's boundary is looked for behind its capital, so that the engine can skip ahead to
# capitals.)
_NAMED = re.compile(
    rf"(?!(?:The|This|That|An?|In|On|At|By|For|From|Of|Our|Its|Their)\s)[A-Z](?<!\w[A-Z])[\w'-]*(?<!-)\s(?:of\s(?:the\s)?|and\s|for\s)?(?:[A-Z][\w'-]*\s(?:of\s(?:the\s)?|and\s|for\s)?){{0,5}}"
    rf"(?:{_HEADS})\b(?:\s(?:of|for)\s(?:the\s)?[A-Z][\w'-]*(?:\s(?:and\s)?[A-Z][\w'-]*){{0,3}})?"
)
# A body named by its head word first: "Chamber of Commerce and Industry of Uzbekistan", "Ministry of Investment,
# Industry and Trade of Uzbekistan", "Council of the Republic".
_FIRST_HEADS = ("Chamber", "Ministry", "Committee", "Council", "Agency", "Bank", "Union", "Association", "Academy",
                "Institute", "University", "Federation", "Fund", "Commission", "Assembly", "Administration")
_HEAD_FIRST = re.compile(
    r"(?:" + "|".join(_FIRST_HEADS) + r")\s(?:of|for)\s(?:the\s)?[A-Z][\w-]*"
    # a list inside the name, closed by "and": "Ministry of Food, Agriculture and Light Industry"
    r"(?:(?:,\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)+(?=,?\sand\s[A-Z]))?"
    r"(?:\s(?:of\s(?:the\s)?|for\s(?:the\s)?|on\s|and\s)?[A-Z][\w-]*){0,8}"
)


# Where a head word may stand, of either kind: a pattern of literals, which the engine looks for fast (their first
# letters); the rules below read the text at these places only.
def _by_first_letter(words: Iterable[str]) -> str:
    """An alternation of the words, grouped by their first letter in the order they come ("C(?:ompany|ouncil)|P..."):
    the same matches as the plain alternation (the words that can match at one place all start with its letter, and
    keep their order), found a third faster."""
    groups: dict[str, list[str]] = {}
    for word in words:
        rest = groups.setdefault(word[0], [])
        if word[1:] not in rest:
            rest.append(word[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(map(re.escape, rests))})" for first, rests in groups.items())


_ANY_HEAD = re.compile(_by_first_letter((*_HEADS.split("|"), *_FIRST_HEADS)))
_NOT_IN_NAME = re.compile(r"[^\w'\s-]")


def _head_positions(text: str) -> list[int]:
    """The starts of the words of _HEADS and _FIRST_HEADS in the text, whole words or not. (A word that a longer one
    hides, starting inside it, follows a letter or the inner space of "Chamber of Commerce and Industry", before
    words that are no heads: no rule reads a head there.)"""
    return [m.start() for m in _ANY_HEAD.finditer(text)]


def _head_first(text: str, heads: list[int]) -> list[tuple[int, int]]:
    """Spans of bodies named head word first, read at the head words' positions (no scan of every character)."""
    spans = []
    for at in heads:
        if at == 0 or not text[at - 1].isalnum():
            m = _HEAD_FIRST.match(text, at)  # None where no word of _FIRST_HEADS starts
            if m and not _CAPITALISED_BEFORE.search(text, max(0, at - 40), at):  # not "National Assembly of"
                spans.append((m.start(), m.end()))
    return spans


_CAPITALISED_BEFORE = re.compile(r"\b(?!The\s)[A-Z][\w'-]*\s$")  # "National Assembly of"; not "The Ministry of"


def _named(text: str, heads: list[int]) -> list[tuple[int, int]]:
    """The spans of _NAMED.finditer(text), read only over the runs of name characters that hold a head word.

    Every match of _NAMED holds a head word and is made of word characters, apostrophes, hyphens and white space
    only (its words, "of the", "and", "for", the head and what the body is of): it lies inside one run of those
    characters with a head word in it. A run's edges hold no word character, so the boundaries and look-arounds of
    _NAMED read the same there as over the whole text."""
    spans: list[tuple[int, int]] = []
    reverse: str | None = None
    n = len(text)
    done = 0  # the end of the last run read
    for at in heads:
        if at < done or not (at and text[at - 1].isspace()):
            continue  # read already, or no head of _NAMED, which follows a space
        if reverse is None:
            reverse = text[::-1]
        before = _NOT_IN_NAME.search(reverse, n - at)
        start = n - before.start() if before else 0
        after = _NOT_IN_NAME.search(text, at)
        done = after.start() if after else n
        spans += [m.span() for m in _NAMED.finditer(text, start, done)]
    return spans


_SKIP_START = re.compile(r"^(?:The|This|That|A|An|In|On|At|By|For|From|Of|Our|Its|Their|According|During|Both|Each)\s")
_AND = re.compile(r"\s(?:and|&)\s")


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """The names of data/organizations.txt and, for a one-word name in mixed case, its capitals ("BELAZ" for
    "BelAZ", "GOMSELMASH"), each with the name as the file writes it."""
    text = read_data("organizations.txt")
    names = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    spellings = {name: name for name in names}
    for name in names:
        if " " not in name and not name.isupper():
            spellings.setdefault(name.upper(), name)
    return spellings


@lru_cache(maxsize=1)
def _known() -> re.Pattern[str]:
    return re.compile(word_trie_pattern(list(_spellings())) + r"(?![\w-])")


def _find_word(text: str, words: str) -> tuple[int, int] | None:
    """Where `words` stand in `text` as whole words ("Ivanov" in "Council Ivanov", not in "Ivanovo")."""
    start = text.find(words)
    while start >= 0:
        end = start + len(words)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            return start, end
        start = text.find(words, start + 1)
    return None


def cut_at_person(name: str, people: Iterable[str]) -> list[str]:
    """The pieces of a matched body name around the people printed inside it.

    >>> cut_at_person("Chamber of Commerce and Industry of Uzbekistan Davron Vakhabov", ["Davron Vakhabov"])
    ['Chamber of Commerce and Industry of Uzbekistan']
    >>> cut_at_person("Mikhail Suchkov", ["Mikhail Suchkov", "Ivan Petrov"])
    []
    """
    pieces = [name]
    for person in people:
        if not pieces:
            break  # the name was all people's
        words = person.split()
        if len(words) > 1 and pieces[-1].endswith(" " + " ".join(words[:-1])):
            pieces[-1] = pieces[-1][:-len(" ".join(words[:-1]))].rstrip()  # "... Region Irina" (Irina Savina)
        out: list[str] = []
        for piece in pieces:
            span = _find_word(piece, person) or _find_word(piece, words[-1])
            if span is None:
                out.append(piece)
                continue
            head = piece[:span[0]].split()
            if head and len(words) > 1 and head[-1] in words[:-1]:
                head = head[:-1]  # the given name before the surname
            out += [" ".join(head), piece[span[1]:].strip()]
        pieces = [p for p in out if p]
    return pieces


def split_coordination(name: str) -> list[str]:
    """Two bodies joined by "and", each with its own head word, are two names.

    >>> split_coordination("MAZ and Ufa Tram and Trolleybus Plant")
    ['MAZ', 'Ufa Tram and Trolleybus Plant']
    >>> split_coordination("Gomselmash and Belarusian State Transport University")
    ['Gomselmash', 'Belarusian State Transport University']
    """
    for m in _AND.finditer(name):
        left, right = name[:m.start()], name[m.end():]
        if left.endswith("Commerce") and right.startswith("Industry"):
            continue  # "Chamber of Commerce and Industry" is one head
        known_left = _known().fullmatch(left) is not None
        if (_HEAD_WORD.search(left) or known_left) and _HEAD_WORD.search(right) and right[:1].isupper() and \
                left.split()[-1][:1].isupper():
            return [left, *split_coordination(right)]
    return [name]


def one_per_stretch(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """One body per stretch of text: where matches (start, end, kind) overlap, the one that starts first (then the
    longest) is read. The spans kept start at or before the next one looked at: one that is not empty meets one of
    them exactly when one ends after its start (no comparison with each)."""
    kept: list[tuple[int, int, int]] = []
    reach = -1  # the furthest end of a kept span
    for start, end, kind in sorted(spans, key=lambda se: (se[0], -se[1])):
        if (reach <= start) if start < end else not any(start < e and s < end for s, e, _k in kept):
            kept.append((start, end, kind))
            reach = max(reach, end)
    return kept


# An article names a dozen bodies at most (14 on the corpus's pages); a page naming thousands is read for its first
# names only, which keeps each new name's comparison with those found before short.
MAX_ORGANIZATIONS = 64


def name_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the bodies' names in `text` (the known names, those named head word first, those
    with a head word at the end), one per stretch: "[Belarusian Universal Commodity Exchange] and [the Uzbek
    Republican Commodity Exchange]". Other grammars read the words inside them as a name, not as their own words."""
    heads = _head_positions(text)
    spans = [(m.start(), m.end(), 0) for m in _known().finditer(text)]
    spans += [(start, end, 1) for start, end in _head_first(text, heads)]
    spans += [(start, end, 2) for start, end in _named(text, heads)]
    return [(start, end) for start, end, _kind in one_per_stretch(spans)]


def find_organizations(text: str, people: Iterable[str] = ()) -> list[str]:
    """Bodies and enterprises named in `text`, without the people (`people`: their names) printed next to them."""
    found: list[str] = []
    roles = office_words()
    persons = [p for p in people if p]

    def add(raw: str) -> None:
        for part in (p for piece in cut_at_person(raw, persons) for p in split_coordination(piece)):
            name = _SKIP_START.sub("", part.strip())
            words = name.split()
            # "China Chairman of Minsk Oblast Executive Committee", "Addressing Head of the Council of ...": what
            # stands before a title is no part of the body.
            lead = next((m for m in range(min(3, len(words) - 1)) if words[m].lower() in roles and m > 0
                         and words[m + 1] in ("of", "the") and not words[m].endswith("s")
                         and not _HEAD_WORD.search(" ".join(words[:m]))), None)
            if lead is not None:
                words = words[lead + 1:]
            # "Director of Aviation Department of the Ministry of Transport": the body, not the office.
            while words and (words[0].lower().rstrip(".'") in roles or words[0].lower() in ("of", "the", "and")
                             or words[0].endswith("'") or words[0].endswith("'s")):
                words = words[1:]
            while words and (words[-1].lower() in ("of", "the", "and", "for") or (
                    words[-1].lower() in roles and not words[-1].endswith("s"))):  # "... Council of Deputies" stays
                words = words[:-1]
            name = " ".join(words)
            if len(name) > 1 and name not in found and not any(name in f for f in found):
                found[:] = [f for f in found if f not in name]
                found.append(name)

    # (start, end, kind): the known names first, then bodies named head word first, then by a head word at the end
    spans = [(m.start(), m.end(), 0) for m in _known().finditer(text)]
    heads = _head_positions(text)
    spans += [(start, end, 1) for start, end in _head_first(text, heads)]
    spans += [(start, end, 2) for start, end in _named(text, heads)]
    spellings = _spellings()
    for start, end, kind in sorted(one_per_stretch(spans), key=lambda sek: (sek[2], sek[0])):
        if len(found) >= MAX_ORGANIZATIONS:
            break
        raw = text[start:end]
        add(spellings.get(raw, raw) if kind == 0 else raw)
    return found
