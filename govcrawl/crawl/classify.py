"""Is a list entry an annual report?  Pure functions of its title (and URL)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from govcrawl.report.metadata import CORRECTION_NOTICE_NAME, UNIT_ENDINGS, title_year, without_title_notes
from govcrawl.report.normalize import HAN, squash

# Siblings of the real report on the same lists (portals.md §2.3): readings, infographics, work
# plans, guides, catalogues, notices about the report.
# Report-like titles that are not reports (portals.md §7): letters and notices about reports
# (…的函, 公告), other annual reports (法治政府建设年度报告, 政府网站工作年度报表), work plans.
_DECOY = re.compile(r"解读|图解|一图读懂|图说|要点|指南|目录|通知|制度|方案|答记者问|问答|统计表|意见|办法|规定|征集"
                    r"|的函|函$|公告|公示|法治政府|法治建设|网站工作|报表|述职|述法|统计公报|部门决算|部门预算"
                    # Other 年报 that are not 政府信息公开 reports: statistics, accounts, yearbooks.
                    r"|统计年报|统计年鉴|年鉴|决算|预算"
                    # Statements about a report ("关于《…年度报告》有关数据的说明", "…的致歉声明").
                    r"|说明$|致歉")
# A notice about a correction is named so by its head noun, the title's end: "…年度报告的更正说明",
# "关于…年度报告的更正公告", "…勘误表", "更正声明", "关于更正《…》部分数据的启事", "…年度报告有关数据的
# 更正".  A report issued in a corrected version is a report: its title ends in the report's name, its
# version an editorial note ("…年度报告（更正版）", "【更正后】…", "…年度报告更正稿") that
# ``without_title_notes`` takes off.
_CORRECTION_NOTICE = re.compile(r"(?:更正|勘误|纠错|修正)(?:.*(?:说明|公告|声明|通知|启事|情况|事项|公示|表|函|单))?$")
# …and a note that is itself such a notice is no version note ("…年度报告（更正说明）"):
# ``metadata.CORRECTION_NOTICE_NAME``, which ``metadata.is_revised_title`` shares.
# Report titles: …政府信息公开工作年度报告, …年度政府信息公开工作报告, …年报, 年度…工作报告 (the
# last only about 信息公开 / 政务公开).
_REPORT = re.compile(r"(?:政府)?信息公开(?:工作)?.{0,12}年度?报告|年度报告|信息公开年报|年报"
                     r"|(?:信息公开|政务公开).{0,8}工作报告|年度.{0,16}(?:信息公开|政务公开).{0,6}报告")
# Picture files count: a scanned report published as 附件 images is read by OCR (issue 13).  The file
# name may end the path or a query parameter, the last or not (a download endpoint's ``?fileName=
# 2023年报.docx&delete=false``, ``?resource=/profile/upload/….pdf``), or come before a fragment.
_ATTACHMENT = re.compile(
    r"\.(?:pdf|docx?|wps|ofd|xlsx?|png|jpe?g|gif|bmp|tiff?|webp)(?:$|[?&#])|downfile\.jsp|download\.jsp|DownloadAttach",
    re.I,
)


def _names_other_document(flat: str) -> bool:
    """Does a (squashed) title name something beside a report: a decoy word anywhere, or a head noun
    that is a notice about a correction (``_CORRECTION_NOTICE``, read without the version notes)?"""
    return bool(_DECOY.search(flat.replace("图片版", "")) or CORRECTION_NOTICE_NAME.search(flat)
                or _CORRECTION_NOTICE.search(without_title_notes(flat).rstrip("。.")))


def is_report_title(title: str) -> bool:
    """A report title names the report and its year (column links like 政府信息公开年报 do not)."""
    flat = squash(title)
    if not flat or not _REPORT.search(flat) or title_year(title) is None:
        return False
    return not _names_other_document(flat)


def is_other_document_title(title: str) -> bool:
    """A title that names something beside a report (its 解读, a 法治政府建设年度报告, a notice)."""
    flat = squash(title)
    return bool(flat) and _names_other_document(flat)


def is_undated_report_title(title: str) -> bool:
    """A report title with no year that names its agency ("淯水县人民政府政府信息公开工作年度报告"): the
    year is on the report's page (breadcrumb, text).  A column link ("政府信息公开年报") names no agency."""
    from govcrawl.report.metadata import agency_from_title

    flat = without_title_notes(squash(title))  # "《…年度报告》", "…年度报告（含附表）"
    if not flat or title_year(title) is not None or not _UNDATED_REPORT.search(flat) or _names_other_document(flat):
        return False
    agency = agency_from_title(title)
    return agency is not None and bool(_AGENCY_NAME.search(agency))


# The agency an undated title names is a unit ("…人民政府", "…局", "…镇"), not "部门" or "各区县".
_AGENCY_NAME = re.compile(r"[" + HAN + r"]{2,}(?:" + "|".join(UNIT_ENDINGS) + ")$")


def is_unit_name(text: str) -> bool:
    """Does ``text`` name a unit ("县财政局", "柘湾区人民政府"), not a section ("通知公告", "政务动态")?"""
    return bool(_AGENCY_NAME.search("".join(text.split())))


# Only the full report name: a bare "年报" or "年度报告" is a column's or a card's label.
_UNDATED_REPORT = re.compile(r"信息公开(?:工作)?(?:年度报告|年报)$|年度(?:政府)?信息公开工作报告$")


# A list title cut short at its end ("某局2024年政府信息公开工作年…"): what it is, its page says.
_CUT_SHORT = re.compile(r"(?:…|\.{3}|。。。)$")
_SITE_NAME_AFTER = re.compile(r"\s*(?:[-_|—–]+)\s*[^-_|—–]*$")  # "…年度报告 - 某县住建局"
MIN_KEPT = 6  # characters a cut title keeps before its mark, at the least, to be judged on its page


def cut_title_prefix(title: str) -> str | None:
    """The text a list title cut short keeps ("某局2024年政府信息公开工作年…" → "某局2024年政府信息公开工作年"),
    when it names a year and nothing beside a report (a 解读, a 通知): whether it is a report, its page
    says (``completed_title``).  None for a title that is not cut short, or says it is something else."""
    flat = squash(title)
    if not _CUT_SHORT.search(flat):
        return None
    kept = _CUT_SHORT.sub("", flat).rstrip("…. ")
    if len(kept) < MIN_KEPT or title_year(kept) is None or _names_other_document(kept):
        return None
    return kept


def completed_title(names: Iterable[str], kept: str) -> str | None:
    """The report title a cut list title began: the first of a page's own names (its ArticleTitle, its
    headings, its ``<title>``, a site's name after a separator left off) that begins with the kept text
    and names a report; None when none does."""
    for name in names:
        flat = squash(name)
        for title in (_SITE_NAME_AFTER.sub("", flat), flat):
            if title.startswith(kept) and is_report_title(title):
                return title
    return None


def report_year(title: str) -> int | None:
    return title_year(title)


def is_attachment_url(url: str) -> bool:
    return bool(_ATTACHMENT.search(url))
