#!/usr/bin/env bash
# The main job on the embedded default (README): set up a virtual environment, install govcrawl,
# and run `govcrawl demo`, which parses the bundled sample reports and prints a summary.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e .
exec "$VENV/bin/govcrawl" demo "$@"
