"""湄坞县 (www.meiwu.gov.test): 博达 VSB static lists whose later pages link articles two levels up.

``/zwgk/zfxxgknb.htm`` and its reverse-numbered pages ``zfxxgknb/3.htm`` … ``zfxxgknb/1.htm``
(portals.md §1.4).  The template's pager is ``pb_sys_short``: "共10条" and "第1/4页" in ``p_t`` spans
and only 首页/上页/下页/尾页 — no page numbers.  Rows are ``<li id="line_u8_N">`` with the title cut
with "…" (full title in ``title=``), a ``new.gif`` icon on the newest, and the date in Chinese form
("2025年01月22日") after the link; because the later pages sit one directory deeper, their links are
``../../info/1327/N.htm`` where page 1 has ``../info/1327/N.htm``.  Articles ``/info/1327/<id>.htm``,
body ``#vsb_content .v_news_content`` (no numeric suffix) in the ``_newscontent_fromname`` form, click
count by ``_showDynClicks`` (``dynclicks.jsp`` answers a number).  The 2024 report is a stub whose
PDF is in VSB's "附件【…】已下载N次" line inside the form after the content; ``download.jsp`` answers
an HTML error page unless the article is the Referer.  Titles: full-width digits
("湄坞县２０２３年…", inferred from report-format's full-width digits), a bureau as "县自然资源局…"
(agency 湄坞县自然资源局) and a town as "城关镇…" (agency 湄坞县城关镇人民政府).  Decoys: 政府网站工作年度报表,
法治政府建设年度报告, a 公告.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.meiwu.gov.test"
SITE = "meiwu-gov"
OWNER = "湄坞县人民政府"
TREE = 1327
OWNER_ID = 1795201337
PER_PAGE = 3
NEW = '<img src="/images/new.gif" alt="new">'  # the template's icon on the newest entries
ERROR = (
    "<html><head><title>提示信息</title></head><body><div class='err'>"
    + "<p>对不起，您没有权限下载此附件或附件不存在。</p>" * 45
    + "</div></body></html>"
).encode()


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f'<meta name="SiteName" content="湄坞县人民政府">{metas}<title>{escape(title)}-湄坞县人民政府</title>'
        '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css">'
        '<script src="/system/resource/js/dynclicks.js"></script></head><body>'
        '<div class="mw-header"><img src="/images/mw_logo.png" alt="湄坞县人民政府"><ul class="mw-nav"><li><a href="/">'
        '首页</a></li><li><a href="/zwgk.htm">政务公开</a></li><li><a href="/zwfw.htm">政务服务</a></li></ul></div>'
        f'<div class="mw-main">{inner}</div><div class="mw-footer">湄坞县人民政府办公室主办　网站标识码：9825210006'
        '<br>技术支持：博达软件　<a href="http://bszs.conac.cn/sitename?method=show&id=5A1C">党政机关</a></div>'
        "</body></html>"
    )


class VsbMeiwu(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.news = 4_380
        self.attachments: dict[str, tuple[str, str]] = {}  # wbfileid → (article url, file path)
        self.entries: list[tuple[int, str, str]] = []  # (id, title, date)
        self.article(make_doc(rng, OWNER, 2020, "2021-01-26", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-21"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-29"))
        self.notice("湄坞县2023年法治政府建设年度报告", "2024-03-15")
        self.article(make_doc(rng, OWNER, 2023, "2024-01-30", title="湄坞县２０２３年政府信息公开工作年度报告"))
        self.article(
            make_doc(rng, "湄坞县自然资源局", 2024, "2025-01-14", title="县自然资源局2024年政府信息公开工作年度报告")
        )
        self.article(
            make_doc(rng, "湄坞县城关镇人民政府", 2024, "2025-01-16", title="城关镇2024年政府信息公开工作年度报告")
        )
        self.notice("湄坞县人民政府网站2024年政府网站工作年度报表", "2025-01-18")
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-22"))
        self.notice("关于公布湄坞县2024年政府信息公开工作年度报告的公告", "2025-01-23")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.lists()
        self.route(HOST, "/system/_content/download.jsp", self.download)
        self.route(
            HOST,
            "/system/resource/code/news/click/dynclicks.jsp",
            lambda r: Response(
                200, str(100 + int(r.param("clickid", "0") or 0) % 900).encode(), "text/html; charset=utf-8"
            ),
        )

    def page_of(self, title: str, date: str, content: str, after: str = "") -> str:
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 10:00">'
            '<meta name="ContentSource" content="湄坞县人民政府办公室">'
        )
        inner = (
            '<div class="mw-loc">当前位置：<a href="/">首页</a>&gt;&gt;<a href="/zwgk.htm">政务公开</a>&gt;&gt;'
            '<a href="/zwgk/zfxxgknb.htm">政府信息公开年报</a></div>'
            f'<form name="_newscontent_fromname"><div class="mw-art"><h2>{escape(title)}</h2>'
            f'<div class="mw-meta">时间：{date}　作者：　来源：县政府办　点击数：<script>_showDynClicks("wbnews", '
            f'{OWNER_ID}, {self.news})</script></div><div id="vsb_content"><div class="v_news_content">{content}'
            f"</div></div>{after}</div></form>"
        )
        return frame(title, inner, metas)

    def publish(self, title: str, date: str, content: str, after: str = "") -> str:
        self.news += self.rng.randint(3, 90)
        self.entries.append((self.news, title, date))
        return self.put(HOST, f"/info/{TREE}/{self.news}.htm", self.page_of(title, date, content, after))

    def article(self, doc: ReportDoc) -> None:
        content = body_html(
            doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%" class="vsb_table">'
        )
        self.report(SITE, self.publish(doc.title, doc.published_date or "", content), doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        fileid = str(self.rng.randint(8_000_000, 8_999_999))
        path = f"/__local/{fileid[:1]}/{fileid[1:3]}/{fileid}.pdf"
        self.put_pdf(HOST, path, doc)
        link = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fileid}"
        after = (
            f'<ul style="list-style-type:none;"><li>附件【<a href="{link}" target="_blank">{escape(doc.title)}.pdf'
            f'</a>】已下载<span id="nattach{fileid}"><script>getClickTimes({fileid},{OWNER_ID},"wbnewsfile",'
            '"attach")</script></span>次</li></ul>'
        )
        url = self.publish(doc.title, date, "<p>　　详见附件。</p>", after)
        self.attachments[fileid] = (url, path)
        self.report(SITE, url, doc, media_type=PDF, report_url=f"http://{HOST}{link}")

    def download(self, request: Request) -> Response:
        found = self.attachments.get(request.param("wbfileid"))
        if found is None or request.headers.get("referer", "").split("?")[0] != found[0]:
            return Response(200, ERROR, "text/html; charset=utf-8")
        return self.dynamic[(HOST, found[1])](request)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.publish(title, date, content), title)

    def lists(self) -> None:
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        count = len(chunks)

        def file_of(k: int) -> str:  # page k (1-based) as a path under /zwgk/
            return "zfxxgknb.htm" if k == 1 else f"zfxxgknb/{count - k + 1}.htm"

        for k, chunk in enumerate(chunks, start=1):
            up = "../" if k == 1 else "../../"
            here = "" if k == 1 else "../"

            def link(target: int, text: str, cls: str, k: int = k, here: str = here) -> str:
                if target == k or target < 1 or target > count:
                    return f'<span class="{cls}_d p_fun_d">{text}</span>'
                return f'<span class="{cls} p_fun"><a href="{here}{file_of(target)}">{text}</a></span>'

            def cut(title: str) -> str:
                return title if len(title) <= 20 else title[:19] + "…"

            rows = "".join(
                f'<li id="line_u8_{n}"><a href="{up}info/{TREE}/{nid}.htm" target="_blank" title="{escape(t)}">'
                f"{escape(cut(t))}</a>{NEW if k == 1 and n < 2 else ''}"
                f'<span class="date">{d[:4]}年{d[5:7]}月{d[8:]}日</span></li>'
                for n, (nid, t, d) in enumerate(chunk)
            )
            pager = (
                f'<div class="pb_sys_common pb_sys_short pb_sys_style2"><span class="p_t">共{len(self.entries)}条'
                f'</span> <span class="p_t">第{k}/{count}页</span> <span class="p_pages">'
                f"{link(1, '首页', 'p_first')}{link(k - 1, '上页', 'p_prev')}{link(k + 1, '下页', 'p_next')}"
                f"{link(count, '尾页', 'p_last')}</span></div>"
            )
            inner = (
                '<div class="mw-loc">当前位置：<a href="/">首页</a>&gt;&gt;<a href="/zwgk.htm">政务公开</a>&gt;&gt;'
                f'政府信息公开年报</div><div class="mw-list"><h3>政府信息公开年报</h3><ul>{rows}</ul>{pager}'
                f"<script>_showDynClickBatch([{','.join(str(e[0]) for e in chunk)}],"
                f'[{",".join(str(e[0]) for e in chunk)}],"wbnews",{OWNER_ID})</script></div>'
            )
            self.put(
                HOST,
                "/zwgk/" + file_of(k),
                frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">'),
            )


PORTALS = [VsbMeiwu]
