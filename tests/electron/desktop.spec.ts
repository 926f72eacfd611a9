import { expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import en from '../../contract/wording/shell-en-US'
import zh from '../../contract/wording/shell-zh-CN'
import { SMOKE_PAGE_SCRIPT } from '../../electron/main/smoke/page-script'
import { enterCode, formReady, sendCodeAndRead, submitAndExpectResult, switchLanguage, uniqueEmail } from '../journeys/steps'
import { pdfPages, pdfText } from '../support/print-proof'
import { electronOrSkip } from './electron-binary'
import { inWindow, launchApp, logEvents } from './launch'

/**
 * The desktop around the form, in the real Electron (docs/electron-tier.md lists each claim): main's right-click menu,
 * "Print slip" through main's print path, a renderer crash recovered by main.
 */
const binary = electronOrSkip(test)
const screenshots = join(__dirname, 'screenshots')

interface ShownItem {
  label: string
  role: string
  enabled: boolean
  type: string
}

/**
 * A right-click as Chromium reports it to main (the webContents 'context-menu' event with these params): main's own
 * listener builds the menu; Menu.prototype.popup is replaced so the menu is kept for the test instead of shown (a native
 * popup waits for a person). Answers the items main built, or null when it built none.
 */
function rightClick(app: ElectronApplication, params: { isEditable: boolean; selectionText: string; editFlags: Record<string, boolean> }) {
  return app.evaluate(({ BrowserWindow, Menu }, p) => {
    const kept = globalThis as unknown as { deskMenus: Electron.Menu[] }
    kept.deskMenus = []
    Menu.prototype.popup = function (this: Electron.Menu) {
      kept.deskMenus.push(this)
    }
    BrowserWindow.getAllWindows()[0]!.webContents.emit('context-menu', { preventDefault: () => {} }, { ...p, x: 10, y: 10 })
    const menu = kept.deskMenus[0]
    return menu ? menu.items.map((i) => ({ label: i.label, role: String(i.role ?? '').toLowerCase(), enabled: i.enabled, type: i.type })) : null
  }, params) as Promise<ShownItem[] | null>
}

/**
 * Runs an item of the menu main built, as a click on it does: Windows and Linux through the item's own click (Electron
 * executes its role on the window's webContents); macOS runs these roles natively through the responder chain, which a
 * script cannot click, so there the role's webContents method is called, as the native item does.
 */
function runItem(app: ElectronApplication, role: 'cut' | 'copy' | 'paste') {
  return app.evaluate(({ BrowserWindow }, r) => {
    const win = BrowserWindow.getAllWindows()[0]!
    win.focus()
    win.webContents.focus()
    const item = (globalThis as unknown as { deskMenus: Electron.Menu[] }).deskMenus[0]!.items.find((i) => String(i.role).toLowerCase() === r)
    if (!item) throw new Error(`no ${r} item in the menu main built`)
    if (process.platform === 'darwin') win.webContents[r]()
    else (item.click as unknown as (event: unknown, window: unknown, contents: unknown) => void)(undefined, win, win.webContents)
  }, role)
}

/** The first window's form: a fresh e-mail, the code sent to it and typed in, as the clerk does. */
async function loginWithCode(page: Page, prefix: string): Promise<{ email: string; code: string }> {
  await formReady(page)
  const email = uniqueEmail(prefix)
  await page.getByTestId('email').fill(email)
  const code = await sendCodeAndRead(page)
  await enterCode(page, code)
  return { email, code }
}

const allowed = { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canSelectAll: true }

test('the right-click menu of a field: Cut, Copy and Paste in the UI language, each doing its job on the field', async () => {
  const { app, userDataDir } = await launchApp(binary, { env: { DESK_LANG: 'en-US' } })
  try {
    const page = await app.firstWindow()
    await formReady(page)
    const email = page.getByTestId('email')
    await email.fill('copy.me@example.com')
    await email.selectText()

    const items = await rightClick(app, { isEditable: true, selectionText: 'copy.me@example.com', editFlags: allowed })
    expect(items?.filter((i) => i.type !== 'separator').map((i) => [i.role, i.label, i.enabled])).toEqual([
      ['undo', en.menu.undo, true],
      ['redo', en.menu.redo, false],
      ['cut', en.menu.cut, true],
      ['copy', en.menu.copy, true],
      ['paste', en.menu.paste, true],
      ['selectall', en.menu.selectAll, true],
    ])
    expect(JSON.stringify(items)).not.toMatch(/inspect|devtools/i)

    // Copy: the selection on the system clipboard, the field unchanged
    await app.evaluate(({ clipboard }) => clipboard.writeText('nothing yet'))
    await runItem(app, 'copy')
    await expect.poll(() => app.evaluate(({ clipboard }) => clipboard.readText())).toBe('copy.me@example.com')
    await expect(email).toHaveValue('copy.me@example.com')

    // Cut: the field empties and the text is on the clipboard
    await email.selectText()
    await rightClick(app, { isEditable: true, selectionText: 'copy.me@example.com', editFlags: allowed })
    await runItem(app, 'cut')
    await expect(email).toHaveValue('')
    await expect.poll(() => app.evaluate(({ clipboard }) => clipboard.readText())).toBe('copy.me@example.com')

    // Paste: what another program put on the clipboard lands in the field, and the form takes it as typed
    await app.evaluate(({ clipboard }) => clipboard.writeText('pasted.customer@example.com'))
    await email.focus()
    await rightClick(app, { isEditable: true, selectionText: '', editFlags: { ...allowed, canCut: false, canCopy: false } })
    await runItem(app, 'paste')
    await expect(email).toHaveValue('pasted.customer@example.com')
    await enterCode(page, await sendCodeAndRead(page)) // the pasted login is the one the code went to
    await page.screenshot({ path: join(screenshots, 'context-menu-pasted-en-US.png') })

    // read-only text with a selection: Copy and Select all only; nowhere else: no menu at all
    const readOnly = await rightClick(app, { isEditable: false, selectionText: 'Registration Desk', editFlags: allowed })
    expect(readOnly?.filter((i) => i.type !== 'separator').map((i) => i.role)).toEqual(['copy', 'selectall'])
    expect(await rightClick(app, { isEditable: false, selectionText: '', editFlags: allowed })).toBeNull()

    // the menu follows the UI language the window switched to
    await switchLanguage(page, '简体中文')
    await expect.poll(async () => (await rightClick(app, { isEditable: true, selectionText: '', editFlags: allowed }))?.find((i) => i.role === 'paste')?.label).toBe(zh.menu.paste)
  } finally {
    await app.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
})

test('"Print slip" goes through main\'s print path to a PDF: the slip\'s text, without the code, the password or the full login', async () => {
  const printDir = mkdtempSync(join(tmpdir(), 'desk-prints-'))
  const { app, userDataDir } = await launchApp(binary, { env: { DESK_LANG: 'en-US', DESK_TEST_PRINT_DIR: printDir } })
  try {
    const page = await app.firstWindow()
    const { email, code } = await loginWithCode(page, 'pdf')
    const password = 'Slip-pass-4821'
    await page.getByTestId('password').fill(password)
    await page.getByTestId('confirm').fill(password)
    const customerNo = await submitAndExpectResult(page)

    await page.getByTestId('print-slip').click()
    await expect(page.getByTestId('print-notice')).toHaveText('Slip printed.')
    const pdf = join(printDir, 'slip-1.pdf')
    expect(existsSync(pdf)).toBe(true)
    expect(pdfPages(pdf)).toBe(1)
    const text = pdfText(pdf)
    const masked = `${email[0]}***@example.com`
    for (const shown of ['Account opening slip', customerNo, masked, 'Individual']) expect(text, shown).toContain(shown)
    for (const secret of [code, password, email]) expect(text).not.toContain(secret)
    // the screen itself stays as it was: printing changed nothing the clerk sees
    await expect(page.getByTestId('customer-no')).toHaveText(customerNo)
  } finally {
    await app.close()
    rmSync(userDataDir, { recursive: true, force: true })
    rmSync(printDir, { recursive: true, force: true })
  }
})

test('a renderer crash: main reloads the window, the form in progress comes back from main without the code, and the registration completes', async () => {
  const { app, userDataDir } = await launchApp(binary, { env: { DESK_LANG: 'en-US' } })
  try {
    const page = await app.firstWindow()
    const { email, code } = await loginWithCode(page, 'crash')

    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer())
    // the old page is gone for good (Playwright cannot follow a crashed renderer): the reloaded one is read through main
    await expect.poll(() => logEvents(userDataDir).find((l) => l.event === 'window.gone')?.reason, { timeout: 15_000 }).toMatch(/^(crashed|killed)$/)
    const value = (id: string) => inWindow<string | null>(app, `document.querySelector('[data-testid="${id}"]')?.value ?? null`)
    await expect.poll(() => value('email'), { timeout: 20_000 }).toBe(email)
    expect(await value('code')).toBe('') // the code is never kept: typed again from what the sandbox shows
    const shown = await inWindow<string>(app, `document.querySelector('[data-testid="sandbox-code"] strong')?.textContent ?? ''`)
    expect(shown?.replace(/\D/g, '')).toBe(code) // main still knows a code was sent to this login

    // finish the registration in the recovered window, as the clerk would
    await inWindow(app, `(() => { const el = document.querySelector('[data-testid="code"]'); el.focus(); el.value = ${JSON.stringify(code)}; el.dispatchEvent(new Event('input', { bubbles: true })); document.querySelector('[data-testid="submit"]').click() })()`)
    await expect.poll(() => inWindow<string>(app, `document.querySelector('[data-testid="customer-no"]')?.textContent.trim() ?? ''`), { timeout: 20_000 }).toMatch(/^\d{7,}$/)
    await inWindow(app, `(${SMOKE_PAGE_SCRIPT})("mask", "")`)
    const png = await app.evaluate(async ({ BrowserWindow }) => (await BrowserWindow.getAllWindows()[0]!.webContents.capturePage()).toPNG().toString('base64'))
    const { writeFileSync, mkdirSync } = await import('node:fs')
    mkdirSync(screenshots, { recursive: true })
    writeFileSync(join(screenshots, 'after-renderer-crash-en-US.png'), Buffer.from(png, 'base64'))
    expect(logEvents(userDataDir).filter((l) => l.event === 'window.gone')).toHaveLength(1)
  } finally {
    await app.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
})
