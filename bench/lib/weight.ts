import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface Weight {
  jsGzip: number
  cssGzip: number
  jsRaw: number
  /** the scripts counted, entry first */
  scripts: string[]
}

/** `import … from "./x.js"` and bare `import "./x.js"` of a built chunk (not `import()`: that loads later). */
const staticImports = (code: string): string[] =>
  [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1]!.replace(/^\.\//, ''))

/**
 * What the page loads before it can render: the entry script index.html names and every chunk it imports statically
 * (transitively; whether or not index.html preloads them), and the stylesheets, gzipped at level 9.
 */
export function initialWeight(dir: string): Weight {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const entries = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((m) => m[1]!)
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : ''
    for (const dep of staticImports(readFileSync(join(dir, file), 'utf8'))) visit(folder + dep)
  }
  entries.forEach(visit)
  const js = [...seen]
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\.?\/?([^"]+)"/g)].map((m) => m[1]!)
  const gz = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0)
  const raw = (files: string[]) => files.reduce((sum, f) => sum + readFileSync(join(dir, f)).length, 0)
  return { jsGzip: gz(js), cssGzip: gz(css), jsRaw: raw(js), scripts: js }
}
