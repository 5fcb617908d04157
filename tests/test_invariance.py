"""Invariance: harmless edits to an article keep its record.

For every bundled seed article, a trailing unrelated line, a related-news block (headlines of other articles
with their own dates and figures), other whitespace or line endings, or wrapping the text in a minimal HTML
page must not change the record's date, partner, partners, trade facts (compared without their evidence,
which quotes the text), people or venue.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from belcoop.corpus import article_text
from belcoop.parse import parse_article

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
FIELDS = ("date", "partner", "partners", "trade", "people", "venue")

Edit = Callable[[str], str]


def _append(block: str) -> Edit:
    def edit(text: str) -> str:
        return text.rstrip("\n") + "\n\n" + block.strip("\n") + "\n"

    return edit


# Lines of our own that any page may end with.
COPYRIGHT = _append("© 2009-2024 Belarusian Telegraph Agency. All rights reserved. Reproduction only with a hyperlink.")
TELEGRAM = _append("Subscribe to our Telegram channel")
TELEGRAM_YEAR = _append("Subscribe to our Telegram channel · 2024")
LAST_UPDATED = _append("Page last updated: 12.01.2024 10:00")
UNRELATED_YEAR = _append("Archive photo, 2016. Views: 1 245")
WEATHER = _append("Minsk, 14 April 2019: +12°C, wind 4 m/s")

# Headlines of other articles, with their own dates, places, people, figures and documents.
RELATED_NEWS = _append("""
Related news

Belarus' exports to Armenia rose 18% to $96.4 million in January-May 2019

10:15, 14 June 2019

Lukashenko meets with Governor of Omsk Oblast Vitaly Khotsenko in Minsk

17:02, 3 April 2024

Tatarstan and Belarus sign roadmap as trade hits $1.2 billion in 2023

09:40, 1 February 2024
""")
# A BelTA-style list whose headlines name the seeds' own partners, with figures and years of their own.
OTHER_MATERIALS = _append("""
Other materials of «Regions»

Belarus-Kazakhstan trade up 12% to $1.3 billion in 2019

09:01, 11 June

Perm Krai to buy 50 Belarusian buses as trade reaches $310 million in January-April 2018

14:22, 2 May 2018

Khabarovsk Territory Governor Sergei Furgal: a dairy farm with Belarus by 2021

18:05, 20 February 2020

Altai Krai, Vladimir Oblast sign roadmaps with Vitebsk Oblast; exports up 2.5 times

11:40, 7 July 2017
""")
READ_ALSO = _append("""
Read also:
Gomel Oblast, Bryansk Oblast to double trade to $400 million by 2025 (12.10.2020)
Belarusian tractors assembled in Kostanay: 1,500 units in 2018 (05.02.2019)
""")


def crawl_banner(text: str) -> str:
    """A site banner with the day the page was saved, above the article."""
    return "Flag Friday, 26 April 2024\nMinsk Clear +17°C\nAll news\n\n" + text


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def trailing_spaces(text: str) -> str:
    return "\n".join(line + " \t" if line.strip() else line for line in text.split("\n"))


def wider_gaps(text: str) -> str:
    """One more line break wherever lines break (a blank line between single-spaced paragraphs)."""
    return re.sub(r"\n+", lambda m: m.group(0) + "\n", text.rstrip("\n")) + "\n"


def as_html(text: str, entities: bool = False) -> str:
    """The text as a minimal saved web page (one paragraph per line), read back as belcoop reads an .html file;
    with `entities`, every non-ASCII character written as a character reference (&#8211; for the dash)."""
    lines = (html.escape(line) for line in text.split("\n") if line.strip())
    if entities:
        lines = (line.encode("ascii", "xmlcharrefreplace").decode("ascii") for line in lines)
    body = "\n".join(f"<p>{line}</p>" for line in lines)
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>News</title>\n"
        "<style>p { margin: 0 }</style>\n</head>\n<body>\n<article>\n" + body + "\n</article>\n</body>\n</html>\n"
    )
    warnings: list[str] = []
    return article_text(page.encode("utf-8"), "article.html", warnings.append)


EDITS: dict[str, Edit] = {
    "copyright-line": COPYRIGHT,
    "telegram-line": TELEGRAM,
    "telegram-line-with-year": TELEGRAM_YEAR,
    "last-updated-line": LAST_UPDATED,
    "unrelated-year-line": UNRELATED_YEAR,
    "weather-line": WEATHER,
    "related-news": RELATED_NEWS,
    "read-also": READ_ALSO,
    "crlf": crlf,
    "trailing-spaces": trailing_spaces,
    "wider-gaps": wider_gaps,
    "other-materials": OTHER_MATERIALS,
    "crawl-banner": crawl_banner,
    "html-page": as_html,
    "html-entities": lambda text: as_html(text, entities=True),
}


def _record(text: str, name: str) -> dict[str, Any]:
    return parse_article(text, path=name, sha256="0" * 64, record_id=Path(name).stem).to_dict()


def _kept(record: dict[str, Any]) -> dict[str, Any]:
    """The fields that must survive a harmless edit; trade facts without evidence, in a stable order."""
    facts = [{k: v for k, v in fact.items() if k != "evidence"} for fact in record["trade"]]
    kept = {field: record[field] for field in FIELDS if field != "trade"}
    kept["trade"] = sorted(facts, key=lambda fact: json.dumps(fact, sort_keys=True))
    return kept


@cache
def _original(name: str) -> str:
    return (Path(__file__).resolve().parent.parent / "seeds" / name).read_text(encoding="utf-8")


@cache
def _baseline(name: str) -> str:
    return json.dumps(_kept(_record(_original(name), name)), sort_keys=True, ensure_ascii=False)


def test_seeds_are_there() -> None:
    assert len(SEEDS) == 5


@pytest.mark.parametrize("edit_name", sorted(EDITS))
@pytest.mark.parametrize("seed", [p.name for p in SEEDS])
def test_harmless_edit_keeps_record(seed: str, edit_name: str) -> None:
    edited = EDITS[edit_name](_original(seed))
    assert edited != _original(seed)
    want = json.loads(_baseline(seed))
    got = _kept(_record(edited, seed))
    changed = {field: {"before": want[field], "after": got[field]} for field in FIELDS if want[field] != got[field]}
    assert not changed, json.dumps(changed, ensure_ascii=False, indent=1)
