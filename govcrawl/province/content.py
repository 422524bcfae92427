"""Building blocks for fixture portals: reports with known values, stub pages, decoys, truth."""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field
from pathlib import Path

from govcrawl.report.template import TemplateVersion
from govcrawl.synth import prose
from govcrawl.synth.html import Style, render_page
from govcrawl.synth.model import ReportDoc, load_seed_doc, random_report

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@dataclass
class Truth:
    """One list entry of the province and what a crawl must make of it."""

    site_id: str
    url: str                     # the entry's link (article page, or the file itself)
    title: str
    kind: str                    # "report" or "decoy"
    agency_name: str = ""
    year: int | None = None
    doc: ReportDoc | None = field(default=None, repr=False)  # the values the report prints
    media_type: str = "text/html"  # of the report's bytes (page, or its attachment)
    report_url: str | None = None  # where the report's bytes are (attachment), when not ``url``
    seed: str | None = None      # fixtures/reports/<seed> when the report is a seed page
    flags: tuple[str, ...] = ()  # record flags the report must carry (image_only, spam_injection, …)
    # Other pages of the portal that carry this same report (republished under a second URL): a
    # record from any of them is this report, and one record for both is what a crawl should keep.
    also_at: tuple[str, ...] = ()


class TrsArticlePaths:
    """TRS article naming under a column: ``./YYYYMM/tYYYYMMDD_<docid>.html``, docids increasing by
    a random step (portals.md §1.1).  Calling it with a date gives (href relative to the column,
    absolute path)."""

    def __init__(self, rng: random.Random, column: str, first_docid: int, step: tuple[int, int]) -> None:
        self.rng = rng
        self.column = column
        self.docid = first_docid
        self.step = step

    def __call__(self, date: str) -> tuple[str, str]:
        self.docid += self.rng.randint(*self.step)
        ym, ymd = date[:7].replace("-", ""), date.replace("-", "")
        href = f"{ym}/t{ymd}_{self.docid}.html"
        return href, f"{self.column}{href}"


def report_doc(rng: random.Random, agency: str, site_name: str, version: TemplateVersion, year: int) -> ReportDoc:
    """A valid random report of ``agency`` for ``year``, its text naming that agency."""
    doc = random_report(rng, version, year)
    tables = doc.tables
    return dataclasses.replace(
        doc,
        title=f"{agency}{year}年政府信息公开工作年度报告",
        agency_name=agency,
        site_name=site_name,
        source=agency,
        sections=prose.random_sections(rng, agency, year, tables, version),
        preamble=prose.preamble(rng, agency, year),
    )


def seed_doc(seed: str) -> ReportDoc:
    return load_seed_doc(FIXTURES / "reports" / seed)


def seed_page(seed: str, style: str) -> bytes:
    return (FIXTURES / "reports" / seed / f"{style}.html").read_bytes()


def page(doc: ReportDoc, style: Style, rng: random.Random) -> tuple[bytes, str]:
    return render_page(doc, style, rng)


def stub_body(title: str, date: str, attachment_href: str, attachment_name: str) -> str:
    """A "详见附件" article body: the report is only in the attachment (portals.md §2.4)."""
    return (
        f'<div class="article"><h1>{title}</h1><div class="info">发布时间：{date}&nbsp;&nbsp;来源：办公室'
        f'&nbsp;&nbsp;浏览次数：<span id="hits">{random.Random(title).randint(50, 5000)}</span></div>'
        f'<div class="TRS_Editor"><p class="MsoNormal">{title}详见附件。</p>'
        f'<p>附件：<a href="{attachment_href}">{attachment_name}</a></p></div>'
        '<div class="qr">扫一扫在手机打开当前页</div></div>'
    )


def decoy_body(title: str, date: str) -> str:
    """A sibling that is not a report: 解读, 图解, 工作要点, 公开指南."""
    return (
        f'<div class="article"><h1>{title}</h1><div class="info">发布时间：{date}</div>'
        f'<div class="TRS_Editor"><p>为便于公众理解，现就有关情况说明如下。</p>'
        f'<p>一、主要内容。本文件对政府信息公开工作作出安排，详细内容请见正文。</p></div></div>'
    )


def html_document(title: str, body: str, charset: str = "utf-8", metas: dict[str, str] | None = None,
                  site_name: str = "") -> str:
    meta = "".join(f'<meta name="{k}" content="{v}">' for k, v in (metas or {}).items())
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"{meta}<title>{title}_{site_name}</title></head><body>"
        f'<div class="top-bar">无障碍阅读 进入适老模式</div>{body}'
        f'<div class="footer">网站标识码：9901000001 示ICP备12345678号 主办单位：{site_name}</div></body></html>'
    )
