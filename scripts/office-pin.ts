import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import { makeSettingsPin } from '../electron/main/office/pin'
import { generatePin, GENERATED_PIN_LENGTH, MIN_PIN_LENGTH, pinStrengthProblem } from '../electron/main/office/pin-strength'

/**
 * `npm run office:pin`: makes the office PIN (GENERATED_PIN_LENGTH characters without look-alikes) and prints the
 * settingsPin value for office.json; or, when IT types a PIN (twice, hidden), checks its strength first
 * (pin-strength.ts: length, common PINs, dates, repeats, runs) and refuses a weak one. Piped input is read as one line
 * (`printf '%s\n' "$PIN" | npm run -s office:pin`; an empty line makes one). The PIN is never an argument, so it stays
 * out of shell history and process lists; a made PIN is shown once, on the terminal (stderr), never with the value.
 */
async function ask(question: string): Promise<string> {
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() })
  const tty = process.stdin.isTTY
  if (tty) process.stderr.write(question)
  const rl = createInterface({ input: process.stdin, output: tty ? muted : undefined, terminal: tty })
  const line = await new Promise<string>((resolve) => rl.once('line', resolve).once('close', () => resolve('')))
  rl.close()
  if (tty) process.stderr.write('\n')
  return line.trim()
}

function refuse(message: string): never {
  console.error(message)
  process.exit(2)
}

async function main(): Promise<void> {
  if (process.argv.length > 2) refuse('Do not put the PIN on the command line: run "npm run office:pin" and type it when asked, or press Enter to have one made.')
  const typed = await ask(`Office PIN (Enter: make one of ${GENERATED_PIN_LENGTH} characters; or type one of at least ${MIN_PIN_LENGTH}): `)
  let pin = typed
  if (!typed) {
    pin = generatePin()
    process.stderr.write(`\nThe office PIN (write it down and keep it with IT; it is shown only now):\n\n    ${pin}\n\n`)
  } else {
    const problem = pinStrengthProblem(typed)
    if (problem) refuse(`The office PIN ${problem}. Press Enter at the prompt to have a strong one made.`)
    if (process.stdin.isTTY && (await ask('Again: ')) !== typed) refuse('The two PINs differ.')
  }
  try {
    console.log(await makeSettingsPin(pin))
  } catch (error) {
    refuse((error as Error).message)
  }
}

void main()
