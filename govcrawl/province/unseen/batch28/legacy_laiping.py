"""郲坪县 (www.laiping.gov.test): a legacy ASP.NET WebForms 政务公开 system (``.aspx`` pages, ``?cid=`` / ``?id=``
parameters, a ``__VIEWSTATE`` form around every page) in GB2312 — ``<globalization responseEncoding="gb2312">``:
header ``text/html; charset=gb2312``, meta ``gb2312``, body GBK bytes — whose 年报 column pages by ``&page=N`` under
Webdiyer's *AspNetPager* control in URL-paging mode: ``<div id="AspNetPager1">`` holding a custom-info cell "共11条记录
每页4条 第1/3页" and a cell of ``<a disabled="disabled">首页</a>`` / ``上一页`` (no href while on the first page), the
current number as a red bold ``<span>``, numbered ``<a href="List.aspx?cid=1021&amp;page=N">`` links, 下一页 and 尾页.

Start URL ``/xxgk/List.aspx?cid=1021`` (page 1; ``&page=1`` answers the same).  Rows are a DataList ``<table
id="dlNews">`` of ``<tr><td class="dot">·</td><td><a id="dlNews_ctl00_hlTitle" href="Show.aspx?id=N"
target="_blank" title="…">…</a></td><td id="dlNews_ctl00_tdDate">[2025-01-20]</td></tr>``, four a page, newest
first.  Articles ``/xxgk/Show.aspx?id=N``: ``<span id="lblTitle" class="arttitle">``, an info line "发布机构：…
发布时间：… 浏览次数：<span id="lblHits">…</span>" and the body in ``<div id="divContent" class="artcon">``.  An unknown
``cid`` or ``id`` answers 200 with a script alert (the ASP.NET error handler's habit).  Chrome: left column tree
(``/xxgk/List.aspx?cid=…``), 网站标识码, ICP, 无障碍 (``/wza/``), 站点地图.

The 2020 report is published only as an image-only scan (flagged): its article holds
``<a href="/UpLoadFile/2021/2/3/…pdf">郲坪县人民政府2020年政府信息公开工作年度报告（扫描件）.pdf</a>``.  The
卫生健康局's report is titled "县卫健局2024年…" with 发布机构 郲坪县卫生健康局; 城关镇's is "城关镇2023年…" (发布机构
郲坪县城关镇人民政府).

Reports (8): 郲坪县人民政府 2019, 2020 (scan PDF), 2021, 2022, 2023, 2024; 郲坪县卫生健康局 2024; 郲坪县城关镇人民政府
2023.  Decoys (3): 郲坪县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函, 郲坪县2025年政务公开工作要点,
郲坪县2023年国民经济和社会发展统计年报.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch28._site import MEDIA, Site, esc

HOST = "www.laiping.gov.test"
SITE = "laiping-gov"
OWNER = "郲坪县人民政府"
CID = "1021"
PER = 4
CTYPE = "text/html; charset=gb2312"
TREE = (("1018", "政府信息公开指南"), ("1019", "政府信息公开制度"), ("1020", "法定主动公开内容"),
        (CID, "政府信息公开年报"))


def gbk(body: str) -> Response:
    return Response(200, body.encode("gbk", "xmlcharrefreplace"), CTYPE)


def frame(title: str, action: str, inner: str) -> str:
    tree = "".join(f'<li><a href="/xxgk/List.aspx?cid={c}">{n}</a></li>' for c, n in TREE)
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content='
        f'"text/html; charset=gb2312" /><title>{esc(title)}</title><link href="/css/style.css" rel="stylesheet" '
        f'type="text/css" /></head><body><form name="form1" method="post" action="{esc(action)}" id="form1"><div>'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkq3Zr8xQ=" /></div>'
        '<div class="topbar"><span>欢迎访问郲坪县人民政府网站</span><a href="/wza/">无障碍</a> | <a '
        'href="/sitemap.aspx">站点地图</a></div><div class="banner"><img src="/images/banner.jpg" '
        'alt="郲坪县人民政府" /></div><div class="menu">'
        '<a href="/">网站首页</a><a href="/xxgk/List.aspx?cid=1018">政务公开</a><a href="/wza/">无障碍浏览</a></div>'
        f'<table width="1000" align="center"><tr><td class="left" valign="top"><div class="lefttit">信息公开目录</div>'
        f'<ul class="tree">{tree}</ul></td><td class="right" valign="top">{inner}</td></tr></table><div class="foot">'
        '主办单位：郲坪县人民政府办公室　承办：郲坪县信息中心<br />网站标识码：9878080001　未ICP备05006213号　'
        '未公网安备98780802000117号<br />建议使用IE8.0以上浏览器，1024*768分辨率</div>'
        '<div class="aspNetHidden"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
        'value="/wEWAgKX1p+fDQKM54rGBg==" /></div></form></body></html>'
    )


class LegacyLaiping(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 236_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str]] = []
        self.arts: dict[int, str] = {}
        for year, day in ((2019, 21), (2021, 27), (2022, 25), (2023, 29), (2024, 22)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"郲坪县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, doc.published_date or "", "郲坪县人民政府办公室",
                                       self.body(doc, word=year in (2019, 2022))), doc)
        doc = self.doc(OWNER, 2020, "2021-02-03", "郲坪县人民政府2020年政府信息公开工作年度报告")
        path = f"/UpLoadFile/2021/2/3/20210203{self.rng.randrange(10**8):08d}.pdf"
        url = self.art(doc.title, "2021-02-03", "郲坪县人民政府办公室",
                       f'<p>附件：<a href="{path}" target="_blank">{esc(doc.title)}（扫描件）.pdf</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["scan"], report_url=self.attach(HOST, path, doc, "scan"),
                    flags=("image_only",))
        for agency, short, year, date in (("郲坪县卫生健康局", "县卫健局", 2024, "2025-01-17"),
                                          ("郲坪县城关镇人民政府", "城关镇", 2023, "2024-01-19")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, agency, self.body(doc)), doc)
        for title, year, date in (("郲坪县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函", 2024,
                                   "2024-12-20"),
                                  ("郲坪县2025年政务公开工作要点", 2025, "2025-03-28"),
                                  ("郲坪县2023年国民经济和社会发展统计年报", 2023, "2024-04-12")):
            self.decoy(SITE, self.art(title, date, "郲坪县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/xxgk/List.aspx", self.list_page)
        self.route(HOST, "/xxgk/Show.aspx", self.show)
        home = frame("郲坪县人民政府", "/Default.aspx", '<div class="box"><a href="/xxgk/List.aspx?cid=1018">政务公开'
                     f'</a> <a href="/xxgk/List.aspx?cid={CID}">政府信息公开年报</a></div>')
        for p in ("/", "/Default.aspx"):
            self.put(HOST, p, home, CTYPE, "gbk")
        self.put(HOST, "/wza/", frame("无障碍浏览", "/wza/", "<p>无障碍浏览服务</p>"), CTYPE, "gbk")
        self.put(HOST, "/sitemap.aspx", frame("站点地图", "/sitemap.aspx", "<p>站点地图</p>"), CTYPE, "gbk")
        self.put(HOST, "/css/style.css", "body{font-size:12px}", "text/css")
        self.put(HOST, "/images/banner.jpg", b"\xff\xd8\xff\xe0", "image/jpeg")

    def art(self, title: str, date: str, source: str, content: str) -> str:
        n = self.next_id()
        self.rows.append((date, n, title))
        inner = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; 政府信息公开年报</div><div class="art">'
                 f'<span id="lblTitle" class="arttitle">{esc(title)}</span><div class="artinfo">发布机构：{esc(source)}'
                 f'　发布时间：{date}　浏览次数：<span id="lblHits">{self.rng.randint(40, 900)}</span></div><div '
                 f'id="divContent" class="artcon">{content}</div><div class="artbtn"><a href="javascript:window.print()'
                 '">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></div></div>')
        self.arts[n] = frame(f"{title}--郲坪县人民政府", f"Show.aspx?id={n}", inner)
        return f"http://{HOST}/xxgk/Show.aspx?id={n}"

    def show(self, request: Request) -> Response:
        body = self.arts.get(int(request.param("id", "0"))) if request.param("id", "0").isdigit() else None
        return gbk(body or '<script>alert("信息不存在或已被删除！");history.back();</script>')

    def list_page(self, request: Request) -> Response:
        cid = request.param("cid")
        name = dict(TREE).get(cid)
        if name is None:
            return gbk('<script>alert("参数错误！");history.back();</script>')
        rows = self.rows if cid == CID else []
        pages = max(1, -(-len(rows) // PER))
        raw = request.param("page", "1")
        k = min(max(int(raw), 1), pages) if raw.isdigit() else 1

        def href(n: int) -> str:
            return f"List.aspx?cid={cid}&amp;page={n}"

        trs = "".join(f'<tr><td class="dot">·</td><td><a id="dlNews_ctl{i:02d}_hlTitle" href="Show.aspx?id={n}" '
                      f'target="_blank" title="{esc(t)}">{esc(t)}</a></td><td id="dlNews_ctl{i:02d}_tdDate">[{d}]</td>'
                      '</tr>' for i, (d, n, t) in enumerate(rows[(k - 1) * PER:k * PER]))
        m = 'style="margin-right:5px;"'
        links = [f'<a href="{href(1)}" {m}>首页</a>' if k > 1 else f'<a disabled="disabled" {m}>首页</a>',
                 f'<a href="{href(k - 1)}" {m}>上一页</a>' if k > 1 else f'<a disabled="disabled" {m}>上一页</a>']
        links += [f'<span {m[:-1]}font-weight:Bold;color:red;">{n}</span>' if n == k else
                  f'<a href="{href(n)}" {m}>{n}</a>' for n in range(1, pages + 1)]
        links += [f'<a href="{href(k + 1)}" {m}>下一页</a>' if k < pages else f'<a disabled="disabled" {m}>下一页</a>',
                  f'<a href="{href(pages)}" {m}>尾页</a>' if k < pages else f'<a disabled="disabled" {m}>尾页</a>']
        pager = (f'<!-- AspNetPager V7.4.4 for VS2008  Copyright:2003-2012 Webdiyer (www.webdiyer.com) --><div '
                 'id="AspNetPager1" class="paginator"><div class="pagesinfo" style="float:left;width:40%;">'
                 f'共{len(rows)}条记录 每页{PER}条 第{k}/{pages}页</div><div style="float:left;width:60%;'
                 'text-align:right;">'
                 f'{"".join(links)}</div></div><!-- AspNetPager V7.4.4 for VS2008 End -->')
        inner = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; {name}</div><div class="listtit">{name}'
                 f'</div><table id="dlNews" cellspacing="0" border="0" width="100%">{trs}</table>{pager}')
        return gbk(frame(f"{name}--郲坪县人民政府", f"List.aspx?cid={cid}&page={k}", inner))


PORTALS = [LegacyLaiping]
