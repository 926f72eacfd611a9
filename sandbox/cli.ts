import { parseArgs } from 'node:util'
import { startSandbox } from './server'

/**
 * `npm run sandbox -- [--port 4100] [--data sandbox-data.json]`: the platform contract on 127.0.0.1 for practice
 * and development. Codes are never sent anywhere: they are printed here and served at /sandbox/code.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4100' },
    data: { type: 'string' },
  },
})

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}"`)
  process.exit(2)
}

async function main(): Promise<void> {
const sandbox = await startSandbox({
  port,
  dataFile: values.data,
  onCode: (t) => console.log(`[sandbox] ${t.bizType} to ${t.toUser}: code ${t.code}`),
})
console.log(`Registration Desk sandbox listening on ${sandbox.url}`)
console.log(`Platform base URL: ${sandbox.apiUrl}  (DESK_API_URL=${sandbox.apiUrl} DESK_COMPANY_ID=1001 npm run dev)`)
if (values.data) console.log(`State is kept in ${values.data}`)

const stop = () => void sandbox.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
}

main().catch((error: Error) => {
  console.error(`The sandbox could not start: ${error.message}`)
  process.exit(1)
})
