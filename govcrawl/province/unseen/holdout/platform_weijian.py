"""未见省's 信息公开 platform (zfxxgk.weijian.gov.test) keyed by agency code (portals.md §0.3).

The province hosts agencies' 信息公开 areas at ``/<agency code>/``; 瑶州市交通运输局 (code 981302)
has its 年报 list at ``/981302/zfxxgknb/list.shtml`` — the URL its registry entry gives.  The list
is a definition list (``<dl><dt><a>…</a></dt><dd>date</dd></dl>``) of two pages, ``list.shtml`` and
``list_2.shtml``, whose pager is plain links under a "共2页" caption.  Articles
``/981302/zfxxgknb/<YYYYMM>/t<date>_<id>.shtml`` open with a metadata table (索引号, 发布机构, 成文日期)
and put the report in ``div.zwxl-article``; the 2021 report is a stub whose PDF is in a
``div.zwxl-fj`` block.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "zfxxgk.weijian.gov.test"
SITE = "yaozhou-jtj"
OWNER = "瑶州市交通运输局"
CODE = "981302"
COLUMN = f"/{CODE}/zfxxgknb/"
PER_PAGE = 4


class PlatformWeijian(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 402_000
        entries: list[tuple[str, str, str]] = []
        for year in (2022, 2023, 2024):
            entries.append(self.article(make_doc(rng, OWNER, year, f"{year + 1}-01-{rng.randint(9, 29)}")))
        entries.append(self.stub(make_doc(rng, OWNER, 2021, "2022-01-27")))
        for title, date in ((f"{OWNER}2024年政府信息公开工作年度报告解读", "2025-02-06"),
                            (f"{OWNER}关于2024年度交通运输行政执法情况的公告", "2025-01-30"),
                            (f"{OWNER}2025年政务公开工作要点", "2025-03-12")):
            entries.append(self.notice(title, date))
        entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [entries[i: i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            items = "".join(f'<dl><dt><a href="{h}" target="_blank">{escape(t)}</a></dt><dd>{d}</dd></dl>'
                            for h, t, d in chunk)
            links = " ".join(f'<a href="{"list.shtml" if k == 1 else f"list_{k}.shtml"}">{k}</a>' if k != n
                             else f"<span>{k}</span>" for k in range(1, len(chunks) + 1))
            inner = (f'<div class="zwxl-crumb">{OWNER} &gt; 政府信息公开年报</div><div class="zwxl-list">{items}</div>'
                     f'<div class="zwxl-page">共{len(chunks)}页 {links}</div>')
            name = "list.shtml" if n == 1 else f"list_{n}.shtml"
            self.put(HOST, COLUMN + name, self.frame("政府信息公开年报", inner))

    @staticmethod
    def frame(title: str, inner: str, metas: str = "") -> str:
        return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
                f'<meta name="SiteName" content="未见省政府信息公开平台">{metas}<title>{escape(title)}</title>'
                "</head><body>"
                f'<div class="zwxl-head">未见省政府信息公开平台 · {OWNER}</div><div class="zwxl-body">{inner}</div>'
                '<div class="zwxl-foot">未见省人民政府办公厅主办</div></body></html>')

    def next_path(self, date: str) -> tuple[str, str]:
        self.docid += self.rng.randint(9, 800)
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.shtml"
        return href, COLUMN + href[2:]

    def page_of(self, title: str, date: str, content: str, after: str = "") -> str:
        meta = (f'<table class="zwxl-meta"><tr><th>索引号</th><td>{CODE}/{date[:4]}-{self.docid}</td><th>发布机构</th>'
                f'<td>{OWNER}</td></tr><tr><th>成文日期</th><td>{date}</td><th>名称</th><td>{escape(title)}</td></tr>'
                "</table>")
        inner = f'{meta}<h1>{escape(title)}</h1><div class="zwxl-article">{content}</div>{after}'
        return self.frame(title, inner, f'<meta name="ArticleTitle" content="{escape(title)}">'
                                        f'<meta name="PubDate" content="{date}">')

    def article(self, doc: ReportDoc) -> tuple[str, str, str]:
        date = doc.published_date or ""
        href, path = self.next_path(date)
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0">')
        self.report(SITE, self.put(HOST, path, self.page_of(doc.title, date, content)), doc)
        return href, doc.title, date

    def stub(self, doc: ReportDoc) -> tuple[str, str, str]:
        date = doc.published_date or ""
        href, path = self.next_path(date)
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.pdf"
        pdf_url = self.put_pdf(HOST, path.rsplit("/", 1)[0] + "/" + name, doc)
        after = f'<div class="zwxl-fj">附件：<a href="./{name}">{escape(doc.title)}.pdf</a></div>'
        url = self.put(HOST, path, self.page_of(doc.title, date, "<p>详见附件。</p>", after))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=pdf_url)
        return href, doc.title, date

    def notice(self, title: str, date: str) -> tuple[str, str, str]:
        href, path = self.next_path(date)
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "瑶州市", int(date[:4]) - 1, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, content)), title)
        return href, title, date


PORTALS = [PlatformWeijian]
