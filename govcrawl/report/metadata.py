"""Title, agency, year, publication date and the six sections of a report's text."""

from __future__ import annotations

import re
from datetime import date

from govcrawl.report import agencyname
from govcrawl.report import template as tpl
from govcrawl.report.normalize import HAN, nfkc, squash
from govcrawl.report.tables import section_of_heading

_CN_DIGITS = {"〇": "0", "零": "0", "○": "0", "Ｏ": "0", "O": "0", "一": "1", "二": "2", "三": "3", "四": "4",
              "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_CN_YEAR = re.compile(r"([二][〇零○O一二三四五六七八九]{3})\s*年")
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_DATE_LINE = re.compile(
    r"(?:发布时间|发布日期|发文日期|成文日期|公开日期|上载日期|日期|时间)\s*[:：]?\s*" + _DATE.pattern
)
_TITLE_WORDS = ("年度报告", "年报")
_TITLE_NOISE = re.compile(
    # "人民政府信息公开…": the 政府 is the 人民政府's (县人民政府 + 信息公开工作年度报告).
    r"(?:(?<!人民)政府信息公开工作|(?<!人民)政府信息公开|信息公开工作|信息公开|政务公开工作|政务公开)?(?:\d{4}年度?|\d{4}|年度)?(?:工作)?"
    # "关于2021年度政府信息公开工作的年度报告": 的 before the report word, with or without 情况.
    r"(?:(?:开展)?情况)?的?(?:年度报告|年报|报告)"
    r"|(?:\d{4}|二[〇零○O一二三四五六七八九]{3})年度?|(?<!\d)(?:19|20)\d{2}(?!\d)|关于|的$"
)
# The notes that say this copy corrects or re-issues an earlier one: (更正版), 【更正后】, (修订稿),
# (更新版), (重新发布), [更正] … (``is_revised_title``).
_REVISION_WORDS = r"修订|修正|更正|更新|重发|重新|补发"
# An editorial note on a title, in any bracket, before or after it: how this copy is issued or
# what comes with it — (含附表), (修订稿), 【更正版】, (重新发布), [终稿], (第二版), (全文), (附件下载), (PDF版),
# (图片版), (图解), (简版) …  Decided by the note's words: a bracket that names a unit
# ("(市政务服务管理局)", "(县政府)", "(挂县档案馆牌子)") is part of the agency's name and stays.
_NOTE_WORDS = (r"版|稿|全文|全本|原文|正文|附表|附件|图解|图片|图文|摘要|节选|简本|下载|预览|查看|浏览|点击"
               r"|" + _REVISION_WORDS + r"|扫描件?|(?i:pdf|word|docx?|wps|ofd|html?)")
_NOTE = re.compile(r"[(【\[〔]([^()【】\[\]〔〕]{0,10}?(?:" + _NOTE_WORDS + r")[^()【】\[\]〔〕]{0,4}?)[)】\]〕]")
_REVISION = re.compile(_REVISION_WORDS)
# A revision note unbracketed after the report's name: "…年度报告更正稿", "…年报修订版" ("…年度报告的更正"
# is a notice).
_REVISED_TAIL = re.compile(r"(?:报告|年报)(?:" + _REVISION_WORDS + r")(?:后的?)?(?:版|稿)本?$")
# A notice about a correction, named by its head noun — "…的更正说明", "更正公告", "勘误表": never a
# version note, though it carries a revision word ("…年度报告（更正说明）").
CORRECTION_NOTICE_NAME = re.compile(r"(?:更正|勘误|纠错)(?:说明|公告|声明|通知|启事|公示)|勘误表")
# 书名号 around a title (《泖口县2021年…年度报告》) or a part of it: a title's marks, not the agency's.
_BOOK_TITLE_MARKS = re.compile(r"[《》〈〉]")


def _is_unit(note: str) -> bool:
    return bool(DECLARED_UNIT_ENDING.search(note))


def without_title_notes(text: str) -> str:
    """``text`` (NFKC'd: ASCII brackets) without its editorial notes and its 书名号 (see ``_NOTE``)."""
    return _BOOK_TITLE_MARKS.sub("", _NOTE.sub(lambda m: m[0] if _is_unit(m[1]) else "", text))


def is_revised_title(title: str | None) -> bool:
    """Does a title say its document is a corrected or re-issued version of the report?  An editorial
    note (``_NOTE``) with a revision word, in any bracket — "…年度报告（更正版）", "【更正后】…",
    "…（修订版）", "…（重新发布）" — or unbracketed after the report's name ("…年度报告更正稿").  A
    notice about a correction ("…（更正说明）", "…的更正公告") is none."""
    flat = squash(title or "")
    if not flat or CORRECTION_NOTICE_NAME.search(flat):
        return False
    if any(_REVISION.search(m[1]) for m in _NOTE.finditer(flat) if not _is_unit(m[1])):
        return True
    return bool(_REVISED_TAIL.search(without_title_notes(flat).rstrip("。.")))


_EMPTY_BRACKETS = re.compile(r"\(\s*\)|（\s*）|【\s*】|〔\s*〕|\[\s*\]")


def cn_year(text: str) -> int | None:
    digits = "".join(_CN_DIGITS.get(ch, "") for ch in text)
    return int(digits) if len(digits) == 4 else None


def year_in(text: str) -> int | None:
    flat = nfkc(text)
    match = _YEAR.search(flat)
    if match:
        return int(match.group(1))
    match = _CN_YEAR.search(text)
    return cn_year(match.group(1)) if match else None


# A bare year in a title ("…年度报告（2023）", "…年度报告2023", "[2023] …"), not a document
# number's ("〔2023〕5号").
_BARE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d|\s*[〕\]］]\s*\d+\s*号)")


def title_year(title: str) -> int | None:
    """The year a title names: written with 年, else the one bare four-digit year it holds (a list
    title is short; a bare year in it is the report's, when it is the only one)."""
    year = year_in(title)
    if year is not None:
        return year
    bare = {int(y) for y in _BARE_YEAR.findall(nfkc(title))}
    return bare.pop() if len(bare) == 1 else None


_TITLE_PREFIX = re.compile(r"^\s*(?:#+\s*|标\s*题\s*[:：]\s*|文章标题\s*[:：]\s*)")


_AGENCY_LINE = re.compile(
    r"^[^，。；,;:：]{2,30}(?:政府|办公室|办公厅|局|委员会|委|厅|办|院|中心|街道|镇|乡|区|县|市|旗)$"
)


def find_title(declared: str | None, lines: list[str]) -> str | None:
    """The report's title: a declared one (ArticleTitle, PDF info) that names the agency, else the
    title line of the text (joined with an agency line above it or a wrapped tail below it)."""
    if declared and any(w in declared for w in _TITLE_WORDS) and agency_from_title(declared):
        return _tidy(without_site_name(declared))
    head = [_TITLE_PREFIX.sub("", line) for line in lines[:25]]
    for i, line in enumerate(head):
        flat = squash(line)
        if flat.startswith(("根据", "依据", "本报告", "本年度")) or len(flat) > 80:
            continue
        if any(w in flat for w in _TITLE_WORDS):
            above = squash(head[i - 1]) if i > 0 else ""
            if not agency_from_title(line) and _AGENCY_LINE.match(above):
                return _tidy(above + line)
            return _tidy(line)
        # A title wrapped over two lines: "…政府信息公开工作" / "年度报告".
        nxt = squash(head[i + 1]) if i + 1 < len(head) else ""
        if "政府信息公开" in flat and 0 < len(nxt) <= 12 and "报告" in nxt:
            return _tidy(line + nxt)
    return _tidy(declared) if declared else None


# A page title the site's name opens, set off by a space or a separator ("垤山县人民政府 垤山县卫生健康局
# 2024年…年度报告", "某某市人民政府|某某市财政局2023年…"); the closing kind ("…年度报告_某某县人民政府")
# is cut where the page is read (report/html.py).
_OPENING_SEGMENT = re.compile(r"^\s*([^\s_|—–-]{2,30}?)\s*(?:[_|—–-]{1,2}|\s)\s*(?=\S)")


def without_site_name(title: str) -> str:
    """The title without a site name opening it — read as part of the title, it would join the
    site's agency to the report's ("垤山县人民政府垤山县卫生健康局").  Cut only when the opening segment is
    a whole unit's name and what follows names a report and its own agency: "桐溪县 2024年…年度报告"
    (a title with a space in it) and "某某县人民政府 2024年…年度报告" (the agency is the opening's) stay
    whole."""
    opening = _OPENING_SEGMENT.match(title)
    if opening is None or not opening[1].endswith(UNIT_ENDINGS):
        return title
    rest = title[opening.end():]
    if not any(w in rest for w in _TITLE_WORDS) or title_year(squash(rest)) is None:
        return title
    agency = agency_from_title(rest)
    return rest if agency and agency.endswith(UNIT_ENDINGS) else title


def _tidy(title: str) -> str:
    return re.sub(r"\s+", " ", title.replace("\u3000", " ")).strip()


# What is left of a title that names its unit only in a bracket, before or after the rest
# ("2023年度政府信息公开工作年度报告（市教育局）", "【县卫健委】2024年度报告"): the unit.
_ONLY_BRACKETED = re.compile(r"^[(【\[〔]([^()【】\[\]〔〕]+)[)】\]〕]$")


def agency_from_title(title: str | None) -> str | None:
    """The agency a report's title names: what is left of it without the report's words, its year and
    its notes — when that is a plausible organ's name (``is_plausible_agency``); a title that names
    none, or only junk, names no agency (the page's other sources say whose the report is)."""
    if not title:
        return None
    flat = squash(title)
    # "…年度报告（2022年度）": the brackets the year was in are left empty.
    name = _EMPTY_BRACKETS.sub("", _TITLE_NOISE.sub("", without_title_notes(flat))).strip("-_:：，,。 ")
    bracketed = _ONLY_BRACKETED.match(name)
    if bracketed:
        name = bracketed[1].strip()
    return name if name and is_plausible_agency(name) else None


def _subsequence(short: str, full: str) -> bool:
    rest = iter(full)
    return all(ch in rest for ch in short)


_GOVERNMENT = "人民政府"
# A short name's last word written out: 发展改革委 → 发展和改革委员会, 县政府办 → 县人民政府办公室.
_SHORT_ENDINGS = (("委", "委员会"), ("办", "办公室"))
# The place a name starts with (茗城县, 璋城市): a short name's own "县", "市" (县财政局) is no place.
PLACE = re.compile(r"^[" + HAN + r"]{1,8}?(?:县|市|区|旗|州)")


def _same_ending(name: str, source: str) -> bool:
    return source[-1] == name[-1] or any(name.endswith(short) and source.endswith(full)
                                         for short, full in _SHORT_ENDINGS)


def full_name(name: str, declared: str | None) -> str:
    """An abbreviated agency name (茗城县住建局, 茗城县发展改革委) written out as the page's declared
    source names it (茗城县住房和城乡建设局, 茗城县发展和改革委员会): the same place first, the same
    kind of unit last (局 … 局, 委 … 委员会), and every character of the short name in the long one in
    order; or a zone written short, or a bare part of the declared name (``agencyname``); any other
    source leaves the name as it is."""
    source = "".join((declared or "").split())
    if not source or source == name or len(source) <= len(name):
        return name
    # Two governments' full names: 蓟山县人民政府 is no short name of 蓟山县城关镇人民政府 (the town's), only a
    # town's own name written without its county (城关镇人民政府) is of it.
    if name.endswith(_GOVERNMENT) and source.endswith(_GOVERNMENT) \
            and not source[: -len(_GOVERNMENT)].endswith(name[: -len(_GOVERNMENT)]):
        return name
    # A zone written short (椑州经开区), a town without its county, a 分局 without its bureau: the
    # declared name is the same agency's, written in full (``agencyname``).
    if agencyname.written_short(name, source) or agencyname.bare_part(name, source):
        return source
    if not _same_ending(name, source):
        return name
    place = PLACE.match(name)
    if place is None or not source.startswith(place[0]) or not _subsequence(name[len(place[0]):],
                                                                              source[len(place[0]):]):
        return name
    return source


# The agency a report's opening names as the one that compiled it: "…要求，茗城县住房和城乡建设局编制了
# 本报告", "本报告由茗城县住房和城乡建设局编制" (after NFKC and squash: ASCII punctuation, no spaces).
_COMPILED_BY = re.compile(r"(?:^|[,.;:。;])([" + HAN + r"()]{2,30}?)特?(?:编制|编写|制作)了?本(?:年度)?报告"
                          r"|本(?:年度)?报告由([" + HAN + r"()]{2,30}?)(?:根据[^。]{0,80}?)?(?:编制|编写|制作)")
# What a unit's name ends with.  UNIT_ENDINGS are safe on any text (a link's, a heading's); the
# others also end ordinary words (网站, 全部, 发布会, 出处), so they count only where the text is
# declared to be an agency (a 发布机构 cell, "…编制了本报告").  A 街道's office (街道办事处) is the 街道
# itself: its reports are its own, as a 镇's are.
UNIT_ENDINGS = ("政府", "局", "委员会", "委", "厅", "办公室", "办事处", "办", "院", "中心", "街道", "镇", "乡",
                "署", "所")
DECLARED_UNIT_ENDINGS = (*UNIT_ENDINGS, "站", "队", "会", "部", "处", "馆")
DECLARED_UNIT_ENDING = re.compile("(?:" + "|".join(DECLARED_UNIT_ENDINGS) + ")$")
# Text cut short: "县卫生健…", "鄘水县人民政府政府信息公开......" (NFKC writes … as ...).
_CUT_SHORT = re.compile(r"\.\.|…|⋯|。。")
# A name written twice in a row: a list link read with its abstract ("鄘城镇2024年…年度报告 鄘城镇2024年
# …年度……" leaves 鄘城镇鄘城镇…).
_WRITTEN_TWICE = re.compile(r"^(.{2,30}?)\1")
# A unit's other name in a bracket after it: 中共某县委宣传部（县新闻出版局）, 区档案馆（区档案局）.
_TRAILING_BRACKET = re.compile(r"[(（【\[〔][^()（）【】\[\]〔〕]*[)）】\]〕]$")
# What else a title names an organ by: a place alone (茗城县: its government), the abbreviations
# titles use (残联, 妇联, 政协, 科协, 供销社, 气象台, 党校, 人大, 本级), an enterprise or a school.
_TITLE_NAME_ENDINGS = (*DECLARED_UNIT_ENDINGS, "县", "市", "区", "旗", "州", "盟", "省", "村", "联", "协", "社",
                       "台", "校", "学", "人大", "本级", "机关", "关", "公司", "场", "园", "团")


# A word that points at the publisher instead of naming it: "本镇2024年…年度报告" on a town's own list,
# 本局, 我委, 本单位 — the page's other sources (its site name, 主办, the list's owner) name it.
_DEICTIC = re.compile(r"^(?:本|我|该)(?:镇|乡|街道|街道办|办事处|局|委|办|厅|院|所|站|中心|单位|部门|机关|区|县|市|旗|"
                      r"镇人民政府|乡人民政府|政府|人民政府)$")


_LATIN = re.compile(r"[A-Za-z]")


def is_plausible_agency(name: str) -> bool:
    """Could ``name``, read from a title, be an organ's name?  Not when it is cut short, written twice,
    points at the publisher (本镇, 本局), holds Latin letters (a tooltip's "Permalink to" read with it:
    organs are named in Han characters), or ends with no organ's ending (what is left of a title's own
    words: "…政府信息公开工作")."""
    if _CUT_SHORT.search(name) or _WRITTEN_TWICE.match(name) or _DEICTIC.match(name) or _LATIN.search(name):
        return False
    base = _TRAILING_BRACKET.sub("", name) or name
    return base.endswith(_TITLE_NAME_ENDINGS)
# A name that begins with its level only (县卫健局, 市统计局), not a word that starts so (市场, 区域, 县级).
LEVEL = re.compile(r"^(县|市|区|旗|州)(?!场|域|级|直|属)")
MAX_OPENING_LINES = 30
WRAP_WIDTH = 0.8  # a line this close to the page's widest ends where the page's width wrapped it


def compiler_named(lines: list[str]) -> str | None:
    """The agency the report's opening sentences name as its compiler, as they write it: in a line,
    else across the lines of a fixed-width page (a PDF's or an OFD's), whose sentence wraps inside
    the name ("…要求，渼溪县住房和" / "城乡建设局编制了本报告。")."""
    opening = [squash(line) for line in lines[:MAX_OPENING_LINES]]
    width = max(map(len, opening), default=0)
    previous = ""
    for line in opening:
        # A line that continues a full-width line before it (a wrap, not a heading's or a sentence's
        # end) is read with it: alone, "城乡建设局编制了本报告" would give the name's tail.
        wrapped = len(previous) >= WRAP_WIDTH * width and not previous.endswith(("。", "."))
        for text in ((previous + line, line) if wrapped else (line,)):
            for match in _COMPILED_BY.finditer(text):
                name = match[1] or match[2]
                if DECLARED_UNIT_ENDING.search(name):
                    return name
        previous = line
    return None


def written_out(name: str | None, written: str | None) -> str | None:
    """A title's short agency name (茗城县住建局, or by its level only: 县卫健局) as the report itself
    writes it out (茗城县住房和城乡建设局): the same agency by ``full_name``'s rule, a level-only name
    placed at the written name's place of that level; another agency leaves the name as it is (no
    table of abbreviations: only what the document says)."""
    if not name or not written:
        return name
    expanded = full_name(name, written)
    level = LEVEL.match(name)
    if expanded == name and level:
        place = re.match(r"^[" + HAN + r"]{1,8}?" + level[1], written)
        if place and full_name(place[0] + name[1:], written) == written:
            return written
    return expanded


def iso_date(text: str | None) -> str | None:
    if not text:
        return None
    match = _DATE.search(nfkc(text))
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
    except ValueError:
        return None


def find_published(declared: str | None, lines: list[str], year: int | None) -> str | None:
    """Meta PubDate, else a 发布时间 line near the top, else the signature date at the end."""
    found = iso_date(declared)
    if found:
        return found
    for line in lines[:30]:
        match = _DATE_LINE.search(nfkc(line).replace(" ", ""))
        if match:
            found = iso_date(match.group(0))
            if found:
                return found
    # Signature block: a line that is only a date, among the last lines of the report.
    for line in reversed([ln for ln in lines if ln.strip()][-12:]):
        flat = nfkc(line).replace(" ", "")
        if re.fullmatch(_DATE.pattern, flat):
            found = iso_date(flat)
            if found and (year is None or int(found[:4]) > year):
                return found
    return None


def split_sections(lines: list[str], *, narrative_only_in_tables: bool) -> dict[str, str]:
    """Text of the six sections.  In sections 二–四 of text sources the table cells are lines of
    their own; only sentences (lines with 。；) are kept there."""
    sections: dict[str, list[str]] = {key: [] for key in tpl.SECTIONS}
    current: str | None = None
    seen: set[str] = set()
    for line in lines:
        key = section_of_heading(line)
        if key is not None and key not in seen:
            current = key
            seen.add(key)
            continue
        if current is None or not line.strip():
            continue
        in_tables = current in ("proactive_disclosure", "applications", "review_litigation")
        if narrative_only_in_tables and in_tables and not re.search(r"[。；;]", line):
            continue
        sections[current].append(line.strip())
    return {key: "\n".join(parts) for key, parts in sections.items()}
