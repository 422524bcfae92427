"""枫岗县 (www.fenggang.gov.test): a 博达 VSB county whose 年报 column ``/zfxxgk/zfxxgknb.htm`` lists its rows in
VSB's ``<table class="winstyle1031">`` (``<tr id="line_u8_0">``, title cell then date cell), pages in reverse
under the same-named directory (page 2 ``zfxxgknb/2.htm``, page 3 — the last — ``zfxxgknb/1.htm``) under the
``pb_sys_common`` pager ("共10条" … "1/3"), and whose download links give the file only with a ``Referer``.

Four rows a page.  Articles ``/info/1031/<id>.htm``: ``form[name=_newscontent_fromname]``, ``div#vsb_content_4``
> ``div.v_news_content``, a 发布单位 / 发布时间 line and a ``_showDynClicks`` counter.  The 农业农村局's 2024
report is a .docx behind ``/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1593207411&
wbfileid=<n>`` in the VSB "附件【…】已下载 N 次" line (without a Referer: VSB's HTML error page); the 石桥镇's
2022 report is an image-only scan PDF at ``/__local/…pdf``, its page saying only "（扫描件）".  Chrome: 繁體 switch,
a 县情 nav, 网站地图, a 技术支持：博达软件 footer.

Reports (8): 枫岗县人民政府 2020–2024 (2020 old template), 枫岗县农业农村局 2024 (DOCX), 枫岗县民政局 2023,
枫岗县石桥镇人民政府 2022 (scan).  Decoys (2): 枫岗县2023年度部门决算, 枫岗县2024年政府信息公开工作年度报告的解读.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch22._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.fenggang.gov.test"
SITE = "fenggang-gov"
OWNER = "枫岗县人民政府"
TREE = 1031
OWNER_ID = 1593207411
PER = 4
DOWNLOAD = "/system/_content/download.jsp"
ERROR = ('<html><head><title>提示</title></head><body><div class="error">对不起，您访问的附件不存在或已过期，'
         '请从正确的页面访问。</div>' + "<!-- vsb -->" * 300 + '</body></html>')


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>'
        f'{esc(title)}</title><meta name="SiteName" content="枫岗县人民政府"><meta name="SiteIDCode" '
        f'content="9872040001"><link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"><script '
        f'src="/system/resource/js/dynclicks.js"></script></head><body><div class="header"><a href="/index.htm">'
        f'枫岗县人民政府</a> <a href="javascript:StranBody()">繁體</a></div><div class="nav"><a href="/index.htm">首页'
        f'</a><a href="/xq.htm">走进枫岗</a><a href="/zfxxgk.htm">政府信息公开</a><a href="/zwfw.htm">政务服务</a>'
        f'</div>{inner}<div class="footer">版权所有：枫岗县人民政府　网站标识码：9872040001　'
        f'<a href="/wzdt.htm">网站地图'
        f'</a>　技术支持：博达软件</div></body></html>'
    )


class VsbFenggang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 173_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        self.files: dict[str, Response] = {}
        for year, day in ((2020, 25), (2021, 27), (2022, 21), (2023, 24), (2024, 22)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"枫岗县{year}年政府信息公开工作年度报告"))
        self.docx(self.doc("枫岗县农业农村局", 2024, "2025-01-13", "枫岗县农业农村局2024年政府信息公开工作年度报告"))
        self.article(self.doc("枫岗县民政局", 2023, "2024-01-17", "县民政局2023年政府信息公开工作年度报告"))
        self.scan(self.doc("枫岗县石桥镇人民政府", 2022, "2023-01-19", "石桥镇2022年政府信息公开工作年度报告"))
        for title, year, date in (("枫岗县2023年度部门决算", 2023, "2024-08-30"),
                                  ("枫岗县2024年政府信息公开工作年度报告的解读", 2024, "2025-01-30")):
            url = self.page(title, date, "枫岗县人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            path = "/zfxxgk/zfxxgknb.htm" if k == 0 else f"/zfxxgk/zfxxgknb/{len(pages) - k}.htm"
            self.put(HOST, path, self.list_page(chunk, k, len(pages), len(rows)))
        self.route(HOST, DOWNLOAD, self.download)

    def page(self, title: str, date: str, unit: str, content: str) -> str:
        aid = self.next_id()
        path = f"/info/{TREE}/{aid}.htm"
        inner = (f'<div class="pos">当前位置：<a href="/index.htm">首页</a>&gt;&gt;<a href="/zfxxgk.htm">政府信息公开'
                 f'</a>'
                 f'&gt;&gt;<a href="/zfxxgk/zfxxgknb.htm">政府信息公开年报</a></div><form name="_newscontent_fromname">'
                 f'<div class="title">{esc(title)}</div>'
                 f'<div class="info">发布单位：{esc(unit)}　发布时间：{date}　浏览次数：'
                 f'<script>_showDynClicks("wbnews", {OWNER_ID}, {aid})</script></div><div id="vsb_content_4"><div '
                 f'class="v_news_content">{content}</div></div></form>')
        url = self.put(HOST, path, frame(f"{title}-枫岗县人民政府", inner))
        self.rows.append((f"../info/{TREE}/{aid}.htm", title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        url = self.page(doc.title, doc.published_date or "", doc.agency_name, self.body(doc))
        self.report(SITE, url, doc)

    def docx(self, doc: ReportDoc) -> None:
        fid = str(self.rng.randrange(10**6, 10**7))
        href = f"{DOWNLOAD}?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fid}"
        content = (f'<p class="vsbcontent_start">枫岗县农业农村局2024年政府信息公开工作年度报告见附件。</p><ul>'
                   f'<li>附件【<a '
                   f'href="{esc(href)}">{esc(doc.title)}.docx</a>】已下载<span id="nattach{fid}"><script>'
                   f'getClickTimes({fid},{OWNER_ID},"wbnewsfile","attach")</script></span>次</li></ul>')
        url = self.page(doc.title, doc.published_date or "", doc.agency_name, content)
        held = f"/__files/{fid}.docx"
        self.attach(HOST, held, doc, "docx")
        self.files[fid] = self.pages.pop((HOST, held))
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"http://{HOST}{href}")

    def scan(self, doc: ReportDoc) -> None:
        name = f"/__local/E/3A/5C/{self.rng.randrange(16**12):012X}_{self.rng.randrange(16**8):08X}.pdf"
        content = f'<p>（扫描件）</p><p><a href="{name}">{esc(doc.title)}.pdf</a></p>'
        url = self.page(doc.title, doc.published_date or "", doc.agency_name, content)
        file = self.attach(HOST, name, doc, "scan")
        self.report(SITE, url, doc, media_type=MEDIA["scan"], report_url=file, flags=("image_only",))

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or not request.headers.get("referer", request.headers.get("Referer", "")):
            return Response(200, ERROR.encode(), "text/html; charset=utf-8")
        return found

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int, total: int) -> str:
        prefix = "" if k == 0 else "../"
        rows = "".join(f'<tr id="line_u8_{i}"><td>'
                       f'<a href="{prefix}{h}" class="c{TREE}" target="_blank" title="{esc(t)}">'
                       f'{esc(t)}</a></td><td class="time">{d}</td></tr>' for i, (h, t, d) in enumerate(chunk))

        def link(j: int) -> str:  # j: zero-based page index
            return f"{prefix}{'zfxxgknb.htm' if j == 0 else f'zfxxgknb/{pages - j}.htm'}"

        nos = "".join(f'<span class="p_no_d">{j + 1}</span>' if j == k else
                      f'<span class="p_no"><a href="{link(j)}">{j + 1}</a></span>' for j in range(pages))
        first = ('<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>' if k == 0 else
                 f'<span class="p_first p_fun"><a href="{link(0)}">首页</a></span><span class="p_prev p_fun"><a '
                 f'href="{link(k - 1)}">上页</a></span>')
        last = ('<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>' if k == pages - 1
                else f'<span class="p_next p_fun"><a href="{link(k + 1)}">下页</a></span><span class="p_last p_fun">'
                     f'<a href="{link(pages - 1)}">尾页</a></span>')
        pager = (f'<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共{total}条</span><span '
                 f'class="p_pages">{first}{nos}{last}</span><span class="p_t">{k + 1}/{pages}</span></div>')
        inner = (f'<div class="pos">当前位置：<a href="/index.htm">首页</a>&gt;&gt;<a href="/zfxxgk.htm">政府信息公开'
                 f'</a>'
                 f'&gt;&gt;政府信息公开年报</div><div class="lm">政府信息公开年报</div><table class="winstyle{TREE}" '
                 f'width="100%">{rows}</table>{pager}')
        return frame("政府信息公开年报-枫岗县人民政府", inner)


PORTALS = [VsbFenggang]
