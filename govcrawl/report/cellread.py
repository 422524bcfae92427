"""Ruled cells re-read from their own pixels, many cells to one recogniser line (``ocr.py``).

The recogniser (PP-OCRv4) is trained on text lines: a lone blurred "0" cut out of its cell reads
as "o", "。" or nothing at all, while the same glyph among others on a line reads as "0".  So the
cells to re-read are cut out at one common scale and laid side by side, a gap between them, into
lines of ``CELLS_PER_LINE``; each line is recognised once, and each character goes to the cell
whose pixels its position on the line falls in (the CTC output has one step per few pixels of
the line).  The source still says which cell a character is in: its place on the line is the
place of that cell's pixels, never a count of values.

Each cell gets two readings from the same recogniser output: the unrestricted one (any
character) and one restricted to the characters a number is printed with (digits, "." and "-").
``ocr.fill_table`` decides between them (``CellReading.value``): the restricted reading only
stands in for an unrestricted one made of letters that look like digits ("o", "。") or for an
empty one — never for a label in Chinese.  A reading's score is its weakest character's
probability, so one doubtful glyph makes the whole number doubtful.

Cells whose number is still doubtful are read once more with their crop repeated three times
(``tiled``): a glyph the recogniser reads poorly alone often reads as a clean triple.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from govcrawl.report.normalize import clean_number_text, is_value_text

if TYPE_CHECKING:
    import numpy as np

# Ink height (px) every crop is scaled to on a line; the recogniser's input is 48 px high.
GLYPH_HEIGHT: Final = 32
# Cells per recogniser line, and the blank between two cells (× GLYPH_HEIGHT).  Narrow gaps make
# the line look like a line: a line of eight blurred "0"s a glyph apart read 23 of 156 zeros as
# "。"; half a glyph apart, none (PP-OCRv4, blurred fixture pages).  Each cell's characters are
# decoded from its own span of the output, so two cells' "0"s are never merged into one.
CELLS_PER_LINE: Final = 8
GAP: Final = 0.5
# Lines per call of the recogniser (one batch is padded to its widest line).
LINES_PER_BATCH: Final = 8
# Ink is this much darker than the crop's paper (0–255 grey), as ``ocr._ink_bbox`` counts it.
INK_CONTRAST: Final = 60
# Probability of a "." or "-" at some step of a cell's reading above which the reading is in doubt
# if it has no such character.  Measured on blurred fixture pages: a decimal point merged into
# its digits' ink (171.9 read 1719) 0.31–0.42; digits with no mark near them at most 0.14.
MISSED_MARK: Final = 0.25
# Characters a number may be printed with (the restricted reading).
NUMBER_CHARS: Final = "0123456789.-"
# Readings made only of these are digits misread as letters ("0" as "o" or "。", "1" as "l").
_DIGIT_LOOKALIKES = re.compile(r"^[0-9oODQlI|。〇○.·]+$")


@dataclass
class CellReading:
    text: str  # unrestricted reading, whitespace removed
    score: float
    number: str  # restricted to NUMBER_CHARS
    number_score: float
    complete: bool = True  # every run of ink in the crop had a character emitted over it

    def value(self) -> tuple[str, float] | None:
        """The number this reading stands for, with its score; None when it reads as text."""
        if self.text and is_value_text(self.text):
            return clean_number_text(self.text), self.score
        # The restricted reading replaces look-alike letters, or a glyph that lost to the blank;
        # it must account for every character the unrestricted one saw.
        lookalikes = bool(_DIGIT_LOOKALIKES.match(self.text)) and len(self.number) == len(self.text)
        if self.number and (not self.text or lookalikes) and is_value_text(self.number):
            return self.number, self.number_score
        return None


def looks_like_digits(text: str) -> bool:
    """True for nothing read, or only digits and letters that look like them ("o", "。")."""
    return not text or bool(_DIGIT_LOOKALIKES.match(text))


def _compose(crops: list[np.ndarray]) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The crops (already GLYPH_HEIGHT-scaled) side by side on one white line, and their spans."""
    import numpy as np

    pad = GLYPH_HEIGHT // 4
    gap = int(GAP * GLYPH_HEIGHT)
    height = max(c.shape[0] for c in crops) + 2 * pad
    width = sum(c.shape[1] for c in crops) + gap * (len(crops) - 1) + 2 * pad
    line = np.full((height, width), 255, np.uint8)
    spans = []
    x = pad
    for crop in crops:
        top = (height - crop.shape[0]) // 2
        line[top : top + crop.shape[0], x : x + crop.shape[1]] = crop
        spans.append((x, x + crop.shape[1]))
        x += crop.shape[1] + gap
    return line, spans


def _decode(probs: np.ndarray, characters: list[str], columns: list[int]) -> tuple[str, float, list[int]]:
    """Greedy CTC decoding of ``probs`` (steps × classes) over ``columns`` (0 = blank first):
    text, its weakest character's probability, and the step each character was emitted at."""
    sub = probs[:, columns]
    best = sub.argmax(axis=1).tolist()
    best_prob = sub.max(axis=1).tolist()
    out: list[str] = []
    kept: list[float] = []
    at: list[int] = []
    previous = 0
    for step, (index, prob) in enumerate(zip(best, best_prob, strict=True)):
        if index != 0 and index != previous and characters[columns[index]] != " ":
            out.append(characters[columns[index]])
            kept.append(prob)
            at.append(step)
        previous = index
    return "".join(out), (min(kept) if kept else 0.0), at


def _ink_runs(crop: np.ndarray) -> list[tuple[int, int]]:
    """Column ranges [x0, x1) of the crop holding ink, separated by at least one clean column."""
    import numpy as np

    paper = int(np.percentile(crop, 90))
    columns = (crop < paper - INK_CONTRAST).sum(axis=0) >= 2
    runs: list[tuple[int, int]] = []
    start = None
    for x, inked in enumerate(columns.tolist() + [False]):
        if inked and start is None:
            start = x
        elif not inked and start is not None:
            runs.append((start, x))
            start = None
    return runs


def read_cells(crops: list[np.ndarray], recogniser: Any) -> list[CellReading]:
    """One reading per crop (grey, GLYPH_HEIGHT-scaled), ``CELLS_PER_LINE`` crops to a line.

    ``recogniser`` is RapidOCR's ``TextRecognizer``: its ONNX session, its input normalisation
    and its character list are used directly, for the per-step probabilities.
    """
    import numpy as np

    characters: list[str] = recogniser.postprocess_op.character
    everything = list(range(len(characters)))
    number_columns = [0] + [characters.index(c) for c in NUMBER_CHARS if c in characters]
    marks = {c: characters.index(c) for c in ".-" if c in characters}
    lines = []
    for start in range(0, len(crops), CELLS_PER_LINE):
        members = list(range(start, min(len(crops), start + CELLS_PER_LINE)))
        line, spans = _compose([crops[i] for i in members])
        lines.append((members, line, spans))
    readings: list[CellReading | None] = [None] * len(crops)
    for first in range(0, len(lines), LINES_PER_BATCH):
        batch = lines[first : first + LINES_PER_BATCH]
        _, in_height, min_width = recogniser.rec_image_shape
        ratio = max([min_width / in_height] + [line.shape[1] / line.shape[0] for _, line, _ in batch])
        images = [np.stack([line, line, line], axis=-1) for _, line, _ in batch]
        tensor = np.stack([recogniser.resize_norm_img(image, ratio) for image in images]).astype(np.float32)
        outputs = recogniser.session(tensor)[0]
        for (members, line, spans), probs in zip(batch, outputs, strict=True):
            # Step i of the output covers columns [i, i+1) × (input width / steps) of the input,
            # which is the line scaled to in_height: back to line pixels.
            step = in_height * ratio / probs.shape[0] * line.shape[0] / in_height
            centres = (np.arange(probs.shape[0]) + 0.5) * step
            half_gap = GAP * GLYPH_HEIGHT / 2
            for member, (x0, x1) in zip(members, spans, strict=True):
                window = (centres >= x0 - half_gap) & (centres < x1 + half_gap)
                steps, where = probs[window], centres[window] - x0
                text, score, at = _decode(steps, characters, everything)
                number, number_score, number_at = _decode(steps, characters, number_columns)
                emitted = [float(where[i]) for i in at + number_at]
                # A run of ink with no character emitted over it was not read (a faint minus
                # sign dropped from "-1"): the reading does not account for the cell.
                complete = all(any(r0 - step / 2 <= x <= r1 + step / 2 for x in emitted)
                               for r0, r1 in _ink_runs(crops[member]) if r1 - r0 >= 2)
                # A "." or "-" the recogniser gave some probability but did not emit (a blurred
                # decimal point merged into its digits' ink): the number is in doubt.
                for mark, column in marks.items():
                    if mark not in text and steps.size and float(steps[:, column].max()) >= MISSED_MARK:
                        complete = False
                readings[member] = CellReading(text, score, number, number_score, complete)
    return [r for r in readings if r is not None]


def tiled(crop: np.ndarray) -> np.ndarray:
    """The crop three times over, as one wider crop."""
    import numpy as np

    gap = np.full((crop.shape[0], max(2, GLYPH_HEIGHT // 4)), 255, np.uint8)
    return np.hstack([crop, gap, crop, gap, crop])


def untiled(reading: CellReading) -> CellReading:
    """A tiled crop's reading as the reading of one copy.  A number counts only as a clean
    triple; an unrestricted reading that is no triple stays as read (text, so no number) unless
    it is only digit look-alikes, which the restricted triple may then stand in for."""

    def one(text: str) -> str | None:
        third = len(text) // 3
        return text[:third] if third and text == text[:third] * 3 else None

    text = one(reading.text)
    if text is None:
        text = "" if _DIGIT_LOOKALIKES.match(reading.text) else reading.text
    number = one(reading.number) or ""
    return CellReading(text, reading.score, number, reading.number_score if number else 0.0, reading.complete)
