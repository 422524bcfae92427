"""洨阳县 (www.xiaoyang.gov.test): a legacy Struts 信息公开 system in GBK whose pages declare their
encoding only in an XML declaration (an XHTML template: ``<?xml version="1.0" encoding="GBK"?>``, no
``<meta>`` charset, a bare ``text/html`` header), and whose downloads name the file in raw GBK bytes.

The 年报 class ``/xxgk/InfoList.action?classId=27`` (``&curPage=N``; no ``curPage`` is page 1) is an
UPPERCASE layout ``<TABLE>`` of 索引号 | 信息名称 | 生成日期 rows: the link ``InfoDetail.action?infoId=<n>``
with its text cut at 18 characters plus "..." and the full title in ``TITLE=``; dates as "2025年01月22日".
Four rows a page, newest first.  The pager: "共 11 条记录 页次：1/3 每页 4 条" with 首页/上一页/下一页/尾页 links
(``InfoList.action?classId=27&amp;curPage=N``) and a jump ``<SELECT>`` (``onchange="location.href=
'InfoList.action?classId=27&curPage='+this.value"``); a ``curPage`` past the end gives "暂无记录".  Every page
is GBK (洨 is outside GB2312) with the XML declaration as its only charset statement.

``InfoDetail.action?infoId=<n>``: a 索引号 / 发布机构 / 生成日期 / 文号 table, then the body in ``<DIV
id="infoContent">`` (Word "save as web page" pastes); an unknown id answers 200 "该信息不存在".  The 2022
county report is a stub whose PDF and the 2024 one whose .docx come from ``download.action?fileId=<n>``
("附件：" line), answered with ``Content-Disposition: attachment; filename="<name>"`` where the name is
written in GBK bytes (as old Struts download actions do), not RFC 5987.

Reports (8): 洨阳县人民政府 2019–2024 (2019–2020 old template), 洨阳县洨河镇人民政府 2024
("洨河镇2024年…"), 洨阳县市场监督管理局 2023 ("县市场监管局2023年度…").  Decoys (3): 2023年度法治政府
建设年度报告, 依申请公开政府信息工作指南（2023年修订）, 2024年度政府网站工作年度报表.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import DOCX, PDF, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.xiaoyang.gov.test"
SITE = "xiaoyang-gov"
OWNER = "洨阳县人民政府"
CLASS = "27"
PER = 4


def gbk(text: str) -> Response:
    return Response(200, text.encode("gbk", "xmlcharrefreplace"), "text/html")


def frame(title: str, inner: str) -> str:
    return (
        '<?xml version="1.0" encoding="GBK"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://'
        'www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><META '
        'NAME="SiteName" CONTENT="洨阳县人民政府" /><META NAME="SiteDomain" CONTENT="www.xiaoyang.gov.test" /><META '
        f'NAME="SiteIDCode" CONTENT="9866050001" /><title>{escape(title)}</title><LINK HREF="/css/gkml.css" REL='
        '"stylesheet" TYPE="text/css" /></head><BODY><TABLE WIDTH="1000" BORDER="0" ALIGN="center" CELLPADDING="0" '
        'CELLSPACING="0"><TR><TD><IMG SRC="/images/gk_top.jpg" WIDTH="1000" HEIGHT="120" /></TD></TR><TR><TD CLASS="'
        'nav"><A HREF="/">网站首页</A> | <A HREF="/xxgk/index.action">信息公开</A> | <A HREF="/xxgk/InfoList.action?'
        'classId=21">政府信息公开指南</A> | <A HREF="/xxgk/InfoList.action?classId=27">政府信息公开年报</A></TD></TR>'
        f'<TR><TD>{inner}</TD></TR><TR><TD CLASS="foot" ALIGN="center">洨阳县人民政府办公室主办　联系电话：0000-'
        '6213300<BR />网站标识码：9866050001　未ICP备07011452号</TD></TR></TABLE></BODY></html>'
    )


class LegacyXiaoyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 67_000
        self.info = 24_180
        self.articles: dict[str, bytes] = {}
        self.files: dict[str, tuple[ReportDoc, str, float]] = {}
        self.entries: list[tuple[str, str, str]] = []  # id, title, date
        office = "洨阳县人民政府办公室"
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-27"), (2021, "2022-01-26"), (2023, "2024-01-29")):
            self.article(self.doc(OWNER, year, date), office)
        self.file(self.doc(OWNER, 2022, "2023-01-30"), "pdf")
        self.file(self.doc(OWNER, 2024, "2025-01-24"), "docx")
        self.article(self.doc("洨阳县洨河镇人民政府", 2024, "2025-01-20", "洨河镇2024年政府信息公开工作年度报告"),
                     "洨阳县洨河镇人民政府")
        self.article(self.doc("洨阳县市场监督管理局", 2023, "2024-01-19",
                              "县市场监管局2023年度政府信息公开工作年度报告"),
                     "洨阳县市场监督管理局")
        self.notice("洨阳县2023年度法治政府建设年度报告", 2023, "2024-03-26")
        self.notice("洨阳县人民政府依申请公开政府信息工作指南（2023年修订）", 2023, "2023-07-10")
        self.notice("洨阳县人民政府网站2024年度政府网站工作年度报表", 2024, "2025-01-16")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, "/xxgk/InfoList.action", self.list_page)
        self.route(HOST, "/xxgk/InfoDetail.action", self.detail)
        self.route(HOST, "/xxgk/download.action", self.download)

    def doc(self, agency: str, year: int, date: str, title: str | None = None) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, unit: str) -> str:
        self.info += self.rng.randint(3, 140)
        key = str(self.info)
        nb = "&nbsp;"
        y, m, d = date.split("-")
        inner = (
            f'<TABLE CLASS="gk-meta" WIDTH="96%" BORDER="1" ALIGN="center"><TR><TD>索{nb}引{nb}号：</TD><TD>'
            f'9866050001/{y}-{key}</TD><TD>信息分类：</TD><TD>政府信息公开年报</TD></TR><TR><TD>发布机构：</TD><TD>'
            f'{escape(unit)}</TD><TD>生成日期：</TD><TD>{y}年{m}月{d}日</TD></TR><TR><TD>名{nb}{nb}{nb}{nb}称：</TD>'
            f'<TD '
            f'COLSPAN="3">{escape(title)}</TD></TR><TR><TD>文{nb}{nb}{nb}{nb}号：</TD><TD COLSPAN="3"></TD></TR>'
            f'</TABLE><H2 ALIGN="center">{escape(title)}</H2><DIV id="infoContent">{content}</DIV><P ALIGN="right">'
            '<A HREF="javascript:window.close()">【关闭窗口】</A></P>'
        )
        self.articles[key] = frame(f"{title}--洨阳县信息公开", inner).encode("gbk", "xmlcharrefreplace")
        self.entries.append((key, title, date))
        return f"http://{HOST}/xxgk/InfoDetail.action?infoId={key}"

    def article(self, doc: ReportDoc, unit: str) -> None:
        content = body_html(doc, word_para, word_cell, '<TABLE class="MsoNormalTable" BORDER="1" CELLSPACING="0">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, unit), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        fid = str(self.rng.randint(3000, 9999))
        self.files[fid] = (doc, ext, self.rng.random())
        content = (word_para(f"现将《{doc.title}》予以公布，详见附件。", False)
                   + f'<P>附件：<A HREF="download.action?fileId={fid}">{escape(doc.title)}.{ext}</A></P>')
        url = self.page_of(doc.title, doc.published_date or "", content, "洨阳县人民政府办公室")
        self.report(SITE, url, doc, media_type=PDF if ext == "pdf" else DOCX,
                    report_url=f"http://{HOST}/xxgk/download.action?fileId={fid}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "洨阳县人民政府办公室"), title)

    def detail(self, request: Request) -> Response:
        body = self.articles.get(request.param("infoId"))
        if body is None:
            return gbk(frame("提示信息", '<P ALIGN="center">该信息不存在！</P>'))
        return Response(200, body, "text/html")

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("fileId"))
        if found is None:
            return gbk(frame("提示信息", '<P ALIGN="center">文件不存在！</P>'))
        doc, ext, seed = found
        data = render_pdf(doc, random.Random(seed)) if ext == "pdf" else render_docx(doc)
        raw_name = f"{doc.title}.{ext}".encode("gbk").decode("latin-1")
        return Response(200, data, PDF if ext == "pdf" else DOCX,
                        {"Content-Disposition": f'attachment; filename="{raw_name}"'})

    def list_page(self, request: Request) -> Response:
        if request.param("classId") != CLASS:
            return gbk(frame("信息公开", '<P ALIGN="center">暂无记录</P>'))
        pages = -(-len(self.entries) // PER)
        try:
            n = max(int(request.param("curPage", "1") or 1), 1)
        except ValueError:
            n = 1
        chunk = self.entries[(n - 1) * PER:n * PER]
        if not chunk:
            return gbk(frame("政府信息公开年报", '<P ALIGN="center">暂无记录</P>'))

        def when(date: str) -> str:
            y, m, d = date.split("-")
            return f"{y}年{m}月{d}日"

        rows = "".join(
            f'<TR><TD CLASS="syh">9866050001/{d[:4]}-{k}</TD><TD CLASS="bt"><A HREF="InfoDetail.action?infoId={k}" '
            f'TARGET="_blank" TITLE="{escape(t)}">{escape(t if len(t) <= 18 else t[:18] + "...")}</A></TD><TD CLASS="'
            f'rq">{when(d)}</TD></TR>' for k, t, d in chunk)

        def link(k: int, text: str) -> str:
            return f'<A HREF="InfoList.action?classId={CLASS}&amp;curPage={k}">{text}</A>'

        nav = (link(1, "首页") + " " + (link(n - 1, "上一页") if n > 1 else "上一页") + " "
               + (link(n + 1, "下一页") if n < pages else "下一页") + " " + link(pages, "尾页"))
        options = "".join(f'<OPTION VALUE="{k}"{" SELECTED" if k == n else ""}>第{k}页</OPTION>'
                          for k in range(1, pages + 1))
        inner = (
            '<TABLE WIDTH="96%" BORDER="0" ALIGN="center" CLASS="gk-list"><TR CLASS="th"><TD WIDTH="22%">索引号</TD>'
            f'<TD>信息名称</TD><TD WIDTH="16%">生成日期</TD></TR>{rows}</TABLE><TABLE WIDTH="96%" ALIGN="center"><TR'
            f'><TD '
            f'ALIGN="right">共 {len(self.entries)} 条记录 页次：{n}/{pages} 每页 {PER} 条 {nav} 转到<SELECT NAME="pa'
            f'ge" '
            f'onchange="location.href=\'InfoList.action?classId={CLASS}&curPage=\'+this.value">{options}</SELECT>'
            '</TD></TR></TABLE>'
        )
        return gbk(frame("政府信息公开年报--洨阳县信息公开", inner))


PORTALS = [LegacyXiaoyang]
