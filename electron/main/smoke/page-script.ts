/**
 * The installed-app smoke journey's steps inside the window (test builds only: test-seams.ts `smokeOut`): plain
 * JavaScript, run by main with webContents.executeJavaScript, which a strict CSP does not stop (it is the embedder's
 * script, not the page's). It does what a clerk does, through the screen: the staff prompt where staff mode is on, the
 * form, an e-mail, "Send code", the code the embedded sandbox shows, "Register", the customer number. It answers what
 * it saw and never the code. The Chromium tier runs this same text against the built renderer
 * (tests/e2e/smoke-page.spec.ts), so its selectors are proven on every run, not only in CI.
 * Called as `(${SMOKE_PAGE_SCRIPT})(phase, email)`; phase: 'form' | 'register' | 'mask'.
 */
export const SMOKE_PAGE_SCRIPT = String.raw`async (phase, email) => {
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms))
  const byId = (id) => document.querySelector('[data-testid="' + id + '"]')
  const visible = (el) => Boolean(el) && el.getClientRects().length > 0
  const said = () => (byId('form-error') ? ' (the screen says: ' + byId('form-error').textContent.trim().slice(0, 200) + ')' : '')
  const waitFor = async (id, ms = 30000) => {
    const until = Date.now() + ms
    for (;;) {
      const el = byId(id)
      if (visible(el)) return el
      if (Date.now() > until) throw new Error(id + ' did not appear within ' + ms / 1000 + ' s' + said())
      await sleep(100)
    }
  }
  const type = (el, text) => {
    el.focus()
    el.value = text
    el.dispatchEvent(new Event('input', { bubbles: true }))
    el.dispatchEvent(new Event('change', { bubbles: true }))
  }
  if (phase === 'form') {
    // the status line's mode (practice or platform) shows once the app's settings are in; the staff prompt (staff mode) loads right after
    await waitFor('status-mode', 60000)
    const prompt = Date.now() + 3000
    while (!visible(byId('staff-id')) && Date.now() < prompt) await sleep(100)
    if (visible(byId('staff-id'))) {
      type(byId('staff-id'), 'CI001')
      byId('staff-start').click()
      const gone = Date.now() + 10000
      while (visible(byId('staff-id'))) {
        if (Date.now() > gone) throw new Error('the staff prompt did not close' + said())
        await sleep(100)
      }
    }
    await waitFor('register-form')
    const office = byId('status-office')
    return { title: document.title, office: office ? office.textContent.trim() : '', language: document.documentElement.lang }
  }
  if (phase === 'register') {
    type(await waitFor('email'), email)
    ;(await waitFor('send-code')).click()
    const shown = await waitFor('sandbox-code')
    const strong = shown.querySelector('strong')
    const code = (strong ? strong.textContent : '').replace(/\D/g, '')
    if (!/^\d{6}$/.test(code)) throw new Error('the sandbox showed no 6-digit code')
    type(await waitFor('code'), code)
    ;(await waitFor('submit')).click()
    const customerNo = (await waitFor('customer-no', 60000)).textContent.trim()
    const login = byId('result-login')
    return { customerNo, login: login ? login.textContent.trim() : '' }
  }
  if (phase === 'mask') {
    for (const el of document.querySelectorAll('[data-secret], [data-secret] *')) {
      el.style.setProperty('color', 'transparent', 'important')
      el.style.setProperty('text-shadow', 'none', 'important')
      el.style.setProperty('caret-color', 'transparent', 'important')
      el.style.setProperty('background-image', 'repeating-linear-gradient(45deg, #e4e7ec 0 6px, #f8f9fb 6px 12px)', 'important')
    }
    return {}
  }
  throw new Error('unknown phase ' + phase)
}`
