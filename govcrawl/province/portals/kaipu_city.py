"""Fixture 6, ``kaipu-platform-city`` (portals.md §5, §1.5, §1.7): a 开普云-style 集约化 platform, UTF-8.

凯浦市: the portal ``www.kaipucity.gov.test`` links its 信息公开 area through a nav entry that a
script rewrites to the separate host ``xxgk.kaipucity.gov.test`` (the static ``href`` is a dead
``javascript:;``).  There the 年报 column is ``/zfxxgk/zfxxgknb/`` in the Shaanxi style: numbered list
pages ``1.html, 2.html, 3.html`` (a static pager with ``共 3 页``), 19-digit snowflake article ids
``zfxxgknb/<id>.html``, and two sub-columns listed on the column page: ``zfxxgknb/2023n/`` (部门年报,
Sichuan-style extensionless ``content_191767`` articles) and ``zfxxgknb/xj/`` (县级, two pages).
Article bodies sit in ``#UCAP-CONTENT`` (one wraps a TRS-style ``.trs_editor_view``), under a
索引号 metadata table whose labels are padded with spaces (``索 引 号``, ``发 布 机 构``), followed
by ``div.info_ewm`` (扫一扫在手机打开当前页).

A mobile User-Agent gets ``302`` to ``/m/<path>`` (a mobile rendition without the tables) unless the
query says ``isMobile=false``; one 县级 list entry links straight to the ``/m/`` page (the platform
stored the mobile URL), so a crawl that does not recover the desktop page stores a table-less copy.
"""

from __future__ import annotations

import random
import re
from html import escape

from govcrawl.province.content import Truth, decoy_body, html_document, report_doc, seed_page
from govcrawl.province.server import Portal, Request, Response
from govcrawl.synth.html import render_content

WWW = "www.kaipucity.gov.test"
HOST = "xxgk.kaipucity.gov.test"
SITE_ID = "kaipucity-gov"
AGENCY = "凯浦市人民政府"
CITY = "凯浦市"
COLUMN = "/zfxxgk/zfxxgknb/"
SUB_2023 = f"{COLUMN}2023n/"
SUB_XJ = f"{COLUMN}xj/"
PER_PAGE = 6
MOBILE_UA = re.compile(r"Mobile|Android|iPhone|iPad|MicroMessenger|HarmonyOS", re.I)
_TAGS = re.compile(r"<table.*?</table>", re.S | re.I)


class KaipuPlatformCity(Portal):
    hosts = (WWW, HOST)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.truth: list[Truth] = []
        self.titles: dict[str, str] = {}  # article path → title (the mobile renditions)
        # list entries per column: (href as the list prints it, title, date)
        lists: dict[str, list[tuple[str, str, str]]] = {COLUMN: [], SUB_2023: [], SUB_XJ: []}
        used: set[int] = set()

        def snowflake() -> int:
            while True:
                value = rng.randint(1_700_000_000_000_000_000, 1_799_999_999_999_999_999)
                if value not in used:
                    used.add(value)
                    return value

        def add_report(column: str, agency: str, year: int, version: str, date: str, *,
                       extensionless: bool = False, trs_inner: bool = False, mobile_link: bool = False) -> None:
            doc = report_doc(rng, agency, AGENCY, version, year)  # type: ignore[arg-type]
            name = f"content_{rng.randint(150_000, 199_999)}" if extensionless else f"{snowflake()}.html"
            path = f"{column}{name}"
            self.add(path, self._article(doc.title, date, agency, render_content(doc, "trs", rng), trs_inner).encode())
            self.titles[path] = doc.title
            url = f"http://{HOST}{path}"
            href = name
            if mobile_link:  # the CMS stored the mobile site's URL; the desktop page is the report
                href, url = f"/m{path}", f"{url}?isMobile=false"
            lists[column].append((href, doc.title, date))
            self.truth.append(Truth(SITE_ID, url, doc.title, "report", agency, year, doc))

        def add_decoy(column: str, title: str, date: str) -> None:
            name = f"{snowflake()}.html"
            inner = f'<div class="wenz"><div id="UCAP-CONTENT">{decoy_body(title, date)}</div></div>'
            body = html_document(title, inner, "utf-8", {"ArticleTitle": title, "PubDate": date}, AGENCY)
            self.add(f"{column}{name}", body.encode())
            lists[column].append((name, title, date))
            self.truth.append(Truth(SITE_ID, f"http://{HOST}{column}{name}", title, "decoy"))

        # The column: the city government's reports, two bureaus, a republished seed, decoys.
        for year, version in ((2019, "v2019"), (2020, "v2019"), (2021, "v2021"), (2022, "v2021"),
                              (2023, "v2021"), (2024, "v2021")):
            add_report(COLUMN, AGENCY, year, version, f"{year + 1}-01-{rng.randint(16, 31):02d}",
                       trs_inner=year == 2022)
        for bureau in ("凯浦市发展和改革委员会", "凯浦市生态环境局"):
            add_report(COLUMN, bureau, 2024, "v2021", f"2025-01-{rng.randint(10, 28):02d}")
        seed_path = f"{COLUMN}{snowflake()}.html"
        self.add(seed_path, seed_page("seed003", "vsb"))
        seed_title = "盐池县文化旅游广电局2020年政府信息公开工作年度报告"
        self.titles[seed_path] = seed_title
        lists[COLUMN].append((seed_path.rsplit("/", 1)[1], seed_title, "2021-01-28"))
        self.truth.append(Truth(SITE_ID, f"http://{HOST}{seed_path}", seed_title, "report", "盐池县文化旅游广电局",
                                2020, seed="seed003"))
        for title, date in (("凯浦市2023年政府信息公开工作年度报告解读", "2024-01-31"),
                            ("图解：凯浦市人民政府2023年政府信息公开工作年度报告", "2024-02-02"),
                            ("凯浦市2024年政务公开工作要点", "2024-03-15")):
            add_decoy(COLUMN, title, date)

        # 2023n/: 部门年报 of 2023, Sichuan-style extensionless article URLs.
        for bureau in ("凯浦市教育局", "凯浦市公安局", "凯浦市民政局", "凯浦市住房和城乡建设局"):
            add_report(SUB_2023, bureau, 2023, "v2021", f"2024-01-{rng.randint(10, 31):02d}", extensionless=True)
        add_decoy(SUB_2023, "凯浦市人民政府信息公开指南", "2023-05-10")

        # xj/: 县级 reports, two list pages; one entry links to the mobile site.
        for index, county in enumerate(("凯浦市东城区人民政府", "凯浦市西城区人民政府", "秦川县人民政府",
                                        "渭北县人民政府", "泾阳塬县人民政府", "北山县人民政府", "南岭县人民政府")):
            add_report(SUB_XJ, county, 2023, "v2021", f"2024-01-{rng.randint(12, 31):02d}", mobile_link=index == 3)
        add_decoy(SUB_XJ, "一图读懂：秦川县2023年政府信息公开工作年度报告", "2024-02-05")

        for column, entries in lists.items():
            entries.sort(key=lambda e: e[2], reverse=True)
            pages = [entries[i : i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
            for number, chunk in enumerate(pages, start=1):
                self.add(f"{column}{number}.html", self._list_page(column, chunk, number, len(pages)).encode())
        self.add("/index.html", self._home().encode())

    # -- pages -----------------------------------------------------------------------------
    @staticmethod
    def _index_table(title: str, agency: str, date: str, rng: random.Random) -> str:
        """The 信息公开 metadata table; labels padded to equal width with spaces (portals.md §2.5)."""
        code = f"11610{rng.randint(1000, 9999)}MB{rng.randint(1000, 9999)}"
        rows = (("索 引 号", f"{code}/{date[:4]}-{rng.randint(1, 999):05d}"),
                ("主 题 分 类", "政务公开"), ("发 布 机 构", escape(agency)), ("发 文 日 期", date),
                ("名　　　称", escape(title)), ("文　　　号", ""), ("有 效 性", "有效"))
        cells = "".join(f'<tr><td class="label">{k}：</td><td>{v}</td></tr>' for k, v in rows)
        return f'<table class="xxgk-info" width="100%">{cells}</table>'

    def _article(self, title: str, date: str, agency: str, content: str, trs_inner: bool) -> str:
        if trs_inner:
            content = f'<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">{content}</div>'
        body = (
            f'<div class="position">当前位置：<a href="/">首页</a> &gt; 政府信息公开 &gt; 政府信息公开年报</div>'
            f"{self._index_table(title, agency, date, self.rng)}"
            f'<div class="wenz"><h1 id="ti">{escape(title)}</h1>'
            f'<div class="pages-date">发布时间：{date}&nbsp;&nbsp;来源：{escape(agency)}'
            '&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a>'
            ' <a href="javascript:doZoom(14)">小</a>】</div>'
            f'<div id="UCAP-CONTENT">{content}</div></div>'
            '<div class="info_ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>'
            '<div class="dybtn"><a href="javascript:window.print()">【打印本页】</a>'
            '<a href="javascript:window.close()">【关闭窗口】</a></div>'
        )
        metas = {"SiteName": AGENCY, "SiteDomain": WWW, "SiteIDCode": "9906000001", "ColumnName": "政府信息公开年报",
                 "ArticleTitle": title, "PubDate": f"{date} 09:30", "ContentSource": agency}
        return html_document(title, body, "utf-8", metas, AGENCY)

    def _list_page(self, column: str, entries: list[tuple[str, str, str]], number: int, count: int) -> str:
        items = "".join(
            f'<li><a href="{escape(href)}" target="_blank" title="{escape(title)}">'
            f'{escape(title if len(title) <= 22 else title[:21] + "…")}</a><span class="date">{date}</span></li>'
            for href, title, date in entries
        )
        pager = f"共 {count} 页 当前第 {number} 页 "
        if number > 1:
            pager += f'<a href="1.html">首页</a> <a href="{number - 1}.html">上一页</a> '
        pager += " ".join(f'<a href="{n}.html">{n}</a>' if n != number else f"<span>{n}</span>"
                          for n in range(1, count + 1))
        if number < count:
            pager += f' <a href="{number + 1}.html">下一页</a> <a href="{count}.html">尾页</a>'
        side = (
            '<div class="xxgk-left"><ul class="lm-nav">'
            '<li><a href="/zfxxgk/zfxxgkzn/1.html">政府信息公开指南</a></li>'
            '<li><a href="/zfxxgk/zfxxgkzd/1.html">政府信息公开制度</a></li>'
            '<li><a href="/zfxxgk/fdzdgknr/1.html">法定主动公开内容</a></li>'
            f'<li><a href="{COLUMN}1.html">政府信息公开年报</a>'
            f'<ul class="sub-lm"><li><a href="{SUB_2023}1.html">2023年部门年报</a></li>'
            f'<li><a href="{SUB_XJ}1.html">县级年报</a></li></ul></li></ul></div>'
        )
        body = (f'{side}<div class="xxgk-right"><div class="position">当前位置：首页 &gt; 政府信息公开年报</div>'
                f'<ul class="list-ul">{items}</ul><div class="pagination">{pager}</div></div>')
        return html_document("政府信息公开年报", body, "utf-8", {"ColumnName": "政府信息公开年报",
                                                              "ColumnType": "政府信息公开年报"}, AGENCY)

    @staticmethod
    def _home() -> str:
        body = (
            '<div class="nav" id="left_lan"><a href="/">首页</a><a href="/zwdt/">政务动态</a>'
            '<a href="javascript:;">政府信息公开</a><a href="/hdjl/">互动交流</a></div>'
            "<script>$(\"#left_lan a:contains('政府信息公开')\")"
            f".attr('href', 'http://{HOST}{COLUMN}1.html');</script>"
        )
        return html_document(AGENCY, body, "utf-8", {"SiteName": AGENCY, "SiteDomain": WWW,
                                                     "SiteIDCode": "9906000001"}, AGENCY)

    def _mobile(self, path: str) -> Response:
        """The mobile rendition: the title and the prose, the tables replaced by a notice."""
        found = self.resources.get(path)
        if found is None:
            return self.not_found(Request("GET", HOST, path, {}, {}))
        text = _TAGS.sub("<p>（表格请在电脑端查看）</p>", found.body.decode("utf-8", "replace"))
        return Response(200, text.replace('<div class="top-bar">', '<div class="top-bar m-bar">').encode())

    def handle(self, request: Request) -> Response:
        if request.host == WWW:
            if request.path in ("/", "/index.html", "/robots.txt"):
                return super().handle(request)
            return self.not_found(request)
        if request.path.startswith("/m/"):
            return self._mobile(request.path[2:])
        if request.path != "/robots.txt" and request.param("isMobile") != "false" \
                and MOBILE_UA.search(request.headers.get("user-agent", "")):
            return Response(302, b"", None, {"Location": f"http://{request.host}/m{request.path}"})
        if request.path == "/index.html" or request.path == "/":
            return self.not_found(request)
        return super().handle(request)


PORTALS = [KaipuPlatformCity]
