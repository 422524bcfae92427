#!/usr/bin/env bash
# The main job on the embedded default (README): set up a virtual environment, install govcrawl,
# and run `govcrawl demo`: serve the bundled fixture province on 127.0.0.1, crawl it into the
# default SQLite store and print the summary.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
install() {  # quiet unless it fails: pip's warnings are not the job's output
    "$VENV/bin/python" -m pip install --quiet "$@" > "$VENV/pip.log" 2>&1 || { cat "$VENV/pip.log" >&2; exit 1; }
}
install --upgrade pip
install -c .ci/constraints.txt -e .
exec "$VENV/bin/govcrawl" demo "$@"
