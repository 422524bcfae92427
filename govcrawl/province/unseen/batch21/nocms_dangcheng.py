"""砀城市文化广电旅游局 (wglj.dangcheng.gov.test), registered with no ``cms``: a bureau site built on the
portal module of Discuz! X3 (``portal.php?mod=list&catid=`` / ``portal.php?mod=view&aid=``; no README
family), whose 年报 category pages by ``&page=N`` under Discuz's ``div.pg`` pager — page links, a
custom-page box and "/ 2 页" with no record count — and whose 2023 report is a .docx served through
``portal.php?mod=attachment&id=…`` and named only by ``Content-Disposition``.

``/portal.php?mod=list&catid=12``: six rows a page as ``<dl class="bbda cl"><dt class="xs2"><a
href="portal.php?mod=view&amp;aid=<aid>" target="_blank" class="xi2">…</a></dt><dd class="xs2 cl">摘要…
</dd><dd><span class="xg1">发布时间: 2025-1-20 10:02</span></dd></dl>`` (Discuz's unpadded month and day).
Articles: ``<td id="article_content">``; the attachment is in an ``attach`` block after it.  The 市图书馆
publishes its report in the bureau's category.  A page past the last repeats nothing: "暂无内容".

Reports (7): 砀城市文化广电旅游局 2019–2024 (2023 a .docx), 砀城市图书馆 2024.  Decoys (3): 砀城市文化广电旅游局2024年度
法治政府建设年度报告, 砀城市2024年度文化和旅游发展统计公报, 砀城市文化广电旅游局2024年度部门决算.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch21._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "wglj.dangcheng.gov.test"
SITE = "dangcheng-wglj"
OWNER = "砀城市文化广电旅游局"
CATID = "12"
PER = 6


def loose(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}-{int(m)}-{int(d)}"


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transi'
        f'tional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=utf-8" /><title>{esc(title)} -  砀城市文化广电旅游局 -  Powered by Discuz!'
        f'</title><meta name="generator" content="Discuz! X3.4" /><link rel="stylesheet" type="text/css" '
        f'href="data/cache/style_1_common.css?k9Q" /><script src="static/js/common.js?k9Q" type="text/javascript">'
        f'</script></head><body id="nv_portal" class="pg_list"><div id="hd"><div class="wp"><h2><a href="./" '
        f'title="砀城市文化广电旅游局">砀城市文化广电旅游局</a></h2><div id="nv"><ul><li><a href="portal.php">首页</a>'
        f'</li><li><a href="portal.php?mod=list&amp;catid=10">政务公开</a></li><li><a '
        f'href="portal.php?mod=list&amp;catid=20">文旅资讯</a></li></ul></div></div></div><div id="wp" class="wp">'
        f'{inner}</div><div id="ft" class="wp cl"><p>砀城市文化广电旅游局 主办　<a href="http://beian.miit.gov.test/">'
        f'未ICP备17006655号</a></p><p>Powered by <strong>Discuz!</strong> <em>X3.4</em></p></div></body></html>'
    )


class NocmsDangcheng(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 169_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []  # (date, aid, title, summary)
        self.views: dict[str, Response] = {}
        self.files: dict[str, Response] = {}
        for year, day in ((2019, 15), (2020, 21), (2021, 25), (2022, 19), (2024, 23)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"{OWNER}{year}年政府信息公开工作年度报告"))
        self.docx(self.doc(OWNER, 2023, "2024-01-22", f"{OWNER}2023年政府信息公开工作年度报告"))
        self.article(self.doc("砀城市图书馆", 2024, "2025-01-17", "砀城市图书馆2024年度政府信息公开工作年度报告"))
        for title, year, date in (("砀城市文化广电旅游局2024年度法治政府建设年度报告", 2024, "2025-03-12"),
                                  ("砀城市2024年度文化和旅游发展统计公报", 2024, "2025-04-03"),
                                  ("砀城市文化广电旅游局2024年度部门决算", 2024, "2025-07-29")):
            url = self.view(title, date, self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/portal.php", self.portal)

    def view(self, title: str, date: str, content: str, after: str = "") -> str:
        aid = str(self.next_id(1, 30))
        inner = (f'<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">首页</a> <em>&rsaquo;</em> <a '
                 f'href="portal.php?mod=list&amp;catid={CATID}">政府信息公开年报</a> <em>&rsaquo;</em> 查看内容</div>'
                 f'</div><div class="bm vw"><div class="h hm"><h1 class="ph">{esc(title)}</h1><p class="xg1">'
                 f'{loose(date)} 09:{int(aid) % 60:02d}| 发布者: admin| 查看: {int(aid) % 900 + 40}| 评论: 0</p></div>'
                 f'<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">'
                 f'{content}</td></tr></table>{after}</div></div>')
        self.views[aid] = Response(200, frame(title, inner).encode(), "text/html; charset=utf-8")
        summary = "根据《中华人民共和国政府信息公开条例》…" if "年度报告" in title else esc(title)
        self.rows.append((date, aid, title, summary))
        return f"http://{HOST}/portal.php?mod=view&aid={aid}"

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.view(doc.title, doc.published_date or "", self.body(doc, word=doc.year < 2021)), doc)

    def docx(self, doc: ReportDoc) -> None:
        fid = str(self.rng.randint(300, 900))
        after = (f'<div class="attach"><h3>附件</h3><ul><li><img src="static/image/filetype/msoffice.gif" /> <a '
                 f'href="portal.php?mod=attachment&amp;id={fid}" target="_blank">{esc(doc.title)}.docx</a> <em '
                 f'class="xg1">(36.5 KB, 下载次数: 12)</em></li></ul></div>')
        url = self.view(doc.title, doc.published_date or "", "<p>请下载附件查看报告全文。</p>", after)
        self.attach(HOST, f"/portal.php#attachment{fid}", doc, "docx", quote(f"{doc.title}.docx"))
        handler = self.dynamic.pop((HOST, f"/portal.php#attachment{fid}"))
        self.files[fid] = handler(Request("GET", HOST, "/portal.php", {}, {}))
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"http://{HOST}/portal.php?mod=attachm"
                                                                         f"ent&id={fid}")

    def portal(self, request: Request) -> Response:
        mod = request.param("mod")
        if mod == "view" and request.param("aid") in self.views:
            return self.views[request.param("aid")]
        if mod == "attachment" and request.param("id") in self.files:
            return self.files[request.param("id")]
        if mod == "list" and request.param("catid") == CATID:
            try:
                n = max(1, int(request.param("page", "1")))
            except ValueError:
                n = 1
            return Response(200, self.list_page(n).encode(), "text/html; charset=utf-8")
        return Response(200, frame("提示信息", '<div id="messagetext" class="alert_error"><p>抱歉，'
                                           '指定的文章不存在或已被删除</p></div>').encode(), "text/html; charset=utf-8")

    def list_page(self, n: int) -> str:
        pages = -(-len(self.rows) // PER)
        chunk = self.rows[(n - 1) * PER:n * PER]
        rows = "".join(f'<dl class="bbda cl"><dt class="xs2"><a href="portal.php?mod=view&amp;aid={a}" target="_blank" '
                       f'class="xi2">{esc(t)}</a></dt><dd class="xs2 cl">{s}</dd><dd><span class="xg1">发布时间: '
                       f'{loose(d)} 10:{int(a) % 60:02d}</span></dd></dl>' for d, a, t, s in chunk) or \
            '<p class="emp">暂无内容</p>'
        base = f"portal.php?mod=list&amp;catid={CATID}&amp;page="
        links = [f"<strong>{k}</strong>" if k == n else f'<a href="{base}{k}">{k}</a>' for k in range(1, pages + 1)]
        prev = f'<a href="{base}{n - 1}" class="prev">&nbsp;&nbsp;</a>' if n > 1 else ""
        nxt = f'<a href="{base}{n + 1}" class="nxt">下一页</a>' if n < pages else ""
        box = (f'<label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" '
               f'value="{n}" onkeydown="if(event.keyCode==13) {{window.location=\'portal.php?mod=list&amp;catid={CATID}'
               f'&amp;page=\'+this.value;; doane(event);}}" /><span title="共 {pages} 页"> / {pages} 页</span></label>')
        inner = (f'<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">首页</a> <em>&rsaquo;</em> '
                 f'政府信息公开年报</div></div><div class="bm"><div class="bm_h cl"><h1 class="xs2">政府信息公开年报'
                 f'</h1></div><div class="bm_c xld">{rows}</div></div><div class="pgs cl"><div class="pg">'
                 f'{prev}{"".join(links)}{box}{nxt}</div></div>')
        return frame("政府信息公开年报", inner)


PORTALS = [NocmsDangcheng]
