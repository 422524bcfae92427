"""邰州市 (www.taizhou.gov.test): a city 部门年报 page whose units are reachable only through a
``<select>`` jump menu — each option's value a unit's page — whose unit pages name the unit only in
their heading and meta, and one of whose unit pages a web application firewall refuses every time
(a deliberate shortfall).

``/zwgk/bmnb/index.html`` (family ``hub``) says "本栏目共收录 6 个单位" and shows a ``<select
id="bmSel" onchange="if(this.value){window.location.href=this.value}">`` with ``<optgroup
label="市直部门">`` / ``<optgroup label="区县、乡镇">`` and one ``<option value="/zwgk/bmnb/<unit>/index.html">``
per unit (市人社局, 市住建局, 市市场监管局, 市统计局, 邰城区, 邰阳镇) — no ``<a>`` to them anywhere — plus a
通知公告 box.  Each unit page ``/zwgk/bmnb/<unit>/index.html`` has ``<h2 class="unit">市人社局</h2>``,
``<meta name="ColumnName" content="邰州市人力资源和社会保障局">``, "共N条" and ``<li>`` rows; the
人社局's and 市场监管局's links say only "2024年度政府信息公开工作年度报告" (their articles name the unit in
ContentSource and a 发布单位 line), the 市场监管局's 2024 report is a PDF linked straight from its row
as "2024年度政府信息公开工作年度报告（PDF）".

**Shortfall (deliberate):** ``/zwgk/bmnb/zjj/index.html`` (市住建局) answers **403** with a 安全狗 "网站
防火墙" page ("您的请求带有不合法参数，已被网站管理员设置拦截！") on every request, with or without cookies or
Referer.  Its two reports (邰州市住房和城乡建设局 2023 and 2024) are linked from nowhere else; their
article pages are served.  A crawl should state the blocked page and the shortfall.

Reports (9): 人社局 2023, 2024; 住建局 2023, 2024 (blocked); 市场监督管理局 2023, 2024 (PDF); 统计局 2024;
邰州市邰城区人民政府 2024 ("邰城区2024年…"); 邰州市邰阳镇人民政府 2024 ("邰阳镇2024年…").  Decoys (3): 市人社局
2024年度部门整体支出绩效报告, 2024年邰州市国民经济和社会发展统计公报, 关于报送2024年度政府信息公开工作年度
报告的函 (in the hub's 通知公告 box).
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para

HOST = "www.taizhou.gov.test"
SITE = "taizhou-bmnb"
CITY = "邰州市人民政府"
HUB = "/zwgk/bmnb/index.html"
BLOCKED = "zjj"
# (folder, short name, agency, group)
UNITS = (("rsj", "市人社局", "邰州市人力资源和社会保障局", "市直部门"),
         ("zjj", "市住建局", "邰州市住房和城乡建设局", "市直部门"),
         ("scjgj", "市市场监管局", "邰州市市场监督管理局", "市直部门"),
         ("tjj", "市统计局", "邰州市统计局", "市直部门"),
         ("tcq", "邰城区", "邰州市邰城区人民政府", "区县、乡镇"),
         ("tyz", "邰阳镇", "邰州市邰阳镇人民政府", "区县、乡镇"))
SAFEDOG = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>网站防火墙</title></head><body><div class="safedog">'
    '<h2>网站防火墙</h2><p>您的请求带有不合法参数，已被网站管理员设置拦截！</p><p>可能原因：您提交的内容包含危险的攻'
    '击请求'
    '</p><p>如何解决：</p><ol><li>检查提交内容；</li><li>如网站托管，请联系空间提供商；</li><li>普通网站访客，请联系'
    '网站管理员；'
    '</li></ol><p class="ver">safedog 网站安全狗</p></div></body></html>'
)


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="邰州市人民政府"><meta name="'
        'SiteDomain" content="www.taizhou.gov.test"><meta name="SiteIDCode" content="9868200001">'
        f'{head}<title>{escape(title)}</title><link rel="stylesheet" href="/static/tz/css/main.css"></head><body>'
        '<div class="tz-top"><span>邰州市人民政府门户网站</span><a href="javascript:;" id="zh-tw">繁體</a><a href="'
        'javascript:;" id="wza-btn">无障碍</a><a href="javascript:;" id="olds">适老化</a><a href="/wap/">移动版</a></'
        'div>'
        '<div class="tz-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/'
        'hdjl/">'
        f'互动交流</a><a href="/ztzl/">专题专栏</a></div>{inner}<div class="tz-foot"><p>主办：邰州市人民政府办公室　'
        '承办：'
        '邰州市大数据中心</p><p>网站标识码：9868200001　未ICP备11023309号　未公网安备98682002000101号</p><p><img src="/'
        'static/tz/img/ewm.png" alt="">“邰州发布”微信公众号</p></div></body></html>'
    )


class HubTaizhou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 126_000
        self.rows: dict[str, list[tuple[str, str, str]]] = {u[0]: [] for u in UNITS}
        plain = "{y}年度政府信息公开工作年度报告"
        self.article("rsj", 2023, "2024-01-22", plain.format(y=2023))
        self.article("rsj", 2024, "2025-01-20", plain.format(y=2024))
        self.notice("rsj", "市人社局2024年度部门整体支出绩效报告", 2024, "2025-04-16")
        self.article("zjj", 2023, "2024-01-25", "市住建局2023年政府信息公开工作年度报告")
        self.article("zjj", 2024, "2025-01-23", "市住建局2024年政府信息公开工作年度报告")
        self.article("scjgj", 2023, "2024-01-18", plain.format(y=2023))
        self.attached("scjgj", 2024, "2025-01-17", plain.format(y=2024))
        self.article("tjj", 2024, "2025-01-21", "邰州市统计局2024年政府信息公开工作年度报告")
        self.notice("tjj", "2024年邰州市国民经济和社会发展统计公报", 2024, "2025-03-20")
        self.article("tcq", 2024, "2025-01-24", "邰城区2024年政府信息公开工作年度报告")
        self.article("tyz", 2024, "2025-01-15", "邰阳镇2024年政府信息公开工作年度报告")
        letter = "关于报送2024年度政府信息公开工作年度报告的函"
        letter_url = self.page_of("bmnb", letter, "2024-12-18", "".join(
            plain_para(p, False) for p in decoy_text(letter, CITY, 2024, rng)), "邰州市人民政府办公室")
        self.decoy(SITE, letter_url, letter)
        for folder, short, agency, _ in UNITS:
            path = f"/zwgk/bmnb/{folder}/index.html"
            if folder == BLOCKED:
                self.route(HOST, path, self.safedog)
            else:
                self.put(HOST, path, self.unit_page(folder, short, agency))
        self.put(HOST, HUB, self.hub(letter_url))

    def page_of(self, folder: str, title: str, date: str, content: str, source: str) -> str:
        self.id += self.rng.randint(20, 400)
        stamp = date.replace("-", "")
        path = f"/zwgk/bmnb/{folder}/{stamp[:6]}/t{stamp}_{self.id}.html"
        inner = (
            '<div class="tz-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="'
            f'{HUB}">'
            f'部门年报</a></div><div class="tz-art"><h1>{escape(title)}</h1><div class="tz-info">发布单位：'
            f'{escape(source)}'
            f'　发布日期：{date}　<span id="fontsize">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</'
            'a> <a '
            f'href="javascript:;">小</a></span></div><div class="tz-content" id="zoom">{content}</div></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
                f'<meta name="ContentSource" content="{escape(source)}">')
        return self.put(HOST, path, frame(f"{title}_邰州市人民政府", inner, head))

    def unit(self, folder: str) -> tuple[str, str]:
        return next((u[1], u[2]) for u in UNITS if u[0] == folder)

    def article(self, folder: str, year: int, date: str, title: str) -> None:
        _, agency = self.unit(folder)
        doc = make_doc(self.rng, agency, year, date, title=title)
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        url = self.page_of(folder, title, date, content, agency)
        self.rows[folder].append((url.split(HOST, 1)[1], title, date))
        self.report(SITE, url, doc)

    def attached(self, folder: str, year: int, date: str, title: str) -> None:
        _, agency = self.unit(folder)
        doc = make_doc(self.rng, agency, year, date, title=title)
        stamp = date.replace("-", "")
        path = f"/zwgk/bmnb/{folder}/{stamp[:6]}/P0{stamp}{self.rng.randrange(10**8):08d}.pdf"
        self.put_pdf(HOST, path, doc)
        self.rows[folder].append((path, title + "（PDF）", date))
        self.report(SITE, f"http://{HOST}{path}", doc, media_type=PDF)

    def notice(self, folder: str, title: str, year: int, date: str) -> None:
        _, agency = self.unit(folder)
        content = "".join(plain_para(p, False) for p in decoy_text(title, agency, year, self.rng))
        url = self.page_of(folder, title, date, content, agency)
        self.rows[folder].append((url.split(HOST, 1)[1], title, date))
        self.decoy(SITE, url, title)

    def unit_page(self, folder: str, short: str, agency: str) -> str:
        rows = sorted(self.rows[folder], key=lambda r: r[2], reverse=True)
        items = "".join(f'<li><a href="{h}" target="_blank">{escape(t)}</a><span class="date">{d}</span></li>'
                        for h, t, d in rows)
        inner = (
            '<div class="tz-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="'
            f'{HUB}">'
            f'部门年报</a> &gt; {escape(short)}</div><div class="tz-unit"><h2 class="unit">{escape(short)}</h2><ul cl'
            'ass="'
            f'tz-list">{items}</ul><div class="tz-count">共{len(rows)}条</div><p><a href="{HUB}">返回部门年报</a></p>'
            '</div>'
        )
        return frame(f"{short}-部门年报-邰州市人民政府", inner, f'<meta name="ColumnName" content="{escape(agency)}">')

    def hub(self, letter_url: str) -> str:
        groups = []
        for group in ("市直部门", "区县、乡镇"):
            options = "".join(f'<option value="/zwgk/bmnb/{f}/index.html">{escape(s)}</option>'
                              for f, s, _, g in UNITS if g == group)
            groups.append(f'<optgroup label="{group}">{options}</optgroup>')
        inner = (
            '<div class="tz-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 部门年报</div'
            '><div '
            'class="tz-bmnb"><h2>部门政府信息公开工作年度报告</h2><p class="tip">本栏目共收录 ' + str(len(UNITS))
            + ' 个单位，请选择单位查看其年度报告。</p><select id="bmSel" onchange="if(this.value){window.location.href='
            'this.value}"><option value="">--请选择单位--</option>' + "".join(groups) + '</select><div class="tz-tz">'
            f'<h3>通知公告</h3><ul><li><a href="{letter_url.split(HOST, 1)[1]}">关于报送2024年度政府信息公开工作年度'
            '报告的函'
            '</a><span>2024-12-18</span></li></ul></div>'
            '</div>'
        )
        return frame("部门年报-邰州市人民政府", inner, '<meta name="ColumnName" content="部门年报">')

    def safedog(self, request: Request) -> Response:
        return Response(403, SAFEDOG.encode())


PORTALS = [HubTaizhou]
