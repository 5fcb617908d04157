"""Turn one article's text into a cooperation record."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from belcoop import parser_version
from belcoop.model import Event, Record, Source, TradeFact
from belcoop.parse.agreements import find_agreements
from belcoop.parse.dates import choose_date, stamp_day_month
from belcoop.parse.events import dateline_in, find_event
from belcoop.parse.folded import FoldedPattern, plain_case
from belcoop.parse.orgs import find_organizations
from belcoop.parse.partners import Parties, choose_parties
from belcoop.parse.people import PeopleFinder
from belcoop.parse.places import country_of, gazetteer
from belcoop.parse.sectors import find_sectors
from belcoop.parse.text import DATE_LINE, DATELINE_ONLY, split_article, split_sentences
from belcoop.parse.tokens import tokens_of
from belcoop.parse.trade import extract_trade, headline_facts
from belcoop.vocab import RAW_LIMIT

if TYPE_CHECKING:
    from belcoop.parse.places import Gazetteer, Mention
    from belcoop.place import Place


_AGENCIES = {
    "belta": "BelTA", "kazinform": "Kazinform", "tass": "TASS", "trend": "Trend", "acn": "ACN", "tca": "TCA",
    "mena": "MENA", "wam": "WAM", "ona": "ONA", "vna": "VNA", "xinhua": "Xinhua", "interfax": "Interfax",
    "sputnik": "Sputnik", "ria novosti": "RIA Novosti", "oreanda-news": "Oreanda-News", "akipress": "AKIpress",
    "azertac": "AZERTAC", "uzdaily.com": "UzDaily", "uzdaily": "UzDaily", "allafrica": "AllAfrica", "gazeta.uz": "Gazeta.uz",
    "irna": "IRNA", "prensa latina": "Prensa Latina", "anadolu": "Anadolu", "viet nam news": "Viet Nam News",
    "the astana times": "The Astana Times", "tehran times": "Tehran Times", "apa": "APA", "montsame": "MONTSAME",
}
_AGENCY_RE = "|".join(sorted((re.escape(k) for k in _AGENCIES), key=len, reverse=True))
_DATELINE = re.compile(
    r"^(?P<city>(?:(?:ST|SAINT)\.?\s)?[A-Z][A-Z'-]{2,}(?:\s[A-Z][A-Z'-]{2,})?|(?P<short>[A-Z]{2})\s[A-Z][A-Z'-]{2,})\b"
    r"(?P<rest>[^\n]{0,45}?)"
    r"(?:\((?P<paren>[^)]{2,15})\)\s?[–—-]?\s|\s[–—-]\s|(?<=\d)\.\s|\.\s(?=[A-Z]{3,}\s)|\.?\s?/\s?(?P<slashed>[A-Z][\w .-]{1,20}?)\s?/\.?\s|:\s)"
)
# A dateline in mixed case, taken only when its city is a known one: "Harare, 30 January 2024 –", "Baku, 2 February
# 2023, AZERTAC –", "Hanoi, Oct 3 (VNA) –", "Tashkent, Uzbekistan (UzDaily.com) --", "Tashkent, 03.05 –", "Namangan,
# 4 February 2026 (UzA). ...".
_MIXED_DATELINE = re.compile(
    r"^(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s(?:\d{1,2}\s[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s\d{1,2}|[A-Z][a-z]+|"
    r"\d{1,2}\.\d{2}(?:\.\d{4})?)"  # "Tashkent, 03.05 –", "Tashkent, 03.05.2025 –"
    r"(?:,?\s\d{4})?(?:,?\s\(?(?P<paren>[A-Za-z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})\)?)?(?:\s?(?:[–—]|--?|:)\s|(?<=\))\.?\s)")
# A city and an agency between slashes: "Ulaanbaatar /MONTSAME/. Minister ...", "Minsk /BelTA/ –" (with a city the
# gazetteer knows; the upper-case "MOSCOW, December 3. /TASS/." is `_DATELINE`'s).
_SLASHED_DATELINE = re.compile(r"^(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),?\s?/\s?(?P<agency>[A-Z][A-Za-z-]{2,})\s?/[.:]?\s?[–—-]?\s")
_DATELINE_AGENCY = re.compile(rf"^\s?(?P<a>{_AGENCY_RE})\b\s?", re.IGNORECASE)
_LEAD_INS = ("according to", "reports", "reported by", "told")  # words before the agency's name: "according to TASS"
_SOURCE_AGENCY = FoldedPattern(  # groups of a match are lower-cased
    rf"\b(?P<a>{_AGENCY_RE})(?:\s(?:news agency\s)?(?:has learned|learned|reports|reported|reporting)|:)|"
    rf"\b(?:{'|'.join(_LEAD_INS)})\s(?P<b>{_AGENCY_RE})\b|\((?P<c>{_AGENCY_RE})\)")
# Where a match can start, counted back from the agency's name in it: the name, the "(" before it, or a lead-in word
# and the space after it.
_STARTS_BEFORE_NAME = (0, 1, *(len(word) + 1 for word in _LEAD_INS))


def _source_agency(body: str) -> str | None:
    """The agency the body names as its source ("BelTA learned", "according to TASS", "(Kazinform)").

    Every way of naming one holds an agency's name, at a word's start, a known distance from where the match
    starts; the pattern is tried only at those places (a lower-cased body, see folded.py), left to right, which
    finds the same match as a search of the whole body, without running the pattern at every character."""
    if not plain_case(body):
        m = _SOURCE_AGENCY.exact.search(body)
    else:
        low = body.lower()
        starts = sorted({max(0, at - back) for at in _word_starts(low, _AGENCIES) for back in _STARTS_BEFORE_NAME})
        m = next((found for at in starts if (found := _SOURCE_AGENCY.fast.match(low, at))), None)
    return _AGENCIES[(m.group("a") or m.group("b") or m.group("c")).lower()] if m else None


def _word_starts(text: str, names: Iterable[str]) -> set[int]:
    """Where any of `names` starts a word of `text` (not "ona" in "regional")."""
    found = set()
    for name in names:
        at = text.find(name)
        while at >= 0:
            if not at or not (text[at - 1].isalnum() or text[at - 1] == "_"):  # re's \w: letters, digits, "_"
                found.add(at)
            at = text.find(name, at + 1)
    return found


def _dateline(paragraph: str, is_city: Callable[[str], bool]) -> tuple[str | None, str | None, int]:
    """("MINSK", "BelTA", end) for "MINSK, 16 May (BelTA) – ...", or (None, agency, end) for an agency lead; a
    dateline in mixed case ("Harare, 30 January 2024 –") only with a city `is_city` knows."""
    mixed = _MIXED_DATELINE.match(paragraph)
    if mixed and is_city(mixed.group("city")):
        paren = (mixed.group("paren") or "").lower()
        return mixed.group("city").upper(), _AGENCIES.get(paren), mixed.end()
    slashed = _SLASHED_DATELINE.match(paragraph)
    if slashed and is_city(slashed.group("city")):
        return slashed.group("city").upper(), _AGENCIES.get(slashed.group("agency").lower()), slashed.end()
    m = _DATELINE.match(paragraph)
    if m and m.group("short") and not is_city(m.group("city").title()):
        m = None  # "DA NANG", "LA PAZ": a city of a two-letter word only when known ("US - Belarus trade ..." is none)
    if m:
        end = m.end()
        agency = None
        if m.group("paren") and m.group("paren").lower() in _AGENCIES:
            agency = _AGENCIES[m.group("paren").lower()]
        follow = _DATELINE_AGENCY.match(paragraph[end:])
        if follow:
            agency = _AGENCIES[follow.group("a").lower()]
            end += follow.end()
        slashed_agency = (m.group("slashed") or "").lower()
        if slashed_agency in _AGENCIES:
            agency = _AGENCIES[slashed_agency]  # "MOSCOW, December 3. /TASS/.", "FERGANA, 19 November. /Dunyo IA/."
        if "TASS" in m.group(0):
            agency = "TASS"
        word = m.group("city")
        if word.lower() in _AGENCIES:
            return None, _AGENCIES[word.lower()], end
        return word, agency, end
    return None, None, 0


def _dateline_alone(line: str, is_city: Callable[[str], bool]) -> tuple[str | None, str | None]:
    """The city and agency of a dateline that is a line of its own: "ISLAMABAD, Apr 10 (APP) –", "MINSK, 14 March
    (BelTA) –", or in mixed case, with a city `is_city` knows: "Caracas, 04.07.2025", "Tyumen, 6 June 2024"."""
    word, outlet, _ = _dateline(line + " ", is_city)  # (a dateline's last mark is followed by the lead's space)
    if word or outlet:
        return word, outlet
    city = line.split(",", 1)[0]
    if DATELINE_ONLY.match(line) and is_city(city):
        return city.upper(), None
    return None, None


_PLACE_LINE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?$")


_PIN = "\N{ROUND PUSHPIN}"


def _place_line(header: list[str], mentions: Callable[[str], list[Mention]]) -> str | None:
    """The city of a page's place line: a known city's name alone on a line right under or over the page's date stamp
    ("07.07.2025" / "Yekaterinburg"), as regional sites print where their news is from, in place of a dateline. (A
    city's name elsewhere in the header is a menu's or a site's.)"""
    for k, line in enumerate(header):
        if line.startswith(_PIN):
            # a post's location pin ("📍Tyumen" under its headline): where the post is from, dated or not
            named = line[len(_PIN):].strip()
            if any(m.city and m.start == 0 and m.end == len(named) for m in mentions(named)):
                return named
            continue
        if not _PLACE_LINE.match(line):
            continue
        if not any(DATE_LINE.match(near) or stamp_day_month(near) for near in header[max(0, k - 1):k] + header[k + 1:k + 2]):
            continue
        if any(m.city and m.start == 0 and m.end == len(line) for m in mentions(line)):
            return line
    return None


# ' "...," the governor said ': who speaks after a quote
_QUOTE_SPEAKER = re.compile(
    r"\"\s?,?\s(?P<who>[^\".]{2,60}?)\s(?:said|noted|stressed|added|emphasized|emphasised|remarked|underlined|explained|told|pointed out)\b")
# A byline or a credit line: "By Leyla Mammadova", "Interviewed by Olga Sidorova, BelTA", "Prepared by ...".
_BYLINE = re.compile(r"^\s*(?:By|Written by|Author:|Text by|Text:|Interviewed by|Interview by|Interviewer:|Prepared by|"
                     r"Reported by|Compiled by)\s+((?:[A-Z][\w'-]+\s?){2,3})\s*(?:,\s*[A-Z][\w'-]+\s*)?$")

# Facts are read from at most this many characters of body: a news article is far shorter, and the bound
# keeps the time any one file can take small (a 5 MB file of figures parses in well under two seconds).
BODY_LIMIT = 100_000


def readable(text: str) -> str:
    """The part of a page's text the parser reads: all of it, or its first RAW_LIMIT characters (belcoop.vocab)
    cut at the last line end within them (at the last sentence end, or hard, when the last line is longer than
    that). The body is cut again at BODY_LIMIT."""
    if len(text) <= RAW_LIMIT:
        return text
    end = text.rfind("\n", RAW_LIMIT // 2, RAW_LIMIT)
    if end < 0:
        end = text.rfind(". ", RAW_LIMIT // 2, RAW_LIMIT)
        end = end + 1 if end >= 0 else RAW_LIMIT
    return text[:end]


_LAST_WORD = re.compile(r"\w+$")


def _cut_at_word(paragraph: str, length: int) -> str:
    """The paragraph's first `length` characters, less the word the cut breaks: no extractor may read a fragment
    ("Deputy Minister of Agric") as a whole word."""
    kept = paragraph[:length]
    if length < len(paragraph) and paragraph[length].isalnum() and kept[-1:].isalnum():
        kept = _LAST_WORD.sub("", kept)
    return kept.rstrip()


def _shown(figure: str) -> str:
    return figure if len(figure) <= 40 else figure[:37] + "..."


def _with_traders(partners: list[Place], trade: list[TradeFact], gaz: Gazetteer) -> list[Place]:
    """The partners, and after them every other foreign place the article gives a trade figure with ("Trade with
    Kazakhstan reached $780 million" in an article on Uzbekistan): the article reports trade with it."""
    found = list(partners)
    for fact in trade:
        if fact.partner and country_of(fact.partner) != "BY" and all(p.code != fact.partner for p in found):
            place = gaz.place(fact.partner)
            if place is not None:
                found.append(place)
    return found


def _over_and_under(header: list[str], title: str | None) -> tuple[list[str], list[str]]:
    """The header's lines over the headline (with it), and those under it: a page's clock or banner of the day sits
    over it ("03.12.2026, 17:21" / headline / "10:15, 9 July 2025"), the article's own stamp under it. With no
    headline known, every line is taken for one under it."""
    if title is None or title not in header:
        return [], header
    at = header.index(title)
    return header[:at + 1], header[at + 1:]


# A page's label of an opinion piece, a line of its own over the headline ("OPINION", "Column"), and the disclaimer
# under one ("The views expressed are the author's own").
_OPINION_LABEL = re.compile(r"^(?:opinion|column|commentary|op-ed|editorial|viewpoint|point of view)s?$", re.IGNORECASE)
_OPINION_DISCLAIMER = re.compile(r"^the (?:views|opinions) expressed (?:in this (?:article|column|piece) |here )?are "
                                 r"(?:the author'?s'? own|those of the authors?(?: alone)?|solely the author'?s'?)\b", re.IGNORECASE)


def _is_opinion(header: list[str], title: str | None, paragraphs: list[str]) -> bool:
    """Whether the page is an opinion column: labelled so in capitals right over its headline ("OPINION"), or closed
    by the columnist's disclaimer."""
    if title is not None and title in header:
        at = header.index(title)
        label = header[at - 1].strip() if at >= 1 else ""
        if label.isupper() and _OPINION_LABEL.match(label):
            return True  # (a kicker in capitals: "Opinion" over a headline is as often the last item of a menu)
    return any(_OPINION_DISCLAIMER.match(p.strip()) for p in paragraphs[-6:])


def parse_article(text: str, path: str, sha256: str, record_id: str) -> Record:
    """Parse the text of one article into a record (never raises on odd text)."""
    art = split_article(readable(text))
    gaz = gazetteer()
    notes: list[str] = []
    if sum(len(p) for p in art.paragraphs) > BODY_LIMIT:
        kept, size = [], 0
        for p in art.paragraphs:
            if size + len(p) > BODY_LIMIT:
                kept.append(_cut_at_word(p, BODY_LIMIT - size))  # a paragraph cut at the bound loses only its tail
                break
            kept.append(p)
            size += len(p)
        notes.append(f"the text is longer than any article ({len(text):,} characters): facts were read from "
                     f"its first {BODY_LIMIT:,} characters only")
        art.paragraphs = kept
    elif len(text) > RAW_LIMIT:
        notes.append(f"the text is longer than any article ({len(text):,} characters): it was read up to its first "
                     f"{RAW_LIMIT:,} characters only")

    @cache
    def mentions(s: str) -> list[Mention]:
        return gaz.mentions(s)

    paragraphs = list(art.paragraphs)
    over, under = _over_and_under(art.header, art.title)
    dateline_city: str | None = None
    dateline_code: str | None = None  # the region (or country) of the dateline's city
    outlet: str | None = None
    if paragraphs:
        def is_city(name: str) -> bool:
            return any(m.city for m in gaz.mentions(name))

        word, outlet, end = _dateline(paragraphs[0], is_city)
        if not (word or outlet) and under:
            # a dateline on a line of its own under the headline ("ISLAMABAD, Apr 10 (APP) –"): the page split took
            # it, a line of no prose, for the header; the text after it is the lead
            word, outlet = _dateline_alone(under[-1], is_city)
            end = 0
        if not word:
            word = _place_line(art.header, gaz.mentions)  # "07.07.2025" / "Yekaterinburg": the page's place line
        if word:
            known = next((m.city for m in gaz.mentions(word.title()) if m.city), None)
            if known:
                dateline_city = known.name
                dateline_code = known.code
        if end and (word or outlet):
            paragraphs[0] = paragraphs[0][end:].lstrip(" –—-:") or paragraphs[0]
    para_sentences = [split_sentences(p) for p in paragraphs]
    sentences = [s for ps in para_sentences for s in ps]
    for text_of_one in ([art.title] if art.title else []) + sentences:
        tokens_of(text_of_one)  # one scan: every extractor reads these tokens
    if outlet is None:
        outlet = _source_agency(art.body)

    when = choose_date(under, art.header_iso_date, art.paragraphs, sentences, over_title=over, closing=art.closing_stamps,
                       title=art.title)
    today = date.fromisoformat(when.date) if when.date else None
    parties = choose_parties(gaz, art.title, sentences, mentions)
    if parties.partner is None and dateline_code and country_of(dateline_code) != "BY":
        # "OMSK, 12 March - Governor Vitaly Khotsenko met the Belarusian delegation": the text names its partner only
        # by the dateline's city, whose region it is
        place = gaz.place(dateline_code)
        if place is not None:
            parties = Parties(place, [place], parties.belarus_side)

    finder = PeopleFinder(mentions)
    for ps in para_sentences:
        if sum(len(s.split()) for s in ps) < 4:
            continue  # a bare name on its own line: a byline or an author's signature
        for s in ps:
            finder.feed(s)
    if art.title:
        finder.feed_title(art.title)

    said_by: dict[str, str] = {}  # a paragraph -> the text up to its end, where whoever speaks it was named

    def foreign_speaker(paragraph: str) -> bool:
        quote = _QUOTE_SPEAKER.search(paragraph)
        if not quote:
            return False
        if not said_by:
            so_far = art.title or ""  # (the headline before the body)
            for ps in para_sentences:
                so_far += " " + " ".join(ps)
                said_by.setdefault(" ".join(ps), so_far)
        country = finder.speaker_country(quote.group("who"), said_by.get(paragraph))
        return country is not None and country != "BY"

    partner_code = parties.partner.code if parties.partner else None
    traded = extract_trade(para_sentences, today, partner_code, mentions, foreign_speaker)
    trade = traded.facts
    notes.extend(f"a figure beyond belief was left out: {_shown(figure)}" for figure in traded.dropped)
    if art.title:
        trade += headline_facts(art.title, trade, today, partner_code, mentions, traded.others)
    # A blank line after the headline: no name runs from it into the text (paragraphs end with a full stop, or are
    # one sentence a hard-wrapped page broke: "... of the Euro-Asian Economic" / "Community at the level ...").
    full_text = "\n\n".join(filter(None, [art.title, "\n".join(paragraphs)]))
    # A dateline under a byline, or on a hard-wrapped first line that the page split took for its header.
    dateline = dateline_city or dateline_in([*art.header[-3:], *paragraphs], mentions)
    found = find_event(art.title, sentences, dateline, mentions, today)
    event, venue = found.event, found.venue
    if _is_opinion(art.header, art.title, art.paragraphs):
        event, venue = Event("report", None), None  # a column argues about events; it is no account of one
    # the author named in a byline anywhere on the page ("By Leyla Mammadova" over the headline) is no
    # person of the story, even where the text names her again ("Leyla Mammadova is a staff journalist")
    authors = {m.group(1).split()[-1].lower() for line in [*art.header, *art.paragraphs] if (m := _BYLINE.match(line))}
    people = [p for p in finder.result() if p.name.split()[-1].lower() not in authors]
    return Record(
        id=record_id,
        source=Source(path=path, title=art.title, outlet=outlet, dateline=dateline_city.upper() if dateline_city else None,
                      sha256=sha256, parser_version=parser_version()),
        date=when.date,
        date_basis=when.basis,
        date_text=when.text,
        partner=parties.partner,
        partners=_with_traders(parties.partners, trade, gaz),
        belarus_side=parties.belarus_side,
        venue=venue,
        event=event,
        people=people,
        organizations=find_organizations(full_text, [p.name for p in people]),
        sectors=find_sectors(([art.title] if art.title else []) + sentences),
        trade=trade,
        agreements=find_agreements(para_sentences, art.title, today),
        notes=tuple(notes),
    )
