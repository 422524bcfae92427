"""陬阳市生态环境局 (sthjj.zouyang.gov.test): a city bureau's site on Liferay DXP (a Java portal; no
README family), registered without ``cms``; its 年报 list is an Asset Publisher portlet paged by the
portlet's namespaced ``_cur`` / ``_delta`` query parameters.

The registry gives ``/web/sthjj/zfxxgknb``.  The portlet ``…AssetPublisherPortlet_INSTANCE_nb7Kx2``
renders ``<div class="asset-abstract">`` entries: ``<h3 class="asset-title"><a href="/web/sthjj/
zfxxgknb/-/asset_publisher/nb7Kx2/content/id/<articleId>">…</a></h3>`` and a ``<div class="asset-
metadata"><span class="metadata-publish-date">2025/01/22</span></div>``.  Under them Liferay's lexicon
``div.pagination-bar``: "每页 4 条", "显示第 1 - 4 条，共 11 条结果", and ``ul.pagination`` with «, page
numbers and » whose links are ``/web/sthjj/zfxxgknb?p_p_id=<portlet>&p_p_lifecycle=0&p_p_state=normal&
p_p_mode=view&_<portlet>_delta=4&_<portlet>_cur=N`` (``_cur`` past the end shows the last page, as
Liferay does).  Articles carry the body in ``div.journal-content-article`` under a 发布时间/来源 line.
The 2023 bureau report is a stub whose .docx is a Documents and Media link
``/documents/20126/0/<name>.docx/<uuid>?t=<ms>``.

Reports (8): 陬阳市生态环境局 2019–2024 (2019–2020 old template; 2023 a .docx), 陬阳市生态环境保护综合
行政执法支队 2024 ("市生态环境执法支队2024年…"), 陬阳市生态环境局陬城分局 2023 ("陬城分局2023年…").
Decoys (3): 陬阳市生态环境局2024年度部门决算, 市生态环境局2023年度法治政府建设年度报告, 关于2024年政府信息公开
工作年度报告的解读.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import DOCX, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "sthjj.zouyang.gov.test"
SITE = "zouyang-sthjj"
OWNER = "陬阳市生态环境局"
PAGE = "/web/sthjj/zfxxgknb"
PORTLET = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_nb7Kx2"
PER = 4
BEIJING = timezone(timedelta(hours=8))


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html class="ltr" dir="ltr" lang="zh-CN"><head><meta content="text/html; charset=UTF-8" '
        'http-equiv="content-type"><meta name="SiteName" content="陬阳市生态环境局"><meta name="SiteDomain" content="'
        f'sthjj.zouyang.gov.test"><meta name="SiteIDCode" content="9868210009">{head}<title>{escape(title)} - 陬阳市'
        '生态环境局</title><link href="/o/zy-theme/css/main.css" rel="stylesheet"><script src="/o/frontend-js-web/'
        'liferay/global.bundle.js"></script><script>Liferay.currentURL="' + PAGE + '";Liferay.ThemeDisplay.'
        'getLanguageId=function(){return "zh_CN"};</script></head><body class="controls-visible yui3-skin-sam"><div '
        'id="wrapper"><header id="banner"><div class="zy-bar"><a href="javascript:;" id="wza">无障碍</a><a href="'
        'javascript:;" id="elder">适老化</a><a href="http://www.zouyang.gov.test/">陬阳市人民政府</a></div><h1 class="'
        'site-title"><img src="/o/zy-theme/images/logo.png" alt="陬阳市生态环境局"></h1><nav id="navigation"><ul><li>'
        '<a '
        'href="/web/sthjj/home">首页</a></li><li><a href="/web/sthjj/xwdt">新闻动态</a></li><li><a href="/web/sthjj/'
        f'xxgk">信息公开</a></li><li><a href="/web/sthjj/hdjl">互动交流</a></li></ul></nav></header><section id="'
        f'content">{inner}</section><footer id="footer"><p>主办：陬阳市生态环境局　网站标识码：9868210009</p><p>未ICP'
        '备18004402号　地址：陬阳市环城北路16号</p></footer></div></body></html>'
    )


class NocmsZouyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 129_000
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-23"), (2020, "2021-01-21"), (2021, "2022-01-20"), (2022, "2023-01-17"),
                           (2024, "2025-01-20")):
            self.article(self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告"), OWNER)
        self.attached(self.doc(OWNER, 2023, "2024-01-22", f"{OWNER}2023年政府信息公开工作年度报告"))
        self.article(self.doc("陬阳市生态环境保护综合行政执法支队", 2024, "2025-01-14",
                              "市生态环境执法支队2024年政府信息公开工作年度报告"), "陬阳市生态环境保护综合行政执法支队")
        self.article(self.doc("陬阳市生态环境局陬城分局", 2023, "2024-01-16", "陬城分局2023年政府信息公开工作年度报告"),
                     "陬阳市生态环境局陬城分局")
        self.notice("陬阳市生态环境局2024年度部门决算", 2024, "2025-08-28")
        self.notice("市生态环境局2023年度法治政府建设年度报告", 2023, "2024-03-25")
        self.notice("关于2024年政府信息公开工作年度报告的解读", 2024, "2025-01-21")
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.route(HOST, PAGE, self.listing)

    def doc(self, agency: str, year: int, date: str, title: str) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, source: str) -> str:
        self.id += self.rng.randint(100, 2500)
        path = f"{PAGE}/-/asset_publisher/nb7Kx2/content/id/{self.id}"
        inner = (
            '<div class="portlet-boundary portlet-journal-content"><div class="breadcrumb"><a href="/web/sthjj/home">'
            f'首页</a> / <a href="/web/sthjj/xxgk">信息公开</a> / <a href="{PAGE}">政府信息公开年报</a></div><div '
            f'class="asset-full-content"><h2 class="header-title">{escape(title)}</h2><div class="zy-meta">发布时间：'
            f'{date}　来源：{escape(source)}</div><div class="journal-content-article" data-analytics-asset-id="'
            f'{self.id}">{content}</div></div></div>'
        )
        head = f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
        url = self.put(HOST, path, frame(title, inner, head))
        self.rows.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellpadding="1" cellspacing="1" '
                                                         'style="width:100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, source), doc)

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        ms = int(datetime.fromisoformat(date + "T10:05:00").replace(tzinfo=BEIJING).timestamp() * 1000)
        path = f"/documents/20126/0/sthjj{date[:4]}nb.docx/{uuid.UUID(int=self.rng.getrandbits(128), version=4)}"
        self.put(HOST, path, render_docx(doc), DOCX)
        href = f"{path}?t={ms}"
        content = (f'<p>{escape(doc.title)}请见附件。</p><p><a href="{href}" target="_blank">'
                   f'{escape(doc.title)}.docx</a></p>')
        url = self.page_of(doc.title, date, content, OWNER)
        self.report(SITE, url, doc, media_type=DOCX, report_url=f"http://{HOST}{href}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, OWNER), title)

    def listing(self, request: Request) -> Response:
        total = len(self.rows)
        pages = -(-total // PER)
        try:
            cur = int(request.param(f"_{PORTLET}_cur", "1") or "1")
        except ValueError:
            cur = 1
        cur = min(max(cur, 1), pages)
        chunk = self.rows[(cur - 1) * PER:cur * PER]
        items = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{h}">{escape(t)}</a></h3><div '
                        f'class="asset-metadata"><span class="metadata-publish-date">{d.replace("-", "/")}</span></div>'
                        '</div>' for h, t, d in chunk)

        def href(n: int) -> str:
            return (f"{PAGE}?p_p_id={PORTLET}&amp;p_p_lifecycle=0&amp;p_p_state=normal&amp;p_p_mode=view&amp;"
                    f"_{PORTLET}_delta={PER}&amp;_{PORTLET}_cur={n}")

        li = [f'<li class="page-item"><a class="page-link" href="{href(cur - 1)}">«</a></li>' if cur > 1 else
              '<li class="page-item disabled"><a class="page-link" href="javascript:;">«</a></li>']
        li += [f'<li class="page-item{" active" if n == cur else ""}"><a class="page-link" href="{href(n)}">{n}</a></'
            'li>'
               for n in range(1, pages + 1)]
        li.append(f'<li class="page-item"><a class="page-link" href="{href(cur + 1)}">»</a></li>' if cur < pages else
                  '<li class="page-item disabled"><a class="page-link" href="javascript:;">»</a></li>')
        first, last = (cur - 1) * PER + 1, (cur - 1) * PER + len(chunk)
        bar = (f'<div class="pagination-bar"><div class="dropdown pagination-items-per-page"><a class="dropdown-'
               f'toggle" href="javascript:;">每页 {PER} 条</a></div><p class="pagination-results">显示第 {first} - '
               f'{last} 条，共 {total} 条结果</p><ul class="pagination">{"".join(li)}</ul></div>')
        inner = (
            f'<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_{PORTLET}_"><h2 class="portlet-title">'
            f'政府信息公开年报</h2><div class="portlet-body">{items}{bar}</div></div>'
        )
        return Response(200, frame("政府信息公开年报", inner).encode())


PORTALS = [NocmsZouyang]
