"""鄌州市人力资源和社会保障局 (rsj.tangzhou.gov.test): a city bureau on a 开普云 集约化 site whose 年报 column
``/zfxxgk/ndbg/index.shtml`` pages through a *jump drop-down* — the server-written pager is "共 13 条 第 1/3 页
首页 尾页 跳转至 <select>", where only 首页 and 尾页 are links and the middle page is reachable only as an
``<option value="/zfxxgk/ndbg/index_1.shtml">第2页</option>`` of ``<select onchange="location.href=this.value">``
— whose rows are ``<ul class="gl-list"><li><i class="dot"></i><a>…</a><span class="src">发布单位</span><em>date</em>``,
and whose articles are ``/zfxxgk/ndbg/<YYYY>/<MMDD>/<id>.shtml`` with the body in a literal ``<UCAPCONTENT>``
element inside ``div.wenz`` followed by ``div.info_ewm``.

Registered ``http://rsj.tangzhou.gov.test/zfxxgk/ndbg/index.shtml``.  List pages are zero-based after the first:
``index.shtml`` (page 1), ``index_1.shtml`` (page 2), ``index_2.shtml`` (page 3), 5 rows a page, newest first.
Home ``/`` links the column; the column's left nav links ``/zfxxgk/`` (the 政府信息公开 home, also served).

Article pages: ``h1.art-tit``, a ``div.art-info`` line "发布时间：… 　来源：<unit> 　浏览次数：<span
id="hits">" then ``div.wenz > UCAPCONTENT``.  The 2021 bureau report is a PDF: its body holds a sentence and
``<p class="fj"><a href="/uploadfiles/ndbg/2022/<id>.pdf">…pdf</a></p>``.

Reports (8): 鄌州市人力资源和社会保障局 2019, 2020 (old template), 2021 (PDF), 2022, 2023, 2024;
鄌州市社会保险事业服务中心 2023 (titled "市社保中心…", agency in 来源); 鄌州市劳动人事争议仲裁院 2024 (titled
"市劳动人事争议仲裁院…", agency in 来源).
Decoys (3): 鄌州市人力资源和社会保障局2025年政务公开工作要点, 鄌州市人力资源和社会保障局2024年度部门决算,
鄌州市人力资源和社会保障局关于2023年度政府信息公开工作年度报告更正的函.
Other rows (2, neither): 鄌州市2024年度职称评审工作安排的通知, 2025年第一季度就业形势分析.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch29._site import MEDIA, Site, esc

HOST = "rsj.tangzhou.gov.test"
SITE = "tangzhou-rsj"
OWNER = "鄌州市人力资源和社会保障局"
COL = "/zfxxgk/ndbg"
SIZE = 5


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{OWNER}"><meta '
        f'name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" content="9879060021"><meta name="ColumnName" '
        f'content="政府信息公开年度报告"><title>{esc(title)}</title><script src="https://pucha.kaipuyun.cn/exposure/'
        'jiucuo.js"></script></head><body><div class="tz-top"><div class="w1200"><span>鄌州市人民政府</span>'
        '<a href="javascript:kqNav();">无障碍阅读</a><a href="javascript:;">适老模式</a></div></div>'
        '<div class="tz-banner"><div class="logo">鄌州市人力资源和社会保障局</div></div><div class="tz-menu">'
        '<a href="/">首页</a><a href="/zfxxgk/">政府信息公开</a><a href="javascript:;">就业创业</a>'
        f'<a href="javascript:;">社会保障</a><a href="javascript:;">人才人事</a></div>{inner}'
        '<div class="tz-footer"><p>主办单位：鄌州市人力资源和社会保障局　地址：鄌州市民主路16号</p>'
        '<p>网站标识码：9879060021　<a href="https://beian.miit.gov.cn/" target="_blank">未ICP备18012630号-3</a>'
        '　<img src="/images/ga.png" alt="">未公网安备 98790602000209号</p><p><a href="javascript:;">网站地图</a>'
        '　<a href="javascript:;">联系我们</a></p></div></body></html>'
    )


class KaipuTangzhou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 244_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []  # date, title, url, unit
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-26"), (2021, "2022-01-25"), (2022, "2023-01-19"),
                           (2023, "2024-01-24"), (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            if year == 2021:
                aid = self.next_id()
                pdf = self.attach(HOST, f"/uploadfiles/ndbg/2022/{aid}.pdf", doc, "pdf")
                body = (f"<p>《{esc(doc.title)}》已编制完成，现予公开，全文请下载附件查阅。</p><p class=\"fj\">附件："
                        f'<a href="{pdf.removeprefix("http://" + HOST)}">{esc(doc.title)}.pdf</a></p>')
                self.report(SITE, self.article(doc.title, date, OWNER, body), doc, media_type=MEDIA["pdf"],
                            report_url=pdf)
            else:
                self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year >= 2022)), doc)
        for unit, short, year, date in (("鄌州市社会保险事业服务中心", "市社保中心", 2023, "2024-01-29"),
                                        ("鄌州市劳动人事争议仲裁院", "市劳动人事争议仲裁院", 2024, "2025-02-06")):
            doc = self.doc(unit, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, unit, self.body(doc)), doc)
        for title, year, date in ((f"{OWNER}2025年政务公开工作要点", 2025, "2025-03-27"),
                                  (f"{OWNER}2024年度部门决算", 2024, "2025-08-29"),
                                  (f"{OWNER}关于2023年度政府信息公开工作年度报告更正的函", 2023, "2024-03-12")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        for title, date in (("鄌州市2024年度职称评审工作安排的通知", "2024-06-18"),
                            ("2025年第一季度就业形势分析", "2025-04-15")):
            self.article(title, date, OWNER, f"<p>{esc(title)}。</p><p>（正文略）</p>")
        self.rows.sort(reverse=True)
        pages = (len(self.rows) + SIZE - 1) // SIZE
        for n in range(pages):
            self.put(HOST, f"{COL}/{self.page_name(n)}", self.list_page(n, pages))
        self.put(HOST, "/", frame(OWNER, '<div class="tz-home"><div class="tz-card"><h3>政府信息公开</h3><a href="'
                                         f'{COL}/index.shtml">政府信息公开年度报告</a><a href="/zfxxgk/">政府信息公开'
                                         '</a></div><div class="info_ewm">扫一扫关注“鄌州人社”</div></div>'))
        self.put(HOST, "/zfxxgk/index.shtml", frame(f"政府信息公开_{OWNER}", (
            '<div class="tz-gk"><ul class="gk-side"><li><a href="javascript:;">政府信息公开指南</a></li><li><a '
            'href="javascript:;">政府信息公开制度</a></li><li><a href="javascript:;">法定主动公开内容</a></li><li><a '
            f'href="{COL}/index.shtml">政府信息公开年度报告</a></li></ul></div>')))

    @staticmethod
    def page_name(n: int) -> str:
        return "index.shtml" if n == 0 else f"index_{n}.shtml"

    def list_page(self, n: int, pages: int) -> str:
        items = "".join(
            f'<li><i class="dot"></i><a href="{url}" title="{esc(title)}" target="_blank">{esc(title)}</a>'
            f'<span class="src">{esc(unit)}</span><em>{date}</em></li>'
            for date, title, url, unit in self.rows[n * SIZE:(n + 1) * SIZE])
        options = "".join(f'<option value="{COL}/{self.page_name(i)}"{" selected" if i == n else ""}>第{i + 1}页'
                          '</option>' for i in range(pages))
        pager = (f'<div class="kp-pager">共 {len(self.rows)} 条　第 {n + 1}/{pages} 页　'
                 f'<a href="{COL}/{self.page_name(0)}">首页</a> <a href="{COL}/{self.page_name(pages - 1)}">尾页</a>'
                 f'　跳转至 <select onchange="location.href=this.value">{options}</select></div>')
        inner = ('<div class="tz-main"><div class="tz-left"><h3>政府信息公开</h3>'
                 '<a href="/zfxxgk/">政府信息公开首页</a>'
                 f'<a class="on" href="{COL}/index.shtml">政府信息公开年度报告</a></div><div class="tz-right">'
                 '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; '
                 f'政府信息公开年度报告</div><ul class="gl-list">{items}</ul>{pager}</div></div>')
        return frame(f"政府信息公开年度报告_{OWNER}", inner)

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        aid = self.next_id()
        path = f"{COL}/{date[:4]}/{date[5:7]}{date[8:]}/{aid}.shtml"
        inner = (f'<div class="tz-art"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
                 f'<a href="{COL}/index.shtml">政府信息公开年度报告</a></div>'
                 f'<h1 class="art-tit">{esc(title)}</h1><div class="art-info">发布时间：'
                 f'{date} 09:{aid % 60:02d}　来源：{esc(unit)}　浏览次数：<span id="hits"></span></div>'
                 f'<div class="wenz"><UCAPCONTENT>{content}</UCAPCONTENT></div><div class="info_ewm">'
                 '扫一扫在手机打开当前页</div><div class="art-tool"><a href="javascript:window.print();">打印本页</a>'
                 '<a href="javascript:window.close();">关闭窗口</a></div></div>')
        self.put(HOST, path, frame(f"{title}_{OWNER}", inner))
        self.rows.append((date, title, path, unit))
        return f"http://{HOST}{path}"



PORTALS = [KaipuTangzhou]
