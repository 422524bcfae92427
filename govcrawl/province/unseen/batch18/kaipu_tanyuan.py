"""郯源经开区 (kfq.tanyuan.gov.test → xxgk.tanyuan.gov.test/jkq/): the 管委会 of a county's 经济开发区,
whose 信息公开 area sits on the county's 开普云 集约化 platform under a path prefix, its 年报 list a grid
of date-first cards with cut titles.

The registry gives the 开发区 site's 信息公开 page ``http://kfq.tanyuan.gov.test/xxgk/`` (a box page: 公开
指南, 公开制度, 法定主动公开内容, 政府信息公开年报 …); its 年报 box's "更多" link leads across hosts to
``http://xxgk.tanyuan.gov.test/jkq/ndbg/index.html`` (the county platform; other units have their
own prefixes there).  The list is ``<div class="kp-card">`` boxes: a date box ``<div class="kp-date">
<b>22</b><span>2025-01</span></div>`` first, then ``<a class="kp-t" title="full">`` whose text is cut at
15 characters with "…".  The pager is server-written: "共 10 条 每页 4 条 第 1/3 页", numbered links, 下一页,
尾页, over ``index.html``, ``index_2.html``, ``index_3.html`` (one-based).  Articles
``/jkq/ndbg/<YYYYMM>/<19-digit id>.html``: a 索引号 table with full-width padded labels, ``div#UCAP-
CONTENT``, ``div.info_ewm`` (扫一扫在手机打开当前页).  The 2023 report is a stub whose PDF is linked as
"附件：" after the content.

Reports (7): 郯源经济开发区管理委员会 2019–2024 (2019 under the full name, later "郯源经开区{year}年…";
2023 a PDF), 郯源经济开发区社会事务局 2024 ("经开区社会事务局2024年…").  Decoys (3): 经开区2024年度法治政府
建设年度报告, 经开区管委会2023年度部门决算, 关于做好2023年度政府信息公开工作年度报告编制发布工作的通知.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

KFQ = "kfq.tanyuan.gov.test"
XXGK = "xxgk.tanyuan.gov.test"
SITE = "tanyuan-jkq"
OWNER = "郯源经济开发区管理委员会"
ROOT = "/jkq/ndbg/"
PER = 4
CUT = 15


def frame(title: str, inner: str, head: str = "", site: str = "郯源经济开发区") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
        f'<meta name="SiteName" content="{site}"><meta name="SiteDomain" content="{KFQ}"><meta name="SiteIDCode" '
        f'content="9868060011">{head}<title>{escape(title)}</title><link rel="stylesheet" href="/css/kp-common.css">'
        '</head><body><div class="kp-topbar"><span>欢迎访问郯源经济开发区管理委员会</span><a href="javascript:;" '
        'onclick="toggleElder()">长者模式</a><a href="javascript:;" id="wza">无障碍</a><a href="javascript:;">简/繁'
        f'</a></div><div class="kp-header"><img src="/images/jkq_logo.png" alt="郯源经济开发区"></div>{inner}<div '
        'class="kp-footer"><p>主办：郯源经济开发区管理委员会党政办公室</p><p>网站标识码：9868060011　未ICP备19006624'
        '号-2'
        '</p><p>技术支持：开普云</p></div></body></html>'
    )


class KaipuTanyuan(UnseenPortal):
    hosts = (KFQ, XXGK)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 125_000
        self.rows: list[tuple[str, str, str]] = []
        dates = {2019: "2020-01-20", 2020: "2021-01-22", 2021: "2022-01-25", 2022: "2023-01-19", 2024: "2025-01-21"}
        for year, date in dates.items():
            title = (f"{OWNER}{year}年政府信息公开工作年度报告" if year == 2019 else
                     f"郯源经开区{year}年政府信息公开工作年度报告")
            self.article(self.doc(OWNER, year, date, title), "郯源经济开发区党政办公室")
        self.attached(self.doc(OWNER, 2023, "2024-01-23", "郯源经开区2023年政府信息公开工作年度报告"))
        self.article(self.doc("郯源经济开发区社会事务局", 2024, "2025-01-14",
                              "经开区社会事务局2024年政府信息公开工作年度报告"), "郯源经济开发区社会事务局")
        self.notice("郯源经开区2024年度法治政府建设年度报告", 2024, "2025-03-18")
        self.notice("郯源经开区管委会2023年度部门决算", 2023, "2024-09-02")
        self.notice("关于做好2023年度政府信息公开工作年度报告编制发布工作的通知", 2023, "2023-12-11")
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages, start=1):
            self.put(XXGK, ROOT + ("index.html" if k == 1 else f"index_{k}.html"),
                     self.list_page(chunk, k, len(pages), len(rows)))
        links = (("政府信息公开指南", f"http://{XXGK}/jkq/gkzn/index.html"),
                 ("政府信息公开制度", f"http://{XXGK}/jkq/gkzd/index.html"),
                 ("法定主动公开内容", f"http://{XXGK}/jkq/fdzdgk/index.html"),
                 ("政府信息公开年报", f"http://{XXGK}{ROOT}index.html"))
        boxes = "".join(f'<div class="kp-box"><h3>{name}</h3><a class="more" href="{href}">更多</a></div>'
                        for name, href in links)
        self.put(KFQ, "/xxgk/index.html", frame("信息公开-郯源经济开发区", '<div class="kp-nav"><a href="/">首页</a><a '
                                                'href="/xxgk/">信息公开</a><a href="/tzcj/">投资促进</a></div><div '
                                                f'class="kp-xxgk">{boxes}</div>'))

    def doc(self, agency: str, year: int, date: str, title: str) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, source: str) -> str:
        self.id += self.rng.randint(1, 50)
        snow = f"{1587000000000000000 + self.id * 7919 + self.rng.randrange(10**6)}"
        path = f"{ROOT}{date[:4]}{date[5:7]}/{snow}.html"
        inner = (
            f'<div class="kp-pos">当前位置：<a href="http://{KFQ}/">首页</a> &gt; <a href="http://{KFQ}/xxgk/">信息公'
            '开</a>'
            ' &gt; <a href="../index.html">政府信息公开年报</a></div><div class="kp-detail"><table class="kp-syh"><tr>'
            f'<td>索　引　号：</td><td>11986806MB{self.id}/{date[:4]}-{self.rng.randint(1, 99):02d}</td><td>发布机构'
            '：</td>'
            f'<td>{escape(source)}</td></tr><tr><td>生成日期：</td><td>{date}</td><td>文　　号：</td><td></td></tr><tr>'
            f'<td>名　　称：</td><td colspan="3">{escape(title)}</td></tr></table><h1>{escape(title)}</h1><div id="'
            f'UCAP-CONTENT">{content}</div><div class="info_ewm"><img src="/images/ewm_tmp.png" alt="">扫一扫在手机打开'
            '当前页</div></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 15:00">'
                f'<meta name="ContentSource" content="{escape(source)}">')
        url = self.put(XXGK, path, frame(f"{title}-郯源经济开发区", inner, head))
        self.rows.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" align="center">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, source), doc)

    def attached(self, doc: ReportDoc) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        path = f"{ROOT}{stamp[:6]}/W0{stamp}{self.rng.randrange(10**9):09d}.pdf"
        content = (f'<p>《郯源经开区2023年政府信息公开工作年度报告》已编制完成，现予公开。</p><p>附件：<a href="'
                   f'{path}" target="_blank">{escape(doc.title)}.pdf</a></p>')
        url = self.page_of(doc.title, doc.published_date or "", content, "郯源经济开发区党政办公室")
        self.put_pdf(XXGK, path, doc)
        self.report(SITE, url, doc, media_type=PDF, report_url=f"http://{XXGK}{path}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "郯源经济开发区党政办公室"), title)

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int, total: int) -> str:
        def short(t: str) -> str:
            return t if len(t) <= CUT else t[:CUT] + "…"

        cards = "".join(f'<div class="kp-card"><div class="kp-date"><b>{d[8:]}</b><span>{d[:7]}</span></div><a class="'
                        f'kp-t" href="{h}" target="_blank" title="{escape(t)}">{escape(short(t))}</a></div>'
                        for h, t, d in chunk)

        def name(j: int) -> str:
            return "index.html" if j == 1 else f"index_{j}.html"

        nums = "".join(f'<span class="cur">{j}</span>' if j == k else f'<a href="{name(j)}">{j}</a>'
                       for j in range(1, pages + 1))
        tail = f'<a href="{name(k + 1)}">下一页</a><a href="{name(pages)}">尾页</a>' if k < pages else ""
        pager = (f'<div class="kp-pager">共 {total} 条 每页 {PER} 条 第 {k}/{pages} 页 '
                 + (f'<a href="{name(1)}">首页</a><a href="{name(k - 1)}">上一页</a>' if k > 1 else "")
                 + f"{nums}{tail}</div>")
        inner = (
            f'<div class="kp-pos">当前位置：<a href="http://{KFQ}/">首页</a> &gt; <a href="http://{KFQ}/xxgk/">信息公开'
            '</a> &gt; 政府信息公开年报</div><div class="kp-main"><h2>政府信息公开年报</h2><div class="kp-grid">'
            f'{cards}'
            f'</div>{pager}</div>'
        )
        return frame("政府信息公开年报-郯源经济开发区", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [KaipuTanyuan]
