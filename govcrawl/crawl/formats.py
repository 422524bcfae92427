"""One document in several formats: an article whose report is a file offered as a PDF *and* an OFD
(or a Word copy), often behind icon-only links ("PDF版", "OFD版" pictures) — formats of one document,
not two documents of one report (portals.md §1.1: the ``P0…`` files beside an article).

``format_alternates``: of the files one article links, those that are the same document in other
formats — each of another document format (PDF, OFD, DOC, DOCX, WPS), none named as another
document than the others (their link names, less the format words and the extension, agree or
are empty).  Each file's record names the others as its ``source.attachments`` with role
``ALTERNATE_FORMAT`` (``alternate_sources``); the store keeps the one read best as the report's
version and never takes the others for a rival document (``govcrawl.store``).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from govcrawl.store.store import ALTERNATE_FORMAT

# The formats one document is published in, and the media type each is read as.
DOCUMENT_FORMATS = {
    "pdf": "application/pdf", "ofd": "application/ofd", "doc": "application/msword", "wps": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_EXTENSION = re.compile(r"\.([A-Za-z]{3,4})\s*$")
# What a link says of its format rather than of its document: "PDF版", "（OFD格式）", "Word文档下载".
_FORMAT_WORDS = re.compile(r"(?:pdf|ofd|word|wps|docx?)\s*(?:版本?|格式|文件|文档)?|下载|点击|查看|附件\s*\d*|"
                           r"[\s()（）【】\[\]<>《》:：.,，、_\-]", re.I)
MAX_FILES = 12  # files of one article weighed as formats of one document


def file_format(url: str, name: str = "") -> str | None:
    """The document format of a linked file: its path's extension, else a file name its query
    carries (``downfile.jsp?filename=….pdf``), else its link name's; None for any other file."""
    parts = urlsplit(url)
    candidates = [unquote(parts.path)] + [unquote(v) for _k, v in parse_qsl(parts.query)] + [name]
    for text in candidates:
        match = _EXTENSION.search(text)
        if match and match[1].lower() in DOCUMENT_FORMATS:
            return match[1].lower()
    return None


def document_name(name: str) -> str:
    """What a link's name says of its document: less its extension and its format words."""
    return _FORMAT_WORDS.sub("", _EXTENSION.sub("", name)).lower()


def format_alternates(files: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Of an article's files (url, link name), the ones that are one document in several formats,
    each mapped to the others; {} when they are not (one file of a format, two of one format, or
    names that tell two documents apart)."""
    documents = [(url, fmt, document_name(name)) for url, name in files[:MAX_FILES]
                 if (fmt := file_format(url, name)) is not None]
    formats = [fmt for _url, fmt, _name in documents]
    names = {name for _url, _fmt, name in documents if name}
    if len(documents) < 2 or len(set(formats)) < len(formats) or len(names) > 1:
        return {}
    return {url: [other for other, _fmt, _name in documents if other != url] for url, _fmt, _name in documents}


def alternate_sources(urls: list[str]) -> list[dict[str, Any]]:
    """The ``source.attachments`` entries of a record for the other formats of its document."""
    return [{"url": url, "media_type": DOCUMENT_FORMATS.get(file_format(url) or ""), "sha256": None,
             "role": ALTERNATE_FORMAT} for url in urls]
