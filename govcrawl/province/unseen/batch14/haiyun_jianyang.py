"""湔阳市 (www.jianyang.gov.test): TRS 海云 city whose list rows carry their 解读/图解 as small companion
links beside the report link, paged by the 6-argument pager over ``list.html`` / ``list_N.html``.

The 年报 column ``/zwgk/zfxxgk/nb/list.html`` is a ``<div class="nb-box">`` of ``<div class="nb-row">``s:
``<a class="tit" href="./YYYYMM/t<date>_<docid>.html">`` (the report), then for two of them a ``<span
class="gl">`` of companion links ``【解读】``/``【图解】`` to pages of the 政策解读 column
(``/zwgk/zcjd/YYYYMM/t…html``), then the date in ``<em>``.  Four rows a page; the pager is
``createPageHTML('pagenav', 3, 1, 'list', 'html', 10)`` (1-based: ``list_2.html``, ``list_3.html``;
``list_1.html`` is 404), the function in ``/js/hy_page.js`` writing "共10条 1/3页".  Articles carry TRS 海云's
extra metas (``catalogs``, ``contentid``, ``publishdate``) and the body in ``div.TRS_UEDITOR`` inside
``div#zoom``; the 2023 city report is a stub whose ``P0….pdf`` is in a ``div.xgfj`` 相关附件 block
after ``#zoom``, the 生态环境局's 2024 report a ``.docx`` in the same block.

Reports (9): 湔阳市人民政府 2020 (old template) – 2024, 湔阳市住房和城乡建设局 2023, 湔阳市生态环境局 2024
(docx), 湔阳市城市管理局 2022 (title "市城管局2022年政府信息公开年报"), 湔阳市退役军人事务局 2023 (title only
"2023年度政府信息公开工作年度报告", the unit in ``ContentSource`` and the 来源 line).  Decoys (3): the 2024
report's 解读 and the 2023 report's 图解 (companion links only), and a listed 2025年政务公开工作要点.
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

HOST = "www.jianyang.gov.test"
SITE = "jianyang-gov"
OWNER = "湔阳市人民政府"
ROOT = "/zwgk/zfxxgk/nb/"
JD = "/zwgk/zcjd/"
PER_PAGE = 4


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="湔阳市人民政府">'
        f'<meta name="SiteDomain" content="www.jianyang.gov.test"><meta name="SiteIDCode" content="9864200001">{head}'
        f'<title>{escape(title)}_湔阳市人民政府</title><script src="/js/hy_page.js"></script></head><body>'
        '<header class="hy-top"><a class="logo" href="/"><img src="/images/logo.png" alt="湔阳市人民政府"></a>'
        '<nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">政民互动</'
        'a>'
        '<a href="/zjjy/">走进湔阳</a></nav><form action="/search/" class="sch"><input name="q"></form></header>'
        f'<main class="hy-main">{inner}</main><footer class="hy-foot"><p>湔阳市人民政府办公室主办　网站标识码：'
        '9864200001</p><p>未ICP备05017733号　未公网安备 98642002000117号</p><script id="_jiucuo_" sitecode="9864200001"'
        ' src="/js/jiucuo.js"></script></footer></body></html>'
    )


class HaiyunJianyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 27_118_000
        self.rows: list[tuple[str, str, str, str]] = []  # href, title, date, companion html
        for year, date in ((2020, "2021-01-28"), (2021, "2022-01-26"), (2022, "2023-01-20")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        doc = make_doc(rng, OWNER, 2023, "2024-01-24")
        href = self.file(doc, "pdf", "湔阳市人民政府办公室")
        self.companion(href, "图解：湔阳市2023年政府信息公开工作年度报告", 2023, "2024-01-25", "图解")
        href = self.article(make_doc(rng, OWNER, 2024, "2025-01-21"))
        self.companion(href, "一图读懂湔阳市2024年政府信息公开工作年度报告（解读）", 2024, "2025-01-22", "解读")
        self.article(make_doc(rng, "湔阳市住房和城乡建设局", 2023, "2024-01-18"))
        self.file(make_doc(rng, "湔阳市生态环境局", 2024, "2025-01-16"), "docx", "湔阳市生态环境局")
        self.article(make_doc(rng, "湔阳市城市管理局", 2022, "2023-01-17", title="市城管局2022年政府信息公开年报"))
        self.article(make_doc(rng, "湔阳市退役军人事务局", 2023, "2024-01-22",
                              title="2023年度政府信息公开工作年度报告"))
        title = "湔阳市2025年政务公开工作要点"
        url, _ = self.page_of(ROOT, title, "2025-03-12", self.decoy_body(title, 2025), "湔阳市人民政府办公室")
        self.decoy(SITE, url, title)
        self.rows.append((url.split(ROOT, 1)[1], title, "2025-03-12", ""))
        self.rows.sort(key=lambda r: r[2], reverse=True)
        chunks = [self.rows[i : i + PER_PAGE] for i in range(0, len(self.rows), PER_PAGE)]
        for index, chunk in enumerate(chunks, 1):
            self.put(HOST, ROOT + ("list.html" if index == 1 else f"list_{index}.html"),
                     self.list_page(chunk, index, len(chunks)))

    def decoy_body(self, title: str, year: int) -> str:
        return "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))

    def page_of(self, folder: str, title: str, date: str, content: str, source: str,
                after: str = "") -> tuple[str, str]:
        self.docid += self.rng.randint(20, 900)
        month = date[:7].replace("-", "")
        path = f"{folder}{month}/t{date.replace('-', '')}_{self.docid}.html"
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 09:30"><meta'
                f' '
                f'name="ContentSource" content="{escape(source)}"><meta name="catalogs" content="10512"><meta name="'
                f'contentid" content="{self.docid}"><meta name="publishdate" content="{date}">')
        inner = (f'<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href='
                 f'"{folder}">'
                 f'{"政策解读" if folder == JD else "政府信息公开年报"}</a></div><article><h1 class="tit"'
                 f'>{escape(title)}</h1>'
                 f'<div class="src">来源：{escape(source)}<span>时间：{date}</span><span>【字号：大 中 小】</span></div'
                 f'>'
                 f'<div id="zoom"><div class="TRS_UEDITOR trs_paper_default">{content}</div></div>{after}'
                 '<div class="share">分享到：<a class="wx"></a><a class="wb"></a></div></article>')
        return self.put(HOST, path, frame(title, inner, head)), f"{folder}{month}/"

    def article(self, doc: ReportDoc) -> str:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0" align="cent'
                                                         'er">')
        url, _ = self.page_of(ROOT, doc.title, doc.published_date or "", content, doc.agency_name)
        self.report(SITE, url, doc)
        href = url.split(ROOT, 1)[1]
        self.rows.append((href, doc.title, doc.published_date or "", ""))
        return href

    def file(self, doc: ReportDoc, ext: str, source: str) -> str:
        date = doc.published_date or ""
        month = date[:7].replace("-", "")
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        after = (f'<div class="xgfj"><h4>相关附件：</h4><ul><li><a href="./{name}" target="_blank">{escape(doc.title)}'
                 f'.{ext}</a></li></ul></div>')
        url, folder = self.page_of(ROOT, doc.title, date, f"<p>{escape(doc.title)}详见附件。</p>", source, after)
        assert folder == f"{ROOT}{month}/"
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, folder + name, doc))
        else:
            file_url = self.put(HOST, folder + name, render_docx(doc), DOCX)
            self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)
        href = url.split(ROOT, 1)[1]
        self.rows.append((href, doc.title, date, ""))
        return href

    def companion(self, href: str, title: str, year: int, date: str, label: str) -> None:
        url, _ = self.page_of(JD, title, date, self.decoy_body(title, year), "湔阳市人民政府办公室")
        self.decoy(SITE, url, title)
        i = next(i for i, r in enumerate(self.rows) if r[0] == href)
        h, t, d, extra = self.rows[i]
        self.rows[i] = (h, t, d, extra + f'<a href="{url.split(HOST, 1)[1]}" target="_blank" title="{escape(title)}">'
                        f'【{label}】</a>')

    def list_page(self, chunk: list[tuple[str, str, str, str]], index: int, pages: int) -> str:
        rows = "".join(
            f'<div class="nb-row"><a class="tit" href="./{h}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
            + (f'<span class="gl">{x}</span>' if x else "") + f"<em>{d}</em></div>" for h, t, d, x in chunk
        )
        inner = (
            '<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</'
            'div>'
            f'<div class="nb-box">{rows}</div><div id="pagenav" class="pagenav"></div><script>'
            f"createPageHTML('pagenav', {pages}, {index}, 'list', 'html', {len(self.rows)});</script>"
        )
        return frame("政府信息公开年报", inner)


PORTALS = [HaiyunJianyang]
