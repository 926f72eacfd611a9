import { expect, type Page } from '@playwright/test'
import { expectNoSeriousAxeViolations } from './axe'
import type { AppDriver } from './driver'

/**
 * The office screens the app must fit (CSS px of the window's content): 1366x768 at 125% and at 150% scaling, less
 * the taskbar, and a 1280x720 laptop at 100%.
 */
export const officeSizes = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1093x582', width: 1093, height: 582 },
  { name: '911x485', width: 911, height: 485 },
] as const

/**
 * Messages that must be in view when shown: the form's banner, the send-code error, and the first field's error (the
 * field a failed Register focuses; the later ones are met by Tab, each scrolled into view with its field).
 */
const messageSelector = '[data-testid=form-error] .banner, [data-testid=send-error]:not(:empty)'
const fieldErrorSelector = '.field-error:not(:empty)'

/**
 * What is wrong with the screen as it stands: each named action must be wholly inside the window and not covered
 * (the point at its centre hits it), every message shown must be in view, and nothing may scroll sideways.
 */
export async function fitProblems(page: Page, screen: string, actions: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ({ screen, actions, messageSelector, fieldErrorSelector }) => {
      const problems: string[] = []
      const inView = (el: Element, what: string) => {
        const r = el.getBoundingClientRect()
        if (r.width === 0 && r.height === 0) return problems.push(`${screen}: ${what} not shown`)
        if (r.top < -0.5 || r.left < -0.5 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) {
          return problems.push(`${screen}: ${what} out of view (${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)})`)
        }
        // wholly uncovered: its centre and each corner (3 px in, past a rounded border) hit it, not a bar over it
        const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 3, r.top + 3], [r.right - 3, r.top + 3], [r.left + 3, r.bottom - 3], [r.right - 3, r.bottom - 3]]
        const covered = points.some(([x, y]) => {
          const hit = document.elementFromPoint(x!, y!)
          return !hit || !(el === hit || el.contains(hit) || hit.contains(el))
        })
        if (covered) problems.push(`${screen}: ${what} covered`)
        return 0
      }
      for (const id of actions) {
        const el = document.querySelector(`[data-testid="${id}"]`)
        if (!el) problems.push(`${screen}: ${id} missing`)
        else inView(el, id)
      }
      // under an open modal dialog the page is inert and dimmed: only the dialog's own messages must be in view
      const modal = document.querySelector('dialog[open]')
      const scope = modal ?? document
      const firstFieldError = scope.querySelector(fieldErrorSelector)
      for (const el of [...scope.querySelectorAll(messageSelector), ...(firstFieldError ? [firstFieldError] : [])]) inView(el, `message "${(el.textContent ?? '').trim().slice(0, 30)}"`)
      if (document.documentElement.scrollWidth > innerWidth + 0.5) problems.push(`${screen}: the page scrolls sideways`)
      return problems
    },
    { screen, actions, messageSelector, fieldErrorSelector },
  )
}

/**
 * The screen at every office size: its problems (collected, not thrown, so one run counts them all),
 * a screenshot per size, and axe at each size.
 */
export async function checkAtEverySize(
  driver: AppDriver,
  page: Page,
  screen: string,
  actions: readonly string[],
  problems: string[],
  /** what brings the screen about at this size (a message is scrolled into view where it appears, at the size it appears) */
  act?: () => Promise<void>,
): Promise<void> {
  for (const size of officeSizes) {
    await page.setViewportSize({ width: size.width, height: size.height })
    await act?.()
    // let the layout settle (a resize observer or a scroll into view may move things a frame later)
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    problems.push(...(await fitProblems(page, `${screen} ${size.name}`, actions)))
    await driver.screenshot(page, `fit-${screen}-${size.name}`)
    await expectNoSeriousAxeViolations(page, `${screen} ${size.name}`)
  }
  await page.setViewportSize({ width: officeSizes[0].width, height: officeSizes[0].height })
}

export type Lang = 'zh-CN' | 'en-US' | 'zh-HK'

/** Every problem at once, counted (the issue's measure), then the verdict. */
export function fitReport(part: string, problems: string[]): void {
  console.log(`fit ${part}: ${problems.length} problems${problems.map((p) => `\n  ${p}`).join('')}`)
  expect(problems).toEqual([])
}

/** checks one screen at every size: its name, its main actions (test ids), and what brings it about at each size */
export type FitCheck = (screen: string, actions: readonly string[], act?: () => Promise<void>) => Promise<void>

/** Help → About, then Help → Third-party licences, over whatever screen is open (the browser tier's Help menu) */
export async function checkAboutAndLicences(driver: AppDriver, page: Page, check: FitCheck): Promise<void> {
  if (!driver.helpMenu) return
  await driver.helpMenu('about')
  await expect(page.getByTestId('about')).toBeVisible()
  await check('about', ['about-back', 'save-diagnostics'])
  await driver.helpMenu('licences')
  await expect(page.getByTestId('licences')).toBeVisible()
  await check('licences', ['about-back'])
}

/** the preset's proxy asks for a login (browser tier: straight into main's service); the dialog is checked, then cancelled */
export async function checkProxyLogin(driver: AppDriver, page: Page, check: FitCheck, host: string): Promise<void> {
  if (!driver.proxyChallenge) return
  const answered = driver.proxyChallenge({ host, port: 8080, realm: 'Branch', scheme: 'basic' })
  await expect(page.getByTestId('proxy-login')).toBeVisible()
  await check('proxy-login', ['proxy-username', 'proxy-cancel', 'proxy-sign-in'])
  await page.getByTestId('proxy-cancel').click()
  expect(await answered).toBeNull()
}
