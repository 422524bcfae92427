"""韶岭县 (www.shaoling.gov.test): a legacy PHP 政务公开 site on 齐博CMS (qibosoft v7: ``list.php?fid=`` /
``bencandy.php?fid=&id=``), GB2312 pages served as GBK, whose 年报 column is paged by ``&page=N`` under
"共 14 篇文章 页次：1/3 每页 6 篇", whose dates are written without zero padding ("2024-1-25"), and whose
third list page fails every time (a deliberate shortfall).

``/gkml/list.php?fid=37`` is a ``<TABLE>`` of ``<TR><TD>·<A href="bencandy.php?fid=37&id=N"
target=_blank>…</A></TD><TD>2024-1-25</TD></TR>`` rows in ``<font>`` tags; the pager is plain links
(首页 上一页 下一页 尾页) and a ``<select onchange="javascript:window.location='list.php?fid=37&page='+this
.options[this.selectedIndex].value;">``.  Articles name their 作者 / 来源 (the unit) and put files under
``/UploadFiles/YYYYMM/…`` (.docx for 2022, .pdf for 2023) in a 附件 line.

**Shortfall (deliberate):** ``list.php?fid=37&page=3`` answers **500** with the MySQL error page
("MySQL Query Error … Error number: 145 … Table './qb_shaoling/qb_article' is marked as crashed") on
every request.  Its two rows — the
county's 2019 and 2020 reports, the oldest — are linked from nowhere else; their articles are served.
A crawl should state the failed page and the shortfall.

Reports (9): 韶岭县人民政府 2019–2024 (2019, 2020 on the failing page; 2022 .docx; 2023 .pdf), 韶岭县公安局 2023,
韶岭县城市管理局 2024, 韶岭县韶峰乡人民政府 2022.  Decoys (5): 韶岭县2023年度法治政府建设年度报告, 韶岭县2022年政府网站
工作年度报表, 关于做好2023年度政府信息公开工作年度报告编制工作的通知, 韶岭县2024年政务公开工作要点,
韶岭县2023年国民经济和社会发展统计公报.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch20._site import MEDIA, Site, esc
from govcrawl.province.unseen.kit import body_html as kit_body
from govcrawl.province.unseen.kit import upper_cell
from govcrawl.synth.model import ReportDoc

HOST = "www.shaoling.gov.test"
SITE = "shaoling-gov"
OWNER = "韶岭县人民政府"
FID = "37"
PER = 6
BROKEN = 3
GBK = "text/html; charset=GBK"


def loose(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}-{int(m)}-{int(d)}"


def frame(title: str, inner: str) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>'
        f'{esc(title)}</title><link href="/images/default/style.css" rel="stylesheet" type="text/css"></head><body '
        'leftmargin=0 topmargin=0><TABLE width=960 align=center border=0 cellPadding=0 cellSpacing=0><TR><TD><IMG '
        'src="/images/default/top.jpg" width=960 height=120></TD></TR><TR><TD class=menu><A href="/">网站首页</A> | <A '
        'href="/gkml/">政务公开</A> | <A href="/bsfw/">办事服务</A> | <A href="/Guestbook/">领导信箱</A></TD></TR></T'
        'ABLE>'
        f'{inner}<TABLE width=960 align=center><TR><TD align=center>韶岭县人民政府办公室 主办　未ICP备06002211号<BR>'
        'Powered by Qibosoft V7 建议使用IE6.0以上浏览器</TD></TR></TABLE></body></html>'
    )


def para(text: str, heading: bool) -> str:
    return f"<P>{'<B>' if heading else ''}{esc(text)}{'</B>' if heading else ''}</P>"


class LegacyShaoling(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 154_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.articles: dict[str, bytes] = {}
        self.rows: list[tuple[int, str, str]] = []
        for year, day in ((2019, 15), (2020, 19), (2021, 22), (2024, 24)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-"
                                               f"{day}", f"韶岭县{year}年政府信息公开工作年度报告"), "县政府办")
        self.file(self.doc(OWNER, 2022, "2023-01-30", "韶岭县2022年政府信息公开工作年度报告"), "docx")
        self.file(self.doc(OWNER, 2023, "2024-01-26", "韶岭县2023年政府信息公开工作年度报告"), "pdf")
        self.article(self.doc("韶岭县公安局", 2023, "2024-01-18", "韶岭县公安局2023年政府信息公开工作年度报"
                                                            "告"), "县公安局")
        self.article(self.doc("韶岭县城市管理局", 2024, "2025-01-17", "韶岭县城市管理局2024年政府信息公开工作年度报告"),
                     "县城管局")
        self.article(self.doc("韶岭县韶峰乡人民政府", 2022, "2023-01-12", "韶峰乡2022年政府信息公开工作年度报"
                                                                "告"), "韶峰乡")
        for title, year, date in (("韶岭县2023年度法治政府建设年度报告", 2023, "2024-03-21"),
                                  ("韶岭县2022年政府网站工作年度报表", 2022, "2023-01-11"),
                                  ("关于做好2023年度政府信息公开工作年度报告编制工作的通知", 2023, "2023-12-08"),
                                  ("韶岭县2024年政务公开工作要点", 2024, "2024-04-16"),
                                  ("韶岭县2023年国民经济和社会发展统计公报", 2023, "2024-03-30")):
            self.decoy(SITE, self.page(title, date, self.decoy_body(title, OWNER, year), "县政府办"), title)
        self.rows.sort(key=lambda r: r[2], reverse=True)

    def page(self, title: str, date: str, content: str, source: str, after: str = "") -> str:
        self.id += self.rng.randint(2, 40)
        inner = (f'<TABLE width=960 align=center><TR><TD class=title align=center><FONT size=4><B>{esc(title)}</B></F'
                 'ONT>'
                 f'</TD></TR><TR><TD align=center>作者：佚名　来源：{esc(source)}　点击数：'
                 f'{self.rng.randint(30, 900)}　更新时间：'
                 f'{loose(date)}</TD></TR><TR><TD class=content>{content}{after}</TD></TR></TABLE>')
        self.articles[str(self.id)] = frame(title, inner).encode("gbk", "xmlcharrefreplace")
        self.rows.append((self.id, title, date))
        return f"http://{HOST}/gkml/bencandy.php?fid={FID}&id={self.id}"

    def article(self, doc: ReportDoc, source: str) -> None:
        content = kit_body(doc, para, upper_cell, "<TABLE borderColor=#000000 cellSpacing=0 cellPadding=2 border=1>")
        self.report(SITE, self.page(doc.title, doc.published_date or "", content, source), doc)

    def file(self, doc: ReportDoc, kind: str) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        path = f"/UploadFiles/{stamp[:6]}/{stamp}{self.rng.randrange(10**6):06d}.{kind}"
        after = f'<P>附件：<A href="{path}" target=_blank>{esc(doc.title)}.{kind}</A></P>'
        url = self.page(doc.title, doc.published_date or "", "<P>详见附件。</P>", "县政府办", after)
        self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=self.attach(HOST, path, doc, kind))

    def list_page(self, k: int, pages: int) -> str:
        chunk = self.rows[(k - 1) * PER:k * PER]
        rows = "".join(f'<TR><TD height=24>·<A href="bencandy.php?fid={FID}&id={i}" target=_blank>{esc(t)}</A></TD>'
                       f'<TD width=90>{loose(d)}</TD></TR>' for i, t, d in chunk)

        def go(n: int, label: str) -> str:
            return f"<A href='list.php?fid={FID}&page={n}'>{label}</A>"

        opts = "".join(f'<option value="{n}"{" selected" if n == k else ""}>第{n}页</option'
                       '>' for n in range(1, pages + 1))
        pager = (f"共 {len(self.rows)} 篇文章 页次：{k}/{pages} 每页 {PER} 篇 "
                 + (go(1, "首页") + " " + go(k - 1, "上一页") if k > 1 else "首页 上一页") + " "
                 + (go(k + 1, "下一页") + " " + go(pages, "尾页") if k < pages else "下一页 尾页")
                 + f" 转到：<select onchange=\"javascript:window.location='list.php?fid={FID}&page='+this.options"
                 f"[this.selectedIndex].value;\">{opts}</select>")
        inner = (f'<TABLE width=960 align=center><TR><TD class=lm>您现在的位置：<A href="/">韶岭县人民政府</A> &gt;&g'
                 't; <A '
                 f'href="/gkml/">政务公开</A> &gt;&gt; 政府信息公开年报</TD></TR><TR><TD><TABLE width="100%">{rows}</'
                 'TABLE>'
                 f'</TD></TR><TR><TD align=center>{pager}</TD></TR></TABLE>')
        return frame("政府信息公开年报", inner)

    def handle(self, request: Request) -> Response:
        if request.path == "/gkml/bencandy.php":
            body = self.articles.get(request.query.get("id", [""])[0])
            if body is None:
                return Response(200, frame("错误信息", "<P>内容不存在或已被删除！</P>").encode("gbk"), GBK)
            return Response(200, body, GBK)
        if request.path == "/gkml/list.php" and request.query.get("fid", [""])[0] == FID:
            pages = -(-len(self.rows) // PER)
            try:
                k = max(int(request.query.get("page", ["1"])[0]), 1)
            except ValueError:
                k = 1
            if k == BROKEN:
                error = ("<html><head><title>MySQL Query Error</title></head><body><div style=\"font-size:12px\">"
                         "<b>MySQL Query Error</b><br>Time: " + "2025-02-14 09:31:07" + "<br>Script: /gkml/list.php<br>"
                         "SQL: SELECT * FROM qb_article WHERE fid=37 ORDER BY posttime DESC LIMIT 12,6<br>Error: "
                         "Table './qb_shaoling/qb_article' is marked as crashed and should be repaired<br>Error "
                         "number: 145</div></body></html>")
                return Response(500, error.encode("gbk"), GBK)
            if k > pages:
                return Response(200, frame("政府信息公开年报", "<P>没有任何文章</P>").encode("gbk"), GBK)
            return Response(200, self.list_page(k, pages).encode("gbk", "xmlcharrefreplace"), GBK)
        return super().handle(request)


PORTALS = [LegacyShaoling]
