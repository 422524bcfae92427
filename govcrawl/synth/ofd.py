"""OFD renderings of a report, written the way PDF/Word→OFD converters write them.

``render_ofd(doc, rng)`` lays the report out with ``render_pdf`` and converts each page as a
converter does: every run of characters on a line becomes a ``TextObject`` (boundary around the
run, baseline ``TextCode`` with per-character ``DeltaX``, repeats compacted as ``g n v``), every
rule or rectangle becomes a ``PathObject``.  The rng picks what differs between real converters:
``ofd:`` prefixes or a default namespace, one ``PathObject`` per rule or one per page holding every
rule as subpaths, rules drawn as strokes or as thin filled boxes, coordinates scaled by a ``CTM``
(paths in points), pages wrapped in ``PageBlock``s, a page template carrying the page number.
``render_text_ofd`` is the other kind of exporter: the report's text, one object per line, no
rules.  The reader (``govcrawl.report.ofd``) shares none of this code.
"""

from __future__ import annotations

import io
import itertools
import random
import zipfile
from dataclasses import dataclass
from html import escape
from typing import Any

from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf
from govcrawl.synth.rendercache import kept
from govcrawl.synth.text import render_report_text

MM_PER_PT = 25.4 / 72
NS = "http://www.ofdspec.org/2016"


@dataclass(frozen=True)
class Converter:
    prefixed: bool  # <ofd:Page xmlns:ofd=…> or <Page xmlns=…>
    one_path_per_page: bool
    thin_boxes: bool  # rules as filled 0.2 mm boxes instead of strokes
    ctm_points: bool  # path coordinates in points under a CTM
    page_blocks: bool

    @classmethod
    def pick(cls, rng: random.Random) -> Converter:
        return cls(*(rng.random() < 0.5 for _ in range(5)))

    def tag(self, name: str) -> str:
        return f"ofd:{name}" if self.prefixed else name

    def root(self, name: str, attrs: str, body: str) -> str:
        xmlns = f'xmlns:ofd="{NS}"' if self.prefixed else f'xmlns="{NS}"'
        return f'<?xml version="1.0" encoding="UTF-8"?><{self.tag(name)} {xmlns}{attrs}>{body}</{self.tag(name)}>'


def _mm(value: float) -> str:
    return f"{value * MM_PER_PT:.3f}".rstrip("0").rstrip(".")


def _pt(value: float) -> str:
    return f"{value:.2f}"


def compact_deltas(values: list[str]) -> str:
    """``DeltaX`` as converters write it: a run of equal advances as ``g n v``."""
    out: list[str] = []
    i = 0
    while i < len(values):
        j = i
        while j < len(values) and values[j] == values[i]:
            j += 1
        out.append(f"g {j - i} {values[i]}" if j - i > 1 else values[i])
        i = j
    return " ".join(out)


def _runs(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Characters grouped into runs: same baseline, same size, no gap wider than a character."""
    runs: list[list[dict[str, Any]]] = []
    for char in sorted(chars, key=lambda c: (round(float(c["bottom"]), 1), float(c["x0"]))):
        last = runs[-1][-1] if runs else None
        if (last is not None and abs(float(last["bottom"]) - float(char["bottom"])) < 0.5
                and abs(float(last["size"]) - float(char["size"])) < 0.1
                and 0 <= float(char["x0"]) - float(last["x1"]) < float(char["size"]) * 0.6):
            runs[-1].append(char)
        else:
            runs.append([char])
    return runs


class _PageWriter:
    def __init__(self, conv: Converter, first_id: int) -> None:
        self.conv = conv
        self.next_id = first_id
        self.objects: list[str] = []

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def text(self, run: list[dict[str, Any]]) -> None:
        t = self.conv.tag
        x0, top = float(run[0]["x0"]), min(float(c["top"]) for c in run)
        x1, bottom = float(run[-1]["x1"]), max(float(c["bottom"]) for c in run)
        size = float(run[0]["size"])
        baseline = float(run[0]["bottom"]) - size * 0.15 - top
        advances = [_mm(float(b["x0"]) - float(a["x0"])) for a, b in itertools.pairwise(run)]
        delta = f' DeltaX="{compact_deltas(advances)}"' if advances else ""
        text = escape("".join(str(c["text"]) for c in run))
        self.objects.append(
            f'<{t("TextObject")} ID="{self.new_id()}" Boundary="{_mm(x0)} {_mm(top)} {_mm(x1 - x0 + size)} '
            f'{_mm(bottom - top)}" Font="3" Size="{_mm(size)}"><{t("FillColor")} Value="0 0 0"/>'
            f'<{t("TextCode")} X="0" Y="{_mm(baseline)}"{delta}>{text}</{t("TextCode")}></{t("TextObject")}>')

    def rules(self, segments: list[tuple[float, float, float, float]]) -> None:
        """Axis-parallel segments (x0, y0, x1, y1) in points, page coordinates."""
        if self.conv.one_path_per_page and not self.conv.thin_boxes:
            self._stroke(segments)
            return
        for segment in segments:
            if self.conv.thin_boxes:
                self._box(segment)
            else:
                self._stroke([segment])

    def _stroke(self, segments: list[tuple[float, float, float, float]]) -> None:
        if not segments:
            return
        t = self.conv.tag
        left = min(min(s[0], s[2]) for s in segments)
        top = min(min(s[1], s[3]) for s in segments)
        right = max(max(s[0], s[2]) for s in segments)
        bottom = max(max(s[1], s[3]) for s in segments)
        # In points under a CTM that scales them to millimetres, or in millimetres.
        unit = _pt if self.conv.ctm_points else _mm
        ctm = f' CTM="{MM_PER_PT:.6f} 0 0 {MM_PER_PT:.6f} 0 0"' if self.conv.ctm_points else ""
        data = " ".join(f"M {unit(x0 - left)} {unit(y0 - top)} L {unit(x1 - left)} {unit(y1 - top)}"
                        for x0, y0, x1, y1 in segments)
        self.objects.append(
            f'<{t("PathObject")} ID="{self.new_id()}" Boundary="{_mm(left)} {_mm(top)} {_mm(right - left + 1)} '
            f'{_mm(bottom - top + 1)}" LineWidth="0.25"{ctm}><{t("StrokeColor")} Value="0 0 0"/>'
            f'<{t("AbbreviatedData")}>{data}</{t("AbbreviatedData")}></{t("PathObject")}>')

    def _box(self, segment: tuple[float, float, float, float]) -> None:
        t = self.conv.tag
        x0, y0, x1, y1 = segment
        w, h = max(abs(x1 - x0), 0.57), max(abs(y1 - y0), 0.57)  # 0.2 mm
        left, top = min(x0, x1) - (0.28 if w < 1 else 0), min(y0, y1) - (0.28 if h < 1 else 0)
        self.objects.append(
            f'<{t("PathObject")} ID="{self.new_id()}" Boundary="{_mm(left)} {_mm(top)} {_mm(w)} {_mm(h)}" '
            f'Stroke="false" Fill="true"><{t("FillColor")} Value="0 0 0"/><{t("AbbreviatedData")}>'
            f'M 0 0 L {_mm(w)} 0 L {_mm(w)} {_mm(h)} L 0 {_mm(h)} C</{t("AbbreviatedData")}></{t("PathObject")}>')

    def content(self) -> str:
        t = self.conv.tag
        body = "".join(self.objects)
        if self.conv.page_blocks:
            body = f'<{t("PageBlock")} ID="{self.new_id()}">{body}</{t("PageBlock")}>'
        return f'<{t("Content")}><{t("Layer")} ID="{self.new_id()}" Type="Body">{body}</{t("Layer")}></{t("Content")}>'


def _segments(page: Any) -> list[tuple[float, float, float, float]]:
    out: list[tuple[float, float, float, float]] = []
    for line in page.lines:
        out.append((float(line["x0"]), float(line["top"]), float(line["x1"]), float(line["bottom"])))
    for rect in page.rects:
        if not rect.get("stroke"):
            continue
        x0, top, x1, bottom = (float(rect[k]) for k in ("x0", "top", "x1", "bottom"))
        out += [(x0, top, x1, top), (x1, top, x1, bottom), (x0, bottom, x1, bottom), (x0, top, x0, bottom)]
    return out


@kept
def render_ofd(doc: ReportDoc, rng: random.Random | None = None, converter: Converter | None = None) -> bytes:
    """An OFD package of the report (see the module docstring); ``converter`` fixes the
    converter's habits, else the rng picks them."""
    import pdfplumber

    rng = rng or random.Random(0)
    conv = converter or Converter.pick(rng)
    t = conv.tag
    pdf = render_pdf(doc, random.Random(rng.random()))
    members: dict[str, str] = {}
    page_refs: list[str] = []
    next_id = 10
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        for number, page in enumerate(opened.pages):
            writer = _PageWriter(conv, next_id)
            for run in _runs([c for c in page.chars if str(c["text"]).strip()]):
                writer.text(run)
            writer.rules(_segments(page))
            next_id = writer.next_id + 1
            members[f"Doc_0/Pages/Page_{number}/Content.xml"] = conv.root("Page", "", writer.content())
            page_refs.append(f'<{t("Page")} ID="{next_id}" BaseLoc="Pages/Page_{number}/Content.xml"/>')
            next_id += 1
    year = doc.year + 1
    members["OFD.xml"] = conv.root(
        "OFD", ' Version="1.1" DocType="OFD"',
        f'<{t("DocBody")}><{t("DocInfo")}><{t("DocID")}>{rng.getrandbits(128):032x}</{t("DocID")}>'
        f'<{t("Title")}>{escape(doc.title)}</{t("Title")}><{t("CreationDate")}>{year}-01-{rng.randint(10, 28)}'
        f'</{t("CreationDate")}></{t("DocInfo")}><{t("DocRoot")}>Doc_0/Document.xml</{t("DocRoot")}></{t("DocBody")}>')
    members["Doc_0/Document.xml"] = conv.root(
        "Document", "",
        f'<{t("CommonData")}><{t("MaxUnitID")}>{next_id}</{t("MaxUnitID")}><{t("PageArea")}><{t("PhysicalBox")}>'
        f'0 0 210 297</{t("PhysicalBox")}></{t("PageArea")}><{t("PublicRes")}>PublicRes.xml</{t("PublicRes")}>'
        f'</{t("CommonData")}><{t("Pages")}>{"".join(page_refs)}</{t("Pages")}>')
    members["Doc_0/PublicRes.xml"] = conv.root(
        "Res", ' BaseLoc="Res"',
        f'<{t("Fonts")}><{t("Font")} ID="3" FontName="仿宋_GB2312" FamilyName="仿宋"/></{t("Fonts")}>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", members.pop("OFD.xml"))  # OFD.xml first, as converters write it
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def render_text_ofd(doc: ReportDoc, rng: random.Random) -> bytes:
    """An OFD as a plain-text exporter writes it: one page, one ``TextObject`` per line of the
    report's text (tables as tab-separated lines, no rules, no ``DeltaX``); member timestamps fixed,
    so the bytes never change."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    lines = [line for line in render_report_text(doc, "tabs", rng).splitlines() if line.strip()]
    objects = "".join(
        f'<ofd:TextObject ID="{10 + i}" Boundary="20 {20 + 6 * i} 170 6" Font="3" Size="3.7">'
        f'<ofd:TextCode X="0" Y="4">{escape(line)}</ofd:TextCode></ofd:TextObject>'
        for i, line in enumerate(lines)
    )
    stamp = (doc.year + 1, 1, 26, 10, 0, 0)
    members = {
        "OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.1" DocType="OFD"><ofd:DocBody>'
                   f"<ofd:DocInfo><ofd:DocID>{rng.getrandbits(128):032x}</ofd:DocID><ofd:Title>{escape(doc.title)}"
                   f"</ofd:Title><ofd:CreationDate>{doc.year + 1}-01-26</ofd:CreationDate></ofd:DocInfo>"
                   "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:CommonData>'
                              f"<ofd:MaxUnitID>{10 + len(lines)}</ofd:MaxUnitID><ofd:PageArea>"
                              "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
                              "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>"
                              '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/PublicRes.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {ns} BaseLoc="Res"><ofd:Fonts>'
                               '<ofd:Font ID="3" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>',
        "Doc_0/Pages/Page_0/Content.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Content>'
                                          f'<ofd:Layer ID="2">{objects}</ofd:Layer></ofd:Content></ofd:Page>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=stamp), text.encode("utf-8"),
                             compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
