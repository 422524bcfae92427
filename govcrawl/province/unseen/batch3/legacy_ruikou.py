"""汭口县 (www.ruikou.gov.test): a legacy PHPCMS v9 county site in GBK declared as gb2312.

The registry entry says ``cms: auto``.  Everything is ``/index.php`` with query routing: the 年报
category ``index.php?m=content&c=index&a=lists&catid=27`` pages with ``&page=N`` under PHPCMS's
pager (``<div id="pages"><a class="a1">6条</a> … <span>1</span> <a href="…&page=2">2</a> … 下一页``),
articles ``index.php?m=content&c=index&a=show&catid=27&id=N``; an unknown id is a soft 404 (200,
"信息提示 … 不存在").  Pages declare ``charset=gb2312`` in the meta, the header says only
``text/html``, and the county's name uses 汭, a GBK character outside GB2312 (portals.md §4.2).  List
titles are cut with "…" (full title in ``title=``).  Bodies are Word pastes in a layout table; the
2023 report is a stub whose PDF link (``/uploadfile/2024/0129/<stamp>.pdf``) is in the content;
table 二 of the 2024 report is cut at a page break.  Decoys: 法治政府建设年度报告, 工作要点.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    WORD_BREAK,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    split_point,
    word_cell,
    word_para,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.ruikou.gov.test"
SITE = "ruikou-gov"
OWNER = "汭口县人民政府"
CATID = 27
HTML = "text/html"
PER_PAGE = 2


def legacy(title: str, inner: str) -> bytes:
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
        'xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'
        f'<title>{escape(title)} - 汭口县人民政府</title><meta name="keywords" content="汭口县,汭口县人民政府" />'
        '<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" /></head><body>'
        '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>'
        '<img src="/statics/images/banner.jpg" width="980" height="160" /></td></tr><tr><td class="nav">'
        '<a href="/">网站首页</a> | <a href="index.php?m=content&amp;c=index&amp;a=lists&amp;catid=9">政务公开</a> | '
        '<a href="index.php?m=content&amp;c=index&amp;a=lists&amp;catid=12">办事服务</a></td></tr>'
        f'<tr><td>{inner}</td></tr><tr><td class="foot" align="center">汭口县人民政府办公室 版权所有 '
        '地址：汭口县城关镇人民路1号 电话：0999-8123456<br />网站标识码：9819330005 未ICP备09001234号 '
        '您是第<span id="siteFlowId">128764</span>位访客</td></tr></table></body></html>'
    )
    return html.encode("gbk", "xmlcharrefreplace")


class LegacyRuikou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.next_id = 1_180
        self.entries: list[tuple[int, str, str]] = []
        self.articles: dict[int, bytes] = {}
        self.article(make_doc(rng, OWNER, 2021, "2022-01-30"))
        self.article(make_doc(rng, OWNER, 2022, "2023-02-03", title="汭口县2022年政府信息公开工作年度报告"))
        self.stub(make_doc(rng, OWNER, 2023, "2024-01-29", title="汭口县2023年政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2024, "2025-01-27", title="汭口县人民政府2024年政府信息公开工作年度报告"),
                     split=True)
        for title, date in (("汭口县2024年度法治政府建设年度报告", "2025-03-31"),
                            ("汭口县2024年政务公开工作要点", "2024-05-06")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, "/index.php", self.dispatch)

    def add_article(self, title: str, date: str, content: str) -> str:
        self.next_id += self.rng.randint(1, 60)
        self.articles[self.next_id] = legacy(title, (
            '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="crumbs">当前位置：'
            '<a href="/">首页</a> &gt; <a href="index.php?m=content&amp;c=index&amp;a=lists&amp;catid=27">'
            '政府信息公开年报</a>'
            f'</td></tr><tr><td align="center"><h1 class="title">{escape(title)}</h1></td></tr><tr><td align="center" '
            f'class="tip">发布时间：{date} 10:21:37 来源：县政府办 点击：<span id="hits"></span></td></tr>'
            f'<tr><td class="content" style="font-size:14px;line-height:2em">{content}</td></tr></table>'))
        self.entries.append((self.next_id, title, date))
        return f"http://{HOST}/index.php?m=content&c=index&a=show&catid={CATID}&id={self.next_id}"

    def article(self, doc: ReportDoc, split: bool = False) -> None:
        cuts = {"t2": split_point(doc, "t2", self.rng)} if split else None
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" '
                            'cellpadding="0">', split=cuts, page_break=WORD_BREAK)
        self.report(SITE, self.add_article(doc.title, doc.published_date or "", content), doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        stamp = f"{date.replace('-', '')}10{self.rng.randint(10**6, 10**7 - 1)}"
        pdf = f"/uploadfile/{date[:4]}/{date[5:].replace('-', '')}/{stamp}.pdf"
        pdf_url = self.put_pdf(HOST, pdf, doc)
        content = (f'<p>{escape(doc.title)}全文请下载：</p><p><a href="{pdf}" target="_blank">'
                   f'<img src="/statics/images/ext/pdf.gif" />{escape(doc.title)}.pdf</a></p>')
        url = self.add_article(doc.title, date, content)
        self.report(SITE, url, doc, media_type="application/pdf", report_url=pdf_url)

    def notice(self, title: str, date: str) -> None:
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "汭口县", int(date[:4]) - 1, self.rng))
        self.decoy(SITE, self.add_article(title, date, content), title)

    def dispatch(self, request: Request) -> Response:
        if request.param("m") != "content" or request.param("c") != "index":
            return Response(200, legacy("信息提示", "<p>参数错误！</p>"), HTML)
        if request.param("a") == "lists" and request.param("catid") == str(CATID):
            return self.list_page(request)
        if request.param("a") == "show" and request.param("catid") == str(CATID):
            try:
                found = self.articles.get(int(request.param("id") or 0))
            except ValueError:
                found = None
            if found is not None:
                return Response(200, found, HTML)
        missing = '<div class="msg">信息提示<br />您要查看的信息不存在或者还未通过审批！</div>'
        return Response(200, legacy("信息提示", missing), HTML)

    def list_page(self, request: Request) -> Response:
        pages = -(-len(self.entries) // PER_PAGE)
        try:
            page = min(max(int(request.param("page") or 1), 1), pages)
        except ValueError:
            page = 1
        base = f"index.php?m=content&amp;c=index&amp;a=lists&amp;catid={CATID}&amp;page="
        rows = "".join(
            f'<li><span class="rt">{d}</span>·<a href="index.php?m=content&amp;c=index&amp;a=show&amp;catid={CATID}'
            f'&amp;id={i}" title="{escape(t)}" target="_blank">{escape(t[:18] + "…" if len(t) > 19 else t)}</a></li>'
            for i, t, d in self.entries[(page - 1) * PER_PAGE: page * PER_PAGE])
        numbers = " ".join(f"<span>{n}</span>" if n == page else f'<a href="{base}{n}">{n}</a>'
                           for n in range(1, pages + 1))
        pager = (f'<div id="pages" class="text-c"><a class="a1">{len(self.entries)}条</a> '
                 f'<a href="{base}{page - 1 if page > 1 else 0}" class="a1">上一页</a> {numbers} '
                 f'<a href="{base}{page + 1 if page < pages else pages}" class="a1">下一页</a></div>')
        inner = ('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="crumbs">当前位置：'
                 '<a href="/">首页</a> &gt; 政务公开 &gt; 政府信息公开年报</td></tr><tr><td>'
                 f'<ul class="list lh24 f14">{rows}</ul>{pager}</td></tr></table>')
        return Response(200, legacy("政府信息公开年报", inner), HTML)


PORTALS = [LegacyRuikou]
