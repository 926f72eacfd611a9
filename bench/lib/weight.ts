import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface Weight {
  jsGzip: number
  cssGzip: number
  jsRaw: number
}

/** What the page loads before it can render: the scripts, module preloads and stylesheets index.html names, gzipped. */
export function initialWeight(dir: string): Weight {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const js = [
    ...[...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g)].map((m) => m[1]!),
  ]
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\.?\/?([^"]+)"/g)].map((m) => m[1]!)
  const gz = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0)
  const raw = (files: string[]) => files.reduce((sum, f) => sum + readFileSync(join(dir, f)).length, 0)
  return { jsGzip: gz(js), cssGzip: gz(css), jsRaw: raw(js) }
}
