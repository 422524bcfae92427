"""蕙岭县人民政府 (www.huiling.gov.test): a TRS WCM classic county whose 年报 column is an old layout table of rows
and whose pager is *text only* — "共 3 页　当前第 1 页" with no links and no ``createPageHTML`` call; the later pages
exist under TRS's documented zero-based names (``index_1.htm``, ``index_2.htm``, portals.md §1.1 and §7).

Start URL: the column ``/zwgk/zfxxgk/zfxxgknb/index.htm`` (``.htm`` throughout).  The list is a ``<TABLE
class="nb_tab">`` whose rows are ``<TR><TD width="14"><IMG src="/images/dot.gif"></TD><TD height=25><A
href="./YYYYMM/tYYYYMMDD_<id>.htm" target=_blank title="full title">title</A></TD><TD width="80"
align=right>[YYYY-MM-DD]</TD></TR>``, four rows a page, newest first.  Below it ``<DIV class="fanye">共 3 页　当前第 N
页</DIV>`` (plain text).  ``index_1.htm`` and ``index_2.htm`` hold rows 5–8 and 9–11 with the same text pager.

Articles ``/zwgk/zfxxgk/zfxxgknb/YYYYMM/tYYYYMMDD_<id>.htm``: metas ArticleTitle, PubDate, ContentSource; ``<DIV
class="xl_title">``, a line ``发布时间：… 来源：… 【字体：大 中 小】``,
body ``DIV.TRS_Editor`` (inline ``<style>`` first).
Reports (8): 蕙岭县人民政府 2019, 2020, 2022, 2023 (2020 Word-pasted) and 2024 (a short body; the report is the PDF
``./YYYYMM/P0<date><12 digits>.pdf`` linked from a sibling ``<DIV class="fj">附件：…</DIV>`` after the editor div),
蕙岭县财政局 2023 and
蕙岭县卫生健康局 2021 (titled "县财政局…" / "县卫健局…"; 来源 and ContentSource name the full unit),
蕙岭县龙潭镇人民政府 2022 (titled "龙潭镇…").  Decoys (3): 蕙岭县2023年法治政府建设年度报告, 蕙岭县2024年政府信息公开
指南, 关于报送2022年度政府信息公开工作年度报告的函.  Chrome: top bar (无障碍, 繁體), banner, nav, 政务微信 QR blurb,
footer with 主办单位, 网站标识码, ICP, 公网安备.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch34._site import MEDIA, Site, esc

HOST = "www.huiling.gov.test"
SITE = "huiling-gov"
OWNER = "蕙岭县人民政府"
CZ = "蕙岭县财政局"
WJ = "蕙岭县卫生健康局"
TOWN = "蕙岭县龙潭镇人民政府"
CODE = "9884010003"
COL = "/zwgk/zfxxgk/zfxxgknb/"
PER = 4
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><HTML><HEAD>'
            '<META http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<META name="SiteName" content="{OWNER}"><META name="SiteDomain" content="{HOST}">'
            f'<META name="SiteIDCode" content="{CODE}">{extra}<TITLE>{esc(title)}</TITLE></HEAD><BODY>'
            '<DIV class="topbar"><A href="javascript:void(0)" id="wza">无障碍浏览</A> <A href="javascript:;">繁體</A>'
            '</DIV><DIV class="banner"><IMG src="/images/banner.jpg" alt="蕙岭县人民政府"></DIV>'
            '<DIV class="nav"><A href="/">首页</A> <A href="/zwgk/">政务公开</A> '
            f'<A href="{COL}index.htm">政府信息公开年报</A> <A href="/hdjl/">互动交流</A></DIV>{inner}'
            '<DIV class="qr">扫一扫关注“蕙岭发布”政务微信</DIV><DIV class="footer">'
            '<P>主办单位：蕙岭县人民政府办公室　地址：蕙岭县府前路8号</P>'
            f'<P>网站标识码：{CODE}　未ICP备20013579号-1　未公网安备98840102000011号</P></DIV></BODY></HTML>')


class TrsHuiling(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 290_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-27"), (2022, "2023-01-18"), (2023, "2024-01-26")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, "县政府办公室", OWNER,
                                           self.body(doc, word=year == 2020)), doc)
        date = "2025-01-22"
        doc = self.doc(OWNER, 2024, date, f"{OWNER}2024年政府信息公开工作年度报告")
        month = date[:7].replace("-", "")
        pdf = f"P0{date.replace('-', '')}{self.rng.randint(10 ** 11, 10 ** 12 - 1)}.pdf"
        pdf_url = self.attach(HOST, f"{COL}{month}/{pdf}", doc, "pdf")
        url = self.article(doc.title, date, "县政府办公室", OWNER,
                           f"<P>{esc(doc.title)}全文详见附件。</P>",
                           after=f'<DIV class="fj">附件：<A href="./{pdf}" target="_blank">{esc(doc.title)}.pdf</A>'
                                 '</DIV>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=pdf_url)
        for agency, year, date, title in ((CZ, 2023, "2024-01-29", "县财政局2023年政府信息公开工作年度报告"),
                                          (WJ, 2021, "2022-01-25", "县卫健局2021年政府信息公开工作年度报告"),
                                          (TOWN, 2022, "2023-01-30", "龙潭镇2022年政府信息公开工作年度报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, agency, self.body(doc)), doc)
        for title, year, date in (("蕙岭县2023年法治政府建设年度报告", 2023, "2024-02-05"),
                                  ("蕙岭县2024年政府信息公开指南", 2024, "2024-03-12"),
                                  ("关于报送2022年度政府信息公开工作年度报告的函", 2022, "2022-12-26")):
            self.decoy(SITE, self.article(title, date, "县政府办公室", OWNER, self.decoy_body(title, OWNER, year)),
                       title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, f"{COL}index{'' if k == 0 else f'_{k}'}.htm", self.column(k, pages))
        self.put(HOST, "/index.htm", frame(OWNER, f'<DIV class="main"><A href="{COL}index.htm">政府信息公开年报</A>'
                                                  '</DIV>'))
        self.put(HOST, "/zwgk/index.htm", frame(f"政务公开_{OWNER}", '<DIV class="main"><A href="'
                                                f'{COL}index.htm">政府信息公开年报</A></DIV>'))
        for image in ('/images/banner.jpg', '/images/dot.gif'):
            self.put(HOST, image, GIF, "image/gif")
        self.put(HOST, "/hdjl/index.htm", frame(f"互动交流_{OWNER}", '<DIV class="main">县长信箱</DIV>'))

    def column(self, k: int, pages: int) -> str:
        rows = "".join(f'<TR><TD width="14"><IMG src="/images/dot.gif"></TD><TD height=25><A href=".{h[len(COL) - 1:]}"'
                       f' target=_blank title="{esc(t)}">{esc(t)}</A></TD><TD width="80" align=right>[{d}]</TD></TR>'
                       for d, h, t in self.rows[k * PER:(k + 1) * PER])
        inner = ('<DIV class="main"><DIV class="weizhi">您现在的位置：<A href="/">首页</A> &gt; 政务公开 &gt; '
                 f'政府信息公开年报</DIV><TABLE class="nb_tab" width="100%" border=0 cellpadding=0 cellspacing=0>'
                 f'<TBODY>{rows}</TBODY></TABLE><DIV class="fanye">共 {pages} 页　当前第 {k + 1} 页</DIV></DIV>')
        return frame(f"政府信息公开年报_{OWNER}", inner)

    def article(self, title: str, date: str, source: str, meta_source: str, content: str, after: str = "") -> str:
        aid = self.next_id(5, 60)
        ymd = date.replace("-", "")
        path = f"{COL}{ymd[:6]}/t{ymd}_{aid}.htm"
        self.rows.append((date, path, title))
        extra = (f'<META name="ArticleTitle" content="{esc(title)}"><META name="PubDate" content="{date} 09:30">'
                 f'<META name="ContentSource" content="{esc(meta_source)}">')
        inner = (f'<DIV class="main"><DIV class="weizhi">您现在的位置：<A href="/">首页</A> &gt; '
                 f'<A href="../index.htm">政府信息公开年报</A></DIV>'
                 f'<DIV class="xl_title">{esc(title)}</DIV><DIV class="xl_info">发布时间：'
                 f'{date}　来源：{esc(source)}　【字体：<A href="javascript:;">大</A> <A href="javascript:;">中</A> '
                 '<A href="javascript:;">小</A>】</DIV><DIV class="TRS_Editor"><STYLE>.TRS_Editor P{line-height:2;'
                 f'font-size:16px}}</STYLE>{content}</DIV>{after}</DIV>')
        return self.put(HOST, path, frame(f"{title}_{OWNER}", inner, extra))


PORTALS = [TrsHuiling]
