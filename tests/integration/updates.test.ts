import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultConfig } from '../../electron/main/config'
import type { UpdateStatus } from '@contract/types'
import type { UpdaterLike } from '../../electron/main/updates/service'
import { release, testApp, testUpdater } from '../support/update-feed'
import { closeFeeds, logLines as lines, ownFeed, pendingFiles, phases, updateSetup as setup } from '../support/update-service'
import { testServices } from '../support/services'

afterEach(closeFeeds)

describe('updates from the office feed (electron-updater, real download logic)', () => {
  it('finds a newer version, downloads it with its sha512 checked and the publisher verified, and says it is ready', async () => {
    const verified: { names: string[]; file: string }[] = []
    const { feed, cacheDir, service, notices, log } = await setup({
      verifyPublisher: async (names, file) => {
        verified.push({ names, file })
        return null
      },
    })
    const next = release('0.2.0')
    feed.publish(next)

    await service.checkNow()

    expect(service.status()).toEqual({ policy: 'auto', phase: 'ready', version: '0.2.0', mayPrompt: true })
    expect(phases(notices)).toEqual(['downloading', 'ready'])
    expect(notices.some((n) => n.phase === 'downloading' && n.percent === 100)).toBe(true)
    const paths = feed.requests.map((r) => r.path)
    expect(paths).toEqual(['/desk/latest.yml', `/desk/${next.name}`])
    const downloaded = pendingFiles(cacheDir).find((f) => f.endsWith('.exe'))!
    expect(createHash('sha512').update(readFileSync(join(cacheDir, 'pending', downloaded))).digest('base64')).toBe(next.sha512)
    // Windows: the installer's publisher checked against the one this build recorded (app-update.yml)
    expect(verified).toHaveLength(1)
    expect(verified[0]!.names).toEqual(['Registration Desk Test Publisher'])
    expect(lines(log, 'update.ready')).toEqual([expect.objectContaining({ version: '0.2.0' })])
  })

  it('with the same version on the feed, reads the feed file and nothing else', async () => {
    const { feed, service, notices } = await setup()
    feed.publish(release('0.1.0'))
    await service.checkNow()
    expect(feed.requests.map((r) => r.path)).toEqual(['/desk/latest.yml'])
    expect(service.status().phase).toBe('none')
    expect(notices).toEqual([])
  })

  it('never moves back to an older version', async () => {
    const { feed, service } = await setup({ version: '0.3.0' })
    feed.publish(release('0.2.0'))
    await service.checkNow()
    expect(feed.requests.map((r) => r.path)).toEqual(['/desk/latest.yml'])
    expect(service.status().phase).toBe('none')
  })

  it('refuses a corrupted or substituted file by its sha512, logs it, keeps nothing, and takes the good one at a later check', async () => {
    const { feed, cacheDir, service, notices, log } = await setup()
    const next = release('0.2.0')
    feed.publish(next)
    const substituted = Buffer.from(next.installer)
    substituted[1000] = substituted[1000]! ^ 0xff
    feed.put(next.name, { body: substituted })

    await service.checkNow()

    expect(service.status().phase).toBe('none')
    expect(phases(notices)).toEqual(['downloading', 'none'])
    expect(lines(log, 'update.refused')).toEqual([expect.objectContaining({ level: 'warn', reason: 'sha512 mismatch: the download was refused' })])
    expect(pendingFiles(cacheDir).filter((f) => f.endsWith('.exe'))).toEqual([])

    feed.publish(next) // the server is put right
    await service.checkNow()
    expect(service.status()).toMatchObject({ phase: 'ready', version: '0.2.0' })
  })

  it('refuses an installer not signed by this app\'s publisher (Windows), logged, nothing offered', async () => {
    const { feed, service, log, notices } = await setup({ verifyPublisher: async () => 'publisher name mismatch: CN=Someone Else' })
    feed.publish(release('0.2.0'))
    await service.checkNow()
    expect(service.status().phase).toBe('none')
    expect(notices.at(-1)?.phase).toBe('none')
    expect(lines(log, 'update.refused')).toEqual([expect.objectContaining({ reason: "not signed by this app's publisher: the download was refused" })])
  })

  it('a Windows build that records no publisher does not update itself at all', async () => {
    const { feed, service, log } = await setup({ publisherName: null })
    feed.publish(release('0.2.0'))
    await service.checkNow()
    expect(feed.requests).toEqual([])
    expect(service.status().phase).toBe('none')
    expect(lines(log, 'update.unavailable')).toEqual([expect.objectContaining({ level: 'error', reason: expect.stringContaining('no publisher') })])
  })

  it('refuses a feed whose files have no sha512 or leave https, before downloading anything', async () => {
    const { feed, service, log } = await setup()
    const next = release('0.2.0')
    feed.publish(next)
    feed.put('latest.yml', { type: 'text/yaml', body: next.yml.replaceAll(/^\s*sha512: .*$/gm, '').replace(/\n\n+/g, '\n') })
    await service.checkNow()
    feed.put('latest.yml', { type: 'text/yaml', body: next.yml.replace(`url: ${next.name}`, `url: http://127.0.0.1:9/${next.name}`) })
    await service.checkNow()
    expect(feed.requests.map((r) => r.path)).toEqual(['/desk/latest.yml', '/desk/latest.yml'])
    expect(lines(log, 'update.refused').map((l) => l.reason)).toEqual([expect.stringMatching(/^no sha512/), expect.stringMatching(/^not https/)])
    expect(service.status().phase).toBe('none')
  })

  it('a feed that is down, or answers a web page, is a logged warning and no notice', async () => {
    const { feed, service, notices, log } = await setup()
    feed.put('latest.yml', { type: 'text/html', body: '<!doctype html><html><body>Sign in to the proxy</body></html>' })
    await service.checkNow()
    await feed.down()
    await service.checkNow()
    expect(notices).toEqual([])
    const failed = lines(log, 'update.failed')
    expect(failed).toHaveLength(2)
    expect(failed.every((l) => l.level === 'warn')).toBe(true)
    expect(failed[0]!.reason).toMatch(/update info|Cannot parse/)
    expect(failed[1]!.reason).toMatch(/ECONNREFUSED/)
    expect(JSON.stringify(log.lines)).not.toContain(feed.url) // hosts, never full addresses
  }, 20_000)

  it('policy off: the updater is never loaded and the feed never asked', async () => {
    const { feed, service, loads } = await setup({ policy: 'off' })
    feed.publish(release('0.2.0'))
    service.start()
    await service.checkNow()
    service.close()
    expect(loads).toEqual([])
    expect(feed.requests).toEqual([])
    expect(service.status()).toEqual({ policy: 'off', phase: 'none', mayPrompt: true })
  })

  it('notify: tells without downloading; the clerk downloads, then it is ready', async () => {
    const { feed, service, notices } = await setup({ policy: 'notify' })
    const next = release('0.2.0')
    feed.publish(next)
    await service.checkNow()
    expect(service.status()).toMatchObject({ policy: 'notify', phase: 'available', version: '0.2.0' })
    expect(feed.requests.map((r) => r.path)).toEqual(['/desk/latest.yml'])

    const started = await service.download()
    expect(started).toMatchObject({ ok: true, value: { phase: 'downloading' } })
    await vi.waitFor(() => expect(service.status().phase).toBe('ready'), { timeout: 5000 })
    expect(feed.requests.map((r) => r.path)).toContain(`/desk/${next.name}`)
    expect(phases(notices)).toEqual(['available', 'downloading', 'ready'])
  })

  it('the beta channel reads beta.yml', async () => {
    const { feed, service } = await setup({ channel: 'beta' })
    feed.publish(release('0.2.0-beta.1'), 'beta.yml')
    await service.checkNow()
    expect(feed.requests[0]!.path).toBe('/desk/beta.yml')
    expect(service.status()).toMatchObject({ phase: 'ready', version: '0.2.0-beta.1' })
  })

  it('never during a customer: no prompt and no restart while one is at the desk; both once they have gone', async () => {
    let present = true
    const { feed, service, notices, loads } = await setup({ customerPresent: () => present })
    feed.publish(release('0.2.0'))
    await service.checkNow()
    expect(service.status()).toMatchObject({ phase: 'ready', mayPrompt: false })
    const install = vi.spyOn(loads[0]!, 'quitAndInstall').mockImplementation(() => {})
    await expect(service.restartNow()).resolves.toMatchObject({ ok: false, error: { code: 'CUSTOMER_AT_DESK' } })
    expect(install).not.toHaveBeenCalled()

    present = false
    service.customerChanged()
    expect(notices.at(-1)).toMatchObject({ phase: 'ready', mayPrompt: true })
    await expect(service.restartNow()).resolves.toEqual({ ok: true, value: null })
    expect(install).toHaveBeenCalledWith(true, true)
  })
})

describe('updates in main\'s composition (services.ts)', () => {
  it('a registration in flight at main: no prompt and no restart until it has ended', async () => {
    const feed = await ownFeed()
    feed.publish(release('0.2.0'))
    const { app } = testApp('0.1.0', { feedUrl: feed.url })
    const pushed: UpdateStatus[] = []
    const updates = { policy: 'auto' as const, feedUrl: feed.url, channel: 'stable' as const, checkMinutes: 240 }
    const loaded: UpdaterLike[] = []
    const { services, log } = await testServices({
      config: { ok: true, config: { ...defaultConfig, updates } },
      notify: (event, payload) => void (event === 'desk:event:update-status' && pushed.push(payload as UpdateStatus)),
      updates: {
        platform: 'win32',
        firstCheckAfterMs: 60_000,
        load: async (settings) => {
          const updater = await testUpdater(feed, app, log, { settings })
          loaded.push(updater)
          return updater
        },
      },
    })
    try {
      await services.updates.checkNow()
      expect(services.updates.status()).toMatchObject({ phase: 'ready', version: '0.2.0', mayPrompt: true })
      const install = vi.spyOn(loaded[0]!, 'quitAndInstall').mockImplementation(() => {})

      // a customer: the code goes out, then the register takes its time at the platform
      const registration = services.registration!
      const login = { method: 'email' as const, email: `upd-${Date.now()}@example.com` }
      expect((await registration.sendCode(login, 'CN')).ok).toBe(true)
      services.customer.setPresence(true)
      expect(pushed.at(-1)).toMatchObject({ phase: 'ready', mayPrompt: false })
      services.sandbox!.faults.arm('register', { mode: 'delay', count: 1, delayMs: 600 })
      const code = services.sandbox!.latestCode(login.email)!
      const inFlight = registration.register({ formId: crypto.randomUUID(), login, country: 'CN', verifyCode: code, openAccountType: 0 })
      services.customer.setPresence(false) // even if the window said nobody is there, main knows the register is on its way
      expect(services.updates.status().mayPrompt).toBe(false)
      await expect(services.updates.restartNow()).resolves.toMatchObject({ ok: false, error: { code: 'CUSTOMER_AT_DESK' } })
      expect((await inFlight).ok).toBe(true)

      services.customer.next() // "next customer"
      expect(pushed.at(-1)).toMatchObject({ phase: 'ready', mayPrompt: true })
      await expect(services.updates.restartNow()).resolves.toEqual({ ok: true, value: null })
      expect(install).toHaveBeenCalledTimes(1)
    } finally {
      await services.close()
    }
  })
})
