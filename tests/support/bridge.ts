import type { Page } from '@playwright/test'
import { deskApiMap } from '../../electron/contract/api-map'
import { buildDesk } from '../../electron/contract/build-desk'
import type { SenderInfo } from '../../electron/main/dispatch'

export type Dispatch = (channel: string, sender: SenderInfo, payload: unknown) => Promise<unknown>

/**
 * Stands in for the preload: `window.desk` is built in the page by the same `buildDesk` the preload uses, and each
 * call crosses into this test process through `page.exposeBinding`, where main's real dispatcher (sender check,
 * schema validation, handlers, services) answers it. Values cross as JSON, as they cross IPC as structured clones.
 */
export async function installBridge(page: Page, dispatch: Dispatch): Promise<void> {
  await page.exposeBinding('__deskInvoke', async (source, channel: string, payload: unknown) =>
    dispatch(
      channel,
      {
        url: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame(),
        fromOurWindow: source.page === page,
      },
      payload,
    ),
  )
  await page.addInitScript({
    content: `(() => {
      const invoke = window.__deskInvoke;
      delete window.__deskInvoke;
      Object.defineProperty(window, 'desk', {
        value: (${buildDesk.toString()})(${JSON.stringify(deskApiMap)}, (channel, payload) => invoke(channel, payload)),
        enumerable: true,
      });
    })();`,
  })
}
