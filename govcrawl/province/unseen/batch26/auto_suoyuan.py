"""溹源县 (www.suoyuan.gov.test), registered with ``cms: auto`` and only its home page: a county site on
铭飞MCMS (MCMS, a Java/Spring Boot CMS with FreeMarker ``{ms:…}`` tags; no README family) publishing static
HTML under ``/html/web/`` — whose 年报 column is a child of 政府信息公开, two clicks from home (首页 →
``/html/web/zfxxgk/index.html``, a page of its child columns' boxes, each with five newest items and a "更多"
link → ``/html/web/zfxxgk/zfxxgknb/index.html``), paged as ``list-2.html``, ``list-3.html`` by MCMS's stock
pager of 首页 / 上一页 / 下一页 / 尾页 (``{ms:page.index}`` …) with "共3页 当前第1页" and no page numbers.

Home ``/`` (``/index.html``): a ``<div class="ms-nav">`` of columns, a 政府信息公开 link among them, a news box;
assets under ``/static/plugins/ms/``.  Column ``/html/web/zfxxgk/zfxxgknb/index.html``: ``<ul class="ms-list">
<li><a href="/html/web/zfxxgk/zfxxgknb/<id>.html" target="_blank">…</a><span>2025-01-20</span></li>`` four a
page, newest first; on page 1 上一页 points to ``index.html`` itself, on the last page 下一页 to the last page
(as MCMS does).  Articles ``/html/web/zfxxgk/zfxxgknb/<id>.html``: ``<h1>``, 来源 / 发布时间 / 浏览次数 line
(the count written by a script), body.  The 2023 county report is a DOCX linked from its article
(``/upload/1/cms/content/<13-digit timestamp>.docx``).  The 住建局's report is titled "县住建局…" with 来源
溹源县住房和城乡建设局; 溹城镇's likewise.

Reports (8): 溹源县人民政府 2019–2024 (2023 as DOCX); 溹源县住房和城乡建设局 2024; 溹源县溹城镇人民政府 2022.
Decoys (3): 溹源县2024年政府网站工作年度报表, 溹源县人民政府2023年法治政府建设年度报告, 溹源县2022年县级决算.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch26._site import MEDIA, Site, esc

HOST = "www.suoyuan.gov.test"
SITE = "suoyuan-gov"
OWNER = "溹源县人民政府"
PER = 4
COL = "/html/web/zfxxgk/zfxxgknb/"
CHILDREN = (("zfxxgkzn", "政府信息公开指南"), ("zfxxgkzd", "政府信息公开制度"), ("fdzdgknr", "法定主动公开内容"),
            ("zfxxgknb", "政府信息公开年报"))


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="keywords" content="溹源县人民政府"><title>'
        f'{esc(title)}</title><link rel="stylesheet" href="/static/plugins/ms/1.0.0/ms.css"><script src="/static/'
        'plugins/ms/1.0.0/ms.js"></script></head><body><div class="ms-top">欢迎访问溹源县人民政府门户网站 <a href="'
        '/html/web/wza/index.html">无障碍</a></div><div class="ms-header"><img src="/static/images/logo.png" alt="溹'
        '源县'
        '人民政府"></div><div class="ms-nav"><a href="/">首页</a><a href="/html/web/zwdt/index.html">政务动态</a><a '
        'href="/html/web/zfxxgk/index.html">政府信息公开</a><a href="/html/web/zmhd/index.html">政民互动</a></div>'
        f'{inner}<div class="ms-footer"><p>主办单位：溹源县人民政府办公室　网站标识码：9876090004</p><p>未ICP备'
        '17005432号-1　未公网安备98760902000456号</p><p><img src="/static/images/jiucuo.png" alt="政府网站找错"></p>'
        '</div></body></html>'
    )


class AutoSuoyuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 218_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str]] = []
        for year, day in ((2019, 22), (2020, 27), (2021, 24), (2022, 18), (2024, 23)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"溹源县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, doc.published_date or "", "溹源县人民政府办公室",
                                           self.body(doc, word=year == 2019)), doc)
        doc = self.doc(OWNER, 2023, "2024-01-26", "溹源县人民政府2023年政府信息公开工作年度报告")
        stamp = 1706200000000 + self.rng.randint(0, 86_000_000)
        docx = self.attach(HOST, f"/upload/1/cms/content/{stamp}.docx", doc, "docx")
        url = self.article(doc.title, "2024-01-26", "溹源县人民政府办公室",
                           f'<p>现将《{esc(doc.title)}》予以公布。</p><p>附件：<a href="/upload/1/cms/content'
                           f'/{stamp}.docx">'
                           f'{esc(doc.title)}.docx</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=docx)
        for agency, short, year, date in (("溹源县住房和城乡建设局", "县住建局", 2024, "2025-01-21"),
                                          ("溹源县溹城镇人民政府", "溹城镇", 2022, "2023-01-16")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, agency, self.body(doc)), doc)
        for title, year, date in (("溹源县2024年政府网站工作年度报表", 2024, "2025-01-14"),
                                  ("溹源县人民政府2023年法治政府建设年度报告", 2023, "2024-03-20"),
                                  ("溹源县2022年县级决算", 2022, "2023-09-08")):
            self.decoy(SITE, self.article(title, date, "溹源县财政局" if "决算" in title else "溹源县人民政府办公室",
                                          self.decoy_body(title, OWNER, year)), title)
        self.items.sort(reverse=True)
        pages = -(-len(self.items) // PER)

        def name(k: int) -> str:
            return "index.html" if k == 1 else f"list-{k}.html"

        for k in range(1, pages + 1):
            lis = "".join(f'<li><a href="{u}" target="_blank" title="{esc(t)}">{esc(t)}</a><span>{d}</span></li>'
                          for d, u, t in self.items[(k - 1) * PER:k * PER])
            pager = (f'<div class="ms-page"><a href="{COL}index.html">首页</a><a href="{COL}{name(max(1, k - 1))}">'
                     f'上一页'
                     f'</a><a href="{COL}{name(min(pages, k + 1))}">下一页</a><a href="{COL}{name(pages)}">尾页</a>'
                     f'<span>共{pages}页 当前第{k}页</span></div>')
            self.put(HOST, COL + name(k), frame("政府信息公开年报-溹源县人民政府", self.side("zfxxgknb") +
                                                '<div class="ms-main"><div class="ms-pos">当前位置：<a href="/">首页'
                                                '</a> &gt; '
                                                '<a href="/html/web/zfxxgk/index.html">政府信息公开</a> &gt; 政府信'
                                                '息公开年报'
                                                f'</div><ul class="ms-list">{lis}</ul>{pager}</div>'))
        boxes = []
        for code, label in CHILDREN:
            more = f"/html/web/zfxxgk/{code}/index.html"
            inner = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for d, u, t in self.items[:5]) \
                if code == "zfxxgknb" else "<li>暂无内容</li>"
            boxes.append(f'<div class="ms-box"><div class="ms-box-t"><span>{label}</span><a href="{more}">更多</a></'
                         f'div>'
                         f'<ul>{inner}</ul></div>')
            if code != "zfxxgknb":
                self.put(HOST, more, frame(f"{label}-溹源县人民政府", self.side(code) + '<div class="ms-main"><ul cl'
                                                                                 'ass='
                                           '"ms-list"><li>暂无内容</li></ul></div>'))
        self.put(HOST, "/html/web/zfxxgk/index.html", frame("政府信息公开-溹源县人民政府", self.side("") +
                                                           '<div class="ms-main">' + "".join(boxes) + "</div>"))
        for path, label in (("zwdt", "政务动态"), ("zmhd", "政民互动"), ("wza", "无障碍")):
            self.put(HOST, f"/html/web/{path}/index.html", frame(f"{label}-溹源县人民政府", f"<h2>{label}</h2><p>暂"
                                                                                     f"无内容"
                                                                                          "</p>"))
        self.put(HOST, "/static/plugins/ms/1.0.0/ms.css", ".ms-nav a{margin:0 10px}", "text/css")
        self.put(HOST, "/static/plugins/ms/1.0.0/ms.js", "var ms={base:''};", "application/javascript")
        self.put(HOST, "/index.html", frame("溹源县人民政府", '<div class="ms-banner"><img src="/static/images/banne'
                                                       'r.jpg">'
                                            '</div><div class="ms-box"><div class="ms-box-t"><span>政务动态</span><a'
                                            ' href='
                                            '"/html/web/zwdt/index.html">更多</a></div><ul><li>溹源县召开全县经济工'
                                            '作会议'
                                            '</li></ul></div><div class="ms-box"><div class="ms-box-t"><span>政府信'
                                            '息公开'
                                            '</span><a href="/html/web/zfxxgk/index.html">进入</a></div></div>'))

    def side(self, on: str) -> str:
        links = "".join(f'<li{" class=on" if c == on else ""}><a href="/html/web/zfxxgk/{c}/index.html">{esc(t)}</a>'
                        f'</li>'
                        for c, t in CHILDREN)
        return f'<div class="ms-side"><h3>政府信息公开</h3><ul>{links}</ul></div>'

    def article(self, title: str, date: str, source: str, content: str) -> str:
        path = f"{COL}{self.next_id()}.html"
        inner = (f'<div class="ms-main"><div class="ms-pos">当前位置：<a href="/">首页</a> &gt; <a href="/html/web/z'
                 f'fxxgk/'
                 f'index.html">政府信息公开</a> &gt; <a href="{COL}index.html">政府信息公开年报</a></div><div class='
                 f'"ms-'
                 f'article"><h1>{esc(title)}</h1><div class="ms-info">来源：{esc(source)}　发布时间：{date}　浏览次数：'
                 f'<span id="hit"></span><script>ms.hit&&ms.hit("hit")</script></div><div class="ms-content">{content}'
                 '</div></div></div>')
        url = self.put(HOST, path, frame(f"{title}-溹源县人民政府", inner))
        self.items.append((date, path, title))
        return url


PORTALS = [AutoSuoyuan]
