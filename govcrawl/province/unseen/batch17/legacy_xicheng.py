"""樨城市 (www.xicheng.gov.test): a county-level city's legacy Struts 1 政府信息公开目录
(``gkml.do?method=…``) in GBK bytes labelled ``gb2312`` in the HTTP header only — no charset ``<meta>``
— paged by links and a ``<select>`` jump box, whose files come from ``download.do?fileId=`` — and one
of whose files was cut short on upload (a deliberate shortfall).

The 年报 catalogue ``/gkml/gkml.do?method=list&catalogId=0312&pageNo=N`` is a 目录 ``<table
class="gkml">``: 索引号 | 名称 | 发布机构 | 生成日期, the link ``gkml.do?method=view&id=<n>`` showing
the title cut at 14 characters with "..." (the full title in ``title=``).  Four rows a page, newest
first; under it "共12条记录第1/3页" with 首页/上一页/下一页/末页 links and ``<select name="pageNo"
onchange="location.href='gkml.do?method= list&catalogId=0312&pageNo='+this.value">``; a page past the
end: "没有找到相关信息".  Every page is GBK (昇 is outside GB2312) served as
``text/html;charset=gb2312``, with no charset in the page.  Detail pages open with an 索引号 table
whose labels are padded with ``&nbsp;`` (``索&nbsp;&nbsp;引&nbsp;&nbsp;号``, ``发&nbsp;布&nbsp;机
&nbsp;构``), then the body in ``<DIV class=zw>`` as UPPERCASE table markup; an unknown id: a soft 404
(200, "您访问的信息不存在或已被删除").  Files: ``/gkml/download.do?fileId=<n>`` with
``Content-Disposition: attachment; filename=<URL-encoded name>``: the 2021 city report a PDF, the 2023
one an OFD, the 民政局's 2024 report a .docx.

**Shortfall (deliberate):** the 2021 city report's PDF (``download.do?fileId=`` of its page) was cut
short on upload: the server answers 200 and ``application/pdf`` with the file's first 45 % (it starts
``%PDF-`` and has no ``%%EOF``; the declared length is the cut length) on every request.  Its page is
served; the report cannot be read from it — 1 of 9 reports.

Reports (9): 樨城市人民政府 2019–2024 (2019–2020 old template; 2021 truncated; "樨城市人民政府2023年度政
府信息公开工作年度报告"), 樨城市民政局 2024 (.docx), 樨城市卫生健康局 2023 ("市卫健局2023年…"), 樨城市昇
平镇人民政府 2022 ("昇平镇2022年…").  Decoys (3): 法治政府建设年度报告, 关于…年度报告的函, 政府信息公开
指南.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
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
from govcrawl.synth.ofd import render_ofd
from govcrawl.synth.pdf import render_pdf

HOST = "www.xicheng.gov.test"
SITE = "xicheng-gkml"
OWNER = "樨城市人民政府"
CATALOG = "0312"
PER = 4
CUT = 14
CT = "text/html;charset=gb2312"


def gbk(text: str) -> bytes:
    return text.encode("gbk", "xmlcharrefreplace")


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="X-UA-Compatible" '
        f'content="IE=EmulateIE7"><title>{escape(title)}--樨城市政府信息公开目录</title><link href="/gkml/css/gkml.css'
        '" '
        'rel="stylesheet" type="text/css"><script type="text/javascript" src="/gkml/js/common.js"></script></head><bod'
        'y>'
        '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/gkml/images/t'
        'op.'
        'jpg" width="980" height="110" alt="樨城市政府信息公开目录"></td></tr><tr><td class="nav"><a href="/">市政府首'
        '页</a>'
        ' | <a href="/gkml/gkml.do?method=index">信息公开目录</a> | <a href="/gkml/gkml.do?method=guide">公开指南</a> '
        '| <a '
        'href="/gkml/ysq.do?method=apply">依申请公开</a></td></tr><tr><td valign="top">' + inner + '</td></tr><tr><td '
        'class'
        '="foot" align="center">樨城市人民政府办公室 主办　网站标识码：9867080001　未ICP备07003316号<br>建议使用IE8以'
        '上浏览器'
        '，1024*768分辨率浏览</td></tr></table></body></html>'
    )


class LegacyXicheng(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 87_000
        self.fileid = 3_300
        self.articles: dict[str, bytes] = {}
        self.files: dict[str, Response] = {}
        self.entries: list[tuple[str, str, str, str, str]] = []
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-26"), (2022, "2023-01-29")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"), "市政府办公室")
        self.file(make_doc(rng, OWNER, 2021, "2022-01-27"), "pdf", "市政府办公室", truncated=True)
        title = "樨城市人民政府2023年度政府信息公开工作年度报告"
        self.file(make_doc(rng, OWNER, 2023, "2024-01-31", title=title), "ofd", "市政府办公室")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-24"), "市政府办公室")
        self.file(make_doc(rng, "樨城市民政局", 2024, "2025-01-22"), "docx", "市民政局")
        self.article(make_doc(rng, "樨城市卫生健康局", 2023, "2024-01-19", title="市卫健局2023年政府信息公开工作年度报"
        "告"),
                     "市卫生健康局")
        self.article(make_doc(rng, "樨城市昇平镇人民政府", 2022, "2023-01-18", title="昇平镇2022年政府信息公开工作年度"
        "报告"),
                     "昇平镇人民政府")
        self.notice("樨城市2023年法治政府建设年度报告", 2023, "2024-03-21")
        self.notice("关于做好2024年度政府信息公开工作年度报告编制工作的函", 2024, "2024-12-10")
        self.notice("樨城市人民政府政府信息公开指南（2022年版）", 2022, "2022-06-15")
        self.entries.sort(key=lambda e: e[4], reverse=True)
        self.route(HOST, "/gkml/gkml.do", self.dispatch)
        self.route(HOST, "/gkml/download.do", self.download)

    def page_of(self, title: str, date: str, content: str, unit: str) -> str:
        self.id += self.rng.randint(3, 80)
        ident = f"XC{self.rng.randint(100, 999)}-{CATALOG}-{date[:4]}-{self.id % 10000:04d}"
        label = "&nbsp;".join
        inner = (
            '<table width="96%" align="center" class="pos"><tr><td>当前位置：信息公开目录 &gt;&gt; 政府信息公开年报</t'
            'd></tr>'
            '</table><table width="96%" align="center" border="1" cellspacing="0" class="syh"><tr><td>'
            f'{label("索引号")}'
            f'</td><td>{ident}</td><td>{label("发布机构")}</td><td>{escape(unit)}</td></tr><tr><td>{label("生成日期")}'
            '</td>'
            f'<td>{date}</td><td>{label("公开方式")}</td><td>主动公开</td></tr><tr><td>{label("名称")}</td><td colspan'
            '="3">'
            f'{escape(title)}</td></tr></table><table width="96%" align="center"><tr><td align="center" class="bt"><b>'
            f'{escape(title)}</b></td></tr><tr><td><DIV class=zw>{content}</DIV></td></tr><tr><td align="right">【<a h'
            'ref="'
            'javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr></table>'
        )
        self.articles[str(self.id)] = gbk(frame(title, inner))
        self.entries.append((str(self.id), ident, title, unit, date))
        return f"http://{HOST}/gkml/gkml.do?method=view&id={self.id}"

    def article(self, doc: ReportDoc, unit: str) -> None:
        content = body_html(doc, word_para, upper_cell, '<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=0 WIDTH="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, unit), doc)

    def file(self, doc: ReportDoc, ext: str, unit: str, truncated: bool = False) -> None:
        self.fileid += self.rng.randint(5, 70)
        link = f"/gkml/download.do?fileId={self.fileid}"
        content = f'<P>{escape(doc.title)}全文详见附件。</P><P>附件：<A HREF="{link}">{escape(doc.title)}.{ext}</A></P>'
        url = self.page_of(doc.title, doc.published_date or "", content, unit)
        seed = self.rng.random()
        if ext == "pdf":
            data, media = render_pdf(doc, random.Random(seed)), PDF
            if truncated:
                data = data[: int(len(data) * 0.45)]
        elif ext == "ofd":
            data, media = render_ofd(doc, random.Random(seed)), OFD
        else:
            data, media = render_docx(doc), DOCX
        disposition = f"attachment;filename={quote(doc.title + '.' + ext)}"
        self.files[str(self.fileid)] = Response(200, data, media, {"Content-Disposition": disposition})
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "市政府办公室"), title)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("fileId"))
        return found if found is not None else Response(200, gbk(frame("提示", "<p>文件不存在！</p>")), CT)

    def dispatch(self, request: Request) -> Response:
        method = request.param("method")
        if method == "view":
            found = self.articles.get(request.param("id"))
            return Response(200, found if found is not None else gbk(frame("提示", "<p>您访问的信息不存在或已被删除！<"
            "/p>")),
                            CT)
        if method == "list" and request.param("catalogId") == CATALOG:
            return Response(200, gbk(self.list_page(request.param("pageNo", "1"))), CT)
        return Response(200, gbk(frame("信息公开目录", "<p>没有找到相关信息</p>")), CT)

    def list_page(self, raw: str) -> str:
        pages = -(-len(self.entries) // PER)
        page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
        chunk = self.entries[(page - 1) * PER : page * PER]

        def cut(title: str) -> str:
            return title if len(title) <= CUT else title[:CUT] + "..."

        rows = "".join(f'<tr><td>{ident}</td><td class="mc"><a href="gkml.do?method=view&amp;id={i}" target="_blank" '
                       f'title="{escape(t)}">{escape(cut(t))}</a></td><td>{escape(u)}</td><td>{d}</td></tr>'
                       for i, ident, t, u, d in chunk) or '<tr><td colspan="4">没有找到相关信息</td></tr>'
        base = f"gkml.do?method=list&amp;catalogId={CATALOG}&amp;pageNo="

        def link(n: int, text: str) -> str:
            return f'<a href="{base}{n}">{text}</a>'

        nav = ("首页 上一页" if page == 1 else f"{link(1, '首页')} {link(page - 1, '上一页')}") + " " + \
              ("下一页 末页" if page >= pages else f"{link(page + 1, '下一页')} {link(pages, '末页')}")
        options = "".join(f'<option value="{n}"{" selected" if n == page else ""}>{n}</option>'
                          for n in range(1, pages + 1))
        inner = (
            '<table width="96%" align="center" class="pos"><tr><td>当前位置：信息公开目录 &gt;&gt; 政府信息公开年报</t'
            'd></tr>'
            '</table><table width="96%" align="center" class="gkml" border="1" cellspacing="0"><tr><th width="22%">索'
            '引号'
            f'</th><th>名称</th><th width="16%">发布机构</th><th width="12%">生成日期</th></tr>{rows}</table><table wi'
            'dth="96%"'
            f' align="center"><tr><td align="center">共{len(self.entries)}条记录 第{page}/{pages}页 {nav} 转到<select '
            'name="'
            f"pageNo\" onchange=\"location.href='gkml.do?method=list&amp;catalogId={CATALOG}&amp;pageNo='+this.value\">"
            f'{options}</select>页</td></tr></table>'
        )
        return frame("政府信息公开年报", inner)


PORTALS = [LegacyXicheng]
