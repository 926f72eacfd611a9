import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../../electron/main/log'
import { publisherCheck } from '../../electron/main/updates/publisher-check'
import { createOfficeUpdater } from '../../electron/main/updates/updater'
import { release, testApp, TEST_PUBLISHER, TEST_RELEASE } from '../support/update-feed'
import { closeFeeds, logLines as lines, ownFeed, pendingFiles, updateSetup as setup } from '../support/update-service'

afterEach(closeFeeds)

/**
 * A feed in hostile hands (issue 22): file names that would put a command on PowerShell's line, addresses that turn
 * into plain http once parsed, and a publisher check that cannot run. electron-updater's real NsisUpdater, a local
 * https feed with a private CA; only a real Windows PC confirms PowerShell's own answer (publisher-check.test.ts).
 */
describe('updates from a hostile feed', () => {
  it('refuses feed file names outside [A-Za-z0-9._-] (a U+2019 quote for PowerShell, a leading space before http), before downloading', async () => {
    const { feed, service, log } = await setup()
    const next = release('0.2.0')
    feed.publish(next)
    const entries = [
      "x\u2019;calc;\u2019.exe", // PowerShell closes a quote on U+2019
      'x%E2%80%99;calc;%E2%80%99.exe', // the same, percent-encoded (electron-updater decodes it)
      ' http://127.0.0.1:9/x.exe', // the URL parser strips the space: plain http
      'a%5C..%5Cevil.exe', // a Windows path separator once decoded
    ]
    for (const entry of entries) {
      feed.put('latest.yml', { type: 'text/yaml', body: next.yml.replace(`url: ${next.name}`, `url: ${JSON.stringify(entry)}`).replace(`path: ${next.name}`, 'path: ok.exe') })
      await service.checkNow()
    }
    expect(feed.requests.map((r) => r.path)).toEqual(entries.map(() => '/desk/latest.yml'))
    expect(lines(log, 'update.refused').map((l) => l.reason)).toEqual([
      expect.stringMatching(/^a file name outside/),
      expect.stringMatching(/^a file name outside/),
      expect.stringMatching(/^a file address with spaces/),
      expect.stringMatching(/^a file name outside/),
    ])
    expect(service.status().phase).toBe('none')
  })


  it('Windows: when the publisher check cannot run (no PowerShell, blocked), the downloaded installer is refused and logged', async () => {
    const started: string[] = []
    const { feed, service, log, cacheDir } = await setup({
      verifyPublisher: publisherCheck({
        publisher: TEST_PUBLISHER,
        env: { SystemRoot: 'C:\\Windows' },
        run: async (program) => {
          started.push(program)
          return { error: { code: 'ENOENT' }, stdout: '', stderr: '' }
        },
      }),
    })
    feed.publish(release('0.2.0'))
    await service.checkNow()
    expect(started).toEqual(['C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe'])
    expect(service.status().phase).toBe('none')
    expect(lines(log, 'update.refused')).toEqual([expect.objectContaining({ reason: 'the publisher check could not run: the download was refused' })])
    expect(service.lastRefusal()).toEqual({ reason: 'the publisher check could not run: the download was refused', note: 'downloadRefused' })
    expect(pendingFiles(cacheDir).filter((f) => f.endsWith('.exe'))).toEqual([])
  })


  it("the NSIS updater's publisher check is ours by default: where PowerShell cannot run (this Linux machine) it refuses", async () => {
    const feed = await ownFeed()
    const { app } = testApp('0.1.0', { feedUrl: feed.url })
    const updater = (await createOfficeUpdater({
      settings: { policy: 'auto', channel: 'stable', checkMinutes: 240, feedUrl: feed.url, publisher: TEST_PUBLISHER, releaseKey: TEST_RELEASE.publicKey },
      platform: 'win32',
      log: createMemoryLogger(),
      app,
    })) as unknown as { verifyUpdateCodeSignature: (names: string[], file: string) => Promise<string | null> }
    // electron-updater's own check logs and answers null (accepted) when PowerShell cannot run; ours answers a refusal
    expect(await updater.verifyUpdateCodeSignature(['Registration Desk Test Publisher'], join(app.baseCachePath, 'x.exe'))).toMatch(
      /^the publisher check could not run/,
    )
  })

  it('a Windows build whose preset names no publisher (updates.publisher) does not update itself: the CN electron-builder records is not enough', async () => {
    const feed = await ownFeed()
    const { app } = testApp('0.1.0', { feedUrl: feed.url })
    const settings = { policy: 'auto' as const, channel: 'stable' as const, checkMinutes: 240, feedUrl: feed.url, releaseKey: TEST_RELEASE.publicKey }
    await expect(createOfficeUpdater({ settings, platform: 'win32', log: createMemoryLogger(), app })).rejects.toThrow(/names no publisher \(updates\.publisher\)/)
  })
})
