"""磥山县教育局 (jyj.leishan.gov.test): a county bureau's 博达 VSB site on an old "winstyle" template — its 年报
column is a layout ``<table class="winstyle61523">`` of ``<tr height="20">`` rows (``<a class="c61523">`` titles,
``<span class="timestyle61523">`` dates) whose pager is a last table row of plain text and links in
``<td class="pagestyle61523">``: "共12条&nbsp;1/3&nbsp;首页&nbsp;上页&nbsp;<a href="ndbg/2.htm" class="Next">下页</a>
&nbsp;<a href="ndbg/1.htm" class="Next">尾页</a>" (VSB's reverse-numbered directory pages), with no page numbers.

``/zwgk/ndbg.htm`` is page 1; page k ≥ 2 is ``/zwgk/ndbg/<4−k>.htm`` (``ndbg/2.htm`` page 2, ``ndbg/1.htm`` page 3),
four rows a page, newest first; the later pages link back with ``../ndbg.htm`` and relative ``2.htm`` / ``1.htm``.
Rows link ``../info/1047/<id>.htm`` (from the directory pages ``../../info/1047/<id>.htm``).  Articles
``/info/1047/<id>.htm``: ``<form name="_newscontent_fromname">``, ``<td class="titlestyle61531">`` title, a
``<td class="timestyle61531">`` line (发布时间 | 来源 | 点击 ``_showDynClicks``), body in ``div#vsb_content_4`` >
``div.v_news_content``.  The 2024 report's body is one line and its PDF is
``附件【<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1351827761&wbfileid=<n>">…pdf</a>】
已下载<span id="nattach…">…</span>次`` (the download answers without a Referer too).  The 教师发展中心's report is
titled "县教师发展中心…"; its full name is in the 来源 cell.

Reports (7): 磥山县教育局 2019–2024 (2019–2020 old template; 2024 a PDF), 磥山县教师发展中心 2022.
Decoys (2): 磥山县教育局2024年政务公开工作要点, 磥山县教育局政府信息公开指南（2023年修订）.
Other rows (3): 招生, 资助 and 教师招聘 notices.  Chrome: a 无障碍 / 繁體 bar, a VSB search form, footer with 主办单位,
网站标识码, ICP, 公安备案, "技术支持：博达软件".
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch30._site import MEDIA, Site, esc

HOST = "jyj.leishan.gov.test"
SITE = "leishan-jyj"
OWNER = "磥山县教育局"
OWNER_ID = "1351827761"
PER = 4
CODE = "9880030014"
NAV = (("/index.htm", "首页"), ("/jydt.htm", "教育动态"), ("/zwgk.htm", "政务公开"), ("/bsfw.htm", "办事服务"))


def frame(title: str, inner: str, root: str) -> str:
    nav = "".join(f'<td><a href="{root}{p[1:]}">{n}</a></td>' for p, n in NAV)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}"><title>{esc(title)}</title>'
            '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"></head><body>'
            '<div class="topbar"><a href="javascript:;">无障碍</a> <a href="javascript:;">繁體</a></div>'
            '<table width="1100" align="center"><tr><td class="logo">磥山县教育局</td><td><form name="searchform61510"'
            ' action="/search.jsp?wbtreeid=1001" method="post"><input name="showkeycode"><input type="submit" '
            f'value="搜索"></form></td></tr></table><table class="men'
            f'u" width="1100" align="center"><tr>{nav}</tr></table>'
            f'{inner}<table class="foot" width="1100" align'
            f'="center"><tr><td>主办单位：磥山县教育局　地址：磥山县文昌路6号<br>'
            f'网站标识码：{CODE}　未ICP备20031196号　未公网安备98800302000087号<br>技术支持：博达软件</td></tr></table>'
            '</body></html>')


class VsbLeishan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 251_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str]] = []
        for year, day in ((2019, 30), (2020, 21), (2021, 27), (2022, 26), (2023, 29)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"磥山县教育局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        doc = self.doc(OWNER, 2024, "2025-01-24", "磥山县教育局2024年政府信息公开工作年度报告")
        fid = self.rng.randint(300000, 399999)
        link = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fid}"
        url = self.article(doc.title, "2025-01-24", OWNER, f"<p>{esc(doc.title)}见附件。</p>",
                           f'<ul style="list-style-type:none;"><li>附件【<a href="{esc(link)}" target="_blank">'
                           f'{esc(doc.title)}.pdf</a>】已下载<span id="nattach{fid}"><script>getClickTimes({fid},'
                           f'{OWNER_ID},"wbnewsfile","attach")</script></span>次</li></ul>')
        target = self.attach(HOST, f"/_vsbfiles/{fid}.pdf", doc, "pdf")
        handler = self.dynamic[(HOST, f"/_vsbfiles/{fid}.pdf")]
        self.route(HOST, "/system/_content/download.jsp",
                   lambda r: handler(r) if r.param("wbfileid") == str(fid) else self.not_found(r))
        del target
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=f"http://{HOST}{link}")
        unit = "磥山县教师发展中心"
        doc = self.doc(unit, 2022, "2023-01-20", "县教师发展中心2022年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2023-01-20", unit, self.body(doc)), doc)
        for title, year, date in (("磥山县教育局2024年政务公开工作要点", 2024, "2024-03-22"),
                                  ("磥山县教育局政府信息公开指南（2023年修订）", 2023, "2023-06-15")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        for title, date in (("2024年秋季义务教育阶段招生入学公告", "2024-06-28"),
                            ("关于发放2024年春季学期学生资助资金的公示", "2024-05-13"),
                            ("磥山县2024年公开招聘中小学教师公告", "2024-04-02")):
            self.article(title, date, OWNER, f"<p>{esc(title)}，详情请咨询县教育局。</p>")
        for path, label in NAV:
            self.put(HOST, path, frame(f"{label}-磥山县教育局",
                                       f'<table width="1100" align="center"><tr><td><h3>{label}'
                                                               '</h3><a href="zwgk/ndbg.h'
                                                               'tm">政府信息公开年报</a></td></tr>'
                                                               '</table>', ""))
        self.put(HOST, "/", frame("磥山县教育局", '<table width="1100" align="center"><tr><td><a href="zwgk/ndbg.htm">'
                                                  '政府信息公开年报</a></td></tr></table>', ""))
        self.put(HOST, "/system/resource/css/pagedown/sys.css", ".pb_sys_common{font-size:12px}", "text/css")
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            path = "/zwgk/ndbg.htm" if k == 1 else f"/zwgk/ndbg/{pages - k + 1}.htm"
            self.put(HOST, path, self.list_page(k, pages))

    def article(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        aid = self.next_id()
        self.rows.append((date, aid, title))
        inner = (f'<table width="1100" align="center"><tr><td class="pos">当前位置：<a href="../../index.htm">首页</a>'
                 '&gt;&gt;<a href="../../zwgk.htm">政务公开</a>&gt;'
                 '&gt;<a href="../../zwgk/ndbg.htm">政府信息公开年报</a>'
                 '</td></tr></table><form name="_newscontent_fromname"><table width="1000" align="center">'
                 f'<tr><td class="titlestyle61531" align="center">{esc(title)}</td></tr><tr><td class="timestyle61531" '
                 f'align="center">发布时间：{date}&nbsp;&nbsp;来源：{esc(unit)}&nbsp;&nbsp;点击：<script>_showDynClicks('
                 f'"wbnews", {OWNER_ID}, {aid})</script></td></tr><tr><td><div id="vsb_content_4"><div '
                 f'class="v_news_content">{content}</div></div>{after}</td></tr></table></form>')
        return self.put(HOST, f"/info/1047/{aid}.htm", frame(f"{title}-磥山县教育局", inner, "../../"))

    def list_page(self, k: int, pages: int) -> str:
        up = "../" if k > 1 else ""
        rows = "".join(f'<tr height="20"><td width="2%">·</td><td><a href="{up}../info/1047/'
                       f'{aid}.htm" class="c61523" title="{esc(t)}" target="_blank">{esc(t)}</a></td><td width="1%" '
                       f'nowrap align="right"><span class="timestyle61523">{d}&nbsp;</span></td></tr>'
                       for d, aid, t in self.rows[(k - 1) * PER:k * PER])

        def page(n: int) -> str:
            if n == 1:
                return "../ndbg.htm" if k > 1 else "ndbg.htm"
            return f"{pages - n + 1}.htm" if k > 1 else f"ndbg/{pages - n + 1}.htm"

        first = "首页&nbsp;上页&nbsp;" if k == 1 else (f'<a href="{page(1)}" class="Next">首页</a>&nbsp;<a href="'
                                                      f'{page(k - 1)}" class="Next">上页</a>&nbsp;')
        last = "下页&nbsp;尾页" if k == pages else (f'<a href="{page(k + 1)}" class="Next">下页</a>&nbsp;<a href="'
                                                   f'{page(pages)}" class="Next">尾页</a>')
        inner = (f'<table width="1100" align="center"><tr><td class="pos">当前位置：<a href="{up}../index.htm">首页</a>'
                 f'&gt;&gt;<a href="{up}../zwgk.htm">政务公开</a>&gt;&gt;政府信息公开年报</td></tr></table>'
                 f'<table class="winstyle61523" width="100%" cellpadding="0">{rows}<tr><td colspan="3" align="center" '
                 f'class="pagestyle61523">共{len(self.rows)}条&nbsp;&nbsp;{k}/{pages}&nbsp;{first}{last}</td></tr>'
                 '</table>')
        return frame("政府信息公开年报-磥山县教育局", inner, up + "../")


PORTALS = [VsbLeishan]
