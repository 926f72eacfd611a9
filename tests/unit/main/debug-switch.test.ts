import { afterAll, describe, expect, it, vi } from 'vitest'
import { commandLineProblem, forbiddenSwitches, unexpectedArgument } from '../../../electron/main/security/debug-switches'
import { electronMock, fake, FakeBrowserWindow } from '../../support/electron-mock'

vi.mock('electron', () => ({ default: electronMock, ...electronMock }))

const exe = 'C:\\Program Files\\Registration Desk\\Registration Desk.exe'
const none = () => false

describe('a packaged app starts only with the arguments it expects', () => {
  it('accepts its own path, a regdesk:// link and macOS\'s process serial number', () => {
    for (const argv of [[exe], [exe, 'regdesk://register?utm_source=--remote-debugging-port'], ['/Applications/Registration Desk.app/Contents/MacOS/Registration Desk', '-psn_0_1234567']]) {
      expect(unexpectedArgument(argv)).toBeUndefined()
      expect(commandLineProblem(argv, none)).toBeUndefined()
    }
  })

  it('refuses every switch form Chromium and Node read: --, -, / (Windows), any case, with or without a value', () => {
    const forms = [
      '--remote-debugging-port=9222',
      '--remote-debugging-pipe',
      '-remote-debugging-pipe',
      '/remote-debugging-pipe',
      '--REMOTE-debugging-Port=9222',
      '/Remote-Debugging-Port=9222',
      '--remote-debugging-address=0.0.0.0',
      '--inspect',
      '--inspect-brk=9229',
      '--js-flags=--allow-natives-syntax',
      '--proxy-server=127.0.0.1:8888',
      '--host-resolver-rules=MAP * 127.0.0.1',
      '--ignore-certificate-errors',
      '--user-data-dir=C:\\temp',
      'C:\\some\\file.txt',
      '',
    ]
    for (const arg of forms) {
      expect(unexpectedArgument([exe, arg])).toBe(arg)
      expect(commandLineProblem([exe, 'regdesk://register', arg], none)).toMatch(/^the argument/)
    }
  })

  it('a second layer asks Electron\'s parsed command line for the switches that open the app', () => {
    for (const name of forbiddenSwitches) expect(commandLineProblem([exe], (s) => s === name)).toBe(`the switch --${name}`)
  })

  const argv = process.argv
  afterAll(() => {
    process.argv = argv
  })

  it('exits at start, before any window, when packaged and given a switch off the list', async () => {
    fake.app.isPackaged = true
    process.argv = [exe, '/Remote-Debugging-Pipe']
    process.env.HTTPS_PROXY = 'http://evil.example:8080'
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`)
    }) as never)
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    await expect(import('../../../electron/main/index')).rejects.toThrow('exit 1')
    expect(exit).toHaveBeenCalledWith(1)
    expect(error).toHaveBeenCalledWith(expect.stringContaining('"/Remote-Debugging-Pipe"'))
    expect(FakeBrowserWindow.instances).toHaveLength(0)
    expect(fake.app.requestSingleInstanceLock).not.toHaveBeenCalled()
    // and before that, a packaged app took no network or TLS steering from the environment
    expect(process.env.HTTPS_PROXY).toBeUndefined()
    expect(process.env.NODE_TLS_REJECT_UNAUTHORIZED).toBeUndefined()
  })
})
