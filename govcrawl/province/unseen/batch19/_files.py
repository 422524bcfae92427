"""Batch 19's shared bookkeeping (no portal here): report documents, their bodies in a few editor
markups and their attachments (PDF, DOCX, OFD, an image-only scan).  Each portal module writes its
own chrome, lists, pagers and URL shapes."""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
    PDF,
    WORD_BREAK,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
    split_point,
    upper_cell,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd
from govcrawl.synth.pdf import render_image_only_pdf

__all__ = ["DOCX", "OFD", "PDF", "FilePortal"]


class FilePortal(UnseenPortal):
    """An unseen portal with helpers for report documents and their files."""

    def doc(self, agency: str, year: int, date: str, title: str) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def body(self, doc: ReportDoc, style: str = "plain") -> str:
        if style == "word":
            split = {"t3": split_point(doc, "t3", self.rng)}
            return body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" '
                             'cellpadding="0" style="border-collapse:collapse;border:none">', split=split,
                             page_break=WORD_BREAK)
        if style == "upper":
            return body_html(doc, plain_para, upper_cell, '<TABLE border=1 cellSpacing=0 cellPadding=2 width="100%">')
        return body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="3" '
                         'style="width:100%;border-collapse:collapse">')

    def notice_body(self, title: str, agency: str, year: int) -> str:
        return "".join(plain_para(p, False) for p in decoy_text(title, agency, year, self.rng))

    def put_file(self, host: str, path: str, doc: ReportDoc, media: str, name: str | None = None,
                 encoding: str = "utf-8") -> str:
        """A report file at ``host``/``path``; ``name`` given: served with that download name."""
        if media == PDF:
            url = self.put_pdf(host, path, doc)
        else:
            data = render_docx(doc) if media == DOCX else render_ofd(doc, random.Random(self.rng.random()))
            url = self.put(host, path, data, media)
        if name is not None:
            inner = self.dynamic.get((host, path))
            page = self.pages.get((host, path))
            header = f"attachment; filename={quote(name, encoding=encoding)}"

            def serve(request: Request) -> Response:
                found = inner(request) if inner is not None else page
                assert found is not None
                return Response(found.status, found.body, found.content_type, {"Content-Disposition": header})

            self.pages.pop((host, path), None)
            self.route(host, path, serve)
        return url

    def put_scan(self, host: str, path: str, doc: ReportDoc) -> str:
        """A scanned report: a PDF of page images and no text layer."""
        cache: list[bytes] = []

        def serve(request: Request) -> Response:
            if not cache:
                cache.append(render_image_only_pdf(doc))
            return Response(200, cache[0], PDF)

        return self.route(host, path, serve)
