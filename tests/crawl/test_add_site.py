"""``govcrawl add-site URL``: a registry entry proposed from a portal's home or list page."""

from __future__ import annotations

import subprocess
import sys

from govcrawl.commands.add_site import propose
from govcrawl.province.unseen import build_unseen
from tests.conftest import ROOT

PAGES = {
    "http://www.shiyan.gov.test/": (
        '<html><head><meta name="SiteName" content="石岩县人民政府"><title>首页_石岩县人民政府</title></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="http://zwgk.shiyan.gov.test/index.jsp">政务公开</a></div>'
        "</body></html>"),
    "http://zwgk.shiyan.gov.test/index.jsp": (
        '<html><body><ul><li><a href="/gk/zn.jsp">政府信息公开指南</a></li>'
        '<li><a href="/gk/list.jsp?cat=nb">政府信息公开年报</a></li></ul></body></html>'),
    "http://zwgk.shiyan.gov.test/gk/list.jsp?cat=nb": (
        '<html><body><table><tr><td><a href="show.jsp?id=3">石岩县2024年政府信息公开工作年度报告</a></td>'
        "<td>2025-01-21</td></tr><tr><td><a href='show.jsp?id=2'>石岩县2023年政府信息公开工作年度报告</a></td>"
        "<td>2024-01-25</td></tr></table><div>共 2 条记录 页次：1/1</div></body></html>"),
}


def test_a_home_page_leads_to_the_report_list_on_another_host() -> None:
    found = propose("http://www.shiyan.gov.test/", lambda url: (url, PAGES[url]))
    assert found.start_url == "http://zwgk.shiyan.gov.test/gk/list.jsp?cat=nb"
    assert found.agency == "石岩县人民政府" and found.region == "石岩县"
    assert found.cms == "auto" and found.reports_seen == 2  # no family markup: generic discovery
    assert found.as_entry()["id"] == "shiyan-gov"


def test_the_command_on_unseen_portals() -> None:
    with build_unseen().server() as server:
        home = subprocess.run([sys.executable, "-m", "govcrawl", "add-site", "http://www.langxi.gov.test/",
                               "--fixture-proxy", server.proxy], capture_output=True, text=True, cwd=ROOT, timeout=120)
        listing = subprocess.run([sys.executable, "-m", "govcrawl", "add-site",
                                  "http://www.cenchuan.gov.test/xxgk/zfxxgknb/index.htm", "--fixture-proxy",
                                  server.proxy], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert home.returncode == 0, home.stderr
    assert "start_urls:\n  - http://zwgk.langxi.gov.test/zfxxgknb/" in home.stdout and "琅溪县人民政府" in home.stdout
    assert listing.returncode == 0, listing.stderr
    assert "cms: trs_classic" in listing.stdout and "岑川县人民政府" in listing.stdout
