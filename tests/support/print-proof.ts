import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

/**
 * Reading a rendered print as a person would: its text (poppler's pdftotext), its pages as images (pdftoppm), and a
 * QR code in an image decoded back to its text (jsQR). poppler-utils comes from Debian (scripts/test-all.sh installs
 * it with chromium); where it is missing the test fails saying so, it never passes without looking.
 */
function poppler(tool: string, args: string[]): Buffer {
  try {
    return execFileSync(tool, args, { maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is missing: install poppler-utils (apt-get install poppler-utils)`)
    throw error
  }
}

/** The PDF's text, laid out as on the page. */
export const pdfText = (pdf: string): string => poppler('pdftotext', ['-layout', pdf, '-']).toString('utf8')

/** How many pages the PDF has. */
export const pdfPages = (pdf: string): number => Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [pdf]).toString('utf8'))?.[1] ?? 0)

/** The PDF's first page as a PNG at `dpi` (150: about what a receipt printer's 203 dpi head makes of it, and more). */
export function pdfPagePng(pdf: string, dpi = 150): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-png-'))
  try {
    poppler('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page')])
    return readFileSync(join(dir, 'page.png'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The text of the QR code in a PNG (a screenshot, a rendered page), or undefined when none can be read. */
export function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data
}
