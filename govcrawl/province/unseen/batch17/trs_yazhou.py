"""桠州高新区 (gxq.yazhou.gov.test): the 管委会 site of a prefecture city's 高新技术产业开发区 on TRS WCM
classic, whose 年报 list pages through a hand-written loop over ``countPage`` — no ``createPageHTML``
at all — and shows every title cut with "…".

The 年报 column ``/xxgk/xxgknb/index.htm`` is a ``<dl class="gx-list">`` of ``<dd>`` rows, date first:
``<em>2025-01-22</em><a href="./202501/t20250122_<docid>.htm" title="full title">cut title…</a>`` (the
text cut at 16 characters with "…", the full title only in ``title=``).  Four rows a page, newest
first. The template's integrator replaced TRS's pager with a loop of their own: ``var countPage = 3;
var currentPage = 0; var recordCount = 12;`` then a ``for`` loop that writes numbered links
``index.htm``, ``index_1.htm``, ``index_2.htm`` (zero-based, portals.md §1.1) into ``div#gxPage`` with
"共" + recordCount + "条" — the numbers are in the script variables only, no link in the static HTML.
Articles ``./YYYYMM/tYYYYMMDD_<docid>.htm`` (``.htm``) put the body in ``div#Zoom > div.TRS_Editor``
(Word pastes) under "发布日期：… 信息来源：… 【字号：大 中 小】"; the header has 繁體/简体 and 适老化
links.  The 管委会's 2022 report is a stub whose ``P0….pdf`` and 桠东街道's 2024 report a stub whose
``P0….docx`` are linked in a ``<p>`` inside the editor div.

Reports (9): 桠州高新技术产业开发区管理委员会 2019–2024 (2019–2020 old template; titles "桠州高新区管委
会2023年…", "桠州高新区2021年政府信息公开年报", the full name in ContentSource and 信息来源), 桠州市桠
东街道办事处 2023, 2024 ("桠东街道2024年…"), 桠州市桠西街道办事处 2023 (titled "桠西街道办事处2023年度政
府信息公开工作报告").  Decoys (3): 法治政府建设年度报告, 政府网站工作年度报表, 关于…年度报告的函.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import DOCX, PDF, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "gxq.yazhou.gov.test"
SITE = "yazhou-gxq"
OWNER = "桠州高新技术产业开发区管理委员会"
ROOT = "/xxgk/xxgknb/"
PER = 4
CUT = 16


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transit'
        'ional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/htm'
        'l;'
        ' charset=utf-8" /><meta name="SiteName" content="桠州高新技术产业开发区"><meta name="SiteDomain" content='
        f'"gxq.yazhou.gov.test"><meta name="SiteIDCode" content="9867010012">{head}<title>{escape(title)}</title>'
        '<script type="text/javascript" src="/images/zh_tran.js"></script></head><body><div class="gx-topbar">'
        '<span>今天是：<span id="today"></span></span><a href="javascript:zh_tran(\'t\')">繁體</a> <a href="javascript:'
        'zh_tran(\'s\')">简体</a> <a href="javascript:;" class="olds">适老化服务</a> <a href="http://www.yazhou.gov.te'
        'st/">'
        '桠州市人民政府</a></div><div class="gx-head"><img src="/images/logo.png" alt="桠州高新技术产业开发区"></div>'
        '<div class="gx-nav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/xxgk/">信息公开</a><a href="'
        f'/tzcj/">投资促进</a><a href="/hdjl/">互动交流</a></div>{inner}<div class="gx-foot"><p>主办单位：桠州高新技术'
        '产业开发区管理委员会办公室　联系电话：0986-7012345</p><p>网站标识码：9867010012　未ICP备18004127号-2　<img sr'
        'c='
        '"/images/ghs.png">未公网安备 98670102000318号</p><p><script type="text/javascript">document.write(unescape('
        '"%3Cspan id=\'_ideConac\' %3E%3C/span%3E"));</script></p></div></body></html>'
    )


class TrsYazhou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 80_000
        self.entries: list[tuple[str, str, str]] = []
        full = "桠州高新技术产业开发区管理委员会{}年政府信息公开工作年度报告"
        titles = {2023: "桠州高新区管委会2023年政府信息公开工作年度报告", 2021: "桠州高新区2021年政府信息公开年报",
                  2024: "桠州高新区管委会2024年政府信息公开工作年度报告"}
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-27"), (2021, "2022-01-25"), (2023, "2024-01-29"),
                           (2024, "2025-01-24")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021",
                                  title=titles.get(year, full.format(year))))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-30",
                           title="桠州高新区管委会2022年政府信息公开工作年度报告"), "pdf")
        self.article(make_doc(rng, "桠州市桠东街道办事处", 2023, "2024-01-22",
                              title="桠东街道2023年政府信息公开工作年度报告"))
        self.file(make_doc(rng, "桠州市桠东街道办事处", 2024, "2025-01-21",
                           title="桠东街道2024年政府信息公开工作年度报告"), "docx")
        self.article(make_doc(rng, "桠州市桠西街道办事处", 2023, "2024-01-26",
                              title="桠西街道办事处2023年度政府信息公开工作报告"))
        self.notice("桠州高新区2023年法治政府建设年度报告", 2023, "2024-03-15")
        self.notice("桠州高新区管委会门户网站2024年政府网站工作年度报表", 2024, "2025-01-15")
        self.notice("关于做好2023年度政府信息公开工作年度报告编制发布工作的函", 2023, "2023-12-26")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER] for i in range(0, len(self.entries), PER)]
        for n, chunk in enumerate(chunks):
            self.put(HOST, ROOT + ("index.htm" if n == 0 else f"index_{n}.htm"), self.list_page(chunk, n, len(chunks)))

    def page_of(self, title: str, date: str, content: str, source: str) -> str:
        self.id += self.rng.randint(7, 260)
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.id}.htm"
        inner = (
            '<div class="gx-pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="'
            f'{ROOT}'
            f'index.htm">政府信息公开年报</a></div><div class="gx-art"><h1>{escape(title)}</h1><div class="gx-info">发'
            '布日期：'
            f'{date}　信息来源：{escape(source)}　【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:d'
            'oZoom(16)">'
            f'中</a> <a href="javascript:doZoom(14)">小</a>】</div><div id="Zoom"><div class="TRS_Editor">{content}</d'
            'iv></div>'
            '<div class="gx-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.clos'
            'e()">'
            '【关闭窗口】</a></div></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 09:30">'
                f'<meta name="ContentSource" content="{escape(source)}">')
        url = self.put(HOST, ROOT + href[2:], frame(f"{title}_桠州高新技术产业开发区", inner, head))
        self.entries.append((href, title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" '
                                                       'cellpadding="0" align="center">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        month = date[:7].replace("-", "")
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        content = (f'<p style="text-indent:2em">{escape(doc.title)}全文见附件。</p><p style="text-indent:2em">附件：<a'
        ' href='
                   f'"./{name}" target="_blank">{escape(doc.title)}.{ext}</a></p>')
        url = self.page_of(doc.title, date, content, doc.agency_name)
        path = f"{ROOT}{month}/{name}"
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "桠州高新技术产业开发区管理委员会办公室"), title)

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        def cut(title: str) -> str:
            return title if len(title) <= CUT else title[:CUT] + "…"

        rows = "".join(f'<dd><em>{d}</em><a href="{h}" target="_blank" title="{escape(t)}">{escape(cut(t))}</a></dd>'
                       for h, t, d in chunk)
        pager = (
            '<div class="gx-page" id="gxPage"></div><script type="text/javascript">\n'
            f"var countPage = {pages};\nvar currentPage = {n};\nvar recordCount = {len(self.entries)};\n"
            "(function () {\n  var h = '<span>共' + recordCount + '条</span> ';\n"
            "  for (var i = 0; i < countPage; i++) {\n"
            "    var f = i == 0 ? 'index.htm' : 'index_' + i + '.htm';\n"
            "    h += i == currentPage ? '<b>' + (i + 1) + '</b> ' : '<a href=\"' + f + '\">' + (i + 1) + '</a> ';\n"
            "  }\n  document.getElementById('gxPage').innerHTML = h;\n})();\n</script>"
        )
        inner = (
            '<div class="gx-pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 政府信息公'
            '开年报'
            '</div><div class="gx-left"><h3>信息公开</h3><ul><li><a href="/xxgk/xxgkzn/">信息公开指南</a></li><li><a h'
            'ref='
            '"/xxgk/xxgkzd/">信息公开制度</a></li><li><a href="/xxgk/fdzdgknr/">法定主动公开内容</a></li><li class="on'
            '"><a '
            f'href="{ROOT}index.htm">政府信息公开年报</a></li></ul></div><div class="gx-right"><h2>政府信息公开年报</h'
            '2>'
            f'<dl class="gx-list">{rows}</dl>{pager}</div>'
        )
        return frame("政府信息公开年报_桠州高新技术产业开发区", inner, '<meta name="ColumnName" content="政府信息公开'
        '年报">')


PORTALS = [TrsYazhou]
