import { hostname, userInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { deviceModel, pickClientAddress, registerSourceFor } from '../../../electron/main/device'

describe('registerSourceFor', () => {
  it.each([
    ['win32', 7],
    ['darwin', 8],
    ['linux', 9],
    ['freebsd', 9],
  ])('%s → %i', (platform, expected) => {
    expect(registerSourceFor(platform)).toBe(expected)
  })
})

describe('deviceModel', () => {
  it('names the OS, its version and the architecture', () => {
    expect(deviceModel({ platform: 'win32', version: '10.0.22631', arch: 'x64' })).toBe('Windows 10.0.22631 x64')
    expect(deviceModel({ platform: 'darwin', version: '14.5', arch: 'arm64' })).toBe('macOS 14.5 arm64')
  })

  it('never carries the host or user name, even when the version string is hostile', () => {
    const host = hostname()
    const user = userInfo().username
    const model = deviceModel({ platform: 'linux', version: `6.1 ${host} ${user}\n<script>`, arch: 'x64' })
    expect(model.startsWith('Linux 6.1')).toBe(true)
    expect(model).not.toContain(' ' + host + ' ')
    expect(model).not.toMatch(/[\s<>]{2}/)
    expect(model.length).toBeLessThanOrEqual(100)
  })
})

describe('pickClientAddress', () => {
  it('prefers the first non-internal IPv4', () => {
    expect(
      pickClientAddress({
        lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
        eth1: [{ address: '10.0.0.9', family: 'IPv4', internal: false }],
        eth0: [
          { address: 'fe80::1', family: 'IPv6', internal: false },
          { address: '192.168.1.20', family: 'IPv4', internal: false },
        ],
      }),
    ).toBe('192.168.1.20')
  })

  it('falls back to IPv6 without a zone, then to loopback', () => {
    expect(pickClientAddress({ en0: [{ address: 'fe80::abcd%en0', family: 6, internal: false }] })).toBe('fe80::abcd')
    expect(pickClientAddress({ lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }] })).toBe('127.0.0.1')
    expect(pickClientAddress({})).toBe('127.0.0.1')
  })
})
