import { afterAll, describe, expect, it, vi } from 'vitest'
import { hasRemoteDebuggingSwitch } from '../../../electron/main/security/debug-switches'
import { electronMock, fake, FakeBrowserWindow } from '../../support/electron-mock'

vi.mock('electron', () => ({ default: electronMock, ...electronMock }))

describe('a packaged app refuses remote debugging', () => {
  it('recognises every remote-debugging switch, and nothing else', () => {
    for (const arg of ['--remote-debugging-port=9222', '--remote-debugging-port', '--remote-debugging-pipe', '--remote-debugging-address=0.0.0.0']) {
      expect(hasRemoteDebuggingSwitch(['app.exe', arg])).toBe(true)
    }
    for (const arg of ['--remote-debugging', 'regdesk://register?utm_source=--remote-debugging-port', '--lang=zh-CN']) {
      expect(hasRemoteDebuggingSwitch(['app.exe', arg])).toBe(false)
    }
  })

  const argv = process.argv
  afterAll(() => {
    process.argv = argv
  })

  it('exits at start, before any window, when packaged and given one', async () => {
    fake.app.isPackaged = true
    process.argv = [...argv, '--remote-debugging-port=9222']
    process.env.HTTPS_PROXY = 'http://evil.example:8080'
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`)
    }) as never)
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    await expect(import('../../../electron/main/index')).rejects.toThrow('exit 1')
    expect(exit).toHaveBeenCalledWith(1)
    expect(error).toHaveBeenCalledWith(expect.stringContaining('remote debugging'))
    expect(FakeBrowserWindow.instances).toHaveLength(0)
    expect(fake.app.requestSingleInstanceLock).not.toHaveBeenCalled()
    // and before that, a packaged app took no network or TLS steering from the environment
    expect(process.env.HTTPS_PROXY).toBeUndefined()
    expect(process.env.NODE_TLS_REJECT_UNAUTHORIZED).toBeUndefined()
  })
})
