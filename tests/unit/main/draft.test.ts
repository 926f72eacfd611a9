import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testServices } from '../../support/services'

const draft = {
  formId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  method: 'email' as const,
  country: 'CN',
  email: 'walk.in@example.com',
  phoneArea: '86',
  phone: '',
  openAccountType: 0 as const,
  codeSentTo: 'walk.in@example.com',
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]))

describe('the form in progress lives in main\'s memory only', () => {
  it('survives a reload (load after save), is gone at "next customer", and never reaches the disk', async () => {
    const { services, userDataDir } = await testServices()
    try {
      const handlers = services.handlers
      expect(await handlers['desk:registration:load-draft'](undefined)).toEqual({ ok: true, value: null })
      await handlers['desk:registration:save-draft'](draft)
      expect(await handlers['desk:registration:load-draft'](undefined)).toEqual({ ok: true, value: draft })
      for (const file of filesUnder(userDataDir)) expect(readFileSync(file, 'utf8'), file).not.toContain('walk.in@example.com')
      await handlers['desk:registration:next-customer'](undefined)
      expect(await handlers['desk:registration:load-draft'](undefined)).toEqual({ ok: true, value: null })
      await handlers['desk:registration:save-draft'](draft)
      await handlers['desk:registration:save-draft'](null)
      expect(await handlers['desk:registration:load-draft'](undefined)).toEqual({ ok: true, value: null })
    } finally {
      await services.close()
    }
  })
})
