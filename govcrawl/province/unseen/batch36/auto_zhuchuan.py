"""洙川县 (www.zhuchuan.gov.test), registered ``cms: auto`` with only its home page ``/``: a county portal on
Craft CMS 4 (a PHP/Yii CMS; no README family) with a Tailwind-built Twig front end, in UTF-8.
Every page answers with the header ``X-Powered-By: Craft CMS``; page URLs have no trailing slash
and no extension; uploaded files live in an asset volume under ``/uploads/wenjian/``.

Path: home ``/`` (a ``<nav class="site-nav">`` menu: 首页, 政务公开 ``/zwgk``, 政务服务 ``/zwfw``; and a 政务公开
card linking 政府信息公开年报) → ``/zwgk`` (a grid of column tiles ``<a class="tile" href="/zwgk/ndbg">``) → the 年报
channel ``/zwgk/ndbg``, paged by Craft's default page trigger as an extra path segment: ``/zwgk/ndbg/p2``,
``/zwgk/ndbg/p3`` (``/zwgk/ndbg/p1`` also answers page 1 but is never linked; a page past the end answers 404).
Entries are ``/zwgk/ndbg/<slug>`` with slugs Craft made from the titles' pinyin (``zhuchuan-2024nian-zhengfu-xinxi
-gongkai-gongzuo-niandu-baogao``…).

List markup: ``<ol class="entries divide-y">`` of ``<li class="entry py-4"><time class="text-sm text-slate-500"
datetime="2025-01-22">2025年1月22日</time><h2 class="text-lg"><a href="/zwgk/ndbg/<slug>">title</a></h2><p class=
"summary">…</p></li>``, four a page, newest first.  Pager: ``<nav class="pagination" aria-label="分页">`` holding
"第 5–8 条，共 11 条" and a ``<ul>`` of ``<li><a href="/zwgk/ndbg/p2">2</a></li>`` (the current page a ``<li
aria-current="page"><span>1</span></li>``), with ``← 上页`` / ``下页 →`` links where they apply.

Entries: ``<article class="prose">`` with ``<h1>``, a ``<dl class="meta">`` (发布日期, 信息来源) and the body in
``<div class="entry-body">``.  The 2021 report's entry holds one line and a download list ``<ul class="assets">``
linking ``/uploads/wenjian/zc2021ndbg.pdf`` (the PDF).  The 县财政局 report's 信息来源 is 洙川县财政局; the 白沙镇
report's is 洙川县白沙镇人民政府.  Chrome: header with 无障碍 ``/wza``, a search box (GET ``/search``), footer with
主办单位, 网站标识码, ICP, 公安备案.

Reports (8): 洙川县人民政府 2019, 2020, 2021 (PDF), 2022, 2023, 2024; 洙川县财政局 2022; 洙川县白沙镇人民政府 2024.
Decoys (3): 洙川县2023年法治政府建设年度报告, 洙川县2022年度政府信息公开工作年度报告解读, 洙川县2024年政府信息公开指南.
Other items (1): a county notice.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch36._site import MEDIA, Site, esc

HOST = "www.zhuchuan.gov.test"
SITE = "zhuchuan-gov"
OWNER = "洙川县人民政府"
PER = 4
LIST = "/zwgk/ndbg"
HEADERS = {"X-Powered-By": "Craft CMS"}


def frame(title: str, inner: str) -> bytes:
    page = (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="SiteName" content="洙川县人民政府">\n<meta name="SiteDomain" content="www.zhuchuan.gov.test">\n'
        '<meta name="SiteIDCode" content="9886090001">\n'
        f'<title>{esc(title)} | 洙川县人民政府</title>\n<link rel="stylesheet" href="/dist/css/app.css">\n'
        '</head>\n<body class="bg-slate-50 text-slate-800">\n'
        '<header class="bg-red-800 text-white"><div class="container mx-auto flex items-center justify-between">'
        '<a class="text-2xl font-bold" href="/">洙川县人民政府</a><div class="text-sm"><a href="/wza">无障碍</a>'
        '<form action="/search" method="get" class="inline"><input type="search" name="q" placeholder="搜索">'
        '</form></div></div>\n<nav class="site-nav"><ul class="flex gap-6"><li><a href="/">首页</a></li>'
        '<li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li></ul></nav></header>\n'
        f'<main class="container mx-auto py-8">{inner}</main>\n'
        '<footer class="bg-slate-800 text-slate-300 text-sm text-center py-6"><p>主办单位：洙川县人民政府办公室'
        '　网站标识码：9886090001</p><p>未ICP备17042266号-1　未公网安备98860902000118号</p></footer>\n'
        '<script src="/dist/js/app.js" defer></script>\n</body>\n</html>\n'
    )
    return page.encode("utf-8")


def cn(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


class AutoZhuchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 316_200

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-28")):
            doc = self.doc(OWNER, year, date, f"洙川县{year}年政府信息公开工作年度报告")
            self.report(SITE, self.entry(f"zhuchuan-{year}nian-zhengfu-xinxi-gongkai-gongzuo-niandu-baogao",
                                         doc.title, date, OWNER, self.body(doc, word=year == 2019)), doc)
        doc = self.doc(OWNER, 2021, "2022-01-21", "洙川县2021年政府信息公开工作年度报告")
        self.id += 1
        path = "/uploads/wenjian/zc2021ndbg.pdf"
        self.attach(HOST, path, doc, "pdf", "zc2021ndbg.pdf")
        url = self.entry("zhuchuan-2021nian-zhengfu-xinxi-gongkai-gongzuo-niandu-baogao", doc.title, "2022-01-21",
                         OWNER, '<p>洙川县2021年政府信息公开工作年度报告全文见下方附件。</p><ul class="assets">'
                                f'<li><a href="{path}" download>zc2021ndbg.pdf（PDF，附件）</a></li></ul>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=f"http://{HOST}{path}")
        for year, date in ((2022, "2023-01-18"), (2023, "2024-01-25"), (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"洙川县{year}年政府信息公开工作年度报告")
            self.report(SITE, self.entry(f"zhuchuan-{year}nian-zhengfu-xinxi-gongkai-gongzuo-niandu-baogao",
                                         doc.title, date, OWNER, self.body(doc)), doc)
        for agency, short, slug, year, date in (
                ("洙川县财政局", "县财政局", "xian-caizhengju-2022nian-niandu-baogao", 2022, "2023-01-29"),
                ("洙川县白沙镇人民政府", "白沙镇", "baishazhen-2024nian-zhengfu-xinxi-gongkai-niandu-baogao", 2024,
                 "2025-01-24")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.entry(slug, doc.title, date, agency, self.body(doc, word=year == 2022)), doc)
        for slug, title, year, date in (
                ("zhuchuan-2023nian-fazhi-zhengfu-jianshe-niandu-baogao", "洙川县2023年法治政府建设年度报告", 2023,
                 "2024-02-27"),
                ("2022niandu-baogao-jiedu", "洙川县2022年度政府信息公开工作年度报告解读", 2022, "2023-01-19"),
                ("zhuchuan-2024nian-zhengfu-xinxi-gongkai-zhinan", "洙川县2024年政府信息公开指南", 2024, "2024-03-11")):
            self.decoy(SITE, self.entry(slug, title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.entry("guanyu-kaizhan-zhengwu-gongkai-ri-huodong-de-tongzhi", "关于开展2024年“政务公开日”活动的通知",
                   "2024-05-15", "洙川县人民政府办公室", "<p>各乡镇人民政府，县直各单位：现将有关事项通知如下。</p>")
        self.rows.sort(reverse=True)
        pages = (len(self.rows) + PER - 1) // PER
        for p in range(1, pages + 1):
            page = self.list_page(p, pages)
            self.page(f"{LIST}/p{p}", page)
            if p == 1:
                self.page(LIST, page)
        tiles = "".join(f'<a class="tile" href="{href}">{name}</a>' for href, name in (
            ("/zwgk/zcwj", "政策文件"), (LIST, "政府信息公开年报"), ("/zwgk/gkzn", "政府信息公开指南")))
        self.page("/zwgk", frame("政务公开", f'<h1>政务公开</h1><div class="grid grid-cols-3 gap-4">{tiles}</div>'))
        for path, name in (("/zwgk/zcwj", "政策文件"), ("/zwgk/gkzn", "政府信息公开指南"), ("/zwfw", "政务服务"),
                           ("/wza", "无障碍"), ("/search", "搜索")):
            self.page(path, frame(name, f"<h1>{name}</h1><p>栏目建设中。</p>"))
        self.page("/", frame("首页", '<section class="card"><h2>政务公开</h2><ul><li><a href="/zwgk/ndbg">'
                                     '政府信息公开年报</a></li><li><a href="/zwgk">更多政务公开</a></li></ul></section>'
                                     '<section class="card"><h2>今日洙川</h2><p>洙川县地处未见省西部。</p></section>'))
        self.put(HOST, "/dist/css/app.css", ".tile{display:block}", "text/css")
        self.put(HOST, "/dist/js/app.js", "document.documentElement.classList.add('js');", "application/javascript")

    def page(self, path: str, body: bytes) -> None:
        answer = Response(200, body, "text/html; charset=utf-8", dict(HEADERS))
        self.route(HOST, path, lambda request: answer)

    def entry(self, slug: str, title: str, date: str, agency: str, content: str) -> str:
        self.next_id(3, 30)
        path = f"{LIST}/{slug}"
        self.page(path, frame(title, f'<article class="prose max-w-none"><h1>{esc(title)}</h1><dl class="meta">'
                                     f'<dt>发布日期</dt><dd>{cn(date)}</dd><dt>信息来源</dt><dd>{esc(agency)}</dd>'
                                     f'</dl><div class="entry-body">{content}</div></article>'))
        self.rows.append((date, path, title))
        return f"http://{HOST}{path}"

    def list_page(self, page: int, pages: int) -> bytes:
        start = (page - 1) * PER
        items = "".join(
            f'<li class="entry py-4"><time class="text-sm text-slate-500" datetime="{date}">{cn(date)}</time>'
            f'<h2 class="text-lg"><a href="{path}">{esc(title)}</a></h2><p class="summary">{esc(title[:12])}……</p></li>'
            for date, path, title in self.rows[start:start + PER])
        nums = "".join('<li aria-current="page"><span>' + str(p) + "</span></li>" if p == page else
                       f'<li><a href="{LIST if p == 1 else f"{LIST}/p{p}"}">{p}</a></li>' for p in range(1, pages + 1))
        prev = "" if page == 1 else f'<a class="prev" href="{LIST if page == 2 else f"{LIST}/p{page - 1}"}">← 上页</a>'
        nxt = "" if page == pages else f'<a class="next" href="{LIST}/p{page + 1}">下页 →</a>'
        end = min(start + PER, len(self.rows))
        pager = (f'<nav class="pagination" aria-label="分页"><p>第 {start + 1}–{end} 条，共 {len(self.rows)} 条</p>'
                 f'{prev}<ul class="flex gap-2">{nums}</ul>{nxt}</nav>')
        return frame("政府信息公开年报", f'<h1>政府信息公开年报</h1><ol class="entries divide-y">{items}</ol>{pager}')

    def handle(self, request: Request) -> Response:
        response = super().handle(request)
        if response.status == 404:
            response = Response(404, frame("页面不存在", "<h1>404</h1><p>您访问的页面不存在。</p>"),
                                "text/html; charset=utf-8", dict(HEADERS))
        return response


PORTALS = [AutoZhuchuan]
