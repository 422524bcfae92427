"""沇水县 (www.yanshui.gov.test): 博达 VSB whose 年报 column is split into year sub-columns reached from
tabs on the column page (which lists nothing itself), each a VSB static list with its own pager, and
whose 2020 county report is a scan — images only, VSB's ``img_vsb_content`` with ``orisrc``.

``/zwgk/zfxxgknb.htm`` is the column page: a ``<ul class="nd-tab">`` of ``<a href="zfxxgknb/2024nd.htm">
2024年度</a>`` … ``2021年度及以前`` (``zfxxgknb/2021nd.htm``) and a line "请选择年度查看".  Each year list
``/zwgk/zfxxgknb/<YYYY>nd.htm`` holds the documents *for* that year, three a page, newest first, as
``<li><a href="../../info/1136/<id>.htm" title="…">…</a><span>2025-01-22</span></li>``; the pager is
``pb_sys_common pb_sys_style4`` with "共N条" and "1/N" in ``span.p_t`` and, when there is more than one
page, 下页/尾页 links to the reverse-numbered pages (page k of N is ``<YYYY>nd/{N-k+1}.htm``, portals.md
§1.4; only 2024年度, four entries, has two pages: ``2024nd.htm`` and ``2024nd/1.htm``).  Articles
``/info/1136/<id>.htm``: ``form[name=_newscontent_fromname] #vsb_content_2 .v_news_content`` under
"发布时间：… 来源：… 浏览：<script>_showDynClicks(…)</script>次".

The 2020 county report, titled "沇水县人民政府2020年政府信息公开工作年度报告（扫描件）", is four page scans
``<img class="img_vsb_content" src="/__local/…png" orisrc="/__local/…png">`` and nothing else (the record
should be flagged ``image_only``).  The 2022 county report is a stub whose PDF is behind
``/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1374409561&wbfileid=<n>`` in the
附件【…】 list after the form; without the article as ``Referer`` the server answers a ~5 KB HTML error
page.

Reports (8): 沇水县人民政府 2019–2024 (2019–2020 old template; 2020 a scan), 沇水县农业农村局 2024
("县农业农村局2024年…"), 沇水县沇河乡人民政府 2024 ("沇河乡2024年…").  Decoys (3): 2024年度法治政府建设年度报告
(2024年度), 财政局 2023年度部门决算 (2023年度), 政府信息公开指南（2022年版） (2022年度).
"""

from __future__ import annotations

import random
import struct
import zlib
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.yanshui.gov.test"
SITE = "yanshui-gov"
OWNER = "沇水县人民政府"
TREE = 1136
OWNER_ID = 1374409561
PER = 3
YEARS = (("2024nd", "2024年度"), ("2023nd", "2023年度"), ("2022nd", "2022年度"), ("2021nd", "2021年度及以前"))


def png(width: int, height: int, shade: int) -> bytes:
    """A small grey PNG (a page scan stand-in)."""
    raw = b"".join(b"\x00" + bytes([shade]) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


ERROR_PAGE = ("<html><head><title>提示信息</title></head><body><div style=\"margin:80px auto;width:480px\"><h3>下载失败"
              "</h3><p>对不起，您访问的附件不存在或已被删除，或者您没有权限下载该附件。</p><p>请从文章页面点击附件链接下载。"
              "</p>" + "<!-- vsb -->" * 400 + "</div></body></html>")


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="'
        'SiteName" content="沇水县人民政府"><meta name="SiteDomain" content="www.yanshui.gov.test"><meta name="'
        f'SiteIDCode" content="9866030002">{head}<title>{escape(title)}</title><link rel="stylesheet" href="/system/'
        'resource/css/pagedown/sys.css"><script src="/system/resource/js/dynclicks.js"></script></head><body><div '
        'class="ys-top"><a href="javascript:;" onclick="s2t()">繁體</a> <a href="javascript:;" class="wza">无障碍</a> '
        '<a href="javascript:;">适老化</a></div><div class="ys-head"><img src="/images/ys_logo.png" alt="沇水县人民'
        '政府">'
        '</div><div class="ys-nav"><a href="/index.htm">首页</a><a href="/zwgk.htm">政务公开</a><a href="/zwfw.htm">'
        f'政务服务</a><a href="/hdjl.htm">互动交流</a></div>{inner}<div class="ys-foot">版权所有：沇水县人民政府　主'
        f'办：'
        '沇水县人民政府办公室<br>网站标识码：9866030002　未ICP备09031178号　未公网安备 98660302000117号<br><img src="'
        '/images/ys_ewm.png" alt="">扫码关注“沇水发布”</div></body></html>'
    )


class VsbYanshui(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 63_000
        self.wbfiles: dict[str, tuple[str, ReportDoc, float]] = {}
        self.lists: dict[str, list[tuple[str, str, str]]] = {key: [] for key, _ in YEARS}
        for year, date in ((2019, "2020-01-22"), (2021, "2022-01-25"), (2023, "2024-01-26"), (2024, "2025-01-23")):
            self.article(self.doc(OWNER, year, date), "沇水县人民政府办公室")
        self.scan(self.doc(OWNER, 2020, "2021-01-28", "沇水县人民政府2020年政府信息公开工作年度报告（扫描件）"))
        self.file(self.doc(OWNER, 2022, "2023-01-30"))
        self.article(self.doc("沇水县农业农村局", 2024, "2025-01-20", "县农业农村局2024年政府信息公开工作年度报告"),
                     "沇水县农业农村局")
        self.article(self.doc("沇水县沇河乡人民政府", 2024, "2025-01-16", "沇河乡2024年政府信息公开工作年度报告"),
                     "沇水县沇河乡人民政府")
        self.notice("沇水县2024年度法治政府建设年度报告", 2024, "2025-03-21")
        self.notice("沇水县财政局2023年度部门决算", 2023, "2024-08-27")
        self.notice("沇水县人民政府政府信息公开指南（2022年版）", 2022, "2022-06-15")
        self.route(HOST, "/system/_content/download.jsp", self.download)
        self.put(HOST, "/zwgk/zfxxgknb.htm", self.column())
        for key, label in YEARS:
            rows = sorted(self.lists[key], key=lambda r: r[2], reverse=True)
            chunks = [rows[i:i + PER] for i in range(0, len(rows), PER)]
            for k, chunk in enumerate(chunks, start=1):
                path = f"/zwgk/zfxxgknb/{key}.htm" if k == 1 else f"/zwgk/zfxxgknb/{key}/{len(chunks) - k + 1}.htm"
                self.put(HOST, path, self.list_page(key, label, chunk, k, len(chunks), len(rows)))

    def doc(self, agency: str, year: int, date: str, title: str | None = None) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    @staticmethod
    def bucket(year: int) -> str:
        return f"{year}nd" if year >= 2022 else "2021nd"

    def page_of(self, year: int, title: str, date: str, content: str, source: str, after: str = "") -> str:
        self.id += self.rng.randint(5, 120)
        path = f"/info/{TREE}/{self.id}.htm"
        inner = (
            '<div class="ys-pos">当前位置：<a href="../../index.htm">首页</a> &gt;&gt; <a href="../../zwgk.htm">政务'
            '公开'
            '</a> &gt;&gt; <a href="../../zwgk/zfxxgknb.htm">政府信息公开年报</a> &gt;&gt; 正文</div><form name="_news'
            f'content_fromname"><div class="ys-art"><h1>{escape(title)}</h1><div class="ys-info">发布时间：{date}　'
            f'来源：'
            f'{escape(source)}　浏览：<script>_showDynClicks("wbnews", {OWNER_ID}, {self.id})</script>次</div><div id="'
            f'vsb_content_2"><div class="v_news_content">{content}</div></div>{after}</div></form><div class="ys-tool">'
            '<a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}"><meta '
                f'name="ContentSource" content="{escape(source)}">')
        url = self.put(HOST, path, frame(f"{title}-沇水县人民政府", inner, head))
        self.lists[self.bucket(year)].append((str(self.id), title, date))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0" '
                                                         'style="border-collapse:collapse" align="center">')
        content = content.replace("<p>", '<p class="vsbcontent_start">', 1)
        self.report(SITE, self.page_of(doc.year, doc.title, doc.published_date or "", content, source), doc)

    def scan(self, doc: ReportDoc) -> None:
        imgs = []
        for n in range(4):
            r = self.rng
            name = (f"/__local/{r.randint(1, 9)}/{r.randrange(16**2):02X}/{r.randrange(16**2):02X}/"
                    f"{r.randrange(16**32):032X}_{r.randrange(16**8):08X}.png")
            self.put(HOST, name, png(64, 90, 210 + n * 8), "image/png")
            imgs.append(f'<p style="text-align:center"><img class="img_vsb_content" src="{name}" orisrc="{name}" '
                        f'width="600" vsbhref="vurl" vurl="{name}" vheight="" vwidth="600" /></p>')
        url = self.page_of(doc.year, doc.title, doc.published_date or "", "".join(imgs), "沇水县人民政府办公室")
        self.report(SITE, url, doc, flags=("image_only",))

    def file(self, doc: ReportDoc) -> None:
        wbfileid = str(self.rng.randint(2_000_000, 2_900_000))
        href = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={wbfileid}"
        after = (f'<ul style="list-style-type:none;"><li>附件【<a href="{escape(href)}" target="_blank">'
                 f'{escape(doc.title)}.pdf</a>】已下载<span id="nattach{wbfileid}"><script>getClickTimes({wbfileid},'
                 f'{OWNER_ID},"wbnewsfile","attach")</script></span>次</li></ul>')
        url = self.page_of(doc.year, doc.title, doc.published_date or "",
                           '<p class="vsbcontent_start">详见附件。</p>', "沇水县人民政府办公室", after)
        self.wbfiles[wbfileid] = (url, doc, self.rng.random())
        self.report(SITE, url, doc, media_type=PDF, report_url=f"http://{HOST}{href}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(year, title, date, content, "沇水县人民政府办公室"), title)

    def download(self, request: Request) -> Response:
        found = self.wbfiles.get(request.param("wbfileid"))
        if found is None or request.param("owner") != str(OWNER_ID) or request.headers.get("referer") != found[0]:
            return Response(200, ERROR_PAGE.encode())
        _, doc, seed = found
        return Response(200, render_pdf(doc, random.Random(seed)), PDF, {"Content-Disposition": "attachment"})

    def column(self) -> str:
        tabs = "".join(f'<li><a href="zfxxgknb/{key}.htm">{label}</a></li>' for key, label in YEARS)
        inner = (
            '<div class="ys-pos">当前位置：<a href="../index.htm">首页</a> &gt;&gt; <a href="../zwgk.htm">政务公开</a> '
            '&gt;&gt; 政府信息公开年报</div><div class="ys-col"><h2>政府信息公开年报</h2><ul class="nd-tab">'
            f'{tabs}</ul><p class="tip">请选择年度查看</p></div>'
        )
        return frame("政府信息公开年报-沇水县人民政府", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def list_page(self, key: str, label: str, chunk: list[tuple[str, str, str]], k: int, pages: int,
                  total: int) -> str:
        up = "../../" if k == 1 else "../../../"
        rows = "".join(f'<li id="line_u8_{i}"><a href="{up}info/{TREE}/{n}.htm" target="_blank" title="{escape(t)}">'
                       f'{escape(t)}</a><span>{d}</span></li>' for i, (n, t, d) in enumerate(chunk))

        def page_href(j: int) -> str:
            base = f"{key}/" if k == 1 else ""
            if j == 1:
                return f"{key}.htm" if k == 1 else f"../{key}.htm"
            return f"{base}{pages - j + 1}.htm"

        first = (f'<span class="p_first p_fun"><a href="{page_href(1)}">首页</a></span><span class="p_prev p_fun"><a '
                 f'href="{page_href(k - 1)}">上页</a></span>' if k > 1 else
                 '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>')
        last = (f'<span class="p_next p_fun"><a href="{page_href(k + 1)}">下页</a></span><span class="p_last p_fun"><a '
                f'href="{page_href(pages)}">尾页</a></span>' if k < pages else
                '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>')
        pager = (f'<div class="pb_sys_common pb_sys_normal pb_sys_style4"><span class="p_t">共{total}条</span> '
                 f'<span class="p_pages">{first}{last}</span> <span class="p_t">{k}/{pages}</span></div>')
        back = "../" if k == 1 else "../../"
        on = ' class="on"'
        tabs = "".join(f'<a href="{back}zfxxgknb/{y}.htm"{on if y == key else ""}>{lb}</a>' for y, lb in YEARS)
        inner = (
            f'<div class="ys-pos">当前位置：<a href="{back}../index.htm">首页</a> &gt;&gt; <a href="{back}zfxxgknb.h'
            f'tm">'
            f'政府信息公开年报</a> &gt;&gt; {label}</div><div class="ys-tabs">{tabs}</div><div class="ys-list"><ul>'
            f'{rows}</ul>{pager}</div>'
        )
        return frame(f"{label}-政府信息公开年报-沇水县人民政府", inner, f'<meta name="ColumnName" content="{label}">')


PORTALS = [VsbYanshui]
