"""杲岭县 (www.gaoling.gov.test): a 开普云 county 信息公开 column whose pager is a script call plus a
server-written "共 N 条" line, whose articles are ``content/post_<id>.html`` pages, and whose third list
page a gateway refuses every time (a deliberate shortfall).

``/xxgk/gknb/index.html`` (then ``index_2.html``, ``index_3.html``) lists ``<div class="kp-item"><a
href="./content/post_142318.html" target="_blank">…</a><p class="kp-date">发布日期：2025年01月20日</p></div>``,
four a page (dates in 年月日), under ``<div class="kp-pager"><span class="kp-total">共 11 条</span> <div
id="kpPage"></div></div><script>kpPager.init({el: "#kpPage", total: 11, size: 4, current: 1, first:
"index.html", tpl: "index_{n}.html"});</script>`` — the numbered links are only in that call.  Articles:
``<div class="kp-detail">`` with 发布机构 / 成文日期 cells, ``div.kp-con``.  The 财政局's 2024 report is a
DOCX under ``/u/cms/www/202501/…docx`` in a "附件下载" list.

**Shortfall (deliberate):** ``/xxgk/gknb/index_3.html`` answers **502** (an nginx "502 Bad Gateway"
page) on every request.  Its three entries — 杲岭县人民政府's 2019 and 2020 reports and the 2019 函 — are
linked from nowhere else (their article pages are served).  The list still says "共 11 条"; a crawl should
state the failed page and the shortfall.

Reports (8): 杲岭县人民政府 2019–2024 (2019, 2020 on the failing page), 杲岭县财政局 2024 (DOCX), 杲岭县
水务局 2023.  Decoys (3): 杲岭县2024年度法治政府建设年度报告, 杲岭县2023年度统计年报, 关于报送2019年度政府
信息公开工作年度报告的函 (failing page).
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch19._files import DOCX, FilePortal
from govcrawl.synth.model import ReportDoc

HOST = "www.gaoling.gov.test"
SITE = "gaoling-gov"
OWNER = "杲岭县人民政府"
ROOT = "/xxgk/gknb/"
PER = 4
FAILING = "index_3.html"
BAD_GATEWAY = ('<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1>'
               '</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n')


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="renderer" content="webkit"><title>'
        f'{escape(title)}</title><link rel="stylesheet" href="/r/cms/www/gl/css/style.css"><script src="/r/cms/www/gl/'
        'js/kppager.js"></script></head><body><div class="kp-topbar"><div class="w1200"><span>欢迎访问杲岭县人民政府'
        '门户网站</span><a href="javascript:;" class="kp-wza">无障碍阅读</a><a href="javascript:;">长者模式</a></div>'
        '</div><div class="kp-header"><img src="/r/cms/www/gl/img/logo.png" alt="杲岭县人民政府"></div><div class="kp-'
        'menu"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/bmfw/">便民服务</a><a href="/zmhd/">政民'
        f'互动</a></div><div class="w1200">{inner}</div><div class="kp-footer">主办单位：杲岭县人民政府办公室　'
        '网站标识码：9869040007　未ICP备20001342号-2</div></body></html>'
    )


class KaipuGaoling(FilePortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.id = 142_300
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-26"), (2021, "2022-01-25"), (2022, "2023-01-18"),
                           (2023, "2024-01-24"), (2024, "2025-01-23")):
            doc = self.doc(OWNER, year, date, f"杲岭县{year}年政府信息公开工作年度报告")
            body = self.body(doc, "upper" if year < 2021 else "word")
            url = self.page_of(doc.title, date, "杲岭县人民政府办公室", body)
            self.report(SITE, url, doc)
        doc = self.doc("杲岭县水务局", 2023, "2024-01-15", "杲岭县水务局2023年度政府信息公开工作年度报告")
        self.report(SITE, self.page_of(doc.title, "2024-01-15", "杲岭县水务局", self.body(doc)), doc)
        self.attached(self.doc("杲岭县财政局", 2024, "2025-01-14", "杲岭县财政局2024年政府信息公开工作年度报告"))
        for title, year, date in (("杲岭县2024年度法治政府建设年度报告", 2024, "2025-03-27"),
                                  ("杲岭县2023年度统计年报", 2023, "2024-04-12"),
                                  ("关于报送2019年度政府信息公开工作年度报告的函", 2019, "2019-12-20")):
            url = self.page_of(title, date, "杲岭县人民政府办公室", self.notice_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            name = "index.html" if k == 0 else f"index_{k + 1}.html"
            if name == FAILING:
                self.route(HOST, ROOT + name, self.bad_gateway)
            else:
                self.put(HOST, ROOT + name, self.list_page(chunk, k, len(rows)))

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        self.id += self.rng.randint(9, 300)
        path = f"{ROOT}content/post_{self.id}.html"
        inner = (
            '<div class="kp-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="'
            f'{ROOT}index.html">政府信息公开年报</a></div><div class="kp-detail"><table class="kp-attr"><tr><td>发布机'
            f'构：'
            f'</td><td>{escape(source)}</td><td>成文日期：</td><td>{date}</td></tr><tr><td>标　　题：</td><td colspan='
            f'"3">'
            f'{escape(title)}</td></tr></table><h1>{escape(title)}</h1><div class="kp-con">{content}</div>{after}</div>'
        )
        url = self.put(HOST, path, frame(f"{title}-杲岭县人民政府", inner))
        self.rows.append((f"./content/post_{self.id}.html", title, date))
        return url

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/u/cms/www/{date[:4]}{date[5:7]}/{date[8:10]}1530{self.rng.randrange(16**6):06x}.docx"
        after = (f'<div class="kp-fj"><h4>附件下载</h4><ul><li><a href="{path}">{escape(doc.title)}.docx</a></li>'
                 '</ul></div>')
        url = self.page_of(doc.title, date, "杲岭县财政局", "<p>杲岭县财政局2024年政府信息公开工作年度报告见附件。</p>",
                           after)
        self.report(SITE, url, doc, media_type=DOCX, report_url=self.put_file(HOST, path, doc, DOCX))

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, total: int) -> str:
        items = "".join(f'<div class="kp-item"><a href="{h}" target="_blank">{escape(t)}</a><p class="kp-date">发布日'
                        f'期：'
                        f'{d[:4]}年{d[5:7]}月{d[8:10]}日</p></div>' for h, t, d in chunk)
        inner = (
            '<div class="kp-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 政府信息公开'
            '年报'
            f'</div><div class="kp-list">{items}</div><div class="kp-pager"><span class="kp-total">共 {total} 条</span'
            f'> '
            f'<div id="kpPage"></div></div><script>kpPager.init({{el: "#kpPage", total: {total}, size: {PER}, current: '
            f'{k + 1}, first: "index.html", tpl: "index_{{n}}.html"}});</script>'
        )
        return frame("政府信息公开年报-杲岭县人民政府", inner)

    def bad_gateway(self, request: Request) -> Response:
        return Response(502, BAD_GATEWAY.encode(), "text/html")


PORTALS = [KaipuGaoling]
