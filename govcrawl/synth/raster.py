"""Pictures of synthetic reports, as a scanner or a screenshot would give them (OCR tests and
``benchmarks/bench_ocr.py``).

``rasterise`` renders pages of a born-digital report PDF (``synth.pdf.render_pdf``) with poppler's
``pdftoppm``, which draws the PDF's non-embedded CJK font with the system's (``.ci/install-ocr.sh``
installs poppler-utils and a CJK font).  ``degrade`` applies the scan defects the OCR targets name:
blur, a 2° skew, JPEG quality 40.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Literal

from PIL import Image, ImageFilter

Condition = Literal["clean", "blur", "skew", "jpeg", "combined"]
CONDITIONS: tuple[Condition, ...] = ("clean", "blur", "skew", "jpeg", "combined")


def available() -> bool:
    return shutil.which("pdftoppm") is not None


def table_pages(pdf: bytes) -> list[int]:
    """1-based numbers of the title page and of the pages that hold a ruled table."""
    import pdfplumber

    keep = [1]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for number, page in enumerate(doc.pages, start=1):
            if number > 1 and page.find_tables():
                keep.append(number)
    return keep


def rasterise(pdf: bytes, pages: list[int], dpi: int = 150) -> list[Image.Image]:
    """Grey pictures of the given 1-based pages."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.pdf"
        path.write_bytes(pdf)
        for number in pages:
            stem = Path(tmp) / f"page{number}"
            done = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(number), "-l",
                                   str(number), "-singlefile", str(path), str(stem)],
                                  check=True, timeout=120, capture_output=True)
            if b"Missing language pack" in done.stderr:
                # Without poppler-data the CJK font's glyphs are not drawn: a blank page would be
                # measured as a report whose every cell is null.
                raise RuntimeError("pdftoppm cannot draw the CJK font: install poppler-data (.ci/install-ocr.sh)")
            with Image.open(stem.with_suffix(".png")) as image:
                out.append(image.convert("L"))
    return out


def degrade(image: Image.Image, condition: Condition) -> Image.Image:
    if condition in ("blur", "combined"):
        image = image.filter(ImageFilter.GaussianBlur(1.2))
    if condition in ("skew", "combined"):
        image = image.rotate(2.0, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if condition in ("jpeg", "combined"):
        buf = io.BytesIO()
        image.save(buf, format="JPEG", quality=40)
        image = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return image


def scanned_pdf(pages: list[Image.Image]) -> bytes:
    """An image-only PDF of the pictures (no text layer), as a scanner writes it."""
    buf = io.BytesIO()
    pages[0].save(buf, format="PDF", save_all=True, append_images=pages[1:], resolution=150)
    return buf.getvalue()
