"""鄣山县 (www.zhangshan.gov.test): a TRS county behind the 加速乐 WAF (portals.md §4.1).

Every page answers 521 with the bare ``document.cookie=…;location.href=…`` script and a
``__jsluid_h`` cookie until the request carries the ``__jsl_clearance`` cookie the script sets;
then the TRS site is served (年报 column ``/zwgk/zfxxgknb/index.html``, one page, three reports).
The crawler is not to solve the challenge (portals.md §4.1): the expected outcome is the portal
reported as blocked, its three reports missing and the shortfall stated — a browser gets them.
"""

from __future__ import annotations

import hashlib
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, make_doc, plain_cell, plain_para

HOST = "www.zhangshan.gov.test"
SITE = "zhangshan-gov"
OWNER = "鄣山县人民政府"
COLUMN = "/zwgk/zfxxgknb/"
CLEARANCE = "__jsl_clearance"


def clearance_value() -> str:
    return "1733390000.844|0|" + hashlib.sha1(HOST.encode()).hexdigest()[:27]


def challenge(path: str) -> Response:
    value = clearance_value()
    script = "+".join(f"('{c}')" for c in f"{CLEARANCE}={value}")
    body = (f"<html><body><script>document.cookie={script}+';max-age=3600;path=/';"
            "location.href=location.pathname+location.search</script></body></html>")
    uid = hashlib.md5(path.encode()).hexdigest()
    return Response(521, body.encode(), "text/html",
                    {"Set-Cookie": f"__jsluid_h={uid}; max-age=31536000; path=/; HttpOnly"})


class WafZhangshan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)
    # What a browser sends once the challenge's script ran (the fixture's own checks fetch with it).
    browser_cookie = f"{CLEARANCE}={clearance_value()}"

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        docid = 552_000
        items = []
        for year in (2022, 2023, 2024):
            doc = make_doc(rng, OWNER, year, f"{year + 1}-01-{rng.randint(15, 30)}")
            docid += rng.randint(10, 900)
            date = doc.published_date or ""
            href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{docid}.html"
            content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0">')
            page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" '
                    f'content="{escape(doc.title)}"><title>{escape(doc.title)}</title></head><body>'
                    f'<div class="article"><h1>{escape(doc.title)}</h1><p>发布时间：{date}</p>'
                    f'<div class="TRS_Editor">{content}</div></div></body></html>')
            self.report(SITE, self.put(HOST, COLUMN + href[2:], page), doc)
            items.append(f'<li><a href="{href}">{escape(doc.title)}</a><span>{date}</span></li>')
        self.put(HOST, COLUMN + "index.html",
                 '<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body>'
                 f'<ul class="list">{"".join(reversed(items))}</ul><div class="page">共1页</div></body></html>')

    def handle(self, request: Request) -> Response:
        if request.path == "/robots.txt":
            return super().handle(request)
        if f"{CLEARANCE}={clearance_value()}" not in request.headers.get("cookie", ""):
            return challenge(request.path)
        return super().handle(request)


PORTALS = [WafZhangshan]
