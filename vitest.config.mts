import vue from '@vitejs/plugin-vue'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/** The shared contract's one name (tsconfig.json, electron.vite.config.ts say the same). */
const contract = fileURLToPath(new URL('./contract', import.meta.url))

export default defineConfig({
  test: {
    // every temporary folder the tests make, in one per run, removed at the end
    globalSetup: ['tests/support/temp-root.ts'],
    // vitest's default is one worker per core less one: on a 2-core CI machine, one. Most of these tests wait (on a
    // child process, a local server, a timer), so two workers there nearly halve the run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // the axios build main bundles (electron.vite.config.ts): the tests exercise what ships
          alias: { axios: 'axios/dist/browser/axios.cjs', '@contract': contract },
          include: ['tests/unit/main/**/*.test.ts', 'tests/unit/contract/**/*.test.ts', 'tests/unit/sandbox/**/*.test.ts',
            'tests/unit/ci/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/package/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
          testTimeout: 20_000,
          setupFiles: ['tests/support/violations-guard.ts'],
          // electron-store imports `electron`; inlined, it sees the wiring tests' mocked electron instead of the package
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          alias: { '@contract': contract },
          include: ['tests/unit/renderer/**/*.test.ts'],
        },
      },
    ],
  },
})
