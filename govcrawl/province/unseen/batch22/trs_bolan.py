"""柏澜县 (www.bolan.gov.test): TRS WCM classic on an old template — ``.htm`` files, a nested layout
``<TABLE>`` of upper-case rows with the date right-aligned in brackets, and the pager call wrapped in a
``<script language="JavaScript"><!-- … //--></script>`` comment: ``createPageHTML(2, 0, "index", "htm")``.

``/xxgk/zfxxgknb/index.htm`` then ``index_1.htm`` (zero-based; ``index_2.htm`` is 404) list five rows a page
as ``<TR><TD height=25>·<A href="./YYYYMM/tYYYYMMDD_<docid>.htm" target=_blank>…</A></TD><TD width="80"
align=right>[YYYY-MM-DD]</TD></TR>``.  Articles: ``div.Custom_UnionStyle`` under a visible line "发布时间：…
来源：… 浏览次数："; the 2020 county report's body is one line, its PDF ``./YYYYMM/P0YYYYMMDD<12 digits>.pdf``
linked inside the container.  Chrome: 无障碍 / 长者模式 links, a top 搜索, a 政务公开 left menu, a footer with
网站标识码 and 政府网站找错.

Reports (8): 柏澜县人民政府 2019–2024 (2019–2020 old template; 2020 a PDF), 柏澜县教育体育局 2024,
柏澜县城关镇人民政府 2023.  Decoys (2): 柏澜县2024年政府信息公开工作年度报告解读, 柏澜县2024年度法治政府建设
年度报告.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch22._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.bolan.gov.test"
SITE = "bolan-gov"
OWNER = "柏澜县人民政府"
ROOT = "/xxgk/zfxxgknb/"
PER = 5


def frame(title: str, inner: str) -> str:
    return (
        f'<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=utf-8"><TITLE>{esc(title)}</TITLE>'
        f'<META name="SiteName" content="柏澜县人民政府"><META name="SiteDomain" content="www.bolan.gov.test">'
        f'<META name="SiteIDCode" content="9872010001"><SCRIPT src="/images/page.js"></SCRIPT></HEAD><BODY>'
        f'<TABLE width=1000 align=center><TR><TD class=top><A href="/">柏澜县人民政府</A> <A href="/wza/">无障碍</A> '
        f'<A href="/zzms/">长者模式</A> <FORM action="/was5/web/search"><INPUT name=searchword><INPUT type=submit '
        f'value=搜索></FORM></TD></TR><TR><TD class=nav><A href="/">首页</A> <A href="/xxgk/">政务公开</A> <A '
        f'href="/bsfw/">办事服务</A> <A href="/gzhd/">公众互动</A></TD></TR><TR><TD>{inner}</TD></TR><TR><TD '
        f'class=foot>主办单位：柏澜县人民政府办公室 网站标识码：9872010001 <A href="/zc/">政府网站找错</A>'
        f'</TD></TR></TABLE></BODY></HTML>'
    )


class TrsBolan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 170_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 22), (2021, 25), (2022, 20), (2023, 26), (2024, 23)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"柏澜县{year}年政府信息公开工作年度报告"))
        self.pdf(self.doc(OWNER, 2020, "2021-01-28", "柏澜县2020年政府信息公开工作年度报告"))
        self.article(self.doc("柏澜县教育体育局", 2024, "2025-01-16", "柏澜县教育体育局2024年政府信息公开工作年度报告"))
        self.article(self.doc("柏澜县城关镇人民政府", 2023, "2024-01-18", "城关镇2023年政府信息公开工作年度报告"))
        for title, year, date in (("柏澜县2024年政府信息公开工作年度报告解读", 2024, "2025-01-27"),
                                  ("柏澜县2024年度法治政府建设年度报告", 2024, "2025-03-20")):
            url, _ = self.page(title, date, "柏澜县人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, ROOT + ("index.htm" if k == 0 else f"index_{k}.htm"), self.list_page(chunk, k, len(pages)))

    def page(self, title: str, date: str, source: str, content: str) -> tuple[str, str]:
        stamp = date.replace("-", "")
        folder = f"{ROOT}{stamp[:6]}/"
        name = f"t{stamp}_{self.next_id()}.htm"
        inner = (f'<DIV class=pos>当前位置：<A href="/">首页</A> &gt;&gt; <A href="/xxgk/">政务公开</A> &gt;&gt; <A '
                 f'href="../">政府信息公开年报</A></DIV><TABLE width="100%"><TR><TD class=title align=center>'
                 f'{esc(title)}</TD></TR><TR><TD class=info align=center>发布时间：{date}　来源：{esc(source)}　'
                 f'浏览次数：<SPAN id=hits></SPAN>　【字体：<A href="#">大</A> <A href="#">中</A> <A href="#">小</A>】'
                 f'</TD></TR><TR><TD><DIV class=Custom_UnionStyle>{content}</DIV></TD></TR></TABLE>')
        url = self.put(HOST, folder + name, frame(title, inner))
        self.rows.append((f"./{stamp[:6]}/{name}", title, date))
        return url, folder

    def article(self, doc: ReportDoc) -> None:
        url, _ = self.page(doc.title, doc.published_date or "", doc.agency_name, self.body(doc, word=True))
        self.report(SITE, url, doc)

    def pdf(self, doc: ReportDoc) -> None:
        name = f"P0{(doc.published_date or '').replace('-', '')}{self.rng.randrange(10**12):012d}.pdf"
        content = (f'<P>柏澜县2020年政府信息公开工作年度报告全文请点击下载：</P><P><A href="./{name}">'
                   f'{esc(doc.title)}.pdf</A></P>')
        url, folder = self.page(doc.title, doc.published_date or "", "柏澜县人民政府办公室", content)
        file = self.attach(HOST, folder + name, doc, "pdf")
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=file)

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int) -> str:
        rows = "".join(f'<TR><TD height=25>·<A href="{h}" target=_blank>{esc(t)}</A></TD><TD width="80" '
                       f'align=right>[{d}]</TD></TR>' for h, t, d in chunk)
        menu = ('<TD width=200 valign=top class=left><B>政务公开</B><BR><A href="/xxgk/zfxxgkzn/">政府信息公开指南</A>'
                '<BR><A href="/xxgk/zfxxgkzd/">政府信息公开制度</A><BR><A href="./">政府信息公开年报</A><BR><A '
                'href="/xxgk/fdzdgknr/">法定主动公开内容</A></TD>')
        inner = (f'<TABLE width="100%"><TR>{menu}<TD valign=top><DIV class=pos>当前位置：<A href="/">首页</A> &gt;&gt; '
                 f'政务公开 &gt;&gt; 政府信息公开年报</DIV><TABLE width="100%" class=GroupBlankLine>{rows}</TABLE>'
                 f'<DIV class=page><script language="JavaScript"><!--\ncreatePageHTML({pages}, {k}, "index", "htm");'
                 f'\n//--></script></DIV></TD></TR></TABLE>')
        return frame("政府信息公开年报_柏澜县人民政府", inner)


PORTALS = [TrsBolan]
