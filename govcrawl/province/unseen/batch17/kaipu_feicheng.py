"""榧城市自然资源和规划局 (www.feicheng.gov.test/zrzygh/): a city bureau's channel on the city's 开普云集约
化 platform, under a path prefix of the city host, whose 年报 list pages by server-written links — and
whose last list page is refused every time by the platform's web application firewall (a deliberate
shortfall).

The 年报 column ``/zrzygh/xxgk/zfxxgknb/index.shtml`` (pages ``index_1.shtml``, ``index_2.shtml``,
zero-based) is a ``<ul class="xxgk-list">`` of ``<li>``s: ``<a
href="/zrzygh/xxgk/zfxxgknb/YYYYMM/<19-digit id>.shtml" title="…">…</a><span class="org">发布机构
</span><span class="date">2025-01-22</span>``; four rows a page, newest first; under it the pager the
platform writes on the server: "共10条 共3页", 首页 / 上一页 / ``[1]`` 2 3 / 下一页 / 尾页.  Articles
open with a 信息索引号 ``<table class="xxgk-info">`` (索引号, 发布机构, 生成日期, 文号), then
``div#UCAP-CONTENT`` and ``div.info_ewm`` (扫一扫在手机打开当前页); the 2023 report is a stub whose PDF
and 榧南分局's 2024 report a stub whose .docx are linked in a "附件：" line inside ``#UCAP-CONTENT``
(``/cms_files/filemanager/1418552/attach/YYYYMM/<hex>.<ext>``).

**Shortfall (deliberate):** ``index_2.shtml`` — reached by 下一页 from page 2, by 尾页 and by the "3"
link — answers **403** every time with the platform WAF's block page ("网站防火墙 … 您访问的页面包含敏感
信息，已被拦截", a data-leak rule misfiring on the page).  It holds the two oldest entries, the
bureau's 2019 and 2020 reports (old template), linked from nowhere else: the list declares 10 entries,
8 can be reached (2 of 7 reports lost).  Their article pages are served.

Reports (7): 榧城市自然资源和规划局 2019–2024 (2019–2020 old template, unreachable; titles "市自然资源和
规划局 2022年…", "榧城市自然资源和规划局2024年度政府信息公开工作报告"), 榧城市自然资源和规划局榧南分局
2024 ("榧南分局2024年…", .docx).  Decoys (3): 政府信息公开指南, 部门决算, 关于…年度报告的函.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Response
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

HOST = "www.feicheng.gov.test"
SITE = "feicheng-zrzygh"
OWNER = "榧城市自然资源和规划局"
ROOT = "/zrzygh/xxgk/zfxxgknb/"
PER = 4
BLOCKED = "index_2.shtml"
WAF = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>网站防火墙</title></head><body><div class="waf"><h2>网站'
    '防火墙'
    '</h2><p>您访问的页面包含敏感信息，已被拦截。</p><p>可能原因：页面内容触发了数据防泄漏规则。</p><p>如何解决：如您'
    '是网站'
    '管理员，请登录防护平台处理该规则。</p><p>事件ID：WAF-20250312-8812733</p></div></body></html>'
)


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="榧城市人民政府"><meta name="S'
        'ite'
        f'Domain" content="www.feicheng.gov.test"><meta name="SiteIDCode" content="9867060001">{head}<title>'
        f'{escape(title)}'
        '_榧城市自然资源和规划局</title><script src="/zrzygh/js/jquery.min.js"></script></head><body><div class="kp-to'
        'p">'
        '<a href="http://www.feicheng.gov.test/">榧城市人民政府</a><a href="javascript:void(0)" onclick="kqNav()">无障'
        '碍'
        '</a><a href="javascript:void(0)" id="oldman">适老模式</a></div><div class="kp-banner">榧城市自然资源和规划局<'
        '/div>'
        '<div class="kp-nav"><a href="/zrzygh/">首页</a><a href="/zrzygh/gzdt/">工作动态</a><a href="/zrzygh/xxgk/">信'
        '息'
        f'公开</a><a href="/zrzygh/zwfw/">政务服务</a></div><div class="kp-main">{inner}</div><div class="kp-foot"><p>'
        '主办：'
        '榧城市自然资源和规划局　承办：榧城市大数据中心</p><p>网站标识码：9867060001　未ICP备06008845号　未公网安备986'
        '70602'
        '000105号</p><script id="_jiucuo_" sitecode="9867060001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js">'
        '</script></div></body></html>'
    )


class KaipuFeicheng(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 85_000
        self.entries: list[tuple[str, str, str, str]] = []
        titles = {2022: "市自然资源和规划局2022年政府信息公开工作年度报告",
                  2024: "榧城市自然资源和规划局2024年度政府信息公开工作报告"}
        for year, date in ((2019, "2020-01-31"), (2020, "2021-01-29"), (2021, "2022-01-26"), (2022, "2023-01-20"),
                           (2024, "2025-01-23")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021",
                                  title=titles.get(year)))
        self.file(make_doc(rng, OWNER, 2023, "2024-01-26"), "pdf")
        self.file(make_doc(rng, "榧城市自然资源和规划局榧南分局", 2024, "2025-01-17",
                           title="榧南分局2024年政府信息公开工作年度报告"), "docx")
        self.notice("榧城市自然资源和规划局政府信息公开指南（2024年修订）", 2024, "2024-02-22")
        self.notice("榧城市自然资源和规划局2023年度部门决算", 2023, "2024-08-27")
        self.notice("关于报送2022年度政府信息公开工作年度报告的函", 2022, "2022-12-15")
        self.entries.sort(key=lambda e: e[3], reverse=True)
        chunks = [self.entries[i : i + PER] for i in range(0, len(self.entries), PER)]
        for n, chunk in enumerate(chunks):
            name = "index.shtml" if n == 0 else f"index_{n}.shtml"
            if name == BLOCKED:
                self.route(HOST, ROOT + name, lambda request: Response(403, WAF.encode(), "text/html; charset=utf-8"))
            else:
                self.put(HOST, ROOT + name, self.list_page(chunk, n, len(chunks)))

    def page_of(self, title: str, date: str, content: str, unit: str) -> str:
        self.id += self.rng.randint(10, 99)
        path = f"{ROOT}{date[:7].replace('-', '')}/1{self.rng.randint(10**17, 10**18 - 1)}.shtml"
        ident = f"11{self.rng.randint(10**8, 10**9 - 1)}/{date[:4]}-{self.id % 1000:05d}"
        inner = (
            f'<div class="kp-pos">当前位置：<a href="/zrzygh/">首页</a> &gt; <a href="/zrzygh/xxgk/">信息公开</a> &gt; '
            f'<a href="{ROOT}index.shtml">政府信息公开年报</a></div><table class="xxgk-info"><tr><td class="t">索引号'
            '：</td>'
            f'<td>{ident}</td><td class="t">发布机构：</td><td>{escape(unit)}</td></tr><tr><td class="t">生成日期：</t'
            'd><td>'
            f'{date}</td><td class="t">文号：</td><td></td></tr><tr><td class="t">名称：</td><td colspan="3">'
            f'{escape(title)}'
            f'</td></tr></table><h1 class="kp-title">{escape(title)}</h1><div class="kp-date">发布时间：{date}　来源：'
            f'{escape(unit)}</div><div id="UCAP-CONTENT" class="pages_content">{content}</div><div class="info_ewm"><d'
            'iv '
            'id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 15:02">'
                f'<meta name="ContentSource" content="{escape(unit)}"><meta name="ColumnName" content="政府信息公开年'
                '报">')
        url = self.put(HOST, path, frame(title, inner, head))
        self.entries.append((path, title, unit, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="3" width="100'
        '%">')
        content = f'<div class="trs_editor_view TRS_UEDITOR trs_paper_default">{content}</div>'
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        month = date[:7].replace("-", "")
        path = f"/cms_files/filemanager/1418552/attach/{month}/{self.rng.getrandbits(128):032x}.{ext}"
        content = (f"<p>{escape(doc.title)}已编制完成，现予公开。</p><p>附件：<a href=\"{path}\" target=\"_blank\">"
                   f"{escape(doc.title)}.{ext}</a></p>")
        url = self.page_of(doc.title, date, content, doc.agency_name)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, OWNER), title)

    def list_page(self, chunk: list[tuple[str, str, str, str]], n: int, pages: int) -> str:
        def name(i: int) -> str:
            return "index.shtml" if i == 0 else f"index_{i}.shtml"

        rows = "".join(f'<li><a href="{p}" target="_blank" title="{escape(t)}">{escape(t)}</a><span class="org">'
                       f'{escape(u)}</span><span class="date">{d}</span></li>' for p, t, u, d in chunk)
        nums = " ".join(f"[{i + 1}]" if i == n else f'<a href="{name(i)}">{i + 1}</a>' for i in range(pages))
        prev = "首页 上一页" if n == 0 else f'<a href="{name(0)}">首页</a> <a href="{name(n - 1)}">上一页</a>'
        nxt = ("下一页 尾页" if n == pages - 1 else
               f'<a href="{name(n + 1)}">下一页</a> <a href="{name(pages - 1)}">尾页</a>')
        inner = (
            '<div class="kp-pos">当前位置：<a href="/zrzygh/">首页</a> &gt; <a href="/zrzygh/xxgk/">信息公开</a> &gt; '
            '政府'
            '信息公开年报</div><div class="kp-left"><div class="tit">政府信息公开</div><a href="/zrzygh/xxgk/xxgkzn/">'
            '政府信'
            '息公开指南</a><a href="/zrzygh/xxgk/xxgkzd/">政府信息公开制度</a><a href="/zrzygh/xxgk/fdzdgknr/">法定主'
            '动公开'
            f'内容</a><a class="on" href="{ROOT}index.shtml">政府信息公开年报</a></div><div class="kp-right"><ul class='
            f'"xxgk-list">{rows}</ul><div class="kp-page">共{len(self.entries)}条 共{pages}页 {prev} {nums} {nxt}</div'
            '></div>'
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [KaipuFeicheng]
