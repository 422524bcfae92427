"""芃原县 (www.pengyuan.gov.test): a county site built by a local integrator on a Bootstrap template,
of no family.

The registry entry has no ``cms``.  The 年报 list ``/zfxxgk/nb/index.html`` is a column of
Bootstrap cards (``div.card > div.card-body > h5.card-title > a``, the date in a ``<time datetime>``)
and pages as ``index-2.html`` (the "column-index-N" shape a budget crawler looks for, portals.md §6)
under a Bootstrap ``ul.pagination`` whose links are page numbers and the glyphs « and » with
``aria-label="Previous"/"Next"`` — no 下一页 text — plus "共 7 条" beside it.  Articles live under
their publication date ``/zfxxgk/nb/<YYYY-MM-DD>/<id>.html``, body in ``<article class="post-content">``;
the 2024 report is a stub whose PDF is a ``<a class="btn btn-primary" download>下载全文</a>`` button
to ``/uploads/<YYYY>/<MM>/<hex>.pdf``.  Titles: "芃原县人民政府关于2023年度政府信息公开工作情况的报告"
(portals.md §7: reports under unusual titles), the culture and tourism bureau's report on the county
list.  芃 is outside GB2312 (the site is UTF-8).  Decoys: 法治政府建设年度报告, 工作要点.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.pengyuan.gov.test"
SITE = "pengyuan-gov"
OWNER = "芃原县人民政府"
ROOT = "/zfxxgk/nb/"
PER_PAGE = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/css/bootstrap.min.css">'
        f'<meta name="SiteName" content="芃原县人民政府">{metas}<title>{escape(title)} | 芃原县人民政府</title></head>'
        '<body><nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">'
        '<a class="navbar-brand" href="/">芃原县人民政府</a><ul class="navbar-nav"><li class="nav-item">'
        '<a class="nav-link" href="/zwdt/">政务动态</a></li><li class="nav-item"><a class="nav-link" '
        'href="/zfxxgk/">政府信息公开</a></li><li class="nav-item"><a class="nav-link" href="/hdjl/">互动交流</a>'
        f'</li></ul></div></nav><div class="container my-4">{inner}</div>'
        '<footer class="bg-light py-3 text-center small">芃原县人民政府办公室 主办　网站标识码：9825530020　'
        '<a href="http://beian.miit.gov.cn/">未ICP备2021004419号-1</a></footer>'
        '<script src="/static/js/bootstrap.bundle.min.js"></script></body></html>'
    )


class NocmsPengyuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.next_id = 1_620
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-31"))
        self.article(
            make_doc(rng, OWNER, 2023, "2024-01-29", title="芃原县人民政府关于2023年度政府信息公开工作情况的报告")
        )
        self.notice("芃原县2024年法治政府建设年度报告", "2025-02-27")
        self.article(make_doc(rng, "芃原县文化和旅游局", 2024, "2025-01-21"))
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-25"))
        self.notice("芃原县2025年政务公开工作要点", "2025-03-11")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            self.put(HOST, ROOT + self.page_name(index + 1), self.list_page(chunk, index + 1, len(chunks)))

    @staticmethod
    def page_name(n: int) -> str:
        return "index.html" if n == 1 else f"index-{n}.html"

    def publish(self, title: str, date: str, source: str, content: str) -> str:
        self.next_id += self.rng.randint(4, 120)
        path = f"{ROOT}{date}/{self.next_id}.html"
        metas = f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
        inner = (
            f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">首页</a>'
            '</li><li class="breadcrumb-item"><a href="/zfxxgk/">政府信息公开</a></li><li class="breadcrumb-item">'
            f'<a href="{ROOT}">政府信息公开年报</a></li></ol></nav><h2 class="post-title">{escape(title)}</h2>'
            f'<p class="text-muted"><time datetime="{date}">{date}</time> · {escape(source)}</p>'
            f'<article class="post-content">{content}</article>'
        )
        self.entries.append((path, title, date))
        return self.put(HOST, path, frame(title, inner, metas))

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="table table-bordered table-sm">')
        self.report(SITE, self.publish(doc.title, doc.published_date or "", doc.agency_name, content), doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/uploads/{date[:4]}/{date[5:7]}/{self.rng.getrandbits(96):024x}.pdf"
        file_url = self.put_pdf(HOST, path, doc)
        content = (
            f"<p>{escape(doc.title)}已经县人民政府同意，现予公开。</p>"
            f'<p><a class="btn btn-primary" href="{path}" download>下载全文</a></p>'
        )
        url = self.publish(doc.title, date, "县政府办公室", content)
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.publish(title, date, "县政府办公室", content), title)

    def list_page(self, chunk: list[tuple[str, str, str]], page: int, count: int) -> str:
        cards = "".join(
            f'<div class="card mb-2"><div class="card-body"><h5 class="card-title"><a href="{h}">'
            f'{escape(t)}</a></h5><time class="small text-muted" datetime="{d}">{d}</time></div></div>'
            for h, t, d in chunk
        )

        def item(n: int, text: str, label: str = "") -> str:
            aria = f' aria-label="{label}"' if label else ""
            if n < 1 or n > count:
                return f'<li class="page-item disabled"><span class="page-link"{aria}>{text}</span></li>'
            active = " active" if n == page and not label else ""
            return (
                f'<li class="page-item{active}"><a class="page-link" href="{self.page_name(n)}"{aria}>{text}</a></li>'
            )

        items = (
            item(page - 1, "&laquo;", "Previous")
            + "".join(item(n, str(n)) for n in range(1, count + 1))
            + item(page + 1, "&raquo;", "Next")
        )
        inner = (
            '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">首页</a></li>'
            '<li class="breadcrumb-item"><a href="/zfxxgk/">政府信息公开</a></li><li class="breadcrumb-item active">'
            f'政府信息公开年报</li></ol></nav><div class="row"><div class="col-md-9">{cards}'
            f'<div class="d-flex"><ul class="pagination">{items}</ul><span class="ms-3 text-muted">共 '
            f"{len(self.entries)} 条</span></div></div></div>"
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [NocmsPengyuan]
