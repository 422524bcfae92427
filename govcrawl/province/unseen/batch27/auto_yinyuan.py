"""溵源县 (www.yinyuan.gov.test), registered with ``cms: auto`` and only its home page: a county site on DedeCMS
(织梦, a PHP CMS publishing static HTML; no README family) whose 年报 column is a child of 政务公开, two clicks
from home (首页 → ``/zwgk/``, DedeCMS's 封面 page of child columns, each a box with its newest items and a
"更多&gt;&gt;" link → ``/zwgk/ndbg/``), paged by DedeCMS's stock static pager ``list_12_1.html``,
``list_12_2.html`` (typeid 12; page 1 is also ``index.html``) written as ``<ul class="pagelist"><li><a>首页</a>
</li><li class="thisclass"><a>1</a></li><li><a href='list_12_2.html'>2</a></li>…<li><a href='list_12_2.html'>
下一页</a></li><li><a href='list_12_3.html'>末页</a></li><li><span class="pageinfo">共 <strong>3</strong>页
<strong>11</strong>条</span></li></ul>`` — relative hrefs, inactive ends as bare ``<a>`` without href.

Home ``/`` (``/index.html``): ``<div class="dede-nav">`` with 政务公开 among the columns.  Column rows
``<li><span class="date">2025-01-20</span><a href="/zwgk/ndbg/2025/0120/226.html" title="…">…</a></li>``
four a page, newest first.  Articles ``/zwgk/ndbg/YYYY/MMDD/<aid>.html``: ``<div class="title"><h2>``, the
stock ``<div class="info"><small>时间:</small>… <small>来源:</small>… <small>作者:</small>… <small>点击:</small>
<script src="/plus/count.php?view=yes&aid=N&mid=1"></script>次</div>``, body in ``<div class="content">``.
The 2023 county report is a DOCX linked from its article as ``/uploads/soft/240126/1-2401261A31<n>.docx``.
The 市场监管局's report is titled "县市场监管局…" with 来源 溵源县市场监督管理局; 溵水镇's likewise.

Reports (8): 溵源县人民政府 2019–2024 (2023 as DOCX; 2019, 2020 old template); 溵源县市场监督管理局 2024;
溵源县溵水镇人民政府 2022.  Decoys (3): 溵源县人民政府门户网站2024年工作年度报表, 溵源县人民政府办公室关于
报送2024年度政府信息公开工作年度报告的函, 溵源县2023年统计年报.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Response
from govcrawl.province.unseen.batch27._site import MEDIA, Site, esc

HOST = "www.yinyuan.gov.test"
SITE = "yinyuan-gov"
OWNER = "溵源县人民政府"
OFFICE = "溵源县人民政府办公室"
COL = "/zwgk/ndbg/"
TID = 12
PER = 4
KIDS = (("zfxxgkzn", "政府信息公开指南"), ("zcwj", "政策文件"), ("ghjh", "规划计划"), ("ndbg", "政府信息公开年报"))


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=utf-8" /><title>{esc(title)}</title><meta name="keywords" content="溵源县" />'
        '<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" /></head>'
        '<body><div class="header_top"><span class="time">溵源县人民政府欢迎您</span><a href="/plus/wza/">无障碍'
        '</a> <a href="/">设为首页</a></div><div class="header"><div class="logo"><a href="/"><img src="/templets/'
        'default/images/logo.gif" alt="溵源县人民政府" /></a></div></div><div class="dede-nav"><ul><li><a href="/">'
        '首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">'
        f'办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>{inner}<div class="footer"><p>主办：'
        '溵源县人民政府办公室　地址：溵源县人民路1号</p><p>网站标识码：9877090003　<a href="https://beian.miit.gov.cn'
        '/">'
        '未ICP备16004417号</a>　未公网安备98770902000219号</p><p>Powered by DedeCMS</p></div></body></html>'
    )


class AutoYinyuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 228_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str]] = []
        for year, day in ((2019, 24), (2020, 19), (2021, 26), (2022, 21), (2024, 22)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"溵源县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, doc.published_date or "", OFFICE,
                                           self.body(doc, word=year == 2021)), doc)
        doc = self.doc(OWNER, 2023, "2024-01-26", "溵源县人民政府2023年政府信息公开工作年度报告")
        path = f"/uploads/soft/240126/1-2401261A31{self.rng.randint(10, 99)}.docx"
        docx = self.attach(HOST, path, doc, "docx")
        url = self.article(doc.title, "2024-01-26", OFFICE, f'<p>《{esc(doc.title)}》全文见附件。</p><p>附件：<a href='
                           f'"{path}" target="_blank">{esc(doc.title)}.docx</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=docx)
        for agency, short, year, date in (("溵源县市场监督管理局", "县市场监管局", 2024, "2025-01-17"),
                                          ("溵源县溵水镇人民政府", "溵水镇", 2022, "2023-01-13")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, agency, self.body(doc)), doc)
        for title, year, date in (("溵源县人民政府门户网站2024年工作年度报表", 2024, "2025-01-15"),
                                  ("溵源县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函", 2024,
                                   "2024-12-20"),
                                  ("溵源县2023年统计年报", 2023, "2024-03-11")):
            self.decoy(SITE, self.article(title, date, OFFICE if "统计" not in title else "溵源县统计局",
                                          self.decoy_body(title, OWNER, year)), title)
        self.items.sort(reverse=True)
        pages = -(-len(self.items) // PER)
        for k in range(1, pages + 1):
            html = self.listing(k, pages)
            self.put(HOST, f"{COL}list_{TID}_{k}.html", html)
            if k == 1:
                self.put(HOST, f"{COL}index.html", html)
        boxes = []
        for code, label in KIDS:
            lis = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for d, u, t in self.items[:6]) \
                if code == "ndbg" else "<li>暂无信息</li>"
            boxes.append(f'<div class="tbox"><dl class="tbox-t"><dt><strong><a href="/zwgk/{code}/">{label}</a><'
                         '/strong>'
                         f'</dt><dd class="more"><a href="/zwgk/{code}/">更多&gt;&gt;</a></dd></dl><ul class="d1">'
                         f'{lis}</ul></div>')
            if code != "ndbg":
                self.put(HOST, f"/zwgk/{code}/index.html", frame(f"{label}_溵源县人民政府", self.place(label) +
                                                                '<ul class="e2"><li>暂无信息</li></ul>'))
        self.put(HOST, "/zwgk/index.html", frame("政务公开_溵源县人民政府", self.place("") + "".join(boxes)))
        for code, label in (("xwzx", "新闻中心"), ("bsfw", "办事服务"), ("hdjl", "互动交流"), ("plus/wza", "无障碍")):
            self.put(HOST, f"/{code}/index.html", frame(f"{label}_溵源县人民政府", f"<h2>{label}</h2><p>暂无信息</p>"))
        for img in ("/templets/default/images/logo.gif", "/uploads/allimg/banner.jpg"):
            self.put(HOST, img, b"GIF89a\x01\x00\x01\x00", "image/gif")
        self.put(HOST, "/templets/default/style/dedecms.css", ".pagelist li{float:left}", "text/css")
        self.put(HOST, "/index.html", frame("溵源县人民政府",
                                            '<div class="flash"><img src="/uploads/allimg/banner.jpg" /></div>'
                                        '<div class="tbox"><dl class="tbox-t"><dt><strong>新闻中心</strong><'
                                        '/dt>'
                                        '<dd class="more"><a href="/xwzx/">更多</a></dd></dl></div><div class="tbox">'
                                        '<dl class="tbox-t"><dt><strong><a href="/zwgk/">政务公开</a></strong></dt>'
                                        '</dl></div>'))
        self.route(HOST, "/plus/count.php", lambda r: Response(200, f"document.write('{self.rng.randint(50, 900)}');"
                                                               .encode(), "application/x-javascript"))

    @staticmethod
    def place(label: str) -> str:
        tail = f' &gt; <a href="/zwgk/">政务公开</a> &gt; {label}' if label else " &gt; 政务公开"
        return f'<div class="place"><strong>当前位置:</strong> <a href="/">主页</a>{tail}</div>'

    def listing(self, k: int, pages: int) -> str:
        lis = "".join(f'<li><span class="date">{d}</span><a href="{u}" title="{esc(t)}">{esc(t)}</a></li>'
                      for d, u, t in self.items[(k - 1) * PER:k * PER])

        def a(n: int, text: str) -> str:
            return f"<li><a href='list_{TID}_{n}.html'>{text}</a></li>"

        pager = (a(1, "首页") + a(k - 1, "上一页") if k > 1 else "<li><a>首页</a></li>")
        pager += "".join(f'<li class="thisclass"><a>{n}</a></li>' if n == k else a(n, str(n))
                         for n in range(1, pages + 1))
        pager += (a(k + 1, "下一页") + a(pages, "末页")) if k < pages else "<li><a>末页</a></li>"
        pager += (f'<li><span class="pageinfo">共 <strong>{pages}</strong>页<strong>{len(self.items)}</strong>条'
                  '</span></li>')
        return frame("政府信息公开年报_溵源县人民政府", self.place("政府信息公开年报") +
                     f'<div class="listbox"><ul class="e2">{lis}</ul></div><div class="dede_pages"><ul class='
                     f'"pagelist">{pager}</ul></div>')

    def article(self, title: str, date: str, source: str, content: str) -> str:
        aid = self.next_id()
        path = f"{COL}{date[:4]}/{date[5:7]}{date[8:10]}/{aid}.html"
        inner = (self.place("政府信息公开年报") + f'<div class="viewbox"><div class="title"><h2>{esc(title)}</h2></div>'
                 f'<div class="info"><small>时间:</small>{date} 10:{aid % 60:02d}<small>来源:</small>{esc(source)}'
                 f'<small>作者:</small>admin<small>点击:</small><script src="/plus/count.php?view=yes&aid={aid}&mid=1">'
                 f'</script>次</div><div class="content">{content}</div></div>')
        url = self.put(HOST, path, frame(f"{title}_溵源县人民政府", inner))
        self.items.append((date, path, title))
        return url


PORTALS = [AutoYinyuan]
