#!/usr/bin/env bash
# Install Debian's chromium for the dashboard's browser tests (tests/web/).
# Idempotent: does nothing when /usr/bin/chromium already exists. The tests drive this binary
# through Playwright's `executable_path`; `playwright install` is never used (no downloads).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
/usr/bin/chromium --version || true
