import { csvLabels } from '../support/csv-labels'
import { uiLanguages } from '@contract/languages'
import fc from 'fast-check'
import * as v from 'valibot'
import { mkdirSync, writeFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { allChannels, type Channel } from '@contract/api-map'
import { channelSchema, channelSpecs, type Handlers } from '@contract/channels'
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
/** One valid payload per channel, from its domain's contract file: the fuzzer mutates it one field at a time. */
const validExamples = Object.fromEntries(allChannels().map((channel) => [channel, channelSpecs[channel].example])) as Record<Channel, unknown>

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
          const valid = v.safeParse(channelSchema(channel), payload).success
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
      for (const input of seen.get(channel)!) expect(v.safeParse(channelSchema(channel), input).success).toBe(true)
      expect(seen.get(channel)!.length).toBe(accepted)
      // both sides of the schema were exercised
      expect(accepted).toBeGreaterThan(RUNS / 20)
      expect(RUNS - accepted).toBeGreaterThan(RUNS / 20)
      summary[channel] = { accepted, refused: RUNS - accepted }
    }, 60_000)
  }

  it("every domain's example payload is valid for its channel, and the journal export takes the renderer's own words", () => {
    for (const channel of allChannels()) expect(v.safeParse(channelSchema(channel), validExamples[channel]).success, channel).toBe(true)
    for (const language of uiLanguages) expect(v.safeParse(channelSchema('desk:journal:export-csv'), csvLabels(language)).success, language).toBe(true)
  })

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
