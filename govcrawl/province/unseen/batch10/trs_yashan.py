"""岈山县 (www.yashan.gov.test): TRS WCM classic whose pager computes its page count from a record
count and a page size.

The 年报 column ``/xxgk/fdzdgknr/gknb/index.html`` lists its entries as ``<p class="gk-row">`` lines
with the date *before* the link, written "2025/01/22" (slashes) in ``<span class="rq">``.  The pager
is TRS's 4-argument, zero-based ``createPageHTML`` (``index_1.html``, ``index_2.html``) from the
shared ``/js/createpage.js``, but the template's integrator passes a computed count:
``var recordCount = 12; var pageSize = 4; createPageHTML(Math.ceil(recordCount / pageSize), 0, "index",
"html");`` (no literal page count anywhere; a "共12条" caption beside it).  Articles
``./YYYYMM/tYYYYMMDD_<docid>.html`` put the body in ``div#zoom > div.TRS_Editor`` (Word pastes); the
2022 report's table 三 is cut in two at a page break.  The 2023 report's title is in 《》 and its
file is a PDF in a ``table.fj_table`` after the editor div; the 2024 report, titled with a
bracketed note "（含附表）", is a .docx in the same block.  One page's ``PubDate`` meta disagrees with
the visible date.  Titles: year first ("2020年岈山县…"), the county office's name (agency
岈山县人民政府), "县统计局2023年度政府信息公开年报" (agency 岈山县统计局, named by ContentSource), a
town's "石门镇2024年…" (岈山县石门镇人民政府).  2019 is in the old template.  Decoys: 法治政府建设
年度报告, 关于报送…年度报告的函, a 年度报告编制说明.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
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
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.yashan.gov.test"
SITE = "yashan-gov"
OWNER = "岈山县人民政府"
ROOT = "/xxgk/fdzdgknr/gknb/"
PER_PAGE = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="SiteName" content="岈山县人民政府"><meta name="SiteDomain" content="www.yashan.gov.test">'
        f'<meta name="SiteIDCode" content="9844110004">{metas}<title>{escape(title)}-岈山县人民政府网</title>'
        '<script src="/js/createpage.js"></script></head><body>'
        '<div class="ys-topbar"><a href="javascript:;" id="wzaBtn">无障碍浏览</a> | <a href="javascript:;">长者模式</a>'
        ' | <a href="/wzdt/">网站地图</a> | <span id="weather"></span></div>'
        '<div class="ys-banner"><img src="/images/banner.jpg" alt="岈山县人民政府"></div>'
        '<div class="ys-nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">办事服务</a>'
        f'<a href="/gzhd/">公众参与</a></div><div class="ys-body">{inner}</div>'
        '<div class="ys-foot"><p>主办：岈山县人民政府办公室　承办：岈山县大数据中心</p><p>网站标识码：9844110004　'
        '未ICP备19004417号-2　未公网安备 98441102000123号</p><p>您是本站第<span id="siteFlowId"></span>位访客</p>'
        '<span id="_ideConac"></span><script id="_jiucuo_" sitecode="9844110004" '
        'src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


class TrsYashan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 3_817_200
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-01-21", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-29", title="2020年岈山县政府信息公开工作年度报告"))
        self.article(
            make_doc(rng, OWNER, 2021, "2022-01-26", title="岈山县2021年度政府信息公开工作年度报告"),
            pub_meta="2022-02-08 09:30",
        )
        self.article(
            make_doc(rng, OWNER, 2022, "2023-01-30", title="岈山县人民政府办公室2022年政府信息公开工作年度报告"),
            split=True,
        )
        self.notice("岈山县2022年法治政府建设年度报告", "2023-03-17", "县司法局")
        self.attached(
            make_doc(rng, OWNER, 2023, "2024-01-25", title="《岈山县2023年政府信息公开工作年度报告》"), PDF, "pdf"
        )
        self.article(
            make_doc(rng, "岈山县统计局", 2023, "2024-01-18", title="县统计局2023年度政府信息公开年报"),
            source="岈山县统计局",
        )
        self.notice("关于报送2024年度政府信息公开工作年度报告的函", "2024-12-20", "县政府办")
        self.attached(
            make_doc(rng, OWNER, 2024, "2025-01-23", title="岈山县2024年政府信息公开工作年度报告（含附表）"),
            DOCX,
            "docx",
        )
        self.article(
            make_doc(rng, "岈山县石门镇人民政府", 2024, "2025-01-17", title="石门镇2024年政府信息公开工作年度报告"),
            source="石门镇人民政府",
        )
        self.article(make_doc(rng, "岈山县应急管理局", 2024, "2025-01-20"), source="岈山县应急管理局")
        self.notice("岈山县2024年政府信息公开工作年度报告编制说明", "2025-01-23", "县政府办")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            self.put(HOST, ROOT + ("index.html" if index == 0 else f"index_{index}.html"), self.list_page(chunk, index))
        self.put(HOST, "/js/createpage.js", PAGE_JS, "application/javascript")

    def page_of(
        self, title: str, date: str, source: str, content: str, after: str = "", pub_meta: str | None = None
    ) -> str:
        self.docid += self.rng.randint(7, 333)
        ym, ymd = date[:7].replace("-", ""), date.replace("-", "")
        href = f"./{ym}/t{ymd}_{self.docid}.html"
        metas = (
            f'<meta name="ColumnName" content="政府信息公开年报"><meta name="ArticleTitle" content="{escape(title)}">'
            f'<meta name="PubDate" content="{pub_meta or date + " 16:12"}">'
            f'<meta name="ContentSource" content="{escape(source)}">'
        )
        inner = (
            '<div class="ys-crumb">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">信息公开</a> &gt;&gt; '
            f'<a href="{ROOT}">政府信息公开年报</a></div><div class="ys-article"><h1 class="ys-title">{escape(title)}'
            f'</h1><div class="ys-info"><span>发布日期：{date}</span><span>信息来源：{escape(source)}</span>'
            "<span>阅读次数：<script>document.write(Math.floor(Math.random()*900)+100)</script></span>"
            '<span>【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
            '<a href="javascript:doZoom(14)">小</a>】</span></div><div id="zoom"><div class="TRS_Editor">'
            '<style type="text/css">.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:1.8;font-family:宋体;}'
            f"</style>{content}</div></div>{after}"
            '<div class="ys-share">分享到：<a class="wx">微信</a><a class="wb">微博</a></div>'
            '<div class="ys-ewm"><img src="/images/ewm.png" alt=""><p>用手机扫描二维码 浏览当前页面</p></div>'
            '<div class="ys-tool"><a href="javascript:window.print();">【打印本页】</a>'
            '<a href="javascript:window.close();">【关闭窗口】</a></div></div>'
        )
        url = self.put(HOST, ROOT + href[2:], frame(title, inner, metas))
        self.entries.append((href, title, date))
        return url

    def article(
        self, doc: ReportDoc, source: str = "县政府办公室", split: bool = False, pub_meta: str | None = None
    ) -> None:
        cut = {"t3": split_point(doc, "t3", self.rng)} if split else None
        content = body_html(
            doc,
            word_para,
            word_cell,
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse">',
            split=cut,
            page_break=WORD_BREAK,
        )
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content, pub_meta=pub_meta), doc)

    def attached(self, doc: ReportDoc, media: str, ext: str) -> None:
        date = doc.published_date or ""
        ym = date[:7].replace("-", "")
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        path = f"{ROOT}{ym}/{name}"
        file_url = self.put_pdf(HOST, path, doc) if media == PDF else self.put(HOST, path, render_docx(doc), DOCX)
        shown = doc.title.strip("《》")
        after = (
            '<table class="fj_table" width="100%"><tr><td class="fj_tit">附件：</td><td>'
            f'<a href="./{name}" target="_blank">1.{escape(shown)}.{ext}</a></td></tr></table>'
        )
        content = (
            f"<p>　　根据《中华人民共和国政府信息公开条例》要求，现将{escape(shown)}予以公布，全文请下载附件查阅。</p>"
        )
        url = self.page_of(doc.title, date, "县政府办公室", content, after)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str, source: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, source, content), title)

    def list_page(self, chunk: list[tuple[str, str, str]], index: int) -> str:
        rows = "".join(
            f'<p class="gk-row"><span class="rq">{d.replace("-", "/")}</span>·<a href="{h}" target="_blank" '
            f'title="{escape(t)}">{escape(t)}</a></p>'
            for h, t, d in chunk
        )
        inner = (
            '<div class="ys-crumb">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">信息公开</a> &gt;&gt; '
            '政府信息公开年报</div><div class="ys-left"><h3>法定主动公开'
            '内容</h3><ul><li><a href="/xxgk/fdzdgknr/zcwj/">'
            '政策文件</a></li><li class="on"><a href="./">政府信息公开年报</a></li><li><a href="/xxgk/zfxxgkzn/">'
            f'政府信息公开指南</a></li></ul></div><div class="ys-right"><div class="gk-list">{rows}</div>'
            f'<div class="ys-page"><span>共{len(self.entries)}条</span><script type="text/javascript">'
            f"var recordCount = {len(self.entries)}; var pageSize = {PER_PAGE};\n"
            f'createPageHTML(Math.ceil(recordCount / pageSize), {index}, "index", "html");</script></div></div>'
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PAGE_JS = """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) return;
  var name = function (i) { return i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt; };
  var out = "";
  out += _nCurrIndex == 0 ? "<span>首页</span>" : "<a href='" + name(0) + "'>首页</a>";
  out += _nCurrIndex == 0 ? "<span>上一页</span>" : "<a href='" + name(_nCurrIndex - 1) + "'>上一页</a>";
  out += _nCurrIndex == _nPageCount - 1 ? "<span>下一页</span>" : "<a href='" + name(_nCurrIndex + 1) + "'>下一页</a>";
  out += _nCurrIndex == _nPageCount - 1 ? "<span>尾页</span>" : "<a href='" + name(_nPageCount - 1) + "'>尾页</a>";
  out += "<span>当前第" + (_nCurrIndex + 1) + "/" + _nPageCount + "页</span>";
  document.write(out);
}
"""

PORTALS = [TrsYashan]
