#!/bin/sh
# Install the PostgreSQL server binaries the test suite starts its own throwaway server from
# (govcrawl/testing/postgres.py).  Idempotent; does not start or enable the system service.
set -eu
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
    echo "PostgreSQL already installed: $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -n 1)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
# (The tests never use the system cluster the package may create and start.)
$SUDO apt-get install -y --no-install-recommends postgresql
ls -d /usr/lib/postgresql/*/bin
