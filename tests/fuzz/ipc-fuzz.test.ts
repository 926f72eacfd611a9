import { csvLabels } from '../support/csv-labels'
import fc from 'fast-check'
import * as v from 'valibot'
import { mkdirSync, writeFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { allChannels, type Channel } from '../../electron/contract/api-map'
import type { Handlers } from '../../electron/contract/channels'
import { channelSchemas } from '../../electron/contract/schemas'
import { createDispatcher, type SenderInfo } from '../../electron/main/dispatch'

const RUNS = 10_000
const trusted: SenderInfo = { url: 'file:///app/out/renderer/index.html', isMainFrame: true, fromOurWindow: true }

/** Handlers that record what reached them: a payload that passes the wrapper must satisfy the channel's schema. */
function recordingHandlers(seen: Map<Channel, unknown[]>): Handlers {
  return Object.fromEntries(
    allChannels().map((channel) => [
      channel,
      async (input: unknown) => {
        seen.get(channel)!.push(input)
        return { ok: true, value: null }
      },
    ]),
  ) as unknown as Handlers
}

/** Values near the valid shapes, so the fuzzer reaches the accepting side too, not only the refusals. */
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', ' ', '\u0000', '\u202e', 'a'.repeat(300), '82', 'CN', 'zh-CN', 'en-US'))
const nearValid = fc.oneof(
  fc.constant(undefined),
  text,
  fc.record({ login: fc.oneof(fc.record({ method: fc.constant('email'), email: fc.oneof(text, fc.emailAddress()) }), fc.record({ method: fc.constant('phone'), phoneArea: fc.constantFrom('86', '+44', 'x'), phone: fc.stringMatching(/^\d{0,16}$/) })), country: fc.constantFrom('CN', 'GB', 'cn', '') }, { requiredKeys: [] }),
  fc.record({ values: fc.dictionary(fc.constantFrom('utmSource', 'utmMedium', 'utmCampaign', 'agentCode', 'evil'), text), origin: fc.constantFrom('manual', 'link', 'deep-link') }, { requiredKeys: [] }),
  fc.record({ formId: fc.oneof(fc.uuid(), text), verifyCode: fc.stringMatching(/^\d{0,9}$/), openAccountType: fc.constantFrom(0, 1, 2, '0'), password: text }, { requiredKeys: [] }),
  fc.record({ defaults: fc.record({ country: fc.constantFrom('JP', 'jp'), language: fc.constantFrom('zh-CN', 'fr') }, { requiredKeys: [] }), staffMode: fc.record({ idleMinutes: fc.oneof(fc.integer(), fc.double()) }) }, { requiredKeys: [] }),
)
/** One valid payload per channel: the fuzzer mutates it one field at a time to probe the schema's edges. */
const validExamples: Record<Channel, unknown> = {
  'desk:app:info': undefined,
  'desk:app:set-language': 'en-US',
  'desk:app:copy-text': '8000001',
  'desk:settings:last-login': undefined,
  'desk:platform:send-code': { login: { method: 'email', email: 'ann@example.com' }, country: 'CN' },
  'desk:platform:code-status': { login: { method: 'phone', phoneArea: '86', phone: '13912345678' } },
  'desk:registration:submit': {
    formId: '2f1c7a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
    login: { method: 'email', email: 'ann@example.com' },
    country: 'CN',
    verifyCode: '123456',
    openAccountType: 0,
  },
  'desk:registration:next-customer': undefined,
  'desk:registration:presence': true,
  'desk:registration:print-slip': { trace: '0d6f4c2e-9a51-4b7e-8f3a-2c1d5e6f7a8b' },
  'desk:updates:status': undefined,
  'desk:updates:download': undefined,
  'desk:updates:restart': undefined,
  'desk:campaign:get': undefined,
  'desk:campaign:set': { values: { utmSource: 'partner-x' }, origin: 'manual' },
  'desk:campaign:clear': undefined,
  'desk:campaign:parse-link': 'https://x.example/?utm_source=a',
  'desk:staff:current': undefined,
  'desk:staff:start': 'E1024',
  'desk:staff:end': undefined,
  'desk:journal:today': undefined,
  'desk:journal:export-csv': csvLabels('zh-CN'),
  'desk:draft:save': {
    formId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    method: 'phone',
    country: 'CN',
    email: '',
    phoneArea: '86',
    phone: '13800000000',
    openAccountType: 0,
    codeSentTo: '86 13800000000',
  },
  'desk:draft:load': undefined,
  'desk:campaign:decide': true,
  'desk:network:check': undefined,
  'desk:network:proxy-login': { username: 'branch', password: 'proxy-secret-1' },
  'desk:office:unlock': '482913',
  'desk:office:lock': undefined,
  'desk:office:values': undefined,
  'desk:office:save': { defaults: { country: 'JP' }, staffMode: { idleMinutes: 5 } },
}

/** A valid example with one field replaced, removed or added. */
const mutated = (example: unknown) =>
  example !== null && typeof example === 'object'
    ? fc
        .tuple(fc.constantFrom(...Object.keys(example), 'extra'), fc.oneof(fc.anything(), fc.constant(undefined)), fc.boolean())
        .map(([key, value, drop]) => {
          const copy: Record<string, unknown> = { ...(example as Record<string, unknown>) }
          if (drop) delete copy[key]
          else copy[key] = value
          return copy
        })
    : fc.anything()

const payloadsFor = (channel: Channel) =>
  fc.oneof(
    { weight: 2, arbitrary: payloads },
    { weight: 1, arbitrary: fc.constant(validExamples[channel]) },
    { weight: 2, arbitrary: mutated(validExamples[channel]) },
  )

const payloads = fc.oneof({ weight: 2, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }) }, { weight: 3, arbitrary: nearValid })

const summary: Record<string, { accepted: number; refused: number }> = {}

describe('every IPC channel, fuzzed through the real dispatcher', () => {
  afterAll(() => {
    mkdirSync('test-results', { recursive: true })
    writeFileSync('test-results/fuzz-summary.json', JSON.stringify(summary, null, 2))
  })

  for (const channel of allChannels()) {
    it(`${channel}: ${RUNS} payloads, each valid or a typed validation error, nothing thrown`, async () => {
      const seen = new Map(allChannels().map((c) => [c, [] as unknown[]]))
      const dispatch = createDispatcher(recordingHandlers(seen), (s) => s.fromOurWindow && s.isMainFrame)
      let accepted = 0
      await fc.assert(
        fc.asyncProperty(payloadsFor(channel), async (payload) => {
          const result = (await Promise.race([
            dispatch(channel, trusted, payload),
            new Promise((_, reject) => setTimeout(() => reject(new Error('hung')), 1000)),
          ])) as { ok: boolean; error?: { kind: string; code: string } }
          const valid = v.safeParse(channelSchemas[channel], payload).success
          if (valid) {
            accepted += 1
            expect(result).toEqual({ ok: true, value: null })
          } else {
            expect(result).toMatchObject({ ok: false, error: { kind: 'validation', code: 'INVALID_PAYLOAD' } })
          }
        }),
        { numRuns: RUNS },
      )
      // what reached the handler always satisfies the schema (the handler never sees an unchecked payload)
      for (const input of seen.get(channel)!) expect(v.safeParse(channelSchemas[channel], input).success).toBe(true)
      expect(seen.get(channel)!.length).toBe(accepted)
      // both sides of the schema were exercised
      expect(accepted).toBeGreaterThan(RUNS / 20)
      expect(RUNS - accepted).toBeGreaterThan(RUNS / 20)
      summary[channel] = { accepted, refused: RUNS - accepted }
    }, 60_000)
  }

  it('unknown channels and untrusted senders are refused for any payload', async () => {
    const seen = new Map(allChannels().map((c) => [c, [] as unknown[]]))
    const dispatch = createDispatcher(recordingHandlers(seen), (s) => s.fromOurWindow && s.isMainFrame)
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.anything(), fc.boolean(), async (channel, payload, mainFrame) => {
        const known = (allChannels() as string[]).includes(channel)
        const result = await dispatch(channel, { url: 'https://evil.example/', isMainFrame: mainFrame, fromOurWindow: false }, payload)
        expect(result).toMatchObject({ ok: false, error: { kind: known ? 'forbidden' : 'validation' } })
      }),
      { numRuns: RUNS },
    )
    expect([...seen.values()].every((calls) => calls.length === 0)).toBe(true)
  })
})
