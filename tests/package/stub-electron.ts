import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The marker @electron/fuses looks for in the Electron binary; the fuse wire follows it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
export const fuseOrder = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const

/**
 * A stand-in Electron distribution for packaging where no binary can be downloaded: a small executable carrying the
 * fuse wire (version 1, every fuse at its Electron default), so electron-builder can copy it and flip its fuses.
 */
export function makeStubElectron(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stub-electron-'))
  mkdirSync(dir, { recursive: true })
  const defaults = '11001101' // runAsNode, cookies off, NODE_OPTIONS, inspect, no integrity, no asar-only, snapshot off, file privileges
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, fuseOrder.length]), Buffer.from(defaults)])
  const binary = Buffer.concat([Buffer.from('#!/bin/sh\necho "stub electron"\n'), Buffer.alloc(64), wire, Buffer.alloc(64)])
  writeFileSync(join(dir, 'electron'), binary)
  chmodSync(join(dir, 'electron'), 0o755)
  return dir
}

/** Reads the fuse states back from a (packaged) binary. */
export function readFuses(binaryPath: string): Record<(typeof fuseOrder)[number], boolean> {
  const data = readFileSync(binaryPath)
  const at = data.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length
  const count = data[at + 1]!
  const states = data.subarray(at + 2, at + 2 + count).toString('latin1')
  return Object.fromEntries(fuseOrder.map((name, i) => [name, states[i] === '1'])) as Record<(typeof fuseOrder)[number], boolean>
}
