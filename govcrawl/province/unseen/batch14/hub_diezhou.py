"""渫州市 (www.diezhou.gov.test, jyj.diezhou.gov.test, zrzyj.diezhou.gov.test): a city 部门年报 page
grouped by year whose links name only the unit, and whose links to departments' own sub-hosts go
through the portal's 外链 interstitial (``/link.html?url=…``, "您即将离开本站") — one of those sub-hosts'
lists answers 502 every time (a deliberate shortfall).

``/zwgk/bmnb/index.html`` (family ``hub``) says "本页共收录 7 个部门（单位）" and holds one ``<div
class="nb-year">`` per year: ``<h3>2024年度</h3>`` then ``<p>`` of links separated by "｜" whose text is
only the unit's short name (市财政局, 市公安局, 渫口镇 …).  They lead to report pages on the city host
(``/bmxx/<unit>/YYYYMM/t<date>_<n>.html``, the unit in the page's 发布机构 line), straight to a PDF
(公安局) or a .docx (医疗保障局).  A last block "部门年报专栏" links the 教育局 and 自然资源局 columns, each
through ``/link.html?url=<percent-encoded URL>``: a 200 page "您访问的链接即将离开渫州市人民政府门户网站" with
a ``继续访问`` link and a ``setTimeout`` redirect script.  The 教育局's ``http://jyj.diezhou.gov.test/xxgk/
nb/`` is one ``<table class="nb">`` page (2 reports and its 2024年度部门预算).

**Shortfall (deliberate):** ``http://zrzyj.diezhou.gov.test/gk/nb/index.html`` answers **502 Bad Gateway**
(an nginx error page) on every request; the 自然资源局's 2023 and 2024 reports, whose pages are
served at ``/gk/nb/YYYYMM/t<date>_<n>.html`` on that host, are linked from nowhere else — 2 reports of
the 10 cannot be harvested.

Reports (10): 渫州市财政局 2023–2024, 渫州市公安局 2024 (PDF), 渫州市审计局 2023 (titled only "2023年度
政府信息公开工作年度报告"), 渫州市渫口镇人民政府 2024 ("渫口镇2024年…"), 渫州市医疗保障局 2024 (.docx),
渫州市教育局 2023–2024 ("市教育局…"), 渫州市自然资源局 2023–2024 (unreachable).  Decoys (3): the hub's
关于报送…年度报告的函, the 财政局's "2023年度决算" link in the 2023 block, the 教育局's 部门预算.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
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

WWW = "www.diezhou.gov.test"
JYJ = "jyj.diezhou.gov.test"
ZRZYJ = "zrzyj.diezhou.gov.test"
SITE = "diezhou-bmnb"
HUB = "/zwgk/bmnb/"
BAD_GATEWAY = (b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1>"
               b"</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")


def frame(title: str, inner: str, site: str = "渫州市人民政府") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{site}">'
        f'<title>{escape(title)}'
        f' - {site}</title></head><body><div class="dz-head"><div class="dz-logo">{site}</div><div class="dz-link"><a '
        'href="javascript:;">适老化</a> <a href="javascript:;">无障碍</a> <a href="http://www.diezhou.gov.test/">渫州市'
        '人民政府</a></div></div><div class="dz-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">'
        f'互动交流</a></div><div class="dz-main">{inner}</div><div class="dz-foot">{site}主办　网站标识码：9864300007'
        "　未ICP备10022186号</div></body></html>"
    )


class HubDiezhou(UnseenPortal):
    hosts = (WWW, JYJ, ZRZYJ)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.n = 90_300
        years: dict[int, list[tuple[str, str]]] = {2024: [], 2023: []}
        for year, date in ((2024, "2025-01-23"), (2023, "2024-01-25")):
            url = self.article(WWW, "/bmxx/czj/", make_doc(rng, "渫州市财政局", year, date), "渫州市财政局")
            years[year].append((url, "市财政局"))
        url = self.notice(WWW, "/bmxx/czj/", "渫州市财政局2023年度决算", 2023, "2024-08-30", "渫州市财政局")
        years[2023].append((url, "市财政局（决算）"))
        doc = make_doc(rng, "渫州市公安局", 2024, "2025-01-21")
        path = f"/bmxx/gaj/files/{self.rng.randint(10**9, 10**10 - 1)}.pdf"
        self.report(SITE, self.put_pdf(WWW, path, doc), doc, media_type=PDF)
        years[2024].append((f"http://{WWW}{path}", "市公安局"))
        doc = make_doc(rng, "渫州市审计局", 2023, "2024-01-19", title="2023年度政府信息公开工作年度报告")
        years[2023].append((self.article(WWW, "/bmxx/sjj/", doc, "渫州市审计局"), "市审计局"))
        doc = make_doc(rng, "渫州市渫口镇人民政府", 2024, "2025-01-16", title="渫口镇2024年政府信息公开工作年度报告")
        years[2024].append((self.article(WWW, "/bmxx/xkz/", doc, "渫口镇人民政府"), "渫口镇"))
        doc = make_doc(rng, "渫州市医疗保障局", 2024, "2025-01-22")
        path = f"/bmxx/ybj/files/{self.rng.randint(10**9, 10**10 - 1)}.docx"
        self.report(SITE, self.put(WWW, path, render_docx(doc), DOCX), doc, media_type=DOCX)
        years[2024].append((f"http://{WWW}{path}", "市医疗保障局"))
        # 教育局: its own one-page list on its sub-host
        rows = []
        for year, date in ((2024, "2025-01-20"), (2023, "2024-01-23")):
            doc = make_doc(rng, "渫州市教育局", year, date, title=f"市教育局{year}年政府信息公开工作年度报告")
            rows.append((self.article(JYJ, "/xxgk/nb/", doc, "渫州市教育局"), doc.title, date))
        title = "渫州市教育局2024年度部门预算"
        rows.insert(1, (self.notice(JYJ, "/xxgk/nb/", title, 2024, "2024-02-08", "渫州市教育局"), title, "2024-02-08"))
        trs = "".join(f'<tr><td><a href="{u.split(JYJ, 1)[1]}" target="_blank">{escape(t)}</a></td><td>{d}</td></tr>'
                      for u, t, d in rows)
        self.put(JYJ, "/xxgk/nb/index.html", frame("年度报告", f'<h2>政府信息公开年度报告</h2><table class="nb">{trs}'
                                                            '</table>', "渫州市教育局"))
        # 自然资源局: pages served, list 502
        for year, date in ((2024, "2025-01-24"), (2023, "2024-01-26")):
            self.article(ZRZYJ, "/gk/nb/", make_doc(rng, "渫州市自然资源局", year, date), "渫州市自然资源局")
        self.route(ZRZYJ, "/gk/nb/index.html", lambda r: Response(502, BAD_GATEWAY, "text/html"))
        self.route(ZRZYJ, "/gk/nb/", lambda r: Response(502, BAD_GATEWAY, "text/html"))
        self.route(WWW, "/link.html", self.interstitial)
        letter = self.notice(WWW, "/zwgk/tzgg/", "关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-19",
                             "渫州市人民政府办公室")
        blocks = "".join(
            f'<div class="nb-year"><h3>{y}年度</h3><p>'
            + "｜".join(f'<a href="{u.split(WWW, 1)[1] if WWW in u else u}" target="_blank">{escape(t)}</a>'
                        for u, t in links) + "</p></div>" for y, links in years.items()
        )
        columns = "｜".join(f'<a href="/link.html?url={quote(u, safe="")}" target="_blank">{t}</a>' for u, t in (
            (f"http://{JYJ}/xxgk/nb/", "市教育局"), (f"http://{ZRZYJ}/gk/nb/index.html", "市自然资源局")))
        inner = (
            '<div class="dz-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 部门政府信息公'
            '开年报'
            '</div><p class="dz-tip">本页共收录 7 个部门（单位）</p>'
            f'{blocks}<div class="nb-year"><h3>部门年报专栏</h3><p>{columns}</p></div><div class="dz-notice"><h4>通知公'
            f'告'
            f'</h4><a href="{letter.split(WWW, 1)[1]}">关于报送2024年度政府信息公开工作年度报告的函</a></div>'
        )
        self.put(WWW, HUB + "index.html", frame("部门政府信息公开年报", inner))

    def interstitial(self, request: Request) -> Response:
        target = request.param("url")
        page = frame("提示", f'<div class="dz-leave"><p>您访问的链接即将离开渫州市人民政府门户网站，是否继续？</p><p><a'
                           f' href="'
                     f'{escape(target)}">继续访问</a>　<a href="javascript:history.back()">放弃</a></p></div><script>'
                     f'setTimeout(function(){{location.href="{escape(target)}";}}, 5000);</script>')
        return Response(200, page.encode())

    def page(self, host: str, folder: str, title: str, date: str, unit: str, content: str) -> str:
        self.n += self.rng.randint(4, 70)
        path = f"{folder}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.n}.html"
        inner = (f'<div class="dz-art"><h1>{escape(title)}</h1><div class="dz-info">发布机构：{escape(unit)}　发布日期'
                 f'：'
                 f'{date}</div><div class="dz-text">{content}</div></div>')
        return self.put(host, path, frame(title, inner, "渫州市人民政府" if host == WWW else unit))

    def article(self, host: str, folder: str, doc: ReportDoc, unit: str) -> str:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        url = self.page(host, folder, doc.title, doc.published_date or "", unit, content)
        self.report(SITE, url, doc)
        return url

    def notice(self, host: str, folder: str, title: str, year: int, date: str, unit: str) -> str:
        content = "".join(plain_para(p, False) for p in decoy_text(title, unit, year, self.rng))
        url = self.page(host, folder, title, date, unit, content)
        self.decoy(SITE, url, title)
        return url


PORTALS = [HubDiezhou]
