import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileLogger } from '../../../electron/main/log'
import { recentLogLines, redact } from '../../../electron/main/diagnostics/report'
import { SecretLedger } from '../../support/secrets'
import { testServices } from '../../support/services'

describe('Save diagnostics', () => {
  it('one file with app, OS, configuration, connection check and recent log; no e-mail, phone, code, token, password or PIN', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-diag-'))
    const target = join(dir, 'chosen', 'diagnostics.txt')
    const logFile = join(dir, 'logs', 'desk.log')
    const log = createFileLogger({ file: logFile })
    mkdirSync(join(dir, 'chosen'))
    const { services } = await testServices({ userDataDir: dir, log, logFile, flushLog: () => log.flush(), chooseSavePath: async () => target })
    const email = `diag.${Date.now()}@example.com`
    const phone = '13912345678'
    const password = 'Diag-Secret-2026'
    try {
      // a registration by e-mail, and a code sent to a phone: the sandbox's codes and tokens are secrets too
      const sent = await services.registration!.sendCode({ method: 'email', email }, 'CN')
      const code = sent.ok ? sent.value.sandboxCode! : ''
      const done = await services.registration!.register({ formId: randomUUID(), login: { method: 'email', email }, country: 'CN', verifyCode: code, password, openAccountType: 0 })
      expect(done.ok).toBe(true)
      await services.registration!.sendCode({ method: 'phone', phoneArea: '86', phone }, 'CN')
      services.app.setLanguage('en-US')
      await services.handlers['desk:network:check'](undefined)

      const saved = await services.app.saveDiagnostics()
      expect(saved).toEqual({ ok: true, value: { saved: true, fileName: 'diagnostics.txt' } })
      const text = readFileSync(target, 'utf8')
      for (const heading of ['== App', '== System', '== Configuration (secrets removed)', '== Configuration problems', '== Last connection check', '== Recent log']) {
        expect(text).toContain(heading)
      }
      expect(text).toContain('"version": "0.1.0"')
      expect(text).toMatch(/"platformHost"/)
      expect(text).toContain('"event":"sandbox.started"') // the recent log is there

      const ledger = new SecretLedger()
      ledger.addPlatform(services.sandbox)
      const secrets = [email, email.split('@')[0]!, phone, code, password, ...ledger.values]
      for (const secret of secrets) expect(text, `secret ${secret.slice(0, 3)}… in the file`).not.toContain(secret)
    } finally {
      await services.close()
    }
  })

  it('removes secret-named values and a URL’s login and query from the configuration', () => {
    const cleaned = redact({
      platform: { mode: 'remote', baseUrl: 'https://api.broker.example/api?k=1', companyId: '1001' },
      settingsPin: 'ed25519:abcdef',
      proxy: { mode: 'fixed', rules: 'http://it:hunter2@proxy.office:8080' },
      updates: { feedUrl: 'https://updates.example/desk/' },
    }) as Record<string, any>
    expect(cleaned.platform).toEqual({ mode: 'remote', baseUrl: 'https://api.broker.example/api', companyId: '[removed]' })
    expect(cleaned.settingsPin).toBe('[removed]')
    expect(JSON.stringify(cleaned)).not.toMatch(/hunter2|abcdef/)
  })

  it('keeps the newest whole log lines within the size', () => {
    expect(recentLogLines(['a1\na2\n', 'b1\nb2\n'], 6)).toEqual(['b1', 'b2'])
  })
})
