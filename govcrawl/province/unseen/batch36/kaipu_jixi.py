"""漈溪县 (www.jixi.gov.test): a 开普云 county portal whose 政府信息公开年报 column is paged by **extensionless list
paths** — ``/gk/zfxxgknb/`` (page 1), then ``/gk/zfxxgknb/list_2`` and ``/gk/zfxxgknb/list_3`` (no ``.html``) — under a
server-rendered ``<div class="kp-pagebar">`` of "上一页 1 2 3 下一页 末页"
``<a>`` links (the current page a ``<b>``, the
disabled end a ``<span class="off">``) followed by "第1/3页 共13条"; 5 rows a page, newest first.  Rows are an
``<ol class="kp-items">`` of ``<li><time>YYYY/MM/DD</time><a href="content_<7 digits>" title>…</a></li>`` — the
article links are **relative and extensionless** (Sichuan style), resolving to ``/gk/zfxxgknb/content_<id>``.

Registered ``http://www.jixi.gov.test/gk/zfxxgknb/``.  Home ``/`` links ``/gk/`` (政府信息公开), whose 年报 box links
``zfxxgknb/`` ("更多>>").

Articles ``/gk/zfxxgknb/content_<id>``: a ``<table class="kp-syh">`` 索引号 block with **space-padded labels**
(``索 引 号`` / ``发 布 机 构`` / ``成 文 日 期`` / ``主 题 分 类``), ``<h1 class="kp-h1">``; body a literal
``<UCAPCONTENT>`` element inside ``<div class="wenz">`` followed by ``<div class="info_ewm">扫一扫在手机打开当前页
</div>``; metas ``ArticleTitle`` / ``PubDate`` / ``ContentSource``.  The county's 2021 report is an **OFD**: a one-line
body and ``<p class="kp-fj">附件：<a href="/upload/gk/<yyyymm>/<hex>.ofd">`` after the content.

Reports (8): 漈溪县人民政府 2020 (old template), 2021 (OFD), 2022, 2023, 2024; 漈溪县农业农村局 2024 (titled
"县农业农村局…", agency in 发布机构 / ``ContentSource``); 漈溪县交通运输局 2022 (titled "县交通局…", agency in
发布机构);
漈溪县漈口乡人民政府 2023 (titled "漈口乡2023年度政府信息公开工作报告", agency in 发布机构).
Decoys (3): 漈溪县2023年度政府信息公开工作年度报告解读, 漈溪县政府信息公开指南（2024年版）,
漈溪县2024年政府网站工作年度报表.  Other rows (neither): 漈溪县2024年政务公开工作推进会召开,
漈溪县2022年政务开放日活动顺利举办.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch36._site import MEDIA, Site, esc

HOST = "www.jixi.gov.test"
SITE = "jixi-gov"
OWNER = "漈溪县人民政府"
COL = "/gk/zfxxgknb/"
PER = 5


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="SiteName" content="漈溪县人民政府"><meta name="SiteDomain" content="www.jixi.gov.test">'
        f'<meta name="SiteIDCode" content="9886060021">{metas}<title>{esc(title)}</title></head><body>'
        '<div class="kp-top"><div class="kp-w"><span>欢迎访问漈溪县人民政府门户网站</span><a href="javascript:;" '
        'onclick="kqNav()">无障碍浏览</a><a href="javascript:;">长者模式</a>'
        '<a href="javascript:;">简/繁</a></div></div>'
        '<div class="kp-head"><div class="kp-logo">漈溪县人民政府</div><form class="kp-so" action="javascript:;">'
        '<input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form></div>'
        '<div class="kp-menu"><a href="/">首页</a><a href="/gk/">政府信息公开</a><a href="javascript:;">政务服务</a>'
        '<a href="javascript:;">政民互动</a><a href="javascript:;">走进漈溪</a></div>'
        f'<div class="kp-w kp-body">{inner}</div>'
        '<div class="kp-foot"><p><a href="javascript:;">网站地图</a> | <a href="javascript:;">联系我们</a> | '
        '<a href="javascript:;">使用帮助</a></p><p>主办单位：漈溪县人民政府办公室　联系电话：0999-6620011</p>'
        '<p>网站标识码：9886060021　<a href="https://beian.miit.gov.cn/">未ICP备18003302号-2</a>　未公网安备 '
        '98860602000044号</p><script id="_jiucuo_" sitecode="9886060021" '
        'src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


class KaipuJixi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 313_800

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str]] = []  # (date, title, href)
        for year, date in ((2020, "2021-01-29"), (2021, "2022-01-27"), (2022, "2023-01-18"), (2023, "2024-01-26"),
                           (2024, "2025-01-24")):
            doc = self.doc(OWNER, year, date, f"漈溪县人民政府{year}年政府信息公开工作年度报告")
            if year == 2021:
                fid = f"{self.rng.getrandbits(64):016x}"
                url = self.attach(HOST, f"/upload/gk/{date[:4]}{date[5:7]}/{fid}.ofd", doc, "ofd")
                page = self.article(doc.title, date, OWNER, f"<p>{esc(doc.title)}（OFD版）请见附件。</p>",
                                    (url.removeprefix(f"http://{HOST}"), f"{doc.title}.ofd"))
                self.report(SITE, page, doc, media_type=MEDIA["ofd"], report_url=url)
            else:
                page = self.article(doc.title, date, OWNER, self.body(doc, word=year in (2022, 2024)))
                self.report(SITE, page, doc)
        for unit, year, date, title in (
                ("漈溪县农业农村局", 2024, "2025-01-27", "县农业农村局2024年政府信息公开工作年度报告"),
                ("漈溪县交通运输局", 2022, "2023-02-02", "县交通局2022年度政府信息公开工作年度报告"),
                ("漈溪县漈口乡人民政府", 2023, "2024-01-30", "漈口乡2023年度政府信息公开工作报告")):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc, word=year == 2022)), doc)
        for title, year, date in (("漈溪县2023年度政府信息公开工作年度报告解读", 2023, "2024-01-27"),
                                  ("漈溪县政府信息公开指南（2024年版）", 2024, "2024-03-05"),
                                  ("漈溪县2024年政府网站工作年度报表", 2024, "2025-01-15")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("漈溪县2024年政务公开工作推进会召开", "2024-06-12", OWNER,
                     "<p>6月11日，县政府召开政务公开工作推进会，通报上半年政务公开工作情况并部署下一阶段任务。</p>")
        self.article("漈溪县2022年政务开放日活动顺利举办", "2022-09-23", OWNER,
                     "<p>9月22日，县政府办组织开展“政务开放日”活动，邀请群众代表走进政务服务中心。</p>")
        self.items.sort(reverse=True)
        pages = [self.items[i:i + PER] for i in range(0, len(self.items), PER)]
        for n, chunk in enumerate(pages, 1):
            rows = "".join(f'<li><time>{d.replace("-", "/")}</time><a href="{h}" title="{esc(t)}" target="_blank">'
                           f"{esc(t)}</a></li>" for d, t, h in chunk)
            self.put(HOST, COL if n == 1 else f"{COL}list_{n}", frame("政府信息公开年报_漈溪县人民政府", (
                '<div class="kp-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gk/">政府信息公开</a> &gt; '
                '政府信息公开年报'
                f'</div><div class="kp-col"><h2>政府信息公开年报</h2><ol class="kp-items">{rows}</ol>'
                f"{self.pagebar(n, len(pages))}</div>"),
                '<meta name="ColumnName" content="政府信息公开年报">'
                '<meta name="ColumnType" content="政府信息公开年报">'))
        self.put(HOST, "/gk/", frame("政府信息公开_漈溪县人民政府", (
            '<div class="kp-gk"><div class="kp-box"><h3>政府信息公开指南</h3><p>暂无内容</p></div>'
            '<div class="kp-box"><h3>政府信息公开年报<a class="more" href="zfxxgknb/">更多&gt;&gt;</a></h3>'
            '<p>各年度年报请进入栏目查看。</p></div></div>')))
        self.put(HOST, "/", frame("漈溪县人民政府门户网站", (
            '<div class="kp-home"><a href="/gk/">政府信息公开</a>'
            '<p>漈溪要闻：县委理论学习中心组举行专题学习。</p></div>')))

    def pagebar(self, n: int, count: int) -> str:
        def href(k: int) -> str:
            return COL if k == 1 else f"{COL}list_{k}"

        parts = [f'<a href="{href(n - 1)}">上一页</a>' if n > 1 else '<span class="off">上一页</span>']
        parts += [f"<b>{k}</b>" if k == n else f'<a href="{href(k)}">{k}</a>' for k in range(1, count + 1)]
        parts.append(f'<a href="{href(n + 1)}">下一页</a>' if n < count else '<span class="off">下一页</span>')
        parts.append(f'<a href="{href(count)}">末页</a>')
        return (f'<div class="kp-pagebar">{"".join(parts)}<span class="kp-sum">第{n}/{count}页 共{len(self.items)}条'
                "</span></div>")

    def article(self, title: str, date: str, unit: str, content: str, file: tuple[str, str] | None = None) -> str:
        aid = self.rng.randint(1_000_000, 9_999_999)
        path = f"{COL}content_{aid}"
        labels = (("索 引 号", f"11519988MB{aid % 10000:04d}/{date[:4]}-{self.next_id(1, 40) % 1000:03d}"),
                  ("发 布 机 构", unit), ("成 文 日 期", date), ("主 题 分 类", "政务公开/年报"))
        table = "".join(f"<tr><th>{k}</th><td>{esc(v)}</td></tr>" for k, v in labels)
        fj = f'<p class="kp-fj">附件：<a href="{file[0]}">{esc(file[1])}</a></p>' if file else ""
        metas = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:00">'
                 f'<meta name="ContentSource" content="{esc(unit)}">')
        inner = (f'<table class="kp-syh">{table}</table><h1 class="kp-h1">{esc(title)}</h1>'
                 f'<div class="kp-date">发布日期：{date}　【字体：<a href="javascript:;">大</a> '
                 '<a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>'
                 f'<div class="wenz"><UCAPCONTENT>{content}</UCAPCONTENT></div>{fj}'
                 '<div class="info_ewm">扫一扫在手机打开当前页</div>')
        self.put(HOST, path, frame(f"{title}_漈溪县人民政府", inner, metas))
        self.items.append((date, title, f"content_{aid}"))
        return f"http://{HOST}{path}"


PORTALS = [KaipuJixi]
