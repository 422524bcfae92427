"""Bookkeeping shared by batch 21's portals (report documents, their files, decoy bodies); each
portal module writes its own chrome, lists, pagers and URL shapes."""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd
from govcrawl.synth.pdf import render_image_only_pdf

MEDIA = {"pdf": PDF, "docx": DOCX, "ofd": OFD, "scan": PDF}


class Site(UnseenPortal):
    """A portal of batch 21: ids from ``first_id`` on, reports built with the kit."""

    first_id = 160_000  # self.id (the document ids a portal hands out) stays in 160_000–169_999

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.id = self.first_id

    def next_id(self, low: int = 3, high: int = 90) -> int:
        self.id += self.rng.randint(low, high)
        return self.id

    def doc(self, agency: str, year: int, date: str, title: str) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    @staticmethod
    def body(doc: ReportDoc, word: bool = False) -> str:
        if word:
            return body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" '
                                                        'cellpadding="0" style="border-collapse:collapse">')
        return body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="3" width="100%">')

    def decoy_body(self, title: str, agency: str, year: int) -> str:
        return "".join(plain_para(p, False) for p in decoy_text(title, agency, year, self.rng))

    def attach(self, host: str, path: str, doc: ReportDoc, kind: str, filename: str | None = None) -> str:
        """Serve ``doc`` as a file (pdf, docx, ofd or an image-only scan PDF) at ``path``."""
        headers = {"Content-Disposition": f"attachment; filename*=UTF-8''{filename}"} if filename else {}
        if kind in ("pdf", "scan"):
            if kind == "pdf" and not filename:
                return self.put_pdf(host, path, doc)
            cache: list[bytes] = []
            seed = self.rng.random()
            scan = kind == "scan"

            def serve(request: Request) -> Response:
                if not cache:
                    from govcrawl.synth.pdf import render_pdf
                    cache.append(render_image_only_pdf(doc) if scan else render_pdf(doc, random.Random(seed)))
                return Response(200, cache[0], PDF, dict(headers))

            return self.route(host, path, serve)
        data = render_docx(doc) if kind == "docx" else render_ofd(doc, random.Random(self.rng.random()))
        if headers:
            answer = Response(200, data, MEDIA[kind], headers)
            return self.route(host, path, lambda request: answer)
        return self.put(host, path, data, MEDIA[kind])


def esc(text: str) -> str:
    return escape(text)
