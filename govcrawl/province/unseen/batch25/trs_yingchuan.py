"""滢川县 (www.yingchuan.gov.test): TRS WCM classic whose 年报 column is paged by the stock template's
pager block with *every* argument in a variable — ``var countPage = 3//共多少页``, ``var currentPage = 0;
//当前页``, ``var prePage = "index";``, ``var pageExt = "html";`` then ``createPageHTML(countPage,
currentPage, prePage, pageExt);`` — whose rows are ``<div class="yc-row">`` blocks with a date badge, and
whose articles carry a spaced-label 索引 block (``发&nbsp;布&nbsp;机&nbsp;构``) naming the publishing unit.

``/zwgk/zfxxgk/zfxxgknb/index.html`` (then zero-based ``index_1.html``, ``index_2.html``; ``index_3.html``
is 404) holds ``<div class="yc-list">`` of ``<div class="yc-row"><span class="yc-date">2025-01-20</span>
<a href="./YYYYMM/tYYYYMMDD_<docid>.html" target="_blank" title="full title">title</a></div>``, four a
page, newest first; the pager links exist only once the script has run.  Articles
``/zwgk/zfxxgk/zfxxgknb/YYYYMM/tYYYYMMDD_<docid>.html``: a ``<dl class="yc-suoyin">`` block (索 引 号 |
发 布 机 构 | 生 成 日 期 | 文 号) with labels padded by ``&nbsp;``, the title, then ``div.TRS_Editor``
(Word markup for the 2019–2020 reports).  The county's 2021 report is a one-line stub whose .docx sits
in ``<ul class="yc-attach">附件下载：<li><a href="./P0YYYYMMDD<12 digits>.docx">…</a></li></ul>`` *after* the
editor div.  The 人社局's title abbreviates it ("县人社局2024年…"): its full name 滢川县人力资源和社会保障局 is
in the 发布机构 cell and the ``ContentSource`` meta.

Reports (8): 滢川县人民政府 2019–2024 (2019–2020 old template; 2021 a DOCX), 滢川县人力资源和社会保障局 2024,
滢川县青林镇人民政府 2023.  Decoys (3): 滢川县2024年度法治政府建设年度报告, 滢川县2023年度县级部门决算,
滢川县政府信息公开指南（2024年版）.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch25._site import MEDIA, Site, esc

HOST = "www.yingchuan.gov.test"
SITE = "yingchuan-gov"
OWNER = "滢川县人民政府"
ROOT = "/zwgk/zfxxgk/zfxxgknb/"
PER = 4
CODE = "9875010003"
CHROME = (("/", "首页"), ("/zwgk/", "政务公开"), ("/zwfw/", "政务服务"), ("/hdjl/", "互动交流"), ("/zjyc/", "走进滢川"),
          ("/m/", "手机版"), ("/search/", "站内搜索"), ("/wzdt/", "网站地图"), ("/lxwm/", "联系我们"),
          ("/zwgk/zfxxgk/zfxxgkzn/", "政府信息公开指南"), ("/zwgk/zfxxgk/zfxxgkzd/", "政府信息公开制度"),
          ("/zwgk/zfxxgk/fdzdgknr/", "法定主动公开内容"))


def frame(title: str, inner: str, extra: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="滢川县人民政府">'
        f'<meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" content="{CODE}">{extra}'
        f'<title>{esc(title)}</title></head><body><!--SSI头部开始--><div class="yc-topbar"><span>欢迎访问滢川县'
        '人民政府网站</span><a href="javascript:void(0)" onclick="aria.start()">无障碍浏览</a> | <a href="javascript:'
        'void(0)" class="olderMode">长者模式</a> | <a href="/m/">手机版</a></div><div class="yc-banner"><h1>滢川县'
        '人民政府</h1><form name="trssearchform" action="/search/" method="get"><input name="searchword">'
        '<button>搜索</button></form></div><ul class="yc-nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">'
        '政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href='
        '"/zjyc/">走进滢川</a></li></ul><!--SSI头部结束-->'
        f'{inner}<div class="yc-footer"><p>主办单位：滢川'
        f'县人民政府办公室　承办单位：滢川县大数据中心</p><p>网站标识码：{CODE}'
        '　<a href="http://beian.miit.gov.cn/">未ICP备13004471号-2</a>　<a href="http://www.beian.gov.cn/portal/'
        'registerSystemInfo?recordcode=98750102000118">未公网安备 98750102000118号</a></p><p>本站已支持IPv6访问　'
        '<a href="/wzdt/">网站地图</a>　<a href="/lxwm/">联系我们</a></p></div></body></html>'
    )


def menu() -> str:
    return ('<div class="yc-left"><h3>政府信息公开</h3><ul><li><a href="/zwgk/zfxxgk/zfxxgkzn/">'
            '政府信息公开指南</a></li>'
            '<li><a href="/zwgk/zfxxgk/zfxxgkzd/">政府信息公开制度</'
            'a></li><li><a href="/zwgk/zfxxgk/fdzdgknr/">法定主动'
            f'公开内容</a></li><li class="on"><a href="{ROOT}index.html">政府信息公开年报</a></li></ul></div>')


class TrsYingchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 200_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        office = "滢川县人民政府办公室"
        for year, day in ((2019, 31), (2020, 22), (2022, 27), (2023, 25), (2024, 21)):
            title = f"滢川县人民政府{year}年政府信息公开工作年度报告"
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, title)
            self.report(SITE, self.article(title, date, office, self.body(doc, word=year < 2021)), doc)
        doc = self.doc(OWNER, 2021, "2022-01-28", "滢川县人民政府2021年政府信息公开工作年度报告")
        stamp = "20220128"
        file = f"P0{stamp}{self.rng.randrange(10**12):012d}.docx"
        after = (f'<ul class="yc-attach">附件下载：'
                 f'<li><a href="./{file}" target="_blank">{esc(doc.title)}.docx</a></li>'
                 '</ul>')
        stub = "<p>滢川县人民政府2021年政府信息公开工作年度报告全文见附件。</p>"
        url = self.article(doc.title, "2022-01-28", office, stub,
                           after=after)
        self.report(SITE, url, doc, media_type=MEDIA["docx"],
                    report_url=self.attach(HOST, f"{ROOT}202201/{file}", doc, "docx"))
        doc = self.doc("滢川县人力资源和社会保障局", 2024, "2025-01-17", "县人社局2024年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2025-01-17", "滢川县人力资源和社会保障局", self.body(doc)), doc)
        doc = self.doc("滢川县青林镇人民政府", 2023, "2024-01-30", "滢川县青林镇人民政府2023年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2024-01-30", "滢川县青林镇人民政府", self.body(doc, word=True)), doc)
        for title, year, date, unit in (("滢川县2024年度法治政府建设年度报告", 2024, "2025-02-14", "滢川县司法局"),
                                        ("滢川县2023年度县级部门决算", 2023, "2024-08-30", "滢川县财政局"),
                                        ("滢川县政府信息公开指南（2024年版）", 2024, "2024-03-05", office)):
            self.decoy(SITE, self.article(title, date, unit, self.decoy_body(title, OWNER, year)), title)
        for path, name in CHROME:
            self.put(HOST, path, frame(f"{name}-滢川县人民政府", f'<div class="yc-wrap">{menu()}<div class="yc-main">'
                                       f'<h2 class="yc-col">{name}</h2><p>栏目内容更新中。</p></div></div>'))
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, ROOT + ("index.html" if k == 0 else f"index_{k}.html"), self.list_page(k, pages))

    def article(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        stamp = date.replace("-", "")
        docid = self.next_id()
        path = f"{ROOT}{stamp[:6]}/t{stamp}_{docid}.html"
        sp = "&nbsp;"
        suoyin = (f'<dl class="yc-suoyin"><dd>索{sp}{sp}引{sp}{sp}号：{CODE[:6]}/{date[:4]}-{docid:06d}</dd>'
                  f'<dd>发{sp}布{sp}机{sp}构：{esc(unit)}</dd><dd>生{sp}成{sp}日{sp}期：{date}</dd>'
                  f'<dd>文{sp}{sp}{sp}{sp}{sp}{sp}号：</dd><dd class="'
                  f'wide">名{sp}{sp}{sp}{sp}称：{esc(title)}</dd></dl>')
        inner = (f'<div class="yc-wrap">{menu()}<div class="yc-main">'
                 '<div class="yc-pos">您当前的位置：<a href="/">首页</a>'
                 ' &gt; <a href="/zwgk/">政务公开</a> &gt; <a href='
                 f'"{ROOT}index.html">政府信息公开年报</a></div>{suoyin}'
                 f'<h1 class="yc-tit">{esc(title)}</h1><div clas'
                 f's="yc-sub">发布时间：{date}　浏览次数：<span id="clicks">'
                 '</span>　【字体：<a href="javascript:doZoom(18)">大</a'
                 '> <a href="javascript:doZoom(16)">中</a> <a href='
                 '"javascript:doZoom(14)">小</a>】</div><div class="TR'
                 'S_Editor"><style>.TRS_Editor P{margin-bottom:0.5em;'
                 f'line-height:1.8}}</style>{content}</div>{after}<div'
                 ' class="yc-tools"><a href="javascript:window.print()'
                 '">【打印本页】</a><a href="javascript:window.close'
                 '()">【关闭窗口】</a></div><div class="yc-qr">扫一扫在手机'
                 '打开当前页</div></div></div>')
        self.rows.append((date, path, title))
        meta = (f'<meta name="ColumnName" content="政府信息公开年报"><meta name="ArticleTitle" content="{esc(title)}">'
                f'<meta name="PubDate" content="{date} 09:30"><meta name="ContentSource" content="{esc(unit)}">')
        return self.put(HOST, path, frame(f"{title}-滢川县人民政府", inner, meta))

    def list_page(self, k: int, pages: int) -> str:
        rows = "".join(
            f'<div class="yc-row"><span class="yc-date">{d}</span><a href="./{h[len(ROOT):]}" target="_blank" '
            f'title="{esc(t)}">{esc(t)}</a></div>' for d, h, t in self.rows[k * PER:(k + 1) * PER])
        pager = ('<div class="yc-page"><script type="text/javascript">\n//分页\n'
                 f'var countPage = {pages}//共多少页\nvar currentPage = {k};//当前页\nvar prePage = "index";\n'
                 'var pageExt = "html";\ncreatePageHTML(countPage, currentPage, prePage, pageExt);\n</script></div>')
        inner = (f'<div class="yc-wrap">{menu()}<div class="yc-main">'
                 '<div class="yc-pos">您当前的位置：<a href="/">首页</a>'
                 ' &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息'
                 '公开年报</div><h2 class="yc-col">政府信息公开年报</h2>'
                 f'<div class="yc-list">{rows}</div>{pager}</div></div>')
        meta = '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="政府信息公开年报">'
        return frame("政府信息公开年报-滢川县人民政府", inner, meta)


PORTALS = [TrsYingchuan]
