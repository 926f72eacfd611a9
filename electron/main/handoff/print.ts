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
