"""Fixture 9, ``waf-protected-portal`` (portals.md §4.1, §5): anti-bot challenge stubs on one host.

* ``/rs/…`` — 瑞数 (Rivers Security): 412, or 202 under ``/rs/xxgk/``, with the ``<meta … r='m'>``
  token, the inline ``$_ts`` script, the external ``r='m'`` script and ``Set-Cookie: …80S=``.
* ``/jsl/…`` — 加速乐: 521, a bare ``document.cookie=…;location.href=…`` script and ``__jsluid_h``.
* ``/wzws/…`` — WZWS: 302 to ``/WZWSREL<base64 path>?wzwschallenge=<base64>`` with ``wzws_cid``; the
  target answers 200 with the JS challenge page.

No path behind a WAF ever serves content, so the portal has no truth: a crawl must recognise each
challenge, log the portal as blocked, not retry it in a storm and never make an item of it.
"""

from __future__ import annotations

import base64
import hashlib
import random

from govcrawl.province.content import Truth
from govcrawl.province.server import Portal, Request, Response

HOST = "www.wafportal.gov.test"
SITE_IDS = ("wafportal-rs", "wafportal-jsl", "wafportal-wzws")


def _token(*parts: str, size: int = 32) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:size]


def ruishu_page(path: str) -> bytes:
    token = base64.b64encode(hashlib.sha512(path.encode()).digest() * 3).decode()
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta id="9DhefwqGPrzGxEp9hPaoag" content="{token}" r=\'m\'>'
        '<script type="text/javascript" r=\'m\'>$_ts=window[\'$_ts\'];if(!$_ts)$_ts={};$_ts.nsd=84221;'
        f'$_ts.cd="{_token(path, "cd", size=48)}";$_ts.lcd();</script>'
        '<script type="text/javascript" charset="utf-8" src="/4QbVtADbnLVIc/c.FxJzG50F.dfe1675.js" r=\'m\'></script>'
        "</head><body></body></html>"
    ).encode()


def jiasule_page(path: str) -> bytes:
    return (
        "<html><body><script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')"
        f"+('a')+('n')+('c')+('e')+('=')+('{_token(path, 'jsl', size=10)}.844|0|')+"
        "('lEOPePavEAI0qAuGBTpH7YRwzvM%3D')+';max-age=3600;path=/';"
        "location.href=location.pathname+location.search</script></body></html>"
    ).encode()


def wzws_page() -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>请稍候…</title></head><body>'
        '<script>var wzwsquestion="B3F2A9";var wzwsfactor="6241";var wzwsmethod="post";'
        'var wzwsparams="wzwsconfirm";function wzwschallenge(){/* … */}</script>'
        "<noscript>请启用JavaScript后访问本网站。</noscript></body></html>"
    ).encode()


class WafProtectedPortal(Portal):
    hosts = (HOST,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.truth: list[Truth] = []  # nothing behind a WAF is ever content
        self.add("/index.html", "<html><body>瑞岭县人民政府</body></html>".encode())

    def handle(self, request: Request) -> Response:
        path = request.path
        if path == "/robots.txt" or path in ("/", "/index.html"):
            return super().handle(request)
        if path.startswith("/rs/"):
            status = 202 if path.startswith("/rs/xxgk/") else 412
            cookie = f"FSSBBIl1UgzbN7N80S={_token(path, 'rs')}; Path=/; expires=Fri, 20 Nov 2036 00:00:00 GMT; HttpOnly"
            return Response(status, ruishu_page(path), "text/html; charset=utf-8", {"Set-Cookie": cookie})
        if path.startswith("/jsl/"):
            return Response(521, jiasule_page(path), "text/html", {
                "Set-Cookie": f"__jsluid_h={_token(path, 'jsluid')}; max-age=31536000; path=/; HttpOnly"})
        if path.startswith("/wzws/"):
            encoded = base64.urlsafe_b64encode(path.encode()).decode().rstrip("=")
            challenge = base64.urlsafe_b64encode(f"{_token(path, 'wzws', size=16)}|{path}".encode()).decode()
            return Response(302, b"", None, {
                "Location": f"http://{HOST}/WZWSREL{encoded}?wzwschallenge={challenge}",
                "Set-Cookie": f"wzws_cid={_token(path, 'cid', size=64)}; path=/; HttpOnly"})
        if path.startswith("/WZWSREL"):
            return Response(200, wzws_page(), "text/html; charset=utf-8")
        return self.not_found(request)


PORTALS = [WafProtectedPortal]
