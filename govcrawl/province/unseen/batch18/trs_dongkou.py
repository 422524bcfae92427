"""垌口县 (www.dongkou.gov.test): TRS WCM classic whose 年报 column is a 信息公开目录 table (索引号 | 名称 |
生成日期) under a server-written ``<TRS_PAGENAV>`` pager of numbered links, whose 2020 report is a
scan (four page images inside ``div.TRS_Editor``) and whose 2022 report is an OFD.

``/zwgk/xxgkml/gzbg/index.htm`` (then ``index_1.htm``, ``index_2.htm``: TRS's zero-based names)
holds a ``<table class="gkml-tb">`` of five rows a page: 索引号 (``986801/2025-00012``), the link
``./YYYYMM/tYYYYMMDD_<docid>.htm`` and the date.  The pager is the WCM 置标 ``<TRS_PAGENAV>`` output,
plain links written on the server: "共12条记录 分3页 当前第1页" then 首页 | 上一页 | 1 2 3 | 下一页 | 尾页 —
no ``createPageHTML``, no ``countPage``.  Articles open with a 索引号 box (索引号 / 信息分类 / 发布机构 /
生成日期 / 文号 / 主题词), then ``div.TRS_Editor`` with plain tables.

The 2020 county report is titled "…（扫描版）" and is four page images ``<img src="./W0…png"
OLDSRC="W0…png">`` and nothing else (flagged ``image_only``); the 2022 county report is a stub whose
OFD is ``./P0….ofd`` in a "附件：" line after the editor div.  Titles: the county's "垌口县2021年…",
"县人社局2023年…" (垌口县人力资源和社会保障局), "县医保局2022年度…" (垌口县医疗保障局), "垌城镇2024年…"
(垌口县垌城镇人民政府).  Chrome: 繁體 / 无障碍 / 长者模式, a 网站标识码 and a 访问量 counter.

Reports (9): 垌口县人民政府 2019–2024 (2019–2020 old template; 2020 a scan; 2022 OFD), 人社局 2023,
医保局 2022, 垌城镇 2024.  Decoys (3): 2023年度法治政府建设年度报告, 2024年政府网站工作年度报表, 关于报送
2024年度政府信息公开工作年度报告的函.
"""

from __future__ import annotations

import random
import struct
import zlib
from html import escape

from govcrawl.province.unseen.kit import OFD, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.dongkou.gov.test"
SITE = "dongkou-gov"
OWNER = "垌口县人民政府"
ROOT = "/zwgk/xxgkml/gzbg/"
PER = 5


def png(width: int, height: int, shade: int) -> bytes:
    """A small grey PNG (a scanned page)."""
    raw = b"".join(b"\x00" + bytes([shade]) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="SiteName" '
        'content="垌口县人民政府"><meta name="SiteDomain" content="www.dongkou.gov.test"><meta name="SiteIDCode" '
        f'content="9868010001">{head}<title>{escape(title)}</title><link href="/images/dk_style.css" '
        'rel="stylesheet"></head><body><div class="dk-bar"><span>今天是：<script>showDate()</script></span>'
        '<a href="javascript:;" id="jft">繁體</a> | <a href="javascript:;" onclick="aria.start()">无障碍</a> | <a '
        'href="javascript:;" class="zzms">长者模式</a></div><div class="dk-head"><img src="/images/dk_logo.png" '
        'alt="垌口县人民政府门户网站"></div><div class="dk-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a '
        f'href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjdk/">走进垌口</a></div>{inner}'
        '<div class="dk-foot"><p>主办：垌口县人民政府办公室　承办：垌口县融媒体中心</p><p>网站标识码：9868010001　'
        '未ICP备12004417号-1　未公网安备98680102000211号</p><p>您是本站第<script src="/cgi-bin/count.js"></script>'
        '位访客</p><img src="/images/dk_jiucuo.png" alt="政府网站找错"></div></body></html>'
    )


class TrsDongkou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 120_000
        self.rows: list[tuple[str, str, str, str]] = []  # (href, title, date, 索引号)
        for year, date in ((2019, "2020-01-21"), (2021, "2022-01-26"), (2023, "2024-01-25"), (2024, "2025-01-22")):
            self.article(self.doc(OWNER, year, date, f"垌口县{year}年政府信息公开工作年度报告"), "垌口县人民政府办公室")
        self.scan(self.doc(OWNER, 2020, "2021-01-27", "垌口县2020年政府信息公开工作年度报告（扫描版）"))
        self.ofd(self.doc(OWNER, 2022, "2023-01-30", "垌口县2022年政府信息公开工作年度报告"))
        self.article(self.doc("垌口县人力资源和社会保障局", 2023, "2024-01-19",
                              "县人社局2023年政府信息公开工作年度报告"),
                     "垌口县人力资源和社会保障局")
        self.article(self.doc("垌口县医疗保障局", 2022, "2023-01-16", "县医保局2022年度政府信息公开工作年度报告"),
                     "垌口县医疗保障局")
        self.article(self.doc("垌口县垌城镇人民政府", 2024, "2025-01-17", "垌城镇2024年政府信息公开工作年度报告"),
                     "垌口县垌城镇人民政府")
        self.notice("垌口县2023年度法治政府建设年度报告", 2023, "2024-03-28")
        self.notice("垌口县人民政府2024年政府网站工作年度报表", 2024, "2025-01-14")
        self.notice("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-20")
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, ROOT + ("index.htm" if k == 0 else f"index_{k}.htm"),
                     self.list_page(chunk, k, len(pages), len(rows)))

    def doc(self, agency: str, year: int, date: str, title: str) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, source: str, after: str = "") -> tuple[str, str]:
        self.id += self.rng.randint(7, 140)
        stamp = date.replace("-", "")
        folder = f"{ROOT}{stamp[:6]}/"
        path = f"{folder}t{stamp}_{self.id}.htm"
        index = f"986801/{date[:4]}-{self.rng.randint(1, 99):05d}"
        box = (
            '<table class="dk-syh"><tr><td>索引号：</td><td>' + index + '</td><td>信息分类：</td><td>工作报告</td></tr>'
            f'<tr><td>发布机构：</td><td>{escape(source)}</td><td>生成日期：</td><td>{date}</td></tr><tr><td>文　　号：'
            '</td><td></td><td>主题词：</td><td>年度报告</td></tr>'
            f'<tr><td>名　　称：</td><td colspan="3">{escape(title)}</td></tr></table>'
        )
        inner = (
            '<div class="dk-pos">您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="../">'
            f'政府信息公开工作年度报告</a></div><div class="dk-art">{box}<h1>{escape(title)}</h1><div class="TRS_Edit'
            'or">'
            f'{content}</div>{after}<div class="dk-tool"><a href="javascript:window.print()">[打印本页]</a> <a href="'
            'javascript:window.close()">[关闭窗口]</a></div></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 09:30">'
                f'<meta name="ContentSource" content="{escape(source)}"><meta name="ColumnName" content="工作报告">')
        url = self.put(HOST, path, frame(title, inner, head))
        self.rows.append((f"./{stamp[:6]}/t{stamp}_{self.id}.htm", title, date, index))
        return url, folder

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="4" '
                                                         'width="100%">')
        url, _ = self.page_of(doc.title, doc.published_date or "", content, source)
        self.report(SITE, url, doc)

    def scan(self, doc: ReportDoc) -> None:
        names = [f"W0{(doc.published_date or '').replace('-', '')}{self.rng.randrange(10**9):09d}.png"
                 for _ in range(4)]
        content = "".join(f'<p style="text-align:center"><img src="./{n}" OLDSRC="{n}" width="620" '
                          f'border="0"></p>' for n in names)
        url, folder = self.page_of(doc.title, doc.published_date or "", content, "垌口县人民政府办公室")
        for i, n in enumerate(names):
            self.put(HOST, folder + n, png(60, 86, 214 + i * 7), "image/png")
        self.report(SITE, url, doc, flags=("image_only",))

    def ofd(self, doc: ReportDoc) -> None:
        name = f"P0{(doc.published_date or '').replace('-', '')}{self.rng.randrange(10**9):09d}.ofd"
        after = (f'<div class="dk-fj">附件：<a href="./{name}" OLDSRC="{name}">{escape(doc.title)}.ofd</a></div>')
        url, folder = self.page_of(doc.title, doc.published_date or "",
                                   "<p>《垌口县2022年政府信息公开工作年度报告》全文见附件（OFD版式文件）。</p>",
                                   "垌口县人民政府办公室", after)
        self.put(HOST, folder + name, render_ofd(doc, random.Random(self.rng.random())), OFD)
        self.report(SITE, url, doc, media_type=OFD, report_url=f"http://{HOST}{folder}{name}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        url, _ = self.page_of(title, date, content, "垌口县人民政府办公室")
        self.decoy(SITE, url, title)

    def list_page(self, chunk: list[tuple[str, str, str, str]], k: int, pages: int, total: int) -> str:
        rows = "".join(f'<tr><td class="syh">{i}</td><td class="mc"><a href="{h}" target="_blank">{escape(t)}</a>'
                       f'</td><td class="rq">{d}</td></tr>' for h, t, d, i in chunk)

        def name(j: int) -> str:
            return "index.htm" if j == 0 else f"index_{j}.htm"

        nums = " ".join(f"<span>{j + 1}</span>" if j == k else f'<a href="{name(j)}">{j + 1}</a>' for j in range(pages))
        prev = f'<a href="{name(0)}">首页</a> <a href="{name(k - 1)}">上一页</a>' if k else "首页 上一页"
        nxt = (f'<a href="{name(k + 1)}">下一页</a> <a href="{name(pages - 1)}">尾页</a>' if k < pages - 1
               else "下一页 尾页")
        pager = (f'<div class="dk-page">共{total}条记录 分{pages}页 当前第{k + 1}页 {prev} {nums} {nxt}</div>')
        inner = (
            '<div class="dk-pos">您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开'
            '目录 '
            '&gt; 政府信息公开工作年度报告</div><div class="dk-side"><ul><li><a href="../zcwj/">政策文件</a></li><li>'
            '<a '
            'href="../ghjh/">规划计划</a></li><li class="on"><a href="./">工作报告</a></li><li><a href="../czzj/">财'
            '政资金'
            '</a></li></ul></div><div class="dk-main"><table class="gkml-tb" width="100%"><thead><tr><th>索引号</th><'
            'th>'
            f'名称</th><th>生成日期</th></tr></thead><tbody>{rows}</tbody></table>{pager}</div>'
        )
        return frame("政府信息公开工作年度报告-垌口县人民政府", inner, '<meta name="ColumnName" content="工作报告">')


PORTALS = [TrsDongkou]
