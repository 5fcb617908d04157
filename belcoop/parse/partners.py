"""Who Belarus cooperates with in an article (partner, partners) and who the Belarusian party is."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from belcoop.parse.folded import FoldedPattern
from belcoop.parse.places import Gazetteer, Mention, country_of, drop_qualifiers
from belcoop.place import Place


@dataclass(frozen=True)
class Parties:
    partner: Place | None
    partners: list[Place]
    belarus_side: Place


def _weights(mention: Mention) -> float:
    if mention.is_city:
        return 0.5
    return {"place": 1.0, "city": 0.5, "demonym": 0.5}[mention.hit.type]


_IN_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+(?:city|capital)\s+of\s+)?$", re.IGNORECASE)


def _is_venue(text: str, mention: Mention) -> bool:
    """A city named as where things happen, not who takes part: a dateline ("TASHKENT, 15 June -"), or "in/at
    Tashkent". It still counts for its region, at half the weight: talks in a capital are the country's."""
    if mention.start == 0 and text[mention.start:mention.end].isupper():
        return True
    return bool(_IN_BEFORE.search(text, 0, mention.start))


def choose_parties(
    gaz: Gazetteer, title: str | None, sentences: list[str], mentions: Callable[[str], list[Mention]]
) -> Parties:
    """The headline counts most, then the lead; a region beats its own country when it is what the text is about."""
    score: dict[str, float] = defaultdict(float)
    named: dict[str, float] = defaultdict(float)  # mentions by the place's own name, not a city's or demonym's
    first_seen: dict[str, int] = {}
    order = 0
    blocks = [(title or "", 5.0)] + [(s, 2.0 if i < 2 else 1.0) for i, s in enumerate(sentences)]
    for text, weight in blocks:
        for m in drop_qualifiers(mentions(text)):
            code = m.hit.code
            if country_of(code) == "BY":
                continue
            score[code] += weight * _weights(m) * (0.5 if m.is_city and _is_venue(text, m) else 1.0)
            if m.hit.type == "place" and not m.is_city:
                named[code] += weight
            order += 1
            first_seen.setdefault(code, order)
    if not score:
        return Parties(None, [], _belarus_side(gaz, title, sentences, mentions))

    def rank(code: str) -> tuple[float, int]:
        return (score[code], -first_seen[code])

    # A country's score includes its regions', so a region wins only against the country's own mentions.
    countries: dict[str, float] = defaultdict(float)
    for code, s in score.items():
        countries[country_of(code)] += s
    best_country = max(countries, key=lambda c: (countries[c], -min(first_seen[k] for k in score if country_of(k) == c)))
    regions = [c for c in score if "-" in c and country_of(c) == best_country and gaz.place(c)]
    own = score.get(best_country, 0.0)
    best_region = max(regions, key=rank) if regions else None
    if best_region and score[best_region] >= 0.5 * own:
        main = best_region
    else:
        main = best_country
    if main != best_country and named[main] == 0 and (gaz.place(main) or _NOWHERE).kind == "city" and \
            not _paired_anywhere(blocks, mentions, main):
        main = best_country  # a capital known only as where things happen ("in Tashkent", "the Astana Forum")
    partner = gaz.place(main) or gaz.place(best_country)
    partners: list[Place] = [partner] if partner else []
    if partner and partner.kind == "country":
        for code in sorted(regions, key=lambda c: first_seen[c]):
            place = gaz.place(code)
            if place and place.kind != "city" and named[code] >= 1.0 and place not in partners:
                partners.append(place)
    if partner is not None:
        for code in _cooperating(blocks, mentions, partner) + _paired_countries(blocks, mentions, partner):
            place = gaz.place(code)
            if place and place not in partners:
                partners.append(place)
    return Parties(partner, partners, _belarus_side(gaz, title, sentences, mentions))


_WITH_BELARUS = re.compile(r"^\s*(?:and|[-–—])\s*$")
_SANCTIONS = FoldedPattern(r"\bsanction", required="sanction")


def _paired_countries(blocks: list[tuple[str, float]], mentions: Callable[[str], list[Mention]], partner: Place) -> list[str]:
    """Other countries named as Belarus' pair in a sentence about cooperation or trade ("Belarus and Nicaragua
    discussed tractor assembly", "the Belarusian-Cuban commission"), on a page whose main partner is another
    country. (A region's article leaves its own country out: "trade between Belarus and Russia" in a Perm Krai story.)"""
    found: list[str] = []
    for text, _weight in blocks:
        ms = drop_qualifiers(mentions(text))
        if len(ms) < 2 or not _COOPERATION.search(text) or _SANCTIONS.search(text):
            continue
        for one, other in itertools.pairwise(ms):
            pair = {country_of(one.hit.code) == "BY", country_of(other.hit.code) == "BY"}
            if pair != {True, False} or not _WITH_BELARUS.match(text[one.end:other.start]):
                continue
            if text[max(0, one.start - 2):one.start] in (", ", "(") or text[other.end:other.end + 1] == ",":
                continue  # one of a list: "the Customs Union (Russia, Belarus and Kazakhstan)"
            foreign = other if country_of(one.hit.code) == "BY" else one
            code = foreign.hit.code
            if "-" not in code and code != partner.country and code not in found:
                found.append(code)
    return found


_NOWHERE = Place(name="", code="", kind="", country="")


def _paired_anywhere(blocks: list[tuple[str, float]], mentions: Callable[[str], list[Mention]], code: str) -> bool:
    """Is the place named as a side somewhere ("between Minsk and Tashkent", "Tashkent and Minsk", "with Tashkent")?"""
    for text, _weight in blocks:
        for m in mentions(text):
            if m.hit.code == code and _paired(text, m, 20):
                return True
    return False


_COOPERATION = FoldedPattern(
    r"\b(?:cooperat\w*|co-operat\w*|partnership|trade|turnover|suppl(?:y|ies|ied|ying)|deliver\w*|exports?|imports?|"
    r"agreements?|memorand\w*|signed|joint|ties)\b",
    )


def _cooperating(blocks: list[tuple[str, float]], mentions: Callable[[str], list[Mention]], partner: Place) -> list[str]:
    """Other regions of the main partner's country named in a sentence about Belarus' cooperation or trade
    ("Belarus has experience of cooperation with other Siberian regions, for example, Sakhalin and Primorsky
    Krai"): partners too. (The country itself is left out: "sanctions against Russia and Belarus" and "as in
    trade between Belarus and Russia" name it without reporting cooperation with it.)"""
    found: list[str] = []
    if "-" not in partner.code:
        return found  # only the regions of a partner that is a region are looked for
    for text, _weight in blocks:
        ms = drop_qualifiers(mentions(text))
        regions = [m for m in ms if m.hit.type == "place" and not m.is_city and "-" in m.hit.code and m.hit.code != partner.code
                   and country_of(m.hit.code) == partner.country]
        if not regions or not any(country_of(m.hit.code) == "BY" for m in ms) or not _COOPERATION.search(text):
            continue
        for m in regions:
            if m.hit.code not in found:
                found.append(m.hit.code)
    return found


_POSSESSIVE_TRADE = re.compile(r"'s\s(?:trade|cooperation|export|import)")
_REGION_WORD = re.compile(r"\s(?:region|oblast)\b", re.IGNORECASE)
_PAIR = re.compile(r"\b(?:between|and|with|from)\s$|^\s(?:and|with)\b|^-|-$")  # "from": the side a flow comes from


_NEXT_WORD = re.compile(r"\s([A-Z][\w'-]*)")
_NOT_NAME_WORDS = frozenset(("Governor", "Mayor", "Chairman", "Head", "Oblast", "Region", "City", "Executive", "Regional",
                             "District", "Delegation", "Enterprises", "Companies"))


def _in_a_name(text: str, mention: Mention) -> bool:
    """Is the city the first word of a proper name ("Gomel Glass Plant", "Grodno Azot", "Minsk Tractor Works")?"""
    word = _NEXT_WORD.match(text, mention.end)
    return word is not None and word.group(1) not in _NOT_NAME_WORDS


def _paired(text: str, mention: Mention, reach: int = 8) -> bool:
    """Is the place named as one of two sides: "between X and", "and X", "X and", "X-", "X's trade" (within `reach`)?"""
    after = text[mention.end:mention.end + 8]
    return bool(_PAIR.search(text[max(0, mention.start - 12):mention.start]) or _PAIR.search(after)
                or _POSSESSIVE_TRADE.match(text[mention.end:mention.end + reach]))


def _belarus_side(gaz: Gazetteer, title: str | None, sentences: list[str], mentions: Callable[[str], list[Mention]]) -> Place:
    """Belarus, unless one of its oblasts (or Minsk city) is the party the article is about."""
    belarus = gaz.place("BY")
    assert belarus is not None
    score: dict[str, float] = defaultdict(float)
    blocks = [(title or "", 3.0)] + [(s, 1.0) for s in sentences]
    # Bare "Minsk" is the capital, a venue; it is the party only where the article names Minsk City itself.
    minsk_city = any(m.hit.code == "BY-HM" and not m.is_city for text, _w in blocks for m in mentions(text))
    for text, weight in blocks:
        ms = mentions(text)
        for _i, m in enumerate(ms):
            if country_of(m.hit.code) != "BY" or m.hit.type == "demonym":
                continue
            after = text[m.end:m.end + 8]
            paired = _paired(text, m)
            if m.hit.code == "BY":
                near_oblast = any(
                    o is not m and country_of(o.hit.code) == "BY" and o.hit.code != "BY" and abs(o.start - m.start) <= 45
                    for o in ms
                ) or _REGION_WORD.match(after)
                if near_oblast:
                    continue
                score["BY"] += weight * (2.0 if paired else 0.5) if weight == 1.0 else weight
            elif m.is_city:
                if m.hit.code == "BY-HM" and not (minsk_city and paired):
                    continue  # the capital is a venue, not a party
                if _in_a_name(text, m):
                    continue  # "Gomel Glass Plant", "Grodno Azot": a company, not the oblast as a party
                score[m.hit.code] += (2.0 if paired else 0.5) * (1.0 if weight == 1.0 else 2.0)
            else:
                # "Gomel Oblast signed ...", "Minsk region is expanding trade ...": the oblast as the subject
                subject = text[:m.start].strip(" \"'").lower() in ("", "the")
                score[m.hit.code] += weight + (2.0 if paired or subject else 0.0)
    oblasts = {c: s for c, s in score.items() if c != "BY"}
    if oblasts:
        best = max(oblasts, key=lambda c: oblasts[c])
        if oblasts[best] >= 2.0 and oblasts[best] > score.get("BY", 0.0):
            return gaz.place(best) or belarus
    return belarus
