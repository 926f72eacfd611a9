import { hashPin } from '../electron/main/office/pin'

/** `npm run office:pin -- 482913`: prints the settingsPin value for office.json. */
const pin = process.argv[2] ?? ''
if (!/^\d{4,12}$/.test(pin)) {
  console.error('Give the office PIN as 4 to 12 digits: npm run office:pin -- 482913')
  process.exit(2)
}
console.log(hashPin(pin))
