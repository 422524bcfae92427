"""苕原县 (www.tiaoyuan.gov.test → gk.tiaoyuan.gov.test): a 开普云 集约化 county whose 信息公开 area
moved to another host; the old column URL is a "栏目已迁移" page.

The registry gives the old address ``/zfxxgk/zfxxgknb/`` on the county host (the one a user had
bookmarked).  It answers 200 with a page that says the column moved and sends the browser on by
``<meta http-equiv="refresh" content="3;url=…">`` and a ``setTimeout`` script to
``http://gk.tiaoyuan.gov.test/tyxzf/zfxxgknb/index.html`` (portals.md §0.3, §7: 信息公开 on another
host).  There the column pages are ``index.html``, ``index_2.html``, ``index_3.html`` (1-based);
the pager prints "共7条 第1页/共3页" and its links are ``javascript:goPage(n)``, the naming rule
being in the page's script.  Articles ``/tyxzf/zfxxgknb/<YYYYMM>/<24 hex>.html`` open with the
开普云 信息公开 metadata table (索引号, 发布机构, 主题分类, 成文日期, 文号) and put the body in
``div#zoom.xxgk_con``.  The 人社局's report is titled only "2024年政府信息公开工作年度报告"; its agency
(苕原县人力资源和社会保障局) is stated in the 发布机构 cell.  The 2023 report is a stub with a PDF.
Decoys: 工作要点, 解读.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.model import ReportDoc

OLD = "www.tiaoyuan.gov.test"
HOST = "gk.tiaoyuan.gov.test"
SITE = "tiaoyuan-gov"
OWNER = "苕原县人民政府"
ROOT = "/tyxzf/zfxxgknb/"
PER_PAGE = 3


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="苕原县人民政府">'
        f'<meta name="SiteDomain" content="gk.tiaoyuan.gov.test"><meta name="SiteIDCode" content="9822140006">{metas}'
        f'<title>{escape(title)}_苕原县政府信息公开</title></head><body>'
        '<div class="xxgk-head"><div class="xxgk-logo">苕原县政府信息公开</div><div class="xxgk-tool">'
        '<a href="javascript:kqNav();">无障碍</a><a href="http://www.tiaoyuan.gov.test/">返回门户网站</a></div></div>'
        f'<div class="xxgk-body">{inner}</div><div class="xxgk-foot">苕原县人民政府办公室主办 网站标识码：9822140006 '
        '未ICP备16001188号<br><script id="_jiucuo_" sitecode="9822140006" src="http://pucha.kaipuyun.cn/exposure/'
        'jiucuo.js"></script></div></body></html>'
    )


class KaipuTiaoyuan(UnseenPortal):
    hosts = (OLD, HOST)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27"), "苕原县人民政府办公室")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-29", title="苕原县2022年度政府信息公开工作年度报告"),
                     "苕原县人民政府办公室")
        self.stub(make_doc(rng, OWNER, 2023, "2024-01-30"))
        self.article(make_doc(rng, OWNER, 2024, "2025-01-24"), "苕原县人民政府办公室")
        self.article(make_doc(rng, "苕原县人力资源和社会保障局", 2024, "2025-01-20",
                              title="2024年政府信息公开工作年度报告"), "苕原县人力资源和社会保障局")
        self.notice("苕原县2024年政务公开工作要点", "2024-04-02")
        self.notice("一图读懂苕原县2023年政府信息公开工作年度报告", "2024-02-05")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i: i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            name = "index.html" if n == 1 else f"index_{n}.html"
            self.put(HOST, ROOT + name, self.list_page(chunk, n, len(chunks)))
        target = f"http://{HOST}{ROOT}index.html"
        moved = ('<!DOCTYPE html><html><head><meta charset="utf-8">'
                 f'<meta http-equiv="refresh" content="3;url={target}"><title>栏目已迁移</title></head><body>'
                 '<div style="margin:80px auto;width:560px;text-align:center"><h3>栏目已迁移</h3>'
                 '<p>根据政府网站集约化建设要求，本站政府信息公开栏目已迁移至县政府信息公开平台，3秒后自动跳转。</p>'
                 f"<script>setTimeout(function(){{ window.location.href = '{target}'; }}, 3000);</script></div></body>"
                 "</html>")
        self.put(OLD, "/zfxxgk/zfxxgknb/index.html", moved)

    def path(self, date: str) -> str:
        token = "".join(self.rng.choice("0123456789abcdef") for _ in range(24))
        return f"{ROOT}{date[:7].replace('-', '')}/{token}.html"

    def page_of(self, title: str, date: str, publisher: str, content: str) -> str:
        number = f"{publisher[:3]}〔{date[:4]}〕{self.rng.randint(1, 30)}号" if "要点" in title else ""
        meta = (
            '<table class="xxgk_table"><tr><th>索 引 号：</th>'
            '<td>' + f"98221400/{date[:4]}-{self.rng.randint(10, 999):05d}"
            + '</td><th>主题分类：</th><td>政府信息公开年报</td></tr><tr><th>发布机构：</th><td>' + escape(publisher)
            + f'</td><th>成文日期：</th><td>{date}</td></tr><tr><th>文　　号：</th><td>{number}</td><th>有 效 性：</th>'
            f'<td>有效</td></tr><tr><th>名　　称：</th><td colspan="3">{escape(title)}</td></tr></table>'
        )
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 09:00">'
                 f'<meta name="ContentSource" content="{escape(publisher)}">')
        inner = (f'<div class="xxgk-crumb">当前位置：首页 &gt; 法定主动公开内容 &gt; 政府信息公开年报</div>{meta}'
                 f'<div class="xxgk_title">{escape(title)}</div><div id="zoom" class="xxgk_con">{content}</div>'
                 '<div class="info_ewm"><img src="/images/ewm.png">扫一扫在手机打开当前页</div>')
        return frame(title, inner, metas)

    def article(self, doc: ReportDoc, publisher: str) -> None:
        date = doc.published_date or ""
        path = self.path(date)
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" '
                            'cellpadding="0" width="100%">')
        url = self.put(HOST, path, self.page_of(doc.title, date, publisher, content))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.path(date)
        file = f"/upload/{date[:7].replace('-', '')}/{self.rng.randint(10**12, 10**13)}.pdf"
        file_url = self.put_pdf(HOST, file, doc)
        content = (f'<p>{escape(doc.title)}</p><p><a href="{file}" target="_blank"><img src="/images/pdf.gif">'
                   "点击下载</a></p>")
        url = self.put(HOST, path, self.page_of(doc.title, date, "苕原县人民政府办公室", content))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        path = self.path(date)
        year = int(date[:4]) - (0 if "要点" in title else 1)
        content = "".join(word_para(p, False) for p in decoy_text(title, "苕原县", year, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, "苕原县人民政府办公室", content)), title)
        self.entries.append((path, title, date))

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        rows = "".join(f'<tr><td class="bt"><a href="{p}" target="_blank" title="{escape(t)}">{escape(t)}</a></td>'
                       f'<td class="rq">{d}</td></tr>' for p, t, d in chunk)
        nav = []
        if n > 1:
            nav += ['<a href="javascript:goPage(1)">首页</a>', f'<a href="javascript:goPage({n - 1})">上一页</a>']
        if n < pages:
            nav += [f'<a href="javascript:goPage({n + 1})">下一页</a>', f'<a href="javascript:goPage({pages})">末页'
                    f'</a>']
        pager = (f'<div class="fenye">共{len(self.entries)}条 第{n}页/共{pages}页 {" ".join(nav)}</div>'
                 "<script>function goPage(n){ location.href = n == 1 ? 'index.html' : 'index_' + n + '.html'; }"
                 "</script>")
        inner = ('<div class="xxgk-crumb">当前位置：首页 &gt; 法定主动公开内容 &gt; 政府信息公开年报</div>'
                 '<div class="xxgk-left"><ul><li><a href="/tyxzf/zfxxgkzn/">政府信息公开指南</a></li>'
                 '<li><a href="/tyxzf/zfxxgkzd/">政府信息公开制度</a></li><li class="cur"><a href="index.html">'
                 f'政府信息公开年报</a></li></ul></div><div class="xxgk-right"><table class="list">{rows}</table>'
                 f"{pager}</div>")
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [KaipuTiaoyuan]
