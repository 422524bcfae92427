"""A synthetic province of N agencies for the crawl benchmark, served on loopback.

    python benchmarks/synthetic_province.py serve --agencies 1000 --port 8790
    python benchmarks/synthetic_province.py sites --agencies 1000 > sites.yaml

Each agency is its own TRS portal (``www.aNNNN.gov.test``, the trs_classic or trs_haiyun family in
turn): a 年报 column of two list pages with ~6 reports (2019–2024) and 2 decoys.  Report pages
are real rendered report pages (``govcrawl.synth``), drawn from a pool rendered once at start so
the server is cheap per request; list pages are made per request.  ``/__stats`` on host
``stats.test`` returns the request counts by kind as JSON, ``/__statuses`` by kind and status.
Pages carry ETag and Last-Modified and answer conditional requests with 304, like the static
files of a real TRS site.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
from collections import Counter

from govcrawl.province.server import Portal, ProvinceServer, Request, Response
from govcrawl.synth.html import render_page
from govcrawl.synth.model import random_report

REPORTS_PER_AGENCY = 6
POOL = 60
COLUMN = "/zwgk/zfxxgk/zfxxgknb/"


def host(i: int) -> str:
    return f"www.a{i:04d}.gov.test"


def family(i: int) -> str:
    return "trs_classic" if i % 2 == 0 else "trs_haiyun"


class SyntheticProvince(Portal):
    def __init__(self, agencies: int) -> None:
        super().__init__(random.Random(7))
        self.agencies = agencies
        self.hosts = tuple(host(i) for i in range(agencies)) + ("stats.test",)
        self.counts: Counter[str] = Counter()
        self.statuses: Counter[str] = Counter()  # "kind:status" → requests
        self.lock = threading.Lock()
        rng = random.Random(1)
        # Report pages by year, so a page's own title agrees with its list entry's year.
        self.pool: dict[int, list[bytes]] = {}
        for year in range(2019, 2019 + REPORTS_PER_AGENCY):
            version = "v2019" if year <= 2020 else "v2021"
            self.pool[year] = [render_page(random_report(rng, version, year), "trs", rng)[0]  # type: ignore[arg-type]
                               for _ in range(POOL // REPORTS_PER_AGENCY)]

    def count(self, kind: str) -> None:
        with self.lock:
            self.counts[kind] += 1

    def handle(self, request: Request) -> Response:
        if request.host == "stats.test":
            counts = self.statuses if request.path == "/__statuses" else self.counts
            return Response(200, json.dumps(counts).encode(), "application/json")
        kind, response = self.page(request)
        # Static files, as a TRS site's web server serves them: ETag/Last-Modified, 304 when unchanged.
        response = self.conditional(request, request.path, response)
        self.count(kind)
        with self.lock:
            self.statuses[f"{kind}:{response.status}"] += 1
        return response

    def page(self, request: Request) -> tuple[str, Response]:
        i = int(request.host[5:9])
        path = request.path
        if path == "/robots.txt":
            return "robots", Response(200, b"User-agent: *\nDisallow: /admin/\n", "text/plain")
        if path.startswith(COLUMN + "index"):
            return "list", Response(200, self.list_page(i, path.rsplit("/", 1)[1]), "text/html")
        if path.startswith(COLUMN + "20"):
            year = int(path.split("/")[-2][:4]) - 1
            pages = self.pool.get(year) or self.pool[2019]
            return "report" if "/t" in path else "decoy", Response(200, pages[i % len(pages)], "text/html")
        return "other", Response(404, b"not found")

    def list_page(self, i: int, name: str) -> bytes:
        classic = family(i) == "trs_classic"
        page = 0 if name.startswith("index.") else int(name.split("_")[1].split(".")[0]) - (0 if classic else 1)
        agency = f"第{i}号县"
        years = list(range(2019, 2019 + REPORTS_PER_AGENCY))
        entries = [(f"{y + 1}01/t{y + 1}0120_{j}.html", f"{agency}{y}年政府信息公开工作年度报告")
                   for j, y in enumerate(years)]
        entries += [(f"{2024}02/d20240201_{90 + j}.html", f"{agency}2023年政府信息公开工作年度报告{kind}")
                    for j, kind in enumerate(("解读", "图解"))]
        half = (len(entries) + 1) // 2
        chunk = entries[:half] if page == 0 else entries[half:]
        items = "".join(f'<li><a href="./{href}" title="{title}">{title}</a></li>' for href, title in chunk)
        pager = (f'createPageHTML(2, {page}, "index", "html")' if classic
                 else f"createPageHTML('page_div', 2, {page + 1}, 'index', 'html', {len(entries)})")
        return (f"<html><head><meta charset='utf-8'></head><body><ul class='list'>{items}</ul>"
                f"<script>{pager};</script></body></html>").encode()


def sites_yaml(agencies: int) -> str:
    lines = ["province: 基准省", "sites:"]
    for i in range(agencies):
        lines += [f"  - id: a{i:04d}", f"    agency: 第{i}号县人民政府", f"    cms: {family(i)}",
                  f"    start_urls: [http://{host(i)}{COLUMN}index.html]"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["serve", "sites"])
    parser.add_argument("--agencies", type=int, default=1000)
    parser.add_argument("--port", type=int, default=8790)
    args = parser.parse_args(argv)
    if args.what == "sites":
        sys.stdout.write(sites_yaml(args.agencies))
        return 0
    server = ProvinceServer([SyntheticProvince(args.agencies)], args.port)
    print(f"serving {args.agencies} agencies on {server.proxy}", flush=True)
    server.httpd.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
