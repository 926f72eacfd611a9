/**
 * Stands in for ajv and ajv-formats in main's bundle. conf (inside electron-store) imports them at the top of its
 * module but constructs a validator only when a store is opened with a `schema`, `rootSchema` or `ajvOptions`
 * (conf's #setupValidator); ours never is (electron-store.ts, and the settings are validated with valibot in
 * store.ts). Evaluating ajv's ~275 KB at every start cost main about a fifth of its start (bench/results.md). Should a
 * store ever be given a schema, this fails loudly instead of validating nothing.
 */
export class Ajv2020 {
  constructor() {
    throw new Error('electron-store was given a schema, but main bundles no JSON-schema validator (electron/main/vendor/no-schema-validator.ts)')
  }
}

const formats = (): never => {
  throw new Error('main bundles no JSON-schema validator (electron/main/vendor/no-schema-validator.ts)')
}
export default { default: formats }
