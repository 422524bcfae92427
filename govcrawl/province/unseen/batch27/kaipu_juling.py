"""岠岭县 (www.juling.gov.test, file.juling.gov.test): a 开普云 集约化 county whose 年报 column is one page
``/zwgk/xxgknb/index.shtml`` paged by a *query parameter* (``index.shtml?pageNo=2``) under a server-written
pager "共11条 第1/3页 首页 上一页 [1] 2 3 下一页 末页", whose articles are ``/zwgk/xxgknb/<YYYY>/<MMDD>/c<id>.shtml``
with the body in ``div#UCAP-CONTENT``, and whose uploads live on a separate static host
(``file.juling.gov.test``) — the 2021 county report is a DOCX there.

Registered ``http://www.juling.gov.test/zwgk/xxgknb/index.shtml``.  Rows, four a page, newest first: ``<div
class="jl-item"><span class="jl-no">01</span><a href="/zwgk/xxgknb/2025/0120/c<id>.shtml" target="_blank"
title="…">…</a><span class="jl-date">2025-01-20</span></div>`` (numbered across pages).  The pager ``<div
class="jl-page">`` has ``<a href="?pageNo=2">`` style links (query only, relative to the page); a ``pageNo``
past the end answers the last page, one that is not a number page 1.  Articles: a 信息索引 table (索引号 |
发布机构 | 发布日期 | 主题分类), ``h1.jl-title``, ``<div class="jl-article"><div id="UCAP-CONTENT"><div
class="trs_editor_view">…</div></div></div>``, then ``div.info_ewm`` (扫一扫在手机打开当前页); ArticleTitle /
PubDate / ContentSource metas.  The 2021 county page says one sentence and lists the file in ``<div
class="jl-attach"><b>附件下载：</b><a href="http://file.juling.gov.test/upload/zwgk/2022/01/<hex>.docx">…docx</a>
</div>``.  The 农业农村局 titles its report "县农业农村局2024年…" (full name in 发布机构 and ContentSource); the
岠山镇 "岠山镇2023年政府信息公开工作年度报告".  Chrome: 开普云 纠错 widget (``pucha.kaipuyun.cn/exposure/jiucuo.js``),
``kqNav()`` 无障碍, footer 主办 / 网站标识码 / ICP.

Reports (8): 岠岭县人民政府 2019–2024 (2019, 2020 old template; 2021 DOCX on the file host), 岠岭县农业农村局 2024,
岠岭县岠山镇人民政府 2023.  Decoys (3): 岠岭县2024年度法治政府建设年度报告, 关于岠岭县2024年度政府信息公开工作年度
报告的公告, 岠岭县2025年政务公开工作要点.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch27._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.juling.gov.test"
FILES = "file.juling.gov.test"
SITE = "juling-gov"
OWNER = "岠岭县人民政府"
OFFICE = "岠岭县人民政府办公室"
LIST = "/zwgk/xxgknb/index.shtml"
PER = 4


def frame(title: str, inner: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{OWNER}"><meta '
        f'name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" content="9877060008">{extra}<title>{esc(title)}'
        '</title><script src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></head><body><div class="jl-top">'
        '<a href="javascript:void(0)" onclick="kqNav()">无障碍</a><a href="javascript:;">长者模式</a></div><div '
        'class="jl-logo">岠岭县人民政府</div><div class="jl-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a '
        f'href="{LIST}">政府信息公开年报</a></div>{inner}<div class="jl-foot">主办：岠岭县人民政府办公室　网站标识码：'
        '9877060008　<a href="https://beian.miit.gov.cn/">未ICP备19008812号</a><span id="_ideConac"></span></div>'
        '</body></html>'
    )


class KaipuJuling(Site):
    hosts = (HOST, FILES)
    site_ids = (SITE,)
    first_id = 225_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 28), (2020, 22), (2022, 24), (2023, 20), (2024, 23)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"岠岭县人民政府{year}年政府信息公开工作年度报告")
            self.article(doc, OFFICE)
        self.filed(self.doc(OWNER, 2021, "2022-01-26", "岠岭县人民政府2021年政府信息公开工作年度报告"))
        self.article(self.doc("岠岭县农业农村局", 2024, "2025-01-15", "县农业农村局2024年政府信息公开工作年度报告"),
                     "岠岭县农业农村局")
        self.article(self.doc("岠岭县岠山镇人民政府", 2023, "2024-01-22", "岠山镇2023年政府信息公开工作年度报告"),
                     "岠岭县岠山镇人民政府")
        for title, year, date in (("岠岭县2024年度法治政府建设年度报告", 2024, "2025-03-25"),
                                  ("关于岠岭县2024年度政府信息公开工作年度报告的公告", 2024, "2025-01-24"),
                                  ("岠岭县2025年政务公开工作要点", 2025, "2025-04-08")):
            self.decoy(SITE, self.page(title, date, OFFICE, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, LIST, self.list_page)
        home = f'<div class="jl-home"><a href="{LIST}">政府信息公开年报</a></div>'
        self.put(HOST, "/index.shtml", frame(OWNER, home))
        self.put(HOST, "/zwgk/index.shtml", frame(f"政务公开-{OWNER}", f'<ul><li><a href="{LIST}">政府信息公开年报'
                                                                        '</a></li></ul>'))

    def page(self, title: str, date: str, unit: str, content: str, files: str = "") -> str:
        aid = self.next_id()
        path = f"/zwgk/xxgknb/{date[:4]}/{date[5:7]}{date[8:]}/c{aid}.shtml"
        info = (f'<table class="jl-index"><tr><th>索引号</th><td>11999906-0{aid % 1000:03d}/{date[:4]}-00{aid % 97:02d}'
                '</td>'
                f'<th>发布机构</th><td>{esc(unit)}</td></tr><tr><th>发布日期</th><td>{date}</td><th>主题分类</th><td>'
                '政务公开</td></tr></table>')
        inner = (f'<div class="jl-main"><div class="jl-pos">当前位置：<a href="/">首页</a> &gt; <a href="{LIST}">'
                 f'政府信息公开年报</a></div>{info}<h1 class="jl-title">{esc(title)}</h1><div class="jl-article"><div '
                 f'id="UCAP-CONTENT"><div class="trs_editor_view">{content}</div></div></div>{files}<div '
                 'class="info_ewm">'
                 '<img src="/images/ewm.png" alt="">扫一扫在手机打开当前页</div></div>')
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:00">'
                 f'<meta name="ContentSource" content="{esc(unit)}">')
        self.put(HOST, path, frame(f"{title}_{OWNER}", inner, extra))
        self.rows.append((date, path, title))
        return f"http://{HOST}{path}"

    def article(self, doc: ReportDoc, unit: str) -> None:
        url = self.page(doc.title, doc.published_date or "", unit, self.body(doc, word=doc.year == 2020))
        self.report(SITE, url, doc)

    def filed(self, doc: ReportDoc) -> None:
        name = f"{doc.title}.docx"
        url = self.attach(FILES, f"/upload/zwgk/2022/01/{self.rng.getrandbits(64):016x}.docx", doc, "docx")
        files = f'<div class="jl-attach"><b>附件下载：</b><a href="{url}">{esc(name)}</a></div>'
        text = f"<p>{esc(doc.title)}已经编制完成，现予公开。</p>"
        page = self.page(doc.title, doc.published_date or "", OFFICE, text, files)
        self.report(SITE, page, doc, media_type=MEDIA["docx"], report_url=url)

    def list_page(self, request: Request) -> Response:
        pages = -(-len(self.rows) // PER)
        try:
            k = min(max(1, int(request.param("pageNo", "1") or 1)), pages)
        except ValueError:
            k = 1
        rows = "".join(
            f'<div class="jl-item"><span class="jl-no">{(k - 1) * PER + i + 1:02d}</span><a href="{path}" '
            f'target="_blank" title="{esc(title)}">{esc(title)}</a><span class="jl-date">{date}</span></div>'
            for i, (date, path, title) in enumerate(self.rows[(k - 1) * PER:k * PER]))

        def link(n: int, text: str) -> str:
            return f'<a href="?pageNo={n}">{text}</a>'

        nums = "".join(f'<span class="on">{n}</span>' if n == k else link(n, str(n)) for n in range(1, pages + 1))
        pager = (f'<div class="jl-page"><span>共{len(self.rows)}条 第{k}/{pages}页</span>'
                 + (link(1, "首页") + link(k - 1, "上一页") if k > 1 else "<span>首页</span><span>上一页</span>")
                 + nums + (link(k + 1, "下一页") + link(pages, "末页") if k < pages
                           else "<span>下一页</span><span>末页</span>") + "</div>")
        html = frame(f"政府信息公开年报_{OWNER}", f'<div class="jl-main"><h2>政府信息公开年报</h2><div class="jl-list">'
                                             f'{rows}</div>{pager}</div>')
        return Response(200, html.encode(), "text/html; charset=utf-8")


PORTALS = [KaipuJuling]
