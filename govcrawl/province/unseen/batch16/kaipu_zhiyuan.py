"""泜源县 (www.zhiyuan.gov.test → zwgk.zhiyuan.gov.test): a 开普云 集约化 county whose 年报 list is a
four-column table with a page-jump ``<select>``, and whose third list page is stopped by the
platform's WZWS web firewall every time (a deliberate shortfall).

The home host's nav links 政府信息公开 to ``http://zwgk.zhiyuan.gov.test/zfxxgk/`` (portals.md §7); the
registry gives the 年报 column there, ``/zfxxgk/zfxxgknb/index.html``.  The list is a ``<table
class="kp-list">`` (序号 | 标题 | 发布机构 | 发布日期): the link's text is cut at 16 characters plus "…"
with the full title in ``title=``, units the short way in the 发布机构 cell ("县统计局").  Four rows a
page, newest first; the pager is rendered on the server: "共12条 页次：1/3 每页4条", 首页/上一页/下一页/尾页
links to 1-based ``index_2.html``, ``index_3.html`` (``index_1.html`` is 404) and a ``<select
onchange="window.location=this.value">`` whose options are the three pages.  Articles
``/zfxxgk/zfxxgknb/YYYYMM/tYYYYMMDD_<19-digit id>.html`` open with a 索引号 table (labels padded with
``&nbsp;``), then ``div.pages_content#UCAP-CONTENT`` with an inner ``div.trs_editor_view``, then
``div.info_ewm``.  The 2023 county report is a stub whose PDF is under ``/uploadfiles/202401/``
("附件：" line); the 交通运输局's 2022 report a .docx the same way.

**Shortfall (deliberate):** ``index_3.html`` — the last of the three pages the pager declares — is
answered by the WZWS firewall every time with **302** to ``/WZWSREL…?wzwschallenge=…`` (a
``wzws_cid`` cookie), whose page is only the challenge script (portals.md §4.1); a browser that ran the
script would be sent round again, the rule having gone wrong for that one URL.  Its four entries, the
oldest — the county's 2019, 2020 and 2021 reports and a 2020 统计公报 — are linked from nowhere else
(their article pages are served): the list declares 12, 8 can be reached, 3 of the 9 reports are lost.
A crawl should say it was blocked and that it fell short.

Reports (9): 泜源县人民政府 2019–2024 (2019–2020 old template), 泜源县统计局 2024 ("县统计局2024年…"),
泜源县泜阳镇人民政府 2023 ("泜阳镇2023年…"), 泜源县交通运输局 2022 ("县交通运输局2022年度…", .docx).
Decoys (3): 关于报送…年度报告的函, 2023年度政府网站工作年度报表, 2020年统计公报 (on the blocked page).
"""

from __future__ import annotations

import base64
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import DOCX, PDF, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

WWW = "www.zhiyuan.gov.test"
ZWGK = "zwgk.zhiyuan.gov.test"
SITE = "zhiyuan-gov"
OWNER = "泜源县人民政府"
ROOT = "/zfxxgk/zfxxgknb/"
PER = 4
BLOCKED = 3
CHALLENGE_PATH = "/WZWSREL" + base64.b64encode(f"{ROOT}index_{BLOCKED}.html".encode()).decode().rstrip("=")
CHALLENGE = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
             '<title></title></head><body><script type="text/javascript">var dynamicurl="' + CHALLENGE_PATH + '";'
             'var wzwschallenge="RANDOMCHALLENGE";var wzwschallengex="STRRANDOM";var template=4;var encoderchars="ABCD'
             'EFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";function KTKY2RBD9NHPBCIHV9ZMEQQDARSLVFDU('
             'str){var out,i,len;out="";len=str.length;i=0;while(i<len){out+=encoderchars.charAt(str.charCodeAt(i)'
             '>>2);i++;}return out;}function QWERTASDFGXYSF(){var tmp=wzwschallenge+wzwschallengex;var hash=0;for(var '
             'i=0;i<tmp.length;i++){hash+=tmp.charCodeAt(i);}hash*=1.9;hash+=111111;return "WZWS_CONFIRM_PREFIX_LABEL'
             '"+hash;}document.cookie="wzwsconfirm=e0bd1e0a0e07f3a5;path=/";document.cookie="wzwschallenge=-1;path=/";'
             'location.href=dynamicurl+"?wzwschallenge="+KTKY2RBD9NHPBCIHV9ZMEQQDARSLVFDU(QWERTASDFGXYSF());</script>'
             '</body></html>')


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="泜源县人民政府"><meta name="'
        'SiteDomain" content="zwgk.zhiyuan.gov.test"><meta name="SiteIDCode" content="9866040006">'
        f'{head}<title>{escape(title)}</title></head><body><div class="kp-top"><span>泜源县人民政府信息公开平台</span>'
        '<a href="http://www.zhiyuan.gov.test/">返回门户首页</a> <a href="javascript:kqNav()">无障碍</a> <a href="'
        'javascript:;">关怀模式</a></div><div class="kp-nav"><a href="/zfxxgk/">信息公开首页</a><a href="/zfxxgk/'
        'zfxxgkzn/">公开指南</a><a href="/zfxxgk/zfxxgkzd/">公开制度</a><a href="/zfxxgk/fdzdgknr/">法定主动公开内容'
        f'</a><a href="/zfxxgk/zfxxgknb/index.html">公开年报</a></div>{inner}<div class="kp-foot">泜源县人民政府办公室'
        '主办　网站标识码：9866040006　未ICP备17022406号<script id="_jiucuo_" sitecode="9866040006" src="http://pucha.'
        'kaipuyun.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


class KaipuZhiyuan(UnseenPortal):
    hosts = (WWW, ZWGK)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 65_000
        self.entries: list[tuple[str, str, str, str]] = []  # href, title, date, org
        office = ("泜源县人民政府办公室", "县政府办")
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-26"), (2021, "2022-01-27"), (2022, "2023-01-30"),
                           (2024, "2025-01-24")):
            self.article(self.doc(OWNER, year, date), *office)
        self.file(self.doc(OWNER, 2023, "2024-01-29"), "pdf", *office)
        self.article(self.doc("泜源县统计局", 2024, "2025-01-21", "县统计局2024年政府信息公开工作年度报告"),
                     "泜源县统计局", "县统计局")
        self.article(self.doc("泜源县泜阳镇人民政府", 2023, "2024-01-22", "泜阳镇2023年政府信息公开工作年度报告"),
                     "泜源县泜阳镇人民政府", "泜阳镇")
        self.file(self.doc("泜源县交通运输局", 2022, "2023-01-18", "县交通运输局2022年度政府信息公开工作年度报告"),
                  "docx",
                  "泜源县交通运输局", "县交通运输局")
        self.notice("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-25")
        self.notice("泜源县2023年度政府网站工作年度报表", 2023, "2024-01-12")
        self.notice("泜源县2020年国民经济和社会发展统计公报", 2020, "2021-03-18")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i:i + PER] for i in range(0, len(self.entries), PER)]
        for n, chunk in enumerate(chunks, start=1):
            if n == BLOCKED:
                self.route(ZWGK, f"{ROOT}index_{n}.html", self.firewall)
                continue
            self.put(ZWGK, ROOT + ("index.html" if n == 1 else f"index_{n}.html"),
                     self.list_page(chunk, n, len(chunks)))
        self.route(ZWGK, CHALLENGE_PATH, lambda r: Response(200, CHALLENGE.encode(), "text/html"))
        self.put(WWW, "/", self.home())
        self.put(ZWGK, "/zfxxgk/", frame("政府信息公开_泜源县人民政府", '<div class="kp-box"><h3><a href="/zfxxgk/'
                                          'zfxxgknb/index.html">政府信息公开年报</a></h3></div>'))

    def doc(self, agency: str, year: int, date: str, title: str | None = None) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def firewall(self, request: Request) -> Response:
        cid = f"{random.getrandbits(128):032x}"
        target = f"{CHALLENGE_PATH}?wzwschallenge=V1pXU19DT05GSVJNX1BSRUZJWF9MQUJFTDQxNjU1NjM="
        return Response(302, b"", "text/html", {"Location": target, "Set-Cookie": f"wzws_cid={cid}; path=/; HttpOnly"})

    def page_of(self, title: str, date: str, content: str, unit: str, org: str, after: str = "") -> tuple[str, str]:
        snow = str(self.rng.randint(1_700_000_000_000_000_000, 1_899_999_999_999_999_999))
        folder = f"{ROOT}{date[:7].replace('-', '')}/"
        path = f"{folder}t{date.replace('-', '')}_{snow}.html"
        nb = "&nbsp;"
        meta = (f'<table class="xxgk-meta"><tr><td>索{nb}引{nb}号：</td><td>{snow[-8:]}/{date[:4]}-'
                f'{self.rng.randint(100, 999)}</td><td>主题分类：</td><td>政务公开</td></tr><tr><td>发布机构：</td><td>'
                f'{escape(unit)}</td><td>发布日期：</td><td>{date}</td></tr><tr><td>名{nb}{nb}{nb}{nb}称：</td><td '
                f'colspan="3">{escape(title)}</td></tr></table>')
        inner = (
            f'<div class="kp-pos">当前位置：<a href="/zfxxgk/">信息公开</a> &gt; <a href="{ROOT}index.html">政府信息'
            f'公开'
            f'年报</a></div><div class="kp-art">{meta}<h1>{escape(title)}</h1><div class="pages_content" id="UCAP-'
            f'CONTENT"><div class="trs_editor_view TRS_UEDITOR trs_paper_default">{content}</div></div>{after}<div '
            'class="info_ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}"><meta '
                f'name="ContentSource" content="{escape(unit)}">')
        url = self.put(ZWGK, path, frame(f"{title}_泜源县人民政府", inner, head))
        self.entries.append(("./" + path[len(ROOT):], title, date, org))
        return url, folder

    def article(self, doc: ReportDoc, unit: str, org: str) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoTableGrid" border="1" cellspacing="0">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, unit, org)[0], doc)

    def file(self, doc: ReportDoc, ext: str, unit: str, org: str) -> None:
        date = doc.published_date or ""
        stamp = f"{date.replace('-', '')}{self.rng.randint(100000, 999999)}"
        path = f"/uploadfiles/{date[:7].replace('-', '')}/{stamp}.{ext}"
        after = f'<p class="kp-fj">附件：<a href="{path}" target="_blank">{escape(doc.title)}.{ext}</a></p>'
        url = self.page_of(doc.title, date, word_para(f"{doc.title}见附件。", False), unit, org, after)[0]
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(ZWGK, path, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(ZWGK, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "泜源县人民政府办公室", "县政府办")[0], title)

    def list_page(self, chunk: list[tuple[str, str, str, str]], n: int, pages: int) -> str:
        def href(k: int) -> str:
            return "index.html" if k == 1 else f"index_{k}.html"

        start = (n - 1) * PER
        rows = "".join(
            f'<tr><td class="xh">{start + i + 1}</td><td class="bt"><a href="{h}" target="_blank" title="{escape(t)}">'
            f'{escape(t if len(t) <= 16 else t[:16] + "…")}</a></td><td class="fbjg">{escape(o)}</td><td class="rq">'
            f'{d}</td></tr>' for i, (h, t, d, o) in enumerate(chunk))
        links = (f'<a href="{href(1)}">首页</a> ' + (f'<a href="{href(n - 1)}">上一页</a> ' if n > 1 else "上一页 ")
                 + (f'<a href="{href(n + 1)}">下一页</a> '
                    if n < pages else "下一页 ") + f'<a href="{href(pages)}">尾页</a>')
        options = "".join(f'<option value="{href(k)}"{" selected" if k == n else ""}>{k}</option>'
                          for k in range(1, pages + 1))
        inner = (
            f'<div class="kp-pos">当前位置：<a href="/zfxxgk/">信息公开</a> &gt; 政府信息公开年报</div><table class='
            f'"kp-'
            f'list"><tr class="th"><th>序号</th><th>标题</th><th>发布机构</th><th>发布日期</th></tr>{rows}</table><div '
            f'class="kp-page">共{len(self.entries)}条 页次：{n}/{pages} 每页{PER}条 {links} 跳转到 <select onchange="'
            f'window.location=this.value">{options}</select></div>'
        )
        return frame("政府信息公开年报_泜源县人民政府", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def home(self) -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="泜源县人民政府"><meta '
            'name="SiteDomain" content="www.zhiyuan.gov.test"><meta name="SiteIDCode" content="9866040006"><title>'
            '泜源县人民政府</title></head><body><div class="nav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a '
            'href="http://zwgk.zhiyuan.gov.test/zfxxgk/">政府信息公开</a><a href="/zwfw/">政务服务</a></div><div class='
            '"news">泜源县召开2025年经济工作会议</div><div class="foot">网站标识码：9866040006</div></body></html>'
        )


PORTALS = [KaipuZhiyuan]
