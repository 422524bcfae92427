"""Render a ReportDoc as a realistic portal article page (TRS WCM, Hanweb JCMS, 博达 VSB).

``render_page(doc, style, rng)`` returns ``(body bytes, charset)``. The charset is the encoding the
bytes are really in: ``"gbk"`` for TRS pages, whose meta declares ``gb2312`` (portals.md §4.2:
declared GB2312, actual GBK — decode with gb18030), ``"utf-8"`` otherwise.

Chrome (portals.md §0.1, §3) is a random subset per render; counters and the 今天是 date are random
per render, so two renders with different rngs differ only in chrome, never in report content.
"""

from __future__ import annotations

import random
from html import escape
from typing import Literal

from govcrawl.synth.layout import Cell, Row, build_tables
from govcrawl.synth.model import ReportDoc

Style = Literal["trs", "hanweb", "vsb"]
STYLES: tuple[Style, ...] = ("trs", "hanweb", "vsb")

_WEEKDAYS = "一二三四五六日"


def _esc(text: str) -> str:
    return escape(text, quote=False).replace("\u00a0", "&nbsp;").replace("\n", "<br />")


def _attr(text: str) -> str:
    return escape(text, quote=True).replace("\n", " ")


class _Ctx:
    """Per-render random facts shared by the chrome pieces."""

    def __init__(self, doc: ReportDoc, rng: random.Random) -> None:
        self.doc = doc
        self.rng = rng
        self.domain = "www." + "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(5, 9))
        )
        self.domain += ".gov.test"
        self.site_code = str(rng.randint(1100000000, 6599999999))
        self.views = rng.randint(37, 98765)
        year = rng.randint(2022, 2026)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        self.today = f"{year}年{month}月{day}日 星期{_WEEKDAYS[rng.randint(0, 6)]}"
        self.time = f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        self.visitors = rng.randint(100000, 99999999)
        self.article_id = rng.randint(100000, 9999999)
        self.column_id = rng.randint(1229000000, 1229999999)
        self.prov = rng.choice(["湖南", "河南", "浙江", "宁夏", "新疆", "江苏", "四川", "贵州"])
        self.icp = f"{rng.choice('湘豫浙宁新苏蜀黔')}ICP备{rng.randint(5000000, 20999999)}号"
        if rng.random() < 0.4:
            self.icp += f"-{rng.randint(1, 5)}"
        self.gongan = (
            f"{rng.choice('湘豫浙宁新苏川黔')}公网安备 {rng.randint(10000000000000, 65999999999999)}号"
        )
        y = doc.year
        self.prev_title = doc.title.replace(str(y), str(y - 1), 1)
        self.next_title = rng.choice(
            [
                f"关于做好{y + 1}年政务公开工作的通知",
                f"{doc.site_name}{y + 1}年政务公开工作要点",
                f"{doc.title}解读",
                "图解：" + doc.title,
            ]
        )

    def pick(self, p: float = 0.7) -> bool:
        return self.rng.random() < p

    def pubdate(self) -> str:
        return f"{self.doc.published_date} {self.time}" if self.doc.published_date else ""

    def spam_outside_text(self) -> list[str]:
        text = "".join(p for _, paras in self.doc.sections for p in paras) + "".join(self.doc.preamble)
        return [s for s in self.doc.spam if s not in text]

    def page_title(self) -> str:
        extra = "".join(self.spam_outside_text())
        return f"{extra}{self.doc.title}"


# ---------------------------------------------------------------------------------------------
# Tables


def _table_html(rows: list[Row], style: Style, rng: random.Random) -> str:
    out: list[str] = []
    if style == "trs":
        out.append(
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" align="center" '
            'style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt">'
        )
    elif style == "hanweb":
        out.append('<table border="1" cellspacing="0" cellpadding="0" width="600" align="center">')
    else:
        out.append(
            '<table class="vsb_table" border="1" cellspacing="0" '
            'style="border-collapse:collapse;width:100%;">'
        )
    out.append("<tbody>")
    for row in rows:
        out.append("<tr>")
        for cell in row:
            out.append(_cell_html(cell, style, rng))
        out.append("</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _cell_html(cell: Cell, style: Style, rng: random.Random) -> str:
    spans = ""
    if cell.colspan > 1:
        spans += f' colspan="{cell.colspan}"'
    if cell.rowspan > 1:
        spans += f' rowspan="{cell.rowspan}"'
    text = "&nbsp;" if cell.null or not cell.text.strip() else _esc(cell.text)
    bold = cell.kind in ("caption", "header")
    if style == "trs":
        width = rng.choice([57, 64, 71, 85, 94]) if cell.is_value else rng.choice([113, 142, 189, 236])
        inner = f'<span style="font-size:10.5pt;font-family:仿宋_GB2312">{text}</span>'
        if bold:
            inner = f"<b>{inner}</b>"
        align = "center" if cell.is_value or bold or cell.kind == "group" else "left"
        return (
            f'<td width="{width}" valign="center"{spans} style="border:solid windowtext 1.0pt;'
            f'padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal" align="{align}" style="text-align:{align}">'
            f"{inner}</p></td>"
        )
    if style == "hanweb":
        return f'<td{spans} align="center">{text}</td>'
    return (
        f'<td{spans} style="border:1px solid #000;text-align:center;"><p style="text-align:center;">'
        f'<span style="font-size:14px;font-family:宋体;">{text}</span></p></td>'
    )


# ---------------------------------------------------------------------------------------------
# Content (the report body)


def _para_html(text: str, style: Style, heading: bool, first: bool) -> str:
    t = _esc(text)
    if style == "trs":
        font = "黑体" if heading else "仿宋_GB2312"
        return (
            f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">'
            f'<span style="font-size:16.0pt;font-family:{font}">{t}</span></p>'
        )
    if style == "hanweb":
        body = f"<strong>{t}</strong>" if heading else t
        return f'<p style="text-indent:2em;line-height:2em;">{body}</p>'
    cls = ' class="vsbcontent_start"' if first else ""
    return f'<p{cls} style="text-indent:2em;line-height:1.8;">{"<b>" + t + "</b>" if heading else t}</p>'


def render_content(doc: ReportDoc, style: Style, rng: random.Random, tables_html: dict[str, str] | None = None) -> str:
    """The report body: preamble, six section headings with paragraphs, tables in place
    (``tables_html``: the tables' markup in another layout, govcrawl/synth/editors.py)."""
    tables = build_tables(doc)
    parts: list[str] = []
    first = True
    for para in doc.preamble:
        parts.append(_para_html(para, style, False, first))
        first = False
    for i, (heading, paras) in enumerate(doc.sections):
        parts.append(_para_html(heading, style, True, first))
        first = False
        for para in paras:
            parts.append(_para_html(para, style, False, False))
        if 1 <= i <= 3:
            key = ("t2", "t3", "t4")[i - 1]
            parts.append(tables_html[key] if tables_html else _table_html(tables[key], style, rng))
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Chrome pieces (portals.md §3)


def _metas(c: _Ctx, charset_meta: str) -> str:
    d = c.doc
    metas = [
        charset_meta,
        f'<meta name="SiteName" content="{_attr(d.site_name)}">',
        f'<meta name="SiteDomain" content="{c.domain}">',
        f'<meta name="SiteIDCode" content="{c.site_code}">',
        '<meta name="ColumnName" content="政府信息公开年报">',
        '<meta name="ColumnType" content="政府信息公开年报">',
        f'<meta name="ArticleTitle" content="{_attr(c.page_title())}">',
    ]
    if d.published_date:
        metas.append(f'<meta name="PubDate" content="{c.pubdate()}">')
    metas.append(f'<meta name="ContentSource" content="{_attr(d.source)}">')
    if c.pick(0.5):
        metas.append(f'<meta name="Keywords" content="政府信息公开,年度报告,{_attr(d.agency_name)}">')
    if c.pick(0.4):
        metas.append(f'<meta name="Description" content="{_attr(d.title)}">')
    return "\n".join(metas)


def _topbar(c: _Ctx) -> str:
    links = ['<a href="http://www.gov.test/">中国政府网</a>', f'<a href="#">{c.prov}省人民政府</a>']
    if c.pick(0.3):
        links.append('<a href="#">市人大</a> <a href="#">市政协</a> <a href="#">市纪委监委</a>')
    tools = []
    if c.pick(0.8):
        tools.append('<a id="toolbarSwitch" class="wza" href="javascript:void(0)">无障碍阅读</a>')
    if c.pick(0.7):
        tools.append(
            '<a onclick="headTool.switchOld()" id="toolbarOldman" class="oldman" title="进入适老模式">'
            "进入适老模式</a>"
        )
    if c.pick(0.4):
        tools.append('<a href="javascript:s2tt()">繁体中文</a>')
    if c.pick(0.4):
        tools.append('<a href="#">手机版</a> <a href="#">政务微博</a>')
    weather = '<span id="weather"></span>' if c.pick(0.3) else ""
    return (
        f'<div class="top-bar"><div class="w1200"><span class="today">今天是：{c.today}</span>{weather}'
        f'<span class="links">{" | ".join(links)}</span>'
        f'<span class="tools">{" ".join(tools)}</span></div></div>'
    )


def _header(c: _Ctx) -> str:
    search = ""
    if c.pick(0.6):
        search = (
            '<form name="trssearchform" action="/search/jsjg/" method="get" target="_blank">'
            f'<input type="hidden" name="siteId" value="{c.rng.randint(1, 99)}">'
            '<input type="text" name="searchword" placeholder="请输入关键字">'
            '<input type="submit" value="搜索"></form>'
        )
    nav = "".join(
        f'<li><a href="#">{n}</a></li>'
        for n in ("首页", "走进" + c.doc.site_name[:3], "新闻动态", "政务公开", "政务服务", "互动交流")
    )
    return (
        '<div class="header"><div class="logo"><a href="/">'
        f'<img src="/images/logo.png" alt="{_attr(c.doc.site_name)}">'
        f'</a></div>{search}</div><div class="nav"><ul>{nav}</ul></div>'
    )


def _breadcrumbs(c: _Ctx, lead: str = "当前位置：") -> str:
    crumbs = ["首页", "政务公开", "政府信息公开", "政府信息公开年报"]
    if c.pick(0.4):
        crumbs.append(f"{c.doc.year}年")
    links = " &gt; ".join(f'<a href="#">{x}</a>' for x in crumbs)
    return f'<div class="position">{lead}{links}</div>'


def _qr(c: _Ctx) -> str:
    if c.pick(0.5):
        return (
            '<div id="div_div"><div id="qr_container">扫一扫在手机打开当前页</div>'
            '<canvas id="Canvas"></canvas></div>'
        )
    return '<div class="info_ewm"><img src="/images/qrcode.png" alt=""><p>扫一扫在手机打开当前页</p></div>'


def _share(c: _Ctx) -> str:
    return (
        '<div class="share">分享到：<div id="share-1"></div>'
        "<script>$('#share-1').share({ sites: ['wechat','weibo','qq','qzone'] });</script></div>"
    )


def _prev_next(c: _Ctx, trs: bool) -> str:
    prev = f'<a href="../{c.article_id - 37}.html">{_esc(c.prev_title)}</a>'
    nxt = f'<a href="../{c.article_id + 41}.html">{_esc(c.next_title)}</a>'
    if trs and c.pick(0.4):
        return (
            '<div class="updown"><script language="JavaScript">'
            f'ContentUporNext("{c.article_id}");</script>'
            f"<p><FONT face=Webdings>3</FONT>上一篇：{prev}</p>"
            f"<p><FONT face=Webdings>4</FONT>下一篇：{nxt}</p></div>"
        )
    return f'<div class="updown"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>'


def _related(c: _Ctx) -> str:
    return (
        f'<div class="xgjd"><h3>相关解读</h3><ul><li><a href="#">{_esc(c.doc.title)}解读</a></li>'
        f'<li><a href="#">图解：{_esc(c.doc.title)}</a></li></ul></div>'
    )


def _footer(c: _Ctx) -> str:
    d = c.doc
    lines = [
        f"主办单位：{_esc(d.site_name)}办公室"
        if d.site_name.endswith("政府")
        else f"主办单位：{_esc(d.site_name)}"
    ]
    if c.pick(0.5):
        lines.append(f"承办单位：{_esc(d.site_name)}信息中心")
    lines.append(
        f'网站标识码：{c.site_code} <a href="http://beian.miit.gov.cn/" target="_blank">{c.icp}</a> '
        '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?'
        f'recordcode={c.gongan[-15:-1]}" target="_blank">'
        f'<img src="/images/ga.png" alt="">{c.gongan}</a>'
    )
    if c.pick(0.5):
        lines.append(
            f"联系电话：0{c.rng.randint(310, 999)}-{c.rng.randint(2000000, 8999999)} "
            f"邮政编码：{c.rng.randint(100000, 850000)}"
        )
    if c.pick(0.4):
        lines.append(
            f"技术支持：{c.rng.choice(['拓尔思信息技术股份有限公司', '南京大汉网络有限公司', '博达软件'])}"
        )
    if c.pick(0.4):
        lines.append("本站已支持IPV6访问 | 适老化无障碍服务 | 网站地图 | 联系我们")
    conac_id = c.rng.randint(10000000000000000000, 99999999999999999999)
    if c.pick(0.5):
        conac = (
            '<script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E'
            f"%3Cscript src='http://dcs.conac.cn/js/12/187/0000/{conac_id % 100000000}/CA{conac_id}.js' "
            "type='text/javascript'%3E%3C/script%3E\"));</script>"
        )
    else:
        conac = (
            '<span id="_ideConac"></span><script type="text/javascript" '
            f'src="http://dcs.conac.cn/js/12/187/0000/{conac_id % 100000000}/CA{conac_id}.js"></script>'
        )
    jiucuo = ""
    if c.pick(0.7):
        src = c.rng.choice(
            ["http://pucha.kaipuyun.cn/exposure/jiucuo.js", "https://zfwzgl.www.gov.cn/exposure/jiucuo.js"]
        )
        jiucuo = f"<script id=\"_jiucuo_\" sitecode='{c.site_code}' src='{src}'></script>"
    counter = f'<p>您是第<span id="siteFlowId">{c.visitors}</span>位访客</p>' if c.pick(0.6) else ""
    farm = ""
    spam = c.spam_outside_text()
    if spam:
        links = "".join(
            f'<a href="http://www.spam-casino.test/{i}.html">{_esc(s)}</a>' for i, s in enumerate(spam)
        )
        farm = f'<div style="display:none">{links}</div>'
    body = "".join(f"<p>{x}</p>" for x in lines)
    return f'<div class="footer">{body}<div class="conac">{conac}{jiucuo}</div>{counter}{farm}</div>'


def _font_switch() -> str:
    return (
        '【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
        '<a href="javascript:doZoom(14)">小</a>】'
    )


# ---------------------------------------------------------------------------------------------
# Pages


def _trs(doc: ReportDoc, rng: random.Random, tables_html: dict[str, str] | None = None) -> str:
    c = _Ctx(doc, rng)
    info = []
    if doc.published_date:
        info.append(f"发布时间：{c.pubdate() if c.pick(0.5) else doc.published_date}")
    info.append(f"来源：{_esc(doc.source)}")
    info.append(f'浏览次数：<span id="hits">{c.views}</span>')
    if c.pick(0.6):
        info.append(_font_switch())
    tools = [
        '<a href="javascript:window.print()">打印本页</a>',
        '<a href="javascript:window.close()">关闭窗口</a>',
    ]
    if c.pick(0.3):
        tools.insert(0, '<a href="javascript:void(0)" onclick="AddFavorite()">收藏</a>')
    content = render_content(doc, "trs", rng, tables_html)
    parts = [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>',
        _metas(c, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
        f'<meta name="contentid" content="{c.article_id}"><meta name="publishedtype" content="1">'
        '<meta name="pagetype" content="1">',
        f"<title>{_esc(c.page_title())}_{_esc(doc.site_name)}</title>",
        '<link href="/images/style.css" rel="stylesheet" type="text/css">',
        '<script type="text/javascript" src="/images/jquery.min.js"></script>',
        "</head><body>",
        "<!--SSI头部开始-->",
        _topbar(c) if c.pick(0.85) else "",
        _header(c),
        "<!--SSI头部结束-->",
        _breadcrumbs(c) if c.pick(0.85) else "",
        '<div class="article"><div class="article-title">',
        f"<h1>{_esc(doc.title)}</h1>",
        f'<div class="info">{"&nbsp;&nbsp;".join(info)}</div></div>',
        '<div class="article-con"><div class="TRS_Editor"><style type="text/css">'
        ".TRS_Editor P{margin-top:0px;margin-bottom:0px;line-height:1.5;"
        "font-family:仿宋_GB2312;font-size:16pt;}"
        "</style>",
        content,
        "</div></div>",
        _share(c) if c.pick(0.6) else "",
        _qr(c) if c.pick(0.8) else "",
        f'<div class="print">{" ".join(tools)}</div>',
        _related(c) if c.pick(0.3) else "",
        _prev_next(c, True) if c.pick(0.7) else "",
        "</div>",
        "<!--SSI底部开始-->",
        _footer(c),
        "<!--SSI底部结束-->",
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def _index_block(c: _Ctx) -> str:
    d = c.doc
    date = d.published_date or ""
    rows = [
        ("索 引 号", f"{c.rng.randint(100000000, 999999999):09d}/{d.year + 1}-{c.rng.randint(1, 99999):05d}"),
        ("分　　类", "政府信息公开年报"),
        ("发 布 机 构", _esc(d.source)),
        ("发 文 日 期", date),
        ("名　　称", _esc(d.title)),
        ("文　　号", ""),
        ("主 题 词", "年度报告"),
    ]
    cells = "".join(f'<tr><td class="label">{k}：</td><td>{v}</td></tr>' for k, v in rows)
    return f'<table class="xxgk_table" width="100%">{cells}</table>'


def _hanweb(doc: ReportDoc, rng: random.Random, tables_html: dict[str, str] | None = None) -> str:
    c = _Ctx(doc, rng)
    info = []
    if doc.published_date:
        info.append(f"发布日期：{doc.published_date}")
    info.append(f"信息来源：{_esc(doc.source)}")
    info.append(
        '浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?'
        f'colid={c.column_id}&artid={c.article_id}"></script>'
    )
    info.append(
        '字体：【<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> '
        '<a href="javascript:doZoom(12)">小</a>】'
    )
    content = render_content(doc, "hanweb", rng, tables_html)
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        _metas(c, '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'),
        f"<title>{_esc(doc.site_name)} 政府信息公开年报 {_esc(c.page_title())}</title>",
        '<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>',
        "</head><body>",
        _topbar(c) if c.pick(0.7) else "",
        _header(c) if c.pick(0.8) else "",
        _breadcrumbs(c, "您当前的位置：") if c.pick(0.9) else "",
        '<div class="main">',
        _index_block(c) if c.pick(0.7) else "",
        f'<div class="title">{_esc(doc.title)}</div>',
        f'<div class="info">{"&nbsp;&nbsp;".join(info)}</div>',
        '<div id="zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">',
        content,
        '<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>',
        _qr(c) if c.pick(0.5) else "",
        '<div class="tools">【<a href="javascript:window.print()">打印</a>】'
        '【<a href="javascript:window.close()">关闭</a>】</div>',
        _related(c) if c.pick(0.3) else "",
        _prev_next(c, False) if c.pick(0.5) else "",
        "</div>",
        _footer(c),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def _vsb(doc: ReportDoc, rng: random.Random, tables_html: dict[str, str] | None = None) -> str:
    c = _Ctx(doc, rng)
    owner = rng.randint(1000000000, 1999999999)
    info = []
    if doc.published_date:
        info.append(f"发布时间：{doc.published_date}")
    info.append(f"来源：{_esc(doc.source)}")
    info.append(f'浏览次数：<script>_showDynClicks("wbnews", {owner}, {c.article_id})</script>')
    content = render_content(doc, "vsb", rng, tables_html)
    parts = [
        "<!DOCTYPE html>",
        "<html><head>",
        _metas(c, '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'),
        f"<title>{_esc(c.page_title())}-{_esc(doc.site_name)}</title>",
        '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css">',
        '<script type="text/javascript" src="/system/resource/js/counter.js"></script>',
        '<script type="text/javascript" src="/system/resource/js/dynclicks.js"></script>',
        "</head><body>",
        _topbar(c) if c.pick(0.6) else "",
        _header(c),
        _breadcrumbs(c) if c.pick(0.8) else "",
        '<div class="main-content"><form name="_newscontent_fromname">',
        f'<div class="title"><h2>{_esc(doc.title)}</h2></div>',
        f'<div class="info">{"&nbsp;&nbsp;".join(info)}</div>',
        f'<div id="vsb_content_{rng.choice([2, 4, 100, 502])}"><div class="v_news_content">',
        content,
        "</div></div>",
        '<div id="div_vote_id"></div>',
        _qr(c) if c.pick(0.4) else "",
        _prev_next(c, False) if c.pick(0.7) else "",
        '<p class="print"><a href="javascript:window.print()">打印本页</a> '
        '<a href="javascript:window.close()">关闭窗口</a></p>'
        if c.pick(0.6)
        else "",
        "</form></div>",
        _footer(c),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def render_page(doc: ReportDoc, style: Style, rng: random.Random,
                tables_html: dict[str, str] | None = None) -> tuple[bytes, str]:
    """(body bytes, charset of the bytes) of one article page in the given CMS style."""
    if style == "trs":
        return _trs(doc, rng, tables_html).encode("gbk", errors="xmlcharrefreplace"), "gbk"
    if style == "hanweb":
        return _hanweb(doc, rng, tables_html).encode("utf-8"), "utf-8"
    if style == "vsb":
        return _vsb(doc, rng, tables_html).encode("utf-8"), "utf-8"
    raise ValueError(f"unknown style {style!r}")
