"""湜州市珧湾区住房和城乡建设局 (www.yaowan.gov.test/qzjj/): a district bureau's sub-site on the 珧湾区 TRS 海云
portal whose 年报 column is paged by the 6-argument, one-based pager with *every number in a variable* — ``var
pageCount = 3;`` ``var pageIndex = 1;`` ``var recordCount = 10;`` then ``createPageHTML('paging', pageCount,
pageIndex, 'index', 'html', recordCount);`` — so page 2 is ``index_2.html`` and ``index_1.html`` does not exist;
whose rows are two-line items naming the 发布机构, whose articles are ``content_<docid>.html`` in month folders,
and whose 2022 report is a .docx in a 附件下载 block after the body.

``/qzjj/zfxxgk/ndbg/index.html`` (then ``index_2.html``, ``index_3.html``) holds ``<div class="yw-items">`` of
``<div class="yw-item"><p class="yw-t"><a href="./YYYYMM/content_<docid>.html" target="_blank" title="full
title">title</a></p><p class="yw-m">发布机构：…<i>|</i>发布日期：YYYY-MM-DD</p></div>``, four a page, newest first,
under ``<div class="pagination" id="paging"></div>`` filled by the script.  Articles
``/qzjj/zfxxgk/ndbg/YYYYMM/content_<docid>.html``: ``<div class="yw-art"><h1>`` then ``<div class="yw-attr">``
spans (来源 | 发布时间 | 字号 大 中 小), body ``div.trs_editor_view.TRS_UEDITOR`` (Word markup for 2020).  The 2022
report's body is one line; its file ``../202301/W020230116<12 digits>.docx`` (in the column's ``202301/``) is
in ``<div class="yw-fj"><span>附件下载：</span><ul><li><a href="…" download>…</a></li></ul></div>``.
The 住房保障服务中心's title abbreviates it ("区住房保障服务中心…"); its full name is in the 来源 span, the row's
发布机构 and the ``ContentSource`` meta.

Reports (7): 湜州市珧湾区住房和城乡建设局 2019–2024 (2019–2020 old template; 2022 a DOCX), 湜州市珧湾区住房保障服务中心
2023.  Decoys (3): 珧湾区住房和城乡建设局2023年法治政府建设年度报告, 珧湾区住房和城乡建设局2023年度部门决算,
珧湾区住房和城乡建设局关于做好2024年度政府信息公开工作年度报告编制工作的函.  Chrome: the district portal's header
(珧湾区人民政府, 长者模式, 无障碍, 智能问答), the bureau's sub-nav, a footer with 网站标识码, ICP and 公安备案.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch28._site import MEDIA, Site, esc

HOST = "www.yaowan.gov.test"
SITE = "yaowan-zjj"
OWNER = "湜州市珧湾区住房和城乡建设局"
LIST = "/qzjj/zfxxgk/ndbg/"
PER = 4
CODE = "9878040033"
SUBNAV = (("/qzjj/", "首页"), ("/qzjj/gzdt/", "工作动态"), ("/qzjj/zfxxgk/", "政府信息公开"), (LIST, "年度报告"))


def frame(title: str, inner: str, extra: str = "") -> str:
    sub = "".join(f'<a href="{p}">{n}</a>' for p, n in SUBNAV)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f'<meta name="SiteName" content="湜州市珧湾区人民政府"><meta name="SiteDomain" content="{HOST}">'
        f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
        '<div class="yw-hd"><div class="yw-c"><a href="/" class="yw-logo">湜州市珧湾区人民政府</a><div class="yw-fn">'
        '<a href="javascript:;" id="oldMode">长者模式</a><a href="javascript:;" id="barrier">无障碍</a>'
        '<a href="/znwd/">智能问答</a></div></div></div><div '
        'class="yw-dept"><div class="yw-c"><h2>珧湾区住房和城乡建设局'
        f'</h2><nav>{sub}</nav></div></div>{inner}<div cla'
        'ss="yw-ft"><div class="yw-c"><p>主办：湜州市珧湾区人民政府办公室'
        f'　承办：湜州市珧湾区住房和城乡建设局</p><p>网站标识码：{CODE}　未'
        'ICP备20003318号-1　未公网安备98780402000447号</p>'
        '</div></div></body></html>')


class HaiyunYaowan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 232_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, day in ((2019, 22), (2020, 20), (2021, 19), (2023, 18), (2024, 16)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"珧湾区住房和城乡建设局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2020)), doc)
        doc = self.doc(OWNER, 2022, "2023-01-16", "珧湾区住房和城乡建设局2022年政府信息公开工作年度报告")
        name = f"W020230116{self.rng.randrange(10**12):012d}.docx"
        block = (f'<div class="yw-fj"><span>附件下载：</span><ul><li><a href="../202301/{name}" download>'
                 f'{esc(doc.title)}.docx</a></li></ul></div>')
        url = self.article(doc.title, "2023-01-16", OWNER, f"<p>{esc(doc.title)}详见附件。</p>", block)
        self.report(SITE, url, doc, media_type=MEDIA["docx"],
                    report_url=self.attach(HOST, f"{LIST}202301/{name}", doc, "docx"))
        unit, title = "湜州市珧湾区住房保障服务中心", "区住房保障服务中心2023年政府信息公开工作年度报告"
        doc = self.doc(unit, 2023, "2024-01-23", title)
        self.report(SITE, self.article(title, "2024-01-23", unit, self.body(doc)), doc)
        for title, year, date in (("珧湾区住房和城乡建设局2023年法治政府建设年度报告", 2023, "2024-03-20"),
                                  ("珧湾区住房和城乡建设局2023年度部门决算", 2023, "2024-09-05"),
                                  ("珧湾区住房和城乡建设局关于做好2024年度政府信息公开工作年度报告编制工作的函", 2024,
                                   "2024-12-11")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.put(HOST, "/", frame("湜州市珧湾区人民政府", '<div class="yw-c"><a href="'
                                                          '/qzjj/">区住房和城乡建设局</a></div>'))
        self.put(HOST, "/znwd/index.html", frame("智能问答_湜州市珧湾区人民政府", '<div class="yw-c">智能问答</div>'))
        for path, label in SUBNAV[:3]:
            self.put(HOST, path + "index.html", frame(f"{label}_珧湾区住房和城乡建设局", '<div class="yw'
                                                                                         f'-c"><h3>{label}'
                                                      f'</h3><a href="{LIST}">年度报告</a></div>'))
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, LIST + ("index.html" if k == 1 else f"index_{k}.html"), self.list_page(k, pages))

    def article(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        docid = self.next_id()
        ym = date[:7].replace("-", "")
        self.rows.append((date, f"./{ym}/content_{docid}.html", title, unit))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 08:50">'
                f'<meta name="ContentSource" content="{esc(unit)}"><meta name="ColumnName" content="年度报告">')
        inner = ('<div class="yw-c"><div class="yw-crumb"><a href='
                 '"/qzjj/">首页</a> / <a href="/qzjj/zfxxgk/">政府信息公开'
                 f'</a> / <a href="{LIST}">年度报告</a></div><div class="'
                 f'yw-art"><h1>{esc(title)}</h1><div class="yw-attr">'
                 f'<span>来源：{esc(unit)}</span><span>发布时间：{date}</span><span>字号：<a href="javascript:;">大</a>'
                 '<a href="javascript:;">中</a><a href="javascript:;">小</a></span></div>'
                 f'<div class="trs_editor_view TRS_UEDITOR">{content}</div>{after}</div></div>')
        return self.put(HOST, f"{LIST}{ym}/content_{docid}.html", frame(f"{title}_珧湾区住房和城乡建设局", inner, meta))

    def list_page(self, k: int, pages: int) -> str:
        items = "".join(
            f'<div class="yw-item"><p class="yw-t"><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a></p>'
            f'<p class="yw-m">发布机构：{esc(u)}<i>|</i>发布日期：{d}</p></div>'
            for d, h, t, u in self.rows[(k - 1) * PER:k * PER])
        script = (
            "<script>\nfunction createPageHTML(divId, pages, cur, name, ext, total) {\n"
            "  var el = document.getElementById(divId); if (!el || pages < 2) { return; }\n"
            "  var u = function (n) { return n == 1 ? name + '.' + ext : name + '_' + n + '.' + ext; };\n"
            "  var h = '<span class=\"total\">共' + total + '条</span>';\n"
            "  if (cur > 1) { h += '<a href=\"' + u(1) + '\">首页</a><a href=\"' + u(cur - 1) + '\">上一页</a>'; }\n"
            "  for (var i = 1; i <= pages; i++) { h += i == cur ? '<b>' + i + '</b>' : '<a href=\"' + u(i) + '\">' + i"
            " + '</a>'; }\n"
            "  if (cur < pages)"
            " { h += '<a href=\"' + u(cur + 1) + '\">下一页</a><a href=\"' + u(pages) + '\">尾页</a>'; }\n"
            "  el.innerHTML = h;\n}\n"
            f"var pageCount = {pages};\nvar pageIndex = {k};\nvar recordCount = {len(self.rows)};\n"
            "createPageHTML('paging', pageCount, pageIndex, 'index', 'html', recordCount);\n</script>")
        inner = ('<div class="yw-c"><div class="yw-crumb"><a href='
                 '"/qzjj/">首页</a> / <a href="/qzjj/zfxxgk/">政府信息公开'
                 f'</a> / 年度报告</div><div class="yw-items">{items}</div><div class="pagination" id="paging"></div>'
                 f'{script}</div>')
        return frame("年度报告_珧湾区住房和城乡建设局", inner, '<meta name="ColumnName" content="年度报告">')


PORTALS = [HaiyunYaowan]
