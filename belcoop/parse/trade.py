"""Trade facts: every figure of trade between Belarus and a partner, each with its sentence.

A fact is anchored on an amount ("$18 million") or, when a sentence gives only a change
("trade grew by 40% last year"), on the change. Metric, direction, period, product, status and
partner are read from the clause around the anchor, then from the rest of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from belcoop.model import Change, Period, TradeFact
from belcoop.parse.money import (
    Amount,
    ChangeMention,
    PeriodMention,
    approximation,
    find_amounts,
    find_changes,
    find_periods,
)
from belcoop.parse.places import Mention, country_of, drop_qualifiers

_TRADE_VOCABULARY = (
    r"trade|turnover|exports?|imports?|exported|imported|supplies|supply|supplied|deliveries|purchases|"
    r"purchased|bought|buying|sold|sales|traded|exchanged|commodity"
)
TRADE_WORDS = re.compile(rf"\b(?:{_TRADE_VOCABULARY})\b", re.IGNORECASE)
# A sentence that reports a figure: trade words, or the verbs figures come with (used to date articles).
REPORTS_FIGURE = re.compile(rf"\b(?:{_TRADE_VOCABULARY}|amounted|totaled|totalled|reached|stood at)\b", re.IGNORECASE)
# Amounts and changes need a digit or a number word; sentences without one are skipped cheaply.
_NUMERIC = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|double|doubled|tripled|trebled|"
    r"quadrupled|halved|\w+fold|billion|million)\b",
    re.IGNORECASE,
)
_ANAPHORA = re.compile(r"\b(?:it|this|the figure|this figure|which|that)\b", re.IGNORECASE)
_NOT_TRADE = re.compile(
    r"\b(?:surplus|deficit|balance|invest\w*|contracts?\s(?:worth|for|on)|worth of contracts|agreements?\s(?:on|for|worth)|"
    r"memorand\w*|loan|credit|budget|grant|capital|funds?|price|cost|tender|portfolio)\b",
    re.IGNORECASE,
)
_EXPORT = re.compile(
    r"\b(?:exports?|exported|exporting|supplies|supply|supplied|deliveries|delivered|sales|sold|shipments)\b", re.IGNORECASE
)
_IMPORT = re.compile(r"\b(?:imports?|imported|importing|purchases|purchased|bought|buying|buys)\b", re.IGNORECASE)
_TURNOVER = re.compile(r"\b(?:trade|turnover|traded|exchanged|two-way|mutual)\b", re.IGNORECASE)
_TARGET_BEFORE = re.compile(
    r"(?-i:\bmay\b)|\b(?:can|could|might|will|would|should|shall|must|able to|want|wants|wish|aim|aims|aiming|target|goal|"
    r"task|strive|striving|potential|expected|expects|expect|forecasts?|plan|plans|planned|hope|hopes|intend|"
    r"intends|seek|seeks|ready to|opportunity|possible|prospects?|about reaching|towards|toward|agreed to|bring|"
    r"confident)\b",
    re.IGNORECASE,
)
_TARGET_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:target|goal|is achievable|is within reach)\b", re.IGNORECASE)
_CLAUSE = re.compile(r",\s(?:and\s|while\s|but\s|whereas\s)?|;\s|\swhile\s|\swhereas\s")
_PRODUCT = re.compile(
    r"\b(?:exports?|imports?|supplies|supply|deliveries|sales|purchases|shipments)\sof\s"
    r"(?P<np>[^,;:.()\d]{2,60}?)(?=\s(?:to|from|worth|at|in|by|amounted|amounting|was|were|has|have|had|"
    r"increased|grew|rose|fell|totaled|totalled|reached|\w+fold|doubled|tripled)\b|[,;:.()]|$)",
    re.IGNORECASE,
)
_PRODUCT_WIDE = re.compile(
    r"\b(?:exports?|imports?|supplies|supply|deliveries|sales|purchases)\sof\s(?P<np>[^.;:()]{2,90}?)(?=[.;:()]|$)",
    re.IGNORECASE,
)
_DETERMINERS = re.compile(
    r"^(?:our|the|its|their|his|her|your|belarusian|belarus'|russian|these|those|this|that|all|such|various|"
    r"main|major|total|mutual|traditional|other|new|more)\s",
    re.IGNORECASE,
)
_GENERIC = {"goods", "products", "commodities", "items", "merchandise", "produce", "goods and services", "products and goods"}
_OUR = re.compile(r"\b(?:our|we|us)\b", re.IGNORECASE)


@dataclass
class _Anchor:
    start: int
    end: int
    amount: Amount | None
    change: ChangeMention | None


def _clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(sentence)
    for m in _CLAUSE.finditer(sentence):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _metric(sentence: str, clause: tuple[int, int], pos: int, is_foreign: Callable[[str], bool], foreign_speaker: bool) -> str:
    cs, ce = clause
    words: list[tuple[int, int, str]] = []
    for pattern, metric in ((_EXPORT, "exports"), (_IMPORT, "imports"), (_TURNOVER, "turnover")):
        for m in pattern.finditer(sentence):
            words.append((m.start(), m.end(), metric))
    if not words:
        return "turnover"

    def pick(cands: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
        before = [w for w in cands if w[0] < pos]
        if before:
            return max(before, key=lambda w: w[0])
        after = [w for w in cands if w[0] >= pos]
        return min(after, key=lambda w: w[0]) if after else None

    chosen = pick([w for w in words if cs <= w[0] < ce]) or pick(words)
    assert chosen is not None
    start, end, metric = chosen
    if metric == "turnover":
        return metric
    after = sentence[end:end + 60]
    before = sentence[max(0, start - 30):start]
    source = re.match(r"^(?:\s\w+){0,4}?\sfrom\s(?:the\s)?(?P<who>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,3})", after)
    dest = re.match(r"^(?:\s\w+){0,4}?\sto\s(?:the\s)?(?P<who>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,3})", after)
    owner = re.search(
        r"(?P<who>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2})(?:'s?\s|\s(?:mainly\s|also\s|largely\s|primarily\s|"
        r"predominantly\s|traditionally\s)?)$",
        before,
    )
    flip = False
    if source:
        flip = (metric == "exports") == is_foreign(source.group("who"))
    elif dest and dest.group("who").startswith("Belarus"):
        flip = metric == "exports"
    elif owner and is_foreign(owner.group("who")):
        flip = True
    elif foreign_speaker and _OUR.search(sentence[cs:ce]):
        flip = True
    if flip:
        return "imports" if metric == "exports" else "exports"
    return metric


def _product(
    sentence: str, clause: tuple[int, int], previous: str | None, place_mentions: Callable[[str], list[Mention]]
) -> str | None:
    cs, ce = clause
    m = _PRODUCT.search(sentence[cs:ce]) or _PRODUCT.search(sentence)
    if not m:
        return None
    np = m.group("np").strip()
    anaphoric = re.match(r"^(?:all\s)?(?:these|those|such|them|this)\b", np, re.IGNORECASE)
    if anaphoric:
        wide = _PRODUCT_WIDE.search(previous or "")
        if not wide:
            return None
        return wide.group("np").strip().split()[-1].lower()
    while True:
        stripped = _DETERMINERS.sub("", np)
        if stripped == np:
            break
        np = stripped
    if np.lower() in _GENERIC or not np or place_mentions(np):
        return None  # "the export of Belarus to ...": a place is the exporter, not a product
    words = np.split()
    if len(words) > 1 and words[-1].lower() in ("products", "goods", "produce"):
        np = " ".join(words[:-1])
    return np


_DEADLINE_AFTER = re.compile(r"^\s?(?:by|until)\s(?:the end of\s)?(?P<y>(?:19|20)\d{2})\b")


def _status(sentence: str, anchor: _Anchor, prev_end: int, today: date | None) -> str:
    window = sentence[max(prev_end, anchor.start - 120):anchor.start]
    if _TARGET_BEFORE.search(window) or _TARGET_AFTER.match(sentence[anchor.end:]):
        return "target"
    deadline = _DEADLINE_AFTER.match(sentence[anchor.end:anchor.end + 30])
    if deadline and today is not None and int(deadline.group("y")) > today.year:
        return "target"  # "$1.5 billion by 2025" in a 2023 article
    return "actual"


_BINDS = re.compile(r"\s(?:(?:in|for|during|over|as of|(?:by )?the end of)\s(?:the\s)?)?", re.IGNORECASE)


def _period(
    sentence: str,
    periods: list[PeriodMention],
    clause: tuple[int, int],
    pos: int,
    end: int,
    inherited: Period | None,
    last_period: Period | None,
    status: str,
) -> Period | None:
    cs, ce = clause

    def to_period(p: PeriodMention) -> Period | None:
        if p.inherit:
            return inherited or last_period
        if p.first is None or p.last is None:
            return None
        return Period(p.first.isoformat(), p.last.isoformat())

    # "US$21 million in 2022": a period right after the amount is its own.
    right_after = [p for p in periods if end <= p.start <= end + 20 and _BINDS.fullmatch(sentence[end:p.start])]
    if right_after:
        return to_period(right_after[0])
    in_clause = [p for p in periods if cs <= p.start < ce]
    if in_clause:
        before_in_clause = [p for p in in_clause if p.start < pos]
        return to_period(before_in_clause[-1] if before_in_clause else in_clause[0])
    before = [p for p in periods if p.start < pos]
    if before:
        return to_period(before[-1])
    after = [p for p in periods if p.start >= pos]
    if after:
        return to_period(after[0])
    return inherited if status == "actual" else None


def extract_trade(
    paragraphs: list[list[str]],
    today: date | None,
    partner: str | None,
    place_mentions: Callable[[str], list[Mention]],
    foreign_speaker: Callable[[str], bool],
) -> list[TradeFact]:
    """Trade facts from the body, one per amount (or per lone change), deduplicated."""

    def is_foreign(name: str) -> bool:
        ms = place_mentions(name)
        return bool(ms) and country_of(ms[0].hit.code) != "BY"

    facts: list[TradeFact] = []
    previous: str | None = None
    since_trade = 99  # sentences since the last one about trade
    last_period: Period | None = None  # the latest actual figure's period, for "the same / reporting period"
    for sentences in paragraphs:
        paragraph = " ".join(sentences)
        speaker_foreign = foreign_speaker(paragraph)
        inherited: Period | None = None  # a period in force within this paragraph
        for sentence in sentences:
            is_trade = bool(TRADE_WORDS.search(sentence))
            if not is_trade and since_trade > 2 or not _NUMERIC.search(sentence):
                previous, since_trade = sentence, (0 if is_trade else since_trade + 1)
                if not is_trade:
                    inherited = None if since_trade > 2 else inherited
                continue
            amounts = find_amounts(sentence)
            changes = find_changes(sentence)
            periods = find_periods(sentence, today)
            if not (amounts or changes):
                if is_trade:
                    known = [p for p in periods if p.first and p.last]
                    if known:
                        inherited = Period(known[-1].first.isoformat(), known[-1].last.isoformat())  # type: ignore[union-attr]
                previous, since_trade = sentence, 0 if is_trade else since_trade + 1
                continue
            if not is_trade and not (since_trade <= 2 and (_ANAPHORA.search(sentence) or changes)):
                previous, since_trade, inherited = sentence, since_trade + 1, None
                continue
            anchors = _anchors(sentence, amounts, changes, periods)
            mentions = [
                m for m in place_mentions(sentence)
                if m.hit.type != "demonym" and not any(a.start <= m.start < a.end for a in amounts)
            ]
            made: list[TradeFact] = []
            prev_end = 0
            for anchor in anchors:
                clause = _clause_bounds(sentence, anchor.start)
                if anchor.amount and (
                    _NOT_TRADE.search(sentence[clause[0]:anchor.start])
                    or _DIFFERENCE.match(sentence[anchor.end:anchor.end + 20])
                ):
                    prev_end = anchor.end
                    continue
                status = _status(sentence, anchor, prev_end, today)
                change = anchor.change
                period = _period(sentence, periods, clause, anchor.start, anchor.end, inherited, last_period, status)
                fact = TradeFact(
                    partner=_partner(mentions, clause, anchor.start, partner),
                    metric=_metric(sentence, clause, anchor.start, is_foreign, speaker_foreign),
                    value=anchor.amount.value if anchor.amount else None,
                    currency=anchor.amount.currency if anchor.amount else None,
                    approx=approximation(sentence, anchor.amount.start) if anchor.amount else None,
                    period=period,
                    change=Change(change.kind, change.value) if change else None,
                    status=status,
                    evidence=sentence,
                    product=_product(sentence, clause, previous, place_mentions),
                )
                made.append(fact)
                prev_end = anchor.end
            facts.extend(made)
            actual = [f for f in made if f.status == "actual"]
            if actual:
                inherited = actual[-1].period
                if actual[-1].period:
                    last_period = actual[-1].period
            previous, since_trade = sentence, 0
    return _dedupe(facts)


_DIFFERENCE = re.compile(r"^\s(?:more|less|higher|lower|above|below)\sthan\b", re.IGNORECASE)


def _anchors(
    sentence: str, amounts: list[Amount], changes: list[ChangeMention], periods: list[PeriodMention] | None = None
) -> list[_Anchor]:
    """Pair each change with its amount ("$6.2 million, up 2.5 times"; "rose 2.1 times ... to $18 million").

    A change belongs to the amount just before it, unless that one already has a change or is far
    away; otherwise to the amount it leads up to in the same clause. Unpaired changes stand alone.
    """
    anchors = [_Anchor(a.start, a.end, a, None) for a in amounts]
    for change in changes:
        before = [a for a in anchors if a.amount and a.end <= change.start]
        after = [a for a in anchors if a.amount and a.start >= change.end]
        chosen: _Anchor | None = None
        # "$760 million, and in January-July 2023 it grew by 12%": a new period starts a new figure.
        between = [
            p for p in periods or ()
            if before and before[-1].end <= p.start < change.start and not p.unknown
            and not _BINDS.fullmatch(sentence[before[-1].end:p.start])  # the amount's own period ("$5m in 2021")
        ]
        if before and before[-1].change is None and change.start - before[-1].end <= 60 and not between:
            chosen = before[-1]
        elif after and after[0].change is None:
            clause = _clause_bounds(sentence, change.start)
            if after[0].start < clause[1] or after[0].start - change.end <= 40:
                chosen = after[0]
        if chosen is not None:
            chosen.change = change
        else:
            anchors.append(_Anchor(change.start, change.end, None, change))
    anchors.sort(key=lambda a: a.start)
    return anchors


def _partner(mentions: list[Mention], clause: tuple[int, int], pos: int, partner: str | None) -> str | None:
    foreign = [m for m in drop_qualifiers(mentions) if country_of(m.hit.code) != "BY"]
    if not foreign:
        return partner
    cs, _ = clause
    near = [m for m in foreign if cs <= m.start < pos]
    if near:
        return near[-1].hit.code
    if partner and any(m.hit.code == partner for m in foreign):
        return partner
    if partner and any(country_of(m.hit.code) == country_of(partner) for m in foreign):
        return partner
    return foreign[0].hit.code


def _dedupe(facts: list[TradeFact]) -> list[TradeFact]:
    """The same figure told twice (a lead and a quote, a sum repeated later) is one fact."""
    out: list[TradeFact] = []
    for fact in facts:
        key = (fact.partner, fact.metric, fact.product, fact.value, fact.currency, fact.period, fact.status)
        twin = next(
            (i for i, f in enumerate(out)
             if (f.partner, f.metric, f.product, f.value, f.currency, f.period, f.status) == key
             and (f.change == fact.change or f.change is None or fact.change is None)
             and (fact.value is not None or f.change == fact.change)),
            None,
        )
        if twin is None:
            out.append(fact)
        elif out[twin].change is None and fact.change is not None:
            out[twin] = replace(out[twin], change=fact.change)
    return out
