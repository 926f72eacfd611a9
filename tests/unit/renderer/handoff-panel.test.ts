import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import HandoffPanel from '../../../renderer/src/components/handoff/HandoffPanel.vue'
import PrintSlipButton from '../../../renderer/src/components/handoff/PrintSlipButton.vue'
import { createDeskI18n } from '../../../renderer/src/i18n'
import type { DeskResult } from '@contract/result'
import type { HandoffLinks, SlipPrintResult } from '@contract/types'
import { allMessages } from '../../support/messages'

const continueUrl = 'https://kyc.broker.example/continue?c=8000001&lang=en-US'

/** The panel, or the action bar's "Print slip", with main's answer to "Print slip" given (window.desk stands in for the preload). */
function mountWith<P extends object>(component: unknown, props: P, answer?: DeskResult<SlipPrintResult>) {
  const printSlip = vi.fn(async () => answer ?? { ok: true, value: { printed: true, recorded: true } })
  vi.stubGlobal('window', Object.assign(window, { desk: { registration: { printSlip } } }))
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(component as typeof HandoffPanel, { props: props as never, global: { plugins: [pinia, createDeskI18n('en-US', allMessages)] } })
  return { wrapper, printSlip }
}
const mountPanel = (links: HandoffLinks, omit?: ('continue' | 'help')[]) => mountWith(HandoffPanel, { links, omit })
const mountPrint = (answer?: DeskResult<SlipPrintResult>) => mountWith(PrintSlipButton, { trace: 'trace-1' }, answer)

afterEach(() => vi.unstubAllGlobals())

describe('the way forward beside the result', () => {
  it('no template: no QR code and no link ("Print slip" is in the action bar)', () => {
    const { wrapper } = mountPanel({})
    expect(wrapper.find('[data-testid=handoff-qr]').exists()).toBe(false)
    expect(wrapper.findAll('a')).toHaveLength(0)
    expect(mountPrint().wrapper.find('[data-testid=print-slip]').text()).toBe('Print slip')
  })

  it('a link the result shows as its main action (a trader\'s Continue verification) is left out, its QR code stays', () => {
    const { wrapper } = mountPanel({ continue: continueUrl, help: 'https://help.broker.example/en-US/' }, ['continue'])
    expect(wrapper.find('[data-testid=handoff-qr]').exists()).toBe(true)
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toEqual(['https://help.broker.example/en-US/'])
  })

  it('the continue link as a QR code with its words and URL beneath, each link as main gave it, opening in the browser', () => {
    const { wrapper } = mountPanel({ continue: continueUrl, help: 'https://help.broker.example/en-US/' })
    const qr = wrapper.find('[data-testid=handoff-qr]')
    expect(qr.text()).toContain('Scan with your phone to continue')
    expect(wrapper.find('[data-testid=handoff-url]').text()).toBe(continueUrl)
    const svg = qr.find('svg')
    expect(svg.attributes('aria-label')).toBe(`QR code for ${continueUrl}`)
    // a version 4 code (33 modules) for this URL at level M, with its 4-module quiet zone on each side
    expect(svg.attributes('viewBox')).toBe('0 0 41 41')
    expect(svg.find('path').attributes('d')).toMatch(/^M4 4h7v1h-7z/) // the top-left finder pattern's first row
    const links = wrapper.findAll('a')
    expect(links.map((a) => [a.attributes('href'), a.attributes('target'), a.text()])).toEqual([
      [continueUrl, '_blank', 'Continue verification (opens in the browser)'],
      ['https://help.broker.example/en-US/', '_blank', 'Help (opens in the browser)'],
    ])
  })

  it('"Print slip" asks main with the trace, and says what came of it', async () => {
    const printed = mountPrint()
    await printed.wrapper.find('[data-testid=print-slip]').trigger('click')
    await flushPromises()
    expect(printed.printSlip).toHaveBeenCalledWith({ trace: 'trace-1' })
    expect(printed.wrapper.find('[data-testid=print-notice]').text()).toBe('Slip printed.')
    expect(printed.wrapper.emitted('printed')).toHaveLength(1)

    const cancelled = mountPrint({ ok: true, value: { printed: false, cancelled: true } })
    await cancelled.wrapper.find('[data-testid=print-slip]').trigger('click')
    await flushPromises()
    expect(cancelled.wrapper.find('[data-testid=print-notice]').text()).toBe('Printing cancelled.')
    expect(cancelled.wrapper.emitted('printed')).toBeUndefined()

    const failed = mountPrint({ ok: false, error: { kind: 'internal', code: 'PRINT_FAILED', message: 'Print job failed' } })
    await failed.wrapper.find('[data-testid=print-slip]').trigger('click')
    await flushPromises()
    expect(failed.wrapper.find('[data-testid=print-notice]').text()).toBe('The slip could not be printed (Print job failed). Check the printer and try again.')
  })
})
