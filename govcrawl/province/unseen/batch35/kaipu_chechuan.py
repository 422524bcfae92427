"""澈川县 (www.chechuan.gov.test): a 开普云 county portal whose 政府信息公开年报 column is paged the www.gov.cn way —
``/zfxxgk/nb/home.htm``, then ``home_1.htm``, ``home_2.htm`` (the suffix is **zero-based**: page 2 is ``home_1``) —
under a server-rendered pager ``<div class="pages_list">`` of "首页 上一页 [1] 2 3 下一页 尾页" links (the current page
a ``<span class="cur">``, the disabled ends plain ``<span>``) and "共12条 每页5条"; 5 items a page, newest first.
Rows are ``<div class="news_item">`` blocks: ``<a class="tit" href title>`` then
``<span class="time">YYYY.MM.DD</span>`` (dotted dates).

Registered ``http://www.chechuan.gov.test/zfxxgk/nb/home.htm``.  Home ``/`` links ``/zfxxgk/index.htm`` (政府信息公开),
whose 年报 box links ``nb/home.htm`` ("更多").

Articles ``/zfxxgk/nb/<YYYY>/<MM>/<id>.htm``: ``<h1 id="ti">``, a ``<div class="pages-date">`` line "<date>　来源：<full
unit name>" and ``【字体：大 中 小】``; metas ``ArticleTitle`` / ``PubDate`` / ``ContentSource``; body ``<div
id="UCAP-CONTENT">`` with a ``.trs_editor_view`` inside, then ``<div class="editor">责任编辑：…</div>``.  The county's
2022 report is an **OFD**: a one-line body and ``<div class="fujian">`` after the content linking
``/u/cms/www/<yyyymm>/<id>.ofd``.

Reports (8): 澈川县人民政府 2019 (old template), 2021, 2022 (OFD), 2023, 2024; 澈川县住房和城乡建设局 2023 (titled
"县住建局…", agency in 来源 / ``ContentSource``); 澈川县文化广电和旅游局 2020 (titled "县文广旅局…", old template,
agency in 来源); 澈川县澈水街道办事处 2024 (titled "澈水街道…", agency in 来源).
Decoys (3): 关于做好2024年度政府信息公开工作年度报告编制发布工作的函, 澈川县政府信息公开指南（2024年版）,
澈川县2023年法治政府建设年度报告. Other item (neither): 澈川县举办2024年政务公开业务培训班.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch35._site import MEDIA, Site, esc

HOST = "www.chechuan.gov.test"
SITE = "chechuan-gov"
OWNER = "澈川县人民政府"
SIZE = 5


def frame(title: str, inner: str, meta: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="澈川县人民政府">'
        f'<meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" content="9885060014">{meta}'
        f'<title>{esc(title)}</title></head><body>'
        '<div class="header-top"><div class="w1200"><span>欢迎访问澈川县人民政府门户网站</span>'
        '<a href="javascript:void(0);" onclick="kqNav()">无障碍</a><a href="javascript:void(0);">适老化</a>'
        '<a href="javascript:void(0);">手机版</a></div></div>'
        '<div class="header"><div class="logo">澈川县人民政府<em>www.chechuan.gov.test</em></div>'
        '<form class="sear" action="javascript:;"><input type="text" name="searchWord" value="请输入关键字">'
        '<input type="button" value=""></form></div>'
        '<div class="mainnav"><a href="/">首页</a><a href="/zfxxgk/index.htm">政府信息公开</a>'
        '<a href="javascript:;">政务服务</a><a href="javascript:;">政民互动</a>'
        '<a href="javascript:;">魅力澈川</a></div>'
        f'<div class="w1200 main">{inner}</div>'
        '<div class="footer"><div class="w1200"><div class="ft-l"><span class="dzjg">党政机关</span>'
        '<span class="jiucuo">政府网站找错</span></div><div class="ft-c"><p>主办：澈川县人民政府办公室　'
        '承办：澈川县大数据中心</p><p>网站标识码：9885060014　<a href="https://beian.miit.gov.cn/">未ICP备2019008815号'
        '</a></p><p>未公网安备 98850602000114号　建议使用1920×1080分辨率浏览</p></div></div></div>'
        '<script src="/common/js/kqnav.js"></script></body></html>'
    )


def href(n: int) -> str:
    return "home.htm" if n == 1 else f"home_{n - 1}.htm"


class KaipuChechuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 303_800

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-21"), (2021, "2022-01-27"), (2022, "2023-01-18"), (2023, "2024-01-25"),
                           (2024, "2025-01-20")):
            doc = self.doc(OWNER, year, date, f"澈川县人民政府{year}年政府信息公开工作年度报告")
            if year == 2022:
                aid = self.next_id()
                path = self.attach(HOST, f"/u/cms/www/{date[:4]}{date[5:7]}/{aid}.ofd", doc, "ofd")
                extra = (f'<div class="fujian">附件下载：<a href="{path.removeprefix(f"http://{HOST}")}">'
                         f'{esc(doc.title)}.ofd</a></div>')
                url = self.article(doc.title, date, OWNER, f"<p>{esc(doc.title)}见附件（OFD格式）。</p>", extra)
                self.report(SITE, url, doc, media_type=MEDIA["ofd"], report_url=path)
            else:
                self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        for unit, year, date, title in (
                ("澈川县住房和城乡建设局", 2023, "2024-01-29", "县住建局2023年政府信息公开工作年度报告"),
                ("澈川县文化广电和旅游局", 2020, "2021-01-28", "县文广旅局2020年度政府信息公开工作年度报告"),
                ("澈川县澈水街道办事处", 2024, "2025-01-23", "澈水街道2024年政府信息公开工作年度报告")):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc, word=year == 2020)), doc)
        for title, year, date in (("关于做好2024年度政府信息公开工作年度报告编制发布工作的函", 2024, "2024-12-20"),
                                  ("澈川县政府信息公开指南（2024年版）", 2024, "2024-03-05"),
                                  ("澈川县2023年法治政府建设年度报告", 2023, "2024-03-28")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("澈川县举办2024年政务公开业务培训班", "2024-05-16", OWNER,
                     "<p>5月15日，县政府办公室举办全县政务公开业务培训班，各单位政务公开工作人员参加培训。</p>")
        self.items.sort(key=lambda t: (t[1], t[2]), reverse=True)
        pages = (len(self.items) + SIZE - 1) // SIZE
        for n in range(1, pages + 1):
            rows = "".join(f'<div class="news_item"><a class="tit" href="{u}" title="{esc(t)}" target="_blank">'
                           f'{esc(t)}</a><span class="time">{d.replace("-", ".")}</span></div>'
                           for d, u, t in self.items[(n - 1) * SIZE:n * SIZE])
            self.put(HOST, f"/zfxxgk/nb/{href(n)}", frame("政府信息公开年报_澈川县人民政府", (
                '<div class="bread">当前位置：<a href="/">首页</a> &gt; '
                '<a href="/zfxxgk/index.htm">政府信息公开</a> &gt; '
                '政府信息公开年报</div><div class="side"><h3>政府信息公开</h3><ul><li><a href="/zfxxgk/index.htm">'
                '信息公开首页</a></li><li class="on"><a href="home.htm">政府信息公开年报</a></li></ul></div>'
                f'<div class="list-r"><div class="lm-tit">政府信息公开年报</div><div class="news_box">{rows}</div>'
                f'{self.pager(n, pages)}</div>'),
                '<meta name="ColumnName" content="政府信息公开年报">'
                '<meta name="ColumnType" content="政府信息公开年报">'))
        box = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for _, u, t in self.items[:3])
        self.put(HOST, "/zfxxgk/index.htm", frame("政府信息公开_澈川县人民政府", (
            '<div class="gk-box"><div class="gk-hd"><b>政府信息公开年报</b><a href="nb/home.htm" class="more">更多</a>'
            f'</div><ul>{box}</ul></div><div class="gk-box"><div class="gk-hd"><b>政府信息公开指南</b></div>'
            '<p>暂无更新</p></div>')))
        self.put(HOST, "/", frame("澈川县人民政府", (
            '<div class="home-gk"><a href="/zfxxgk/index.htm">政府信息公开</a></div>'
            '<div class="home-news"><h3>澈川要闻</h3><p>县政府召开第三十二次常务会议</p></div>')))
        self.put(HOST, "/common/js/kqnav.js", "function kqNav(){}", "application/javascript")

    def pager(self, n: int, pages: int) -> str:
        def link(k: int, text: str) -> str:
            return f'<span>{text}</span>' if k == n or k < 1 or k > pages else f'<a href="{href(k)}">{text}</a>'

        nums = "".join(f'<span class="cur">{k}</span>' if k == n else f'<a href="{href(k)}">{k}</a>'
                       for k in range(1, pages + 1))
        return (f'<div class="pages_list">{link(1, "首页")}{link(n - 1, "上一页")}{nums}{link(n + 1, "下一页")}'
                f'{link(pages, "尾页")}<em>共{len(self.items)}条 每页{SIZE}条</em></div>')

    def article(self, title: str, date: str, unit: str, content: str, extra: str = "") -> str:
        aid = self.next_id()
        path = f"/zfxxgk/nb/{date[:4]}/{date[5:7]}/{aid}.htm"
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}">'
                f'<meta name="PubDate" content="{date} 09:{aid % 60:02d}">'
                f'<meta name="ContentSource" content="{esc(unit)}">')
        self.put(HOST, path, frame(f"{title}_澈川县人民政府", (
            '<div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/index.htm">政府信息公开</a> &gt; '
            '<a href="/zfxxgk/nb/home.htm">政府信息公开年报</a></div>'
            f'<div class="article"><h1 id="ti">{esc(title)}</h1>'
            f'<div class="pages-date">{date} {9 + aid % 8:02d}:{aid % 60:02d}　来源：{esc(unit)}'
            '<span class="font">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
            '<a href="javascript:;">小</a>】</span></div>'
            f'<div id="UCAP-CONTENT"><div class="trs_editor_view">{content}</div></div>{extra}'
            '<div class="editor">责任编辑：陈某</div><div class="info_ewm">扫一扫在手机打开当前页</div></div>'), meta))
        self.items.append((date, path, title))
        return f"http://{HOST}{path}"


PORTALS = [KaipuChechuan]
