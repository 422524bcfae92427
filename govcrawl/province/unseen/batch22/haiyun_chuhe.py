"""楮河市 (www.chuhe.gov.test): a TRS 海云 city whose 年报 column is ``xxgknb_list.shtml`` paged by the 6-argument,
1-based pager with single-quoted arguments — ``createPageHTML('page_div',3,1,'xxgknb_list','shtml',11)`` —
so page 2 is ``xxgknb_list_2.shtml`` and ``xxgknb_list_1.shtml`` is 404; rows are ``<div class="list-item">``
cards with the date first; articles are channel-ID pages ``/zwgk/c1047/<docid>/content.shtml``.

Four rows a page, three pages.  Articles: ``div.trs_editor_view`` under a ``div.detail-meta`` of ``<span>``
items (信息来源 | 发布时间 | 浏览量); the 财政局's 2023 report is a .docx linked in a "相关附件" list below the
body (``/zwgk/c1047/<docid>/W0….docx``).  Chrome: a 长者模式 switch, 智能问答 floating button, a 分享到 bar, a
footer with 网站标识码 and 党政机关 logo.

Reports (8): 楮河市人民政府 2020–2024 (2020 old template), 楮河市财政局 2023 (DOCX), 楮河市生态环境局 2024,
楮河市发展和改革委员会 2022.  Decoys (3): 楮河市2024年政府网站工作年度报表, 关于报送2024年度政府信息公开工作年度
报告的函, 楮河市2024年国民经济和社会发展统计公报.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch22._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.chuhe.gov.test"
SITE = "chuhe-gov"
OWNER = "楮河市人民政府"
ROOT = "/zwgk/xxgknb/"
CHANNEL = "/zwgk/c1047/"
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><meta name="SiteName" content="楮河市人民政府">'
        f'<meta name="SiteIDCode" content="9872020001"><meta name="ColumnName" content="政府信息公开年报"><title>'
        f'{esc(title)}</title><script src="/common/js/jquery.min.js"></script><script src="/common/js/page.js">'
        f'</script></head><body><div class="top-bar"><span>楮河市人民政府欢迎您</span><a href="javascript:;" '
        f'id="oldMode">长者模式</a><a href="/wza/">无障碍浏览</a></div><div class="header"><img src="/common/img/'
        f'logo.png" alt="楮河市人民政府"><div class="search"><input id="kw" placeholder="请输入关键词"><a '
        f'href="/search/">搜索</a></div></div><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">'
        f'政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>'
        f'<div class="main">{inner}</div><a class="znwd" href="/znwd/">智能问答</a><div class="footer"><img '
        f'src="/common/img/dzjg.png" alt="党政机关">主办：楮河市人民政府办公室　网站标识码：9872020001</div>'
        f'</body></html>'
    )


class HaiyunChuhe(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 171_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2020, 27), (2021, 22), (2022, 25), (2023, 24), (2024, 21)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"楮河市{year}年政府信息公开工作年度报告"))
        self.docx(self.doc("楮河市财政局", 2023, "2024-01-19", "楮河市财政局2023年政府信息公开工作年度报告"))
        self.article(self.doc("楮河市生态环境局", 2024, "2025-01-15", "楮河市生态环境局2024年度政府信息公开工作报告"))
        self.article(self.doc("楮河市发展和改革委员会", 2022, "2023-01-17",
                              "市发展改革委2022年政府信息公开工作年度报告"))
        for title, year, date in (("楮河市2024年政府网站工作年度报表", 2024, "2025-01-10"),
                                  ("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-16"),
                                  ("楮河市2024年国民经济和社会发展统计公报", 2024, "2025-03-15")):
            url, _ = self.page(title, date, "楮河市人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            name = "xxgknb_list.shtml" if k == 0 else f"xxgknb_list_{k + 1}.shtml"
            self.put(HOST, ROOT + name, self.list_page(chunk, k + 1, len(pages), len(rows)))

    def page(self, title: str, date: str, source: str, content: str, after: str = "") -> tuple[str, str]:
        folder = f"{CHANNEL}{self.next_id()}/"
        inner = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a '
                 f'href="{ROOT}xxgknb_list.shtml">政府信息公开年报</a></div><div class="detail">'
                 f'<h2 class="detail-title">'
                 f'{esc(title)}</h2><div class="detail-meta"><span>信息来源：{esc(source)}</span><span>发布时间：'
                 f'{date} 09:30</span><span>浏览量：<em id="readCount"></em></span></div><div class="trs_editor_view '
                 f'TRS_UEDITOR trs_paper_default">{content}</div>{after}<div class="share">分享到：<a href="#">微信</a>'
                 f'<a href="#">微博</a></div></div>')
        url = self.put(HOST, folder + "content.shtml", frame(f"{title}_楮河市人民政府", inner))
        self.rows.append((folder + "content.shtml", title, date))
        return url, folder

    def article(self, doc: ReportDoc) -> None:
        url, _ = self.page(doc.title, doc.published_date or "", doc.agency_name, self.body(doc))
        self.report(SITE, url, doc)

    def docx(self, doc: ReportDoc) -> None:
        name = f"W0{(doc.published_date or '').replace('-', '')}{self.rng.randrange(10**9):09d}.docx"
        after = f'<div class="fj"><h4>相关附件</h4><ul><li><a href="./{name}">{esc(doc.title)}.docx</a></li></ul></div>'
        url, folder = self.page(doc.title, doc.published_date or "", doc.agency_name, "<p>详见附件。</p>", after)
        file = self.attach(HOST, folder + name, doc, "docx")
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=file)

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int, total: int) -> str:
        items = "".join(f'<div class="list-item"><span class="date">{d}</span><a href="{h}" target="_blank" '
                        f'title="{esc(t)}">{esc(t)}</a></div>' for h, t, d in chunk)
        inner = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开'
                 f'</a> &gt; 政府信息公开'
                 f'年报</div><div class="side"><h3>政府信息公开</h3><a href="/zwgk/xxgkzn/">政府信息公开指南</a><a '
                 f'href="/zwgk/fdzdgk/">法定主动公开内容</a>'
                 f'<a class="cur" href="{ROOT}xxgknb_list.shtml">政府信息公开年报'
                 f'</a></div><div class="list-box">{items}</div><div id="page_div"></div><script>'
                 f"createPageHTML('page_div',{pages},{n},'xxgknb_list','shtml',{total});</script>")
        return frame("政府信息公开年报_楮河市人民政府", inner)


PORTALS = [HaiyunChuhe]
