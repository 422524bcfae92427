"""铭阳市 (www.mingyang.gov.test → zfxxgk.mingyang.gov.test): a TRS 海云 city whose 信息公开 is on
the city's 信息公开 platform host, keyed by region code, with a county's area on the same platform.

``http://www.mingyang.gov.test/zwgk/zfxxgknb/`` (the registry's start page) answers 302 to
``http://zfxxgk.mingyang.gov.test/984201/zfxxgknb/index.shtml`` (portals.md §0.3: a separate
信息公开 host, a platform keyed by code).  Lists page 1-based (``index_2.shtml`` …) and declare their
size in a ``<div id="pageParam" data="{totalPage:3,currentPage:1,totalRecord:7}" url="index">`` that
the shared pager script reads with ``(page == 1 ? "" : "_" + page)`` (portals.md §1.2).  Entries are
``<dl><dt><a></dt><dd>日期</dd></dl>``.  Articles ``/<code>/zfxxgknb/<YYYYMM>/<32 hex>.shtml`` with
TRS's extra metas, the body in ``div.trs_editor_view`` inside ``div#zoomcon``; the city's 2022
report is a stub whose .docx link is written by a script from ``var fjUrl``/``var fjName`` (portals.md
§7: links written by a script variable).  The same platform hosts 珑溪县 at ``/984221/zfxxgknb/``
(a separate registry entry, ``cms: auto``): the platform's chrome says 铭阳市, the county is named by
the breadcrumb, the column's ``SiteName`` meta and its titles ("珑溪县2024年度政府信息公开工作报告").
Decoys: 政府网站工作年度报表, 政务公开工作要点, 公告, 法治政府建设年度报告.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

WWW = "www.mingyang.gov.test"
PLATFORM = "zfxxgk.mingyang.gov.test"
CITY_SITE = "mingyang-gov"
COUNTY_SITE = "longxi-gov"
AREAS = {  # code: (site id, agency, name shown on the platform)
    "984201": (CITY_SITE, "铭阳市人民政府", "铭阳市人民政府"),
    "984221": (COUNTY_SITE, "珑溪县人民政府", "珑溪县人民政府"),
}
PER_PAGE = 3


def frame(area: str, title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<meta name="SiteName" content="{area}"><meta name="SiteDomain" content="{PLATFORM}">'
        f"{metas}<title>{escape(title)}</title>"
        '<script src="/common/js/jquery.min.js"></script><script src="/common/js/page.js"></script></head><body>'
        '<div class="pt-top"><span class="pt-logo">铭阳市政府信息公开平台</span><span class="pt-links">'
        '<a href="http://www.mingyang.gov.test/">铭阳市人民政府门户网站</a> <a href="javascript:;">无障碍浏览</a> '
        '<a href="javascript:;">适老模式</a></span></div>'
        f'<div class="pt-main">{inner}</div>'
        '<div class="pt-foot">主办单位：铭阳市人民政府办公室　承办单位：铭阳市大数据中心　网站标识码：9842000003<br>'
        '<a href="http://beian.miit.gov.cn/">未ICP备17003321号-2</a>　本站已支持IPV6访问</div></body></html>'
    )


class HaiyunMingyang(UnseenPortal):
    hosts = (WWW, PLATFORM)
    site_ids = (CITY_SITE, COUNTY_SITE)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.lists: dict[str, list[tuple[str, str, str]]] = {code: [] for code in AREAS}
        city, county = "984201", "984221"
        self.article(city, make_doc(rng, "铭阳市人民政府", 2020, "2021-01-26", version="v2019"))
        self.article(city, make_doc(rng, "铭阳市人民政府", 2021, "2022-01-28"))
        self.scripted(city, make_doc(rng, "铭阳市人民政府", 2022, "2023-01-31"))
        self.article(city, make_doc(rng, "铭阳市人民政府", 2023, "2024-01-29"))
        self.notice(city, "铭阳市人民政府门户网站2023年政府网站工作年度报表", "2024-01-18")
        self.article(city, make_doc(rng, "铭阳市人民政府", 2024, "2025-01-23"))
        self.notice(city, "铭阳市2025年政务公开工作要点", "2025-04-11")
        self.article(county, make_doc(rng, "珑溪县人民政府", 2021, "2022-01-20"))
        self.notice(county, "珑溪县2022年法治政府建设年度报告", "2023-02-27")
        self.article(county, make_doc(rng, "珑溪县人民政府", 2022, "2023-01-19"))
        self.article(county, make_doc(rng, "珑溪县人民政府", 2023, "2024-01-26"))
        self.article(
            county,
            make_doc(rng, "珑溪县人民政府", 2024, "2025-01-22", title="珑溪县2024年度政府信息公开工作报告"),
        )
        self.notice(county, "关于珑溪县2024年政府信息公开工作年度报告的公告", "2025-01-22")
        for code, entries in self.lists.items():
            entries.sort(key=lambda e: e[2], reverse=True)
            chunks = [entries[i : i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
            for index, chunk in enumerate(chunks):
                name = "index.shtml" if index == 0 else f"index_{index + 1}.shtml"
                self.put(
                    PLATFORM, f"/{code}/zfxxgknb/{name}", self.list_page(code, chunk, index, len(chunks), len(entries))
                )
        self.put(PLATFORM, "/common/js/page.js", PAGE_JS, "application/javascript")
        self.route(WWW, "/zwgk/zfxxgknb/", self.moved)
        self.route(WWW, "/zwgk/zfxxgknb/index.shtml", self.moved)

    @staticmethod
    def moved(request: Request) -> Response:
        target = f"http://{PLATFORM}/984201/zfxxgknb/index.shtml"
        return Response(302, f'<a href="{target}">Found</a>'.encode(), "text/html", {"Location": target})

    def crumb(self, code: str) -> str:
        return (
            f'<div class="pt-crumb">当前位置：<a href="/{code}/">{AREAS[code][2]}</a> &gt; '
            f'<a href="/{code}/zfxxgknb/index.shtml">政府信息公开年报</a></div>'
        )

    def page_of(self, code: str, title: str, date: str, content: str, after: str = "") -> str:
        path = f"/{code}/zfxxgknb/{date[:7].replace('-', '')}/{self.rng.getrandbits(128):032x}.shtml"
        docid = self.rng.randint(10**7, 10**8)
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 10:30:00">'
            f'<meta name="ContentSource" content="{AREAS[code][1]}办公室"><meta name="contentid" content="{docid}">'
            f'<meta name="publishdate" content="{date}"><meta name="filetype" content="0">'
        )
        inner = (
            f'{self.crumb(code)}<div class="pt-article"><div class="pt-title">{escape(title)}</div>'
            f'<div class="pt-info">发布日期：{date}　来源：{AREAS[code][1]}办公室</div>'
            f'<div id="zoomcon"><div class="trs_editor_view TRS_UEDITOR">{content}</div></div>{after}'
            '<div class="pt-tools"><a href="javascript:window.print()">【打印】</a> '
            '<a href="javascript:window.close()">【关闭】</a></div></div>'
        )
        self.lists[code].append((path, title, date))
        return self.put(PLATFORM, path, frame(AREAS[code][2], title, inner, metas))

    def article(self, code: str, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        self.report(AREAS[code][0], self.page_of(code, doc.title, doc.published_date or "", content), doc)

    def scripted(self, code: str, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.docx"
        path = f"/{code}/zfxxgknb/{date[:7].replace('-', '')}/{name}"
        file_url = self.put(PLATFORM, path, render_docx(doc), DOCX)
        after = (
            '<div class="fj" id="fjlist"></div><script>var fjName = "'
            + doc.title
            + f'.docx";\nvar fjUrl = "{path}";\nif (fjUrl != "") {{ document.getElementById("fjlist").innerHTML = '
            "'附件：<a href=\"' + fjUrl + '\">' + fjName + '</a>'; }</script>"
        )
        url = self.page_of(code, doc.title, date, "<p>　　现将报告全文予以公布（详见附件）。</p>", after)
        self.report(AREAS[code][0], url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, code: str, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, AREAS[code][1], year, self.rng))
        self.decoy(AREAS[code][0], self.page_of(code, title, date, content), title)

    def list_page(self, code: str, chunk: list[tuple[str, str, str]], index: int, pages: int, total: int) -> str:
        items = "".join(
            f'<dl><dt><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a></dt><dd>{d}</dd></dl>'
            for h, t, d in chunk
        )
        inner = (
            f'{self.crumb(code)}<div class="pt-list">{items}</div>'
            f'<div id="pageParam" data="{{totalPage:{pages},currentPage:{index + 1},totalRecord:{total}}}" '
            'url="index" ext="shtml"></div><div class="pt-pager" id="pager"></div>'
            "<script>showPager('pageParam', 'pager');</script>"
        )
        metas = '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="年报">'
        return frame(AREAS[code][2], f"政府信息公开年报_{AREAS[code][2]}", inner, metas)


PAGE_JS = """function showPager(paramId, pagerId) {
  var el = $('#' + paramId), data = eval('(' + el.attr('data') + ')'), url = el.attr('url');
  var ext = el.attr('ext'), h = '共' + data.totalRecord + '条 ';
  function go(page) { return url + (page == 1 ? "" : "_" + page) + '.' + ext; }
  for (var page = 1; page <= data.totalPage; page++)
    h += page == data.currentPage ? '<b>' + page + '</b> ' : '<a href="' + go(page) + '">' + page + '</a> ';
  $('#' + pagerId).html(h);
}
"""

PORTALS = [HaiyunMingyang]
