"""Pure: HTML mail bodies → readable plain text.

Owns the one HTML parser of the package and its two renderings: mail text for detection (block
tags break lines, table cells join with ' | ', links read as 'text (url)') and a reply's shape for
reading the owner's commands (a line per block, blockquotes kept as '> ' quoting, pre kept).
Work is bounded for hostile input (characters read, tags kept). It must not do I/O or read MIME
(parse.py hands it the decoded HTML), and it never raises.
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
# Where mail text also breaks after a block; the paragraph spacing detection's sentences were tuned on.
_TEXT_END_BREAKS = frozenset(["p", "div", "li", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"])
_SKIP_TAGS = frozenset({"script", "style", "title", "xml", "template", "noscript"})
_FLOW_SPACE_RE = re.compile(r"[ \t\r\n\f]+")


class _Renderer(HTMLParser):
    """Walk HTML once and write it as text, in one of the two renderings of `html_to_text`."""

    def __init__(self, limit: int, quoting: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.quoting = quoting
        self.limit = limit
        self.size = 0  # characters of data read
        self.skip = 0
        self.line: list[str] = []  # the text being written (mail text: all of it, one stream)
        self.lines: list[str] = []  # finished quoted lines (reply shape)
        self.depth = 0  # blockquote nesting (Gmail gmail_quote, Apple and Thunderbird type=cite)
        self.line_depth = 0
        self.pre = 0
        self.cells = 0
        self.href: str | None = None
        self.anchor_start = 0

    def _break(self, *, always: bool) -> None:
        """End a line: mail text always writes one (blank runs are squeezed later); a reply's
        shape ends a line only where text was written, or for a hard break (br)."""
        if not self.quoting:
            self.line.append("\n")
        elif always or self.line:
            depth = self.line_depth if self.line else self.depth
            text = "".join(self.line).strip()
            self.lines.append("> " * depth + text if text else ">" * depth)
            self.line = []

    def _write(self, data: str) -> None:
        if not self.quoting:
            self.line.append(data)
        elif self.pre:
            pieces = data.split("\n")
            for piece in pieces[:-1]:
                self._flow(piece)
                self._break(always=True)
            self._flow(pieces[-1])
        else:
            self._flow(_FLOW_SPACE_RE.sub(" ", data))

    def _flow(self, data: str) -> None:
        if not self.line:
            self.line_depth = self.depth
            data = data.lstrip(" ")
        if data:
            self.line.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "br":
            self._break(always=True)
        elif self.quoting:
            if tag in _BLOCK_TAGS or tag == "tr":
                self._break(always=False)
                if tag == "blockquote":
                    self.depth += 1
                elif tag == "pre":
                    self.pre += 1
        elif tag == "tr":
            self._break(always=True)
            self.cells = 0
        elif tag in ("td", "th"):
            if self.cells:
                self.line.append(" | ")
            self.cells += 1
        elif tag in _BLOCK_TAGS:
            self._break(always=True)
        elif tag == "a":
            href = next((v for k, v in attrs if k == "href" and v), None)
            self.href = href.strip() if href and re.match(r"(?i)(https?:|mailto:)", href.strip()) else None
            self.anchor_start = len(self.line)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" or (not self.quoting and tag in _BLOCK_TAGS):
            self._break(always=True)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif self.quoting:
            if tag in _BLOCK_TAGS or tag == "tr":
                self._break(always=False)
                if tag == "blockquote":
                    self.depth = max(0, self.depth - 1)
                elif tag == "pre":
                    self.pre = max(0, self.pre - 1)
        elif tag == "a":
            if self.href:
                label = "".join(self.line[self.anchor_start :]).strip()
                target = self.href[7:] if self.href.lower().startswith("mailto:") else self.href
                if not label:
                    self.line.append(target)
                elif target not in label:
                    self.line.append(f" ({target})")
            self.href = None
        elif tag in _TEXT_END_BREAKS:
            self._break(always=True)

    def handle_data(self, data: str) -> None:
        if self.skip or self.size >= self.limit:
            return
        self.size += len(data)
        self._write(data)


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


def html_to_text(html: str, limit: int = MAX_TEXT_CHARS, *, quote_blockquotes: bool = False) -> str:
    """Render HTML as plain text, at most `limit` characters of it.

    By default, as mail text: lines per block, ' | ' between table cells, links as 'text (url)'.
    With `quote_blockquotes`, in a reply's shape: the HTML's own line breaks and no more, blockquotes
    as '> ' quoting (what is quoted is never a command), pre kept line by line, links and cells as
    their bare text (an edited draft is sent as the owner wrote it). A reply's whole HTML is read, not
    cut after a number of tags: a bottom-posted command sits under the quote.
    """
    renderer = _Renderer(limit, quote_blockquotes)
    try:
        renderer.feed(html[:MAX_HTML_CHARS] if quote_blockquotes else _prepare_html(html))
        renderer.close()
    except Exception:  # html.parser gives up on some broken declarations; keep what was read
        pass
    if quote_blockquotes:
        if renderer.line:
            renderer._break(always=True)
        return "\n".join(renderer.lines)[:limit]
    text = "".join(renderer.line)
    lines = [re.sub(r"[ \t\f\v\u00a0\u200b]+", " ", line).strip() for line in text.splitlines()]
    out = "\n".join(lines)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()[:limit]
