"""岽岭县 (www.dongling.gov.test, jyj.dongling.gov.test): a 开普云 集约化 county whose 年报 column
``/zwgk/zfxxgknb/index.shtml`` lists its rows as ``<dl>`` records (title, publishing unit, date) under a
server-written pager whose links are *root-relative* and whose later pages are numbered from 2
(``index_2.shtml``, ``index_3.shtml``), whose articles are 运城-style ``/doc/YYYY/MM/DD/<7 digits>.shtml`` pages
with the body in ``div#UCAP-CONTENT``, and whose 教育局 row links its report on the **department's own
sub-host** (``jyj.dongling.gov.test``, the bureau's 集约化 sub-site chrome), where it is a DOCX.

Registered ``http://www.dongling.gov.test/zwgk/zfxxgknb/index.shtml``.  Rows, four a page, newest first:
``<dl class="dl-row"><dt><a href="/doc/2025/01/20/1234567.shtml" target="_blank" title="…">…</a></dt><dd
class="dl-unit">岽岭县人民政府办公室</dd><dd class="dl-time">2025-01-20</dd></dl>``.  The pager: ``<div
class="dl-page" id="pageBar"><span class="dl-sum">共11条记录 每页4条 第1/3页</span><a
href="/zwgk/zfxxgknb/index.shtml">首页</a><span class="cur">1</span><a href="/zwgk/zfxxgknb/index_2.shtml">2</a>
<a …>3</a><a href="/zwgk/zfxxgknb/index_2.shtml">下一页</a><a href="/zwgk/zfxxgknb/index_3.shtml">末页</a> 转到 <input
id="pageNo"> 页 <a href="javascript:goPage(3)">GO</a></div>`` (``goPage`` builds the same ``index_N.shtml``
names).  Articles: ``h1.xl-title``, ``div.xl-info`` (来源：… 发布时间：YYYY-MM-DD HH:MM 浏览次数：…), ``<div
id="UCAP-CONTENT" class="xl-con">``, then ``div.info_ewm`` (扫一扫在手机打开当前页); ArticleTitle / PubDate /
ContentSource metas.  The 教育局's page ``http://jyj.dongling.gov.test/doc/2025/01/17/<id>.shtml`` (title
"县教育局2024年政府信息公开工作年度报告", 来源 岽岭县教育局, the sub-site's 岽岭县教育局 header) says one line and lists
the file in ``<div class="xl-files"><h4>相关附件：</h4><ul><li><a href="/uploadfiles/202501/<hex>.docx">…docx
</a></li></ul></div>``.  Chrome on both hosts: 开普云 纠错 widget (``pucha.kaipuyun.cn/exposure/jiucuo.js``),
``kqNav()`` 无障碍, footer 主办 / 网站标识码 / ICP.

Reports (8): 岽岭县人民政府 2019–2024 (2019, 2020 old template; 2020, 2023 Word-saved bodies), 岽岭县教育局 2024 (DOCX,
sub-host),
岽岭县岽口镇人民政府 2023 ("岽口镇2023年度…").  Decoys (3): 岽岭县政府信息公开指南（2024年修订）,
岽岭县2024年政府网站工作年度报表, 岽岭县2023年政府信息公开工作年度报告解读.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch26._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

WWW = "www.dongling.gov.test"
JYJ = "jyj.dongling.gov.test"
SITE = "dongling-gov"
OWNER = "岽岭县人民政府"
OFFICE = "岽岭县人民政府办公室"
EDU = "岽岭县教育局"
LIST = "/zwgk/zfxxgknb/"
PER = 4


def frame(site: str, host: str, title: str, inner: str, extra: str = "") -> str:
    nav = (f'<a href="http://{WWW}/index.shtml">网站首页</a><a href="http://{WWW}/zwgk/index.shtml">政务公开</a>'
           f'<a href="http://{WWW}{LIST}index.shtml">政府信息公开年报</a>')
    if host == JYJ:
        nav = (f'<a href="http://{JYJ}/index.shtml">教育局首页</a>' + nav)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{esc(site)}"><meta '
        f'name="SiteDomain" content="{host}"><meta name="SiteIDCode" content="9876060014">{extra}<title>'
        f'{esc(title)}</title><link rel="stylesheet" href="/css/dl.css"><script '
        'src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></head><body><div class="dl-top"><span>'
        f'{esc(site)}</span><a href="javascript:kqNav();">无障碍</a><a href="javascript:;" class="care">关怀版</a>'
        f'</div><div class="dl-head"><h1>{esc(site)}</h1></div><div class="dl-nav">{nav}</div>{inner}'
        f'<div class="dl-foot"><p>主办：{esc(site)}　技术支持：开普云</p><p>网站标识码：9876060014　未ICP备'
        '17002468号-1　未公网安备 98760602000077号</p><p><span id="_ideConac"></span></p></div></body></html>'
    )


class KaipuDongling(Site):
    hosts = (WWW, JYJ)
    site_ids = (SITE,)
    first_id = 215_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, day in ((2019, 24), (2020, 20), (2021, 27), (2022, 18), (2023, 25), (2024, 21)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"岽岭县{year}年政府信息公开工作年度报告"),
                         OFFICE)
        self.article(self.doc("岽岭县岽口镇人民政府", 2023, "2024-01-22", "岽口镇2023年度政府信息公开工作年度报告"),
                     "岽岭县岽口镇人民政府")
        doc = self.doc(EDU, 2024, "2025-01-17", "县教育局2024年政府信息公开工作年度报告")
        path = f"/uploadfiles/202501/{self.rng.getrandbits(128):032x}.docx"
        files = (f'<div class="xl-files"><h4>相关附件：</h4><ul><li><a href="{path}" target="_blank">'
                 f'{esc(doc.title)}.docx</a></li></ul></div>')
        url = self.page(JYJ, doc.title, "2025-01-17", EDU, f"<p>{esc(doc.title)}见附件。</p>", files)
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(JYJ, path, doc, "docx"))
        for title, year, date in (("岽岭县政府信息公开指南（2024年修订）", 2024, "2024-03-12"),
                                  ("岽岭县2024年政府网站工作年度报表", 2024, "2025-01-23"),
                                  ("岽岭县2023年政府信息公开工作年度报告解读", 2023, "2024-01-26")):
            self.decoy(SITE, self.page(WWW, title, date, OFFICE, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(WWW, f"{LIST}{self.name(k)}", self.list_page(k, pages))
        self.put(WWW, "/index.shtml", frame(OWNER, WWW, OWNER, f'<div class="dl-main"><ul><li><a href="{LIST}'
                                            'index.shtml">政府信息公开年报</a></li></ul></div>'))
        self.put(WWW, "/zwgk/index.shtml", frame(OWNER, WWW, f"政务公开-{OWNER}", '<div class="dl-main"><h3>政务公开'
                                                 f'</h3><ul><li><a href="{LIST}index.shtml">政府信息公开年报</a></li>'
                                                 '<li><a href="/zwgk/index.shtml">政府信息公开指南</a></li></ul>'
                                                 '</div>'))
        self.put(JYJ, "/index.shtml", frame(EDU, JYJ, EDU, f'<div class="dl-main"><ul><li><a href="{url}">'
                                            f'{esc(doc.title)}</a></li></ul></div>'))

    @staticmethod
    def name(k: int) -> str:
        return "index.shtml" if k == 1 else f"index_{k}.shtml"

    def page(self, host: str, title: str, date: str, unit: str, content: str, files: str = "") -> str:
        aid = 3_000_000 + self.next_id()
        y, m, d = date.split("-")
        path = f"/doc/{y}/{m}/{d}/{aid}.shtml"
        url = f"http://{host}{path}"
        site = EDU if host == JYJ else OWNER
        hits = self.rng.randint(80, 2400)
        inner = (f'<div class="dl-main"><div class="dl-pos">当前位置：<a href="http://{WWW}/index.shtml">首页</a> &gt; '
                 f'<a href="http://{WWW}{LIST}index.shtml">政府信息公开年报</a></div><div class="xl-box"><h1 '
                 f'class="xl-title">{esc(title)}</h1><div class="xl-info"><span>来源：{esc(unit)}</span>'
                 f'<span>发布时间：{date} 1{aid % 8}:{aid % 60:02d}</span><span>浏览次数：<em id="hits">{hits}</em>'
                 '</span><span class="fz">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
                 '<a href="javascript:;">小'
                 f'</a></span></div><div id="UCAP-CONTENT" class="xl-con">{content}</div>{files}<div class="info_ewm">'
                 '<img src="/images/ewm.png" alt="">扫一扫在手机打开当前页</div></div></div>')
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}">'
                 f'<meta name="ContentSource" content="{esc(unit)}">')
        self.put(host, path, frame(site, host, f"{title}_{site}", inner, extra))
        self.rows.append((date, url if host != WWW else path, title, unit))
        return url

    def article(self, doc: ReportDoc, unit: str) -> None:
        self.report(SITE, self.page(WWW, doc.title, doc.published_date or "", unit,
                                    self.body(doc, word=doc.year in (2020, 2023))), doc)

    def list_page(self, k: int, pages: int) -> str:
        rows = "".join(f'<dl class="dl-row"><dt><a href="{href}" target="_blank" title="{esc(title)}">{esc(title)}'
                       f'</a></dt><dd class="dl-unit">{esc(unit)}</dd><dd class="dl-time">{date}</dd></dl>'
                       for date, href, title, unit in self.rows[(k - 1) * PER:k * PER])

        def link(n: int, text: str) -> str:
            return f'<a href="{LIST}{self.name(n)}">{text}</a>'

        nums = "".join(f'<span class="cur">{n}</span>' if n == k else link(n, str(n)) for n in range(1, pages + 1))
        pager = (f'<div class="dl-page" id="pageBar"><span class="dl-sum">共{len(self.rows)}条记录 每页{PER}条 第{k}/'
                 f'{pages}页</span>{link(1, "首页")}' + (link(k - 1, "上一页") if k > 1 else "") + nums
                 + (link(k + 1, "下一页") if k < pages else "") + link(pages, "末页")
                 + f' 转到 <input id="pageNo" size="2"> 页 <a href="javascript:goPage({pages})">GO</a></div><script>'
                 'function goPage(t){var n=parseInt(document.getElementById("pageNo").value,10);if(n>=1&&n<=t){'
                 'location.href=n==1?"index.shtml":"index_"+n+".shtml";}}</script>')
        inner = (f'<div class="dl-main"><div class="dl-pos">当前位置：<a href="/index.shtml">首页</a> &gt; <a '
                 f'href="/zwgk/index.shtml">政务公开</a> &gt; 政府信息公开年报</div><div class="dl-col"><h3>'
                 f'政府信息公开年报'
                 f'</h3>{rows}</div>{pager}</div>')
        return frame(OWNER, WWW, f"政府信息公开年报-{OWNER}", inner)


PORTALS = [KaipuDongling]
