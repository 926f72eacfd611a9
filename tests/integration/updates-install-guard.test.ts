import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { release } from '../support/update-feed'
import { closeFeeds, logLines as lines, pendingFiles, updateSetup as setup } from '../support/update-service'

afterEach(closeFeeds)

/**
 * The verified installer waits in electron-updater's `pending` folder, which the user can write, until install. Right
 * before it is handed to Windows it is checked again (install-guard.ts). electron-updater's real NsisUpdater, a local
 * https feed; the installer process itself is stood in for (`spawnLog`), as only Windows can start it.
 */
async function readyUpdate(verifyPublisherNow: (file: string) => string | null = () => null) {
  const checkedNow: string[] = []
  const context = await setup({
    verifyPublisherNow: (file) => {
      checkedNow.push(file)
      return verifyPublisherNow(file)
    },
  })
  context.feed.publish(release('0.2.0'))
  await context.service.checkNow()
  expect(context.service.status().phase).toBe('ready')
  const updater = context.loads[0]! as unknown as { spawnLog: (file: string, args: string[]) => Promise<boolean>; install: (silent: boolean, run: boolean) => boolean }
  const started = vi.spyOn(updater, 'spawnLog').mockResolvedValue(true)
  const installer = join(context.cacheDir, 'pending', pendingFiles(context.cacheDir).find((f) => f.endsWith('.exe'))!)
  return { ...context, updater, started, installer, checkedNow }
}

describe('the downloaded installer is checked again right before it is started', () => {
  it('the verified file, unchanged: its sha512 and publisher are checked again and it is started', async () => {
    const { updater, started, installer, checkedNow } = await readyUpdate()
    // install() is what "restart now" (quitAndInstall, which then quits Electron) and the quit handler both call
    expect(updater.install(true, true)).toBe(true)
    expect(checkedNow).toEqual([installer])
    expect(started).toHaveBeenCalledTimes(1)
    expect(started.mock.calls[0]![0]).toBe(installer)
  })

  it('an installer swapped in the pending folder after verification is refused at install (restart now, and at quit), logged, and the connection check says why', async () => {
    const { service, updater, started, installer, log, notices } = await readyUpdate()
    const swapped = readFileSync(installer)
    swapped[2000] = swapped[2000]! ^ 0xff
    writeFileSync(installer, swapped)

    // "Restart now" answers the refusal (the banner says it in the clerk's language), not OK
    expect(await service.restartNow()).toEqual({
      ok: false,
      error: { kind: 'state', code: 'INSTALLER_REFUSED', message: 'The downloaded version was not installed: the installer is not the signed release any more (sha512)' },
    })
    expect(started).not.toHaveBeenCalled()
    const refusal = 'the installer is not the signed release any more (sha512)'
    expect(lines(log, 'update.refused')).toEqual([expect.objectContaining({ level: 'warn', reason: refusal })])
    expect(service.lastRefusal()).toEqual({ reason: refusal, note: 'downloadRefused' })
    expect(service.status().phase).toBe('none') // no "restart now" for a file that changed; the next check downloads again
    expect(notices.at(-1)?.phase).toBe('none')

    // the quit path (autoInstallOnAppQuit) goes through the same install
    expect(updater.install(true, false)).toBe(false)
    expect(started).not.toHaveBeenCalled()
  })

  it('an installer whose second publisher check fails (or cannot run) is refused at install', async () => {
    const { service, started, log } = await readyUpdate(() => 'the publisher check could not run (ENOENT)')
    expect(await service.restartNow()).toMatchObject({ ok: false, error: { code: 'INSTALLER_REFUSED' } })
    expect(started).not.toHaveBeenCalled()
    expect(lines(log, 'update.refused')).toEqual([expect.objectContaining({ reason: 'the installer failed its second publisher check (the publisher check could not run (ENOENT))' })])
  })
})
