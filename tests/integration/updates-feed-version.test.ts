import { afterEach, describe, expect, it } from 'vitest'
import { MAX_VERSION_LENGTH, probeFeed, releaseVersion } from '../../electron/main/updates/feed'
import { release } from '../support/update-feed'
import { closeFeeds, logLines as lines, updateSetup as setup } from '../support/update-service'

afterEach(closeFeeds)

/** A feed's version is text a hostile feed controls: only a strict semver of this channel, short, reaches the screen. */
describe("a feed's version", () => {
  it('refuses a feed whose version is not strict semver, too long, or a pre-release of another channel, before downloading', async () => {
    const { feed, service, log, notices } = await setup()
    const next = release('0.2.0', { name: 'Registration-Desk-Setup.exe' })
    const versions = ['0.2.0-beta.1', `0.2.0-${'a'.repeat(60)}`, '0.2.0 Click here: https://evil.example', "'0.2.0-\u202Eexe.'", '00.2.0', 'v0.2.0']
    for (const version of versions) {
      feed.put('Registration-Desk-Setup.exe', { body: next.installer })
      feed.put('latest.yml', { type: 'text/yaml', body: next.yml.replace('version: 0.2.0', `version: ${version}`) })
      await service.checkNow()
    }
    expect(feed.requests.every((r) => r.path === '/desk/latest.yml')).toBe(true) // nothing downloaded
    expect(notices).toEqual([]) // nothing shown
    const reasons = lines(log, 'update.refused').map((l) => l.reason as string)
    expect(reasons[0]).toMatch(/^a pre-release that is not the stable channel's/)
    expect(reasons[1]).toMatch(/^a version that is missing or longer than 32 characters/)
    expect(reasons.length + lines(log, 'update.failed').length).toBe(versions.length)
    for (const reason of reasons) expect(reason.length).toBeLessThanOrEqual(160)
  })

  it('shows only the validated version: no build metadata; beta takes beta pre-releases only', async () => {
    expect(releaseVersion('1.2.3+build.77', 'stable')).toEqual({ version: '1.2.3' })
    expect(releaseVersion('1.2.3-beta.4', 'beta')).toEqual({ version: '1.2.3-beta.4' })
    expect(releaseVersion('1.2.3', 'beta')).toEqual({ version: '1.2.3' })
    expect(releaseVersion('1.2.3-rc.1', 'beta')).toMatchObject({ problem: expect.stringMatching(/beta channel/) })
    expect(releaseVersion('1.2.3-beta.4', 'stable')).toMatchObject({ problem: expect.stringMatching(/stable channel/) })
    expect(releaseVersion(12, 'stable')).toMatchObject({ problem: expect.any(String) })
    expect(releaseVersion('9'.repeat(MAX_VERSION_LENGTH + 1), 'stable')).toMatchObject({ problem: expect.stringMatching(/longer than/) })

    const { feed, service } = await setup({ channel: 'beta' })
    const next = release('0.2.0-beta.1+ci.1234', { name: 'Registration-Desk-Setup.exe' })
    feed.publish(next, 'beta.yml')
    await service.checkNow()
    expect(service.status()).toMatchObject({ phase: 'ready', version: '0.2.0-beta.1' })
  })

  it('the connection check shows only a validated version, and says why another is refused', async () => {
    const settings = { policy: 'auto' as const, feedUrl: 'https://updates.example/desk/', channel: 'stable' as const, checkMinutes: 240 }
    const answer = (body: string) => async () => new Response(body, { status: 200 })
    expect(await probeFeed(settings, 'win32', answer('version: 0.3.0+sha.abc\n'))).toMatchObject({ outcome: 'ok', detail: 'offers 0.3.0 (stable)' })
    const long = await probeFeed(settings, 'win32', answer(`version: 0.3.0-${'x'.repeat(500)}\n`))
    expect(long).toMatchObject({ outcome: 'failed', detail: expect.stringMatching(/^refused: a version that is missing or longer than 32/) })
    expect(long.detail!.length).toBeLessThan(120)
  })
})
