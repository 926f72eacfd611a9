import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultConfig, type DeskConfig } from '../../../electron/main/config'
import { checkConnection } from '../../../electron/main/network/connection-check'
import { exposureOfConfig } from '../../../electron/main/network/exposure'
import { diagnosticsText } from '../../../electron/main/diagnostics/report'
import { validatePreset } from '../../../scripts/package-office'
import { TEST_SETTINGS_PIN } from '../../support/office-pin'

const root = join(__dirname, '../../..')
const example = (name: string) => ({ ...JSON.parse(readFileSync(join(root, 'resources/presets', name), 'utf8')), settingsPin: TEST_SETTINGS_PIN }) as Record<string, unknown>
const pins = ['rDv1/ajmfmvpm+JV0WFrqyxEM3b7jCVzV4uuDSQ8gOo=', 'x8ctb4t0TCbXPnimpE7K/uLTn4ujockRwMOfnMkZ1Xo=']
function presetFile(preset: Record<string, unknown>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'exposure-')), 'office.json')
  writeFileSync(file, JSON.stringify(preset))
  return file
}
const desk = (network?: Record<string, unknown>) => {
  const { network: _, updates: __, ...rest } = example('office-shanghai.json')
  return { ...rest, ...(network ? { network } : {}) }
}

describe('an office build is safe by default: pins and a proxy the preset fixes (package:office)', () => {
  it('package:office refuses a desk preset for a real platform without pins, or on the system or a PAC proxy, in one sentence saying what to add', () => {
    const cases = [desk(), desk({ proxy: { mode: 'direct' } }), desk({ pins: { platform: pins } }), desk({ pins: { platform: pins }, proxy: { mode: 'system' } }), desk({ pins: { platform: pins }, proxy: { mode: 'pac', url: 'https://wpad.office.example/wpad.dat' } })]
    for (const preset of cases) {
      let message = ''
      try {
        validatePreset(presetFile(preset))
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).toMatch(/lets a clerk with a local proxy read and change every customer's platform traffic: add network\.pins\.platform .* set network\.proxy to .*fixed.*direct.*or accept that risk by name with network\.acceptInterceptionRisk: true/)
      expect(message.split('\n')).toHaveLength(1)
    }
    expect(() => validatePreset(presetFile(desk()))).toThrow(/no network\.pins\.platform .* and the proxy left to the PC/)
    expect(() => validatePreset(presetFile(desk({ proxy: { mode: 'direct' } })))).toThrow(/with no network\.pins\.platform \(a primary and a backup public-key hash\) lets/)
  })

  it('accepts pins with a fixed or direct proxy, a risk accepted by name, a trader\'s own build, and the practice sandbox', () => {
    expect(() => validatePreset(presetFile(desk({ pins: { platform: pins }, proxy: { mode: 'direct' } })))).not.toThrow()
    expect(() => validatePreset(presetFile(desk({ pins: { platform: pins }, proxy: { mode: 'fixed', rules: 'proxy.office.example:8080' } })))).not.toThrow()
    expect(() => validatePreset(presetFile(desk({ acceptInterceptionRisk: true })))).not.toThrow()
    // false is not an acceptance
    expect(() => validatePreset(presetFile(desk({ acceptInterceptionRisk: false })))).toThrow(/acceptInterceptionRisk: true/)
    const { network: _, settingsPin: __, ...retail } = example('retail.example.json')
    expect(() => validatePreset(presetFile(retail))).not.toThrow()
    expect(() => validatePreset(presetFile({ ...desk(), platform: { mode: 'sandbox' } }))).not.toThrow()
  })

  it('the example office presets are the safe way: pins (primary and backup) and a fixed or direct proxy', () => {
    for (const name of ['office-shanghai.json', 'office-hongkong.json']) {
      const preset = example(name) as { network: { pins: { platform: string[] }; proxy: { mode: string } } }
      expect(preset.network.pins.platform).toHaveLength(2)
      expect(['fixed', 'direct']).toContain(preset.network.proxy.mode)
      expect(() => validatePreset(presetFile(preset), ['windows', 'mac'])).not.toThrow()
    }
  })

  it('a Windows build that updates itself must name its publisher (full subject and/or SHA-256 thumbprints)', () => {
    const preset = example('office-shanghai.json') as { updates: Record<string, unknown> }
    const { publisher: _, ...updates } = preset.updates
    const file = presetFile({ ...preset, updates })
    expect(() => validatePreset(file, ['windows'])).toThrow(/a Windows build that updates itself needs updates\.publisher/)
    expect(() => validatePreset(file, ['mac'])).not.toThrow()
  })
})

describe('a packaged office build without pins or on the system proxy says so (connection check, diagnostics)', () => {
  const remote: DeskConfig = { ...defaultConfig, platform: { mode: 'remote', baseUrl: 'https://api.broker.example/api', companyId: '1' } }
  const deps = {
    baseUrl: 'https://api.broker.example/api',
    resolveProxy: async () => 'PROXY 127.0.0.1:8888',
    lookup: async () => ['192.0.2.1'],
    tlsHandshake: async () => {},
    probe: async () => ({ meta: { durationMs: 5, trace: 't', status: 200 }, code: '0' }),
    facts: { version: '0.1.0', registerSource: 7 },
  }

  it('names what is missing when packaged (desk, remote), and nothing in development, for a trader or with pins and a fixed proxy', () => {
    expect(exposureOfConfig(remote, true)).toEqual({ gaps: ['noPins', 'proxyNotFixed'], accepted: false })
    expect(exposureOfConfig({ ...remote, acceptInterceptionRisk: true }, true)).toEqual({ gaps: ['noPins', 'proxyNotFixed'], accepted: true })
    expect(exposureOfConfig(remote, false).gaps).toEqual([])
    expect(exposureOfConfig({ ...remote, audience: 'self' }, true).gaps).toEqual([])
    expect(exposureOfConfig(defaultConfig, true).gaps).toEqual([])
    expect(exposureOfConfig({ ...remote, pins: { platform: pins, updates: [] }, proxy: { mode: 'direct' } }, true).gaps).toEqual([])
    expect(exposureOfConfig({ ...remote, pins: { platform: pins, updates: [] } }, true).gaps).toEqual(['proxyNotFixed'])
  })

  it('the connection check report and the diagnostics carry it', async () => {
    const exposure = exposureOfConfig(remote, true)
    const report = await checkConnection({ ...deps, exposure } as Parameters<typeof checkConnection>[0])
    expect(report.exposure).toEqual({ gaps: ['noPins', 'proxyNotFixed'], accepted: false })
    const safe = await checkConnection({ ...deps, exposure: { gaps: [], accepted: false } } as Parameters<typeof checkConnection>[0])
    expect(safe.exposure).toBeUndefined()
    const text = diagnosticsText({
      facts: { version: '0.1.0', platform: 'win32', packaged: true } as never,
      os: { platform: 'win32', version: '10', arch: 'x64' },
      config: { ok: true, config: remote },
      exposure,
      faults: [],
      logLines: [],
      now: new Date(),
    })
    expect(text).toContain('== Platform traffic\nEXPOSED: a user of this PC can read and change platform traffic: no network.pins.platform')
  })
})
