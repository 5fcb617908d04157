"""The visible text of a saved web page: scripts, styles and markup dropped, entities decoded."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "header", "footer", "nav", "aside", "blockquote", "figure", "figcaption", "title", "dd", "dt", "hr", "main", "time",
    "pre",
}
# A table's cells, in one line a row: parted by a bar, as a row of figures is no sentence ("Turnover | $190 million |
# $210 million" is a line of a table, whose years are in the row over it), and a line of short cells read as a menu.
_CELL_TAGS = {"td", "th"}
_CELL_GAP = " | "
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "head", "button", "form", "select"}


# Blocks beside the article: other stories' headlines, dates and places ("Popular", "Related news"), which would be
# read as the article's header when they come before it. An <aside>, or a block whose class or id says so (a news
# "ticker" or "marquee" over the headline runs other stories' headlines: "Latest: ... — ... — ...").
_ASIDE_TAGS = {"aside", "nav"}
_ASIDE_NAMES = re.compile(r"sidebar|side-bar|\baside\b|related|popular|most-read|mostread|widget|also-read|more-news|"
                          r"recommend|latest-news|news-feed|newsfeed|more-stories|trending|read-next|other-news|"
                          r"post-navigation|nav-previous|nav-next|ticker|marquee", re.IGNORECASE)
_ASIDE_CAN_BE = {"div", "section", "ul", "ol", "aside", "nav"}


# The page's own date of publication in its metadata: the JSON-LD of a news article ("datePublished": "2025-04-10T18:22
# :00+05:00"), or a <meta> tag (property "article:published_time", itemprop "datePublished"). A page's visible dates
# include a "today" widget's; this one is the article's (the page split weighs it as a stamp the content must agree
# with: text.py, dates.py). Else the machine-readable day of a <time> in the header of the page's only article, over its
# first paragraph (`<article><h1>...</h1><time datetime="2025-08-21T11:30">`): the article's stamp, not a widget's.
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})')
_META_DATE_NAMES = {"article:published_time", "og:article:published_time", "datepublished", "pubdate"}
_ISO_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?![\d])")


class _TextExtractor(HTMLParser):
    """The page's text twice: all of it (`parts`), and without the blocks beside the article (`kept`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.kept: list[str] = []
        self.skip = 0
        self.aside: str | None = None  # the tag of the open block beside the article (the outermost), if any
        self.depth = 0  # how many elements of that tag are open inside it, itself included
        self.size = 0  # characters of visible text so far, before spaces are folded
        self.pre = 0  # open <pre> elements, whose line ends are kept
        self.cells = 0  # cells of the table's row opened so far
        self.in_line = False  # whether text has been added since the last line break
        self.ld_json = False  # whether the open <script> holds JSON-LD
        self.published: str | None = None  # the page's date of publication, from its metadata
        self.articles = 0  # open <article> elements
        self.articles_seen = 0  # <article> elements opened so far (a list of teasers has many)
        self.article_text = False  # whether a paragraph of an <article> has opened yet
        self.stamped: str | None = None  # the day of a <time datetime=...> in an article's header

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" and self.published is None:
            self._meta_date(attrs)
        if tag in _SKIP_TAGS:
            self.skip += 1
            self.ld_json = tag == "script" and any(name == "type" and value and "ld+json" in value for name, value in attrs)
            return
        if tag == "pre":
            self.pre += 1
        if tag == "article":
            self.articles += 1
            self.articles_seen += 1
        elif tag == "p" and self.articles:
            self.article_text = True
        elif tag == "time" and self.articles and not self.article_text and self.aside is None and self.stamped is None:
            day = _ISO_DAY.match(dict(attrs).get("datetime") or "")
            self.stamped = day.group(1) if day else None
        if self.aside is None:
            if tag in _ASIDE_CAN_BE and (tag in _ASIDE_TAGS or any(
                    name in ("class", "id") and value and _ASIDE_NAMES.search(value) for name, value in attrs)):
                self.aside, self.depth = tag, 1
        elif tag == self.aside:
            self.depth += 1
        if tag in _BLOCK_TAGS:
            self._add("\n")
        elif tag in _CELL_TAGS:
            if self.cells and self.in_line:
                self._add(_CELL_GAP)  # "Turnover$190 million" was one run
            self.cells += 1
        if tag == "tr":
            self.cells = 0

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            self.ld_json = False
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag == "article":
            self.articles = max(0, self.articles - 1)
        if tag in _BLOCK_TAGS and tag != "br":  # "<br/>" breaks a line once: no blank line inside a paragraph
            self._add("\n")
        if tag == self.aside:
            self.depth -= 1
            if self.depth == 0:
                self.aside = None

    def _meta_date(self, attrs: list[tuple[str, str | None]]) -> None:
        named = {name: value for name, value in attrs if value}
        key = (named.get("property") or named.get("itemprop") or named.get("name") or "").lower()
        day = _ISO_DAY.match(named.get("content", "")) if key in _META_DATE_NAMES else None
        if day:
            self.published = day.group(1)

    def handle_data(self, data: str) -> None:
        if self.ld_json and self.published is None:
            found = _LD_DATE.search(data)
            if found:
                self.published = found.group(1)
        if not self.skip:
            # a line end in the page's source is a space, as a browser shows it (only block elements break lines):
            # "amounted to<br>\n$312.5 million" is one sentence broken once, not two paragraphs
            self._add(data.replace("\r", " ").replace("\n", " ") if self.pre == 0 else data)
            self.size += len(data)

    def _add(self, text: str) -> None:
        if text == "\n":
            self.in_line = False
        elif not self.in_line and not text.isspace():
            self.in_line = True
        self.parts.append(text)
        if self.aside is None:
            self.kept.append(text)


_SPACES = re.compile(r"[ \t\r\f\v]+")
_GAPS = re.compile(r"\n{3,}")
_CHUNK = 1 << 16


def _tidy(parts: list[str]) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return _GAPS.sub("\n\n", "\n".join(lines)).strip() + "\n"


def visible_text(html: str, limit: int | None = None) -> str:
    """Block elements become line breaks, so a page parses like the plain-text scrape of it. The page's date of
    publication in its metadata, if any, opens the text as news.by's " date 2025-04-10 " prefix does.

    With a `limit`, the page is read only until its visible text is longer than `limit` characters (the parser
    reads no further): the text is the same up to there, and a page of megabytes of markup costs no more than
    one with that much text.
    """
    parser = _TextExtractor()
    if limit is None or len(html) <= limit:
        parser.feed(html)
    else:
        check_at = limit  # the text before tidying is never shorter than the tidy text
        for start in range(0, len(html), _CHUNK):
            parser.feed(html[start:start + _CHUNK])
            if parser.size > check_at:
                text = _tidy(parser.parts)
                # whole lines past the limit: up to the limit, the text is what the whole page would give
                if -1 < text.find("\n", limit) < len(text) - 1:
                    return _without_asides(parser)
                check_at = parser.size + max(1, limit - len(text))
    parser.close()
    return _without_asides(parser)


_WORDS_KEPT = 0.5  # of the page's words the text without its asides must keep: else a block left open swallowed it


def _without_asides(parser: _TextExtractor) -> str:
    """The page's text without the blocks beside the article, unless dropping them dropped most of the page (an aside
    left open runs to the end of a badly formed page): then all of it."""
    whole = _tidy(parser.parts)
    if len(parser.kept) != len(parser.parts):
        kept = _tidy(parser.kept)
        whole = kept if len(kept.split()) >= _WORDS_KEPT * len(whole.split()) else whole
    # (a <time> of the page's only article: on a page of many, the first may be a teaser's)
    return _dated(whole, parser.published or (parser.stamped if parser.articles_seen == 1 else None))


def _dated(text: str, published: str | None) -> str:
    """The text with the page's date of publication as the prefix the page split reads for one (" date 2025-04-10 ",
    as news.by pages print it; text.py)."""
    return f" date {published} {text}" if published else text
