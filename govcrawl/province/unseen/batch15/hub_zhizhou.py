"""滍州市 (www.zhizhou.gov.test, jtj.zhizhou.gov.test): a city 部门年报 page whose HTML holds no links
at all — a script fetches the unit list from a JSON file beside it and draws it.

``/zwgk/bmnb/index.html`` (family ``hub``) is a shell: ``<div id="bmnbApp">正在加载…</div>`` and
``$.getJSON('/zwgk/bmnb/data/bmnb.json?v=20250210', render)``.  ``bmnb.json`` is ``{"title": …, "count": 7,
"groups": [{"name": "市直部门", "units": [{"name": "市发展改革委", "links": [{"text": "2024年度", "href": …},
…]}, …]}, {"name": "乡镇（街道）", …}], "notice": {"text": …, "href": …}}`` — unit names the short way, link
texts only "2024年度" / "年报专栏" / "2024年统计年报".  The links lead: to report pages on the city host
(``/bmxx/<unit>/YYYYMM/t<date>_<n>.html``, the unit in the page's 发布机构 line and ContentSource),
straight to a PDF (司法局) or a .docx (滍阳镇), and to the 交通运输局's own 年报 column
``http://jtj.zhizhou.gov.test/zfxxgk/ndbg/index.html`` — a ``<ul class="jt-list">`` over two pages with
plain 上一页/下一页 links (``index.html``, ``index_1.html``) and "共3条".  The 文化广电和旅游局's report is
titled only "2023年度政府信息公开工作年度报告"; the seventh unit, 东关街道, is listed with
no link yet.

Reports (8): 滍州市发展和改革委员会 2023–2024 ("市发展改革委…"), 滍州市司法局 2024 (PDF), 滍州市统计局 2024,
滍州市交通运输局 2023–2024 (on its sub-host), 滍州市滍阳镇人民政府 2024 (.docx), 滍州市文化广电和旅游局
2023.  Decoys (3): the 统计局's 统计年报 (linked in its row), the 交通运输局's 部门预算 (in its list), the
JSON's notice — 关于报送…年度报告的函.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

WWW = "www.zhizhou.gov.test"
JTJ = "jtj.zhizhou.gov.test"
SITE = "zhizhou-bmnb"


def frame(title: str, inner: str, site: str = "滍州市人民政府", head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{site}">{head}<title>'
        f'{escape(title)}_{site}</title><script src="/js/jquery-1.12.4.min.js"></script></head><body><div class="zz'
        '-top">'
        f'<b>{site}</b><span><a href="javascript:;">无障碍浏览</a> <a href="javascript:;">关怀版</a></span></div><div '
        'class="zz-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">'
        f'政民互动</a></div><div class="zz-main">{inner}</div><div class="zz-foot">{site}主办　网站标识码：9865300008　'
        '未ICP备08011302号</div></body></html>'
    )


class HubZhizhou(UnseenPortal):
    hosts = (WWW, JTJ)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.n = 51_200
        fgw = []
        for year, date in ((2024, "2025-01-22"), (2023, "2024-01-24")):
            doc = make_doc(rng, "滍州市发展和改革委员"
                                "会", year, date, title=f"市发展改革委{year}年政府信息公开工作年度报告")
            fgw.append({"text": f"{year}年度", "href": self.article(WWW, "/bmxx/fgw/", doc, "滍州市发展和改革委员会")})
        doc = make_doc(rng, "滍州市司法局", 2024, "2025-01-20")
        path = f"/bmxx/sfj/files/{self.rng.randint(10**12, 10**13 - 1)}.pdf"
        self.report(SITE, self.put_pdf(WWW, path, doc), doc, media_type=PDF)
        sfj = [{"text": "2024年度", "href": path}]
        doc = make_doc(rng, "滍州市统计局", 2024, "2025-01-17")
        tjj = [{"text": "2024年度", "href": self.article(WWW, "/bmxx/tjj/", doc, "滍州市统计局")},
               {"text": "2024年统计年"
                        "报", "href": self.notice(WWW, "/bmxx/tjj/", "滍州市2024年国民经济和社会发展统计年报",
                                                          2024, "2025-03-18", "滍州市统计局")}]
        doc = make_doc(rng, "滍州市文化广电和旅游局", 2023, "2024-01-23", title="2023年度政府信息公开工作年度报告")
        wlj = [{"text": "2023年度", "href": self.article(WWW, "/bmxx/wlj/", doc, "滍州市文化广电和旅游局")}]
        doc = make_doc(rng, "滍州市滍阳镇人民政府", 2024, "2025-01-15", title="滍阳镇2024年政府信息公开工作年度报告")
        path = f"/bmxx/zyz/files/{self.rng.randint(10**12, 10**13 - 1)}.docx"
        self.report(SITE, self.put(WWW, path, render_docx(doc), DOCX), doc, media_type=DOCX)
        town = [{"text": "2024年度", "href": path}]
        # 交通运输局: its own column on its sub-host, two pages
        rows = []
        for year, date in ((2024, "2025-01-21"), (2023, "2024-01-26")):
            doc = make_doc(rng, "滍州市交通运输局", year, date)
            rows.append((self.article(JTJ, "/zfxxgk/ndbg/", doc, "滍州市交通运输局"), doc.title, date))
        title = "滍州市交通运输局2024年度部门预算"
        rows.insert(1, (self.notice(JTJ, "/zfxxgk/ndbg"
                                         "/", title, 2024, "2024-02-06", "滍州市交通运输局"), title, "2024-02-06"))
        for k, chunk in enumerate((rows[:2], rows[2:])):
            items = "".join(f'<li><a href="{u.split(JTJ, 1)[1]}" target="_blank">{escape(t)}</a><em>{d}</em></li>'
                            for u, t, d in chunk)
            nav = '<a href="index_1.html">下一页</a>' if k == 0 else '<a href="index.html">上一页</a>'
            self.put(JTJ, "/zfxxgk/ndbg/" + ("index.html" if k == 0 else "index_1.html"), frame(
                "政府信息公开年"
                "报", f'<h2>政府信息公开年报</h2><ul class="jt-list">{items}</ul><div class="jt-page">共3条 '
                f'{nav}</div>', "滍州市交通运输局"))
        jtj = [{"text": "年报专栏", "href": f"http://{JTJ}/zfxxgk/ndbg/index.html"}]
        letter = self.notice(WWW, "/zwgk/tzgg/", "关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-16",
                             "滍州市人民政府办公室")
        for link in fgw + sfj + tjj + wlj + town:
            link["href"] = link["href"].replace(f"http://{WWW}", "")
        data = {
            "title": "部门政府信息公开工作年度报告", "count": 7,
            "groups": [
                {"name": "市直部门", "unit"
                                 "s": [{"name": "市发展改革委", "links": fgw}, {"name": "市司法局", "links": sfj},
                                               {"name": "市统计局", "link"
                                                                "s": tjj}, {"name": "市交通运输局", "links": jtj},
                                               {"name": "市文广旅局", "links": wlj}]},
                {"name": "乡镇（街道）", "units": [{"name": "滍阳镇", "links": town},
                                                 {"name": "东关街道", "links": []}]},
            ],
            "notic"
            "e": {"text": "关于报送2024年度政府信息公开工作年度报告的函", "href": letter.replace(f"http://{WWW}", "")},
        }
        self.put(WWW, "/zwgk/bmnb/data/bmnb.json", json.dumps(data, ensure_ascii=False, indent=1),
                 "application/json; charset=utf-8")
        script = (
            "<script>function render(d){var h='<p class=\"tip\">共收录'+d.count+'个单位</p>';$.each(d.groups,functi"
            "on(i,g){"
            "h+='<h3>'+g.name+'</h3><table class=\"bm\">';$.each(g.units,function(j,u){h+='<tr><th>'+u.name+'</th><"
            "td>';"
            "$.each(u.links,function(k,l){h+='<a href=\"'+l.href+'\" target=\"_blank\">'+l.text+'</a> ';});"
            "h+='</td></tr>';});h+='</table>';});h+='<div class=\"notice\"><a href=\"'+d.notice.href+'\">'+d.notice"
            ".text+"
            "'</a></div>';$('#bmnbApp').html(h);}\n$.getJSON('/zwgk/bmnb/data/bmnb.json?v=20250210', render);</script>"
        )
        inner = ('<div class="zz-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 部门年'
                 '报</div>'
                 f'<h2>部门政府信息公开工作年度报告</h2><div id="bmnbApp">正在加载…</div>{script}')
        self.put(WWW, "/zwgk/bmnb/index.html", frame("部门年报", inner))

    def page(self, host: str, folder: str, title: str, date: str, unit: str, content: str) -> str:
        self.n += self.rng.randint(5, 80)
        path = f"{folder}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.n}.html"
        inner = (f'<div class="zz-art"><h1>{escape(title)}</h1><div class="zz-info">发布机构：{escape(unit)}　发布'
                 '日期：'
                 f'{date}</div><div class="zz-text">{content}</div></div>')
        head = (f'<meta name="ContentSource" content="{escape(unit)}">'
                f'<meta name="ArticleTitle" content="{escape(title)}">')
        return self.put(host, path, frame(title, inner, "滍州市人民政府" if host == WWW else unit, head))

    def article(self, host: str, folder: str, doc: ReportDoc, unit: str) -> str:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        url = self.page(host, folder, doc.title, doc.published_date or "", unit, content)
        self.report(SITE, url, doc)
        return url

    def notice(self, host: str, folder: str, title: str, year: int, date: str, unit: str) -> str:
        content = "".join(plain_para(p, False) for p in decoy_text(title, unit, year, self.rng))
        url = self.page(host, folder, title, date, unit, content)
        self.decoy(SITE, url, title)
        return url


PORTALS = [HubZhizhou]
