"""岙阳市 (www.aoyang.gov.test): a TRS 海云 city whose 年报 column is a 信息公开目录 table with a 发布机构
column — the only place some rows name their unit — paged by nothing but a ``<select>`` jump menu, and
whose 财政局 report of 2024 is a PDF linked from its article's 相关附件 list.

``/zwgk/zfxxgk/ndbg/index.shtml`` (then ``index_2.shtml``, ``index_3.shtml``: 1-based) holds ``<table
class="ay-gkml">`` rows of 索引号 | 名称 (``<a href="./202501/t20250120_<id>.shtml" title="…">``) | 发布机构 |
发布日期, five a page, and under it ``<div class="ay-page">共 11 条　第 1/3 页　跳转到 <select
onchange="window.location.href=this.value"><option value="index.shtml" selected>1</option><option
value="index_2.shtml">2</option>…</select></div>`` — no 下一页 link, no numbered links.  The 交通运输局's
rows say only "2024年度政府信息公开工作年度报告" (the unit is in 发布机构 and the article's
``<meta name="ContentSource">``).  Articles ``/zwgk/zfxxgk/ndbg/YYYYMM/tYYYYMMDD_<id>.shtml``; the 财政局's
2024 article is a two-line stub, the file under ``/cms_files/aoyang/upload/…/<hex>.pdf`` in ``<div
class="xgfj">相关附件</div>``.

Reports (8): 岙阳市人民政府 2022, 2023, 2024; 岙阳市财政局 2024 (PDF); 岙阳市交通运输局 2023, 2024 (titled
without the unit); 岙阳市水利局 2022; 岙阳市民政局 2024.  Decoys (3): 岙阳市2024年度市本级决算, 关于
《岙阳市2023年政府信息公开工作年度报告》的解读, 岙阳市2024年政务公开工作要点.
"""

from __future__ import annotations

import hashlib
import random
from html import escape

from govcrawl.province.unseen.batch19._files import PDF, FilePortal
from govcrawl.synth.model import ReportDoc

HOST = "www.aoyang.gov.test"
SITE = "aoyang-gov"
OWNER = "岙阳市人民政府"
ROOT = "/zwgk/zfxxgk/ndbg/"
PER = 5


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="岙阳市人民政府">'
        f'<meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" content="9869200003">{head}<title>'
        f'{escape(title)}</title><link rel="stylesheet" href="/images/ay2023/css/common.css"><script src="/images/'
        'ay2023/js/jquery-3.6.0.min.js"></script></head><body><header class="ay-head"><div class="ay-tool"><a href="'
        'javascript:;" class="ay-jt">简/繁</a><a href="javascript:;" id="cniil_wza">无障碍</a><a href="/col/gh/">关怀版'
        '</a></div><div class="ay-logo"><img src="/images/ay2023/img/logo.png" alt="岙阳市人民政府"></div><form action='
        '"/search/" class="ay-search"><input name="q" placeholder="请输入关键词"></form></header><nav class="ay-nav"><'
        'a '
        'href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a hr'
        'ef='
        f'"/zjay/">走进岙阳</a></nav>{inner}<footer class="ay-foot"><p>岙阳市人民政府办公室主办　岙阳市大数据发展中心'
        '承办</p><p>网站标识码：9869200003　未ICP备09011832号-1</p><span id="_ideConac"></span></footer></body></html>'
    )


class HaiyunAoyang(FilePortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.id = 141_000
        self.rows: list[tuple[str, str, str, str, str]] = []  # (href, title, date, publisher, 索引号)
        for year, date in ((2022, "2023-01-31"), (2023, "2024-01-30"), (2024, "2025-01-24")):
            self.article(self.doc(OWNER, year, date, f"岙阳市{year}年政府信息公开工作年度报告"), "岙阳市人民政府办公室")
        self.attached(self.doc("岙阳市财政局", 2024, "2025-01-21", "岙阳市财政局2024年政府信息公开工作年度报告"))
        for year, date in ((2023, "2024-01-26"), (2024, "2025-01-23")):
            self.article(self.doc("岙阳市交通运输局", year, date, f"{year}年度政府信息公开工作年度报告"),
                         "岙阳市交通运输局")
        self.article(self.doc("岙阳市水利局", 2022, "2023-01-18", "岙阳市水利局2022年度政府信息公开工作年度报告"),
                     "岙阳市水利局")
        self.article(self.doc("岙阳市民政局", 2024, "2025-01-15", "岙阳市民政局2024年政府信息公开工作年度报告"),
                     "岙阳市民政局")
        for title, year, date, source in (("岙阳市2024年度市本级决算", 2024, "2025-08-12", "岙阳市财政局"),
                                          ("关于《岙阳市2023年政府信息公开工作年度报告》的解读", 2023, "2024-01-30",
                                           "岙阳市人民政府办公室"),
                                          ("岙阳市2024年政务公开工作要点", 2024, "2024-04-19", "岙阳市人民政府办公室")):
            url = self.page_of(title, date, source, self.notice_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, ROOT + ("index.shtml" if k == 0 else f"index_{k + 1}.shtml"),
                     self.list_page(chunk, k, len(pages), len(rows)))

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        self.id += self.rng.randint(30, 700)
        stamp = date.replace("-", "")
        path = f"{ROOT}{stamp[:6]}/t{stamp}_{self.id}.shtml"
        inner = (
            '<div class="ay-crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="'
            f'{ROOT}index.shtml">政府信息公开年度报告</a></div><article class="ay-art"><h1>{escape(title)}</h1><div '
            f'class="ay-meta"><span>信息来源：{escape(source)}</span><span>发布时间：{date} 10'
            f':{self.rng.randint(10, 59)}'
            f'</span><span>浏览次数：<em id="clicks"></em></span></div><div class="ay-content" id="zoomcon">{content}<'
            f'/div>'
            f'{after}</article>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}"><meta '
                f'name="ContentSource" content="{escape(source)}"><meta name="ColumnName" content="政府信息公开年度报'
                f'告">')
        url = self.put(HOST, path, frame(f"{title}_岙阳市人民政府", inner, head))
        index = f"11986920MB{self.id % 10**5:05d}/{date[:4]}-{self.rng.randint(1, 999):05d}"
        self.rows.append((f"./{stamp[:6]}/t{stamp}_{self.id}.shtml", title, date, source, index))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        url = self.page_of(doc.title, doc.published_date or "", source,
                           self.body(doc, "word" if doc.year == 2023 else "plain"))
        self.report(SITE, url, doc)

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/cms_files/aoyang/upload/{date[:4]}/{date[5:7]}/{hashlib.md5(doc.title.encode()).hexdigest()}.pdf"
        after = (f'<div class="xgfj"><h4>相关附件</h4><ul><li><a href="{path}" target="_blank">{escape(doc.title)}.pdf'
                 '</a></li></ul></div>')
        url = self.page_of(doc.title, date, doc.agency_name,
                           "<p>根据《中华人民共和国政府信息公开条例》要求，现公布本局2024年政府信息公开工作年度报告。</p>"
                           "<p>请点击下方附件查看。</p>", after)
        self.report(SITE, url, doc, media_type=PDF, report_url=self.put_file(HOST, path, doc, PDF))

    def list_page(self, chunk: list[tuple[str, str, str, str, str]], k: int, pages: int, total: int) -> str:
        rows = "".join(f'<tr><td class="sy">{i}</td><td class="mc"><a href="{h}" title="{escape(t)}" target="_blank">'
                       f'{escape(t)}</a></td><td class="jg">{escape(p)}</td><td class="rq">{d}</td></tr>'
                       for h, t, d, p, i in chunk)
        options = "".join(f'<option value="{"index.shtml" if j == 0 else f"index_{j + 1}.shtml"}"'
                          f'{" selected" if j == k else ""}>{j + 1}</option>' for j in range(pages))
        inner = (
            '<div class="ay-crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息'
            '公开'
            '年度报告</div><div class="ay-main"><table class="ay-gkml"><thead><tr><th>索引号</th><th>名称</th><th>发布'
            '机构'
            f'</th><th>发布日期</th></tr></thead><tbody>{rows}</tbody></table><div class="ay-page">共 {total} 条　第 '
            f'{k + 1}/{pages} 页　跳转到 <select onchange="window.location.href=this.value">{options}</select></div></'
            f'div>'
        )
        return frame("政府信息公开年度报告_岙阳市人民政府", inner, '<meta name="ColumnName" content="政府信息公开年度'
                                                  '报告">')


PORTALS = [HaiyunAoyang]
