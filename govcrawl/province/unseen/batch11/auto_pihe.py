"""淠河县 (www.pihe.gov.test): a JEECMS county registered with ``cms: auto`` and only its home page;
the 年报 column is two clicks away and pages as ``index_N.jhtml``.

The home page (news, a floating 政务服务 widget, a 扫码关注 block) links 政务公开 to
``/zwgk/index.jhtml``, a column index of boxes whose 政府信息公开年报 box links
``/zwgk/zfxxgknb/index.jhtml``.  That column lists ``<li>``s with the date *first* in ``<span
class="time">`` and the link after; the pager is JEECMS's ``cms_pagination``: "共 11 条 每页 4 条 当前
1/3 页" with 首页/上一页/下一页/尾页 links to ``index_2.jhtml`` … (page 1 is ``index.jhtml``).  Articles
``/zwgk/zfxxgknb/<id>.jhtml`` put the body in ``div.content-text`` under a "发布时间：… 来源：… 浏览次数："
line (the count from ``/count_view.jspx``).  The 2021 report is a 2-table WPS-style paste whose
table 三 is cut at a page break; the 2023 county report is a stub with a PDF link in the body
("点击查看"); the 2024 one a .docx under ``/u/cms/www/202501/``.  Titles: "淠河县人民政府办公室2022年…"
(agency 淠河县人民政府), "县退役军人局2024年…" (淠河县退役军人事务局), 淠源镇, a 2019 report titled
"淠河县2019年度政府信息公开工作报告" (no 年度报告).  Decoys: 工作要点, 政府网站工作年度报表, 年报解读.
"""

from __future__ import annotations

import random
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
    split_point,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.pihe.gov.test"
SITE = "pihe-gov"
OWNER = "淠河县人民政府"
COL = "/zwgk/zfxxgknb/"
PER_PAGE = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="淠河县人民政府">'
        f'<meta name="SiteIDCode" content="9847610004">{metas}<title>{escape(title)} - 淠河县人民政府</title>'
        '<script src="/r/cms/jquery.js"></script></head><body><div class="ph-top">'
        '<a href="javascript:;">无障碍</a><a href="javascript:;">繁體</a><a href="/sitemap.jhtml">网站地图</a>'
        '</div><div class="ph-nav"><a href="/">首页</a><a href="/zwgk/index.jhtml">政务公开</a>'
        '<a href="/zwfw/index.jhtml">政务服务</a><a href="/hdjl/index.jhtml">互动交流</a></div>'
        f'<div class="ph-main">{inner}</div><div class="ph-side-float"><a href="/zwfw/index.jhtml">政务服务</a>'
        '<a href="/hdjl/index.jhtml">我要咨询</a><a href="#top">顶部</a></div><div class="ph-foot">'
        '<p>主办单位：淠河县人民政府办公室　网站标识码：9847610004　未ICP备15002236号</p>'
        '<p>扫码关注“淠河发布”<img src="/r/cms/www/qr.png" alt=""></p></div></body></html>'
    )


class AutoPihe(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.cid = 1830
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-01-19", version="v2019",
                              title="淠河县2019年度政府信息公开工作报告"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27"), split=True)
        self.notice("淠河县2022年政务公开工作要点", "2022-04-26")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-28",
                              title="淠河县人民政府办公室2022年政府信息公开工作年度报告"))
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-30"), PDF)
        self.article(make_doc(rng, "淠河县淠源镇人民政府", 2023, "2024-01-16",
                              title="淠源镇2023年政府信息公开工作年度报告"), "淠源镇人民政府")
        self.notice("淠河县人民政府网站2023年政府网站工作年度报表", "2024-01-10")
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-24"), DOCX)
        self.article(make_doc(rng, "淠河县退役军人事务局", 2024, "2025-01-21",
                              title="县退役军人局2024年政府信息公开工作年度报告"), "淠河县退役军人事务局")
        self.notice("一图读懂淠河县2024年政府信息公开工作年度报告（解读）", "2025-01-25")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            path = COL + ("index.jhtml" if n == 1 else f"index_{n}.jhtml")
            self.put(HOST, path, self.list_page(chunk, n, len(chunks)))
        self.put(HOST, "/", frame("首页", (
            '<div class="ph-news"><h3>淠河要闻</h3><ul><li><a href="/xwzx/ywdt/1201.jhtml">县政府召开常务会议</a></li>'
            '</ul></div><div class="ph-zwgk"><h3><a href="/zwgk/index.jhtml">政务公开</a></h3>'
            '<a href="/zwgk/zcwj/index.jhtml">政策文件</a><a href="/zwgk/rsxx/index.jhtml">人事信息</a></div>')))
        boxes = "".join(
            f'<div class="box"><h4><a href="{p}">{n}</a></h4></div>'
            for n, p in (("政府信息公开指南", "/zwgk/xxgkzn/index.jhtml"),
                         ("政府信息公开制度", "/zwgk/xxgkzd/index.jhtml"),
                         ("法定主动公开内容", "/zwgk/fdzdgknr/index.jhtml"), ("政府信息公开年报", COL + "index.jhtml"))
        )
        self.put(HOST, "/zwgk/index.jhtml", frame("政务公开", f'<div class="ph-boxes">{boxes}</div>'))

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        self.cid += self.rng.randint(2, 60)
        path = f"{COL}{self.cid}.jhtml"
        metas = f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
        inner = (
            f'<div class="ph-loc">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/index.jhtml">政务公开</a> &gt; '
            f'<a href="{COL}index.jhtml">政府信息公开年报</a></div><div class="ph-art"><h2>{escape(title)}</h2>'
            f'<div class="ph-info">发布时间：{date} 来源：{escape(source)} 浏览次数：<span id="views"></span>'
            f'<script>$.getJSON("/count_view.jspx?contentId={self.cid}")</script></div>'
            f'<div class="content-text">{content}</div></div>'
        )
        url = self.put(HOST, path, frame(title, inner, metas))
        self.entries.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, source: str = "县政府办", split: bool = False) -> None:
        cut = {"t3": split_point(doc, "t3", self.rng)} if split else None
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0" '
                            'style="border-collapse:collapse" x:str>', split=cut, page_break="<p><br></p>")
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "pdf" if media == PDF else "docx"
        path = f"/u/cms/www/{date[:7].replace('-', '')}/{self.rng.randint(10**13, 10**14 - 1)}.{ext}"
        file_url = self.put_pdf(HOST, path, doc) if media == PDF else self.put(HOST, path, render_docx(doc), DOCX)
        content = f'<p>{escape(doc.title)}（<a href="{path}" target="_blank">点击查看</a>）</p>'
        url = self.page_of(doc.title, date, "县政府办", content)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "县政府办", content), title)

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        items = "".join(f'<li><span class="time">{d}</span><a href="{p}" target="_blank">{escape(t)}</a></li>'
                        for p, t, d in chunk)

        def u(k: int) -> str:
            return "index.jhtml" if k == 1 else f"index_{k}.jhtml"

        links = (f'<a href="{u(1)}">首页</a> <a href="{u(n - 1)}">上一页</a> ' if n > 1 else "首页 上一页 ") + (
            f'<a href="{u(n + 1)}">下一页</a> <a href="{u(pages)}">尾页</a>' if n < pages else "下一页 尾页")
        inner = (
            f'<div class="ph-loc">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/index.jhtml">政务公开</a> &gt; '
            f'政府信息公开年报</div><ul class="ph-list">{items}</ul><div class="cms_pagination">'
            f"共 {len(self.entries)} 条 每页 {PER_PAGE} 条 当前 {n}/{pages} 页 {links}</div>"
        )
        return frame("政府信息公开年报", inner)


PORTALS = [AutoPihe]
