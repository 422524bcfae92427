"""洺水县 (www.mingshui.gov.test): TRS WCM classic in an old nested-table template whose list page
carries a ``<base href>`` one folder up, and whose pager is only a ``<select>`` jump box.

The 年报 column ``/zwgk/xxgkzl/xxgknb/index.htm`` (``.htm``, zero-based ``index_1.htm``,
``index_2.htm``) has ``<base href="http://www.mingshui.gov.test/zwgk/xxgkzl/">`` in its head, so every
relative link on it resolves against the *parent* folder: entries are written
``xxgknb/YYYYMM/tYYYYMMDD_<docid>.htm``.  The list is a ``<TABLE class="GroupBlankLine">`` of uppercase
rows (``<TD height=25>`` with a dot image and the link, the date in a right-aligned ``<TD width=80>``).
Under it: "共12条记录 分3页 当前第1页" and a ``<SELECT name="jump" onchange="if(this.value)
location.href=this.value">`` whose ``<OPTION value="xxgknb/index_1.htm">第2页</OPTION>`` options are
the only pager (no 下一页 links, no ``createPageHTML``).  Four entries a page, newest first.

Articles put a Word paste in ``div.TRS_Editor``; the 2022 county report is a ``P0….pdf`` linked by
"附件：" (link text the file's own name), the 2024 one a ``P0….docx``.  Titles: the 2023 county report
is written "洺水县二〇二三年度政府信息公开工作年度报告" (year in Chinese numerals); the 财政局's two
"县财政局2023年…"/"县财政局2024年…" (agency 洺水县财政局); a town's "洺关镇2024年…" (洺水县洺关镇人民政府).
2019–2020 in the old template.  Decoys: 法治政府建设年度报告, 部门决算, a 关于…年度报告编制…的函.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import DOCX, PDF, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.mingshui.gov.test"
SITE = "mingshui-gov"
OWNER = "洺水县人民政府"
BASE = "/zwgk/xxgkzl/"
ROOT = BASE + "xxgknb/"
PER_PAGE = 4
CZJ = "洺水县财政局"


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<META name="SiteName" content="洺水县人民政府"><META name="SiteIDCode" content="9861010003">{head}'
        f'<TITLE>{escape(title)}--洺水县人民政府</TITLE><LINK href="/css/style.css" rel="stylesheet"></HEAD>'
        '<BODY topmargin=0><TABLE width=1000 align=center><TR><TD><IMG src="/images/top_banner.jpg" width=1000>'
        '</TD></TR><TR><TD class="nav"><A href="/">网站首页</A> | <A href="/zwgk/">政务公开</A> | <A href="/zwfw/">'
        '办事服务</A> | <A href="/gzhd/">公众互动</A> | <A href="/msgz/">民生关注</A></TD></TR></TABLE>'
        f'<TABLE width=1000 align=center><TR><TD>{inner}</TD></TR></TABLE>'
        '<TABLE width=1000 align=center class="foot"><TR><TD align=center>主办：洺水县人民政府办公室　承办：洺水县'
        '大数据中心<BR>网站标识码：9861010003　未ICP备06012117号　<A href="/wzdt/">网站地图</A></TD></TR></TABLE>'
        "</BODY></HTML>"
    )


class TrsMingshui(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 3_304_100
        self.entries: list[tuple[str, str, str]] = []  # href, title, date
        self.article(make_doc(rng, OWNER, 2019, "2020-01-20", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-25", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-24"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-19"), "pdf")
        self.article(make_doc(rng, OWNER, 2023, "2024-01-26", title="洺水县二〇二三年度政府信息公开工作年度报告"))
        self.file(make_doc(rng, OWNER, 2024, "2025-01-23"), "docx")
        self.article(make_doc(rng, CZJ, 2023, "2024-01-17", title="县财政局2023年政府信息公开工作年度报告"))
        self.article(make_doc(rng, CZJ, 2024, "2025-01-16", title="县财政局2024年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "洺水县洺关镇人民政府", 2024, "2025-01-14",
                              title="洺关镇2024年政府信息公开工作年度报告"))
        self.notice("洺水县2023年法治政府建设年度报告", "2024-02-28")
        self.notice("洺水县财政局2022年度部门决算公开", "2023-08-30")
        self.notice("关于做好2024年度政府信息公开工作年度报告编制发布工作的函", "2024-12-20")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            self.put(HOST, ROOT + ("index.htm" if index == 0 else f"index_{index}.htm"),
                     self.list_page(chunk, index, len(chunks)))

    def page_of(self, title: str, date: str, content: str) -> tuple[str, str]:
        self.docid += self.rng.randint(11, 300)
        month = date[:7].replace("-", "")
        path = f"{ROOT}{month}/t{date.replace('-', '')}_{self.docid}.htm"
        inner = (
            f'<DIV class="position">当前位置：<A href="/">首页</A> &gt; <A href="{BASE}">政府信息公开</A> &gt; '
            f'<A href="{ROOT}index.htm">政府信息公开年报</A></DIV><DIV class="title">{escape(title)}</DIV>'
            f'<DIV class="info">发布时间：{date}　来源：洺水县人民政府办公室　【<A href="javascript:window.print()"'
            f'>打印'
            '</A>】【<A href="javascript:window.close()">关闭</A>】</DIV><DIV class="TRS_Editor"><STYLE>.TRS_Editor P'
            f'{{line-height:200%;}}</STYLE>{content}</DIV>'
        )
        url = self.put(HOST, path, frame(title, inner, f'<META name="ArticleTitle" content="{escape(title)}">'))
        self.entries.append((path[len(BASE):], title, date))
        return url, f"{ROOT}{month}/"

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoTableGrid" border="1" cellspacing="0">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content)[0], doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        content = (f'<P>　　现将{escape(doc.title)}予以公开。</P><P>附件：<A href="./{name}" '
                   f'OLDSRC="/protect/{name}">{name}</A></P>')
        url, folder = self.page_of(doc.title, date, content)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, folder + name, doc))
        else:
            file_url = self.put(HOST, folder + name, render_docx(doc), DOCX)
            self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        year = int(date[:4]) - (0 if "函" in title else 1)
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content)[0], title)

    def list_page(self, chunk: list[tuple[str, str, str]], index: int, pages: int) -> str:
        rows = "".join(
            f'<TR><TD height=25><IMG src="/images/dot.gif"> <A href="{h}" target=_blank title="{escape(t)}">'
            f'{escape(t)}</A></TD><TD width=80 align=right>{d}</TD></TR>' for h, t, d in chunk
        )
        options = "".join(
            f'<OPTION value="xxgknb/{"index.htm" if i == 0 else f"index_{i}.htm"}"{" selected" if i == index else ""}>'
            f"第{i + 1}页</OPTION>" for i in range(pages)
        )
        inner = (
            '<TABLE width="100%"><TR><TD width=220 valign=top class="left"><DIV class="lm">政府信息公开</DIV>'
            '<A href="gkzn/">政府信息公开指南</A><BR><A href="gkzd/">政府信息公开制度</A><BR>'
            '<A href="fdzdgknr/">法定主动公开内容</A><BR><A href="xxgknb/index.htm">政府信息公开年报</A></TD>'
            '<TD valign=top><DIV class="position">当前位置：<A href="/">首页</A> &gt; 政府信息公开 &gt; 政府信息公'
            '开年报'
            f'</DIV><TABLE class="GroupBlankLine" width="100%" cellpadding=0 cellspacing=0>{rows}</TABLE>'
            f'<DIV class="fy">共{len(self.entries)}条记录 分{pages}页 当前第{index + 1}页 转到 <SELECT name="jump" '
            f'onchange="if(this.value)location.href=this.value">{options}</SELECT></DIV></TD></TR></TABLE>'
        )
        return frame("政府信息公开年报", inner, f'<BASE href="http://{HOST}{BASE}">')


PORTALS = [TrsMingshui]
