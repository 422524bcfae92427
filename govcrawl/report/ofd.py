"""OFD reader (GB/T 33190 fixed-layout documents): bytes of an OFD package → ``Document``.

An OFD is a zip of XML: ``OFD.xml`` names the document root (``DocBody/DocRoot``), whose
``Document.xml`` lists the pages (``Pages/Page/@BaseLoc``) and page templates; each page's
``Content.xml`` holds layers of objects placed in millimetres from the page's top-left corner:

* ``TextObject``: ``Boundary="x y w h"``, optional ``CTM``, ``Size``; its ``TextCode`` elements put
  their text at ``X``/``Y`` (the baseline) inside the boundary, each next character ``DeltaX`` to
  the right (``g n v`` repeats ``v`` n times).
* ``PathObject``: ``AbbreviatedData`` (``M``/``L``/``Q``/``B``/``A``/``C``) inside its boundary; the
  straight, axis-parallel strokes are a table's rules (a converter draws a cell border as a line,
  a rectangle, or a thin filled box).
* ``PageBlock`` groups objects (read recursively); templates are read behind their page.

The characters and rules become pdfplumber's objects (in points), and pdfplumber's own ruling-line
table finder builds the grids, so an OFD table is read exactly as the same table in a PDF (same
tolerances, same merged-cell convention, same text layout per cell).  Text outside tables is read
line by line from top to bottom, as the PDF reader does.

Bounded like the other readers: members inflated with budgets that ignore the declared sizes
(``inflate.inflate_zip``), XML parsed without entities or network, pages, objects per page and
characters capped (``limits``), and no path followed outside the package.
"""

from __future__ import annotations

import itertools
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

from govcrawl.report import limits
from govcrawl.report.document import Document, Grid, ReadError
from govcrawl.report.inflate import ZipRefused, inflate_zip

MEDIA_TYPE = "application/ofd"
PT_PER_MM = 72 / 25.4
# Objects on one page beyond which the page is not read (a real page has a few thousand).
MAX_OBJECTS_PER_PAGE = 20_000
# The pdfplumber settings the PDF reader uses (tolerances in points).
_TABLE_SETTINGS: dict[str, Any] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}
# A stroke counts as a rule when it is straight and axis-parallel within this (mm), and a filled
# box this thin or thinner is itself a rule.
_AXIS_TOL_MM = 0.3
_THIN_BOX_MM = 0.8
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")


def read_ofd(data: bytes) -> Document:
    """Read an OFD package into a ``Document`` (see the module docstring)."""
    limits.ensure_input_size(data, "OFD")
    try:
        members = inflate_zip(data)
    except ZipRefused as exc:
        reason = "zip_bomb" if exc.reason == "zip_bomb" else "unreadable_ofd"
        raise ReadError(reason, f"not a readable OFD: {exc}") from exc
    package = _Package(members)
    root = package.xml("OFD.xml")
    body = _first(root, "DocBody")
    doc_root = _text(_first(body, "DocRoot")) if body is not None else ""
    if not doc_root:
        raise ReadError("unreadable_ofd", "not a readable OFD: OFD.xml names no DocRoot")
    document_path = package.resolve("OFD.xml", doc_root)
    document = package.xml(document_path)

    doc = Document(media_type=MEDIA_TYPE)
    info = _first(body, "DocInfo") if body is not None else None
    if info is not None:
        doc.title = _text(_first(info, "Title")) or None
        date = _DATE.match(_text(_first(info, "ModDate")) or _text(_first(info, "CreationDate")))
        if date:
            doc.published = f"{date[1]}-{int(date[2]):02d}-{int(date[3]):02d}"

    templates = {t.get("ID", ""): package.resolve(document_path, t.get("BaseLoc", ""))
                 for t in _all(document, "TemplatePage")}
    pages = [package.resolve(document_path, p.get("BaseLoc", "")) for p in _all(_first(document, "Pages"), "Page")]
    default_height = _page_height(_first(document, "CommonData"), 297.0)
    if not pages:
        raise ReadError("unreadable_ofd", "not a readable OFD: the document lists no page")
    lines: list[str] = []
    chars_left = limits.MAX_TEXT_CHARS
    for number, path in enumerate(pages, start=1):
        if number > limits.MAX_PDF_PAGES:
            _add(doc.flags, "page_limit")
            break
        try:
            page = package.xml(path)
            objects = _PageObjects()
            for template in _all(page, "Template"):
                template_path = templates.get(template.get("TemplateID", ""))
                if template_path:
                    objects.read(package.xml(template_path))
            objects.read(page)
        except _PageTooBig:
            _add(doc.flags, "table_limit")
            continue
        except ReadError:
            _add(doc.flags, "page_error")
            continue
        page_lines, grids = _read_page(objects, _page_height(_first(page, "Area"), default_height))
        doc.tables.extend(grids)
        doc.image_count += objects.images
        for line in page_lines:
            if chars_left <= 0:
                break
            lines.append(line[:chars_left])
            chars_left -= len(line) + 1
        if chars_left <= 0:
            _add(doc.flags, "text_limit")
            break
    doc.text = "\n".join(lines)
    return doc


# ---------------------------------------------------------------------------------------------
# The package


class _Package:
    """The zip's members by normalised path (OFD paths are case-insensitive in practice)."""

    def __init__(self, members: dict[str, bytes]) -> None:
        self.members = {name.strip("/").lower(): content for name, content in members.items()}

    @staticmethod
    def resolve(base: str, location: str) -> str:
        """``location`` as written in the file at ``base``: absolute from the package root when
        it starts with ``/``, else relative to ``base``'s folder.  Never outside the package."""
        location = location.strip().replace("\\", "/")
        joined = location if location.startswith("/") else posixpath.join(posixpath.dirname(base), location)
        normal = posixpath.normpath("/" + joined.lstrip("/"))
        return normal.lstrip("/")

    def xml(self, path: str) -> Any:
        from lxml import etree

        content = self.members.get(path.lower())
        if content is None:
            raise ReadError("unreadable_ofd", f"not a readable OFD: {path!r} is missing from the package")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
        try:
            root = etree.fromstring(content, parser)
        except etree.XMLSyntaxError as exc:
            raise ReadError("unreadable_ofd", f"not a readable OFD: {path!r} is not XML ({exc})") from exc
        for element in root.iter():
            if isinstance(element.tag, str):
                element.tag = etree.QName(element).localname  # ofd: prefixes vary between writers
        return root


def _page_height(area: Any, default: float) -> float:
    """Height (mm) of a ``PageArea``/``Area``'s physical box."""
    box = numbers(_text(area.find(".//PhysicalBox"))) if area is not None else []
    return box[3] if len(box) == 4 and box[3] > 0 else default


def _first(element: Any, tag: str) -> Any:
    return None if element is None else element.find(tag)


def _all(element: Any, tag: str) -> list[Any]:
    return [] if element is None else list(element.iter(tag))


def _text(element: Any) -> str:
    return "" if element is None else "".join(element.itertext()).strip()


def _add(flags: list[str], flag: str) -> None:
    if flag not in flags:
        flags.append(flag)


# ---------------------------------------------------------------------------------------------
# Page objects → pdfplumber chars and edges (points, origin top-left)


class _PageTooBig(Exception):
    pass


def numbers(text: str | None) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text or "")]


def deltas(text: str | None, wanted: int) -> list[float]:
    """The first ``wanted`` numbers of a ``DeltaX``/``DeltaY``, where ``g n v`` stands for ``v``
    repeated ``n`` times (a declared ``n`` is never trusted beyond ``wanted``)."""
    out: list[float] = []
    tokens = (text or "").split()
    i = 0
    while i < len(tokens) and len(out) < wanted:
        if tokens[i] == "g" and i + 2 < len(tokens) and _NUMBER.fullmatch(tokens[i + 1]) \
                and _NUMBER.fullmatch(tokens[i + 2]):
            count = min(int(float(tokens[i + 1])), wanted - len(out))
            out.extend([float(tokens[i + 2])] * max(count, 0))
            i += 3
            continue
        if _NUMBER.fullmatch(tokens[i]):
            out.append(float(tokens[i]))
        i += 1
    return out


@dataclass
class _Placement:
    """Where an object's own coordinates land on the page: CTM, then the boundary's origin."""

    x: float
    y: float
    ctm: tuple[float, float, float, float, float, float] = (1, 0, 0, 1, 0, 0)

    @classmethod
    def of(cls, element: Any) -> _Placement:
        box = numbers(element.get("Boundary"))
        ctm = numbers(element.get("CTM"))
        x, y = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
        if len(ctm) == 6:
            return cls(x, y, (ctm[0], ctm[1], ctm[2], ctm[3], ctm[4], ctm[5]))
        return cls(x, y)

    def point(self, px: float, py: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.ctm
        return self.x + a * px + c * py + e, self.y + b * px + d * py + f

    @property
    def scale(self) -> float:
        a, b, c, d, _, _ = self.ctm
        return float(max(abs(a * d - b * c), 1e-9) ** 0.5)


@dataclass
class _PageObjects:
    chars: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    images: int = 0
    count: int = 0

    def read(self, page: Any) -> None:
        for layer in _all(_first(page, "Content"), "Layer"):
            for element in layer.iter("TextObject", "PathObject", "ImageObject"):
                self.count += 1
                if self.count > MAX_OBJECTS_PER_PAGE:
                    raise _PageTooBig
                if element.tag == "TextObject":
                    self._text(element)
                elif element.tag == "PathObject":
                    self._path(element)
                else:
                    box = numbers(element.get("Boundary"))
                    if len(box) == 4 and min(box[2], box[3]) * PT_PER_MM >= 16:
                        self.images += 1

    def _text(self, element: Any) -> None:
        place = _Placement.of(element)
        size = (numbers(element.get("Size")) or [3.5])[0] * place.scale
        x = y = 0.0
        for code in element.iter("TextCode"):
            text = "".join(code.itertext())
            if not text:
                continue
            x = (numbers(code.get("X")) or [x])[0]
            y = (numbers(code.get("Y")) or [y])[0]
            dx, dy = deltas(code.get("DeltaX"), len(text)), deltas(code.get("DeltaY"), len(text))
            for i, char in enumerate(text):
                if len(self.chars) >= limits.MAX_PDF_CHARS_PER_PAGE:
                    raise _PageTooBig
                # Without DeltaX the writer promises nothing: a full-width advance for CJK, half
                # for the rest (only used to place a run that is not one cell's text).
                advance = dx[i] if i < len(dx) else (size if ord(char) > 0x2E80 else size / 2) / place.scale
                px, py = place.point(x, y)
                width = min(abs(advance) * place.scale, size) if advance else size / 2
                if not char.isspace():
                    self.chars.append(_char(char, px, py, width, size))
                x += advance
                if i < len(dy):
                    y += dy[i]

    def _path(self, element: Any) -> None:
        place = _Placement.of(element)
        stroke = element.get("Stroke", "true").lower() != "false"
        fill = element.get("Fill", "false").lower() == "true"
        points = _subpaths(_first(element, "AbbreviatedData"))
        if stroke:
            for path in points:
                for (x0, y0), (x1, y1) in itertools.pairwise(path):
                    self._segment(place.point(x0, y0), place.point(x1, y1))
        elif fill:
            for path in points:
                xs = [place.point(px, py) for px, py in path]
                if len(xs) < 2:
                    continue
                left, right = min(p[0] for p in xs), max(p[0] for p in xs)
                top, bottom = min(p[1] for p in xs), max(p[1] for p in xs)
                if bottom - top <= _THIN_BOX_MM and right - left > _THIN_BOX_MM:
                    mid = (top + bottom) / 2
                    self._segment((left, mid), (right, mid))
                elif right - left <= _THIN_BOX_MM and bottom - top > _THIN_BOX_MM:
                    mid = (left + right) / 2
                    self._segment((mid, top), (mid, bottom))

    def _segment(self, a: tuple[float, float], b: tuple[float, float]) -> None:
        (x0, y0), (x1, y1) = a, b
        if abs(y1 - y0) <= _AXIS_TOL_MM and abs(x1 - x0) > _AXIS_TOL_MM:
            y = (y0 + y1) / 2 * PT_PER_MM
            left, right = sorted((x0 * PT_PER_MM, x1 * PT_PER_MM))
            self.edges.append({"object_type": "line", "orientation": "h", "x0": left, "x1": right,
                               "top": y, "bottom": y, "width": right - left, "height": 0.0})
        elif abs(x1 - x0) <= _AXIS_TOL_MM and abs(y1 - y0) > _AXIS_TOL_MM:
            x = (x0 + x1) / 2 * PT_PER_MM
            top, bottom = sorted((y0 * PT_PER_MM, y1 * PT_PER_MM))
            self.edges.append({"object_type": "line", "orientation": "v", "x0": x, "x1": x,
                               "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top})
        if len(self.edges) > limits.MAX_PDF_EDGES_PER_PAGE:
            raise _PageTooBig


def _char(text: str, x: float, baseline: float, width: float, size: float) -> dict[str, Any]:
    top, bottom = (baseline - size * 0.85) * PT_PER_MM, (baseline + size * 0.15) * PT_PER_MM
    x0, x1 = x * PT_PER_MM, (x + width) * PT_PER_MM
    return {"object_type": "char", "text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "doctop": top, "width": x1 - x0, "height": bottom - top, "size": size * PT_PER_MM,
            "upright": True, "fontname": "", "matrix": (1, 0, 0, 1, x0, bottom)}


def _subpaths(data: Any) -> list[list[tuple[float, float]]]:
    """The vertices of each subpath of an ``AbbreviatedData``; curves keep only their end point
    (they are never rules), ``C`` closes the subpath."""
    tokens = _text(data).split()
    paths: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    arity = {"M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0, "S": 2}
    i = 0
    while i < len(tokens):
        command = tokens[i]
        need = arity.get(command)
        if need is None:
            i += 1
            continue
        args = [float(t) for t in tokens[i + 1:i + 1 + need] if _NUMBER.fullmatch(t)]
        i += 1 + need
        if len(args) < need:
            break
        if command in ("M", "S"):
            if len(current) > 1:
                paths.append(current)
            current = [(args[0], args[1])]
        elif command == "C":
            if current:
                current.append(current[0])
                paths.append(current)
                current = [current[0]]
        elif command == "L":
            current.append((args[0], args[1]))
        else:  # a curve or arc: move on to its end, with no straight stroke to it
            if len(current) > 1:
                paths.append(current)
            current = [(args[-2], args[-1])]
    if len(current) > 1:
        paths.append(current)
    return paths


# ---------------------------------------------------------------------------------------------
# Page → text lines and grids


class _Page:
    """What pdfplumber's table finder asks of a page."""

    def __init__(self, chars: list[dict[str, Any]], edges: list[dict[str, Any]]) -> None:
        self.chars = chars
        self.edges = edges
        right = max([c["x1"] for c in chars] + [e["x1"] for e in edges] + [1.0])
        bottom = max([c["bottom"] for c in chars] + [e["bottom"] for e in edges] + [1.0])
        self.bbox = (0.0, 0.0, right, bottom)


def _read_page(objects: _PageObjects, height_mm: float) -> tuple[list[str], list[Grid]]:
    from pdfplumber.table import TableFinder
    from pdfplumber.utils.text import chars_to_textmap

    from govcrawl.report.pdf import clean_grid, grid_lines, is_data_table, is_page_number

    page = _Page(objects.chars, objects.edges)
    tables: list[tuple[tuple[float, float, float, float], Grid]] = []
    if objects.edges:
        for table in TableFinder(page, _TABLE_SETTINGS).tables:  # type: ignore[arg-type]
            grid = clean_grid(table.extract())
            if is_data_table(grid):
                x0, top, x1, bottom = table.bbox
                tables.append(((float(x0), float(top), float(x1), float(bottom)), grid))
    boxes = [bbox for bbox, _ in tables]
    free = [c for c in objects.chars if not _inside_any(c, boxes)]
    items: list[tuple[float, int, list[str]]] = []
    if free:
        height = height_mm * PT_PER_MM
        for line in chars_to_textmap(free).extract_text_lines(strip=True, return_chars=False):
            text = str(line["text"]).strip()
            if text and not is_page_number(text, float(line["top"]), float(line["bottom"]), height):
                items.append((float(line["top"]), 0, [text]))
    for bbox, grid in tables:
        items.append((bbox[1], 1, grid_lines(grid)))
    items.sort(key=lambda item: (item[0], item[1]))
    return [text for _, _, texts in items for text in texts], [grid for _, grid in tables]


def _inside_any(char: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)
