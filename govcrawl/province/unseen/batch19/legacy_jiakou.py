"""浃口县 (www.jiakou.gov.test): a legacy Java 信息公开目录 (Struts actions, JSP pager taglib) served in
GBK, whose pager walks by ``pager.offset`` (a row offset, not a page number), whose rows are an
upper-case ``<TABLE>`` with the date as ``2025-1-20`` and whose files are linked by a ``下载`` column.

``/xxgk/gkml/catalogInfoList.action?catalogId=105`` (headers ``text/html; charset=GBK``, meta ``GBK``)
is a ``<TABLE class=gk_list>`` of 序号 | 标题 | 发布日期 | 下载, five rows a page; the pager: "共13条记录
每页5条 当前第1/3页 [首页] [上一页] <A href="catalogInfoList.action?catalogId=105&pager.offset=5">[下一页]</A>
<A href="…pager.offset=10">[尾页]</A>".  Row links: ``catalogInfoView.action?infoId=<id>`` (relative);
the 下载 cell links the report file (``/xxgk/upload/2025/01/<stamp>.pdf`` or ``.docx``) where there is
one, and that row's article page only says "详见附件" with the same link.  Articles are upper-case
tables with 所属机构 and 生成日期; a missing ``infoId`` answers "信息不存在".

Reports (10): 浃口县人民政府 2020–2024 (2022 PDF, 2024 DOCX), 浃口县审计局 2024 ("县审计局…"), 浃口县双溪镇人民政府
2023, 2024 ("双溪镇…", 2024 PDF), 浃口县林业局 2022, 浃口县人力资源和社会保障局 2023.  Decoys (3): 浃口县
2023年度部门整体支出绩效报告, 浃口县2024年政务公开工作要点, 浃口县人民政府2022年政府网站工作年度报表.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch19._files import DOCX, PDF, FilePortal
from govcrawl.synth.model import ReportDoc

HOST = "www.jiakou.gov.test"
SITE = "jiakou-gov"
OWNER = "浃口县人民政府"
LIST = "/xxgk/gkml/catalogInfoList.action"
VIEW = "/xxgk/gkml/catalogInfoView.action"
PER = 5
TYPE = "text/html; charset=GBK"


def frame(title: str, inner: str) -> str:
    return (
        '<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=GBK"><TITLE>' + escape(title)
        + '</TITLE><LINK href="/xxgk/css/gkml.css" type=text/css rel=stylesheet></HEAD><BODY leftMargin=0 topMargin=0>'
        '<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0><TR><TD><IMG src="/xxgk/images/top.jpg" '
        'width=980 height=120></TD></TR><TR><TD class=nav><A href="/">首页</A> | <A href="/xxgk/">政府信息公开</A> | '
        f'<A href="/xxgk/gkzn/">公开指南</A> | <A href="/xxgk/ysqgk/">依申请公开</A></TD></TR><TR><TD>{inner}</TD></TR>'
        '<TR><TD class=foot align=center>浃口县人民政府办公室 主办　联系电话：0000-6621034<BR>网站标识码：9869050009　'
        '未ICP备05003377号</TD></TR></TABLE></BODY></HTML>'
    )


class LegacyJiakou(FilePortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.id = 143_500
        self.views: dict[str, bytes] = {}
        self.rows: list[tuple[str, str, str, str]] = []  # (href, title, date, file)
        for year, date in ((2020, "2021-01-28"), (2021, "2022-01-26"), (2023, "2024-01-29")):
            self.article(self.doc(OWNER, year, date, f"浃口县{year}年政府信息公开工作年度报告"), "浃口县人民政府办公室")
        self.attached(self.doc(OWNER, 2022, "2023-01-30", "浃口县2022年政府信息公开工作年度报告"), PDF)
        self.attached(self.doc(OWNER, 2024, "2025-01-20", "浃口县2024年政府信息公开工作年度报告"), DOCX)
        self.article(self.doc("浃口县审计局", 2024, "2025-01-15", "县审计局2024年政府信息公开工作年度报告"), "浃口县审"
                                                                                      "计局")
        self.article(self.doc("浃口县双溪镇人民政府", 2023, "2024-01-09", "双溪镇2023年政府信息公开工作年度报告"),
                     "浃口县双溪镇人民政府")
        self.attached(self.doc("浃口县双溪镇人民政府", 2024, "2025-01-08", "双溪镇2024年政府信息公开工作年度报告"), PDF)
        self.article(self.doc("浃口县林业局", 2022, "2023-01-12", "浃口县林业局2022年度政府信息公开工作年度报告"),
                     "浃口县林业局")
        self.article(self.doc("浃口县人力资源和社会保障局", 2023, "2024-01-18",
                              "浃口县人力资源和社会保障局2023年政府信息公开工作年度报告"), "浃口县人力资源和社会保障局")
        for title, year, date in (("浃口县2023年度部门整体支出绩效报告", 2023, "2024-06-21"),
                                  ("浃口县2024年政务公开工作要点", 2024, "2024-04-26"),
                                  ("浃口县人民政府2022年政府网站工作年度报表", 2022, "2023-01-13")):
            url = self.page_of(title, date, "浃口县人民政府办公室", self.notice_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.route(HOST, LIST, self.list_page)
        self.route(HOST, VIEW, self.view)

    def page_of(self, title: str, date: str, source: str, content: str, file: str = "") -> str:
        self.id += self.rng.randint(3, 77)
        y, m, d = (int(x) for x in date.split("-"))
        inner = (
            '<TABLE class=gk_info width="100%" border=1 cellSpacing=0><TR><TD width=90>索 引 号：</TD><TD>'
            f'986905-{y}-{self.id % 1000:03d}</TD><TD width=90>所属机构：</TD><TD>{escape(source)}</TD></TR><TR><TD>'
            f'名　　称：</TD><TD colSpan=3>{escape(title)}</TD></TR><TR><TD>生成日期：</TD><TD>{y}-{m}-{d}</TD><TD>'
            f'公开形式：</TD><TD>网站</TD></TR></TABLE><DIV class=gk_title>{escape(title)}</DIV><DIV class=gk_text>'
            f'{content}</DIV>'
        )
        self.views[str(self.id)] = frame(title, inner).encode("gbk", "xmlcharrefreplace")
        self.rows.append((f"catalogInfoView.action?infoId={self.id}", title, f"{y}-{m:02d}-{d:02d}", file))
        return f"http://{HOST}{VIEW}?infoId={self.id}"

    def article(self, doc: ReportDoc, source: str) -> None:
        url = self.page_of(doc.title, doc.published_date or "", source, self.body(doc, "upper"))
        self.report(SITE, url, doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "pdf" if media == PDF else "docx"
        path = f"/xxgk/upload/{date[:4]}/{date[5:7]}/{date.replace('-', '')}{self.rng.randrange(10**6):06d}.{ext}"
        file_url = self.put_file(HOST, path, doc, media)
        url = self.page_of(doc.title, date, "浃口县人民政府办公室" if doc.agency_name == OWNER else doc.agency_name,
                           f'<P>详见附件：<A href="{path}">{escape(doc.title)}.{ext}</A></P>', path)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def view(self, request: Request) -> Response:
        body = self.views.get(request.param("infoId"))
        if body is None:
            body = frame("提示信息", "<P align=center>信息不存在或已删除！</P>").encode("gbk")
        return Response(200, body, TYPE)

    def list_page(self, request: Request) -> Response:
        if request.param("catalogId") != "105":
            return Response(200, frame("政府信息公开目录", "<P>该目录下暂无信息</P>").encode("gbk"), TYPE)
        try:
            offset = max(0, int(request.param("pager.offset", "0")))
        except ValueError:
            offset = 0
        total = len(self.rows)
        pages = -(-total // PER)
        chunk = self.rows[offset:offset + PER]
        rows = "".join(
            f'<TR><TD align=center>{offset + i + 1}</TD><TD><A href="{h}" target=_blank>{escape(t)}</A></TD><TD '
            f'align=center>{d[:4]}-{int(d[5:7])}-{int(d[8:10])}</TD><TD align=center>'
            + (f'<A href="{f}">下载</A>' if f else "&nbsp;") + "</TD></TR>"
            for i, (h, t, d, f) in enumerate(chunk))

        def link(off: int, text: str) -> str:
            return f'<A href="catalogInfoList.action?catalogId=105&pager.offset={off}">[{text}]</A>'

        page = offset // PER + 1
        prev = f"{link(0, '首页')} {link(offset - PER, '上一页')}" if offset else "[首页] [上一页]"
        nxt = (f"{link(offset + PER, '下一页')} {link((pages - 1) * PER, '尾页')}" if offset + PER < total
               else "[下一页] [尾页]")
        body = (
            '<TABLE class=gk_list width="100%" border=1 cellSpacing=0 cellPadding=3><TR class=th><TD>序号</TD><TD>标题'
            f'</TD><TD>发布日期</TD><TD>下载</TD></TR>{rows}</TABLE><DIV class=pager>共{total}条记录 每页{PER}条 '
            f'当前第{page}/{pages}页 {prev} {nxt}</DIV>' if chunk else "<P>没有找到相关信息</P>"
        )
        return Response(200, frame("政府信息公开工作年度报告", body).encode("gbk", "xmlcharrefreplace"), TYPE)


PORTALS = [LegacyJiakou]
