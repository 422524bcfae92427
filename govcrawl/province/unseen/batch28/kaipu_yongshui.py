"""鄘水县 (www.yongshui.gov.test): a 开普云 county whose 年报 column ``/zwgk/gknb/list_1.html`` … ``list_3.html`` is
paged by a script pager — the visible links are ``<a href="javascript:;" onclick="kpGo(2)">`` — whose page-file
pattern is declared only in ``<div class="kp-pages" data-pattern="list_{page}.html" data-count="3"
data-current="1">`` and in ``<link rel="prev">`` / ``<link rel="next">`` in ``<head>``; rows are news cards with an
``<h4>`` title and an abstract, and article bodies sit in a literal ``<UCAPCONTENT>`` inside ``div.wenz``.

Registered ``http://www.yongshui.gov.test/zwgk/gknb/list_1.html`` (``/zwgk/gknb/`` serves the same page).  Rows,
four a page, newest first: ``<li class="kp-card"><a href="/zwgk/gknb/<YYYYMM>/content_<id>.html" target="_blank">
<h4>…</h4><p class="kp-abs">…</p></a><time datetime="YYYY-MM-DD">YYYY年MM月DD日</time></li>`` in ``<ul
class="kp-cards">``.  The pager ``<div class="kp-pages" …><a href="javascript:;" onclick="kpGo(1)">首页</a> …
<span>第1页/共3页</span></div>``; ``kpGo(n)`` (inline script) builds ``data-pattern`` with ``{page}`` = n.
A list file past ``list_3.html`` is a 404.

Articles: ``<div class="xl-tit"><h1>…</h1><div class="xl-info"><span>发布时间：…</span><span>来源：…</span>
<span>浏览次数：<i id="hits"></i></span></div></div><div class="wenz"><UCAPCONTENT>…</UCAPCONTENT></div>
<div class="info_ewm">扫一扫在手机打开当前页</div>``; ArticleTitle / PubDate / ContentSource metas.  The 2020
county report is a PDF: one sentence and ``<p class="fj">附件：<a href="/uploadfiles/202102/P0202102035<id>.pdf">
…pdf</a></p>`` (served with a ``Content-Disposition`` filename).  The 卫生健康局's report is titled
"县卫健局2023年度政府信息公开工作年度报告" (来源 and ContentSource: 鄘水县卫生健康局); the 鄘城镇's
"鄘城镇2024年政府信息公开工作年度报告" (来源 鄘水县鄘城镇人民政府).  Chrome: 开普云 纠错 widget, ``kqNav()`` 无障碍,
footer 主办 / 网站标识码 / ICP / 公网安备.

Reports (8): 鄘水县人民政府 2019–2024 (2019, 2020 old template; 2020 PDF), 鄘水县卫生健康局 2023,
鄘水县鄘城镇人民政府 2024.  Decoys (3): 鄘水县2024年政府网站工作年度报表, 鄘水县政府信息公开指南（2024年修订）,
鄘水县2024年统计年报.  Other row (1, neither): 鄘水县2025年第一季度政务公开工作情况通报.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch28._site import MEDIA, Site, esc

HOST = "www.yongshui.gov.test"
SITE = "yongshui-gov"
OWNER = "鄘水县人民政府"
PER = 4
COL = "/zwgk/gknb/"


def frame(title: str, inner: str, head: str = "", source: str = OWNER, date: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{OWNER}"><meta '
        f'name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" content="9878060022"><meta name="ArticleTitle" '
        f'content="{esc(title)}"><meta name="PubDate" content="{date}"><meta name="ContentSource" '
        f'content="{esc(source)}">{head}<title>{esc(title)}_{OWNER}</title></head><body>'
        '<div class="kp-topbar"><span>今天是</span><a href="javascript:;" onclick="kqNav()">无障碍</a>'
        '<a href="javascript:;">长者版</a></div><div class="kp-logo">鄘水县人民政府</div><div class="kp-nav">'
        '<a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwgk/gknb/">政府信息公开年报</a>'
        f'<a href="javascript:;">政民互动</a></div>{inner}<div class="kp-footer"><p>主办单位：鄘水县人民政府办公室　'
        '网站标识码：9878060022</p><p><a href="https://beian.miit.gov.cn/">未ICP备12004871号</a>　未公网安备 '
        '98780602000077号</p></div><script id="_jiucuo_" sitecode="9878060022" '
        'src="http://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></body></html>'
    )


class KaipuYongshui(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 234_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-20"), (2020, "2021-02-03"), (2021, "2022-01-26"), (2022, "2023-01-18"),
                           (2023, "2024-01-29"), (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"鄘水县人民政府{year}年政府信息公开工作年度报告")
            if year == 2020:
                pid = self.next_id()
                url = self.attach(HOST, f"/uploadfiles/202102/P0202102035{pid}.pdf", doc, "pdf",
                                  filename=f"P0202102035{pid}.pdf")
                content = (f"<p>现将{esc(doc.title)}予以公开，全文请下载附件查阅。</p><p class=\"fj\">附件：<a href=\""
                           f"{url.removeprefix('http://' + HOST)}\">{esc(doc.title)}.pdf</a></p>")
                self.report(SITE, self.article(doc.title, date, OWNER, content), doc, media_type=MEDIA["pdf"],
                            report_url=url)
            else:
                self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year >= 2023)), doc)
        doc = self.doc("鄘水县卫生健康局", 2023, "2024-01-31", "县卫健局2023年度政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2024-01-31", doc.agency_name, self.body(doc)), doc)
        doc = self.doc("鄘水县鄘城镇人民政府", 2024, "2025-01-27", "鄘城镇2024年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2025-01-27", doc.agency_name, self.body(doc, word=True)), doc)
        for title, year, date in (("鄘水县2024年政府网站工作年度报表", 2024, "2025-01-14"),
                                  ("鄘水县政府信息公开指南（2024年修订）", 2024, "2024-05-10"),
                                  ("鄘水县2024年统计年报", 2024, "2025-03-28")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        other = "鄘水县2025年第一季度政务公开工作情况通报"
        self.article(other, "2025-04-09", OWNER, f"<p>{other}如下。</p><p>（略）</p>")
        self.rows.sort(key=lambda r: r[2], reverse=True)
        pages = -(-len(self.rows) // PER)
        for n in range(1, pages + 1):
            self.put(HOST, f"{COL}list_{n}.html", self.listing(n, pages))
        self.put(HOST, COL, self.listing(1, pages))
        self.put(HOST, "/", frame(OWNER, '<div class="kp-home"><a href="/zwgk/gknb/">政府信息公开年报</a></div>'))
        self.put(HOST, "/zwgk/", frame("政务公开", '<div class="kp-zwgk"><a href="/zwgk/gknb/list_1.html">'
                                                   '政府信息公开年报</a></div>'))

    def article(self, title: str, date: str, source: str, content: str) -> str:
        pid = self.next_id()
        path = f"{COL}{date[:4]}{date[5:7]}/content_{pid}.html"
        inner = (f'<div class="kp-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                 f'<a href="{COL}">政府信息公开年报</a></div><div class="xl-tit"><h1>{esc(title)}</h1>'
                 f'<div class="xl-info"><span>发布时间：{date}</span><span>来源：{esc(source)}</span>'
                 f'<span>浏览次数：<i id="hits"></i></span></div></div><div class="wenz"><UCAPCONTENT>{content}'
                 '</UCAPCONTENT></div><div class="info_ewm">扫一扫在手机打开当前页</div>')
        self.put(HOST, path, frame(title, inner, source=source, date=date))
        self.rows.append((title, path, date))
        return f"http://{HOST}{path}"

    def listing(self, n: int, pages: int) -> str:
        cards = "".join(
            f'<li class="kp-card"><a href="{path}" target="_blank"><h4>{esc(title)}</h4><p class="kp-abs">'
            f'{esc(title[:18])}……</p></a><time datetime="{date}">{date[:4]}年{date[5:7]}月{date[8:]}日</time></li>'
            for title, path, date in self.rows[(n - 1) * PER:n * PER])
        head = (f'<link rel="prev" href="list_{n - 1}.html">' if n > 1 else "") + (
            f'<link rel="next" href="list_{n + 1}.html">' if n < pages else "")
        go = '<a href="javascript:;" onclick="kpGo'
        links = (f'{go}(1)">首页</a>{go}({max(1, n - 1)})">上一页</a>{go}({min(pages, n + 1)})">下一页</a>'
                 f'{go}({pages})">尾页</a><span>第{n}页/共{pages}页</span>')
        inner = (f'<div class="kp-col"><h3>政府信息公开年报</h3><ul class="kp-cards">{cards}</ul>'
                 f'<div class="kp-pages" data-pattern="list_{{page}}.html" data-count="{pages}" data-current="{n}">'
                 f'{links}</div></div><script>function kpGo(n) {{ var d = document.querySelector(".kp-pages");'
                 ' location.href = d.getAttribute("data-pattern").replace("{page}", n); }</script>')
        return frame("政府信息公开年报", inner, head)


PORTALS = [KaipuYongshui]
