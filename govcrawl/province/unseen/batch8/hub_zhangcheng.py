"""璋城市 (www.zhangcheng.gov.test): a city's 部门年报 page of department cards, each card linking
that department's 年报 column on its sub-host, its report, or its file.

``/xxgk/bmnb/index.html`` (family ``hub``) and ``index_2.html`` are grids of ``div.bm-card`` blocks:
the department named the short way in ``<h5>`` (市发展改革委 — the agency is 璋城市发展和改革委员会),
then links worded "年报栏目", "2024年报" or "2024年度（PDF）".  The pager is text: "第 1 页 / 共 2 页，
部门 7 个" with a 下一页 link (portals.md §7: 部门年报 pages linking departments' own lists on their
sub-hosts).  Targets: the 发改委's column on ``fgw.`` (a ``<ul>`` with "共3条"), whose reports are
titled only "2024年度报告" (the unit is named by the sub-site's header, ``SiteName`` and the footer's
主办单位); the 交通运输局's column on ``jtj.`` ("…年度政府信息公开工作年度报告" with the unit's name);
the 教育局's PDF on ``jyj.`` linked straight from the card; the 司法局's page on ``sfj.`` whose report
is an OFD in a 附件 line; the 卫健委's page on the city host; the 统计局's page on ``tjj.``.  Decoys:
the 发改委's 部门决算, the 司法局's 法治政府建设年度报告 (its own card link), the 统计局's 统计年报.
"""

from __future__ import annotations

import dataclasses
import random
from html import escape

from govcrawl.province.unseen.kit import (
    OFD,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

WWW = "www.zhangcheng.gov.test"
SITE = "zhangcheng-bmnb"
CITY = "璋城市"
PER_PAGE = 4


def frame(site: str, title: str, inner: str, metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{site}">{metas}'
        f'<title>{escape(title)} - {site}</title></head><body><div class="zc-head"><h1 class="zc-site">{site}</h1>'
        '<div class="zc-nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/hdjl/">互动交流</a></div></div>'
        f'<div class="zc-wrap">{inner}</div><div class="zc-foot">主办单位：{site}　地址：璋城市政务中心　'
        "网站标识码：9842300011　未ICP备20004411号</div></body></html>"
    )


def article_html(site: str, title: str, date: str, content: str) -> str:
    inner = (
        f'<div class="zc-pos">当前位置：首页 &gt; 信息公开 &gt; 政府信息公开年报</div><div class="zc-art">'
        f'<h2>{escape(title)}</h2><p class="zc-meta">发布时间：{date}　浏览：<span id="hits"></span></p>'
        f'<div class="zc-content">{content}</div></div>'
    )
    return frame(site, title, inner, f'<meta name="ArticleTitle" content="{escape(title)}">')


class HubZhangcheng(UnseenPortal):
    hosts = (
        WWW,
        "fgw.zhangcheng.gov.test",
        "jtj.zhangcheng.gov.test",
        "jyj.zhangcheng.gov.test",
        "sfj.zhangcheng.gov.test",
        "tjj.zhangcheng.gov.test",
    )
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.seq = 41_000
        cards = [
            (
                "市发展改革委",
                self.column(
                    "fgw",
                    "璋城市发展和改革委员会",
                    [(2024, "2024年度报告"), (2023, "2023年度报告")],
                    "璋城市发展和改革委员会2024年度部门决算",
                ),
            ),
            (
                "市交通运输局",
                self.column(
                    "jtj",
                    "璋城市交通运输局",
                    [(year, f"璋城市交通运输局{year}年度政府信息公开工作年度报告") for year in (2024, 2023, 2022)],
                    None,
                ),
            ),
            ("市教育局", [("2024年度（PDF）", self.pdf("jyj", "璋城市教育局", 2024))]),
            (
                "市司法局",
                [
                    ("2024年报", self.ofd_page("sfj", "璋城市司法局", 2024)),
                    (
                        "法治政府建设年度报告",
                        self.notice("sfj", "璋城市司法局", "璋城市司法局2024年法治政府建设年度报告"),
                    ),
                ],
            ),
            ("市卫生健康委", [("2024年报", self.page(WWW, "璋城市人民政府", "璋城市卫生健康委员会", 2024))]),
            (
                "市统计局",
                [
                    ("2024年报", self.page("tjj.zhangcheng.gov.test", "璋城市统计局", "璋城市统计局", 2024)),
                    ("统计年报", self.notice("tjj", "璋城市统计局", "璋城市2024年国民经济和社会发展统计年报")),
                ],
            ),
            ("市应急管理局", []),  # a card whose department has published nothing yet
        ]
        pages = -(-len(cards) // PER_PAGE)
        for index in range(pages):
            part = cards[index * PER_PAGE : (index + 1) * PER_PAGE]
            grid = "".join(
                f'<div class="bm-card"><h5>{name}</h5><p>'
                + (" ".join(f'<a href="{u}" target="_blank">{text}</a>' for text, u in links) or "暂无")
                + "</p></div>"
                for name, links in part
            )
            nxt = f' <a href="index_{index + 2}.html">下一页</a>' if index + 1 < pages else ""
            prev = f' <a href="{"index.html" if index == 1 else f"index_{index}.html"}">上一页</a>' if index else ""
            inner = (
                '<div class="zc-pos">当前位置：首页 &gt; 信息公开 &gt; 部门年报</div><div class="bm-grid">'
                f'{grid}</div><div class="zc-pager">第 {index + 1} 页 / 共 {pages} 页，部门 {len(cards)} 个'
                f"{prev}{nxt}</div>"
            )
            name = "index.html" if index == 0 else f"index_{index + 1}.html"
            self.put(WWW, "/xxgk/bmnb/" + name, frame("璋城市人民政府", "部门政府信息公开年报", inner))

    def doc(self, agency: str, year: int, title: str | None = None) -> ReportDoc:
        doc = make_doc(self.rng, agency, year, f"{year + 1}-01-{self.rng.randint(10, 31)}", title=title)
        return dataclasses.replace(doc, agency_name=agency)

    def path(self, date: str, ext: str = "html") -> str:
        self.seq += self.rng.randint(3, 90)
        return f"/xxgk/nb/{date[:4]}{date[5:7]}/{self.seq}.{ext}"

    @staticmethod
    def content(doc: ReportDoc) -> str:
        return body_html(doc, plain_para, plain_cell, '<table class="MsoTableGrid" border="1" cellspacing="0">')

    def column(self, sub: str, agency: str, reports: list[tuple[int, str]], decoy: str | None) -> list[tuple[str, str]]:
        host = f"{sub}.zhangcheng.gov.test"
        items = []
        for year, title in reports:
            doc = self.doc(agency, year, title)
            date = doc.published_date or ""
            url = self.put(host, self.path(date), article_html(agency, title, date, self.content(doc)))
            self.report(SITE, url, doc)
            items.append((url, title, date))
        if decoy:
            url = self.notice(sub, agency, decoy)
            items.insert(0, (url, decoy, "2025-03-01"))
        lis = "".join(f'<li><span>{d}</span><a href="{u}">{escape(t)}</a></li>' for u, t, d in items)
        inner = (
            '<div class="zc-pos">当前位置：首页 &gt; 信息公开 &gt; 政府信息公开年报</div>'
            f'<ul class="zc-list">{lis}</ul><div class="zc-pager">共{len(items)}条</div>'
        )
        return [("年报栏目", self.put(host, "/xxgk/nb/index.html", frame(agency, "政府信息公开年报", inner)))]

    def pdf(self, sub: str, agency: str, year: int) -> str:
        doc = self.doc(agency, year)
        url = self.put_pdf(
            f"{sub}.zhangcheng.gov.test", f"/u/cms/www/{year + 1}01/{self.rng.randint(10**7, 10**8)}.pdf", doc
        )
        self.report(SITE, url, doc, media_type=PDF)
        return url

    def ofd_page(self, sub: str, agency: str, year: int) -> str:
        doc = self.doc(agency, year)
        host, date = f"{sub}.zhangcheng.gov.test", doc.published_date or ""
        file_url = self.put(host, self.path(date, "ofd"), render_ofd(doc, random.Random(self.rng.random())), OFD)
        content = (
            f"<p>　　{escape(doc.title)}已编制完成，全文见附件。</p>"
            f'<p>附件：<a href="{file_url}">{escape(doc.title)}.ofd</a></p>'
        )
        url = self.put(host, self.path(date), article_html(agency, doc.title, date, content))
        self.report(SITE, url, doc, media_type=OFD, report_url=file_url)
        return url

    def page(self, host: str, site: str, agency: str, year: int) -> str:
        doc = self.doc(agency, year)
        date = doc.published_date or ""
        url = self.put(host, self.path(date), article_html(site, doc.title, date, self.content(doc)))
        self.report(SITE, url, doc)
        return url

    def notice(self, sub: str, agency: str, title: str) -> str:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, agency, year, self.rng))
        url = self.put(
            f"{sub}.zhangcheng.gov.test",
            self.path(f"{year + 1}-03-01"),
            article_html(agency, title, f"{year + 1}-03-01", content),
        )
        self.decoy(SITE, url, title)
        return url


PORTALS = [HubZhangcheng]
