"""堃阳县 (www.kunyang.gov.test): a legacy ASP.NET WebForms 信息公开 site in GBK whose list pages
by postback, sent with an odd charset header.

``/xxgk/InfoList.aspx?ClassID=15`` is a ``<form name="aspnetForm" method="post">`` page (hidden
``__VIEWSTATE``, ``__EVENTTARGET``, ``__EVENTARGUMENT``) with AspNetPager's markup: "共8条记录
当前第1/2页 每页5条", the numbers and 下一页/尾页 as ``javascript:__doPostBack('ctl00$ContentPlaceHolder1$
AspNetPager1','2')`` (portals.md §7: legacy list pages paged by a form POST; the postback form is
ASP.NET's).  A POST with ``__EVENTARGUMENT=2`` gives page 2; a GET always gives page 1.  Rows are
``<td class="td_title">·<a href="InfoShow.aspx?ID=N">`` with the date as ASP.NET prints it
("[2025/1/22]").  Details ``InfoShow.aspx?ID=N`` (an unknown id answers 200 "信息不存在", a soft 404)
show "发布时间：2025-1-22 15:30:45" (not zero-padded) and the body in the WebForms label
``<span id="ctl00_ContentPlaceHolder1_lblContent">`` (Word paste); attachments are repeater links
``ctl00_ContentPlaceHolder1_rptFile_ctl00_hlFile`` to ``/UploadFiles/Info/<YYYY>/<MM>/<stamp>.<ext>``:
the 2023 report an OFD, the 2024 report a .docx.  Every page is GBK with ``charset=gb2312`` in the
meta and the header ``text/html; charset=utf-8,gbk`` (portals.md §4.2: odd header values); the county's
name uses 堃, outside GB2312.  Titles: "…年度政府信息公开工作年度报告", "…年报".  Decoys: 统计公报, 公开指南.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.kunyang.gov.test"
SITE = "kunyang-gov"
OWNER = "堃阳县人民政府"
PER_PAGE = 5
CONTENT_TYPE = "text/html; charset=utf-8,gbk"
PAGER_ID = "ctl00$ContentPlaceHolder1$AspNetPager1"
POSTBACK = """<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>"""


def frame(title: str, inner: str, action: str, state: str) -> bytes:
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'
        f"<title>{escape(title)} - 堃阳县人民政府信息公开网</title></head><body>"
        f'<form name="aspnetForm" method="post" action="{action}" id="aspnetForm"><div>'
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" /></div>{POSTBACK}'
        '<div id="header"><img src="/images/ky_banner.jpg" alt="堃阳县人民政府信息公开网" /></div>'
        '<div id="menu"><a href="/">网站首页</a> | <a href="/xxgk/">信息公开</a> | '
        '<a href="/xxgk/InfoList.aspx?ClassID=1">'
        '公开指南</a> | <a href="/xxgk/Apply.aspx">依申请公开</a></div>'
        f'<div id="main">{inner}</div>'
        '<div id="footer">版权所有：堃阳县人民政府　地址：堃阳县迎宾大道18号　邮编：982541<br />'
        '网站标识码：9825410003　'
        "未ICP备08102314号　技术支持：堃阳县信息中心</div>"
        '<div><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="C2EE9ABB" /></div>'
        "</form></body></html>"
    )
    return html.encode("gbk", "xmlcharrefreplace")


class LegacyKunyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.info = 1_760
        self.details: dict[str, bytes] = {}
        self.viewstate = self.state()  # the list's and error pages' (ASP.NET's is the same for the same page)
        self.entries: list[tuple[str, str, str]] = []  # (ID, title, date)
        self.article(make_doc(rng, OWNER, 2020, "2021-01-27", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-25"))
        self.notice("堃阳县政府信息公开指南（2022年版）", "2022-06-08", 2022)
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30", title="堃阳县2022年度政府信息公开工作年度报告"))
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-31", title="堃阳县2023年政府信息公开年报"), "ofd")
        self.notice("堃阳县2023年国民经济和社会发展统计公报", "2024-03-29", 2023)
        self.article(make_doc(rng, "堃阳县公安局", 2024, "2025-01-20"))
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-22"), "docx")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, "/xxgk/InfoList.aspx", self.list_page)
        self.route(HOST, "/xxgk/InfoShow.aspx", self.detail)

    def state(self) -> str:
        return (
            "/wEPDwUK"
            + "".join(
                self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(120)
            )
            + "=="
        )

    def page_of(self, title: str, date: str, source: str, content: str, files: str = "") -> str:
        self.info += self.rng.randint(3, 60)
        info_id = str(self.info)
        y, m, d = (int(x) for x in date.split("-"))
        stamp = f"{y}-{m}-{d} {self.rng.randint(8, 17)}:{self.rng.randint(10, 59)}:{self.rng.randint(10, 59)}"
        inner = (
            '<div class="weizhi">当前位置：<a href="/">首页</a> &gt; '
            '<a href="InfoList.aspx?ClassID=15">政府信息公开年报'
            f'</a></div><div class="show"><h1><span id="ctl00_ContentPlaceHolder1_lblTitle">{escape(title)}</span></h1>'
            f'<div class="show_info">发布时间：<span id="ctl00_ContentPlaceHolder1_lblTime">{stamp}</span>　'
            f'信息来源：<span id="ctl00_ContentPlaceHolder1_lblSource">{escape(source)}</span>　浏览次数：'
            f'<span id="ctl00_ContentPlaceHolder1_lblHits">{self.rng.randint(80, 2000)}</span></div>'
            f'<div class="show_con"><span id="ctl00_ContentPlaceHolder1_lblContent">{content}</span></div>'
            + (f'<div class="show_file">相关附件：{files}</div>' if files else "")
            + '<div class="show_tool"><a href="javascript:window.print();">[打印本页]</a> '
            '<a href="javascript:window.close();">[关闭窗口]</a></div></div>'
        )
        self.details[info_id] = frame(title, inner, f"InfoShow.aspx?ID={info_id}", self.state())
        self.entries.append((info_id, title, date))
        return f"http://{HOST}/xxgk/InfoShow.aspx?ID={info_id}"

    def article(self, doc: ReportDoc) -> None:
        content = body_html(
            doc,
            word_para,
            word_cell,
            '<table class="MsoNormalTable" border="1" cellspacing="0" '
            'cellpadding="0" style="border-collapse:collapse;border:none">',
        )
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", doc.agency_name, content), doc)

    def attached(self, doc: ReportDoc, kind: str) -> None:
        date = doc.published_date or ""
        stamp = f"{date.replace('-', '')}{self.rng.randint(10**7, 10**8 - 1)}"
        path = f"/UploadFiles/Info/{date[:4]}/{date[5:7]}/{stamp}.{kind}"
        if kind == "ofd":
            file_url = self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
            media = OFD
        else:
            file_url = self.put(HOST, path, render_docx(doc), DOCX)
            media = DOCX
        files = (
            f'<a id="ctl00_ContentPlaceHolder1_rptFile_ctl00_hlFile" href="..{path}" target="_blank">'
            f"{escape(doc.title)}.{kind}</a>"
        )
        url = self.page_of(doc.title, date, "县政府办公室", '<p class="MsoNormal">　　全文见附件。</p>', files)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str, year: int) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "县政府办公室", content), title)

    def detail(self, request: Request) -> Response:
        found = self.details.get(request.param("ID"))
        if found is None:
            return Response(
                200,
                frame(
                    "提示",
                    '<div class="show"><p>您访问的信息不存在或已被删除！</p></div>',
                    "InfoShow.aspx",
                    self.viewstate,
                ),
                CONTENT_TYPE,
            )
        return Response(200, found, CONTENT_TYPE)

    def list_page(self, request: Request) -> Response:
        if request.param("ClassID") != "15":
            return Response(200, frame("提示", "<p>栏目不存在！</p>", "InfoList.aspx", self.viewstate), CONTENT_TYPE)
        count = -(-len(self.entries) // PER_PAGE)
        page = 1
        if request.method == "POST" and request.param("__EVENTTARGET") == PAGER_ID:
            argument = request.param("__EVENTARGUMENT")
            page = min(max(1, int(argument)), count) if argument.isdigit() else 1
        first = (page - 1) * PER_PAGE
        rows = "".join(
            f'<tr><td class="td_title">·<a href="InfoShow.aspx?ID={i}" target="_blank" title="{escape(t)}">{escape(t)}'
            f'</a></td><td class="td_date">[{int(d[:4])}/{int(d[5:7])}/{int(d[8:])}]</td></tr>'
            for i, t, d in self.entries[first : first + PER_PAGE]
        )

        def post(n: int, text: str) -> str:
            if n == page or n < 1 or n > count:
                return f'<a disabled="disabled" style="margin-right:5px;">{text}</a>'
            return f"<a href=\"javascript:__doPostBack('{PAGER_ID}','{n}')\" style=\"margin-right:5px;\">{text}</a>"

        numbers = "".join(
            f'<span style="margin-right:5px;font-weight:Bold;color:red;">{n}</span>' if n == page else post(n, str(n))
            for n in range(1, count + 1)
        )
        pager = (
            f'<div id="ctl00_ContentPlaceHolder1_AspNetPager1"><div style="width:40%;float:left;">'
            f"共{len(self.entries)}条记录 当前第{page}/{count}页 每页{PER_PAGE}条</div>"
            f'<div style="width:60%;float:left;">{post(1, "首页")}{post(page - 1, "上一页")}{numbers}'
            f"{post(page + 1, '下一页')}{post(count, '尾页')}</div></div>"
        )
        inner = (
            '<div class="weizhi">当前位置：<a href="/">首页</a> &gt; 政府信息公开年报</div>'
            f'<div class="list"><table class="tb_list" width="100%" cellspacing="0">{rows}</table>{pager}</div>'
        )
        body = frame("政府信息公开年报", inner, "InfoList.aspx?ClassID=15", self.viewstate)
        return Response(200, body, CONTENT_TYPE)


PORTALS = [LegacyKunyang]
