#!/bin/sh
# Install what the OCR tests and benchmarks/bench_ocr.py render picture reports with: poppler's
# pdftoppm (rasterises the synthetic report PDFs) and a CJK font (the PDFs name the non-embedded
# STSong-Light, which poppler substitutes by fontconfig; without poppler-data's CID maps for the
# Adobe-GB1 encoding poppler draws no glyph at all: blank pages, every cell null).  The OCR engine
# itself is a Python dependency (pyproject.toml).  Idempotent.
set -eu
if command -v pdftoppm >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" \
        && [ -d /usr/share/poppler/cidToUnicode ]; then
    echo "pdftoppm, poppler-data and a CJK font already installed"
    exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends poppler-utils poppler-data fonts-wqy-microhei fontconfig
