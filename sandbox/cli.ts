import { parseArgs } from 'node:util'
import type { WireFormats } from '@contract/platform'
import { startSandbox } from './server'

/**
 * `npm run sandbox -- [--port 4100] [--data sandbox-data.json] [--lenient] [--country-format alpha2|dictionary]
 * [--phone-area-format plus|digits]`: the platform contract on 127.0.0.1 for practice and development. Strict by
 * default (answers like the platform and prints every deviation from the contract); --lenient forgives, for practice.
 * Codes are never sent anywhere: they are printed here and served at /sandbox/code.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4100' },
    data: { type: 'string' },
    lenient: { type: 'boolean', default: false },
    'country-format': { type: 'string', default: 'alpha2' },
    'phone-area-format': { type: 'string', default: 'plus' },
  },
})
function wireFormats(country = '', phoneArea = ''): WireFormats {
  if ((country === 'alpha2' || country === 'dictionary') && (phoneArea === 'plus' || phoneArea === 'digits')) return { country, phoneArea }
  console.error('--country-format must be alpha2 or dictionary, --phone-area-format plus or digits')
  process.exit(2)
}
const formats = wireFormats(values['country-format'], values['phone-area-format'])

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}"`)
  process.exit(2)
}

async function main(): Promise<void> {
const sandbox = await startSandbox({
  port,
  dataFile: values.data,
  strict: !values.lenient,
  formats,
  onCode: (t) => console.log(`[sandbox] ${t.bizType} to ${t.toUser}: code ${t.code}`),
  onViolation: (v) => console.log(`[sandbox] contract violation ${v.rule} on ${v.endpoint}: ${v.detail} (trace ${v.trace})`),
})
console.log(`Registration Desk sandbox listening on ${sandbox.url}`)
console.log(`Platform base URL: ${sandbox.apiUrl}  (DESK_API_URL=${sandbox.apiUrl} DESK_COMPANY_ID=1001 DESK_PLATFORM_IS_SANDBOX=1 npm run dev)`)
console.log(values.lenient ? 'Lenient (practice): deviations from the contract are forgiven' : 'Strict: every deviation from the contract is printed here')
if (values.data) console.log(`State is kept in ${values.data}`)

const stop = () => void sandbox.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
}

main().catch((error: Error) => {
  console.error(`The sandbox could not start: ${error.message}`)
  process.exit(1)
})
