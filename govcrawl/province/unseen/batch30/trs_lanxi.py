"""漤溪县住房和城乡建设局 (zjj.lanxi.gov.test): a county bureau's TRS WCM classic site on an old template — its 年报
column is a nested UPPERCASE ``<TABLE class="GroupBlankLine">`` of ``<TD height=25>`` rows with the date in a
right-aligned ``<TD width="80">``, paged by the 4-argument zero-based pager called inside an HTML-commented
``<script language="JavaScript"><!-- … //--></script>`` block after a plain "共 3 页" text, whose articles keep
their body in ``div.Article_zw`` and give their source only through ``var wzly='…';`` in ``div.Article_ly``.

``/zwgk/zfxxgk/zfxxgknb/index.html`` (then ``index_1.html``, ``index_2.html``) holds four rows a page, newest
first: ``<TR><TD height=25 class="bt_link">·<A href="./YYYYMM/tYYYYMMDD_<docid>.html" target=_blank
title="full title">title</A></TD><TD width="80" align=right>2024-01-25</TD></TR>``; ``createPageHTML`` is defined
in the page and writes 首页 / 上一页 / 下一页 / 尾页 links (none exist before the script runs).  Articles
``/zwgk/zfxxgk/zfxxgknb/YYYYMM/tYYYYMMDD_<docid>.html``: ``<DIV class="Article_bt">`` title, a line
``发布时间：… 来源：<span class="SourceName"><script>var wzly='…';document.write(wzly);</script></span>``, the
``ContentSource`` meta (the unit's full name) and ``div.Article_zw`` (Word markup for 2019).  The 2021 report's
body is one line; its file ``./P0YYYYMMDD<12 digits>.docx`` (same month folder) is linked from a
``<DIV class="Article_fj">附件：</DIV>`` block after the body.  The 城市管理综合执法大队 report abbreviates it
("县城管执法大队…"); its full name is in the ``wzly`` source and the ``ContentSource`` meta.

Reports (8): 漤溪县住房和城乡建设局 2019–2024 (2019–2020 old template; 2021 a DOCX), 漤溪县城市管理综合执法大队 2022
and 2023.
Decoys (3): 漤溪县住房和城乡建设局2022年法治政府建设年度报告, 关于报送2023年度政府信息公开工作年度报告的函,
漤溪县住房和城乡建设局2023年度部门决算.
Other rows (1): a 住房保障 notice.  Chrome: 无障碍 / 长者模式 links, a 站内搜索 form, a footer with 主办单位,
网站标识码, ICP and 公安备案, and a 扫一扫 手机版 blurb.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch30._site import MEDIA, Site, esc

HOST = "zjj.lanxi.gov.test"
SITE = "lanxi-zjj"
OWNER = "漤溪县住房和城乡建设局"
LIST = "/zwgk/zfxxgk/zfxxgknb/"
PER = 4
CODE = "9880010027"
NAV = (("/", "首页"), ("/jsdt/", "建设动态"), ("/zwgk/", "政务公开"), ("/bszn/", "办事指南"), ("/gzhd/", "公众互动"))
PAGER = """<SCRIPT language="JavaScript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) { return; }
  var f = function (i) { return i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt; };
  if (_nCurrIndex == 0) { document.write("首页&nbsp;上一页&nbsp;"); }
  else { document.write("<A href=\\"" + f(0) + "\\">首页</A>&nbsp;<A href=\\"" + f(_nCurrIndex - 1)
    + "\\">上一页</A>&nbsp;"); }
  if (_nCurrIndex == _nPageCount - 1) { document.write("下一页&nbsp;尾页"); }
  else { document.write("<A href=\\"" + f(_nCurrIndex + 1) + "\\">下一页</A>&nbsp;<A href=\\""
    + f(_nPageCount - 1) + "\\">尾页</A>"); }
}
</SCRIPT>"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<TD class="nav_td"><A href="{p}">{n}</A></TD>' for p, n in NAV)
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><HTML><HEAD>'
            '<META http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<META name="SiteName" content="{OWNER}"><META name="SiteDomain" content="{HOST}">'
            f'<META name="SiteIDCode" content="{CODE}">{extra}<TITLE>{esc(title)}</TITLE></HEAD><BODY>'
            '<TABLE width="1000" align="center" class="top"><TR'
            '><TD><IMG src="/images/logo.png" alt="漤溪县住房和城乡建设局">'
            '</TD><TD align="right"><A href="javascript:void(0)" '
            'id="wza">无障碍</A> | <A href="javascript:void(0)">长者模式'
            '</A><FORM action="/was5/web/search" method="get"><INPU'
            'T name="searchword"><INPUT type="submit" value="站内搜索">'
            f'</FORM></TD></TR></TABLE><TABLE width="1000" align="center" class="nav"><TR>{nav}</TR></TABLE>{inner}'
            '<TABLE width="1000" align="center" class="'
            'foot"><TR><TD>主办单位：漤溪县住房和城乡建设局　地址：漤溪县建设路21号'
            f'<BR>网站标识码：{CODE}　未ICP备19004521号-1　未公网安备98800102000455号<BR>扫一扫，访问手机版</TD></TR>'
            '</TABLE></BODY></HTML>')


class TrsLanxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 250_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 23), (2020, 27), (2022, 19), (2023, 25), (2024, 21)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"漤溪县住房和城乡建设局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, "县住建局", self.body(doc, word=year == 2019))[0],
                        doc)
        doc = self.doc(OWNER, 2021, "2022-01-28", "漤溪县住房和城乡建设局2021年度政府信息公开工作报告")
        ymd = "20220128"
        name = f"P0{ymd}{self.rng.randrange(10**12):012d}.docx"
        url, folder = self.article(doc.title, "2022-01-28", OWNER, "县住建局",
                                   f"<P>{esc(doc.title)}全文见附件。</P>",
                                   f'<DIV class="Article_fj">附件：<A href="./{name}">{esc(doc.title)}.docx</A></DIV>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(HOST, folder + name, doc, "docx"))
        unit = "漤溪县城市管理综合执法大队"
        for year, date in ((2022, "2023-01-17"), (2023, "2024-01-16")):
            doc = self.doc(unit, year, date, f"县城管执法大队{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, unit, unit, self.body(doc))[0], doc)
        for title, year, date in (("漤溪县住房和城乡建设局2022年法治政府建设年度报告", 2022, "2023-02-24"),
                                  ("关于报送2023年度政府信息公开工作年度报告的函", 2023, "2023-12-12"),
                                  ("漤溪县住房和城乡建设局2023年度部门决算", 2023, "2024-08-30")):
            self.decoy(SITE, self.article(title, date, OWNER, "县住建局", self.decoy_body(title, OWNER, year))[0],
                       title)
        self.article("关于2024年公共租赁住房资格复核的通知", "2024-05-08", OWNER, "县住建局",
                     "<P>各有关住户：现开展2024年公共租赁住房资格年度复核工作，请于6月30日前到县住房保障服务中心办理。</P>")
        for path, label in NAV:
            self.put(HOST, path, frame(f"{label}_漤溪县住房和城乡建设局",
                                       f'<TABLE width="1000" align="center"><TR><TD><B>{label}</B><BR>'
                                       f'<A href="{LIST}">政府信息公开年报</A></TD></TR></TABLE>'))
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, LIST + ("index.html" if k == 0 else f"index_{k}.html"), self.list_page(k, pages))

    def article(self, title: str, date: str, unit: str, shown: str, content: str, after: str = "") -> tuple[str, str]:
        docid = self.next_id()
        ym, ymd = date[:7].replace("-", ""), date.replace("-", "")
        self.rows.append((date, f"./{ym}/t{ymd}_{docid}.html", title))
        meta = (f'<META name="ArticleTitle" content="{esc(title)}"><META name="PubDate" content="{date} 10:12">'
                f'<META name="ContentSource" content="{esc(unit)}">')
        inner = (f'<TABLE width="1000" align="center"><TR><TD class="wz">您现在的位置：<A href="/">首页</A> &gt; '
                 f'<A href="/zwgk/">政务公开</A> &gt; <A href="{LIST}">政府信息公开年报</A></TD></TR><TR><TD>'
                 f'<DIV class="Article_bt">{esc(title)}</DIV><DIV class="Article_ly">发布时间：{date}　来源：'
                 f"<SPAN class=\"SourceName\"><SCRIPT>var wzly='{esc(shown)}';document.write(wzly);</SCRIPT></SPAN>"
                 '　【字体：<A href="javascript:;">大</A> <A href="javascript:;">中</A> <A href="javascript:;">小</A>】'
                 f'</DIV><DIV class="Article_zw">{content}</DIV>{after}</TD></TR></TABLE>')
        folder = f"{LIST}{ym}/"
        page = frame(f"{title}_漤溪县住房和城乡建设局", inner, meta)
        return self.put(HOST, f"{folder}t{ymd}_{docid}.html", page), folder

    def list_page(self, k: int, pages: int) -> str:
        rows = "".join(f'<TR><TD height=25 class="bt_link">·<A href="{h}" target=_blank title="{esc(t)}">{esc(t)}</A>'
                       f'</TD><TD width="80" align=right>{d}</TD></TR>' for d, h, t in self.rows[k * PER:(k + 1) * PER])
        inner = (f'{PAGER}<TABLE width="1000" align="center"><TR><TD width="220" valign="top" class="left">'
                 f'<A href="{LIST}">政府信息公开年报</A><BR><A href="/zwgk/">政府信息公开指南</A></TD><TD valign="top">'
                 '<TABLE width="100%"><TR><TD class="wz">您现在的位'
                 '置：<A href="/">首页</A> &gt; 政务公开 &gt; 政府信息公开年报'
                 f'</TD></TR></TABLE><TABLE width="100%" cellspacing=0 cellpadding=0 class="GroupBlankLine">{rows}'
                 f'</TABLE><TABLE width="100%"><TR><TD align=center class="page">共 {pages} 页&nbsp;'
                 f'<SCRIPT language="JavaScript"><!--\ncreatePageHTML({pages}, {k}, "index", "html");\n//--></SCRIPT>'
                 '</TD></TR></TABLE></TD></TR></TABLE>')
        return frame("政府信息公开年报_漤溪县住房和城乡建设局", inner)


PORTALS = [TrsLanxi]
