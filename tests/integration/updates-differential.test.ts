import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../../electron/main/log'
import { signFeedText } from '../../scripts/sign-release'
import { TEST_IDENTITY, TEST_RELEASE, testApp, testUpdater, updateFeed } from '../support/update-feed'

const feeds: Awaited<ReturnType<typeof updateFeed>>[] = []
afterEach(async () => {
  for (const feed of feeds.splice(0)) await feed.down().catch(() => {})
})

describe('differential download (blockmaps made by electron-builder, as package:office makes them)', () => {
  it('fetches only the changed blocks of the new installer when the old one is cached, and checks the result', async () => {
    const { buildBlockMap } = await import('app-builder-lib/out/targets/blockmap/blockmap')
    const feed = await updateFeed()
    feeds.push(feed)
    const { app, cacheDir } = testApp('0.1.0', { feedUrl: feed.url })
    const work = mkdtempSync(join(tmpdir(), 'desk-blockmap-'))
    const oldInstaller = randomBytes(2 * 1024 * 1024)
    const newInstaller = Buffer.from(oldInstaller)
    randomBytes(96 * 1024).copy(newInstaller, 900 * 1024) // one region changed, as between two builds
    const names = { old: 'Registration-Desk-Setup-0.1.0.exe', next: 'Registration-Desk-Setup-0.2.0.exe' }
    writeFileSync(join(work, names.old), oldInstaller)
    writeFileSync(join(work, names.next), newInstaller)
    await buildBlockMap(join(work, names.old), 'gzip', join(work, `${names.old}.blockmap`))
    const info = await buildBlockMap(join(work, names.next), 'gzip', join(work, `${names.next}.blockmap`))
    for (const name of [names.next, `${names.old}.blockmap`, `${names.next}.blockmap`]) feed.put(name, { body: readFileSync(join(work, name)) })
    feed.put('latest.yml', {
      type: 'text/yaml',
      // signed as package:office signs the feed it writes (scripts/sign-release.ts)
      body: signFeedText(`version: 0.2.0\nfiles:\n  - url: ${names.next}\n    sha512: ${info.sha512}\n    size: ${info.size}\npath: ${names.next}\nsha512: ${info.sha512}\n`, TEST_IDENTITY, TEST_RELEASE.privateKey),
    })
    // the installer that installed this version, kept by the NSIS installer in the updater's cache
    mkdirSync(cacheDir, { recursive: true })
    writeFileSync(join(cacheDir, 'installer.exe'), oldInstaller)

    const log = createMemoryLogger()
    const updater = await testUpdater(feed, app, log, { differential: true })
    const result = await updater.checkForUpdates()
    const [file] = (await result!.downloadPromise) as string[]

    expect(createHash('sha512').update(readFileSync(file!)).digest('base64')).toBe(info.sha512)
    const ranged = feed.requests.filter((r) => r.path === `/desk/${names.next}`)
    expect(ranged.length).toBeGreaterThan(0)
    expect(ranged.every((r) => r.range?.startsWith('bytes='))).toBe(true)
    // about the changed region (96 KB and the blocks around it), not the 2 MB
    expect(feed.served(names.next)).toBeLessThan(newInstaller.length * 0.2)
    expect(feed.served(names.next)).toBeGreaterThanOrEqual(96 * 1024)
  })
})
