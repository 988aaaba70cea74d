#!/usr/bin/env bash
# Installs the system's Chromium (Debian package ``chromium``) for the browser tests
# (message screenshots, web pages); Playwright drives it through ``executable_path``, so
# no browser is downloaded by Playwright itself. Idempotent: an installed one is kept.
# Needs root (or sudo) the first time; without either it says so and leaves the tests
# that need a browser to skip.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
    echo "chromium already installed: $(command -v chromium)"
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    run=()
elif command -v sudo >/dev/null 2>&1; then
    run=(sudo)
else
    echo "install_chromium: need root or sudo to install the 'chromium' package" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
echo "chromium installed: $(command -v chromium)"
