"""邺城县 (xxgk.yecheng.gov.test): the 信息公开 system of a VSB (博达) county site on its own host, whose
年报 catalogue is the dynamic ``/info/iList.jsp?cat_id=…`` paged by ``cur_page``, whose articles are
``/info/<cat>/<id>.htm`` and whose files are behind VSB's ``download.jsp`` (a .docx in 2020, an OFD in
2024), named only by ``Content-Disposition``.

``/info/iList.jsp?cat_id=13541`` shows a ``<table class="xxgk_list">`` (索引号 | 标题 | 发文日期) of five
rows and the VSB pager "共12条记录 当前第1/3页" with ``<a href="iList.jsp?cat_id=13541&cur_page=2">下一页
</a>`` and 尾页 links (``cur_page=3``); a ``cur_page`` past the end answers the last page again, as the
system does.  The main host ``www.yecheng.gov.test`` links the catalogue from its 信息公开 page.
Articles carry a VSB ``<div class="v_news_content">`` and a 附件【…】 line: ``/system/_content/
download.jsp?urltype=news.DownloadAttachUrl&owner=<n>&wbfileid=<n>``.

Reports (8): 邺城县人民政府 2019–2024 (2020 .docx, 2024 OFD), 邺城县自然资源局 2024, 邺城县邺南镇人民政府 2023.
Decoys (4): 邺城县政府信息公开指南（2024年修订）, 邺城县2025年政务公开工作要点, 邺城县2023年度法治政府建设年度报告,
关于邺城县2024年政府信息公开工作年度报告的解读.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch20._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "xxgk.yecheng.gov.test"
HOME = "www.yecheng.gov.test"
SITE = "yecheng-gov"
OWNER = "邺城县人民政府"
CAT = "13541"
PER = 5


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f'<title>{esc(title)}</title><META Name="keywords" Content="邺城县,信息公开"><link rel="stylesheet" '
        'href="/dfiles/15873/css/xxgk.css"><script src="/system/resource/js/counter.js"></script></head><body>'
        '<div class="yc-head"><a href="http://www.yecheng.gov.test/">邺城县人民政府</a> 政府信息公开</div>'
        f'{inner}<div class="yc-foot">邺城县人民政府办公室 版权所有 技术支持：博达软件　网站标识码：9870040001</div><'
        '/body></html>'
    )


class VsbYecheng(Site):
    hosts = (HOST, HOME)
    site_ids = (SITE,)
    first_id = 152_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []  # (href, title, date, 索引号)
        self.downloads: dict[str, Response] = {}
        for year, day in ((2019, 16), (2021, 20), (2022, 28), (2023, 23)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"邺城县{year}年政府信息公开工作年度报告"))
        self.file(self.doc(OWNER, 2020, "2021-01-26", "邺城县2020年政府信息公开工作年度报告"), "docx")
        self.file(self.doc(OWNER, 2024, "2025-01-21", "邺城县2024年政府信息公开工作年度报告"), "ofd")
        self.article(self.doc("邺城县自然资源局", 2024, "2025-01-14", "邺城县自然资源局2024年政府信息公开工作年度报告"))
        self.article(self.doc("邺城县邺南镇人民政府", 2023, "2024-01-12", "邺南镇2023年度政府信息公开工作年度报告"))
        for title, year, date in (("邺城县政府信息公开指南（2024年修订）", 2024, "2024-06-03"),
                                  ("邺城县2025年政务公开工作要点", 2025, "2025-04-08"),
                                  ("邺城县2023年度法治政府建设年度报告", 2023, "2024-03-29"),
                                  ("关于邺城县2024年政府信息公开工作年度报告的解读", 2024, "2025-01-22")):
            self.decoy(SITE, self.page(title, date, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.route(HOST, "/info/iList.jsp", self.listing)
        self.route(HOST, "/system/_content/download.jsp", self.download)
        self.put(HOME, "/index.htm", frame("邺城县人民政府", '<div class="yc-nav"><a href="/index.htm">首页</a><a hre'
                                                      'f="'
                                         'http://xxgk.yecheng.gov.test/info/iList.jsp?cat_id=13541">政府信息公开年报<'
                                         '/a></div>'))

    def page(self, title: str, date: str, content: str, after: str = "") -> str:
        info = self.next_id(5, 60)
        path = f"/info/{CAT}/{info}.htm"
        index = f"0115237-{date[:4]}-{self.rng.randint(1, 300):05d}"
        inner = (f'<div class="yc-pos">当前位置：<a href="/info/iList.jsp?cat_id={CAT}">政府信息公开年报</a></div>'
                 f'<table class="yc-meta"><tr><td>索引号：{index}</td><td>发布机构：邺城县人民政府办公室</td></tr><tr'
                 '><td>'
                 f'发文日期：{date}</td><td>公开方式：主动公开</td></tr></table><h1>{esc(title)}</h1><div class="v_ne'
                 'ws_content">'
                 f'{content}</div>{after}')
        url = self.put(HOST, path, frame(title, inner))
        self.rows.append((path, title, date, index))
        return url

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", self.body(doc, word=doc.year == 2021)), doc)

    def file(self, doc: ReportDoc, kind: str) -> None:
        owner, wbfile = self.rng.randint(1_600_000_000, 1_700_000_000), self.rng.randint(4_000_000, 4_999_999)
        link = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={owner}&wbfileid={wbfile}"
        after = (f'<p>附件【<a href="{link}">{esc(doc.title)}.{kind}</a>】已下载<span id="nattach{wbfile}">0</span>'
                 '次</p>')
        url = self.page(doc.title, doc.published_date or "", "<p>报告全文请下载附件查看。</p>", after)
        self.attach(HOST, f"/_att/{wbfile}", doc, kind)
        data = self.pages[(HOST, f"/_att/{wbfile}")].body
        del self.pages[(HOST, f"/_att/{wbfile}")]
        self.downloads[str(wbfile)] = Response(200, data, MEDIA[kind], {
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(doc.title + '.' + kind)}"})
        self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=f"http://{HOST}{link}")

    def download(self, request: Request) -> Response:
        found = self.downloads.get(request.query.get("wbfileid", [""])[0])
        return found or Response(200, "<script>alert('文件不存在');history.back();</script>".encode(), "text/html")

    def listing(self, request: Request) -> Response:
        if request.query.get("cat_id", [""])[0] != CAT:
            return Response(200, frame("信息公开", "<p>栏目不存在</p>").encode(), "text/html; charset=UTF-8")
        pages = -(-len(self.rows) // PER)
        try:
            k = min(max(int(request.query.get("cur_page", ["1"])[0]), 1), pages)
        except ValueError:
            k = 1
        rows = "".join(f'<tr><td>{i}</td><td class="bt"><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                       f'</td><td>{d}</td></tr>' for h, t, d, i in self.rows[(k - 1) * PER:k * PER])

        def go(n: int, label: str) -> str:
            return f'<a href="iList.jsp?cat_id={CAT}&cur_page={n}">{label}</a>'

        pager = (f'<div class="yc-pager">共{len(self.rows)}条记录 当前第{k}/{pages}页 '
                 + (go(1, "首页") + " " + go(k - 1, "上一页") if k > 1 else "首页 上一页") + " "
                 + (go(k + 1, "下一页") + " " + go(pages, "尾页") if k < pages else "下一页 尾页") + "</div>")
        inner = (f'<div class="yc-tree"><a href="iList.jsp?cat_id=13536">政府信息公开指南</a><a class="on" href="iList.'
                 f'jsp?cat_id={CAT}">政府信息公开年报</a></div><table class="xxgk_list"><tr><th>索引号</th><th>标题</'
                 'th>'
                 f'<th>发文日期</th></tr>{rows}</table>{pager}')
        return Response(200, frame("政府信息公开年报", inner).encode(), "text/html; charset=UTF-8")


PORTALS = [VsbYecheng]
