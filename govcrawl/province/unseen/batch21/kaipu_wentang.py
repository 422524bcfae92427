"""汶塘县 (www.wentang.gov.test): a 开普云 county 信息公开 column whose list is a four-column table (序号 |
标题 | 发布机构 | 发布日期) under a server-written numbered pager ("共 11 条 每页 4 条" and links to
``index_1.html``, ``index_2.html``), whose articles are numeric ``/xxgk/zfxxgknb/<id>.html`` pages with the
body in ``div#UCAP-CONTENT`` under an 信息公开 索引 block, and whose 2019 county report is a scanned PDF.

Titles carry the year in full-width brackets after the agency for the 2019–2021 reports
("汶塘县人民政府政府信息公开工作年度报告（2020年）"); the 2021 report is a .docx whose link sits in the body's
last paragraph ("附件：…"), the 2019 one an image-only PDF linked the same way.  Chrome: 长者版 / 无障碍
switch, a 部门导航 drop-down, a 政务新媒体 matrix box.

Reports (8): 汶塘县人民政府 2019–2024 (2019 an image-only scan; 2021 a .docx), 汶塘县卫生健康局 2024, 汶塘县应急
管理局 2024.  Decoys (3): 汶塘县2024年度法治政府建设年度报告, 关于做好2024年度政府信息公开工作年度报告编制工作的函,
汶塘县2023年度政府网站工作年度报表.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch21._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.wentang.gov.test"
SITE = "wentang-gov"
OWNER = "汶塘县人民政府"
ROOT = "/xxgk/zfxxgknb/"
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="renderer" content="webkit"><meta name="SiteName"'
        f' content="汶塘县人民政府"><title>{esc(title)}</title><link rel="stylesheet" href="/ucap/css/wt-common.css">'
        f'</head><body><div class="wt-bar"><a href="javascript:;" class="zzb">长者版</a><a href="javascript:;" '
        f'class="wza">无障碍</a></div><div class="wt-head">汶塘县人民政府</div><div class="wt-nav"><a href="/">首页</a>'
        f'<a href="/xxgk/">信息公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a><select '
        f'onchange="window.open(this.value)"><option>部门导航</option><option value="/bm/wjj/">县卫生健康局</option>'
        f'<option value="/bm/yjj/">县应急管理局</option></select></div>{inner}<div class="wt-media">政务新媒体：'
        f'微信公众号 | 政务微博 | 抖音号</div><div class="wt-foot">汶塘县人民政府办公室主办　网站标识码：'
        f'9871060001　未ICP备18032211号</div></body></html>'
    )


class KaipuWentang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 165_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        self.file(self.doc(OWNER, 2019, "2020-01-21", "汶塘县人民政府政府信息公开工作年度报告（2019年）"), "scan")
        self.article(self.doc(OWNER, 2020, "2021-01-26", "汶塘县人民政府政府信息公开工作年度报告（2020年）"), OWNER)
        self.file(self.doc(OWNER, 2021, "2022-01-24", "汶塘县人民政府政府信息公开工作年度报告（2021年）"), "docx")
        for year, day in ((2022, 18), (2023, 22), (2024, 20)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"汶塘县{year}年政府信息公开工作年度报告")
            self.article(doc, OWNER)
        bureau = "汶塘县卫生健康局"
        self.article(self.doc(bureau, 2024, "2025-01-23", f"{bureau}2024年度政府信息公开工作年度报告"), bureau)
        self.article(self.doc("汶塘县应急管理局", 2024, "2025-01-17", "汶塘县应急管理局2024年政府信息公开工作年度报告"),
                     "汶塘县应急管理局")
        for title, year, date in (("汶塘县2024年度法治政府建设年度报告", 2024, "2025-03-31"),
                                  ("关于做好2024年度政府信息公开工作年度报告编制工作的函", 2024, "2024-12-18"),
                                  ("汶塘县2023年度政府网站工作年度报表", 2023, "2024-01-16")):
            url = self.page(title, date, OWNER, self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.rows.sort(key=lambda r: r[3], reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, ROOT + ("index.html" if k == 0 else f"index_{k}.html"), self.list_page(k, pages))

    def page(self, title: str, date: str, unit: str, content: str) -> str:
        docid = self.next_id(100, 4000)
        path = f"{ROOT}{docid}.html"
        meta = (f'<div class="wt-syh"><span>索引号：114406{docid:08d}/{date[:4]}-{docid % 311:05d}</span><span>'
                f'发布机构：{esc(unit)}</span><span>发布日期：{date}</span><span>公开方式：主动公开</span></div>')
        inner = (f'<div class="wt-pos">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a '
                 f'href="{ROOT}">政府信息公开年报</a></div><div class="wt-art">{meta}<h1 class="wt-tit">{esc(title)}'
                 f'</h1><div id="UCAP-CONTENT">{content}</div><div class="wt-share">分享到：<a>微信</a><a>微博</a>'
                 f'</div></div>')
        url = self.put(HOST, path, frame(title, inner))
        self.rows.append((path, title, unit, date))
        return url

    def article(self, doc: ReportDoc, unit: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", unit, self.body(doc)), doc)

    def file(self, doc: ReportDoc, kind: str) -> None:
        ext = "docx" if kind == "docx" else "pdf"
        stamp = (doc.published_date or "").replace("-", "")
        path = f"/ucap/upload/files/{stamp[:6]}/{stamp}{self.rng.randrange(10**7):07d}.{ext}"
        content = (f"<p>根据《中华人民共和国政府信息公开条例》要求，现公布{esc(doc.title)}。</p><p>附件：<a "
                   f"href=\"{path}\">{esc(doc.title)}.{ext}</a></p>")
        url = self.page(doc.title, doc.published_date or "", OWNER, content)
        file = self.attach(HOST, path, doc, kind)
        self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=file,
                    flags=("image_only",) if kind == "scan" else ())

    def list_page(self, k: int, pages: int) -> str:
        chunk = self.rows[k * PER:(k + 1) * PER]
        rows = "".join(f'<tr><td>{k * PER + i + 1}</td><td class="tl"><a href="{p}" target="_blank">{esc(t)}</a></td>'
                       f'<td>{esc(u)}</td><td>{d}</td></tr>' for i, (p, t, u, d) in enumerate(chunk))

        def name(n: int) -> str:
            return "index.html" if n == 0 else f"index_{n}.html"

        links = [f'<a href="{name(n)}">{n + 1}</a>' if n != k else f'<span class="cur">{n + 1}</span>'
                 for n in range(pages)]
        nav = (f'<div class="wt-page">共 {len(self.rows)} 条 每页 {PER} 条 '
               + (f'<a href="{name(k - 1)}">上一页</a> ' if k > 0 else '<span>上一页</span> ')
               + " ".join(links)
               + (f' <a href="{name(k + 1)}">下一页</a>' if k < pages - 1 else ' <span>下一页</span>') + "</div>")
        inner = (f'<div class="wt-pos">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; '
                 f'政府信息公开年报</div><div class="wt-main"><table class="wt-list"><thead><tr><th>序号</th><th>标题'
                 f'</th><th>发布机构</th><th>发布日期</th></tr></thead><tbody>{rows}</tbody></table>{nav}</div>')
        return frame("政府信息公开年报 - 汶塘县人民政府", inner)


PORTALS = [KaipuWentang]
