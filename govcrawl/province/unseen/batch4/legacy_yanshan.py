"""㟅山县 (www.yanshan.gov.test): a legacy DedeCMS county site in GB18030 that says "gbk" badly.

The registry entry has no ``cms``.  The 年报 list ``/a/zwgk/xxgknb/`` (also ``list_12_1.html``) pages
as ``list_12_2.html`` … under DedeCMS's own pager: ``<span class="pageinfo">共 <strong>3</strong>页
<strong>8</strong>条</span>``, numbered links, 下一页/末页 and a ``<select name="sldd">`` jumper.
Articles ``/a/zwgk/xxgknb/<YYYY>/<MMDD>/<aid>.html`` put the body in ``div.content`` under a
``div.info`` line whose hit counter is ``/plus/count.php``; the 2023 report is a stub whose PDF is
a Dede upload ``/uploads/soft/<yymmdd>/1-<stamp>.pdf``.  Every page is GB18030 — the county's name
uses 㟅 (U+37C5), outside GBK — the header says only ``text/html`` and the only declaration is a
malformed ``<meta httpequiv="ContentType" content="text/html; charset=gbk">`` (portals.md §4.2).
Titles: "㟅山县2021年度政府信息公开工作报告", "2022年㟅山县…年度报告".  Decoys: 法治政府建设年度报告,
统计年报, 政府网站工作年度报表.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.model import ReportDoc

HOST = "www.yanshan.gov.test"
SITE = "yanshan-gov"
OWNER = "㟅山县人民政府"
LIST = "/a/zwgk/xxgknb/"
TYPE = 12
PER_PAGE = 3
ENC = "gb18030"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head>'
        '<meta httpequiv="ContentType" content="text/html; charset=gbk" />'
        f"<title>{escape(title)}_㟅山县人民政府</title>"
        '<meta name="keywords" content="㟅山县,政府信息公开" /><link href="/templets/default/style/dedecms.css" '
        'rel="stylesheet" /></head><body><div class="header"><div class="top"><a href="/">㟅山县人民政府</a>'
        '<span><a href="javascript:;" onclick="setHomepage()">设为首页</a> | <a href="javascript:;" '
        'onclick="addFavorite()">加入收藏</a> | <a href="javascript:;" id="wzaBtn">无障碍浏览</a></span></div>'
        '<div class="nav"><a href="/">首页</a><a href="/a/zwdt/">政务动态</a><a href="/a/zwgk/">政务公开</a>'
        '<a href="/a/bsfw/">办事服务</a></div></div>'
        f'<div class="w960 center">{inner}</div><div class="footer"><p>㟅山县人民政府办公室 版权所有 地址：㟅山县'
        '城关镇府前路1号 邮编：982310</p><p>网站标识码：9823110008 未ICP备08001126号 Powered by DedeCMS</p></div>'
        "</body></html>"
    )


class LegacyYanshan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.aid = 140
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2020, "2021-01-29"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-26", title="㟅山县2021年度政府信息公开工作报告"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-31", title="2022年㟅山县政府信息公开工作年度报告"))
        self.stub(make_doc(rng, OWNER, 2023, "2024-01-29"))
        self.article(make_doc(rng, OWNER, 2024, "2025-01-23"))
        for title, date in (("㟅山县2023年法治政府建设年度报告", "2024-03-27"),
                            ("㟅山县2023年统计年报", "2024-05-10"),
                            ("㟅山县人民政府网站2024年政府网站工作年度报表", "2025-01-15")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i: i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            html = self.list_page(chunk, n, len(chunks))
            self.put(HOST, f"{LIST}list_{TYPE}_{n}.html", html, "text/html", ENC)
            if n == 1:
                self.put(HOST, f"{LIST}index.html", html, "text/html", ENC)

    def next_path(self, date: str) -> str:
        self.aid += self.rng.randint(1, 40)
        return f"{LIST}{date[:4]}/{date[5:7]}{date[8:]}/{self.aid}.html"

    def page_of(self, title: str, date: str, content: str) -> str:
        inner = (
            f'<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/zwgk/">政务公开'
            '</a> &gt; '
            f'<a href="{LIST}">政府信息公开年报</a> &gt;</div><div class="viewbox"><div class="title">'
            f'<h2>{escape(title)}'
            f'</h2></div><div class="info"><small>时间:</small>{date} 09:13<small>来源:</small>㟅山县政府办'
            f'<small>作者:</small>admin<small>点击:</small><script src="/plus/count.php?view=yes&aid={self.aid}&mid=1">'
            f'</script>次</div><div class="content"><table width="100%"><tr><td>{content}</td></tr></table></div>'
            '<div class="boxoff"><strong>------分隔线----------------------------</strong></div>'
            '<div class="handle"><div class="context"><ul><li>上一篇：<a href="javascript:;">返回列表</a></li></ul>'
            '</div>'
            '<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=1">收藏</a></li>'
            '<li id="act-pus"><a href="javascript:window.print()">打印</a></li></ul></div></div></div>'
        )
        return frame(title, inner)

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" '
                            'cellpadding="0">')
        url = self.put(HOST, path, self.page_of(doc.title, date, content), "text/html", ENC)
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        day = f"{date[2:4]}{date[5:7]}{date[8:]}"
        file = f"/uploads/soft/{day}/1-{day}09{self.rng.randint(1000, 9999)}.pdf"
        file_url = self.put_pdf(HOST, file, doc)
        content = (f"<p>　　{escape(doc.title)}全文请下载附件阅读。</p>"
                   f'<p>　　<a href="{file}">{escape(doc.title)}.pdf</a></p>')
        url = self.put(HOST, path, self.page_of(doc.title, date, content), "text/html", ENC)
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        path = self.next_path(date)
        content = "".join(f"<p>　　{escape(p)}</p>" for p in decoy_text(title, "㟅山县", int(date[:4]) - 1, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, content), "text/html", ENC), title)
        self.entries.append((path, title, date))

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        rows = "".join(f'<li><a href="{p}" class="title">{escape(t)}</a><span class="info"><small>日期：</small>{d}'
                       "</span></li>" for p, t, d in chunk)
        name = f"list_{TYPE}_{{}}.html"
        items = [f'<li><span class="pageinfo">共 <strong>{pages}</strong>页<strong>{len(self.entries)}</strong>条'
                 "</span></li>"]
        if n > 1:
            items += [f"<li><a href='{name.format(1)}'>首页</a></li>", f"<li><a href='{name.format(n - 1)}'>上一页</a>"
                      f"</li>"]
        items += [f'<li class="thisclass">{i}</li>' if i == n else f"<li><a href='{name.format(i)}'>{i}</a></li>"
                  for i in range(1, pages + 1)]
        if n < pages:
            items += [f"<li><a href='{name.format(n + 1)}'>下一页</a></li>", f"<li><a href='{name.format(pages)}'>末页"
                      f"</a></li>"]
        options = "".join(f"<option value='{name.format(i)}'{' selected' if i == n else ''}>{i}</option>"
                          for i in range(1, pages + 1))
        items.append("<li><select name='sldd' style='width:36px' onchange='location.href=this.options"
                     f"[this.selectedIndex].value;'>{options}</select></li>")
        inner = ('<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/zwgk/">政务公开'
                 '</a> '
                 f'&gt; 政府信息公开年报 &gt;</div><div class="listbox"><ul class="e2">{rows}</ul></div>'
                 f'<div class="dede_pages"><ul class="pagelist">{"".join(items)}</ul></div>')
        return frame("政府信息公开年报", inner)


PORTALS = [LegacyYanshan]
