import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { proxyConfigFor } from '../../../electron/main/network/proxy'
import { resolveConfig } from '../../../electron/main/office/resolve'

const presetWith = (network: unknown) => {
  const folder = mkdtempSync(join(tmpdir(), 'proxy-'))
  const shippedFile = join(folder, 'office.json')
  writeFileSync(shippedFile, JSON.stringify({ network }))
  return resolveConfig({ userFile: join(folder, 'none.json'), shippedFile }, {}, true)
}

describe('the office proxy, from the preset to the session', () => {
  it('system (default), direct, fixed rules with a bypass list, or a PAC URL', () => {
    expect(proxyConfigFor(undefined)).toEqual({ mode: 'system' })
    expect(proxyConfigFor({ mode: 'system' })).toEqual({ mode: 'system' })
    expect(proxyConfigFor({ mode: 'direct' })).toEqual({ mode: 'direct' })
    expect(proxyConfigFor({ mode: 'fixed', rules: 'proxy.office.example:8080', bypass: '<local>;*.office.example' })).toEqual({
      mode: 'fixed_servers',
      proxyRules: 'proxy.office.example:8080',
      proxyBypassRules: '<local>;*.office.example',
    })
    expect(proxyConfigFor({ mode: 'pac', url: 'http://wpad.office.example/wpad.dat' })).toEqual({ mode: 'pac_script', pacScript: 'http://wpad.office.example/wpad.dat' })
  })

  it('the preset is validated: a fixed proxy needs rules, a PAC needs a web URL, nothing else is a mode', () => {
    expect(presetWith({ proxy: { mode: 'fixed', rules: 'proxy:8080' } })).toMatchObject({ ok: true, config: { proxy: { mode: 'fixed', rules: 'proxy:8080' } } })
    expect(presetWith({ proxy: { mode: 'fixed' } })).toMatchObject({ ok: false, problem: { field: 'office.json (installer): network.proxy.rules' } })
    expect(presetWith({ proxy: { mode: 'pac', url: 'file:///etc/wpad.dat' } })).toMatchObject({ ok: false, problem: { code: 'NOT_A_URL' } })
    expect(presetWith({ proxy: { mode: 'socks' } })).toMatchObject({ ok: false, problem: { field: 'office.json (installer): network.proxy.mode' } })
  })
})
