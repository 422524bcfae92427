#!/bin/sh
# Install the Redis server binary the distributed tests start their own throwaway broker from
# (govcrawl/testing/redis.py).  Idempotent; does not start or enable the system service.
set -eu
if command -v redis-server >/dev/null 2>&1; then
    echo "Redis already installed: $(redis-server --version | cut -d' ' -f1-3)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
# (The tests never use the system instance the package may create and start.)
$SUDO apt-get install -y --no-install-recommends redis-server
redis-server --version
