"""槐溪县 (www.huaixi.gov.test): a Sichuan-style 开普云 集约化 county, GBK lists and UTF-8 articles.

The 年报 column ``/gk/zfxxgknb/1.html`` is a numbered list (``2.html`` next, portals.md §1.7) whose
pager prints "共2页 当前第1页" and a 下一页 link; its left menu links the 部门年报 sub-column
``/gk/zfxxgknb/bmxxgknb/1.html``.  Articles are extensionless ``content_<id>`` pages (UTF-8, while
the lists are GBK: a site merged into a platform, portals.md §4.2) with the body in
``div#UCAP-CONTENT``; department reports' links say only "2024年度报告" in a table whose first cell
names the department.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.huaixi.gov.test"
SITE = "huaixi-gov"
OWNER = "槐溪县人民政府"
COLUMN = "/gk/zfxxgknb/"
DEPTS = COLUMN + "bmxxgknb/"
PER_PAGE = 3


class KaipuHuaixi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.content_id = 191_300
        entries: list[tuple[str, str, str]] = []
        for year in (2021, 2022, 2023, 2024):
            doc = make_doc(rng, OWNER, year, f"{year + 1}-0{rng.choice((1, 1, 3))}-{rng.randint(10, 28)}")
            entries.append(self.article(COLUMN, doc))
        for title, date in (("槐溪县2024年政府信息公开工作年度报告政策解读", "2025-02-10"),
                            ("关于槐溪县2024年度政府信息公开工作年度报告的说明公告", "2025-02-12")):
            entries.append(self.notice(COLUMN, title, date))
        entries.sort(key=lambda e: e[2], reverse=True)
        self.numbered(COLUMN, entries, "政府信息公开年报")

        rows = []
        for dept in ("槐溪县教育局", "槐溪县民政局", "槐溪县林业局"):
            doc = make_doc(rng, dept, 2024, f"2025-01-{rng.randint(10, 28)}")
            href, _, date = self.article(DEPTS, doc)
            rows.append((dept, href, "2024年度报告", date))
        decoy_href, _, _ = self.notice(DEPTS, "槐溪县林业局2024年政府网站工作年度报表", "2025-01-09")
        rows.append(("槐溪县林业局", decoy_href, "2024年政府网站工作年度报表", "2025-01-09"))
        table = "".join(f'<tr><td>{escape(d)}</td><td><a href="{h}" target="_blank">{escape(t)}</a></td><td>{dt}</td>'
                        "</tr>" for d, h, t, dt in rows)
        self.put(HOST, DEPTS + "1.html", self.frame("部门信息公开年报", f'<table class="bmnb">{table}</table>'
                                                    '<div class="page">共1页 当前第1页</div>'), "text/html", "gbk")

    def frame(self, title: str, inner: str) -> str:
        return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
                f'<meta name="ColumnName" content="{escape(title)}"><title>{escape(title)}-槐溪县人民政府</title>'
                '</head><body><div class="top">槐溪县人民政府 <a onclick="kqNav()">无障碍</a></div><div class="left">'
                f'<ul><li><a href="{COLUMN}1.html">政府信息公开年报</a></li>'
                f'<li><a href="{DEPTS}1.html">部门信息公开年报</a></li></ul></div>'
                f'<div class="right">{inner}</div><div class="foot">网站标识码：9810270003</div>'
                "</body></html>")

    def numbered(self, column: str, entries: list[tuple[str, str, str]], title: str) -> None:
        chunks = [entries[i: i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            items = "".join(f'<li><a href="{h}" target="_blank">{escape(t)}</a><span>{d}</span></li>'
                            for h, t, d in chunk)
            nav = f"共{len(chunks)}页 当前第{n}页 "
            nav += f'<a href="{n - 1}.html">上一页</a> ' if n > 1 else ""
            nav += f'<a href="{n + 1}.html">下一页</a>' if n < len(chunks) else ""
            self.put(HOST, f"{column}{n}.html", self.frame(title, f'<ul class="list">{items}</ul>'
                                                                 f'<div class="page">{nav}</div>'), "text/html", "gbk")

    def next_path(self, column: str) -> str:
        self.content_id += self.rng.randint(4, 300)
        return f"{column}content_{self.content_id}"

    def page_of(self, title: str, date: str, content: str) -> str:
        return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
                f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
                f'<title>{escape(title)}</title></head><body><div class="top">槐溪县人民政府</div>'
                f'<div class="xl"><h1>{escape(title)}</h1><div class="xl-info">发布时间：{date}</div>'
                f'<div id="UCAP-CONTENT"><div class="trs_editor_view TRS_UEDITOR">{content}</div></div>'
                '<div class="info_ewm">扫一扫在手机打开当前页面</div></div></body></html>')

    def article(self, column: str, doc: ReportDoc) -> tuple[str, str, str]:
        path = self.next_path(column)
        date = doc.published_date or ""
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0">')
        url = self.put(HOST, path, self.page_of(doc.title, date, content), "text/html; charset=utf-8")
        self.report(SITE, url, doc)
        return path.rsplit("/", 1)[1], doc.title, date

    def notice(self, column: str, title: str, date: str) -> tuple[str, str, str]:
        path = self.next_path(column)
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "槐溪县", int(date[:4]) - 1, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, content)), title)
        return path.rsplit("/", 1)[1], title, date


PORTALS = [KaipuHuaixi]
