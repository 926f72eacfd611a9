import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findSecrets, SecretLedger } from '../../support/secrets'

describe('the secrets scan used after every E2E journey', () => {
  it('finds a secret anywhere under the data folder, and a code only where it stands alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'))
    mkdirSync(join(dir, 'logs'))
    writeFileSync(join(dir, 'config.json'), '{"language":"en-US","x":"Hunter-22!"}')
    writeFileSync(join(dir, 'logs', 'desk.log'), '{"t":"2026-11-28T20:13:18.511Z","durationMs":123456789}\n{"code":"482913"}')
    const hits = findSecrets(dir, ['Hunter-22!', '482913', '123456', 'never-there'])
    expect(hits).toEqual(['Hu… in /config.json', '48… in /logs/desk.log'])
  })

  it('records passwords, codes and the PIN from payloads', () => {
    const ledger = new SecretLedger()
    ledger.note('desk:registration:submit', { password: 'Pw-1234567', verifyCode: '654321', formId: 'x' })
    ledger.note('desk:office:unlock', '482913')
    ledger.note('desk:app:info', undefined)
    expect([...ledger.values].sort()).toEqual(['482913', '654321', 'Pw-1234567'])
  })
})
