"""濞阳县 (www.biyang.gov.test): a county 开普云 集约化 site whose 年报 column is a *table* ``<table class="xxgk-tb">``
(序号 | 标题 | 发布机构 | 发布日期; the title cell's link holds the full title in ``title=``) paged by a GET query
``?curPage=N`` on the column's ``list.htm`` — "共12条 每页5条 当前第1/3页 首页 上一页 下一页 尾页" plus a
``<input id="goPage">`` 跳转 box (``kpGo()``); page 1 is the bare ``list.htm`` (``list.htm?curPage=1`` answers it too).

Registered ``http://www.biyang.gov.test/xxgk/gknb/list.htm``; home ``/`` links it (政府信息公开年报), the column's
left nav links ``/xxgk/`` (served).  Out-of-range ``curPage`` answers an empty table ("暂无数据").

Articles ``/xxgk/gknb/<YYYY>/<MMDD>/<32-hex guid>.htm``: a ``<div class="xl-meta">`` line "发布机构：<unit>　发布时间：
<date>　浏览次数：<script>", ``<h2 class="xl-title">``, the body in ``div#UCAP-CONTENT`` (no inner editor div),
then ``<div class="xl-fj"><h4>相关附件</h4><ul><li><a …>`` *outside* the content div, then ``div.info_ewm``.
The 2024 report of 濞阳县交通运输局 is a DOCX: a one-line body and the ``xl-fj`` link
``/u/cms/www/<YYYYMM>/<guid>.docx``.

Reports (7): 濞阳县人民政府 2019 (old template), 2021, 2022, 2023, 2024; 濞阳县交通运输局 2024 (DOCX, titled
"县交通运输局…", agency in 发布机构); 濞阳县濞水镇人民政府 2022 (titled "濞水镇2022年度政府信息公开工作报告",
agency in 发布机构).
Decoys (3): 濞阳县人民政府办公室关于报送2023年度政府信息公开工作年度报告的函, 濞阳县人民政府2024年政府网站工作
年度报表, 濞阳县2022年度政府信息公开工作年度报告解读.
Other rows (2, neither): 濞阳县2024年度县级部门预算公开目录, 濞阳县第一季度政务公开工作通报.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch31._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.biyang.gov.test"
SITE = "biyang-gov"
OWNER = "濞阳县人民政府"
COL = "/xxgk/gknb"
SIZE = 5


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="濞阳县人民政府">'
        '<meta name="SiteDomain" content="www.biyang.gov.test"><meta name="SiteIDCode" content="9881060001">'
        f'<title>{esc(title)}</title><script src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></head>'
        '<body><div class="by-util"><a href="javascript:kqNav();">无障碍</a><a href="javascript:;">适老化服务</a>'
        '<a href="javascript:;">登录</a></div><div class="by-banner"><h1>濞阳县人民政府</h1><form class="by-so" '
        'action="/search/"><input name="q"><button>搜索</button></form></div><div class="by-menu"><a href="/">首页'
        '</a><a href="/xxgk/">政府信息公开</a><a href="javascript:;">政务服务</a><a href="javascript:;">互动交流</a>'
        f'<a href="javascript:;">魅力濞阳</a></div>{inner}<div class="by-foot"><p>主办单位：濞阳县人民政府办公室　'
        '联系电话：0000-5521100</p><p>网站标识码：9881060001　<a href="https://beian.miit.gov.cn/">未ICP备2022007731号'
        '</a>　未公网安备 98810602000207号</p><p>技术支持：开普云</p></div></body></html>'
    )


class KaipuBiyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 263_800

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []  # (date, title, unit, path)
        for year, date in ((2019, "2020-01-22"), (2021, "2022-01-26"), (2022, "2023-01-20"), (2023, "2024-01-18"),
                           (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"濞阳县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2023)), doc)
        unit = "濞阳县交通运输局"
        doc = self.doc(unit, 2024, "2025-01-27", "县交通运输局2024年政府信息公开工作年度报告")
        self.filed(doc)
        town = "濞阳县濞水镇人民政府"
        doc = self.doc(town, 2022, "2023-01-29", "濞水镇2022年度政府信息公开工作报告")
        self.report(SITE, self.article(doc.title, "2023-01-29", town, self.body(doc, word=True)), doc)
        for title, year, date in (
                ("濞阳县人民政府办公室关于报送2023年度政府信息公开工作年度报告的函", 2023, "2023-12-20"),
                ("濞阳县人民政府2024年政府网站工作年度报表", 2024, "2025-01-15"),
                ("濞阳县2022年度政府信息公开工作年度报告解读", 2022, "2023-01-21")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("濞阳县2024年度县级部门预算公开目录", "2024-02-28", "濞阳县财政局",
                     "<p>各部门2024年度部门预算已按规定公开，目录如下。</p><p>（略）</p>")
        self.article("濞阳县第一季度政务公开工作通报", "2024-04-12", OWNER,
                     "<p>现将2024年第一季度全县政务公开工作情况通报如下。</p><p>（略）</p>")
        self.rows.sort(reverse=True)
        self.route(HOST, f"{COL}/list.htm", self.listing)
        self.put(HOST, "/xxgk/index.htm", frame("政府信息公开-濞阳县人民政府", (
            '<div class="by-gk"><a href="/xxgk/gknb/list.htm">政府信息公开年报</a><a href="javascript:;">'
            '政府信息公开指南</a><a href="javascript:;">依申请公开</a></div>')))
        self.put(HOST, "/index.htm", frame("濞阳县人民政府", (
            '<div class="by-home"><h3>政务公开</h3><a href="/xxgk/">政府信息公开</a>'
            '<a href="/xxgk/gknb/list.htm">政府信息公开年报</a><div class="info_ewm">扫一扫在手机打开</div></div>')))

    def listing(self, request: Request) -> Response:
        try:
            cur = int(request.param("curPage", "1") or 1)
        except ValueError:
            cur = 1
        pages = (len(self.rows) + SIZE - 1) // SIZE
        part = self.rows[(cur - 1) * SIZE:cur * SIZE] if cur >= 1 else []
        trs = "".join(
            f'<tr><td>{(cur - 1) * SIZE + k + 1}</td><td class="tit"><a href="{path}" title="{esc(t)}" '
            f'target="_blank">{esc(t if len(t) <= 26 else t[:25] + "…")}</a></td><td>{esc(u)}</td><td>{d}</td></tr>'
            for k, (d, t, u, path) in enumerate(part)) or '<tr><td colspan="4">暂无数据</td></tr>'

        def go(n: int, label: str) -> str:
            if n < 1 or n > pages or n == cur:
                return f'<a href="javascript:;" class="dis">{label}</a>'
            return f'<a href="list.htm?curPage={n}">{label}</a>'

        pager = (f'<div class="by-page">共{len(self.rows)}条 每页{SIZE}条 当前第{cur}/{pages}页 {go(1, "首页")}'
                 f'{go(cur - 1, "上一页")}{go(cur + 1, "下一页")}{go(pages, "尾页")} 跳转到'
                 '<input id="goPage" size="2">页<a href="javascript:kpGo();">GO</a></div>'
                 '<script>function kpGo(){var n=document.getElementById("goPage").value;'
                 'location.href="list.htm?curPage="+n;}</script>')
        body = frame("政府信息公开年报-濞阳县人民政府", (
            '<div class="by-main"><div class="by-left"><h3>政府信息公开</h3><a href="/xxgk/">信息公开首页</a>'
            '<a href="/xxgk/gknb/list.htm" class="on">政府信息公开年报</a></div><div class="by-right">'
            '<div class="crumb">您的位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div><table class="xxgk-tb">'
            f'<thead><tr><th>序号</th><th>标题</th><th>发布机构</th><th>发布日期</th></tr></thead><tbody>{trs}</tbody></table>{pager}</div></div>'))
        return Response(200, body.encode(), "text/html; charset=utf-8")

    def guid(self) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(32))

    def article(self, title: str, date: str, unit: str, content: str, files: str = "") -> str:
        self.next_id()
        path = f"{COL}/{date[:4]}/{date[5:7]}{date[8:]}/{self.guid()}.htm"
        inner = (f'<div class="xl-box"><div class="crumb">您的位置：首页 &gt; 政府信息公开 &gt; '
                 f'<a href="{COL}/list.htm">政府信息公开年报</a></div><h2 class="xl-title">{esc(title)}</h2>'
                 '<div class="xl-meta">发布机构：'
                 f'{esc(unit)}　发布时间：{date}　浏览次数：<script>document.write(Math.round(Math.random()*900));'
                 f'</script></div><div id="UCAP-CONTENT">{content}</div>{files}<div class="info_ewm">扫一扫在手机打开'
                 '当前页</div><div class="xl-tools"><a href="javascript:window.print();">打印本页</a>'
                 '<a href="javascript:window.close();">关闭窗口</a></div></div>')
        self.put(HOST, path, frame(f"{title}-濞阳县人民政府", inner))
        self.rows.append((date, title, unit, path))
        return f"http://{HOST}{path}"

    def filed(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        self.next_id()
        path = self.attach(HOST, f"/u/cms/www/{date[:4]}{date[5:7]}/{self.guid()}.docx", doc, "docx")
        rel = path.removeprefix(f"http://{HOST}")
        files = (f'<div class="xl-fj"><h4>相关附件</h4><ul><li><a href="{rel}">{esc(doc.title)}.docx</a></li></ul>'
                 '</div>')
        page = self.article(doc.title, date, doc.agency_name, f"<p>{esc(doc.title)}全文请下载附件查看。</p>", files)
        self.report(SITE, page, doc, media_type=MEDIA["docx"], report_url=path)


PORTALS = [KaipuBiyang]
