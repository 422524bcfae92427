"""湫阳市卫生健康委员会 (wjw.qiuyang.gov.test): a city commission's TRS 海云 site whose 年报 column is a
``<ul class="qy-list">`` of rows with the date in a leading ``<em>``, paged by the 6-argument call
written *after* the list with single-quoted arguments over ``.shtml`` files —
``createPageHTML('page_div',3,1,'index','shtml',11)``, one-based: page 2 is ``index_2.shtml`` and
``index_1.shtml`` does not exist — whose articles give title, date and source only in the national
``<meta>`` tags (``ArticleTitle``, ``PubDate``, ``ContentSource``) and a visible 信息来源 line, their bodies
in ``div.trs_editor_view``, and whose 2022 report is a .docx in a 附件 list under the body.

``/zwgk/zfxxgknb/index.shtml``, ``index_2.shtml``, ``index_3.shtml``: four rows a page; articles
``./YYYYMM/tYYYYMMDD_<docid>.shtml``.  The 疾控中心 and the 监督执法局 publish in the commission's column;
their titles name them.  Chrome: the city's 集约化 top bar (市政府门户 | 部门网站), an 健康湫阳 banner,
a 搜索 box, a footer with 网站标识码 and 公安备案.

Reports (8): 湫阳市卫生健康委员会 2019–2024 (2022 a .docx), 湫阳市疾病预防控制中心 2024, 湫阳市卫生健康综合
监督执法局 2023.  Decoys (3): 湫阳市卫生健康委员会2024年度法治政府建设年度报告, 湫阳市2024年卫生健康事业发展统计
公报, 关于报送2024年度政府信息公开工作年度报告的函.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch23._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "wjw.qiuyang.gov.test"
SITE = "qiuyang-wjw"
OWNER = "湫阳市卫生健康委员会"
ROOT = "/zwgk/zfxxgknb/"
PER = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="湫阳市卫生健康'
        f'委员会"><meta name="SiteDomain" content="wjw.qiuyang.gov.test"><meta name="SiteIDCode" content="98712300'
        f'21">{metas}<title>{esc(title)}</title><link rel="stylesheet" href="/qywjw/css/hy-common.css"><script '
        f'src="/qywjw/js/pager.js"></script></head><body><div class="jyh-top"><div class="w1200"><a '
        f'href="http://www.qiuyang.gov.test/">湫阳市人民政府门户网站</a> | <a href="http://www.qiuyang.gov.test/bmwz/">'
        f'部门网站</a><span class="jyh-r"><a href="/wza/">无障碍</a> <a href="/yhzx/">用户中心</a></span></div></div>'
        f'<div class="qy-banner"><h1>湫阳市卫生健康委员会</h1><p>健康湫阳</p><form class="qy-search" '
        f'action="/search/" method="get"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>'
        f'<div class="qy-nav"><a href="/">首页</a><a href="/wsyw/">卫生要闻</a><a href="/zwgk/">政务公开</a><a '
        f'href="/bmfw/">便民服务</a><a href="/hdjl/">互动交流</a></div><div class="w1200 qy-main">{inner}</div>'
        f'<div class="qy-foot"><p>主办：湫阳市卫生健康委员会　地址：湫阳市健康路8号</p><p>网站标识码：9871230021　'
        f'未公网安备 98712302000123号</p></div></body></html>'
    )


class HaiyunQiuyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 181_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 24), (2020, 20), (2021, 27), (2023, 23), (2024, 17)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"{OWNER}{year}年政府信息公开工作年度报告"),
                         OWNER)
        self.docx(self.doc(OWNER, 2022, "2023-01-18", f"{OWNER}2022年政府信息公开工作年度报告"))
        self.article(self.doc("湫阳市疾病预防控制中心", 2024, "2025-01-21",
                              "湫阳市疾病预防控制中心2024年政府信息公开工作年度报告"), "湫阳市疾病预防控制中心")
        self.article(self.doc("湫阳市卫生健康综合监督执法局", 2023, "2024-01-25",
                              "湫阳市卫生健康综合监督执法局2023年度政府信息公开工作年度报告"),
                     "湫阳市卫生健康综合监督执法局")
        for title, year, date in (("湫阳市卫生健康委员会2024年度法治政府建设年度报告", 2024, "2025-03-20"),
                                  ("湫阳市2024年卫生健康事业发展统计公报", 2024, "2025-05-09"),
                                  ("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-16")):
            url, _ = self.page(title, date, OWNER, self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for n, chunk in enumerate(pages, start=1):
            self.put(HOST, ROOT + ("index.shtml" if n == 1 else f"index_{n}.shtml"),
                     self.list_page(chunk, n, len(pages), len(rows)))

    def page(self, title: str, date: str, source: str, content: str, after: str = "") -> tuple[str, str]:
        stamp = date.replace("-", "")
        folder = f"{ROOT}{stamp[:6]}/"
        name = f"t{stamp}_{self.next_id()}.shtml"
        metas = (f'<meta name="ColumnName" content="政府信息公开年报"><meta name="ArticleTitle" content="{esc(title)}">'
                 f'<meta name="PubDate" content="{date} 10:30"><meta name="ContentSource" content="{esc(source)}">')
        inner = (f'<div class="qy-crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a '
                 f'href="../index.shtml">政府信息公开年报</a></div><div class="qy-article"><h2 class="qy-tit">'
                 f'{esc(title)}</h2><div class="qy-src"><span>信息来源：{esc(source)}</span><span>发布日期：{date}'
                 f'</span><span>【<a href="javascript:void(0)" onclick="fontZoom(18)">大</a> <a href="javascript:'
                 f'void(0)" onclick="fontZoom(16)">中</a> <a href="javascript:void(0)" onclick="fontZoom(14)">小</a>'
                 f'】</span></div><div class="trs_editor_view TRS_UEDITOR trs_paper_default">{content}</div>{after}'
                 f'<div class="qy-share">分享到：<a class="wx">微信</a><a class="wb">微博</a></div></div>')
        url = self.put(HOST, folder + name, frame(f"{title}-湫阳市卫生健康委员会", inner, metas))
        self.rows.append((f"./{stamp[:6]}/{name}", title, date))
        return url, folder

    def article(self, doc: ReportDoc, source: str) -> None:
        url, _ = self.page(doc.title, doc.published_date or "", source, self.body(doc, word=doc.year == 2019))
        self.report(SITE, url, doc)

    def docx(self, doc: ReportDoc) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        name = f"P0{stamp}{self.rng.randrange(10**12):012d}.docx"
        after = (f'<div class="qy-fj"><h4>附件：</h4><ul><li><a href="./{name}" target="_blank">'
                 f'{esc(doc.title)}.docx</a></li></ul></div>')
        url, folder = self.page(doc.title, doc.published_date or "", OWNER, "<p>详见附件。</p>", after)
        file = self.attach(HOST, folder + name, doc, "docx")
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=file)

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int, total: int) -> str:
        rows = "".join(f'<li><em>{d}</em><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a></li>'
                       for h, t, d in chunk)
        side = ('<div class="qy-side"><h3>政务公开</h3><ul><li><a href="/zwgk/zfxxgkzn/">政府信息公开指南</a></li><li>'
                '<a href="/zwgk/fdzdgknr/">法定主动公开内容</a></li><li class="on"><a href="./index.shtml">政府信息公开'
                '年报</a></li><li><a href="/zwgk/ysqgk/">依申请公开</a></li></ul></div>')
        inner = (f'{side}<div class="qy-con"><div class="qy-crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开'
                 f'</a> &gt; 政府信息公开年报</div><ul class="qy-list">{rows}</ul><div id="page_div" class="qy-page">'
                 f'</div><script>createPageHTML(\'page_div\',{pages},{n},\'index\',\'shtml\',{total});</script></div>')
        return frame("政府信息公开年报-湫阳市卫生健康委员会", inner)


PORTALS = [HaiyunQiuyang]
