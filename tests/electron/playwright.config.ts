import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron-artifacts',
  // the app's data folders and the tests' files, in one temporary folder per run, removed at the end
  globalSetup: '../support/temp-root.ts',
  timeout: 90_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '../../test-results/playwright-electron.json' }]],
})
