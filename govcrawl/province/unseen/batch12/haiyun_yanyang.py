"""郾阳市 (www.yanyang.gov.test): a TRS 海云 city whose 年报 column page carries two lists in tabs —
the city government's and the city departments' — each with its own 6-argument pager and its own
file names.

``/zwgk/zfxxgknb/index.shtml`` has a tab bar (市政府年报 | 市直部门年报) over two ``div.tab-bd`` blocks,
both in the page.  The first is a ``<ul class="nb-ul">`` of ``<li>``s (link with ``title=``, date in
``<span class="date">``) under ``createPageHTML('pageA', 2, 1, 'index', 'shtml', 7)``; the second a
``<table class="bm-tb">`` (部门 | 标题 | 发布日期, the department named the short way) under
``createPageHTML('pageB', 2, 1, 'bmnb', 'shtml', 5)`` — the shared ``/common/js/page.js`` names page
*n* ``name_n.shtml`` and page 1 ``name.shtml`` (1-based, portals.md §1.2).  So the city list goes on
in ``index_2.shtml`` and the department list in ``bmnb.shtml`` / ``bmnb_2.shtml``; each generated file
holds both tabs, the other list at its first page (``index_1.shtml`` and ``bmnb_1.shtml`` are 404).
City articles are ``./YYYYMM/tYYYYMMDD_<docid>.shtml``, department articles
``./bmnb/YYYYMM/tYYYYMMDD_<docid>.shtml``; they carry TRS's extra metas (``contentid``, ``catalogs``,
``publishdate``) and the body in ``div.TRS_UEDITOR.trs_paper_default``.  The 2022 city report is an
OFD and the 自然资源和规划局's 2024 report a .docx, each in a ``ul.fjlist`` after the body; the 2024
city report a PDF the same way.

Titles: a full-width space inside the 2021 title ("郾阳市2021年　政府信息公开工作年度报告"), the 2024 city
report year first ("2024年郾阳市…"), the 教育局's 2023 report with its unit in trailing brackets
("2023年度政府信息公开工作年度报告（市教育局）", agency 郾阳市教育局), "市自然资源规划局2024年…" (郾阳市
自然资源和规划局).  2019 and 2020 are in the old template.  Decoys: 政府网站工作年度报表 (city tab), the
教育局's 部门决算 and a 年度报告解读 (department tab).
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.yanyang.gov.test"
SITE = "yanyang-gov"
OWNER = "郾阳市人民政府"
ROOT = "/zwgk/zfxxgknb/"
PER_A = 4
PER_B = 3
JYJ = "郾阳市教育局"
ZRZY = "郾阳市自然资源和规划局"

Entry = tuple[str, str, str, str]  # href (relative to ROOT), title, date, dept short name


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="郾阳市人民政府">'
        '<meta name="SiteDomain" content="www.yanyang.gov.test"><meta name="SiteIDCode" content="9852000004">'
        f'{metas}<title>{escape(title)}_郾阳市人民政府</title><script src="/common/js/jquery.min.js"></script>'
        '<script src="/common/js/page.js"></script></head><body><div class="yy-top"><div class="w">'
        '<span id="weather"></span><a href="javascript:;" onclick="aria.start()">无障碍</a>'
        '<a href="javascript:;" onclick="aria.oldFixedStart()">适老版</a><a href="/en/">English</a></div></div>'
        '<div class="yy-banner"><img src="/common/images/logo.png" alt="郾阳市人民政府"></div>'
        '<div class="yy-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a>'
        f'<a href="/hdjl/">政民互动</a></div><div class="yy-wrap">{inner}</div><div class="yy-foot">'
        '<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>'
        '<p>郾阳市人民政府办公室 主办　网站标识码：9852000004　未ICP备11020034号-1</p>'
        '<p><span id="_ideConac"></span></p><div class="yy-app">扫码下载“郾阳政务”客户端</div></div></body></html>'
    )


class HaiyunYanyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 3_904_100
        self.city: list[Entry] = []
        self.depts: list[Entry] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-01-20", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-26", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-25", title="郾阳市2021年　政府信息公开工作年度报告"))
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-30"), OFD)
        self.article(make_doc(rng, OWNER, 2023, "2024-01-29"))
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-26", title="2024年郾阳市政府信息公开工作年度报告"), PDF)
        self.notice("郾阳市人民政府网站2024年政府网站工作年度报表", "2025-01-14")
        self.article(make_doc(rng, JYJ, 2023, "2024-01-22", title="2023年度政府信息公开工作年度报告（市教育局）"),
                     dept="市教育局")
        self.notice("郾阳市教育局2023年度部门决算", "2024-08-20", dept="市教育局")
        self.article(make_doc(rng, JYJ, 2024, "2025-01-21"), dept="市教育局")
        self.attached(make_doc(rng, ZRZY, 2024, "2025-01-23", title="市自然资源规划局2024年政府信息公开工作年度报告"),
                      DOCX, dept="市自然资源规划局")
        self.notice("市自然资源规划局2024年政府信息公开工作年度报告解读", "2025-01-24", dept="市自然资源规划局")
        self.city.sort(key=lambda e: e[2], reverse=True)
        self.depts.sort(key=lambda e: e[2], reverse=True)
        pages_a = -(-len(self.city) // PER_A)
        pages_b = -(-len(self.depts) // PER_B)
        for n in range(1, pages_a + 1):
            self.put(HOST, ROOT + ("index.shtml" if n == 1 else f"index_{n}.shtml"), self.column(n, 1, "a"))
        for n in range(1, pages_b + 1):
            self.put(HOST, ROOT + ("bmnb.shtml" if n == 1 else f"bmnb_{n}.shtml"), self.column(1, n, "b"))
        self.put(HOST, "/common/js/page.js", PAGE_JS, "application/javascript")

    def page_of(self, title: str, date: str, source: str, content: str, dept: str, after: str = "") -> tuple[str, str]:
        self.docid += self.rng.randint(17, 700)
        folder = ("bmnb/" if dept else "") + date[:7].replace("-", "") + "/"
        href = f"{folder}t{date.replace('-', '')}_{self.docid}.shtml"
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 16:02">'
            f'<meta name="ContentSource" content="{escape(source)}"><meta name="contentid" content="{self.docid}">'
            f'<meta name="catalogs" content="{"3311" if dept else "3310"}"><meta name="publishdate" '
            f'content="{date} 16:02:27"><meta name="filetype" content="0"><meta name="pagetype" content="1">'
        )
        inner = (
            f'<div class="yy-loc">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            f'<a href="{ROOT}index.shtml">政府信息公开年报</a></div><div class="yy-article"><h2>{escape(title)}</h2>'
            f'<div class="yy-ainfo"><span>信息来源：{escape(source)}</span><span>发布时间：{date}</span>'
            '<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div class="TRS_UEDITOR trs_paper_default trs_web">{content}</div>{after}'
            '<div class="yy-bdshare">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone">'
            '</a'
            '>'
            '</div><div class="yy-print"><a href="javascript:window.print()">打印</a> <a href="javascript:'
            'window.close()">关闭</a></div></div>'
        )
        url = self.put(HOST, ROOT + href, frame(title, inner, metas))
        (self.depts if dept else self.city).append((href, title, date, dept))
        return url, ROOT + folder

    def article(self, doc: ReportDoc, dept: str = "") -> None:
        content = body_html(doc, plain_para, plain_cell,
                            '<table border="1" cellspacing="0" cellpadding="0" align="center" style="width:96%">')
        source = doc.agency_name if dept else "郾阳市人民政府办公室"
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content, dept)[0], doc)

    def attached(self, doc: ReportDoc, media: str, dept: str = "") -> None:
        date = doc.published_date or ""
        ext = {PDF: "pdf", OFD: "ofd", DOCX: "docx"}[media]
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        after = (f'<ul class="fjlist"><li>附件：<a href="./{name}" target="_blank">{escape(doc.title)}.{ext}</a>'
                 "</li></ul>")
        source = doc.agency_name if dept else "郾阳市人民政府办公室"
        url, folder = self.page_of(doc.title, date, source, f"<p>{escape(doc.title)}（详见附件）</p>", dept, after)
        if media == PDF:
            file_url = self.put_pdf(HOST, folder + name, doc)
        elif media == OFD:
            file_url = self.put(HOST, folder + name, render_ofd(doc, random.Random(self.rng.random())), OFD)
        else:
            file_url = self.put(HOST, folder + name, render_docx(doc), DOCX)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str, dept: str = "") -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        source = dept or "郾阳市人民政府办公室"
        self.decoy(SITE, self.page_of(title, date, source, content, dept)[0], title)

    def column(self, page_a: int, page_b: int, active: str) -> str:
        a = self.city[(page_a - 1) * PER_A : page_a * PER_A]
        b = self.depts[(page_b - 1) * PER_B : page_b * PER_B]
        items = "".join(f'<li><a href="./{h}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
                        f'<span class="date">{d}</span></li>' for h, t, d, _ in a)
        rows = "".join(f'<tr><td class="bm">{escape(g)}</td><td class="bt"><a href="./{h}" target="_blank">'
                       f'{escape(t)}</a></td><td class="rq">{d}</td></tr>' for h, t, d, g in b)
        pages_a = -(-len(self.city) // PER_A)
        pages_b = -(-len(self.depts) // PER_B)
        on_a, on_b = (' class="on"', "") if active == "a" else ("", ' class="on"')
        hide_a, hide_b = ("", ' style="display:none"') if active == "a" else (' style="display:none"', "")
        inner = (
            '<div class="yy-loc">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开'
            '年报</div'
            '>'
            f'<ul class="tab-hd"><li{on_a} onclick="tab(0)">市政府年报</li><li{on_b} onclick="tab(1)">市直部门年报</l'
            'i></ul'
            '>'
            f'<div class="tab-bd"{hide_a}><ul class="nb-ul">{items}</ul><div id="pageA" class="page"></div>'
            f"<script>createPageHTML('pageA', {pages_a}, {page_a}, 'index', 'shtml', {len(self.city)});</script></div>"
            f'<div class="tab-bd"{hide_b}><table class="bm-tb"><tr><th>部门</th><th>标题</th><th>发布日期</th></tr>'
            f'{rows}</table><div id="pageB" class="page"></div>'
            f"<script>createPageHTML('pageB', {pages_b}, {page_b}, 'bmnb', 'shtml', {len(self.depts)});</script></div>"
            "<script>function tab(i){$('.tab-hd li').removeClass('on').eq(i).addClass('on');"
            "$('.tab-bd').hide().eq(i).show();}</script>"
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PAGE_JS = """function createPageHTML(div, pages, cur, name, ext, total) {
  var el = document.getElementById(div);
  if (!el || pages <= 1) { if (el) el.innerHTML = '<span>共' + total + '条</span>'; return; }
  function u(n) { return n == 1 ? name + '.' + ext : name + '_' + n + '.' + ext; }
  var h = '<span>共' + total + '条 ' + cur + '/' + pages + '页</span>';
  h += cur > 1 ? '<a href="' + u(1) + '">首页</a><a href="' + u(cur - 1) + '">上一页</a>'
              : '<span>首页</span><span>上一页</span>';
  for (var i = 1; i <= pages; i++) h += i == cur ? '<b>' + i + '</b>' : '<a href="' + u(i) + '">' + i + '</a>';
  h += cur < pages ? '<a href="' + u(cur + 1) + '">下一页</a><a href="' + u(pages) + '">尾页</a>'
                   : '<span>下一页</span><span>尾页</span>';
  el.innerHTML = h;
}
"""

PORTALS = [HaiyunYanyang]
