"""洮溪县 (www.taoxi.gov.test): TRS WCM classic whose pager is declared only in data attributes and
whose list titles are line-broken and written with full-width digits.

The 年报 column ``/zwgk/xxgkml/gzbg/index.html`` lists ``<div class="xxgk-item">`` blocks: the link's
text is the title broken in two by a ``<br>`` after the agency ("洮溪县人民政府<br>2022年…"), some
titles carry full-width digits ("２０２３年", as pasted from Word), the ``title=`` tooltip holds the
plain title; the date follows as "2025-01-22 09:30:00" (date and time) in ``<span class="fbsj">``.
The pager is an empty ``<div class="trs-pager" data-page-count="3" data-page-index="0"
data-page-name="index" data-page-ext="html">`` that ``/js/trspager.js`` fills with TRS's 4-argument,
zero-based links (``index_1.html``, ``index_2.html``): the count is written nowhere else (no "共N条",
no ``createPageHTML`` literal in the page).  Articles ``./YYYYMM/tYYYYMMDD_<docid>.html`` put the
body in ``div.view > div.TRS_Editor``; the 2022 report's table 二 is cut at a Word page break.  The
2023 county report is a stub with an OFD in an ``<ol class="fujian">`` after the editor div; the
2024 one a PDF in the same block.  Units: 县住建局 (洮溪县住房和城乡建设局, short in the title), 城南街道
(洮溪县城南街道办事处).  2019 and 2020 are in the old template.  Decoys: 政务公开工作要点, a 解读 and a
关于…年度报告的函.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    OFD,
    PDF,
    WORD_BREAK,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    split_point,
    word_cell,
    word_para,
)
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.taoxi.gov.test"
SITE = "taoxi-gov"
OWNER = "洮溪县人民政府"
ROOT = "/zwgk/xxgkml/gzbg/"
PER_PAGE = 4
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="SiteName" content="洮溪县人民政府"><meta name="SiteDomain" content="www.taoxi.gov.test">'
        f'<meta name="SiteIDCode" content="9847110002">{metas}<title>{escape(title)}_洮溪县人民政府</title>'
        '<link rel="stylesheet" href="/css/tx.css"></head><body>'
        '<div class="tx-wza" role="banner">本网站已通过适老化及无障碍改造 '
        '<a href="javascript:;" onclick="aria.start()">无障碍</a> <a href="javascript:;">关怀版</a></div>'
        '<div class="tx-head"><img src="/images/logo.png" alt="洮溪县人民政府"><form action="/search/" '
        'class="tx-search"><input name="q"><button>搜索</button></form></div>'
        '<div class="tx-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a>'
        f'<a href="/hdjl/">互动交流</a></div><div class="tx-main">{inner}</div>'
        '<div class="tx-float"><a href="/zwfw/">政务<br>服务</a><a href="/hdjl/xjxx/">县长<br>信箱</a></div>'
        '<div class="tx-foot"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>'
        '<p>主办：洮溪县人民政府办公室 网站标识码：9847110002 未ICP备20031172号</p>'
        '<p>今日访问量：<span id="todayPv">0</span> 总访问量：<span id="allPv">0</span></p>'
        '<script src="/js/trspager.js"></script></div></body></html>'
    )


class TrsTaoxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 5_102_300
        self.entries: list[tuple[str, str, str, str]] = []  # href, shown html, plain title, datetime
        self.article(make_doc(rng, OWNER, 2019, "2020-01-17", version="v2019"), broken=True)
        self.article(make_doc(rng, OWNER, 2020, "2021-01-28", version="v2019"), broken=True)
        self.article(make_doc(rng, OWNER, 2021, "2022-01-25", title="洮溪县2021年政府信息公开工作年度报告"))
        self.notice("洮溪县2022年政务公开工作要点", "2022-04-11")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-29"), broken=True, split=True)
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-26", title="洮溪县2023年政府信息公开工作年度报告"), OFD)
        self.notice("《洮溪县2023年政府信息公开工作年度报告》解读", "2024-01-26")
        self.article(
            make_doc(rng, "洮溪县住房和城乡建设局", 2023, "2024-01-19", title="县住建局2023年政府信息公开工作年度报告"),
            source="洮溪县住房和城乡建设局",
            full=True,
        )
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-24", title="洮溪县2024年政府信息公开工作年度报告"), PDF)
        self.article(
            make_doc(rng, "洮溪县城南街道办事处", 2024, "2025-01-20", title="城南街道2024年政府信息公开工作年度报告"),
            source="城南街道办事处",
            full=True,
        )
        self.article(make_doc(rng, "洮溪县住房和城乡建设局", 2024, "2025-01-22"), source="洮溪县住房和城乡建设局")
        self.notice("关于做好2024年度政府信息公开工作年度报告编制发布工作的函", "2024-12-16")
        self.entries.sort(key=lambda e: e[3], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            path = ROOT + ("index.html" if index == 0 else f"index_{index}.html")
            self.put(HOST, path, self.list_page(chunk, index, len(chunks)))
        self.put(HOST, "/js/trspager.js", PAGER_JS, "application/javascript")

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "",
                shown: str | None = None) -> str:
        self.docid += self.rng.randint(11, 480)
        stamp = f"{date} {self.rng.randint(8, 17):02d}:{self.rng.choice(('00', '15', '30', '45'))}:00"
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.html"
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{stamp[:16]}">'
            f'<meta name="ContentSource" content="{escape(source)}"><meta name="ColumnName" content="工作报告">'
        )
        inner = (
            f'<div class="tx-crumb">当前位置：<a href="/">首页</a> › <a href="/zwgk/">政务公开</a> › '
            f'<a href="{ROOT}">工作报告</a></div><div class="tx-article"><h2>{escape(title)}</h2>'
            f'<div class="tx-meta">发布时间：{stamp}　来源：{escape(source)}　浏览量：<span id="hits"></span></div>'
            '<div class="view"><div class="TRS_Editor"><style>.TRS_Editor P{line-height:2;font-size:12pt;}</style>'
            f"{content}</div></div>{after}"
            '<div class="tx-qr"><img src="/images/qr.png" alt=""><span>微信扫一扫：分享</span></div>'
            '<div class="tx-tool"><a href="javascript:print()">打印</a> <a href="javascript:close()">关闭</a></div>'
            "</div>"
        )
        url = self.put(HOST, ROOT + href[2:], frame(title, inner, metas))
        self.entries.append((href, shown or escape(title), title, stamp))
        return url

    def article(self, doc: ReportDoc, source: str = "县政府办公室", broken: bool = False, split: bool = False,
                full: bool = False) -> None:
        cut = {"t2": split_point(doc, "t2", self.rng)} if split else None
        content = body_html(doc, word_para, word_cell, '<table class="MsoTableGrid" border="1" cellspacing="0" '
                            'cellpadding="0" width="100%" style="border-collapse:collapse;border:none">',
                            split=cut, page_break=WORD_BREAK)
        shown = escape(doc.title)
        if broken:
            head, tail = doc.title.split(str(doc.year), 1)
            shown = f"{escape(head)}<br>{doc.year}{escape(tail)}"
        if full:
            shown = shown.translate(FULL)
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content, shown=shown), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "pdf" if media == PDF else "ofd"
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        path = f"{ROOT}{date[:7].replace('-', '')}/{name}"
        if media == PDF:
            file_url = self.put_pdf(HOST, path, doc)
        else:
            file_url = self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        after = (
            '<div class="fj-box"><h5>附件：</h5><ol class="fujian">'
            f'<li><a href="./{name}" target="_blank">{escape(doc.title)}.{ext}</a></li></ol></div>'
        )
        content = f"<p>　　现将《{escape(doc.title)}》全文公布（见附件）。</p>"
        url = self.page_of(doc.title, date, "县政府办公室", content, after)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "县政府办公室", content), title)

    def list_page(self, chunk: list[tuple[str, str, str, str]], index: int, pages: int) -> str:
        items = "".join(
            f'<div class="xxgk-item"><i class="dot"></i><a href="{h}" target="_blank" title="{escape(t)}">{s}</a>'
            f'<span class="fbsj">{d}</span></div>'
            for h, s, t, d in chunk
        )
        inner = (
            '<div class="tx-crumb">当前位置：<a href="/">首页</a> › <a href="/zwgk/">政务公开</a> › 工作报告</div>'
            '<div class="tx-side"><h3>政府信息公开</h3><a href="/zwgk/xxgkzn/">公开指南</a>'
            f'<a href="{ROOT}" class="cur">工作报告</a><a href="/zwgk/xxgkzd/">公开制度</a></div>'
            f'<div class="tx-list"><div class="tx-lm">政府信息公开工作年度报告</div>{items}'
            f'<div class="trs-pager" data-page-count="{pages}" data-page-index="{index}" data-page-name="index" '
            'data-page-ext="html"></div></div>'
        )
        return frame("工作报告", inner, '<meta name="ColumnName" content="工作报告">')


PAGER_JS = """(function () {
  var box = document.querySelector('.trs-pager');
  if (!box) return;
  var n = +box.getAttribute('data-page-count'), cur = +box.getAttribute('data-page-index');
  var name = box.getAttribute('data-page-name'), ext = box.getAttribute('data-page-ext');
  function u(i) { return i === 0 ? name + '.' + ext : name + '_' + i + '.' + ext; }
  var h = '';
  h += cur > 0 ? '<a href="' + u(0) + '">首页</a><a href="' + u(cur - 1) + '">上一页</a>' : '';
  for (var i = 0; i < n; i++) h += i === cur ? '<b>' + (i + 1) + '</b>' : '<a href="' + u(i) + '">' + (i + 1) + '</a>';
  h += cur < n - 1 ? '<a href="' + u(cur + 1) + '">下一页</a><a href="' + u(n - 1) + '">尾页</a>' : '';
  box.innerHTML = h;
})();
"""

PORTALS = [TrsTaoxi]
