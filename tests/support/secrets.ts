import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Sandbox } from '../../sandbox/server'

/** Secrets seen crossing the bridge during one journey: typed passwords, codes, the office PIN. */
export class SecretLedger {
  readonly values = new Set<string>()

  /** records the secret fields of an IPC payload before main handles it */
  note(channel: string, payload: unknown): void {
    const p = payload as Record<string, unknown> | undefined
    if (channel === 'desk:registration:submit' && p) {
      for (const key of ['password', 'verifyCode']) if (typeof p[key] === 'string' && p[key]) this.values.add(p[key] as string)
    }
    if (channel === 'desk:office:unlock' && typeof payload === 'string' && payload) this.values.add(payload)
  }

  /** everything secret the platform handed out: codes, send tokens, session tokens */
  addPlatform(sandbox: Sandbox | undefined): void {
    if (!sandbox) return
    for (const t of sandbox.platform.state.data.tickets) {
      this.values.add(t.code)
      this.values.add(t.token)
    }
    for (const token of sandbox.platform.issuedSessionTokens) this.values.add(token)
    for (const r of sandbox.requests) {
      const pwd = (r.body as { pwd?: unknown } | undefined)?.pwd
      if (typeof pwd === 'string') this.values.add(pwd)
    }
  }
}

/** Every file under a folder, as text. */
function filesUnder(dir: string): [string, string][] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [[path, readFileSync(path, 'latin1')] as [string, string]]
  })
}

/**
 * Which secrets appear in the app's data folder (settings store, journal, logs, office.json). Codes are short, so a
 * code counts only where it stands alone (not inside a longer run of digits such as a timestamp).
 */
export function findSecrets(dir: string, secrets: Iterable<string>, skip: (path: string) => boolean = () => false): string[] {
  const hits: string[] = []
  const files = filesUnder(dir).filter(([path]) => !skip(path))
  for (const secret of secrets) {
    if (secret.length < 4) continue
    const pattern = /^\d+$/.test(secret) ? new RegExp(`(?<!\\d)${secret}(?!\\d)`) : null
    for (const [path, text] of files) {
      if (pattern ? pattern.test(text) : text.includes(secret)) hits.push(`${secret.slice(0, 2)}… in ${path.slice(dir.length)}`)
    }
  }
  return hits
}
