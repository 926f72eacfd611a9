import { toJsonSchema } from '@valibot/to-json-schema'
import { writeFileSync } from 'node:fs'
import { officePreset } from '../electron/main/office/preset-schema'

/** The JSON Schema of office.json, generated from the valibot schema main validates with. */
export function officeJsonSchema(): Record<string, unknown> {
  return {
    ...toJsonSchema(officePreset, { errorMode: 'ignore' }),
    $id: 'https://registration-desk.invalid/office.schema.json',
    title: 'Registration Desk office preset',
    description: 'office.json: the platform, office, defaults and staff-mode settings an office installer is preset with.',
  }
}

if (process.argv[1]?.endsWith('office-schema.ts')) {
  writeFileSync('resources/office.schema.json', JSON.stringify(officeJsonSchema(), null, 2) + '\n')
  console.log('wrote resources/office.schema.json')
}
