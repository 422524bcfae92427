"""澹口县 (www.dankou.gov.test): a 开普云 county portal whose 政府信息公开年报 column is a **year-grouped list**: each
page is a run of ``<div class="nb-group"><h4 class="nb-y">2024年</h4><ul class="nb-ul"><li>…</li></ul></div>``
blocks (a year's heading repeats at the top of the next page when its items run over), each ``<li>`` an ``<a>`` and a
``<span class="nb-d">`` date.  Paged as ``.jhtml`` files: page 1 ``/xxgk/gknb/index.jhtml``, page N
``/xxgk/gknb/index_N.jhtml``, linked by a ``<div class="kp-pagination">`` of ``<a class="prev">`` / page numbers
(current one a ``<b>``) / ``<a class="next">`` and a "共 3 页" span; 4 items a page, newest first, 12 items.

Registered ``http://www.dankou.gov.test/xxgk/gknb/index.jhtml``.  Home ``/index.jhtml`` (also ``/``) links
``/xxgk/index.jhtml`` (信息公开), whose box 政府信息公开年报 links the column.

Articles ``/xxgk/gknb/<yyyymm>/<id>.jhtml``: a ``<div class="bt">`` title, a ``<div class="pages-date">`` line
"<date time>　来源：<full unit name>" and metas ``ArticleTitle`` / ``PubDate`` / ``ContentSource``; body
``div#UCAP-CONTENT`` wrapping a ``div.trs_editor_view``; a 纠错 widget script (``pucha.kaipuyun.cn``, external, not
served) and a ``kqNav()`` 无障碍 link in the chrome.  The county's 2023 report is an OFD: a one-line body and a
``<div class="fujian">`` after the content, linking ``/uploadfile/<yyyymm>/<hex>.ofd``.

Reports (8): 澹口县人民政府 2019, 2020 (old template), 2021, 2022, 2023 (OFD), 2024; 澹口县发展和改革局 2022 (titled
"县发改局…", agency in 来源 / ``ContentSource``); 澹口县住房和城乡建设局 2024 (titled "县住建局…", agency in 来源).
Decoys (3): 关于报送2024年度政府信息公开工作年度报告的函, 澹口县2022年政府网站工作年度报表,
澹口县政府信息公开指南（2021年版）.
Other item (neither): 澹口县2024年度政府信息公开工作培训会召开.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch33._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.dankou.gov.test"
SITE = "dankou-gov"
OWNER = "澹口县人民政府"
COLUMN = "/xxgk/gknb/"
SIZE = 4


def frame(title: str, inner: str, meta: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="SiteName" content="澹口县人民政府"><meta name="SiteDomain" content="www.dankou.gov.test">'
        f'<meta name="SiteIDCode" content="9883060004">{meta}<title>{esc(title)}</title></head><body>'
        '<div class="dk-top w1200"><span>欢迎访问澹口县人民政府门户网站</span><a href="javascript:void(0)" '
        'onclick="kqNav()">无障碍</a><a href="javascript:void(0)">适老化</a><a href="javascript:void(0)">繁体</a></div>'
        '<div class="dk-head"><div class="dk-logo">澹口县人民政府</div><div class="dk-search"><input type="text" '
        'placeholder="全站搜索"><a href="javascript:void(0)">搜索</a></div></div>'
        '<div class="dk-menu"><a href="/index.jhtml">首页</a><a href="/xxgk/index.jhtml">信息公开</a>'
        '<a href="javascript:void(0)">政务服务</a><a href="javascript:void(0)">互动交流</a>'
        f'<a href="javascript:void(0)">走进澹口</a></div><div class="dk-body w1200">{inner}</div>'
        '<div class="dk-footer"><div class="dk-jc"><script id="_jiucuo_" sitecode="9883060004" '
        'src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></div><p>主办：澹口县人民政府办公室　'
        '技术支持：开普云</p><p>网站标识码：9883060004　<a href="https://beian.miit.gov.cn/">未ICP备12006639号-1</a>　'
        '未公网安备98830602000045号</p><p>联系电话：0988-6123456</p></div></body></html>'
    )


def page_path(n: int) -> str:
    return f"{COLUMN}index.jhtml" if n == 1 else f"{COLUMN}index_{n}.jhtml"


class KaipuDankou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 283_800

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str]] = []  # (date, title, path)
        for year, date in ((2019, "2020-01-15"), (2020, "2021-01-28"), (2021, "2022-01-19"), (2022, "2023-01-17"),
                           (2023, "2024-01-16"), (2024, "2025-01-20")):
            doc = self.doc(OWNER, year, date, f"澹口县人民政府{year}年政府信息公开工作年度报告")
            if year == 2023:
                self.filed(doc)
            else:
                self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        for unit, short, year, date in (("澹口县发展和改革局", "县发改局", 2022, "2023-01-29"),
                                        ("澹口县住房和城乡建设局", "县住建局", 2024, "2025-01-24")):
            doc = self.doc(unit, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, unit, self.body(doc)), doc)
        for title, year, date in (("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-20"),
                                  ("澹口县2022年政府网站工作年度报表", 2022, "2023-01-30"),
                                  ("澹口县政府信息公开指南（2021年版）", 2021, "2021-03-05")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("澹口县2024年度政府信息公开工作培训会召开", "2024-05-14", OWNER,
                     "<p>5月14日，县政府办公室组织召开全县政府信息公开工作培训会。</p>")
        self.items.sort(reverse=True)
        pages = [self.items[i:i + SIZE] for i in range(0, len(self.items), SIZE)]
        for n, chunk in enumerate(pages, 1):
            self.put(HOST, page_path(n), self.list_page(n, len(pages), chunk))
        home = frame("澹口县人民政府", (
            '<div class="dk-home"><div class="dk-box"><h3>信息公开</h3><a href="/xxgk/index.jhtml">政府信息公开</a>'
            '</div>'
            '<div class="dk-box"><h3>澹口要闻</h3><p>县政府召开第36次常务会议</p></div></div>'))
        self.put(HOST, "/index.jhtml", home)
        self.put(HOST, "/", home)
        self.put(HOST, "/xxgk/index.jhtml", frame("信息公开_澹口县人民政府", (
            '<div class="dk-xxgk"><div class="dk-box"><h3>政府信息公开年报</h3><a href="/xxgk/gknb/index.jhtml">'
            '进入栏目</a></div><div class="dk-box"><h3>政府信息公开指南</h3><p>暂无更新</p></div></div>'),
            '<meta name="ColumnName" content="信息公开"><meta name="ColumnType" content="信息公开">'))

    def list_page(self, n: int, total: int, chunk: list[tuple[str, str, str]]) -> str:
        groups: list[tuple[str, list[str]]] = []
        for date, title, path in chunk:
            li = f'<li><a href="{path}" target="_blank">{esc(title)}</a><span class="nb-d">{date}</span></li>'
            if groups and groups[-1][0] == date[:4]:
                groups[-1][1].append(li)
            else:
                groups.append((date[:4], [li]))
        body = "".join(f'<div class="nb-group"><h4 class="nb-y">{y}年</h4><ul class="nb-ul">{"".join(lis)}</ul></div>'
                       for y, lis in groups)
        nums = "".join(f"<b>{i}</b>" if i == n else f'<a href="{page_path(i)}">{i}</a>' for i in range(1, total + 1))
        prev = f'<a class="prev" href="{page_path(n - 1)}">上一页</a>' if n > 1 else '<span class="prev">上一页</span>'
        nxt = (f'<a class="next" href="{page_path(n + 1)}">下一页</a>' if n < total
               else '<span class="next">下一页</span>')
        pager = f'<div class="kp-pagination">{prev}{nums}{nxt}<span class="kp-count">共 {total} 页</span></div>'
        side = '<div class="dk-left"><h2>信息公开</h2><a href="/xxgk/index.jhtml">信息公开首页</a>' \
               f'<a class="on" href="{COLUMN}index.jhtml">政府信息公开年报</a></div>'
        return frame("政府信息公开年报_澹口县人民政府", (
            f'{side}<div class="dk-right"><div class="dk-pos">当前位置：<a href="/index.jhtml">首页</a> &gt; '
            f'<a href="/xxgk/index.jhtml">信息公开</a> &gt; 政府信息公开年报</div>{body}{pager}</div>'),
            '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="政府信息公开年报">')

    def article(self, title: str, date: str, unit: str, content: str, extra: str = "") -> str:
        aid = self.next_id()
        path = f"{COLUMN}{date[:4]}{date[5:7]}/{aid}.jhtml"
        stamp = f"{date} {self.rng.randint(8, 17):02d}:{self.rng.randint(0, 59):02d}"
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{stamp}">'
                f'<meta name="ContentSource" content="{esc(unit)}">')
        inner = ('<div class="dk-pos">当前位置：<a href="/index.jhtml">首页</a> &gt; '
                 '<a href="/xxgk/index.jhtml">信息公开'
                 f'</a> &gt; <a href="{COLUMN}index.jhtml">政府信息公开年报</a></div><div class="dk-art">'
                 f'<div class="bt">{esc(title)}</div><div class="pages-date">{stamp}　来源：{esc(unit)}'
                 '<span class="font">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
                 '<a href="javascript:;">小</a>】</span></div><div class="article-content" id="UCAP-CONTENT">'
                 f'<div class="trs_editor_view TRS_UEDITOR trs_paper_default">{content}</div></div>{extra}'
                 '<div class="dk-share"><a href="javascript:window.print()">【打印本页】</a>'
                 '<a href="javascript:window.close()">【关闭窗口】</a></div></div>')
        self.put(HOST, path, frame(f"{title}_澹口县人民政府", inner, meta))
        self.items.append((date, title, path))
        return f"http://{HOST}{path}"

    def filed(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        name = f"{self.rng.getrandbits(64):016x}"
        path = self.attach(HOST, f"/uploadfile/{date[:4]}{date[5:7]}/{name}.ofd", doc, "ofd")
        rel = path.removeprefix(f"http://{HOST}")
        extra = (f'<div class="fujian"><p>附件下载：</p><a href="{rel}" download>{esc(doc.title)}.ofd</a>'
                 '<p class="tips">（OFD格式，请使用数科OFD阅读器打开）</p></div>')
        page = self.article(doc.title, date, OWNER, f"<p>《{esc(doc.title)}》全文见附件。</p>", extra)
        self.report(SITE, page, doc, media_type=MEDIA["ofd"], report_url=path)


PORTALS = [KaipuDankou]
