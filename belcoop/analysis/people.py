"""People across articles: the parser's people of each article (already merged within it) made into persons.

Spellings of one name are one person when their family names agree but for transliteration
(Lukashenko, Lukashenka) and so do their given names (Alexander, Aleksandr, Aliaksandr, Alyaksandr;
an initial, "A." or "R.A.", agrees with any given name it begins). Names agree but for transliteration
when their consonant skeletons are the same (x = ks, kh = h, y, j and vowels dropped after the first
letter) and they differ by few letters (a long name by more: one in five, or half of what exceeds four letters), or by one letter in a long name (a typo);
a feminine form (Ivanova beside Ivanov) is another person. A family name alone, or with initials, joins
the one person of that family name it can be (none, or several: it stays on its own).

A role is a title: cut at a clause boundary (", provides ...", ", and Zyznevsky"), never longer than
80 characters, never ending in a cut word or a dangling "of"; "Mr." is no role. Variants of one title
("Belarusian President", "President of the Republic of Belarus") are shown once, as most often written.
A person's country is what their roles say where they name one ("Ambassador of India to Belarus": IN;
"Belarusian Ambassador to Russia": BY), else the country the articles give them most often.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

MAX_ROLE = 80


class Mention(NamedTuple):
    """One person as one article names them."""

    article_id: int
    record_id: str
    date: str | None
    partner: str | None  # the article's partner, by name
    name: str
    role: str | None
    country: str | None


@dataclass
class Person:
    name: str  # the spelling most articles use
    spellings: list[str]
    roles: list[str]
    country: str | None
    articles: list[int] = field(default_factory=list)  # article ids, in the order of the mentions
    records: list[str] = field(default_factory=list)  # their record ids
    partners: list[str] = field(default_factory=list)


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


_HONORIFIC = {"mr", "mrs", "ms", "dr", "sir", "madam", "mister", "mme", "m"}


@lru_cache(maxsize=1)
def _surnames_first() -> frozenset[str]:
    from belcoop.vocab import read_data

    words = " ".join(line for line in read_data("surnames_first.txt").splitlines() if not line.startswith("#"))
    return frozenset(fold(w) for w in words.split())


class Name(NamedTuple):
    given: str  # the first given name, folded ("" when none); one letter when an initial
    family: str  # folded


def split_name(name: str) -> Name:
    words = [w for w in re.split(r"[\s.]+", name.replace("\u2019", "'")) if w]
    words = [w for w in words if fold(w).rstrip(".") not in _HONORIFIC] or words
    folded = [fold(w).strip("'-") for w in words]
    folded = [w for w in folded if w]
    if not folded:
        return Name("", fold(name))
    if len(folded) == 1:
        return Name("", folded[0])
    if folded[0] in _surnames_first() and len(folded[0]) > 1:
        return Name(folded[1], folded[0])
    return Name(folded[0], folded[-1])


_SOUNDS = [("shch", "sh"), ("sch", "sh"), ("x", "ks"), ("kh", "h"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("tz", "ts"),
           ("dzh", "j"), ("zh", "j"), ("j", "y"), ("q", "k")]


def _normal(word: str) -> str:
    for old, new in _SOUNDS:
        word = word.replace(old, new)
    return word


def skeleton(word: str) -> str:
    """The consonants of a name after its first letter ("lukashenko", "lukashenka" -> "lkshnk")."""
    word = _normal(word)
    if not word:
        return ""
    rest = re.sub(r"[aeiouy']", "", word[1:])
    first = "a" if word[0] in "aeiouy" else word[0]
    return re.sub(r"(.)\1+", r"\1", first + rest)


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def same_word(a: str, b: str) -> bool:
    """Two spellings of one name (transliteration, or one typo in a long name); not a feminine form of the other."""
    if a == b:
        return True
    if a + "a" == b or b + "a" == a:  # Ivanov, Ivanova
        return False
    na, nb = _normal(a), _normal(b)
    d = _distance(na, nb)
    longest = max(len(na), len(nb))
    if skeleton(a) == skeleton(b) and d <= max(longest // 5, (longest - 4) // 2):
        return True
    return min(len(a), len(b)) >= 6 and d <= 1


def same_given(a: str, b: str) -> bool:
    if not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return same_word(a, b)


# ---------------------------------------------------------------- roles

# Where a title ends and the sentence goes on: ", provides an ...", ", who ...", ", and Zyznevsky" (a name last),
# " said ...". A list inside a title ("timber, woodworking, pulp and paper industry concern") is no boundary.
_CLAUSE = re.compile(r",\s+(?=(?:who|which|that|where|while|when|as|has|have|had|is|was|were|will|said|noted)\b"
                     r"|and\s+(?:[a-z]|[A-Z][\w'-]*$)|[a-z]+(?:s|ed|ing)\s+(?:a|an|the|to|that|[a-z]+ly)\b)"
                     r"|\s+(?:who|which|said|says|noted|stressed|added)\b")
_LEADING = re.compile(r"^(?:today|now|then|also|currently|here|there)\s+", re.IGNORECASE)
_DANGLING = re.compile(r"[\s,;:–—-]+$|\s+(?:of|the|and|for|in|on|to|with|at|by|a|an|from|de|del)$", re.IGNORECASE)


def clean_role(role: str | None) -> str | None:
    """A title, or None: cut at the first clause boundary, at most 80 characters, ending on a whole word."""
    if not role:
        return None
    text = " ".join(role.split())
    match = _CLAUSE.search(text)
    if match:
        text = text[:match.start()]
    text = _LEADING.sub("", text)
    if len(text) > MAX_ROLE:
        cut = text[:MAX_ROLE + 1]
        text = cut[:cut.rfind(" ")] if " " in cut else ""  # one word longer than the bound is no title
    previous = None
    while previous != text:
        previous, text = text, _DANGLING.sub("", text)
    if not text or fold(text).rstrip(".") in _HONORIFIC or not re.search(r"[A-Za-z]{2}", text):
        return None
    return text[0].upper() + text[1:] if text[0].islower() and " " not in text else text


_BELARUS = re.compile(r"\b(?:belarusian|belarussian|belorussian|byelorussian|belarus'?|of the republic of belarus|of belarus)\b")


def role_key(role: str) -> frozenset[str]:
    """What makes two spellings of a title one ("Belarusian President" ~ "President of the Republic of Belarus")."""
    text = _BELARUS.sub(" belarus ", fold(role))
    return frozenset(w for w in re.findall(r"[a-z]+", text) if w not in ("of", "the", "republic", "s"))


# ---------------------------------------------------------------- countries in roles

_OFFICE = r"(?:Ambassador|Envoy|Consul(?:\s+General)?|Plenipotentiary|Charg[eé] d'Affaires|Trade Representative)"


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    from belcoop.vocab import read_data

    found = {"belarusian": "BY", "belarussian": "BY", "belorussian": "BY", "belarus": "BY"}
    for line in read_data("people.tsv").splitlines():
        if line.startswith("demonym\t"):
            for entry in line.split("\t", 1)[1].split(";"):
                if "=" in entry:
                    word, code = entry.split("=", 1)
                    found[fold(word.strip())] = code.strip()
    return found


def role_country(role: str, resolve: Callable[[str], str | None]) -> str | None:
    """The country a diplomat's title names as theirs: "Ambassador of India to Belarus", "Tajikistan's Ambassador",
    "Cuban Ambassador", "Belarusian Ambassador to Russia"; None for other titles."""
    of = re.search(rf"\b{_OFFICE}\b(?:\s+Extraordinary and Plenipotentiary)?\s+of\s+(?:the\s+)?(.+?)(?:\s+(?:to|in|at)\b|$)", role)
    if of:
        return resolve(of.group(1))
    before = re.search(rf"(?:^|\s)([A-Z][\w'’ -]*?)(?:'s|’s)?\s+(?:Extraordinary and Plenipotentiary\s+)?{_OFFICE}\b", role)
    if before:
        words = before.group(1).split()
        demonym = _demonyms().get(fold(words[-1])) if words else None
        return demonym or resolve(before.group(1))
    return None


# ---------------------------------------------------------------- merging


def merge(mentions: Iterable[Mention], resolve: Callable[[str], str | None]) -> list[Person]:
    """The persons these mentions name, most articles first (then by name)."""
    mentions = list(mentions)
    forms: dict[str, Name] = {m.name: split_name(m.name) for m in mentions}
    by_family: dict[str, list[str]] = {}
    for spelling, parsed in forms.items():
        by_family.setdefault(skeleton(parsed.family), []).append(spelling)
    cluster_of: dict[str, int] = {}
    clusters: list[list[str]] = []
    order = {name: i for i, name in reversed(list(enumerate(m.name for m in mentions)))}
    for spellings in by_family.values():
        spellings.sort(key=lambda s: (len(forms[s].given) <= 1, order[s]))  # full given names first
        local: list[int] = []
        for spelling in spellings:
            parsed = forms[spelling]
            # A full name joins the person one of whose full names it agrees with; initials or a family name
            # alone, the one person they can be.
            fits = [c for c in local if same_word(forms[clusters[c][0]].family, parsed.family)
                    and any(same_given(forms[other].given, parsed.given) for other in clusters[c])]
            if len(fits) == 1:
                clusters[fits[0]].append(spelling)
                cluster_of[spelling] = fits[0]
            else:
                cluster_of[spelling] = len(clusters)
                local.append(len(clusters))
                clusters.append([spelling])
    people: dict[int, Person] = {}
    spelled: dict[int, Counter[str]] = {}
    roles: dict[int, dict[frozenset[str], Counter[str]]] = {}
    countries: dict[int, Counter[str]] = {}
    named: dict[int, str | None] = {}
    for m in mentions:
        c = cluster_of[m.name]
        person = people.setdefault(c, Person(m.name, [], [], None))
        counts = spelled.setdefault(c, Counter())
        if m.article_id not in person.articles:
            person.articles.append(m.article_id)
            person.records.append(m.record_id)
            counts[m.name] += 1
        else:
            counts[m.name] += 0  # every spelling is listed, even one met only beside another in one article
        if m.partner and m.partner not in person.partners:
            person.partners.append(m.partner)
        role = clean_role(m.role)
        if role:
            variants = roles.setdefault(c, {}).setdefault(role_key(role), Counter())
            variants[role] += 1
            if named.get(c) is None:
                named[c] = role_country(role, resolve)
        if m.country:
            countries.setdefault(c, Counter())[m.country] += 1
    for c, person in people.items():
        counts = spelled.get(c, Counter())
        # The spelling most articles use, a full name rather than a bare family name or initials.
        person.spellings = sorted(counts, key=lambda s: (len(forms[s].given) <= 1, -counts[s], order[s]))
        person.name = person.spellings[0]
        person.roles = [variants.most_common(1)[0][0] for variants in roles.get(c, {}).values()]
        common = countries.get(c)
        person.country = named.get(c) or (common.most_common(1)[0][0] if common else None)
    return sorted(people.values(), key=lambda p: (-len(p.articles), p.name))


class Together(NamedTuple):
    person: Person
    shared: list[str]  # record ids of the articles both appear in
    partners: list[str]


def appearing_with(people: list[Person], target: Person, partners_of: dict[int, str | None]) -> list[Together]:
    """Who appears in the same articles as `target`: most shared articles first."""
    mine = set(target.articles)
    found = []
    for person in people:
        if person is target:
            continue
        shared = [(a, r) for a, r in zip(person.articles, person.records, strict=True) if a in mine]
        if shared:
            partners = list(dict.fromkeys(p for a, _r in shared if (p := partners_of.get(a))))
            found.append(Together(person, [r for _a, r in shared], partners))
    return sorted(found, key=lambda t: (-len(t.shared), t.person.name))
