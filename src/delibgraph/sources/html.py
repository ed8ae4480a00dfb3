"""HTML pages (lxml): the page's main text, without menus, banners and footers.

Blocks become lines, table rows become lines with cells joined by " | ". The
main content is ``<main>``, ``[role=main]``, ``#content`` or a single
``<article>`` when the page has one, else ``<body>``.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .base import Document, Reader, SourceError, register

DROP_TAGS = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
             "iframe", "svg", "button", "select", "textarea", "object", "map", "dialog"}
DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog"}
BOILERPLATE = re.compile(r"(?:^|[\s_-])(?:menu|nav|breadcrumb|footer|cookie|sidebar|skip-?link|"
                         r"share|social|rgpd|tarteaucitron)", re.I)
PARAGRAPH_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "blockquote",
                  "section", "article", "main", "figure", "address"}
BLOCK_TAGS = {"caption", "dd", "div", "dt", "fieldset", "figcaption", "hr", "li", "tbody", "thead",
              "tfoot", "body", "center", "header", "footer"}
MAIN_XPATHS = ("//main", "//*[@role='main']", "//*[@id='content' or @id='main-content' or @id='main']",
               "//article")
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([\w.:-]+)", re.I)
SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
LINE, PARA = "\x00", "\x01"  # break markers while rendering
BREAKS = re.compile(r"[ \t]*[\x00\x01\n][ \t\x00\x01\n]*")
MIN_MAIN_SHARE = 0.2  # a main element with less text than this share of the body is ignored


def _encoding(data: bytes) -> str:
    """From the BOM, the meta charset or the XML declaration; else UTF-8 or cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    m = META_CHARSET.search(data[:4096]) or XML_ENCODING.match(data)
    name = m.group(1).decode("ascii", errors="replace").lower() if m else ""
    if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        return "cp1252"  # what such pages really hold (’ œ €)
    try:
        declared = codecs.lookup(name).name if name else None
    except LookupError:  # a misspelt charset: guess
        declared = None
    return declared if declared not in (None, "utf-8") else _guess(data)  # "utf-8" pages in cp1252


def _guess(data: bytes) -> str:
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def _parse(path: Path, data: bytes):
    import lxml.html
    from lxml import etree

    try:
        parser = lxml.html.HTMLParser(encoding=_encoding(data), remove_comments=True)
        return lxml.html.document_fromstring(data, parser=parser)
    except (LookupError, ValueError, etree.LxmlError) as exc:
        raise SourceError(f"{path}: the HTML page cannot be parsed ({exc})") from exc


def _own_part(el) -> bool:
    """A header or footer inside an article or main belongs to the content (title, date)."""
    return el.tag in ("header", "footer") and any(
        a.tag in ("article", "main", "section") for a in el.iterancestors())


def _is_boilerplate(el, total: int) -> bool:
    if _own_part(el):
        return False
    if el.tag in DROP_TAGS or (el.get("role") or "").lower() in DROP_ROLES:
        return True
    marks = f"{el.get('id') or ''} {el.get('class') or ''}"
    if not BOILERPLATE.search(marks):
        return False
    return len(el.text_content()) < 0.5 * total  # a wrapper "has-sidebar" keeps the page


def _drop_boilerplate(main) -> None:
    total = len(main.text_content())
    for el in list(main.iterdescendants()):
        if isinstance(el.tag, str) and el.getparent() is not None and _is_boilerplate(el, total):
            el.drop_tree()


def _main(root):
    body = root.find("body") if root.find("body") is not None else root
    total = len(body.text_content().strip())
    for xpath in MAIN_XPATHS:
        found = root.xpath(xpath)
        if len(found) == 1 and len(found[0].text_content().strip()) >= MIN_MAIN_SHARE * total:
            return found[0]
    return body


def _inline(text: str | None) -> str:
    return SPACES.sub(" ", text) if text else ""


def _row(tr) -> str:
    cells = [SPACES.sub(" ", _render(td).replace(LINE, " ").replace(PARA, " ")).strip()
             for td in tr if td.tag in ("td", "th")]
    return " | ".join(cells)


def _render(el) -> str:
    """The text of an element, blocks on their own lines."""
    if not isinstance(el.tag, str):
        return _inline(el.tail)
    tag = el.tag
    if tag == "br":
        return LINE + _inline(el.tail)
    if tag == "tr":
        return LINE + _row(el) + LINE + _inline(el.tail)
    if tag == "pre":
        return PARA + el.text_content() + PARA + _inline(el.tail)
    inner = _inline(el.text) + "".join(_render(child) for child in el)
    if tag in PARAGRAPH_TAGS:
        inner = PARA + inner + PARA
    elif tag in BLOCK_TAGS:
        inner = LINE + inner + LINE
    return inner + _inline(el.tail)


def _break(m: re.Match[str]) -> str:
    return "\n\n" if PARA in m.group() or m.group().count("\n") > 1 else "\n"


def _tidy(text: str) -> str:
    """Line and paragraph markers -> one line break or one blank line."""
    return BREAKS.sub(_break, text).strip() + "\n"


def html_text(root) -> str:
    """The main text of a parsed page."""
    main = _main(root)
    _drop_boilerplate(main)
    main.tail = None
    return _tidy(_render(main))


def read_html(path: Path, data: bytes) -> Document:
    root = _parse(path, data)
    title = (root.findtext(".//title") or "").strip()
    from .mojibake import repair  # helper G: double-encoded UTF-8 ("prÃ©sents")

    text = repair(html_text(root))
    if not text.strip():
        raise SourceError(f"{path}: the HTML page has no text outside menus and footers")
    return Document(path=path, text=text, media_type="text/html", pages=[(0, len(text))],
                    metadata={"title": title} if title else {})


def sniff_html(data: bytes) -> bool:
    from .text import looks_like_html

    return looks_like_html(data)


HTML = register(Reader("html", (".html", ".htm", ".xhtml"), ("text/html", "application/xhtml+xml"),
                       read_html, sniff=sniff_html))
