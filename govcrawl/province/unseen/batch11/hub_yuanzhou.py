"""沅州市 (www.yuanzhou.gov.test and departments' sub-hosts): a city 部门年报 page whose departments
are an ordered list with year-only links and whose towns are written from a script array.

``/zwgk/bmxxgknb/index.html`` (family ``hub``) says "共列出 7 个单位".  Its 市直部门 part is an ``<ol
class="dept">``: each ``<li>`` names the unit the short way in ``<b>`` (市人社局 — the agency is
沅州市人力资源和社会保障局) followed by links whose text is only a year ("2024", "2023") or
"年报专栏" (portals.md §7).  Its 镇（街道） part is an empty ``<ul id="xzjd">`` filled by a loop over
``var xzjdData = [{"n": "龙门镇", "l": [["2024", "…"]]}, …]`` (portals.md §4.4, a list rendered
from a script array).  The links lead: to report pages on the city host (the 交通运输局's titled only
"2024年度政府信息公开工作年度报告", the unit named by ``ContentSource`` and the page's 发布机构 line), to
files directly (市场监管局 a PDF, 审计局 an OFD, 城西街道 a .docx), and to two units' own 年报 lists on
their sub-hosts: the 教育局's ``jyj.yuanzhou.gov.test/xxgk/nb/`` (a ``<ul>`` with dates in parentheses
after the links, "共3条") and the 人社局's ``rsj.yuanzhou.gov.test/zfxxgk/ndbg/index.html`` (``<article>``
items, ``<time>``, "共 3 条记录").  Decoys: the 教育局's 部门预算 in its list, the 审计局's 审计工作报告
(linked "2023年度审计工作报告"), and a 相关栏目 line to the 政务公开工作要点.
"""

from __future__ import annotations

import json
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
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

WWW = "www.yuanzhou.gov.test"
JYJ = "jyj.yuanzhou.gov.test"
RSJ = "rsj.yuanzhou.gov.test"
SITE = "yuanzhou-bmnb"
OWNER = "沅州市人民政府"
HUB = "/zwgk/bmxxgknb/"


def frame(title: str, inner: str, site: str = "沅州市人民政府", metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{site}">{metas}'
        f'<title>{escape(title)}|{site}</title></head><body><header class="yz-hd"><div class="yz-logo">{site}</div>'
        '<nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></nav>'
        '<div class="yz-tool"><a href="javascript:;">无障碍浏览</a><a href="javascript:;">长者模式</a></div></header>'
        f'<main class="yz-main">{inner}</main><footer class="yz-ft"><p>主办单位：{site}　'
        '网站标识码：9849000001</p><p>未ICP备17004452号　<a href="/sitemap/">网站地图</a>　'
        '<a href="/lxwm/">联系我们</a></p><div class="yz-app"><img src="/img/app.png" alt="">下载“沅州通”APP</div>'
        "</footer></body></html>"
    )


class HubYuanzhou(UnseenPortal):
    hosts = (WWW, JYJ, RSJ)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 6_310_500
        self.depts: list[tuple[str, list[str]]] = []
        self.towns: list[dict[str, object]] = []
        # 教育局: its own list on its sub-host
        self.dept("市教育局", [f'<a href="http://{JYJ}/xxgk/nb/" target="_blank">年报专栏</a>'])
        jyj_rows = []
        for year, date in ((2023, "2024-01-24"), (2024, "2025-01-23")):
            doc = make_doc(rng, "沅州市教育局", year, date, title=f"市教育局{year}年政府信息公开工作年度报告")
            url = self.article(JYJ, "/xxgk/nb/", doc, "沅州市教育局", "沅州市教育局")
            jyj_rows.append((url, doc.title, date))
        url = self.notice(JYJ, "/xxgk/nb/", "沅州市教育局2025年部门预算", "2025-02-12", "沅州市教育局", "沅州市教育局")
        jyj_rows.append((url, "沅州市教育局2025年部门预算", "2025-02-12"))
        jyj_rows.sort(key=lambda r: r[2], reverse=True)
        items = "".join(f'<li><a href="{u}">{escape(t)}</a>（{d}）</li>' for u, t, d in jyj_rows)
        self.put(JYJ, "/xxgk/nb/index.html", frame(
            "年度报告",
            f'<h2>政府信息公开年度报告</h2><ul class="nb">{items}</ul><p class="cnt">共{len(jyj_rows)}条</p>',
            "沅州市教育局"))
        # 人社局: its own list on its sub-host
        self.dept("市人社局", [f'<a href="http://{RSJ}/zfxxgk/ndbg/index.html" target="_blank">年报专栏</a>'])
        rsj_rows = []
        for year, date in ((2022, "2023-01-19"), (2023, "2024-01-22"), (2024, "2025-01-21")):
            doc = make_doc(rng, "沅州市人力资源和社会保障局", year, date)
            url = self.article(RSJ, "/zfxxgk/ndbg/", doc, "沅州市人力资源和社会保障局", "沅州市人力资源和社会保障局")
            rsj_rows.append((url, doc.title, date))
        rsj_rows.sort(key=lambda r: r[2], reverse=True)
        items = "".join(f'<article class="it"><h3><a href="{u}">{escape(t)}</a></h3><time>{d}</time></article>'
                        for u, t, d in rsj_rows)
        self.put(RSJ, "/zfxxgk/ndbg/index.html", frame(
            "年度报告", f'<section class="ndbg">{items}</section><div class="pg">共 {len(rsj_rows)} 条记录</div>',
            "沅州市人力资源和社会保障局"))
        # 交通运输局: a page on the city host
        doc = make_doc(rng, "沅州市交通运输局", 2024, "2025-01-20", title="2024年度政府信息公开工作年度报告")
        url = self.article(WWW, HUB + "jtj/", doc, "沅州市交通运输局")
        self.dept("市交通运输局", [f'<a href="{url}">2024</a>'])
        # 市场监管局: a PDF; 审计局: an OFD and a page, and its 审计工作报告
        self.file("市市场监管局", make_doc(rng, "沅州市市场监督管理局", 2024, "2025-01-24"), PDF)
        self.file("市审计局", make_doc(rng, "沅州市审计局", 2024, "2025-01-25"), OFD)
        doc = make_doc(rng, "沅州市审计局", 2023, "2024-01-26")
        self.dept("市审计局", [f'<a href="{self.article(WWW, HUB + "sjj/", doc, "沅州市审计局")}">2023</a>'])
        title = "关于沅州市2023年度市级预算执行和其他财政收支的审计工作报告"
        url = self.notice(WWW, HUB + "sjj/", title, "2024-08-27", "沅州市审计局")
        self.dept("市审计局", [f'<a href="{url}">2023年度审计工作报告</a>'])
        # 镇（街道）: written by script
        doc = make_doc(rng, "沅州市龙门镇人民政府", 2024, "2025-01-16", title="龙门镇2024年政府信息公开工作年度报告")
        url = self.article(WWW, HUB + "lmz/", doc, "沅州市龙门镇人民政府")
        self.towns.append({"n": "龙门镇", "l": [["2024", url]]})
        doc = make_doc(rng, "沅州市城西街道办事处", 2024, "2025-01-15")
        path = f"{HUB}files/cxjd{self.rng.randint(10**8, 10**9 - 1)}.docx"
        url = self.put(WWW, path, render_docx(doc), DOCX)
        self.report(SITE, url, doc, media_type=DOCX)
        self.towns.append({"n": "城西街道", "l": [["2024", path]]})
        self.related = self.notice(WWW, HUB + "zfb/", "沅州市2024年政务公开工作要点", "2024-04-15",
                                   "沅州市人民政府办公室")
        self.put(WWW, HUB + "index.html", self.hub_page())

    def dept(self, name: str, links: list[str]) -> None:
        for known, have in self.depts:
            if known == name:
                have.extend(links)
                return
        self.depts.append((name, list(links)))

    def page(self, host: str, folder: str, title: str, date: str, org: str, content: str,
             site: str = "沅州市人民政府") -> str:
        self.docid += self.rng.randint(8, 600)
        path = f"{folder}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.html"
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
                 f'<meta name="ContentSource" content="{escape(org)}">')
        inner = (
            f'<div class="yz-art"><h1>{escape(title)}</h1><div class="yz-meta">发布机构：{escape(org)}'
            f'<span>发布日期：{date}</span></div><div class="yz-con">{content}</div>'
            '<div class="yz-ewm">手机扫码阅读</div></div>'
        )
        return self.put(host, path, frame(title, inner, site, metas))

    def article(self, host: str, folder: str, doc: ReportDoc, org: str, site: str = "沅州市人民政府") -> str:
        if host == WWW:
            content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" align="center">')
        else:
            content = body_html(doc, plain_para, plain_cell, '<table class="nb-table" border="1">')
        url = self.page(host, folder, doc.title, doc.published_date or "", org, content, site)
        self.report(SITE, url, doc)
        return url

    def notice(self, host: str, folder: str, title: str, date: str, org: str, site: str = "沅州市人民政府") -> str:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        url = self.page(host, folder, title, date, org, content, site)
        self.decoy(SITE, url, title)
        return url

    def file(self, unit: str, doc: ReportDoc, media: str) -> None:
        ext = "pdf" if media == PDF else "ofd"
        path = f"{HUB}files/{doc.year}{self.rng.randint(10**9, 10**10 - 1)}.{ext}"
        if media == PDF:
            url = self.put_pdf(WWW, path, doc)
        else:
            url = self.put(WWW, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        self.report(SITE, url, doc, media_type=media)
        self.dept(unit, [f'<a href="{path}" target="_blank">{doc.year}</a>'])

    def hub_page(self) -> str:
        depts = "".join(f'<li><b>{escape(n)}</b>' + "".join(f"<span>{a}</span>" for a in links) + "</li>"
                        for n, links in self.depts)
        units = len(self.depts) + len(self.towns)
        inner = (
            '<div class="yz-crumb">当前位置：<a href="/">首页</a> &gt; '
            '<a href="/zwgk/">政务公开</a> &gt; 部门年报</div>'
            f'<h2>部门及镇（街道）政府信息公开工作年度报告</h2><p class="yz-tip">共列出 {units} 个单位</p>'
            f'<h3>市直部门</h3><ol class="dept">{depts}</ol><h3>镇（街道）</h3><ul id="xzjd"></ul>'
            "<script>var xzjdData = " + json.dumps(self.towns, ensure_ascii=False) + ";\n"
            "(function(){var h='';for(var i=0;i<xzjdData.length;i++){var u=xzjdData[i];h+='<li><b>'+u.n+'</b>';"
            "for(var j=0;j<u.l.length;j++){h+=' <a href=\"'+u.l[j][1]+'\" target=\"_blank\">'+u.l[j][0]+'</a>';}"
            "h+='</li>';}document.getElementById('xzjd').innerHTML=h;})();</script>"
            f'<div class="yz-rel">相关栏目：<a href="{self.related}">沅州市2024年政务公开工作要点</a></div>'
        )
        return frame("部门年报", inner, metas='<meta name="ColumnName" content="部门年报">')


PORTALS = [HubYuanzhou]
