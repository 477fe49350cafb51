#!/usr/bin/env bash
# The browser tests drive Debian's Chromium: Playwright's own browser download
# needs hosts this machine cannot reach. Install it when it is missing.
set -euo pipefail
if [ -x "${PERSONA_E2E_CHROMIUM:-/usr/bin/chromium}" ]; then
  exit 0
fi
echo "Chromium not found, installing Debian's chromium package" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
