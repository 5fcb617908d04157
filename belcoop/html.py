"""The visible text of a saved web page: scripts, styles and markup dropped, entities decoded."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "header", "footer", "nav", "aside", "blockquote", "figure", "figcaption", "title", "dd", "dt", "hr", "main", "time",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "head", "button", "form", "select"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.size = 0  # characters of visible text so far, before spaces are folded

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)
            self.size += len(data)


_SPACES = re.compile(r"[ \t\r\f\v]+")
_GAPS = re.compile(r"\n{3,}")
_CHUNK = 1 << 16


def _tidy(parts: list[str]) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return _GAPS.sub("\n\n", "\n".join(lines)).strip() + "\n"


def visible_text(html: str, limit: int | None = None) -> str:
    """Block elements become line breaks, so a page parses like the plain-text scrape of it.

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
                    return text
                check_at = parser.size + max(1, limit - len(text))
    parser.close()
    return _tidy(parser.parts)
