"""溁阳市生态环境局 (sthjj.yingyang.gov.test): a city bureau on a 开普云 集约化 site whose articles use the *gov.cn
``/zhengce/`` article template* — ``/zhengce/<YYYYMM>/content_<id>.htm`` with ``h1#ti``, a ``div.pages-date``
line ("2024-01-20 10:00　来源：<unit>"), the body in ``div#UCAP-CONTENT`` with a ``div.trs_editor_view`` inside,
then 【我要纠错】 and 责任编辑 — listed in a column ``/zwgk/ndbg/index.htm`` of ``<div class="kp-item">`` rows
(``a.kp-tit`` with the full title in ``title=``, ``span.kp-org`` publisher, ``span.kp-time`` date) paged by a
numbered pager whose later pages are named ``index_p2.htm``, ``index_p3.htm`` ("首页 上一页 1 2 3 下一页 末页
共13条 共3页"; the current page a ``<b>``, dead links ``javascript:;``).

Registered ``http://sthjj.yingyang.gov.test/zwgk/ndbg/index.htm``; 5 rows a page, newest first, 3 pages.  Home ``/``
links the column; the column's left nav links ``/zwgk/`` (信息公开 home, served).

The bureau's 2022 report is a PDF: the body holds one sentence and ``<p><a href="/zhengce/files/<YYYYMM>/
P0<id>.pdf">…pdf</a></p>`` inside ``#UCAP-CONTENT``.

Reports (8): 溁阳市生态环境局 2019, 2020 (old template), 2021, 2022 (PDF), 2023, 2024; 溁阳市生态环境局溁东分局 2024
(titled "溁东分局…", agency in 来源 and the row's publisher); 溁阳市生态环境保护综合行政执法支队 2023 (titled
"市生态环境执法支队…", agency in 来源 and the row's publisher).
Decoys (3): 溁阳市生态环境局2024年度法治政府建设年度报告, 溁阳市生态环境局2023年政府信息公开工作年度报告解读,
溁阳市生态环境局关于报送2024年度政府信息公开工作年度报告的函.
Other rows (2, neither): 溁阳市2024年12月环境空气质量状况, 关于开展2025年“六五环境日”宣传活动的通知.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch30._site import MEDIA, Site, esc

HOST = "sthjj.yingyang.gov.test"
SITE = "yingyang-sthjj"
OWNER = "溁阳市生态环境局"
COL = "/zwgk/ndbg"
SIZE = 5


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{OWNER}">'
        '<meta name="SiteDomain" content="sthjj.yingyang.gov.test"><meta name="SiteIDCode" content="9880060012">'
        f'<title>{esc(title)}</title><script src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></head>'
        '<body><div class="yy-top"><span>欢迎访问溁阳市生态环境局网站</span><a href="javascript:kqNav();">无障碍</a>'
        '<a href="javascript:;">关怀版</a></div><div class="yy-head"><div class="yy-logo">溁阳市生态环境局</div>'
        '<div class="yy-nav"><a href="/">首页</a><a href="/zwgk/">信息公开</a><a href="javascript:;">环境质量</a>'
        f'<a href="javascript:;">公众参与</a></div></div>{inner}<div class="yy-foot"><p>主办单位：溁阳市生态环境局　'
        '地址：溁阳市滨湖路66号　电话：0000-6612345</p><p>网站标识码：9880060012　<a href="https://beian.miit.gov.cn/">'
        '未ICP备2021004417号-2</a>　未公网安备 98800602000419号</p><p>技术支持：开普云</p></div></body></html>'
    )


class KaipuYingyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 253_800

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []  # (date, title, unit, path)
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-26"), (2021, "2022-01-20"), (2022, "2023-01-17"),
                           (2023, "2024-01-25"), (2024, "2025-01-23")):
            doc = self.doc(OWNER, year, date, f"溁阳市生态环境局{year}年政府信息公开工作年度报告")
            if year == 2022:
                pid = self.next_id()
                pdf = self.attach(HOST, f"/zhengce/files/{date[:4]}{date[5:7]}/P0{pid}.pdf", doc, "pdf")
                body = (f"<p>{esc(doc.title)}全文请见附件。</p><p><a href=\"{pdf.removeprefix('http://' + HOST)}\">"
                        f"{esc(doc.title)}.pdf</a></p>")
                self.report(SITE, self.article(doc.title, date, OWNER, body), doc, media_type=MEDIA["pdf"],
                            report_url=pdf)
            else:
                self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        unit = "溁阳市生态环境局溁东分局"
        doc = self.doc(unit, 2024, "2025-01-27", "溁东分局2024年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2025-01-27", unit, self.body(doc)), doc)
        unit2 = "溁阳市生态环境保护综合行政执法支队"
        doc = self.doc(unit2, 2023, "2024-01-30", "市生态环境执法支队2023年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2024-01-30", unit2, self.body(doc, word=True)), doc)
        for title, year, date in (
                ("溁阳市生态环境局2024年度法治政府建设年度报告", 2024, "2025-02-26"),
                ("溁阳市生态环境局2023年政府信息公开工作年度报告解读", 2023, "2024-01-26"),
                ("溁阳市生态环境局关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-20")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("溁阳市2024年12月环境空气质量状况", "2025-01-08", OWNER,
                     "<p>2024年12月，全市环境空气质量优良天数比例为86.7%。</p><p>（正文略）</p>")
        self.article("关于开展2025年“六五环境日”宣传活动的通知", "2025-05-20", OWNER,
                     "<p>各县（市、区）分局、局属各单位：现就开展2025年“六五环境日”宣传活动通知如下。</p>")
        self.rows.sort(reverse=True)
        pages = (len(self.rows) + SIZE - 1) // SIZE
        for n in range(1, pages + 1):
            self.put(HOST, f"{COL}/{self.page_name(n)}", self.list_page(n, pages))
        self.put(HOST, "/", frame(OWNER, (
            '<div class="yy-home"><div class="yy-box"><h3>信息公开</h3><ul><li><a href="/zwgk/">政府信息公开</a></li>'
            f'<li><a href="{COL}/index.htm">政府信息公开年报</a></li></ul></div></div>')))
        self.put(HOST, "/zwgk/index.htm", frame(f"政府信息公开-{OWNER}", (
            '<div class="yy-zwgk"><ul><li><a href="javascript:;">政府信息公开指南</a></li><li><a href="javascript:;">'
            f'政府信息公开制度</a></li><li><a href="{COL}/index.htm">政府信息公开年报</a></li></ul></div>')))

    @staticmethod
    def page_name(n: int) -> str:
        return "index.htm" if n == 1 else f"index_p{n}.htm"

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        pid = 69_000_000 + self.next_id() * 10 + self.rng.randint(0, 9)
        path = f"/zhengce/{date[:4]}{date[5:7]}/content_{pid}.htm"
        inner = (f'<div class="article"><h1 id="ti">{esc(title)}</h1><div class="pages-date">{date} 10:00'
                 f'<span class="font">来源：{esc(unit)}</span><span class="font">字号：<a href="javascript:;">大</a>'
                 f'<a href="javascript:;">中</a><a href="javascript:;">小</a></span></div><div id="UCAP-CONTENT">'
                 f'<div class="trs_editor_view">{content}</div></div><div class="editor">【我要纠错】 责任编辑：'
                 f'{self.rng.choice(("李然", "周敏", "陈晓"))}</div>'
                 '<div class="info_ewm">扫一扫在手机打开当前页</div></div>')
        self.put(HOST, path, frame(f"{title}_{OWNER}", inner))
        self.rows.append((date, title, unit, path))
        return f"http://{HOST}{path}"

    def list_page(self, n: int, pages: int) -> str:
        items = "".join(
            f'<div class="kp-item"><a class="kp-tit" href="{path}" title="{esc(title)}" target="_blank">'
            f'{esc(title if len(title) <= 26 else title[:25] + "…")}</a><span class="kp-org">{esc(unit)}</span>'
            f'<span class="kp-time">{date}</span></div>'
            for date, title, unit, path in self.rows[(n - 1) * SIZE:n * SIZE])
        dead = 'href="javascript:;" class="disabled"'
        prev = dead if n == 1 else f'href="{self.page_name(n - 1)}"'
        nxt = dead if n == pages else f'href="{self.page_name(n + 1)}"'
        nums = "".join(f"<b>{i}</b>" if i == n else f'<a href="{self.page_name(i)}">{i}</a>'
                       for i in range(1, pages + 1))
        pager = (f'<div class="kp-pager"><a href="index.htm">首页</a><a {prev}>上一页</a>{nums}<a {nxt}>下一页</a>'
                 f'<a href="{self.page_name(pages)}">末页</a><span>共{len(self.rows)}条 共{pages}页</span></div>')
        return frame(f"政府信息公开年报-{OWNER}", (
            '<div class="yy-main"><div class="yy-left"><h3>信息公开</h3><a href="/zwgk/">政府信息公开</a>'
            f'<a class="on" href="{COL}/index.htm">政府信息公开年报</a></div><div class="yy-right"><div class="crumb">'
            '当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">信息公开</a> &gt; 政府信息公开年报</div>'
            f'<div class="kp-list">{items}</div>{pager}</div></div>'))


PORTALS = [KaipuYingyang]
