"""Every filter a query can carry, each defined once: its option, how its value is read and checked
(with "did you mean"), and the SQL it adds.

The CLI builds its options from these definitions and the queries of `select.py` take their
clauses from them, so a new filter is one definition here. A clause is written for a scope, the
table alias a query has: `a` (articles), `f` (trade facts), `p` (people). A query asks for the
scopes it has, most specific first, and each filter answers in the first of them it knows: on
`trade`, `--year` is about the figures, on `list` about the articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from belcoop.errors import BadQuery
from belcoop.vocab import AGREEMENT_KINDS, METRICS, SECTOR_KEYS, STATUSES

if TYPE_CHECKING:
    from belcoop.place import Place


class Clause(NamedTuple):
    sql: str
    params: tuple[Any, ...]


class Filter:
    """One filter: the option that sets it, the reading of its value, and its SQL by scope."""

    def __init__(
        self,
        option: str,
        *,
        help: str,
        where: Mapping[str, Callable[[Any], Clause]],
        read: Callable[[str, Any], Any] | None = None,
        metavar: str = "TEXT",
        multiple: bool = False,
        integer: bool = False,
        flag: bool = False,
        choices: tuple[str, ...] = (),
        normalise: Callable[[str], str] | None = None,
    ) -> None:
        self.option = option
        self.dest = option.lstrip("-").replace("-", "_")
        self.help = help
        self.where = where
        self.metavar = metavar
        self.multiple = multiple
        self.integer = integer
        self.flag = flag
        self.choices = choices
        self.normalise = normalise
        self._read = read

    def read(self, raw: Any) -> Any:
        """The value the SQL needs, from what the user typed; None when it asks for nothing. Raises BadQuery."""
        if self.flag:
            return True if raw else None
        if self.normalise:
            raw = tuple(map(self.normalise, raw)) if self.multiple else self.normalise(raw)
        if self.choices:
            for value in raw if self.multiple else (raw,):
                _choose(self.option, value, self.choices)
        return self._read(self.option, raw) if self._read else raw

    def clause(self, value: Any, scopes: Sequence[str]) -> Clause | None:
        for scope in scopes:
            if scope in self.where:
                return self.where[scope](value)
        return None


class Query:
    """The filters a command was given, read and checked."""

    def __init__(self, values: Sequence[tuple[Filter, Any]] = ()) -> None:
        self.values = list(values)

    @classmethod
    def read(cls, filters: Sequence[Filter], options: Mapping[str, Any]) -> Query:
        values = []
        for spec in filters:
            raw = options.get(spec.dest)
            if raw is None or raw == () or raw is False:
                continue
            value = spec.read(raw)
            if value is not None:
                values.append((spec, value))
        query = cls(values)
        since, until = query.value(SINCE), query.value(UNTIL)
        if since is not None and until is not None and since > until:
            raise BadQuery("--since", f"--since {since} is after --until {until}: nothing could match")
        return query

    def with_value(self, spec: Filter, value: Any) -> Query:
        """This query with `spec` set to `value` (already read), in place of any value it had."""
        return Query([*((f, v) for f, v in self.values if f is not spec), (spec, value)])

    def __contains__(self, spec: object) -> bool:
        return any(f is spec for f, _value in self.values)

    def value(self, spec: Filter) -> Any:
        """The value read for `spec`, or None if it is not set."""
        return next((value for f, value in self.values if f is spec), None)

    def where(self, *scopes: str) -> tuple[str, list[Any]]:
        """The clauses of these scopes joined with AND (`1` when there are none), and their parameters."""
        parts: list[str] = []
        params: list[Any] = []
        for spec, value in self.values:
            clause = spec.clause(value, scopes)
            if clause is not None:
                parts.append(f"({clause.sql})")
                params.extend(clause.params)
        return " AND ".join(parts) or "1", params


# ---------------------------------------------------------------- reading values


def _choose(option: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        import difflib

        scores = {choice: difflib.SequenceMatcher(None, value.lower(), choice).ratio() for choice in choices}
        best = max(scores.values())
        close = [choice for choice in choices if scores[choice] >= max(0.6, best - 0.05)]  # the best, and any as good
        hint = f" (did you mean {_either(close)}?)" if close else ""
        raise BadQuery(option, f"unknown {option.lstrip('-')} {value!r}{hint}; choose from {', '.join(choices)}")


def _either(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def resolve_place(option: str, query: str) -> Place:
    """A place from a name, alias or code; an unknown one raises BadQuery with close matches."""
    from belcoop.parse.places import resolver

    places = resolver()
    place = places.resolve(query)
    if place is not None:
        return place
    suggestions = places.suggest(query)
    hint = f" (did you mean {_either(suggestions)}?)" if suggestions else ""
    raise BadQuery(option, f"unknown {option.lstrip('-')} {query!r}{hint}")


def _read_places(option: str, raw: Sequence[str]) -> tuple[Place, ...]:
    return tuple(resolve_place(option, value) for value in raw)


def _read_country(option: str, raw: str) -> str:
    return resolve_place(option, raw).country


def fold(text: str) -> str:
    """Lower-case ASCII form for forgiving matches ("Benítez" ~ "benitez"); names are stored folded too."""
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _read_person(option: str, raw: str) -> str | None:
    return fold(raw).strip() or None


# What makes `--text` a full-text query of its own rather than words to find in a row.
_FTS_SYNTAX = re.compile(r'["*():^]|\b(?:AND|OR|NOT|NEAR)\b')


class TextQuery(NamedTuple):
    match: str  # what FTS5 is asked
    note: str | None  # what to tell the user about it (an FTS5 query that could not be read)


def _read_text(option: str, raw: str) -> TextQuery | None:
    """Plain words as one FTS5 phrase ("dairy farm" finds "dairy farms"); text with FTS5 syntax (quotes,
    AND/OR/NOT, NEAR, prefix*, parentheses) as the query it is. Syntax FTS5 cannot read is taken as
    plain words, with a note; nothing to look for is no filter."""
    text = raw.encode("utf-8", "replace").decode("utf-8").strip()  # no lone surrogates for SQLite
    if not text:
        return None
    phrase = '"' + text.replace('"', '""') + '"'
    if not _FTS_SYNTAX.search(text):
        return TextQuery(phrase, None)
    from belcoop.store.schema import check_fts_query

    problem = check_fts_query(text)
    if problem:
        return TextQuery(phrase, f"--text {raw!r} is no full-text query FTS5 can read ({problem}): looking for the words as written")
    return TextQuery(text, None)


def sector_key(text: str) -> str:
    """"Machine building", "machine-building", "MACHINE_BUILDING" -> "machine_building"."""
    return re.sub(r"[\s_-]+", "_", text.strip().lower())


def _read_year(option: str, year: int) -> int:
    if not 1000 <= year <= 9999:
        raise BadQuery(option, f"{year} is not a year: give all four digits, e.g. 2022")
    return year


def _read_side(option: str, raw: str) -> str:
    place = resolve_place(option, raw)
    if place.country != "BY":
        raise BadQuery(option, f"{place.name} is not Belarusian: the side is Belarus, one of its oblasts or Minsk city")
    return place.code


def read_date(option: str, text: str, *, end: bool = False) -> date:
    """`2022`, `May 2022`, `2022-05-13` -> a date; the start of the span, or its end with `end=True`.

    This is the only place belcoop calls dateutil. A value without a year is rejected rather than
    completed from today; anything dateutil cannot read raises BadQuery.
    """
    from datetime import datetime

    from dateutil import parser as du_parser
    from dateutil.relativedelta import relativedelta

    raw = text.strip()
    if re.fullmatch(r"\d{4}", raw):
        year = int(raw)
        return date(year, 12, 31) if end else date(year, 1, 1)
    first, second = datetime(1, 1, 1), datetime(2, 2, 2)
    try:
        a = du_parser.parse(raw, default=first)
        b = du_parser.parse(raw, default=second)
    except (ValueError, OverflowError) as err:
        raise BadQuery(option, f"cannot read {text!r} as a date (try 2022, 'May 2022' or 2022-05-13)") from err
    if a.year != b.year:
        raise BadQuery(option, f"{text!r} has no year; give one, e.g. '{raw} 2022'")
    if a.day != b.day:  # only a month (and year) given: the whole month
        start = date(a.year, a.month, 1)
        return (start + relativedelta(months=1, days=-1)) if end else start
    return a.date()


# ---------------------------------------------------------------- SQL functions the clauses call


def person_matches(query: str, name: str) -> bool:
    """Part of a name, forgiving transliteration ("degtyarev" finds "mikhail degtyaryov"); both folded."""
    if query in name:
        return True
    import difflib

    words = name.split()
    return all(any(difflib.SequenceMatcher(None, q, w).ratio() >= 0.8 for w in words) for q in query.split())


def plain_text_matches(phrase: str, text: str | None) -> bool:
    """`--text` where SQLite has no FTS5: the phrase's words, in a row, among the text's words (folded)."""
    words = _WORD.findall(fold(phrase))
    return bool(words) and f" {' '.join(words)} " in " " + " ".join(_WORD.findall(fold(text or ""))) + " "


_WORD = re.compile(r"\w+")


# ---------------------------------------------------------------- the filters


def _partner_places(places: tuple[Place, ...]) -> Clause:
    codes = [p.code for p in places if p.kind != "country"]
    countries = [p.code for p in places if p.kind == "country"]
    tests = [f"{column} IN ({', '.join('?' * len(values))})" for column, values in (("code", codes), ("country", countries)) if values]
    return Clause(f"a.id IN (SELECT article_id FROM partners WHERE {' OR '.join(tests)})", (*codes, *countries))


_MATCHING_PERSONS = "SELECT id FROM persons WHERE person_matches(?, folded)"

def _fact_places(places: tuple[Place, ...]) -> Clause:
    """Trade facts about these places (a country: about it or any of its regions)."""
    codes = [p.code for p in places if p.kind != "country"]
    countries = [p.code for p in places if p.kind == "country"]
    return _fact_partner(codes, countries)


def _fact_partner(codes: list[str], countries: list[str]) -> Clause:
    tests = [f"f.partner IN ({', '.join('?' * len(codes))})"] if codes else []
    tests += ["f.partner = ? OR f.partner LIKE ? || '-%'"] * len(countries)
    return Clause(" OR ".join(tests), (*codes, *(value for code in countries for value in (code, code))))


# On trade and series the places are those the figures are about (a figure about Pskov in a Buryatia
# article is Pskov's); elsewhere, those the articles are about.
REGION = Filter(
    "--region", multiple=True, read=_read_places, where={"fact": _fact_places, "article": _partner_places},
    help="Partner name, alias or ISO code (Perm, 'Khabarovsk Territory', RU-PER); repeatable.",
)
COUNTRY = Filter(
    "--country", read=_read_country, help="Partner country (Russia, RU, Kazakhstan).",
    where={"fact": lambda code: _fact_partner([], [code]),
           "article": lambda code: Clause("a.id IN (SELECT article_id FROM partners WHERE country = ?)", (code,))},
)
SIDE = Filter(
    "--side", read=_read_side, metavar="NAME",
    help="The Belarusian side: Belarus, an oblast or Minsk city (Mogilev Oblast, 'Minsk city', BY-MA).",
    where={"fact": lambda code: Clause("f.belarus_side = ?", (code,)),
           "article": lambda code: Clause("a.belarus_side_code = ?", (code,))},
)
AGREEMENT = Filter(
    "--agreement", multiple=True, metavar="KIND", choices=AGREEMENT_KINDS, normalise=sector_key,
    help=f"Articles reporting a document of this kind signed (repeatable): {', '.join(AGREEMENT_KINDS)}.",
    where={"article": lambda kinds: Clause(
        f"a.id IN (SELECT article_id FROM agreements WHERE kind IN ({', '.join('?' * len(kinds))}))", tuple(kinds))},
)
SIGNED = Filter(
    "--signed", flag=True, help="Only articles reporting documents signed.",
    where={"article": lambda _on: Clause("a.id IN (SELECT article_id FROM agreements)", ())},
)
SECTOR = Filter(
    "--sector", multiple=True, metavar="KEY", choices=SECTOR_KEYS, normalise=sector_key,
    help=f"Sector of cooperation (repeatable): {', '.join(SECTOR_KEYS)}.",
    where={"article": lambda keys: Clause(
        f"a.id IN (SELECT article_id FROM sectors WHERE sector IN ({', '.join('?' * len(keys))}))", tuple(keys))},
)
PERSON = Filter(
    "--person", read=_read_person, help="Someone named in the article (part of the name is enough).",
    where={
        "person": lambda name: Clause(f"p.person_id IN ({_MATCHING_PERSONS})", (name,)),
        "article": lambda name: Clause(
            f"a.id IN (SELECT article_id FROM people WHERE person_id IN ({_MATCHING_PERSONS}))", (name,)),
    },
)
SINCE = Filter(
    "--since", metavar="DATE", read=lambda option, raw: read_date(option, raw).isoformat(),
    help="Only articles dated on or after DATE (2022, 'May 2022', 2022-05-13).",
    where={"article": lambda day: Clause("a.date >= ?", (day,))},
)
UNTIL = Filter(
    "--until", metavar="DATE", read=lambda option, raw: read_date(option, raw, end=True).isoformat(),
    help="Only articles dated on or before DATE (2022, 'May 2022', 2022-05-13).",
    where={"article": lambda day: Clause("a.date <= ?", (day,))},
)
TEXT = Filter(
    "--text", read=_read_text,
    help="Words that appear in the article, in this order (any word form: tractor, tractors); or an FTS5 query "
         "('tractor* AND Minsk', '\"dairy farm\" OR cheese', 'NEAR(trade turnover, 5)').",
    where={"article": lambda text: Clause("a.id IN (SELECT rowid FROM article_text WHERE article_text MATCH ?)", (text.match,))},
)
YEAR = Filter(
    "--year", integer=True, metavar="YEAR", read=_read_year,
    help="Only articles dated in YEAR; with trade, figures whose period overlaps YEAR (or, with no period, dated in it).",
    where={
        "fact": lambda year: Clause("f.year_start <= ? AND f.year_end >= ?", (year, year)),
        "article": lambda year: Clause("a.date >= ? AND a.date < ?", (f"{year}-01-01", f"{year + 1}-01-01")),
    },
)
METRIC = Filter("--metric", metavar="METRIC", choices=METRICS, normalise=str.lower, help=f"Only this metric: {', '.join(METRICS)}.",
                where={"fact": lambda metric: Clause("f.metric = ?", (metric,))})
STATUS = Filter("--status", metavar="STATUS", choices=STATUSES, normalise=str.lower, help="Reported figures (actual) or goals (target).",
                where={"fact": lambda status: Clause("f.status = ?", (status,))})

ARTICLE_FILTERS = (REGION, COUNTRY, SIDE, SECTOR, AGREEMENT, SIGNED, PERSON, SINCE, UNTIL, TEXT)  # every query command has these
