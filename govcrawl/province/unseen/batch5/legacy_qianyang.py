"""汧阳县 (www.qianyang.gov.test): a legacy Struts 信息公开目录 in GBK declared as gb2312.

Everything is a Struts action (portals.md §1.7): the 年报 catalogue
``/xxgk/InfoPublic_list.action?columnId=nb&pageNo=N`` and the details
``/xxgk/InfoPublic_detail.action?infoId=N`` (an unknown id is a soft 404: 200, "页面不存在").  The
list is an UPPERCASE ``<TABLE>`` of 序号 | 索引号 | 信息名称 | 生成日期 rows; the pager "共 8 条　第 1/3 页"
links 首页/上一页/下一页/末页 as plain query links.  The header says ``text/html; Charset=gb2312``
(capital C, portals.md §4.2) and the meta gb2312, while the county's name uses 汧, a GBK character
outside GB2312.  Details open with a 索引号 block whose labels are padded with full-width spaces
(``发　布　机　构``, portals.md §2.5) and put a Word paste in a layout ``<TD class=content>``; the 2023
report is a stub whose PDF (``/uploadfiles/xxgk/<YYYYMM>/<stamp>.pdf``) is linked in the 附件 row of
the 索引号 block.  Titles: "汧阳县2021年度政府信息公开工作报告", "汧阳县人民政府2022年政府信息公开年度报告".
Decoys: 统计年报, 解读.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, upper_cell, word_para
from govcrawl.synth.model import ReportDoc

HOST = "www.qianyang.gov.test"
SITE = "qianyang-gov"
OWNER = "汧阳县人民政府"
PER_PAGE = 3
CONTENT_TYPE = "text/html; Charset=gb2312"
WHERE = "<TABLE width=\"100%\"><TR><TD class=weizhi>您现在的位置：信息公开 &gt;&gt; 政府信息公开年报</TD></TR></TABLE>"


def frame(title: str, inner: str) -> bytes:
    html = (
        '<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f'<TITLE>{escape(title)}--汧阳县人民政府信息公开</TITLE></HEAD><BODY topmargin=0>'
        '<TABLE width=980 align=center><TR><TD><IMG src="/xxgk/images/top.jpg"></TD></TR>'
        '<TR><TD class=nav><A href="/">首页</A> | <A href="/xxgk/">信息公开</A> | '
        '<A href="/xxgk/guide.jsp">公开指南</A>'
        f'</TD></TR><TR><TD>{inner}</TD></TR><TR><TD class=foot align=center>主办：汧阳县人民政府办公室　'
        '地址：汧阳县城关镇人民路1号　邮编：982460　<BR>网站标识码：9824460001　未ICP备09007741号</TD></TR></TABLE>'
        "</BODY></HTML>"
    )
    return html.encode("gbk", "xmlcharrefreplace")


class LegacyQianyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.info = 30_210
        self.details: dict[str, bytes] = {}
        self.entries: list[tuple[str, str, str, str]] = []  # (infoId, 索引号, title, date)
        self.article(make_doc(rng, OWNER, 2020, "2021-02-03", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-30", title="汧阳县2021年度政府信息公开工作报告"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-31", title="汧阳县人民政府2022年政府信息公开年度报告"))
        self.notice("汧阳县2022年国民经济和社会发展统计年报", "2023-04-11", 2022)
        self.stub(make_doc(rng, OWNER, 2023, "2024-01-30"))
        self.notice("《汧阳县2023年政府信息公开工作年度报告》解读", "2024-02-01", 2023)
        self.article(make_doc(rng, "汧阳县交通运输局", 2024, "2025-01-22"))
        self.article(make_doc(rng, OWNER, 2024, "2025-01-29"))
        self.entries.sort(key=lambda e: e[3], reverse=True)
        self.route(HOST, "/xxgk/InfoPublic_list.action", self.list_page)
        self.route(HOST, "/xxgk/InfoPublic_detail.action", self.detail)

    def page_of(self, title: str, date: str, content: str, source: str, attachment: str = "") -> str:
        self.info += self.rng.randint(5, 400)
        index = f"982446/{date[:4]}-{self.rng.randint(10000, 99999)}"
        info_id = str(self.info)
        block = (
            '<TABLE class=syh width="100%" border=1 cellspacing=0>'
            f"<TR><TD>索　引　号：</TD><TD>{index}</TD><TD>分　　　类：</TD><TD>政府信息公开年报</TD></TR>"
            f"<TR><TD>发　布　机　构：</TD><TD>{source}</TD><TD>生　成　日　期：</TD><TD>{date}</TD></TR>"
            f"<TR><TD>名　　　称：</TD><TD colspan=3>{escape(title)}</TD></TR>"
            + (f"<TR><TD>附　　　件：</TD><TD colspan=3>{attachment}</TD></TR>" if attachment else "")
            + "</TABLE>"
        )
        inner = (f"{WHERE}<TABLE width=\"100%\"><TR><TD>{block}</TD></TR><TR><TD align=center class=bt><B>"
                 f"{escape(title)}</B></TD></TR><TR><TD class=content>{content}</TD></TR><TR><TD align=right>"
                 "【<A href=\"javascript:window.close()\">关闭窗口</A>】</TD></TR></TABLE>")
        self.details[info_id] = frame(title, inner)
        self.entries.append((info_id, index, title, date))
        return f"http://{HOST}/xxgk/InfoPublic_detail.action?infoId={info_id}"

    def body(self, doc: ReportDoc) -> str:
        return body_html(doc, word_para, upper_cell, '<TABLE border=1 cellSpacing=0 cellPadding=0 width="100%">')

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", self.body(doc), doc.agency_name), doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        stamp = f"{date.replace('-', '')}{self.rng.randint(10**5, 10**6)}"
        path = f"/uploadfiles/xxgk/{date[:7].replace('-', '')}/{stamp}.pdf"
        file_url = self.put_pdf(HOST, path, doc)
        link = f'<A href="{path}" target=_blank>{escape(doc.title)}.pdf</A>'
        url = self.page_of(doc.title, date, "<P>　　全文请下载附件。</P>", OWNER, link)
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def notice(self, title: str, date: str, year: int) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "汧阳县人民政府办公室"), title)

    def detail(self, request: Request) -> Response:
        found = self.details.get(request.param("infoId"))
        if found is None:
            return Response(200, frame("提示", "<P>页面不存在或已被删除！</P>"), CONTENT_TYPE)
        return Response(200, found, CONTENT_TYPE)

    def list_page(self, request: Request) -> Response:
        if request.param("columnId") != "nb":
            return Response(200, frame("提示", "<P>页面不存在或已被删除！</P>"), CONTENT_TYPE)
        count = -(-len(self.entries) // PER_PAGE)
        try:
            page = min(max(1, int(request.param("pageNo", "1") or 1)), count)
        except ValueError:
            page = 1
        first = (page - 1) * PER_PAGE
        rows = "".join(f"<TR><TD align=center>{first + n + 1}</TD><TD>{index}</TD><TD><A "
                       f"href=\"InfoPublic_detail.action?infoId={info}\" target=_blank>{escape(t)}</A></TD>"
                       f"<TD align=center>{d}</TD></TR>"
                       for n, (info, index, t, d) in enumerate(self.entries[first: first + PER_PAGE]))

        def link(n: int, text: str) -> str:
            return f'<A href="InfoPublic_list.action?columnId=nb&pageNo={n}">{text}</A>'

        pager = (f"共 {len(self.entries)} 条　第 {page}/{count} 页　{link(1, '首页')} "
                 + (link(page - 1, "上一页") if page > 1 else "上一页") + " "
                 + (link(page + 1, "下一页") if page < count else "下一页") + f" {link(count, '末页')}")
        inner = (f"{WHERE}<TABLE class=list width=\"100%\" border=1 cellspacing=0><TR><TH>序号</TH><TH>索引号</TH>"
                 f"<TH>信息名称</TH><TH>生成日期</TH></TR>{rows}</TABLE>"
                 f"<TABLE width=\"100%\"><TR><TD align=right>{pager}</TD></TR></TABLE>")
        return Response(200, frame("政府信息公开年报", inner), CONTENT_TYPE)


PORTALS = [LegacyQianyang]
