"""Reprints in the store: pairs of articles linked when stored, merged into stories when a corpus is queried.

Linking happens once, in the transaction that stores an article: its fingerprint keys are looked
up (at most `COMMON_KEY + 1` postings a key, so boilerplate costs nothing), and each candidate is
checked with the two sketches (`analysis.reprints.same_story`). A query then only reads the links
among its corpus's articles: the merging costs about as much as there are reprints, not articles.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from belcoop import parser_version
from belcoop.store.schema import member

if TYPE_CHECKING:
    from belcoop.store.sync import CorpusView



def link(db: sqlite3.Connection, keys: list[tuple[int, int]], sketches: list[tuple[int, bytes]]) -> None:
    """Inside the write of a batch: store its fingerprints, and link its articles to the stored ones (and to
    each other) that tell the same story."""
    if not sketches:
        return
    from belcoop.analysis.reprints import COMMON_KEY, candidate_pairs, same_story, unpack

    db.executemany("INSERT OR IGNORE INTO sketches VALUES (?, ?)", sketches)
    db.executemany("INSERT OR IGNORE INTO story_keys VALUES (?, ?)", keys)
    db.execute("CREATE TEMP TABLE IF NOT EXISTS new_story_keys (key INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.new_story_keys")
    db.executemany("INSERT OR IGNORE INTO temp.new_story_keys VALUES (?)", [(key,) for key, _article in keys])
    postings = [
        (key, [int(a) for a in found.split(",")])
        for key, found in db.execute(
            "SELECT n.key, (SELECT group_concat(article_id) FROM (SELECT k.article_id FROM story_keys k WHERE k.key = n.key"
            f" LIMIT {COMMON_KEY + 1})) FROM temp.new_story_keys n")
        if found and "," in found
    ]
    pairs = list(candidate_pairs(postings, {article for article, _sketch in sketches}))
    if not pairs:
        return
    wanted = sorted({a for pair in pairs for a in pair})
    known: dict[int, bytes] = {}
    version = parser_version()  # a sketch of another version may be of another form, and its article is stale
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        known.update(db.execute(
            "SELECT s.article_id, s.sketch FROM sketches s JOIN articles a ON a.id = s.article_id"
            f" WHERE a.parser_version = ? AND s.article_id IN ({', '.join('?' * len(chunk))})", (version, *chunk)))
    cache: dict[int, Any] = {}

    def sketch(article: int) -> Any:
        if article not in cache:
            cache[article] = unpack(known[article])
        return cache[article]

    found = [(a, b, kind) for a, b in pairs if a in known and b in known and (kind := same_story(sketch(a), sketch(b)))]
    db.executemany("INSERT OR IGNORE INTO similar VALUES (?, ?, ?)", found)


class Copy(NamedTuple):
    id: str
    path: str
    outlet: str | None
    title: str | None
    date: str | None


def merge(view: CorpusView, *, all_copies: bool) -> None:
    """Within the view's snapshot: gather the corpus's reprints into stories. One copy stands for its story (the
    dated one with the most facts, else the first in the corpus); the others are set aside (as duplicates are)
    unless `all_copies`. Either way `temp.story_copies` says
    which articles are copies of one story."""
    db = view.db
    db.execute("DELETE FROM temp.story_copies")
    edges = db.execute(
        "SELECT s.a, s.b FROM similar s JOIN articles a ON a.id = s.a JOIN articles b ON b.id = s.b"
        f" WHERE {member('a')} AND {member('b')}").fetchall()
    if not edges:
        return
    from belcoop.analysis.reprints import groups

    found = groups(edges)
    ids = sorted({article for group in found for article in group})
    # The copy that stands for the story: a dated one, with the most trade facts and people, else the first in the corpus
    # (a copy saved without the agency's header may have lost its date, or been read as about another place).
    rank: dict[int, tuple[int, ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for article, folder_id, name, undated, facts, people in db.execute(
                "SELECT a.id, a.folder_id, a.name, a.date IS NULL, (SELECT count(*) FROM trade_facts WHERE article_id = a.id),"
                " (SELECT count(*) FROM people WHERE article_id = a.id)"
                f" FROM articles a WHERE a.id IN ({', '.join('?' * len(chunk))})", chunk):
            rank[article] = (undated, -facts, -people, view.position(folder_id, name), article)
    rows: list[tuple[int, int, int]] = []
    for group in found:
        ordered = sorted(group, key=lambda article: rank.get(article, (1, 0, 0, -1, article)))
        rows.extend((article, ordered[0], position) for position, article in enumerate(ordered))
    db.executemany("INSERT INTO temp.story_copies VALUES (?, ?, ?)", rows)
    if not all_copies:
        db.executemany("INSERT OR IGNORE INTO temp.hidden VALUES (?)", [(article,) for article, story, _p in rows if article != story])


# The columns of `articles` that say which file a copy is, for `CorpusView.names`.
_NAMING = "a.id, a.folder_id, a.name, a.stem, a.record_id, a.found_path"


def copies(view: CorpusView, article_ids: list[int]) -> dict[int, list[Copy]]:
    """For each of these articles that is one copy of a story: every copy of that story (path, outlet, title, date),
    the one standing for it first."""
    db = view.db
    wanted = sorted(set(article_ids))
    stories: dict[int, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        stories.update(db.execute(
            f"SELECT article_id, story_id FROM temp.story_copies WHERE article_id IN ({', '.join('?' * len(chunk))})", chunk))
    if not stories:
        return {}
    members: dict[int, list[Copy]] = {}
    story_ids = sorted(set(stories.values()))
    for start in range(0, len(story_ids), 500):
        chunk = story_ids[start:start + 500]
        rows = db.execute(
            f"SELECT c.story_id, a.outlet, a.title, a.date, {_NAMING} FROM temp.story_copies c JOIN articles a"
            f" ON a.id = c.article_id WHERE c.story_id IN ({', '.join('?' * len(chunk))}) ORDER BY c.story_id, c.position",
            chunk).fetchall()
        for (story, outlet, title, day, *_naming), (record_id, path) in zip(rows, view.names([r[5:10] for r in rows]),
                                                                             strict=True):
            members.setdefault(story, []).append(Copy(record_id, path, outlet, title, day))
    return {article: members[story] for article, story in stories.items()}


def copies_json(found: list[Copy]) -> str:
    return json.dumps([c._asdict() for c in found], ensure_ascii=False)


def story_count(view: CorpusView) -> Iterator[tuple[int, int]]:
    """(story, number of copies) for each story of several copies in this corpus."""
    yield from view.db.execute("SELECT story_id, count(*) FROM temp.story_copies GROUP BY story_id")
