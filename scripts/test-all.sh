#!/usr/bin/env bash
# Every test tier, in order, each run to the end even when an earlier one failed; then one summed closing line.
set -u
cd "$(dirname "$0")/.."

# --- Node: older than package.json's engines, switch to the pinned Node 24 (scripts/node24.sh) or stop at once -----
if ! node scripts/node-gate.mjs --check 2>/dev/null; then
  echo "== $(node --version 2>/dev/null || echo 'no Node') is older than this project needs: switching to the pinned Node (scripts/node24.sh)"
  source scripts/node24.sh
  node scripts/node-gate.mjs test 2>/dev/null || {
    echo "!! This project needs Node >= 22.12, and the pinned Node 24 could not be fetched from the npm registry: install Node 24 LTS, or run \"bash scripts/node24.sh npm test\" where the registry is reachable." >&2
    exit 1
  }
  echo "== Node $(node --version)"
fi

rm -rf test-results && mkdir -p test-results

# --- set-up a fresh machine needs -------------------------------------------------------------------------------
# Chromium for the E2E tier: Debian's package (a browser download of Playwright's own cannot work offline).
if [ -z "${DESK_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's chromium (and a CJK font for readable screenshots)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei poppler-utils) > test-results/apt.log 2>&1 \
      || { tail -20 test-results/apt.log; echo "could not install chromium"; }
  else
    echo "!! /usr/bin/chromium is missing: install Debian's chromium (sudo apt-get install chromium) or set DESK_CHROMIUM"
  fi
fi
# poppler-utils for the slip's checks (its PDF's text, its pages as images: tests/support/print-proof.ts)
if ! command -v pdftotext >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's poppler-utils (reads the printed slip's PDF)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils) > test-results/apt-poppler.log 2>&1 \
      || { tail -20 test-results/apt-poppler.log; echo "could not install poppler-utils"; }
  else
    echo "!! pdftotext is missing: install poppler-utils (sudo apt-get install poppler-utils); the slip journeys need it"
  fi
fi
# The Electron binary for the real-app tier: downloaded once where the machine has internet. Where it cannot be
# (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as on our CI, or no network), that tier skips itself with the reason.
if [ -z "${ELECTRON_SKIP_BINARY_DOWNLOAD:-}" ] && [ ! -f node_modules/electron/path.txt ]; then
  echo "== fetching the Electron binary for the real-app tier"
  timeout 300 node node_modules/electron/install.js > test-results/electron-install.log 2>&1 \
    || echo "   no Electron binary (offline?): the real-app tier will skip itself"
fi
export ELECTRON_SKIP_BINARY_DOWNLOAD=1

# --- the tiers -------------------------------------------------------------------------------------------------
echo "== build (the E2E, Electron and packaging tiers test the built app)"
npx electron-vite build > test-results/build.log 2>&1 || { cat test-results/build.log; echo "build failed"; }

echo "== unit, wiring, integration, fuzz, packaging (vitest)"
npx vitest run

echo "== E2E: built renderer in Chromium through the IPC bridge (Playwright)"
npx playwright test -c tests/e2e/playwright.config.ts

echo "== Electron: the real app (skips itself where no Electron binary exists)"
npx playwright test -c tests/electron/playwright.config.ts

echo "== security scan: electronegativity over the sources and the built page"
npx tsx scripts/security-scan.ts

echo "== summary"
node scripts/summarize-results.mjs
