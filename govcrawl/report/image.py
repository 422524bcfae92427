"""Picture reports: image bytes → grey pages, bounded, for the OCR reader (``ocr.py``).

Images come from untrusted portals.  Before any pixel is decoded the declared size is checked:
more than ``MAX_IMAGE_PIXELS`` pixels, or more pixels per input byte than a real scan can have
(a decompression bomb: a tiny PNG declaring 50,000 × 50,000), is refused with a ``ReadError``.
A multi-frame file (TIFF, GIF) gives at most ``MAX_OCR_PAGES`` pages.  Pages are scaled so that
their longer side is at most ``MAX_OCR_SIDE`` pixels, which bounds the OCR work per page.
"""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING, Final

from govcrawl.report import limits
from govcrawl.report.document import ReadError

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

# Magic bytes → media type of the picture formats portals publish reports in.
_MAGIC: Final = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)

# Declared pixels of one frame.  An A4 page scanned at 300 dpi is 8.7 M pixels.
MAX_IMAGE_PIXELS: Final = 40_000_000
# Declared pixels per byte of input: a real scan compresses text pages perhaps 50:1 (1 bit of
# ink per pixel, mostly white); 1,000:1 is a bomb.
MAX_PIXELS_PER_BYTE: Final = 1_000
# Frames of one multi-frame image, and pages of an image-only PDF, that are OCR'd (a page costs
# 5–20 s of CPU); ``GOVCRAWL_OCR_PAGES`` lowers it (a crawl that must not spend minutes on scans).
MAX_OCR_PAGES: Final = 30
# Longer side of a page as OCR'd (larger pages are scaled down; 300 dpi A4 is 3508).
MAX_OCR_SIDE: Final = 2400
# Pages smaller than this (a screenshot at screen resolution) are scaled up for the detector.
MIN_OCR_SIDE: Final = 1400


def ocr_page_limit() -> int:
    """Pages OCR'd per file: ``GOVCRAWL_OCR_PAGES`` (1 … ``MAX_OCR_PAGES``), else ``MAX_OCR_PAGES``."""
    configured = os.environ.get("GOVCRAWL_OCR_PAGES", "").strip()
    if configured.isdigit() and 1 <= int(configured) <= MAX_OCR_PAGES:
        return int(configured)
    return MAX_OCR_PAGES


def sniff_image(data: bytes) -> str | None:
    """The image media type of ``data`` from its magic bytes, or None."""
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def open_pages(data: bytes) -> tuple[list[np.ndarray], bool]:
    """Grey (uint8) pages of an image file, and whether frames past ``ocr_page_limit()`` were left
    unread; ``ReadError`` for a bomb or an unreadable file."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    limits.ensure_input_size(data, "image")
    try:
        image = Image.open(io.BytesIO(data))  # reads the header only
    except Image.DecompressionBombError as exc:  # Pillow's own (higher) limit
        raise ReadError("image_too_large", f"the image declares too many pixels: {exc}") from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ReadError("unreadable_image", f"not a readable image: {exc}") from exc
    pages: list[np.ndarray] = []
    cut = False
    try:
        for index, frame in enumerate(ImageSequence.Iterator(image)):
            if index >= ocr_page_limit():
                cut = True
                break
            check_declared_size(frame.size, len(data))
            pages.append(to_grey(frame))
    except ReadError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        if not pages:
            raise ReadError("unreadable_image", f"the image cannot be decoded: {exc}") from exc
    if not pages:
        raise ReadError("unreadable_image", "the image has no frame")
    return pages, cut


def check_declared_size(size: tuple[int, int], input_bytes: int) -> None:
    width, height = size
    pixels = width * height
    if width <= 0 or height <= 0:
        raise ReadError("unreadable_image", f"the image declares {width}×{height} pixels")
    if pixels > MAX_IMAGE_PIXELS:
        raise ReadError("image_too_large",
                        f"the image declares {width}×{height} pixels; the limit is {MAX_IMAGE_PIXELS}")
    if pixels > MAX_PIXELS_PER_BYTE * max(input_bytes, 1) and pixels > 4_000_000:
        raise ReadError("decompression_bomb",
                        f"the image declares {width}×{height} pixels in {input_bytes} bytes")


def to_grey(image: Image.Image) -> np.ndarray:
    """A PIL image as a grey uint8 array, transparency on white, scaled into the OCR size range."""
    import numpy as np
    from PIL import Image as PILImage

    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        white = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = PILImage.alpha_composite(white, rgba)
    grey = image.convert("L")
    longer = max(grey.size)
    scale = 1.0
    if longer > MAX_OCR_SIDE:
        scale = MAX_OCR_SIDE / longer
    elif longer < MIN_OCR_SIDE:
        scale = min(2.0, MIN_OCR_SIDE / longer)
    if scale != 1.0:
        size = (max(1, round(grey.size[0] * scale)), max(1, round(grey.size[1] * scale)))
        grey = grey.resize(size, PILImage.Resampling.LANCZOS)
    return np.asarray(grey, dtype=np.uint8)
