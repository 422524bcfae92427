"""邗州市 (www.hanzhou.gov.test and departments' sub-hosts): a city 部门年报 page of HTML5
``<details>`` boxes, one per unit, one of whose departments sits behind a 瑞数 WAF.

``/zfxxgk/bmndbg/index.html`` (family ``hub``) says "本栏目共收录 8 个单位" and holds one ``<details
class="unit">`` per unit — ``<summary>`` is the unit's short name (市教育局, 市卫生健康委, 瓜洲镇) — in
two ``<section>``s (市直部门, 乡镇（街道）).  Inside each, links whose text is only "2024年度报告",
"2024年度（PDF）", "2024年度（Word）" or "进入年报栏目" (portals.md §7) lead: to report pages on the city
host (titled "市教育局2024年…", or only "2024年度政府信息公开工作年度报告" for the 退役军人事务局, whose
page names the unit in ``ContentSource`` and the 发布单位 line), straight to a PDF (卫生健康委) or a
.docx (住建局), or to the unit's own 年报 list on its sub-host: the 财政局's
``czj.hanzhou.gov.test/xxgk/ndbg/index.html`` (a table 序号 | 标题 | 日期 under "共4条") and the 生态环境局's
``sthjj.hanzhou.gov.test/gkml/nb/index.html``.

The 生态环境局's sub-host is behind a 瑞数-style WAF (portals.md §4.1): every request without the
cookie its script would set answers **412** with ``<meta … r='m'>``, an inline ``$_ts`` script and a
``…80S`` cookie.  Its two reports (2023, 2024) are in the ground truth and cannot be harvested by a
crawler that (rightly) does not solve the challenge: an honest shortfall the crawl must state.

Decoys: the 财政局's 部门决算 in its list, the 统计局's "2024年统计年报" link beside its report, and a
相关链接 line to the city's 政府网站工作年度报表.
"""

from __future__ import annotations

import hashlib
import random
from html import escape

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
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

WWW = "www.hanzhou.gov.test"
CZJ = "czj.hanzhou.gov.test"
STHJJ = "sthjj.hanzhou.gov.test"
SITE = "hanzhou-bmnb"
OWNER = "邗州市人民政府"
HUB = "/zfxxgk/bmndbg/"
WAF_COOKIE = "HZsthjjW80T"


def frame(title: str, inner: str, site: str = "邗州市人民政府", metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{site}">{metas}'
        f'<title>{escape(title)}--{site}</title></head><body><div class="hz-top"><span>{site}</span>'
        '<a href="javascript:;">无障碍浏览</a><a href="javascrip'
        't:;">适老模式</a><a href="/sitemap.html">网站地图</a></div>'
        f'<div class="hz-main">{inner}</div><div class="hz-foot">主办单位：{site}　网站标识码：9846000001　'
        '未ICP备08002461号　您是第<span id="count">1034872</span>位访问者</div></body></html>'
    )


def waf_value() -> str:
    return "4" + hashlib.sha256(STHJJ.encode()).hexdigest()[:40]


class HubHanzhou(UnseenPortal):
    hosts = (WWW, CZJ)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 8_220_100
        self.units: dict[str, list[str]] = {}
        self.order: list[tuple[str, str]] = []  # (section, unit)
        self.czj_rows: list[tuple[str, str, str]] = []
        self.related = ""
        # 市直部门
        self.unit("bm", "市财政局", ['<a href="http://czj.hanzhou.gov.test/xxgk/ndbg/index.html">进入年报栏目</a>'])
        czj = "邗州市财政局"
        for year, date in ((2022, "2023-01-19"), (2023, "2024-01-24"), (2024, "2025-01-21")):
            doc = make_doc(rng, czj, year, date, title=f"{czj}{year}年度政府信息公开工作年度报告")
            self.czj_page(doc)
        self.czj_decoy("邗州市财政局2023年度部门决算", "2024-08-26")
        self.page(
            "bm",
            "市教育局",
            "jyj",
            make_doc(rng, "邗州市教育局", 2024, "2025-01-22", title="市教育局2024年政府信息公开工作年度报告"),
            "邗州市教育局",
        )
        self.page(
            "bm",
            "市教育局",
            "jyj",
            make_doc(rng, "邗州市教育局", 2023, "2024-01-26", title="市教育局2023年政府信息公开工作年度报告"),
            "邗州市教育局",
        )
        self.file("市卫生健康委", make_doc(rng, "邗州市卫生健康委员会", 2024, "2025-01-23"), PDF)
        self.file("市住房和城乡建设局", make_doc(rng, "邗州市住房和城乡建设局", 2024, "2025-01-25"), DOCX)
        self.unit("bm", "市生态环境局", [f'<a href="http://{STHJJ}/gkml/nb/index.html">进入年报栏目</a>'])
        self.page(
            "bm",
            "市退役军人事务局",
            "tyjrswj",
            make_doc(rng, "邗州市退役军人事务局", 2024, "2025-01-20", title="2024年度政府信息公开工作年度报告"),
            "邗州市退役军人事务局",
        )
        self.page("bm", "市统计局", "tjj", make_doc(rng, "邗州市统计局", 2024, "2025-01-24"), "邗州市统计局")
        self.notice("bm", "市统计局", "tjj", "邗州市2024年统计年报", "2025-03-18", "2024年统计年报")
        self.page(
            "xz",
            "瓜洲镇",
            "gzz",
            make_doc(rng, "邗州市瓜洲镇人民政府", 2024, "2025-01-16", title="瓜洲镇2024年政府信息公开工作年度报告"),
            "邗州市瓜洲镇人民政府",
        )
        self.notice("", "", "xxgk", "邗州市2024年政府网站工作年度报表", "2025-01-13", "")
        self.put(WWW, HUB + "index.html", self.hub_page())
        self.put(CZJ, "/xxgk/ndbg/index.html", self.czj_list())

    # -- building -----------------------------------------------------------------------------
    def unit(self, section: str, name: str, links: list[str]) -> None:
        if name not in self.units:
            self.units[name] = []
            self.order.append((section, name))
        self.units[name] += links

    def article_page(
        self, host: str, path_dir: str, title: str, date: str, source: str, content: str, site: str = "邗州市人民政府"
    ) -> str:
        self.docid += self.rng.randint(9, 700)
        path = f"{path_dir}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.html"
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
            f'<meta name="ContentSource" content="{escape(source)}">'
        )
        inner = (
            '<div class="hz-pos">当前位置：首页 &gt; 信息公开 &gt; 部门年'
            f'报</div><div class="hz-art"><h1>{escape(title)}'
            f'</h1><p class="hz-info">发布单位：{escape(source)}　发布日期：{date}</p><div class="hz-con">{content}'
            '</div><div class="hz-qr">扫一扫在手机打开当前页</div></div>'
        )
        return self.put(host, path, frame(title, inner, site, metas))

    def page(self, section: str, unit: str, abbr: str, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" width="600">')
        url = self.article_page(WWW, f"{HUB}{abbr}/", doc.title, doc.published_date or "", source, content)
        self.report(SITE, url, doc)
        self.unit(
            section, unit, [f'<a href="{url}" target="_blank" title="{escape(doc.title)}">{doc.year}年度报告</a>']
        )

    def file(self, unit: str, doc: ReportDoc, media: str) -> None:
        ext = "pdf" if media == PDF else "docx"
        path = f"{HUB}files/{doc.year}{self.rng.randint(10**9, 10**10 - 1)}.{ext}"
        url = self.put_pdf(WWW, path, doc) if media == PDF else self.put(WWW, path, render_docx(doc), DOCX)
        self.report(SITE, url, doc, media_type=media)
        label = "PDF" if media == PDF else "Word"
        self.unit("bm", unit, [f'<a href="{path}" target="_blank">{doc.year}年度（{label}）</a>'])

    def notice(self, section: str, unit: str, abbr: str, title: str, date: str, label: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        url = self.article_page(WWW, f"{HUB}{abbr}/", title, date, "邗州市人民政府", content)
        self.decoy(SITE, url, title)
        if unit:
            self.unit(section, unit, [f'<a href="{url}" target="_blank">{label}</a>'])
        else:
            self.related = f'<div class="hz-rel">相关链接：<a href="{url}">{escape(title)}</a></div>'

    def czj_page(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        content = body_html(doc, plain_para, plain_cell, '<table border="1">')
        url = self.article_page(CZJ, "/xxgk/ndbg/", doc.title, date, "邗州市财政局", content, "邗州市财政局")
        self.report(SITE, url, doc)
        self.czj_rows.append((url, doc.title, date))

    def czj_decoy(self, title: str, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, "邗州市财政局", 2023, self.rng))
        url = self.article_page(CZJ, "/xxgk/ndbg/", title, date, "邗州市财政局", content, "邗州市财政局")
        self.decoy(SITE, url, title)
        self.czj_rows.append((url, title, date))

    # -- pages --------------------------------------------------------------------------------
    def hub_page(self) -> str:
        def section(key: str, caption: str) -> str:
            boxes = "".join(
                f'<details class="unit"><summary>{escape(name)}</summary><div class="links">'
                + "".join(f"<span>{link}</span>" for link in self.units[name])
                + "</div></details>"
                for sec, name in self.order
                if sec == key
            )
            return f'<section class="grp"><h3>{caption}</h3>{boxes}</section>'

        inner = (
            '<div class="hz-pos">当前位置：<a href="/">首页</a> &gt'
            '; <a href="/zfxxgk/">政府信息公开</a> &gt; 部门年报</div>'
            '<div class="hz-bmnb"><h2>部门政府信息公开工作年度报告</h2'
            f'><p class="tip">本栏目共收录 {len(self.order)} 个单位'
            "，点击单位名称展开。</p>"
            + section("bm", "市直部门")
            + section("xz", "乡镇（街道）")
            + self.related
            + "</div>"
        )
        return frame("部门年报", inner, metas='<meta name="ColumnName" content="部门年报">')

    def czj_list(self) -> str:
        rows = "".join(
            f'<tr><td>{i}</td><td class="bt"><a href="{u}" target="_blank">{escape(t)}</a></td><td>{d}</td></tr>'
            for i, (u, t, d) in enumerate(sorted(self.czj_rows, key=lambda r: r[2], reverse=True), start=1)
        )
        inner = (
            '<div class="hz-pos">当前位置：首页 &gt; 信息公开 &gt; 年度'
            '报告</div><table class="czj-tb"><tr><th>序号</th>'
            f'<th>标题</th><th>日期</th></tr>{rows}</table><div class="czj-page">共{len(self.czj_rows)}条 1/1页</div>'
        )
        return frame(
            "政府信息公开年度报告", inner, "邗州市财政局", '<meta name="ColumnName" content="政府信息公开年度报告">'
        )


class HubHanzhouSthjj(UnseenPortal):
    """The 生态环境局's sub-host behind the 瑞数-style WAF (its reports count for ``hanzhou-bmnb``)."""

    hosts = (STHJJ,)
    site_ids = ()
    browser_cookie = f"{WAF_COOKIE}={waf_value()}"

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        unit = "邗州市生态环境局"
        rows = []
        docid = 2_410_000
        for year, date in ((2023, "2024-01-23"), (2024, "2025-01-22")):
            doc = make_doc(rng, unit, year, date)
            docid += rng.randint(10, 999)
            path = f"/gkml/nb/{date[:7].replace('-', '')}/t{date.replace('-', '')}_{docid}.html"
            content = body_html(doc, plain_para, plain_cell, '<table border="1" class="bg">')
            inner = (
                f'<div class="art"><h1>{escape(doc.title)}</h1><p>发布日期：{date}　来源：{unit}</p>'
                f'<div class="TRS_Editor">{content}</div></div>'
            )
            url = self.put(STHJJ, path, frame(doc.title, inner, unit))
            self.report(SITE, url, doc)
            rows.append(f'<li><a href="{path}">{escape(doc.title)}</a><span>{date}</span></li>')
        self.put(
            STHJJ,
            "/gkml/nb/index.html",
            frame("年度报告", f'<ul class="nb">{"".join(reversed(rows))}</ul><div>共{len(rows)}条</div>', unit),
        )

    def handle(self, request: Request) -> Response:
        if request.path != "/robots.txt" and self.browser_cookie not in request.headers.get("cookie", ""):
            token = hashlib.md5(request.path.encode()).hexdigest() * 4
            body = (
                f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                f'<meta id="9DhefwqGPrzGxEp9hPaoag" content="{token}" r=\'m\'><script type="text/javascript" '
                "r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=48213;$_ts.cd=\"qqrcrrAlDGVZxqqqqqL\";"
                '</script><script type="text/javascript" charset="utf-8" src="/Wq1ReF7Cb3Fs/c.FxJzG50F.dfe1675.js" '
                "r='m'></script></head><body></body></html>"
            )
            return Response(
                412, body.encode(), "text/html", {"Set-Cookie": f"HZsthjjW80S={token[:64]}; path=/; HttpOnly"}
            )
        return super().handle(request)


PORTALS = [HubHanzhou, HubHanzhouSthjj]
