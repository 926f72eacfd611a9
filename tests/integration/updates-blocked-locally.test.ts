import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { diagnosticsText } from '../../electron/main/diagnostics/report'
import { withUpdateHealth } from '../../electron/main/updates/feed'
import type { UpdateHealth } from '../../electron/main/updates/health'
import { release } from '../support/update-feed'
import { closeFeeds, logLines, updateSetup } from '../support/update-service'

afterEach(closeFeeds)

/** what the connection check's feed request answered: reachable, offering 0.2.0 */
const offers = { outcome: 'ok' as const, ms: 5, status: 200, detail: 'offers 0.2.0 (stable)', note: 'offers' as const, noteValue: '0.2.0', feedHost: 'feed.example' }
/** Save diagnostics' input as main gathers it, the updates from `service` */
const diagnosticsInput = (service: Awaited<ReturnType<typeof updateSetup>>['service']) => ({
  facts: { version: '0.1.0', platform: 'win32', packaged: true },
  os: { platform: 'win32', version: '10', arch: 'x64' },
  config: { ok: false, problem: { field: 'x', code: 'x', message: 'x' } } as never,
  faults: [],
  logLines: [],
  now: new Date(),
  updates: { ...service.status(), ...service.health(), problem: service.lastRefusal() },
})
const memory = () => {
  let kept: unknown
  return { get: () => kept, set: (value: UpdateHealth) => void (kept = JSON.parse(JSON.stringify(value))) }
}

/**
 * Updates held back without a word: was tests/attack-poc/updates-blocked-silently.test.ts. A file named `pending` in
 * the updater's cache folder (the user's own) made every download fail as an "ordinary failure" while the connection
 * check said the feed offered a new version; an edited `.updaterId` opted the PC out of a staged rollout.
 */
describe('updates that cannot be saved on this PC, or are held back, are said', () => {
  it('a FILE named "pending" in the updater cache: every download fails, and the connection check and the diagnostics say what and where, with failures in a row', async () => {
    const kept = memory()
    const { feed, cacheDir, service, log } = await updateSetup({ memory: kept })
    mkdirSync(cacheDir, { recursive: true })
    writeFileSync(join(cacheDir, 'pending'), 'not a folder')
    feed.publish(release('0.2.0'))
    for (let i = 0; i < 3; i++) await service.checkNow()
    expect(service.status().phase).toBe('none')
    expect(logLines(log, 'update.failed-on-this-pc')[0]).toMatchObject({ level: 'warn', reason: expect.stringMatching(/^EEXIST: mkdir .*registration-desk-updater[\\/]pending$/) })
    // repeated failure is not a silent loop: the third in a row is an error in the log
    expect(logLines(log, 'update.failing')).toEqual([expect.objectContaining({ level: 'error', count: 3 })])
    expect(service.lastRefusal()).toMatchObject({ note: 'downloadFailedLocally', local: { code: 'EEXIST', path: expect.stringMatching(/registration-desk-updater[\\/]pending$/) } })
    expect(service.health()).toMatchObject({ failing: { count: 3, since: expect.any(String) } })

    // the connection check: no longer "offers 0.2.0" as if all were fine
    const step = withUpdateHealth(offers, service.lastRefusal(), service.health())
    expect(step).toMatchObject({ outcome: 'failed', note: 'downloadFailedLocally', noteValue: expect.stringMatching(/pending$/), localFailure: { code: 'EEXIST' }, failing: { count: 3 }, feedHost: 'feed.example' })
    expect(step.detail).toMatch(/^offers 0\.2\.0 \(stable\); the last download failed on this PC: EEXIST: mkdir /)
    expect(step.lastGoodCheck).toBeUndefined()
    // Save diagnostics, without any connection check
    const text = diagnosticsText({ ...diagnosticsInput(service), language: 'en-US' })
    expect(text).toMatch(/== Updates\npolicy auto, nothing on offer\nlast update check that ended well: none recorded on this PC\nFAILING: 3 checks or downloads in a row since .+\nthe last download could not be saved on this PC: EEXIST at .*pending \(IT: remove or fix/)

    // and in the window's language beside the English facts
    for (const [language, words] of [['zh-CN', /\n更新：上次下载的内容无法保存到本机（EEXIST），位置：.*pending。\n更新：自 .+ 起连续 3 次检查或下载失败。\n上次成功的更新检查：本机没有记录。\n/], ['zh-HK', /\n更新：上次下載的內容無法儲存到本機（EEXIST），位置：.*pending。\n更新：自 .+ 起連續 3 次檢查或下載失敗。\n上次成功的更新檢查：本機沒有記錄。\n/]] as const) {
      expect(diagnosticsText({ ...diagnosticsInput(service), language })).toMatch(words)
    }

    // a restart does not hide it (the local store keeps the health)
    const again = await updateSetup({ memory: kept })
    expect(again.service.health()).toMatchObject({ failing: { count: 3 } })

    // IT removes the file: the next check downloads, the step is healthy and says when
    rmSync(join(cacheDir, 'pending'))
    await service.checkNow()
    expect(service.status().phase).toBe('ready')
    expect(service.lastRefusal()).toBeUndefined()
    expect(service.health()).toEqual({ lastGoodCheck: expect.any(String) })
    expect(withUpdateHealth(offers, service.lastRefusal(), service.health())).toEqual({ ...offers, lastGoodCheck: service.health().lastGoodCheck })
  })

  it('the home folder is shortened in the place shown (the place, not the account)', async () => {
    const { shortPlace } = await import('../../electron/main/updates/feed')
    expect(shortPlace('C:\\Users\\alice\\AppData\\Local\\registration-desk-updater\\pending', 'C:\\Users\\alice')).toBe('%USERPROFILE%\\AppData\\Local\\registration-desk-updater\\pending')
    expect(shortPlace('/Users/alice/Library/Caches/registration-desk-updater/pending', '/Users/alice')).toBe('~/Library/Caches/registration-desk-updater/pending')
    expect(shortPlace('/Users/alicex/pending', '/Users/alice')).toBe('/Users/alicex/pending')
  })

  it('staged rollouts are not honoured: an edited .updaterId, or a feed asking for 0%, holds no PC back', async () => {
    for (const [id, percent] of [['00000000-0000-4000-8000-0000ffffffff', 99], ['00000000-0000-4000-8000-000000000000', 0]] as const) {
      const { feed, app, service, log } = await updateSetup()
      mkdirSync(app.userDataPath, { recursive: true })
      // last 4 bytes ffffffff: electron-updater's position 1.0, outside any rollout below 100%
      writeFileSync(join(app.userDataPath, '.updaterId'), id)
      const next = release('0.2.0')
      feed.publish({ ...next, yml: `${next.yml}stagingPercentage: ${percent}\n` })
      await service.checkNow()
      expect(service.status().phase).toBe('ready')
      expect(logLines(log, 'update.staging-ignored')[0]).toMatchObject({ reason: `the feed asks for a staged rollout (${percent}%): not honoured` })
    }
  })
})
