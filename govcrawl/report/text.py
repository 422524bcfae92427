"""Plain and markdown text: decoding, and the page chrome that text copies of pages carry.

Chrome lines (portals.md §3) are removed wherever they stand alone; after the report's last
section the first footer marker ends the report.  Lines that merely *mention* a phone number or
fax (联系电话, 传真) are report content and stay.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from govcrawl.report.document import Document
from govcrawl.report.normalize import nfkc

# Whole lines that are page chrome, never report content.
_CHROME_LINE = re.compile(
    r"^(?:"
    r"扫一扫在手机(?:上)?打开当前页面?|打印本页|关闭窗口|【?打印】?【?关闭】?|【打印】【下载】|【查看评论】|返回顶部|收藏"
    r"|相关(?:解读|稿件|文档|附件|链接)|上一篇[:：]?.*|下一篇[:：]?.*|分享到[:：]?.*"
    r"|.{0,20}无障碍(?:阅读|浏览).{0,30}|(?:进入|关闭)(?:适老|长者)模式.*|今天是[:：]?.{0,40}"
    r"|字(?:体|号)[:：]?\s*[【\[]?\s*大\s*中\s*小\s*[】\]]?.*|浏览字号.*|浏览次数[:：]?\s*\d*"
    r"|Baidu|map|百度地图|地图"
    r"|网站标识码.*|.*ICP备\s*\d+.*|.*公网安备.*|版权所有.*|主办单位[:：].*|承办单位[:：].*|技术支持[:：].*"
    r"|网站地图|联系我们|设为首页|加入收藏|您是第\s*\d*\s*位访客.*|本站已支持IPV6访问|【我要纠错】.*"
    r")$"
)
# After the last section these start the page footer: everything from there on is chrome.
_FOOTER_START = re.compile(
    r"^(?:扫一扫在手机(?:上)?打开当前页|网站标识码|版权所有|主办单位|网站地图|相关解读|上一篇|分享到)"
)
# Chrome fused into a metadata line: "日期:2021-02-19浏览次数:5384".
_INLINE_CHROME = re.compile(r"\s*(?:浏览次数|点击数|阅读次数|访问量)[:：]?\s*\d*\s*|\s*【字体[:：].*$|\s*字号[:：].*$")
# Page-number furniture of PDF text (D17).
_PAGE_LINE = re.compile(r"^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d+\s*页\s*(?:共\s*\d+\s*页)?)\s*$")


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode text bytes: BOM, declared charset, UTF-8, then detection (GBK family included)."""
    flags: list[str] = []
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), flags
    candidates = list(dict.fromkeys(c for c in (normalise_charset(declared), "utf-8") if c))
    for enc in candidates:
        try:
            return data.decode(enc), flags
        except (UnicodeDecodeError, LookupError):
            if enc == candidates[0] and declared:
                flags.append("charset_mismatch")
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        enc = normalise_charset(best.encoding) or best.encoding
        try:
            return data.decode(enc), flags
        except (UnicodeDecodeError, LookupError):
            pass
    flags.append("undecodable_bytes")
    return data.decode("gb18030", errors="replace"), flags


def normalise_charset(name: str | None) -> str | None:
    """GB2312 and GBK labels are decoded as GB18030, their superset (pages declare the wrong one)."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in ("gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "gb18030", "euc-cn", "hz-gb-2312"):
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def clean_lines(text: str, *, section_six_seen: bool = False) -> list[str]:
    """Split into lines and drop chrome; stop at the footer once section 六 has started."""
    out: list[str] = []
    six = section_six_seen
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        # Keep tabs: leading and trailing empty cells of tab-separated rows are positions (D16).
        line = raw.strip(" \u3000\xa0")
        if not line.strip():
            out.append("")
            continue
        flat = nfkc(line).replace(" ", "")
        if flat.startswith("六、") and "其他需要报告" in flat:
            six = True
        if six and _FOOTER_START.match(flat):
            break
        if _CHROME_LINE.match(flat) or _PAGE_LINE.match(flat):
            continue
        line = _INLINE_CHROME.sub("", line).strip(" \u3000\xa0")
        if line.strip():
            out.append(line)
    return out


def read_text(data: bytes, declared: str | None = None) -> Document:
    text, flags = decode_text(data, declared)
    return Document(media_type="text/plain", text=text, flags=flags)
