"""瓯城市交通运输局 (jtj.oucheng.gov.test): a TRS 海云 bureau site whose 年报 column serves its first page
in the HTML and every further page from a GET JSON API whose address the page's script builds from
``data-`` attributes of the pager element, and whose 2022 report is a .docx in the article's 附件 list.

``/zfxxgk/fdzdgknr/ndbg/index.html`` shows five ``<li class="oc-item">`` rows and ``<div id="ocPager"
data-channel="30417" data-size="5" data-total="11"></div>``; its script ``loadPage(n)`` requests
``/api/v2/channel/` + channel + `/docs?pageNo=` + n + `&pageSize=` + size`` and renders ``rows`` (title,
``docPubUrl``, ``pubDate``).  Articles are ``/zfxxgk/fdzdgknr/ndbg/YYYYMM/t<stamp>_<id>.html`` with a
``<div class="trs_editor_view">`` body; the 2022 article lists its file as ``<ul class="fj"><li><a
href="/upload/zfxxgk/202301/….docx">``.  Two units of the bureau publish in the same column under
their own names.

Reports (8): 瓯城市交通运输局 2019–2024 (2022 .docx), 瓯城市公路事业发展中心 2023, 瓯城市港航管理中心 2024.
Decoys (3): 2024年政府网站工作年度报表, 瓯城市交通运输局2023年政府信息公开工作年度报告解读, 瓯城市交通运输局2023年度
部门决算.
"""

from __future__ import annotations

import json
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch20._site import Site, esc
from govcrawl.province.unseen.kit import DOCX
from govcrawl.synth.model import ReportDoc

HOST = "jtj.oucheng.gov.test"
SITE = "oucheng-jtj"
OWNER = "瓯城市交通运输局"
ROOT = "/zfxxgk/fdzdgknr/ndbg/"
CHANNEL = "30417"
PER = 5


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><meta name="SiteName" content="瓯城市交通运输'
        '局">'
        f'<meta name="ColumnName" content="年度报告"><title>{esc(title)}</title><link rel="stylesheet" '
        'href="/static/css/oc.css"></head><body><header class="oc-h"><div class="oc-logo">瓯城市交通运输局</div><nav>'
        '<a href="/">首页</a><a href="/zfxxgk/">政府信息公开</a><a href="/jtzx/">交通资讯</a><a href="/hdjl/">互动交'
        '流</a>'
        f'</nav></header><main>{inner}</main><footer>瓯城市交通运输局 版权所有　网站标识码：9870200011</footer></body'
        '></html>'
    )


class HaiyunOucheng(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 151_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, str]] = []
        for year, day in ((2019, 14), (2020, 20), (2021, 18), (2023, 24), (2024, 21)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-"
                                               f"{day}", f"瓯城市交通运输局{year}年政府信息公开工作年度报告"))
        self.docx(self.doc(OWNER, 2022, "2023-01-19", "瓯城市交通运输局2022年政府信息公开工作年度报告"))
        self.article(self.doc("瓯城市公路事业发展中"
                              "心", 2023, "2024-01-26", "瓯城市公路事业发展中心2023年政府信息公开工作年度报告"))
        self.article(self.doc("瓯城市港航管理中心", 2024, "2025-01-24", "瓯城市港航管理中心2024年度政府信息公开工作年"
                                                               "度报告"))
        for title, year, date in (("2024年政府网站工作年度报表", 2024, "2025-01-10"),
                                  ("瓯城市交通运输局2023年政府信息公开工作年度报告解读", 2023, "2024-01-25"),
                                  ("瓯城市交通运输局2023年度部门决算", 2023, "2024-08-30")):
            url = self.page(title, date, self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.rows.sort(key=lambda r: r["pubDate"], reverse=True)
        self.put(HOST, ROOT + "index.html", self.list_page())
        self.route(HOST, f"/api/v2/channel/{CHANNEL}/docs", self.api)

    def page(self, title: str, date: str, content: str, after: str = "") -> str:
        stamp = date.replace("-", "")
        path = f"{ROOT}{stamp[:6]}/t{stamp}_{self.next_id(11, 300)}.html"
        inner = (f'<div class="oc-crumb"><a href="/">首页</a> / <a href="/zfxxgk/">政府信息公开</a> / <a href="{ROOT}">'
                 f'年度报告</a></div><article><h1>{esc(title)}</h1><p class="oc-meta">发布日期：{date}</p>'
                 f'<div class="trs_editor_view TRS_UEDITOR">{content}</div>{after}</article>')
        url = self.put(HOST, path, frame(title, inner))
        self.rows.append({"title": title, "docPubUrl": url, "pubDate": date + " 10:00:00"})
        return url

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", self.body(doc)), doc)

    def docx(self, doc: ReportDoc) -> None:
        path = f"/upload/zfxxgk/202301/{self.rng.randrange(16**12):012x}.docx"
        after = f'<ul class="fj"><li><a href="{path}">{esc(doc.title)}.docx</a></li></ul>'
        url = self.page(doc.title, doc.published_date or "", "<p>报告全文见附件。</p>", after)
        file = self.attach(HOST, path, doc, "docx")
        self.report(SITE, url, doc, media_type=DOCX, report_url=file)

    def api(self, request: Request) -> Response:
        try:
            n = int(request.query.get("pageNo", ["1"])[0])
            size = int(request.query.get("pageSize", [str(PER)])[0])
        except ValueError:
            return Response(400, b'{"code":400,"msg":"bad request"}', "application/json;charset=UTF-8")
        rows = self.rows[(n - 1) * size:n * size] if n >= 1 and size >= 1 else []
        data = {"code": 200, "data": {"total": len(self.rows), "pageNo": n, "pageSize": size, "rows": rows}}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json;charset=UTF-8")

    def list_page(self) -> str:
        items = "".join(f'<li class="oc-item"><a href="{r["docPubUrl"]}" target="_blank">{esc(r["title"])}</a>'
                        f'<span>{r["pubDate"][:10]}</span></li>' for r in self.rows[:PER])
        script = ("<script>\nfunction loadPage(n){\n  var el = document.getElementById('ocPager');\n"
                  "  var url = '/api/v2/channel/' + el.dataset.channel + '/docs?pageNo=' + n + '&pageSize=' + "
                  "el.dataset.size;\n  $.getJSON(url, function(res){ renderRows(res.data.rows); renderPager(n, "
                  "res.data.total); });\n}\n$(function(){ renderPager(1, $('#ocPager').data('total')); });\n</script>")
        inner = (f'<div class="oc-crumb"><a href="/">首页</a> / <a href="/zfxxgk/">政府信息公开</a> / 年度报告</div>'
                 f'<ul id="ocList">{items}</ul><div id="ocPager" data-channel="{CHANNEL}" data-size="{PER}" '
                 f'data-total="{len(self.rows)}"></div><script src="/static/js/jquery.min.js"></script>{script}')
        return frame("年度报告-瓯城市交通运输局", inner)


PORTALS = [HaiyunOucheng]
