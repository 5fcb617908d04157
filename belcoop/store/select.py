"""Queries over a synced corpus: a query's filters become SQL, and the rows come back in order.

Each query runs inside the corpus view's read snapshot, over the articles of this corpus only
(`MEMBER`), and streams its rows: memory stays flat however many match. Records are printed from
their stored JSON, under the id and path this corpus gives them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from belcoop.errors import AmbiguousId, RecordNotFound
from belcoop.rows import JSONText, Row, Rows
from belcoop.store.filters import TEXT, Query
from belcoop.store.schema import MEMBER, json_head
from belcoop.store.sync import CorpusView
from belcoop.vocab import SORTS

if TYPE_CHECKING:
    from belcoop.analysis.people import Mention, Person
    from belcoop.store.stories import Copy

_ORDER = dict(zip(SORTS, (  # undated articles last; then by file name, and path
    "a.date IS NULL, a.date, a.stem, a.path",
    "a.date IS NULL, a.date DESC, a.stem, a.path",
    "coalesce(a.partner_name, '~'), coalesce(a.date, '9999'), a.stem, a.path",
), strict=True))
FETCH_CHUNK = 500  # records read at a time


def _where(view: CorpusView, query: Query, *scopes: str) -> tuple[str, list[Any]]:
    if TEXT in query and not view.store.fts:
        view.warn_once("this Python's SQLite has no FTS5: --text reads every article's text (slower), exact word forms only")
    if TEXT in query and query.value(TEXT).note:
        view.warn_once(query.value(TEXT).note)
    clauses, params = query.where(*scopes)
    return f"{MEMBER} AND {clauses}", params


def _limit(limit: int | None) -> int:
    return -1 if limit is None else limit


def _json(text: str, stored: tuple[str, str], named: tuple[str, str]) -> JSONText:
    """The stored record under the id and path this corpus gives it (`named`; mostly as `stored`)."""
    if named == stored:
        return JSONText(text)
    return JSONText(json_head(*named) + text[len(json_head(*stored)):])


def records(view: CorpusView, query: Query, *, sort: str = "date", limit: int | None = None) -> Rows:
    """One row per article: the columns of `list`, or the record. `sort="corpus"`: in the order the files were found."""

    def rows(cells: bool) -> Iterator[Row]:
        found = _records(view, query, sort if sort != "corpus" else "date", limit, cells)
        if sort == "corpus":
            found = iter(sorted(found, key=lambda item: view.position(*item[0])))
        return (row for _file, row in found)

    return rows


# An article's file and its name as stored: what `CorpusView.names` needs to name it as this corpus does.
_NAMING = "a.id, a.folder_id, a.name, a.stem, a.record_id, a.found_path"
_LIST_COLUMNS = (
    "a.date, a.partner_name, a.partner_code, a.venue, a.event_type, a.title,"
    " (SELECT group_concat(sector, char(31)) FROM (SELECT sector FROM sectors WHERE article_id = a.id ORDER BY position)),"
    " (SELECT count(*) FROM trade_facts WHERE article_id = a.id),"
    " (SELECT count(*) FROM temp.story_copies c WHERE c.story_id ="
    " (SELECT story_id FROM temp.story_copies WHERE article_id = a.id))"
)


def _records(view: CorpusView, query: Query, sort: str, limit: int | None, cells: bool,
             ) -> Iterator[tuple[tuple[int, str], Row]]:
    where, params = _where(view, query, "article")
    chosen = view.db.execute(f"SELECT {_NAMING}{', ' + _LIST_COLUMNS if cells else ''} FROM articles a WHERE {where}"
                             f" ORDER BY {_ORDER[sort]} LIMIT ?", (*params, _limit(limit)))
    # The articles in order first, then their JSON a chunk at a time: sorting 2 KB records costs ten times as much.
    while chunk := chosen.fetchmany(FETCH_CHUNK):
        named = view.names([row[1:6] for row in chunk])
        if cells:
            for (_a, folder_id, name, *_s, day, partner, code, venue, event, title, sectors, facts, copies), (record_id, _p) in zip(
                    chunk, named, strict=True):
                yield (folder_id, name), Row(
                    {"id": record_id, "date": day or "", "partner": partner or "", "partner_code": code or "",
                     "venue": venue or "", "event": event, "sectors": sectors.split("\x1f") if sectors else [],
                     "trade_facts": facts, "copies": max(1, copies), "title": title or ""}, None)
            continue
        texts = dict(view.db.execute(
            f"SELECT article_id, json FROM records WHERE article_id IN ({', '.join('?' * len(chunk))})", [row[0] for row in chunk]))
        copies = _copies(view, [row[0] for row in chunk])
        for (article_id, folder_id, name, _stem, stored_id, stored_path), identity in zip(chunk, named, strict=True):
            yield (folder_id, name), Row({}, _with_copies(_json(texts[article_id], (stored_id, stored_path), identity),
                                                          copies.get(article_id)))


def _copies(view: CorpusView, article_ids: list[int]) -> dict[int, list[Copy]]:
    if not view.db.execute("SELECT 1 FROM temp.story_copies LIMIT 1").fetchone():
        return {}  # no story of several copies in this corpus (the usual case): nothing to import or ask
    from belcoop.store import stories

    return stories.copies(view, article_ids)


def _with_copies(text: JSONText, copies: list[Copy] | None) -> JSONText:
    """A record of a story saved several times, with its `copies` (a field added to the contract's, last)."""
    if not copies:
        return text
    from belcoop.store.stories import copies_json

    return JSONText(f'{text[:-1]}, "copies": {copies_json(copies)}}}')


def record(view: CorpusView, prefix: str) -> JSONText:
    """The record whose id is `prefix`, or the only one starting with it."""
    # Candidates by stem in SQL (an id is the stem, or the stem and a hash when the stem is shared).
    rows = view.db.execute(
        f"SELECT {_NAMING}, r.json FROM articles a JOIN records r ON r.article_id = a.id"
        f" WHERE {MEMBER} AND (substr(a.stem, 1, length(?1)) = ?1 OR substr(?1, 1, length(a.stem)) = a.stem)"
        f" ORDER BY {_ORDER['date']}",
        (prefix,),
    ).fetchall()
    named = list(zip(view.names([row[1:6] for row in rows]), rows, strict=True))
    matches = [n for n in named if n[0][0] == prefix] or [n for n in named if n[0][0].startswith(prefix)]
    if not matches:
        raise RecordNotFound(f"no record with id {prefix!r}")
    if len(matches) > 1:
        shown = ", ".join(identity[0] for identity, _row in matches[:5])
        raise AmbiguousId(f"id prefix {prefix!r} matches {len(matches)} records: {shown}")
    identity, (article_id, *_file, stored_id, stored_path, text) = matches[0]
    return _with_copies(_json(text, (stored_id, stored_path), identity), _copies(view, [article_id]).get(article_id))


_FACTS = "FROM articles a JOIN trade_facts f ON f.article_id = a.id"


_TRADE_ORDER = {
    "date": f"{_ORDER['date']}, f.position",
    "period": f"f.period_start IS NULL, f.period_start, f.period_end, {_ORDER['date']}, f.position",
    "value": f"f.value IS NULL, f.value DESC, {_ORDER['date']}, f.position",
    "partner": f"coalesce(f.partner_name, '~'), f.period_start IS NULL, f.period_start, f.period_end, {_ORDER['date']}, f.position",
}


def trade(view: CorpusView, query: Query, *, sort: str = "date", limit: int | None = None) -> Rows:
    """One row per trade fact: by the date of its article (`date`), its period, its value (largest first) or partner."""
    return lambda cells: _trade(view, query, sort, limit)


def _trade(view: CorpusView, query: Query, sort: str, limit: int | None) -> Iterator[Row]:
    where, params = _where(view, query, "fact", "article")
    facts = view.db.execute(
        f"SELECT {_NAMING}, a.date, a.outlet, f.partner, f.partner_name, f.belarus_side, a.belarus_side_name, f.metric,"
        " f.product, f.value, f.currency, f.approx, f.period_start, f.period_end, f.change_kind, f.change_value, f.status,"
        f" f.evidence {_FACTS} WHERE {where} ORDER BY {_TRADE_ORDER[sort]} LIMIT ?",
        (*params, _limit(limit)),
    )
    while chunk := facts.fetchmany(FETCH_CHUNK):
        for (*_file, day, outlet, partner, partner_name, side, side_name, metric, product, value, currency, approx, start,
             end, change_kind, change_value, status, evidence), (record_id, path) in zip(
                chunk, view.names([row[1:6] for row in chunk]), strict=True):
            number = int(value) if isinstance(value, float) and value.is_integer() else value
            # The flat columns a spreadsheet wants, and (for scripts written before them) the fact's own nested fields.
            flat = {
                "id": record_id, "date": day, "outlet": outlet, "partner_code": partner, "partner_name": partner_name or "",
                "belarus_side_code": side, "belarus_side_name": side_name,
                "metric": metric, "product": product, "value": number, "currency": currency, "approx": approx,
                "period_start": start, "period_end": end, "change_kind": change_kind, "change_value": change_value,
                "status": status, "evidence": evidence, "path": path,
            }
            item = {**flat, "partner": partner, "period": {"start": start, "end": end} if start else None,
                    "change": {"kind": change_kind, "value": change_value} if change_kind else None}
            yield Row(flat, item)


def mentions(view: CorpusView, query: Query, *, scopes: tuple[str, ...] = ("person", "article")) -> list[Mention]:
    """Every person every article of the query names, in the order of the articles (by date). With the scope
    "person", `--person` keeps the people it names; without, the people of the articles that name them."""
    from belcoop.analysis.people import Mention

    where, params = _where(view, query, *scopes)
    rows = view.db.execute(
        f"SELECT {_NAMING}, a.date, a.partner_name, p.name, p.role, p.country FROM articles a JOIN people p"
        f" ON p.article_id = a.id WHERE {where} ORDER BY {_ORDER['date']}, p.position", params).fetchall()
    found = []
    for start in range(0, len(rows), FETCH_CHUNK):
        chunk = rows[start:start + FETCH_CHUNK]
        for (article_id, *_file, day, partner, name, role, country), (record_id, _path) in zip(
                chunk, view.names([row[1:6] for row in chunk]), strict=True):
            found.append(Mention(article_id, record_id, day, partner, name, role, country))
    return found


def people(view: CorpusView, query: Query, *, limit: int | None = None, scopes: tuple[str, ...] = ("person", "article"),
           ) -> list[dict[str, Any]]:
    """One row per person across the articles (spelling variants merged: analysis/people.py), most articles first."""
    from belcoop.analysis.people import merge

    persons = merge(mentions(view, query, scopes=scopes), _country_code)
    rows = [person_row(p) for p in persons]
    return rows if limit is None else rows[:limit]


def person_row(p: Person) -> dict[str, Any]:
    return {"name": p.name, "roles": p.roles, "country": p.country or "", "articles": len(p.articles),
            "partners": p.partners, "spellings": p.spellings, "ids": p.records}


def people_with(view: CorpusView, query: Query, name: str, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Who appears in the same articles as the person `name` names (the one of most articles among those it matches)."""
    from belcoop.analysis.people import appearing_with, merge
    from belcoop.errors import RecordNotFound
    from belcoop.store.filters import fold, person_matches

    found = mentions(view, query, scopes=("article",))
    persons = merge(found, _country_code)
    wanted = fold(name).strip()
    targets = [p for p in persons if any(person_matches(wanted, fold(s)) for s in p.spellings)]
    if not targets:
        raise RecordNotFound(f"no one named {name!r} in these articles")
    target = targets[0]
    partners = {m.article_id: m.partner for m in found}
    rows = [{"name": t.person.name, "roles": t.person.roles, "country": t.person.country or "", "together": len(t.shared),
             "ids": t.shared, "partners": t.partners, "with": target.name} for t in appearing_with(persons, target, partners)]
    return rows if limit is None else rows[:limit]


def _country_code(place: str) -> str | None:
    from belcoop.parse.places import resolver

    found = resolver().resolve(place)
    return found.country if found else None


def summary(view: CorpusView, query: Query) -> dict[str, Any]:
    """Counts over the articles that pass the query: by partner, year and sector, people, agreements, facts."""
    where, params = _where(view, query, "article")
    db = view.db
    db.execute("CREATE TEMP TABLE IF NOT EXISTS chosen (article_id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.chosen")
    db.execute(f"INSERT INTO temp.chosen SELECT a.id FROM articles a WHERE {where}", params)
    chosen = "JOIN temp.chosen c ON c.article_id = a.id"

    def counts(sql: str) -> dict[str, int]:
        return {str(key): int(n) for key, n in db.execute(sql)}

    top = people(view, query, limit=10, scopes=("article",))
    return {
        "records": db.execute("SELECT count(*) FROM temp.chosen").fetchone()[0],
        "trade_facts": db.execute("SELECT count(*) FROM trade_facts f JOIN temp.chosen c ON c.article_id = f.article_id").fetchone()[0],
        "by_partner": counts(f"SELECT coalesce(a.partner_name, '(none)') AS k, count(*) AS n FROM articles a {chosen}"
                             " GROUP BY k ORDER BY n DESC, k"),
        "by_year": counts(f"SELECT coalesce(substr(a.date, 1, 4), 'undated') AS k, count(*) FROM articles a {chosen}"
                          " GROUP BY k ORDER BY k"),
        "by_sector": counts(f"SELECT s.sector, count(*) AS n FROM sectors s JOIN articles a ON a.id = s.article_id {chosen}"
                            " GROUP BY s.sector ORDER BY n DESC, s.sector"),
        "top_people": [{"name": row["name"], "articles": row["articles"]} for row in top],
        "agreements_signed": counts(f"SELECT g.kind, sum(coalesce(g.count, 1)) AS n FROM agreements g JOIN articles a"
                                    f" ON a.id = g.article_id {chosen} GROUP BY g.kind ORDER BY n DESC, g.kind"),
    }


def series_points(view: CorpusView, query: Query) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The trade facts with a period that pass the query, gathered by the series point they belong to (as
    `analysis.series.Aggregate` orders a point): the figures, and apart the changes stated with no figure.
    One story's facts count once, and so do one article's: a report is an article, not a fact. An article that
    gives a point several facts reports its first figure (its first fact, when it gives none), with the first
    change it states for that point. SQLite does the per-figure work: the range each figure allows
    (`analysis.series.RANGES`), the exact figures and changes as lists, each report's JSON and how it sorts."""
    from belcoop.analysis.series import RANGES

    where, params = _where(view, query, "fact", "article")
    named = "coalesce((SELECT record_id FROM temp.renamed WHERE article_id = a.id), a.stem)" if view.name_articles() else "a.stem"

    def share(end: int) -> str:
        cases = " ".join(f"WHEN '{approx}' THEN {bounds[end]!r}" for approx, bounds in RANGES.items() if approx)
        return f"(CASE r.approx {cases} ELSE {RANGES[None][end]!r} END)"

    whole = "CASE WHEN r.value = CAST(r.value AS INTEGER) THEN CAST(r.value AS INTEGER) ELSE r.value END"
    facts = (f"SELECT f.point_id, f.value, f.approx, f.partner_name, a.belarus_side_name, a.date, {named} AS id, f.change_kind,"
             f" f.change_value {_FACTS} WHERE {where} AND f.point_id IS NOT NULL AND (f.value IS NOT NULL OR f.change_kind IS NOT NULL)")
    # One article's report of a point, where it gives several facts: grouped by (article, point), the bare columns are
    # those of the fact of the smallest rank (SQLite's rule for a lone min()): a figure before a change alone, then the
    # first by position. Its change, when it states none, is the article's first for that point.
    change = ("CASE WHEN f.change_kind IS NULL AND count(*) > 1 THEN (SELECT o.{0} FROM trade_facts o WHERE"
              " o.article_id = f.article_id AND o.point_id = f.point_id AND o.change_kind IS NOT NULL ORDER BY o.position"
              " LIMIT 1) ELSE f.{0} END")
    reports = (f"SELECT f.point_id, min((f.value IS NULL) * 1000000 + f.position) AS rank, f.value, f.approx, f.partner_name,"
               f" a.belarus_side_name, a.date, {named} AS id, {change.format('change_kind')} AS change_kind,"
               f" {change.format('change_value')} AS change_value {_FACTS} WHERE {where} AND f.point_id IN"
               " (SELECT value FROM json_each(?)) AND (f.value IS NOT NULL OR f.change_kind IS NOT NULL)"
               " GROUP BY f.article_id, f.point_id")

    def points(source: str, values: list[Any]) -> list[tuple[Any, ...]]:
        # Grouped by the point's integer id (sorting 200,000 facts by eight text columns costs three times as much),
        # its columns taken from `points` once per point.
        return view.db.execute(
            "SELECT p.partner, coalesce(g.partner_name, p.partner, ''), p.belarus_side, g.side_name, p.metric, p.product,"
            " p.status, p.currency, p.period_start, p.period_end, g.n, g.low, g.high, g.exact, g.changes, g.keys, g.sources,"
            " g.valued, g.point_id"
            " FROM (SELECT r.point_id, r.value IS NOT NULL AS valued, max(r.partner_name) AS partner_name,"
            f" max(r.belarus_side_name) AS side_name, count(*) AS n, max(r.value * {share(0)}) AS low,"
            f" min(r.value * {share(1)}) AS high, group_concat(CASE WHEN r.approx IS NULL THEN r.value END, ' ') AS exact,"
            " group_concat(r.change_kind || ' ' || r.change_value, ' ') AS changes,"
            " group_concat(coalesce(r.date, '~') || ' ' || json_quote(r.id), char(30)) AS keys,"
            f" group_concat(json_object('id', r.id, 'date', r.date, 'value', {whole}, 'approx', r.approx, 'change',"
            " CASE WHEN r.change_kind IS NULL THEN NULL ELSE json_object('kind', r.change_kind, 'value', r.change_value) END),"
            f" char(30)) AS sources FROM ({source}) r GROUP BY r.point_id, valued) g"
            " JOIN points p ON p.id = g.point_id",
            values,
        ).fetchall()

    found = points(facts, params)
    # Every fact is a report at first (one pass, no grouping by article: the most common case by far); a point whose
    # reports name one article twice (their sort keys, date and id, repeat) is gathered again by article.
    repeated = {row[-1] for row in found if row[10] > 1 and len(set(row[15].split("\x1e"))) < row[10]}
    if repeated:
        found = [row for row in found if row[-1] not in repeated] + points(reports, [*params, json.dumps(sorted(repeated))])
    figures: list[tuple[Any, ...]] = []
    changes: list[tuple[Any, ...]] = []
    for *point, valued, _point_id in found:
        (figures if valued else changes).append(tuple(point))
    return figures, changes
