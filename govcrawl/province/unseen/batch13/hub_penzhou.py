"""湓州市 (www.penzhou.gov.test, jtj.penzhou.gov.test, wjw.penzhou.gov.test): a city 部门年报 page
that shows its department table only inside an ``<iframe>``, whose report links climb out with
``../../``, and two of whose units keep their own 年报 columns on sub-hosts behind a "进入专栏" link.

``/zwgk/bmnb/index.html`` (family ``hub``) is chrome around ``<iframe src="bmlist.html" name="bmnb">``;
``/zwgk/bmnb/bmlist.html`` says "共 5 个部门（单位）" and is a ``<table class="bm-table">``, one row per
unit: the unit's short name in the first cell (市司法局 — agency 湓州市司法局), then a cell of year links
("2024年", "2023年") or a "进入专栏" link.  Year links on the city host are written ``../../bmxx/sfj/
YYYYMM/tYYYYMMDD_<n>.html`` (relative to ``/zwgk/bmnb/``, so under ``/bmxx/``); the 统计局's 2024 is the
PDF itself (``../../bmxx/tjj/files/…pdf``).  The 交通运输局 and 卫健委 rows link their sub-hosts' own
年报 columns (``http://jtj.penzhou.gov.test/xxgk/ndbg/`` and ``http://wjw.penzhou.gov.test/zwgk/nb/
index.html``).

jtj: a ``<ul class="jt-list">`` with "共5条 共2页 第1页" and plain 下一页/尾页 links to ``index_1.html``
(zero-based, TRS-style; its 2022 and 2021 reports are there).  wjw: one page, a ``<table>`` of
title/date rows; its 2022 page is titled "2022年度政府信息公开工作年度报告" (the unit only in the
sub-site's header and ``SiteName``).  The town
湓浦镇 has a row too (湓州市湓浦镇人民政府).

Reports (10): 湓州市司法局 2023–2024, 湓州市统计局 2024 (PDF), 湓州市交通运输局 2021–2024, 湓州市卫生健康
委员会 2022–2023, 湓州市湓浦镇人民政府 2024.  Decoys: a 关于报送…年度报告的函 in the hub's 通知 box, the
交通运输局's 2024年度部门预算 in its list, the 卫健委's 2023年法治政府建设年度报告.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
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
from govcrawl.synth.model import ReportDoc

WWW = "www.penzhou.gov.test"
JTJ = "jtj.penzhou.gov.test"
WJW = "wjw.penzhou.gov.test"
SITE = "penzhou-bmnb"
OWNER = "湓州市人民政府"
HUB = "/zwgk/bmnb/"


def frame(title: str, inner: str, site: str = "湓州市人民政府") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{site}">'
        f'<title>{escape(title)}_{site}</title></head><body><div class="pz-head"><h1>{site}</h1><div class="pz-tool">'
        '<a href="javascript:;">无障碍</a> <a href="javascript:;">关怀版</a></div></div><div class="pz-nav"><a href'
        '="/">首页'
        '</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a></div>'
        f'<div class="pz-main">{inner}</div><div class="pz-foot">主办：{site}　网站标识码：9863000008　未ICP备11020'
        f'033号'
        "</div></body></html>"
    )


class HubPenzhou(UnseenPortal):
    hosts = (WWW, JTJ, WJW)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.n = 61_200
        rows: list[tuple[str, str]] = []
        links = []
        for year, date in ((2024, "2025-01-21"), (2023, "2024-01-24")):
            doc = make_doc(rng, "湓州市司法局", year, date)
            links.append((self.article(WWW, "/bmxx/sfj/", doc, "湓州市司法局"), f"{year}年"))
        rows.append(("市司法局", self.year_links(links)))
        doc = make_doc(rng, "湓州市统计局", 2024, "2025-01-23")
        name = f"P0{self.rng.randint(10**14, 10**15 - 1)}.pdf"
        url = self.put_pdf(WWW, f"/bmxx/tjj/files/{name}", doc)
        self.report(SITE, url, doc, media_type=PDF)
        rows.append(("市统计局", self.year_links([(f"/bmxx/tjj/files/{name}", "2024年（PDF）")])))
        # 交通运输局: sub-host list, page 2 never published
        entries = []
        for year, date in ((2024, "2025-01-20"), (2023, "2024-01-19"), (2022, "2023-01-17"), (2021, "2022-01-20")):
            doc = make_doc(rng, "湓州市交通运输局", year, date, title=f"市交通运输局{year}年政府信息公开工作年度报告")
            entries.append((self.article(JTJ, "/xxgk/ndbg/", doc, "湓州市交通运输局"), doc.title, date))
        entries.insert(1, (self.notice(JTJ, "/xxgk/ndbg/", "湓州市交通运输局2024年度部门预算", 2024, "2024-02-06",
                                       "湓州市交通运输局"), "湓州市交通运输局2024年度部门预算", "2024-02-06"))
        for index, chunk in enumerate((entries[:3], entries[3:])):
            items = "".join(f'<li><a href="{u.split(JTJ, 1)[1]}">{escape(t)}</a><span>{d}</span></li>'
                            for u, t, d in chunk)
            pager = ('首页 上一页 <a href="index_1.html">下一页</a> <a href="index_1.html">尾页</a>' if index == 0 else
                     '<a href="index.html">首页</a> <a href="index.html">上一页</a> 下一页 尾页')
            self.put(JTJ, "/xxgk/ndbg/" + ("index.html" if index == 0 else "index_1.html"), frame("政府信息公开年报", (
                f'<div class="pz-pos">首页 &gt; 信息公开 &gt; 政府信息公开年报</div><ul class="jt-list">{items}</ul>'
                f'<div class="pz-page">共{len(entries)}条 共2页 第{index + 1}页 {pager}</div>'), "湓州市交通运输局"))
        rows.append(("市交通运输局", '<a href="http://jtj.penzhou.gov.test/xxgk/ndbg/" target="_blank">进入专栏</a>'))
        # 卫健委: sub-host, one page
        entries = []
        doc = make_doc(rng, "湓州市卫生健康委员会", 2023, "2024-01-26")
        entries.append((self.article(WJW, "/zwgk/nb/", doc, "湓州市卫生健康委员会"), doc.title, "2024-01-26"))
        doc = make_doc(rng, "湓州市卫生健康委员会", 2022, "2023-01-30", title="2022年度政府信息公开工作年度报告")
        entries.append((self.article(WJW, "/zwgk/nb/", doc, "湓州市卫生健康委员会"), doc.title, "2023-01-30"))
        entries.insert(0, (self.notice(WJW, "/zwgk/nb/", "湓州市卫生健康委员会2023年法治政府建设年度报告", 2023,
                                       "2024-02-20", "湓州市卫生健康委员会"),
                           "湓州市卫生健康委员会2023年法治政府建设年度报告", "2024-02-20"))
        trs = "".join(f'<tr><td><a href="{u}">{escape(t)}</a></td><td>{d}</td></tr>' for u, t, d in entries)
        self.put(WJW, "/zwgk/nb/index.html", frame("年度报告", f'<table class="wj-nb">{trs}</table>', "湓州市卫生"
            "健康委员会"))
        rows.append(("市卫健委", '<a href="http://wjw.penzhou.gov.test/zwgk/nb/index.html" target="_blank">进入专栏'
            '</a>'))
        doc = make_doc(rng, "湓州市湓浦镇人民政府", 2024, "2025-01-15", title="湓浦镇2024年政府信息公开工作年度报告")
        rows.append(("湓浦镇", self.year_links([(self.article(WWW, "/bmxx/xz/pp/", doc, "湓浦镇人民政府"), "2024年")])))
        body = "".join(f"<tr><td class=\"bm\">{escape(n)}</td><td>{cell}</td></tr>" for n, cell in rows)
        self.put(WWW, HUB + "bmlist.html", (
            '<html><head><meta charset="utf-8"><base target="_blank"><link rel="stylesheet" href="/css/bmnb.css"></'
            'head>'
            f'<body><p class="bm-count">共 {len(rows)} 个部门（单位）</p><table class="bm-table"><tr><th>部门（单'
            f'位）</th>'
            f"<th>年度报告</th></tr>{body}</table></body></html>"))
        letter = self.notice(WWW, "/zwgk/tzgg/", "关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-1"
            "8", "湓州市"
                             "人民政府办公室")
        self.put(WWW, HUB + "index.html", frame("部门年报", (
            '<div class="pz-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 部门政府信'
            '息公开年报'
            '</div><div class="pz-left"><h3>通知公告</h3><ul><li><a href="'
            f'{letter.split(WWW, 1)[1]}">关于报送2024年度政府信息公开工作年度报告的函</a></li></ul></div><div class'
            f'="pz-right">'
            '<iframe src="bmlist.html" name="bmnb" width="100%" height="520" frameborder="0"></iframe></div>')))

    @staticmethod
    def year_links(links: list[tuple[str, str]]) -> str:
        out = []
        for url, text in links:
            path = url.split(".gov.test", 1)[1] if url.startswith("http") else url
            out.append(f'<a href="../..{path}">{escape(text)}</a>')
        return "　".join(out)

    def page(self, host: str, folder: str, title: str, date: str, unit: str, content: str) -> str:
        self.n += self.rng.randint(5, 90)
        path = f"{folder}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.n}.html"
        inner = (f"<h2>{escape(title)}</h2><p class=\"pz-src\">发布日期：{date}　发布机构：{escape(unit)}</p>"
                 f'<div class="pz-content">{content}</div>')
        site = unit if host != WWW else "湓州市人民政府"
        return self.put(host, path, frame(title, inner, site))

    def article(self, host: str, folder: str, doc: ReportDoc, unit: str) -> str:
        if host == WWW:
            content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0">')
        else:
            content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1">')
        url = self.page(host, folder, doc.title, doc.published_date or "", unit, content)
        self.report(SITE, url, doc)
        return url

    def notice(self, host: str, folder: str, title: str, year: int, date: str, unit: str) -> str:
        content = "".join(plain_para(p, False) for p in decoy_text(title, unit, year, self.rng))
        url = self.page(host, folder, title, date, unit, content)
        self.decoy(SITE, url, title)
        return url


PORTALS = [HubPenzhou]
