"""Report-level findings: injected spam, legacy (pre-2019) reports, picture-only reports.

The spam lexicon lists brand names and phrases of gambling and porn sites that hacked portals
carry (portals.md §3.1).  It deliberately avoids words that real reports use (体育, 彩票 in a
civil-affairs report, 老虎机 or 色情 in a culture bureau's enforcement figures).
"""

from __future__ import annotations

import re

from govcrawl.report.normalize import squash

SPAM_TERMS = (
    "凯发一触即发", "凯发k8", "凯发娱乐", "凯发国际", "新葡京", "澳门威尼斯人", "威尼斯人娱乐",
    "太阳城集团", "太阳城娱乐",
    "百家乐", "真人娱乐", "真人视讯", "老虎机", "六合彩", "时时彩", "北京赛车pk10", "北京赛车", "开云体育", "开云官网",
    "乐鱼体育", "爱游戏体育", "九游会", "亚博体育", "必威体育", "bet365", "皇冠体育", "麻将胡了", "体育投注",
    "网上赌场", "在线赌场", "kaiyun", "ag真人", "pg电子", "成人视频", "约炮", "av女优", "裸聊",
)
_SPAM = re.compile("|".join(re.escape(t) for t in SPAM_TERMS), re.I)

# Headings of the free-form 2008-era reports (report-format.md §10 fallback).
_LEGACY_HEADINGS = ("概述", "主动公开政府信息情况", "依申请公开政府信息情况", "咨询处理情况", "收费及减免", "附表",
                    "因政府信息公开申请行政复议", "政府信息公开的收费及减免情况")


def spam_terms(texts: list[str]) -> list[str]:
    found: list[str] = []
    for text in texts:
        for match in _SPAM.finditer(squash(text)):
            term = match.group(0)
            if term not in found:
                found.append(term)
    return found


def looks_legacy(lines: list[str], year: int | None) -> bool:
    if year is not None and year <= 2018:
        return True
    flat = [squash(line) for line in lines[:400]]
    hits = sum(1 for line in flat if len(line) < 40 and any(h in line for h in _LEGACY_HEADINGS))
    return hits >= 3 and not any(line.startswith("三、收到和处理政府信息公开申请") for line in flat)
