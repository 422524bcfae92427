"""砻川县 (www.longchuan.gov.test): an old Delphi WebBroker 政府信息公开目录 — one ISAPI extension
``/scripts/xxgk.dll`` under IIS that dispatches on the *path info after the DLL name* (WebBroker action items) — in
GBK bytes: header ``text/html; charset=GBK``, meta ``<META HTTP-EQUIV="Content-Type" CONTENT="text/html;
charset=gb2312">`` (the template's old label).  The 目录 home ``/scripts/xxgk.dll/index`` (linked from the site home
``/``) lists 类目 in a left ``<TABLE>``; its 年报 node links the list ``/scripts/xxgk.dll/list?lb=0509`` (the start
URL); later pages ``/scripts/xxgk.dll/list?lb=0509&ys=2``, ``&ys=3`` (``ys`` = 页数); articles
``/scripts/xxgk.dll/view?xh=<n>`` (序号).  Unknown actions answer WebBroker's stock 500-free 404 text; unknown 序号 a
200 "没有找到该条信息".

List markup: what ``TDataSetTableProducer`` writes — ``<TABLE Border=1 CellSpacing=0 CellPadding=2 Width="100%">``,
a caption row ``<TR BgColor="#D6E3F3"><TH Align="Center">序号</TH><TH Align="Left">信息名称</TH><TH>公开单位</TH>
<TH>成文日期</TH></TR>`` then rows ``<TR><TD Align="Center">7</TD><TD Align="Left"><A HREF="view?xh=…">title</A>
</TD><TD>单位</TD><TD>2025.01.20</TD></TR>`` (dates with dots), five a page, newest first, 序号 running on across
pages.  Pager (a ``TPageProducer`` tag): ``<P Align="Right">共 12 条　每页 5 条　第 1/3 页　[首页] [上页] <A
HREF="list?lb=0509&ys=2">[下页]</A> <A HREF="list?lb=0509&ys=3">[末页]</A></P>`` — bracketed words, linked only
when that page exists.

Articles: a ``<TABLE Class="gkxx">`` of 索引号 / 公开单位 / 成文日期 / 公开方式, ``<H3>`` title, body in ``<DIV
ID="nr">``.  The 2022 report is a DOCX at ``/xxgk/fj/2023/<n>.docx`` linked as ``附件下载：``.  The 统计局 titles its
report "县统计局…" (公开单位 gives 砻川县统计局); the 岘沟镇 report names the 镇 in 公开单位.  Chrome: a
``<TABLE>`` banner, 无障碍 link, footer with 主办单位, 网站标识码, ICP.

Reports (8): 砻川县人民政府 2019, 2020, 2021, 2022 (DOCX), 2023, 2024; 砻川县统计局 2023; 砻川县岘沟镇人民政府
2024.  Decoys (4): 砻川县2024年度政府信息公开工作要点, 砻川县政府网站2023年工作年度报表,
砻川县2023年国民经济和社会发展统计年报, 关于报送2024年度政府信息公开工作年度报告的函.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch32._site import MEDIA, Site, esc

HOST = "www.longchuan.gov.test"
SITE = "longchuan-gkml"
OWNER = "砻川县人民政府"
DLL = "/scripts/xxgk.dll"
LB = "0509"
PER = 5
CTYPE = "text/html; charset=GBK"


def frame(title: str, inner: str) -> bytes:
    page = (
        '<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">'
        f'<TITLE>{esc(title)}</TITLE></HEAD><BODY BgColor="#FFFFFF" MarginWidth=0 MarginHeight=0>'
        '<TABLE Width=960 Align="Center" Border=0 CellSpacing=0><TR><TD Height=80 BgColor="#9B1B1B">'
        '<FONT Color="#FFFFFF" Size=5><B>砻川县政府信息公开目录</B></FONT></TD></TR><TR><TD Align="Right">'
        '<A HREF="/">网站首页</A> | <A HREF="/scripts/xxgk.dll/index">信息公开目录</A> | '
        '<A HREF="/wza/">无障碍</A></TD></TR></TABLE>'
        f'<TABLE Width=960 Align="Center" Border=0><TR><TD>{inner}</TD></TR></TABLE>'
        '<TABLE Width=960 Align="Center" BgColor="#EEEEEE"><TR><TD Align="Center"><FONT Size=2>'
        '主办单位：砻川县人民政府办公室　技术支持：县信息中心<BR>网站标识码：9882080001　未ICP备05017733号'
        '</FONT></TD></TR></TABLE></BODY></HTML>'
    )
    return page.encode("gbk", "xmlcharrefreplace")


def tree() -> str:
    return ('<TABLE Width=180 Border=1 CellSpacing=0 Align="Left"><TR><TH BgColor="#D6E3F3">目录类别</TH></TR>'
            '<TR><TD>01 机构职能</TD></TR><TR><TD>02 法规文件</TD></TR><TR><TD>03 发展规划</TD></TR>'
            f'<TR><TD>04 财政资金</TD></TR><TR><TD><A HREF="{DLL}/list?lb={LB}">05 政府信息公开年报</A></TD></TR>'
            '<TR><TD>06 公开指南</TD></TR></TABLE>')


class LegacyLongchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 275_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []
        self.articles: dict[str, bytes] = {}
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-26"), (2021, "2022-01-20"), (2023, "2024-01-23"),
                           (2024, "2025-01-20")):
            doc = self.doc(OWNER, year, date, f"砻川县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, OWNER, self.body(doc, word=year in (2020, 2023))), doc)
        doc = self.doc(OWNER, 2022, "2023-01-18", "砻川县人民政府2022年政府信息公开工作年度报告")
        path = f"/xxgk/fj/2023/{self.rng.randrange(10**11, 10**12)}.docx"
        url = self.art(doc.title, "2023-01-18", OWNER,
                       f'<P>　　{esc(doc.title)}全文请下载附件查看。</P><P>附件下载：<A HREF="{path}">'
                       f'{esc(doc.title)}.docx</A></P>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(HOST, path, doc, "docx"))
        for agency, short, year, date in (("砻川县统计局", "县统计局", 2023, "2024-01-26"),
                                          ("砻川县岘沟镇人民政府", "岘沟镇", 2024, "2025-01-17")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, agency, self.body(doc)), doc)
        for title, agency, year, date in (
                ("砻川县2024年度政府信息公开工作要点", "砻川县人民政府办公室", 2024, "2024-03-28"),
                ("砻川县政府网站2023年工作年度报表", "砻川县人民政府办公室", 2023, "2024-01-29"),
                ("砻川县2023年国民经济和社会发展统计年报", "砻川县统计局", 2023, "2024-03-12"),
                ("关于报送2024年度政府信息公开工作年度报告的函", "砻川县人民政府办公室", 2024, "2024-12-18")):
            self.decoy(SITE, self.art(title, date, agency, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, DLL + "/list", self.serve_list)
        self.route(HOST, DLL + "/view", self.serve_view)
        self.put(HOST, DLL + "/index", frame("砻川县政府信息公开目录", tree() + '<P>　　本目录依据《中华人民共和国政府'
                                                                     '信息公开条例》编制。</P>'), CTYPE)
        self.put(HOST, "/index.htm", frame("砻川县人民政府", '<P><A HREF="/scripts/xxgk.dll/index">政府信息公开目录'
                                                          '</A>　<A HREF="/wza/">无障碍浏览</A></P>'), CTYPE)
        self.put(HOST, "/wza/index.htm", frame("无障碍浏览", "<P>无障碍浏览说明</P>"), CTYPE)

    def art(self, title: str, date: str, agency: str, content: str) -> str:
        n = self.next_id(4, 70)
        head = (f'<TABLE Class="gkxx" Width="100%" Border=1 CellSpacing=0><TR><TD>索引号：</TD><TD>LC-{LB}-{date[:4]}-'
                f'{n % 10000:04d}</TD><TD>公开单位：</TD><TD>{esc(agency)}</TD></TR><TR><TD>成文日期：</TD>'
                f'<TD>{date.replace("-", ".")}</TD><TD>公开方式：</TD><TD>主动公开</TD></TR></TABLE>')
        inner = (f'{tree()}<FONT Size=2>当前位置：<A HREF="/">首页</A> → <A HREF="list?lb={LB}">政府信息公开年报</A>'
                 f'</FONT>{head}<H3 Align="Center">{esc(title)}</H3><DIV ID="nr">{content}</DIV>')
        self.articles[str(n)] = frame(title, inner)
        self.rows.append((date, n, title, agency))
        return f"http://{HOST}{DLL}/view?xh={n}"

    def serve_view(self, request: Request) -> Response:
        body = self.articles.get(request.param("xh"))
        return Response(200, body or frame("提示", "<P>没有找到该条信息。</P>"), CTYPE)

    def serve_list(self, request: Request) -> Response:
        pages = (len(self.rows) + PER - 1) // PER
        ys = request.param("ys", "1")
        if request.param("lb") != LB or not ys.isdigit() or not 1 <= int(ys) <= pages:
            return Response(200, frame("提示", "<P>参数错误。</P>"), CTYPE)
        page = int(ys)
        rows = ['<TR BgColor="#D6E3F3"><TH Align="Center">序号</TH><TH Align="Left">信息名称</TH><TH>公开单位</TH>'
                '<TH>成文日期</TH></TR>']
        start = (page - 1) * PER
        for i, (date, n, title, agency) in enumerate(self.rows[start:start + PER]):
            rows.append(f'<TR><TD Align="Center">{start + i + 1}</TD><TD Align="Left"><A HREF="view?xh={n}">'
                        f'{esc(title)}</A></TD><TD>{esc(agency)}</TD><TD>{date.replace("-", ".")}</TD></TR>')

        def link(word: str, p: int, on: bool) -> str:
            return f'<A HREF="list?lb={LB}&ys={p}">[{word}]</A>' if on else f"[{word}]"

        pager = (f'<P Align="Right">共 {len(self.rows)} 条　每页 {PER} 条　第 {page}/{pages} 页　'
                 f'{link("首页", 1, page > 1)} {link("上页", page - 1, page > 1)} '
                 f'{link("下页", page + 1, page < pages)} {link("末页", pages, page < pages)}</P>')
        inner = (f'{tree()}<FONT Size=2>当前位置：<A HREF="/">首页</A> → 政府信息公开年报</FONT>'
                 f'<TABLE Border=1 CellSpacing=0 CellPadding=2 Width="100%">{"".join(rows)}</TABLE>{pager}')
        return Response(200, frame("政府信息公开年报", inner), CTYPE)


PORTALS = [LegacyLongchuan]
