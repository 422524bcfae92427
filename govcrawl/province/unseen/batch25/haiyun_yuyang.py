"""淯阳市 (www.yuyang.gov.test): a TRS 海云 city whose 年报 column is ``list.shtml`` paged by a
``<div id="pageParam">`` element — ``data="{totalPage:3,currentPage:1,totalRecord:11,pageSize:4}"``,
``url="list"``, ``ext="shtml"`` — whose script names page *n* ``url + (page == 1 ? "" : "_" + page)``
(so ``list_2.shtml``, ``list_3.shtml``; ``list_1.shtml`` does not exist), and whose department
reports are 转载 rows linking the departments' own 集约化 sub-hosts.

``/xxgk/zfxxgknb/list.shtml`` holds ``<ul class="yy-news">`` rows ``<li><div class="yy-day"><b>22</b><span>
2025-01</span></div><a href="…" target="_blank" title="full title">title</a></li>`` (the date split into
day and year-month), four a page, newest first.  City articles are ``/xxgk/zfxxgknb/YYYYMM/
t<YYYYMMDD>_<docid>.shtml`` on www; the 自然资源和规划局's and the 卫生健康委's rows link absolute URLs on
``zrzyj.yuyang.gov.test`` / ``wjw.yuyang.gov.test`` (``/zfxxgk/ndbg/YYYYMM/t…_<docid>.shtml``) whose pages
carry the department's own header and ``ContentSource``; their titles abbreviate the unit ("市自然资源
和规划局…", "市卫健委…").  Bodies are ``div.view.TRS_UEDITOR.trs_paper_default.trs_web`` under a
``div.yy-info`` line (来源 | 发布时间 | 浏览量).  The city's 2022 report is a stub whose PDF
(``./P0YYYYMMDD<12 digits>.pdf``) is linked inside the body with ``appendix="true"``.

Reports (8): 淯阳市人民政府 2019–2024 (2019–2020 old template; 2022 a PDF), 淯阳市自然资源和规划局 2024,
淯阳市卫生健康委员会 2023.  Decoys (3): 淯阳市人民政府网站2024年工作年度报表, 关于报送2024年度政府信息公开
工作年度报告的函, 淯阳市2024年政务公开工作要点.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch25._site import Site, esc
from govcrawl.province.unseen.kit import PDF

HOST = "www.yuyang.gov.test"
ZRZY = "zrzyj.yuyang.gov.test"
WJW = "wjw.yuyang.gov.test"
SITE = "yuyang-gov"
OWNER = "淯阳市人民政府"
ROOT = "/xxgk/zfxxgknb/"
PER = 4
CODE = "9875020001"
SUBS = {ZRZY: ("淯阳市自然资源和规划局", "9875020017"), WJW: ("淯阳市卫生健康委员会", "9875020023")}


def frame(host: str, title: str, inner: str, extra: str = "") -> str:
    name, code = SUBS.get(host, (OWNER, CODE))
    sub = host != HOST
    top = (f'<div class="yy-jyh"><a href="http://{HOST}/">淯阳市人民政府门户网站</a> | <a href="http://{HOST}/bmwz/">部门'
           '网站</a></div>' if sub else '')
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="{name}">'
        f'<meta name="SiteDomain" content="{host}"><meta name="SiteIDCode" content="{code}">{extra}<title>{esc(title)}'
        f'</title></head><body class="yy-body">{top}<div class="yy-head"><div class="yy-logo">{name}</div><div '
        'class="yy-tool"><a href="javascript:;" id="toolbarSwitch">无障碍</a><a href="javascript:;" onclick="headTool.'
        'switchOld()" id="toolbarOldman" title="进入适老模式">适老模式</a><a href="/sjb/">手机版</a></div><form class='
        '"yy-search" action="/search5/search/s" method="get"><input name="searchWord" placeholder="请输入关键词">'
        '</form></div><div class="yy-menu"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务'
        f'</a><a href="/hdjl/">政民互动</a></div>{inner}<div class="yy-foot"><p>主办：{name}　'
        f'网站标识码：{code}</p><p><a href="https://beian.miit.g'
        'ov.cn/">未ICP备08011552号</a>　未公网安备 98750202000331号'
        '</p><p><span id="_ideConac"></span> <a href="/wzdt/">网站地图</a> <a href="/lxwm/">联系我们</a></p></div>'
        '</body></html>'
    )


class HaiyunYuyang(Site):
    hosts = (HOST, ZRZY, WJW)
    site_ids = (SITE,)
    first_id = 201_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        office = "淯阳市人民政府办公室"
        for year, day in ((2019, 24), (2020, 29), (2021, 26), (2023, 23), (2024, 22)):
            title = f"淯阳市人民政府{year}年政府信息公开工作年度报告"
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, title)
            self.report(SITE, self.article(HOST, title, date, office, self.body(doc, word=year == 2020)), doc)
        title = "淯阳市人民政府2022年政府信息公开工作年度报告"
        doc = self.doc(OWNER, 2022, "2023-02-03", title)
        file = f"P020230203{self.rng.randrange(10**12):012d}.pdf"
        stub = (f'<p>现将《{esc(title)}》予以发布，全文详见附件。</p><p>附件：<a href="./{file}" appendix="true" '
                f'target="_blank">{esc(title)}.pdf</a></p>')
        url = self.article(HOST, title, "2023-02-03", office, stub)
        self.report(SITE, url, doc, media_type=PDF, report_url=self.attach(HOST, f"{ROOT}202302/{file}", doc, "pdf"))
        doc = self.doc("淯阳市自然资源和规划局", 2024, "2025-01-16", "市自然资源和规划局2024年政府信息公开工作年度报告")
        self.report(SITE, self.article(ZRZY, doc.title, "2025-01-16", "淯阳市自然资源和规划局", self.body(doc)), doc)
        doc = self.doc("淯阳市卫生健康委员会", 2023, "2024-01-29", "市卫健委2023年度政府信息公开工作年度报告")
        self.report(SITE, self.article(WJW, doc.title, "2024-01-29", "淯阳市卫生健康委员会", self.body(doc)), doc)
        for title, year, date in (("淯阳市人民政府网站2024年工作年度报表", 2024, "2025-01-14"),
                                  ("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-18"),
                                  ("淯阳市2024年政务公开工作要点", 2024, "2024-04-10")):
            self.decoy(SITE, self.article(HOST, title, date, office, self.decoy_body(title, OWNER, year)), title)
        for host in self.hosts:
            name = SUBS.get(host, (OWNER, CODE))[0]
            for path, col in (("/", "首页"), ("/xxgk/", "信息公开"), ("/zwfw/", "政务服务"), ("/hdjl/", "政民互动"),
                              ("/sjb/", "手机版"), ("/search5/search/s", "站内搜索"), ("/wzdt/", "网站地图"),
                              ("/lxwm/", "联系我们"), ("/bmwz/", "部门网站"), ("/zfxxgk/ndbg/", "年度报告")):
                self.put(host, path, frame(host, f"{col}_{name}", f'<div class="yy-col"><h2>{col}</h2><p>本栏目信息'
                                                                   '正在整理中。</p></div>'))
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, ROOT + ("list.shtml" if k == 1 else f"list_{k}.shtml"), self.list_page(k, pages))

    def article(self, host: str, title: str, date: str, unit: str, content: str) -> str:
        stamp = date.replace("-", "")
        base = ROOT if host == HOST else "/zfxxgk/ndbg/"
        path = f"{base}{stamp[:6]}/t{stamp}_{self.next_id()}.shtml"
        name = SUBS.get(host, (OWNER, CODE))[0]
        inner = (f'<div class="yy-crumb">当前位置：<a href="/">首页</a>'
                 ' &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="'
                 f'{base if host != HOST else ROOT + "list.shtml"}'
                 f'">{"政府信息公开年报" if host == HOST else "年度报告"}</a>'
                 f'</div><div class="yy-article"><h1>{esc(title)}</h'
                 f'1><div class="yy-info"><span>来源：{esc(unit)}</span>'
                 f'<span>发布时间：{date} 10:12</span><span>浏览量：<i id='
                 '"readCount"></i></span></div><div class="view '
                 f'TRS_UEDITOR trs_paper_default trs_web">{content}<'
                 '/div><div class="yy-share">分享到：<a href="javascript'
                 ':;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a></div></div>')
        url = f"http://{host}{path}"
        self.rows.append((date, url, title))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 10:12">'
                f'<meta name="ContentSource" content="{esc(unit)}"><meta name="catalogs" content="1203">')
        return self.put(host, path, frame(host, f"{title}_{name}", inner, meta))

    def list_page(self, k: int, pages: int) -> str:
        items = []
        for d, u, t in self.rows[(k - 1) * PER:k * PER]:
            href = "./" + u[len(f"http://{HOST}{ROOT}"):] if u.startswith(f"http://{HOST}") else u
            items.append(f'<li><div class="yy-day"><b>{d[8:]}</b><span>{d[:7]}</span></div><a href="{href}" '
                         f'target="_blank" title="{esc(t)}">{esc(t)}</a></li>')
        script = ('<script>\n(function(){var el=document.getElementById("pageParam");'
                  'var p=eval("("+el.getAttribute("data")+")");var nam'
                  'e=el.getAttribute("url"),ext=el.getAttribute("ext");'
                  'function href(page){return name+(page == 1 ? "" : "_" + page)+"."+ext;}'
                  'var h="<span>共"+p.totalRecord+"条</span>";for(var i=1;i<=p.totalPage;i++){h+=(i==p.currentPage?'
                  '"<b>"+i+"</b>":"<a href=\\""+href(i)+"\\">"+i+"</a>");}'
                  'document.getElementById("yyPager").innerHTML=h;})();\n</script>')
        inner = (f'<div class="yy-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a>'
                 ' &gt; 政府信息公开'
                 f'年报</div><div class="yy-colmain"><h2>政府信息公开年报</h2><ul class="yy-news">{"".join(items)}</ul>'
                 f'<div id="pageParam" data="{{totalPage:{pages},currentPage:{k},totalRecord:{len(self.rows)},pageSize:'
                 f'{PER}}}" url="list" ext="shtml" style="display:none"></div><div class="yy-pager" id="yyPager"></div>'
                 f'{script}</div>')
        meta = '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="年报">'
        return frame(HOST, "政府信息公开年报_淯阳市人民政府", inner, meta)


PORTALS = [HaiyunYuyang]
