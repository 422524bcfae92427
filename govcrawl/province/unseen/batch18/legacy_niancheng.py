"""埝城县 (www.niancheng.gov.test): a legacy Struts2 信息公开 system in GBK whose pager is a GET form
driven by links (``document.pageForm.pageIndex.value=2;document.pageForm.submit()``), whose rows put
the date first in brackets, and whose downloads name the file in percent-encoded GBK.

The registry gives ``/gkml/infoList.action?catId=0506`` (政府信息公开年报).  Rows are an uppercase
``<TABLE class=list>``: ``<TD class=rq>[2025-01-22]</TD><TD><A href="infoView.action?infoId=N"
target=_blank title="…">…</A></TD><TD>发布单位</TD>``.  Under it, ``<FORM name=pageForm method=get
action=infoList.action>`` with hidden ``catId`` and a ``pageIndex`` text box, "共 11 条 每页 4 条 第
1/3 页", and 首页/上一页/下一页/末页 links that set ``pageIndex`` and submit the form (so page N is
``infoList.action?catId=0506&pageIndex=N``), and a GO button.  Past the last page: "没有找到相关信息".
Every page is GBK: the HTTP header says ``text/html;charset=GBK``, the template's ``<META>`` says
``gb2312`` — and a town's name (埝垕镇) is outside GB2312.  ``infoView.action?infoId=N`` pages: a
属性 table (索引号 / 发布机构 / 生成日期 / 信息分类), the body in ``DIV#infoContent``; an unknown id is a soft
404 ("该信息不存在或已被删除").  File-only reports link ``download.action?fileId=N``; the answer's
``Content-Disposition: attachment;filename=%C4%EA…`` is the name URL-encoded in GBK (IE-era Java:
``URLEncoder.encode(name, "GBK")``).

Reports (8): 埝城县人民政府 2019–2024 (2019–2020 old template; 2021 a PDF, 2024 a .docx, both by
``download.action``), 埝城县民政局 2023 ("县民政局2023年…"), 埝城县埝垕镇人民政府 2024 ("埝垕镇2024年…").
Decoys (3): 埝城县2022年度法治政府建设年度报告, 埝城县人民政府2023年政府网站工作年度报表, 关于埝城县2023年
政府信息公开工作年度报告发布的公告.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    upper_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.niancheng.gov.test"
SITE = "niancheng-gov"
OWNER = "埝城县人民政府"
CAT = "0506"
PER = 4
GBK = "text/html;charset=GBK"


def frame(title: str, inner: str) -> bytes:
    html = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><HTML><HEAD><META http-equiv=Content-Type '
        'content="text/html; charset=gb2312"><META name=SiteName content=埝城县人民政府><META name=SiteDomain '
        f'content=www.niancheng.gov.test><META name=SiteIDCode content=9868070003><TITLE>{escape(title)}</TITLE>'
        '<LINK href="/gkml/css/gkml.css" type=text/css rel=stylesheet></HEAD><BODY><TABLE width=1000 align=center '
        'border=0 cellPadding=0 cellSpacing=0><TR><TD><IMG src="/gkml/images/top.jpg" alt="埝城县政府信息公开"></TD>'
        '</TR><TR><TD class=nav><A href="/">县政府首页</A> | <A href="/gkml/index.action">信息公开目录</A> | <A href="'
        '/gkml/infoList.action?catId=0501">公开指南</A> | <A href="/gkml/ysqgk.action">依申请公开</A></TD></TR><TR><'
        'TD>'
        f'{inner}</TD></TR><TR><TD class=foot align=center>埝城县人民政府办公室 主办　网站标识码：9868070003<BR>'
        '未ICP备08002317号　建议使用IE8以上浏览器，1024*768分辨率浏览</TD></TR></TABLE></BODY></HTML>'
    )
    return html.encode("gbk", "xmlcharrefreplace")


class LegacyNiancheng(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 127_000
        self.info = 3180
        self.file_id = 8800
        self.rows: list[tuple[int, str, str, str]] = []  # (infoId, title, date, unit)
        self.files: dict[str, tuple[str, str, ReportDoc, float]] = {}
        self.views: dict[str, bytes] = {}
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-25"), (2022, "2023-01-20"), (2023, "2024-01-23")):
            self.article(self.doc(OWNER, year, date, f"埝城县人民政府{year}年政府信息公开工作年度报告"),
                         "埝城县人民政府办公室")
        self.attached(self.doc(OWNER, 2021, "2022-01-24", "埝城县人民政府2021年政府信息公开工作年度报告"), "pdf")
        self.attached(self.doc(OWNER, 2024, "2025-01-22", "埝城县人民政府2024年政府信息公开工作年度报告"), "docx")
        self.article(self.doc("埝城县民政局", 2023, "2024-01-17", "县民政局2023年政府信息公开工作年度报告"),
                     "埝城县民政局")
        self.article(self.doc("埝城县埝垕镇人民政府", 2024, "2025-01-13", "埝垕镇2024年政府信息公开工作年度报告"),
                     "埝垕镇人民政府")
        self.notice("埝城县2022年度法治政府建设年度报告", 2022, "2023-03-29")
        self.notice("埝城县人民政府2023年政府网站工作年度报表", 2023, "2024-01-12")
        self.notice("关于埝城县2023年政府信息公开工作年度报告发布的公告", 2023, "2024-01-24")
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.route(HOST, "/gkml/infoList.action", self.listing)
        self.route(HOST, "/gkml/infoView.action", self.view)
        self.route(HOST, "/gkml/download.action", self.download)

    def doc(self, agency: str, year: int, date: str, title: str) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, unit: str) -> str:
        self.info += self.rng.randint(3, 60)
        inner = (
            '<TABLE class=sx width="96%" align=center border=1 cellSpacing=0><TR><TD>索 引 号：</TD><TD>'
            f'986807-0506-{date[:4]}-{self.info:05d}</TD><TD>信息分类：</TD><TD>政府信息公开年报</TD></TR><TR><TD>发'
            '布机构：'
            f'</TD><TD>{escape(unit)}</TD><TD>生成日期：</TD><TD>{date}</TD></TR><TR><TD>名　　称：</TD><TD colSpan=3>'
            f'{escape(title)}</TD></TR></TABLE><H2 align=center>{escape(title)}</H2><DIV id=infoContent>{content}</DIV>'
            '<P align=center><A href="javascript:window.print()">【打印】</A> <A href="javascript:window.close()">【'
            '关闭】'
            '</A></P>'
        )
        self.views[str(self.info)] = frame(title, inner)
        self.rows.append((self.info, title, date, unit))
        return f"http://{HOST}/gkml/infoView.action?infoId={self.info}"

    def article(self, doc: ReportDoc, unit: str) -> None:
        content = body_html(doc, word_para, upper_cell, '<TABLE border=1 cellSpacing=0 cellPadding=2 width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, unit), doc)

    def attached(self, doc: ReportDoc, ext: str) -> None:
        self.file_id += self.rng.randint(1, 40)
        fid = str(self.file_id)
        href = f"download.action?fileId={fid}"
        content = (f'<P>{escape(doc.title)}全文见附件。</P><P>附件：<A href="{href}">{escape(doc.title)}.{ext}</A></P>')
        url = self.page_of(doc.title, doc.published_date or "", content, "埝城县人民政府办公室")
        self.files[fid] = (doc.title + "." + ext, ext, doc, self.rng.random())
        media = PDF if ext == "pdf" else DOCX
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}/gkml/{href}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "埝城县人民政府办公室"), title)

    def listing(self, request: Request) -> Response:
        if request.param("catId") != CAT:
            return Response(200, frame("信息公开目录", "<P>没有找到相关信息</P>"), GBK)
        try:
            page = int(request.param("pageIndex", "1") or "1")
        except ValueError:
            page = 1
        pages = -(-len(self.rows) // PER)
        chunk = self.rows[(page - 1) * PER:page * PER] if page >= 1 else []
        body = "".join(f'<TR><TD class=rq>[{d}]</TD><TD><A href="infoView.action?infoId={i}" target=_blank title="'
                       f'{escape(t)}">{escape(t)}</A></TD><TD>{escape(u)}</TD></TR>' for i, t, d, u in chunk)
        if not chunk:
            body = "<TR><TD colSpan=3 align=center>没有找到相关信息</TD></TR>"

        def go(n: int, label: str) -> str:
            return (f'<A href="javascript:document.pageForm.pageIndex.value={n};document.pageForm.submit();">'
                    f'{label}</A>')

        nav = (go(1, "首页") + " " + go(page - 1, "上一页") if page > 1 else "首页 上一页") + " " + \
              (go(page + 1, "下一页") + " " + go(pages, "末页") if page < pages else "下一页 末页")
        pager = (f'<FORM name=pageForm method=get action=infoList.action><INPUT type=hidden name=catId value={CAT}>'
                 f'共 {len(self.rows)} 条 每页 {PER} 条 第 {page}/{pages} 页 {nav} 转到<INPUT name=pageIndex size=2 '
                 f'value={page}>页 <INPUT type=submit value=GO></FORM>')
        inner = (
            '<TABLE width="100%"><TR><TD class=tree width=200 vAlign=top><UL><LI><A href="infoList.action?catId=0501">'
            '公开指南</A></LI><LI><A href="infoList.action?catId=0502">公开制度</A></LI><LI><B>政府信息公开年报</B></'
            'LI>'
            '</UL></TD><TD vAlign=top><DIV class=title>政府信息公开年报</DIV><TABLE class=list width="100%" border=0>'
            f'<TR><TH width=110>发布日期</TH><TH>标题</TH><TH width=160>发布单位</TH></TR>{body}</TABLE>{pager}</TD><'
            '/TR>'
            '</TABLE>'
        )
        return Response(200, frame("政府信息公开年报", inner), GBK)

    def view(self, request: Request) -> Response:
        found = self.views.get(request.param("infoId"))
        if found is None:
            return Response(200, frame("提示", "<P align=center>该信息不存在或已被删除！</P>"), GBK)
        return Response(200, found, GBK)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("fileId"))
        if found is None:
            return Response(200, frame("提示", "<P>文件不存在！</P>"), GBK)
        name, ext, doc, seed = found
        data = render_pdf(doc, random.Random(seed)) if ext == "pdf" else render_docx(doc)
        return Response(200, data, PDF if ext == "pdf" else DOCX,
                        {"Content-Disposition": f"attachment;filename={quote(name, encoding='gbk')}"})


PORTALS = [LegacyNiancheng]
