"""渻州市人民政府 (www.shengzhou.gov.test): a city's TRS 海云 site whose 政府信息公开年报 column lists the city's and
its departments' reports in a ``<table class="nb-tab">`` with a ``<thead>`` (序号 | 名称 | 发布机构 | 发布日期), on a
Suzhou-style ``zfxxgknb_list.shtml`` / ``zfxxgknb_list_N.shtml`` list paged by the 6-argument one-based pager
``createPageHTML('page_div', 4, 1, 'zfxxgknb_list', 'shtml', 14);`` defined in the page, over channel-id article
URLs ``/zfxxgk/c<id>/content.shtml`` (one directory per article).

``/zfxxgk/zfxxgknb/zfxxgknb_list.shtml`` is page 1, page n ≥ 2 is ``zfxxgknb_list_n.shtml`` (``_1`` is 404); four
rows a page, newest first: ``<tr><td>1</td><td class="mc"><a href="/zfxxgk/c<id>/content.shtml" target="_blank"
title="full title">title</a></td><td class="jg">发布机构</td><td class="rq">2024-01-26</td></tr>``.  The function writes
"共14条 1/4页" and 首页 / 上页 / 下页 / 尾页 links into ``<div id="page_div">`` (empty before the script runs).
Articles:
metas ``ArticleTitle``, ``PubDate``, ``ContentSource``, a ``<div class="xl-tit">`` title, a ``<div class="xl-info">``
line (来源 | 发布时间 | 字号), body in ``div.trs_editor_view.TRS_UEDITOR`` inside ``div.xl-con``.  Department reports
are titled with the short name ("市医保局…", "市市场监管局…"); the 发布机构 column, the 来源 line and the
``ContentSource`` meta give the full name.  The 2022 city report is a PDF at
``/zfxxgk/c<id>/<32 hex>/files/<32 hex>.pdf`` linked from a ``<div class="xl-fj">`` 相关附件 block.

Reports (8): 渻州市人民政府 2019–2024 (2019–2020 old template; 2022 a PDF), 渻州市医疗保障局 2023, 渻州市市场监督管理局
2023.
Decoys (4): 渻州市2023年政府信息公开工作年度报告的公告, 渻州市人民政府2023年法治政府建设年度报告,
渻州市2022年国民经济和社会发展统计年报, 渻州市人民政府办公室关于报送2024年度政府信息公开工作年度报告的函.
Other rows (2): 政务公开 notices.  Chrome: 无障碍 / 关怀版 links, 搜索, footer with 主办单位, 承办, 网站标识码, ICP,
公安备案 and a 网站地图 link.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch30._site import MEDIA, Site, esc

HOST = "www.shengzhou.gov.test"
SITE = "shengzhou-gov"
OWNER = "渻州市人民政府"
LIST = "/zfxxgk/zfxxgknb/"
NAME = "zfxxgknb_list"
PER = 4
CODE = "9880040001"
NAV = (("/", "首页"), ("/zwdt/", "政务动态"), ("/zfxxgk/", ""
        "政府信息公开"), ("/zmhd/", "政民互动"), ("/wzdt/", "网站地图"))
PAGER = """<script>
function createPageHTML(div, pages, cur, name, ext, total) {
  var el = document.getElementById(div);
  if (!el || pages <= 1) return;
  function u(n) { return n == 1 ? name + '.' + ext : name + '_' + n + '.' + ext; }
  var h = '<span class="tot">共' + total + '条 ' + cur + '/' + pages + '页</span>';
  h += cur > 1 ? '<a href="' + u(1) + '">首页</a><a href="' + u(cur - 1) + '">上页</a>'
       : '<span>首页</span><span>上页</span>';
  h += cur < pages ? '<a href="' + u(cur + 1) + '">下页</a><a href="' + u(pages) + '">尾页</a>'
       : '<span>下页</span><span>尾页</span>';
  el.innerHTML = h;
}
</script>"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in NAV)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="hy-top"><div class="w1200"><span>欢迎访问渻州市人民政府门户网站</span><a href="javascript:;" '
            'class="wza">无障碍</a><a href="javascript:;">关怀版</a><'
            '/div></div><div class="hy-banner w1200"><h1>渻州市人民政府'
            '</h1><form action="/search5/html/searchResult.html" me'
            'thod="get"><input name="searchWord"><button>搜索</button>'
            f'</form></div><div class="hy-nav w1200">{nav}</div>{inner}<div class="hy-foot"><div class="w1200">'
            f'<p>主办单位：渻州市人民政府办公室　承办：渻州市大数据中心</p><p>网站标识码：{CODE}　未ICP备17009912号-2　'
            '未公网安备98800402000219号</p></div></div></body></html>')


class HaiyunShengzhou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 252_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, day in ((2019, 20), (2020, 28), (2021, 25), (2023, 23), (2024, 27)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"渻州市人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2020))[0], doc)
        doc = self.doc(OWNER, 2022, "2023-01-29", "渻州市人民政府2022年政府信息公开工作年度报告")
        url, _ = self.article(doc.title, "2023-01-29", OWNER, f"<p>{esc(doc.title)}（详见附件）</p>", pdf=True)
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=self.attach(HOST, self.pdf_path, doc, "pdf"))
        for unit, short, date in (("渻州市医疗保障局", "市医保局", "2024-01-22"),
                                  ("渻州市市场监督管理局", "市市场监管局", "2024-01-19")):
            doc = self.doc(unit, 2023, date, f"{short}2023年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, unit, self.body(doc))[0], doc)
        for title, year, date in (("渻州市2023年政府信息公开工作年度报告的公告", 2023, "2024-01-31"),
                                  ("渻州市人民政府2023年法治政府建设年度报告", 2023, "2024-03-28"),
                                  ("渻州市2022年国民经济和社会发展统计年报", 2022, "2023-03-20"),
                                  ("渻州市人民政府办公室关于报送2024年度政府信息公开工作年度报告的函", 2024,
                                   "2024-12-10")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year))[0], title)
        for title, date in (("渻州市2024年政务公开重点工作任务分工", "2024-05-21"),
                            ("渻州市政务公开专区建设情况通报", "2024-09-02")):
            self.article(title, date, OWNER, f"<p>{esc(title)}。各地各部门要按照要求抓好落实。</p>")
        for path, label in NAV:
            self.put(HOST, path, frame(f"{label}_渻州市人民政府", f'<div class="w1200"><h2>{label}</h2><a href="{LIST}'
                                                                f'{NAME}.shtml">政府信息公开年报</a></div>'))
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for n in range(1, pages + 1):
            self.put(HOST, LIST + (f"{NAME}.shtml" if n == 1 else f"{NAME}_{n}.shtml"), self.list_page(n, pages))

    def article(self, title: str, date: str, unit: str, content: str, pdf: bool = False) -> tuple[str, str]:
        cid = self.next_id()
        folder = f"/zfxxgk/c{cid}/"
        self.rows.append((date, folder + "content.shtml", title, unit))
        after = ""
        if pdf:
            self.pdf_path = f"{folder}{self.rng.randrange(16**32):032x}/files/{self.rng.randrange(16**32):032x}.pdf"
            after = (f'<div class="xl-fj"><h4>相关附件：</h4><p><a href='
                     f'"{self.pdf_path}" target="_blank">{esc(title)}.pdf'
                     '</a></p></div>')
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 17:20">'
                f'<meta name="ContentSource" content="{esc(unit)}">')
        inner = (f'<div class="w1200 xl"><div class="crumb">当前位置：'
                 f'<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息'
                 f'公开</a> &gt; <a href="{LIST}{NAME}.shtml">政府信息'
                 f'公开年报</a></div><div class="xl-tit">{esc(title)}'
                 f'</div><div class="xl-info"><span>来源：{esc(unit)}</span><span>发布时间：{date}</span><span>字号：'
                 '<a href="javascript:;">大</a> <a href="javascript:'
                 ';">中</a> <a href="javascript:;">小</a></span></div>'
                 f'<div class="xl-con"><div class="trs_editor_view TRS_UEDITOR trs_paper_default">{content}</div></div>'
                 f'{after}</div>')
        return self.put(HOST, folder + "content.shtml", frame(f"{title}_渻州市人民政府", inner, meta)), folder

    def list_page(self, n: int, pages: int) -> str:
        part = self.rows[(n - 1) * PER:n * PER]
        rows = "".join(f'<tr><td>{(n - 1) * PER + i + 1}</td><td class="mc'
                       f'"><a href="{p}" target="_blank" title="{esc(t)}">'
                       f'{esc(t)}</a></td><td class="jg">{esc(u)}</td><td class="rq">{d}</td></tr>'
                       for i, (d, p, t, u) in enumerate(part))
        inner = (f'{PAGER}<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">'
                 '政府信息公开</a> &gt; 政府信息公开年报</div><table class='
                 '"nb-tab" width="100%"><thead><tr><th>序号</th>'
                 f'<th>名称</th><th>发布机构</th><th>发布日期</th></tr></thead><tbody>{rows}</tbody></table>'
                 f"<div id=\"page_div\" class=\"pagination\"></div><script>createPageHTML('page_div', {pages}, {n}, "
                 f"'{NAME}', 'shtml', {len(self.rows)});</script></div>")
        return frame("政府信息公开年报_渻州市人民政府", inner)


PORTALS = [HaiyunShengzhou]
