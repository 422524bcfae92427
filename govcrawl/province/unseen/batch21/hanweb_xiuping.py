"""岫坪县 (www.xiuping.gov.test): a Hanweb (大汉 JCMS) county column whose ``<datastore>`` holds *every*
record — ``totalrecord`` 12, ``rsperpage`` 5, an empty ``<nextgroup>`` — so the jpage widget pages it in
the browser (no data proxy call at all), whose records are table rows with a 发布机构 cell, and whose
files are linked from articles as ``/attach/0/<hex>.pdf`` / ``.ofd``.

``/col/col2361/index.html``: ``<div id="2361"><script type="text/xml"><datastore><column>2361</column>
<totalrecord>12</totalrecord><totalpage>3</totalpage><rsperpage>5</rsperpage><nextgroup><![CDATA[]]>
</nextgroup><recordset><record><![CDATA[<tr><td class="bt"><a href="/art/2025/1/20/art_2361_<id>.html"
…>…</a></td><td>发布机构</td><td>2025-01-20</td></tr>]]></record>…`` and the ``jpage`` init with
``perPage:'5'``.  Articles: ``/art/YYYY/M/D/art_2361_<id>.html`` (month and day unpadded), body in
``<div id="zoom">``, a 信息来源 line.  The 2021 county report is a PDF of page scans (images only),
the 2023 one a PDF; the 农业农村局's is an OFD.

Reports (9): 岫坪县人民政府 2020–2024 (2021 an image-only scan; 2023 a PDF), 岫坪县教育体育局 2024, 岫坪县农业
农村局 2024 (OFD), 岫坪县城关镇人民政府 2023, 2024.  Decoys (3): 岫坪县2024年政务公开工作要点, 岫坪县人民政府办公室
关于做好2024年度政府信息公开工作年度报告编制发布工作的函, 岫坪县2023年国民经济和社会发展统计公报.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch21._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.xiuping.gov.test"
SITE = "xiuping-gov"
OWNER = "岫坪县人民政府"
COL = 2361
PER = 5


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta '
        f'name="SiteName" content="岫坪县人民政府"><meta name="ColumnName" content="政府信息公开年报"><title>'
        f'{esc(title)}</title><script src="/script/jquery.min.js"></script><script '
        f'src="/module/jslib/jquery/jpage/jquery.jpage.js"></script></head><body><div class="sp-top">'
        f'欢迎访问岫坪县人民政府门户网站 <a href="/col/col2301/index.html">无障碍浏览</a> <a '
        f'href="/col/col2302/index.html">长者模式</a></div><div class="sp-head"><img src="/images/sp_logo.png" '
        f'alt="岫坪县人民政府"></div><div class="sp-nav"><a href="/">首页</a><a href="/col/col2310/index.html">政务公开'
        f'</a><a href="/col/col2320/index.html">政务服务</a><a href="/col/col2330/index.html">政民互动</a></div>{inner}'
        f'<div class="sp-foot">岫坪县人民政府办公室 主办　网站标识码：9871030001　技术支持：大汉网络</div>'
        f'</body></html>'
    )


class HanwebXiuping(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 162_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.records: list[tuple[str, str, str, str]] = []  # (date, url, title, unit)
        office = "岫坪县人民政府办公室"
        for year, day in ((2020, 20), (2022, 25), (2024, 21)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"岫坪县{year}年政府信息公开工作年度报告")
            self.article(doc, office)
        for year, date, kind in ((2021, "2022-01-27", "scan"), (2023, "2024-01-24", "pdf")):
            self.file(self.doc(OWNER, year, date, f"岫坪县{year}年政府信息公开工作年度报告"), kind, office)
        for unit, date, kind, word in (("岫坪县教育体育局", "2025-01-16", "html", "年"),
                                       ("岫坪县农业农村局", "2025-01-22", "ofd", "年度")):
            doc = self.doc(unit, 2024, date, f"{unit}2024{word}政府信息公开工作年度报告")
            if kind == "html":
                self.article(doc, unit)
            else:
                self.file(doc, kind, unit)
        for year, date in ((2023, "2024-01-12"), (2024, "2025-01-14")):
            doc = self.doc("岫坪县城关镇人民政府", year, date, f"城关镇{year}年政府信息公开工作年度报告")
            self.article(doc, "城关镇")
        for title, year, date in (("岫坪县2024年政务公开工作要点", 2024, "2024-04-02"),
                                  ("岫坪县人民政府办公室关于做好2024年度政府信息公开工作年度报告编制发布工作的函", 2024,
                                   "2024-12-10"),
                                  ("岫坪县2023年国民经济和社会发展统计公报", 2023, "2024-03-29")):
            url = self.page(title, date, "岫坪县人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.records.sort(reverse=True)
        self.put(HOST, f"/col/col{COL}/index.html", self.column())

    def page(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COL}_{self.next_id()}.html"
        inner = (f'<div class="sp-pos">您的位置：<a href="/">首页</a> &gt; <a href="/col/col2310/index.html">政务公开'
                 f'</a> &gt; <a href="/col/col{COL}/index.html">政府信息公开年报</a></div><div class="sp-art"><div '
                 f'class="sp-title">{esc(title)}</div><div class="sp-info">信息来源：{esc(unit)}　发布日期：'
                 f'{date}　浏览次数：<script src="/module/visitcount/articlehits.jsp?colid={COL}"></script></div><div '
                 f'id="zoom">{content}</div>{after}</div>')
        url = self.put(HOST, path, frame(title, inner))
        self.records.append((date, path, title, unit))
        return url

    def article(self, doc: ReportDoc, unit: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", unit, self.body(doc)), doc)

    def file(self, doc: ReportDoc, kind: str, unit: str) -> None:
        ext = "ofd" if kind == "ofd" else "pdf"
        path = f"/attach/0/{self.rng.randrange(16**32):032x}.{ext}"
        after = (f'<div class="sp-fj">附件下载：<a href="{path}" target="_blank">{esc(doc.title)}.{ext}</a></div>')
        lead = f"<p>{esc(doc.title)}全文请下载附件查看。</p>"
        url = self.page(doc.title, doc.published_date or "", unit, lead, after)
        file = self.attach(HOST, path, doc, kind)
        self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=file,
                    flags=("image_only",) if kind == "scan" else ())

    def column(self) -> str:
        records = "".join(f'<record><![CDATA[\n<tr><td class="bt"><a href="{u}" target="_blank" title="{esc(t)}">'
                          f'{esc(t)}</a></td><td>{esc(unit)}</td><td>{d}</td></tr>\n]]></record>'
                          for d, u, t, unit in self.records)
        total = len(self.records)
        store = (f'<div id="{COL}"><script type="text/xml"><datastore><column>{COL}</column><totalrecord>{total}'
                 f'</totalrecord><totalpage>{-(-total // PER)}</totalpage><rsperpage>{PER}</rsperpage><nextgroup>'
                 f'<![CDATA[]]></nextgroup><recordset>{records}</recordset></datastore></script></div>')
        init = ("<script>$(document).ready(function(){ $('#" + str(COL) + "').jpage({ dataStore: dataStore, "
                "dataBefore: '<table class=\"sp-tab\" width=\"100%\"><tr><th>标题</th><th>发布机构</th>"
                "<th>发布日期</th></tr>', dataAfter: '</table>', perPage:'" + str(PER) + "', showMode:'full', "
                "pageTurnerId:'pageBar'}); });</script>")
        inner = (f'<div class="sp-pos">您的位置：<a href="/">首页</a> &gt; <a href="/col/col2310/index.html">政务公开'
                 f'</a> &gt; 政府信息公开年报</div><div class="sp-left"><a href="/col/col2362/index.html">'
                 f'政府信息公开指南</a><a href="/col/col2363/index.html">政府信息公开制度</a><a class="cur" '
                 f'href="/col/col2361/index.html">政府信息公开年报</a></div><div class="sp-right"><h2>政府信息公开年报'
                 f'</h2>{store}<div id="pageBar"></div>{init}</div>')
        return frame("岫坪县人民政府 政府信息公开年报", inner)


PORTALS = [HanwebXiuping]
