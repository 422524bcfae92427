"""Write fixtures/reports/seedNNN/{trs,hanweb,vsb}.html from each seed's report.txt + expected.json.

Run ``python -m govcrawl.synth.build_seed_fixtures [fixtures/reports]``. Output is deterministic
(fixed rng seed per seed and style); trs.html is GBK-encoded (meta declares gb2312).
"""

from __future__ import annotations

import random
import sys
import zlib
from pathlib import Path

from govcrawl.synth.html import STYLES, render_page
from govcrawl.synth.model import load_seed_doc

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "fixtures" / "reports"


def build(root: Path = DEFAULT_ROOT) -> list[Path]:
    written: list[Path] = []
    for seed_dir in sorted(p for p in root.glob("seed[0-9][0-9][0-9]") if (p / "expected.json").exists()):
        doc = load_seed_doc(seed_dir)
        for style in STYLES:
            rng = random.Random(zlib.crc32(f"{seed_dir.name}/{style}".encode()))
            body, _charset = render_page(doc, style, rng)
            path = seed_dir / f"{style}.html"
            path.write_bytes(body)
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else DEFAULT_ROOT
    for path in build(root):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
