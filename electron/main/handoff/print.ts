/** What printing the window's page came to. */
export type PrintOutcome = { printed: true } | { printed: false; cancelled: boolean; reason: string }

/** The part of Electron's WebContents printing needs (kept structural, so this file stays Electron-free). */
export interface Printable {
  print(options: { silent: boolean; printBackground: boolean }, callback: (success: boolean, failureReason: string) => void): void
}

/**
 * Prints the window's page through the system print dialog (the clerk picks the printer: A4 or an 80 mm receipt
 * printer; the page's print styles lay the slip out for either). Electron answers "Print job canceled" when the clerk
 * closes the dialog: that is a choice, not a failure.
 */
export function printWithDialog(contents: Printable | undefined): Promise<PrintOutcome> {
  if (!contents) return Promise.resolve({ printed: false, cancelled: false, reason: 'no window' })
  return new Promise((resolve) => {
    contents.print({ silent: false, printBackground: true }, (success, failureReason) =>
      resolve(success ? { printed: true } : { printed: false, cancelled: /cancel/i.test(failureReason), reason: failureReason.slice(0, 200) }),
    )
  })
}

/** The part of Electron's WebContents the test print needs. */
export interface PdfPrintable {
  printToPDF(options: { pageSize: 'A4'; printBackground: boolean }): Promise<Uint8Array>
}

/**
 * The test tier's printer (test-seams.ts, never in a packaged build): the same page, with the same print styles, rendered
 * by Chromium's print pipeline to a PDF file in `dir` (slip-1.pdf, slip-2.pdf…) instead of the system print dialog,
 * which no test can answer. `write` is node's writeFile (injected so this file stays free of the disk in unit tests).
 */
export function printToPdfFolder(contents: () => PdfPrintable | undefined, dir: string, write: (file: string, data: Uint8Array) => Promise<void>) {
  let count = 0
  return async (): Promise<PrintOutcome> => {
    const target = contents()
    if (!target) return { printed: false, cancelled: false, reason: 'no window' }
    try {
      const pdf = await target.printToPDF({ pageSize: 'A4', printBackground: true })
      count += 1
      await write(`${dir}/slip-${count}.pdf`, pdf)
      return { printed: true }
    } catch (error) {
      return { printed: false, cancelled: false, reason: String((error as Error)?.message ?? error).slice(0, 200) }
    }
  }
}
