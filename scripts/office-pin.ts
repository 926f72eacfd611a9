import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import { makeSettingsPin, MIN_PIN_LENGTH } from '../electron/main/office/pin'

/**
 * `npm run office:pin`: asks for the office PIN twice (typing hidden), prints the settingsPin value for office.json.
 * Piped input is read as one line (`printf '%s\n' "$PIN" | npm run -s office:pin`). The PIN is never an argument,
 * so it stays out of shell history and process lists.
 */
async function ask(question: string): Promise<string> {
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() })
  const tty = process.stdin.isTTY
  if (tty) process.stdout.write(question)
  const rl = createInterface({ input: process.stdin, output: tty ? muted : undefined, terminal: tty })
  const line = await new Promise<string>((resolve) => rl.once('line', resolve).once('close', () => resolve('')))
  rl.close()
  if (tty) process.stdout.write('\n')
  return line.trim()
}

async function main(): Promise<void> {
  if (process.argv.length > 2) {
    console.error('Do not put the PIN on the command line: run "npm run office:pin" and type it when asked.')
    process.exit(2)
  }
  const pin = await ask(`Office PIN (at least ${MIN_PIN_LENGTH} characters): `)
  if (process.stdin.isTTY && (await ask('Again: ')) !== pin) {
    console.error('The two PINs differ.')
    process.exit(2)
  }
  try {
    console.log(await makeSettingsPin(pin))
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
}

void main()
