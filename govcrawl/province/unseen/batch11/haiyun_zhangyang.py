"""漳阳市 (www.zhangyang.gov.test): a TRS 海云 city whose pager reads its counts from hidden inputs,
and whose last list page was never published (a deliberate shortfall).

The 年报 channel ``/zwgk/zfxxgk/c110263/list.shtml`` shows ``<div class="item">`` cards: ``<h4><a>`` and
a ``<p class="time">发布时间：2025-01-22</p>`` under it.  The counts are hidden form fields —
``<input type="hidden" id="hidTotal" value="13">``, ``id="hidPageSize" value="5"``, ``id="hidPageCount"
value="3"`` — that the channel script passes to the 6-argument, 1-based pager
(``createPageHTML('pageBar', pageCount, 1, 'list', 'shtml', total)``, portals.md §1.2): page 2 is
``list_2.shtml`` (``list_1.shtml`` is 404).  Articles ``/zwgk/zfxxgk/c110263/<YYYYMM>/<docid>.shtml``
carry TRS's extra metas (``contentid``, ``catalogs``, ``publishdate``) and the body in
``div.TRS_UEDITOR.trs_paper_default`` under ``div#Zoom``.  The 2023 city report is a stub whose PDF is in
a ``p.fj`` line ("附件下载：") after the body; the 应急管理局's 2024 report a .docx the same way.

**Shortfall (deliberate):** ``list_3.shtml`` — the third page the pager declares — answers 404 every
time (the publishing job never wrote it): its three entries, the oldest (the city's 2019 and 2020
reports and a 2020 工作要点), are linked from nowhere else.  The list still declares 13 entries; the
ground truth lists the two reports, and a crawl should state that it found fewer than declared.
Their article pages are served.

Titles: "漳阳市人民政府关于2021年度政府信息公开工作的年度报告" (关于…的年度报告), "市应急局2024年…"
(漳阳市应急管理局), "市医保局2023年度…" (漳阳市医疗保障局), the city office's
"漳阳市人民政府办公室2022年…" (agency 漳阳市人民政府), year first "2024年度漳阳市…".  Decoys: 政务公开
工作要点 (on the missing page), （图解）, 政府网站工作年度报表.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
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

HOST = "www.zhangyang.gov.test"
SITE = "zhangyang-gov"
OWNER = "漳阳市人民政府"
ROOT = "/zwgk/zfxxgk/c110263/"
PER_PAGE = 5
UNPUBLISHED = 3  # the list page the pager declares and the server does not have


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="SiteName" content="漳阳市人民政府">'
        '<meta name="SiteDomain" content="www.zhangyang.gov.test"><meta name="SiteIDCode" content="9848000003">'
        f'{metas}<title>{escape(title)} - 漳阳市人民政府</title></head><body class="zy">'
        '<div class="zy-top"><span>今天是 <em id="today"></em></span><a href="javascript:;" '
        'onclick="wzaOpen()">无障碍阅读</a><a href="javascript:;" id="olderMode">长辈版</a>'
        '<a href="/m/">手机版</a></div><div class="zy-header"><h1>漳阳市人民政府</h1></div>'
        '<ul class="zy-menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
        f'<li><a href="/zwfw/">政务服务</a></li></ul><div class="zy-wrap">{inner}</div>'
        '<div class="zy-bottom"><p>漳阳市人民政府办公室主办　网站标识码：9848000003</p>'
        '<p>未ICP备12000411号-1　未公网安备 98480002000612号</p>'
        '<p>技术支持：漳阳市大数据中心　本站支持IPv6</p></div></body></html>'
    )


class HaiyunZhangyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 2_816_400
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-01-22", version="v2019"))
        self.notice("漳阳市2020年政务公开工作要点", "2020-05-12")
        self.article(make_doc(rng, OWNER, 2020, "2021-01-29", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27",
                              title="漳阳市人民政府关于2021年度政府信息公开工作的年度报告"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30",
                              title="漳阳市人民政府办公室2022年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "漳阳市医疗保障局", 2022, "2023-01-18"), "漳阳市医疗保障局")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-30"), PDF, "市政府办公室")
        self.article(make_doc(rng, "漳阳市医疗保障局", 2023, "2024-01-23",
                              title="市医保局2023年度政府信息公开工作年度报告"), "漳阳市医疗保障局")
        self.notice("（图解）漳阳市2023年政府信息公开工作年度报告", "2024-01-31")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-27", title="2024年度漳阳市政府信息公开工作年度报告"))
        self.attached(make_doc(rng, "漳阳市应急管理局", 2024, "2025-01-21",
                               title="市应急局2024年政府信息公开工作年度报告"), DOCX, "漳阳市应急管理局")
        self.article(make_doc(rng, "漳阳市医疗保障局", 2024, "2025-01-16"), "漳阳市医疗保障局")
        self.notice("漳阳市人民政府门户网站2024年政府网站工作年度报表", "2025-01-14")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            if n == UNPUBLISHED:
                continue
            path = ROOT + ("list.shtml" if n == 1 else f"list_{n}.shtml")
            self.put(HOST, path, self.list_page(chunk, n, len(chunks)))
        self.put(HOST, "/js/zy-page.js", PAGE_JS, "application/javascript")

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        self.docid += self.rng.randint(13, 600)
        path = f"{ROOT}{date[:7].replace('-', '')}/{self.docid}.shtml"
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 10:08">'
            f'<meta name="ContentSource" content="{escape(source)}"><meta name="contentid" content="{self.docid}">'
            '<meta name="catalogs" content="110263"><meta name="publishdate" '
            f'content="{date} 10:08:41"><meta name="pagetype" content="1">'
        )
        inner = (
            f'<div class="zy-loc">您的位置：<a href="/">首页</a> / <a href="/zwgk/">政务公开</a> / '
            f'<a href="{ROOT}list.shtml">年度报告</a></div><div class="zy-detail"><div class="zy-dt">'
            f'{escape(title)}</div><div class="zy-dinfo"><span>来源：{escape(source)}</span>'
            f'<span>发布时间：{date}</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
            f'<div id="Zoom"><div class="TRS_UEDITOR trs_paper_default trs_web">{content}</div></div>{after}'
            '<div class="zy-share">分享：<a class="bds_weixin"></a><a class="bds_tsina"></a></div>'
            '<div class="zy-print"><a href="javascript:window.print()">[打印本页]</a></div></div>'
        )
        url = self.put(HOST, path, frame(title, inner, metas))
        self.entries.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, source: str = "漳阳市人民政府办公室") -> None:
        content = body_html(doc, plain_para, plain_cell,
                            '<table border="1" cellspacing="0" cellpadding="4" style="width:100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content), doc)

    def attached(self, doc: ReportDoc, media: str, source: str) -> None:
        date = doc.published_date or ""
        ext = "pdf" if media == PDF else "docx"
        stamp = f"{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}"
        path = f"{ROOT}{date[:7].replace('-', '')}/P0{stamp}.{ext}"
        file_url = self.put_pdf(HOST, path, doc) if media == PDF else self.put(HOST, path, render_docx(doc), DOCX)
        content = f"<p>{escape(doc.title)}全文请见附件。</p>"
        after = f'<p class="fj">附件下载：<a href="{path}">{escape(doc.title)}.{ext}</a></p>'
        url = self.page_of(doc.title, date, source, content, after)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "漳阳市人民政府办公室", content), title)

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        cards = "".join(
            f'<div class="item"><h4><a href="{p}" target="_blank">{escape(t)}</a></h4>'
            f'<p class="time">发布时间：{d}</p></div>'
            for p, t, d in chunk
        )
        inner = (
            '<div class="zy-loc">您的位置：<a href="/">首页</a> / <a href="/zwgk/">政务公开</a> / 年度报告</div>'
            f'<div class="zy-list"><h3 class="lm">政府信息公开年度报告</h3>{cards}</div>'
            f'<input type="hidden" id="hidTotal" value="{len(self.entries)}">'
            f'<input type="hidden" id="hidPageSize" value="{PER_PAGE}">'
            f'<input type="hidden" id="hidPageCount" value="{pages}">'
            f'<input type="hidden" id="hidCurrent" value="{n}">'
            '<div id="pageBar" class="zy-page"></div><script src="/js/zy-page.js"></script>'
        )
        return frame("年度报告", inner, '<meta name="ColumnName" content="年度报告">')


PAGE_JS = """function createPageHTML(div, pages, cur, name, ext, total) {
  var el = document.getElementById(div);
  function u(n) { return n == 1 ? name + '.' + ext : name + '_' + n + '.' + ext; }
  var h = '<span>共' + total + '条</span><span>' + cur + '/' + pages + '</span>';
  if (cur > 1) h += '<a href="' + u(1) + '">首页</a><a href="' + u(cur - 1) + '">上一页</a>';
  if (cur < pages) h += '<a href="' + u(cur + 1) + '">下一页</a><a href="' + u(pages) + '">末页</a>';
  el.innerHTML = h;
}
(function () {
  function v(id) { return parseInt(document.getElementById(id).value, 10); }
  createPageHTML('pageBar', v('hidPageCount'), v('hidCurrent'), 'list', 'shtml', v('hidTotal'));
})();
"""

PORTALS = [HaiyunZhangyang]
