import type { RegisterSource } from '@contract/types'

/** registerSource per the contract: 7 PC_Win, 8 PC_Mac, 9 other. */
export function registerSourceFor(platform: string): RegisterSource {
  if (platform === 'win32') return 7
  if (platform === 'darwin') return 8
  return 9
}

export interface OsFacts {
  platform: string
  /** the OS version as the user knows it (Electron's process.getSystemVersion()), else the kernel release */
  version: string
  arch: string
}

const osNames: Record<string, string> = { win32: 'Windows', darwin: 'macOS', linux: 'Linux' }

/**
 * The `registerDevice` string: OS name, version and architecture, e.g. "Windows 10.0.22631 x64".
 * It is built from these three facts only, so a host name or user name cannot leak into it.
 */
export function deviceModel(facts: OsFacts): string {
  const name = osNames[facts.platform] ?? facts.platform
  const clean = (s: string) => s.replace(/[^\w.\-]/g, '').slice(0, 40)
  return [name, clean(facts.version), clean(facts.arch)].filter(Boolean).join(' ')
}

export interface NetInterface {
  address: string
  family: string | number
  internal: boolean
}

/**
 * The address for `X-Forwarded-For`: the machine's first non-internal IPv4, else its first non-internal IPv6,
 * else 127.0.0.1. Interfaces are visited in name order so the choice is stable across calls.
 */
export function pickClientAddress(interfaces: Record<string, NetInterface[] | undefined>): string {
  const all = Object.keys(interfaces)
    .sort()
    .flatMap((name) => interfaces[name] ?? [])
    .filter((nic) => !nic.internal)
  const isV4 = (nic: NetInterface) => nic.family === 'IPv4' || nic.family === 4
  const isV6 = (nic: NetInterface) => nic.family === 'IPv6' || nic.family === 6
  const v4 = all.find(isV4)
  if (v4) return v4.address
  const v6 = all.find(isV6)
  if (v6) return v6.address.split('%')[0] ?? v6.address
  return '127.0.0.1'
}
