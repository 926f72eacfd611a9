import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

const ipcBan = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcMain', 'ipcRenderer'],
      message: 'IPC goes through electron/main/ipc.ts (main) and electron/preload/index.ts (preload) only.',
    },
  ],
}

/** The Electron shell: the only files that may import electron (they wire services to it). */
const shellFiles = [
  'electron/main/index.ts',
  'electron/main/service-start.ts',
  'electron/main/ipc.ts',
  'electron/main/window.ts',
  'electron/main/security/guards.ts',
  'electron/main/electron-store.ts',
  'electron/main/network/net-fetch.ts',
  'electron/main/shell/desktop.ts',
  'electron/preload/index.ts',
]
const ipcFiles = ['electron/main/ipc.ts', 'electron/preload/index.ts']

export default tseslint.config(
  { ignores: ['out/**', 'build/app/**', 'dist/**', 'node_modules/**', 'test-results/**', 'tests/e2e/screenshots/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    // plain CommonJS run by Node itself (the benchmark's stand-in Electron and the empty main it is measured against)
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', performance: 'readonly', Response: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      'no-restricted-imports': ['error', ipcBan],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/no-v-html': 'error',
    },
  },
  {
    // Services, handlers, the contract and the sandbox stay Electron-free, so every tier runs them in plain Node.
    // Only the shell files (below) may import electron or a library that imports it.
    files: ['electron/**/*.ts', 'sandbox/**/*.ts'],
    ignores: shellFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only the shell files (see eslint.config.mjs) import electron; pass what a service needs as a value.' },
            { name: 'electron-store', message: 'electron-store imports electron: open it in electron/main/electron-store.ts only.' },
          ],
        },
      ],
    },
  },
  {
    files: shellFiles.filter((f) => !ipcFiles.includes(f)),
    rules: { 'no-restricted-imports': ['error', ipcBan] },
  },
  {
    // The two sanctioned IPC endpoints.
    files: ipcFiles,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Stores own every call to main; views and components ask a store.
    files: ['renderer/**/*.{ts,vue}'],
    ignores: ['renderer/src/stores/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='window'][property.name='desk']", message: 'Only the Pinia stores (renderer/src/stores) call window.desk.' },
        { selector: "Identifier[name='desk'][parent.type='MemberExpression'][parent.object.name='globalThis']", message: 'Only the Pinia stores call window.desk.' },
      ],
    },
  },
  {
    // The renderer never sees Node or Electron.
    files: ['renderer/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(electron|axios|node:.*)$', message: 'The renderer talks to main through window.desk only.' },
            { regex: '/electron/(main|preload)/|/sandbox/', message: 'Main-process code never runs in the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
