"""Who Belarus cooperates with in an article (partner, partners) and who the Belarusian party is."""

from __future__ import annotations

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


_TYPE_WEIGHTS = {"place": 1.0, "city": 0.5, "demonym": 0.5}


def _weights(mention: Mention) -> float:
    if mention.is_city:
        return 0.5
    return _TYPE_WEIGHTS[mention.hit.type]


_IN_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+(?:city|capital)\s+of\s+)?$", re.IGNORECASE)
# The same read backwards from the mention over the reversed text: a match at one place instead of a search over
# all the text before it. (Its end, "$" at the mention, is where the reversed match starts; "\b" is the same either
# way round.)
_IN_BEFORE_REVERSED = re.compile(r"\s+(?:fo\s+(?:ytic|latipac)\s+eht\s+)?(?:ni|ta)\b", re.IGNORECASE)


def _is_venue(text: str, mention: Mention, reverse: str | None = None) -> bool:
    """A city named as where things happen, not who takes part: a dateline ("TASHKENT, 15 June -"), or "in/at
    Tashkent". It still counts for its region, at half the weight: talks in a capital are the country's.
    (`reverse`: text[::-1], when the caller has it.)"""
    if mention.start == 0 and text[mention.start:mention.end].isupper():
        return True
    if reverse is None:
        reverse = text[::-1]
    return _IN_BEFORE_REVERSED.match(reverse, len(text) - mention.start) is not None


def choose_parties(
    gaz: Gazetteer, title: str | None, sentences: list[str], mentions: Callable[[str], list[Mention]]
) -> Parties:
    """The headline counts most, then the lead; a region beats its own country when it is what the text is about."""
    score: dict[str, float] = defaultdict(float)
    named: dict[str, float] = defaultdict(float)  # mentions by the place's own name, not a city's or demonym's
    first_seen: dict[str, int] = {}
    pair_bonus: dict[str, float] = defaultdict(float)  # country -> extra weight of its places named as Belarus' pair
    order = 0
    blocks = [(title or "", 5.0)] + [(s, 2.0 if i < 2 else 1.0) for i, s in enumerate(sentences)]
    kept = [_unqualified(mentions(text)) if text else [] for text, _weight in blocks]  # each block's, once
    # Belarus' pairs, once (a pair is of two places at least)
    pairs_of = [_pairs(text, ms) if len(ms) >= 2 else [] for (text, _weight), ms in zip(blocks, kept, strict=True)]
    for (text, weight), ms, paired in zip(blocks, kept, pairs_of, strict=True):
        if not ms:
            continue
        reverse: str | None = None  # text[::-1], made for the first city (`_is_venue`)
        for m in ms:
            hit = m.hit
            code = hit.code
            if _belarusian(code):
                continue
            is_city = m.is_city
            mention_weight = 0.5 if is_city else _TYPE_WEIGHTS[hit.type]  # (`_weights`)
            if is_city and reverse is None:
                reverse = text[::-1]
            # (a city's region, or a country's, is never `_located_in`: its test asked only of a region)
            score[code] += weight * mention_weight * (0.5 if is_city and _is_venue(text, m, reverse) or (
                "-" in code and not is_city and _located_in(text, m, ms)) else 1.0)
            if paired and m in paired:  # "Belarus and Zimbabwe signed ...": named as Belarus' own pair, the article's partner
                pair_bonus[country_of(code)] += 0.5 * weight * mention_weight
            if not is_city and hit.type == "place":
                named[code] += weight
            order += 1
            first_seen.setdefault(code, order)
    if not score:
        return Parties(None, [], _belarus_side(gaz, title, sentences, mentions))

    def rank(code: str) -> tuple[float, int]:
        return (score[code], -first_seen[code])

    # A country's score includes its regions', so a region wins only against the country's own mentions.
    # (Belarus' pair weighs more among countries only: "Belarus and Russia" says nothing of which Russian region leads.)
    countries: dict[str, float] = defaultdict(float, pair_bonus)
    first_in: dict[str, int] = {}  # the country -> when one of its places was first seen
    for code, s in score.items():
        country = country_of(code)
        countries[country] += s
        first_in[country] = min(first_in.get(country, first_seen[code]), first_seen[code])
    best_country = max(countries, key=lambda c: (countries[c], -first_in[c]))
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
    elif partner is not None:
        # "visited Bryansk Oblast and Kursk Oblast": another region of the country, named about as much, is a party too
        for code in sorted(regions, key=lambda c: first_seen[c]):
            place = gaz.place(code)
            if place and place.kind != "city" and place not in partners and named[code] >= 1.0 and \
                    score[code] >= 0.5 * score[partner.code]:
                partners.append(place)
    if partner is not None:
        for code in _cooperating(blocks, kept, partner) + _paired_countries(blocks, pairs_of, partner) + _enumerated(blocks, kept) \
                + _visited(blocks, kept) + _provinces_of(blocks, kept, partner) + _cooperation_objects(blocks, kept, partner):
            place = gaz.place(code)
            if place and place not in partners:
                partners.append(place)
    return Parties(partner, partners, _belarus_side(gaz, title, sentences, mentions))


_LOCATED_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _located_in(text: str, m: Mention, ms: list[Mention]) -> bool:
    """ "Belarus, Vietnam discuss expanding MAZ assembly in Hung Yen": a region of a country the same text names by its
    own name, after "in", is where something is (a plant, a project), and weighs as little as a city where something
    happened; named alone ("Days of Belarus held in Kaluga Oblast") it is the partner as much as ever."""
    code = m.hit.code
    if "-" not in code or m.is_city or _LOCATED_BEFORE.search(text, max(0, m.start - 8), m.start) is None:
        return False
    country = country_of(code)
    return any(o.hit.code == country and o.hit.type == "place" and not o.is_city for o in ms)


# After a country's people's adjective or its possessive, a word of one of its regions, through the region's name:
# "the Vietnamese province (of Thai Binh)", "Chinese provinces", "Vietnam's Thai Binh Province", "Kenya's Nakuru County".
_REGION_NOUN = r"(?:[Pp]rovinces?|[Pp]rovincial|[Pp]refectures?|[Cc]ount(?:y|ies)|[Gg]overnorates?|[Rr]egions?)\b"
_ITS_REGION = re.compile(rf"\s+(?:[A-Z][\w'’-]*\s+){{0,3}}?{_REGION_NOUN}")
_ITS_REGION_NOUN = re.compile(rf"\s+{_REGION_NOUN}")  # the adjective right before it ("Thai Binh Province" is no Thai one)
_POSSESSIVE = ("'s", "’s")


def _provinces_of(blocks: list[tuple[str, float]], kept: list[list[Mention]], partner: Place) -> list[str]:
    """Countries named only through a region of theirs that the gazetteer does not know, in a sentence about
    cooperation or trade with a Belarusian side: "Vitebsk Oblast's trade with the Vietnamese province remains
    modest", "Vitebsk Oblast signed an agreement with Vietnam's Thai Binh Province" -> VN (on a page whose main partner
    is another: a digest of items). The main partner's own country is left out ("cooperation with Russian regions" in
    a Perm Krai story)."""
    found: list[str] = []
    for (text, _weight), ms in zip(blocks, kept, strict=True):
        if len(ms) < 2 or not any(_belarusian(m.hit.code) for m in ms):
            continue
        for m in ms:
            code = m.hit.code
            if _belarusian(code) or "-" in code or m.is_city or code == partner.country or code in found:
                continue
            after, region = m.end, _ITS_REGION_NOUN
            if m.hit.type != "demonym":  # a country's name: only as the owner, "Vietnam's (Thai Binh) Province"
                region = _ITS_REGION
                if text.startswith(_POSSESSIVE, after):
                    after += 2
                elif not m.text.endswith(_POSSESSIVE):
                    continue
            if region.match(text, after) and _COOPERATION.search(text) and not _SANCTIONS.search(text):
                found.append(code)
    return found


_BELARUS_GAPS = frozenset(("and", "-", "–", "—"))  # what may stand between Belarus and its pair, spaces stripped
_SANCTIONS = FoldedPattern(r"\bsanction", required="sanction")


def _paired_countries(blocks: list[tuple[str, float]], pairs_of: list[list[Mention]], partner: Place) -> list[str]:
    """Other countries named as Belarus' pair in a sentence about cooperation or trade ("Belarus and Nicaragua
    discussed tractor assembly", "the Belarusian-Cuban commission"), on a page whose main partner is another
    country. (A region's article leaves its own country out: "trade between Belarus and Russia" in a Perm Krai story.)
    `pairs_of`: each block's foreign places named as Belarus' pair (`_pairs`)."""
    found: list[str] = []
    for (text, _weight), pairs in zip(blocks, pairs_of, strict=True):
        # the pairs are looked for first: most sentences have none, and need no search for words of cooperation
        if not pairs or not _COOPERATION.search(text) or _SANCTIONS.search(text):
            continue
        for foreign in pairs:
            code = foreign.hit.code
            if "-" not in code and code != partner.country and code not in found:
                found.append(code)
    return found


def _pairs(text: str, ms: list[Mention]) -> list[Mention]:
    """The foreign places a block names as Belarus' pair ("Belarus and Cuba", "Belarusian-Cuban")."""
    if len(ms) < 2:
        return []
    sides = [_belarusian(m.hit.code) for m in ms]
    if all(sides) or not any(sides):
        return []  # no Belarusian place next to a foreign one
    return [foreign for k in range(len(ms) - 1) if sides[k] != sides[k + 1]
            and (foreign := _paired_with_belarus(text, ms[k], ms[k + 1]))]


def _unqualified(mentions: list[Mention]) -> list[Mention]:
    """drop_qualifiers(mentions): a country qualifies a region next to it, so one mention alone is kept as it is."""
    return mentions if len(mentions) < 2 else drop_qualifiers(mentions)


class _Belarusian(dict[str, bool]):
    """Place code -> whether it is Belarus' or one of its regions' (country_of(code) == "BY"), kept per code."""

    def __missing__(self, code: str) -> bool:
        answer = self[code] = country_of(code) == "BY"  # a few thousand codes at most: those of the gazetteer
        return answer


_BELARUSIAN = _Belarusian()
_belarusian = _BELARUSIAN.__getitem__


def _paired_with_belarus(text: str, one: Mention, other: Mention) -> Mention | None:
    """The foreign one of two places in a row that are Belarus and another named as its pair ("Belarus and Cuba",
    "Belarusian-Cuban"), not as one of a list."""
    by_one, by_other = _belarusian(one.hit.code), _belarusian(other.hit.code)
    if by_one == by_other or text[one.end:other.start].strip() not in _BELARUS_GAPS:
        return None
    if _BODY_NAMED.match(text, other.end):
        return None  # "the Belarusian-Russian University", "the Belarusian-Chinese Bank": a body's name, no pair of partners
    if text[max(0, one.start - 2):one.start] in (", ", "(") or text[other.end:other.end + 1] == ",":
        return None  # one of a list: "the Customs Union (Russia, Belarus and Kazakhstan)"
    return other if by_one else one


# The head of an event's name after a pair of sides ("Uzbekistan-Belarus Interregional Forum").
_EVENT_NAMED = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Forum|Conference|Exhibition|Expo|Fair|Summit|Festival|Week|Days)\b")
# The head of a body's name after a pair of peoples' adjectives ("Belarusian-Russian University").
_BODY_NAMED = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:University|Institute|Academy|College|School|Bank|Company|Corporation|"
                         r"Enterprise|Plant|Factory|Centre|Center|Hospital|Clinic|Museum|Theatre|Theater|Lyceum|Gymnasium)\b")


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


# "Our largest partners are ...", "Our strategic partners on the continent are ...", "We work closely with ...".
_PARTNERS_ARE = re.compile(
    r"\b(?:[Oo]ur|Belarus(?:'s?|’s?)|Belarusian)\s+(?:[\w-]+\s+){0,3}partners\b[^.;:]{0,30}?\b(?:are|include|includes|were)\b"
    r"|\b(?:[Ww]e|Belarus)\s+(?:\w+\s+)?works?\s+(?:closely\s+)?with\b"
    # "The top five partner regions also include Moscow ($1.12 billion), St Petersburg ...": the text's side's
    r"|\b[Tt]he\s+(?:[\w-]+\s+){0,3}partner\s+(?:regions|countries|oblasts|provinces)\b[^.;:]{0,30}?\b(?:are|include|includes|were)\b")
# (a figure in brackets may follow an item: "Moscow ($1.12 billion), St Petersburg")
_LIST_GAP = re.compile(r"^\s*(?:\([^()]{1,40}\))?\s*(?:,|and|,\s*and)?\s*(?:the\s+)?$")


def _enumerated(blocks: list[tuple[str, float]], kept: list[list[Mention]]) -> list[str]:
    """Foreign places a sentence lists as Belarus' (or its side's) partners: "Our largest regional partners are Moscow,
    St. Petersburg, Tatarstan and Bashkortostan", "We work closely with St. Petersburg and Tatarstan"."""
    found: list[str] = []
    for (text, _weight), ms in zip(blocks, kept, strict=True):
        if not ms or ("partner" not in text and ("work" not in text or "with" not in text)):
            continue  # (what every match holds, looked for first)
        cue = _PARTNERS_ARE.search(text)
        if cue is None:
            continue
        at = cue.end()
        for m in ms:
            if m.start < at:
                continue
            if not _LIST_GAP.match(text[at:m.start]) and not (at == cue.end() and len(text[at:m.start]) <= 30):
                break  # the list ends (its first item may come after a few words: "are, first of all, ...")
            code = m.hit.code
            if m.hit.type != "demonym" and not _belarusian(code) and code not in found:
                found.append(code)
            at = m.end
    return found


_VISIT_TO = re.compile(r"\b(?:visited|visits|visiting|(?:visit|trip|mission)\s+to)\s+(?:the\s+)?$")
_HEADING = re.compile(r"^[A-Z][A-Z '’.-]+\.?$")


def _visited(blocks: list[tuple[str, float]], kept: list[list[Mention]]) -> list[str]:
    """Foreign places a Belarusian side visited ("A Belarusian business mission visited Oman") and a digest's item
    headings ("OMAN."): partners of the article's items."""
    found: list[str] = []
    for (text, _weight), ms in zip(blocks, kept, strict=True):
        if not ms:
            continue
        if text.isupper() and _HEADING.match(text.strip()) and len(text.split()) <= 4:  # (no lower case: asked first)
            codes = [m.hit.code for m in ms if not _belarusian(m.hit.code) and m.hit.type != "demonym"]
            if len(codes) == 1 and codes[0] not in found:
                found.append(codes[0])
            continue
        if "visit" not in text and "trip" not in text and "mission" not in text:
            continue  # (what every `_VISIT_TO` holds)
        if not _belarusian(ms[0].hit.code):
            continue  # a Belarusian side (or its adjective), named first, is who visits (not "Vietnamese chief ... his visit to")
        for m in ms:
            if not _belarusian(m.hit.code) and m.hit.type != "demonym" and not m.is_city and \
                    _VISIT_TO.search(text, max(0, m.start - 30), m.start) and m.hit.code not in found:
                found.append(m.hit.code)
    return found


def _cooperating(blocks: list[tuple[str, float]], kept: list[list[Mention]], partner: Place) -> list[str]:
    """Other regions of the main partner's country named in a sentence about Belarus' cooperation or trade
    ("Belarus has experience of cooperation with other Siberian regions, for example, Sakhalin and Primorsky
    Krai"): partners too. (The country itself is left out: "sanctions against Russia and Belarus" and "as in
    trade between Belarus and Russia" name it without reporting cooperation with it.)"""
    found: list[str] = []
    if "-" not in partner.code:
        return found  # only the regions of a partner that is a region are looked for
    for (text, _weight), ms in zip(blocks, kept, strict=True):
        regions = [m for m in ms if m.hit.type == "place" and not m.is_city and "-" in m.hit.code and m.hit.code != partner.code
                   and country_of(m.hit.code) == partner.country]
        if not regions or not any(country_of(m.hit.code) == "BY" for m in ms) or not _COOPERATION.search(text):
            continue
        joined = _joined_span(text)
        # the owner's fellows in a group's figure (however named again in the sentence): the figure is the group's,
        # and they no side of their own
        fellows = {m.hit.code for m in regions if joined is not None and joined[0] <= m.start < joined[1]}
        for m in regions:
            if _ranked_against(text, m):
                continue  # "second only to Primorsky Krai in trade with Belarus": what the partner is ranked against
            if m.hit.code not in found and m.hit.code not in fellows:
                found.append(m.hit.code)
    return found


# A place the partner is ranked against, in a sentence that ranks: "the krai is second only to Primorsky Krai in trade
# with Belarus", "the largest partner after Moscow", "only the Sverdlovsk region has a larger turnover with Belarus".
_RANKS = re.compile(r"\b(?:second|third|fourth|fifth|largest|biggest|leading|ranks?|ranked|place|only|larger|bigger|"
                    r"higher|greater)\b")
_RANKED_AFTER = re.compile(r"\b(?:only\s+to|behind|after|ahead\s+of|outside)\s+(?:the\s+)?$")
_ONLY_BEFORE = re.compile(r"\bonly\s+(?:the\s+)?$")
_LARGER_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:has|have|had|is|are|was|were|shows?|showed)\s+(?:an?\s+)?"
                           r"(?:larger|bigger|higher|greater|more)\b")


def _ranked_against(text: str, mention: Mention) -> bool:
    """Is the place named only as what the partner is ranked against (see `_RANKS`)?"""
    if not _RANKS.search(text):
        return False
    before = text[max(0, mention.start - 30):mention.start]
    return _RANKED_AFTER.search(before) is not None or (
        _ONLY_BEFORE.search(before) is not None and _LARGER_AFTER.match(text, mention.end) is not None)


# Places joined to a figure's owner before it: "Together with the Tyumen region and Yamal, the turnover ... exceeded $410
# million" (up to the comma closing the phrase).
_JOINED = re.compile(r"\b(?:[Tt]ogether|[Jj]ointly|[Cc]ombined)\s+with\s+[^,;:]{1,80}[,;:]")


def _joined_span(text: str) -> tuple[int, int] | None:
    """Where places joined to a figure's owner are named, in a sentence with a figure (a group's figure, see trade.py);
    None when there are none (in "Together with the Andijan region we assemble tractors" the region is a side)."""
    if "with" not in text:
        return None
    joined = _JOINED.search(text)
    if joined is None or not _FIGURE_SENTENCE.search(text, joined.end()):
        return None
    return joined.span()


_POSSESSIVE_TRADE = re.compile(r"'s\s(?:trade|cooperation|export|import)")
_REGION_WORD = re.compile(r"\s(?:region|oblast)\b", re.IGNORECASE)
_PAIR = re.compile(r"\b(?:between|and|with|from)\s$|^\s(?:and|with)\b|^-|-$")  # "from": the side a flow comes from


_DELEGATION_OF = re.compile(r"\b[Dd]elegations?\s+(?:of|from)\s+(?:the\s+)?$")
_DELEGATION_AFTER = re.compile(r"(?:'s)?\s+delegations?\b")
_NEXT_WORD = re.compile(r"\s([A-Z][\w'-]*)")
_NOT_NAME_WORDS = frozenset(("Governor", "Mayor", "Chairman", "Head", "Oblast", "Region", "City", "Executive", "Regional",
                             "District", "Delegation", "Enterprises", "Companies"))


_DIGIT = re.compile(r"\d")  # what every figure holds: one scan for it before the search for a figure
_FIGURE_SENTENCE = re.compile(r"\d[\d.,]*\s*(?:%|percent|per cent|million|billion|mln|bln)|[$€]\s?\d", re.IGNORECASE)
_EXECUTIVE_AFTER = re.compile(r"(?:\s+(?:Oblast|Regional|Region))?\s+Executive\s+Committee\b")
_HEAD_BEFORE = re.compile(r"\b(?:[Gg]overnor|[Cc]hairman|[Cc]hairwoman|[Hh]ead)\s+of\s+(?:the\s+)?$")


def _its_head(text: str, mention: Mention) -> bool:
    """Is the oblast named through its government or its head: "Chairman of the Gomel Oblast Executive Committee Ivan
    Krupko", "Governor of Mogilev Oblast"? An oblast whose head meets the other side is a party of the talks."""
    return ("Executive" in text and _EXECUTIVE_AFTER.match(text, mention.end) is not None) or (
        "of" in text and _HEAD_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None)


def _in_a_name(text: str, mention: Mention) -> bool:
    """Is the city the first word of a proper name ("Gomel Glass Plant", "Grodno Azot", "Minsk Tractor Works")?"""
    word = _NEXT_WORD.match(text, mention.end)
    return word is not None and word.group(1) not in _NOT_NAME_WORDS


def _paired(text: str, mention: Mention, reach: int = 8) -> bool:
    """Is the place named as one of two sides: "between X and", "and X", "X and", "X-", "X's trade" (within `reach`)?"""
    before = text[max(0, mention.start - 12):mention.start]
    if _may_pair(before) and _PAIR.search(before):
        return True
    after = text[mention.end:mention.end + 8]
    if _may_pair(after) and _PAIR.search(after):
        return True
    if text.startswith("'s", mention.end) and _POSSESSIVE_TRADE.match(text[mention.end:mention.end + reach]) is not None:
        return True
    if mention.text.endswith(("'s", "’s")) and _POSSESSIVE_TRADE.match(text[mention.end - 2:mention.end - 2 + reach]):
        return True  # (the mention holds its "'s": "Shymkent's trade with Belarus")
    # "a delegation of Mogilev region", "the Vitebsk Oblast delegation": the place sent the other side its people
    return "delegation" in text and (_DELEGATION_OF.search(text, max(0, mention.start - 24), mention.start) is not None
                                     or _DELEGATION_AFTER.match(text, mention.end) is not None)


def _may_pair(window: str) -> bool:
    """Whether `window` holds what every match of _PAIR does: "-" or one of its words."""
    return "-" in window or "and" in window or "with" in window or "from" in window or "between" in window


# A page header's parts: the site's owner, its sections, the story ("Minsk Oblast Executive Committee – News –
# International cooperation", "Osipovichi Regional Executive Committee | Main / News").
_CHROME_SPLIT = re.compile(r"\s+[–—|/»>]\s+|\s+-\s+")
_SECTIONS = frozenset((
    "news", "main", "home", "main page", "home page", "homepage", "all news", "latest news", "news feed", "events",
    "press centre", "press center", "press service", "press releases", "media", "official website", "official site",
    "international cooperation", "international relations", "foreign economic activity", "foreign relations", "economy",
    "society", "region", "regional news", "publications", "articles", "announcements"))
_SITE_OWNER = re.compile(r"\b(?:Executive\s+Committee|Council\s+of\s+Deputies|Administration|Official\s+(?:web)?site|"
                         r"[Pp]ortal)$")


def _without_chrome(text: str) -> str:
    """A page header without its site's owner: on a page of an oblast's or a district's executive committee, the
    committee named in the header is who publishes (often a reprint), not the party of the story. A header is a line of
    parts joined by dashes, bars or slashes of which one is a section of the site ("News"); its parts naming a body
    ("... Executive Committee") are left out, the story's headline among the parts is kept."""
    if "Committee" not in text and "Administration" not in text and "ortal" not in text and "site" not in text:
        return text  # (what every owner holds, looked for first)
    parts = _CHROME_SPLIT.split(text.strip())
    if len(parts) < 2 or not any(p.strip(" .:").lower() in _SECTIONS for p in parts):
        return text
    return " – ".join(p for p in parts if not _SITE_OWNER.search(p.strip(" .:")) and p.strip(" .:").lower() not in _SECTIONS)


# A body of the two governments whose session the headline or the lead reports: Belarus is its side, whichever oblast
# hosts it or signs a document on its sidelines.
_INTERGOVERNMENTAL = re.compile(r"\b[Ii]ntergovernmental\s+(?:[A-Z]?[a-z]+\s+){0,3}?(?:[Cc]ommission|[Cc]ouncil|[Cc]ommittee)\b")
_LEAD_BLOCKS = 3  # the headline and the lead's first two sentences
# ... but not an oblast's own meeting beside it or in it: "On the sidelines of the Intergovernmental Commission, Vitebsk
# Oblast and Pskov Oblast signed a roadmap", "the working group on regional cooperation of the intergovernmental council"
_BESIDE_IT = re.compile(r"\b(?:sidelines|margins|framework|working group|subcommission|sub-commission|ahead of|before|after)\b",
                        re.IGNORECASE)


def _intergovernmental_session(text: str, mentions: Callable[[str], list[Mention]]) -> bool:
    """Does the headline or sentence report the session of an intergovernmental commission itself, not what an oblast
    did at it ("Vitebsk Oblast signed contracts at the meeting of the Intergovernmental Commission": the oblast's)?"""
    found = _INTERGOVERNMENTAL.search(text) if "ntergovernmental" in text else None  # (its word, looked for first)
    if found is None or _BESIDE_IT.search(text, 0, found.start()) is not None:
        return False
    for m in mentions(text):
        if not _belarusian(m.hit.code) or m.hit.code == "BY" or m.hit.type == "demonym":
            continue
        before = text[:m.start].rstrip(" \"'")
        before = before[:-3].rstrip() if before.lower().endswith(" the") else before
        if m.start < found.start() and before.lower() in ("", "the"):
            return False  # "Vitebsk Oblast signed contracts at the meeting of the Intergovernmental Commission"
        if m.start >= found.end() and not m.is_city and before.endswith((":", ",", "–", "—", " -")):
            return False  # "Intergovernmental Commission: Grodno Oblast signs nine contracts", "At the session of the
            # Intergovernmental Commission, Grodno Oblast signed ...": the oblast opens the clause that says what it did
    return True


def _belarus_side(gaz: Gazetteer, title: str | None, sentences: list[str], mentions: Callable[[str], list[Mention]]) -> Place:
    """Belarus, unless one of its oblasts (or Minsk city) is the party the article is about (a page header naming the
    site's owner says nothing of it: `_without_chrome`)."""
    belarus = gaz.place("BY")
    assert belarus is not None
    score: dict[str, float] = defaultdict(float)
    blocks = [(_without_chrome(title or ""), 3.0)] + [(_without_chrome(s), 1.0) for s in sentences]
    # Bare "Minsk" is the capital, a venue; it is the party only where the article names Minsk City itself (asked
    # when the capital is met).
    minsk_city: bool | None = None
    headed = False  # whether an oblast is named through its head or government ("Chairman of the Minsk Regional ...")
    figure_pairs = 0  # Belarus named as a side in sentences with figures
    for text, weight in blocks:
        ms = mentions(text)
        oblasts_at: list[int] | None = None  # where the block names an oblast (or Minsk City), found when asked
        has_figure: bool | None = None  # whether the block holds a figure (_FIGURE_SENTENCE), found when asked
        for m in ms:
            if not _belarusian(m.hit.code) or m.hit.type == "demonym":
                continue
            # (whether it is named as a side, _paired, is asked only where the score takes it)
            if m.hit.code == "BY":
                if oblasts_at is None:
                    oblasts_at = [o.start for o in ms if o.hit.code != "BY" and _belarusian(o.hit.code)]
                near_oblast = any(abs(at - m.start) <= 45 for at in oblasts_at) or _REGION_WORD.match(text, m.end)
                if near_oblast:
                    continue
                # (a pair in an event's name says whose event it is, not who the party is: "the Uzbekistan-Belarus
                # Interregional Forum", with Vitebsk Oblast's head leading the delegation)
                event_named = _EVENT_NAMED.match(text, m.end) is not None
                paired = 2.0 if _paired(text, m) and not event_named else 0.5
                if paired == 2.0 and weight == 1.0:
                    if has_figure is None:
                        has_figure = _DIGIT.search(text) is not None and _FIGURE_SENTENCE.search(text) is not None
                    if has_figure:
                        figure_pairs += 1
                score["BY"] += weight * paired if weight == 1.0 or event_named else weight
            elif m.is_city:
                if m.hit.code == "BY-HM" and minsk_city is None:
                    minsk_city = any(o.hit.code == "BY-HM" and not o.is_city for t, _w in blocks for o in mentions(t))
                if m.hit.code == "BY-HM" and not (minsk_city and _paired(text, m)):
                    continue  # the capital is a venue, not a party
                if _in_a_name(text, m):
                    continue  # "Gomel Glass Plant", "Grodno Azot": a company, not the oblast as a party
                score[m.hit.code] += (2.0 if _paired(text, m) else 0.5) * (1.0 if weight == 1.0 else 2.0)
            else:
                # "Gomel Oblast signed ...", "Minsk region is expanding trade ...": the oblast as the subject
                subject = text[:m.start].strip(" \"'").lower() in ("", "the")
                side = subject or _paired(text, m)  # (asked once)
                head_bonus = not side and _its_head(text, m)
                headed = headed or head_bonus
                score[m.hit.code] += weight + (2.0 if side else 1.0 if head_bonus else 0.0)
    if headed and figure_pairs:
        score["BY"] -= figure_pairs  # Belarus as the other side of a figure, where an oblast's head is at the talks: counted
        # by country, trade names Belarus ("Trade between Samarkand region and Belarus totalled $45.6 million")
    oblasts = {c: s for c, s in score.items() if c != "BY"}
    if len(oblasts) >= _ALL_OBLASTS and any(len({m.hit.code for m in mentions(text) if _belarusian(m.hit.code)
                                                and m.hit.code != "BY" and m.hit.type != "demonym" and not m.is_city})
                                           >= _ALL_OBLASTS  # (not cities: "partners in Brest, Gomel, Mogilev and Vitebsk")
                                           for text, _w in blocks):
        return belarus  # "Grodno Oblast brought dairy products, Gomel Oblast presented combines, Mogilev Oblast ...": all of them
    if oblasts and any(_intergovernmental_session(text, mentions) for text, _w in blocks[:_LEAD_BLOCKS]):
        return belarus  # "The 17th meeting of the Intergovernmental Commission ... was held today in Mogilev": the host
    if oblasts:
        best = max(oblasts, key=lambda c: oblasts[c])
        ranked = sorted(oblasts.values(), reverse=True)
        if len(ranked) >= 3 and ranked[2] >= 2.0 and ranked[0] < 3 * ranked[2]:
            return belarus  # a round-up of the oblasts ("Brest Oblast ... Vitebsk Oblast ... Gomel Oblast ..."): Belarus
        if oblasts[best] >= 2.0 and oblasts[best] > score.get("BY", 0.0) and not _one_item_of_a_digest(blocks, mentions, best):
            return gaz.place(best) or belarus
    return belarus


_ALL_OBLASTS = 4  # the oblasts one sentence lists, from which the country's regions as a whole are the side


def _one_item_of_a_digest(blocks: list[tuple[str, float]], mentions: Callable[[str], list[Mention]], oblast: str) -> bool:
    """Is the oblast the side of one item of a round-up only: its sentences name one foreign country at most, and two
    sentences or more, naming no oblast, are each about Belarus and another country of their own ("Trade between
    Belarus and Cuba ...", "Exports of Belarusian dairy products to Algeria ...")? The page's side is Belarus then."""
    with_oblast: set[str] = set()  # the foreign countries of the oblast's sentences
    named_with_oblast: set[str] = set()  # ... named by their own names or their places' (a people's adjective may begin
    items: list[set[str]] = []  # a name: "Thai Binh"); the foreign countries of each sentence about Belarus naming no oblast
    for text, _weight in blocks:
        ms = mentions(text) if text else []
        codes = {m.hit.code for m in ms}
        if oblast in codes:
            with_oblast.update(country_of(c) for c in codes if not _belarusian(c))
            named_with_oblast.update(country_of(m.hit.code) for m in ms if not _belarusian(m.hit.code)
                                     and m.hit.type != "demonym")
            if len(named_with_oblast) > 1:
                return False
        elif "BY" in codes and not any(_belarusian(c) and c != "BY" for c in codes):
            items.append({country_of(c) for c in codes if not _belarusian(c)})
    others = {next(iter(countries)) for countries in items if len(countries) == 1} - with_oblast
    return len(others) >= 2


# "Belarusian combines are assembled in Kenya", "the assembly of MAZ trucks in Vietnam": where Belarusian goods are put
# together is a partner of the article (the words just before the place).
_ASSEMBLED_IN = re.compile(r"\b(?:assembled|assembly|assembling|produced under licen[cs]e)\b(?:\s+[\w-]+){0,4}\s+in\s+(?:the\s+)?$")
# "cooperates (closely) with", "cooperation with", "partnership with", "talks with": what follows is a side of it.
_WITH_COOPERATION = re.compile(
    r"\b(?:[Cc]o-?operat(?:e|es|ed|ing|ion)|[Pp]artnership|[Tt]alks|[Nn]egotiations)(?:\s+\w+ly)?\s+"
    r"with\s+(?:the\s+)?(?:(?:a\s+)?(?:delegation|delegations|representatives|officials|leadership|government|authorities|"
    r"governor|head)\s+(?:of|from)\s+(?:the\s+)?)?$")


def _cooperation_objects(blocks: list[tuple[str, float]], kept: list[list[Mention]], partner: Place) -> list[str]:
    """Foreign countries and regions a sentence naming a Belarusian side gives as the other side of cooperation
    ("Belarus also cooperates with Kenya in agriculture", "Minsk Oblast is expanding its cooperation with Omsk Oblast
    and Tomsk Oblast"): partners of the article, after its main one. (Not the main partner's own country, which a
    region's story names as the whole: "cooperation with Russia" in a Perm Krai article; nor a city, a venue.)"""
    found: list[str] = []
    for (text, _weight), ms in zip(blocks, kept, strict=True):
        if len(ms) < 2 or " with " not in text and "assembl" not in text and "licen" not in text \
                or not any(_belarusian(m.hit.code) for m in ms) \
                or _SANCTIONS.search(text):
            continue  # (" with ", "assembl" or "licen" is in every match, looked for first)
        # (each cue's words, looked for once in the block: most blocks hold neither, and need no search per place)
        with_cue = "with" in text and ("operat" in text or "artnership" in text or "alks" in text or "egotiations" in text)
        assembled_cue = "in" in text and ("assembl" in text or "licen" in text)
        if not (with_cue or assembled_cue):
            continue
        at: int | None = None  # where a list of the cooperation's sides goes on from
        for m in ms:
            if at is None or not _LIST_GAP.match(text[at:m.start]):
                at = None
                if not (with_cue and _WITH_COOPERATION.search(text, max(0, m.start - 40), m.start)
                        or assembled_cue and _ASSEMBLED_IN.search(text, max(0, m.start - 60), m.start)):
                    continue
            code = m.hit.code
            at = m.end
            if _belarusian(code) or m.hit.type == "demonym" or m.is_city or code == partner.country:
                continue
            if code != partner.code and code not in found:
                found.append(code)
    return found
