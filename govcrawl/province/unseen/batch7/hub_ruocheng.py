"""箬城市 (www.ruocheng.gov.test and departments' sub-hosts): the city's own 年报 column and a
部门年报 page written as a definition list of departments.

``/zwgk/bmxxgknb/index.html`` (registry id ``ruocheng-bmnb``) has one ``<dl class="bm-item">`` per
department: the department's name only in ``<dt>``, and in ``<dd>`` either links whose text is
only "2024年度报告" (the page on the department's sub-host, or straight to a PDF), or one "进入本部门
年报栏目" link to the department's own list on its sub-host (portals.md §7).  It declares "共收录6个
部门".  The finance bureau's list (``czj.…/zfxxgk/ndbg/``) is a two-column table (年度 | 名称); the
public-security bureau's (``gaj.…/gkml/nb/``) paragraphs with the date in brackets after the link.
The statistics bureau's row also links its "2023年统计年报" (a statistics yearbook — 年报, not this
report); a 相关链接 line links the 政府网站工作年度报表.

The city's own column ``/zwgk/zfxxgknb/index.html`` (``ruocheng-gov``) is a table (年度 | 标题 | 发布
日期); one title writes the year in Chinese numerals ("二〇二一年度", inferred), the 2024 report is a
.docx linked from its list row directly.  Decoy there: an 更正说明.
"""

from __future__ import annotations

import random
import zlib
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
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

HOST = "www.ruocheng.gov.test"
JYJ = "jyj.ruocheng.gov.test"
CZJ = "czj.ruocheng.gov.test"
RSJ = "rsj.ruocheng.gov.test"
GAJ = "gaj.ruocheng.gov.test"
TJJ = "tjj.ruocheng.gov.test"
HUB = "ruocheng-bmnb"
CITY = "ruocheng-gov"
OWNER = "箬城市人民政府"


def frame(site: str, code: str, title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{site}">'
        f'<meta name="SiteIDCode" content="{code}"><title>{escape(title)}</title></head><body>'
        f'<div class="rc-head"><h1>{site}</h1><div class="rc-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a>'
        f'</div></div><div class="rc-body">{inner}</div><div class="rc-foot">主办：{site}　网站标识码：{code}</div>'
        "</body></html>"
    )


class HubRuocheng(UnseenPortal):
    hosts = (HOST, JYJ, CZJ, RSJ, GAJ, TJJ)
    site_ids = (HUB, CITY)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.n = 61_200
        self.city_rows: list[tuple[int, str, str, str]] = []
        self.city()
        self.hub()

    # -- pages of one department or of the city --------------------------------------------------
    def next_id(self) -> int:
        self.n += self.rng.randint(9, 400)
        return self.n

    def article_page(self, host: str, site: str, title: str, date: str, content: str) -> str:
        inner = (
            f'<div class="rc-pos">首页 &gt; 政务公开 &gt; 政府信息公开年报</'
            f'div><div class="rc-art"><h2>{escape(title)}</h2>'
            f'<p class="rc-date">发布日期：{date}</p><div class="rc-content">{content}</div></div>'
        )
        return frame(site, f"98320{zlib.crc32(host.encode()) % 100000:05d}", f"{title}-{site}", inner)

    def html_report(self, host: str, site_id: str, site: str, path: str, doc: ReportDoc, word: bool = False) -> str:
        if word:
            content = body_html(doc, word_para, word_cell, '<table class="MsoTableGrid" border="1" cellspacing="0">')
        else:
            content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        url = self.put(host, path, self.article_page(host, site, doc.title, doc.published_date or "", content))
        self.report(site_id, url, doc)
        return url

    def notice(self, host: str, site_id: str, site: str, path: str, title: str, year: int, agency: str) -> str:
        content = "".join(plain_para(p, False) for p in decoy_text(title, agency, year, self.rng))
        url = self.put(host, path, self.article_page(host, site, title, f"{year + 1}-03-1{year % 10}", content))
        self.decoy(site_id, url, title)
        return url

    # -- the city's own column -----------------------------------------------------------------
    def city(self) -> None:
        rng, root, site = self.rng, "/zwgk/zfxxgknb/", "箬城市人民政府"
        for year, date, title in (
            (2021, "2022-01-25", "箬城市人民政府二〇二一年度政府信息公开工作年度报告"),
            (2022, "2023-01-30", None),
            (2023, "2024-01-29", None),
        ):
            doc = make_doc(rng, OWNER, year, date, title=title)
            path = f"{root}{date[:4]}/{self.next_id()}.html"
            self.html_report(HOST, CITY, site, path, doc, word=True)
            self.city_rows.append((year, path, doc.title, date))
        title = "关于《箬城市2023年政府信息公开工作年度报告》有关数据的更正说明"
        path = f"{root}2024/{self.next_id()}.html"
        self.notice(HOST, CITY, site, path, title, 2023, OWNER)
        self.city_rows.append((2023, path, title, "2024-03-13"))
        doc = make_doc(rng, OWNER, 2024, "2025-01-26")
        file_path = f"/uploadfile/2025/0126/{self.rng.getrandbits(48):012x}.docx"
        url = self.put(HOST, file_path, render_docx(doc), DOCX)
        self.report(CITY, url, doc, media_type=DOCX)
        self.city_rows.append((2024, file_path, doc.title + "（附件下载）", "2025-01-26"))
        rows = "".join(
            f'<tr><td class="nd">{y}年度</td><td class="bt"><a href="{p}" target="_blank">{escape(t)}</a></td>'
            f"<td>{d}</td></tr>"
            for y, p, t, d in sorted(self.city_rows, key=lambda r: r[3], reverse=True)
        )
        inner = (
            '<div class="rc-pos">首页 &gt; 政务公开 &gt; 政府信息公开年报<'
            '/div><div class="rc-tabs"><a class="on" href="">'
            '市政府年报</a><a href="/zwgk/bmxxgknb/index.html">部门年报</a></div><table class="rc-nb" width="100%">'
            f"<tr><th>年度</th><th>标题</th><th>发布日期</th></tr>{rows}</table>"
        )
        self.put(HOST, root + "index.html", frame(site, "9832010001", "政府信息公开年报-箬城市人民政府", inner))

    # -- the 部门年报 page and what it links -----------------------------------------------------
    def hub(self) -> None:
        rng = self.rng
        items: list[tuple[str, str]] = []  # (department, <dd> html)

        edu, links = "箬城市教育局", []
        for year, date in ((2024, "2025-01-21"), (2023, "2024-01-23")):
            doc = make_doc(rng, edu, year, date)
            url = self.html_report(JYJ, HUB, edu, f"/xxgk/gknb/{date[:4]}{date[5:7]}/{self.next_id()}.html", doc)
            links.append(f'<a href="{url}" target="_blank">{year}年度报告</a>')
        items.append((edu, "".join(links)))

        items.append(("箬城市财政局", f'<a href="http://{CZJ}/zfxxgk/ndbg/" target="_blank">进入本部门年报栏目</a>'))
        self.finance()

        hrss = "箬城市人力资源和社会保障局"
        doc = make_doc(rng, hrss, 2024, "2025-01-24")
        pdf = self.put_pdf(RSJ, f"/attach/0/{self.rng.getrandbits(64):016x}.pdf", doc)
        self.report(HUB, pdf, doc, media_type=PDF)
        items.append((hrss, f'<a href="{pdf}" target="_blank">2024年度报告（PDF）</a>'))

        items.append(("箬城市公安局", f'<a href="http://{GAJ}/gkml/nb/" target="_blank">进入本部门年报栏目</a>'))
        self.police()

        stats = "箬城市统计局"
        doc = make_doc(rng, stats, 2023, "2024-01-19")
        report = self.html_report(TJJ, HUB, stats, f"/tjxx/gknb/{self.next_id()}.html", doc)
        yearbook = self.notice(TJJ, HUB, stats, f"/tjxx/tjnb/{self.next_id()}.html", "2023年统计年报", 2023, stats)
        items.append((stats, f'<a href="{report}">2023年度报告</a><a href="{yearbook}">2023年统计年报</a>'))

        transport = "箬城市交通运输局"
        doc = make_doc(rng, transport, 2024, "2025-01-18")
        url = self.html_report(HOST, HUB, transport, f"/zwgk/bmxxgknb/jtj/{self.next_id()}.html", doc)
        items.append((transport, f'<a href="{url}">2024年度报告</a>'))

        form = self.notice(
            HOST,
            HUB,
            OWNER,
            f"/zwgk/bmxxgknb/{self.next_id()}.html",
            "箬城市人民政府门户网站2024年政府网站工作年度报表",
            2024,
            OWNER,
        )
        dls = "".join(f'<dl class="bm-item"><dt>{escape(d)}</dt><dd>{dd}</dd></dl>' for d, dd in items)
        inner = (
            '<div class="rc-pos">首页 &gt; 政务公开 &gt; 部门年报</div><div class="rc-tabs"><a href="/zwgk/zfxxgknb/'
            f'index.html">市政府年报</a><a class="on" href="">部门年报'
            f'</a></div><p class="rc-count">共收录{len(items)}个部门'
            f'</p><div class="bm-list">{dls}</div><div class='
            f'"rc-links">相关链接：<a href="{form}">政府网站工作年度报表</a>'
            "</div>"
        )
        self.put(
            HOST, "/zwgk/bmxxgknb/index.html", frame("箬城市人民政府", "9832010001", "部门年报-箬城市人民政府", inner)
        )

    def finance(self) -> None:
        rng, site, rows = self.rng, "箬城市财政局", []
        for year, date in ((2022, "2023-01-17"), (2023, "2024-01-22")):
            doc = make_doc(rng, site, year, date, title=f"{site}{year}年度政府信息公开工作年报")
            url = self.html_report(CZJ, HUB, site, f"/zfxxgk/ndbg/{date[:4]}/{self.next_id()}.html", doc)
            rows.append((year, url, doc.title))
        url = self.notice(
            CZJ, HUB, site, f"/zfxxgk/ndbg/2024/{self.next_id()}.html", f"{site}2023年度部门决算", 2023, site
        )
        rows.append((2023, url, f"{site}2023年度部门决算"))
        doc = make_doc(rng, site, 2024, "2025-01-20")
        file_url = self.put_pdf(CZJ, f"/zfxxgk/ndbg/2025/P0{self.rng.randint(10**15, 10**16 - 1)}.pdf", doc)
        stub = (
            f'<p>　　{escape(doc.title)}见下方附件。</p><div class="fj">附件：<a href="{file_url}">'
            f"{escape(doc.title)}.pdf</a></div>"
        )
        url = self.put(
            CZJ, f"/zfxxgk/ndbg/2025/{self.next_id()}.html", self.article_page(CZJ, site, doc.title, "2025-01-20", stub)
        )
        self.report(HUB, url, doc, media_type=PDF, report_url=file_url)
        rows.append((2024, url, doc.title))
        table = "".join(f'<tr><td>{y}年</td><td><a href="{u}">{escape(t)}</a></td></tr>' for y, u, t in reversed(rows))
        inner = f'<table class="nb-table"><tr><th>年度</th><th>名称</th></tr>{table}</table>'
        self.put(CZJ, "/zfxxgk/ndbg/index.html", frame(site, "9832010201", f"年度报告-{site}", inner))

    def police(self) -> None:
        rng, site, paras = self.rng, "箬城市公安局", []
        for year, date in ((2023, "2024-01-26"), (2024, "2025-01-23")):
            doc = make_doc(rng, site, year, date, title=f"{year}年度{site}政府信息公开工作年度报告")
            url = self.html_report(GAJ, HUB, site, f"/gkml/nb/{self.next_id()}.html", doc)
            paras.append(f'<p class="nb-line"><a href="{url}">{escape(doc.title)}</a>（{date}）</p>')
        inner = "<h3>政府信息公开年报</h3>" + "".join(reversed(paras))
        self.put(GAJ, "/gkml/nb/index.html", frame(site, "9832010301", f"政府信息公开年报-{site}", inner))


PORTALS = [HubRuocheng]
