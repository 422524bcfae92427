"""澓阳县 (www.fuyang.gov.test): an old ColdFusion (Fusebox) 政府信息公开目录 in GB18030 — a ``<meta
http-equiv="Content-Type" content="text/html; charset=GB18030">`` and a ``text/html; charset=GB18030`` header — where
every page is the one script ``/xxgk/index.cfm`` told what to do by ``fuseaction``: the 目录 home
``/xxgk/index.cfm`` (a left 目录 tree whose 年报 node links the list), the 年报 list
``/xxgk/index.cfm?fuseaction=catalog.list&catid=0807`` (the start URL) with later pages by *record offset*
``&startrow=5``, ``&startrow=9`` (ColdFusion's ``cfoutput startrow=``), and articles
``/xxgk/index.cfm?fuseaction=catalog.detail&infoid=<n>``.

List markup: one ``<table class="cf_ml">`` in which every item takes *two rows* — ``<tr class="ml_t"><td
rowspan="2" class="xh">1</td><td colspan="2"><a href="index.cfm?fuseaction=catalog.detail&amp;infoid=…">…</a></td>
</tr><tr class="ml_m"><td>索引号：…</td><td>发布机构：…　生成日期：2025-01-20</td></tr>`` — four items a page, newest
first.  Pager: ``<div class="cf_pager">共 11 条　显示第 1-4 条　[首页] [上一页] <a …startrow=5>[下一页]</a> <a
…startrow=9>[尾页]</a>　第 <a …startrow=1>1</a> <a …startrow=5>2</a> <a …startrow=9>3</a> 页</div>`` (bracketed text
without a link when there is none; the current page's number bold and unlinked).

Articles: a 索引号 / 发布机构 / 生成日期 / 文号 head table, ``<h1 class="cf_bt">``, body in ``<div id="cf_zoom">``.  The
2022 report is a PDF under ``/xxgk/upfiles/2023/0117/<n>.pdf`` linked from its article as ``附件：``; the 卫生健康局
titles its report "县卫健局…" with its full name in 发布机构; the 芦陂镇 report names the town in 发布机构.  Chrome:
top strip with 无障碍 / 长者模式 links, a banner, a 版权所有 footer with 网站标识码 and ICP.  Unknown infoids and
paths: a plain 404.  Home ``/`` links 政府信息公开目录.

Reports (8): 澓阳县人民政府 2019, 2020, 2021, 2022 (PDF), 2023, 2024; 澓阳县卫生健康局 2023; 澓阳县芦陂镇人民政府
2024.  Decoys (3): 澓阳县2023年法治政府建设年度报告, 澓阳县人民政府网站工作年度报表（2023年度）,
澓阳县2024年政务公开工作要点.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch30._site import MEDIA, Site, esc

HOST = "www.fuyang.gov.test"
SITE = "fuyang-gkml"
OWNER = "澓阳县人民政府"
SCRIPT = "/xxgk/index.cfm"
CAT = "0807"
PER = 4
CTYPE = "text/html; charset=GB18030"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=GB18030" />'
        f'<title>{esc(title)}</title><meta name="SiteName" content="澓阳县人民政府" />'
        '<meta name="SiteDomain" content="www.fuyang.gov.test" /><meta name="SiteIDCode" content="9880080001" />'
        '<link rel="stylesheet" type="text/css" href="/xxgk/css/cf_gk.css" /></head><body>'
        '<div class="cf_strip"><span>欢迎访问澓阳县政府信息公开目录</span><span class="r"><a href="/wza/">无障碍</a>'
        ' | <a href="/wza/">长者模式</a> | <a href="/">返回首页</a></span></div>'
        '<div class="cf_banner"><img src="/xxgk/images/banner.jpg" alt="澓阳县政府信息公开目录" width="1000" '
        f'height="120" /></div><div class="cf_main">{inner}</div>'
        '<div class="cf_foot">版权所有：澓阳县人民政府　主办：澓阳县人民政府办公室　承办：澓阳县政务服务数据管理局'
        '<br />网站标识码：9880080001　未ICP备10027315号-1　建议使用1024×768分辨率浏览</div></body></html>'
    )


def tree() -> str:
    return ('<div class="cf_tree"><div class="tt">信息公开目录</div><ul><li>机构职能</li><li>政策文件</li>'
            '<li>规划计划</li><li>财政资金</li><li><a href="index.cfm?fuseaction=catalog.list&amp;catid=0807">'
            '政府信息公开年报</a></li><li>政府信息公开指南</li></ul></div>')


class LegacyFuyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 255_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []  # date, infoid, title, agency
        self.articles: dict[str, bytes] = {}
        for year, day in ((2019, 21), (2020, 19), (2021, 25), (2023, 22), (2024, 20)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"澓阳县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, doc.published_date or "", OWNER,
                                       self.body(doc, word=year in (2020, 2024))), doc)
        doc = self.doc(OWNER, 2022, "2023-01-17", "澓阳县人民政府2022年政府信息公开工作年度报告")
        path = f"/xxgk/upfiles/2023/0117/{self.rng.randrange(10**12):012d}.pdf"
        url = self.art(doc.title, "2023-01-17", OWNER,
                       f'<p>澓阳县人民政府2022年政府信息公开工作年度报告全文见附件。</p><p>附件：<a href="{path}">'
                       f'{esc(doc.title)}.pdf</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=self.attach(HOST, path, doc, "pdf"))
        for agency, short, year, date in (("澓阳县卫生健康局", "县卫健局", 2023, "2024-01-26"),
                                          ("澓阳县芦陂镇人民政府", "芦陂镇", 2024, "2025-01-15")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, agency, self.body(doc)), doc)
        for title, year, date in (("澓阳县2023年法治政府建设年度报告", 2023, "2024-03-28"),
                                  ("澓阳县人民政府网站工作年度报表（2023年度）", 2023, "2024-01-30"),
                                  ("澓阳县2024年政务公开工作要点", 2024, "2024-04-12")):
            self.decoy(SITE, self.art(title, date, "澓阳县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, SCRIPT, self.serve)
        self.put(HOST, "/index.html", frame("澓阳县人民政府", '<div class="cf_home"><a href="/xxgk/index.cfm">'
                                            '政府信息公开目录</a>　<a href="/wza/">无障碍浏览</a></div>'),
                 CTYPE, "gb18030")
        self.put(HOST, "/wza/index.html", frame("无障碍浏览", "<p>无障碍浏览说明</p>"), CTYPE, "gb18030")
        self.put(HOST, "/xxgk/css/cf_gk.css", "body{font:12px SimSun}", "text/css")
        self.put(HOST, "/xxgk/images/banner.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\xff\xd9", "image/jpeg")

    def art(self, title: str, date: str, agency: str, content: str) -> str:
        infoid = self.next_id(3, 40)
        index = f"{self.rng.choice(['011203', '011204', '011207'])}-{date[:4]}-{infoid % 10000:05d}"
        head = (f'<table class="cf_syh" width="100%"><tr><th>索引号：</th><td>{index}</td><th>主题分类：</th>'
                f'<td>政务公开</td></tr><tr><th>发布机构：</th><td>{esc(agency)}</td><th>生成日期：</th><td>{date}'
                '</td></tr><tr><th>文　　号：</th><td></td><th>有效性：</th><td>有效</td></tr></table>')
        inner = (f'{tree()}<div class="cf_right"><div class="cf_pos">当前位置：<a href="/">首页</a> &gt; <a '
                 f'href="index.cfm">信息公开目录</a> &gt; <a href="index.cfm?fuseaction=catalog.list&amp;catid={CAT}">'
                 f'政府信息公开年报</a></div>{head}<h1 class="cf_bt">{esc(title)}</h1><div id="cf_zoom">{content}'
                 '</div><div class="cf_tool">【<a href="javascript:window.print();">打印本页</a>】【<a '
                 'href="javascript:window.close();">关闭窗口</a>】</div></div>')
        self.articles[str(infoid)] = frame(f"{title}-澓阳县政府信息公开目录", inner).encode("gb18030",
                                                                                 "xmlcharrefreplace")
        self.rows.append((date, infoid, title, agency))
        return f"http://{HOST}{SCRIPT}?fuseaction=catalog.detail&infoid={infoid}"

    def serve(self, request: Request) -> Response:
        action = request.param("fuseaction")
        if action == "catalog.detail":
            body = self.articles.get(request.param("infoid"))
            if body is not None:
                return Response(200, body, CTYPE)
        elif action == "catalog.list" and request.param("catid") == CAT:
            start = request.param("startrow", "1")
            if start.isdigit() and (int(start) - 1) % PER == 0 and 1 <= int(start) <= len(self.rows):
                return Response(200, self.list_page(int(start)).encode("gb18030", "xmlcharrefreplace"), CTYPE)
        elif not action:
            inner = (f'{tree()}<div class="cf_right"><div class="cf_pos">当前位置：<a href="/">首页</a> &gt; '
                     '信息公开目录</div><p>本目录依据《中华人民共和国政府信息公开条例》编制。</p></div>')
            return Response(200, frame("澓阳县政府信息公开目录", inner).encode("gb18030"), CTYPE)
        return Response(404, b"<html><body><h1>404 Not Found</h1></body></html>", "text/html")

    def list_page(self, start: int) -> str:
        total = len(self.rows)
        last = (total - 1) // PER * PER + 1
        base = f"index.cfm?fuseaction=catalog.list&amp;catid={CAT}&amp;startrow="
        items = []
        for n, (date, infoid, title, agency) in enumerate(self.rows[start - 1:start - 1 + PER], start):
            index = f"011203-{date[:4]}-{infoid % 10000:05d}"
            items.append(f'<tr class="ml_t"><td rowspan="2" class="xh">{n}</td><td colspan="2"><a href="index.cfm?'
                         f'fuseaction=catalog.detail&amp;infoid={infoid}" target="_blank">{esc(title)}</a></td></tr>'
                         f'<tr class="ml_m"><td>索引号：{index}</td><td>发布机构：{esc(agency)}　生成日期：{date}'
                         '</td></tr>')

        def link(label: str, row: int, on: bool) -> str:
            return f'<a href="{base}{row}">[{label}]</a>' if on else f"[{label}]"

        nums = " ".join(f"<b>{(r - 1) // PER + 1}</b>" if r == start
                        else f'<a href="{base}{r}">{(r - 1) // PER + 1}</a>' for r in range(1, total + 1, PER))
        pager = (f'<div class="cf_pager">共 {total} 条　显示第 {start}-{min(start + PER - 1, total)} 条　'
                 f'{link("首页", 1, start > 1)} {link("上一页", start - PER, start > 1)} '
                 f'{link("下一页", start + PER, start < last)} {link("尾页", last, start < last)}　第 {nums} 页</div>')
        inner = (f'{tree()}<div class="cf_right"><div class="cf_pos">当前位置：<a href="/">首页</a> &gt; <a '
                 'href="index.cfm">信息公开目录</a> &gt; 政府信息公开年报</div><table class="cf_ml" width="100%" '
                 f'cellspacing="0">{"".join(items)}</table>{pager}</div>')
        return frame("政府信息公开年报-澓阳县政府信息公开目录", inner)


PORTALS = [LegacyFuyang]
