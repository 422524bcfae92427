"""洣口县 (www.mikou.gov.test): a legacy Java 信息公开目录 (plain JSP pages, no framework) in GBK whose 年报
catalogue is a *displaytag* table — paged by displaytag's own parameter ``d-4137562-p=N`` under its stock
localized banner "共找到 11 条记录，显示 1 到 4" and ``<span class="pagelinks">[首页/上一页] <strong>1</strong>,
<a …>2</a>, <a …>3</a> [<a …>下一页</a>/<a …>末页</a>]</span>``, with a sortable 发布日期 header
(``d-4137562-s=2&d-4137562-o=1`` re-sorts oldest first) — inside an old two-frame layout.

``/index.jsp`` is a ``<FRAMESET rows="110,*">`` of ``top.jsp`` (banner) and ``/gkml/gkml_list.jsp?lmid=0507``.
The list (start URL; header ``text/html;charset=GBK``, meta ``gb2312``) is ``<table id="row" class="dataTable">``
of 序号 | 信息名称 | 发布日期 rows, ``<a href="gkml_view.jsp?xxid=N" title="…">`` four a page, newest first;
displaytag keeps the sort parameters in the page links (``gkml_list.jsp?lmid=0507&amp;d-4137562-p=2``).  Other
lmids give an empty table "没有找到记录".  Articles ``/gkml/gkml_view.jsp?xxid=N`` in upper-case tables:
索引号 / 发布机构 / 发文日期 over the body; unknown ids say "该信息不存在或已删除".  The 2020 county report is a
PDF of page scans linked from its article as ``/uploadfile/gkml/2021/0125/<n>.pdf``.  The 教育局's report is
titled "县教育局…" (full name in 发布机构); 洣水镇's likewise.

Reports (8): 洣口县人民政府 2020 (an image-only scan PDF, flagged), 2019, 2021–2024; 洣口县教育局 2022;
洣口县洣水镇人民政府 2023.
Decoys (3): 洣口县政府信息公开指南（2024年版）, 洣口县2023年度政府信息公开工作年度报告解读,
洣口县人民政府2024年政府信息公开工作要点.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch26._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.mikou.gov.test"
SITE = "mikou-gov"
OWNER = "洣口县人民政府"
PER = 4
LM = "0507"
TID = "4137562"
CTYPE = "text/html;charset=GBK"
TREE = (("0501", "公开指南"), ("0502", "公开制度"), ("0503", "机构概况"), ("0504", "政策文件"), ("0507", "公开年报"))


def frame(title: str, inner: str) -> str:
    return (
        '<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gb2312">'
        f'<TITLE>{esc(title)}</TITLE><LINK href="/css/style.css" type=text/css rel=stylesheet></HEAD>'
        f'<BODY bgColor=#ffffff leftMargin=0 topMargin=0>{inner}<TABLE width=980 align=center><TR><TD align=center '
        'class=copyright><HR size=1>版权所有：洣口县人民政府　主办：洣口县人民政府办公室　网站标识码：9876080003<BR>'
        '未ICP备06008866号　最佳浏览效果：IE6.0 1024*768</TD></TR></TABLE></BODY></HTML>'
    )


def gbk(body: str) -> Response:
    return Response(200, body.encode("gbk", "xmlcharrefreplace"), CTYPE)


class LegacyMikou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 217_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str]] = []
        self.views: dict[int, str] = {}
        self.serial = 0
        doc = self.doc(OWNER, 2020, "2021-01-25", "洣口县人民政府2020年政府信息公开工作年度报告")
        pdf = self.attach(HOST, f"/uploadfile/gkml/2021/0125/{self.rng.randint(10**12, 10**13 - 1)}.pdf", doc, "scan")
        url = self.view(doc.title, "2021-01-25", "洣口县人民政府办公室",
                        '<P>洣口县人民政府2020年政府信息公开工作年度报告（扫描件）</P><P>附件：<A href="'
                        f'{pdf}" target=_blank>洣口县人民政府2020年政府信息公开工作年度报告.pdf</A></P>')
        self.report(SITE, url, doc, media_type=MEDIA["scan"], report_url=pdf, flags=("image_only",))
        for year, day in ((2019, 31), (2021, 28), (2022, 21), (2023, 19), (2024, 23)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"洣口县人民政府{year}年政府信息公开工作年度"
                                                                       f"报告"),
                         "洣口县人民政府办公室")
        self.article(self.doc("洣口县教育局", 2022, "2023-01-17", "县教育局2022年政府信息公开工作年度报告"),
                     "洣口县教育局")
        self.article(self.doc("洣口县洣水镇人民政府", 2023, "2024-01-12", "洣水镇2023年政府信息公开工作年度报告"),
                     "洣口县洣水镇人民政府")
        for title, year, date in (("洣口县政府信息公开指南（2024年版）", 2024, "2024-03-05"),
                                  ("洣口县2023年度政府信息公开工作年度报告解读", 2023, "2024-01-30"),
                                  ("洣口县人民政府2024年政府信息公开工作要点", 2024, "2024-04-11")):
            self.decoy(SITE, self.view(title, date, "洣口县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/gkml/gkml_list.jsp", self.listing)
        self.route(HOST, "/gkml/gkml_view.jsp", self.show)
        self.put(HOST, "/css/style.css", "TD{FONT-SIZE:12px;LINE-HEIGHT:20px}", "text/css")
        self.put(HOST, "/top.jsp", frame("洣口县人民政府", '<TABLE width=980 align=center height=110 background="/im'
                                                    'ages/'
                                         'top_bg.jpg"><TR><TD><FONT size=6 color=#ffffff><B>洣口县人民政府信息公开'
                                         '</B></FONT></TD><TD align=right><A href="/gkml/gkml_list.jsp?lmid=0507" '
                                         'target=main>政府信息公开年报</A></TD></TR></TABLE>'), CTYPE, "gbk")
        home = ('<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gb2312"><TITLE>洣口县人民政府'
                '信息公开网</TITLE></HEAD><FRAMESET rows="110,*" frameBorder=0 border=0><FRAME name=top src="/top.jsp" '
                'scrolling=no noResize><FRAME name=main src="/gkml/gkml_list.jsp?lmid=0507"></FRAMESET><NOFRAMES><BODY>'
                '您的浏览器不支持框架，请<A href="/gkml/gkml_list.jsp?lmid=0507">点此进入</A>。</BODY></NOFRAMES></H'
                'TML>')
        self.put(HOST, "/index.jsp", home, CTYPE, "gbk")
        self.put(HOST, "/index.html", home, CTYPE, "gbk")

    def view(self, title: str, date: str, org: str, content: str) -> str:
        xid = self.next_id()
        self.serial += self.rng.randint(2, 11)
        index = f"431221-{date[:4]}-{self.serial:06d}"
        inner = ('<TABLE width=980 align=center border=0><TR><TD class=weizhi>您现在的位置：<A href="/gkml/gkml_list'
                 '.jsp?'
                 'lmid=0507">政府信息公开目录</A> &gt; 公开年报</TD></TR></TABLE><TABLE width=900 align=center borde'
                 'r=1 '
                 f'cellSpacing=0 cellPadding=3 borderColor=#cccccc><TR><TD width=100 bgColor=#eef3fa>索 引 号</TD><TD>'
                 f'{index}</TD><TD width=100 bgColor=#eef3fa>发布机构</TD><TD>{esc(org)}</TD></TR><TR><TD bgColor='
                 f'#eef3fa>信息名称</TD><TD colSpan=3>{esc(title)}</TD></TR><TR><TD bgColor=#eef3fa>发文日期</TD><TD>'
                 f'{date}</TD><TD bgColor=#eef3fa>公开方式</TD><TD>主动公开</TD></TR></TABLE><TABLE width=900 align='
                 f'center>'
                 f'<TR><TD align=center height=50><FONT style="FONT-SIZE:20px" color=#cc0000><B>{esc(title)}</B></FONT>'
                 f'</TD></TR><TR><TD>{content}</TD></TR><TR><TD align=right><A href="javascript:window.close()">'
                 '[关闭窗口]</A></TD></TR></TABLE>')
        self.views[xid] = frame(title, inner)
        self.rows.append((date, xid, title))
        return f"http://{HOST}/gkml/gkml_view.jsp?xxid={xid}"

    def article(self, doc: ReportDoc, org: str) -> None:
        self.report(SITE, self.view(doc.title, doc.published_date or "", org,
                                    self.body(doc, word=doc.year in (2019, 2022))), doc)

    def show(self, request: Request) -> Response:
        raw = request.param("xxid")
        body = self.views.get(int(raw)) if raw.isdigit() else None
        return gbk(body or frame("提示", "<P align=center>该信息不存在或已删除</P>"))

    def listing(self, request: Request) -> Response:
        lm = request.param("lmid", LM)
        rows = list(self.rows) if lm == LM else []
        sort, order = request.param(f"d-{TID}-s"), request.param(f"d-{TID}-o")
        if sort == "2" and order == "1":
            rows.reverse()
        keep = f"&amp;d-{TID}-s=2&amp;d-{TID}-o={order}" if sort == "2" and order in ("1", "2") else ""
        pages = max(1, -(-len(rows) // PER))
        raw = request.param(f"d-{TID}-p", "1")
        n = min(max(1, int(raw)), pages) if raw.isdigit() else 1
        base = f"gkml_list.jsp?lmid={lm}{keep}&amp;d-{TID}-p="
        shown = rows[(n - 1) * PER:n * PER]
        trs = "".join(f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td>{(n - 1) * PER + i + 1}</td><td><a href="'
                      f'gkml_view.jsp?xxid={x}" title="{esc(t)}" target="_blank">{esc(t)}</a></td><td>{d}</td></tr>'
                      for i, (d, x, t) in enumerate(shown))
        trs = trs or '<tr class="empty"><td colspan="3">没有找到记录</td></tr>'
        if rows:
            banner = (f'<span class="pagebanner">共找到 {len(rows)} 条记录，显示 {(n - 1) * PER + 1} 到 '
                      f'{(n - 1) * PER + len(shown)}</span>')
            nums = ", ".join(f"<strong>{k}</strong>" if k == n else f'<a href="{base}{k}" title="转到第{k}页">{k}</a>'
                             for k in range(1, pages + 1))
            head = "[首页/上一页]" if n == 1 else f'[<a href="{base}1">首页</a>/<a href="{base}{n - 1}">上一页</a>]'
            tail = ("[下一页/末页]" if n == pages else
                    f'[<a href="{base}{n + 1}">下一页</a>/<a href="{base}{pages}">末页</a>]')
            links = f'<span class="pagelinks">{head} {nums} {tail}</span>'
        else:
            banner, links = '<span class="pagebanner">没有找到记录</span>', ""
        flip = "2" if order == "1" else "1"
        tree = "".join(f'<TR><TD height=24>&nbsp;<IMG src="/images/dot.gif"> <A href="gkml_list.jsp?lmid={c}">'
                       f'{esc(name)}</A></TD></TR>' for c, name in TREE)
        inner = ('<TABLE width=980 align=center border=0 cellPadding=0 cellSpacing=0><TR><TD vAlign=top width=190 '
                 f'bgColor=#f2f6fb><TABLE width="100%"><TR><TD class=lmtitle>信息公开目录</TD></TR>{tree}</TABLE></TD>'
                 f'<TD vAlign=top style="padding-left:10px">{banner}<table id="row" class="dataTable" width="100%">'
                 '<thead><tr><th>序号</th><th>信息名称</th><th class="sortable"><a href="gkml_list.jsp?lmid='
                 f'{lm}&amp;d-{TID}-s=2&amp;d-{TID}-o={flip}">发布日期</a></th></tr></thead><tbody>{trs}</tbody></ta'
                 f'ble>'
                 f'{links}</TD></TR></TABLE>')
        return gbk(frame("政府信息公开目录-洣口县人民政府", inner))


PORTALS = [LegacyMikou]
