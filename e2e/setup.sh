#!/usr/bin/env bash
# Installs what the browser checks need, once: Debian's Chromium, a CJK font (Chinese names otherwise render as
# empty boxes in screenshots) and playwright-core (npm, pinned in package-lock.json). Idempotent; run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
if ((${#need[@]})); then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
[[ -d node_modules/playwright-core ]] || npm ci --no-audit --no-fund --silent
