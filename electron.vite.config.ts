import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { devCsp, productionCsp } from './electron/main/security/csp'
import { compileHints } from './scripts/vite/compile-hints'
import { firstLoadGroup } from './scripts/vite/first-load-chunk'
import { thirdPartyLicences } from './scripts/vite/licences'

/** The shared contract's one name in every bundle (tsconfig.json says the same to the type checker, tsx and Playwright). */
const contractAlias = { '@contract': resolve(__dirname, 'contract') }

function csp(): Plugin {
  let isBuild = true
  return {
    name: 'desk-csp',
    configResolved(config) {
      isBuild = config.command === 'build'
    },
    transformIndexHtml: (html) => html.replace('%DESK_CSP%', isBuild ? productionCsp : devCsp),
  }
}

/**
 * The kind of main bundle (electron/main/build-kind.ts): `package:office` builds with DESK_BUILD=release (or test for
 * --test-build), so an office's bundle keeps its rules whatever its executable is called; anything else is development.
 */
function buildKind(): string {
  const kind = process.env.DESK_BUILD ?? 'development'
  if (!['development', 'test', 'release'].includes(kind)) throw new Error(`DESK_BUILD must be development, test or release (not ${kind})`)
  return kind
}

export default defineConfig({
  main: {
    define: { __DESK_BUILD__: JSON.stringify(buildKind()) },
    // each part writes the notices of what it bundled (scripts/vite/licences.ts); About shows them
    plugins: [thirdPartyLicences()],
    resolve: {
      // axios's browser build: the same fetch adapter the platform client uses, without the Node http adapter and its
      // form-data, mime-db, follow-redirects and proxy agents that main would only evaluate at start (bench/results.md)
      alias: {
        ...contractAlias,
        axios: 'axios/dist/browser/axios.cjs',
        // conf imports a JSON-schema validator it never constructs for our store (see the stand-in's comment)
        'ajv/dist/2020.js': resolve(__dirname, 'electron/main/vendor/no-schema-validator.ts'),
        'ajv-formats': resolve(__dirname, 'electron/main/vendor/no-schema-validator.ts'),
      },
    },
    build: {
      // Every runtime dependency is bundled (conf is ESM-only; axios, valibot… are small), so the
      // packaged app.asar holds only the built app and main stays one CommonJS program.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') }, external: ['electron', /^node:/] },
    },
  },
  preload: {
    plugins: [thirdPartyLicences()],
    resolve: { alias: contractAlias },
    build: {
      // A sandboxed preload must be a single CommonJS file with nothing to require but electron.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    resolve: { alias: contractAlias },
    plugins: [
      thirdPartyLicences(),
      vue(),
      // The message files are compiled at build time, so the page ships petite-vue-i18n (vue-i18n's translation-only
      // distribution) without its message compiler: no compiler and no `new Function` in the bundle (bench/results.md)
      VueI18nPlugin({
        module: 'petite-vue-i18n',
        include: [resolve(__dirname, 'renderer/src/i18n/messages/**')],
        runtimeOnly: true,
        compositionOnly: true,
        fullInstall: false,
        dropMessageCompiler: true,
        strictMessage: false,
      }),
      csp(),
      compileHints(),
    ],
    // Compile-time flags: no Options API, no devtools hooks, no legacy i18n API in the shipped bundle.
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      __VUE_I18N_FULL_INSTALL__: 'false',
      __VUE_I18N_LEGACY_API__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
    },
    build: {
      minify: true,
      // the first screen is one script (below); a lazy screen fetches its own imports from app:// (local disk), so the
      // page does not carry a list of every lazy chunk's JS dependencies, only their stylesheets
      modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((d) => d.endsWith('.css'))) },
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        // the first screen's whole static graph in one chunk beside the entry (scripts/vite/first-load-chunk.ts)
        output: { codeSplitting: { groups: [firstLoadGroup()] } },
      },
    },
  },
})
