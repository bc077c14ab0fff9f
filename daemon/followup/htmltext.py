"""Pure: HTML mail bodies → readable plain text.

Owns the one HTML-to-text rendering: block tags break lines, table cells join with ' | ', links
read as 'text (url)'. Work is bounded for hostile input (characters read, tags kept).
It must not do I/O or read MIME (parse.py hands it the decoded HTML), and it never raises.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["MAX_HTML_CHARS", "MAX_TEXT_CHARS", "html_to_text"]

MAX_TEXT_CHARS = 1_000_000
MAX_HTML_CHARS = 1_000_000

_BLOCK_TAGS = frozenset(
    [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "tfoot",
        "blockquote", "pre", "hr", "section", "article", "header", "footer", "dl", "dt", "dd", "address", "center",
        "form", "fieldset", "main", "nav", "aside", "figure", "figcaption", "caption",
    ]
)
_SKIP_TAGS = frozenset({"script", "style", "title", "xml", "template", "noscript"})


class _TextExtractor(HTMLParser):
    """Turn HTML into readable text: block tags break lines, table cells join with ' | '."""

    def __init__(self, limit: int) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.size = 0
        self.limit = limit
        self.skip = 0
        self.cells = 0
        self.href: str | None = None
        self.anchor_start = 0

    def _emit(self, text: str) -> None:
        if self.size < self.limit:
            self.pieces.append(text)
            self.size += len(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
            return
        if tag == "tr":
            self._emit("\n")
            self.cells = 0
        elif tag in ("td", "th"):
            if self.cells:
                self._emit(" | ")
            self.cells += 1
        elif tag in _BLOCK_TAGS:
            self._emit("\n")
        elif tag == "a":
            href = next((v for k, v in attrs if k == "href" and v), None)
            self.href = href.strip() if href and re.match(r"(?i)(https?:|mailto:)", href.strip()) else None
            self.anchor_start = len(self.pieces)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr") or tag in _BLOCK_TAGS:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "a":
            if self.href:
                label = "".join(self.pieces[self.anchor_start :]).strip()
                target = self.href[7:] if self.href.lower().startswith("mailto:") else self.href
                if not label:
                    self._emit(target)
                elif target not in label:
                    self._emit(f" ({target})")
            self.href = None
        elif tag in ("p", "div", "li", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"):
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._emit(data)


MAX_TAGS = 8_000
_KEPT_TAGS = frozenset({"a", "td", "th", "tr", "br", "hr", "p", "li", "table", "blockquote", "pre",
                        "h1", "h2", "h3", "h4", "h5", "h6"}) | _SKIP_TAGS
_LAYOUT_BLOCK_RE = re.compile(
    r"</?(?:div|section|article|header|footer|center|ul|ol|tbody|thead)\b[^<>]{0,2000}>", re.I
)
_LAYOUT_INLINE_RE = re.compile(
    r"</?(?:span|font|b|i|u|em|strong|small|big|sup|sub|o:p|img|meta|link)\b[^<>]{0,2000}>", re.I
)
_TAG_RE = re.compile(r"<(/?)([A-Za-z][\w:-]{0,40})\b[^<>]{0,2000}>")


def _simplify_tag(match: re.Match[str]) -> str:
    name = match.group(2).lower()
    if name in _KEPT_TAGS:
        return match.group(0)
    return "\n" if name in _BLOCK_TAGS else ""


def _prepare_html(html: str) -> str:
    """Bound the work html.parser will do: drop comments and tags that carry no text layout.

    Comments are cut by splitting (linear even when unclosed: an unclosed comment runs to the
    end, as in browsers); layout-free tags (div, span, font, ...) become line breaks or nothing;
    what remains is cut after MAX_TAGS tags.
    """
    html = html[:MAX_HTML_CHARS]
    if "<!--" in html:
        pieces = html.split("<!--")
        kept = [pieces[0]]
        for piece in pieces[1:]:
            end = piece.find("-->")
            if end < 0:
                break
            kept.append(piece[end + 3 :])
        html = "".join(kept)
    if html.count("<") > MAX_TAGS // 4:
        html = _cut_after_tags(html, 5 * MAX_TAGS)
        html = _LAYOUT_BLOCK_RE.sub("\n", html)
        html = _LAYOUT_INLINE_RE.sub("", html)
        html = _cut_after_tags(html, 2 * MAX_TAGS)
        if html.count("<") > MAX_TAGS // 4:
            html = _TAG_RE.sub(_simplify_tag, html)
    return _cut_after_tags(html, MAX_TAGS)


def _cut_after_tags(html: str, count: int) -> str:
    if html.count("<") <= count:
        return html
    position = 0
    for _ in range(count):
        position = html.find("<", position) + 1
    return html[: position - 1]


def html_to_text(html: str, limit: int = MAX_TEXT_CHARS) -> str:
    """Render HTML as plain text: lines per block, ' | ' between table cells, links as 'text (url)'."""
    extractor = _TextExtractor(limit)
    try:
        extractor.feed(_prepare_html(html))
        extractor.close()
    except Exception:  # html.parser gives up on some broken declarations; keep what was read
        pass
    text = "".join(extractor.pieces)
    lines = [re.sub(r"[ \t\f\v\u00a0\u200b]+", " ", line).strip() for line in text.splitlines()]
    out = "\n".join(lines)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()[:limit]
