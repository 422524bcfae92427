"""沩口县 (www.weikou.gov.test): a legacy Java 信息公开目录 (Struts 1 ``.do`` dispatch actions, JSP pages) in
GB18030, whose 年报 catalogue pages by ``pageNo`` under a pager of *image buttons* — 首页 / 上一页 / 下一页 /
尾页 are ``<IMG>``s whose only text is their ``alt`` — with "共11条 第1/3页", whose rows are an upper-case
``<TABLE>`` of 索引号 | 名称 | 生成日期, and whose files go through a ``download.do`` servlet that names them
only by ``Content-Disposition``.

``/gkml/infoList.do?method=list&catId=2107`` (then ``&pageNo=2``, ``&pageNo=3``; header ``text/html;
charset=GB18030``, meta ``GB18030``) holds ``<TR><TD>000123456/2025-00012</TD><TD><A href="infoDetail.do?
method=view&amp;infoId=N" target=_blank>…</A></TD><TD>2025-01-20</TD></TR>`` rows, four a page, newest
first; the pager ``<A href="infoList.do?method=list&amp;catId=2107&amp;pageNo=2"><IMG src="/images/page_next.gif"
alt="下一页" border=0></A>``.  The page sits in a two-column layout table whose left cell is the catalogue
tree (links to other catIds answering an empty catalogue "暂无信息").  Articles ``/gkml/infoDetail.do?
method=view&infoId=N``: an upper-case 索引号 / 发布机构 / 生成日期 / 文号 table over the body (plain
``<P>`` and upper-case ``<TABLE>``); unknown ids answer 200 "信息不存在".  The 2019 county report is a
PDF of page scans behind ``/gkml/download.do?fileId=N`` (``attachment; filename*=UTF-8''…pdf``).  The
卫健局's report is titled "县卫健局…", its 发布机构 cell full; 黄材镇's likewise.

Reports (8): 沩口县人民政府 2019 (an image-only scan PDF, flagged), 2020–2024;
沩口县卫生健康局 2023; 沩口县黄材镇人民政府 2024.
Decoys (3): 沩口县2024年政府信息公开工作年度报告解读, 沩口县2023年国民经济和社会发展统计公报,
沩口县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch25._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.weikou.gov.test"
SITE = "weikou-gov"
OWNER = "沩口县人民政府"
PER = 4
CAT = "2107"
CTYPE = "text/html; charset=GB18030"
TREE = (("2101", "政府信息公开指南"), ("2102", "政府信息公开制度"), ("2103", "机构职能"), ("2104", "规划计划"),
        ("2105", "财政预决算"), ("2107", "政府信息公开年报"))


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><HTML><HEAD><META http-equiv=Content-Type '
        f'content="text/html; charset=GB18030"><TITLE>{esc(title)}</TITLE><LINK href="/css/gkml.css" rel=stylesheet '
        'type=text/css></HEAD><BODY leftMargin=0 topMargin=0><TABLE cellSpacing=0 cellPadding=0 width=1000 align=cen'
        'ter '
        'border=0><TR><TD background="/images/gkml_banner.jpg" height=120><FONT color=#ffffff size=5><B>沩口县政府信息'
        '公开目录</B></FONT></TD></TR><TR><TD class=nav height=32><A href="/">沩口县人民政府</A> | <A href="/gkml/'
        'infoList.do?method=list&amp;catId=2101">公开指南</A> | <A href="/gkml/infoList.do?method=list&amp;catId=2107">'
        f'公开年报</A> | <A href="/ysqgk/">依申请公开</A></TD></TR></TABLE>{inner}<TABLE width=1000 align=center '
        'border=0><TR><TD align=center class=foot>主办：沩口县人民政府办公室　承办：沩口县电子政务中心<BR>网站标识码：'
        '9875080002　未ICP备05012345号　建议使用1024×768分辨率 IE8.0以上浏览器</TD></TR></TABLE></BODY></HTML>'
    )


def page(body: str) -> Response:
    return Response(200, body.encode("gb18030", "xmlcharrefreplace"), CTYPE)


class LegacyWeikou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 207_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []  # (date, id, title, 索引号)
        self.articles: dict[int, str] = {}
        self.serial = 0
        doc = self.doc(OWNER, 2019, "2020-01-23", "沩口县人民政府2019年政府信息公开工作年度报告")
        fid = self.rng.randint(3000, 3999)
        file_url = self.attach(HOST, "/gkml/download.do", doc, "scan",
                               quote("沩口县2019年政府信息公开工作年度报告.pdf"))
        # the servlet reads fileId; only this one file is linked
        url = self.detail(doc.title, "2020-01-23", "沩口县人民政府办公室",
                          f'<P>附件：<A href="download.do?fileId={fid}">沩口县2019年政府信息公开工作年度报告.pdf</A>'
                          '</P>')
        self.report(SITE, url, doc, media_type=MEDIA["scan"], report_url=f"{file_url}?fileId={fid}",
                    flags=("image_only",))
        for year, day in ((2020, 20), (2021, 26), (2022, 19), (2023, 24), (2024, 21)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"沩口县人民政府{year}年政府信息公开工作年度"
                                                                       "报告"),
                         "沩口县人民政府办公室")
        self.article(self.doc("沩口县卫生健康局", 2023, "2024-01-25", "县卫健局2023年政府信息公开工作年度报告"),
                     "沩口县卫生健康局")
        self.article(self.doc("沩口县黄材镇人民政府", 2024, "2025-01-16", "黄材镇2024年政府信息公开工作年度报告"),
                     "沩口县黄材镇人民政府")
        for title, year, date in (("沩口县2024年政府信息公开工作年度报告解读", 2024, "2025-01-22"),
                                  ("沩口县2023年国民经济和社会发展统计公报", 2023, "2024-03-28"),
                                  ("沩口县人民政府办公室关于报送2024年度政府信息公开工作年度报告的"
                                   "函", 2024, "2024-12-18")):
            self.decoy(SITE, self.detail(title, date, "沩口县人民政府办公室", self.decoy_body(title, OWNER, year)),
                       title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/gkml/infoList.do", self.listing)
        self.route(HOST, "/gkml/infoDetail.do", self.show)
        self.put(HOST, "/css/gkml.css", "TD{FONT-SIZE:12px}", "text/css")
        self.put(HOST, "/ysqgk/index.html", frame("依申请公开-沩口县人民政府", '<TABLE width=1000 align=center><TR><TD>'
                                                  '依申请公开受理机构：沩口县人民政府办公室</TD></TR></TABLE>'), CTYPE,
                 "gb18030")
        self.put(HOST, "/index.html", frame("沩口县人民政府", '<TABLE width=1000 align=center><TR><TD><A href="/gkml/'
                                            'infoList.do?method=list&amp;catId=2107">政府信息公开年报</A></TD></TR>'
                                            '</TABLE>'), CTYPE, "gb18030")

    def detail(self, title: str, date: str, org: str, content: str) -> str:
        aid = self.next_id()
        self.serial += self.rng.randint(1, 9)
        index = f"014523880/{date[:4]}-{self.serial:05d}"
        inner = (f'<TABLE width=1000 align=center border=0><TR><TD class=pos>当前位置：政府信息公开目录 &gt;&gt; '
                 '政府信息公开年报</TD></TR></TABLE><TABLE class=syh width=960 align=center border=1 cellSpacing=0 '
                 f'cellPadding=4><TR><TD width=90>索 引 号：</TD><TD>{index}</TD><TD width=90>主题分类：</TD><TD>'
                 f'政务公开</TD></TR><TR><TD>发布机构：</TD><TD>{esc(org)}</TD><TD>生成日期：</TD><TD>{date}</TD></TR>'
                 f'<TR><TD>名　　称：</TD><TD colSpan=3>{esc(title)}</TD></TR><TR><TD>文　　号：</TD><TD colSpan=3>'
                 f'</TD></TR></TABLE><TABLE width=960 align=center><TR><TD align=center><FONT size=4 color=#b40000><B>'
                 f'{esc(title)}</B></FONT></TD></TR><TR><TD class=content>{content}</TD></TR></TABLE>')
        self.articles[aid] = frame(title, inner)
        self.rows.append((date, aid, title, index))
        return f"http://{HOST}/gkml/infoDetail.do?method=view&infoId={aid}"

    def article(self, doc: ReportDoc, org: str) -> None:
        self.report(SITE, self.detail(doc.title, doc.published_date or "", org, self.body(doc)), doc)

    def show(self, request: Request) -> Response:
        raw = request.param("infoId")
        body = self.articles.get(int(raw)) if raw.isdigit() else None
        return page(body or frame("提示", "<P align=center>信息不存在</P>"))

    def listing(self, request: Request) -> Response:
        cat = request.param("catId", CAT)
        tree = "".join(f'<TR><TD class={"on" if c == cat else "off"}>·<A href="infoList.do?method=list&amp;catId={c}">'
                       f'{esc(name)}</A></TD></TR>' for c, name in TREE)
        rows_src = self.rows if cat == CAT else []
        pages = max(1, -(-len(rows_src) // PER))
        raw = request.param("pageNo", "1")
        n = min(max(1, int(raw)), pages) if raw.isdigit() else 1
        rows = "".join(f'<TR><TD>{ix}</TD><TD><A href="infoDetail.do?method=view&amp;infoId={a}" target=_blank '
                       f'title="{esc(t)}">{esc(t)}</A></TD><TD align=center>{d}</TD></TR>'
                       for d, a, t, ix in rows_src[(n - 1) * PER:n * PER]) or '<TR><TD colSpan=3>暂无信息</TD></TR>'

        def btn(k: int, img: str, alt: str, active: bool) -> str:
            tag = f'<IMG src="/images/{img}.gif" alt="{alt}" border=0 align=absMiddle>'
            return (f'<A href="infoList.do?method=list&amp;catId={cat}&amp;pageNo={k}">{tag}</A>' if active else
                    f'<IMG src="/images/{img}_dis.gif" alt="{alt}" border=0 align=absMiddle>')

        pager = (f'共{len(rows_src)}条 第{n}/{pages}页 {btn(1, "page_first", "首页", n > 1)}'
                 f'{btn(n - 1, "page_prev", "上一页", n > 1)}{btn(n + 1, "page_next", "下一页", n < pages)}'
                 f'{btn(pages, "page_last", "尾页", n < pages)}')
        inner = ('<TABLE width=1000 align=center border=0 cellSpacing=0><TR><TD vAlign=top width=200 class=tree><TABLE '
                 f'width="100%"><TR><TD class=treehead>信息公开目录</TD></TR>{tree}</TABLE></TD><TD vAlign=top>'
                 '<TABLE class=gklist width="100%" border=1 cellSpacing=0 cellPadding=3><TR class=head><TD width=180>'
                 f'索引号</TD><TD>名称</TD><TD width=90>生成日期</TD></TR>{rows}</TABLE><TABLE width="100%"><TR><TD '
                 f'align=right>{pager}</TD></TR></TABLE></TD></TR></TABLE>')
        return page(frame("政府信息公开目录-沩口县人民政府", inner))


PORTALS = [LegacyWeikou]
