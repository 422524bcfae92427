"""陉山县 (www.xingshan.gov.test): 博达 VSB whose 年报 column page *is* the county government's list, the
departments' and towns' reports being sub-columns reached only from a left tree, and whose rows put
the date first and cut their titles with "…".

``/xxgk/ndbg.htm`` lists 县政府年报 (tree 1158); its left ``<div class="lm-tree">`` links the column
itself and two sub-columns: 县直部门年报 ``/xxgk/ndbg/bmnb.htm`` (tree 1159) and 乡镇年报
``/xxgk/ndbg/xznb.htm`` (tree 1160).  Each list is ``<li><span class="sj">2025-01-22</span><a
href="…info/<tree>/<id>.htm" title="full title">title cut at 16 characters…</a></li>``, three a page,
under VSB's ``pb_sys_style1`` pager: "共N条  1/N", 首页/上页/下页/尾页 and a 转到 box; later pages are
reverse-numbered static files (page k of N is ``ndbg/{N-k+1}.htm``, portals.md §1.4; only the
county list has more than one page: ``ndbg.htm``, ``ndbg/2.htm``, ``ndbg/1.htm``).  Articles
``/info/<tree>/<id>.htm`` carry ``#vsb_content_4 .v_news_content``.  The 水利局's 2024 report is a
stub whose PDF is a ``/__local/…pdf`` file in the 附件【…】 list after the form.

Reports (10): 陉山县人民政府 2019–2024 (2019–2020 old template), 陉山县水利局 2024 ("县水利局2024年…", PDF),
陉山县统计局 2023, 陉山县陉口镇人民政府 2024 ("陉口镇2024年…"), 陉山县陉阳乡人民政府 2023 ("陉阳乡…").
Decoys (3): 图文解读 of the 2024 report, 2023年陉山县国民经济和社会发展统计公报, 陉口镇2024年度部门整体支出
绩效自评报告.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.xingshan.gov.test"
SITE = "xingshan-gov"
OWNER = "陉山县人民政府"
PER = 3
CUT = 16
# (tree id, list path, label)
COLUMNS = ((1158, "/xxgk/ndbg.htm", "县政府年报"), (1159, "/xxgk/ndbg/bmnb.htm", "县直部门年报"),
           (1160, "/xxgk/ndbg/xznb.htm", "乡镇年报"))


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="'
        'SiteName" content="陉山县人民政府"><meta name="SiteDomain" content="www.xingshan.gov.test"><meta name="'
        f'SiteIDCode" content="9868040005">{head}<title>{escape(title)}</title><link rel="stylesheet" href="/'
        'system/resource/css/pagedown/sys.css"></head><body><div class="xs-tool"><a href="javascript:;" class="wza"'
        '>无障碍浏览</a><a href="javascript:;" class="jf">繁體版</a><a href="/sjb.htm">手机版</a></div><div class="xs-'
        'head"><img src="/images/xs_logo.png" alt="陉山县人民政府"><form action="/ssjgy.jsp" method="post"><input '
        'name="showkeycode" placeholder="请输入关键字"></form></div><div class="xs-nav"><a href="/index.htm">网站首页'
        '</a><a href="/xxgk.htm">信息公开</a><a href="/zwfw.htm">政务服务</a><a href="/gzhd.htm">公众互动</a></div>'
        f'{inner}<div class="xs-foot">版权所有：陉山县人民政府　网站标识码：9868040005<br>未ICP备17001562号　<img src="'
        '/images/xs_dzjg.png" alt="党政机关"></div></body></html>'
    )


def rel(page: str, target: str) -> str:
    """A link as VSB writes it, relative to ``page``'s folder."""
    depth = page.count("/") - 1
    return "../" * depth + target.lstrip("/")


class VsbXingshan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 123_000
        self.lists: dict[int, list[tuple[str, str, str]]] = {tree: [] for tree, _, _ in COLUMNS}
        for year, date in ((2019, "2020-01-22"), (2020, "2021-01-25"), (2021, "2022-01-27"), (2022, "2023-01-20"),
                           (2023, "2024-01-26"), (2024, "2025-01-23")):
            self.article(1158, self.doc(OWNER, year, date, f"陉山县人民政府{year}年度政府信息公开工作年度报告"),
                         "县政府办")
        self.notice(1158, "图文解读：陉山县人民政府2024年度政府信息公开工作年度报告", 2024, "2025-01-24")
        self.attached(1159, self.doc("陉山县水利局", 2024, "2025-01-14", "县水利局2024年政府信息公开工作年度报告"))
        self.article(1159, self.doc("陉山县统计局", 2023, "2024-01-18", "陉山县统计局2023年政府信息公开工作年度报告"),
                     "陉山县统计局")
        self.notice(1159, "2023年陉山县国民经济和社会发展统计公报", 2023, "2024-04-02")
        self.article(1160, self.doc("陉山县陉口镇人民政府", 2024, "2025-01-10", "陉口镇2024年政府信息公开工作年度报告"),
                     "陉口镇人民政府")
        self.article(1160, self.doc("陉山县陉阳乡人民政府", 2023, "2024-01-15", "陉阳乡2023年政府信息公开工作年度报告"),
                     "陉阳乡人民政府")
        self.notice(1160, "陉口镇2024年度部门整体支出绩效自评报告", 2024, "2025-03-06")
        for tree, path, label in COLUMNS:
            rows = sorted(self.lists[tree], key=lambda r: r[2], reverse=True)
            chunks = [rows[i:i + PER] for i in range(0, len(rows), PER)]
            for k, chunk in enumerate(chunks, start=1):
                page = path if k == 1 else f"{path[:-4]}/{len(chunks) - k + 1}.htm"
                self.put(HOST, page, self.list_page(tree, label, page, chunk, k, len(chunks), len(rows)))

    def doc(self, agency: str, year: int, date: str, title: str) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, tree: int, title: str, date: str, content: str, source: str, after: str = "") -> str:
        self.id += self.rng.randint(3, 90)
        path = f"/info/{tree}/{self.id}.htm"
        label = next(lb for t, _, lb in COLUMNS if t == tree)
        inner = (
            '<div class="xs-pos">当前位置：<a href="../../index.htm">首页</a>&gt;&gt;<a href="../../xxgk.htm">信息公开'
            f'</a>&gt;&gt;<a href="../../xxgk/ndbg.htm">政府信息公开年报</a>&gt;&gt;{label}</div><form name="_newscon'
            'tent'
            f'_fromname"><div class="xs-art"><h2>{escape(title)}</h2><div class="xs-info">发布时间：{date}&nbsp;&nbsp;'
            f'来源：{escape(source)}&nbsp;&nbsp;点击数：<script>_showDynClicks("wbnews", 1598702314, {self.id})</scri'
            'pt>'
            f'</div><div id="vsb_content_4"><div class="v_news_content">{content}</div></div>{after}</div></form>'
        )
        head = f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
        url = self.put(HOST, path, frame(f"{title}-陉山县人民政府", inner, head))
        self.lists[tree].append((path, title, date))
        return url

    def article(self, tree: int, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0" '
                                                         'class="vsbcontent_table">')
        self.report(SITE, self.page_of(tree, doc.title, doc.published_date or "", content, source), doc)

    def attached(self, tree: int, doc: ReportDoc) -> None:
        r = self.rng
        name = (f"/__local/{r.randint(1, 9)}/{r.randrange(256):02X}/{r.randrange(256):02X}/"
                f"{r.randrange(16**32):032X}_{r.randrange(16**8):08X}.pdf")
        after = (f'<ul style="list-style-type:none;"><li>附件【<a href="{name}" target="_blank">'
                 f'{escape(doc.title)}.pdf</a>】</li></ul>')
        url = self.page_of(tree, doc.title, doc.published_date or "", '<p class="vsbcontent_start">详见附件。</p>',
                           "陉山县水利局", after)
        self.put_pdf(HOST, name, doc)
        self.report(SITE, url, doc, media_type=PDF, report_url=f"http://{HOST}{name}")

    def notice(self, tree: int, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(tree, title, date, content, "县政府办"), title)

    def list_page(self, tree: int, label: str, page: str, chunk: list[tuple[str, str, str]], k: int, pages: int,
                  total: int) -> str:
        def short(t: str) -> str:
            return t if len(t) <= CUT else t[:CUT] + "…"

        rows = "".join(f'<li id="line_u6_{i}"><span class="sj">{d}</span><a href="{rel(page, h)}" target="_blank" '
                       f'title="{escape(t)}">{escape(short(t))}</a></li>' for i, (h, t, d) in enumerate(chunk))
        base = next(p for t, p, _ in COLUMNS if t == tree)

        def href(j: int) -> str:
            return rel(page, base if j == 1 else f"{base[:-4]}/{pages - j + 1}.htm")

        fun = '<a href="{}">{}</a>'
        nav = ((fun.format(href(1), "首页") + fun.format(href(k - 1), "上页")) if k > 1 else "<span>首页</span><span>"
            "上页"
               "</span>") + ((fun.format(href(k + 1), "下页") + fun.format(href(pages), "尾页")) if k < pages else
                             "<span>下页</span><span>尾页</span>")
        pager = (f'<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共{total}条</span>&nbsp;'
                 f'<span class="p_t">{k}/{pages}</span>&nbsp;<span class="p_pages">{nav}</span>&nbsp;<span class="p_'
                 't">转到第<input type="text" class="p_goto_input" size="3">页</span><span class="p_goto"><a href="'
                 'javascript:;" onclick="_simple_list_gotopage_fun(' + str(pages) + ',\'u6\')">跳转</a></span></div>')
        tree_html = "".join(f'<li{" class=on" if t == tree else ""}><a href="{rel(page, p)}">{lb}</a></li>'
                            for t, p, lb in COLUMNS)
        inner = (
            f'<div class="xs-pos">当前位置：<a href="{rel(page, "/index.htm")}">首页</a>&gt;&gt;<a href="'
            f'{rel(page, "/xxgk.htm")}">信息公开</a>&gt;&gt;政府信息公开年报&gt;&gt;{label}</div><div class="xs-main">'
            f'<div class="lm-tree"><h3>政府信息公开年报</h3><ul>{tree_html}</ul></div><div class="xs-list"><h3>{label}'
            f'</h3><ul>{rows}</ul>{pager}</div></div>'
        )
        return frame(f"{label}-陉山县人民政府", inner, f'<meta name="ColumnName" content="{label}">')


PORTALS = [VsbXingshan]
