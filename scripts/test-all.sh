#!/usr/bin/env bash
# Every test tier, in order, each run to the end even when an earlier one failed; then one summed closing line.
set -u
cd "$(dirname "$0")/.."
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
rm -rf test-results && mkdir -p test-results

echo "== build (the E2E and Electron tiers test the built app)"
npx electron-vite build > test-results/build.log 2>&1 || { cat test-results/build.log; echo "build failed"; }

echo "== unit, wiring, integration (vitest)"
npx vitest run

echo "== E2E: built renderer in Chromium through the IPC bridge (Playwright)"
npx playwright test -c tests/e2e/playwright.config.ts

echo "== Electron: the real app (skips itself where no Electron binary exists)"
npx playwright test -c tests/electron/playwright.config.ts

echo "== security scan: electronegativity over the sources and the built page"
npx tsx scripts/security-scan.ts

echo "== summary"
node scripts/summarize-results.mjs
