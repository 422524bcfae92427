"""A short agency name against a fuller one the crawl knows (the registry's agency, a page's
ContentSource or 发布机构, a report's compiler): pure functions of two names.

* ``same_agency``: one agency however it is written — a place and its 人民政府 (青山县 = 青山县人民
  政府), and a development zone by the one vocabulary zones are written short in (椑州经开区 =
  椑州经济技术开发区管理委员会: 经开区 = 经济技术开发区, 高新区 = 高新技术产业开发区, 管委会 = 管理委员会;
  a zone and its 管委会 are one agency, as a county and its 人民政府 are).
* ``written_short``: the same agency, written with the vocabulary's short words or without its 管委会.
* ``zone_department``: a zone's department named under the zone's short word without its place
  (经开区社会事务局 of 郯源经济开发区管理委员会's portal), written under the zone's own name.
* ``bare_part``: a name that is the last part of a fuller one, without what it belongs to — a town
  without its county (嶂东镇 of 嶂湾区嶂东镇人民政府), a 分局 without its bureau (榧南分局 of
  榧城市自然资源和规划局榧南分局), a department without its place (教育局 of 青山县教育局).

None of them writes a name out from the vocabulary alone: a short name is completed only to a full
name the crawl was given (经开区 is also what a 经济开发区 is called).
"""

from __future__ import annotations

import re

from govcrawl.report.normalize import HAN, squash

# Full → short, as zones and their committees are abbreviated.  Names are compared in the short form,
# so that 高新区 matches either full form it stands for.
ABBREVIATIONS = (
    ("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"),
    ("经济技术开发区", "经开区"), ("经济开发区", "经开区"), ("综合保税区", "综保区"), ("管理委员会", "管委会"),
)
# What a development zone's name ends with: a zone, not a district, though it ends with 区.
ZONE_WORDS = r"开发区|高新区|经开区|综保区|保税区|园区|工业区|示范区|试验区|合作区"
# What governs a place (its 人民政府, the office that publishes for it) or a zone (its 管委会).
_GOVERNMENT = re.compile(r"人民政府(?:办公室)?$|政府$")
_ZONE_COMMITTEE = re.compile(r"(?<=区)管委会(?:办公室)?$")
# The governing body a full name writes after a bare township's or zone's name.
_GOVERNING_TAILS = ("人民政府", "办事处", "管理委员会", "管委会")
# A bare name is a unit's (镇, 街道, 分局, 教育局 …) and does not begin with a place or a level: a name
# placed in a county or a city (茗城县住建局, 市统计局) is completed from the region, not from here.
_UNIT = re.compile(r"(?:政府|局|委员会|委|厅|办公室|办事处|办|院|中心|街道|镇|乡|署|所|站|队|会|部|处|馆)$")
_PLACED = re.compile(r"^[" + HAN + r"]{0,8}?(?:县|市|区|旗|州|盟)")
# What a bare name's owner ends with: a place, or a unit it is part of.
_OWNER_END = re.compile(r"(?:县|市|区|旗|州|盟|局|委员会|委|厅|政府|管委会|镇|乡|街道|办事处)$")


def _short(name: str) -> str:
    flat = squash(name)
    for full, short in ABBREVIATIONS:
        flat = flat.replace(full, short)
    return flat


def canonical(name: str) -> str:
    """A name as the vocabulary shortens it, without what governs the place or zone it names."""
    return _GOVERNMENT.sub("", _ZONE_COMMITTEE.sub("", _short(name)))


def same_agency(a: str, b: str) -> bool:
    """青山县 and 青山县人民政府 are one agency, 椑州经开区 and 椑州经济技术开发区管理委员会 too; 青山县教育局
    is another."""
    return canonical(a) == canonical(b)


def written_short(name: str, full: str) -> bool:
    """Is ``name`` ``full`` written with the vocabulary's short words or without its zone's 管委会
    (椑州经开区, 椑州经济技术开发区管委会, 椑州经济技术开发区 for 椑州经济技术开发区管理委员会)?  A place
    without its 人民政府 (青山县) is not: the region decides how that is written."""
    plain = (_GOVERNMENT.sub("", squash(name)), _GOVERNMENT.sub("", squash(full)))
    return plain[0] != plain[1] and same_agency(name, full)


def bare_part(name: str, full: str) -> bool:
    """Is ``name`` the last part of ``full``, the unit itself without the place or the unit it belongs
    to (嶂东镇 of 嶂湾区嶂东镇人民政府, 桠东街道 of 桠州市桠东街道办事处, 榧南分局 of 榧城市自然资源和
    规划局榧南分局, 经开区分局 of 鄚州市医疗保障局经济开发区分局)?  Only at a whole name's boundary: 南分局 is
    no part of …榧南分局."""
    # Compared as the vocabulary shortens zones: 经开区分局 is the last part of …局经济开发区分局.  A
    # zone's short word (经开区, 高新区) ends with 区 but places nothing.
    name, full = _short(name), _short(full)
    if len(name) < 2 or (_PLACED.match(name) and not _ZONE_SHORT.match(name)) or not _UNIT.search(name):
        return False
    for tail in ("", *_GOVERNING_TAILS):
        whole = name + tail
        if len(full) > len(whole) and full.endswith(whole) and _OWNER_END.search(full[: -len(whole)]):
            return True
    return False


# A zone's short word alone at a name's start (经开区…, 高新区…), as a zone's own pages title its departments.
_ZONE_SHORT = re.compile(r"^(?:" + "|".join(sorted({short for _, short in ABBREVIATIONS if short != "管委会"},
                                                     key=len, reverse=True)) + r"|开发区)")
_ZONE_NAME = re.compile(r"^[" + HAN + r"]{1,20}?(?:" + ZONE_WORDS + r")")


def zone_department(name: str, zone: str) -> str | None:
    """A department named under a zone's short word without the zone's place (经开区社会事务局), written
    under the zone whose agency ``zone`` is (郯源经济开发区管理委员会 → 郯源经济开发区社会事务局) — when that
    zone is of the same kind (its short form ends with the same word); None otherwise.  The zone itself
    (经开区管委会, 经开区) is the zone: its name (``same_agency`` then says it is the portal's own)."""
    name, zone = squash(name), squash(zone)
    word, own = _ZONE_SHORT.match(name), _ZONE_NAME.match(zone)
    if word is None or own is None or not _short(own[0]).endswith(_short(word[0])):
        return None
    rest = _short(name[word.end():])
    if rest in ("", "管委会", "管委会办公室"):
        return own[0] + name[word.end():]
    if len(rest) < 2 or not _UNIT.search(rest):
        return None
    return own[0] + name[word.end():]


# What a bureau's own sub-unit ends with (湖西分局, 直属分局, 城关自然资源所, 第一中队, 城南监管站): a branch or
# station publishing under its bureau's name, never the bureau itself (nor its 办公室, which is the bureau).
_SUB_UNIT = re.compile(r"(?:局|所|队|站|分中心)$")
# Where a registered name's place ends (椋州市|市场监督管理局, 渚阳市芗湖区|税务局): the department follows.
_PLACE_END = re.compile(r"(?<=[县市区旗州盟])")


def own_unit(name: str, agency: str) -> str | None:
    """A sub-unit of the portal's own department named under the department without its place — as
    written (市场监督管理局城东分局 of 椋州市市场监督管理局), by its level only (区税务局第二分局 of 渚阳市芗湖区
    税务局) or short (市场监管局城东分局: the short name's characters in order, same first and last) —
    written under the department's full name (椋州市市场监督管理局城东分局); None otherwise: a name with
    its place (another city's bureau, or this one's written in full), another department's unit, the
    department alone."""
    name, agency = squash(name), squash(agency)
    if not _SUB_UNIT.search(name) or _GOVERNMENT.search(agency) or not agency.endswith(("局", "委员会", "委")):
        return None
    for place in _PLACE_END.finditer(agency):
        department, level = agency[place.start():], agency[place.start() - 1]
        # A level-only name (区税务局…) begins with the place's last character.
        for start in (0, 1) if name[0] == level else (0,):
            if _is_written(name[start:], department):
                return None  # the department itself (a branch's own portal, named without its place)
            for end in range(start + 3, len(name) - 1):
                head, rest = name[start:end], name[end:]
                if _is_written(head, department) and _SUB_UNIT.search(rest):
                    return agency + rest
    return None


def _is_written(head: str, department: str) -> bool:
    """``head`` is ``department`` written out or short (市场监管局 for 市场监督管理局): same first and last
    character, every one of its characters in order."""
    if head == department:
        return True
    rest = iter(department)
    return head[0] == department[0] and head[-1] == department[-1] and all(ch in rest for ch in head)
