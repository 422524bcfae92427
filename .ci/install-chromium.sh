#!/bin/sh
# Install Debian's chromium and its chromedriver for the web view's browser tests
# (tests/web/test_browser.py drives /usr/bin/chromium headless through /usr/bin/chromedriver).
# Idempotent.
set -eu
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    echo "chromium already installed: $(chromium --version 2>/dev/null || echo unknown)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium chromium-driver fonts-noto-cjk
chromium --version
