"""汊河县 (www.chahe.gov.test): a VSB (博达) county column in a layout table whose pager is the
classic VSB ``fanye`` cell counting pages down, whose articles live under ``/info/<column>/<id>.htm``
and whose Word and OFD files come through the ``download.jsp`` attachment servlet.

``/xxgk/ndbg.htm`` is the column's first page; the others are ``/xxgk/ndbg/2.htm`` then
``/xxgk/ndbg/1.htm`` (the last).  Rows are ``<tr id="line_u8_0"><td><a href="../info/1063/4521.htm"
class="c1063" title="…">…</a></td><td><span class="timestyle1063">2025/01/22</span></td></tr>`` (slashes
in the dates), five a page; the pager ``<td id="fanye1063">共12条&nbsp;&nbsp;1/3&nbsp;</td>`` with
``首页 上页 <a href="ndbg/2.htm" class="Next">下页</a> <a href="ndbg/1.htm" class="Next">尾页</a>`` and a
``<input id="u8_goto">`` jump box.  Articles ``/info/1063/<id>.htm``: ``<form name="_newscontent_fromname">``,
``div#vsb_content`` (``div.v_news_content``), and the attachment line "附件【<a href="/system/_content/
download.jsp?urltype=news.DownloadAttachUrl&owner=1702311&wbfileid=8870512">….docx</a>】已下载<span
id="nattach…">" after it.  The county's 2023 report is a DOCX that way, its 2024 report an OFD.

Reports (9): 汊河县人民政府 2021–2024 (2023 DOCX, 2024 OFD), 汊河县农业农村局 2024 ("县农业农村局…"),
汊河县退役军人事务局 2023, 汊河县城关镇人民政府 2022, 2024 ("城关镇…"), 汊河县公安局 2024.  Decoys (3):
汊河县2023年度部门决算, 关于汊河县2024年度政府信息公开工作年度报告发布的公告, 汊河县政府信息公开指南（2024年修订）.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch19._files import DOCX, OFD, FilePortal
from govcrawl.synth.model import ReportDoc

HOST = "www.chahe.gov.test"
SITE = "chahe-gov"
OWNER = "汊河县人民政府"
COLUMN = 1063
PER = 5
OWNER_ID = 1702311


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>'
        f'{escape(title)}</title><META Name="keywords" Content="汊河县人民政府"><link rel="stylesheet" href="/style/'
        'ch.css"><script type="text/javascript" src="/system/resource/js/counter.js"></script></head><body><table '
        'width="1200" align="center" cellpadding="0" cellspacing="0"><tr><td class="ch-top"><img src="/images/ch_'
        'top.jpg"></td></tr><tr><td class="ch-nav"><a href="/index.htm">网站首页</a> | <a href="/xxgk.htm">信息公开'
        '</a> | <a href="/zwfw.htm">政务服务</a> | <a href="/hdjl.htm">互动交流</a></td></tr><tr><td>'
        f'{inner}</td></tr><tr><td class="ch-foot">Copyright 汊河县人民政府 All Rights Reserved　网站标识码：9869030005'
        '<br>未ICP备16009983号　<script>_jsq_(1063,"/ndbg.jsp",-1,1702311)</script></td></tr></table></body></html>'
    )


class VsbChahe(FilePortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.id = 4400
        self.file_id = 8870400
        self.files: dict[str, str] = {}
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2021, "2022-01-28"), (2022, "2023-01-29")):
            self.article(self.doc(OWNER, year, date, f"汊河县{year}年政府信息公开工作年度报告"), "县政府办")
        self.attached(self.doc(OWNER, 2023, "2024-01-22", "汊河县2023年政府信息公开工作年度报告"), DOCX)
        self.attached(self.doc(OWNER, 2024, "2025-01-22", "汊河县2024年政府信息公开工作年度报告"), OFD)
        self.article(self.doc("汊河县农业农村局", 2024, "2025-01-17", "县农业农村局2024年政府信息公开工作年度报告"),
                     "县农业农村局")
        self.article(self.doc("汊河县退役军人事务局", 2023, "2024-01-19",
                              "汊河县退役军人事务局2023年度政府信息公开工作年度报告"), "县退役军人事务局")
        for year, date in ((2022, "2023-01-13"), (2024, "2025-01-08")):
            doc = self.doc("汊河县城关镇人民政府", year, date, f"城关镇{year}年政府信息公开工作年度报告")
            self.article(doc, "城关镇")
        self.article(self.doc("汊河县公安局", 2024, "2025-01-20", "汊河县公安局2024年政府信息公开工作年度报告"),
                     "县公安局")
        for title, year, date in (("汊河县2023年度部门决算", 2023, "2024-07-30"),
                                  ("关于汊河县2024年度政府信息公开工作年度报告发布的公告", 2024, "2025-01-22"),
                                  ("汊河县政府信息公开指南（2024年修订）", 2024, "2024-06-03")):
            url = self.page_of(title, date, "县政府办", self.notice_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.route(HOST, "/system/_content/download.jsp", self.download)
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            path = "/xxgk/ndbg.htm" if k == 0 else f"/xxgk/ndbg/{len(pages) - k}.htm"
            self.put(HOST, path, self.list_page(chunk, k, len(pages), len(rows)))

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        self.id += self.rng.randint(5, 80)
        path = f"/info/{COLUMN}/{self.id}.htm"
        inner = (
            '<div class="ch-wz">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../xxgk.htm">信息公开'
            '</a> &gt;&gt; <a href="../../xxgk/ndbg.htm">政府信息公开年度报告</a> &gt;&gt; 正文</div><form name="_news'
            'con'
            f'tent_fromname"><div class="ch-bt">{escape(title)}</div><div class="ch-sj">发布时间：{date}　来源：'
            f'{escape(source)}　点击数：<script>_showDynClicks("wbnews", {OWNER_ID}, {self.id})</script></div><div '
            f'id="vsb_content"><div class="v_news_content">{content}</div></div>{after}</form>'
        )
        url = self.put(HOST, path, frame(f"{title}-汊河县人民政府", inner))
        self.rows.append((f"../info/{COLUMN}/{self.id}.htm", title, date))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        body = self.body(doc, "word" if doc.year == 2024 else "plain")
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, body), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        self.file_id += self.rng.randint(20, 400)
        ext = "docx" if media == DOCX else "ofd"
        query = f"urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={self.file_id}"
        self.files[str(self.file_id)] = self.put_file(HOST, f"/__files/{self.file_id}.{ext}", doc, media)
        after = (f'<ul style="list-style-type:none;">附件【<a href="/system/_content/download.jsp?{query}" target='
                 f'"_blank">{escape(doc.title)}.{ext}</a>】已下载<span id="nattach{self.file_id}"><script>getClickTimes'
                 f'({self.file_id},{OWNER_ID},"wbnewsfile","attach")</script></span>次</ul>')
        url = self.page_of(doc.title, doc.published_date or "", "县政府办", "<p>详见附件。</p>", after)
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}/system/_content/download.jsp?{query}")

    def download(self, request: Request) -> Response:
        if request.param("owner") != str(OWNER_ID) or request.param("wbfileid") not in self.files:
            return Response(404, "附件不存在".encode(), "text/html; charset=utf-8")
        url = self.files[request.param("wbfileid")]
        found = self.pages[(HOST, url.split(HOST, 1)[1])]
        ext = url.rsplit(".", 1)[1]
        return Response(200, found.body, found.content_type,
                        {"Content-Disposition": f"attachment; filename=\"{request.param('wbfileid')}.{ext}\""})

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int, total: int) -> str:
        depth = "" if k == 0 else "../"
        rows = "".join(f'<tr id="line_u8_{i}"><td><a href="{depth}{h}" class="c{COLUMN}" title="{escape(t)}" '
                       f'target="_blank">{escape(t)}</a></td><td><span class="timestyle{COLUMN}">{d.replace("-", "/")}'
                       '</span></td></tr>' for i, (h, t, d) in enumerate(chunk))

        def name(j: int) -> str:
            target = "ndbg.htm" if j == 0 else f"ndbg/{pages - j}.htm"
            return target if k == 0 else ("../ndbg.htm" if j == 0 else f"{pages - j}.htm")

        first = f'<a href="{name(0)}" class="Next">首页</a> <a href="{name(k - 1)}" class="Next">上页</a>' if k else \
            '<span class="PrevDisabled">首页</span> <span class="PrevDisabled">上页</span>'
        last = (f'<a href="{name(k + 1)}" class="Next">下页</a> <a href="{name(pages - 1)}" class="Next">尾页</a>'
                if k < pages - 1 else '<span class="NextDisabled">下页</span> <span class="NextDisabled">尾页</span>')
        pager = (f'<table><tr><td id="fanye{COLUMN}" nowrap align="left">共{total}条&nbsp;&nbsp;{k + 1}/{pages}&nbsp;'
                 f'</td><td nowrap align="left">{first} {last}</td><td nowrap>转到第<input type="text" size="2" '
                 f'id="u8_goto" value="{k + 1}">页 <input type="button" value="GO" onclick="_simple_list_gotopage_fun'
                 f'({pages},\'u8_goto\',2)"></td></tr></table>')
        inner = (f'<div class="ch-wz">当前位置: <a href="{depth}../index.htm">首页</a> &gt;&gt; 信息公开 &gt;&gt; 政府'
                 f'信息'
                 f'公开年度报告</div><table class="winstyle{COLUMN}" width="100%">{rows}</table>{pager}')
        return frame("政府信息公开年度报告-汊河县人民政府", inner)


PORTALS = [VsbChahe]
