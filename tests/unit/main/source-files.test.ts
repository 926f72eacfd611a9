import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const MAX_LINES = 300

/** Every source file of the repository (git's list: what is committed or staged, never node_modules or build output). */
const sourceFiles = () =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.mts', '*.vue', '*.mjs', '*.cjs', '*.css'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)

describe('source files', () => {
  it(`are at most ${MAX_LINES} lines each (split by what a part does, not by length alone)`, () => {
    const files = sourceFiles()
    expect(files.length).toBeGreaterThan(100)
    const long = files
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
    expect(long).toEqual([])
  })
})
