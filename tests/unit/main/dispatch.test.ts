import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { testServices } from '../../support/services'
import type { Handlers } from '@contract/channels'
import { createDispatcher, handlersWhenReady, type SenderInfo } from '../../../electron/main/dispatch'
import { createMemoryLogger } from '../../../electron/main/log'
import { appInfoFixture } from '../../support/fixtures'

const trusted: SenderInfo = { url: 'file:///app/out/renderer/index.html', isMainFrame: true, fromOurWindow: true }
const isTrusted = (s: SenderInfo) => s.fromOurWindow && s.isMainFrame && s.url.startsWith('file:///app/')

describe('the dispatcher behind handle()', () => {
  let handlers: Handlers
  let close: () => Promise<void>
  beforeAll(async () => {
    const { services } = await testServices()
    handlers = { ...services.handlers, 'desk:app:info': async () => ({ ok: true, value: appInfoFixture }) }
    close = services.close
  })
  afterAll(() => close())

  it('answers a valid call from our frame', async () => {
    const dispatch = createDispatcher(handlers, isTrusted)
    await expect(dispatch('desk:app:info', trusted, undefined)).resolves.toEqual({ ok: true, value: appInfoFixture })
  })

  it('rejects a payload that fails the schema, with a typed validation error', async () => {
    const spy = vi.fn(handlers['desk:app:info'])
    const dispatch = createDispatcher({ ...handlers, 'desk:app:info': spy }, isTrusted)
    const result = await dispatch('desk:app:info', trusted, { surprise: true })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', code: 'INVALID_PAYLOAD' } })
    expect(spy).not.toHaveBeenCalled()
  })

  it.each<[string, SenderInfo]>([
    ['a sub-frame', { ...trusted, isMainFrame: false }],
    ['another window', { ...trusted, fromOurWindow: false }],
    ['a foreign page', { url: 'https://evil.example/', isMainFrame: true, fromOurWindow: true }],
  ])('rejects %s as sender and never runs the handler', async (_name, sender) => {
    const spy = vi.fn(handlers['desk:app:info'])
    const log = createMemoryLogger()
    const dispatch = createDispatcher({ ...handlers, 'desk:app:info': spy }, isTrusted, log)
    const result = await dispatch('desk:app:info', sender, undefined)
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'UNTRUSTED_SENDER' } })
    expect(spy).not.toHaveBeenCalled()
    expect(log.lines.join('\n')).toContain('ipc.rejected-sender')
  })

  it('rejects an unknown channel', async () => {
    const dispatch = createDispatcher(handlers, isTrusted)
    const result = await dispatch('desk:shell:exec', trusted, 'rm -rf /')
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', code: 'UNKNOWN_CHANNEL' } })
  })

  it('turns a throwing handler or sender check into a value', async () => {
    const boom: Handlers = {
      ...handlers,
      'desk:app:info': async () => {
        throw new Error('secret detail')
      },
    }
    const result = await createDispatcher(boom, isTrusted)('desk:app:info', trusted, undefined)
    expect(result).toEqual({
      ok: false,
      error: { kind: 'internal', code: 'INTERNAL', message: 'Unexpected error in the application' },
    })
    const throwingCheck = createDispatcher(handlers, () => {
      throw new Error('x')
    })
    await expect(throwingCheck('desk:app:info', trusted, undefined)).resolves.toMatchObject({
      error: { kind: 'forbidden' },
    })
  })
})

describe('channels registered before the services exist (main starts them just after its window)', () => {
  it('a call made first waits for the services and gets their answer; the sender check and the schema do not wait', async () => {
    let start!: (handlers: Handlers) => void
    const ready = new Promise<Handlers>((resolve) => (start = resolve))
    const info = vi.fn(async () => ({ ok: true as const, value: appInfoFixture }))
    const dispatch = createDispatcher(handlersWhenReady(ready), isTrusted)

    const early = dispatch('desk:app:info', trusted, undefined)
    // refused at once, services or not
    await expect(dispatch('desk:app:info', { ...trusted, fromOurWindow: false }, undefined)).resolves.toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } })
    await expect(dispatch('desk:app:info', trusted, { surprise: true })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } })
    let settled = false
    void early.then(() => (settled = true))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(settled).toBe(false)
    expect(info).not.toHaveBeenCalled()

    start({ 'desk:app:info': info } as unknown as Handlers)
    await expect(early).resolves.toEqual({ ok: true, value: appInfoFixture })
    expect(info).toHaveBeenCalledTimes(1)
  })

  it('services that failed to start answer each call INTERNAL, as any handler that throws', async () => {
    const log = createMemoryLogger()
    const dispatch = createDispatcher(handlersWhenReady(Promise.reject(new Error('disk gone'))), isTrusted, log)
    await expect(dispatch('desk:app:info', trusted, undefined)).resolves.toMatchObject({ ok: false, error: { kind: 'internal', code: 'INTERNAL' } })
    expect(log.lines.some((l) => l.includes('ipc.handler-threw'))).toBe(true)
  })
})
