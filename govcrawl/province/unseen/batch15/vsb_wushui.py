"""潕水县 (www.wushui.gov.test): 博达 VSB whose 年报 column page is a column home of two boxes — 县政府
年报 and 部门、乡镇年报 — each showing its newest three entries and a "更多>>" link to a full list of its own.

``/xxgk/zfxxgknb.htm`` holds ``<div class="nb-box">`` × 2, each ``<h3>`` + three ``<li><a href="../info/
<tree>/<id>.htm">`` + ``<a class="more" href="zfxxgknb/xzfnb.htm">更多&gt;&gt;</a>`` (``zfxxgknb/bmnb.htm``).
The full lists are VSB static lists with reverse-numbered later pages (``zfxxgknb/xzfnb/1.htm``,
``zfxxgknb/bmnb/1.htm``; page k of N is ``{N-k+1}.htm``), their rows date boxes: ``<li><div class="dt">
<b>22</b><span>2025-01</span></div><a href="../../info/1121/<id>.htm" title="…">…</a></li>`` (``../../../`` from
the numbered pages).  Four rows a page; the pager is ``pb_sys_common pb_sys_short``: "共7条", "1/2",
首页/上页 dead, 下页/尾页 links.  Articles ``/info/1121/<id>.htm`` (县政府) and ``/info/1122/<id>.htm``
(部门): ``#vsb_content_4 .v_news_content``, "时间：2025-01-22 来源：… 点击：<script>_showDynClicks(…)</script>".
The 2022 county report is a stub whose PDF is VSB's ``/system/_content/download.jsp?urltype=news.
DownloadAttachUrl&owner=…&wbfileid=…`` "附件【….pdf】" (served with or without a Referer on this site).

Reports (9): 潕水县人民政府 2019–2024 (2019–2020 old template), 潕水县农业农村局 2024, 潕水县林业局 2023
("县林业局2023年…"), 潕水县潕阳镇人民政府 2024 ("潕阳镇2024年…").  Decoys (3): 法治政府建设年度报告 (县政府
list), 统计年报 and 部门决算 (部门 list).
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.wushui.gov.test"
SITE = "wushui-gov"
OWNER = "潕水县人民政府"
OWNER_ID = 1447825011
PER = 4
LISTS = {"xzfnb": ("县政府年报", 1121), "bmnb": ("部门、乡镇年报", 1122)}


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f'<meta name="SiteName" content="潕水县人民政府">{head}<title>{escape(title)}-潕水县人民政府</title><link '
        'rel="stylesheet" href="/system/resource/css/pagedown/sys.css"><script src="/system/resource/js/counter.js">'
        '</script></head><body><div class="ws-top"><img src="/images/logo.png" alt="潕水县人民政府"><div class="ws-'
        'tool"><a'
        ' href="javascript:;">无障碍阅读</a> <a href="javascript:;">繁體</a></div></div><div class="ws-nav"><a href="/'
        'index.htm">首页</a><a href="/zwdt.htm">政务动态</a><a href="/xxgk.htm">信息公开</a><a href="/bsfw.htm">办'
        '事服务'
        f'</a></div><div class="ws-main">{inner}</div><div class="ws-foot">主办单位：潕水县人民政府办公室　网站标识码：'
        '9865030009　未ICP备09031275号-2</div></body></html>'
    )


class VsbWushui(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 20_400
        self.lists: dict[str, list[tuple[str, str, str]]] = {k: [] for k in LISTS}
        self.pdfs: dict[str, tuple[ReportDoc, float]] = {}
        self.route(HOST, "/system/_content/download.jsp", self.download)
        for year, date in ((2019, "2020-01-23"), (2020, "2021-01-27"), (2021, "2022-01-25"), (2023, "2024-01-26"),
                           (2024, "2025-01-22")):
            self.article("xzfnb", make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-31"))
        self.notice("xzfnb", "潕水县2024年法治政府建设年度报告", 2024, "2025-02-20")
        self.article("bmnb", make_doc(rng, "潕水县农业农村局", 2024, "2025-01-20"))
        self.article("bmnb", make_doc(rng, "潕水县林业"
                                           "局", 2023, "2024-01-24", title="县林业局2023年政府信息公开工作年度报告"))
        self.article("bmnb", make_doc(rng, "潕水县潕阳镇人民政府", 2024, "2025-01-16",
                                      title="潕阳镇2024年政府信息公开工作年度报告"))
        self.notice("bmnb", "潕水县2023年国民经济和社会发展统计年报", 2023, "2024-04-12")
        self.notice("bmnb", "潕水县农业农村局2023年度部门决算", 2023, "2024-09-06")
        boxes = ""
        for key, (label, _) in LISTS.items():
            rows = sorted(self.lists[key], key=lambda e: e[2], reverse=True)
            self.lists[key] = rows
            pages = -(-len(rows) // PER)
            for k in range(1, pages + 1):
                path = f"/xxgk/zfxxgknb/{key}.htm" if k == 1 else f"/xxgk/zfxxgknb/{key}/{pages - k + 1}.htm"
                self.put(HOST, path, self.list_page(key, rows[(k - 1) * PER : k * PER], k, pages, len(rows)))
            items = "".join(f'<li><a href="..{p}" title="{escape(t)}">{escape(t)}</a><span>{d}</span></li>'
                            for p, t, d in rows[:3])
            boxes += (f'<div class="nb-box"><h3>{label}</h3><ul>{items}</ul><a class="more" href="zfxxgknb/{key}.htm">'
                      '更多&gt;&gt;</a></div>')
        self.put(HOST, "/xxgk/zfxxgknb.htm", frame("政府信息公开年报", (
            '<div class="ws-pos">当前位置：<a href="../index.htm">首页</a> &gt;&gt; <a href="../xxgk.htm">信息公开</a> '
            f'&gt;&gt; 政府信息公开年报</div>{boxes}'), '<meta name="ColumnName" content="政府信息公开年报">'))
        self.route(HOST, "/system/resource/code/news/click/dynclicks.js"
                         "p", lambda r: Response(200, b"163", "text/plain"))

    def page_of(self, key: str, title: str, date: str, content: str, source: str = "县政府办公室") -> str:
        self.id += self.rng.randint(3, 90)
        tree = LISTS[key][1]
        path = f"/info/{tree}/{self.id}.htm"
        head = f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
        inner = (
            '<div class="ws-pos">当前位置：<a href="../../index.htm">首页</a> &gt;&gt; <a href="../../xxgk/zfxxgkn'
            'b.htm">'
            '政府信息公开年报</a> &gt;&gt; 正文</div><form name="_newscontent_fromname"><div class="ws-art"><h1>'
            f'{escape(title)}'
            f'</h1><div class="ws-info">时间：{date}　来源：{escape(source)}　点击：<script>_showDynClicks("wbnews", '
            f'{OWNER_ID}, {self.id})</script></div><div id="vsb_content_4"><div class="v_news_content">{content}</div>'
            '</div></div></form>'
        )
        url = self.put(HOST, path, frame(title, inner, head))
        self.lists[key].append((path, title, date))
        return url

    def article(self, key: str, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" style="width:100%">')
        self.report(SITE, self.page_of(key, doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc) -> None:
        fid = self.rng.randint(10**6, 10**7 - 1)
        link = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fid}"
        content = (f'<p>{escape(doc.title)}见附件。</p><ul style="list-style-type:none;"><li>附件【<a href="{link}" '
                   f'target="_blank">{escape(doc.title)}.pdf</a>】已下载<span id="nattach{fid}">0</span>次</li></ul>')
        url = self.page_of("xzfnb", doc.title, doc.published_date or "", content)
        seed = self.rng.random()
        self.pdfs[str(fid)] = (doc, seed)
        self.report(SITE, url, doc, media_type=PDF, report_url=f"http://{HOST}{link}")

    def download(self, request: Request) -> Response:
        found = self.pdfs.get(request.param("wbfileid"))
        if found is None:
            return Response(200, "<html><body>附件不存在</body></html>".encode())
        doc, seed = found
        return Response(200, render_pdf(doc, random.Random(seed)), PDF)

    def notice(self, key: str, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(key, title, date, content), title)

    def list_page(self, key: str, rows: list[tuple[str, str, str]], k: int, pages: int, total: int) -> str:
        up = "../.." if k == 1 else "../../.."
        items = "".join(f'<li><div class="dt"><b>{d[8:]}</b><span>{d[:7]}</span></div><a href="{up}{p}" target="_bl'
                        'ank" '
                        f'title="{escape(t)}">{escape(t)}</a></li>' for p, t, d in rows)

        def href(n: int) -> str:
            if k == 1:
                return f"{key}/{pages - n + 1}.htm" if n > 1 else f"../{key}.htm"
            return f"../{key}.htm" if n == 1 else f"{pages - n + 1}.htm"

        first = '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>' if k == 1 else (
            f'<span class="p_first p_fun"><a href="{href(1)}">首页</a></span><span class="p_prev p_fun"><a href="'
            f'{href(k - 1)}">上页</a></span>')
        dead = '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>'
        last = dead if k == pages else (
            f'<span class="p_next p_fun"><a href="{href(k + 1)}">下页</a></span><span class="p_last p_fun"><a href="'
            f'{href(pages)}">尾页</a></span>')
        pager = (f'<div class="pb_sys_common pb_sys_short pb_sys_style1"><span class="p_t">共{total}条</span><span '
                 f'class="p_pages">{first}{last}</span><span class="p_t">{k}/{pages}</span></div>')
        label = LISTS[key][0]
        inner = (f'<div class="ws-pos">当前位置：首页 &gt;&gt; 信息公开 &gt;&gt; 政府信息公开年报 &gt;&gt; {label}<'
                 '/div>'
                 f'<div class="ws-list"><h2>{label}</h2><ul>{items}</ul></div>{pager}')
        return frame(label, inner, f'<meta name="ColumnName" content="{label}">')


PORTALS = [VsbWushui]
