import type { Plugin } from 'vite'

/** V8's explicit compile hint: every function of the file is compiled while the file streams in, off the main thread. */
export const compileHint = '//# allFunctionsCalledOnLoad'

/** The entry chunks and everything they import statically: the scripts the first screen runs. */
export function firstLoadChunks(bundle: Record<string, { type: string; isEntry?: boolean; imports?: string[] }>): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    const chunk = bundle[file]
    if (seen.has(file) || chunk?.type !== 'chunk') return
    seen.add(file)
    for (const next of chunk.imports ?? []) visit(next)
  }
  for (const [file, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) visit(file)
  return seen
}

/**
 * Puts V8's compile hint at the top of the first screen's scripts. Nearly every function in them runs before the form
 * is up (Vue's renderer, the stores, the form's components); without the hint V8 compiles each one lazily on the main
 * thread the first time it is called, which was half the first mount's time (bench/results.md). Lazy screens keep
 * V8's default: most of their code runs later or never.
 */
export function compileHints(): Plugin {
  return {
    name: 'desk-compile-hints',
    apply: 'build',
    enforce: 'post',
    // after Vite's own generateBundle work, which puts its preload list at the top of the entry
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of firstLoadChunks(bundle)) {
          const chunk = bundle[file]
          if (chunk?.type === 'chunk' && !chunk.code.startsWith(compileHint)) chunk.code = `${compileHint}\n${chunk.code}`
        }
      },
    },
  }
}
