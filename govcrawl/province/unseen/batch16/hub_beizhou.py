"""邶州市 (www.beizhou.gov.test, jyj.beizhou.gov.test): a city 部门年报 page whose departments are
headings over year links, and whose towns are reached only through a clickable map — an image map's
``<area>`` elements, the town named in ``alt``/``title``.

``/zwgk/bmnb/index.html`` (family ``hub``) says "本专栏共收录 7 个单位（市直部门 5 个、镇街 2 个）".  Its
市直部门 part is a run of ``<div class="bm-unit">`` blocks: an ``<h4>`` with the unit's short name (市财政局
— the agency is 邶州市财政局), then a ``<p>`` of links whose text is only "2024年度", "2023年度",
"2024年度（PDF）", "2023年度（OFD）" or "进入部门年报栏目" (portals.md §7).  Its 镇街 part is a map of the
city, ``<img src="/images/bz_map.png" usemap="#bzmap">`` and ``<map name="bzmap">`` of ``<area
shape="poly" coords="…" href="…" alt="邶河镇" title="邶河镇2024年度报告">`` (a plain list of the towns
is not on the page).  The links lead: to report pages on the city host (``/bmxx/<unit>/YYYYMM/
tYYYYMMDD_<n>.html``; the 退役军人事务局's titled only "2024年度政府信息公开工作年度报告", its unit in the
page's 发布机构 line and ``ContentSource``), straight to a PDF (市场监管局) or an OFD (住建局), and to the
教育局's own column on its sub-host, ``http://jyj.beizhou.gov.test/xxgk/ndbg/``: a ``<table>`` of
title/date rows, "共4条", two a page, with only a 下一页 link (``index_1.html``; page 2 has 上一页 only).

Reports (10): 邶州市教育局 2022–2024 (sub-host), 邶州市财政局 2023–2024 ("市财政局…"), 邶州市市场监督管理局
2024 (PDF), 邶州市退役军人事务局 2024, 邶州市住房和城乡建设局 2023 (OFD), 邶州市邶河镇人民政府 2024
("邶河镇2024年…"), 邶州市东邶街道办事处 2023 ("东邶街道办事处2023年…").  Decoys (3): the hub's 关于报送…
年度报告的函, the 财政局's "2023年度部门决算" link in its block, the 教育局's 2024年度部门预算 in its list.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    OFD,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_para,
    word_cell,
    word_para,
)
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

WWW = "www.beizhou.gov.test"
JYJ = "jyj.beizhou.gov.test"
SITE = "beizhou-bmnb"
HUB = "/zwgk/bmnb/index.html"


def frame(title: str, inner: str, site: str = "邶州市人民政府", domain: str = WWW, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="' + site + '"><meta name="'
        f'SiteDomain" content="{domain}"><meta name="SiteIDCode" content="9866300001">{head}<title>{escape(title)}'
        '</title></head><body><div class="bz-top"><a href="javascript:;" onclick="toolbar.open()">无障碍</a> <a href="'
        'javascript:;" onclick="toolbar.elder()">适老化模式</a> <a href="javascript:;">繁體版</a></div><div class="bz-'
        f'head"><h1>{site}</h1></div><div class="bz-nav"><a href="http://www.beizhou.gov.test/">首页</a><a href="http:'
        '//www.beizhou.gov.test/zwgk/">政务公开</a><a href="http://www.beizhou.gov.test/zwfw/">政务服务</a></div>'
        f'{inner}<div class="bz-foot">主办：{site}　网站标识码：9866300001　未ICP备08007713号<br>'
        '<a href="http://bszs.conac.cn/sitename?method=show&id=0000">党政机关网站标识</a></div></body></html>'
    )


class HubBeizhou(UnseenPortal):
    hosts = (WWW, JYJ)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 66_000
        self.n = 5_503_100
        units: list[tuple[str, list[tuple[str, str]]]] = []

        def doc(agency: str, year: int, date: str, title: str | None = None) -> ReportDoc:
            return make_doc(rng, agency, year, date, title=title)

        czj = "邶州市财政局"
        units.append(("市财政局", [
            ("2024年度", self.article("czj", doc(czj, 2024, "2025-01-21", "市财政局2024年政府信息公开工作年度报告"),
                czj)),
            ("2023年度", self.article("czj", doc(czj, 2023, "2024-01-25", "市财政局2023年政府信息公开工作年度报告"),
                czj)),
            ("2023年度部门决算", self.notice("czj", "邶州市财政局2023年度部门决算", 2023, "2024-08-22", czj)),
        ]))
        units.append(("市市场监管局", [
            ("2024年度（PDF）", self.file("scjgj", doc("邶州市市场监督管理局", 2024, "2025-01-23"), "pdf"))]))
        tyj = "邶州市退役军人事务局"
        units.append(("市退役军人局", [
            ("2024年度", self.article("tyjrswj", doc(tyj, 2024, "2025-01-17", "2024年度政府信息公开工作年度报告"),
                tyj))]))
        units.append(("市住建局", [
            ("2023年度（OFD）", self.file("zjj", doc("邶州市住房和城乡建设局", 2023, "2024-01-26"), "ofd"))]))
        units.append(("市教育局", [("进入部门年报栏目", self.education())]))
        towns = [
            ("邶河镇", "邶河镇2024年度报告", "120,40,210,38,230,120,140,150",
             self.article("bhz", doc("邶州市邶河镇人民政府", 2024, "2025-01-20",
                                     "邶河镇2024年政府信息公开工作年度报告"),
                          "邶州市邶河镇人民政府")),
            ("东邶街道", "东邶街道2023年度报告", "240,60,330,70,320,170,236,140",
             self.article("dbjd", doc("邶州市东邶街道办事处", 2023, "2024-01-24",
                                      "东邶街道办事处2023年政府信息公开工作年度报告"), "邶州市东邶街道办事处")),
        ]
        notice = self.notice("tz", "关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-20",
                             "邶州市人民政府办公室")
        self.put(WWW, HUB, self.hub(units, towns, notice))

    def page(self, host: str, folder: str, title: str, date: str, unit: str, content: str, site: str) -> str:
        self.n += self.rng.randint(50, 3000)
        path = f"{folder}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.n}.html"
        inner = (
            f'<div class="bz-pos">当前位置：首页 &gt; 政务公开 &gt; 部门年报</div><div class="bz-art"><h2'
            f'>{escape(title)}'
            f'</h2><div class="bz-info">发布机构：{escape(unit)}　发布日期：{date}　【<a href="javascript:window.pri'
            f'nt()">'
            f'打印</a>】</div><div class="bz-text">{content}</div><div class="bz-ewm">扫一扫在手机打开当前页</div></'
            f'div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}"><meta '
                f'name="ContentSource" content="{escape(unit)}">')
        return self.put(host, path, frame(f"{title}_{site}", inner, site, host, head))

    def article(self, unit_key: str, doc: ReportDoc, unit: str, host: str = WWW, folder: str = "",
                site: str = "邶州市人民政府") -> str:
        content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0">')
        url = self.page(host, folder or f"/bmxx/{unit_key}/", doc.title, doc.published_date or "", unit, content, site)
        self.report(SITE, url, doc)
        return url

    def notice(self, unit_key: str, title: str, year: int, date: str, unit: str, host: str = WWW, folder: str = "",
               site: str = "邶州市人民政府") -> str:
        content = "".join(plain_para(p, False) for p in decoy_text(title, unit, year, self.rng))
        url = self.page(host, folder or f"/bmxx/{unit_key}/", title, date, unit, content, site)
        self.decoy(SITE, url, title)
        return url

    def file(self, unit_key: str, doc: ReportDoc, ext: str) -> str:
        date = (doc.published_date or "").replace("-", "")
        path = f"/bmxx/{unit_key}/files/{date}{self.rng.randint(1000, 9999)}.{ext}"
        if ext == "pdf":
            url = self.put_pdf(WWW, path, doc)
            self.report(SITE, url, doc, media_type=PDF)
        else:
            url = self.put(WWW, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
            self.report(SITE, url, doc, media_type=OFD)
        return url

    def education(self) -> str:
        site, unit, folder = "邶州市教育局", "邶州市教育局", "/xxgk/ndbg/"
        rows = [
            (self.article("", make_doc(self.rng, unit, 2024, "2025-01-22",
                                       title="邶州市教育局2024年政府信息公开工作年度报告"),
                          unit, JYJ, folder, site), "邶州市教育局2024年政府信息公开工作年度报告", "2025-01-22"),
            (self.notice("", "邶州市教育局2024年度部门预算", 2024, "2024-02-06", unit, JYJ, folder, site),
             "邶州市教育局2024年度部门预算", "2024-02-06"),
            (self.article("", make_doc(self.rng, unit, 2023, "2024-01-23",
                                       title="市教育局2023年政府信息公开工作年度报告"),
                          unit, JYJ, folder, site), "市教育局2023年政府信息公开工作年度报告", "2024-01-23"),
            (self.article("", make_doc(self.rng, unit, 2022, "2023-01-29",
                                       title="市教育局2022年政府信息公开工作年度报告"),
                          unit, JYJ, folder, site), "市教育局2022年政府信息公开工作年度报告", "2023-01-29"),
        ]
        per = 2
        for k in range(0, len(rows), per):
            n = k // per
            body = "".join(f'<tr><td class="t"><a href="{u.split(JYJ + folder, 1)[1]}" target="_blank">{escape(t)}</a>'
                           f'</td><td class="d">{d}</td></tr>' for u, t, d in rows[k:k + per])
            nav = ('<a href="index.html">上一页</a>' if n == 1 else "") + (
                f'<a href="index_{n + 1}.html">下一页</a>' if k + per < len(rows) else "")
            inner = (f'<div class="jy-pos">当前位置：首页 &gt; 信息公开 &gt; 年度报告</div><table class="jy-list" '
                     f'width="100%">{body}</table><div class="jy-page">共{len(rows)}条 {nav}</div>')
            self.put(JYJ, folder + ("index.html" if n == 0 else f"index_{n}.html"),
                     frame(f"年度报告_{site}", inner, site, JYJ))
        return f"http://{JYJ}{folder}"

    def hub(self, units: list[tuple[str, list[tuple[str, str]]]], towns: list[tuple[str, str, str, str]],
            notice: str) -> str:
        blocks = "".join(
            f'<div class="bm-unit"><h4>{escape(name)}</h4><p>'
            + " ".join(f'<a href="{u.replace("http://" + WWW, "")}" target="_blank">{escape(t)}</a>' for t, u in links)
            + "</p></div>" for name, links in units)
        areas = "".join(f'<area shape="poly" coords="{c}" href="{u.replace("http://" + WWW, "")}" target="_blank" '
                        f'alt="{escape(n)}" title="{escape(t)}">' for n, t, c, u in towns)
        inner = (
            '<div class="bz-pos">当前位置：首页 &gt; 政务公开 &gt; 部门年报</div><div class="bz-hub"><h2>部门政府信'
            '息公开'
            f'工作年度报告</h2><p class="bz-count">本专栏共收录 {len(units) + len(towns)} 个单位（市直部门'
            f' {len(units)} '
            f'个、镇街 {len(towns)} 个）</p><h3>市直部门</h3>{blocks}<h3>镇（街道）</h3><p class="tip">点击地图中的镇'
            '（街道）查看其年度报告</p><img src="/images/bz_map.png" usemap="#bzmap" width="360" height="220" alt="'
            '邶州市'
            f'行政区划图"><map name="bzmap" id="bzmap">{areas}</map><div class="bz-tz"><h3>通知公告</h3><a href="'
            f'{notice.replace("http://" + WWW, "")}">关于报送2024年度政府信息公开工作年度报告的函</a></div></div>'
        )
        return frame("部门年报_邶州市人民政府", inner, head='<meta name="ColumnName" content="部门年报">')


PORTALS = [HubBeizhou]
